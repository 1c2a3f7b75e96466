"""The path users take with a whole report: `sdkg ingest FOLDER` with the default worker count and store, a
200-page PDF (written through the bulk loader: its graph is over BULK_MIN_QUADS) beside one empty file."""

import shutil

from sdkg.cli import main
from sdkg.graph.iris import Minter
from sdkg.graph.store import BULK_MIN_QUADS, LOADING_FILE, OxigraphStore


def test_ingest_of_a_folder_with_a_whole_report_and_an_empty_file(jaarstukken, tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(jaarstukken.pdf, folder / "jaarstukken.pdf")
    (folder / "leeg.txt").write_bytes(b"")
    store_dir = tmp_path / "db"
    code = main(["ingest", "--quiet", "--store", str(store_dir), str(folder)])
    assert code == 1  # the empty file fails alone, named
    assert str(folder / "leeg.txt") in capsys.readouterr().err
    assert not (store_dir / LOADING_FILE).exists()
    graph = Minter().report_graph(jaarstukken.doc.sha256)
    with OxigraphStore(store_dir, read_only=True) as store:
        assert store.graphs() == [graph.value]
        quads = list(store.quads(graph))
        assert len(quads) >= BULK_MIN_QUADS
        # a query's default graph holds every triple of the report once
        missing = store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph.value}> {{ ?s ?p ?o }} "
                               "FILTER NOT EXISTS { ?s ?p ?o } }")
        assert int(missing.rows[0][0].value) == 0


def test_a_changed_whole_report_replaces_its_old_version(jaarstukken, tmp_path):
    """A new version of the same file (other bytes, same name) ingested again: one report graph, the new one, and
    the default graph the merge of what it states."""
    folder = tmp_path / "in"
    folder.mkdir()
    target = folder / "jaarstukken.pdf"
    shutil.copy(jaarstukken.pdf, target)
    store_dir = tmp_path / "db"
    assert main(["ingest", "--quiet", "--store", str(store_dir), str(folder)]) == 0
    target.write_bytes(target.read_bytes() + b"\n% tweede versie\n")  # after %%EOF: the same text, a new file hash
    assert main(["ingest", "--quiet", "--store", str(store_dir), str(folder)]) == 0
    assert not (store_dir / LOADING_FILE).exists()
    with OxigraphStore(store_dir, read_only=True) as store:
        assert len(store.graphs()) == 1 and store.graphs() != [Minter().report_graph(jaarstukken.doc.sha256).value]
        graph = store.graphs()[0]
        counts = store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
        assert int(counts.rows[0][0].value) >= BULK_MIN_QUADS
        ours = store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} "
                            "FILTER(STRSTARTS(STR(?s), 'https://w3id.org/sdkg/id/rapport')) }")
        assert int(ours.rows[0][0].value) > 0
        orphans = store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o FILTER NOT EXISTS {{ GRAPH <{graph}> "
                               "{ ?s ?p ?o } } FILTER(STRSTARTS(STR(?s), 'https://w3id.org/sdkg/id/rapport')) }")
        assert int(orphans.rows[0][0].value) == 0  # nothing of the old version's report node left merged
