"""Diagrams joined to the catalog: each diagram's components and connections as text, the
nodes that name a tag linked to its page, and the tags a diagram names that a design omits."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from .cards import Link
from .problems import Problem
from .query import fold, tag_names

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from .designs import Catalog, Design
    from .diagrams import Diagram
    from .mermaid_js import Parsed
    from .render import Renderer
    from .tags import Tag

# A label's HTML (<br/>, <b>) is markup for the drawing: the list shows its text, and a tag
# becomes a space, so `Worker<br/>pool` reads `Worker pool`. One character class: linear.
_MARKUP_RE = re.compile(r"<[^<>]*>")
_AROUND = "()[]{}<>\"'`,;:!?*_·|"  # around a word, not of it: (Go) names Go; C++ and .NET stay
_LONGEST = 5  # words of the longest tag name looked for


@dataclass(frozen=True, slots=True)
class Named:
    """A technology a diagram may name: its label, and its tag when a design uses it."""

    key: str
    label: str
    tag: Tag | None = None  # None: registered, but no design uses it, so it has no page
    exact: bool = False  # the whole label is one of its names


@dataclass(frozen=True, slots=True)
class Component:
    """A node of a diagram: its label, and the technologies it names, in order."""

    label: str
    named: tuple[Named, ...] = ()

    @property
    def whole(self) -> Named | None:
        """The technology the whole label is a name of: `Kafka`, not `Kafka topics`."""
        return self.named[0] if len(self.named) == 1 and self.named[0].exact else None


@dataclass(frozen=True, slots=True)
class Connection:
    """An edge of a diagram, between the labels of its nodes."""

    source: str
    target: str
    label: str = ""


@dataclass(frozen=True, slots=True)
class Graph:
    """What one diagram shows, as text."""

    kind: str
    components: tuple[Component, ...] = ()
    connections: tuple[Connection, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.components or self.connections)


# The last catalog's names, graphs and what each label names: a page's graphs are listed on
# it and in catalog.json, and the same labels (`Kafka`, `API`) recur across a catalog.
_INDEX: list[tuple[Catalog, dict[str, Named], dict[Parsed, Graph], Labels]] = []


def technologies(catalog: Catalog) -> dict[str, Named]:
    """Every name (query.fold) of the tags the designs use and the registry lists."""
    if _INDEX and _INDEX[0][0] is catalog:
        return _INDEX[0][1]
    found: dict[str, Named] = {}
    registry = catalog.registry
    aliases: dict[str, list[str]] = {}
    for alias, key in registry.aliases.items():
        aliases.setdefault(key, []).append(alias)
    for key, spec in registry.tags.items():
        named = Named(key, spec.label or key)
        for name in tag_names(key, named.label, spec.slug or "", aliases.get(key, ())):
            found.setdefault(name, named)
    by_key = {tag.key: tag for tag in catalog.tags}
    for name, keys in catalog.tag_names.items():
        if len(keys) == 1:  # a name two tags answer to names neither
            tag = by_key[keys[0]]
            found[name] = Named(tag.key, tag.label, tag)
    _INDEX[:] = [(catalog, found, {}, Labels({}, {}))]
    return found


class Labels(NamedTuple):
    """Labels read for one catalog: each label's text, and the technologies a text names."""

    texts: dict[str, str]
    names: dict[str, tuple[Named, ...]]


def graph_of(parsed: Parsed, named: Mapping[str, Named], seen: Labels | None = None) -> Graph:
    """A diagram's nodes and edges, labelled as drawn; nothing for a refused diagram.

    `seen`: labels already read with these names, so that each is read once."""
    if not parsed.ok:
        return Graph(parsed.kind)
    texts, names = seen or Labels({}, {})

    def text(label: str) -> str:
        if (found := texts.get(label)) is None:
            found = texts[label] = _text(label)
        return found

    def names_of(label: str) -> tuple[Named, ...]:
        if (found := names.get(label)) is None:
            found = names[label] = names_in(label, named)
        return found

    labels = {node: text(label) or text(node) for node, label in parsed.nodes}
    components = tuple(Component(label, names_of(label)) for label in labels.values() if label)
    connections = tuple(
        Connection(labels.get(a) or text(a), labels.get(b) or text(b), text(label))
        for a, b, label in parsed.edges
    )
    return Graph(parsed.kind, components, connections)


def names_in(label: str, named: Mapping[str, Named]) -> tuple[Named, ...]:
    """The technologies a label names as whole words: `Order API (Go)` names Go. Each run of up
    to _LONGEST words is looked up once: linear in the label."""
    words = [w.strip(_AROUND) for w in fold(label).split(" ")]
    found: dict[str, Named] = {}
    start = 0
    while start < len(words):
        for size in range(min(_LONGEST, len(words) - start), 0, -1):
            technology = named.get(" ".join(words[start : start + size]))
            if technology:
                exact = size == len(words)
                if technology.key not in found:  # not dataclasses.replace(): a tenth of the time
                    key, label, tag = technology.key, technology.label, technology.tag
                    found[key] = Named(key, label, tag, exact)
                start += size
                break
        else:
            start += 1
    return tuple(found.values())


def graphs_of(parses: Sequence[Parsed], catalog: Catalog) -> list[Graph]:
    named = technologies(catalog)
    _, _, made, seen = _INDEX[0]
    for parsed in parses:
        if parsed not in made:
            made[parsed] = graph_of(parsed, named, seen)
    return [made[parsed] for parsed in parses]


def components_html(graph: Graph, catalog: Catalog, renderer: Renderer, page_url: str) -> str:
    """The "Components and connections" list after a diagram; nothing when it has none."""
    if not graph:
        return ""

    def href(tag: Tag) -> str:
        return renderer.links.relative(catalog.tag_url(tag), page_url)

    if "components" in renderer.twins:
        return renderer.html.components(graph, href)

    def link(named: Named, label: str) -> Link:
        return Link(label, href(named.tag) if named.tag else None)

    components = [
        (
            link(c.whole, c.label) if c.whole else Link(c.label),
            [] if c.whole else [link(n, n.label) for n in c.named if n.tag],
        )
        for c in graph.components
    ]
    return renderer.render("components.html", components=components, connections=graph.connections)


def exported(parses: Sequence[Parsed], catalog: Catalog) -> list[dict[str, Any]]:
    """catalog.json's `diagrams` of a design: one per diagram Mermaid parsed."""
    return [
        {
            "type": graph.kind,
            "components": [
                {"label": c.label, "tags": [n.tag.label for n in c.named if n.tag]}
                for c in graph.components
            ],
            "connections": [
                {"from": c.source, "to": c.target, "label": c.label or None}
                for c in graph.connections
            ],
        }
        for parsed, graph in zip(parses, graphs_of(parses, catalog), strict=True)
        if parsed.ok
    ]


def untagged(
    diagrams: Iterable[Diagram], parsed: Mapping[str, Sequence[Parsed]], catalog: Catalog
) -> list[Problem]:
    """Designs whose diagram names a technology their `tags` omit (the `diagram_tags` option)."""
    if catalog.settings.diagram_tags != "warn":
        return []
    problems: list[Problem] = []
    fences: dict[str, list[Diagram]] = {}
    for diagram in diagrams:
        fences.setdefault(diagram.path, []).append(diagram)
    for path, parses in parsed.items():
        design = catalog.by_path.get(path)
        if design is None or len(parses) != len(fences.get(path, ())):
            continue
        said: set[str] = set()
        for fence, graph in zip(fences[path], graphs_of(parses, catalog), strict=True):
            for technology in _omitted(design, graph):
                if technology.key not in said:
                    said.add(technology.key)
                    problems.append(_omission(design, fence.line, technology))
    return problems


def _omitted(design: Design, graph: Graph) -> Iterable[Named]:
    keys = {tag.key for tag in design.tags}
    return (n for c in graph.components for n in c.named if n.key not in keys)


def _omission(design: Design, line: int, technology: Named) -> Problem:
    message = f"the diagram names {technology.label}, which tags: does not list"
    return Problem(design.path, line, "tags", message, "add it")


def _text(label: str) -> str:
    return " ".join(_MARKUP_RE.sub(" ", label).split())
