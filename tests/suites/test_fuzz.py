"""Hypothesis: any front-matter and body, through the reading, catalog and rendering path."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.suites.fuzz_reading import PAGES, run


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(PAGES, st.booleans())
def test_any_page_is_read_rendered_and_exported_safely(texts: list[str], urls: bool) -> None:
    assert run(texts, urls) == []
