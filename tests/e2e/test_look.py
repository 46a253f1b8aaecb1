"""Accessibility and palettes in real Chromium: axe over the plugin's own components."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

pytestmark = pytest.mark.e2e

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "assets" / "screenshots"

OURS = {
    "architecture/": [".arch-filter", ".arch-cards"],
    "architecture/synchronous-order-rest-chain/": [".arch-page", ".arch-related", ".arch-diagram"],
    "architecture/real-time-feature-store/": [".arch-page", ".arch-related", ".arch-diagram"],
    "architecture/tags/": [".arch-tags"],
    "architecture/categories/": [".arch-category"],
    "architecture/review/": [".arch-review, .arch-cards__empty"],
}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", list(OURS))
def test_axe_finds_nothing_in_our_components(
    browser: Browser, base_url: str, open_shadow: str, scheme: str, path: str
) -> None:
    context = browser.new_context(base_url=base_url, color_scheme=scheme)  # type: ignore[arg-type]
    context.add_init_script(open_shadow)
    page = context.new_page()
    page.goto(path)
    body = page.locator("body")
    expect(body).to_have_attribute(
        "data-md-color-scheme", "slate" if scheme == "dark" else "default"
    )
    if "arch-diagram" in " ".join(OURS[path]):
        expect(page.locator("#arch-diagram svg").first).to_be_attached()
    results = Axe().run(page, context={"include": [[s] for s in OURS[path]]})
    assert results.violations_count == 0, results.generate_report()
    context.close()


def test_the_palette_toggle_restyles_cards_and_diagram_without_a_reload(
    page: Page, blocked_requests: list[str]
) -> None:
    page.goto("architecture/real-time-feature-store/")
    label = page.locator("#arch-diagram svg .nodeLabel").first
    expect(label).to_be_attached()
    light_label = label.evaluate("e => getComputedStyle(e).color")
    light_text = page.locator(".arch-page__summary").evaluate("e => getComputedStyle(e).color")
    page.evaluate("window.__same_document = true")
    page.locator("form[data-md-component=palette] label:visible").click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    assert page.evaluate("window.__same_document") is True  # no reload happened
    assert label.evaluate("e => getComputedStyle(e).color") != light_label
    assert (
        page.locator(".arch-page__summary").evaluate("e => getComputedStyle(e).color") != light_text
    )
    assert blocked_requests == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshots_of_the_grid_and_a_design_page(
    browser: Browser, base_url: str, open_shadow: str, scheme: str, output_path: str
) -> None:
    """Pictures for docs/ and the README; rewritten there only with UPDATE_SCREENSHOTS=1."""
    context = browser.new_context(
        base_url=base_url,
        color_scheme=scheme,  # type: ignore[arg-type]
        viewport={"width": 1280, "height": 900},
    )
    context.add_init_script(open_shadow)
    page = context.new_page()
    folder = SCREENSHOTS if os.environ.get("UPDATE_SCREENSHOTS") == "1" else Path(output_path)
    folder.mkdir(parents=True, exist_ok=True)
    page.goto("architecture/?tags=go,kubernetes")
    expect(page.locator(".arch-cards").first.locator(".arch-card:visible")).to_have_count(3)
    page.screenshot(path=folder / f"grid-filtered-{scheme}.png")
    page.goto("architecture/real-time-feature-store/")
    expect(page.locator("#arch-diagram svg").first).to_be_attached()
    page.screenshot(path=folder / f"design-page-{scheme}.png")
    context.close()


def test_screenshots_on_a_phone(
    browser: Browser, base_url: str, open_shadow: str, output_path: str
) -> None:
    """The grid and the timeline at 390x844, for the README; UPDATE_SCREENSHOTS=1 as above."""
    context = browser.new_context(base_url=base_url, viewport={"width": 390, "height": 844})
    context.add_init_script(open_shadow)
    page = context.new_page()
    folder = SCREENSHOTS if os.environ.get("UPDATE_SCREENSHOTS") == "1" else Path(output_path)
    folder.mkdir(parents=True, exist_ok=True)
    page.goto("architecture/")
    first = page.locator(".arch-card").first
    expect(first).to_be_in_viewport()  # the first card on the first screen
    page.screenshot(path=folder / "grid-phone.png")
    page.goto("architecture/timeline/")
    expect(page.locator(".arch-timeline__entry").first).to_be_in_viewport()
    page.screenshot(path=folder / "timeline-phone.png")
    context.close()
