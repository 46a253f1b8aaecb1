"""The theme's icons: the first folder that has one wins, a missing one is said once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mkdocs_arch_cards.core.icons import theme_icons

if TYPE_CHECKING:
    from pathlib import Path


def test_an_icon_is_found_in_the_first_theme_folder_that_has_it(tmp_path: Path) -> None:
    for folder, svg in (("custom", "<svg>mine</svg>"), ("material", "<svg>theirs</svg>")):
        (tmp_path / folder / ".icons" / "material").mkdir(parents=True)
        (tmp_path / folder / ".icons" / "material" / "shield.svg").write_text(svg, "utf-8")
    said: list[str] = []
    icon = theme_icons([str(tmp_path / "custom"), str(tmp_path / "material")], said.append)
    assert icon("material/shield") == "<svg>mine</svg>"
    assert (icon("material/none"), icon("material/none")) == ("", "")
    assert said == [
        "icon 'material/none' is not among the theme's icons (.icons/material/none.svg)"
    ]
