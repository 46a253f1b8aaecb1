"""The MkDocs adapter: wires MkDocs events to the core, and nothing else."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, InclusionLevel

from ..core.catalog import Catalog, Settings, Source, is_design, load_catalog
from ..core.diagrams import check_pages
from ..core.export import catalog_json
from ..core.frontmatter import decode, read_page, unreadable
from ..core.markers import expand_markers, has_marker
from ..core.pages import cards_of, decorate, generated_pages, related_section
from ..core.places import added_note, check_places, made_page
from ..core.render import Renderer
from ..core.titles import nav_titles
from ..core.values import title_text
from ..core.vendor import LOADER, LOADER_URI, SITE_URI, MermaidMissing, mermaid_js
from .config import ArchCardsConfig
from .dirty import DirtyBuilds, add_generated

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page
    from mkdocs.utils.templates import TemplateContext

    from ..core.problems import Problem

log = get_plugin_logger(__name__)

ASSETS = Path(__file__).parents[1] / "assets"
CSS_URI = "assets/arch-cards/arch-cards.css"
JS_URI = "assets/arch-cards/arch-cards.js"  # no "mermaid" in the name: mkdocs-mermaid2 reacts


class ArchCardsPlugin(BasePlugin[ArchCardsConfig]):
    """Cards, chips, tag pages and design-page headers from design pages' front-matter."""

    is_serve = False
    rebuilds: DirtyBuilds | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # MkDocs keeps a plugin with on_startup across `serve` rebuilds: these outlive a build.
        self.is_serve = command == "serve"
        self.rebuilds = DirtyBuilds.start(command, dirty)

    def on_shutdown(self) -> None:
        if self.rebuilds:
            self.rebuilds.close()

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.rebuilds:
            self.rebuilds.built()

    @event_priority(50)  # before mkdocs-mermaid2 looks for a Mermaid in extra_javascript
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        loaded = self.config.loaded  # checked by the core's schema when MkDocs loaded them
        self.options, self.registry = loaded.options, loaded.registry
        self.settings = Settings.from_options(
            loaded.options,
            include_drafts=self.is_serve,
            directory_urls=config.use_directory_urls,
            docs_dir=_docs_dir(config),
        )
        self.catalog = Catalog()
        self.added: dict[str, str] = {}  # the author's pages where the plugin makes one: cards
        self.problems: dict[str, list[Problem]] = {}
        self.renderer = Renderer(_override_dir(config), _icons(config))
        if CSS_URI not in config.extra_css:
            config.extra_css.insert(0, CSS_URI)  # first, so the site's own CSS wins
        if JS_URI not in config.extra_javascript:
            config.extra_javascript.append(JS_URI)
        self.mermaid = _pinned_mermaid(self.options.mermaid)
        if self.mermaid and LOADER_URI not in config.extra_javascript:
            config.extra_javascript.append(LOADER_URI)
        return config

    @event_priority(-50)  # after generators such as gen-files have added their pages
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        sources, problems = _read_designs(files, self.settings, nav_titles(config.nav))
        served = [(f.src_uri, f.url) for f in files.documentation_pages()]
        places = check_places(served, lambda path: _text(files.src_uris[path]), self.settings)
        self.catalog, invalid = load_catalog(sources, self.settings, self.registry)
        self._report(places, data=False)
        texts = [(f.src_uri, _text(f)) for f in files.documentation_pages()]
        diagrams = check_pages(texts, self.catalog, _root(config))
        self.parsed = diagrams.parsed
        for note in diagrams.notes:
            log.info(note)
        self._report(problems + invalid + diagrams.problems)
        found = places + problems + invalid + diagrams.problems
        for path in self.catalog.drafts:  # built by `serve`, left out by `build`
            files.src_uris[path].inclusion = InclusionLevel.DRAFT
        for uri in (CSS_URI, JS_URI):
            if files.get_file_from_path(uri) is None:
                source = ASSETS / uri.rsplit("/", 1)[-1]
                files.append(File.generated(config, uri, abs_src_path=str(source)))
        if self.mermaid and files.get_file_from_path(LOADER_URI) is None:
            files.append(File.generated(config, LOADER_URI, abs_src_path=str(LOADER)))
            files.append(File.generated(config, SITE_URI, abs_src_path=str(self.mermaid)))
        export = "catalog.json" if self.options.export is None else self.options.export
        if export and files.get_file_from_path(export) is None:
            content = catalog_json(self.catalog, config.site_url, self.parsed)
            files.append(File.generated(config, export, content=content))
        made = generated_pages(self.catalog, self.options.title, self.options.subtitle)
        pages, self.added = _unclaimed(made, files, config, self.settings)
        if self.rebuilds:  # a page the author wrote wins: `pages` are the unclaimed ones
            self.rebuilds.add(files, config, self.catalog, found, pages, self.added, self.config)
        else:
            add_generated(files, config, pages, self.catalog)
        refused = [p for found in self.problems.values() for p in found if p.level == "error"]
        if refused:
            raise PluginError(f"arch-cards: the configuration refuses {len(refused)} value(s)")
        return files

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        if added := self.added.get(page.file.src_uri):
            markdown = f"{markdown.rstrip()}\n\n{added}"
        design = self.catalog.by_path.get(page.file.src_uri)
        if design is None:
            # Not our page, so no warning (`check` could not report it), but still a theme's
            # <title> and every page's nav: a list or mapping title must not print as markup.
            if "title" in page.meta:
                page.meta["title"] = title_text(page.meta["title"], escaped=False)
            return markdown
        if not page.meta:  # MkDocs read none, e.g. for an impossible date: take ours
            read, _ = read_page(page.file.src_uri, markdown)
            markdown = read.body
            page.meta.update(read.meta)
        # The card's title, escaped, for the nav and <title> too: one that is no text (reported)
        # gives way to it, and so does the H1's rendered text, which MkDocs would pass on raw.
        title = page.meta.get("title")
        page.meta["title"] = title_text(title if _is_text(title) else design.title)
        # Material's nav shows page.meta.status as an icon: keep only the ones it knows.
        page.meta.pop("status", None)
        if design.status and design.status.nav:
            page.meta["status"] = design.status.nav
        return markdown + related_section(design)

    def on_page_content(
        self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        path = page.file.src_uri
        if design := self.catalog.by_path.get(path):
            shown = self.problems.get(path, []) if self.is_serve or design.yaml_broken else []
            parses = self.parsed.get(path, ())
            html, problems = decorate(
                html, design, self.catalog, self.renderer, page.url, shown, parses
            )
            self._report(problems)
        html, problems = expand_markers(
            html,
            path=path,
            source=lambda: page.file.content_string,
            page_url=page.url,
            catalog=self.catalog,
            renderer=self.renderer,
        )
        self._report(problems, data=False)
        return html

    # After Material's tags plugin: 9.8 fills `tags` only if unset, 9.5 always overwrites it.
    @event_priority(-50)
    def on_page_context(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Any
    ) -> TemplateContext:
        if page.file.src_uri in self.catalog.by_path:
            context["tags"] = []  # type: ignore[typeddict-unknown-key]  # our header has chips
        return context

    def _report(self, problems: list[Problem], *, data: bool = True) -> None:
        # `problems: info` reports the designs' data without failing --strict; a refused value,
        # a page lost to another at its URL and a wrong marker of the site's still stop it.
        found = log.info if data and self.options.problems == "info" else log.warning
        for problem in problems:
            (log.error if problem.level == "error" else found)(str(problem))
            self.problems.setdefault(problem.path, []).append(problem)


def _read_designs(
    files: Files, settings: Settings, titles: dict[str, str]
) -> tuple[list[Source], list[Problem]]:
    sources, problems, unread = [], [], []
    for file in files.documentation_pages():
        if not is_design(file.src_uri, settings):
            continue
        try:
            text = file.content_string
        except UnicodeDecodeError:
            # MkDocs would stop the build with a traceback; build the page with U+FFFD instead.
            text, found = decode(file.src_uri, file.content_bytes)
            problems += found
            file.content_string = text
        except OSError as error:  # MkDocs would stop the build with a traceback
            problems.append(unreadable(file.src_uri, error))
            unread.append(file)
            continue
        sources.append(Source(file.src_uri, text, file.url, titles.get(file.src_uri)))
    for file in unread:
        files.remove(file)
    return sources, problems


def _unclaimed(
    pages: dict[str, str], files: Files, config: MkDocsConfig, settings: Settings
) -> tuple[dict[str, str], dict[str, str]]:
    """Generated pages no file of the author's is served in place of, and what those files get.

    A page the author wrote wins; without a marker of its own, it gets the generated page's
    cards at its end. architecture/README.md is written where architecture/index.md would be.
    """
    taken = {f.dest_uri: f for f in files}
    unclaimed, added = {}, {}
    for path, markdown in pages.items():
        own = taken.get(File(path, None, config.site_dir, config.use_directory_urls).dest_uri)
        if own is None:
            unclaimed[path] = markdown
        elif own.is_documentation_page() and not has_marker(_text(own)):
            added[own.src_uri] = cards_of(markdown)
            log.info(added_note(own.src_uri, made_page(path, settings) or "index"))
    return unclaimed, added


def _text(file: File) -> str:
    return decode(file.src_uri, file.content_bytes)[0]


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _icons(config: MkDocsConfig) -> Any:
    """Finds a theme icon's SVG, as Material's templates include `.icons/<name>.svg`."""
    found: dict[str, str] = {}

    def icon(name: str) -> str:
        if name not in found:
            paths = [Path(d) / ".icons" / f"{name}.svg" for d in config.theme.dirs]
            svg = next((p.read_text(encoding="utf-8") for p in paths if p.is_file()), None)
            if svg is None:
                log.warning(f"icon '{name}' is not among the theme's icons (.icons/{name}.svg)")
            found[name] = svg or ""
        return found[name]

    return icon


def _root(config: MkDocsConfig) -> Path:
    """The folder of mkdocs.yml, where `.cache/arch-cards/` is kept."""
    return Path(config.config_file_path or ".").resolve().parent


def _docs_dir(config: MkDocsConfig) -> str:
    """docs_dir from the folder of mkdocs.yml (the repository root, mostly), e.g. `docs`."""
    try:
        return Path(config.docs_dir).resolve().relative_to(_root(config)).as_posix()
    except ValueError:  # docs_dir outside the config's folder: its name is the best guess
        return Path(config.docs_dir).name


def _pinned_mermaid(wanted: bool) -> Path | None:
    """The pinned Mermaid the site serves, unless it loads its own; missing, one warning."""
    try:
        return mermaid_js() if wanted else None
    except MermaidMissing as error:
        log.warning(str(error))
        return None


def _override_dir(config: MkDocsConfig) -> str | None:
    custom_dir = config.theme.custom_dir
    return str(custom_dir) if custom_dir else None
