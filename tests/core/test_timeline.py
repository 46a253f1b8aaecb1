"""The decision timeline: years, entries and supersession chains, without a build."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from mkdocs_arch_cards.core.designs import Catalog, Design
from mkdocs_arch_cards.core.timeline import Timeline, timeline_of


def made(name: str, date: str | None = None, **fields: Any) -> Design:
    """A design `name`.md, dated `date` (YYYY-MM-DD)."""
    day = datetime.date.fromisoformat(date) if date else None
    return Design(path=f"{name}.md", url=f"{name}/", title=name, date=day, **fields)


def of(*designs: Design) -> Timeline:
    return timeline_of(designs, Catalog(designs))


def years(timeline: Timeline) -> list[tuple[int | None, list[str]]]:
    return [(y.year, [e.design.title for e in y.entries]) for y in timeline.years]


def chains(timeline: Timeline) -> list[list[str]]:
    return [[d.title for d in chain] for chain in timeline.chains]


def test_years_newest_first_a_days_designs_by_title_undated_last() -> None:
    timeline = of(
        made("b", "2023-05-01"),
        made("old", "2019-01-01"),
        made("z undated"),
        made("a", "2023-05-01"),
        made("new", "2024-02-01"),
        made("c", "2023-11-30"),
        made("a undated"),
    )
    assert years(timeline) == [
        (2024, ["new"]),
        (2023, ["c", "a", "b"]),
        (2019, ["old"]),
        (None, ["a undated", "z undated"]),
    ]
    assert timeline.chains == ()


@pytest.mark.parametrize(
    ("designs", "expected"),
    [
        pytest.param(
            [
                made("c", "2024-01-01", supersedes=("b.md",)),
                made("b", "2022-01-01", superseded_by="c.md", supersedes=("a.md",)),
                made("a", "2020-01-01", superseded_by="b.md"),
            ],
            [["a", "b", "c"]],
            id="both sides written",
        ),
        pytest.param(
            [made("new", "2024-01-01", supersedes=("old.md",)), made("old", "2020-01-01")],
            [["old", "new"]],
            id="only the successor says it",
        ),
        pytest.param(
            [made("new", "2020-01-01"), made("old", "2024-01-01", superseded_by="new.md")],
            [["old", "new"]],
            id="the order is who replaced whom, not the dates",
        ),
        pytest.param(
            [
                made("merged", "2024-01-01", supersedes=("left.md", "right.md")),
                made("right", "2021-01-01"),
                made("left", "2022-01-01"),
            ],
            [["right", "left", "merged"]],
            id="two designs replaced by one: the older first",
        ),
        pytest.param(
            [
                made("x", "2024-01-01", supersedes=("y.md",)),
                made("y", "2023-01-01", supersedes=("x.md",)),
            ],
            [["y", "x"]],
            id="a cycle is cut at its oldest design",
        ),
        pytest.param(
            [made("self", "2024-01-01", supersedes=("self.md",), superseded_by="self.md")],
            [],
            id="a design that names itself is no chain",
        ),
        pytest.param(
            [made("a", "2024-01-01", superseded_by="gone.md", supersedes=("missing.md",))],
            [],
            id="references to no design are no chain",
        ),
        pytest.param(
            [
                made("a2", "2020-06-01", superseded_by="a3.md"),
                made("b2", "2023-01-01", superseded_by="b3.md"),
                made("a3", "2021-01-01"),
                made("b3", "2024-01-01"),
            ],
            [["b2", "b3"], ["a2", "a3"]],
            id="chains by their newest design, newest first",
        ),
    ],
)
def test_supersession_chains(designs: list[Design], expected: list[list[str]]) -> None:
    assert chains(of(*designs)) == expected


def test_each_entry_says_what_replaced_it_and_what_it_replaced() -> None:
    timeline = of(
        made("c", "2024-01-01", supersedes=("b.md",)),
        made("b", "2022-01-01", superseded_by="c.md"),
        made("a", "2020-01-01", superseded_by="b.md"),
    )
    entries = {e.design.title: e for y in timeline.years for e in y.entries}
    said = {
        name: ([d.title for d in e.replaced_by], [d.title for d in e.replaces])
        for name, e in entries.items()
    }
    assert said == {"c": ([], ["b"]), "b": (["c"], ["a"]), "a": (["b"], [])}


def test_a_timeline_of_some_designs_draws_their_chains_whole() -> None:
    designs = (
        made("new", "2024-01-01", supersedes=("old.md",)),
        made("old", "2020-01-01"),
        made("apart", "2021-01-01"),
    )
    timeline = timeline_of([designs[1]], Catalog(designs))
    assert years(timeline) == [(2020, ["old"])]
    assert chains(timeline) == [["old", "new"]]


def test_a_long_chain_and_a_long_cycle_cost_linear_time_and_no_recursion() -> None:
    count = 20_000
    line = [
        made(f"d{i}", f"{2000 + i % 20}-01-01", superseded_by=f"d{i + 1}.md")
        for i in range(count - 1)
    ]
    line.append(made(f"d{count - 1}", "2020-01-01", superseded_by="d0.md"))  # and round
    timeline = of(*line)
    assert len(timeline.chains) == 1
    assert len(timeline.chains[0]) == count
    assert len({d.path for d in timeline.chains[0]}) == count
