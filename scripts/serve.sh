#!/usr/bin/env bash
# Serve the docs site locally with live reload: `bash scripts/serve.sh [mkdocs serve args...]`.
# Address: ARCH_CARDS_ADDR (default 127.0.0.1:8000). Sets up .venv and Mermaid on first run.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$ROOT/scripts/setup.sh" site
cd "$ROOT"
# NO_MKDOCS_2_WARNING silences mkdocs-material's end-of-life / "MkDocs 2.0" banner.
NO_MKDOCS_2_WARNING=1 exec .venv/bin/mkdocs serve -a "${ARCH_CARDS_ADDR:-127.0.0.1:8000}" "$@"
