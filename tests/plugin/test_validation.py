"""Bad front-matter in real builds: every problem reported at once, nothing silently lost."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mkdocs_arch_cards.core.placeholders import NEW_DESIGN
from tests.helpers import design

if TYPE_CHECKING:
    from tests.conftest import Site

BROKEN_YAML = """\
---
title: Broken Pipeline
category: Data
summary: Kafka: the bus
---

Body text stays.
"""

MISSING = """\
---
title: Missing Problem
category: Data
summary: Has a summary.
---

Body.
"""

WRONG_TYPE = """\
---
title: Wrong Tags
category: Data
summary: S.
problem: P.
tags: Kafka, Go
---

Body.
"""

EXPECTED = [
    "architecture/broken.md:4: front-matter: the YAML does not parse: mapping values are not"
    " allowed here — a value that contains ': ' must be quoted, e.g. summary: \"Kafka: the bus\"",
    "architecture/missing.md:1: problem: is required but missing (expected a non-empty string)"
    " — add `problem: ...` to the front-matter",
    "architecture/wrong.md:6: tags: expected a list of strings, e.g. [Kafka, Go], got string"
    " 'Kafka, Go' — write a YAML list: tags: [Kafka, Go]",
]


def write_bad_pages(site: Site) -> None:
    site.page("architecture/good.md", design("Good"))
    site.page("architecture/broken.md", BROKEN_YAML)
    site.page("architecture/missing.md", MISSING)
    site.page("architecture/wrong.md", WRONG_TYPE)


def test_strict_build_fails_with_every_problem_in_one_run(site: Site) -> None:
    write_bad_pages(site)
    assert sorted(site.build_fails(strict=True).warnings) == EXPECTED


def test_without_strict_every_page_is_still_built(site: Site) -> None:
    write_bad_pages(site)
    result = site.build()
    assert sorted(result.warnings) == EXPECTED
    assert sorted(result.texts("architecture/index.html", ".arch-card__title")) == [
        "Broken",  # MkDocs' own fallback, the file name: the YAML gave no title
        "Good",
        "Missing Problem",
        "Wrong Tags",
    ]
    assert result.texts("architecture/wrong/index.html", ".arch-page .md-tag") == []


def test_broken_yaml_is_not_shown_as_text_and_the_page_says_why(site: Site) -> None:
    write_bad_pages(site)
    result = site.build()
    assert len(result.warnings) == 3
    text = result.soup("architecture/broken/index.html").select_one(".md-content")
    assert text is not None
    assert "summary: Kafka" not in text.get_text().replace(EXPECTED[0], "")
    assert "Body text stays." in text.get_text()
    assert result.texts("architecture/broken/index.html", ".arch-notice li") == [EXPECTED[0]]


def test_other_problems_show_on_the_page_only_while_serving(site: Site) -> None:
    write_bad_pages(site)
    built = site.build()
    assert built.warnings
    assert built.soup("architecture/missing/index.html").select(".arch-notice") == []
    served = site.build(serve=True)
    assert served.warnings
    assert served.texts("architecture/missing/index.html", ".arch-notice li") == [EXPECTED[1]]


def test_a_misspelt_field_is_named_with_a_suggestion(site: Site) -> None:
    site.page("architecture/a.md", design("A", sumary="Typo.", summary=None))
    assert site.build_fails().warnings == [
        "architecture/a.md:1: summary: is required but missing (expected a non-empty string)"
        " — add `summary: ...` to the front-matter",
        "architecture/a.md:6: sumary: unknown field 'sumary' — did you mean 'summary'?",
    ]


def test_a_diagram_the_theme_did_not_render_is_reported(site: Site) -> None:
    site.extra = {"markdown_extensions": ["fenced_code"]}
    site.page("architecture/a.md", design("A"))
    assert site.build_fails().warnings == [
        "architecture/a.md:1: diagram: no rendered Mermaid diagram 1 on the page"
        " — configure pymdownx.superfences with a 'mermaid' custom fence"
    ]


def test_a_design_file_that_is_not_utf8_is_reported(site: Site) -> None:
    site.page("architecture/good.md", design("Good"))
    latin1 = b"---\ntitle: caf\xe9\ncategory: Data\nsummary: S.\nproblem: P.\n---\n"
    (site.root / "docs/architecture/latin1.md").write_bytes(latin1)
    message = (
        "architecture/latin1.md:1: file: is not UTF-8 text (invalid continuation byte at byte 14)"
        " — save it as UTF-8"
    )
    assert site.build_fails(strict=True).warnings == [message]
    result = site.build()
    assert result.warnings == [message]
    assert result.texts("architecture/index.html", ".arch-card__title") == ["caf\ufffd", "Good"]


PAYLOAD = "<script>alert(1)</script>"
HOSTILE_TITLES = {
    "index.md": f"---\ntitle: ['{PAYLOAD}']\n---\n# Home\n",
    "other.md": f"---\ntitle: {{a: '{PAYLOAD}'}}\n---\nText.\n",
    "number.md": "---\ntitle: 2024\n---\nText.\n",
    "bomb.md": "---\n"
    f"a: &a ['{PAYLOAD}', x, x, x, x, x, x, x, x]\n"
    "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
    "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
    "title: [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n---\nText.\n",
    "architecture/listed.md": design("Listed").replace('"Listed"', f"['{PAYLOAD}']", 1),
    "architecture/binary.md": design("Binary").replace(
        '"Binary"', "!!binary PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", 1
    ),
}
HINT = ' — write it as text, in quotes if it holds [ ] { } or ": ": title: "..."'


def test_no_title_of_any_type_reaches_any_output_as_markup(site: Site) -> None:
    for path, text in HOSTILE_TITLES.items():
        site.page(path, text)
    result = site.build()
    assert sorted(result.warnings) == [
        "architecture/binary.md:2: title: expected a non-empty string, got bytes"
        " b'<script>alert(1)</script>'" + HINT,
        "architecture/listed.md:2: title: expected a non-empty string, got list" + HINT,
    ]
    outputs = [p for p in result.site_dir.rglob("*") if p.suffix in (".html", ".json", ".xml")]
    assert len(outputs) > 10
    assert [p.name for p in outputs if PAYLOAD in p.read_text(encoding="utf-8")] == []
    assert result.soup("index.html").title.get_text() == f"{PAYLOAD} - Test"
    assert result.soup("other/index.html").title.get_text() == f"a, {PAYLOAD} - Test"
    assert result.soup("number/index.html").title.get_text() == "2024 - Test"
    # The card's title, since the front-matter gave none that reads as text.
    assert result.soup("architecture/listed/index.html").title.get_text() == "Listed - Test"
    bomb = result.soup("bomb/index.html").title.get_text()
    assert bomb.startswith(f"{PAYLOAD}, x, x") and bomb.endswith("… - Test") and len(bomb) < 220
    assert (result.site_dir / "bomb/index.html").stat().st_size < 100_000


KEP = """\
---
title: KEP-1234 Sidecars
category: Platform
summary: Sidecars start first.
problem: Ordering.
creation-date: 2021-21-01
date: 2024-02-30
---

Body of the KEP.
"""

HOSTILE_YAML = {
    "architecture/typed.md": "---\ntitle: T\nsize: !!int x\n---\n\nTyped body.\n",
    "architecture/deep.md": "---\ntitle: D\nx: "
    + "[" * 1200
    + "]" * 1200
    + "\n---\n\nDeep body.\n",
    "architecture/nul.md": "---\ntitle: N\n\nowner: a\x00b\n---\n\nNul body.\n",
    "architecture/merged.md": "---\nbase: &b {category: C, summary: S, problem: P, title: B}\n"
    "<<: *b\ntitle: Merged\n---\n\nMerged body.\n",
    "architecture/ansi.md": design("Ansi", status="\x1b[2J\r\nWARNING -  forged"),
}


def test_hostile_yaml_is_one_line_each_and_every_page_is_built(site: Site) -> None:
    site.page("architecture/kep.md", KEP)
    for path, text in HOSTILE_YAML.items():
        site.page(path, text)
    result = site.build()
    assert sorted(result.warnings) == [
        "architecture/ansi.md:7: status: '\\x1b[2J\\r\\nWARNING -  forged' is not a known status"
        " — use one of: draft, proposed, provisional, implementable, accepted, new,"
        " implemented, deferred, deprecated, rejected, withdrawn, superseded, replaced",
        "architecture/deep.md:3: front-matter: the YAML does not parse: exceeded maximum nesting"
        " depth — nest fewer levels of lists and mappings",
        # Only the field the plugin reads: creation-date is the author's business.
        "architecture/kep.md:7: date: expected a date written YYYY-MM-DD, got string"
        " '2024-02-30' — there is no such day: write a date of the calendar, e.g. date: 2024-05-01",
        "architecture/nul.md:4: front-matter: the YAML does not parse: control character U+0000"
        " is not allowed — delete it (most editors do not show it), or write it as an escape in"
        " double quotes",
        "architecture/typed.md:3: front-matter: the YAML does not parse: 'x' is not a valid !!int"
        " — write a value of that type, or drop the !! tag",
    ]
    cards = result.texts("architecture/index.html", ".arch-card__title")
    assert sorted(cards) == ["Ansi", "Deep", "KEP-1234 Sidecars", "Merged", "Nul", "Typed"]
    for name in ("kep", "typed", "deep", "nul", "merged"):
        text = result.soup(f"architecture/{name}/index.html").select_one(".md-content")
        assert text is not None and "body" in text.get_text().casefold()
        assert "title:" not in text.get_text().replace("front-matter", "")
    kep = result.soup("architecture/kep/index.html")
    assert kep.title.get_text() == "KEP-1234 Sidecars - Test"  # MkDocs read no meta; we did


def test_a_design_file_that_cannot_be_read_is_reported_and_left_out(site: Site) -> None:
    site.page("architecture/good.md", design("Good"))
    (site.root / "docs/architecture/gone.md").symlink_to("nowhere.md")
    (site.root / "docs/architecture/folder.md").mkdir()
    result = site.build()
    assert result.warnings == [
        "architecture/gone.md:1: file: cannot be read (No such file or directory); it is left out"
        " of the site — fix the file's permissions or the link it points to"
    ]
    assert result.texts("architecture/index.html", ".arch-card__title") == ["Good"]


def test_an_empty_title_gives_way_to_the_cards(site: Site) -> None:
    site.page("architecture/empty.md", design("Empty").replace('"Empty"', "''", 1))
    site.page("architecture/blank.md", design("Blank").replace('"Blank"', "", 1))
    result = site.build()
    assert result.warnings == [
        "architecture/empty.md:2: title: expected a non-empty string, got string ''"
        " — give title a value, or delete the line"
    ]
    assert result.soup("architecture/empty/index.html").title.get_text() == "Empty - Test"
    assert result.soup("architecture/blank/index.html").title.get_text() == "Blank - Test"


def test_a_stub_of_arch_cards_new_fails_a_strict_build_as_check_says(site: Site) -> None:
    template = NEW_DESIGN.read_text(encoding="utf-8")
    stub = template.replace("{title}", "Ledger").replace(" {category}", "").replace("{tags}", "[]")
    site.page("architecture/ledger.md", stub)
    expected = [
        "architecture/ledger.md:3: category: is required but has no value (expected a non-empty"
        " string) — write category: <value>",
        "architecture/ledger.md:4: summary: still holds the template's placeholder 'One or two"
        " sentences on what the system does, for the card.' — write this design's own summary",
        "architecture/ledger.md:5: problem: still holds the template's placeholder 'What was wrong"
        " before, and what this design changed.' — write this design's own problem",
    ]
    assert sorted(site.build_fails(strict=True).warnings) == expected  # check sorts them too
    result = site.build()  # without --strict the card shows, with no made-up category
    assert sorted(result.warnings) == expected
    assert result.texts("architecture/index.html", ".arch-card__title") == ["Ledger"]
    assert result.texts("architecture/index.html", ".arch-card__category") == []
