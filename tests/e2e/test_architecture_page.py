"""The Architecture card grid and its "View diagram" links, in real Chromium, fully offline.

`blocked_requests` (conftest) aborts anything not bound for the local server and records it, so
each test also proves the site makes no external request (no CDN Mermaid, no Google Fonts).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import settle_on

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
# Committed, shown in the README; rewritten only on request (UPDATE_SCREENSHOTS=1).
GRID_SCREENSHOT = ROOT / "docs" / "assets" / "screenshots" / "architecture-grid.png"
SUBTITLE = (
    "System designs and architecture decisions from real projects"
    " — the diagrams behind the decisions."
)


def test_architecture_page_shows_six_cards(page: Page, blocked_requests: list[str]) -> None:
    page.goto("architecture/")

    # toc's `permalink: true` may append a "¶" anchor link to a Markdown-made heading.
    expect(page.locator("h1")).to_have_text(re.compile(r"^Architecture\s*¶?$"))
    expect(page.get_by_text(SUBTITLE, exact=True)).to_be_visible()

    # The current designs' grid; the superseded one is listed in a second grid below it.
    cards = page.locator(".arch-cards").first.locator(".arch-card")
    expect(cards).to_have_count(6)
    first = cards.first
    expect(first.locator(".arch-card__title")).to_have_text("Event-Driven Order Pipeline")
    expect(first.locator(".arch-card__category")).to_have_text("Distributed Systems")
    # A list of strings: exact texts, in this order, and no other chip.
    expect(first.locator(".md-tag")).to_have_text(["Kafka", "Avro", "Kubernetes", "Go"])

    page.wait_for_load_state("networkidle")  # let late script-made requests show up too
    assert blocked_requests == [], blocked_requests


def test_view_diagram_lands_on_rendered_diagram(
    page: Page, blocked_requests: list[str], output_path: str
) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("architecture/")
    expect(page.locator(".arch-cards").first.locator(".arch-card")).to_have_count(6)
    page.wait_for_load_state("networkidle")  # a settled page for the screenshot

    # pytest-playwright empties output_path's parent (test-results/) at every session start.
    shot = GRID_SCREENSHOT if os.environ.get("UPDATE_SCREENSHOTS") == "1" else None
    page.screenshot(path=shot or Path(output_path) / GRID_SCREENSHOT.name)

    card = page.locator(".arch-card").filter(
        has=page.locator(".arch-card__title", has_text="Real-Time Feature Store")
    )
    settle_on(card.get_by_role("link", name="View diagram")).click()

    expect(page).to_have_url(re.compile(r"real-time-feature-store/?#arch-diagram$"))
    # Material renders the SVG into a closed shadow root; conftest's init script opens it,
    # and Playwright's CSS engine pierces open shadow roots.
    svg = page.locator("#arch-diagram .mermaid svg")
    expect(svg.first).to_be_attached()
    assert svg.count() >= 1
    expect(svg.first).to_be_in_viewport()

    page.wait_for_load_state("networkidle")  # let late script-made requests show up too
    assert blocked_requests == [], blocked_requests
