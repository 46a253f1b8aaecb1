"""What the plugin writes into Markdown and markers stays a value: no break-out, no markup."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
import yaml

from mkdocs_arch_cards.core.markers import _find_markers
from mkdocs_arch_cards.core.pages import _diagrams, _literal, _page, _yaml_string, rebase_grid_hrefs

if TYPE_CHECKING:
    pass

HOSTILE = 'x --><script>alert(1)</script>, "y" --!> & <!-- z'


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


def test_a_subtitle_stays_one_line_of_html() -> None:
    text = _page("T", "a\n\n[x](javascript:alert(1)) *b*", 'view="tags"')
    assert '<p class="arch-cards__subtitle">a [x](javascript:alert(1)) *b*</p>\n' in text


@pytest.mark.parametrize(
    ("base", "page_url", "href", "rebased"),
    [
        ("architecture/", "architecture/a/", "./?tags=go", "../?tags=go"),
        ("architecture/", "architecture/a.html", "index.html?tags=go", "index.html?tags=go"),
        ("", "", "architecture/?tags=go", "architecture/?tags=go"),
        ("architecture/tags/", "architecture/tags/go/", "../?tags=go", "../../?tags=go"),
        ("architecture/tags/", "architecture/tags/go.html", "../index.html?x", "../index.html?x"),
    ],
)
def test_grid_links_move_from_the_source_folder_to_the_pages_url(
    base: str, page_url: str, href: str, rebased: str
) -> None:
    html = f'<a href="x" data-arch-grid-href="{href}">'
    assert (
        rebase_grid_hrefs(html, base, page_url) == f'<a href="x" data-arch-grid-href="{rebased}">'
    )
