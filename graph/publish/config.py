"""Publisher settings for the catalogue and VoID: from a TOML/JSON file, then SDKG_* env vars.

File (TOML, keys at the top level or under [publisher]; JSON the same keys):

    name = "Gemeente Voorbeeld"
    uri = "https://identifier.overheid.nl/tooi/id/gemeente/gm0000"
    email = "opendata@example.nl"
    public_url = "https://data.example.nl/sdkg/"

Environment: SDKG_PUBLISHER (the file), SDKG_PUBLISHER_NAME, SDKG_PUBLISHER_URI,
SDKG_PUBLISHER_EMAIL, SDKG_PUBLISHER_HOMEPAGE, SDKG_LICENCE, SDKG_PUBLIC_URL.
"""

from __future__ import annotations

import json
import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from sdkg.graph.iris import default_base

EU = "http://publications.europa.eu/resource/authority/"
CC_BY_4 = "http://creativecommons.org/licenses/by/4.0/"
DEFAULT_PUBLIC_URL = "http://127.0.0.1:8000/"

ENV = {
    "name": "SDKG_PUBLISHER_NAME",
    "uri": "SDKG_PUBLISHER_URI",
    "email": "SDKG_PUBLISHER_EMAIL",
    "homepage": "SDKG_PUBLISHER_HOMEPAGE",
    "licence": "SDKG_LICENCE",
    "public_url": "SDKG_PUBLIC_URL",
}


class ConfigError(ValueError):
    """A publisher file that cannot be read or holds unknown keys."""


@dataclass(frozen=True)
class Publisher:
    """Who publishes the dataset and under which terms; IRIs default to ones under the base."""

    name: str = "Sociaal Domein Knowledge Graph"
    uri: str = ""  # default: {base}id/uitgever/sdkg
    email: str | None = None
    homepage: str | None = None  # default: public_url
    licence: str = CC_BY_4
    access_rights: str = EU + "access-right/PUBLIC"
    themes: tuple[str, ...] = (EU + "data-theme/SOCI",)
    language: str = EU + "language/NLD"
    keywords: tuple[str, ...] = ("sociaal domein", "gemeenten", "jaarverslag", "begroting", "Wmo", "Jeugdwet",
                                 "Participatiewet", "linked data")
    title: str = "Sociaal Domein Knowledge Graph"
    description: str = ("Partnerorganisaties, wetten, initiatieven, wijken en cijfers uit jaarverslagen, "
                         "jaarstukken en begrotingen van Nederlandse gemeenten over het sociaal domein; "
                         "elke uitspraak met het citaat waar zij vandaan komt.")
    identifier: str = ""  # default: the dataset IRI
    public_url: str = ""  # where the server (dumps, /sparql) is reachable; the server fills in its own
    sparql_path: str = "sparql"
    base: str = ""  # instance-data base; default SDKG_BASE

    def __post_init__(self):
        base = self.base or default_base()
        object.__setattr__(self, "base", base if base.endswith("/") else base + "/")
        if self.public_url and not self.public_url.endswith("/"):
            object.__setattr__(self, "public_url", self.public_url + "/")
        if not self.uri:
            object.__setattr__(self, "uri", self.base + "id/uitgever/sdkg")
        if not self.identifier:
            object.__setattr__(self, "identifier", self.dataset_iri)

    # the resources described by the catalogue and VoID
    @property
    def dataset_iri(self) -> str:
        return self.base + "id/dataset/sdkg"

    @property
    def catalog_iri(self) -> str:
        return self.base + "id/catalogus/sdkg"

    @property
    def service_iri(self) -> str:
        return self.base + "id/dienst/sparql"

    @property
    def sparql_url(self) -> str:
        return self.public_url + self.sparql_path

    @property
    def landing_page(self) -> str:
        return self.homepage or self.public_url

    def at(self, url: str = DEFAULT_PUBLIC_URL) -> Publisher:
        """These settings with `url` as the public URL, unless one was configured."""
        return self if self.public_url else replace(self, public_url=url)


def _read_file(path: str | os.PathLike) -> dict:
    p = Path(path)
    try:
        if p.suffix.lower() == ".json":
            data = json.loads(p.read_text(encoding="utf-8"))
        else:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ConfigError(f"{p}: cannot read publisher settings: {e}") from e
    if isinstance(data.get("publisher"), dict):
        data = data["publisher"]
    known = {f.name for f in fields(Publisher)}
    unknown = set(data) - known
    if unknown:
        raise ConfigError(f"{p}: unknown publisher setting(s): {', '.join(sorted(unknown))}; "
                          f"known: {', '.join(sorted(known))}")
    return {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}


def load_publisher(path: str | os.PathLike | None = None, **overrides) -> Publisher:
    """Defaults < file (argument or SDKG_PUBLISHER) < environment < explicit overrides."""
    values: dict = {}
    path = path or os.environ.get("SDKG_PUBLISHER")
    if path:
        values.update(_read_file(path))
    for key, env in ENV.items():
        if os.environ.get(env):
            values[key] = os.environ[env]
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Publisher(**values)


