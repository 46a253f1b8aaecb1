"""Records as teams keep them: metadata in the body (bullets, tables, `## Status`), and template
placeholders reported, never shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from mkdocs_arch_cards.core.catalog import Settings, Source, load_catalog

if TYPE_CHECKING:
    from mkdocs_arch_cards.core.catalog import Catalog

RECORDS = Settings(designs=("decisions/**/*.md",), index="decisions/index.md", required=())


def read(*pages: tuple[str, str], settings: Settings = RECORDS) -> tuple[Catalog, list[str]]:
    sources = [Source(path, text, path.removesuffix(".md") + "/") for path, text in pages]
    catalog, problems = load_catalog(sources, settings)
    return catalog, [str(p) for p in sorted(problems)]


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
