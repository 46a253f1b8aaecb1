"""Tag and category identity: one however it is spelt, a URL part no other one takes."""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .designs import Category
from .problems import Problem
from .query import tag_names

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from .registry import CategorySpec, Registry

# Symbols that tell technologies apart: "C++", "C#" and "C" must not share a page.
_SYMBOLS = {"+": " plus ", "#": " sharp ", "&": " and ", "@": " at "}
FALLBACK_SLUG = "tag"  # for a name without letters or digits, such as an emoji
MAX_SLUG = 60  # characters; up to 4 bytes each in a file name


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
    names: frozenset[str] = field(default=frozenset(), compare=False)  # what queries may use


def tag_key(name: str) -> str:
    """Identity of a tag: case, spacing, hyphen and Unicode-composition variants are one tag."""
    # "Apache  Kafka", "apache-kafka " and "APACHE KAFKA" all occur in real front-matter; so
    # do "Café" typed with é and with e + U+0301, which look the same to everyone.
    text = unicodedata.normalize("NFC", name)
    return " ".join(text.replace("-", " ").split()).casefold()


# How `slugify` treats letters: `default` folds Latin accents (Café: cafe) and keeps every
# other script's letters (Москва: москва, 日本: 日本); `unicode` keeps every letter as written
# (café), as pymdownx.slugs.slugify(case="lower") does for Material's heading anchors.


def slugify(text: str, style: str = "default") -> str:
    """A URL part: letters and digits joined by hyphens; C++ is c-plus-plus, Café is cafe."""
    spelled = "".join(_SYMBOLS.get(char, char) for char in text[: MAX_SLUG * 4])
    kept: list[str] = []
    for char in unicodedata.normalize("NFC", spelled).lower():
        if style == "default" and not char.isascii():
            # Latin letters with accents lose them (é is e); other scripts keep their letters,
            # as Python-Markdown's toc does with pymdownx.slugs: 日本 and 中文 stay apart.
            char = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode() or char
        if _is_word(char):
            # A combining mark (Devanagari's vowel signs, an emoji's U+FE0F) only after a letter.
            if (kept and kept[-1] != "-") or not unicodedata.category(char[0]).startswith("M"):
                kept.append(char)
        elif not kept or kept[-1] != "-":
            kept.append("-")
    slug = "".join(kept).strip("-")
    # A file name must stay under 255 bytes; a tag page adds "-2" and ".md" at most.
    return slug[:MAX_SLUG].rstrip("-")


def url_part(name: str, style: str = "default") -> str:
    """A name's slug; a name of symbols only (an emoji) is spelt by their Unicode names."""
    # "🚀" is "rocket", "☁️ 🔥" is "cloud-fire": readable, where "tag-2" says nothing.
    symbols = " ".join(unicodedata.name(c, "") for c in name[:8] if unicodedata.category(c) == "So")
    return slugify(name, style) or slugify(symbols) or FALLBACK_SLUG


def _is_word(chars: str) -> bool:
    if chars.isascii():
        return chars.isalnum()
    return all(unicodedata.category(c)[0] in "LNM" for c in chars)


def make_tags(
    uses: Iterable[tuple[str, str, int]],
    registry: Registry,
    reserved: Callable[[str], bool] = lambda slug: False,
    style: str = "default",
) -> tuple[dict[str, Tag], list[Problem]]:
    """One Tag per identity from (path, name, line) uses, keyed by the key of each name used.

    `reserved(slug)` says a slug's page would land on another generated page (a tag 'Index');
    `style` is how slugs keep letters (the `slugify` option: options.SlugStyle).
    """
    spellings: dict[str, Counter[str]] = {}
    first_use: dict[str, tuple[str, int, str]] = {}
    by_name: dict[str, str] = {}
    for path, name, line in uses:
        written = tag_key(name)
        key = registry.canonical_tag(written)
        by_name[written] = key
        # é typed as one character or as e + U+0301 is one spelling: the composed one.
        spelling = unicodedata.normalize("NFC", " ".join(name.split()))
        spellings.setdefault(key, Counter())[spelling] += 1
        first_use.setdefault(key, (path, line, name))
    problems = [
        problem
        for key in spellings
        if registry.tags and key not in registry.tags
        for problem in _unknown(*first_use[key], registry.unknown_tags)
    ]
    aliases: dict[str, list[str]] = {}
    for alias, key in registry.aliases.items():
        aliases.setdefault(key, []).append(alias)
    tags: dict[str, Tag] = {}
    for key, counts in spellings.items():
        spec = registry.tags.get(key)
        label = spec.label if spec and spec.label else counts.most_common(1)[0][0]
        tags[key] = Tag(
            key,
            label,
            (spec.slug if spec else None) or url_part(label, style),
            spec.description if spec else None,
            spec.group if spec else None,
            spec.color if spec else None,
            spec.icon if spec else None,
        )
    tags, collisions = _unique_slugs(tags, first_use, reserved)
    for key, tag in tags.items():
        also = [*spellings[key], *aliases.get(key, ())]
        tags[key] = replace(tag, names=tag_names(key, tag.label, tag.slug, also))
    return {name: tags[key] for name, key in by_name.items()}, problems + collisions


def _unique_slugs(
    tags: dict[str, Tag],
    first_use: dict[str, tuple[str, int, str]],
    reserved: Callable[[str], bool],
) -> tuple[dict[str, Tag], list[Problem]]:
    """Tags whose slugs collide keep pages of their own: the later ones get -2, -3..."""
    slugs, collisions = unique_slugs({key: tag.slug for key, tag in tags.items()}, reserved)
    problems = []
    for key, other in collisions:
        path, line, name = first_use[key]
        tag = tags[key]
        message = (
            f"'{name}' and '{tags[other].label}' (in {first_use[other][0]}) both make the URL"
            f" part '{tag.slug}'; '{name}' got '{slugs[key]}'"
        )
        hint = f"give one of them a `slug:` in the tag registry (arch-cards: tags: {name}: slug:)"
        problems.append(Problem(path, line, "tags", message, hint))
    for key, slug in slugs.items():
        tag = tags[key]
        if slug != tag.slug:
            tags[key] = replace(tag, slug=slug)
    return tags, problems


def unique_slugs(
    slugs: dict[str, str], reserved: Callable[[str], bool] = lambda slug: False
) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """A slug per key that no other key and nothing `reserved` takes: later ones get -2, -3...

    Returns the slugs and the (key, other key) pairs whose slugs collided. A slug the plugin
    made up (FALLBACK_SLUG, for a name of no letters) or a reserved one is no collision to fix.
    """
    taken: dict[str, str] = {}
    chosen: dict[str, str] = {}
    tried: dict[str, int] = {}  # the last suffix tried per slug: many collisions stay linear
    collisions = []
    for key in sorted(slugs):
        base = slugs[key]
        slug, n = base, tried.get(base, 1)
        if n > 1:
            slug = f"{base}-{n}"
        while slug in taken or reserved(slug):
            n += 1
            slug = f"{base}-{n}"
        tried[base] = n
        if base in taken and base != FALLBACK_SLUG:
            collisions.append((key, taken[base]))
        chosen[key] = slug
        taken[slug] = key
    return chosen, collisions


def _unknown(path: str, line: int, name: str, policy: str) -> list[Problem]:
    hint = "add it to `tags:` in the plugin's config, or use a listed tag or alias"
    message = f"'{name}' is not in the tag registry"
    return Problem.unlisted(path, line, "tags", message, hint, policy)


def category_key(name: str) -> str:
    """Identity of a category: 'Data', 'data ' and 'DATA' are one category, as tags are."""
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


def make_categories(
    uses: Iterable[tuple[str, str | None, int]], registry: Registry, style: str = "default"
) -> tuple[dict[str, Category], list[Problem]]:
    """One Category per identity from (path, name, line) uses, keyed by category_key."""
    found: dict[str, Category] = {}
    first_use: dict[str, tuple[str, int]] = {}
    for path, name, line in uses:
        if not name:
            continue
        spec = registry.category(name)
        key = category_key(spec.name if spec else name)
        if key not in found:
            found[key] = _category(spec.name if spec else name, spec, style)
            first_use[key] = (path, line)
    slugs, collisions = unique_slugs({key: c.slug for key, c in found.items()})
    problems = []
    for key, other in collisions:
        name, slug = found[key].name, found[key].slug
        message = (
            f"'{name}' and '{found[other].name}' (in {first_use[other][0]}) both make the URL"
            f" part '{slug}'; '{name}' got '{slugs[key]}'"
        )
        hint = "tell the categories apart by letters or digits, or use one name for both"
        problems.append(Problem(*first_use[key], "category", message, hint))
    return {key: replace(c, slug=slugs[key]) for key, c in found.items()}, problems


def _category(name: str, spec: CategorySpec | None, style: str) -> Category:
    slug = url_part(name, style)
    if spec is None:
        return Category(name, slug)
    return Category(name, slug, spec.description, spec.color, spec.icon)
