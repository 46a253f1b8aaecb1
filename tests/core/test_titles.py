"""Titles as MkDocs shows them: file names, the nav, front-matter and the first H1."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page

from mkdocs_arch_cards.core.catalog import Settings, Source, load_catalog
from mkdocs_arch_cards.core.i18n import Strings
from mkdocs_arch_cards.core.registry import load_registry
from mkdocs_arch_cards.core.titles import nav_labels, nav_titles, theme_meta, title_from_path
from tests.core.test_body_meta import RECORDS

if TYPE_CHECKING:
    pass


@pytest.mark.parametrize(
    "path",
    [
        "decisions/001-drop-kafka-dependency.md",
        "decisions/Use_Kafka-now.md",
        "decisions/ALL-CAPS.md",
        "keps/sig-network/1234-foo/README.md",
        "keps/index.md",
        "README.md",
        "index.md",
    ],
)
def test_a_file_name_titles_a_page_exactly_as_mkdocs_does(path: str) -> None:
    config = MkDocsConfig()
    config.load_dict({"site_name": "x", "docs_dir": "/docs", "site_dir": "/site"})
    page = Page(None, File(path, "/docs", "/site", use_directory_urls=True), config)
    page.markdown, page.meta = "", {}
    assert title_from_path(path) == page.title


def test_nav_titles_are_read_from_the_nav_setting_first_entry_first() -> None:
    nav: Any = [
        {"Home": "index.md"},
        {
            "Decisions": [
                {"ADR-001: Drop Kafka": "decisions/001-drop-kafka.md"},
                "decisions/002-x.md",
                {"Later": "decisions/002-x.md"},  # MkDocs keeps the page's first entry
                {"Elsewhere": "https://example.org/a.md"},
                {2024: "/decisions/003-y.md"},
            ]
        },
    ]
    nav.append(nav)  # an anchor that contains itself ends nowhere
    assert nav_titles(nav) == {
        "index.md": "Home",
        "decisions/001-drop-kafka.md": "ADR-001: Drop Kafka",
        "decisions/003-y.md": "2024",
    }
    assert nav_titles(None) == nav_titles("x") == nav_titles(42) == {}


def test_title_comes_from_front_matter_then_nav_then_h1_then_file_name() -> None:
    pages = {
        "decisions/001-own.md": "---\ntitle: Own\n---\n# Heading\n",
        "decisions/002-nav.md": "# Heading\n",
        "decisions/003-heading.md": "# Heading three\n",
        "decisions/004-file-name.md": "Text.\n",
    }
    nav = {"decisions/001-own.md": "Nav one", "decisions/002-nav.md": "Nav two"}
    sources = [Source(p, t, p, nav.get(p)) for p, t in pages.items()]
    catalog, problems = load_catalog(sources, RECORDS)
    assert problems == []
    assert [d.title for d in catalog.designs] == [
        "004 file name",
        "Heading three",
        "Nav two",
        "Own",
    ]


def _design(status: str | None = None) -> Any:
    text = "---\ntitle: Alpha\ncategory: Data\nsummary: s\nproblem: p\n"
    text += f"status: {status}\n---\n" if status else "---\n"
    catalog, _ = load_catalog([Source("architecture/a.md", text, "architecture/a/")], Settings())
    return catalog.designs[0]


@pytest.mark.parametrize(
    ("meta", "status", "shown"),
    [
        ({"title": ["a", "b"]}, None, {"title": "a, b"}),  # not a design: text, not escaped
        ({"title": "<b>Go</b>"}, None, {"title": "<b>Go</b>"}),
        ({"title": "<b>A</b>", "status": "new"}, "accepted", {"title": "&lt;b&gt;A&lt;/b&gt;"}),
        ({"title": " "}, "deprecated", {"title": "Alpha", "status": "deprecated"}),
        ({}, "superseded", {"title": "Alpha", "status": "superseded"}),  # not the trash can
    ],
)
def test_the_theme_sees_a_title_that_is_text_and_a_status_it_knows(
    meta: dict[str, Any], status: str | None, shown: dict[str, Any]
) -> None:
    design = None if meta.get("title") in (["a", "b"], "<b>Go</b>") else _design(status)
    theme_meta(meta, design)
    assert meta == shown


@pytest.mark.parametrize(
    ("statuses", "given", "labels"),
    [
        (None, None, {"new": "New", "deprecated": "Deprecated", "superseded": "Superseded"}),
        (
            {"old": {"nav": "archived"}, "gone": {"label": "Gone", "nav": "archived"}},
            {},
            {"archived": "old"},
        ),
        ({"a": {"nav": "new"}}, {"new": "Fresh", "other": "x"}, {"new": "Fresh", "other": "x"}),
        ({"a": {"label": "A", "nav": "new"}}, "not a mapping", {"new": "A"}),
    ],
)
def test_each_nav_icon_gets_its_status_label_as_tooltip(
    statuses: dict[str, Any] | None, given: object, labels: dict[str, str]
) -> None:
    registry = load_registry({"statuses": statuses} if statuses else {})
    assert nav_labels(registry, {"status": given}) == labels


def test_a_nav_icons_tooltip_speaks_the_sites_language_as_its_badge_does() -> None:
    registry = load_registry({"statuses": {"superseded": {}, "old": {"label": "Alt", "nav": "x"}}})
    default = load_registry({})
    assert nav_labels(default, {}, Strings("de"))["superseded"] == "Abgelöst"
    assert nav_labels(registry, {}, Strings("de")) == {"x": "Alt"}  # the site's own label
