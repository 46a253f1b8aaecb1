"""Adopted records say each text once: on their page, on their card, and in a grid of hundreds."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from tests.helpers import grid_cards

if TYPE_CHECKING:
    from tests.conftest import Result, Site

MADR = {
    "designs": ["decisions/*.md"],
    "index": "decisions/index.md",
    "required": ["summary", "problem"],
    "fields": {"problem": "## Context and Problem Statement"},
}
CONTEXT = "Orders are lost when billing is down. Nobody can replay them."
OUTCOME = 'Chosen option: "Kafka", because it keeps a log that consumers replay.'


def madr(context: str = CONTEXT, title: str = "Use Kafka") -> str:
    return (
        "---\nstatus: accepted\ndeciders: [Ana]\n---\n\n"
        f"# {title}\n\n## Context and Problem Statement\n\n{context}\n\n"
        "## Decision Drivers\n\n* durability\n* replay\n\n"
        f"## Decision Outcome\n\n{OUTCOME}\n\n### Consequences\n\n* Good, because it scales.\n"
    )


def repeated_paragraphs(result: Result, page: str) -> list[str]:
    """Paragraphs of a built page's content that appear more than once."""
    content = result.soup(page).select_one("article.md-content__inner")
    assert content is not None
    texts = Counter(" ".join(p.get_text(" ").split()) for p in content.find_all("p"))
    return [text for text, count in texts.items() if count > 1 and text]


def test_no_paragraph_of_an_adopted_record_appears_twice_on_its_page(site: Site) -> None:
    site.plugin = MADR
    site.page("decisions/0001-use-kafka.md", madr())
    result = site.build(strict=True)
    page = "decisions/0001-use-kafka/index.html"
    assert repeated_paragraphs(result, page) == []
    # The header says nothing the body says: neither summary nor problem above it.
    assert result.texts(page, ".arch-page__summary, .arch-page__problem") == []
    assert result.texts("decisions/index.html", ".arch-card__summary") == [OUTCOME]
    assert result.texts("decisions/index.html", ".arch-card__problem p:last-child") == [CONTEXT]


def test_the_header_still_shows_what_only_the_front_matter_says(site: Site) -> None:
    site.plugin = MADR
    text = madr().replace("deciders: [Ana]\n", "deciders: [Ana]\nsummary: Events go to Kafka.\n")
    site.page("decisions/0001-use-kafka.md", text)
    result = site.build(strict=True)
    page = "decisions/0001-use-kafka/index.html"
    assert result.texts(page, ".arch-page__summary") == ["Events go to Kafka."]
    assert result.texts(page, ".arch-page__problem") == []  # the context section says it
    assert repeated_paragraphs(result, page) == []


def test_a_card_never_shows_one_text_as_summary_and_problem(site: Site) -> None:
    site.plugin = {**MADR, "required": []}
    same = "---\nsummary: Keep it.\nproblem: Keep it.\n---\n\n# Same\n\nBody.\n"
    site.page("decisions/0001-same.md", same)
    site.page("decisions/0002-only-context.md", "# Only context\n\n" + CONTEXT + "\n")
    result = site.build()
    grid = "decisions/index.html"
    assert result.texts(grid, ".arch-card__summary") == [CONTEXT, "Keep it."]
    assert result.texts(grid, ".arch-card__problem") == []
    assert repeated_paragraphs(result, "decisions/0001-same/index.html") == []


def test_a_context_that_starts_with_a_list_is_read_from_its_items(site: Site) -> None:
    site.plugin = MADR
    listed = "* Orders are lost when billing is down\n* nobody can replay them"
    site.page("decisions/0001-use-kafka.md", madr(listed))
    site.page("decisions/0002-no-context.md", "# No context\n\n## Decision Outcome\n\nKafka.\n")
    result = site.build()
    assert result.warnings == [
        "decisions/0002-no-context.md:1: problem: is required but the page has no"
        " '## Context and Problem Statement' section with text — write the section's first"
        " paragraph, or add `problem: ...` to the front-matter"
    ]
    assert result.texts("decisions/index.html", ".arch-card__problem p:last-child") == [
        "Orders are lost when billing is down; nobody can replay them"
    ]


def test_a_grid_of_200_adopted_records_stays_light(site: Site) -> None:
    site.plugin = MADR
    long_context = " ".join(
        f"Sentence {n} of a context that goes on and on about queues." for n in range(40)
    )
    for number in range(1, 201):
        # One to four paragraphs, each its own.
        context = "\n\n".join(f"Part {n}. {long_context}" for n in range(1 + number % 4))
        site.page(f"decisions/{number:04d}-r.md", madr(context, title=f"Record {number}"))
    result = site.build(strict=True)
    grid = result.html("decisions/index.html")
    assert len(grid.encode()) < 300_000  # 1.4 KiB a card, the page's frame included
    problems = [card["problem"] for card in grid_cards(result.soup("decisions/index.html"))]
    assert len(problems) == 200
    assert max(len(text) for text in problems) <= 300
    assert all(text.endswith(".") for text in problems)  # cut at a sentence's end
