"""The `arch-cards` command, run as a process the way an author or CI runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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
        "arch-cards: the plugin's options in mkdocs.yml: `fields: owners`: not a field;"
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
    assert run("check", cwd=tmp_path).returncode == 0
    page.write_text("mine", encoding="utf-8")
    again = run("new", "Q&A Edge Gateway", cwd=tmp_path)
    assert again.returncode == 2
    assert "exists already" in again.stderr
    assert page.read_text(encoding="utf-8") == "mine"


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
