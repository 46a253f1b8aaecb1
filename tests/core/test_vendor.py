"""The pinned Mermaid: fetched once, checked against both digests, every failure one line."""

from __future__ import annotations

import base64
import hashlib
import io
import re
import tarfile
from typing import TYPE_CHECKING
from urllib.error import URLError

import pytest

from mkdocs_arch_cards.core import vendor
from mkdocs_arch_cards.core.vendor import LOADER, MermaidMissing, fetch, mermaid_js

if TYPE_CHECKING:
    from pathlib import Path

URL = "https://registry.example/mermaid/-/mermaid-11.17.2.tgz"


def tarball(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w:gz") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return out.getvalue()


GOOD = tarball({"package/LICENSE": b"MIT", "package/dist/mermaid.min.js": b"mermaid()"})


@pytest.fixture
def pinned(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pin the digests of GOOD, a tarball as npm serves it, in place of the real one's."""
    sha512 = base64.b64encode(hashlib.sha512(GOOD).digest()).decode()
    monkeypatch.setattr(vendor, "TARBALL_SHA512", sha512)
    monkeypatch.setattr(vendor, "MERMAID_SHA256", hashlib.sha256(b"mermaid()").hexdigest())


def serving(data: bytes | Exception) -> object:
    def opener(url: str) -> io.BytesIO:
        assert url == URL
        if isinstance(data, Exception):
            raise data
        return io.BytesIO(data)

    return opener


def test_fetch_writes_the_checked_file_and_its_licence_once(tmp_path: Path, pinned: None) -> None:
    target = fetch(tmp_path, url=URL, opener=serving(GOOD))  # type: ignore[arg-type]
    assert target == tmp_path / "mermaid.min.js"
    assert (target.read_bytes(), (tmp_path / "LICENSE").read_bytes()) == (b"mermaid()", b"MIT")
    refused = serving(AssertionError("no second download"))
    assert fetch(tmp_path, url=URL, opener=refused) == target  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("served", "message"),
    [
        (
            URLError("[Errno -3] Temporary failure in name resolution"),
            f"could not fetch Mermaid 11.17.2 from {URL}: <urlopen error [Errno -3] Temporary"
            " failure in name resolution> — run `python -m mkdocs_arch_cards.core.vendor` once"
            " online, or reinstall mkdocs-arch-cards",
        ),
        (TimeoutError("timed out"), f"could not fetch Mermaid 11.17.2 from {URL}: timed out"),
        (GOOD + b"x", f"{URL}: not the published mermaid 11.17.2 (sha512)"),
    ],
)
def test_a_failed_fetch_is_one_line_and_writes_nothing(
    tmp_path: Path, pinned: None, served: bytes | Exception, message: str
) -> None:
    with pytest.raises(MermaidMissing) as raised:
        fetch(tmp_path, url=URL, opener=serving(served))  # type: ignore[arg-type]
    assert str(raised.value).startswith(message)
    assert "\n" not in str(raised.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("members", "message"),
    [
        ({"package/LICENSE": b"MIT"}, "the tarball has no package/dist/mermaid.min.js"),
        ({"package/dist/mermaid.min.js": b"mermaid()"}, "the tarball has no package/LICENSE"),
        (
            {"package/LICENSE": b"MIT", "package/dist/mermaid.min.js": b"evil()"},
            "dist/mermaid.min.js is not the pinned file (sha256)",
        ),
    ],
)
def test_a_tarball_with_the_pinned_digest_but_not_the_file_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, members: dict[str, bytes], message: str
) -> None:
    data = tarball(members)
    sha512 = base64.b64encode(hashlib.sha512(data).digest()).decode()
    monkeypatch.setattr(vendor, "TARBALL_SHA512", sha512)
    with pytest.raises(MermaidMissing) as raised:
        fetch(tmp_path, url=URL, opener=serving(data))  # type: ignore[arg-type]
    assert str(raised.value) == f"{URL}: {message}"
    assert list(tmp_path.iterdir()) == []


def test_the_registry_is_npms_unless_npm_is_told_otherwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("npm_config_registry", raising=False)
    monkeypatch.delenv("NPM_CONFIG_REGISTRY", raising=False)
    assert vendor.tarball_url() == "https://registry.npmjs.org/mermaid/-/mermaid-11.17.2.tgz"
    monkeypatch.setenv("npm_config_registry", "https://mirror.example/npm/")
    assert vendor.tarball_url() == "https://mirror.example/npm/mermaid/-/mermaid-11.17.2.tgz"


def test_a_missing_file_says_what_and_how(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vendor, "VENDOR", tmp_path)
    with pytest.raises(MermaidMissing) as raised:
        mermaid_js()
    assert str(raised.value) == (
        f"the pinned Mermaid 11.17.2 is missing ({tmp_path / 'mermaid.min.js'}) — run"
        " `python -m mkdocs_arch_cards.core.vendor` once online, or reinstall mkdocs-arch-cards"
    )


def test_the_checkout_has_the_pinned_file() -> None:
    assert hashlib.sha256(mermaid_js().read_bytes()).hexdigest() == vendor.MERMAID_SHA256


def test_the_loader_names_the_served_file_and_no_other_mermaid() -> None:
    text = LOADER.read_text(encoding="utf-8")
    assert re.findall(r"mermaid-[\d.]+\.min\.js", text) == ["mermaid-11.17.2.min.js"]
    assert vendor.SITE_URI.endswith("/mermaid-11.17.2.min.js")
    assert "http" not in text.lower()  # no CDN address to fall back to


def test_a_broken_tarball_with_the_pinned_digest_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        vendor, "TARBALL_SHA512", base64.b64encode(hashlib.sha512(b"x").digest()).decode()
    )
    with pytest.raises(MermaidMissing) as raised:
        fetch(tmp_path, url=URL, opener=serving(b"x"))  # type: ignore[arg-type]
    assert str(raised.value).startswith(f"{URL}: unreadable tarball: ")
