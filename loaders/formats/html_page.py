"""HTML report pages: the report prose, headings, lists and tables; site chrome dropped.

Parsed with lxml.html; scripts, styles and comments go through lxml_html_clean's Cleaner.
Navigation, headers, footers, cookie banners, breadcrumbs and share/print/export bars are
recognised by element, ARIA role and class/id, and link-only lines such as "Ga naar boven" by
their text. The walk keeps document order, so every block's offsets are exact.

trafilatura's main-content extraction was not used as the primary path: on report pages it drops
short figure tables and one-line sections, and it cannot give offsets into the text it returns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.html
from lxml import etree
from lxml_html_clean import Cleaner
from sdkg.loaders.formats.builder import TextBuilder, collapse, is_boilerplate
from sdkg.loaders.formats.structure import table_multiplier
from sdkg.loaders.model import Block, Span, Table, TableRow

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td "
    "tfoot th thead tr ul caption".split()
)
_DROP_TAGS = frozenset(
    "nav footer aside form button select input textarea label noscript template svg iframe canvas "
    "dialog menu".split()
)
_DROP_ROLES = frozenset("navigation banner contentinfo search dialog alertdialog menu menubar toolbar".split())
_DROP_CLASS = re.compile(
    r"(?:^|[\s_-])(?:cookies?|cookiebar|consent|gdpr|breadcrumbs?|kruimelpad|skip-?links?|skiplink"
    r"|nav|navbar|navigation|navigatie|menu|submenu|sidebar|footer|share|sharing|social-?(?:media|share|links?)"
    r"|toolbar|print|export|downloads?|pagination|paginering|back-?to-?top|to-?top|modal|popup"
    r"|visually-?hidden|sr-only)(?:$|[\s_-])",
    re.IGNORECASE,
)
_KEEP_ALWAYS = frozenset(("html", "body", "main", "article"))
_BR = "\x00"  # marks <br> while text is gathered; never occurs in parsed HTML text
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_CLEANER = Cleaner(
    scripts=True, javascript=True, comments=True, style=True, inline_style=False, links=False,
    meta=False, page_structure=False, processing_instructions=True, embedded=True, frames=True,
    forms=False, annoying_tags=False, remove_unknown_tags=False, safe_attrs_only=False,
)


@dataclass
class HtmlResult:
    text: str
    blocks: list[Block]
    title: str | None
    source_url: str | None
    tables: list[Table] = field(default_factory=list)


class HtmlProblem(ValueError):
    """HTML we cannot read; the message is the reason shown to the user."""


def read_html(markup: str) -> HtmlResult:
    markup = _XML_DECL.sub("", markup, count=1)
    parser = lxml.html.HTMLParser()
    try:
        root = lxml.html.document_fromstring(markup, parser=parser)
    except etree.ParserError as exc:  # "Document is empty"
        raise HtmlProblem("the file holds no HTML elements (only comments, declarations or whitespace)") from exc
    if any("Excessive depth" in e.message for e in parser.error_log):
        # libxml2 stops at 256 levels and would silently drop everything below.
        raise HtmlProblem("its elements are nested more than 256 levels deep, too deep to read whole")
    title = _title(root)
    source_url = _source_url(root)
    _CLEANER(root)
    body = _content_root(root)
    _drop_chrome(body)
    out = TextBuilder()
    walker = _Walker(out)
    walker.container(body)
    return HtmlResult(out.text(), out.blocks, title, source_url, walker.tables)


def _title(root) -> str | None:
    for xpath in ("//head/title", "//title", "//h1"):
        for el in root.xpath(xpath):
            text = collapse(el.text_content())
            if text:
                return text
    return None


def _source_url(root) -> str | None:
    for el in root.xpath("//link[@href]"):
        if "canonical" in (el.get("rel") or "").lower().split():
            return el.get("href").strip() or None
    for el in root.xpath("//meta[@content]"):
        if (el.get("property") or el.get("name") or "").lower() == "og:url":
            return el.get("content").strip() or None
    return None


def _content_root(root):
    """The page's main region if it marks one, else the body."""
    for xpath in ("//main", "//*[@role='main']", "//article"):
        found = root.xpath(xpath)
        if len(found) == 1 and found[0].text_content().strip():
            return found[0]
    body = root.find("body")
    return body if body is not None else root


def _drop_chrome(root) -> None:
    doomed = []
    for el in root.iter(etree.Element):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _KEEP_ALWAYS or el is root:
            continue
        if tag in _DROP_TAGS or _is_hidden(el) or (tag == "header" and _is_site_banner(el)):
            doomed.append(el)
            continue
        role = (el.get("role") or "").lower()
        marks = f"{el.get('class') or ''} {el.get('id') or ''}"
        if role in _DROP_ROLES or (marks.strip() and _DROP_CLASS.search(marks)):
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()  # keeps the element's tail text where it was


def _is_site_banner(header) -> bool:
    """A page-level <header> (logo, menu); a header inside the content holds its title, kept."""
    if header.find(".//h1") is not None:
        return False
    return not any(a.tag in ("main", "article", "section") for a in header.iterancestors())


def _is_hidden(el) -> bool:
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


class _Walker:
    def __init__(self, out: TextBuilder) -> None:
        self.out = out
        self.tables: list[Table] = []
        self._has_block: set = set()

    def container(self, root) -> None:
        # Mark every element that has a block-level descendant, once, bottom-up.
        for el in root.iter(etree.Element):
            if el.tag in _BLOCK_TAGS:
                parent = el.getparent()
                while parent is not None and parent not in self._has_block:
                    self._has_block.add(parent)
                    if parent is root:
                        break
                    parent = parent.getparent()
        self._mixed(root)

    def _mixed(self, el) -> None:
        """Children in order: block children become blocks, runs of inline content paragraphs."""
        run: list[str] = [el.text or ""]
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in _BLOCK_TAGS or child in self._has_block:
                self._paragraph("".join(run))
                run = []
                self._block(child, tag)
            else:
                run.append(_inline_text(child))
            run.append(child.tail or "")
        self._paragraph("".join(run))

    def _paragraph(self, text: str, kind: str = "paragraph") -> None:
        text = _clean_lines(text)
        if text and not is_boilerplate(text):
            self.out.add(kind, text)

    def _block(self, el, tag: str) -> None:
        out = self.out
        if tag in _HEADINGS:
            text = collapse(_inline_text(el).replace(_BR, " "))
            if text and not is_boilerplate(text):
                out.add("heading", text, _HEADINGS[tag])
        elif tag == "table":
            self._table(el)
        elif tag in ("ul", "ol", "dl"):
            self._list(el)
            out.break_run()
        elif tag == "li":
            self._item(el)
        elif tag == "pre":
            text = "\n".join(line.rstrip() for line in el.text_content().splitlines())
            if text.strip():
                out.add("paragraph", text.strip("\n"))
        elif tag == "hr":
            return
        elif el in self._has_block:
            self._mixed(el)
        else:
            self._paragraph(_inline_text(el))

    def _list(self, el) -> None:
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in ("li", "dt", "dd"):
                self._item(child)
            elif tag in _BLOCK_TAGS or child in self._has_block:
                self._block(child, tag)
            else:
                text = _clean_lines(_inline_text(child))
                if text and not is_boilerplate(text):
                    self.out.add("list", text, tight=True)

    def _item(self, el) -> None:
        """A list item: its leading inline content is one block; nested lists and blocks follow."""
        run: list[str] = [el.text or ""]
        rest = []
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            nested = tag in ("ul", "ol", "dl", "table") or (child in self._has_block and tag not in ("p", "div"))
            if rest or nested:
                rest.append((child, tag))
            else:
                run += [" ", _inline_text(child), " " if tag in _BLOCK_TAGS else "", child.tail or ""]
        text = _clean_lines("".join(run))
        if text and not is_boilerplate(text):
            self.out.add("list", text, tight=True)
        for child, tag in rest:
            if tag in ("ul", "ol", "dl"):
                self._list(child)
            elif tag in _BLOCK_TAGS or child in self._has_block:
                self._block(child, tag)
            else:
                self._paragraph(_inline_text(child), "list")
            if child.tail and child.tail.strip():
                self._paragraph(child.tail, "list")

    def _table(self, table) -> None:
        """Rows as "label | cell | cell" lines, and the table's structure (column headers, row labels,
        the multiplier its caption or header states) in self.tables, as the PDF reader gives it."""
        caption = table.find("caption")
        caption_text = collapse(caption.text_content()) if caption is not None else ""
        if caption_text:
            self.out.add("paragraph", caption_text)
        else:  # a short paragraph just before the table often says what it holds: "Lasten (x € 1.000)"
            caption_text = self.out.last_text("paragraph") or ""
            caption_text = caption_text if len(caption_text) < 160 else ""
        rows: list[tuple[list[str], bool]] = []  # (cells, a header row)
        for tr in table.iter("tr"):
            if _nearest_table(tr) is not table:
                continue  # rows of a nested table are read with their own cell's text
            tds = [c for c in tr if c.tag in ("td", "th")]
            cells = [collapse(_inline_text(c).replace(_BR, " ")) for c in tds]
            if any(cells):
                in_head = tr.getparent() is not None and tr.getparent().tag == "thead"
                rows.append((cells, in_head or (len(tds) > 1 and all(c.tag == "th" for c in tds[1:]))))
        if not rows:
            return
        lines = [" | ".join(cells) for cells, _h in rows]
        text = "\n".join(lines)
        self.out.add("table", text)
        base = self.out.blocks[-1].start - (len(text) - len(text.lstrip()))  # add() strips the text
        n_head = next((k for k, (_c, head) in enumerate(rows) if not head), len(rows))
        if n_head == 0 and _header_like(rows[0][0][1:]):
            n_head = 1  # a first row of words or years over columns of figures
        width = max(len(cells) for cells, _h in rows) - 1
        if width < 1:
            return
        columns = (rows[n_head - 1][0][1:] if n_head else []) + [""] * width
        scope = " ".join([caption_text] + lines[:max(n_head, 1)])
        factor, unit = table_multiplier(scope)
        structured: list[TableRow] = []
        offset = base
        for k, (cells, _head) in enumerate(rows):
            if k >= n_head:
                spans: list[Span | None] = []
                pos = offset + len(cells[0]) + 3
                for cell in cells[1:width + 1]:
                    spans.append(Span(pos, pos + len(cell), cell) if cell else None)
                    pos += len(cell) + 3
                structured.append(TableRow(label=cells[0], cells=spans + [None] * (width - len(spans))))
            offset += len(lines[k]) + 1
        self.tables.append(Table(start=self.out.blocks[-1].start, end=self.out.blocks[-1].end,
                                 columns=columns[:width], rows=structured, caption=caption_text or None,
                                 multiplier=factor, unit=unit))


_NUMBER_CELL = re.compile(r"[-–+]?\s?(?:€\s?)?[\d.,]+\s?%?|[-–—]?")
_YEAR = re.compile(r"(?:19[89]\d|20[0-4]\d)")


def _header_like(cells: list[str]) -> bool:
    """Cells over value columns that name them (words, years) rather than hold figures."""
    return bool(cells) and all(not _NUMBER_CELL.fullmatch(c) or _YEAR.fullmatch(c) for c in cells if c) and any(cells)


def _nearest_table(el):
    parent = el.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def _inline_text(el) -> str:
    """Text of an element with <br> as a newline and block-ish children kept apart by spaces."""
    if el.tag == "br":
        return _BR
    if el.find(".//br") is None and el.find(".//p") is None and el.find(".//div") is None:
        return el.text_content()
    parts: list[str] = []

    def walk(node) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag == "br":
            parts.append(_BR)
        else:
            if tag in _BLOCK_TAGS:
                parts.append(" ")
            parts.append(node.text or "")
            for child in node:
                walk(child)
                parts.append(child.tail or "")
            if tag in _BLOCK_TAGS:
                parts.append(" ")

    walk(el)
    return "".join(parts)


def _clean_lines(text: str) -> str:
    """Collapse source whitespace; explicit line breaks (<br>) become newlines."""
    if _BR not in text:
        return collapse(text)
    return "\n".join(line for line in (collapse(x) for x in text.split(_BR)) if line)
