"""Python's ``$`` also matches before a final newline, so ``re.match(r"^[0-9]+$", "0\\n")`` passes.
Hypothesis found it in the AGI codec: a caller's value ``"0\\n"`` was sent bare as a safe token and
ended its command line early (``SET VARIABLE CALLERNAME 0\\n\\n``: an empty command line, and every
reply after it one command out of step). Every pattern that checks a whole value ends in ``\\Z``."""

from __future__ import annotations

import re

import pytest

import agi_scripts.channel as agi_channel
import agi_scripts.codec as codec
import agi_scripts.prompts as agi_prompts
import ivr.knowledge.loader as knowledge_loader
import ivr.sip.channel as sip_channel
import ivr.sip.validate as sip_validate
import ivr.web.menu_admin as menu_admin
import ivr.web.menu_mappings as menu_mappings
import ivr.web.menu_nodes as menu_nodes
import ivr.web.users as users
import queueing.callback as callback
import queueing.store as store

#: (pattern, a value it accepts)
WHOLE_VALUE_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (users.USERNAME_RE, "agent01"), (menu_nodes.NODE_ID_RE, "welcome"), (menu_nodes.KEY_RE, "1"),
    (menu_admin.FILE_NAME_RE, "12315.yaml"), (menu_admin.PROMPT_ID_RE, "welcome"), (menu_admin.LANGUAGE_RE, "zh"),
    (menu_mappings.COPY_RE, "{caller_region}"), (menu_mappings.CHOICE_SET_RE, "choices.1.set"),
    (sip_validate._DIGITS, "5060"), (sip_validate._HOSTNAME, "example.org"), (sip_channel._SAFE_NAME, "a.wav"),
    (knowledge_loader.FILE_NAME, "returns.yaml"), (codec._HEADER_KEY, "agi_callerid"), (codec._SAFE_TOKEN, "0"),
    (codec._COMMAND_WORD, "STREAM FILE"), (agi_channel._SOUND_NAME, "ivr/welcome"),
    (agi_channel._RECORDING_NAME, "rec-1"), (agi_channel._VARIABLE_NAME, "IVR_DONE"),
    (agi_channel._ENDPOINT, "PJSIP/agent-bj-01"), (agi_channel._DIGITS, "12#"), (agi_channel._DIAL_KEY, "bj-1"),
    (agi_prompts._ID, "welcome"), (agi_prompts._LANG, "zh"), (callback._QCID, "q-1"), (store.SAFE_ID, "call-1"),
    (store.SAFE_SKILL, "food"),
]


@pytest.mark.parametrize(("pattern", "value"), WHOLE_VALUE_PATTERNS, ids=lambda p: getattr(p, "pattern", p))
def test_a_whole_value_pattern_refuses_a_final_newline(pattern: re.Pattern[str], value: str) -> None:
    assert pattern.match(value), "the example value is accepted"
    assert not pattern.match(value + "\n")


@pytest.mark.parametrize("value", ["0\n", "abc\n", "x\r\n", "\n"])
def test_a_caller_value_with_a_final_newline_stays_on_one_line(value: str) -> None:
    line = codec.format_command("SET VARIABLE", "CALLERNAME", value)
    assert line.count(b"\n") == 1 and line.endswith(b"\n") and b"\r" not in line
    assert codec.parse_args(line.decode().rstrip("\n"))[3].strip() == value.strip()
