"""Tag identity: one tag however it is spelt, its label, and a URL part no other tag takes."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .problems import Problem

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .registry import Registry

# Symbols that tell technologies apart: "C++", "C#" and "C" must not share a page.
_SYMBOLS = {"+": " plus ", "#": " sharp ", "&": " and ", "@": " at "}


@dataclass(frozen=True, slots=True, order=True)
class Tag:
    """A technology, however an author spelt it."""

    key: str  # identity: "apache kafka"
    label: str  # shown to readers: "Apache Kafka"
    slug: str  # URL part: "apache-kafka"
    description: str | None = None
    group: str | None = None
    color: str | None = None
    icon: str | None = None


def tag_key(name: str) -> str:
    """Identity of a tag: case, spacing and hyphen variants are one tag."""
    # "Apache  Kafka", "apache-kafka " and "APACHE KAFKA" all occur in real front-matter.
    return " ".join(name.replace("-", " ").split()).casefold()


def slugify(text: str) -> str:
    """A URL part: ASCII letters and digits joined by hyphens; C++ is c-plus-plus."""
    spelled = "".join(_SYMBOLS.get(char, char) for char in text)
    ascii_text = unicodedata.normalize("NFKD", spelled).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def make_tags(
    uses: Iterable[tuple[str, str, int]], registry: Registry
) -> tuple[dict[str, Tag], list[Problem]]:
    """One Tag per identity from (path, name, line) uses, keyed by the key of each name used."""
    spellings: dict[str, Counter[str]] = {}
    first_use: dict[str, tuple[str, int, str]] = {}
    by_name: dict[str, str] = {}
    for path, name, line in uses:
        written = tag_key(name)
        key = registry.canonical_tag(written)
        by_name[written] = key
        spellings.setdefault(key, Counter())[" ".join(name.split())] += 1
        first_use.setdefault(key, (path, line, name))
    problems = [
        problem
        for key in spellings
        if registry.tags and key not in registry.tags
        for problem in _unknown(*first_use[key], registry.unknown_tags)
    ]
    tags: dict[str, Tag] = {}
    for key, counts in spellings.items():
        spec = registry.tags.get(key)
        label = spec.label if spec and spec.label else counts.most_common(1)[0][0]
        tags[key] = Tag(
            key,
            label,
            (spec.slug if spec else None) or slugify(key) or "tag",
            spec.description if spec else None,
            spec.group if spec else None,
            spec.color if spec else None,
            spec.icon if spec else None,
        )
    tags, collisions = _unique_slugs(tags, first_use)
    return {name: tags[key] for name, key in by_name.items()}, problems + collisions


def _unique_slugs(
    tags: dict[str, Tag], first_use: dict[str, tuple[str, int, str]]
) -> tuple[dict[str, Tag], list[Problem]]:
    """Tags whose slugs collide keep pages of their own: the later ones get -2, -3..."""
    taken: dict[str, str] = {}
    problems = []
    for key in sorted(tags):
        tag = tags[key]
        slug, n = tag.slug, 1
        while slug in taken:
            n += 1
            slug = f"{tag.slug}-{n}"
        if n > 1:
            path, line, name = first_use[key]
            other = tags[taken[tag.slug]].label
            message = (
                f"'{name}' and '{other}' both make the URL part '{tag.slug}'; '{name}' got '{slug}'"
            )
            hint = (
                f"give one of them a `slug:` in the tag registry (arch-cards: tags: {name}: slug:)"
            )
            problems.append(Problem(path, line, "tags", message, hint))
            tags[key] = Tag(key, tag.label, slug, tag.description, tag.group, tag.color, tag.icon)
        taken[slug] = key
    return tags, problems


def _unknown(path: str, line: int, name: str, policy: str) -> list[Problem]:
    hint = "add it to `tags:` in the plugin's config, or use a listed tag or alias"
    message = f"'{name}' is not in the tag registry"
    return Problem.unlisted(path, line, "tags", message, hint, policy)
