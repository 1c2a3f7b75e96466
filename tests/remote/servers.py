"""Real SPARQL servers for tests: `oxigraph serve` and a private Virtuoso, on free 127.0.0.1 ports."""

from __future__ import annotations

import contextlib
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

OXIGRAPH = Path(sys.executable).parent / "oxigraph"
VIRTUOSO = shutil.which("virtuoso-t")
VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode} before {url} answered")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {seconds}s")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextlib.contextmanager
def oxigraph_server(location: Path):
    """Yields the base URL of `oxigraph serve` (query: /query, update: /update, graph store: /store)."""
    port = free_port()
    # No --union-default-graph: sdkg's writes keep the default graph the merge of all graphs, a set.
    proc = subprocess.Popen([str(OXIGRAPH), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(base + "/query?query=ASK%7B%7D", proc)
        yield base
    finally:
        stop(proc)


@contextlib.contextmanager
def virtuoso_server(workdir: Path):
    """Yields the HTTP base URL of a private Virtuoso whose files all live in `workdir`."""
    workdir.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = free_port(), free_port()
    ini = VIRTUOSO_INI.read_text()
    ini = ini.replace("/var/lib/virtuoso-opensource-7/db/", str(workdir) + "/")
    ini = re.sub(r"(?m)^(ServerPort\s*=\s*)1111\s*$", rf"\g<1>127.0.0.1:{sql_port}", ini)
    ini = re.sub(r"(?m)^(ServerPort\s*=\s*)8890\s*$", rf"\g<1>127.0.0.1:{http_port}", ini)
    (workdir / "virtuoso.ini").write_text(ini)
    log = open(workdir / "stdout.log", "wb")
    proc = subprocess.Popen([VIRTUOSO, "+foreground", "+configfile", str(workdir / "virtuoso.ini")],
                            cwd=workdir, stdout=log, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{http_port}"
        wait_for(base + "/sparql?query=ASK%7B%7D", proc, seconds=120)
        yield base
    finally:
        stop(proc)
        log.close()
