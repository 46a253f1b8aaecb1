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

    def __str__(self) -> str:
        text = f"{self.path}:{self.line}: {self.field}: {self.message}"
        return f"{text} — {self.hint}" if self.hint else text
