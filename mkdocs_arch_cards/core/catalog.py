"""Build the catalog once per build: read each design page, check it, relate the designs."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any, NamedTuple

from .adopt import adopt, as_written, record_numbers, superseded_by_status
from .cards import CARD_CHIPS  # not from render: reading a catalog needs no Jinja
from .collector import collector_paused
from .designs import CONTRACT, Catalog, Category, Design, Settings, Source, Status
from .fences import count_diagrams
from .folders import defaults_for, design_roots
from .frontmatter import read_page
from .model import DesignMeta, check_meta
from .ordering import grid_order, record_number
from .places import made_page, matches_designs, reserved_slugs, template_page
from .problems import Problem
from .registry import DEFAULT_STATUSES, Registry, StatusSpec
from .relations import References, check_references, rank_related
from .tags import Tag, category_key, make_categories, make_tags, tag_key
from .titles import title_from_path

# More tags than this on one page is a warning: no reader scans them, every tag page shows them.
MANY_TAGS = 50

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable

    from .adopt import FieldMap, Records
    from .frontmatter import Page
    from .i18n import Strings

__all__ = [
    "CONTRACT",
    "Catalog",
    "Category",
    "Design",
    "Settings",
    "Source",
    "Status",
    "is_design",
    "load_catalog",
    "tag_key",
]


def is_design(path: str, settings: Settings) -> bool:
    """Whether a page is a design: it matches the patterns, is no page the plugin makes, and
    is no template for new records (adr-template.md), unless `skip_templates` is off."""
    if settings.skip_templates and template_page(path):
        return False
    return not made_page(path, settings) and matches_designs(path, settings)


class _Draft(NamedTuple):
    source: Source
    page: Page
    meta: DesignMeta
    title: str
    diagram: int | None


@collector_paused()  # it makes thousands of objects that live for the build
def load_catalog(
    sources: Iterable[Source],
    settings: Settings,
    registry: Registry | None = None,
    kept: dict[Any, Any] | None = None,
) -> tuple[Catalog, list[Problem]]:
    """Read every design page; a design with problems still gets a card from what is valid.

    `kept`: the last call's work (serve): a page is read again only if its source changed.
    """
    registry, kept = registry or Registry(), {} if kept is None else kept
    sources = list(sources)
    records, problems = record_numbers(s.path for s in sources)
    read = _kept_reads(kept, settings, records)
    drafts: list[_Draft] = []
    draft_paths = set()
    for source in sources:
        last = read.get(source.path)
        if last is not None and last[0] == source:
            draft, found = last[1], list(last[2])
        else:
            draft, found = _read(source, settings, records)
            read[source.path] = (source, draft, list(found))
        if draft.meta.draft:
            draft_paths.add(source.path)
            if not settings.include_drafts:
                continue  # a draft leaves no trace in a build: no card, tag or relation
        drafts.append(draft)
        problems += found
    for gone in read.keys() - {s.path for s in sources}:
        del read[gone]
    uses = [
        (d.page.path, name, d.page.line_of("tags", i))
        for d in drafts
        for i, name in enumerate(d.meta.tags)
    ]
    tags, tag_problems = make_tags(uses, registry, reserved_slugs(settings), settings.slugify)
    problems += [p for d in drafts if (p := _too_many_tags(d))]
    named = [(d.page.path, d.meta.category, d.page.line_of("category")) for d in drafts]
    categories, category_problems = make_categories(named, registry, settings.slugify)
    problems += category_problems
    designs = [_design(d, tags, categories, registry, settings, problems) for d in drafts]
    designs.sort(key=grid_order)
    ranks = kept.setdefault("ranked", {})
    designs, reference_problems = _relate(designs, drafts, settings, draft_paths, ranks)
    catalog = Catalog(tuple(designs), settings, registry, frozenset(draft_paths))
    pages = {d.page.path: d.page for d in drafts}
    problems += tag_problems + reference_problems
    return catalog, [as_written(p, pages[p.path]) if p.path in pages else p for p in problems]


def _kept_reads(
    kept: dict[Any, Any], settings: Settings, records: Records
) -> dict[str, tuple[Source, _Draft, list[Problem]]]:
    """The pages read last time, by path, if read with these settings and record numbers."""
    # A page's reading depends on them: its successor by number, its folder's defaults.
    key = (settings, sorted((where, tuple(paths)) for where, paths in records.items()))
    if kept.get("key") != key:
        kept.clear()
        kept.update(key=key, read={})
    read: dict[str, tuple[Source, _Draft, list[Problem]]] = kept["read"]
    return read


def _read(source: Source, settings: Settings, records: Records) -> tuple[_Draft, list[Problem]]:
    page, found = read_page(source.path, source.text)
    written = page.meta.keys()  # the page's own keys, before any mapping or folder default
    page, adopted = adopt(page, settings.fields, records, source.nav_title)
    found += adopted
    roots = design_roots(settings.designs) if settings.category_from_folder else None
    if given := defaults_for(page.path, settings.defaults, roots):  # the page's own win
        page = replace(page, meta={**given, **page.meta})
    named = {p.field for p in adopted}
    reported = named | {name for name, key in page.read_from.items() if key in named}
    # With broken YAML every field looks missing: the parse error alone is the news.
    required = () if page.yaml_broken else settings.required_of(written)
    read = {source for _, source in settings.fields if not source.startswith("#")}
    read |= set(page.read_from.values())
    meta, invalid = check_meta(page, required, reported, read, settings.unknown_fields)
    invalid = [_sectioned(p, settings.fields) for p in invalid]
    diagrams = count_diagrams(page.body)
    if isinstance(meta.diagram, int) and meta.diagram > diagrams:
        message = f"asks for diagram {meta.diagram}, but the page has {diagrams} Mermaid diagrams"
        hint = "use a number from 1 to the count, or delete the field"
        invalid.append(Problem(page.path, page.line_of("diagram"), "diagram", message, hint))
    title = meta.title or title_from_path(source.path)  # adopt() took nav title or H1 if any
    return _Draft(source, page, meta, title, _diagram(meta.diagram, diagrams)), found + invalid


def _sectioned(problem: Problem, fields: FieldMap) -> Problem:
    """A missing field that is read from a heading: the hint names the section to write."""
    heading = dict(fields).get(problem.field, "")
    if not heading.startswith("#") or not problem.message.startswith("is required but missing"):
        return problem
    message = f"is required but the page has no '{heading}' section with text"
    hint = f"write the section's first paragraph, or add `{problem.field}: ...` to the front-matter"
    return replace(problem, message=message, hint=hint)


def _too_many_tags(draft: _Draft) -> Problem | None:
    count = len(dict.fromkeys(tag_key(t) for t in draft.meta.tags))
    if count <= MANY_TAGS:
        return None
    message = f"has {count} tags; cards show the first {CARD_CHIPS}, the page itself all of them"
    hint = "keep the technologies that tell this design apart, most telling first"
    return Problem(draft.page.path, draft.page.line_of("tags"), "tags", message, hint)


def _design(
    draft: _Draft,
    tags: dict[str, Tag],
    categories: dict[str, Category],
    registry: Registry,
    settings: Settings,
    problems: list[Problem],
) -> Design:
    meta, page = draft.meta, draft.page
    category = None
    if meta.category:
        spec = registry.category(meta.category)
        if spec is None and registry.categories:
            known = ", ".join(c.name for c in registry.categories.values())
            problems += Problem.unlisted(
                page.path,
                page.line_of("category"),
                "category",
                f"'{meta.category}' is not an allowed category",
                f"use one of: {known}",
                registry.unknown_categories,
            )
        category = categories[category_key(spec.name if spec else meta.category)]
    status = None
    if meta.status:
        name = status_key(meta.status, registry.statuses)
        status_spec = registry.statuses.get(name)
        if status_spec is None:
            problems += Problem.unlisted(
                page.path,
                page.line_of("status"),
                "status",
                f"'{meta.status}' is not a known status",
                f"use one of: {', '.join(registry.statuses)}",
                registry.unknown_statuses,
            )
        status = _status(name, status_spec or StatusSpec(label=meta.status), settings.strings)
    last_review = meta.reviewed or meta.date
    # A retired design (superseded, ...) is history: nobody is asked to review it.
    due = (
        settings.review_after is not None
        and not (status and status.retired)
        and (last_review is None or (settings.today - last_review).days > settings.review_after)
    )
    return Design(
        path=page.path,
        url=draft.source.url,
        title=draft.title,
        number=record_number(page.path, draft.title, page.meta),
        category=category,
        summary=meta.summary,
        problem=meta.problem,
        tags=tuple(dict.fromkeys(tags[tag_key(t)] for t in meta.tags)),
        diagram=draft.diagram,
        order=meta.order,
        status=status,
        date=meta.date,
        owner=meta.owner,
        reviewed=meta.reviewed,
        needs_review=due,
        draft=meta.draft,
        yaml_broken=page.yaml_broken,
        from_body=page.from_body,
    )


def _relate(
    designs: list[Design],
    drafts: list[_Draft],
    settings: Settings,
    draft_paths: set[str],
    ranks: dict[str, Any],
) -> tuple[list[Design], list[Problem]]:
    """Resolve and check supersedes/superseded_by/related; rank related designs (`ranks`:
    the last ranking, kept while its input is the same, as after an edit of a summary)."""
    pages = {d.page.path: d for d in drafts}
    position = {d.path: i for i, d in enumerate(designs)}
    relations = References(position.keys() | draft_paths, settings.docs_dir)
    references = {d.path: _references(relations, pages[d.path]) for d in designs}
    one_way = {d.page.path for d in drafts if superseded_by_status(d.page)}
    problems = relations.problems
    problems += check_references(
        references, lambda p: p in position or p in draft_paths, one_way=one_way
    )

    def targets(path: str, name: str) -> tuple[str, ...]:
        return tuple(t for t, _ in references[path].get(name, ()) if t in position)

    # A relation goes both ways: a page that names another is listed on it too.
    explicit: list[list[int]] = [[position[t] for t in targets(d.path, "related")] for d in designs]
    for index, named in enumerate([list(e) for e in explicit]):
        for other in named:
            explicit[other].append(index)
    given = ([_relation_keys(d) for d in designs], explicit, settings.related)
    if ranks.get("given") != given:
        ranks.update(given=given, ranked=rank_related(*given))
    ranked = ranks["ranked"]
    related = [
        replace(
            design,
            supersedes=targets(design.path, "supersedes"),
            superseded_by=next(iter(targets(design.path, "superseded_by")), None),
            related=tuple(designs[i].path for i in ranked[index]),
            successor_link=next(iter(relations.links[design.path]["superseded_by"]), None),
            related_links=tuple(relations.links[design.path]["related"]),
        )
        for index, design in enumerate(designs)
    ]
    return related, problems


def _relation_keys(design: Design) -> list[str]:
    # A shared category counts like a shared tag: common, so it weighs little, but it still
    # finds neighbours for a design whose tags no other design uses.
    keys = [tag.key for tag in design.tags]
    return [*keys, f"category:{design.category.slug}"] if design.category else keys


def _references(relations: References, draft: _Draft) -> dict[str, tuple[tuple[str, int], ...]]:
    meta = draft.meta
    fields = {
        "supersedes": _listed(meta.supersedes),
        "superseded_by": _listed(meta.superseded_by),
        "related": meta.related,
    }
    return relations.read(draft.page.path, fields, draft.page.line_of)


def _listed(value: list[str] | str | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else value


def status_key(status: str, known: Collection[str]) -> str:
    """A status's identity: its name in any case, and a known name with marks around it."""
    key = status.casefold()
    if key in known:
        return key
    # "Accepted ✅" and "🟢 Accepted" are accepted: teams decorate the status line of a record.
    start = next((i for i, char in enumerate(key) if char.isalnum()), len(key))
    end = next((i for i in range(len(key), start, -1) if key[i - 1].isalnum()), start)
    bare = " ".join(key[start:end].split())
    if bare not in known and _SYNONYMS.get(bare) in known:
        return _SYNONYMS[bare]
    return bare if bare in known else key


# Words records use for a status the set has under another name, when the set lacks them:
# Joel Parker Henderson's template says "Decided", other teams "Approved" or "Agreed".
_SYNONYMS = {
    **dict.fromkeys(("decided", "approved", "agreed", "adopted"), "accepted"),
    **dict.fromkeys(("obsolete", "retired"), "deprecated"),
}


def _status(name: str, spec: StatusSpec, strings: Strings) -> Status:
    ours = spec == DEFAULT_STATUSES.get(name)  # a published format's status, as we declare it
    label = (ours and strings.status_label(name)) or spec.label or name
    return Status(name, label, spec.color, spec.retired, spec.banner, spec.nav)


def _diagram(asked: int | bool | None, available: int) -> int | None:
    if asked is False or available == 0:
        return None
    if isinstance(asked, int) and not isinstance(asked, bool) and asked <= available:
        return asked
    return 1
