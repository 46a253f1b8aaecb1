"""MkDocs' files as the core asks for them."""

from __future__ import annotations

import os
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


def written(config: MkDocsConfig, path: str, content: str) -> File:
    """A generated file written into site_dir now, so that its text is not held until MkDocs
    copies files; MkDocs then skips it ("Let plugins write directly into site_dir", 1.6's
    File.copy_file). site_dir is cleaned before on_files, never after."""
    dest = File(path, None, config.site_dir, config.use_directory_urls).abs_dest_path
    try:
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "w", encoding="utf-8") as out:
            out.write(content)
    except OSError:  # MkDocs reports it when it writes the file itself
        return File.generated(config, path, content=content)
    return File.generated(config, path, abs_src_path=dest)
