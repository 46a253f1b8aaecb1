from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from mkdocs_arch_cards.core.catalog import Settings, Source, load_catalog
from mkdocs_arch_cards.core.render import Renderer
from tests.helpers import design


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


def test_a_card_is_rendered_once_and_linked_on_each_page(monkeypatch: pytest.MonkeyPatch) -> None:
    sources = [
        Source("architecture/a.md", design("A", tags=["Go", "Kafka"]), "architecture/a/"),
        Source("architecture/b.md", design("B", summary=None), "architecture/b/"),
    ]
    catalog, _ = load_catalog(sources, Settings())
    renderer = Renderer()
    renderer.twins = frozenset()  # every template through Jinja, so that render() sees each
    rendered: list[str] = []
    render = renderer.render
    monkeypatch.setattr(renderer, "render", lambda t, **c: rendered.append(t) or render(t, **c))
    pages = {
        "": ("architecture/a/", "architecture/tags/go/", "architecture/"),
        "architecture/tags/go/": ("../../a/", "./", "../../"),
        "guide.html": ("architecture/a/", "architecture/tags/go/", "architecture/"),
    }
    for page_url, (card, chip, grid) in pages.items():
        html = renderer.grid(catalog.designs, catalog, page_url)
        assert f'<a href="{card}">A</a>' in html
        assert f'data-arch-grid-href="{grid}"' in html
        assert f'href="{chip}" data-arch-tag="go"' in html
        assert "\ue000" not in html
    assert rendered.count("card.html") == 2
    assert rendered.count("grid.html") == 3


def test_an_overridden_card_may_carry_its_names_for_the_filter_bar(tmp_path: Path) -> None:
    override = tmp_path / "arch-cards"
    override.mkdir()
    card = "<article class=arch-card data-arch-names='{{ card.names | tojson }}'></article>"
    (override / "card.html").write_text(card, encoding="utf-8")
    text = design("A", category="Data Pipeline", tags=["Kafka"], status="Accepted")
    catalog, _ = load_catalog([Source("architecture/a.md", text, "a/")], Settings())
    html = Renderer(str(tmp_path)).grid(catalog.designs, catalog, "", filters=True)
    names = json.loads(
        BeautifulSoup(html, "html.parser").select_one(".arch-card")["data-arch-names"]
    )
    assert names == {
        "category": ["data pipeline"],
        "status": ["accepted"],
        "tags": ["kafka"],
    }
