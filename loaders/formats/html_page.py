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
from dataclasses import dataclass

import lxml.html
from lxml import etree
from lxml_html_clean import Cleaner
from sdkg.loaders.formats.builder import TextBuilder, collapse, is_boilerplate
from sdkg.loaders.model import Block

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
    _Walker(out).container(body)
    return HtmlResult(out.text(), out.blocks, title, source_url)


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
        rows = []
        caption = table.find("caption")
        if caption is not None:
            text = collapse(caption.text_content())
            if text:
                self.out.add("paragraph", text)
        for tr in table.iter("tr"):
            if _nearest_table(tr) is not table:
                continue  # rows of a nested table are read with their own cell's text
            cells = [collapse(_inline_text(c).replace(_BR, " ")) for c in tr if c.tag in ("td", "th")]
            if any(cells):
                rows.append(" | ".join(cells))
        if rows:
            self.out.add("table", "\n".join(rows))


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
