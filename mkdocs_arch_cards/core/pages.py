"""What the plugin adds to pages: generated pages' Markdown, design-page decorations."""

from __future__ import annotations

import json
import posixpath
import re
from functools import partial
from html import escape
from typing import TYPE_CHECKING

from .graphs import components_html, graphs_of
from .links import relative_url
from .markers import marker_value
from .problems import Problem
from .query import Query
from .slots import INLINE

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from .cards import Card
    from .catalog import Catalog, Design
    from .mermaid_js import Parsed
    from .render import Renderer
    from .slots import Inline

# Matched once at the start; each part stops at a character the next part needs: linear.
_LEADING_H1_RE = re.compile(r"\A\s*<h1\b[^>]*>.*?</h1>", re.DOTALL)
# Mermaid fences as pymdownx.superfences formats them: <pre class="mermaid"> (custom fence)
# or <div class="mermaid"> (mermaid2's own fence); mermaid2 writes `<pre  class=` (two spaces).
# The class is read up to its closing quote; the tag's end and its closing tag are found with
# forward searches in _diagrams, so many unclosed tags cost one pass.
_DIAGRAM_OPEN_RE = re.compile(r'<(pre|div)\s+class="([^"]*)"')
# Characters YAML refuses in a document, or folds as line breaks in a quoted string; lone
# surrogates, which no file can hold, become U+FFFD.
_GRID_HREF_RE = re.compile(r'data-arch-grid-href="([^"?]*)')
_YAML_UNSAFE_RE = re.compile("[\x7f-\x9f\u2028\u2029\ufffe\uffff\ud800-\udfff]")


def generated_pages(catalog: Catalog, title: str | None, subtitle: str) -> dict[str, str]:
    """The Markdown of every page the plugin generates, by path (relative to docs_dir).

    None is empty: no grid without a design, no tags page without a tag, no categories page
    without a category, no timeline without a dated design. `title` None: the index's title
    in the site's language.
    """
    settings = catalog.settings
    say = settings.strings
    title = say.text("index_title") if title is None else title
    # A site whose `designs` match nothing (yet) gets no empty grid page in its docs.
    pages = {settings.index: index_page(catalog, title, subtitle)} if catalog.designs else {}
    if catalog.tags:
        pages[settings.tags_page] = _page(
            say.text("tags"), say.text("tags_line"), 'view="tags"', searchable=True
        )
    for tag in catalog.tags:
        # The designs the page's marker picks (query.Query), so its line and its retired
        # section speak of the grid the page shows.
        shown = Query.of([tag.slug]).select(catalog)
        line = tag.description or say.text("tag_line", len(shown), tag=tag.label)
        selection = f'tags="{marker_value(tag.slug)}"'
        pages[settings.tag_page.format(slug=tag.slug)] = _grid_page(
            catalog, shown, tag.label, line, [selection]
        )
    if catalog.categories:
        pages[settings.categories_page] = _page(say.text("categories"), "", 'view="categories"')
    if settings.review_after is not None:
        line = say.text("review_line", settings.review_after)
        pages[settings.review_page] = _page(say.text("needs_review"), line, 'view="review"')
    # A timeline of undated designs would be one list: only where a design has a date.
    if settings.timeline_page and any(d.date for d in catalog.designs):
        subtitle = say.text("timeline_line")
        marker = 'view="timeline" filters="on"'
        pages[settings.timeline_page] = _page(say.text("timeline_title"), subtitle, marker)
    return pages


def cards_of(generated: str) -> str:
    """What a generated page shows of the catalog: its markers and their headings, no title.

    This is what a page of the author's at the same URL gets added. A generated title and
    subtitle never hold a marker: both are written with `<` escaped.
    """
    return generated[generated.index("<!-- arch-cards") :]


def index_page(catalog: Catalog, title: str, subtitle: str) -> str:
    """The page with the whole grid; retired designs (superseded, ...) are listed after it."""
    sort = [] if catalog.settings.sort == "order" else [f'sort="{catalog.settings.sort}"']
    return _grid_page(catalog, catalog.designs, title, subtitle, sort, filters=True)


def _grid_page(
    catalog: Catalog,
    designs: Sequence[Design],
    title: str,
    subtitle: str,
    options: list[str],
    filters: bool = False,
) -> str:
    """A page with a grid of `designs` (as `options` select them); the retired ones
    (superseded, ...) are listed after it, under a heading of their own, which the filter bar
    (with `filters`) filters too."""
    retired = sorted({d.status.name for d in designs if d.status and d.status.retired})
    bar = ['filters="on"'] if filters else []
    if not retired:
        return _page(title, subtitle, " ".join([*options, *bar]))
    labels = {d.status.name: d.status.label for d in designs if d.status}
    current = ", ".join(f"!{marker_value(name)}" for name in retired)
    say = catalog.settings.strings
    heading = say.text("retired_heading", statuses=say.text("and").join(labels[n] for n in retired))
    listed = ", ".join(marker_value(name) for name in retired)
    apart = " ".join([*options, f'status="{listed}"'])
    if all(d.status and d.status.retired for d in designs):  # no current grid to show first
        return _page(title, subtitle, " ".join([apart, *bar]))
    # The bar above filters the retired designs' grid too: one filter for every card shown.
    joined = " ".join([apart, *(['filters="above"'] if filters else [])])
    return (
        _page(title, subtitle, " ".join([*options, f'status="{current}"', *bar]))
        + f"\n## {_literal(heading)}\n\n<!-- arch-cards {joined} -->\n"
    )


def related_section(design: Design, catalog: Catalog) -> str:
    """Markdown that ends a design page, so "Related designs" is also in its table of contents."""
    if not design.related and not design.related_links:
        return ""
    heading = _literal(catalog.settings.strings.text("related"))
    return f'\n\n## {heading}\n\n<!-- arch-cards view="related" -->\n'


def decorate(
    page_html: str,
    design: Design,
    catalog: Catalog,
    renderer: Renderer,
    page_url: str,
    problems: Sequence[Problem] = (),
    parses: Sequence[Parsed] = (),
    slots: Inline = INLINE,
) -> tuple[str, list[Problem]]:
    """A design page's HTML with its header (and `problems`, if any), the diagram anchor, and
    after each diagram its components and connections (`parses`: its fences', in page order).

    The header and the lists go through `slots`: into the page, or rendered later; search
    should find the header's summary and problem, the lists only repeat the diagram."""
    said = [str(p) for p in problems]

    def full_header() -> str:
        header = renderer.header(design, catalog, page_url)
        if said:
            title = catalog.settings.strings.text("page_problems")
            return renderer.notice(title, said) + header
        return header

    header = slots.show(_searched(renderer.card(design, catalog, chips=None)), full_header)
    if match := _LEADING_H1_RE.match(page_html):
        page_html = page_html[: match.end()] + header + page_html[match.end() :]
    else:
        page_html = header + page_html
    diagrams = list(_diagrams(page_html))
    if design.diagram is not None and len(diagrams) < design.diagram:
        message = f"no rendered Mermaid diagram {design.diagram} on the page"
        hint = "configure pymdownx.superfences with a 'mermaid' custom fence"
        return page_html, [Problem(design.path, 1, "diagram", message, hint)]
    # Every diagram gets a frame (the script adds zoom and full screen to it); the one the
    # card's "View diagram" opens also gets the anchor. A page's fences and its drawn diagrams
    # line up unless a fence is drawn elsewhere (a snippet): then no list is better than wrong.
    graphs = graphs_of(parses, catalog) if len(parses) == len(diagrams) else []
    parts, end = [], 0
    for number, (start, stop) in enumerate(diagrams, start=1):
        parts += [
            page_html[end:start],
            renderer.diagram(page_html[start:stop], number == design.diagram),
        ]
        if graphs and (graph := graphs[number - 1]):
            parts.append(slots.put(partial(components_html, graph, catalog, renderer, page_url)))
        end = stop
    return "".join([*parts, page_html[end:]]), []


def _searched(card: Card) -> str:
    """What search indexes of a design page's header: the summary and problem it shows, and
    as one line the words a reader may search it by (category, status, technologies, owner)."""
    design = card.design
    owner = design.owner if "owner" not in design.from_body else None
    words = [
        card.category.label if card.category else None,
        design.status.label if design.status else None,
        *(tag.label for tag in card.tags),
        owner,
    ]
    said = [card.page_summary, card.page_problem, " · ".join(w for w in words if w)]
    return "".join(f"<p>{escape(text, quote=False)}</p>" for text in said if text)


def rebase_grid_hrefs(html: str, base: str, page_url: str) -> str:
    """Grid links written relative to `base`, made relative to the page served at `page_url`.

    For an engine that rewrites `href` relative to the page's source folder, as if the page were
    served at `base`, and leaves `data-*` attributes as they are (Zensical).
    """

    def rebased(match: re.Match[str]) -> str:
        href = match.group(1)
        target = posixpath.normpath(posixpath.join("/" + base, href)).lstrip("/")
        if href.endswith("/") and target:
            target += "/"
        return f'data-arch-grid-href="{relative_url(target, page_url)}'

    return _GRID_HREF_RE.sub(rebased, html)


def _diagrams(page_html: str) -> Iterator[tuple[int, int]]:
    """Where each rendered Mermaid diagram starts and ends, in one forward pass."""
    position, tag_end = 0, -1
    unclosed: set[str] = set()  # tags with no closing tag after some point: none later either
    while match := _DIAGRAM_OPEN_RE.search(page_html, position):
        name, position = match.group(1), match.end()
        if "mermaid" not in match.group(2).split() or name in unclosed:
            continue
        if tag_end < position:
            tag_end = page_html.find(">", position)
            if tag_end < 0:
                return
        close = page_html.find(f"</{name}>", tag_end)
        if close < 0:
            unclosed.add(name)
            continue
        position = close + len(name) + 3
        yield match.start(), position


def _page(title: str, subtitle: str, marker_options: str, searchable: bool = False) -> str:
    # A grid repeats the text of the designs it lists: search should find the designs.
    search = [] if searchable else ["search: {exclude: true}"]
    # Material prints a title unescaped (header, nav, <title>); a tag's label is front-matter.
    meta = [f"title: {_yaml_string(escape(title))}", "hide: [toc]", *search]  # full width
    lines = ["---", *meta, "---", "", f"# {_literal(title)}", ""]
    if subtitle:
        # One line: a blank line would end the HTML block and start Markdown.
        lines += [f'<p class="arch-cards__subtitle">{escape(" ".join(subtitle.split()))}</p>', ""]
    options = f" {marker_options}" if marker_options else ""
    return "\n".join([*lines, f"<!-- arch-cards{options} -->", ""])


def _yaml_string(text: str) -> str:
    """A YAML double-quoted string that reads back as `text`, emoji and all."""
    quoted = json.dumps(text, ensure_ascii=False)  # JSON's escapes are YAML's
    return _YAML_UNSAFE_RE.sub(lambda m: f"\\u{_yaml_code(m.group())}", quoted)


def _yaml_code(char: str) -> str:
    return "fffd" if "\ud800" <= char <= "\udfff" else f"{ord(char):04x}"


def _literal(text: str) -> str:
    """Text that Markdown shows as written, on one line, whatever extensions run: every ASCII
    punctuation mark is a character reference, so no emphasis, link, HTML, attribute list,
    emoji or smart quote can start."""
    return "".join(
        f"&#{ord(c)};"
        if (c.isascii() and not c.isalnum() and c != " ") or not c.isprintable()
        else c
        for c in " ".join(text.split())
    )
