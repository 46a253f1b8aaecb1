"""Split a page into YAML front-matter and body, parse the YAML strictly, keep line numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import yaml

from .problems import Problem

if TYPE_CHECKING:
    from collections.abc import Mapping

# The same block MkDocs reads (mkdocs/utils/meta.py), so we agree on what is front-matter.
_BLOCK_RE = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)

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
        node, data = _load(match.group(1), _FastLoader)
    except yaml.YAMLError:
        # libyaml words its errors tersely; the pure-Python parser says more, and errors are rare.
        try:
            node, data = _load(match.group(1), _LineLoader)
        except yaml.MarkedYAMLError as error:
            mark = error.problem_mark or error.context_mark
            line = 2 + (mark.line if mark else 0)
            message = f"the YAML does not parse: {error.problem or error.context}"
            problem = Problem(path, line, "front-matter", message, _yaml_hint(error))
            return Page(path, body=body, yaml_broken=True, body_line=body_line), [problem]
        except yaml.YAMLError as error:
            problem = Problem(path, 2, "front-matter", f"the YAML does not parse: {error}")
            return Page(path, body=body, yaml_broken=True, body_line=body_line), [problem]
    if node is None:
        return Page(path, body=body, body_line=body_line), []
    if not isinstance(data, dict):
        message = f"expected a mapping of keys to values, got {type(data).__name__}"
        problem = Problem(path, 2, "front-matter", message)
        return Page(path, body=body, yaml_broken=True, body_line=body_line), [problem]
    lines, problems = _key_lines(path, node)
    return Page(path, data, lines, body, body_line=body_line), problems


def strip_front_matter(text: str) -> str:
    """The text after a front-matter block, as MkDocs would render it had it parsed."""
    match = _BLOCK_RE.match(text)
    return text[match.end() :].lstrip("\n") if match else text


class _LineLoader(yaml.SafeLoader):
    """A SafeLoader whose nodes we walk ourselves, to know each key's line."""


# libyaml's parser, when PyYAML has it, is several times faster and keeps the same line marks.
_FastLoader: type[Any] = getattr(yaml, "CSafeLoader", _LineLoader)


def _load(yaml_text: str, loader_class: type[Any]) -> tuple[yaml.Node | None, Any]:
    loader = loader_class(yaml_text)
    try:
        node = loader.get_single_node()
        return node, (None if node is None else loader.construct_document(node))
    finally:
        loader.dispose()


def _key_lines(path: str, node: yaml.Node) -> tuple[dict[Path, int], list[Problem]]:
    """Lines of top-level keys and of list items under them; duplicate keys are problems."""
    lines: dict[Path, int] = {}
    problems: list[Problem] = []
    assert isinstance(node, yaml.MappingNode)
    for key_node, value_node in node.value:
        key = str(key_node.value)
        line = 2 + key_node.start_mark.line
        if (key,) in lines:
            message = f"appears twice (lines {lines[(key,)]} and {line}); MkDocs keeps the last"
            problems.append(Problem(path, line, key, message, "delete one of them"))
        lines[(key,)] = line
        if isinstance(value_node, yaml.SequenceNode):
            for index, item in enumerate(value_node.value):
                lines[(key, index)] = 2 + item.start_mark.line
    return lines, problems


def _yaml_hint(error: yaml.MarkedYAMLError) -> str:
    problem = f"{error.problem} {error.context}"
    if "mapping values are not allowed" in problem:
        return "a value that contains ': ' must be quoted, e.g. summary: \"Kafka: the bus\""
    if "could not determine a constructor" in problem:
        return "YAML tags such as !!python/... are not read; quote the value"
    if "found character '\\t'" in problem:
        return "indent with spaces, not tabs"
    if "expected <block end>" in problem or "did not find expected" in problem:
        return "check the quotes, brackets and indentation on this line and the one before"
    return "check the quoting and indentation on this line"
