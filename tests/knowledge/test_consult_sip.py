"""A consultation over the embedded SIP endpoint: SIPp sends RFC 2833 keys, the engine answers
from the knowledge base and the caller then asks for an agent. The base's prompts on this path are
built ahead (real espeak-ng and sox), as `ivr prompts build` does: the endpoint plays those files and
makes none during the call."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from ivr.engine import default_services, run_call
from ivr.knowledge.prompts import KNOWLEDGE_MENU, prompt_texts
from ivr.knowledge.store import StaticKnowledge
from ivr.prompts_built import reported_missing
from ivr.tts import synthesize_wav
from tests.knowledge.keys import question_keys
from tests.sip.harness import make_settings, pcap, run_sipp, sip_server, wait_until
from tests.sip.media_tools import g711_wav, tone_wav

pytestmark = pytest.mark.timeout(150)

OPEN = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)  # Wednesday 11:00 in Beijing


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
