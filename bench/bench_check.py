"""`arch-cards check` of a synthetic site: wall time, CPU time and peak RSS, cold and warm.

    python bench/bench_check.py [N ...] [--runs 3]     (default: 1000 10000)

For each N, writes the plugin's site of N designs (bench/gen_site.py), then runs the check
once with an empty diagram cache (cold: Mermaid parses every diagram) and RUNS times with the
cache the cold run left (warm: what a writer sees on every check but the first). CPU is
user+sys of the check process from `os.wait4`; wall time is only meaningful on an idle machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path
from subprocess import PIPE, STDOUT

from gen_site import check_command, diagram_cache, generate

DASH = "\u2013"


def check(site: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MiB) of one `arch-cards check`."""
    start = time.perf_counter()
    process = subprocess.Popen(check_command(site), stdout=PIPE, stderr=STDOUT, text=True)
    output = process.stdout.read() if process.stdout else ""
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"arch-cards check found problems or failed:\n{output[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} ({min(values):.2f}{DASH}{max(values):.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("n", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print("| N | cache | runs | wall s | CPU s | CPU ms per design | peak RSS MiB |")
    print("| ---: | --- | ---: | ---: | ---: | ---: | ---: |")
    for n in args.n:
        with tempfile.TemporaryDirectory() as tmp:
            site = Path(tmp) / "site"
            generate(site, n, ["--plugin"])
            diagram_cache([site], warm=False)
            runs = {"cold": [check(site)], "warm": [check(site) for _ in range(args.runs)]}
        for cache, found in runs.items():
            walls, cpus, rss = ([run[i] for run in found] for i in range(3))
            print(
                f"| {n:,} | {cache} | {len(found)} | {spread(walls)} | {spread(cpus)} | "
                f"{1000 * statistics.median(cpus) / n:.2f} | {statistics.median(rss):.0f} |"
            )


if __name__ == "__main__":
    main()
