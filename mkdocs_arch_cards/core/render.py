"""HTML for grids, cards, design-page decorations and overviews, the same from every engine."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, overload
from urllib.parse import quote

import jinja2
from markupsafe import Markup

from .links import Links
from .links import relative_url as relative_url  # where graphs and the tests import it
from .query import Names, category_names, names_of, status_names
from .values import CARD_TEXT, cut, excerpt

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from .catalog import Catalog, Category, Design
    from .tags import Tag

TEMPLATES = Path(__file__).parent / "templates"
DIAGRAM_ANCHOR = "arch-diagram"
CARD_CHIPS = 8  # tag chips on a card; the rest are "+N more", a link to the design's page


@dataclass(frozen=True, slots=True)
class Link:
    """Something shown with a link relative to the page being rendered."""

    label: str
    href: str | None = None
    color: str | None = None
    icon: str | None = None
    grid_href: str | None = None  # the whole grid, filtered to this (used by the script)

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
    folded: Names | None = None  # the catalog's index of names_of(design)

    @property
    def names(self) -> dict[str, list[str]]:
        """The folded names the filter bar's script compares a URL's terms with."""
        names = self.folded or names_of(self.design)
        facets = {"tags": names.tags, "category": names.category, "status": names.status}
        # A card without one of them says nothing about it: a grid of 240 cards is 300 kB.
        return {facet: sorted(found) for facet, found in facets.items() if found}

    @property
    def title(self) -> str:
        return _clamp(self.design.title)

    @property
    def summary(self) -> str | None:
        return _clamp(self.design.summary)

    @property
    def problem(self) -> str | None:
        """The problem, unless it says what the summary says: a card shows a text once."""
        problem = self.design.problem
        return None if problem == self.design.summary else _clamp(problem)

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


class Renderer:
    """Renders with templates from the site's `custom_dir/arch-cards/` first, then ours.

    Each card is rendered once per catalog, its links as tokens (links.Links) that every
    method makes relative to the page it renders for.
    """

    def __init__(self, override_dir: str | None = None, icon: Callable[[str], str] | None = None):
        dirs = [override_dir] if override_dir else []
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader([*dirs, str(TEMPLATES)]),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=False,  # one build reads each template once, not a stat per card
        )
        # Compact JSON in the names cards and choices carry for the filter bar's script.
        self.env.policies["json.dumps_kwargs"] = {"sort_keys": True, "separators": (",", ":")}
        self.grids = 0  # numbers the grids of a build, for ids that filter bars refer to
        # Icons are SVG files of the theme, found by the adapter; markup we trust, not data.
        self.env.globals["icon"] = lambda name: Markup(icon(name) if icon and name else "")
        self._catalog: Catalog | None = None
        self._reset()

    def render(self, template: str, **context: object) -> str:
        return self.env.get_template(f"arch-cards/{template}").render(**context)

    def grid(
        self,
        designs: Sequence[Design],
        catalog: Catalog,
        page_url: str,
        heading_level: int = 2,
        filters: bool = False,
    ) -> str:
        """The card grid for `designs`, as it appears on the page served at `page_url`.

        With `filters`, a filter bar comes first; the script shows it, and the page without
        the script shows every card.
        """
        cards = [self.card(d, catalog) for d in designs]
        bar = _filter_bar(designs) if filters and cards else None
        heading = _heading(heading_level)
        rendered = [self._card_html(c, heading, bar) for c in cards]
        self.grids += 1
        html = self.render(
            "grid.html",
            cards=cards,
            rendered=rendered,
            heading=heading,
            bar=bar,
            grid_id=f"arch-grid-{self.grids}",
        )
        return self.links.relink(html, page_url)

    def header(self, design: Design, catalog: Catalog, page_url: str) -> str:
        """Above a design page's body: banner, category, status, summary, problem, chips."""
        full = self.card(design, catalog, chips=None)
        successor = catalog.by_path.get(design.superseded_by or "")
        link = successor and Link(successor.title, self.links.token(successor.url))
        if design.successor_link and not link:
            link = Link(link_label(design.successor_link), design.successor_link)
        html = self.render("header.html", card=full, successor=link)
        return self.links.relink(html, page_url)

    def related(self, design: Design, catalog: Catalog, page_url: str) -> str:
        """The "Related designs" list that ends a design page: designs, then other sites."""
        cards = [self.card(catalog.by_path[p], catalog) for p in design.related]
        links = [Link(link_label(url), url) for url in design.related_links]
        if not cards and not links:
            return ""
        html = self.render("related.html", cards=cards, links=links, design=design)
        return self.links.relink(html, page_url)

    def diagram(self, diagram_html: str, anchored: bool = False) -> str:
        """A frame around a diagram's HTML; `anchored`: the one "View diagram" lands on."""
        anchor = DIAGRAM_ANCHOR if anchored else None
        return self.render("diagram.html", anchor=anchor, diagram=Markup(diagram_html))

    def notice(self, title: str, messages: Sequence[str]) -> str:
        """A box that tells a reader of a preview what is wrong with this page."""
        return self.render("notice.html", title=title, messages=messages)

    def tags_overview(self, catalog: Catalog, page_url: str) -> str:
        """Every tag with its count and description, by group."""
        groups: dict[str, list[tuple[Link, int, str | None]]] = {}
        for tag in catalog.tags:
            entry = (self.tag_link(tag, catalog), len(catalog.with_tag(tag)), tag.description)
            groups.setdefault(tag.group or "", []).append(entry)
        ordered = sorted(groups.items(), key=lambda item: (item[0] == "", item[0].casefold()))
        return self.links.relink(self.render("tags.html", groups=ordered), page_url)

    def grouped(
        self,
        designs: Sequence[Design],
        catalog: Catalog,
        page_url: str,
        heading_level: int,
        anchors: bool = False,
    ) -> str:
        """A heading, a line and a grid for each category of `designs`, in category order."""
        sections = []
        for category in catalog.categories:
            members = [d for d in designs if d.category == category]
            if members:
                grid = self.grid(members, catalog, page_url, heading_level + 1)
                sections.append((category, len(members), Markup(grid)))
        return self.render(
            "categories.html", sections=sections, heading=_heading(heading_level), anchors=anchors
        )

    def review(self, catalog: Catalog, page_url: str) -> str:
        """The designs due for review, as a table."""
        rows = [self.card(d, catalog) for d in catalog.stale()]
        html = self.render("review.html", cards=rows, days=catalog.settings.review_after)
        return self.links.relink(html, page_url)

    def card(self, design: Design, catalog: Catalog, chips: int | None = CARD_CHIPS) -> Card:
        """A design's card, its links as tokens; made once per catalog.

        A card shows `chips` tags at most (None: all), so that a page of many tags, shown on
        each of its tag pages, does not make the site grow with the square of its tag count.
        """
        self._use(catalog)
        made = self._cards.get((design.path, chips))
        if made is None:
            href = self.links.token(design.url)
            shown = design.tags if chips is None else design.tags[:chips]
            category = design.category
            made = self._cards[design.path, chips] = Card(
                design,
                href,
                f"{href}#{DIAGRAM_ANCHOR}" if design.diagram else None,
                self.category_link(category, catalog) if category else None,
                tuple(self.tag_link(tag, catalog) for tag in shown),
                len(design.tags) - len(shown),
                catalog.names.get(design.path),
            )
        return made

    def tag_link(self, tag: Tag, catalog: Catalog) -> Link:
        """A chip's link: the tag's page, and the whole grid filtered to the tag."""
        self._use(catalog)
        link = self._tags.get(tag.key)
        if link is None:
            href = self.links.token(catalog.tag_url(tag))
            grid = f"{self._grid}?tags={quote(tag.slug)}"
            link = self._tags[tag.key] = Link(tag.label, href, tag.color, tag.icon, grid)
        return link

    def category_link(self, category: Category, catalog: Catalog) -> Link:
        """A card's category: a link to its section of the categories page."""
        href = self.links.token(catalog.category_url(category))
        return Link(category.name, href, category.color, category.icon)

    def _card_html(self, card: Card, heading: str, bar: FilterBar | None) -> Markup:
        """A grid's card, rendered once per heading and with or without the script's names."""
        key = (card.design.path, heading, bar is not None, card.more)
        made = self._html.get(key)
        if made is None:
            html = self.render("card.html", card=card, heading=heading, bar=bar)
            made = self._html[key] = Markup(html)
        return made

    def _use(self, catalog: Catalog) -> None:
        """Cards and links of another catalog are made again (a rebuild, another site)."""
        if catalog is not self._catalog:
            self._catalog = catalog
            self._reset()
            self._grid = self.links.token(catalog.settings.url_of(catalog.settings.index))

    def _reset(self) -> None:
        self.links = Links()
        self._cards: dict[tuple[str, int | None], Card] = {}
        self._html: dict[tuple[str, str, bool, int], Markup] = {}
        self._tags: dict[str, Link] = {}
        self._grid = ""


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


def _filter_bar(designs: Sequence[Design]) -> FilterBar:
    tags = Counter(t for d in designs for t in d.tags)
    categories = Counter(d.category for d in designs if d.category)
    statuses = Counter(d.status for d in designs if d.status)
    return FilterBar(
        tuple(
            Facet(t.slug, t.label, n, tuple(sorted(t.names)))
            for t, n in sorted(tags.items(), key=lambda item: item[0].label.casefold())
        ),
        tuple(
            Facet(c.slug, c.name, n, tuple(sorted(category_names(c))))
            for c, n in categories.items()
        ),
        tuple(
            Facet(s.name, s.label, n, tuple(sorted(status_names(s)))) for s, n in statuses.items()
        ),
        len(designs),
    )


def link_label(url: str, limit: int = 70) -> str:
    """An http(s) address as a link's text: without the scheme, cut with an ellipsis."""
    return cut(url.split("://", 1)[-1].rstrip("/"), limit)


@overload
def _clamp(text: str) -> str: ...
@overload
def _clamp(text: None) -> None: ...
def _clamp(text: str | None) -> str | None:
    """Text a card shows: a design repeats on many pages, its own page shows it whole."""
    return None if text is None else excerpt(text, CARD_TEXT)


def _heading(level: int) -> str:
    return f"h{min(max(level, 2), 6)}"
