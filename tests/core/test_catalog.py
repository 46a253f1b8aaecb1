from __future__ import annotations

import re

import pytest

from mkdocs_arch_cards.core.catalog import Settings, Source, is_design, load_catalog
from mkdocs_arch_cards.core.options import load_options
from mkdocs_arch_cards.core.places import made_page
from mkdocs_arch_cards.core.registry import load_registry
from tests.helpers import design


def source(path: str, text: str) -> Source:
    return Source(path, text, path.removesuffix(".md") + "/")


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("architecture/orders.md", True),
        ("architecture/payments/ledger.md", True),
        ("architecture/index.md", False),
        ("guide/orders.md", False),
        ("architecture.md", False),
    ],
)
def test_default_pattern(path: str, expected: bool) -> None:
    assert is_design(path, Settings()) is expected


def test_patterns_can_exclude_pages() -> None:
    settings = Settings(designs=("designs/*.md", "!designs/draft-*.md"), index="designs/index.md")
    assert is_design("designs/a.md", settings)
    assert not is_design("designs/draft-a.md", settings)


def test_grid_order_is_order_then_title() -> None:
    catalog, _ = load_catalog(
        [
            source("architecture/c.md", design("charlie")),
            source("architecture/b.md", design("Bravo", order=2)),
            source("architecture/a.md", design("Alpha")),
            source("architecture/d.md", design("Delta", order=1)),
        ],
        Settings(),
    )
    assert [d.title for d in catalog.designs] == ["Delta", "Bravo", "Alpha", "charlie"]


def test_tag_spellings_merge_under_the_most_used_label() -> None:
    catalog, _ = load_catalog(
        [
            source("architecture/a.md", design("A", tags=["Apache Kafka", "Go"])),
            source("architecture/b.md", design("B", tags=["apache-kafka"])),
            source("architecture/c.md", design("C", tags=["Apache  Kafka", "apache kafka"])),
        ],
        Settings(),
    )
    assert [t.label for t in catalog.tags] == ["Apache Kafka", "Go"]
    assert [len(d.tags) for d in catalog.designs] == [2, 1, 1]


def test_title_falls_back_to_the_first_heading_then_the_file_name() -> None:
    catalog, _ = load_catalog(
        [
            source("architecture/a.md", design(None, body="# From Heading\n")),  # type: ignore[arg-type]
            source("architecture/order-flow.md", design(None, body="Text\n")),  # type: ignore[arg-type]
        ],
        Settings(),
    )
    assert [d.title for d in catalog.designs] == ["From Heading", "Order flow"]


@pytest.mark.parametrize(
    ("fields", "body", "diagram"),
    [
        ({}, "```mermaid\na\n```\n", 1),
        ({}, "No diagram.\n", None),
        ({"diagram": 2}, "```mermaid\na\n```\n```mermaid\nb\n```\n", 2),
        ({"diagram": False}, "```mermaid\na\n```\n", None),
    ],
)
def test_which_diagram_view_diagram_opens(
    fields: dict[str, object], body: str, diagram: int | None
) -> None:
    catalog, problems = load_catalog(
        [source("architecture/a.md", design(body=body, **fields))], Settings()
    )
    assert problems == []
    assert catalog.designs[0].diagram == diagram


def test_asking_for_a_diagram_the_page_lacks_is_reported() -> None:
    text = design(body="```mermaid\na\n```\n", diagram=3)
    catalog, problems = load_catalog([source("architecture/a.md", text)], Settings())
    assert [str(p) for p in problems] == [
        "architecture/a.md:7: diagram: asks for diagram 3, but the page has 1 Mermaid diagrams"
        " — use a number from 1 to the count, or delete the field"
    ]
    assert catalog.designs[0].diagram == 1  # still a link that works


def test_a_design_with_problems_still_gets_a_card() -> None:
    text = "---\ncategory: Data\nsummary: [not, text]\n---\n# Half Right\n"
    catalog, problems = load_catalog([source("architecture/a.md", text)], Settings())
    assert len(problems) == 2  # summary: wrong type; problem: missing
    (only,) = catalog.designs
    assert only.category is not None
    assert (only.title, only.category.name, only.summary) == ("Half Right", "Data", None)


@pytest.mark.parametrize(
    ("front_matter", "problem"),
    [
        ("[1, 2]: x\n", "front-matter: the YAML does not parse: found unhashable key"),
        ("tags: [[a], {b: 1}]\n", "tags: item 1 must be a non-empty string, got list"),
        ("title: {a: b}\n", "title: expected a non-empty string, got mapping"),
        ("diagram: 0\n", "diagram: expected a diagram number"),
        ("order: 1.5\n", "order: expected a whole number, got number 1.5"),
        ("tags: null\n", "tags: expected a list of strings, e.g. [Kafka, Go], got empty value"),
        ("title: !!binary aGVsbG8=\n", "title: expected a non-empty string, got bytes"),
        ("!!python/object:os.system x: 1\n", "YAML tags such as !!python/... are not read"),
        ('title: "unterminated\n', "front-matter: the YAML does not parse: found unexpected end"),
        ("\t- x\n", "indent with spaces, not tabs"),
    ],
)
def test_messy_front_matter_is_reported_never_raised(front_matter: str, problem: str) -> None:
    text = f"---\n{front_matter}---\n# Still A Card\n"
    catalog, problems = load_catalog([source("architecture/a.md", text)], Settings(required=()))
    assert len(problems) >= 1
    assert problem in str(problems[0])
    assert catalog.designs[0].title in ("Still A Card", "A")


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"tag_page": "architecture/tags/{0}.md"}, "tag_page: expected a path with '{slug}' once"),
        ({"tag_page": "architecture/tags/{tag}.md"}, "tag_page: expected a path with '{slug}'"),
        ({"tag_page": "architecture/tags/{slug.md"}, "tag_page: expected a path with '{slug}'"),
        ({"tag_page": "architecture/tags/x.md"}, "tag_page: expected a path with '{slug}' once"),
        ({"tag_page": "a/{slug}/{slug}.md"}, "tag_page: expected a path with '{slug}' once"),
        ({"tag_page": "a/{slug}.html"}, "tag_page: expected a path relative to docs_dir"),
        ({"index": "/architecture/index.md"}, "index: expected a path relative to docs_dir"),
        ({"tags_page": "../tags.md"}, "tags_page: expected a path relative to docs_dir"),
        ({"categories_page": "architecture/categories"}, "categories_page: expected a path"),
        ({"review_page": 3}, "review_page: expected a page path such as"),
        ({"designs": "architecture/*.md"}, "designs: expected a list of patterns"),
        ({"designs": [1]}, "designs: expected a list of patterns"),
        ({"related": -1}, "related: expected a whole number, 0 or more, got number -1"),
        ({"related": True}, "related: expected a whole number, 0 or more, got boolean true"),
        ({"review_after": -5}, "review_after: expected a whole number of days, 0 or more"),
        ({"tags_page": "architecture/index.md"}, "tags_page: expected a page other than index's"),
    ],
)
def test_a_wrong_option_is_one_line(options: dict[str, object], error: str) -> None:
    with pytest.raises(ValueError, match=re.escape(error)) as raised:
        load_options(options)
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize(
    ("path", "option"),
    [
        ("architecture/index.md", "index"),
        ("architecture/README.md", "index"),
        ("architecture/categories.md", "categories_page"),
        ("architecture/categories/index.md", "categories_page"),
        ("architecture/tags/index.md", "tags_page"),
        ("architecture/tags/kafka.md", "tag_page"),
        ("architecture/orders.md", None),
    ],
)
def test_pages_at_a_generated_pages_url_are_no_designs(path: str, option: str | None) -> None:
    assert made_page(path, Settings()) == option
    assert is_design(path, Settings()) is (option is None)


def test_status_keys_with_capitals_match_a_pages_status() -> None:
    registry = load_registry({"statuses": {"Accepted": None}})
    text = design("A", status="accepted")
    catalog, problems = load_catalog([source("architecture/a.md", text)], Settings(), registry)
    assert problems == []
    status = catalog.designs[0].status
    assert status is not None
    assert status.label == "Accepted"


def test_a_page_with_very_many_tags_is_warned_about_once() -> None:
    text = design("A", tags=[f"T{i}" for i in range(60)])
    catalog, problems = load_catalog([source("architecture/a.md", text)], Settings())
    assert [str(p) for p in problems] == [
        "architecture/a.md:6: tags: has 60 tags; cards show the first 8, the page itself all"
        " of them — keep the technologies that tell this design apart, most telling first"
    ]
    assert len(catalog.tags) == 60  # every tag keeps its page
