"""The embedded SIP endpoint: a raw SIP/RTP caller (RFC 2833 keys, BYE) in the test's loop,
and SIPp as the agent's phone for a dial (answers and talks, busy, or rings unanswered)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import struct
from pathlib import Path

from ivr.channel import AnswerHook, Channel, Prompt
from ivr.settings import Settings
from ivr.sip.channel import SipChannel
from ivr.sip.config import SipOptions
from ivr.sip.endpoint import start_sip_endpoint
from ivr.sip.rtp import build_rtp
from tests.contract.behaviours import Caller, Observed, Step, run_behaviour
from tests.contract.outcome import Outcome
from tests.sip.harness import free_udp_port, run_sipp, wait_until
from tests.sip.test_raw_sip import RawPeer, header, invite

HERE = Path(__file__).parent
AGENT_SCENARIOS = {"answer": "agent_uas.xml", "busy": "agent_busy.xml", "noanswer": str(HERE / "agent_noanswer.xml")}
DTMF_PT = 101
EVENTS = "0123456789*#ABCD"
#: A dial step's caller hangs up once the agent's phone has rung this long.
RING_BEFORE_HANGUP = 1.0


class _RawCaller:
    """One SIP call from a plain UDP socket, its RTP from another."""

    def __init__(self) -> None:
        self.sip = RawPeer()
        self.media = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.media.bind(("127.0.0.1", 0))
        self.media.setblocking(False)
        self.media_port = int(self.media.getsockname()[1])
        self.server: tuple[str, int] = ("127.0.0.1", 0)
        self.to = ""
        self.messages: list[str] = []
        self.bye_sent = False
        self.requests_after_bye = 0
        self._seq = 1
        self._ts = 8000
        self._ssrc = int.from_bytes(os.urandom(4), "big")
        self._reader: asyncio.Task[None] | None = None
        #: Set once the 200 OK is ACKed: the dialog exists, the caller may act.
        self.ready = asyncio.Event()

    async def call(self, server: tuple[str, int]) -> None:
        self.server = server
        await self.sip.send(invite(self.sip, server[1], self.media_port), server)
        ok = await self.sip.recv_status(200)
        self.to = header(ok, "To")
        await self.sip.send(self._request("ACK", 1), server)
        self._reader = asyncio.create_task(self._read())
        self.ready.set()

    def _request(self, method: str, cseq: int) -> str:
        return (f"{method} sip:ivr@127.0.0.1:{self.server[1]} SIP/2.0\n"
                f"Via: SIP/2.0/UDP 127.0.0.1:{self.sip.port};branch=z9hG4bK-contract-{method.lower()};rport\n"
                f"From: <sip:01088886666@127.0.0.1:{self.sip.port}>;tag=raw1\nTo: {self.to}\n"
                f"Call-ID: raw-call-1@127.0.0.1\nCSeq: {cseq} {method}\nMax-Forwards: 70\nContent-Length: 0\n\n")

    async def _read(self) -> None:
        while True:
            try:
                message = await self.sip.recv(timeout=3600)
            except OSError:
                return
            self.messages.append(message)
            if message.startswith("SIP/2.0"):
                continue
            if self.bye_sent:
                self.requests_after_bye += 1
            if message.startswith("BYE "):  # the server ends the call: 200 OK
                lines = [line for line in message.split("\r\n")
                         if line.split(":", 1)[0].lower() in ("via", "from", "to", "call-id", "cseq")]
                with contextlib.suppress(OSError):
                    await self.sip.send("SIP/2.0 200 OK\n" + "\n".join(lines) + "\nContent-Length: 0\n\n",
                                        self.server)

    async def hang_up(self) -> None:
        self.bye_sent = True
        await self.sip.send(self._request("BYE", 2), self.server)
        assert await wait_until(lambda: any(m.startswith("SIP/2.0 200") and "BYE" in header(m, "CSeq")
                                            for m in self.messages)), "no 200 OK for the caller's BYE"

    async def press(self, keys: str, remote: tuple[str, int]) -> None:
        """RFC 2833: per key a start packet and three end packets, 100 ms long."""
        loop = asyncio.get_running_loop()
        for key in keys:
            event = EVENTS.index(key)
            for end, duration, marker in ((False, 160, True), (True, 800, False), (True, 800, False),
                                          (True, 800, False)):
                body = struct.pack("!BBH", event, (0x80 if end else 0) | 10, duration)
                await loop.sock_sendto(self.media, build_rtp(DTMF_PT, marker, self._seq, self._ts, self._ssrc, body),
                                       remote)
                self._seq += 1
            self._ts += 800
            await asyncio.sleep(0.05)

    def close(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
        self.sip.close()
        self.media.close()


class _Side:
    def __init__(self, caller: Caller, raw: _RawCaller) -> None:
        self.caller = caller
        self.raw = raw
        self.channel: SipChannel | None = None
        self.tasks: list[asyncio.Task[None]] = []

    def caller_left(self, number: int) -> None:
        return None

    def hook_made(self, hook: AnswerHook) -> None:
        return None  # the endpoint sees the agent's 200 OK itself

    async def _recording_runs(self) -> None:
        assert self.channel is not None
        stream = self.channel.call.stream
        assert await wait_until(lambda: stream.on_audio is not None), "the recording never started"

    async def _keys(self, keys: str) -> None:
        assert self.channel is not None
        stream = self.channel.call.stream
        before = stream.packets_received
        await self.raw.press(keys, ("127.0.0.1", stream.port))
        assert await wait_until(lambda: stream.packets_received >= before + 4 * len(keys)), "keys not received"

    async def _bye(self) -> None:
        assert self.channel is not None
        call = self.channel.call
        await self.raw.hang_up()
        assert await wait_until(lambda: call.ended), "the endpoint did not end the call on BYE"

    async def _later(self, step: Step, action: str, keys: str) -> None:
        if step.kind == "record":
            await self._recording_runs()
        else:
            await asyncio.sleep(RING_BEFORE_HANGUP)
        await (self._bye() if action == "bye" else self._keys(keys))

    async def begin(self, number: int, step: Step) -> None:
        keys = self.caller.keys.get(number, "")
        action = "bye" if self.caller.hangup_at == number else ("keys" if keys else "")
        if not action:
            return
        await self.raw.ready.wait()
        if step.kind in ("record", "dial"):
            self.tasks.append(asyncio.create_task(self._later(step, action, keys)))
        elif action == "bye":
            await self._bye()
        else:
            await self._keys(keys)


async def run(tmp_path: Path, steps: list[Step], caller: Caller, prompt: Prompt, agent_voice: Path) -> Outcome:
    settings = Settings(data_dir=tmp_path / "data", sip_host="127.0.0.1", sip_port=free_udp_port())
    low = free_udp_port(even=True)
    options = SipOptions(rtp_port_min=low, rtp_port_max=min(low + 40, 65534))
    raw = _RawCaller()
    side = _Side(caller, raw)
    agent_port = free_udp_port()
    done: asyncio.Future[Observed] = asyncio.get_running_loop().create_future()

    async def handler(channel: Channel) -> None:
        assert isinstance(channel, SipChannel)
        side.channel = channel
        try:
            done.set_result(await run_behaviour(channel, steps, side, prompt, f"sip:agent1@127.0.0.1:{agent_port}"))
        except BaseException as exc:
            done.set_exception(exc)
            raise

    agent: asyncio.Task[object] | None = None
    if any(step.kind == "dial" for step in steps):
        agent_dir = tmp_path / "agent"
        agent_dir.mkdir(exist_ok=True)
        agent = asyncio.create_task(run_sipp(
            AGENT_SCENARIOS[caller.agent], 0, agent_dir, {"stream": f"{agent_voice},1,0"},
            extra=["-p", str(agent_port), "-d", "1000"], server_first=False, timeout=20))
        await asyncio.sleep(0.3)  # the phone listens before the caller dials
    endpoint = await start_sip_endpoint(settings, handler, options)
    try:
        await raw.call(endpoint.address)
        observed = await asyncio.wait_for(done, 30)
        for task in side.tasks:
            await task
        assert await wait_until(lambda: not endpoint.calls)
    finally:
        await endpoint.close()
        raw.close()
        if agent is not None:
            await agent  # run_sipp ends SIPp itself at its timeout
    return Outcome(observed, raw.requests_after_bye if raw.bye_sent else 0, raw.bye_sent)
