"""Whole `mkdocs build` of a synthetic site, with and without arch-cards, in pairs.

    python bench/bench_build.py N [PAIRS]     (e.g. 100 7, 1000 3)

Each pair builds the same generated site twice in fresh processes, once with the plugin and
once without (alternating which goes first), into a fresh site directory. Prints the median
wall time of each and the median of the pair-by-pair ratio; the ratio is the figure to quote,
since the machine's speed drifts between pairs more than within one.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).parent


def build(site: Path) -> float:
    shutil.rmtree(site / "site", ignore_errors=True)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(site / "mkdocs.yml")],
        check=True,
        env=env,
    )
    return time.perf_counter() - start


def main() -> None:
    n = int(sys.argv[1])
    pairs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    with tempfile.TemporaryDirectory() as tmp:
        sites = {}
        for variant in ("plain", "arch-cards"):
            sites[variant] = Path(tmp) / variant
            flags = ["--plugin"] if variant == "arch-cards" else []
            generate = [sys.executable, str(HERE / "gen_site.py"), str(sites[variant]), str(n)]
            subprocess.run([*generate, *flags], check=True)
        times: dict[str, list[float]] = {"plain": [], "arch-cards": []}
        for pair in range(pairs):
            order = ["plain", "arch-cards"] if pair % 2 == 0 else ["arch-cards", "plain"]
            for variant in order:
                times[variant].append(build(sites[variant]))
        built = sites["arch-cards"] / "site" / "architecture" / "index.html"
        grid = built.read_bytes()
    ratios = [a / p for a, p in zip(times["arch-cards"], times["plain"], strict=True)]
    plain, cards = statistics.median(times["plain"]), statistics.median(times["arch-cards"])
    print(
        f"| {n:,} | {pairs} | {plain:.1f} s | {cards:.1f} s | {statistics.median(ratios):.2f}"
        f" ({min(ratios):.2f} to {max(ratios):.2f}) | {len(grid) / 1024:.0f} KiB |"
    )


if __name__ == "__main__":
    main()
