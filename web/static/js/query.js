// The SPARQL page: YASGUI (editor with highlighting and completion, result tables and charts)
// against this server's endpoint, the named queries as examples, the query kept in the page
// address, and errors told in the page's language with the line and column of the user's query.
(function () {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const cfg = JSON.parse($("query-config").textContent);
  const examples = JSON.parse($("examples-data").textContent);
  const status = $("status");
  const Yasqe = Yasgui.Yasqe;

  // offline: no prefix.cc or LOV look-ups; complete this dataset's prefixes and the query's variables
  Yasqe.defaults.autocompleters = ["variables"];
  Yasqe.forkAutocompleter("prefixes", { name: "sdkgPrefixes", persistenceId: null,
    get: () => Promise.resolve(cfg.prefixes) }, true);

  const yasgui = new Yasgui($("yasgui"), {
    requestConfig: { endpoint: new URL(cfg.endpoint, location.href).href, method: "POST",
      acceptHeaderSelect: "application/sparql-results+json", acceptHeaderGraph: "text/turtle" },
    persistenceId: null, populateFromUrl: false, copyEndpointOnNewTab: false, autofocus: false,
    endpointCatalogueOptions: { getData: () => [{ endpoint: new URL(cfg.endpoint, location.href).href }] },
    yasqe: { value: cfg.initial, resizeable: true, editorHeight: "320px" },
  });
  const tab = yasgui.getTab();
  tab.setQuery(cfg.initial);
  // names for the editor's own fields (WCAG: every field has a label)
  tab.getYasqe().getInputField().setAttribute("aria-label", t("SPARQL-vraag"));
  document.querySelectorAll("#yasgui input.autocomplete").forEach((i) => i.setAttribute("aria-label", t("SPARQL-endpoint")));
  document.querySelectorAll("#yasgui .CodeMirror-scroll").forEach((x) => x.setAttribute("tabindex", "0"));
  tab.getYasr().on("drawn", () => {
    document.querySelectorAll("#yasgui select.tableSizer").forEach((x) => x.setAttribute("aria-label", t("Rijen per pagina")));
    document.querySelectorAll("#yasgui input[type=search]:not([aria-label])").forEach((x) => x.setAttribute("aria-label", t("Zoek in de resultaten")));
  });
  window.sdkgYasgui = yasgui;

  function setStatus(text, isError) {
    status.textContent = text;
    status.className = isError ? "error" : "";
  }

  function remember(query) {
    const u = new URL(location.href);
    u.search = "";
    u.searchParams.set("query", query);
    history.replaceState(null, "", u.toString());
  }

  // the server says "SPARQL syntax error at line L, column C, near '...'; unknown prefix 'p:' ..."
  function explain(text) {
    const out = [];
    const pos = /line (\d+), column (\d+)(?:, near '([^']*)')?/.exec(text);
    if (pos) out.push(t("Fout in uw vraag op regel %(line)s, kolom %(col)s", { line: pos[1], col: pos[2] }) +
      (pos[3] ? " " + t("(bij ‘%(near)s’)", { near: pos[3] }) : "") + ".");
    const prefix = /unknown prefix ((?:'[^']+'(?:, )?)+)/.exec(text);
    if (prefix) out.push(t("Onbekend voorvoegsel %(prefix)s: declareer het met PREFIX of gebruik een bekend voorvoegsel.",
      { prefix: prefix[1].replace(/'/g, "") }));
    if (!out.length) out.push(t("De vraag kon niet worden uitgevoerd."));
    return out.join(" ") + " " + t("Melding van de server:") + " " + text;
  }

  tab.on("query", () => { remember(tab.getQuery()); setStatus(t("Bezig…")); });
  // the tab hands its results to the result view right after this event: read them a moment later
  tab.on("queryResponse", () => setTimeout(report, 0));
  function report() {
    const results = tab.getYasr().results;
    const error = results && results.getError && results.getError();
    if (error) {
      const text = (error.text || error.statusText || String(error)).toString();
      setStatus(t("Fout %(status)s.", { status: error.status || "" }) + " " + explain(text), true);
      return;
    }
    const bindings = results && results.getBindings && results.getBindings();
    if (bindings) {
      setStatus(bindings.length === 1 ? t("1 rij") : t("%(n)s rijen", { n: bindings.length }));
    } else if (results && results.getBoolean && typeof results.getBoolean() === "boolean") {
      setStatus(results.getBoolean() ? t("Antwoord: ja") : t("Antwoord: nee"));
    } else {
      setStatus(t("Klaar."));
    }
  }

  $("examples").addEventListener("change", (ev) => {
    const ex = examples.find((e) => e.name === ev.target.value);
    if (ex) { tab.setQuery(ex.sparql); tab.query(); }
  });
  if (cfg.autorun && cfg.initial.trim()) tab.query();
})();
