"""catalog.json: where it goes, and which file is an export of ours."""

from __future__ import annotations

import json

import pytest

from mkdocs_arch_cards.core.catalog import Catalog
from mkdocs_arch_cards.core.export import catalog_json, export_path, is_export


@pytest.mark.parametrize(
    ("option", "path"), [(None, "catalog.json"), ("", ""), ("a/b.json", "a/b.json")]
)
def test_the_export_goes_where_the_option_says(option: str | None, path: str) -> None:
    assert export_path(option) == path


@pytest.mark.parametrize(
    ("text", "ours"),
    [
        (catalog_json(Catalog(), None), True),
        (json.dumps({"version": 1, "designs": [], "tags": [], "mine": 1}), False),
        (json.dumps([1, 2]), False),
        ("{not json", False),
        ("", False),
    ],
)
def test_only_an_export_of_ours_is_rewritten(text: str, ours: bool) -> None:
    assert is_export(text) is ours
