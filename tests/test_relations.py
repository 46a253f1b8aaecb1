from __future__ import annotations

import pytest

from mkdocs_arch_cards.relations import CANDIDATE_WINDOW, check_references, rank_related, resolve


@pytest.mark.parametrize(
    ("reference", "page", "path"),
    [
        ("other.md", "architecture/a.md", "architecture/other.md"),
        ("../legacy/old.md", "architecture/a.md", "legacy/old.md"),
        ("/architecture/b.md", "guide/x.md", "architecture/b.md"),
        ("./b.md", "a.md", "b.md"),
    ],
)
def test_references_resolve_like_markdown_links(reference: str, page: str, path: str) -> None:
    assert resolve(reference, page) == path


def test_supersedes_and_superseded_by_must_agree() -> None:
    references = {
        "old.md": {"superseded_by": (("new.md", 3),)},
        "new.md": {"supersedes": (("older.md", 4),)},
        "older.md": {},
        "a.md": {"related": (("gone.md", 6),)},
    }
    problems = check_references(references, lambda p: p in references)
    assert [str(p) for p in problems] == [
        "a.md:6: related: 'gone.md' is not a design page"
        " — write the path as a Markdown link from this page, e.g. ../other.md",
        "old.md:3: superseded_by: says it is superseded by 'new.md', which does not list it"
        " — add 'old.md' to `supersedes:` in new.md",
        "new.md:4: supersedes: says it supersedes 'older.md', which does not name it in"
        " superseded_by — set `superseded_by: /new.md` in older.md",
    ]


def test_agreeing_references_are_fine() -> None:
    references = {
        "old.md": {"superseded_by": (("new.md", 3),)},
        "new.md": {"supersedes": (("old.md", 4),)},
    }
    assert check_references(references, lambda p: p in references) == []


def test_related_ranks_rare_shared_tags_above_common_ones() -> None:
    tags = [
        ["kafka", "go", "flink"],  # 0
        ["go"],  # 1: shares only the common tag
        ["flink"],  # 2: shares the rare tag
        ["go", "rust"],  # 3
        ["python"],  # 4: shares nothing
    ]
    assert rank_related(tags, [[], [], [], [], []], limit=5)[0] == [2, 1, 3]
    assert rank_related(tags, [[], [], [], [], []], limit=5)[4] == []


def test_explicit_references_come_first_and_the_limit_holds() -> None:
    tags = [["go"], ["go"], ["go"], ["python"]]
    ranked = rank_related(tags, [[3, 0], [], [], []], limit=2)
    assert ranked[0] == [3, 1]  # the explicit one, then the best by tags; never itself


def test_a_tag_on_every_design_still_finds_neighbours_within_a_window() -> None:
    count = CANDIDATE_WINDOW * 3
    ranked = rank_related([["kubernetes"]] * count, [[]] * count, limit=3)
    assert all(len(found) == 3 for found in ranked)
    assert all(abs(i - j) <= CANDIDATE_WINDOW for i, found in enumerate(ranked) for j in found)
