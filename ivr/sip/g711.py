"""G.711 µ-law (PCMU) and A-law (PCMA) as numpy lookup tables.

``audioop`` is deprecated (gone in 3.13), so the codec is built once at import from
the ITU-T G.711 segment rules: a 65,536-entry encode table indexed by the 16-bit
sample and a 256-entry decode table indexed by the code byte.
"""

from __future__ import annotations

import numpy as np

_ULAW_BIAS = 0x84


def _segment(magnitude: np.ndarray) -> np.ndarray:
    """Index of the highest set bit minus 7, clamped to 0..7 (the G.711 segment)."""
    highest = np.floor(np.log2(np.maximum(magnitude, 1))).astype(np.int32)
    return np.clip(highest - 7, 0, 7)


def _build_ulaw_encode() -> np.ndarray:
    # 14-bit magnitude with a bias of 33, segments ending at 0x3F, 0x7F, ... 0x1FFF.
    samples = np.arange(-32768, 32768, dtype=np.int32) >> 2
    mask = np.where(samples < 0, 0x7F, 0xFF)
    magnitude = np.minimum(np.abs(samples), 8159) + 33
    segment = np.maximum(np.floor(np.log2(magnitude)).astype(np.int32) - 5, 0)
    code = np.where(segment > 7, 0x7F, (segment << 4) | ((magnitude >> (segment + 1)) & 0x0F))
    return (code ^ mask).astype(np.uint8)


def _build_ulaw_decode() -> np.ndarray:
    codes = ~np.arange(256, dtype=np.int32) & 0xFF
    sign = codes & 0x80
    exponent = (codes >> 4) & 0x07
    mantissa = codes & 0x0F
    magnitude = (((mantissa << 3) + _ULAW_BIAS) << exponent) - _ULAW_BIAS
    return np.where(sign != 0, -magnitude, magnitude).astype(np.int16)


def _build_alaw_encode() -> np.ndarray:
    samples = np.arange(-32768, 32768, dtype=np.int32)
    mask = np.where(samples >= 0, 0xD5, 0x55)
    magnitude = np.where(samples >= 0, samples, -samples - 1)
    magnitude = np.minimum(magnitude, 32767)
    exponent = _segment(magnitude)
    mantissa = np.where(exponent == 0, magnitude >> 4, magnitude >> (exponent + 3)) & 0x0F
    code = ((exponent << 4) | mantissa) ^ mask
    return code.astype(np.uint8)


def _build_alaw_decode() -> np.ndarray:
    codes = np.arange(256, dtype=np.int32) ^ 0x55
    exponent = (codes & 0x70) >> 4
    value = (codes & 0x0F) << 4
    value = np.where(exponent == 0, value + 8, (value + 0x108) << np.maximum(exponent - 1, 0))
    return np.where(codes & 0x80, value, -value).astype(np.int16)


_ENCODE = {"PCMU": _build_ulaw_encode(), "PCMA": _build_alaw_encode()}
_DECODE = {"PCMU": _build_ulaw_decode(), "PCMA": _build_alaw_decode()}
#: The code byte for digital silence in each law.
SILENCE_BYTE = {"PCMU": 0xFF, "PCMA": 0xD5}
#: Static RTP payload types (RFC 3551).
PAYLOAD_TYPE = {"PCMU": 0, "PCMA": 8}
CODEC_BY_PAYLOAD_TYPE = {pt: name for name, pt in PAYLOAD_TYPE.items()}


def encode(pcm: bytes, codec: str) -> bytes:
    """16-bit signed little-endian linear PCM -> G.711 bytes (one byte per sample)."""
    samples = np.frombuffer(pcm, dtype="<i2").astype(np.int32) + 32768
    return _ENCODE[codec][samples].tobytes()


def decode(payload: bytes, codec: str) -> bytes:
    """G.711 bytes -> 16-bit signed little-endian linear PCM."""
    codes = np.frombuffer(payload, dtype=np.uint8)
    return _DECODE[codec][codes].astype("<i2").tobytes()
