"""Records as teams keep them: titles as MkDocs shows them, natural sorting, metadata in the
body (bullets, tables, `## Status`), template placeholders, and what folders give their pages."""

from __future__ import annotations

import subprocess
import sys
from typing import TYPE_CHECKING, Any

import pytest
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page

from mkdocs_arch_cards.core.catalog import Settings, Source, load_catalog
from mkdocs_arch_cards.core.folders import folder_defaults
from mkdocs_arch_cards.core.ordering import natural_key, record_number
from mkdocs_arch_cards.core.placeholders import placeholder
from mkdocs_arch_cards.core.titles import nav_titles, title_from_path

if TYPE_CHECKING:
    from mkdocs_arch_cards.core.catalog import Catalog
    from tests.conftest import Site

RECORDS = Settings(designs=("decisions/**/*.md",), index="decisions/index.md", required=())


def read(*pages: tuple[str, str], settings: Settings = RECORDS) -> tuple[Catalog, list[str]]:
    sources = [Source(path, text, path.removesuffix(".md") + "/") for path, text in pages]
    catalog, problems = load_catalog(sources, settings)
    return catalog, [str(p) for p in sorted(problems)]


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


@pytest.mark.parametrize(
    ("titles", "ordered"),
    [
        (["GEP-4152", "GEP-709", "GEP-91"], ["GEP-91", "GEP-709", "GEP-4152"]),
        (["ADR-0010", "adr-2", "ADR-0001"], ["ADR-0001", "adr-2", "ADR-0010"]),
        (["b", "A", "a10", "a9"], ["A", "a9", "a10", "b"]),
        (["v" + "9" * 5000, "v1"], ["v1", "v" + "9" * 5000]),  # no int() of 5,000 digits
    ],
)
def test_natural_key_orders_numbers_by_value(titles: list[str], ordered: list[str]) -> None:
    assert sorted(titles, key=natural_key) == ordered


@pytest.mark.parametrize(
    ("path", "title", "meta", "number"),
    [
        ("decisions/0007-use-kafka.md", "Use Kafka", {}, 7),
        ("keps/sig-network/1234-foo/README.md", "Foo", {}, 1234),
        ("keps/sig-network/foo/README.md", "Foo", {"kep-number": 1234}, 1234),
        ("keps/foo.md", "Foo", {"kep-number": "42"}, 42),
        ("decisions/use-kafka.md", "ADR-0012: Use Kafka", {}, 12),
        ("decisions/use-kafka.md", "GEP-709 Gateway", {}, 709),
        ("decisions/use-kafka.md", "1. Record architecture decisions", {}, 1),
        ("decisions/2024-03-01-use-kafka.md", "Use Kafka", {}, None),  # a date, no number
        ("decisions/20240301-use-kafka.md", "Use Kafka", {}, None),  # Log4brains' dates
        ("decisions/python.md", "Python 3 migration", {}, None),
        ("decisions/x.md", "2024 roadmap", {}, None),
    ],
)
def test_record_number(path: str, title: str, meta: dict[str, Any], number: int | None) -> None:
    assert record_number(path, title, meta) == number


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("{proposed | rejected | accepted}", True),
        ("[proposed | rejected | accepted | deprecated | … | superseded by [ADR-0005]]", True),
        ("[list everyone involved in the decision]", True),
        ("provisional|implementable|implemented|deferred|rejected|withdrawn|replaced", True),
        ("YYYY-MM-DD", True),
        ("<date>", True),
        ("accepted", False),
        ("superseded by [ADR-0005](0005-x.md)", False),
        ("[ADR-5][adr5]", False),
        ("<https://example.org>", False),
        ("<ana@example.org>", False),
        ("<i>Sec</i>", False),
        ("CI|CD", False),
        ("{{ macro }}", False),
        ("TBD", False),  # a value: "not decided yet" (a status TBD is an unknown status)
    ],
)
def test_placeholders_of_every_template_form(value: str, expected: bool) -> None:
    assert placeholder(value) is expected


MADR2 = """\
# Use Kafka for order events

* Status: superseded by [ADR-0005](0005-use-pulsar.md) <!-- optional -->
* Deciders: Ana, Ben <!-- optional -->
* Date: 2020-01-01

Technical Story: https://example.org/issues/1

## Context and Problem Statement

Orders are lost.
"""
LOG4BRAINS = """\
# Use Markdown records

- Status: accepted
- Deciders: Ana
- Date: 2021-03-04
- Tags: docs, markdown

## Context and Problem Statement

We need records.
"""
NYGARD = """\
# 1. Record architecture decisions

Date: 2018-03-01

## Status

Superseded by [2. Use Pulsar](0005-use-pulsar.md)

## Context

We need to record decisions.
"""
COLUMNS = """\
# Status in columns

| Status | Date | Author(s) |
|---|---|---|
| Accepted | 2021-03-04 | Ana |

The first paragraph.
"""
ROWS = """\
# Status in rows

| Status | **Proposed** |
|---|---|
| Date | 2022-05-06 |
| Deciders | Ben |

The first paragraph.
"""
SUCCESSOR = "---\nsupersedes: [0001-madr.md, 0002-nygard.md]\n---\n# Use Pulsar\n\nPulsar.\n"


def test_status_date_deciders_and_tags_come_from_the_body_in_every_format() -> None:
    catalog, problems = read(
        ("decisions/0001-madr.md", MADR2),
        ("decisions/0002-nygard.md", NYGARD),
        ("decisions/0003-log4brains.md", LOG4BRAINS),
        ("decisions/0004-columns.md", COLUMNS),
        ("decisions/0006-rows.md", ROWS),
        ("decisions/0005-use-pulsar.md", SUCCESSOR),
    )
    assert problems == []
    found = {
        d.path.split("/")[-1]: (
            d.status and d.status.name,
            str(d.date),
            d.owner,
            [t.label for t in d.tags],
            d.summary or d.problem,  # the context is the problem now, said once
            d.superseded_by,
        )
        for d in catalog.designs
    }
    successor = "decisions/0005-use-pulsar.md"
    assert found == {
        "0001-madr.md": ("superseded", "2020-01-01", "Ana, Ben", [], "Orders are lost.", successor),
        "0002-nygard.md": (
            "superseded",
            "2018-03-01",
            None,
            [],
            "We need to record decisions.",
            successor,
        ),
        "0003-log4brains.md": (
            "accepted",
            "2021-03-04",
            "Ana",
            ["docs", "markdown"],
            "We need records.",
            None,
        ),
        "0004-columns.md": ("accepted", "2021-03-04", "Ana", [], "The first paragraph.", None),
        "0006-rows.md": ("proposed", "2022-05-06", "Ben", [], "The first paragraph.", None),
        "0005-use-pulsar.md": (None, "None", None, [], "Pulsar.", None),
    }


def test_the_front_matter_wins_over_the_body() -> None:
    text = "---\nstatus: proposed\ndate: 2024-01-02\n---\n" + LOG4BRAINS
    catalog, problems = read(("decisions/0003-log4brains.md", text))
    (design,) = catalog.designs
    assert problems == []
    assert (design.status and design.status.name, str(design.date)) == ("proposed", "2024-01-02")
    assert design.owner == "Ana"  # what the front-matter leaves out, the body gives


@pytest.mark.parametrize(
    "written",
    [
        "* Status: Accepted ✅",
        "* Status: ✅ accepted",
        "- **Status:** *Accepted*.",
        "Status: 🟢 ACCEPTED",
    ],
)
def test_a_decorated_status_in_the_body_is_that_status(written: str) -> None:
    catalog, problems = read(("decisions/0001-x.md", f"# X\n\n{written}\n\nWhy.\n"))
    assert problems == []
    (design,) = catalog.designs
    assert design.status is not None
    assert (design.status.name, design.status.label) == ("accepted", "Accepted")


def test_a_decorated_unknown_status_is_still_reported_as_written() -> None:
    _, problems = read(("decisions/0001-x.md", "---\nstatus: Shipped ✅\n---\n# X\n\nWhy.\n"))
    assert [p.split(" — ")[0] for p in problems] == [
        "decisions/0001-x.md:2: status: 'Shipped ✅' is not a known status"
    ]


def test_template_placeholders_in_body_and_front_matter_are_reported_never_shown() -> None:
    madr2 = (
        "# [short title of solved problem and solution]\n\n"
        "* Status: [proposed | rejected | accepted | deprecated | … | superseded by "
        "[ADR-0005](0005-example.md)] <!-- optional -->\n"
        "* Deciders: [list everyone involved in the decision] <!-- optional -->\n"
        "* Date: [YYYY-MM-DD when the decision was last updated] <!-- optional -->\n\n"
        "Technical Story: [description | ticket/issue URL] <!-- optional -->\n\n"
        "## Context and Problem Statement\n\n"
        "[Describe the context and problem statement, e.g., in free form.]\n"
    )
    kep = (
        "---\ntitle: KEP Template\nkep-number: NNNN\n"
        "status: provisional|implementable|implemented|deferred|rejected|withdrawn|replaced\n"
        "date: YYYY-MM-DD\nowner: <name>\n---\n# KEP-NNNN: Your short, descriptive title\n"
    )
    nygard = "# 2. Something\n\nDate: <date>\n\n## Status\n\n{proposed | accepted}\n"
    catalog, problems = read(
        ("decisions/0001-template.md", madr2),
        ("decisions/0002-nygard.md", nygard),
        ("decisions/kep/README.md", kep),
    )
    assert problems == [
        "decisions/0001-template.md:1: title: the page's heading is the template's placeholder"
        " '[short title of solved problem and solution]' — write a title",
        "decisions/0001-template.md:3: Status: still holds the template's placeholder"
        " '[proposed | rejected | accepted | deprecated | … | supersed…'"
        " — write this record's value, or delete the line",
        "decisions/0001-template.md:4: Deciders: still holds the template's placeholder"
        " '[list everyone involved in the decision]' — write this record's value, or delete"
        " the line",
        "decisions/0001-template.md:5: Date: still holds the template's placeholder"
        " '[YYYY-MM-DD when the decision was last updated]' — write this record's value, or"
        " delete the line",
        "decisions/0001-template.md:11: problem: still holds the template's placeholder"
        " '[Describe the context and problem statement, e.g., in free…'"
        " — write this record's value, or delete the line",
        "decisions/0001-template.md:11: summary: the first paragraph is the template's"
        " placeholder '[Describe the context and problem statement, e.g., in free…'"
        " — write the paragraph, or set `summary:`",
        "decisions/0002-nygard.md:3: Date: still holds the template's placeholder '<date>'"
        " — write this record's value, or delete the line",
        "decisions/0002-nygard.md:7: status: the Status section holds the template's"
        " placeholder '{proposed | accepted}' — write the record's status",
        "decisions/kep/README.md:4: status: still holds the template's placeholder"
        " 'provisional|implementable|implemented|deferred|rejected|wit…'"
        " — write this record's value, or delete the line",
        "decisions/kep/README.md:5: date: still holds the template's placeholder 'YYYY-MM-DD'"
        " — write this record's value, or delete the line",
        "decisions/kep/README.md:6: owner: still holds the template's placeholder '<name>'"
        " — write this record's value, or delete the line",
    ]
    assert all(d.status is None and d.date is None and d.owner is None for d in catalog.designs)


def test_metadata_is_read_only_at_the_top_of_a_record() -> None:
    late = "# T\n\n## Context\n\n- Status: rejected\n\nText.\n"
    far = "# T\n\n" + "Line.\n" * 50 + "\n- Status: rejected\n"
    catalog, problems = read(("decisions/a.md", late), ("decisions/b.md", far))
    assert problems == []
    assert [d.status for d in catalog.designs] == [None, None]


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


GEPS = {
    "decisions/gep-4152.md": "---\ndate: 2024-01-01\nstatus: accepted\n---\n# GEP-4152: Four\n",
    "decisions/gep-709.md": "---\ndate: 2022-01-01\nstatus: proposed\n---\n# GEP-709: Seven\n",
    "decisions/gep-91.md": "---\ndate: 2023-01-01\n---\n# GEP-91: Ninety-one\n",
    "decisions/other.md": "---\nstatus: accepted\n---\n# Another\n",
}


@pytest.mark.parametrize(
    ("sort", "titles"),
    [
        ("order", ["Another", "GEP-91: Ninety-one", "GEP-709: Seven", "GEP-4152: Four"]),
        ("title", ["Another", "GEP-91: Ninety-one", "GEP-709: Seven", "GEP-4152: Four"]),
        ("number", ["GEP-91: Ninety-one", "GEP-709: Seven", "GEP-4152: Four", "Another"]),
        ("date", ["GEP-4152: Four", "GEP-91: Ninety-one", "GEP-709: Seven", "Another"]),
        ("status", ["GEP-709: Seven", "Another", "GEP-4152: Four", "GEP-91: Ninety-one"]),
    ],
)
def test_the_generated_index_and_markers_sort_as_asked(
    site: Site, sort: str, titles: list[str]
) -> None:
    site.plugin = {"designs": ["decisions/*.md"], "index": "decisions/index.md", "sort": sort}
    site.plugin["required"] = []
    for path, text in GEPS.items():
        site.page(path, text)
    site.page("marker.md", f'# Marker\n\n<!-- arch-cards sort="{sort}" -->\n')
    result = site.build(strict=True)
    assert result.texts("decisions/index.html", ".arch-card__title") == titles
    assert result.texts("marker/index.html", ".arch-card__title") == titles


def test_card_nav_and_page_agree_on_a_title_from_the_nav(site: Site) -> None:
    site.plugin = {"designs": ["decisions/*.md"], "index": "decisions/index.md", "sort": "number"}
    site.plugin["required"] = []
    site.extra = {
        "nav": [
            {"Decisions": "decisions/index.md"},
            {"ADR-001: Drop Kafka Dependency": "decisions/001-drop-kafka-dependency.md"},
            "decisions/002-use-pulsar.md",
        ]
    }
    site.page("decisions/001-drop-kafka-dependency.md", "We drop Kafka.\n")
    site.page("decisions/002-use-pulsar.md", "Pulsar it is.\n\n- Status: accepted\n")
    result = site.build(strict=True)
    assert result.texts("decisions/index.html", ".arch-card__title") == [
        "ADR-001: Drop Kafka Dependency",
        "002 use pulsar",
    ]
    page = "decisions/001-drop-kafka-dependency/index.html"
    assert result.texts(page, "h1") == ["ADR-001: Drop Kafka Dependency"]
    assert "ADR-001: Drop Kafka Dependency" in result.texts(page, ".md-nav__link")
    assert result.texts(page, "title")[0].startswith("ADR-001: Drop Kafka Dependency")
    command = [sys.executable, "-m", "mkdocs_arch_cards.cli", "check"]
    checked = subprocess.run(command, cwd=site.root, capture_output=True, text=True, check=False)
    assert (checked.returncode, checked.stdout) == (0, "")


def test_a_wrong_folder_default_is_one_config_error_line(
    site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    site.plugin = {"defaults": {"architecture/": {"category": ["A", "B"]}}}
    site.page("architecture/a.md", "# A\n")
    with pytest.raises(Abort):
        site.build()
    line = "Config value 'plugins': Plugin 'arch-cards' option 'defaults': architecture/:"
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert errors == [f"{line} category: expected a non-empty string, got list"]
