"""The ingest guarantees: whole reports only, idempotent, per-file failures, crash safety."""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from sdkg.cli import main
from sdkg.graph.ingest import ingest
from sdkg.graph.iris import Minter
from sdkg.graph.store import OxigraphStore
from sdkg.loaders import load

SDKG = [sys.executable, "-m", "sdkg.cli"]


def graph_triples(store: OxigraphStore) -> dict[str, set]:
    return {g: {(q.subject, q.predicate, q.object) for q in store.quads(ox.NamedNode(g))} for g in store.graphs()}


def test_put_graph_is_all_or_nothing():
    store = OxigraphStore()
    g = ox.NamedNode("https://w3id.org/sdkg/graph/x")
    s = ox.NamedNode("https://w3id.org/sdkg/id/x")

    def quads_then_crash():
        for i in range(1000):
            yield ox.Quad(s, ox.NamedNode(f"https://w3id.org/sdkg/def#p{i}"), ox.Literal(str(i)), g)
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        store.put_graph(g, quads_then_crash())
    assert store.graphs() == []
    assert store.count() == 0


def test_ingesting_twice_changes_nothing(tmp_path, seed_paths):
    store = OxigraphStore(tmp_path / "db")
    first = ingest(store, seed_paths[:2], workers=1)
    assert [r.status for r in first.results] == ["added", "added"]
    before = graph_triples(store)
    again = ingest(store, seed_paths[:2], workers=1)
    assert [r.status for r in again.results] == ["unchanged", "unchanged"]
    assert graph_triples(store) == before


def test_same_content_gives_the_same_iris_in_a_fresh_store(tmp_path, seed_paths):
    a, b = OxigraphStore(tmp_path / "a"), OxigraphStore(tmp_path / "b")
    ingest(a, seed_paths[:1], workers=1)
    ingest(b, seed_paths[:1], workers=1)
    assert graph_triples(a) == graph_triples(b)


def test_changed_file_replaces_only_its_own_graph(tmp_path, seed_paths):
    work = tmp_path / "reports"
    work.mkdir()
    a, b = (Path(shutil.copy(p, work)) for p in seed_paths[1:3])
    store = OxigraphStore(tmp_path / "db")
    ingest(store, [a, b], workers=1)
    before = graph_triples(store)
    b_graph = Minter().report_graph(load(b).document.sha256).value
    old_a_graph = Minter().report_graph(load(a).document.sha256).value

    a.write_text(a.read_text(encoding="utf-8") + "\nDe gemeente werkt samen met Stichting Nieuwe Partner.\n",
                 encoding="utf-8")
    result = ingest(store, [a, b], workers=1)
    assert sorted(r.status for r in result.results) == ["replaced", "unchanged"]
    after = graph_triples(store)
    assert old_a_graph not in after
    assert after[b_graph] == before[b_graph]
    assert len(after) == 2


BAD_INPUTS = {
    "empty.txt": b"",
    "garbage.txt": os.urandom(4000) + b"\x00\x00",
    "notes.xyz": b"Dit is geen rapport.",
    "broken.pdf": b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage",
    "nav-only.html": b"<html><body><nav><a href='/'>Home</a></nav></body></html>",
    "english.txt": (b"This annual report describes how the council worked with the health service and the "
                    b"housing association on the social agenda in the city and the region during the year. ") * 5,
}


def test_bad_files_fail_alone_with_a_reason_naming_them(tmp_path, seed_paths, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in BAD_INPUTS.items():
        (folder / name).write_bytes(data)
    good = Path(shutil.copy(seed_paths[0], folder))
    store_dir = tmp_path / "db"
    code = main(["ingest", "--quiet", "--workers", "1", "--store", str(store_dir), str(folder),
                 str(folder / "notes.xyz")])
    err = capsys.readouterr()
    assert code == 1
    for name in BAD_INPUTS:
        if name == "notes.xyz":
            assert "notes.xyz: unsupported file type '.xyz'" in err.err
        else:
            assert str(folder / name) in err.err, f"{name} not reported"
    assert "does not look Dutch" in err.err
    with OxigraphStore(store_dir, read_only=True) as store:
        assert store.graphs() == [Minter().report_graph(load(good).document.sha256).value]


def test_oversized_file_is_refused(tmp_path):
    from sdkg.loaders.errors import LoaderError
    from sdkg.loaders.read import read_document

    big = tmp_path / "big.txt"
    big.write_text("De gemeente werkt samen met partners. " * 2000, encoding="utf-8")
    with pytest.raises(LoaderError, match="over the"):
        read_document(big, max_bytes=10_000)


@pytest.mark.slow
def test_sigkill_during_ingest_leaves_only_whole_reports_and_a_rerun_completes(tmp_path, seed_paths):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(30):  # distinct content per file: every file is its own report
        src = seed_paths[i % len(seed_paths)]
        (folder / f"r{i:02d}-{src.name}").write_text(src.read_text(encoding="utf-8") + f"\n\nVersie {i}.\n",
                                                     encoding="utf-8")
    store_dir = tmp_path / "db"
    proc = subprocess.Popen([*SDKG, "ingest", "--quiet", "--workers", "2", "--store", str(store_dir), str(folder)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    try:
        # Kill once a report is in, while more are being written. Every write moves the generation on before
        # and after it commits: 1 on opening, 2-3 the model, 4 before the first report, 5 once it is in.
        while time.monotonic() < deadline:
            time.sleep(0.2)
            if (store_dir / "sdkg-generation").exists() and \
                    int((store_dir / "sdkg-generation").read_text().split(":")[0]) >= 5:
                break
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()

    # What an uninterrupted run in the same file order writes (organisation IRIs resolve against
    # reports written earlier, so order matters).
    clean = OxigraphStore()
    ingest(clean, sorted(folder.iterdir()), workers=1)
    expected = {g: len(t) for g, t in graph_triples(clean).items()}
    assert len(expected) == 30
    with OxigraphStore(store_dir) as store:  # opens after a crash
        partial = {g: len(t) for g, t in graph_triples(store).items()}
    assert 0 < len(partial) < len(expected), "the kill should land mid-run"
    for g, n in partial.items():
        assert n == expected[g], f"{g} holds {n} of {expected[g]} triples"

    rerun = subprocess.run([*SDKG, "ingest", "--quiet", "--store", str(store_dir), str(folder)],
                           capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    with OxigraphStore(store_dir, read_only=True) as store:
        assert {g: len(t) for g, t in graph_triples(store).items()} == expected


def test_a_second_writer_waits_for_the_lock_then_runs(tmp_path, seed_paths):
    store_dir = tmp_path / "db"
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time, pyoxigraph as ox\n"
                               f"s = ox.Store({str(store_dir)!r}); print('held', flush=True); time.sleep(4)"],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    started = time.monotonic()
    second = subprocess.run([*SDKG, "ingest", "--quiet", "--store", str(store_dir), str(seed_paths[0])],
                            capture_output=True, text=True, timeout=300)
    holder.wait()
    assert second.returncode == 0, second.stderr
    assert f"waiting for another sdkg process writing to {store_dir}" in second.stderr
    assert time.monotonic() - started >= 3
    with OxigraphStore(store_dir, read_only=True) as store:
        assert len(store.graphs()) == 1


def test_a_second_writer_gives_up_after_the_lock_timeout(tmp_path, seed_paths):
    store_dir = tmp_path / "db"
    with OxigraphStore(store_dir):
        second = subprocess.run([*SDKG, "ingest", "--quiet", "--lock-timeout", "1", "--store", str(store_dir),
                                 str(seed_paths[0])], capture_output=True, text=True, timeout=120)
    assert second.returncode == 2
    assert "waiting for another sdkg process writing to" in second.stderr
    assert "another process is still writing this store after 1 s of waiting" in second.stderr
    assert "Traceback" not in second.stderr


def test_a_rerun_finishes_a_replacement_that_was_cut_off(tmp_path, seed_paths):
    from sdkg.graph.build import build_quads

    a = Path(shutil.copy(seed_paths[1], tmp_path / "verslag.txt"))
    store = OxigraphStore(tmp_path / "db")
    ingest(store, [a])
    [old] = store.graphs()
    a.write_text(a.read_text(encoding="utf-8") + "\nDe gemeente werkt samen met Stichting Nieuwe Partner.\n",
                 encoding="utf-8")
    ex = load(a)
    new = Minter().report_graph(ex.document.sha256)
    store.put_graph(new, build_quads(ex))  # where a replacement without one transaction can stop
    assert sorted(store.graphs()) == sorted([old, new.value])

    result = ingest(store, [a])
    assert [r.status for r in result.results] == ["replaced"]
    assert store.graphs() == [new.value]


def _generation(store_dir: Path) -> str:
    try:
        return (store_dir / "sdkg-generation").read_text()
    except FileNotFoundError:
        return "0"


@pytest.mark.slow
def test_sigkill_during_replacements_leaves_one_whole_version_of_each_report(tmp_path, seed_paths):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(16):
        src = seed_paths[i % len(seed_paths)]
        (folder / f"r{i:02d}-{src.name}").write_text(src.read_text(encoding="utf-8") + f"\n\nVersie {i}.\n",
                                                     encoding="utf-8")
    store_dir = tmp_path / "db"
    with OxigraphStore(store_dir) as store:
        assert ingest(store, sorted(folder.iterdir())).ok

    def keys(store) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for g, key in store.select("SELECT DISTINCT ?g ?k WHERE { GRAPH ?g { ?r sdkg:sourceKey ?k } }").rows:
            out.setdefault(key.value, []).append(g.value)
        return out

    for round_, kill_after in enumerate((3, 8)):  # two kills, at different points of the run
        for f in folder.iterdir():  # every report changes: every write is a replacement
            f.write_text(f.read_text(encoding="utf-8") + f"\nWijziging {round_}.\n", encoding="utf-8")
        with OxigraphStore(store_dir, read_only=True) as store:
            before = graph_triples(store)
        generation_before = _generation(store_dir)
        proc = subprocess.Popen([*SDKG, "ingest", "--quiet", "--store", str(store_dir), str(folder)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        start = int(generation_before.split(":")[0])
        deadline = time.monotonic() + 120
        try:
            while time.monotonic() < deadline and proc.poll() is None:
                time.sleep(0.05)
                if int(_generation(store_dir).split(":")[0]) >= start + 2 * kill_after:
                    break
        finally:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        with OxigraphStore(store_dir, read_only=True) as store:
            after = graph_triples(store)
            versions = keys(store)
        assert len(versions) == 16 and all(len(gs) == 1 for gs in versions.values()), versions
        assert after != before, "the kill should land after some replacements"
        assert _generation(store_dir) != generation_before  # the data changed, so did the generation
        for g, triples in after.items():  # whole versions only: an old one unchanged, or a new one
            assert g in before and triples == before[g] or g not in before

    rerun = subprocess.run([*SDKG, "ingest", "--quiet", "--store", str(store_dir), str(folder)],
                           capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    clean = OxigraphStore()
    ingest(clean, sorted(folder.iterdir()))
    with OxigraphStore(store_dir, read_only=True) as store:
        assert sorted(store.graphs()) == sorted(clean.graphs())
        assert all(len(gs) == 1 for gs in keys(store).values())


# An invented budget page that is almost only a table: labels, column years and amounts in thousands.
TABLE_PAGE = "Programmabegroting 2025 gemeente Harderwijk\n\nProgramma 3 Sociaal domein\n\nWat mag het kosten?\n\n" \
    "Bedragen x € 1.000\n\nTaakveld\nRealisatie 2023\nBegroting 2024\nBegroting 2025\n" + "".join(
        f"\n{label}\n{a}\n{b}\n{c}\n" for label, a, b, c in [
            ("6.1 Samenkracht en burgerparticipatie", "2.140", "2.311", "2.405"),
            ("6.3 Inkomensregelingen", "14.820", "15.102", "15.660"),
            ("6.2 Toegang en wijkteams", "4.310", "4.402", "4.518"),
            ("6.4 Begeleide participatie", "5.920", "5.874", "5.802"),
            ("6.5 Arbeidsparticipatie", "1.733", "1.810", "1.795"),
            ("6.6 Maatwerkvoorzieningen (Wmo)", "3.207", "3.390", "3.512"),
            ("6.71 Maatwerkdienstverlening 18+", "11.480", "11.902", "12.340"),
            ("6.72 Maatwerkdienstverlening 18-", "9.874", "10.215", "10.630"),
            ("6.81 Geëscaleerde zorg 18+", "1.204", "1.263", "1.301"),
            ("6.82 Geëscaleerde zorg 18-", "2.017", "2.150", "2.244"),
            ("Totaal lasten", "56.705", "58.730", "60.612")]) + \
    "\nToelichting\nHogere lasten jeugdhulp (+ € 415.000) en Wmo-maatwerkvoorzieningen (+ € 122.000).\n"


def test_a_table_page_goes_through_sdkg_ingest_with_the_default_workers(tmp_path, seed_paths):
    # The path users take: `sdkg ingest FOLDER` with no worker flag. A page of labels and amounts is read
    # (not skipped as "not Dutch"), stored beside a prose report, and its amounts come out multiplied,
    # with the year of their column.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "begroting-2025.txt").write_text(TABLE_PAGE, encoding="utf-8")
    shutil.copy(seed_paths[0], folder)
    store_dir = tmp_path / "db"
    run = subprocess.run([*SDKG, "ingest", "--quiet", "--store", str(store_dir), str(folder)],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    table_graph = Minter().report_graph(load(folder / "begroting-2025.txt").document.sha256)
    with OxigraphStore(store_dir, read_only=True) as store:
        assert len(store.graphs()) == 2
        assert table_graph.value in store.graphs()
        rows = store.select("SELECT ?g ?label ?value ?year { GRAPH ?g { ?f a sdkg:Figure ; rdfs:label ?label ; "
                            "schema:value ?value ; sdkg:year ?year } }", {"g": table_graph}).values()
    figures = {(r["label"], float(r["value"]), int(r["year"])) for r in rows}
    assert ("6.3 Inkomensregelingen", 15_660_000.0, 2025) in figures
    assert ("Totaal lasten", 60_612_000.0, 2025) in figures


_MORE = ("Wat hebben we bereikt? Inwoners die dat nodig hebben, kregen op tijd passende ondersteuning in hun eigen "
         "wijk. Het aantal inwoners met een maatwerkvoorziening bleef gelijk en de wachttijden voor een eerste gesprek "
         "zijn korter geworden. We hebben de toegang tot hulp verder verbeterd en de samenwerking met de huisartsen "
         "versterkt. ")
SOFT_HYPHEN_PAGE = ("<html><head><title>Jaarverslag 2023 gemeente Putten - Sociaal domein</title></head><body>"
                    "<h1>Sociaal domein</h1><p>In 2023 voerden we de Participatie&shy;wet uit samen met Stichting "
                    "Dal&shy;kracht. Jeugd&#8203;hulp werd ingekocht bij Stichting Brug&shy;vast.</p><p>" + _MORE +
                    "</p></body></html>")
NO_BREAK_TEXT = ("Jaarverslag 2023 gemeente Putten\n\nSociaal domein\n\nIn 2023 werkten we samen met Stichting\u00a0Lindeloop "
                 "en Stichting Zonne\u00adtij aan de uitvoering van de Jeugd\u00adwet.\n\n" + _MORE + "\n")


def test_soft_hyphens_and_no_break_spaces_go_through_sdkg_ingest_with_the_default_workers(tmp_path):
    # Report sites break long words with &shy; and zero-width spaces, and text files carry no-break spaces: read as
    # the writer meant the words, through the path users take (`sdkg ingest FOLDER`, default workers).
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "sociaal-domein.html").write_text(SOFT_HYPHEN_PAGE, encoding="utf-8")
    (folder / "jaarverslag.txt").write_text(NO_BREAK_TEXT, encoding="utf-8")
    store_dir = tmp_path / "db"
    run = subprocess.run([*SDKG, "ingest", "--quiet", "--store", str(store_dir), str(folder)],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    with OxigraphStore(store_dir, read_only=True) as store:
        assert len(store.graphs()) == 2
        names = {r["label"] for r in store.select(
            "SELECT DISTINCT ?label { ?o a sdkg:Organisation ; skos:prefLabel ?label }").values()}
        laws = {r["label"] for r in store.select(
            "SELECT DISTINCT ?label { ?r a sdkg:Report ; sdkg:mentions ?l . ?l a sdkg:Law ; skos:prefLabel ?label "
            "FILTER(LANG(?label) IN ('', 'nl')) }").values()}
        quotes = [r["q"] for r in store.select(
            "SELECT ?q { GRAPH ?g { ?s oa:exact ?q } }").values()]
    assert {"Dalkracht", "Brugvast", "Lindeloop", "Zonnetij"} <= names
    assert {"Participatiewet", "Jeugdwet"} <= laws
    assert quotes and not [q for q in quotes if "\u00ad" in q or "\u200b" in q]


def test_the_summary_says_what_the_run_wrote_without_counting_the_store(tmp_path, seed_paths):
    """`sdkg ingest` as users run it (default workers): the closing line names the triples this run wrote, the sum of
    the table's column, and the report graphs the store holds; a second run writes none."""
    run = [*SDKG, "ingest", "--store", str(tmp_path / "db"), *map(str, seed_paths[:2])]
    first = subprocess.run(run, capture_output=True, text=True, env={**os.environ, "COLUMNS": "200"})
    assert first.returncode == 0, first.stderr
    store = OxigraphStore(tmp_path / "db", read_only=True)
    written = sum(1 for g in store.graphs() for _ in store.quads(ox.NamedNode(g)))
    store.close()
    assert f"; {written} triples written. Store: 2 report graphs." in " ".join(first.stdout.split())
    again = subprocess.run(run, capture_output=True, text=True, env={**os.environ, "COLUMNS": "200"})
    assert "2 unchanged" in again.stdout and "; 0 triples written. Store: 2 report graphs." in " ".join(again.stdout.split())


def test_a_copy_under_another_name_in_one_run_is_one_report(tmp_path, seed_paths):
    """`sdkg ingest` as users run it (default workers) on a folder that holds the same report twice: the copy is
    reported unchanged with the file whose content it repeats, and the summary counts what the store holds."""
    folder = tmp_path / "in"
    folder.mkdir()
    for p in seed_paths[:2]:
        shutil.copy(p, folder / p.name)
    shutil.copy(seed_paths[0], folder / ("kopie-" + seed_paths[0].name))
    recipe = ("Appeltaart\n\nVerwarm de oven voor op 180 graden. Meng de boter met de suiker, voeg de bloem en een ei "
              "toe en kneed tot een soepel deeg. Schil de appels en bak de taart een uur.\n")
    (folder / "recept.txt").write_text(recipe, encoding="utf-8")
    (folder / "recept-kopie.txt").write_text(recipe, encoding="utf-8")
    run = [*SDKG, "ingest", "--store", str(tmp_path / "db"), str(folder)]
    out = subprocess.run(run, capture_output=True, text=True, env={**os.environ, "COLUMNS": "200"})
    summary = " ".join(out.stdout.split())
    assert "2 added" in summary and "1 unchanged" in summary and "Store: 2 report graphs." in summary, summary
    assert "the same content as" in out.stderr and seed_paths[0].name in out.stderr, out.stderr
    # a copy of a file that is skipped (or fails) is skipped for the same reason, and named
    assert "2 skipped" in summary, summary
    assert [ln for ln in out.stderr.splitlines() if "recept-kopie.txt" in ln and "recept.txt" in ln], out.stderr
