"""One reading of a site's pages for every adapter: designs, decoding, lost pages, places."""

from __future__ import annotations

from mkdocs_arch_cards.core.catalog import Settings
from mkdocs_arch_cards.core.sources import Served, read_site
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
