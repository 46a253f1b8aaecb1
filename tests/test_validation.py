"""Bad front-matter in real builds: every problem reported at once, nothing silently lost."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
