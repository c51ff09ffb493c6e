"""SIPp scenarios against the real endpoint: CANCEL, retransmissions, re-INVITE, caller BYE, speech, codecs."""

from __future__ import annotations

import asyncio
import warnings
from pathlib import Path

import numpy as np
import pytest

from ivr.channel import CallerHangup, Channel, Prompt
from ivr.sip.config import SipOptions
from tests.sip.harness import Seen, free_udp_port, pcap, run_sipp, sip_server, wait_until
from tests.sip.media_tools import RtpEar, dominant_frequency, g711_wav, read_pcm, speech_wav, tone_wav

pytestmark = pytest.mark.timeout(120)


def options(**overrides: object) -> SipOptions:
    low = free_udp_port(even=True)
    return SipOptions(rtp_port_min=low, rtp_port_max=min(low + 40, 65534), **overrides)  # type: ignore[arg-type]


async def test_cancel_before_answer_gets_487_and_is_never_answered(tmp_path: Path) -> None:
    seen = Seen()

    async def handler(channel: Channel) -> None:
        try:
            await channel.answer()  # rings for 3 s first; the caller cancels meanwhile
            seen.add("answered")
        except CallerHangup as exc:
            seen.add("hangup", exc.reason)
        seen.done.set()

    async with sip_server(tmp_path, handler, options(ring_seconds=3.0)) as endpoint:
        result = await run_sipp("cancel.xml", endpoint.address[1], tmp_path)
        assert result.returncode == 0, result.explain()
        assert await wait_until(seen.done.is_set)
        assert seen.kinds() == ["hangup"]
        assert seen.value("hangup") == "cancelled"
        assert endpoint.ports.in_use == set()
        assert endpoint.calls == {}


async def test_reinvite_hold_and_refresh_keep_the_same_media(tmp_path: Path) -> None:
    seen = Seen()

    async def handler(channel: Channel) -> None:
        await channel.answer()
        stream = channel.call.stream  # type: ignore[attr-defined]
        seen.add("stream", (id(stream), stream.port))
        sending: list[bool] = []

        async def watch() -> None:
            while True:
                sending.append(stream.sending)
                await asyncio.sleep(0.02)

        watcher = asyncio.create_task(watch())
        first = await channel.collect_digits(None, 1, timeout=8)
        sent_before = stream.packets_sent
        second = await channel.collect_digits(None, 1, timeout=8)
        watcher.cancel()
        after = channel.call.stream  # type: ignore[attr-defined]
        seen.add("after", (id(after), after.port, after.closed, stream.packets_sent > sent_before))
        seen.add("digits", first.digits + second.digits)
        seen.add("held", False in sending and sending[-1])
        await channel.hangup()

    async with sip_server(tmp_path, handler) as endpoint:
        result = await run_sipp("reinvite.xml", endpoint.address[1], tmp_path,
                                {"digit_a": pcap("2"), "digit_b": pcap("9")})
        assert result.returncode == 0, result.explain()
        assert await wait_until(lambda: not endpoint.calls)
        stream_id, port = seen.value("stream")
        assert seen.value("after") == (stream_id, port, False, True)
        assert seen.value("digits") == "29"
        assert seen.value("held") is True
        assert endpoint.ports.opened == 1
        assert endpoint.ports.in_use == set()


@pytest.mark.parametrize("step", ["play", "collect_digits", "listen", "record", "hold"])
async def test_caller_bye_during_each_step(tmp_path: Path, step: str) -> None:
    seen = Seen()
    long_tone = tone_wav(tmp_path / "long.wav", 500, 8.0)
    prompt = Prompt(prompt_id="long", language="en", text="", audio=str(long_tone))

    async def handler(channel: Channel) -> None:
        await channel.answer()
        try:
            if step == "play":
                await channel.play(prompt, "")
            elif step == "collect_digits":
                await channel.collect_digits(prompt, 4, timeout=10)
            elif step == "listen":
                await channel.listen(prompt, ["yes", "no"], timeout=10)
            elif step == "record":
                seen.add("recording", await channel.record(None, "stmt-bye", 20, 15, beep=True))
                await channel.play(prompt)  # the next step finds the caller gone
            elif step == "hold":
                await channel.hold(20, "0")
            seen.add("returned")
        except CallerHangup as exc:
            seen.add("hangup", exc.reason)
        seen.done.set()

    async with sip_server(tmp_path, handler) as endpoint:
        result = await run_sipp("caller_bye.xml", endpoint.address[1], tmp_path, extra=["-d", "1500"])
        assert result.returncode == 0, result.explain()
        assert await wait_until(seen.done.is_set)
        assert seen.value("hangup") == "caller hangup"
        assert "returned" not in seen.kinds()
        if step == "record":
            recording = seen.value("recording")
            assert recording.ended_by == "hangup"
            assert Path(recording.path).parent == endpoint.settings.spool_dir
            assert await asyncio.to_thread(Path(recording.path).exists)
        assert await wait_until(lambda: not endpoint.calls)
        assert endpoint.ports.in_use == set()


@pytest.mark.parametrize("codec", ["PCMU", "PCMA"])
async def test_spoken_statement_is_recorded_through_either_codec(tmp_path: Path, codec: str) -> None:
    spoken = speech_wav(tmp_path / "spoken.wav", "I bought a phone that broke after two days. Please help.")
    sent = g711_wav(spoken, tmp_path / f"spoken_{codec}.wav", codec)
    seen = Seen()

    async def handler(channel: Channel) -> None:
        await channel.answer()
        seen.add("recording", await channel.record(None, f"stmt-{codec}", 20, 1.5, beep=True))
        await channel.hangup()

    async with sip_server(tmp_path, handler) as endpoint:
        pt = {"PCMU": "0", "PCMA": "8"}[codec]
        result = await run_sipp("speech.xml", endpoint.address[1], tmp_path,
                                {"codec": codec, "pt": pt, "stream": f"{sent},1,{pt}"})
        assert result.returncode == 0, result.explain()
        assert await wait_until(lambda: not endpoint.calls)
    recording = seen.value("recording")
    assert recording.ended_by == "silence"
    recorded = read_pcm(Path(recording.path))
    source = read_pcm(spoken)
    # The caller's speech arrives whole: about as long and as loud as what was sent.
    assert recorded.size / 8000 == pytest.approx(source.size / 8000, abs=1.0)
    loud = recorded[np.abs(recorded) > 300]
    source_loud = source[np.abs(source) > 300]
    assert np.sqrt(np.mean(loud ** 2)) == pytest.approx(np.sqrt(np.mean(source_loud ** 2)), rel=0.15)


@pytest.mark.parametrize(("codec", "pt"), [("PCMU", 0), ("PCMA", 8)])
async def test_prompt_audio_is_sent_paced_in_the_callers_codec(tmp_path: Path, codec: str, pt: int) -> None:
    tone = tone_wav(tmp_path / "tone.wav", 440, 1.0)
    prompt = Prompt(prompt_id="tone", language="en", text="", audio=str(tone))
    ear = await RtpEar().open()
    seen = Seen()

    async def handler(channel: Channel) -> None:
        await channel.answer()
        await channel.play(prompt)  # not interruptible: the first key is kept for the next question
        seen.add("digits", (await channel.collect_digits(None, 3, timeout=5)).digits)
        await channel.hangup()

    try:
        async with sip_server(tmp_path, handler) as endpoint:
            result = await run_sipp("uac_call.xml", endpoint.address[1], tmp_path,
                                    {"codec": codec, "pt": str(pt), "rtp_port": str(ear.port),
                                     "digit_a": pcap("1"), "digit_b": pcap("2"), "digit_c": pcap("pound")})
            assert result.returncode == 0, result.explain()
            assert seen.value("digits") == "12"
    finally:
        ear.close()
    packets = [p for _, p in ear.packets]
    assert len(packets) > 50
    assert {p.payload_type for p in packets} == {pt}
    assert all(len(p.payload) == 160 for p in packets)
    assert {(b.sequence - a.sequence) % 65536 for a, b in zip(packets, packets[1:], strict=False)} == {1}
    assert {(b.timestamp - a.timestamp) % 2**32 for a, b in zip(packets, packets[1:], strict=False)} == {160}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import audioop  # an independent G.711 decoder to check ours against

        decode = audioop.ulaw2lin if codec == "PCMU" else audioop.alaw2lin
        pcm = np.frombuffer(b"".join(decode(p.payload, 2) for p in packets), dtype="<i2").astype(np.float64)
    voiced = pcm[np.abs(pcm) > 1000]
    assert voiced.size > 6000  # most of the one-second tone
    start = int(np.argmax(np.abs(pcm) > 1000))
    assert dominant_frequency(pcm[start:start + 4000]) == pytest.approx(440, abs=5)
