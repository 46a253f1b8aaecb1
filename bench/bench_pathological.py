"""Time the text scanners on hostile input at sizes n, 2n and 4n: linear code doubles.

    python bench/bench_pathological.py [N]     (default: 20000)

Prints, per input, the CPU seconds (time.process_time, best of 3) at n, 2n and 4n and the
ratios t(2n)/t(n) and t(4n)/t(2n): about 2 is linear, about 4 quadratic, about 8 cubic.
Then the cost of the title and summary fallback on 1,000 pages without front-matter.
"""

from __future__ import annotations

import sys
import time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).parent.parent))

from mkdocs_arch_cards.core.adopt import adopt
from mkdocs_arch_cards.core.body import first_heading, first_paragraph
from mkdocs_arch_cards.core.catalog import Settings, Source, load_catalog
from mkdocs_arch_cards.core.fences import count_diagrams
from mkdocs_arch_cards.core.frontmatter import Page
from mkdocs_arch_cards.core.inline import first_link, plain
from mkdocs_arch_cards.core.markers import expand_markers, has_marker
from mkdocs_arch_cards.core.pages import _diagrams
from mkdocs_arch_cards.core.render import Renderer

if TYPE_CHECKING:
    from collections.abc import Callable

CATALOG, _ = load_catalog([], Settings())
RENDERER = Renderer()


def markers(page_html: str) -> Any:
    return expand_markers(
        page_html,
        path="a.md",
        source=lambda: page_html,
        page_url="a/",
        catalog=CATALOG,
        renderer=RENDERER,
    )


def superseded(status: str) -> Any:
    return adopt(Page("a.md", meta={"status": status}), (), {})


CASES: dict[str, Callable[[int], Any]] = {
    "H1 '# a' + spaces + 'b'": lambda n: first_heading("# a" + " " * n + "b"),
    "H1 of '{' repeated": lambda n: first_heading("# " + "{" * n),
    "H1 of '#' then spaces": lambda n: first_heading("# a" + " #" * n + " x"),
    "paragraph '*a ' repeated": lambda n: first_paragraph("*a " * n),
    "paragraph '_a ' repeated": lambda n: first_paragraph("_a " * n),
    "paragraph '[' repeated": lambda n: first_paragraph("x" + "[" * n),
    "paragraph '![' repeated": lambda n: first_paragraph("x" + "![" * n),
    "paragraph '[a](' repeated": lambda n: first_paragraph("x" + "[a](" * n),
    "paragraph '<a ' repeated": lambda n: first_paragraph("x " + "<a " * n),
    "paragraph '<!-- ' repeated": lambda n: first_paragraph("x " + "<!-- " * n),
    "paragraph '`a ' repeated": lambda n: first_paragraph("x " + "`a " * n),
    "paragraph of n lines": lambda n: first_paragraph("a *b*\n" * n),
    "sections searched for '## z'": lambda n: first_paragraph("## x *y*\n\n" * n, "## z"),
    "fences '```' repeated": lambda n: count_diagrams("```mermaid\n" * n),
    "plain of nested links": lambda n: plain("[" * n + "a" + "](b)" * n),
    "plain of nested brackets, references defined": lambda n: plain(
        "[" * n + "a" + "]" * n, frozenset({"a"})
    ),
    "plain of '***a* ' repeated": lambda n: plain("***a* " * n),
    "list item of n continuation lines": lambda n: first_paragraph("- a\n" + "  b\n" * n + "\nc"),
    "paragraphs with n link definitions": lambda n: first_paragraph("[a]\n\n" + "[a]: b\n" * n),
    "link target of '](' repeated": lambda n: first_link("](" * n),
    "status 'superseded by a' + spaces + 'b'": lambda n: superseded(
        "superseded by a" + " " * n + "b"
    ),
    "status 'superseded by' + '](' repeated": lambda n: superseded("superseded by " + "](" * n),
    "unclosed '<!-- arch-cards' repeated": lambda n: has_marker("<!-- arch-cards " * n),
    "markers in one paragraph": lambda n: markers("<p>" + "x <!-- arch-cards --> " * n + "</p>"),
    "markers each on a line": lambda n: markers("<h2>x</h2>\n<!-- arch-cards -->\n" * (n // 8)),
    "unclosed '<pre class=\"mermaid\">' repeated": lambda n: list(
        _diagrams('<pre class="mermaid">' * n)
    ),
    "'<pre class=\"mermaid\" ' without '>'": lambda n: list(
        _diagrams('<pre class="mermaid" ' * n + ">")
    ),
}


def cpu_seconds(run: Callable[[], Any], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return max(best, 1e-6)


def main(n: int) -> None:
    print(f"{'input':48} {'n':>8} {'2n':>8} {'4n':>8}   ratios (linear ~ 2)")
    for name, case in CASES.items():
        times = [cpu_seconds(partial(case, size)) for size in (n, 2 * n, 4 * n)]
        ratios = f"{times[1] / times[0]:.1f} {times[2] / times[1]:.1f}"
        print(f"{name:48} " + " ".join(f"{t:8.4f}" for t in times) + f"   {ratios}")
    body = (
        "# Cache the *catalog* { #top }\n\n```yaml\nttl: 60\n```\n\n"
        "Reads were **slow** for [users](https://example.org/a_(b)) of `__init__`.\n"
        "Very slow.\n\n## Context\n\nText.\n"
    )
    sources = [Source(f"architecture/p{i}.md", body, f"architecture/p{i}/") for i in range(1000)]
    settings = Settings(required=())
    fallback = cpu_seconds(lambda: [(first_heading(body), first_paragraph(body)) for _ in sources])
    catalog = cpu_seconds(lambda: load_catalog(sources, settings))
    print(f"title and summary fallback, 1,000 pages: {fallback:.3f} s")
    print(f"load_catalog, 1,000 pages without front-matter: {catalog:.3f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20000)
