"""Our Jinja environment: the site's `custom_dir/arch-cards/` first, then the packaged templates."""

from __future__ import annotations

from pathlib import Path

import jinja2

TEMPLATES = Path(__file__).parent / "templates"


class _Compiled(jinja2.BytecodeCache):
    """Compiled templates by name and source, for the process: serve builds a Renderer per
    rebuild, and compiling our templates again cost 0.15 s an edit. Jinja checks the source."""

    def __init__(self) -> None:
        self.kept: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if code := self.kept.get(bucket.key):
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if len(self.kept) >= 1000:  # sites' own templates, in many folders: a test run
            self.kept.clear()
        self.kept[bucket.key] = bucket.bytecode_to_string()


_COMPILED = _Compiled()


def environment(override_dir: str | None) -> jinja2.Environment:
    """Autoescaping, strict about undefined names, every template read once a build."""
    dirs = [override_dir] if override_dir else []
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([*dirs, str(TEMPLATES)]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # one build reads each template once, not a stat per card
        bytecode_cache=_COMPILED,
    )
    # Compact JSON in the names the filter bar's choices carry for its script.
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "separators": (",", ":")}
    return env


def overridden(override_dir: str | None, names: set[str]) -> set[str]:
    """Which of our templates `names` the site overrides."""
    mine = Path(override_dir, "arch-cards") if override_dir else None
    return {name for name in names if mine and (mine / name).exists()}
