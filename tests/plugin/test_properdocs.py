"""The showcase under ProperDocs: the same HTML as under MkDocs, apart from the generator line.

Runs where ProperDocs is installed: scripts/test-properdocs.sh makes that venv
(requirements/properdocs.txt). Both engines build as their commands do, in processes of their
own: ProperDocs serves every `mkdocs` import from its own package once its command starts.
"""

from __future__ import annotations

import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

pytest.importorskip("properdocs", reason="scripts/test-properdocs.sh runs these")

ROOT = Path(__file__).parents[2]
MATERIAL = f"mkdocs-material-{version('mkdocs-material')}"
# What each engine stamps in every page: Material's <meta name="generator"> names the engine.
STAMPS = {
    "mkdocs": f"mkdocs-{version('mkdocs')}, {MATERIAL}",
    "properdocs": f"mkdocs-ProperDocs {version('properdocs')}, {MATERIAL}",
}
# As Material writes it, and as mermaid2 writes it back on the pages it re-serializes.
GENERATOR_RE = re.compile(
    r'<meta (?:name="generator" content="[^"]*"|content="[^"]*" name="generator"/)>'
)
# ProperDocs reads mkdocs.yml as a fallback, and says so at INFO level.
RENAME = (
    "INFO    -  The configuration file 'mkdocs.yml' should be renamed to 'properdocs.yml', OR it"
    " should be passed explicitly on the command line: `-f mkdocs.yml`."
)


def run(engine: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`mkdocs ...` or `properdocs ...`, as a user runs it."""
    command = [sys.executable, "-m", engine, *args]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)


def logged(result: subprocess.CompletedProcess[str], level: str) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith(level)]


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The showcase (this repo's docs) built with --strict by each engine."""
    built = {}
    for engine in STAMPS:
        site_dir = tmp_path_factory.mktemp(engine)
        result = run(engine, "build", "--strict", "-d", str(site_dir), cwd=ROOT)
        assert result.returncode == 0, result.stderr
        assert logged(result, "WARNING") == []
        assert (RENAME in result.stderr) == (engine == "properdocs")
        built[engine] = site_dir
    return built


def files(site_dir: Path) -> list[str]:
    return sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*") if p.is_file())


def test_properdocs_finds_the_plugin_under_its_own_entry_point() -> None:
    code = (
        "from properdocs.plugins import get_plugins;"
        "p = get_plugins()['arch-cards']; print(p.group, p.value)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout == "properdocs.plugins mkdocs_arch_cards.plugin:ArchCardsPlugin\n"


def test_the_showcase_has_the_same_files(sites: dict[str, Path]) -> None:
    made = files(sites["mkdocs"])
    assert "architecture/index.html" in made and "catalog.json" in made
    assert files(sites["properdocs"]) == made


def test_every_page_is_the_same_html_but_for_the_generator_line(sites: dict[str, Path]) -> None:
    pages = [p for p in files(sites["mkdocs"]) if p.endswith(".html")]
    assert len(pages) > 40
    for page in pages:
        html = (sites["mkdocs"] / page).read_text(encoding="utf-8")
        [tag] = GENERATOR_RE.findall(html)
        assert f'content="{STAMPS["mkdocs"]}"' in tag, page
        stamped = tag.replace(STAMPS["mkdocs"], STAMPS["properdocs"])
        expected = html.replace(tag, stamped)  # the one tag: the docs quote its text, not it
        assert (sites["properdocs"] / page).read_text(encoding="utf-8") == expected, page


def test_every_other_file_is_the_same(sites: dict[str, Path]) -> None:
    # catalog.json, the search index, the sitemap, the plugin's CSS and JS, Mermaid.
    others = [p for p in files(sites["mkdocs"]) if not p.endswith(".html")]
    assert "search/search_index.json" in others
    assert "llms.txt" in others and "architecture/stream-processing-dag.md" in others
    for path in others:
        assert (sites["properdocs"] / path).read_bytes() == (sites["mkdocs"] / path).read_bytes()


def test_a_problem_fails_strict_with_the_same_line(tmp_path: Path) -> None:
    (tmp_path / "docs/architecture").mkdir(parents=True)
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: S\ntheme:\n  name: material\n  font: false\nplugins:\n  - arch-cards\n",
        encoding="utf-8",
    )
    page = "---\ntitle: A\ncategory: Data\nsummary: s\nproblem: p\nsumary: x\n---\n\n# A\n"
    (tmp_path / "docs/architecture/a.md").write_text(page, encoding="utf-8")
    for engine in STAMPS:
        result = run(engine, "build", "--strict", cwd=tmp_path)
        assert result.returncode == 1
        assert logged(result, "WARNING") == [
            "WARNING -  mkdocs_arch_cards: architecture/a.md:6: sumary: unknown field 'sumary'"
            " — did you mean 'summary'?"
        ]
        assert result.stdout == "\nAborted with 1 warnings in strict mode!\n"
