"""Inline Markdown read in one linear pass: the text a reader sees, and the first link's target.

Code spans, comments, HTML tags and autolinks are read first (as Python-Markdown does), then
links and images pair their brackets on a stack, then emphasis pairs its `*` and `_` runs on
a stack. No regex here backtracks: each search starts where the last one stopped.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from itertools import accumulate

_SPECIAL_RE = re.compile(r"[\\`*_\[\]()<!]")
_RUN_RE = {mark: re.compile(re.escape(mark) + "+") for mark in "`*_"}
_ESCAPABLE = frozenset("\\`*_{}[]()>#+-.!")  # Python-Markdown's escapable characters
_PLAIN = frozenset("\\`*_[<&")  # text without these is its own plain text
_LABEL = 999  # characters of a reference label at most


def plain(markdown: str, references: frozenset[str] | None = None) -> str:
    """Inline Markdown as the text a reader sees: no links' targets, no emphasis marks.

    `references`: the labels the page defines (`[label]: url`, as `label_key` gives them), so
    that `[label]` and `[text][label]` read as links exactly when Markdown makes them links;
    None: every `[text][label]` is taken for a link (a value with no page around it).
    """
    if not _PLAIN.intersection(markdown):
        return " ".join(markdown.split())
    tokens = _Tokens(markdown, references)
    kept = tokens.links()
    trimmed = tokens.emphasis(kept)
    parts: list[str] = []
    text: list[str] = []
    for index, kind in enumerate(tokens.kinds):
        if not kept[index]:
            continue
        if kind == "code":
            parts += [html.unescape("".join(text)), tokens.values[index]]
            text = []
        else:
            text.append(tokens.values[index][trimmed.get(index, 0) :])
    parts.append(html.unescape("".join(text)))
    return " ".join("".join(parts).split())


def first_link(markdown: str) -> str | None:
    """The target of the first link (not image) in inline Markdown, if there is one."""
    tokens = _Tokens(markdown)
    tokens.links()
    return tokens.target


def label_key(label: str) -> str:
    """A reference label as Markdown matches it: any case, runs of white space as one."""
    return " ".join(label.split()).casefold()


class _Next:
    """Where a string next occurs; searches only move forward, so together they are linear."""

    def __init__(self, text: str, needle: str) -> None:
        self.text, self.needle, self.found = text, needle, -2

    def after(self, position: int) -> int:
        if self.found == -1 or self.found >= position:
            return self.found  # none at all after an earlier position, or still ahead
        self.found = self.text.find(self.needle, position)
        return self.found


@dataclass
class _Tokens:
    """Inline Markdown as tokens: text, code, brackets, parentheses and emphasis runs."""

    source: str
    references: frozenset[str] | None = None
    kinds: list[str] = field(default_factory=list)
    values: list[str] = field(default_factory=list)
    flanks: dict[int, tuple[bool, bool]] = field(default_factory=dict)  # run -> (opens, closes)
    offsets: dict[int, int] = field(default_factory=dict)  # bracket or parenthesis -> its start
    target: str | None = None

    def __post_init__(self) -> None:
        text = self.source
        ticks = [(m.start(), m.end()) for m in _RUN_RE["`"].finditer(text)]
        run_at = {start: index for index, (start, _) in enumerate(ticks)}
        closer: list[int] = [-1] * len(ticks)  # the next run of the same length
        last: dict[int, int] = {}
        for index in range(len(ticks) - 1, -1, -1):
            length = ticks[index][1] - ticks[index][0]
            closer[index] = last.get(length, -1)
            last[length] = index
        greater, less, comment_end = _Next(text, ">"), _Next(text, "<"), _Next(text, "-->")
        position = 0
        while match := _SPECIAL_RE.search(text, position):
            start = match.start()
            self._add("text", text[position:start])
            char, following = text[start], text[start + 1 : start + 2]
            position = start + 1
            if char == "\\" and following == "`":
                position = _RUN_RE["`"].match(text, start + 1).end()  # type: ignore[union-attr]
                self._add("text", text[start + 1 : position])
            elif char == "\\" and following in _ESCAPABLE:
                self._add("text", following)
                position = start + 2
            elif char == "`":
                run = run_at.get(start, -1)
                end = ticks[closer[run]] if run >= 0 and closer[run] >= 0 else None
                if end is None:
                    position = _RUN_RE["`"].match(text, start).end()  # type: ignore[union-attr]
                    self._add("text", text[start:position])
                else:
                    self._add("code", text[ticks[run][1] : end[0]].strip())
                    position = end[1]
            elif char == "<" and text.startswith("!--", start + 1):
                end_at = comment_end.after(start + 4)
                position = end_at + 3 if end_at >= 0 else start + 1
                self._add("text", "" if end_at >= 0 else "<")
            elif char == "<" and _opens_tag(text, start):
                close, reopen = greater.after(start + 1), less.after(start + 1)
                if close >= 0 and (reopen < 0 or close < reopen):
                    inner = text[start + 1 : close]
                    autolink = " " not in inner and ("://" in inner or "@" in inner)
                    self._add("text", inner if autolink else "")
                    position = close + 1
                else:
                    self._add("text", "<")
            elif char in "*_":
                position = _RUN_RE[char].match(text, start).end()  # type: ignore[union-attr]
                self._run(char, start, position)
            elif char == "!":
                self._add("!" if following == "[" else "text", "!")
            else:
                self.offsets[len(self.kinds)] = start
                self._add(char if char in "[]()" else "text", char)
        self._add("text", text[position:])

    def _add(self, kind: str, value: str) -> None:
        if value or kind != "text":
            self.kinds.append(kind)
            self.values.append(value)

    def _run(self, mark: str, start: int, end: int) -> None:
        text = self.source
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        opens, closes = not after.isspace(), not before.isspace()
        if mark == "_":  # snake_case_words are no emphasis
            opens, closes = opens and not before.isalnum(), closes and not after.isalnum()
        self.flanks[len(self.kinds)] = (opens, closes)
        self.kinds.append(mark)
        self.values.append(text[start:end])

    def links(self) -> list[bool]:
        """Pair brackets into links and images; which tokens a reader still sees."""
        kinds, count = self.kinds, len(self.kinds)
        parenthesis: dict[int, int] = {}
        opened: list[int] = []
        for index, kind in enumerate(kinds):
            if kind == "(":
                opened.append(index)
            elif kind == ")" and opened:
                parenthesis[opened.pop()] = index
        hidden = [0] * (count + 1)  # +1 where a hidden range starts, -1 after it ends
        brackets: list[int] = []
        index = 0
        while index < count:
            if kinds[index] == "[":
                brackets.append(index)
            elif kinds[index] == "]" and brackets:
                opening = brackets.pop()
                end = self._link_end(opening, index, parenthesis)
                if end is not None:
                    image = opening > 0 and kinds[opening - 1] == "!"
                    inline = end > index and kinds[index + 1] == "("  # not [ref] nor [a][ref]
                    if not image and self.target is None and inline:
                        within = self.source[self.offsets[index + 1] + 1 : self.offsets[end]]
                        self.target = _destination(within)
                    first = opening - 1 if image else index
                    hidden[first] += 1
                    hidden[end + 1] -= 1
                    if not image:
                        hidden[opening] += 1
                        hidden[opening + 1] -= 1
                    index = end
            index += 1
        return [depth == 0 for depth in accumulate(hidden[:count])]

    def _link_end(self, opening: int, index: int, parenthesis: dict[int, int]) -> int | None:
        """The last token of `](target)`, `][ref]` or `][]` that starts at `index`."""
        kinds = self.kinds
        following = kinds[index + 1 : index + 4]
        if following[:1] == ["("]:
            return parenthesis.get(index + 1)
        defined = self.references
        if following[:2] == ["[", "]"]:
            return index + 2 if defined is None or self._label(opening, index) in defined else None
        if following == ["[", "text", "]"]:
            label = label_key(self.values[index + 2])
            return index + 3 if defined is None or label in defined else None
        if defined is not None and self._label(opening, index) in defined:
            return index  # a shortcut reference: `[MathJax]` with `[MathJax]: url` on the page
        return None

    def _label(self, opening: int, closing: int) -> str:
        """The source text between the brackets at tokens `opening` and `closing`."""
        start, end = self.offsets[opening] + 1, self.offsets[closing]
        # No label is longer (CommonMark's limit), and a bound keeps nested brackets linear.
        return label_key(self.source[start:end]) if end - start <= _LABEL else ""

    def emphasis(self, kept: list[bool]) -> dict[int, int]:
        """Pair `*` and `_` runs; how many marks of each paired run a reader does not see.

        A run of three closes one and two (`***a* b**`), and the marks it has left stay open.
        """
        stacks: dict[str, list[int]] = {"*": [], "_": []}
        left: dict[int, int] = {}  # an open run's marks not yet paired
        trimmed: dict[int, int] = {}
        for index, kind in enumerate(self.kinds):
            if kind not in stacks or not kept[index]:
                continue
            opens, closes = self.flanks[index]
            remaining = len(self.values[index])
            stack = stacks[kind]
            while closes and remaining and stack:
                opening = stack[-1]
                marks = min(left[opening], remaining)
                trimmed[opening] = trimmed.get(opening, 0) + marks
                trimmed[index] = trimmed.get(index, 0) + marks
                left[opening] -= marks
                remaining -= marks
                if not left[opening]:
                    stack.pop()
            if opens and remaining == len(self.values[index]):
                stack.append(index)
                left[index] = remaining
        return trimmed


def _opens_tag(text: str, start: int) -> bool:
    """Whether `<` at `start` may open an HTML tag or an autolink: `<a`, `</a`."""
    name = text[start + 1 : start + 2]
    if name == "/":
        name = text[start + 2 : start + 3]
    return name.isascii() and name.isalpha()


def _destination(raw: str) -> str:
    """A link's target from what its parentheses hold: `<url>` or `url "title"`."""
    raw = raw.strip()
    if raw.startswith("<") and ">" in raw:
        return raw[1 : raw.index(">")]
    return raw.split(maxsplit=1)[0] if raw else ""
