"""What a site declares about its tags, categories and statuses, checked once per build."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from .problems import OptionsError
from .values import describe

if TYPE_CHECKING:
    from collections.abc import Mapping

    from pydantic_core import ErrorDetails

    from .options import Options

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
# Only values that cannot break out of a CSS declaration: #rgb[a], #rrggbb[aa], or a name.
Color = Annotated[
    str,
    StringConstraints(pattern=r"^(#[0-9a-fA-F]{3,4}|#[0-9a-fA-F]{6}|#[0-9a-fA-F]{8}|[a-zA-Z]+)$"),
]
Icon = Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]+(/[a-z0-9-]+)+$")]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
# A name Material's nav prints as `md-status--NAME`: `new` and `deprecated` (Material's),
# `superseded` and `archived` (arch-cards.css draws them), or one the site's own CSS draws.
NavStatus = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
Policy = Literal["allow", "warn", "error"]


class TagSpec(BaseModel):
    """One entry of the tag registry."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: Text | None = Field(None, description="How the tag is shown; default: its key.")
    description: Text | None = Field(None, description="One line on the tag's page.")
    aliases: list[Text] = Field(default_factory=list, description="Other names: [k8s].")
    group: Text | None = Field(None, description="Where the tag sits on the tags page.")
    color: Color | None = Field(None, description="Chip accent, e.g. '#326ce5'.")
    icon: Icon | None = Field(None, description="A theme icon, e.g. material/kubernetes.")
    slug: Slug | None = Field(None, description="The tag page's URL part.")


class CategorySpec(BaseModel):
    """One entry of the allowed categories, in grid order."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Text
    description: Text | None = None
    color: Color | None = None
    icon: Icon | None = None


class StatusSpec(BaseModel):
    """One lifecycle status."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: Text | None = None
    color: Color | None = None
    retired: bool = Field(False, description="Listed apart from current designs.")
    banner: bool = Field(False, description="Design pages show a banner (with the successor).")
    nav: NavStatus | None = Field(
        None,
        description="The nav's status icon: new, deprecated (Material's), superseded, archived"
        " (arch-cards'), or a name the site's CSS draws as .md-status--NAME.",
    )


# The statuses of the published formats, so that a record written to one of them is never
# "not a known status": Nygard, MADR and Log4brains (draft ... superseded), Material's page
# status (new), and KEP's lifecycle. Only the statuses designs use show as filters.
DEFAULT_STATUSES: dict[str, StatusSpec] = {
    "draft": StatusSpec(label="Draft", color="#757575"),
    "proposed": StatusSpec(label="Proposed", color="#1e88e5"),
    "provisional": StatusSpec(label="Provisional", color="#1e88e5"),
    "implementable": StatusSpec(label="Implementable", color="#00897b"),
    "accepted": StatusSpec(label="Accepted", color="#43a047"),
    "new": StatusSpec(label="New", color="#43a047", nav="new"),
    "implemented": StatusSpec(label="Implemented", color="#2e7d32"),
    "deferred": StatusSpec(label="Deferred", color="#8e8e8e"),
    "deprecated": StatusSpec(label="Deprecated", color="#fb8c00", banner=True, nav="deprecated"),
    "rejected": StatusSpec(label="Rejected", color="#e53935", retired=True),
    "withdrawn": StatusSpec(label="Withdrawn", color="#8e8e8e", retired=True),
    "superseded": StatusSpec(
        label="Superseded", color="#8e8e8e", retired=True, banner=True, nav="superseded"
    ),
    "replaced": StatusSpec(
        label="Replaced", color="#8e8e8e", retired=True, banner=True, nav="superseded"
    ),
}


@dataclass(frozen=True)
class Registry:
    """Checked registry: tag keys and aliases resolved, categories in order."""

    tags: dict[str, TagSpec] = field(default_factory=dict)  # by tag key
    aliases: dict[str, str] = field(default_factory=dict)  # alias key -> tag key
    unknown_tags: Policy = "allow"
    categories: dict[str, CategorySpec] = field(default_factory=dict)  # by casefolded name
    unknown_categories: Policy = "allow"
    statuses: dict[str, StatusSpec] = field(default_factory=lambda: dict(DEFAULT_STATUSES))
    unknown_statuses: Policy = "warn"

    def canonical_tag(self, key: str) -> str:
        """The registry's key for a tag key, following aliases."""
        return self.aliases.get(key, key)

    def category(self, name: str) -> CategorySpec | None:
        return self.categories.get(name.casefold())

    def category_rank(self, name: str | None) -> int:
        """Position of a category in the configured order; unknown ones come after."""
        keys = list(self.categories)
        folded = (name or "").casefold()
        return keys.index(folded) if folded in keys else len(keys)


def registry_of(options: Options) -> Registry:
    """The registry the options declare; OptionsError names each clash of keys, aliases, names."""
    from .tags import tag_key  # not at the top: tags needs designs, which need this module

    tags: dict[str, TagSpec] = {}
    aliases: dict[str, str] = {}
    errors: list[tuple[str, str]] = []
    for name, spec in options.tags.items():
        key = tag_key(name)
        if key in tags:
            errors.append(("tags", f"'{name}' is the same tag as an earlier entry"))
        tags[key] = (spec or TagSpec()).model_copy(update={"label": (spec and spec.label) or name})
    for key, spec in tags.items():
        for alias in spec.aliases:
            alias_key = tag_key(alias)
            if alias_key in tags or aliases.get(alias_key, key) != key:
                errors.append(
                    ("tags", f"alias '{alias}' of '{spec.label}' is already a tag or alias")
                )
            aliases[alias_key] = key
    categories: dict[str, CategorySpec] = {}
    for entry in options.categories:
        category = entry if isinstance(entry, CategorySpec) else CategorySpec(name=entry)
        if category.name.casefold() in categories:
            errors.append(("categories", f"'{category.name}' is listed twice"))
        categories[category.name.casefold()] = category
    # A page's status is matched casefolded: `statuses: {Accepted: ...}` is `status: accepted`.
    statuses: dict[str, StatusSpec] = {}
    for name, status in options.statuses.items():
        if name.casefold() in statuses:
            errors.append(("statuses", f"'{name}' is the same status as an earlier entry"))
        label = (status and status.label) or name
        statuses[name.casefold()] = (status or StatusSpec()).model_copy(update={"label": label})
    if errors:
        raise OptionsError(errors)
    return Registry(
        tags,
        aliases,
        options.unknown_tags,
        categories,
        options.unknown_categories,
        statuses,
        options.unknown_statuses,
    )


def load_registry(raw: Mapping[str, Any]) -> Registry:
    """The registry of options as a config file gives them (tests, tools)."""
    from .options import load_options  # the options' schema is built on this module's specs

    return load_options(raw).registry


_PATTERNS = {
    "color": "a CSS colour such as '#326ce5' or 'teal'",
    "icon": "a theme icon name such as 'material/kubernetes'",
    "slug": "lowercase letters and digits joined by hyphens, such as 'c-sharp'",
    "nav": "a status icon name such as 'superseded', 'archived', 'new' or 'deprecated'",
}
_KINDS = {
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "string_type": "text",
    "string_too_short": "text",
    "list_type": "a list",
}
# Names pydantic puts in an error's location for the branch of a union it tried.
_UNION_BRANCHES = {"TagSpec", "CategorySpec", "StatusSpec", "constrained-str", "str"}


# What an entry of each registry option is: the options whose entries explain_spec explains.
_ENTRIES = {
    "tags": "a tag's entry: a mapping of label, description, aliases, group, color, icon, slug",
    "categories": "a category: a name, or a mapping of name, description, color, icon",
    "statuses": "a status's entry: a mapping of label, color, retired, banner, nav",
}
REGISTRY_OPTIONS = tuple(_ENTRIES)


def explain_spec(option: str, loc: list[str], detail: ErrorDetails) -> str:
    """What is wrong inside a tag's, category's or status's entry: `Go.color: expected ...`."""
    where = [p for p in loc if p not in _UNION_BRANCHES]
    if where[0].isdigit():  # an item of the categories' list
        where[0] = f"item {int(where[0]) + 1}"
    if detail["type"] == "string_pattern_mismatch":
        message = f"expected {_PATTERNS.get(where[-1], 'another value')}"
    elif detail["type"] == "extra_forbidden":
        message = f"not a key of {_ENTRIES[option]}"
    elif len(where) == 1:
        message = f"expected {_ENTRIES[option]}"
    elif detail["type"] == "literal_error":
        message = f"expected {detail.get('ctx', {}).get('expected', 'another value')}"
    else:
        message = (
            f"expected {_KINDS[detail['type']]}" if detail["type"] in _KINDS else detail["msg"]
        )
    return f"{'.'.join(where)}: {message}, got {describe(detail['input'])}"
