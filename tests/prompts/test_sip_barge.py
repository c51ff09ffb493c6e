"""Over the embedded SIP endpoint a composed sentence is its pieces' audio joined; a key
(RFC 2833 from SIPp) pressed in the middle of it stops the rest, as barge-in does."""

from __future__ import annotations

from pathlib import Path

import pytest

from ivr.channel import Channel, Prompt
from ivr.compose import piece
from tests.sip.harness import Seen, pcap, run_sipp, sip_server, wait_until
from tests.sip.media_tools import tone_wav

pytestmark = pytest.mark.timeout(120)

SCENARIO = Path(__file__).with_name("key_mid_sentence.xml")
PIECE_SECONDS = 2.0
FRAMES_PER_SECOND = 50  # 20 ms RTP packets


async def test_a_key_in_the_middle_of_a_composed_sentence_stops_it_over_sip(tmp_path: Path) -> None:
    seen = Seen()
    pieces = tuple(piece("zh", text) for text in ("您前面还有", "两", "位来电。"))
    sentence = Prompt(prompt_id="queue_position", language="zh", text="您前面还有两位来电。", pieces=pieces)

    async def handler(channel: Channel) -> None:
        sounds = channel.settings.sounds_dir  # type: ignore[attr-defined]
        for n, p in enumerate(pieces):  # built pieces of 2 s each (distinct tones)
            path = sounds / f"{p.sound}.wav"
            path.parent.mkdir(parents=True, exist_ok=True)
            tone_wav(path, 400 + 200 * n, PIECE_SECONDS)
        await channel.answer()
        stream = channel.call.stream  # type: ignore[attr-defined]
        key = await channel.play(sentence, "1")
        seen.add("key", key)
        seen.add("frames", stream.packets_sent)
        await channel.hangup()

    async with sip_server(tmp_path, handler) as endpoint:
        result = await run_sipp(str(SCENARIO), endpoint.address[1], tmp_path, {"digit": pcap("1")})
        assert result.returncode == 0, result.explain()
        assert await wait_until(lambda: not endpoint.calls)
    assert seen.value("key") == "1"
    whole = len(pieces) * PIECE_SECONDS * FRAMES_PER_SECOND
    # past the first piece (the key came 3 s in), and the rest of the sentence was not sent
    assert PIECE_SECONDS * FRAMES_PER_SECOND < seen.value("frames") < whole, seen.value("frames")
