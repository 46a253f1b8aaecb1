"""How designs point at each other: references checked both ways, related designs ranked."""

from __future__ import annotations

import bisect
import heapq
import math
import posixpath
import re
from collections import defaultdict, deque
from typing import TYPE_CHECKING

from .model import no_page
from .problems import Problem
from .values import cut

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

# A tag on more designs than this finds candidates only among its nearest designs in grid
# order, so one tag on every page never makes the work grow with the square of the catalog.
CANDIDATE_WINDOW = 64


# Addresses that are no page and no http(s) link: never made into an href.
_OTHER_SCHEME_RE = re.compile(
    r"^\s*(?:[A-Za-z][A-Za-z0-9+.-]*://|(?:javascript|data|vbscript|mailto|file):)", re.I
)
# A page's language as a suffix of its name (mkdocs-static-i18n: `cache.fr.md`, `x.pt-BR.md`).
_LANGUAGE_RE = re.compile(r"\.[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


def resolve(reference: str, page: str) -> str:
    """A page reference as authors write links: relative to the page, or to docs_dir with '/'."""
    if reference.startswith("/"):
        return posixpath.normpath(reference.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(page), reference))


def is_link(reference: str) -> bool:
    """Whether a reference is an http(s) address: shown as a link, never looked up as a page."""
    return reference.strip().lower().startswith(("https://", "http://"))


def candidates(reference: str, page: str, docs_dir: str = "docs") -> list[str]:
    """The pages a reference may mean, most likely first.

    As a Markdown link (relative to the page, or to docs_dir with '/'), then from docs_dir,
    then from the repository root (`docs/architecture/x.md`); a folder means its index.md or
    README.md (`0005-foo/`, `/keps/sig-x/1234-foo`).
    """
    written = reference.strip().split("#", 1)[0].split("?", 1)[0]
    bare = written.lstrip("/")
    bases = [resolve(written, page)]
    if not written.startswith((".", "/")):
        bases.append(posixpath.normpath(bare))
    prefix = docs_dir.strip("/") + "/"
    if prefix != "./" and bare.startswith(prefix):
        bases.append(posixpath.normpath(bare[len(prefix) :]))
    found = []
    for base in dict.fromkeys(bases):
        if base.endswith(".md"):
            found.append(base)
        else:
            folder = base.rstrip("/")
            found += [posixpath.join(folder, "index.md"), posixpath.join(folder, "README.md")]
            found.append(f"{folder}.md")
    return found


def find_page(
    reference: str, page: str, known: Callable[[str], bool], docs_dir: str = "docs"
) -> str | None:
    """The design a reference names, or None.

    From a page in one language (`bus.fr.md`), a reference written as a link (`cache.md`, which
    mkdocs-static-i18n leads to `cache.fr.md`) means the page in that language first.
    """
    found = candidates(reference, page, docs_dir)
    if said := language_suffix(page):
        found = [c[:-3] + said + ".md" for c in found if not c.endswith(said + ".md")] + found
    return next((c for c in found if known(c)), None)


def language_suffix(path: str) -> str:
    """The language a page's name ends in (`.fr` of `cache.fr.md`), or ""."""
    found = _LANGUAGE_RE.search(path.removesuffix(".md"))
    return found.group() if found else ""


def page_names(paths: Iterable[str]) -> dict[str, list[str]]:
    """Designs by file name without `.md`, a folder's index or README by the folder's name."""
    names: dict[str, list[str]] = defaultdict(list)
    for path in paths:
        folder, name = posixpath.split(path.removesuffix(".md"))
        names[posixpath.basename(folder) if name in ("index", "README") else name].append(path)
    return names


def unresolved(
    page: str,
    line: int,
    field: str,
    reference: str,
    names: Mapping[str, Sequence[str]],
    docs_dir: str = "docs",
) -> Problem:
    """Why a reference names no design, and what to write instead."""
    shown = cut(reference, 80)
    if _OTHER_SCHEME_RE.match(reference):
        message = f"'{shown}' is neither a page path nor an http(s) address"
        hint = "link a design page, e.g. ../other-design.md, or write an https:// address"
        return Problem(page, line, field, message, hint)
    tried = candidates(reference, page, docs_dir)
    message = f"'{shown}' is not a design page (looked for {tried[0]})"
    stem = posixpath.basename(tried[0].removesuffix(".md"))
    if stem in ("index", "README"):
        stem = posixpath.basename(posixpath.dirname(tried[0]))
    same = names.get(stem, [])
    if len(same) == 1:
        relative = posixpath.relpath(same[0], posixpath.dirname(page) or ".")
        hint = f"write the path from this page: {field}: {relative}"
    else:
        hint = "write the path from this page to a design (e.g. ../other.md) or an https:// address"
    return Problem(page, line, field, message, hint)


class References:
    """Each page's references: designs found, http(s) links kept, the rest reported."""

    def __init__(self, known: Collection[str], docs_dir: str = "docs") -> None:
        self.known, self.docs_dir = set(known), docs_dir
        self.names = page_names(self.known)
        self.links: dict[str, dict[str, list[str]]] = {}
        self.problems: list[Problem] = []

    def read(
        self, path: str, fields: Mapping[str, Sequence[str]], line_of: Callable[..., int]
    ) -> dict[str, tuple[tuple[str, int], ...]]:
        """(design, line) pairs per field of the page at `path`; links go to `self.links`."""
        links: dict[str, list[str]] = {name: [] for name in fields}
        self.links[path] = links
        found: dict[str, tuple[tuple[str, int], ...]] = {}
        for name, values in fields.items():
            pairs = []
            for i, value in enumerate(values):
                line = line_of(name, i) if len(values) > 1 else line_of(name)
                if no_page(value):
                    continue
                if is_link(value):
                    links[name].append(value.strip())
                elif target := find_page(value, path, self.known.__contains__, self.docs_dir):
                    pairs.append((target, line))
                else:
                    self.problems.append(
                        unresolved(path, line, name, value, self.names, self.docs_dir)
                    )
            if pairs:
                found[name] = tuple(pairs)
        return found


def check_references(
    references: Mapping[str, Mapping[str, tuple[tuple[str, int], ...]]],
    known: Callable[[str], bool],
    one_way: Collection[str] = (),
) -> list[Problem]:
    """No page supersedes itself, and supersedes/superseded_by agree on both sides.

    `references[path][field]` holds (design, line) pairs, each a design `find_page` found.
    The successors of pages in `one_way` are not asked to list them back: their status text
    named the successor.
    """
    problems = []
    for path, fields in references.items():
        for field, targets in fields.items():
            for target, line in targets:
                if target == path and field != "related":
                    message = "names this page itself"
                    hint = f"a design supersedes older designs: remove '{target}' from `{field}`"
                    problems.append(Problem(path, line, field, message, hint))
    for path, fields in references.items():
        for target, line in fields.get("superseded_by", ()):
            back = [t for t, _ in references.get(target, {}).get("supersedes", ())]
            if target != path and known(target) and path not in back and path not in one_way:
                message = f"says it is superseded by '{target}', which does not list it"
                hint = f"add '{path}' to `supersedes:` in {target}"
                problems.append(Problem(path, line, "superseded_by", message, hint))
        for target, line in fields.get("supersedes", ()):
            forward = [t for t, _ in references.get(target, {}).get("superseded_by", ())]
            if target != path and known(target) and forward != [path]:
                message = f"says it supersedes '{target}', which does not name it in superseded_by"
                hint = f"set `superseded_by: /{path}` in {target}"
                problems.append(Problem(path, line, "supersedes", message, hint))
    return problems + _cycles(references)


def _cycles(
    references: Mapping[str, Mapping[str, tuple[tuple[str, int], ...]]],
) -> list[Problem]:
    """A problem on each page of a supersedes cycle longer than one page."""
    # Edges point from a design to what it supersedes; each remembers where it is written.
    edges: dict[str, dict[str, tuple[str, str, int]]] = defaultdict(dict)
    for path, fields in references.items():
        for target, line in fields.get("supersedes", ()):
            edges[path].setdefault(target, (path, "supersedes", line))
        for target, line in fields.get("superseded_by", ()):
            edges[target].setdefault(path, (path, "superseded_by", line))
    problems = []
    for members in _components(edges):
        if len(members) < 2:
            continue
        first = min(members)
        chain = _way_back(first, edges, members)
        message = f"supersedes chain goes round in a circle: {' → '.join(chain)}"
        hint = "a design supersedes only older designs: remove the reference that points back"
        # Said on every page of the circle (where it names its neighbour): whichever file an
        # author opens, or a pre-commit hook checks, shows it.
        for page in dict.fromkeys(chain):
            fields = references.get(page, {})
            spots = [
                (line, field)
                for field in ("supersedes", "superseded_by")
                for target, line in fields.get(field, ())
                if target in members and target != page
            ]
            if spots:
                line, field = min(spots)
                problems.append(Problem(page, line, field, message, hint))
    return problems


def _way_back(
    first: str, edges: Mapping[str, Mapping[str, object]], members: set[str]
) -> list[str]:
    """The shortest walk from `first` round to itself inside its component."""
    came_from: dict[str, str] = {}
    queue = deque([first])
    while queue:
        node = queue.popleft()
        for target in sorted(edges.get(node, {})):
            if target == first:
                chain = [node]
                while chain[-1] != first:
                    chain.append(came_from[chain[-1]])
                return [*reversed(chain), first]
            if target in members and target not in came_from:
                came_from[target] = node
                queue.append(target)
    return [first]


def _components(edges: Mapping[str, Mapping[str, object]]) -> list[set[str]]:
    """Strongly connected components (Tarjan's algorithm, iterative: no recursion limit)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges.get(root, {}))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    members = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        members.add(member)
                        if member == node:
                            break
                    found.append(members)
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(sorted(edges.get(child, {})))))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return found


def rank_related(
    tags: Sequence[Sequence[str]], explicit: Sequence[Sequence[int]], limit: int
) -> list[list[int]]:
    """For each design (by index), the indexes of its related designs, best first.

    Explicit references come first; then designs that share tags, a rare tag counting more
    than a common one. Only designs that share a tag are ever compared.
    """
    if limit <= 0:
        return [[] for _ in tags]
    postings: dict[str, list[int]] = defaultdict(list)
    for index, keys in enumerate(tags):
        for key in keys:
            postings[key].append(index)
    count = len(tags)
    weight = {key: 1 + math.log(count / len(found)) for key, found in postings.items()}
    ranked = []
    for index, keys in enumerate(tags):
        scores: dict[int, float] = {}
        get = scores.get
        for key in keys:
            add = weight[key]
            for other in _candidates(postings[key], index):
                scores[other] = get(other, 0.0) + add
        chosen = [i for i in dict.fromkeys(explicit[index]) if i != index][:limit]
        scores.pop(index, None)
        for i in chosen:
            scores.pop(i, None)
        # Highest score first, then the lower index: compared as tuples, in C, not by a key.
        best = heapq.nsmallest(limit - len(chosen), [(-s, i) for i, s in scores.items()])
        ranked.append(chosen + [i for _, i in best])
    return ranked


def _candidates(found: list[int], index: int) -> list[int]:
    if len(found) <= CANDIDATE_WINDOW:
        return found
    middle = bisect.bisect_left(found, index)
    start = max(0, min(middle - CANDIDATE_WINDOW // 2, len(found) - CANDIDATE_WINDOW))
    return found[start : start + CANDIDATE_WINDOW]
