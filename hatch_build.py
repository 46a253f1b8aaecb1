"""Wheel and sdist build hook: put the pinned Mermaid in the package, fetched and checked.

The file is third-party and never committed; the build fetches it once from the npm registry
(mkdocs_arch_cards/core/vendor.py pins the version and both digests) and ships it, so an
installed package serves diagrams with no request off the machine.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class MermaidHook(BuildHookInterface):
    """Fetches the pinned Mermaid into mkdocs_arch_cards/assets/vendor/ before a build."""

    PLUGIN_NAME = "mermaid"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        # By path, not by import: the package's dependencies are not in the build environment.
        path = Path(self.root) / "mkdocs_arch_cards" / "core" / "vendor.py"
        spec = importlib.util.spec_from_file_location("_arch_cards_vendor", path)
        assert spec is not None and spec.loader is not None
        vendor = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(vendor)
        try:
            vendor.fetch()
        except vendor.MermaidMissing as error:
            raise SystemExit(f"mkdocs-arch-cards build: {error}") from None
