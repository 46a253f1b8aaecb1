"""`--dirty` builds in-process: exactly which output files each edit rewrites or removes.

Two builds with one plugin instance are `serve --dirty` (MkDocs keeps the instance); two builds
with a new instance each are `mkdocs build --dirty` run twice, in two processes.
"""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from tests.conftest import PLUGIN_LOGGER, Result, Site
from tests.helpers import design

if TYPE_CHECKING:
    from collections.abc import Iterator

    from mkdocs.plugins import BasePlugin

# What MkDocs itself writes in every build, --dirty or not; catalog.json is content in memory.
ALWAYS = {"404.html", "sitemap.xml", "sitemap.xml.gz", "search/search_index.json", "catalog.json"}
DESIGNS = {"architecture/a.md", "architecture/b.md", "architecture/c.md"}
OVERVIEWS = {"architecture/index.md", "architecture/tags/index.md", "architecture/categories.md"}
HOME = "index.md"  # hand-written, with a marker
ABOUT = "about.md"  # hand-written, without one: MkDocs' business alone
SHOWING = (
    DESIGNS | OVERVIEWS | {HOME} | {f"architecture/tags/{t}.md" for t in ("kafka", "flink", "go")}
)


@dataclass
class Changes:
    """What a build did to site_dir: outputs written and outputs removed, as page sources."""

    rewritten: set[str]
    removed: set[str]


@dataclass
class Dirty:
    """Builds one site as `serve --dirty` (one plugin instance) or `build --dirty` (new ones)."""

    site: Site
    process: str  # "serve" or "build"
    urls: bool
    running: BasePlugin | None = None  # serve's plugin, kept across its builds
    settled: dict[str, int] = field(default_factory=dict)

    def out(self, page: str) -> str:
        """The output file of a page, as MkDocs writes it in this URL mode."""
        stem = page.removesuffix(".md")
        if not self.urls:
            return f"{stem}.html"
        return (
            f"{stem.removesuffix('index')}index.html"
            if stem.endswith("index")
            else (f"{stem}/index.html")
        )

    def outs(self, pages: set[str]) -> set[str]:
        return {self.out(p) for p in pages}

    def build(self, *, dirty: bool = True) -> Changes:
        """One build; the first of `serve` and every `build` start a new plugin instance."""
        serve = self.process == "serve"
        if not (serve and self.running):
            _forget_plugins()
        config = load_config(config_file=str(self.site.write_config()))
        plugin = config.plugins["arch-cards"]
        if not (serve and self.running):
            config.plugins.on_startup(command=self.process, dirty=dirty)
        assert self.running is None or plugin is self.running  # serve: one instance throughout
        capture = _Capture()
        logging.getLogger(PLUGIN_LOGGER).addHandler(capture)
        self.site.results.append(Result(Path(config.site_dir), capture.messages))
        try:
            build(config, serve_url="http://127.0.0.1:8000/" if serve else None, dirty=dirty)
        finally:
            logging.getLogger(PLUGIN_LOGGER).removeHandler(capture)
        if serve:
            self.running = plugin
        else:
            config.plugins.on_shutdown()
        return self._changes()

    def settle(self) -> None:
        """Sources two seconds old, outputs one: an edit after this is newer than every output.

        Not older: the package's own assets are sources too, as old as its checkout.
        """
        now = time.time_ns()
        for folder, age in (("docs", 2), ("site", 1)):
            for path in (self.site.root / folder).rglob("*"):
                if path.is_file():
                    os.utime(path, ns=(now - age * 10**9 + 1,) * 2)
        self.settled = {
            p.relative_to(self.site_dir).as_posix(): p.stat().st_mtime_ns
            for p in self.site_dir.rglob("*")
            if p.is_file()
        }

    @property
    def site_dir(self) -> Path:
        return self.site.root / "site"

    def html(self, page: str) -> str:
        return (self.site_dir / self.out(page)).read_text(encoding="utf-8")

    def stop(self) -> None:
        if self.running:
            self.running.on_shutdown()  # type: ignore[attr-defined]
            self.running = None

    def _changes(self) -> Changes:
        now = {
            p.relative_to(self.site_dir).as_posix(): p.stat().st_mtime_ns
            for p in self.site_dir.rglob("*")
            if p.is_file()
        }
        written = {path for path, mtime in now.items() if self.settled.get(path) != mtime}
        return Changes(written, self.settled.keys() - now.keys())


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _forget_plugins() -> None:
    """A new process: MkDocs keeps a plugin with on_startup in Plugins.plugin_cache, for serve
    (mkdocs/config/config_options.py); without it, load_config makes a new instance."""
    dict(MkDocsConfig._schema)["plugins"].plugin_cache.clear()


def three_designs(site: Site, urls: bool) -> None:
    """Alpha and Bravo share Kafka, so each lists the other as related; Charlie stands alone."""
    site.extra["use_directory_urls"] = urls
    site.page("architecture/a.md", design("Alpha", category="Data", tags=["Kafka", "Flink"]))
    site.page("architecture/b.md", design("Bravo", category="Security", tags=["Kafka"]))
    site.page("architecture/c.md", design("Charlie", category="Platform", tags=["Go"]))
    site.page(HOME, "# Home\n\nOur designs:\n\n<!-- arch-cards -->\n")
    site.page(ABOUT, "# About\n\nNo cards here.\n")


@pytest.fixture(params=["serve", "build"], ids=["serve-dirty", "build-dirty-new-process"])
def dirty(request: pytest.FixtureRequest, site: Site) -> Iterator[Dirty]:
    """The site built once with --dirty (into an empty site_dir: every page), then settled."""
    made = Dirty(site, request.param, urls=True)
    yield made
    made.stop()
    _forget_plugins()


@pytest.fixture(params=[True, False], ids=["directory-urls", "file-urls"])
def built(request: pytest.FixtureRequest, dirty: Dirty) -> Dirty:
    dirty.urls = request.param
    three_designs(dirty.site, dirty.urls)
    first = dirty.build()
    assert first.rewritten >= dirty.outs(SHOWING | {ABOUT}) | ALWAYS
    dirty.settle()
    return dirty


def test_nothing_changed_rewrites_only_what_mkdocs_always_writes(built: Dirty) -> None:
    assert built.build() == Changes(ALWAYS, set())


def test_a_summary_edit_rewrites_the_pages_that_show_the_design(built: Dirty) -> None:
    built.site.page(
        "architecture/a.md", design("Alpha", summary="Alpha, rewritten.", tags=["Kafka", "Flink"])
    )
    # Charlie's page, Go's tag page and the page without a marker show nothing of Alpha.
    shown = DESIGNS - {"architecture/c.md"} | OVERVIEWS | {HOME}
    shown |= {"architecture/tags/kafka.md", "architecture/tags/flink.md"}
    # llms.txt lists the summary, and Alpha's Markdown copy holds it (core/agents.py).
    agents = {"llms.txt", "architecture/a.md"}
    assert built.build() == Changes(built.outs(shown) | ALWAYS | agents, set())
    for page in ("architecture/b.md", HOME, "architecture/tags/flink.md"):
        assert "Alpha, rewritten." in built.html(page), page


def test_a_tag_added_and_one_removed(built: Dirty) -> None:
    built.site.page("architecture/a.md", design("Alpha", tags=["Kafka", "Rust"]))
    shown = DESIGNS - {"architecture/c.md"} | OVERVIEWS | {HOME}
    shown |= {"architecture/tags/kafka.md", "architecture/tags/rust.md"}
    assert built.build() == Changes(  # llms.txt shows no tags: only Alpha's copy changes
        built.outs(shown) | ALWAYS | {"architecture/a.md"},
        built.outs({"architecture/tags/flink.md"}),
    )


def test_a_deleted_design_leaves_with_its_page(built: Dirty) -> None:
    (built.site.root / "docs/architecture/b.md").unlink()
    # Alpha's page loses Bravo from its related list; Flink's page shows Alpha's card, unchanged.
    shown = {"architecture/a.md", "architecture/tags/kafka.md", HOME} | OVERVIEWS
    gone = built.outs({"architecture/b.md"}) | {"architecture/b.md"}  # its page and its copy
    assert built.build() == Changes(built.outs(shown) | ALWAYS | {"llms.txt"}, gone)
    assert "Bravo" not in built.html("architecture/a.md")


def test_a_renamed_design_moves_its_page(built: Dirty) -> None:
    # A rename keeps the file's mtime: MkDocs alone would not see a change anywhere.
    docs = built.site.root / "docs/architecture"
    (docs / "c.md").rename(docs / "charlie.md")
    shown = {"architecture/charlie.md", "architecture/tags/go.md", HOME} | OVERVIEWS
    agents = {"llms.txt", "architecture/charlie.md"}
    gone = built.outs({"architecture/c.md"}) | {"architecture/c.md"}
    assert built.build() == Changes(built.outs(shown) | ALWAYS | agents, gone)
    assert "Charlie" in built.html("architecture/charlie.md")


def test_a_new_design_is_added_to_the_pages_that_show_it(built: Dirty) -> None:
    built.site.page("architecture/d.md", design("Delta", category="Platform", tags=["Kafka", "Go"]))
    # Delta is related to all three: it shares Kafka with Alpha and Bravo, Go with Charlie.
    shown = SHOWING - {"architecture/tags/flink.md"} | {"architecture/d.md"}
    agents = {"llms.txt", "architecture/d.md"}
    assert built.build() == Changes(built.outs(shown) | ALWAYS | agents, set())
    assert "Delta" in built.html("architecture/c.md")


def test_a_readme_at_the_index_url_keeps_the_grid_and_gives_it_back(built: Dirty) -> None:
    built.site.page("architecture/README.md", "# Our decisions\n\nRead me first.\n")
    assert built.build() == Changes(built.outs({"architecture/index.md"}) | ALWAYS, set())
    built.settle()
    # The README's source is unchanged, yet its grid follows the catalog.
    built.site.page("architecture/c.md", design("Charlie", category="Platform", summary="New."))
    changed = built.build()
    assert built.out("architecture/index.md") in changed.rewritten
    assert "New." in built.html("architecture/index.md")
    built.settle()
    (built.site.root / "docs/architecture/README.md").unlink()  # the generated page is back
    assert built.build() == Changes(built.outs({"architecture/index.md"}) | ALWAYS, set())
    assert "Read me first" not in built.html("architecture/index.md")


def test_an_edited_marker_page_is_rewritten_alone(built: Dirty) -> None:
    built.site.page(HOME, "# Home\n\nAll our designs:\n\n<!-- arch-cards -->\n")
    assert built.build() == Changes(built.outs({HOME}) | ALWAYS, set())


def test_after_a_clean_build_the_first_dirty_build_rewrites_every_page_that_shows_designs(
    site: Site,
) -> None:
    made = Dirty(site, "build", urls=True)
    three_designs(site, urls=True)
    made.build(dirty=False)  # a clean build keeps no baseline of its own
    made.settle()
    # Nothing changed, but nothing says so: every page that shows designs, and no other.
    assert made.build() == Changes(made.outs(SHOWING) | ALWAYS, set())
    made.settle()
    assert made.build() == Changes(ALWAYS, set())


def test_a_clean_build_keeps_the_baseline_of_a_site_built_with_dirty(site: Site) -> None:
    made = Dirty(site, "build", urls=True)
    three_designs(site, urls=True)
    made.build()
    site.page("architecture/c.md", design("Charlie", category="Platform", tags=["Go", "Rust"]))
    made.build(dirty=False)
    made.settle()
    site.page(HOME, "# Home\n\n<!-- arch-cards -->\n")
    assert made.build() == Changes(made.outs({HOME}) | ALWAYS, set())


def test_the_baseline_is_outside_site_dir_and_ignored_by_git(site: Site) -> None:
    made = Dirty(site, "build", urls=True)
    three_designs(site, urls=True)
    made.build()
    kept = site.root / ".cache/arch-cards"
    assert (kept / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    (baseline,) = kept.glob("dirty-*.json")
    assert json.loads(baseline.read_text(encoding="utf-8"))["pages"]["architecture/a.md"][0] == (
        "architecture/a/index.html"
    )
    assert not [p for p in made.site_dir.rglob("*") if "dirty" in p.name or "arch-cards-" in p.name]


@pytest.mark.parametrize(
    "baseline",
    [
        "not json",
        '{"format": 1, "site_dir": "elsewhere", "pages": {}}',
        '{"format": 1, "site_dir": SITE, "pages": {"about.md": 3}}',
        '{"format": 1, "site_dir": SITE, "pages": {"x.md": ["../outside.txt", "d"]}}',
        '{"format": 1, "site_dir": SITE, "pages": {"x.md": ["architecture", "d"]}}',
    ],
    ids=["not-json", "other-site", "wrong-shape", "outside-site-dir", "a-folder"],
)
def test_a_wrong_baseline_renders_all_that_shows_designs_and_deletes_nothing_else(
    site: Site, baseline: str
) -> None:
    made = Dirty(site, "build", urls=True)
    three_designs(site, urls=True)
    made.build()
    outside = site.root / "outside.txt"
    outside.write_text("not ours", encoding="utf-8")
    (file,) = (site.root / ".cache/arch-cards").glob("dirty-*.json")
    file.write_text(baseline.replace("SITE", json.dumps(str(made.site_dir.resolve()))))
    made.settle()
    # Every page that shows designs is rendered again; nothing outside site_dir is deleted.
    assert made.build() == Changes(made.outs(SHOWING) | ALWAYS, set())
    assert outside.read_text(encoding="utf-8") == "not ours"
