"""Per-app access to the store for views: one handle per process, refreshed after writes."""

from __future__ import annotations

import threading

from flask import current_app
from sdkg.graph.store import OxigraphStore, Store, open_store

_lock = threading.Lock()


def get_store() -> Store:
    """The app's store. Read-only embedded handles are snapshots, so reopen one when the
    store's generation (bumped by every ingest) has moved on."""
    app = current_app
    with _lock:
        holder = app.extensions.setdefault("sdkg", {})
        store = holder.get("store")
        if store is None:
            cfg = app.config
            store = cfg.get("SDKG_STORE_OBJECT") or open_store(
                cfg.get("SDKG_STORE"), memory=cfg.get("SDKG_MEMORY", False), endpoint=cfg.get("SDKG_ENDPOINT"),
                update_endpoint=cfg.get("SDKG_UPDATE_ENDPOINT"), graph_store=cfg.get("SDKG_GRAPH_STORE"),
                read_only=cfg.get("SDKG_READ_ONLY", True))
            holder["store"], holder["generation"] = store, store.generation()
        elif isinstance(store, OxigraphStore) and store.read_only:
            gen = store.generation()
            if gen != holder.get("generation"):
                store.refresh()
                holder["generation"] = gen
        return store
