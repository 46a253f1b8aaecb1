"""Code fences in a page's body, found line by line: which lines are code, which are Mermaid."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

_MERMAID_INFO_RE = re.compile(r"^\s*\{?\s*\.?mermaid\b")  # anchored, one pass: linear


def scan(body: str) -> Iterator[tuple[int, str, str | None]]:
    """Lines outside code fences as (index, line, None); each fence's opening line with its
    info string instead of None."""
    for index, line, info, _ in _fences(body):
        yield index, line, info


def count_diagrams(body: str) -> int:
    """How many Mermaid fences the body has, not counting ones shown inside other code blocks."""
    fences = (fence for _, _, fence in scan(body) if fence is not None)
    return sum(bool(_MERMAID_INFO_RE.match(fence)) for fence in fences)


def mermaid_fences(body: str) -> Iterator[tuple[int, str]]:
    """Each Mermaid fence as (0-based index of its opening line, its text as Mermaid gets it)."""
    for index, _, info, lines in _fences(body):
        if info is not None and _MERMAID_INFO_RE.match(info):
            yield index, "\n".join(lines)


def _fences(body: str) -> Iterator[tuple[int, str, str | None, list[str]]]:
    """Lines outside fences as (index, line, None, []); each fence as its opening line's
    index, the line, its info string and, for a Mermaid fence, its lines without the indent."""
    opener: tuple[int, str, str, str, str] | None = None  # index, line, marks, info, indent
    lines: list[str] = []
    for index, line in enumerate(body.splitlines()):
        fence = _fence(line)
        if opener is None:
            if fence:
                indent = line[: len(line) - len(line.lstrip(" \t>"))]
                opener, lines = (index, line, fence[0], fence[1], indent), []
            else:
                yield index, line, None, []
        elif fence and _closes(fence, opener[2]):
            yield opener[0], opener[1], opener[3], lines
            opener = None
        elif _MERMAID_INFO_RE.match(opener[3]):  # only Mermaid's text is kept
            lines.append(line.removeprefix(opener[4]))
    if opener is not None:  # a fence the page never closes runs to its end, as in Markdown
        yield opener[0], opener[1], opener[3], lines


def _fence(line: str) -> tuple[str, str] | None:
    """A fence line's backticks or tildes and its info string; None for other lines."""
    text = line.lstrip(" \t>")
    if not text.startswith(("```", "~~~")):
        return None
    length = len(text) - len(text.lstrip(text[0]))
    return text[:length], text[length:]


def _closes(fence: tuple[str, str], opener: str) -> bool:
    marks, info = fence
    return marks[0] == opener[0] and len(marks) >= len(opener) and not info.strip()
