"""sdkg's settings: one object, built once, passed down.

`Settings.build(flags)` reads, in order of precedence: command-line flags > environment
variables `SDKG_<NAME>` > a config file (TOML; `--config FILE` or `SDKG_CONFIG`) > defaults.
Nothing else in sdkg reads `SDKG_*` variables, and nothing writes `os.environ`: the CLI builds
the object and hands it to the app factory, the store and the IRI minter as arguments.

Every setting is declared once in SPECS with its type, default and a help line;
docs/settings.md is generated from them (`python -m sdkg.settings --markdown`) and a test fails
when the two disagree.

Config file (TOML), keys as the setting names, at the top level or under [sdkg]:

    store = "/srv/sdkg-data"
    query_timeout = 10
    service_allow = ["https://query.wikidata.org/sparql"]
"""

from __future__ import annotations

import json
import os
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path


class SettingsError(ValueError):
    """A setting with a value that does not fit its type, or an unreadable config file."""


@dataclass(frozen=True)
class Spec:
    name: str
    type: type  # str, int, float, bool or list (of str)
    default: object
    help: str


SPECS: list[Spec] = [
    # store
    Spec("store", str, "sdkg-data", "embedded Oxigraph store folder (the default backend)"),
    Spec("memory", bool, False, "use a throw-away in-memory store instead of the folder"),
    Spec("endpoint", str, None, "remote SPARQL 1.1 query endpoint instead of the embedded store"),
    Spec("update_endpoint", str, None, "remote SPARQL 1.1 Update endpoint (default: the query endpoint)"),
    Spec("graph_store", str, None, "remote Graph Store Protocol endpoint, used to write whole report graphs"),
    Spec("default_graph", str, None, "remote stores whose default graph cannot be written (Virtuoso): the named "
         "graph that holds it, the merge of the model and all report graphs (default {base}graph/default)"),
    Spec("base", str, "https://w3id.org/sdkg/", "base IRI of instance data ({base}id/..., {base}graph/...)"),
    # server
    Spec("host", str, "127.0.0.1", "address `sdkg serve` binds"),
    Spec("port", int, 8000, "port `sdkg serve` binds"),
    Spec("workers", int, 2, "web worker processes of `sdkg serve` (gunicorn)"),
    Spec("threads", int, 4, "threads per web worker"),
    Spec("read_only", bool, True, "the server only reads; writes come from `sdkg ingest` or an update token"),
    Spec("update_token", str, None,
         "enable SPARQL Update and Graph Store writes for 'Authorization: Bearer TOKEN' (prefer the "
         "environment or the config file: `ps` shows flags)"),
    Spec("access_log", str, None, "access log file ('-' for stdout); none by default"),
    # the query service: limits in one place
    Spec("query_timeout", float, 30.0, "seconds a query may run before it is stopped (every read path)"),
    Spec("query_memory_mb", int, 4096, "memory (MB) one query evaluator may use before the query is stopped"),
    Spec("dump_timeout", float, None,
         "seconds writing one dump file for /dumps/ may take before it is stopped (default: query_timeout); "
         "a large store may need more, or `sdkg publish`"),
    Spec("max_rows", int, 10000, "rows (or triples) per result; more are cut off and flagged"),
    Spec("max_request_bytes", int, 1_000_000, "largest request accepted, else 413"),
    Spec("evaluators", int, 0, "query evaluator processes per web worker (0: one per thread)"),
    Spec("cache_bytes", int, 64 << 20, "bytes of serialised results the query service keeps per web worker"),
    Spec("cache_max_age", int, 60, "seconds clients may cache a GET answer (Cache-Control max-age)"),
    Spec("service_allow", list, [],
         "federated SERVICE endpoints queries may call (exact URLs, comma-separated in the environment); "
         "empty: SERVICE is refused"),
    # publication
    Spec("dump_dir", str, None, "folder for generated dumps (default: a folder under the system temp dir)"),
    Spec("publisher", str, None, "publisher settings file for the catalogue and VoID (TOML or JSON)"),
    Spec("publisher_name", str, None, "name of the publishing organisation"),
    Spec("publisher_uri", str, None, "IRI of the publishing organisation"),
    Spec("publisher_email", str, None, "contact e-mail address of the publisher"),
    Spec("publisher_homepage", str, None, "home page of the publisher"),
    Spec("licence", str, None, "licence IRI of the dataset (default CC BY 4.0)"),
    Spec("public_url", str, None, "URL where the server or the published folder is reachable"),
    Spec("allow_loopback", bool, False,
         "let /catalog and `sdkg publish` write loopback URLs (127.0.0.1, localhost) into the catalogue: for a "
         "trial only"),
    # evaluation (sdkg eval)
    Spec("shared", str, None, "`sdkg eval`: folder with seeds, gold and real/ (default: `shared` beside the checkout)"),
    Spec("real_texts", str, "/tmp/real", "`sdkg eval`: folder with the texts of the real report pages"),
    # ingest: the limits of reading one file (loaders/limits.py) and of waiting for the store
    Spec("file_timeout", float, 60.0,
         "`sdkg ingest`: seconds one file may take to be read and extracted (plus `file_timeout_per_mb` for "
         "each MB); a file over it is stopped and reported"),
    Spec("file_timeout_per_mb", float, 20.0, "`sdkg ingest`: extra seconds per MB of file, added to `file_timeout`"),
    Spec("file_memory_mb", int, 4096,
         "`sdkg ingest`: memory (MB of address space) of the process that reads one file; a file that needs "
         "more is reported"),
    Spec("max_file_mb", float, 50.0, "`sdkg ingest`: largest report file read, in MB"),
    Spec("max_unpacked_mb", float, 200.0, "`sdkg ingest`: largest size a .docx may unpack to, in MB (zip bombs)"),
    Spec("lock_timeout", float, 600.0,
         "`sdkg ingest`: seconds to wait for another process that is writing the same store"),
]
SPEC = {s.name: s for s in SPECS}
ENV_PREFIX = "SDKG_"
CONFIG_ENV = "SDKG_CONFIG"


def env_name(name: str) -> str:
    return ENV_PREFIX + name.upper()


def _convert(spec: Spec, value, where: str):
    if value is None:
        return None
    try:
        if spec.type is bool:
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in ("1", "true", "yes", "on"):
                return True
            if text in ("0", "false", "no", "off", ""):
                return False
            raise ValueError(f"not a yes/no value: {value!r}")
        if spec.type is list:
            if isinstance(value, str):
                return [v.strip() for v in value.split(",") if v.strip()]
            return [str(v) for v in value]
        if spec.type is int and isinstance(value, float) and not value.is_integer():
            raise ValueError(f"not a whole number: {value!r}")
        if spec.type in (int, float) and isinstance(value, bool):
            raise ValueError(f"not a number: {value!r}")
        return spec.type(value)
    except (TypeError, ValueError) as e:
        raise SettingsError(f"{where}: {spec.name}: {e}") from None


@dataclass(frozen=True)
class Settings:
    """All of sdkg's settings; see SPECS for what each means."""

    store: str = "sdkg-data"
    memory: bool = False
    endpoint: str | None = None
    update_endpoint: str | None = None
    graph_store: str | None = None
    default_graph: str | None = None
    base: str = "https://w3id.org/sdkg/"
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 2
    threads: int = 4
    read_only: bool = True
    update_token: str | None = None
    access_log: str | None = None
    query_timeout: float = 30.0
    query_memory_mb: int = 4096
    dump_timeout: float | None = None
    max_rows: int = 10000
    max_request_bytes: int = 1_000_000
    evaluators: int = 0
    cache_bytes: int = 64 << 20
    cache_max_age: int = 60
    service_allow: list = field(default_factory=list)
    dump_dir: str | None = None
    publisher: str | None = None
    publisher_name: str | None = None
    publisher_uri: str | None = None
    publisher_email: str | None = None
    publisher_homepage: str | None = None
    licence: str | None = None
    public_url: str | None = None
    allow_loopback: bool = False
    shared: str | None = None
    real_texts: str = "/tmp/real"
    file_timeout: float = 60.0
    file_timeout_per_mb: float = 20.0
    file_memory_mb: int = 4096
    max_file_mb: float = 50.0
    max_unpacked_mb: float = 200.0
    lock_timeout: float = 600.0

    def __post_init__(self):
        base = self.base or SPEC["base"].default
        object.__setattr__(self, "base", base if base.endswith("/") else base + "/")
        object.__setattr__(self, "service_allow", list(self.service_allow or []))

    # --- building -----------------------------------------------------------------------------------
    @classmethod
    def build(cls, flags: Mapping | None = None, environ: Mapping | None = None,
              config: str | os.PathLike | None = None) -> Settings:
        """flags (None values ignored) > environ (default os.environ) > config file > defaults."""
        environ = os.environ if environ is None else environ
        values: dict = {}
        config = config or (flags or {}).get("config") or environ.get(CONFIG_ENV)
        if config:
            values.update(_read_config(config))
        for spec in SPECS:
            raw = environ.get(env_name(spec.name))
            if raw is not None and (raw != "" or spec.type in (str, list)):
                values[spec.name] = _convert(spec, raw, f"environment {env_name(spec.name)}")
        for name, value in (flags or {}).items():
            if name == "config" or value is None:
                continue
            if name not in SPEC:
                raise SettingsError(f"unknown setting {name!r}")
            values[name] = _convert(SPEC[name], value, "flag")
        return cls(**values)

    def replace(self, **changes) -> Settings:
        for name, value in changes.items():
            if name not in SPEC:
                raise SettingsError(f"unknown setting {name!r}")
            changes[name] = _convert(SPEC[name], value, "replace")
        return type(self)(**{**asdict(self), **changes})

    # --- handing on --------------------------------------------------------------------------------
    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> Settings:
        return cls(**json.loads(text))

    def publisher_overrides(self) -> dict:
        """Publisher values set here, as graph.publish.config.load_publisher keywords."""
        names = {"publisher_name": "name", "publisher_uri": "uri", "publisher_email": "email",
                 "publisher_homepage": "homepage", "licence": "licence", "public_url": "public_url"}
        out = {key: getattr(self, name) for name, key in names.items() if getattr(self, name)}
        return {**out, "base": self.base}

    def open_store(self, read_only: bool | None = None):
        """The backend these settings name: `endpoint` (remote), `memory`, or the `store` folder."""
        read_only = self.read_only if read_only is None else read_only
        if self.endpoint:
            from sdkg.graph.remote import RemoteStore

            return RemoteStore(self.endpoint, update_endpoint=self.update_endpoint, graph_store=self.graph_store,
                               read_only=read_only, default_graph=self.default_graph, base=self.base)
        from sdkg.graph.store import OxigraphStore

        if self.memory:
            return OxigraphStore(None)
        return OxigraphStore(self.store or SPEC["store"].default, read_only=read_only,
                             lock_timeout=self.lock_timeout)

    def minter(self):
        from sdkg.graph.iris import Minter

        return Minter(self.base)


def _read_config(path: str | os.PathLike) -> dict:
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise SettingsError(f"{p}: cannot read the config file: {e}") from None
    if isinstance(data.get("sdkg"), dict):
        data = data["sdkg"]
    unknown = set(data) - set(SPEC)
    if unknown:
        raise SettingsError(f"{p}: unknown setting(s): {', '.join(sorted(unknown))}")
    return {k: _convert(SPEC[k], v, str(p)) for k, v in data.items()}


def markdown() -> str:
    """docs/settings.md: every setting with its variable, type, default and help line."""
    lines = [
        "# Settings",
        "",
        "Generated from `settings.py` (`python -m sdkg.settings --markdown > docs/settings.md`); a test",
        "fails when a setting is missing here.",
        "",
        "sdkg builds one settings object when a command starts, from (highest first): command-line",
        "flags, environment variables `SDKG_<NAME>`, a TOML config file (`--config FILE` or",
        "`SDKG_CONFIG`; keys as below, at the top level or under `[sdkg]`), and the defaults. The",
        "object is passed down as an argument to the web app, the store and the IRI minter; nothing",
        "writes the environment. Under gunicorn, use the app factory with a config file:",
        "`gunicorn 'sdkg.server:create_app(config=\"sdkg.toml\")'`.",
        "",
        "| setting | environment | type | default | meaning |",
        "|---|---|---|---|---|",
    ]
    for s in SPECS:
        default = "" if s.default in (None, []) else f"`{s.default}`"
        kind = "list of URLs" if s.type is list else s.type.__name__
        lines.append(f"| `{s.name}` | `{env_name(s.name)}` | {kind} | {default} | {s.help} |")
    return "\n".join(lines) + "\n"


_declared = {f.name for f in fields(Settings)}
assert _declared == set(SPEC), f"Settings fields and SPECS differ: {_declared ^ set(SPEC)}"

if __name__ == "__main__":
    if sys.argv[1:] == ["--markdown"]:
        sys.stdout.write(markdown())
    else:
        print(Settings.build().to_json())
