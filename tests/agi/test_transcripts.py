"""The Asterisk-faithful peer against whole calls a real Asterisk 20.20.1 logged
(``shared/asterisk-transcripts/``, copied to
``tests/agi/asterisk-transcripts/``): every command the server sent is replayed to the peer,
with a caller who does what the logged caller did (derived from the replies: the keys that
interrupted, the prompts heard out, where the line went dead), and the peer must answer
exactly as Asterisk did. Only the sample counts (``endpos``) and ``ANSWEREDTIME``'s value,
which depend on real time, are compared by form."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from agi_scripts.codec import parse_args
from tests.support.agi_peer import LISTENS, AgiPeer, CallerScript, command_name

# unchanged copies of the logs in shared/asterisk-transcripts/, kept with the tests
TRANSCRIPTS = Path(__file__).resolve().parent / "asterisk-transcripts"
_LINE = re.compile(r"AGI (?P<dir>Rx <<|Tx >>) ?(?P<text>.*)$")


@dataclass
class Transcript:
    headers: list[tuple[str, str]]
    exchanges: list[tuple[str, list[str]]]  # command, Asterisk's reply lines
    beep_installed: bool


def read_transcript(path: Path) -> Transcript:
    headers: list[tuple[str, str]] = []
    exchanges: list[tuple[str, list[str]]] = []
    in_headers = True
    for raw in path.read_text(encoding="utf-8").splitlines():
        if "AGI Script" in raw and "completed" in raw:
            break  # what follows is the dialplan's, not the AGI session's
        found = _LINE.search(raw)
        if not found:
            continue
        text = found.group("text").rstrip()
        if found.group("dir") == "Tx >>" and in_headers:
            if not text:
                in_headers = False
            else:
                name, _, value = text.partition(": ")
                headers.append((name.rstrip(":"), value))
        elif found.group("dir") == "Rx <<":
            exchanges.append((text, []))
        elif exchanges:
            exchanges[-1][1].append(text)
    return Transcript(headers, exchanges, "Playing 'beep" in path.read_text(encoding="utf-8"))


def caller_of(transcript: Transcript) -> CallerScript:
    """What the logged caller did, read off Asterisk's replies."""
    script = CallerScript(core_sounds=transcript.beep_installed, dial_status="ANSWER")
    exchanges = transcript.exchanges
    for number, (command, replies) in enumerate(exchanges, start=1):
        name, rest = command_name(parse_args(command))
        first = replies[0] if replies else ""
        found = re.match(r"200 result=(-?[0-9*#]*)", first)
        result = found.group(1) if found else None
        followed = exchanges[number][1] if number < len(exchanges) else []
        if name == "EXEC" and rest[:1] == ["Dial"]:
            script.dial_ended_by = "caller" if "HANGUP" in replies[1:] else "agent"
            continue
        if script.hangup_at is None and ("HANGUP" in replies[1:] or (result == "-1" and followed[:1] == [
                "511 Command Not Permitted on a dead channel or intercept routine"])):
            script.hangup_at = number
            script.agisighup = "HANGUP" in replies[1:]
            continue
        if name == "STREAM FILE" and len(rest) > 1 and rest[1] and result not in (None, "-1"):
            script.keys.append(chr(int(result)) if int(result) > 0 else LISTENS)
        elif name == "WAIT FOR DIGIT" and result not in (None, "-1"):
            script.keys.append(chr(int(result)) if int(result) > 0 else "")
        elif name == "GET DATA" and result not in (None, "-1"):
            script.keys.append(result if "(timeout)" in first else f"{result}#")
        elif name == "RECORD FILE" and "(dtmf)" in first:
            script.keys.append(chr(int(result or "0")))
    return script


def normalised(lines: list[str]) -> list[str]:
    return [re.sub(r"^(200 result=1) \(\d+\)$", r"\1 (N)", re.sub(r"endpos=\d+", "endpos=N", line))
            for line in lines]


async def replay(transcript: Transcript, script: CallerScript) -> list[list[str]]:
    """Act as the server of the logged call: send each logged command, read as many lines
    as Asterisk sent back."""
    answers: list[list[str]] = []

    async def server(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while (await reader.readline()).strip():
            pass
        try:
            for command, replies in transcript.exchanges:
                writer.write(command.encode() + b"\n")
                await writer.drain()
                lines = []
                for _ in replies:
                    line = await asyncio.wait_for(reader.readline(), 5)
                    lines.append(line.decode().rstrip("\r\n"))
                answers.append(lines)
        except TimeoutError:
            answers.append(["<no reply>"])
        finally:
            writer.close()

    listener = await asyncio.start_server(server, "127.0.0.1", 0)
    port = listener.sockets[0].getsockname()[1]
    try:
        await AgiPeer(script, transcript.headers, idle_timeout=10).run("127.0.0.1", port)
    finally:
        listener.close()
        await listener.wait_closed()
    return answers


@pytest.mark.parametrize("name", sorted(p.name for p in TRANSCRIPTS.glob("*.log")))
async def test_peer_answers_each_logged_command_as_asterisk_did(name: str) -> None:
    transcript = read_transcript(TRANSCRIPTS / name)
    assert transcript.exchanges, name
    answers = await replay(transcript, caller_of(transcript))
    for (command, replies), answer in zip(transcript.exchanges, answers, strict=True):
        assert normalised(answer) == normalised(replies), (name, command)


def test_transcripts_cover_the_observed_cases() -> None:
    """The seven logged calls are all here and each shows what it is named for."""
    seen = {p.name: read_transcript(p) for p in TRANSCRIPTS.glob("*.log")}
    assert len(seen) == 7
    agent_first = caller_of(seen["agent-answers-then-agent-hangs-up.log"])
    caller_first = caller_of(seen["agent-answers-then-caller-hangs-up.log"])
    assert (agent_first.dial_ended_by, caller_first.dial_ended_by) == ("agent", "caller")
    assert not seen["record-file-without-beep-sound.log"].beep_installed
    assert caller_of(seen["caller-hangs-up-during-welcome.log"]).hangup_at is not None
