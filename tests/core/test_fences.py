"""Code fences: which are Mermaid, and the text Mermaid gets from each, in one pass."""

from __future__ import annotations

import pytest

from mkdocs_arch_cards.core.fences import count_diagrams, mermaid_fences


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
