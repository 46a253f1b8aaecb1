"""What a grid's script reads: the filter bar's choices, and a big grid's later cards as data."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .query import category_names, status_names
from .registry import Registry

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from .cards import Card
    from .designs import Category, Design, Status
    from .tags import Tag

# Cards a grid renders as HTML: a few screens on a desktop. The rest waits in the page as data
# (about a third of a card's HTML) and the script builds those cards after the first paint.
GRID_CARDS = 48
# Templates the script's cards copy the markup of: a site overriding one keeps HTML cards.
CARD_TEMPLATES = ("grid.html", "card.html", "chips.html", "badges.html", "parts.html")
# JSON inside <script> ends at the first "</script"; an escaped "<" cannot start it.
_SCRIPT_SAFE = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"))


@dataclass(frozen=True, slots=True)
class Rest:
    """The cards a grid leaves to the script: its data and the parts its cards are made of."""

    count: int
    data: str  # JSON, safe inside <script>
    categories: tuple[Category, ...]  # the `c` of a card: an index in here
    statuses: tuple[Status, ...]  # the `x` of a card


def grid_tags(designs: Sequence[Design]) -> tuple[Tag, ...]:
    """The tags of a grid's designs in the filter bar's order; cards refer to them by index."""
    return tuple(sorted({t for d in designs for t in d.tags}, key=lambda t: t.label.casefold()))


def rest_of(
    cards: Sequence[Card],
    tags: Sequence[Tag],
    heading: str,
    filters: bool,
    chips: int,
    href: Callable[[str], str] = str,
) -> Rest:
    """Compact data for `cards`: short keys, and tags, categories, statuses as table indices.

    `href`: a card's link as the page writes it (cards hold links as tokens, links.Links)."""
    categories = list(dict.fromkeys(c.design.category for c in cards if c.design.category))
    statuses = list(dict.fromkeys(c.design.status for c in cards if c.design.status))
    category_at = {category: i for i, category in enumerate(categories)}
    status_at = {status: i for i, status in enumerate(statuses)}
    tag_at = {tag: i for i, tag in enumerate(tags)}
    rows = []
    for card in cards:
        design = card.design
        row: dict[str, object] = {"t": card.title, "h": href(card.href)}
        optional = {
            "d": 1 if card.diagram_href else None,
            "s": card.summary or None,
            "p": card.problem or None,
            "c": category_at[design.category] if design.category else None,
            "x": status_at[design.status] if design.status else None,
            "g": [tag_at[tag] for tag in design.tags] or None,
            "r": 1 if design.needs_review else None,
            "f": 1 if design.draft else None,
        }
        row.update((key, value) for key, value in optional.items() if value is not None)
        rows.append(row)
    data = {
        "heading": heading,
        "filters": filters,
        "chips": chips,
        "category": [c.slug for c in categories],
        "status": [[s.name, 1 if s.retired else 0] for s in statuses],
        "cards": rows,
    }
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in _SCRIPT_SAFE:  # str.replace: a tenth of str.translate's time here
        text = text.replace(char, escaped)
    return Rest(len(cards), text, tuple(categories), tuple(statuses))


@dataclass(frozen=True, slots=True)
class Facet:
    """One button of a filter bar: what it filters on, and how many designs have it."""

    value: str
    label: str
    count: int
    names: tuple[str, ...]  # every name a URL may use for it (query.fold)


@dataclass(frozen=True, slots=True)
class FilterBar:
    """The choices a filter bar offers, counted over the grid's designs."""

    tags: tuple[Facet, ...]
    categories: tuple[Facet, ...]
    statuses: tuple[Facet, ...]
    total: int

    @property
    def names(self) -> dict[str, dict[str, tuple[str, ...]]]:
        """Each category's and status's names, for cards: a facet of one choice has no buttons."""
        return {
            "category": {facet.value: facet.names for facet in self.categories},
            "status": {facet.value: facet.names for facet in self.statuses},
        }


def filter_bar(
    designs: Sequence[Design], order: Sequence[Tag], registry: Registry | None = None
) -> FilterBar:
    """The choices of a filter bar over `designs`, its tags in the order `order` gives; its
    categories and statuses in the `registry`'s order, then by count, then by name."""
    counts = Counter(t for d in designs for t in d.tags)
    categories = Counter(d.category for d in designs if d.category)
    statuses = Counter(d.status for d in designs if d.status)
    known = registry or Registry()
    # A status the registry does not list is data all the same: it shows, after the known ones.
    ranks = {name: i for i, name in enumerate(known.statuses)}
    by_category = sorted(
        categories.items(),
        key=lambda item: (known.category_rank(item[0].name), -item[1], item[0].name.casefold()),
    )
    by_status = sorted(
        statuses.items(),
        key=lambda item: (
            ranks.get(item[0].name, len(ranks)),
            -item[1],
            item[0].label.casefold(),
        ),
    )
    return FilterBar(
        tuple(Facet(t.slug, t.label, counts[t], tuple(sorted(t.names))) for t in order),
        tuple(Facet(c.slug, c.name, n, tuple(sorted(category_names(c)))) for c, n in by_category),
        tuple(Facet(s.name, s.label, n, tuple(sorted(status_names(s)))) for s, n in by_status),
        len(designs),
    )
