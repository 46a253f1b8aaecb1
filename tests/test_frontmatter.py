from __future__ import annotations

import pytest

from mkdocs_arch_cards.frontmatter import read_page, strip_front_matter


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


def test_strip_front_matter() -> None:
    assert strip_front_matter("---\nbad: [\n---\n\nBody\n") == "Body\n"
    assert strip_front_matter("Body\n") == "Body\n"
