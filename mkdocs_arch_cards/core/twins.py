"""The packaged templates that run once per design page or card, again as Python: the same HTML
byte for byte (tests/core/test_twins.py renders both), used while a site overrides none of the
templates a twin stands for. Jinja's contexts, includes and macro calls were most of the time
a design page's header, lists and a grid's cards cost."""

from __future__ import annotations

from typing import TYPE_CHECKING

from markupsafe import escape

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from markupsafe import Markup

    from .cards import Card, Link
    from .designs import Design, Status
    from .graphs import Graph
    from .i18n import Strings
    from .tags import Tag

    Icon = Callable[[str | None], Markup]

# Each twin and the packaged templates it renders the output of (its includes and imports):
# a site that overrides any of them gets Jinja for that twin.
TWINS = {
    "header": ("header.html", "parts.html", "badges.html", "chips.html"),
    "card": ("card.html", "parts.html", "badges.html", "chips.html"),
    "grid": ("grid.html", "parts.html", "badges.html", "chips.html"),  # not filter.html
    "related": ("related.html",),
    "components": ("components.html",),
    "diagram": ("diagram.html",),
}


class Twins:
    """The twins of one build: each chip, category link and badge row is written once."""

    def __init__(self, icon: Icon, strings: Strings) -> None:
        self.icon = icon
        self.say = strings
        self._made: dict[object, str] = {}  # a part's HTML by what it shows (links as tokens)
        self._diagram_strings = _strings_attribute(strings, "diagram")

    def header(self, card: Card, successor: Link | None, grid_href: str) -> str:
        """header.html: above a design page's body."""
        design = card.design
        home = f' data-arch-grid-href="{escape(grid_href)}"' if grid_href else ""
        out = [f'<div class="arch-page"{home}>\n']
        status = design.status
        if status and status.banner:
            said = self.say.html("banner", status=status.label.lower())
            out.append(
                '  <div class="admonition warning arch-banner">\n'
                f'    <p class="admonition-title">{said}</p>\n'
            )
            if successor:
                link = self.say.link(successor.href, text=successor.label)
                out.append(f"    <p>{self.say.html('superseded_by', link=link)}</p>\n")
            out.append("  </div>\n")
        if card.category:
            out.append(f"  {self.category_link(card.category)}\n")
        out.append(self.badges(design.status, design.needs_review, design.draft))
        if summary := card.page_summary:
            out.append(f'  <p class="arch-page__summary">{escape(summary)}</p>\n')
        if problem := card.page_problem:
            out.append(
                '  <div class="admonition success arch-page__problem">\n'
                f'    <p class="admonition-title">{self.say.html("problem")}</p>\n'
                f"    <p>{escape(problem)}</p>\n"
                "  </div>\n"
            )
        out.append(self.chips(card.tags, card.more, card.href))
        owner = design.owner if "owner" not in design.from_body else None
        date = design.date if "date" not in design.from_body else None
        if owner or date or design.reviewed:
            out.append('  <p class="arch-page__meta">')
            if owner:
                out.append(f"<span>{self.say.html('owner', owner=owner)}</span>")
            if date:
                out.append(f"<span>{self.say.html('decided', date=self.say.time(date))}</span>")
            if design.reviewed:
                reviewed = self.say.time(design.reviewed)
                out.append(f"<span>{self.say.html('reviewed', date=reviewed)}</span>")
            out.append("</p>\n")
        out.append("</div>")
        return "".join(out)

    def card(self, card: Card, heading: str, tag_ids: Callable[[Design], str] | None) -> str:
        """card.html: one card of a grid; `tag_ids` under a filter bar (its tags' indices)."""
        design = card.design
        status, category = design.status, design.category
        retired = " arch-card--retired" if status and status.retired else ""
        tags = f'data-arch-tags="{escape(tag_ids(design))}" ' if tag_ids else ""
        out = [
            f'<article class="card arch-card{retired}" {tags}'
            f'data-category="{escape(category.slug) if category else ""}" '
            f'data-status="{escape(status.name) if status else ""}">\n'
        ]
        diagram_href = card.diagram_href
        if card.category or diagram_href:
            out.append('<div class="arch-card__head">\n')
            if card.category:
                out.append(f"{self.category_link(card.category)}\n")
            if diagram_href:
                link = escape(diagram_href)
                said = self.say.html("view_diagram")
                out.append(f'<a class="arch-card__diagram" href="{link}">{said}</a>\n')
            out.append("</div>\n")
        out.append(
            f'<{heading} class="arch-card__title"><a href="{escape(card.href)}">'
            f"{escape(card.title)}</a></{heading}>\n"
        )
        out.append(self.badges(design.status, design.needs_review, design.draft))
        if summary := card.summary:
            out.append(f'<p class="arch-card__summary">{escape(summary)}</p>\n')
        if problem := card.problem:
            out.append(
                '<div class="arch-card__problem">\n<p class="arch-card__label">'
                f"{self.say.html('problem')}</p>\n<p>{escape(problem)}</p>\n</div>\n"
            )
        out.append(self.chips(card.tags, card.more, card.href))
        out.append("</article>")
        return "".join(out)

    def grid(
        self,
        rendered: Sequence[str],
        grid_id: str,
        grid_href: str,
        bar: str,
        rest: str,
        joined: bool = False,
    ) -> str:
        """grid.html: the filter bar's HTML (`bar`), the cards, and the data of the `rest`;
        `joined`: the filter bar of a grid above filters this one."""
        if not rendered:
            return f'<p class="arch-cards__empty">{self.say.html("no_designs")}</p>\n'
        cards = "".join(rendered)
        home = f' data-arch-grid-href="{escape(grid_href)}"' if grid_href else ""
        attrs = f'id="{escape(grid_id)}"{home}{" data-arch-joined" if joined else ""}'
        return f'{bar}<div class="grid arch-cards" {attrs}>\n{cards}</div>\n{rest}'

    def rest(
        self,
        grid_id: str,
        count: int,
        data: str,
        index_href: str | None,
        parts: tuple[Sequence[Link], Sequence[Link], Sequence[Status]],
    ) -> str:
        """grid.html's part for a big grid: the `data` of `count` cards the script builds, and
        the `parts` (tags, categories, statuses) it copies into them."""
        grid_id, say = escape(grid_id), self.say
        if index_href:
            link = say.link(index_href, "categories_link")
            said = say.html("more_designs_listed", count, link=link)
        else:
            said = say.html("more_designs", count)
        strings = _strings_attribute(say, "cards")
        out = [
            f'<p class="arch-cards__more" data-arch-more="{grid_id}">{said}</p>\n'
            f'<template data-arch-parts="{grid_id}"{strings}>\n'
            '<a data-arch-base href="./"></a>\n',
            self.chips(parts[0], 0, ""),
        ]
        out += (f"{self.category_link(category)}\n" for category in parts[1])
        out += (self.badges(status, False, False) for status in parts[2])
        out += (
            self.badges(None, True, True),
            f'</template>\n<script type="application/json" data-arch-data="{grid_id}">',
            f"{data}</script>\n",
        )
        return "".join(out)

    def related(self, cards: Iterable[Card], links: Iterable[Link]) -> str:
        """related.html: the designs listed under "Related designs", then other sites."""
        out = ['<ul class="arch-related">\n', *map(self.related_item, cards)]
        for link in links:
            out.append(
                f'  <li><a class="arch-related__link" href="{escape(link.href)}" rel="noopener">'
                f"{escape(link.label)}</a></li>\n"
            )
        out.append("</ul>")
        return "".join(out)

    def related_item(self, shown: Card) -> str:
        """One design of related.html, the same on every page that lists it (links as tokens)."""
        key = ("related", shown.design.path)
        made = self._made.get(key)
        if made is None:
            out = [f'  <li>\n    <a href="{escape(shown.href)}">{escape(shown.title)}</a>\n']
            # Jinja's lstrip_blocks and trim_blocks take these lines' indent and line break.
            if shown.category:
                label = escape(shown.category.label)
                out.append(f'<span class="arch-related__category">{label}</span>')
            if shown.design.summary:
                summary = escape(shown.summary)
                out.append(f'<br><span class="arch-related__summary">{summary}</span>')
            out.append("  </li>\n")
            made = self._made[key] = "".join(out)
        return made

    def components(self, graph: Graph, href: Callable[[Tag], str]) -> str:
        """components.html: a diagram's nodes and edges as text; `href`: a tag's page."""
        escaped: dict[str, str] = {}  # a node's label is in its edges again

        def text(name: str) -> str:
            found = escaped.get(name)
            if found is None:
                found = escaped[name] = str(escape(name))
            return found

        out = [
            '<details class="arch-diagram__parts">\n',
            f"  <summary>{self.say.html('components_and_connections')}</summary>\n",
        ]
        if graph.components:
            out.append(
                f'  <p class="arch-diagram__parts-title">{self.say.html("components")}</p>\n'
                '  <ul class="arch-diagram__components">\n'
            )
            for component in graph.components:
                label, whole = text(component.label), component.whole
                if whole:  # the label is a technology's name: it links to the tag's page
                    shown = (
                        f'<a href="{escape(href(whole.tag))}">{label}</a>' if whole.tag else label
                    )
                    out.append(f"    <li>{shown}</li>\n")
                    continue
                named = ", ".join(
                    f'<a href="{escape(href(n.tag))}">{text(n.label)}</a>'
                    for n in component.named
                    if n.tag
                )
                if named:
                    named = f' <span class="arch-diagram__named">({named})</span>'
                out.append(f"    <li>{label}{named}</li>\n")
            out.append("  </ul>\n")
        if graph.connections:
            out.append(
                f'  <p class="arch-diagram__parts-title">{self.say.html("connections")}</p>\n'
                '  <ul class="arch-diagram__connections">\n'
            )
            for edge in graph.connections:
                said = f": <bdi>{escape(edge.label)}</bdi>" if edge.label else ""
                arrow = '<span class="arch-diagram__arrow">→</span>'  # mirrored by RTL CSS
                edge_text = f"<bdi>{text(edge.source)}</bdi> {arrow} <bdi>{text(edge.target)}</bdi>"
                out.append(f"    <li>{edge_text}{said}</li>\n")
            out.append("  </ul>\n")
        out.append("</details>")
        return "".join(out)

    def diagram(self, diagram_html: str, anchor: str | None) -> str:
        """diagram.html: a diagram's frame (its HTML is the page's own, not data)."""
        anchored = f' id="{escape(anchor)}"' if anchor else ""
        said = self._diagram_strings
        return f'<div class="arch-diagram"{anchored}{said}>\n{diagram_html}\n</div>'

    def badges(self, status: Status | None, needs_review: bool, draft: bool) -> str:
        """badges.html: status, review and draft markers."""
        if not (status or needs_review or draft):
            return ""
        key = ("badges", status, needs_review, draft)
        made = self._made.get(key)
        if made is None:
            out = ['<div class="arch-badges">\n']
            if status:
                out.append(f"{self.status_badge(status)}\n")
            if needs_review:
                said = self.say.html("needs_review")
                out.append(f'<span class="arch-badge arch-badge--review">{said}</span>\n')
            if draft:
                said = self.say.html("draft")
                out.append(f'<span class="arch-badge arch-badge--draft">{said}</span>\n')
            out.append("</div>\n")
            made = self._made[key] = "".join(out)
        return made

    def chips(self, tags: Sequence[Link], more: int, href: str) -> str:
        """chips.html: a card's technology chips, `more` of them left out (a link to `href`)."""
        if not tags:
            return ""
        out = ['<div class="md-tags arch-card__tags">\n', *map(self.chip, tags)]
        if more:
            title = escape(self.say.text("more_chips_title"))
            out.append(
                f'<a class="md-tag arch-card__more" href="{escape(href)}" '
                f'title="{title}">{self.say.html("more_chips", more)}</a>\n'
            )
        out.append("</div>\n")
        return "".join(out)

    def chip(self, tag: Link) -> str:
        """One chip of chips.html, and its line break."""
        value = f' data-arch-tag="{escape(tag.value)}"'
        return self._link(tag, tag, "md-tag", "--arch-tag-color", value, "\n")

    def category_link(self, link: Link) -> str:
        """parts.html's category_link macro."""
        return self._link(("category", link), link, "arch-card__category", "--arch-category-color")

    def _link(
        self, key: object, link: Link, css: str, color: str, attrs: str = "", end: str = ""
    ) -> str:
        """A coloured link with its icon, written once a build."""
        made = self._made.get(key)
        if made is None:
            style = f' style="{color}: {escape(link.color)}"' if link.color else ""
            made = self._made[key] = (
                f'<a class="{css}" href="{escape(link.href)}"{attrs}{style}>'
                f"{self.icon(link.icon)}{escape(link.label)}</a>{end}"
            )
        return made

    def status_badge(self, status: Status) -> str:
        """parts.html's status_badge macro."""
        style = f' style="--arch-badge-color: {escape(status.color)}"' if status.color else ""
        return (
            f'<span class="arch-badge" data-status="{escape(status.name)}"{style}>'
            f"{escape(status.label)}</span>"
        )


def _strings_attribute(strings: Strings, part: str) -> str:
    """diagram.html's and grid.html's `data-arch-strings`, when the page needs it."""
    said = strings.script(part)
    return f' data-arch-strings="{escape(said)}"' if said else ""
