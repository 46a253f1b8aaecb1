"""plugin/files.py: MkDocs' files as the core asks for them."""

from __future__ import annotations

from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from mkdocs_arch_cards.plugin.files import written

if TYPE_CHECKING:
    from pathlib import Path


def config(site_dir: Path) -> Any:
    plugins = SimpleNamespace(_current_plugin="arch-cards")  # what File.generated reads
    return SimpleNamespace(site_dir=str(site_dir), use_directory_urls=True, plugins=plugins)


def test_a_written_file_is_in_site_dir_at_once_and_mkdocs_copies_it_onto_itself(
    tmp_path: Path,
) -> None:
    made = written(config(tmp_path / "site"), "catalog.json", '{"é": 1}\n')
    assert (tmp_path / "site/catalog.json").read_text("utf-8") == '{"é": 1}\n'
    assert made.abs_src_path == made.abs_dest_path  # nothing held: MkDocs reads the file
    made.copy_file()  # what the build does: the same file, left as it is
    assert made.content_string == '{"é": 1}\n'


def test_a_site_dir_that_cannot_be_written_leaves_the_writing_to_mkdocs(tmp_path: Path) -> None:
    (tmp_path / "site").write_text("a file, not a folder", encoding="utf-8")
    made = written(config(tmp_path / "site"), "catalog.json", "{}\n")
    assert made.abs_src_path is None and made.content_string == "{}\n"
