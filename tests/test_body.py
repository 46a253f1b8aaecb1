"""Text from a page's body: its first H1, first paragraph and Mermaid fences, in linear time."""

from __future__ import annotations

import pytest

from mkdocs_arch_cards.body import count_diagrams, first_heading, first_paragraph
from mkdocs_arch_cards.inline import first_link, plain


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("```mermaid\na-->b\n```\n", 1),
        ("~~~ mermaid\na\n~~~\n\n```{.mermaid}\nb\n```\n", 2),
        ("```python\nx = 1\n```\n", 0),
        ("````markdown\n```mermaid\na\n```\n````\n", 0),  # an example inside another block
        ("!!! note\n\n    ```mermaid\n    a\n    ```\n", 1),  # nested in an admonition
        ("```mermaid\na\n```\n```mermaid\nb\n```\n", 2),
        ("```mermaidx\na\n```\n", 0),
    ],
)
def test_count_diagrams(body: str, count: int) -> None:
    assert count_diagrams(body) == count


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("# Order Pipeline\n", "Order Pipeline"),
        ("Intro\n\n# Order Pipeline #\n", "Order Pipeline"),
        ("# Order Pipeline { #top }\n", "Order Pipeline"),
        ("Order Pipeline\n==============\n", "Order Pipeline"),
        ("## Not a title\n", None),
        ("```\n# comment in code\n```\n", None),
    ],
)
def test_first_heading(body: str, title: str | None) -> None:
    assert first_heading(body) == title


@pytest.mark.parametrize(
    ("body", "under", "found"),
    [
        ("# T\n\nFirst *one*\nwraps.\n\nSecond.\n", None, ("First one wraps.", 2)),
        (
            "<!-- a\nnote -->\n- a list\n\n| a | table |\n\n![img](a.png)\nText.\n",
            None,
            ("Text.", 6),
        ),
        (
            "!!! note\n    Aside.\n\n```\ncode\n```\n\nProse [link](a.md).\n",
            None,
            ("Prose link.", 7),
        ),
        ("Intro.\n\n## Context\n\nWhy `we` did it.\n", "## context", ("Why we did it.", 4)),
        ("## Context\n\n## Decision\n\nText.\n", "## Context", None),
        ("Text.\n", "## Missing", None),
        ("Use Kafka\n=========\n\nWhy.\n", None, ("Why.", 3)),  # a setext heading
        ("[![ci](b.svg)](ci)\n\nR&amp;D <!-- note --> text.\n", None, ("R&D text.", 2)),
        ('=== "Go"\n\n    code\n\n/// note\nx\n///\n\nProse.\n', None, ("Prose.", 8)),
        ("## The *Context*\n\nWhy.\n", "## The Context", ("Why.", 2)),
    ],
)
def test_first_paragraph(body: str, under: str | None, found: tuple[str, int] | None) -> None:
    assert first_paragraph(body, under) == found


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
    ],
)
def test_inline_markdown_as_plain_text(markdown: str, text: str) -> None:
    assert plain(markdown) == text


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


# Hostile bodies at sizes where the old patterns took seconds to minutes (cubic or quadratic);
# now each reads in milliseconds. Timings live in bench/bench_pathological.py.
@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("# a" + " " * 4_000 + "b\n", "a b"),
        ("# " + "{" * 20_000 + "\n", "{" * 20_000),
        ("# a" + " #" * 20_000 + "\n", "a #" + " #" * 19_998),
    ],
)
def test_hostile_headings(body: str, title: str) -> None:
    assert first_heading(body) == title


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("*a " * 20_000, "*a " * 19_999 + "*a"),
        ("x" + "[" * 20_000, "x" + "[" * 20_000),
        ("x" + "![" * 20_000, "x" + "![" * 20_000),
        ("x " + "<a " * 20_000, "x " + "<a " * 19_999 + "<a"),
        ("x" + "[a](" * 20_000, "x" + "[a](" * 20_000),
        ("[" * 20_000 + "a" + "](b)" * 20_000, "a"),
    ],
)
def test_hostile_paragraphs(body: str, text: str) -> None:
    assert first_paragraph(body) == (text, 0)


def test_a_hostile_section_search() -> None:
    body = "## x" + " " * 4_000 + "y\n\n" + "## *a\n\n" * 5_000 + "## Z { #z }\n\nFound.\n"
    assert first_paragraph(body, "## z") == ("Found.", 10_004)
