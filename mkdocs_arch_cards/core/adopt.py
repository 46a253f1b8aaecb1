"""Decision records as teams already write them: mapped keys, fallbacks, messy values reported.

Runs between reading a page and checking it, so the model only ever sees our field names.
"""

from __future__ import annotations

import posixpath
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .body import first_heading, first_paragraph, paragraphs
from .body_meta import body_meta
from .inline import first_link
from .model import FIELDS
from .placeholders import PLACEHOLDER_RE, placeholder, stub_sentence
from .problems import Problem
from .relations import language_suffix
from .values import cut, describe, excerpt

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .frontmatter import Page

FieldMap = tuple[tuple[str, str], ...]
Records = Mapping[tuple[str, int], list[str]]  # (folder, record number) -> pages

# Our own fields as KEP spells them: read as ours, silently (the same name, the same meaning).
_SPELLED = (("superseded_by", "superseded-by"),)
# Where the published formats write a field, read when `fields` maps nothing to it: the first
# of these headings (any level, any case) with text. MADR, Nygard and Log4brains records, KEPs
# Docusaurus/Backstage ADRs and Joel Parker Henderson's templates (`## Issue`) state the problem
# and the decision under these.
SECTIONS = {
    "problem": (
        "## Context and Problem Statement",
        "## Problem Statement",
        "## Problem",
        "## Issue",
        "## Context",
        "## Motivation",
        "## Background",
    ),
    "summary": ("## Summary", "## Decision Outcome", "## Decision"),
}
_DATES = frozenset(("created", "updated"))
# Characters of a summary or problem taken from the body: the page shows it whole, a card
# sums it up, and a grid of hundreds of records stays a grid.
BODY_TEXT = 300
_TEXT = {"title", "category", "summary", "problem", "status", "owner", "superseded_by"}
_LISTS = {"tags", "related", "supersedes"}
# 0007-use-kafka.md, as MADR and adr-tools number records; not dates (2024-03-01-...).
_RECORD_RE = re.compile(r"^(\d{3,5})[-_](?!\d)")
# Matched at the start only, and the successor is the rest, stripped: linear on any value.
_SUPERSEDED_RE = re.compile(r"\s*superseded\s+by\b[\s:]*", re.IGNORECASE)
_RECORD_REF_RE = re.compile(r"^(?:[A-Za-z]+[-_ ]?)?#?(\d+)\b")


def field_map(option: Any) -> FieldMap:
    """The `fields` option as (field, source) pairs; a ValueError says what is wrong with it."""
    if not option:
        return ()
    if not isinstance(option, dict):
        raise ValueError(f"expected a mapping of fields to keys, got {describe(option)}")
    pairs = []
    for name, source in option.items():
        if name not in FIELDS:
            raise ValueError(f"{name}: not a field; use one of: {', '.join(FIELDS)}")
        if not isinstance(source, str) or not source.strip():
            raise ValueError(
                f"{name}: expected a front-matter key (e.g. description) or a heading "
                f'(e.g. "## Context and Problem Statement"), got {describe(source)}'
            )
        pairs.append((name, source.strip()))
    return tuple(pairs)


def record_numbers(paths: Iterable[str]) -> tuple[Records, list[Problem]]:
    """Pages named like decision records (0007-use-kafka.md), by folder and number.

    Two records of one folder with one number are reported: links by number become ambiguous.
    A translation (0007-use-kafka.fr.md, mkdocs-static-i18n's) is the same record.
    """
    records: dict[tuple[str, int], list[str]] = defaultdict(list)
    for path in paths:
        folder, name = posixpath.split(path)
        if match := _RECORD_RE.match(name):
            records[(folder, int(match.group(1)))].append(path)
    problems = []
    for (_, number), found in records.items():
        if len({_untranslated(path) for path in found}) < 2:
            continue
        for path in found:
            others = ", ".join(p for p in found if _untranslated(p) != _untranslated(path))
            message = f"record number {number} is also used by {others}"
            problems.append(Problem(path, 1, "file", message, "renumber one of the records"))
    return records, problems


def _untranslated(path: str) -> str:
    """A record's path without the language its name may end in."""
    return path.removesuffix(".md").removesuffix(language_suffix(path))


def adopt(
    page: Page, fields: FieldMap, records: Records, nav_title: str | None = None
) -> tuple[Page, list[Problem]]:
    """The page with mapped keys under our names, fallbacks filled in (the nav's title, the
    body's metadata, H1 and first paragraph), and messy values fixed where their meaning is
    plain; everything done to a value is reported."""
    meta, lines = dict(page.meta), dict(page.lines)
    read_from: dict[str, str] = {}
    from_body: set[str] = set()
    problems: list[Problem] = []

    def take(name: str, value: Any, line: int, source: str | None = None) -> None:
        meta[name] = value
        lines[(name,)] = line
        if source:
            read_from[name] = source

    sections: dict[str, str] = {}  # field -> the heading its text was read under

    def read_section(name: str, heading: str) -> bool:
        if found := first_paragraph(page.body, heading):
            take(name, excerpt(found[0], BODY_TEXT), page.body_line + found[1])
            from_body.add(name)
            sections[name] = heading
        return found is not None

    for name, source in (*fields, *_SPELLED):
        if name in meta:
            continue  # the page's own field wins over a mapped one
        if source.startswith("#"):
            read_section(name, source)
        elif source in meta:
            take(name, _shaped(name, meta[source]), page.line_of(source), source)
            for key, line in page.lines.items():
                if key[0] == source and len(key) > 1:
                    lines[(name, *key[1:])] = line
    mapped = {name for name, _ in fields}
    for name, headings in SECTIONS.items():  # the published formats' sections, unless mapped
        for section in headings if name not in meta and name not in mapped else ():
            if read_section(name, section):
                break
    # Material's blog writes `date: {created: ..., updated: ...}`: the design's date, and when
    # its text was last looked at.
    if isinstance(dates := meta.get("date"), dict) and not _DATES.isdisjoint(dates):
        del meta["date"]
        for stamp, name in (("created", "date"), ("updated", "reviewed")):
            if stamp in dates and name not in meta:
                take(name, dates[stamp], page.line_of("date", stamp), f"date.{stamp}")
    shown = {name: read_from.get(name, name) for name in FIELDS}
    stubbed: set[str] = set()  # fields that hold a sentence of `arch-cards new`'s template

    for name in [n for n in meta if n in _TEXT | {"date", "reviewed"}]:
        value, line = meta[name], lines.get((name,), 1)
        dated = name in ("date", "reviewed")
        if (braced := _mapping_text(value)) is not None and not (
            PLACEHOLDER_RE.search(braced) or (dated and not braced[:1].isdigit())
        ):
            meta[name] = braced
            message = (
                f"'{{{braced}}}' is in braces, which YAML reads as a mapping: read as {braced}"
            )
            hint = f"drop the braces: {shown[name]}: {braced}"
            problems.append(Problem(page.path, line, shown[name], message, hint))
        elif braced is not None or placeholder(value):
            del meta[name]
            inner = braced if braced is not None else str(value).strip()
            if braced is not None or (inner[:1], inner[-1:]) == ("{", "}"):
                inner = inner.removeprefix("{").removesuffix("}")
                shown_value = f"{{{cut(inner)}}}"  # cut inside the braces, which stay
            else:
                shown_value = cut(inner)
            message = f"still holds the template's placeholder '{shown_value}'"
            hint = "write this record's value, or delete the line"
            if stub_sentence(value):  # `arch-cards new`'s: the design's own text, not the body's
                hint = f"write this design's own {shown[name]}"
                stubbed.add(name)
            problems.append(Problem(page.path, line, shown[name], message, hint))

    metadata, read, placeholders = body_meta(page)
    problems += placeholders
    for name, (value, index, _) in metadata.items():
        if name not in meta:  # the front-matter wins over the body
            take(name, value, page.body_line + index)
            from_body.add(name)  # `Date: 2018-03-01` stays on the page: not said above it
    if "title" not in meta and nav_title:
        meta["title"] = nav_title
    if "title" not in meta and (heading := first_heading(page.body)):
        if placeholder(heading):
            message = f"the page's heading is the template's placeholder '{cut(heading)}'"
            problems.append(Problem(page.path, page.body_line, "title", message, "write a title"))
        else:
            meta["title"] = heading
    # Lines read as metadata are no summary: blank them, keeping the line numbers.
    body = page.body
    if read:  # (indexes as body.py counts lines: splitlines)
        body = "\n".join("" if i in read else line for i, line in enumerate(body.splitlines()))
    # The first paragraph no other field was taken from: a record's context is its problem.
    # Sections another field was read from (and not found to be a placeholder) are left out.
    taken = [heading for name, heading in sections.items() if name in meta]
    if "summary" not in meta.keys() | stubbed and (found := next(paragraphs(body, taken), None)):
        text, index = found
        if placeholder(text):
            message = f"the first paragraph is the template's placeholder '{cut(text)}'"
            hint = "write the paragraph, or set `summary:`"
            problems.append(Problem(page.path, page.body_line + index, "summary", message, hint))
        else:
            take("summary", excerpt(text, BODY_TEXT), page.body_line + index)
            from_body.add("summary")

    status = meta.get("status")
    if isinstance(status, str) and (match := _SUPERSEDED_RE.match(status)):
        meta["status"] = "superseded"
        reference = status[match.end() :].rstrip()
        if reference and "superseded_by" not in meta:
            line = lines.get(("status",), 1)
            successor, why = _successor(reference, page.path, records)
            if successor:
                take("superseded_by", successor, line, shown["status"])
            else:
                message = f"names a successor, '{cut(reference)}', {why}"
                hint = "link its page, e.g. superseded by [ADR-0012](0012-new-design.md)"
                problems.append(Problem(page.path, line, shown["status"], message, hint))

    said = frozenset(name for name in from_body if name in meta)
    return replace(page, meta=meta, lines=lines, read_from=read_from, from_body=said), problems


def superseded_by_status(page: Page) -> bool:
    """Whether the page's successor came from its status text ("superseded by ...")."""
    # adopt() records the successor as read from the key the status was written under.
    status_key = page.read_from.get("status", "status")
    return page.read_from.get("superseded_by") == status_key


def as_written(problem: Problem, page: Page) -> Problem:
    """The problem named by the key the author wrote, not the field it was mapped to."""
    written = page.read_from.get(problem.field)
    if not written:
        return problem
    hint = problem.hint.replace(f"{problem.field}:", f"{written}:")  # quote it: summary: "42"
    return replace(problem, field=written, hint=hint)


def _shaped(name: str, value: Any) -> Any:
    """A mapped key's value in our field's shape, where the meaning is plain."""
    if name == "superseded_by":
        return value  # a list of one is the model's to unwrap, of several its to report
    if name in _TEXT and isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(value)  # decision-makers: [Ana, Ben] -> owner "Ana, Ben"
    if name in _LISTS and isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


def _mapping_text(value: Any) -> str | None:
    """The text in braces that YAML read as a mapping: `{accepted}` is {"accepted": None}."""
    if isinstance(value, dict) and len(value) == 1 and None in value.values():
        return str(next(iter(value)))
    return None


def _successor(reference: str, path: str, records: Records) -> tuple[str | None, str]:
    """The reference a "superseded by ..." makes (a Markdown link, a page path, a record
    number or an http(s) address), or why there is none."""
    target = first_link(reference)
    target = reference if target is None else target
    if target.startswith(("https://", "http://")):
        return target, ""  # on another site: linked as it is
    if "://" in target:
        return None, "on another site, but not an http(s) address"
    path_like = target != reference or target.split("#", 1)[0].endswith(".md")
    if path_like or ("/" in target and " " not in target.strip()):
        return target.strip(), ""  # resolved like any other reference
    if number := _RECORD_REF_RE.match(reference):
        found = records.get((posixpath.dirname(path), int(number.group(1))), [])
        # A translation's reference means the record in its language, as its links do.
        said = language_suffix(path)
        found = [p for p in found if language_suffix(p) == said] or found
        if len(found) > 1:
            return None, f"whose number is used by {len(found)} records"
        if found:
            return "/" + found[0], ""
    return None, "that is no design page"
