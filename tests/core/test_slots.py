from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from mkdocs_arch_cards.core.slots import INLINE, Slots, lost, slot

if TYPE_CHECKING:
    from collections.abc import Callable


def html(text: str) -> Callable[[], str]:
    return lambda: text


def test_inline_puts_html_in_place() -> None:
    assert INLINE.put(html("<ul></ul>")) == "<ul></ul>"
    assert INLINE.keep("<div></div>") == "<div></div>"
    assert INLINE.show("<p>summary</p>", html("<div>header</div>")) == "<div>header</div>"
    assert INLINE.fill(INLINE.hide("<p></p>")) == ("<p></p>", [])


def test_put_holds_html_back_and_fill_puts_it_in_its_slot() -> None:
    slots = Slots("a.md")
    page = (
        "<h1>A</h1>"
        + slots.put(html("<div>grid</div>"))
        + "<p>x</p>"
        + slots.put(html("<ul>l</ul>"))
    )
    assert "grid" not in page
    assert slots.fill(page) == ("<h1>A</h1><div>grid</div><p>x</p><ul>l</ul>", [])
    assert slots.held == {}  # nothing kept once the page is written


def test_nothing_rendered_leaves_nothing() -> None:
    slots = Slots("a.md")
    assert slots.fill("<p>a</p>" + slots.put(html(""))) == ("<p>a</p>", [])


def test_html_is_rendered_when_the_page_is_filled_not_before() -> None:
    slots, rendered = Slots("a.md"), []
    page = slots.put(lambda: rendered.append(1) or "<div>grid</div>")
    assert rendered == []
    assert slots.fill(page) == ("<div>grid</div>", []) and rendered == [1]


def test_shown_html_has_only_its_searched_text_until_hidden() -> None:
    slots = Slots("a.md")
    page = "<h1>A</h1>" + slots.show("<p>summary</p>", html("<div>header</div>")) + "<p>body</p>"
    searched = "<arch-cards-search><p>summary</p></arch-cards-search>"
    assert page == f"<h1>A</h1>{slot('0')}{searched}<p>body</p>"  # what search reads
    hidden = slots.hide(page)
    assert hidden == f"<h1>A</h1>{slot('0')}<p>body</p>"  # what mermaid2 reads
    assert slots.fill(hidden) == ("<h1>A</h1><div>header</div><p>body</p>", [])


def test_searched_text_another_plugin_changed_still_leaves_the_page_once_read() -> None:
    slots = Slots("a.md")
    slots.show("<p>company's summary</p>", html("<div>header</div>"))
    retyped = "<p class=x>company\u2019s\nsummary</p>"
    changed = f"{slot('0')}<arch-cards-search>{retyped}</arch-cards-search>"
    assert slots.hide(changed) == slot("0")  # not seen twice: once in the header, once bare
    assert slots.fill(slot("0")) == ("<div>header</div>", [])


def test_searched_text_left_in_a_page_search_never_read_is_dropped_when_filled() -> None:
    slots = Slots("a.md")
    page = slots.show("<p>summary</p>", html("<div>header</div>"))
    assert slots.fill(page + "<p>body</p>") == ("<div>header</div><p>body</p>", [])


def test_shown_html_with_nothing_to_search_is_a_slot() -> None:
    slots = Slots("a.md")
    page = slots.show("", html("<div>header</div>"))
    assert page == slot("0")
    assert slots.fill(slots.hide(page)) == ("<div>header</div>", [])


def test_kept_html_stays_until_hidden_then_comes_back() -> None:
    slots = Slots("a.md")
    page = "<h1>A</h1>" + slots.keep("<div>header</div>") + "<p>body</p>"
    assert "header" in page
    hidden = slots.hide(page)
    assert hidden == f"<h1>A</h1>{slot('0')}<p>body</p>"
    assert slots.fill(hidden) == (page, [])


def test_kept_html_another_plugin_changed_stays_where_it_is() -> None:
    slots = Slots("a.md")
    slots.keep("<div>header</div>")
    changed = "<div class=x>header</div><p>body</p>"
    assert slots.hide(changed) == changed
    assert slots.fill(changed) == (changed, [])  # nothing missing: it never left the page


@pytest.mark.parametrize(
    "written",
    [
        '<arch-cards-slot data-n="0"></arch-cards-slot>',
        "<arch-cards-slot data-n='0'></arch-cards-slot>",
        "<arch-cards-slot data-n=0></arch-cards-slot>",  # a minifier drops the quotes
        '<arch-cards-slot  data-n="0" > </arch-cards-slot>',
    ],
)
def test_a_slot_is_found_however_a_plugin_wrote_it_back(written: str) -> None:
    slots = Slots("a.md")
    slots.put(html("<div>grid</div>"))
    assert slots.fill(f"<p>a</p>{written}") == ("<p>a</p><div>grid</div>", [])


def test_missing_slots_are_counted() -> None:
    slots = Slots("a.md")
    slots.put(html("<div>grid</div>"))
    slots.put(html("<ul>related</ul>"))
    assert slots.fill(f"<p>{slot('1')}</p>") == ("<p><ul>related</ul></p>", [lost("a.md", 1)])


def test_a_slot_is_filled_once() -> None:
    slots = Slots("a.md")
    slots.put(html("<div>grid</div>"))
    assert slots.fill(slot("0") * 2) == ("<div>grid</div>" + slot("0"), [])


def test_a_lost_slot_is_a_problem_with_a_hint() -> None:
    said = str(lost("architecture/a.md", 2))
    assert said.startswith("architecture/a.md:1: arch-cards: 2 part(s)")
    assert "priority -100" in said
