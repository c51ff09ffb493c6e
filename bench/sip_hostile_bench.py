"""Hostile traffic against the embedded SIP endpoint: fuzz throughput and the flood rate held.

Two parts, both on loopback, the endpoint in this process:

fuzz   The seeded mutation fuzzer of tests/sip/fuzzing.py sends N datagrams; the peer in the
       same run is N well-formed OPTIONS requests. Reported: datagrams the endpoint received,
       handled per second of CPU (this process: the endpoint and the sender, alike for both),
       handler errors and listener reopens (crashes: must be 0), and whether a real SIPp call
       with RFC 2833 keys still succeeds afterwards.
flood  For each rate, SIPp on 127.0.0.2 places new calls at that rate (the flood) while SIPp on
       127.0.0.1 places normal calls with keys at 1 call/s (the limit: every one must complete).
       Reported: flood calls offered, admitted, refused 503, normal calls completed, and the
       endpoint's CPU during the flood (per cent of one core).

    .venv/bin/python bench/sip_hostile_bench.py --datagrams 20000 --rates 100 300 600 --seconds 10
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ivr.channel import CallerHangup, Channel  # noqa: E402
from ivr.sip.config import SipOptions  # noqa: E402
from ivr.sip.endpoint import SipEndpoint  # noqa: E402
from tests.sip.fuzzing import SipFuzzer  # noqa: E402
from tests.sip.harness import free_udp_port, pcap, run_sipp, sip_server  # noqa: E402
from tests.sip.test_fuzz_endpoint import Sockets, open_fds  # noqa: E402

SIPP_CALLER = "13812345678"


class Tally:
    def __init__(self) -> None:
        self.sources: list[str] = []
        self.digits: list[str] = []


def handler_for(tally: Tally, other_calls_seconds: float) -> Any:
    """Calls with keys from SIPp's caller are checked; any other call is held for ``other_calls_seconds``."""
    async def handler(channel: Channel) -> None:
        tally.sources.append(channel.call.source[0])  # type: ignore[attr-defined]
        try:
            await channel.answer()
            if channel.caller == SIPP_CALLER:
                tally.digits.append((await channel.collect_digits(None, max_digits=4, timeout=8)).digits)
            else:
                await channel.collect_digits(None, 1, timeout=other_calls_seconds)
            await channel.hangup()
        except CallerHangup:
            pass

    return handler


async def send_all(endpoint: SipEndpoint, sockets: Sockets, datagrams: list[bytes]) -> tuple[int, float, float]:
    """Send, letting the endpoint take each batch; returns (received, wall s, endpoint-process CPU s)."""
    loop = asyncio.get_running_loop()
    before = endpoint.transport.datagrams
    wall, cpu = time.perf_counter(), time.process_time()
    for i, datagram in enumerate(datagrams):
        await loop.sock_sendto(sockets.peer, datagram, endpoint.address)
        if i % 20 == 19:  # at most 40 datagrams in flight: none lost to a full socket buffer
            for _ in range(1000):
                if endpoint.transport.datagrams - before >= i + 1 - 20:
                    break
                await asyncio.sleep(0)
            sockets.drain()
    await asyncio.sleep(0.05)
    sockets.drain()
    return endpoint.transport.datagrams - before, time.perf_counter() - wall, time.process_time() - cpu


def options_datagrams(count: int, server: tuple[str, int], port: int) -> list[bytes]:
    return [(f"OPTIONS sip:12315@{server[0]}:{server[1]} SIP/2.0\r\n"
             f"Via: SIP/2.0/UDP 127.0.0.1:{port};branch=z9hG4bK-ok{n};rport\r\nMax-Forwards: 70\r\n"
             f"From: <sip:ping@127.0.0.1>;tag=p{n}\r\nTo: <sip:12315@127.0.0.1>\r\nCall-ID: ok-{n}\r\n"
             f"CSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n").encode() for n in range(count)]


async def fuzz_part(workdir: Path, count: int) -> dict[str, Any]:
    tally = Tally()
    sockets = Sockets()
    low = free_udp_port(even=True)
    options = SipOptions(rtp_port_min=low, rtp_port_max=min(low + 300, 65534), max_calls=60,
                         new_dialogs_per_second=1e6, new_dialogs_burst=1_000_000)
    try:
        async with sip_server(workdir, handler_for(tally, 0.3), options) as endpoint:
            fds = open_fds()
            peer_port = int(sockets.peer.getsockname()[1])
            clean = options_datagrams(count, endpoint.address, peer_port)
            ok_received, ok_wall, ok_cpu = await send_all(endpoint, sockets, clean)
            sinks = [int(s.getsockname()[1]) for s in sockets.sinks]
            fuzzed = list(SipFuzzer(7, endpoint.address, peer_port, sinks).datagrams(count))
            fz_received, fz_wall, fz_cpu = await send_all(endpoint, sockets, fuzzed)
            call = await run_sipp("uac_call.xml", endpoint.address[1], workdir,
                                  {"digit_a": pcap("3"), "digit_b": pcap("7"), "digit_c": pcap("pound")})
            for _ in range(200):
                if not endpoint.calls and not endpoint.ports.in_use:
                    break
                await asyncio.sleep(0.1)
            return {
                "datagrams_sent": count,
                "fuzz_received": fz_received, "fuzz_wall_s": round(fz_wall, 2), "fuzz_cpu_s": round(fz_cpu, 2),
                "fuzz_per_cpu_s": round(fz_received / fz_cpu) if fz_cpu else None,
                "options_received": ok_received, "options_wall_s": round(ok_wall, 2),
                "options_cpu_s": round(ok_cpu, 2),
                "options_per_cpu_s": round(ok_received / ok_cpu) if ok_cpu else None,
                "parse_errors": endpoint.transport.parse_errors, "rejected_4xx": endpoint.rejected,
                "calls_started_by_fuzz": endpoint.calls_handled - 1,
                "handler_errors": endpoint.transport.handler_errors, "listener_reopens": endpoint.transport.reopens,
                "sipp_call_after": "ok" if call.returncode == 0 and tally.digits[-1:] == ["37"] else "FAILED",
                "fds_before": fds, "fds_after": open_fds(),
            }
    finally:
        sockets.close()


def sipp_summary(stdout: str) -> str:
    """SIPp's closing 'Successful call' / 'Failed call' counters."""
    found = re.findall(r"(Successful call|Failed call)\s+\|\s+\d+\s+\|\s+(\d+)", stdout)
    return ", ".join(f"{name.lower()}s {count}" for name, count in found[-2:])


def error_kinds(errors: str) -> dict[str, int]:
    """SIPp's error log, counted by kind (the first words of each message)."""
    kinds: Counter[str] = Counter()
    for line in errors.splitlines():
        if ":" in line and line[:4].isdigit():
            kinds[" ".join(line.split(":", 3)[-1].split()[:6])] += 1
    return dict(kinds.most_common(5))


async def flood_part(workdir: Path, rate: int, seconds: int) -> dict[str, Any]:
    tally = Tally()
    low = free_udp_port(even=True)
    options = SipOptions(rtp_port_min=low, rtp_port_max=min(low + 400, 65534))  # default flood limits
    flood_calls = rate * seconds
    normal_calls = max(3, seconds)
    flood_dir = workdir / f"flood-{rate}"
    flood_dir.mkdir()
    normal_dir = workdir / f"normal-{rate}"
    normal_dir.mkdir()
    # admitted flood calls last until the flooder's own BYE (a BYE from us first aborts its call)
    async with sip_server(workdir, handler_for(tally, 10.0), options) as endpoint:
        cpu, wall = time.process_time(), time.perf_counter()
        flood = asyncio.create_task(run_sipp("flood_call.xml", endpoint.address[1], flood_dir, calls=flood_calls,
                                             timeout=seconds + 40,
                                             extra=["-i", "127.0.0.2", "-mi", "127.0.0.2", "-r", str(rate),
                                                    "-l", str(rate * 5)]))
        await asyncio.sleep(1.0)  # the flood is on
        normal = await run_sipp("uac_call.xml", endpoint.address[1], normal_dir, calls=normal_calls,
                                timeout=seconds + 40,
                                keys={"digit_a": pcap("4"), "digit_b": pcap("2"), "digit_c": pcap("pound")},
                                extra=["-r", "1", "-l", "3"])
        flooded = await flood
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        return {
            "flood_rate_cps": rate, "flood_calls": flood_calls, "flood_sipp_exit": flooded.returncode,
            "flood_sipp_stats": sipp_summary(flooded.stdout), "flood_sipp_errors": error_kinds(flooded.errors),
            "flood_admitted": tally.sources.count("127.0.0.2"), "refused_503": endpoint.refused_by_limits,
            "normal_calls": normal_calls, "normal_completed": tally.digits.count("42"),
            "normal_sipp_exit": normal.returncode,
            "endpoint_cpu_percent": round(100 * cpu / wall, 1), "wall_s": round(wall, 1),
            "limits": f"{options.new_dialogs_per_second:g}/s burst {options.new_dialogs_burst} per source, "
                      f"max {options.max_calls} calls",
        }


async def main(args: argparse.Namespace) -> None:
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="sip-hostile-") as tmp:
        workdir = Path(tmp)
        (workdir / "fuzz").mkdir()
        results["fuzz"] = await fuzz_part(workdir / "fuzz", args.datagrams)
        results["flood"] = [await flood_part(workdir, rate, args.seconds) for rate in args.rates]
    print(json.dumps(results, indent=2))
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--datagrams", type=int, default=20000)
    parser.add_argument("--rates", type=int, nargs="+", default=[100, 300, 600])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--out", type=Path)
    asyncio.run(main(parser.parse_args()))
