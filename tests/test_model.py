from __future__ import annotations

from typing import Any

import pytest

from mkdocs_arch_cards.frontmatter import read_page
from mkdocs_arch_cards.model import DesignMeta, check_meta

REQUIRED = ("category", "summary", "problem")
VALID = "category: Data\nsummary: S\nproblem: P\n"


def problems_of(front_matter: str, required: tuple[str, ...] = REQUIRED) -> list[str]:
    page, found = read_page("d.md", f"---\n{front_matter}---\n")
    return [str(p) for p in found + check_meta(page, required)[1]]


def test_a_complete_design_has_no_problems() -> None:
    assert problems_of("title: A\ntags: [Go]\ndiagram: 2\norder: 3\n" + VALID) == []


@pytest.mark.parametrize(
    ("front_matter", "message"),
    [
        (
            "category: Data\nsummary: S\n",
            "d.md:1: problem: is required but missing (expected a non-empty string)"
            " — add `problem: ...` to the front-matter",
        ),
        (
            VALID + "tags: Kafka\n",
            "d.md:5: tags: expected a list of strings, e.g. [Kafka, Go], got string 'Kafka'"
            " — write a YAML list: tags: [Kafka]",
        ),
        (
            VALID + "title: 2048\n",
            'd.md:5: title: expected a non-empty string, got number 2048 — quote it: title: "2048"',
        ),
        (
            VALID + "tags:\n  - Go\n  - 3\n",
            "d.md:7: tags: item 2 must be a non-empty string, got number 3",
        ),
        (
            VALID + "diagram: true\n",
            "d.md:5: diagram: expected a diagram number (1 = the first Mermaid diagram on the"
            " page) or false, got boolean true",
        ),
        (
            VALID + "order: first\n",
            "d.md:5: order: expected a whole number, got string 'first'",
        ),
        (
            "category: Data\nsummary: ''\nproblem: P\n",
            "d.md:3: summary: expected a non-empty string, got string ''"
            " — give summary a value, or delete the line",
        ),
        (
            "category:\nsummary: S\nproblem: P\n",
            "d.md:2: category: is required but has no value (expected a non-empty string)"
            " — write category: <value>",
        ),
        (
            VALID + "sumary: S\n",
            "d.md:5: sumary: unknown field 'sumary' — did you mean 'summary'?",
        ),
    ],
)
def test_each_problem_says_where_and_what_was_expected(front_matter: str, message: str) -> None:
    assert problems_of(front_matter) == [message]


def test_all_problems_of_a_page_come_in_one_pass() -> None:
    found = problems_of("title: 1\ntags: Go\n")
    assert [p.split(": ")[1] for p in found] == ["category", "problem", "summary", "title", "tags"]


def test_a_bad_tag_drops_that_tag_only() -> None:
    page, _ = read_page("d.md", "---\ntags: [Go, 3, Rust]\n---\n")
    meta, _ = check_meta(page, ())
    assert meta.tags == ["Go", "Rust"]


def test_required_fields_follow_the_config() -> None:
    assert problems_of("title: A\n", required=()) == []
    assert problems_of(VALID, required=("title",))[0].startswith("d.md:1: title: is required")


def test_unrelated_keys_are_left_to_other_plugins() -> None:
    assert problems_of(VALID + "hide: [toc]\nsearch: {boost: 2}\ntemplate: x.html\n") == []


@pytest.mark.parametrize("value", ["  padded  ", "Kafka"])
def test_text_is_stripped(value: Any) -> None:
    assert DesignMeta.model_validate({"category": value}).category == value.strip()
