"""The CSS and JavaScript every site is served, where the package keeps them and where they go."""

from __future__ import annotations

from pathlib import Path

ASSETS = Path(__file__).parents[1] / "assets"
CSS_URI = "assets/arch-cards/arch-cards.css"
JS_URI = "assets/arch-cards/arch-cards.js"  # no "mermaid" in the name: mkdocs-mermaid2 reacts


def asset_source(uri: str) -> Path:
    """The package's file served at `uri` (CSS_URI or JS_URI)."""
    return ASSETS / uri.rsplit("/", 1)[-1]
