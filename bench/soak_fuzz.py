"""Soak the fuzz of tests/suites/fuzz_reading.py: many random pages, counted by outcome.

    PYTHONPATH=. python bench/soak_fuzz.py [EXAMPLES]     (default: 10000)

Prints how many examples ran, how many were clean, raised (by exception type) or produced
unsafe output or a broken problem line, with the first page of each kind. Exit 1 if any failed.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1]))

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.suites.fuzz_reading import PAGES, run

counts: Counter[str] = Counter()
first: dict[str, list[str]] = {}


def soak(examples: int) -> None:
    @settings(
        max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(PAGES, st.booleans())
    def one(texts: list[str], urls: bool) -> None:
        counts["examples"] += 1
        try:
            wrong = run(texts, urls)
        except Exception as error:  # counted, not raised: the soak wants every kind of failure
            kind = f"exception {type(error).__name__}: {str(error)[:60]}"
            counts[kind] += 1
            first.setdefault(kind, texts)
            return
        counts["clean" if not wrong else "failed output"] += 1
        for problem in wrong:
            kind = problem.split(":", 1)[0]
            counts[kind] += 1
            first.setdefault(kind, texts)

    one()


if __name__ == "__main__":
    started = time.perf_counter()
    soak(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
    for kind, count in counts.most_common():
        print(f"{count:8}  {kind}")
    print(f"{time.perf_counter() - started:8.1f}s")
    for kind, texts in first.items():
        print(f"\nfirst {kind}:\n{texts!r}"[:600])
    sys.exit(0 if counts["clean"] == counts["examples"] else 1)
