"""A site built from stored payloads, opened page by page in Chromium: no dialog, no script error.

Every hostile value of the corpus that can carry a script (titles, summaries, tags, statuses,
categories, owners, relations, body headings and options) is in this site; an alert() in any
form would open a dialog on some page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.e2e.conftest import free_port, serve
from tests.suites.hostile_sites import OPTION_VALUES, OPTIONS
from tests.suites.hostile_yaml import MAIN

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from playwright.sync_api import ConsoleMessage, Dialog, Page

    from tests.conftest import Site

pytestmark = pytest.mark.e2e

STORED = [c for c in MAIN if c.name.startswith(("xss-", "body-", "num-", "merge-payload"))]


@pytest.fixture(scope="module")
def hostile_url(module_sites: Callable[[str], Site]) -> Iterator[tuple[str, list[str]]]:
    """The stored-payload site, built once and served; with the URL of every page."""
    site = module_sites("stored")
    site.plugin = OPTION_VALUES
    for case in [*STORED, *OPTIONS]:
        assert isinstance(case.text, str)
        site.page(case.path, case.text)
    assert site.build().warnings is not None  # the corpus tests assert each warning
    site_dir = site.root / "site"
    pages = sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*.html"))
    with serve(site_dir, free_port()) as url:
        yield url, pages


def test_no_page_of_a_stored_payload_site_runs_a_script(
    page: Page, blocked_requests: list[str], hostile_url: tuple[str, list[str]]
) -> None:
    base, pages = hostile_url
    dialogs: list[str] = []
    errors: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(f"{page.url}: {dialog.type} {dialog.message}")
        dialog.dismiss()

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error" and "arch-cards" in (message.location or {}).get("url", ""):
            errors.append(f"{page.url}: {message.text}")

    page.on("dialog", on_dialog)
    page.on("console", on_console)
    page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))
    page.set_viewport_size({"width": 1280, "height": 900})
    for path in pages:
        page.goto(base + path)
        page.wait_for_load_state("load")
    assert len(pages) > len(STORED)
    assert dialogs == []
    assert errors == []
    assert blocked_requests == []
