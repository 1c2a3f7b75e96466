// The query page: run the editor's SPARQL against the endpoint, show a table, offer downloads
// and keep the query in the page URL so that a link reproduces the result.
(function () {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const editor = $("query"), status = $("status"), results = $("results"), downloads = $("downloads");
  const examples = JSON.parse($("examples-data").textContent);
  const urls = [];

  function setStatus(text, isError) {
    status.textContent = text;
    status.className = isError ? "error" : "";
  }

  function shareUrl(query) {
    const u = new URL(window.location.href);
    u.search = "";
    u.searchParams.set("query", query);
    return u.toString();
  }

  // Compact IRIs (prefix:local) in the table; the link and tooltip keep the full IRI.
  const shortForms = Object.entries(window.SDKG_SHORT || {}).sort((a, b) => b[0].length - a[0].length);
  function shorten(iri) {
    for (const [ns, p] of shortForms) if (iri.startsWith(ns)) return p + iri.slice(ns.length);
    return iri;
  }

  function cell(term) {
    const td = document.createElement("td");
    if (!term) return td;
    if (term.type === "uri") {
      const a = document.createElement("a");
      a.href = term.value;
      a.title = term.value;
      a.textContent = shorten(term.value);
      td.appendChild(a);
    } else {
      td.textContent = term.value;
      if (term.value.length > 60) td.className = "long";
      if (term["xml:lang"]) td.title = "@" + term["xml:lang"];
      else if (term.datatype) td.title = term.datatype;
    }
    return td;
  }

  function csvOf(data) {
    const esc = (s) => /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
    const vars = data.head.vars;
    const lines = [vars.map(esc).join(",")];
    for (const b of data.results.bindings) lines.push(vars.map((v) => esc(b[v] ? b[v].value : "")).join(","));
    return lines.join("\r\n") + "\r\n";
  }

  function offer(link, text, type) {
    const url = URL.createObjectURL(new Blob([text], { type: type }));
    urls.push(url);
    link.href = url;
    link.hidden = false;
  }

  function render(data, raw) {
    results.replaceChildren();
    urls.splice(0).forEach((u) => URL.revokeObjectURL(u));
    if (typeof data.boolean === "boolean") {
      const p = document.createElement("p");
      p.className = "boolean";
      p.textContent = data.boolean ? "true" : "false";
      results.appendChild(p);
      setStatus("ASK: " + data.boolean);
      offer($("download-json"), raw, "application/sparql-results+json");
      $("download-csv").hidden = true;
      return;
    }
    const table = document.createElement("table");
    const head = table.createTHead().insertRow();
    for (const v of data.head.vars) {
      const th = document.createElement("th");
      th.textContent = v;
      head.appendChild(th);
    }
    const body = table.createTBody();
    for (const b of data.results.bindings) {
      const tr = body.insertRow();
      for (const v of data.head.vars) tr.appendChild(cell(b[v]));
    }
    results.appendChild(table);
    const n = data.results.bindings.length;
    setStatus(n + " row" + (n === 1 ? "" : "s"));
    offer($("download-csv"), csvOf(data), "text/csv");
    offer($("download-json"), raw, "application/sparql-results+json");
  }

  function renderGraph(text, type) {
    results.replaceChildren();
    const pre = document.createElement("pre");
    pre.textContent = text;
    results.appendChild(pre);
    setStatus("graph result (" + type + ")");
    $("download-csv").hidden = true;
    offer($("download-json"), text, type);
  }

  async function run() {
    const query = editor.value.trim();
    if (!query) return;
    history.replaceState(null, "", shareUrl(query));
    $("share").href = shareUrl(query);
    setStatus("running…");
    results.setAttribute("aria-busy", "true");
    try {
      const resp = await fetch(window.SDKG_SPARQL, {
        method: "POST",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          "Accept": "application/sparql-results+json, text/turtle;q=0.9, */*;q=0.1",
        },
        body: new URLSearchParams({ query: query }),
      });
      const text = await resp.text();
      if (!resp.ok) {
        results.replaceChildren();
        downloads.hidden = true;
        setStatus("Error " + resp.status + ": " + text.slice(0, 2000), true);
        return;
      }
      const type = (resp.headers.get("Content-Type") || "").split(";")[0];
      if (type.includes("json") && !type.includes("ld+json")) render(JSON.parse(text), text);
      else renderGraph(text, type);
      downloads.hidden = false;
    } catch (e) {
      setStatus("The query could not be sent: " + e, true);
    } finally {
      results.removeAttribute("aria-busy");
    }
  }

  $("query-form").addEventListener("submit", (ev) => { ev.preventDefault(); run(); });
  editor.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); run(); }
  });
  $("examples").addEventListener("change", (ev) => {
    const ex = examples.find((e) => e.name === ev.target.value);
    if (ex) { editor.value = ex.sparql; run(); }
  });
  if (window.SDKG_AUTORUN && editor.value.trim()) run();
})();
