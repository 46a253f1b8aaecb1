"""`arch-cards sync`: the generated pages as files, never over the author's; no Zensical needed."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from mkdocs_arch_cards.cli import main
from mkdocs_arch_cards.core.vendor import SITE_URI
from mkdocs_arch_cards.zensical.site import MARK

CONFIG = "site_name: S\nplugins:\n  - arch-cards\n"
DESIGN = """\
---
title: {title}
category: Data
summary: One line.
problem: Why.
tags: [{tags}]
---

# {title}
"""


def write(root: Path, path: str, text: str) -> None:
    target = root / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(textwrap.dedent(text), encoding="utf-8")


def sync(root: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """Run `arch-cards sync -f mkdocs.yml`; the lines it printed."""
    assert main(["sync", "-f", str(root / "mkdocs.yml")]) == 0
    return capsys.readouterr().out.splitlines()


@pytest.fixture
def root(tmp_path: Path) -> Path:
    write(tmp_path, "mkdocs.yml", CONFIG)
    write(tmp_path, "docs/architecture/a.md", DESIGN.format(title="Alpha", tags="Kafka, Go"))
    return tmp_path


def test_sync_writes_every_generated_page_with_the_catalogs_digest(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sync(root, capsys) == [
        "wrote architecture/index.md",
        "wrote architecture/tags/index.md",
        "wrote architecture/tags/go.md",
        "wrote architecture/tags/kafka.md",
        "wrote architecture/categories.md",
        "wrote assets/arch-cards/arch-cards.css",
        "wrote assets/arch-cards/arch-cards.js",
        "wrote assets/arch-cards/mermaid-loader.js",
        f"wrote {SITE_URI}",
        "wrote catalog.json",
    ]
    index = (root / "docs/architecture/index.md").read_text(encoding="utf-8")
    assert index.startswith(f"---\n{MARK}: ")
    assert '<!-- arch-cards filters="on" -->' in index
    exported = json.loads((root / "docs/catalog.json").read_text(encoding="utf-8"))
    assert [d["title"] for d in exported["designs"]] == ["Alpha"]
    assert sync(root, capsys) == []  # nothing changed: no file is touched, none rebuilt


def test_an_edit_changes_the_digest_of_every_generated_page(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sync(root, capsys)
    write(root, "docs/architecture/a.md", DESIGN.format(title="Alpha", tags="Kafka, Go") + "x\n")
    changed = sync(root, capsys)
    assert "wrote architecture/index.md" in changed
    assert "wrote architecture/tags/kafka.md" in changed


def test_pages_of_tags_that_are_gone_are_removed(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sync(root, capsys)
    write(root, "docs/architecture/a.md", DESIGN.format(title="Alpha", tags="Kafka"))
    assert "removed architecture/tags/go.md" in sync(root, capsys)
    assert not (root / "docs/architecture/tags/go.md").exists()
    assert (root / "docs/architecture/tags/kafka.md").exists()


def test_a_page_the_author_wrote_is_never_overwritten_nor_removed(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    own = "# Our architecture\n\nWritten by hand.\n"
    write(root, "docs/architecture/README.md", own)  # served where index.md would be
    write(root, "docs/architecture/tags/go.md", "# Go, by hand\n")
    write(root, "docs/catalog.json", '{"ours": true}\n')
    write(root, "docs/assets/arch-cards/mermaid-loader.js", "// our own loader\n")
    done = sync(root, capsys)
    assert "wrote architecture/index.md" not in done
    assert "wrote architecture/tags/go.md" not in done
    assert "kept catalog.json: not written by arch-cards" in done
    assert not (root / "docs/architecture/index.md").exists()
    assert (root / "docs/architecture/README.md").read_text(encoding="utf-8") == own
    assert (root / "docs/architecture/tags/go.md").read_text(encoding="utf-8") == "# Go, by hand\n"
    loader = root / "docs/assets/arch-cards/mermaid-loader.js"
    assert loader.read_text(encoding="utf-8") == "// our own loader\n"
    assert sync(root, capsys) == ["kept catalog.json: not written by arch-cards"]


def test_no_export_writes_no_catalog_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, "mkdocs.yml", 'site_name: S\nplugins:\n  - arch-cards:\n      export: ""\n')
    write(tmp_path, "docs/architecture/a.md", DESIGN.format(title="Alpha", tags="Go"))
    assert "wrote catalog.json" not in sync(tmp_path, capsys)
    assert not (tmp_path / "docs/catalog.json").exists()


def test_a_wrong_option_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "mkdocs.yml", "site_name: S\nplugins:\n  - arch-cards:\n      related: many\n")
    (tmp_path / "docs").mkdir()
    assert main(["sync", "-f", str(tmp_path / "mkdocs.yml")]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("arch-cards: the plugin's options in ") and "related" in line
