"""Synthetic, domain-shaped data for benchmarks: invented reports built through the real graph
builder, so the triples have exactly the shape ingest produces (one named graph per report,
evidence quotes on every mention, qualified relations).

    python -m bench.synth --triples 1000000 -o bench/out/synth-1m.nq
"""

from __future__ import annotations

import argparse
import hashlib
import random
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from sdkg.graph.build import build_quads
from sdkg.graph.iris import Minter
from sdkg.loaders.model import (
    Document,
    Extraction,
    Figure,
    Initiative,
    Law,
    Municipality,
    Organisation,
    Person,
    Place,
    Relation,
    ReportMeta,
    Span,
)

KINDS = ["welfare", "care", "health", "housing", "government", "education", "company", "funder", "other"]
PREFIX = ["Stichting", "Zorggroep", "Welzijn", "Buurtwerk", "Woonstichting", "Jeugdzorg", "Coöperatie"]
STEMS = ["Noord", "Oost", "Rivierland", "Kompas", "Horizon", "Samen", "De Brug", "Vitaal", "Anker", "Lindenhof",
         "Kracht", "Thuis", "Punt", "Veste", "Polder", "Duin", "Kern", "Plein", "Haven", "Wijkwerk"]
LAWS = [("Wet maatschappelijke ondersteuning 2015", "Wmo 2015", "BWBR0035362"), ("Jeugdwet", None, "BWBR0034925"),
        ("Participatiewet", None, "BWBR0015703"), ("Wet langdurige zorg", "Wlz", "BWBR0035917"),
        ("Zorgverzekeringswet", "Zvw", "BWBR0018450"), ("Wet gemeentelijke schuldhulpverlening", "Wgs",
                                                         "BWBR0031331"), ("Wet publieke gezondheid", "Wpg",
                                                                          "BWBR0024705")]
PREDICATES = ["partner_of", "provides", "funds", "contracted_by"]


class _Universe:
    """The invented country: municipalities, organisations with Zipf-like popularity."""

    def __init__(self, seed: int, n_municipalities: int = 300, n_orgs: int = 4000):
        rnd = random.Random(seed)
        self.municipalities = [Municipality(f"Synthdorp {i:03d}", f"GM{9000 - i:04d}") for i in range(n_municipalities)]
        self.orgs = []
        for i in range(n_orgs):
            name = f"{rnd.choice(PREFIX)} {rnd.choice(STEMS)} {i}"
            self.orgs.append((name, rnd.choice(KINDS)))
        self.weights = [1.0 / (i + 1) ** 0.8 for i in range(n_orgs)]


def generate(n_reports: int, seed: int = 1) -> Iterator[Extraction]:
    uni = _Universe(seed)
    rnd = random.Random(seed + 1)
    for r in range(n_reports):
        muni = uni.municipalities[r % len(uni.municipalities)]
        year = 2015 + (r // len(uni.municipalities)) % 10
        parts: list[str] = []
        pos = 0

        def sentence(text: str, _parts=parts) -> tuple[int, str]:
            nonlocal pos
            start = pos
            _parts.append(text + " ")
            pos += len(text) + 1
            return start, text

        def span(start: int, sent: str, quote: str) -> Span:
            i = sent.index(quote)
            return Span(start + i, start + i + len(quote), quote)

        orgs, rels = [], []
        for name, kind in {o: None for o in rnd.choices(uni.orgs, uni.weights, k=rnd.randint(18, 30))}:
            s, sent = sentence(f"In samenwerking met {name} werkt {muni.name} aan het sociaal domein.")
            q = span(s, sent, f"In samenwerking met {name}")
            orgs.append(Organisation(name, [], kind, 0.9, [span(s, sent, name)]))
            rels.append(Relation(name, rnd.choice(PREDICATES), muni.name, q, "organisation", "municipality"))
        laws = []
        for name, abbr, bwb in rnd.sample(LAWS, rnd.randint(3, 5)):
            s, sent = sentence(f"De uitvoering van de {abbr or name} vraagt aandacht.")
            laws.append(Law(name, abbr, bwb, [span(s, sent, abbr or name)]))
        wijken = []
        for w in range(rnd.randint(4, 8)):
            wname = f"{rnd.choice(STEMS)}wijk {w}"
            s, sent = sentence(f"In {wname} is de wijkaanpak gestart.")
            wijken.append(Place(wname, None, [span(s, sent, wname)]))
        inits = []
        for k in range(rnd.randint(4, 8)):
            iname = f"Pilot {rnd.choice(STEMS)} {k}"
            partner = rnd.choice(orgs).name
            wijk = rnd.choice(wijken).name
            s, sent = sentence(f"De {iname} in {wijk} wordt uitgevoerd door {partner}.")
            inits.append(Initiative(iname, "pilot", [wijk], [partner], [span(s, sent, iname)]))
            rels.append(Relation(partner, "provides", iname, span(s, sent, f"uitgevoerd door {partner}"),
                                 "organisation", "initiative"))
            rels.append(Relation(iname, "located_in", wijk, span(s, sent, f"{iname} in {wijk}"), "initiative",
                                 "neighbourhood"))
        figures = []
        for k in range(8):
            value = rnd.randint(10, 20000)
            s, sent = sentence(f"Aantal cliënten {k}: {value} in {year}.")
            figures.append(Figure(f"aantal cliënten {k}", value, "count", year, span(s, sent, str(value))))
        s, sent = sentence(f"Portefeuillehouder: Wethouder {r}.")
        people = [Person(f"Wethouder {r}", "Portefeuillehouder", [span(s, sent, f"Wethouder {r}")])]
        text = "".join(parts)
        doc = Document(text=text, source=f"synth/{muni.cbs_code}-{year}-{r}.txt",
                       sha256=hashlib.sha256(f"{seed}:{r}:{text}".encode()).hexdigest(), media_type="text/plain",
                       title=f"Jaarverslag {year} {muni.name}")
        meta = ReportMeta(muni, year, "jaarverslag", ["Sociaal Domein", "Werk en Inkomen"])
        yield Extraction(doc, meta, orgs, laws, inits, wijken, [], people, figures, rels)


def quads(n_triples: int, seed: int = 1, minter: Minter | None = None) -> Iterator[ox.Quad]:
    """About n_triples quads (whole reports; stops after the report that crosses the target)."""
    minter = minter or Minter()
    total = 0
    for ex in generate(10**9, seed):
        qs = build_quads(ex, minter)
        yield from qs
        total += len(qs)
        if total >= n_triples:
            return


def write_nquads(path: str | Path, n_triples: int, seed: int = 1) -> int:
    """Write about n_triples quads as N-Quads; returns the exact count."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with path.open("wb") as fh:
        batch = []
        for q in quads(n_triples, seed):
            batch.append(q)
            if len(batch) >= 50_000:
                ox.serialize(batch, fh, ox.RdfFormat.N_QUADS)
                n += len(batch)
                batch = []
        if batch:
            ox.serialize(batch, fh, ox.RdfFormat.N_QUADS)
            n += len(batch)
    return n


def load_store(store, n_triples: int, seed: int = 1) -> int:
    """Fill a Store with about n_triples quads, one put_graph per report; returns the count."""
    store.ensure_model()
    n = 0
    minter = Minter()
    for ex in generate(10**9, seed):
        qs = build_quads(ex, minter)
        store.put_graph(minter.report_graph(ex.document.sha256), qs)
        n += len(qs)
        if n >= n_triples:
            break
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-o", "--output", default="bench/out/synth.nq")
    a = ap.parse_args()
    print(f"{write_nquads(a.output, a.triples, a.seed)} quads -> {a.output}")


if __name__ == "__main__":
    main()
