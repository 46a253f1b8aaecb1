from __future__ import annotations

import posixpath

import pytest

from mkdocs_arch_cards.core.links import Links, Target, Ways, relative_url


@pytest.mark.parametrize(
    ("target", "page_url", "href"),
    [
        ("architecture/orders/", "architecture/", "orders/"),
        ("architecture/orders/", "", "architecture/orders/"),
        ("architecture/orders/", "guide/writing/", "../../architecture/orders/"),
        ("architecture/", "architecture/", "./"),
        ("architecture/orders.html", "architecture/index.html", "orders.html"),
        ("architecture/orders.html", "index.html", "architecture/orders.html"),
        ("index.html", "architecture/orders.html", "../index.html"),
    ],
)
def test_a_token_becomes_the_relative_url_on_each_page(
    target: str, page_url: str, href: str
) -> None:
    links = Links()
    html = f'<a href="{links.token(target)}#d">x</a>'
    assert links.relink(html, page_url) == f'<a href="{href}#d">x</a>'
    assert relative_url(target, page_url) == href


def test_relink_is_the_same_on_the_next_page_and_back() -> None:
    links = Links()
    html = f"{links.token('architecture/a/')} {links.token('architecture/tags/go/')}"
    assert links.relink(html, "architecture/") == "a/ tags/go/"
    assert links.relink(html, "") == "architecture/a/ architecture/tags/go/"
    assert links.relink(html, "architecture/") == "a/ tags/go/"


def test_an_escaped_target_is_linked_and_escaped_again() -> None:
    links = Links()
    token = links.token("a/?x=1&y=<2>")
    printed = token.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert links.relink(printed, "") == "a/?x=1&amp;y=&lt;2&gt;"
    assert links.relink(token, "") == "a/?x=1&y=<2>"  # printed with `| safe`


def test_text_that_only_looks_like_a_token_is_left_as_it_is() -> None:
    links = Links()
    links.token("architecture/a/")
    text = "\ue000architecture/b/\ue001 and \ue000 alone"
    assert links.relink(text, "architecture/") == text


@pytest.mark.parametrize("page_url", ["", "a/", "a/b/", "a/b.html", "x/y/z/", "a/./b/", "a/../c/"])
@pytest.mark.parametrize(
    "target", ["", "a/", "a/b/", "a/b/c/", "a/c.html", "x/", "a//b/", "./a/", "a/../b/", "a/#x"]
)
def test_relative_url_is_posixpaths_relpath(target: str, page_url: str) -> None:
    path, hash_, fragment = target.partition("#")
    base = page_url if page_url.endswith("/") or not page_url else posixpath.dirname(page_url)
    expected = posixpath.relpath("/" + path, "/" + base)
    if path.endswith("/") or not path:
        expected = "./" if expected == "." else expected + "/"
    assert relative_url(target, page_url) == expected + hash_ + fragment


PAGES = [
    *("", "a/", "a/b/", "a/b.html", "a/b/c/", "a/b/c.html", "b/", "ab/", "a/./b/", "a/../c/"),
    *("a//", "/a/", "./a/", "a/b/../"),
]
TARGETS = [
    *("", "a/", "a/b/", "a/b/c/", "a/b/c/d/", "a/c.html", "a/b/c.html", "b/", "ab/", "a/ab/"),
    *("a/b/#x", "a/#x", "index.html", "a/index.html", "a//b/", "./a/", "a/../b/", "a/./b/"),
    *("/a/", "a//", "a/b//", "a/.b/", "../a/", "a/b/.."),
]


@pytest.mark.parametrize("page_url", PAGES)
def test_links_by_the_way_to_their_folder_are_relative_url(page_url: str) -> None:
    ways = Ways(page_url)
    for target in TARGETS + TARGETS[::-1]:  # the second time from the page's memo
        assert ways.to(Target.of(target)) == relative_url(target, page_url), target
