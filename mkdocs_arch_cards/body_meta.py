"""Metadata that records keep in their body: `- Status: accepted` bullets (MADR 2,
Log4brains), `Date: 2018-03-01` lines and `## Status` sections (Nygard, adr-tools), and status
tables at the top. Front-matter wins over all of it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from .body import record_lines, section_paragraph
from .inline import plain
from .placeholders import placeholder
from .problems import Problem

if TYPE_CHECKING:
    from .frontmatter import Page

# The keys a record's body uses, and the field each one gives (None: read, so that it is not
# taken for the record's first paragraph, but not shown).
KEYS: dict[str, str | None] = {
    "status": "status",
    "date": "date",
    "deciders": "owner",
    "decision-makers": "owner",
    "decision makers": "owner",
    "author": "owner",
    "authors": "owner",
    "author(s)": "owner",
    "owner": "owner",
    "owners": "owner",
    "tags": "tags",
    "technical story": None,
    "consulted": None,
    "informed": None,
}
_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$")
_SUPERSEDED = "superseded"


class BodyField(NamedTuple):
    """A field read from the body: its value, its 0-based line, the key as written."""

    value: str | list[str]
    at: int
    written: str


def body_meta(page: Page) -> tuple[dict[str, BodyField], set[int], list[Problem]]:
    """Fields the body gives (the first of each), the lines they were read from, and the
    placeholders found instead of values."""
    found: dict[str, BodyField] = {}
    read: set[int] = set()
    problems: list[Problem] = []
    for written, raw, index in record_lines(page.body, KEYS):
        read.add(index)
        name = KEYS[" ".join(written.strip(" \t*_:").split()).casefold()]
        value = raw.split("<!--", 1)[0].strip()  # MADR's `<!-- optional -->`
        if name is None or name in found or not value:
            continue
        if placeholder(value):
            message = f"still holds the template's placeholder '{_cut(value)}'"
            hint = "write this record's value, or delete the line"
            problems.append(Problem(page.path, page.body_line + index, written, message, hint))
        elif (taken := _value(name, value)) is not None:
            found[name] = BodyField(taken, index, written)
    if "status" not in found and (section := section_paragraph(page.body, "Status")):
        text, indexes = section
        read.update(indexes)
        if placeholder(text):
            message = f"the Status section holds the template's placeholder '{_cut(text)}'"
            hint = "write the record's status"
            problems.append(
                Problem(page.path, page.body_line + indexes[0], "status", message, hint)
            )
        elif status := _value("status", text):
            found["status"] = BodyField(status, indexes[0], "status")
    return found, read, problems


def _value(name: str, raw: str) -> str | list[str] | None:
    """A body value in our field's shape; None for one that is no such value."""
    if name == "tags":
        # Log4brains: "space and/or comma separated"; a comma means names may hold spaces.
        text = plain(raw)
        parts = text.split(",") if "," in text else text.split()
        return [part.strip() for part in parts if part.strip()] or None
    if name == "status":
        # "superseded by [ADR-0005](0005-x.md)" keeps its link for adopt() to follow.
        stripped = raw.strip().rstrip(".")
        if stripped.casefold().startswith(_SUPERSEDED):
            return stripped
        return plain(stripped) or None
    text = plain(raw)
    if name == "date":  # an ISO date (an impossible one is reported); prose is no date
        return text if _DATE_RE.match(text) else None
    return text or None


def _cut(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
