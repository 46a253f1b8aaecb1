"""The plugin's options in mkdocs.yml, each documented where it is declared."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

from .model import FIELDS


class ArchCardsConfig(Config):
    """Options under `plugins: - arch-cards:`."""

    designs = c.ListOfItems(c.Type(str), default=["architecture/**/*.md"])
    """Which pages are designs: gitignore-style patterns, relative to docs_dir. The index page
    is never a design; a `!pattern` excludes pages."""

    index = c.Type(str, default="architecture/index.md")
    """The page that shows the whole grid. Generated when docs_dir has no such file."""

    title = c.Type(str, default="Architecture")
    """The heading of a generated index page."""

    subtitle = c.Type(str, default="")
    """The line under the heading of a generated index page."""

    required = c.ListOfItems(c.Choice(FIELDS), default=["category", "summary", "problem"])
    """Front-matter fields every design must have. `title` is met by a `# Heading` too."""
