"""The one rule of the architecture: the core imports nothing from MkDocs."""

from __future__ import annotations

import subprocess
import sys

CORE = [
    "body",
    "catalog",
    "designs",
    "frontmatter",
    "inline",
    "markers",
    "model",
    "pages",
    "problems",
    "registry",
    "relations",
    "render",
    "tags",
]


def test_the_core_imports_nothing_from_mkdocs() -> None:
    imports = "; ".join(f"import mkdocs_arch_cards.{module}" for module in CORE)
    check = f"{imports}; import sys; print(sorted(m for m in sys.modules if 'mkdocs.' in m + '.'))"
    loaded = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, check=True
    ).stdout
    assert loaded.strip() == "[]"
