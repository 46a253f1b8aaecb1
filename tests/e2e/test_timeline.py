"""The decision timeline in real Chromium: on a phone and a desktop, with and without script."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

pytestmark = pytest.mark.e2e

SHOTS = Path("/work/briefs/shots")  # pictures for the note, when that folder exists
SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}


def shown(page: Page) -> list[str]:
    """The titles of the entries a reader sees, top to bottom."""
    return page.locator(".arch-timeline__entry:visible .arch-timeline__title").all_inner_texts()


def choice(page: Page, label: str):  # type: ignore[no-untyped-def]
    return page.locator(".arch-timeline__choice", has_text=re.compile(rf"^\s*{re.escape(label)}$"))


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", list(SIZES))
def test_the_timeline_reads_on_a_phone_and_a_desktop_and_axe_finds_nothing(
    browser: Browser, base_url: str, open_shadow: str, size: str, scheme: str, output_path: str
) -> None:
    context = browser.new_context(
        base_url=base_url,
        viewport=SIZES[size],  # type: ignore[arg-type]
        color_scheme=scheme,  # type: ignore[arg-type]
    )
    context.add_init_script(open_shadow)
    page = context.new_page()
    page.goto("architecture/timeline/")
    first = page.locator(".arch-timeline__entry").first
    expect(first).to_be_in_viewport()  # the first design shows on the first screen
    assert page.evaluate("document.documentElement.scrollWidth") <= SIZES[size]["width"]
    results = Axe().run(page, context={"include": [[".arch-timeline"]]})
    assert results.violations_count == 0, results.generate_report()
    page.locator(".arch-timeline__filters > summary").click()
    expect(choice(page, "Kafka")).to_be_visible()
    results = Axe().run(page, context={"include": [[".arch-timeline"]]})
    assert results.violations_count == 0, results.generate_report()
    folder = SHOTS if SHOTS.is_dir() else Path(output_path)
    folder.mkdir(parents=True, exist_ok=True)
    suffix = "" if scheme == "light" else "-dark"
    page.locator(".arch-timeline__filters > summary").click()
    page.screenshot(path=str(folder / f"timeline-{size}{suffix}.png"))
    context.close()


def test_years_newest_first_and_the_chain_on_one_line(page: Page) -> None:
    page.goto("architecture/timeline/")
    years = page.locator(".arch-timeline__year > h2").all_inner_texts()
    assert years == ["2024", "2023", "2022", "2019"]
    chain = page.locator(".arch-timeline__chain > li > a").all_inner_texts()
    assert chain == ["Synchronous Order REST Chain", "Event-Driven Order Pipeline"]
    boxes = [box for box in page.locator(".arch-timeline__chain > li").all() if box.bounding_box()]
    tops = {round(box.bounding_box()["y"]) for box in boxes}  # type: ignore[index]
    assert len(tops) == 1  # one line on a desktop
    old = page.locator(".arch-timeline__entry--retired")
    expect(old.locator(".arch-timeline__relation")).to_have_text(
        "Replaced by: Event-Driven Order Pipeline"
    )


def test_a_category_and_a_tag_filter_in_place_and_the_back_button_undoes(
    page: Page, blocked_requests: list[str]
) -> None:
    page.goto("architecture/timeline/")
    assert len(shown(page)) == 7
    page.locator(".arch-timeline__filters > summary").click()
    choice(page, "Distributed Systems").click()
    expect(page).to_have_url(re.compile(r"timeline/\?category=distributed-systems$"))
    assert shown(page) == ["Event-Driven Order Pipeline", "Synchronous Order REST Chain"]
    expect(page.locator("[data-arch-timeline-status]")).to_have_text("2 of 7 designs")
    expect(page.locator(".arch-timeline__chains")).to_be_visible()
    expect(page.locator(".arch-timeline__years li:visible")).to_have_count(2)
    expect(page.locator("[data-arch-timeline-on]")).to_have_text("1")
    choice(page, "Java").click()
    expect(page).to_have_url(re.compile(r"\?category=distributed-systems&tags=java$"))
    assert shown(page) == ["Synchronous Order REST Chain"]
    page.go_back()
    assert len(shown(page)) == 2
    page.get_by_role("link", name="Show all").click()
    assert len(shown(page)) == 7
    expect(page.locator("[data-arch-timeline-status]")).to_be_hidden()
    assert blocked_requests == []


def test_the_grids_url_parameters_and_aliases_filter_the_timeline(page: Page) -> None:
    page.goto("architecture/timeline/?tags=k8s")
    assert shown(page) == ["Stream Processing DAG", "Event-Driven Order Pipeline"]
    expect(page.locator(".arch-timeline__chains")).to_be_visible()  # one of its designs shows
    page.goto("architecture/timeline/?category=Security&tags=!rust")
    assert shown(page) == []
    expect(page.locator("[data-arch-timeline-none]")).to_be_visible()
    expect(page.locator(".arch-timeline__chains")).to_be_hidden()


@pytest.mark.parametrize("query", ["tags=constructor", "category=__proto__", "tags=!toString"])
def test_a_url_naming_what_every_object_has_filters_without_an_error(
    page: Page, query: str
) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"architecture/timeline/?{query}")
    expect(page.locator("[data-arch-timeline-status]")).to_be_visible()
    assert len(shown(page)) == (7 if "!" in query else 0)
    assert errors == []


def test_without_script_every_design_shows_and_filters_are_links_to_their_designs(
    browser: Browser, base_url: str
) -> None:
    context = browser.new_context(base_url=base_url, java_script_enabled=False)
    page = context.new_page()
    page.goto("architecture/timeline/?tags=kafka")
    assert len(shown(page)) == 7
    expect(page.locator("[data-arch-timeline-status]")).to_be_hidden()
    page.locator(".arch-timeline__filters > summary").click()
    expect(choice(page, "Kafka")).to_have_attribute("href", "../tags/kafka/")
    choice(page, "Kafka").click()
    expect(page).to_have_url(re.compile(r"architecture/tags/kafka/$"))
    context.close()


def test_the_script_loaded_twice_filters_once(page: Page) -> None:
    page.goto("architecture/timeline/")
    page.add_script_tag(url="../../assets/arch-cards/arch-cards.js")
    page.locator(".arch-timeline__filters > summary").click()
    choice(page, "Security").click()
    assert shown(page) == ["Zero-Trust Service Mesh"]
    choice(page, "Security").click()  # a second handler would undo the first at once
    assert len(shown(page)) == 7


def test_after_an_instant_navigation_the_filters_work(page: Page) -> None:
    page.goto("architecture/")
    page.evaluate("window.__same_document = true")
    page.locator(".md-nav--primary a.md-nav__link", has_text="Timeline").first.click()
    expect(page).to_have_url(re.compile(r"architecture/timeline/$"))
    assert page.evaluate("window.__same_document") is True  # Material swapped the content
    page.locator(".arch-timeline__filters > summary").click()
    choice(page, "Infrastructure").click()
    assert shown(page) == ["Distributed Tracing Backbone", "GitOps Deployment Platform"]


def test_right_to_left_the_line_and_the_arrows_mirror(page: Page) -> None:
    page.goto("architecture/timeline/")
    page.evaluate("document.documentElement.dir = document.body.dir = 'rtl'")  # as Material's
    line = page.locator(".arch-timeline__entries").first
    widths = line.evaluate(
        "e => [getComputedStyle(e).borderRightWidth, getComputedStyle(e).borderLeftWidth]"
    )
    assert widths[0] != "0px" and widths[1] == "0px"
    arrow = page.locator(".arch-timeline__chain > li + li").first.evaluate(
        "e => getComputedStyle(e, '::before').content"
    )
    assert "←" in arrow
    entry = page.locator(".arch-timeline__entry").first
    title = entry.locator(".arch-timeline__title").bounding_box()
    dot = entry.evaluate("e => e.getBoundingClientRect().right")
    assert title is not None and title["x"] + title["width"] <= dot  # text starts at the right
