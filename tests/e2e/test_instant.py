"""Material's instant navigation: the filter bar and diagrams work on pages it swaps in."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e


def test_instant_navigation_keeps_diagrams_and_filters_working(
    page: Page, blocked_requests: list[str]
) -> None:
    page.goto("")  # the home page has no diagram of its own
    page.evaluate("window.__same_document = true")
    page.locator(".md-nav__link", has_text="Event-Driven Order Pipeline").first.click()
    expect(page).to_have_url(re.compile(r"event-driven-order-pipeline/$"))
    expect(page.locator("#arch-diagram svg").first).to_be_attached()
    assert page.evaluate("window.__same_document") is True  # swapped in, not reloaded
    frame = page.locator("#arch-diagram")
    level = frame.locator(".arch-diagram__level")
    expect(level).to_have_text("75%")  # the viewer sized the swapped-in diagram
    frame.get_by_role("button", name="Zoom in").click()
    expect(level).to_have_text("94%")
    page.locator(".md-nav__link", has_text="Architecture").first.click()
    expect(page).to_have_url(re.compile(r"architecture/$"))
    assert page.evaluate("window.__same_document") is True
    page.locator(".arch-filter__choice", has_text=re.compile(r"^Redis\s+\d+$")).click()
    expect(page.locator(".arch-cards").first.locator(".arch-card:visible")).to_have_count(1)
    assert blocked_requests == []  # Mermaid came from this site, never from a CDN
