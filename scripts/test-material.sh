#!/usr/bin/env bash
# The tests on the oldest supported Material: `bash scripts/test-material.sh [pytest args...]`.
# Makes .venv-material-9.5 from requirements/material-9.5.txt (PyPI, exact pins; git-ignored)
# and runs every test but the browser ones there: the showcase (tests/plugin/test_repo_docs.py) and
# the small sites of the other tests build with Material 9.5 as they do with 9.8.
# scripts/test.sh runs it after the main suite; Mermaid must be set up (scripts/setup.sh).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
# shellcheck source=scripts/pinned-venv.sh
source scripts/pinned-venv.sh
export NO_MKDOCS_2_WARNING=1

VENV=.venv-material-9.5
REQUIREMENTS=requirements/material-9.5.txt
log() { echo "[test-material] $*"; }

pinned_venv "$VENV" "$REQUIREMENTS" test-material
log "$("$VENV/bin/python" -c 'import material; print("Material", material.__version__)')"
exec "$VENV/bin/python" -m pytest -m "not e2e" --ignore=tests/e2e -p no:cacheprovider -q "$@"
