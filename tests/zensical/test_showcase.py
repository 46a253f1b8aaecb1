"""The showcase under Zensical: the same catalog markup as under MkDocs, from one config.

Runs where Zensical is installed: scripts/test-zensical.sh makes that venv
(requirements/zensical.txt). Both engines build a scratch copy of this repo's docs, each as its
command does, in a process of its own; `arch-cards sync` writes the generated pages first.
"""

from __future__ import annotations

import posixpath
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from mkdocs_arch_cards.core.vendor import SITE_URI

pytest.importorskip("zensical", reason="scripts/test-zensical.sh runs these")

ROOT = Path(__file__).parents[2]
BIN = Path(sys.executable).parent
# What arch-cards renders; compared element by element, outermost only.
PARTS = (
    ".arch-page, .arch-cards, .arch-filter, .arch-tags, .arch-category, .arch-review,"
    " .arch-related, .arch-banner, .arch-diagram, .arch-diagram__parts"
)
# What a user adds to mkdocs.yml for Zensical (docs/guide/zensical.md); MkDocs reads it too.
ZENSICAL_CONFIG = """extra_css:
  - assets/arch-cards/arch-cards.css
extra_javascript:
  - assets/arch-cards/arch-cards.js
  - assets/arch-cards/mermaid-loader.js

markdown_extensions:
  - mkdocs_arch_cards.zensical
"""
TIMES: dict[str, float] = {}


def scratch(folder: Path) -> Path:
    """A copy of the showcase (config, docs, overrides) with the lines Zensical needs."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("docs", "overrides"):
        shutil.copytree(ROOT / name, folder / name)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"\nwatch:\n(?:  - .*\n)+", "\n", config)  # the repo's own folders
    config = config.replace("markdown_extensions:\n", ZENSICAL_CONFIG, 1)
    (folder / "mkdocs.yml").write_text(config, encoding="utf-8")
    return folder


def run(*command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """A command of this venv, as a user runs it; its wall time is kept for the report."""
    start = time.perf_counter()
    result = subprocess.run(
        [str(BIN / command[0]), *command[1:]], cwd=cwd, capture_output=True, text=True
    )
    TIMES[" ".join(command)] = time.perf_counter() - start
    return result


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The showcase built with --strict by MkDocs, and by Zensical after `arch-cards sync`."""
    mkdocs = scratch(tmp_path_factory.mktemp("mkdocs") / "repo")
    built = run("mkdocs", "build", "--strict", "-q", "-d", "site", cwd=mkdocs)
    assert built.returncode == 0, built.stderr
    zensical = scratch(tmp_path_factory.mktemp("zensical") / "repo")
    synced = run("arch-cards", "sync", cwd=zensical)
    assert synced.returncode == 0, synced.stderr
    assert "wrote architecture/index.md" in synced.stdout.splitlines()
    built = run("zensical", "build", "--clean", "--strict", cwd=zensical)
    assert built.returncode == 0, built.stdout + built.stderr
    assert "No issues found" in built.stdout + built.stderr
    assert "arch-cards" not in built.stderr  # no problem, no warning
    agents = run("arch-cards", "agents", cwd=zensical)  # after the build, as the guide says
    assert (agents.returncode, agents.stderr) == (0, ""), agents.stderr
    assert "wrote site/llms.txt" in agents.stdout.splitlines()
    print(TIMES)  # the report's build times: shown with `pytest -s`
    return {"mkdocs": mkdocs / "site", "zensical": zensical / "site"}


def parts(site: Path, page: str) -> list[str]:
    """The markup arch-cards put on a page, normalised only where the engines must differ.

    - Grid ids: MkDocs numbers grids across a build, in the order it renders pages; Zensical
      renders pages in an order of its own, so the adapter numbers them per page.
    - Links: Zensical rewrites each relative href against the page's source folder, which
      yields `../categories/#x` where MkDocs has `./#x`; both are compared by where they lead.
    """
    soup = BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")
    found = soup.select(f".md-content :is({PARTS})")
    outermost = [e for e in found if not any(p in found for p in e.parents)]
    url = "/" + posixpath.dirname(page) + "/"
    for element in outermost:
        for link in element.find_all(href=True):
            link["href"] = resolved(link["href"], url)
    return [re.sub(r"arch-grid-\d+", "arch-grid-N", " ".join(str(e).split())) for e in outermost]


def resolved(href: str, page_url: str) -> str:
    """Where a link leads, from the site root; addresses and same-page anchors as written."""
    if "://" in href or href.startswith(("#", "mailto:")):
        return href
    path, hash_, fragment = href.partition("#")
    target = posixpath.normpath(posixpath.join(page_url, path))
    return target + ("/" if path.endswith("/") or path in ("", ".") else "") + hash_ + fragment


def html_pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def test_the_catalog_markup_is_the_same_under_both_engines(sites: dict[str, Path]) -> None:
    compared = [p for p in html_pages(sites["mkdocs"]) if parts(sites["mkdocs"], p)]
    for page in [
        "index.html",  # the home page's marker grid
        "architecture/index.html",
        "architecture/tags/index.html",
        "architecture/tags/kafka/index.html",
        "architecture/categories/index.html",
        "architecture/review/index.html",
        "architecture/event-driven-order-pipeline/index.html",  # header, chips, related
    ]:
        assert page in compared
    for page in compared:
        assert parts(sites["zensical"], page) == parts(sites["mkdocs"], page), page
    assert [p for p in html_pages(sites["zensical"]) if parts(sites["zensical"], p)] == compared


def test_design_pages_show_chips_and_nav_status_icons_once(sites: dict[str, Path]) -> None:
    page = "architecture/event-driven-order-pipeline/index.html"
    for engine, site in sites.items():
        soup = BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")
        assert len(soup.select(".md-content .md-tags")) == 1, engine  # our header's only
        icons = re.findall(r"md-status--[\w-]+", str(soup.select_one(".md-nav")))
        assert icons == ["md-status--superseded"], engine  # the superseded design's, once


def test_every_catalog_link_leads_to_a_file_of_the_zensical_site(sites: dict[str, Path]) -> None:
    site = sites["zensical"]
    checked = 0
    for page in html_pages(site):
        soup = BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")
        url = "/" + posixpath.dirname(page) + "/"
        for element in soup.select(f".md-content :is({PARTS})"):
            for link in element.select("[href], [data-arch-grid-href]"):
                for name in ("href", "data-arch-grid-href"):
                    href = str(link.get(name) or "").split("?")[0]
                    if href and "://" not in href and not href.startswith("#"):
                        target = resolved(href, url).split("#")[0].lstrip("/")
                        path = (
                            site / target / "index.html"
                            if target.endswith("/") or not (target)
                            else site / target
                        )
                        assert path.is_file(), f"{page}: {name}={href}"
                        checked += 1
    assert checked > 300  # a list of chips carries the grid's address once, not once per chip


def test_diagram_pages_load_the_pinned_mermaid_and_no_cdn(sites: dict[str, Path]) -> None:
    site = sites["zensical"]
    diagrams = [p for p in html_pages(site) if 'class="mermaid"' in (site / p).read_text("utf-8")]
    assert len(diagrams) >= 7
    for page in diagrams:  # the loader `sync` wrote, which fetches the library `sync` wrote
        text = (site / page).read_text("utf-8")
        assert "assets/arch-cards/mermaid-loader.js" in text, page
    assert (site / SITE_URI).is_file()
    # Zensical's bundle fetches Mermaid from a CDN only when no `mermaid` is loaded.
    [bundle] = (site / "assets/javascripts").glob("bundle.*.js")
    cdn = re.findall(r'.{60}"https://unpkg.com/mermaid[^"]*"', bundle.read_text("utf-8"))
    assert len(cdn) == 1 and 'typeof mermaid=="undefined"' in cdn[0]


def test_an_edited_summary_reaches_the_index_after_sync_and_an_incremental_build(
    tmp_path: Path,
) -> None:
    repo = scratch(tmp_path / "repo")
    assert run("arch-cards", "sync", cwd=repo).returncode == 0
    assert run("zensical", "build", "--clean", cwd=repo).returncode == 0
    design = repo / "docs/architecture/event-driven-order-pipeline.md"
    text = design.read_text(encoding="utf-8")
    design.write_text(re.sub(r"\nsummary: .*", "\nsummary: A brand-new summary.", text, count=1))
    synced = run("arch-cards", "sync", cwd=repo)
    assert "wrote architecture/index.md" in synced.stdout.splitlines()
    assert run("zensical", "build", cwd=repo).returncode == 0  # not --clean: from its cache
    index = (repo / "site/architecture/index.html").read_text(encoding="utf-8")
    assert "A brand-new summary." in index


def test_llms_txt_and_the_designs_markdown_are_the_same_files(sites: dict[str, Path]) -> None:
    made = sorted(
        p.relative_to(sites["mkdocs"]).as_posix()
        for p in [sites["mkdocs"] / "llms.txt", *(sites["mkdocs"] / "architecture").glob("*.md")]
    )
    assert len(made) == 8  # llms.txt and the seven designs
    for path in made:
        assert (sites["zensical"] / path).read_bytes() == (sites["mkdocs"] / path).read_bytes()
