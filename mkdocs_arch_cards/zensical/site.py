"""A Zensical site as arch-cards reads it: the core's engine-less site, and the pages
`arch-cards sync` writes. Zensical hands over no file list."""

from __future__ import annotations

import hashlib
import json
import logging
import sys
from typing import TYPE_CHECKING, NamedTuple

from ..core.icons import theme_icons
from ..core.pages import generated_pages
from ..core.places import claim
from ..core.problems import log_level
from ..core.render import Renderer
from ..core.site import Site

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from ..core.sources import Reading

log = logging.getLogger("mkdocs_arch_cards.zensical")
# The front-matter key of every page `arch-cards sync` writes: it marks the page as ours, and
# its value changes with the catalog, so that an incremental `zensical build` rebuilds it.
MARK = "arch_cards_digest"


class Loaded(NamedTuple):
    """One reading of the site: the catalog and what the extension and `sync` make of it."""

    site: Site
    found: Reading  # the catalog and every problem `arch-cards check` reports
    renderer: Renderer
    pages: dict[str, str]  # the generated pages no page of the author's is served in place of
    added: dict[str, str]  # the author's pages where a page is generated: cards for their end
    ours: list[str]  # pages a `sync` wrote, found in docs_dir
    digest: str
    stamps: dict[str, int]  # the config file's and the designs' mtimes when they were read

    def stale(self, path: str, digest: object) -> bool:
        """Whether a page being rendered shows that the catalog changed since it was read."""
        if digest is not None and digest != self.digest:  # a page `sync` wrote since
            return True
        return self.site.changed(self.stamps, self.found.catalog.settings, path)


def load(config_file: Path, icons: Sequence[str] = ()) -> Loaded:
    """Read the site. `icons`: the theme's folders, where `.icons/<name>.svg` are found."""
    site = Site.read(config_file)
    settings = site.settings()
    pages = site.pages()
    found = site.read_catalog(settings, pages)
    texts = {path: found.text_of(path) for path in pages}
    ours = sorted(path for path, text in texts.items() if _is_ours(text))
    authors = {settings.url_of(path): path for path in texts if path not in ours}
    made = generated_pages(found.catalog, site.options.title, site.options.subtitle)
    claims = claim(made, lambda path: authors.get(settings.url_of(path)), texts.get, settings)
    state = [site.options.model_dump(), [tuple(s) for s in found.sources], str(settings.today)]
    digest = hashlib.sha256(json.dumps(state, default=str).encode()).hexdigest()[:16]
    custom_dir = str(site.custom_dir) if site.custom_dir else None
    renderer = Renderer(custom_dir, theme_icons(icons, log.warning), claims.grid_filters)
    stamps = site.stamps(found.catalog.by_path)
    return Loaded(site, found, renderer, claims.pages, claims.added, ours, digest, stamps)


def report(loaded: Loaded) -> None:
    """Log what a build reports: one line per problem, as `arch-cards check` prints them."""
    if not log.handlers:  # Zensical sets up no logging: without this, Python prints bare text
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)s -  arch-cards: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False
    for warning in loaded.site.warnings:
        log.warning(warning)
    for problem in loaded.found.problems:
        data = problem not in loaded.found.places
        log.log(log_level(problem, loaded.site.options.problems, data=data), str(problem))


def marked(markdown: str, digest: str) -> str:
    """A generated page's Markdown with the mark of `sync` and the catalog's digest."""
    first, rest = markdown.split("\n", 1)  # generated pages start with front-matter
    return f"{first}\n{MARK}: {digest}\n{rest}"


def _is_ours(text: str) -> bool:
    head = text.split("\n---", 1)[0] if text.startswith("---") else ""
    return f"\n{MARK}: " in head
