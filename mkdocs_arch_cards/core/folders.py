"""What a folder gives its pages: a category, a status, an owner, tags (the `defaults` and
`category_from_folder` options). A page's own values win."""

from __future__ import annotations

import posixpath
from typing import TYPE_CHECKING, Any

from .values import describe

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

# (folder with a trailing slash, ((field, value), ...)), most specific folder first.
Defaults = tuple[tuple[str, tuple[tuple[str, Any], ...]], ...]

FIELDS = ("category", "status", "owner", "tags")
_GLOB = frozenset("*?[")


def folder_defaults(option: Any) -> Defaults:
    """The `defaults` option, checked; a ValueError says what is wrong with it."""
    if not option:
        return ()
    if not isinstance(option, dict):
        raise ValueError(
            "expected a mapping of folders to fields, e.g. "
            f"{{architecture/security/: {{category: Security}}}}, got {describe(option)}"
        )
    found: dict[str, tuple[tuple[str, Any], ...]] = {}
    for folder, values in option.items():
        name = folder.strip().strip("/") if isinstance(folder, str) else ""
        if not name or ".." in name.split("/") or "\\" in name:
            raise ValueError(
                f"{folder}: expected a folder path relative to docs_dir, "
                "e.g. architecture/security/"
            )
        if not isinstance(values, dict) or not values:
            raise ValueError(
                f"{folder}: expected a mapping of fields to values, e.g. {{category: Security}},"
                f" got {describe(values)}"
            )
        found[name + "/"] = tuple(_checked(folder, key, value) for key, value in values.items())
    return tuple(sorted(found.items(), key=lambda item: -item[0].count("/")))


def in_language_folders(
    designs: Iterable[str], defaults: Any, folders: Sequence[str]
) -> dict[str, Any]:
    """`designs` and `defaults` (as Settings takes them) for a site whose every language has a
    folder of docs_dir (mkdocs-static-i18n's `docs_structure: folder`): as written, in each;
    none without folders."""
    if not folders:
        return {}
    patterns = tuple(within_folder(folder, p) for p in designs for folder in folders)
    found = folder_defaults(defaults)
    moved = tuple((folder + name, values) for name, values in found for folder in folders)
    return {"designs": patterns, "defaults": moved}


def within_folder(folder: str, pattern: str) -> str:
    """A gitignore-style pattern relative to docs_dir, made relative to `folder` of it."""
    negated, bare = pattern.startswith("!"), pattern.removeprefix("!")
    # Without a slash but at its end, a pattern matches at any depth: in the folder, still.
    anywhere = "/" not in bare.rstrip("/")
    return ("!" if negated else "") + folder + ("**/" if anywhere else "") + bare.lstrip("/")


def defaults_for(path: str, defaults: Defaults, roots: tuple[str, ...] | None) -> dict[str, Any]:
    """The fields a page's folders give it: the most specific folder's value of each field;
    with `roots`, the category is the first folder under the designs' root, unless given."""
    found: dict[str, Any] = {}
    for folder, values in defaults:
        if path.startswith(folder):
            for name, value in values:
                found.setdefault(name, list(value) if isinstance(value, tuple) else value)
    if roots is not None and "category" not in found:
        root = max((r for r in roots if path.startswith(r)), key=len, default=None)
        parts = path[len(root) :].split("/") if root is not None else []
        if len(parts) > 1:
            found["category"] = parts[0]
    return found


def design_roots(patterns: tuple[str, ...]) -> tuple[str, ...]:
    """The folders the include patterns start with: architecture/ for architecture/**/*.md."""
    roots = []
    for pattern in patterns:
        if pattern.startswith("!"):
            continue
        folder = posixpath.dirname(pattern.lstrip("/"))
        parts = folder.split("/") if folder else []
        static = _until_glob(parts)
        roots.append("/".join(static) + "/" if static else "")
    return tuple(roots)


def _until_glob(parts: list[str]) -> list[str]:
    taken = []
    for part in parts:
        if _GLOB & set(part):
            break
        taken.append(part)
    return taken


def _checked(folder: str, name: Any, value: Any) -> tuple[str, Any]:
    where = f"{folder}: {name}"
    if name not in FIELDS:
        raise ValueError(f"{where}: a folder can give {', '.join(FIELDS)}")
    if name == "tags":
        if not isinstance(value, list) or not all(_text(v) for v in value):
            message = f"expected a list of tag names, e.g. [Kafka, Go], got {describe(value)}"
            raise ValueError(f"{where}: {message}")
        return name, tuple(v.strip() for v in value)
    if not _text(value):
        raise ValueError(f"{where}: expected a non-empty string, got {describe(value)}")
    return name, value.strip()


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())
