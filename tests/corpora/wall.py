"""A 240-record MADR 4 collection, adopted as it is: the wall-of-text case of issue 10.

Each record has no `summary:`, and its context runs to several long paragraphs, as in real
collections; the grid must still be light and its cards short. The text is the same on every
run: records differ by number and by which sentences they draw.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

RECORDS = 240

CONFIG = """\
site_name: Monolith decisions
theme:
  name: material
  font: false
plugins:
  - search
  - arch-cards:
      designs: ["decisions/*.md"]
      index: decisions/index.md
      required: []
      fields:
        owner: decision-makers
        problem: "## Context and Problem Statement"
"""

SUBJECTS = [
    "the order service",
    "the billing job",
    "the search index",
    "the mobile gateway",
    "the reporting warehouse",
    "the identity provider",
    "the shipping API",
]
SENTENCES = [
    "Every release of {s} waits for a full regression run that takes most of a working day.",
    "Three teams change {s} each week, and their changes collide in the same files.",
    "When {s} slows down, every caller retries at once and the slowdown becomes an outage.",
    "Nobody can say which of the forty configuration flags of {s} are still read.",
    "The on-call engineer for {s} was paged eleven times last month, mostly at night.",
    "Costs of {s} grew by a third this year while its traffic stayed flat.",
    "A schema change in {s} needs a maintenance window, and the last one overran by an hour.",
]


def record(number: int) -> str:
    """One record: front-matter, an H1, and a context of three long paragraphs."""
    subject = SUBJECTS[number % len(SUBJECTS)]
    paragraphs = []
    for paragraph in range(3):
        picked = [SENTENCES[(number + paragraph + k) % len(SENTENCES)] for k in range(5)]
        paragraphs.append(" ".join(s.format(s=subject) for s in picked))
    context = "\n\n".join(paragraphs)
    return (
        f"---\nstatus: accepted\ndate: 2023-{number % 12 + 1:02d}-{number % 28 + 1:02d}\n"
        f"decision-makers: [Team {number % 9 + 1}]\nconsulted: []\ninformed: []\n---\n\n"
        f"# Split {subject} ({number})\n\n"
        f"## Context and Problem Statement\n\n{context}\n\n"
        "## Decision Outcome\n\nChosen option: split it, because the teams stop colliding.\n"
    )


def write(root: Path) -> None:
    """Write the site: mkdocs.yml and the records under docs/decisions/."""
    (root / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    folder = root / "docs" / "decisions"
    folder.mkdir(parents=True)
    (root / "docs" / "index.md").write_text("# Monolith\n\nSee the decisions.\n", "utf-8")
    for number in range(1, RECORDS + 1):
        path = folder / f"{number:04d}-split-the-monolith-part-{number}.md"
        path.write_text(record(number), encoding="utf-8")
