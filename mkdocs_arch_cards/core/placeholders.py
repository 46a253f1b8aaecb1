"""A template's own words left in a record: `{proposed | rejected}`, `[name]`, `YYYY-MM-DD`."""

from __future__ import annotations

import re
from typing import Any

# A template's own words: choices, ellipses, or instructions to the writer.
PLACEHOLDER_RE = re.compile(r"\||…|\.\.\.|\bYYYY\b|^(?:describe|list|short title|title of)\b", re.I)


def placeholder(value: Any) -> bool:
    """Whether a value is a template's placeholder, in any of the templates' forms.

    `{proposed | rejected | …}` (MADR 3), `[list everyone involved]` (MADR 2, Log4brains),
    `<date>`, `provisional|implementable|implemented` (KEP: choices without spaces) and
    `YYYY-MM-DD`. `{% include %}` and `{{ macro }}` are other plugins' syntax; `[x](y.md)`,
    `<https://…>` and `<ana@example.com>` are links.
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
    return text.startswith("YYYY")
