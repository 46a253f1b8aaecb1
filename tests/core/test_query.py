"""The grid's one query language: the same terms from a marker and from a URL, one `matches`."""

from __future__ import annotations

from urllib.parse import parse_qs

import pytest

from mkdocs_arch_cards.core.catalog import Catalog, Settings, Source, load_catalog
from mkdocs_arch_cards.core.markers import parse_marker, select
from mkdocs_arch_cards.core.query import Query, Terms, fold, names_of
from mkdocs_arch_cards.core.registry import load_registry
from tests.query_site import DESIGNS, PATHS, PLUGIN, QUERIES


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    registry = load_registry(PLUGIN)
    sources = [Source(PATHS[k], text, PATHS[k][:-3] + "/") for k, text in DESIGNS.items()]
    found, problems = load_catalog(sources, Settings(), registry)
    assert problems == []
    return found


def letters(catalog: Catalog, designs: object) -> str:
    by_path = {path: letter for letter, path in PATHS.items()}
    return "".join(sorted(by_path[d.path] for d in designs))  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Apache  Kafka", "apache kafka"),
        (" apache-kafka ", "apache kafka"),
        ("Cafe\u0301", "café"),  # e + U+0301 is é
        ("CAFÉ", "café"),
        ("ΟΔΟΣ", "οδος"),  # a final sigma, as JavaScript's toLowerCase() writes it
        ("Straße", "straße"),  # lower(), not casefold(): toLowerCase() keeps ß
        ("İstanbul", "i\u0307stanbul"),
        ("a\u00a0b\u3000c\tD", "a b c d"),
        ("a\x1cb", "a\x1cb"),  # str.split() splits here; JavaScript's \s does not
        ("日本", "日本"),
        ("--", ""),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("values", "terms"),
    [
        (["Kafka", "!Java"], Terms(("kafka",), ("java",))),
        ([" ! Go ", "go", "GO"], Terms(("go",), ("go",))),
        (["!", "", " "], Terms()),
        (["C++", "!c-plus-plus"], Terms(("c++",), ("c plus plus",))),
    ],
)
def test_terms_parse(values: list[str], terms: Terms) -> None:
    assert Terms.parse(values) == terms


@pytest.mark.parametrize(
    ("terms", "names", "every", "allowed"),
    [
        (Terms(), set(), False, True),
        (Terms(("go", "java")), {"java"}, False, True),
        (Terms(("go", "java")), {"java"}, True, False),
        (Terms(("go", "java")), {"go", "java", "x"}, True, True),
        (Terms((), ("go",)), {"java"}, False, True),
        (Terms(("java",), ("go",)), {"go", "java"}, False, False),
        (Terms((), ("go",)), set(), True, True),
    ],
)
def test_terms_allow(terms: Terms, names: set[str], every: bool, allowed: bool) -> None:
    assert terms.allows(names, every) is allowed


@pytest.mark.parametrize(("search", "shown"), QUERIES)
def test_a_query_shows_these_designs(catalog: Catalog, search: str, shown: str) -> None:
    assert letters(catalog, Query.from_url(search).select(catalog)) == shown


@pytest.mark.parametrize(("search", "shown"), [q for q in QUERIES if "op=AND" not in q[0]])
def test_a_marker_is_the_same_query_as_the_url(catalog: Catalog, search: str, shown: str) -> None:
    args = " ".join(f'{name}="{values[0]}"' for name, values in parse_qs(search[1:]).items())
    marker, errors = parse_marker(args)
    assert errors == []
    assert marker.query == Query.from_url(search)
    assert letters(catalog, select(catalog, marker)) == shown


def test_a_marker_reports_an_op_it_does_not_know() -> None:
    marker, errors = parse_marker('tags="go, java" op="AND"')
    assert errors == ['op="AND" is not one of: or, and']
    assert marker.query == Query.from_url("?tags=go,java")


def test_every_design_matches_an_empty_query(catalog: Catalog) -> None:
    assert not Query()
    assert Query().select(catalog) == list(catalog.designs)


def test_select_agrees_with_matches_design_by_design(catalog: Catalog) -> None:
    """The tag index only narrows the candidates: it never changes the answer."""
    for search, _ in QUERIES:
        query = Query.from_url(search)
        assert query.select(catalog) == [d for d in catalog.designs if query.matches(d)]


def test_a_design_answers_to_every_name_of_its_tags(catalog: Catalog) -> None:
    cafe = catalog.by_path[PATHS["A"]]
    names = names_of(cafe)
    assert names.tags == {"café", "cafe", "go", "golang", "kubernetes", "k8s"}
    assert names.category == {"données", "donnees"}
    assert names.status == {"accepted"}


def test_a_tag_page_shows_the_designs_of_its_tag(catalog: Catalog) -> None:
    for tag in catalog.tags:
        assert Query.of([tag.slug]).select(catalog) == list(catalog.with_tag(tag))
