"""Dutch first: every page speaks Dutch unless the reader picks English.

Flask-Babel does the work. The texts in templates, views and scripts are written in Dutch (the
source language); `web/translations/en` holds the English catalogue (.po, and the compiled .mo
that ships with the package; `make translations` extracts, updates and compiles). The language is
chosen by `?lang=` or the cookie the language switch sets; without either it is Dutch, whatever
the browser asks for, because the readers are Dutch civil servants on Dutch-language systems and
English is the exception.

Scripts translate through `t("Dutch text")` (web/static/js/i18n.js) with the catalogue the page
embeds for the current language.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from flask import Blueprint, current_app, redirect, request
from flask_babel import Babel, get_locale, get_translations
from flask_babel import gettext as _  # noqa: F401  (re-exported for views)
from flask_babel import lazy_gettext as _l  # noqa: F401

LANGUAGES = {"nl": "Nederlands", "en": "English"}
DEFAULT = "nl"
COOKIE = "sdkg_lang"
TRANSLATIONS = Path(__file__).resolve().parent / "translations"

bp = Blueprint("i18n", __name__)


def select_locale() -> str:
    for wanted in (request.args.get("lang"), request.cookies.get(COOKIE)):
        if wanted in LANGUAGES:
            return wanted
    return DEFAULT


def current_language() -> str:
    return str(get_locale() or DEFAULT)


def script_catalogue() -> dict[str, str]:
    """The current language's translations, for the page's scripts (Dutch needs none)."""
    if current_language() == DEFAULT:
        return {}
    catalog = getattr(get_translations(), "_catalog", {})
    return {k: v for k, v in catalog.items() if isinstance(k, str) and k and v}


def _switch_links() -> list[dict]:
    here = request.full_path.rstrip("?") if request.query_string else request.path
    return [{"code": code, "name": name, "href": f"/taal/{code}?next={_quote(here)}",
             "current": code == current_language()} for code, name in LANGUAGES.items()]


def _quote(path: str) -> str:
    from urllib.parse import quote

    return quote(path, safe="")


@bp.record_once
def _init(state) -> None:
    app = state.app
    app.config.setdefault("BABEL_DEFAULT_LOCALE", DEFAULT)
    app.config["BABEL_TRANSLATION_DIRECTORIES"] = str(TRANSLATIONS)
    Babel(app, locale_selector=select_locale)

    @app.context_processor
    def _language():
        from sdkg.web.labels import param_description, query_description, query_title

        return {"lang": current_language(), "languages": _switch_links, "script_catalogue": script_catalogue,
                "query_title": query_title, "query_description": query_description,
                "param_description": param_description}

    @app.after_request
    def _remember(resp):
        wanted = request.args.get("lang")
        if wanted in LANGUAGES and request.cookies.get(COOKIE) != wanted:
            resp.set_cookie(COOKIE, wanted, max_age=365 * 24 * 3600, samesite="Lax")
        return resp


@bp.get("/taal/<code>")
def switch(code: str):
    """Remember the language and go back to the page the reader was on (same site only)."""
    target = request.args.get("next") or "/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        target = "/"
    resp = redirect(target)
    if code in LANGUAGES:
        resp.set_cookie(COOKIE, code, max_age=365 * 24 * 3600, samesite="Lax")
    current_app.logger.debug("language %s", code)
    return resp
