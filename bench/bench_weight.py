"""The weight of a grid of adopted decision records: N MADR records with no summary of their own.

    python bench/bench_weight.py N [N ...]     (e.g. 200 600)

Writes N records in the MADR 3 shape (front-matter status, date and deciders; the text in
`## Context and Problem Statement`, `## Decision Drivers`, `## Considered Options` and
`## Decision Outcome`), their context one to five paragraphs of 40 to 160 words, builds the
site with Material and `arch-cards` (summary and problem taken from the body), and prints the
grid page's size, the longest and shortest card text, and the ratio of the two: how much
cards differ in height before the stylesheet clamps them.
"""

from __future__ import annotations

import gzip
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

WORDS = (
    "the service stores orders events in a queue that consumers read when billing is down "
    "we need replay durable delivery across regions without losing any message and with "
    "ordering per customer because audits require a complete history of every change made"
).split()
CONFIG = """site_name: Records
theme:
  name: material
plugins:
  - arch-cards:
      designs: ["decisions/*.md"]
      index: decisions/index.md
      required: []
      fields:
        problem: "## Context and Problem Statement"
markdown_extensions:
  - admonition
  - attr_list
  - md_in_html
"""


def sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def paragraph(rng: random.Random, words: int) -> str:
    parts, left = [], words
    while left > 0:
        size = min(left, rng.randint(8, 24))
        parts.append(sentence(rng, size))
        left -= size
    return " ".join(parts)


def record(rng: random.Random, number: int) -> str:
    context = "\n\n".join(paragraph(rng, rng.randint(40, 160)) for _ in range(rng.randint(1, 5)))
    drivers = "\n".join(f"* {sentence(rng, rng.randint(4, 10))}" for _ in range(3))
    options = "\n".join(f"* Option {i}: {sentence(rng, 5)}" for i in range(1, 4))
    outcome = paragraph(rng, rng.randint(20, 120))
    outcome = outcome[0].lower() + outcome[1:]
    return (
        f"---\nstatus: accepted\ndate: 2024-03-{number % 28 + 1:02d}\n"
        f"deciders: [Ana, Ben]\n---\n\n# {number}. {sentence(rng, 4)[:-1]}\n\n"
        f"## Context and Problem Statement\n\n{context}\n\n"
        f"## Decision Drivers\n\n{drivers}\n\n## Considered Options\n\n{options}\n\n"
        f'## Decision Outcome\n\nChosen option: "Option 1", because {outcome}\n'
    )


def main() -> None:
    for count in (int(n) for n in sys.argv[1:] or ["200", "600"]):
        rng = random.Random(count)
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            (root / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
            decisions = root / "docs" / "decisions"
            decisions.mkdir(parents=True)
            (root / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
            for number in range(1, count + 1):
                text = record(rng, number)
                (decisions / f"{number:04d}-record.md").write_text(text, encoding="utf-8")
            env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
            command = [
                sys.executable,
                "-m",
                "mkdocs",
                "build",
                "-q",
                "-f",
                str(root / "mkdocs.yml"),
            ]
            subprocess.run(command, check=True, env=env)
            grid = (root / "site" / "decisions" / "index.html").read_text(encoding="utf-8")
            cards = re.findall(r'<article class="card arch-card.*?</article>', grid, re.DOTALL)
            texts = [len(re.sub(r"<[^>]+>|\s+", "", card)) for card in cards]
            size, packed = len(grid.encode()), len(gzip.compress(grid.encode()))
            print(
                f"{count} records: grid page {size / 1024:,.0f} KiB "
                f"({packed / 1024:,.0f} KiB gzip), "
                f"{len(cards)} cards, card text {min(texts)} to {max(texts)} characters "
                f"(x{max(texts) / min(texts):.1f})"
            )


if __name__ == "__main__":
    main()
