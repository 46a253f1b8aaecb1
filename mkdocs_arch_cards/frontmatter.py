"""Split a page into YAML front-matter and body, parse the YAML strictly, keep line numbers."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import yaml

from .problems import Problem
from .yaml_reader import parse, yaml_problem

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from .yaml_reader import Path

# The same block MkDocs reads (mkdocs/utils/meta.py), so we agree on what is front-matter.
_BLOCK_RE = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)
_FENCE_RE = re.compile(r"^[ \t>]*(`{3,}|~{3,})(.*)$")
_MERMAID_INFO_RE = re.compile(r"^\s*\{?\s*\.?mermaid\b")
_ATX_H1_RE = re.compile(r"^ {0,3}#[ \t]+(.+?)[ \t]*#*[ \t]*$")
_SETEXT_H1_RE = re.compile(r"^ {0,3}=+[ \t]*$")
_ATTR_LIST_RE = re.compile(r"\s*\{[^}]*\}\s*$")
_ATX_RE = re.compile(r"^ {0,3}(#{1,6}[ \t]+.*?)[ \t]*#*[ \t]*$")
_SETEXT_RE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
# Lines that start something other than a paragraph: lists, tables, quotes, HTML, admonitions,
# indented code, rules, link definitions, attribute lists, [TOC] and content tabs.
_NOT_PROSE_RE = re.compile(
    r"^(?: {4}|\t| {0,3}(?:[-*+][ \t]|\d+[.)][ \t]|[|>]|<|!!!|\?\?\?|[-*_]{3,}\s*$|\[[^\]]+\]:"
    r"|\{:|\[TOC\]|===))"
)
_COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)
_IMAGE_RE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK_RE = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])")
_TAG_RE = re.compile(r"</?[A-Za-z][^>]*>")
_EMPHASIS_RE = re.compile(r"(\*\*|__|\*|\b_)(\S(?:.*?\S)?)\1")


@dataclass(frozen=True)
class Page:
    """A page's source as we read it: front-matter values, their lines, and the body."""

    path: str
    meta: dict[str, Any] = field(default_factory=dict)
    lines: dict[Path, int] = field(default_factory=dict)  # key path -> 1-based line in the file
    body: str = ""
    yaml_broken: bool = False  # MkDocs read no meta and shows the raw block as text
    body_line: int = 1  # the file's line that the body starts on
    read_from: Mapping[str, str] = field(default_factory=dict)
    """Fields read from a key of another name (the field mapping): field -> the key written."""

    def line_of(self, *key: str | int) -> int:
        """The line of a key (or list item), falling back to its parent, then to line 1."""
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key[:-1]
        return 1


def read_page(path: str, text: str) -> tuple[Page, list[Problem]]:
    """Parse a page's front-matter strictly; every problem comes back with its line."""
    text = text.removeprefix("\ufeff")
    match = _BLOCK_RE.match(text)
    if match is None:
        return Page(path, body=text), []
    body = text[match.end() :].lstrip("\n")
    body_line = 1 + text.count("\n", 0, len(text) - len(body))
    try:
        data, lines, problems = parse(path, match.group(1))
    except yaml.YAMLError as error:
        problem = yaml_problem(path, match.group(1), error)
        return Page(path, body=body, yaml_broken=True, body_line=body_line), [problem]
    if data is None:
        return Page(path, body=body, body_line=body_line), []
    if not isinstance(data, dict):
        message = f"expected a mapping of keys to values, got {type(data).__name__}"
        problem = Problem(path, 2, "front-matter", message)
        return Page(path, body=body, yaml_broken=True, body_line=body_line), [problem]
    return Page(path, data, lines, body, body_line=body_line), problems


def decode(path: str, data: bytes) -> tuple[str, list[Problem]]:
    """A file's text as MkDocs reads it: UTF-8, universal newlines; other bytes become U+FFFD."""
    problems = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        message = f"is not UTF-8 text ({error.reason} at byte {error.start})"
        problems.append(Problem(path, 1, "file", message, "save it as UTF-8"))
        text = data.decode("utf-8-sig", errors="replace")
    # Python's text mode, which MkDocs reads with, turns \r\n and \r into \n.
    return text.replace("\r\n", "\n").replace("\r", "\n"), problems


def unreadable(path: str, error: OSError) -> Problem:
    """A page that cannot be opened: a broken link, no permission, a folder named like a page."""
    message = f"cannot be read ({error.strerror or error}); it is left out of the site"
    return Problem(path, 1, "file", message, "fix the file's permissions or the link it points to")


def strip_front_matter(text: str) -> str:
    """The text after a front-matter block, as MkDocs would render it had it parsed."""
    match = _BLOCK_RE.match(text)
    return text[match.end() :].lstrip("\n") if match else text


def first_heading(body: str) -> str | None:
    """The text of the body's first H1, as MkDocs would take it for a title."""
    previous = ""
    for _, line, fence in _scan(body):
        if fence is not None:
            previous = ""
            continue
        if match := _ATX_H1_RE.match(line):
            # A heading that is all braces is no attribute list but a template's placeholder.
            return _ATTR_LIST_RE.sub("", match.group(1)).strip() or match.group(1).strip()
        if previous.strip() and _SETEXT_H1_RE.match(line):
            return previous.strip()
        previous = line
    return None


def count_diagrams(body: str) -> int:
    """How many Mermaid fences the body has, not counting ones shown inside other code blocks."""
    fences = (fence for _, _, fence in _scan(body) if fence is not None)
    return sum(bool(_MERMAID_INFO_RE.match(fence)) for fence in fences)


def first_paragraph(body: str, under: str | None = None) -> tuple[str, int] | None:
    """The first paragraph of prose as plain text, with its 0-based line in the body.

    With `under`, the first paragraph after the heading of that text (any level, any case).
    Headings, code, lists, tables, admonitions, tabs, HTML, comments and paragraphs with no
    text (a badge, an image) are not prose.
    """
    wanted = None if under is None else _heading_text(under)
    searching = wanted is not None
    found: list[str] = []
    start = 0
    in_comment = in_block = False
    for index, line, fence in _scan(body):
        stripped = line.strip()
        if in_comment:
            in_comment = "-->" not in stripped
            continue
        if stripped.startswith("///"):  # pymdownx.blocks: `/// note` ... `///`
            in_block = stripped != "///" or not in_block
            found = [] if in_block else found
            continue
        if in_block:
            continue
        heading = _ATX_RE.match(line)
        if searching:
            searching = not (heading and _heading_text(heading.group(1)) == wanted)
            continue
        if found and _SETEXT_RE.match(line):
            found = []  # the lines were a heading's, underlined
            continue
        if found and (not stripped or fence is not None or heading):
            if text := _plain(" ".join(found)):
                return text, start
            found = []
        if found:
            found.append(stripped)
        elif heading and wanted is not None:
            return None  # the section has no prose before the next heading
        elif stripped.startswith("<!--"):
            in_comment = "-->" not in stripped
        elif stripped and fence is None and not heading and not _NOT_PROSE_RE.match(line):
            found, start = [stripped], index
    text = _plain(" ".join(found))
    return (text, start) if text else None


def _heading_text(text: str) -> str:
    return _plain(_ATTR_LIST_RE.sub("", text.lstrip("#"))).casefold()


def _plain(markdown: str) -> str:
    """Inline Markdown as the text a reader sees: no links' targets, no emphasis marks."""
    text = _COMMENT_RE.sub("", _IMAGE_RE.sub("", markdown))
    text = _LINK_RE.sub(r"\1", text)
    text = _TAG_RE.sub("", text)
    text = _EMPHASIS_RE.sub(r"\2", text)
    return " ".join(html.unescape(text.replace("`", "")).split())


def _scan(body: str) -> Iterator[tuple[int, str, str | None]]:
    """Lines outside code fences as (index, line, None); each fence's opening line with its
    info string instead of None."""
    opener: str | None = None
    for index, line in enumerate(body.splitlines()):
        match = _FENCE_RE.match(line)
        if opener is None:
            if match:
                opener = match.group(1)
                yield index, line, match.group(2)
            else:
                yield index, line, None
        elif match and _closes(match, opener):
            opener = None


def _closes(match: re.Match[str], opener: str) -> bool:
    fence = match.group(1)
    return fence[0] == opener[0] and len(fence) >= len(opener) and not match.group(2).strip()
