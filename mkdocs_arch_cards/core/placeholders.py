"""A template's own words left in a record: `{proposed | rejected}`, `[name]`, `YYYY-MM-DD`,
and the sentences `arch-cards new` writes for the writer to replace."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

# A template's own words: choices, ellipses, or instructions to the writer.
PLACEHOLDER_RE = re.compile(r"\||…|\.\.\.|\bYYYY\b|^(?:describe|list|short title|title of)\b", re.I)
NEW_DESIGN = Path(__file__).parent / "templates" / "arch-cards" / "new-design.md"
_KEY_RE = re.compile(r"^[a-z_]+: ")  # a front-matter line's key
_STUB_LENGTH = 300  # longer than any sentence of the template: not folded, not compared


def placeholder(value: Any) -> bool:
    """Whether a value is a template's placeholder, in any of the templates' forms.

    `{proposed | rejected | …}` (MADR 3), `[list everyone involved]` (MADR 2, Log4brains),
    `<date>`, `provisional|implementable|implemented` (KEP: choices without spaces),
    `YYYY-MM-DD` and a sentence of `arch-cards new`'s template. `{% include %}` and
    `{{ macro }}` are other plugins' syntax; `[x](y.md)`, `<https://…>` and `<ana@example.com>`
    are links.
    """
    if not isinstance(value, str):
        return False
    text = value.strip()
    if len(text) < 3:
        return False
    if text[0] == "{" and text[-1] == "}":
        return text[1] not in "%{" and PLACEHOLDER_RE.search(text[1:-1]) is not None
    if text[0] == "[" and text[-1] == "]":
        return "][" not in text  # [ADR-5][adr5] is a reference link
    if text[0] == "<" and text[-1] == ">":  # <date>, not <i>x</i>, <https://…> or <a@b.c>
        return not any(c in text[1:-1] for c in "<>/=\"'@:!")
    if text.count("|") >= 2 and not any(c.isspace() for c in text):
        return all(part for part in text.split("|"))
    return text.startswith("YYYY") or stub_sentence(text)


def stub_sentence(value: Any) -> bool:
    """Whether a value is one of the sentences `arch-cards new` writes for the writer to
    replace, however its spaces and case were changed."""
    if not isinstance(value, str) or len(value) > _STUB_LENGTH:
        return False
    return _folded(value) in stub_sentences()


@functools.cache
def stub_sentences() -> frozenset[str]:
    """The sentences of `arch-cards new`'s template (its lines that end in a full stop), folded."""
    # The template is the list: a sentence added to it is reported with no change here.
    lines = NEW_DESIGN.read_text(encoding="utf-8").splitlines()
    found = (_KEY_RE.sub("", line, count=1) for line in lines if line.rstrip().endswith("."))
    return frozenset(_folded(line) for line in found)


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()
