from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from mkdocs_arch_cards.core.catalog import Settings, Source, load_catalog
from mkdocs_arch_cards.core.pages import generated_pages
from mkdocs_arch_cards.core.stale import inputs_digest, page_digests, stale_pages
from tests.helpers import design

if TYPE_CHECKING:
    from pathlib import Path

    from mkdocs_arch_cards.core.catalog import Catalog

PAGES = {
    # Alpha and Bravo share Kafka, so each lists the other as related; Charlie shares nothing.
    "architecture/a.md": design("Alpha", tags=["Kafka", "Flink"]),
    "architecture/b.md": design("Bravo", tags=["Kafka"]),
    "architecture/c.md": design("Charlie", category="Security", tags=["Go"]),
    # A MADR record: its card's summary and problem come from its body (a set of fields).
    "architecture/0004-use-kafka.md": "---\nstatus: accepted\n---\n# Use Kafka\n\n"
    "## Context and Problem Statement\n\nOrders are lost.\n\n"
    "## Decision Outcome\n\nChosen option: Kafka.\n",
}
OVERVIEWS = {"architecture/index.md", "architecture/tags/index.md", "architecture/categories.md"}


def digests(pages: dict[str, str], showing_all: tuple[str, ...] = ("index.md",)) -> dict[str, str]:
    catalog = _catalog(pages)
    generated = generated_pages(catalog, "Architecture", "")
    return page_digests(catalog, [], generated, showing_all, "inputs")


def _catalog(pages: dict[str, str]) -> Catalog:
    sources = [Source(p, t, p.removesuffix(".md") + "/") for p, t in pages.items()]
    return load_catalog(sources, Settings())[0]


@pytest.mark.parametrize(
    ("edit", "stale"),
    [
        ({}, set()),
        (
            {"architecture/a.md": design("Alpha", summary="New.", tags=["Kafka", "Flink"])},
            {"architecture/a.md", "architecture/b.md", "architecture/tags/kafka.md"}
            | {"architecture/tags/flink.md", "index.md", *OVERVIEWS},
        ),
        (  # Flink's page is gone (not stale: the caller deletes what has no digest), Rust's new
            {"architecture/a.md": design("Alpha", tags=["Kafka", "Rust"])},
            {"architecture/a.md", "architecture/b.md", "architecture/tags/kafka.md"}
            | {"architecture/tags/rust.md", "index.md", *OVERVIEWS},
        ),
        (  # Charlie's card is on no page of Alpha's or Bravo's
            {"architecture/c.md": design("Charlie", category="Security", tags=["Go"], owner="x")},
            {"architecture/c.md", "architecture/tags/go.md", "index.md", *OVERVIEWS},
        ),
        (  # a body edit changes no card: the page itself is MkDocs' to render again
            {"architecture/c.md": PAGES["architecture/c.md"] + "\nMore text.\n"},
            set(),
        ),
    ],
    ids=["nothing", "summary", "tags", "unrelated", "body"],
)
def test_stale_pages_are_the_ones_that_show_a_changed_design(
    edit: dict[str, str], stale: set[str]
) -> None:
    assert stale_pages(digests(PAGES), digests({**PAGES, **edit})) == stale


def test_a_deleted_design_leaves_stale_the_pages_that_showed_it() -> None:
    before = digests(PAGES)
    after = digests({p: t for p, t in PAGES.items() if p != "architecture/b.md"})
    assert before.keys() - after.keys() == {"architecture/b.md"}  # its output is deleted
    assert stale_pages(before, after) == {"architecture/a.md", "architecture/tags/kafka.md"} | {
        "index.md",
        *OVERVIEWS,
    }


def test_without_a_last_build_every_page_that_shows_designs_is_stale() -> None:
    after = digests(PAGES)
    assert stale_pages(None, after) == set(after)
    assert {"architecture/c.md", "architecture/tags/go.md", "index.md"} <= set(after)


def test_a_problem_that_comes_or_goes_leaves_its_page_stale() -> None:
    catalog = _catalog(PAGES)
    before = page_digests(catalog, [], {}, (), "inputs")
    problem = load_catalog([Source("architecture/a.md", "---\ntags: 3\n---\n", "a/")], Settings())
    after = page_digests(catalog, problem[1], {}, (), "inputs")
    assert stale_pages(before, after) == {"architecture/a.md"}


def test_changed_inputs_leave_every_page_stale() -> None:
    catalog = _catalog(PAGES)
    before = page_digests(catalog, [], {}, ("index.md",), "inputs")
    assert stale_pages(before, page_digests(catalog, [], {}, ("index.md",), "other")) == set(before)


def test_inputs_digest_follows_options_and_template_overrides(tmp_path: Path) -> None:
    base = inputs_digest({"related": 5}, None)
    assert inputs_digest({"related": 5}, None) == base
    assert inputs_digest({"related": 4}, None) != base
    (tmp_path / "arch-cards").mkdir()
    assert inputs_digest({"related": 5}, str(tmp_path)) == base  # no override yet
    (tmp_path / "arch-cards" / "card.html").write_text("<article>{{ card.title }}</article>")
    with_override = inputs_digest({"related": 5}, str(tmp_path))
    assert with_override != base
    (tmp_path / "arch-cards" / "card.html").write_text("<div>{{ card.title }}</div>")
    assert inputs_digest({"related": 5}, str(tmp_path)) != with_override


def test_digests_are_the_same_in_every_process() -> None:
    assert len(_catalog(PAGES).by_path["architecture/0004-use-kafka.md"].from_body) == 2
    # A baseline file is read by the next process; string hashes are seeded per process,
    # so a set (Design.from_body) must not reach a digest in its iteration order.
    code = (
        "from tests.core.test_stale import PAGES, digests; import json, sys; "
        "json.dump(digests(PAGES), sys.stdout)"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
        ).stdout
        for seed in (1, 2)
    }
    assert len(outputs) == 1
