"""Opening hours from the ACD configuration: the one source the menu's ``open`` test reads.

A call routed to a centre (its region slots or a routing rule choose one, as the queue node's
routing does) is open while that centre is; a call not yet routed follows the shared hours
(``defaults.hours``, the "shared values" of the centres form).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from queueing.centres import AcdConfig
from queueing.routing import routed_centre


class AcdOpeningHours:
    """Implements ivr.services.OpeningHours over the ACD configuration the process follows;
    ``replace_config`` is the config store's listener (a publish swaps it in)."""

    def __init__(self, config: AcdConfig) -> None:
        self.config = config

    def replace_config(self, config: AcdConfig) -> None:
        self.config = config

    def is_open(self, now: datetime, slots: Mapping[str, str], dnis: str) -> bool:
        config = self.config
        centre = routed_centre(dict(slots), dnis, config)
        if centre is None:
            return config.defaults.is_open(now)
        return config.centre(centre).is_open(now)
