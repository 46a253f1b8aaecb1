from __future__ import annotations

import pytest

from mkdocs_arch_cards.core import yaml_reader
from mkdocs_arch_cards.core.frontmatter import decode, read_page, unreadable


def test_values_and_lines_of_keys_and_list_items() -> None:
    page, problems = read_page("a.md", "---\ntitle: A\ntags:\n  - Go\n  - Rust\n---\nBody\n")
    assert problems == []
    assert page.meta == {"title": "A", "tags": ["Go", "Rust"]}
    assert page.lines == {("title",): 2, ("tags",): 3, ("tags", 0): 4, ("tags", 1): 5}
    assert page.body == "Body\n"
    assert page.line_of("tags", 1) == 5
    assert page.line_of("summary") == 1


def test_yaml_that_does_not_parse_is_reported_with_its_line() -> None:
    page, problems = read_page("x/a.md", "---\ntitle: A\nsummary: Kafka: the bus\n---\n# A\n")
    assert page.yaml_broken
    assert page.meta == {}
    assert page.body == "# A\n"
    assert [str(p) for p in problems] == [
        "x/a.md:3: front-matter: the YAML does not parse: mapping values are not allowed here"
        " — a value that contains ': ' must be quoted, e.g. summary: \"Kafka: the bus\""
    ]


def test_front_matter_that_is_not_a_mapping_is_reported() -> None:
    page, problems = read_page("a.md", "---\n- one\n- two\n---\n")
    assert page.yaml_broken
    assert [str(p) for p in problems] == [
        "a.md:2: front-matter: expected a mapping of keys to values, got list"
    ]


def test_duplicate_keys_are_reported() -> None:
    page, problems = read_page("a.md", "---\ntitle: A\ntitle: B\n---\n")
    assert page.meta == {"title": "B"}
    assert [str(p) for p in problems] == [
        "a.md:3: title: appears twice (lines 2 and 3); MkDocs keeps the last — delete one of them"
    ]


@pytest.mark.parametrize(
    "text",
    ["# Just a body\n", "\ufeff---\ntitle: A\n---\n", "---\ntitle: A\n...\n"],
)
def test_pages_without_problems(text: str) -> None:
    assert read_page("a.md", text)[1] == []


def test_byte_order_mark_is_ignored() -> None:
    assert read_page("a.md", "\ufeff---\ntitle: A\n---\n")[0].meta == {"title": "A"}


BOMB = (
    "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
    "title: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
)


@pytest.mark.parametrize(
    ("front_matter", "expected"),
    [
        ("title: !!int x\n", "a.md:2: front-matter: the YAML does not parse: 'x' is not a valid"),
        ("x: 1\ny: !!bool maybe\n", "a.md:3: front-matter: the YAML does not parse: 'maybe' is"),
        ("x: !!float x\n", "a.md:2: front-matter: the YAML does not parse: 'x' is not a valid"),
        ("x: !!timestamp x\n", "a.md:2: front-matter: the YAML does not parse: 'x' is not a"),
        ("x: !!binary ÿ\n", "a.md:2: front-matter: the YAML does not parse: failed to convert"),
        ("x: !foo bar\n", "a.md:2: front-matter: the YAML does not parse: could not determine"),
        ("x: !!int " + "9" * 5000 + "\n", "a.md:2: front-matter: the YAML does not parse: '999"),
        ("\n\nx: [" * 1 + "[" * 1200 + "]" * 1200 + "]\n", "a.md:4: front-matter: the YAML does"),
        ("a: 1\n\nb: x\x00y\n", "a.md:4: front-matter: the YAML does not parse: control char"),
        ("a: 1\nb: x\x07y\n", "a.md:3: front-matter: the YAML does not parse: control character"),
        ("a: 1\nb: x\x9by\n", "a.md:3: front-matter: the YAML does not parse: control character"),
        ("? [a, b]\n: c\n", "a.md:2: front-matter: the YAML does not parse: found unhashable"),
    ],
)
def test_yaml_a_constructor_refuses_is_a_problem_with_its_line(
    front_matter: str, expected: str
) -> None:
    page, problems = read_page("a.md", f"---\n{front_matter}---\nBody\n")
    assert page.yaml_broken and page.meta == {} and page.body == "Body\n"
    assert len(problems) == 1
    assert str(problems[0]).startswith(expected)
    assert "\n" not in str(problems[0]) and len(str(problems[0])) < 400


@pytest.mark.parametrize(
    ("front_matter", "meta"),
    [
        # YAML would read these as dates had the day existed: the text stays, nothing breaks.
        ("creation-date: 2021-21-01\n", {"creation-date": "2021-21-01"}),
        ("date: 2024-02-30\n", {"date": "2024-02-30"}),
        ("x: 0000-01-01\n", {"x": "0000-01-01"}),
        ("x: 2024-02-30 10:00:00\n", {"x": "2024-02-30 10:00:00"}),
        ("x: !!timestamp 2024-13-01\n", {"x": "2024-13-01"}),
        ("x: !!binary aGk=\n", {"x": b"hi"}),
        # A merge key's override is what merge keys are for, not a duplicate.
        (
            "base: &b {t: A, u: B}\n<<: *b\nt: C\n",
            {"base": {"t": "A", "u": "B"}, "t": "C", "u": "B"},
        ),
        ("1: a\nnull: b\n", {1: "a", None: "b"}),
    ],
)
def test_values_yaml_reads_leniently_are_no_problem(front_matter: str, meta: dict) -> None:
    page, problems = read_page("a.md", f"---\n{front_matter}---\n")
    assert (page.meta, problems, page.yaml_broken) == (meta, [], False)


def test_keys_a_merge_brings_in_take_the_merge_line() -> None:
    page, _ = read_page("a.md", "---\nbase: &b {t: A, u: B}\n<<: *b\nt: C\n---\n")
    assert page.lines[("t",)] == 4
    assert page.line_of("u") == 3


def test_an_alias_bomb_is_read_without_expanding_it() -> None:
    page, problems = read_page("a.md", f"---\n{BOMB}---\n")
    assert problems == [] and page.line_of("title") == 6
    assert page.meta["title"][0] is page.meta["d"]  # shared, not copied 6,561 times


def test_without_libyaml_deep_nesting_is_refused_before_python_recurses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(yaml_reader, "_FAST", False)
    monkeypatch.setattr(yaml_reader, "_FastLoader", yaml_reader._LineLoader)
    deep = "---\ntitle: A\nx: " + "[" * 1200 + "]" * 1200 + "\n---\n"
    assert [str(p) for p in read_page("a.md", deep)[1]] == [
        "a.md:3: front-matter: the YAML does not parse: exceeded maximum nesting depth"
        " — nest fewer levels of lists and mappings"
    ]
    shallow = "---\nx: " + "[" * 50 + "]" * 50 + "\n---\n"
    value = read_page("a.md", shallow)[0].meta["x"]
    for _ in range(49):
        value = value[0]
    assert value == []


@pytest.mark.parametrize(
    ("data", "text", "problems"),
    [
        (b"---\r\ntitle: A\r\n---\r\nB\r\n", "---\ntitle: A\n---\nB\n", []),
        (b"\xef\xbb\xbfA\rB", "A\nB", []),
        (
            b"caf\xe9\n",
            "caf\ufffd\n",
            [
                "a.md:1: file: is not UTF-8 text (invalid continuation byte at byte 3)"
                " — save it as UTF-8"
            ],
        ),
    ],
)
def test_files_are_decoded_as_mkdocs_reads_them(
    data: bytes, text: str, problems: list[str]
) -> None:
    found = decode("a.md", data)
    assert (found[0], [str(p) for p in found[1]]) == (text, problems)


def test_an_unreadable_file_is_one_problem() -> None:
    problem = unreadable("a.md", FileNotFoundError(2, "No such file or directory"))
    assert str(problem) == (
        "a.md:1: file: cannot be read (No such file or directory); it is left out of the site"
        " — fix the file's permissions or the link it points to"
    )
