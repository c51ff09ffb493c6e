"""`ivr sip ping`; `ivr sip serve` runs on the runtime and is joined to this group in ivr.cli_parts."""

from __future__ import annotations

import socket
import uuid

import typer

app = typer.Typer(help="Embedded SIP endpoint (UDP).", no_args_is_help=True)


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
