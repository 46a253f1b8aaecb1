"""The plugin's options: each declared once, with its type, default and doc; validated once.

Every adapter (the MkDocs plugin, the CLI, Zensical's) hands `load_options` what the site's
config file says under `arch-cards`, and gets the same values, or the same one line per
wrong option.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .model import FIELDS

# pydantic reads these annotations when it builds the model: imported at runtime.
from .option_values import Count, Defaults, FieldName, Fields, SiteFile, UIStrings  # noqa: TC001
from .ordering import Sort
from .page_paths import OptionalPage, Page, TagPage, pages_of
from .problems import OptionsError
from .registry import (
    DEFAULT_STATUSES,
    REGISTRY_OPTIONS,
    CategorySpec,
    Policy,
    Registry,
    StatusSpec,
    TagSpec,
    Text,
    explain_spec,
    registry_of,
)
from .values import describe

if TYPE_CHECKING:
    from collections.abc import Mapping

SlugStyle = Literal["default", "unicode"]
UnknownPolicy = Literal["near", "warn", "ignore"]
ProblemLevel = Literal["warn", "info"]
DiagramTags = Literal["off", "warn"]
UNKNOWN = "Unrecognised configuration name: {name}"  # MkDocs' words, so both say the same


def _option(default: Any, expected: str, doc: str) -> Any:
    """An option's default, what a wrong value is told it should be, and the line in the docs."""
    return Field(
        default, description=" ".join(doc.split()), json_schema_extra={"expected": expected}
    )


def _one_of(choices: Any) -> str:
    return "one of: " + ", ".join(getattr(choices, "__args__", choices))


class Options(BaseModel):
    """Every option under `plugins: - arch-cards:`, in the order the docs list them."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    designs: list[Annotated[str, Field(min_length=1)]] = _option(
        ["architecture/**/*.md"],
        "a list of patterns, e.g. [architecture/**/*.md]",
        """Which pages are designs: gitignore-style patterns, relative to docs_dir. The index
        page is never a design; a `!pattern` excludes pages.""",
    )
    index: Page = _option(
        "architecture/index.md",
        "a page path such as 'architecture/index.md'",
        """The page that shows the whole grid. Generated when docs_dir has no page at its URL;
        a page there without a marker gets the grid at its end.""",
    )
    title: str | None = _option(
        None,
        "text",
        "The heading of a generated index page; default: `index_title` in the site's language.",
    )
    subtitle: str = _option("", "text", "The line under the heading of a generated index page.")
    required: list[FieldName] | None = _option(
        None,
        f"a list of fields, from: {', '.join(FIELDS)}",
        """Front-matter fields every design must have. `title` is met by a `# Heading` too.
        Unset: category, summary and problem, for a page whose front-matter sets any of them.""",
    )
    fields: Fields = _option(
        {},
        "a mapping of fields to front-matter keys or headings, e.g. {summary: description}",
        """Where a field comes from when the page does not set it: another front-matter key
        (`summary: description`) or the first paragraph under a heading
        (`problem: "## Context and Problem Statement"`).""",
    )
    tags: dict[Text, TagSpec | None] = _option(
        {},
        "a mapping of tag names to their label, description, aliases, group, color, icon, slug",
        "The tag registry: label, description, aliases, group, color, icon and slug per tag.",
    )
    unknown_tags: Policy = _option(
        "allow",
        _one_of(Policy),
        "What a tag missing from a non-empty registry gets: nothing, a warning, or a refusal.",
    )
    categories: list[Text | CategorySpec] = _option(
        [],
        "a list of category names or {name, description, color, icon}",
        "Allowed categories in grid order: names, or {name, description, color, icon}.",
    )
    unknown_categories: Policy = _option(
        "allow",
        _one_of(Policy),
        "What a category missing from a non-empty `categories` list gets.",
    )
    statuses: dict[Text, StatusSpec | None] = _option(
        dict(DEFAULT_STATUSES),
        "a mapping of status names to their label, color, retired, banner, nav",
        """Lifecycle statuses with label, color, retired, banner and nav; default: the
        published formats' (Nygard, MADR, Log4brains, Material's new, KEP's lifecycle).""",
    )
    unknown_statuses: Policy = _option(
        "warn", _one_of(Policy), "What a status missing from `statuses` gets."
    )
    review_after: Count | None = _option(
        None,
        "a whole number of days, 0 or more",
        "Days after which a design's last review (`reviewed`, else `date`) is stale.",
    )
    related: Count = _option(
        5,
        "a whole number, 0 or more",
        "How many related designs end each design page; 0 for none.",
    )
    tag_page: TagPage | None = _option(
        None,
        "a page path with '{slug}', e.g. 'architecture/tags/{slug}.md'",
        """Where each tag page is generated. `{slug}` is the tag's slug. Default:
        `tags/{slug}.md` in the index's folder (architecture/tags/{slug}.md).""",
    )
    tags_page: Page | None = _option(
        None,
        "a page path such as 'architecture/tags/index.md'",
        """Where the page listing every tag is generated, when a design has a tag. Default:
        `tags/index.md` in the index's folder.""",
    )
    categories_page: Page | None = _option(
        None,
        "a page path such as 'architecture/categories.md'",
        """Where the page listing every category is generated, when a design has a category.
        Default: `categories.md` in the index's folder.""",
    )
    review_page: Page | None = _option(
        None,
        "a page path such as 'architecture/review.md'",
        """Where the page listing stale designs is generated (with `review_after` set).
        Default: `review.md` in the index's folder.""",
    )
    timeline_page: OptionalPage | None = _option(
        None,
        "a page path such as 'architecture/timeline.md', or '' for none",
        """Where the decision timeline is generated, when a design has a date: designs by
        year, each supersession chain as one line. Default: `timeline.md` in the index's
        folder; an empty string for no timeline page.""",
    )
    slugify: SlugStyle = _option(
        "default",
        _one_of(SlugStyle),
        """How tags and categories get URL parts: `default` folds Latin accents (Café: cafe)
        and keeps other scripts' letters (Москва: москва); `unicode` keeps every letter
        (café).""",
    )
    export: str | None = _option(
        None,
        "a file path in the site, e.g. catalog.json, or '' for none",
        """Where the machine-readable catalog is written in the site; default: catalog.json.
        Set it to an empty string for no export.""",
    )
    llms_txt: SiteFile | None = _option(
        None,
        "a file path in the site, e.g. llms.txt, or '' for none",
        """Where llms.txt is written in the site, and each design's Markdown in its folder;
        default: llms.txt. Set it to an empty string for neither.""",
    )
    unknown_fields: UnknownPolicy = _option(
        "near",
        _one_of(UnknownPolicy),
        """Front-matter keys arch-cards does not read: report only near misses of its own
        fields (`sumary`), every one (`warn`), or none. Keys of published record formats
        (`reviewers`, `deciders`, `see-also`, ...) and keys mapped in `fields` are never near
        misses.""",
    )
    problems: ProblemLevel = _option(
        "warn",
        _one_of(ProblemLevel),
        """How problems in design pages are logged: as warnings (`--strict` fails), or as INFO
        lines (reported, the build does not fail). Values the config refuses still stop it.""",
    )
    sort: Sort = _option(
        "order",
        _one_of(Sort),
        """The generated index's order: `order` (then title), title, date (newest first),
        number (the record's: 0007-x.md, ADR-0012), status (as `statuses` lists them) or
        category.""",
    )
    defaults: Defaults = _option(
        {},
        "a mapping of folders to fields, e.g. {architecture/security/: {category: Security}}",
        """What a folder gives the pages under it, unless a page says otherwise: category,
        status, owner, tags, e.g. `architecture/security/: {category: Security}`; the deepest
        folder wins.""",
    )
    skip_templates: bool = _option(
        True,
        "true or false",
        """A page named as a template for new records (adr-template.md, 0000-template.md,
        NNNN-kep-template/README.md, a templates/ folder) is built, but is no design: no card,
        no problems. False reads it as a design when `designs` matches it.""",
    )
    category_from_folder: bool = _option(
        False,
        "true or false",
        """A design without a category takes the name of its first folder under the designs'
        root (keps/sig-network/1234-x/README.md: sig-network); `defaults` can name it
        otherwise.""",
    )
    mermaid: bool = _option(
        True,
        "true or false",
        """Serve the pinned Mermaid with the site and load it on pages that draw a diagram,
        after an instant navigation too, so no diagram asks a CDN. False leaves Mermaid to the
        theme, mkdocs-mermaid2 or the site's own script.""",
    )

    language: str | None = _option(
        None,
        "a language code such as 'de' or 'pt-BR'",
        """The language of the text the plugin adds to pages; default: the theme's `language`.
        English where the catalog has no such language or key.""",
    )
    strings: UIStrings = _option(
        {},
        "a mapping of string keys to text, e.g. {problem: Why we built it}",
        """The site's own text for any string the plugin adds (keys: docs/reference/strings.md),
        e.g. `problem: Why we built it`; a count's plural forms as `{one: ..., other: ...}`.""",
    )

    diagram_tags: DiagramTags = _option(
        "off",
        _one_of(DiagramTags),
        """`warn`: a tag a design's Mermaid diagram names and its `tags` omit is a problem
        (needs the `diagrams` extra).""",
    )

    @model_validator(mode="after")
    def _pages_differ(self) -> Options:
        seen: dict[str, str] = {}
        for name, path in pages_of(self).items():
            if name != "tag_page" and path and (other := seen.setdefault(path, name)) != name:
                raise ValueError(
                    f"{name}: expected a page other than {other}'s, got {describe(path)}"
                )
        return self


OPTION_NAMES = tuple(Options.model_fields)


class Loaded(NamedTuple):
    """The options as every adapter takes them: checked values, the registry, warnings."""

    options: Options
    registry: Registry
    warnings: tuple[tuple[str, str], ...] = ()  # (option, message): an unknown option


def load_options(raw: Mapping[str, Any]) -> Loaded:
    """Check the options as a site's config file gives them; OptionsError lists every wrong one.

    An option set to nothing (`related:`, `!ENV` of an unset variable) is unset.
    """
    given = {name: value for name, value in raw.items() if value is not None}
    warnings = tuple((str(n), UNKNOWN.format(name=n)) for n in given if n not in OPTION_NAMES)
    try:
        options = Options.model_validate({n: v for n, v in given.items() if n in OPTION_NAMES})
    except ValidationError as error:
        raise OptionsError(explain(error)) from None
    return Loaded(options, registry_of(options), warnings)


def _expected(name: str) -> str:
    extra = Options.model_fields[name].json_schema_extra
    return str(extra["expected"]) if isinstance(extra, dict) else "another value"


def options_schema() -> dict[str, Any]:
    """The JSON Schema of the options, for editors that complete mkdocs.yml."""
    found = Options.model_json_schema()
    found["title"] = "mkdocs-arch-cards options"
    return found


def explain(error: ValidationError) -> list[tuple[str, str]]:
    """One (option, message) per wrong option, saying what was expected and what was given."""
    found: dict[str, str] = {}
    # The deepest first: of a union's branches, the one that got furthest says most.
    for detail in sorted(error.errors(), key=lambda d: -len(d["loc"])):
        loc = [str(p) for p in detail["loc"]]
        if not loc:  # a model validator's: it names its option itself
            name, _, message = str(detail["ctx"]["error"]).partition(": ")
        elif detail["type"] == "value_error":
            name, message = loc[0], str(detail["ctx"]["error"])
        elif loc[0] in REGISTRY_OPTIONS and len(loc) > 1:
            name, message = loc[0], explain_spec(loc[0], loc[1:], detail)
        else:
            name = loc[0]
            message = f"expected {_expected(name)}, got {describe(detail['input'])}"
        found.setdefault(name, message)
    return list(found.items())
