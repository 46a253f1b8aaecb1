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
    card = result.soup("architecture/index.html").select_one(".arch-card")
    assert card is not None
    assert json.loads(str(card["data-arch-names"])) == {
        "category": ["donnees", "données"],
        "status": ["accepted"],
        "tags": ["cafe", "café", "go", "golang", "k8s", "kubernetes"],
    }
