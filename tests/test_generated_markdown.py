"""What the plugin writes into Markdown and markers stays a value: no break-out, no markup."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
import yaml

from mkdocs_arch_cards.core.markers import _find_markers, marker_value, parse_marker
from mkdocs_arch_cards.core.pages import _diagrams, _literal, _page, _yaml_string
from tests.helpers import design

if TYPE_CHECKING:
    from tests.conftest import Site

HOSTILE = 'x --><script>alert(1)</script>, "y" --!> & <!-- z'


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
    ("title", "shown"),
    [
        ("C++ & <b>Go</b>", "C&#43;&#43; &#38; &#60;b&#62;Go&#60;&#47;b&#62;"),
        ("*a* [l](javascript:x) {onclick=x}", None),
        (":smile: ==m== ~~s~~ ^^i^^ --", None),
        ("two\n\n---\nlines", None),
        ("日本 😀", "日本 😀"),
    ],
)
def test_a_generated_heading_is_literal(title: str, shown: str | None) -> None:
    written = _literal(title)
    assert "\n" not in written
    assert not set("*_[](){}<>&:=~^-`#!|\\") & set(written.replace("&#", "").replace(";", ""))
    if shown is not None:
        assert written == shown


@pytest.mark.parametrize(
    "title", ["😀 emoji", 'q"\\\t', "nel\x85 del\x7f ls\u2028", "bom\ufeff", "\x00\x1b[2J"]
)
def test_a_generated_title_is_yaml_that_reads_back(title: str) -> None:
    assert yaml.safe_load(f"title: {_yaml_string(title)}") == {"title": title}


def test_a_lone_surrogate_becomes_a_replacement_character() -> None:
    written = _yaml_string("a\ud800b")
    assert yaml.safe_load(f"title: {written}") == {"title": "a\ufffdb"}


def test_markers_and_diagrams_are_found_in_one_pass_on_hostile_pages() -> None:
    # Each took seconds with the old patterns (quadratic); a pytest timeout would catch a hang.
    assert list(_find_markers("<!-- arch-cards " * 20_000)) == []
    page = "<!-- arch-cards " * 20_000 + '<!-- arch-cards view="tags" -->'
    # As in HTML, the first comment runs to the first end: one marker, which parse_marker refuses.
    assert [(s, e) for s, e, _ in _find_markers(page)] == [(0, len(page))]
    assert list(_diagrams('<pre class="mermaid">' * 20_000)) == []
    assert list(_diagrams('<pre class="mermaid" ' * 20_000 + ">")) == []
    html = '<pre class="mermaid">' * 5_000 + "a</pre>" + '<div class="x mermaid y">b</div>'
    found = [html[start:end] for start, end in _diagrams(html)]
    assert found == [
        '<pre class="mermaid">' * 5_000 + "a</pre>",
        '<div class="x mermaid y">b</div>',
    ]


def test_a_retired_status_cannot_break_out_of_the_grid_marker(site: Site) -> None:
    name = "x --><script>alert(1)</script>"
    site.plugin = {
        "statuses": {
            "accepted": None,
            name: {"label": "Old <img src=x onerror=alert(2)>", "retired": True},
        },
    }
    site.page("architecture/a.md", design("Current", status="accepted"))
    site.page("architecture/b.md", design("Gone", status=name))
    result = site.build(strict=True)
    page = "architecture/index.html"
    soup = result.soup(page)
    assert soup.select("script:-soup-contains('alert'), img[onerror]") == []
    titles = [
        [t.get_text(strip=True) for t in grid.select(".arch-card__title")]
        for grid in soup.select(".arch-cards")
    ]
    assert titles == [["Current"], ["Gone"]]
    assert result.texts(page, "h2")[-1:] == ["Old <img src=x onerror=alert(2)> designs"]
    assert result.warnings == []


def test_a_subtitle_stays_one_line_of_html() -> None:
    text = _page("T", "a\n\n[x](javascript:alert(1)) *b*", 'view="tags"')
    assert '<p class="arch-cards__subtitle">a [x](javascript:alert(1)) *b*</p>\n' in text
