"""Bad inputs for `sdkg ingest`, mixed with good reports, and the check of what ingest made of them.

`write_corpus(folder, n)` writes n cases into one folder: about one in eight is a good report
(seed text in .txt of several encodings, .html, .docx and .pdf, some under odd file names), the
rest are bad: truncated, encrypted and image-only PDFs; broken, empty and too deeply nested HTML;
text in every encoding; NUL bytes; zip bombs and broken zips as .docx; huge single lines;
pathological repetitions; tiny binaries; empty files; recipes and English text; files over the
size limit; symbolic-link loops, dangling links, links to /dev/zero and FIFOs.

`run_ingest(folder, store)` runs `sdkg ingest --json` on the folder with the default worker count,
as users run it; `check(cases, run)` counts crashes, hangs over the per-file limit, good files
lost and bad files not named with a reason. tests/fuzz runs 200 cases; bench/bench_fuzz.py 1,000.
"""

from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
import time
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"

GOOD, BAD, ANY = "good", "bad", "any"
"""A good case must be stored; a bad one must be failed or skipped with a reason; an 'any' case
(a broken file that may still hold a readable report) must be one or the other."""


@dataclass
class Case:
    path: str  # as the file system gives it back (names that are not UTF-8 carry surrogates)
    kind: str
    expect: str


@dataclass
class Corpus:
    folder: Path
    cases: list[Case] = field(default_factory=list)
    rnd: random.Random = field(default_factory=random.Random)
    texts: list[str] = field(default_factory=list)
    big: bool = False
    _serial: int = 0
    _bomb: bytes | None = None

    def name(self, stem: str, suffix: str) -> str:
        self._serial += 1
        return f"{self._serial:04d}-{stem}{suffix}"

    def add(self, name: str | bytes, data: bytes, kind: str, expect: str) -> None:
        path = os.path.join(os.fsencode(self.folder), name if isinstance(name, bytes) else os.fsencode(name))
        with open(path, "wb") as fh:
            fh.write(data)
        self.cases.append(Case(os.fsdecode(path), kind, expect))

    def special(self, name: str, kind: str, make) -> None:
        path = self.folder / name
        make(path)
        self.cases.append(Case(str(path), kind, BAD))

    def report_text(self) -> str:
        """A seed report made distinct (every good case is its own report)."""
        self._serial += 1
        return self.rnd.choice(self.texts) + f"\n\nKopie {self._serial}: dit verslag is een variant.\n"

    def excerpt(self, words: int) -> str:
        ws = self.rnd.choice(self.texts).split()
        start = self.rnd.randrange(max(1, len(ws) - words))
        return " ".join(ws[start : start + words])


# --- good reports -----------------------------------------------------------------------------------

def _html(text: str, title: str = "Jaarverslag") -> bytes:
    from html import escape

    paras = "\n".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n") if p.strip())
    return (f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>{escape(title)}</title></head>"
            f"<body><nav><a href='/'>Home</a> <a href='/zoeken'>Zoeken</a></nav><main>{paras}</main>"
            f"<footer>Cookies | Privacy</footer></body></html>").encode()


def _docx(text: str) -> bytes:
    import docx

    d = docx.Document()
    for p in text.split("\n\n"):
        if p.strip():
            d.add_paragraph(p.strip())
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _pdf(text: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    width, height = A4
    y = height - 60
    for para in text.split("\n\n"):
        line = ""
        for word in para.split():
            if len(line) + len(word) > 90:
                c.drawString(50, y, line)
                y -= 14
                line = ""
                if y < 60:
                    c.showPage()
                    y = height - 60
            line = f"{line} {word}".strip()
        if line:
            c.drawString(50, y, line)
            y -= 24
        if y < 60:
            c.showPage()
            y = height - 60
    c.save()
    return buf.getvalue()


def _good(cp: Corpus) -> None:
    text = cp.report_text()
    form = cp.rnd.choice(["utf8", "utf8", "cp1252", "utf16", "utf8-bom", "html", "docx", "pdf", "odd-name"])
    if form == "html":
        cp.add(cp.name("rapport", ".html"), _html(text), "good-html", GOOD)
    elif form == "docx":
        cp.add(cp.name("rapport", ".docx"), _docx(text), "good-docx", GOOD)
    elif form == "pdf":
        cp.add(cp.name("rapport", ".pdf"), _pdf(text), "good-pdf", GOOD)
    elif form == "odd-name":
        stem = cp.rnd.choice([b"verslag \xe9\xe9n", b"rapport\nmet regeleinde", b"-begint-met-streep",
                              b"[red]opmaak[bold]", "caf\u0065\u0301-nfd".encode(), "emoji-\U0001f4ca".encode(),
                              b"lang-" + b"x" * 180, b"aanhalings'tekens\"", b"  spaties  "])
        cp._serial += 1
        cp.add(b"%04d-" % cp._serial + stem + b".txt", text.encode("utf-8"), "good-odd-name", GOOD)
    else:
        codec = {"utf8": "utf-8", "cp1252": "cp1252", "utf16": "utf-16", "utf8-bom": "utf-8-sig"}[form]
        try:
            data = text.encode(codec)
        except UnicodeEncodeError:
            data, form = text.encode("utf-8"), "utf8"
        cp.add(cp.name(f"rapport-{form}", ".txt"), data, f"good-txt-{form}", GOOD)


# --- bad inputs -------------------------------------------------------------------------------------

RECIPE = ("Appeltaart\n\nIngrediënten: 250 gram bloem, 150 gram boter, 100 gram suiker, een snufje zout en 1 ei. "
          "Verwarm de oven voor op 180 graden. Meng de bloem met de boter en de suiker tot een kruimelig deeg. "
          "Schil de appels, snijd ze in stukjes en meng ze met kaneel. Bak de taart in een uur goudbruin. ") * 2
ENGLISH = ("This annual report describes how the council worked with the health service and the housing "
           "association on the social agenda in the city and the region during the year. ") * 6
ENCODINGS = ["utf-16-le", "utf-16-be", "utf-32", "cp500", "cp437", "mac_roman", "iso-8859-15", "koi8_r",
             "cp1250", "utf-7", "big5", "shift_jis", "gb18030", "latin-1", "ascii", "cp850", "iso-8859-2"]


def _bomb(cp: Corpus) -> bytes:
    if cp._bomb is None:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("[Content_Types].xml", "<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'/>")
            zf.writestr("word/document.xml", b"\0" * (300 * 1024 * 1024))
        cp._bomb = buf.getvalue()
    buf = io.BytesIO(cp._bomb)
    with zipfile.ZipFile(buf, "a") as zf:  # a distinct file each time, without compressing again
        zf.writestr("docProps/app.xml", f"<n>{cp._serial}</n>")
    return buf.getvalue()


def _bad(cp: Corpus) -> None:
    r = cp.rnd
    kind = r.choice(KINDS)
    def size(small, large):
        return (r.randint(small, large if cp.big else max(small, large // 4)))
    if kind == "truncated-pdf":
        data = _pdf(cp.report_text())
        cp.add(cp.name(kind, ".pdf"), data[: r.randint(10, len(data) - 40)], kind, ANY)
    elif kind == "encrypted-pdf":
        from pypdf import PdfReader, PdfWriter

        w = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf(cp.report_text()))))
        w.encrypt(user_password="geheim", owner_password="eigenaar")
        buf = io.BytesIO()
        w.write(buf)
        cp.add(cp.name(kind, ".pdf"), buf.getvalue(), kind, BAD)
    elif kind == "image-only-pdf":
        from reportlab.pdfgen import canvas

        buf = io.BytesIO()
        c = canvas.Canvas(buf)
        for i in range(r.randint(1, 4)):
            c.rect(50 + i * 10, 50, 200, 300, fill=1)
            c.showPage()
        c.save()
        cp.add(cp.name(kind, ".pdf"), buf.getvalue(), kind, BAD)
    elif kind == "garbage-pdf":
        cp.add(cp.name(kind, ".pdf"), b"%PDF-1." + bytes(r.getrandbits(8) for _ in range(r.randint(0, 3000))), kind, BAD)
    elif kind == "broken-html":
        html = _html(cp.report_text())
        variant = r.choice(["truncated", "tag-soup", "open-comment", "deep", "script-only", "nul", "no-body"])
        if variant == "truncated":
            data, expect = html[: r.randint(0, len(html))], ANY
        elif variant == "tag-soup":
            tags = ["<div>", "</p>", "<table>", "<td", "<<", ">>", "</html>", "<p class='", "&#xffffff;", "&amp"]
            data, expect = "".join(r.choice(tags) + r.choice(["", "tekst ", "x"]) for _ in range(500)).encode(), ANY
        elif variant == "open-comment":
            data, expect = b"<html><body><!-- " + html, BAD
        elif variant == "deep":
            depth = r.randint(300, 5000)
            data, expect = (b"<div>" * depth + html + b"</div>" * depth), BAD
        elif variant == "script-only":
            data, expect = b"<html><script>" + html.replace(b"</", b"<\\/") + b"</script></html>", BAD
        elif variant == "nul":
            data, expect = html.replace(b"</p>", b"\0</p>"), ANY
        else:
            data, expect = b"<html><head><title>Jaarverslag</title></head></html>", BAD
        cp.add(cp.name(f"html-{variant}", ".html"), data, f"broken-html-{variant}", expect)
    elif kind == "encoding":
        codec = r.choice(ENCODINGS)
        data = cp.report_text().encode(codec, errors="replace")
        cp.add(cp.name(f"codering-{codec}", ".txt"), data, f"encoding-{codec}", ANY)
    elif kind == "nul-bytes":
        text = bytearray(cp.report_text().encode("utf-8"))
        for _ in range(r.randint(1, 50)):
            text.insert(r.randrange(len(text)), 0)
        cp.add(cp.name(kind, ".txt"), bytes(text), kind, BAD)
    elif kind == "zip-bomb-docx":
        cp.add(cp.name(kind, ".docx"), _bomb(cp), kind, BAD)
    elif kind == "broken-docx":
        variant = r.choice(["random", "zip-not-word", "truncated"])
        if variant == "random":
            data = b"PK\x03\x04" + bytes(r.getrandbits(8) for _ in range(r.randint(0, 2000)))
        elif variant == "zip-not-word":
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w") as zf:
                zf.writestr("hallo.txt", cp.excerpt(50))
            data = buf.getvalue()
        else:
            good = _docx(cp.report_text())
            data = good[: r.randint(1, len(good) - 100)]
        cp.add(cp.name(f"docx-{variant}", ".docx"), data, f"broken-docx-{variant}", BAD)
    elif kind == "huge-line":
        words = " ".join(cp.rnd.choice(cp.texts).split())
        n = size(100_000, 3_000_000)
        cp.add(cp.name(kind, ".txt"), (words * (n // len(words) + 1))[:n].encode(), kind, ANY)
    elif kind == "repetition":
        n = size(20_000, 1_000_000)
        unit = r.choice(["A", "a", "WMO ", "Gemeente Zwolle ", "'x' ", '"Stichting" ', "1.000.000,00 ", "(((",
                         "abcdefghij", "De Stichting ", "– ", ". ", "\n", "\t", "€", "Ĳ", "ß", "Wmo-Jeugdwet-"])
        cp.add(cp.name("herhaling", ".txt"), (unit * (n // len(unit) + 1))[:n].encode(), f"repetition-{unit.strip()[:8]}", ANY)
    elif kind == "tiny-binary":
        cp.add(cp.name(kind, r.choice([".txt", ".html", ".pdf", ".docx"])),
               bytes(r.getrandbits(8) for _ in range(r.randint(1, 512))), kind, BAD)
    elif kind == "empty":
        cp.add(cp.name(kind, r.choice([".txt", ".html", ".pdf", ".docx"])), r.choice([b"", b" \n\t\r\n"]), kind, BAD)
    elif kind == "not-a-report":
        text = r.choice([RECIPE, ENGLISH, "Lorem ipsum dolor sit amet. " * 40, cp.excerpt(12)])
        cp.add(cp.name(kind, ".txt"), text.encode(), kind, BAD)
    elif kind == "over-size-limit":
        def sparse(p: Path) -> None:
            with open(p, "wb") as fh:
                fh.truncate(60 * 1024 * 1024)
        cp.special(cp.name(kind, ".txt"), kind, sparse)
    elif kind == "symlink-loop":
        a, b = cp.name("lus-a", ".txt"), cp.name("lus-b", ".txt")
        os.symlink(cp.folder / b, cp.folder / a)
        cp.special(b, kind, lambda p: os.symlink(cp.folder / a, p))
        cp.cases.append(Case(str(cp.folder / a), kind, BAD))
    elif kind == "dangling-link":
        cp.special(cp.name(kind, ".html"), kind, lambda p: os.symlink(cp.folder / "bestaat-niet.html", p))
    elif kind == "device-link":
        cp.special(cp.name(kind, ".txt"), kind, lambda p: os.symlink("/dev/zero", p))
    elif kind == "fifo":
        cp.special(cp.name(kind, ".txt"), kind, os.mkfifo)
    else:  # pragma: no cover
        raise ValueError(kind)


KINDS = ["truncated-pdf", "encrypted-pdf", "image-only-pdf", "garbage-pdf", "broken-html", "broken-html",
         "encoding", "encoding", "nul-bytes", "zip-bomb-docx", "broken-docx", "huge-line", "repetition",
         "repetition", "tiny-binary", "empty", "not-a-report", "over-size-limit", "symlink-loop",
         "dangling-link", "device-link", "fifo"]


def write_corpus(folder: Path, n: int, *, seed: int = 0, seeds: Path = SEEDS, big: bool = False,
                 good_share: float = 0.12) -> list[Case]:
    """About n cases (a symlink loop is two files) in `folder`; `big` allows inputs of megabytes."""
    folder.mkdir(parents=True, exist_ok=True)
    cp = Corpus(folder, rnd=random.Random(seed), big=big,
                texts=[p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))])
    while len(cp.cases) < n:
        (_good if cp.rnd.random() < good_share else _bad)(cp)
    return cp.cases


# --- running and judging ----------------------------------------------------------------------------

@dataclass
class Run:
    returncode: int
    seconds: float
    results: dict[str, dict]
    stderr: str
    timed_out: bool = False


def run_ingest(folder: Path, store: Path, *, timeout: float = 3600, args: tuple[str, ...] = ()) -> Run:
    """`sdkg ingest --json` on the folder, with the default worker count."""
    started = time.monotonic()
    try:
        proc = subprocess.run([sys.executable, "-m", "sdkg.cli", "ingest", "--quiet", "--json", "--store", str(store),
                               *args, str(folder)], capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return Run(-1, time.monotonic() - started, {}, (e.stderr or b"").decode(errors="replace"), timed_out=True)
    results = {}
    for line in proc.stdout.decode("utf-8", errors="replace").splitlines():
        if line.startswith("{"):
            r = json.loads(line)
            results[r["path"]] = r
    return Run(proc.returncode, time.monotonic() - started, results, proc.stderr.decode(errors="replace"))


@dataclass
class Verdict:
    cases: int
    good: int
    crashes: list[str]
    hangs: list[str]
    good_lost: list[str]
    not_named: list[str]
    stopped_at_limit: int
    statuses: Counter
    slowest: list[tuple[float, str]]

    @property
    def ok(self) -> bool:
        return not (self.crashes or self.hangs or self.good_lost or self.not_named)

    def lines(self) -> list[str]:
        return [
            f"cases: {self.cases} ({self.good} good reports)",
            f"crashes (traceback or abnormal exit): {len(self.crashes)}",
            f"hangs over the per-file limit: {len(self.hangs)} (stopped at the limit and reported: "
            f"{self.stopped_at_limit})",
            f"good files lost: {len(self.good_lost)}",
            f"bad files not named with a reason: {len(self.not_named)}",
            "statuses: " + ", ".join(f"{k} {v}" for k, v in sorted(self.statuses.items())),
            "slowest: " + ", ".join(f"{s:.1f} s {Path(p).name[:40]}" for s, p in self.slowest),
            *[f"  crash: {c}" for c in self.crashes[:5]],
            *[f"  hang: {h}" for h in self.hangs[:5]],
            *[f"  lost: {g}" for g in self.good_lost[:10]],
            *[f"  not named: {b}" for b in self.not_named[:10]],
        ]


def check(cases: list[Case], run: Run, *, seconds_per_file: float, seconds_per_mb: float) -> Verdict:
    from sdkg.loaders.read import safe_name

    crashes = []
    if run.timed_out:
        crashes.append("the run did not finish")
    if run.returncode not in (0, 1) and not run.timed_out:
        crashes.append(f"exit code {run.returncode}: {run.stderr[-500:]}")
    if "Traceback" in run.stderr:
        crashes.append("traceback: " + run.stderr[run.stderr.index("Traceback"):][:800])
    hangs, lost, unnamed, statuses, stopped = [], [], [], Counter(), 0
    for case in cases:
        shown = safe_name(case.path)
        r = run.results.get(shown)
        if r is None:
            (lost if case.expect == GOOD else unnamed).append(f"{shown} ({case.kind}): no result")
            continue
        statuses[r["status"]] += 1
        try:
            size = os.stat(case.path).st_size if os.path.isfile(case.path) else 0
        except OSError:
            size = 0
        limit = seconds_per_file + seconds_per_mb * min(size, 50 * 1024 * 1024) / (1024 * 1024)
        if r["seconds"] > limit + 5:
            hangs.append(f"{shown} ({case.kind}): {r['seconds']:.0f} s, limit {limit:.0f} s")
        if "time limit" in r["reason"]:
            stopped += 1
        stored = r["status"] in ("added", "replaced", "unchanged")
        if case.expect == GOOD and not stored:
            lost.append(f"{shown} ({case.kind}): {r['status']}: {r['reason']}")
        elif case.expect == BAD and (stored or not r["reason"].strip()):
            unnamed.append(f"{shown} ({case.kind}): {r['status']} {r['reason']!r}")
        elif case.expect == ANY and not stored and not r["reason"].strip():
            unnamed.append(f"{shown} ({case.kind}): {r['status']} without a reason")
    slowest = sorted(((r["seconds"], p) for p, r in run.results.items()), reverse=True)[:3]
    return Verdict(len(cases), sum(c.expect == GOOD for c in cases), crashes, hangs, lost, unnamed, stopped,
                   statuses, slowest)
