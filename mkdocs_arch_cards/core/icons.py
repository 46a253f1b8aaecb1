"""The theme's icons, as Material's templates include `.icons/<name>.svg` from its folders."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable


def theme_icons(folders: Iterable[str], warn: Callable[[str], None]) -> Callable[[str], str]:
    """Finds an icon's SVG in the theme's folders, first found wins; a missing one is said once."""
    paths = [Path(folder) / ".icons" for folder in folders]
    found: dict[str, str] = {}

    def icon(name: str) -> str:
        if name not in found:
            files = (path / f"{name}.svg" for path in paths)
            svg = next((f.read_text(encoding="utf-8") for f in files if f.is_file()), None)
            if svg is None:
                warn(f"icon '{name}' is not among the theme's icons (.icons/{name}.svg)")
            found[name] = svg or ""
        return found[name]

    return icon
