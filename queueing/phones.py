"""Agent phones: which phones an agent of a centre may log in to, and how the server dials them.

Toll fraud guard: the dial string comes from the centre configuration, never from the client,
so an offered call can only ring one of the hotline's own agent phones, never a trunk.
"""

from __future__ import annotations

from queueing.centres import CentreConfig


class PhoneError(ValueError):
    """The phone is not one of the centre's; the message says which ones are."""


def phone_book(centre: CentreConfig) -> dict[str, str]:
    """Phone name -> dial string for the centre."""
    if centre.phones:
        return {name: dial or f"PJSIP/{name}" for name, dial in centre.phones.items()}
    names = [f"agent-{centre.id}-{n:02d}" for n in range(1, centre.phone_seats + 1)]
    return {name: f"PJSIP/{name}" for name in names}


def dial_string(centre: CentreConfig, phone: str) -> str:
    """The dial string of one of the centre's phones, or PhoneError."""
    book = phone_book(centre)
    if phone not in book:
        shown = ", ".join(sorted(book)) or "none"
        raise PhoneError(f"phone {phone[:40]!r} is not a phone of centre {centre.id} "
                         f"(不是本中心的坐席电话); its phones: {shown}")
    return book[phone]


def phone_of(centre: CentreConfig, endpoint: str) -> str | None:
    """The phone name a stored dial string belongs to (None if it is none of the centre's)."""
    for name, dial in phone_book(centre).items():
        if dial == endpoint:
            return name
    return None


def taken_by_other(agents: list[dict[str, str]], agent: str, endpoint: str) -> str | None:
    """The other logged-in agent already at this phone, if any."""
    for other in agents:
        if other.get("endpoint") == endpoint and other.get("id") != agent and other.get("state", "out") != "out":
            return other.get("id") or "?"
    return None


def free_phone(centre: CentreConfig, agents: list[dict[str, str]], agent: str) -> str | None:
    """The agent's current phone, else the first phone nobody is logged in at."""
    book = phone_book(centre)
    for other in agents:
        if other.get("id") == agent and other.get("endpoint") in book.values():
            return phone_of(centre, other["endpoint"])
    for name, dial in book.items():
        if taken_by_other(agents, agent, dial) is None:
            return name
    return None
