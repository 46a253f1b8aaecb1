"""A site read without an engine: its config file, the plugin's options, its pages and their
catalog, as a build reads them. For `arch-cards check` and engines that hand over no file list
(Zensical)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import engine_files as engine
from .catalog import Settings, is_design
from .engine_files import UsageError
from .folders import in_language_folders
from .options import Loaded, load_options
from .problems import OptionsError, shown
from .sources import Reading, Served, read_site
from .titles import nav_titles
from .values import describe

if TYPE_CHECKING:
    from collections.abc import Iterable

    import pathspec

    from .options import Options
    from .registry import Registry


@dataclass
class Site:
    """A docs folder and the plugin's options, read without building anything."""

    config_file: Path
    docs_dir: Path
    loaded: Loaded
    custom_dir: Path | None = None
    titles: dict[str, str] = field(default_factory=dict)  # from `nav:`, as a build titles pages
    left_out: pathspec.GitIgnoreSpec = field(default_factory=lambda: engine.left_out({}))
    directory_urls: bool = True
    site_url: str | None = None
    site_dir: Path = Path("site")  # where the engine builds the site
    warnings: list[str] = field(default_factory=list)  # about the options, e.g. an unknown one
    language: str | None = None  # the theme's, for the text the plugin adds to pages
    plugins: tuple[str, ...] = ()  # the names under `plugins:`, but those set `enabled: false`
    language_folders: tuple[str, ...] = ()  # mkdocs-static-i18n's, with docs_structure: folder

    @property
    def options(self) -> Options:
        return self.loaded.options

    @property
    def registry(self) -> Registry:
        return self.loaded.registry

    @classmethod
    def read(cls, config_file: Path, docs_dir: str | None = None) -> Site:
        """The site of config_file (none: the defaults), with the options under `arch-cards`."""
        options: Any = {}
        root, given = config_file.parent, {}
        configured_docs = "docs"
        if config_file.is_file():
            config = engine.read_config(config_file)
            configured_docs = engine.path_option(config, "docs_dir", config_file) or "docs"
            theme = config.get("theme") or {}
            own = (
                engine.path_option(theme, "custom_dir", config_file)
                if isinstance(theme, dict)
                else None
            )
            given = {
                "custom_dir": root / own if own else None,
                "titles": nav_titles(config.get("nav")),
                "left_out": engine.left_out(config),
                "directory_urls": config.get("use_directory_urls", True),
                "site_url": config["site_url"] if isinstance(config.get("site_url"), str) else None,
                "language": theme_language(theme),
                "site_dir": root / (engine.path_option(config, "site_dir", config_file) or "site"),
            }
            if not isinstance(given["directory_urls"], bool):
                message = f"expected true or false, got {describe(given['directory_urls'])}"
                raise UsageError(f"{config_file}: use_directory_urls: {message}")
            plugins = config.get("plugins") or []
            # MkDocs takes `plugins:` as a list of names and mappings, or as one mapping.
            entries = plugins if isinstance(plugins, list) else [plugins]
            for plugin in entries:
                if isinstance(plugin, dict) and "arch-cards" in plugin:
                    options = plugin["arch-cards"] or {}
                if isinstance(plugin, dict) and isinstance(plugin.get("i18n"), dict):
                    given["language_folders"] = _language_folders(plugin["i18n"])
            given["plugins"] = tuple(name for entry in entries for name in _enabled(entry))
        loaded = _loaded(options, config_file)
        folder = Path(docs_dir) if docs_dir else root / configured_docs
        if not folder.is_dir():
            raise UsageError(f"no docs folder at {folder}")
        where = f"the plugin's options in {config_file}"
        warnings = [f"{where}: {shown(f'{n}: {m}', 1000)}" for n, m in loaded.warnings]
        return cls(config_file, folder, loaded, warnings=warnings, **given)

    def settings(self, **given: Any) -> Settings:
        """The core's settings for this site; `given` overrides, e.g. `related=0` to check."""
        found = relative_folder(self.docs_dir, self.config_file.parent)
        folders = self.language_folders
        return Settings.from_options(
            self.options,
            **{
                **in_language_folders(self.options.designs, self.options.defaults, folders),
                "docs_dir": found,
                "directory_urls": self.directory_urls,
                "language": self.language,
                **given,
            },
        )

    def pages(self) -> dict[str, Path]:
        """Every page a build reads, by path from docs_dir, as MkDocs finds them."""
        return engine.pages(self.docs_dir, self.left_out)

    def read_catalog(self, settings: Settings, pages: dict[str, Path] | None = None) -> Reading:
        """The designs among the pages, their catalog and every problem a build reports."""
        pages = self.pages() if pages is None else pages
        served = {path: Served(settings.url_of(path), f.read_bytes) for path, f in pages.items()}
        return read_site(served, settings, self.registry, self.titles, self.config_file.parent)

    def stamps(self, designs: Iterable[str]) -> dict[str, int]:
        """The config file's ("") and each design's mtime (ns), for `changed`."""
        stamps = {path: _mtime(self.docs_dir / path) for path in designs}
        stamps[""] = _mtime(self.config_file)
        return stamps

    def changed(self, stamps: dict[str, int], settings: Settings, path: str) -> bool:
        """Whether the options or the design at `path` changed since `reading`: read again.

        For engines that render page by page in one process (`zensical serve`), with no event
        that says a build starts.
        """
        if _mtime(self.config_file) != stamps.get(""):
            return True
        if path in stamps or is_design(path, settings):
            return _mtime(self.docs_dir / path) != stamps.get(path)
        return False


def theme_language(theme: object) -> str | None:
    """The language a theme config names: Material's `language`, MkDocs' own themes' `locale`."""
    if not isinstance(theme, Mapping):
        return None
    found = theme.get("language") or theme.get("locale")
    return str(found) if found else None


def relative_folder(folder: Path | str, root: Path | str) -> str:
    """A folder from the folder of mkdocs.yml, e.g. `docs`; its name when it is elsewhere."""
    try:
        return Path(folder).resolve().relative_to(Path(root).resolve()).as_posix()
    except ValueError:
        return Path(folder).name


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return -1


def _loaded(options: Any, config_file: Path) -> Loaded:
    """The options as the build takes them: the same schema refuses the same values."""
    where = f"the plugin's options in {config_file}"
    if not isinstance(options, dict):
        message = f"expected a mapping of options under arch-cards, got {describe(options)}"
        raise UsageError(f"{where}: {message}")
    # MkDocs' own option for every plugin; `check` checks a disabled plugin's pages all the same
    # (`enabled: !ENV [CI, false]` skips it in local builds, not in the pre-commit hook).
    if not isinstance(enabled := options.get("enabled", True), bool):
        raise UsageError(f"{where}: enabled: Expected boolean but received: {type(enabled)}")
    try:
        return load_options({name: v for name, v in options.items() if name != "enabled"})
    except OptionsError as error:
        raise UsageError(
            *(f"{where}: {name}: {message}" for name, message in error.errors)
        ) from None


def _language_folders(i18n: dict[str, Any]) -> tuple[str, ...]:
    """The folder of each language mkdocs-static-i18n's options list, with its `folder`
    structure: each language's pages are under docs_dir/<locale>/."""
    if i18n.get("docs_structure") != "folder" or not isinstance(i18n.get("languages"), list):
        return ()
    locales = [given.get("locale") for given in i18n["languages"] if isinstance(given, dict)]
    return tuple(f"{locale}/" for locale in locales if isinstance(locale, str) and locale)


def _enabled(entry: object) -> list[str]:
    """The plugin names of one `plugins:` entry (a name, or names with options) left on."""
    if isinstance(entry, str):
        return [entry]
    if not isinstance(entry, dict):
        return []
    return [
        str(name)
        for name, given in entry.items()
        if not (isinstance(given, dict) and given.get("enabled") is False)
    ]
