"""Embedded defaults: a redis-server managed by `ivr serve` when IVR_REDIS_URL is not set."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path


class EmbeddedRedisError(RuntimeError):
    pass


def _listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.3):
            return True
    except OSError:
        return False


class EmbeddedRedis:
    """Starts ``redis-server`` on loopback with append-only persistence under the data dir."""

    def __init__(self, data_dir: Path, port: int) -> None:
        self.dir = data_dir / "redis"
        self.port = port
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, timeout: float = 15.0) -> str:
        if _listening(self.port):  # another `ivr serve` (or a previous run) already owns it
            return self.url
        binary = shutil.which("redis-server")
        if binary is None:
            raise EmbeddedRedisError("redis-server not found: apt-get install redis-server, or set IVR_REDIS_URL")
        self.dir.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.dir),
             "--appendonly", "yes", "--save", "", "--protected-mode", "yes"],
            stdout=open(self.dir / "redis.log", "ab"), stderr=subprocess.STDOUT,  # noqa: SIM115
            # its own session: a Ctrl-C to `ivr serve` must not kill Redis before the calls are closed
            start_new_session=True)
        deadline = time.monotonic() + timeout
        while not _listening(self.port):
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise EmbeddedRedisError(f"redis-server did not start; see {self.dir / 'redis.log'}")
            time.sleep(0.05)
        return self.url

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.process = None
