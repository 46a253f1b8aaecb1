"""Hostile sites: pages that collide with each other or with generated pages; hostile options."""

from __future__ import annotations

from typing import Any

from tests.suites.hostile_cases import Case, img, page, script, svg

# Each file is reported, both files named; the grid, tag and category pages survive.
COLLIDE = [
    # A tag named Index takes `index-2`: a real name (database indexes), not a problem.
    Case("tag-index", page("tags: [Index, Kafka]")),
    Case("cat-slash", page("category: Data/ML"), lenient=True, mentioned=True),
    Case("cat-space", page("category: Data ML"), lenient=True, mentioned=True),
    # URL parts keep every script's letters: these no longer collide, so nothing to say.
    Case("cat-ja", page("category: 日本")),
    Case("cat-zh", page("category: 中文")),
    Case(
        "README", page("title: Readme next to the grid"), lenient=True, design=False, mentioned=True
    ),
    Case("twin", page("title: Twin file"), lenient=True, design=False, mentioned=True),
    Case(
        "index",
        page("title: Twin folder"),
        lenient=True,
        design=False,
        mentioned=True,
        folder="architecture/twin",
    ),
    Case(
        "categories",
        page("title: At the categories page"),
        lenient=True,
        design=False,
        mentioned=True,
    ),
    Case(
        "own-page",
        page("title: Among tag pages"),
        lenient=True,
        design=False,
        mentioned=True,
        folder="architecture/tags",
    ),
    Case("review", page("title: At the review page"), lenient=True, design=False),
]

# Files that are not plain files: a folder named like a page, symbolic links. MkDocs itself
# stops at a dangling link; the plugin reads design files first, so it is the plugin's to report.
FILES = [
    Case("folder-md-inner", page("title: In a folder named x.md"), folder="architecture/dir.md"),
    Case("link-target", page("title: Linked to")),
    Case("link-to-design", "", link="link-target.md"),
    Case("link-dangling", "", lenient=True, design=False, mentioned=True, link="missing.md"),
]

# A retired status whose name closes the marker comment the plugin writes on the index page.
ARROW = "gone --><script>alert('XSS-opt-status')</script><!--"
OPTION_VALUES: dict[str, Any] = {
    "title": script("opt-title"),
    "subtitle": svg("opt-subtitle"),
    "review_after": 30,
    "statuses": {
        "accepted": {},
        "Retired": {"retired": True},
        ARROW: {"retired": True, "label": img("opt-status-label")},
    },
    "tags": {
        "kafka": {
            "label": img("opt-tag-label"),
            "description": script("opt-tag-desc"),
            "group": svg("opt-tag-group"),
        }
    },
    "categories": [{"name": "Data", "description": script("opt-cat-desc")}, svg("opt-cat")],
}
OPTIONS = [
    Case("opt-status-arrow", page(f'status: "{ARROW}"')),
    Case("opt-status-capital", page("status: retired")),
    Case("opt-status-upper", page("status: ACCEPTED")),
    Case("opt-tag-label", page("tags: [kafka, Kafka]")),
    Case("opt-category", page("category: Data")),
    Case("opt-category-payload", page(f"category: {svg('opt-cat')!r}")),
    Case("opt-stale", page("date: 2000-01-01")),
]

# Options that must be one config error line from the build and from `check`.
BAD_OPTIONS: dict[str, dict[str, Any]] = {
    "tag-page-positional": {"tag_page": "architecture/tags/{0}.md"},
    "tag-page-unbalanced": {"tag_page": "architecture/tags/{slug.md"},
    "tag-page-stray-brace": {"tag_page": "architecture/tags/{slug}}{.md"},
    "tag-page-attribute": {"tag_page": "architecture/tags/{slug.__class__}.md"},
    "tag-page-empty-field": {"tag_page": "architecture/tags/{}.md"},
    "tag-page-other-field": {"tag_page": "architecture/tags/{name}.md"},
    "tag-page-no-slug": {"tag_page": "architecture/tags/all.md"},
    "status-not-mapping": {"statuses": {"accepted": 5}},
    "status-css-colour": {"statuses": {"accepted": {"color": "red;background:url(javascript:x)"}}},
    "fields-not-text": {"fields": {"summary": 5}},
    "fields-unknown": {"fields": {"<script>": "x"}},
    "category-icon-path": {"categories": [{"name": "A", "icon": "../../etc/passwd"}]},
}
