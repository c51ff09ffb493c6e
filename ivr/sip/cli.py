"""`ivr sip ...`: the embedded SIP endpoint."""

from __future__ import annotations

import asyncio
import logging
import signal
import socket
import uuid

import typer

from ivr.channel import Channel
from ivr.engine import default_services, run_call
from ivr.prompts_built import PromptsNotBuilt, menu_prompt_texts, prepare_prompts
from ivr.settings import Settings, get_settings
from ivr.sip.endpoint import start_sip_endpoint

app = typer.Typer(help="Embedded SIP endpoint (UDP).", no_args_is_help=True)


@app.command("serve")
def serve(
    host: str = typer.Option(None, help="Listen address (default IVR_SIP_HOST)"),
    port: int = typer.Option(None, help="UDP port (default IVR_SIP_PORT)"),
) -> None:
    """Answer SIP calls with the call-flow engine and the published menus (no queue: use `ivr serve` for the ACD)."""
    settings = get_settings()
    updates = {k: v for k, v in {"sip_host": host, "sip_port": port}.items() if v is not None}
    if updates:
        settings = settings.model_copy(update=updates)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    asyncio.run(_serve(settings))


async def _serve(settings: Settings) -> None:

    services = default_services(settings)
    try:  # built before the first call: nothing is synthesised during one
        built = await asyncio.to_thread(prepare_prompts, menu_prompt_texts(services.menus), settings.sounds_dir)
    except PromptsNotBuilt as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if built:
        typer.echo(f"built {len(built)} missing prompt sounds under {settings.sounds_dir}")

    async def handler(channel: Channel) -> object:
        return await run_call(channel, services, transport="sip")

    endpoint = await start_sip_endpoint(settings, handler)
    host, bound = endpoint.address
    typer.echo(f"SIP endpoint on udp {host}:{bound}; call sip:12315@{host}:{bound}; Ctrl-C stops")
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    await endpoint.close()


@app.command("ping")
def ping(target: str = typer.Argument("127.0.0.1:5060", help="host:port of a SIP endpoint"),
         timeout: float = typer.Option(2.0)) -> None:
    """Send one SIP OPTIONS and print the status line of the answer."""
    host, _, port_text = target.rpartition(":")
    if not host or not port_text.isdigit():
        raise typer.BadParameter("expected host:port")
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("0.0.0.0", 0))
        sock.settimeout(timeout)
        local_port = sock.getsockname()[1]
        request = (f"OPTIONS sip:{host}:{port_text} SIP/2.0\r\n"
                   f"Via: SIP/2.0/UDP 127.0.0.1:{local_port};branch=z9hG4bK{uuid.uuid4().hex[:16]};rport\r\n"
                   f"Max-Forwards: 70\r\nFrom: <sip:ping@127.0.0.1>;tag={uuid.uuid4().hex[:8]}\r\n"
                   f"To: <sip:{host}>\r\nCall-ID: {uuid.uuid4().hex}\r\nCSeq: 1 OPTIONS\r\n"
                   "Content-Length: 0\r\n\r\n")
        sock.sendto(request.encode(), (host, int(port_text)))
        try:
            answer = sock.recv(65535).decode(errors="replace")
        except TimeoutError:
            typer.echo(f"no answer from {target} within {timeout} s", err=True)
            raise typer.Exit(1) from None
    typer.echo(answer.split("\r\n", 1)[0])
