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
    from .graphs import Connection

    Icon = Callable[[str | None], Markup]

# Each twin and the packaged templates it renders the output of (its includes and imports):
# a site that overrides any of them gets Jinja for that twin.
TWINS = {
    "header": ("header.html", "parts.html", "badges.html", "chips.html"),
    "card": ("card.html", "parts.html", "badges.html", "chips.html"),
    "related": ("related.html",),
    "components": ("components.html",),
    "diagram": ("diagram.html",),
}


def header(card: Card, successor: Link | None, grid_href: str, icon: Icon) -> str:
    """header.html: above a design page's body."""
    design = card.design
    out = [f'<div class="arch-page" data-arch-grid-href="{escape(grid_href)}">\n']
    status = design.status
    if status and status.banner:
        out.append(
            '  <div class="admonition warning arch-banner">\n'
            f'    <p class="admonition-title">This design is {escape(status.label.lower())}</p>\n'
        )
        if successor:
            out.append(
                f'    <p>It is superseded by <a href="{escape(successor.href)}">'
                f"{escape(successor.label)}</a>.</p>\n"
            )
        out.append("  </div>\n")
    if card.category:
        out.append(f"  {category_link(card.category, icon)}\n")
    out.append(badges(design))
    if summary := card.page_summary:
        out.append(f'  <p class="arch-page__summary">{escape(summary)}</p>\n')
    if problem := card.page_problem:
        out.append(
            '  <div class="admonition success arch-page__problem">\n'
            '    <p class="admonition-title">Problem Solved</p>\n'
            f"    <p>{escape(problem)}</p>\n"
            "  </div>\n"
        )
    out.append(chips(card, icon))
    owner = design.owner if "owner" not in design.from_body else None
    date = design.date if "date" not in design.from_body else None
    if owner or date or design.reviewed:
        out.append('  <p class="arch-page__meta">')
        if owner:
            out.append(f"<span>Owner: {escape(owner)}</span>")
        if date:
            out.append(
                f'<span>Decided <time datetime="{escape(date)}">{escape(date)}</time></span>'
            )
        if design.reviewed:
            reviewed = escape(design.reviewed)
            out.append(f'<span>Reviewed <time datetime="{reviewed}">{reviewed}</time></span>')
        out.append("</p>\n")
    out.append("</div>")
    return "".join(out)


def card(card: Card, heading: str, tag_ids: Callable[[Design], str] | None, icon: Icon) -> str:
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
            out.append(f"{category_link(card.category, icon)}\n")
        if diagram_href:
            out.append(
                f'<a class="arch-card__diagram" href="{escape(diagram_href)}">View diagram</a>\n'
            )
        out.append("</div>\n")
    out.append(
        f'<{heading} class="arch-card__title"><a href="{escape(card.href)}">'
        f"{escape(card.title)}</a></{heading}>\n"
    )
    out.append(badges(design))
    if summary := card.summary:
        out.append(f'<p class="arch-card__summary">{escape(summary)}</p>\n')
    if problem := card.problem:
        out.append(
            '<div class="arch-card__problem">\n<p class="arch-card__label">Problem Solved</p>\n'
            f"<p>{escape(problem)}</p>\n</div>\n"
        )
    out.append(chips(card, icon))
    out.append("</article>")
    return "".join(out)


def related(cards: Iterable[Card], links: Iterable[Link]) -> str:
    """related.html: the designs listed under "Related designs", then other sites."""
    out = ['<ul class="arch-related">\n']
    for shown in cards:
        out.append(f'  <li>\n    <a href="{escape(shown.href)}">{escape(shown.title)}</a>\n')
        # Jinja's lstrip_blocks and trim_blocks take these lines' indent and line break.
        if shown.category:
            label = escape(shown.category.label)
            out.append(f'<span class="arch-related__category">{label}</span>')
        if shown.design.summary:
            out.append(f'<br><span class="arch-related__summary">{escape(shown.summary)}</span>')
        out.append("  </li>\n")
    for link in links:
        out.append(
            f'  <li><a class="arch-related__link" href="{escape(link.href)}" rel="noopener">'
            f"{escape(link.label)}</a></li>\n"
        )
    out.append("</ul>")
    return "".join(out)


def components(
    listed: Sequence[tuple[Link, Sequence[Link]]], connections: Sequence[Connection]
) -> str:
    """components.html: a diagram's nodes and edges as text."""
    out = [
        '<details class="arch-diagram__parts">\n  <summary>Components and connections</summary>\n'
    ]
    if listed:
        out.append(
            '  <p class="arch-diagram__parts-title">Components</p>\n'
            '  <ul class="arch-diagram__components">\n'
        )
        for component, tags in listed:
            label = escape(component.label)
            shown = f'<a href="{escape(component.href)}">{label}</a>' if component.href else label
            named = ", ".join(f'<a href="{escape(t.href)}">{escape(t.label)}</a>' for t in tags)
            if named:
                named = f' <span class="arch-diagram__named">({named})</span>'
            out.append(f"    <li>{shown}{named}</li>\n")
        out.append("  </ul>\n")
    if connections:
        out.append(
            '  <p class="arch-diagram__parts-title">Connections</p>\n'
            '  <ul class="arch-diagram__connections">\n'
        )
        for connection in connections:
            said = f": {escape(connection.label)}" if connection.label else ""
            out.append(
                f"    <li>{escape(connection.source)} → {escape(connection.target)}{said}</li>\n"
            )
        out.append("  </ul>\n")
    out.append("</details>")
    return "".join(out)


def diagram(diagram_html: str, anchor: str | None) -> str:
    """diagram.html: a diagram's frame (its HTML is the page's own, not data)."""
    anchored = f' id="{escape(anchor)}"' if anchor else ""
    return f'<div class="arch-diagram"{anchored}>\n{diagram_html}\n</div>'


def badges(design: Design) -> str:
    """badges.html: status, review and draft markers."""
    if not (design.status or design.needs_review or design.draft):
        return ""
    out = ['<div class="arch-badges">\n']
    if design.status:
        out.append(f"{status_badge(design.status)}\n")
    if design.needs_review:
        out.append('<span class="arch-badge arch-badge--review">Needs review</span>\n')
    if design.draft:
        out.append('<span class="arch-badge arch-badge--draft">Draft</span>\n')
    out.append("</div>\n")
    return "".join(out)


def chips(card: Card, icon: Icon) -> str:
    """chips.html: a card's technology chips."""
    if not card.tags:
        return ""
    out = ['<div class="md-tags arch-card__tags">\n']
    for tag in card.tags:
        style = f' style="--arch-tag-color: {escape(tag.color)}"' if tag.color else ""
        out.append(
            f'<a class="md-tag" href="{escape(tag.href)}" data-arch-tag="{escape(tag.value)}"'
            f"{style}>{icon(tag.icon)}{escape(tag.label)}</a>\n"
        )
    if card.more:
        out.append(
            f'<a class="md-tag arch-card__more" href="{escape(card.href)}" '
            f'title="Every technology of this design">+{card.more} more</a>\n'
        )
    out.append("</div>\n")
    return "".join(out)


def category_link(link: Link, icon: Icon) -> str:
    """parts.html's category_link macro."""
    style = f' style="--arch-category-color: {escape(link.color)}"' if link.color else ""
    return (
        f'<a class="arch-card__category" href="{escape(link.href)}"{style}>'
        f"{icon(link.icon)}{escape(link.label)}</a>"
    )


def status_badge(status: Status) -> str:
    """parts.html's status_badge macro."""
    style = f' style="--arch-badge-color: {escape(status.color)}"' if status.color else ""
    return (
        f'<span class="arch-badge" data-status="{escape(status.name)}"{style}>'
        f"{escape(status.label)}</span>"
    )
