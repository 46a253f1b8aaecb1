"""The Python twins of the packaged templates write what Jinja writes, byte for byte."""

from __future__ import annotations

import datetime
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import pytest

from mkdocs_arch_cards.core.catalog import Catalog, Settings
from mkdocs_arch_cards.core.designs import Category, Design, Status
from mkdocs_arch_cards.core.graphs import Component, Connection, Graph, Named, components_html
from mkdocs_arch_cards.core.i18n import Strings
from mkdocs_arch_cards.core.render import Renderer
from mkdocs_arch_cards.core.tags import Tag
from mkdocs_arch_cards.core.twins import TWINS

HOSTILE = [
    "Plain",
    "Q&A <Edge> \"Gateway\" 'quoted'",
    "<script>alert(1)</script>",
    "שלום עולם \u202e RTL",
    "Emoji 🚀 👩\u200d💻 and \ue000token\ue001 characters",
    "{{ not jinja }} {% raw %}",
    "  spaced\n\nlines  ",
]
WHEN = datetime.date(2024, 2, 29)
BODY = {3: ["summary", "owner"], 5: ["problem", "date"]}  # what a design's body says


def _tag(label: str, n: int, **kw: str) -> Tag:
    return Tag(key=f"k{n} {label}".casefold(), label=label, slug=f's{n}-<&">', **kw)


def _designs() -> list[Design]:
    banner = Status("deprecated", 'Dep<r>"ecated"', color='#f"00', banner=True)
    retired = Status("re<tired>", "Retired & gone", retired=True)
    plain = Status("accepted", "Accepted")
    categories = [
        None,
        Category('Sec<"ur>', "sec-ur", color="red'><b>", icon="material/lock"),
        Category("Data", "data"),
    ]
    designs = []
    for n, text in enumerate(HOSTILE):
        tags = tuple(
            _tag(t, i, **({"color": "#0f0\"'", "icon": "fontawesome/x"} if i % 2 else {}))
            for i, t in enumerate(HOSTILE[: n + 1])
        )
        designs.append(
            Design(
                path=f"architecture/d{n}.md",
                url=f'architecture/d{n}/?q=<{n}>&x="y"',
                title=text,
                category=categories[n % 3],
                summary=None if n == 2 else f"{text} summary",
                problem=[None, f"{text} summary", f"{text} problem"][n % 3],
                tags=tags,
                diagram=1 if n % 2 else None,
                status=[None, banner, retired, plain][n % 4],
                date=WHEN if n % 2 else None,
                owner=text if n % 3 == 0 else None,
                reviewed=WHEN if n % 3 == 1 else None,
                needs_review=n % 2 == 0,
                draft=n % 3 == 2,
                superseded_by=f"architecture/d{(n + 1) % len(HOSTILE)}.md" if n % 4 == 1 else None,
                successor_link="https://example.com/a?b=<c>&d" if n == 5 else None,
                related=tuple(f"architecture/d{m}.md" for m in range(len(HOSTILE)) if m != n)[:n],
                related_links=("https://x.test/\"'<>",) if n % 2 else (),
                from_body=frozenset(BODY.get(n, ["date"] if n % 3 == 1 else [])),
            )
        )
    return designs


def _icon(name: str) -> str:
    return f'<svg data-name="{name}"></svg>'


def _pair(tmp_path: Path) -> tuple[Renderer, Renderer]:
    """A renderer that uses the twins, and one that renders every template with Jinja."""
    fast, slow = Renderer(icon=_icon), Renderer(icon=_icon)
    slow.twins = frozenset()
    assert fast.twins == frozenset(TWINS)
    return fast, slow


CATALOG = Catalog(tuple(_designs()), Settings())
PAGES = ["", "architecture/d1/", "architecture/tags/x.html", "a/b/c/"]


@pytest.mark.parametrize("page_url", PAGES)
def test_the_header_and_related_list_twins_write_what_the_templates_write(
    tmp_path: Path, page_url: str
) -> None:
    fast, slow = _pair(tmp_path)
    for design in CATALOG.designs:
        assert fast.header(design, CATALOG, page_url) == slow.header(design, CATALOG, page_url)
        assert fast.related(design, CATALOG, page_url) == slow.related(design, CATALOG, page_url)


@pytest.mark.parametrize("page_url", PAGES)
@pytest.mark.parametrize("level", [2, 4])
@pytest.mark.parametrize("filters", [False, True])
def test_the_card_twin_writes_what_the_template_writes(
    tmp_path: Path, page_url: str, level: int, filters: bool
) -> None:
    fast, slow = _pair(tmp_path)
    designs = CATALOG.designs
    assert fast.grid(designs, CATALOG, page_url, level, filters) == slow.grid(
        designs, CATALOG, page_url, level, filters
    )


@pytest.mark.parametrize("copies", [0, 9])  # 9 x 7 designs: more than a grid shows as HTML
@pytest.mark.parametrize("filters", [False, True])
def test_the_grid_twin_writes_what_the_template_writes(
    tmp_path: Path, copies: int, filters: bool
) -> None:
    fast, slow = _pair(tmp_path)
    designs = [replace(d, path=f"{d.path}{i}") for i in range(copies) for d in CATALOG.designs]
    catalog = Catalog(tuple(designs), Settings())
    for page_url in PAGES:
        made = fast.grid(designs, catalog, page_url, 3, filters)
        assert made == slow.grid(designs, catalog, page_url, 3, filters)
        assert ("data-arch-data" in made) is bool(copies)


@pytest.mark.parametrize("anchored", [False, True])
def test_the_diagram_frame_twin_writes_what_the_template_writes(
    tmp_path: Path, anchored: bool
) -> None:
    fast, slow = _pair(tmp_path)
    drawn = '<pre class="mermaid"><code>graph LR\n  a["<b>A</b> & \'q\'"]</code></pre>'
    assert fast.diagram(drawn, anchored) == slow.diagram(drawn, anchored)


def _graph(n: int) -> Graph:
    tags = CATALOG.designs[-1].tags
    named = [Named(t.key, t.label, t) for t in tags] + [Named("unused", "Unused <x>")]
    components = tuple(
        Component(
            label,
            tuple(named[i % len(named) :][: i % 3])
            if i % 2
            else ((Named(named[0].key, label, named[0].tag, exact=True),) if i % 4 == 0 else ()),
        )
        for i, label in enumerate(HOSTILE[:n])
    )
    connections = tuple(
        Connection(a, b, "" if i % 2 else b) for i, (a, b) in enumerate(pairwise(HOSTILE[:n]))
    )
    return Graph("flowchart", components, connections[: max(n - 2, 0)])


@pytest.mark.parametrize("n", [0, 1, 2, 3, len(HOSTILE)])
@pytest.mark.parametrize("page_url", PAGES)
def test_the_components_twin_writes_what_the_template_writes(
    tmp_path: Path, n: int, page_url: str
) -> None:
    fast, slow = _pair(tmp_path)
    graph = _graph(n)
    made = components_html(graph, CATALOG, fast, page_url)
    assert made == components_html(graph, CATALOG, slow, page_url)
    assert bool(made) is bool(graph)


@pytest.mark.parametrize(
    ("overridden", "jinja"),
    [
        ("header.html", {"header"}),
        ("chips.html", {"header", "card", "grid"}),
        ("parts.html", {"header", "card", "grid"}),
        ("card.html", {"card"}),
        ("related.html", {"related"}),
        ("components.html", {"components"}),
        ("diagram.html", {"diagram"}),
        ("grid.html", {"grid"}),
        ("badges.html", {"header", "card", "grid"}),
        ("filter.html", set()),
    ],
)
def test_a_site_that_overrides_a_template_gets_jinja_for_its_twins(
    tmp_path: Path, overridden: str, jinja: set[str]
) -> None:
    (tmp_path / "arch-cards").mkdir()
    (tmp_path / "arch-cards" / overridden).write_text("<p>mine</p>", encoding="utf-8")
    assert Renderer(str(tmp_path)).twins == frozenset(TWINS) - jinja


HOSTILE_STRINGS = {
    "problem": '<b>"Why"</b> & {nothing}',
    "more_chips": {"one": "<{count}>", "other": "{count} & more"},
    "superseded_by": "<i>{link}</i>",
    "decided": "'{date}'",
}


@pytest.mark.parametrize(("code", "own"), [("de", {}), ("ar", {}), ("ja", HOSTILE_STRINGS)])
def test_the_twins_write_what_the_templates_write_in_every_language(
    tmp_path: Path, code: str, own: dict[str, object]
) -> None:
    fast, slow = _pair(tmp_path)
    designs = [replace(d, path=f"{d.path}{i}") for i in range(9) for d in CATALOG.designs]
    settings = Settings(strings=Strings(code, own))  # type: ignore[arg-type]
    catalog = Catalog(tuple(designs), settings)
    for page_url in PAGES[:2]:
        for design in catalog.designs[:7]:
            assert fast.header(design, catalog, page_url) == slow.header(design, catalog, page_url)
        made = fast.grid(designs, catalog, page_url, 3, True)
        assert made == slow.grid(designs, catalog, page_url, 3, True)
        assert f"&#34;lang&#34;: &#34;{code}&#34;" in made
        graph = _graph(len(HOSTILE))
        made = components_html(graph, catalog, fast, page_url)
        assert made == components_html(graph, catalog, slow, page_url)


@pytest.mark.parametrize("filters", [False, True])
def test_a_grid_in_a_bars_group_twin_writes_what_the_template_writes(
    tmp_path: Path, filters: bool
) -> None:
    fast, slow = _pair(tmp_path)
    designs, covered = CATALOG.designs[:2], CATALOG.designs
    made = fast.grid(designs, CATALOG, "a/", 2, filters, covered)
    assert made == slow.grid(designs, CATALOG, "a/", 2, filters, covered)
    assert ("data-arch-joined" in made) is not filters
    assert ("data-arch-filter" in made) is filters
