"""Grid markers: what authors write, what the plugin writes, and which designs match."""

from __future__ import annotations

import pytest

from mkdocs_arch_cards.core.catalog import Settings, Source, load_catalog
from mkdocs_arch_cards.core.markers import Marker, marker_value, parse_marker, select
from tests.core.test_pages import HOSTILE
from tests.helpers import design


def source(path: str, text: str) -> Source:
    return Source(path, text, path.removesuffix(".md") + "/")


def test_select_by_category_and_tags() -> None:
    catalog, _ = load_catalog(
        [
            source("architecture/a.md", design("A", category="Data", tags=["Kafka"])),
            source("architecture/b.md", design("B", category="Security", tags=["Go"])),
            source("architecture/c.md", design("C", category="Data", tags=["Go", "Rust"])),
        ],
        Settings(),
    )

    def titles(**options: tuple[str, ...]) -> list[str]:
        return [d.title for d in select(catalog, Marker(**options))]  # type: ignore[arg-type]

    assert titles(category=("data",)) == ["A", "C"]
    assert titles(tags=("go",)) == ["B", "C"]
    assert titles(category=("Data",), tags=("GO",)) == ["C"]
    assert titles(tags=("!go",)) == ["A"]
    assert titles(category=("!security",), tags=("kafka", "rust")) == ["A", "C"]
    assert [c.name for c in catalog.categories] == ["Data", "Security"]


@pytest.mark.parametrize(
    "value", [HOSTILE, "superseded", "a, b", "!x", "R&amp;D", "line\nbreak", "-->", "😀 ü"]
)
def test_a_marker_value_reads_back_as_written(value: str) -> None:
    written = marker_value(value)
    assert not {"-", ">", '"', ",", "\n"} & set(written)
    marker, errors = parse_marker(f'status="{written}" category="{written}"')
    assert errors == []
    assert marker.status == marker.category == (value.strip(),)


def test_marker_values_that_authors_write_are_read_as_before() -> None:
    marker, errors = parse_marker('status="!superseded, !deprecated" filters="on"')
    assert (marker.status, marker.filters, errors) == (("!superseded", "!deprecated"), "on", [])


@pytest.mark.parametrize(
    ("args", "marker", "errors"),
    [
        ("", Marker(), []),
        (' category="Data Pipeline"', Marker(category=("Data Pipeline",)), []),
        (' tags="Kafka, Go" category="A,B"', Marker(category=("A", "B"), tags=("Kafka", "Go")), []),
        (' view="tags" sort="date"', Marker(view="tags", sort="date"), []),
        (
            ' sort="size"',
            Marker(),
            ['sort="size" is not one of: order, title, date, number, status, category'],
        ),
        (
            ' colour="red"',
            Marker(),
            [
                "unknown option 'colour' (known: view, category, tags, status, op, text, group,"
                " sort, filters)"
            ],
        ),
        (" category=Data", Marker(), ["cannot read 'category=Data': write name=\"value\""]),
    ],
)
def test_parse_marker(args: str, marker: Marker, errors: list[str]) -> None:
    assert parse_marker(args) == (marker, errors)


def test_a_mistake_repeated_in_a_marker_is_said_once() -> None:
    _, errors = parse_marker(' a=""' * 3000 + ' sort="size" sort="size" b=""')
    assert errors == [
        "unknown option 'a' (known: view, category, tags, status, op, text, group, sort, filters)",
        'sort="size" is not one of: order, title, date, number, status, category',
        "unknown option 'b' (known: view, category, tags, status, op, text, group, sort, filters)",
    ]
