"""Time the engine-independent core on synthetic designs: read, validate, catalog, relate.

    python bench/bench_core.py [N ...]     (default: 1000 10000)

Prints, per N, the median of 5 runs of load_catalog (parse YAML, validate, tag identity,
references, related designs), of rank_related alone, and of rendering the whole grid.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from gen_site import page

from mkdocs_arch_cards.core.catalog import Settings, Source, load_catalog
from mkdocs_arch_cards.core.registry import Registry
from mkdocs_arch_cards.core.relations import rank_related
from mkdocs_arch_cards.core.render import Renderer


def median_seconds(run: object, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    sizes = [int(n) for n in sys.argv[1:]] or [1000, 10000]
    print("| designs | load_catalog | rank_related | render grid | grid HTML |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    for n in sizes:
        rng = random.Random(20240601)
        sources = [
            Source(f"architecture/design-{i:05d}.md", page(rng, i), f"architecture/design-{i:05d}/")
            for i in range(n)
        ]
        settings = Settings(required=())
        catalog, problems = load_catalog(sources, settings, Registry())
        assert not problems, problems[:3]
        keys = [[t.key for t in d.tags] for d in catalog.designs]
        explicit: list[list[int]] = [[] for _ in keys]
        renderer = Renderer()
        html = renderer.grid(catalog.designs, catalog, "architecture/")
        load = median_seconds(partial(load_catalog, sources, settings, Registry()))
        rank = median_seconds(partial(rank_related, keys, explicit, 5))
        render = median_seconds(partial(renderer.grid, catalog.designs, catalog, "architecture/"))
        print(
            f"| {n:,} | {load:.2f} s | {rank:.2f} s | {render:.2f} s | {len(html) / 1e6:.1f} MB |"
        )


if __name__ == "__main__":
    main()
