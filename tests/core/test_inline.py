"""Inline Markdown as a reader sees it: plain text and the first link."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from markdown import Markdown

from mkdocs_arch_cards.core.inline import first_link, plain

TRICKY = [
    "**d**urable and *a*b, `__init__` and __init__",
    "[x](<https://a.org/b_(y)>) and [y](z.md 'title') and ![i](p.png)",
    "***a* b** then *a **b*** and **a *b* c**",
    "<b>bold</b> <https://a.org> R&amp;D \\*not\\*",
    "Use [MathJax] and [TeX][t], not [KaTeX] or [x][nowhere].",
]


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("**d**urable and *a*b", "durable and ab"),
        ("`__init__` and __init__", "__init__ and init"),  # code is shown as written
        ("snake_case_name and 2*3*4", "snake_case_name and 234"),
        ("[x](<https://a.org/b_(y)>) and [y](z.md 'title')", "x and y"),
        ("[MathJax][1] and [TeX][] and [plain]", "MathJax and TeX and [plain]"),
        ("![logo](a.png) [![ci](b.svg)](ci) text", "text"),
        ("[a [b] c](x)", "a [b] c"),
        ("<b>bold</b> <https://a.org> <dev@a.org> a < b", "bold https://a.org dev@a.org a < b"),
        ("R&amp;D `&amp;` \\*not\\* \\`tick`", "R&D &amp; *not* `tick`"),
        ("an <!-- unclosed comment", "an <!-- unclosed comment"),
        ("***a* b** and *a **b***", "a b and a b"),  # a run of three closes one and two
        ("**d**urable, `obj.__init__()`, **bold** __init__", "durable, obj.__init__(), bold init"),
        ("[x](<https://en.wikipedia.org/wiki/A_(b)>) and _z_", "x and z"),
    ],
)
def test_inline_markdown_as_plain_text(markdown: str, text: str) -> None:
    assert plain(markdown) == text


@pytest.mark.parametrize(
    ("markdown", "text"),
    [("[MathJax]", "MathJax"), ("![MathJax]", ""), ("[a] [b][a] [c][]", "a b [c][]")],
)
def test_reference_links_at_the_end_of_the_text(markdown: str, text: str) -> None:
    assert plain(markdown, frozenset({"mathjax", "a"})) == text


@pytest.mark.parametrize("markdown", TRICKY)
def test_plain_text_is_what_python_markdown_renders(markdown: str) -> None:
    """The text a reader sees of the page Python-Markdown renders, definitions and all."""
    page = markdown + "\n\n[mathjax]: https://a.org\n[T]: https://b.org\n"
    rendered = BeautifulSoup(Markdown().convert(page), "html.parser").p
    assert rendered is not None
    expected = " ".join(rendered.get_text().split())
    assert plain(markdown, frozenset({"mathjax", "t"})) == expected


@pytest.mark.parametrize(
    ("markdown", "target"),
    [
        ("superseded by [ADR-0002](0002-use-pulsar.md)", "0002-use-pulsar.md"),
        ('[x](<decisions/a b.md> "t")', "decisions/a b.md"),
        ("![i](x.png) then [l](y.md#z)", "y.md#z"),
        ("no link [here]", None),
    ],
)
def test_first_link(markdown: str, target: str | None) -> None:
    assert first_link(markdown) == target
