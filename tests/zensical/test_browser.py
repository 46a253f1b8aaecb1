"""The Zensical showcase in real Chromium: diagrams render with no request leaving the machine."""

from __future__ import annotations

import functools
import http.server
import subprocess
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

pytest.importorskip("zensical", reason="scripts/test-zensical.sh runs these")
sync_api = pytest.importorskip("playwright.sync_api")

from .test_showcase import scratch  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Iterator

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Chromium")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    repo = scratch(tmp_path_factory.mktemp("zensical") / "repo")
    bin_ = Path(sys.executable).parent
    subprocess.run([str(bin_ / "arch-cards"), "sync"], cwd=repo, check=True, capture_output=True)
    subprocess.run([str(bin_ / "zensical"), "build"], cwd=repo, check=True, capture_output=True)
    handler = functools.partial(_Quiet, directory=str(repo / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def test_a_diagram_renders_from_the_pinned_copy_and_nothing_leaves(served: str) -> None:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--disable-gpu", "--disable-quic"]
        )
        page = browser.new_page()
        outside: list[str] = []
        page.route(
            "**/*",
            lambda route: (
                route.continue_()
                if route.request.url.startswith(served)
                else (outside.append(route.request.url), route.abort())[1]
            ),
        )
        page.goto(f"{served}architecture/event-driven-order-pipeline/")
        # Zensical draws a diagram into a closed shadow root: the host grows when it is drawn.
        host = page.locator("#arch-diagram .mermaid")
        sync_api.expect(host).to_have_count(1)
        page.wait_for_function(
            "document.querySelector('#arch-diagram .mermaid').getBoundingClientRect().height > 100"
        )
        assert page.evaluate("typeof mermaid.initialize") == "function"  # the pinned copy's
        assert page.evaluate("typeof mermaid.mermaidAPI") == "object"  # not the loader's stand-in
        # The diagram viewer sizes Zensical's drawing as Material's, and full screen is modal.
        sync_api.expect(page.locator("#arch-diagram .arch-diagram__level")).to_have_text("75%")
        page.locator("#arch-diagram").get_by_role("button", name="Full screen").click()
        assert page.locator("#arch-diagram dialog").evaluate("d => d.matches(':modal')")
        page.keyboard.press("Escape")
        sync_api.expect(page.locator("#arch-diagram dialog")).not_to_have_attribute("open", "")
        page.goto(f"{served}architecture/")
        sync_api.expect(page.locator(".arch-filter")).to_be_visible()
        browser.close()
    assert outside == []
