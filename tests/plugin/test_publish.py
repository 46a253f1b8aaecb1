"""`mkdocs gh-deploy` to a bare Git remote: the pushed site works under a project sub-path."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from tests.conftest import Site
from tests.helpers import design

if TYPE_CHECKING:
    from collections.abc import Iterator

SITE_URL = "https://example.org/payments-platform/"
HOST = "example.org"
PREFIX = "/payments-platform/"
DESIGNS = {
    "architecture/order-pipeline.md": "architecture/order-pipeline/index.html",
    "architecture/legacy-checkout.md": "architecture/legacy-checkout/index.html",
    "architecture/edge-gateway.md": "architecture/edge-gateway/index.html",
    "architecture/payments/ledger.md": "architecture/payments/ledger/index.html",
}
TAG_SLUGS = ["apache-kafka", "c-plus-plus", "envoy", "go", "kubernetes", "postgresql", "rest"]
# The elements that make a reader's browser ask for another URL, and the attribute holding it;
# the script turns `data-arch-grid-href` into a chip's href.
LINKS = {"a": "href", "link": "href", "script": "src", "img": "src"}
GRID_HREF = "data-arch-grid-href"
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"


@dataclass(frozen=True)
class Published:
    """What the bare remote's gh-pages branch holds, extracted into `root`."""

    root: Path
    tree: frozenset[str]
    message: str
    output: str


def git_env(home: Path) -> dict[str, str]:
    """The environment of every git and mkdocs process: no user or system git config."""
    return {
        **os.environ,
        "HOME": str(home),
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Docs Bot",
        "GIT_AUTHOR_EMAIL": "docs-bot@example.org",
        "GIT_COMMITTER_NAME": "Docs Bot",
        "GIT_COMMITTER_EMAIL": "docs-bot@example.org",
        "NO_MKDOCS_2_WARNING": "1",
    }


def run(*args: str, cwd: Path, env: dict[str, str]) -> str:
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"{' '.join(args)}\n{result.stdout}\n{result.stderr}"
    return result.stdout + result.stderr


def write_project(site: Site) -> None:
    """A team's docs: a hand-written home page with a grid, and four designs with tags."""
    site.page(
        "index.md",
        """
        # Payments platform

        Start with [the architecture overview](architecture/index.md), or jump to the
        [order pipeline's diagram](architecture/order-pipeline.md#architecture).

        <!-- arch-cards -->
        """,
    )
    site.page(
        "architecture/order-pipeline.md",
        design(
            "Order Pipeline",
            category="Distributed Systems",
            tags=["Kafka", "Go", "Kubernetes"],
            status="accepted",
            supersedes=["legacy-checkout.md"],
            related=["payments/ledger.md"],
            order=1,
        ),
    )
    site.page(
        "architecture/legacy-checkout.md",
        design(
            "Legacy Checkout",
            category="Distributed Systems",
            tags=["REST", "C++"],
            status="superseded",
            superseded_by="order-pipeline.md",
        ),
    )
    site.page(
        "architecture/edge-gateway.md",
        design(
            "Edge Gateway",
            body="## Context\n\nNo diagram yet, so the card offers none.\n",
            category="Security",
            tags=["Envoy", "Go"],
        ),
    )
    site.page(
        "architecture/payments/ledger.md",
        design("Payment Ledger", category="Data", tags=["PostgreSQL", "Go", "Apache Kafka"]),
    )
    (site.root / ".gitignore").write_text("site/\n", encoding="utf-8")
    site.plugin = {
        "categories": ["Distributed Systems", "Security", "Data"],
        "tags": {"Apache Kafka": {"aliases": ["Kafka"]}},
    }
    site.extra = {"site_url": SITE_URL}
    site.write_config()


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Published:
    """One `mkdocs gh-deploy --strict` of a committed project to a local bare remote."""
    root = tmp_path_factory.mktemp("publish")
    project, remote, out = root / "project", root / "remote.git", root / "out"
    project.mkdir()
    env = git_env(root)
    write_project(Site(project))
    run("git", "init", "--quiet", "--initial-branch=main", cwd=project, env=env)
    run("git", "add", "--all", cwd=project, env=env)
    run("git", "commit", "--quiet", "--message=Docs", cwd=project, env=env)
    run("git", "init", "--quiet", "--bare", str(remote), cwd=root, env=env)
    run("git", "remote", "add", "origin", str(remote), cwd=project, env=env)
    # --strict makes any warning fail the deploy; never add -q to it (warnings go uncounted).
    output = run(
        *(sys.executable, "-m", "mkdocs", "gh-deploy", "--remote-name", "origin"),
        *("--force", "--strict"),
        cwd=project,
        env=env,
    )
    git = ("git", "--git-dir", str(remote))
    tree = run(*git, "ls-tree", "-r", "--name-only", "gh-pages", cwd=root, env=env)
    message = run(*git, "log", "-1", "--format=%s", "gh-pages", cwd=root, env=env)
    run(*git, "archive", "--output", str(root / "gh-pages.tar"), "gh-pages", cwd=root, env=env)
    with tarfile.open(root / "gh-pages.tar") as tar:
        tar.extractall(out, filter="data")
    return Published(out, frozenset(tree.split()), message.strip(), output)


def served_url(page: str) -> str:
    """Where a reader opens a built file: `a/index.html` is served as `a/`."""
    return SITE_URL + page.removesuffix("index.html")


def file_for(url: str, published: Published) -> str | None:
    """The file of the tree that serves `url` (a directory serves its index.html), if any."""
    if not url.startswith(SITE_URL):
        return None
    relative = unquote(urlsplit(url).path).removeprefix(PREFIX)
    if relative == "" or relative.endswith("/") or (published.root / relative).is_dir():
        relative = relative.rstrip("/") + "/index.html" if relative else "index.html"
    return relative if relative in published.tree else None


def soup(published: Published, page: str) -> BeautifulSoup:
    return BeautifulSoup((published.root / page).read_text(encoding="utf-8"), "html.parser")


def link_problem(published: Published, url: str, ids: dict[str, set[str]]) -> str | None:
    """What is wrong with an absolute URL of the site, or None if it opens what it names."""
    parts = urlsplit(url)
    target = file_for(url, published)
    if target is None:
        return f"outside {SITE_URL}" if not url.startswith(SITE_URL) else "no such file"
    if parts.fragment and target.endswith(".html"):
        if target not in ids:
            page = soup(published, target)
            ids[target] = {str(e["id"]) for e in page.select("[id]")}
        if unquote(parts.fragment) not in ids[target]:
            return f"no id '{parts.fragment}' in {target}"
    return None


def broken_links(published: Published) -> list[str]:
    """Every link of every HTML page that does not open, as a reader under PREFIX follows it."""
    broken: list[str] = []
    ids: dict[str, set[str]] = {}  # the ids of each target page, read once
    for page in sorted(p for p in published.tree if p.endswith(".html")):
        base = served_url(page)
        elements = soup(published, page).select(", ".join(LINKS) + f", [{GRID_HREF}]")
        for element in elements:
            for attribute in (LINKS.get(element.name), GRID_HREF):
                raw = element.get(attribute) if attribute else None
                if not isinstance(raw, str) or raw.startswith(("#", "mailto:", "javascript:")):
                    continue
                url = urljoin(base, raw)
                parts = urlsplit(url)
                if parts.scheme not in ("http", "https") or parts.hostname != HOST:
                    continue  # another site; not ours to check
                if problem := link_problem(published, url, ids):
                    broken.append(f"{page}: {attribute}={raw!r} -> {url}: {problem}")
    return broken


def catalog_urls(data: dict[str, Any]) -> Iterator[str]:
    """Every URL in catalog.json."""
    for entry in data["designs"]:
        for key in ("url", "diagram", "superseded_by"):
            if entry[key] is not None:
                yield entry[key]
        yield from entry["supersedes"] + entry["related"]
    for tag in data["tags"]:
        yield tag["url"]


def test_gh_deploy_pushes_the_grid_tag_pages_and_assets(published: Published) -> None:
    assert published.message.startswith("Deployed ")
    expected = {
        ".nojekyll",
        "index.html",
        "architecture/index.html",
        "architecture/tags/index.html",
        "architecture/categories/index.html",
        *DESIGNS.values(),
        *(f"architecture/tags/{slug}/index.html" for slug in TAG_SLUGS),
        "catalog.json",
        "assets/arch-cards/arch-cards.css",
        "assets/arch-cards/arch-cards.js",
        "sitemap.xml",
    }
    assert sorted(expected - published.tree) == []
    assert not any(p.startswith("site/") for p in published.tree)  # the build, not the repo
    lines = published.output.splitlines()
    # The one warning of a first deploy comes from gh-deploy itself, after the build.
    warnings = [line for line in lines if line.startswith(("WARNING", "ERROR"))]
    assert warnings == [
        "WARNING -  Version check skipped: No version specified in previous deployment."
    ]


def test_every_link_resolves_under_the_sub_path(published: Published) -> None:
    assert broken_links(published) == []


def test_card_links_are_relative_so_they_work_under_any_path(published: Published) -> None:
    home = soup(published, "index.html")
    titles = [a.get_text(strip=True) for a in home.select(".arch-card__title a")]
    assert titles == ["Order Pipeline", "Edge Gateway", "Legacy Checkout", "Payment Ledger"]
    cards = home.select(".arch-card")
    diagrams = [c.select_one("a.arch-card__diagram") for c in cards]
    hrefs = [str(d["href"]) if d else None for d in diagrams]
    assert hrefs == [
        "architecture/order-pipeline/#arch-diagram",
        None,  # no Mermaid fence, no link
        "architecture/legacy-checkout/#arch-diagram",
        "architecture/payments/ledger/#arch-diagram",
    ]
    grid = soup(published, "architecture/index.html")
    links = grid.select(".arch-card a, .arch-card [data-arch-grid-href]")
    assert links
    for element in links:
        for attribute in ("href", GRID_HREF):
            value = str(element.get(attribute, ""))
            assert not value.startswith(("/", "http:", "https:")), value  # works under any path
    legacy = soup(published, DESIGNS["architecture/legacy-checkout.md"])
    banner = legacy.select_one(".arch-banner a")
    assert banner is not None and banner["href"] == "../order-pipeline/"


def test_catalog_sitemap_and_canonical_links_carry_the_sub_path(published: Published) -> None:
    data: dict[str, Any] = json.loads((published.root / "catalog.json").read_text("utf-8"))
    assert sorted(tag["slug"] for tag in data["tags"]) == TAG_SLUGS
    assert {d["path"]: d["url"] for d in data["designs"]} == {
        path: served_url(page) for path, page in DESIGNS.items()
    }
    ids: dict[str, set[str]] = {}
    broken = [
        f"catalog.json: {url}: {problem}"
        for url in catalog_urls(data)
        if (problem := link_problem(published, url, ids))
    ]
    sitemap = ET.parse(published.root / "sitemap.xml")
    locations = [e.text or "" for e in sitemap.iter(f"{{{SITEMAP}}}loc")]
    assert served_url(DESIGNS["architecture/payments/ledger.md"]) in locations
    broken += [
        f"sitemap.xml: {url}: {problem}"
        for url in locations
        if (problem := link_problem(published, url, ids))
    ]
    for page in sorted(p for p in published.tree if p.endswith(".html") and p != "404.html"):
        canonical = soup(published, page).select_one("link[rel=canonical]")
        found = canonical.get("href") if canonical else None
        if found != served_url(page):
            broken.append(f"{page}: canonical {found!r}, expected {served_url(page)!r}")
    assert broken == []
