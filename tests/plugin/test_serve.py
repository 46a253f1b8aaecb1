"""Live reload against a real `mkdocs serve` process: what a reader sees after each edit."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from tests.conftest import Site
from tests.helpers import design

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from bs4 import Tag

DEADLINE = 30.0  # seconds for an edit to show; one rebuild of these sites takes about 1 s
BROKEN = """\
---
title: Alpha
category: Data
summary: Kafka: the bus
problem: What Alpha fixed.
tags: ["Kafka"]
---

Body text stays.
"""
BROKEN_LOGGED = (
    "architecture/a.md:4: front-matter: the YAML does not parse: mapping values are not"
    " allowed here — a value that contains ': ' must be quoted, e.g. summary: \"Kafka: the bus\""
)

# What MkDocs logs at WARNING while serving: a --dirty build, and each request answered 404.
DIRTY = (
    "WARNING -  A 'dirty' build is being performed, this will likely lead to inaccurate"
    " navigation and other links within your site. This option is designed for site"
    " development purposes only."
)
NOT_FOUND = re.compile(r'WARNING -  \[[0-9:]+\] "GET (\S+) HTTP/1\.1" code 404')


@dataclass
class Served:
    """One response of the server, as a reader gets it."""

    url: str
    status: int
    soup: BeautifulSoup


@dataclass
class Server:
    """A running `mkdocs serve` on 127.0.0.1 for a site in tmp_path."""

    site: Site
    url: str
    process: subprocess.Popen[bytes]
    log: Path
    claimed: set[str] = field(default_factory=set)  # the warning lines a test waited for
    fetched: set[str] = field(default_factory=set)  # paths polled: a 404 of one is logged

    def unclaimed(self) -> list[str]:
        """Warning lines of the server log that no test waited for."""
        lines = self.log.read_text(encoding="utf-8").splitlines()
        return [
            line
            for line in lines
            if line.startswith(("WARNING", "ERROR"))
            and line not in self.claimed
            and not ((m := NOT_FOUND.fullmatch(line)) and m[1] in self.fetched)
        ]

    def write(self, path: str, text: str) -> None:
        """Save a page under docs/, as an editor does."""
        self.site.page(path, text)

    def source(self, path: str) -> Path:
        return self.site.root / "docs" / path

    def fetch(self, path: str) -> Served:
        url = urljoin(self.url, path)
        self.fetched.add(urlsplit(url).path)
        try:
            with urllib.request.urlopen(url, timeout=DEADLINE) as response:
                status, body = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, body = error.code, error.read()
        return Served(url, status, BeautifulSoup(body.decode("utf-8"), "html.parser"))

    def shows(self, path: str, read: Callable[[Served], object], expected: object) -> None:
        """Poll `path` until `read` of it gives `expected`: the rebuild has reached the reader."""
        deadline = time.monotonic() + DEADLINE
        while True:
            self.check_running()
            page = self.fetch(path)
            seen = read(page)
            if seen == expected:
                return
            if time.monotonic() > deadline:
                text = " ".join(page.soup.get_text(" ").split())
                pytest.fail(
                    f"{page.url} (HTTP {page.status}): {read.__name__} is {seen!r} after "
                    f"{DEADLINE:.0f} s, expected {expected!r}\n--- page text ---\n{text[:2000]}\n"
                    f"--- server log ---\n{self.log_tail()}"
                )
            time.sleep(0.1)  # one rebuild takes about a second; MkDocs polls files every 0.5 s

    def logged(self, line: str) -> None:
        """Wait for `line` in the server's stderr."""
        deadline = time.monotonic() + DEADLINE
        self.claimed.add(line)
        while line not in self.log.read_text(encoding="utf-8").splitlines():
            self.check_running()
            if time.monotonic() > deadline:
                pytest.fail(f"not logged: {line}\n--- server log ---\n{self.log_tail()}")
            time.sleep(0.1)

    def check_running(self) -> None:
        if self.process.poll() is not None:
            pytest.fail(f"mkdocs serve exited ({self.process.returncode}):\n{self.log_tail()}")

    def log_tail(self) -> str:
        return "\n".join(self.log.read_text(encoding="utf-8").splitlines()[-30:])


def status(page: Served) -> int:
    return page.status


def heading(page: Served) -> str:
    found = page.soup.select_one(".md-content h1")
    return folded(found) if found else ""


def card_titles(page: Served) -> list[str]:
    return [folded(title) for title in page.soup.select(".arch-card__title")]


def card_summaries(page: Served) -> dict[str, str]:
    """Each card's title and the summary under it."""
    return {
        folded(title): folded(summary) if summary else ""
        for card in page.soup.select(".arch-card")
        if (title := card.select_one(".arch-card__title"))
        for summary in [card.select_one(".arch-card__summary")]
    }


def related_links(page: Served) -> dict[str, str]:
    """The "Related designs" at the end of a design page: title and the path it links to."""
    return {folded(a): target(page, a) for a in page.soup.select(".arch-related > li > a")}


def related_summaries(page: Served) -> dict[str, str]:
    return {
        folded(a): folded(summary) if summary else ""
        for item in page.soup.select(".arch-related > li")
        if (a := item.select_one("a"))
        for summary in [item.select_one(".arch-related__summary")]
    }


def tag_counts(page: Served) -> list[str]:
    """The tags overview: each tag with its count."""
    return [folded(item) for item in page.soup.select(".arch-tags__list li")]


def problem_box(page: Served) -> list[str]:
    """The problems shown on a design page while serving."""
    return [folded(item) for item in page.soup.select(".arch-notice li")]


def folded(element: Tag) -> str:
    return " ".join(element.get_text(" ").split())


def target(page: Served, link: Tag) -> str:
    return urlsplit(urljoin(page.url, str(link["href"]))).path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def three_designs(site: Site) -> None:
    """Alpha and Bravo share Kafka, so each lists the other as related; Charlie stands alone."""
    site.page("architecture/a.md", design("Alpha", category="Data", tags=["Kafka", "Flink"]))
    site.page("architecture/b.md", design("Bravo", category="Security", tags=["Kafka"]))
    site.page("architecture/c.md", design("Charlie", category="Platform", tags=["Go"]))
    site.page("index.md", "# Home\n\nOur designs:\n\n<!-- arch-cards -->\n")


@pytest.fixture(params=[False, True], ids=["serve", "serve-dirty"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Server]:
    """`mkdocs serve` (or `serve --dirty`) of three designs, live reload on, until the test ends."""
    site = Site(tmp_path)
    three_designs(site)
    config = site.write_config()
    port = free_port()
    dirty: bool = request.param
    command = [sys.executable, "-m", "mkdocs", "serve", "-f", str(config)]
    command += ["-a", f"127.0.0.1:{port}", *(["--dirty"] if dirty else [])]
    # serve builds into tempfile.mkdtemp() (mkdocs/commands/serve.py): keep it in tmp_path.
    (tmp_path / "tmp").mkdir()
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "PYTHONIOENCODING": "utf-8",
        "TMPDIR": str(tmp_path / "tmp"),
    }
    log = tmp_path / "serve.log"
    with log.open("wb") as stderr:
        process = subprocess.Popen(
            command, cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=stderr
        )
    served = Server(site, f"http://127.0.0.1:{port}/", process, log)
    try:
        wait_until_serving(served)
        yield served
    finally:
        process.terminate()  # our own child, by its handle
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
    if dirty:
        served.claimed.add(DIRTY)
    assert served.unclaimed() == []


def wait_until_serving(server: Server) -> None:
    """The first build ends before the port opens; the first answer means the site is there."""
    deadline = time.monotonic() + DEADLINE
    while True:
        server.check_running()
        try:
            if server.fetch("").status == 200:
                return
        except OSError:
            pass  # not listening yet
        if time.monotonic() > deadline:
            pytest.fail(f"mkdocs serve did not answer:\n{server.log_tail()}")
        time.sleep(0.1)


def test_edited_front_matter_updates_cards_tag_pages_and_related_lists(server: Server) -> None:
    server.shows("architecture/b/", related_links, {"Alpha": "/architecture/a/"})
    server.shows("architecture/c/", related_links, {})
    server.shows("architecture/tags/flink/", card_titles, ["Alpha"])
    # Only a.md changes. Under --dirty, MkDocs rebuilds a page only when its output is older
    # than its source, so Bravo's and Charlie's pages and the home page show the new catalog
    # only because the plugin deletes their stale output (plugin/dirty.py), whatever the mtimes.
    # tests/plugin/test_dirty.py asserts, in-process, every file each kind of edit rewrites.
    server.write(
        "architecture/a.md",
        design("Alpha", category="Data", summary="Alpha, rewritten.", tags=["Go", "Rust"]),
    )
    cards = {
        "Alpha": "Alpha, rewritten.",
        "Bravo": "Bravo in one line.",
        "Charlie": "Charlie in one line.",
    }
    server.shows("architecture/", card_summaries, cards)
    server.shows("", card_summaries, cards)  # the hand-written page with the marker
    server.shows("architecture/tags/rust/", card_titles, ["Alpha"])  # a new tag, a new page
    server.shows("architecture/tags/go/", card_titles, ["Alpha", "Charlie"])
    server.shows("architecture/tags/kafka/", card_titles, ["Bravo"])
    # No design uses Flink any more. MkDocs' --dirty never removes output: the plugin does.
    server.shows("architecture/tags/flink/", status, 404)
    server.shows(
        "architecture/tags/", tag_counts, ["Go 2 designs", "Kafka 1 design", "Rust 1 design"]
    )
    server.shows("architecture/a/", heading, "Alpha")
    # Neither source changed, yet their related lists follow Alpha's new tags.
    server.shows("architecture/b/", related_links, {})
    server.shows("architecture/c/", related_summaries, {"Alpha": "Alpha, rewritten."})


def test_broken_yaml_shows_in_the_log_and_on_the_page_until_fixed(server: Server) -> None:
    server.write("architecture/a.md", BROKEN)
    server.shows("architecture/a/", problem_box, [BROKEN_LOGGED])
    server.logged(f"WARNING -  mkdocs_arch_cards: {BROKEN_LOGGED}")
    # `shows` fails at once if the process exits: the server keeps running and serving the rest.
    server.shows("architecture/b/", heading, "Bravo")
    server.shows("architecture/", status, 200)

    server.write("architecture/a.md", BROKEN.replace("Kafka: the bus", '"Kafka: the bus"'))
    server.shows("architecture/a/", problem_box, [])
    server.shows("architecture/a/", heading, "Alpha")
    server.shows(
        "architecture/",
        card_summaries,
        {
            "Alpha": "Kafka: the bus",
            "Bravo": "Bravo in one line.",
            "Charlie": "Charlie in one line.",
        },
    )
