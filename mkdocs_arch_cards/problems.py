"""A problem found in a design page, said the way an author can fix it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


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
        text = f"{self.path}:{self.line}: {self.field}: {self.message}"
        return f"{text} — {self.hint}" if self.hint else text
