"""A big grid in Chromium: the script builds the cards sent as data, the same as the server's."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from mkdocs_arch_cards.core import grids
from mkdocs_arch_cards.core.compact import GRID_CARDS
from tests.e2e.conftest import free_port, serve
from tests.helpers import design
from tests.plugin.test_big_grid import EXTRA, HOSTILE, big_site

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from playwright.sync_api import Browser, Page

    from tests.conftest import Site

pytestmark = pytest.mark.e2e

SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}
ALL = GRID_CARDS + EXTRA
# Every card of the grid as the browser serialises it, keyed by its title.
CARDS = """grid => Object.fromEntries(Array.from(grid.querySelectorAll(".arch-card"), card =>
  [card.querySelector(".arch-card__title").textContent, card.outerHTML]))"""


def built(make: Callable[[str], Site], name: str) -> Path:
    site = make(name)
    big_site(site)
    # A tag only the last designs have, so filtering by it needs the cards built from data.
    omega = design("Zz Omega", tags=["Omega"], category="Security", status="Proposed")
    site.page("architecture/zz-omega.md", omega)
    assert site.build(strict=True).warnings == []
    return site.root / "site"


@pytest.fixture(scope="module")
def sites(module_sites: Callable[[str], Site]) -> Iterator[tuple[str, str]]:
    """The big site, and the same site built with every card as HTML; both served."""
    compact = built(module_sites, "compact")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(grids, "GRID_CARDS", 10**6)  # the grid renders every card as HTML
        full = built(module_sites, "full")
    with serve(compact, free_port()) as compact_url, serve(full, free_port()) as full_url:
        yield compact_url, full_url


def opened(browser: Browser, url: str, size: str) -> Page:
    page = browser.new_context(viewport=SIZES[size]).new_page()  # type: ignore[arg-type]
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url)
    page.errors = errors  # type: ignore[attr-defined]
    return page


@pytest.mark.parametrize("size", list(SIZES))
def test_every_card_appears_and_the_line_about_the_rest_goes(
    browser: Browser, sites: tuple[str, str], size: str
) -> None:
    page = opened(browser, sites[0] + "architecture/", size)
    expect(page.locator("#arch-grid-1 > .arch-card")).to_have_count(ALL + 1)
    expect(page.locator(".arch-cards__more")).to_be_hidden()
    expect(page.locator("[data-arch-result]")).to_have_text(f"{ALL + 1} designs")
    hostile = page.locator(".arch-card__title a", has_text="Zulu")
    expect(hostile).to_have_text(HOSTILE)
    assert page.locator(".arch-card__title b").count() == 0  # text, never markup
    results = Axe().run(page, context={"include": [[".arch-filter"], [".arch-cards"]]})
    assert results.violations_count == 0, results.generate_report()
    assert page.errors == []  # type: ignore[attr-defined]


@pytest.mark.parametrize("size", list(SIZES))
def test_a_shared_link_filters_over_the_cards_built_from_data(
    browser: Browser, sites: tuple[str, str], size: str
) -> None:
    page = opened(browser, sites[0] + "architecture/?tags=omega", size)
    titles = page.locator("#arch-grid-1 .arch-card__title")
    expect(titles).to_have_text(["Zz Omega"])
    expect(page.locator("[data-arch-result]")).to_have_text(f"1 of {ALL + 1} designs")
    page.locator(".arch-filter__clear").first.click()
    expect(page.locator("#arch-grid-1 > .arch-card")).to_have_count(ALL + 1)
    # A chip of a card the script built filters the grid in place.
    page.locator(".arch-card", has_text="Zz Omega").locator(".md-tag").first.click()
    expect(titles).to_have_text(["Zz Omega"])
    assert page.errors == []  # type: ignore[attr-defined]


def test_the_cards_built_from_data_are_the_cards_the_server_writes(
    browser: Browser, sites: tuple[str, str]
) -> None:
    compact = opened(browser, sites[0] + "architecture/", "desktop")
    expect(compact.locator("#arch-grid-1 > .arch-card")).to_have_count(ALL + 1)
    full = opened(browser, sites[1] + "architecture/", "desktop")
    expect(full.locator("#arch-grid-1 > .arch-card")).to_have_count(ALL + 1)
    built_cards = compact.locator("#arch-grid-1").evaluate(CARDS)
    server_cards = full.locator("#arch-grid-1").evaluate(CARDS)
    assert len(server_cards) == ALL + 1
    assert built_cards == server_cards
    # Also on a tag page (no filter bar): chips there lead to the grid, filtered.
    tag = "architecture/tags/kafka/"
    compact.goto(sites[0] + tag)
    full.goto(sites[1] + tag)
    expect(compact.locator(".arch-cards__more")).to_be_hidden()
    assert compact.locator(".arch-cards").evaluate(CARDS) == full.locator(".arch-cards").evaluate(
        CARDS
    )
