"""Where pages land: the URLs the plugin generates pages at, and pages that would collide."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from .designs import Settings

MADE_PAGES = ("index", "tags_page", "categories_page", "review_page")
WHAT = {
    "index": "the grid of every design",
    "tags_page": "the list of every tag",
    "categories_page": "the list of every category",
    "review_page": "the list of designs due for review",
    "tag_page": "tag pages",
}


def made_page(path: str, settings: Settings) -> str | None:
    """The option naming the page the plugin generates at `path`'s URL, if it makes one there.

    `architecture/README.md` is served where `architecture/index.md` is: it is the grid's page.
    """
    url = settings.url_of(path)
    for option in MADE_PAGES:
        if url == settings.url_of(getattr(settings, option)):
            return option
    return "tag_page" if settings.is_tag_page(path) else None


def reserved_slugs(settings: Settings) -> Callable[[str], bool]:
    """Whether a tag's page would land on another page the plugin makes (a tag 'Index')."""
    made = {settings.url_of(getattr(settings, option)) for option in MADE_PAGES}
    return lambda slug: settings.url_of(settings.tag_page.format(slug=slug)) in made
