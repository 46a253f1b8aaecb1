"""Design pages for tests, written the way authors write them."""

from __future__ import annotations

import json
from typing import Any

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
