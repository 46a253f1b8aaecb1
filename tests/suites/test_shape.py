"""The shape of the package: the core imports no engine, and the adapters stay thin."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[2] / "mkdocs_arch_cards"
CORE = sorted(p.stem for p in (PACKAGE / "core").glob("*.py") if p.stem != "__init__")
ENGINES = ("mkdocs", "properdocs", "zensical", "material")


def test_the_core_imports_no_engine() -> None:
    imports = "; ".join(f"import mkdocs_arch_cards.core.{module}" for module in CORE)
    loaded_roots = "sorted(m for m in sys.modules if m.split('.')[0] in ENGINES)"
    check = f"{imports}; import sys; ENGINES = {ENGINES!r}; print({loaded_roots})"
    loaded = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, check=True
    ).stdout
    assert len(CORE) > 20
    assert loaded.strip() == "[]"


@pytest.mark.parametrize(
    "module", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.relative_to(PACKAGE).as_posix()
)
def test_no_module_is_past_about_300_lines(module: Path) -> None:
    assert len(module.read_text(encoding="utf-8").splitlines()) <= 340


ADAPTERS = {
    "plugin/__init__.py": 200,
    "zensical/__init__.py": 200,
    "zensical/site.py": 200,
    "zensical/sync.py": 200,
    "cli.py": 250,
}


@pytest.mark.parametrize(("module", "most"), ADAPTERS.items())
def test_an_adapter_is_a_table_of_contents_over_the_core(module: str, most: int) -> None:
    assert len((PACKAGE / module).read_text(encoding="utf-8").splitlines()) < most


def test_the_zensical_adapter_is_under_300_lines_in_all() -> None:
    modules = sorted((PACKAGE / "zensical").glob("*.py"))
    assert sum(len(p.read_text(encoding="utf-8").splitlines()) for p in modules) < 300


def test_the_core_imports_no_adapter() -> None:
    imports = "; ".join(f"import mkdocs_arch_cards.core.{module}" for module in CORE)
    adapters = ("mkdocs_arch_cards.plugin", "mkdocs_arch_cards.zensical", "mkdocs_arch_cards.cli")
    loaded = f"sorted(m for m in sys.modules if m.startswith({adapters!r}))"
    check = f"{imports}; import sys; print({loaded})"
    found = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, check=True
    ).stdout
    assert found.strip() == "[]"
    # Nor by name, where an import inside a function would load it only when called.
    for module in (PACKAGE / "core").glob("*.py"):
        text = module.read_text(encoding="utf-8")
        assert not re.search(
            r"from \.\.(plugin|zensical|cli)\b|import mkdocs_arch_cards\.(plugin|zensical|cli)",
            text,
        ), module.name


def test_a_check_imports_only_what_reading_needs() -> None:
    # Each is a module `arch-cards check` never calls: importing it is time every check pays.
    unused = ("jinja2", "tarfile", "difflib", "mkdocs")
    check = f"import mkdocs_arch_cards.cli, sys; print([m for m in {unused!r} if m in sys.modules])"
    found = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, check=True
    ).stdout
    assert found.strip() == "[]"
