"""catalog.json: the catalog for other tools (portals, search, agents), one object per design."""

from __future__ import annotations

import json
import textwrap
from typing import TYPE_CHECKING, Any

from .graphs import exported
from .render import DIAGRAM_ANCHOR

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from .designs import Catalog, Design
    from .mermaid_js import Parsed

SCHEMA_VERSION = 1
# serve rebuilds: each design's entry as JSON text, by all it depends on, as the last export
# made them for one vocabulary (json.dumps with indent is pure Python: 1 ms a design).
_DONE: list[tuple[object, dict[object, str]]] = []
_HOLE = "\0designs\0"  # where the entries go; no value has it: json escapes a NUL


def catalog_json(
    catalog: Catalog, site_url: str | None, parsed: Mapping[str, Sequence[Parsed]] | None = None
) -> str:
    """The export, as text: every design with its card fields, lifecycle, links and diagrams
    (`parsed`: each page's diagrams, as diagrams.check_pages parsed them)."""
    base = (site_url or "").rstrip("/") + "/" if site_url else ""
    parses = parsed or {}
    # What a design's entry depends on beyond itself: the tags its diagrams' names resolve to.
    vocabulary = (base, catalog.registry, catalog.tags, sorted(catalog.tag_names.items()))
    if not _DONE or _DONE[0][0] != vocabulary:
        _DONE[:] = [(vocabulary, {})]
    done = _DONE[0][1]
    entries: dict[object, str] = {}
    for d in catalog.designs:
        targets = (*d.supersedes, *((d.superseded_by,) if d.superseded_by else ()), *d.related)
        key = (d, tuple(catalog.by_path[p].url for p in targets), tuple(parses.get(d.path, ())))
        if (entry := done.get(key)) is None:
            value = {**_design(d, catalog, base), "diagrams": exported(key[2], catalog)}
            entry = textwrap.indent(json.dumps(value, indent=2, ensure_ascii=False), "    ")
        entries[key] = entry
    done.clear()  # this site's designs alone: the memo never outgrows the site
    done.update(entries)
    document = {
        "version": SCHEMA_VERSION,
        "designs": _HOLE,
        "tags": [
            {
                "label": t.label,
                "slug": t.slug,
                "url": base + catalog.tag_url(t),
                "description": t.description,
                "count": len(catalog.with_tag(t)),
            }
            for t in catalog.tags
        ],
    }
    text = json.dumps(document, indent=2, ensure_ascii=False)
    designs = "[\n" + ",\n".join(entries.values()) + "\n  ]" if entries else "[]"
    return text.replace(json.dumps(_HOLE), designs, 1) + "\n"


def _design(design: Design, catalog: Catalog, base: str) -> dict[str, Any]:
    url = base + design.url
    return {
        "title": design.title,
        "path": design.path,
        "url": url,
        "category": design.category.name if design.category else None,
        "summary": design.summary,
        "problem": design.problem,
        "tags": [tag.label for tag in design.tags],
        "status": design.status.name if design.status else None,
        "date": design.date.isoformat() if design.date else None,
        "reviewed": design.reviewed.isoformat() if design.reviewed else None,
        "owner": design.owner,
        "needs_review": design.needs_review,
        "draft": design.draft,
        "diagram": f"{url}#{DIAGRAM_ANCHOR}" if design.diagram else None,
        "supersedes": [base + catalog.by_path[p].url for p in design.supersedes],
        "superseded_by": base + catalog.by_path[design.superseded_by].url
        if design.superseded_by
        else design.successor_link,
        "related": [base + catalog.by_path[p].url for p in design.related]
        + list(design.related_links),
    }


def is_export(text: str) -> bool:
    """Whether a file holds an export of ours (an author may keep a catalog.json of their own)."""
    try:
        found = json.loads(text)
    except ValueError:
        return False
    return (
        isinstance(found, dict)
        and found.keys() == {"version", "designs", "tags"}
        and found["version"] == SCHEMA_VERSION
    )


def export_path(export: str | None) -> str:
    """Where catalog.json goes from the `export` option: unset is the default, "" is none."""
    return "catalog.json" if export is None else export
