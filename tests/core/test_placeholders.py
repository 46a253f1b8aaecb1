"""Template placeholders in every form teams leave them."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from mkdocs_arch_cards.core.placeholders import placeholder

if TYPE_CHECKING:
    pass


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
