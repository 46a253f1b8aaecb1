// What Mermaid's parser needs of a browser, and a check entry point; run by QuickJS
// (core/mermaid_js.py) before and after the site's own mermaid.min.js. Parsing draws nothing,
// so the DOM is a stand-in: DOMPurify finds no HTML parser and passes labels through as text.
(function (g) {
  "use strict";
  var noop = function () {};
  var none = function () { return null; };
  var empty = function () { return []; };
  g.window = g;
  g.self = g;
  g.console = { log: noop, info: noop, warn: noop, error: noop, debug: noop, trace: noop };
  g.setTimeout = function () { return 0; };
  g.clearTimeout = noop;
  function Node() {}
  function Element() {}
  Element.prototype = Object.create(Node.prototype);
  function element(tag) {
    var el = new Element();
    el.tagName = el.nodeName = String(tag).toUpperCase();
    el.nodeType = 1;
    el.childNodes = [];
    el.children = [];
    el.attributes = [];
    el.style = {};
    el.setAttribute = el.removeAttribute = el.addEventListener = el.removeEventListener = noop;
    el.getAttribute = el.querySelector = none;
    el.hasAttribute = function () { return false; };
    el.appendChild = el.removeChild = el.insertBefore = function (child) { return child; };
    el.querySelectorAll = el.getElementsByTagName = empty;
    el.innerHTML = el.textContent = "";
    return el;
  }
  g.Node = Node;
  g.Element = g.HTMLElement = g.SVGElement = Element;
  g.document = {
    nodeType: 9, // a document, so DOMPurify sets itself up
    implementation: {}, // and no createHTMLDocument, so it sanitizes nothing
    readyState: "complete",
    createElement: element,
    createElementNS: function (ns, tag) { return element(tag); },
    createTextNode: function (text) { return { nodeType: 3, textContent: text }; },
    createDocumentFragment: function () { return element("#fragment"); },
    getElementById: none,
    querySelector: none,
    querySelectorAll: empty,
    getElementsByTagName: empty,
    addEventListener: noop,
    removeEventListener: noop,
  };
  g.document.documentElement = element("html");
  g.document.head = element("head");
  g.document.body = element("body");
  g.navigator = { userAgent: "quickjs" };
  g.location = { href: "about:blank", protocol: "about:", search: "", hash: "" };
  g.addEventListener = g.removeEventListener = noop;
  g.getComputedStyle = function () { return {}; };
  function TextEncoder() {}
  TextEncoder.prototype.encode = function (text) {
    var bytes = unescape(encodeURIComponent(String(text === undefined ? "" : text)));
    var out = new Uint8Array(bytes.length);
    for (var i = 0; i < bytes.length; i++) out[i] = bytes.charCodeAt(i);
    return out;
  };
  function TextDecoder() {}
  TextDecoder.prototype.decode = function (data) {
    var bytes = "";
    data = data || new Uint8Array(0);
    for (var i = 0; i < data.length; i++) bytes += String.fromCharCode(data[i]);
    return decodeURIComponent(escape(bytes));
  };
  g.TextEncoder = TextEncoder;
  g.TextDecoder = TextDecoder;
  function copy(value, seen) {
    if (value === null || typeof value !== "object") return value;
    if (seen.has(value)) return seen.get(value);
    if (value instanceof Date) return new Date(value.getTime());
    if (value instanceof RegExp) return new RegExp(value.source, value.flags);
    var out;
    if (value instanceof Map) {
      out = new Map();
      seen.set(value, out);
      value.forEach(function (v, k) { out.set(copy(k, seen), copy(v, seen)); });
      return out;
    }
    if (value instanceof Set) {
      out = new Set();
      seen.set(value, out);
      value.forEach(function (v) { out.add(copy(v, seen)); });
      return out;
    }
    out = Array.isArray(value) ? [] : {};
    seen.set(value, out);
    Object.keys(value).forEach(function (k) { out[k] = copy(value[k], seen); });
    return out;
  }
  g.structuredClone = function (value) { return copy(value, new Map()); };

  function text(value) {
    return value === undefined || value === null ? "" : String(value);
  }
  function each(found, visit) {
    if (found && typeof found.forEach === "function") found.forEach(visit);
  }
  // The nodes and edges of the diagram types whose database lists them cheaply: flowchart,
  // architecture, sequence, class and ER; others (state, C4, pie, ...) give none.
  function graphOf(diagram) {
    var db = diagram.db, type = diagram.type, nodes = [], edges = [];
    function node(id, label) { nodes.push([text(id), text(label)]); }
    function edge(from, to, label) { edges.push([text(from), text(to), text(label)]); }
    if (db.getVertices && db.getEdges) { // flowchart
      each(db.getVertices(), function (v) { node(v.id, v.text); });
      each(db.getEdges(), function (e) { edge(e.start, e.end, e.text); });
    } else if (type === "architecture") {
      each(db.getGroups(), function (g) { node(g.id, g.title); });
      each(db.getServices(), function (s) { node(s.id, s.title); });
      each(db.getEdges(), function (e) { edge(e.lhsId, e.rhsId, e.title); });
    } else if (type === "sequence") {
      var actors = db.getActors(), note = db.LINETYPE ? db.LINETYPE.NOTE : 2;
      each(actors, function (a, name) { node(name, a.description); });
      each(db.getMessages(), function (m) { // a note, an activation or a loop is no message
        if (m.type !== note && actors.has(m.from) && actors.has(m.to)) {
          edge(m.from, m.to, m.message);
        }
      });
    } else if (type === "classDiagram") {
      each(db.getClasses(), function (c, id) { node(id, c.label); });
      each(db.getRelations(), function (r) { edge(r.id1, r.id2, r.title); });
    } else if (type === "er") {
      var names = {};
      each(db.getEntities(), function (e, name) { names[e.id] = name; node(name, e.alias); });
      each(db.getRelationships(), function (r) {
        edge(names[r.entityA] || r.entityA, names[r.entityB] || r.entityB, r.roleA);
      });
    }
    return { nodes: nodes, edges: edges };
  }
  function lineOf(error) {
    var loc = error && error.hash && error.hash.loc;
    if (loc && typeof loc.first_line === "number") return loc.first_line;
    var found = /\bline (\d+)/.exec(text(error && error.message));
    return found ? Number(found[1]) : null;
  }
  g.__archCardsCheck = function (source) {
    g.__archCardsResult = null;
    g.mermaid.mermaidAPI.getDiagramFromText(source).then(
      function (diagram) {
        var graph = { nodes: [], edges: [] };
        try {
          graph = graphOf(diagram);
        } catch (e) {} // the list is a courtesy: a diagram that parsed is valid
        g.__archCardsResult = JSON.stringify({
          ok: true, type: text(diagram.type), nodes: graph.nodes, edges: graph.edges
        });
      },
      function (error) {
        g.__archCardsResult = JSON.stringify({
          ok: false,
          kind: text(error && error.name),
          message: text(error && error.message !== undefined ? error.message : error),
          line: lineOf(error)
        });
      }
    );
  };
})(globalThis);
