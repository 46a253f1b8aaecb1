"""The site's pages read as every adapter hands them over (each page's URL and how to read it):
the designs among them, their catalog, and every problem a build reports."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from .catalog import Catalog, Source, is_design, load_catalog
from .diagrams import check_pages
from .frontmatter import decode, unreadable
from .places import check_places

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from pathlib import Path

    from .designs import Settings
    from .mermaid_js import Parsed
    from .problems import Problem
    from .registry import Registry


class Served(NamedTuple):
    """A page as the engine serves it."""

    url: str  # relative to the site root, e.g. "architecture/a/"
    content: Callable[[], bytes]  # its bytes; raises OSError when it cannot be read


class Reading(NamedTuple):
    """One reading of a site's pages: the catalog and every problem a build reports."""

    catalog: Catalog
    sources: list[Source]
    places: list[Problem]  # pages lost to another: warnings even with `problems: info`
    data: list[Problem]  # the designs' own problems, in the order of the pages
    unread: list[str]  # cannot be opened (a broken link, no permission): left out of the site
    replaced: dict[str, str]  # not UTF-8: the text to build instead, with U+FFFD
    text_of: Callable[[str], str]  # any page's text, read once
    notes: list[str]  # INFO lines, e.g. that diagram checks are off: they fail nothing
    parsed: dict[str, list[Parsed]]  # page path: its diagrams' parses, in page order

    @property
    def problems(self) -> list[Problem]:
        """Every problem, sorted, as `arch-cards check` prints them."""
        return sorted(self.places + self.data)


def read_site(
    pages: Mapping[str, Served],
    settings: Settings,
    registry: Registry | None,
    titles: Mapping[str, str],
    root: Path | None = None,
) -> Reading:
    """Read the design pages among `pages` (by path from docs_dir) and check every page's place.

    `titles`: what the site's `nav:` calls pages. `root`: the config file's folder, where
    `.cache/arch-cards/` keeps diagram verdicts; None checks no diagram.
    """
    sources: list[Source] = []
    problems: list[Problem] = []
    unread: list[str] = []
    replaced: dict[str, str] = {}
    read: dict[str, str] = {}  # each page's text, read and decoded once per build
    for path, page in pages.items():
        if not is_design(path, settings):
            continue
        try:
            data = page.content()
        except OSError as error:  # MkDocs would stop the build with a traceback
            problems.append(unreadable(path, error))
            unread.append(path)
            continue
        text, found = decode(path, data)
        if found:  # MkDocs would stop the build with a traceback: build it with U+FFFD
            problems += found
            replaced[path] = text
        read[path] = text
        sources.append(Source(path, text, page.url, titles.get(path)))

    def text_of(path: str) -> str:
        if path not in read:
            read[path] = _text(path, pages[path].content)
        return read[path]

    served = [(path, page.url) for path, page in pages.items() if path not in unread]
    places = check_places(served, text_of, settings)
    catalog, invalid = load_catalog(sources, settings, registry)
    notes: list[str] = []
    parsed: dict[str, list[Parsed]] = {}
    if root is not None:  # every page's diagrams, as the build builds them
        texts = [(path, text_of(path)) for path in pages if path not in unread]
        diagrams = check_pages(texts, catalog, root)
        invalid, notes, parsed = invalid + diagrams.problems, diagrams.notes, diagrams.parsed
    own = problems + invalid
    return Reading(catalog, sources, places, own, unread, replaced, text_of, notes, parsed)


def _text(path: str, content: Callable[[], bytes]) -> str:
    """A page's text for the place checks; one that cannot be read is reported as a design."""
    try:
        return decode(path, content())[0]
    except OSError:
        return ""
