from __future__ import annotations

import pytest

from mkdocs_arch_cards.core.catalog import Settings, Source, load_catalog
from mkdocs_arch_cards.core.markers import Marker, parse_marker
from mkdocs_arch_cards.core.render import Renderer, relative_url
from tests.helpers import design


@pytest.mark.parametrize(
    ("target", "page_url", "href"),
    [
        ("architecture/orders/", "architecture/", "orders/"),
        ("architecture/orders/", "", "architecture/orders/"),
        ("architecture/orders/", "guide/writing/", "../../architecture/orders/"),
        ("architecture/", "architecture/", "./"),
        ("architecture/orders.html", "architecture/index.html", "orders.html"),
        ("architecture/orders.html", "index.html", "architecture/orders.html"),
        ("index.html", "architecture/orders.html", "../index.html"),
    ],
)
def test_relative_url(target: str, page_url: str, href: str) -> None:
    assert relative_url(target, page_url) == href


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


def test_every_value_is_escaped_in_a_card() -> None:
    text = design(
        'Q&A <Edge> "Gateway"',
        category="<b>Sec</b>",
        summary="<script>alert(1)</script>",
        tags=["C<>"],
    )
    catalog, _ = load_catalog([Source("architecture/a.md", text, "a/?x=1&y=<2>")], Settings())
    html = Renderer().grid(catalog.designs, catalog, "")
    assert "Q&amp;A &lt;Edge&gt; &#34;Gateway&#34;" in html
    assert "&lt;b&gt;Sec&lt;/b&gt;" in html
    assert "&lt;script&gt;" in html and "<script" not in html
    assert "C&lt;&gt;" in html
    assert 'href="a/?x=1&amp;y=&lt;2&gt;"' in html


def test_site_templates_override_the_packaged_ones(tmp_path: pytest.TempPathFactory) -> None:
    override = tmp_path / "arch-cards"  # type: ignore[operator]
    override.mkdir()
    (override / "card.html").write_text("<p class=mine>{{ card.title }}</p>", encoding="utf-8")
    catalog, _ = load_catalog([Source("architecture/a.md", design("A"), "a/")], Settings())
    assert "<p class=mine>A</p>" in Renderer(str(tmp_path)).grid(catalog.designs, catalog, "")
