"""Small sites built by `zensical build`: what a build reports, titles, the author's own pages."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

pytest.importorskip("zensical", reason="scripts/test-zensical.sh runs these")

BIN = Path(sys.executable).parent
CONFIG = """\
site_name: S
theme:
  name: material
plugins:
  - arch-cards
markdown_extensions:
  - toc:
      permalink: true
  - mkdocs_arch_cards.zensical
"""


def write(root: Path, path: str, text: str) -> None:
    target = root / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(textwrap.dedent(text), encoding="utf-8")


def run(*command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / command[0]), *command[1:]], cwd=cwd, capture_output=True, text=True
    )


def build(root: Path) -> subprocess.CompletedProcess[str]:
    assert run("arch-cards", "sync", cwd=root).returncode == 0
    built = run("zensical", "build", "--clean", cwd=root)
    assert built.returncode == 0, built.stdout + built.stderr
    return built


def soup(root: Path, page: str) -> BeautifulSoup:
    return BeautifulSoup((root / "site" / page).read_text(encoding="utf-8"), "html.parser")


def test_the_build_reports_what_check_reports(tmp_path: Path) -> None:
    write(tmp_path, "mkdocs.yml", CONFIG)
    page = "---\ntitle: A\ncategory: Data\nsummary: s\nproblem: p\nsumary: x\n---\n\n# A\n"
    write(tmp_path, "docs/architecture/a.md", page)
    write(tmp_path, "docs/index.md", '# Home\n\n<!-- arch-cards colour="red" -->\n')
    line = "architecture/a.md:6: sumary: unknown field 'sumary' — did you mean 'summary'?"
    checked = run("arch-cards", "check", cwd=tmp_path)
    assert checked.stdout.splitlines() == [line]
    logged = [x for x in build(tmp_path).stderr.splitlines() if "arch-cards:" in x]
    assert logged == [
        f"WARNING -  arch-cards: {line}",
        # A wrong marker: the MkDocs build reports it too, `check` reads no page's markers.
        "WARNING -  arch-cards: index.md:3: arch-cards: unknown option 'colour' (known: view,"
        " category, tags, status, op, text, group, sort, filters)",
    ]


def test_a_design_title_is_text_in_the_nav_and_the_window_title(tmp_path: Path) -> None:
    write(tmp_path, "mkdocs.yml", CONFIG)
    write(
        tmp_path,
        "docs/architecture/a.md",
        "---\ntitle: A <b>bold</b> & co\ncategory: Data\nsummary: s\nproblem: p\n---\n\nText.\n",
    )
    build(tmp_path)
    html = (tmp_path / "site/architecture/a/index.html").read_text(encoding="utf-8")
    assert "<title>A &lt;b&gt;bold&lt;/b&gt; &amp; co - S</title>" in html
    assert "<b>bold</b>" not in html


def test_a_page_of_the_authors_where_the_grid_goes_gets_the_cards(tmp_path: Path) -> None:
    write(tmp_path, "mkdocs.yml", CONFIG)
    write(
        tmp_path,
        "docs/architecture/a.md",
        "---\ntitle: Alpha\ncategory: Data\nsummary: s\nproblem: p\n---\n\n# Alpha\n",
    )
    write(tmp_path, "docs/architecture/index.md", "# Our designs\n\nWritten by hand.\n")
    build(tmp_path)
    page = soup(tmp_path, "architecture/index.html")
    assert page.select_one(".md-content h1").get_text(strip=True).startswith("Our designs")
    assert [a.get_text(strip=True) for a in page.select(".arch-card__title")] == ["Alpha"]
    href = page.select_one(".arch-card__title a, a.arch-card__title")
    assert href is not None and href["href"] == "a/"


def test_under_mkdocs_the_extension_does_nothing(tmp_path: Path) -> None:
    write(tmp_path, "mkdocs.yml", CONFIG)
    write(
        tmp_path,
        "docs/architecture/a.md",
        "---\ntitle: Alpha\ncategory: Data\nsummary: s\nproblem: p\n---\n\n# Alpha\n",
    )
    built = run("mkdocs", "build", "--strict", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    page = soup(tmp_path, "architecture/a/index.html")
    assert len(page.select(".arch-page")) == 1  # the plugin's header, once
