"""Prompt audio: 8 kHz 16-bit mono WAV from prompt text (espeak-ng + sox), cached by content.

Shared by `ivr prompts build` (Asterisk sounds), the FastAGI channel (dynamic prompts such
as queue positions and case status) and the embedded SIP endpoint.
"""

from __future__ import annotations

import asyncio
import hashlib
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

from ivr.channel import Prompt

VOICES = {"zh": "cmn", "en": "en-us", "ko": "ko"}


class TtsError(RuntimeError):
    pass


def text_digest(prompt: Prompt) -> str:
    return hashlib.sha256(f"{prompt.language}\0{prompt.text}".encode()).hexdigest()[:16]


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
        # Unique per writer: concurrent calls may synthesise the same prompt at once.
        partial = target.with_name(f"{target.stem}.{uuid.uuid4().hex[:12]}.part.wav")
        subprocess.run([sox, str(raw), "-r", "8000", "-c", "1", "-b", "16", "-e", "signed-integer", str(partial)],
                       check=True, capture_output=True, timeout=60)
        partial.replace(target)
    return target


def prompt_wav_path(prompt: Prompt, sounds_dir: Path) -> Path:
    """Where the prompt's audio lives: ``<sounds>/<sound_name>.wav``; dynamic prompts by digest."""
    if prompt.menu_id == "dynamic":
        return sounds_dir / "ivr" / prompt.language / "dynamic" / f"{text_digest(prompt)}.wav"
    return sounds_dir / f"{prompt.sound_name}.wav"


async def prompt_wav(prompt: Prompt, sounds_dir: Path) -> Path:
    """Return a WAV for the prompt, synthesising it (in a thread) if it is missing."""
    if prompt.audio:
        return Path(prompt.audio)
    path = prompt_wav_path(prompt, sounds_dir)
    if not path.exists():
        await asyncio.to_thread(synthesize_wav, prompt.text, prompt.language, path)
    return path
