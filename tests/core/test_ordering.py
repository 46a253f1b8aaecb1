"""Natural sorting and record numbers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from mkdocs_arch_cards.core.ordering import natural_key, record_number

if TYPE_CHECKING:
    pass


@pytest.mark.parametrize(
    ("titles", "ordered"),
    [
        (["GEP-4152", "GEP-709", "GEP-91"], ["GEP-91", "GEP-709", "GEP-4152"]),
        (["ADR-0010", "adr-2", "ADR-0001"], ["ADR-0001", "adr-2", "ADR-0010"]),
        (["b", "A", "a10", "a9"], ["A", "a9", "a10", "b"]),
        (["v" + "9" * 5000, "v1"], ["v1", "v" + "9" * 5000]),  # no int() of 5,000 digits
    ],
)
def test_natural_key_orders_numbers_by_value(titles: list[str], ordered: list[str]) -> None:
    assert sorted(titles, key=natural_key) == ordered


@pytest.mark.parametrize(
    ("path", "title", "meta", "number"),
    [
        ("decisions/0007-use-kafka.md", "Use Kafka", {}, 7),
        ("keps/sig-network/1234-foo/README.md", "Foo", {}, 1234),
        ("keps/sig-network/foo/README.md", "Foo", {"kep-number": 1234}, 1234),
        ("keps/foo.md", "Foo", {"kep-number": "42"}, 42),
        ("decisions/use-kafka.md", "ADR-0012: Use Kafka", {}, 12),
        ("decisions/use-kafka.md", "GEP-709 Gateway", {}, 709),
        ("decisions/use-kafka.md", "1. Record architecture decisions", {}, 1),
        ("decisions/2024-03-01-use-kafka.md", "Use Kafka", {}, None),  # a date, no number
        ("decisions/20240301-use-kafka.md", "Use Kafka", {}, None),  # Log4brains' dates
        ("decisions/python.md", "Python 3 migration", {}, None),
        ("decisions/x.md", "2024 roadmap", {}, None),
    ],
)
def test_record_number(path: str, title: str, meta: dict[str, Any], number: int | None) -> None:
    assert record_number(path, title, meta) == number
