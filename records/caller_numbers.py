"""Key rotation of the caller-number column (``calls.caller_sealed``, see ivr/privacy_vault.py).

Put a new key first in IVR_CALLER_NUMBER_KEYS (the old ones after it), run
``ivr records rotate-number-keys``: every stored number is sealed again under the first key;
then drop the old keys. Numbers no configured key opens are left as they are and named.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ivr.privacy_vault import CallerNumberVault, VaultOpenError
from records.models import Call


@dataclass
class Rotation:
    rotated: int = 0
    unreadable: list[str] = field(default_factory=list)  # call ids whose number no key opens


def rotate_caller_numbers(session: Session, vault: CallerNumberVault, batch: int = 500) -> Rotation:
    """Seal every stored caller number again under the vault's first key (in this transaction)."""
    result = Rotation()
    last = 0
    while True:
        calls = list(session.scalars(select(Call).where(Call.id > last, Call.caller_sealed.is_not(None))
                                     .order_by(Call.id).limit(batch)))
        if not calls:
            return result
        for call in calls:
            try:
                call.caller_sealed = vault.rotate(call.caller_sealed or "")
                result.rotated += 1
            except VaultOpenError:
                result.unreadable.append(call.call_id)
        session.flush()
        last = calls[-1].id
