"""The simulator on the real scripts and a real Redis, against Erlang C; its command line."""

from __future__ import annotations

from typing import Any

from typer.testing import CliRunner

from queueing.cli import app
from queueing.simulate import CentreLoad, simulate


async def test_simulation_agrees_with_erlang_c(redis_client: Any) -> None:
    if type(redis_client).__name__ == "RedisCluster":
        return await _cluster_smoke(redis_client)
    result = await simulate(redis_client, [CentreLoad("bj", 360, 22), CentreLoad("sh", 200, 40)],
                            seconds=8 * 3600, seed=5)
    bj, sh = result.centres
    assert bj.offered > 2500 and bj.answered == bj.offered and bj.abandoned == 0
    assert abs(bj.service_level - bj.erlang_service_level) < 0.1
    assert bj.erlang_asa_seconds is not None and abs(bj.asa_seconds - bj.erlang_asa_seconds) < 10
    assert 0.6 < bj.occupancy < 0.95
    assert sh.service_level > 0.99 and sh.erlang_service_level > 0.99  # heavily overstaffed
    assert bj.erlang_agents_needed == 22


async def test_impatient_callers_abandon_when_understaffed(redis_client: Any) -> None:
    result = await simulate(redis_client, [CentreLoad("gd", 600, 20)], seconds=3600, patience_seconds=30,
                            seed=2)
    [gd] = result.centres
    assert gd.abandoned > 0 and gd.abandoned + gd.answered == gd.offered
    assert gd.service_level < gd.erlang_service_level or gd.erlang_service_level == 0.0


async def _cluster_smoke(redis_client: Any) -> None:
    result = await simulate(redis_client, [CentreLoad("bj", 360, 22), CentreLoad("cn", 60, 4)],
                            seconds=1800, seed=5)
    assert all(c.answered == c.offered > 0 for c in result.centres)


def test_cli_simulate_and_erlang(acd_redis_url: str) -> None:
    runner = CliRunner()
    out = runner.invoke(app, ["simulate", "--load", "tj=120:6", "--hours", "0.5", "--redis-url", acd_redis_url])
    assert out.exit_code == 0, out.output
    assert "tj" in out.output and "SL(EC)" in out.output
    bad = runner.invoke(app, ["simulate", "--load", "zz=1:1", "--redis-url", acd_redis_url])
    assert bad.exit_code == 2 and "unknown centre" in bad.output
    out = runner.invoke(app, ["erlang", "--calls-per-hour", "360"])
    assert out.exit_code == 0 and '"agents": 22' in out.output


def test_cli_agent_commands(acd_redis_url: str) -> None:
    runner = CliRunner()
    base = ["--redis-url", acd_redis_url]
    out = runner.invoke(app, ["agent", "login", "qh", "cli1", "--phone", "agent-qh-01", "--ready", *base])
    assert out.exit_code == 0 and out.output.strip() == "ready", out.output
    assert runner.invoke(app, ["agent", "pause", "qh", "cli1", *base]).output.strip() == "paused"
    out = runner.invoke(app, ["agent", "login", "qh", "bad id", "--phone", "agent-qh-02", *base])
    assert out.exit_code == 1 and "invalid agent id" in out.output
    assert runner.invoke(app, ["agent", "logout", "qh", "cli1", *base]).output.strip() == "out"
    out = runner.invoke(app, ["agent", "ready", "qh", "cli1", *base])
    assert out.exit_code == 1 and "ERR_NOAGENT" in out.output
    out = runner.invoke(app, ["check", *base])
    assert out.exit_code == 0, out.output
