"""What a driver hands back: the behaviour's observations and the peer's view."""

from __future__ import annotations

from dataclasses import dataclass

from tests.contract.behaviours import Observed


@dataclass
class Outcome:
    observed: Observed
    #: Channel commands (AGI) or SIP requests the server sent after the caller hung up;
    #: None where the transport has no wire to watch (the console).
    sent_after_hangup: int | None
    #: The caller's side saw its own hangup go through.
    caller_hung_up: bool
