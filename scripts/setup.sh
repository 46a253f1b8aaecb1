#!/usr/bin/env bash
# Fresh-machine set-up, idempotent: `bash scripts/setup.sh site|test` from any directory.
#   site: .venv with the pinned MkDocs stack + this package (editable), and the pinned Mermaid.
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

MERMAID_VERSION=11.17.2
MERMAID_SHA256=581ed7d74bd9048d0e3a91363927d72ef22942d7722546b27f7cc29e35390eb8
MERMAID_DIR=docs/assets/vendor/mermaid  # git-ignored; mkdocs.yml points mermaid2 at it

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
sha_of() { sha256sum "$1" | cut -d' ' -f1; }
if [[ -f $MERMAID_DIR/mermaid.min.js && $(sha_of "$MERMAID_DIR/mermaid.min.js") == "$MERMAID_SHA256" ]]; then
    log "mermaid: $MERMAID_VERSION present"
else
    log "mermaid: fetching $MERMAID_VERSION (npm pack)"
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    # npm pack downloads just the tarball (no dependencies, no install scripts) and prints its name.
    tgz=$(cd "$tmp" && npm pack --silent "mermaid@$MERMAID_VERSION" | tail -n 1)
    tar -xzf "$tmp/$tgz" -C "$tmp" package/dist/mermaid.min.js package/LICENSE
    got=$(sha_of "$tmp/package/dist/mermaid.min.js")
    if [[ $got != "$MERMAID_SHA256" ]]; then
        echo "[setup $KIND] mermaid: sha256 mismatch: got $got, want $MERMAID_SHA256" >&2
        exit 1
    fi
    mkdir -p "$MERMAID_DIR"
    mv "$tmp/package/LICENSE" "$MERMAID_DIR/LICENSE"
    # Move last, so a present mermaid.min.js always means a complete, verified fetch.
    mv "$tmp/package/dist/mermaid.min.js" "$MERMAID_DIR/mermaid.min.js"
    rm -rf "$tmp"
    trap - EXIT
fi

log "done"
