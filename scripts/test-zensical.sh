#!/usr/bin/env bash
# The showcase under Zensical: `bash scripts/test-zensical.sh [pytest args...]`.
# Makes .venv-zensical from requirements/zensical.txt (PyPI; git-ignored): the newest Zensical
# that installs, with MkDocs pinned beside it. Then, in a scratch copy of this repo's docs,
# `arch-cards sync` and `zensical build --clean --strict`, and tests/zensical/ in that venv:
# the same catalog markup as under MkDocs, links that resolve, the pinned Mermaid and no CDN.
# scripts/test.sh runs it last; Mermaid must be set up (scripts/setup.sh).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
# shellcheck source=scripts/pinned-venv.sh
source scripts/pinned-venv.sh
export NO_MKDOCS_2_WARNING=1

VENV=.venv-zensical
REQUIREMENTS=requirements/zensical.txt
log() { echo "[test-zensical] $*"; }

pinned_venv "$VENV" "$REQUIREMENTS" test-zensical
# A newer Zensical that installs now is picked up: the lower bound lets pip upgrade to it.
"$VENV/bin/pip" install -q --disable-pip-version-check --upgrade --upgrade-strategy only-if-needed \
    zensical 2>&1 | { grep -v "^WARNING: Location '.*' is ignored" || true; }
log "Zensical $("$VENV/bin/python" -c 'from importlib.metadata import version; print(version("zensical"))')"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp -r mkdocs.yml docs overrides "$scratch/"
# The lines a site adds for Zensical (docs/guide/zensical.md); `watch` names this repo's folders.
"$VENV/bin/python" - "$scratch/mkdocs.yml" <<'PY'
import re, sys
from pathlib import Path
from tests.zensical.test_showcase import ZENSICAL_CONFIG
path = Path(sys.argv[1])
text = re.sub(r"\nwatch:\n(?:  - .*\n)+", "\n", path.read_text(encoding="utf-8"))
path.write_text(text.replace("markdown_extensions:\n", ZENSICAL_CONFIG, 1), encoding="utf-8")
PY
(cd "$scratch" && "$ROOT/$VENV/bin/arch-cards" sync >/dev/null &&
    "$ROOT/$VENV/bin/zensical" build --clean --strict)
exec "$VENV/bin/python" -m pytest tests/zensical -p no:cacheprovider -q "$@"
