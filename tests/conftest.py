"""Fixtures: small MkDocs + Material sites written into tmp_path and built in-process."""

from __future__ import annotations

import logging
import os
import shutil
import textwrap
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import material
import pytest
import yaml
from bs4 import BeautifulSoup
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's end-of-life banner

# The installed Material, (major, minor): scripts/test-material.sh runs the tests on the oldest.
MATERIAL = tuple(int(part) for part in material.__version__.split(".")[:2])
PLUGIN_LOGGER = "mkdocs.plugins.mkdocs_arch_cards"
_T = TypeVar("_T")
FENCES = {
    "material": "!!python/name:pymdownx.superfences.fence_code_format",
    "mermaid2": "!!python/name:mermaid2.fence_mermaid_custom",
}


class _Capture(logging.Handler):
    """Every warning of a build: the plugin's, and the engine's, theme's or any library's."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []
        self.others: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.name == PLUGIN_LOGGER or record.name.startswith(PLUGIN_LOGGER + "."):
            # get_plugin_logger() prefixes every message with the package name.
            self.messages.append(record.getMessage().removeprefix("mkdocs_arch_cards: "))
        else:
            self.others.append(f"{record.levelname} {record.name}: {record.getMessage()}")


@dataclass
class Result:
    """A built site, read the way a reader sees it."""

    site_dir: Path
    logged: list[str]
    others: list[str] = field(default_factory=list)
    directory_urls: bool = True
    checked: bool = False
    others_checked: bool = False

    @property
    def warnings(self) -> list[str]:
        """The plugin's warnings; reading them tells the guard they were expected."""
        self.checked = True
        return self.logged

    @property
    def engine_warnings(self) -> list[str]:
        """Warnings (and errors) of everything but the plugin: MkDocs, the theme, extensions."""
        self.others_checked = True
        return self.others

    def unread(self) -> list[str]:
        """The warnings no test looked at."""
        return [
            *(() if self.checked else self.logged),
            *(() if self.others_checked else self.others),
        ]

    def html(self, page: str) -> str:
        return (self.site_dir / page).read_text(encoding="utf-8")

    def soup(self, page: str) -> BeautifulSoup:
        return BeautifulSoup(self.html(page), "html.parser")

    def texts(self, page: str, selector: str) -> list[str]:
        """The visible text of every element matching `selector`, whitespace folded."""
        return [" ".join(e.get_text(" ").split()) for e in self.soup(page).select(selector)]


@dataclass
class Site:
    """A site in a temporary folder: `docs(...)` writes pages, `build()` builds it."""

    root: Path
    plugin: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    fence: str = "material"
    results: list[Result] = field(default_factory=list)
    own_config: bool = False  # a site copied from disk keeps its own mkdocs.yml
    directory_urls: bool | None = None  # set by the `urls` fixture; None: MkDocs' default

    def docs(self, tree: str) -> None:
        """Write files from a listing: a path line, then its content on lines starting `|`."""
        path: Path | None = None
        for line in textwrap.dedent(tree).splitlines():
            stripped = line.strip()
            if stripped.startswith("|"):
                assert path is not None
                with path.open("a", encoding="utf-8") as file:
                    file.write(stripped[2:] + "\n")
            elif stripped:
                path = self.root / "docs" / stripped
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text("", encoding="utf-8")

    def page(self, path: str, text: str) -> None:
        """Write one page verbatim."""
        target = self.root / "docs" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")

    def copy(self, corpus: Path) -> None:
        """Start from a site on disk (its mkdocs.yml and pages) as a team keeps it."""
        shutil.copytree(corpus, self.root, dirs_exist_ok=True)
        self.own_config = True

    def write_config(self) -> Path:
        if self.own_config:
            return self.root / "mkdocs.yml"
        plugin: Any = {"arch-cards": self.plugin} if self.plugin else "arch-cards"
        config = {
            "site_name": "Test",
            "theme": {"name": "material", "font": False},
            "plugins": ["search", plugin],
            "markdown_extensions": ["admonition", "pymdownx.superfences"],
            **self.extra,
        }
        if self.directory_urls is not None:
            config["use_directory_urls"] = self.directory_urls
        text = yaml.safe_dump(config, sort_keys=False, allow_unicode=True)
        text = text.replace(
            "- pymdownx.superfences",
            "- pymdownx.superfences:\n    custom_fences:\n    - name: mermaid\n"
            f"      class: mermaid\n      format: {FENCES[self.fence]}",
        )
        path = self.root / "mkdocs.yml"
        path.write_text(text, encoding="utf-8")
        return path

    def build(self, *, strict: bool = False, serve: bool = False, startup: bool = True) -> Result:
        """Build in-process, as `mkdocs build` (or one `mkdocs serve` build) would.

        `startup=False` builds as tools that call `build(load_config(...))` do: no on_startup.
        """
        return self._build(strict=strict, serve=serve, startup=startup)

    def build_fails(self, *, strict: bool = True) -> Result:
        """A build that must abort: MkDocs' strict mode counts the warnings, then stops."""
        with pytest.raises(Abort):
            self._build(strict=strict, serve=False, startup=True)
        return self.results[-1]

    def _build(self, *, strict: bool, serve: bool, startup: bool) -> Result:
        capture = _Capture()
        logger = logging.getLogger()  # the root: MkDocs' and the plugin's loggers propagate to it
        logger.addHandler(capture)
        # Made before the config loads, so that a config that fails to load is read too.
        result = Result(self.root / "site", capture.messages, capture.others)
        self.results.append(result)
        try:
            config = load_config(config_file=str(self.write_config()), strict=strict)
            result.site_dir = Path(config.site_dir)
            result.directory_urls = config.use_directory_urls
            try:
                if startup:
                    config.plugins.on_startup(command="serve" if serve else "build", dirty=False)
                # `mkdocs serve` builds with a serve_url; that is what lets drafts in.
                build(config, serve_url="http://127.0.0.1:8000/" if serve else None)
            finally:
                config.plugins.on_shutdown()
        finally:
            logger.removeHandler(capture)
        return result


@dataclass(frozen=True)
class Urls:
    """One `use_directory_urls` mode: where a page is built, and which of two values holds."""

    directory: bool

    def html(self, page: str) -> str:
        """The built file of a Markdown page: `a/b.md` is a/b/index.html, or a/b.html."""
        stem = page.rsplit(".", 1)[0]
        if stem.rsplit("/", 1)[-1] in ("index", "README"):
            return stem.rsplit("/", 1)[0] + "/index.html" if "/" in stem else "index.html"
        return f"{stem}/index.html" if self.directory else f"{stem}.html"

    def pick(self, directory: _T, files: _T) -> _T:
        """The value of this mode: `directory` with use_directory_urls, `files` without."""
        return directory if self.directory else files


@pytest.fixture(params=[True, False], ids=["directory-urls", "file-urls"])
def urls(request: pytest.FixtureRequest, site: Site) -> Urls:
    """Runs a test under both `use_directory_urls` modes; the `site` fixture builds in it."""
    site.directory_urls = request.param
    return Urls(request.param)


@contextmanager
def every_warning() -> Iterator[_Capture]:
    """Every warning logged in the block, for builds outside the `site` fixture."""
    capture = _Capture()
    logger = logging.getLogger()
    logger.addHandler(capture)
    try:
        yield capture
    finally:
        logger.removeHandler(capture)


def _assert_read(sites: list[Site]) -> None:
    """Fail if a build warned and no test read its warnings."""
    unexpected = [w for s in sites for r in s.results for w in r.unread()]
    assert not unexpected, f"unexpected warnings: {unexpected}"


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    """A fresh site; the test fails if a build warned and the test never looked."""
    built = Site(tmp_path)
    yield built
    _assert_read([built])


@pytest.fixture(scope="module")
def module_sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Site]]:
    """Makes sites that live for a module: built once, asserted by many tests; the same guard."""
    made: list[Site] = []

    def make(name: str) -> Site:
        made.append(Site(tmp_path_factory.mktemp(name)))
        return made[-1]

    yield make
    _assert_read(made)
