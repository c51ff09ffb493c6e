"""Ticket numbers a caller can read back: 12 digits = YYMMDD + 5-digit daily sequence + Luhn digit.

The check digit (Luhn, as on bank cards) catches any single mistyped digit and most swaps of
neighbouring digits, so the phone menu can reject a mistyped ticket before asking the database.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from records.models import TicketSequence

TICKET_LENGTH = 12
MAX_PER_DAY = 99_999


def luhn_digit(digits: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 0:  # these positions are doubled once the check digit is appended
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def make_ticket(day: date, seq: int) -> str:
    if not 1 <= seq <= MAX_PER_DAY:
        raise ValueError(f"ticket sequence {seq} out of range")
    body = f"{day:%y%m%d}{seq:05d}"
    return body + luhn_digit(body)


def valid_ticket(ticket: str) -> bool:
    return (
        len(ticket) == TICKET_LENGTH
        and ticket.isascii()
        and ticket.isdigit()
        and luhn_digit(ticket[:-1]) == ticket[-1]
    )


def next_ticket(session: Session, day: date) -> str:
    """Allocate the next ticket of ``day`` inside the caller's transaction (row lock on PostgreSQL)."""
    key = f"{day:%y%m%d}"
    for _ in range(5):
        result = session.execute(
            update(TicketSequence).where(TicketSequence.day == key).values(last=TicketSequence.last + 1)
        )
        if result.rowcount:  # type: ignore[attr-defined]
            seq = session.scalar(select(TicketSequence.last).where(TicketSequence.day == key))
            assert seq is not None
            return make_ticket(day, seq)
        try:
            with session.begin_nested():
                session.add(TicketSequence(day=key, last=1))
            return make_ticket(day, 1)
        except IntegrityError:
            continue  # another transaction created the row first; increment it
    raise RuntimeError("could not allocate a ticket number")
