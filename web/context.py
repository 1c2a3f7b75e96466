"""What views get from the app: its settings, its IRI minter, and its store.

Views read data only through `get_store()`. It hands out the query service's BoundedStore, so
every query a view runs has the time limit, the memory limit and the result cache of the
service (sparql/execute.py), and runs outside the web worker where the store allows it. The
store's capability flags (never its class) say whether its handle is a snapshot to refresh
when the store's generation moves on.
"""

from __future__ import annotations

import os
import threading

from flask import current_app, g
from sdkg.graph.iris import Minter
from sdkg.settings import Settings
from sdkg.sparql.execute import Executor
from sdkg.sparql.service import BoundedStore

_lock = threading.Lock()


def _holder() -> dict:
    return current_app.extensions["sdkg"]


def settings() -> Settings:
    """The settings the app was created with (sdkg.settings; never the environment)."""
    return _holder()["settings"]


def minter() -> Minter:
    return Minter(settings().base)


def base() -> str:
    """The base IRI of instance data."""
    return settings().base


def _backend():
    holder = _holder()
    store = holder.get("store")
    if store is None:
        store = holder.get("store_object") or settings().open_store()
        holder["store"], holder["generation"] = store, store.generation()
    elif store.snapshot:
        gen = g.sdkg_generation = store.generation()
        if gen != holder.get("generation"):
            store.refresh()
            holder["generation"] = gen
    return store


def service() -> Executor:
    """The query service of this process (each gunicorn worker has its own, with its evaluators)."""
    with _lock:
        holder = _holder()
        store = _backend()
        ex = holder.get("service")
        if ex is None or holder.get("service_pid") != os.getpid():
            s = settings()
            ex = Executor(store, timeout=s.query_timeout, max_rows=s.max_rows, cache_bytes=s.cache_bytes,
                          evaluators=s.evaluators or s.threads, memory_mb=s.query_memory_mb,
                          service_allow=s.service_allow, dump_timeout=s.dump_timeout)
            holder["service"], holder["service_pid"] = ex, os.getpid()
            holder["bounded"] = BoundedStore(store, ex)
        return ex


def generation() -> str:
    """The store's generation as this request read it (read once per request: it is a file)."""
    gen = g.get("sdkg_generation")
    if gen is None:
        ex = service()  # a snapshot store's generation is read there
        gen = g.get("sdkg_generation")
        if gen is None:
            gen = g.sdkg_generation = ex.generation()
    return gen


def get_store() -> BoundedStore:
    """The app's store, bounded by the query service: every query through it has the service's
    limits and cache."""
    service()
    return _holder()["bounded"]
