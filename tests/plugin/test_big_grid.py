"""A big grid: the first cards as HTML, the rest as compact data the script builds into cards."""

from __future__ import annotations

import json
import posixpath
from typing import TYPE_CHECKING

from mkdocs_arch_cards.core.compact import GRID_CARDS
from tests.helpers import design
from tests.plugin.test_navigation import links_resolve

if TYPE_CHECKING:
    from tests.conftest import Result, Site, Urls

HOSTILE = "Zulu </script><b>bold</b> & <!-- שלום 👋"
EXTRA = 20


def big_site(site: Site, count: int = GRID_CARDS + EXTRA) -> None:
    for number in range(count - 1):
        status = "Deprecated" if number % 7 == 0 else "Accepted"
        extra = {"status": status, "tags": ["Kafka", f"T{number % 11}"] + ["Go"] * (number % 2)}
        if number % 5 == 0:
            extra["category"] = "Security"
        site.page(f"architecture/d{number:03d}.md", design(f"Design {number:03d}", **extra))
    site.page("architecture/zulu.md", design(HOSTILE, tags=[f"T{n}" for n in range(10)]))


def data(result: Result, page: str) -> dict[str, object]:
    script = result.soup(page).select_one("script[data-arch-data]")
    assert script is not None
    loaded: dict[str, object] = json.loads(script.get_text())
    return loaded


def test_a_big_grid_renders_its_first_screens_and_the_rest_as_escaped_data(
    site: Site, urls: Urls
) -> None:
    big_site(site)
    result = site.build(strict=True)
    page = "architecture/index.html"
    html = result.html(page)
    assert len(result.soup(page).select("#arch-grid-1 > .arch-card")) == GRID_CARDS
    rest = data(result, page)
    rows = rest["cards"]
    assert isinstance(rows, list) and len(rows) == EXTRA
    # Nothing in a title ends the script or opens markup: "<", ">" and "&" are \u escapes.
    assert HOSTILE not in html and "</script><b>" not in html
    assert "\\u003c/script\\u003e\\u003cb\\u003e" in html
    assert [row["t"] for row in rows if row["t"].startswith("Zulu")] == [HOSTILE]
    # Every link in the data lands on a built page, relative to the grid as its cards' are.
    for row in rows:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page), row["h"]))
        built = (
            result.site_dir / target / "index.html" if urls.directory else result.site_dir / target
        )
        assert built.is_file(), row["h"]
    # The parts the script copies: a chip per tag, in the filter bar's order, and each category.
    parts = result.soup(page).select_one("template[data-arch-parts]")
    assert parts is not None
    chips = [a["data-arch-tag"] for a in parts.select(".arch-card__tags > .md-tag")]
    buttons = result.soup(page).select('button[data-facet="tags"]')
    assert chips == [b["data-value"] for b in buttons]
    assert rest["category"] == [
        a["href"].rsplit("#", 1)[1] for a in parts.select("a.arch-card__category")
    ]
    # Without the script, a line says how many designs are not shown and where they all are.
    assert result.texts(page, ".arch-cards__more") == [  # texts() joins with spaces
        f"{EXTRA} more designs: every design is listed on the categories page ."
    ]
    assert links_resolve(result, page, ".arch-cards__more a")
    categories = urls.html("architecture/categories.md")
    listed = result.texts(categories, ".arch-category__list > li > a")
    assert len(listed) == GRID_CARDS + EXTRA
    assert HOSTILE in listed


def test_a_grid_of_a_few_designs_is_all_html(site: Site) -> None:
    big_site(site, GRID_CARDS)
    result = site.build(strict=True)
    soup = result.soup("architecture/index.html")
    assert len(soup.select(".arch-card")) == GRID_CARDS
    assert not soup.select("template, script[data-arch-data], .arch-cards__more")


def test_an_overridden_card_keeps_every_card_as_html(site: Site) -> None:
    big_site(site)
    override = site.root / "overrides" / "arch-cards" / "card.html"
    override.parent.mkdir(parents=True)
    override.write_text('<article class="arch-card mine">{{ card.title }}</article>\n', "utf-8")
    site.extra = {"theme": {"name": "material", "font": False, "custom_dir": "overrides"}}
    result = site.build(strict=True)
    soup = result.soup("architecture/index.html")
    assert len(soup.select(".arch-card.mine")) == GRID_CARDS + EXTRA
    assert not soup.select("script[data-arch-data]")
