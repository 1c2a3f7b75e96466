"""Publisher settings for the catalogue and VoID: from a TOML/JSON file, then the settings object.

File (TOML, keys at the top level or under [publisher]; JSON the same keys):

    name = "Gemeente Voorbeeld"
    uri = "https://identifier.overheid.nl/tooi/id/gemeente/gm0000"   # the TOOI IRI of the publisher
    email = "opendata@example.nl"
    public_url = "https://data.example.nl/sdkg/"

The settings object (sdkg.settings: flags > environment > config file > defaults) names the file
(`publisher`) and may set `publisher_name`, `publisher_uri`, `publisher_email`,
`publisher_homepage`, `licence`, `public_url` and `base`, which win over the file:
`publisher_from(settings)`. This module reads no environment variables.

Publishing (`sdkg publish`, the server's /catalog) requires a real publisher: a name, its TOOI
IRI and a contact e-mail, and a public URL that is not a loopback address (unless allowed for a
trial): `Publisher.require_publishable()` says what is missing.
"""

from __future__ import annotations

import ipaddress
import json
import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from urllib.parse import urlsplit

from sdkg.graph.iris import default_base

EU = "http://publications.europa.eu/resource/authority/"
CC_BY_4 = "http://creativecommons.org/licenses/by/4.0/"
DEFAULT_PUBLIC_URL = "http://127.0.0.1:8000/"

class ConfigError(ValueError):
    """A publisher file that cannot be read or holds unknown keys."""


class PublicationError(ConfigError):
    """Settings that would publish a catalogue a portal cannot use: no real publisher, or
    addresses that only work on this machine."""


TOOI = "https://identifier.overheid.nl/tooi/id/"
PLACEHOLDER_NAMES = {"", "sdkg", "Sociaal Domein Knowledge Graph"}
PROBLEMS = {
    "name": "no publisher name: set publisher_name (SDKG_PUBLISHER_NAME, --publisher-name) or name = ... in the "
            "publisher file",
    "uri": "the publisher IRI must be the organisation's TOOI IRI ({tooi}...), e.g. {tooi}gemeente/gm0363; "
           "got {pub.uri}: set publisher_uri (SDKG_PUBLISHER_URI, --publisher-uri)",
    "email": "no contact e-mail address: set publisher_email (SDKG_PUBLISHER_EMAIL, --publisher-email)",
    "public_url": "no public URL: set public_url (SDKG_PUBLIC_URL, --public-url)",
    "loopback": "the public URL {pub.public_url} only works on this machine: set the address where the data will "
                "be served (public_url, --public-url), or allow loopback addresses for a trial "
                "(allow_loopback, --allow-loopback)",
}


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
    base: str = ""  # instance-data base; default graph.iris.DEFAULT_BASE (the settings pass theirs)

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
    def download_service_iri(self) -> str:
        return self.base + "id/dienst/downloads"

    @property
    def sparql_url(self) -> str:
        return self.public_url + self.sparql_path

    @property
    def landing_page(self) -> str:
        return self.homepage or self.public_url

    def at(self, url: str = DEFAULT_PUBLIC_URL) -> Publisher:
        """These settings with `url` as the public URL, unless one was configured."""
        return self if self.public_url else replace(self, public_url=url)

    def missing(self, allow_loopback: bool = False) -> list[str]:
        """What keeps this catalogue from being published, as keys of PROBLEMS (empty: nothing)."""
        out = []
        if self.name.strip() in PLACEHOLDER_NAMES:
            out.append("name")
        if not self.uri.startswith(TOOI):
            out.append("uri")
        if not self.email or "@" not in self.email:
            out.append("email")
        if not self.public_url:
            out.append("public_url")
        elif is_loopback(urlsplit(self.public_url).hostname) and not allow_loopback:
            out.append("loopback")
        return out

    def problems(self, allow_loopback: bool = False) -> list[str]:
        return [PROBLEMS[k].format(pub=self, tooi=TOOI) for k in self.missing(allow_loopback)]

    def require_publishable(self, allow_loopback: bool = False) -> Publisher:
        problems = self.problems(allow_loopback)
        if problems:
            raise PublicationError("cannot publish the catalogue:\n  - " + "\n  - ".join(problems))
        return self


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() in ("localhost", "localhost.localdomain") or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback or ipaddress.ip_address(host).is_unspecified
    except ValueError:
        return False


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
    """Defaults < the file at `path` < explicit overrides (None values ignored)."""
    values: dict = {}
    if path:
        values.update(_read_file(path))
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Publisher(**values)


def publisher_from(settings) -> Publisher:
    """The publisher an sdkg.settings.Settings names: its `publisher` file, then its own values."""
    return load_publisher(settings.publisher, **settings.publisher_overrides())


