"""The `<!-- arch-cards ... -->` marker: where a grid goes, and which designs it shows."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .problems import Problem

if TYPE_CHECKING:
    from .catalog import Catalog
    from .render import Renderer

# Markdown passes an HTML comment through verbatim and escapes one inside a code block, so
# markers are found in the rendered HTML, and examples of the marker in code stay text.
_MARKER_RE = re.compile(r"<!--\s*arch-cards\b(?P<args>.*?)-->", re.DOTALL)
_ARG_RE = re.compile(r'\s*(?P<name>[A-Za-z_][\w-]*)\s*=\s*"(?P<value>[^"]*)"')
_HEADING_RE = re.compile(r"<h([1-6])\b")
FILTERS = ("category", "tags")


@dataclass(frozen=True, slots=True)
class Marker:
    """A marker's filters: each a list of accepted values, empty for "any"."""

    category: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()


def parse_marker(args: str) -> tuple[Marker, list[str]]:
    """Read `category="A, B" tags="Kafka"`; unknown or malformed arguments are errors."""
    values: dict[str, tuple[str, ...]] = {}
    errors: list[str] = []
    position = 0
    while match := _ARG_RE.match(args, position):
        name = match["name"]
        if name in FILTERS:
            values[name] = tuple(v.strip() for v in match["value"].split(",") if v.strip())
        else:
            errors.append(f"unknown option '{name}' (known: {', '.join(FILTERS)})")
        position = match.end()
    if args[position:].strip():
        errors.append(f'cannot read {args[position:].strip()!r}: write name="value"')
    return Marker(**values), errors


def expand_markers(
    page_html: str,
    *,
    path: str,
    source: str,
    page_url: str,
    catalog: Catalog,
    renderer: Renderer,
) -> tuple[str, list[Problem]]:
    """Replace every marker on a page with its grid; say what is wrong with any marker."""
    problems: list[Problem] = []

    def replace(match: re.Match[str]) -> str:
        raw = match.group(0)
        line = _line_of(html.unescape(raw), source)
        if not _stands_alone(page_html, match):
            message = "a marker inside a paragraph is left as it is"
            problems.append(
                Problem(path, line, "arch-cards", message, "put it on a line of its own")
            )
            return raw
        marker, errors = parse_marker(match["args"])
        problems.extend(Problem(path, line, "arch-cards", e) for e in errors)
        designs = catalog.select(marker.category, marker.tags)
        if not designs and (marker.category or marker.tags):
            problems.append(_nothing_matches(path, line, marker, catalog))
        return renderer.grid(designs, page_url, _heading_before(page_html, match.start()) + 1)

    return _MARKER_RE.sub(replace, page_html), problems


def _nothing_matches(path: str, line: int, marker: Marker, catalog: Catalog) -> Problem:
    known = []
    if marker.category:
        known.append("categories: " + ", ".join(catalog.categories))
    if marker.tags:
        known.append("tags: " + ", ".join(t.label for t in catalog.tags))
    hint = "known " + "; ".join(known) if catalog.designs else "there are no designs yet"
    return Problem(path, line, "arch-cards", "no design matches this marker's filters", hint)


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
