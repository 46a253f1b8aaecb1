"""The strings the plugin adds to pages, in the reader's language: one catalog (strings/*.json,
a file per language), English the fallback per key, plural forms chosen by CLDR's rules.

Log and warning messages are for authors and stay English.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from markupsafe import Markup, escape

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

Text = str | dict[str, str]  # one text, or one per plural category ("one", "other", ...)

LANGUAGES = ("en", "de", "fr", "es", "pt", "ja", "zh", "zh-Hant", "ru", "ar", "he")
RTL = frozenset({"ar", "he"})
CATEGORIES = ("zero", "one", "two", "few", "many", "other")
# The keys the script says something with, by where it reads them (data-arch-strings).
SCRIPT_KEYS = {
    "filter": ("designs", "shown_of", "filters_on"),
    "timeline": ("shown_of",),
    "cards": ("view_diagram", "problem", "more_chips", "more_chips_title"),
    "diagram": (
        *("diagram", "diagram_full", "full_screen", "zoom_out", "zoom_in", "fit_label", "fit"),
        "diagram_keys",
    ),
}
_FOLDER = Path(__file__).with_name("strings")
# Chinese in traditional characters: its script, or a region that writes it (Material has
# zh-Hant and zh-TW); `zh-Hans-HK` is simplified, its script named.
_HANT = frozenset({"hant", "tw", "hk", "mo"})
_PLACEHOLDER_RE = re.compile(r"\{(\w+)\}")  # no nesting, no repetition inside: linear


# CLDR's cardinal rules for whole numbers, for the languages with a catalog (the plugin counts
# designs and days). Written out rather than taken from Babel: importing it and reading two
# locales' rules took 20 ms CPU and 8.5 MiB RSS (Babel 2.19), for six small functions (issue 13).
def _one_other(n: int) -> str:
    return "one" if n == 1 else "other"


def _zero_one(n: int) -> str:  # fr, pt: 0 and 1 take the singular
    return "one" if n in (0, 1) else "other"


def _other(n: int) -> str:  # ja, zh, zh-Hant: no plural forms
    return "other"


def _ru(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return "one"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "few"
    return "many"


def _ar(n: int) -> str:
    if n in (0, 1, 2):
        return ("zero", "one", "two")[n]
    if 3 <= n % 100 <= 10:
        return "few"
    return "many" if 11 <= n % 100 <= 99 else "other"


def _he(n: int) -> str:
    return {1: "one", 2: "two"}.get(n, "other")


PLURALS: dict[str, Callable[[int], str]] = {
    "en": _one_other,
    "de": _one_other,
    "es": _one_other,
    "fr": _zero_one,
    "pt": _zero_one,
    "ja": _other,
    "zh": _other,
    "zh-Hant": _other,
    "ru": _ru,
    "ar": _ar,
    "he": _he,
}


@cache
def table(language: str) -> dict[str, Text]:
    """A language's catalog as its file says it (English: every key)."""
    found: dict[str, Text] = json.loads((_FOLDER / f"{language}.json").read_text("utf-8"))
    return found


def language_of(code: str | None) -> str:
    """The catalog for a theme's language code: pt-BR is pt, de-CH de, zh-TW zh-Hant; else en."""
    base, *subtags = (code or "en").replace("_", "-").casefold().split("-")
    if base == "zh" and "hans" not in subtags and not _HANT.isdisjoint(subtags):
        return "zh-Hant"
    return base if base in LANGUAGES else "en"


def placeholders(text: Text) -> set[str]:
    """The `{name}`s a text (each of its plural forms) fills in."""
    forms = text.values() if isinstance(text, dict) else [text]
    return {name for form in forms for name in _PLACEHOLDER_RE.findall(form)}


@dataclass(frozen=True)
class Strings:
    """The strings of one site: its language's, English where it has none, the site's own first."""

    code: str = "en"  # as the site says it, e.g. pt-BR: for the script's Intl.PluralRules
    overrides: Mapping[str, Text] = field(default_factory=dict, hash=False)
    # A text without values, escaped once a build: a header or card shows several.
    _said: dict[str, Markup] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @property
    def language(self) -> str:
        return language_of(self.code)

    @property
    def direction(self) -> str:
        return "rtl" if self.language in RTL else "ltr"

    def get(self, key: str) -> Text:
        """The text of `key`: the site's, else its language's, else English."""
        if key in self.overrides:
            return self.overrides[key]
        found = table(self.language).get(key)
        return table("en")[key] if found is None else found

    def text(self, key: str, count: int | None = None, **values: object) -> str:
        """Plain text, its placeholders filled in; `count` picks the plural form."""
        form = self._form(key, count)
        given = {"count": count, **values}
        return _PLACEHOLDER_RE.sub(lambda m: str(given.get(m.group(1), m.group())), form)

    def html(self, key: str, count: int | None = None, **values: object) -> Markup:
        """HTML: the text escaped, each value escaped unless it is Markup (a link we wrote)."""
        if count is None and not values:
            said = self._said.get(key)
            if said is None:
                said = self._said[key] = Markup(escape(self._form(key, None)))
            return said
        form = str(escape(self._form(key, count)))
        given = {"count": count, **values}
        return Markup(
            _PLACEHOLDER_RE.sub(
                lambda m: str(escape(given[m.group(1)])) if m.group(1) in given else m.group(),
                form,
            )
        )

    def link(self, href: object, key: str | None = None, text: str | None = None) -> Markup:
        """A link to fill into a sentence: its text `key`'s, or `text` (a title, a label)."""
        shown = self.text(key) if key else text or ""
        return Markup(f'<a href="{escape(href)}">{escape(shown)}</a>')

    @staticmethod
    def time(date: object) -> Markup:
        """A date to fill into a sentence, as a <time> element."""
        return Markup(f'<time datetime="{escape(date)}">{escape(date)}</time>')

    def script(self, part: str) -> str:
        """JSON for a `data-arch-strings` attribute: what the script says in `part`; "" when
        that is the script's own English (no attribute: English pages stay as they were)."""
        keys = SCRIPT_KEYS[part]
        if self.language == "en" and self.overrides.keys().isdisjoint(keys):
            return ""
        said = {key: self.get(key) for key in keys}
        # The plural rules of the catalog's language, as the Python side picks them (a language
        # we lack is English); BCP 47's pt-BR for MkDocs' themes' `locale: pt_BR`, on which
        # Intl.PluralRules throws.
        lang = "en" if self.language == "en" else self.code.replace("_", "-")
        return json.dumps({"lang": lang, "s": said}, ensure_ascii=False)

    def status_label(self, name: str) -> str | None:
        """A default status's label in this language (None: no default status of that name)."""
        key = f"status.{name}"
        return self.text(key) if key in table("en") else None

    def _form(self, key: str, count: int | None) -> str:
        found = self.get(key)
        if isinstance(found, str):
            return found
        rule = PLURALS.get(self.language, _one_other)
        category = rule(count) if count is not None else "other"
        return found.get(category) or found["other"]


def check_overrides(given: Mapping[str, Text]) -> None:
    """A site's `strings`: known keys, plural forms CLDR names, the English placeholders only.

    Raises ValueError naming the first wrong entry and what was expected.
    """
    english = table("en")
    for key, text in given.items():
        if key not in english:
            import difflib  # only for a wrong key: `arch-cards check` does not pay for it

            near = difflib.get_close_matches(key, english, n=1)
            hint = f"the nearest is {near[0]!r}" if near else "see docs/reference/strings.md"
            raise ValueError(f"{key}: unknown key; {hint}")
        if isinstance(text, dict):
            wrong = [c for c in text if c not in CATEGORIES]
            if wrong or "other" not in text:
                raise ValueError(
                    f"{key}: expected plural forms from {', '.join(CATEGORIES)} with 'other', "
                    f"got {', '.join(map(repr, text))}"
                )
        extra = placeholders(text) - placeholders(english[key])
        if extra:
            allowed = ", ".join(f"{{{n}}}" for n in sorted(placeholders(english[key]))) or "none"
            raise ValueError(
                f"{key}: unknown placeholder {{{sorted(extra)[0]}}}; this text has: {allowed}"
            )


def keys() -> Iterable[str]:
    """Every key of the catalog, in the English file's order."""
    return table("en").keys()
