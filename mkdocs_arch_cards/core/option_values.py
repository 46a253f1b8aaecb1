"""Checks of single option values, for the one schema (options.py): each raises a ValueError
that says what was expected and what was given."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, Field

from .adopt import field_map
from .folders import folder_defaults
from .i18n import Text, check_overrides
from .model import FIELDS
from .values import describe


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


def _field(name: str) -> str:
    if name not in FIELDS:
        raise ValueError(f"expected a field, one of: {', '.join(FIELDS)}, got {describe(name)}")
    return name


def _fields(value: dict[str, Any]) -> dict[str, Any]:
    field_map(value)  # a ValueError says which entry is wrong
    return value


def _strings(value: dict[str, Text]) -> dict[str, Text]:
    check_overrides(value)  # a ValueError names the key and the nearest known one
    return value


def _defaults(value: dict[str, Any]) -> dict[str, Any]:
    folder_defaults(value)
    return value


Page = Annotated[str, AfterValidator(_page)]
TagPage = Annotated[str, AfterValidator(_tag_page)]
Count = Annotated[int, Field(ge=0)]
FieldName = Annotated[str, AfterValidator(_field)]
Fields = Annotated[dict[str, Any], AfterValidator(_fields)]
Defaults = Annotated[dict[str, Any], AfterValidator(_defaults)]
UIStrings = Annotated[dict[str, Text], AfterValidator(_strings)]
