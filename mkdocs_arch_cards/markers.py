"""The `<!-- arch-cards ... -->` marker: where a grid or an overview goes, and what it shows."""

from __future__ import annotations

import datetime
import html
import re
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from .problems import Problem
from .tags import tag_key

if TYPE_CHECKING:
    from collections.abc import Callable

    from .catalog import Catalog, Design
    from .render import Renderer

# Markdown passes an HTML comment through verbatim and escapes one inside a code block, so
# markers are found in the rendered HTML, and examples of the marker in code stay text.
_MARKER_RE = re.compile(r"<!--\s*arch-cards\b(?P<args>.*?)-->", re.DOTALL)
_ARG_RE = re.compile(r'\s*(?P<name>[A-Za-z_][\w-]*)\s*=\s*"(?P<value>[^"]*)"')
_HEADING_RE = re.compile(r"<h([1-6])\b")
VIEWS = ("grid", "tags", "categories", "review", "related")
GROUPS = ("none", "category")
SORTS = ("order", "title", "date", "category")
SWITCHES = ("off", "on")


@dataclass(frozen=True, slots=True)
class Marker:
    """A marker's options. Filters list accepted values; a value starting with ! excludes."""

    view: str = "grid"
    category: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    status: tuple[str, ...] = ()
    group: str = "none"
    sort: str = "order"
    filters: str = "off"

    @property
    def filtered(self) -> bool:
        return bool(self.category or self.tags or self.status)


_LISTS = {"category", "tags", "status"}
_CHOICES = {"view": VIEWS, "group": GROUPS, "sort": SORTS, "filters": SWITCHES}
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
            values[name] = tuple(v.strip() for v in value.split(",") if v.strip())
        elif name in _CHOICES and value in _CHOICES[name]:
            values[name] = value
        elif name in _CHOICES:
            errors.append(f'{name}="{value}" is not one of: {", ".join(_CHOICES[name])}')
        else:
            errors.append(f"unknown option '{name}' (known: {', '.join(OPTIONS)})")
    if args[position:].strip():
        errors.append(f'cannot read {args[position:].strip()!r}: write name="value"')
    return Marker(**values), errors  # type: ignore[arg-type]


def select(catalog: Catalog, marker: Marker) -> list[Design]:
    """The designs a grid marker shows, in the order it asks for."""

    def tag_forms(value: str) -> set[str]:
        return {catalog.registry.canonical_tag(tag_key(value)), value.strip().casefold()}

    chosen = [
        d
        for d in _candidates(catalog, marker, tag_forms)
        if _matches(marker.category, _category_names(d), _folded)
        and _matches(marker.tags, {n for t in d.tags for n in (t.key, t.slug)}, tag_forms)
        and _matches(marker.status, {d.status.name} if d.status else set(), _folded)
    ]
    if marker.sort == "title":
        chosen.sort(key=lambda d: d.title.casefold())
    elif marker.sort == "date":
        chosen.sort(key=lambda d: d.date or datetime.date.min, reverse=True)
    elif marker.sort == "category" or marker.group == "category":
        chosen.sort(
            key=lambda d: catalog.registry.category_rank(d.category.name if d.category else None)
        )
    return chosen


def has_marker(text: str) -> bool:
    """Whether a page's text holds a marker (perhaps inside a code block)."""
    return _MARKER_RE.search(text) is not None


def expand_markers(
    page_html: str,
    *,
    path: str,
    source: Callable[[], str],
    page_url: str,
    catalog: Catalog,
    renderer: Renderer,
) -> tuple[str, list[Problem]]:
    """Replace every marker on a page with what it shows; say what is wrong with any marker.

    `source` gives the page's text, read only to put a line number on a problem.
    """
    found: list[tuple[str, str, str]] = []  # (marker, message, hint)

    def replace(match: re.Match[str]) -> str:
        raw = match.group(0)
        if not _stands_alone(page_html, match):
            found.append(
                (raw, "a marker inside a paragraph is left as it is", "put it on a line of its own")
            )
            return raw
        marker, errors = parse_marker(match["args"])
        found.extend((raw, error, "") for error in errors)
        level = _heading_before(page_html, match.start()) + 1
        if marker.view == "tags":
            return renderer.tags_overview(catalog, page_url)
        if marker.view == "categories":
            return renderer.grouped(catalog.designs, catalog, page_url, level, anchors=True)
        if marker.view == "review":
            return renderer.review(catalog, page_url)
        if marker.view == "related":
            design = catalog.by_path.get(path)
            return renderer.related(design, catalog, page_url) if design else ""
        designs = select(catalog, marker)
        if not designs and marker.filtered:
            found.append((raw, "no design matches this marker's filters", _known(marker, catalog)))
        if marker.group == "category":
            return renderer.grouped(designs, catalog, page_url, level)
        return renderer.grid(designs, catalog, page_url, level, filters=marker.filters == "on")

    expanded = _MARKER_RE.sub(replace, page_html)
    text = source() if found else ""
    problems = [
        Problem(path, _line_of(html.unescape(raw), text), "arch-cards", message, hint)
        for raw, message, hint in found
    ]
    return expanded, problems


def _candidates(
    catalog: Catalog, marker: Marker, tag_forms: Callable[[str], set[str]]
) -> list[Design]:
    """Designs that may match: through the tag index when the marker names tags to include."""
    wanted = [v for v in marker.tags if not v.startswith("!")]
    if not wanted:
        return list(catalog.designs)
    keys = {catalog.tag_keys.get(f, f) for value in wanted for f in tag_forms(value)}
    found = {d.path: d for key in keys for d in catalog.by_tag.get(key, ())}
    return sorted(found.values(), key=lambda d: catalog.position[d.path])


def _matches(wanted: tuple[str, ...], names: set[str], forms: Callable[[str], set[str]]) -> bool:
    """Whether a design's names meet a filter: any wanted value, and no !excluded one."""
    include = [forms(v) for v in wanted if not v.startswith("!")]
    exclude = [forms(v[1:]) for v in wanted if v.startswith("!")]
    return (not include or any(f & names for f in include)) and not any(f & names for f in exclude)


def _category_names(design: Design) -> set[str]:
    return {design.category.name.casefold(), design.category.slug} if design.category else set()


def _folded(value: str) -> set[str]:
    return {value.strip().casefold()}


def _known(marker: Marker, catalog: Catalog) -> str:
    known = []
    if marker.category:
        known.append("categories: " + ", ".join(c.name for c in catalog.categories))
    if marker.tags:
        known.append("tags: " + ", ".join(t.label for t in catalog.tags))
    if marker.status:
        known.append("statuses: " + ", ".join(catalog.registry.statuses))
    return "known " + "; ".join(known) if catalog.designs else "there are no designs yet"


def _stands_alone(page_html: str, match: re.Match[str]) -> bool:
    before = page_html[: match.start()].rsplit("\n", 1)[-1]
    after = page_html[match.end() :].split("\n", 1)[0]
    return not before.strip() and not after.strip()


def _heading_before(page_html: str, position: int) -> int:
    levels = _HEADING_RE.findall(page_html, 0, position)
    return int(levels[-1]) if levels else 1  # no heading yet: the theme puts the H1 first


def _line_of(marker: str, source: str) -> int:
    index = source.find(marker)
    return source.count("\n", 0, index) + 1 if index >= 0 else 1
