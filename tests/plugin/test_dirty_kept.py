"""`serve --dirty` keeps its reading across rebuilds: an edit re-reads only the changed page,
and every page that shows the edit is built again from it, never from what was kept.

One plugin instance throughout, as `mkdocs serve` keeps it (tests/plugin/test_dirty.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from mkdocs_arch_cards.core import catalog, sources
from tests.helpers import design
from tests.plugin.test_dirty import ALWAYS, HOME, Dirty, _forget_plugins, three_designs

if TYPE_CHECKING:
    from collections.abc import Iterator

    from tests.conftest import Site

BROKEN = design("Alpha", summary="SUMMARY").replace('"SUMMARY"', "Kafka: the bus")
BROKEN_LOGGED = (
    "architecture/a.md:4: front-matter: the YAML does not parse: mapping values are not"
    " allowed here — a value that contains ': ' must be quoted, e.g. summary: \"Kafka: the bus\""
)


class Reads:
    """Which pages a build decoded, and which designs it read (front-matter, checks)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.decoded: list[str] = []
        self.read: list[str] = []
        decode, read = sources.decode, catalog._read

        def counted_decode(path: str, data: bytes) -> tuple[str, list[object]]:
            self.decoded.append(path)
            return decode(path, data)  # type: ignore[return-value]

        def counted_read(source: catalog.Source, *args: object) -> object:
            self.read.append(source.path)
            return read(source, *args)  # type: ignore[arg-type]

        monkeypatch.setattr(sources, "decode", counted_decode)
        monkeypatch.setattr(catalog, "_read", counted_read)

    def clear(self) -> None:
        self.decoded.clear()
        self.read.clear()


@pytest.fixture(params=[True, False], ids=["directory-urls", "file-urls"])
def serving(request: pytest.FixtureRequest, site: Site) -> Iterator[Dirty]:
    """Three designs served with --dirty: built once, settled."""
    made = Dirty(site, "serve", urls=request.param)
    three_designs(site, made.urls)
    made.build()
    made.settle()
    yield made
    made.stop()
    _forget_plugins()


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Reads:
    return Reads(monkeypatch)


def categories(served: Dirty) -> dict[str, str]:
    """The categories page: each category's heading and the text of its section."""
    soup = served.site.results[-1].soup(served.out("architecture/categories.md"))
    return {
        " ".join(s.find(["h2", "h3"]).get_text(" ").split()): s.get_text(" ")
        for s in soup.select(".arch-category")
    }


def test_an_unchanged_rebuild_reads_no_design_again(serving: Dirty, reads: Reads) -> None:
    serving.build()
    assert reads.read == []
    assert reads.decoded == []


def test_a_title_edit_reads_one_page_and_shows_everywhere(serving: Dirty, reads: Reads) -> None:
    serving.site.page(
        "architecture/a.md", design("Alpha Prime", category="Data", tags=["Kafka", "Flink"])
    )
    changed = serving.build()
    assert reads.read == ["architecture/a.md"]
    assert reads.decoded == ["architecture/a.md"]
    # Charlie shares nothing with Alpha: its page is not built again.
    assert serving.out("architecture/c.md") not in changed.rewritten
    for page in ("architecture/index.md", "architecture/b.md", HOME, "architecture/tags/flink.md"):
        assert "Alpha Prime" in serving.html(page), page
    assert "Alpha Prime" in (serving.site_dir / "catalog.json").read_text(encoding="utf-8")


def test_a_tag_and_a_category_change(serving: Dirty, reads: Reads) -> None:
    serving.site.page(
        "architecture/a.md", design("Alpha", category="Security", tags=["Kafka", "Rust"])
    )
    changed = serving.build()
    assert reads.read == ["architecture/a.md"]
    assert "Alpha" in serving.html("architecture/tags/rust.md")
    assert serving.outs({"architecture/tags/flink.md"}) == changed.removed
    shown = categories(serving)
    assert "Data" not in shown  # Alpha was its only design
    assert "Alpha" in shown["Security"]
    assert "Bravo" in shown["Security"]


def test_a_deleted_design_leaves_every_page(serving: Dirty, reads: Reads) -> None:
    (serving.site.root / "docs/architecture/b.md").unlink()
    changed = serving.build()
    assert reads.read == []
    # Its page and its Markdown copy for agents (core/agents.py), which has its source's path.
    assert changed.removed == serving.outs({"architecture/b.md"}) | {"architecture/b.md"}
    for page in ("architecture/index.md", "architecture/a.md", "architecture/tags/kafka.md"):
        assert "Bravo" not in serving.html(page), page
    assert "Security" not in categories(serving)  # Bravo was its only design


def test_broken_yaml_then_fixed(serving: Dirty, reads: Reads) -> None:
    serving.site.page("architecture/a.md", BROKEN)
    serving.build()
    assert serving.site.results[-1].warnings == [f"mkdocs_arch_cards: {BROKEN_LOGGED}"]
    assert "mapping values are not allowed" in serving.html("architecture/a.md")
    serving.settle()
    reads.clear()
    serving.site.page("architecture/a.md", BROKEN.replace("Kafka: the bus", '"Kafka: the bus"'))
    serving.build()
    assert reads.read == ["architecture/a.md"]
    assert serving.site.results[-1].warnings == []
    assert "mapping values are not allowed" not in serving.html("architecture/a.md")
    assert "Kafka: the bus" in serving.html("architecture/index.md")
    assert "Kafka: the bus" in serving.html("architecture/b.md")  # in Bravo's related list


def test_the_same_edit_twice_builds_the_second_from_the_first(serving: Dirty, reads: Reads) -> None:
    # Back to what was kept two builds ago: nothing may be taken from that older reading.
    original = (serving.site.root / "docs/architecture/a.md").read_text(encoding="utf-8")
    serving.site.page("architecture/a.md", design("Alpha", summary="Once.", tags=["Kafka"]))
    serving.build()
    serving.settle()
    serving.site.page("architecture/a.md", original)
    changed = serving.build()
    assert "Once." not in serving.html("architecture/index.md")
    assert "Alpha in one line." in serving.html("architecture/index.md")
    assert changed.rewritten >= ALWAYS
