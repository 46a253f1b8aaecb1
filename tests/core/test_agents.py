"""llms.txt and each design as Markdown: front-matter that reads back as written, then the body."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import markdown
import pytest
import yaml
from markupsafe import Markup

from mkdocs_arch_cards.core.agents import agent_files, llms_path, llms_txt_elsewhere, write_files
from mkdocs_arch_cards.core.catalog import Catalog, Settings, Source, load_catalog
from mkdocs_arch_cards.core.frontmatter import read_page
from mkdocs_arch_cards.core.i18n import Strings
from mkdocs_arch_cards.core.options import Options
from tests.helpers import design

# What a design's values can hold: YAML's own markers, a block end, RTL, emoji, line breaks.
HOSTILE = [
    "Kafka: the bus",
    "---",
    "first line\n---\nafter a block end",
    "...",
    "- [x](y): not a link",
    "# not a heading",
    "'quoted' \"twice\" & <b>bold</b>",
    "العربية מימין לשמאל",
    "🚀 emoji ✨",
    "null",
    "2024-01-01",
    "yes",
    "\u2028line separator\u0085next line",
    "tab\there",
    "*emphasis* _under_ `code` [link] \\",
]


def texts(*pages: tuple[str, str], **options: object) -> tuple[Catalog, dict[str, str]]:
    """The pages' catalog, and the files made from them (no site_url unless given)."""
    site_url = options.pop("site_url", None)
    language = str(options.pop("site_language", "en"))
    settings = Settings(
        directory_urls=bool(options.pop("directory_urls", True)), strings=Strings(language)
    )
    sources = [Source(path, text, settings.url_of(path)) for path, text in pages]
    catalog, _ = load_catalog(sources, settings)
    made = agent_files(catalog, dict(pages).__getitem__, Options(**options), site_url)  # type: ignore[arg-type]
    return catalog, made


@pytest.mark.parametrize(("option", "path"), [(None, "llms.txt"), ("", ""), ("a/b.txt", "a/b.txt")])
def test_llms_txt_goes_where_the_option_says(option: str | None, path: str) -> None:
    assert llms_path(option) == path


@pytest.mark.parametrize(
    ("plugins", "option", "other"),
    [
        (["search", "arch-cards"], None, None),
        (["search", "llmstxt", "arch-cards"], None, "llmstxt"),  # mkdocs-llmstxt
        (["arch-cards", "llms-source"], None, "llms-source"),  # mkdocs-llms-source
        (["material/search", "LLMsTxt #2"], None, "LLMsTxt #2"),
        (["llmstxt"], "llms.txt", None),  # the site said where ours goes: over theirs
        (["llmstxt"], "architecture/llms.txt", None),
        (["llmstxt"], "", None),  # none of ours anyway
    ],
)
def test_another_plugins_llms_txt_is_left_alone_unless_the_site_placed_ours(
    plugins: list[str], option: str | None, other: str | None
) -> None:
    said = llms_txt_elsewhere(plugins, option)
    if other is None:
        assert said is None
    else:
        assert said == (
            f"plugin '{other}' writes llms.txt, so arch-cards writes no llms.txt nor designs' "
            "Markdown; to have them beside it, set `llms_txt: agents/llms.txt`"
        )


@pytest.mark.parametrize("value", HOSTILE)
def test_every_value_reads_back_as_written(value: str) -> None:
    page = design("T", summary=value, problem=value, owner=value, tags=[value])
    title = design(value)
    catalog, made = texts(("architecture/a.md", page), ("architecture/b.md", title))
    read, problems = read_page("a.md", made["architecture/a.md"])
    assert problems == []
    a, b = catalog.by_path["architecture/a.md"], catalog.by_path["architecture/b.md"]
    assert (read.meta["summary"], read.meta["problem"]) == (a.summary, a.problem)
    assert (read.meta["owner"], read.meta["tags"]) == (a.owner, [t.label for t in a.tags])
    assert read.body == page.split("---\n\n", 1)[1]
    # MkDocs' own reading of the block agrees (mkdocs/utils/meta.py's expression)
    block = re.match(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", made["architecture/a.md"], re.S)
    assert block is not None and yaml.safe_load(block[1]) == read.meta
    assert read_page("b.md", made["architecture/b.md"])[0].meta["title"] == b.title


def test_the_front_matter_holds_the_normalised_fields_in_order() -> None:
    old = design("Old", status="superseded", superseded_by="new.md", date="2019-03-01")
    new = design("New", supersedes=["old.md"], owner="Team Ü", reviewed="2024-05-01")
    _, made = texts(("architecture/old.md", old), ("architecture/new.md", new))
    meta = read_page("new.md", made["architecture/new.md"])[0].meta
    assert meta == {
        "title": "New",
        "url": "new/",
        "category": "Data",
        "reviewed": datetime.date(2024, 5, 1),
        "tags": ["Kafka"],
        "owner": "Team Ü",
        "supersedes": ["old.md"],
        "summary": "New in one line.",
        "problem": "What New fixed.",
    }
    assert "owner: Team Ü\n" in made["architecture/new.md"]  # unicode as written, not \xdc
    old_meta = read_page("old.md", made["architecture/old.md"])[0].meta
    assert (old_meta["status"], old_meta["superseded_by"]) == ("superseded", "new.md")
    assert old_meta["date"] == datetime.date(2019, 3, 1)


@pytest.mark.parametrize(
    ("site_url", "llms", "index_link", "url", "successor"),
    [
        (None, None, "architecture/old.md", "old.html", "new.md"),
        (None, "agents/llms.txt", "architecture/old.md", "../../architecture/old.html", "new.md"),
        (
            "https://x.org/docs/",
            None,
            "https://x.org/docs/architecture/old.md",
            "https://x.org/docs/architecture/old.html",
            "https://x.org/docs/architecture/new.md",
        ),
    ],
)
def test_links_are_relative_to_the_file_or_absolute_with_site_url(
    site_url: str | None, llms: str | None, index_link: str, url: str, successor: str
) -> None:
    old = design("Old", status="superseded", superseded_by="new.md")
    pages = ("architecture/old.md", old), ("architecture/new.md", design("New"))
    _, made = texts(*pages, site_url=site_url, llms_txt=llms, directory_urls=False)
    folder = "agents/" if llms else ""
    assert f"- [Old]({index_link}): Old in one line." in made[llms_path(llms)].splitlines()
    meta = read_page("old.md", made[f"{folder}architecture/old.md"])[0].meta
    assert (meta["url"], meta["superseded_by"]) == (url, successor)


def test_llms_txt_lists_designs_by_category_with_markup_escaped() -> None:
    pages = [
        ("architecture/a.md", design("A [b](c) *d*", category="Sec_urity", summary="x\n<y>")),
        ("architecture/b.md", design("B", category=None, summary=None)),
        ("architecture/c d.md", design("C", category="Sec_urity")),
    ]
    _, made = texts(*pages, title="Decisions", subtitle="What we chose.")
    assert made["llms.txt"] == (
        "# Decisions\n\n> What we chose.\n\n## Sec\\_urity\n\n"
        "- [A \\[b\\](c) \\*d\\*](architecture/a.md): x &lt;y\\>\n"
        "- [C](architecture/c%20d.md): C in one line.\n\n"
        "## Other\n\n- [B](architecture/b.md)\n"
    )


@pytest.mark.parametrize("value", [v for v in HOSTILE if v.strip()])
def test_an_llms_txt_entry_reads_as_written_in_markdown(value: str) -> None:
    _, made = texts(("architecture/a.md", design(value, summary=value)))
    entry = next(line for line in made["llms.txt"].splitlines() if line.startswith("- "))
    read = Markup(markdown.markdown(entry)).striptags()  # the text a Markdown reader shows
    one_line = " ".join(value.split())
    assert read == f"{one_line}: {one_line}"


def test_llms_txt_says_what_it_holds_in_the_sites_language() -> None:
    pages = [(f"architecture/{n}.md", design(n)) for n in "ab"]
    _, made = texts(*pages, site_language="de")
    assert "> 2 Entwürfe, jeder als Markdown: seine Felder als YAML" in made["llms.txt"]
    assert "\n## Data\n" in made["llms.txt"]


def test_drafts_are_never_written() -> None:
    pages = ("architecture/a.md", design("A")), ("architecture/d.md", design("D", draft=True))
    _, made = texts(*pages)
    assert sorted(made) == ["architecture/a.md", "llms.txt"]
    assert "> 1 design, each as Markdown" in made["llms.txt"]


def test_no_llms_txt_writes_nothing() -> None:
    assert texts(("architecture/a.md", design("A")), llms_txt="")[1] == {}


def test_a_file_that_cannot_be_written_is_said_not_raised(tmp_path: Path) -> None:
    (tmp_path / "architecture/a.md").mkdir(parents=True)  # a folder where the copy would go
    (tmp_path / "same.md").write_text("kept", encoding="utf-8")
    said: list[str] = []
    files = {"architecture/a.md": "x", "same.md": "kept", "new/b.md": "y"}
    assert write_files(tmp_path, files, said.append) == ["new/b.md"]  # unchanged: left alone
    assert [line.split(" in ")[0] for line in said] == ["architecture/a.md: cannot be written"]
