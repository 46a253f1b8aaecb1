"""Records as teams keep them, built: sorting, titles from the nav, folder defaults."""

from __future__ import annotations

import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.conftest import Site, Urls


GEPS = {
    "decisions/gep-4152.md": "---\ndate: 2024-01-01\nstatus: accepted\n---\n# GEP-4152: Four\n",
    "decisions/gep-709.md": "---\ndate: 2022-01-01\nstatus: proposed\n---\n# GEP-709: Seven\n",
    "decisions/gep-91.md": "---\ndate: 2023-01-01\n---\n# GEP-91: Ninety-one\n",
    "decisions/other.md": "---\nstatus: accepted\n---\n# Another\n",
}


@pytest.mark.parametrize(
    ("sort", "titles"),
    [
        ("order", ["Another", "GEP-91: Ninety-one", "GEP-709: Seven", "GEP-4152: Four"]),
        ("title", ["Another", "GEP-91: Ninety-one", "GEP-709: Seven", "GEP-4152: Four"]),
        ("number", ["GEP-91: Ninety-one", "GEP-709: Seven", "GEP-4152: Four", "Another"]),
        ("date", ["GEP-4152: Four", "GEP-91: Ninety-one", "GEP-709: Seven", "Another"]),
        ("status", ["GEP-709: Seven", "Another", "GEP-4152: Four", "GEP-91: Ninety-one"]),
    ],
)
def test_the_generated_index_and_markers_sort_as_asked(
    site: Site, urls: Urls, sort: str, titles: list[str]
) -> None:
    site.plugin = {"designs": ["decisions/*.md"], "index": "decisions/index.md", "sort": sort}
    site.plugin["required"] = []
    for path, text in GEPS.items():
        site.page(path, text)
    site.page("marker.md", f'# Marker\n\n<!-- arch-cards sort="{sort}" -->\n')
    result = site.build(strict=True)
    assert result.texts("decisions/index.html", ".arch-card__title") == titles
    assert result.texts(urls.html("marker.md"), ".arch-card__title") == titles


def test_card_nav_and_page_agree_on_a_title_from_the_nav(site: Site, urls: Urls) -> None:
    site.plugin = {"designs": ["decisions/*.md"], "index": "decisions/index.md", "sort": "number"}
    site.plugin["required"] = []
    site.extra = {
        "nav": [
            {"Decisions": "decisions/index.md"},
            {"ADR-001: Drop Kafka Dependency": "decisions/001-drop-kafka-dependency.md"},
            "decisions/002-use-pulsar.md",
        ]
    }
    site.page("decisions/001-drop-kafka-dependency.md", "We drop Kafka.\n")
    site.page("decisions/002-use-pulsar.md", "Pulsar it is.\n\n- Status: accepted\n")
    result = site.build(strict=True)
    assert result.texts("decisions/index.html", ".arch-card__title") == [
        "ADR-001: Drop Kafka Dependency",
        "002 use pulsar",
    ]
    page = urls.html("decisions/001-drop-kafka-dependency.md")
    assert result.texts(page, "h1") == ["ADR-001: Drop Kafka Dependency"]
    assert "ADR-001: Drop Kafka Dependency" in result.texts(page, ".md-nav__link")
    assert result.texts(page, "title")[0].startswith("ADR-001: Drop Kafka Dependency")
    command = [sys.executable, "-m", "mkdocs_arch_cards.cli", "check"]
    checked = subprocess.run(command, cwd=site.root, capture_output=True, text=True, check=False)
    assert (checked.returncode, checked.stdout) == (0, "")


def test_a_wrong_folder_default_is_one_config_error_line(site: Site) -> None:
    site.plugin = {"defaults": {"architecture/": {"category": ["A", "B"]}}}
    site.page("architecture/a.md", "# A\n")
    result = site.build_fails(strict=False)
    line = "Config value 'plugins': Plugin 'arch-cards' option 'defaults': architecture/:"
    assert result.warnings == []
    assert result.engine_warnings == [
        f"ERROR mkdocs.config: {line} category: expected a non-empty string, got list"
    ]
