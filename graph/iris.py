"""Stable IRIs minted from keys, so that re-ingesting a report changes nothing.

Instance data lives under a configurable base (the `base` setting, passed in; default below); every entity IRI
is `{base}id/{type}/{key}` and every report graph is `{base}graph/{sha16}`. The ontology
namespace is fixed (see ontology/__init__.py).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from pyoxigraph import NamedNode

DEFAULT_BASE = "https://w3id.org/sdkg/"
TOOI_GEMEENTE = "https://identifier.overheid.nl/tooi/id/gemeente/"
WETTEN = "https://wetten.overheid.nl/"

_LEGAL_FORMS = re.compile(r"\b(stichting|st\.|b\.v\.|bv|n\.v\.|nv|cooperatie|vereniging|u\.a\.)(?=\s|$)")


def default_base() -> str:
    """The base when none is passed; a configured one travels as an argument (sdkg.settings)."""
    return DEFAULT_BASE


@lru_cache(maxsize=65536)  # a report asks for the same names many times (relations, identity, slugs)
def normalise_name(name: str) -> str:
    """The identity key of a name: lower case, no accents, '&' as 'en', no legal form, single spaces."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = s.replace("&", " en ").lstrip("#")
    s = _LEGAL_FORMS.sub(" ", s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return " ".join(s.split())


def slug(name: str) -> str:
    return normalise_name(name).replace(" ", "-") or "x"


def short_hash(*parts: object, n: int = 12) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:n]


class Minter:
    """Mints the IRIs of one store; all methods are pure functions of their keys."""

    def __init__(self, base: str | None = None):
        self.base = (base or default_base()).rstrip("/") + "/"

    def _iri(self, *path: str) -> NamedNode:
        return NamedNode(self.base + "/".join(path))

    # entities shared across reports
    def municipality(self, cbs_code: str) -> NamedNode:
        return self._iri("id", "gemeente", cbs_code.upper())

    def organisation(self, name: str) -> NamedNode:
        """The IRI of an organisation known by this name alone (see graph/identity.py for scope)."""
        from sdkg.graph.identity import resolve

        return self.organisation_key(resolve(name).key)

    def organisation_key(self, key: str) -> NamedNode:
        """The IRI of an identity key (graph/identity.py): 'ggd-hollands-midden', 'gm0193/welzijn'."""
        return self._iri("id", "organisatie", *key.split("/"))

    def law(self, key: str) -> NamedNode:
        """Laws are concepts of the fixed thesaurus, not instance data."""
        from sdkg.ontology import WET

        return NamedNode(WET + slug(key))

    # entities that belong to one municipality
    def neighbourhood(self, cbs_code: str, name: str) -> NamedNode:
        return self._iri("id", "wijk", cbs_code.upper(), slug(name))

    def initiative(self, cbs_code: str, name: str) -> NamedNode:
        return self._iri("id", "initiatief", cbs_code.upper(), slug(name))

    def person(self, cbs_code: str, name: str) -> NamedNode:
        return self._iri("id", "persoon", cbs_code.upper(), slug(name))

    def programme(self, cbs_code: str, year: int | None, name: str) -> NamedNode:
        return self._iri("id", "programma", cbs_code.upper(), str(year or "onbekend"), slug(name))

    # things that belong to one report
    def report(self, sha256: str) -> NamedNode:
        return self._iri("id", "rapport", sha256[:16])

    def report_graph(self, sha256: str) -> NamedNode:
        return self._iri("graph", sha256[:16])

    def evidence(self, sha256: str, start: int, end: int) -> NamedNode:
        return self._iri("id", "rapport", sha256[:16], "bewijs", f"{start}-{end}")

    def figure(self, sha256: str, *key: object) -> NamedNode:
        return self._iri("id", "rapport", sha256[:16], "cijfer", short_hash(*key))

    def relation(self, sha256: str, *key: object) -> NamedNode:
        return self._iri("id", "rapport", sha256[:16], "relatie", short_hash(*key))

    def is_report_graph(self, iri: str) -> bool:
        return iri.startswith(self.base + "graph/")
