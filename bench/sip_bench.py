"""Load benchmark of the embedded SIP endpoint with SIPp (Debian sip-tester), all on loopback.

Two servers take the same SIPp load in the same run, one after the other:
  ivr      our endpoint with SipChannel playing hold music to every caller (the IVR's real path)
  library  aiosipua's SipUAS + aiortp paced RTPSession used directly, an empty handler that
           answers and streams the same music (the stack the issue measured)
Steps of increasing call rate with 30-second calls; each call streams G.711 to the server
(SIPp rtp_stream) and the server streams back to a separate receiver process that times
every packet per SSRC. Reported per step: calls ok/failed, peak concurrent calls, server CPU,
packets per second per call and the 99th-percentile inter-packet gap.

    .venv/bin/python bench/sip_bench.py run --rates 5 10 12 --call-seconds 30
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SCENARIO = Path(__file__).with_name("sip_bench_call.xml")
CLK_TCK = os.sysconf("SC_CLK_TCK")
SO_TIMESTAMPNS = getattr(socket, "SO_TIMESTAMPNS", 35)  # Linux; not exported by Python 3.11
SO_RCVBUFFORCE = 33  # Linux


def udp_receive_buffer_errors() -> int:
    """Machine-wide count of UDP datagrams dropped on full receive buffers."""
    lines = [line.split() for line in Path("/proc/net/snmp").read_text().splitlines() if line.startswith("Udp:")]
    return int(lines[1][lines[0].index("RcvbufErrors")])


def free_port(even: bool = False) -> int:
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            sock.bind(("127.0.0.1", 0))
            port = int(sock.getsockname()[1])
        if not even or port % 2 == 0:
            return port


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK  # utime + stime


# --- servers -------------------------------------------------------------------------------
async def serve_ivr(port: int, rtp_min: int, rtp_max: int) -> None:
    from ivr.channel import CallerHangup, Channel
    from ivr.settings import Settings
    from ivr.sip.config import SipOptions
    from ivr.sip.endpoint import start_sip_endpoint

    totals = {"calls": 0, "packets_sent": 0, "send_errors": 0, "seconds": 0.0}

    async def handler(channel: Channel) -> None:
        started = time.monotonic()
        try:
            await channel.answer()
            await channel.hold(600)
        except CallerHangup:
            pass
        stream = channel.call.stream  # type: ignore[attr-defined]
        totals["calls"] += 1
        totals["packets_sent"] += stream.packets_sent
        totals["send_errors"] += stream.send_errors
        totals["seconds"] += time.monotonic() - started

    settings = Settings(data_dir=Path(tempfile.mkdtemp(prefix="sipbench-")), sip_host="127.0.0.1", sip_port=port)
    endpoint = await start_sip_endpoint(settings, handler, SipOptions(rtp_port_min=rtp_min, rtp_port_max=rtp_max))
    await _run_until_terminated(endpoint.close)
    print(json.dumps({**totals, "late_ticks_skipped": endpoint.clock.late_ticks}), file=sys.stderr)


async def serve_library(port: int, rtp_min: int, rtp_max: int) -> None:
    from aiortp import PortAllocator, RTPSession
    from aiosipua import SipUAS, UdpSipTransport, build_sdp

    from ivr.sip import audio, g711

    class Udp(UdpSipTransport):
        # aiosipua's own protocol asserts isinstance(t, DatagramTransport), false on CPython 3.11.
        async def start(self) -> None:
            owner = self

            class Protocol(asyncio.DatagramProtocol):
                def connection_made(self, transport: Any) -> None:
                    owner._udp_transport = transport

                def datagram_received(self, data: bytes, addr: Any) -> None:
                    owner._dispatch(data, (str(addr[0]), int(addr[1])))

            loop = asyncio.get_running_loop()
            transport, _ = await loop.create_datagram_endpoint(Protocol, local_addr=self.local_addr)
            self._udp_transport = transport  # type: ignore[assignment]

    music = g711.encode(audio.HOLD_PCM, "PCMU")
    frames = [music[i:i + 160].ljust(160, b"\xff") for i in range(0, len(music), 160)]
    allocator = PortAllocator((rtp_min, rtp_max))
    sessions: dict[str, tuple[Any, int]] = {}
    uas = SipUAS(Udp(local_addr=("127.0.0.1", port)))

    async def answer(call: Any) -> None:
        remote = call.sdp_offer.rtp_address if call.sdp_offer else None
        if remote is None:
            call.reject(488)
            return
        rtp_port, _ = await allocator.allocate()
        session = await RTPSession.create(("127.0.0.1", rtp_port), remote, payload_type=0, paced=True)
        sessions[call.call_id] = (session, rtp_port)
        call.ringing()
        call.accept(build_sdp("127.0.0.1", rtp_port, 0, "PCMU"))
        for _ in range(int(600 / (len(frames) * 0.02))):  # ten minutes of music queued
            for frame in frames:
                session.send_audio_auto(frame)

    async def hang_up(call: Any) -> None:
        entry = sessions.pop(call.call_id, None)
        if entry is not None:
            await entry[0].close()
            await allocator.release(entry[1])

    uas.on_invite = lambda call: asyncio.ensure_future(answer(call))
    uas.on_bye = lambda call, request: asyncio.ensure_future(hang_up(call))
    await uas.start()
    await _run_until_terminated(uas.stop)


async def _run_until_terminated(close: Any) -> None:
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    print("READY", flush=True)
    await stop.wait()
    await close()


# --- RTP receiver -------------------------------------------------------------------------------
def ear(port: int, out: Path) -> None:
    """Receive the servers' RTP; arrival times are the kernel's (SO_TIMESTAMPNS), so this
    process's own scheduling delays do not show up as gaps."""
    import struct

    import numpy as np

    arrivals: dict[int, list[float]] = {}
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:  # root may exceed net.core.rmem_max: a burst of 360 packets per tick must not overflow
        sock.setsockopt(socket.SOL_SOCKET, SO_RCVBUFFORCE, 64 * 1024 * 1024)
    except OSError:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 * 1024 * 1024)
    sock.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
    sock.bind(("127.0.0.1", port))
    sock.settimeout(0.2)
    stopping = False

    def stop(*_: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, stop)
    print("READY", flush=True)
    ancillary = socket.CMSG_SPACE(16)
    while not stopping:
        try:
            data, cmsgs, _, _ = sock.recvmsg(2048, ancillary)
        except TimeoutError:
            continue
        except InterruptedError:
            continue
        if len(data) < 12:
            continue
        stamp = time.time()
        for level, kind, value in cmsgs:
            if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS:
                seconds, nanos = struct.unpack("qq", value[:16])
                stamp = seconds + nanos / 1e9
        arrivals.setdefault(int.from_bytes(data[8:12], "big"), []).append(stamp)
    sock.close()
    gaps = []
    rates = []
    for times in arrivals.values():
        if len(times) < 50:
            continue
        t = np.asarray(times)
        gaps.append(np.diff(t))
        rates.append((len(t) - 1) / (t[-1] - t[0]))
    all_gaps = np.concatenate(gaps) if gaps else np.zeros(1)
    out.write_text(json.dumps({
        "streams": len(rates),
        "packets": int(sum(len(t) for t in arrivals.values())),
        "pps_per_call_median": float(np.median(rates)) if rates else 0.0,
        "gap_p50_ms": float(np.percentile(all_gaps, 50) * 1000),
        "gap_p99_ms": float(np.percentile(all_gaps, 99) * 1000),
        "gap_max_ms": float(all_gaps.max() * 1000),
    }))


# --- orchestration ------------------------------------------------------------------------------
NICE: list[str] = []  # e.g. ["nice", "-n", "-10"] on a shared machine (--nice), for every process alike


def _start(args: list[str]) -> subprocess.Popen[str]:
    proc = subprocess.Popen([*NICE, sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if "READY" not in line:
        proc.kill()
        raise RuntimeError(f"{args[0]} did not start: {line!r}")
    return proc


def load_average() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0])


def _stop(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()


def _caller_audio(workdir: Path) -> Path:
    """Ten seconds of µ-law tone for SIPp's rtp_stream (looped for the whole call)."""
    import numpy as np

    from ivr.sip import g711

    t = np.arange(80000) / 8000
    pcm = (np.sin(2 * np.pi * 300 * t) * 6000).astype("<i2").tobytes()
    raw = workdir / "caller.wav"
    with wave.open(str(raw), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(8000)
        wav.writeframes(pcm)
    target = workdir / "caller_ulaw.wav"
    subprocess.run(["sox", str(raw), "-e", "u-law", str(target)], check=True, capture_output=True)
    assert g711  # the same tables decode what SIPp sends
    return target


def _sipp_counts(stdout: str) -> dict[str, int]:
    def cumulative(label: str) -> int:
        found = re.findall(rf"{label}\s*\|\s*\d+\s*\|\s*(\d+)", stdout)
        return int(found[-1]) if found else -1

    peak = re.findall(r"Peak was (\d+) calls", stdout)
    return {"ok": cumulative("Successful call"), "failed": cumulative("Failed call"),
            "peak": int(peak[-1]) if peak else -1}


def run_step(stack: str, rate: float, call_seconds: float, workdir: Path, caller_wav: Path) -> dict[str, Any]:
    sip_port, ear_port = free_port(), free_port(even=True)
    ear_out = workdir / f"ear_{stack}_{rate}.json"
    listener = _start(["ear", "--port", str(ear_port), "--out", str(ear_out)])
    try:
        server = _start(["serve", "--stack", stack, "--port", str(sip_port), "--rtp-min", "30000",
                         "--rtp-max", "33999"])
    except Exception:
        _stop(listener)
        raise
    calls = int(rate * call_seconds)
    try:
        cpu0, t0, drops0 = cpu_seconds(server.pid), time.monotonic(), udp_receive_buffer_errors()
        sipp = subprocess.run(
            [*NICE, "sipp", f"127.0.0.1:{sip_port}", "-sf", str(SCENARIO), "-i", "127.0.0.1", "-p", str(free_port()),
             "-mi", "127.0.0.1", "-r", str(rate), "-m", str(calls), "-l", str(calls + 10),
             "-d", str(int(call_seconds * 1000)), "-nostdin", "-timeout", f"{int(call_seconds * 3 + 60)}s",
             "-timeout_error", "-mp", "40000",
             "-key", "rtp_port", str(ear_port), "-key", "stream", f"{caller_wav},-1,0",
             "-trace_err", "-error_file", str(workdir / f"sipp_{stack}_{rate}.log")],
            capture_output=True, text=True, cwd=workdir, timeout=call_seconds * 3 + 120)
        cpu = cpu_seconds(server.pid) - cpu0
        wall = time.monotonic() - t0
        drops = udp_receive_buffer_errors() - drops0
    finally:
        _stop(listener)
        _stop(server)
    timing = json.loads(ear_out.read_text()) if ear_out.exists() else {}
    counts = _sipp_counts(sipp.stdout)
    return {"stack": stack, "rate_cps": rate, "calls": calls, **counts, "sipp_exit": sipp.returncode,
            "loadavg_1m": load_average(), "udp_rcvbuf_drops": drops,
            "server_cpu_pct": round(100 * cpu / wall, 1), "wall_s": round(wall, 1), **timing}


def run(rates: list[float], call_seconds: float, stacks: list[str], out: Path | None) -> None:
    workdir = Path(tempfile.mkdtemp(prefix="sipbench-"))
    caller_wav = _caller_audio(workdir)
    results = []
    for stack in stacks:
        for rate in rates:
            result = run_step(stack, rate, call_seconds, workdir, caller_wav)
            print(json.dumps(result), flush=True)
            results.append(result)
            if result["failed"] != 0 or result["sipp_exit"] != 0:
                break  # the next rate only fails harder
    if out is not None:
        out.write_text(json.dumps(results, indent=1))
    print("\n| stack | calls/s | calls | ok | failed | peak concurrent | server CPU % | pkt/s per call "
          "| p50 gap ms | p99 gap ms | max gap ms | load avg |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['stack']} | {r['rate_cps']} | {r['calls']} | {r['ok']} | {r['failed']} | {r['peak']} | "
              f"{r['server_cpu_pct']} | {r.get('pps_per_call_median', 0):.1f} | {r.get('gap_p50_ms', 0):.1f} | "
              f"{r.get('gap_p99_ms', 0):.1f} | {r.get('gap_max_ms', 0):.1f} | {r['loadavg_1m']} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p_run = sub.add_parser("run")
    p_run.add_argument("--rates", type=float, nargs="+", default=[5, 10, 12])
    p_run.add_argument("--call-seconds", type=float, default=30)
    p_run.add_argument("--stacks", nargs="+", default=["ivr", "library"])
    p_run.add_argument("--out", type=Path)
    p_run.add_argument("--nice", type=int, default=0,
                       help="run servers, receiver and SIPp at this niceness (negative needs root)")
    p_serve = sub.add_parser("serve")
    p_serve.add_argument("--stack", choices=["ivr", "library"], required=True)
    p_serve.add_argument("--port", type=int, required=True)
    p_serve.add_argument("--rtp-min", type=int, required=True)
    p_serve.add_argument("--rtp-max", type=int, required=True)
    p_ear = sub.add_parser("ear")
    p_ear.add_argument("--port", type=int, required=True)
    p_ear.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    if args.command == "run":
        if args.nice:
            NICE.extend(["nice", "-n", str(args.nice)])
        run(args.rates, args.call_seconds, args.stacks, args.out)
    elif args.command == "serve":
        server = serve_ivr if args.stack == "ivr" else serve_library
        asyncio.run(server(args.port, args.rtp_min, args.rtp_max))
    else:
        ear(args.port, args.out)


if __name__ == "__main__":
    main()
