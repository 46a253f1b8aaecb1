#!/usr/bin/env bash
# Lint, type-check and test: `bash scripts/test.sh [pytest args...]`, from any directory.
# Sets up .venv, Debian's Chromium (apt, only if missing) and Mermaid first.
# The e2e tests (tests/e2e, marker `e2e`) build this repo's site and drive /usr/bin/chromium;
# deselect them with `-m "not e2e"`. Then scripts/test-material.sh runs the other tests again
# with the oldest supported Material, and scripts/test-properdocs.sh builds the showcase with
# ProperDocs and compares it with the MkDocs build, and scripts/test-zensical.sh does the same
# with Zensical.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$ROOT/scripts/setup.sh" test
cd "$ROOT"
export NO_MKDOCS_2_WARNING=1

step() { echo "[test] $*"; }
step "ruff check"
.venv/bin/ruff check .
step "ruff format --check"
.venv/bin/ruff format --check .
step "mypy mkdocs_arch_cards"
.venv/bin/mypy mkdocs_arch_cards
step "pytest $*"
.venv/bin/python -m pytest "$@"
# The oldest supported Material (9.5) in a venv of its own; the main suite ran on the newest.
# Not given this script's arguments: they may be options of plugins only .venv has.
step "tests on the oldest supported Material"
bash scripts/test-material.sh
step "the showcase under ProperDocs"
bash scripts/test-properdocs.sh
step "the showcase under Zensical"
bash scripts/test-zensical.sh
