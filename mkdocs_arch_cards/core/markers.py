"""The `<!-- arch-cards ... -->` marker: where a grid or an overview goes, and what it shows."""

from __future__ import annotations

import html
import re
from collections import defaultdict
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from .ordering import SORTS, sort_designs
from .problems import Problem
from .query import OPS, Query
from .slots import INLINE, Inline
from .timeline import timeline_html

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from .catalog import Catalog, Design
    from .render import Renderer

# Markdown passes an HTML comment through verbatim and escapes one inside a code block, so
# markers are found in the rendered HTML, and examples of the marker in code stay text.
# Each pattern is matched at one place or searched forward once: linear on any page.
_NAME_RE = re.compile(r"\s*arch-cards\b")
_ARG_RE = re.compile(r'\s*(?P<name>[A-Za-z_][\w-]*)\s*=\s*"(?P<value>[^"]*)"')
_HEADING_RE = re.compile(r"<h([1-6])\b")
_LINE_END_RE = re.compile(r"[^\S\n]*(?:\n|\Z)")
# What a value written into a marker cannot hold as itself: the end of the comment (`-->`,
# `--!>`), of the value (`"`), of a list (`,`), a reference (`&`) or a line.
_UNSAFE = frozenset('&"<>-,')
VIEWS = ("grid", "tags", "categories", "review", "related", "timeline")
GROUPS = ("none", "category")
SWITCHES = ("off", "on", "above")
"""`filters`: no bar, a bar above this grid, or filtered by the bar of a grid above it."""


@dataclass(frozen=True, slots=True)
class Marker:
    """A marker's options. `tags`, `op`, `category`, `status` and `text` are a grid's query
    (query.Query), written as the filter bar's URL writes them."""

    view: str = "grid"
    category: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    status: tuple[str, ...] = ()
    op: str = "or"
    text: str = ""
    group: str = "none"
    sort: str = "order"
    filters: str = "off"

    @property
    def query(self) -> Query:
        return Query.of(self.tags, self.op, self.category, self.status, self.text)


_LISTS = {"category", "tags", "status"}
_CHOICES = {"view": VIEWS, "op": OPS, "group": GROUPS, "sort": SORTS, "filters": SWITCHES}
OPTIONS = tuple(f.name for f in fields(Marker))


def parse_marker(args: str) -> tuple[Marker, list[str]]:
    """Read `category="A, B" tags="Kafka, !Go" sort="date"`; say what is malformed."""
    values: dict[str, object] = {}
    errors: list[str] = []
    position = 0
    while match := _ARG_RE.match(args, position):
        name, value = match["name"], match["value"].strip()
        position = match.end()
        if name in _LISTS:
            values[name] = tuple(html.unescape(v.strip()) for v in value.split(",") if v.strip())
            continue
        value = html.unescape(value)
        if name in _CHOICES and value in _CHOICES[name]:
            values[name] = value
        elif name in _CHOICES:
            errors.append(f'{name}="{value}" is not one of: {", ".join(_CHOICES[name])}')
        elif name == "text":
            values[name] = value
        else:
            errors.append(f"unknown option '{name}' (known: {', '.join(OPTIONS)})")
    if args[position:].strip():
        errors.append(f'cannot read {args[position:].strip()!r}: write name="value"')
    # One line per mistake: an option written a thousand times is one unknown option.
    return Marker(**values), list(dict.fromkeys(errors))  # type: ignore[arg-type]


def select(catalog: Catalog, marker: Marker) -> list[Design]:
    """The designs a grid marker shows, in the order it asks for."""
    # Grouped by category (render.grouped), each group keeps this order.
    return sort_designs(marker.query.select(catalog), marker.sort, catalog.registry)


def marker_value(value: str) -> str:
    """A value as the plugin writes it into a marker: what could end the comment, the value or
    a list item is a character reference, which `parse_marker` reads back."""
    return "".join(
        f"&#{ord(c)};" if c in _UNSAFE or not c.isprintable() else c for c in value.strip()
    )


def has_marker(text: str) -> bool:
    """Whether a page's text holds a marker (perhaps inside a code block)."""
    return next(_find_markers(text), None) is not None


def has_filter_bar(text: str) -> bool:
    """Whether a page's text holds a grid marker with a filter bar (a grouped grid, the tags
    overview or a timeline draws none, whatever its `filters` says)."""
    return any(_draws_bar(parse_marker(args)[0]) for _, _, args in _find_markers(text))


def _draws_bar(marker: Marker) -> bool:
    return marker.view == "grid" and marker.group == "none" and marker.filters == "on"


def _find_markers(text: str) -> Iterator[tuple[int, int, str]]:
    """Each marker's start, end and options, in one forward pass over the text."""
    position = 0
    while (start := text.find("<!--", position)) >= 0:
        name = _NAME_RE.match(text, start + 4)
        if name is None:
            position = start + 4
            continue
        end = text.find("-->", name.end())
        if end < 0:
            return  # no later marker is closed either
        yield start, end + 3, text[name.end() : end]
        position = end + 3


def expand_markers(
    page_html: str,
    *,
    path: str,
    source: Callable[[], str],
    page_url: str,
    catalog: Catalog,
    renderer: Renderer,
    slots: Inline = INLINE,
) -> tuple[str, list[Problem]]:
    """Replace every marker on a page with what it shows; say what is wrong with any marker.

    `source` gives the page's text, read only to put a line number on a problem. What a
    marker shows goes through `slots`: into the page, or held back for later.
    """
    found: list[tuple[str, int, str, str]] = []  # (marker, its occurrence, message, hint)
    seen: dict[str, int] = defaultdict(int)
    parts: list[str] = []
    groups = _bar_groups(page_html, catalog)
    level, scanned, end = 1, 0, 0  # no heading yet: the theme puts the H1 first
    for start, next_end, args in _find_markers(page_html):
        parts.append(page_html[end:start])
        end, raw = next_end, page_html[start:next_end]
        occurrence, seen[raw] = seen[raw], seen[raw] + 1
        for heading in _HEADING_RE.finditer(page_html, scanned, start):
            level = int(heading.group(1))
        scanned = start

        def report(message: str, hint: str = "", raw: str = raw, at: int = occurrence) -> None:
            found.append((raw, at, message, hint))

        if not _stands_alone(page_html, start, end):
            report("a marker inside a paragraph is left as it is", "put it on a line of its own")
            parts.append(raw)
            continue
        marker, errors = parse_marker(args)
        for error in errors:
            report(error, "")
        if marker.filters == "above" and start not in groups:
            report('filters="above" has no grid with filters="on" above it', "")
        group = groups.get(start)
        chosen = (group.selected[start], group.designs) if group else None
        shown = _expand(marker, report, level + 1, path, page_url, catalog, renderer, chosen)
        # The tags overview is a page search should find; a grid repeats the designs' pages.
        parts.append(slots.keep(shown()) if marker.view == "tags" else slots.put(shown))
    parts.append(page_html[end:])
    lines = _marker_lines(source()) if found else {}
    problems = [
        Problem(path, _line_of(raw, at, lines), "arch-cards", message, hint)
        for raw, at, message, hint in found
    ]
    return "".join(parts), problems


def _expand(
    marker: Marker,
    report: Callable[[str, str], None],
    level: int,
    path: str,
    page_url: str,
    catalog: Catalog,
    renderer: Renderer,
    chosen: tuple[list[Design], list[Design]] | None = None,
) -> Callable[[], str]:
    """What one marker shows, rendered when called (its problems are reported at once).

    `chosen`: a grid's designs and those of every grid its filter bar filters, when it has
    one or is filtered by one (_bar_groups)."""
    if marker.view == "tags":
        return lambda: renderer.tags_overview(catalog, page_url)
    if marker.view == "categories":
        return lambda: renderer.grouped(catalog.designs, catalog, page_url, level, anchors=True)
    if marker.view == "review":
        return lambda: renderer.review(catalog, page_url)
    if marker.view == "related":
        design = catalog.by_path.get(path)
        return (lambda: renderer.related(design, catalog, page_url)) if design else str
    designs, covered = chosen or (select(catalog, marker), None)
    if not designs and marker.query:
        report("no design matches this marker's filters", _known(marker, catalog))
    filters = marker.filters == "on"
    if marker.view == "timeline":
        return lambda: timeline_html(renderer, designs, catalog, page_url, level, filters)
    if marker.group == "category":
        return lambda: renderer.grouped(designs, catalog, page_url, level)
    return lambda: renderer.grid(
        designs, catalog, page_url, level, filters=filters, covered=covered
    )


@dataclass(slots=True)
class _Group:
    """The grids one filter bar filters: its own, then those below it with filters="above"."""

    designs: list[Design]  # every design of them, in page order
    selected: dict[int, list[Design]]  # each grid's designs, by its marker's start


def _bar_groups(page_html: str, catalog: Catalog) -> dict[int, _Group]:
    """The group of each grid marker that has a filter bar or joins the one above it, by the
    marker's start: one bar covers every card its grids show (the index's retired section)."""
    groups: dict[int, _Group] = {}
    current: _Group | None = None
    for start, end, args in _find_markers(page_html):
        marker, _ = parse_marker(args)
        grid = marker.view == "grid" and marker.group == "none"
        if not grid or marker.filters == "off" or not _stands_alone(page_html, start, end):
            continue
        if marker.filters == "on":
            current = _Group([], {})
        if current is None:
            continue  # filters="above" with no bar above: said where it is expanded
        designs = current.selected[start] = select(catalog, marker)
        current.designs.extend(designs)
        groups[start] = current
    return groups


def _known(marker: Marker, catalog: Catalog) -> str:
    known = []
    if marker.category:
        known.append("categories: " + ", ".join(c.name for c in catalog.categories))
    if marker.tags:
        known.append("tags: " + ", ".join(t.label for t in catalog.tags))
    if marker.status:
        known.append("statuses: " + ", ".join(catalog.registry.statuses))
    if not catalog.designs:
        return "there are no designs yet"
    if not known:
        return "no card's title, summary, problem and tags hold every word of `text`"
    return "known " + "; ".join(known)


def _stands_alone(page_html: str, start: int, end: int) -> bool:
    """Whether only whitespace shares the marker's line (reading only that whitespace)."""
    before = start
    while before and page_html[before - 1] != "\n" and page_html[before - 1].isspace():
        before -= 1
    alone_before = before == 0 or page_html[before - 1] == "\n"
    return alone_before and _LINE_END_RE.match(page_html, end) is not None


def _marker_lines(source: str) -> dict[str, list[int]]:
    """The lines of each marker's text in the page's source, in order, in one pass."""
    lines: dict[str, list[int]] = defaultdict(list)
    line, counted = 1, 0
    for start, end, _ in _find_markers(source):
        line += source.count("\n", counted, start)
        counted = start
        lines[source[start:end]].append(line)
    return lines


def _line_of(raw: str, occurrence: int, lines: dict[str, list[int]]) -> int:
    found = lines.get(raw) or lines.get(html.unescape(raw)) or [1]
    return found[min(occurrence, len(found) - 1)]
