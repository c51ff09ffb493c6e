"""Production refuses to start with development secrets when bound beyond loopback."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import SecretStr

from ivr.exposure import UnsafeExposure, exposure_problems
from ivr.serve import start
from ivr.settings import Settings

STRONG = SecretStr("a-long-random-production-key-0123456789")


def test_loopback_may_use_the_development_key(tmp_path: Path) -> None:
    assert exposure_problems(Settings(data_dir=tmp_path)) == []


def test_exposed_needs_a_real_key_and_passwords(tmp_path: Path) -> None:
    exposed = Settings(data_dir=tmp_path, http_host="0.0.0.0", redis_url="redis://10.0.0.2:6379/0",
                       database_url="postgresql+psycopg://ivr@10.0.0.3/ivr")
    problems = exposure_problems(exposed)
    assert len(problems) == 3 and "IVR_SECRET_KEY" in problems[0]
    fixed = Settings(data_dir=tmp_path, http_host="0.0.0.0", secret_key=STRONG,
                     redis_url="redis://:s3cret@10.0.0.2:6379/0",
                     database_url="postgresql+psycopg://ivr:pw@10.0.0.3/ivr")
    assert exposure_problems(fixed) == []
    agi_only = Settings(data_dir=tmp_path, agi_host="0.0.0.0")
    assert exposure_problems(agi_only) and "IVR_SECRET_KEY" in exposure_problems(agi_only)[0]


async def test_serve_refuses_to_start(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", http_host="0.0.0.0", redis_url="redis://127.0.0.1:1/0")
    with pytest.raises(UnsafeExposure, match="development key"):
        await start(settings, sip=False, writer=False)
    assert not (tmp_path / "data").exists()  # refused before anything started
