"""Mermaid's own parser, the site's pinned mermaid.min.js, run in QuickJS: no browser, no Node.

QuickJS comes from the `diagrams` extra (`pip install mkdocs-arch-cards[diagrams]`), the PyPI
wheel `quickjs-ng`; without it there is no parser and the checks are off.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, NamedTuple

SHIM = Path(__file__).with_name("mermaid_check.js")
TIME_LIMIT = 20.0  # seconds for one diagram: the browser would hang on it too
MEMORY_LIMIT = 1 << 30
_JOBS_LIMIT = 100_000  # pending promise jobs run for one diagram; Mermaid's parse needs a few


class Parsed(NamedTuple):
    """What Mermaid's parser said of one diagram."""

    ok: bool
    kind: str = ""  # the diagram's type when ok, else the error's name
    message: str = ""
    line: int | None = None  # 1-based, in the text Mermaid parsed (after its own clean-up)
    nodes: tuple[tuple[str, str], ...] = ()  # (id, label)
    edges: tuple[tuple[str, str, str], ...] = ()  # (from id, to id, label)


class EngineMissing(Exception):
    """QuickJS is not installed: the `diagrams` extra is missing."""


class MermaidParser:
    """One QuickJS context with Mermaid loaded once, reused for every diagram of a run.

    QuickJS is not thread-safe: a parser is used by the thread that made it, for one run.
    """

    def __init__(self, mermaid_js: Path) -> None:
        try:
            import quickjs
        except ImportError as error:
            raise EngineMissing(str(error)) from None
        self._context = quickjs.Context()
        self._context.set_memory_limit(MEMORY_LIMIT)
        self._context.eval(SHIM.read_text(encoding="utf-8"))
        self._context.eval(mermaid_js.read_text(encoding="utf-8"))
        self._context.eval("mermaid.parse('info')")  # registers every diagram type
        self._settle()
        self._check = self._context.get("__archCardsCheck")

    def parse(self, source: str) -> Parsed:
        """Mermaid's verdict on one diagram; a JS failure (time, memory) raises JSException."""
        self._context.set_time_limit(TIME_LIMIT)
        self._check(source)
        self._settle()
        self._context.set_time_limit(-1)
        found = self._context.eval("__archCardsResult")
        if not isinstance(found, str):
            return Parsed(False, "Error", "the parser gave no verdict")
        return _parsed(json.loads(found))

    def _settle(self) -> None:
        for _ in range(_JOBS_LIMIT):
            if not self._context.execute_pending_job():
                return


def _parsed(raw: dict[str, Any]) -> Parsed:
    if raw.get("ok"):
        nodes = tuple((str(i), str(label)) for i, label in raw.get("nodes", []))
        edges = tuple((str(a), str(b), str(label)) for a, b, label in raw.get("edges", []))
        return Parsed(True, str(raw.get("type", "")), nodes=nodes, edges=edges)
    line = raw.get("line")
    return Parsed(
        False,
        str(raw.get("kind", "")),
        str(raw.get("message", "")),
        line if isinstance(line, int) and line > 0 else None,
    )
