"""The key a STREAM FILE reply codes: read once per distinct result, refused every time when it
is no key, and the lines the channel makes once are the lines format_command makes."""

from __future__ import annotations

from pathlib import Path

import pytest

from agi_scripts.channel import AgiChannel
from agi_scripts.codec import AgiHeaders, format_command
from agi_scripts.session import AgiSession
from ivr.channel import ChannelError, Prompt


class Replies:
    """A transport that answers each command with the next of ``replies`` and keeps what was sent."""

    def __init__(self, replies: list[bytes]) -> None:
        self.replies = list(replies)
        self.sent: list[bytes] = []

    def send(self, line: bytes) -> None:
        self.sent.append(line)

    async def readline(self, timeout: float | None) -> bytes:
        return self.replies.pop(0)

    async def close(self) -> None:
        return None


def channel(replies: list[bytes]) -> tuple[AgiChannel, Replies]:
    transport = Replies(replies)
    session = AgiSession(transport, AgiHeaders({"agi_callerid": "13957246810", "agi_dnid": "12315"}), 5)
    return AgiChannel(session, Path("/sounds"), Path("/spool")), transport


PROMPT = Prompt(prompt_id="welcome", language="zh", text="欢迎", menu_id="12315")


@pytest.mark.parametrize(("result", "key"), [(b"0", None), (b"49", "1"), (b"35", "#"), (b"65", "A"), (b"", None)])
async def test_a_result_codes_its_key(result: bytes, key: str | None) -> None:
    for _ in range(2):  # the second time from what the first one read
        agi, transport = channel([b"200 result=" + result + b" endpos=8000\n"])
        assert await agi.play(PROMPT, "1#A") == key
        assert transport.sent == [format_command("STREAM FILE", "ivr/zh/12315/welcome", "1#A")]


@pytest.mark.parametrize(("result", "problem"), [(b"200", "out of range"), (b"120", "not a key")])
async def test_a_result_that_is_no_key_is_refused_every_time(result: bytes, problem: str) -> None:
    for _ in range(2):
        agi, _ = channel([b"200 result=" + result + b" endpos=8000\n"])
        with pytest.raises(ChannelError, match=problem):
            await agi.play(PROMPT, "1")


async def test_a_bad_sound_or_escape_is_refused_before_anything_is_sent() -> None:
    for _ in range(2):
        agi, transport = channel([])
        with pytest.raises(ChannelError, match="escape"):
            await agi.play(PROMPT, "1x")
        with pytest.raises(ChannelError, match="unsafe sound"):
            await agi.play(Prompt(prompt_id="../etc", language="zh", text="", menu_id="12315"), "1")
        assert transport.sent == []
