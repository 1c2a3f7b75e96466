// The /network page: filters -> /api/network/<kind> -> cytoscape drawing, ranking, quotes, year diff.
(function () {
  "use strict";
  const COLOURS = { municipality: "#1f77b4", organisation: "#c85a00", law: "#2ca02c", initiative: "#9467bd" };
  const WORDS = JSON.parse(document.getElementById("network-words").textContent);
  const measureName = (k) => (WORDS.measures[k] || [k])[0];
  const typeName = (k) => WORDS.types[k] || k || "";
  const kindName = (k) => WORDS.kinds[k] || k || "";
  const roleName = (k) => WORDS.predicates[k] || k;
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
      for (const s of ["f-from", "f-to"]) option($(s), y, y);
    }
    state.meta = meta;
    for (const l of meta.laws) option($("f-law"), l.id, l.label);
    // the form shows what the address asks for
    const form = $("filters");
    for (const [k, v] of state.params) if (form.elements[k]) form.elements[k].value = v;
    if (state.params.get("municipality")) $("c-municipality").value = state.params.get("municipality");
    $("c-municipality").addEventListener("change", compareYears);
    compareYears();
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
    $("status").textContent = t("Laden…");
    let data;
    try {
      data = await getJSON(`/api/network/${kind()}?` + apiParams());
    } catch (e) {
      $("status").textContent = t("Het netwerk kan niet geladen worden: %(reason)s", { reason: e.message });
      return;
    }
    state.data = data;
    const s = data.summary;
    const centre = data.center ? data.elements.nodes.find((n) => n.data.id === data.center) : null;
    const net = WORDS.networks[data.kind] || [data.kind, data.description];
    $("title").textContent = centre ? t("Partners van %(name)s", { name: centre.data.label }) : net[0];
    $("status").textContent = net[1] + ". " + t("%(nodes)s partijen, %(edges)s verbindingen", { nodes: s.nodes, edges: s.edges }) +
      (data.shown < s.nodes ? " " + t("(de %(n)s sterkste getekend)", { n: data.shown }) : "") +
      (s.communities > 1 ? "; " + t("%(n)s groepen die vooral onderling samenwerken", { n: s.communities }) : "") + ".";
    draw(data);
    ranking(data);
    similar(data);
    downloads();
    $("details").replaceChildren(el("p", { class: "hint" }, t("Klik op een stip of een lijn om de partners en de zinnen te zien.")));
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
          "background-color": (n) => COLOURS[n.data("type")] || "#767676",
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
    const where = [q.title || q.file || q.report, q.year].filter(Boolean).join(" · ");
    const href = q.report && q.report.includes("/id/rapport/") ? "/id/" + q.report.split("/id/")[1] + "#e" + q.start : null;
    return el("blockquote", { class: "quote" }, "“" + q.quote + "”",
      el("cite", {}, href ? el("a", { href: href }, where || t("rapport")) : where));
  }

  async function showNode(id) {
    const box = $("details");
    box.replaceChildren(el("p", { class: "hint" }, t("Laden…")));
    let n;
    try {
      n = await getJSON(`/api/network/node?` + apiParams({ kind: kind(), id: id }));
    } catch (e) { box.replaceChildren(el("p", { class: "error" }, e.message)); return; }
    const m = n.measures;
    const head = [el("h3", {}, n.label),
      el("p", { class: "meta" }, [typeName(n.type), kindName(n.kind),
        t("%(n)s verbindingen", { n: m.degree }), measureName("pagerank") + " " + m.pagerank].filter(Boolean).join(" · "))];
    const page = id.includes("/id/") ? "/id/" + id.split("/id/")[1] : null;
    if (page && (n.type === "municipality" || n.type === "organisation")) {
      head.push(el("p", {}, el("a", { href: page }, t("Naar de pagina van %(name)s", { name: n.label }))));
    }
    if (n.type === "municipality") {
      const go = new URLSearchParams({ municipality: n.code || id });
      head.push(el("p", {}, el("a", { href: "/network?" + go }, t("Open het netwerk van %(name)s", { name: n.label }))));
    }
    const links = n.links.map((l) => el("div", { class: "link" },
      el("strong", {}, l.label), " ",
      el("span", { class: "meta" }, [t("%(n)s keer genoemd", { n: l.weight }), l.years.length ? t("jaren") + " " + l.years.join(", ") : "",
        l.roles.length ? t("rol") + " " + l.roles.map(roleName).join(", ") : "", l.laws.length ? t("wetten") + " " + l.laws.join(", ") : "",
        l.jaccard !== null && l.jaccard !== undefined ? `${measureName("jaccard")} ${l.jaccard}` : ""].filter(Boolean).join(" · ")),
      l.shared && l.shared.length ? el("p", { class: "meta shared" }, t("gedeelde partners:") + " " + l.shared.slice(0, 12).join(", ")) : null,
      l.quotes.map(quoteBlock)));
    box.replaceChildren(...head, el("h4", {}, t("Verbindingen (%(n)s)", { n: n.links.length })), ...links);
  }

  async function showEdge(a, b) {
    const box = $("details");
    let e;
    try {
      e = await getJSON(`/api/network/edge?` + apiParams({ kind: kind(), source: a, target: b }));
    } catch (err) { box.replaceChildren(el("p", { class: "error" }, err.message)); return; }
    box.replaceChildren(el("h3", {}, `${e.source_label} — ${e.target_label}`),
      el("p", { class: "meta" }, t("%(n)s keer genoemd", { n: e.weight }) + (e.years && e.years.length ? " · " + t("jaren") + " " + e.years.join(", ") : "")),
      e.shared && e.shared.length ? el("p", { class: "shared" }, t("gedeelde partners:") + " " + e.shared.join(", ")) : null,
      ...(e.quotes.length ? e.quotes.map(quoteBlock) : (e.shared && e.shared.length ? [] : [el("p", { class: "hint" }, t("geen zinnen"))])));
  }

  function ranking(data) {
    const cols = ["rank", "label", "type"].concat(data.center ? ["weight"] : [], ["degree", "weighted_degree", "pagerank", "betweenness", "community"]);
    $("ranking-title").textContent = data.center ? t("Partners, de meest centrale eerst") : t("Meest centraal");
    const head = { rank: t("plaats"), label: t("naam"), type: t("soort") };
    $("ranking").tHead.replaceChildren(el("tr", {}, cols.map((c) => el("th", { scope: "col" }, head[c] ? head[c]
      : el("a", { href: "#m-" + c, title: (WORDS.measures[c] || ["", ""])[1] }, measureName(c))))));
    $("ranking").tBodies[0].replaceChildren(...data.ranking.map((r) => el("tr", {},
      cols.map((c) => el("td", {}, c === "label"
        ? el("a", { href: "#", onclick: (ev) => { ev.preventDefault(); select(r.id); } }, r.label)
        : c === "type" ? typeName(r[c]) : (r[c] === undefined || r[c] === null ? "" : r[c]))))));
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
      el("td", {}, r.shared), el("td", { class: "shared-names" }, (r.names || []).join(", ")), el("td", {}, r.jaccard))));
  }

  function downloads() {
    const base = `/api/network/${kind()}/download.`;
    const p = apiParams();
    const links = [["gexf", "GEXF (Gephi)", null], ["graphml", "GraphML", null], ["json", "JSON", null],
      ["csv", t("CSV partijen"), "nodes"], ["csv", t("CSV verbindingen"), "edges"], ["png", "PNG", null], ["svg", "SVG", null]];
    $("downloads").replaceChildren(...links.map(([fmt, label, table]) => {
      const q = new URLSearchParams(p); if (table) q.set("table", table);
      return el("a", { href: base + fmt + "?" + q, download: "", "data-format": fmt + (table ? "-" + table : "") }, label);
    }));
  }

  async function compare() {
    const gm = $("c-municipality").value, a = $("c-from").value, b = $("c-to").value;
    const box = $("diff");
    box.replaceChildren(el("p", { class: "hint" }, t("Vergelijken…")));
    let d;
    try {
      d = await getJSON("/api/network/diff?" + new URLSearchParams({ municipality: gm, from: a, to: b }));
    } catch (e) { box.replaceChildren(el("p", { class: "error" }, e.message)); return; }
    const list = (rows, cls) => rows.length ? el("ul", { class: cls }, rows.map((r) => el("li", {}, r.label,
      el("span", { class: "meta" }, " (" + [kindName(r.kind), t("%(a)s → %(b)s keer genoemd", { a: r.weight_before, b: r.weight_after })].filter(Boolean).join("; ") + ")")))) : el("p", { class: "hint" }, t("geen"));
    box.replaceChildren(
      el("p", {}, t("%(name)s: %(a)s partners in %(from)s, %(b)s in %(to)s; verloop %(churn)s.", { name: d.label,
        a: d.partners_from, from: d.from, b: d.partners_to, to: d.to, churn: Math.round(d.churn * 100) + "%" }),
        el("span", { class: "hint" }, " " + t("(verloop: het deel van alle partners uit beide jaren dat erbij kwam of verdween)"))),
      el("h4", { class: "gained" }, t("Erbij (%(n)s)", { n: d.gained.length })), list(d.gained, "gained"),
      el("h4", { class: "lost" }, t("Verdwenen (%(n)s)", { n: d.lost.length })), list(d.lost, "lost"),
      el("h4", {}, t("Gebleven (%(n)s)", { n: d.kept.length })), list(d.kept, "kept"),
      d.newly_central.length ? el("p", { class: "meta" }, t("Nieuw bij de meest centrale organisaties (alle gemeenten):") + " " +
        d.newly_central.map((r) => r.label).join(", ")) : null);
  }

  // the years offered for a comparison are the years the chosen municipality has reports for
  function compareYears() {
    const code = $("c-municipality").value;
    const m = (state.meta.municipalities || []).find((x) => (x.code || x.id) === code) || { years: [] };
    for (const s of ["c-from", "c-to"]) $(s).replaceChildren(...m.years.map((y) => el("option", { value: y }, y)));
    if (m.years.length >= 2) {
      $("c-from").value = m.years[m.years.length - 2];
      $("c-to").value = m.years[m.years.length - 1];
    }
    const enough = m.years.length >= 2;
    $("c-run").disabled = !enough;
    $("compare-note").textContent = enough ? "" : t("Van %(name)s is maar één jaar ingelezen (%(years)s); vergelijken kan vanaf twee jaren.",
      { name: m.label || code, years: m.years.join(", ") || "–" });
  }

  init().catch((e) => { $("status").textContent = t("De pagina kan niet starten: %(reason)s", { reason: e.message }); });
})();
