"""HTML for grids, cards, design-page decorations and overviews, the same from every engine."""

from __future__ import annotations

import posixpath
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, overload
from urllib.parse import quote

import jinja2
from markupsafe import Markup

from .query import category_names, names_of, status_names
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

    @property
    def names(self) -> dict[str, list[str]]:
        """The folded names the filter bar's script compares a URL's terms with."""
        names = names_of(self.design)
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


class _Compiled(jinja2.BytecodeCache):
    """Compiled templates by name and source, for the process: serve builds a Renderer per
    rebuild, and compiling our templates again cost 0.15 s an edit. Jinja checks the source."""

    def __init__(self) -> None:
        self.kept: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if code := self.kept.get(bucket.key):
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if len(self.kept) >= 1000:  # sites' own templates, in many folders: a test run
            self.kept.clear()
        self.kept[bucket.key] = bucket.bytecode_to_string()


_COMPILED = _Compiled()


class Renderer:
    """Renders with templates from the site's `custom_dir/arch-cards/` first, then ours."""

    def __init__(self, override_dir: str | None = None, icon: Callable[[str], str] | None = None):
        dirs = [override_dir] if override_dir else []
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader([*dirs, str(TEMPLATES)]),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            bytecode_cache=_COMPILED,
        )
        # Compact JSON in the names cards and choices carry for the filter bar's script.
        self.env.policies["json.dumps_kwargs"] = {"sort_keys": True, "separators": (",", ":")}
        self.grids = 0  # numbers the grids of a build, for ids that filter bars refer to
        # Icons are SVG files of the theme, found by the adapter; markup we trust, not data.
        self.env.globals["icon"] = lambda name: Markup(icon(name) if icon and name else "")

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
        cards = [card(d, catalog, page_url) for d in designs]
        bar = _filter_bar(designs) if filters and cards else None
        self.grids += 1
        return self.render(
            "grid.html",
            cards=cards,
            heading=_heading(heading_level),
            bar=bar,
            grid_id=f"arch-grid-{self.grids}",
        )

    def header(self, design: Design, catalog: Catalog, page_url: str) -> str:
        """Above a design page's body: banner, category, status, summary, problem, chips."""
        successor = catalog.by_path.get(design.superseded_by or "")
        link = successor and Link(successor.title, relative_url(successor.url, page_url))
        if design.successor_link and not link:
            link = Link(link_label(design.successor_link), design.successor_link)
        return self.render(
            "header.html", card=card(design, catalog, page_url, chips=None), successor=link
        )

    def related(self, design: Design, catalog: Catalog, page_url: str) -> str:
        """The "Related designs" list that ends a design page: designs, then other sites."""
        cards = [card(catalog.by_path[p], catalog, page_url) for p in design.related]
        links = [Link(link_label(url), url) for url in design.related_links]
        if not cards and not links:
            return ""
        return self.render("related.html", cards=cards, links=links, design=design)

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
            entry = (tag_link(tag, catalog, page_url), len(catalog.with_tag(tag)), tag.description)
            groups.setdefault(tag.group or "", []).append(entry)
        ordered = sorted(groups.items(), key=lambda item: (item[0] == "", item[0].casefold()))
        return self.render("tags.html", groups=ordered)

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
        rows = [card(d, catalog, page_url) for d in catalog.stale()]
        return self.render("review.html", cards=rows, days=catalog.settings.review_after)


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


def card(design: Design, catalog: Catalog, page_url: str, chips: int | None = CARD_CHIPS) -> Card:
    """A design's card, with links relative to the page served at `page_url`.

    A card shows `chips` tags at most (None: all), so that a page of many tags, shown on each
    of its tag pages, does not make the site grow with the square of its tag count.
    """
    href = relative_url(design.url, page_url)
    shown = design.tags if chips is None else design.tags[:chips]
    return Card(
        design,
        href,
        f"{href}#{DIAGRAM_ANCHOR}" if design.diagram else None,
        category_link(design.category, catalog, page_url) if design.category else None,
        tuple(tag_link(tag, catalog, page_url) for tag in shown),
        len(design.tags) - len(shown),
    )


def tag_link(tag: Tag, catalog: Catalog, page_url: str) -> Link:
    href = relative_url(catalog.tag_url(tag), page_url)
    grid = relative_url(catalog.settings.url_of(catalog.settings.index), page_url)
    return Link(tag.label, href, tag.color, tag.icon, f"{grid}?tags={quote(tag.slug)}")


def category_link(category: Category, catalog: Catalog, page_url: str) -> Link:
    href = relative_url(catalog.category_url(category), page_url)
    return Link(category.name, href, category.color, category.icon)


def link_label(url: str, limit: int = 70) -> str:
    """An http(s) address as a link's text: without the scheme, cut with an ellipsis."""
    return cut(url.split("://", 1)[-1].rstrip("/"), limit)


def relative_url(target: str, page_url: str) -> str:
    """A link from the page served at `page_url` to `target`; both relative to the site root."""
    target, hash_, fragment = target.partition("#")
    base = page_url if page_url.endswith("/") or not page_url else posixpath.dirname(page_url)
    relative = posixpath.relpath("/" + target, "/" + base)
    if target.endswith("/") or not target:
        relative = "./" if relative == "." else relative + "/"
    return relative + hash_ + fragment


@overload
def _clamp(text: str) -> str: ...
@overload
def _clamp(text: None) -> None: ...
def _clamp(text: str | None) -> str | None:
    """Text a card shows: a design repeats on many pages, its own page shows it whole."""
    return None if text is None else excerpt(text, CARD_TEXT)


def _heading(level: int) -> str:
    return f"h{min(max(level, 2), 6)}"
