"""A site read without an engine: its config file, options, pages and when to read it again."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest

from mkdocs_arch_cards.core.engine_files import UsageError
from mkdocs_arch_cards.core.site import Site, relative_folder
from tests.helpers import design

if TYPE_CHECKING:
    from pathlib import Path


def write(root: Path, path: str, text: str) -> Path:
    target = root / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target


@pytest.mark.parametrize(
    ("directory", "url"), [(True, "architecture/a/"), (False, "architecture/a.html")]
)
def test_a_site_reads_its_config_and_serves_in_its_url_mode(
    tmp_path: Path, directory: bool, url: str
) -> None:
    config = write(
        tmp_path,
        "mkdocs.yml",
        f"site_name: T\nsite_url: https://x.org/\nuse_directory_urls: {str(directory).lower()}\n"
        "docs_dir: pages\nexclude_docs: drafts/\nplugins:\n  arch-cards:\n    title: Ours\n",
    )
    write(tmp_path, "pages/architecture/a.md", design("Alpha"))
    write(tmp_path, "pages/drafts/architecture/b.md", design("Left out"))
    site = Site.read(config)
    assert (site.docs_dir, site.site_url, site.options.title) == (
        tmp_path / "pages",
        "https://x.org/",
        "Ours",
    )
    settings = site.settings(related=0)
    assert (settings.docs_dir, settings.related, settings.directory_urls) == ("pages", 0, directory)
    found = site.read_catalog(settings)
    assert [(d.path, d.url) for d in found.catalog.designs] == [("architecture/a.md", url)]
    assert found.problems == []


def test_a_wrong_setting_is_one_usage_line(tmp_path: Path) -> None:
    config = write(tmp_path, "mkdocs.yml", "use_directory_urls: maybe\n")
    with pytest.raises(UsageError, match="use_directory_urls: expected true or false"):
        Site.read(config)


def test_a_changed_design_or_config_means_read_again(tmp_path: Path) -> None:
    config = write(tmp_path, "mkdocs.yml", "site_name: T\n")
    page = write(tmp_path, "docs/architecture/a.md", design("Alpha"))
    site = Site.read(config)
    settings = site.settings()
    stamps = site.stamps(["architecture/a.md"])
    assert not site.changed(stamps, settings, "architecture/a.md")
    assert not site.changed(stamps, settings, "index.md")  # no design: nothing to read
    os.utime(page, ns=(1, 1))
    assert site.changed(stamps, settings, "architecture/a.md")
    assert site.changed(stamps, settings, "architecture/new.md")  # a design read since
    stamps = site.stamps(["architecture/a.md"])
    os.utime(config, ns=(1, 1))
    assert site.changed(stamps, settings, "index.md")


@pytest.mark.parametrize(
    ("folder", "root", "relative"),
    [
        ("/repo/docs", "/repo", "docs"),
        ("/repo/site/docs", "/repo", "site/docs"),
        ("/x/docs", "/repo", "docs"),
    ],
)
def test_docs_dir_is_named_from_the_config_files_folder(
    folder: str, root: str, relative: str
) -> None:
    assert relative_folder(folder, root) == relative


@pytest.mark.parametrize(
    ("config", "language"),
    [
        ("theme: {name: material, language: pt-BR}\n", "pt"),
        ("theme: {name: mkdocs, locale: de}\n", "de"),
        ("theme: material\n", "en"),
        ("theme: {name: material, language: de}\nplugins:\n  - arch-cards: {language: ja}\n", "ja"),
    ],
)
def test_a_site_without_an_engine_speaks_its_themes_language(
    tmp_path: Path, config: str, language: str
) -> None:
    write(tmp_path, "docs/index.md", "# Home\n")
    site = Site.read(write(tmp_path, "mkdocs.yml", f"site_name: S\n{config}"))
    assert site.settings().strings.language == language
