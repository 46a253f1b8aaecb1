"""HTML for the grid, the cards and the design-page header, the same from every engine."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
from markupsafe import Markup

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .catalog import Design, Tag

TEMPLATES = Path(__file__).parent / "templates"
DIAGRAM_ANCHOR = "arch-diagram"


@dataclass(frozen=True, slots=True)
class Card:
    """A design as one page sees it: links are relative to that page."""

    design: Design
    href: str
    diagram_href: str | None

    @property
    def title(self) -> str:
        return self.design.title

    @property
    def category(self) -> str | None:
        return self.design.category

    @property
    def summary(self) -> str | None:
        return self.design.summary

    @property
    def problem(self) -> str | None:
        return self.design.problem

    @property
    def tags(self) -> tuple[Tag, ...]:
        return self.design.tags


class Renderer:
    """Renders with templates from the site's `custom_dir/arch-cards/` first, then ours."""

    def __init__(self, override_dir: str | None = None) -> None:
        dirs = [override_dir] if override_dir else []
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader([*dirs, str(TEMPLATES)]),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def grid(self, designs: Sequence[Design], page_url: str, heading_level: int = 2) -> str:
        """The card grid for `designs`, as it appears on the page served at `page_url`."""
        cards = [card(d, page_url) for d in designs]
        template = self.env.get_template("arch-cards/grid.html")
        return template.render(cards=cards, heading=f"h{min(max(heading_level, 2), 6)}")

    def header(self, design: Design) -> str:
        """What a design page shows above its body: category, summary, problem, chips."""
        return self.env.get_template("arch-cards/header.html").render(design=design)

    def diagram(self, diagram_html: str) -> str:
        """The anchor that "View diagram" lands on, around the diagram's HTML."""
        template = self.env.get_template("arch-cards/diagram.html")
        return template.render(anchor=DIAGRAM_ANCHOR, diagram=Markup(diagram_html))

    def notice(self, title: str, messages: Sequence[str]) -> str:
        """A box that tells a reader of a preview what is wrong with this page."""
        return self.env.get_template("arch-cards/notice.html").render(
            title=title, messages=messages
        )


def card(design: Design, page_url: str) -> Card:
    """A design's card, with links relative to the page served at `page_url`."""
    href = relative_url(design.url, page_url)
    diagram_href = f"{href}#{DIAGRAM_ANCHOR}" if design.diagram else None
    return Card(design, href, diagram_href)


def relative_url(target: str, page_url: str) -> str:
    """A link from the page served at `page_url` to `target`; both relative to the site root."""
    base = page_url if page_url.endswith("/") or not page_url else posixpath.dirname(page_url)
    relative = posixpath.relpath("/" + target, "/" + base)
    if target.endswith("/") or not target:
        relative = "./" if relative == "." else relative + "/"
    return relative
