"""What the plugin adds to pages: generated pages' Markdown, design-page decorations."""

from __future__ import annotations

import json
import re
from html import escape
from typing import TYPE_CHECKING

from .problems import Problem

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .catalog import Catalog, Design
    from .render import Renderer

_MARKDOWN_SPECIAL_RE = re.compile(r"([\\`*_{}\[\]()#+!|<>~])")
_LEADING_H1_RE = re.compile(r"\A\s*<h1\b[^>]*>.*?</h1>", re.DOTALL)
# Mermaid fences as pymdownx.superfences formats them: <pre class="mermaid"> (custom fence)
# or <div class="mermaid"> (mermaid2's own fence); mermaid2 writes `<pre  class=` (two spaces).
_DIAGRAM_RE = re.compile(
    r'<(pre|div)\s+class="(?:[^"]*\s)?mermaid(?:\s[^"]*)?"[^>]*>.*?</\1>', re.DOTALL
)


def generated_pages(catalog: Catalog, title: str, subtitle: str) -> dict[str, str]:
    """The Markdown of every page the plugin generates, by path (relative to docs_dir)."""
    settings = catalog.settings
    pages = {settings.index: index_page(catalog, title, subtitle)}
    pages[settings.tags_page] = _page(
        "Tags", "Every technology in the catalog.", 'view="tags"', searchable=True
    )
    for tag in catalog.tags:
        count = len(catalog.with_tag(tag))
        line = tag.description or f"{count} design{'s' if count != 1 else ''} use {tag.label}."
        pages[settings.tag_page.format(slug=tag.slug)] = _page(
            tag.label, line, f'tags="{tag.slug}"'
        )
    pages[settings.categories_page] = _page("Categories", "", 'view="categories"')
    if settings.review_after is not None:
        line = f"Designs not reviewed in the last {settings.review_after} days."
        pages[settings.review_page] = _page("Needs review", line, 'view="review"')
    return pages


def index_page(catalog: Catalog, title: str, subtitle: str) -> str:
    """The page with the whole grid; retired designs (superseded, ...) are listed after it."""
    retired = sorted({d.status.name for d in catalog.designs if d.status and d.status.retired})
    if not retired:
        return _page(title, subtitle, 'filters="on"')
    labels = {d.status.name: d.status.label for d in catalog.designs if d.status}
    current = ", ".join(f"!{name}" for name in retired)
    heading = " and ".join(labels[name] for name in retired)
    return (
        _page(title, subtitle, f'status="{current}" filters="on"')
        + f'\n## {_literal(heading)} designs\n\n<!-- arch-cards status="{", ".join(retired)}" -->\n'
    )


def related_section(design: Design) -> str:
    """Markdown that ends a design page, so "Related designs" is also in its table of contents."""
    if not design.related:
        return ""
    return '\n\n## Related designs\n\n<!-- arch-cards view="related" -->\n'


def decorate(
    page_html: str,
    design: Design,
    catalog: Catalog,
    renderer: Renderer,
    page_url: str,
    problems: Sequence[Problem] = (),
) -> tuple[str, list[Problem]]:
    """A design page's HTML with its header (and `problems`, if any) and the diagram anchor."""
    header = renderer.header(design, catalog, page_url)
    if problems:
        title = "This page's front-matter has problems"
        header = renderer.notice(title, [str(p) for p in problems]) + header
    if match := _LEADING_H1_RE.match(page_html):
        page_html = page_html[: match.end()] + header + page_html[match.end() :]
    else:
        page_html = header + page_html
    diagrams = list(_DIAGRAM_RE.finditer(page_html))
    if design.diagram is not None and len(diagrams) < design.diagram:
        message = f"no rendered Mermaid diagram {design.diagram} on the page"
        hint = "configure pymdownx.superfences with a 'mermaid' custom fence"
        return page_html, [Problem(design.path, 1, "diagram", message, hint)]
    # Every diagram gets a frame (the script adds zoom and full screen to it); the one the
    # card's "View diagram" opens also gets the anchor.
    parts, end = [], 0
    for number, match in enumerate(diagrams, start=1):
        parts += [
            page_html[end : match.start()],
            renderer.diagram(match.group(0), number == design.diagram),
        ]
        end = match.end()
    return "".join([*parts, page_html[end:]]), []


def _page(title: str, subtitle: str, marker_options: str, searchable: bool = False) -> str:
    # A grid repeats the text of the designs it lists: search should find the designs.
    search = [] if searchable else ["search: {exclude: true}"]
    # Material prints a title unescaped (header, nav, <title>); a tag's label is front-matter.
    meta = [f"title: {json.dumps(escape(title))}", "hide: [toc]", *search]  # grid takes the width
    lines = ["---", *meta, "---", "", f"# {_literal(title)}", ""]
    if subtitle:
        lines += [f'<p class="arch-cards__subtitle">{escape(subtitle)}</p>', ""]
    options = f" {marker_options}" if marker_options else ""
    return "\n".join([*lines, f"<!-- arch-cards{options} -->", ""])


def _literal(text: str) -> str:
    """Text that Markdown shows as written: no HTML, no emphasis, no links."""
    return _MARKDOWN_SPECIAL_RE.sub(r"\\\1", escape(text, quote=False))
