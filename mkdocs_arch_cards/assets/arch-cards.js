/* mkdocs-arch-cards: filter a card grid in place, with the state in the URL.
 *
 * Progressive enhancement: without this script every card shows and every chip links to its
 * tag page. Cards that do not match are taken out of the grid; the first screenful of matches
 * goes back at once and the rest over the next frames (see bench/bench_browser.py). The script
 * writes text with textContent only: nothing from the URL or the page ever becomes markup. Its
 * words come from the templates (data-* attributes), so that a site can change them. It runs on each page Material shows (document$, so also after an
 * instant navigation) or once on a theme without it.
 */
(function () {
  "use strict";

  // A site that lists this script itself loads it twice: one copy binds, so a click toggles once.
  if (window.archCardsLoaded) return;
  window.archCardsLoaded = true;

  var KEYS = ["tags", "op", "category", "status", "text"];
  // Cards shown at once after a change (more than a screen holds); the rest follow, a batch a
  // frame, so bringing back hundreds of cards never blocks one frame for long.
  var FIRST_CARDS = 24;
  var CARDS_PER_FRAME = 60;
  var bars = [];
  var timelines = [];
  var expanders = {};

  // The grid's query language is the core's (core/query.py): the cards and buttons carry the
  // names each design and choice answers to, folded by the core; this script folds a URL's
  // values with the same function and only compares.
  // JavaScript's \s, spelt out as core/query.py spells it.
  var SPACES = /[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/;

  // query.fold: lower case, composed, hyphens and runs of spaces as one space.
  function fold(text) {
    return text.replace(/-/g, " ").toLowerCase().normalize("NFC")
      .split(SPACES).filter(Boolean).join(" ");
  }

  // query.Terms.parse: folded names wanted, and those a leading ! excludes.
  function terms(values) {
    var include = [];
    var exclude = [];
    values.forEach(function (value) {
      var excluded = value.charAt(0) === "!";
      var name = fold(excluded ? value.slice(1) : value);
      if (name) (excluded ? exclude : include).push(name);
    });
    return { include: include, exclude: exclude };
  }

  // query.Terms.allows
  function allows(terms, names, every) {
    var has = function (name) { return names.indexOf(name) >= 0; };
    if (terms.exclude.some(has)) return false;
    if (!terms.include.length) return true;
    return every ? terms.include.every(has) : terms.include.some(has);
  }

  // The text the script writes, in the page's language (core/i18n.py): each part reads the JSON
  // of its element's data-arch-strings; English per key where it has none (a site's template).
  // tests/core/test_i18n.py checks this table against the catalog.
  var ENGLISH = {
    "designs": {
      "one": "{count} design",
      "other": "{count} designs"
    },
    "shown_of": {
      "one": "{shown} of {count} design",
      "other": "{shown} of {count} designs"
    },
    "filters_on": "{count} on",
    "view_diagram": "View diagram",
    "problem": "Problem Solved",
    "more_chips": "+{count} more",
    "more_chips_title": "Every technology of this design",
    "diagram": "Diagram",
    "diagram_full": "Diagram, full screen",
    "full_screen": "Full screen",
    "zoom_out": "Zoom out",
    "zoom_in": "Zoom in",
    "fit_label": "Fit the whole diagram",
    "fit": "Fit",
    "diagram_keys": "+ and - zoom, 0 fits the whole diagram, arrow keys move, Enter opens full screen, Esc leaves it"
  };

  function Said(element) {
    var given = json(element ? element.getAttribute("data-arch-strings") : null);
    this.strings = given.s && typeof given.s === "object" ? given.s : {};
    try {
      this.plural = new Intl.PluralRules(typeof given.lang === "string" ? given.lang : "en");
    } catch (error) {
      this.plural = new Intl.PluralRules("en");
    }
  }

  // A string with its {placeholders} filled in; `count` picks the plural form.
  Said.prototype.say = function (key, count, values) {
    var own = Object.prototype.hasOwnProperty.call(this.strings, key);
    var text = own ? this.strings[key] : ENGLISH[key];
    if (text && typeof text === "object") {
      var form = (own ? this.plural : new Intl.PluralRules("en")).select(count || 0);
      text = typeof text[form] === "string" ? text[form] : text.other;
    }
    var given = values || {};
    given.count = count;
    return String(text || "").replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(given, name) ? String(given[name]) : whole;
    });
  };

  // JSON the core wrote; anything else is nothing.
  function json(text) {
    try {
      var value = JSON.parse(text || "null");
      return value && typeof value === "object" ? value : {};
    } catch (error) {
      return {};
    }
  }

  // Names the core wrote as JSON into a data attribute; anything else is no name.
  function names(element) {
    return json(element.getAttribute("data-arch-names"));
  }

  // The names a card answers to: its tags by their index in the filter bar (each button carries
  // its tag's names), its category and status by value; a card of an overridden template may
  // still carry them all itself (data-arch-names).
  function cardNames(card, tagNames, facets) {
    if (card.hasAttribute("data-arch-names")) return names(card);
    var found = { tags: [] };
    (card.getAttribute("data-arch-tags") || "").split(" ").forEach(function (index) {
      found.tags = found.tags.concat(tagNames[index] || []);
    });
    ["category", "status"].forEach(function (facet) {
      var known = facets[facet] || {};
      var value = card.getAttribute("data-" + facet) || "";
      found[facet] = value && Object.prototype.hasOwnProperty.call(known, value) ? known[value] : [];
    });
    return found;
  }

  function strings(value) {
    return Array.isArray(value) ? value.filter(function (v) { return typeof v === "string"; }) : [];
  }

  function list(params, name) {
    return (params.get(name) || "")
      .split(",")
      .map(function (value) { return value.trim(); })
      .filter(Boolean);
  }

  // A bar's state is in the URL: the first bar of a page under the plain names (the links
  // other pages make), each other bar's under its grid's id without "arch-" and a dot
  // (`grid-2.tags=go`), so that two grids keep their own filters.
  function stateFromUrl(prefix) {
    var params = new URLSearchParams(window.location.search);
    return {
      tags: list(params, prefix + "tags"),
      op: params.get(prefix + "op") === "and" ? "and" : "or",
      category: list(params, prefix + "category"),
      status: list(params, prefix + "status"),
      // Not `q`: Material opens its search for `?q=` on any page.
      text: (params.get(prefix + "text") || "").trim()
    };
  }

  function urlFor(state, prefix) {
    var params = new URLSearchParams(window.location.search);
    KEYS.forEach(function (key) { params.delete(prefix + key); });
    if (state.tags.length) params.set(prefix + "tags", state.tags.join(","));
    if (state.op === "and") params.set(prefix + "op", "and");
    if (state.category.length) params.set(prefix + "category", state.category.join(","));
    if (state.status.length) params.set(prefix + "status", state.status.join(","));
    if (state.text) params.set(prefix + "text", state.text);
    var query = params.toString().replace(/%2C/g, ",");
    return window.location.pathname + (query ? "?" + query : "") + window.location.hash;
  }

  function words(text) {
    var folded = fold(text);
    return folded ? folded.split(" ") : [];
  }

  // Wide screens open the facets at once; a phone shows the text box, the facets' toggle and
  // the first cards on its first screen. Material's tablet breakpoint.
  var WIDE = "(min-width: 45em)";

  // A bar filters its own grid and the grids below it that say so (data-arch-joined), each a
  // section: its cards, the script's cards still to build, and its heading, hidden when none
  // of its cards match.
  function Bar(element, prefix) {
    var grid = document.getElementById(element.getAttribute("data-arch-filter"));
    this.element = element;
    this.said = new Said(element);
    this.prefix = prefix;
    this.input = element.querySelector("input[name=text]");
    this.result = element.querySelector("[data-arch-result]");
    this.empty = element.querySelector("[data-arch-empty]");
    this.facets = element.querySelector("[data-arch-facets]");
    this.on = element.querySelector("[data-arch-on]");
    this.skip = element.querySelector("a.arch-filter__skip");
    this.buttons = Array.prototype.slice.call(element.querySelectorAll("button[data-facet]"));
    this.ops = Array.prototype.slice.call(element.querySelectorAll("button[data-op]"));
    this.tagNames = this.buttons.filter(function (b) {
      return b.getAttribute("data-facet") === "tags";
    }).map(function (b) { return strings(names(b)); });
    this.names = names(element);
    this.cards = [];
    this.grid = grid;
    this.sections = [grid].concat(joined(grid)).map(function (each, index) {
      var more = expanders[each.id] || null; // cards the script has still to build
      if (more) {
        more.bar = this;
        more.section = index;
      }
      var heading = index ? each.previousElementSibling : null;
      return {
        grid: each,
        more: more,
        heading: heading && /^H[2-6]$/.test(heading.tagName) ? heading : null
      };
    }, this);
    this.sections.forEach(function (section, index) {
      this.add(section.grid.querySelectorAll(".arch-card"), index);
    }, this);
    this.state = stateFromUrl(prefix);
    if (this.facets) this.facets.open = window.matchMedia(WIDE).matches;
    this.wire();
    element.hidden = false;
    // A grid as the page has it shows every card: only a filter from the URL changes it.
    if (this.filtered()) this.show(); else this.count();
  }

  // The grids after `grid` that its bar filters: each marked, up to the next bar.
  function joined(grid) {
    var found = [];
    var after = false;
    var all = document.querySelectorAll("[data-arch-filter], .arch-cards[data-arch-joined]");
    for (var i = 0; i < all.length; i++) {
      if (all[i].hasAttribute("data-arch-filter")) {
        if (after) break;
        after = all[i].getAttribute("data-arch-filter") === grid.id;
      } else if (after) {
        found.push(all[i]);
      }
    }
    return found;
  }

  Bar.prototype.add = function (cards, section) {
    Array.prototype.forEach.call(cards, function (card) {
      // query.search_text: the texts the card shows, and every name of its tags.
      var parts = card.querySelectorAll(
        ".arch-card__title, .arch-card__summary, .arch-card__problem p:last-child"
      );
      var text = Array.prototype.map.call(parts, function (part) { return part.textContent; });
      var known = cardNames(card, this.tagNames, this.names);
      var tags = strings(known.tags);
      this.cards.push({
        element: card,
        section: section,
        tags: tags,
        category: strings(known.category),
        status: strings(known.status),
        text: fold(text.concat(tags).join(" "))
      });
    }, this);
    if (!this.touched && this.result) this.count();
  };

  Bar.prototype.filtered = function () {
    var state = this.state;
    return state.tags.length > 0 || state.category.length > 0 || state.status.length > 0 ||
      state.text !== "";
  };

  Bar.prototype.wire = function () {
    var bar = this;
    this.buttons.forEach(function (button) {
      button.addEventListener("click", function () { bar.toggle(button); });
    });
    this.ops.forEach(function (button) {
      button.addEventListener("click", function () {
        bar.change({ op: button.getAttribute("data-op") }, true);
      });
    });
    this.input.addEventListener("input", function () {
      bar.change({ text: bar.input.value.trim() }, false);
    });
    Array.prototype.forEach.call(this.element.querySelectorAll("[data-arch-clear]"), function (b) {
      b.addEventListener("click", function () {
        bar.change({ tags: [], op: "or", category: [], status: [], text: "" }, true);
        bar.input.focus();
      });
    });
    // "Skip to results" lands on the grid: the next Tab is the first card's first link.
    if (this.skip) {
      this.grid.tabIndex = -1;
      this.skip.addEventListener("click", function (event) {
        event.preventDefault(); // no hash in the URL
        event.stopPropagation(); // Material's instant navigation would scroll and move focus
        bar.grid.focus({ preventScroll: true });
        bar.grid.scrollIntoView({ block: "start" });
      });
    }
    // A chip on a card filters this grid instead of leaving for the tag page.
    this.sections.forEach(function (section) {
      section.grid.addEventListener("click", function (event) { bar.chip(event); });
    });
  };

  Bar.prototype.chip = function (event) {
    var chip = event.target.closest ? event.target.closest("a.md-tag[data-arch-tag]") : null;
    if (!chip || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    var value = chip.getAttribute("data-arch-tag");
    if (!value) return;
    event.preventDefault();
    event.stopPropagation(); // Material's instant navigation would follow the link anyway
    var button = this.buttons.filter(function (b) {
      return b.getAttribute("data-facet") === "tags" && b.getAttribute("data-value") === value;
    })[0];
    if (button && !this.pressed(button)) this.toggle(button);
    else if (!button && this.state.tags.indexOf(value) < 0) {
      this.change({ tags: this.state.tags.concat([value]) }, true);
    }
    this.element.scrollIntoView({ block: "start" });
  };

  // The values of the state's `facet` that name a choice (wanted, or with `!`, excluded).
  Bar.prototype.naming = function (facet, choices, excluded) {
    return this.state[facet].filter(function (value) {
      var negated = value.charAt(0) === "!";
      return negated === excluded && choices.indexOf(fold(negated ? value.slice(1) : value)) >= 0;
    });
  };

  Bar.prototype.pressed = function (button) {
    var facet = button.getAttribute("data-facet");
    var choices = strings(names(button));
    return this.naming(facet, choices, false).length > 0 && !this.naming(facet, choices, true).length;
  };

  // A pressed choice is taken out of the query, under whatever name the URL gave it; another
  // is put in by its value, and any `!` excluding it goes.
  Bar.prototype.toggle = function (button) {
    var facet = button.getAttribute("data-facet");
    var choices = strings(names(button));
    var on = this.pressed(button);
    var dropped = this.naming(facet, choices, false).concat(this.naming(facet, choices, true));
    var values = this.state[facet].filter(function (value) { return dropped.indexOf(value) < 0; });
    if (!on) values.push(button.getAttribute("data-value"));
    var change = {};
    change[facet] = values;
    this.change(change, true);
  };

  Bar.prototype.change = function (change, push) {
    var state = {};
    KEYS.forEach(function (key) { state[key] = key in change ? change[key] : this.state[key]; }, this);
    this.state = state;
    var url = urlFor(state, this.prefix);
    // Toggles are steps the back button should undo; typing replaces the current entry.
    if (push) window.history.pushState(null, "", url); else window.history.replaceState(null, "", url);
    this.show();
    // A timeline on the page reads the same words in the URL (?category=, ?tags=): it follows.
    if (!this.prefix) timelines.forEach(function (timeline) { timeline.show(); });
  };

  Bar.prototype.reveal = function (grid, cards, generation) {
    var bar = this;
    if (cards.length) grid.setAttribute("data-arch-pending", String(cards.length));
    else grid.removeAttribute("data-arch-pending");
    if (!cards.length) return;
    window.requestAnimationFrame(function () {
      if (bar.generation !== generation) return; // a newer change decides what shows
      grid.append.apply(grid, cards.splice(0, CARDS_PER_FRAME));
      bar.reveal(grid, cards, generation);
    });
  };

  // query.Query.matches
  Bar.prototype.matches = function (card, query) {
    return allows(query.tags, card.tags, query.op === "and") &&
      allows(query.category, card.category) &&
      allows(query.status, card.status) &&
      query.words.every(function (word) { return card.text.indexOf(word) >= 0; });
  };

  Bar.prototype.show = function () {
    // A filter looks at every design.
    this.sections.forEach(function (section) { if (section.more) section.more.finish(); });
    this.touched = true;
    var state = this.state;
    var query = {
      tags: terms(state.tags),
      op: state.op,
      category: terms(state.category),
      status: terms(state.status),
      words: words(state.text)
    };
    var matching = this.sections.map(function () { return []; });
    for (var i = 0; i < this.cards.length; i++) {
      var card = this.cards[i];
      if (this.matches(card, query)) matching[card.section].push(card.element);
    }
    var shown = 0;
    // Cards that do not match leave the grid rather than being hidden in it: restyling
    // hundreds of hidden cards cost more than a frame, taking them out costs almost nothing.
    this.generation = (this.generation || 0) + 1;
    this.sections.forEach(function (section, index) {
      var found = matching[index];
      shown += found.length;
      section.grid.replaceChildren.apply(section.grid, found.slice(0, FIRST_CARDS));
      this.reveal(section.grid, found.slice(FIRST_CARDS), this.generation);
      if (section.heading) section.heading.hidden = index > 0 && !found.length;
    }, this);
    // Only what changed is written: each write makes the browser restyle that button.
    var on = 0;
    this.buttons.forEach(function (button) {
      var pressed = this.pressed(button);
      if (pressed) on += 1;
      press(button, pressed);
    }, this);
    this.ops.forEach(function (button) {
      press(button, button.getAttribute("data-op") === state.op);
    });
    if (this.on) {
      this.on.textContent = this.said.say("filters_on", on);
      this.on.hidden = !on;
    }
    if (this.input.value.trim() !== state.text) this.input.value = state.text;
    this.count(shown);
  };

  // Without a filter every design shows, those the script has still to build included.
  Bar.prototype.count = function (shown) {
    var total = this.cards.length;
    this.sections.forEach(function (section) { if (section.more) total += section.more.left(); });
    if (shown === undefined) shown = total;
    this.result.textContent = shown === total
      ? this.said.say("designs", total)
      : this.said.say("shown_of", total, { shown: shown });
    this.empty.hidden = shown !== 0;
  };

  /* A big grid's later cards (core/compact.py): data with short keys, tags, categories and
   * statuses as indices into the server-rendered parts in the grid's <template>. Each card is
   * built as card.html writes it (the same elements, classes, attributes and line breaks), its
   * texts with textContent and its chips, category and badges as copies of those parts, so it
   * is the card the server would have written. They are built a batch per task after the first
   * paint, and all at once before a filter looks at them. */
  // 40 cards a task: tasks of about 50 ms on the loaded 2-core bench machine (100 made 60-110 ms).
  var CARDS_PER_TASK = 40;

  function Expander(grid, data, parts, note) {
    var content = parts.content;
    var base = content.querySelector("[data-arch-base]");
    this.grid = grid;
    this.note = note;
    this.data = data;
    this.said = new Said(parts);
    this.rows = Array.isArray(data.cards) ? data.cards : [];
    this.next = 0;
    this.bar = null;
    this.section = 0; // which of its bar's grids this is
    // Links are relative to the page; an engine that moves links (Zensical) moves this one too,
    // and may write "./" as ".././" on a page one folder down: a "." part says nothing.
    this.base = ((base && base.getAttribute("href")) || "").split("/")
      .filter(function (step) { return step !== "."; }).join("/");
    this.tags = content.querySelectorAll(".arch-card__tags > a.md-tag[data-arch-tag]");
    this.categories = content.querySelectorAll("a.arch-card__category");
    this.statuses = content.querySelectorAll(".arch-badge[data-status]");
    this.review = content.querySelector(".arch-badge--review");
    this.draft = content.querySelector(".arch-badge--draft");
  }

  Expander.prototype.left = function () {
    return this.rows.length - this.next;
  };

  Expander.prototype.href = function (value) {
    return this.base + (typeof value === "string" ? value : "");
  };

  // Children laid out as the template writes them: each on a line of its own.
  function fill(parent, children) {
    parent.append("\n");
    children.forEach(function (child) { if (child) parent.append(child, "\n"); });
    return parent;
  }

  function link(name, href, text) {
    var element = document.createElement("a");
    if (name) element.className = name;
    element.setAttribute("href", href);
    element.textContent = text;
    return element;
  }

  function copy(list, index) {
    var element = typeof index === "number" ? list[index] : null;
    return element ? element.cloneNode(true) : null;
  }

  Expander.prototype.card = function (row) {
    var data = this.data;
    var href = this.href(row.h);
    var status = typeof row.x === "number" && Array.isArray(data.status) ? data.status[row.x] : null;
    var category = typeof row.c === "number" && Array.isArray(data.category)
      ? data.category[row.c] : null;
    var tags = Array.isArray(row.g) ? row.g.filter(function (i) { return typeof i === "number"; }) : [];
    var article = part("article", "card arch-card" + (status && status[1] ? " arch-card--retired" : ""));
    if (data.filters) article.setAttribute("data-arch-tags", tags.join(" "));
    article.setAttribute("data-category", typeof category === "string" ? category : "");
    article.setAttribute("data-status", status ? String(status[0]) : "");
    var children = [];
    if (category !== null || row.d) {
      children.push(fill(part("div", "arch-card__head"), [
        category !== null ? copy(this.categories, row.c) : null,
        row.d
          ? link("arch-card__diagram", href + "#arch-diagram", this.said.say("view_diagram"))
          : null
      ]));
    }
    var heading = part(/^h[2-6]$/.test(data.heading) ? data.heading : "h2", "arch-card__title");
    heading.appendChild(link(null, href, String(row.t || "")));
    children.push(heading);
    if (status || row.r || row.f) {
      children.push(fill(part("div", "arch-badges"), [
        status ? copy(this.statuses, row.x) : null,
        row.r && this.review ? this.review.cloneNode(true) : null,
        row.f && this.draft ? this.draft.cloneNode(true) : null
      ]));
    }
    if (typeof row.s === "string") {
      children.push(part("p", "arch-card__summary"));
      children[children.length - 1].textContent = row.s;
    }
    if (typeof row.p === "string") {
      var problem = document.createElement("p");
      problem.textContent = row.p;
      var label = part("p", "arch-card__label");
      label.textContent = this.said.say("problem");
      children.push(fill(part("div", "arch-card__problem"), [label, problem]));
    }
    if (tags.length) {
      var shown = typeof data.chips === "number" ? data.chips : tags.length;
      var chips = tags.slice(0, shown).map(function (i) { return copy(this.tags, i); }, this);
      if (!data.filters) chips.forEach(function (chip) { if (chip) this.retarget(chip); }, this);
      if (tags.length > shown) {
        var left = tags.length - shown;
        var more = link("md-tag arch-card__more", href, this.said.say("more_chips", left));
        more.setAttribute("title", this.said.say("more_chips_title"));
        chips.push(more);
      }
      children.push(fill(part("div", "md-tags arch-card__tags"), chips));
    }
    return fill(article, children);
  };

  // A chip outside a filtered grid opens the grid filtered by its tag.
  Expander.prototype.retarget = function (chip) {
    retarget(chip, this.grid.getAttribute("data-arch-grid-href"));
  };

  function retarget(chip, grid) {
    var value = chip.getAttribute("data-arch-tag");
    if (grid && value) chip.setAttribute("href", grid + "?tags=" + encodeURIComponent(value));
  }

  Expander.prototype.build = function (count) {
    var made = [];
    var end = Math.min(this.rows.length, this.next + count);
    for (; this.next < end; this.next++) {
      var row = this.rows[this.next];
      if (row && typeof row === "object") made.push(this.card(row));
    }
    made.forEach(function (card) { this.grid.append(card, "\n"); }, this);
    if (this.bar) this.bar.add(made, this.section);
    if (!this.left() && this.note) this.note.hidden = true;
  };

  Expander.prototype.finish = function () {
    this.build(this.rows.length);
  };

  // After the first paint, a batch per task, so the page answers input in between.
  Expander.prototype.start = function () {
    var expander = this;
    function step() {
      if (!expander.left() || !expander.grid.isConnected) return;
      expander.build(CARDS_PER_TASK);
      window.setTimeout(step, 0);
    }
    window.requestAnimationFrame(function () { window.setTimeout(step, 0); });
  };

  function expandable() {
    var found = {};
    Array.prototype.forEach.call(document.querySelectorAll("script[data-arch-data]"), function (s) {
      var id = s.getAttribute("data-arch-data");
      var grid = document.getElementById(id);
      var parts = document.querySelector('template[data-arch-parts="' + id + '"]');
      if (!grid || !parts || grid.hasAttribute("data-arch-expanded")) return;
      grid.setAttribute("data-arch-expanded", "");
      var note = document.querySelector('[data-arch-more="' + id + '"]');
      found[id] = new Expander(grid, json(s.textContent), parts, note);
    });
    return found;
  }

  /* Diagrams: zoom, pan and full screen. The platform does the work: CSS `zoom` scales the
   * drawing in layout, so the view's own scrolling pans it (touch, wheel, scrollbars, arrow
   * keys) while a vertical swipe still scrolls the page, and the browser's pinch zoom stays on;
   * full screen is a modal <dialog> (focus kept inside, the page behind inert, Esc closes it).
   * Material draws each diagram in a closed shadow root, so only its host is ever sized. */
  var ZOOM_STEP = 1.25;
  var ZOOM_MIN = 0.1;
  var ZOOM_MAX = 4;
  // Mermaid writes labels at 16 px. Inline, a diagram is not shrunk below 12 px text: a wider
  // one opens at that scale and scrolls sideways; "Fit" and full screen show it whole.
  var LEGIBLE = 0.75;
  // Keys of a focused diagram (said by "diagram_keys"): Material binds none of them (it binds
  // f, s, /, p, ",", n, ".").
  var diagramCount = 0;

  function part(tag, name) {
    var element = document.createElement(tag);
    element.className = name;
    return element;
  }

  function button(label, text, action) {
    var element = part("button", "arch-diagram__tool");
    element.type = "button";
    element.setAttribute("aria-label", label);
    element.title = label;
    element.textContent = text;
    element.addEventListener("click", action);
    return element;
  }

  // The drawn diagram's host: Material's shadow host (no light children) or mermaid2's <div>
  // holding its SVG; before Mermaid has drawn, the source text is there and nothing is sized.
  function drawing(stage) {
    var host = stage.querySelector("div.mermaid");
    return host && (!host.firstChild || host.querySelector("svg")) ? host : null;
  }

  // The drawing's size at zoom 1, read from its host alone: the SVG is drawn at most as wide as
  // it is and keeps its aspect ratio, so heights at two narrow widths give the slope (height
  // per width) and the constant gap under an inline SVG.
  function naturalSize(stage, host) {
    var style = stage.style;
    var saved = [style.width, style.zoom];
    var spill = 0;
    style.zoom = "1";
    var heights = [50, 100, 1e5].map(function (width) {
      style.width = width + "px";
      spill = Math.max(spill, host.scrollWidth);
      return host.getBoundingClientRect().height;
    });
    style.width = saved[0];
    style.zoom = saved[1];
    var slope = (heights[1] - heights[0]) / 50;
    if (!(slope > 0.001)) return { width: Math.min(spill, 1e5), height: heights[2] }; // fixed width
    var gap = heights[0] - 50 * slope;
    return { width: (heights[2] - gap) / slope, height: heights[2] };
  }

  function Diagram(frame) {
    var diagram = this;
    var said = new Said(frame);
    var help = part("span", "arch-diagram__help");
    help.id = "arch-diagram-help-" + ++diagramCount;
    help.textContent = said.say("diagram_keys");
    this.frame = frame;
    this.stage = part("div", "arch-diagram__stage");
    while (frame.firstChild) this.stage.appendChild(frame.firstChild);
    this.view = part("div", "arch-diagram__view");
    this.view.appendChild(this.stage);
    this.view.tabIndex = 0;
    this.view.setAttribute("role", "group");
    this.view.setAttribute("aria-label", said.say("diagram"));
    this.view.setAttribute("aria-describedby", help.id);
    this.level = part("span", "arch-diagram__level");
    var full = said.say("full_screen");
    this.full = button(full, full, function () { diagram.toggleFull(); });
    this.full.setAttribute("aria-pressed", "false");
    this.tools = part("div", "arch-diagram__tools");
    this.tools.setAttribute("role", "toolbar");
    this.tools.setAttribute("aria-label", said.say("diagram"));
    this.tools.append(
      help,
      this.level,
      button(said.say("zoom_out"), "\u2212", function () { diagram.zoom(1 / ZOOM_STEP); }),
      button(said.say("zoom_in"), "+", function () { diagram.zoom(ZOOM_STEP); }),
      button(said.say("fit_label"), said.say("fit"), function () { diagram.whole(); }),
      this.full
    );
    this.dialog = part("dialog", "arch-diagram__dialog");
    this.dialog.setAttribute("aria-label", said.say("diagram_full"));
    frame.append(this.tools, this.view, this.dialog);
    this.size = null;
    this.scale = 1;
    this.chosen = false; // a reader's zoom is kept; otherwise the diagram follows its room
    this.room = "";
    this.wire();
    this.layout();
  }

  Diagram.prototype.wire = function () {
    var diagram = this;
    var view = this.view;
    view.addEventListener("keydown", function (event) { diagram.key(event); });
    view.addEventListener("wheel", function (event) {
      if (!event.ctrlKey) return; // plain scrolling stays the page's; a trackpad pinch is Ctrl
      event.preventDefault();
      var delta = Math.max(-100, Math.min(100, event.deltaY * (event.deltaMode ? 40 : 1)));
      var box = view.getBoundingClientRect();
      diagram.zoom(Math.pow(ZOOM_STEP, -delta / 100), event.clientX - box.left,
        event.clientY - box.top);
    }, { passive: false });
    view.addEventListener("pointerdown", function (event) { diagram.drag(event); });
    view.addEventListener("scroll", function () { diagram.edges(); }, { passive: true });
    // Inside full screen no key reaches Material's shortcuts, which act on the page behind.
    this.dialog.addEventListener("keydown", function (event) { event.stopPropagation(); });
    this.dialog.addEventListener("close", function () { diagram.closed(); });
    // Mermaid draws after this script runs (and mermaid2 redraws): size the diagram then.
    new MutationObserver(function () {
      diagram.size = null;
      diagram.layout();
    }).observe(this.stage, { childList: true, subtree: true });
    if (window.ResizeObserver) {
      new ResizeObserver(function () {
        window.requestAnimationFrame(function () { diagram.resized(); });
      }).observe(view);
    }
  };

  // The scale that shows the whole diagram in the view's room (`legible`: not below 12 px text).
  Diagram.prototype.fit = function (legible) {
    var style = window.getComputedStyle(this.view);
    var width = this.view.clientWidth - parseFloat(style.paddingLeft) -
      parseFloat(style.paddingRight);
    var height = this.view.clientHeight - parseFloat(style.paddingTop) -
      parseFloat(style.paddingBottom);
    if (this.dialog.open) {
      return Math.min(width / this.size.width, height / this.size.height);
    }
    var whole = Math.min(1, width / this.size.width);
    return legible ? Math.min(1, Math.max(whole, LEGIBLE)) : whole;
  };

  Diagram.prototype.layout = function () {
    var host = drawing(this.stage);
    if (!host) return;
    if (!this.size) this.size = naturalSize(this.stage, host);
    this.frame.classList.add("arch-diagram--drawn");
    if (this.chosen) return;
    this.show(this.fit(true));
    // A wide flow reads from its start; anything else opens on its middle.
    var view = this.view;
    var spare = view.scrollWidth - view.clientWidth;
    view.scrollLeft = this.size.width > 2 * this.size.height ? 0 : spare / 2;
    view.scrollTop = (view.scrollHeight - view.clientHeight) / 2;
    this.edges();
  };

  Diagram.prototype.resized = function () {
    var room = this.view.clientWidth + "x" + (this.dialog.open ? this.view.clientHeight : "");
    if (room !== this.room) {
      this.room = room;
      this.layout();
    }
    this.edges();
  };

  // Zoom to `scale`, keeping the point at (x, y) of the view (its centre by default) in place.
  Diagram.prototype.show = function (scale, x, y) {
    var view = this.view;
    if (x === undefined) {
      x = view.clientWidth / 2;
      y = view.clientHeight / 2;
    }
    var left = (view.scrollLeft + x) / this.scale;
    var top = (view.scrollTop + y) / this.scale;
    this.scale = Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, scale));
    this.stage.style.width = this.size.width + "px";
    this.stage.style.zoom = String(this.scale);
    view.scrollLeft = left * this.scale - x;
    view.scrollTop = top * this.scale - y;
    this.level.textContent = Math.round(this.scale * 100) + "%";
    this.edges();
  };

  Diagram.prototype.zoom = function (factor, x, y) {
    if (!this.size) return;
    this.chosen = true;
    this.show(this.scale * factor, x, y);
  };

  Diagram.prototype.whole = function () {
    if (!this.size) return;
    this.chosen = true;
    this.show(this.fit(false));
  };

  // Classes that show the parts out of view and whether dragging can move the drawing.
  Diagram.prototype.edges = function () {
    var view = this.view;
    var list = this.frame.classList;
    var wide = view.scrollWidth - view.clientWidth;
    list.toggle("arch-diagram--more-left", view.scrollLeft > 1);
    list.toggle("arch-diagram--more-right", view.scrollLeft < wide - 1);
    list.toggle("arch-diagram--movable", wide > 1 || view.scrollHeight - view.clientHeight > 1);
  };

  Diagram.prototype.toggleFull = function () {
    if (this.dialog.open) {
      this.dialog.close();
      return;
    }
    this.dialog.append(this.tools, this.view);
    this.dialog.showModal();
    document.documentElement.classList.add("arch-diagram-open");
    press(this.full, true);
    this.chosen = false;
    this.layout();
    this.view.focus();
  };

  // However the dialog closed (Esc, the button), the diagram goes back into the page.
  Diagram.prototype.closed = function () {
    this.frame.insertBefore(this.tools, this.dialog);
    this.frame.insertBefore(this.view, this.dialog);
    document.documentElement.classList.remove("arch-diagram-open");
    press(this.full, false);
    this.chosen = false;
    this.layout();
    this.full.focus();
  };

  Diagram.prototype.key = function (event) {
    if (event.target !== this.view || event.ctrlKey || event.metaKey || event.altKey) return;
    var diagram = this;
    var actions = {
      "+": function () { diagram.zoom(ZOOM_STEP); },
      "=": function () { diagram.zoom(ZOOM_STEP); },
      "-": function () { diagram.zoom(1 / ZOOM_STEP); },
      "0": function () { diagram.whole(); },
      "Enter": function () { if (!diagram.dialog.open) diagram.toggleFull(); }
    };
    var action = actions[event.key];
    if (!action) return; // arrow keys scroll the view natively
    event.preventDefault();
    event.stopPropagation(); // Material's shortcuts listen on the window
    action();
  };

  // A mouse drags the drawing; touch and pens scroll it natively.
  Diagram.prototype.drag = function (event) {
    var view = this.view;
    if (event.pointerType !== "mouse" || event.button !== 0) return;
    if (!this.frame.classList.contains("arch-diagram--movable")) return;
    event.preventDefault(); // no text selection; focus is given by hand
    view.focus({ preventScroll: true });
    var lastX = event.clientX;
    var lastY = event.clientY;
    view.setPointerCapture(event.pointerId);
    function move(moved) {
      view.scrollLeft -= moved.clientX - lastX;
      view.scrollTop -= moved.clientY - lastY;
      lastX = moved.clientX;
      lastY = moved.clientY;
    }
    function stop() {
      view.removeEventListener("pointermove", move);
      view.removeEventListener("pointerup", stop);
      view.removeEventListener("pointercancel", stop);
    }
    view.addEventListener("pointermove", move);
    view.addEventListener("pointerup", stop);
    view.addEventListener("pointercancel", stop);
  };

  function press(button, on) {
    var value = on ? "true" : "false";
    if (button.getAttribute("aria-pressed") !== value) button.setAttribute("aria-pressed", value);
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll(".arch-diagram"), function (frame) {
      if (!frame.hasAttribute("data-arch-ready")) {
        frame.setAttribute("data-arch-ready", "");
        new Diagram(frame);
      }
    });
    expanders = expandable();
    bars = bars.filter(function (bar) { return bar.element.isConnected; });
    Array.prototype.forEach.call(document.querySelectorAll("[data-arch-filter]"), function (el, i) {
      if (el.hasAttribute("data-arch-ready")) return; // bound once, however often this runs
      el.setAttribute("data-arch-ready", "");
      var prefix = i ? el.getAttribute("data-arch-filter").replace(/^arch-/, "") + "." : "";
      bars.push(new Bar(el, prefix));
    });
    // Elsewhere, a chip opens the grid page filtered by its tag, if that page has a filter bar
    // (the server writes data-arch-grid-href then); its tag page stays its fallback.
    Array.prototype.forEach.call(document.querySelectorAll("a.md-tag[data-arch-tag]"), function (chip) {
      var filtered = bars.some(function (bar) {
        return bar.sections.some(function (section) { return section.grid.contains(chip); });
      });
      var home = chip.closest("[data-arch-grid-href]");
      if (!filtered && home) retarget(chip, home.getAttribute("data-arch-grid-href"));
    });
    Object.keys(expanders).forEach(function (id) { expanders[id].start(); });
    startTimelines();
  }

  /* The decision timeline (timeline.html): its filter links open a category's or a tag's page
   * without this script; with it they filter the timeline in place, with the grid's URL
   * parameters (?category=, ?tags=, a leading ! excludes). Text only through textContent and
   * attributes; each timeline is set up once, however often the script runs.
   */
  var FACETS = ["category", "tags"];

  function Timeline(root) {
    var self = this;
    this.root = root;
    this.choices = Array.prototype.slice.call(root.querySelectorAll("a[data-arch-facet]"));
    this.entries = Array.prototype.slice.call(root.querySelectorAll(".arch-timeline__entry"));
    // No prototype: a URL's ?tags=constructor names nothing (it named Object, and threw).
    this.names = { category: Object.create(null), tags: Object.create(null) };
    this.jumps = {};  // a year's link in the list of years, by year
    Array.prototype.forEach.call(root.querySelectorAll("[data-arch-jump]"), function (jump) {
      self.jumps[jump.getAttribute("data-arch-jump")] = jump;
    });
    this.choices.forEach(function (choice) {
      var facet = choice.getAttribute("data-arch-facet");
      var value = choice.getAttribute("data-arch-value");
      var names = [];
      try { names = JSON.parse(choice.getAttribute("data-arch-names") || "[]"); } catch (e) { names = []; }
      [value].concat(Array.isArray(names) ? names : []).forEach(function (name) {
        if (typeof name === "string") self.names[facet][fold(name)] = value;
      });
    });
    root.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a[data-arch-facet], a[data-arch-timeline-reset]");
      if (!link || !root.contains(link) || event.ctrlKey || event.metaKey || event.shiftKey) return;
      // Material's instant navigation would load the page again for the link's new URL.
      event.preventDefault();
      event.stopPropagation();
      var wanted = self.wanted();
      if (link.hasAttribute("data-arch-timeline-reset")) {
        FACETS.forEach(function (facet) { wanted[facet] = []; });
      } else {
        wanted = self.toggled(wanted, link);
      }
      window.history.pushState(null, "", self.url(wanted));
      timelines.forEach(function (timeline) { timeline.show(); });
      // So does the page's first filter bar, whose state is under the same plain names.
      bars.forEach(function (bar) {
        if (bar.prefix) return;
        bar.state = stateFromUrl(bar.prefix);
        bar.show();
      });
    });
    this.show();
  }

  // The values the URL asks for, each facet's names as this timeline's values: a name it
  // does not know stays as written, and matches no design.
  Timeline.prototype.wanted = function () {
    var self = this;
    var params = new URLSearchParams(window.location.search);
    var wanted = {};
    FACETS.forEach(function (facet) {
      wanted[facet] = list(params, facet).map(function (written) {
        var excluded = written.charAt(0) === "!";
        var name = excluded ? written.slice(1) : written;
        var value = self.names[facet][fold(name)] || name;
        return excluded ? "!" + value : value;
      });
    });
    return wanted;
  };

  Timeline.prototype.toggled = function (wanted, link) {
    var facet = link.getAttribute("data-arch-facet");
    var value = link.getAttribute("data-arch-value");
    var copy = { category: wanted.category.slice(), tags: wanted.tags.slice() };
    var at = copy[facet].indexOf(value);
    if (at >= 0) copy[facet].splice(at, 1); else copy[facet].push(value);
    return copy;
  };

  Timeline.prototype.url = function (wanted) {
    var params = new URLSearchParams(window.location.search);
    FACETS.forEach(function (facet) {
      params.delete(facet);
      if (wanted[facet].length) params.set(facet, wanted[facet].join(","));
    });
    var query = params.toString().replace(/%2C/g, ",");
    return window.location.pathname + (query ? "?" + query : "") + window.location.hash;
  };

  function allowsAny(wanted, values) {
    var include = wanted.filter(function (v) { return v.charAt(0) !== "!"; });
    var excluded = wanted.some(function (v) {
      return v.charAt(0) === "!" && values.indexOf(v.slice(1)) >= 0;
    });
    if (excluded) return false;
    return !include.length || include.some(function (v) { return values.indexOf(v) >= 0; });
  }

  Timeline.prototype.show = function () {
    var self = this;
    var root = this.root;
    var wanted = this.wanted();
    var filtering = FACETS.some(function (facet) { return wanted[facet].length > 0; });
    var shown = 0;
    var chains = {};
    this.entries.forEach(function (entry) {
      var tags = (entry.getAttribute("data-tags") || "").split(" ").filter(Boolean);
      var ok = allowsAny(wanted.category, [entry.getAttribute("data-category") || ""]) &&
        allowsAny(wanted.tags, tags);
      entry.hidden = !ok;
      if (!ok) return;
      shown += 1;
      if (entry.hasAttribute("data-arch-chain")) chains[entry.getAttribute("data-arch-chain")] = true;
    });
    Array.prototype.forEach.call(root.querySelectorAll(".arch-timeline__chains li[data-arch-chain]"), function (chain) {
      chain.hidden = filtering && !chains[chain.getAttribute("data-arch-chain")];
    });
    Array.prototype.forEach.call(root.querySelectorAll("[data-arch-timeline-group]"), function (group) {
      group.hidden = !group.querySelector(":scope > ol > li:not([hidden]), :scope > ul > li:not([hidden])");
      var jump = self.jumps[group.getAttribute("data-arch-timeline-group")];
      if (jump) jump.hidden = group.hidden;
    });
    var on = 0;
    this.choices.forEach(function (choice) {
      var facet = choice.getAttribute("data-arch-facet");
      var picked = wanted[facet].indexOf(choice.getAttribute("data-arch-value")) >= 0;
      if (picked) { choice.setAttribute("aria-current", "true"); on += 1; } else choice.removeAttribute("aria-current");
      choice.setAttribute("href", self.url(self.toggled(wanted, choice)));
    });
    var badge = root.querySelector("[data-arch-timeline-on]");
    if (badge) { badge.textContent = String(on); badge.hidden = on === 0; }
    var status = root.querySelector("[data-arch-timeline-status]");
    if (status) {
      var total = Number(status.getAttribute("data-total")) || 0;
      status.textContent = new Said(status).say("shown_of", total, { shown: shown });
      status.hidden = !filtering;
    }
    var reset = root.querySelector("[data-arch-timeline-reset]");
    if (reset) {
      reset.parentNode.hidden = !filtering;
      reset.setAttribute("href", this.url({ category: [], tags: [] }));
    }
    var none = root.querySelector("[data-arch-timeline-none]");
    if (none) none.hidden = shown > 0;
  };

  function startTimelines() {
    timelines = timelines.filter(function (timeline) { return document.contains(timeline.root); });
    Array.prototype.forEach.call(document.querySelectorAll("[data-arch-timeline]"), function (root) {
      if (root.hasAttribute("data-arch-ready")) return;
      root.setAttribute("data-arch-ready", "");
      timelines.push(new Timeline(root));
    });
  }

  window.addEventListener("popstate", function () {
    bars.forEach(function (bar) {
      bar.state = stateFromUrl(bar.prefix);
      bar.show();
    });
    timelines.forEach(function (timeline) { timeline.show(); });
  });

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(start);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
