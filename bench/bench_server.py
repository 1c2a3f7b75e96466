"""Benchmark: `sdkg serve` against `oxigraph serve-read-only` on the same synthetic data.

    python -m bench.bench_server                 # 100k triples
    python -m bench.bench_server --triples 1000000
    python -m bench.bench_server --no-latency --seconds 60 --connections 16   # the load run

For each size: synthetic report graphs (bench.synth) are bulk-loaded into an sdkg store (plus the
model); both servers open that very folder read-only, so the engines read the same files
(`--separate-stores`: oxigraph gets a copy made with `oxigraph load`, which lays the files out
differently: 175 MB against 304 MB at 1M quads, and reads faster). Then, side by side in one run, both answer every named query of sparql/queries (its
parameters bound to values that occur in the data, sent as a VALUES block the way a remote
client sends them): median latency over interleaved requests, once with repeated identical
queries (what the result cache serves) and once with every request distinct (a comment makes
each text unique, so each is evaluated), then a load run with wrk (Debian package `wrk`) on a
mix rotating over the named queries: requests, errors, p50/p99 latency, and the resident memory
of each server's whole process group (workers and evaluators) before and after.
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
OXIGRAPH = Path(sys.executable).parent / "oxigraph"
ACCEPT = "application/sparql-results+json"


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_stores(n_triples: int, work: Path) -> tuple[Path, Path, int]:
    from sdkg.graph.store import OxigraphStore

    from bench.synth import write_nquads

    nq = work / "synth.nq"
    t0 = time.monotonic()
    write_nquads(nq, n_triples, seed=1)
    sdkg_dir, ox_dir = work / "sdkg-store", work / "oxigraph-store"
    store = OxigraphStore(sdkg_dir)
    store.raw.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    store.ensure_model()
    total = len(store.raw)
    (work / "all.nq").write_bytes(store.raw.dump(format=ox.RdfFormat.N_QUADS))  # with the default graph (the merge)
    store.close()
    del store
    subprocess.run([str(OXIGRAPH), "load", "--location", str(ox_dir), "--file", str(work / "all.nq")],
                   check=True, capture_output=True)
    print(f"# {total:,} quads generated and loaded twice in {time.monotonic() - t0:.1f} s", flush=True)
    return sdkg_dir, ox_dir, total


def _pick(store: ox.Store, query: str) -> str | None:
    rows = list(store.query(query))
    return rows[0][0].value if rows and rows[0][0] is not None else None


def bound_queries(sdkg_dir: Path) -> dict[str, str]:
    """Each named query as the text a client sends, with parameters bound to values in the data."""
    from sdkg.graph.remote import inject_values
    from sdkg.ontology import SPARQL_PREFIXES
    from sdkg.sparql.library import library

    store = ox.Store.read_only(str(sdkg_dir))
    p = SPARQL_PREFIXES
    # Synthetic municipalities have codes no real one has, so bind the IRI found in the data.
    municipality = _pick(store, p + "SELECT ?m WHERE { ?r sdkg:municipality ?m } "
                                    "GROUP BY ?m ORDER BY DESC(COUNT(?r)) LIMIT 1")
    year = _pick(store, p + "SELECT ?y WHERE { ?r sdkg:year ?y } GROUP BY ?y ORDER BY DESC(COUNT(?r)) LIMIT 1")
    org = _pick(store, p + "SELECT ?o WHERE { ?r sdkg:mentions ?o . ?o a sdkg:Organisation } "
                           "GROUP BY ?o ORDER BY DESC(COUNT(?r)) LIMIT 1")
    out = {}
    for name, nq in library().items():
        raw, direct = {}, {}
        for param in nq.params:
            if param.type == "municipality":
                direct[param.name] = ox.NamedNode(municipality)
            elif param.type == "integer" and "year" in param.name:
                raw[param.name] = year
            elif param.type == "iri":
                raw[param.name] = org
            elif param.default is None and not param.optional:
                raw[param.name] = "Welzijn"
        bindings = {k: v for k, v in nq.bind(raw).items() if k not in direct} | direct
        out[name] = SPARQL_PREFIXES + inject_values(nq.sparql, bindings)
    return out


class Servers:
    """Both servers, started on free ports, stopped by process group."""

    def __init__(self, sdkg_dir: Path, ox_dir: Path, work: Path, workers: int, threads: int, timeout: int = 120):
        self.sdkg_port, self.ox_port = _free_port(), _free_port()
        env = {**os.environ, "SDKG_UPDATE_TOKEN": ""}
        self.procs = [
            subprocess.Popen([sys.executable, "-m", "sdkg.cli", "serve", "--store", str(sdkg_dir), "--port",
                              str(self.sdkg_port), "--workers", str(workers), "--threads", str(threads),
                              "--timeout", str(timeout), "--max-rows", "1000000", "--query-memory", "16384"],
                             cwd=ROOT, env=env, stdout=open(work / "sdkg.log", "wb"), stderr=subprocess.STDOUT,
                             start_new_session=True),
            subprocess.Popen([str(OXIGRAPH), "serve-read-only", "--location", str(ox_dir), "--bind",
                              f"127.0.0.1:{self.ox_port}", "--timeout-s", str(timeout)],
                             stdout=open(work / "oxigraph.log", "wb"), stderr=subprocess.STDOUT,
                             start_new_session=True),
        ]
        self.paths = {"sdkg": (self.sdkg_port, "/sparql"), "oxigraph": (self.ox_port, "/query")}
        deadline = time.monotonic() + 60
        for name in self.paths:
            while True:
                try:
                    if self.get(name, "ASK {}")[0] == 200:
                        break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"{name} did not start; see {work}")
                time.sleep(0.3)

    def url_path(self, name: str, query: str) -> str:
        return self.paths[name][1] + "?query=" + urllib.parse.quote(query, safe="")

    def get(self, name: str, query: str, conn: http.client.HTTPConnection | None = None,
            timing: list | None = None) -> tuple[int, bytes]:
        own = conn is None
        conn = conn or http.client.HTTPConnection("127.0.0.1", self.paths[name][0], timeout=300)
        try:
            for attempt in (1, 2):
                try:
                    conn.request("GET", self.url_path(name, query), headers={"Accept": ACCEPT})
                    r = conn.getresponse()
                    if timing is not None:
                        timing.append(r.getheader("Server-Timing") or "")
                    return r.status, r.read()
                except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                    conn.close()  # the server closed an idle keep-alive connection: reconnect once
                    if attempt == 2:
                        raise
            raise AssertionError
        finally:
            if own:
                conn.close()

    def stop(self) -> None:
        for p in self.procs:
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGTERM)
        for p in self.procs:
            try:
                p.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)


def latency(servers: Servers, queries: dict[str, str], rounds: int, fresh_only: bool = False,
            warmup: int = 2) -> list[dict]:
    conns = {n: http.client.HTTPConnection("127.0.0.1", servers.paths[n][0], timeout=300) for n in servers.paths}
    rows = []
    for name, q in queries.items():
        times = {("sdkg", True): [], ("oxigraph", True): [], ("sdkg", False): [], ("oxigraph", False): []}
        split = {"engine": [], "service": [], "app": [], "total": []}  # where a fresh sdkg answer spends its time
        sizes = {}
        over = []
        for server in servers.paths:
            # Warm-up, the same for both servers: the first request fills the sdkg cache for the
            # repeated text, the others (fresh texts) let each engine read the blocks it needs.
            status, body = servers.get(server, q, conns[server])
            if status != 200:
                print(f"  {name}: {server} answered {status}: {body[:200]!r}", file=sys.stderr, flush=True)
                over.append(server)
                continue
            sizes[server] = body.count(b'{"') if body.startswith(b"{") else len(body)
            for w in range(1, warmup):
                servers.get(server, f"{q}\n# warm-up {w}", conns[server])
        if over:  # past the time limit (or failing): no timing, say so in the table
            rows.append({"query": name, "over": over})
            continue
        for r in range(rounds):
            for repeated in ((False,) if fresh_only else (True, False)):
                text = q if repeated else f"{q}\n# round {r}"
                for server in (("sdkg", "oxigraph") if r % 2 else ("oxigraph", "sdkg")):
                    header: list[str] = []
                    t0 = time.perf_counter()
                    status, _ = servers.get(server, text, conns[server], header)
                    spent = time.perf_counter() - t0
                    if status != 200:  # over the limit this time: counted as the limit itself
                        print(f"  {name}: {server} answered {status} in round {r}", file=sys.stderr, flush=True)
                    times[(server, repeated)].append(spent)
                    durations = dict(re.findall(r"(\w+);dur=([\d.]+)", header[0] if header else ""))
                    if server == "sdkg" and not repeated and "engine" in durations:
                        split["engine"].append(float(durations["engine"]))
                        split["service"].append(float(durations["service"]))
                        split["app"].append(float(durations.get("app", "nan")))
                        split["total"].append(spent * 1000)
        med = {k: statistics.median(v) * 1000 if v else float("nan") for k, v in times.items()}
        parts = {k: statistics.median(v) if v else float("nan") for k, v in split.items()}
        rows.append({"query": name, "sdkg_repeat": med[("sdkg", True)], "ox_repeat": med[("oxigraph", True)],
                     "sdkg_distinct": med[("sdkg", False)], "ox_distinct": med[("oxigraph", False)],
                     "engine": parts["engine"], "hop": parts["service"] - parts["engine"],
                     "web": parts["total"] - parts["service"], "flask": parts["app"] - parts["service"],
                     "http": parts["total"] - parts["app"]})
        print(f"  {name}: done", file=sys.stderr, flush=True)
    for c in conns.values():
        c.close()
    return rows


WRK_SCRIPT = """
paths = {%s}
i = 0
request = function()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i], {["Accept"] = "%s"})
end
"""


def _ms(text: str) -> float:
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def rss_mb(pgid: int) -> float:
    """Resident memory of every process in a process group (server, workers, evaluators), MB."""
    total = 0
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if os.getpgid(int(proc.name)) != pgid:
                continue
            for line in (proc / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except (OSError, ProcessLookupError, ValueError):
            continue
    return total / 1024


def throughput(servers: Servers, queries: dict[str, str], work: Path, seconds: int,
               connections: int = 4) -> dict[str, float]:
    """wrk on the named-query mix: req/s, non-2xx and socket errors, p50/p99, server RSS before/after."""
    out = {}
    for i, name in enumerate(("oxigraph", "sdkg")):
        paths = ", ".join('"' + servers.url_path(name, q) + '"' for q in queries.values())
        script = work / f"mix-{name}.lua"
        script.write_text(WRK_SCRIPT % (paths, ACCEPT))
        pgid = servers.procs[1 - i].pid
        out[name + "_rss_before"] = rss_mb(pgid)
        res = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "60s", "--latency",
                              "-s", str(script), f"http://127.0.0.1:{servers.paths[name][0]}/"],
                             capture_output=True, text=True, check=True)
        out[name + "_rss_after"] = rss_mb(pgid)
        m = re.search(r"Requests/sec:\s+([\d.]+)", res.stdout)
        non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", res.stdout)
        sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", res.stdout)
        out[name] = float(m.group(1))
        out[name + "_errors"] = (int(non2xx.group(1)) if non2xx else 0) + \
            (sum(int(x) for x in sock.groups()) if sock else 0)
        for pct in ("50", "99"):
            hit = re.search(rf"^\s+{pct}%\s+(\S+)", res.stdout, re.MULTILINE)
            out[f"{name}_p{pct}"] = _ms(hit.group(1)) if hit else float("nan")
        out[name + "_requests"] = int(re.search(r"(\d+) requests in", res.stdout).group(1))
    return out


def report(n: int, rows: list[dict], tput: dict, setup: str = "") -> str:
    lines = [f"\n## {n:,} quads: median ms per named query (interleaved, same run)\n", setup,
             "Fresh sdkg answers split by their Server-Timing header (medians of each part): engine = "
             "evaluation and serialisation in the evaluator process, hop = to the evaluator and back, web = "
             "Flask, gunicorn and HTTP, of which flask = the app around the query service and http = "
             "gunicorn, the socket and the client.\n",
             "| query | sdkg repeated | oxigraph repeated | ratio | sdkg fresh | oxigraph fresh | ratio "
             "| engine | hop | web | flask | http |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        if "over" in r:
            lines.append(f"| {r['query']} | over the time limit on: {', '.join(r['over'])} |||||||||||")
            continue
        lines.append(f"| {r['query']} | {r['sdkg_repeat']:.2f} | {r['ox_repeat']:.2f} | "
                     f"{r['sdkg_repeat'] / r['ox_repeat']:.2f}x | {r['sdkg_distinct']:.2f} | "
                     f"{r['ox_distinct']:.2f} | {r['sdkg_distinct'] / r['ox_distinct']:.2f}x | "
                     f"{r['engine']:.2f} | {r['hop']:.2f} | {r['web']:.2f} | {r['flask']:.2f} | {r['http']:.2f} |")
    timed = [r for r in rows if "over" not in r]
    if timed:
        fresh = [r["sdkg_distinct"] / r["ox_distinct"] for r in timed]
        lines += ["", f"Fresh (distinct) ratio: median {statistics.median(fresh):.2f}x, worst {max(fresh):.2f}x "
                      f"({max(timed, key=lambda r: r['sdkg_distinct'] / r['ox_distinct'])['query']}); "
                      f"{sum(f <= 1.1 for f in fresh)} of {len(fresh)} at or under 1.1x"]
    if tput:
        c = tput["connections"]
        lines += ["", f"Load: the named-query mix for {tput['seconds']} s at {c} connections (wrk)", "",
                  "| server | requests | req/s | errors (non-2xx + socket) | p50 ms | p99 ms | RSS before MB | RSS after MB |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|"]
        for name in ("sdkg", "oxigraph"):
            lines.append(f"| {name} | {tput[name + '_requests']} | {tput[name]:.1f} | {tput[name + '_errors']} | "
                         f"{tput[name + '_p50']:.1f} | {tput[name + '_p99']:.1f} | {tput[name + '_rss_before']:.0f} | "
                         f"{tput[name + '_rss_after']:.0f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, action="append", help="data size (repeatable; default 100000)")
    ap.add_argument("--rounds", type=int, default=15, help="requests per query, server and mode")
    ap.add_argument("--warmup", type=int, default=2, help="untimed requests per query and server before the rounds")
    ap.add_argument("--seconds", type=int, default=10, help="wrk duration (0: no load run)")
    ap.add_argument("--connections", type=int, default=4, help="wrk connections")
    ap.add_argument("--no-latency", action="store_true", help="only the load run")
    ap.add_argument("--fresh-only", action="store_true", help="latency of distinct (uncached) queries only")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--threads", type=int, default=4)
    ap.add_argument("--keep", metavar="DIR", help="work in DIR and keep it (default: a temporary folder)")
    ap.add_argument("--separate-stores", action="store_true",
                    help="oxigraph serves its own copy loaded with `oxigraph load` (default: the very same folder, "
                         "opened read-only by both servers, so the engines read the same files)")
    ap.add_argument("--query-timeout", type=int, default=120, help="seconds, the same limit on both servers")
    ap.add_argument("--reuse", action="store_true", help="with --keep: use the stores already built there")
    ap.add_argument("--queries", metavar="NAMES", help="only these named queries (comma-separated; default: all)")
    args = ap.parse_args(argv)
    if shutil.which("wrk") is None:
        print("bench_server: wrk is not installed", file=sys.stderr)
        return 2
    # Stopped with SIGTERM (timeout, kill), still stop both servers (the `finally` below).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    for n in args.triples or [100_000]:
        work = Path(args.keep or tempfile.mkdtemp(prefix="sdkg-bench-")) / str(n)
        work.mkdir(parents=True, exist_ok=True)
        if args.reuse and (work / "sdkg-store" / "CURRENT").exists():
            sdkg_dir, ox_dir = work / "sdkg-store", work / "oxigraph-store"
            total = sum(1 for _ in open(work / "all.nq", "rb"))
        else:
            sdkg_dir, ox_dir, total = build_stores(n, work)
        if not args.separate_stores:
            ox_dir = sdkg_dir
        queries = bound_queries(sdkg_dir)
        if args.queries:
            queries = {k: v for k, v in queries.items() if k in args.queries.split(",")}
        servers = Servers(sdkg_dir, ox_dir, work, args.workers, args.threads, args.query_timeout)
        load_before = os.getloadavg()[0]
        try:
            rows = [] if args.no_latency else latency(servers, queries, args.rounds, args.fresh_only, args.warmup)
            tput = {}
            if args.seconds:
                tput = throughput(servers, queries, work, args.seconds, args.connections)
                tput.update(seconds=args.seconds, connections=args.connections)
        finally:
            servers.stop()
        setup = (f"{args.warmup} warm-up and {args.rounds} timed requests per query and server; 1-minute load "
                 f"average {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end "
                 f"({os.cpu_count()} cores).\n")
        print(report(total, rows, tput, setup), flush=True)
        if not args.keep:
            shutil.rmtree(work.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
