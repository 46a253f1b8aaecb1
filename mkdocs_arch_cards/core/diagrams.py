"""Mermaid diagrams checked at build time by Mermaid's own parser, with verdicts cached.

Every page a build builds is read for Mermaid fences; each diagram is parsed by the site's
pinned mermaid.min.js (core/mermaid_js.py) unless a verdict for the same Mermaid and the same
text is cached. A diagram Mermaid refuses is a problem at the fence's line plus the parser's.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .fences import mermaid_fences
from .frontmatter import split_body
from .graphs import untagged
from .mermaid_js import SHIM, Parsed
from .problems import Problem
from .vendor import VENDOR

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .designs import Catalog

CACHE = Path(".cache") / "arch-cards" / "diagrams.json"  # beside the config file
EXTRA = "pip install 'mkdocs-arch-cards[diagrams]'"
FIELD = "diagram"
# Mermaid's own clean-up before parsing (mermaid/src/preprocess.ts, diagram-api/frontmatter.ts):
# the parser counts lines without its front-matter, directives and comment lines.
_FRONT_MATTER_RE = re.compile(r"^([^\S\n\r]*)-{3}\s*[\n\r](.*?)[\n\r]\1-{3}\s*[\n\r]+", re.S)
_DIRECTIVE_RE = re.compile(
    r"%{2}\{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!\}%{2}).|\r?\n)*))?\s*(?:\}%{2})?", re.I
)
_LOCATION_RE = re.compile(
    r"(?:Parsing failed:\s*)?(?:Parse|Lexer) error on line \d+(?:, column (\d+))?:?\s*"
)
_EXPECTED_SHOWN = 8  # tokens of a long "Expecting ..." list
# Verdicts this process has seen, by key: `serve` rebuilds and test builds skip the file and,
# for a diagram seen before, the parser's start. A verdict is a fact about a text, never stale.
# The same values a build's pages and catalog.json list, so they are held once.
_SEEN: dict[str, Parsed] = {}
_SEEN_MOST = 20_000
_VERSIONS: dict[tuple[tuple[Path, int, int], ...], str] = {}


@dataclass(frozen=True, slots=True)
class Diagram:
    """One Mermaid fence of one page: its file line (the fence's) and its text."""

    path: str
    line: int
    source: str


class Checked(NamedTuple):
    """What the checks found: problems, INFO lines, and each checked page's diagrams."""

    problems: list[Problem]
    notes: list[str]
    parsed: dict[str, list[Parsed]]  # page path -> its diagrams' parses, in page order


def diagrams_in(path: str, text: str) -> list[Diagram]:
    """The page's Mermaid fences, each at its opening line counted from the file's first."""
    body, body_line = split_body(text)
    return [Diagram(path, body_line + index, source) for index, source in mermaid_fences(body)]


def pinned_mermaid() -> Path:
    """The mermaid.min.js the package ships and the site serves: the one that draws."""
    return VENDOR / "mermaid.min.js"


def engine_installed() -> bool:
    """Whether QuickJS, the `diagrams` extra, is installed."""
    try:
        return importlib.util.find_spec("quickjs") is not None
    except ValueError:  # sys.modules["quickjs"] is None: blocked, as a test does
        return False


def check_pages(
    pages: Iterable[tuple[str, str]],
    catalog: Catalog,
    root: Path,
    kept: dict[str, tuple[str, list[Diagram]]] | None = None,
) -> Checked:
    """Check the diagrams of every page a build builds (path, text): a draft only if built.

    `kept`: each page's fences as the last call found them (serve), found again only in a
    page whose text changed."""
    drafts = set() if catalog.settings.include_drafts else catalog.drafts
    fences = {} if kept is None else kept
    last = dict(fences)
    fences.clear()  # this call's pages alone
    for path, text in pages:
        was = last.get(path)
        fences[path] = was if was and was[0] == text else (text, diagrams_in(path, text))
    found = [d for path, (_, listed) in fences.items() if path not in drafts for d in listed]
    checked = check_diagrams(found, pinned_mermaid(), root / CACHE)
    checked.problems.extend(untagged(found, checked.parsed, catalog))
    return checked


def check_diagrams(diagrams: list[Diagram], mermaid_js: Path, cache_file: Path) -> Checked:
    """Parse each diagram with Mermaid, or take the cached verdict; off without the extra."""
    if not diagrams:
        return Checked([], [], {})
    if not engine_installed():
        return Checked([], [f"diagram checks are off: QuickJS is not installed; {EXTRA}"], {})
    try:
        version = _version(mermaid_js)
    except OSError:
        note = f"diagram checks are off: no pinned Mermaid at {mermaid_js}"
        return Checked([], [note], {})
    cached = _load(cache_file)
    verdicts: dict[str, Parsed] = {}
    checked = Checked([], [], {})
    parser: Any = None
    parsed_now = False
    for diagram in diagrams:
        key = hashlib.sha256(f"{version}\0{diagram.source}".encode()).hexdigest()
        parsed = _SEEN.get(key)
        if parsed is None and (raw := cached.get(key)) is not None:
            parsed = _from_raw(raw)
        if parsed is None:
            if parser is None:
                parser = _parser(mermaid_js, checked.notes)
                if parser is False:
                    return Checked([], checked.notes, {})
            try:
                parsed = parser.parse(diagram.source)
            except Exception as error:  # JS time or memory limit: not a verdict
                checked.notes.append(
                    f"{diagram.path}:{diagram.line}: {FIELD}: not checked ({error})"
                )
                # Kept in its place, so a page's parses line up with its fences.
                checked.parsed.setdefault(diagram.path, []).append(Parsed(False, "unchecked"))
                continue
            parsed_now = True
        verdicts[key] = parsed
        if len(_SEEN) >= _SEEN_MOST:
            _SEEN.clear()
        _SEEN[key] = parsed
        checked.parsed.setdefault(diagram.path, []).append(parsed)
        if not parsed.ok:
            checked.problems.append(problem_of(diagram, parsed))
    if parsed_now or verdicts.keys() != cached.keys():
        # Only this run's: the cache never outgrows the site.
        _save(cache_file, {key: parsed._asdict() for key, parsed in verdicts.items()})
    return checked


def _version(mermaid_js: Path) -> str:
    """What a verdict was given by: the Mermaid file and the shim, whose extract (nodes, edges)
    is part of it. Hashed once per process and file state: serve rebuilds ask every time."""
    state = tuple((f, f.stat().st_mtime_ns, f.stat().st_size) for f in (mermaid_js, SHIM))
    if state not in _VERSIONS:
        _VERSIONS.clear()
        _VERSIONS[state] = hashlib.sha256(mermaid_js.read_bytes() + SHIM.read_bytes()).hexdigest()
    return _VERSIONS[state]


def problem_of(diagram: Diagram, parsed: Parsed) -> Problem:
    """A refused diagram as a problem at the fence's line plus the parser's."""
    line = diagram.line + source_line(diagram.source, parsed.line) if parsed.line else diagram.line
    message, hint = _said(parsed)
    return Problem(diagram.path, line, FIELD, message, hint)


def source_line(source: str, parsed_line: int) -> int:
    """The line of the fence's text (1-based) that Mermaid's line `parsed_line` comes from."""
    text = source.replace("\r\n", "\n").replace("\r", "\n")
    origin = list(range(len(text)))  # each character's place in `text` before the clean-up
    if match := _FRONT_MATTER_RE.match(text):
        text, origin = text[match.end() :], origin[match.end() :]
    text, origin = _cut(text, origin, [m.span() for m in _DIRECTIVE_RE.finditer(text)])
    text, origin = _cut(text, origin, _comment_lines(text))
    start = len(text) - len(text.lstrip())
    text, origin = text[start:], origin[start:]
    position = 0
    for _ in range(parsed_line - 1):
        following = text.find("\n", position)
        if following < 0:
            break
        position = following + 1
    if not origin:
        return 1
    place = origin[min(position, len(origin) - 1)]
    return source.replace("\r\n", "\n").replace("\r", "\n").count("\n", 0, place) + 1


def _cut(text: str, origin: list[int], spans: list[tuple[int, int]]) -> tuple[str, list[int]]:
    if not spans:
        return text, origin
    kept, at = [], 0
    for start, end in spans:
        kept.append((at, start))
        at = end
    kept.append((at, len(text)))
    return "".join(text[a:b] for a, b in kept), [o for a, b in kept for o in origin[a:b]]


def _comment_lines(text: str) -> list[tuple[int, int]]:
    """Spans of `^\\s*%%(?!{)[^\\n]+\\n?` (multiline), found line by line: the regex is
    quadratic on blank lines. Blank lines right before a comment line go with it."""
    spans: list[tuple[int, int]] = []
    blank_from: int | None = None
    at = 0
    for line in text.splitlines(keepends=True):
        bare = line.strip()
        if not bare:
            blank_from = at if blank_from is None else blank_from
        else:
            rest = line.lstrip()
            if rest.startswith("%%") and not rest.startswith("%%{") and rest[2:3] not in ("", "\n"):
                spans.append((at if blank_from is None else blank_from, at + len(line)))
            blank_from = None
        at += len(line)
    return spans


def _said(parsed: Parsed) -> tuple[str, str]:
    """Mermaid's error in one line, and what to do."""
    text = parsed.message
    if parsed.kind == "UnknownDiagramError":
        first = text.partition("for text:")[2].strip().partition("\n")[0]
        message = f"Mermaid knows no diagram type that starts '{first[:80]}'"
        return (
            message,
            "start with a type: flowchart, sequenceDiagram, classDiagram, erDiagram, ...",
        )
    hint = "the site would show Mermaid's 'Syntax error' picture instead of the diagram"
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and lines[0].startswith("Parse error on line") and len(lines) >= 4:
        near = lines[1].strip()
        return f"Mermaid cannot parse it: {_expecting(lines[-1])} after '{near}'", hint
    column = None
    if match := _LOCATION_RE.match(text[:200]):
        column, text = match.group(1), text[match.end() :]
    said = " ".join(text.split())[:300] or parsed.kind or "refused"
    where = f" (column {column})" if column else ""
    return f"Mermaid cannot parse it: {said}{where}", hint


def _expecting(line: str) -> str:
    """`Expecting 'A', 'B', ..., got 'X'`, with a long list of tokens cut."""
    listed, got, found = line.partition(", got ")
    tokens = listed.removeprefix("Expecting ").split(", ")
    if len(tokens) > _EXPECTED_SHOWN:
        shown = ", ".join(tokens[:_EXPECTED_SHOWN])
        listed = f"Expecting {shown} or {len(tokens) - _EXPECTED_SHOWN} more"
    return f"{listed}{got}{found}"


def _parser(mermaid_js: Path, notes: list[str]) -> Any:
    from .mermaid_js import MermaidParser

    try:
        return MermaidParser(mermaid_js)
    except Exception as error:  # a Mermaid file QuickJS cannot run
        notes.append(f"diagram checks are off: {mermaid_js} does not load in QuickJS ({error})")
        return False


def _from_raw(raw: dict[str, Any]) -> Parsed:
    return Parsed(
        bool(raw.get("ok")),
        str(raw.get("kind", "")),
        str(raw.get("message", "")),
        raw.get("line") if isinstance(raw.get("line"), int) else None,
        tuple(tuple(map(_shared, n)) for n in raw.get("nodes", ())),
        tuple(tuple(map(_shared, e)) for e in raw.get("edges", ())),
    )


def _shared(value: Any) -> Any:
    """One copy of each name: an edge repeats its nodes' ids, diagrams repeat labels, and the
    process keeps every verdict (_SEEN)."""
    return sys.intern(value) if type(value) is str else value


def _load(cache_file: Path) -> dict[str, dict[str, Any]]:
    try:
        found = json.loads(cache_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def _save(cache_file: Path, verdicts: dict[str, dict[str, Any]]) -> None:
    """Write the cache atomically; a folder that cannot be written means no cache, no error."""
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        partial = cache_file.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps(verdicts, separators=(",", ":")), encoding="utf-8")
        os.replace(partial, cache_file)
    except OSError:
        pass
