"""Reading diagrams in real Chromium on a phone and a desktop: legible text, a toolbar beside the
drawing, touch scrolling, zoom, and full screen as a real modal dialog."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, CDPSession, Locator, Page, expect

if TYPE_CHECKING:
    from collections.abc import Iterator

pytestmark = pytest.mark.e2e

DESIGN = "architecture/event-driven-order-pipeline/"  # a diagram wider than a phone and a desktop
SMALL = "architecture/synchronous-order-rest-chain/"
FITS = "architecture/real-time-feature-store/"  # 832 px wide: fits 1280x900 at 12 px text
SCREENS = {"390x844": (390, 844), "1280x900": (1280, 900)}
TOUCH = {"390x844": True, "1280x900": False}  # the phone is touch-only, the desktop a mouse
LEGIBLE_PX = 12  # the smallest label size the viewer shows inline
DRAWN = re.compile(r"(^|\s)arch-diagram--drawn(\s|$)")

# Rendered size of each node label: its font size times the SVG's scale and the CSS zoom, read
# from boxes (the open-shadow init script lets the query reach inside Material's shadow root).
LABEL_PX = """frame => [...frame.querySelectorAll('.mermaid')]
  .flatMap(host => [...(host.shadowRoot || host).querySelectorAll('.nodeLabel')])
  .map(l => parseFloat(getComputedStyle(l).fontSize) * l.getBoundingClientRect().height
            / l.offsetHeight)"""
SVG_BOX = """frame => {
  const host = frame.querySelector('.mermaid');
  return (host.shadowRoot || host).querySelector('svg').getBoundingClientRect().toJSON();
}"""
SEARCH_OPEN = "() => document.getElementById('__search').checked"


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest) -> str:
    value: str = request.param
    return value


@pytest.fixture(params=list(SCREENS))
def size(request: pytest.FixtureRequest) -> str:
    value: str = request.param
    return value


@pytest.fixture
def viewer(
    browser: Browser, base_url: str, open_shadow: str, size: str, scheme: str
) -> Iterator[Page]:
    """A page at `size` in `scheme`; each test opens its design page."""
    width, height = SCREENS[size]
    context = browser.new_context(
        base_url=base_url,
        color_scheme="dark" if scheme == "dark" else "light",
        viewport={"width": width, "height": height},
        has_touch=TOUCH[size],
        is_mobile=TOUCH[size],
    )
    context.add_init_script(open_shadow)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert errors == []


def open_design(page: Page, path: str = DESIGN) -> Locator:
    page.goto(path)
    frame = page.locator("#arch-diagram")
    expect(frame).to_have_class(DRAWN)
    return frame


def scale(frame: Locator) -> float:
    text = frame.locator(".arch-diagram__level").text_content() or ""
    return float(text.rstrip("%")) / 100


def overlap(a: Any, b: Any) -> bool:
    """Whether two boxes (x, y, width, height) share any area."""
    return not (
        a["x"] + a["width"] <= b["x"]
        or b["x"] + b["width"] <= a["x"]
        or a["y"] + a["height"] <= b["y"]
        or b["y"] + b["height"] <= a["y"]
    )


def test_inline_labels_are_legible_and_the_toolbar_is_beside_the_drawing(
    viewer: Page, size: str, scheme: str
) -> None:
    for path in (DESIGN, FITS):
        frame = open_design(viewer, path)
        frame.scroll_into_view_if_needed()
        sizes = frame.evaluate(LABEL_PX)
        assert sizes and min(sizes) >= LEGIBLE_PX - 0.1, (path, min(sizes))
        tools = frame.locator(".arch-diagram__tools").bounding_box()
        view = frame.locator(".arch-diagram__view").bounding_box()
        svg = frame.evaluate(SVG_BOX)
        assert tools is not None and view is not None
        assert not overlap(tools, view) and not overlap(tools, svg)
        assert svg["y"] >= tools["y"] + tools["height"]


@pytest.mark.parametrize("size", ["1280x900"])
def test_a_diagram_that_fits_legibly_is_shown_whole(viewer: Page, size: str) -> None:
    frame = open_design(viewer, FITS)
    view = frame.locator(".arch-diagram__view").bounding_box()
    svg = frame.evaluate(SVG_BOX)
    assert view is not None
    assert view["x"] <= svg["x"] and svg["x"] + svg["width"] <= view["x"] + view["width"]
    assert LEGIBLE_PX <= min(frame.evaluate(LABEL_PX)) < 16  # shrunk to the width, not below
    expect(frame).not_to_have_class(re.compile("arch-diagram--movable"))


def touch(
    cdp: CDPSession, starts: list[tuple[float, float]], ends: list[tuple[float, float]]
) -> None:
    """Fingers from `starts` to `ends` in ten steps, through Chromium's own touch pipeline."""

    def points(k: int) -> list[dict[str, float]]:
        return [
            {"x": s[0] + (e[0] - s[0]) * k / 10, "y": s[1] + (e[1] - s[1]) * k / 10, "id": n}
            for n, (s, e) in enumerate(zip(starts, ends, strict=True))
        ]

    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": points(0)})
    for k in range(1, 11):
        cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": points(k)})
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})


def settle_over(viewer: Page, frame: Locator) -> tuple[float, float]:
    """Let a swipe's fling end, bring the diagram into view, and pick a point on its drawing."""

    def settle() -> None:
        last = None
        while (now := viewer.evaluate("scrollY")) != last:  # still moving: a fling
            last = now
            viewer.wait_for_timeout(250)

    for _ in range(5):  # a fling that outlasts the wait overrides the scroll into view
        settle()
        frame.evaluate("e => e.scrollIntoView({block: 'center', behavior: 'instant'})")
        settle()
        view = frame.locator(".arch-diagram__view").bounding_box()
        assert view is not None
        top, bottom = max(view["y"], 120), min(view["y"] + view["height"], 844 - 120)
        if bottom > top:  # below Material's header, clear of the screen's edge
            return view["x"] + view["width"] / 2, (top + bottom) / 2
    raise AssertionError(f"the diagram did not stay in view: {view}")


STATE = """() => ({page: scrollY, left: document.querySelector('#arch-diagram .arch-diagram__view')
  .scrollLeft, pinch: visualViewport.scale})"""


@pytest.mark.parametrize("size", ["390x844"])
def test_on_a_phone_swipes_scroll_the_page_and_pan_only_sideways_and_pinch_zooms(
    viewer: Page, size: str
) -> None:
    frame = open_design(viewer)
    cdp = viewer.context.new_cdp_session(viewer)
    x, y = settle_over(viewer, frame)
    before = viewer.evaluate(STATE)
    touch(cdp, [(x, y)], [(x, y - 300)])  # an upward swipe over the drawing
    viewer.wait_for_function(f"() => scrollY > {before['page'] + 200}")
    assert viewer.evaluate(STATE)["left"] == before["left"]  # the drawing did not move

    x, y = settle_over(viewer, frame)
    before = viewer.evaluate(STATE)
    touch(cdp, [(x + 100, y)], [(x - 100, y)])  # sideways: the legible drawing is wider
    viewer.wait_for_function(
        "left => document.querySelector('#arch-diagram .arch-diagram__view').scrollLeft > left",
        arg=before["left"],
    )
    touch(cdp, [(x - 50, y), (x + 50, y)], [(x - 150, y), (x + 150, y)])  # pinch out
    viewer.wait_for_function("() => visualViewport.scale > 1.5")


def test_zoom_buttons_keys_and_fit(viewer: Page, scheme: str) -> None:
    frame = open_design(viewer)
    start = scale(frame)
    labels = min(frame.evaluate(LABEL_PX))
    frame.get_by_role("button", name="Zoom in").click()
    assert scale(frame) == pytest.approx(start * 1.25, abs=0.01)
    assert min(frame.evaluate(LABEL_PX)) == pytest.approx(labels * 1.25, rel=0.02)
    frame.get_by_role("button", name="Zoom out").click()
    assert scale(frame) == pytest.approx(start, abs=0.01)
    view = frame.locator(".arch-diagram__view")
    view.focus()
    for key, factor in (("+", 1.25), ("=", 1.25 * 1.25), ("-", 1.25)):
        viewer.keyboard.press(key)
        assert scale(frame) == pytest.approx(start * factor, abs=0.01), key
    left = view.evaluate("e => e.scrollLeft")
    viewer.keyboard.press("ArrowRight")  # the browser scrolls the focused view
    viewer.wait_for_function("left => document.activeElement.scrollLeft > left", arg=left)
    viewer.keyboard.press("0")  # the whole diagram within the view's width
    box = view.bounding_box()
    svg = frame.evaluate(SVG_BOX)
    assert box is not None and box["x"] <= svg["x"]
    assert svg["x"] + svg["width"] <= box["x"] + box["width"] + 0.5
    frame.get_by_role("button", name="Fit the whole diagram").click()
    assert viewer.evaluate(SEARCH_OPEN) is False  # none of the keys is one of Material's


@pytest.mark.parametrize("size", ["1280x900"])
def test_a_mouse_drags_the_zoomed_drawing(viewer: Page, size: str) -> None:
    frame = open_design(viewer)
    view = frame.locator(".arch-diagram__view")
    view.scroll_into_view_if_needed()
    left = view.evaluate("e => e.scrollLeft")
    box = view.bounding_box()
    assert box is not None
    viewer.mouse.move(box["x"] + 300, box["y"] + 100)
    viewer.mouse.down()
    viewer.mouse.move(box["x"] + 240, box["y"] + 100, steps=4)
    viewer.mouse.up()
    assert view.evaluate("e => e.scrollLeft") == pytest.approx(left + 60, abs=1)


def test_full_screen_is_a_modal_dialog_that_fits_the_diagram(
    viewer: Page, size: str, scheme: str
) -> None:
    frame = open_design(viewer)
    full = frame.get_by_role("button", name="Full screen")
    full.click()
    dialog = frame.locator("dialog.arch-diagram__dialog")
    expect(dialog).to_have_attribute("open", "")
    assert dialog.evaluate("d => d.matches(':modal')")
    expect(full).to_have_attribute("aria-pressed", "true")
    # Fits: the drawing lies within the screen and fills most of one of its dimensions.
    width, height = SCREENS[size]
    svg = frame.evaluate(SVG_BOX)
    assert svg["x"] >= 0 and svg["y"] >= 0
    assert svg["x"] + svg["width"] <= width + 0.5 and svg["y"] + svg["height"] <= height + 0.5
    assert svg["width"] >= 0.85 * width or svg["height"] >= 0.8 * height, svg
    # Focus stays inside, and the page behind is inert: it cannot take focus. Between the last
    # control and the first, focus passes to the browser's own UI (the spec lets it), which a
    # headless page reports as <body>; never to an element of the page.
    inside = """() => document.activeElement === document.body
      || document.activeElement.closest('dialog[open]') !== null"""
    for _ in range(8):
        viewer.keyboard.press("Tab")
        assert viewer.evaluate(inside)
    viewer.keyboard.press("Shift+Tab")
    assert viewer.evaluate(inside)
    assert viewer.evaluate(
        "() => { const a = document.querySelector('.md-content a[href]'); a.focus();"
        " return document.activeElement !== a; }"
    )
    # Material's shortcuts (f opens its search) do not act on the page behind.
    viewer.keyboard.press("f")
    assert viewer.evaluate(SEARCH_OPEN) is False
    results = Axe().run(viewer, context={"include": [[".arch-diagram__dialog"]]})
    assert results.violations_count == 0, results.generate_report()
    viewer.keyboard.press("Escape")
    expect(dialog).not_to_have_attribute("open", "")
    expect(full).to_be_focused()
    expect(full).to_have_attribute("aria-pressed", "false")
    assert frame.locator("> .arch-diagram__view").count() == 1  # back in the page
    assert min(frame.evaluate(LABEL_PX)) >= LEGIBLE_PX - 0.1


def test_full_screen_opens_from_the_keyboard_and_escape_closes_it(viewer: Page, size: str) -> None:
    frame = open_design(viewer, SMALL)
    frame.locator(".arch-diagram__view").focus()
    viewer.keyboard.press("Enter")
    dialog = frame.locator("dialog.arch-diagram__dialog")
    expect(dialog).to_have_attribute("open", "")
    expect(frame.locator(".arch-diagram__view")).to_be_focused()
    svg = frame.evaluate(SVG_BOX)
    width, height = SCREENS[size]
    assert svg["width"] >= 0.85 * width or svg["height"] >= 0.8 * height, svg
    viewer.keyboard.press("Escape")
    expect(dialog).not_to_have_attribute("open", "")
    assert viewer.evaluate(SEARCH_OPEN) is False


def test_axe_finds_nothing_in_the_inline_viewer_zoomed(viewer: Page, scheme: str) -> None:
    frame = open_design(viewer)
    frame.get_by_role("button", name="Zoom in").click()
    results = Axe().run(viewer, context={"include": [[".arch-diagram"]]})
    assert results.violations_count == 0, results.generate_report()
