"""The Zensical adapter: a Python-Markdown extension over the core, as Zensical has no plugin API.

`markdown_extensions: [mkdocs_arch_cards.zensical]` in mkdocs.yml; `arch-cards sync` writes the
generated pages before `zensical build`.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markdown import Extension
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from ..core.engine_files import CONFIG_FILES, UsageError
from ..core.markers import expand_markers
from ..core.pages import decorate, related_section
from ..core.render import relative_url
from ..core.values import title_text
from .site import MARK, Loaded, load, log, report

if TYPE_CHECKING:
    from markdown import Markdown
    from markdown.util import etree

_GRID_HREF_RE = re.compile(r'data-arch-grid-href="([^"?]*)')
_LOADED: dict[Path, Loaded] = {}  # per config file, across the pages of a build or a serve
_FAILED: set[str] = set()  # config files whose options were refused: said once


class ArchCardsExtension(Extension):
    """Design-page headers, related lists and markers, per page, from the catalog."""

    def __init__(self, **kwargs: Any) -> None:
        self.config = {
            "config_file": ["", "the file with `plugins: - arch-cards:`, from the project root"]
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        page = _Page(md, self.getConfig("config_file"))
        md.preprocessors.register(_Prepare(md, page), "arch_cards", 25)  # before html_block
        md.treeprocessors.register(_Parsed(md, page), "arch_cards", -100)  # after toc
        md.postprocessors.register(_Finish(md, page), "arch_cards", 1)  # after raw_html


class _Page:
    """What the three processors share about the page being rendered."""

    def __init__(self, md: Markdown, config_file: str) -> None:
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
        root = Path(context.config["root_dir"])
        self.loaded = _catalog(root, self.config_file, context, self.path)
        return context.page.meta if self.loaded else None


class _Prepare(Preprocessor):
    def __init__(self, md: Markdown, page: _Page) -> None:
        super().__init__(md)
        self.page = page

    def run(self, lines: list[str]) -> list[str]:
        meta = self.page.start(self.md)
        loaded = self.page.loaded
        if meta is None or loaded is None:
            return lines
        if added := loaded.added.get(self.page.path):
            lines = [*lines, "", *added.splitlines()]
        design = loaded.catalog.by_path.get(self.page.path)
        if design is None:
            if "title" in meta:
                meta["title"] = title_text(meta["title"], escaped=False)
            return lines
        title = meta.get("title")
        text = isinstance(title, str) and title.strip()
        meta["title"] = title_text(title if text else design.title)
        meta.pop("tags", None)  # our header has the chips
        meta.pop("status", None)  # the nav shows a status icon only for those the theme knows
        if design.status and design.status.nav:
            meta["status"] = design.status.nav
        return [*lines, *related_section(design).splitlines()]


class _Parsed(Treeprocessor):
    def __init__(self, md: Markdown, page: _Page) -> None:
        super().__init__(md)
        self.page = page

    def run(self, root: etree.Element) -> None:
        self.page.parsed = True  # toc ran the postprocessors on each heading before this


class _Finish(Postprocessor):
    def __init__(self, md: Markdown, page: _Page) -> None:
        super().__init__(md)
        self.page = page

    def run(self, text: str) -> str:
        page, loaded = self.page, self.page.loaded
        if not page.parsed or page.done or loaded is None:
            return text
        page.done = True
        # Zensical rewrites href and src in HTML relative to the page's source folder, as if
        # the page were served there; it leaves data-* attributes as they are.
        base = posixpath.dirname(page.path) + "/" if "/" in page.path else ""
        catalog, renderer = loaded.catalog, loaded.renderer
        renderer.grids = 0  # ids that do not depend on the order Zensical renders pages in
        if design := catalog.by_path.get(page.path):
            parses = loaded.parsed.get(page.path, ())
            text, problems = decorate(text, design, catalog, renderer, base, (), parses)
            _report(problems, loaded.level)
        text, problems = expand_markers(
            text,
            path=page.path,
            source=lambda: (loaded.docs_dir / page.path).read_text("utf-8", "replace"),
            page_url=base,
            catalog=catalog,
            renderer=renderer,
        )
        _report(problems, "warn")  # the site's own markers: warnings, as under MkDocs
        return _GRID_HREF_RE.sub(lambda m: _rebased(m, base, page.url), text)


def _rebased(match: re.Match[str], base: str, page_url: str) -> str:
    """A data-arch-grid-href written relative to `base`, made relative to the page's URL."""
    href = match.group(1)
    target = posixpath.normpath(posixpath.join("/" + base, href)).lstrip("/")
    if href.endswith("/") and target:
        target += "/"
    return f'data-arch-grid-href="{relative_url(target, page_url)}'


def _catalog(root: Path, config_file: str, context: Any, path: str) -> Loaded | None:
    """The catalog, read again when the page shows that a design or the options changed."""
    given = root / config_file if config_file else None
    found = given or next((root / n for n in CONFIG_FILES if (root / n).is_file()), None)
    if found is None or str(found) in _FAILED:
        return None
    loaded = _LOADED.get(found)
    if loaded is None or loaded.stale(path, context.page.meta.get(MARK)):
        try:
            loaded = _LOADED[found] = load(found, context.config.get("theme_dirs") or ())
        except UsageError as error:
            _FAILED.add(str(found))
            log.error(str(error))
            return None
        report(loaded)
    return loaded


def _report(problems: list[Any], level: str) -> None:
    for problem in problems:
        (log.info if level == "info" else log.warning)(str(problem))


def makeExtension(**kwargs: Any) -> ArchCardsExtension:
    """The extension, as Python-Markdown loads `mkdocs_arch_cards.zensical` by name."""
    return ArchCardsExtension(**kwargs)
