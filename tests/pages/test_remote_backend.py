"""/api/queries and the home page served from a remote store (a real `oxigraph serve`) answer
exactly what they answer from the embedded store."""

from __future__ import annotations

import json
import urllib.request

from sdkg.graph.ingest import ingest
from sdkg.graph.remote import RemoteStore

from tests.remote.servers import oxigraph_server

from .conftest import serve


def get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=60) as r:
        return r.read().decode()


def unordered(term: dict) -> dict:
    # GROUP_CONCAT lists come in no defined order
    return {**term, "value": ", ".join(sorted(term["value"].split(", ")))}


def test_api_and_home_page_on_a_remote_store(site, seed_paths, tmp_path):
    with oxigraph_server(tmp_path / "ox") as ox:
        store = RemoteStore(ox + "/query", update_endpoint=ox + "/update")
        assert ingest(store, seed_paths, workers=1).ok
        with serve({"SDKG_ENDPOINT": ox + "/query", "SDKG_UPDATE_ENDPOINT": ox + "/update"}) as remote:
            # (the seeds share no partner: shared-partners is empty on both, so it proves nothing here)
            for path in ("/api/queries/partners?municipality=GM0268", "/api/queries/reports",
                         "/api/queries/dataset-summary"):
                def rows(base, path=path):
                    data = json.loads(get(base + path))
                    return sorted(json.dumps({k: unordered(v) for k, v in b.items()}, sort_keys=True)
                                  for b in data["results"]["bindings"])
                assert rows(remote) == rows(site) != []
            home = get(remote + "/")
            assert 'data-what="reports"><span class="n">5</span>' in home
