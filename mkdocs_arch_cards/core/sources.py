"""The site's pages read as every adapter hands them over (each page's URL and how to read it):
the designs among them, their catalog, and every problem a build reports."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from .catalog import Catalog, Settings, Source, is_design, load_catalog
from .diagrams import check_pages
from .frontmatter import decode, unreadable
from .places import check_places

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Mapping
    from pathlib import Path

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


@dataclass
class Kept:
    """What one reading keeps for the next, as `serve` rebuilds: each page's text by a digest
    of its bytes, and what reading the designs derived from them."""

    texts: dict[str, tuple[bytes, str, list[Problem]]] = field(default_factory=dict)
    catalog: dict[Any, Any] = field(default_factory=dict)  # load_catalog's own
    fences: dict[str, Any] = field(default_factory=dict)  # diagrams.check_pages' own

    def decoded(self, path: str, data: bytes) -> tuple[str, list[Problem]]:
        """The page's text and decoding problems, decoded again only if its bytes changed."""
        digest = hashlib.blake2b(data, digest_size=16).digest()
        last = self.texts.get(path)
        if last is None or last[0] != digest:
            last = self.texts[path] = (digest, *decode(path, data))
        return last[1], list(last[2])

    def forget_all_but(self, paths: Collection[str]) -> None:
        """Drop what is kept of pages that are gone."""
        for gone in self.texts.keys() - paths:
            del self.texts[gone]


def read_site(
    pages: Mapping[str, Served],
    settings: Settings,
    registry: Registry | None,
    titles: Mapping[str, str],
    root: Path | None = None,
    kept: Kept | None = None,
) -> Reading:
    """Read the design pages among `pages` (by path from docs_dir) and check every page's place.

    `titles`: what the site's `nav:` calls pages. `root`: the config file's folder, where
    `.cache/arch-cards/` keeps diagram verdicts; None checks no diagram. `kept`: the last
    reading's work (serve), so that only the pages whose bytes changed are read again.
    """
    # Without one (a single reading: `check`, `build`), nothing is kept once it is read.
    decoded = kept.decoded if kept else decode
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
        text, found = decoded(path, data)
        if found:  # MkDocs would stop the build with a traceback: build it with U+FFFD
            problems += found
            replaced[path] = text
        read[path] = text
        sources.append(Source(path, text, page.url, titles.get(path)))

    def text_of(path: str) -> str:
        if path not in read:
            read[path] = _text(path, pages[path].content, decoded)
        return read[path]

    served = [(path, page.url) for path, page in pages.items() if path not in unread]
    places = check_places(served, text_of, settings)
    catalog, invalid = load_catalog(sources, settings, registry, kept.catalog if kept else None)
    notes: list[str] = []
    parsed: dict[str, list[Parsed]] = {}
    if root is not None:  # every page's diagrams, as the build builds them
        texts = [(path, text_of(path)) for path in pages if path not in unread]
        diagrams = check_pages(texts, catalog, root, kept.fences if kept else None)
        invalid, notes, parsed = invalid + diagrams.problems, diagrams.notes, diagrams.parsed
    if kept:
        kept.forget_all_but(pages.keys())
    own = problems + invalid
    return Reading(catalog, sources, places, own, unread, replaced, text_of, notes, parsed)


def _text(
    path: str, content: Callable[[], bytes], decoded: Callable[[str, bytes], tuple[str, Any]]
) -> str:
    """A page's text for the place checks; one that cannot be read is reported as a design."""
    try:
        return decoded(path, content())[0]
    except OSError:
        return ""
