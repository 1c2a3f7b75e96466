// A report's reader view: click a fact to see its sentence, click a sentence to see its facts.
(function () {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const facts = JSON.parse($("facts-data").textContent);
  const byId = Object.fromEntries(facts.map((f) => [f.id, f]));
  const panel = $("panel-body"), title = $("panel-title");

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") e.className = v; else if (k.startsWith("on")) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
    }
    for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
    return e;
  }

  // a sentence's words, without the count of facts said only to screen readers
  function words(s) {
    const c = s.cloneNode(true);
    c.querySelectorAll(".visually-hidden").forEach((x) => x.remove());
    return c.textContent.trim();
  }

  function clear() {
    document.querySelectorAll(".sentence.active, mark.active").forEach((x) => x.classList.remove("active"));
  }

  function factItem(f) {
    return el("li", {}, el("a", { href: "#" + f.id, class: "panel-fact", "data-fact": f.id, "data-type": f.type,
      onclick: (ev) => { ev.preventDefault(); showFact(f.id, false); } }, f.text),
      " ", el("span", { class: "meta" }, f.type_label));
  }

  function showSentence(sid, focus) {
    const s = $(sid);
    if (!s) return;
    clear();
    s.classList.add("active");
    const ids = (s.dataset.facts || "").split(" ").filter(Boolean);
    title.textContent = t("Feiten in deze zin");
    panel.replaceChildren(
      el("blockquote", { class: "quote", id: "panel-sentence" }, words(s)),
      ids.length ? el("ul", { id: "panel-facts" }, ids.map((id) => factItem(byId[id])))
        : el("p", { class: "hint" }, t("Geen feiten in deze zin.")));
    if (focus) s.focus();
  }

  function showFact(id, scroll) {
    const f = byId[id];
    if (!f) return;
    const s = $(f.sentence);
    clear();
    if (s) s.classList.add("active");
    document.querySelectorAll("mark").forEach((m) => {
      if ((m.dataset.facts || "").split(" ").includes(id)) m.classList.add("active");
    });
    title.textContent = f.text;
    panel.replaceChildren(...[
      el("p", { class: "meta" }, f.type_label + " · " + t("tekens %(start)s–%(end)s", { start: f.start, end: f.end })),
      el("p", {}, t("De zin:")),
      el("blockquote", { class: "quote", id: "panel-sentence" }, s ? words(s) : f.before + f.exact + f.after),
      f.href ? el("p", {}, el("a", { href: f.href }, t("Naar de pagina van %(name)s", { name: f.text }))) : null,
      s ? el("p", {}, el("button", { type: "button", class: "link-button", onclick: () => showSentence(f.sentence, true) },
        t("Alle feiten in deze zin"))) : null].filter(Boolean));
    if (s && scroll) s.scrollIntoView({ block: "center" });
  }

  document.querySelectorAll("a.fact").forEach((a) => a.addEventListener("click", (ev) => {
    ev.preventDefault();
    showFact(a.id, true);
    history.replaceState(null, "", "#" + a.id);
  }));
  document.querySelectorAll("button.sentence").forEach((b) => b.addEventListener("click", () => showSentence(b.id, false)));

  // arriving from a search result (#e<start>) or a shared link (#f<n>, #s<start>)
  const target = decodeURIComponent(location.hash.slice(1));
  if (target.startsWith("f") && byId[target]) showFact(target, true);
  else if (target.startsWith("s") && $(target)) { showSentence(target, false); $(target).scrollIntoView({ block: "center" }); }
  else if (target.startsWith("e")) {
    const start = Number(target.slice(1));
    const f = facts.find((x) => x.start === start);
    if (f) showFact(f.id, true);
  }
})();
