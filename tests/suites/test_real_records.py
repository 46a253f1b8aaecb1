"""Realistic record collections, one small site per format, built as a team would first build them.

Each site under tests/corpora/ is a folder a human can read: its mkdocs.yml with the plugin
added and the config a team writes for that format, and records in the format's own shape, with
the messy values real collections have. `wall.py` generates the 240-record site.
"""

from __future__ import annotations

import collections
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import yaml
from mkdocs.exceptions import Abort

from mkdocs_arch_cards import cli
from tests.conftest import Site
from tests.corpora import wall
from tests.helpers import grid_cards

if TYPE_CHECKING:
    from tests.conftest import Result

CORPORA = Path(__file__).parents[1] / "corpora"
FORMATS = ("madr2", "madr3", "madr4", "nygard", "log4brains", "kep", "material")


@dataclass
class Built:
    """A corpus site built once with `--strict`, and how the build ended."""

    root: Path
    result: Result
    aborted: str | None  # MkDocs' "Aborted with N warnings in strict mode!", if it stopped

    def titles(self, page: str, grid: int = 0) -> list[str]:
        """The card titles of one grid on a page (0: current designs, 1: retired ones)."""
        grids = self.result.soup(page).select(".arch-cards")
        return [text(t) for t in grids[grid].select(".arch-card__title")]

    def statuses(self, page: str) -> dict[str, str | None]:
        """Each card's title and its status, as the grid's filters see it."""
        cards = grid_cards(self.result.soup(page))
        return {card["title"]: card["status"] or None for card in cards}

    def card(self, page: str, title: str) -> dict[str, str]:
        """One card's summary and problem, as the reader sees them."""
        for card in grid_cards(self.result.soup(page)):
            if card["title"] == title:
                return {"summary": card["summary"], "problem": card["problem"]}
        raise AssertionError(f"no card titled {title!r} on {page}")

    def said_twice(self) -> dict[str, list[str]]:
        """Per design page, the paragraphs it shows more than once (a reader reads them twice)."""
        pages = self.design_pages()
        assert pages
        found = {}
        for page in pages:
            counts = collections.Counter(p for p in paragraphs(self.result, page) if p)
            found[page] = [p for p, n in counts.items() if n > 1]
        return {page: repeated for page, repeated in found.items() if repeated}

    def design_pages(self) -> list[str]:
        """Every built design page: the pages that carry the plugin's header."""
        pages = []
        for path in sorted(self.result.site_dir.rglob("index.html")):
            page = path.relative_to(self.result.site_dir).as_posix()
            if self.result.soup(page).select_one(".arch-page"):
                pages.append(page)
        return pages

    def banner_link(self, page: str) -> str | None:
        link = self.result.soup(page).select_one(".arch-banner a")
        return None if link is None else str(link["href"])


def text(element: object) -> str:
    """An element's visible text, whitespace folded; the element must exist."""
    assert element is not None
    return " ".join(element.get_text(" ").split())  # type: ignore[attr-defined]


def build(root: Path) -> Built:
    site = Site(root)
    site.own_config = True
    try:
        result = site.build(strict=True)
    except Abort as abort:
        return Built(root, site.results[-1], str(abort))
    return Built(root, result, None)


def copied(name: str, factory: pytest.TempPathFactory) -> Built:
    root = factory.mktemp(name)
    Site(root).copy(CORPORA / name)
    return build(root)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Built]:
    """Every format's site, built once for the module (about 0.4 s each)."""
    return {name: copied(name, tmp_path_factory) for name in FORMATS}


@pytest.fixture(scope="module")
def wall_site(tmp_path_factory: pytest.TempPathFactory) -> Built:
    root = tmp_path_factory.mktemp("wall")
    wall.write(root)
    return build(root)


def paragraphs(result: Result, page: str) -> list[str]:
    """The text of every paragraph in a page's content, whitespace folded."""
    content = result.soup(page).select_one("article.md-content__inner")
    assert content is not None, page
    return [text(p) for p in content.select("p")]


KEP_4152 = "keps/sig-node/4152-kubelet-image-credential-cache/README.md"

# The exact warnings of each build: only what is genuinely wrong in the data. A format's own
# keys (deciders, consulted, informed, reviewers, approvers, see-also, superseded-by, Material's
# description, icon, hide, comments, ...) and its empty values (N/A, None, "", [], -) are none.
WARNINGS = {
    "madr2": [],
    "madr3": [
        "decisions/0004-partition-topics-by-region.md:2: status: still holds the template's"
        " placeholder '{proposed | rejected | accepted | deprecated | … | supersede…}'"
        " — write this record's value, or delete the line",
        "decisions/0004-partition-topics-by-region.md:3: date: still holds the template's"
        " placeholder '{YYYY-MM-DD when the decision was last updated}'"
        " — write this record's value, or delete the line",
        "decisions/0004-partition-topics-by-region.md:4: deciders: still holds the template's"
        " placeholder '{list everyone involved in the decision}'"
        " — write this record's value, or delete the line",
    ],
    "madr4": [],
    "nygard": [],
    "log4brains": [],
    "kep": [
        f"{KEP_4152}:12: status: still holds the template's placeholder"
        " 'provisional|implementable|implemented|deferred|rejected'"
        " — write this record's value, or delete the line",
        f"{KEP_4152}:13: creation-date: expected a date written YYYY-MM-DD, got string"
        " '2021-21-01' — there is no such day: write a date of the calendar,"
        " e.g. creation-date: 2024-05-01",
        f"{KEP_4152}:14: last-updated: expected a date written YYYY-MM-DD, got string"
        " '2025-28-25' — there is no such day: write a date of the calendar,"
        " e.g. last-updated: 2024-05-01",
    ],
    "material": [],
}


@pytest.mark.parametrize("name", FORMATS)
def test_the_first_build_warns_only_about_real_problems(
    corpus: dict[str, Built], name: str
) -> None:
    built = corpus[name]
    assert sorted(built.result.warnings) == sorted(WARNINGS[name])
    # --strict passes on clean data; bad data fails it with exactly the plugin's warnings.
    expected = f"Aborted with {len(WARNINGS[name])} warnings in strict mode!"
    assert built.aborted == (expected if WARNINGS[name] else None)


@pytest.mark.parametrize("name", FORMATS)
def test_check_prints_what_the_build_warns(
    corpus: dict[str, Built], name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(["check", "-f", str(CORPORA / name / "mkdocs.yml")])
    printed = capsys.readouterr()
    count = len(WARNINGS[name])
    assert code == (1 if count else 0)
    assert sorted(printed.out.splitlines()) == sorted(WARNINGS[name])
    assert printed.err == (f"{count} problems\n" if count else "no problems\n")


@pytest.mark.parametrize("name", FORMATS)
def test_no_paragraph_appears_twice_on_a_design_page(corpus: dict[str, Built], name: str) -> None:
    assert corpus[name].said_twice() == {}


@pytest.mark.parametrize("name", FORMATS)
def test_no_card_shows_the_same_text_as_summary_and_problem(
    corpus: dict[str, Built], name: str
) -> None:
    built = corpus[name]
    page = _index_page(name)
    for title in built.statuses(page):
        card = built.card(page, title)
        assert card["summary"] != card["problem"], title


def _index_page(name: str) -> str:
    return {
        "madr2": "decisions/index.html",
        "madr3": "decisions/index.html",
        "madr4": "decisions/index.html",
        "nygard": "adr/index.html",
        "log4brains": "adr/index.html",
        "kep": "keps/index.html",
        "material": "architecture/index.html",
    }[name]


@pytest.mark.parametrize("name", FORMATS)
def test_generated_pages_follow_the_index_and_none_is_empty(
    corpus: dict[str, Built], name: str
) -> None:
    built = corpus[name]
    index = _index_page(name)
    folder = built.result.site_dir / index.split("/")[0]
    if folder.name != "architecture":
        assert not (built.result.site_dir / "architecture").exists()
    grid = built.result.soup(index)
    assert (folder / "tags/index.html").exists() == bool(grid.select(".arch-card .md-tag"))
    has_category = bool(grid.select(".arch-card .arch-card__category"))
    assert (folder / "categories/index.html").exists() == has_category


def test_madr2_reads_status_from_the_bullets(corpus: dict[str, Built]) -> None:
    built = corpus["madr2"]
    assert built.statuses("decisions/index.html") == {
        "Load the payment SDK from our CDN": "proposed",
        "Retry card authorisations": "accepted",
        "Use CockroachDB for the ledger": "accepted",
        "Use Markdown Architectural Decision Records": "accepted",
        "Use PostgreSQL for the ledger": "superseded",
    }
    assert built.titles("decisions/index.html", 1) == ["Use PostgreSQL for the ledger"]
    old = "decisions/0002-use-postgresql-for-the-ledger/index.html"
    assert built.banner_link(old) == "../0004-use-cockroachdb-for-the-ledger/"


def test_madr2_cards_read_the_sections_as_markdown_renders_them(corpus: dict[str, Built]) -> None:
    built = corpus["madr2"]
    page = "decisions/index.html"
    assert built.card(page, "Use CockroachDB for the ledger") == {
        "summary": 'Chosen option: "CockroachDB", because it keeps serializable transactions'
        " across regions and our __init__ scripts run on it unchanged.",
        "problem": "One PostgreSQL primary cannot take the durable write load of three"
        " regions, and a regional outage stops every payment.",
    }
    assert built.card(page, "Load the payment SDK from our CDN")["problem"] == (
        "Checkout pages load the SDK from the vendor (status page), and its outages stop checkout."
    )
    # A section that starts with a list is still the section: its items are the text.
    problem = built.card(page, "Retry card authorisations")["problem"]
    assert problem.startswith("The card network times out about one request in five hundred.")


def test_madr3_superseded_record_and_non_latin_tags(corpus: dict[str, Built]) -> None:
    built = corpus["madr3"]
    assert built.statuses("decisions/index.html") == {
        "Partition topics by region": None,  # the placeholder is reported, never shown
        "Stream orders through Kafka": "accepted",
        "Use Protobuf for events": "accepted",
        "Keep Avro schemas in a registry": "superseded",
    }
    old = "decisions/0002-keep-avro-schemas-in-a-registry/index.html"
    assert built.banner_link(old) == "../0003-use-protobuf-for-events/"
    schemas = built.titles("decisions/tags/схемы/index.html")
    assert schemas == ["Use Protobuf for events"]  # the retired one is listed apart
    assert (built.result.site_dir / "decisions/tags/потоки-данных/index.html").exists()
    html = built.result.html("decisions/index.html")
    assert "proposed | rejected" not in html and "{YYYY" not in html


def test_madr4_titles_come_from_the_nav_as_the_reader_sees_them(corpus: dict[str, Built]) -> None:
    built = corpus["madr4"]
    assert sorted(built.titles("decisions/index.html")) == [
        "ADR-001: Drop Kafka Dependency",
        "Render on the edge",
        "🚀 Ship behind feature flags",
    ]
    assert built.titles("decisions/index.html", 1) == [
        "Use server-side rendering",
        "Write checkout in WebAssembly",
    ]
    assert built.statuses("decisions/index.html")["Write checkout in WebAssembly"] == "rejected"
    old = "decisions/003-use-server-side-rendering/index.html"
    assert built.banner_link(old) == "../004-render-on-the-edge/"
    page = built.result.soup("decisions/001-drop-kafka-dependency/index.html")
    assert page.title is not None and page.title.text.startswith("ADR-001: Drop Kafka Dependency")


def test_nygard_records_read_the_status_section_and_the_status_table(
    corpus: dict[str, Built],
) -> None:
    built = corpus["nygard"]
    # Natural order: record 10 after record 9, not after record 1.
    assert built.titles("adr/index.html") == [
        "1. Record architecture decisions",
        "3. Use PostgreSQL",
        "4. Deploy with Helm",
        "5. Publish stock changes as events",
        "6. Reserve stock for fifteen minutes",
        "7. Count stock per warehouse",
        "8. Expose a GraphQL API",
        "9. Keep an audit log of stock changes",
        "10. Rate-limit the reservation endpoint",
        "11. Run nightly stock reconciliation",
    ]
    assert built.titles("adr/index.html", 1) == ["2. Use MySQL"]
    statuses = built.statuses("adr/index.html")
    assert statuses["4. Deploy with Helm"] == "accepted"  # from the table at the top
    assert statuses["8. Expose a GraphQL API"] == "deprecated"
    assert statuses["11. Run nightly stock reconciliation"] == "proposed"
    assert statuses["2. Use MySQL"] == "superseded"
    assert built.banner_link("adr/0002-use-mysql/index.html") == "../0003-use-postgresql/"
    assert built.card("adr/index.html", "4. Deploy with Helm") == {
        "summary": "We will package the service as a Helm chart with one values file per"
        " environment.",
        "problem": "Each environment had its own hand-edited manifests, and they drifted apart.",
    }


def test_log4brains_readme_keeps_its_text_and_gets_the_grid(corpus: dict[str, Built]) -> None:
    built = corpus["log4brains"]
    texts = paragraphs(built.result, "adr/index.html")
    assert any(t.startswith("Welcome 👋 to the architecture knowledge base") for t in texts)
    assert sorted(built.titles("adr/index.html")) == [
        "Compress payloads with zstd",
        "Send telemetry over gRPC streams",
        "Use Log4brains to manage the ADRs",
    ]
    assert built.titles("adr/index.html", 1) == ["Send telemetry over MQTT"]
    assert built.statuses("adr/index.html")["Compress payloads with zstd"] == "draft"
    old = "adr/20201002-send-telemetry-over-mqtt/index.html"
    assert built.banner_link(old) == "../20210315-send-telemetry-over-grpc-streams/"
    nav = built.result.soup("adr/index.html").select("nav.md-nav--primary a.md-nav__link[href]")
    assert [str(a["href"]) for a in nav].count("./") <= 1  # one nav entry for one URL
    problem = built.card("adr/index.html", "Compress payloads with zstd")["problem"]
    assert problem.startswith("Mobile data costs the fleet more than the servers do.")


def test_kep_proposals_relations_empties_urls_and_root_paths(corpus: dict[str, Built]) -> None:
    built = corpus["kep"]
    assert built.statuses("keps/index.html") == {
        "Cloud Dual-Stack --node-ip Handling": "implementable",
        "IPv4/IPv6 Dual-stack Support": "implemented",
        "Kubelet Image Credential Cache": None,  # the template's choices are no status
        "Pod Priority Based Graceful Node Shutdown": "implemented",
        "Graceful Node Shutdown": "replaced",
    }
    assert built.titles("keps/index.html", 1) == ["Graceful Node Shutdown"]
    old = "keps/sig-node/2000-graceful-node-shutdown/index.html"
    assert built.banner_link(old) == "../2712-pod-priority-based-graceful-node-shutdown/"
    page = built.result.soup("keps/sig-network/563-dual-stack/index.html")
    links = [str(a["href"]) for a in page.select(".arch-related a")]
    assert "../3705-cloud-dual-stack-node-ips/" in links
    assert "https://github.com/kubernetes/enhancements/issues/563" in links
    filters = built.result.html("keps/index.html")
    assert "provisional|implementable" not in filters
    categories = built.result.soup("keps/categories/index.html").select(".arch-category h2")
    assert [text(h) for h in categories] == ["sig-network", "sig-node"]


def test_material_site_keeps_its_own_front_matter_quiet(corpus: dict[str, Built]) -> None:
    built = corpus["material"]
    page = built.result.soup("architecture/index.html")
    assert text(page.select_one(".md-content h1")) == "🏛️ Architecture"
    assert "title:" not in text(page.select_one(".md-content"))
    assert built.statuses("architecture/index.html")["🔎 Search index"] == "new"
    design = built.result.soup("architecture/search-index/index.html")
    assert len(design.select(".md-content .md-tags")) == 1  # one row of chips, not Material's too


def test_material_categories_in_any_script_keep_every_design(corpus: dict[str, Built]) -> None:
    built = corpus["material"]
    sections = built.result.soup("architecture/categories/index.html").select(".arch-category")
    listed = {
        text(s.select_one("h2")): [text(t) for t in s.select(".arch-category__list > li > a")]
        for s in sections
    }
    # "Data" and "data" are one category; two Cyrillic names are two.
    assert {name.casefold(): sorted(titles) for name, titles in listed.items()} == {
        "data": ["Event archive", "Metrics pipeline"],
        "безопасность": ["Payments ledger"],
        "данные": ["🔎 Search index"],
        "الأمن": ["تسجيل الدخول الموحد"],
        "データ基盤": ["画像パイプライン"],
    }
    slugs = [
        s.get("id", "")
        for s in built.result.soup("architecture/categories/index.html").select(".arch-category h2")
    ]
    assert len(set(slugs)) == len(slugs)


@pytest.mark.parametrize(
    ("label", "slug"),
    [
        ("Παρατηρησιμότητα", "παρατηρησιμότητα"),
        ("Аудит", "аудит"),
        ("الهوية", "الهوية"),
        ("画像処理", "画像処理"),
    ],
)
def test_material_non_latin_tags_get_readable_pages(
    corpus: dict[str, Built], label: str, slug: str
) -> None:
    built = corpus["material"]
    page = built.result.soup(f"architecture/tags/{slug}/index.html")
    assert label in text(page.select_one(".md-content h1"))


def test_an_emoji_tag_label_renders_on_its_page(corpus: dict[str, Built]) -> None:
    built = corpus["material"]
    site_dir = built.result.site_dir
    pages = [
        built.result.soup(path.relative_to(site_dir).as_posix())
        for path in sorted((site_dir / "architecture/tags").glob("*/index.html"))
    ]
    headings = [text(p.select_one(".md-content h1")) for p in pages]
    assert "⚡ Performance" in headings
    page = pages[headings.index("⚡ Performance")]
    assert "title:" not in text(page.select_one(".md-content"))


WALL_BYTES = 300_000  # 240 cards; 435,356 bytes before the cards were clamped


def test_a_wall_of_records_gives_a_light_grid_of_short_cards(wall_site: Built) -> None:
    assert wall_site.result.warnings == []
    assert wall_site.aborted is None
    page = "decisions/index.html"
    weight = (wall_site.result.site_dir / page).stat().st_size
    assert weight <= WALL_BYTES, weight
    titles = wall_site.statuses(page)
    assert len(titles) == wall.RECORDS
    for title in list(titles)[:20]:
        card = wall_site.card(page, title)
        assert card["summary"] != card["problem"]
        for text in card.values():
            assert len(text) <= 300, text
            assert not text or text.endswith((".", "!", "?", "…")), text


GUIDE = Path(__file__).parents[2] / "docs" / "guide" / "migrating.md"
SECTIONS = {
    "MADR 2": "madr2",
    "MADR 3": "madr3",
    "MADR 4": "madr4",
    "Nygard and adr-tools": "nygard",
    "Log4brains": "log4brains",
    "KEP-style proposals": "kep",
    "A Material site with front-matter of its own": "material",
}


def guide_sections() -> dict[str, str]:
    """The migrating guide's sections, by corpus name."""
    sections: dict[str, list[str]] = {}
    heading, fence = "", False
    for line in GUIDE.read_text(encoding="utf-8").splitlines():
        fence ^= line.lstrip().startswith("```")
        if line.startswith("## ") and not fence:  # not a record's heading in an example
            heading = line.removeprefix("## ")
        sections.setdefault(heading, []).append(line)
    return {SECTIONS[h]: "\n".join(lines) + "\n" for h, lines in sections.items() if h in SECTIONS}


def fenced(section: str, opening: str) -> str:
    """The first fenced block of a section that opens with `opening`."""
    start = section.index(opening) + len(opening)
    return section[start : section.index("```", start)]


@pytest.mark.parametrize("name", FORMATS)
def test_the_guide_shows_each_format_s_config_and_check_output(name: str) -> None:
    section = guide_sections()[name]
    shown = yaml.safe_load(fenced(section, '```yaml title="mkdocs.yml"\n'))
    config = yaml.load((CORPORA / name / "mkdocs.yml").read_text("utf-8"), Loader=yaml.Loader)
    assert _options(shown) == _options(config)
    output = fenced(section, "```text\n$ arch-cards check\n").splitlines()
    count = len(WARNINGS[name])
    assert output == [*WARNINGS[name], f"{count} problems" if count else "no problems"]


def _options(config: dict[str, Any]) -> Any:
    return next(p["arch-cards"] for p in config["plugins"] if isinstance(p, dict))
