"""`arch-cards sync`: the generated pages as Markdown files in docs_dir, for engines that cannot
add pages to a build (Zensical). Never a page the author wrote; only files it wrote go."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ..core.export import SCHEMA_VERSION, catalog_json
from ..plugin import ASSETS, CSS_URI, JS_URI
from .site import Loaded, load, marked

if TYPE_CHECKING:
    from pathlib import Path

_ASSET_HEAD = "/* mkdocs-arch-cards:"  # how our CSS and JS start: an older copy of ours


def sync(config_file: Path) -> tuple[Loaded, list[str]]:
    """Write, rewrite and remove generated pages; what changed, as `wrote x`/`removed y` lines."""
    loaded = load(config_file)
    done = []
    for path, markdown in loaded.pages.items():
        if _write(loaded.docs_dir / path, marked(markdown, loaded.digest)):
            done.append(f"wrote {path}")
    for path in loaded.ours:
        if path not in loaded.pages:  # a tag that is gone, a page the author now writes
            (loaded.docs_dir / path).unlink()
            done.append(f"removed {path}")
    for uri in (CSS_URI, JS_URI):  # the plugin serves them; Zensical copies docs_dir's files
        target, asset = loaded.docs_dir / uri, ASSETS / uri.rsplit("/", 1)[-1]
        ours = not target.exists() or _text(target).startswith(_ASSET_HEAD)
        if ours and _write(target, asset.read_text(encoding="utf-8")):
            done.append(f"wrote {uri}")
    if loaded.export:
        target = loaded.docs_dir / loaded.export
        if not target.exists() or _is_export(target):
            if _write(target, catalog_json(loaded.catalog, loaded.site_url, loaded.parsed)):
                done.append(f"wrote {loaded.export}")
        else:
            done.append(f"kept {loaded.export}: not written by arch-cards")
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


def _is_export(path: Path) -> bool:
    """Whether a file is an export of ours (the author may keep a catalog.json of their own)."""
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (
        isinstance(found, dict)
        and found.keys() == {"version", "designs", "tags"}
        and (found["version"] == SCHEMA_VERSION)
    )
