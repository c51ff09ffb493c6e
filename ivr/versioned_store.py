"""Numbered, immutable versions of a set of text files, published to every worker on every host.

One store per kind of configuration (menus, the ACD configuration, later the knowledge base);
a :class:`StoreKind` says how the files are parsed and where they live. For a kind named
``k``, under ``root`` (``<data_dir>/<k>``):

- ``versions/<n>/`` holds version n's files and ``meta.json``. A version is written to a
  temporary directory and renamed into place, so a reader sees all of it or none of it;
  ``published`` (written to a temporary file and renamed over) names the live version, and
  only ever moves to a higher number.
- With Redis, numbers come from the counter ``ivr:k:counter`` shared by every host and
  process (``INCR``, raised past any number already seen here or published), so two
  concurrent publishes never get the same number. A publish then replaces the key
  ``ivr:k:v:<n>`` in one ``MULTI`` (``DEL`` + ``HSET``, or ``SET`` for a one-file kind), so a
  file left out of the new version is not in it; raises ``ivr:k:published`` to n and
  announces n on ``ivr:k:publish``.
- :meth:`VersionedStore.watch` follows the channel (ivr.published); each wake-up reads
  ``ivr:k:published`` and, when it names another version, loads that version's files from
  Redis (or the local disk) and parses them.

Parsing (validation) and file work run off the event loop: file work in threads
(``asyncio.to_thread``); parsing in a thread too, or, once :meth:`VersionedStore.parse_apart`
hands it a :class:`ParseProcess`, in that child process. A parse is pure-Python CPU: in a
thread of the calls' process it holds the GIL, and the event loop, which gives the GIL up at
every ``sendto``/``recvfrom``, waits up to the switch interval (5 ms) to get it back each
time, so the RTP clock falls behind for the whole parse (bench/parse_convoy_bench.py). The
child sends back the parsed value pickled; the executor's manager thread loads it holding the
GIL, 0.3-0.7 ms for a menu set or ACD configuration, 3-4 ms for the knowledge index
(bench/sip_RESULTS.md). A kind's ``warm`` runs in the child before its first parse, so what a
parser loads lazily (jieba's dictionary) is loaded at start, not during calls. The parsed
value of the live version is kept and handed to every caller and listener by reference: one
parse per version per process. Listeners (sync or async) run one
by one; one that raises is logged and the others still run.

A one-file kind (``single_file``) is checked here: a version of any other set of files is
refused with the kind's rejection before its parser sees it.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import difflib
import fcntl
import inspect
import json
import logging
import multiprocessing
import os
import shutil
import tempfile
from collections.abc import Awaitable, Callable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Generic, TypeVar

from ivr.published import follow_published, text_of
from ivr.redis_scripts import run_script

log = logging.getLogger("ivr.versioned_store")

T = TypeVar("T")
META_FILE = "meta.json"
POINTER_FILE = "published"
NUMBER_ATTEMPTS = 5

# INCR the counter; when it is not past ``floor`` (the highest number this host has, or Redis
# has published: a counter lost with a Redis restart), move it past.
NEXT_NUMBER_LUA = """
local n = redis.call('INCR', KEYS[1])
local floor = tonumber(ARGV[1]) or 0
if n <= floor then
  n = floor + 1
  redis.call('SET', KEYS[1], n)
end
return n
"""

# Set the published number to ARGV[1] unless a higher one is already published.
RAISE_PUBLISHED_LUA = """
local current = tonumber(redis.call('GET', KEYS[1]) or '0') or 0
local n = tonumber(ARGV[1])
if n > current then
  redis.call('SET', KEYS[1], ARGV[1])
  return n
end
return current
"""

__all__ = ["ParseProcess", "StoreKind", "VersionInfo", "VersionedStore"]


@dataclass(frozen=True)
class VersionInfo:
    number: int
    comment: str
    author: str
    created_at: str
    published: bool = False


def _unlabelled(value: Any, number: int) -> Any:
    return value


def _refused(errors: list[str]) -> Exception:
    return ValueError("; ".join(errors))


@dataclass(frozen=True)
class StoreKind(Generic[T]):
    """What is versioned: ``parse`` validates a set of files (name -> text) and builds the
    value calls use, raising the kind's own rejection (with the reasons) when they are bad;
    ``label`` stamps the version number into a parsed value; ``rejected(errors)`` builds the
    kind's rejection for what the store itself refuses (a one-file kind given other files).
    ``parse`` must be a module-level function (a :class:`ParseProcess` runs it by name)."""

    name: str  # the directory under the data directory and the Redis key prefix ivr:<name>:
    what: str  # for log lines and errors, e.g. "menu"
    parse: Callable[[Mapping[str, str]], T]
    label: Callable[[T, int], T] = _unlabelled
    single_file: str | None = None  # a one-file kind: its version key is a string, not a hash
    rejected: Callable[[list[str]], Exception] = _refused
    # Module-level; a ParseProcess runs it once, before its first parse, for what the parser
    # would otherwise load lazily at its first version (during calls).
    warm: Callable[[], object] | None = None

    @property
    def channel(self) -> str:
        return f"ivr:{self.name}:publish"

    @property
    def published_key(self) -> str:
        return f"ivr:{self.name}:published"

    @property
    def counter_key(self) -> str:
        return f"ivr:{self.name}:counter"

    def version_key(self, number: int) -> str:
        return f"ivr:{self.name}:v:{number}"


Listener = Callable[[Any], Awaitable[None] | None]


@dataclass(frozen=True)
class _Parsed:
    """What the parse process sends back: the value, or that the parser refused the files."""

    value: Any = None
    refused: str | None = None


def _parse_reporting(parse: Callable[[Mapping[str, str]], Any], files: Mapping[str, str]) -> _Parsed:
    # Runs in the parse process. A refusal is only reported: the kinds' rejections keep their
    # reasons in attributes that pickling would lose, so the caller parses again to raise it.
    try:
        return _Parsed(value=parse(files))
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which raises the real one
        return _Parsed(refused=f"{type(exc).__name__}: {exc}")


def _lower_priority(increment: int) -> None:
    # Runs in the parse process as it starts.
    os.nice(increment)


def _imported(parsers: list[Callable[[Mapping[str, str]], Any]]) -> int:
    # Runs in the parse process: unpickling ``parsers`` imported their modules.
    return os.getpid()


def _log_failed_warm(done: Future[object]) -> None:
    if not done.cancelled() and done.exception() is not None:
        log.error("a parse process warm-up failed (the first parse will load instead): %r", done.exception())


class ParseProcess:
    """One child process that parses versions for the stores of this process, started at its
    first parse or :meth:`start` (``spawn``: the parent has threads; the parent's ``__main__``
    must keep its start-up under ``if __name__ == "__main__"``), and ended by :meth:`close`."""

    def __init__(self, nice_increment: int = 0) -> None:
        """``nice_increment``: how much lower than this process the child runs (``os.nice``)."""
        self._pool: ProcessPoolExecutor | None = None
        self._nice_increment = nice_increment
        self._warmed: set[Callable[[], object]] = set()
        self.broken = False

    async def start(self, parsers: list[Callable[[Mapping[str, str]], Any]]) -> int:
        """Start the child now and import the parsers' modules there (at a process's start,
        not at the first publish during calls); the child's process id."""
        loop = asyncio.get_running_loop()
        return int(await loop.run_in_executor(self.executor(), _imported, parsers))

    def executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_lower_priority, initargs=(self._nice_increment,))
        return self._pool

    def warm(self, warm: Callable[[], object]) -> None:
        """Queue ``warm()`` in the child, once, ahead of any parse asked for after this call."""
        if warm in self._warmed:
            return
        self._warmed.add(warm)
        self.executor().submit(warm).add_done_callback(_log_failed_warm)

    async def parse(self, parse: Callable[[Mapping[str, str]], Any], files: Mapping[str, str]) -> _Parsed:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor(), _parse_reporting, parse, dict(files))

    def close(self) -> None:
        """Blocking: waits for the child to exit."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _check_name(name: str) -> None:
    """Refuse a name that is not a plain file name (parsers give users the friendlier error)."""
    if not name or name == META_FILE or name.startswith(".") or "/" in name or "\\" in name or "\0" in name:
        raise ValueError(f"{name!r} cannot be a file of a version")


def _write_synced(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8") as out:
        out.write(text)
        out.flush()
        os.fsync(out.fileno())


class VersionedStore(Generic[T]):
    def __init__(self, kind: StoreKind[T], root: Path, seed: Callable[[], dict[str, str]],
                 redis: Any | None = None, seed_comment: str = "shipped files") -> None:
        """``seed()`` gives version 1's files when ``root`` holds no versions yet."""
        self.kind = kind
        self.root = root
        self.versions_dir = root / "versions"
        self.redis = redis
        self._seed = seed
        self._seed_comment = seed_comment
        self._current: tuple[int, T] | None = None
        self._listeners: list[Listener] = []
        self._lock = asyncio.Lock()
        self._parse_process: ParseProcess | None = None
        self._next_number = redis.register_script(NEXT_NUMBER_LUA) if redis is not None else None
        self._raise_published = redis.register_script(RAISE_PUBLISHED_LUA) if redis is not None else None

    # --- versions on disk (blocking: call through asyncio.to_thread on the event loop) ----------
    @property
    def _pointer(self) -> Path:
        return self.root / POINTER_FILE

    def ensure_seeded(self) -> None:
        if self._pointer.exists():
            return
        files = self._seed()
        parsed = self._parse_here(files)  # the shipped files must be valid
        with contextlib.suppress(FileExistsError):  # another process seeded it meanwhile
            self._write_version(1, files, self._seed_comment, "system")
        self._raise_pointer(1)
        if self._current is None:
            self._current = (1, self.kind.label(parsed, 1))

    def _write_version(self, number: int, files: Mapping[str, str], comment: str, author: str) -> VersionInfo:
        for name in files:
            _check_name(name)
        self.versions_dir.mkdir(parents=True, exist_ok=True)
        info = VersionInfo(number, comment, author, datetime.now(UTC).isoformat(timespec="seconds"))
        target = self.versions_dir / str(number)
        staging = Path(tempfile.mkdtemp(dir=self.versions_dir, prefix=".new-"))
        try:
            for name, text in files.items():
                _write_synced(staging / name, text)
            _write_synced(staging / META_FILE, json.dumps(dataclasses.asdict(info), ensure_ascii=False))
            if target.exists():
                raise FileExistsError(f"{self.kind.what} version {number} exists; versions are immutable")
            try:
                staging.rename(target)
            except OSError as exc:  # a non-empty directory appeared there meanwhile
                raise FileExistsError(f"{self.kind.what} version {number} exists; versions are immutable") from exc
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return info

    @contextlib.contextmanager
    def _pointer_lock(self) -> Iterator[None]:
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _raise_pointer(self, number: int) -> None:
        """Name ``number`` as published unless a higher version already is (processes sharing
        the directory may finish their publishes out of order)."""
        with self._pointer_lock():
            if self._pointer.exists():
                text = self._pointer.read_text(encoding="utf-8").strip()
                if text.isdigit() and int(text) >= number:
                    return
            tmp = self.root / f".{POINTER_FILE}.{os.getpid()}.tmp"
            _write_synced(tmp, str(number))
            os.replace(tmp, self._pointer)

    def published_number(self) -> int:
        self.ensure_seeded()
        return int(self._pointer.read_text(encoding="utf-8").strip())

    def _numbers(self) -> list[int]:
        if not self.versions_dir.exists():
            return []
        return [int(entry.name) for entry in self.versions_dir.iterdir()
                if entry.name.isdigit() and (entry / META_FILE).exists()]

    def list_versions(self) -> list[VersionInfo]:
        live = self.published_number()
        found: list[VersionInfo] = []
        for number in self._numbers():
            meta = json.loads((self.versions_dir / str(number) / META_FILE).read_text(encoding="utf-8"))
            meta["published"] = meta["number"] == live
            found.append(VersionInfo(**meta))
        return sorted(found, key=lambda v: v.number)

    def read_version(self, number: int) -> dict[str, str]:
        """Version ``number``'s files; KeyError when there is no such version here."""
        self.ensure_seeded()
        directory = self.versions_dir / str(int(number))
        if not (directory / META_FILE).is_file():
            raise KeyError(f"no {self.kind.what} version {number}")
        return {p.name: p.read_text(encoding="utf-8") for p in sorted(directory.iterdir())
                if p.is_file() and p.name != META_FILE and not p.name.startswith(".")}

    def diff(self, files: Mapping[str, str]) -> str:
        """Unified diff from the published version's files to ``files``."""
        published = self.read_version(self.published_number())
        out: list[str] = []
        for name in sorted(set(published) | set(files)):
            out.extend(difflib.unified_diff(
                published.get(name, "").splitlines(keepends=True), files.get(name, "").splitlines(keepends=True),
                fromfile=f"published/{name}", tofile=f"draft/{name}"))
        return "".join(out)

    # --- parsing -----------------------------------------------------------------------------------
    def parse_apart(self, process: ParseProcess) -> None:
        """Parse published and followed versions in ``process`` instead of a thread of this one."""
        self._parse_process = process
        if self.kind.warm is not None:
            process.warm(self.kind.warm)

    def _check_files(self, files: Mapping[str, str]) -> None:
        one = self.kind.single_file
        if one is not None and set(files) != {one}:
            raise self.kind.rejected([
                f"此版本只能是一个文件 {one}，而不是 {sorted(files)} / "
                f"a {self.kind.what} version is the one file {one}, not {sorted(files)}"])

    def _parse_here(self, files: Mapping[str, str]) -> T:
        """Blocking: check and parse in this thread."""
        self._check_files(files)
        return self.kind.parse(files)

    async def _parse(self, files: Mapping[str, str]) -> T:
        process = self._parse_process
        if process is None or process.broken:
            return await asyncio.to_thread(self._parse_here, files)
        self._check_files(files)
        try:
            parsed = await process.parse(self.kind.parse, files)
        except Exception:  # noqa: BLE001 - the child died or could not send the value: parse here
            log.exception("%s parse process failed; parsing in threads from now on", self.kind.what)
            process.broken = True
            return await asyncio.to_thread(self._parse_here, files)
        if parsed.refused is not None:  # raise the kind's own rejection, with its reasons
            log.info("%s version refused by its parser (%s); parsing again for the reasons",
                     self.kind.what, parsed.refused[:200])
            return await asyncio.to_thread(self._parse_here, files)
        value: T = parsed.value
        return value

    # --- publish ---------------------------------------------------------------------------------
    async def publish(self, files: Mapping[str, str], comment: str, author: str) -> VersionInfo:
        """Parse (raising the kind's rejection, nothing changed), number, write, announce."""
        files = dict(files)
        parsed = await self._parse(files)
        if not files:
            raise ValueError(f"a {self.kind.what} version needs at least one file")
        async with self._lock:
            await asyncio.to_thread(self.ensure_seeded)
            info = await self._write_numbered(files, comment, author)
            await asyncio.to_thread(self._raise_pointer, info.number)
            value = self.kind.label(parsed, info.number)
            self._current = (info.number, value)
            await self._announce(info.number, files)
        await self._notify(value)
        log.info("%s version %s published by %s: %s", self.kind.what, info.number, author, comment)
        return dataclasses.replace(info, published=True)

    async def _write_numbered(self, files: dict[str, str], comment: str, author: str) -> VersionInfo:
        for _ in range(NUMBER_ATTEMPTS):
            number = await self._new_number()
            try:
                return await asyncio.to_thread(self._write_version, number, files, comment, author)
            except FileExistsError:
                log.warning("%s version %s already exists here; taking another number", self.kind.what, number)
        raise FileExistsError(f"no free {self.kind.what} version number after {NUMBER_ATTEMPTS} attempts")

    async def _new_number(self) -> int:
        local = max(await asyncio.to_thread(self._numbers), default=0)
        if self.redis is None or self._next_number is None:
            return local + 1
        published = await self.redis.get(self.kind.published_key)
        remote = int(text_of(published)) if published is not None and text_of(published).isdigit() else 0
        return int(await run_script(self._next_number, [self.kind.counter_key], [max(local, remote)]))

    async def _announce(self, number: int, files: dict[str, str]) -> None:
        if self.redis is None or self._raise_published is None:
            return
        key = self.kind.version_key(number)
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.delete(key)
            if self.kind.single_file is not None:
                pipe.set(key, files[self.kind.single_file])
            else:
                pipe.hset(key, mapping=files)
            await pipe.execute()
        await run_script(self._raise_published, [self.kind.published_key], [number])
        await self.redis.publish(self.kind.channel, str(number))

    # --- the live version --------------------------------------------------------------------------
    def current_number(self) -> int:
        number = self.published_number()
        held = self._current
        return held[0] if held is not None and held[0] > number else number

    def current(self) -> T:
        """The live version's parsed value, parsed once; blocking on first use (see load_current)."""
        number = self.published_number()
        held = self._current
        if held is not None and held[0] >= number:
            return held[1]  # the same version, or a newer one followed from Redis
        value = self.kind.label(self._parse_here(self.read_version(number)), number)
        self._current = (number, value)
        return value

    async def load_current(self) -> T:
        return await asyncio.to_thread(self.current)

    def on_change(self, listener: Listener) -> None:
        """``listener(value)`` runs after every version this process publishes or follows."""
        self._listeners.append(listener)

    async def _notify(self, value: T) -> None:
        for listener in self._listeners:
            try:
                result = listener(value)
                if inspect.isawaitable(result):
                    await result
            except Exception:  # noqa: BLE001 - one broken listener must not stop the others
                log.exception("%s listener failed", self.kind.what)

    # --- following publishes from other processes ------------------------------------------------
    async def watch(self, stop: asyncio.Event | None = None) -> None:
        """Follow publishes from any worker, across Redis restarts (see ivr.published)."""
        if self.redis is None:
            return
        await follow_published(self.redis, self.kind.channel, self._follow, stop, self.kind.what)

    async def _follow(self) -> None:
        assert self.redis is not None
        async with self._lock:
            raw = await self.redis.get(self.kind.published_key)
            if raw is None:
                return
            if not text_of(raw).isdigit():
                log.error("ignored a bad published %s number %r", self.kind.what, text_of(raw)[:40])
                return
            number = int(text_of(raw))
            if self._current is not None and self._current[0] == number:
                return
            files = await self._remote_files(number)
            if not files:  # written before this store kept versions in Redis: the shared disk
                files = await asyncio.to_thread(self.read_version, number)
            value = self.kind.label(await self._parse(files), number)
            self._current = (number, value)
        await self._notify(value)
        log.info("%s version %s is live on this worker", self.kind.what, number)

    async def _remote_files(self, number: int) -> dict[str, str]:
        assert self.redis is not None
        key = self.kind.version_key(number)
        if self.kind.single_file is not None:
            raw = await self.redis.get(key)
            return {} if raw is None else {self.kind.single_file: text_of(raw)}
        return {text_of(k): text_of(v) for k, v in (await self.redis.hgetall(key)).items()}
