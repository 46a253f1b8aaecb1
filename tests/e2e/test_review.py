"""The review page and the nav's status icons as a reader sees them, on a phone and a desktop."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 844}


def test_the_review_table_reads_on_a_phone(
    browser: Browser, base_url: str, output_path: str
) -> None:
    """One block per design, each value labelled, nothing wider than the screen."""
    context = browser.new_context(base_url=base_url, viewport=PHONE)
    page = context.new_page()
    page.goto("architecture/review/")
    rows = page.locator(".arch-review tbody tr")
    expect(rows.first).to_be_visible()
    assert page.locator(".arch-review thead").evaluate("e => e.getBoundingClientRect().height") <= 1
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    cell = rows.first.locator("td[data-label=Owner]")
    label = cell.evaluate("e => getComputedStyle(e, '::before').content")
    assert label == '"Owner"'
    assert cell.evaluate("e => getComputedStyle(e).display") == "flex"
    expect(rows.first.locator(".arch-badge")).to_be_visible()
    # One column: the design's name above its owner, not beside it.
    name = rows.first.locator("td:first-child")
    box, under = (c.evaluate("e => e.getBoundingClientRect().toJSON()") for c in (name, cell))
    assert (box["left"], box["width"]) == (under["left"], under["width"])
    assert box["bottom"] <= under["top"] + 1
    folder = Path(os.environ.get("ARCH_CARDS_SHOTS") or output_path)
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / "review-phone.png"))
    context.close()


def test_the_review_table_on_a_desktop_has_materials_table_look(
    browser: Browser, base_url: str, output_path: str
) -> None:
    context = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto("architecture/review/")
    table = page.locator(".arch-review")
    expect(table).to_be_visible()
    assert table.evaluate("e => getComputedStyle(e).display") == "table"
    assert table.evaluate("e => getComputedStyle(e).borderTopStyle") == "solid"
    dates = page.locator(".arch-review time")
    assert dates.first.evaluate("e => getComputedStyle(e).fontVariantNumeric") == "tabular-nums"
    folder = Path(os.environ.get("ARCH_CARDS_SHOTS") or output_path)
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / "review-desktop.png"))
    context.close()


def test_a_superseded_design_has_its_own_nav_icon_not_the_trash_can(
    browser: Browser, base_url: str
) -> None:
    context = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto("architecture/")
    icon = page.locator(".md-nav--primary .md-status--superseded").first
    expect(icon).to_have_attribute("title", "Superseded")
    ours = icon.evaluate("e => getComputedStyle(e, '::after').maskImage")
    assert "svg" in ours and "M4 2h9l5 5v5h-2V8h-4V4H6v16h7v2H4z" in ours
    trash = "M9 3v1H4v2h1v13a2 2 0 0 0 2 2h10a2"  # Material's `deprecated`
    assert trash not in ours
    if folder := os.environ.get("ARCH_CARDS_SHOTS"):
        page.locator(".md-nav--primary").first.screenshot(path=f"{folder}/nav-superseded.png")
    context.close()


@pytest.mark.parametrize(
    ("path", "selector"),
    [
        ("architecture/categories/", ".arch-category > h2"),
        ("architecture/", ".arch-card__category"),
    ],
)
def test_a_category_icon_keeps_its_distance_from_the_name(
    browser: Browser, base_url: str, path: str, selector: str
) -> None:
    context = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(path)
    heading = page.locator(selector).first
    expect(heading.locator("svg")).to_be_visible()
    gap = heading.evaluate(
        """e => {
            const icon = e.querySelector("svg").getBoundingClientRect();
            const range = document.createRange();
            range.selectNodeContents(e.lastChild);
            return range.getBoundingClientRect().left - icon.right;
        }"""
    )
    assert gap >= 4  # px: the name does not touch its icon
    context.close()
