"""End-to-end ingest speed: the seed reports replicated to >= 10 MB of text, ingested into an
on-disk store. Prints MB/s (per core and total), reports/s, and the ratio to bare spaCy
tokenisation of the same text on one core.

    python -m bench.bench_ingest [--mb 10] [--workers 2] [--seeds ../shared/seeds]
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

DEFAULT_SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"


def replicate(seeds: Path, out: Path, mb: float) -> tuple[list[Path], int]:
    """Distinct files (a numbered line makes every copy its own report) up to `mb` MB of text."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    files, total, i = [], 0, 0
    while total < mb * 1_000_000:
        text = texts[i % len(texts)] + f"\n\nKopie {i}.\n"
        path = out / f"r{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(path)
        total += len(text.encode("utf-8"))
        i += 1
    return files, total


def tokenise_rate(files: list[Path]) -> float:
    """MB/s of spacy.blank('nl') + sentencizer on one core: the floor any extractor pays."""
    import spacy

    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    sample = files[: max(1, len(files) // 4)]
    texts = [p.read_text(encoding="utf-8") for p in sample]
    size = sum(len(t.encode()) for t in texts)
    t0 = time.perf_counter()
    for t in texts:
        nlp(t)
    return size / 1e6 / (time.perf_counter() - t0)


def main() -> None:
    from sdkg.graph.ingest import ingest
    from sdkg.graph.store import OxigraphStore

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    a = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="sdkg-bench-"))
    try:
        files, size = replicate(a.seeds, tmp, a.mb)
        store = OxigraphStore(tmp / "db")
        t0 = time.perf_counter()
        summary = ingest(store, files, workers=a.workers)
        elapsed = time.perf_counter() - t0
        assert summary.ok, [r for r in summary.results if not r.ok][:3]
        triples = store.count()
        store.close()
        tok = tokenise_rate(files)
        mbs = size / 1e6 / elapsed
        print(f"ingest: {len(files)} reports, {size / 1e6:.1f} MB text, {triples:,} triples, "
              f"{elapsed:.1f} s, {a.workers} worker(s)")
        print(f"  {mbs:.2f} MB/s total, {mbs / a.workers:.2f} MB/s per core, {len(files) / elapsed:.1f} reports/s")
        print(f"  bare spaCy tokenisation: {tok:.2f} MB/s on one core; "
              f"ingest per core / tokenisation = {mbs / a.workers / tok:.2f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
