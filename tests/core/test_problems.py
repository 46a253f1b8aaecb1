"""A problem is one log line, whatever its values hold."""

from __future__ import annotations

import logging
from typing import Literal

import pytest

from mkdocs_arch_cards.core.problems import Problem, log_level


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("\x1b[2J", "\\x1b[2J"),
        ("a\nb\rc\td", "a\\nb\\rc\\td"),
        ("\x00\x7f\x85\x9b", "\\x00\\x7f\\x85\\x9b"),
        ("\u202eevil\u2066\u200f", "\\u202eevil\\u2066\\u200f"),
        ("\u2028\u2029", "\\u2028\\u2029"),
        ("\ud800", "\\ud800"),
        ("café 日本 😀", "café 日本 😀"),
    ],
)
def test_control_characters_are_shown_escaped(value: str, shown: str) -> None:
    problem = Problem(f"docs/{value}.md", 3, value, f"'{value}' is odd", value)
    assert str(problem) == f"docs/{shown}.md:3: {shown}: '{shown}' is odd — {shown}"


def test_a_newline_in_a_value_cannot_forge_a_second_line() -> None:
    forged = "x.md\nWARNING -  mkdocs: all is fine"
    line = str(Problem("a.md", 2, "related", f"'{forged}' is not a page", "fix it"))
    assert line.splitlines() == [line]
    assert line == (
        "a.md:2: related: 'x.md\\nWARNING -  mkdocs: all is fine' is not a page — fix it"
    )


def test_each_part_is_cut_to_a_bounded_length() -> None:
    line = str(Problem("p" * 10_000, 1, "f" * 10_000, "m" * 100_000, "h" * 10_000))
    assert len(line) < 1_400
    assert line.startswith("p" * 299 + "…:1: " + "f" * 99 + "…: ")


@pytest.mark.parametrize(
    ("level", "option", "data", "logged"),
    [
        ("warning", "warn", True, logging.WARNING),
        ("warning", "info", True, logging.INFO),  # the designs' data, reported only
        ("warning", "info", False, logging.WARNING),  # a lost page, a wrong marker of the site's
        ("error", "info", True, logging.ERROR),  # a value the configuration refuses
        ("error", "warn", False, logging.ERROR),
    ],
)
def test_a_problem_is_logged_at_the_level_the_problems_option_asks(
    level: Literal["warning", "error"], option: str, data: bool, logged: int
) -> None:
    problem = Problem("a.md", 1, "tags", "m", level=level)
    assert log_level(problem, option, data=data) == logged
