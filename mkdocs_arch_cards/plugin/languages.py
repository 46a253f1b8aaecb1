"""Sites that mkdocs-static-i18n builds once per language.

It runs the whole build again for each language. Its `on_config` sets the theme's language
after ours has run, and its `on_files` (priority -100) keeps the pages of that language, before
ours (-110) reads them. So the settings are made in `on_files`, in the language it set; the
catalog holds that language's pages; and what the plugin adds (generated pages, catalog.json)
goes into that language's folder beside them, instead of over the default language's.
"""

from __future__ import annotations

import os
import posixpath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from weakref import WeakKeyDictionary

from mkdocs.structure.files import File

from ..core.catalog import Settings
from ..core.folders import in_language_folders
from ..core.site import relative_folder, theme_language
from ..core.titles import nav_labels

if TYPE_CHECKING:
    from collections.abc import Iterable

    from mkdocs.config.defaults import MkDocsConfig

    from ..core.i18n import Strings
    from ..core.options import Options
    from ..core.registry import Registry


def site_settings(options: Options, config: MkDocsConfig, *, drafts: bool) -> Settings:
    """The core's settings for this build, in the theme's language as it is now."""
    return Settings.from_options(
        options,
        language=theme_language(config.theme),
        include_drafts=drafts,
        directory_urls=config.use_directory_urls,
        docs_dir=relative_folder(config.docs_dir, config.config_file_path or "."),
        url_folder=language_folder(config),
        **_per_language(options, config),
    )


def _per_language(options: Options, config: MkDocsConfig) -> dict[str, Any]:
    """With mkdocs-static-i18n's `docs_structure: folder` each language's pages are in its own
    folder (docs/en/architecture/...): the folder patterns hold in each of them."""
    plugin = config.plugins.get("i18n")
    if getattr(getattr(plugin, "config", None), "docs_structure", None) != "folder":
        return {}
    folders = [f"{language}/" for language in getattr(plugin, "all_languages", None) or ()]
    return in_language_folders(options.designs, options.defaults, folders)


class NavStatus(dict[str, Any]):
    """`extra.status` as the plugin set it, holding the site's own for the next build of the
    same config (mkdocs-static-i18n builds each language with it)."""

    given: object = None


def nav_status(config: MkDocsConfig, registry: Registry, strings: Strings) -> None:
    """Set `extra.status`: the site's own, with a tooltip in `strings` for each nav icon."""
    given = config.extra.get("status")
    if isinstance(given, NavStatus):
        given = given.given
    said = NavStatus(nav_labels(registry, {"status": given}, strings))
    said.given = given
    config.extra["status"] = said


def language_folder(config: MkDocsConfig) -> str:
    """The folder mkdocs-static-i18n writes the language it is building into ("fr/"); "" for
    its default language, and for a site without it."""
    plugin = config.plugins.get("i18n")
    current = getattr(plugin, "current_language", None)
    return _folder(plugin, current) if isinstance(current, str) else ""


def _folder(plugin: object, language: str) -> str:
    return "" if language == getattr(plugin, "default_language", None) else f"{language}/"


# Per mkdocs-static-i18n plugin: the generated pages each language's last build made.
_MADE: WeakKeyDictionary[object, dict[str, set[str]]] = WeakKeyDictionary()


def place_for_language(config: MkDocsConfig, files: list[File], *, generated: bool) -> None:
    """Put the files the plugin added into the folder of the language being built, each with
    what mkdocs-static-i18n reads of its own files: its locale, and the same page in the
    languages that have it (Material's language selector leads there, else to their home).

    `generated`: pages made from this language's designs, which another language may lack (a
    tag only its designs have). One built already is known; one built later has the page when
    it falls back to the default language's designs, as it does unless `fallback_to_default`
    is off.
    """
    plugin = config.plugins.get("i18n")
    current = getattr(plugin, "current_language", None)
    if plugin is None or not isinstance(current, str):
        return
    languages = [str(lang) for lang in getattr(plugin, "build_languages", None) or [current]]
    made = _MADE.setdefault(plugin, {})
    if generated:
        made[current] = {file.src_uri for file in files}
        # Its sitemap.xml lists the pages it kept in its on_files, before ours were added.
        listed = getattr(plugin, "i18n_files_per_language", {}).get(current)
        if isinstance(listed, list):
            listed += files
    fallback = getattr(getattr(plugin, "config", None), "fallback_to_default", True) is not False
    for file in files:
        alternates = {}
        for language in languages:
            known = made.get(language)
            if generated and not (file.src_uri in known if known is not None else fallback):
                continue
            twin = File(file.src_uri, None, config.site_dir, config.use_directory_urls)
            move_into(_folder(plugin, language), [twin])
            alternates[language] = twin
        move_into(_folder(plugin, current), [file])
        file.locale = file.locale_alternate_of = current  # type: ignore[attr-defined]
        file.localization = None  # type: ignore[attr-defined]
        file.alternates = alternates  # type: ignore[attr-defined]


def move_into(folder: str, files: Iterable[File]) -> None:
    """Put each file under `folder` of the site, its URL with it."""
    for file in files:
        file.dest_uri = folder + file.dest_uri
        file.abs_dest_path = os.path.normpath(os.path.join(file.dest_dir, file.dest_uri))
        url = file.dest_uri
        if file.use_directory_urls and posixpath.basename(url) == "index.html":
            url = posixpath.dirname(url) + "/"
        file.url = quote(url)
