"""The hostile corpus, built: no traceback, no page lost, nothing unescaped, every problem reported.

Each site holds many cases, one page each, and is built once; the tests then look at it per case.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlparse
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from mkdocs.exceptions import MkDocsException

from mkdocs_arch_cards.cli import main
from mkdocs_arch_cards.core.catalog import Settings
from tests.helpers import grid_cards, unsafe_markup
from tests.suites.hostile_cases import SIZE, SLOW, Case, page
from tests.suites.hostile_sites import BAD_OPTIONS, COLLIDE, FILES, OPTION_VALUES, OPTIONS
from tests.suites.hostile_yaml import MAIN

if TYPE_CHECKING:
    from collections.abc import Callable

    from tests.conftest import Site

SITES: dict[str, tuple[list[Case], dict[str, Any]]] = {
    "main": (MAIN, {}),
    "main-file-urls": (MAIN, {}),  # the same cases where pages are files: a.html, not a/
    "slow": (SLOW, {}),
    "size": (SIZE, {}),
    "collide": (COLLIDE, {}),
    "files": (FILES, {}),
    "options": (OPTIONS, OPTION_VALUES),
}
FILE_URLS = {"main-file-urls"}
CASES = [pytest.param(s, c, id=f"{s}:{c.name}") for s, (cases, _) in SITES.items() for c in cases]
RENDER_FIELDS = {"arch-cards"}  # problems found while rendering a page, which `check` never does
DANGEROUS = re.compile(r"<(script|img|svg|iframe|object|embed)\b", re.IGNORECASE)
LINE_BREAKS = {"\n", "\r", "\x85", "\u2028", "\u2029"}


@dataclass
class Built:
    """A built site, with what every case test needs computed once."""

    site: Site
    cases: list[Case]
    error: BaseException | None
    warnings: list[str]
    offences: list[tuple[str, str]]  # (output file, what is unescaped there)
    grid: set[str]  # the URL paths the grid's cards link to
    settings: Settings  # of the site's URL mode

    def page(self, path: str) -> tuple[str, str]:
        """The URL of a page, and the built file that serves it."""
        url = self.settings.url_of(path)
        return url, url + "index.html" if url.endswith("/") or not url else url


@pytest.fixture(scope="module")
def built(module_sites: Callable[[str], Site]) -> Callable[[str], Built]:
    """Builds each site the first time a test asks for it."""
    cache: dict[str, Built] = {}

    def get(name: str) -> Built:
        if name not in cache:
            cases, options = SITES[name]
            site = module_sites(name)
            site.directory_urls = name not in FILE_URLS
            cache[name] = _build(site, cases, options)
        return cache[name]

    return get


def _build(site: Site, cases: list[Case], options: dict[str, Any]) -> Built:
    site.plugin = options
    for case in cases:
        target = site.root / "docs" / case.path
        target.parent.mkdir(parents=True, exist_ok=True)
        text = case.text
        if case.link:
            target.symlink_to(case.link)
        else:
            target.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    error = None
    try:
        site.build()
    except Exception as caught:  # the assertion is per case: every one of them fails
        error = caught
    warnings = site.results[-1].warnings if site.results else []
    site_dir = site.root / "site"
    grid_page = site_dir / "architecture" / "index.html"
    grid = set()
    if grid_page.is_file():
        soup = BeautifulSoup(grid_page.read_text(encoding="utf-8"), "html.parser")
        base = "http://site/architecture/"
        grid = {urlparse(urljoin(base, card["href"])).path for card in grid_cards(soup)}
    offences = scan(site_dir) if site_dir.is_dir() else []
    settings = Settings(directory_urls=bool(site.directory_urls))
    return Built(site, cases, error, warnings, offences, grid, settings)


def scan(site_dir: Path) -> list[tuple[str, str]]:
    """Everything in the site's output that a browser or a consumer would run as markup."""
    found: list[tuple[str, str]] = []
    for path in sorted(site_dir.rglob("*")):
        name = path.relative_to(site_dir).as_posix()
        if path.suffix == ".html":
            found += [(name, what) for what in unsafe_markup(path.read_text(encoding="utf-8"))]
        elif name == "search/search_index.json":
            # Material shows a result's title and text as HTML, and its tags as text.
            docs = json.loads(path.read_text(encoding="utf-8"))["docs"]
            strings = [d.get(key, "") for d in docs for key in ("title", "text")]
            found += [(name, s[:200]) for s in strings if DANGEROUS.search(s)]
        elif path.suffix == ".json":
            json.loads(path.read_text(encoding="utf-8"))  # well-formed, or the test fails
        elif path.suffix == ".xml":
            root = ElementTree.fromstring(path.read_bytes())
            found += [(name, e.tag) for e in root.iter() if "script" in str(e.tag).lower()]
    return found


def _raw(text: str) -> list[str]:
    """Characters a log line must not hold raw: control characters and line breaks."""
    return [c for c in text if c in LINE_BREAKS or unicodedata.category(c) == "Cc"]


def _own(warnings: list[str], case: Case) -> list[str]:
    return [w for w in warnings if w.startswith(f"{case.path}:")]


def _pattern(case: Case, line: int | None, field: str | None) -> re.Pattern[str]:
    where = str(line) if line is not None else r"\d+"
    what = re.escape(field) if field is not None else r"[^:]+?"
    return re.compile(rf"{re.escape(case.path)}:{where}: {what}: ")


@pytest.mark.parametrize(("site", "case"), CASES)
def test_case_builds(built: Callable[[str], Built], site: str, case: Case) -> None:
    assert built(site).error is None, repr(built(site).error)


@pytest.mark.parametrize(("site", "case"), CASES)
def test_case_keeps_its_card_and_page(built: Callable[[str], Built], site: str, case: Case) -> None:
    found = built(site)
    if case.design:
        url, served = found.page(case.path)
        assert f"/{url}" in found.grid
        assert (found.site.root / "site" / served).is_file()


@pytest.mark.parametrize(("site", "case"), CASES)
def test_case_is_escaped_everywhere(built: Callable[[str], Built], site: str, case: Case) -> None:
    found = built(site)
    _, own = found.page(case.path)
    marker = re.compile(rf"XSS-{re.escape(case.name)}(?![\w-])")
    # On its own page, an offence without another case's marker is this case's too.
    mine = [o for o in found.offences if marker.search(o[1])]
    mine += [o for o in found.offences if o[0] == own and "XSS-" not in o[1]]
    assert mine == []
    if case.exported:
        catalog = json.loads((found.site.root / "site" / "catalog.json").read_text("utf-8"))
        entry = next(d for d in catalog["designs"] if d["path"] == case.path)
        assert {k: entry[k] for k in case.exported} == case.exported


@pytest.mark.parametrize(("site", "case"), CASES)
def test_case_is_reported_with_file_and_line(
    built: Callable[[str], Built], site: str, case: Case
) -> None:
    warnings = built(site).warnings
    own = _own(warnings, case)
    patterns = [_pattern(case, line, field) for line, field in case.expect]
    missing = [p.pattern for p in patterns if not any(p.match(w) for w in own)]
    assert missing == [], own
    allowed = [*patterns, _pattern(case, None, None)] if case.lenient else patterns
    assert [w for w in own if not any(p.match(w) for p in allowed)] == []
    if case.mentioned:
        assert any(case.path in w for w in warnings)


@pytest.mark.parametrize(("site", "case"), CASES)
def test_case_logs_one_clean_line(built: Callable[[str], Built], site: str, case: Case) -> None:
    for warning in [w for w in built(site).warnings if case.path in w]:
        assert _raw(warning) == [], warning


@pytest.mark.parametrize("site", list(SITES))
def test_site_warnings_are_all_claimed_and_nothing_is_unescaped(
    built: Callable[[str], Built], site: str
) -> None:
    found = built(site)
    paths = tuple(f"{c.path}:" for c in found.cases)
    assert [w for w in found.warnings if not w.startswith(paths)] == []
    assert [w for w in found.warnings if _raw(w)] == []
    assert found.offences == []


def test_tag_pages_do_not_grow_with_the_square_of_tags(built: Callable[[str], Built]) -> None:
    tags = built("size").site.root / "site" / "architecture" / "tags"
    sizes = {p.parent.name: p.stat().st_size for p in tags.glob("*/index.html")}
    assert len(sizes) > 250
    # A tag page lists one card, like the page of a tag with one plain design: a card may show
    # some more chips, not all 250 (which, on each of 250 pages, made the site quadratic).
    largest = max(sizes, key=sizes.__getitem__)
    assert sizes[largest] - sizes["solo"] < 20_000, largest
    chips = built("size").site.results[-1].soup(f"architecture/tags/{largest}/index.html")
    assert len(chips.select(".md-content .md-tag")) < 100


def test_collisions_overwrite_no_generated_page(built: Callable[[str], Built]) -> None:
    found = built("collide")
    result = found.site.results[-1]
    assert result.texts("architecture/tags/index.html", "h1") == ["Tags"]
    # The author's page at the categories page's place is kept, with the categories added.
    assert result.texts("architecture/categories/index.html", "h1") == ["At the categories page"]
    assert found.grid >= {"/architecture/cat-slash/", "/architecture/cat-space/"}
    categories = result.texts("architecture/categories/index.html", "h2")
    assert {"Data/ML", "Data ML", "日本", "中文"} <= set(categories)


def _check(site: Site, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    capsys.readouterr()
    code = main(["check", "-f", str(site.root / "mkdocs.yml")])
    return code, capsys.readouterr().out.splitlines()


@pytest.mark.parametrize("site", ["main", "collide", "files", "options"])
def test_check_reports_what_the_build_reports(
    built: Callable[[str], Built], site: str, capsys: pytest.CaptureFixture[str]
) -> None:
    found = built(site)
    code, lines = _check(found.site, capsys)
    shown = [w for w in found.warnings if w.split(": ", 2)[1] not in RENDER_FIELDS]
    only_check, only_build = Counter(lines) - Counter(shown), Counter(shown) - Counter(lines)
    assert (sorted(only_check), sorted(only_build)) == ([], [])
    assert code == (1 if shown else 0)


@pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
def test_check_as_a_process_never_tracebacks(
    built: Callable[[str], Built], encoding: str, capsys: pytest.CaptureFixture[str]
) -> None:
    found = built("main")
    _, lines = _check(found.site, capsys)
    command = [sys.executable, "-m", "mkdocs_arch_cards.cli", "check"]
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    result = subprocess.run(command, cwd=found.site.root, env=env, capture_output=True, check=False)
    assert b"Traceback" not in result.stderr
    assert result.returncode == 1
    assert len(result.stdout.decode(encoding, "replace").splitlines()) == len(lines)


@pytest.mark.parametrize("name", list(BAD_OPTIONS))
def test_bad_option_is_one_config_error_line(
    module_sites: Callable[[str], Site], name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    site = module_sites(f"option-{name}")
    site.plugin = BAD_OPTIONS[name]
    site.page("architecture/a.md", page("tags: [Kafka, Go]"))
    with pytest.raises(MkDocsException) as raised:
        site.build()
    assert "\n" not in str(raised.value).strip()
    (result,) = site.results
    assert result.warnings == []
    (line,) = result.engine_warnings  # MkDocs logs the refused option: one line
    prefix = "ERROR mkdocs.config: Config value 'plugins': Plugin 'arch-cards' option '"
    assert line.startswith(prefix) and "\n" not in line
    capsys.readouterr()
    assert main(["check", "-f", str(site.root / "mkdocs.yml")]) == 2
    option, said = line.removeprefix(prefix).split("': ", 1)
    said = f"{option}: {said}"
    config = site.root / "mkdocs.yml"  # named as given
    assert capsys.readouterr().err == f"arch-cards: the plugin's options in {config}: {said}\n"
