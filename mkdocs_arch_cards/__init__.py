"""Turn the front-matter of architecture design pages into a card grid, chips and page headers."""

from __future__ import annotations

__version__ = "0.1.0"
