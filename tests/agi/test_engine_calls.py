"""Full calls: the Asterisk-faithful peer -> FastAGI server -> call-flow engine (shipped menus)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from agi_scripts.server import FastAgiServer, engine_handler
from ivr.engine import default_services
from ivr.settings import Settings
from tests.engine.calls import acd_hours
from tests.support.agi_peer import CallerScript, PeerResult, call

OPEN = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)  # Wednesday 11:00 in Beijing
CLOSED = datetime(2026, 12, 2, 14, 0, tzinfo=UTC)  # Wednesday 22:00 in Beijing: the shipped centres close at 20:30
BEIJING_FIXED = "01088886666"
MOBILE = "13812345678"


class EventCollector:
    def __init__(self) -> None:
        self.events: list[tuple[str, dict[str, Any]]] = []

    async def emit(self, event_type: str, payload: dict[str, Any]) -> None:
        self.events.append((event_type, payload))

    def call_ends(self) -> list[dict[str, Any]]:
        return [payload for kind, payload in self.events if kind == "CALL_END"]


class Rig:
    def __init__(self, tmp_path: Path) -> None:
        self.settings = Settings(data_dir=tmp_path / "data")
        self.events = EventCollector()
        self.now = OPEN
        self.server = FastAgiServer(
            handler=engine_handler(self.services),
            sounds_dir=self.settings.sounds_dir,
            spool_dir=self.settings.spool_dir,
            command_timeout=5.0,
        )
        self._menus: Any = None

    def services(self) -> Any:
        services = default_services(self.settings, events=self.events, clock=lambda: self.now,
                                    menus=self._menus, hours=acd_hours())
        self._menus = services.menus
        return services

    async def call(self, script: CallerScript, **fields: Any) -> tuple[PeerResult, dict[str, Any]]:
        fields.setdefault("callerid", BEIJING_FIXED)
        fields.setdefault("uniqueid", f"1795963818.{len(self.events.events)}")
        result = await call("127.0.0.1", self.server.port, script, **fields)
        for _ in range(100):  # the record is emitted right after the socket closes
            ends = [e for e in self.events.call_ends() if e["call_id"] == fields["uniqueid"]]
            if ends:
                return result, ends[-1]
            await asyncio.sleep(0.01)
        raise AssertionError(f"no CALL_END for {fields['uniqueid']}: {result.commands}")


@pytest_asyncio.fixture(loop_scope="function")
async def rig(tmp_path: Path) -> AsyncIterator[Rig]:
    rig = Rig(tmp_path)
    await rig.server.start("127.0.0.1", 0)
    yield rig
    await rig.server.close()


def nodes(record: dict[str, Any]) -> list[str]:
    return [step["node"] for step in record["path"]]


# 3 (consultation) is answered by the knowledge base: tests/knowledge/test_consult_calls.py
@pytest.mark.parametrize(("key", "service_type"), [("1", "complaint"), ("2", "report")])
async def test_complaint_report_consultation_by_keys(rig: Rig, key: str, service_type: str) -> None:
    # welcome: 1 (Mandarin), service menu, region confirmed from the Beijing area code,
    # business in the same region, category 1 (food), statement recorded
    result, record = await rig.call(CallerScript(keys=["1", key, "1", "1", "1"]))
    assert record["slots"]["service_type"] == service_type
    assert record["slots"]["region"] == record["slots"]["business_region"] == "11"
    assert record["slots"]["category"] == "food"
    assert record["transport"] == "fastagi" and record["dnis"] == "12315"
    assert record["outcome"] == "callback_promised"  # no ACD attached in this rig
    assert record["queue"]["outcome"] == "no_acd"
    assert record["recording"] and Path(record["recording"]).parent == rig.settings.spool_dir
    assert any(cmd.startswith("RECORD FILE " + str(rig.settings.spool_dir)) for cmd in result.commands)
    assert result.verbs()[0] == "ANSWER" and result.verbs()[-1] == "HANGUP"
    assert result.closed_by_server and result.server_hung_up


async def test_progress_query_collects_ticket_digits(rig: Rig) -> None:
    result, record = await rig.call(CallerScript(keys=["1", "4", "1234567890#", "2"]))
    assert record["slots"]["service_type"] == "progress"
    assert record["slots"]["ticket"] == "1234567890"
    assert "case_status" in nodes(record)
    assert any(cmd.startswith("GET DATA ivr/zh/12315/ticket_ask") for cmd in result.commands)


@pytest.mark.parametrize(("dnis", "category"), [("12331", "food"), ("12365", "quality"), ("12358", "prices"),
                                                 ("12330", "ip")])
async def test_legacy_numbers_preselect_category(rig: Rig, dnis: str, category: str) -> None:
    _, record = await rig.call(CallerScript(keys=["1", "1", "1", "1"]), dnis=dnis)
    assert record["dnis"] == dnis
    assert record["slots"]["category"] == category
    assert "category_menu" not in nodes(record)
    assert record["outcome"] == "callback_promised"


async def test_mobile_caller_keys_province_code(rig: Rig) -> None:
    # no area code: the region question (speech with a key path) gets the code 44 by keys
    result, record = await rig.call(CallerScript(keys=["1", "1", "44", "1", "5"]), callerid=MOBILE)
    assert record["slots"]["region"] == "44"
    assert record["slots"]["category"] == "online"
    assert any(cmd.startswith("GET DATA ivr/system/silence") for cmd in result.commands)


async def test_english_caller(rig: Rig) -> None:
    result, record = await rig.call(CallerScript(keys=["2", "3", "1", "1", "8"]))
    assert record["language"] == "en"
    assert any(cmd.startswith("STREAM FILE ivr/en/12315/service_menu") for cmd in result.commands)


async def test_closed_hours_take_statement_for_callback(rig: Rig) -> None:
    rig.now = CLOSED
    result, record = await rig.call(CallerScript(keys=["1", "1", "1", "1", "1"]))
    assert "closed_notice" in nodes(record) and "closed_callback" in nodes(record)
    assert record["outcome"] == "callback_promised"


async def test_caller_withheld_number(rig: Rig) -> None:
    _, record = await rig.call(CallerScript(keys=["1", "1", "11", "1", "1"]), callerid="")
    assert record["caller"] == ""
    assert record["slots"]["region"] == "11"


async def test_hangup_at_every_step_of_the_complaint_path(rig: Rig) -> None:
    keys = ["1", "1", "1", "1", "1"]
    full, full_record = await rig.call(CallerScript(keys=list(keys)))
    total = len(full.commands)
    assert total >= 8
    assert full.commands[-2:] == ["SET VARIABLE IVR_DONE 1", "HANGUP"]
    for step in range(1, total - 1):  # the last two come after the flow ended
        result, record = await rig.call(CallerScript(keys=list(keys), hangup_at=step))
        assert result.closed_by_server, step
        assert result.channel_commands_after_hangup <= 1, (step, result.commands)
        assert record["hangup_reason"] == "caller hangup", (step, record["outcome"])
        assert record["outcome"] in ("caller_hangup", "callback_promised", "no_acd"), step
        # the node the caller left from (none yet when the hangup beats ANSWER)
        assert record["hangup_node"] or step == 1, step
        nodes_reached = nodes(record)
        assert nodes_reached == nodes(full_record)[: len(nodes_reached)], step


async def test_silent_caller_gets_retries_then_moves_on(rig: Rig) -> None:
    result, record = await rig.call(CallerScript(keys=[]))
    assert record["outcome"] in ("callback_promised", "completed", "transferred", "caller_hangup")
    assert result.server_hung_up and result.closed_by_server
    assert len(result.commands) < 200


async def test_50_concurrent_engine_calls(rig: Rig) -> None:
    scripts = [CallerScript(keys=["1", str(1 + n % 3), "1", "1", "1"]) for n in range(50)]
    results = await asyncio.gather(*(rig.call(s, uniqueid=f"c.{n}") for n, s in enumerate(scripts)))
    assert all(r.closed_by_server for r, _ in results)
    types = sorted(record["slots"]["service_type"] for _, record in results)
    assert types.count("complaint") == 17 and types.count("report") == 17 and types.count("consultation") == 16
