from __future__ import annotations

import pytest

from mkdocs_arch_cards.core.relations import (
    CANDIDATE_WINDOW,
    References,
    check_references,
    find_page,
    rank_related,
    resolve,
)


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


DESIGNS = {
    "architecture/adr/0001-a.md",
    "architecture/adr/0005-foo/index.md",
    "keps/sig-x/1234-foo/README.md",
    "architecture/b.md",
    "architecture/cache.md",
    "architecture/cache.fr.md",
    "architecture/cache.pt-BR.md",
    "architecture/adr/0005-foo/index.fr.md",
}


@pytest.mark.parametrize(
    ("reference", "page", "found"),
    [
        ("../b.md", "architecture/adr/0001-a.md", "architecture/b.md"),  # from the page
        ("/architecture/b.md", "architecture/adr/0001-a.md", "architecture/b.md"),  # docs root
        ("architecture/b.md", "architecture/adr/0001-a.md", "architecture/b.md"),
        ("docs/architecture/b.md", "architecture/adr/0001-a.md", "architecture/b.md"),  # repo
        ("/docs/architecture/b.md", "architecture/adr/0001-a.md", "architecture/b.md"),
        ("0005-foo/", "architecture/adr/0001-a.md", "architecture/adr/0005-foo/index.md"),
        ("0005-foo", "architecture/adr/0001-a.md", "architecture/adr/0005-foo/index.md"),
        ("/keps/sig-x/1234-foo", "architecture/b.md", "keps/sig-x/1234-foo/README.md"),
        ("../1234-foo/", "keps/sig-x/999-bar/README.md", "keps/sig-x/1234-foo/README.md"),
        ("../b.md#why", "architecture/adr/0001-a.md", "architecture/b.md"),
        ("../c.md", "architecture/adr/0001-a.md", None),
        # mkdocs-static-i18n's suffix: a link from a French page leads to the French page.
        ("cache.md", "architecture/bus.fr.md", "architecture/cache.fr.md"),
        ("cache.md", "architecture/bus.pt-BR.md", "architecture/cache.pt-BR.md"),
        ("cache.fr.md", "architecture/bus.fr.md", "architecture/cache.fr.md"),
        ("b.md", "architecture/bus.fr.md", "architecture/b.md"),  # untranslated: as written
        ("cache.md", "architecture/bus.md", "architecture/cache.md"),
        ("0005-foo/", "architecture/adr/0001-a.fr.md", "architecture/adr/0005-foo/index.fr.md"),
    ],
)
def test_references_are_found_from_the_page_docs_dir_or_repository_root(
    reference: str, page: str, found: str | None
) -> None:
    assert find_page(reference, page, DESIGNS.__contains__, "docs") == found


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("https://github.com/org/repo/issues/1", None),
        ("N/A", None),
        (
            "0001-a.md",
            "architecture/b.md:3: related: '0001-a.md' is not a design page (looked for"
            " architecture/0001-a.md) — write the path from this page:"
            " related: adr/0001-a.md",
        ),
        (
            "1234-foo",
            "architecture/b.md:3: related: '1234-foo' is not a design page (looked for"
            " architecture/1234-foo/index.md) — write the path from this page:"
            " related: ../keps/sig-x/1234-foo/README.md",
        ),
        (
            "javascript:alert(1)",
            "architecture/b.md:3: related: 'javascript:alert(1)' is neither a page path nor an"
            " http(s) address — link a design page, e.g. ../other-design.md, or write an"
            " https:// address",
        ),
        (
            "ftp://example.org/x.md",
            "architecture/b.md:3: related: 'ftp://example.org/x.md' is neither a page path nor"
            " an http(s) address — link a design page, e.g. ../other-design.md, or write an"
            " https:// address",
        ),
    ],
)
def test_links_are_kept_and_missing_pages_say_what_to_write(
    value: str, problem: str | None
) -> None:
    references = References(DESIGNS)
    found = references.read("architecture/b.md", {"related": [value]}, lambda *_: 3)
    assert found == {}
    assert [str(p) for p in references.problems] == ([problem] if problem else [])
    links = ["https://github.com/org/repo/issues/1"] if value.startswith("https") else []
    assert references.links["architecture/b.md"]["related"] == links


def test_supersedes_and_superseded_by_must_agree() -> None:
    references = {
        "old.md": {"superseded_by": (("new.md", 3),)},
        "new.md": {"supersedes": (("older.md", 4),)},
        "older.md": {},
    }
    problems = check_references(references, lambda p: p in references)
    assert [str(p) for p in problems] == [
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


def test_a_page_that_supersedes_itself_is_reported_once() -> None:
    references = {
        "a.md": {"supersedes": (("a.md", 3),)},
        "b.md": {"superseded_by": (("b.md", 4),)},
    }
    assert [str(p) for p in check_references(references, lambda path: True)] == [
        "a.md:3: supersedes: names this page itself — a design supersedes older designs:"
        " remove 'a.md' from `supersedes`",
        "b.md:4: superseded_by: names this page itself — a design supersedes older designs:"
        " remove 'b.md' from `superseded_by`",
    ]


@pytest.mark.parametrize(
    ("references", "reported"),
    [
        (
            {
                "a.md": {"supersedes": (("b.md", 3),), "superseded_by": (("b.md", 4),)},
                "b.md": {"supersedes": (("a.md", 3),), "superseded_by": (("a.md", 4),)},
            },
            [
                "a.md:3: supersedes: supersedes chain goes round in a circle: a.md → b.md → a.md",
                "b.md:3: supersedes: supersedes chain goes round in a circle: a.md → b.md → a.md",
            ],
        ),
        (
            {
                "x.md": {"superseded_by": (("z.md", 2),)},
                "y.md": {"superseded_by": (("x.md", 2),)},
                "z.md": {"superseded_by": (("y.md", 5),)},
            },
            [
                f"{page}: superseded_by: supersedes chain goes round in a circle:"
                " x.md → y.md → z.md → x.md"
                for page in ("x.md:2", "y.md:2", "z.md:5")
            ],
        ),
    ],
)
def test_a_supersedes_cycle_is_reported_on_each_of_its_pages(
    references: dict[str, dict[str, tuple[tuple[str, int], ...]]], reported: list[str]
) -> None:
    found = [str(p) for p in check_references(references, lambda path: True)]
    cycles = [p.split(" — ")[0] for p in found if "circle" in p]
    assert cycles == reported
    assert all(p.endswith("remove the reference that points back") for p in found if "circle" in p)


def test_a_long_supersedes_chain_is_no_cycle_and_needs_no_recursion() -> None:
    chain = {
        f"{i}.md": {"supersedes": ((f"{i + 1}.md", 2),), "superseded_by": ((f"{i - 1}.md", 3),)}
        for i in range(1, 5000)
    }
    chain["0.md"] = {"supersedes": (("1.md", 2),)}
    chain["5000.md"] = {"superseded_by": (("4999.md", 3),)}
    assert check_references(chain, lambda path: True) == []
