"""Extraction throughput: the seed reports replicated to ~5 MB, end to end, against bare spaCy tokenisation.

    .venv/bin/python bench/bench_extract.py [--mb 5] [--chunk-kb 0]

--chunk-kb 0 extracts the replicated text as one document; a positive value cuts it into documents of about
that size (report-sized documents: metadata inference and per-document setup then count too).
Prints MB/s for bare tokenisation (a pipeline of its own: spacy.blank("nl") + sentencizer) and for extract(), and
their ratio, in CPU time of this process (the machine is shared; wall time swings with the other load), and the
first-call time (spaCy pipeline, reference data and matchers built by the first extract of a seed).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEEDS = Path(os.environ.get("SDKG_SHARED", ROOT.parent / "shared")) / "seeds"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--chunk-kb", type=int, default=0)
    args = ap.parse_args()

    t0 = time.perf_counter()
    import spacy
    from sdkg.loaders.extract import extract
    from sdkg.loaders.extract.nlp import nlp
    from sdkg.loaders.metadata import infer_meta
    from sdkg.loaders.model import Document

    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    unit = "\n\n".join(seeds)
    reps = max(1, int(args.mb * 1e6 / len(unit.encode())))
    if args.chunk_kb:
        docs = []
        per = max(1, int(args.chunk_kb * 1000 / (len(unit.encode()) / len(seeds))))
        pool = seeds * reps
        for i in range(0, len(pool), per):
            docs.append("\n\n".join(pool[i:i + per]))
    else:
        docs = ["\n\n".join([unit] * reps)]
    size_mb = sum(len(d.encode()) for d in docs) / 1e6

    extract(Document(text=seeds[0], source="warm.txt", sha256="0", media_type="text/plain"))  # load reference data
    t_first = time.perf_counter() - t0
    # Bare spaCy as a user would set it up (its own pipeline with spaCy's defaults, sdkg's sentence ends), not
    # sdkg's pipeline object, whose tokenizer sdkg tunes and whose cache the extraction below would inherit.
    pipe = spacy.blank("nl")
    pipe.add_pipe("sentencizer", config={"punct_chars": sorted(nlp().get_pipe("sentencizer").punct_chars)})
    pipe.max_length = max(pipe.max_length, max(len(d) for d in docs) + 1)
    pipe(seeds[0])  # warmed on the same seed as the extraction

    t = time.process_time()
    for d in docs:
        pipe(d)
    t_tok = time.process_time() - t

    t = time.process_time()
    n_items = 0
    for i, d in enumerate(docs):
        doc = Document(text=d, source=f"bench-{i}.txt", sha256=hashlib.sha256(d.encode()).hexdigest(),
                       media_type="text/plain")
        ex = extract(doc, infer_meta(doc, {}))
        n_items += len(ex.organisations) + len(ex.initiatives) + len(ex.figures)
    t_ext = time.process_time() - t

    print(f"first call (imports, spaCy pipeline, reference data, one seed): {t_first:.2f} s")
    print(f"text: {size_mb:.2f} MB in {len(docs)} document(s)")
    print(f"bare tokenisation: {size_mb / t_tok:.2f} MB/s ({t_tok:.1f} s)")
    print(f"extract (incl. metadata): {size_mb / t_ext:.2f} MB/s ({t_ext:.1f} s), {n_items} items")
    print(f"ratio extract/tokenisation throughput: {t_tok / t_ext:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
