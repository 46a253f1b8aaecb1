"""The catalog: frozen designs and tags, built once per build from the design pages' sources."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

import pathspec

from .frontmatter import count_diagrams, first_heading, read_page
from .model import check_meta
from .problems import Problem

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping


class Source(NamedTuple):
    """A page as an adapter hands it over: where it is, what it says, where it will be served."""

    path: str  # relative to docs_dir, forward slashes
    text: str
    url: str  # relative to the site root, e.g. "architecture/order-pipeline/"


@dataclass(frozen=True, slots=True)
class Settings:
    """What the core needs to know from any engine's configuration."""

    designs: tuple[str, ...] = ("architecture/**/*.md",)
    index: str = "architecture/index.md"
    required: tuple[str, ...] = ("category", "summary", "problem")


@dataclass(frozen=True, slots=True, order=True)
class Tag:
    """A technology, however an author spelt it."""

    key: str  # identity: "apache kafka"
    label: str  # shown to readers: "Apache Kafka"
    slug: str  # URL part: "apache-kafka"


@dataclass(frozen=True, slots=True)
class Design:
    """One design page, as a card and a page header show it."""

    path: str
    url: str
    title: str
    category: str | None = None
    summary: str | None = None
    problem: str | None = None
    tags: tuple[Tag, ...] = ()
    diagram: int | None = None  # which Mermaid diagram "View diagram" opens; None: no link
    order: int | None = None
    yaml_broken: bool = False  # MkDocs shows this page's front-matter as text


@dataclass(frozen=True)
class Catalog:
    """All designs of a site, in grid order, with lookups."""

    designs: tuple[Design, ...] = ()
    by_path: Mapping[str, Design] = field(default_factory=dict)

    @property
    def categories(self) -> tuple[str, ...]:
        """Every category in use, in grid order."""
        return tuple(dict.fromkeys(d.category for d in self.designs if d.category))

    @property
    def tags(self) -> tuple[Tag, ...]:
        """Every tag in use, by label."""
        unique = {tag.key: tag for d in self.designs for tag in d.tags}
        return tuple(sorted(unique.values(), key=lambda t: t.label.casefold()))

    def select(self, categories: Iterable[str] = (), tags: Iterable[str] = ()) -> list[Design]:
        """Designs in any of the categories (if given) that carry any of the tags (if given)."""
        wanted_categories = {c.casefold() for c in categories}
        wanted_tags = {tag_key(t) for t in tags}
        return [
            d
            for d in self.designs
            if (not wanted_categories or (d.category or "").casefold() in wanted_categories)
            and (not wanted_tags or any(t.key in wanted_tags for t in d.tags))
        ]


def is_design(path: str, settings: Settings) -> bool:
    """Whether a page is a design: it matches the patterns and is not the index."""
    return path != settings.index and _spec(settings.designs).match_file(path)


def load_catalog(sources: Iterable[Source], settings: Settings) -> tuple[Catalog, list[Problem]]:
    """Read every design page; a design with problems still gets a card from what is valid."""
    drafts = []
    problems: list[Problem] = []
    for source in sources:
        page, found = read_page(source.path, source.text)
        # With broken YAML every field looks missing: the parse error alone is the news.
        meta, invalid = check_meta(page, () if page.yaml_broken else settings.required)
        problems += found + invalid
        diagrams = count_diagrams(page.body)
        if isinstance(meta.diagram, int) and meta.diagram > diagrams:
            message = (
                f"asks for diagram {meta.diagram}, but the page has {diagrams} Mermaid diagrams"
            )
            hint = "use a number from 1 to the count, or delete the field"
            problems.append(Problem(page.path, page.line_of("diagram"), "diagram", message, hint))
        title = meta.title or first_heading(page.body) or _title_from_path(source.path)
        drafts.append((source, page.yaml_broken, meta, title, _diagram(meta.diagram, diagrams)))
    labels = _tag_labels(tag for *_, meta, _, _ in drafts for tag in meta.tags)
    designs = [
        Design(
            path=source.path,
            url=source.url,
            title=title,
            category=meta.category,
            summary=meta.summary,
            problem=meta.problem,
            tags=tuple(dict.fromkeys(labels[tag_key(t)] for t in meta.tags)),
            diagram=diagram,
            order=meta.order,
            yaml_broken=broken,
        )
        for source, broken, meta, title, diagram in drafts
    ]
    designs.sort(key=_grid_order)
    return Catalog(tuple(designs), {d.path: d for d in designs}), problems


def tag_key(name: str) -> str:
    """Identity of a tag: case, spacing and hyphen variants are one tag."""
    # "Apache  Kafka", "apache-kafka " and "APACHE KAFKA" all occur in real front-matter.
    return " ".join(name.replace("-", " ").split()).casefold()


def slugify(text: str) -> str:
    """A URL part: ASCII letters and digits joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _tag_labels(names: Iterable[str]) -> dict[str, Tag]:
    """One Tag per identity, labelled with its most used spelling (ties: first seen)."""
    spellings: dict[str, Counter[str]] = {}
    for name in names:
        spellings.setdefault(tag_key(name), Counter())[" ".join(name.split())] += 1
    return {
        key: Tag(key, counts.most_common(1)[0][0], slugify(key) or "tag")
        for key, counts in spellings.items()
    }


def _diagram(asked: int | bool | None, available: int) -> int | None:
    if asked is False or available == 0:
        return None
    if isinstance(asked, int) and not isinstance(asked, bool) and asked <= available:
        return asked
    return 1


def _grid_order(design: Design) -> tuple[bool, int, str, str]:
    return (design.order is None, design.order or 0, design.title.casefold(), design.path)


def _title_from_path(path: str) -> str:
    # The same fallback MkDocs uses for a page with neither title nor H1.
    name = path.rsplit("/", 1)[-1].removesuffix(".md")
    title = name.replace("-", " ").replace("_", " ")
    return title.capitalize() if title.lower() == title else title


_SPECS: dict[tuple[str, ...], pathspec.GitIgnoreSpec] = {}


def _spec(patterns: tuple[str, ...]) -> pathspec.GitIgnoreSpec:
    if patterns not in _SPECS:
        _SPECS[patterns] = pathspec.GitIgnoreSpec.from_lines(patterns)
    return _SPECS[patterns]
