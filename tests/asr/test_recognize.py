"""Recognition with the real Korean model on espeak-ng audio: files at any rate and layout,
live streams with end-of-speech detection, and decoding off the event loop."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from ivr.asr.audio import AudioError
from ivr.asr.grammars import get_grammar
from ivr.asr.service import SpeechRecognizer
from tests.asr.conftest import RELIABLE_CITIES, RELIABLE_YES_NO, Say, pcm_of


def _cities() -> list[str]:
    grammar = get_grammar("ko_city")
    assert grammar is not None
    return grammar.phrases("ko")


@pytest.mark.parametrize("word", sorted(RELIABLE_CITIES))
@pytest.mark.parametrize(("rate", "channels"), [(8000, 1), (16000, 1), (8000, 2), (44100, 2)])
async def test_file_any_rate_and_layout(speech: SpeechRecognizer, say: Say, word: str, rate: int,
                                        channels: int) -> None:
    utterance = await speech.recognize_file(say(word, rate=rate, channels=channels), _cities())
    assert utterance.text == word
    assert 0.5 <= utterance.confidence <= 1.0
    assert utterance.alternatives and utterance.alternatives[0][0] == word
    assert abs(sum(p for _, p in utterance.alternatives) - 1.0) < 0.01
    assert utterance.decode_seconds > 0 and 1.0 < utterance.audio_seconds < 3.0
    grammar = get_grammar("ko_city")
    assert grammar is not None
    match = grammar.match_text(utterance.text)
    assert match is not None and match.value == RELIABLE_CITIES[word]


@pytest.mark.parametrize("word", sorted(RELIABLE_YES_NO))
async def test_yes_no_pack(speech: SpeechRecognizer, say: Say, word: str) -> None:
    grammar = get_grammar("yes_no")
    assert grammar is not None
    utterance = await speech.recognize_file(say(word), grammar.phrases("ko"))
    match = grammar.match_text(utterance.text)
    assert match is not None and match.value == RELIABLE_YES_NO[word]


async def test_silence_is_no_speech(speech: SpeechRecognizer, tmp_path: Path) -> None:
    import wave

    path = tmp_path / "silence.wav"
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(8000)
        wav.writeframes(b"\0\0" * 8000)
    utterance = await speech.recognize_file(path, _cities())
    assert utterance.text == "" and utterance.confidence == 0.0 and utterance.alternatives == []


async def test_full_vocabulary(speech: SpeechRecognizer, say: Say) -> None:
    # Without a grammar the model may say anything it knows; espeak's 서울 does not come out as
    # 서울 from the full vocabulary, which is why questions use grammars.
    utterance = await speech.recognize_file(say("서울"), None, alternatives=0)
    assert utterance.text.strip() != ""
    assert utterance.alternatives == []
    assert 0.0 < utterance.confidence <= 1.0


async def test_unusable_grammar_hears_nothing(speech: SpeechRecognizer, say: Say) -> None:
    utterance = await speech.recognize_file(say("서울"), ["qxzqxz"])
    assert utterance.text == "" and utterance.unknown_words == ["qxzqxz"]


@pytest.mark.parametrize("content", [b"", b"RIFF\x00\x00\x00\x00WAVEjunk", b"not audio at all"])
async def test_bad_audio_is_a_clear_error(speech: SpeechRecognizer, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.wav"
    path.write_bytes(content)
    with pytest.raises(AudioError, match="bad.wav"):
        await speech.recognize_file(path, _cities())
    with pytest.raises(AudioError, match="not found"):
        await speech.recognize_file(tmp_path / "missing.wav", _cities())


async def _feed_live(stream, pcm: bytes, chunk: int = 320) -> float | None:  # type: ignore[no-untyped-def]
    """Feed 20 ms chunks; return the audio time at which the stream said it was over."""
    for offset in range(0, len(pcm), chunk):
        if await stream.feed(pcm[offset:offset + chunk]):
            return (offset + chunk) / 16000
    return None


@pytest.mark.parametrize("word", sorted(RELIABLE_CITIES))
async def test_stream_end_of_speech(speech: SpeechRecognizer, say: Say, word: str) -> None:
    # The caller says the word and then keeps the line open: 3 s of silence follow.
    pcm = pcm_of(say(word, tail=3.0))
    stream = speech.stream(_cities())
    ended_at = await _feed_live(stream, pcm)
    total = len(pcm) / 16000
    assert ended_at is not None and ended_at < total - 1.0, "end of speech must be found in the silence"
    assert stream.finished and stream.reason == "end_of_speech"
    utterance = await stream.result()
    assert utterance.text == word and utterance.confidence > 0.5
    assert utterance.alternatives[0][0] == word
    assert await stream.feed(b"\0" * 320) is True  # later audio is ignored


async def test_stream_no_input(speech: SpeechRecognizer) -> None:
    stream = speech.stream(_cities(), no_input_seconds=2.0)
    ended_at = await _feed_live(stream, b"\0" * 16000 * 5)
    assert ended_at is not None and 2.0 <= ended_at < 2.5
    assert stream.reason == "no_input"
    utterance = await stream.result()
    assert utterance.text == "" and utterance.confidence == 0.0


async def test_stream_closed_early_gives_what_was_said(speech: SpeechRecognizer, say: Say) -> None:
    # The channel stops feeding (caller pressed a key or hung up right after the word).
    pcm = pcm_of(say("수원", tail=0.05))
    stream = speech.stream(_cities())
    assert await _feed_live(stream, pcm, chunk=333) is None  # odd chunk sizes are fine
    utterance = await stream.result()
    assert stream.reason == "closed" and utterance.text == "수원"


async def test_decoding_does_not_block_the_loop(speech: SpeechRecognizer, say: Say) -> None:
    """While several utterances decode (full vocabulary, the slow case), a ticker task on the same
    loop keeps running; had decoding blocked the loop, it could not tick until all were done."""
    ticks: list[int] = []
    decoding = True

    async def ticker() -> None:
        while decoding:
            ticks.append(len(ticks))
            await asyncio.sleep(0.005)

    task = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    start_ticks = len(ticks)
    jobs = [speech.recognize_file(say(w), None, alternatives=0) for w in ("서울", "수원", "네", "아니요")]
    done = asyncio.gather(*jobs)
    ticks_while = 0
    while not done.done():
        await asyncio.sleep(0.01)
        ticks_while = len(ticks) - start_ticks
    results = await done
    decoding = False
    await task
    assert all(r.audio_seconds > 0 for r in results)
    assert ticks_while >= 3, f"event loop ticked {ticks_while} times during decoding"
