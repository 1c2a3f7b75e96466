"""sdkg network: partner networks from the graph, their measures, and how they changed.

    sdkg network partners --year 2020 --municipality GM0268 --format graphml -o nijmegen.graphml
    sdkg network ego GM0268 --radius 2
    sdkg network path "GGD Gelderland-Zuid" "MEE" --network cooccurrence
    sdkg network diff --municipality GM0268 --from 2019 --to 2020
    sdkg network rank --network partners --by pagerank --type organisation
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sdkg.cli.common import add_store_args, store_from_args
from sdkg.sparql.results import SafeWriter

MEASURES = ("pagerank", "weighted_degree", "degree", "betweenness", "eigenvector", "bipartite_degree", "core")


def _filter_args(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("which part of the graph")
    g.add_argument("--year", type=int, help="only reports about this year")
    g.add_argument("--from", dest="year_from", type=int, metavar="YEAR", help="only reports from this year on")
    g.add_argument("--to", dest="year_to", type=int, metavar="YEAR", help="only reports up to this year")
    g.add_argument("--municipality", "-m", action="append", default=[], metavar="GM",
                   help="CBS code (GM0268) or name; repeatable or comma-separated")
    g.add_argument("--law", metavar="LAW", help="only organisations named with this law (Wmo 2015, Jeugdwet, IRI)")
    g.add_argument("--kind", dest="org_kinds", action="append", default=[], metavar="KIND",
                   help="only organisations of this kind (welfare, care, health, housing, ...); repeatable")
    g.add_argument("--min-weight", type=float, default=0, metavar="N", help="drop edges lighter than N")
    g.add_argument("--level", action="append", default=[], choices=["sentence", "paragraph", "initiative"],
                   help="co-occurrence contexts that count (default: all three)")
    g.add_argument("--window", type=int, default=None, metavar="CHARS",
                   help="two mentions this close count as one paragraph (default 500)")


def _filters(args):
    from sdkg.graph.network.build import Filters
    from sdkg.graph.network_kinds import DEFAULT_WINDOW, LEVELS

    municipalities = tuple(m.strip() for raw in args.municipality for m in raw.split(",") if m.strip())
    year_from, year_to = args.year_from, args.year_to
    if args.year is not None:
        year_from = year_to = args.year
    return Filters(year_from=year_from, year_to=year_to, municipalities=municipalities, law=args.law,
                   kinds=tuple(args.org_kinds), min_weight=args.min_weight, levels=tuple(args.level) or LEVELS,
                   window=args.window or DEFAULT_WINDOW)


def register(sub) -> None:
    from sdkg.graph.network_kinds import KINDS

    p = sub.add_parser(
        "network", help="partner networks: build, export, rank, ego, path, diff",
        description="Networks over the graph (municipality–organisation, organisation co-occurrence, "
                    "municipalities through shared partners, organisation–law, initiative–organisation), "
                    "analysed with networkx. Every edge keeps the quotes that justify it.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="networks:\n" + "\n".join(f"  {k:15} {v}" for k, v in KINDS.items()))
    nsub = p.add_subparsers(dest="network_command", metavar="KIND|ego|path|diff|rank")
    p.set_defaults(func=lambda a: (p.print_help(), 2)[1])
    for kind, text in KINDS.items():
        kp = nsub.add_parser(kind, help=text, description=f"Build the {text} network and write it out.")
        kp.add_argument("--format", "-f", choices=["json", "graphml", "gexf", "csv", "png", "svg", "summary"],
                        help="output format (default: from the -o suffix, else summary)")
        kp.add_argument("-o", "--output", metavar="FILE",
                        help="write here (csv: FILE-nodes.csv and FILE-edges.csv); default stdout")
        kp.add_argument("--write-back", action="store_true",
                        help="also store the measures in the named graph {base}network/KIND for SPARQL")
        _filter_args(kp)
        add_store_args(kp)
        kp.set_defaults(func=run_build, network=kind)

    ep = nsub.add_parser("ego", help="an entity and everything within 1 or 2 steps")
    ep.add_argument("entity", help="IRI, CBS code or name")
    ep.add_argument("--radius", type=int, choices=[1, 2], default=1)
    ep.add_argument("--network", choices=list(KINDS), default="partners")
    ep.add_argument("--format", "-f", choices=["table", "json", "graphml", "gexf", "csv", "png", "svg"],
                    default="table")
    ep.add_argument("-o", "--output", metavar="FILE")
    _filter_args(ep)
    add_store_args(ep)
    ep.set_defaults(func=run_ego)

    pp = nsub.add_parser("path", help="the shortest chain of links between two entities, with quotes")
    pp.add_argument("source", help="IRI, CBS code or name")
    pp.add_argument("target", help="IRI, CBS code or name")
    pp.add_argument("--network", choices=list(KINDS), default="partners")
    pp.add_argument("--quotes", type=int, default=1, metavar="N", help="quotes shown per edge (default 1)")
    pp.add_argument("--format", "-f", choices=["text", "json"], default="text")
    _filter_args(pp)
    add_store_args(pp)
    pp.set_defaults(func=run_path)

    dp = nsub.add_parser("diff", help="partners gained and lost between two years, churn, newly central")
    dp.add_argument("--municipality", "-m", help="CBS code or name; all municipalities when left out")
    dp.add_argument("--from", dest="year_from", type=int, required=True, metavar="YEAR")
    dp.add_argument("--to", dest="year_to", type=int, required=True, metavar="YEAR")
    dp.add_argument("--top", type=int, default=20, help="how many central organisations to compare")
    dp.add_argument("--format", "-f", choices=["table", "json", "csv"], default="table")
    add_store_args(dp)
    dp.set_defaults(func=run_diff)

    rp = nsub.add_parser("rank", help="entities ranked by a centrality measure")
    rp.add_argument("--network", choices=list(KINDS), default="partners")
    rp.add_argument("--by", choices=MEASURES, default="pagerank")
    rp.add_argument("--type", choices=["organisation", "municipality", "law", "initiative"],
                    help="only this type of entity")
    rp.add_argument("--top", type=int, default=20)
    rp.add_argument("--format", "-f", choices=["table", "json", "csv"], default="table")
    _filter_args(rp)
    add_store_args(rp)
    rp.set_defaults(func=run_rank)


# ---------------------------------------------------------------------- helpers

def _load(args, read_only=True):
    from sdkg.graph.network.build import Corpus

    store = store_from_args(args, read_only=read_only)
    return store, Corpus.load(store)


def _fail(msg: str) -> int:
    print(f"sdkg network: {msg}", file=sys.stderr)
    return 2


def _emit(data: bytes | str, output: str | None) -> None:
    if isinstance(data, str):
        data = data.encode()
    if output:
        Path(output).write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


def _rows(rows: list[dict], columns: list[str], fmt: str, title: str | None = None) -> None:
    if fmt == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        w = SafeWriter(sys.stdout, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([_cell(r.get(c)) for c in columns])
    else:
        from rich.console import Console
        from rich.table import Table

        t = Table(title=title, header_style="bold")
        for c in columns:
            t.add_column(c, overflow="fold")
        for r in rows:
            t.add_row(*[_cell(r.get(c)) for c in columns])
        Console().print(t)


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.4g}"
    if isinstance(v, list | tuple):
        return "; ".join(map(str, v))
    return str(v)


def _write_graph(g, measures, fmt: str, output: str | None) -> int:
    from sdkg.graph.network import export

    if fmt == "csv" and output:
        nodes, edges = export.csv_tables(g, measures)
        stem = output.removesuffix(".csv")
        Path(stem + "-nodes.csv").write_text(nodes, encoding="utf-8")
        Path(stem + "-edges.csv").write_text(edges, encoding="utf-8")
        print(f"wrote {stem}-nodes.csv and {stem}-edges.csv", file=sys.stderr)
        return 0
    if fmt in ("png", "svg") and not output and sys.stdout.isatty():
        return _fail(f"a {fmt} picture needs -o FILE")
    _emit(export.render(g, fmt, measures), output)
    if output:
        print(f"wrote {output} ({g.number_of_nodes()} nodes, {g.number_of_edges()} edges)", file=sys.stderr)
    return 0


# ---------------------------------------------------------------------- commands

def run_build(args) -> int:
    from sdkg.graph.network import analyse, build, rank

    fmt = args.format or (Path(args.output).suffix.lstrip(".").lower() if args.output else "summary")
    if fmt not in ("json", "graphml", "gexf", "csv", "png", "svg", "summary"):
        return _fail(f"cannot tell the format from {args.output!r}: give --format")
    store, corpus = _load(args, read_only=not args.write_back)
    try:
        g = build(corpus, args.network, _filters(args))
        measures = analyse(g)
        if args.write_back:
            from sdkg.graph.network.writeback import write_measures

            iri = write_measures(store, g, measures)
            print(f"measures stored in graph <{iri.value}>", file=sys.stderr)
        if fmt == "summary":
            s = measures["summary"]
            print(f"{args.network}: {s['nodes']} nodes, {s['edges']} edges, {s.get('components', 0)} component(s), "
                  f"{s.get('communities', 0)} communities (modularity {s.get('modularity')}), "
                  f"from {g.graph['reports']} report(s)")
            _rows(rank(g, measures, "pagerank", top=15),
                  ["rank", "label", "type", "degree", "weighted_degree", "pagerank", "betweenness", "community"],
                  "table", "most central")
            return 0
        return _write_graph(g, measures, fmt, args.output)
    finally:
        store.close()


def _entity(corpus, g, ref: str) -> str | None:
    iri = corpus.resolve(ref)
    if iri in g:
        return iri
    # a name shared by several entities: take the one in this network
    from sdkg.graph.iris import normalise_name

    key = normalise_name(ref)
    for v, d in g.nodes(data=True):
        if normalise_name(d.get("label", "")) == key or (d.get("code") or "").upper() == ref.upper():
            return v
    return iri


def _not_in(g, ref: str, network: str) -> int:
    """The failure for a name the network lacks, with the names it holds that the user may have meant: those that
    contain the words given ("GGD" -> "GGD IJsselland"), the most connected first, else those spelled alike."""
    import difflib

    from sdkg.graph.iris import normalise_name

    key = normalise_name(ref)
    labels = {v: d.get("label", "") for v, d in g.nodes(data=True)}
    words = key.split()
    near = [v for v, label in labels.items() if words and all(w in normalise_name(label) for w in words)]
    near.sort(key=lambda v: (-g.degree(v), labels[v].lower()))
    names = [labels[v] for v in near[:8]]
    if not names:
        by_key = {normalise_name(label): label for label in labels.values()}
        names = [by_key[k] for k in difflib.get_close_matches(key, list(by_key), n=5, cutoff=0.75)]
    hint = f"; did you mean: {', '.join(names)}?" if names else ""
    return _fail(f"{ref!r} is not in the {network} network (with these filters){hint}")


def run_ego(args) -> int:
    from sdkg.graph.network import analyse, build, ego

    store, corpus = _load(args)
    g = build(corpus, args.network, _filters(args))
    center = _entity(corpus, g, args.entity)
    if center is None or center not in g:
        return _not_in(g, args.entity, args.network)
    sub = ego(g, center, args.radius)
    if args.format != "table":
        return _write_graph(sub, analyse(sub), args.format, args.output)
    import networkx as nx

    dist = nx.single_source_shortest_path_length(sub, center)
    rows = []
    for v in sub:
        if v == center:
            continue
        d = sub.nodes[v]
        e = sub.edges[center, v] if sub.has_edge(center, v) else {}
        rows.append({"steps": dist[v], "label": d["label"], "type": d["type"], "kind": d.get("kind", ""),
                     "weight": e.get("weight", ""), "years": e.get("years", ""), "id": v})
    rows.sort(key=lambda r: (r["steps"], -(r["weight"] or 0), r["label"].lower()))
    _rows(rows, ["steps", "label", "type", "kind", "weight", "years"], "table",
          f"{g.nodes[center]['label']}: {len(rows)} within {args.radius} step(s) in {args.network}")
    return 0


def run_path(args) -> int:
    import networkx as nx
    from sdkg.graph.network import build, path
    from sdkg.graph.network.build import quotes

    store, corpus = _load(args)
    g = build(corpus, args.network, _filters(args))
    a, b = _entity(corpus, g, args.source), _entity(corpus, g, args.target)
    for ref, iri in ((args.source, a), (args.target, b)):
        if iri is None or iri not in g:
            return _not_in(g, ref, args.network)
    try:
        steps = path(g, a, b)
    except nx.NetworkXNoPath:
        return _fail(f"no path between {g.nodes[a]['label']} and {g.nodes[b]['label']} in {args.network}")
    for step in steps:
        step["quotes"] = quotes(store, step.get("evidence", []), limit=max(args.quotes, 0))
        step.pop("reports", None)
    if args.format == "json":
        print(json.dumps(steps, ensure_ascii=False, indent=1))
        return 0
    print(f"{g.nodes[a]['label']} → {g.nodes[b]['label']}: {len(steps)} step(s) in {args.network}")
    for i, step in enumerate(steps, 1):
        extra = f", shared: {', '.join(step['shared'][:5])}" if step.get("shared") else ""
        print(f"{i}. {step['source_label']} — {step['target_label']}  (weight {step['weight']}, "
              f"years {', '.join(map(str, step.get('years') or [])) or '-'}{extra})")
        for q in step["quotes"]:
            print(f"     “{q['quote']}”  [{q['file'] or q['report']} {q['start']}–{q['end']}]")
    return 0


def run_diff(args) -> int:
    from sdkg.graph.network.timeline import diff, diff_all, newly_central

    store, corpus = _load(args)
    if args.municipality:
        try:
            d = diff(corpus, args.municipality, args.year_from, args.year_to)
        except KeyError:
            return _fail(f"unknown municipality {args.municipality!r}")
        d["newly_central"] = newly_central(corpus, args.year_from, args.year_to, top=args.top)
        if args.format == "json":
            print(json.dumps(d, ensure_ascii=False, indent=1))
            return 0
        rows = [{"change": change, **r} for change in ("gained", "lost", "kept") for r in d[change]]
        if args.format == "csv":
            _rows(rows, ["change", "label", "kind", "weight_before", "weight_after", "id"], "csv")
            return 0
        missing = [str(y) for y, ok in d["has_reports"].items() if not ok]
        print(f"{d['label']} {args.year_from} → {args.year_to}: {d['partners_from']} → {d['partners_to']} partners, "
              f"{len(d['gained'])} gained, {len(d['lost'])} lost, churn {d['churn']:.0%}"
              + (f"  (no reports for {', '.join(missing)})" if missing else ""))
        _rows(rows, ["change", "label", "kind", "weight_before", "weight_after"], "table")
        if d["newly_central"]:
            _rows(d["newly_central"], ["rank_to", "rank_from", "label"], "table",
                  f"newly among the {args.top} most central organisations (all municipalities)")
        return 0
    rows = diff_all(corpus, args.year_from, args.year_to)
    cols = ["label", "partners_from", "partners_to", "gained", "lost", "kept", "churn"]
    if args.format == "json":
        print(json.dumps({"municipalities": rows,
                          "newly_central": newly_central(corpus, args.year_from, args.year_to, top=args.top)},
                         ensure_ascii=False, indent=1))
    else:
        _rows(rows, cols + (["municipality"] if args.format == "csv" else []), args.format,
              f"partners {args.year_from} → {args.year_to}")
    return 0


def run_rank(args) -> int:
    from sdkg.graph.network import analyse, build, rank

    store, corpus = _load(args)
    g = build(corpus, args.network, _filters(args))
    rows = rank(g, analyse(g), by=args.by, node_type=args.type, top=args.top)
    cols = ["rank", "label", "type", args.by, "degree", "weighted_degree", "community"]
    cols = list(dict.fromkeys(cols)) + (["id"] if args.format != "table" else [])
    _rows(rows, cols, args.format, f"{args.network} by {args.by}")
    return 0
