"""The plugin's options in mkdocs.yml, each documented where it is declared."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

from ..core.model import FIELDS
from ..core.ordering import SORTS
from ..core.tags import SLUG_STYLES


class ArchCardsConfig(Config):
    """Options under `plugins: - arch-cards:`."""

    designs = c.ListOfItems(c.Type(str), default=["architecture/**/*.md"])
    """Which pages are designs: gitignore-style patterns, relative to docs_dir. The index page
    is never a design; a `!pattern` excludes pages."""

    index = c.Type(str, default="architecture/index.md")
    """The page that shows the whole grid. Generated when docs_dir has no page at its URL; a
    page there without a marker gets the grid at its end."""

    title = c.Type(str, default="Architecture")
    """The heading of a generated index page."""

    subtitle = c.Type(str, default="")
    """The line under the heading of a generated index page."""

    required = c.Optional(c.ListOfItems(c.Choice(FIELDS)))
    """Front-matter fields every design must have. `title` is met by a `# Heading` too.
    Unset: category, summary and problem, for a page whose front-matter sets any of them."""

    fields = c.Type(dict, default={})
    """Where a field comes from when the page does not set it: another front-matter key
    (`summary: description`) or the first paragraph under a heading
    (`problem: "## Context and Problem Statement"`)."""

    tags = c.Type(dict, default={})
    """The tag registry: label, description, aliases, group, color, icon and slug per tag."""

    unknown_tags = c.Choice(("allow", "warn", "error"), default="allow")
    """What a tag missing from a non-empty registry gets: nothing, a warning, or a refusal."""

    categories = c.Type(list, default=[])
    """Allowed categories in grid order: names, or {name, description, color, icon}."""

    unknown_categories = c.Choice(("allow", "warn", "error"), default="allow")
    """What a category missing from a non-empty `categories` list gets."""

    statuses = c.Optional(c.Type(dict))
    """Lifecycle statuses with label, color, retired, banner and nav; default: the published
    formats' (Nygard, MADR, Log4brains, Material's new, KEP's lifecycle)."""

    unknown_statuses = c.Choice(("allow", "warn", "error"), default="warn")
    """What a status missing from `statuses` gets."""

    review_after = c.Optional(c.Type(int))
    """Days after which a design's last review (`reviewed`, else `date`) is stale."""

    related = c.Type(int, default=5)
    """How many related designs end each design page; 0 for none."""

    tag_page = c.Optional(c.Type(str))
    """Where each tag page is generated. `{slug}` is the tag's slug. Default: `tags/{slug}.md`
    in the index's folder (architecture/tags/{slug}.md)."""

    tags_page = c.Optional(c.Type(str))
    """Where the page listing every tag is generated, when a design has a tag. Default:
    `tags/index.md` in the index's folder."""

    categories_page = c.Optional(c.Type(str))
    """Where the page listing every category is generated, when a design has a category.
    Default: `categories.md` in the index's folder."""

    slugify = c.Choice(SLUG_STYLES, default="default")
    """How tags and categories get URL parts: `default` folds Latin accents (Café: cafe) and
    keeps other scripts' letters (Москва: москва); `unicode` keeps every letter (café)."""

    export = c.Optional(c.Type(str))
    """Where the machine-readable catalog is written in the site; default: catalog.json.
    Set it to an empty string for no export."""

    review_page = c.Optional(c.Type(str))
    """Where the page listing stale designs is generated (with `review_after` set). Default:
    `review.md` in the index's folder."""

    unknown_fields = c.Choice(("near", "warn", "ignore"), default="near")
    """Front-matter keys arch-cards does not read: report only near misses of its own fields
    (`sumary`), every one (`warn`), or none. Keys of published record formats (`reviewers`,
    `deciders`, `see-also`, ...) and keys mapped in `fields` are never near misses."""

    problems = c.Choice(("warn", "info"), default="warn")
    """How problems in design pages are logged: as warnings (`--strict` fails), or as INFO
    lines (reported, the build does not fail). Values the config refuses still stop it."""

    sort = c.Choice(SORTS, default="order")
    """The generated index's order: `order` (then title), title, date (newest first), number
    (the record's: 0007-x.md, ADR-0012), status (as `statuses` lists them) or category."""

    defaults = c.Type(dict, default={})
    """What a folder gives the pages under it, unless a page says otherwise: category, status,
    owner, tags, e.g. `architecture/security/: {category: Security}`; the deepest folder wins."""

    skip_templates = c.Type(bool, default=True)
    """A page named as a template for new records (adr-template.md, 0000-template.md,
    NNNN-kep-template/README.md, a templates/ folder) is built, but is no design: no card, no
    problems. False reads it as a design when `designs` matches it."""

    category_from_folder = c.Type(bool, default=False)
    """A design without a category takes the name of its first folder under the designs' root
    (keps/sig-network/1234-x/README.md: sig-network); `defaults` can name it otherwise."""
