/* mkdocs-arch-cards: the pinned Mermaid served with the site, fetched only by a page that draws one.
 *
 * Material's bundle fetches Mermaid from a CDN unless a `mermaid` global exists when its first
 * diagram mounts (at DOMContentLoaded, or on an instant-navigation swap). This script runs
 * before that on every page and defines one: a stand-in that loads the real file, next to this
 * one, on the first render. Instant navigation keeps the window, so it keeps the stand-in too.
 * A site that loads a Mermaid of its own before this script keeps it.
 */
(() => {
  "use strict";
  const own = window.mermaid;
  if (typeof own !== "undefined" && !(own instanceof Element)) return;
  // The library beside this script, as core/vendor.py's SITE_URI names it (a test holds them).
  const src = new URL("mermaid-11.17.2.min.js", document.currentScript.src).href;
  let settings = null;
  let loading = null;

  const load = () => {
    loading ||= new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = src;
      script.onload = () =>
        window.mermaid === standIn
          ? reject(new Error(`arch-cards: ${src} defined no mermaid`))
          : resolve(window.mermaid);
      script.onerror = () => reject(new Error(`arch-cards: could not load ${src}`));
      document.head.append(script);
    }).then((mermaid) => {
      if (settings) mermaid.initialize(settings); // Material's theme, given before the load
      return mermaid;
    });
    return loading;
  };

  // What Material (and mkdocs-mermaid2's snippets) call; the real file replaces the global.
  const standIn = {
    initialize(options) {
      settings = options;
    },
    parse: (...args) => load().then((mermaid) => mermaid.parse(...args)),
    render: (...args) => load().then((mermaid) => mermaid.render(...args)),
    run: (...args) => load().then((mermaid) => mermaid.run(...args)),
  };
  window.mermaid = standIn;
})();
