"""Whole `mkdocs build` of synthetic sites, every variant of a round started at the same moment.

    python bench/bench_build.py N [ROUNDS] [--variants plain,cards,tags] [--json OUT]
    (variants: plain, cards, tags, native, native-cards, cards-mermaid; default: all six)

A shared machine's speed drifts fourfold between runs, so the builds of one round run together
as concurrent processes, each into a fresh site directory, and all see the same load. The figure
to quote is the CPU time (user+sys of the build process, from `os.wait4`) of a variant divided
by its baseline's in the same round: cards, tags and cards-mermaid against plain, native-cards
against native; the table gives its median (min to max) over rounds, and the same for peak RSS.
Wall time is printed but means little: the builds share the CPUs. arch-cards checks each Mermaid
diagram once and caches the verdict beside mkdocs.yml; the rounds start with that cache warm (an
`arch-cards check` fills it), as on every build but a site's first; `--cold` empties it instead.
The weight of the cards site (grid, categories and tag pages, catalog.json, the whole site)
comes from the first round.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path
from typing import Any

from gen_site import BASELINE, DASH, VARIANTS, diagram_cache, spread, variant_sites

HERE = Path(__file__).parent


def run_round(sites: dict[str, Path], out: Path) -> dict[str, dict[str, Any]]:
    """Start one build per site at the same moment; each one's CPU, peak RSS and wall time."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    started: dict[int, tuple[str, float]] = {}
    logs = {}
    for name, site in sites.items():
        shutil.rmtree(out / name, ignore_errors=True)
        command = [sys.executable, "-m", "mkdocs", "build", "-f", str(site / "mkdocs.yml")]
        command += ["-d", str(out / name)]
        logs[name] = (out / f"{name}.log").open("wb")
        process = subprocess.Popen(command, env=env, stdout=logs[name], stderr=subprocess.STDOUT)
        started[process.pid] = (name, time.perf_counter())
    results: dict[str, dict[str, Any]] = {}
    while started:
        pid, status, usage = os.wait4(-1, 0)
        if pid not in started:
            continue
        name, start = started.pop(pid)
        logs[name].close()
        log = (out / f"{name}.log").read_text(encoding="utf-8", errors="replace")
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"{name}: mkdocs build failed:\n{log[-3000:]}")
        results[name] = {
            "cpu": usage.ru_utime + usage.ru_stime,
            "user": usage.ru_utime,
            "sys": usage.ru_stime,
            "rss_mib": usage.ru_maxrss / 1024,
            "wall": time.perf_counter() - start,
            "warnings": sum(line.startswith("WARNING") for line in log.splitlines()),
        }
    return results


def gzipped(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=9))


def weight(site: Path) -> dict[str, Any]:
    """Bytes of the pages the plugin writes, and of the whole built site."""
    files = [path for path in site.rglob("*") if path.is_file()]
    found: dict[str, Any] = {
        "site_bytes": sum(path.stat().st_size for path in files),
        "site_files": len(files),
    }
    for key, relative in (
        ("grid", "architecture/index.html"),
        ("categories", "architecture/categories/index.html"),
        ("tags_overview", "architecture/tags/index.html"),
        ("catalog", "catalog.json"),
    ):
        path = site / relative
        if path.is_file():
            found[key] = {"raw": path.stat().st_size, "gzip": gzipped(path)}
    tag_pages = [p for p in (site / "architecture" / "tags").glob("*/index.html")]
    if tag_pages:
        largest = max(tag_pages, key=lambda path: path.stat().st_size)
        found["tag_pages"] = {
            "count": len(tag_pages),
            "raw_total": sum(path.stat().st_size for path in tag_pages),
            "largest": largest.parent.name,
            "largest_raw": largest.stat().st_size,
            "largest_gzip": gzipped(largest),
        }
    return found


def summary(rounds: list[dict[str, dict[str, Any]]], names: list[str]) -> list[dict[str, Any]]:
    """One row per variant: its figures, and its ratios to its baseline round by round."""
    rows = []
    for name in names:
        row: dict[str, Any] = {"variant": name, "baseline": BASELINE.get(name)}
        for key in ("cpu", "rss_mib", "wall"):
            row[key] = [r[name][key] for r in rounds]
            if row["baseline"]:
                base = row["baseline"]
                row[f"{key}_ratio"] = [r[name][key] / r[base][key] for r in rounds]
        rows.append(row)
    return rows


def table(rows: list[dict[str, Any]]) -> str:
    lines = [
        "| variant | against | CPU s | CPU ratio | peak RSS MiB | RSS ratio | wall s (shared) |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        ratio = f"**{spread(row['cpu_ratio'])}**" if row["baseline"] else DASH
        rss_ratio = spread(row["rss_mib_ratio"]) if row["baseline"] else DASH
        lines.append(
            f"| {row['variant']} | {row['baseline'] or DASH} | {spread(row['cpu'], 1)} | "
            f"{ratio} | {spread(row['rss_mib'], 0)} | {rss_ratio} | {spread(row['wall'], 1)} |"
        )
    return "\n".join(lines)


def weight_table(weights: dict[str, dict[str, Any]]) -> str:
    lines = [
        "| site | grid raw / gzip | categories raw / gzip | tag pages (largest) | "
        "catalog.json raw / gzip | site bytes / files |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]

    def pair(found: dict[str, Any], key: str) -> str:
        item = found.get(key)
        return f"{item['raw']:,} / {item['gzip']:,}" if item else DASH

    for name, found in weights.items():
        tags = found.get("tag_pages")
        tag_text = (
            f"{tags['count']} pages, {tags['raw_total']:,} B ({tags['largest']}: "
            f"{tags['largest_raw']:,} / {tags['largest_gzip']:,})"
            if tags
            else DASH
        )
        lines.append(
            f"| {name} | {pair(found, 'grid')} | {pair(found, 'categories')} | {tag_text} | "
            f"{pair(found, 'catalog')} | {found['site_bytes']:,} / {found['site_files']:,} |"
        )
    return "\n".join(lines)


def context() -> dict[str, Any]:
    """What the figures were measured on."""
    commit = subprocess.run(
        ["git", "-C", str(HERE), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    packages = ("mkdocs", "mkdocs-material", "mkdocs-mermaid2-plugin", "beautifulsoup4")
    return {
        "commit": commit,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        **{name: version(name) for name in packages},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("rounds", type=int, nargs="?", default=3)
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--json", type=Path, help="write every round's figures here")
    parser.add_argument(
        "--cold", action="store_true", help="empty the diagram cache before each round"
    )
    args = parser.parse_args()
    names = args.variants.split(",")
    names += [BASELINE[n] for n in names if n in BASELINE and BASELINE[n] not in names]
    names = sorted(set(names), key=list(VARIANTS).index)
    measured_on = context()  # before the rounds: the checkout may move while they run
    rounds: list[dict[str, dict[str, Any]]] = []
    loads = []
    weights: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        sites = variant_sites(Path(tmp) / "sites", args.n, names)
        out = Path(tmp) / "out"
        out.mkdir()
        diagram_cache(list(sites.values()), warm=True)
        for number in range(1, args.rounds + 1):
            if args.cold:
                diagram_cache(list(sites.values()), warm=False)
            before = os.getloadavg()[0]
            rounds.append(run_round(sites, out))
            loads.append((before, os.getloadavg()[0]))
            cpu = ", ".join(f"{name} {rounds[-1][name]['cpu']:.1f}" for name in names)
            print(f"round {number}: CPU s {cpu} (load {before:.1f} → {loads[-1][1]:.1f})")
            if number == 1:
                weights = {name: weight(out / name) for name in names}
    rows = summary(rounds, names)
    cache = "cold" if args.cold else "warm"
    print(f"\nN={args.n:,}, {args.rounds} concurrent round(s), {cache} diagram cache, ", end="")
    print(f"{measured_on['commit']}\n")
    print(table(rows))
    print()
    print(weight_table(weights))
    warned = {name: r[name]["warnings"] for r in rounds for name in names if r[name]["warnings"]}
    if warned:
        print(f"\nbuilds that logged warnings: {warned}")
    if args.json:
        report = {
            "n": args.n,
            "diagram_cache": "cold" if args.cold else "warm",
            "context": measured_on,
            "loadavg": loads,
            "rounds": rounds,
            "summary": rows,
            "weight": weights,
        }
        args.json.write_text(json.dumps(report, indent=1) + "\n")


if __name__ == "__main__":
    main()
