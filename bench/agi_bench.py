"""FastAGI benchmark: our server + engine vs a bare asyncio line server (the limit) vs the
same menu steps as a panoramisk FastAGI handler (the peer), driven in the same run by the
same load generator acting as Asterisk (tests/support/agi_peer.py). Each server runs in
its own process, the generator in this one, so they do not share a core.

    .venv/bin/python bench/agi_bench.py run --calls 2000 --concurrency 200
    .venv/bin/python bench/agi_bench.py hold --calls 10000

``run`` also measures ``replay``: our server and AGI session sending the same commands
without the engine, which separates the AGI layer's cost from the call flow's.
``run`` reports completed calls per second, the server process's CPU time per call, and the
server's per-command latency (from a reply sent to the next command received, p50/p99) on the
complaint path. ``--baseline DIR`` also runs an earlier commit's server (``git archive <commit>
| tar -x -C DIR``) in the same rounds, so a change is measured before and after in one run. ``hold`` keeps
N calls waiting in music on hold in one server process and reports its resident memory.
Loopback only.
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.agi_peer import AgiPeer, CallerScript, PeerResult, call, header_lines  # noqa: E402

COMPLAINT_KEYS = ["1", "1", "1", "1", "1"]  # Mandarin, complaint, Beijing, same region, food
CALLER = "01088886666"


def raise_fd_limit() -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# ------------------------------------------------------------------------------- servers


def _settings(data_dir: Path) -> Any:
    from ivr.settings import Settings

    return Settings(data_dir=data_dir, agi_host="127.0.0.1")


async def serve_ours(port: int, data_dir: Path, hold: bool) -> None:
    from agi_scripts.server import FastAgiServer, engine_handler
    from ivr.callrecord import QueueResult
    from ivr.engine import default_services

    settings = _settings(data_dir)
    services = default_services(settings, clock=lambda: _open_time())
    if hold:
        services.queue = HoldForever()  # type: ignore[assignment]
    server = FastAgiServer(handler=engine_handler(lambda: services), sounds_dir=settings.sounds_dir,
                           spool_dir=settings.spool_dir, command_timeout=60, max_calls=50_000)
    await server.start("127.0.0.1", port)
    _ = QueueResult
    await asyncio.Event().wait()


class HoldForever:
    """A queue with no agents: the caller hears music on hold until they hang up."""

    async def queue_call(self, channel: Any, record: Any, decision: Any, prompts: Any = None) -> Any:
        from ivr.callrecord import QueueResult

        while True:
            await channel.hold(20, "*")
            if False:  # pragma: no cover - the caller always leaves by hanging up
                return QueueResult(outcome="timeout", centre=decision.centre)


def _open_time() -> Any:
    from datetime import UTC, datetime

    return datetime(2026, 12, 2, 3, 0, tzinfo=UTC)


async def serve_replay(port: int, data_dir: Path, commands: list[str]) -> None:
    """Our FastAGI server and AGI session without the engine: the same commands, each reply
    parsed and checked for hangup, as the engine's channel does. Separates the AGI layer's
    cost from the call flow's."""
    from agi_scripts.codec import parse_args
    from agi_scripts.server import FastAgiServer

    steps = [parse_args(c) for c in commands]
    verbs = {"STREAM", "GET", "WAIT", "RECORD", "SET", "CHANNEL"}

    async def handler(channel: Any) -> None:
        for argv in steps:
            words = 2 if argv[0] in verbs else 1
            if argv[0] == "WAIT":
                words = 3
            await channel.session.command(" ".join(argv[:words]), *argv[words:])

    server = FastAgiServer(handler=handler, sounds_dir=data_dir / "sounds", spool_dir=data_dir / "spool",
                           command_timeout=60, max_calls=50_000)
    await server.start("127.0.0.1", port)
    await asyncio.Event().wait()


async def serve_echo(port: int, commands: list[str]) -> None:
    """The limit: per call, read the header block, then send the same command lines and read
    one reply line each; no parsing, no call logic."""
    payload = [(c + "\n").encode() for c in commands]

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while (await reader.readline()) not in (b"\n", b""):
                pass
            for line in payload:
                writer.write(line)
                await writer.drain()
                reply = await reader.readline()
                if reply.startswith(b"HANGUP"):
                    reply = await reader.readline()
            await reader.readline()  # the unsolicited HANGUP after our HANGUP
        except OSError:
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", port, backlog=4096)
    async with server:
        await server.serve_forever()


async def serve_panoramisk(port: int, commands: list[str]) -> None:
    """The peer: the same steps as a panoramisk FastAGI route sending the same commands."""
    from panoramisk.fast_agi import Application

    app = Application()

    async def ivr(request: Any) -> None:
        for command in commands:
            result = await request.send_command(command)
            if result.get("status_code") not in (200, None) and "error" in result:
                break
        await request.reader.readline()  # the unsolicited HANGUP after our HANGUP

    app.add_route("ivr", ivr)
    server = await asyncio.start_server(app.handler, "127.0.0.1", port, backlog=4096)
    async with server:
        await server.serve_forever()


def server_main(kind: str, port: int, data_dir: str, commands_file: str) -> None:
    raise_fd_limit()
    commands = json.loads(Path(commands_file).read_text()) if commands_file else []
    if kind == "ours":
        asyncio.run(serve_ours(port, Path(data_dir), hold=False))
    elif kind == "hold":
        asyncio.run(serve_ours(port, Path(data_dir), hold=True))
    elif kind == "replay":
        asyncio.run(serve_replay(port, Path(data_dir), commands))
    elif kind == "echo":
        asyncio.run(serve_echo(port, commands))
    elif kind == "panoramisk":
        asyncio.run(serve_panoramisk(port, commands))
    else:
        raise SystemExit(f"unknown server kind {kind}")


def start_server(kind: str, data_dir: Path, commands_file: str = "",
                 checkout: Path = ROOT) -> tuple[subprocess.Popen[bytes], int]:
    """One server process; ``checkout`` runs another copy of the project's code (``--baseline``)."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, str(checkout / "bench" / "agi_bench.py"), "server", kind, str(port), str(data_dir),
         commands_file],
        cwd=str(checkout), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as probe:
                # A whole (unroutable) header: panoramisk spins forever on a bare EOF.
                probe.sendall(b"agi_network: yes\nagi_network_script: probe\n\n")
                return process, port
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError(f"{kind} server did not start")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (``/proc/<pid>/stat``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


# ----------------------------------------------------------------------------- load


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0.0


class Replayed:
    """What a replaying caller saw: the commands and the time from each reply to the next."""

    def __init__(self) -> None:
        self.commands: list[str] = []
        self.latencies: list[float] = []
        self.error = ""
        self.closed_by_server = False
        self.server_hung_up = False


def reply_script(result: PeerResult) -> list[bytes]:
    """The Asterisk-faithful peer's replies to one call, one chunk per command (an
    unsolicited HANGUP line travels with the reply before it)."""
    chunks: list[bytes] = []
    for reply in result.replies:
        if reply == "HANGUP" and chunks:
            chunks[-1] += b"HANGUP\n"
        else:
            chunks.append(reply.encode() + b"\n")
    return chunks


async def replay_call(port: int, header: bytes, replies: list[bytes], expected: list[str]) -> Replayed:
    """A cheap load generator: the replies the faithful peer gave to this same call, sent
    back in order, so the generator's own cost stays small and equal for every server."""
    seen = Replayed()
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
    except OSError as exc:
        seen.error = str(exc)
        return seen
    try:
        writer.write(header)
        sent = time.perf_counter()
        for index in range(len(replies) + 1):
            line = await asyncio.wait_for(reader.readline(), 60)
            if not line:
                seen.closed_by_server = True
                break
            seen.latencies.append(time.perf_counter() - sent)
            seen.commands.append(line.decode().rstrip("\n"))
            if index >= len(replies) or seen.commands[-1].split(" ")[:2] != expected[index].split(" ")[:2]:
                seen.error = f"unexpected command {seen.commands[-1][:60]!r} at {index}"
                break
            writer.write(replies[index])
            sent = time.perf_counter()
        else:
            seen.closed_by_server = not await reader.read()
        seen.server_hung_up = bool(seen.commands) and seen.commands[-1] == "HANGUP"
    except (OSError, TimeoutError) as exc:
        seen.error = seen.error or f"{type(exc).__name__}: {exc}"
    finally:
        writer.close()
    return seen


async def drive(port: int, calls: int, concurrency: int, script: tuple[list[bytes], list[str]]) -> dict[str, Any]:
    gate = asyncio.Semaphore(concurrency)
    results: list[Replayed] = []
    replies, expected = script

    async def one(n: int) -> None:
        header = b"".join(f"{k}: {v}\n".encode() for k, v in header_lines(
            port=port, callerid=CALLER, uniqueid=f"bench.{n}")) + b"\n"
        async with gate:
            results.append(await replay_call(port, header, replies, expected))

    started = time.perf_counter()
    await asyncio.gather(*(one(n) for n in range(calls)))
    elapsed = time.perf_counter() - started
    latencies = [lat for r in results for lat in r.latencies[1:]]  # [0] includes connect + header
    ok = [r for r in results if r.closed_by_server and not r.error and r.server_hung_up]
    failed = [r for r in results if r not in ok]
    return {
        "first_failure": (failed[0].error or failed[0].commands[-3:]) if failed else None,
        "calls": calls, "completed": len(ok), "seconds": round(elapsed, 3),
        "calls_per_second": round(len(ok) / elapsed, 1),
        "commands_per_call": round(statistics.mean(len(r.commands) for r in results), 1),
        "latency_p50_ms": round(percentile(latencies, 0.50) * 1000, 3),
        "latency_p99_ms": round(percentile(latencies, 0.99) * 1000, 3),
    }


def merge(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    """Median calls/s over rounds; latency percentiles of the median round; the server's CPU
    time per completed call over all rounds (less moved by other load on the box than calls/s)."""
    ordered = sorted(rounds, key=lambda r: r["calls_per_second"])
    middle = ordered[len(ordered) // 2]
    completed = sum(r["completed"] for r in rounds)
    cpu = sum(r.get("server_cpu_seconds", 0.0) for r in rounds)
    return {**middle, "rounds_calls_per_second": [r["calls_per_second"] for r in rounds],
            "completed": completed, "calls": sum(r["calls"] for r in rounds),
            "server_cpu_ms_per_call": round(1000 * cpu / completed, 3) if completed else None}


async def run_bench(calls: int, concurrency: int, rounds: int = 3, baseline: Path | None = None) -> dict[str, Any]:
    """All the servers run at once (idle ones cost nothing); rounds alternate between them
    so that load from elsewhere on the machine falls on each alike. ``baseline``: a checkout
    of an earlier commit (``git archive``) whose server and engine run too, as ``before``."""
    raise_fd_limit()
    with tempfile.TemporaryDirectory(prefix="agi-bench-") as tmp:
        tmpdir = Path(tmp)
        servers: dict[str, tuple[subprocess.Popen[bytes], int]] = {}
        try:
            servers["ours"] = start_server("ours", tmpdir / "data")
            warm = await call("127.0.0.1", servers["ours"][1], CallerScript(keys=list(COMPLAINT_KEYS)),
                              callerid=CALLER, idle_timeout=60)  # builds the dynamic prompts once
            commands_file = tmpdir / "commands.json"
            commands_file.write_text(json.dumps(warm.commands))
            assert warm.server_hung_up and not warm.error, warm.commands
            script = (reply_script(warm), list(warm.commands))
            for kind in ("replay", "echo", "panoramisk"):
                servers[kind] = start_server(kind, tmpdir / "data", str(commands_file))
            if baseline is not None:
                servers["before"] = start_server("ours", tmpdir / "data-before", checkout=baseline)
            results: dict[str, list[dict[str, Any]]] = {kind: [] for kind in servers}
            kinds = list(servers)
            for index in range(rounds):
                for kind in kinds[index % len(kinds):] + kinds[: index % len(kinds)]:
                    process, port = servers[kind]
                    cpu_before = cpu_seconds(process.pid)
                    figures_of_round = await drive(port, calls // rounds, concurrency, script)
                    figures_of_round["server_cpu_seconds"] = cpu_seconds(process.pid) - cpu_before
                    results[kind].append(figures_of_round)
        finally:
            for process, _ in servers.values():
                process.terminate()
                process.wait()
    figures: dict[str, Any] = {kind: merge(r) for kind, r in results.items()}
    if not figures["panoramisk"]["completed"] or not figures["echo"]["completed"]:
        return figures
    figures["ratio_vs_limit"] = round(figures["ours"]["calls_per_second"] / figures["echo"]["calls_per_second"], 3)
    figures["ratio_vs_panoramisk"] = round(
        figures["ours"]["calls_per_second"] / figures["panoramisk"]["calls_per_second"], 3)
    if "before" in figures:
        figures["before_ratio_vs_limit"] = round(
            figures["before"]["calls_per_second"] / figures["echo"]["calls_per_second"], 3)
    figures["replay_ratio_vs_limit"] = round(
        figures["replay"]["calls_per_second"] / figures["echo"]["calls_per_second"], 3)
    figures["replay_ratio_vs_panoramisk"] = round(
        figures["replay"]["calls_per_second"] / figures["panoramisk"]["calls_per_second"], 3)
    for kind in [k for k in ("ours", "before", "replay", "panoramisk") if k in figures]:
        # the limit's CPU per call over this server's: 1 would be as cheap as the bare line server
        figures[f"{kind}_cpu_ratio_vs_limit"] = round(
            figures["echo"]["server_cpu_ms_per_call"] / figures[kind]["server_cpu_ms_per_call"], 3)
    figures["load_average"] = os.getloadavg()
    figures["commands"] = warm.commands
    return figures


async def hold_bench(calls: int) -> dict[str, Any]:
    raise_fd_limit()
    with tempfile.TemporaryDirectory(prefix="agi-hold-") as tmp:
        process, port = start_server("hold", Path(tmp) / "data")
        try:
            warm = await call("127.0.0.1", port, CallerScript(keys=list(COMPLAINT_KEYS), hangup_at=40),
                              callerid=CALLER, idle_timeout=60)
            baseline = rss_mib(process.pid)
            peers = [AgiPeer(CallerScript(keys=list(COMPLAINT_KEYS), wait_digit_delay=3600),
                             header_lines(port=port, callerid=CALLER, uniqueid=f"hold.{n}"), idle_timeout=7200)
                     for n in range(calls)]
            tasks: list[asyncio.Task[PeerResult]] = []
            started = time.perf_counter()
            for index, peer in enumerate(peers):
                tasks.append(asyncio.create_task(peer.run("127.0.0.1", port)))
                if index % 200 == 199:
                    await asyncio.sleep(0.05)  # let the accept queue drain
            deadline = time.monotonic() + 600
            waiting = 0
            while time.monotonic() < deadline:
                waiting = sum(1 for p in peers if p.result.commands and p.result.commands[-1].startswith("WAIT FOR"))
                if waiting >= calls:
                    break
                await asyncio.sleep(0.5)
            ramp = time.perf_counter() - started
            rss = rss_mib(process.pid)
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        finally:
            process.terminate()
            process.wait()
    return {"calls_waiting": waiting, "target": calls, "rss_mib": round(rss, 1),
            "rss_idle_mib": round(baseline, 1), "per_call_kib": round((rss - baseline) * 1024 / max(1, waiting), 1),
            "ramp_seconds": round(ramp, 1), "warm_call_commands": len(warm.commands)}


def main() -> None:
    if len(sys.argv) >= 2 and sys.argv[1] == "server":
        server_main(sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5] if len(sys.argv) > 5 else "")
        return
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="mode", required=True)
    run = sub.add_parser("run")
    run.add_argument("--calls", type=int, default=2000)
    run.add_argument("--concurrency", type=int, default=200)
    run.add_argument("--rounds", type=int, default=3)
    run.add_argument("--baseline", type=Path, default=None,
                     help="a checkout of an earlier commit (git archive) to run beside ours, as 'before'")
    hold = sub.add_parser("hold")
    hold.add_argument("--calls", type=int, default=10_000)
    args = parser.parse_args()
    os.environ.setdefault("PYTHONHASHSEED", "0")
    if args.mode == "run":
        print(json.dumps(asyncio.run(run_bench(args.calls, args.concurrency, args.rounds, args.baseline)), indent=1))
    else:
        print(json.dumps(asyncio.run(hold_bench(args.calls)), indent=1))


if __name__ == "__main__":
    main()
