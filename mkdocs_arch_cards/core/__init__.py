"""The engine-free core: everything arch-cards knows, in the order a build uses it.

It imports nothing from MkDocs, ProperDocs or Zensical; the adapters beside it hand it what
only an engine knows (the file list, URLs, the theme's icons) and call it.

- read:    `yaml_reader` (strict YAML with lines), `frontmatter`, `values`, `problems`;
           `body`, `inline` and `body_meta` read the Markdown body in linear passes.
- adopt:   `adopt` (other formats' keys), `placeholders`, `unknown`, `folders`, `titles`.
- model:   `model` (the typed schema of a design), `designs` (frozen values and settings).
- catalog: `catalog` (sources in, a catalog and problems out), `sources` (the pages an
           adapter hands over, read into a catalog: one reading for every engine), `tags`,
           `registry`, `relations`, `ordering`, `places` (what is served where, and which
           generated pages an author's page replaces), `stale` (which pages show what, for
           `--dirty` builds).
- render:  `render` (own Jinja environment, templates/), `pages` (generated pages and the
           design-page header), `markers` (grids anywhere), `export` (catalog.json),
           `titles` (what a theme may show of a page's meta), `icons` (the theme's SVGs),
           `assets` (the CSS and JS every site is served).
- without an engine: `engine_files` reads a config file and finds pages by MkDocs' rules;
           `site` is a site read with them (options, pages, catalog), for `arch-cards check`
           and for engines that hand over no file list (Zensical).
"""
