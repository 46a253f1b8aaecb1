"""The catalog of UI strings: complete in every language, plural rules, a site's overrides."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
import yaml
from markupsafe import Markup

from mkdocs_arch_cards.core.i18n import (
    CATEGORIES,
    LANGUAGES,
    PLURALS,
    SCRIPT_KEYS,
    Strings,
    check_overrides,
    keys,
    language_of,
    placeholders,
    table,
)
from mkdocs_arch_cards.core.options import load_options
from mkdocs_arch_cards.core.problems import OptionsError

ROOT = Path(__file__).parents[2]
REFERENCE = ROOT / "docs" / "reference" / "strings.md"
SCRIPT = ROOT / "mkdocs_arch_cards" / "assets" / "arch-cards.js"
# The categories CLDR gives each language's whole numbers: every plural text has each of them.
NEEDED = {
    "en": {"one", "other"},
    "de": {"one", "other"},
    "es": {"one", "other"},
    "fr": {"one", "other"},
    "pt": {"one", "other"},
    "ja": {"other"},
    "zh": {"other"},
    "zh-Hant": {"other"},
    "ru": {"one", "few", "many"},
    "ar": {"zero", "one", "two", "few", "many", "other"},
    "he": {"one", "two", "other"},
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_every_key_and_only_the_english_placeholders(language: str) -> None:
    english, found = table("en"), table(language)
    assert list(found) == list(english)  # same keys, same order: a reviewer reads them side by side
    for key, text in found.items():
        wanted = placeholders(english[key])
        forms = text.values() if isinstance(text, dict) else [text]
        for form in forms:
            assert placeholders(form) <= wanted, (language, key, form)
            # A plural form may leave the number out ("تصميم واحد"), never another value.
            assert wanted - {"count"} <= placeholders(form), (language, key, form)
        assert isinstance(text, dict) == isinstance(english[key], dict), (language, key)
        if isinstance(text, dict):
            assert NEEDED[language] <= set(text) <= set(CATEGORIES), (language, key)
            assert "other" in text, (language, key)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_plural_rule_names_only_forms_the_catalog_has(language: str) -> None:
    forms = {PLURALS[language](n) for n in range(0, 1200)}
    assert forms <= NEEDED[language]


@pytest.mark.parametrize(
    ("language", "counts"),
    [
        ("en", {0: "other", 1: "one", 2: "other"}),
        ("fr", {0: "one", 1: "one", 2: "other"}),
        ("pt", {0: "one", 1: "one", 2: "other"}),
        ("ja", {1: "other"}),
        ("ru", {1: "one", 2: "few", 5: "many", 11: "many", 21: "one", 22: "few", 112: "many"}),
        ("ar", {0: "zero", 1: "one", 2: "two", 3: "few", 11: "many", 100: "other", 103: "few"}),
        ("he", {1: "one", 2: "two", 3: "other", 20: "other"}),
    ],
)
def test_plural_rules_are_cldrs(language: str, counts: dict[int, str]) -> None:
    assert {n: PLURALS[language](n) for n in counts} == counts


@pytest.mark.parametrize(
    ("code", "language"),
    [
        ("de", "de"),
        ("de-CH", "de"),
        ("pt-BR", "pt"),
        ("pt_BR", "pt"),
        ("zh", "zh"),
        ("zh-CN", "zh"),
        ("zh-Hans", "zh"),
        ("zh-Hans-HK", "zh"),
        ("zh-Hant", "zh-Hant"),
        ("zh-TW", "zh-Hant"),
        ("zh_TW", "zh-Hant"),
        ("zh-HK", "zh-Hant"),
        ("zh-hant-MO", "zh-Hant"),
        ("ZH", "zh"),
        ("he", "he"),
        ("ar", "ar"),
        ("en", "en"),
        ("nl", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_a_themes_code_picks_a_catalog(code: str | None, language: str) -> None:
    assert language_of(code) == language


@pytest.mark.parametrize(
    ("code", "key", "count", "values", "said"),
    [
        ("en", "tag_line", 1, {"tag": "Kafka"}, "1 design uses Kafka."),
        ("en", "tag_line", 2, {"tag": "Kafka"}, "2 designs use Kafka."),
        ("en", "tag_line", 0, {"tag": "Kafka"}, "0 designs use Kafka."),
        ("de", "tag_line", 1, {"tag": "Kafka"}, "1 Entwurf verwendet Kafka."),
        ("fr", "designs", 0, {}, "0 conception"),
        ("ru", "designs", 22, {}, "22 решения"),
        ("ru", "designs", 25, {}, "25 решений"),
        ("ar", "designs", 2, {}, "تصميمان"),
        ("ja", "designs", 1, {}, "1 件の設計"),
        ("zh-TW", "designs", 3, {}, "3 個設計"),
        ("zh-Hant", "problem", None, {}, "解決的問題"),
        ("pt-BR", "problem", None, {}, "Problema resolvido"),
        ("nl", "problem", None, {}, "Problem Solved"),
        # A value is filled in once: braces in a tag's label are not read as placeholders.
        ("en", "tag_line", 3, {"tag": "{count}"}, "3 designs use {count}."),
    ],
)
def test_text_fills_in_values_and_picks_the_plural_form(
    code: str, key: str, count: int | None, values: dict[str, str], said: str
) -> None:
    assert Strings(code).text(key, count, **values) == said


def test_html_escapes_the_text_and_values_but_not_markup() -> None:
    strings = Strings("en", {"superseded_by": "<b>New</b>: {link}"})
    link = strings.link('x?a=1&b="2"', text="<Next>")
    said = strings.html("superseded_by", link=link)
    assert said == '&lt;b&gt;New&lt;/b&gt;: <a href="x?a=1&amp;b=&#34;2&#34;">&lt;Next&gt;</a>'
    assert strings.html("owner", owner="<script>") == Markup("Owner: &lt;script&gt;")


def test_a_sites_string_wins_and_english_fills_what_a_language_lacks() -> None:
    strings = Strings("de", {"problem": "Warum wir es bauten"})
    assert strings.text("problem") == "Warum wir es bauten"
    assert strings.text("view_diagram") == "Diagramm ansehen"
    assert Strings("xx").text("view_diagram") == "View diagram"


def test_the_script_gets_its_strings_as_json_with_the_sites_code() -> None:
    said = json.loads(Strings("pt-BR").script("filter"))
    assert said == {"lang": "pt-BR", "s": {k: table("pt")[k] for k in SCRIPT_KEYS["filter"]}}
    # MkDocs' themes' locale, pt_BR: the script's Intl.PluralRules throws on it (and says en).
    assert json.loads(Strings("pt_BR").script("filter"))["lang"] == "pt-BR"
    # A language we lack is English, its plural rules too (Korean has none: "1 designs").
    said = json.loads(Strings("ko", {"filters_on": "{count} 켜짐"}).script("filter"))
    assert said["lang"] == "en" and said["s"]["designs"] == table("en")["designs"]


def test_the_scripts_english_is_the_catalogs() -> None:
    source = SCRIPT.read_text("utf-8")
    found = re.search(r"var ENGLISH = (\{.*?\n  \});", source, re.S)
    assert found
    used = [key for part in SCRIPT_KEYS.values() for key in part]
    assert json.loads(found.group(1)) == {key: table("en")[key] for key in used}
    for key in used:  # each key the script may be handed is one it says
        assert f'say("{key}"' in source, key


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ({"problm": "x"}, "strings: problm: unknown key; the nearest is 'problem'"),
        ({"zzzzzz": "x"}, "strings: zzzzzz: unknown key; see docs/reference/strings.md"),
        (
            {"tag_line": "{count} designs use {tags}."},
            "strings: tag_line: unknown placeholder {tags}; this text has: {count}, {tag}",
        ),
        (
            {"designs": {"one": "{count} x", "plenty": "y"}},
            "strings: designs: expected plural forms from zero, one, two, few, many, other "
            "with 'other', got 'one', 'plenty'",
        ),
        ({"problem": ["x"]}, "strings: expected a mapping of string keys to text"),
    ],
)
def test_a_wrong_string_is_one_line_naming_the_nearest_key(
    given: dict[str, object], message: str
) -> None:
    with pytest.raises(OptionsError) as raised:
        load_options({"strings": given})
    [(name, said)] = raised.value.errors
    assert f"{name}: {said}".startswith(message)


def test_a_sites_strings_are_checked_and_kept() -> None:
    given = {"problem": "Why we built it", "designs": {"one": "one design", "other": "{count}"}}
    check_overrides(given)
    assert load_options({"strings": given}).options.strings == given


def reference() -> str:
    """docs/reference/strings.md: every key and its English text, from the catalog."""
    lines = [
        "# UI strings",
        "",
        "<!-- Written by tests/core/test_i18n.py from mkdocs_arch_cards/core/strings/en.json:",
        "     ARCH_CARDS_WRITE_DOCS=1 pytest tests/core/test_i18n.py -->",
        "",
        "Every text the plugin adds to pages, by key, in English. Each key has a text in every",
        f"language of the catalog ({', '.join(f'`{c}`' for c in LANGUAGES)}); a site sets its",
        "own with [`strings`](configuration.md#strings). A text with plural forms (`one`,",
        "`other`, ...) is chosen by the count it says; `{name}` is a value filled in.",
        "Warnings and log lines stay English.",
        "",
        "| key | English |",
        "| --- | --- |",
    ]
    for key in keys():
        text = table("en")[key]
        shown = " · ".join(f"{c}: {t}" for c, t in text.items()) if isinstance(text, dict) else text
        cell = shown.replace("|", "\\|").replace("<", "&lt;")
        lines.append(f"| `{key}` | <code>{cell}</code> |")
    return "\n".join([*lines, ""])


def test_the_strings_reference_is_the_catalogs() -> None:
    if os.environ.get("ARCH_CARDS_WRITE_DOCS"):
        REFERENCE.write_text(reference(), "utf-8")
    assert REFERENCE.read_text("utf-8") == reference(), (
        "docs/reference/strings.md is stale: ARCH_CARDS_WRITE_DOCS=1 pytest tests/core/test_i18n.py"
    )


def test_an_english_page_carries_no_strings_for_the_script_unless_the_site_has_its_own() -> None:
    assert Strings("en").script("diagram") == ""
    assert Strings("en-GB", {"problem": "Why"}).script("diagram") == ""
    said = json.loads(Strings("en", {"zoom_in": "Closer"}).script("diagram"))
    assert said["s"]["zoom_in"] == "Closer" and said["s"]["zoom_out"] == "Zoom out"


def test_the_configuration_references_examples_load() -> None:
    text = (ROOT / "docs" / "reference" / "configuration.md").read_text("utf-8")
    for option in ("language", "strings"):
        section = text.split(f"### `{option}`", 1)[1]
        block = section.split("```yaml\n", 1)[1].split("```", 1)[0]
        given = yaml.safe_load(block)
        plugins = given if isinstance(given, list) else given["plugins"]
        options = next(p["arch-cards"] for p in plugins if isinstance(p, dict))
        load_options(options)
