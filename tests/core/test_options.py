"""The options' one schema: declared once, documented once, every wrong value one line."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

import pytest

from mkdocs_arch_cards.core.designs import Settings
from mkdocs_arch_cards.core.options import OPTION_NAMES, Options, load_options, options_schema
from mkdocs_arch_cards.core.problems import OptionsError

REFERENCE = Path(__file__).parents[2] / "docs" / "reference" / "configuration.md"


def documented() -> list[str]:
    """The options the reference documents: its `### \\`name\\`` headings and page-table rows."""
    text = REFERENCE.read_text(encoding="utf-8")
    names = [n for h in re.findall(r"^### (.*)$", text, re.M) for n in re.findall(r"`(\w+)`", h)]
    return names + re.findall(r"^\| `(\w*(?:_page|index))` \|", text, re.M)


def test_the_reference_documents_exactly_the_schemas_options() -> None:
    assert sorted(documented()) == sorted(OPTION_NAMES)


def test_every_option_has_a_doc_line_and_says_what_it_expects() -> None:
    for name, info in Options.model_fields.items():
        assert info.description, name
        assert isinstance(info.json_schema_extra, dict) and info.json_schema_extra["expected"]


def test_settings_defaults_are_the_schemas() -> None:
    built = Settings.from_options(load_options({}).options)
    assert dataclasses.replace(built, today=Settings().today) == Settings(today=Settings().today)


def test_an_empty_option_is_unset_and_an_unknown_one_a_warning() -> None:
    loaded = load_options({"related": None, "requried": ["owner"], "title": "Decisions"})
    assert (loaded.options.related, loaded.options.title) == (5, "Decisions")
    assert loaded.warnings == (("requried", "Unrecognised configuration name: requried"),)


@pytest.mark.parametrize(
    ("raw", "line"),
    [
        (
            {"designs": "a/*.md"},
            "designs: expected a list of patterns, e.g. [architecture/**/*.md],"
            " got string 'a/*.md'",
        ),
        (
            {"index": "x.html"},
            "index: expected a path relative to docs_dir, without '..', ending"
            " in '.md', e.g. 'architecture/x.md', got string 'x.html'",
        ),
        ({"title": 5}, "title: expected text, got number 5"),
        ({"required": "owner"}, "required: expected a list of fields, from: title, category,"),
        ({"fields": {"summary": 3}}, "fields: summary: expected a front-matter key"),
        ({"tags": ["Go"]}, "tags: expected a mapping of tag names to their label,"),
        ({"unknown_tags": "no"}, "unknown_tags: expected one of: allow, warn, error, got string"),
        ({"categories": ["A", "a"]}, "categories: 'a' is listed twice"),
        (
            {"statuses": {"x": {"nav": 'a" onclick="b'}}},
            "statuses: x.nav: expected a status icon name such as 'superseded', 'archived',",
        ),
        (
            {"review_after": "30"},
            "review_after: expected a whole number of days, 0 or more, got string '30'",
        ),
        ({"related": 2.5}, "related: expected a whole number, 0 or more, got number 2.5"),
        ({"tag_page": "t/{name}.md"}, "tag_page: expected a path with '{slug}' once"),
        (
            {"review_page": "architecture/index.md"},
            "review_page: expected a page other than index's, got string 'architecture/index.md'",
        ),
        ({"slugify": "ascii"}, "slugify: expected one of: default, unicode, got string 'ascii'"),
        ({"export": ["x"]}, "export: expected a file path in the site, e.g. catalog.json, or ''"),
        ({"llms_txt": "../llms.txt"}, "llms_txt: expected a file path relative to the site,"),
        ({"llms_txt": "/llms.txt"}, "llms_txt: expected a file path relative to the site,"),
        ({"llms_txt": "agents/"}, "llms_txt: expected a file path relative to the site,"),
        ({"unknown_fields": 1}, "unknown_fields: expected one of: near, warn, ignore, got number"),
        ({"problems": "error"}, "problems: expected one of: warn, info, got string 'error'"),
        ({"sort": "age"}, "sort: expected one of: order, title, date, number, status, category"),
        ({"defaults": {"a/": {"x": 1}}}, "defaults: a/: x: a folder can give category, status,"),
        ({"skip_templates": "no"}, "skip_templates: expected true or false, got string 'no'"),
        ({"category_from_folder": 1}, "category_from_folder: expected true or false, got number"),
    ],
)
def test_a_wrong_option_is_one_line_naming_it(raw: dict[str, Any], line: str) -> None:
    with pytest.raises(OptionsError) as raised:
        load_options(raw)
    assert len(raised.value.errors) == 1
    assert str(raised.value).startswith(line)
    assert "\n" not in str(raised.value)


def test_every_wrong_option_is_said_at_once() -> None:
    with pytest.raises(OptionsError) as raised:
        load_options({"related": -1, "sort": "age", "tags": {"Go": {"color": "red;"}}})
    assert [name for name, _ in raised.value.errors] == ["tags", "related", "sort"]


def test_the_options_json_schema_lists_every_option_with_its_doc() -> None:
    found = options_schema()
    assert list(found["properties"]) == list(OPTION_NAMES)
    assert found["properties"]["related"]["default"] == 5
    assert found["additionalProperties"] is False
