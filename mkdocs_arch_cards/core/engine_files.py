"""What an engine reads before it builds: its config file, and the pages it finds.

For the CLI, which runs no engine: MkDocs' rules (mkdocs/config, mkdocs/utils/yaml.py,
mkdocs/structure/files.py) followed without importing them, and ProperDocs' config file names.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import mergedeep  # type: ignore[import-untyped]  # MkDocs' own, for INHERIT
import pathspec
import yaml

from .problems import shown
from .values import describe

# The config files ProperDocs tries, in its order; MkDocs tries the last two.
CONFIG_FILES = ("properdocs.yml", "properdocs.yaml", "mkdocs.yml", "mkdocs.yaml")
_MARKDOWN = (".markdown", ".mdown", ".mkdn", ".mkd", ".md")  # mkdocs.utils.markdown_extensions
_INDEX = ("index", "README")


class UsageError(Exception):
    """Something the user can fix in how the command was called or configured: a line each."""


def config_file(given: str | None, root: Path | None = None) -> Path:
    """The config file given, or the first the engine would find in `root` (the current folder)."""
    root = root or Path()
    if given:
        return root / given
    return next((root / n for n in CONFIG_FILES if (root / n).is_file()), root / "mkdocs.yml")


def pages(docs_dir: Path, left_out: pathspec.GitIgnoreSpec) -> dict[str, Path]:
    """The Markdown pages a build reads, by path from docs_dir, as MkDocs finds them."""
    # mkdocs/structure/files.py (get_files): linked folders are followed; of two pages of one
    # folder served at one URL (README.md and index.md), the later in its order is kept.
    pages: dict[str, Path] = {}
    for folder, _, names in os.walk(docs_dir, followlinks=True):
        served: dict[str, str] = {}
        for name in sorted(names, key=lambda n: (n.rsplit(".", 1)[0] not in _INDEX, n)):
            relative = Path(folder, name).relative_to(docs_dir).as_posix()
            if not name.endswith(_MARKDOWN) or left_out.match_file(relative):
                continue
            stem = name.rsplit(".", 1)[0]
            if (other := served.get(key := "index" if stem == "README" else stem)) is not None:
                del pages[other]
            served[key] = relative
            pages[relative] = Path(folder, name)
    return dict(sorted(pages.items()))


def left_out(config: dict[str, Any]) -> pathspec.GitIgnoreSpec:
    """What `mkdocs build` leaves out of the site: its defaults (dot-files and folders, a
    top-level templates/), `exclude_docs`, and `draft_docs` (only `serve` builds drafts)."""
    # The same patterns as mkdocs/structure/files.py (_default_exclude, set_exclusions).
    lines = [".*", "/templates/"]
    for name in ("exclude_docs", "draft_docs"):
        if isinstance(value := config.get(name), str):
            lines += value.splitlines()
    return pathspec.GitIgnoreSpec.from_lines(lines)


def read_config(config_file: Path, inheriting: tuple[Path, ...] = ()) -> dict[str, Any]:
    """mkdocs.yml's settings, merged over the file its `INHERIT:` names, as MkDocs merges them."""
    try:
        config = yaml.load(config_file.read_text(encoding="utf-8"), _TolerantLoader) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError, RecursionError) as error:
        reason = error if isinstance(error, yaml.YAMLError) else f"cannot be read ({error})"
        raise UsageError(f"{config_file}: {shown(str(reason), 300)}") from None
    if not isinstance(config, dict):
        raise UsageError(f"{config_file}: expected a mapping of settings, got {describe(config)}")
    if "INHERIT" not in config:
        return config
    # mkdocs/utils/yaml.py: the path is from the inheriting file's folder; mappings merge
    # deeply (mergedeep, MkDocs' own), any other value of the inheriting file replaces.
    named = config.pop("INHERIT")
    if not isinstance(named, str):
        raise UsageError(f"{config_file}: INHERIT: expected a file path, got {describe(named)}")
    parent = Path(os.path.normpath(config_file.parent / named))
    if parent in inheriting or parent == config_file:
        raise UsageError(f"{config_file}: INHERIT: {named} inherits from this file in turn")
    if not parent.is_file():
        raise UsageError(f"{config_file}: INHERIT: no file at {parent}")
    merged: dict[str, Any] = mergedeep.merge(
        read_config(parent, (*inheriting, config_file)), config
    )
    return merged


def path_option(options: dict[str, Any], name: str, config_file: Path) -> str | None:
    value = options.get(name)
    if value is not None and not isinstance(value, str):
        raise UsageError(f"{config_file}: {name}: expected a folder path, got {describe(value)}")
    return value


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """!ENV NAME or !ENV [NAME, OTHER, default], as MkDocs reads it (pyyaml-env-tag)."""
    if isinstance(node, yaml.ScalarNode):
        names, default = [loader.construct_scalar(node)], None
    elif isinstance(node, yaml.SequenceNode) and node.value:
        *names, default = [loader.construct_object(item) for item in node.value]
        if len(node.value) == 1:
            names, default = [default], None
    else:
        return None
    found = (os.environ.get(n) for n in names if isinstance(n, str))
    return next((value for value in found if value is not None), default)


class _TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without running it: !ENV, !relative and !!python/name become text."""


_TolerantLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
_TolerantLoader.add_constructor("!ENV", _env)
_TolerantLoader.add_multi_constructor(
    "tag:yaml.org,2002:python/", lambda loader, suffix, node: None
)
