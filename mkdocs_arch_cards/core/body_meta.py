"""Metadata that records keep in their body: `- Status: accepted` bullets (MADR 2,
Log4brains), `Date: 2018-03-01` lines and `## Status` sections (Nygard, adr-tools), and status
tables at the top. Front-matter wins over all of it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from .body import LIST_MARKS, METADATA_KEYS, atx, heading_text
from .fences import outside, parse, scan
from .inline import plain
from .placeholders import placeholder
from .problems import Problem
from .values import cut

if TYPE_CHECKING:
    from collections.abc import Collection

    from .frontmatter import Page

_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$")
_SUPERSEDED = "superseded"
# What atx() reads as a heading of level 2 or more, from the "\n" before it (fences.outside).
_SECTION_RE = re.compile(r"\n {0,3}#{2,6}[ \t]")


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
    for written, raw, index in record_lines(page.body, METADATA_KEYS):
        read.add(index)
        name = METADATA_KEYS[" ".join(written.strip(" \t*_:").split()).casefold()]
        value = raw.split("<!--", 1)[0].strip()  # MADR's `<!-- optional -->`
        if name is None or name in found or not value:
            continue
        if placeholder(value):
            message = f"still holds the template's placeholder '{cut(value)}'"
            hint = "write this record's value, or delete the line"
            problems.append(Problem(page.path, page.body_line + index, written, message, hint))
        elif (taken := _value(name, value)) is not None:
            found[name] = BodyField(taken, index, written)
    if "status" not in found and (section := section_paragraph(page.body, "Status")):
        text, indexes = section
        read.update(indexes)
        if placeholder(text):
            message = f"the Status section holds the template's placeholder '{cut(text)}'"
            hint = "write the record's status"
            problems.append(
                Problem(page.path, page.body_line + indexes[0], "status", message, hint)
            )
        elif status := _value("status", _first_word_sentence(text)):
            found["status"] = BodyField(status, indexes[0], "status")
    return found, read, problems


def _first_word_sentence(text: str) -> str:
    """A Status section's status: "Decided. We are open to new alternatives." is Decided."""
    head, dot, rest = text.partition(". ")
    if dot and rest.strip() and len(head.split()) <= 2 and "[" not in head:
        return head
    return text


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


# Metadata at the top of a record (MADR 2, Log4brains, Nygard): read before the first `##`
# section, and never past this many lines, so a long body costs nothing more.
TOP_LINES = 40


def record_lines(body: str, keys: Collection[str]) -> list[tuple[str, str, int]]:
    """Metadata at the top of a record as (key as written, raw value, 0-based line): lines
    and bullets `Key: value` (`- Status: accepted`, `**Date:** 2020-01-01`), and tables with
    a row (`| Status | Accepted |`) or a column (`| Status | Date |` then one row) per key.

    Only keys whose casefolded, emphasis-free form is in `keys` are read.
    """
    found: list[tuple[str, str, int]] = []
    table: list[tuple[int, list[str]]] = []
    for index, line, fence in scan(body):
        stripped = line.strip()
        if table and not stripped.startswith("|"):
            found += _table_fields(table, keys)
            table = []
        heading = atx(line)
        if index >= TOP_LINES or fence is not None or (heading and heading[0] > 1):
            break
        if stripped.startswith("|"):
            table.append((index, _cells(stripped)))
        elif (pair := _key_value(stripped)) and _key(pair[0]) in keys:
            found.append((*pair, index))
    return found + _table_fields(table, keys)


def section_paragraph(body: str, title: str) -> tuple[str, list[int]] | None:
    """The first paragraph under a heading of that text (level 2 or more, any case) as
    written, with its lines (0-based): adr-tools' `## Status` then `Superseded by [...](...)`."""
    wanted = heading_text(title)
    lines = parse(body).lines
    # Only the lines that can be such headings are looked at: a body is read once per build.
    start = next(
        (
            index
            for index in outside(body, _SECTION_RE)
            if (heading := atx(lines[index])) and heading_text(heading[1]) == wanted
        ),
        None,
    )
    if start is None:
        return None
    found: list[str] = []
    indexes: list[int] = []
    for index, line, fence in scan(body, start + 1):
        stripped = line.strip()
        if atx(line) or fence is not None or (not stripped and found):
            break
        if stripped:
            found.append(stripped)
            indexes.append(index)
    return (" ".join(found), indexes) if found else None


def _key(text: str) -> str:
    """A metadata key as compared: `**Status**`, `Status:` and ` status ` are one key."""
    return " ".join(text.strip(" \t*_:").split()).casefold()


def _key_value(text: str) -> tuple[str, str] | None:
    """`Key: value` of a line or bullet, with emphasis around the key (`**Key:** value`)."""
    for mark in LIST_MARKS:
        if text.startswith(mark):
            text = text[len(mark) :].lstrip()
            break
    colon = text.find(":")
    if colon < 1 or colon > 40:
        return None
    key, value = text[:colon], text[colon + 1 :].lstrip(" \t*_")
    return (key.strip(" \t*_"), value.strip()) if value.strip() else None


def _cells(row: str) -> list[str]:
    """A table row's cells; `\\|` is a pipe inside a cell."""
    inner = row.strip().removeprefix("|").removesuffix("|").replace("\\|", "\0")
    return [cell.strip().replace("\0", "|") for cell in inner.split("|")]


def _table_fields(
    rows: list[tuple[int, list[str]]], keys: Collection[str]
) -> list[tuple[str, str, int]]:
    """Keys of a table: a row per key (`| Status | Accepted |`), else a column per key."""
    aligned = len(rows) > 1 and all(c and not c.strip(":-") for c in rows[1][1])
    header = rows[0][1] if aligned else []
    if not any(_key(cell) in keys for cell in header[1:]):  # `| Status | Date |` is a column
        data = [row for i, row in enumerate(rows) if not (aligned and i == 1)]
        by_row = [(cells[0], cells[1], index) for index, cells in data if len(cells) > 1]
        if any(_key(key) in keys for key, _, _ in by_row):
            return [(key, value, i) for key, value, i in by_row if _key(key) in keys and value]
    if len(rows) < 3 or not aligned:
        return []
    index, first = rows[2]
    return [
        (key, value, index)
        for key, value in zip(header, first, strict=False)
        if _key(key) in keys and value
    ]
