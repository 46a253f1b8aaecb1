"""The plugin's options in mkdocs.yml: the names of the core's schema, checked by the core."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mkdocs.config.base import BaseConfigOption, Config, ValidationError

from ..core.options import OPTION_NAMES, Loaded, load_options
from ..core.problems import OptionsError

if TYPE_CHECKING:
    from mkdocs.config.base import ConfigErrors, ConfigWarnings


class ArchCardsConfig(Config):
    """Options under `plugins: - arch-cards:`, declared once in core/options.py."""

    # Each name taken as given, so that MkDocs warns of an unknown one its own way; the
    # values are checked together in validate(), by the one schema every adapter uses.
    _schema = tuple((name, BaseConfigOption[object]()) for name in OPTION_NAMES)
    loaded: Loaded
    """The checked options, set by validate()."""

    def validate(self) -> tuple[ConfigErrors, ConfigWarnings]:
        failed, warnings = super().validate()
        try:
            self.loaded = load_options({name: self[name] for name in OPTION_NAMES})
        except OptionsError as error:
            failed += [(name, ValidationError(message)) for name, message in error.errors]
        return failed, warnings
