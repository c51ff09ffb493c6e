"""The third set's accuracy under its old command: the same as
`.venv/bin/python bench/knowledge_blind_bench.py --set third`. The measuring code is shared by every blind
set (bench/knowledge_blind_bench.py, tests/knowledge/held_out_measure.py) and the set's texts and misses
diagnosed by hand are in bench/knowledge_blind_sets.py.

Run: .venv/bin/python bench/knowledge_third_bench.py [--out DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.knowledge_blind_bench import main  # noqa: E402

if __name__ == "__main__":
    main(["--set", "third", *sys.argv[1:]])
