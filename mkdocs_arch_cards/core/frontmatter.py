"""Split a page into YAML front-matter and body, parse the YAML strictly, keep line numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import yaml

from .problems import Problem
from .yaml_reader import parse, yaml_problem

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .yaml_reader import Path

# The same block MkDocs reads (mkdocs/utils/meta.py), so we agree on what is front-matter.
_BLOCK_RE = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)


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
    from_body: frozenset[str] = frozenset()
    """Fields whose text was taken from the body (a mapped heading, the first paragraph)."""

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
    body, body_line = split_body(text)
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


def split_body(text: str) -> tuple[str, int]:
    """A page's body after its front-matter, and the file's line that the body starts on."""
    text = text.removeprefix("\ufeff")
    match = _BLOCK_RE.match(text)
    if match is None:
        return text, 1
    body = text[match.end() :].lstrip("\n")
    return body, 1 + text.count("\n", 0, len(text) - len(body))


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
