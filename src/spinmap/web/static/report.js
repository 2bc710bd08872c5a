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
  var net = data.network;
  var box = document.getElementById("network");
  if (!net.edges.length) {
    box.replaceChildren(el("p", "empty", "No accusations found in this corpus yet."));
    return;
  }
  if (typeof cytoscape !== "function") { return; }
  var maxW = Math.max.apply(null, net.edges.map(function (e) { return e.data.weight; }));
  var cy = cytoscape({
    container: box,
    elements: net.nodes.concat(net.edges),
    style: [
      { selector: "node", style: { "label": "data(label)", "font-size": 11, "background-color": "#6b7280",
        "width": 14, "height": 14, "text-wrap": "wrap", "text-max-width": 120, "color": "#111",
        "text-background-color": "#fff", "text-background-opacity": 0.75, "text-background-padding": 1 } },
      { selector: "edge", style: { "curve-style": "bezier", "target-arrow-shape": "triangle",
        "line-color": "data(colour)", "target-arrow-color": "data(colour)", "opacity": 0.85,
        "width": "mapData(weight, 1, " + Math.max(2, maxW) + ", 1.5, 9)" } },
      { selector: "edge:selected", style: { "opacity": 1, "overlay-opacity": 0.15 } }
    ]
  });
  // A force layout of a star-shaped blame graph comes out tall or wide; fitted into the box as it is,
  // its labels shrink below reading size. Stretch the short side towards the box's shape (at most 3x),
  // which also pulls apart labels that sat side by side, then fit.
  cy.one("layoutstop", function () {
    var bb = cy.nodes().boundingBox({ includeLabels: false });
    var shape = box.clientWidth / Math.max(1, box.clientHeight);
    var drawn = Math.max(1, bb.w) / Math.max(1, bb.h);
    var kx = drawn < shape ? Math.min(3, shape / drawn) : 1;
    var ky = drawn > shape ? Math.min(3, drawn / shape) : 1;
    cy.nodes().positions(function (n) {
      var p = n.position();
      return { x: bb.x1 + (p.x - bb.x1) * kx, y: bb.y1 + (p.y - bb.y1) * ky };
    });
    cy.fit(undefined, 24);
    if (cy.zoom() * 11 < 9) {  // keep labels at least 9px on screen
      cy.nodes().style({ "font-size": 9 / cy.zoom(), "text-max-width": 120 * 9 / 11 / cy.zoom() });
    }
  });
  cy.layout({ name: "cose", animate: false, randomize: false, nodeDimensionsIncludeLabels: true,
              nodeRepulsion: 4500, idealEdgeLength: 60, componentSpacing: 20, nodeOverlap: 40, numIter: 2500 }).run();
  cy.on("tap", "edge", function (evt) { showEdge(evt.target.data()); });
  window.spinmapCy = cy;
})();
