"""Two grids with filter bars on one page, and chips on a site whose grid page has no bar."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import free_port, serve
from tests.helpers import design

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from playwright.sync_api import Page

    from tests.conftest import Site

pytestmark = pytest.mark.e2e

TWO_BARS = """\
# Two teams

## Payments

<!-- arch-cards category="Payments" filters="on" -->

## Search

<!-- arch-cards category="Search" filters="on" -->
"""
# The author's grid page, with a plain grid: no bar to send a chip to.
NO_BAR = "# Architecture\n\n<!-- arch-cards -->\n"


def designs(site: Site) -> None:
    for title, category, tags in [
        ("Ledger", "Payments", ["Go", "Kafka"]),
        ("Refunds", "Payments", ["Java"]),
        ("Indexer", "Search", ["Go", "Rust"]),
        ("Ranker", "Search", ["Python"]),
    ]:
        site.page(f"architecture/{title.lower()}.md", design(title, category=category, tags=tags))


@pytest.fixture(scope="module")
def urls(module_sites: Callable[[str], Site]) -> Iterator[tuple[str, str]]:
    two = module_sites("two-bars")
    designs(two)
    two.page("teams.md", TWO_BARS)
    assert two.build(strict=True).warnings == []
    plain = module_sites("no-bar")
    designs(plain)
    plain.page("architecture/index.md", NO_BAR)
    assert plain.build(strict=True).warnings == []
    with serve(two.root / "site", free_port()) as a, serve(plain.root / "site", free_port()) as b:
        yield a, b


def grid(page: Page, number: int):  # type: ignore[no-untyped-def]
    return page.locator(f"#arch-grid-{number} .arch-card__title")


def bar(page: Page, number: int):  # type: ignore[no-untyped-def]
    return page.locator(f'[data-arch-filter="arch-grid-{number}"]')


def test_each_bar_keeps_its_own_state(page: Page, urls: tuple[str, str]) -> None:
    page.goto(urls[0] + "teams/")
    bar(page, 1).get_by_role("button", name=re.compile(r"^Go\s+1$")).click()
    expect(grid(page, 1)).to_have_text(["Ledger"])
    expect(grid(page, 2)).to_have_text(["Indexer", "Ranker"])  # untouched
    bar(page, 2).get_by_label("Filter designs by text").fill("ranker")
    expect(grid(page, 2)).to_have_text(["Ranker"])
    expect(grid(page, 1)).to_have_text(["Ledger"])
    expect(page).to_have_url(re.compile(r"\?tags=go&grid-2\.text=ranker$"))
    page.reload()  # a shared link restores both
    expect(grid(page, 1)).to_have_text(["Ledger"])
    expect(grid(page, 2)).to_have_text(["Ranker"])
    expect(bar(page, 2).locator("[data-arch-result]")).to_have_text("1 of 2 designs")
    bar(page, 2).get_by_label("Filter designs by text").fill("")
    bar(page, 2).get_by_role("button", name=re.compile(r"^Rust\s+1$")).click()
    expect(grid(page, 2)).to_have_text(["Indexer"])
    page.go_back()  # undoes the second bar's step only
    expect(grid(page, 2)).to_have_text(["Indexer", "Ranker"])
    expect(grid(page, 1)).to_have_text(["Ledger"])


def test_a_chip_keeps_its_tag_page_when_the_grid_page_has_no_bar(
    page: Page, urls: tuple[str, str]
) -> None:
    page.goto(urls[1] + "architecture/ledger/")
    chip = page.locator(".arch-page .md-tag", has_text="Kafka")
    expect(chip).to_have_attribute("href", re.compile(r"tags/kafka/$"))
    page.goto(urls[0] + "architecture/ledger/")  # the generated grid page has a bar
    chip = page.locator(".arch-page .md-tag", has_text="Kafka")
    expect(chip).to_have_attribute("href", re.compile(r"\?tags=kafka$"))


GRID_AND_TIMELINE = """\
# History

<!-- arch-cards filters="on" -->

## When

<!-- arch-cards view="timeline" filters="on" -->
"""


def test_a_grid_and_a_timeline_on_one_page_follow_one_filter(
    module_sites: Callable[[str], Site], page: Page
) -> None:
    """They share the URL's words (?category=, ?tags=): a step in either shows in both."""
    site = module_sites("grid-and-timeline")
    designs(site)
    site.page("history.md", GRID_AND_TIMELINE)
    assert site.build(strict=True).warnings == []
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    with serve(site.root / "site", free_port()) as url:
        page.goto(url + "history/")
        entries = page.locator(".arch-timeline__entry:visible .arch-timeline__title")
        expect(entries).to_have_count(4)
        page.locator(".arch-timeline__filters > summary").click()
        page.locator(".arch-timeline__choice", has_text="Payments").click()
        expect(grid(page, 1)).to_have_text(["Ledger", "Refunds"])
        expect(entries).to_have_count(2)
        bar(page, 1).get_by_role("button", name=re.compile(r"^Go\s+2$")).click()
        expect(grid(page, 1)).to_have_text(["Ledger"])
        expect(entries).to_have_text(["Ledger"])
        page.go_back()
        expect(grid(page, 1)).to_have_text(["Ledger", "Refunds"])
        expect(entries).to_have_count(2)
    assert errors == []
