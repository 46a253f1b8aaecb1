"""The hostile corpus, continued: plausible YAML that is broken, and pages as bytes."""

from __future__ import annotations

from tests.suites.hostile_cases import VALUES, Case, page, q, script


def _yaml_cases() -> list[Case]:
    """Plausible YAML that is broken: dates, tags, nesting, aliases, bytes, keys."""
    strict = [
        ("date-feb30", "date: 2024-02-30", (2, "date")),
        ("date-month13", "reviewed: 2024-13-01", (2, "reviewed")),
        ("date-year0", "date: 0000-01-01", (2, "date")),
        ("date-nonleap", "date: 2023-02-29", (2, "date")),
        ("date-apr31", "reviewed: 2024-04-31", (2, "reviewed")),
        ("date-hour25", "date: 2024-01-01 25:61:00", (2, "date")),
        ("date-in-title", "title: 2024-02-30", None),  # no such day: kept as the text written
        ("date-in-tags", "tags: [2024-02-30, Kafka]", None),
        ("tag-int", "title: !!int x", (2, None)),
        ("tag-bool", "title: !!bool maybe", (2, None)),
        ("tag-float", "title: !!float x", (2, None)),
        ("tag-timestamp", "date: !!timestamp x", (2, None)),
        ("tag-int-empty", "order: !!int", (2, None)),  # found by the soak: IndexError
        ("tag-float-empty", "title: !!float", (2, None)),
        ("tag-binary-bad", "title: !!binary '@@@'", (2, None)),
        ("tag-set-bad", "tags: !!set x", (2, None)),
        ("tag-omap-bad", "tags: !!omap x", (2, None)),
        ("tag-local", "status: !custom x", (2, None)),
        ("tag-python", "title: !!python/object/apply:os.system ['true']", (2, None)),
        ("nest-deep-flow", "title: " + "[" * 1200 + "]" * 1200, (2, None)),
        ("nest-deep-map", "title: " + "{a: " * 1200 + "b" + "}" * 1200, (2, None)),
        ("ctl-nul", 'owner: ok\nsummary: "a\x00b"', (3, None)),
        ("ctl-bel", 'owner: ok\nstatus: accepted\nsummary: "a\x07b"', (4, None)),
        ("ctl-esc", "owner: ok\nproblem: a\x1b[2Jb", (3, None)),
        ("ctl-del", "owner: ok\nproblem: a\x7fb", (3, None)),
        ("ctl-fffe", "summary: a\ufffeb", (2, None)),
        ("tab-indent", "owner: ok\ntags:\n\t- Kafka", (4, None)),
        ("dup-title", f"title: A\ntitle: {q(script('dup-title'))}", (3, "title")),
        ("dup-tags", "tags: [a]\ntags: [b]", (3, "tags")),
        ("dup-ignored", "extra: 1\nextra: 2", (3, "extra")),
        ("merge-scalar", "<<: 5", (2, None)),
        ("alias-recursive", "title: &t [*t]", (2, "title")),
    ]
    cases = [Case(n, page(y), (e,) if e else ()) for n, y, e in strict]
    lenient = [
        ("ignored-feb30", "released: 2024-02-30"),
        ("ignored-year0", "x-when: 0000-01-01"),
        ("ignored-hour25", "x-when: 2024-01-01 25:00:00"),
        ("ignored-nested-date", "history: [{on: 2024-02-30}]"),
        ("ignored-int", "x-extra: !!int x"),
        ("ignored-bool", "x-extra: !!bool maybe"),
        ("ignored-timestamp", "x-extra: !!timestamp x"),
        ("ignored-local-tag", "x-extra: !custom x"),
        ("ignored-deep", "x-deep: " + "[" * 1200 + "]" * 1200),
        ("date-datetime", "date: 2024-01-01T10:00:00Z"),
        ("tab-after-colon", "owner:\tTabbed"),
        ("ctl-escaped", 'summary: "a\\0b\\e[31mred\\x07"'),
        ("ctl-u2028", "summary: a\u2028b\nstatus: nope"),
        ("dup-nested", "x-map: {a: 1, a: 2}"),
    ]
    cases += [Case(n, page(y), lenient=True) for n, y in lenient]
    cases.append(Case("ctl-nul-body", page("", "Body \x00 with a NUL.\n"), lenient=True))
    bomb = "".join(
        f"{c}: &{c} [{', '.join([f'*{p}'] * 9) if p else ', '.join(['lol'] * 9)}]\n"
        for p, c in zip(["", *"abcde"], "abcdef", strict=True)
    )
    cases += [
        Case(
            "alias-bomb-title",
            page(bomb + "title: [*f, *f, *f, *f, *f, *f, *f, *f, *f]"),
            ((8, "title"),),
        ),
        Case("alias-bomb-summary", page(bomb + "summary: *f"), ((8, "summary"),)),
        Case("alias-bomb-tags", page(bomb + "tags: *f"), ((None, "tags"),), lenient=True),
        Case("alias-bomb-ignored", page(bomb.rstrip("\n"))),
        Case("nest-ok", page("x-deep: " + "[" * 50 + "]" * 50)),
        Case("tab-in-value", page('summary: "a\tb"')),
        Case("merge-override", page("defaults: &d {owner: a, status: accepted}\n<<: *d\nowner: b")),
        Case(
            "merge-payload",
            page(f"d: &d {{title: {q(script('merge-payload'))}}}\n<<: *d"),
            exported={"title": script("merge-payload")},
        ),
        Case("merge-list", page("a: &a {owner: a}\nb: &b {status: accepted}\n<<: [*a, *b]")),
        Case("fm-list", "---\n- a\n- b\n---\n\nBody.\n", ((2, "front-matter"),)),
        Case("fm-scalar", "---\njust text\n---\n\nBody.\n", ((2, "front-matter"),)),
        # No key of the plugin's own: nothing is required of the page (it is a card all the same).
        Case("fm-empty", "---\n---\n\nBody.\n"),
        Case("fm-blank", "---\n\n---\n\nBody.\n"),
        Case("fm-comment", "---\n# only\n---\n\nBody.\n"),
        Case("fm-unclosed", "---\ntitle: x\n\nBody.\n"),
        Case("fm-dots", page().replace("\n---\n\nBody", "\n...\n\nBody")),
    ]
    return cases


def _byte_cases() -> list[Case]:
    """Encodings and line endings: a page is bytes before it is text."""
    good = page().encode()
    bad_line3 = page("owner: ok\ntitle: [x]").encode()
    latin = page("summary: caf\xe9").encode("latin-1")
    return [
        Case("enc-crlf", good.replace(b"\n", b"\r\n")),
        Case("enc-crlf-line3", bad_line3.replace(b"\n", b"\r\n"), ((3, "title"),)),
        Case("enc-cr", good.replace(b"\n", b"\r")),
        Case("enc-bom", b"\xef\xbb\xbf" + good),
        Case("enc-bom-crlf", b"\xef\xbb\xbf" + good.replace(b"\n", b"\r\n")),
        Case("enc-mixed-eol", good.replace(b"\n", b"\r\n", 2)),
        Case("enc-latin1", latin, ((None, None),), lenient=True),
        Case("enc-utf16", page().encode("utf-16"), ((None, None),), lenient=True),
        Case(
            "enc-surrogate",
            page("owner: ab").encode().replace(b"ab", b"a\xed\xa0\x80b"),
            ((None, None),),
            lenient=True,
        ),
    ]


MAIN = [*VALUES, *_yaml_cases(), *_byte_cases()]
