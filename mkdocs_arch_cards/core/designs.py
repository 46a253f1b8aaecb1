"""The catalog's values: designs, categories, statuses and the catalog, frozen once built."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from .adopt import field_map
from .folders import folder_defaults
from .i18n import Strings
from .options import Options
from .ordering import natural_key
from .page_paths import pages_of
from .query import names_of
from .registry import Registry

if TYPE_CHECKING:
    from collections.abc import Mapping
    from collections.abc import Set as AbstractSet

    from .adopt import FieldMap
    from .folders import Defaults
    from .query import Names
    from .tags import Tag
    from .unknown import UnknownFields


_DEFAULT = Options()
_PAGES = pages_of(_DEFAULT)

# Required by default, of a page written to our contract: one whose front-matter sets any of
# them. A record adopted from another format (MADR, Nygard, KEP, a blog post) sets none.
CONTRACT = ("category", "summary", "problem")


class Source(NamedTuple):
    """A page as an adapter hands it over: where it is, what it says, where it will be served."""

    path: str  # relative to docs_dir, forward slashes
    text: str
    url: str  # relative to the site root, e.g. "architecture/order-pipeline/"
    nav_title: str | None = None  # the title the site's `nav:` gives the page


@dataclass(frozen=True, slots=True)
class Settings:
    """What the core needs to know from any engine's configuration."""

    designs: tuple[str, ...] = tuple(_DEFAULT.designs)
    index: str = _DEFAULT.index
    required: tuple[str, ...] | None = None  # None: CONTRACT, for pages written to it
    tag_page: str = _PAGES["tag_page"]
    tags_page: str = _PAGES["tags_page"]
    categories_page: str = _PAGES["categories_page"]
    review_page: str = _PAGES["review_page"]
    timeline_page: str = _PAGES["timeline_page"]  # "": none
    review_after: int | None = _DEFAULT.review_after  # days; None: no review policy
    related: int = _DEFAULT.related
    include_drafts: bool = False  # True while serving
    directory_urls: bool = True
    today: datetime.date = field(default_factory=datetime.date.today)
    fields: FieldMap = ()  # (field, source): a front-matter key, or a "## Heading"
    unknown_fields: UnknownFields = _DEFAULT.unknown_fields  # which unknown keys are reported
    docs_dir: str = "docs"  # docs_dir from the folder of mkdocs.yml: for repository-root paths
    sort: str = _DEFAULT.sort  # the generated index's order, one of ordering.SORTS
    defaults: Defaults = ()  # what a folder gives its pages
    category_from_folder: bool = _DEFAULT.category_from_folder  # the designs' root's folders
    skip_templates: bool = _DEFAULT.skip_templates  # a template for new records is no design
    slugify: str = _DEFAULT.slugify  # how tags' and categories' URL parts keep letters
    diagram_tags: str = _DEFAULT.diagram_tags  # "warn": a diagram names a tag `tags` omit
    strings: Strings = field(default_factory=Strings)  # the text added to pages, and its language
    url_folder: str = ""  # the folder of this build's pages: mkdocs-static-i18n's "fr/"

    @classmethod
    def from_options(cls, options: Options, language: str | None = None, **given: Any) -> Settings:
        """Settings from the checked options (options.load_options), and what the engine says
        (`language`: the theme's)."""
        taken = {
            n: getattr(options, n) for n in cls.__dataclass_fields__ if n in Options.model_fields
        }
        taken.update(
            designs=tuple(options.designs),
            required=None if options.required is None else tuple(options.required),
            fields=field_map(options.fields),
            defaults=folder_defaults(options.defaults),
            **pages_of(options),
            strings=Strings(options.language or language or "en", dict(options.strings)),
        )
        return cls(**{**taken, **given})

    def required_of(self, written: AbstractSet[str]) -> tuple[str, ...]:
        """The fields a page must have, given the keys its own front-matter writes."""
        if self.required is not None:
            return self.required  # set in mkdocs.yml: every design
        return CONTRACT if not written.isdisjoint(CONTRACT) else ()

    def is_tag_page(self, path: str) -> bool:
        """Whether `path` is where `tag_page` puts some tag's page."""
        before, _, after = self.tag_page.partition("{slug}")
        return path.startswith(before) and path.endswith(after) and path != self.tags_page

    def url_of(self, path: str) -> str:
        """The URL (from the site root) that a page at `path` is served at."""
        stem = self.url_folder + path.removesuffix(".md")
        name = stem.rsplit("/", 1)[-1]
        if name in ("index", "README"):
            # As MkDocs' File.url: a folder's index is the folder only with directory URLs.
            folder = stem[: -len(name)]
            return folder if self.directory_urls else f"{folder}index.html"
        return f"{stem}/" if self.directory_urls else f"{stem}.html"


@dataclass(frozen=True, slots=True)
class Category:
    """A category, with what the site's config says about it."""

    name: str
    slug: str
    description: str | None = None
    color: str | None = None
    icon: str | None = None


@dataclass(frozen=True, slots=True)
class Status:
    """A lifecycle status, with what the site's config says about it."""

    name: str
    label: str
    color: str | None = None
    retired: bool = False
    banner: bool = False
    nav: str | None = None


@dataclass(frozen=True, slots=True)
class Design:
    """One design page, as a card and a page header show it."""

    path: str
    url: str
    title: str
    number: int | None = None  # the record's number: 0007-x.md, ADR-0012, kep-number
    category: Category | None = None
    summary: str | None = None
    problem: str | None = None
    tags: tuple[Tag, ...] = ()
    diagram: int | None = None  # which Mermaid diagram "View diagram" opens; None: no link
    order: int | None = None
    status: Status | None = None
    date: datetime.date | None = None
    owner: str | None = None
    reviewed: datetime.date | None = None
    needs_review: bool = False
    supersedes: tuple[str, ...] = ()
    superseded_by: str | None = None
    related: tuple[str, ...] = ()  # paths, best first
    draft: bool = False
    yaml_broken: bool = False  # MkDocs shows this page's front-matter as text
    successor_link: str | None = None  # an http(s) address superseded_by names
    related_links: tuple[str, ...] = ()  # http(s) addresses `related` names
    from_body: frozenset[str] = frozenset()  # fields the page's body says: not repeated above it


@dataclass(frozen=True)
class Catalog:
    """All designs of a site, in grid order, with lookups."""

    designs: tuple[Design, ...] = ()
    settings: Settings = field(default_factory=Settings)
    registry: Registry = field(default_factory=Registry)
    drafts: frozenset[str] = frozenset()  # every draft page, shown or not
    # Indexes, built once, so that a tag page costs its own designs, not a scan of all.
    by_path: Mapping[str, Design] = field(init=False, repr=False, compare=False)
    by_tag: Mapping[str, tuple[Design, ...]] = field(init=False, repr=False, compare=False)
    position: Mapping[str, int] = field(init=False, repr=False, compare=False)
    tags: tuple[Tag, ...] = field(init=False, repr=False, compare=False)
    """Every tag in use, by label."""
    tag_names: Mapping[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)
    """Tag keys by each name a query may use for them (query.fold: label, slug, alias...)."""
    names: Mapping[str, Names] = field(init=False, repr=False, compare=False)
    """Each design's folded names (query.names_of), by path: every query and card reads them."""
    _tag_urls: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_tag: dict[str, list[Design]] = {}
        found: dict[str, Tag] = {}
        for design in self.designs:
            for tag in design.tags:
                by_tag.setdefault(tag.key, []).append(design)
                found[tag.key] = tag
        set_ = object.__setattr__
        set_(self, "by_path", {d.path: d for d in self.designs})
        set_(self, "by_tag", {key: tuple(designs) for key, designs in by_tag.items()})
        set_(self, "position", {d.path: i for i, d in enumerate(self.designs)})
        set_(self, "tags", tuple(sorted(found.values(), key=lambda t: natural_key(t.label))))
        names: dict[str, list[str]] = {}
        for key, tag in found.items():
            for name in tag.names:
                names.setdefault(name, []).append(key)
        set_(self, "tag_names", {name: tuple(keys) for name, keys in names.items()})
        set_(self, "names", {d.path: names_of(d) for d in self.designs})
        set_(self, "_tag_urls", {})

    @property
    def categories(self) -> tuple[Category, ...]:
        """Every category in use, in the configured order, then as first met."""
        unique = {d.category.slug: d.category for d in self.designs if d.category}
        return tuple(sorted(unique.values(), key=lambda c: self.registry.category_rank(c.name)))

    def with_tag(self, tag: Tag) -> tuple[Design, ...]:
        return self.by_tag.get(tag.key, ())

    def tag_url(self, tag: Tag) -> str:
        # Asked for by every chip and diagram node that names a tag: made once per tag.
        if (url := self._tag_urls.get(tag.slug)) is None:
            url = self.settings.url_of(self.settings.tag_page.format(slug=tag.slug))
            self._tag_urls[tag.slug] = url
        return url

    def category_url(self, category: Category) -> str:
        return f"{self.settings.url_of(self.settings.categories_page)}#{category.slug}"

    def stale(self) -> list[Design]:
        """Designs due for review, oldest review first."""
        due = [d for d in self.designs if d.needs_review]
        return sorted(
            due, key=lambda d: (d.reviewed or d.date or datetime.date.min, natural_key(d.title))
        )
