"""A real HTTP server (werkzeug) for the app on a free 127.0.0.1 port, stopped afterwards."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from contextlib import contextmanager

from sdkg.server import create_app
from werkzeug.serving import make_server


@contextmanager
def running(store, **config):
    app = create_app({"SDKG_STORE_OBJECT": store, **config})
    srv = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{srv.server_port}"
    finally:
        srv.shutdown()
        thread.join(10)
        srv.server_close()


def get(url: str, accept: str | None = None):
    """(status, headers, body) without raising on 4xx."""
    req = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()
