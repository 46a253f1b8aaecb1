"""A build reports the diagrams the site's pinned Mermaid refuses, so --strict fails."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import pytest

from tests.core.test_diagrams import needs_engine
from tests.helpers import design

if TYPE_CHECKING:
    from tests.conftest import Site

BROKEN = "```mermaid\nflowchart LR\n  A --> B[open\n```\n"


@needs_engine
def test_a_broken_diagram_fails_a_strict_build_with_its_line(site: Site) -> None:
    site.page("architecture/a.md", design("A", body=BROKEN))
    result = site.build_fails(strict=True)
    [warning] = result.warnings
    assert warning.startswith("architecture/a.md:11: diagram: Mermaid cannot parse it: Expecting")


def test_without_the_extra_a_strict_build_passes_and_says_how(
    site: Site, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setitem(sys.modules, "quickjs", None)  # as if quickjs-ng were not installed
    site.page("architecture/a.md", design("A", body=BROKEN))
    with caplog.at_level("INFO"):
        site.build(strict=True)
    assert "diagram checks are off: QuickJS is not installed; pip install" in caplog.text
