"""A user's first site works as pasted: the README's and the guide's blocks, in an empty folder.

The blocks are read from the docs themselves (`<!-- first-site: NAME -->` before each), so a
change to a snippet that breaks a first site fails here.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from bs4 import BeautifulSoup

from tests.suites.first_site import ROOT, FirstSite, snippets, warnings

if TYPE_CHECKING:
    from collections.abc import Iterator

DOCS = (ROOT / "docs/guide/first-catalog.md", ROOT / "README.md")
PAGE = "architecture/order-pipeline.md"
BIN = Path(sys.executable).parent
SUMMARY = "Takes the shop's orders and hands them to billing and shipping within a second."
DEADLINE = 60.0  # seconds for `mkdocs serve` to answer, on a busy 2-core machine


def first_site(doc: Path, root: Path) -> FirstSite:
    """The doc's blocks pasted into an empty folder, run with this repository's environment."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"}
    return FirstSite.paste(doc, root, BIN, env)


def test_the_readme_and_the_guide_paste_the_same_first_site() -> None:
    guide, readme = (snippets(doc) for doc in DOCS)
    assert set(guide) == {
        "mkdocs.yml",
        "docs/index.md",
        "commands",
        "check",
        "front-matter",
        "build",
    }
    assert readme == guide


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> FirstSite:
    """The guide's first site, from `arch-cards new` to a strict build."""
    site = first_site(DOCS[0], tmp_path_factory.mktemp("first") / "site")
    created = site.commands()
    assert [(r.returncode, r.stdout, r.stderr) for r in created] == [
        (0, f"created docs/{PAGE}\n", "")
    ]
    checked = site.run("arch-cards check")
    assert (checked.returncode, checked.stdout) == (1, site.blocks["check"])
    # The stub fails a strict build with exactly what `check` says, and nothing else.
    stub = site.run("mkdocs build --strict")
    said = [f"WARNING -  mkdocs_arch_cards: {line}" for line in site.blocks["check"].splitlines()]
    assert (stub.returncode, warnings(stub.stderr)) == (1, said)
    assert stub.stdout.strip() == "Aborted with 2 warnings in strict mode!"
    site.write_front_matter(PAGE)
    assert site.run("arch-cards check").returncode == 0
    for line in site.build_lines():
        done = site.run(line)
        assert (done.returncode, warnings(done.stderr)) == (0, []), done.stderr
    return site


def test_the_first_site_builds_strict_with_its_card(built: FirstSite) -> None:
    site_dir = built.root / "site"
    home = BeautifulSoup((site_dir / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert [a.get_text(strip=True) for a in home.select(".arch-card__title")] == ["Order Pipeline"]
    assert "architecture/" in [a.get("href") for a in home.select(".md-content a")]
    grid = BeautifulSoup((site_dir / "architecture/index.html").read_bytes(), "html.parser")
    assert [p.get_text(strip=True) for p in grid.select(".arch-card__summary")] == [SUMMARY]
    assert (site_dir / "architecture/order-pipeline/index.html").is_file()


@pytest.fixture
def served(built: FirstSite) -> Iterator[str]:
    """`mkdocs serve` of the built first site, as the guide's `build` block runs it."""
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    serve = next(line for line in built.blocks["build"].splitlines() if "serve" in line)
    program, *args = serve.split()
    log = built.root.parent / "serve.log"
    with log.open("w", encoding="utf-8") as out:
        process = subprocess.Popen(
            [str(built.bin_dir / program), *args, "-a", f"127.0.0.1:{port}"],
            cwd=built.root,
            env=built.env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert warnings(log.read_text(encoding="utf-8")) == []


def fetch(url: str) -> tuple[int, BeautifulSoup]:
    """A page as a browser gets it, once the server answers."""
    deadline = time.monotonic() + DEADLINE
    while True:
        try:
            with urllib.request.urlopen(url, timeout=DEADLINE) as response:
                return response.status, BeautifulSoup(response.read(), "html.parser")
        except urllib.error.HTTPError as error:
            return error.code, BeautifulSoup(error.read(), "html.parser")
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_the_first_site_serves_its_home_and_the_architecture_page(served: str) -> None:
    status, home = fetch(served)
    assert status == 200
    assert [a.get_text(strip=True) for a in home.select(".arch-card__title")] == ["Order Pipeline"]
    assert "Architecture" in [a.get_text(strip=True) for a in home.select(".md-content a")]
    status, grid = fetch(served + "architecture/")
    assert status == 200
    titles = [a.get_text(strip=True) for a in grid.select(".arch-card__title")]
    summaries = [p.get_text(strip=True) for p in grid.select(".arch-card__summary")]
    assert titles == ["Order Pipeline"]
    assert summaries == [SUMMARY]
    status, page = fetch(served + "architecture/order-pipeline/")
    assert status == 200
    assert page.select(".mermaid")  # the diagram of the stub, in Material's fence
