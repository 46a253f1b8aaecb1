"""Markers speak the filter bar's language in a real build: op, text, aliases, `!`."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from tests.helpers import design
from tests.query_site import DESIGNS, PATHS, PLUGIN

if TYPE_CHECKING:
    from tests.conftest import Site, Urls


@pytest.mark.parametrize("directory_urls", [True, False])
def test_a_marker_with_op_text_and_exclusions_shows_its_designs(
    site: Site, directory_urls: bool
) -> None:
    site.plugin = PLUGIN
    site.extra = {"use_directory_urls": directory_urls}
    for letter, text in DESIGNS.items():
        site.page(PATHS[letter], text)
    site.page(
        "picks.md",
        "# Picks\n\n"
        '<!-- arch-cards tags="golang, K8S" op="and" -->\n\n'
        '<!-- arch-cards tags="go" status="!deprecated" text="EXACTLY once" -->\n\n'
        '<!-- arch-cards category="donnees, !données" op="AND" -->\n',
    )
    result = site.build()
    assert result.warnings == [
        'picks.md:7: arch-cards: op="AND" is not one of: or, and',
        "picks.md:7: arch-cards: no design matches this marker's filters"
        " — known categories: Données, Data, Security, Инфраструктура",
    ]
    page = "picks/index.html" if directory_urls else "picks.html"
    assert result.texts(page, ".arch-card__title") == ["Café Ordering", "Café Ordering"]


def test_cards_under_a_filter_bar_carry_their_names(site: Site) -> None:
    site.plugin = PLUGIN
    site.page(PATHS["A"], DESIGNS["A"])
    result = site.build(strict=True)
    assert result.warnings == []
    soup = result.soup("architecture/index.html")
    card, bar = soup.select_one(".arch-card"), soup.select_one(".arch-filter")
    assert card is not None and bar is not None
    # A card names its tags by their place in the bar, whose buttons carry each tag's names;
    # the bar names each category and status (a facet of one choice has no buttons).
    buttons = bar.select('button[data-facet="tags"]')
    tags = [
        json.loads(str(buttons[int(i)]["data-arch-names"])) for i in card["data-arch-tags"].split()
    ]
    assert sorted(name for names in tags for name in names) == [
        "cafe",
        "café",
        "go",
        "golang",
        "k8s",
        "kubernetes",
    ]
    assert json.loads(str(bar["data-arch-names"])) == {
        "category": {card["data-category"]: ["donnees", "données"]},
        "status": {card["data-status"]: ["accepted"]},
    }


def test_the_index_bar_filters_the_retired_section_too(site: Site, urls: Urls) -> None:
    site.page("architecture/a.md", design("Alpha", tags=["Go"], status="Accepted"))
    site.page("architecture/b.md", design("Beta", tags=["Rust"], status="Superseded"))
    result = site.build(strict=True)
    assert result.warnings == []
    soup = result.soup(urls.html("architecture/index.md"))
    bar = soup.select_one(".arch-filter")
    first, retired = soup.select(".arch-cards")
    assert bar is not None and bar["data-arch-filter"] == first["id"] == "arch-grid-1"
    assert retired["id"] == "arch-grid-2" and retired.has_attr("data-arch-joined")
    assert not first.has_attr("data-arch-joined")
    # The bar counts and offers every design the page shows; cards name the bar's tags.
    assert bar.select_one("[data-arch-result]").get_text() == "2 designs"
    statuses = [b["data-value"] for b in bar.select('button[data-facet="status"]')]
    assert statuses == ["accepted", "superseded"]
    tags = [b["data-value"] for b in bar.select('button[data-facet="tags"]')]
    assert tags == ["go", "rust"]
    assert retired.select_one(".arch-card")["data-arch-tags"] == "1"


def test_filters_above_without_a_bar_above_is_said(site: Site) -> None:
    site.page("architecture/a.md", design("Alpha"))
    site.page("picks.md", '# Picks\n\n<!-- arch-cards filters="above" -->\n')
    result = site.build()
    assert result.warnings == [
        'picks.md:3: arch-cards: filters="above" has no grid with filters="on" above it'
    ]
    assert result.texts("picks/index.html", ".arch-card__title") == ["Alpha"]


@pytest.mark.parametrize(
    ("index", "home"),
    [
        ("", True),
        ("# Ours\n\n<!-- arch-cards -->\n", False),
        ('# Ours\n\n<!-- arch-cards filters="on" -->\n', True),
        # Grouped by category or the tags overview: no bar is drawn, whatever `filters` says.
        ('# Ours\n\n<!-- arch-cards group="category" filters="on" -->\n', False),
        ('# Ours\n\n<!-- arch-cards view="tags" filters="on" -->\n', False),
    ],
)
def test_chips_are_sent_to_the_grid_page_only_when_it_has_a_bar(
    site: Site, urls: Urls, index: str, home: bool
) -> None:
    site.page("architecture/a.md", design("Alpha", tags=["Go"]))
    if index:
        site.page("architecture/index.md", index)
    result = site.build(strict=True)
    assert result.warnings == []
    header = result.soup(urls.html("architecture/a.md")).select_one(".arch-page")
    assert header is not None and header.has_attr("data-arch-grid-href") is home
    grid = result.soup(urls.html("architecture/tags/go.md")).select_one(".arch-cards")
    assert grid is not None and grid.has_attr("data-arch-grid-href") is home
