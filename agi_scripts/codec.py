"""The AGI wire protocol: the ``agi_*`` header block, command lines, and replies.

Pure functions and a small line reader; no call logic. Facts about what Asterisk sends
are in ``shared/AGI-FACTS.md``. Everything here is defensive: a peer may send garbage,
truncated lines, over-long lines or bytes that are not UTF-8, and the caller may control
parts of what we send (caller ID name, recognised text, digits).
"""

from __future__ import annotations

import asyncio
import functools
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

#: Longest line we accept from Asterisk (the header block and replies are short).
MAX_LINE_BYTES = 8192
#: Most header lines we accept (about 25 fixed ones plus ``agi_arg_N``).
MAX_HEADER_LINES = 256
#: Most lines in a multi-line ``520-`` usage reply.
MAX_USAGE_LINES = 200

_HEADER_KEY = re.compile(r"^[A-Za-z0-9_]{1,64}\Z")
_SAFE_TOKEN = re.compile(r"^[A-Za-z0-9_./:,@=+\-]+\Z")
_COMMAND_WORD = re.compile(r"^[A-Z][A-Z ]*[A-Z]\Z|^[A-Z]+\Z")
_CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f]")
_REPLY = re.compile(r"^(?P<code>\d{3})(?P<sep>[ -])?(?P<rest>.*)$")
_RESULT = re.compile(r"^result=(?P<result>\S*)(?P<tail>.*)$")
_TAIL_KV = re.compile(r"(?P<key>[a-z_]+)=(?P<value>\S*)")
# The forms Asterisk sends nearly every time, parsed in one step.
COMMON_200 = re.compile(r"^200 result=(-?[0-9]*)(?: \(([^()]*)\))?(?: endpos=(-?[0-9]+))?$")


class AgiProtocolError(Exception):
    """The peer broke the protocol (bad header, malformed or over-long reply, EOF)."""


class AgiTimeout(AgiProtocolError):
    """The peer sent nothing within the allowed time."""


class AgiClosed(AgiProtocolError):
    """The peer closed the connection (EOF), possibly in the middle of a line."""


def decode_line(raw: bytes) -> str:
    """Bytes of one line -> text without the line end; invalid UTF-8 is replaced, never fatal."""
    return raw.rstrip(b"\r\n").decode("utf-8", errors="replace")


# ---------------------------------------------------------------------------------------
# Header block


@dataclass(frozen=True)
class AgiHeaders:
    """The ``agi_*`` variables sent at session start, in the order received."""

    values: dict[str, str]

    def get(self, key: str, default: str = "") -> str:
        return self.values.get(key, default)

    @property
    def args(self) -> list[str]:
        """``agi_arg_1 .. agi_arg_N`` in order (stops at the first gap)."""
        found: list[str] = []
        index = 1
        while f"agi_arg_{index}" in self.values:
            found.append(self.values[f"agi_arg_{index}"])
            index += 1
        return found

    @staticmethod
    def _present(value: str) -> str:
        return "" if value in ("", "unknown") else value

    @property
    def caller(self) -> str:
        return self._present(self.get("agi_callerid"))

    @property
    def caller_name(self) -> str:
        return self._present(self.get("agi_calleridname"))

    @property
    def dnis(self) -> str:
        """The dialled number: ``agi_dnid``, falling back to ``agi_extension``."""
        return self._present(self.get("agi_dnid")) or self._present(self.get("agi_extension"))

    @property
    def uniqueid(self) -> str:
        return self.get("agi_uniqueid")

    @property
    def script(self) -> str:
        """The FastAGI URL path (``ivr`` for ``agi://host:4573/ivr``), without a query string."""
        return self.get("agi_network_script").split("?", 1)[0]


def parse_header_line(text: str) -> tuple[str, str]:
    """``agi_name: value`` -> (name, value). The value may be empty."""
    key, colon, value = text.partition(":")
    if not colon:
        raise AgiProtocolError(f"header line without a colon: {text[:80]!r}")
    key = key.strip()
    if key not in _header_names:
        if not _HEADER_KEY.match(key):
            raise AgiProtocolError(f"bad header name: {key[:80]!r}")
        if len(_header_names) < _HEADER_NAMES_HELD:
            _header_names.add(key)
    if value[:1] == " ":
        value = value[1:]
    return key, value.rstrip(" ")


#: Header names already checked: every call sends the same two dozen (a peer sending new names
#: each time fills the set to its bound, and the rest are checked every time).
_HEADER_NAMES_HELD = 1024
_header_names: set[str] = set()


def parse_header_block(lines: list[str]) -> AgiHeaders:
    """Parse header lines (without the terminating empty line)."""
    values: dict[str, str] = {}
    for line in lines:
        key, value = parse_header_line(line)
        values[key] = value
    return AgiHeaders(values)


ReadLine = Callable[[], Awaitable[bytes]]


async def read_line(reader: asyncio.StreamReader, timeout: float | None) -> bytes:
    """One ``\\n``-terminated line, bounded in length and time.

    Raises :class:`AgiTimeout`, :class:`AgiClosed` (EOF, also mid-line) or
    :class:`AgiProtocolError` (line longer than the reader's limit).
    """
    try:
        if timeout is None:
            return await reader.readuntil(b"\n")
        async with asyncio.timeout(timeout):
            return await reader.readuntil(b"\n")
    except TimeoutError as exc:
        raise AgiTimeout(f"no line from the peer within {timeout} s") from exc
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError) as exc:
        raise line_error(exc) from exc


def line_error(exc: asyncio.IncompleteReadError | asyncio.LimitOverrunError) -> AgiProtocolError:
    """What a failed ``readuntil(b"\\n")`` means for the protocol: EOF (also mid-line) or an
    over-long line."""
    if isinstance(exc, asyncio.IncompleteReadError):
        return AgiClosed("connection closed" + (" mid-line" if exc.partial else ""))
    return AgiProtocolError("line longer than allowed")


async def read_header_block(
    reader: asyncio.StreamReader, timeout: float, max_lines: int = MAX_HEADER_LINES
) -> AgiHeaders:
    """Read ``agi_*`` lines up to the empty line; the whole block must arrive within ``timeout``
    and fit in the reader's limit (8 KiB for the server; Asterisk sends well under 1 KiB)."""
    try:
        async with asyncio.timeout(timeout):
            if reader.at_eof():
                raise AgiClosed("connection closed before the header")
            block = await reader.readuntil(b"\n\n")
    except TimeoutError as exc:
        raise AgiTimeout(f"no complete AGI header within {timeout} s") from exc
    except asyncio.IncompleteReadError as exc:
        raise AgiClosed("connection closed in the header block") from exc
    except asyncio.LimitOverrunError as exc:
        raise AgiProtocolError("header block longer than allowed") from exc
    lines = decode_line(block[:-1]).split("\n")
    if lines == [""]:
        lines = []
    if len(lines) > max_lines:
        raise AgiProtocolError("too many header lines")
    return parse_header_block([line.rstrip("\r") for line in lines])


# ---------------------------------------------------------------------------------------
# Commands


def quote(value: str) -> str:
    """One command argument that Asterisk's argument parser reads back as exactly ``value``.

    Control characters (newline, CR, NUL, ...) cannot be carried in one AGI line, so they
    become spaces; backslashes and double quotes are escaped with a backslash. The result
    is always one double-quoted argument, so spaces cannot split it either.
    """
    cleaned = _CONTROL_CHARS.sub(" ", value)
    escaped = cleaned.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def token(value: str | int | float) -> str:
    """An argument that is sent bare when it is plainly safe, else quoted."""
    text = str(value)
    if text and _SAFE_TOKEN.match(text):
        return text
    return quote(text)


def format_command(verb: str, *args: str | int | float) -> bytes:
    """``STREAM FILE``, ``"name"``, ``"12"`` -> ``b'STREAM FILE name 12\\n'``.

    ``verb`` is a fixed AGI command name (upper case words); it is never built from input.
    Every argument goes through :func:`token`, so no argument can add a line or a word.
    """
    if verb not in _CHECKED_VERBS:
        if not _COMMAND_WORD.match(verb):
            raise ValueError(f"not an AGI command name: {verb!r}")
        _CHECKED_VERBS.add(verb)
    if not args:
        return (verb + "\n").encode("utf-8")
    return (verb + " " + " ".join([token(arg) for arg in args]) + "\n").encode("utf-8")


#: Command names already checked (a handful: the engine's fixed set).
_CHECKED_VERBS: set[str] = set()


def parse_args(line: str) -> list[str]:
    """Split a command line the way Asterisk's res_agi does (double quotes, backslash escapes).

    Used by the test peer and the config checker; kept here so both sides share one reading.
    """
    args: list[str] = []
    current: list[str] = []
    in_word = quoted = escaped = False
    for char in line:
        if escaped:
            current.append(char)
            escaped = False
            in_word = True
        elif char == "\\":
            escaped = True
            in_word = True
        elif char == '"':
            quoted = not quoted
            in_word = True
        elif char in " \t" and not quoted:
            if in_word:
                args.append("".join(current))
                current = []
                in_word = False
        else:
            current.append(char)
            in_word = True
    if in_word:
        args.append("".join(current))
    return args


# ---------------------------------------------------------------------------------------
# Replies


@dataclass(frozen=True)
class AgiReply:
    """One parsed reply. ``code`` 200 carries ``result``/``data``/``extra``; 5xx carry ``message``."""

    code: int
    result: str | None = None
    data: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    message: str = ""
    usage: tuple[str, ...] = ()
    #: An unsolicited ``HANGUP`` line was seen before or while reading this reply.
    hangup_seen: bool = False

    @property
    def ok(self) -> bool:
        return self.code == 200

    @property
    def result_int(self) -> int | None:
        if self.result is None or self.result == "":
            return None
        try:
            return int(self.result)
        except ValueError:
            return None

    @property
    def endpos(self) -> int | None:
        value = self.extra.get("endpos")
        return int(value) if value is not None and value.lstrip("-").isdigit() else None


HANGUP_LINE = "HANGUP"


def parse_result_text(code: int, rest: str) -> AgiReply:
    """``result=N [(data)] [key=value ...]`` after ``200 ``."""
    match = _RESULT.match(rest)
    if not match:
        raise AgiProtocolError(f"{code} reply without result=: {rest[:80]!r}")
    result = match.group("result")
    tail = match.group("tail").strip()
    data: str | None = None
    if tail.startswith("("):
        # Data may contain spaces and parentheses (GET VARIABLE values): take up to the
        # last ')' that is followed only by key=value pairs.
        close = tail.rfind(")")
        while close > 0 and not _only_pairs(tail[close + 1 :]):
            close = tail.rfind(")", 0, close)
        if close <= 0:
            raise AgiProtocolError(f"unterminated reply data: {rest[:80]!r}")
        data = tail[1:close]
        tail = tail[close + 1 :].strip()
    if not _only_pairs(tail):
        raise AgiProtocolError(f"unexpected text in reply: {rest[:80]!r}")
    extra = {m.group("key"): m.group("value") for m in _TAIL_KV.finditer(tail)}
    return AgiReply(code=code, result=result, data=data, extra=extra)


def _only_pairs(text: str) -> bool:
    text = text.strip()
    return text == "" or all(_TAIL_KV.fullmatch(part) for part in text.split())


def parse_reply_line(text: str) -> AgiReply:
    """A single-line reply (everything but the body of a ``520-`` usage reply)."""
    common = COMMON_200.match(text)
    if common:
        result, data, endpos = common.groups()
        return AgiReply(code=200, result=result, data=data, extra={"endpos": endpos} if endpos else {})
    match = _REPLY.match(text.strip())
    if not match:
        raise AgiProtocolError(f"not an AGI reply: {text[:80]!r}")
    code = int(match.group("code"))
    rest = match.group("rest").strip()
    if code == 100:
        return AgiReply(code=100, message=rest)  # "100 result=0 Trying...": more follows
    if code == 200:
        return parse_result_text(code, rest)
    if code in (510, 511, 520):
        return AgiReply(code=code, message=rest)
    raise AgiProtocolError(f"unknown AGI reply code {code}: {text[:80]!r}")


def _signed_digits(raw: bytes, empty_ok: bool) -> bool:
    digits = raw[1:] if raw.startswith(b"-") else raw
    return digits.isdigit() or (empty_ok and digits == b"")


@functools.lru_cache(maxsize=1024)
def plain_result(raw: bytes) -> AgiReply | None:
    """The replies Asterisk sends nearly every time (``200 result=N``, with ``endpos=M`` or
    ``(data)``), parsed from the line's bytes in one step; None for any other line, which
    :func:`read_reply` then reads (usage text, HANGUP lines, 5xx).

    The same lines come again and again (a prompt played to its end gives the same
    ``endpos`` each time), and building the reply costs more than parsing it: each distinct
    line is read once per process and its (frozen, never changed) reply shared."""
    if not raw.startswith(b"200 result="):
        return None
    text = raw[11:].rstrip(b"\r\n")
    if b"(" in text:
        common = COMMON_200.match(decode_line(raw))
        if not common:
            return None
        result, data, endpos = common.groups()
        return AgiReply(code=200, result=result, data=data, extra={"endpos": endpos} if endpos else {})
    result_bytes, separator, endpos_bytes = text.partition(b" endpos=")
    if not _signed_digits(result_bytes, empty_ok=True):
        return None
    if not separator:
        return AgiReply(code=200, result=result_bytes.decode("ascii"))
    if not _signed_digits(endpos_bytes, empty_ok=False):
        return None
    return AgiReply(code=200, result=result_bytes.decode("ascii"), extra={"endpos": endpos_bytes.decode("ascii")})


async def read_reply(
    readline: ReadLine, max_usage_lines: int = MAX_USAGE_LINES, first: bytes | None = None
) -> AgiReply:
    """Read one reply, assembling ``520-`` usage text, skipping ``100 Trying`` lines,
    and noting (not failing on) an unsolicited ``HANGUP`` line before the reply.
    ``first`` is a line already read (the caller's fast path)."""
    hangup_seen = False
    while True:
        if first is not None:
            text, first = decode_line(first), None
        else:
            text = decode_line(await readline())
        if text.strip() == HANGUP_LINE:
            hangup_seen = True
            continue
        if text.startswith("520-"):
            usage: list[str] = [text[4:]]
            while True:
                body = decode_line(await readline())
                if body.startswith("520 "):
                    return AgiReply(code=520, message=body[4:], usage=tuple(usage), hangup_seen=hangup_seen)
                if len(usage) >= max_usage_lines:
                    raise AgiProtocolError("520 usage reply without an end line")
                usage.append(body)
        reply = parse_reply_line(text)
        if reply.code == 100:
            continue
        if hangup_seen:
            reply = AgiReply(
                code=reply.code, result=reply.result, data=reply.data, extra=reply.extra,
                message=reply.message, usage=reply.usage, hangup_seen=True,
            )
        return reply
