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
        # A script of a data type (a big grid's cards, application/json) is never run.
        runs = str(element.get("type") or "text/javascript") in ("text/javascript", "module")
        if element.name == "script" and runs and not element.get("src") and "alert(" in text:
            found.append(f"<script>{text[:200]}")
        for attr, value in element.attrs.items():
            shown = " ".join(value) if isinstance(value, list) else str(value)
            if attr.lower().startswith("on") or (
                attr.lower() in URL_ATTRS and shown.strip().lower().startswith("javascript:")
            ):
                found.append(f"<{element.name} {attr}={shown[:200]!r}>")
    return found


def grid_cards(soup: BeautifulSoup) -> list[dict[str, str]]:
    """Every card of a page's grids as a reader sees it once the script ran: title, href,
    summary, problem and status, of the cards written as HTML and of those sent as data."""

    def said(element: Any) -> str:
        return " ".join(element.get_text(" ").split()) if element else ""

    cards = []
    for card in soup.select(".arch-card"):
        title = card.select_one(".arch-card__title a")
        cards.append(
            {
                "title": said(title),
                "href": str(title["href"]) if title else "",
                "summary": said(card.select_one(".arch-card__summary")),
                "problem": said(card.select_one(".arch-card__problem p:not(.arch-card__label)")),
                "status": str(card.get("data-status") or ""),
            }
        )
    for script in soup.select("script[data-arch-data]"):
        data = json.loads(script.get_text())
        statuses = data["status"]
        for row in data["cards"]:
            cards.append(
                {
                    "title": " ".join(row["t"].split()),
                    "href": row["h"],
                    "summary": " ".join(row.get("s", "").split()),
                    "problem": " ".join(row.get("p", "").split()),
                    "status": statuses[row["x"]][0] if "x" in row else "",
                }
            )
    return cards
