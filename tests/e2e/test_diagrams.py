"""Reading large diagrams in real Chromium: zoom, pan and full screen, by mouse and keyboard."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e

DESIGN = "architecture/event-driven-order-pipeline/"


def scale(page: Page) -> float:
    transform = page.locator("#arch-diagram .arch-diagram__stage").evaluate(
        "e => e.style.transform"
    )
    found = re.search(r"scale\(([\d.]+)\)", transform)
    return float(found.group(1)) if found else 1.0


def test_zoom_buttons_and_keys_change_the_diagram(page: Page, blocked_requests: list[str]) -> None:
    page.goto(DESIGN)
    frame = page.locator("#arch-diagram")
    expect(frame.locator("svg").first).to_be_attached()
    frame.get_by_role("button", name="Zoom in").click()
    assert scale(page) == pytest.approx(1.25)
    frame.focus()
    page.keyboard.press("+")
    assert scale(page) == pytest.approx(1.5625)
    page.keyboard.press("ArrowLeft")
    assert "translate(40px, 0px)" in frame.locator(".arch-diagram__stage").evaluate(
        "e => e.style.transform"
    )
    page.keyboard.press("0")
    assert scale(page) == 1.0
    frame.get_by_role("button", name="Zoom out").click()
    assert scale(page) == pytest.approx(0.8)
    assert blocked_requests == []


def test_dragging_pans_the_diagram(page: Page, blocked_requests: list[str]) -> None:
    page.goto(DESIGN)
    view = page.locator("#arch-diagram .arch-diagram__view")
    expect(page.locator("#arch-diagram svg").first).to_be_attached()
    view.scroll_into_view_if_needed()
    box = view.bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + 100, box["y"] + 50)
    page.mouse.down()
    page.mouse.move(box["x"] + 160, box["y"] + 80, steps=4)
    page.mouse.up()
    transform = page.locator("#arch-diagram .arch-diagram__stage").evaluate(
        "e => e.style.transform"
    )
    assert "translate(60px, 30px)" in transform


def test_full_screen_opens_from_the_keyboard_and_escape_closes_it(
    page: Page, blocked_requests: list[str]
) -> None:
    page.goto(DESIGN)
    frame = page.locator("#arch-diagram")
    expect(frame.locator("svg").first).to_be_attached()
    full = frame.get_by_role("button", name="Full screen")
    full.focus()
    page.keyboard.press("Enter")
    expect(frame).to_have_class(re.compile("arch-diagram--full"))
    expect(full).to_have_attribute("aria-pressed", "true")
    box = frame.bounding_box()
    viewport = page.viewport_size
    assert box is not None and viewport is not None
    assert (box["width"], box["height"]) == (viewport["width"], viewport["height"])
    expect(frame.locator("svg").first).to_be_in_viewport()
    page.keyboard.press("Escape")
    expect(frame).not_to_have_class(re.compile("arch-diagram--full"))
    expect(full).to_be_focused()
