// A municipality's partners as a small network drawing (the full page is /network).
(function () {
  "use strict";
  const box = document.getElementById("mini-network");
  if (!box || typeof cytoscape === "undefined") return;
  const COLOURS = { municipality: "#1f77b4", organisation: "#c85a00", law: "#2ca02c", initiative: "#9467bd" };
  fetch("/api/network/partners?" + new URLSearchParams({ municipality: box.dataset.code, radius: 1, max_nodes: 60 }),
    { headers: { Accept: "application/json" } })
    .then((r) => r.ok ? r.json() : Promise.reject(new Error(r.statusText)))
    .then((data) => {
      const cy = cytoscape({
        container: box, elements: data.elements, wheelSensitivity: 0.3,
        style: [
          { selector: "node", style: { "background-color": (n) => COLOURS[n.data("type")] || "#767676",
            label: "data(label)", "font-size": 10, "text-valign": "bottom", "text-margin-y": 3,
            width: (n) => 10 + 60 * Math.sqrt(n.data("pagerank") || 0), height: (n) => 10 + 60 * Math.sqrt(n.data("pagerank") || 0) } },
          { selector: "node[?center]", style: { "border-width": 3, "border-color": "#12355b" } },
          { selector: "edge", style: { width: (e) => Math.min(1 + Math.log2(e.data("weight") || 1), 8), "line-color": "#9aa5b1" } },
        ],
        layout: { name: "concentric", concentric: (n) => (n.data("center") ? 10 : 1), levelWidth: () => 1, animate: false },
      });
      window.sdkgMiniNetwork = cy;
      box.dataset.nodes = String(cy.nodes().length);
    })
    .catch((e) => { box.textContent = t("Het netwerk kan niet geladen worden: %(reason)s", { reason: e.message }); });
})();
