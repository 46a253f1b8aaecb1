"""A user's first site, made from the blocks the docs mark `<!-- first-site: NAME -->`.

Shared by the first-site test (this repository's environment) and the package test (a clean
environment with the built wheel): the same blocks, pasted the same way.
"""

from __future__ import annotations

import re
import shlex
import subprocess
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).parents[2]
MARK_RE = re.compile(r"<!-- first-site: (\S+) -->")
FENCE_RE = re.compile(r"(`{3,})[^`]*$")
WARNING_RE = re.compile(r"^(?:WARNING|ERROR)\b.*$", re.MULTILINE)


def snippets(doc: Path) -> dict[str, str]:
    """Each marked block of a Markdown file: the fenced block right after its marker."""
    lines = doc.read_text(encoding="utf-8").splitlines()
    found: dict[str, str] = {}
    for index, line in enumerate(lines):
        if not (mark := MARK_RE.fullmatch(line.strip())):
            continue
        fence = FENCE_RE.match(lines[index + 1])
        assert fence, f"{doc}:{index + 2}: a first-site marker must be followed by a fence"
        end = lines.index(fence[1], index + 2)
        found[mark[1]] = "\n".join(lines[index + 2 : end]) + "\n"
    return found


@dataclass
class FirstSite:
    """A folder with the pasted blocks, and the environment whose commands run in it."""

    root: Path
    bin_dir: Path  # where `mkdocs` and `arch-cards` are, as in an activated venv
    blocks: dict[str, str]
    env: dict[str, str]  # the whole environment of each command

    @classmethod
    def paste(cls, doc: Path, root: Path, bin_dir: Path, env: dict[str, str]) -> FirstSite:
        """Write the doc's mkdocs.yml and docs/index.md into the empty folder `root`."""
        blocks = snippets(doc)
        root.mkdir(parents=True, exist_ok=True)
        assert not any(root.iterdir()), "the first site starts from an empty folder"
        (root / "mkdocs.yml").write_text(blocks["mkdocs.yml"], encoding="utf-8")
        (root / "docs").mkdir()
        (root / "docs" / "index.md").write_text(blocks["docs/index.md"], encoding="utf-8")
        return cls(root, bin_dir, blocks, {**env, "NO_COLOR": "1"})

    def run(self, command: str) -> subprocess.CompletedProcess[str]:
        """One command line as a user types it, with the environment's own scripts."""
        words = shlex.split(command)
        program = self.bin_dir / words[0]
        assert program.is_file(), f"{program}: not installed"
        return subprocess.run(
            [str(program), *words[1:]],
            cwd=self.root,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )

    def commands(self) -> list[subprocess.CompletedProcess[str]]:
        """The doc's `commands` block, line by line."""
        lines = [line for line in self.blocks["commands"].splitlines() if line.strip()]
        return [self.run(line) for line in lines]

    def write_front_matter(self, page: str) -> None:
        """Put the doc's finished front-matter in place of the stub's, as the doc says to."""
        path = self.root / "docs" / page
        text = path.read_text(encoding="utf-8")
        assert text.startswith("---\n")
        body = text[text.index("\n---\n", 4) + len("\n---\n") :]
        path.write_text(self.blocks["front-matter"] + body, encoding="utf-8")

    def build_lines(self) -> list[str]:
        """The doc's `build` block: each command but `mkdocs serve`, which runs until stopped."""
        lines = self.blocks["build"].splitlines()
        return [line for line in lines if line.strip() and not line.startswith("mkdocs serve")]


def warnings(output: str) -> list[str]:
    """The WARNING and ERROR lines of a process's output."""
    return WARNING_RE.findall(output)
