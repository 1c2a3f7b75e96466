"""Report websites: a saved site (a folder of HTML pages) read as one report, each page's URL its source.

Many municipalities publish the jaarverslag or begroting as a website of one page per paragraph.
`sdkg harvest URL` saves such a site into a folder with a manifest, `sdkg-site.json`:

    {"start": "https://jaarverslag.example.nl/",
     "pages": [{"file": "p0001.html", "url": "https://jaarverslag.example.nl/"}, ...]}

The pages are read in the manifest's order (the order the site's navigation gave them); the text
of each is the report text of that page (navigation chrome dropped, as for any HTML page). The
report's text is the pages' texts one after the other; `Document.parts` says which stretch came
from which URL, and each page's breadcrumb trail (kruimelpad) plus its own headings give the
section path, so a fact on ".../p1234/jeugdhulp" knows it stands under "Programma 6 Zorg >
Jeugdhulp". A folder saved by hand works too: write the manifest with the files and their URLs.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path

from sdkg.loaders.formats.structure import sections_from_titles
from sdkg.loaders.model import Block, Part, Section, Span, Table, TableRow

MANIFEST = "sdkg-site.json"
_BREADCRUMB_XPATH = (
    "//*[contains(translate(@class, 'BREADCRUMS', 'breadcrums'), 'breadcrumb')"
    " or contains(translate(@aria-label, 'BREADCRUMSKIELPAD', 'breadcrumskielpad'), 'breadcrumb')"
    " or contains(translate(@aria-label, 'KRUIMELPAD', 'kruimelpad'), 'kruimelpad')"
    " or contains(translate(@class, 'KRUIMELPAD', 'kruimelpad'), 'kruimelpad')]"
)


class SiteProblem(ValueError):
    """A saved site we cannot read; the message is the reason shown to the user."""


def is_site(path: Path) -> bool:
    return path.is_dir() and (path / MANIFEST).is_file()


def manifest(folder: Path) -> dict:
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SiteProblem(f"unreadable {MANIFEST}: {exc}") from exc
    pages = data.get("pages") if isinstance(data, dict) else None
    if not isinstance(pages, list) or not all(isinstance(p, dict) and p.get("file") and p.get("url") for p in pages):
        raise SiteProblem(f"{MANIFEST} must hold 'pages': a list of {{'file': ..., 'url': ...}}")
    return data


def site_sha256(folder: Path) -> str:
    """Hash of the manifest's page list and every page's bytes: a changed page is a changed report."""
    data = manifest(folder)
    h = hashlib.sha256()
    for page in data["pages"]:
        h.update(page["url"].encode() + b"\0")
        h.update((folder / page["file"]).read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def read_site(folder: Path, max_bytes: int) -> tuple[str, list[Block], str | None, str | None, list[Part],
                                                     list[Section], list[Table], str]:
    """(text, blocks, title, start url, parts, sections, tables, sha256) of a saved report site."""
    import lxml.html
    from sdkg.loaders.formats.html_page import read_html
    from sdkg.loaders.read import _decode_html

    data = manifest(folder)
    h = hashlib.sha256()
    texts: list[str] = []
    blocks: list[Block] = []
    parts: list[Part] = []
    tables: list[Table] = []
    titles: list[tuple[int, int, str]] = []  # (start, level, title) for the section paths
    offset = 0
    total = 0
    title = data.get("title")
    root_dir = folder.resolve()
    for page in data["pages"]:
        path = (folder / page["file"]).resolve()
        if root_dir not in path.parents:
            raise SiteProblem(f"{page['file']}: outside the site folder")
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise SiteProblem(f"{page['file']}: {exc.strerror or exc}") from exc
        total += len(raw)
        if total > max_bytes:
            raise SiteProblem(f"site is over the {max_bytes // (1024 * 1024)} MB limit")
        h.update(page["url"].encode() + b"\0" + raw + b"\0")
        markup, _enc = _decode_html(raw, str(path))
        try:
            result = read_html(markup)
            trail = _breadcrumbs(lxml.html.document_fromstring(markup.encode("utf-8")))
        except (ValueError, TypeError):  # lxml's ParserError is a ValueError
            continue  # one broken page loses only itself
        text = result.text.strip()
        if not text:
            continue
        if texts:
            offset += 2  # the blank line between pages
        title = title or result.title
        parts.append(Part(offset, offset + len(text), url=page["url"]))
        # the trail above the page's own headings: programme > paragraph > heading in the page
        own = [b for b in result.blocks if b.kind == "heading"]
        if trail and own and trail[-1].casefold() == " ".join(text[own[0].start:own[0].end].split()).casefold():
            trail = trail[:-1]  # the trail ends with the page itself, whose heading follows
        for level, crumb in enumerate(trail, start=1):
            titles.append((offset, level, crumb))
        if not own and result.title:
            titles.append((offset, len(trail) + 1, result.title))
        for b in result.blocks:
            blocks.append(Block(b.kind, b.start + offset, b.end + offset, b.level))
            if b.kind == "heading":
                titles.append((b.start + offset, len(trail) + (b.level or 1),
                               " ".join(text[b.start:b.end].split())))
        tables.extend(_shifted(t, offset) for t in result.tables)
        texts.append(text)
        offset += len(text)
    if not texts:
        raise SiteProblem("no report text in any page of the site")
    text = "\n\n".join(texts)
    return (text, blocks, title, data.get("start"), parts, sections_from_titles(titles, len(text)), tables,
            h.hexdigest())


def _shifted(table: Table, by: int) -> Table:
    """A page's table with its offsets moved to where the page stands in the report text."""
    rows = [TableRow(r.label, [Span(c.start + by, c.end + by, c.quote) if c else None for c in r.cells])
            for r in table.rows]
    return replace(table, start=table.start + by, end=table.end + by, rows=rows)


def _breadcrumbs(root) -> list[str]:
    """The page's trail of titles, without 'Home'."""
    for el in root.xpath(_BREADCRUMB_XPATH):
        items = [" ".join(x.text_content().split()) for x in el.xpath(".//li | .//a")]
        items = [x for x in dict.fromkeys(items) if x]
        if not items:
            items = [x.strip() for x in el.text_content().replace("›", ">").replace("»", ">").split(">")]
        items = [x for x in items if x and x.lower() not in ("home", "start", "begin", "homepage", "u bent hier:")]
        if items:
            return items
    return []
