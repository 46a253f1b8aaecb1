"""The filter bar, in real Chromium, shows exactly the designs the core's Query picks.

One site (tests/query_site.py: accents, aliases, Cyrillic, CJK, Greek, C++, `!` exclusions) is
built in both `use_directory_urls` modes; each grid URL of the table is opened, and the cards
left in the grid are compared with `Query.from_url(...).select(catalog)`, in grid order.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import expect

from mkdocs_arch_cards.core.catalog import Settings, Source, load_catalog
from mkdocs_arch_cards.core.query import Query
from mkdocs_arch_cards.core.registry import load_registry
from tests.e2e.conftest import free_port, serve
from tests.query_site import DESIGNS, PATHS, PLUGIN, QUERIES

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from playwright.sync_api import Page

    from mkdocs_arch_cards.core.catalog import Catalog
    from tests.conftest import Site

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    registry = load_registry(PLUGIN)
    sources = [Source(PATHS[k], text, PATHS[k][:-3] + "/") for k, text in DESIGNS.items()]
    return load_catalog(sources, Settings(), registry)[0]


@pytest.fixture(scope="module", params=[True, False], ids=["directory-urls", "file-urls"])
def grid_url(request: pytest.FixtureRequest, module_sites: Callable[[str], Site]) -> Iterator[str]:
    """The URL of a page whose one grid shows every design under a filter bar."""
    site = module_sites("query")
    site.plugin = PLUGIN
    site.extra = {"use_directory_urls": request.param}
    for letter, text in DESIGNS.items():
        site.page(PATHS[letter], text)
    site.page("all.md", '# All\n\n<!-- arch-cards filters="on" -->\n')
    assert site.build(strict=True).warnings == []
    with serve(site.root / "site", free_port()) as url:
        yield url + ("all/" if request.param else "all.html")


def shown(page: Page) -> list[str]:
    """The titles left in the grid, in their order, once the script has run."""
    expect(page.locator(".arch-filter")).to_be_visible()
    expect(page.locator(".arch-cards")).not_to_have_attribute("data-arch-pending", re.compile(""))
    return page.locator(".arch-cards .arch-card__title").all_inner_texts()


@pytest.mark.parametrize(("search", "letters"), QUERIES)
def test_the_bar_shows_what_the_core_picks(
    page: Page, grid_url: str, catalog: Catalog, search: str, letters: str
) -> None:
    page.goto(grid_url + search)
    picked = [d.title for d in Query.from_url(search).select(catalog)]
    assert shown(page) == picked
    assert sorted(picked) == sorted(catalog.by_path[PATHS[k]].title for k in letters)


def test_a_choice_named_by_an_alias_is_pressed_and_lets_go(page: Page, grid_url: str) -> None:
    page.goto(grid_url + "?tags=GOLANG")
    go = page.locator("button[data-facet=tags][data-value=go]")
    expect(go).to_have_attribute("aria-pressed", "true")
    go.click()
    expect(go).to_have_attribute("aria-pressed", "false")
    expect(page).to_have_url(re.compile(r"all(/|\.html)$"))
    assert len(shown(page)) == len(DESIGNS)


def test_choosing_an_excluded_tag_drops_its_exclusion(page: Page, grid_url: str) -> None:
    page.goto(grid_url + "?tags=!go")
    go = page.locator("button[data-facet=tags][data-value=go]")
    expect(go).to_have_attribute("aria-pressed", "false")
    go.click()
    expect(page).to_have_url(re.compile(r"\?tags=go$"))
    assert shown(page) == ["Café Ordering", "Straße Router"]
