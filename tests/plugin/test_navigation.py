"""Tag pages, categories, lifecycle, relations and drafts in real builds: no browser needed."""

from __future__ import annotations

import datetime
import json
import posixpath

import pytest
from mkdocs.exceptions import Abort

from tests.conftest import MATERIAL, Result, Site, Urls
from tests.helpers import design


def links_resolve(result: Result, page: str, selector: str) -> list[str]:
    """The hrefs matched on `page`, each checked to land on a built file (and anchor)."""
    hrefs = [str(a["href"]) for a in result.soup(page).select(selector)]
    for href in hrefs:
        path, _, anchor = href.partition("#")
        if not result.directory_urls:  # on file://, a folder opens a listing, not its page
            assert not path.endswith("/") and path != ".", f"{page}: {href}"
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
        file = (
            result.site_dir / target / "index.html"
            if href.endswith("/") or path.endswith("/")
            else result.site_dir / target
        )
        assert file.is_file(), f"{page}: {href} -> {file}"
        if anchor:
            assert result.soup(str(file.relative_to(result.site_dir))).select(f"#{anchor}"), href
    return hrefs


def three_designs(site: Site) -> None:
    site.page("architecture/a.md", design("Alpha", category="Data", tags=["Kafka", "Go"]))
    site.page("architecture/b.md", design("Bravo", category="Data", tags=["kafka"]))
    site.page("architecture/c.md", design("Charlie", category="Security", tags=["Go", "Rust"]))


def test_each_tag_gets_a_page_of_its_cards(site: Site, urls: Urls) -> None:
    three_designs(site)
    result = site.build(strict=True)
    page = urls.html("architecture/tags/kafka.md")
    assert result.texts(page, "h1") == ["Kafka"]
    assert result.texts(page, ".arch-cards__subtitle") == ["2 designs use Kafka."]
    assert result.texts(page, ".arch-card__title") == ["Alpha", "Bravo"]
    assert result.texts(urls.html("architecture/tags/rust.md"), ".arch-card__title") == ["Charlie"]


def test_the_tags_overview_counts_every_tag(site: Site, urls: Urls) -> None:
    three_designs(site)
    result = site.build(strict=True)
    assert result.texts("architecture/tags/index.html", ".arch-tags__list li") == [
        "Go 2 designs",
        "Kafka 2 designs",
        "Rust 1 design",
    ]
    links_resolve(result, "architecture/tags/index.html", ".arch-tags .md-tag")


def test_chips_and_categories_link_to_their_pages(site: Site, urls: Urls) -> None:
    three_designs(site)
    result = site.build(strict=True)
    design_page = urls.html("architecture/a.md")
    grid_page = "architecture/index.html"
    for page in (grid_page, design_page):
        hrefs = links_resolve(result, page, ".md-tag, a.arch-card__category, .arch-card__title a")
        assert hrefs
    grid = result.soup(grid_page)
    assert [a["href"] for a in grid.select(".arch-card__title a")] == urls.pick(
        ["a/", "b/", "c/"], ["a.html", "b.html", "c.html"]
    )
    assert [a["href"] for a in grid.select("a.arch-card__category")][:1] == urls.pick(
        ["categories/#data"], ["categories.html#data"]
    )
    chips = result.soup(design_page).select(".arch-page .md-tag")
    assert [a["data-arch-tag"] for a in chips] == ["kafka", "go"]
    # One address of the grid for the chips of a list (the script adds `?tags=`), one per grid.
    home = result.soup(design_page).select_one(".arch-page")
    assert home is not None
    grids = [g["data-arch-grid-href"] for g in grid.select("[data-arch-grid-href]")]
    assert grids == urls.pick(["./"], ["index.html"])
    if urls.directory:
        assert [a["href"] for a in chips] == ["../tags/kafka/", "../tags/go/"]
        assert home["data-arch-grid-href"] == "../"
    else:  # the grid is a file, not a folder (which file:// would list)
        assert [a["href"] for a in chips] == ["tags/kafka.html", "tags/go.html"]
        assert home["data-arch-grid-href"] == "index.html"


def test_categories_overview_follows_the_configured_order(site: Site, urls: Urls) -> None:
    three_designs(site)
    site.plugin = {
        "categories": [
            {"name": "Security", "description": "Who may do what.", "icon": "material/shield-lock"},
            "Data",
        ]
    }
    result = site.build(strict=True)
    page = urls.html("architecture/categories.md")
    assert result.texts(page, ".arch-category h2") == ["Security", "Data"]
    assert result.texts(page, ".arch-category__meta") == [
        "Who may do what. · 1 design",
        "2 designs",
    ]
    assert [s.get("id") for s in result.soup(page).select(".arch-category h2")] == [
        "security",
        "data",
    ]
    assert result.soup(page).select(".arch-category h2 svg")  # the icon, from Material
    # A list per category, not a second grid: title, status and summary of each design.
    assert result.texts(page, ".arch-category__list a") == ["Charlie", "Alpha", "Bravo"]
    assert not result.soup(page).select(".arch-card")
    assert links_resolve(result, page, ".arch-category__list a")


def test_the_tag_registry_merges_aliases_and_describes_tags(site: Site, urls: Urls) -> None:
    site.page("architecture/a.md", design("A", tags=["k8s", "Go"]))
    site.page("architecture/b.md", design("B", tags=["KUBERNETES"]))
    site.plugin = {
        "tags": {
            "Kubernetes": {
                "aliases": ["k8s"],
                "description": "Runs our services.",
                "group": "Platform",
            },
            "Go": {"group": "Language", "color": "#00add8"},
        }
    }
    result = site.build(strict=True)
    page = urls.html("architecture/tags/kubernetes.md")
    assert result.texts(page, ".arch-cards__subtitle") == ["Runs our services."]
    assert result.texts(page, ".arch-card__title") == ["A", "B"]
    overview = "architecture/tags/index.html"
    assert result.texts(overview, ".arch-tags__group") == ["Language", "Platform"]
    go_chip = result.soup(urls.html("architecture/a.md")).select_one(".arch-page .md-tag")
    assert go_chip is not None and go_chip.get_text(strip=True) == "Kubernetes"


def test_unknown_tags_warn_or_are_refused_as_configured(site: Site) -> None:
    site.page("architecture/a.md", design("A", tags=["Go", "Cobol"]))
    site.plugin = {"tags": {"Go": None}, "unknown_tags": "warn"}
    assert site.build_fails(strict=True).warnings == [
        "architecture/a.md:6: tags: 'Cobol' is not in the tag registry"
        " — add it to `tags:` in the plugin's config, or use a listed tag or alias"
    ]
    site.plugin = {"tags": {"Go": None}, "unknown_tags": "error"}
    with pytest.raises(Abort, match="BuildError"):  # MkDocs' wrapping of our PluginError
        site.build()
    assert site.results[-1].warnings == [
        "architecture/a.md:6: tags: 'Cobol' is not in the tag registry"
        " — add it to `tags:` in the plugin's config, or use a listed tag or alias"
    ]
    assert site.results[-1].engine_warnings == [
        "ERROR mkdocs.commands.build: arch-cards: the configuration refuses 1 value(s)"
    ]


def test_unknown_category_and_status_are_reported(site: Site) -> None:
    site.page("architecture/a.md", design("A", category="Dta", status="wip"))
    site.plugin = {"categories": ["Data", "Security"], "unknown_categories": "warn"}
    assert site.build_fails().warnings == [
        "architecture/a.md:3: category: 'Dta' is not an allowed category"
        " — use one of: Data, Security",
        "architecture/a.md:7: status: 'wip' is not a known status"
        " — use one of: draft, proposed, provisional, implementable, accepted, new,"
        " implemented, deferred, deprecated, rejected, withdrawn, superseded, replaced",
    ]


def lifecycle(site: Site, **old: object) -> None:
    site.page(
        "architecture/old.md",
        design("Old Way", status="superseded", superseded_by="new.md", **old),
    )
    site.page(
        "architecture/new.md",
        design("New Way", status="accepted", supersedes=["old.md"], date="2024-05-01"),
    )


def test_a_superseded_design_points_to_its_successor(site: Site, urls: Urls) -> None:
    lifecycle(site)
    result = site.build(strict=True)
    page = urls.html("architecture/old.md")
    banner = result.soup(page).select_one(".arch-banner")
    assert banner is not None
    assert " ".join(banner.get_text().split()) == (
        "This design is superseded It is superseded by New Way."
    )
    assert links_resolve(result, page, ".arch-banner a") == urls.pick(["../new/"], ["new.html"])
    assert result.texts(page, ".arch-page .arch-badge") == ["Superseded"]
    assert result.texts(urls.html("architecture/new.md"), ".arch-banner") == []
    assert result.texts(urls.html("architecture/new.md"), ".arch-page .arch-badge") == ["Accepted"]


def test_the_grid_lists_current_designs_and_then_retired_ones(site: Site, urls: Urls) -> None:
    lifecycle(site)
    site.page("architecture/x.md", design("Extra"))
    result = site.build(strict=True)
    page = "architecture/index.html"
    grids = result.soup(page).select(".arch-cards")
    titles = [[t.get_text(strip=True) for t in g.select(".arch-card__title")] for g in grids]
    assert titles == [["Extra", "New Way"], ["Old Way"]]
    assert "Superseded designs" in result.texts(page, "h2")


def test_nav_shows_materials_icon_only_for_statuses_it_knows(site: Site, urls: Urls) -> None:
    lifecycle(site)
    site.extra = {"nav": ["architecture/index.md", "architecture/old.md", "architecture/new.md"]}
    result = site.build(strict=True)
    links = result.soup("architecture/index.html").select(".md-nav--primary .md-nav__link")
    icons = {
        " ".join(link.get_text().split()): [span["class"] for span in link.select(".md-status")]
        for link in links
    }
    assert icons["Old Way"] == [["md-status", "md-status--superseded"]]  # not the trash can
    assert icons["New Way"] == []  # accepted: no icon for it, so none at all
    [span] = result.soup("architecture/index.html").select(".md-nav--primary .md-status")
    assert span["title"] == "Superseded"  # Material's tooltip, from extra.status
    css = (result.site_dir / "assets/arch-cards/arch-cards.css").read_text(encoding="utf-8")
    for name in ("superseded", "archived"):  # drawn by us: an icon of its own, not Material's
        rule = css.split(f".md-status--{name}::after {{", 1)[1].split("}", 1)[0]
        assert 'mask-image: url("data:image/svg+xml' in rule, name


def test_each_status_names_its_nav_icon(site: Site) -> None:
    site.plugin = {
        "statuses": {
            "retired": {"nav": "archived"},
            "old": {"label": "Old <b>", "nav": "deprecated"},
            "fresh": {"nav": "new"},
            "plain": {},
        }
    }
    site.extra = {"extra": {"status": {"new": "Just in"}}}
    for name in ("retired", "old", "fresh", "plain"):
        site.page(f"architecture/{name}.md", design(name.title(), status=name))
    result = site.build(strict=True)
    links = result.soup("architecture/index.html").select(".md-nav--primary .md-nav__link")
    icons = {
        link.get_text(strip=True): [
            (s["class"][-1], s.get("title")) for s in link.select(".md-status")
        ]
        for link in links
    }
    assert {k: v for k, v in icons.items() if k in ("Retired", "Old", "Fresh", "Plain")} == {
        "Retired": [("md-status--archived", "retired")],
        "Old": [("md-status--deprecated", "Old <b>")],  # escaped by Material's template
        "Fresh": [("md-status--new", "Just in")],  # the site's own tooltip wins
        "Plain": [],
    }


def test_one_sided_and_dangling_references_name_file_and_field(site: Site) -> None:
    site.page("architecture/old.md", design("Old", status="superseded", superseded_by="new.md"))
    site.page("architecture/new.md", design("New", related=["missing.md"]))
    assert site.build_fails().warnings == [
        "architecture/new.md:7: related: 'missing.md' is not a design page (looked for"
        " architecture/missing.md) — write the path from this page to a design"
        " (e.g. ../other.md) or an https:// address",
        "architecture/old.md:8: superseded_by: says it is superseded by 'architecture/new.md',"
        " which does not list it — add 'architecture/old.md' to `supersedes:` in"
        " architecture/new.md",
    ]


def test_related_designs_end_every_design_page(site: Site, urls: Urls) -> None:
    site.page("architecture/a.md", design("Alpha", tags=["Kafka", "Go", "Flink"]))
    site.page("architecture/b.md", design("Bravo", tags=["Go"]))
    site.page("architecture/c.md", design("Charlie", tags=["Flink"]))
    site.page("architecture/d.md", design("Delta", tags=["Python"], related=["b.md"]))
    site.page("architecture/e.md", design("Echo", tags=["Go", "Kafka"]))
    result = site.build(strict=True)
    page = urls.html("architecture/a.md")
    assert result.texts(page, ".md-content h2")[-1] == "Related designs"
    titles = [a.get_text() for a in result.soup(page).select(".arch-related > li > a")]
    assert titles == ["Echo", "Charlie", "Bravo", "Delta"]  # Delta: only the category
    assert links_resolve(result, page, ".arch-related > li > a")
    delta = [
        a.get_text()
        for a in result.soup(urls.html("architecture/d.md")).select(".arch-related > li > a")
    ]
    assert delta[0] == "Bravo"  # the explicit reference first
    bravo = result.soup(urls.html("architecture/b.md")).select(".arch-related > li > a")
    assert bravo[0].get_text() == "Delta"  # and it goes both ways
    toc = result.texts(page, ".md-sidebar--secondary .md-nav__link")
    assert "Related designs" in toc


def test_drafts_are_left_out_of_a_build_entirely(site: Site, urls: Urls) -> None:
    site.page("architecture/a.md", design("Alpha", tags=["Go"]))
    site.page("architecture/wip.md", design("Work In Progress", tags=["Go", "Zig"], draft=True))
    result = site.build(strict=True)
    assert not (result.site_dir / urls.html("architecture/wip.md")).exists()
    assert result.texts("architecture/index.html", ".arch-card__title") == ["Alpha"]
    assert result.texts(urls.html("architecture/tags/go.md"), ".arch-card__title") == ["Alpha"]
    assert not (result.site_dir / urls.html("architecture/tags/zig.md")).exists()
    assert result.soup(urls.html("architecture/a.md")).select(".arch-related") == []


def test_drafts_show_while_serving_marked_as_drafts(site: Site, urls: Urls) -> None:
    site.page("architecture/a.md", design("Alpha", tags=["Go"]))
    site.page("architecture/wip.md", design("Work In Progress", tags=["Go"], draft=True))
    result = site.build(serve=True)
    assert result.texts("architecture/index.html", ".arch-card__title") == [
        "Alpha",
        "Work In Progress",
    ]
    assert result.texts("architecture/index.html", ".arch-badge--draft") == ["Draft"]
    assert result.texts(urls.html("architecture/wip.md"), ".arch-page .arch-badge--draft") == [
        "Draft"
    ]


def test_stale_designs_are_marked_and_listed(site: Site, urls: Urls) -> None:
    today = datetime.date.today()
    site.plugin = {"review_after": 180}
    site.page("architecture/a.md", design("Fresh", reviewed=str(today), owner="Team A"))
    old = today - datetime.timedelta(days=400)
    site.page("architecture/b.md", design("Stale", reviewed=str(old), owner="Team B"))
    site.page("architecture/c.md", design("Never Reviewed"))
    site.page("architecture/d.md", design("History", status="superseded", reviewed=str(old)))
    result = site.build(strict=True)
    assert result.texts("architecture/index.html", ".arch-badge--review") == ["Needs review"] * 2
    rows = result.texts(urls.html("architecture/review.md"), ".arch-review tbody tr")
    assert rows == ["Never Reviewed — never —", f"Stale Team B {old} —"]
    assert result.texts(urls.html("architecture/b.md"), ".arch-page__meta") == [
        f"Owner: Team B Reviewed {old}"
    ]


def test_a_grid_can_be_grouped_by_category_and_sorted_by_date(site: Site, urls: Urls) -> None:
    site.page("architecture/a.md", design("Alpha", category="Security", date="2021-01-01"))
    site.page("architecture/b.md", design("Bravo", category="Data", date="2024-01-01"))
    site.page("architecture/c.md", design("Charlie", category="Data"))
    site.page(
        "index.md",
        '# Home\n\n## By category\n\n<!-- arch-cards group="category" -->\n\n'
        '## Newest\n\n<!-- arch-cards sort="date" -->\n',
    )
    result = site.build(strict=True)
    sections = result.soup("index.html").select(".arch-category")
    assert [s.select_one("h3").get_text() for s in sections] == ["Security", "Data"]  # type: ignore[union-attr]
    newest = result.soup("index.html").select(".arch-cards")[-1]
    assert [t.get_text() for t in newest.select(".arch-card__title")] == [
        "Bravo",
        "Alpha",
        "Charlie",
    ]


@pytest.mark.parametrize("material_tags", [False, True])
def test_materials_tags_plugin_on_or_off_gives_one_set_of_chips(
    site: Site, urls: Urls, material_tags: bool
) -> None:
    three_designs(site)
    if material_tags:
        site.plugin = {}
        # Material 9.5 lists tags on its `tags_file`, 9.6 and later wherever the marker is.
        tags = {"tags": {"tags_file": "listing.md"}} if MATERIAL < (9, 6) else "tags"
        site.extra = {"plugins": ["search", tags, "arch-cards"]}
        site.page("listing.md", "# All tags\n\n<!-- material/tags -->\n")
    result = site.build(strict=True)
    page = urls.html("architecture/a.md")
    assert result.texts(page, ".md-content .md-tag") == ["Kafka", "Go"]
    if material_tags:
        listing = result.texts(urls.html("listing.md"), ".md-content a")
        assert "Alpha" in listing  # Material's own listing still reads the same `tags`


def test_registry_icons_and_colours_reach_chips_and_categories(site: Site, urls: Urls) -> None:
    site.page("architecture/a.md", design("A", category="Security", tags=["Kubernetes"]))
    site.plugin = {
        "tags": {"Kubernetes": {"icon": "simple/kubernetes", "color": "#326ce5"}},
        "categories": [{"name": "Security", "icon": "material/shield-lock", "color": "teal"}],
    }
    result = site.build(strict=True)
    chip = result.soup("architecture/index.html").select_one(".arch-card .md-tag")
    assert chip is not None and chip.select_one("svg") is not None
    assert chip["style"] == "--arch-tag-color: #326ce5"
    category = result.soup("architecture/index.html").select_one("a.arch-card__category")
    assert category is not None and category.select_one("svg") is not None
    assert category["style"] == "--arch-category-color: teal"


def test_a_page_written_at_a_generated_path_replaces_it_and_is_no_card(
    site: Site, urls: Urls
) -> None:
    site.page("architecture/a.md", design("A"))
    site.page(
        "architecture/categories.md", '# Our areas\n\n<!-- arch-cards view="categories" -->\n'
    )
    site.page(
        "architecture/tags/kafka.md", '# Kafka at our company\n\n<!-- arch-cards tags="kafka" -->\n'
    )
    result = site.build(strict=True)
    assert result.texts("architecture/index.html", ".arch-card__title") == ["A"]
    assert result.texts(urls.html("architecture/categories.md"), "h1") == ["Our areas"]
    assert result.texts(urls.html("architecture/tags/kafka.md"), ".arch-card__title") == ["A"]


def test_an_unknown_icon_is_reported(site: Site) -> None:
    site.page("architecture/a.md", design("A", category="Security"))
    site.plugin = {"categories": [{"name": "Security", "icon": "material/no-such-icon"}]}
    assert site.build_fails().warnings == [
        "icon 'material/no-such-icon' is not among the theme's icons"
        " (.icons/material/no-such-icon.svg)"
    ]


def test_the_site_exports_its_catalog_as_json(site: Site, urls: Urls) -> None:
    site.extra = {"site_url": "https://docs.example.org/team/"}
    site.page(
        "architecture/old.md",
        design("Old", status="superseded", superseded_by="new.md", date="2019-03-01"),
    )
    site.page("architecture/new.md", design("New", tags=["Kafka"], supersedes=["old.md"]))
    result = site.build(strict=True)
    exported = json.loads((result.site_dir / "catalog.json").read_text(encoding="utf-8"))
    base = "https://docs.example.org/team/architecture/"
    new_url, old_url = urls.pick(("new/", "old/"), ("new.html", "old.html"))
    assert exported["version"] == 1
    new, old = exported["designs"]
    drawn = new.pop("diagrams")  # empty without the diagrams extra (tests/plugin/test_diagrams)
    assert drawn == [] or {"label": "Kafka", "tags": ["Kafka"]} in drawn[0]["components"]
    assert new == {
        "title": "New",
        "path": "architecture/new.md",
        "url": base + new_url,
        "category": "Data",
        "summary": "New in one line.",
        "problem": "What New fixed.",
        "tags": ["Kafka"],
        "status": None,
        "date": None,
        "reviewed": None,
        "owner": None,
        "needs_review": False,
        "draft": False,
        "diagram": f"{base}{new_url}#arch-diagram",
        "supersedes": [base + old_url],
        "superseded_by": None,
        "related": [base + old_url],
    }
    assert (old["status"], old["date"]) == ("superseded", "2019-03-01")
    assert exported["tags"][0]["url"] == base + urls.pick("tags/kafka/", "tags/kafka.html")


def test_a_tag_named_index_keeps_the_tags_overview(site: Site, urls: Urls) -> None:
    site.page("architecture/a.md", design("A", tags=["Index", "Kafka"]))
    result = site.build(strict=True)
    assert result.texts("architecture/tags/index.html", "h1") == ["Tags"]
    assert sorted(result.texts("architecture/tags/index.html", ".arch-tags .md-tag")) == [
        "Index",
        "Kafka",
    ]
    assert links_resolve(result, "architecture/tags/index.html", ".arch-tags a")
    assert result.texts(urls.html("architecture/tags/index-2.md"), "h1") == ["Index"]


def test_categories_whose_url_parts_collide_both_keep_their_designs(site: Site, urls: Urls) -> None:
    site.page("architecture/a.md", design("A", category="Data/ML"))
    site.page("architecture/b.md", design("B", category="Data ML"))
    site.page("architecture/c.md", design("C", category="日本"))
    site.page("architecture/d.md", design("D", category="中文"))
    result = site.build()
    assert result.warnings == [
        "architecture/a.md:3: category: 'Data/ML' and 'Data ML' (in architecture/b.md) both"
        " make the URL part 'data-ml'; 'Data/ML' got 'data-ml-2' — tell the categories apart"
        " by letters or digits, or use one name for both"
    ]
    page = urls.html("architecture/categories.md")
    assert sorted(result.texts(page, ".arch-category > h2")) == [
        "Data ML",
        "Data/ML",
        "中文",
        "日本",
    ]
    assert sorted(result.texts(page, ".arch-category__list a")) == ["A", "B", "C", "D"]
    assert sorted(h["id"] for h in result.soup(page).select(".arch-category > h2")) == [
        "data-ml",
        "data-ml-2",
        "中文",
        "日本",
    ]
    assert links_resolve(result, "architecture/index.html", ".arch-card__category")


def test_non_latin_tags_get_pages_of_their_own_without_a_warning(site: Site, urls: Urls) -> None:
    site.page("architecture/a.md", design("A", tags=["日本"]))
    site.page("architecture/b.md", design("B", tags=["中文"]))
    result = site.build(strict=True)
    assert result.texts(urls.html("architecture/tags/日本.md"), ".arch-card__title") == ["A"]
    assert result.texts(urls.html("architecture/tags/中文.md"), ".arch-card__title") == ["B"]
    assert links_resolve(result, "architecture/index.html", ".arch-card .md-tag")


@pytest.mark.parametrize("marker", ["", '<!-- arch-cards filters="on" -->\n'])
def test_an_architecture_readme_is_the_grids_page_and_never_lost(
    site: Site, urls: Urls, marker: str
) -> None:
    site.page("architecture/a.md", design("A"))
    site.page("architecture/README.md", f"# Our Architecture\n\nRead me first.\n\n{marker}")
    result = site.build()
    page = "architecture/index.html"
    assert result.texts(page, "h1") == ["Our Architecture"]
    assert "Read me first." in result.texts(page, "p")
    assert result.warnings == []  # without a marker, the grid is added at the end
    assert result.texts(page, ".arch-card__title") == ["A"]


def test_two_designs_served_at_one_url_are_both_reported(site: Site, urls: Urls) -> None:
    site.page("architecture/x.md", design("X file"))
    site.page("architecture/x/index.md", design("X folder"))
    result = site.build()
    if not urls.directory:  # architecture/x.html and architecture/x/index.html: both kept
        assert result.warnings == []
        assert result.texts(urls.html("architecture/x.md"), "h1") == ["X file"]
        assert result.texts("architecture/x/index.html", "h1") == ["X folder"]
        return
    assert result.warnings == [
        "architecture/x.md:1: file: is served at the same URL as architecture/x/index.md"
        " ('architecture/x/'): one is lost — rename or move one of them, e.g."
        " architecture/x.md to another name",
        "architecture/x/index.md:1: file: is served at the same URL as architecture/x.md"
        " ('architecture/x/'): one is lost — rename or move one of them, e.g."
        " architecture/x/index.md to another name",
    ]


@pytest.mark.parametrize(
    ("path", "option", "what"),
    [
        ("architecture/categories.md", "categories_page", "the list of every category"),
        ("architecture/tags/kafka.md", "tag_page", "tag pages"),
    ],
)
def test_a_design_where_the_plugin_makes_a_page_is_reported(
    site: Site, path: str, option: str, what: str
) -> None:
    site.page("architecture/a.md", design("A"))
    site.page(path, design("Misplaced"))
    result = site.build()
    assert [w.split(" — ")[0] for w in result.warnings] == [
        f"{path}:1: file: is where the plugin makes {what} (`{option}`): it is not read as a"
        " design, and has no card"
    ]
    assert f"set `{option}` to another path" in result.warnings[0]


def test_a_page_of_300_tags_makes_a_site_that_grows_linearly(site: Site) -> None:
    def size(tags: int) -> int:
        for old in (site.root / "docs").rglob("*.md"):
            old.unlink()
        site.page("architecture/a.md", design("A", tags=[f"Tech {i}" for i in range(tags)]))
        result = site.build()
        assert result.warnings == [
            f"architecture/a.md:6: tags: has {tags} tags; cards show the first 8, the page"
            " itself all of them — keep the technologies that tell this design apart, most"
            " telling first"
        ]
        tag_page = result.site_dir / "architecture/tags/tech-7/index.html"
        assert tag_page.stat().st_size < 60_000
        assert len(list((result.site_dir / "architecture/tags").iterdir())) == tags + 1
        return sum(f.stat().st_size for f in result.site_dir.rglob("*.html"))

    small, large = size(150), size(300)
    assert large < 2.2 * small  # quadratic would be 4 times
    assert large < 20_000_000 / 2
