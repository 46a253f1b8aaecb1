"""The `arch-cards` command, run as a process the way an author or CI runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mkdocs_arch_cards.core.ordering import SORTS
from tests.helpers import design


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "mkdocs_arch_cards.cli", *args]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)


def write(root: Path, path: str, text: str) -> None:
    target = root / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def test_check_reports_every_problem_and_fails(tmp_path: Path) -> None:
    write(tmp_path, "docs/architecture/good.md", design("Good"))
    write(tmp_path, "docs/architecture/typo.md", design("Typo", sumary="x", summary=None))
    write(tmp_path, "docs/architecture/broken.md", "---\ntitle: A\nsummary: Kafka: bus\n---\n")
    result = run("check", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "architecture/broken.md:3: front-matter: the YAML does not parse: mapping values are"
        " not allowed here — a value that contains ': ' must be quoted,"
        ' e.g. summary: "Kafka: the bus"',
        "architecture/typo.md:1: summary: is required but missing (expected a non-empty string)"
        " — add `summary: ...` to the front-matter",
        "architecture/typo.md:6: sumary: unknown field 'sumary' — did you mean 'summary'?",
    ]
    assert result.stderr.strip() == "3 problems"


def test_check_passes_a_clean_folder_and_speaks_json(tmp_path: Path) -> None:
    write(tmp_path, "docs/architecture/good.md", design("Good"))
    assert run("check", cwd=tmp_path).returncode == 0
    write(tmp_path, "docs/architecture/bad.md", design("Bad", tags="Go"))
    result = run("check", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1
    assert json.loads(result.stdout) == [
        {
            "path": "architecture/bad.md",
            "line": 6,
            "field": "tags",
            "message": "expected a list of strings, e.g. [Kafka, Go], got string 'Go'",
            "hint": "write a YAML list: tags: [Go]",
            "level": "warning",
        }
    ]


def test_check_follows_the_plugin_options_in_mkdocs_yml(tmp_path: Path) -> None:
    write(
        tmp_path,
        "mkdocs.yml",
        "site_name: T\ndocs_dir: pages\nsite_url: !ENV [URL, 'http://x/']\n"
        "plugins:\n  - arch-cards:\n      designs: ['decisions/*.md']\n      required: [owner]\n"
        "markdown_extensions:\n  - pymdownx.superfences:\n      custom_fences:\n"
        "        - name: mermaid\n          class: mermaid\n"
        "          format: !!python/name:pymdownx.superfences.fence_code_format\n",
    )
    write(tmp_path, "pages/decisions/a.md", "---\ntitle: A\n---\n")
    write(tmp_path, "pages/architecture/ignored.md", "---\ntitle: [not, text]\n---\n")
    result = run("check", cwd=tmp_path)
    assert result.stdout.splitlines() == [
        "decisions/a.md:1: owner: is required but missing (expected a non-empty string)"
        " — add `owner: ...` to the front-matter"
    ]


def test_check_reads_mapped_fields_and_refuses_a_wrong_mapping(tmp_path: Path) -> None:
    plugin = "site_name: T\nplugins:\n  - arch-cards:\n      required: [owner]\n"
    write(tmp_path, "mkdocs.yml", plugin + "      fields: {owner: decision-makers}\n")
    write(tmp_path, "docs/architecture/a.md", design("A", **{"decision-makers": ["Ana", "Ben"]}))
    assert run("check", cwd=tmp_path).returncode == 0
    write(tmp_path, "mkdocs.yml", plugin + "      fields: {owners: decision-makers}\n")
    result = run("check", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith(
        "arch-cards: the plugin's options in mkdocs.yml: fields: owners: not a field;"
    )


def test_schema_is_the_model_the_checks_use(tmp_path: Path) -> None:
    result = run("schema", cwd=tmp_path)
    found = json.loads(result.stdout)
    assert found["required"] == ["category", "summary", "problem"]
    assert found["properties"]["tags"]["items"] == {"minLength": 1, "type": "string"}
    assert {"title", "category", "summary", "problem", "tags", "status", "draft"} <= set(
        found["properties"]
    )


def test_new_writes_a_valid_page_at_a_slug_path_and_never_overwrites(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    result = run(
        "new", "Q&A Edge Gateway", "--category", "Security", "--tags", "Envoy, Go", cwd=tmp_path
    )
    page = tmp_path / "docs/architecture/q-and-a-edge-gateway.md"
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"created {page.relative_to(tmp_path)}"
    text = page.read_text(encoding="utf-8")
    assert text.startswith('---\ntitle: "Q&A Edge Gateway"\ncategory: "Security"\n')
    assert 'tags: ["Envoy", "Go"]' in text and "```mermaid" in text
    assert run("check", cwd=tmp_path).stdout.splitlines() == STUB[1:]  # the writer's to write
    page.write_text("mine", encoding="utf-8")
    again = run("new", "Q&A Edge Gateway", cwd=tmp_path)
    assert again.returncode == 2
    assert "exists already" in again.stderr
    assert page.read_text(encoding="utf-8") == "mine"


STUB = [
    "architecture/q-and-a-edge-gateway.md:3: category: is required but has no value (expected a"
    " non-empty string) — write category: <value>",
    "architecture/q-and-a-edge-gateway.md:4: summary: still holds the template's placeholder"
    " 'One or two sentences on what the system does, for the card.'"
    " — write this design's own summary",
    "architecture/q-and-a-edge-gateway.md:5: problem: still holds the template's placeholder"
    " 'What was wrong before, and what this design changed.' — write this design's own problem",
]


def test_a_stub_is_not_publishable_until_its_sentences_and_category_are_written(
    tmp_path: Path,
) -> None:
    (tmp_path / "docs").mkdir()
    assert run("new", "Q&A Edge Gateway", cwd=tmp_path).returncode == 0
    page = tmp_path / "docs/architecture/q-and-a-edge-gateway.md"
    text = page.read_text(encoding="utf-8")
    assert "Uncategorised" not in text
    assert text.startswith('---\ntitle: "Q&A Edge Gateway"\ncategory:\nsummary: One or two')
    checked = run("check", cwd=tmp_path)
    assert (checked.returncode, checked.stdout.splitlines()) == (1, STUB)
    # Spaces and case changed, the sentence is still the template's.
    changed = text.replace("category:", "category: Edge")
    page.write_text(changed.replace("for the card.", "for\n  THE card."))
    assert run("check", cwd=tmp_path).stdout.splitlines() == [
        STUB[1].replace("the card.", "THE card."),
        STUB[2].replace(":5:", ":6:"),
    ]
    written = text.replace("category:", "category: Edge")
    written = written.replace("One or two sentences on what the system does, for the card.", "S.")
    page.write_text(written.replace("What was wrong before, and what this design changed.", "P."))
    assert run("check", cwd=tmp_path).returncode == 0


def test_new_uses_the_sites_own_template(tmp_path: Path) -> None:
    write(
        tmp_path, "mkdocs.yml", "site_name: T\ntheme:\n  name: material\n  custom_dir: overrides\n"
    )
    # Braces of the template's own, as MADR's placeholders and Mermaid's shapes have, stay.
    ours = "---\ntitle: {title}\nstatus: {proposed | accepted}\n---\nA{decision} --> B\n"
    write(tmp_path, "overrides/arch-cards/new-design.md", ours)
    (tmp_path / "docs").mkdir()
    assert run("new", "Ledger", cwd=tmp_path).returncode == 0
    assert (tmp_path / "docs/architecture/ledger.md").read_text() == (
        '---\ntitle: "Ledger"\nstatus: {proposed | accepted}\n---\nA{decision} --> B\n'
    )


@pytest.mark.parametrize("encoding", ["ascii", "cp1252", "cp437"])
def test_check_prints_on_any_console_encoding(tmp_path: Path, encoding: str) -> None:
    page = design("A", status="STATUS").replace('"STATUS"', '"😀 \\e[2J\u202e"')
    write(tmp_path, "docs/architecture/a.md", page)
    environment = {**os.environ, "PYTHONIOENCODING": encoding}
    command = [sys.executable, "-m", "mkdocs_arch_cards.cli", "check"]
    result = subprocess.run(command, cwd=tmp_path, capture_output=True, env=environment)
    assert result.returncode == 1, result.stderr
    expected = (
        "architecture/a.md:7: status: '\\U0001f600 \\x1b[2J\\u202e' is not a known status"
        " \\u2014 use one of: draft, proposed, provisional, implementable, accepted, new,"
        " implemented, deferred, deprecated, rejected, withdrawn, superseded, replaced"
    )
    if encoding == "cp1252":  # it has a dash
        expected = expected.replace("\\u2014", "—")
    assert result.stdout.decode(encoding).splitlines() == [expected]
    assert result.stderr == b"1 problem\n"


def test_check_reports_files_it_cannot_read_and_skips_folders(tmp_path: Path) -> None:
    write(tmp_path, "docs/architecture/good.md", design("Good"))
    (tmp_path / "docs/architecture/folder.md").mkdir()
    (tmp_path / "docs/architecture/link.md").symlink_to("nowhere.md")
    (tmp_path / "docs/architecture/latin.md").write_bytes(b"---\ntitle: caf\xe9\n---\n")
    write(tmp_path, "docs/architecture/crlf.md", design("Crlf").replace("\n", "\r\n"))
    result = run("check", "--format", "json", cwd=tmp_path)
    found = [
        f"{p['path']}:{p['line']}: {p['field']}: {p['message']}" for p in json.loads(result.stdout)
    ]
    assert found == [
        "architecture/latin.md:1: file: is not UTF-8 text (invalid continuation byte at byte 14)",
        "architecture/link.md:1: file: cannot be read (No such file or directory); it is left"
        " out of the site",
    ]


@pytest.mark.parametrize(
    ("config", "error"),
    [
        (
            "plugins:\n  - arch-cards:\n      required: [owners]\n",
            "arch-cards: the plugin's options in mkdocs.yml: required: expected a field, one of:",
        ),
        (
            "plugins:\n  - arch-cards: {designs: [5]}\n",
            "arch-cards: the plugin's options in mkdocs.yml: designs: expected a list of patterns",
        ),
        (
            "plugins:\n  - arch-cards: [x]\n",
            "arch-cards: the plugin's options in mkdocs.yml: expected a mapping of options under"
            " arch-cards, got list",
        ),
        (
            "plugins:\n  search: {}\n  arch-cards: {required: owner}\n",
            "arch-cards: the plugin's options in mkdocs.yml: required: expected a list of fields",
        ),
        ("docs_dir: [x]\n", "arch-cards: mkdocs.yml: docs_dir: expected a folder path, got list"),
        (
            "theme: {name: material, custom_dir: 5}\n",
            "arch-cards: mkdocs.yml: custom_dir: expected a folder path, got number 5",
        ),
        ("", "arch-cards: mkdocs.yml: expected a mapping of settings, got list"),
        ("a: [\n", "arch-cards: mkdocs.yml: while parsing a flow node"),
        ("docs_dir: !ENV [ARCH_CARDS_UNSET_DIR, pages]\n", "arch-cards: no docs folder at pages"),
        (
            "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c]\n"
            "plugins:\n  - arch-cards: {categories: [*d]}\n",
            "arch-cards: the plugin's options in mkdocs.yml: categories: item 1: expected a"
            " category",
        ),
    ],
)
def test_a_wrong_option_is_one_line(tmp_path: Path, config: str, error: str) -> None:
    write(tmp_path, "mkdocs.yml", "site_name: T\n" + config if config else "- a\n")
    write(tmp_path, "docs/architecture/a.md", design("A"))
    result = run("check", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith(error) and len(result.stderr.splitlines()) == 1
    assert len(result.stderr) < 1_100


def test_env_tags_in_mkdocs_yml_are_read_as_mkdocs_reads_them(tmp_path: Path) -> None:
    write(tmp_path, "mkdocs.yml", "site_name: T\ndocs_dir: !ENV [ARCH_CARDS_UNSET_DIR, pages]\n")
    write(tmp_path, "pages/architecture/a.md", design("A", tags="Go"))
    assert run("check", cwd=tmp_path).stdout.startswith("architecture/a.md:6: tags:")


def test_json_reports_show_values_as_the_text_report_does(tmp_path: Path) -> None:
    page = design("A", status="STATUS").replace('"STATUS"', '"\\e[2J' + "x" * 2000 + '"')
    write(tmp_path, "docs/architecture/a.md", page)
    [row] = json.loads(run("check", "--format", "json", cwd=tmp_path).stdout)
    assert row["message"].startswith("'\\x1b[2Jxxx") and row["message"].endswith("x…")
    assert len(row["message"]) < 700


def test_check_leaves_out_what_a_build_leaves_out(tmp_path: Path) -> None:
    write(
        tmp_path,
        "mkdocs.yml",
        "site_name: T\nplugins:\n  - arch-cards\n"
        "exclude_docs: |\n  architecture/template.md\ndraft_docs: |\n  architecture/wip-*.md\n",
    )
    broken = "---\ntitle: [not, text]\n---\n"
    for path in [
        "architecture/template.md",
        "architecture/wip-idea.md",
        "architecture/.obsidian/note.md",
        ".hidden/architecture/x.md",
    ]:
        write(tmp_path / "docs", path, broken)
    write(tmp_path, "docs/architecture/real.md", broken)
    result = run("check", cwd=tmp_path)
    assert {line.split(":")[0] for line in result.stdout.splitlines()} == {"architecture/real.md"}


def test_schema_of_the_options_is_the_schema_that_checks_them(tmp_path: Path) -> None:
    found = json.loads(run("schema", "--options", cwd=tmp_path).stdout)
    assert found["properties"]["sort"]["enum"] == list(SORTS)
    assert found["properties"]["designs"]["default"] == ["architecture/**/*.md"]


@pytest.mark.parametrize(
    "args",
    [
        ("schema",),
        ("schema", "--options"),
        ("check",),
        ("check", "--format", "json"),
        ("new", "A closed pipe"),
        ("sync",),
    ],
    ids=" ".join,
)
def test_no_command_ends_in_a_traceback_when_the_reader_leaves(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    write(tmp_path, "mkdocs.yml", "site_name: Closed pipe\nplugins: [arch-cards]\n")
    write(tmp_path, "docs/architecture/bad.md", design("Bad", tags="Go"))
    read, written = os.pipe()
    os.close(read)  # as `arch-cards schema | head -1` once head has its line
    command = [sys.executable, "-m", "mkdocs_arch_cards.cli", *args]
    with os.fdopen(written, "wb") as stdout:
        result = subprocess.run(
            command, cwd=tmp_path, stdout=stdout, stderr=subprocess.PIPE, text=True, check=False
        )
    assert "Traceback" not in result.stderr
    assert "Error" not in result.stderr
    assert result.returncode == 1
