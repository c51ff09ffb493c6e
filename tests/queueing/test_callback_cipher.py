"""Callback numbers stored encrypted: the dialler opens them with the gateway's key, and gives
up (never dials) a number its key cannot open."""

from __future__ import annotations

from ivr.number_cipher import NumberCipher
from queueing.ami import AmiClient
from queueing.callback import CallbackDialer
from queueing.events import EventLog, decode_entry
from queueing.store import AcdStore
from tests.queueing.ami_peer import AmiPeer

NUMBER = "13957246810"
NOW = 1_772_413_200_000


async def dial_once(store: AcdStore, numbers: NumberCipher) -> tuple[int, list[dict[str, str]]]:
    peer = AmiPeer(answering={"PJSIP/a1"})
    await peer.start()
    ami = AmiClient("127.0.0.1", peer.port, peer.username, peer.secret)
    try:
        dialled = await CallbackDialer(store, EventLog(store.redis), ami, lambda: NOW, numbers=numbers).run_once("bj")
    finally:
        await ami.close()
        await peer.stop()
    return dialled, [a for a in peer.actions if a.get("Action") == "Originate"]


async def test_the_dialler_opens_the_sealed_number(store: AcdStore) -> None:
    await store.enqueue("bj", "cb1", call_id="c-1", enq_ms=NOW, now_ms=NOW)
    await store.request_callback("bj", "cb1", NumberCipher("the-key").seal(NUMBER), NOW)
    assert NUMBER not in str(await store.call("bj", "cb1"))
    await store.agent_login("bj", "a1", "PJSIP/a1", NOW, ready=True)
    dialled, originates = await dial_once(store, NumberCipher("the-key"))
    assert dialled == 1 and [o["Exten"] for o in originates] == [NUMBER]
    events = [decode_entry(f) for _, f in await store.redis.xrange("ivr:events")]
    dial = next(e for e in events if e["type"] == "CALLBACK_DIAL")
    assert dial["data"]["caller"] == "139******10"


async def test_a_number_the_key_cannot_open_is_given_up(store: AcdStore) -> None:
    await store.enqueue("bj", "cbx", call_id="c-x", enq_ms=NOW, now_ms=NOW)
    await store.request_callback("bj", "cbx", NumberCipher("old-key").seal(NUMBER), NOW)
    await store.agent_login("bj", "a1", "PJSIP/a1", NOW, ready=True)
    dialled, originates = await dial_once(store, NumberCipher("new-key"))
    assert dialled == 0 and originates == []
    assert await store.call("bj", "cbx") == {}
    events = [decode_entry(f) for _, f in await store.redis.xrange("ivr:events")]
    failed = [e for e in events if e["type"] == "CALLBACK_FAILED" and e["call_id"] == "c-x"]
    assert failed and failed[0]["data"]["dial_status"] == "NUMBER_UNREADABLE"
    assert (await store.agent("bj", "a1"))["state"] == "ready"
