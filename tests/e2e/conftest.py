"""E2E fixtures: Debian's Chromium driven by pytest-playwright against this repo's built site.

Recipe: shared/research/browser-testing.md, section 7. Traps it records:
- never `playwright install` (its CDN is unreachable); point Playwright at /usr/bin/chromium;
- `mkdocs build --strict -q` exits 0 despite warnings, so build WITHOUT `-q`;
- Material renders Mermaid into a *closed* shadow root; an init script forces it open so CSS
  locators (which pierce open shadow roots) can find the SVG.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

import pytest

if TYPE_CHECKING:
    from collections.abc import Iterator

    from playwright.sync_api import BrowserContext, Locator, Route

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium")
# Playwright adds most of these itself (and its own temporary --user-data-dir; passing one here is
# an error). Without the background-networking flags Chromium keeps dialling Google's hosts.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
OPEN_SHADOW = """(() => {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    return attach.call(this, { ...init, mode: "open" });
  };
})();"""


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "e2e: real-Chromium end-to-end test of the built site")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    # pytest-playwright 0.10 has no CLI option for the executable; this override is the way.
    # Keep chromium_sandbox at its default (False): True fails as root.
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": FLAGS}


@pytest.fixture(scope="session")
def port() -> int:
    """The port the site is served on, known before the build: Material's instant navigation
    is only active when site_url matches the page's origin."""
    return free_port()


def free_port() -> int:
    """A port nobody listens on now, on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        found: int = s.getsockname()[1]
        return found


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory, port: int) -> Path:
    """Build the repo's own site (mkdocs.yml at the repo root) into a temporary directory."""
    out = tmp_path_factory.mktemp("site")
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict"]
    cmd += ["-f", str(ROOT / "mkdocs.yml"), "-d", str(out)]
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "ARCH_CARDS_SITE_URL": f"http://127.0.0.1:{port}/",
    }
    # No `-q`: with it MkDocs 1.6 does not count warnings and --strict passes anyway.
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    logged = [line for line in done.stderr.splitlines() if line.startswith(("WARNING", "ERROR"))]
    assert (done.returncode, logged) == (0, []), done.stderr
    return out


@pytest.fixture(scope="session")
def base_url(built_site: Path, port: int) -> Iterator[str]:
    """Serve the built site on 127.0.0.1; overrides pytest-playwright's base_url."""
    with serve(built_site, port) as url:
        yield url


@contextmanager
def serve(directory: Path, port: int) -> Iterator[str]:
    """Serve `directory` on 127.0.0.1:`port` while the block runs; yields the base URL."""
    cmd = [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"]
    cmd += ["--directory", str(directory)]
    server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("http.server did not start") from None
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()  # our own child, by its handle
        server.wait(timeout=5)


@pytest.fixture
def blocked_requests(context: BrowserContext) -> list[str]:
    """Abort and record every request that leaves the local server; open shadow roots."""
    blocked: list[str] = []

    def guard(route: Route) -> None:
        if urlparse(route.request.url).hostname in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    context.add_init_script(OPEN_SHADOW)
    return blocked


@pytest.fixture(scope="session")
def open_shadow() -> str:
    """The init script that opens Material's closed shadow roots, for contexts made by hand."""
    return OPEN_SHADOW


# Material's instant navigation records the scroll offset in history.state 100 ms after a
# scroll stops. A click sooner than that, on a link whose page loads slower than that, lets the
# record land on the *new* entry, and Material then restores the old page's offset instead of
# going to the link's #anchor. A reader's scroll settles long before a click; Playwright's
# scroll-then-click does not, so a test that follows a link to an anchor settles first.
SETTLED = "() => history.state !== null && history.state.y === window.scrollY"


def settle_on(locator: Locator) -> Locator:
    """Scroll `locator` into view and wait until Material has recorded the scroll offset."""
    locator.scroll_into_view_if_needed()
    locator.page.wait_for_function(SETTLED)
    return locator
