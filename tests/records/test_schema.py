from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from ivr.refdata import provinces
from records.db import make_engine, migrate
from records.models import Base, Centre, Department, User


def test_migration_matches_models(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)  # from an empty database, not the session's migrated copy
    try:
        migrate(empty_db_url, engine)
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        engine.dispose()
    assert diff == []


def test_seed_has_national_and_every_province(sessions: sessionmaker[Session]) -> None:
    with sessions() as s:
        levels = dict(s.execute(select(Department.level, func.count()).group_by(Department.level)).all())
        assert levels["national"] == 1
        assert levels["province"] == len(provinces()) == 31
        assert levels["county"] >= 5 and levels["station"] >= 1
        assert s.scalar(select(func.count()).select_from(Centre)) == 32


def test_migrate_twice_is_harmless(db_url: str, engine: Engine, sessions: sessionmaker[Session]) -> None:
    with sessions() as s:
        s.add(User(username="ann", password_hash="x", role="agent", centre="bj"))
        s.commit()
    migrate(db_url, engine)
    with sessions() as s:
        assert (s.scalar(select(func.count()).select_from(Department)) or 0) > 32
        assert s.scalar(select(User.role).where(User.username == "ann")) == "agent"
