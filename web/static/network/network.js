// The /network page: filters -> /api/network/<kind> -> cytoscape drawing, ranking, quotes, year diff.
(function () {
  "use strict";
  const COLOURS = { municipality: "#1f77b4", organisation: "#ff7f0e", law: "#2ca02c", initiative: "#9467bd" };
  const $ = (id) => document.getElementById(id);
  const state = { params: new URLSearchParams(location.search), cy: null, data: null };

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") e.className = v; else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else if (v !== null && v !== undefined) e.setAttribute(k, v);
    }
    for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
    return e;
  }

  function option(select, value, label) { select.append(el("option", { value: value }, label)); }

  function apiParams(extra) {
    const p = new URLSearchParams();
    for (const k of ["municipality", "from", "to", "law", "radius", "min_weight", "orgkind"]) {
      for (const v of state.params.getAll(k)) if (v) p.append(k, v);
    }
    for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
    return p;
  }

  function kind() { return state.params.get("kind") || "partners"; }

  async function getJSON(url) {
    const r = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error(body.error || body.description || r.statusText);
    return body;
  }

  async function init() {
    const meta = await getJSON("/api/network/meta");
    for (const m of meta.municipalities) {
      option($("f-municipality"), m.code || m.id, m.label);
      option($("c-municipality"), m.code || m.id, m.label);
    }
    for (const y of meta.years) {
      for (const s of ["f-from", "f-to", "c-from", "c-to"]) option($(s), y, y);
    }
    for (const l of meta.laws) option($("f-law"), l.id, l.label);
    // the form shows what the address asks for
    const form = $("filters");
    for (const [k, v] of state.params) if (form.elements[k]) form.elements[k].value = v;
    if (state.params.get("municipality")) $("c-municipality").value = state.params.get("municipality");
    if (meta.years.length) {
      $("c-from").value = meta.years[Math.max(0, meta.years.length - 2)];
      $("c-to").value = meta.years[meta.years.length - 1];
    }
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const p = new URLSearchParams();
      for (const [k, v] of new FormData(form)) if (v && !(k === "radius" && !form.elements.municipality.value)) p.set(k, v);
      if (p.get("kind") === "partners") p.delete("kind");
      state.params = p;
      history.pushState(null, "", "/network" + (p.toString() ? "?" + p : ""));
      load();
    });
    $("compare").addEventListener("submit", (ev) => { ev.preventDefault(); compare(); });
    window.addEventListener("popstate", () => { state.params = new URLSearchParams(location.search); load(); });
    await load();
  }

  async function load() {
    $("status").textContent = "Loading…";
    let data;
    try {
      data = await getJSON(`/api/network/${kind()}?` + apiParams());
    } catch (e) {
      $("status").textContent = "Cannot load the network: " + e.message;
      return;
    }
    state.data = data;
    const s = data.summary;
    const centre = data.center ? data.elements.nodes.find((n) => n.data.id === data.center) : null;
    $("title").textContent = centre ? `Partners of ${centre.data.label}` : `Network: ${data.kind}`;
    $("status").textContent = `${data.description}. ${s.nodes} nodes, ${s.edges} links` +
      (data.shown < s.nodes ? ` (the ${data.shown} strongest drawn)` : "") +
      (s.communities ? `, ${s.communities} communities (modularity ${s.modularity})` : "") + ".";
    draw(data);
    ranking(data);
    similar(data);
    downloads();
    $("details").replaceChildren(el("p", { class: "hint" }, "Click a dot or a line to see the partners and the quotes."));
  }

  function draw(data) {
    if (state.cy) state.cy.destroy();
    const big = data.elements.nodes.length > 150;
    state.cy = cytoscape({
      container: $("cy"),
      elements: data.elements,
      wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: {
          "background-color": (n) => COLOURS[n.data("type")] || "#7f7f7f",
          label: "data(label)", "font-size": 10, "text-valign": "bottom", "text-margin-y": 3,
          "text-background-color": "#fff", "text-background-opacity": 0.7, "text-background-padding": 1,
          width: (n) => 10 + 40 * Math.sqrt(n.data("pagerank") || 0) * 2, height: (n) => 10 + 40 * Math.sqrt(n.data("pagerank") || 0) * 2,
          "min-zoomed-font-size": big ? 8 : 0 } },
        { selector: "node[?center]", style: { "border-width": 3, "border-color": "#12355b" } },
        { selector: "edge", style: { width: (e) => Math.min(1 + Math.log2(e.data("weight") || 1), 8),
          "line-color": "#b8c0c8", opacity: 0.7, "curve-style": "haystack" } },
        { selector: ":selected", style: { "background-color": "#d62728", "line-color": "#d62728" } },
      ],
      layout: big ? { name: "concentric", concentric: (n) => n.data("pagerank") || 0, levelWidth: () => 0.01, animate: false }
                  : { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 70 },
    });
    state.cy.on("tap", "node", (ev) => showNode(ev.target.id()));
    state.cy.on("tap", "edge", (ev) => showEdge(ev.target.data("source"), ev.target.data("target")));
    window.sdkgNetwork = { cy: state.cy, data: data };
  }

  function quoteBlock(q) {
    const where = [q.title || q.file || q.report, q.year, `characters ${q.start}–${q.end}`].filter(Boolean).join(" · ");
    return el("blockquote", { class: "quote" }, "“" + q.quote + "”", el("cite", {}, where));
  }

  async function showNode(id) {
    const box = $("details");
    box.replaceChildren(el("p", { class: "hint" }, "Loading…"));
    let n;
    try {
      n = await getJSON(`/api/network/node?` + apiParams({ kind: kind(), id: id }));
    } catch (e) { box.replaceChildren(el("p", { class: "error" }, e.message)); return; }
    const m = n.measures;
    const head = [el("h3", {}, n.label),
      el("p", { class: "meta" }, `${n.type}${n.kind ? " · " + n.kind : ""} · ${m.degree} links · PageRank ${m.pagerank}`)];
    if (n.type === "municipality") {
      const go = new URLSearchParams({ municipality: n.code || id });
      head.push(el("p", {}, el("a", { href: "/network?" + go }, "Open the network of " + n.label)));
    }
    const links = n.links.map((l) => el("div", { class: "link" },
      el("strong", {}, l.label), " ",
      el("span", { class: "meta" }, [`weight ${l.weight}`, l.years.length ? "years " + l.years.join(", ") : "",
        l.roles.length ? "roles " + l.roles.join(", ") : "", l.laws.length ? "laws " + l.laws.join(", ") : "",
        l.jaccard !== null && l.jaccard !== undefined ? `Jaccard ${l.jaccard}` : ""].filter(Boolean).join(" · ")),
      l.shared && l.shared.length ? el("p", { class: "meta" }, "shared: " + l.shared.slice(0, 12).join(", ")) : null,
      l.quotes.map(quoteBlock)));
    box.replaceChildren(...head, el("h4", {}, `Links (${n.links.length})`), ...links);
  }

  async function showEdge(a, b) {
    const box = $("details");
    let e;
    try {
      e = await getJSON(`/api/network/edge?` + apiParams({ kind: kind(), source: a, target: b }));
    } catch (err) { box.replaceChildren(el("p", { class: "error" }, err.message)); return; }
    box.replaceChildren(el("h3", {}, `${e.source_label} — ${e.target_label}`),
      el("p", { class: "meta" }, `weight ${e.weight}` + (e.years && e.years.length ? " · years " + e.years.join(", ") : "")),
      ...(e.quotes.length ? e.quotes.map(quoteBlock) : [el("p", { class: "hint" }, e.shared ? "shared: " + e.shared.join(", ") : "no quotes")]));
  }

  function ranking(data) {
    const cols = ["rank", "label", "type"].concat(data.center ? ["weight"] : [], ["degree", "weighted_degree", "pagerank", "betweenness", "community"]);
    $("ranking-title").textContent = data.center ? "Partners, most central first" : "Most central";
    $("ranking").tHead.replaceChildren(el("tr", {}, cols.map((c) => el("th", {}, c.replace("_", " ")))));
    $("ranking").tBodies[0].replaceChildren(...data.ranking.map((r) => el("tr", {},
      cols.map((c) => el("td", {}, c === "label"
        ? el("a", { href: "#", onclick: (ev) => { ev.preventDefault(); select(r.id); } }, r.label)
        : (r[c] === undefined || r[c] === null ? "" : r[c]))))));
  }

  function select(id) {
    const n = state.cy && state.cy.getElementById(id);
    if (n && n.length) { state.cy.elements().unselect(); n.select(); state.cy.animate({ center: { eles: n } }, { duration: 200 }); }
    showNode(id);
  }

  function similar(data) {
    const sec = $("similar-section");
    sec.hidden = !data.similar;
    if (!data.similar) return;
    $("similar").tBodies[0].replaceChildren(...data.similar.map((r) => el("tr", {},
      el("td", {}, el("a", { href: "/network?" + new URLSearchParams({ municipality: r.id.split("/").pop() }) }, r.label)),
      el("td", {}, r.shared), el("td", {}, r.jaccard))));
  }

  function downloads() {
    const base = `/api/network/${kind()}/download.`;
    const p = apiParams();
    const links = [["gexf", "GEXF (Gephi)", null], ["graphml", "GraphML", null], ["json", "JSON", null],
      ["csv", "CSV nodes", "nodes"], ["csv", "CSV edges", "edges"], ["png", "PNG", null], ["svg", "SVG", null]];
    $("downloads").replaceChildren(...links.map(([fmt, label, table]) => {
      const q = new URLSearchParams(p); if (table) q.set("table", table);
      return el("a", { href: base + fmt + "?" + q, download: "", "data-format": fmt + (table ? "-" + table : "") }, label);
    }));
  }

  async function compare() {
    const gm = $("c-municipality").value, a = $("c-from").value, b = $("c-to").value;
    const box = $("diff");
    box.replaceChildren(el("p", { class: "hint" }, "Comparing…"));
    let d;
    try {
      d = await getJSON("/api/network/diff?" + new URLSearchParams({ municipality: gm, from: a, to: b }));
    } catch (e) { box.replaceChildren(el("p", { class: "error" }, e.message)); return; }
    const list = (rows, cls) => rows.length ? el("ul", { class: cls }, rows.map((r) => el("li", {}, r.label,
      el("span", { class: "meta" }, ` (${r.kind || "?"}; weight ${r.weight_before} → ${r.weight_after})`)))) : el("p", { class: "hint" }, "none");
    const missing = Object.entries(d.has_reports).filter(([, ok]) => !ok).map(([y]) => y);
    box.replaceChildren(
      el("p", {}, `${d.label}: ${d.partners_from} partners in ${d.from}, ${d.partners_to} in ${d.to}; churn ${Math.round(d.churn * 100)}%.`,
        missing.length ? el("span", { class: "hint" }, ` No reports for ${missing.join(", ")}.`) : null),
      el("h4", { class: "gained" }, `Gained (${d.gained.length})`), list(d.gained, "gained"),
      el("h4", { class: "lost" }, `Lost (${d.lost.length})`), list(d.lost, "lost"),
      el("h4", {}, `Kept (${d.kept.length})`), list(d.kept, "kept"),
      d.newly_central.length ? el("p", { class: "meta" }, "Newly among the most central organisations (all municipalities): " +
        d.newly_central.map((r) => r.label).join(", ")) : null);
  }

  init().catch((e) => { $("status").textContent = "Cannot start: " + e.message; });
})();
