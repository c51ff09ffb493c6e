"""Fixtures of the whole-system tests: each test gets its own Redis and system harness.

The harness directory (process logs, Redis files, SQLite database) is removed when the
test passes and kept, with its path printed, when it fails.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import AsyncIterator, Generator, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from tests.support.services import RedisServer, free_port
from tests.system.harness import SystemHarness


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("IVR_LONG_TESTS") == "1":
        return
    skip = pytest.mark.skip(reason="long run: set IVR_LONG_TESTS=1")
    for item in items:
        if "slow" in item.keywords and item.path.is_relative_to(Path(__file__).parent):
            item.add_marker(skip)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[Any]) -> Generator[None, Any, None]:
    outcome = yield
    report = outcome.get_result()
    if report.when == "call":
        item.stash[_FAILED] = report.failed


_FAILED = pytest.StashKey[bool]()


@pytest.fixture
def system_root(request: pytest.FixtureRequest) -> Iterator[Path]:
    root = Path(tempfile.mkdtemp(prefix="ivr-system-"))
    os.chmod(root, 0o755)
    yield root
    if request.node.stash.get(_FAILED, True):
        print(f"\nwhole-system files kept in {root}")
    else:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def system_redis(system_root: Path) -> Iterator[RedisServer]:
    server = RedisServer(port=free_port(), workdir=system_root / "redis")
    server.start()
    yield server
    server.stop()


@pytest_asyncio.fixture(loop_scope="function")
async def system(system_root: Path, system_redis: RedisServer, built_sounds: Path) -> AsyncIterator[SystemHarness]:
    harness = SystemHarness(root=system_root / "system", redis=system_redis, sounds_dir=built_sounds)
    try:
        yield harness
    finally:
        harness.close()
