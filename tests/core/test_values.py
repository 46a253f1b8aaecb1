"""Values shown on cards: excerpts cut at a sentence."""

from __future__ import annotations

import pytest

from mkdocs_arch_cards.core.values import excerpt


@pytest.mark.parametrize(
    ("text", "limit", "cut"),
    [
        ("Short.", 300, "Short."),
        ("One e.g. two. Three four five six.", 20, "One e.g. two."),
        (
            'Chosen option: "Kafka", because it replays. And it scales well.',
            50,
            'Chosen option: "Kafka", because it replays.',
        ),
        (
            "Chosen option: Kafka, because it keeps a log",
            30,
            "Chosen option: Kafka…",
        ),
        ("word " * 20, 22, "word word word word…"),
    ],
)
def test_excerpt_ends_at_a_sentence_or_with_an_ellipsis(text: str, limit: int, cut: str) -> None:
    assert excerpt(text, limit) == cut
    assert len(excerpt(text, limit)) <= limit
