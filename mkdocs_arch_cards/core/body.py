"""Text from a page's body: its first H1, its first paragraph, its metadata lines.

Blocks are found line by line and inline Markdown is read in one pass with a few stacks, so
the time is linear in the body whatever it holds. (Python-Markdown itself is quadratic on a
paragraph of `[` or `<a ` repeated, so it is not called here.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from .fences import scan
from .inline import label_key, plain

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Iterator

LIST_MARKS = ("- ", "* ", "+ ", "-\t", "*\t", "+\t")
# Lines that start something other than a paragraph: quotes, tables, HTML, admonitions,
# details, attribute lists, [TOC] and content tabs (lists, rules, code and link definitions
# are checked in _not_prose).
_BLOCK_STARTS = ("|", ">", "<", "!!!", "???", "{:", "[TOC]", "===")
_ITEM_LINES = 50  # lines of a list item read for its text: a section is summed up by its start
# Sections and lines that hold a record's metadata, not prose about the design.
_META_SECTIONS = frozenset({"status", "date", "metadata"})
# The keys records keep at their top (MADR 2, Log4brains, Nygard, KEP), and the field each one
# gives; None: known, so the line is no summary, but not shown. body_meta reads the values.
METADATA_KEYS: dict[str, str | None] = {
    "status": "status",
    "date": "date",
    **dict.fromkeys(("deciders", "decision-makers", "decision makers"), "owner"),
    **dict.fromkeys(("author", "authors", "author(s)", "owner", "owners"), "owner"),
    "tags": "tags",
    **dict.fromkeys(("technical story", "consulted", "informed", "reviewers", "approvers")),
    **dict.fromkeys(("last updated", "last-updated", "superseded by")),
}


def first_heading(body: str) -> str | None:
    """The text of the body's first H1, as MkDocs would take it for a title."""
    previous = ""
    for _, line, fence in scan(body):
        if fence is not None:
            previous = ""
            continue
        heading = atx(line)
        if heading and heading[0] == 1:
            # A heading that is all braces is no attribute list but a template's placeholder.
            return plain(_strip_attributes(heading[1])) or plain(heading[1]) or None
        if previous.strip() and _setext(line, "="):
            return plain(previous) or None
        previous = line
    return None


def first_paragraph(body: str, under: str | None = None) -> tuple[str, int] | None:
    """The first paragraph of prose as plain text, with its 0-based line in the body.

    With `under`, the first block after the heading of that text (any level, any case): its
    paragraph, or the items of the list it starts with. Headings, code, lists, tables,
    admonitions, tabs, HTML, comments and paragraphs with no text (a badge, an image) are not
    prose; a list item's lines are the list's.
    """
    if under is None:
        return next(paragraphs(body), None)
    wanted = heading_text(under.lstrip("#"))
    searching = True
    lead: _Block | None = None  # "We have goals:" is read with the list it introduces
    for block in _blocks(body):
        if lead is not None:
            listed = f"{lead.text} {block.text}" if block.kind == "list" else lead.text
            return listed, lead.line
        if block.kind == "heading":
            if not searching:
                return None  # the section has no prose before the next heading
            searching = block.text.casefold() != wanted
        elif not searching:
            if block.kind != "paragraph" or not block.text.endswith(":"):
                return block.text, block.line
            lead = block
    return (lead.text, lead.line) if lead is not None else None


def paragraphs(body: str, taken: Collection[str] = ()) -> Iterator[tuple[str, int]]:
    """The body's paragraphs of prose, as plain text with their 0-based lines, in order.

    Left out: the sections under the headings in `taken` (their text is another field's), a
    `## Status` section, lines of metadata (`Date: 2024-01-01`), and paragraphs with template
    syntax (`{{ x }}`, `{% x %}`), which a macros plugin renders only later, on the page.
    """
    skipped = _META_SECTIONS | {heading_text(h.lstrip("#")) for h in taken}
    in_skipped = False
    for block in _blocks(body):
        if block.kind == "heading":
            in_skipped = block.text in skipped
        elif (
            block.kind == "paragraph"
            and not in_skipped
            and not all(_metadata_line(line) for line in block.lines)
            and not _templated(block.text)
        ):
            yield block.text, block.line


class _Block(NamedTuple):
    kind: str  # heading, paragraph or list
    text: str  # plain text; a list's items joined
    line: int  # 0-based line in the body
    lines: tuple[str, ...] = ()


def _blocks(body: str) -> Iterator[_Block]:
    """Headings, paragraphs and lists of the body, in one pass over its lines."""
    references = _references(body)

    def text(lines: list[str]) -> str:
        return plain(" ".join(lines), references)

    found: list[str] = []
    items: list[list[str]] = []  # the current list's items, as their first paragraph's lines
    start = list_start = 0
    in_comment = in_block = False
    blank = False  # a blank line since the last line of the list
    for index, line, fence in scan(body):
        stripped = line.strip()
        if items:
            marker = _list_item(line)
            if not stripped:
                blank = True
                continue
            if fence is None and marker is not None and marker[0] < 4:
                items.append([marker[1]])
                blank = False
                continue
            if (not blank and fence is None and not atx(line)) or _indent(line) >= 4:
                if not blank and marker is None and len(items[-1]) < _ITEM_LINES:
                    items[-1].append(stripped)  # a lazy or indented continuation line
                continue
            if listed := _joined(_item_text(text(item)) for item in items):
                yield _Block("list", listed, list_start)
            items = []
        if in_comment:
            in_comment = "-->" not in stripped
            continue
        if stripped.startswith("///"):  # pymdownx.blocks: `/// note` ... `///`
            in_block = stripped != "///" or not in_block
            found = [] if in_block else found
            continue
        if in_block:
            continue
        heading = atx(line)
        if found and (_setext(line, "=") or _setext(line, "-")):
            yield _Block("heading", heading_text(" ".join(found)), start)
            found = []  # the lines were a heading's, underlined
            continue
        if found and (not stripped or fence is not None or heading):
            if paragraph := text(found):
                yield _Block("paragraph", paragraph, start, tuple(found))
            found = []
        if heading:
            yield _Block("heading", heading_text(heading[1]), index)
        elif found:
            found.append(stripped)
        elif stripped.startswith("<!--"):
            in_comment = "-->" not in stripped
        elif fence is None and (marker := _list_item(line)) is not None and marker[0] < 4:
            items, list_start, blank = [[marker[1]]], index, False
        elif stripped and fence is None and not _not_prose(line):
            found, start = [stripped], index
    if items and (listed := _joined(_item_text(text(item)) for item in items)):
        yield _Block("list", listed, list_start)
    if found and (paragraph := text(found)):
        yield _Block("paragraph", paragraph, start, tuple(found))


def _joined(items: Iterable[str]) -> str:
    """A list's items as one text: "a; b", but "One. Two." when items are sentences."""
    joined = ""
    for item in items:
        if item:
            joined += (" " if joined.endswith((".", "!", "?", ";", ":")) else "; ") + item
    return joined.removeprefix("; ").removeprefix(" ")


def _templated(text: str) -> bool:
    opening = text.find("{{")
    if opening >= 0 and text.find("}}", opening) >= 0:
        return True
    opening = text.find("{%")
    return opening >= 0 and text.find("%}", opening) >= 0


def _item_text(text: str) -> str:
    return text.rstrip(";, ")


def _list_item(line: str) -> tuple[int, str] | None:
    """A list item's indent and text, for a line that starts one (`- a`, `1. a`)."""
    text = line.lstrip(" ")
    indent = len(line) - len(text)
    if text.startswith(LIST_MARKS):
        return indent, text[2:].strip()
    if width := _ordered_mark(text):
        return indent, text[width:].strip()
    return None


def _ordered_mark(text: str) -> int:
    """The width of an ordered list's mark (`1. `, `12) `) that starts `text`; 0 for none."""
    digits = len(text) - len(text.lstrip("0123456789"))
    if (
        digits
        and text[digits : digits + 1] in (".", ")")
        and text[digits + 1 : digits + 2]
        in (
            " ",
            "\t",
        )
    ):
        return digits + 2
    return 0


def _indent(line: str) -> int:
    return 4 if line.startswith("\t") else len(line) - len(line.lstrip(" "))


def _references(body: str) -> frozenset[str]:
    """The labels of the body's link definitions (`[label]: url`), outside code."""
    labels = set()
    for _, line, fence in scan(body):
        text = line.lstrip(" ")
        if fence is None and text.startswith("[") and len(line) - len(text) < 4:
            closing = text.find("]:")
            if closing > 1:
                labels.add(label_key(text[1:closing]))
    return frozenset(labels)


def _metadata_line(line: str) -> bool:
    """Whether a line is a record's metadata written as prose: `Date: 2024-01-01`."""
    key, colon, _ = line.partition(":")
    return bool(colon) and plain(key).strip(" *_").casefold() in METADATA_KEYS


def heading_text(text: str) -> str:
    return plain(_strip_attributes(text)).casefold()


def atx(line: str) -> tuple[int, str] | None:
    """An ATX heading's level and text, without its closing hashes; None for other lines."""
    text = line.lstrip(" ")
    if len(line) - len(text) > 3:
        return None
    level = len(text) - len(text.lstrip("#"))
    if not 1 <= level <= 6 or text[level : level + 1] not in (" ", "\t"):
        return None
    text = text[level:].strip(" \t")
    # Python-Markdown drops trailing hashes with or without a space before them; `\#` stays.
    closed = text.rstrip("#")
    if not closed.endswith("\\"):
        text = closed.rstrip(" \t")
    return (level, text) if text else None


def _setext(line: str, mark: str) -> bool:
    """Whether the line underlines a heading with `mark` (= for H1, - for H2)."""
    text = line.lstrip(" ")
    underline = text.rstrip(" \t")
    return len(line) - len(text) <= 3 and bool(underline) and not underline.strip(mark)


def _strip_attributes(text: str) -> str:
    """A heading's text without a trailing attribute list: `Title { #top }` is Title."""
    text = text.rstrip()
    opening = text.rfind("{") if text.endswith("}") else -1
    if opening < 0 or "}" in text[opening + 1 : -1]:
        return text
    return text[:opening].rstrip()


def _not_prose(line: str) -> bool:
    """Whether a line starts something other than a paragraph."""
    if line.startswith(("    ", "\t")):
        return True  # indented code
    text = line.lstrip(" ")
    if text.startswith(LIST_MARKS + _BLOCK_STARTS):
        return True
    if _ordered_mark(text):
        return True  # an ordered list
    rule = text.rstrip()
    if len(rule) >= 3 and not rule.strip("-*_"):
        return True  # a horizontal rule
    closing = text.find("]") if text.startswith("[") else -1
    return closing > 1 and text[closing + 1 : closing + 2] == ":"  # a link definition
