"""Where the generated pages go: each page option's check, and its default beside the index."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

from pydantic import AfterValidator

from .values import describe

if TYPE_CHECKING:
    from .options import Options

PAGE_OPTIONS = ("index", "tag_page", "tags_page", "categories_page", "review_page", "timeline_page")


def _page(value: str) -> str:
    """A page option is a Markdown file inside docs_dir: relative, no `..`, ends in `.md`."""
    parts = value.split("/")
    if not value.endswith(".md") or value.startswith("/") or "\\" in value or ".." in parts:
        raise ValueError(
            "expected a path relative to docs_dir, without '..', ending in '.md', "
            f"e.g. 'architecture/x.md', got {describe(value)}"
        )
    return value


def _tag_page(value: str) -> str:
    """`tag_page` names `{slug}` exactly once and no other placeholder or brace."""
    rest = value.replace("{slug}", "", 1)
    if "{slug}" not in value or "{" in rest or "}" in rest:
        raise ValueError(
            "expected a path with '{slug}' once and no other braces, "
            f"e.g. 'architecture/tags/{{slug}}.md', got {describe(value)}"
        )
    return _page(value)


def _page_or_none(value: str) -> str:
    """A page option that an empty string turns off."""
    return value if value == "" else _page(value)


Page = Annotated[str, AfterValidator(_page)]
TagPage = Annotated[str, AfterValidator(_tag_page)]
OptionalPage = Annotated[str, AfterValidator(_page_or_none)]


def pages_of(options: Options) -> dict[str, str]:
    """Where each generated page goes: as set, else in the index's folder."""
    folder = options.index.rpartition("/")[0]
    prefix = f"{folder}/" if folder else ""
    beside = {
        "index": options.index,
        "tag_page": f"{prefix}tags/{{slug}}.md",
        "tags_page": f"{prefix}tags/index.md",
        "categories_page": f"{prefix}categories.md",
        "review_page": f"{prefix}review.md",
        "timeline_page": f"{prefix}timeline.md",
    }
    # `timeline_page: ""` is no timeline page: it stays empty.
    return {
        name: path if (given := getattr(options, name)) is None else given
        for name, path in beside.items()
    }
