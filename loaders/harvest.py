"""Fetch a report website politely into a folder that `sdkg ingest` reads as one report.

Polite means: only pages of the same site (same scheme, host and port, and below the start URL's
folder unless told to take the whole host), robots.txt obeyed (its Crawl-delay too), one request
at a time with a delay between requests, a time limit on every request and a size limit on every
page, and only HTML. The folder's manifest (`sdkg-site.json`, see loaders/formats/site.py) is
rewritten after every page, with the queue of pages still to fetch, so an interrupted harvest
resumes where it stopped and fetches no page twice.
"""

from __future__ import annotations

import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sdkg.loaders.formats.site import MANIFEST

USER_AGENT = "sdkg-harvest/0.1 (+https://w3id.org/sdkg)"
_SKIP_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png", ".gif", ".svg", ".webp", ".ico", ".zip", ".doc", ".docx",
                  ".xls", ".xlsx", ".csv", ".ppt", ".pptx", ".css", ".js", ".json", ".xml", ".mp3", ".mp4",
                  ".woff", ".woff2", ".ttf")


class HarvestProblem(ValueError):
    """The harvest cannot start (bad URL, a folder holding another site); the message says why."""


@dataclass(frozen=True)
class HarvestLimits:
    delay: float = 1.0  # seconds between requests (robots.txt Crawl-delay may ask for more)
    timeout: float = 20.0  # seconds per request
    max_pages: int = 2000
    max_page_bytes: int = 10 * 1024 * 1024
    whole_host: bool = False  # False: only below the start URL's folder


@dataclass
class HarvestResult:
    folder: Path
    fetched: int = 0  # in this run
    pages: int = 0  # in the folder, all runs together
    failed: list[dict] = field(default_factory=list)
    refused: int = 0  # links robots.txt does not allow
    queued: int = 0  # left to fetch (max_pages reached)


def _normal(url: str) -> str:
    url, _frag = urllib.parse.urldefrag(url)
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


class _Scope:
    def __init__(self, start: str, whole_host: bool):
        s = urllib.parse.urlsplit(start)
        self.origin = (s.scheme, s.netloc)
        self.prefix = "/" if whole_host else s.path[: s.path.rfind("/") + 1] or "/"

    def __contains__(self, url: str) -> bool:
        u = urllib.parse.urlsplit(url)
        return (u.scheme, u.netloc) == self.origin and (u.path or "/").startswith(self.prefix) and not (
            u.path.lower().endswith(_SKIP_SUFFIXES))


class _Fetcher:
    """One request at a time, at least `delay` seconds apart."""

    def __init__(self, limits: HarvestLimits):
        self.limits = limits
        self.delay = limits.delay
        self._last = 0.0

    def get(self, url: str) -> tuple[int, str, str, bytes]:
        """(status, final url, content type, body); HTTP errors come back as their status."""
        wait = self._last + self.delay - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"})
        try:
            with urllib.request.urlopen(req, timeout=self.limits.timeout) as resp:
                body = resp.read(self.limits.max_page_bytes + 1)
                return resp.status, resp.geturl(), resp.headers.get("Content-Type", ""), body
        except urllib.error.HTTPError as exc:
            return exc.code, url, "", b""
        finally:
            self._last = time.monotonic()


def _robots(fetcher: _Fetcher, start: str) -> urllib.robotparser.RobotFileParser:
    s = urllib.parse.urlsplit(start)
    rp = urllib.robotparser.RobotFileParser(urllib.parse.urlunsplit((s.scheme, s.netloc, "/robots.txt", "", "")))
    try:
        status, _url, _ctype, body = fetcher.get(rp.url)
    except (urllib.error.URLError, OSError, ValueError):
        status, body = 404, b""
    if status in (401, 403):
        rp.disallow_all = True
    elif status >= 400:
        rp.allow_all = True
    else:
        rp.parse(body.decode("utf-8", errors="replace").splitlines())
    return rp


def _links(body: bytes, base: str) -> list[str]:
    import lxml.html

    try:
        root = lxml.html.document_fromstring(body)
    except (ValueError, TypeError):
        return []
    base_el = root.find(".//base[@href]")
    if base_el is not None:
        base = urllib.parse.urljoin(base, base_el.get("href"))
    out = []
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if href and not href.lower().startswith(("mailto:", "javascript:", "tel:", "#")):
            out.append(_normal(urllib.parse.urljoin(base, href)))
    return out


def _save(folder: Path, state: dict) -> None:
    tmp = folder / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps(state, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, folder / MANIFEST)


def harvest(start: str, folder: str | os.PathLike, limits: HarvestLimits | None = None,
            on_progress: Callable[[int, int, str], None] | None = None) -> HarvestResult:
    """Fetch the site at `start` into `folder` (created; resumed if it holds this site's manifest).
    `on_progress(done, known, url)` is called after every page."""
    limits = limits or HarvestLimits()
    start = _normal(start)
    if urllib.parse.urlsplit(start).scheme not in ("http", "https") or not urllib.parse.urlsplit(start).netloc:
        raise HarvestProblem(f"not an http(s) URL: {start}")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    state = {"start": start, "pages": [], "queue": [start], "seen": [start], "failed": []}
    if (folder / MANIFEST).exists():
        try:
            old = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise HarvestProblem(f"{folder / MANIFEST} is unreadable: {exc}") from exc
        if old.get("start") != start:
            raise HarvestProblem(f"{folder} holds a harvest of {old.get('start')}, not of {start}")
        state.update(old)
    scope = _Scope(start, limits.whole_host)
    fetcher = _Fetcher(limits)
    robots = _robots(fetcher, start)
    delay = robots.crawl_delay(USER_AGENT)
    if delay:
        fetcher.delay = max(limits.delay, float(delay))
    seen = set(state["seen"])
    result = HarvestResult(folder)
    while state["queue"] and len(state["pages"]) < limits.max_pages:
        url = state["queue"].pop(0)
        if not robots.can_fetch(USER_AGENT, url):
            result.refused += 1
            _save(folder, state)
            continue
        try:
            status, final, ctype, body = fetcher.get(url)
        except (urllib.error.URLError, OSError, ValueError) as exc:
            state["failed"].append({"url": url, "reason": str(getattr(exc, "reason", exc))})
            _save(folder, state)
            continue
        final = _normal(final)
        if status >= 400:
            state["failed"].append({"url": url, "reason": f"HTTP {status}"})
        elif final not in scope and final != url:
            pass  # redirected off the site
        elif "html" not in ctype.lower():
            pass  # not a page (a PDF or image behind an extension-less link)
        elif len(body) > limits.max_page_bytes:
            state["failed"].append({"url": url, "reason": f"over {limits.max_page_bytes // (1024 * 1024)} MB"})
        else:
            name = f"p{len(state['pages']) + 1:04d}.html"
            (folder / name).write_bytes(body)
            state["pages"].append({"file": name, "url": final, "fetched": time.strftime("%Y-%m-%dT%H:%M:%SZ",
                                                                                         time.gmtime())})
            result.fetched += 1
            for link in _links(body, final):
                if link not in seen and link in scope:
                    seen.add(link)
                    state["seen"].append(link)
                    state["queue"].append(link)
        _save(folder, state)
        if on_progress:
            on_progress(len(state["pages"]), len(state["pages"]) + len(state["queue"]), url)
    result.pages = len(state["pages"])
    result.failed = state["failed"]
    result.queued = len(state["queue"])
    return result
