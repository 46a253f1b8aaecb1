"""The CSS and JavaScript every site is served, where the package keeps them and where they go."""

from __future__ import annotations

from pathlib import Path

from .vendor import LOADER, LOADER_URI, SITE_URI

ASSETS = Path(__file__).parents[1] / "assets"
CSS_URI = "assets/arch-cards/arch-cards.css"
JS_URI = "assets/arch-cards/arch-cards.js"  # no "mermaid" in the name: mkdocs-mermaid2 reacts


def asset_source(uri: str) -> Path:
    """The package's file served at `uri` (CSS_URI or JS_URI)."""
    return ASSETS / uri.rsplit("/", 1)[-1]


def site_files(mermaid: Path | None, loader: str = LOADER_URI) -> dict[str, Path]:
    """What a site serves beside its pages, by URI: the CSS and JS, and with the pinned Mermaid
    (vendor.served_mermaid) the library and the loader that keeps Material's off a CDN, at
    `loader` (vendor.PAGE_LOADER_URI for MkDocs)."""
    files = {CSS_URI: asset_source(CSS_URI), JS_URI: asset_source(JS_URI)}
    return files | ({loader: LOADER, SITE_URI: mermaid} if mermaid else {})
