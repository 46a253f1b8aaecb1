"""The first build of an adopted collection, with only `designs` and `index` set, is right.

Each site under tests/corpora/first-* is a folder as a team has it (a MADR repository's
docs/decisions with its templates and README, an adr-tools doc/adr with its template, a
Backstage folder of Docusaurus ADRs, a folder of Material blog posts) with the plugin added and
no other option: no false warning, no template taken for a record, nothing said twice.
"""

from __future__ import annotations

import pytest

from mkdocs_arch_cards import cli
from tests.suites.test_real_records import CORPORA, Built, copied, paragraphs

SITES = (
    "first-madr",
    "first-adrtools",
    "first-backstage",
    "first-blog",
    "first-jph",
    "first-arachne",
    "first-govuk",
    "first-adrtoc",
    "first-material",
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Built]:
    return {name: copied(name, tmp_path_factory) for name in SITES}


@pytest.mark.parametrize("name", SITES)
def test_a_minimal_config_builds_strict_without_a_warning(
    built: dict[str, Built], name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert built[name].result.warnings == []
    assert built[name].aborted is None
    assert cli.main(["check", "-f", str(CORPORA / name / "mkdocs.yml")]) == 0
    assert capsys.readouterr().err == "no problems\n"


@pytest.mark.parametrize("name", SITES)
def test_no_paragraph_appears_twice_on_a_design_page(built: dict[str, Built], name: str) -> None:
    assert built[name].said_twice() == {}


def test_madr_templates_are_pages_but_no_cards(built: dict[str, Built]) -> None:
    site = built["first-madr"]
    page = "decisions/index.html"
    assert site.statuses(page) == {
        "Use Markdown Architectural Decision Records": "accepted",
        "Price orders in the cart service": "accepted",
        "Ship orders through Kafka": "accepted",
        "Keep order history for seven years": "proposed",
        "Ship orders through a queue": "superseded",
    }
    for template in ("adr-template", "adr-template-minimal"):
        html = site.result.site_dir / f"decisions/{template}/index.html"
        assert html.exists()  # MkDocs still builds it, as without the plugin
        assert site.result.soup(f"decisions/{template}/index.html").select_one(".arch-page") is None
    # The README is kept and gets the grid.
    assert any(t.startswith("This folder holds") for t in paragraphs(site.result, page))
    assert site.card(page, "Price orders in the cart service") == {
        "summary": 'Chosen option: "Price in the cart service", because the price a customer'
        " saw is the price they pay.",
        "problem": "Prices are computed twice, once in the cart and once at checkout, and the"
        " two disagree when a promotion ends between them.",
    }
    # A context written as a list is still the context: its items are the problem.
    problem = site.card(page, "Ship orders through Kafka")["problem"]
    assert problem.startswith("The warehouse, billing and analytics each need every order.")
    assert problem.endswith("RabbitMQ deletes a message once one consumer reads it.")
    old = "decisions/0002-ship-orders-through-a-queue/index.html"
    assert site.banner_link(old) == "../0003-ship-orders-through-kafka/"


def test_adr_tools_records_read_context_and_decision(built: dict[str, Built]) -> None:
    site = built["first-adrtools"]
    page = "adr/index.html"
    assert site.titles(page) == [
        "1. Record architecture decisions",
        "2. Use PostgreSQL for invoices",
        "4. Generate PDFs with a hosted service",
    ]
    assert site.titles(page, 1) == ["3. Generate PDFs in a worker"]
    assert site.card(page, "2. Use PostgreSQL for invoices") == {
        "summary": "We will keep invoices in PostgreSQL, in an append-only table with one row"
        " per invoice version.",
        "problem": "Invoices must never be lost or changed after they are sent, and auditors"
        " read them for ten years.",
    }
    assert site.banner_link("adr/0003-generate-pdfs-in-a-worker/index.html") == (
        "../0004-generate-pdfs-with-a-hosted-service/"
    )
    assert site.result.soup("adr/templates/template/index.html").select_one(".arch-page") is None


def test_docusaurus_adrs_keep_their_titles_and_read_their_sections(
    built: dict[str, Built],
) -> None:
    site = built["first-backstage"]
    page = "architecture-decisions/index.html"
    assert site.titles(page) == [
        "ADR001: Architecture Decision Record (ADR) log",
        "ADR002: Default Software Catalog File Format",
        "ADR003: Avoid Default Exports and Prefer Named Exports",
        "ADR004: Module Export Structure",
    ]
    assert site.card(page, "ADR002: Default Software Catalog File Format") == {
        "summary": "Every service keeps a catalog-info.yaml file at the root of its repository,"
        " in the portal's descriptor format.",
        "problem": "Teams describe their services in wikis, spreadsheets and README files, each"
        " in its own shape, and no tool can read them all.",
    }
    assert (site.result.site_dir / "architecture-decisions/adr000-template/index.html").exists()


def test_blog_posts_are_dated_by_their_created_date(built: dict[str, Built]) -> None:
    site = built["first-blog"]
    page = "blog/index.html"
    assert sorted(site.statuses(page)) == [
        "Caching build layers in the registry",
        "Moving CI to ARM runners",
        "One PostgreSQL cluster per team",
    ]  # the draft is left out, as Material's blog leaves it out
    assert site.card(page, "Moving CI to ARM runners") == {
        "summary": "Our CI bill doubled in a year, and most jobs are builds that run just as"
        " well on ARM.",
        "problem": "",
    }
    header = site.result.soup("blog/posts/moving-to-arm-runners/index.html")
    assert "2023-01-31" in header.select_one(".arch-page").get_text()


def test_joel_parker_henderson_records_read_issue_and_status_sentence(
    built: dict[str, Built],
) -> None:
    site = built["first-jph"]
    page = "decisions/index.html"
    # "Decided. We are open to new alternatives as they arise." is the status Decided: accepted.
    assert site.statuses(page) == {
        "Choose CSS framework": "accepted",
        "Choose database": "accepted",
        "Choose observability stack": "accepted",
        "Choose web framework": "proposed",
        "Choose logging format": "superseded",
    }
    assert site.card(page, "Choose database") == {
        "summary": "Decided on PostgreSQL.",
        "problem": "We want to use a database for storing customer orders, and we need it to be"
        " open source and well supported.",
    }
    # An issue written as a list of sentences reads as sentences.
    assert site.card(page, "Choose CSS framework")["problem"] == (
        "Our pages look different on every team's service. Designers cannot change a colour"
        " in one place."
    )
    assert any(t.startswith("Each file is one decision") for t in paragraphs(site.result, page))


def test_a_context_that_leads_into_a_list_reads_its_first_item(built: dict[str, Built]) -> None:
    site = built["first-arachne"]
    page = "adr/index.html"
    problem = site.card(page, "Architecture Decision Record: Use ADRs")["problem"]
    assert problem.startswith("Arachne has several very explicit goals")
    assert "very important: We want to think deeply" in problem
    assert site.statuses(page)["Architecture Decision Record: Datomic-based Configuration"] == (
        "superseded"
    )
    old = "adr/adr-003-config-implementation/index.html"
    assert site.banner_link(old) == "../adr-012-config-as-datascript/"


@pytest.mark.parametrize("name", ["first-govuk", "first-adrtoc"])
def test_a_readme_listing_the_records_is_kept_with_the_grid(
    built: dict[str, Built], name: str
) -> None:
    site = built[name]
    soup = site.result.soup("adr/index.html")
    content = soup.select_one("article.md-content__inner")
    assert content is not None
    listed = [a for a in content.select("a") if not a.find_parent(class_="arch-cards")]
    assert len(listed) >= 4  # the README's own table or adr-tools' list is still there
    assert len(soup.select(".arch-card")) == 4
    assert (
        site.statuses("adr/index.html")[
            "2. Use a single content store" if name == "first-govuk" else "3. Store carts in Redis"
        ]
        == "superseded"
    )


def test_a_date_line_in_the_body_is_not_repeated_above_it(built: dict[str, Built]) -> None:
    site = built["first-govuk"]
    page = "adr/0001-record-architecture-decisions/index.html"
    assert site.result.texts(page, ".arch-page__meta") == []
    assert "Date: 2016-11-03" in paragraphs(site.result, page)


def test_material_status_new_and_rtl_and_emoji_build_clean(built: dict[str, Built]) -> None:
    site = built["first-material"]
    page = "designs/index.html"
    assert site.statuses(page) == {
        ":rocket: Deploys on merge": None,  # as MkDocs titles the page
        "Nightly search reindex": "deprecated",
        "تصميم الطلبات": None,
        "🚦 Rate limits at the edge": "new",
    }
    assert site.card(page, "تصميم الطلبات")["summary"] == (
        "تُحفظ الطلبات في قاعدة بيانات واحدة لكل منطقة."
    )
    assert (site.result.site_dir / "about/index.html").exists()
