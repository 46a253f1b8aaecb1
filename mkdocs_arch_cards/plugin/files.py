"""MkDocs' files as the core asks for them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File

from ..core.agents import agent_files, llms_path, llms_writers
from ..core.export import catalog_json, export_path

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
) -> dict[str, str]:
    """Add catalog.json to the site; the agents' files (llms.txt, each design's Markdown),
    to be written once the site is built: a design's copy has its page's path."""
    export = export_path(options.export)
    if export and files.get_file_from_path(export) is None:  # the author's own file wins
        content = catalog_json(found.catalog, config.site_url, found.parsed)
        files.append(File.generated(config, export, content=content))
    others = llms_writers(config.plugins)
    if others and options.llms_txt is None:
        said = f"llms.txt: left to {', '.join(others)}, which writes the site's"
        log.info(f"{said} — set llms_txt to a path of its own to have ours too")
    made = agent_files(found.catalog, found.text_of, options, config.site_url, others)
    if files.get_file_from_path(llms := llms_path(options.llms_txt, others)) is not None:
        made.pop(llms, None)  # the author's own llms.txt wins
    return made
