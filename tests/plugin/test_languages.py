"""The showcase (docs/) built in German, Japanese and Arabic: the text the plugin adds follows
the theme's `language`; the designs' own text stays as written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from mkdocs.commands.build import build
from mkdocs.config import load_config

from tests.conftest import Site, every_warning

ROOT = Path(__file__).parents[2]

# What a reader sees, per language: the index's grid, a design page's header, a tag page.
SAID = {
    "de": {
        "result": "7 Entwürfe",
        "problem": "Gelöstes Problem",
        "diagram": "Diagramm ansehen",
        "placeholder": "Nach Titel, Zusammenfassung, Problem oder Technologie filtern",
        "retired": "Entwürfe: Abgelöst",
        "badge": "Angenommen",
        "banner": "Status dieses Entwurfs: abgelöst",
        "superseded": "Er wurde ersetzt durch Event-Driven Order Pipeline.",
        "related": "Verwandte Entwürfe",
        "tag_count": "2 Entwürfe",
        "tags_title": "Tags",
    },
    "ja": {
        "result": "7 件の設計",
        "problem": "解決した課題",
        "diagram": "図を見る",
        "placeholder": "タイトル、概要、課題、技術で絞り込む",
        "retired": "置き換え済みの設計",
        "badge": "承認",
        "banner": "この設計のステータス: 置き換え済み",
        "superseded": "Event-Driven Order Pipeline に置き換えられました。",
        "related": "関連する設計",
        "tag_count": "2 件の設計",
        "tags_title": "タグ",
    },
    "ar": {
        "result": "7 تصاميم",
        "problem": "المشكلة التي حُلّت",
        "diagram": "عرض المخطط",
        "placeholder": "رشّح حسب العنوان أو الملخص أو المشكلة أو التقنية",
        "retired": "التصاميم: مستبدَل",
        "badge": "مقبول",
        "banner": "حالة هذا التصميم: مستبدَل",
        "superseded": "حلّ محله Event-Driven Order Pipeline.",
        "related": "تصاميم ذات صلة",
        "tag_count": "تصميمان",
        "tags_title": "الوسوم",
    },
}


@pytest.fixture(scope="module", params=sorted(SAID))
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple:
    language = request.param
    site_dir = tmp_path_factory.mktemp(f"site-{language}")
    with every_warning() as logged:
        config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site_dir), strict=True)
        config.theme["language"] = language  # as `theme: {language: ...}` in mkdocs.yml
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
            assert (logged.messages, logged.others) == ([], [])
    return language, site_dir


def soup(site: Path, page: str) -> BeautifulSoup:
    html = BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")
    for permalink in html.select("a.headerlink"):
        permalink.decompose()
    return html


def text(element: object) -> str:
    assert element is not None
    return " ".join(element.get_text(" ").split())  # type: ignore[attr-defined]


def test_the_grid_speaks_the_sites_language(built: tuple[str, Path]) -> None:
    language, site = built
    said = SAID[language]
    page = soup(site, "architecture/index.html")
    assert page.html is not None and page.html["lang"] == language
    assert text(page.select_one("[data-arch-result]")) == said["result"]
    card = page.select_one(".arch-card")
    assert text(card.select_one(".arch-card__label")) == said["problem"]  # type: ignore[union-attr]
    assert text(card.select_one(".arch-card__diagram")) == said["diagram"]  # type: ignore[union-attr]
    assert page.select_one(".arch-filter__search")["placeholder"] == said["placeholder"]  # type: ignore[index]
    headings = [text(h) for h in page.select(".md-content h2")]
    assert said["retired"] in headings
    assert said["badge"] in [text(b) for b in page.select(".arch-badge")]
    strings = json.loads(page.select_one("[data-arch-filter]")["data-arch-strings"])  # type: ignore[arg-type, index]
    assert strings["lang"] == language
    # The designs' own words are as written.
    assert text(card.select_one(".arch-card__title")) == "Event-Driven Order Pipeline"  # type: ignore[union-attr]


def test_a_design_header_speaks_the_sites_language(built: tuple[str, Path]) -> None:
    language, site = built
    said = SAID[language]
    page = soup(site, "architecture/synchronous-order-rest-chain/index.html")
    assert text(page.select_one(".arch-banner .admonition-title")) == said["banner"]
    assert " ".join(page.select(".arch-banner p")[-1].get_text().split()) == said["superseded"]
    assert text(page.select(".md-content h2")[-1]) == said["related"]
    assert text(page.select_one(".arch-page__problem .admonition-title")) == said["problem"]
    frame = page.select_one(".arch-diagram")
    assert json.loads(frame["data-arch-strings"])["lang"] == language  # type: ignore[arg-type, index]


def test_the_tag_pages_count_in_the_sites_language(built: tuple[str, Path]) -> None:
    language, site = built
    said = SAID[language]
    tags = soup(site, "architecture/tags/index.html")
    assert text(tags.select_one(".md-content h1")) == said["tags_title"]
    counts = {
        text(item.select_one(".md-tag")): text(item.select_one(".arch-tags__count"))
        for item in tags.select(".arch-tags__list li")
    }
    assert counts["Kubernetes"] == said["tag_count"]
    page = soup(site, "architecture/tags/kubernetes/index.html")
    titles = [text(t) for t in page.select(".arch-card__title")]
    assert titles == ["Event-Driven Order Pipeline", "Stream Processing DAG"]


def test_rtl_pages_are_marked_rtl_by_the_theme(built: tuple[str, Path]) -> None:
    language, site = built
    page = soup(site, "architecture/index.html")
    assert page.body is not None  # Material sets the direction on <body>
    assert (page.body.get("dir") == "rtl") == (language == "ar")


TAGGED = """
    architecture/a.md
    | ---
    | {title: Alpha, category: Data, summary: One., problem: Two., tags: [Kafka, Go]}
    | ---
    architecture/b.md
    | ---
    | {title: Beta, category: Data, summary: One., problem: Two., tags: [Go]}
    | ---
"""


@pytest.mark.parametrize(
    ("theme", "options", "kafka", "go"),
    [
        ({}, {}, "1 design uses Kafka.", "2 designs use Go."),
        ({"language": "de"}, {}, "1 Entwurf verwendet Kafka.", "2 Entwürfe verwenden Go."),
        ({"language": "pt-BR"}, {}, "1 design usa Kafka.", "2 designs usam Go."),
        (
            {"language": "ru"},
            {},
            "Kafka используется в 1 решении.",
            "Go используется в 2 решениях.",
        ),
        (
            {"language": "de"},
            {"language": "fr"},
            "1 conception utilise Kafka.",
            "2 conceptions utilisent Go.",
        ),
        (
            {"language": "de"},
            {"strings": {"tag_line": {"one": "Nur {tag}.", "other": "{count} mal {tag}."}}},
            "Nur Kafka.",
            "2 mal Go.",
        ),
    ],
)
def test_a_tag_pages_line_is_a_sentence_in_the_sites_language(
    site: Site, theme: dict[str, str], options: dict[str, object], kafka: str, go: str
) -> None:
    site.docs(TAGGED)
    site.extra = {"theme": {"name": "material", "font": False, **theme}}
    site.plugin = options
    result = site.build(strict=True)
    assert result.texts("architecture/tags/kafka/index.html", ".arch-cards__subtitle") == [kafka]
    assert result.texts("architecture/tags/go/index.html", ".arch-cards__subtitle") == [go]


def test_the_index_title_is_the_languages_unless_the_site_sets_one(site: Site) -> None:
    site.docs(TAGGED)
    site.extra = {"theme": {"name": "material", "font": False, "language": "ja"}}
    assert site.build(strict=True).texts("architecture/index.html", ".md-content h1") == [
        "アーキテクチャ"
    ]
    site.plugin = {"title": "Systeme"}
    assert site.build(strict=True).texts("architecture/index.html", ".md-content h1") == ["Systeme"]
