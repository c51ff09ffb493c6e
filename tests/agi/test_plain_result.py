"""The session's fast reading of common replies gives exactly what the full reader gives."""

from __future__ import annotations

import itertools

import pytest

from agi_scripts.codec import AgiProtocolError, parse_reply_line, plain_result

COMMON = [
    b"200 result=0\n", b"200 result=-1\n", b"200 result=49\r\n", b"200 result=\n",
    b"200 result=0 endpos=0\n", b"200 result=35 endpos=11840\n", b"200 result=-1 endpos=-5\n",
    b"200 result=1 (timeout)\n", b"200 result=0 (dtmf) endpos=800\n", b"200 result=1 ()\n",
]
OTHERS = [
    b"HANGUP\n", b"511 Command Not Permitted on a dead channel\n", b"200 result=0 foo=1\n",
    b"200 result=0  endpos=1\n", b"200 result=0 endpos=\n", b"200 result=x\n", b"520-Invalid\n",
    b"200 result=\xd9\xa3\n", b"200 result=1 (a(b)\n", b"100 result=0 Trying...\n", b"",
]


def full_reading(raw: bytes) -> object:
    try:
        return parse_reply_line(raw.rstrip(b"\r\n").decode("utf-8", errors="replace"))
    except AgiProtocolError:
        return None


@pytest.mark.parametrize("raw", COMMON)
def test_common_replies_read_as_the_full_reader_reads_them(raw: bytes) -> None:
    fast = plain_result(raw)
    assert fast is not None
    assert fast == full_reading(raw)


@pytest.mark.parametrize("raw", OTHERS)
def test_other_lines_are_left_to_the_full_reader(raw: bytes) -> None:
    assert plain_result(raw) is None


def test_every_short_mix_of_result_characters_agrees_with_the_full_reader() -> None:
    alphabet = [b"0", b"7", b"-", b" ", b"(", b")", b" endpos=", b"x", b"\r"]
    for size in range(5):
        for parts in itertools.product(alphabet, repeat=size):
            raw = b"200 result=" + b"".join(parts) + b"\n"
            fast = plain_result(raw)
            if fast is not None:
                assert fast == full_reading(raw), raw
