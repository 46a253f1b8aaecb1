"""Any front-matter value as short plain text, in bounded work: for titles and for messages."""

from __future__ import annotations

import datetime
import re
from html import escape
from itertools import islice
from typing import Any

_KINDS = {
    str: "string",
    int: "number",
    float: "number",
    bool: "boolean",
    list: "list",
    dict: "mapping",
    set: "set",
    datetime.date: "date",
    datetime.datetime: "date",
    type(None): "empty value",
}
_SHOWN = 60  # characters of a value quoted in a message
# Characters of a card's title, summary or problem, cut at a sentence's end where one is near
# (the summary the body gives is as long); the stylesheet clamps the card to a few lines too.
CARD_TEXT = 300
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
# A sentence's end: its mark and closing quotes, then space and what starts a sentence. Run on
# at most a card's worth of text, and no part can match what another part does: linear.
_SENTENCE_END_RE = re.compile(
    "([.!?][\"')\\]\u00bb\u201d\u2019]*)\\s+(?=[\"'(\\[\u00ab\u201c\u2018]?[^\\W_a-z])"
)
_ABBREVIATIONS = frozenset({"e.g.", "i.e.", "etc.", "vs.", "cf.", "approx.", "no.", "fig."})


def describe(value: Any) -> str:
    """A value's YAML kind and, for a scalar, the value itself, cut short: `string 'Go'`."""
    kind = _KINDS.get(type(value), type(value).__name__)
    if value is None or isinstance(value, list | dict | set | tuple):
        return kind
    shown = repr(value[: _SHOWN + 1]) if isinstance(value, str | bytes) else _scalar(value)
    return f"{kind} {cut(shown, _SHOWN)}"


def cut(text: str, limit: int = _SHOWN) -> str:
    """Text of at most `limit` characters: cut short with an ellipsis, for a message or a label."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def plain(value: Any, limit: int = 200) -> str:
    """The text of a value, its items joined by ', ', cut at `limit` characters.

    The walk visits at most `limit` items, so an alias bomb (a few lines of YAML that stand for
    billions of items) or a deep nesting costs no more than a short list.
    """
    parts: list[str] = []
    size = 0
    stack = [value]
    visits = 0
    while stack and size <= limit and visits < limit:
        visits += 1
        item = stack.pop()
        if isinstance(item, dict):
            pairs = islice(item.items(), limit)
            stack.extend(reversed([part for pair in pairs for part in pair]))
        elif isinstance(item, list | tuple):
            stack.extend(reversed(list(islice(item, limit))))
        elif isinstance(item, set):
            stack.extend(sorted(islice(item, limit), key=str, reverse=True))
        elif item is not None:
            text = " ".join(sound(_scalar(item)[: limit + 1]).split())
            parts.append(text)
            size += len(text) + 2
    text = ", ".join(parts)
    more = stack or len(text) > limit
    return text[: limit - 1] + "…" if more else text


def title_text(value: Any, *, escaped: bool = True) -> Any:
    """What a theme may print for a front-matter title: text, whatever the YAML held.

    MkDocs hands meta['title'] to the theme as page.title, and Material prints it unescaped in
    <title>, the header, every page's nav and the search index. A string is escaped only when
    `escaped` (a page of another plugin's, or our generated pages, may hold markup on purpose);
    anything else always is.
    """
    if value is None:
        return None
    if isinstance(value, str):
        return escape(sound(value)) if escaped else sound(value)
    return escape(plain(value))


def sound(text: str) -> str:
    """Text every encoder can write: surrogate pairs joined, lone surrogates made U+FFFD."""
    if not _SURROGATE_RE.search(text):
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, bytes):
        return value[:400].decode("utf-8", errors="replace")
    if isinstance(value, datetime.date):
        return value.isoformat()
    try:
        return str(value)
    except ValueError:  # an int past Python's limit on digits
        return "a number of thousands of digits"


def excerpt(text: str, limit: int) -> str:
    """Text cut to `limit` characters at most: at the last sentence end that leaves at least
    a third of it, else at a word, with an ellipsis; never in the middle of a word."""
    if len(text) <= limit:
        return text
    ends = [m.end(1) for m in _SENTENCE_END_RE.finditer(text, 0, limit + 1)]
    ends = [end for end in ends if limit // 3 <= end <= limit and not _abbreviation(text, end)]
    if ends:
        return text[: ends[-1]]
    kept = text[: limit - 1]
    if text[limit - 1 : limit].strip():  # in a word: back to its start
        kept = kept.rpartition(" ")[0] or kept
    # Back to the last clause's end where one is near: "Kafka…", not "Kafka, because…".
    clause = max(kept.rfind(", "), kept.rfind("; "), kept.rfind(" \u2013 "), kept.rfind(" \u2014 "))
    if clause >= limit // 2:
        kept = kept[:clause]
    return kept.rstrip(" ,;:\u2013\u2014-(") + "…"


def _abbreviation(text: str, end: int) -> bool:
    """Whether the full stop before `end` ends an abbreviation such as e.g. rather than a
    sentence."""
    word = text[:end].rpartition(" ")[2].lstrip("(\"'").casefold()
    return word in _ABBREVIATIONS
