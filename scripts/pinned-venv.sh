# Sourced by the scripts that test on another stack: `pinned_venv VENV REQUIREMENTS TAG` makes
# VENV (git-ignored) with exactly the pins of REQUIREMENTS, from PyPI, once per change of the
# pins or of pyproject.toml.
pinned_venv() {
    local venv=$1 requirements=$2 tag=$3
    if [[ ! -x $venv/bin/python ]]; then
        echo "[$tag] venv: creating $venv"
        python3 -m venv "$venv"
    fi
    local stamp=$venv/.installed
    if [[ -e $stamp && $stamp -nt $requirements && $stamp -nt pyproject.toml ]]; then
        echo "[$tag] pip: up to date"
    else
        echo "[$tag] pip: installing $requirements"
        # See scripts/setup.sh for the grep: one harmless warning per package from the pip config.
        "$venv/bin/pip" install -q --disable-pip-version-check -r "$requirements" 2>&1 |
            { grep -v "^WARNING: Location '.*' is ignored" || true; }
        touch "$stamp"
    fi
}
