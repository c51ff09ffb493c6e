"""Bounded YAML (ivr/safe_yaml.py) against the loaders it replaced, in the same run.

1. The shipped menus: ``load_yaml`` (event count with libyaml, then libyaml's safe loader) against
   ``yaml.safe_load`` (the pure-Python loader the load sites used before) and against libyaml's
   safe loader with no bounds (the cost of the check itself).
2. A billion-laughs document (under 500 bytes, 10**9 strings): our refusal against what the
   unbounded path costs on the same construction at 10**5 and 10**6 strings (load, then one walk
   over the values, as the validator does).
3. 5,000 nested brackets: our refusal against ``yaml.safe_load`` (which ends in RecursionError).

Run: .venv/bin/python bench/yaml_bench.py  (writes bench/yaml_RESULTS.md)
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ivr.safe_yaml import YamlRefused, load_yaml  # noqa: E402
from ivr.settings import SHIPPED_MENUS_DIR  # noqa: E402

RESULTS = ROOT / "bench" / "yaml_RESULTS.md"


def bomb(levels: int) -> str:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, levels):
        lines.append(f"a{n}: &a{n} [" + ",".join([f"*a{n - 1}"] * 10) + "]")
    return "\n".join(lines) + "\n"


def best_ms(work: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return min(times) if repeat < 5 else statistics.median(times)


def walk(value: Any) -> int:
    """Count the values as a validator walking the document would meet them."""
    count, stack = 0, [value]
    while stack:
        item = stack.pop()
        count += 1
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return count


def refused_ms(text: str) -> tuple[float, str]:
    started = time.perf_counter()
    try:
        load_yaml(text)
    except YamlRefused as exc:
        return (time.perf_counter() - started) * 1000, exc.code
    raise AssertionError("not refused")


def main() -> None:
    menus = sorted(SHIPPED_MENUS_DIR.glob("*.yaml"))
    texts = [p.read_text(encoding="utf-8") for p in menus]
    size = sum(len(t.encode()) for t in texts)
    ours = best_ms(lambda: [load_yaml(t) for t in texts], 9)
    python = best_ms(lambda: [yaml.safe_load(t) for t in texts], 9)
    libyaml = best_ms(lambda: [yaml.load(t, Loader=yaml.CSafeLoader) for t in texts], 9)  # noqa: S506

    big = bomb(9)
    refusal, code = refused_ms(big)
    peers = []
    for levels in (5, 6):
        text = bomb(levels)
        started = time.perf_counter()
        values = walk(yaml.safe_load(text))
        peers.append((levels, values, (time.perf_counter() - started) * 1000))

    deep = "menu: " + "[" * 5000 + "]" * 5000 + "\n"
    deep_refusal, deep_code = refused_ms(deep)
    started = time.perf_counter()
    try:
        yaml.safe_load(deep)
        deep_peer = "loaded"
    except RecursionError:
        deep_peer = "RecursionError"
    deep_peer_ms = (time.perf_counter() - started) * 1000

    load = os.getloadavg()
    lines = [
        "# Bounded YAML",
        "",
        "Command: `.venv/bin/python bench/yaml_bench.py` (one run on the shared 2-core machine, "
        f"load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}).",
        "",
        f"### The shipped menus ({len(menus)} file{'s' if len(menus) != 1 else ''}, {size:,} bytes), median of 9 loads",
        "",
        "| loader | ms | ratio to ours |",
        "| --- | --- | --- |",
        f"| ours: bounds counted on libyaml's events, then libyaml's safe loader | {ours:.1f} | 1.00 |",
        f"| `yaml.safe_load` (pure Python, what the load sites used before) | {python:.1f} | {python / ours:.2f} |",
        f"| libyaml's safe loader, no bounds (the check's own cost is the difference) | {libyaml:.1f} | "
        f"{libyaml / ours:.2f} |",
        "",
        (f"The check adds {ours - libyaml:.1f} ms ({(ours - libyaml) / libyaml:.0%}) to libyaml's load."
         if ours > libyaml else "The check's cost is within this run's noise (not slower than libyaml alone)."),
        "",
        f"### Billion laughs ({len(big)} bytes, 10^9 strings)",
        "",
        "| what | values | ms |",
        "| --- | --- | --- |",
        f"| ours: refused (`{code}`) | counted to 100,000 | {refusal:.1f} |",
        *[f"| unbounded `yaml.safe_load` and one walk, same construction with {lv} levels | {n:,} | {ms:.0f} |"
          for lv, n, ms in peers],
        "",
        "The unbounded cost grows tenfold per level: 10^9 strings would take about "
        f"{peers[-1][2] / 60:.0f} minutes per walk (not run).",
        "",
        "### 5,000 nested brackets",
        "",
        f"Ours: refused (`{deep_code}`) in {deep_refusal:.1f} ms. `yaml.safe_load`: {deep_peer} after "
        f"{deep_peer_ms:.0f} ms.",
        "",
    ]
    RESULTS.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
