"""A design's title as MkDocs shows it: `title:`, the nav's title, the H1, the file name."""

from __future__ import annotations

import posixpath
from typing import TYPE_CHECKING, Any

from .registry import DEFAULT_STATUSES
from .values import title_text

if TYPE_CHECKING:
    from collections.abc import Mapping, MutableMapping

    from .designs import Design
    from .i18n import Strings
    from .registry import Registry


def nav_titles(nav: Any) -> dict[str, str]:
    """The title the `nav:` setting gives each page, by path (relative to docs_dir).

    A page named twice takes its first entry, as MkDocs does (mkdocs/structure/nav.py
    `_data_to_navigation` reuses `file.page`); an entry without a title gives it none.
    """
    found: dict[str, str | None] = {}
    seen: set[int] = set()  # YAML anchors can make a nav that contains itself
    stack: list[tuple[Any, Any]] = [(None, nav)]
    while stack:
        title, item = stack.pop()
        if isinstance(item, str):
            path = item.strip().lstrip("/")
            if path.endswith(".md") and "://" not in path and path not in found:
                found[path] = title if isinstance(title, str) and title.strip() else None
            continue
        if not isinstance(item, list | dict) or id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, list):
            stack.extend((None, entry) for entry in reversed(item))
        else:  # {title: path} is a page; {title: [...]} is a section, whose title is no page's
            for key, value in reversed(list(item.items())):
                stack.append((str(key) if isinstance(value, str) else None, value))
    return {path: title for path, title in found.items() if title is not None}


def title_from_path(path: str) -> str:
    """MkDocs' title for a page with neither `title:` nor H1 (mkdocs/structure/pages.py
    `Page.title`): the file name with dashes and underscores as spaces, capitalized if it
    is all lower case; README is "index", and the site's home page is "Home"."""
    if path in ("index.md", "README.md"):
        return "Home"
    stem = posixpath.basename(path).rsplit(".", 1)[0]
    name = "index" if stem == "README" else stem  # File.name
    title = name.replace("-", " ").replace("_", " ")
    return title.capitalize() if title.lower() == title else title


def theme_meta(meta: MutableMapping[str, Any], design: Design | None) -> None:
    """Make a page's meta what the theme may show: a title that is text, a status it knows.

    A theme prints meta['title'] in <title> and every page's nav, unescaped: a list or mapping
    must not print as markup on any page. A design's title is escaped, and one that is no text
    (reported) gives way to the card's; Material shows meta['status'] as a nav icon.
    """
    if design is None:
        if "title" in meta:  # not our page: no warning (`check` could not report it)
            meta["title"] = title_text(meta["title"], escaped=False)
        return
    title = meta.get("title")
    text = isinstance(title, str) and title.strip()
    meta["title"] = title_text(title if text else design.title)
    meta.pop("status", None)
    if design.status and design.status.nav:
        meta["status"] = design.status.nav


def nav_labels(
    registry: Registry, extra: Mapping[str, Any], strings: Strings | None = None
) -> dict[str, Any]:
    """`extra.status` with a tooltip for each nav icon the statuses use (Material prints it as
    the icon's title): the status's label (a default status's in the site's language, as its
    badge says it), unless the site's `extra.status` names that icon."""
    given = extra.get("status")
    labels = {
        spec.nav: (strings and spec == DEFAULT_STATUSES.get(name) and strings.status_label(name))
        or spec.label
        or name
        for name, spec in reversed(registry.statuses.items())  # the first status names its icon
        if spec.nav
    }
    return {**labels, **given} if isinstance(given, dict) else labels
