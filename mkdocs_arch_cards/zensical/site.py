"""A Zensical site as arch-cards reads it: the options from its config file, the catalog from
docs_dir, and the pages `arch-cards sync` writes. Zensical hands over no file list."""

from __future__ import annotations

import hashlib
import json
import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..cli import Site
from ..core import engine_files as engine
from ..core.catalog import Catalog, Settings, is_design, load_catalog
from ..core.diagrams import check_pages
from ..core.frontmatter import decode
from ..core.markers import has_marker
from ..core.pages import cards_of, generated_pages
from ..core.places import check_places
from ..core.render import Renderer

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from ..core.mermaid_js import Parsed
    from ..core.problems import Problem

log = logging.getLogger("mkdocs_arch_cards.zensical")
# The front-matter key of every page `arch-cards sync` writes: it marks the page as ours, and
# its value changes with the catalog, so that an incremental `zensical build` rebuilds it.
MARK = "arch_cards_digest"


@dataclass
class Loaded:
    """One reading of the site: the catalog and what the extension and `sync` make of it."""

    config_file: Path
    docs_dir: Path
    catalog: Catalog
    renderer: Renderer
    problems: list[Problem]  # every problem `arch-cards check` reports
    places: list[Problem]  # of them, pages lost to another: warnings even with `problems: info`
    level: str  # the `problems` option: warn or info
    warnings: list[str]  # about the options
    pages: dict[str, str]  # the generated pages no page of the author's is served in place of
    added: dict[str, str]  # the author's pages where a page is generated: cards for their end
    ours: list[str]  # pages a `sync` wrote, found in docs_dir
    digest: str
    export: str  # the path of catalog.json in docs_dir, or "" for none
    site_url: str | None
    stamps: dict[str, int] = field(default_factory=dict)  # design path: mtime (ns)
    parsed: dict[str, list[Parsed]] = field(default_factory=dict)  # page path: its diagrams

    def stale(self, path: str, digest: object) -> bool:
        """Whether a page being rendered shows that the catalog changed since it was read."""
        if digest is not None and digest != self.digest:  # a page `sync` wrote since
            return True
        if _mtime(self.config_file) != self.stamps.get(""):
            return True
        if path in self.stamps or is_design(path, self.catalog.settings):
            return _mtime(self.docs_dir / path) != self.stamps.get(path)
        return False


def load(config_file: Path, icons: Sequence[str] = ()) -> Loaded:
    """Read the site. `icons`: the theme's folders, where `.icons/<name>.svg` are found."""
    site = Site.read(config_file, None)
    options, given = site.options, site.settings
    settings = Settings.from_options(
        site.options, docs_dir=given.docs_dir, directory_urls=given.directory_urls
    )
    found = engine.pages(site.docs_dir, site.left_out)
    sources, problems = engine.read_designs(found, settings, site.titles)
    texts = {path: _text(file) for path, file in found.items()}
    served = [(path, settings.url_of(path)) for path in found]
    places = check_places(served, texts.__getitem__, settings)
    catalog, invalid = load_catalog(sources, settings, site.registry)
    diagrams = check_pages(texts.items(), catalog, config_file.parent)
    made = generated_pages(catalog, options.title, options.subtitle)
    ours = sorted(path for path, text in texts.items() if _is_ours(text))
    pages, added = _unclaimed(made, texts, ours, settings)
    config = engine.read_config(config_file)
    state = json.dumps(
        [options.model_dump(), [tuple(s) for s in sources], str(settings.today)], default=str
    )
    loaded = Loaded(
        config_file,
        site.docs_dir,
        catalog,
        Renderer(str(site.custom_dir) if site.custom_dir else None, _icons(icons)),
        sorted(places + problems + invalid + diagrams.problems),
        places,
        options.problems,
        site.warnings,
        pages,
        added,
        ours,
        hashlib.sha256(state.encode()).hexdigest()[:16],
        "catalog.json" if options.export is None else options.export,
        config.get("site_url") if isinstance(config.get("site_url"), str) else None,
    )
    loaded.parsed = diagrams.parsed
    loaded.stamps = {path: _mtime(found[path]) for path in catalog.by_path}
    loaded.stamps[""] = _mtime(config_file)
    return loaded


def report(loaded: Loaded) -> None:
    """Log what a build reports: one line per problem, as `arch-cards check` prints them."""
    if not log.handlers:  # Zensical sets up no logging: without this, Python prints bare text
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)s -  arch-cards: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False
    for warning in loaded.warnings:
        log.warning(warning)
    data = log.info if loaded.level == "info" else log.warning
    for problem in loaded.problems:
        found = log.warning if problem in loaded.places else data
        (log.error if problem.level == "error" else found)(str(problem))


def _unclaimed(
    made: dict[str, str], texts: dict[str, str], ours: list[str], settings: Settings
) -> tuple[dict[str, str], dict[str, str]]:
    """The generated pages to write, and the cards for the author's pages served in their place.

    A page the author wrote wins, as under MkDocs; without a marker of its own, it gets the
    generated page's cards at its end.
    """
    authors = {settings.url_of(p): p for p in texts if p not in ours}
    pages, added = {}, {}
    for path, markdown in made.items():
        own = authors.get(settings.url_of(path))
        if own is None:
            pages[path] = markdown
        elif not has_marker(texts[own]):
            added[own] = cards_of(markdown)
    return pages, added


def marked(markdown: str, digest: str) -> str:
    """A generated page's Markdown with the mark of `sync` and the catalog's digest."""
    first, rest = markdown.split("\n", 1)  # generated pages start with front-matter
    return f"{first}\n{MARK}: {digest}\n{rest}"


def _is_ours(text: str) -> bool:
    head = text.split("\n---", 1)[0] if text.startswith("---") else ""
    return f"\n{MARK}: " in head


def _text(path: Path) -> str:
    try:
        return decode("", path.read_bytes())[0]
    except OSError:  # reported by read_designs when it is a design
        return ""


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return -1


def _icons(folders: Sequence[str]) -> Callable[[str], str]:
    """Finds a theme icon's SVG, as Material's templates include `.icons/<name>.svg`."""
    found: dict[str, str] = {}

    def icon(name: str) -> str:
        if name not in found:
            paths = [Path(d) / ".icons" / f"{name}.svg" for d in folders]
            svg = next((p.read_text("utf-8") for p in paths if p.is_file()), None)
            if svg is None:
                log.warning(f"icon '{name}' is not among the theme's icons (.icons/{name}.svg)")
            found[name] = svg or ""
        return found[name]

    return icon
