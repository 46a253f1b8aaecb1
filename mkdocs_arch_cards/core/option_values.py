"""Checks of single option values, for the one schema (options.py): each raises a ValueError
that says what was expected and what was given."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, Field

from .adopt import field_map
from .agents import site_file
from .folders import folder_defaults
from .i18n import Text, check_overrides
from .model import FIELDS
from .values import describe


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


def _site_file(value: str) -> str:
    site_file(value)
    return value


def _defaults(value: dict[str, Any]) -> dict[str, Any]:
    folder_defaults(value)
    return value


Count = Annotated[int, Field(ge=0)]
FieldName = Annotated[str, AfterValidator(_field)]
Fields = Annotated[dict[str, Any], AfterValidator(_fields)]
Defaults = Annotated[dict[str, Any], AfterValidator(_defaults)]
UIStrings = Annotated[dict[str, Text], AfterValidator(_strings)]
SiteFile = Annotated[str, AfterValidator(_site_file)]
