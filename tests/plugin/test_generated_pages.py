"""The pages the plugin makes, next to the pages an author already has: real builds."""

from __future__ import annotations

import json
import logging

import pytest

from mkdocs_arch_cards.core.designs import Settings
from mkdocs_arch_cards.core.options import load_options
from tests.conftest import MATERIAL, PLUGIN_LOGGER, Result, Site, Urls
from tests.helpers import design

README = "# Decisions\n\nWe record every decision that shapes the system.\n"


def infos(caplog: pytest.LogCaptureFixture) -> list[str]:
    """The plugin's INFO lines, without the logger's prefix."""
    return [
        r.getMessage().removeprefix("mkdocs_arch_cards: ")
        for r in caplog.records
        if r.name.startswith(PLUGIN_LOGGER) and r.levelno == logging.INFO
    ]


def nav(result: Result, page: str = "architecture/index.html") -> list[str]:
    """The titles of the primary navigation's links, as a reader sees them."""
    return result.texts(page, ".md-nav--primary .md-nav__link")


def search_locations(result: Result) -> list[str]:
    index = json.loads((result.site_dir / "search/search_index.json").read_text("utf-8"))
    return [doc["location"] for doc in index["docs"] if "#" not in doc["location"]]


@pytest.mark.parametrize("name", ["README.md", "index.md"])
def test_a_readme_at_the_index_url_keeps_its_text_and_gets_the_grid(
    site: Site, urls: Urls, caplog: pytest.LogCaptureFixture, name: str
) -> None:
    site.page("architecture/a.md", design("Alpha"))
    site.page(f"architecture/{name}", README)
    with caplog.at_level(logging.INFO, logger=PLUGIN_LOGGER):
        result = site.build(strict=True)
    assert result.warnings == []
    assert infos(caplog) == [
        f"architecture/{name}: is where the plugin makes the grid of every design (`index`):"
        " kept, with that added at its end; to place it elsewhere, write"
        ' `<!-- arch-cards filters="on" -->` there'
    ]
    page = "architecture/index.html"
    assert result.texts(page, "h1") == ["Decisions"]
    assert result.texts(page, ".md-content p")[0] == (
        "We record every decision that shapes the system."
    )
    assert result.texts(page, ".arch-card__title") == ["Alpha"]
    # One page at the URL: in the nav, and in the search index.
    assert nav(result).count("Decisions") == 1
    grid_url = urls.pick("architecture/", "architecture/index.html")
    assert search_locations(result).count(grid_url) == 1


def test_a_readme_with_a_marker_is_used_as_written_and_nothing_is_said(
    site: Site, urls: Urls, caplog: pytest.LogCaptureFixture
) -> None:
    site.page("architecture/a.md", design("Alpha"))
    site.page("architecture/README.md", README + '\n<!-- arch-cards filters="on" -->\n\nThe end.\n')
    with caplog.at_level(logging.INFO, logger=PLUGIN_LOGGER):
        result = site.build(strict=True)
    assert (result.warnings, infos(caplog)) == ([], [])
    assert result.texts("architecture/index.html", ".md-content p")[-1] == "The end."
    assert len(result.soup("architecture/index.html").select(".arch-cards")) == 1


def test_a_design_at_the_index_url_is_the_one_loss_reported(site: Site, urls: Urls) -> None:
    site.page("architecture/a.md", design("Alpha"))
    site.page("architecture/README.md", design("Misplaced"))
    result = site.build()
    assert result.warnings == [
        "architecture/README.md:1: file: is where the plugin makes the grid of every design"
        " (`index`): it is not read as a design, and has no card — move the design elsewhere,"
        " or set `index` to another path"
    ]
    assert result.texts("architecture/index.html", ".arch-card__title") == ["Alpha"]
    assert result.texts("architecture/index.html", "h1") == ["Misplaced"]


def test_a_page_of_the_authors_at_a_tag_pages_url_gets_its_cards(
    site: Site, urls: Urls, caplog: pytest.LogCaptureFixture
) -> None:
    site.page("architecture/a.md", design("Alpha", tags=["Kafka"]))
    site.page("architecture/tags/kafka.md", "# Kafka here\n\nHow we run Kafka.\n")
    with caplog.at_level(logging.INFO, logger=PLUGIN_LOGGER):
        result = site.build(strict=True)
    assert result.warnings == []
    assert [i.split(":")[0] for i in infos(caplog)] == ["architecture/tags/kafka.md"]
    page = urls.html("architecture/tags/kafka.md")
    assert result.texts(page, "h1") == ["Kafka here"]
    assert result.texts(page, ".arch-card__title") == ["Alpha"]


def test_no_tags_or_categories_page_without_a_tag_or_a_category(site: Site, urls: Urls) -> None:
    site.plugin = {"required": []}
    site.page("architecture/a.md", design("Alpha", tags=None, category=None))
    result = site.build(strict=True)
    assert not (result.site_dir / "architecture/tags").exists()
    assert not (result.site_dir / urls.html("architecture/categories.md")).exists()
    assert nav(result) == ["Architecture", "Architecture", "Alpha"]


def test_tags_and_categories_pages_join_the_nav_when_they_have_content(
    site: Site, urls: Urls, caplog: pytest.LogCaptureFixture
) -> None:
    site.page("architecture/a.md", design("Alpha", tags=["Kafka"]))
    with caplog.at_level(logging.INFO, logger=PLUGIN_LOGGER):
        result = site.build(strict=True)
    assert infos(caplog) == []  # nothing to say about a site without pages of its own there
    assert nav(result) == ["Architecture", "Architecture", "Alpha", "Categories", "Tags", "Tags"]
    assert result.texts(urls.html("architecture/tags/kafka.md"), "h1") == ["Kafka"]


@pytest.mark.parametrize(
    ("options", "pages"),
    [
        ({}, ("architecture/tags/{slug}.md", "architecture/tags/index.md")),
        ({"index": "index.md"}, ("tags/{slug}.md", "tags/index.md")),
        ({"index": "adr/README.md"}, ("adr/tags/{slug}.md", "adr/tags/index.md")),
        (
            {"index": "adr/index.md", "tags_page": "all-tags.md"},
            ("adr/tags/{slug}.md", "all-tags.md"),
        ),
    ],
)
def test_page_options_default_to_the_index_folder(
    options: dict[str, str], pages: tuple[str, str]
) -> None:
    settings = Settings.from_options(load_options(options).options)
    assert (settings.tag_page, settings.tags_page) == pages
    folder = pages[0].removesuffix("tags/{slug}.md")
    assert (settings.categories_page, settings.review_page) == (
        f"{folder}categories.md",
        f"{folder}review.md",
    )


def test_generated_pages_follow_the_index(site: Site, urls: Urls) -> None:
    site.plugin = {"index": "decisions/index.md", "designs": ["decisions/**/*.md"]}
    site.page("decisions/a.md", design("Alpha", tags=["Kafka"]))
    result = site.build(strict=True)
    for page in ("index", "tags/index", "tags/kafka", "categories"):
        assert (result.site_dir / urls.html(f"decisions/{page}.md")).is_file(), page
    assert not (result.site_dir / "architecture").exists()


def test_an_explicit_page_option_wins_over_the_index_folder(site: Site, urls: Urls) -> None:
    site.plugin = {
        "index": "decisions/README.md",
        "designs": ["decisions/**/*.md"],
        "categories_page": "areas.md",
    }
    site.page("decisions/a.md", design("Alpha", tags=["Kafka"]))
    result = site.build(strict=True)
    assert result.texts(urls.html("areas.md"), "h1") == ["Categories"]
    assert result.texts("decisions/tags/index.html", "h1") == ["Tags"]
    assert result.texts("decisions/index.html", ".arch-card__title") == ["Alpha"]


UNICODE_TAGS = ["🚀", "كافكا", "קפקא", "हिन्दी", "Cafe\u0301"]
TAG_NAV = ["architecture/tags/rocket.md", "architecture/tags/كافكا.md"]


def test_emoji_rtl_and_combining_marks_show_as_written_on_every_generated_page(
    site: Site,
    urls: Urls,
) -> None:
    site.plugin = {"title": "Architecture 🏛️", "subtitle": "Décisions — قرارات"}
    site.extra = {
        "theme": {"name": "material", "font": False, "features": ["navigation.path"]},
        # Titles from the pages: the generated ones' front-matter, the design's own.
        "nav": [
            {"Home": "index.md"},
            {"Decisions": ["architecture/index.md", "architecture/a.md", *TAG_NAV]},
        ],
    }
    site.page("index.md", "# Home\n")
    site.page("architecture/a.md", design("שלום 👋", category="Données", tags=UNICODE_TAGS))
    site.page("architecture/b.md", design("B", category="DONNE\u0301ES", tags=["Café"]))
    result = site.build(strict=True)
    index = "architecture/index.html"
    assert result.texts(index, "h1") == ["Architecture 🏛️"]
    assert result.texts(index, "title") == ["Architecture 🏛️ - Test"]
    assert result.texts(index, ".arch-cards__subtitle") == ["Décisions — قرارات"]
    shown = ["Home", "Decisions", "Architecture 🏛️", "שלום 👋", "🚀", "كافكا"]
    assert nav(result, urls.html("architecture/tags/rocket.md")) == shown
    # Breadcrumbs (navigation.path) were Insiders-only before Material 9.7.
    breadcrumbs = ["Home", "Decisions"] if MATERIAL >= (9, 7) else []
    assert result.texts(urls.html("architecture/tags/rocket.md"), ".md-path__link") == breadcrumbs
    # One category however it is spelt, with both designs in it.
    categories = urls.html("architecture/categories.md")
    assert result.texts(categories, ".arch-category > h2") == ["Données"]
    assert sorted(result.texts(categories, ".arch-category__list a")) == ["B", "שלום 👋"]
    assert result.texts(index, "[data-facet='category']") == []  # one category: no choice
    assert "Café 2" in result.texts(index, "[data-facet='tags']")
    tags = {
        "rocket": "🚀",
        "كافكا": "كافكا",
        "קפקא": "קפקא",
        "हिन्दी": "हिन्दी",
        "cafe": "Café",
    }
    for slug, label in tags.items():
        page = urls.html(f"architecture/tags/{slug}.md")
        assert result.texts(page, "h1") == [label], slug
        assert result.texts(page, "title") == [f"{label} - Test"], slug
    cafe = urls.html("architecture/tags/cafe.md")
    assert sorted(result.texts(cafe, ".arch-card__title")) == ["B", "שלום 👋"]
    listed = result.texts("architecture/tags/index.html", ".arch-tags .md-tag")
    assert sorted(listed) == sorted(tags.values())
    header = result.texts(urls.html("architecture/a.md"), ".md-content .md-tag")
    assert header == ["🚀", "كافكا", "קפקא", "हिन्दी", "Café"]


def test_the_unicode_slug_style_keeps_accents(site: Site, urls: Urls) -> None:
    site.plugin = {"slugify": "unicode"}
    site.page("architecture/a.md", design("A", category="Données", tags=["Café"]))
    result = site.build(strict=True)
    assert result.texts(urls.html("architecture/tags/café.md"), "h1") == ["Café"]
    ids = [h["id"] for h in result.soup(urls.html("architecture/categories.md")).select("h2[id]")]
    assert ids == ["données"]
