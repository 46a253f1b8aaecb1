"""The Architecture page on a phone and a desktop, in real Chromium: the first screen, the
facets' toggle, "Skip to results", one filter for every section, aliases, the script twice."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import expect

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
RETIRED = "Synchronous Order REST Chain"  # the showcase's superseded design


def opened(browser: Browser, base_url: str, size: dict[str, int], path: str) -> Page:
    page = browser.new_context(viewport=size, base_url=base_url).new_page()  # type: ignore[arg-type]
    page.goto(path)
    expect(page.locator(".arch-filter")).to_be_visible()
    return page


def shown(page: Page) -> list[str]:
    return page.locator(".arch-card:visible .arch-card__title").all_inner_texts()


def test_a_phone_shows_the_first_card_on_its_first_screen(browser: Browser, base_url: str) -> None:
    page = opened(browser, base_url, PHONE, "architecture/")
    title = page.locator(".arch-card__title").first.bounding_box()
    assert title is not None and title["y"] + title["height"] <= PHONE["height"]
    expect(page.get_by_label("Filter designs by text")).to_be_in_viewport()
    facets = page.locator("details.arch-filter__facets")
    expect(facets).not_to_have_attribute("open", "")
    expect(page.locator(".arch-filter__facet").first).to_be_hidden()
    page.locator(".arch-filter__toggle").click()
    expect(page.locator(".arch-filter__facet").first).to_be_visible()
    page.context.close()


def test_the_toggle_says_how_many_filters_are_on(browser: Browser, base_url: str) -> None:
    page = opened(browser, base_url, PHONE, "architecture/?tags=go,kubernetes&status=accepted")
    expect(page.locator(".arch-filter__toggle")).to_have_text(re.compile(r"Filters\s+3 on"))
    page.locator(".arch-filter__toggle").click()
    page.get_by_role("button", name="Clear all", exact=True).click()
    expect(page.locator("[data-arch-on]")).to_be_hidden()
    page.context.close()


def test_a_desktop_opens_the_facets(browser: Browser, base_url: str) -> None:
    page = opened(browser, base_url, DESKTOP, "architecture/")
    expect(page.locator("details.arch-filter__facets")).to_have_attribute("open", "")
    expect(page.locator(".arch-filter__facet").first).to_be_visible()
    page.context.close()


@pytest.mark.parametrize("size", [PHONE, DESKTOP])
def test_skip_to_results_lands_on_the_grid(
    browser: Browser, base_url: str, size: dict[str, int]
) -> None:
    page = opened(browser, base_url, size, "architecture/")
    skip = page.get_by_role("link", name="Skip to results")
    assert (skip.bounding_box() or {"width": 0})["width"] <= 1  # out of sight until focused
    page.get_by_label("Filter designs by text").focus()
    page.keyboard.press("Shift+Tab")
    expect(skip).to_be_focused()
    assert (skip.bounding_box() or {"width": 0})["width"] > 20  # seen when focused
    page.keyboard.press("Enter")
    expect(page.locator("#arch-grid-1")).to_be_focused()
    page.keyboard.press("Tab")
    first = page.locator(".arch-card").first
    assert first.evaluate("(card) => card.contains(document.activeElement)")
    page.context.close()


def test_the_filter_covers_the_superseded_section(browser: Browser, base_url: str) -> None:
    page = opened(browser, base_url, DESKTOP, "architecture/?text=postgres")
    # The superseded design's PostgreSQL: its card shows, the count says so, no empty state.
    assert shown(page) == [RETIRED]
    expect(page.locator("[data-arch-result]")).to_have_text("1 of 7 designs")
    expect(page.locator("[data-arch-empty]")).to_be_hidden()
    expect(page.get_by_role("heading", name="Superseded designs")).to_be_visible()
    page.get_by_label("Filter designs by text").fill("")
    expect(page.locator(".arch-card:visible")).to_have_count(7)
    expect(page.locator("[data-arch-result]")).to_have_text("7 designs")
    page.context.close()


@pytest.mark.parametrize(("text", "designs"), [("k8s", 2), ("golang", 2), ("otel", 1)])
def test_text_search_knows_the_registry_aliases(
    browser: Browser, base_url: str, text: str, designs: int
) -> None:
    page = opened(browser, base_url, DESKTOP, f"architecture/?text={text}")
    expect(page.locator(".arch-card:visible")).to_have_count(designs)
    page.context.close()


def test_the_script_listed_twice_binds_once(browser: Browser, base_url: str) -> None:
    page = opened(browser, base_url, DESKTOP, "architecture/")
    src = page.locator("script[src*='arch-cards.js']").first.get_attribute("src")
    page.add_script_tag(url=src)  # a site that lists our script itself
    page.wait_for_function("document.querySelectorAll(\"script[src*='arch-cards.js']\").length > 1")
    go = page.locator(".arch-filter__choice", has_text=re.compile(r"^Go\s+\d+$"))
    go.click()
    expect(go).to_have_attribute("aria-pressed", "true")
    expect(page).to_have_url(re.compile(r"\?tags=go$"))
    expect(page.locator(".arch-card:visible")).to_have_count(2)
    page.context.close()
