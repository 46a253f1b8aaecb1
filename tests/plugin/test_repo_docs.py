"""Our own docs site, built with --strict: the Architecture page reads like the reference."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from mkdocs.commands.build import build
from mkdocs.config import load_config

from tests.conftest import every_warning

ROOT = Path(__file__).parents[2]
REFERENCE = Path(__file__).parents[1] / "data" / "architecture-page.txt"


def reference_cards() -> list[dict[str, str]]:
    """The six cards of the reference page, field by field."""
    lines = [line for line in REFERENCE.read_text(encoding="utf-8").splitlines() if line.strip()]
    blocks = "\n".join(lines[2:]).split("View diagram\n")[1:]
    cards = []
    for block in blocks:
        category, title, summary, label, problem, chips = block.strip().split("\n")
        assert label == "Problem Solved"
        cards.append(
            dict(category=category, title=title, summary=summary, problem=problem, chips=chips)
        )
    return cards


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site_dir = tmp_path_factory.mktemp("site")
    with every_warning() as logged:
        config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site_dir), strict=True)
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)  # strict: any warning aborts
        finally:
            config.plugins.on_shutdown()
            # Listed, not counted: a failure names each warning of the plugin and of MkDocs.
            assert (logged.messages, logged.others) == ([], [])
    return site_dir


def soup(site: Path, page: str) -> BeautifulSoup:
    html = BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")
    for permalink in html.select("a.headerlink"):
        permalink.decompose()  # the "¶" after each heading
    return html


def text(element: object) -> str:
    assert element is not None
    return " ".join(element.get_text(" ").split())  # type: ignore[attr-defined]


def test_architecture_page_reads_like_the_reference(built: Path) -> None:
    page = soup(built, "architecture/index.html")
    lines = REFERENCE.read_text(encoding="utf-8").splitlines()
    assert text(page.select_one(".md-content h1")) == lines[0]
    assert text(page.select_one(".arch-cards__subtitle")) == lines[2]
    cards = [
        dict(
            category=text(card.select_one(".arch-card__category")),
            title=text(card.select_one(".arch-card__title")),
            summary=text(card.select_one(".arch-card__summary")),
            problem=text(card.select_one(".arch-card__problem p:not(.arch-card__label)")),
            chips=" ".join(text(chip) for chip in card.select(".md-tag")),
        )
        for card in page.select(".arch-cards")[0].select(".arch-card")
    ]
    assert cards == reference_cards()


def test_the_superseded_design_is_listed_apart_and_points_to_its_successor(built: Path) -> None:
    grids = soup(built, "architecture/index.html").select(".arch-cards")
    assert [text(t) for t in grids[1].select(".arch-card__title")] == [
        "Synchronous Order REST Chain"
    ]
    legacy = soup(built, "architecture/synchronous-order-rest-chain/index.html")
    banner = legacy.select_one(".arch-banner a")
    assert banner is not None and text(banner) == "Event-Driven Order Pipeline"
    assert banner["href"] == "../event-driven-order-pipeline/"


def test_every_design_ends_with_related_designs(built: Path) -> None:
    designs = sorted((built / "architecture").glob("*/index.html"))
    pages = [
        p for p in designs if p.parent.name not in ("tags", "categories", "review", "timeline")
    ]
    assert len(pages) == 7
    for path in pages:
        page = soup(built, str(path.relative_to(built)))
        assert text(page.select(".md-content h2")[-1]) == "Related designs", path
        assert page.select(".arch-related li"), path


def test_tag_pages_carry_the_registry_descriptions(built: Path) -> None:
    page = soup(built, "architecture/tags/kubernetes/index.html")
    assert text(page.select_one(".arch-cards__subtitle")) == (
        "Where every service runs, in three availability zones."
    )
    titles = [text(t) for t in page.select(".arch-card__title")]
    assert titles == ["Event-Driven Order Pipeline", "Stream Processing DAG"]


def test_every_card_opens_its_design_and_its_diagram(built: Path) -> None:
    page = soup(built, "architecture/index.html")
    for card in page.select(".arch-card"):
        href = card.select_one(".arch-card__title a")["href"]  # type: ignore[index]
        diagram = card.select_one("a.arch-card__diagram")
        assert diagram is not None and diagram["href"] == f"{href}#arch-diagram"
        design = soup(built, f"architecture/{href}index.html")
        anchor = design.select_one("#arch-diagram")
        assert anchor is not None and anchor.select_one(".mermaid") is not None
        assert text(design.select_one(".arch-page__summary")) == text(
            card.select_one(".arch-card__summary")
        )


def test_home_page_shows_the_infrastructure_designs(built: Path) -> None:
    titles = [text(t) for t in soup(built, "index.html").select(".arch-card__title")]
    assert titles == ["GitOps Deployment Platform", "Distributed Tracing Backbone"]


def test_no_page_asks_for_a_font_or_script_from_another_host(built: Path) -> None:
    for page in built.rglob("*.html"):
        html = soup(built, str(page.relative_to(built)))
        loaded = html.select("script[src], link[rel~=stylesheet], link[rel~=preload], img[src]")
        sources = [e.get("src") or e.get("href") or "" for e in loaded]  # not rel=canonical
        external = [s for s in sources if str(s).startswith(("http:", "https:", "//"))]
        assert external == [], page


def test_each_design_page_has_one_header_one_row_of_chips_and_its_nav_status(built: Path) -> None:
    # Material 9.5's tags plugin and partials fill `tags` differently from 9.8's:
    # scripts/test-material.sh runs this on the oldest supported Material too.
    designs = [
        p
        for p in built.glob("architecture/*/index.html")
        if soup(built, str(p.relative_to(built))).select(".arch-page")
    ]
    assert len(designs) == 7
    for path in designs:
        page = soup(built, str(path.relative_to(built)))
        assert len(page.select(".md-content .arch-page")) == 1, path
        assert len(page.select(".md-content .md-tags")) == 1, path
    page = soup(built, "architecture/index.html")
    statuses = {
        text(link): [s["class"][-1] for s in link.select(".md-status")]
        for link in page.select(".md-nav--primary a.md-nav__link")
        if link.select(".md-status")
    }
    assert statuses == {"Synchronous Order REST Chain": ["md-status--superseded"]}


def test_the_llms_txt_reference_shows_what_the_build_wrote(built: Path) -> None:
    reference = (ROOT / "docs/reference/llms-txt.md").read_text(encoding="utf-8")
    index, design = re.findall(r"```markdown\n(.*?)```", reference, re.DOTALL)[:2]
    written = {
        "llms.txt": (built / "llms.txt").read_text(encoding="utf-8"),
        "design": (built / "architecture/synchronous-order-rest-chain.md").read_text("utf-8"),
    }
    site_url = "http://127.0.0.1:8000/"  # the docs' example: mkdocs.yml's default site_url
    for example, name in ((index, "llms.txt"), (design, "design")):
        shown = [line for line in example.splitlines() if not line.endswith("...")]
        found = written[name].replace(load_config(str(ROOT / "mkdocs.yml")).site_url, site_url)
        assert [line for line in shown if line not in found.splitlines()] == [], name
