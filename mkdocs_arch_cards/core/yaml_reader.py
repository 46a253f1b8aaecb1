"""Strict YAML with line numbers: every value a parser or a `!!tag` refuses is a YAMLError with
its mark, never another exception; impossible dates stay text; nesting is bounded."""

from __future__ import annotations

from typing import Any

import yaml

from .problems import Problem
from .values import cut, sound

Path = tuple[str | int, ...]


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
        except (ValueError, TypeError, LookupError, AttributeError, OverflowError):
            if tag == _TIMESTAMP and yaml.SafeLoader.timestamp_regexp.match(node.value):
                # 2024-02-30 looks like a date but is none: keep the text, as a quoted value
                # would be kept; a field that wants a date says so, a key nobody reads is fine.
                return node.value
            shown = cut(node.value, 41)
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


def parse(path: str, yaml_text: str) -> tuple[Any, dict[Path, int], list[Problem]]:
    """Values, key lines and duplicate keys; a YAMLError when the text is not YAML we read."""
    try:
        return _load(path, yaml_text, _FastLoader, fast=_FAST)
    except yaml.YAMLError as error:
        if not _FAST or "nesting depth" in str(error):
            raise
    # libyaml words its errors tersely; the pure-Python parser says more, and errors are rare.
    return _load(path, yaml_text, _LineLoader, fast=False)


def _load(
    path: str, yaml_text: str, loader_class: type[Any], *, fast: bool
) -> tuple[Any, dict[Path, int], list[Problem]]:
    try:
        return _compose_and_construct(path, yaml_text, loader_class, fast=fast)
    except yaml.YAMLError:
        raise
    except Exception as error:
        # PyYAML's own scanner raises ValueError on `%YAML 1.99999...` and its constructors
        # IndexError and the like: whatever it raises, the author reads one problem.
        reason = str(error)[:200] or type(error).__name__
        raise yaml.YAMLError(f"{type(error).__name__}: {reason}") from None


def _compose_and_construct(
    path: str, yaml_text: str, loader_class: type[Any], *, fast: bool
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


def yaml_problem(path: str, yaml_text: str, error: yaml.YAMLError) -> Problem:
    """The problem an author reads for YAML that `parse` refused, on its line."""
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
