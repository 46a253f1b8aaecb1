"""Where a build's CPU time goes: per plugin, event and page kind, the plugin against plain.

    python bench/bench_phases.py N [--variants plain,cards] [--json OUT] [--cold]

Runs ONE in-process `mkdocs build` per variant (the variants concurrently, as separate
processes, so they share the load). Each process times with `time.thread_time()`: importing
each plugin, loading the config, every callable MkDocs registered for an event (wrapped in
`config.plugins.events` after `load_config`, so any event a plugin has is counted), and MkDocs'
own `_populate_page` / `_build_page` (which include the theme's templates), each exclusive of
what it calls, by page kind: `design` (architecture/design-*.md), `generated` (a page a plugin
added) or `other`. Prints, per line, the variant minus its baseline in seconds and as a share
of the whole difference: which feature costs what. Seconds are thread CPU under whatever load
the machine has; the shares are the figures to quote.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import subprocess
import sys
import tempfile
import time
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gen_site import BASELINE, VARIANTS, diagram_cache, variant_sites

if TYPE_CHECKING:
    from collections.abc import Callable

Key = tuple[str, str, str]  # who (plugin or "mkdocs"), what (event or phase), page kind
DESIGN_RE = re.compile(r"architecture/design-\d+\.md")
PLUGIN_RE = re.compile(r"^\s+- ([\w/-]+):?\s*$", re.MULTILINE)
DASH = "\u2013"


class Timer:
    """Thread CPU per key, each span exclusive of the spans it encloses."""

    def __init__(self) -> None:
        self.seconds: dict[Key, float] = {}
        self.calls: dict[Key, int] = {}
        self._stack: list[list[float]] = []  # per open span: [start, time in enclosed spans]

    def span(self, key: Key, call: Callable[[], Any]) -> Any:
        self._stack.append([time.thread_time(), 0.0])
        try:
            return call()
        finally:
            start, inner = self._stack.pop()
            spent = time.thread_time() - start
            self.seconds[key] = self.seconds.get(key, 0.0) + spent - inner
            self.calls[key] = self.calls.get(key, 0) + 1
            if self._stack:
                self._stack[-1][1] += spent

    def wrap(self, who: str, what: str, method: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            page = kwargs.get("page")
            if page is None and what in ("on_pre_page", "_populate_page", "_build_page"):
                page = args[0] if args else None
            key = (who, what, page_kind(page))
            return self.span(key, lambda: method(*args, **kwargs))

        return timed


def page_kind(page: Any) -> str:
    """design, generated (added by a plugin, not read from docs_dir) or other."""
    file = getattr(page, "file", None)
    if file is None:
        return "other"
    if file.generated_by or not file.abs_src_path or not os.path.isfile(file.abs_src_path):
        return "generated"
    return "design" if DESIGN_RE.fullmatch(file.src_uri) else "other"


def measure(site: Path, site_dir: Path) -> dict[str, Any]:
    """One in-process build of the site, timed by plugin, event and page kind."""
    timer = Timer()
    began = time.thread_time()
    timer.span(("mkdocs", "import", "other"), lambda: __import__("mkdocs.commands.build"))
    import mkdocs.commands.build as build
    from mkdocs.config import load_config

    named = set(PLUGIN_RE.findall((site / "mkdocs.yml").read_text()))
    for point in entry_points(group="mkdocs.plugins"):
        if point.name in named:
            timer.span((point.name, "import", "other"), point.load)
    config = timer.span(
        ("mkdocs", "load_config", "other"),
        lambda: load_config(str(site / "mkdocs.yml"), site_dir=str(site_dir)),
    )
    plugins = config.plugins
    origins = plugins._event_origins
    for event, methods in plugins.events.items():
        for index, method in enumerate(methods):
            who = origins.get(method, "<unknown>")
            methods[index] = timer.wrap(who, f"on_{event}", method)
            origins[methods[index]] = who  # MkDocs names the running plugin from this map
    for phase in ("_populate_page", "_build_page"):
        setattr(build, phase, timer.wrap("mkdocs", phase, getattr(build, phase)))
    warnings = Counter()
    logging.getLogger("mkdocs").addHandler(warnings)
    plugins.on_startup(command="build", dirty=False)
    try:
        build.build(config)
    finally:
        plugins.on_shutdown()
    total = time.thread_time() - began
    timer.seconds[("mkdocs", "rest", "other")] = total - sum(timer.seconds.values())
    rows = [[*key, seconds, timer.calls.get(key, 0)] for key, seconds in timer.seconds.items()]
    return {"total": total, "warnings": warnings.count, "rows": rows}


class Counter(logging.Handler):
    """Counts the warnings a build logs."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def difference(variant: dict[str, Any], base: dict[str, Any]) -> list[tuple[Key, float, float]]:
    """Per key: the baseline's seconds and the variant's, largest difference first."""
    ours = {tuple(row[:3]): row[3] for row in variant["rows"]}
    theirs = {tuple(row[:3]): row[3] for row in base["rows"]}
    keys = sorted(set(ours) | set(theirs))
    found = [(key, theirs.get(key, 0.0), ours.get(key, 0.0)) for key in keys]
    return sorted(found, key=lambda item: item[2] - item[1], reverse=True)


def table(name: str, base: str, variant: dict[str, Any], baseline: dict[str, Any]) -> str:
    extra = variant["total"] - baseline["total"]
    lines = [
        f"{name} {DASH} {base}: {variant['total']:.2f} s {DASH} {baseline['total']:.2f} s = "
        f"{extra:+.2f} s (x{variant['total'] / baseline['total']:.3f})",
        "",
        f"| plugin | event or phase | page kind | {base} s | {name} s | extra s | share |",
        "| --- | --- | --- | ---: | ---: | ---: | ---: |",
    ]
    small = [0, 0.0]
    for (who, what, kind), theirs, ours in difference(variant, baseline):
        if abs(ours - theirs) < 0.01:
            small[0] += 1
            small[1] += ours - theirs
            continue
        lines.append(
            f"| {who} | {what} | {kind} | {theirs:.2f} | {ours:.2f} | {ours - theirs:+.2f} | "
            f"{(ours - theirs) / extra:.0%} |"
        )
    lines.append(
        f"| ({small[0]} lines under 0.01 s) | | | | | {small[1]:+.2f} | {small[1] / extra:.0%} |"
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("n", type=int, nargs="?")
    parser.add_argument("--variants", default="plain,cards")
    parser.add_argument("--json", type=Path, help="write every variant's lines here")
    parser.add_argument("--cold", action="store_true", help="an empty diagram cache")
    parser.add_argument("--one", nargs=3, metavar=("SITE", "SITE_DIR", "OUT"), help="internal")
    args = parser.parse_args()
    if args.one:
        site, site_dir, out = map(Path, args.one)
        out.write_text(json.dumps(measure(site, site_dir)))
        return
    names = args.variants.split(",")
    names += [BASELINE[n] for n in names if n in BASELINE and BASELINE[n] not in names]
    names = sorted(set(names), key=list(VARIANTS).index)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        sites = variant_sites(Path(tmp) / "sites", args.n, names)
        diagram_cache(list(sites.values()), warm=not args.cold)
        processes = {}
        for name, site in sites.items():
            one = [str(site), f"{tmp}/{name}-site", f"{tmp}/{name}.json"]
            command = [sys.executable, __file__, "--one", *one]
            processes[name] = subprocess.Popen(command, env=env)
        for name, process in processes.items():
            if process.wait() != 0:
                raise SystemExit(f"{name}: the timed build failed")
        results = {name: json.loads(Path(f"{tmp}/{name}.json").read_text()) for name in names}
    cache = "cold" if args.cold else "warm"
    print(f"N={args.n:,}, one in-process build per variant, concurrent, {cache} diagram cache")
    for name in names:
        if name in BASELINE:
            print()
            print(table(name, BASELINE[name], results[name], results[BASELINE[name]]))
    warned = {name: result["warnings"] for name, result in results.items() if result["warnings"]}
    if warned:
        print(f"\nbuilds that logged warnings: {warned}")
    if args.json:
        args.json.write_text(json.dumps({"n": args.n, "cache": cache, **results}, indent=1))


if __name__ == "__main__":
    main()
