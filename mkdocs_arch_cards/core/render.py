"""HTML for grids, cards, design-page decorations and overviews, the same from every engine."""

from __future__ import annotations

from typing import TYPE_CHECKING

from markupsafe import Markup

from .cards import CARD_CHIPS, Card, Link
from .compact import CARD_TEMPLATES
from .grids import grid_html, heading_tag
from .i18n import Strings
from .jinja_env import environment, overridden
from .links import Links
from .twins import TWINS, Twins
from .values import cut

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from .catalog import Catalog, Category, Design
    from .compact import FilterBar
    from .tags import Tag

DIAGRAM_ANCHOR = "arch-diagram"


class Renderer:
    """Renders with templates from the site's `custom_dir/arch-cards/` first, then ours.

    Each card is rendered once per catalog, its links as tokens (links.Links) that every
    method makes relative to the page it renders for.
    """

    def __init__(
        self,
        override_dir: str | None = None,
        icon: Callable[[str], str] | None = None,
        grid_filters: bool = True,
    ):
        self.env = environment(override_dir)
        self.grids = 0  # numbers the grids of a page, for ids that filter bars refer to
        # Whether the grid page has a filter bar (places.Claims): chips elsewhere open it
        # filtered by their tag (data-arch-grid-href), or else stay links to their tag page.
        self.grid_filters = grid_filters
        self._grids_page = ""
        # Icons are SVG files of the theme, found by the adapter; markup we trust, not data.
        self.icon: Callable[[str | None], Markup] = lambda name: Markup(
            icon(name) if icon and name else ""
        )
        self.env.globals["icon"] = self.icon
        self.strings = Strings()
        self.env.globals["say"] = self.strings
        self._catalog: Catalog | None = None
        self._reset()
        ours = {*CARD_TEMPLATES, *(name for used in TWINS.values() for name in used)}
        mine = overridden(override_dir, ours)
        # The script builds a big grid's later cards with our markup; an override keeps HTML.
        self.compact = mine.isdisjoint(CARD_TEMPLATES)
        # What Python renders instead of Jinja (twins.py): the templates a site left as ours.
        self.twins = frozenset(twin for twin, used in TWINS.items() if mine.isdisjoint(used))

    def render(self, template: str, **context: object) -> str:
        return self.env.get_template(f"arch-cards/{template}").render(**context)

    grid = grid_html  # the card grid for designs on a page, this renderer's: renderer.grid(...)

    def next_grid_id(self, page_url: str) -> str:
        """The id of the page's next grid, which its filter bar and URL prefix refer to."""
        # Ids count a page's grids (rendered one after another), so that a grid's URL prefix
        # (arch-cards.js) stays the same from build to build while the page's markers do.
        if page_url != self._grids_page:
            self._grids_page, self.grids = page_url, 0
        self.grids += 1
        return f"arch-grid-{self.grids}"

    def header(self, design: Design, catalog: Catalog, page_url: str) -> str:
        """Above a design page's body: banner, category, status, summary, problem, chips."""
        full = self.card(design, catalog, chips=None)
        successor = catalog.by_path.get(design.superseded_by or "")
        link = Link(successor.title, self.links.token(successor.url)) if successor else None
        if design.successor_link and not link:
            link = Link(link_label(design.successor_link), design.successor_link)
        if "header" in self.twins:
            html = self.html.header(full, link, self.grid_href)
        else:
            html = self.render("header.html", card=full, successor=link, grid_href=self.grid_href)
        return self.links.relink(html, page_url)

    def related(self, design: Design, catalog: Catalog, page_url: str) -> str:
        """The "Related designs" list that ends a design page: designs, then other sites."""
        cards = [self.card(catalog.by_path[p], catalog) for p in design.related]
        links = [Link(link_label(url), url) for url in design.related_links]
        if not cards and not links:
            return ""
        if "related" in self.twins:
            html = self.html.related(cards, links)
        else:
            html = self.render("related.html", cards=cards, links=links, design=design)
        return self.links.relink(html, page_url)

    def diagram(self, diagram_html: str, anchored: bool = False) -> str:
        """A frame around a diagram's HTML; `anchored`: the one "View diagram" lands on."""
        anchor = DIAGRAM_ANCHOR if anchored else None
        if "diagram" in self.twins:
            return self.html.diagram(diagram_html, anchor)
        return self.render("diagram.html", anchor=anchor, diagram=Markup(diagram_html))

    def notice(self, title: str, messages: Sequence[str]) -> str:
        """A box that tells a reader of a preview what is wrong with this page."""
        return self.render("notice.html", title=title, messages=messages)

    def tags_overview(self, catalog: Catalog, page_url: str) -> str:
        """Every tag with its count and description, by group."""
        self.use(catalog)
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
        """A heading, a line and a grid for each category of `designs`, in category order.

        With `anchors` (the categories page), a list instead of each grid: the page every grid
        links to as the index of every design, those without a category last.
        """
        self.use(catalog)
        by_category: dict[Category | None, list[Design]] = {}
        for design in designs:
            by_category.setdefault(design.category, []).append(design)
        order: list[Category | None] = [*catalog.categories, *([None] if anchors else [])]
        sections = []
        for category in order:
            members = by_category.get(category, [])
            if not members:
                continue
            if anchors:
                shown: object = [self.card(d, catalog) for d in members]  # no chips shown
            else:
                shown = Markup(self.grid(members, catalog, page_url, heading_level + 1))
            sections.append((category, len(members), shown))
        html = self.render(
            "categories.html",
            sections=sections,
            heading=heading_tag(heading_level),
            anchors=anchors,
        )
        return self.links.relink(html, page_url)

    def review(self, catalog: Catalog, page_url: str) -> str:
        """The designs due for review, as a table."""
        self.use(catalog)
        rows = [self.card(d, catalog) for d in catalog.stale()]
        html = self.render("review.html", cards=rows, days=catalog.settings.review_after)
        return self.links.relink(html, page_url)

    def card(self, design: Design, catalog: Catalog, chips: int | None = CARD_CHIPS) -> Card:
        """A design's card, its links as tokens; made once per catalog.

        A card shows `chips` tags at most (None: all), so that a page of many tags, shown on
        each of its tag pages, does not make the site grow with the square of its tag count.
        """
        self.use(catalog)
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
            )
        return made

    def tag_link(self, tag: Tag, catalog: Catalog) -> Link:
        """A chip's link: the tag's page, and the whole grid filtered to the tag."""
        self.use(catalog)
        link = self._tags.get(tag.key)
        if link is None:
            href = self.links.token(catalog.tag_url(tag))
            link = Link(tag.label, href, tag.color, tag.icon, tag.slug)
            self._tags[tag.key] = link
        return link

    def category_link(self, category: Category, catalog: Catalog) -> Link:
        """A card's category: a link to its section of the categories page."""
        self.use(catalog)
        link = self._categories.get(category)
        if link is None:
            href = self.links.token(catalog.category_url(category))
            link = Link(category.name, href, category.color, category.icon)
            self._categories[category] = link
        return link

    def card_html(
        self, card: Card, heading: str, bar: FilterBar | None, ids: Callable[[Design], str]
    ) -> Markup:
        """A grid's card, rendered once per heading; under a filter bar, once per grid (its
        tags are numbered as the bar's buttons)."""
        if bar:
            return self._one_card(card, heading, bar, ids)
        key = (card.design.path, heading)
        made = self._html.get(key)
        if made is None:
            made = self._html[key] = self._one_card(card, heading, bar, ids)
        return made

    def _one_card(
        self, card: Card, heading: str, bar: FilterBar | None, ids: Callable[[Design], str]
    ) -> Markup:
        if "card" in self.twins:
            return Markup(self.html.card(card, heading, ids if bar else None))
        context = {"card": card, "heading": heading, "bar": bar, "tag_ids": ids}
        return Markup(self.render("card.html", **context))

    def use(self, catalog: Catalog) -> None:
        """Cards and links of another catalog are made again (a rebuild, another site)."""
        if catalog is not self._catalog:
            self._catalog = catalog
            self.strings = self.env.globals["say"] = catalog.settings.strings
            self._reset()
            index = catalog.settings.url_of(catalog.settings.index)
            self.grid_href = self.links.token(index) if self.grid_filters else ""

    def _reset(self) -> None:
        self.links = Links()
        self._cards: dict[tuple[str, int | None], Card] = {}
        self._html: dict[tuple[str, str], Markup] = {}
        self._tags: dict[str, Link] = {}
        self._categories: dict[Category, Link] = {}
        self.grid_href = ""
        self.html = Twins(self.icon, self.strings)  # its parts hold this build's link tokens


def link_label(url: str, limit: int = 70) -> str:
    """An http(s) address as a link's text: without the scheme, cut with an ellipsis."""
    return cut(url.split("://", 1)[-1].rstrip("/"), limit)
