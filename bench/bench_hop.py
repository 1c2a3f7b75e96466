"""Where a cheap fresh query's milliseconds go: each stage of one `/sparql` GET timed on its own.

    python -m bench.bench_hop --store /tmp/serve-1m-b/1000000/sdkg-store
    python -m bench.bench_hop --store DIR --queries neighbourhoods,people --n 300

Every stage answers the same named queries (bench.bench_server's bound texts, a comment making
each request's text unique, so nothing comes from a cache), stages interleaved request by request
so that a busy machine moves them alike; medians in ms:

- `engine`     pyoxigraph in this process: `Store.query` + `serialize` to JSON (what the evaluator's
               engine does; the floor of any design that keeps pyoxigraph);
- `evaluate`   sparql.evaluate.evaluate(store, job) in this process (engine + the Job's handling);
- `pool`       the evaluator pool: the Job to an evaluator process and the Answer back (the hop);
- `executor`   Executor.read: + the SERVICE check, the cache lookup and single flight;
- `wsgi`       the Flask app called as WSGI in this process (routing, protocol, view, response);
- `gunicorn`   `sdkg serve` over HTTP with a keep-alive connection (+ gunicorn and the socket);
- `oxigraph`   `oxigraph serve-read-only` on the same folder over HTTP (the reference);
- `trivial`    gunicorn's threaded worker answering a fixed body (its own floor);
- `baseline`   with `--baseline DIR`: `sdkg serve` of another checkout (DIR/sdkg, e.g. `git archive
               main`), so that a change is compared with what it replaces in the same run.

Differences between neighbouring stages are what each layer costs.
"""

from __future__ import annotations

import argparse
import http.client
import io
import os
import pickle
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

import pyoxigraph as ox

from bench.bench_server import ACCEPT, OXIGRAPH, ROOT, _free_port, bound_queries

CHEAP = ["neighbourhoods", "people", "figures", "reports", "initiatives-by-neighbourhood"]

TRIVIAL_APP = '''
BODY = b'{"head":{"vars":["x"]},"results":{"bindings":[]}}'
def app(environ, start_response):
    start_response("200 OK", [("Content-Type", "application/sparql-results+json"),
                              ("Content-Length", str(len(BODY)))])
    return [BODY]
'''


def _wait_http(port: int, path: str, deadline: float = 60) -> None:
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            c.request("GET", path)
            if c.getresponse().status < 500:
                c.close()
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"no server on port {port}")


class Http:
    def __init__(self, port: int, path: str):
        self.port, self.path = port, path
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    def __call__(self, text: str) -> bytes:
        self.conn.request("GET", self.path + "?query=" + urllib.parse.quote(text, safe=""), headers={"Accept": ACCEPT})
        r = self.conn.getresponse()
        body = r.read()
        if r.status != 200:
            raise RuntimeError(f"{r.status}: {body[:200]!r}")
        return body


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", required=True, help="an sdkg store folder (e.g. one bench.bench_server --keep built)")
    ap.add_argument("--queries", default=",".join(CHEAP), help="named queries, comma-separated")
    ap.add_argument("--n", type=int, default=150, help="timed requests per stage and query")
    ap.add_argument("--stages", default="engine,evaluate,pool,executor,wsgi,gunicorn,baseline,oxigraph,trivial")
    ap.add_argument("--baseline", metavar="DIR", help="a folder holding another checkout as DIR/sdkg")
    ap.add_argument("--workers", type=int, default=1, help="web workers of each sdkg server")
    args = ap.parse_args(argv)
    store_dir = str(Path(args.store).resolve())
    stages = args.stages.split(",")
    texts = bound_queries(Path(store_dir))
    names = [q for q in args.queries.split(",") if q in texts]

    from sdkg.graph.store import OxigraphStore
    from sdkg.ontology import PREFIXES
    from sdkg.server import create_app
    from sdkg.settings import Settings
    from sdkg.sparql.evaluate import Job, evaluate
    from sdkg.sparql.execute import EvaluatorPool, Executor
    from sdkg.sparql.protocol import RESULTS, mime

    store = ox.Store.read_only(store_dir)
    media = mime(RESULTS.JSON)

    def job(text: str) -> Job:
        return Job("query", text, media, ACCEPT, None, base_iri="http://127.0.0.1/sparql", max_rows=1_000_000)

    pool = EvaluatorPool(store_dir, 1, 16384)
    executor = Executor(OxigraphStore(store_dir, read_only=True), timeout=60, max_rows=1_000_000, evaluators=1,
                        memory_mb=16384)
    settings = Settings.build({"store": store_dir, "max_rows": 1_000_000, "query_timeout": 60, "evaluators": 1,
                               "query_memory_mb": 16384})
    app = create_app(settings)

    def wsgi(text: str) -> bytes:
        qs = "query=" + urllib.parse.quote(text, safe="")
        environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/sparql", "QUERY_STRING": qs, "SERVER_NAME": "127.0.0.1",
                   "SERVER_PORT": "80", "SERVER_PROTOCOL": "HTTP/1.1", "HTTP_HOST": "127.0.0.1",
                   "HTTP_ACCEPT": ACCEPT, "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(b""),
                   "wsgi.errors": sys.stderr, "wsgi.multithread": True, "wsgi.multiprocess": True,
                   "wsgi.run_once": False, "wsgi.version": (1, 0)}
        status = []
        out = b"".join(app(environ, lambda s, h, e=None: status.append(s)))
        if not status[0].startswith("200"):
            raise RuntimeError(status[0] + out[:200].decode())
        return out

    procs = []
    runners = {
        "engine": lambda t: store.query(t, prefixes=PREFIXES).serialize(format=RESULTS.JSON),
        "evaluate": lambda t: evaluate(store, job(t)).body,
        "pool": lambda t: pool.run(("read", job(t), "bench"), 60).body,
        "executor": lambda t: executor.read(job(t), "bench").body,
        "wsgi": wsgi,
    }
    work = Path(tempfile.mkdtemp(prefix="sdkg-hop-"))
    try:
        for stage, pythonpath in (("gunicorn", None), ("baseline", args.baseline)):
            if stage not in stages or (stage == "baseline" and not pythonpath):
                continue
            env = {**os.environ, "SDKG_UPDATE_TOKEN": ""}
            if pythonpath:  # ahead of the editable install: that checkout's `sdkg`
                env["PYTHONPATH"] = str(Path(pythonpath).resolve())
            port = _free_port()
            procs.append(subprocess.Popen(
                [sys.executable, "-m", "sdkg.cli", "serve", "--store", store_dir, "--port", str(port), "--workers",
                 str(args.workers), "--threads", "4", "--timeout", "60", "--max-rows", "1000000", "--query-memory",
                 "16384"], cwd=pythonpath or ROOT, env=env, stdout=open(work / f"{stage}.log", "wb"),
                stderr=subprocess.STDOUT, start_new_session=True))
            _wait_http(port, "/sparql?query=ASK%7B%7D")
            runners[stage] = Http(port, "/sparql")
        if "oxigraph" in stages:
            port = _free_port()
            procs.append(subprocess.Popen([str(OXIGRAPH), "serve-read-only", "--location", store_dir, "--bind",
                                           f"127.0.0.1:{port}"], stdout=open(work / "ox.log", "wb"),
                                          stderr=subprocess.STDOUT, start_new_session=True))
            _wait_http(port, "/query?query=ASK%7B%7D")
            runners["oxigraph"] = Http(port, "/query")
        if "trivial" in stages:
            (work / "trivial_app.py").write_text(TRIVIAL_APP)
            port = _free_port()
            procs.append(subprocess.Popen([sys.executable, "-m", "gunicorn", "--chdir", str(work), "-k", "gthread",
                                           "--threads", "4", "-w", "1", "--keep-alive", "75", "-b",
                                           f"127.0.0.1:{port}", "trivial_app:app"],
                                          stdout=open(work / "trivial.log", "wb"), stderr=subprocess.STDOUT,
                                          start_new_session=True))
            _wait_http(port, "/")
            runners["trivial"] = Http(port, "/")
        stages = [s for s in stages if s in runners]
        print(f"# {len(names)} queries x {args.n} fresh requests per stage, interleaved; "
              f"load average {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores)", flush=True)
        print("| query | " + " | ".join(stages) + " |")
        print("|---|" + "---:|" * len(stages))
        for name in names:
            base = texts[name]
            for s in stages:  # warm-up: each stage reads the blocks it needs
                for w in range(3):
                    runners[s](f"{base}\n# warm-up {s} {w}")
            times = {s: [] for s in stages}
            for i in range(args.n):
                order = stages if i % 2 else stages[::-1]
                for s in order:
                    text = f"{base}\n# {s} {i}"
                    t0 = time.perf_counter()
                    runners[s](text)
                    times[s].append((time.perf_counter() - t0) * 1000)
            print(f"| {name} | " + " | ".join(f"{statistics.median(times[s]):.3f}" for s in stages) + " |", flush=True)
        j = job(texts[names[0]])
        answer = evaluate(store, j)
        t0 = time.perf_counter()
        for _ in range(1000):
            pickle.loads(pickle.dumps(j, protocol=pickle.HIGHEST_PROTOCOL))
            pickle.loads(pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL))
        print(f"\n# pickling the job ({len(pickle.dumps(j))} B) and the answer ({len(pickle.dumps(answer))} B) "
              f"both ways: {(time.perf_counter() - t0):.3f} ms each time (1,000 times)")
    finally:
        for p in procs:
            os.killpg(p.pid, signal.SIGTERM)
            p.wait(10)
        pool.close()
        executor.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
