"""The AMI client against an AMI-speaking TCP peer."""

from __future__ import annotations

import pytest

from queueing.ami import AmiClient, AmiError, encode
from tests.queueing.ami_peer import AmiPeer


async def test_login_and_originate() -> None:
    peer = AmiPeer(answering={"PJSIP/1001"})
    await peer.start()
    client = AmiClient("127.0.0.1", peer.port, "ivr", "s3cret")
    try:
        ok = await client.originate("PJSIP/1001", context="ivr-callback", exten="13800000000", timeout_s=5)
        no = await client.originate("PJSIP/1002", context="ivr-callback", exten="13800000000", timeout_s=5)
    finally:
        await client.close()
        await peer.stop()
    assert client.banner.startswith("Asterisk Call Manager/")
    assert ok.success and ok.reason == "4"
    assert not no.success and no.reason == "3"
    assert [a["Action"] for a in peer.actions] == ["Login", "Originate", "Originate"]


async def test_bad_secret_is_refused() -> None:
    peer = AmiPeer()
    await peer.start()
    client = AmiClient("127.0.0.1", peer.port, "ivr", "wrong")
    try:
        with pytest.raises(AmiError, match="refused"):
            await client.connect()
    finally:
        await client.close()
        await peer.stop()


def test_values_cannot_inject_headers() -> None:
    with pytest.raises(AmiError):
        encode([("Exten", "138\r\nAction: Command")])
    assert encode([("Action", "Ping")]) == b"Action: Ping\r\n\r\n"
