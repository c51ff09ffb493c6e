"""The calls in their own process: ``ivr serve`` runs FastAGI (and the embedded SIP endpoint) in a
child process (``python -m ivr.calls_process``), so that nothing the web port receives (slow
headers, huge bodies, a flood of connections) can take the file descriptors, the event loop or
the memory that Asterisk's calls need.

:class:`CallsProcess` starts the child, hands it the settings on its standard input (secrets
stay out of the command line and the environment), waits for its ``ready`` line, restarts it
when it dies (backing off when it keeps dying) and stops it on shutdown (SIGTERM, then SIGKILL).
The child stops by itself when its standard input closes, so a parent that is killed leaves no
child behind. ``process_checks`` reports the child to ``/readyz``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import signal
import sys
import time
from typing import Any

from pydantic import SecretStr

from ivr.settings import Settings

log = logging.getLogger("ivr.calls")

CHILD_MODULE = "ivr.calls_process"
READY_LINE = "ready"
#: Seconds the child has to start (imports, prompts, listeners) before it is called dead.
START_TIMEOUT = 120.0
#: Seconds a stopping child has to end its calls' bookkeeping before it is killed.
STOP_TIMEOUT = 15.0
#: A child that ran this long before dying is restarted at once; sooner, after a growing pause.
STABLE_SECONDS = 60.0
MAX_BACKOFF = 30.0

_supervised: dict[str, CallsProcess] = {}


def child_settings(settings: Settings, redis_url: str) -> str:
    """The settings as the child reads them (JSON, secrets in clear: it goes down a pipe), pointed
    at the Redis the parent opened (the embedded one stays the parent's to start and stop)."""
    data: dict[str, Any] = settings.model_dump(mode="json")
    for name in type(settings).model_fields:
        value = getattr(settings, name)
        if isinstance(value, SecretStr):
            data[name] = value.get_secret_value()
    data["redis_url"] = redis_url
    return json.dumps(data)


class CallsProcess:
    """One supervised child process serving calls."""

    def __init__(self, settings_json: str, *, sip: bool, name: str = "calls process",
                 module: str = CHILD_MODULE) -> None:
        self.settings_json = settings_json
        self.sip = sip
        self.name = name
        self.module = module  # run as ``python -m <module>``: the same contract (settings in, ready out)
        self.restarts = 0
        self.ready = asyncio.Event()
        self.last_exit: int | None = None
        self._proc: asyncio.subprocess.Process | None = None
        self._stopping = False
        self._task: asyncio.Task[None] | None = None
        self._ever_ready = False

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None and self._proc.returncode is None else None

    def check(self) -> str:
        if self.ready.is_set() and self.pid is not None:
            return "ok"
        return f"down: starting again (restarts {self.restarts}, last exit {self.last_exit})"

    async def start(self, wait_ready: bool = True) -> None:
        """Start supervising; with ``wait_ready``, return once the child serves calls
        (RuntimeError if its first start fails)."""
        _supervised[self.name] = self
        self._task = asyncio.create_task(self._supervise(), name=f"{self.name} supervisor")
        if not wait_ready:
            return
        ready = asyncio.create_task(self.ready.wait())
        done, _ = await asyncio.wait({ready, self._task}, timeout=START_TIMEOUT, return_when=asyncio.FIRST_COMPLETED)
        if ready not in done:
            ready.cancel()
            await self.close()
            raise RuntimeError(f"the {self.name} did not start (exit {self.last_exit}); see its log above")

    async def _supervise(self) -> None:
        delay = 1.0
        while not self._stopping:
            started = time.monotonic()
            await self._run_once()
            if self._stopping:
                return
            if not self._ever_ready:
                return  # the first start failed: `start` reports it rather than looping
            self.restarts += 1
            ran = time.monotonic() - started
            delay = 1.0 if ran > STABLE_SECONDS else min(delay * 2, MAX_BACKOFF)
            pause = 0.0 if ran > STABLE_SECONDS else delay
            log.error("the %s ended (exit %s) after %.0fs; starting it again in %.0fs", self.name, self.last_exit,
                      ran, pause)
            await asyncio.sleep(pause)

    async def _run_once(self) -> None:
        self.ready.clear()
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", self.module, *(["--sip"] if self.sip else []),
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
        self._proc = proc
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(self.settings_json.encode() + b"\n")
        with contextlib.suppress(ConnectionError):
            await proc.stdin.drain()
        log.info("%s started (pid %s)", self.name, proc.pid)
        while True:
            line = await proc.stdout.readline()
            if not line:
                break
            if line.decode(errors="replace").strip() == READY_LINE:
                self._ever_ready = True
                self.ready.set()
                log.info("%s ready (pid %s)", self.name, proc.pid)
        self.last_exit = await proc.wait()
        self.ready.clear()

    async def close(self) -> None:
        """Stop the child (SIGTERM, then SIGKILL after STOP_TIMEOUT) and the supervision."""
        self._stopping = True
        proc = self._proc
        if proc is not None and proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(proc.wait(), STOP_TIMEOUT)
            except TimeoutError:
                log.error("%s did not stop in %.0fs: killed", self.name, STOP_TIMEOUT)
                with contextlib.suppress(ProcessLookupError):
                    proc.kill()
                await proc.wait()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        _supervised.pop(self.name, None)


def supervised() -> list[CallsProcess]:
    """The children this process supervises now."""
    return list(_supervised.values())


def supervised_sip() -> bool:
    """Whether a child this process supervises serves the embedded SIP endpoint."""
    return any(child.sip for child in _supervised.values())


def process_checks() -> dict[str, str]:
    """``{"calls process": "ok" | "down: ..."}`` for the children this process supervises."""
    return {name: child.check() for name, child in list(_supervised.items())}
