"""The cards go in after every other plugin: slots in the page, filled in on_post_page."""

from __future__ import annotations

import gc
import json
from typing import TYPE_CHECKING, Any

import mermaid2.plugin
import pytest

from tests.helpers import design

if TYPE_CHECKING:
    from tests.conftest import Site, Urls

DROPS_SLOTS = """\
import re

def on_post_page(output, page, config):
    return re.sub(r"<arch-cards-slot[^>]*></arch-cards-slot>", "", output)
"""


def two_designs(site: Site) -> None:
    site.page("architecture/a.md", design("Alpha", related=["b.md"], owner="Team Ledger"))
    site.page("architecture/b.md", design("Beta", summary="Beta keeps the ledger."))
    site.page("guide.md", '# Guide\n\n<!-- arch-cards tags="Kafka" -->\n')


def test_every_slot_is_filled_and_the_page_is_whole(site: Site, urls: Urls) -> None:
    two_designs(site)
    result = site.build(strict=True)
    pages = ["architecture/a.md", "architecture/index.md", "guide.md", "architecture/tags/index.md"]
    for page in pages:
        assert "arch-cards-slot" not in result.html(urls.html(page))
    page = urls.html("architecture/a.md")
    assert result.texts(page, ".arch-page__summary") == ["Alpha in one line."]
    assert result.texts(page, ".arch-related a") == ["Beta"]
    assert result.texts(page, ".arch-diagram__components li") == ["Order API", "Kafka"]
    assert result.texts(urls.html("guide.md"), ".arch-card__title") == ["Alpha", "Beta"]
    href = result.soup(urls.html("guide.md")).select_one(".arch-card__title a")
    assert href is not None
    assert href["href"] == urls.pick("../architecture/a/", "architecture/a.html")


def test_a_plugin_that_drops_the_slots_is_a_warning_not_a_silent_loss(site: Site) -> None:
    (site.root / "hooks.py").write_text(DROPS_SLOTS, encoding="utf-8")
    site.extra = {"hooks": ["hooks.py"]}
    two_designs(site)
    result = site.build()
    lost = [w for w in result.warnings if "<arch-cards-slot> elements were gone" in w]
    assert sorted(w.split(":", 1)[0] for w in lost) == [
        "architecture/a.md",
        "architecture/b.md",
        "architecture/categories.md",
        "architecture/index.md",
        "architecture/tags/index.md",
        "architecture/tags/kafka.md",
        "guide.md",
    ]
    assert all("priority -100" in w for w in lost)
    assert len(result.warnings) == len(lost)


def test_search_indexes_the_header_but_not_the_related_list(site: Site) -> None:
    two_designs(site)
    result = site.build(strict=True)
    index = json.loads((result.site_dir / "search/search_index.json").read_text("utf-8"))
    text = " ".join(d["text"] for d in index["docs"] if d["location"].startswith("architecture/a/"))
    assert "Alpha in one line." in text and "What Alpha fixed." in text
    assert "Data · Kafka · Team Ledger" in text  # category, technologies, owner: words to search
    assert "Beta keeps the ledger." not in text  # the related list repeats another page
    tags = " ".join(d["text"] for d in index["docs"] if d["location"] == "architecture/tags/")
    assert "Kafka" in tags  # the tags overview is a page to find


def test_a_mermaid_tag_shows_mermaid2_no_card(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, str] = {}
    parse = mermaid2.plugin.MarkdownMermaidPlugin.on_post_page

    def spy(self: Any, output_content: str, config: Any, page: Any, **kwargs: Any) -> Any:
        seen[page.file.src_uri] = output_content
        return parse(self, output_content, config, page, **kwargs)

    monkeypatch.setattr(mermaid2.plugin.MarkdownMermaidPlugin, "on_post_page", spy)
    site.fence = "mermaid2"
    site.extra = {"plugins": ["search", "arch-cards", "mermaid2"]}
    site.page("architecture/a.md", design("Alpha", tags=["Mermaid", "Kafka"]))
    site.page("architecture/b.md", design("Beta", tags=["Mermaid"], body="No diagram.\n"))
    result = site.build(strict=True)
    for page in ["architecture/index.md", "architecture/tags/mermaid.md", "architecture/b.md"]:
        # Neither a card nor the header: mermaid2 parses the page without them.
        assert 'class="card arch-card' not in seen[page], page
        assert "arch-page" not in seen[page], page
    assert result.texts("architecture/tags/mermaid/index.html", ".arch-card__title") == [
        "Alpha",
        "Beta",
    ]
    assert result.texts("architecture/b/index.html", ".md-tag") == ["Mermaid"]


COUNTS_FROZEN = """\
import gc
from pathlib import Path

def note(count):
    with open(Path(__file__).with_name("frozen.txt"), "a") as out:
        out.write(f"{count}\\n")

def on_post_page(output, page, config):
    note(gc.get_freeze_count())
    return output

def on_post_build(config):
    note(gc.get_freeze_count())
"""


def test_the_catalog_is_out_of_the_collectors_sight_while_pages_are_written_and_only_then(
    site: Site,
) -> None:
    (site.root / "counts.py").write_text(COUNTS_FROZEN, encoding="utf-8")
    site.extra = {"hooks": ["counts.py"]}  # hooks run after plugins: post_build after ours
    two_designs(site)
    site.build(strict=True)
    *pages, after = [int(n) for n in (site.root / "frozen.txt").read_text().split()]
    assert all(frozen > 0 for frozen in pages) and len(pages) >= 5
    assert after == 0 == gc.get_freeze_count()


RETYPES = """\
def on_page_content(html, page, config, files):
    return html.replace(" one line.", " one line\u2026")
"""


def test_a_plugin_that_retypes_the_summary_does_not_show_it_twice(site: Site, urls: Urls) -> None:
    (site.root / "retype.py").write_text(RETYPES, encoding="utf-8")
    site.extra = {"hooks": ["retype.py"]}  # after ours: it changes what search is handed
    two_designs(site)
    result = site.build(strict=True)
    page = result.html(urls.html("architecture/a.md"))
    assert page.count("Alpha in one line") == 1 and "arch-cards-search" not in page
