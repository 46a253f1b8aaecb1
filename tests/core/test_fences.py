"""Code fences: which are Mermaid, and the text Mermaid gets from each, in one pass."""

from __future__ import annotations

import re

import pytest

from mkdocs_arch_cards.core.fences import count_diagrams, mermaid_fences, outside, scan


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


def test_mermaid_fences_give_their_text_without_the_indent() -> None:
    body = "# A\n\n!!! note\n\n    ```mermaid\n    flowchart LR\n      A --> B\n    ```\n"
    assert list(mermaid_fences(body)) == [(4, "flowchart LR\n  A --> B")]


def test_an_unclosed_mermaid_fence_runs_to_the_end() -> None:
    assert list(mermaid_fences("```mermaid\npie\n")) == [(0, "pie")]


def test_lines_end_where_str_splitlines_ends_them() -> None:
    body = "a\x0cb\r\n```mermaid\u2028pie\n```\nc"
    assert list(mermaid_fences(body)) == [(2, "pie")]
    assert list(scan(body)) == [
        (0, "a", None),
        (1, "b", None),
        (2, "```mermaid", "mermaid"),
        (5, "c", None),
    ]


@pytest.mark.parametrize(
    ("body", "start", "lines"),
    [
        ("a\n```\nb\n```\nc\n", 0, [(0, "a", None), (1, "```", ""), (4, "c", None)]),
        ("a\n```\nb\n```\nc\n", 4, [(4, "c", None)]),
        ("a\n~~~ x\nb\n", 0, [(0, "a", None), (1, "~~~ x", " x")]),  # never closed
    ],
)
def test_scan_gives_lines_outside_fences_and_each_opener(
    body: str, start: int, lines: list[tuple[int, str, str | None]]
) -> None:
    assert list(scan(body, start)) == lines


@pytest.mark.parametrize(
    ("body", "indexes"),
    [
        ("## A\n```\n## B\n```\n## C\n", [0, 4]),  # not inside code
        ("```\n## B\n", []),  # a fence that never closes runs to the end
        ("x\n> ```\n## B\n> ```\n## C", [4]),
    ],
)
def test_outside_finds_lines_outside_fences(body: str, indexes: list[int]) -> None:
    assert list(outside(body, re.compile("\n## "))) == indexes
