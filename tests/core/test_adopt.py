"""Existing decision records, read as they are: mapped keys, fallbacks, messy values."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from mkdocs_arch_cards.core.adopt import field_map
from mkdocs_arch_cards.core.catalog import Settings, Source, load_catalog

if TYPE_CHECKING:
    from mkdocs_arch_cards.core.catalog import Catalog

MADR = Settings(
    designs=("decisions/*.md",),
    index="decisions/index.md",
    required=("title", "summary", "problem"),
    fields=field_map(
        {
            "owner": "decision-makers",
            "problem": "## Context and Problem Statement",
            "summary": "description",
        }
    ),
)


def record(status: str, *, title: str = "Use Kafka for order events", extra: str = "") -> str:
    """A MADR-style record: its own keys, an H1, and the usual sections."""
    return (
        f"---\nstatus: {status}\ndate: 2024-03-01\ndecision-makers: [Ana, Ben]\n{extra}---\n\n"
        f"# {title}\n\n"
        "## Context and Problem Statement\n\n"
        "<!-- optional: link the ticket -->\n"
        "Orders are lost when the **billing** service\nis down for [maintenance](https://status.example.org).\n\n"
        "## Decision Outcome\n\nChosen option: Kafka.\n"
    )


def read(*pages: tuple[str, str], settings: Settings = MADR) -> tuple[Catalog, list[str]]:
    sources = [Source(path, text, path.removesuffix(".md") + "/") for path, text in pages]
    catalog, problems = load_catalog(sources, settings)
    return catalog, [str(p) for p in sorted(problems)]


def test_a_madr_record_becomes_a_card_without_a_rewrite() -> None:
    catalog, problems = read(("decisions/0001-use-kafka.md", record("accepted")))
    assert problems == []
    (card,) = catalog.designs
    assert card.title == "Use Kafka for order events"
    assert card.problem == "Orders are lost when the billing service is down for maintenance."
    # The first paragraph is the context section's, the problem: the summary is the next one.
    assert card.summary == "Chosen option: Kafka."
    assert card.from_body == {"summary", "problem"}
    assert card.owner == "Ana, Ben"
    assert card.status is not None and card.status.name == "accepted"
    assert str(card.date) == "2024-03-01"


def test_the_page_own_field_wins_over_a_mapped_key() -> None:
    page = record("accepted", extra="summary: Ours.\ndescription: Theirs.\n")
    catalog, _ = read(("decisions/0001-a.md", page))
    assert catalog.designs[0].summary == "Ours."


def test_a_mapped_key_feeds_the_card_and_problems_name_that_key() -> None:
    page = record("accepted", extra="description: 42\n")
    _, problems = read(("decisions/0001-a.md", page))
    assert problems == [
        "decisions/0001-a.md:5: description: expected a non-empty string, got number 42"
        ' — quote it: description: "42"'
    ]
    page = record("accepted", extra="description: Events, not calls.\n")
    assert read(("decisions/0001-a.md", page))[0].designs[0].summary == "Events, not calls."


def test_without_front_matter_the_card_falls_back_to_the_h1_and_first_paragraph() -> None:
    text = "# Cache the catalog\n\n```yaml\nttl: 60\n```\n\nReads were slow.\nVery slow.\n"
    catalog, problems = read(("architecture/cache.md", text), settings=Settings(required=()))
    assert problems == []
    assert (catalog.designs[0].title, catalog.designs[0].summary) == (
        "Cache the catalog",
        "Reads were slow. Very slow.",
    )


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (
            "{accepted}",
            "decisions/0001-a.md:2: status: '{accepted}' is in braces, which YAML reads as a"
            " mapping: read as accepted — drop the braces: status: accepted",
        ),
        (
            '"{proposed | accepted | superseded by ADR-0005}"',
            "decisions/0001-a.md:2: status: still holds the template's placeholder"
            " '{proposed | accepted | superseded by ADR-0005}' — write this record's value,"
            " or delete the line",
        ),
    ],
)
def test_a_status_in_braces_is_reported_and_never_crashes(status: str, expected: str) -> None:
    _, problems = read(("decisions/0001-a.md", record(status)))
    assert problems == [expected]


def test_every_template_placeholder_is_reported_with_its_line() -> None:
    template = (
        "---\nstatus: proposed\ndate: {YYYY-MM-DD when decided}\n"
        "decision-makers: {list everyone involved}\n---\n\n"
        "# {short title of the solved problem}\n\n"
        "## Context and Problem Statement\n\n"
        "{Describe the context in two or three sentences.}\n"
    )
    catalog, problems = read(("decisions/0004-x.md", template))
    assert problems == [
        "decisions/0004-x.md:3: date: still holds the template's placeholder"
        " '{YYYY-MM-DD when decided}' — write this record's value, or delete the line",
        "decisions/0004-x.md:4: decision-makers: still holds the template's placeholder"
        " '{list everyone involved}' — write this record's value, or delete the line",
        "decisions/0004-x.md:7: title: the page's heading is the template's placeholder"
        " '{short title of the solved problem}' — write a title",
        "decisions/0004-x.md:11: problem: still holds the template's placeholder"
        " '{Describe the context in two or three sentences.}' — write this record's value,"
        " or delete the line",
        "decisions/0004-x.md:11: summary: the first paragraph is the template's placeholder"
        " '{Describe the context in two or three sentences.}' — write the paragraph,"
        " or set `summary:`",
    ]
    assert catalog.designs[0].title == "0004 x"  # the file name, as MkDocs would title it


@pytest.mark.parametrize(
    "status",
    [
        "superseded by [ADR-0002](0002-use-pulsar.md)",
        "Superseded by ADR-0002",
        "superseded by 0002-use-pulsar.md",
    ],
)
def test_superseded_by_in_the_status_links_the_successor(status: str) -> None:
    catalog, problems = read(
        ("decisions/0001-use-kafka.md", record(f'"{status}"')),
        ("decisions/0002-use-pulsar.md", record("accepted", title="Use Pulsar")),
    )
    assert problems == []  # the successor need not list it back: MADR records do not
    old = catalog.by_path["decisions/0001-use-kafka.md"]
    assert old.status is not None and old.status.name == "superseded"
    assert old.superseded_by == "decisions/0002-use-pulsar.md"


def test_a_successor_that_cannot_be_found_is_reported() -> None:
    _, problems = read(("decisions/0001-a.md", record('"superseded by ADR-0009"')))
    assert problems == [
        "decisions/0001-a.md:2: status: names a successor, 'ADR-0009', that is no design page"
        " — link its page, e.g. superseded by [ADR-0012](0012-new-design.md)"
    ]
    _, problems = read(("decisions/0001-a.md", record('"superseded by [B](0009-b.md)"')))
    assert problems == [
        "decisions/0001-a.md:2: status: '0009-b.md' is not a design page (looked for"
        " decisions/0009-b.md) — write the path from this page to a design (e.g. ../other.md)"
        " or an https:// address"
    ]


def test_duplicate_record_numbers_are_reported_on_both_records() -> None:
    _, problems = read(
        ("decisions/0003-use-kafka.md", record("accepted")),
        ("decisions/0003-use-redis.md", record("accepted", title="Use Redis")),
        ("decisions/other/0003-fine.md", record("accepted", title="Another folder")),
    )
    assert problems == [
        "decisions/0003-use-kafka.md:1: file: record number 3 is also used by"
        " decisions/0003-use-redis.md — renumber one of the records",
        "decisions/0003-use-redis.md:1: file: record number 3 is also used by"
        " decisions/0003-use-kafka.md — renumber one of the records",
    ]


@pytest.mark.parametrize("status", ["Superseded by ADR-0002", "superseded by 0002-use-pulsar.md"])
def test_a_translated_record_is_its_languages_own_number(status: str) -> None:
    """mkdocs-static-i18n's suffix: `arch-cards check` reads every language's records at once."""
    catalog, problems = read(
        ("decisions/0001-use-kafka.md", record(f'"{status}"')),
        ("decisions/0001-use-kafka.fr.md", record(f'"{status}"', title="Kafka")),
        ("decisions/0002-use-pulsar.md", record("accepted", title="Use Pulsar")),
        ("decisions/0002-use-pulsar.fr.md", record("accepted", title="Pulsar")),
    )
    assert problems == []
    successors = {d.path: d.superseded_by for d in catalog.designs if d.superseded_by}
    assert successors == {
        "decisions/0001-use-kafka.md": "decisions/0002-use-pulsar.md",
        "decisions/0001-use-kafka.fr.md": "decisions/0002-use-pulsar.fr.md",
    }


def test_a_record_whose_name_ends_like_a_language_is_still_found_by_number() -> None:
    """`0005-use-vue.js.md` is no translation: "ADR-0006" from it and "ADR-0005" to it hold,
    and another record 0005 is still a second record of that number."""
    catalog, problems = read(
        ("decisions/0005-use-vue.js.md", record('"Superseded by ADR-0006"', title="Vue")),
        ("decisions/0004-use-jquery.md", record('"Superseded by ADR-0005"', title="jQuery")),
        ("decisions/0006-use-react.md", record("accepted", title="React")),
        ("decisions/0007-use-next.js.md", record("accepted", title="Next")),
        ("decisions/0007-use-remix.md", record("accepted", title="Remix")),
    )
    successors = {d.path: d.superseded_by for d in catalog.designs if d.superseded_by}
    assert successors == {
        "decisions/0005-use-vue.js.md": "decisions/0006-use-react.md",
        "decisions/0004-use-jquery.md": "decisions/0005-use-vue.js.md",
    }
    assert problems == [
        "decisions/0007-use-next.js.md:1: file: record number 7 is also used by"
        " decisions/0007-use-remix.md — renumber one of the records",
        "decisions/0007-use-remix.md:1: file: record number 7 is also used by"
        " decisions/0007-use-next.js.md — renumber one of the records",
    ]


def test_a_byte_order_mark_changes_nothing() -> None:
    catalog, problems = read(("decisions/0001-a.md", "\ufeff" + record("accepted")))
    assert problems == []
    assert catalog.designs[0].title == "Use Kafka for order events"


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ({"sumary": "description"}, "sumary: not a field; use one of: title,"),
        ({"summary": ""}, "summary: expected a front-matter key (e.g. description) or a heading"),
        (["summary"], "expected a mapping of fields to keys, got list"),
    ],
)
def test_a_wrong_field_mapping_says_what_is_wrong(option: object, message: str) -> None:
    with pytest.raises(ValueError) as raised:
        field_map(option)
    assert str(raised.value).startswith(message)


def test_adr_tools_records_are_read_by_their_headings() -> None:
    settings = Settings(
        designs=("adr/*.md",),
        index="adr/index.md",
        required=(),
        fields=field_map({"status": "## Status", "summary": "## Context", "problem": "## Context"}),
    )
    old = (
        "# 2. Use Kafka\n\nDate: 2024-01-03\n\n## Status\n\n"
        "Superseded by [3. Use Pulsar](0003-use-pulsar.md)\n\n## Context\n\nEvents.\n"
    )
    new = "# 3. Use Pulsar\n\nDate: 2024-01-04\n\n## Status\n\nAccepted\n\n## Context\n\nGeo.\n"
    catalog, problems = read(
        ("adr/0002-use-kafka.md", old), ("adr/0003-use-pulsar.md", new), settings=settings
    )
    assert problems == []
    assert [(d.title, d.summary, d.status and d.status.name) for d in catalog.designs] == [
        ("2. Use Kafka", "Events.", "superseded"),
        ("3. Use Pulsar", "Geo.", "accepted"),
    ]
    assert catalog.designs[0].superseded_by == "adr/0003-use-pulsar.md"


def test_only_record_numbers_count_as_record_numbers() -> None:
    _, problems = read(
        ("decisions/2024-03-01-kafka.md", record("accepted")),
        ("decisions/2024-11-20-grpc.md", record("accepted")),
        ("decisions/20240301-a.md", record("accepted")),
        ("decisions/20240301-b.md", record("accepted")),
        ("decisions/1-intro.md", record("accepted")),
        ("decisions/1-outro.md", record("accepted")),
    )
    assert problems == []


def test_braces_of_other_plugins_and_of_prose_are_left_alone() -> None:
    page = record("accepted", extra='summary: "{Kafka} vs {Pulsar}"\n')
    catalog, problems = read(("decisions/0001-a.md", page))
    assert (problems, catalog.designs[0].summary) == ([], "{Kafka} vs {Pulsar}")
    text = "# Cache\n\n{% include 'intro.md' %}\n"
    catalog, problems = read(("architecture/cache.md", text), settings=Settings(required=()))
    # Not a placeholder, and not a summary either: the macros plugin renders it on the page only.
    assert (problems, catalog.designs[0].summary) == ([], None)


@pytest.mark.parametrize(
    ("status", "why"),
    [
        (
            "superseded by [ADR-3](ftp://example.org/adr/3)",
            "'[ADR-3](ftp://example.org/adr/3)', on another site, but not an http(s) address",
        ),
        ("superseded by ADR-0002", "'ADR-0002', whose number is used by 2 records"),
    ],
)
def test_a_successor_that_is_no_single_page_says_why(status: str, why: str) -> None:
    _, problems = read(
        ("decisions/0001-a.md", record(f'"{status}"')),
        ("decisions/0002-b.md", record("accepted")),
        ("decisions/0002-c.md", record("accepted")),
    )
    hint = "link its page, e.g. superseded by [ADR-0012](0012-new-design.md)"
    assert [p for p in problems if p.startswith("decisions/0001-a.md")] == [
        f"decisions/0001-a.md:2: status: names a successor, {why} — {hint}"
    ]


def test_a_successor_on_another_site_is_a_link() -> None:
    status = '"superseded by [KEP-3](https://github.com/org/enhancements/issues/3)"'
    catalog, problems = read(("decisions/0001-a.md", record(status)))
    design = catalog.designs[0]
    assert (problems, design.superseded_by) == ([], None)
    assert design.successor_link == "https://github.com/org/enhancements/issues/3"


@pytest.mark.parametrize(
    ("status", "problem"),
    [
        # Each took seconds with the old patterns: quadratic in the length of the value.
        ("superseded by a" + " " * 20_000 + "b", "names a successor, 'a"),
        ("superseded by " + "](" * 20_000, "names a successor, ']("),
    ],
)
def test_a_hostile_superseded_status_is_read_in_linear_time(status: str, problem: str) -> None:
    catalog, problems = read(("decisions/0001-a.md", record(f'"{status}"')))
    assert catalog.designs[0].status is not None
    assert catalog.designs[0].status.name == "superseded"
    assert len(problems) == 1 and problem in problems[0]
