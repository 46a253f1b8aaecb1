"""The decision timeline page and marker view: real builds, in both URL modes."""

from __future__ import annotations

import logging
import posixpath

import pytest

from tests.conftest import PLUGIN_LOGGER, Result, Site, Urls
from tests.helpers import design, unsafe_markup

PAGE = "architecture/timeline.md"


def history(site: Site) -> None:
    """Three designs: one replaced by another, one undated."""
    site.page(
        "architecture/old.md",
        design("Old REST", date="2019-03-12", status="superseded", superseded_by="new.md"),
    )
    site.page(
        "architecture/new.md",
        design("New Events", date="2023-02-14", status="accepted", supersedes=["old.md"]),
    )
    site.page("architecture/someday.md", design("Someday", tags=["Go"], category="Platform"))


def entries(result: Result, page: str) -> list[str]:
    return result.texts(page, ".arch-timeline__entry .arch-timeline__title")


def links_resolve(result: Result, page: str, selector: str) -> list[str]:
    """The pages `selector`'s links open, as files of the built site (each must exist)."""
    found = []
    base = posixpath.dirname(page)
    for link in result.soup(page).select(selector):
        href = str(link["href"]).split("#")[0]
        target = posixpath.normpath(posixpath.join(base, href))
        if href.endswith("/") or href in ("", "."):
            target = posixpath.join(target, "index.html")
        assert (result.site_dir / target).is_file(), href
        found.append(target)
    return found


def test_the_timeline_page_shows_years_chains_and_links_that_resolve(
    site: Site, urls: Urls
) -> None:
    history(site)
    result = site.build(strict=True)
    page = urls.html(PAGE)
    assert result.texts(page, "h1") == ["Timeline"]
    assert result.texts(page, ".arch-timeline__year > h2") == ["2023", "2019", "Undated"]
    assert entries(result, page) == ["New Events", "Old REST", "Someday"]
    assert result.texts(page, ".arch-timeline__chain > li > a") == ["Old REST", "New Events"]
    assert result.texts(page, ".arch-timeline__relation") == [
        "Replaces: Old REST",
        "Replaced by: New Events",
    ]
    assert result.texts(page, ".arch-timeline__entry time") == ["2023-02-14", "2019-03-12"]
    assert result.texts(page, ".arch-timeline__entry .arch-badge") == ["Accepted", "Superseded"]
    links_resolve(result, page, ".arch-timeline__chain a, .arch-timeline__relation a")
    opened = links_resolve(result, page, ".arch-timeline__title a")
    assert opened[0] == urls.pick("architecture/new/index.html", "architecture/new.html")
    choices = links_resolve(result, page, ".arch-timeline__choice")
    kafka = urls.pick("architecture/tags/kafka/index.html", "architecture/tags/kafka.html")
    assert choices[-1] == kafka
    assert result.texts(page, ".arch-timeline__choice") == ["Data", "Platform", "Go", "Kafka"]
    assert "Timeline" in result.texts(page, ".md-nav--primary .md-nav__link")


def test_no_timeline_page_without_a_dated_design(site: Site, urls: Urls) -> None:
    site.page("architecture/a.md", design("Alpha"))
    result = site.build(strict=True)
    assert not (result.site_dir / urls.html(PAGE)).exists()


@pytest.mark.parametrize(
    ("option", "where"),
    [("", None), ("history.md", "history.md"), ("architecture/when.md", "architecture/when.md")],
)
def test_the_timeline_page_option_moves_it_or_turns_it_off(
    site: Site, urls: Urls, option: str, where: str | None
) -> None:
    site.plugin = {"timeline_page": option}
    history(site)
    result = site.build(strict=True)
    assert not (result.site_dir / urls.html(PAGE)).exists()
    if where:
        assert entries(result, urls.html(where)) == ["New Events", "Old REST", "Someday"]


def test_a_page_of_the_authors_at_its_url_wins_and_gets_the_timeline(
    site: Site, urls: Urls, caplog: pytest.LogCaptureFixture
) -> None:
    history(site)
    site.page(PAGE, "# Our history\n\nHow we got here.\n")
    with caplog.at_level(logging.INFO, logger=PLUGIN_LOGGER):
        result = site.build(strict=True)
    notes = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert any(
        "is where the plugin makes the decision timeline (`timeline_page`)" in n for n in notes
    )
    page = urls.html(PAGE)
    assert result.texts(page, "h1") == ["Our history"]
    assert entries(result, page) == ["New Events", "Old REST", "Someday"]


def test_the_marker_view_takes_the_grids_filters_and_shows_no_filter_links_unasked(
    site: Site, urls: Urls
) -> None:
    history(site)
    site.page(
        "history.md",
        '# History\n\n<!-- arch-cards view="timeline" category="Data" status="superseded" -->\n',
    )
    result = site.build(strict=True)
    page = urls.html("history.md")
    assert entries(result, page) == ["Old REST"]
    assert result.texts(page, ".arch-timeline__chain > li > a") == ["Old REST", "New Events"]
    assert result.soup(page).select(".arch-timeline__filters, [data-arch-timeline]") == []


def test_a_marker_that_matches_nothing_says_so(site: Site) -> None:
    history(site)
    site.page("history.md", '# History\n\n<!-- arch-cards view="timeline" tags="Rust" -->\n')
    result = site.build()
    assert result.warnings == [
        "history.md:3: arch-cards: no design matches this marker's filters — known tags: Go, Kafka"
    ]
    assert entries(result, "history/index.html") == []


def test_cycles_and_broken_references_are_reported_and_the_timeline_still_builds(
    site: Site,
) -> None:
    site.page("architecture/x.md", design("X", date="2024-01-01", supersedes=["y.md"]))
    site.page("architecture/y.md", design("Y", date="2023-01-01", supersedes=["x.md"]))
    site.page("architecture/z.md", design("Z", date="2022-01-01", superseded_by="gone.md"))
    result = site.build()
    circle = (
        "supersedes chain goes round in a circle: architecture/x.md → architecture/y.md →"
        " architecture/x.md — a design supersedes only older designs: remove the reference"
        " that points back"
    )
    assert result.warnings == [
        "architecture/z.md:8: superseded_by: 'gone.md' is not a design page (looked for"
        " architecture/gone.md) — write the path from this page to a design (e.g. ../other.md)"
        " or an https:// address",
        "architecture/x.md:8: supersedes: says it supersedes 'architecture/y.md', which does"
        " not name it in superseded_by — set `superseded_by: /architecture/x.md` in"
        " architecture/y.md",
        "architecture/y.md:8: supersedes: says it supersedes 'architecture/x.md', which does"
        " not name it in superseded_by — set `superseded_by: /architecture/y.md` in"
        " architecture/x.md",
        f"architecture/x.md:8: supersedes: {circle}",
        f"architecture/y.md:8: supersedes: {circle}",
    ]
    page = "architecture/timeline/index.html"
    assert entries(result, page) == ["X", "Y", "Z"]
    assert result.texts(page, ".arch-timeline__chain > li > a") == ["Y", "X"]


def test_every_value_is_escaped(site: Site) -> None:
    hostile = "<img src=x onerror=alert(1)>\"'&"
    site.plugin = {"required": []}
    site.page(
        "architecture/a.md",
        design(hostile, date="2024-01-01", summary=hostile, category=hostile, tags=[hostile]),
    )
    result = site.build()
    assert result.warnings == []
    html = result.html("architecture/timeline/index.html")
    assert unsafe_markup(html) == []
    assert entries(result, "architecture/timeline/index.html") == [hostile]


def test_design_pages_get_nothing_of_the_timeline(site: Site) -> None:
    history(site)
    result = site.build(strict=True)
    assert "arch-timeline" not in result.html("architecture/new/index.html")
