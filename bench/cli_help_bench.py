"""Wall time of `ivr --help`: this checkout against an earlier revision, with the interpreter
plus typer alone as the floor, in the same run (alternating, so load from elsewhere falls on
all three alike).

The earlier revision is exported with `git archive` to a temporary directory and put first on
PYTHONPATH (ahead of the editable install); both run with this virtualenv's interpreter.

    .venv/bin/python bench/cli_help_bench.py --before 20a49f2^ --runs 15
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ["ivr", "agi_scripts", "queueing", "records", "recordings"]


def export(revision: str, target: Path) -> None:
    archive = subprocess.run(["git", "archive", revision, *PACKAGES], cwd=ROOT, check=True, capture_output=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(target, filter="data")


def timed(command: list[str], pythonpath: str | None) -> float:
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = pythonpath
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=tempfile.gettempdir(), capture_output=True, text=True)
    took = time.perf_counter() - started
    if done.returncode != 0 or (command[-1] == "--help" and "serve" not in done.stdout):
        raise RuntimeError(f"{command} failed: {done.stderr[-500:]}")
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", required=True, help="git revision to compare with")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    python = sys.executable
    help_cmd = [python, "-m", "ivr.cli", "--help"]
    with tempfile.TemporaryDirectory(prefix="clihelp-") as tmp:
        export(args.before, Path(tmp))
        cases = {"after (this checkout)": (help_cmd, None), f"before ({args.before})": (help_cmd, tmp),
                 "floor: python -c 'import typer'": ([python, "-c", "import typer"], None)}
        times: dict[str, list[float]] = {name: [] for name in cases}
        for command, path in cases.values():  # warm the file cache once
            timed(command, path)
        for _ in range(args.runs):
            for name, (command, path) in cases.items():
                times[name].append(timed(command, path))
    load = Path("/proc/loadavg").read_text().split()[0]
    print(f"runs: {args.runs} each, alternating; load average at the end {load}\n")
    print("| case | median s | min s | max s |")
    print("|---|---|---|---|")
    for name, values in times.items():
        print(f"| {name} | {statistics.median(values):.2f} | {min(values):.2f} | {max(values):.2f} |")


if __name__ == "__main__":
    main()
