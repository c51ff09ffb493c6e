"""Take a statement the engine recorded into the spool and file it in the store (writer side)."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy.orm import Session

from recordings.store import BadRecording, register, store_statement

log = logging.getLogger(__name__)


class SpoolIngest:
    """Callable for the records writer: only files inside ``spool_dir`` are ever read."""

    def __init__(self, spool_dir: Path, data_dir: Path) -> None:
        self.spool_dir = spool_dir.resolve()
        self.data_dir = data_dir

    def __call__(self, session: Session, call_id: str, path: str) -> bool:
        source = Path(path).resolve()
        if not source.is_relative_to(self.spool_dir):
            log.warning("call %s: recording outside the spool ignored", call_id)
            return False
        if not source.is_file():
            log.warning("call %s: recording %s is gone from the spool", call_id, source.name)
            return False
        try:
            info = store_statement(source, call_id, data_dir=self.data_dir)
        except BadRecording as exc:
            log.warning("call %s: recording not stored: %s", call_id, exc)
            return False
        register(session, info)
        return True
