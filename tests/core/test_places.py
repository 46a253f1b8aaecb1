"""Which generated pages a site serves, and what the author's pages in their place get."""

from __future__ import annotations

import pytest

from mkdocs_arch_cards.core.catalog import Settings
from mkdocs_arch_cards.core.places import claim

MADE = {
    "architecture/index.md": '---\ntitle: Architecture\n---\n\n<!-- arch-cards filters="on" -->\n',
    "architecture/tags/go.md": '---\ntitle: Go\n---\n\n<!-- arch-cards tags="go" -->\n',
}


@pytest.mark.parametrize(
    ("authors", "texts", "pages", "added"),
    [
        ({}, {}, list(MADE), []),
        # README.md is served where index.md would be, and gets the grid at its end.
        (
            {"architecture/index.md": "architecture/README.md"},
            {"architecture/README.md": "# Ours\n"},
            ["architecture/tags/go.md"],
            ["architecture/README.md"],
        ),
        # A page with a marker of its own shows what it says, and gets nothing.
        (
            {"architecture/tags/go.md": "architecture/tags/go.md"},
            {"architecture/tags/go.md": '# Go\n\n<!-- arch-cards tags="go" -->\n'},
            ["architecture/index.md"],
            [],
        ),
        # A file that is no page (an HTML file of the author's) wins, and gets nothing.
        (
            {"architecture/tags/go.md": "architecture/tags/go.html"},
            {},
            ["architecture/index.md"],
            [],
        ),
    ],
)
def test_a_page_the_author_wrote_wins(
    authors: dict[str, str], texts: dict[str, str], pages: list[str], added: list[str]
) -> None:
    claims = claim(MADE, authors.get, texts.get, Settings())
    assert list(claims.pages) == pages
    assert list(claims.added) == added
    assert [note.split(":")[0] for note in claims.notes] == added
    for path in added:
        assert claims.added[path].strip().startswith("<!-- arch-cards")


@pytest.mark.parametrize(
    ("texts", "grid_filters"),
    [
        ({}, True),  # the generated grid page has a bar
        ({"architecture/index.md": "# Ours\n"}, True),  # it gets the generated page's bar
        ({"architecture/index.md": '# Ours\n\n<!-- arch-cards filters="on" -->\n'}, True),
        ({"architecture/index.md": "# Ours\n\n<!-- arch-cards -->\n"}, False),
        ({"architecture/index.md": '<!-- arch-cards view="categories" -->\n'}, False),
        ({"architecture/index.md": None}, False),  # an HTML file of the author's
    ],
)
def test_chips_go_to_the_grid_page_only_when_it_has_a_filter_bar(
    texts: dict[str, str | None], grid_filters: bool
) -> None:
    authors = {path: path for path in texts}
    claims = claim(MADE, authors.get, texts.get, Settings())
    assert claims.grid_filters is grid_filters
