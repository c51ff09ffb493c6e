from tests.records.conftest import db_url, engine, sessions  # noqa: F401
