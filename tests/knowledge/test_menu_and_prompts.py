"""The consult node in the menu language (schema and graph checks) and its prompts built ahead
by `ivr prompts build` (real espeak-ng and sox)."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from agi_scripts.prompts import PromptSource, build_prompts
from ivr.cli import app as ivr_app
from ivr.knowledge.loader import parse_knowledge, shipped_files
from ivr.knowledge.prompts import KNOWLEDGE_MENU, knowledge_prompt, prompt_texts, published_prompt_texts
from ivr.knowledge.retrieval import KnowledgeIndex
from ivr.menus.validator import validate_text
from ivr.settings import Settings

MENU = """menu: "ask"
entry: {default: consult}
prompts:
  ask: {zh: 请说出您的问题。, en: Please say your question.}
  after: {zh: 重听请按1。, en: Press 1 to hear it again.}
  none: {zh: 正在转人工。, en: Connecting you to an agent.}
  bye: {zh: 再见。, en: Goodbye.}
nodes:
  consult:
    kind: consult
    prompt: ask
    after_prompt: after
    no_answer_prompt: none
    agent: agent
    next: bye
  agent: {kind: queue, centre: cn, next: bye}
  bye: {kind: hangup, prompt: bye}
"""


def test_a_consult_menu_is_valid() -> None:
    assert validate_text(MENU) == []


@pytest.mark.parametrize(("change", "code"), [
    (("after_prompt: after", "after_prompt: missing"), "unknown-prompt"),
    (("no_answer_prompt: none", "no_answer_prompt: nothing"), "unknown-prompt"),
    (("agent: agent\n", "agent: nowhere\n"), "unknown-target"),
    (("    next: bye\n  agent:", "    next: ghost\n  agent:"), "unknown-target"),
    (("    agent: agent\n", "    agent: agent\n    max_questions: 50\n"), "schema"),
])
def test_consult_node_errors(change: tuple[str, str], code: str) -> None:
    text = MENU.replace(*change)
    assert text != MENU
    codes = [e.code for e in validate_text(text)]
    assert code in codes, codes


def small_index() -> tuple[KnowledgeIndex, dict[str, str]]:
    files = shipped_files()
    entries = yaml.safe_load(files["food_drugs.yaml"])["entries"][:2]
    small = {"food.yaml": yaml.safe_dump({"entries": entries}, allow_unicode=True)}
    return KnowledgeIndex(parse_knowledge(small)), small


def test_knowledge_prompts_are_built_ahead_as_8khz_wav(tmp_path: Path) -> None:
    menus = tmp_path / "menus"
    menus.mkdir()
    (menus / "ask.yaml").write_text(MENU, encoding="utf-8")
    index, _ = small_index()
    texts = prompt_texts(index)
    assert sorted(texts) == ["kb_food_label_flaw", "kb_food_ten_fold", "kb_press_1", "kb_press_2", "kb_press_3",
                             "kb_q_food_label_flaw", "kb_q_food_ten_fold", "kb_topic_general_food", "kb_topics"]
    assert texts["kb_press_2"] == {"zh": "请按2。", "en": "Press 2."}
    ten_fold = index.entry("food_ten_fold")
    assert ten_fold is not None and texts["kb_q_food_ten_fold"]["zh"] == ten_fold.question.zh
    extra = [PromptSource(KNOWLEDGE_MENU, pid, lang, text) for pid, by_lang in texts.items()
             for lang, text in by_lang.items()]
    report = build_prompts(menus, tmp_path / "sounds", extra=extra)
    built = set(report.built)
    assert {"zh/knowledge/kb_food_ten_fold", "en/knowledge/kb_food_ten_fold", "zh/knowledge/kb_topics"} <= built
    with wave.open(str(tmp_path / "sounds" / "ivr" / "zh" / "knowledge" / "kb_food_ten_fold.wav")) as wav:
        assert (wav.getframerate(), wav.getnchannels()) == (8000, 1) and wav.getnframes() > 8000
    again = build_prompts(menus, tmp_path / "sounds", extra=extra)
    assert not [k for k in again.built if "/knowledge/" in k]  # unchanged answers are not rebuilt
    dropped = build_prompts(menus, tmp_path / "sounds")
    assert "zh/knowledge/kb_food_ten_fold" in dropped.removed  # an answer no longer in the base goes


def test_prompts_come_from_the_published_version(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    assert "kb_fraud_three_fold" in published_prompt_texts(settings)  # nothing published: the shipped base
    _, small = small_index()
    version = settings.data_dir / "knowledge" / "versions" / "2"
    version.mkdir(parents=True)
    (version / "food.yaml").write_text(small["food.yaml"], encoding="utf-8")
    (settings.data_dir / "knowledge" / "published").write_text("2", encoding="utf-8")
    texts = published_prompt_texts(settings)
    assert "kb_fraud_three_fold" not in texts and "kb_food_ten_fold" in texts


def test_cli_builds_the_knowledge_prompts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    menus = tmp_path / "menus"
    menus.mkdir()
    (menus / "ask.yaml").write_text(MENU, encoding="utf-8")
    data = tmp_path / "data"
    version = data / "knowledge" / "versions" / "1"
    version.mkdir(parents=True)
    _, small = small_index()
    (version / "food.yaml").write_text(small["food.yaml"], encoding="utf-8")
    (data / "knowledge" / "published").write_text("1", encoding="utf-8")
    monkeypatch.setenv("IVR_DATA_DIR", str(data))
    args = ["prompts", "build", "--menus-dir", str(menus), "--sounds-dir", str(tmp_path / "s")]
    without = CliRunner().invoke(ivr_app, [*args, "--no-knowledge"])
    assert without.exit_code == 0, without.output
    assert not (tmp_path / "s" / "ivr" / "zh" / "knowledge").exists()
    with_kb = CliRunner().invoke(ivr_app, args)
    assert with_kb.exit_code == 0, with_kb.output
    assert (tmp_path / "s" / "ivr" / "en" / "knowledge" / "kb_food_label_flaw.wav").is_file()


def test_lists_longer_than_nine_keys_are_read_in_pages_with_nine_for_more() -> None:
    files = shipped_files()
    entries = yaml.safe_load(files["food_drugs.yaml"])["entries"][:1]
    question = entries[0]["question"]  # eleven questions (one asked twice would share a key)
    many = [{**entries[0], "id": f"food_question_{n}", "question": {"zh": f"{question['zh']}{n}",
                                                                     "en": f"{question['en']} {n}"}}
            for n in range(11)]
    index = KnowledgeIndex(parse_knowledge({"food.yaml": yaml.safe_dump({"entries": many}, allow_unicode=True)}))
    (category,) = index.topics()
    texts = prompt_texts(index)
    first, second = texts[f"kb_topic_{category}"], texts[f"kb_topic_{category}_p2"]
    assert f"kb_topic_{category}_p3" not in texts
    assert first["zh"].count("请按") == 9 and first["zh"].endswith("更多问题请按9。")
    assert first["en"].endswith("For more questions, press 9.")
    assert second["zh"].count("请按") == 3 and "更多" not in second["zh"]  # the last page: 3 questions, no more
    assert knowledge_prompt(index, f"kb_topic_{category}_p2", "zh").text == second["zh"]
    with pytest.raises(KeyError):
        knowledge_prompt(index, f"kb_topic_{category}_p3", "zh")
    assert texts["kb_topics"]["zh"].count("请按") == 1 and "kb_topics_p2" not in texts  # one topic: no pages

