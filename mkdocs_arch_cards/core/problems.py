"""A problem found in a design page, said the way an author can fix it."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Literal

from .values import cut

# What must not reach a log or a terminal as itself: C0 and C1 controls (ANSI escapes, \r, \n,
# NUL), line and paragraph separators, bidi overrides that reorder what a reader sees, and lone
# surrogates that no console encoding can write.
_UNSAFE_RE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_LIMITS = {"path": 300, "field": 100, "message": 600, "hint": 300}


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    """One thing wrong in one page: where, which field, what was expected, how to fix it."""

    path: str  # relative to docs_dir, forward slashes
    line: int  # 1-based line in the file
    field: str
    message: str
    hint: str = ""
    level: Literal["warning", "error"] = "warning"  # "error": the config refuses it

    @classmethod
    def unlisted(
        cls, path: str, line: int, field: str, message: str, hint: str, policy: str
    ) -> list[Problem]:
        """A value the configuration does not list: nothing, a warning or a refusal."""
        if policy == "allow":
            return []
        return [cls(path, line, field, message, hint, "error" if policy == "error" else "warning")]

    def __str__(self) -> str:
        """One line, however the values read: controls escaped, each part of bounded length."""
        path, field, message, hint = (
            self.shown("path"),
            self.shown("field"),
            self.shown("message"),
            self.shown("hint"),
        )
        text = f"{path}:{self.line}: {field}: {message}"
        return f"{text} — {hint}" if hint else text

    def shown(self, name: Literal["path", "field", "message", "hint"]) -> str:
        """One part as a log or a report shows it: controls escaped, of bounded length."""
        return shown(getattr(self, name), _LIMITS[name])


def shown(text: str, limit: int) -> str:
    """Text safe for one log line: cut to `limit` characters, controls written as escapes."""
    return _UNSAFE_RE.sub(_escape, cut(text, limit))


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


class OptionsError(ValueError):
    """Options a site cannot be built with: one (option, message) per wrong option."""

    def __init__(self, errors: list[tuple[str, str]]) -> None:
        super().__init__(errors)
        self.errors = errors

    def __str__(self) -> str:
        return "; ".join(f"{name}: {message}" for name, message in self.errors)


def log_level(problem: Problem, option: str, *, data: bool = True) -> int:
    """The level a build logs a problem at, given the `problems` option (warn or info).

    `problems: info` reports the designs' `data` without failing --strict; a refused value, a
    page lost to another at its URL and a wrong marker of the site's still stop it.
    """
    if problem.level == "error":
        return logging.ERROR
    return logging.INFO if data and option == "info" else logging.WARNING
