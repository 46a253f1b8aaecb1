"""The front-matter contract of a design page: one typed model, checked field by field."""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from .problems import Problem
from .unknown import unknown_keys
from .values import describe

if TYPE_CHECKING:
    from collections.abc import Collection

    from .frontmatter import Page
    from .unknown import UnknownFields

# What YAML would have read as a date had the day existed: 2024-02-30, 2024-13-01, 0000-01-01.
_DATE_LIKE_RE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}(?:[Tt \t].*)?$")

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]

# What authors and templates write in a relation to say "none": `""`, `N/A`, `-`, `TBD`.
NO_PAGE = frozenset(
    {"", "-", "--", "\u2014", "\u2013", "~", "n/a", "na", "none", "null", "nil", "tbd"}
)


def no_page(value: Any) -> bool:
    """Whether a relation's value means "no page": empty, or a word that says none."""
    return value is None or (isinstance(value, str) and value.strip().casefold() in NO_PAGE)


class DesignMeta(BaseModel):
    """The keys a design page's front-matter may carry. Other keys are left to other plugins."""

    model_config = ConfigDict(strict=True, extra="ignore", frozen=True)

    title: Text | None = Field(None, description="Card and page title; default: the first H1.")
    category: Text | None = Field(None, description="Label above the title, e.g. Security.")
    summary: Text | None = Field(None, description="One or two sentences under the title.")
    problem: Text | None = Field(None, description='The "Problem Solved" text.')
    tags: list[Text] = Field(
        default_factory=list, description="Technologies, shown as chips, e.g. [Kafka, Go]."
    )
    diagram: Annotated[int, Field(ge=1)] | Literal[False] | None = Field(
        None,
        description='Which Mermaid diagram "View diagram" opens (1 = the first, the default); '
        "false for no link.",
    )
    order: int | None = Field(None, description="Position in the grid; lower comes first.")
    status: Text | None = Field(None, description="Lifecycle: proposed, accepted, ...")
    date: datetime.date | None = Field(None, description="When the design was decided.")
    owner: Text | None = Field(None, description="Who answers questions about it.")
    reviewed: datetime.date | None = Field(None, description="When it was last reviewed.")
    supersedes: list[Text] | Text | None = Field(
        None, description="Pages this design replaces: paths like older-design.md."
    )
    superseded_by: Text | None = Field(None, description="The page that replaces this one.")
    related: list[Text] = Field(
        default_factory=list, description="Pages to list first under Related designs."
    )
    draft: bool = Field(False, description="Shown by `mkdocs serve` only.")

    @field_validator("date", "reviewed", mode="before")
    @classmethod
    def _iso_text(cls, value: Any) -> Any:
        # YAML reads 2024-05-01 as a date, but "2024-05-01" (quoted) as text: take both. A
        # time of day (2024-05-01 10:00, as blogs date posts) says when on that day.
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, str):
            try:
                return datetime.date.fromisoformat(value.strip())
            except ValueError:
                return value
        return value

    @field_validator("supersedes", "superseded_by", "related", mode="before")
    @classmethod
    def _no_page(cls, value: Any, info: ValidationInfo) -> Any:
        # `related: N/A`, `superseded-by: ""` and `supersedes: [none]` name no page.
        if isinstance(value, list):
            if info.field_name == "superseded_by":  # KEP writes a list: [successor]
                named = [v for v in value if not no_page(v)]
                return value if len(named) > 1 else next(iter(named), None)
            # Kept in place as "-" (skipped by references), so item numbers still match lines.
            return ["-" if no_page(v) else v for v in value]
        if no_page(value):
            return [] if info.field_name == "related" else None
        return value

    @field_validator("diagram", mode="before")
    @classmethod
    def _not_zero(cls, value: Any) -> Any:
        # 0 == False, so Literal[False] alone would take `diagram: 0`.
        if value is not False and not isinstance(value, bool) and value == 0:
            raise ValueError("0 is not a diagram number")
        return value


FIELDS = tuple(DesignMeta.model_fields)

# What an author should have written, said once per field, for every message about it.
EXPECTED = {
    "title": "a non-empty string",
    "category": "a non-empty string",
    "summary": "a non-empty string",
    "problem": "a non-empty string",
    "tags": "a list of strings, e.g. [Kafka, Go]",
    "diagram": "a diagram number (1 = the first Mermaid diagram on the page) or false",
    "order": "a whole number",
    "status": "a status name, e.g. accepted",
    "date": "a date written YYYY-MM-DD",
    "owner": "a non-empty string",
    "reviewed": "a date written YYYY-MM-DD",
    "supersedes": "a page path or a list of them, e.g. [old-design.md]",
    "superseded_by": "a page path, e.g. new-design.md",
    "related": "a list of page paths, e.g. [other-design.md]",
    "draft": "true or false",
}
_ITEM = {
    "tags": "a non-empty string",
    "related": "a page path, e.g. other-design.md",
    "supersedes": "a page path, e.g. old-design.md",
}


def check_meta(
    page: Page,
    required: tuple[str, ...],
    reported: Collection[str] = (),
    read: Collection[str] = (),
    unknown: UnknownFields = "near",
) -> tuple[DesignMeta, list[Problem]]:
    """Validate a page's front-matter; bad fields are dropped from the result and reported.

    A required field in `reported` already has a problem of its own: it is not called missing.
    Keys in `read` are mapped into fields; other keys are reported as `unknown` says.
    """
    problems = unknown_keys(page, FIELDS, read, unknown)
    try:
        meta = DesignMeta.model_validate(page.meta)
    except ValidationError as error:
        problems += _type_problems(page, error)
        meta = DesignMeta.model_validate(_without_bad_values(page.meta, error))
    for name in required:
        if getattr(meta, name) in (None, []) and not _reported(problems, name, reported):
            problems.append(_missing(page, name))
    return meta, sorted(problems)


def _without_bad_values(meta: dict[str, Any], error: ValidationError) -> dict[str, Any]:
    """The front-matter less what failed: a bad tag drops that tag, not the whole list."""
    kept = dict(meta)
    bad_items: dict[str, set[int]] = {}
    for name, item in _failed(meta, error):
        if item is None:
            kept.pop(name, None)
        else:
            bad_items.setdefault(name, set()).add(item)
    for name, items in bad_items.items():
        if isinstance(kept.get(name), list):
            kept[name] = [v for i, v in enumerate(kept[name]) if i not in items]
    return kept


def _failed(meta: dict[str, Any], error: ValidationError) -> list[tuple[str, int | None]]:
    """What failed, once each: a field, or an item of a list (the index) that holds it."""
    found: dict[tuple[str, int | None], None] = {}
    for detail in error.errors():
        name, *rest = detail["loc"]
        # A list item's place: ("tags", 1), or ("supersedes", "list[str]", 1) in a union.
        item = next((p for p in rest[:2] if isinstance(p, int)), None)
        found[(str(name), item)] = None
    # A list's other branch of a union ("input should be a string") says nothing new.
    return [
        (name, item)
        for name, item in found
        if item is not None
        or not isinstance(meta.get(name), list)
        or not any(n == name and i is not None for n, i in found)
    ]


def _reported(problems: list[Problem], name: str, reported: Collection[str]) -> bool:
    return name in reported or any(p.field == name for p in problems)


def _type_problems(page: Page, error: ValidationError) -> list[Problem]:
    problems: list[Problem] = []
    for name, item in _failed(page.meta, error):
        value = page.meta.get(name)
        if item is not None and isinstance(value, list) and item < len(value):
            got = describe(value[item])
            message = f"item {item + 1} must be {_ITEM[name]}, got {got}"
            line = page.line_of(name, item)
        elif name == "superseded_by" and isinstance(value, list):
            message = f"names {len(value)} pages, but a design has one successor"
            hint = "keep the design that replaces this one: superseded_by: new-design.md"
            problems.append(Problem(page.path, page.line_of(name), name, message, hint))
            continue
        else:
            message = f"expected {EXPECTED[name]}, got {describe(value)}"
            line = page.line_of(name)
        problems.append(Problem(page.path, line, name, message, _hint(name, value)))
    return problems


def _missing(page: Page, name: str) -> Problem:
    if (name,) in page.lines:
        message = f"is required but has no value (expected {EXPECTED[name]})"
        return Problem(page.path, page.line_of(name), name, message, f"write {name}: <value>")
    hint = f"add `{name}: ...` to the front-matter"
    if name == "title":
        hint = "add `title: ...` to the front-matter or start the page with a `# Heading`"
    message = f"is required but missing (expected {EXPECTED[name]})"
    return Problem(page.path, 1, name, message, hint)


def _hint(name: str, value: Any) -> str:
    if name in ("date", "reviewed"):
        if isinstance(value, str) and _DATE_LIKE_RE.match(value.strip()):
            return f"there is no such day: write a date of the calendar, e.g. {name}: 2024-05-01"
        return f"write it as YYYY-MM-DD, unquoted: {name}: 2024-05-01"
    if name == "draft":
        return "write draft: true"
    if name in ("tags", "related") and isinstance(value, str):
        return f"write a YAML list: {name}: [{value}]"
    if isinstance(value, int | float | bool | datetime.date) and name != "diagram":
        return f'quote it: {name}: "{value}"'
    if value is None or value == "":
        return f"give {name} a value, or delete the line"
    if EXPECTED[name] == "a non-empty string":
        return f'write it as text, in quotes if it holds [ ] {{ }} or ": ": {name}: "..."'
    return ""
