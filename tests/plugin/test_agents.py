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
    said = "plugin 'hooks/llms_txt.py' writes llms.txt, so arch-cards writes no llms.txt"
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


def _with_llmstxt(site: Site, ours: dict[str, str]) -> None:
    """The site with mkdocs-llmstxt (the real plugin, `llmstxt`) before ours, as its docs say."""
    site.extra = {
        "site_url": "https://example.com/",
        "plugins": [
            "search",
            {"llmstxt": {"sections": {"Docs": ["index.md"]}}},
            {"arch-cards": ours} if ours else "arch-cards",
        ],
    }


def test_mkdocs_llmstxt_keeps_its_llms_txt_and_ours_says_how_to_move(
    site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    site.page("index.md", "# Home\n\nThe site.\n")
    site.page("architecture/a.md", design("A"))
    _with_llmstxt(site, {})
    with caplog.at_level("INFO", logger="mkdocs.plugins.mkdocs_arch_cards"):
        result = site.build(strict=True)
    assert (result.warnings, result.engine_warnings) == ([], [])
    llms = (result.site_dir / "llms.txt").read_text(encoding="utf-8")
    assert llms.startswith("# Test\n")  # mkdocs-llmstxt's: the site's name, its sections
    assert "architecture/a.md" not in llms
    assert not (result.site_dir / "architecture/a.md").exists()
    said = [r.getMessage() for r in caplog.records if "llms.txt" in r.getMessage()]
    assert said == [
        "mkdocs_arch_cards: plugin 'llmstxt' writes llms.txt, so arch-cards writes no llms.txt "
        "nor designs' Markdown; to have them beside it, set `llms_txt: agents/llms.txt`"
    ]
    assert {r.levelname for r in caplog.records if "llms.txt" in r.getMessage()} == {"INFO"}


def test_with_llms_txt_set_ours_goes_where_it_says_beside_mkdocs_llmstxts(
    site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    site.page("index.md", "# Home\n\nThe site.\n")
    site.page("architecture/a.md", design("A"))
    _with_llmstxt(site, {"llms_txt": "architecture/llms.txt"})
    with caplog.at_level("INFO", logger="mkdocs.plugins.mkdocs_arch_cards"):
        result = site.build(strict=True)
    assert (result.warnings, result.engine_warnings) == ([], [])
    assert (result.site_dir / "llms.txt").read_text(encoding="utf-8").startswith("# Test\n")
    ours = (result.site_dir / "architecture/llms.txt").read_text(encoding="utf-8")
    assert ours.startswith("# Architecture\n")
    assert "- [A](https://example.com/architecture/architecture/a.md)" in ours
    assert (result.site_dir / "architecture/architecture/a.md").exists()
    assert not [r for r in caplog.records if "writes llms.txt" in r.getMessage()]


def test_a_disabled_mkdocs_llmstxt_leaves_llms_txt_to_ours(site: Site) -> None:
    site.page("index.md", "# Home\n\nThe site.\n")
    site.page("architecture/a.md", design("A"))
    _with_llmstxt(site, {})
    site.extra["plugins"][1]["llmstxt"]["enabled"] = False  # not in MkDocs' plugin collection
    result = site.build(strict=True)
    assert (result.warnings, result.engine_warnings) == ([], [])
    llms = (result.site_dir / "llms.txt").read_text(encoding="utf-8")
    assert llms.startswith("# Architecture\n")
    assert (result.site_dir / "architecture/a.md").exists()


def test_arch_cards_agents_leaves_llms_txt_to_zensicals_llmstxt(
    site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site.page("architecture/a.md", design("A"))
    site.extra = {"plugins": ["search", "llmstxt", "arch-cards"]}  # Zensical writes llms.txt
    other = tmp_path / "zensical-site"
    assert main(["agents", "-f", str(site.write_config()), "--site-dir", str(other)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "plugin 'llmstxt' writes llms.txt, so arch-cards writes no llms.txt nor designs' "
        "Markdown; to have them beside it, set `llms_txt: agents/llms.txt`"
    ]
    assert not other.exists()
    site.extra["plugins"][1] = {"llmstxt": {"enabled": False}}
    assert main(["agents", "-f", str(site.write_config()), "--site-dir", str(other)]) == 0
    assert "wrote zensical-site/llms.txt" in capsys.readouterr().out.splitlines()
