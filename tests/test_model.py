from __future__ import annotations

import datetime
from typing import Any

import pytest

from mkdocs_arch_cards.frontmatter import read_page
from mkdocs_arch_cards.model import DesignMeta, check_meta
from mkdocs_arch_cards.values import describe, plain, title_text

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


# Every YAML kind, as the value of every field: a problem at most, never an exception.
VALUES = [
    "''",
    "~",
    "0",
    "-1",
    "1.5e400",
    ".nan",
    "true",
    "2024-05-01",
    "2024-02-30",
    "2024-05-01 10:00:00+02:00",
    "[]",
    "{}",
    "[[a]]",
    "{a: {b: c}}",
    "!!binary aGk=",
    "!!set {a, b}",
    "!!omap [a: 1]",
    "!!pairs [a: 1, a: 2]",
    '"\\e[2J\\r\\n\\u202e\\0"',
    "x" * 5000,
    "[" * 500 + "]" * 500,
]


@pytest.mark.parametrize("field", sorted(DesignMeta.model_fields))
def test_any_value_in_any_field_is_a_problem_at_most(field: str) -> None:
    for value in VALUES:
        for line in problems_of(f"{field}: {value}\n", required=()):
            assert "\n" not in line and "\x1b" not in line and len(line) < 700, line


@pytest.mark.parametrize(
    ("front_matter", "message"),
    [
        (
            VALID + "date: 2024-02-30\n",
            "d.md:5: date: expected a date written YYYY-MM-DD, got string '2024-02-30'"
            " — there is no such day: write a date of the calendar, e.g. date: 2024-05-01",
        ),
        (
            VALID + "reviewed: 0000-01-01\n",
            "d.md:5: reviewed: expected a date written YYYY-MM-DD, got string '0000-01-01'"
            " — there is no such day: write a date of the calendar, e.g. reviewed: 2024-05-01",
        ),
        (
            VALID + "title: [<script>alert(1)</script>]\n",
            "d.md:5: title: expected a non-empty string, got list"
            ' — write it as text, in quotes if it holds [ ] { } or ": ": title: "..."',
        ),
        (
            VALID + "owner: " + "é" * 500 + "\n",
            None,
        ),
        (
            VALID + "order: " + "'" + "9" * 1000 + "'\n",
            "d.md:5: order: expected a whole number, got string '" + "9" * 58 + "…",
        ),
        (
            VALID + 'status: 7\nowner: "\\e[2J\\nforged: line"\ncreation-date: 2021-21-01\n',
            "d.md:5: status: expected a status name, e.g. accepted, got number 7"
            ' — quote it: status: "7"',
        ),
    ],
)
def test_odd_values_are_said_briefly(front_matter: str, message: str | None) -> None:
    assert problems_of(front_matter) == ([message] if message else [])


@pytest.mark.parametrize(
    ("value", "described", "text"),
    [
        ("Go", "string 'Go'", "Go"),
        ("x" * 100, "string '" + "x" * 58 + "…", "x" * 100),
        (b"<b>", "bytes b'<b>'", "<b>"),
        (2048, "number 2048", "2048"),
        pytest.param(
            10**5000,
            "number a number of thousands of digits",
            "a number of thousands of digits",
            id="an int past Python's limit on digits",
        ),
        (False, "boolean false", "false"),
        (datetime.date(2024, 5, 1), "date 2024-05-01", "2024-05-01"),
        (None, "empty value", ""),
        (["<i>", ["a", {"k": "v"}]], "list", "<i>, a, k, v"),
        ({"a": None, "b": [1, 2]}, "mapping", "a, b, 1, 2"),
        ({"b", "a"}, "set", "a, b"),
    ],
)
def test_values_are_described_and_written_out_in_bounded_text(
    value: Any, described: str, text: str
) -> None:
    assert (describe(value), plain(value)) == (described, text)


def test_an_alias_bomb_or_deep_nesting_is_written_out_in_bounded_work() -> None:
    bomb: list[Any] = ["<script>"]
    for _ in range(40):  # 2**40 leaves, as a few lines of YAML aliases make
        bomb = [bomb, bomb]
    assert plain(bomb).startswith("<script>, <script>, ")
    assert len(plain(bomb)) <= 200 and plain(bomb).endswith("…")
    deep: list[Any] = []
    for _ in range(100_000):
        deep = [deep]
    assert plain(deep) == "…"
    assert title_text(bomb).startswith("&lt;script&gt;, &lt;script&gt;")
    assert title_text("<b>A</b>") == "&lt;b&gt;A&lt;/b&gt;"
