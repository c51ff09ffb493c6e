"""Thousands of mutated datagrams against a running endpoint, then a real SIPp call with keys.

After the fuzzing the endpoint must still answer a real call (RFC 2833 digits arrive), its
listener must never have been closed, no datagram may have raised inside the handlers, and
the process's descriptors, RTP ports and call tables must be back where they were.
``IVR_LONG_TESTS=1`` runs a much longer series of seeds.
"""

from __future__ import annotations

import asyncio
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from ivr.channel import CallerHangup, Channel
from ivr.sip.config import SipOptions
from ivr.sip.endpoint import SipEndpoint
from tests.conftest import long_tests_enabled
from tests.sip.fuzzing import SipFuzzer
from tests.sip.harness import Seen, free_udp_port, pcap, run_sipp, sip_server, wait_until

SIPP_CALLER = "13812345678"


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS in /proc/self/status")


class Sockets:
    """The fuzzing peer and the sink ports that mutated Via/SDP addresses may name."""

    def __init__(self, sinks: int = 4) -> None:
        self.peer = self._bind()
        self.sinks = [self._bind() for _ in range(sinks)]

    @staticmethod
    def _bind() -> socket.socket:
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        sock.bind(("127.0.0.1", 0))
        sock.setblocking(False)
        return sock

    def all(self) -> Iterator[socket.socket]:
        yield self.peer
        yield from self.sinks

    def drain(self) -> int:
        received = 0
        for sock in self.all():
            while True:
                try:
                    sock.recv(65535)
                except (BlockingIOError, ConnectionRefusedError):
                    break
                received += 1
        return received

    def close(self) -> None:
        for sock in self.all():
            sock.close()


def fuzz_options() -> SipOptions:
    low = free_udp_port(even=True)
    return SipOptions(rtp_port_min=low, rtp_port_max=min(low + 300, 65534), max_calls=60,
                      new_dialogs_per_second=100000, new_dialogs_burst=100000)


async def fuzz(endpoint: SipEndpoint, sockets: Sockets, seed: int, count: int) -> None:
    loop = asyncio.get_running_loop()
    sinks = [int(s.getsockname()[1]) for s in sockets.sinks]
    fuzzer = SipFuzzer(seed, endpoint.address, int(sockets.peer.getsockname()[1]), sinks)
    received_at_start = endpoint.transport.datagrams
    for i, datagram in enumerate(fuzzer.datagrams(count)):
        await loop.sock_sendto(sockets.peer, datagram, endpoint.address)
        if i % 10 == 9:
            # let the endpoint (same loop) take them as they come: on a loaded machine a sender
            # that runs ahead overflows the socket's receive queue and the kernel drops datagrams
            # the endpoint never sees; wait (boundedly) until it is at most one batch behind
            for _ in range(500):
                await asyncio.sleep(0.002)
                if endpoint.transport.datagrams - received_at_start >= i + 1 - 10:
                    break
            sockets.drain()
    await asyncio.sleep(0.2)
    sockets.drain()


def make_handler(seen: Seen) -> object:
    async def handler(channel: Channel) -> None:
        try:
            await channel.answer()
            if channel.caller != SIPP_CALLER:  # a fuzzed call: a moment of media, then BYE
                await channel.collect_digits(None, 1, timeout=0.2)
                await channel.hangup()
                return
            seen.add("digits", (await channel.collect_digits(None, max_digits=4, timeout=8)).digits)
            await channel.hangup()
        except CallerHangup:
            pass
        finally:
            if channel.caller == SIPP_CALLER:
                seen.done.set()

    return handler


async def run_fuzz_then_call(tmp_path: Path, seeds: range, per_seed: int) -> None:
    seen = Seen()
    sockets = Sockets()
    try:
        async with sip_server(tmp_path, make_handler(seen), fuzz_options()) as endpoint:  # type: ignore[arg-type]
            await fuzz(endpoint, sockets, seed=0, count=200)  # warm-up: first allocations, caches
            assert await wait_until(lambda: not endpoint.calls and not endpoint.ports.in_use, 20)
            fds_before, rss_before = open_fds(), rss_kib()
            received_before = endpoint.transport.datagrams
            for seed in seeds:
                await fuzz(endpoint, sockets, seed=seed, count=per_seed)
            fuzzed = endpoint.transport.datagrams - received_before
            assert fuzzed >= len(seeds) * per_seed * 0.9, f"only {fuzzed} datagrams reached the endpoint"
            assert endpoint.transport.handler_errors == 0
            assert endpoint.transport.reopens == 0
            assert endpoint.transport.ready
            assert endpoint.transport.parse_errors > 0 and endpoint.rejected > 0  # the fuzzer hit both
            assert endpoint.calls_handled > 0  # and some mutations were still calls
            assert len(endpoint._answers) <= endpoint.options.max_cached_answers

            result = await run_sipp("uac_call.xml", endpoint.address[1], tmp_path,
                                    {"digit_a": pcap("3"), "digit_b": pcap("7"), "digit_c": pcap("pound")})
            assert result.returncode == 0, result.explain()
            assert await wait_until(seen.done.is_set)
            assert seen.value("digits") == "37"
            assert await wait_until(lambda: not endpoint.calls and not endpoint.ports.in_use, 20)
            # no descriptor leaked (one opened before the fuzz may have been closed meanwhile)
            assert await wait_until(lambda: open_fds() <= fds_before, 10), (fds_before, open_fds())
            grown = rss_kib() - rss_before
            assert grown < 64 * 1024, f"resident memory grew by {grown} KiB"
    finally:
        sockets.close()


@pytest.mark.timeout(240)
async def test_thousands_of_mutated_datagrams_then_a_real_call(tmp_path: Path) -> None:
    await run_fuzz_then_call(tmp_path, seeds=range(1, 6), per_seed=1000)


@pytest.mark.timeout(3600)
@pytest.mark.skipif(not long_tests_enabled(), reason="IVR_LONG_TESTS=1 runs the long fuzz")
async def test_long_fuzz_run(tmp_path: Path) -> None:
    await run_fuzz_then_call(tmp_path, seeds=range(100, 200), per_seed=2000)
