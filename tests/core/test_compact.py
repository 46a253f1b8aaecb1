from __future__ import annotations

import json

import pytest

from mkdocs_arch_cards.core.catalog import Settings, Source, load_catalog
from mkdocs_arch_cards.core.compact import filter_bar, grid_tags, rest_of
from mkdocs_arch_cards.core.options import Options
from mkdocs_arch_cards.core.registry import registry_of
from mkdocs_arch_cards.core.render import Renderer
from tests.helpers import design


@pytest.mark.parametrize(
    "title",
    ["</script><b>x</b>", "<!-- a", "a & b > c", "שלום 👋 \u2028 \u202e"],
)
def test_no_text_can_end_or_open_markup_in_the_data(title: str) -> None:
    catalog, _ = load_catalog([Source("a.md", design(title), "a/")], Settings())
    cards = [Renderer().card(catalog.designs[0], catalog)]
    rest = rest_of(cards, grid_tags(catalog.designs), "h2", False, 8)
    assert not {"<", ">", "&"} & set(rest.data)
    assert json.loads(rest.data)["cards"][0]["t"] == title


def test_the_data_names_tags_categories_and_statuses_by_index() -> None:
    sources = [
        Source("a.md", design("A", tags=["Go", "Kafka"], status="Accepted"), "a/"),
        Source("b.md", design("B", category="Security", tags=["Rust"]), "b/"),
    ]
    catalog, _ = load_catalog(sources, Settings())
    tags = grid_tags(catalog.designs)
    assert [t.label for t in tags] == ["Go", "Kafka", "Rust"]
    cards = [Renderer().card(d, catalog) for d in catalog.designs]
    data = json.loads(rest_of(cards, tags, "h3", True, 8).data)
    rows = {row["t"]: row for row in data["cards"]}
    assert rows["A"]["g"] == [0, 1] and rows["B"]["g"] == [2]
    assert data["category"][rows["B"]["c"]] == "security"
    assert data["status"][rows["A"]["x"]] == ["accepted", 0]
    assert "x" not in rows["B"] and data["heading"] == "h3" and data["filters"] is True


def test_facets_follow_the_registry_then_the_count_then_the_name() -> None:
    registry = registry_of(
        Options.model_validate(
            {
                "categories": [{"name": "Security"}, {"name": "Data"}],
                "statuses": {"proposed": {}, "accepted": {}},
                "unknown_statuses": "allow",
            }
        )
    )
    rows = [
        ("A", "Data", "Accepted"),
        ("B", "Data", "Accepted"),
        ("C", "Edge", "Junk"),  # neither is in the registry: data all the same, after
        ("D", "Security", "Proposed"),
        ("E", "Apps", "Accepted"),
        ("F", "Edge", "Zany"),
        ("G", "Edge", "Zany"),
    ]
    sources = [Source(f"{t}.md", design(t, category=c, status=s), f"{t}/") for t, c, s in rows]
    catalog, _ = load_catalog(sources, Settings(), registry)
    bar = filter_bar(catalog.designs, grid_tags(catalog.designs), catalog.registry)
    assert [(f.label, f.count) for f in bar.categories] == [
        ("Security", 1),
        ("Data", 2),
        ("Edge", 3),
        ("Apps", 1),
    ]
    assert [(f.value, f.count) for f in bar.statuses] == [
        ("proposed", 1),
        ("accepted", 3),
        ("zany", 2),
        ("junk", 1),
    ]
