"""The package as a user gets it: an sdist and a wheel, installed into a clean venv, build a site.

The wheel is built from the sdist (as a release does), installed with the pinned requirements
and nothing of this repository on the path, and the guide's first site is built with it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.suites.first_site import ROOT, FirstSite, warnings

PINS = ("requirements/site.txt", "requirements/properdocs.txt")
NAME = "mkdocs_arch_cards"


@dataclass
class Installed:
    """The built files and a clean venv with the wheel installed."""

    sdist: Path
    wheel: Path
    venv: Path
    env: dict[str, str]

    def python(self, code: str) -> str:
        done = subprocess.run(
            [str(self.venv / "bin/python"), "-c", code],
            cwd=self.venv,
            env=self.env,
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout.strip()


def run(*command: str | Path, cwd: Path, env: dict[str, str] | None = None) -> None:
    done = subprocess.run(
        [str(c) for c in command], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, f"{command}:\n{done.stdout}\n{done.stderr}"


def pins(tmp: Path) -> Path:
    """The exact pins of the site and of ProperDocs, without this repository's `-e .`."""
    lines = dict.fromkeys(
        line
        for name in PINS
        for line in (ROOT / name).read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith(("#", "-e"))
    )
    path = tmp / "pins.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    tmp = tmp_path_factory.mktemp("package")
    # Nothing of this repository or of the test run's venv reaches the clean venv.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["NO_MKDOCS_2_WARNING"] = "1"
    dist, builder, venv = tmp / "dist", tmp / "builder", tmp / "venv"
    # The sdist with the build backend the project names (hatchling), in a venv of its own.
    run(sys.executable, "-m", "venv", builder, cwd=tmp)
    run(builder / "bin/pip", "install", "-q", "hatchling>=1.21", cwd=tmp, env=env)
    run(builder / "bin/python", "-m", "hatchling", "build", "-t", "sdist", "-d", dist, cwd=ROOT)
    (sdist,) = dist.glob("*.tar.gz")
    # The wheel from the sdist, as a release builds it: what the sdist lacks, the wheel lacks.
    run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", sdist, "-w", dist, cwd=tmp)
    (wheel,) = dist.glob("*.whl")
    run(sys.executable, "-m", "venv", venv, cwd=tmp)
    run(venv / "bin/pip", "install", "-q", wheel, "-r", pins(tmp), cwd=tmp, env=env)
    return Installed(sdist, wheel, venv, env)


def test_the_wheel_holds_the_templates_the_assets_and_the_entry_points(
    installed: Installed,
) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    templates = {n for n in names if n.startswith(f"{NAME}/core/templates/arch-cards/")}
    assert {f"{NAME}/core/templates/arch-cards/{t}" for t in ("card.html", "new-design.md")} <= (
        templates
    )
    assert len(templates) == len(list((ROOT / NAME / "core/templates/arch-cards").iterdir()))
    assert {f"{NAME}/assets/arch-cards.css", f"{NAME}/assets/arch-cards.js"} <= names
    assert f"{NAME}/py.typed" in names
    assert not any(n.startswith(("tests/", "docs/")) for n in names)
    (entry_points,) = (n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(installed.wheel).read(entry_points).decode()
    for group in ("mkdocs.plugins", "properdocs.plugins"):
        assert f"[{group}]\narch-cards = {NAME}.plugin:ArchCardsPlugin" in text
    assert f"[console_scripts]\narch-cards = {NAME}.cli:main" in text


def test_the_sdist_holds_what_builds_the_wheel(installed: Installed) -> None:
    with tarfile.open(installed.sdist) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    assert {"pyproject.toml", "README.md", f"{NAME}/core/templates/arch-cards/card.html"} <= names
    assert f"{NAME}/assets/arch-cards.js" in names


def test_the_installed_plugin_is_the_wheels_under_both_engines(installed: Installed) -> None:
    found = installed.python(
        "from importlib.metadata import entry_points\n"
        "for group in ('mkdocs.plugins', 'properdocs.plugins'):\n"
        "    (ep,) = entry_points(group=group, name='arch-cards')\n"
        "    plugin = ep.load()\n"
        "    print(group, plugin.__name__, plugin.__module__)\n"
        f"import {NAME}; print({NAME}.__file__)"
    )
    lines = found.splitlines()
    assert lines[:2] == [
        f"mkdocs.plugins ArchCardsPlugin {NAME}.plugin",
        f"properdocs.plugins ArchCardsPlugin {NAME}.plugin",
    ]
    assert Path(lines[2]).is_relative_to(installed.venv)  # not this repository's copy


def test_the_guides_first_site_builds_strict_with_the_wheel(
    installed: Installed, tmp_path: Path
) -> None:
    site = FirstSite.paste(
        ROOT / "docs/guide/first-catalog.md",
        tmp_path / "site",
        installed.venv / "bin",
        installed.env,
    )
    assert [r.returncode for r in site.commands()] == [0]
    checked = site.run("arch-cards check")
    assert (checked.returncode, checked.stdout) == (1, site.blocks["check"])
    site.write_front_matter("architecture/order-pipeline.md")
    for line in [*site.build_lines(), "properdocs build --strict -f mkdocs.yml -d site-pd"]:
        done = site.run(line)
        assert (done.returncode, warnings(done.stderr)) == (0, []), done.stderr
    for built in ("site", "site-pd"):
        assert (tmp_path / "site" / built / "architecture/order-pipeline/index.html").is_file()
        assert (tmp_path / "site" / built / "assets/arch-cards/arch-cards.css").is_file()
