"""`arch-cards check` of a synthetic site: wall time, CPU time and peak RSS, cold and warm.

    python bench/bench_check.py [N ...] [--runs 3] [--no-diagrams]     (default: 1000 10000)

For each N, writes the plugin's site of N designs (bench/gen_site.py), then runs the check
RUNS times without QuickJS (as without the `diagrams` extra: no diagram check), once with an
empty diagram cache (cold: Mermaid parses every diagram, about 60 ms each, so ten minutes of
CPU at 10,000) and RUNS times with the cache the cold run left (warm: what a writer sees on
every check but the first). `--no-diagrams` skips the cold and warm runs. CPU is user+sys of
the check process from `os.wait4`; wall time is only meaningful on an idle machine.
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

from gen_site import check_command, diagram_cache, generate, spread


def check(site: Path, quickjs: bool = True) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MiB) of one `arch-cards check`."""
    command = check_command(site)
    if not quickjs:  # blocked as the tests block it: the check then runs without diagrams
        command[2] = f"import sys; sys.modules['quickjs'] = None; {command[2]}"
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=PIPE, stderr=STDOUT, text=True)
    output = process.stdout.read() if process.stdout else ""
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"arch-cards check found problems or failed:\n{output[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("n", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-diagrams", action="store_true", help="only the runs without QuickJS")
    args = parser.parse_args()
    print("| N | diagrams | runs | wall s | CPU s | CPU ms per design | peak RSS MiB |")
    print("| ---: | --- | ---: | ---: | ---: | ---: | ---: |")
    for n in args.n:
        with tempfile.TemporaryDirectory() as tmp:
            site = Path(tmp) / "site"
            generate(site, n, ["--plugin"])
            diagram_cache([site], warm=False)
            runs = {"no QuickJS": [check(site, quickjs=False) for _ in range(args.runs)]}
            if not args.no_diagrams:
                runs["cold"] = [check(site)]
                runs["warm"] = [check(site) for _ in range(args.runs)]
        for cache, found in runs.items():
            walls, cpus, rss = ([run[i] for run in found] for i in range(3))
            print(
                f"| {n:,} | {cache} | {len(found)} | {spread(walls, 2)} | {spread(cpus, 2)} | "
                f"{1000 * statistics.median(cpus) / n:.2f} | {statistics.median(rss):.0f} |"
            )


if __name__ == "__main__":
    main()
