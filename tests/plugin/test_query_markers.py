"""Markers speak the filter bar's language in a real build: op, text, aliases, `!`."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from tests.query_site import DESIGNS, PATHS, PLUGIN

if TYPE_CHECKING:
    from tests.conftest import Site


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
