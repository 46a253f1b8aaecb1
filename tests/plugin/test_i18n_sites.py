"""A site that mkdocs-static-i18n builds once per language: each language gets its own grid,
tag pages and catalog, in its own folder and words, and Material's language selector on a
generated page leads to the same page in the other language."""

from __future__ import annotations

import json
import posixpath
import sys
from typing import TYPE_CHECKING

import pytest

from mkdocs_arch_cards import cli
from mkdocs_arch_cards.core.folders import within_folder
from tests.helpers import design
from tests.plugin.test_dirty import Dirty

if TYPE_CHECKING:
    from tests.conftest import Result, Site

pytest.importorskip("mkdocs_static_i18n")

LANGUAGES = [
    {"locale": "en", "default": True, "name": "English", "build": True},
    {"locale": "fr", "name": "Français", "build": True},
]
# Where each structure keeps a design's English and French page.
PAGES = {
    "suffix": ("architecture/{name}.md", "architecture/{name}.fr.md"),
    "folder": ("en/architecture/{name}.md", "fr/architecture/{name}.md"),
}


def build(site: Site, structure: str, *, serve: bool = False, **given: object) -> Result:
    i18n = {"docs_structure": structure, "languages": LANGUAGES, **given}
    site.extra["plugins"] = ["search", {"i18n": i18n}, "arch-cards"]
    english, french = PAGES[structure]
    site.page(english.format(name="../index"), "# Home\n")
    site.page(french.format(name="../index"), "# Accueil\n")
    for name in ("bus", "cache"):
        site.page(english.format(name=name), design(f"The {name}", tags=["Kafka"]))
        site.page(french.format(name=name), design(f"Le {name}", tags=["Kafka"]))
    result = site.build(strict=True, serve=serve)
    assert (result.warnings, result.engine_warnings) == ([], [])
    return result


# Material's language selector, in each version it supports (9.5 has no hreflang <link>s).
SELECTOR = "a.md-select__link[hreflang]"


def links(result: Result, page: str, selector: str) -> list[str]:
    """Where each link of `selector` on a built page leads, from the site's root."""
    folder = posixpath.dirname(page)
    return [
        posixpath.normpath(posixpath.join(folder, str(a["href"])))
        for a in result.soup(page).select(selector)
    ]


@pytest.mark.parametrize(
    ("structure", "serve"), [("suffix", False), ("folder", False), ("suffix", True)]
)
def test_each_language_has_its_own_catalog_in_its_own_folder_and_words(
    site: Site, structure: str, serve: bool
) -> None:
    result = build(site, structure, serve=serve)

    english, french = "architecture/index.html", "fr/architecture/index.html"
    assert result.texts(english, ".arch-card__title") == ["The bus", "The cache"]
    assert result.texts(french, ".arch-card__title") == ["Le bus", "Le cache"]
    assert links(result, french, ".arch-card__title a") == [
        "fr/architecture/bus",
        "fr/architecture/cache",
    ]
    page = "fr/architecture/cache/index.html"
    assert result.texts(page, ".arch-page__problem .admonition-title") == ["Problème résolu"]
    assert links(result, page, ".arch-page .md-tag") == ["fr/architecture/tags/kafka"]
    assert result.texts("fr/architecture/tags/kafka/index.html", ".arch-card__title") == [
        "Le bus",
        "Le cache",
    ]
    assert result.texts("architecture/tags/kafka/index.html", "h1") == ["Kafka"]
    catalogs = {
        path: [d["title"] for d in json.loads((result.site_dir / path).read_text())["designs"]]
        for path in ("catalog.json", "fr/catalog.json")
    }
    assert catalogs == {
        "catalog.json": ["The bus", "The cache"],
        "fr/catalog.json": ["Le bus", "Le cache"],
    }
    # mkdocs-static-i18n writes the sitemap from the pages its on_files kept: ours are added.
    sitemap = (result.site_dir / "sitemap.xml").read_text(encoding="utf-8")
    for page in ("architecture/", "architecture/tags/kafka/"):
        assert f"{page}</loc>" in sitemap and f"fr/{page}</loc>" in sitemap, page
    # llms.txt is the default language's: one file at the root, as the site has one robots.txt.
    assert "The bus" in (result.site_dir / "llms.txt").read_text()
    assert not (result.site_dir / "fr/llms.txt").exists()


def test_the_language_selector_of_a_generated_page_leads_to_the_same_page(site: Site) -> None:
    result = build(site, "suffix")

    for page, other in [
        ("architecture/tags/kafka/index.html", "fr/architecture/tags/kafka"),
        ("fr/architecture/tags/kafka/index.html", "architecture/tags/kafka"),
        ("fr/architecture/index.html", "architecture"),
    ]:
        here = posixpath.dirname(page)
        assert set(links(result, page, SELECTOR)) == {here, other}


@pytest.mark.parametrize("process", ["build", "serve"])
def test_a_dirty_build_keeps_every_language_and_renders_an_edit_in_its_own(
    site: Site, process: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(site, "suffix")  # the pages, and the config, as the other tests have them
    monkeypatch.setattr(sys, "argv", ["mkdocs", process, "--dirty"])  # what i18n reads of it
    builds = Dirty(site, process, urls=True)
    try:
        builds.build(dirty=process == "serve")  # `serve --dirty` builds all first, dirty too
        builds.settle()
        builds.build()  # the French build once deleted what the English one wrote
        site.page("architecture/bus.md", design("The big bus", tags=["Kafka"]))
        builds.build()
    finally:
        builds.stop()

    pages = {str(p.relative_to(builds.site_dir)) for p in builds.site_dir.rglob("index.html")}
    for folder in ("", "fr/"):
        assert {f"{folder}architecture/{p}index.html" for p in ("", "bus/", "tags/kafka/")} <= pages
    assert [r.warnings for r in site.results] == [[]] * 4
    assert site.results[-1].texts("architecture/index.html", ".arch-card__title") == [
        "The big bus",
        "The cache",
    ]
    assert site.results[-1].texts("fr/architecture/index.html", ".arch-card__title") == [
        "Le bus",
        "Le cache",
    ]


@pytest.mark.parametrize("fallback", [True, False])
def test_a_generated_page_one_language_lacks_leads_to_that_languages_home(
    site: Site, fallback: bool
) -> None:
    site.page("architecture/solo.md", design("English only", tags=["Solo"]))
    site.page("architecture/seul.fr.md", design("Français seul", tags=["Seul"]))
    result = build(site, "suffix", fallback_to_default=fallback)

    built = {str(p.relative_to(result.site_dir)) for p in result.site_dir.rglob("*.html")}
    for page in [
        "architecture/tags/solo/index.html",
        "fr/architecture/tags/seul/index.html",
        "fr/architecture/tags/kafka/index.html",
    ] + (["fr/architecture/tags/solo/index.html"] if fallback else []):
        found = links(result, page, SELECTOR)
        assert len(found) == 2, page  # one per language
        for link in found:
            assert f"{link}/index.html".lstrip("/") in built or link in ("fr", "."), (page, link)
    assert "fr/architecture/tags/solo/index.html" in built or not fallback


def test_a_reference_written_as_a_link_leads_to_the_page_in_its_own_language(
    site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    """mkdocs-static-i18n leads a French page's link `autre.md` to `autre.fr.md`: so do the
    references, in the build and in `arch-cards check`, which reads every language at once."""
    site.page(
        "architecture/old.fr.md",
        design("L'ancien", status="superseded", superseded_by="autre.md", related=["bus.md"]),
    )
    site.page("architecture/autre.fr.md", design("L'autre", supersedes=["old.md"]))
    result = build(site, "suffix")  # strict, and no warning

    assert links(result, "fr/architecture/old/index.html", ".arch-page a[href*='autre']")
    assert cli.main(["check", "-f", str(site.root / "mkdocs.yml")]) == 0
    assert capsys.readouterr().err == "no problems\n"


@pytest.mark.parametrize(
    ("pattern", "within"),
    [
        ("architecture/**/*.md", "fr/architecture/**/*.md"),
        ("/decisions/*.md", "fr/decisions/*.md"),
        ("!architecture/templates/*.md", "!fr/architecture/templates/*.md"),
        ("!templates/", "!fr/**/templates/"),  # any folder named so, as gitignore reads it
        ("!*-template.md", "!fr/**/*-template.md"),
        ("!/drafts/", "!fr/drafts/"),
    ],
)
def test_folder_patterns_hold_in_each_language_folder_as_written(pattern: str, within: str) -> None:
    assert within_folder("fr/", pattern) == within


def test_check_reads_the_designs_in_every_language_folder(
    site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    """With `docs_structure: folder`, the designs are under docs/en/ and docs/fr/: `check` finds
    them where the build does, and reports what it reports."""
    build(site, "folder")
    site.page("fr/architecture/cache.md", design("Le cache", status="bogus"))

    assert cli.main(["check", "-f", str(site.root / "mkdocs.yml")]) == 1
    said = capsys.readouterr()
    assert said.out.startswith("fr/architecture/cache.md:") and "status: 'bogus'" in said.out
    assert said.err == "1 problem\n"
