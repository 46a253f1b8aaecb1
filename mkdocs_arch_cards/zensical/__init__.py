"""The Zensical adapter: a Python-Markdown extension over the core, as Zensical has no plugin API.

`markdown_extensions: [mkdocs_arch_cards.zensical]` in mkdocs.yml; `arch-cards sync` writes the
generated pages before `zensical build`.
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markdown import Extension
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from ..core.engine_files import UsageError, config_file
from ..core.markers import expand_markers
from ..core.pages import decorate, rebase_grid_hrefs, related_section
from ..core.problems import log_level
from ..core.titles import theme_meta
from .site import MARK, Loaded, load, log, report

if TYPE_CHECKING:
    from markdown import Markdown
    from markdown.util import etree

    from ..core.problems import Problem

_LOADED: dict[Path, Loaded] = {}  # per config file, across the pages of a build or a serve
_FAILED: set[Path] = set()  # config files whose options were refused: said once


class ArchCardsExtension(Extension):
    """Design-page headers, related lists and markers, per page, from the catalog."""

    def __init__(self, **kwargs: Any) -> None:
        self.config = {
            "config_file": ["", "the file with `plugins: - arch-cards:`, from the project root"]
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        page = _Page(self.getConfig("config_file"))
        md.preprocessors.register(_Prepare(md, page), "arch_cards", 25)  # before html_block
        md.treeprocessors.register(_Parsed(md, page), "arch_cards", -100)  # after toc
        md.postprocessors.register(_Finish(md, page), "arch_cards", 1)  # after raw_html


class _Page:
    """What the three processors share about the page being rendered."""

    def __init__(self, config_file: str) -> None:
        self.config_file = config_file
        self.loaded: Loaded | None = None
        self.path = self.url = ""
        self.parsed = self.done = False

    def start(self, md: Markdown) -> dict[str, Any] | None:
        """Find Zensical's context and the catalog; the page's meta, or None outside Zensical."""
        from zensical.extensions.context import ContextPreprocessor

        context = ContextPreprocessor.from_markdown(md)
        if context is None:
            return None
        self.path, self.url = context.page.path, context.page.url
        found = config_file(self.config_file, Path(context.config["root_dir"]))
        given = bool(self.config_file) or found.is_file()  # else the site has zensical.toml
        digest = context.page.meta.get(MARK)
        self.loaded = _catalog(found, context.config, digest, self.path) if given else None
        return context.page.meta if self.loaded else None


class _Step:
    def __init__(self, md: Markdown, page: _Page) -> None:
        super().__init__(md)  # type: ignore[call-arg]  # the processor's, next in the MRO
        self.page = page


class _Prepare(_Step, Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        meta = self.page.start(self.md)
        loaded = self.page.loaded
        if meta is None or loaded is None:
            return lines
        if added := loaded.added.get(self.page.path):
            lines = [*lines, "", *added.splitlines()]
        design = loaded.found.catalog.by_path.get(self.page.path)
        theme_meta(meta, design)
        if design is None:
            return lines
        meta.pop("tags", None)  # our header has the chips
        return [*lines, *related_section(design, loaded.found.catalog).splitlines()]


class _Parsed(_Step, Treeprocessor):
    def run(self, root: etree.Element) -> None:
        self.page.parsed = True  # toc ran the postprocessors on each heading before this


class _Finish(_Step, Postprocessor):
    def run(self, text: str) -> str:
        page, loaded = self.page, self.page.loaded
        if not page.parsed or page.done or loaded is None:
            return text
        page.done = True
        # Zensical rewrites href and src in HTML relative to the page's source folder.
        base = posixpath.dirname(page.path) + "/" if "/" in page.path else ""
        catalog, renderer = loaded.found.catalog, loaded.renderer
        renderer.grids = 0  # ids that do not depend on the order Zensical renders pages in
        if design := catalog.by_path.get(page.path):
            parses = loaded.found.parsed.get(page.path, ())
            text, problems = decorate(text, design, catalog, renderer, base, (), parses)
            _report(problems, loaded.site.options.problems)
        text, problems = expand_markers(
            text,
            path=page.path,
            source=lambda: (loaded.site.docs_dir / page.path).read_text("utf-8", "replace"),
            page_url=base,
            catalog=catalog,
            renderer=renderer,
        )
        _report(problems, "warn")  # the site's own markers: warnings, as under MkDocs
        return rebase_grid_hrefs(text, base, page.url)


def _catalog(found: Path, config: Any, digest: object, path: str) -> Loaded | None:
    """The catalog, read again when the page shows that a design or the options changed."""
    if found in _FAILED:
        return None
    loaded = _LOADED.get(found)
    if loaded is None or loaded.stale(path, digest):
        try:
            loaded = _LOADED[found] = load(found, config.get("theme_dirs") or ())
        except UsageError as error:
            _FAILED.add(found)
            log.error(str(error))
            return None
        report(loaded)
    return loaded


def _report(problems: list[Problem], level: str) -> None:
    for problem in problems:
        log.log(log_level(problem, level), str(problem))


def makeExtension(**kwargs: Any) -> ArchCardsExtension:
    """The extension, as Python-Markdown loads `mkdocs_arch_cards.zensical` by name."""
    return ArchCardsExtension(**kwargs)
