"""The hostile corpus's figures, for the issue's note: per site and in total.

    PYTHONPATH=. python bench/hostile_figures.py [SITE ...]     (default: every site)

Builds each corpus site of tests/suites/test_hostile.py once and counts its cases: built without a
traceback, reported with file and line as expected, dropped (no card or page), unescaped (a
payload ran somewhere), and slow (the reading path alone took over a second for the page).
"""

from __future__ import annotations

import contextlib
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1]))

from mkdocs_arch_cards.core.catalog import Settings, Source, load_catalog
from tests.conftest import Site
from tests.suites.test_hostile import SITES, _build, _own, _pattern

SLOW_SECONDS = 1.0


def read_seconds(text: str | bytes, path: str) -> float:
    """Time the reading path (front-matter, adoption, checks) for one page on its own."""
    if isinstance(text, bytes):
        text = text.decode("utf-8-sig", errors="replace")
    started = time.perf_counter()
    with contextlib.suppress(Exception):  # counted as a traceback by the build
        load_catalog([Source(path, text, Settings().url_of(path))], Settings())
    return time.perf_counter() - started


def figures(name: str) -> dict[str, int]:
    cases, options = SITES[name]
    with tempfile.TemporaryDirectory() as root:
        started = time.perf_counter()
        built = _build(Site(Path(root)), cases, options)
        seconds = time.perf_counter() - started
    counts = {"cases": len(cases), "traceback": len(cases) if built.error else 0}
    counts |= {"reported": 0, "expected reports": 0, "dropped": 0, "unescaped": 0, "slow": 0}
    for case in cases:
        own = _own(built.warnings, case)
        if case.expect or case.mentioned:
            counts["expected reports"] += 1
            patterns = [_pattern(case, line, field) for line, field in case.expect]
            named = not case.mentioned or any(case.path in w for w in built.warnings)
            counts["reported"] += named and all(any(p.match(w) for w in own) for p in patterns)
        if case.design and not built.error:
            counts["dropped"] += f"/{Settings().url_of(case.path)}" not in built.grid
        marker = re.compile(rf"XSS-{re.escape(case.name)}(?![\w-])")
        counts["unescaped"] += any(marker.search(what) for _, what in built.offences)
        counts["slow"] += read_seconds(case.text, case.path) > SLOW_SECONDS
    counts["unsafe spots in output"] = len(built.offences)
    counts["build ms"] = round(seconds * 1000)
    return counts


if __name__ == "__main__":
    totals: dict[str, int] = {}
    for name in sys.argv[1:] or list(SITES):
        found = figures(name)
        print(name, found, flush=True)
        for key, value in found.items():
            totals[key] = totals.get(key, 0) + value
    print("total", totals)
