"""Cold and warm diagram checks of N designs (default 1,000), CPU and wall time.

    PYTHONPATH=. python bench/bench_diagrams.py [N]

Each design has one flowchart of its own (a different text, so a cold run parses every one).
Cold: no cache file and a fresh process state. Warm: the cache file from the cold run.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).parent.parent))

from mkdocs_arch_cards.core import diagrams
from mkdocs_arch_cards.core.catalog import Settings, Source, load_catalog
from mkdocs_arch_cards.core.diagrams import CACHE, Diagram, check_diagrams, pinned_mermaid
from mkdocs_arch_cards.core.graphs import components_html, graphs_of, untagged
from mkdocs_arch_cards.core.options import Options
from mkdocs_arch_cards.core.registry import registry_of
from mkdocs_arch_cards.core.render import Renderer
from tests.helpers import design

if TYPE_CHECKING:
    from mkdocs_arch_cards.core.mermaid_js import Parsed

MERMAID_JS = pinned_mermaid()


def flowchart(number: int) -> str:
    return (
        f'flowchart LR\n  client[Client {number}] -->|"POST /orders"| api(Orders API)\n'
        f"  api --> kafka[(Kafka {number})]\n  kafka --> worker[Worker]\n"
        f"  worker --> db[(PostgreSQL)]\n  api -.-> cache[Redis]"
    )


def timed(found: list[Diagram], cache: Path) -> tuple[float, float, int]:
    wall, cpu = time.perf_counter(), time.process_time()
    checked = check_diagrams(found, MERMAID_JS, cache)
    return time.perf_counter() - wall, time.process_time() - cpu, len(checked.problems)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    found = [Diagram(f"architecture/d{i}.md", 9, flowchart(i)) for i in range(count)]
    with tempfile.TemporaryDirectory() as folder:
        cache = Path(folder) / CACHE
        wall, cpu, problems = timed(found, cache)
        print(f"cold {count} diagrams: wall {wall:.2f} s, CPU {cpu:.2f} s, {problems} problems")
        diagrams._SEEN.clear()  # a new process: only the cache file
        wall, cpu, problems = timed(found, cache)
        print(f"warm {count} diagrams: wall {wall:.3f} s, CPU {cpu:.3f} s, {problems} problems")
        joined(found, check_diagrams(found, MERMAID_JS, cache).parsed, count)


def joined(found: list[Diagram], parsed: dict[str, list[Parsed]], count: int) -> None:
    """The lists of components and connections, with tag links, of every design's diagram."""
    tags = ["Kafka", "PostgreSQL", "Redis", *(f"Tech {i}" for i in range(200))]
    sources = [
        Source(path, design(f"D{i}", tags=tags[i % 3 : i % 3 + 2]), f"architecture/d{i}/")
        for i, path in enumerate(parsed)
    ]
    options = Options(diagram_tags="warn")
    catalog, _ = load_catalog(sources, Settings.from_options(options), registry_of(options))
    renderer = Renderer()
    wall, cpu = time.perf_counter(), time.process_time()
    size = 0
    for parses in parsed.values():
        for graph in graphs_of(parses, catalog):
            size += len(components_html(graph, catalog, renderer, "architecture/x/"))
    warned = len(untagged(found, parsed, catalog))  # diagram_tags: warn
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(
        f"lists and diagram_tags of {count} diagrams: wall {wall:.3f} s, CPU {cpu:.3f} s, "
        f"{size // 1000} kB of lists, {warned} warnings"
    )


if __name__ == "__main__":
    main()
