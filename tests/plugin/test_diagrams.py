"""A build reports the diagrams the site's pinned Mermaid refuses, so --strict fails."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

import pytest

from tests.core.test_diagrams import needs_engine
from tests.helpers import design

if TYPE_CHECKING:
    from tests.conftest import Site

BROKEN = "```mermaid\nflowchart LR\n  A --> B[open\n```\n"


@needs_engine
def test_a_broken_diagram_fails_a_strict_build_with_its_line(site: Site) -> None:
    site.page("architecture/a.md", design("A", body=BROKEN))
    result = site.build_fails(strict=True)
    [warning] = result.warnings
    assert warning.startswith("architecture/a.md:11: diagram: Mermaid cannot parse it: Expecting")


def test_without_the_extra_a_strict_build_passes_and_says_how(
    site: Site, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setitem(sys.modules, "quickjs", None)  # as if quickjs-ng were not installed
    site.page("architecture/a.md", design("A", body=BROKEN))
    with caplog.at_level("INFO"):
        site.build(strict=True)
    assert "diagram checks are off: QuickJS is not installed; pip install" in caplog.text


JOINED = (
    "## Architecture\n\n```mermaid\nflowchart LR\n  A[Orders API] -->|publishes| K[Kafka]\n"
    '  K --> W["Worker (Go)"]\n  W --> X["<b>x</b> < y"]\n```\n'
)


@needs_engine
@pytest.mark.parametrize("directory_urls", [True, False])
def test_a_diagram_gets_its_components_with_tag_links(site: Site, directory_urls: bool) -> None:
    site.extra["use_directory_urls"] = directory_urls
    site.page("architecture/a.md", design("A", body=JOINED, tags=["Kafka", "Go"]))
    site.page("architecture/b.md", design("B", body="## Plain\n\nNo diagram.\n"))
    result = site.build(strict=True)
    page = "architecture/a/index.html" if directory_urls else "architecture/a.html"
    soup = result.soup(page)
    [parts] = soup.select("details.arch-diagram__parts")
    assert parts.find_previous_sibling(class_="arch-diagram") is not None
    assert parts.summary.get_text() == "Components and connections"
    items = [li.get_text(" ", strip=True) for li in parts.select(".arch-diagram__components li")]
    assert items == ["Orders API", "Kafka", "Worker (Go) ( Go )", "x < y"]
    links = {a.get_text(): a["href"] for a in parts.select("a")}
    tags = "../tags/{}/" if directory_urls else "tags/{}.html"
    assert links == {"Kafka": tags.format("kafka"), "Go": tags.format("go")}
    edges = [li.get_text() for li in parts.select(".arch-diagram__connections li")]
    assert edges[0] == "Orders API → Kafka: publishes"
    # Each name isolated and the arrow its own element: a right-to-left page mirrors both.
    first = parts.select(".arch-diagram__connections li")[0]
    assert [b.get_text() for b in first.select("bdi")] == ["Orders API", "Kafka", "publishes"]
    assert [a.get_text() for a in first.select(".arch-diagram__arrow")] == ["→"]
    other = "architecture/b/index.html" if directory_urls else "architecture/b.html"
    assert not result.soup(other).select("details.arch-diagram__parts")
    exported = json.loads((site.root / "site" / "catalog.json").read_text("utf-8"))
    [diagram] = next(d for d in exported["designs"] if d["title"] == "A")["diagrams"]
    assert diagram["type"] == "flowchart-v2"
    assert {"label": "Kafka", "tags": ["Kafka"]} in diagram["components"]
    assert {"from": "Orders API", "to": "Kafka", "label": "publishes"} in diagram["connections"]


@needs_engine
def test_diagram_tags_warn_of_a_tag_the_diagram_names_and_tags_omit(site: Site) -> None:
    site.plugin["diagram_tags"] = "warn"
    site.page("architecture/a.md", design("A", body=JOINED, tags=["Kafka"]))
    site.page("architecture/b.md", design("B", body="## Plain\n\nNo diagram.\n", tags=["Go"]))
    result = site.build_fails(strict=True)
    [warning] = result.warnings
    assert warning.startswith(
        "architecture/a.md:11: tags: the diagram names Go, which tags: does not list — add it"
    )


@needs_engine
@pytest.mark.parametrize(
    ("template", "page", "count"),
    [
        ("header.html", "architecture/a/index.html", 1),
        ("chips.html", "architecture/a/index.html", 1),  # the header includes it
        ("badges.html", "architecture/a/index.html", 1),
        ("related.html", "architecture/a/index.html", 1),
        ("components.html", "architecture/a/index.html", 1),
        ("diagram.html", "architecture/a/index.html", 1),
        ("card.html", "architecture/index.html", 2),
        ("chips.html", "architecture/index.html", 2),
        ("grid.html", "architecture/index.html", 1),
    ],
)
def test_an_overridden_template_renders_where_the_packaged_one_would(
    site: Site, template: str, page: str, count: int
) -> None:
    site.extra["theme"] = {"name": "material", "font": False, "custom_dir": "overrides"}
    (site.root / "overrides/arch-cards").mkdir(parents=True)
    mine = f'<p class="mine">{template} &lt;{{{{ "<mine>" }}}}&gt;</p>\n'
    (site.root / f"overrides/arch-cards/{template}").write_text(mine, encoding="utf-8")
    site.page("architecture/a.md", design("A", body=JOINED, status="Accepted", related=["b.md"]))
    site.page("architecture/b.md", design("B"))
    result = site.build(strict=True)
    assert result.texts(page, ".mine") == [f"{template} <<mine>>"] * count
