"""Diagrams joined to the catalog: components, connections and the tags their labels name."""

from __future__ import annotations

import pytest

from mkdocs_arch_cards.core.graphs import Named, graph_of, names_in
from mkdocs_arch_cards.core.mermaid_js import MermaidParser, Parsed
from tests.core.test_diagrams import MERMAID_JS, needs_engine

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


# (diagram, components, first connection): what the pinned Mermaid's parse lists, by type.
PARSED = {
    "flowchart": (
        "flowchart LR\n  A[Orders API] -->|publishes| K[(Kafka)]",
        ["Orders API", "Kafka"],
        ("Orders API", "Kafka", "publishes"),
    ),
    "architecture": (
        "architecture-beta\n  group g(cloud)[Shop]\n  service db(database)[Postgres] in g\n"
        "  service api(server)[API] in g\n  db:L -- R:api",
        ["Shop", "Postgres", "API"],
        ("Postgres", "API", ""),
    ),
    "sequence": (
        "sequenceDiagram\n  participant A as Orders API\n  A->>Bob: hi\n"
        "  Note right of Bob: a note is no message\n  Bob-->>A: ok",
        ["Orders API", "Bob"],
        ("Orders API", "Bob", "hi"),
    ),
    "class": (
        "classDiagram\n  Animal <|-- Duck : is",
        ["Animal", "Duck"],
        ("Animal", "Duck", "is"),
    ),
    "er": (
        "erDiagram\n  CUSTOMER ||--o{ ORDER : places",
        ["CUSTOMER", "ORDER"],
        ("CUSTOMER", "ORDER", "places"),
    ),
    "state": ("stateDiagram-v2\n  [*] --> Still", [], None),  # none yet
    "pie": ('pie title Pets\n  "Dogs" : 386', [], None),
}


@needs_engine
@pytest.mark.parametrize("kind", PARSED)
def test_the_parse_lists_nodes_and_edges_of_these_types(kind: str) -> None:
    source, components, first = PARSED[kind]
    graph = graph_of(MermaidParser(MERMAID_JS).parse(source), NAMED)
    assert [c.label for c in graph.components] == components
    found = [(c.source, c.target, c.label) for c in graph.connections]
    assert found[:1] == ([first] if first else [])
