"""Links rendered once per build and made relative to each page that shows them."""

from __future__ import annotations

import posixpath
from typing import NamedTuple

from markupsafe import escape


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


def _odd(path: str) -> bool:
    """Whether a path has a part that comparing parts as text misreads: "", "." or ".."."""
    return path.startswith(("/", ".")) or "/." in path or "//" in path


class Target(NamedTuple):
    """A link's target, cut where a page's way to its folder is joined to it (Ways)."""

    target: str  # from the site root
    stem: str | None  # the path without a last "/"; None: made whole, by relative_url
    folder: str
    tail: str  # what follows the folder's "/": the name, a last "/", the fragment
    safe: bool  # nothing in it that HTML escapes, so nothing in its href either

    @classmethod
    def of(cls, target: str) -> Target:
        path, hash_, fragment = target.partition("#")
        stem = path.removesuffix("/")
        folder, _, name = stem.rpartition("/")
        tail = name + path[len(stem) :] + hash_ + fragment
        whole = not name or _odd(stem)  # ".", ".." or empty parts: relpath's normalising
        return cls(target, None if whole else stem, folder, tail, escape(target) == target)


class Ways:
    """Links from one page: the way to each target's folder is made once.

    A grid's links go to a few folders, so each link is the way to its folder and a name.
    Where the target is the page's folder or above it, or a path has ".", ".." or empty
    parts, the link is made whole (relative_url).
    """

    def __init__(self, page_url: str) -> None:
        self.page_url = page_url
        base = page_url if page_url.endswith("/") or not page_url else posixpath.dirname(page_url)
        self.base = base.removesuffix("/")
        self.odd = _odd(f"{self.base}/") if self.base else False
        self.folders: dict[str, str] = {}

    def to(self, target: Target) -> str:
        """relative_url(target.target, page_url)."""
        stem, base = target.stem, self.base
        if (
            stem is None
            or self.odd
            or (base.startswith(stem) and base[len(stem) : len(stem) + 1] in ("", "/"))
        ):
            return relative_url(target.target, self.page_url)
        folder = target.folder
        way = self.folders.get(folder)
        if way is None:
            way = self.folders[folder] = relative_url(f"{folder}/" if folder else "", self.page_url)
        return target.tail if way == "./" else way + target.tail


class Links:
    """The link tokens of one build, and what each one is on the page being rendered.

    HTML written with `token(target)` for every link does not depend on the page, so a card
    is rendered once per build; `relink` gives the hrefs MkDocs would write, in one pass.
    """

    def __init__(self) -> None:
        # A token's text as a template printed it (escaped, or `| safe`) → (target, escaped).
        self._targets: dict[str, tuple[Target, bool]] = {}
        self._page: str | None = None
        self._hrefs: dict[str, str] = {}  # the page's memo: a token's text → its href there
        self._ways = Ways("")  # and the ways to folders from there
        self._cuts: dict[str, Target] = {}  # the targets `relative` was given: tags' pages

    def token(self, target: str) -> str:
        """A link to `target` (relative to the site root), made relative to a page later."""
        escaped = str(escape(target))
        known = self._targets.get(escaped)
        if not (known and known[1]):  # escaping is one-to-one: the same target, cut already
            cut = Target.of(target)
            self._targets[escaped] = (cut, True)
            if escaped != target:
                self._targets.setdefault(target, (cut, False))
        return f"\ue000{target}\ue001"

    def relink(self, html: str, page_url: str) -> str:
        """`html` with each token replaced by its href on the page served at `page_url`."""
        if "\ue000" not in html:
            return html
        hrefs = self._memo(page_url)
        # A token is its target between \ue000 and \ue001, private-use characters autoescape
        # leaves as they are. Split at each start, the text up to the next end is a token: one
        # pass, without a call into Python per token as re.sub with a function makes.
        pieces = html.split("\ue000")
        out = [pieces[0]]
        for piece in pieces[1:]:
            text, end, rest = piece.partition("\ue001")
            if not end:
                out += ("\ue000", piece)
                continue
            found = hrefs.get(text)
            if found is None:
                found = hrefs[text] = self._href(text, page_url)
            out += (found, rest)
        return "".join(out)

    def relative(self, target: str, page_url: str) -> str:
        """relative_url(target, page_url), for a link written as it is (not a token)."""
        self._memo(page_url)
        cut = self._cuts.get(target)
        if cut is None:
            cut = self._cuts[target] = Target.of(target)
        return self._ways.to(cut)

    def _memo(self, page_url: str) -> dict[str, str]:
        if page_url != self._page:  # pages are rendered one after the other
            self._page, self._hrefs, self._ways = page_url, {}, Ways(page_url)
        return self._hrefs

    def _href(self, text: str, page_url: str) -> str:
        known = self._targets.get(text)
        if known is None:  # not one of ours: a value that holds these characters
            return f"\ue000{text}\ue001"
        target, escaped = known
        url = self._ways.to(target)
        return url if target.safe or not escaped else str(escape(url))
