#!/usr/bin/env bash
# The showcase under ProperDocs: `bash scripts/test-properdocs.sh [pytest args...]`.
# Makes .venv-properdocs from requirements/properdocs.txt (PyPI, exact pins; git-ignored) and
# runs tests/plugin/test_properdocs.py there: the showcase built by `properdocs build` and by
# `mkdocs build` must be the same files, the HTML differing only in the generator line.
# scripts/test.sh runs it after the Material 9.5 pass; Mermaid must be set up (scripts/setup.sh).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
# shellcheck source=scripts/pinned-venv.sh
source scripts/pinned-venv.sh
export NO_MKDOCS_2_WARNING=1

VENV=.venv-properdocs
REQUIREMENTS=requirements/properdocs.txt
log() { echo "[test-properdocs] $*"; }

pinned_venv "$VENV" "$REQUIREMENTS" test-properdocs
pinned=$("$VENV/bin/python" -c 'from importlib.metadata import version; print(version("properdocs"))')
log "ProperDocs $pinned"
# A newer ProperDocs on the index is news, not a failure: bump the pin and run this again.
newest=$("$VENV/bin/pip" index versions properdocs --disable-pip-version-check 2>/dev/null |
    sed -n 's/^properdocs (\(.*\))$/\1/p' || true)
if [[ -n $newest && $newest != "$pinned" ]]; then
    log "note: properdocs $newest is on the index; update $REQUIREMENTS"
fi
exec "$VENV/bin/python" -m pytest tests/plugin/test_properdocs.py -p no:cacheprovider -q "$@"
