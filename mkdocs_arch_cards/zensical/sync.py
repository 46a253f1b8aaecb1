"""`arch-cards sync`: the generated pages as Markdown files in docs_dir, for engines that cannot
add pages to a build (Zensical). Never a page the author wrote; only files it wrote go."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.assets import site_files
from ..core.export import catalog_json, export_path, is_export
from ..core.vendor import SITE_URI, served_mermaid
from .site import Loaded, load, marked

if TYPE_CHECKING:
    from pathlib import Path

_ASSET_HEAD = "/* mkdocs-arch-cards:"  # how our CSS and JS start: an older copy of ours


def sync(config_file: Path) -> tuple[Loaded, list[str]]:
    """Write generated pages and what the plugin serves; say what changed (`wrote x`)."""
    loaded = load(config_file)
    docs, done = loaded.site.docs_dir, []
    for path, markdown in loaded.pages.items():
        if _write(docs / path, marked(markdown, loaded.digest)):
            done.append(f"wrote {path}")
    for path in loaded.ours:
        if path not in loaded.pages:  # a tag that is gone, a page the author now writes
            (docs / path).unlink()
            done.append(f"removed {path}")
    for uri, source in site_files(served_mermaid(loaded.site.options.mermaid, done.append)).items():
        ours = uri == SITE_URI or _text(docs / uri).startswith(_ASSET_HEAD)  # Mermaid: its name
        if (ours or not (docs / uri).exists()) and _write(docs / uri, source.read_text("utf-8")):
            done.append(f"wrote {uri}")
    if export := export_path(loaded.site.options.export):
        found = loaded.found
        if (docs / export).exists() and not is_export(_text(docs / export)):
            done.append(f"kept {export}: not written by arch-cards")
        elif _write(docs / export, catalog_json(found.catalog, loaded.site.site_url, found.parsed)):
            done.append(f"wrote {export}")
    return loaded, done


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def _write(target: Path, text: str) -> bool:
    """Write `text` unless the file holds it already (an unchanged file is not rebuilt)."""
    if _text(target) == text:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return True
