"""Whole reports: the generated 200-page jaarstukken PDF (bench/corpus.py).

    python -m bench.bench_reports libraries       # PDF text libraries side by side: speed and what survives
    python -m bench.bench_reports ingest [--reports 4] [--pages 200]
                                                  # end to end: pages/s, MB of text/s per core, peak memory,
                                                  # beside bare spaCy tokenisation of the same text
    python -m bench.bench_reports compare --before DIR   # another checkout (DIR/sdkg) and this one, per stage

`libraries` reads the corpus with each library's plain text extraction and with sdkg's reader, and
counts what a reader of the text gets: the gold's organisation names found whole (columns read in
order, lines joined), hyphenated words repaired, running headers/footers and contents lines left in.
`ingest` reads, extracts and builds one report in a fresh process, in CPU seconds (its peak RSS is
the per-worker figure), tokenises the same text with bare spaCy (CPU seconds), then ingests a folder
of copies with the default worker count (wall clock: on a shared machine, read the CPU figures).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _corpus(tmp: Path, pages: int = 200) -> tuple[Path, dict]:
    from bench.corpus import write_jaarstukken

    pdf, gold = write_jaarstukken(tmp, pages=pages)
    return pdf, json.loads(gold.read_text(encoding="utf-8"))


def _quality(text: str, gold: dict) -> dict:
    flat = " ".join(text.split())
    quotes = [f["quote"] for f in gold["facts"]]
    names_whole = sum(1 for q in set(quotes) if flat.count(q) >= quotes.count(q)) / len(set(quotes))
    # a split word left broken: "verorde- ning" (or "verorde-ning")
    broken = sum(flat.count(s) + flat.count(s.replace("-", "- ")) for s in gold["hyphen_splits"])
    furniture = len(re.findall(r"Pagina \d+ van \d+", text)) + text.count("Gemeente Meppel  |") + text.count(
        "Gemeente Meppel | Jaarstukken")
    leaders = len(re.findall(r"(?:\. ){4,}|\.{5,}", text))
    return {"names whole": names_whole, "broken words": broken, "header/footer lines": furniture,
            "contents lines": leaders}


def _pypdf(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def _pdfplumber(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def _pdfium(path: Path) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        return "\n".join(p.get_textpage().get_text_range() for p in pdf)
    finally:
        pdf.close()


def _sdkg(path: Path) -> str:
    from sdkg.loaders.read import read_document

    return read_document(path).text


def libraries(args) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="sdkg-bench-"))
    try:
        pdf, gold = _corpus(tmp, args.pages)
        rows = []
        for name, fn in (("pypdf extract_text", _pypdf), ("pdfplumber extract_text", _pdfplumber),
                         ("pypdfium2 get_text_range", _pdfium), ("sdkg reader (pypdfium2 + layout)", _sdkg)):
            try:
                t0 = time.process_time()  # CPU seconds: robust on a shared machine
                text = fn(pdf)
                dt = time.process_time() - t0
            except ImportError as exc:
                print(f"{name}: not installed ({exc})")
                continue
            q = _quality(text, gold)
            rows.append((name, dt, len(text.encode()) / 1e6, q))
        print(f"{gold['pages']}-page jaarstukken PDF, {len(gold['facts'])} gold names, "
              f"{len(gold['hyphen_splits'])} distinct hyphenated line ends; CPU seconds on one core")
        print(f"{'library':34} {'s':>6} {'pages/s':>8} {'MB/s':>6} {'names':>6} {'broken':>7} {'furn.':>6} {'toc':>5}")
        for name, dt, mb, q in rows:
            print(f"{name:34} {dt:6.2f} {gold['pages'] / dt:8.0f} {mb / dt:6.2f} {q['names whole']:6.0%} "
                  f"{q['broken words']:7d} {q['header/footer lines']:6d} {q['contents lines']:5d}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _one(path: str) -> None:
    """Child process: one report through every stage of `sdkg ingest`, in CPU seconds; JSON on stdout.

    The stages are those of a reader process (warm-up once, then read, metadata, screening, extraction,
    handing the result over) and of the writer (building the quads, writing them into an on-disk store in
    one transaction, and replacing that version by a changed one). Peak RSS is taken after the reader's
    stages and the build (the per-worker figure) and again after the writes."""
    import pickle

    import pyoxigraph as ox
    from sdkg.graph.build import build_quads
    from sdkg.graph.iris import Minter
    from sdkg.graph.store import OxigraphStore
    from sdkg.graph.workers import warm_up
    from sdkg.loaders.extract import extract
    from sdkg.loaders.metadata import infer_meta
    from sdkg.loaders.read import read_document
    from sdkg.loaders.screen import not_a_report

    clock = time.process_time  # CPU seconds of this process: what one core spends, whatever the load
    out: dict = {}
    t0 = clock()
    warm_up()
    out["warm-up"] = clock() - t0

    def stage(name, fn, *args):
        t = clock()
        value = fn(*args)
        out[name] = clock() - t
        return value

    doc = stage("read", read_document, path)
    meta = stage("metadata", infer_meta, doc, {})
    stage("screen", not_a_report, doc, meta)
    ex = stage("extract", extract, doc, meta)
    ex = stage("hand-off", lambda e: pickle.loads(pickle.dumps(e, pickle.HIGHEST_PROTOCOL)), ex)
    quads = stage("build", build_quads, ex)
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    minter = Minter()
    tmp = Path(tempfile.mkdtemp(prefix="sdkg-bench-one-"))
    try:
        # The writing process of `sdkg ingest` starts fresh: what it spends on its first report from its own
        # start (imports included) to the built quads, in a process of its own.
        (tmp / "ex.pickle").write_bytes(pickle.dumps(ex, pickle.HIGHEST_PROTOCOL))
        out.update(json.loads(subprocess.run([sys.executable, "-m", "bench.bench_reports", "_writer",
                                              str(tmp / "ex.pickle")], check=True, capture_output=True,
                                             text=True).stdout))
        store = OxigraphStore(tmp / "db")
        store.ensure_model()
        graph = minter.report_graph(doc.sha256)
        # each write to disk with its flush (the store flushes a report this size itself; an older one left
        # that to closing the store), so both pay for the same work
        stage("write", lambda: (store.replace_graph(graph, quads, []), store.raw.flush()))
        # a changed version of the same report: another graph name, the same quads otherwise
        new = minter.report_graph("f" * 64)
        changed = [ox.Quad(q.subject, q.predicate, q.object, new) for q in quads]
        stage("replace", lambda: (store.replace_graph(new, changed, [graph]), store.raw.flush()))
        store.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    out["peak_after_write_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out.update(mb=len(doc.text.encode()) / 1e6, quads=len(quads), pages=len(doc.parts))
    print(json.dumps(out))


def _writer(path: str) -> None:
    """Child process: a fresh writing process up to its first report's quads (imports, unpickling the
    extraction, building), in CPU seconds of this process from its start; JSON on stdout."""
    import pickle

    from sdkg.graph.build import build_quads
    from sdkg.graph.ingest import ingest  # noqa: F401 - what `sdkg ingest` imports before its first report

    build_quads(pickle.loads(Path(path).read_bytes()))
    print(json.dumps({"fresh-writer": time.process_time(), "writer loads spaCy": "spacy" in sys.modules}))


READER = ("read", "metadata", "screen", "extract")
# what the figure counted (reading, metadata and extraction, building the quads), and every
# stage a report goes through in `sdkg ingest` (the store write and the hand-over between processes too)
BEFORE = (*READER, "build")
ALL = (*READER, "hand-off", "build", "write")


def _tokenise(text: str) -> float:
    import spacy

    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 50_000_000
    t0 = time.process_time()
    nlp(text)
    return time.process_time() - t0


def ingest(args) -> None:
    from sdkg.loaders.read import read_document

    tmp = Path(tempfile.mkdtemp(prefix="sdkg-bench-"))
    try:
        pdf, gold = _corpus(tmp / "corpus", args.pages)
        one = json.loads(subprocess.run([sys.executable, "-m", "bench.bench_reports", "_one", str(pdf)],
                                        check=True, capture_output=True, text=True).stdout)
        text = read_document(pdf).text
        tok = _tokenise(text)
        pages = gold["pages"]
        print(f"one {pages}-page report ({one['mb']:.2f} MB of text, {one['quads']:,} quads), one process, "
              f"CPU seconds per stage:")
        print("  " + ", ".join(f"{k} {one[k]:.2f}" for k in ("warm-up", *ALL, "replace")))
        print(f"  a fresh writing process up to its first report's quads (imports included): {one['fresh-writer']:.2f} s"
              f"{' (it loads spaCy)' if one['writer loads spaCy'] else ''}")
        for what, stages in (("read, metadata, extract, build", BEFORE), ("every stage, store write included", ALL)):
            total = sum(one[k] for k in stages)
            print(f"  {what}: {total:.2f} s, {pages / total:.1f} pages/s, {one['mb'] / total:.2f} MB/s per core "
                  f"(/ bare tokenisation = {one['mb'] / total / (one['mb'] / tok):.2f})")
        print(f"  bare spaCy tokenisation {one['mb'] / tok:.2f} MB/s; peak memory {one['peak_mb']:.0f} MB "
              f"(reading, extracting, building), {one['peak_after_write_mb']:.0f} MB with the store writes")
        folder = tmp / "reports"
        folder.mkdir()
        files = []
        for i in range(args.reports):  # copies differ by one byte at the end: each is its own report
            f = folder / f"jaarstukken-{i}.pdf"
            f.write_bytes(pdf.read_bytes() + b"\n%" + str(i).encode() + b"\n")
            files.append(f)
        workers = os.cpu_count() or 1
        # `sdkg ingest` as users run it, in a process of its own. Its readers are forked by a fork server, whose
        # CPU time reaches this process only once it is reaped: this process adopts the orphans (a subreaper, on
        # Linux) and waits for every one of them before counting.
        adopts = _subreaper()
        t0, c0 = time.perf_counter(), _children_cpu()
        run = subprocess.run([sys.executable, "-m", "sdkg.cli", "ingest", "--quiet", "--store", str(tmp / "db"),
                              str(folder)], capture_output=True, text=True)
        dt = time.perf_counter() - t0
        _reap_orphans()
        cpu_s = _children_cpu() - c0
        assert run.returncode == 0, run.stderr[-2000:]
        mb = one["mb"] * len(files)
        print(f"sdkg ingest of a folder of {len(files)} such reports (default workers, {workers} cores), wall clock: {dt:.1f} s, "
              f"{gold['pages'] * len(files) / dt:.1f} pages/s, {mb / dt:.2f} MB/s, {mb / dt / workers:.2f} MB/s per core")
        print(f"  CPU {cpu_s:.1f} s in all (start-up, fork server and readers included"
              f"{'' if adopts else '; readers of the fork server may be missing: no subreaper here'}): "
              f"{mb / cpu_s:.2f} MB of text per CPU second, {gold['pages'] * len(files) / cpu_s:.1f} pages per CPU second")
        print(f"peak RSS of this process and its children: "
              f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB (largest child)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _subreaper() -> bool:
    """Make this process adopt its orphaned descendants (Linux), so their CPU time is counted when it reaps them."""
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        return False


def _reap_orphans() -> None:
    while True:
        try:
            os.wait()
        except ChildProcessError:
            return


def _children_cpu() -> float:
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return kids.ru_utime + kids.ru_stime


def _run_one(pdf: Path, pythonpath: str | None = None) -> dict:
    env = dict(os.environ)
    if pythonpath:  # a folder holding another checkout as `sdkg`
        env["PYTHONPATH"] = pythonpath + os.pathsep + env.get("PYTHONPATH", "")
    return json.loads(subprocess.run([sys.executable, "-m", "bench.bench_reports", "_one", str(pdf)], env=env,
                                     check=True, capture_output=True, text=True).stdout)


def compare(args) -> None:
    """Another checkout (`--before DIR`, DIR holding it as `sdkg`) and this one, side by side: each
    `_one` in a fresh process, alternating, median CPU seconds per stage."""
    import statistics

    tmp = Path(tempfile.mkdtemp(prefix="sdkg-bench-"))
    try:
        pdf, gold = _corpus(tmp / "corpus", args.pages)
        runs: dict[str, list[dict]] = {"before": [], "after": []}
        for _ in range(args.rounds):
            runs["before"].append(_run_one(pdf, args.before))
            runs["after"].append(_run_one(pdf))
        tok = _tokenise(_sdkg(pdf))
        mb = runs["after"][0]["mb"]
        print(f"{gold['pages']} pages, {mb:.2f} MB of text; median CPU seconds of {args.rounds} alternating runs; "
              f"bare spaCy tokenisation {mb / tok:.2f} MB/s")
        keys = ("warm-up", *ALL, "replace", "fresh-writer")
        print(f"{'':8}" + "".join(f"{k:>9}" for k in keys) + f"{'MB/s (r+m+e+b)':>16}{'MB/s (all)':>12}"
              f"{'pages/s':>9}{'peak MB':>9}")
        for name, rs in runs.items():
            med = {k: statistics.median(r.get(k, float("nan")) for r in rs) for k in (*keys, "peak_mb")}
            before, every = sum(med[k] for k in BEFORE), sum(med[k] for k in ALL)
            print(f"{name:8}" + "".join(f"{med[k]:9.2f}" for k in keys) + f"{mb / before:16.2f}{mb / every:12.2f}"
                  f"{gold['pages'] / every:9.1f}{med['peak_mb']:9.0f}")
        print("fresh-writer: a new writing process up to its first report's quads (imports included); "
              "spaCy loaded there: " + ", ".join(f"{n} {rs[0].get('writer loads spaCy', '?')}" for n, rs in runs.items()))
        if args.json:
            Path(args.json).write_text(json.dumps(runs, indent=1), encoding="utf-8")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["_one"]:
        _one(argv[1])
        return 0
    if argv[:1] == ["_writer"]:
        _writer(argv[1])
        return 0
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="what", required=True)
    p = sub.add_parser("libraries")
    p.add_argument("--pages", type=int, default=200)
    p.set_defaults(func=libraries)
    p = sub.add_parser("ingest")
    p.add_argument("--pages", type=int, default=200)
    p.add_argument("--reports", type=int, default=4)
    p.set_defaults(func=ingest)
    p = sub.add_parser("compare")
    p.add_argument("--before", required=True, help="a folder holding the other checkout as `sdkg`")
    p.add_argument("--pages", type=int, default=200)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--json", help="also write every run's stage timings to this file")
    p.set_defaults(func=compare)
    args = ap.parse_args(argv)
    args.func(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
