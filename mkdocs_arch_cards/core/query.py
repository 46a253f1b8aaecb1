"""The one language of "which designs a grid shows": markers, the filter bar and its URL."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import parse_qs

from .values import CARD_TEXT, excerpt

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable

    from .designs import Catalog, Category, Design, Status

FIELDS = ("tags", "op", "category", "status", "text")
"""A query's parts: the same names as marker options and as URL parameters."""
OPS = ("or", "and")
"""How `tags` combine: a design with any of them, or with all of them."""
# JavaScript's `\s`, spelt out, so that Python and arch-cards.js (SPACES) split text alike:
# str.split() also splits at \x1c-\x1f and \x85, and not at U+FEFF.
_SPACES_RE = re.compile("[\t\n\v\f\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+")


def fold(text: str) -> str:
    """A name or a text as queries compare it: lower case, composed, hyphens and runs of
    spaces as one space. arch-cards.js `fold` is the same function."""
    # lower(), not casefold(): JavaScript's toLowerCase() is the same Unicode mapping, and the
    # names a design answers to include its casefolded identity key (Straße: strasse) anyway.
    folded = unicodedata.normalize("NFC", text.replace("-", " ").lower())
    return " ".join(word for word in _SPACES_RE.split(folded) if word)


@dataclass(frozen=True, slots=True)
class Terms:
    """One list of a query, folded: the names wanted and the names `!`excluded."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    @classmethod
    def parse(cls, values: Iterable[str]) -> Terms:
        """Read `["Kafka", "!Java"]`; a value that folds to nothing is no term."""
        include: dict[str, None] = {}
        exclude: dict[str, None] = {}
        for value in values:
            written = value.strip()
            excluded = written.startswith("!")
            name = fold(written[1:] if excluded else written)
            if name:
                (exclude if excluded else include)[name] = None
        return cls(tuple(include), tuple(exclude))

    def allows(self, names: Collection[str], every: bool = False) -> bool:
        """Whether a design with these names passes: any (or `every`) wanted one, no excluded."""
        if any(name in names for name in self.exclude):
            return False
        wanted = (name in names for name in self.include)
        return not self.include or (all(wanted) if every else any(wanted))

    def __bool__(self) -> bool:
        return bool(self.include or self.exclude)


@dataclass(frozen=True, slots=True)
class Names:
    """What a design answers to, folded. The filter bar carries the names of its choices
    (compact.filter_bar), a card which of them it has; the script compares a URL's terms."""

    tags: frozenset[str]
    category: frozenset[str]
    status: frozenset[str]


@dataclass(frozen=True, slots=True)
class Query:
    """Which designs a grid shows: tags (any or all), categories, statuses and words."""

    tags: Terms = Terms()
    every_tag: bool = False
    category: Terms = Terms()
    status: Terms = Terms()
    words: tuple[str, ...] = ()  # each must occur in the card's text

    @classmethod
    def of(
        cls,
        tags: Iterable[str] = (),
        op: str = "or",
        category: Iterable[str] = (),
        status: Iterable[str] = (),
        text: str = "",
    ) -> Query:
        """A query from its parts as written; any `op` but "and" is "or", as in the URL."""
        words = tuple(dict.fromkeys(fold(text).split(" "))) if fold(text) else ()
        return cls(
            Terms.parse(tags), op == "and", Terms.parse(category), Terms.parse(status), words
        )

    @classmethod
    def from_url(cls, search: str) -> Query:
        """The query of a grid's URL: `?tags=go,!java&op=and&category=..&status=..&text=..`."""
        params = parse_qs(search.removeprefix("?"))

        def first(name: str) -> str:
            return params.get(name, [""])[0]

        return cls.of(
            first("tags").split(","),
            first("op"),
            first("category").split(","),
            first("status").split(","),
            first("text"),
        )

    def __bool__(self) -> bool:
        return bool(self.tags or self.category or self.status or self.words)

    def matches(self, design: Design, names: Names | None = None) -> bool:
        """Whether `design` (answering to `names`, if known) is in the grid this query asks for."""
        names = names or names_of(design)
        return (
            self.tags.allows(names.tags, self.every_tag)
            and self.category.allows(names.category)
            and self.status.allows(names.status)
            and (not self.words or _has_words(search_text(design, names), self.words))
        )

    def select(self, catalog: Catalog) -> list[Design]:
        """The designs of `catalog` this query matches, in grid order."""
        names = catalog.names
        return [d for d in self._candidates(catalog) if self.matches(d, names[d.path])]

    def _candidates(self, catalog: Catalog) -> Iterable[Design]:
        """Designs that may match: through the tag index when tags are wanted, so that a tag
        page costs its own designs, not a scan of the catalog."""
        if not self.tags.include:
            return catalog.designs
        # With "and", a match has the first wanted tag; with "or", any of them.
        wanted = self.tags.include[:1] if self.every_tag else self.tags.include
        keys = {key for name in wanted for key in catalog.tag_names.get(name, ())}
        found = {d.path: d for key in keys for d in catalog.by_tag.get(key, ())}
        return sorted(found.values(), key=lambda d: catalog.position[d.path])


def names_of(design: Design) -> Names:
    """The folded names a query may use for a design's tags, category and status."""
    return Names(
        frozenset(name for tag in design.tags for name in tag.names),
        category_names(design.category) if design.category else frozenset(),
        status_names(design.status) if design.status else frozenset(),
    )


def tag_names(key: str, label: str, slug: str, also: Iterable[str] = ()) -> frozenset[str]:
    """A tag's names: its key, label, slug and `also` (its spellings and aliases)."""
    return frozenset(filter(None, map(fold, [key, label, slug, *also])))


def category_names(category: Category) -> frozenset[str]:
    return frozenset({fold(category.name), fold(category.slug)})


def status_names(status: Status) -> frozenset[str]:
    return frozenset({fold(status.name), fold(status.label)})


def card_texts(design: Design) -> list[str]:
    """The texts a card shows: its title, summary and problem, each cut as a card cuts it."""
    summary, problem = design.summary, design.problem
    shown = [design.title, summary, None if problem == summary else problem]
    return [excerpt(text, CARD_TEXT) for text in shown if text]


def search_text(design: Design, names: Names | None = None) -> str:
    """What a query's words are looked for in: the card's texts and its tags' names."""
    tags = (names or names_of(design)).tags
    return fold(" ".join([*card_texts(design), *sorted(tags)]))


def _has_words(text: str, words: Iterable[str]) -> bool:
    return all(word in text for word in words)
