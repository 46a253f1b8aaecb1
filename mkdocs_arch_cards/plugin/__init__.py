"""The MkDocs adapter: wires MkDocs events to the core, and nothing else."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, InclusionLevel

from ..core.agents import AgentFiles, write_files
from ..core.assets import ASSETS, CSS_URI, JS_URI, site_files
from ..core.catalog import Catalog
from ..core.collector import settle
from ..core.frontmatter import read_page
from ..core.icons import theme_icons
from ..core.markers import expand_markers
from ..core.pages import decorate, generated_pages, related_section
from ..core.places import claim
from ..core.problems import log_level
from ..core.render import Renderer
from ..core.slots import INLINE, Slots
from ..core.sources import Kept, Served, read_site
from ..core.titles import nav_titles, theme_meta
from ..core.vendor import LOADER_URI, PAGE_LOADER_URI, page_scripts, served_mermaid
from .config import ArchCardsConfig
from .dirty import DirtyBuilds, add_generated, build_done
from .files import exports, owner, reader
from .languages import language_folder, nav_status, site_settings

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page
    from mkdocs.utils.templates import TemplateContext

    from ..core.problems import Problem

__all__ = ["ASSETS", "CSS_URI", "JS_URI", "ArchCardsPlugin"]
log = get_plugin_logger(__name__)


class ArchCardsPlugin(BasePlugin[ArchCardsConfig]):
    """Cards, chips, tag pages and design-page headers from design pages' front-matter."""

    is_serve = False
    rebuilds: DirtyBuilds | None = None
    kept: Kept | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # MkDocs keeps a plugin with on_startup across `serve` rebuilds: these outlive a build.
        self.is_serve = command == "serve"
        self.rebuilds = DirtyBuilds.start(command, dirty)
        self.kept = Kept() if self.is_serve else None

    def on_shutdown(self) -> None:
        if self.rebuilds:
            self.rebuilds.close()

    def on_build_error(self, *, error: Exception) -> None:
        build_done()

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        build_done()
        write_files(Path(config.site_dir), self.agents, log.warning)
        if self.rebuilds:
            self.rebuilds.built()

    @event_priority(50)  # before mkdocs-mermaid2 looks for a Mermaid in extra_javascript
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        loaded = self.config.loaded  # checked by the core's schema when MkDocs loaded them
        self.options, self.registry = loaded.options, loaded.registry
        self.catalog = Catalog()
        self.added: dict[str, str] = {}  # the author's pages where the plugin makes one: cards
        self.problems: dict[str, list[Problem]] = {}
        self.slots: dict[str, Slots] = {}  # what each page gets in on_post_page
        self.agents = AgentFiles({})  # llms.txt and the designs' Markdown: after the build
        custom_dir = str(config.theme.custom_dir) if config.theme.custom_dir else None
        self.renderer = Renderer(custom_dir, theme_icons(config.theme.dirs, log.warning))
        if CSS_URI not in config.extra_css:
            config.extra_css.insert(0, CSS_URI)  # first, so the site's own CSS wins
        if JS_URI not in config.extra_javascript:
            config.extra_javascript.append(JS_URI)
        self.mermaid = served_mermaid(self.options.mermaid, log.warning)
        if self.mermaid and LOADER_URI not in config.extra_javascript:
            config.extra_javascript.append(LOADER_URI)
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        page_scripts(config.extra_javascript)  # once mkdocs-mermaid2 has read them (vendor)

    @event_priority(-110)  # after generators (gen-files) add pages and i18n picks a language's
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        self.settings = site_settings(self.options, config, drafts=self.is_serve)  # i18n: now
        nav_status(config, self.registry, self.settings.strings)  # the nav's tooltips in it
        pages = {f.src_uri: f for f in files.documentation_pages()}
        served = {p: Served(f.url, reader(f)) for p, f in pages.items()}
        root = Path(config.config_file_path or ".").resolve().parent
        titles = nav_titles(config.nav)
        found = read_site(served, self.settings, self.registry, titles, root, self.kept)
        self.parsed = found.parsed
        for note in found.notes:
            log.info(note)
        for path in found.unread:
            files.remove(pages.pop(path))
        for path, text in found.replaced.items():
            pages[path].content_string = text
        self.catalog = found.catalog
        self._report(found.places, data=False)
        self._report(found.data)
        for path in self.catalog.drafts:  # built by `serve`, left out by `build`
            files.src_uris[path].inclusion = InclusionLevel.DRAFT
        # The site's own copy of a file wins.
        for uri, source in site_files(self.mermaid, PAGE_LOADER_URI).items():
            if files.get_file_from_path(uri) is None:
                files.append(File.generated(config, uri, abs_src_path=str(source)))
        self.agents = exports(files, config, self.options, found)
        made = generated_pages(self.catalog, self.options.title, self.options.subtitle)
        text_of = lambda path: found.text_of(path) if path in pages else None  # noqa: E731
        claims = claim(made, owner(files, config), text_of, self.settings)
        for note in claims.notes:
            log.info(note)
        self.added, self.renderer.grid_filters = claims.added, claims.grid_filters
        if self.rebuilds:
            said = found.places + found.data
            rebuilt = files, config, self.catalog, said, claims.pages, self.added, self.config
            self.rebuilds.add(*rebuilt, found.text_of, self.agents)
        else:
            add_generated(files, config, claims.pages, self.catalog)
        refused = [p for said in self.problems.values() for p in said if p.level == "error"]
        if refused:
            raise PluginError(f"arch-cards: the configuration refuses {len(refused)} value(s)")
        if language_folder(config):
            self.agents = AgentFiles({})  # llms.txt is the default language's
        settle()  # the catalog lives until the last page is written
        return files

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        if added := self.added.get(page.file.src_uri):
            markdown = f"{markdown.rstrip()}\n\n{added}"
        design = self.catalog.by_path.get(page.file.src_uri)
        if design and not page.meta:  # MkDocs read none, e.g. for an impossible date: take ours
            read, _ = read_page(page.file.src_uri, markdown)
            markdown = read.body
            page.meta.update(read.meta)
        theme_meta(page.meta, design)
        return markdown + related_section(design, self.catalog) if design else markdown

    @event_priority(10)  # before a plugin writes the page anew (glightbox: markers lose lines)
    def on_page_content(
        self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        path = page.file.src_uri
        slots = self.slots[path] = Slots(path)
        if design := self.catalog.by_path.get(path):
            shown = self.problems.get(path, []) if self.is_serve or design.yaml_broken else []
            parses = self.parsed.pop(path, ())  # a page is decorated once a build
            html, problems = decorate(
                html, design, self.catalog, self.renderer, page.url, shown, parses, slots
            )
            self._report(problems)
        html, problems = expand_markers(
            html,
            path=path,
            source=lambda: page.file.content_string,
            page_url=page.url,
            catalog=self.catalog,
            renderer=self.renderer,
            slots=slots,
        )
        self._report(problems, data=False)
        return html

    # After search (0) indexed the header, and after Material's tags plugin (9.5 sets `tags`).
    @event_priority(-100)
    def on_page_context(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Any
    ) -> TemplateContext:
        page.content = self.slots.get(page.file.src_uri, INLINE).hide(page.content or "")
        if page.file.src_uri in self.catalog.by_path:
            context["tags"] = []  # type: ignore[typeddict-unknown-key]  # our header has chips
        return context

    @event_priority(-100)  # after every plugin that reads or rewrites the page (mermaid2...)
    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        output, problems = self.slots.pop(page.file.src_uri, INLINE).fill(output)
        self._report(problems, data=False)
        return output

    def _report(self, problems: list[Problem], *, data: bool = True) -> None:
        for problem in problems:
            log.log(log_level(problem, self.options.problems, data=data), str(problem))
            self.problems.setdefault(problem.path, []).append(problem)
