"""Start real services for tests: redis-server and a throwaway PostgreSQL cluster."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listening on 127.0.0.1:{port}")


def wait_until_loaded(port: int, timeout: float = 30.0) -> None:
    """Redis listens before it has read its append-only file back, and answers LOADING until then."""
    deadline = time.monotonic() + timeout
    answer = b""
    while time.monotonic() < deadline:
        with socket.create_connection(("127.0.0.1", port), timeout=2.0) as sock:
            sock.sendall(b"PING\r\n")
            answer = sock.recv(256)
        if answer.startswith(b"+PONG"):
            return
        time.sleep(0.05)
    raise TimeoutError(f"redis on 127.0.0.1:{port} still answers {answer!r}")


@dataclass
class RedisServer:
    port: int
    workdir: Path
    process: subprocess.Popen[bytes] | None = None
    appendonly: bool = True

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        args = [
            shutil.which("redis-server") or "/usr/bin/redis-server",
            "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.workdir),
            "--save", "", "--appendonly", "yes" if self.appendonly else "no",
            "--appendfsync", "always", "--protected-mode", "no", "--daemonize", "no",
        ]
        self.process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for_port(self.port)
        wait_until_loaded(self.port)

    def stop(self, kill: bool = False) -> None:
        if self.process and self.process.poll() is None:
            if kill:
                self.process.kill()
            else:
                self.process.terminate()
            self.process.wait(timeout=15)
        self.process = None


def pg_bin(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    for candidate in sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True):
        return str(candidate)
    raise FileNotFoundError(f"PostgreSQL binary {name!r} not found")


@dataclass
class PostgresServer:
    port: int
    workdir: Path
    started: bool = False

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://ivr@127.0.0.1:{self.port}/ivr"

    def _as_user(self) -> dict[str, str]:
        return dict(os.environ, PGPORT=str(self.port))

    def init(self) -> None:
        data = self.workdir / "data"
        self.workdir.mkdir(parents=True, exist_ok=True)
        cmd = [pg_bin("initdb"), "-D", str(data), "-U", "ivr", "--auth=trust", "-E", "UTF8", "--no-sync"]
        _run_as_postgres_user(cmd, self.workdir)

    def start(self) -> None:
        data = self.workdir / "data"
        if not data.exists():
            self.init()
        cmd = [pg_bin("pg_ctl"), "-D", str(data), "-l", str(self.workdir / "pg.log"), "-w", "-o",
               f"-p {self.port} -k {self.workdir} -h 127.0.0.1 -F", "start"]
        _run_as_postgres_user(cmd, self.workdir)
        if not self.started:
            _run_as_postgres_user([pg_bin("createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "ivr",
                                   "ivr"], self.workdir, check=False)
        self.started = True

    def stop(self, mode: str = "fast") -> None:
        cmd = [pg_bin("pg_ctl"), "-D", str(self.workdir / "data"), "-m", mode, "-w", "stop"]
        _run_as_postgres_user(cmd, self.workdir, check=False)


def _run_as_postgres_user(cmd: list[str], workdir: Path, check: bool = True) -> None:
    """initdb refuses to run as root; drop to the 'nobody'-like user 'postgres' if root."""
    if os.geteuid() == 0:
        user = "postgres" if _user_exists("postgres") else "nobody"
        subprocess.run(["chown", "-R", user, str(workdir)], check=True)
        os.chmod(workdir, 0o777)
        cmd = ["runuser", "-u", user, "--", *cmd]
    subprocess.run(cmd, check=check, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120)


def _user_exists(name: str) -> bool:
    import pwd

    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False
