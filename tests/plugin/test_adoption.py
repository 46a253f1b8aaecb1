"""Adopting on a real site: record formats' own keys and relations make no noise, and a team on
`strict: true` can turn the plugin on, read the report and fix its data over time."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import pytest

from mkdocs_arch_cards.cli import main
from tests.conftest import PLUGIN_LOGGER, Urls
from tests.core.test_adopt import record
from tests.helpers import design

if TYPE_CHECKING:
    from tests.conftest import Site

# A KEP as the kep.yaml template has it, as the front-matter of the proposal's README.md.
KEP = """\
---
title: {title}
kep-number: {number}
authors:
  - "@jane.doe"
owning-sig: sig-x
participating-sigs: [sig-y]
status: implementable
creation-date: 2021-01-01
reviewers: [TBD, "@alice.doe"]
approvers: ["@oscar.doe"]
see-also:
{see_also}
replaces: []
superseded-by: {superseded_by}
stage: beta
latest-milestone: "v1.19"
milestone:
  alpha: "v1.18"
  beta: "v1.19"
feature-gates:
  - name: MyFeature
    components: [kube-apiserver]
---

# {title}

## Summary

Proposal {number} in one paragraph.
"""

KEP_OPTIONS = {
    "designs": ["keps/**/*.md"],
    "index": "keps/index.md",
    "required": [],
    "unknown_statuses": "allow",
    "fields": {"related": "see-also", "supersedes": "replaces"},
}


def test_a_kep_collection_builds_strict_with_working_links(site: Site, urls: Urls) -> None:
    site.plugin = KEP_OPTIONS
    see_also = (
        '  - "/keps/sig-x/2000-bar"\n'  # docs-root, a folder
        '  - "docs/keps/sig-y/3000-baz/README.md"\n'  # repository root
        '  - "https://github.com/kubernetes/enhancements/issues/1000"\n'
    )
    site.page(
        "keps/sig-x/1000-foo/README.md",
        KEP.format(title="Foo", number=1000, see_also=see_also, superseded_by='""'),
    )
    site.page(
        "keps/sig-x/2000-bar/README.md",
        KEP.format(title="Bar", number=2000, see_also="  - N/A", superseded_by="[]"),
    )
    site.page(
        "keps/sig-y/3000-baz/README.md",
        KEP.format(
            title="Baz", number=3000, see_also="  - ../../sig-x/1000-foo", superseded_by="TBD"
        ),
    )
    result = site.build(strict=True)
    assert result.warnings == []
    page = "keps/sig-x/1000-foo/index.html"
    assert result.texts(page, ".arch-related li > a") == [
        "Bar",
        "Baz",
        "github.com/kubernetes/enhancements/issues/1000",
    ]
    hrefs = [a["href"] for a in result.soup(page).select(".arch-related li > a")]
    # Folder pages (README.md): a link to one is its index.html where pages are files.
    assert hrefs == [
        *urls.pick(
            ["../2000-bar/", "../../sig-y/3000-baz/"],
            ["../2000-bar/index.html", "../../sig-y/3000-baz/index.html"],
        ),
        KEP_LINK,
    ]


KEP_LINK = "https://github.com/kubernetes/enhancements/issues/1000"

# MADR 3 and 4 front-matter, Log4brains-style keys and a team's own: none is a real problem.
MADR = """\
---
status: accepted
date: 2024-01-01
deciders: [Ana, Ben]
decision-makers: [Ana]
consulted: [Cy]
informed: [Di]
owners: [team-a]
contact: ana@example.org
last-updated: 2024-02-01
tracking-link: https://example.org/1
superseded-by: ""
supersedes: N/A
related: [None, "-"]
tags: [Kafka]
---

# Use Kafka

Orders travel on Kafka.
"""


def test_record_formats_own_keys_and_empty_relations_are_no_warnings(
    site: Site, urls: Urls
) -> None:
    site.plugin = {"required": [], "fields": {"owner": "deciders"}}
    site.page("architecture/0001-use-kafka.md", MADR)
    result = site.build(strict=True)
    assert result.warnings == []
    assert result.texts(urls.html("architecture/0001-use-kafka.md"), ".arch-page__meta") == [
        "Owner: Ana, Ben Decided 2024-01-01"
    ]


def test_a_near_miss_is_still_reported_and_warn_reports_every_unread_key(site: Site) -> None:
    site.page("architecture/a.md", design("A", sumary="S", reviewers=["x"], hide=["toc"]))
    assert site.build_fails().warnings == [
        "architecture/a.md:7: sumary: unknown field 'sumary' — did you mean 'summary'?"
    ]
    site.plugin = {"unknown_fields": "warn"}
    assert site.build().warnings == [
        "architecture/a.md:7: sumary: unknown field 'sumary' — did you mean 'summary'?",
        "architecture/a.md:8: reviewers: unknown field 'reviewers'"
        " — arch-cards does not read it: map it under `fields` to use it",
    ]
    site.plugin = {"unknown_fields": "ignore"}
    assert site.build(strict=True).warnings == []


def test_relations_on_other_sites_are_links_and_other_schemes_are_reported(
    site: Site, urls: Urls
) -> None:
    site.page(
        "architecture/old.md",
        design(
            "Old",
            status="superseded",
            superseded_by="https://example.org/new-design",
            related=["https://example.org/x?a=1&b=<2>", "javascript:alert(1)"],
        ),
    )
    site.page("architecture/new.md", design("New"))
    result = site.build()
    assert result.warnings == [
        "architecture/old.md:9: related: 'javascript:alert(1)' is neither a page path nor an"
        " http(s) address — link a design page, e.g. ../other-design.md, or write an"
        " https:// address"
    ]
    soup = result.soup(urls.html("architecture/old.md"))
    banner = soup.select_one(".arch-banner a")
    assert banner is not None and banner["href"] == "https://example.org/new-design"
    hrefs = [a["href"] for a in soup.select(".arch-related__link")]
    assert hrefs == ["https://example.org/x?a=1&b=<2>"]  # escaped in the HTML, read back here
    assert "javascript:" not in str(soup.select_one(".arch-related"))


def test_report_only_level_lets_a_strict_site_adopt(
    site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    site.plugin = {"problems": "info"}
    site.page("architecture/a.md", design("A", summary=None, tags="Go"))
    with caplog.at_level(logging.INFO, logger=PLUGIN_LOGGER):
        result = site.build(strict=True)
    assert result.warnings == []
    reported = [r.getMessage() for r in caplog.records if r.name.startswith(PLUGIN_LOGGER)]
    assert [m.removeprefix("mkdocs_arch_cards: ") for m in reported] == [
        "architecture/a.md:1: summary: is required but missing (expected a non-empty string)"
        " — add `summary: ...` to the front-matter",
        "architecture/a.md:5: tags: expected a list of strings, e.g. [Kafka, Go], got string"
        " 'Go' — write a YAML list: tags: [Go]",
    ]
    assert {r.levelname for r in caplog.records if r.name.startswith(PLUGIN_LOGGER)} == {"INFO"}


def test_check_prints_the_same_problems_and_fails_only_where_the_build_would(
    site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    site.page("architecture/a.md", design("A", summary=None))
    site.plugin = {"problems": "info"}
    config = str(site.write_config())
    assert main(["check", "-f", config]) == 0
    out = capsys.readouterr().out.splitlines()
    site.plugin = {}
    config = str(site.write_config())
    assert main(["check", "-f", config]) == 1
    assert capsys.readouterr().out.splitlines() == out != []


def test_a_report_only_build_still_fails_on_a_lost_page_and_a_wrong_marker(
    site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    # `problems: info` is for the designs' data, fixed over time; a page the site loses to
    # another at its URL, or a marker the team just wrote wrong, is news for this build.
    site.plugin = {"problems": "info"}
    site.page("architecture/x.md", design("X file"))
    site.page("architecture/x/index.md", design("X folder"))
    site.page("overview.md", "# Overview\n\nSee <!-- arch-cards tags=Go --> here.\n")
    lost = [
        f"architecture/{a}:1: file: is served at the same URL as architecture/{b}"
        f" ('architecture/x/'): one is lost — rename or move one of them, e.g."
        f" architecture/{a} to another name"
        for a, b in (("x.md", "x/index.md"), ("x/index.md", "x.md"))
    ]
    assert site.build(strict=False).warnings == [
        *lost,
        "overview.md:3: arch-cards: a marker inside a paragraph is left as it is"
        " — put it on a line of its own",
    ]
    assert main(["check", "-f", str(site.write_config())]) == 1
    assert capsys.readouterr().out.splitlines() == lost


def test_a_value_the_config_refuses_still_stops_a_report_only_build(site: Site) -> None:
    site.plugin = {"problems": "info", "categories": ["Data"], "unknown_categories": "error"}
    site.page("architecture/a.md", design("A", category="Nope"))
    result = site.build_fails(strict=False)
    assert result.warnings == [
        "architecture/a.md:3: category: 'Nope' is not an allowed category — use one of: Data"
    ]
    assert result.engine_warnings == [
        "ERROR mkdocs.commands.build: arch-cards: the configuration refuses 1 value(s)"
    ]


def test_a_madr_folder_builds_into_a_grid_with_a_strict_build(site: Site, urls: Urls) -> None:
    site.plugin = {
        "designs": ["decisions/*.md"],
        "index": "decisions/index.md",
        "required": ["summary", "problem"],
        "fields": {
            "owner": "decision-makers",
            "summary": "## Decision Outcome",
            "problem": "## Context and Problem Statement",
        },
    }
    site.page("decisions/0001-use-kafka.md", record('"superseded by ADR-0002"'))
    site.page("decisions/0002-use-pulsar.md", record("accepted", title="Use Pulsar"))
    result = site.build(strict=True)
    page = "decisions/index.html"
    assert result.texts(page, ".arch-card__title") == ["Use Pulsar", "Use Kafka for order events"]
    context = "Orders are lost when the billing service is down for maintenance."
    assert result.texts(page, ".arch-card__summary") == ["Chosen option: Kafka."] * 2
    assert result.texts(page, ".arch-card__problem p:last-child") == [context, context]
    banner = result.soup(urls.html("decisions/0001-use-kafka.md")).select_one(".arch-banner a")
    assert banner is not None
    assert banner["href"] == urls.pick("../0002-use-pulsar/", "0002-use-pulsar.html")


def test_a_messy_record_never_stops_a_build(site: Site, urls: Urls) -> None:
    site.plugin = {"designs": ["decisions/*.md"], "index": "decisions/index.md", "required": []}
    # A byte order mark first, as some Windows editors save it.
    site.page("decisions/0001-a.md", "\ufeff" + record("{accepted}", extra="order: {1}\n"))
    result = site.build()
    assert result.warnings == [
        "decisions/0001-a.md:2: status: '{accepted}' is in braces, which YAML reads as a"
        " mapping: read as accepted — drop the braces: status: accepted",
        "decisions/0001-a.md:5: order: expected a whole number, got mapping",
    ]
    assert result.texts("decisions/index.html", ".arch-card__title") == [
        "Use Kafka for order events"
    ]


def test_a_wrong_field_mapping_stops_the_build_with_a_message(site: Site) -> None:
    site.plugin = {"fields": {"summary": ["description"]}}
    site.page("architecture/a.md", record("accepted"))
    result = site.build_fails(strict=False)
    assert result.warnings == []
    assert result.engine_warnings == [
        "ERROR mkdocs.config: Config value 'plugins': Plugin 'arch-cards' option"
        " 'fields': summary: expected a front-matter key (e.g. description) or a heading"
        ' (e.g. "## Context and Problem Statement"), got list'
    ]
