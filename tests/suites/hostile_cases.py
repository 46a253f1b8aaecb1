"""The hostile corpus: design pages an attacker or a careless author writes, with what each must do.

Every case is one page named after the case. `expect` lists the problems it must report, as
(line, field); None matches any. A strict case may report nothing else; a lenient one may report
more, each still a `path:line: field:` line (where the issue leaves the exact report open).
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass, field

Expect = tuple[int | None, str | None]


@dataclass(frozen=True)
class Case:
    """One hostile page: its text, where it goes, and what the build must do with it."""

    name: str
    text: str | bytes
    expect: tuple[Expect, ...] = ()
    lenient: bool = False
    design: bool = True  # must have a card on the grid and a page of its own
    folder: str = "architecture"
    exported: dict[str, str] = field(default_factory=dict)  # catalog.json value, as written
    mentioned: bool = False  # some warning must name this file (collisions: both files)
    link: str | None = None  # the page is a symbolic link to this path instead

    @property
    def path(self) -> str:
        return f"{self.folder}/{self.name}.md"


BASE = {"category": "Hostile", "summary": "A hostile case.", "problem": "Nobody checked input."}
_KEY_RE = re.compile(r"^([A-Za-z_][\w-]*)\s*:", re.MULTILINE)


def page(extra: str = "", body: str = "Body.\n", *, drop: tuple[str, ...] = ()) -> str:
    """A design page: `extra` YAML from line 2, then the base fields it does not set itself."""
    own = set(_KEY_RE.findall(extra)) | set(drop)
    base = [f"{key}: {value}" for key, value in BASE.items() if key not in own]
    lines = ["---", *([extra] if extra else []), *base, "---", "", body]
    return "\n".join(lines)


def script(name: str) -> str:
    return f'<script>alert("XSS-{name}")</script>'


def img(name: str) -> str:
    return f'<img src=x onerror=alert("XSS-{name}")>'


def svg(name: str) -> str:
    return f'"><svg onload=alert("XSS-{name}")>'


def js(name: str) -> str:
    return f'javascript:alert("XSS-{name}")'


def q(text: str) -> str:
    """A YAML scalar that reads back as `text` (JSON is YAML)."""
    return json.dumps(text)


MISSING: tuple[Expect, ...] = ((1, "category"), (1, "problem"))  # the summary: "Body."
TEXT_FIELDS = ("title", "category", "summary", "problem", "owner")
FIELDS = (*TEXT_FIELDS, "status", "tags", "related", "supersedes", "superseded_by")
REFERENCES = ("related", "supersedes", "superseded_by")


def _xss_cases() -> list[Case]:
    """Every field, in every YAML type, carrying a payload."""
    cases = []
    for name in FIELDS:
        n = f"xss-{name.replace('_', '-')}"
        text_value = js(f"{n}-str") if name in REFERENCES else script(f"{n}-str")
        b64 = base64.b64encode(script(f"{n}-bin").encode()).decode()
        forms = {
            "str": q(text_value),
            "list": f"[{q(img(n + '-list'))}]",
            "map": f"{{{q(svg(n + '-map'))}: {q(js(n + '-map'))}}}",
            "bin": f"!!binary {b64}",
            "nest": f"[[{q(script(n + '-nest'))}], {{a: {q(img(n + '-nest'))}}}]",
        }
        for form, value in forms.items():
            valid = (form == "str" and name in TEXT_FIELDS) or (form == "list" and name == "tags")
            exported = {name: json.loads(value)} if valid else {}
            cases.append(
                Case(
                    f"{n}-{form}",
                    page(f"{name}: {value}"),
                    () if valid else ((2, name),),
                    exported=exported,
                )
            )
    return cases


NUMBERS = {
    "title": ".inf",
    "category": "0x1F",
    "summary": "1.0e+400",
    "problem": ".NaN",
    "owner": "017",
    "status": "1_000",
    "tags": "[1, 2.5, .nan]",
    "related": "3.5",
    "supersedes": "7",
    "superseded_by": "-1",
    "order": "1e400",
    "diagram": ".inf",
}


def _number_cases() -> list[Case]:
    cases = [
        Case(f"num-{k.replace('_', '-')}", page(f"{k}: {v}"), ((2, k),)) for k, v in NUMBERS.items()
    ]
    cases.append(Case("num-order-huge", page("order: " + "9" * 40)))
    cases.append(Case("num-diagram-huge", page("diagram: " + "9" * 40), ((2, "diagram"),)))
    return cases


def _body_cases() -> list[Case]:
    """Titles and summaries taken from the body, where entities and code spans hide markup."""
    ent = "&lt;script&gt;alert(&quot;XSS-body-{}&quot;)&lt;/script&gt;"
    no_title, no_summary = "", ("summary",)
    return [
        Case("body-h1-entity", page(no_title, f"# {ent.format('h1-entity')}\n\nText.\n")),
        Case("body-h1-code", page(no_title, f"# `{img('body-h1-code')}`\n\nText.\n")),
        Case("body-h1-setext", page(no_title, f"{ent.format('h1-setext')}\n=====\n\nText.\n")),
        Case("body-h1-attr", page(no_title, "# &lt;svg onload=alert(1)&gt; { .x }\n\nText.\n")),
        Case("body-p-entity", page("", f"{ent.format('p-entity')}\n", drop=no_summary)),
        Case("body-p-code", page("", f"A `{svg('body-p-code')}` b.\n", drop=no_summary)),
        Case(
            "body-p-link",
            page("", f"[{ent.format('p-link')}](https://e.x) b.\n", drop=("summary",)),
        ),
        Case("body-p-emph", page("", f"*{ent.format('p-emph')}* b.\n", drop=no_summary)),
        Case(
            "body-marker",
            page("", "<!-- arch-cards tags=\"<script>alert('XSS-body-marker')</script>\" -->\n"),
            ((7, "arch-cards"),),
        ),
        Case(
            "body-marker-option",
            page("", '<!-- arch-cards view="<img src=x onerror=alert(1)>" -->\n'),
            ((None, "arch-cards"),),
            lenient=True,
        ),
    ]


def _log_cases() -> list[Case]:
    """Values that end up in log lines: escapes and line breaks must not reach a terminal."""
    return [
        Case("log-ansi-status", page('status: "\\e[2J\\e[31mPWNED"'), ((2, "status"),)),
        Case(
            "log-cr-status",
            page('status: "ok\\rarchitecture/x.md:1: title: forged"'),
            ((2, "status"),),
        ),
        Case(
            "log-newline-related",
            page('related: ["a.md\\narchitecture/x.md:1: title: forged"]'),
            ((2, "related"),),
        ),
        Case(
            "log-ansi-successor", page('superseded_by: "\\e[31mgone.md"'), ((2, "superseded_by"),)
        ),
        Case("log-u2028-related", page('related: ["a.md\\Lforged"]'), ((2, "related"),)),
        Case("log-newline-key", page('"sumary\\n": x'), ((2, None),), lenient=True),
        Case("log-bidi-status", page('status: "\\u202egnitpecca"'), ((2, "status"),)),
    ]


def _report_cases() -> list[Case]:
    """Relations that agree on both ends and still make no sense: self-succession and cycles."""

    def pair(name: str, other: str) -> Case:
        text = page(f"supersedes: [{other}.md]\nsuperseded_by: {other}.md")
        return Case(name, text, ((None, None),), lenient=True)

    return [
        Case(
            "rel-self-supersedes",
            page("supersedes: [rel-self-supersedes.md]"),
            ((2, "supersedes"),),
        ),
        Case(
            "rel-self-successor",
            page("superseded_by: rel-self-successor.md"),
            ((2, "superseded_by"),),
        ),
        pair("rel-self-both", "rel-self-both"),
        pair("rel-cycle-a", "rel-cycle-b"),
        pair("rel-cycle-b", "rel-cycle-a"),
        Case(
            "rel-tri-a",
            page("superseded_by: rel-tri-b.md\nsupersedes: [rel-tri-c.md]"),
            ((None, None),),
            lenient=True,
        ),
        Case(
            "rel-tri-b",
            page("superseded_by: rel-tri-c.md\nsupersedes: [rel-tri-a.md]"),
            ((None, None),),
            lenient=True,
        ),
        Case(
            "rel-tri-c",
            page("superseded_by: rel-tri-a.md\nsupersedes: [rel-tri-b.md]"),
            ((None, None),),
            lenient=True,
        ),
    ]


VALUES = [*_xss_cases(), *_number_cases(), *_body_cases(), *_log_cases(), *_report_cases()]

N = 3000
SLOW = [  # each once took seconds to minutes; the site's build finishing is the assertion
    Case("slow-heading-spaces", page("", "# a" + " " * 2500 + "b\n\nText.\n")),
    Case("slow-heading-braces", page("", "# " + "{" * 30_000 + "\n\nText.\n")),
    Case("slow-para-emphasis", page("", "*a " * 10_000 + "\n", drop=("summary",)), lenient=True),
    Case("slow-para-underscore", page("", "_a " * 10_000 + "\n", drop=("summary",)), lenient=True),
    Case("slow-para-brackets", page("", "[" * 20000 + "\n", drop=("summary",)), lenient=True),
    Case("slow-para-images", page("", "![" * 10000 + "\n", drop=("summary",)), lenient=True),
    Case("slow-para-tags", page("", "<a " * 10000 + "\n", drop=("summary",)), lenient=True),
    Case("slow-para-backticks", page("", "`a " * N + "\n", drop=("summary",)), lenient=True),
    Case("slow-comment-open", page("", "Text.\n\n" + "<!-- x " * N + "\n"), lenient=True),
    Case("slow-marker-open", page("", "Text.\n\n" + "<!-- arch-cards " * N + "\n"), lenient=True),
    Case(
        "slow-marker-args",
        page("", "Text.\n\n<!-- arch-cards" + ' a=""' * N + " -->\n"),
        ((None, "arch-cards"),),
        lenient=True,
    ),
]

SIZE = [  # absurd sizes: a cap or a warning, and output that does not grow with a square
    Case("size-baseline", page("tags: [solo]")),  # its tag page: the size of one card
    Case(
        "size-tags", page("tags: [" + ", ".join(f"t{i:03}" for i in range(250)) + "]"), lenient=True
    ),
    Case("size-title", page("title: " + "T" * 50_000), lenient=True),
    Case("size-summary", page("summary: " + "S " * 150_000), lenient=True),
    Case(
        "size-related", page("related: [" + ", ".join(["size-tags.md"] * 2000) + "]"), lenient=True
    ),
]
