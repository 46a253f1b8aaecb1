"""The orders a grid can take: by title (natural), date, record number, status, category."""

from __future__ import annotations

import datetime
import posixpath
import re
from typing import TYPE_CHECKING, Any, Literal, get_args

if TYPE_CHECKING:
    from .designs import Design
    from .registry import Registry

Sort = Literal["order", "title", "date", "number", "status", "category"]
SORTS: tuple[str, ...] = get_args(Sort)

_DIGITS_RE = re.compile(r"[0-9]+")
# 0007-use-kafka.md, 1234-foo/README.md: numbered as MADR, adr-tools and KEP number records;
# not dates (2024-03-01-...).
_LEADING_RE = re.compile(r"([0-9]{1,6})(?:[-_. ]|$)(?![0-9])")
# ADR-0012: ..., GEP-709 ..., KEP-1234: ..., "1. Record architecture decisions" (adr-tools).
_TITLE_RE = re.compile(r"(?:[A-Z]{2,10}[-_ ]?#?([0-9]{1,6})|([0-9]{1,6})\.)(?:[:.)\s-]|$)")

NaturalKey = tuple[tuple[int, int, str], ...]


def natural_key(text: str) -> NaturalKey:
    """A sort key that orders the numbers in text by value: GEP-709 before GEP-4152."""
    # Digit runs compare by length without leading zeros, then by digits: no int() of
    # thousands of digits, which Python refuses.
    parts: list[tuple[int, int, str]] = []
    position = 0
    folded = text.casefold()
    for match in _DIGITS_RE.finditer(folded):
        if match.start() > position:
            parts.append((1, 0, folded[position : match.start()]))
        digits = match.group().lstrip("0") or "0"
        parts.append((0, len(digits), digits))
        position = match.end()
    if position < len(folded):
        parts.append((1, 0, folded[position:]))
    return tuple(parts)


def record_number(path: str, title: str, meta: dict[str, Any]) -> int | None:
    """A record's number: `kep-number`, else the file's (or, for README/index, its folder's)
    leading digits, else a number that starts the title (ADR-0012, KEP-1234, 1. ...)."""
    given = meta.get("kep-number")
    if isinstance(given, int) and not isinstance(given, bool) and 0 <= given < 10**9:
        return given
    if isinstance(given, str) and given.strip().isascii() and given.strip().isdigit():
        return int(given.strip()[:9])
    folder, name = posixpath.split(path)
    stem = name.rsplit(".", 1)[0]
    if stem in ("index", "README"):
        stem = posixpath.basename(folder)
    if match := _LEADING_RE.match(stem):
        return int(match.group(1))
    if match := _TITLE_RE.match(title.strip()):
        return int(match.group(1) or match.group(2))
    return None


def grid_order(design: Design) -> tuple[bool, int, NaturalKey, str]:
    """The default order: `order`, then title (naturally), then path."""
    return (design.order is None, design.order or 0, natural_key(design.title), design.path)


def sort_designs(designs: list[Design], sort: str, registry: Registry) -> list[Design]:
    """Designs (in grid order) in the order `sort` asks for; ties keep grid order."""
    if sort == "title":
        return sorted(designs, key=lambda d: (natural_key(d.title), d.path))
    if sort == "date":  # newest first, undated last
        return sorted(designs, key=lambda d: d.date or datetime.date.min, reverse=True)
    if sort == "number":  # unnumbered last, by title
        return sorted(
            designs,
            key=lambda d: (d.number is None, d.number or 0, natural_key(d.title), d.path),
        )
    if sort == "status":  # in the order `statuses` lists them; others after, no status last
        ranks = {name: rank for rank, name in enumerate(registry.statuses)}
        return sorted(
            designs,
            key=lambda d: (
                (0, ranks[d.status.name], "")
                if d.status and d.status.name in ranks
                else (1, 0, d.status.name)
                if d.status
                else (2, 0, "")
            ),
        )
    if sort == "category":
        return sorted(
            designs, key=lambda d: registry.category_rank(d.category.name if d.category else None)
        )
    return list(designs)
