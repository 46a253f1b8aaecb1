"""The catalog for agents: `llms.txt` (llmstxt.org) and each design as plain Markdown, its
normalised fields as YAML front-matter first, then the page's body as written."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import yaml

from .frontmatter import split_body
from .links import relative_url
from .values import describe

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from .designs import Catalog, Design
    from .options import Options
    from .site import Site
    from .sources import Reading

# The C emitter where PyYAML has one: the same safe representer as yaml.safe_dump, faster.
_DUMPER: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
# What a CommonMark reader could take for markup inside a link's text or a heading: code,
# emphasis, brackets, HTML and autolinks (a line's start is ours, so no block markup).
# Escaped with a backslash, which every Markdown reads (Python-Markdown and CommonMark alike); `&`
# and `<` are not escapable in Python-Markdown, so they become the entities all of them decode.
_MARKUP_RE = re.compile(r"([\\`*_\[\]>])")
_ENTITIES = str.maketrans({"&": "&amp;", "<": "&lt;"})


def site_file(value: str) -> None:
    """The `llms_txt` option: a file path relative to the site, no `..`, or "" for none."""
    parts = value.split("/")
    if value and (value.startswith("/") or "\\" in value or {"", ".", ".."} & set(parts)):
        raise ValueError(
            "expected a file path relative to the site, without '..', e.g. 'llms.txt', "
            f"or '' for none, got {describe(value)}"
        )


def llms_path(option: str | None) -> str:
    """Where llms.txt goes from the `llms_txt` option: unset is the default, "" is none."""
    return "llms.txt" if option is None else option


def llms_txt_elsewhere(plugins: Iterable[str], option: str | None) -> str | None:
    """What to say when another plugin of the site writes llms.txt (mkdocs-llmstxt's `llmstxt`,
    `llms-source`, ...) and the site left `llms_txt` unset: ours then writes neither llms.txt
    nor the designs' Markdown. None: ours writes them."""
    if option is not None:  # the site chose a path for ours, beside the other's or over it
        return None
    other = next((name for name in plugins if "llms" in name.casefold()), None)
    if other is None:
        return None
    return (
        f"plugin '{other}' writes llms.txt, so arch-cards writes no llms.txt nor designs' "
        "Markdown; to have them beside it, set `llms_txt: agents/llms.txt`"
    )


class AgentFiles(Mapping[str, str]):
    """The agents' files by path in the site; each design's text is made when it is asked
    for, so a build holds none of them while its pages are written (5 MB at 1,000 designs)."""

    def __init__(self, made: dict[str, Callable[[], str]]) -> None:
        self._made = made

    def __getitem__(self, path: str) -> str:
        return self._made[path]()

    def __iter__(self) -> Iterator[str]:
        return iter(self._made)

    def __len__(self) -> int:
        return len(self._made)

    def without(self, path: str) -> AgentFiles:
        """These files but `path` (the author's own llms.txt wins)."""
        return AgentFiles({p: make for p, make in self._made.items() if p != path})


def agent_files(
    catalog: Catalog, text_of: Callable[[str], str], options: Options, site_url: str | None
) -> AgentFiles:
    """llms.txt where `llms_txt` says and, in its folder, each published design's Markdown at
    its own path: {path in the site: text}; none with `llms_txt: ""`. `text_of`: a page's
    source."""
    llms = llms_path(options.llms_txt)
    if not llms:
        return AgentFiles({})
    title = catalog.settings.strings.text("index_title") if options.title is None else options.title
    summary = options.subtitle
    folder = posixpath.dirname(llms)
    base = (site_url or "").rstrip("/") + "/" if site_url else ""
    designs = [d for d in catalog.designs if not d.draft]
    copies = {d.path: posixpath.join(folder, d.path) for d in designs}

    def link(target: str, start: str) -> str:
        """A URL of `target` (a path in the site): absolute with site_url, else relative."""
        return base + quote(target) if base else quote(relative_url(target, start))

    def copy(design: Design) -> Callable[[], str]:
        def made() -> str:
            meta = _front_matter(design, copies, link)
            body = split_body(text_of(design.path))[0]
            return f"---\n{_yaml(meta)}---\n\n{body}"

        return made

    index = _index(catalog, designs, copies, llms, link, title, summary)
    files: dict[str, Callable[[], str]] = {llms: lambda: index}
    files.update((copies[d.path], copy(d)) for d in designs)
    return AgentFiles(files)


def _index(
    catalog: Catalog,
    designs: list[Design],
    copies: dict[str, str],
    llms: str,
    link: Callable[[str, str], str],
    title: str,
    summary: str,
) -> str:
    strings = catalog.settings.strings
    count = strings.text("designs", len(designs))
    said = summary or strings.text("agents_summary", designs=count)
    lines = [f"# {_inline(title) or strings.text('index_title')}", "", f"> {_inline(said)}", ""]
    sections: dict[str, list[str]] = {c.name: [] for c in catalog.categories}
    other = strings.text("other_group")  # designs without a category
    for design in designs:
        entry = f"- [{_inline(design.title)}]({link(copies[design.path], llms)})"
        if design.summary:
            entry += f": {_inline(design.summary)}"
        name = design.category.name if design.category else other
        sections.setdefault(name, []).append(entry)
    for name, entries in sections.items():
        if entries:
            lines += [f"## {_inline(name)}", "", *entries, ""]
    return "\n".join(lines)


def _front_matter(
    design: Design, copies: dict[str, str], link: Callable[[str, str], str]
) -> dict[str, Any]:
    """The design's normalised fields; a URL is the other design's Markdown copy."""
    here = copies[design.path]
    successor = design.superseded_by
    found: dict[str, Any] = {
        "title": design.title,
        "url": link(design.url, here),
        "category": design.category.name if design.category else None,
        "status": design.status.name if design.status else None,
        "date": design.date,  # a date, which YAML writes as one: 2024-05-01
        "reviewed": design.reviewed,
        "tags": [tag.label for tag in design.tags],
        "owner": design.owner,
        "supersedes": [link(copies[p], here) for p in design.supersedes if p in copies],
        "superseded_by": link(copies[successor], here)
        if successor in copies
        else design.successor_link,
        "summary": design.summary,
        "problem": design.problem,
    }
    return {key: value for key, value in found.items() if value not in (None, [])}


def _yaml(data: dict[str, Any]) -> str:
    """Front-matter text: every value quoted as YAML needs it, unicode kept as written."""
    dumped: str = yaml.dump(
        data, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, default_flow_style=False
    )
    return dumped


def _inline(text: str) -> str:
    """Text on one line of Markdown, with nothing in it a reader could take for markup."""
    return _MARKUP_RE.sub(r"\\\1", " ".join(text.split())).translate(_ENTITIES)


def write_files(root: Path, files: Mapping[str, str], warn: Callable[[str], None]) -> list[str]:
    """Write each file under `root` unless it holds that text already; the paths written. One
    that cannot be written (no permission, a folder of that name) is said, not raised."""
    written = []
    for path, text in files.items():
        target = root / path
        try:
            if target.is_file() and target.read_text(encoding="utf-8") == text:
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            warn(f"{path}: cannot be written in {root}: {error}")
            continue
        written.append(path)
    return written


def write_built(
    site: Site, found: Reading, site_dir: str | None, warn: Callable[[str], None]
) -> list[str]:
    """`arch-cards agents`, after an engine's build: the files into the built site (`site_dir`,
    else the config's), the author's own llms.txt left as the build copied it; `wrote x` each,
    or the one line that says another plugin writes llms.txt."""
    elsewhere = llms_txt_elsewhere(site.plugins, site.options.llms_txt)
    if elsewhere:  # Zensical writes llms.txt itself when `llmstxt` is in `plugins:`
        return [elsewhere]
    made = agent_files(found.catalog, found.text_of, site.options, site.site_url)
    if (llms := llms_path(site.options.llms_txt)) and (site.docs_dir / llms).exists():
        made = made.without(llms)
    root = Path(site_dir) if site_dir else site.site_dir
    return [f"wrote {root.name}/{path}" for path in write_files(root, made, warn)]
