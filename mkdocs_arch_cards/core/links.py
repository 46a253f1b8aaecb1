"""Links rendered once per build and made relative to each page that shows them."""

from __future__ import annotations

import posixpath
import re

from markupsafe import escape

# A target relative to the site root, between two private-use characters; autoescape leaves
# both as they are. One forward pass; the class excludes both ends: linear on any text.
_TOKEN_RE = re.compile("\ue000([^\ue000\ue001]*)\ue001")


def relative_url(target: str, page_url: str) -> str:
    """A link from the page served at `page_url` to `target`; both relative to the site root."""
    target, hash_, fragment = target.partition("#")
    base = page_url if page_url.endswith("/") or not page_url else posixpath.dirname(page_url)
    relative = _relpath(target, base)
    if target.endswith("/") or not target:
        relative = "./" if relative == "." else relative + "/"
    return relative + hash_ + fragment


def _relpath(target: str, base: str) -> str:
    """posixpath.relpath("/" + target, "/" + base), a fifth of its time for a plain path."""
    # A link per card per page: relpath's abspath and normpath are most of a grid page's links.
    parts, bases = target.split("/"), base.split("/")
    if "." in parts or ".." in parts or "." in bases or ".." in bases:
        return posixpath.relpath("/" + target, "/" + base)
    parts, bases = [p for p in parts if p], [p for p in bases if p]
    common = 0
    for mine, theirs in zip(parts, bases, strict=False):
        if mine != theirs:
            break
        common += 1
    return "/".join([".."] * (len(bases) - common) + parts[common:]) or "."


class Links:
    """The link tokens of one build, and what each one is on the page being rendered.

    HTML written with `token(target)` for every link does not depend on the page, so a card
    is rendered once per build; `relink` gives the hrefs MkDocs would write, in one pass.
    """

    def __init__(self) -> None:
        # A token's text as a template printed it (escaped, or `| safe`) → (target, escaped).
        self._targets: dict[str, tuple[str, bool]] = {}
        self._page: str | None = None
        self._hrefs: dict[str, str] = {}  # the page's memo: a token's text → its href there

    def token(self, target: str) -> str:
        """A link to `target` (relative to the site root), made relative to a page later."""
        escaped = str(escape(target))
        self._targets[escaped] = (target, True)
        if escaped != target:
            self._targets.setdefault(target, (target, False))
        return f"\ue000{target}\ue001"

    def relink(self, html: str, page_url: str) -> str:
        """`html` with each token replaced by its href on the page served at `page_url`."""
        if "\ue000" not in html:
            return html
        if page_url != self._page:  # pages are rendered one after the other
            self._page, self._hrefs = page_url, {}
        hrefs, targets = self._hrefs, self._targets

        def href(match: re.Match[str]) -> str:
            text = match.group(1)
            found = hrefs.get(text)
            if found is None:
                known = targets.get(text)
                if known is None:  # not one of ours: a value that holds these characters
                    found = match.group()
                else:
                    url = relative_url(known[0], page_url)
                    found = str(escape(url)) if known[1] else url
                hrefs[text] = found
            return found

        return _TOKEN_RE.sub(href, html)
