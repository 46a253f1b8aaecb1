"""How designs point at each other: references checked both ways, related designs ranked."""

from __future__ import annotations

import bisect
import heapq
import math
import posixpath
from collections import defaultdict
from typing import TYPE_CHECKING

from .problems import Problem

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Mapping, Sequence

# A tag on more designs than this finds candidates only among its nearest designs in grid
# order, so one tag on every page never makes the work grow with the square of the catalog.
CANDIDATE_WINDOW = 64


def resolve(reference: str, page: str) -> str:
    """A page reference as authors write links: relative to the page, or to docs_dir with '/'."""
    if reference.startswith("/"):
        return posixpath.normpath(reference.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(page), reference))


def check_references(
    references: Mapping[str, Mapping[str, tuple[tuple[str, int], ...]]],
    known: Callable[[str], bool],
    one_way: Collection[str] = (),
) -> list[Problem]:
    """Every reference names a design, and supersedes/superseded_by agree on both sides.

    `references[path][field]` holds (resolved target, line) pairs. The successors of pages in
    `one_way` are not asked to list them back: their status text named the successor.
    """
    problems = []
    for path, fields in references.items():
        for field, targets in fields.items():
            for target, line in targets:
                if not known(target):
                    message = f"'{target}' is not a design page"
                    hint = "write the path as a Markdown link from this page, e.g. ../other.md"
                    problems.append(Problem(path, line, field, message, hint))
    for path, fields in references.items():
        for target, line in fields.get("superseded_by", ()):
            back = [t for t, _ in references.get(target, {}).get("supersedes", ())]
            if known(target) and path not in back and path not in one_way:
                message = f"says it is superseded by '{target}', which does not list it"
                hint = f"add '{path}' to `supersedes:` in {target}"
                problems.append(Problem(path, line, "superseded_by", message, hint))
        for target, line in fields.get("supersedes", ()):
            forward = [t for t, _ in references.get(target, {}).get("superseded_by", ())]
            if known(target) and forward != [path]:
                message = f"says it supersedes '{target}', which does not name it in superseded_by"
                hint = f"set `superseded_by: /{path}` in {target}"
                problems.append(Problem(path, line, "supersedes", message, hint))
    return problems


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
        scores: dict[int, float] = defaultdict(float)
        for key in keys:
            for other in _candidates(postings[key], index):
                scores[other] += weight[key]
        chosen = [i for i in dict.fromkeys(explicit[index]) if i != index][:limit]
        scores.pop(index, None)
        for i in chosen:
            scores.pop(i, None)
        best = heapq.nsmallest(limit - len(chosen), scores, key=lambda i: (-scores[i], i))
        ranked.append(chosen + best)
    return ranked


def _candidates(found: list[int], index: int) -> list[int]:
    if len(found) <= CANDIDATE_WINDOW:
        return found
    middle = bisect.bisect_left(found, index)
    start = max(0, min(middle - CANDIDATE_WINDOW // 2, len(found) - CANDIDATE_WINDOW))
    return found[start : start + CANDIDATE_WINDOW]
