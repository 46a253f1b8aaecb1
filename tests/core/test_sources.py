"""One reading of a site's pages for every adapter: designs, decoding, lost pages, places."""

from __future__ import annotations

from pathlib import Path

from mkdocs_arch_cards.core.catalog import Settings
from mkdocs_arch_cards.core.export import catalog_json
from mkdocs_arch_cards.core.sources import Kept, Served, read_site
from tests.helpers import design


def served(pages: dict[str, bytes | OSError], settings: Settings) -> dict[str, Served]:
    def content(data: bytes | OSError) -> bytes:
        if isinstance(data, OSError):
            raise data
        return data

    return {
        path: Served(settings.url_of(path), lambda data=data: content(data))
        for path, data in pages.items()
    }


def test_a_reading_keeps_what_it_can_and_says_what_it_cannot() -> None:
    settings = Settings()
    pages: dict[str, bytes | OSError] = {
        "index.md": b"# Home\n",
        "architecture/a.md": design("Alpha").encode(),
        "architecture/b.md": design("Beta").encode().replace(b"Beta", b"B\xe9ta"),  # Latin-1
        "architecture/c.md": PermissionError(13, "Permission denied"),
    }
    found = read_site(served(pages, settings), settings, None, {"architecture/a.md": "Nav A"})
    assert [s.path for s in found.sources] == ["architecture/a.md", "architecture/b.md"]
    assert found.sources[0].nav_title == "Nav A"
    assert found.sources[0].url == "architecture/a/"
    assert found.unread == ["architecture/c.md"]
    assert list(found.replaced) == ["architecture/b.md"]
    assert "B\ufffdta" in found.replaced["architecture/b.md"]
    assert [(p.path, p.field) for p in found.data] == [
        ("architecture/b.md", "file"),
        ("architecture/c.md", "file"),
    ]
    assert found.places == []
    assert [d.title for d in found.catalog.designs] == ["Alpha", "B\ufffdta"]
    assert found.text_of("index.md") == "# Home\n"


def test_places_follow_the_url_mode() -> None:
    pages: dict[str, bytes | OSError] = {
        "architecture/x.md": design("X file").encode(),
        "architecture/x/index.md": design("X folder").encode(),
    }
    for directory, lost in ((True, 2), (False, 0)):
        settings = Settings(directory_urls=directory)
        found = read_site(served(pages, settings), settings, None, {})
        assert len(found.places) == lost
        assert found.problems == sorted(found.places + found.data)


FENCE = "```mermaid\nflowchart LR\n  {}\n```\n"
# Edits in turn to one site, each as the pages that change (None: deleted).
EDITS: list[tuple[str, dict[str, str | None]]] = [
    ("a title", {"architecture/a.md": design("Alpha Prime")}),
    ("a tag", {"architecture/a.md": design("Alpha Prime", tags=["Kafka", "Rust"])}),
    ("a category", {"architecture/b.md": design("Beta", category="Security")}),
    ("a relation", {"architecture/c.md": design("Gamma", related=["a.md"])}),
    ("broken YAML", {"architecture/a.md": "---\ntitle: A\nsummary: x: y\n---\n\nBody.\n"}),
    ("fixed YAML", {"architecture/a.md": design("Alpha")}),
    # Its successor by number: found once the record numbered 2 is there.
    ("a record", {"architecture/0001-c.md": design("Old C", status="Superseded by ADR-0002")}),
    ("its successor", {"architecture/0002-d.md": design("Delta")}),
    ("a deleted page", {"architecture/b.md": None, "architecture/0001-c.md": None}),
    ("a marker page", {"index.md": "# Home\n\n<!-- arch-cards -->\n"}),
    ("a diagram", {"architecture/c.md": design("Gamma", body=FENCE.format("A[Kafka] --> B"))}),
    ("a broken diagram", {"architecture/c.md": design("Gamma", body=FENCE.format("A --> "))}),
    ("a diagram fixed", {"architecture/c.md": design("Gamma", body=FENCE.format("A --> C"))}),
    ("a diagram in a page", {"index.md": "# Home\n\n" + FENCE.format("X --> Y")}),
]


def test_a_kept_reading_is_always_the_fresh_one(tmp_path: Path) -> None:
    settings = Settings()
    pages: dict[str, bytes | OSError] = {
        "index.md": b"# Home\n",
        "architecture/a.md": design("Alpha").encode(),
        "architecture/b.md": design("Beta").encode(),
        "architecture/c.md": design("Gamma").encode(),
    }
    kept = Kept()
    read_site(served(pages, settings), settings, None, {}, tmp_path, kept)
    for edit, changed in EDITS:
        for path, text in changed.items():
            if text is None:
                del pages[path]
            else:
                pages[path] = text.encode()
        again = read_site(served(pages, settings), settings, None, {}, tmp_path, kept)
        fresh = read_site(served(pages, settings), settings, None, {}, tmp_path)
        assert again.catalog.designs == fresh.catalog.designs, edit
        assert again.problems == fresh.problems, edit
        assert again.parsed == fresh.parsed, edit
        exported = catalog_json(again.catalog, "https://x.test/", again.parsed)
        assert exported == catalog_json(fresh.catalog, "https://x.test/", fresh.parsed), edit
    assert {"architecture/c.md", "index.md"} <= again.parsed.keys()  # the fences were checked
    assert kept.texts.keys() <= pages.keys()  # nothing kept of the deleted pages


def test_other_settings_read_every_page_again() -> None:
    pages: dict[str, bytes | OSError] = {"architecture/a.md": design("Alpha").encode()}
    kept = Kept()
    for settings in (Settings(), Settings(required=("owner",))):
        found = read_site(served(pages, settings), settings, None, {}, kept=kept)
    assert [p.field for p in found.data] == ["owner"]
