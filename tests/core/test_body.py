"""Text from a page's body: its first H1 and first paragraph, in linear time."""

from __future__ import annotations

import pytest

from mkdocs_arch_cards.core.body import first_heading, first_paragraph


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
        # A list item's continuation lines are the item's, lazy or indented, not a paragraph.
        ("- item one\n  continued here\n\nReal.\n", None, ("Real.", 3)),
        ("1. item\nlazy line\n\n    more of the item\n\nReal.\n", None, ("Real.", 5)),
        ("- item\n\n  two spaces end the list\n", None, ("two spaces end the list", 2)),
        # A record's metadata lines and its status section are no summary.
        ("Date: 2018-03-01\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n", None, ("Why.", 8)),
        # Another plugin's template syntax is rendered later, on the page only: not a summary.
        ("Latency is {{ sla.p99 }} ms.\n\n{% if x %}y{% endif %}\n\nPlain.\n", None, ("Plain.", 4)),
        # A section that starts with a list is read from its items.
        (
            "## Context\n\n* Orders are lost,\n  twice a week\n* audits fail\n\n## Next\n",
            "## Context",
            ("Orders are lost, twice a week; audits fail", 2),
        ),
        ("## Context\n\n- a\n\n## Decision\n\nText.\n", "## Decision", ("Text.", 6)),
        ("Use Kafka\n---------\n\nWhy.\n", "## use kafka", ("Why.", 3)),  # a setext H2
        # Reference links: defined anywhere on the page, in any case; undefined ones stay.
        (
            "Use [MathJax] and [TeX][t], not [KaTeX].\n\n[mathjax]: https://a.org\n[T]: b\n",
            None,
            ("Use MathJax and TeX, not [KaTeX].", 0),
        ),
    ],
)
def test_first_paragraph(body: str, under: str | None, found: tuple[str, int] | None) -> None:
    assert first_paragraph(body, under) == found


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
        ("[" * 20_000 + "a" + "]" * 20_000, "[" * 20_000 + "a" + "]" * 20_000),
        ("x" + "***a* " * 10_000, "x" + "**a " * 9_999 + "**a"),
        ("- a\n" + "  b\n" * 20_000 + "\nEnd.", "End."),  # at line 20,002
    ],
)
def test_hostile_paragraphs(body: str, text: str) -> None:
    found = first_paragraph(body)
    assert found is not None and found[0] == text


def test_a_hostile_section_search() -> None:
    body = "## x" + " " * 4_000 + "y\n\n" + "## *a\n\n" * 5_000 + "## Z { #z }\n\nFound.\n"
    assert first_paragraph(body, "## z") == ("Found.", 10_004)
