"""The `arch-cards` command: check design pages, print the front-matter schema, start a page.

An adapter like the plugin: it reads files and options, and leaves the work to the core.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pathspec
import yaml

from .catalog import CONTRACT, Settings, Source, is_design, load_catalog
from .config import ArchCardsConfig
from .frontmatter import decode, unreadable
from .model import DesignMeta
from .places import check_places
from .problems import shown
from .registry import RegistryError, load_registry, registry_options
from .tags import slugify, tag_key
from .titles import nav_titles
from .values import describe

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .problems import Problem

_FIELD_RE = re.compile(r"\{(title|category|tags)\}")
TEMPLATE = Path(__file__).parent / "templates" / "arch-cards" / "new-design.md"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; the exit code is 0 when all is well."""
    parser = argparse.ArgumentParser(prog="arch-cards", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate every design page's front-matter")
    check.add_argument("docs_dir", nargs="?", help="default: docs_dir of mkdocs.yml, or docs")
    check.add_argument("-f", "--config-file", default="mkdocs.yml", help="default: mkdocs.yml")
    check.add_argument("--format", choices=("text", "json"), default="text")
    commands.add_parser("schema", help="print the JSON Schema of a design page's front-matter")
    new = commands.add_parser("new", help="start a design page from a template")
    new.add_argument("title")
    new.add_argument("--category", default="")
    new.add_argument("--tags", default="", help="comma-separated, e.g. Kafka,Go")
    new.add_argument("-f", "--config-file", default="mkdocs.yml", help="default: mkdocs.yml")
    _never_fail_to_print()
    args = parser.parse_args(argv)
    try:
        if args.command == "schema":
            print(json.dumps(schema(), indent=2))
            return 0
        site = Site.read(Path(args.config_file), getattr(args, "docs_dir", None))
        if args.command == "check":
            problems = site.check()
            level = site.options.get("problems", "warn")
            return report(problems, args.format, level, failing=site.places)
        path = site.new_page(args.title, args.category, args.tags)
        print(f"created {path}")
        return 0
    except UsageError as error:
        # One line of readable length, whatever value the option held.
        print(f"arch-cards: {shown(str(error), 1000)}", file=sys.stderr)
        return 2


class UsageError(Exception):
    """Something the user can fix in how the command was called or configured."""


class Site:
    """A docs folder and the plugin's options, read without building anything."""

    def __init__(
        self,
        docs_dir: Path,
        options: dict[str, Any],
        custom_dir: Path | None,
        root: Path,
        titles: dict[str, str] | None = None,
        left_out: pathspec.GitIgnoreSpec | None = None,
    ) -> None:
        self.docs_dir = docs_dir
        # Files a build leaves out: exclude_docs, drafts, dot-folders.
        self.left_out = left_out or _left_out({})
        self.options = options
        self.custom_dir = custom_dir
        self.titles = titles or {}  # from `nav:`, as a build titles the pages
        self.places: list[Problem] = []  # pages lost to another at their URL, found by check
        # Checking needs references checked, not related designs ranked.
        try:
            self.settings = Settings.from_options(
                options, related=0, docs_dir=_relative(docs_dir, root)
            )
        except (ValueError, TypeError, KeyError, AttributeError) as error:
            raise UsageError(f"the plugin's options in mkdocs.yml: {error}") from None

    @classmethod
    def read(cls, config_file: Path, docs_dir: str | None) -> Site:
        """The options under `plugins: - arch-cards:` in config_file, if there is one."""
        options: Any = {}
        root = config_file.parent
        configured_docs, custom_dir, titles = "docs", None, {}
        left_out = _left_out({})
        if config_file.is_file():
            config = _read_config(config_file)
            left_out = _left_out(config)
            configured_docs = _path_option(config, "docs_dir", config_file) or "docs"
            theme = config.get("theme") or {}
            if isinstance(theme, dict) and (own := _path_option(theme, "custom_dir", config_file)):
                custom_dir = root / own
            titles = nav_titles(config.get("nav"))
            plugins = config.get("plugins") or []
            # MkDocs takes `plugins:` as a list of names and mappings, or as one mapping.
            for plugin in plugins if isinstance(plugins, list) else [plugins]:
                if isinstance(plugin, dict) and "arch-cards" in plugin:
                    options = plugin["arch-cards"] or {}
        options = _validated(options, config_file)
        folder = Path(docs_dir) if docs_dir else root / configured_docs
        if not folder.is_dir():
            raise UsageError(f"no docs folder at {folder}")
        return cls(folder, options, custom_dir, root, titles, left_out)

    def check(self) -> list[Problem]:
        """Every problem of every design page, as a build would report it."""
        sources, problems = [], []
        pages: dict[str, Path] = {}
        for path in sorted(self.docs_dir.rglob("*.md")):
            if path.is_dir():
                continue  # MkDocs builds no folder named like a page either
            relative = path.relative_to(self.docs_dir).as_posix()
            if self.left_out.match_file(relative):
                continue
            pages[relative] = path
            if not is_design(relative, self.settings):
                continue
            try:
                text, found = decode(relative, path.read_bytes())
            except OSError as error:  # a broken link, no permission: the build says the same
                problems.append(unreadable(relative, error))
                continue
            problems += found
            url = self.settings.url_of(relative)
            sources.append(Source(relative, text, url, self.titles.get(relative)))
        urls = [(relative, self.settings.url_of(relative)) for relative in pages]
        self.places = check_places(urls, lambda p: _text(pages[p]), self.settings)
        problems += self.places
        try:
            registry = load_registry(registry_options(self.options), tag_key)
        except (RegistryError, ValueError, TypeError, KeyError, AttributeError) as error:
            raise UsageError(f"the plugin's options in mkdocs.yml: {error}") from None
        _, invalid = load_catalog(sources, self.settings, registry)
        return sorted(problems + invalid)

    def new_page(self, title: str, category: str, tags: str) -> Path:
        """Write a design page at a slug path under the designs folder; never overwrite."""
        folder = self.settings.index.rsplit("/", 1)[0] if "/" in self.settings.index else ""
        target = self.docs_dir / folder / f"{slugify(title) or 'design'}.md"
        if target.exists():
            raise UsageError(f"{target} exists already; choose another title")
        own = self.custom_dir / "arch-cards" / "new-design.md" if self.custom_dir else None
        template = (own if own and own.is_file() else TEMPLATE).read_text(encoding="utf-8")
        names = [t.strip() for t in tags.split(",") if t.strip()]
        values = {
            "title": json.dumps(title, ensure_ascii=False),
            "category": json.dumps(category or "Uncategorised", ensure_ascii=False),
            "tags": json.dumps(names, ensure_ascii=False),
        }
        # Only these three: a template's other braces (MADR's placeholders, Mermaid's
        # {decision} shapes) stay as written.
        text = _FIELD_RE.sub(lambda m: values[m.group(1)], template)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        return target


def report(
    problems: list[Problem], output: str, level: str = "warn", failing: Sequence[Problem] = ()
) -> int:
    """Print problems as `path:line: field: message — hint`, or as JSON.

    The exit code is 1 where `mkdocs build --strict` would fail: with `problems: info`, only
    for a value the configuration refuses or one of the `failing` problems (a page lost).
    """
    if output == "json":
        rows = [
            {
                "path": p.shown("path"),
                "line": p.line,
                "field": p.shown("field"),
                "message": p.shown("message"),
                "hint": p.shown("hint"),
                "level": p.level,
            }
            for p in problems
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        for problem in problems:
            print(problem)
        count = len(problems)
        print(
            f"{count} problem{'s' if count != 1 else ''}" if problems else "no problems",
            file=sys.stderr,
        )
    if level == "warn":
        return 1 if problems else 0
    return 1 if failing or any(p.level == "error" for p in problems) else 0


def schema() -> dict[str, Any]:
    """The JSON Schema of a design page's front-matter, from the model the checks use."""
    found = DesignMeta.model_json_schema()
    found["title"] = "mkdocs-arch-cards design page front-matter"
    found["required"] = list(CONTRACT)  # of a page written to our contract
    found["additionalProperties"] = True  # other plugins' keys (hide, template, ...) are fine
    return found


def _never_fail_to_print() -> None:
    """Print any text on any console: what its encoding lacks is written as an escape."""
    # A Windows console (cp1252, cp437) or PYTHONIOENCODING=ascii has no "—" or emoji.
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


def _text(path: Path) -> str:
    """A page's text for the place checks; an unreadable one was reported already."""
    try:
        return decode("", path.read_bytes())[0]
    except OSError:
        return ""


def _left_out(config: dict[str, Any]) -> pathspec.GitIgnoreSpec:
    """What `mkdocs build` leaves out of the site: its defaults (dot-files and folders, a
    top-level templates/), `exclude_docs`, and `draft_docs` (only `serve` builds drafts)."""
    # The same patterns as mkdocs/structure/files.py (_default_exclude, set_exclusions).
    lines = [".*", "/templates/"]
    for name in ("exclude_docs", "draft_docs"):
        if isinstance(value := config.get(name), str):
            lines += value.splitlines()
    return pathspec.GitIgnoreSpec.from_lines(lines)


def _read_config(config_file: Path) -> dict[str, Any]:
    try:
        config = yaml.load(config_file.read_text(encoding="utf-8"), _TolerantLoader) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError, RecursionError) as error:
        reason = error if isinstance(error, yaml.YAMLError) else f"cannot be read ({error})"
        raise UsageError(f"{config_file}: {shown(str(reason), 300)}") from None
    if not isinstance(config, dict):
        raise UsageError(f"{config_file}: expected a mapping of settings, got {describe(config)}")
    return config


def _validated(options: Any, config_file: Path) -> dict[str, Any]:
    """The options as the build takes them: the plugin's own schema refuses the same values."""
    if not isinstance(options, dict):
        message = f"expected a mapping of options under arch-cards, got {describe(options)}"
        raise UsageError(f"the plugin's options in {config_file}: {message}")
    schema = ArchCardsConfig()
    schema.load_dict(options)
    failed, _ = schema.validate()
    if failed:
        name, error = failed[0]
        raise UsageError(f"the plugin's options in {config_file}: {name}: {shown(str(error), 300)}")
    # Unset options stay unset: Settings and the registry have their own defaults for them.
    return {name: schema[name] for name in options if name in schema}


def _relative(folder: Path, root: Path) -> str:
    """A folder from the folder of mkdocs.yml, e.g. `docs`; its name when it is elsewhere."""
    try:
        return folder.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return folder.name


def _path_option(options: dict[str, Any], name: str, config_file: Path) -> str | None:
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


if __name__ == "__main__":
    sys.exit(main())
