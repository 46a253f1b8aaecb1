"""A grid's HTML: its cards, the filter bar over it, and the rest a big grid's script builds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cards import CARD_CHIPS
from .compact import GRID_CARDS, filter_bar, grid_tags, rest_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markupsafe import Markup

    from .cards import Link
    from .catalog import Catalog, Design
    from .compact import FilterBar, Rest
    from .render import Renderer
    from .tags import Tag


def grid_html(
    renderer: Renderer,
    designs: Sequence[Design],
    catalog: Catalog,
    page_url: str,
    heading_level: int = 2,
    filters: bool = False,
    covered: Sequence[Design] | None = None,
) -> str:
    """The card grid for `designs`, as it appears on the page served at `page_url`.

    With `filters`, a filter bar comes first; the script shows it, and the page without
    the script shows every card. `covered`: every design of the grids one bar filters
    (markers._bar_groups), this grid's among them; without `filters`, the bar above
    filters this grid too.
    """
    renderer.use(catalog)
    cards = [renderer.card(d, catalog) for d in designs]
    group = designs if covered is None else covered
    tags = grid_tags(group)
    filtered = filters or covered is not None
    bar = filter_bar(group, tags, catalog.registry) if filtered and cards else None
    heading = heading_tag(heading_level)
    shown = GRID_CARDS if renderer.compact and len(cards) > GRID_CARDS else len(cards)
    tag_at = {tag: str(i) for i, tag in enumerate(tags)}
    ids = lambda design: " ".join(tag_at[tag] for tag in design.tags)  # noqa: E731
    rendered = [renderer.card_html(c, heading, bar, ids) for c in cards[:shown]]
    hrefs = lambda href: renderer.links.relink(href, page_url)  # noqa: E731
    rest = rest_of(cards[shown:], tags, heading, bar is not None, CARD_CHIPS, hrefs)
    grid_id = renderer.next_grid_id(page_url)
    joined = bar is not None and not filters
    shown_bar = bar if filters else None
    if "grid" in renderer.twins:
        html = _by_twin(renderer, rendered, grid_id, shown_bar, joined, rest, tags, catalog)
        return renderer.links.relink(html, page_url)
    html = renderer.render(
        "grid.html",
        cards=cards[:shown],
        rendered=rendered,
        heading=heading,
        bar=shown_bar,
        joined=joined,
        grid_id=grid_id,
        grid_href=renderer.grid_href,
        tag_ids=ids,
        rest=rest if rest.count else None,
        parts=_parts(renderer, rest, tags, catalog) if rest.count else None,
        index_href=_index_href(renderer, catalog) if rest.count else None,
    )
    return renderer.links.relink(html, page_url)


def heading_tag(level: int) -> str:
    """A card title's element for a heading level: h2 to h6."""
    return f"h{min(max(level, 2), 6)}"


def _by_twin(
    renderer: Renderer,
    rendered: list[Markup],
    grid_id: str,
    bar: FilterBar | None,
    joined: bool,
    rest: Rest,
    tags: Sequence[Tag],
    catalog: Catalog,
) -> str:
    """grid.html by its twin; the filter bar (one a site) by Jinja, a site's or ours."""
    filters = renderer.render("filter.html", bar=bar, grid_id=grid_id) if bar else ""
    more = ""
    if rest.count:
        links, categories = _part_links(renderer, rest, tags, catalog)
        index = _index_href(renderer, catalog)
        parts = (links, categories, rest.statuses)
        more = renderer.html.rest(grid_id, rest.count, rest.data, index, parts)
    return renderer.html.grid(rendered, grid_id, renderer.grid_href, filters, more, joined)


def _index_href(renderer: Renderer, catalog: Catalog) -> str | None:
    """The page that lists every design without the script: the categories page, if any."""
    settings = catalog.settings
    if not settings.categories_page or not any(d.category for d in catalog.designs):
        return None
    return renderer.links.token(settings.url_of(settings.categories_page))


def _parts(
    renderer: Renderer, rest: Rest, tags: Sequence[Tag], catalog: Catalog
) -> dict[str, object]:
    """The elements the script copies into the cards it builds, rendered as on a card."""
    links, categories = _part_links(renderer, rest, tags, catalog)
    statuses = [{"status": s, "needs_review": False, "draft": False} for s in rest.statuses]
    return {"tags": links, "categories": categories, "statuses": statuses}


def _part_links(
    renderer: Renderer, rest: Rest, tags: Sequence[Tag], catalog: Catalog
) -> tuple[list[Link], list[Link]]:
    """The chips and category links a big grid's script copies into the cards it builds."""
    tag_links = [renderer.tag_link(tag, catalog) for tag in tags]
    return tag_links, [renderer.category_link(c, catalog) for c in rest.categories]
