"""Figures from tables read with their structure (Document.tables): every value cell becomes a Figure
labelled by its row, dated by its column's year, multiplied by the table's multiplier ("x € 1.000").

Target columns ("Begroting 2024", "Raming", "Streven") are plans, not figures of a year, and are
left out, as the text figure rules do; so are cells without a number.
"""

from __future__ import annotations

import re

from sdkg.loaders.model import Document, Figure, Span, Table

from .normalise import parse_dutch_number

_YEAR = re.compile(r"(?<!\d)((?:19[89]|20[0-4])\d)(?!\d)")
_TARGET = re.compile(r"(?i)streven|begroting|begroot|raming|doel|norm|prognose|primitief|gewijzigd")
_CELL = re.compile(r"\s*(-|–)?\s*(?:€\s*)?([\d.,]+)\s*(%)?\s*")


def column_year(header: str) -> int | None:
    """The year a column reports on: 'Realisatie 2024' -> 2024, '2023' -> 2023, 'Begroting 2024' -> None."""
    m = _YEAR.search(header)
    if not m or _TARGET.search(header):
        return None
    return int(m.group(1))


def table_figures(doc: Document) -> list[Figure]:
    out: list[Figure] = []
    for table in doc.tables:
        out.extend(_figures(table))
    return out


def _figures(table: Table) -> list[Figure]:
    years = [column_year(c) for c in table.columns]
    out = []
    for row in table.rows:
        label = " ".join(row.label.split())
        if not label:
            continue
        percent_row = "%" in label
        for cell, year, column in zip(row.cells, years, table.columns, strict=False):
            if cell is None or year is None:
                continue
            m = _CELL.fullmatch(cell.quote)
            value = parse_dutch_number(m.group(2)) if m else None
            if value is None:
                continue
            if m.group(1):
                value = -value
            if m.group(3) or percent_row:
                unit = "percent"
            elif table.unit == "EUR" or "€" in cell.quote:
                unit = "EUR"
                value *= table.multiplier
            else:
                unit = "count"
                value *= table.multiplier
            out.append(Figure(label=label, value=value, unit=unit, year=year,
                              span=Span(cell.start, cell.end, cell.quote), column=column, table=table.caption))
    return out


_AFTER_X = re.compile(r"\bx\s*$")


def merge(text: str, text_figures: list[Figure], from_tables: list[Figure]) -> list[Figure]:
    """Table figures replace the text rules' reading of the same cells; a table's multiplier
    ("x € 1.000" in its caption) is not a figure; the rest stay in text order."""
    if not from_tables:
        return text_figures
    taken = [(f.span.start, f.span.end) for f in from_tables if f.span]
    kept = [f for f in text_figures
            if f.span is None or not (any(s < f.span.end and f.span.start < e for s, e in taken)
                                      or _AFTER_X.search(text, max(0, f.span.start - 4), f.span.start))]
    return sorted(kept + from_tables, key=lambda f: f.span.start if f.span else -1)
