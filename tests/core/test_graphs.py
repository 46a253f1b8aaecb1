"""Diagrams joined to the catalog: components, connections and the tags their labels name."""

from __future__ import annotations

import pytest

from mkdocs_arch_cards.core.graphs import Named, graph_of, names_in
from mkdocs_arch_cards.core.mermaid_js import Parsed

NAMED = {
    "kafka": Named("kafka", "Kafka"),
    "go": Named("go", "Go"),
    "c++": Named("c++", "C++"),
    "apache kafka": Named("kafka", "Kafka"),
    "amazon web services": Named("aws", "AWS"),
}


@pytest.mark.parametrize(
    ("label", "names", "whole"),
    [
        ("Kafka", ["Kafka"], True),
        ("kafka", ["Kafka"], True),
        ("Apache-Kafka", ["Kafka"], True),  # an alias, folded as queries fold
        ("Order API (Go)", ["Go"], False),
        ("Kafka orders.events", ["Kafka"], False),
        ("Go and C++ workers", ["Go", "C++"], False),
        ("Amazon Web Services", ["AWS"], True),  # several words
        ("Kafka Kafka", ["Kafka"], False),  # once
        ("Gopher", [], False),  # whole words only
        ("Golang", [], False),
        ("", [], False),
    ],
)
def test_a_label_names_tags_as_whole_words(label: str, names: list[str], whole: bool) -> None:
    found = names_in(label, NAMED)
    assert [n.label for n in found] == names
    assert (len(found) == 1 and found[0].exact) is whole


@pytest.mark.parametrize(
    ("parsed", "components", "connections"),
    [
        (
            Parsed(
                True,
                "flowchart-v2",
                nodes=(("A", "Orders API"), ("K", "Kafka")),
                edges=(("A", "K", "publishes"),),
            ),
            ["Orders API", "Kafka"],
            [("Orders API", "Kafka", "publishes")],
        ),
        (  # a node without a label is its id; <br> is a space
            Parsed(
                True,
                "flowchart-v2",
                nodes=(("A", ""), ("B", "Worker<br/>pool")),
                edges=(("A", "B", ""),),
            ),
            ["A", "Worker pool"],
            [("A", "Worker pool", "")],
        ),
        (Parsed(True, "sequence"), [], []),  # a type whose parse lists nothing
        (Parsed(False, "Error", "Parse error"), [], []),
    ],
)
def test_a_diagrams_components_and_connections(
    parsed: Parsed, components: list[str], connections: list[tuple[str, str, str]]
) -> None:
    graph = graph_of(parsed, NAMED)
    assert [c.label for c in graph.components] == components
    assert [(c.source, c.target, c.label) for c in graph.connections] == connections
    assert bool(graph) is bool(components or connections)
