#!/usr/bin/env bash
# Fresh-machine set-up, idempotent: `bash scripts/setup.sh site|test` from any directory.
#   site: .venv with the pinned MkDocs stack + this package (editable), and the pinned Mermaid
#         in the package (core/vendor.py fetches it from the npm registry).
#   test: the same plus Debian's Chromium (apt) and the test/lint/type-check pins.
# Network: only PyPI, Debian apt and the npm registry are reachable. Never `playwright install`
# (it downloads from Playwright's CDN and fails); the e2e tests drive /usr/bin/chromium instead.
set -euo pipefail

usage() { echo "usage: $0 site|test" >&2; exit 2; }
[[ $# -eq 1 ]] || usage
KIND=$1
[[ $KIND == site || $KIND == test ]] || usage

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

log() { echo "[setup $KIND] $*"; }

# --- Chromium (test only) ----------------------------------------------------------------------
if [[ $KIND == test ]]; then
    if [[ -x /usr/bin/chromium ]]; then
        log "chromium: present"
    else
        log "chromium: installing from Debian (apt-get)"
        apt-get update -q
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
    fi
fi

# --- Python venv ------------------------------------------------------------------------------
if [[ ! -x .venv/bin/python ]]; then
    log "venv: creating .venv"
    python3 -m venv .venv
fi

# A stamp is fresh when it is newer than every input of the pip step. test.txt includes
# site.txt, so a fresh test stamp also satisfies `site`.
STAMP=.venv/.installed-$KIND
stamp_fresh() {
    [[ -e $1 ]] || return 1
    local f
    for f in pyproject.toml requirements/site.txt requirements/test.txt; do
        [[ $1 -nt $f ]] || return 1
    done
}
if stamp_fresh "$STAMP" || { [[ $KIND == site ]] && stamp_fresh .venv/.installed-test; }; then
    log "pip: up to date"
else
    log "pip: installing requirements/$KIND.txt"
    # Run from the repo root: requirements/site.txt has `-e .`. The grep drops one harmless
    # warning per package from this machine's pip config ("Location 'file:///opt/...' is
    # ignored"); pipefail still fails the script when pip fails.
    .venv/bin/pip install -q --disable-pip-version-check -r "requirements/$KIND.txt" 2>&1 |
        { grep -v "^WARNING: Location '.*' is ignored" || true; }
    touch "$STAMP"
fi

# --- Mermaid, pinned, from the npm registry ---------------------------------------------------
# The package keeps it (git-ignored; the wheel ships it): fetched once, both digests checked.
# The editable install above usually fetched it already (hatch_build.py); this is a no-op then.
fetched=$(.venv/bin/python -m mkdocs_arch_cards.core.vendor)  # one line on failure; set -e stops
log "mermaid: $fetched"

log "done"
