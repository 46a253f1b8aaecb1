"""MkDocs' files as the core asks for them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mkdocs.structure.files import File

if TYPE_CHECKING:
    from collections.abc import Callable

    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files


def owner(files: Files, config: MkDocsConfig) -> Callable[[str], str | None]:
    """The file of the author's served where a generated page would be, by MkDocs' own URLs."""
    taken = {f.dest_uri: f.src_uri for f in files}
    urls = config.site_dir, config.use_directory_urls
    return lambda path: taken.get(File(path, None, *urls).dest_uri)


def reader(file: File) -> Callable[[], bytes]:
    """The file's bytes, read when asked for (a page the core never reads is never read)."""
    return lambda: file.content_bytes
