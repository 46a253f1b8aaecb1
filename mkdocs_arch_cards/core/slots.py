"""HTML held out of a page until every other plugin has read it: a slot element stands in."""

from __future__ import annotations

import re

from .problems import Problem

# An empty element, not a comment: minifiers drop comments, and BeautifulSoup (mermaid2) and
# search keep an empty element as it is. A minifier may drop the quotes. Linear: no nesting.
_SLOT_RE = re.compile(r"""<arch-cards-slot\s+data-n=["']?(\d+)["']?\s*>\s*</arch-cards-slot>""")


def slot(number: str) -> str:
    """The element that stands for the HTML `number` of a page."""
    return f'<arch-cards-slot data-n="{number}"></arch-cards-slot>'


class Inline:
    """Puts HTML where it goes, at once: for an engine whose pages no other plugin re-reads."""

    def put(self, html: str) -> str:
        """What the page holds for now where `html` goes; nobody searches it."""
        return html

    def keep(self, html: str) -> str:
        """What the page holds for now where `html` goes, which search should index."""
        return html

    def hide(self, page_html: str) -> str:
        """The page once search has read it: what `keep` left in it out of the way."""
        return page_html

    def fill(self, page_html: str) -> tuple[str, list[Problem]]:
        """The page with everything put back; what went missing."""
        return page_html, []


class Slots(Inline):
    """Holds a page's HTML back: slot elements stand in, `fill` puts the HTML in their place.

    MkDocs' plugins (mermaid2 parses every page with "mermaid" in it; search indexes every
    page) then work on the page without the cards, which would cost them a fifth more.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.held: dict[str, str] = {}
        self.kept: dict[str, str] = {}  # in the page until search has read it

    def put(self, html: str) -> str:
        if not html:
            return html
        number = str(len(self.held))
        self.held[number] = html
        return slot(number)

    def keep(self, html: str) -> str:
        if html:
            number = str(len(self.held))
            self.held[number] = self.kept[number] = html
        return html

    def hide(self, page_html: str) -> str:
        for number, html in self.kept.items():
            at = page_html.find(html)
            if at < 0:  # another plugin changed it: it stays where it is, and in the page
                del self.held[number]
                continue
            page_html = page_html[:at] + slot(number) + page_html[at + len(html) :]
        self.kept = {}
        return page_html

    def fill(self, page_html: str) -> tuple[str, list[Problem]]:
        held = self.held
        if not held:
            return page_html, []

        def filled(match: re.Match[str]) -> str:
            return held.pop(match.group(1), None) or match.group()

        page_html = _SLOT_RE.sub(filled, page_html)  # one pass, each slot filled once
        missing, self.held = len(held), {}
        return page_html, [lost(self.path, missing)] if missing else []


INLINE = Inline()
"""HTML in place, at once: what Zensical's extension and `arch-cards check` use."""


def lost(path: str, missing: int) -> Problem:
    """What to say when another plugin dropped a page's slots: their HTML is not on the page."""
    return Problem(
        path,
        1,
        "arch-cards",
        f"{missing} part(s) of what arch-cards adds to this page (header, cards, lists) were "
        "left out: their <arch-cards-slot> elements were gone from the built page",
        "a plugin that rewrites pages removed them before arch-cards filled them (its "
        "on_post_page runs at priority -100): run that plugin later, or after arch-cards",
    )
