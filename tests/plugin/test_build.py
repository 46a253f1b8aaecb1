"""Real in-process Material builds of small sites: what a reader and an author see."""

from __future__ import annotations

import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from tests.helpers import MERMAID, design

if TYPE_CHECKING:
    from tests.conftest import Result, Site, Urls


def test_grid_shows_every_field_of_every_card(site: Site, urls: Urls) -> None:
    site.page(
        "architecture/orders.md",
        design(
            "Event-Driven Order Pipeline",
            category="Distributed Systems",
            summary="Asynchronous order processing at 50k+ events/sec.",
            problem="Replaced a synchronous REST chain.",
            tags=["Kafka", "Avro", "Go"],
        ),
    )
    site.page("architecture/mesh.md", design("Zero-Trust Service Mesh", category="Security"))
    result = site.build(strict=True)
    page = "architecture/index.html"
    assert result.texts(page, "h1") == ["Architecture"]
    assert result.texts(page, ".arch-card__title") == [
        "Event-Driven Order Pipeline",
        "Zero-Trust Service Mesh",
    ]
    first = result.soup(page).select_one(".arch-card")
    assert first is not None
    shown = first.select(".arch-card__category, p, .md-tag")
    assert [" ".join(e.get_text().split()) for e in shown] == [
        "Distributed Systems",
        "Asynchronous order processing at 50k+ events/sec.",
        "Problem Solved",
        "Replaced a synchronous REST chain.",
        "Kafka",
        "Avro",
        "Go",
    ]
    title_link = first.select_one(".arch-card__title a")
    assert title_link is not None and title_link["href"] == urls.pick("orders/", "orders.html")
    assert (result.site_dir / "assets/arch-cards/arch-cards.css").is_file()
    stylesheets = [link["href"] for link in result.soup(page).select("link[rel=stylesheet]")]
    assert "../assets/arch-cards/arch-cards.css" in stylesheets


@pytest.mark.parametrize("fence", ["material", "mermaid2"])
def test_view_diagram_lands_on_an_anchor_that_wraps_the_diagram(
    site: Site, urls: Urls, fence: str
) -> None:
    site.fence = fence
    if fence == "mermaid2":
        site.plugin = {}
        site.extra = {}
    site.page("architecture/orders.md", design("Orders", body="## Flow\n\n" + MERMAID))
    result = site.build(strict=True)
    link = result.soup("architecture/index.html").select_one("a.arch-card__diagram")
    assert link is not None and link.get_text() == "View diagram"
    assert link["href"] == urls.pick("orders/#arch-diagram", "orders.html#arch-diagram")
    anchor = result.soup(urls.html("architecture/orders.md")).select_one("#arch-diagram")
    assert anchor is not None
    assert anchor.select_one(".mermaid") is not None
    assert "Order API" in anchor.get_text()


def test_view_diagram_can_point_at_a_later_diagram(site: Site, urls: Urls) -> None:
    body = "```mermaid\nflowchart LR\n  first\n```\n\n```mermaid\nflowchart LR\n  second\n```\n"
    site.page("architecture/a.md", design("A", body=body, diagram=2))
    result = site.build(strict=True)
    (anchor,) = result.soup(urls.html("architecture/a.md")).select("#arch-diagram")
    assert "second" in anchor.get_text()
    assert "first" not in anchor.get_text()


@pytest.mark.parametrize(
    ("body", "fields"),
    [("Prose only, no diagram.\n", {}), (MERMAID, {"diagram": False})],
)
def test_no_diagram_no_view_diagram_link(
    site: Site, urls: Urls, body: str, fields: dict[str, object]
) -> None:
    site.page("architecture/a.md", design("A", body=body, **fields))
    result = site.build(strict=True)
    assert result.texts("architecture/index.html", ".arch-card__title") == ["A"]
    assert result.soup("architecture/index.html").select("a.arch-card__diagram") == []
    assert result.soup(urls.html("architecture/a.md")).select("#arch-diagram") == []


def test_design_page_shows_its_header_above_the_body(site: Site, urls: Urls) -> None:
    site.page(
        "architecture/a.md",
        design("Alpha", category="Security", summary="S.", problem="P.", tags=["Envoy", "Rust"]),
    )
    result = site.build(strict=True)
    page = urls.html("architecture/a.md")
    content = result.soup(page).select_one(".md-content__inner")
    assert content is not None
    assert [e.name for e in content.find_all(recursive=False)][:2] == ["h1", "div"]
    assert result.texts(page, ".arch-page .arch-card__category") == ["Security"]
    assert result.texts(page, ".arch-page__summary") == ["S."]
    assert result.texts(page, ".arch-page__problem") == ["Problem Solved P."]
    assert result.texts(page, ".arch-page .md-tag") == ["Envoy", "Rust"]


def test_front_matter_values_appear_literally_everywhere(site: Site, urls: Urls) -> None:
    site.extra = {"nav": ["architecture/index.md", "architecture/edge.md"]}
    site.page(
        "architecture/edge.md",
        design(
            "Q&A <Edge> Gateway",
            category="<i>Sec</i>",
            summary="<script>alert('x')</script>",
            tags=["<b>Go</b>", "*Rust*"],
        ),
    )
    result = site.build(strict=True)
    # A tag's page is titled with the tag, as written.
    for tag_page, label in [("b-go-b", "<b>Go</b>"), ("rust", "*Rust*")]:
        page = urls.html(f"architecture/tags/{tag_page}.md")
        assert result.soup(page).select("b, em") == []
        assert result.texts(page, "h1") == [label]
        assert soup_title(result, page) == f"{label} - Test"
    title = "Q&A <Edge> Gateway"
    for page in ("architecture/index.html", urls.html("architecture/edge.md")):
        soup = result.soup(page)
        assert soup.select("edge, script:-soup-contains('alert'), i, b") == []
        assert title in soup.get_text()
        assert "<script>alert('x')</script>" in soup.get_text()
        assert "<b>Go</b>" in soup.get_text()
    page = urls.html("architecture/edge.md")
    soup = result.soup(page)
    assert soup.title is not None and soup.title.get_text().startswith(title)
    assert result.texts(page, "h1") == [title]
    assert title in result.texts(page, ".md-header__topic")
    assert title in " ".join(result.texts(page, ".md-nav__link"))


def soup_title(result: Result, page: str) -> str:
    found = result.soup(page).title
    return found.get_text() if found else ""


def test_a_marker_shows_a_filtered_grid_on_any_page(site: Site, urls: Urls) -> None:
    site.page("architecture/a.md", design("A", category="Data", tags=["Kafka"]))
    site.page("architecture/b.md", design("B", category="Infrastructure", tags=["Go"]))
    site.page("architecture/c.md", design("C", category="Infrastructure", tags=["Kafka"]))
    site.page(
        "index.md",
        """
        # Home

        ## Infrastructure

        <!-- arch-cards category="Infrastructure" -->

        ## Kafka

        <!-- arch-cards tags="kafka" -->

        ## Both

        <!-- arch-cards category="Infrastructure" tags="Kafka" -->

        ```html
        <!-- arch-cards -->
        ```
        """,
    )
    result = site.build(strict=True)
    grids = result.soup("index.html").select(".arch-cards")
    titles = [
        [" ".join(t.get_text().split()) for t in g.select(".arch-card__title")] for g in grids
    ]
    assert titles == [["B", "C"], ["A", "C"], ["C"]]
    assert [t.name for t in grids[0].select(".arch-card__title")] == ["h3", "h3"]
    assert result.texts("index.html", "pre code") == ["<!-- arch-cards -->"]
    assert result.soup("index.html").select_one(".arch-card__title a")["href"] == urls.pick(
        "architecture/b/", "architecture/b.html"
    )


def test_a_marker_that_matches_nothing_is_reported(site: Site) -> None:
    site.page("architecture/a.md", design("A", category="Data"))
    site.page("index.md", '# Home\n\n<!-- arch-cards category="Dta" colour="red" -->\n')
    result = site.build_fails()
    assert result.warnings == [
        "index.md:3: arch-cards: unknown option 'colour'"
        " (known: view, category, tags, status, op, text, group, sort, filters)",
        "index.md:3: arch-cards: no design matches this marker's filters — known categories: Data",
    ]


def test_a_look_alike_page_outside_the_pattern_is_not_a_card(site: Site, urls: Urls) -> None:
    site.page("architecture/a.md", design("Real Design"))
    site.page("guide/howto.md", design("Look-Alike"))
    result = site.build(strict=True)
    assert result.texts("architecture/index.html", ".arch-card__title") == ["Real Design"]
    assert result.soup(urls.html("guide/howto.md")).select(".arch-page") == []


def test_the_designs_pattern_and_index_come_from_config(site: Site, urls: Urls) -> None:
    site.plugin = {
        "designs": ["decisions/**/*.md", "!decisions/template.md"],
        "index": "decisions/index.md",
        "title": "Decisions",
        "subtitle": "What we chose & why.",
        "required": ["summary"],
    }
    site.page("decisions/a.md", "---\nsummary: Only a summary.\n---\n# Use Kafka\n")
    site.page("decisions/template.md", "# Template\n")
    result = site.build(strict=True)
    page = "decisions/index.html"
    assert result.texts(page, "h1") == ["Decisions"]
    assert result.texts(page, ".arch-cards__subtitle") == ["What we chose & why."]
    assert result.texts(page, ".arch-card__title") == ["Use Kafka"]


def test_an_index_page_the_author_wrote_is_used(site: Site, urls: Urls) -> None:
    site.page("architecture/a.md", design("A"))
    site.page(
        "architecture/index.md", "# Our Systems\n\nHand-written intro.\n\n<!-- arch-cards -->\n"
    )
    result = site.build(strict=True)
    page = "architecture/index.html"
    assert result.texts(page, "h1") == ["Our Systems"]
    assert result.texts(page, ".arch-card__title") == ["A"]


def test_templates_in_custom_dir_override_the_card(site: Site, urls: Urls) -> None:
    site.extra = {"theme": {"name": "material", "font": False, "custom_dir": "overrides"}}
    (site.root / "overrides/arch-cards").mkdir(parents=True)
    (site.root / "overrides/arch-cards/card.html").write_text(
        '<article class="card mine">{{ card.title }} / {{ card.category }}</article>\n',
        encoding="utf-8",
    )
    site.page("architecture/a.md", design("A <1>", category="Data"))
    result = site.build(strict=True)
    assert result.texts("architecture/index.html", ".mine") == ["A <1> / Data"]


def test_a_caller_that_skips_the_startup_event_still_builds(site: Site) -> None:
    # Tools that drive MkDocs' API (build(load_config(...))) do not send on_startup.
    site.page("architecture/a.md", design("Alpha"))
    result = site.build(startup=False)
    assert result.warnings == []
    assert result.engine_warnings == []
    assert "Alpha" in result.html("architecture/index.html")


@pytest.mark.parametrize(
    ("options", "line"),
    [
        (
            {"tag_page": "architecture/tags/{0}.md"},
            "tag_page: expected a path with '{slug}' once and no other braces,"
            " e.g. 'architecture/tags/{slug}.md', got string 'architecture/tags/{0}.md'",
        ),
        (
            {"categories_page": "../categories.md"},
            "categories_page: expected a path relative to docs_dir, without '..',"
            " ending in '.md', e.g. 'architecture/x.md', got string '../categories.md'",
        ),
        (
            {"related": -1},
            "related: expected a whole number, 0 or more, got number -1",
        ),
        (
            {"strings": {"problm": "Why we built it"}},
            "strings: problm: unknown key; the nearest is 'problem'",
        ),
    ],
)
def test_a_wrong_option_is_one_line_in_the_build_and_in_check(
    site: Site, options: dict[str, object], line: str
) -> None:
    site.plugin = options
    site.page("architecture/a.md", design("A"))
    result = site.build_fails(strict=False)
    assert result.warnings == []
    name, said = line.split(": ", 1)
    assert result.engine_warnings == [
        f"ERROR mkdocs.config: Config value 'plugins': Plugin 'arch-cards' option '{name}': {said}"
    ]
    command = [sys.executable, "-m", "mkdocs_arch_cards.cli", "check"]
    checked = subprocess.run(command, cwd=site.root, capture_output=True, text=True, check=False)
    assert checked.returncode == 2
    assert checked.stderr.splitlines() == [
        f"arch-cards: the plugin's options in mkdocs.yml: {line}"
    ]


def test_markers_in_paragraphs_are_reported_each_on_its_own_line(site: Site) -> None:
    site.page("architecture/a.md", design("A"))
    unclosed = "<!-- arch-cards " * 5_000  # the old pattern took seconds on each page
    site.page(
        "index.md",
        "# Home\n\nSee <!-- arch-cards --> here.\n\nAnd <!-- arch-cards --> there.\n\n"
        f'<!-- arch-cards view="tags" -->\n\n{unclosed}\n',
    )
    result = site.build_fails()
    assert result.warnings == [
        "index.md:3: arch-cards: a marker inside a paragraph is left as it is"
        " — put it on a line of its own",
        "index.md:5: arch-cards: a marker inside a paragraph is left as it is"
        " — put it on a line of its own",
    ]
    assert len(result.soup("index.html").select(".arch-tags, .md-typeset .md-tag")) > 0


def test_a_retired_status_cannot_break_out_of_the_grid_marker(site: Site, urls: Urls) -> None:
    name = "x --><script>alert(1)</script>"
    site.plugin = {
        "statuses": {
            "accepted": None,
            name: {"label": "Old <img src=x onerror=alert(2)>", "retired": True},
        },
    }
    site.page("architecture/a.md", design("Current", status="accepted"))
    site.page("architecture/b.md", design("Gone", status=name))
    result = site.build(strict=True)
    page = "architecture/index.html"
    soup = result.soup(page)
    assert soup.select("script:-soup-contains('alert'), img[onerror]") == []
    titles = [
        [t.get_text(strip=True) for t in grid.select(".arch-card__title")]
        for grid in soup.select(".arch-cards")
    ]
    assert titles == [["Current"], ["Gone"]]
    assert result.texts(page, "h2")[-1:] == ["Old <img src=x onerror=alert(2)> designs"]
    assert result.warnings == []
