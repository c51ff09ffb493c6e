"""AGI codec: header block, every reply form, quoting against injection."""

from __future__ import annotations

import asyncio

import pytest

from agi_scripts.codec import (
    AgiClosed,
    AgiProtocolError,
    AgiTimeout,
    format_command,
    parse_args,
    parse_header_block,
    parse_reply_line,
    quote,
    read_header_block,
    read_line,
    read_reply,
)
from tests.support.agi_peer import encode_headers, header_lines


def reader_with(data: bytes, eof: bool = True, limit: int = 8192) -> asyncio.StreamReader:
    reader = asyncio.StreamReader(limit=limit)
    reader.feed_data(data)
    if eof:
        reader.feed_eof()
    return reader


def lines_reader(data: bytes):  # type: ignore[no-untyped-def]
    reader = reader_with(data)

    async def readline() -> bytes:
        return await read_line(reader, 1.0)

    return readline


# -- header ---------------------------------------------------------------------------


async def test_header_block_in_asterisk_order_parses_every_field() -> None:
    block = encode_headers(header_lines(dnis="12331", callerid="01088886666", args=["complaint", "x y"]))
    headers = await read_header_block(reader_with(block + b"ANSWER-not-read\n"), timeout=1)
    assert headers.get("agi_network") == "yes"
    assert headers.script == "ivr"
    assert headers.dnis == "12331"
    assert headers.caller == "01088886666"
    assert headers.get("agi_accountcode") == ""  # empty value kept
    assert headers.args == ["complaint", "x y"]
    assert list(headers.values)[:3] == ["agi_network", "agi_network_script", "agi_request"]


def test_unknown_values_become_empty_and_dnis_falls_back_to_extension() -> None:
    headers = parse_header_block(["agi_callerid: unknown", "agi_dnid: unknown", "agi_extension: 12365"])
    assert headers.caller == ""
    assert headers.dnis == "12365"


def test_empty_value_without_space_and_query_string_in_script() -> None:
    headers = parse_header_block(["agi_accountcode:", "agi_network_script: ivr?lang=en"])
    assert headers.get("agi_accountcode") == ""
    assert headers.script == "ivr"


async def test_header_timeout_when_peer_sends_nothing() -> None:
    with pytest.raises(AgiTimeout):
        await read_header_block(reader_with(b"agi_network: yes\n", eof=False), timeout=0.2)


async def test_header_truncated_by_eof_is_an_error() -> None:
    with pytest.raises(AgiClosed):
        await read_header_block(reader_with(b"agi_network: yes\nagi_chan"), timeout=1)


async def test_overlong_header_line_rejected() -> None:
    with pytest.raises(AgiProtocolError):
        await read_header_block(reader_with(b"agi_x: " + b"a" * 20000 + b"\n\n"), timeout=1)


async def test_too_many_header_lines_rejected() -> None:
    block = b"".join(f"agi_arg_{n}: v\n".encode() for n in range(1, 400)) + b"\n"
    with pytest.raises(AgiProtocolError, match="too many"):
        await read_header_block(reader_with(block, limit=1 << 20), timeout=1)


async def test_garbage_header_line_rejected() -> None:
    with pytest.raises(AgiProtocolError):
        await read_header_block(reader_with(b"hello there\n\n"), timeout=1)


def test_header_names_are_checked_every_time_past_the_held_ones() -> None:
    """Checked names are held (a bounded set); a bad name is never held, so it is refused on
    every call, and names past the bound are still checked."""
    for call in range(3):
        with pytest.raises(AgiProtocolError, match="bad header name"):
            parse_header_block(["agi_request: agi://h/ivr", "agi bad name: x"])
        assert parse_header_block([f"agi_arg_{n}: {call}" for n in range(1, 1500)]).args[-1] == str(call)
    with pytest.raises(AgiProtocolError, match="bad header name"):
        parse_header_block(["agi-dash: x"])


async def test_non_utf8_header_value_is_replaced_not_fatal() -> None:
    headers = await read_header_block(reader_with(b"agi_calleridname: caf\xe9 \xff\n\n"), timeout=1)
    assert headers.caller_name == "caf\ufffd \ufffd"


# -- replies ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "code", "result", "data", "extra"),
    [
        ("200 result=0", 200, "0", None, {}),
        ("200 result=1 (bar)", 200, "1", "bar", {}),
        ("200 result= (timeout)", 200, "", "timeout", {}),
        ("200 result=12 (timeout)", 200, "12", "timeout", {}),
        ("200 result=0 endpos=3404", 200, "0", None, {"endpos": "3404"}),
        ("200 result=49 (dtmf) endpos=8000", 200, "49", "dtmf", {"endpos": "8000"}),
        ("200 result=-1 (hangup) endpos=120", 200, "-1", "hangup", {"endpos": "120"}),
        ("200 result=1 (a (b) c) endpos=5", 200, "1", "a (b) c", {"endpos": "5"}),
        ("200 result=1 (with spaces and ) paren)", 200, "1", "with spaces and ) paren", {}),
        ("200 result=-2", 200, "-2", None, {}),
        ("510 Invalid or unknown command", 510, None, None, {}),
        ("511 Command Not Permitted on a dead channel or intercept routine", 511, None, None, {}),
    ],
)
def test_reply_forms(line: str, code: int, result: str | None, data: str | None, extra: dict[str, str]) -> None:
    reply = parse_reply_line(line)
    assert (reply.code, reply.result, reply.data, reply.extra) == (code, result, data, extra)


def test_endpos_and_result_int() -> None:
    reply = parse_reply_line("200 result=49 endpos=3404")
    assert reply.result_int == 49 and reply.endpos == 3404
    assert parse_reply_line("200 result= (timeout)").result_int is None


@pytest.mark.parametrize("line", ["hello", "200", "200 bogus", "999 what", "200 result=1 (unterminated",
                                  "200 result=1 trailing junk", ""])
def test_malformed_replies_raise_protocol_error(line: str) -> None:
    with pytest.raises(AgiProtocolError):
        parse_reply_line(line)


async def test_multiline_520_usage_is_assembled() -> None:
    data = (b"520-Invalid command syntax.  Proper usage follows:\n"
            b"Usage: STREAM FILE <filename> <escape_digits> [<sample offset>]\n"
            b" Send the given file.\n"
            b"520 End of proper usage.\n200 result=0\n")
    readline = lines_reader(data)
    reply = await read_reply(readline)
    assert reply.code == 520
    assert reply.usage[0].startswith("Invalid command syntax")
    assert "Usage: STREAM FILE" in reply.usage[1]
    assert reply.message == "End of proper usage."
    assert (await read_reply(readline)).result == "0"  # stream stays in step


async def test_520_without_end_line_is_bounded() -> None:
    with pytest.raises(AgiProtocolError):
        await read_reply(lines_reader(b"520-start\n" + b"line\n" * 300), max_usage_lines=50)


async def test_hangup_line_before_reply_is_noted() -> None:
    reply = await read_reply(lines_reader(b"HANGUP\n511 Command Not Permitted on a dead channel\n"))
    assert reply.code == 511 and reply.hangup_seen


async def test_hangup_line_after_reply_is_seen_by_next_read() -> None:
    readline = lines_reader(b"200 result=-1\nHANGUP\n200 result=1\n")
    first = await read_reply(readline)
    assert first.result == "-1" and not first.hangup_seen
    second = await read_reply(readline)
    assert second.hangup_seen and second.result == "1"


async def test_100_trying_is_skipped() -> None:
    reply = await read_reply(lines_reader(b"100 result=0 Trying...\n200 result=0 (timeout) endpos=8000\n"))
    assert reply.code == 200 and reply.endpos == 8000


async def test_truncated_reply_raises_closed() -> None:
    with pytest.raises(AgiClosed):
        await read_reply(lines_reader(b"200 resu"))


async def test_non_utf8_reply_data_is_replaced() -> None:
    reply = await read_reply(lines_reader(b"200 result=1 (\xff\xfe ok)\n"))
    assert reply.data == "\ufffd\ufffd ok"


# -- commands and quoting ---------------------------------------------------------------


def test_format_command_plain_and_quoted() -> None:
    assert format_command("STREAM FILE", "ivr/zh/main/welcome", "") == b'STREAM FILE ivr/zh/main/welcome ""\n'
    assert format_command("STREAM FILE", "beep", "123*#") == b'STREAM FILE beep "123*#"\n'
    assert format_command("GET DATA", "beep", 3000, 1) == b"GET DATA beep 3000 1\n"
    assert format_command("VERBOSE", "hello world", 1) == b'VERBOSE "hello world" 1\n'


def test_command_name_cannot_come_from_input() -> None:
    with pytest.raises(ValueError):
        format_command("VERBOSE\nEXEC", "x")
    with pytest.raises(ValueError):
        format_command("exec system", "x")


INJECTIONS = [
    'x"\nEXEC System rm',
    'x"\r\nEXEC System rm -rf /',
    'a\\" b',
    '\\',
    'name" 1\nHANGUP',
    "\x00\x1b[31m\u2028tail",
    '"""',
]


@pytest.mark.parametrize("value", INJECTIONS)
def test_quoted_caller_text_is_one_inert_argument(value: str) -> None:
    line = format_command("SET VARIABLE", "CALLERNAME", value)
    assert line.count(b"\n") == 1 and line.endswith(b"\n") and b"\r" not in line
    argv = parse_args(line.decode().rstrip("\n"))
    assert argv[:3] == ["SET", "VARIABLE", "CALLERNAME"]
    assert len(argv) == 4  # the whole value stayed one argument
    expected = "".join(" " if (ord(c) < 32 or ord(c) == 127) else c for c in value)
    assert argv[3] == expected


def test_quote_escapes_quote_and_backslash() -> None:
    assert quote('say "hi"') == '"say \\"hi\\""'
    assert quote("a\\b") == '"a\\\\b"'
    assert quote("line\nbreak") == '"line break"'


def test_parse_args_like_asterisk() -> None:
    assert parse_args('STREAM FILE beep ""') == ["STREAM", "FILE", "beep", ""]
    assert parse_args('VERBOSE "two words" 1') == ["VERBOSE", "two words", "1"]
    assert parse_args('SET VARIABLE X "a \\"q\\" b"') == ["SET", "VARIABLE", "X", 'a "q" b']
