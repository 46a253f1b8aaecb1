"""Split a page into YAML front-matter and body, parse the YAML strictly, keep line numbers."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import yaml

from .problems import Problem
from .values import sound

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

# The same block MkDocs reads (mkdocs/utils/meta.py), so we agree on what is front-matter.
_BLOCK_RE = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)
_FENCE_RE = re.compile(r"^[ \t>]*(`{3,}|~{3,})(.*)$")
_MERMAID_INFO_RE = re.compile(r"^\s*\{?\s*\.?mermaid\b")
_ATX_H1_RE = re.compile(r"^ {0,3}#[ \t]+(.+?)[ \t]*#*[ \t]*$")
_SETEXT_H1_RE = re.compile(r"^ {0,3}=+[ \t]*$")
_ATTR_LIST_RE = re.compile(r"\s*\{[^}]*\}\s*$")
_ATX_RE = re.compile(r"^ {0,3}(#{1,6}[ \t]+.*?)[ \t]*#*[ \t]*$")
_SETEXT_RE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
# Lines that start something other than a paragraph: lists, tables, quotes, HTML, admonitions,
# indented code, rules, link definitions, attribute lists, [TOC] and content tabs.
_NOT_PROSE_RE = re.compile(
    r"^(?: {4}|\t| {0,3}(?:[-*+][ \t]|\d+[.)][ \t]|[|>]|<|!!!|\?\?\?|[-*_]{3,}\s*$|\[[^\]]+\]:"
    r"|\{:|\[TOC\]|===))"
)
_COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)
_IMAGE_RE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK_RE = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])")
_TAG_RE = re.compile(r"</?[A-Za-z][^>]*>")
_EMPHASIS_RE = re.compile(r"(\*\*|__|\*|\b_)(\S(?:.*?\S)?)\1")

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Page:
    """A page's source as we read it: front-matter values, their lines, and the body."""

    path: str
    meta: dict[str, Any] = field(default_factory=dict)
    lines: dict[Path, int] = field(default_factory=dict)  # key path -> 1-based line in the file
    body: str = ""
    yaml_broken: bool = False  # MkDocs read no meta and shows the raw block as text
    body_line: int = 1  # the file's line that the body starts on
    read_from: Mapping[str, str] = field(default_factory=dict)
    """Fields read from a key of another name (the field mapping): field -> the key written."""

    def line_of(self, *key: str | int) -> int:
        """The line of a key (or list item), falling back to its parent, then to line 1."""
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key[:-1]
        return 1


def read_page(path: str, text: str) -> tuple[Page, list[Problem]]:
    """Parse a page's front-matter strictly; every problem comes back with its line."""
    text = text.removeprefix("\ufeff")
    match = _BLOCK_RE.match(text)
    if match is None:
        return Page(path, body=text), []
    body = text[match.end() :].lstrip("\n")
    body_line = 1 + text.count("\n", 0, len(text) - len(body))
    try:
        data, lines, problems = _parse(path, match.group(1))
    except yaml.YAMLError as error:
        problem = _yaml_problem(path, match.group(1), error)
        return Page(path, body=body, yaml_broken=True, body_line=body_line), [problem]
    if data is None:
        return Page(path, body=body, body_line=body_line), []
    if not isinstance(data, dict):
        message = f"expected a mapping of keys to values, got {type(data).__name__}"
        problem = Problem(path, 2, "front-matter", message)
        return Page(path, body=body, yaml_broken=True, body_line=body_line), [problem]
    return Page(path, data, lines, body, body_line=body_line), problems


def decode(path: str, data: bytes) -> tuple[str, list[Problem]]:
    """A file's text as MkDocs reads it: UTF-8, universal newlines; other bytes become U+FFFD."""
    problems = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        message = f"is not UTF-8 text ({error.reason} at byte {error.start})"
        problems.append(Problem(path, 1, "file", message, "save it as UTF-8"))
        text = data.decode("utf-8-sig", errors="replace")
    # Python's text mode, which MkDocs reads with, turns \r\n and \r into \n.
    return text.replace("\r\n", "\n").replace("\r", "\n"), problems


def unreadable(path: str, error: OSError) -> Problem:
    """A page that cannot be opened: a broken link, no permission, a folder named like a page."""
    message = f"cannot be read ({error.strerror or error}); it is left out of the site"
    return Problem(path, 1, "file", message, "fix the file's permissions or the link it points to")


def strip_front_matter(text: str) -> str:
    """The text after a front-matter block, as MkDocs would render it had it parsed."""
    match = _BLOCK_RE.match(text)
    return text[match.end() :].lstrip("\n") if match else text


def first_heading(body: str) -> str | None:
    """The text of the body's first H1, as MkDocs would take it for a title."""
    previous = ""
    for _, line, fence in _scan(body):
        if fence is not None:
            previous = ""
            continue
        if match := _ATX_H1_RE.match(line):
            # A heading that is all braces is no attribute list but a template's placeholder.
            return _ATTR_LIST_RE.sub("", match.group(1)).strip() or match.group(1).strip()
        if previous.strip() and _SETEXT_H1_RE.match(line):
            return previous.strip()
        previous = line
    return None


def count_diagrams(body: str) -> int:
    """How many Mermaid fences the body has, not counting ones shown inside other code blocks."""
    fences = (fence for _, _, fence in _scan(body) if fence is not None)
    return sum(bool(_MERMAID_INFO_RE.match(fence)) for fence in fences)


def first_paragraph(body: str, under: str | None = None) -> tuple[str, int] | None:
    """The first paragraph of prose as plain text, with its 0-based line in the body.

    With `under`, the first paragraph after the heading of that text (any level, any case).
    Headings, code, lists, tables, admonitions, tabs, HTML, comments and paragraphs with no
    text (a badge, an image) are not prose.
    """
    wanted = None if under is None else _heading_text(under)
    searching = wanted is not None
    found: list[str] = []
    start = 0
    in_comment = in_block = False
    for index, line, fence in _scan(body):
        stripped = line.strip()
        if in_comment:
            in_comment = "-->" not in stripped
            continue
        if stripped.startswith("///"):  # pymdownx.blocks: `/// note` ... `///`
            in_block = stripped != "///" or not in_block
            found = [] if in_block else found
            continue
        if in_block:
            continue
        heading = _ATX_RE.match(line)
        if searching:
            searching = not (heading and _heading_text(heading.group(1)) == wanted)
            continue
        if found and _SETEXT_RE.match(line):
            found = []  # the lines were a heading's, underlined
            continue
        if found and (not stripped or fence is not None or heading):
            if text := _plain(" ".join(found)):
                return text, start
            found = []
        if found:
            found.append(stripped)
        elif heading and wanted is not None:
            return None  # the section has no prose before the next heading
        elif stripped.startswith("<!--"):
            in_comment = "-->" not in stripped
        elif stripped and fence is None and not heading and not _NOT_PROSE_RE.match(line):
            found, start = [stripped], index
    text = _plain(" ".join(found))
    return (text, start) if text else None


def _heading_text(text: str) -> str:
    return _plain(_ATTR_LIST_RE.sub("", text.lstrip("#"))).casefold()


def _plain(markdown: str) -> str:
    """Inline Markdown as the text a reader sees: no links' targets, no emphasis marks."""
    text = _COMMENT_RE.sub("", _IMAGE_RE.sub("", markdown))
    text = _LINK_RE.sub(r"\1", text)
    text = _TAG_RE.sub("", text)
    text = _EMPHASIS_RE.sub(r"\2", text)
    return " ".join(html.unescape(text.replace("`", "")).split())


def _scan(body: str) -> Iterator[tuple[int, str, str | None]]:
    """Lines outside code fences as (index, line, None); each fence's opening line with its
    info string instead of None."""
    opener: str | None = None
    for index, line in enumerate(body.splitlines()):
        match = _FENCE_RE.match(line)
        if opener is None:
            if match:
                opener = match.group(1)
                yield index, line, match.group(2)
            else:
                yield index, line, None
        elif match and _closes(match, opener):
            opener = None


def _closes(match: re.Match[str], opener: str) -> bool:
    fence = match.group(1)
    return fence[0] == opener[0] and len(fence) >= len(opener) and not match.group(2).strip()


class _LineLoader(yaml.SafeLoader):
    """A SafeLoader whose nodes we walk ourselves, to know each key's line."""


# libyaml's parser, when PyYAML has it, is several times faster and keeps the same line marks.
_FAST = hasattr(yaml, "CSafeLoader")


class _FastLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The same, parsed by libyaml."""


_INT, _FLOAT, _BOOL, _BINARY, _TIMESTAMP = (
    f"tag:yaml.org,2002:{name}" for name in ("int", "float", "bool", "binary", "timestamp")
)
# libyaml refuses deeper front-matter; the pure-Python composer recurses, so it gets less.
_MAX_DEPTH = 200
_OPENS = (yaml.BlockMappingStartToken, yaml.BlockSequenceStartToken)
_OPENS_FLOW = (yaml.FlowMappingStartToken, yaml.FlowSequenceStartToken)
_CLOSES = (yaml.BlockEndToken, yaml.FlowMappingEndToken, yaml.FlowSequenceEndToken)


def _guarded(tag: str) -> Any:
    """A scalar constructor that refuses a bad value (`!!int x`) with its mark, not a crash."""
    construct = yaml.SafeLoader.yaml_constructors[tag]

    def guarded(loader: Any, node: yaml.ScalarNode) -> Any:
        try:
            return construct(loader, node)
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError):
            if tag == _TIMESTAMP and yaml.SafeLoader.timestamp_regexp.match(node.value):
                # 2024-02-30 looks like a date but is none: keep the text, as a quoted value
                # would be kept; a field that wants a date says so, a key nobody reads is fine.
                return node.value
            shown = node.value if len(node.value) <= 40 else node.value[:40] + "…"
            message = f"{shown!r} is not a valid !!{tag.rsplit(':', 1)[1]}"
            raise yaml.constructor.ConstructorError(None, None, message, node.start_mark) from None

    return guarded


def _text(loader: Any, node: yaml.ScalarNode) -> str:
    # "\ud83d\ude00" (as json.dumps writes 😀) is two lone surrogates to YAML: no encoder
    # writes them, and MkDocs would stop on writing the page.
    return sound(loader.construct_scalar(node))


for _loader in (_LineLoader, _FastLoader):
    for _tag in (_INT, _FLOAT, _BOOL, _BINARY, _TIMESTAMP):
        _loader.add_constructor(_tag, _guarded(_tag))
    _loader.add_constructor("tag:yaml.org,2002:str", _text)


def _parse(path: str, yaml_text: str) -> tuple[Any, dict[Path, int], list[Problem]]:
    """Values, key lines and duplicate keys; a YAMLError when the text is not YAML we read."""
    try:
        return _load(path, yaml_text, _FastLoader)
    except yaml.YAMLError as error:
        if not _FAST or "nesting depth" in str(error):
            raise
    # libyaml words its errors tersely; the pure-Python parser says more, and errors are rare.
    return _load(path, yaml_text, _LineLoader, fast=False)


def _load(
    path: str, yaml_text: str, loader_class: type[Any], *, fast: bool = _FAST
) -> tuple[Any, dict[Path, int], list[Problem]]:
    if not fast:  # libyaml counts the depth itself
        _check_depth(yaml_text)
    loader = loader_class(yaml_text)
    try:
        node = loader.get_single_node()
        if not isinstance(node, yaml.MappingNode):
            return (None if node is None else loader.construct_document(node)), {}, []
        # Before constructing: a merge (`<<: *base`) rewrites node.value as it is constructed.
        lines, problems, merged_at = _key_lines(path, node)
        data = loader.construct_document(node)
        if merged_at is not None and isinstance(data, dict):
            for key in data:
                lines.setdefault((str(key),), merged_at)
        return data, lines, problems
    finally:
        loader.dispose()


def _check_depth(yaml_text: str) -> None:
    """Refuse nesting deeper than the pure-Python composer can recurse, from tokens alone."""
    depth = 0
    for token in yaml.scan(yaml_text, Loader=yaml.SafeLoader):
        if isinstance(token, _OPENS + _OPENS_FLOW):
            depth += 1
            if depth > _MAX_DEPTH:
                raise yaml.scanner.ScannerError(
                    "while increasing flow level",
                    None,
                    "exceeded maximum nesting depth",
                    token.start_mark,
                )
        elif isinstance(token, _CLOSES):
            depth -= 1


def _key_lines(
    path: str, node: yaml.MappingNode
) -> tuple[dict[Path, int], list[Problem], int | None]:
    """Lines of top-level keys and of list items under them; duplicate keys are problems.

    Also the line of a merge key (`<<: *base`), for the keys it brings in.
    """
    lines: dict[Path, int] = {}
    problems: list[Problem] = []
    merged_at = None
    for key_node, value_node in node.value:
        line = 2 + key_node.start_mark.line
        if key_node.tag == "tag:yaml.org,2002:merge":
            merged_at = line  # an override after it is what merge keys are for
            continue
        key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else "?"
        if (key,) in lines:
            message = f"appears twice (lines {lines[(key,)]} and {line}); MkDocs keeps the last"
            problems.append(Problem(path, line, key, message, "delete one of them"))
        lines[(key,)] = line
        if isinstance(value_node, yaml.SequenceNode):
            for index, item in enumerate(value_node.value):
                lines[(key, index)] = 2 + item.start_mark.line
    return lines, problems, merged_at


def _yaml_problem(path: str, yaml_text: str, error: yaml.YAMLError) -> Problem:
    if isinstance(error, yaml.reader.ReaderError):
        # The reader says where by character, not by line.
        line = 2 + yaml_text.count("\n", 0, max(error.position, 0))
        code = error.character if isinstance(error.character, int) else ord(error.character)
        message = f"the YAML does not parse: control character U+{code:04X} is not allowed"
        hint = "delete it (most editors do not show it), or write it as an escape in double quotes"
        return Problem(path, line, "front-matter", message, hint)
    if isinstance(error, yaml.MarkedYAMLError):
        mark = error.problem_mark or error.context_mark
        line = 2 + (mark.line if mark else 0)
        message = f"the YAML does not parse: {error.problem or error.context}"
        return Problem(path, line, "front-matter", message, _yaml_hint(error))
    return Problem(path, 2, "front-matter", f"the YAML does not parse: {error}")


def _yaml_hint(error: yaml.MarkedYAMLError) -> str:
    problem = f"{error.problem} {error.context}"
    if "mapping values are not allowed" in problem:
        return "a value that contains ': ' must be quoted, e.g. summary: \"Kafka: the bus\""
    if "nesting depth" in problem:
        return "nest fewer levels of lists and mappings"
    if "is not a valid !!" in problem:
        return "write a value of that type, or drop the !! tag"
    if "could not determine a constructor" in problem:
        return "YAML tags such as !!python/... are not read; quote the value"
    if "found character '\\t'" in problem:
        return "indent with spaces, not tabs"
    if "expected <block end>" in problem or "did not find expected" in problem:
        return "check the quotes, brackets and indentation on this line and the one before"
    return "check the quoting and indentation on this line"
