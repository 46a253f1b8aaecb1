"""The catalog for agents in a real build: llms.txt and each design's Markdown beside the pages,
the same from `arch-cards agents` (how a Zensical site gets them)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from mkdocs_arch_cards.cli import main
from mkdocs_arch_cards.core.frontmatter import read_page
from tests.helpers import design

if TYPE_CHECKING:
    from pathlib import Path

    import pytest

    from tests.conftest import Site, Urls

HOSTILE = "Kafka: the bus\n---\nعربي 🚀 <b>x</b>"


def files(root: Path, names: tuple[str, ...]) -> dict[str, str]:
    return {
        name: (root / name).read_text(encoding="utf-8") for name in names if (root / name).exists()
    }


def test_a_build_writes_llms_txt_and_each_design_as_markdown(site: Site, urls: Urls) -> None:
    site.page("architecture/old.md", design("Old", status="superseded", superseded_by="new.md"))
    site.page("architecture/new.md", design("New", supersedes=["old.md"], owner=HOSTILE))
    result = site.build(strict=True)
    llms = (result.site_dir / "llms.txt").read_text(encoding="utf-8")
    assert llms.splitlines()[:7] == [
        "# Architecture",
        "",
        "> 2 designs, each as Markdown: its fields as YAML front-matter, then its text.",
        "",
        "## Data",
        "",
        "- [New](architecture/new.md): New in one line.",
    ]
    page = (result.site_dir / "architecture/new.md").read_text(encoding="utf-8")
    read, problems = read_page("new.md", page)
    assert problems == []
    assert read.meta["url"] == urls.pick("new/", "new.html")
    assert (read.meta["supersedes"], read.meta["owner"]) == (["old.md"], HOSTILE)
    assert (
        read.body
        == "## Architecture\n\n```mermaid\nflowchart LR\n  api[Order API] --> bus[Kafka]\n```\n"
    )
    assert (result.site_dir / urls.html("architecture/new.md")).exists()  # the page still is


def test_no_llms_txt_and_the_authors_own_llms_txt(site: Site) -> None:
    site.page("architecture/a.md", design("A"))
    site.page("llms.txt", "# Ours\n")
    result = site.build(strict=True)
    assert (result.site_dir / "llms.txt").read_text(encoding="utf-8") == "# Ours\n"
    assert (result.site_dir / "architecture/a.md").exists()
    site.plugin = {"llms_txt": ""}
    other = site.build(strict=True)
    assert not (other.site_dir / "architecture/a.md").exists()


def test_a_site_whose_plugin_or_hook_writes_llms_txt_keeps_it(
    site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    """As mkdocs-llmstxt does: its llms.txt (and its pages' Markdown) are not overwritten."""
    caplog.set_level(logging.INFO)
    site.page("architecture/a.md", design("A"))
    (site.root / "hooks").mkdir()
    (site.root / "hooks/llms_txt.py").write_text(
        "from pathlib import Path\n\nfrom mkdocs.plugins import event_priority\n\n\n"
        "@event_priority(100)  # before ours\ndef on_post_build(config):\n"
        "    Path(config.site_dir, 'llms.txt').write_text('# Theirs\\n')\n"
        "    Path(config.site_dir, 'architecture/a.md').write_text('theirs')\n",
        encoding="utf-8",
    )
    site.extra = {"hooks": ["hooks/llms_txt.py"]}
    for plugin in ({}, {"llms_txt": "agents/llms.txt"}):
        site.plugin = plugin
        result = site.build(strict=True)
        assert (result.site_dir / "llms.txt").read_text(encoding="utf-8") == "# Theirs\n"
        assert (result.site_dir / "architecture/a.md").read_text(encoding="utf-8") == "theirs"
    assert (result.site_dir / "agents/llms.txt").exists()  # asked for by its own path
    said = "llms.txt: left to hooks/llms_txt.py, which writes the site's — set llms_txt to a path"
    assert any(said in record.getMessage() for record in caplog.records)


def test_drafts_stay_out_even_while_serving(site: Site) -> None:
    site.page("architecture/a.md", design("A"))
    site.page("architecture/d.md", design("D", draft=True))
    result = site.build(serve=True)
    assert not (result.site_dir / "architecture/d.md").exists()
    assert "architecture/d.md" not in (result.site_dir / "llms.txt").read_text(encoding="utf-8")


def test_arch_cards_agents_writes_what_the_build_wrote(
    site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site.extra = {"site_url": "https://docs.example.org/"}
    site.plugin = {"llms_txt": "agents/llms.txt"}
    site.page("architecture/old.md", design("Old", status="superseded", superseded_by="new.md"))
    site.page("architecture/new.md", design("New", supersedes=["old.md"], summary=HOSTILE))
    built = site.build(strict=True).site_dir
    names = ("agents/llms.txt", "agents/architecture/new.md", "agents/architecture/old.md")
    other = tmp_path / "zensical-site"
    config = str(site.root / "mkdocs.yml")
    assert main(["agents", "-f", config, "--site-dir", str(other)]) == 0
    assert capsys.readouterr().out.splitlines() == [f"wrote zensical-site/{n}" for n in names]
    assert files(other, names) == files(built, names) and len(files(built, names)) == 3
    assert main(["agents", "-f", config, "--site-dir", str(other)]) == 0
    assert capsys.readouterr().out == ""  # unchanged files are left as they are
