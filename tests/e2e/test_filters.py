"""The filter bar above the Architecture grid, in real Chromium: what a reader clicks and sees."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

pytestmark = pytest.mark.e2e


def current(page: Page):  # type: ignore[no-untyped-def]
    """The visible cards of the current designs' grid."""
    return page.locator(".arch-cards").first.locator(".arch-card:visible")


def titles(page: Page) -> list[str]:
    return current(page).locator(".arch-card__title").all_inner_texts()


def choice(page: Page, label: str):  # type: ignore[no-untyped-def]
    return page.locator(".arch-filter__choice", has_text=re.compile(rf"^{re.escape(label)}\s+\d+$"))


def test_one_tag_narrows_the_grid_and_says_how_many(
    page: Page, blocked_requests: list[str]
) -> None:
    page.goto("architecture/")
    expect(page.locator(".arch-filter")).to_be_visible()
    choice(page, "Kafka").click()
    expect(current(page)).to_have_count(1)
    assert titles(page) == ["Event-Driven Order Pipeline"]
    expect(choice(page, "Kafka")).to_have_attribute("aria-pressed", "true")
    # The bar filters the superseded designs' grid too: 7 designs on the page, 1 shown.
    expect(page.locator("[data-arch-result]")).to_have_text("1 of 7 designs")
    expect(page.locator(".arch-card:visible")).to_have_count(1)
    expect(page.get_by_role("heading", name="Superseded designs")).to_be_hidden()
    expect(page).to_have_url(re.compile(r"\?tags=kafka$"))
    assert blocked_requests == []


def test_two_tags_with_any_and_with_all(page: Page) -> None:
    page.goto("architecture/")
    choice(page, "Go").click()
    choice(page, "Kubernetes").click()
    expect(current(page)).to_have_count(3)
    page.get_by_role("button", name="All", exact=True).click()
    expect(current(page)).to_have_count(1)
    assert titles(page) == ["Event-Driven Order Pipeline"]
    expect(page).to_have_url(re.compile(r"\?tags=go,kubernetes&op=and$"))


def test_category_and_text(page: Page) -> None:
    page.goto("architecture/")
    page.locator(".arch-filter__facet[aria-label=Category]").get_by_role(
        "button", name=re.compile("^Infrastructure")
    ).click()
    expect(current(page)).to_have_count(2)
    assert titles(page) == ["GitOps Deployment Platform", "Distributed Tracing Backbone"]
    page.get_by_role("button", name="Clear all", exact=True).click()
    page.get_by_label("Filter designs by text").fill("exactly-once")
    expect(current(page)).to_have_count(2)
    assert titles(page) == ["Event-Driven Order Pipeline", "Stream Processing DAG"]
    expect(page).to_have_url(re.compile(r"\?text=exactly-once$"))
    page.get_by_label("Filter designs by text").fill("zzzz nothing")
    expect(current(page)).to_have_count(0)
    expect(page.locator("[data-arch-empty]")).to_be_visible()
    page.get_by_role("button", name="Clear all filters").click()
    expect(current(page)).to_have_count(6)
    assert titles(page) == [  # back in grid order
        "Event-Driven Order Pipeline",
        "Zero-Trust Service Mesh",
        "Real-Time Feature Store",
        "GitOps Deployment Platform",
        "Distributed Tracing Backbone",
        "Stream Processing DAG",
    ]


def test_a_shared_link_restores_the_view_and_back_undoes_a_step(page: Page) -> None:
    page.goto("architecture/?tags=go,kubernetes&op=and")
    expect(current(page)).to_have_count(1)
    expect(choice(page, "Go")).to_have_attribute("aria-pressed", "true")
    expect(page.get_by_role("button", name="All", exact=True)).to_have_attribute(
        "aria-pressed", "true"
    )
    choice(page, "Go").click()  # now: Kubernetes only, all
    expect(current(page)).to_have_count(2)
    page.go_back()
    expect(current(page)).to_have_count(1)
    expect(choice(page, "Go")).to_have_attribute("aria-pressed", "true")
    page.go_forward()
    expect(current(page)).to_have_count(2)
    page.locator("form[data-md-component=palette] label:visible").click()  # to dark
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    expect(current(page)).to_have_count(2)  # the view survives the palette toggle


def test_a_chip_on_a_design_page_opens_the_grid_filtered(page: Page) -> None:
    page.goto("architecture/real-time-feature-store/")
    page.locator(".arch-page .md-tag", has_text="Redis").click()
    expect(page).to_have_url(re.compile(r"architecture/\?tags=redis$"))
    assert titles(page) == ["Real-Time Feature Store"]


def test_a_chip_on_a_card_filters_in_place(page: Page) -> None:
    page.goto("architecture/")
    current(page).first.locator(".md-tag", has_text="Go").click()
    expect(current(page)).to_have_count(2)
    expect(page).to_have_url(re.compile(r"architecture/\?tags=go$"))


def test_the_keyboard_reaches_and_toggles_every_control(page: Page) -> None:
    page.goto("architecture/")
    search = page.get_by_label("Filter designs by text")
    search.focus()
    page.keyboard.press("Tab")  # Clear all
    page.keyboard.press("Tab")  # the facets' toggle (open on a wide screen)
    expect(page.locator(":focus")).to_have_text(re.compile("^Filters"))
    page.keyboard.press("Tab")  # the first category
    focused = page.locator(":focus")
    expect(focused).to_have_attribute("data-facet", "category")
    page.keyboard.press("Space")
    expect(focused).to_have_attribute("aria-pressed", "true")
    outline = focused.evaluate("e => getComputedStyle(e).outlineStyle")
    assert outline == "solid"  # a visible focus ring


def test_without_javascript_every_card_shows(browser: Browser, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False, base_url=base_url)
    page = context.new_page()
    page.goto("architecture/?tags=kafka")
    expect(page.locator(".arch-card:visible")).to_have_count(7)
    expect(page.locator(".arch-filter")).to_be_hidden()
    chip = page.locator(".arch-page .md-tag, .arch-card .md-tag").first
    assert chip.get_attribute("href") == "tags/kafka/"  # the static tag page
    context.close()


def test_a_shared_text_filter_does_not_open_materials_search(page: Page) -> None:
    page.goto("architecture/?text=exactly-once")
    expect(current(page)).to_have_count(2)
    expect(page.get_by_label("Filter designs by text")).to_have_value("exactly-once")
    assert not page.locator("input[data-md-toggle=search]").is_checked()
    page.get_by_label("Filter designs by text").fill("kafka")
    expect(page).to_have_url(re.compile(r"\?text=kafka$"))


def test_materials_search_parameter_is_left_to_material(page: Page) -> None:
    page.goto("architecture/?q=exactly-once")
    expect(page.locator("input[data-md-toggle=search]")).to_be_checked()
    expect(current(page)).to_have_count(6)  # `q` is Material's: the grid does not read it
    expect(page.get_by_label("Filter designs by text")).to_have_value("")
