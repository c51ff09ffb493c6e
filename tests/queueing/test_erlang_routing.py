"""Erlang C against the textbook factorial formula; centre configuration and routing."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from queueing.centres import ConfigError, load_config
from queueing.erlang import agents_needed, erlang_b, erlang_c, service_level
from queueing.routing import route


def erlang_c_textbook(n: int, a: float) -> float:
    top = a**n / math.factorial(n) * n / (n - a)
    return top / (sum(a**k / math.factorial(k) for k in range(n)) + top)


@pytest.mark.parametrize(("n", "a"), [(2, 1.0), (12, 10.0), (30, 25.5), (60, 50.0)])
def test_erlang_c_matches_factorial_formula(n: int, a: float) -> None:
    assert erlang_c(n, a) == pytest.approx(erlang_c_textbook(n, a), rel=1e-9)


def test_large_centres_do_not_overflow() -> None:
    assert 0 < erlang_b(20_000, 19_000.0) < 1
    assert 0 < erlang_c(20_000, 19_900.0) < 1
    staffing = agents_needed(rate_per_s=5000 / 3600 * 60, aht_s=240)
    assert staffing.agents > staffing.traffic_erlangs and staffing.service_level >= 0.8


def test_agents_needed_is_the_smallest_meeting_target() -> None:
    s = agents_needed(rate_per_s=360 / 3600, aht_s=180, target=0.8, within_s=20)
    assert service_level(s.agents, 0.1, 180, 20) >= 0.8 > service_level(s.agents - 1, 0.1, 180, 20)
    assert erlang_c(5, 6.0) == 1.0
    with pytest.raises(ValueError):
        agents_needed(0, 180)


def test_shipped_centres_cover_every_province_and_cn() -> None:
    cfg = load_config()
    assert len(cfg.centres) == 32 and "cn" in cfg.centres and "bj" in cfg.centres
    assert cfg.chain("gd") == ["gd", "cn"] and cfg.chain("cn") == ["cn"]
    assert cfg.centre("bj").service_level.target == 0.8 and cfg.centre("bj").service_level.seconds == 20


def test_bad_configuration_is_refused_clearly(tmp_path: Path) -> None:
    bad = tmp_path / "c.yaml"
    bad.write_text("centres:\n  xx: {}\n")
    with pytest.raises(ConfigError, match="unknown centres"):
        load_config(bad)
    bad.write_text("centres:\n  bj: {overflow: [bj]}\n")
    with pytest.raises(ConfigError, match="itself"):
        load_config(bad)
    bad.write_text("defaults: {strategy: random}\n")
    with pytest.raises(ConfigError, match="strategy"):
        load_config(bad)
    bad.write_text("rules: [{match: {colour: red}}]\n")
    with pytest.raises(ConfigError, match="unknown match keys"):
        load_config(bad)
    bad.write_text("defaults: {hours: {open: '25:00'}}\n")
    with pytest.raises(ConfigError):
        load_config(bad)
    bad.write_text("defaults: [1, 2\n")
    with pytest.raises(ConfigError, match="YAML"):
        load_config(bad)


def test_routing_by_business_region_then_region() -> None:
    cfg = load_config()
    d = route({"region": "11", "business_region": "44"}, "12315", cfg)
    assert d.centre == "gd" and d.overflow == ["cn"] and d.priority == 0
    assert route({"region": "31"}, "12315", cfg).centre == "sh"
    assert route({"region": "99"}, "12315", cfg).centre == "cn"
    d = route({"region": "44", "category": "food", "service_type": "report"}, "12331", cfg)
    assert d.priority == 4
    assert route({"region": "44", "language": "en"}, "12315", cfg).centre == "cn"


def test_opening_hours() -> None:
    from datetime import UTC, datetime

    cfg = load_config()
    ten_am = datetime(2026, 6, 1, 2, 0, tzinfo=UTC)  # 10:00 Beijing
    two_am = datetime(2026, 6, 1, 18, 0, tzinfo=UTC)
    assert cfg.centre("bj").is_open(ten_am) and not cfg.centre("bj").is_open(two_am)
    assert cfg.centre("cn").is_open(two_am)
