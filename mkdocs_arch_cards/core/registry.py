"""What a site declares about its tags, categories and statuses, checked once per build."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

if TYPE_CHECKING:
    from collections.abc import Mapping

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
# Only values that cannot break out of a CSS declaration: #rgb[a], #rrggbb[aa], or a name.
Color = Annotated[
    str,
    StringConstraints(pattern=r"^(#[0-9a-fA-F]{3,4}|#[0-9a-fA-F]{6}|#[0-9a-fA-F]{8}|[a-zA-Z]+)$"),
]
Icon = Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]+(/[a-z0-9-]+)+$")]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
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
    nav: Literal["new", "deprecated"] | None = Field(
        None, description="Material's navigation status icon for pages with this status."
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
        label="Superseded", color="#8e8e8e", retired=True, banner=True, nav="deprecated"
    ),
    "replaced": StatusSpec(
        label="Replaced", color="#8e8e8e", retired=True, banner=True, nav="deprecated"
    ),
}


def _default_statuses() -> dict[str, StatusSpec | None]:
    return dict(DEFAULT_STATUSES)


class RegistryConfig(BaseModel):
    """The registry part of a site's configuration, engine-independent."""

    model_config = ConfigDict(extra="forbid")

    tags: dict[Text, TagSpec | None] = Field(default_factory=dict)
    unknown_tags: Policy = "allow"
    categories: list[Text | CategorySpec] = Field(default_factory=list)
    unknown_categories: Policy = "allow"
    statuses: dict[Text, StatusSpec | None] = Field(default_factory=lambda: _default_statuses())
    unknown_statuses: Policy = "warn"


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


def registry_options(options: Mapping[str, Any]) -> dict[str, Any]:
    """The registry's part of the plugin's options, as load_registry takes them."""
    return {
        name: options[name]
        for name in RegistryConfig.model_fields
        if name in options and options[name] is not None
    }


class RegistryError(ValueError):
    """The configured registry cannot be used; the message lists every reason."""


def load_registry(raw: dict[str, Any], key_of: Any) -> Registry:
    """Check a registry configuration; `key_of` is tag identity (catalog.tag_key)."""
    try:
        config = RegistryConfig.model_validate(raw)
    except ValidationError as error:
        raise RegistryError(_explain(error)) from None
    tags: dict[str, TagSpec] = {}
    aliases: dict[str, str] = {}
    errors: list[str] = []
    for name, spec in config.tags.items():
        key = key_of(name)
        if key in tags:
            errors.append(f"tags: '{name}' is the same tag as an earlier entry")
        tags[key] = (spec or TagSpec()).model_copy(update={"label": (spec and spec.label) or name})
    for key, spec in tags.items():
        for alias in spec.aliases:
            alias_key = key_of(alias)
            if alias_key in tags or aliases.get(alias_key, key) != key:
                errors.append(f"tags: alias '{alias}' of '{spec.label}' is already a tag or alias")
            aliases[alias_key] = key
    categories: dict[str, CategorySpec] = {}
    for entry in config.categories:
        category = entry if isinstance(entry, CategorySpec) else CategorySpec(name=entry)
        if category.name.casefold() in categories:
            errors.append(f"categories: '{category.name}' is listed twice")
        categories[category.name.casefold()] = category
    # A page's status is matched casefolded: `statuses: {Accepted: ...}` is `status: accepted`.
    statuses: dict[str, StatusSpec] = {}
    for name, status in config.statuses.items():
        if name.casefold() in statuses:
            errors.append(f"statuses: '{name}' is the same status as an earlier entry")
        label = (status and status.label) or name
        statuses[name.casefold()] = (status or StatusSpec()).model_copy(update={"label": label})
    if errors:
        raise RegistryError("; ".join(errors))
    return Registry(
        tags,
        aliases,
        config.unknown_tags,
        categories,
        config.unknown_categories,
        statuses,
        config.unknown_statuses,
    )


_PATTERNS = {
    "color": "a CSS colour such as '#326ce5' or 'teal'",
    "icon": "a theme icon name such as 'material/kubernetes'",
    "slug": "lowercase letters and digits joined by hyphens, such as 'c-sharp'",
}


# Names pydantic puts in an error's location for the branch of a union it tried.
_UNION_BRANCHES = {"TagSpec", "CategorySpec", "StatusSpec", "constrained-str", "str"}


def _explain(error: ValidationError) -> str:
    parts = []
    for detail in error.errors():
        loc = [str(p) for p in detail["loc"] if str(p) not in _UNION_BRANCHES]
        message = detail["msg"]
        if detail["type"] == "string_pattern_mismatch":
            message = f"expected {_PATTERNS.get(loc[-1], 'another value')}"
        parts.append(f"{'.'.join(loc)}: {message}, got {detail['input']!r}")
    return "; ".join(dict.fromkeys(parts))
