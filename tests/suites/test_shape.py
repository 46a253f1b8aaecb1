"""The shape of the package: the core imports no engine, and the adapters stay thin."""

from __future__ import annotations

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
