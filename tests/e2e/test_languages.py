"""The showcase in German and in Arabic, in real Chromium: the script's text follows the page's
language, and a right-to-left page mirrors the grid, the cards and the diagram's controls."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from tests.e2e.conftest import ROOT, free_port, serve

if TYPE_CHECKING:
    from collections.abc import Iterator

pytestmark = pytest.mark.e2e
# Written into docs/ for the README with UPDATE_SCREENSHOTS=1, as tests/e2e/test_look.py does.
SHOTS = (
    Path(__file__).resolve().parents[2] / "docs" / "assets" / "screenshots"
    if os.environ.get("UPDATE_SCREENSHOTS") == "1"
    else Path(os.environ.get("ARCH_CARDS_SHOTS", "/tmp/arch-cards-shots"))
)


def _config(language: str) -> str:
    """The repo's mkdocs.yml in `language`, its folders named from anywhere."""
    text = (ROOT / "mkdocs.yml").read_text("utf-8")
    text = text.replace("  name: material\n", f"  name: material\n  language: {language}\n", 1)
    text = text.replace("  custom_dir: overrides\n", f"  custom_dir: {ROOT / 'overrides'}\n", 1)
    text = text.replace("  - mkdocs_arch_cards\n  - overrides\n", f"  - {ROOT / 'overrides'}\n", 1)
    return f"docs_dir: {ROOT / 'docs'}\n{text}"


@pytest.fixture(scope="module", params=["de", "ar"])
def served(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    language, port = request.param, free_port()
    folder = tmp_path_factory.mktemp(f"site-{language}")
    config = folder / "mkdocs.yml"
    config.write_text(_config(language), "utf-8")
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)]
    cmd += ["-d", str(folder / "site")]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env["ARCH_CARDS_SITE_URL"] = f"http://127.0.0.1:{port}/"
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    logged = [line for line in done.stderr.splitlines() if line.startswith(("WARNING", "ERROR"))]
    assert (done.returncode, logged) == (0, []), done.stderr
    with serve(folder / "site", port) as url:
        yield language, url


@pytest.fixture
def shown(
    served: tuple[str, str], browser: Browser, open_shadow: str
) -> Iterator[tuple[str, Page]]:
    """The served site's language, and a desktop-sized page of it, closed after the test."""
    language, url = served
    context = browser.new_context(base_url=url, viewport={"width": 1280, "height": 900})
    context.add_init_script(open_shadow)
    try:
        yield language, context.new_page()
    finally:
        context.close()


def _box(page: Page, selector: str) -> dict[str, float]:
    found = page.locator(selector).first.bounding_box()
    assert found is not None, selector
    return found


def test_the_filter_count_and_cards_speak_the_pages_language(shown: tuple[str, Page]) -> None:
    language, page = shown
    page.goto("architecture/")
    result = page.locator("[data-arch-result]")
    said = {
        "de": ("7 Entwürfe", "1 von 7 Entwürfen", "Kategorie"),
        "ar": ("7 تصاميم", "1 من 7 تصاميم", "الفئة"),
    }[language]
    expect(result).to_have_text(said[0])
    facet = page.locator(f".arch-filter__facet[aria-label='{said[2]}']")
    facet.get_by_role("button", name=re.compile("^Security")).click()
    expect(result).to_have_text(said[1])  # written by the script, from the page's strings
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"grid-{language}.png"), full_page=False)


def test_the_diagram_controls_speak_the_pages_language(shown: tuple[str, Page]) -> None:
    language, page = shown
    page.goto("architecture/real-time-feature-store/")
    tools = page.locator("#arch-diagram .arch-diagram__tools")
    expect(tools).to_be_visible()
    names = {"de": ("Vergrößern", "Vollbild"), "ar": ("تكبير", "ملء الشاشة")}[language]
    expect(tools.get_by_role("button", name=names[0], exact=True)).to_be_visible()
    expect(tools.get_by_role("button", name=names[1], exact=True)).to_be_visible()


def test_a_connection_reads_from_its_source_in_the_pages_direction(shown: tuple[str, Page]) -> None:
    language, page = shown
    page.goto("architecture/real-time-feature-store/")
    page.locator("details.arch-diagram__parts summary").first.click()
    edge = page.locator(".arch-diagram__connections li").first
    source, target = edge.locator("bdi").nth(0), edge.locator("bdi").nth(1)
    expect(source).to_have_text("Feature definitions (Python)")
    first, then = source.bounding_box(), target.bounding_box()
    assert first and then
    arrow = edge.locator(".arch-diagram__arrow")
    transform = arrow.evaluate("e => getComputedStyle(e).transform")
    if language == "ar":  # from the right: the source, then an arrow pointing left to the target
        assert first["x"] > then["x"]
        assert transform == "matrix(-1, 0, 0, 1, 0, 0)"
    else:
        assert first["x"] < then["x"]
        assert transform == "none"


def test_a_right_to_left_page_is_mirrored(shown: tuple[str, Page]) -> None:
    language, page = shown
    if language != "ar":
        pytest.skip("a left-to-right page")
    page.goto("architecture/")
    expect(page.locator("body")).to_have_attribute("dir", "rtl")
    cards = page.locator(".arch-cards").first.locator(".arch-card")
    first, second = cards.nth(0).bounding_box(), cards.nth(1).bounding_box()
    assert first and second and first["x"] > second["x"]  # the grid starts on the right
    card = _box(page, ".arch-card")
    category, diagram = _box(page, ".arch-card__category"), _box(page, ".arch-card__diagram")
    # In a card's head the category starts it (right) and "View diagram" ends it (left).
    assert category["x"] > diagram["x"]
    assert category["x"] + category["width"] > card["x"] + card["width"] - 40
    problem = page.locator(".arch-card__problem").first
    assert problem.evaluate("e => getComputedStyle(e).borderRightWidth") != "0px"
    assert problem.evaluate("e => getComputedStyle(e).borderLeftWidth") == "0px"
    search, bar = _box(page, ".arch-filter__search"), _box(page, ".arch-filter")
    assert search["x"] + search["width"] > bar["x"] + bar["width"] - 40
    page.screenshot(path=str(SHOTS / "grid-ar-rtl.png"), full_page=False)
    checked = Axe().run(page, context={"include": [[".arch-filter"], [".arch-cards"]]})
    assert checked.violations_count == 0, checked.generate_report()
    page.goto("architecture/real-time-feature-store/")
    level, full = _box(page, ".arch-diagram__level"), _box(page, ".arch-diagram__tools button")
    assert level["x"] > full["x"]  # the zoom level starts the toolbar, on the right
    view = page.locator("#arch-diagram .arch-diagram__view")
    assert view.evaluate("e => getComputedStyle(e).direction") == "ltr"  # the drawing as drawn
    chips = _box(page, ".arch-page .md-tag")
    header = _box(page, ".arch-page")
    assert chips["x"] + chips["width"] > header["x"] + header["width"] - 200
    page.screenshot(path=str(SHOTS / "design-ar-rtl.png"), full_page=False)
