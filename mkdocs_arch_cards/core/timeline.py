"""The decision timeline: designs by year, newest first, and each supersession chain as a line."""

from __future__ import annotations

import datetime
import heapq
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .ordering import natural_key
from .query import category_names

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from .cards import Link
    from .catalog import Catalog, Design
    from .ordering import NaturalKey
    from .render import Renderer


@dataclass(frozen=True, slots=True)
class Entry:
    """A design on the timeline, with the designs that replaced it and those it replaced."""

    design: Design
    replaced_by: tuple[Design, ...] = ()
    replaces: tuple[Design, ...] = ()


@dataclass(frozen=True, slots=True)
class Year:
    """The entries of one year, newest first; `year` None: the undated designs."""

    year: int | None
    entries: tuple[Entry, ...]


@dataclass(frozen=True, slots=True)
class Timeline:
    """Years, newest first, undated last; chains of supersession, oldest member first."""

    years: tuple[Year, ...]
    chains: tuple[tuple[Design, ...], ...]


class Supersession:
    """Who replaced whom, read from both sides (`supersedes`, `superseded_by`) once a catalog.

    A reference only one side writes still counts (the other side's omission is reported
    elsewhere); a design never replaces itself; references out of the catalog are dropped.
    """

    def __init__(self, catalog: Catalog) -> None:
        known = catalog.by_path
        self.after: dict[str, dict[str, None]] = {}  # path -> its successors, in order
        self.before: dict[str, dict[str, None]] = {}  # path -> its predecessors, in order
        for design in catalog.designs:
            if design.superseded_by:
                self._add(design.path, design.superseded_by, known)
            for older in design.supersedes:
                self._add(older, design.path, known)

    def _add(self, older: str, newer: str, known: Mapping[str, Design]) -> None:
        if older != newer and older in known and newer in known:
            self.after.setdefault(older, {})[newer] = None
            self.before.setdefault(newer, {})[older] = None

    def chain(self, path: str, seen: set[str]) -> list[str]:
        """Every design linked to `path` by supersession, as `seen` has not met them yet."""
        found, stack = [], [path]
        seen.add(path)
        while stack:  # a walk, not a recursion: a chain of thousands is no problem
            node = stack.pop()
            found.append(node)
            for other in (*self.after.get(node, ()), *self.before.get(node, ())):
                if other not in seen:
                    seen.add(other)
                    stack.append(other)
        return found


def timeline_of(designs: Sequence[Design], catalog: Catalog) -> Timeline:
    """The timeline of `designs` (some of `catalog`'s): entries by year, and the chains that
    hold any of them, drawn whole from the catalog."""
    links = Supersession(catalog)
    by_path = catalog.by_path

    def entry(design: Design) -> Entry:
        after = tuple(by_path[p] for p in links.after.get(design.path, ()))
        before = tuple(by_path[p] for p in links.before.get(design.path, ()))
        return Entry(design, after, before)

    years: dict[int | None, list[Design]] = {}
    for design in designs:
        years.setdefault(design.date.year if design.date else None, []).append(design)
    grouped = []
    for year in sorted((y for y in years if y is not None), reverse=True):
        # Newest first; a day's designs by title. Two stable sorts: by title, then by date.
        members = sorted(years[year], key=_title)
        members.sort(key=_day, reverse=True)
        grouped.append(Year(year, tuple(entry(d) for d in members)))
    if None in years:
        grouped.append(Year(None, tuple(entry(d) for d in sorted(years[None], key=_title))))
    seen: set[str] = set()
    chains = []
    for design in designs:
        if design.path in seen or not (design.path in links.after or design.path in links.before):
            continue
        linked = links.chain(design.path, seen)
        chains.append(tuple(by_path[p] for p in _in_order(linked, links, by_path)))
    chains.sort(key=_title_of_first)
    chains.sort(key=_newest, reverse=True)
    return Timeline(tuple(grouped), tuple(chains))


def _in_order(
    members: Iterable[str], links: Supersession, by_path: Mapping[str, Design]
) -> list[str]:
    """A chain's designs, each after those it replaced (the oldest, then by title, first
    among equals); a cycle, reported as a problem already, is cut at its oldest design."""
    members = list(members)
    inside = set(members)
    waiting = {p: sum(1 for q in links.before.get(p, ()) if q in inside) for p in members}
    ready = [(_rank(by_path[p]), p) for p in members if not waiting[p]]
    heapq.heapify(ready)
    ordered: list[str] = []
    placed: set[str] = set()
    oldest = iter(sorted(members, key=lambda p: _rank(by_path[p])))
    while len(ordered) < len(members):
        if not ready:  # only cycles are left: start at the oldest design not placed yet
            first = next(p for p in oldest if p not in placed)
            ready.append((_rank(by_path[first]), first))
        _, path = heapq.heappop(ready)
        if path in placed:
            continue
        placed.add(path)
        ordered.append(path)
        for newer in links.after.get(path, ()):
            if newer in inside and newer not in placed:
                waiting[newer] -= 1
                if waiting[newer] == 0:
                    heapq.heappush(ready, (_rank(by_path[newer]), newer))
    return ordered


def _rank(design: Design) -> tuple[datetime.date, NaturalKey, str]:
    return (design.date or datetime.date.max, natural_key(design.title), design.path)


def _title(design: Design) -> NaturalKey:
    return natural_key(design.title)


def _day(design: Design) -> datetime.date:
    return design.date or datetime.date.min


def _newest(chain: tuple[Design, ...]) -> datetime.date:
    return max((d.date for d in chain if d.date), default=datetime.date.min)


def _title_of_first(chain: tuple[Design, ...]) -> NaturalKey:
    return _title(chain[0])


def timeline_html(
    renderer: Renderer,
    designs: Sequence[Design],
    catalog: Catalog,
    page_url: str,
    heading_level: int = 2,
    filters: bool = False,
) -> str:
    """The timeline of `designs` as it appears on the page served at `page_url`; with
    `filters`, links to each category's and tag's designs first, which the script turns into
    filters of the timeline in place."""
    from .render import link_label  # `arch-cards check` loads no Jinja

    timeline = timeline_of(designs, catalog)
    renderer.grids += 1  # ids unique on the page, as a grid's are
    facets = _facets(renderer, designs, catalog) if filters and designs else None
    level = min(max(heading_level, 2), 5)
    chain_at = {d.path: i for i, chain in enumerate(timeline.chains) for d in chain}
    html = renderer.render(
        "timeline.html",
        timeline=timeline,
        chain_at=chain_at,
        link_label=link_label,
        card=lambda design: renderer.card(design, catalog),
        facets=facets,
        total=len(designs),
        timeline_id=f"arch-timeline-{renderer.grids}",
        heading=f"h{level}",
        subheading=f"h{level + 1}",
    )
    return renderer.links.relink(html, page_url)


@dataclass(frozen=True, slots=True)
class Facet:
    """A filter link: the page of a category's or tag's designs, and the names the script
    takes from the URL for it (the grid's `?category=` and `?tags=`)."""

    link: Link
    value: str
    names: tuple[str, ...]


def _facets(
    renderer: Renderer, designs: Sequence[Design], catalog: Catalog
) -> dict[str, list[Facet]]:
    """The categories (in catalog order) and tags (by label) of `designs`, as filter links."""
    categories = {d.category.slug for d in designs if d.category}
    tags = {tag.key for d in designs for tag in d.tags}
    return {
        "category": [
            Facet(renderer.category_link(c, catalog), c.slug, tuple(sorted(category_names(c))))
            for c in catalog.categories
            if c.slug in categories
        ],
        "tags": [
            Facet(renderer.tag_link(t, catalog), t.slug, tuple(sorted(t.names)))
            for t in catalog.tags
            if t.key in tags
        ],
    }
