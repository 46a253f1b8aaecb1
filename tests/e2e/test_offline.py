"""A user's own site, set up as docs/guide/diagrams.md says: diagrams draw with no request off
the machine, after a direct load and after an instant navigation, with Material's fence and with
mkdocs-mermaid2; a page without a diagram never downloads Mermaid."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from mkdocs_arch_cards.core.vendor import SITE_URI
from tests.e2e.conftest import OPEN_SHADOW, free_port, serve

if TYPE_CHECKING:
    from collections.abc import Iterator

    from playwright.sync_api import Browser, Page, Route

pytestmark = pytest.mark.e2e

GUIDE = Path(__file__).parents[2] / "docs" / "guide" / "diagrams.md"
LIBRARY = SITE_URI.rsplit("/", 1)[-1]  # mermaid-<version>.min.js
DESIGN = """\
---
title: Order Pipeline
category: Distributed Systems
summary: Orders flow through a partitioned event bus.
problem: A synchronous chain collapsed under peak traffic.
tags: [Kafka]
---

## Architecture

```mermaid
flowchart LR
  api[Order API] --> bus[Kafka]
```
"""
HOME = "# Home\n\nRead the [Order Pipeline](architecture/order-pipeline.md).\n"


def snippet(fence: str) -> str:
    """The guide's mkdocs.yml for `fence`, as a user pastes it."""
    blocks = re.findall(r'```yaml title="mkdocs.yml"\n(.*?)```', GUIDE.read_text("utf-8"), re.S)
    found = [b for b in blocks if ("mermaid2.fence" in b) == (fence == "mermaid2")]
    assert len(found) == 1, blocks
    return found[0]


@pytest.fixture(scope="module", params=["material", "mermaid2"])
def user_site(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The guide's site for one fence, built with --strict and served where site_url says."""
    port = free_port()
    root = tmp_path_factory.mktemp(f"user-{request.param}")
    config = re.sub(
        r"(?m)^site_url: .*$", f"site_url: http://127.0.0.1:{port}/", snippet(request.param)
    )
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    (root / "docs" / "architecture").mkdir(parents=True)
    (root / "docs" / "index.md").write_text(HOME, encoding="utf-8")
    (root / "docs" / "architecture" / "order-pipeline.md").write_text(DESIGN, encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict"]  # no -q: it hides warnings
    done = subprocess.run(cmd, cwd=root, env=env, capture_output=True, text=True, check=False)
    logged = [line for line in done.stderr.splitlines() if line.startswith(("WARNING", "ERROR"))]
    assert (done.returncode, logged) == (0, []), done.stderr
    with serve(root / "site", port) as url:
        yield url


class Visit(NamedTuple):
    page: Page
    requested: list[str]  # every URL the page asked for, on the machine
    blocked: list[str]  # every URL off the machine: aborted

    def library_loads(self) -> int:
        return sum(1 for url in self.requested if urlparse(url).path.endswith(LIBRARY))


@pytest.fixture
def visit(browser: Browser, user_site: str) -> Iterator[Visit]:
    context = browser.new_context(base_url=user_site)
    seen = Visit(context.new_page(), [], [])

    def guard(route: Route) -> None:
        if urlparse(route.request.url).hostname in ("127.0.0.1", "localhost"):
            seen.requested.append(route.request.url)
            route.continue_()
        else:
            seen.blocked.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    context.add_init_script(OPEN_SHADOW)  # Material draws into a closed shadow root
    yield seen
    context.close()


def drawn(page: Page) -> None:
    svg = page.locator(".mermaid svg")  # CSS locators pierce the (opened) shadow root
    expect(svg).to_have_count(1)
    expect(svg.get_by_text("Order API")).to_be_visible()


def test_a_diagram_draws_from_the_site_on_a_direct_load(visit: Visit) -> None:
    visit.page.goto("architecture/order-pipeline/")
    drawn(visit.page)
    assert visit.library_loads() == 1
    assert visit.blocked == []  # no CDN, no Google Fonts


def test_a_page_without_a_diagram_loads_no_mermaid_until_instant_navigation_needs_it(
    visit: Visit,
) -> None:
    page = visit.page
    page.goto("")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("typeof mermaid.render") == "function"  # the stand-in: no CDN fallback
    assert visit.library_loads() == 0
    page.evaluate("window.__same_document = true")
    page.locator("article a", has_text="Order Pipeline").click()
    expect(page).to_have_url(re.compile(r"architecture/order-pipeline/$"))
    drawn(page)
    assert page.evaluate("window.__same_document") is True  # swapped in, not reloaded
    assert visit.library_loads() == 1
    assert visit.blocked == []
