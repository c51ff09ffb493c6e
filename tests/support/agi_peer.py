"""An Asterisk-faithful FastAGI peer: plays Asterisk 20's side of AGI over TCP.

Follows ``shared/AGI-FACTS.md``: the header block in Asterisk's order, one reply per
command in Asterisk's forms, ``result=-1`` then an unsolicited ``HANGUP`` when the
caller hangs up, ``511`` for channel commands on a dead channel (variables, VERBOSE and
NOOP still get 200), ``510`` for unknown commands, multi-line ``520`` usage for bad
syntax. It never closes the socket itself (unless ``AGIEXITONHANGUP``), so tests can
check that the server does. A :class:`CallerScript` says what the caller does; the
``misbehave*`` fields make the peer break the protocol on purpose.

What a real Asterisk 20 sent with a live caller on the line (AGI-FACTS.md, "More observed
replies", and ``shared/asterisk-transcripts/``) is played here too: a stock install has no
core sounds (``beep`` and ``silence/1`` are missing unless ``core_sounds``), so ``GET DATA
silence/1`` answers ``-1`` at once and ``RECORD FILE ... BEEP`` answers ``-1 (randomerror)``
with the channel still up; an answered ``Dial`` returns ``-1`` whether the agent or the
caller ended the talk, followed by ``HANGUP`` only when the caller left; ``ANSWEREDTIME`` is
the caller channel's age, not the talk time. A ``U(context^args)`` Dial option runs the
dialplan subroutine on the agent's channel when the agent answers: ``ivr-agent-answered``
of ``asterisk_conf/extensions.conf`` is ``AGI(agi://<ivr>/agent-answered,<args>)``, which the
peer plays by opening that FastAGI session itself. When the server lets go of a call that
is still up, :attr:`PeerResult.dialplan_next` says what the dialplan does next.

Caller keys: ``keys`` is the ordered list of what the caller keys when asked. A prompt
with escape digits (``STREAM FILE``) is interrupted only when the next entry starts
with an escape digit (barge-in; the rest of that entry stays buffered for the next
``GET DATA``/``WAIT FOR DIGIT``). ``GET DATA``/``WAIT FOR DIGIT`` take the buffer, else
the next entry; ``""`` means the caller keyed nothing (timeout); ``"-"`` means the caller
hears the next interruptible prompt out.
"""

from __future__ import annotations

import asyncio
import re
import shutil
import signal
import time
import wave
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

from agi_scripts.codec import parse_args

CHANNEL_COMMANDS_OK_WHEN_DEAD = {"SET VARIABLE", "GET VARIABLE", "GET FULL VARIABLE", "VERBOSE", "NOOP"}
#: Sounds of Asterisk's core sound package, absent from a stock install without it.
CORE_SOUNDS = {"beep", "silence/1"}
#: A ``keys`` entry: the caller hears an interruptible prompt out without pressing a key
#: (so a later key is not taken as a barge-in into it).
LISTENS = "-"
#: GET DATA of one of these gathers more keys of the burst under way (no new prompt).
SILENCE_SOUNDS = {"silence/1", "ivr/system/silence"}
#: Dialplan subroutines of asterisk_conf/extensions.conf that run a FastAGI script (U() option).
SUBROUTINE_SCRIPTS = {"ivr-agent-answered": "agent-answered"}
#: The variable the server sets before it hangs up a call it finished (dialplan: no fallback).
END_MARKER = "IVR_DONE"
KNOWN_APPS = {
    "Dial", "StartMusicOnHold", "StopMusicOnHold", "MusicOnHold", "Playback", "Background",
    "Wait", "NoOp", "Set", "Verbose", "Answer", "Hangup", "Record", "Queue",
}
#: (command words, min argc, max argc) as res_agi checks them; argc counts the words.
COMMANDS: dict[str, tuple[int, int]] = {
    "ANSWER": (1, 1),
    "STREAM FILE": (4, 5),
    "GET DATA": (3, 5),
    "WAIT FOR DIGIT": (4, 4),
    "SET VARIABLE": (4, 4),
    "GET VARIABLE": (3, 3),
    "GET FULL VARIABLE": (3, 4),
    "VERBOSE": (2, 3),
    "CHANNEL STATUS": (2, 3),
    "EXEC": (2, 3),
    "RECORD FILE": (6, 9),
    "HANGUP": (1, 2),
    "NOOP": (1, 99),
}
USAGE = {
    "STREAM FILE": ["Usage: STREAM FILE <filename> <escape_digits> [<sample offset>]",
                    " Send the given file, allowing playback to be interrupted by the given digits, if any."],
}


def header_lines(
    *,
    dnis: str = "12315",
    callerid: str = "01088886666",
    calleridname: str = "sipp",
    uniqueid: str = "1795963818.1",
    script: str = "ivr",
    port: int = 4573,
    args: list[str] | None = None,
    network: bool = True,
) -> list[tuple[str, str]]:
    """The header block of AGI-FACTS.md, in Asterisk's order."""
    lines: list[tuple[str, str]] = []
    if network:
        lines += [("agi_network", "yes"), ("agi_network_script", script),
                  ("agi_request", f"agi://127.0.0.1:{port}/{script}")]
    lines += [
        ("agi_channel", "PJSIP/carrier-00000003"), ("agi_language", "en"), ("agi_type", "PJSIP"),
        ("agi_uniqueid", uniqueid), ("agi_version", "20.20.1"),
        ("agi_callerid", callerid or "unknown"), ("agi_calleridname", calleridname or "unknown"),
        ("agi_callingpres", "0"), ("agi_callingani2", "0"), ("agi_callington", "0"),
        ("agi_callingtns", "0"), ("agi_dnid", dnis or "unknown"), ("agi_rdnis", "unknown"),
        ("agi_context", "ivr-inbound"), ("agi_extension", dnis or "s"), ("agi_priority", "3"),
        ("agi_enhanced", "0.0"), ("agi_accountcode", ""), ("agi_threadid", "140066282534592"),
    ]
    for index, value in enumerate(args or [], start=1):
        lines.append((f"agi_arg_{index}", value))
    return lines


def encode_headers(lines: list[tuple[str, str]]) -> bytes:
    return b"".join(f"{key}: {value}\n".encode() for key, value in lines) + b"\n"


def write_silence(path: Path, seconds: float = 1.0) -> int:
    frames = int(8000 * seconds)
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\x00\x00" * frames)
    return frames


def wav_frames(path: Path) -> int:
    with wave.open(str(path), "rb") as src:
        return src.getnframes()


@dataclass
class CallerScript:
    """What the scripted caller and the Asterisk box do in one call."""

    keys: list[str] = field(default_factory=list)
    #: The caller hangs up while command number N (1-based) runs: -1, then HANGUP.
    hangup_at: int | None = None
    #: The caller hangs up right after the reply to command N (HANGUP arrives unasked).
    hangup_after_reply: int | None = None
    #: The caller hangs up while the first command starting with this text runs (as ``hangup_at``).
    hangup_on: str = ""
    #: WAV files (8 kHz 16-bit mono) the caller "says" for each RECORD FILE, in order.
    utterances: list[Path] = field(default_factory=list)
    dial_status: str = "ANSWER"
    #: Who ends an answered Dial: "agent" (Dial -1, caller still up) or "caller" (-1, HANGUP).
    dial_ended_by: str = "agent"
    #: Seconds the agent and the caller really talk before the Dial returns.
    talk_seconds: float = 0.0
    #: Called while the agent and the caller talk (after the U() subroutine ran).
    during_talk: Callable[[], Awaitable[None]] | None = None
    #: Seconds the caller channel had been up before the AGI started; ANSWEREDTIME adds it.
    answered_time: int = 42
    missing_sounds: set[str] = field(default_factory=set)
    #: Asterisk's core sounds (beep, silence/1) installed; stock installs have none.
    core_sounds: bool = False
    #: RECORD FILE fails on a live channel with this reason ("writefile"), else records.
    record_error: str = ""
    agisighup: bool = True
    exit_on_hangup: bool = False
    #: Command number at which to misbehave, and how (see Peer._misbehave).
    misbehave_at: int | None = None
    misbehaviour: str = ""
    #: Header block trouble: "", "silent", "partial", "overlong", "garbage", "many".
    header_mode: str = ""
    reply_delay: float = 0.0
    #: Really wait this long (at most the time asked) before answering WAIT FOR DIGIT, as
    #: Asterisk does while music on hold plays; 0 answers at once.
    wait_digit_delay: float = 0.0
    variables: dict[str, str] = field(default_factory=dict)


@dataclass
class PeerResult:
    commands: list[str] = field(default_factory=list)
    replies: list[str] = field(default_factory=list)
    closed_by_server: bool = False
    caller_hung_up: bool = False
    server_hung_up: bool = False
    recordings: list[Path] = field(default_factory=list)
    variables: dict[str, str] = field(default_factory=dict)
    #: Seconds from each reply sent to the next command received (server think time).
    latencies: list[float] = field(default_factory=list)
    error: str = ""
    #: Commands received after the channel was dead (should be few: the server must stop).
    commands_after_hangup: int = 0
    #: Of those, channel commands (answered 511): the server should stop after the first.
    channel_commands_after_hangup: int = 0
    #: The FastAGI sessions the dialplan subroutines opened (U() on an answered Dial).
    subroutines: list[PeerResult] = field(default_factory=list)
    #: Where the dialplan goes once the AGI returns: "none" (the channel is down, nothing
    #: more runs), "end" (the server finished the call but left it up: Hangup) or
    #: "fallback" (the server let go of a live call it had not finished: apology and the
    #: national centre). Set when the session ends.
    dialplan_next: str = ""

    def argv(self) -> list[list[str]]:
        return [parse_args(line) for line in self.commands]

    def verbs(self) -> list[str]:
        return [command_name(args)[0] for args in self.argv()]


def command_name(argv: list[str]) -> tuple[str, list[str]]:
    """Longest known command prefix: (``"STREAM FILE"``, rest) or (joined words, [])."""
    for words in (3, 2, 1):
        name = " ".join(word.upper() for word in argv[:words])
        if len(argv) >= words and name in COMMANDS:
            return name, argv[words:]
    return " ".join(argv[:2]), []


class AgiPeer:
    """One call from Asterisk's side."""

    def __init__(self, script: CallerScript, headers: list[tuple[str, str]], idle_timeout: float = 10.0) -> None:
        self.script = script
        self.server: tuple[str, int] | None = None
        self._answered_at = time.monotonic()
        self.headers = headers
        self.idle_timeout = idle_timeout
        self.result = PeerResult(variables=dict(script.variables))
        # Keys left over from a burst that barged into a prompt; None when no burst is open.
        self._buffer: str | None = None
        self._keys = list(script.keys)
        self._utterances = list(script.utterances)
        self._dead = False
        self._count = 0
        self._writer: asyncio.StreamWriter | None = None
        self._process: asyncio.subprocess.Process | None = None

    async def run_process(self, process: asyncio.subprocess.Process) -> PeerResult:
        """Classic AGI: the script is a child process; stdin/stdout carry the protocol and a
        hangup is a SIGHUP to the process, as Asterisk does for process AGI."""
        assert process.stdin is not None and process.stdout is not None
        self._process = process
        try:
            await self._send_headers(process.stdin)
            await self._serve(process.stdout, process.stdin)
        except (ConnectionError, OSError) as exc:
            self.result.closed_by_server = True
            self.result.error = self.result.error or f"pipe: {exc}"
        finally:
            if process.stdin and not process.stdin.is_closing():
                process.stdin.close()
        self._settle_dialplan()
        return self.result

    async def run(self, host: str, port: int) -> PeerResult:
        try:
            reader, writer = await asyncio.open_connection(host, port)
        except OSError as exc:
            self.result.error = f"connect: {exc}"
            return self.result
        self._writer = writer
        self.server = (host, port)
        try:
            await self._send_headers(writer)
            await self._serve(reader, writer)
        except (ConnectionError, OSError) as exc:
            self.result.closed_by_server = True
            # A reset after the server hung up is only our unread HANGUP line: a normal close.
            if not (self.result.server_hung_up and isinstance(exc, ConnectionResetError)):
                self.result.error = self.result.error or f"connection: {exc}"
        finally:
            writer.close()
            try:
                await writer.wait_closed()
            except OSError:
                pass
        self._settle_dialplan()
        return self.result

    def _settle_dialplan(self) -> None:
        """The dialplan after AGI(): nothing runs on a dead channel; on a live one the
        ``IVR_DONE`` check of extensions.conf sends unfinished calls to the fallback."""
        if self._dead:
            self.result.dialplan_next = "none"
        elif self.result.variables.get(END_MARKER) == "1":
            self.result.dialplan_next = "end"
        else:
            self.result.dialplan_next = "fallback"

    async def _send_headers(self, writer: asyncio.StreamWriter) -> None:
        mode = self.script.header_mode
        block = encode_headers(self.headers)
        if mode == "silent":
            return
        if mode == "partial":
            block = block[: len(block) // 2]
        elif mode == "overlong":
            block = b"agi_network: yes\nagi_calleridname: " + b"x" * 100_000 + b"\n\n"
        elif mode == "garbage":
            block = b"this is not a header\n\n"
        elif mode == "many":
            block = b"".join(f"agi_arg_{n}: {n}\n".encode() for n in range(1, 2000)) + b"\n"
        writer.write(block)
        await writer.drain()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        sent_at = time.perf_counter()
        while True:
            try:
                raw = await asyncio.wait_for(reader.readline(), self.idle_timeout)
            except TimeoutError:
                self.result.error = "server sent nothing"
                return
            if not raw:
                self.result.closed_by_server = True
                return
            if not raw.endswith(b"\n"):
                self.result.error = "server sent a partial line"
                self.result.closed_by_server = True
                return
            self.result.latencies.append(time.perf_counter() - sent_at)
            line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
            self.result.commands.append(line)
            self._count += 1
            if self.script.hangup_on and self.script.hangup_at is None and line.startswith(self.script.hangup_on):
                self.script.hangup_at = self._count
            if self._dead:
                self.result.commands_after_hangup += 1
                if command_name(parse_args(line))[0] not in CHANNEL_COMMANDS_OK_WHEN_DEAD:
                    self.result.channel_commands_after_hangup += 1
            if self.script.reply_delay:
                await asyncio.sleep(self.script.reply_delay)
            if self.script.wait_digit_delay and line.startswith("WAIT FOR DIGIT"):
                asked = parse_args(line)[3:4]
                limit = int(asked[0]) / 1000 if asked and asked[0].isdigit() else 0.0
                await asyncio.sleep(min(self.script.wait_digit_delay, limit))
            if self.script.misbehave_at == self._count:
                if await self._misbehave(writer):
                    return
                sent_at = time.perf_counter()
                continue
            replies = await self._dial(line) if line.startswith("EXEC Dial") else None
            for reply in replies if replies is not None else self._answer(line):
                self._write(writer, reply)
            await writer.drain()
            sent_at = time.perf_counter()
            if self._dead and self.script.exit_on_hangup:
                return
            if self.script.hangup_after_reply == self._count and not self._dead:
                self._hang_up(writer)
                await writer.drain()
                if self.script.exit_on_hangup:
                    return

    def _write(self, writer: asyncio.StreamWriter, reply: str) -> None:
        self.result.replies.append(reply)
        if reply == "HANGUP" and self._process is not None:
            if self._process.returncode is None:
                self._process.send_signal(signal.SIGHUP)
            return
        writer.write(reply.encode() + b"\n")

    def _hang_up(self, writer: asyncio.StreamWriter, by_caller: bool = True) -> None:
        self._dead = True
        if by_caller:
            self.result.caller_hung_up = True
        else:
            self.result.server_hung_up = True
        if self.script.agisighup or self.script.exit_on_hangup:
            self._write(writer, "HANGUP")

    async def _misbehave(self, writer: asyncio.StreamWriter) -> bool:
        """Break the protocol instead of answering. Returns True when the peer stops reading."""
        kind = self.script.misbehaviour
        if kind == "garbage":
            writer.write(b"hello, this is not AGI\n")
        elif kind == "truncated":
            writer.write(b"200 resu")
            await writer.drain()
            writer.close()
            return True
        elif kind == "silent":
            return False  # answer nothing; the server must time out and close
        elif kind == "nonutf8":
            writer.write(b"200 result=1 (\xff\xfe\xfd caf\xe9)\n")
        elif kind == "overlong":
            writer.write(b"200 result=1 (" + b"x" * 100_000 + b")\n")
        elif kind == "bad_code":
            writer.write(b"999 something else\n")
        elif kind == "usage":
            writer.write(b"520-Invalid command syntax.  Proper usage follows:\n"
                         b"Usage: whatever\n520 End of proper usage.\n")
        elif kind == "eof":
            writer.close()
            return True
        else:
            raise ValueError(f"unknown misbehaviour {kind!r}")
        await writer.drain()
        return False

    # -- replies as Asterisk 20 gives them ----------------------------------------------

    def _answer(self, line: str) -> list[str]:
        argv = parse_args(line)
        if not argv:
            return ["510 Invalid or unknown command"]
        name, rest = command_name(argv)
        if name not in COMMANDS:
            return ["510 Invalid or unknown command"]
        low, high = COMMANDS[name]
        if not low <= len(argv) <= high:
            usage = USAGE.get(name, [f"Usage: {name} ..."])
            return ["520-Invalid command syntax.  Proper usage follows:", *usage, "520 End of proper usage."]
        if self._dead:
            if name in CHANNEL_COMMANDS_OK_WHEN_DEAD:
                return [self._variable_command(name, rest)]
            return ["511 Command Not Permitted on a dead channel or intercept routine"]
        if name == "HANGUP":
            self._dead = True
            self.result.server_hung_up = True
            return ["200 result=1", *(["HANGUP"] if self.script.agisighup else [])]
        if self.script.hangup_at == self._count:
            self._dead = True
            self.result.caller_hung_up = True
            first = self._reply_on_hangup(name, rest)
            if name in CHANNEL_COMMANDS_OK_WHEN_DEAD:
                first = self._variable_command(name, rest)
            return [first, *(["HANGUP"] if self.script.agisighup or self.script.exit_on_hangup else [])]
        return [self._live(name, rest)]

    def _reply_on_hangup(self, name: str, rest: list[str]) -> str:
        if name == "RECORD FILE":
            frames = self._record(rest, partial=True)
            return f"200 result=-1 (hangup) endpos={frames}"
        if name == "EXEC" and rest and rest[0] == "Dial":
            self.result.variables["DIALSTATUS"] = "CANCEL"
        if name == "STREAM FILE":  # the samples played before the line went dead
            return "200 result=-1 endpos=8000"
        return "200 result=-1"

    def _variable_command(self, name: str, rest: list[str]) -> str:
        if name == "SET VARIABLE":
            self.result.variables[rest[0]] = rest[1]
            return "200 result=1"
        if name in ("GET VARIABLE", "GET FULL VARIABLE"):
            key = rest[0].strip("${}")
            if key in self.result.variables:
                return f"200 result=1 ({self.result.variables[key]})"
            return "200 result=0"
        if name == "VERBOSE":
            return "200 result=1"
        return "200 result=0"

    def _next_input(self) -> str:
        if self._buffer is not None:
            taken, self._buffer = self._buffer, None
            return taken
        return self._keys.pop(0) if self._keys else ""

    def _barge(self, escape: str) -> str | None:
        """A new prompt starts: an exhausted burst is over; keys typed ahead or the next
        burst interrupt it when they start with an escape digit."""
        if self._buffer == "":
            self._buffer = None
        if self._buffer:
            if self._buffer[0] in escape:
                key, self._buffer = self._buffer[0], self._buffer[1:]
                return key
            return None
        if escape and self._keys and self._keys[0] == LISTENS:
            self._keys.pop(0)  # the caller heard this prompt out without a key
            return None
        if self._keys and self._keys[0] and self._keys[0][0] in escape:
            entry = self._keys.pop(0)
            self._buffer = entry[1:]
            return entry[0]
        return None

    def _live(self, name: str, rest: list[str]) -> str:
        if name in CHANNEL_COMMANDS_OK_WHEN_DEAD:
            return self._variable_command(name, rest)
        if name == "ANSWER":
            self._answered_at = time.monotonic()
            return "200 result=0"
        if name == "CHANNEL STATUS":
            return "200 result=6"
        if name == "STREAM FILE":
            sound, escape = rest[0], rest[1]
            if self._missing(sound):
                return "200 result=-1 endpos=0"
            key = self._barge(escape)
            return f"200 result={ord(key)} endpos=4000" if key else "200 result=0 endpos=16000"
        if name == "GET DATA":
            if self._missing(rest[0]):
                return "200 result=-1"
            if rest[0] not in SILENCE_SOUNDS and self._buffer == "":
                self._buffer = None  # a new prompt: the last burst is over
            max_digits = int(rest[2]) if len(rest) > 2 and rest[2].isdigit() else 1024
            entry = self._next_input()
            digits = entry.split("#", 1)[0]
            if len(digits) > max_digits:
                digits, self._buffer = digits[:max_digits], digits[max_digits:]
            elif "#" in entry:
                self._buffer = None
            ended = "#" in entry or len(digits) >= max_digits
            return f"200 result={digits}" if ended and digits else f"200 result={digits} (timeout)"
        if name == "WAIT FOR DIGIT":
            entry = self._next_input()
            if not entry:
                return "200 result=0"
            self._buffer = entry[1:]
            return f"200 result={ord(entry[0])}"
        if name == "RECORD FILE":
            if "BEEP" in rest[4:] and self._missing("beep"):
                return "200 result=-1 (randomerror) endpos=0"
            if self.script.record_error:
                return f"200 result=-1 ({self.script.record_error}) endpos=0"
            key = self._barge(rest[2])
            if key:
                frames = self._record(rest, partial=True)
                return f"200 result={ord(key)} (dtmf) endpos={frames}"
            frames = self._record(rest, partial=False)
            return f"200 result=0 (timeout) endpos={frames}"
        if name == "EXEC":
            return self._exec(rest)
        return "510 Invalid or unknown command"

    def _missing(self, sound: str) -> bool:
        return sound in self.script.missing_sounds or (not self.script.core_sounds and sound in CORE_SOUNDS)

    async def _dial(self, line: str) -> list[str] | None:
        """``EXEC Dial <target>,<ring>[,<options>]`` on a live channel, as app_dial does it."""
        argv = parse_args(line)
        name, rest = command_name(argv)
        if self._dead or len(rest) < 2 or rest[0] != "Dial" or self.script.hangup_at == self._count:
            return None  # dead channel, bad syntax or a caller who hangs up while it rings
        params = rest[1].split(",")
        status = self.script.dial_status
        self.result.variables["DIALSTATUS"] = status
        if status != "ANSWER":
            return ["200 result=0"]
        options = params[2] if len(params) > 2 else ""
        subroutine = re.search(r"U\(([^)]*)\)", options)
        if subroutine:
            await self._run_subroutine(params[0], subroutine.group(1).split("^"))
        if self.script.during_talk is not None:
            await self.script.during_talk()
        if self.script.talk_seconds:
            await asyncio.sleep(self.script.talk_seconds)
        self.result.variables["ANSWEREDTIME"] = str(int(time.monotonic() - self._answered_at)
                                                    + self.script.answered_time)
        if self.script.dial_ended_by == "caller":
            self._dead = True
            self.result.caller_hung_up = True
            return ["200 result=-1", *(["HANGUP"] if self.script.agisighup or self.script.exit_on_hangup else [])]
        return ["200 result=-1"]

    async def _run_subroutine(self, target: str, args: list[str]) -> None:
        """``U(<context>^<arg>...)``: the context runs ``AGI(agi://<ivr>/<script>,<args>)`` on the
        answered agent channel; Dial bridges once it returns, whatever the AGI did."""
        script = SUBROUTINE_SCRIPTS.get(args[0])
        if script is None or self.server is None:
            return
        host, port = self.server
        headers = header_lines(script=script, port=port, args=args[1:], uniqueid=f"{self.headers_uniqueid()}.1",
                               callerid="12315", calleridname="12315")
        headers = [(k, f"{target}-00000001" if k == "agi_channel" else v) for k, v in headers]
        peer = AgiPeer(CallerScript(core_sounds=self.script.core_sounds), headers, idle_timeout=self.idle_timeout)
        self.result.subroutines.append(await peer.run(host, port))

    def headers_uniqueid(self) -> str:
        return next((v for k, v in self.headers if k == "agi_uniqueid"), "0")

    def _record(self, rest: list[str], partial: bool) -> int:
        base, fmt = rest[0], rest[1]
        target = Path(f"{base}.{fmt}")
        self.result.recordings.append(target)
        if self._utterances:
            source = self._utterances.pop(0)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            return wav_frames(target)
        return write_silence(target, 0.5 if partial else 1.0)

    def _exec(self, rest: list[str]) -> str:
        app = rest[0]
        if app not in KNOWN_APPS:
            return "200 result=-2"
        return "200 result=0"


async def call(
    host: str,
    port: int,
    caller: CallerScript | None = None,
    *,
    idle_timeout: float = 10.0,
    **header_fields: object,
) -> PeerResult:
    """Place one call at the FastAGI server at ``host:port`` and play it out."""
    headers = header_lines(port=port, **header_fields)  # type: ignore[arg-type]
    return await AgiPeer(caller or CallerScript(), headers, idle_timeout=idle_timeout).run(host, port)
