"""CSV cells no spreadsheet evaluates (OWASP, CSV injection): report text is untrusted, so text
starting with =, +, -, @, a tab or a carriage return gets a leading apostrophe. Numbers stay
numbers. Every CSV sdkg writes goes through here."""

from __future__ import annotations

import csv

import pyoxigraph as ox

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


NUMERIC = {"http://www.w3.org/2001/XMLSchema#" + t for t in (
    "integer", "decimal", "double", "float", "int", "long", "short", "nonNegativeInteger", "positiveInteger",
    "negativeInteger", "nonPositiveInteger", "gYear")}


class Number(str):
    """A cell that is a number in the data (an xsd numeric literal): written as it is."""


def safe_cell(value) -> str | int | float:
    """A CSV/TSV cell that no spreadsheet evaluates as a formula: text starting with =, +, -, @,
    tab or CR gets a leading apostrophe (numbers stay numbers)."""
    if value is None:
        return ""
    if isinstance(value, int | float | Number):
        return value
    value = str(value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


class SafeWriter:
    """csv.writer whose text cells are neutralised by safe_cell: use it for every CSV output."""

    def __init__(self, out, **kwargs):
        # RFC 4180 line ends: with them the writer quotes any cell holding a CR or LF (with "\n"
        # alone a bare CR would split a row in readers).
        kwargs["lineterminator"] = "\r\n"
        self._w = csv.writer(out, **kwargs)

    def writerow(self, row) -> None:
        self._w.writerow([safe_cell(c) for c in row])

    def writerows(self, rows) -> None:
        for row in rows:
            self.writerow(row)


def term_cell(t) -> str | int | float:
    if t is None:
        return ""
    if isinstance(t, ox.Literal) and t.datatype.value in NUMERIC:
        return Number(t.value)  # a number, also when negative
    return safe_cell(t.value)
