"""Template placeholders in every form teams leave them."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from mkdocs_arch_cards.core.placeholders import (
    NEW_DESIGN,
    placeholder,
    stub_sentence,
    stub_sentences,
)

if TYPE_CHECKING:
    pass


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("{proposed | rejected | accepted}", True),
        ("[proposed | rejected | accepted | deprecated | … | superseded by [ADR-0005]]", True),
        ("[list everyone involved in the decision]", True),
        ("provisional|implementable|implemented|deferred|rejected|withdrawn|replaced", True),
        ("YYYY-MM-DD", True),
        ("<date>", True),
        ("accepted", False),
        ("superseded by [ADR-0005](0005-x.md)", False),
        ("[ADR-5][adr5]", False),
        ("<https://example.org>", False),
        ("<ana@example.org>", False),
        ("<i>Sec</i>", False),
        ("CI|CD", False),
        ("{{ macro }}", False),
        ("TBD", False),  # a value: "not decided yet" (a status TBD is an unknown status)
    ],
)
def test_placeholders_of_every_template_form(value: str, expected: bool) -> None:
    assert placeholder(value) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("One or two sentences on what the system does, for the card.", True),
        ("  one or two sentences on what the system\n does, for THE card. ", True),
        ("What was wrong before, and what this design changed.", True),
        ("What broke, for whom, and how badly. Figures help.", True),
        ("One or two sentences on what the ledger does, for the card.", False),
        ("What changed, in numbers: p99 from 2 s to 80 ms.", False),
        ("x" * 10_000, False),
        (42, False),
    ],
)
def test_the_sentences_arch_cards_new_writes_are_placeholders(
    value: object, expected: bool
) -> None:
    assert stub_sentence(value) is expected
    assert placeholder(value) is expected


def test_every_sentence_of_the_new_design_template_is_known() -> None:
    text = NEW_DESIGN.read_text(encoding="utf-8")
    sentences = [line.split(": ", 1)[-1] for line in text.splitlines() if line.endswith(".")]
    assert len(sentences) == len(stub_sentences()) == 6
    assert all(stub_sentence(sentence) for sentence in sentences)
    assert not stub_sentence("proposed")  # the template's status is a real value
