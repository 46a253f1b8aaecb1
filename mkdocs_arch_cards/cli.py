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

from .core import engine_files as engine
from .core.agents import write_built
from .core.catalog import CONTRACT
from .core.engine_files import UsageError
from .core.model import DesignMeta
from .core.options import options_schema
from .core.problems import shown
from .core.site import Site
from .core.tags import slugify

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .core.problems import Problem

_FIELD_RE = re.compile(r"( ?)\{(title|category|tags)\}")
TEMPLATE = Path(__file__).parent / "core" / "templates" / "arch-cards" / "new-design.md"
CONFIG_HELP = "default: properdocs.yml or mkdocs.yml (.yaml too), as the engine finds it"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; the exit code is 0 when all is well."""
    _never_fail_to_print()
    try:
        try:
            return _run(argv)
        finally:
            sys.stdout.flush()  # here, not at exit, where a closed pipe ends in a traceback
    except BrokenPipeError:
        # The reader left (`arch-cards schema | head -1`): what is left to print goes nowhere.
        devnull = os.open(os.devnull, os.O_WRONLY)
        for stream in (sys.stdout, sys.stderr):
            os.dup2(devnull, stream.fileno())
        return 1


def _run(argv: Sequence[str] | None) -> int:
    parser = argparse.ArgumentParser(prog="arch-cards", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate every design page's front-matter")
    check.add_argument("docs_dir", nargs="?", help="default: docs_dir of mkdocs.yml, or docs")
    check.add_argument("-f", "--config-file", help=CONFIG_HELP)
    check.add_argument("--format", choices=("text", "json"), default="text")
    schema_ = commands.add_parser(
        "schema", help="print the JSON Schema of a design page's front-matter"
    )
    schema_.add_argument(
        "--options", action="store_true", help="the plugin's options' JSON Schema instead"
    )
    new = commands.add_parser("new", help="start a design page from a template")
    new.add_argument("title")
    new.add_argument("--category", default="")
    new.add_argument("--tags", default="", help="comma-separated, e.g. Kafka,Go")
    new.add_argument("-f", "--config-file", help=CONFIG_HELP)
    sync = commands.add_parser("sync", help="write the generated pages into docs_dir (Zensical)")
    sync.add_argument("-f", "--config-file", help=CONFIG_HELP)
    built = "write llms.txt and each design's Markdown into the built site (Zensical: after it)"
    agents = commands.add_parser("agents", help=built)
    agents.add_argument("-f", "--config-file", help=CONFIG_HELP)
    agents.add_argument("--site-dir", help="default: site_dir of the config file, or site")
    args = parser.parse_args(argv)
    try:
        if args.command == "schema":
            print(json.dumps(options_schema() if args.options else schema(), indent=2))
            return 0
        if args.command == "sync":
            return run_sync(engine.config_file(args.config_file))
        site = Site.read(engine.config_file(args.config_file), getattr(args, "docs_dir", None))
        for warning in site.warnings:  # what the build warns about the options, one line each
            print(f"arch-cards: {warning}", file=sys.stderr)
        if args.command == "agents":  # after the build, into site_dir
            said: list[str] = []
            found = site.read_catalog(site.settings())
            for line in write_built(site, found, args.site_dir, said.append):
                print(line)
            for line in said:  # a file that cannot be written: one line each
                print(f"arch-cards: {line}", file=sys.stderr)
            return 1 if said else 0
        if args.command == "check":  # checking needs references checked, not designs ranked
            found = site.read_catalog(site.settings(related=0))
            for note in found.notes:  # the build's INFO lines: they fail nothing
                print(f"arch-cards: {note}", file=sys.stderr)
            level = site.options.problems
            code = report(found.problems, args.format, level, failing=found.places)
            return max(code, 1 if site.warnings else 0)  # `mkdocs build --strict` fails on them
        path = new_page(site, args.title, args.category, args.tags)
        print(f"created {path}")
        return 0
    except UsageError as error:
        for line in error.args:  # one line of readable length each, whatever a value held
            print(f"arch-cards: {shown(str(line), 1000)}", file=sys.stderr)
        return 2


def new_page(site: Site, title: str, category: str, tags: str) -> Path:
    """Write a design page at a slug path under the designs folder; never overwrite."""
    index = site.settings().index
    folder = index.rsplit("/", 1)[0] if "/" in index else ""
    target = site.docs_dir / folder / f"{slugify(title) or 'design'}.md"
    if target.exists():
        raise UsageError(f"{target} exists already; choose another title")
    own = site.custom_dir / "arch-cards" / "new-design.md" if site.custom_dir else None
    template = (own if own and own.is_file() else TEMPLATE).read_text(encoding="utf-8")
    names = [t.strip() for t in tags.split(",") if t.strip()]
    values = {
        "title": json.dumps(title, ensure_ascii=False),
        # None given: left blank, so `check` and the build ask for one.
        "category": json.dumps(category, ensure_ascii=False) if category.strip() else "",
        "tags": json.dumps(names, ensure_ascii=False),
    }
    # Only these three: a template's other braces (MADR's placeholders, Mermaid's
    # {decision} shapes) stay as written.
    text = _FIELD_RE.sub(lambda m: m[1] + values[m[2]] if values[m[2]] else "", template)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target


def run_sync(config_file: Path) -> int:
    """`arch-cards sync`: what it wrote; the problems are the build's and `check`'s to report."""
    from .zensical.sync import sync

    loaded, done = sync(config_file)
    for line in done:
        print(line)
    if count := len(loaded.found.problems) + len(loaded.site.warnings):
        print(f"{count} problem(s): `arch-cards check` lists them", file=sys.stderr)
    return 0


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


if __name__ == "__main__":
    sys.exit(main())
