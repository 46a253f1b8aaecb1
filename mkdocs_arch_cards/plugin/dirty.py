"""`--dirty` builds: render again exactly the pages whose digest changed since the last build.

MkDocs renders a page under `--dirty` only when its output is older than its source
(File.is_modified) and never deletes output. A page that shows other designs goes stale without
its source changing, so the output of every stale page is deleted, and so is the output of a
page that is gone. The last build's digests are kept in memory while serving (serve builds into
a fresh folder, so its first build renders everything) and, for `build --dirty` and
`gh-deploy --dirty` in a new process, in a file under `.cache/arch-cards/` beside mkdocs.yml:
outside site_dir, so gh-deploy never publishes it.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import shutil
import tempfile
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, InclusionLevel

from ..core.collector import release
from ..core.frontmatter import decode
from ..core.markers import has_marker
from ..core.stale import inputs_digest, page_digests, stale_pages
from .files import spare_git_authors
from .languages import language_folder, place_for_language

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

    from ..core.catalog import Catalog, Design
    from ..core.problems import Problem

log = get_plugin_logger(__name__)

FORMAT = 1  # of the baseline file; another format is no baseline
Baseline = dict[str, tuple[str, str]]  # page path → (its output, relative to site_dir; digest)
AFTER = "after:"  # before the output of a file written after the build (llms.txt), not a page


class DirtyBuilds:
    """The last build's digests, and what a build must delete to render its stale pages again.

    Made by `start()`. A digest is taken in on_files and kept only once the build wrote every
    page (`built()`), so a build that stops half-way leaves no baseline: the next renders all.
    """

    def __init__(self, *, dirty: bool, in_memory: bool) -> None:
        self.dirty = dirty
        self.in_memory = in_memory
        self.sources = Path(tempfile.mkdtemp(prefix="arch-cards-")) if dirty else None
        # Each by mkdocs-static-i18n's language folder: it builds every language in turn.
        self.kept: dict[str, Baseline] = {}  # serve: the last build's pages
        self.file: Path | None = None
        self.pending: Baseline | None = None
        self.folder = ""  # the language this build is of
        self.site = Path()
        self.written: dict[str, dict[str, str]] = {}  # the generated pages' files in `sources`
        self.cards: dict[Design, str] = {}  # serve: each design's card digest, last build's

    @classmethod
    def start(cls, command: str, dirty: bool) -> DirtyBuilds | None:
        """For `serve --dirty`, any `--dirty` build, and a clean build that keeps a baseline."""
        if command == "serve":
            return cls(dirty=True, in_memory=True) if dirty else None
        return cls(dirty=dirty, in_memory=False)

    def add(
        self,
        files: Files,
        config: MkDocsConfig,
        catalog: Catalog,
        problems: list[Problem],
        pages: dict[str, str],
        added: Iterable[str],
        options: Mapping[str, object],
        text_of: Callable[[str], str],
        after: Mapping[str, str],
    ) -> None:
        """Add the generated `pages`, and delete the output of every page that went stale.

        `added`: the author's pages that get a generated page's cards; `options`: the plugin's;
        `text_of`: the pages' texts as the reading decoded them (sources.Reading.text_of);
        `after`: the files written once the build is done (llms.txt...), by output: their text.
        """
        self.site, folder = Path(config.site_dir).resolve(), language_folder(config)
        self.folder = folder  # another language's pages are not gone from this one's
        self.file = None if self.in_memory else _baseline_file(config, self.site, folder)
        keeps = self.dirty or (self.file is not None and self.file.is_file())
        before = self.kept.pop(folder, None) if self.in_memory else _load(self.file, self.site)
        if self.file is not None:
            with suppress(OSError):  # then it cannot be written either: the next renders all
                self.file.unlink(missing_ok=True)  # until this build has written every page
        sources = self.sources / folder if self.sources else None
        written = self.written.setdefault(folder, {})
        add_generated(files, config, pages, catalog, sources, written)
        if not keeps:
            return
        options = {**options, "use_directory_urls": config.use_directory_urls}
        inputs = inputs_digest(options, config.theme.custom_dir)
        shows_all = [*added, *_with_markers(files, pages, text_of)]
        cards = self.cards if self.in_memory else None
        digests = page_digests(catalog, problems, pages, shows_all, inputs, cards)
        found = files.src_uris
        self.pending = {p: (f.dest_uri, d) for p, d in digests.items() if (f := found.get(p))}
        # Written after the build, not rendered: one that is gone (a deleted design's) goes too.
        self.pending |= {AFTER + o: (o, _digest(text)) for o, text in after.items()}
        if self.dirty:
            self._delete(before, self.pending)

    def _delete(self, before: Baseline | None, after: Baseline) -> None:
        """Delete the output of the pages that went stale or are gone, old and new."""
        last = None if before is None else {path: digest for path, (_, digest) in before.items()}
        stale = stale_pages(last, {path: digest for path, (_, digest) in after.items()})
        stale = {path for path in stale if not path.startswith(AFTER)}  # rewritten when changed
        gone = (before or {}).keys() - after.keys()
        outputs = {after[path][0] for path in stale}
        outputs |= {before[path][0] for path in stale | gone if before and path in before}
        for output in sorted(outputs):
            path = (self.site / output).resolve()
            if not path.is_relative_to(self.site) or not path.is_file():  # a file's data: checked
                continue
            try:
                path.unlink()
            except OSError as error:
                log.warning(f"{output}: stays stale, as it cannot be deleted: {error}")

    def built(self) -> None:
        """Every page is written: the digests taken in on_files describe site_dir now."""
        if self.pending is None:
            return
        if self.in_memory:
            self.kept[self.folder] = self.pending
        elif self.file is not None:
            _save(self.file, self.site, self.pending)
        self.pending = None

    def close(self) -> None:
        if self.sources:
            shutil.rmtree(self.sources, ignore_errors=True)


def add_generated(
    files: Files,
    config: MkDocsConfig,
    pages: dict[str, str],
    catalog: Catalog,
    sources: Path | None = None,
    written: dict[str, str] | None = None,
) -> None:
    """Add the generated pages to `files`, each backed by a file: in `sources`, or in a
    folder of this build's (`drop_scratch` removes it). Plugins read a page's abs_src_path,
    which a page held in memory lacks: mkdocs-rss-plugin fails on one.

    A page backed by a file in `sources` older than its output is rendered only once
    DirtyBuilds deleted that output. `written`: what the files in `sources` hold, so that
    serve writes only the pages whose Markdown changed.
    """
    written = {} if written is None else written
    scratch = sources is None
    folder = _scratch() if sources is None else sources
    added = []
    for path, markdown in pages.items():
        # One page per tag would swamp a navigation that MkDocs builds from the files.
        tag_page = catalog.settings.is_tag_page(path)
        inclusion = InclusionLevel.NOT_IN_NAV if tag_page else InclusionLevel.UNDEFINED
        source = folder / path
        if scratch or written.get(path) != markdown:
            source.parent.mkdir(parents=True, exist_ok=True)
            source.write_text(markdown, encoding="utf-8")
            if not scratch:
                os.utime(source, (0, 0))  # older than any output: its staleness is ours to say
                written[path] = markdown
        added.append(File.generated(config, path, abs_src_path=str(source), inclusion=inclusion))
    place_for_language(config, added, generated=True)  # mkdocs-static-i18n's language folder
    spare_git_authors(config, [file.src_uri for file in added])
    for file in added:
        files.append(file)


def _with_markers(
    files: Files, generated: dict[str, str], text_of: Callable[[str], str]
) -> list[str]:
    """The author's pages that hold a marker (perhaps in a code block: rendered again anyway)."""

    def text(file: File) -> str:
        try:
            return text_of(file.src_uri)
        except KeyError:  # a page the reading was not handed, e.g. one of MkDocs' drafts
            return decode(file.src_uri, file.content_bytes)[0]

    return [
        f.src_uri
        for f in files.documentation_pages(inclusion=InclusionLevel.is_in_serve)
        if f.src_uri not in generated and has_marker(text(f))
    ]


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def _baseline_file(config: MkDocsConfig, site: Path, folder: str) -> Path:
    """Beside mkdocs.yml, one file per site_dir (a site may be built to several) and language."""
    root = Path(config.config_file_path or ".").resolve().parent
    name = hashlib.blake2b(str(site).encode(), digest_size=6).hexdigest()
    name += f"-{hashlib.blake2b(folder.encode(), digest_size=4).hexdigest()}" if folder else ""
    return root / ".cache" / "arch-cards" / f"dirty-{name}.json"


def _load(file: Path | None, site: Path) -> Baseline | None:
    """The baseline for `site`, or None when there is none that can be trusted."""
    if file is None:
        return None
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        if data["format"] != FORMAT or data["site_dir"] != str(site):
            return None
        pages = data["pages"]
        if not all(isinstance(v, list) and len(v) == 2 for v in pages.values()):
            return None
        return {str(path): (str(output), str(digest)) for path, (output, digest) in pages.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _save(file: Path, site: Path, baseline: Baseline) -> None:
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        ignore = file.parent / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# Written by mkdocs-arch-cards for `--dirty` builds\n*\n")
        data = {"format": FORMAT, "site_dir": str(site), "pages": baseline}
        written = file.with_suffix(".tmp")
        written.write_text(json.dumps(data), encoding="utf-8")
        written.replace(file)
    except OSError as error:  # a read-only checkout: the next `--dirty` build renders all
        log.info(f"cannot keep what this build rendered for the next --dirty build: {error}")


_SCRATCH: list[Path] = []


def _scratch() -> Path:
    """A new folder for one build's generated pages."""
    if not _SCRATCH:
        atexit.register(drop_scratch)  # a build that ended without on_post_build
    _SCRATCH.append(Path(tempfile.mkdtemp(prefix="arch-cards-pages-")))
    return _SCRATCH[-1]


def drop_scratch() -> None:
    """Remove the folders of the generated pages: their pages are written."""
    while _SCRATCH:
        shutil.rmtree(_SCRATCH.pop(), ignore_errors=True)


def build_done() -> None:
    """What ends a build, however it ended: the collector back, the scratch folders gone."""
    release()
    drop_scratch()
