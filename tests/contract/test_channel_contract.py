"""One Channel contract over the four adapters: FastAGI, classic AGI, the SIP endpoint, the console.

Each case is a list of steps (``behaviours.Step``) and what the caller does
(``behaviours.Caller``); the ``adapter`` fixture runs the same ``run_behaviour`` coroutine
through one adapter's driver, which turns the Caller into that adapter's own peer (the
Asterisk-faithful AGI peer over TCP or a child's stdin/stdout, a raw SIP/RTP caller with
RFC 2833 keys and SIPp as the agent's phone, the console's scripted lines). Every adapter
must observe the same results. Combinations an adapter cannot do are strict xfails with
the reason.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from ivr.channel import Prompt
from tests.contract import classic_driver, console_driver, fastagi_driver, sip_driver
from tests.contract.behaviours import Caller, Step
from tests.contract.outcome import Outcome
from tests.sip.media_tools import g711_wav, tone_wav

pytestmark = pytest.mark.timeout(90)

ADAPTERS = ["fastagi", "classic", "sip", "console"]
Runner = Callable[[list[Step], Caller], Awaitable[Outcome]]

ANSWER = Step("answer")
BARGE = Step("play", escape="12")
HEAR_OUT = Step("play")
COLLECT = Step("collect", max_digits=4, timeout=1.5)
RECORD = Step("record", max_seconds=4.0, silence_seconds=1.0)
DIAL = Step("dial", timeout=3.0)


@pytest.fixture(scope="module")
def media(tmp_path_factory: pytest.TempPathFactory) -> tuple[Prompt, Path]:
    """A short prompt (its audio a 0.4 s tone, for the SIP endpoint) and the agent's voice."""
    folder = tmp_path_factory.mktemp("contract-media")
    prompt = Prompt("contract_hello", "en", "Hello.", audio=str(tone_wav(folder / "hello.wav", 440, 0.4)))
    voice = g711_wav(tone_wav(folder / "agent.wav", 660, 1.0), folder / "agent_pcmu.wav", "PCMU")
    return prompt, voice


def xfail(reason: str) -> Any:
    return pytest.mark.xfail(strict=True, reason=reason)


def adapters(**unable: str) -> list[Any]:
    """The four adapters; ``unable[name]`` marks a combination that adapter cannot do."""
    return [pytest.param(name, marks=xfail(unable[name])) if name in unable else name for name in ADAPTERS]


@pytest.fixture
def adapter(request: pytest.FixtureRequest, tmp_path: Path, media: tuple[Prompt, Path]) -> Runner:
    prompt, voice = media
    name = request.param

    async def run(steps: list[Step], caller: Caller) -> Outcome:
        if name == "fastagi":
            return await fastagi_driver.run(tmp_path, steps, caller, prompt)
        if name == "classic":
            return await classic_driver.run(tmp_path, steps, caller, prompt)
        if name == "sip":
            return await sip_driver.run(tmp_path, steps, caller, prompt, voice)
        return await console_driver.run(tmp_path, steps, caller, prompt)

    return run


def check_no_hangup(outcome: Outcome) -> None:
    assert outcome.observed.hangup_step is None, outcome.observed


CONSOLE_NO_INTERDIGIT = ("the console takes a line of keys as complete: keys then silence come back "
                         "without the timeout flag")
CONSOLE_NO_RECORD_KEY = "the console's recording ends on silence only: no key ends it"


@pytest.mark.parametrize("adapter", adapters(), indirect=True)
async def test_barge_in_returns_the_key_and_a_prompt_heard_out_returns_none(adapter: Runner) -> None:
    outcome = await adapter([ANSWER, BARGE, HEAR_OUT], Caller(keys={2: "2"}))
    check_no_hangup(outcome)
    assert outcome.observed.results == [None, "2", None]


@pytest.mark.parametrize("adapter", adapters(), indirect=True)
async def test_a_key_that_is_no_escape_digit_does_not_stop_the_prompt(adapter: Runner) -> None:
    outcome = await adapter([ANSWER, BARGE], Caller(keys={2: "5"}))
    check_no_hangup(outcome)
    assert outcome.observed.results == [None, None]


@pytest.mark.parametrize("adapter", adapters(), indirect=True)
async def test_digits_end_on_the_terminator(adapter: Runner) -> None:
    outcome = await adapter([ANSWER, COLLECT], Caller(keys={2: "123#"}))
    check_no_hangup(outcome)
    assert outcome.observed.results[1] == {"digits": "123", "timed_out": False}


@pytest.mark.parametrize("adapter", adapters(console=CONSOLE_NO_INTERDIGIT), indirect=True)
async def test_digits_then_silence_time_out_with_what_was_keyed(adapter: Runner) -> None:
    outcome = await adapter([ANSWER, COLLECT], Caller(keys={2: "12"}))
    check_no_hangup(outcome)
    assert outcome.observed.results[1] == {"digits": "12", "timed_out": True}


@pytest.mark.parametrize("adapter", adapters(), indirect=True)
async def test_silence_times_out_with_no_digits(adapter: Runner) -> None:
    outcome = await adapter([ANSWER, COLLECT], Caller())
    check_no_hangup(outcome)
    assert outcome.observed.results[1] == {"digits": "", "timed_out": True}


@pytest.mark.parametrize("adapter", adapters(), indirect=True)
async def test_recording_ends_on_silence_with_a_file(adapter: Runner) -> None:
    outcome = await adapter([ANSWER, RECORD], Caller())
    check_no_hangup(outcome)
    assert outcome.observed.results[1] == {"ended_by": "silence", "file": True}


@pytest.mark.parametrize("adapter", adapters(console=CONSOLE_NO_RECORD_KEY), indirect=True)
async def test_recording_ends_on_the_key_with_a_file(adapter: Runner) -> None:
    outcome = await adapter([ANSWER, RECORD], Caller(keys={2: "#"}))
    check_no_hangup(outcome)
    assert outcome.observed.results[1] == {"ended_by": "dtmf", "file": True}


CALL = [ANSWER, BARGE, COLLECT, RECORD, HEAR_OUT]


@pytest.mark.parametrize("adapter", adapters(
    console="the console reads no input while it plays: a hangup there is seen at the next question"),
    indirect=True)
async def test_caller_hangup_during_a_prompt(adapter: Runner) -> None:
    outcome = await adapter(CALL, Caller(hangup_at=2))
    assert outcome.observed.hangup_step == 2 and outcome.observed.results == [None]
    assert outcome.caller_hung_up
    assert outcome.sent_after_hangup in (0, None)


@pytest.mark.parametrize("adapter", adapters(), indirect=True)
async def test_caller_hangup_during_a_question(adapter: Runner) -> None:
    outcome = await adapter(CALL, Caller(hangup_at=3))
    assert outcome.observed.hangup_step == 3 and outcome.observed.results == [None, None]
    assert outcome.caller_hung_up
    assert outcome.sent_after_hangup in (0, None)


@pytest.mark.parametrize("adapter", adapters(
    console="the console raises CallerHangup from record instead of keeping the statement (ended_by 'hangup')"),
    indirect=True)
async def test_caller_hangup_during_a_recording_keeps_it(adapter: Runner) -> None:
    outcome = await adapter(CALL, Caller(keys={3: "7#"}, hangup_at=4))
    observed = outcome.observed
    assert observed.results[2] == {"digits": "7", "timed_out": False}
    assert observed.results[3] == {"ended_by": "hangup", "file": True}
    assert observed.hangup_step == 5  # the next step finds the caller gone
    assert outcome.sent_after_hangup in (0, None)


@pytest.mark.parametrize("adapter", adapters(), indirect=True)
async def test_is_up_is_false_once_the_caller_hung_up(adapter: Runner) -> None:
    outcome = await adapter([ANSWER, COLLECT, HEAR_OUT], Caller(hangup_at=2))
    assert outcome.observed.hangup_step == 2
    assert outcome.observed.is_up_after_hangup is False


DIALLED = [ANSWER, DIAL, HEAR_OUT]


@pytest.mark.parametrize("adapter", adapters(
    classic=("a process AGI call has no FastAGI server to take Dial's U() answer subroutine: "
             "on_answer is never told")), indirect=True)
async def test_answered_dial_tells_on_answer_once_and_the_caller_is_still_up(adapter: Runner) -> None:
    outcome = await adapter(DIALLED, Caller(agent="answer"))
    check_no_hangup(outcome)
    assert outcome.observed.results[1] == {"status": "ANSWER", "caller_still_up": True}
    assert outcome.observed.answered_notified == 1
    assert outcome.observed.results[2] is None  # the call goes on after the agent hung up


@pytest.mark.parametrize("agent,status", [("noanswer", "NOANSWER"), ("busy", "BUSY")])
@pytest.mark.parametrize("adapter", adapters(), indirect=True)
async def test_unanswered_dial(adapter: Runner, agent: str, status: str) -> None:
    outcome = await adapter(DIALLED, Caller(agent=agent))
    check_no_hangup(outcome)
    assert outcome.observed.results[1] == {"status": status, "caller_still_up": False}
    assert outcome.observed.answered_notified == 0
    assert outcome.observed.results[2] is None


@pytest.mark.parametrize("adapter", adapters(
    console="the console has no ringing phase: a hangup line at a dial is not read and the dial answers"),
    indirect=True)
async def test_caller_hangup_while_the_agent_rings(adapter: Runner) -> None:
    outcome = await adapter(DIALLED, Caller(agent="noanswer", hangup_at=2))
    assert outcome.observed.hangup_step == 2
    assert outcome.observed.answered_notified == 0
    assert outcome.sent_after_hangup in (0, None)
