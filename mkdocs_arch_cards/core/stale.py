"""Which pages show the catalog, and which of them went stale since the last build.

Each page that shows any design gets a digest of everything it shows. Two builds whose digests
of a page are equal render it the same, so a `--dirty` build renders again exactly the pages
whose digest changed, and deletes the output of pages that have none any more.
"""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from .jinja_env import TEMPLATES

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from .designs import Catalog, Design
    from .problems import Problem

Digests = dict[str, str]  # page path (relative to docs_dir) → digest of what the page shows


def inputs_digest(options: Mapping[str, object], override_dir: str | None) -> str:
    """What every page's rendering depends on besides the designs: options and templates
    (the site's overrides in `override_dir`/arch-cards/ and ours)."""
    parts = [__version__, repr(sorted(options.items(), key=lambda item: item[0]))]
    overrides = [Path(override_dir) / "arch-cards"] if override_dir else []
    for folder in [*overrides, TEMPLATES]:
        if folder.is_dir():
            for path in sorted(p for p in folder.rglob("*") if p.is_file()):
                parts += [path.relative_to(folder).as_posix(), _hash(path.read_bytes())]
    return _hash("\0".join(parts).encode())


def page_digests(
    catalog: Catalog,
    problems: Iterable[Problem],
    generated: Mapping[str, str],
    showing_all: Iterable[str],
    inputs: str,
    cards: dict[Design, str] | None = None,
) -> Digests:
    """The digest of each page that shows designs: design pages, `generated` pages (Markdown
    by path) and `showing_all`, the pages whose markers or added cards may show any design.

    A design page shows itself, its problems and, by title, summary and link, its related
    designs, its successor and what it supersedes. A tag page shows the designs with its tag;
    every other generated page may show every design. `cards`: each design's card digest
    from the last call (serve), updated to this one's designs: a design equal to one there
    is not digested again.
    """
    last = cards or {}
    digested = {d: last.get(d) or _card_digest(d) for d in catalog.designs}
    if cards is not None:  # only this call's designs: the memo never outgrows the site
        cards.clear()
        cards.update(digested)
    cards_of = {d.path: digested[d] for d in catalog.designs}
    every = _digest(inputs, *cards_of.values())
    said: dict[str, list[str]] = {}
    for problem in sorted(set(problems)):
        said.setdefault(problem.path, []).append(str(problem))
    digests = {
        d.path: _digest(
            inputs,
            cards_of[d.path],
            *d.related_links,
            *(cards_of.get(path, path) for path in _neighbours(d)),
            *said.get(d.path, []),
        )
        for d in catalog.designs
    }
    by_page = {catalog.settings.tag_page.format(slug=t.slug): t for t in catalog.tags}
    for path, markdown in generated.items():
        tag = by_page.get(path)
        shown = [cards_of[d.path] for d in catalog.with_tag(tag)] if tag else [every]
        digests[path] = _digest(inputs, markdown, *shown)
    for path in showing_all:
        digests[path] = _digest(digests.get(path, ""), every)
    return digests


def stale_pages(before: Mapping[str, str] | None, after: Mapping[str, str]) -> set[str]:
    """Pages to render again: new or changed digests; all of them without a last build."""
    if before is None:
        return set(after)
    return {path for path, digest in after.items() if before.get(path) != digest}


def _neighbours(design: Design) -> tuple[str, ...]:
    """The designs whose cards or titles a design page shows, by path."""
    successor = (design.superseded_by,) if design.superseded_by else ()
    return (*successor, "supersedes", *design.supersedes, "related", *design.related)


def _card_digest(design: Design) -> str:
    """What a card shows of a design: all but its related designs, which only its page lists."""
    card = dataclasses.replace(design, related=(), related_links=())
    return _hash(repr(_canonical(card)).encode())


def _canonical(value: object) -> object:
    """A value whose repr is the same in every process: sets are sorted (hashes are seeded)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = dataclasses.fields(value)
        return (type(value).__name__, *(_canonical(getattr(value, f.name)) for f in fields))
    if isinstance(value, frozenset | set):
        return sorted(repr(_canonical(v)) for v in value)
    if isinstance(value, tuple | list):
        return tuple(_canonical(v) for v in value)
    return value


def _digest(*parts: str) -> str:
    return _hash("\0".join(parts).encode())


def _hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()
