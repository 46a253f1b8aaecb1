"""Design pages for tests, written the way authors write them."""

from __future__ import annotations

import json
from typing import Any

from bs4 import BeautifulSoup

MERMAID = "```mermaid\nflowchart LR\n  api[Order API] --> bus[Kafka]\n```\n"


def design(
    title: str = "Alpha",
    *,
    body: str = "## Architecture\n\n" + MERMAID,
    **fields: Any,
) -> str:
    """A design page: front-matter from `fields` (with sensible defaults), then `body`."""
    meta: dict[str, Any] = {
        "title": title,
        "category": "Data",
        "summary": f"{title} in one line.",
        "problem": f"What {title} fixed.",
        "tags": ["Kafka"],
    }
    meta.update(fields)
    lines = [f"{key}: {json.dumps(value)}" for key, value in meta.items() if value is not None]
    return "---\n" + "\n".join(lines) + "\n---\n\n" + body


URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "data"}


def unsafe_markup(html: str) -> list[str]:
    """What in `html` a browser would run: inline scripts that alert, on* handlers, javascript:."""
    found = []
    for element in BeautifulSoup(html, "html.parser").find_all(True):
        text = element.get_text()
        if element.name == "script" and not element.get("src") and "alert(" in text:
            found.append(f"<script>{text[:200]}")
        for attr, value in element.attrs.items():
            shown = " ".join(value) if isinstance(value, list) else str(value)
            if attr.lower().startswith("on") or (
                attr.lower() in URL_ATTRS and shown.strip().lower().startswith("javascript:")
            ):
                found.append(f"<{element.name} {attr}={shown[:200]!r}>")
    return found
