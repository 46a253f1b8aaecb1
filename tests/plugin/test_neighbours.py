"""The plugins a Material site already has, beside ours, on the first build: in a git
repository, strict, with their default settings. Each of them once broke that build:

- mkdocs-rss-plugin reads every page's abs_src_path, which a generated page held in memory
  lacks (a TypeError traceback);
- mkdocs-glightbox writes every page anew as a whole document, so a marker was no longer on a
  line of its own (a false warning on every page with cards);
- mkdocs-git-authors-plugin asks git about each page and warns for one git never saw.
Material's blog and tags plugins have a test of their own: the blog's archive pages are
generated too, and git-authors warns for them, with or without ours."""

from __future__ import annotations

import subprocess
from typing import TYPE_CHECKING

import pytest

from tests.helpers import design

if TYPE_CHECKING:
    from tests.conftest import Site

for plugin in ("mkdocs_rss_plugin", "mkdocs_glightbox", "mkdocs_git_authors_plugin"):
    pytest.importorskip(plugin)

NEIGHBOURS = [
    "rss",
    "glightbox",
    "git-authors",
    {"git-revision-date-localized": {"enable_creation_date": True}},
]


def committed(site: Site) -> None:
    """The site as its repository holds it: every page committed."""
    git = ["git", "-c", "user.email=team@example.org", "-c", "user.name=Team"]
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "Docs"]):
        subprocess.run([*git, *args], cwd=site.root, check=True, capture_output=True)


@pytest.mark.parametrize("before", [True, False], ids=["listed-before", "listed-after"])
def test_a_site_with_the_usual_plugins_builds_strict_with_every_card(
    site: Site, before: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    site.extra["site_url"] = "https://docs.example.org/"
    plugins: list[object] = ["search", *NEIGHBOURS]
    plugins.insert(1 if before else len(plugins), "arch-cards")
    site.extra["plugins"] = plugins
    site.page("index.md", "# Home\n\n![Team](team.png)\n")
    site.page("architecture/bus.md", design("Bus", tags=["Kafka"]))
    site.page("architecture/cache.md", design("Cache", tags=["Redis"], date="2024-02-01"))
    (site.root / "docs" / "team.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    committed(site)
    monkeypatch.chdir(site.root)  # where `mkdocs build` runs: git-authors asks git there

    result = site.build(strict=True)

    assert (result.warnings, result.engine_warnings) == ([], [])
    assert result.texts("architecture/index.html", ".arch-card__title") == ["Bus", "Cache"]
    assert result.texts("architecture/tags/kafka/index.html", ".arch-card__title") == ["Bus"]
    feed = (result.site_dir / "feed_rss_created.xml").read_text(encoding="utf-8")
    assert "<title>Bus</title>" in feed


def test_materials_blog_and_tags_beside_ours(site: Site) -> None:
    site.extra["plugins"] = ["search", "blog", "tags", "arch-cards"]
    site.page("blog/index.md", "# Blog\n")
    post = "---\ndate: 2024-01-31\ntags: [Kafka]\n---\n\n# Hello\n\nHi.\n"
    site.page("blog/posts/hello.md", post)
    site.page("architecture/bus.md", design("Bus", tags=["Kafka"]))

    result = site.build(strict=True)

    assert (result.warnings, result.engine_warnings) == ([], [])
    assert result.texts("architecture/index.html", ".arch-card__title") == ["Bus"]
    assert result.texts("blog/index.html", "article h2") == ["Hello"]  # a post, not a design
    assert result.texts("architecture/tags/kafka/index.html", ".arch-card__title") == ["Bus"]
