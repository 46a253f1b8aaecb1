"""MkDocs' files as the core asks for them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File

from ..core.agents import AgentFiles, agent_files, llms_path, llms_txt_elsewhere
from ..core.export import catalog_json, export_path
from .languages import place_for_language

if TYPE_CHECKING:
    from collections.abc import Callable

    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

    from ..core.options import Options
    from ..core.sources import Reading

log = get_plugin_logger(__name__)


def owner(files: Files, config: MkDocsConfig) -> Callable[[str], str | None]:
    """The file of the author's served where a generated page would be, by MkDocs' own URLs."""
    taken = {f.dest_uri: f.src_uri for f in files}
    urls = config.site_dir, config.use_directory_urls
    return lambda path: taken.get(File(path, None, *urls).dest_uri)


def reader(file: File) -> Callable[[], bytes]:
    """The file's bytes, read when asked for (a page the core never reads is never read)."""
    return lambda: file.content_bytes


def exports(
    files: Files,
    config: MkDocsConfig,
    options: Options,
    found: Reading,
) -> AgentFiles:
    """Add catalog.json to the site; the agents' files (llms.txt, each design's Markdown),
    to be written once the site is built, unless another plugin writes llms.txt: a design's
    copy has its page's path."""
    export = export_path(options.export)
    if export and files.get_file_from_path(export) is None:  # the author's own file wins
        content = catalog_json(found.catalog, config.site_url, found.parsed)
        catalog = File.generated(config, export, content=content)
        place_for_language(config, [catalog], generated=False)
        files.append(catalog)
    elsewhere = llms_txt_elsewhere(config.plugins, options.llms_txt)
    if elsewhere:
        log.info(elsewhere)
        return AgentFiles({})
    # Read again when written: found.text_of's cache of every page is not kept for them.
    text_of = lambda path: files.src_uris[path].content_string  # noqa: E731
    made = agent_files(found.catalog, text_of, options, config.site_url)
    if files.get_file_from_path(llms := llms_path(options.llms_txt)) is not None:
        made = made.without(llms)  # the author's own llms.txt wins
    return made


def spare_git_authors(config: MkDocsConfig, paths: list[str]) -> None:
    """mkdocs-git-authors-plugin asks git who wrote each page and warns, failing a strict
    build, for a page git has never seen, as a generated one is: its `exclude` option, which
    the site keeps, leaves them out."""
    plugin = config.plugins.get("git-authors")
    options = getattr(plugin, "config", None)
    if options is not None and paths:
        given = options.get("exclude")
        options["exclude"] = [*(given if isinstance(given, list) else ()), *paths]
