"""What both AGI drivers share: the Caller as the AGI peer's key list, and a peer that hangs
up at the first AGI command of the caller's hangup step."""

from __future__ import annotations

from collections.abc import Callable

from agi_scripts.codec import parse_args
from tests.contract.behaviours import Caller, Step
from tests.support.agi_peer import CHANNEL_COMMANDS_OK_WHEN_DEAD, LISTENS, AgiPeer, CallerScript, command_name

#: The AGI command that shows a step is under way (a record step: the recording itself).
STEP_VERBS = {"play": {"STREAM FILE"}, "collect": {"GET DATA", "STREAM FILE"},
              "record": {"RECORD FILE"}, "dial": {"EXEC"}, "answer": {"ANSWER"}}
DIAL_STATUS = {"answer": "ANSWER", "noanswer": "NOANSWER", "busy": "BUSY"}
AGENT = "PJSIP/agent1"


def caller_script(steps: list[Step], caller: Caller) -> CallerScript:
    """The peer's ``keys``: one entry per step that asks for keys, in order."""
    keys: list[str] = []
    for number, step in enumerate(steps, start=1):
        if number in caller.keys:
            keys.append(caller.keys[number])
        elif step.kind == "collect":
            keys.append("")  # silence: GET DATA times out
        elif step.kind == "record" or (step.kind == "play" and step.escape):
            keys.append(LISTENS)  # hears the prompt out / records without a key
    return CallerScript(keys=keys, dial_status=DIAL_STATUS[caller.agent], dial_ended_by="agent")


class StepPeer(AgiPeer):
    """Asterisk's side, hanging up on the first command of step ``caller.hangup_at``;
    ``current`` says which step the channel is in (number and step)."""

    def __init__(self, script: CallerScript, headers: list[tuple[str, str]], caller: Caller,
                 current: Callable[[], tuple[int, Step] | None], left: Callable[[], bool]) -> None:
        super().__init__(script, headers, idle_timeout=30)
        self.caller = caller
        self.current = current
        self.fired = False
        self.left = left
        #: Channel commands received after the channel raised CallerHangup to the behaviour.
        self.after_left = 0

    def _trigger(self, line: str) -> None:
        where = self.current()
        if self.fired or where is None or where[0] != self.caller.hangup_at:
            return
        name = command_name(parse_args(line))[0]
        if name in STEP_VERBS[where[1].kind] and (where[1].kind != "dial" or line.startswith("EXEC Dial")):
            self.fired = True
            self.script.hangup_at = self._count

    def _answer(self, line: str) -> list[str]:
        self._trigger(line)
        if self.left() and command_name(parse_args(line))[0] not in CHANNEL_COMMANDS_OK_WHEN_DEAD:
            self.after_left += 1
        return super()._answer(line)

    async def _dial(self, line: str) -> list[str] | None:
        self._trigger(line)
        return await super()._dial(line)


