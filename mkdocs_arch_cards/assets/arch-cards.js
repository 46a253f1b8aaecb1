/* mkdocs-arch-cards: filter a card grid in place, with the state in the URL.
 *
 * Progressive enhancement: without this script every card shows and every chip links to its
 * tag page. Cards that do not match are taken out of the grid; the first screenful of matches
 * goes back at once and the rest over the next frames (see bench/bench_browser.py). The script writes text with textContent only: nothing from the URL or the page
 * ever becomes markup. It runs on each page Material shows (document$, so also after an
 * instant navigation) or once on a theme without it.
 */
(function () {
  "use strict";

  var KEYS = ["tags", "op", "category", "status", "text"];
  // Cards shown at once after a change (more than a screen holds); the rest follow, a batch a
  // frame, so bringing back hundreds of cards never blocks one frame for long.
  var FIRST_CARDS = 24;
  var CARDS_PER_FRAME = 60;
  var bars = [];

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

  // Names the core wrote as JSON into a data attribute; anything else is no name.
  function names(element) {
    try {
      var value = JSON.parse(element.getAttribute("data-arch-names") || "null");
      return value && typeof value === "object" ? value : {};
    } catch (error) {
      return {};
    }
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

  function stateFromUrl() {
    var params = new URLSearchParams(window.location.search);
    return {
      tags: list(params, "tags"),
      op: params.get("op") === "and" ? "and" : "or",
      category: list(params, "category"),
      status: list(params, "status"),
      // Not `q`: Material opens its search for `?q=` on any page.
      text: (params.get("text") || "").trim()
    };
  }

  function urlFor(state) {
    var params = new URLSearchParams(window.location.search);
    KEYS.forEach(function (key) { params.delete(key); });
    if (state.tags.length) params.set("tags", state.tags.join(","));
    if (state.op === "and") params.set("op", "and");
    if (state.category.length) params.set("category", state.category.join(","));
    if (state.status.length) params.set("status", state.status.join(","));
    if (state.text) params.set("text", state.text);
    var query = params.toString().replace(/%2C/g, ",");
    return window.location.pathname + (query ? "?" + query : "") + window.location.hash;
  }

  function words(text) {
    var folded = fold(text);
    return folded ? folded.split(" ") : [];
  }

  function Bar(element) {
    var grid = document.getElementById(element.getAttribute("data-arch-filter"));
    this.element = element;
    this.input = element.querySelector("input[name=text]");
    this.result = element.querySelector("[data-arch-result]");
    this.empty = element.querySelector("[data-arch-empty]");
    this.buttons = Array.prototype.slice.call(element.querySelectorAll("button[data-facet]"));
    this.ops = Array.prototype.slice.call(element.querySelectorAll("button[data-op]"));
    this.cards = Array.prototype.map.call(grid.querySelectorAll(".arch-card"), function (card) {
      // query.search_text: the texts the card shows, and every name of its tags.
      var parts = card.querySelectorAll(
        ".arch-card__title, .arch-card__summary, .arch-card__problem p:last-child"
      );
      var text = Array.prototype.map.call(parts, function (part) { return part.textContent; });
      var known = names(card);
      var tags = strings(known.tags);
      return {
        element: card,
        tags: tags,
        category: strings(known.category),
        status: strings(known.status),
        text: fold(text.concat(tags).join(" "))
      };
    });
    this.grid = grid;
    this.state = stateFromUrl();
    this.wire();
    element.hidden = false;
    this.show();
  }

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
    // A chip on a card filters this grid instead of leaving for the tag page.
    this.grid.addEventListener("click", function (event) {
      var chip = event.target.closest ? event.target.closest("a.md-tag[data-arch-grid-href]") : null;
      if (!chip || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
      var query = chip.getAttribute("data-arch-grid-href").split("?")[1] || "";
      var value = new URLSearchParams(query).get("tags");
      if (!value) return;
      event.preventDefault();
      event.stopPropagation(); // Material's instant navigation would follow the link anyway
      var button = bar.buttons.filter(function (b) {
        return b.getAttribute("data-facet") === "tags" && b.getAttribute("data-value") === value;
      })[0];
      if (button && !bar.pressed(button)) bar.toggle(button);
      else if (!button && bar.state.tags.indexOf(value) < 0) {
        bar.change({ tags: bar.state.tags.concat([value]) }, true);
      }
      bar.element.scrollIntoView({ block: "start" });
    });
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
    var url = urlFor(state);
    // Toggles are steps the back button should undo; typing replaces the current entry.
    if (push) window.history.pushState(null, "", url); else window.history.replaceState(null, "", url);
    this.show();
  };

  Bar.prototype.reveal = function (cards, generation) {
    var bar = this;
    if (cards.length) this.grid.setAttribute("data-arch-pending", String(cards.length));
    else this.grid.removeAttribute("data-arch-pending");
    if (!cards.length) return;
    window.requestAnimationFrame(function () {
      if (bar.generation !== generation) return; // a newer change decides what shows
      bar.grid.append.apply(bar.grid, cards.splice(0, CARDS_PER_FRAME));
      bar.reveal(cards, generation);
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
    var state = this.state;
    var query = {
      tags: terms(state.tags),
      op: state.op,
      category: terms(state.category),
      status: terms(state.status),
      words: words(state.text)
    };
    var matching = [];
    for (var i = 0; i < this.cards.length; i++) {
      if (this.matches(this.cards[i], query)) matching.push(this.cards[i].element);
    }
    var shown = matching.length;
    // Cards that do not match leave the grid rather than being hidden in it: restyling
    // hundreds of hidden cards cost more than a frame, taking them out costs almost nothing.
    this.generation = (this.generation || 0) + 1;
    this.grid.replaceChildren.apply(this.grid, matching.slice(0, FIRST_CARDS));
    this.reveal(matching.slice(FIRST_CARDS), this.generation);
    // Only what changed is written: each write makes the browser restyle that button.
    this.buttons.forEach(function (button) { press(button, this.pressed(button)); }, this);
    this.ops.forEach(function (button) {
      press(button, button.getAttribute("data-op") === state.op);
    });
    if (this.input.value.trim() !== state.text) this.input.value = state.text;
    var total = this.cards.length;
    this.result.textContent = shown === total
      ? total + (total === 1 ? " design" : " designs")
      : shown + " of " + total + " designs";
    this.empty.hidden = shown !== 0;
  };

  /* Diagrams: zoom, pan and full screen, from buttons, the keyboard and the pointer. Material
   * draws each diagram in a closed shadow root, so the frame moves the diagram's host element
   * with a CSS transform and never needs to reach into the drawing. */
  var ZOOM_STEP = 1.25;
  var ZOOM_MIN = 0.5;
  var ZOOM_MAX = 5;
  var PAN_STEP = 40;

  function button(label, text, action) {
    var element = document.createElement("button");
    element.type = "button";
    element.className = "arch-diagram__tool";
    element.setAttribute("aria-label", label);
    element.title = label;
    element.textContent = text;
    element.addEventListener("click", action);
    return element;
  }

  function Diagram(frame) {
    var stage = document.createElement("div");
    stage.className = "arch-diagram__stage";
    while (frame.firstChild) stage.appendChild(frame.firstChild);
    var view = document.createElement("div");
    view.className = "arch-diagram__view";
    view.appendChild(stage);
    var diagram = this;
    this.frame = frame;
    this.stage = stage;
    this.scale = 1;
    this.x = 0;
    this.y = 0;
    this.full = button("Full screen", "Full screen", function () { diagram.setFull(!diagram.isFull()); });
    this.full.setAttribute("aria-pressed", "false");
    var tools = document.createElement("div");
    tools.className = "arch-diagram__tools";
    tools.setAttribute("role", "toolbar");
    tools.setAttribute("aria-label", "Diagram");
    tools.appendChild(button("Zoom in", "+", function () { diagram.zoom(ZOOM_STEP); }));
    tools.appendChild(button("Zoom out", "\u2212", function () { diagram.zoom(1 / ZOOM_STEP); }));
    tools.appendChild(button("Reset zoom", "1:1", function () { diagram.reset(); }));
    tools.appendChild(this.full);
    frame.appendChild(tools);
    frame.appendChild(view);
    frame.tabIndex = 0;
    frame.setAttribute("role", "group");
    frame.setAttribute(
      "aria-label",
      "Diagram: + and \u2212 zoom, arrow keys move, 0 resets, F toggles full screen, Esc leaves it"
    );
    frame.addEventListener("keydown", function (event) { diagram.key(event); });
    view.addEventListener("wheel", function (event) {
      if (!event.ctrlKey) return; // plain scrolling stays the page's
      event.preventDefault();
      diagram.zoom(event.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
    }, { passive: false });
    view.addEventListener("pointerdown", function (event) { diagram.drag(event, view); });
  }

  Diagram.prototype.apply = function () {
    this.stage.style.transform =
      "translate(" + this.x + "px, " + this.y + "px) scale(" + this.scale + ")";
    this.frame.classList.toggle("arch-diagram--zoomed", this.scale !== 1 || this.x || this.y);
  };

  Diagram.prototype.zoom = function (factor) {
    this.scale = Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, this.scale * factor));
    this.apply();
  };

  Diagram.prototype.pan = function (dx, dy) {
    this.x += dx;
    this.y += dy;
    this.apply();
  };

  Diagram.prototype.reset = function () {
    this.scale = 1;
    this.x = 0;
    this.y = 0;
    this.apply();
  };

  Diagram.prototype.isFull = function () {
    return this.frame.classList.contains("arch-diagram--full");
  };

  Diagram.prototype.setFull = function (on) {
    this.frame.classList.toggle("arch-diagram--full", on);
    document.documentElement.classList.toggle("arch-diagram-open", on);
    this.full.setAttribute("aria-pressed", on ? "true" : "false");
    this.full.title = on ? "Leave full screen (Esc)" : "Full screen";
    if (on) {
      this.frame.setAttribute("aria-modal", "true");
      this.frame.setAttribute("role", "dialog");
      this.frame.focus();
    } else {
      this.frame.removeAttribute("aria-modal");
      this.frame.setAttribute("role", "group");
      this.reset();
      this.full.focus();
    }
  };

  Diagram.prototype.key = function (event) {
    if (event.target !== this.frame && event.key !== "Escape") return;
    var actions = {
      "+": function (d) { d.zoom(ZOOM_STEP); },
      "=": function (d) { d.zoom(ZOOM_STEP); },
      "-": function (d) { d.zoom(1 / ZOOM_STEP); },
      "0": function (d) { d.reset(); },
      "f": function (d) { d.setFull(!d.isFull()); },
      "ArrowLeft": function (d) { d.pan(PAN_STEP, 0); },
      "ArrowRight": function (d) { d.pan(-PAN_STEP, 0); },
      "ArrowUp": function (d) { d.pan(0, PAN_STEP); },
      "ArrowDown": function (d) { d.pan(0, -PAN_STEP); },
      "Escape": function (d) { if (d.isFull()) d.setFull(false); }
    };
    var action = actions[event.key];
    if (!action || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    action(this);
  };

  Diagram.prototype.drag = function (event, view) {
    if (event.button !== 0) return;
    var diagram = this;
    var lastX = event.clientX;
    var lastY = event.clientY;
    view.setPointerCapture(event.pointerId);
    function move(moved) {
      diagram.pan(moved.clientX - lastX, moved.clientY - lastY);
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
    bars = Array.prototype.map.call(document.querySelectorAll("[data-arch-filter]"), function (el) {
      return new Bar(el);
    });
    // Elsewhere, a chip opens the grid filtered by its tag; the tag page stays its fallback.
    var chips = document.querySelectorAll("a.md-tag[data-arch-grid-href]");
    Array.prototype.forEach.call(chips, function (chip) {
      var filtered = bars.some(function (bar) { return bar.grid.contains(chip); });
      if (!filtered) chip.setAttribute("href", chip.getAttribute("data-arch-grid-href"));
    });
  }

  window.addEventListener("popstate", function () {
    var state = stateFromUrl();
    bars.forEach(function (bar) { bar.state = state; bar.show(); });
  });

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(start);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
