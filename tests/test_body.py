"""Text from a page's body: its first H1, first paragraph and Mermaid fences, in linear time."""

from __future__ import annotations

import pytest

from mkdocs_arch_cards.body import count_diagrams, first_heading, first_paragraph


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
