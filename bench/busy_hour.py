"""The national busy hour's shape for bench/system_load.py --realistic.

Callers arrive as a Poisson process at a given rate. Each is the Asterisk-faithful AGI peer
(tests/support/agi_peer.py) answering as a person on a real line would:

- every STREAM FILE is answered after the real duration of the built sound file (read from
  the sounds directory), or, for a share of callers at prompts that take keys, after a random
  part of it (barge-in);
- a key comes 1-4 s after a question (after the prompt, or inside it when barging in);
- the statement (RECORD FILE) lasts 20-60 s;
- an answered Dial lasts the talk time; the ACD's wrap-up comes from the centre
  configuration (CentreConfig.wrapup) through the maintainer;
- a share of callers abandon while queued (their patience runs out during the hold);
- agents per centre for the configured service level by Erlang C (queueing/erlang.py).

Approximation, said in the results: a caller who hears a question out presses the key "at
its end + 1-4 s" on the same STREAM FILE, so the server gets the key after the same real
time, with one AGI command fewer than Asterisk's (no separate WAIT FOR DIGIT).
"""

from __future__ import annotations

import asyncio
import random
import time
import wave
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agi_scripts.codec import parse_args
from tests.support.agi_peer import AgiPeer, CallerScript

STATEMENT_SECONDS = (20.0, 60.0)
KEY_SECONDS = (1.0, 4.0)


@dataclass(frozen=True)
class Shape:
    rate: float  # arrivals per second (Poisson)
    window: float  # seconds during which callers arrive
    talk: float  # seconds an answered call talks to the agent
    barge_share: float = 0.3
    abandon_share: float = 0.1
    patience: tuple[float, float] = (10.0, 60.0)  # an impatient caller's seconds in the queue


@dataclass
class SoundLengths:
    """Seconds of each built sound, read once from its WAV header."""

    sounds_dir: Path
    cache: dict[str, float] = field(default_factory=dict)

    def seconds(self, sound: str) -> float:
        found = self.cache.get(sound)
        if found is None:
            try:
                with wave.open(str(self.sounds_dir / f"{sound}.wav"), "rb") as wav:
                    found = wav.getnframes() / wav.getframerate()
            except (OSError, EOFError, wave.Error):
                found = 1.0
            self.cache[sound] = found
        return found


class _Timing:
    """The caller's script, with the reply delay of a person on the line for each command."""

    def __init__(self, script: CallerScript, peer: BusyHourPeer) -> None:
        self._script = script
        self._peer = peer
        self._for_command = -1
        self._delay = 0.0
        self.hangup_at: int | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._script, name)

    @property
    def reply_delay(self) -> float:
        count = len(self._peer.result.commands)
        if count != self._for_command:
            self._for_command = count
            self._delay = self._peer.delay_for(self._peer.result.commands[-1]) if count else 0.0
        return self._delay


class BusyHourPeer(AgiPeer):
    def __init__(self, script: CallerScript, headers: list[tuple[str, str]], shape: Shape, lengths: SoundLengths,
                 rng: random.Random, run_over: asyncio.Event) -> None:
        super().__init__(script, headers, idle_timeout=600.0)
        self.shape = shape
        self.lengths = lengths
        self.rng = rng
        self.run_over = run_over
        self.barges = rng.random() < shape.barge_share
        self.impatient = rng.random() < shape.abandon_share
        self.patience = rng.uniform(*shape.patience)
        self.queued_at: float | None = None
        self.abandoned = False
        self.talked = False
        script.during_talk = self._talk
        self.script = _Timing(script, self)  # type: ignore[assignment]

    async def _talk(self) -> None:
        self.talked = True
        try:  # the agent hangs up after the talk time, or when the run ends
            await asyncio.wait_for(self.run_over.wait(), self.shape.talk)
        except TimeoutError:
            pass

    def delay_for(self, line: str) -> float:
        argv = parse_args(line)
        verb = " ".join(argv[:2]).upper()
        if verb == "STREAM FILE" and len(argv) >= 4:
            seconds = self.lengths.seconds(argv[2])
            if argv[3] and self._keys_pending():  # a question: the caller answers it
                if self.barges:
                    return self.rng.uniform(min(0.3, seconds), seconds)
                return seconds + self.rng.uniform(*KEY_SECONDS)
            return seconds
        if verb == "GET DATA" and len(argv) >= 3:
            return self.lengths.seconds(argv[2]) * (0.5 if self.barges else 1.0) + self.rng.uniform(*KEY_SECONDS)
        if verb == "RECORD FILE":
            self.queued_at = None
            return self.rng.uniform(*STATEMENT_SECONDS)
        if verb == "WAIT FOR DIGIT" and self.queued_at is None:
            self.queued_at = time.monotonic()
        return 0.0

    def _keys_pending(self) -> bool:
        return bool(self._buffer) or bool(self._keys)

    def _answer(self, line: str) -> list[str]:
        if (self.impatient and self.queued_at is not None and not self._dead
                and time.monotonic() - self.queued_at > self.patience and line.startswith("WAIT FOR DIGIT")):
            self.abandoned = True
            self.script.hangup_at = self._count
        return super()._answer(line)
