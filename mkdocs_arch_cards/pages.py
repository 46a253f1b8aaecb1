"""What the plugin does to one page's HTML: header, diagram anchor, problems notice."""

from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING

from .problems import Problem

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .catalog import Design
    from .render import Renderer

_LEADING_H1_RE = re.compile(r"\A\s*<h1\b[^>]*>.*?</h1>", re.DOTALL)
# Mermaid fences as pymdownx.superfences formats them: <pre class="mermaid"> (custom fence)
# or <div class="mermaid"> (mermaid2's own fence); mermaid2 writes `<pre  class=` (two spaces).
_DIAGRAM_RE = re.compile(
    r'<(pre|div)\s+class="(?:[^"]*\s)?mermaid(?:\s[^"]*)?"[^>]*>.*?</\1>', re.DOTALL
)


def index_page(title: str, subtitle: str) -> str:
    """The Markdown of a generated index page: heading, subtitle, the whole grid."""
    lines = ["---", "hide: [toc]", "---", "", f"# {title}", ""]  # the grid takes the width
    if subtitle:
        lines += [f'<p class="arch-cards__subtitle">{escape(subtitle)}</p>', ""]
    return "\n".join([*lines, "<!-- arch-cards -->", ""])


def decorate(
    page_html: str, design: Design, renderer: Renderer, problems: Sequence[Problem] = ()
) -> tuple[str, list[Problem]]:
    """A design page's HTML with its header (and `problems`, if any) and the diagram anchor."""
    header = renderer.header(design)
    if problems:
        header = (
            renderer.notice("This page's front-matter has problems", [str(p) for p in problems])
            + header
        )
    if match := _LEADING_H1_RE.match(page_html):
        page_html = page_html[: match.end()] + header + page_html[match.end() :]
    else:
        page_html = header + page_html
    if design.diagram is None:
        return page_html, []
    diagrams = list(_DIAGRAM_RE.finditer(page_html))
    if len(diagrams) < design.diagram:
        message = f"no rendered Mermaid diagram {design.diagram} on the page"
        hint = "configure pymdownx.superfences with a 'mermaid' custom fence"
        return page_html, [Problem(design.path, 1, "diagram", message, hint)]
    chosen = diagrams[design.diagram - 1]
    wrapped = renderer.diagram(chosen.group(0))
    return page_html[: chosen.start()] + wrapped + page_html[chosen.end() :], []
