"""`ivr doctor`'s knowledge check: every prompt of the published base built, from its current text.
Real espeak-ng and sox through the builder `ivr prompts build` runs (build_prompts with the published
base's prompts); a small published base (two entries)."""

from __future__ import annotations

from pathlib import Path

import redis
import yaml

from agi_scripts.prompts import PromptSource, build_prompts
from ivr.doctor import check_knowledge_service
from ivr.knowledge.prompts import KNOWLEDGE_MENU, published_prompt_texts
from ivr.knowledge.questions import SERVICE_KEY
from ivr.knowledge.readiness import knowledge_prompts_ready
from ivr.settings import Settings
from tests.knowledge.test_menu_and_prompts import MENU, small_index
from tests.support.services import free_port


def publish(data: Path, number: int, files: dict[str, str]) -> None:
    version = data / "knowledge" / "versions" / str(number)
    version.mkdir(parents=True)
    for name, text in files.items():
        (version / name).write_text(text, encoding="utf-8")
    (data / "knowledge" / "published").write_text(str(number), encoding="utf-8")


def build(settings: Settings, menus: Path) -> None:
    """What `ivr prompts build` does: the menus' prompts plus the published base's."""
    extra = [PromptSource(KNOWLEDGE_MENU, pid, lang, text)
             for pid, texts in published_prompt_texts(settings).items() for lang, text in texts.items()]
    build_prompts(menus, settings.sounds_dir, extra=extra)


def test_doctor_names_prompts_not_built_then_built_from_an_older_text(tmp_path: Path) -> None:
    menus = tmp_path / "menus"
    menus.mkdir()
    (menus / "ask.yaml").write_text(MENU, encoding="utf-8")
    data = tmp_path / "data"
    _, small = small_index()
    publish(data, 1, small)
    settings = Settings(data_dir=data)

    name, ok, detail = knowledge_prompts_ready(settings, PromptSource)
    assert (name, ok) == ("knowledge prompts", False)
    assert detail.startswith("18 not built (e.g. en/knowledge/kb_food_label_flaw)") and "ivr prompts build" in detail

    build(settings, menus)
    assert knowledge_prompts_ready(settings, PromptSource) == (
        "knowledge prompts", True, "all 18 prompts of the published knowledge base built")

    entries = yaml.safe_load(small["food.yaml"])["entries"]
    entries[1]["answer"]["zh"] = "改写后的答复：请保留购物凭证，向经营者要求赔偿。"
    publish(data, 2, {"food.yaml": yaml.safe_dump({"entries": entries}, allow_unicode=True)})
    _, ok, detail = knowledge_prompts_ready(settings, PromptSource)
    changed = f"zh/knowledge/kb_{entries[1]['id']}"
    assert not ok and detail == f"1 built from an older text (e.g. {changed}); run `ivr prompts build`"
    assert knowledge_prompts_ready(settings)[1] is True  # without the builder's digest: presence only

    build(settings, menus)
    assert knowledge_prompts_ready(settings, PromptSource)[1] is True


def test_doctor_says_whether_the_retrieval_service_is_answering(redis_url: str) -> None:
    settings = Settings(redis_url=redis_url)
    client = redis.Redis.from_url(redis_url)
    client.delete(SERVICE_KEY)
    missing = check_knowledge_service(settings)
    assert missing.ok and missing.warning and "agent" in missing.detail
    client.set(SERVICE_KEY, '{"pid": 4242, "version": 3}', px=5000)
    try:
        there = check_knowledge_service(settings)
        assert there.ok and not there.warning and "4242" in there.detail
    finally:
        client.delete(SERVICE_KEY)


def test_doctor_fails_the_retrieval_check_when_redis_is_away() -> None:
    gone = check_knowledge_service(Settings(redis_url=f"redis://127.0.0.1:{free_port()}/0"))
    assert not gone.ok and "not reachable" in gone.detail
