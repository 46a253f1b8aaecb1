"""The pinned Mermaid in real builds: served by the plugin, with mkdocs-mermaid2 or without."""

from __future__ import annotations

from typing import TYPE_CHECKING

import mermaid2.util
import pytest

from mkdocs_arch_cards.core import vendor
from mkdocs_arch_cards.core.vendor import PAGE_LOADER_URI, SITE_URI, mermaid_js
from tests.helpers import design

if TYPE_CHECKING:
    from pathlib import Path

    from tests.conftest import Result, Site

FENCE = (
    "- pymdownx.superfences:\n    custom_fences:\n    - name: mermaid\n"
    "      class: mermaid\n      format: !!python/name:mermaid2.fence_mermaid_custom\n"
)


def scripts(result: Result, page: str) -> list[str]:
    return [str(s.get("src")) for s in result.soup(page).select("script[src]")]


@pytest.mark.parametrize("directory_urls", [True, False])
def test_every_page_loads_the_loader_and_the_site_serves_the_pinned_file(
    site: Site, directory_urls: bool
) -> None:
    site.extra = {"use_directory_urls": directory_urls}
    site.page("index.md", "# Home\n")
    site.page("architecture/orders.md", design("Orders"))
    result = site.build(strict=True)
    assert (result.site_dir / SITE_URI).read_bytes() == mermaid_js().read_bytes()
    assert (result.site_dir / PAGE_LOADER_URI).read_bytes() == vendor.LOADER.read_bytes()
    orders, up = (
        ("architecture/orders/index.html", "../../")
        if directory_urls
        else (
            "architecture/orders.html",
            "../",
        )
    )
    assert scripts(result, "index.html")[-1] == "assets/arch-cards/diagram-loader.js"
    assert scripts(result, orders)[-1] == f"{up}assets/arch-cards/diagram-loader.js"
    # The library itself is no page's script: only a page that draws a diagram fetches it.
    library = SITE_URI.rsplit("/", 1)[-1]
    assert not [s for p in ("index.html", orders) for s in scripts(result, p) if library in s]


def test_mermaid_false_serves_no_mermaid(site: Site) -> None:
    site.plugin = {"mermaid": False}
    site.page("architecture/orders.md", design("Orders"))
    result = site.build(strict=True)
    assert not (result.site_dir / SITE_URI).exists()
    assert not (result.site_dir / PAGE_LOADER_URI).exists()
    assert not [s for s in scripts(result, "architecture/orders/index.html") if "mermaid" in s]


def test_a_missing_pinned_file_is_one_warning(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(vendor, "VENDOR", tmp_path / "none")
    site.page("architecture/orders.md", design("Orders"))
    result = site.build()
    assert result.warnings == [
        f"the pinned Mermaid 11.17.2 is missing ({tmp_path / 'none' / 'mermaid.min.js'}) — run"
        " `python -m mkdocs_arch_cards.core.vendor` once online, or reinstall mkdocs-arch-cards"
    ]
    assert not (result.site_dir / PAGE_LOADER_URI).exists()


@pytest.mark.parametrize("first", ["arch-cards", "mermaid2"])
def test_mermaid2_adds_no_library_of_its_own_and_checks_no_cdn(
    site: Site, monkeypatch: pytest.MonkeyPatch, first: str
) -> None:
    def no_network(url: str) -> None:
        raise AssertionError(f"mermaid2 asked the network: {url}")

    monkeypatch.setattr(mermaid2.util.requests, "get", no_network)
    plugins = ["arch-cards", "mermaid2"] if first == "arch-cards" else ["mermaid2", "arch-cards"]
    site.own_config = True
    (site.root / "mkdocs.yml").write_text(
        "site_name: Test\ntheme:\n  name: material\n  font: false\n"
        f"plugins:\n- search\n- {plugins[0]}\n- {plugins[1]}\n"
        "markdown_extensions:\n" + FENCE,
        encoding="utf-8",
    )
    site.page("architecture/orders.md", design("Orders"))
    result = site.build(strict=True)
    page = "architecture/orders/index.html"
    assert result.soup(page).select_one("pre.mermaid") is not None
    assert scripts(result, page)[-1] == "../../assets/arch-cards/diagram-loader.js"
    assert "unpkg" not in result.html(page) and "jsdelivr" not in result.html(page)
    # mermaid2 parses and re-serialises any page holding the word: a page without a diagram
    # does not, and neither does a grid (filled in after mermaid2, core/slots.py).
    assert "mermaid" not in result.html("architecture/index.html")
