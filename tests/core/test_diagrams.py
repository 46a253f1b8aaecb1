"""Mermaid diagrams checked by the site's pinned Mermaid under QuickJS, with cached verdicts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mkdocs_arch_cards.core import diagrams
from mkdocs_arch_cards.core.diagrams import (
    Diagram,
    check_diagrams,
    diagrams_in,
    pinned_mermaid,
    source_line,
)

MERMAID_JS = pinned_mermaid()

needs_engine = pytest.mark.skipif(
    not diagrams.engine_installed() or not MERMAID_JS.is_file(),
    reason="the diagrams extra (scripts/setup.sh test installs it) and the pinned Mermaid",
)

VALID = {
    "flowchart": 'flowchart LR\n  A[Client] -->|"POST /orders"| B(API)\n  B --> C{Ok?}',
    "sequence": "sequenceDiagram\n  Alice->>Bob: Hi\n  Bob-->>Alice: Hello",
    "class": "classDiagram\n  Animal <|-- Duck\n  Animal : +int age",
    "state": "stateDiagram-v2\n  [*] --> Still\n  Still --> Moving",
    "er": "erDiagram\n  CUSTOMER ||--o{ ORDER : places",
    "gitGraph": "gitGraph\n  commit\n  branch dev\n  checkout dev\n  commit\n  checkout main\n"
    "  merge dev",
    "pie": 'pie title Pets\n  "Dogs" : 386\n  "Cats" : 85',
    "c4": 'C4Context\n  Person(customer, "Customer")\n  System(shop, "Shop")\n'
    '  Rel(customer, shop, "Uses")',
    "architecture": "architecture-beta\n  group api(cloud)[API]\n"
    "  service db(database)[Database] in api\n  service server(server)[Server] in api\n"
    "  db:L -- R:server",
    "front-matter": "---\ntitle: Orders\nconfig:\n  theme: dark\n---\nflowchart LR\n  A --> B",
}

# (diagram, line of the fence's text the problem is on, words of the message)
INVALID = {
    "flowchart": ("flowchart LR\n  A --> B\n  B --> C[open\n", 3, "Expecting"),
    "sequence": ("sequenceDiagram\n  Alice->>Bob: Hi\n  Note right of Bob: a; b", 3, "Expecting"),
    "class": ("classDiagram\n  Animal <|-- Duck\n  Animal <|--", 3, "Expecting"),
    "state": ("stateDiagram-v2\n  [*] --> Still\n  Still --> : x -->", 3, "Expecting"),
    "er": ("erDiagram\n  CUSTOMER ||--o{ ORDER places", 2, "Expecting 'COLON'"),
    "gitGraph": ("gitGraph\n  commit\n  merge nonexistent", None, "does not exist"),
    "pie": ('pie title Pets\n  "Dogs" : 386\n  "Cats" 85', 3, "Expecting token of type ':'"),
    "c4": ('C4Context\n  Person(customer, "Customer")\n  Rel(customer shop)', 3, "Expecting"),
    "architecture": ("architecture-beta\n  service db(database)[DB]\n  db:L -- R:", 3, "'ID'"),
    "unknown type": ("flowchar LR\n  A --> B", None, "no diagram type that starts 'flowchar LR'"),
    "front-matter": ("---\ntitle: Orders\n---\nflowchart LR\n  A --> B[open\n", 5, "Expecting"),
    "comments": ("%% why\nflowchart LR\n\n  %% more\n  A --> B\n  B --> C[open", 6, "Expecting"),
}


def test_diagrams_in_a_page_are_found_at_their_fence_lines() -> None:
    text = "---\ntitle: A\n---\n\n# A\n\n```mermaid\nflowchart LR\n  A --> B\n```\n\n" + (
        "!!! note\n\n    ``` mermaid\n    pie\n    ```\n\n````markdown\n```mermaid\nx\n```\n````\n"
    )
    assert diagrams_in("a.md", text) == [
        Diagram("a.md", 7, "flowchart LR\n  A --> B"),
        Diagram("a.md", 14, "pie"),
    ]


@pytest.mark.parametrize(
    ("source", "parsed", "line"),
    [
        ("flowchart LR\n  A --> B", 2, 2),
        ("---\ntitle: x\n---\nflowchart LR\n  A --> B", 2, 5),  # Mermaid drops its front-matter
        ("%% a\nflowchart LR\n%% b\n\n  %% c\n  A --> B", 2, 6),  # and comment lines
        ("\n\nflowchart LR\n  A --> B", 2, 4),  # and leading blank lines
        ("%%{init: {'theme': 'dark'}}%%\nflowchart LR\n  A", 3, 3),  # a directive stays a line
        ("flowchart LR", 9, 1),  # past the end: the last line
    ],
)
def test_the_parsers_line_is_a_line_of_the_fence(source: str, parsed: int, line: int) -> None:
    assert source_line(source, parsed) == line


@needs_engine
@pytest.mark.parametrize("kind", VALID)
def test_mermaid_accepts_every_common_type(kind: str, tmp_path: Path) -> None:
    checked = check_diagrams([Diagram("a.md", 10, VALID[kind])], MERMAID_JS, tmp_path / "c.json")
    assert (checked.problems, checked.notes) == ([], [])


@needs_engine
@pytest.mark.parametrize("kind", INVALID)
def test_mermaid_refuses_a_broken_diagram_of_every_type(kind: str, tmp_path: Path) -> None:
    source, line, words = INVALID[kind]
    checked = check_diagrams([Diagram("a.md", 10, source)], MERMAID_JS, tmp_path / "c.json")
    [problem] = checked.problems
    assert (problem.path, problem.line, problem.field) == ("a.md", 10 + (line or 0), "diagram")
    assert words in problem.message


@needs_engine
def test_a_warm_check_takes_the_cached_verdicts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = [Diagram("a.md", 1, VALID["pie"]), Diagram("b.md", 1, INVALID["er"][0])]
    cold = check_diagrams(found, MERMAID_JS, tmp_path / ".cache" / "d.json")
    monkeypatch.setattr(diagrams, "_SEEN", {})
    monkeypatch.setattr(diagrams, "_parser", lambda *_: pytest.fail("parsed again"))
    assert check_diagrams(found, MERMAID_JS, tmp_path / ".cache" / "d.json") == cold


def test_without_the_extra_checks_are_off_in_one_info_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "quickjs", None)  # as if quickjs-ng were not installed
    checked = check_diagrams([Diagram("a.md", 1, "flowchar")], MERMAID_JS, tmp_path / "c.json")
    assert checked.problems == []
    assert checked.notes == [
        "diagram checks are off: QuickJS is not installed; "
        "pip install 'mkdocs-arch-cards[diagrams]'"
    ]


def test_a_site_without_diagrams_says_nothing(tmp_path: Path) -> None:
    assert check_diagrams([], tmp_path / "none.js", tmp_path / "c.json") == ([], [], {})
