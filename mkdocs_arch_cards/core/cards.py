"""A design as a card: what a grid, a header or a list shows of it, its links as tokens."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, overload

from .query import names_of
from .values import CARD_TEXT, excerpt

if TYPE_CHECKING:
    from .catalog import Design

CARD_CHIPS = 8  # tag chips on a card; the rest are "+N more", a link to the design's page


@dataclass(frozen=True, slots=True)
class Link:
    """Something shown with a link relative to the page being rendered."""

    label: str
    href: str | None = None
    color: str | None = None
    icon: str | None = None
    value: str | None = None  # a tag's slug: the script opens the grid with `?tags=` it

    def __str__(self) -> str:
        return self.label  # so a template can print {{ card.category }}


@dataclass(frozen=True, slots=True)
class Card:
    """A design as one page sees it: every link is relative to that page."""

    design: Design
    href: str
    diagram_href: str | None
    category: Link | None
    tags: tuple[Link, ...]
    more: int = 0  # chips not shown: a card shows CARD_CHIPS, the design's own page all
    # What the card shows of the design's texts, cut once (a card is on several pages).
    title: str = field(init=False, compare=False)
    summary: str | None = field(init=False, compare=False)
    problem: str | None = field(init=False, compare=False)  # unless the summary says it

    def __post_init__(self) -> None:
        design, set_ = self.design, object.__setattr__
        set_(self, "title", _clamp(design.title))
        set_(self, "summary", _clamp(design.summary))
        said = design.problem == design.summary
        set_(self, "problem", None if said else _clamp(design.problem))

    @property
    def names(self) -> dict[str, list[str]]:
        """The folded names a site's own card.html may carry (`data-arch-names`) for the filter
        bar's script; the packaged card carries its tags' indices among the bar's instead."""
        names = names_of(self.design)
        facets = {"tags": names.tags, "category": names.category, "status": names.status}
        return {facet: sorted(found) for facet, found in facets.items() if found}

    @property
    def page_summary(self) -> str | None:
        """The summary above the design's page, unless its body says it already."""
        return None if "summary" in self.design.from_body else self.design.summary

    @property
    def page_problem(self) -> str | None:
        """The problem above the design's page, unless its body or the summary says it."""
        design = self.design
        said = "problem" in design.from_body or design.problem == self.page_summary
        return None if said else design.problem


@overload
def _clamp(text: str) -> str: ...
@overload
def _clamp(text: None) -> None: ...
def _clamp(text: str | None) -> str | None:
    """Text a card shows: a design repeats on many pages, its own page shows it whole."""
    return None if text is None else excerpt(text, CARD_TEXT)
