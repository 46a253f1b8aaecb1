"""Code fences in a page's body: which lines are code, which are Mermaid."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Iterator

_MERMAID_INFO_RE = re.compile(r"^\s*\{?\s*\.?mermaid\b")  # anchored, one pass: linear
# A line that may open or close a fence (the lines _fence() reads), from the "\n" before it:
# one C-level pass instead of a Python call per line. A literal first is searched for fast (^
# with re.MULTILINE is tried at every character); one character class then a literal: linear.
_FENCE_LINE_RE = re.compile(r"\n[ \t>]*(?:```|~~~)")


class Fence(NamedTuple):
    """One code fence: its opening line (0-based index and text), its info string, the indent
    its lines drop, and the index of its closing line (the line count if it never closes)."""

    start: int
    line: str
    info: str
    indent: str
    end: int


class Body(NamedTuple):
    """A body's lines (as str.splitlines() counts them), each after a "\\n", and its fences."""

    lines: tuple[str, ...]
    text: str
    fences: tuple[Fence, ...]


def scan(body: str, start: int = 0) -> Iterator[tuple[int, str, str | None]]:
    """Lines outside code fences as (index, line, None); each fence's opening line with its
    info string instead of None. From line `start` on, which must be outside any fence."""
    lines, _, fences = parse(body)
    index = start
    for fence in fences:
        if fence.start < start:
            continue
        for i in range(index, fence.start):
            yield i, lines[i], None
        yield fence.start, fence.line, fence.info
        index = fence.end + 1
    for i in range(index, len(lines)):
        yield i, lines[i], None


def outside(body: str, pattern: re.Pattern[str]) -> Iterator[int]:
    """The indexes of the lines outside fences where `pattern` matches from the "\\n" before
    the line: no fence opener, no line of code."""
    _, text, fences = parse(body)
    index, at, pending = 0, 0, iter(fences)
    fence = next(pending, None)
    for match in pattern.finditer(text):
        index += text.count("\n", at, match.start())
        at = match.start()
        while fence is not None and fence.end < index:
            fence = next(pending, None)
        if fence is None or index < fence.start:
            yield index


def count_diagrams(body: str) -> int:
    """How many Mermaid fences the body has, not counting ones shown inside other code blocks."""
    return sum(bool(_MERMAID_INFO_RE.match(fence.info)) for fence in parse(body).fences)


def mermaid_fences(body: str) -> Iterator[tuple[int, str]]:
    """Each Mermaid fence as (0-based index of its opening line, its text as Mermaid gets it)."""
    lines, _, fences = parse(body)
    for fence in fences:
        if _MERMAID_INFO_RE.match(fence.info):
            inside = lines[fence.start + 1 : fence.end]
            yield fence.start, "\n".join(line.removeprefix(fence.indent) for line in inside)


@lru_cache(maxsize=4)  # one page's body is read by body_meta, then count_diagrams
def parse(body: str) -> Body:
    """The body's lines and fences. Only lines that look like fences are looked at in Python."""
    lines = tuple(body.splitlines())
    text = "\n" + "\n".join(lines)  # \r, \f, U+2028... end lines too: one separator
    fences: list[Fence] = []
    opener: Fence | None = None
    marks = ""
    index, at = 0, 0
    for match in _FENCE_LINE_RE.finditer(text):
        index += text.count("\n", at, match.start())
        at = match.start()
        line = lines[index]
        fence = _fence(line)
        if fence is None:  # cannot happen: the pattern is _fence's test
            continue
        if opener is None:
            indent = line[: len(line) - len(line.lstrip(" \t>"))]
            opener, marks = Fence(index, line, fence[1], indent, len(lines)), fence[0]
        elif _closes(fence, marks):
            fences.append(opener._replace(end=index))
            opener = None
    if opener is not None:  # a fence the page never closes runs to its end, as in Markdown
        fences.append(opener)
    return Body(lines, text, tuple(fences))


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
