"""The MkDocs adapter: wires MkDocs events to the core, and nothing else."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File

from .catalog import Catalog, Settings, Source, is_design, load_catalog
from .config import ArchCardsConfig
from .frontmatter import strip_front_matter
from .markers import expand_markers
from .pages import decorate, index_page
from .problems import Problem
from .render import Renderer

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page


log = get_plugin_logger(__name__)

CSS = Path(__file__).parent / "assets" / "arch-cards.css"
CSS_URI = "assets/arch-cards/arch-cards.css"


class ArchCardsPlugin(BasePlugin[ArchCardsConfig]):
    """Cards, chips and design-page headers from the front-matter of design pages."""

    is_serve = False

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.is_serve = command == "serve"  # the instance is kept across `serve` rebuilds

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.settings = Settings(
            designs=tuple(self.config.designs),
            index=self.config.index,
            required=tuple(self.config.required),
        )
        self.catalog = Catalog()
        self.problems: dict[str, list[Problem]] = {}
        self.renderer = Renderer(_override_dir(config))
        if CSS_URI not in config.extra_css:
            config.extra_css.insert(0, CSS_URI)  # first, so the site's own CSS wins
        return config

    @event_priority(-50)  # after generators such as gen-files have added their pages
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        sources, problems = _read_designs(files, self.settings)
        self.catalog, invalid = load_catalog(sources, self.settings)
        self._report(problems + invalid)
        if files.get_file_from_path(CSS_URI) is None:
            files.append(File.generated(config, CSS_URI, abs_src_path=str(CSS)))
        if files.get_file_from_path(self.settings.index) is None:
            index = index_page(self.config.title, self.config.subtitle)
            files.append(File.generated(config, self.settings.index, content=index))
        return files

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        design = self.catalog.by_path.get(page.file.src_uri)
        if design is None:
            return markdown
        if isinstance(page.meta.get("title"), str):
            # Material prints a front-matter title unescaped in the header, nav and <title>.
            page.meta["title"] = escape(page.meta["title"])
        # get_data() swallows YAML errors and leaves the block as text (mkdocs/utils/meta.py).
        return strip_front_matter(markdown) if design.yaml_broken else markdown

    def on_page_content(
        self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        path = page.file.src_uri
        if design := self.catalog.by_path.get(path):
            shown = self.problems.get(path, []) if self.is_serve or design.yaml_broken else []
            html, problems = decorate(html, design, self.renderer, shown)
            self._report(problems)
        if "arch-cards" not in html:
            return html
        html, problems = expand_markers(
            html,
            path=path,
            source=page.file.content_string,
            page_url=page.url,
            catalog=self.catalog,
            renderer=self.renderer,
        )
        self._report(problems)
        return html

    def _report(self, problems: list[Problem]) -> None:
        for problem in problems:
            log.warning(str(problem))
            self.problems.setdefault(problem.path, []).append(problem)


def _read_designs(files: Files, settings: Settings) -> tuple[list[Source], list[Problem]]:
    sources, problems = [], []
    for file in files.documentation_pages():
        if not is_design(file.src_uri, settings):
            continue
        try:
            text = file.content_string
        except UnicodeDecodeError as error:
            message = f"is not UTF-8 text ({error.reason} at byte {error.start})"
            problems.append(Problem(file.src_uri, 1, "file", message, "save it as UTF-8"))
            # MkDocs would stop the build with a traceback; build the page with U+FFFD instead.
            text = file.content_bytes.decode("utf-8-sig", errors="replace")
            file.content_string = text
        sources.append(Source(file.src_uri, text, file.url))
    return sources, problems


def _override_dir(config: MkDocsConfig) -> str | None:
    custom_dir = config.theme.custom_dir
    return str(custom_dir) if custom_dir else None
