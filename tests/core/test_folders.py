"""What folders give their pages: defaults and categories."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from mkdocs_arch_cards.core.catalog import Settings
from mkdocs_arch_cards.core.folders import folder_defaults
from tests.core.test_body_meta import read

if TYPE_CHECKING:
    pass


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("Security", "expected a mapping of folders to fields, e.g. {architecture/security/:"),
        ({"../x/": {"category": "X"}}, "../x/: expected a folder path relative to docs_dir"),
        ({"a/": "X"}, "a/: expected a mapping of fields to values, e.g. {category: Security}"),
        ({"a/": {"title": "X"}}, "a/: title: a folder can give category, status,"),
        ({"a/": {"tags": "Go"}}, "a/: tags: expected a list of tag names, e.g. [Kafka, Go], got"),
        ({"a/": {"category": ""}}, "a/: category: expected a non-empty string, got string ''"),
    ],
)
def test_a_wrong_folder_default_says_what_is_wrong(option: Any, message: str) -> None:
    with pytest.raises(ValueError) as error:
        folder_defaults(option)
    assert str(error.value).startswith(message)


def test_folders_give_their_pages_defaults_and_categories() -> None:
    settings = Settings(
        designs=("keps/**/README.md",),
        index="keps/index.md",
        required=("category",),
        category_from_folder=True,
        defaults=folder_defaults(
            {
                "keps/sig-network/": {"category": "SIG Network", "owner": "sig-network"},
                "keps/sig-network/1234-x/": {"tags": ["IPv6"]},
                "keps": {"status": "proposed"},
            }
        ),
    )
    catalog, problems = read(
        ("keps/sig-network/1234-x/README.md", "# X\n\nText.\n"),
        ("keps/sig-network/5678-y/README.md", "---\ncategory: Own\n---\n# Y\n\nText.\n"),
        ("keps/sig-storage/42-z/README.md", "# Z\n\nText.\n\n- Status: accepted\n"),
        ("keps/README.md", "# Root\n\nText.\n"),
        settings=settings,
    )
    assert problems == [
        "keps/README.md:1: category: is required but missing (expected a"
        " non-empty string) — add `category: ...` to the front-matter"
    ]
    found = {
        d.title: (d.category and d.category.name, d.owner, [t.label for t in d.tags], d.status)
        for d in catalog.designs
    }
    statuses = {"X": "proposed", "Y": "proposed", "Z": "accepted", "Root": "proposed"}
    assert {title: s and s.name for title, (*_, s) in found.items()} == statuses  # body wins
    assert {title: rest for title, (*rest, _) in found.items()} == {
        "X": ["SIG Network", "sig-network", ["IPv6"]],
        "Y": ["Own", "sig-network", []],
        "Z": ["sig-storage", None, []],
        "Root": [None, None, []],
    }
