"""Bad input at scale: hypothesis over the AGI codec (replies, header blocks, command quoting).

The codec's documented errors are AgiProtocolError and its subclasses (AgiTimeout,
AgiClosed); anything else escaping from a parser is a crash. Random menu documents
through the validator are fuzzed in tests/menus/test_validator.py (not repeated here);
the web app's OpenAPI schema is fuzzed in test_schema_fuzz.py.
"""

from __future__ import annotations

import asyncio

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agi_scripts.codec import (
    AgiProtocolError,
    format_command,
    parse_args,
    parse_header_block,
    parse_reply_line,
    read_header_block,
    read_reply,
)

FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Lines that look almost like Asterisk's, so the fuzzer reaches the deeper branches.
REPLY_PARTS = st.sampled_from([
    "200", "510", "511", "520", "520-", "100", "999", "HANGUP", " result=", "result=", "-1", "0", "49",
    " (timeout)", " (", ")", " endpos=", "16000", " data", "\\", '"', "=", " ", "Invalid or unknown command",
    "\t", "\x00", "é", "\ufffd",
])
reply_texts = st.one_of(st.text(max_size=120), st.lists(REPLY_PARTS, max_size=12).map("".join))
reply_lines = st.one_of(
    st.binary(max_size=120),
    reply_texts.map(lambda t: t.encode("utf-8", errors="surrogatepass")),
)


@FUZZ
@given(reply_texts)
def test_reply_parser_raises_only_protocol_errors(text: str) -> None:
    try:
        reply = parse_reply_line(text)
    except AgiProtocolError:
        return
    assert reply.code in (100, 200, 510, 511, 520)
    if reply.code == 200:
        assert reply.result is not None


@FUZZ
@given(st.lists(reply_lines, max_size=30))
async def test_reply_reader_is_bounded_and_raises_only_protocol_errors(lines: list[bytes]) -> None:
    feed = [line.replace(b"\n", b" ") + b"\n" for line in lines]
    reads = 0

    async def readline() -> bytes:
        nonlocal reads
        reads += 1
        if not feed:
            raise AgiProtocolError("peer closed")  # what the transport raises at EOF
        return feed.pop(0)

    try:
        await read_reply(readline)
    except AgiProtocolError:
        pass
    assert reads <= len(lines) + 1


HEADER_KEYS = st.sampled_from(["agi_network", "agi_callerid", "agi_dnid", "agi_uniqueid", "agi_arg_1",
                               "agi_calleridname", "agi_extension", "x", "AGI_CALLERID", ""])
header_lines = st.one_of(
    st.text(max_size=80),
    st.tuples(HEADER_KEYS, st.sampled_from([": ", ":", " : ", ": \x00", ""]), st.text(max_size=40))
    .map("".join),
)


@FUZZ
@given(st.lists(header_lines, max_size=40))
def test_header_parser_raises_only_protocol_errors(lines: list[str]) -> None:
    try:
        headers = parse_header_block(lines)
    except AgiProtocolError:
        return
    # Every accessor works on whatever was accepted.
    for value in (headers.caller, headers.caller_name, headers.dnis, headers.uniqueid, headers.script):
        assert isinstance(value, str)
    assert isinstance(headers.args, list)


@FUZZ
@given(st.binary(max_size=600), st.booleans())
async def test_header_reader_on_random_bytes(data: bytes, terminated: bool) -> None:
    reader = asyncio.StreamReader(limit=512)
    reader.feed_data(data + (b"\n\n" if terminated else b""))
    reader.feed_eof()
    try:
        await read_header_block(reader, timeout=1.0, max_lines=64)
    except AgiProtocolError:
        pass


@FUZZ
@given(st.text(max_size=200), st.text(max_size=60))
def test_any_caller_text_stays_one_argument_on_one_line(value: str, other: str) -> None:
    line = format_command("SET VARIABLE", "CALLERNAME", value)
    assert line.count(b"\n") == 1 and line.endswith(b"\n") and b"\r" not in line
    argv = parse_args(line.decode("utf-8").rstrip("\n"))
    assert argv[:3] == ["SET", "VARIABLE", "CALLERNAME"] and len(argv) == 4
    assert argv[3] == "".join(" " if ord(c) < 32 or ord(c) == 127 else c for c in value)
    two = parse_args(format_command("EXEC", value, other).decode("utf-8").rstrip("\n"))
    assert len(two) == 3
