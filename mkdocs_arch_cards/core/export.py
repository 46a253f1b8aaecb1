"""catalog.json: the catalog for other tools (portals, search, agents), one object per design."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .collector import collector_paused
from .graphs import exported
from .render import DIAGRAM_ANCHOR

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from .designs import Catalog, Design
    from .mermaid_js import Parsed

SCHEMA_VERSION = 1


def catalog_json(
    catalog: Catalog, site_url: str | None, parsed: Mapping[str, Sequence[Parsed]] | None = None
) -> str:
    """The export, as text: every design with its card fields, lifecycle, links and diagrams
    (`parsed`: each page's diagrams, as diagrams.check_pages parsed them)."""
    base = (site_url or "").rstrip("/") + "/" if site_url else ""
    parses = parsed or {}
    document = _document(catalog, base, parses)
    # Without indent, json uses its C encoder: a fifth of the time, two thirds of the bytes.
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"


@collector_paused()  # thousands of dicts, lists and graphs, and no cycle among them
def _document(
    catalog: Catalog, base: str, parses: Mapping[str, Sequence[Parsed]]
) -> dict[str, Any]:
    return {
        "version": SCHEMA_VERSION,
        "designs": [
            {**_design(d, catalog, base), "diagrams": exported(parses.get(d.path, ()), catalog)}
            for d in catalog.designs
        ],
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
