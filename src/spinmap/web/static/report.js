// spinmap report: draws the who-blames-whom network from the embedded JSON.
// All strings from articles are put into the page with textContent only, never innerHTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("spinmap-data").textContent);
  var panel = document.getElementById("evidence");
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function showEdge(d) {
    panel.replaceChildren();
    var head = el("h3", null, d.evidence.length ? (d.evidence[0].accuser + " \u2192 " + d.evidence[0].accused) : "");
    panel.appendChild(head);
    panel.appendChild(el("p", "meta", d.voice + " voice, " + d.weight + " accusation(s)"));
    var list = el("ol");
    d.evidence.forEach(function (ev) {
      var li = el("li");
      li.appendChild(el("q", null, ev.text));
      var meta = el("div", "meta", ev.outlet + " \u00b7 charge: " + ev.charge + " \u00b7 chars " + ev.start + "\u2013" + ev.end + " ");
      if (ev.anchor) {
        var a = el("a", null, "show in article");
        a.setAttribute("href", "#" + ev.anchor);
        meta.appendChild(a);
      }
      li.appendChild(meta);
      list.appendChild(li);
    });
    panel.appendChild(list);
  }
  function showNode(node) {
    panel.replaceChildren();
    panel.appendChild(el("h3", null, node.data("label")));
    [["accuses", node.outgoers("edge"), "target"], ["is accused by", node.incomers("edge"), "source"]].forEach(function (part) {
      if (!part[1].length) { return; }
      panel.appendChild(el("p", "meta", part[0] + ":"));
      var list = el("ul");
      part[1].sort(function (a, b) { return b.data("weight") - a.data("weight"); }).forEach(function (edge) {
        var li = el("li");
        var a = el("a", null, edge[part[2]]().data("label") + " (" + edge.data("weight") + ", " + edge.data("voice") + ")");
        a.setAttribute("href", "#sec-network");
        a.addEventListener("click", function (evt) { evt.preventDefault(); showEdge(edge.data()); });
        li.appendChild(a);
        list.appendChild(li);
      });
      panel.appendChild(list);
    });
  }
  var net = data.network;
  var box = document.getElementById("network");
  if (!net.edges.length) {
    box.replaceChildren(el("p", "empty", "No accusations found in this corpus yet."));
    return;
  }
  if (typeof cytoscape !== "function") { return; }
  var maxW = Math.max.apply(null, net.edges.map(function (e) { return e.data.weight; }));
  var maxN = Math.max.apply(null, net.nodes.map(function (n) { return n.data.weight; }));
  // a crowded network names only its busiest actors; the others show their name on hover or when tapped
  var NAMED = 30;
  var ranked = net.nodes.slice().sort(function (a, b) { return b.data.weight - a.data.weight; });
  ranked.forEach(function (n, i) { n.classes = i < NAMED ? "" : "minor"; });
  var cy = cytoscape({
    container: box,
    elements: net.nodes.concat(net.edges),
    style: [
      { selector: "node", style: { "label": "data(label)", "font-size": 11, "background-color": "#6b7280",
        "text-wrap": "wrap", "text-max-width": 120, "color": "#111",
        "text-background-color": "#fff", "text-background-opacity": 0.75, "text-background-padding": 1,
        "width": "mapData(weight, 1, " + Math.max(2, maxN) + ", 12, 36)",
        "height": "mapData(weight, 1, " + Math.max(2, maxN) + ", 12, 36)" } },
      { selector: "node.minor", style: { "label": "" } },
      { selector: "node.minor.hover, node.minor:selected", style: { "label": "data(label)", "z-index": 10 } },
      { selector: "edge", style: { "curve-style": "bezier", "target-arrow-shape": "triangle",
        "line-color": "data(colour)", "target-arrow-color": "data(colour)", "opacity": 0.85,
        "width": "mapData(weight, 1, " + Math.max(2, maxW) + ", 1.5, 9)" } },
      { selector: "edge:selected", style: { "opacity": 1, "overlay-opacity": 0.15 } }
    ]
  });
  // The force layout runs on the parts of four or more actors; the small separate parts (mostly one accuser
  // and one accused) are set in rows underneath, so that packing them does not squeeze the rest into a corner.
  // A star-shaped blame graph comes out tall or wide; fitted into the box as it is, its labels shrink below
  // reading size, so the laid-out part is stretched towards the box's shape (at most 3x), then all is fitted.
  var parts = cy.elements().components();
  var large = parts.filter(function (p) { return p.nodes().length > 3; });
  var small = large.length ? parts.filter(function (p) { return p.nodes().length <= 3; }) : [];
  var laid = large.length ? large.reduce(function (all, p) { return all.union(p); }) : cy.elements();
  function arrange() {
    var main = laid.nodes();
    var bb = main.boundingBox({ includeLabels: false });
    var shape = box.clientWidth / Math.max(1, box.clientHeight);
    var drawn = Math.max(1, bb.w) / Math.max(1, bb.h);
    var kx = drawn < shape ? Math.min(3, shape / drawn) : 1;
    var ky = drawn > shape ? Math.min(3, drawn / shape) : 1;
    main.positions(function (n) {
      var p = n.position();
      return { x: bb.x1 + (p.x - bb.x1) * kx, y: bb.y1 + (p.y - bb.y1) * ky };
    });
    bb = main.boundingBox({ includeLabels: false });
    var step = 120, width = Math.max(bb.w, 4 * step), x = bb.x1, y = bb.y2 + 70;
    small.forEach(function (part) {
      var nodes = part.nodes().sort(function (a, b) { return b.outdegree(false) - a.outdegree(false); });
      var k = nodes.length, r = k > 2 ? 45 : 0, w = k > 2 ? 2 * r : step;
      if (x > bb.x1 && x + w > bb.x1 + width) { x = bb.x1; y += k > 2 ? 2 * r + 50 : 70; }
      nodes.forEach(function (n, i) {  // a pair in a row (accuser left); a bigger part on a small circle
        n.position(k > 2 ? { x: x + r + r * Math.cos(2 * Math.PI * i / k), y: y + r * Math.sin(2 * Math.PI * i / k) }
                         : { x: x + i * step, y: y });
      });
      x += w + step;
    });
    cy.fit(undefined, 24);
    if (cy.zoom() * 11 < 9) {  // keep labels at least 9px on screen
      cy.nodes().style({ "font-size": 9 / cy.zoom(), "text-max-width": 120 * 9 / 11 / cy.zoom() });
    }
  }
  laid.layout({ name: "cose", animate: false, randomize: false, nodeDimensionsIncludeLabels: true, fit: false,
                nodeRepulsion: 4500, idealEdgeLength: 60, nodeOverlap: 40, numIter: 2500, stop: arrange }).run();
  cy.on("tap", "edge", function (evt) { showEdge(evt.target.data()); });
  cy.on("tap", "node", function (evt) { showNode(evt.target); });
  cy.on("mouseover", "node", function (evt) { evt.target.addClass("hover"); });
  cy.on("mouseout", "node", function (evt) { evt.target.removeClass("hover"); });
  window.spinmapCy = cy;
})();
