// Translations for scripts: t("Dutch text", {name: value}) gives the text in the page's language.
// The page embeds the catalogue of its language (empty for Dutch, the source language).
(function () {
  "use strict";
  let catalogue = {};
  try {
    catalogue = JSON.parse(document.getElementById("i18n-catalogue").textContent) || {};
  } catch (e) { catalogue = {}; }
  window.t = function (text, vars) {
    let out = catalogue[text] || text;
    for (const [k, v] of Object.entries(vars || {})) out = out.split("%(" + k + ")s").join(String(v));
    return out;
  };
  window.sdkgLang = document.documentElement.lang || "nl";
})();
