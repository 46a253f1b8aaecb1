"""Random design pages through the path the build and `check` take: read, catalog, render, export.

Shared by tests/suites/test_fuzz.py (a few hundred examples in CI) and bench/soak_fuzz.py (10,000+).
"""

from __future__ import annotations

import json
import unicodedata

from hypothesis import strategies as st

from mkdocs_arch_cards.core.catalog import Settings, Source, load_catalog
from mkdocs_arch_cards.core.export import catalog_json
from mkdocs_arch_cards.core.markers import expand_markers
from mkdocs_arch_cards.core.model import FIELDS
from mkdocs_arch_cards.core.pages import decorate, generated_pages
from mkdocs_arch_cards.core.registry import Registry
from mkdocs_arch_cards.core.render import Renderer
from tests.helpers import unsafe_markup

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "javascript:alert(1)",
    "--><script>alert(1)</script><!--",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "{{ 7*7 }}",
    "{% raw %}",
]
YAML_TAGS = [
    "!!int",
    "!!bool",
    "!!float",
    "!!timestamp",
    "!!binary",
    "!!str",
    "!!null",
    "!!set",
    "!!omap",
    "!!map",
    "!!seq",
    "!custom",
    "!!python/none",
]
# Letters of every kind, incl. RTL, emoji, combining marks and control characters.
CHARS = st.characters(codec="utf-8", exclude_categories=("Cs",))
WORDS = st.one_of(st.text(CHARS, max_size=12), st.sampled_from(PAYLOADS))
LINE_BREAKS = {"\n", "\r", "\x85", "\u2028", "\u2029"}


def _date() -> st.SearchStrategy[str]:
    part = st.integers
    return st.builds(
        lambda y, m, d: f"{y:04}-{m:02}-{d:02}", part(0, 9999), part(0, 19), part(0, 39)
    )


SCALARS = st.one_of(
    WORDS.map(json.dumps),  # a double-quoted string, any content
    WORDS.map(lambda w: "'" + w.replace("'", "''") + "'"),
    WORDS,  # plain: often not YAML at all, which is the point
    st.integers().map(str),
    st.floats().map(lambda f: repr(f).replace("inf", ".inf").replace("nan", ".nan")),
    st.sampled_from(["true", "no", "~", "null", "", ".NaN", "0x1F", "0o17", "1_000"]),
    _date(),
    st.builds(lambda t, w: f"{t} {w}", st.sampled_from(YAML_TAGS), WORDS),
)


def _flow(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    seq = st.lists(children, max_size=4).map(lambda xs: "[" + ", ".join(xs) + "]")
    pair = st.tuples(WORDS.map(json.dumps), children).map(lambda kv: f"{kv[0]}: {kv[1]}")
    mapping = st.lists(pair, max_size=3).map(lambda xs: "{" + ", ".join(xs) + "}")
    return st.one_of(seq, mapping)


VALUES = st.recursive(SCALARS, _flow, max_leaves=12)
KEYS = st.one_of(st.sampled_from([*FIELDS, "<<", "x-extra", "description", "hide"]), WORDS)


@st.composite
def front_matter(draw: st.DrawFn) -> str:
    """YAML text: our fields and others, flow and block values, anchors and aliases."""
    lines = []
    for index in range(draw(st.integers(0, 8))):
        key, value = draw(KEYS), draw(VALUES)
        kind = draw(st.integers(0, 5))
        if kind == 0:  # a block list
            items = draw(st.lists(VALUES, max_size=3))
            lines.append(f"{key}:" + "".join(f"\n  - {item}" for item in items))
        elif kind == 1:
            lines.append(f"{key}: &a{index} {value}")
        elif kind == 2 and index:
            lines.append(f"{key}: *a{draw(st.integers(0, index - 1))}")
        else:
            lines.append(f"{key}: {value}")
    return "\n".join(lines)


BODY_PIECES = st.one_of(
    st.sampled_from(
        [
            "# ",
            "*a ",
            "_a ",
            "[",
            "{",
            "`",
            "<!--",
            "-->",
            "<!-- arch-cards ",
            '<!-- arch-cards tags="x" -->',
            "\n",
            "\n\n",
            "===",
            "```mermaid\n",
            "```\n",
            "![",
            "](",
            "&lt;",
            "&amp;",
            " " * 40,
        ]
    ),
    WORDS,
)


@st.composite
def page_text(draw: st.DrawFn) -> str:
    """A whole page: a front-matter block (or something like one), then a Markdown body."""
    body = "".join(draw(st.lists(BODY_PIECES, max_size=20)))
    opener = draw(st.sampled_from(["---\n", "---\n", "---\r\n", "\ufeff---\n", ""]))
    closer = draw(st.sampled_from(["\n---\n", "\n---\n", "\n...\n", "\n"]))
    text = opener + draw(front_matter()) + closer + "\n" + body
    return text.replace("\n", "\r\n") if draw(st.booleans()) and "\r" not in text else text


PAGES = st.lists(page_text(), min_size=1, max_size=3)


def run(texts: list[str], directory_urls: bool = True) -> list[str]:
    """Read, catalog, render and export `texts` as design pages; what is wrong in the outputs."""
    settings = Settings(directory_urls=directory_urls, review_after=30)
    paths = [f"architecture/p{i}.md" for i in range(len(texts))]
    sources = [Source(p, t, settings.url_of(p)) for p, t in zip(paths, texts, strict=True)]
    catalog, problems = load_catalog(sources, settings, Registry())
    renderer = Renderer()
    outputs: list[str] = []
    for design in catalog.designs:
        page = "<h1>Title</h1>\n<p>Body</p>\n"
        html, found = decorate(page, design, catalog, renderer, design.url, problems)
        outputs += [html, renderer.related(design, catalog, design.url)]
        problems += found
    for path, markdown in generated_pages(catalog, "Architecture", "").items():
        url = settings.url_of(path)
        # Markdown passes the page's HTML and marker comments through as they are.
        html, found = expand_markers(
            markdown,
            path=path,
            source=lambda m=markdown: m,
            page_url=url,
            catalog=catalog,
            renderer=renderer,
        )
        outputs.append(html)
        problems += found
    outputs.append(renderer.grouped(catalog.designs, catalog, "architecture/", 2, anchors=True))
    exported = json.loads(catalog_json(catalog, "https://example.com/"))
    assert len(exported["designs"]) == len(catalog.designs)
    wrong = [f"unsafe: {m}" for html in outputs for m in unsafe_markup(html)]
    for problem in map(str, problems):
        if any(c in LINE_BREAKS or unicodedata.category(c) == "Cc" for c in problem):
            wrong.append(f"raw control character or line break in: {problem!r}")
    return wrong
