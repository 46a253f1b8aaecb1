from __future__ import annotations

import datetime
from typing import Any

import pytest

from mkdocs_arch_cards.core.frontmatter import read_page
from mkdocs_arch_cards.core.model import DesignMeta, check_meta
from mkdocs_arch_cards.core.values import describe, plain, title_text

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


# Keys of published record formats, as their templates write them: never a near miss.
FORMAT_KEYS = (
    "reviewers: ['@alice']\napprovers: ['@bob']\nauthors: [Ana]\nowners: [team-a]\n"
    "deciders: [Ana, Ben]\ndecision-makers: [Ana]\nconsulted: [Cy]\ninformed: [Di]\n"
    "contact: ana@example.org\ncreation-date: 2021-01-01\nlast-updated: 2024-01-01\n"
    "see-also: ['/keps/sig-a/1-x']\ntracking-link: https://example.org/1\nreplaces: []\n"
    "kep-number: 1234\nowning-sig: sig-a\nparticipating-sigs: [sig-b]\nstage: alpha\n"
    "latest-milestone: v1.19\nmilestone: {alpha: v1.19}\nfeature-gates: []\n"
    "description: D\nicon: material/x\nhide: [toc]\ntemplate: t.html\nsearch: {boost: 2}\n"
    "subtitle: S\ncomments: true\nReviewer: x\ncreation_date: 2021-01-01\n"
)


@pytest.mark.parametrize(
    ("policy", "found"),
    [
        ("near", ["d.md:35: sumary: unknown field 'sumary' — did you mean 'summary'?"]),
        ("ignore", []),
        (
            "warn",
            [
                "d.md:5: reviewers: unknown field 'reviewers'"
                " — arch-cards does not read it: map it under `fields` to use it",
                "d.md:35: sumary: unknown field 'sumary' — did you mean 'summary'?",
                "d.md:36: colour: unknown field 'colour'"
                " — arch-cards does not read it: map it under `fields` to use it",
            ],
        ),
    ],
)
def test_unknown_keys_are_reported_as_the_option_says(policy: Any, found: list[str]) -> None:
    text = VALID + FORMAT_KEYS + "sumary: S\ncolour: red\n"
    page, _ = read_page("d.md", f"---\n{text}---\n")
    problems = [str(p) for p in check_meta(page, REQUIRED, unknown=policy)[1]]
    if policy == "warn":  # every format key is reported; these three stand for them all
        problems = [
            p for p in problems if p.split(":")[2].strip() in {"reviewers", "sumary", "colour"}
        ]
    assert problems == found


def test_a_key_the_site_maps_into_a_field_is_never_unknown() -> None:
    page, _ = read_page("d.md", f"---\n{VALID}sumary: S\ncolour: red\n---\n")
    for policy in ("near", "warn"):
        assert check_meta(page, REQUIRED, read={"sumary", "colour"}, unknown=policy)[1] == []


@pytest.mark.parametrize(
    ("front_matter", "supersedes", "superseded_by", "related"),
    [
        ("superseded_by: ''\nsupersedes: N/A\nrelated: ''\n", None, None, []),
        ("superseded_by: None\nsupersedes: '-'\nrelated: ~\n", None, None, []),
        (
            "superseded_by: TBD\nsupersedes: []\nrelated: [n/a, —, a.md]\n",
            [],
            None,
            ["-", "-", "a.md"],
        ),
        ("superseded_by: [new.md]\n", None, "new.md", []),
        ("superseded_by: ['', new.md]\n", None, "new.md", []),
        ("superseded_by: []\n", None, None, []),
    ],
)
def test_relations_that_say_none_name_no_page(
    front_matter: str, supersedes: Any, superseded_by: Any, related: list[str]
) -> None:
    page, _ = read_page("d.md", f"---\n{VALID}{front_matter}---\n")
    meta, problems = check_meta(page, REQUIRED)
    assert problems == []
    assert (meta.supersedes, meta.superseded_by, meta.related) == (
        supersedes,
        superseded_by,
        related,
    )


@pytest.mark.parametrize(
    ("front_matter", "message"),
    [
        (
            "supersedes: [a.md, 3]\n",
            "d.md:5: supersedes: item 2 must be a page path, e.g. old-design.md, got number 3",
        ),
        (
            "related:\n  - a.md\n  - {b: c}\n",
            "d.md:7: related: item 2 must be a page path, e.g. other-design.md, got mapping",
        ),
        (
            "superseded_by: [a.md, b.md]\n",
            "d.md:5: superseded_by: names 2 pages, but a design has one successor"
            " — keep the design that replaces this one: superseded_by: new-design.md",
        ),
    ],
)
def test_a_bad_item_in_a_list_of_pages_is_named_by_its_place(
    front_matter: str, message: str
) -> None:
    assert problems_of(VALID + front_matter) == [message]
    page, _ = read_page("d.md", f"---\n{VALID}{front_matter}---\n")
    if front_matter.startswith("supersedes"):
        assert check_meta(page, REQUIRED)[0].supersedes == ["a.md"]  # the good item is kept
