"""Where pages land: the URLs the plugin generates pages at, and pages that would collide."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import unquote

import pathspec

from .frontmatter import read_page
from .markers import has_filter_bar, has_marker
from .pages import cards_of
from .problems import Problem

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

    from .designs import Settings

MADE_PAGES = ("index", "tags_page", "categories_page", "review_page", "timeline_page")
WHAT = {
    "index": "the grid of every design",
    "tags_page": "the list of every tag",
    "categories_page": "the list of every category",
    "review_page": "the list of designs due for review",
    "timeline_page": "the decision timeline",
    "tag_page": "tag pages",
}
# The marker that shows, on a page written by hand, what the generated page would show.
MARKER = {
    "index": '<!-- arch-cards filters="on" -->',
    "tags_page": '<!-- arch-cards view="tags" -->',
    "categories_page": '<!-- arch-cards view="categories" -->',
    "review_page": '<!-- arch-cards view="review" -->',
    "timeline_page": '<!-- arch-cards view="timeline" filters="on" -->',
    "tag_page": '<!-- arch-cards tags="<tag>" -->',
}
# Front-matter keys that only a design has: a page with one of them wants a card of its own.
# Not `title`, `tags`, `status` or `date`: a Material site's README has those too.
_DESIGN_KEYS = frozenset(
    (
        "category",
        "summary",
        "problem",
        "diagram",
        "supersedes",
        "superseded_by",
        "owner",
        "reviewed",
    )
)


def made_page(path: str, settings: Settings) -> str | None:
    """The option naming the page the plugin generates at `path`'s URL, if it makes one there.

    `architecture/README.md` is served where `architecture/index.md` is: it is the grid's page.
    """
    url = settings.url_of(path)
    for option in MADE_PAGES:
        if (made := getattr(settings, option)) and url == settings.url_of(made):
            return option
    return "tag_page" if settings.is_tag_page(path) else None


def reserved_slugs(settings: Settings) -> Callable[[str], bool]:
    """Whether a tag's page would land on another page the plugin makes (a tag 'Index')."""
    made = {settings.url_of(p) for option in MADE_PAGES if (p := getattr(settings, option))}
    return lambda slug: settings.url_of(settings.tag_page.format(slug=slug)) in made


# A template's name: "template" beside only numbers, placeholders (NNNN, XXXX), a record kind
# (adr, kep, adr000) and a variant (bare, minimal): adr-template.md, 0000-template.md,
# NNNN-kep-template/, templates/. Not 0007-adopt-a-template-engine.md, a record about one.
_TEMPLATE = frozenset(("template", "templates"))
_BESIDE_TEMPLATE = frozenset(
    (
        *("adr", "madr", "kep", "rfc", "pep", "gep", "design", "decision", "record"),
        *("bare", "minimal", "full", "short", "long", "lean", "blank", "empty", "example"),
        "sample",
    )
)
_NUMBERED_RE = re.compile(r"(?:adr|kep|rfc|pep|gep)?\d+|n+|x+|y+")
_WORD_RE = re.compile(r"[^\W_]+")


def template_page(path: str) -> bool:
    """Whether the page's file name, or one of its folders' names, names a template."""
    for part in path.removesuffix(".md").split("/"):
        words = _WORD_RE.findall(part.casefold())
        if not _TEMPLATE.isdisjoint(words) and all(
            word in _TEMPLATE or word in _BESIDE_TEMPLATE or _NUMBERED_RE.fullmatch(word)
            for word in words
        ):
            return True
    return False


def matches_designs(path: str, settings: Settings) -> bool:
    """Whether `path` matches the `designs` patterns."""
    return _spec(settings.designs).match_file(path)


def check_places(
    pages: Iterable[tuple[str, str]], text_of: Callable[[str], str], settings: Settings
) -> list[Problem]:
    """Pages that would be lost: two at one URL, or a design where the plugin makes a page.

    `pages` are (path, URL) of every page of the site, as the engine serves them; `text_of`
    reads a page, and is called only for pages at the plugin's own places.
    """
    problems = []
    by_url: dict[str, list[str]] = {}
    for path, url in pages:
        by_url.setdefault(url, []).append(path)
        option = made_page(path, settings)
        if option and matches_designs(path, settings) and _lost_design(path, text_of(path)):
            message = (
                f"is where the plugin makes {WHAT[option]} (`{option}`): it is not read as a"
                " design, and has no card"
            )
            hint = f"move the design elsewhere, or set `{option}` to another path"
            problems.append(Problem(path, 1, "file", message, hint))
    for url, paths in by_url.items():
        if len(paths) > 1 and any(matches_designs(p, settings) for p in paths):
            for path in paths:
                others = ", ".join(p for p in paths if p != path)
                shown = unquote(url) or "/"  # MkDocs' File.url is quoted, a path is not
                message = f"is served at the same URL as {others} ('{shown}'): one is lost"
                hint = f"rename or move one of them, e.g. {path} to another name"
                problems.append(Problem(path, 1, "file", message, hint))
    return problems


def added_note(path: str, option: str) -> str:
    """What a build says when a page of the author's, where the plugin makes one, gets its cards."""
    return (
        f"{path}: is where the plugin makes {WHAT[option]} (`{option}`): kept, with that added"
        f" at its end; to place it elsewhere, write `{MARKER[option]}` there"
    )


class Claims(NamedTuple):
    """Which generated pages a site serves, and what the author's pages in their place get."""

    pages: dict[str, str]  # generated pages no file of the author's is served in place of
    added: dict[str, str]  # the author's page: the generated page's cards, for its end
    notes: list[str]  # what a build says about each of `added`
    grid_filters: bool = True  # whether the grid page (`index`) has a filter bar


def claim(
    made: Mapping[str, str],
    owner: Callable[[str], str | None],
    text_of: Callable[[str], str | None],
    settings: Settings,
) -> Claims:
    """A page the author wrote wins over a generated one; without a marker, it gets its cards.

    `owner(path)`: the author's file served where the generated page `path` would be, if any;
    `text_of(file)`: its text, or None when it is no page (an HTML file, an image). The
    author's architecture/README.md is served where architecture/index.md would be.
    """
    claims = Claims({}, {}, [])
    grid_filters = True
    for path, markdown in made.items():
        own = owner(path)
        text = None if own is None else text_of(own)
        if own is None:
            claims.pages[path] = markdown
        elif text is not None and not has_marker(text):
            claims.added[own] = cards_of(markdown)
            claims.notes.append(added_note(own, made_page(path, settings) or "index"))
        elif path == settings.index:  # the author's own grid page: a bar only if it has one
            grid_filters = text is not None and has_filter_bar(text)
    return claims._replace(grid_filters=grid_filters)


def _lost_design(path: str, text: str) -> bool:
    """Whether a page without a marker reads as a design, which the plugin's page leaves out."""
    if has_marker(text):
        return False  # the author's version of the plugin's page
    page, _ = read_page(path, text)
    return not _DESIGN_KEYS.isdisjoint(page.meta)


_SPECS: dict[tuple[str, ...], pathspec.GitIgnoreSpec] = {}


def _spec(patterns: tuple[str, ...]) -> pathspec.GitIgnoreSpec:
    if patterns not in _SPECS:
        _SPECS[patterns] = pathspec.GitIgnoreSpec.from_lines(patterns)
    return _SPECS[patterns]
