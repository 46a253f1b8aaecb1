"""HTML held out of a page until every other plugin has read it: a slot element stands in."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .problems import Problem

if TYPE_CHECKING:
    from collections.abc import Callable

    Render = Callable[[], str]

# Search's copy of a header's text: gone once search has read the page, before mermaid2 runs.
_SEARCHED = "arch-cards-search"
_SEARCHED_RE = re.compile(f"<{_SEARCHED}>.*?</{_SEARCHED}>", re.DOTALL)  # one element, no nesting
# An empty element, not a comment: minifiers drop comments, and BeautifulSoup (mermaid2) and
# search keep an empty element as it is. A minifier may drop the quotes. Linear: no nesting.
_SLOT_RE = re.compile(r"""<arch-cards-slot\s+data-n=["']?(\d+)["']?\s*>\s*</arch-cards-slot>""")


def slot(number: str) -> str:
    """The element that stands for the HTML `number` of a page."""
    return f'<arch-cards-slot data-n="{number}"></arch-cards-slot>'


class Inline:
    """Puts HTML where it goes, at once: for an engine whose pages no other plugin re-reads."""

    def put(self, render: Render) -> str:
        """What the page holds for now where `render`'s HTML goes; nobody searches it."""
        return render()

    def keep(self, html: str) -> str:
        """What the page holds for now where `html` goes, which search should index."""
        return html

    def show(self, searched: str, render: Render) -> str:
        """What the page holds for now where `render`'s HTML goes, of which search should
        index only `searched` (its text a reader looks for, without its links and chips)."""
        return render()

    def hide(self, page_html: str) -> str:
        """The page once search has read it: what `keep` and `show` left in it out of the way."""
        return page_html

    def fill(self, page_html: str) -> tuple[str, list[Problem]]:
        """The page with everything put back; what went missing."""
        return page_html, []


class Slots(Inline):
    """Holds back what goes in a page: slot elements stand in, `fill` renders the HTML then.

    MkDocs' plugins (mermaid2 parses every page with "mermaid" in it; search indexes every
    page) then work on the page without the cards, which would cost them a fifth more. And
    MkDocs reads every page before it writes the first: HTML rendered only as each page is
    written is not held for all of them at once.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.held: dict[str, Render] = {}
        self.kept: dict[str, str] = {}  # in the page until search has read it: the slot's HTML
        self.searched = False  # search's text of the header is in the page, after its slot

    def put(self, render: Render) -> str:
        number = str(len(self.held))
        self.held[number] = render
        return slot(number)

    def keep(self, html: str) -> str:
        if html:
            number = str(len(self.held))
            self.held[number] = lambda: html
            self.kept[number] = html
        return html

    def show(self, searched: str, render: Render) -> str:
        placed = self.put(render)
        if searched:  # in an element of ours: found again whatever a plugin did to its text
            placed += f"<{_SEARCHED}>{searched}</{_SEARCHED}>"
            self.searched = True
        return placed

    def hide(self, page_html: str) -> str:
        for number, html in self.kept.items():
            at = page_html.find(html)
            if at < 0:  # another plugin changed it: it stays where it is, and in the page
                del self.held[number]
                continue
            page_html = page_html[:at] + slot(number) + page_html[at + len(html) :]
        if self.searched:
            page_html = _SEARCHED_RE.sub("", page_html)
        self.kept, self.searched = {}, False
        return page_html

    def fill(self, page_html: str) -> tuple[str, list[Problem]]:
        held = self.held
        if not held:
            return page_html, []

        def filled(match: re.Match[str]) -> str:
            render = held.pop(match.group(1), None)
            return match.group() if render is None else render()

        if f"<{_SEARCHED}>" in page_html:  # a page search never read (no theme context)
            page_html = _SEARCHED_RE.sub("", page_html)
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
