"""Prompt audio: 8 kHz 16-bit mono WAV from prompt text (espeak-ng + sox).

espeak-ng and sox run when prompts are built (``ivr prompts build``, or before a process
accepts calls: ``ivr.prompts_built``) or an administrator saves one; never during a call.
Sentences with values are composed from built pieces (``ivr.compose``); the transports find
the built files with ``ivr.prompts_built``.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

from ivr.channel import Prompt
from ivr.compose import piece_sound

VOICES = {"zh": "cmn", "en": "en-us", "ko": "ko"}


class TtsError(RuntimeError):
    pass


def synthesize_wav(text: str, language: str, target: Path) -> Path:
    """Speak ``text`` into ``target`` as 8 kHz 16-bit signed mono WAV. Blocking."""
    espeak = shutil.which("espeak-ng")
    sox = shutil.which("sox")
    if not espeak or not sox:
        raise TtsError("espeak-ng and sox are required to build prompt audio (apt-get install espeak-ng sox)")
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "speech.wav"
        # Text goes to espeak-ng on stdin, never on the command line.
        subprocess.run([espeak, "-v", VOICES.get(language, language), "-s", "150", "-w", str(raw), "--stdin"],
                       input=text.encode("utf-8"), check=True, capture_output=True, timeout=60)
        # Unique per writer: two builders (a save, a start-up) may write the same prompt at once.
        partial = target.with_name(f"{target.stem}.{uuid.uuid4().hex[:12]}.part.wav")
        subprocess.run([sox, str(raw), "-r", "8000", "-c", "1", "-b", "16", "-e", "signed-integer", str(partial)],
                       check=True, capture_output=True, timeout=60)
        partial.replace(target)
    return target


def prompt_wav_path(prompt: Prompt, sounds_dir: Path) -> Path:
    """Where the prompt's audio lives: ``<sounds>/<sound_name>.wav`` as built by ``ivr prompts build``."""
    return sounds_dir / f"{prompt.sound_name}.wav"


def piece_wav_paths(prompt: Prompt, sounds_dir: Path) -> list[Path]:
    """The built WAV of each piece of a composed sentence, in order."""
    return [sounds_dir / f"{piece.sound}.wav" for piece in prompt.pieces]


def synthesize_pieces(texts: list[str], language: str, sounds_dir: Path) -> list[Path]:
    """Build the pieces not built yet (an administrator saved a template). Blocking."""
    built: list[Path] = []
    for text in texts:
        target = sounds_dir / f"{piece_sound(language, text)}.wav"
        if not target.exists():
            built.append(synthesize_wav(text, language, target))
    return built
