"""`arch-cards check` reports exactly what a build reports, site by site.

Each site is built in-process, as `mkdocs build` builds it, and checked in-process, as
`arch-cards check --format json` checks it; the two lists must be the same problems (path, line,
field, message, hint). A few problems exist only in rendered HTML, which `check` never makes:
they are the `RENDERED` ones, left out of the comparison and named here.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from mkdocs.exceptions import Abort

from mkdocs_arch_cards import cli
from mkdocs_arch_cards.core.options import OPTION_NAMES
from mkdocs_arch_cards.plugin.config import ArchCardsConfig
from tests.conftest import Site
from tests.corpora import wall
from tests.helpers import design

if TYPE_CHECKING:
    from tests.conftest import Result

CORPORA = Path(__file__).parents[1] / "corpora"

# Problems only rendering finds, by field: a marker in a page's HTML (`arch-cards`: an unknown
# view, a marker inside a paragraph, a tag no design has), and a design whose chosen Mermaid
# diagram is not in the rendered page (`diagram`, "no rendered Mermaid diagram", when the fence
# is not configured). `check` reads no page's HTML, so it cannot see them.
RENDERED = {"arch-cards": "", "diagram": "no rendered Mermaid diagram"}

PLUGINS = "plugins:\n  - search\n  - arch-cards\n"
FENCE = "!!python/name:pymdownx.superfences.fence_code_format"
BROKEN = "---\ntitle: [not, text]\n---\n"


def config(plugins: str = PLUGINS, more: str = "") -> str:
    """An mkdocs.yml as a team writes it: Material, Mermaid fences, and `plugins` as given."""
    return (
        f"site_name: Parity\n{more}theme:\n  name: material\n  font: false\n{plugins}"
        "markdown_extensions:\n  - pymdownx.superfences:\n      custom_fences:\n"
        f"        - name: mermaid\n          class: mermaid\n          format: {FENCE}\n"
    )


@dataclass
class Case:
    """A site on disk (mkdocs.yml, other files) and what its build warns, as path:line: field."""

    files: dict[str, str | bytes]
    warned: list[str]
    env: dict[str, str] = field(default_factory=dict)


CASES = {
    "crlf": Case(
        {
            "mkdocs.yml": config(),
            "docs/architecture/crlf.md": design("Crlf", sumary="x").replace("\n", "\r\n"),
            "docs/architecture/broken.md": "---\r\ntitle: A\r\nsummary: Kafka: bus\r\n---\r\n",
            # Old Macs' line ends, and Windows Notepad's byte-order mark.
            "docs/architecture/cr.md": design("Cr", sumary="x").replace("\n", "\r"),
            "docs/architecture/bom.md": "\ufeff" + design("Bom", sumary="x"),
        },
        [
            "architecture/bom.md:7: sumary",
            "architecture/broken.md:3: front-matter",
            "architecture/cr.md:7: sumary",
            "architecture/crlf.md:7: sumary",
        ],
    ),
    "excluded": Case(
        {
            # Every page is a design here, so that only the exclusions leave pages out.
            "mkdocs.yml": config(
                "plugins:\n  - arch-cards:\n      designs: ['*.md']\n",
                more="exclude_docs: |\n  architecture/template.md\n"
                "draft_docs: |\n  architecture/wip-*.md\n",
            ),
            "docs/architecture/template.md": BROKEN,
            "docs/architecture/wip-idea.md": BROKEN,
            "docs/architecture/.obsidian/note.md": BROKEN,
            "docs/.hidden/x.md": BROKEN,
            "docs/templates/x.md": BROKEN,  # a top-level templates/ folder is the theme's
            "docs/real.md": BROKEN,
        },
        ["real.md:2: title"],  # no key of our contract: nothing is required of it
    ),
    "readme-beside-index": Case(
        {
            # MkDocs leaves README.md out where index.md is (a warning of its own, not ours).
            "mkdocs.yml": config(),
            "docs/architecture/x/index.md": design("X"),
            "docs/architecture/x/README.md": BROKEN,
            "docs/architecture/y/README.md": design("Y", tags="Go"),  # alone, it is served
        },
        ["architecture/y/README.md:6: tags"],
    ),
    "linked-folder": Case(
        {
            # A monorepo's records kept beside the code, linked into docs/: MkDocs follows links.
            "mkdocs.yml": config(),
            "adr/a.md": design("A", tags="Go"),
            "docs/index.md": "# Home\n",
        },
        ["architecture/a.md:6: tags"],
    ),
    "plugins-mapping": Case(
        {
            "mkdocs.yml": config(
                "plugins:\n  search: {}\n  arch-cards:\n    designs: [decisions/*.md]\n"
                "    index: decisions/index.md\n"
            ),
            "docs/decisions/a.md": design("A", tags="Go"),
            "docs/architecture/b.md": BROKEN,
        },
        ["decisions/a.md:6: tags"],
    ),
    "env-docs-dir": Case(
        {
            "mkdocs.yml": config(more="docs_dir: !ENV [ARCH_CARDS_PARITY_DOCS, docs]\n"),
            "pages/architecture/a.md": design("A", tags="Go"),
            "docs/architecture/b.md": BROKEN,
        },
        ["architecture/a.md:6: tags"],
        env={"ARCH_CARDS_PARITY_DOCS": "pages"},
    ),
    "env-default": Case(
        {
            "mkdocs.yml": config(more="docs_dir: !ENV [ARCH_CARDS_PARITY_UNSET, pages]\n"),
            "pages/architecture/a.md": design("A", tags="Go"),
        },
        ["architecture/a.md:6: tags"],
    ),
    "inherit": Case(
        {
            # The base holds the plugin and docs_dir; docs_dir is read from the child's folder.
            "config/base.yml": config(
                "plugins:\n  - search\n  - arch-cards:\n      designs: [decisions/*.md]\n"
                "      index: decisions/index.md\n      required: [owner]\n",
                more="docs_dir: pages\n",
            ),
            "mkdocs.yml": "INHERIT: config/base.yml\nsite_name: Child\n",
            "pages/decisions/a.md": design("A", owner="Team A"),
            "pages/decisions/b.md": design("B"),
        },
        ["decisions/b.md:1: owner"],
    ),
    "inherit-override": Case(
        {
            "base.yml": config(
                "plugins:\n  search: {}\n  arch-cards:\n    designs: [decisions/*.md]\n"
                "    index: decisions/index.md\n    required: [owner]\n"
            ),
            # Mappings merge: the child's option wins, the base's others stay.
            "mkdocs.yml": "INHERIT: base.yml\nplugins:\n  arch-cards:\n    required: []\n",
            "docs/decisions/a.md": design("A", tags="Go"),
        },
        ["decisions/a.md:6: tags"],
    ),
    "required-owner": Case(
        {
            "mkdocs.yml": config("plugins:\n  - arch-cards:\n      required: [owner, summary]\n"),
            "docs/architecture/a.md": design("A", owner="Team A"),
            "docs/architecture/b.md": design("B", summary=None),
        },
        ["architecture/b.md:1: owner", "architecture/b.md:1: summary"],
    ),
    "not-utf8": Case(
        {
            "mkdocs.yml": config(),
            "docs/architecture/latin.md": design("Latin", body="Café au lait.\n").encode("latin-1"),
            "docs/architecture/fine.md": design("Fine"),
        },
        ["architecture/latin.md:1: file"],
    ),
    "url-collision": Case(
        {
            "mkdocs.yml": config(),
            "docs/architecture/a.md": design("A"),
            "docs/architecture/a/index.md": design("A again"),
        },
        ["architecture/a.md:1: file", "architecture/a/index.md:1: file"],
    ),
    "url-collision-files": Case(
        {
            "mkdocs.yml": config(more="use_directory_urls: false\n"),
            "docs/architecture/a.md": design("A"),
            "docs/architecture/a/index.md": design("A again"),
        },
        [],
    ),
    "diagrams": Case(
        {
            # Mermaid refuses a design's diagram and another page's: both are reported.
            "mkdocs.yml": config(),
            "docs/architecture/a.md": design(
                "A", body="```mermaid\nerDiagram\n  CUSTOMER ||--o{ ORDER places\n```\n"
            ),
            "docs/guide.md": "# Guide\n\n```mermaid\nflowchar LR\n```\n",
            "docs/ok.md": "# Ok\n\n```mermaid\nflowchart LR\n  A --> B\n```\n",
        },
        ["architecture/a.md:11: diagram", "guide.md:3: diagram"],
    ),
    "diagram-tags": Case(
        {
            # A diagram names Go, which a.md's tags omit; b.md uses Go; c.md lists it.
            "mkdocs.yml": config(
                PLUGINS.replace("- arch-cards", "- arch-cards:\n      diagram_tags: warn")
            ),
            "docs/architecture/a.md": design(
                "A", body="```mermaid\nflowchart LR\n  A[Order API] --> G[Go worker]\n```\n"
            ),
            "docs/architecture/b.md": design("B", body="No diagram.\n", tags=["Go"]),
            "docs/architecture/c.md": design(
                "C",
                body="```mermaid\nflowchart LR\n  K[Kafka] --> G[Go]\n```\n",
                tags=["Kafka", "Go"],
            ),
        },
        ["architecture/a.md:9: tags"],
    ),
    "rendered-only": Case(
        {
            # No Mermaid fence, and a marker the plugin cannot expand: only rendering shows them.
            "mkdocs.yml": "site_name: P\ntheme:\n  name: material\n  font: false\n" + PLUGINS,
            "docs/index.md": '# Home\n\n<!-- arch-cards view="nope" -->\n',
            "docs/architecture/a.md": design("A", tags="Go"),
        },
        ["architecture/a.md:1: diagram", "architecture/a.md:6: tags", "index.md:3: arch-cards"],
    ),
}

# Values the plugin's schema refuses: the build stops with MkDocs' one line, check with its own,
# and both name the option and say the same thing about it.
BAD_OPTIONS = {
    "required-unknown": (
        "required: [owners]",
        "required",
        "expected a field, one of: title, category, summary, problem, tags, ",
    ),
    "designs-string": (
        'designs: "decisions/*.md"',
        "designs",
        "expected a list of patterns, e.g. [architecture/**/*.md], got string 'decisions/*.md'",
    ),
    "designs-number": ("designs: [5]", "designs", "expected a list of patterns, e.g. ["),
    "slugify": ("slugify: ascii", "slugify", "expected one of: default, unicode, got string"),
    "enabled": ("enabled: 'no'", "enabled", "Expected boolean but received: <class 'str'>"),
    "tag-page": ("tag_page: 'a/{tag}.md'", "tag_page", "expected a path with '{slug}' once"),
    "related": ("related: -1", "related", "expected a whole number, 0 or more, got number -1"),
    "pages": ("review_page: architecture/index.md", "review_page", "expected a page other than"),
    "colour": ("tags: {Go: {color: 'red;'}}", "tags", "Go.color: expected a CSS colour such as"),
    "alias": ("tags: {Go: {aliases: [go]}}", "tags", "alias 'go' of 'Go' is already a tag"),
    "fields": ("fields: {owners: x}", "fields", "owners: not a field; use one of: title,"),
    "defaults": ("defaults: {a/: {tags: Go}}", "defaults", "a/: tags: expected a list of tag"),
    "problems": ("problems: error", "problems", "expected one of: warn, info, got string"),
}


def write(root: Path, files: dict[str, str | bytes]) -> None:
    for path, content in files.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        target.write_bytes(data)


def checked(root: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """What `arch-cards check --format json` reports, each row as the build's log line reads."""
    capsys.readouterr()
    code = cli.main(["check", "--format", "json", "-f", str(root / "mkdocs.yml")])
    printed = capsys.readouterr()
    assert code in (0, 1), printed.err
    rows = json.loads(printed.out)
    return [
        f"{r['path']}:{r['line']}: {r['field']}: {r['message']}"
        + (f" — {r['hint']}" if r["hint"] else "")
        for r in rows
    ]


def built(root: Path) -> Result:
    site = Site(root)
    site.own_config = True
    return site.build()


_FIELD_RE = re.compile(r"^.*?:\d+: (?P<field>[^:]*): (?P<message>.*)$")


def rendered(line: str) -> bool:
    """A problem only rendering finds (see RENDERED)."""
    match = _FIELD_RE.match(line)
    assert match, line
    start = RENDERED.get(match["field"])
    return start is not None and match["message"].startswith(start)


def where(lines: list[str]) -> list[str]:
    """path:line: field of each line, as the cases list what their builds warn."""
    return sorted(line.split(": ", 2)[0] + ": " + line.split(": ", 2)[1] for line in lines)


@pytest.mark.parametrize("name", CASES)
def test_check_reports_what_the_build_warns(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    case = CASES[name]
    for variable, value in case.env.items():
        monkeypatch.setenv(variable, value)
    write(tmp_path, case.files)
    if name == "linked-folder":
        (tmp_path / "docs" / "architecture").symlink_to(tmp_path / "adr", target_is_directory=True)
    warnings = built(tmp_path).warnings
    assert where(warnings) == sorted(case.warned)
    assert sorted(checked(tmp_path, capsys)) == sorted(w for w in warnings if not rendered(w))


CORPUS = ("madr2", "madr3", "madr4", "nygard", "log4brains", "kep", "material")


@pytest.mark.parametrize("name", [*CORPUS, "wall"])
def test_check_reports_what_the_build_warns_on_real_records(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if name == "wall":
        wall.write(tmp_path)
    else:
        Site(tmp_path).copy(CORPORA / name)
    warnings = built(tmp_path).warnings  # each one is asserted in tests/suites/test_real_records.py
    assert sorted(checked(tmp_path, capsys)) == sorted(warnings)


@pytest.mark.parametrize("name", BAD_OPTIONS)
def test_a_refused_option_is_one_line_from_both(
    name: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    option, key, said = BAD_OPTIONS[name]
    plugins = f"plugins:\n  - arch-cards:\n      {option}\n"
    write(tmp_path, {"mkdocs.yml": config(plugins), "docs/architecture/a.md": design("A")})
    with caplog.at_level(logging.WARNING), pytest.raises(Abort):
        built(tmp_path)
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1
    assert errors[0].startswith(f"Config value 'plugins': Plugin 'arch-cards' option '{key}': ")
    build_says = errors[0].split(f"option '{key}': ", 1)[1]
    assert said in build_says
    capsys.readouterr()
    assert cli.main(["check", "-f", str(tmp_path / "mkdocs.yml")]) == 2
    printed = capsys.readouterr()
    assert printed.out == ""
    assert printed.err == (
        f"arch-cards: the plugin's options in {tmp_path / 'mkdocs.yml'}: {key}: {build_says}\n"
    )


def test_every_wrong_option_is_one_line_from_both_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    plugins = "plugins:\n  - arch-cards:\n      sort: age\n      related: x\n      index: a.html\n"
    write(tmp_path, {"mkdocs.yml": config(plugins), "docs/architecture/a.md": design("A")})
    with caplog.at_level(logging.WARNING), pytest.raises(Abort):
        built(tmp_path)
    [error] = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    build_says = error.removeprefix("Config value 'plugins': ").splitlines()
    assert [line.split("'")[3] for line in build_says] == ["index", "related", "sort"]
    capsys.readouterr()
    assert cli.main(["check", "-f", str(tmp_path / "mkdocs.yml")]) == 2
    where = f"arch-cards: the plugin's options in {tmp_path / 'mkdocs.yml'}: "
    check_says = capsys.readouterr().err.splitlines()
    assert [line.removeprefix(where) for line in check_says] == [
        line.replace("Plugin 'arch-cards' option '", "").replace("': ", ": ", 1)
        for line in build_says
    ]


def test_the_mkdocs_config_class_is_the_schemas_names_and_nothing_else() -> None:
    assert [name for name, _ in ArchCardsConfig._schema] == list(OPTION_NAMES)


def test_an_unknown_option_is_one_line_from_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    plugins = "plugins:\n  - arch-cards:\n      requried: [owner]\n"
    write(tmp_path, {"mkdocs.yml": config(plugins), "docs/architecture/a.md": design("A")})
    with caplog.at_level(logging.WARNING):
        assert built(tmp_path).warnings == []
    said = "Unrecognised configuration name: requried"
    assert [r.getMessage() for r in caplog.records] == [
        f"Config value 'plugins': Plugin 'arch-cards' option 'requried': {said}"
    ]
    capsys.readouterr()
    # A warning --strict fails on: check says it, and fails too.
    assert cli.main(["check", "--format", "json", "-f", str(tmp_path / "mkdocs.yml")]) == 1
    printed = capsys.readouterr()
    assert json.loads(printed.out) == []
    where = tmp_path / "mkdocs.yml"
    assert printed.err == f"arch-cards: the plugin's options in {where}: requried: {said}\n"


@pytest.mark.parametrize("name", ["properdocs.yml", "properdocs.yaml", "mkdocs.yml", "mkdocs.yaml"])
def test_check_reads_the_config_file_the_engine_reads(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # ProperDocs tries properdocs.yml, .yaml, mkdocs.yml, .yaml, in turn; MkDocs the last two.
    plugins = "plugins:\n  - arch-cards:\n      designs: [decisions/*.md]\n"
    write(tmp_path, {name: config(plugins), "docs/decisions/a.md": design("A", tags="Go")})
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    assert cli.main(["check", "--format", "json"]) == 1
    [row] = json.loads(capsys.readouterr().out)
    assert (row["path"], row["field"]) == ("decisions/a.md", "tags")


def test_check_reads_a_disabled_plugins_pages_all_the_same(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The one difference on purpose: `enabled: !ENV [CI, false]` skips the plugin in local
    # builds, and the pre-commit hook still checks.
    plugins = "plugins:\n  - arch-cards:\n      enabled: false\n"
    files = {"mkdocs.yml": config(plugins), "docs/architecture/a.md": design("A", tags="Go")}
    write(tmp_path, files)
    assert built(tmp_path).warnings == []
    assert [line.split(": ")[0] for line in checked(tmp_path, capsys)] == ["architecture/a.md:6"]
