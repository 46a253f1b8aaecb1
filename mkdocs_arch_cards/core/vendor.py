"""The pinned Mermaid a site serves: where the package keeps it, how it gets there, its loader.

The wheel ships it: `hatch_build.py` calls `fetch` when the wheel (or sdist) is built, so an
installed package has it, and no site build or page ever asks the network for it. A source
checkout gets it with `python -m mkdocs_arch_cards.core.vendor` (scripts/setup.sh runs it).
Stdlib only, no imports from the package: the build hook loads this file by its path, before
the package's dependencies are installed.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import IO

MERMAID_VERSION = "11.17.2"
# npm's published `dist.integrity` of the tarball, and the file's own digest: a mirror set in
# npm_config_registry can serve the tarball, but not change a byte of it.
TARBALL_SHA512 = (
    "V6K3C8EBdEsPFZXSKMJe6ppQOENxuHARr9GvHX4hh47lAbhMRD9qf4oEK7LoaRQxULMa80/qt5gHO73aCleBBg=="
)
MERMAID_SHA256 = "581ed7d74bd9048d0e3a91363927d72ef22942d7722546b27f7cc29e35390eb8"
REGISTRY = "https://registry.npmjs.org"
VENDOR = Path(__file__).resolve().parents[1] / "assets" / "vendor"  # git-ignored, in the wheel
# The tarball's members the package keeps; the licence travels with the code it covers.
MEMBERS = {"package/LICENSE": "LICENSE", "package/dist/mermaid.min.js": "mermaid.min.js"}
# Where a site serves them. The library's name carries its version (a new one is a new URL);
# the loader's name says "mermaid" on purpose: mkdocs-mermaid2 then adds no library of its own.
SITE_URI = f"assets/arch-cards/mermaid-{MERMAID_VERSION}.min.js"
LOADER_URI = "assets/arch-cards/mermaid-loader.js"
# Where an MkDocs site's pages load it from, once every plugin's on_config ran: mkdocs-mermaid2
# parses and re-serialises every page whose HTML holds "mermaid", and reads the scripts only in
# its on_config. This name keeps it to the pages that draw a diagram (page_scripts).
PAGE_LOADER_URI = "assets/arch-cards/diagram-loader.js"
# Static, so that `serve --dirty` copies it only when it changed; it names the library file.
LOADER = Path(__file__).resolve().parents[1] / "assets" / "mermaid-loader.js"
FIX = "run `python -m mkdocs_arch_cards.core.vendor` once online, or reinstall mkdocs-arch-cards"


class MermaidMissing(Exception):
    """The pinned Mermaid is not there and could not be fetched; str() is the one line to log."""


def mermaid_js() -> Path:
    """The pinned mermaid.min.js the package ships; MermaidMissing says how to get it."""
    path = VENDOR / "mermaid.min.js"
    if not path.is_file():
        raise MermaidMissing(f"the pinned Mermaid {MERMAID_VERSION} is missing ({path}) — {FIX}")
    return path


def served_mermaid(wanted: bool, warn: Callable[[str], object]) -> Path | None:
    """The pinned Mermaid a site serves, unless it loads its own; a missing one is warned of."""
    try:
        return mermaid_js() if wanted else None
    except MermaidMissing as error:
        warn(str(error))
        return None


def page_scripts(scripts: list[Any]) -> None:
    """Pages name the loader PAGE_LOADER_URI, in place in a site's list of scripts."""
    scripts[:] = [PAGE_LOADER_URI if str(s) == LOADER_URI else s for s in scripts]


def tarball_url(registry: str | None = None) -> str:
    """The tarball's address on the registry npm itself would use (npm_config_registry)."""
    names = ("NPM_CONFIG_REGISTRY", "npm_config_registry")  # npm reads either spelling
    base = registry or next((os.environ[n] for n in names if os.environ.get(n)), REGISTRY)
    return f"{base.rstrip('/')}/mermaid/-/mermaid-{MERMAID_VERSION}.tgz"


def fetch(
    dest: Path = VENDOR,
    *,
    url: str | None = None,
    opener: Callable[[str], IO[bytes]] | None = None,
) -> Path:
    """Put the pinned, checked mermaid.min.js (and its LICENSE) in `dest`, unless already there.

    Reads the tarball from the npm registry once; any failure is one MermaidMissing line.
    """
    target = dest / "mermaid.min.js"
    if target.is_file() and _sha256(target.read_bytes()) == MERMAID_SHA256:
        return target
    url = url or tarball_url()
    try:
        with (opener or _open)(url) as response:
            tarball = response.read()
    except (OSError, ValueError) as error:  # URLError, timeouts and refused hosts are OSErrors
        message = f"could not fetch Mermaid {MERMAID_VERSION} from {url}: {error} — {FIX}"
        raise MermaidMissing(message) from None
    digest = base64.b64encode(hashlib.sha512(tarball).digest()).decode()
    if digest != TARBALL_SHA512:
        raise MermaidMissing(f"{url}: not the published mermaid {MERMAID_VERSION} (sha512)")
    files = _members(tarball, url)
    if _sha256(files["mermaid.min.js"]) != MERMAID_SHA256:
        raise MermaidMissing(f"{url}: dist/mermaid.min.js is not the pinned file (sha256)")
    dest.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():  # the library last: present means complete and checked
        _write(dest / name, data)
    return target


def _open(url: str) -> IO[bytes]:
    from urllib.request import urlopen  # here: every build imports this module, few fetch

    return urlopen(url, timeout=60)  # type: ignore[no-any-return]


def _members(tarball: bytes, url: str) -> dict[str, bytes]:
    import tarfile  # here: it imports pwd, grp and more, and a build fetches nothing

    found = {}
    try:
        with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as archive:
            for member, name in MEMBERS.items():
                file = archive.extractfile(member) if member in archive.getnames() else None
                if file is None:
                    raise MermaidMissing(f"{url}: the tarball has no {member}")
                found[name] = file.read()
    except (tarfile.TarError, OSError) as error:
        raise MermaidMissing(f"{url}: unreadable tarball: {error}") from None
    return found


def _write(path: Path, data: bytes) -> None:
    """Write atomically: a reader never sees half a file."""
    with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as tmp:
        tmp.write(data)
    os.chmod(tmp.name, 0o644)  # a temporary file is private; the wheel's files are not
    os.replace(tmp.name, path)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def main() -> int:
    """`python -m mkdocs_arch_cards.core.vendor`: fetch the pinned Mermaid into the package."""
    try:
        print(fetch())
    except MermaidMissing as error:
        print(f"arch-cards: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
