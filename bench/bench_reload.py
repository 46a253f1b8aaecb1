"""Edit → reload under a real `mkdocs serve` of a synthetic site with arch-cards.

    python bench/bench_reload.py N [EDITS] [--dirty] [--plain]     (e.g. 1000 3 --dirty)

Starts `mkdocs serve` on 127.0.0.1, then edits one design's `summary:` EDITS times, a few
seconds apart, and times each edit from the file write to MkDocs' "Reloading browsers" log
line, as the baseline study did (../shared/research/perf-baseline.md), with the CPU time the
serve process spent meanwhile (user+sys from /proc/PID/stat: the figure that holds on a shared
machine). After each reload it checks over HTTP that the grid shows the new summary, so a fast
but stale reload cannot pass. `--plain` serves the same site without arch-cards (no grid to
check), the baseline. The diagram cache starts warm, as after a first build.
"""

from __future__ import annotations

import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from gen_site import diagram_cache, generate

SUMMARY_RE = re.compile(r"^summary: .*$", re.MULTILINE)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def cpu_seconds(pid: int) -> float:
    """User+sys CPU a running process has used so far (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def check_grid(port: int, marker: str, edit: int) -> None:
    """Fail unless the served grid shows the edited summary."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/architecture/") as response:
        if marker not in response.read().decode("utf-8"):
            raise SystemExit(f"edit {edit}: the grid does not show the new summary")


def wait_for(log: Path, needle: str, count: int, timeout: float = 900) -> None:
    """Until `needle` has appeared `count` times in the log."""
    deadline = time.monotonic() + timeout
    while log.read_text(encoding="utf-8").count(needle) < count:
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {needle!r}:\n{log.read_text()[-2000:]}")
        time.sleep(0.02)


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0])
    edits = int(args[1]) if len(args) > 1 else 3
    dirty = "--dirty" in sys.argv
    plain = "--plain" in sys.argv
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        generate(site, n, [] if plain else ["--plugin"])
        diagram_cache([site], warm=True)
        port = free_port()
        command = [sys.executable, "-m", "mkdocs", "serve", "-f", str(site / "mkdocs.yml")]
        command += ["-a", f"127.0.0.1:{port}", *(["--dirty"] if dirty else [])]
        log = Path(tmp) / "serve.log"
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        with log.open("wb") as stderr:
            server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
        try:
            start = time.perf_counter()
            wait_for(log, "Serving on", 1)
            print(f"first build and start: {time.perf_counter() - start:.1f} s")
            page = site / "docs" / "architecture" / f"design-{n // 2:05d}.md"
            times, cpu = [], []
            for edit in range(1, edits + 1):
                time.sleep(3)  # let the watcher settle, as a writer pauses between saves
                marker = f"Edited summary number {edit}."
                text = SUMMARY_RE.sub(f"summary: {marker}", page.read_text(), count=1)
                before = cpu_seconds(server.pid)
                written = time.perf_counter()
                page.write_text(text)
                wait_for(log, "Reloading browsers", edit)
                times.append(time.perf_counter() - written)
                cpu.append(cpu_seconds(server.pid) - before)
                if not plain:
                    check_grid(port, marker, edit)
                print(f"edit {edit}: {times[-1]:.2f} s, CPU {cpu[-1]:.2f} s")
            built = re.findall(r"Documentation built in ([\d.]+) seconds", log.read_text())
            mode = ("plain " if plain else "arch-cards ") + ("--dirty" if dirty else "full rebuild")
            print(
                f"N={n} {mode}: edit → reload median {statistics.median(times):.2f} s "
                f"(min {min(times):.2f}, max {max(times):.2f}); CPU per edit median "
                f"{statistics.median(cpu):.2f} s (min {min(cpu):.2f}, max {max(cpu):.2f}); "
                f"MkDocs' 'built in' per edit: {', '.join(built[1:])} s"
            )
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
