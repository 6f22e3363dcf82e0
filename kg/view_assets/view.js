/* conflict-kg network view.
 * Every string that may come from an article (labels, titles, sentences) is
 * written with textContent; this file never assigns innerHTML. vis-network
 * draws labels on a canvas and gets no `title`s: tooltips are our own DOM. */
(function () {
  "use strict";

  var view = window.kgView = { stable: false };  // filled in below; tests read it
  var payload = JSON.parse(document.getElementById("kg-data").textContent);
  var nodes = new vis.DataSet(payload.nodes);
  var edges = new vis.DataSet(payload.edges);
  var edgeTypeOn = {};
  var layerOn = {};
  var days = payload.dates;  // {min, max} ISO days, or null when nothing is dated
  var range = { from: null, to: null };

  // ------------------------------------------------------------ DOM helpers

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    return node;
  }

  function add(parent) {
    for (var i = 1; i < arguments.length; i++) {
      if (arguments[i]) { parent.appendChild(arguments[i]); }
    }
    return parent;
  }

  function swatch(color, dashes, shape) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("class", "kg-swatch");
    svg.setAttribute("viewBox", "0 0 44 20");
    var mark;
    if (shape === "dot") {
      mark = document.createElementNS(ns, "circle");
      mark.setAttribute("cx", "22"); mark.setAttribute("cy", "10"); mark.setAttribute("r", "7");
    } else if (shape) {
      mark = document.createElementNS(ns, "polygon");
      mark.setAttribute("points", shapePoints(shape));
    } else {
      mark = document.createElementNS(ns, "line");
      mark.setAttribute("x1", "2"); mark.setAttribute("y1", "10");
      mark.setAttribute("x2", "42"); mark.setAttribute("y2", "10");
      mark.setAttribute("stroke-width", "3");
      if (dashes) { mark.setAttribute("stroke-dasharray", dashes.join(" ")); }
    }
    mark.setAttribute(shape ? "fill" : "stroke", color);
    if (shape) { mark.setAttribute("stroke", "#333"); }
    svg.appendChild(mark);
    return svg;
  }

  // legend marks for vis-network's node shapes, centred in a 44 x 20 box
  function shapePoints(shape) {
    var corners = { square: [4, 45], diamond: [4, 0], triangle: [3, 0], triangleDown: [3, 180], hexagon: [6, 30], star: [10, 0] }[shape] || [4, 45];
    var points = [];
    for (var i = 0; i < corners[0]; i++) {
      var angle = (corners[1] + i * 360 / corners[0]) * Math.PI / 180;
      var radius = shape === "star" && i % 2 ? 3.5 : 8;
      points.push((22 + radius * Math.sin(angle)).toFixed(1) + "," + (10 - radius * Math.cos(angle)).toFixed(1));
    }
    return points.join(" ");
  }

  // ------------------------------------------------------------ dates

  function dayNumber(iso) { return Math.round(Date.parse(iso + "T00:00:00Z") / 86400000); }
  function isoDay(number) { return new Date(number * 86400000).toISOString().slice(0, 10); }

  function factInRange(fact) {
    if (!fact.start || range.from === null) { return true; }
    var end = fact.end || "9999-12-31";
    return end >= range.from && fact.start <= range.to;
  }

  // ------------------------------------------------------------ filters

  function edgeVisible(edge) {
    return edgeTypeOn[edge.kgType] !== false && layerOn[edge.layer] !== false &&
      edge.facts.some(factInRange);
  }

  var visibleDegree = {};

  function countVisibleDegree() {
    visibleDegree = {};
    edges.forEach(function (edge) {
      if (edgeVisible(edge)) {
        visibleDegree[edge.from] = (visibleDegree[edge.from] || 0) + 1;
        visibleDegree[edge.to] = (visibleDegree[edge.to] || 0) + 1;
      }
    });
  }

  function nodeVisible(node) {
    // a node whose relations are all filtered out is hidden; a node without any stays (a lone focus)
    return node.degree === 0 || visibleDegree[node.id] > 0;
  }

  var nodesView = new vis.DataView(nodes, { filter: nodeVisible });
  var edgesView = new vis.DataView(edges, { filter: edgeVisible });

  function applyFilters() {
    countVisibleDegree();
    edgesView.refresh();
    nodesView.refresh();
    document.getElementById("kg-counts").textContent =
      nodesView.length + " nodes, " + edgesView.length + " edges";
  }

  function checkbox(container, entry, state, swatchEl) {
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = entry.key;
    box.addEventListener("change", function () { state[entry.key] = box.checked; applyFilters(); });
    add(label, box, swatchEl, el("span", entry.label + (entry.count !== undefined ? " (" + entry.count + ")" : "")));
    container.appendChild(label);
  }

  function buildFilters() {
    var edgeBox = document.getElementById("kg-edge-filters");
    payload.legend.edgeTypes.forEach(function (t) {
      checkbox(edgeBox, { key: t.type, label: t.label, count: t.count }, edgeTypeOn, swatch(t.color, t.dashes));
    });
    var layerBox = document.getElementById("kg-layer-filters");
    payload.legend.layers.forEach(function (l) {
      checkbox(layerBox, { key: l.layer, label: l.label, count: l.count }, layerOn, swatch(l.color, l.dashes));
    });
    var nodeBox = document.getElementById("kg-node-legend");
    payload.legend.nodeTypes.forEach(function (t) {
      add(nodeBox, add(el("label"), swatch(t.color, null, t.shape), el("span", t.label + " (" + t.count + ")")));
    });
  }

  function buildDateSlider() {
    var from = document.getElementById("kg-date-from");
    var to = document.getElementById("kg-date-to");
    if (!days) {
      document.getElementById("kg-dates").textContent = "no dated facts";
      return;
    }
    var first = dayNumber(days.min);
    var last = dayNumber(days.max);
    [from, to].forEach(function (input) { input.min = "0"; input.max = String(last - first); });
    from.value = "0";
    to.value = String(last - first);
    function update() {
      var a = Math.min(+from.value, +to.value);
      var b = Math.max(+from.value, +to.value);
      range.from = isoDay(first + a);
      range.to = isoDay(first + b);
      document.getElementById("kg-date-from-label").textContent = range.from;
      document.getElementById("kg-date-to-label").textContent = range.to;
      applyFilters();
    }
    from.addEventListener("input", update);
    to.addEventListener("input", update);
    update();
  }

  // ------------------------------------------------------------ search

  function search(text) {
    var query = String(text || "").trim().toLowerCase();
    var result = document.getElementById("kg-search-result");
    if (!query) {
      network.unselectAll();
      result.textContent = "";
      return [];
    }
    var found = nodesView.getIds({
      filter: function (node) {
        return node.label.toLowerCase().indexOf(query) >= 0 || node.iso.toLowerCase() === query;
      }
    });
    network.selectNodes(found);
    if (found.length) { network.fit({ nodes: found, animation: false }); }
    result.textContent = found.length + (found.length === 1 ? " match" : " matches");
    return found;
  }

  // ------------------------------------------------------------ facts behind nodes and edges

  function nodeLabel(id) {
    var node = nodes.get(id);
    return node ? node.label : id;
  }

  function describeFact(fact) {
    var box = el("div", null, "kg-fact");
    var when = fact.date ? fact.date + (fact.end_date ? " – " + fact.end_date : "")
      : "undated" + (fact.reported ? ", reported " + fact.reported : "");
    add(box, el("strong", fact["class"]), el("span", " " + when));
    var details = [];
    if (fact.fatalities !== undefined && fact.fatalities !== null) {
      details.push("fatalities: " + (fact.qualifier && fact.qualifier !== "exact" ? fact.qualifier + " " : "") + fact.fatalities);
    }
    if (fact.modality && fact.modality !== "asserted") { details.push("modality: " + fact.modality); }
    if (fact.status) { details.push("status: " + fact.status); }
    if (fact.invokes && fact.invokes.length) {
      details.push("invokes: " + fact.invokes.map(function (t) { return t.label; }).join("; "));
    }
    if (fact.source) { details.push("source: " + fact.source); }
    details.forEach(function (line) { add(box, el("div", line, "kg-meta")); });
    var shown = null;
    (fact.documents || []).forEach(function (doc) {
      if (doc.doc !== shown) {  // one heading per document, then its sentences
        add(box, el("div", "\u201c" + (doc.title || doc.doc) + "\u201d" + (doc.date ? " (" + doc.date + ")" : "")));
        shown = doc.doc;
      }
      if (doc.sentence) { add(box, el("blockquote", doc.sentence)); }
    });
    return box;
  }

  function edgeHeading(edge) {
    var arrow = edge.isDirected ? " \u2192 " : " \u2014 ";
    return edge.typeLabel + ": " + nodeLabel(edge.from) + arrow + nodeLabel(edge.to);
  }

  function edgeSummary(edge) {
    var parts = [payload.layerLabels[edge.layer]];
    if (edge.events) { parts.push(edge.events + (edge.events === 1 ? " event" : " events")); }
    if (edge.fatalities) { parts.push(edge.fatalities + " fatalities"); }
    if (edge.start) { parts.push(edge.start + (edge.end && edge.end !== edge.start ? " – " + edge.end : "")); }
    return parts.join(" · ");
  }

  function describeEdge(edge, limit) {
    var box = add(el("div"), el("h3", edgeHeading(edge)), el("div", edgeSummary(edge), "kg-meta"));
    edge.facts.slice(0, limit).forEach(function (fact) { box.appendChild(describeFact(fact)); });
    if (edge.facts.length > limit) { add(box, el("div", "\u2026 " + (edge.facts.length - limit) + " more", "kg-meta")); }
    return box;
  }

  function describeNode(node, limit) {
    var box = add(el("div"), el("h3", node.label));
    var kind = payload.typeLabels[node.kgType] + (node.iso ? " · " + node.iso : "");
    add(box, el("div", kind + " · " + payload.layerLabels[node.layer], "kg-meta"));
    if (node.role) { add(box, el("div", "role: " + node.role, "kg-meta")); }
    if (node.represents) { add(box, el("div", "represents: " + nodeLabel(node.represents), "kg-meta")); }
    if (node.date) { add(box, el("div", "signed: " + node.date, "kg-meta")); }
    if (node.events) { add(box, el("div", node.events + " events", "kg-meta")); }
    var list = el("ul");
    var linked = edgesView.get({ filter: function (e) { return e.from === node.id || e.to === node.id; } });
    linked.slice(0, limit).forEach(function (edge) {
      var other = edge.from === node.id ? edge.to : edge.from;
      add(list, el("li", edge.typeLabel + ": " + nodeLabel(other) + " (" + edgeSummary(edge) + ")"));
    });
    if (linked.length > limit) { add(list, el("li", "\u2026 " + (linked.length - limit) + " more")); }
    add(box, el("div", "Relations", "kg-meta"), list);
    add(box, el("div", node.iri, "kg-meta"));
    return box;
  }

  function showDetails(element) {
    var panel = document.getElementById("kg-details");
    panel.replaceChildren(element);
  }

  var tooltip = document.getElementById("kg-tooltip");

  function showTooltip(element, pointer) {
    tooltip.replaceChildren(element);
    var rect = document.getElementById("kg-network").getBoundingClientRect();
    tooltip.hidden = false;
    // beside the pointer, but kept inside the window
    var left = Math.min(rect.left + pointer.x + 14, window.innerWidth - tooltip.offsetWidth - 4);
    var top = rect.top + pointer.y + 14;
    if (top + tooltip.offsetHeight > window.innerHeight) { top = rect.top + pointer.y - tooltip.offsetHeight - 14; }
    tooltip.style.left = Math.max(0, Math.round(left)) + "px";
    tooltip.style.top = Math.max(0, Math.round(top)) + "px";
  }

  function hideTooltip() { tooltip.hidden = true; }

  // ------------------------------------------------------------ network

  // created empty so that the handlers below are in place before the layout runs
  var network = new vis.Network(document.getElementById("kg-network"), {}, payload.options);

  network.on("hoverNode", function (p) { showTooltip(describeNode(nodes.get(p.node), 6), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTooltip(describeEdge(edges.get(p.edge), 2), p.pointer.DOM); });
  network.on("blurNode", hideTooltip);
  network.on("blurEdge", hideTooltip);
  network.on("dragStart", hideTooltip);
  network.on("click", function (p) {
    hideTooltip();
    if (p.nodes.length) {
      showDetails(describeNode(nodes.get(p.nodes[0]), 200));
    } else if (p.edges.length) {
      showDetails(describeEdge(edges.get(p.edges[0]), 500));
    }
  });
  if (payload.options.physics.enabled) {
    // lay the graph out once, then hold still so that it stays readable
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      view.stable = true;
      view.stableAt = performance.now();
    });
  }

  buildFilters();
  buildDateSlider();
  applyFilters();
  network.setData({ nodes: nodesView, edges: edgesView });
  document.getElementById("kg-search").addEventListener("input", function (e) { search(e.target.value); });

  Object.assign(view, {
    network: network, nodes: nodes, edges: edges, nodesView: nodesView, edgesView: edgesView,
    applyFilters: applyFilters, search: search, describeNode: describeNode, describeEdge: describeEdge,
    showDetails: showDetails, payloadDates: days,
    stable: view.stable || !payload.options.physics.enabled || payload.nodes.length === 0
  });
  if (!payload.nodes.length) {
    showDetails(el("p", "Nothing to draw: the store holds no facts of this kind for these options.", "kg-hint"));
  }
})();
