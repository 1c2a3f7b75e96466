"""Figures: Dutch-formatted numbers with unit, the year they refer to, and a label from their context.

Year rule: a year attached to the number ("10.182 in 2019", "386 (2019)") wins; otherwise the nearest year
to the left in the same clause; otherwise a year column or section header of a table; otherwise the report
year. Baselines ("van 10.182 in 2019 naar 9.753 in 2020") that an explicitly dated current-year figure in the
same sentence supersedes are dropped, as are dates, ages, ordinals, codes and page furniture.
"""

from __future__ import annotations

import re

from sdkg.loaders.model import Figure
from spacy.lang.nl.stop_words import STOP_WORDS

from .normalise import MULTIPLIERS, WORD_NUMBERS, parse_dutch_number, span
from .scan import anchored_finditer, occurrences

NUM = r"(?<![\w.,\-/])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?:,-)?(?![\w]|[.,]\d|-\d|/)"
MONTHS = r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\b"
YEAR_RE = re.compile(r"(?<![\d.,€])((?:19[89]|20[0-4])\d)(?![\d])")
UNIT_AFTER = [
    (re.compile(r"^\s*(?:%|procent\b)"), "percent"),
    (re.compile(r"^\s*(?:weken|week)\b"), "weeks"),
    (re.compile(r"^\s*(?:jaar|jaren)\b"), "years"),
    (re.compile(r"^\s*(?:euro|EUR)\b"), "EUR"),
]
LINE_OPENING = re.compile(r"(?:^|\n)[ \t•\-–*]*$")
HEADING_AFTER = re.compile(r"^[ \t]*(?:[|.)\-–:][ \t]*)?[A-Z]")
MULTIPLIER_BEFORE = re.compile(r"(?i)\bx\s*€?\s*$")
MULTIPLIER = re.compile(r"[xX]\s*(€)?\s*(1\.000\.000|1\.000|1\s*miljoen|miljoen|1\s*mln|duizend)"
                        r"(?=\s*\)|\s*$|\s*\n|\s+[a-z(])", re.I)
# A capitalised word (not a function word) or a plural in 's right before a small number: "Pijler 2".
NAMED_NUMBER = re.compile(r"(?:\b([A-Z][a-zë]+)|\w[’']s)\s+(?:\d{1,2}\s*(?:,|en|t/m|-)\s*)*$")
PHRASE_AFTER = re.compile(r"[ \t\u00a0]+((?:[a-zëéïöü][\w\-’']*[ \t]*){1,8})")
QUALIFIER = re.compile(r"(?i)\b(ruim|circa|ca\.|meer dan|minder dan|bijna|ongeveer|zo'n|zo’n|totaal|in totaal)\s*(?:€\s*)?$")
CLAUSE_BREAK = re.compile(r"[;.!?\n]|,\s|\bnaar\b|\btegen\b|\bten opzichte van\b|\bdan\b")


def find_figures(text: str, report_year: int | None) -> list[Figure]:
    out: list[tuple[Figure, bool, int]] = []  # figure, year explicit, sentence id
    table_years = _cell_years(text)
    multipliers = _table_multipliers(text)
    rows = _year_column_rows(text, multipliers)
    row_lines = {ls for ls, _le, _f in rows} | {text.rfind("\n", 0, h.start(1)) + 1 for h in YEAR_HEADER.finditer(text)}
    for _ls, _le, figs in rows:
        out.extend((f, True, _sentence_id(text, f.span.start)) for f in figs)
    for m in re.finditer(NUM + r"|(?<![\w])(" + "|".join(WORD_NUMBERS) + r")(?=\s+[a-zëï])", text):
        raw = m.group(1) or m.group(2)
        s, e = m.start(), m.end()
        if row_lines and text.rfind("\n", 0, s) + 1 in row_lines:
            continue  # a cell of a year-column table row, taken above
        if m.group(2):
            value = float(WORD_NUMBERS[raw.lower()])
        else:
            value = parse_dutch_number(raw)
        if value is None or len(raw) > 18:
            continue  # a run of digits is a code or furniture, not a figure (and may not fit a float)
        before = text[max(0, s - 30):s]
        after = text[e:e + 40]
        if _skip(raw, value, before, after, text, s, e):
            continue
        unit = "count"
        vs, ve = s, e
        euro = re.search(r"€\s*$|\bEUR\s*$", before)
        mult = re.match(r"^\s*(miljoen|mln\.?|mljn|mjln|milj\.?|miljard|mld\.?|duizend)\b", after)
        if euro:
            unit = "EUR"
            vs = s - len(euro.group(0))
        if mult:
            value *= MULTIPLIERS[mult.group(1).lower()]
            ve = e + mult.end()
            if unit != "EUR" and re.match(r"^\s*\S+\s*(?:euro|EUR)\b", after):
                unit = "EUR"
                ve = e + re.match(r"^\s*\S+\s*(?:euro|EUR)", after).end()
        for pat, u in UNIT_AFTER:
            mm = pat.match(after)
            if mm and unit == "count":
                unit = u
                ve = e + mm.end()
        if not mult and unit in ("EUR", "count"):
            for pos, factor, euro_table in multipliers:
                if pos < s and s - pos < 600 and "\n\n" not in text[pos:s]:
                    if unit == "EUR" or euro_table:
                        value *= factor
                        unit = "EUR"
                    break
        if unit == "count" and re.match(r"^\s*(?:dagen|dag|maanden|uur)\b", after):
            continue
        year, explicit = _year_for(text, s, ve, report_year, table_years)
        if explicit and year is None:
            continue
        if unit == "count" and value == int(value) and 1900 <= value <= 2050:
            continue
        label = _label(text, s, ve)
        sent = _sentence_id(text, s)
        out.append((Figure(label=label, value=value, unit=unit, year=year, span=span(text, vs, ve)), explicit, sent))
    # An amount of a year-column table repeated in the prose around it is the same figure.
    in_rows = {(f.value, f.year) for _ls, _le, figs in rows for f in figs}
    row_ids = {id(f) for _ls, _le, figs in rows for f in figs}
    out = [x for x in out if id(x[0]) in row_ids or (x[0].value, x[0].year) not in in_rows]
    out.sort(key=lambda x: x[0].span.start if x[0].span else 0)
    return _select(_drop_baselines(out, report_year, text, keep=row_ids), explicit_of={id(f): e for f, e, _ in out})


YEAR_HEADER = re.compile(r"(?m)^[ \t]*((?:(?:19|20)\d\d[ \t]+)+(?:19|20)\d\d)[ \t]*$")
CELL = r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?|-"
CELL_ROW = re.compile(rf"^([^\n|]*?[^\W\d][^\n|]*?)((?:[ \t]+(?:{CELL}))+)[ \t]*$")


def _year_column_rows(text: str, multipliers) -> list[tuple[int, int, list[Figure]]]:
    """Rows of a table whose header line is only years ("2025 2026 2027 2028"), cells separated by spaces:
    each cell is a figure of its column's year (cells align to the right), "-" is an empty cell, a leading
    minus is kept, and the row's words are the label. (line start, line end, figures) per row."""
    out = []
    for h in YEAR_HEADER.finditer(text):
        years = [int(y) for y in h.group(1).split()]
        if len(years) < 2 or sorted(years) != years:
            continue
        pos = h.end() + 1
        for _ in range(60):  # the rows below it, up to a blank line
            if pos >= len(text):
                break
            le = text.find("\n", pos)
            le = len(text) if le == -1 else le
            line = text[pos:le]
            if not line.strip() or YEAR_HEADER.match(line):
                break
            m = CELL_ROW.match(line)
            if m:
                cells = list(re.finditer(r"\S+", m.group(2)))
                if len(cells) <= len(years) and any(c.group(0) != "-" for c in cells):
                    figs = []
                    label = re.sub(r"\s+", " ", m.group(1)).strip(" :|")
                    for c, year in zip(cells, years[len(years) - len(cells):], strict=True):
                        raw = c.group(0)
                        value = parse_dutch_number(raw.lstrip("-")) if raw != "-" else None
                        if not value:
                            continue
                        value = -value if raw.startswith("-") else value
                        cs = pos + m.start(2) + c.start()
                        unit = "count"
                        for mpos, factor, _euro in multipliers:
                            if mpos < cs and cs - mpos < 3000 and "\n\n" not in text[mpos:cs]:
                                value, unit = value * factor, "EUR"
                                break
                        if unit == "count" and re.search(r"(?i)€|\beuro\b|bedrag", text[max(0, h.start() - 300):h.start()]):
                            unit = "EUR"
                        figs.append(Figure(label=label, value=value, unit=unit, year=year,
                                           span=span(text, cs, cs + len(raw))))
                    out.append((pos, le, figs))
            pos = le + 1
    return out


MAX_FIGURES = 15  # the annotation guideline keeps up to 15 clear numbers per report
UNIT_WEIGHT = {"EUR": 3.0, "weeks": 2.5, "years": 1.0, "score": 2.0, "count/day": 2.0, "count": 1.5, "percent": 1.0}


def _select(figs: list[Figure], explicit_of: dict[int, bool]) -> list[Figure]:
    """Keep the clearest numbers: money, durations and dated volumes before bare small counts and shares."""
    if len(figs) <= MAX_FIGURES:
        return figs

    def score(i_f):
        i, f = i_f
        s = UNIT_WEIGHT.get(f.unit, 1.0)
        if explicit_of.get(id(f)):
            s += 1.0
        if f.unit == "count" and f.value >= 100:
            s += 0.5
        if f.unit == "count" and f.value < 10:
            s -= 0.5
        return (-s, i)

    keep = sorted(enumerate(figs), key=score)[:MAX_FIGURES]
    return [f for _i, f in sorted(keep)]


def _skip(raw: str, value: float, before: str, after: str, text: str, s: int, e: int) -> bool:
    if re.match(rf"^\s*{MONTHS}", after, re.I):
        return True  # a date
    if re.match(r"^[.)]\s+[A-Z]", after) and value < 30 and "," not in raw:
        return True  # "1. Rapportcijfer": a list number
    if re.match(r"^\s+[A-Z]{3,}", after) or re.search(r"(?i)programma\s*$", before):
        return True  # "04 SOCIAAL DOMEIN", "Programma 3": chapter numbers
    if value < 30 and "," not in raw and LINE_OPENING.search(before) and HEADING_AFTER.match(after):
        return True  # "1 | Toelichting", "2 Zorg" at the start of a line: numbering of a heading or list
    if value < 30 and "," not in raw:
        named = NAMED_NUMBER.search(before)
        if named and (named.group(1) is None or named.group(1).lower() not in STOP_WORDS):
            return True  # "Pijler 2", "programma’s 3 en 5": a name's number, not a count
    if MULTIPLIER_BEFORE.search(before):
        return True  # "(x € 1.000)": the multiplier of a table
    if re.match(r"^[a-z]\b", after):
        return True  # "11a"
    if re.search(r"(?i)(?:bijlage|hoofdstuk|paragraaf|artikel|pagina|blz\.?|nr\.?|nummer|versie|fase|stap|Q|kwartaal|top|doelstelling|lid)\s*$", before):
        return True
    if re.search(r"(?i)\b(?:ruim|circa|ca\.|meer dan|minder dan|bijna|ongeveer|zo'n|zo’n)\s*$", before):
        return False
    if re.match(r"^\s*-\s*\d", after) or re.search(r"\d\s*-\s*$", before):
        return True  # ranges "0-12 jaar"
    if re.match(r"^\s*(?:uur|:\d)", after) or re.match(r"^:\d\d", after):
        return True
    if re.match(r"^-?(?:uurs|jarige|jarigen|plus|\+)", after):
        return True
    if re.search(r"[/:]\s*$", before) and not re.search(r"\|\s*$", before):
        return True
    if re.match(r"^\s*(?:jaar|jarige)\b", after) and re.search(r"(?i)(?:van|tot|vanaf)\s*$|\bjongeren\b", before):
        return True  # ages
    if value == 0:
        return True
    if re.search(r"(?i)(?:^|\n)\s*x\s*€?\s*$", before):
        return True  # the multiplier line of a table
    if re.search(r"(?i)\b(?:RV|Z|nr)\W*$", before):
        return True
    return False


def _year_for(text: str, s: int, e: int, report_year: int | None, table_years) -> tuple[int | None, bool]:
    right = text[e:e + 45]
    cut = re.search(r"[;.!?\n]|\s(?!(?:19|20)\d\d\b)\d|,\s|\bnaar\b|\btegen\b|\ben\s+\d", right)
    seg = right[:cut.start()] if cut else right
    m = YEAR_RE.search(seg)
    if m:
        return int(m.group(1)), True
    m = re.match(r"^\s*\w*\s*\(((?:19|20)\d\d)\)", right)
    if m:
        return int(m.group(1)), True
    left_start = max(0, s - 160)
    left = text[left_start:s]
    breaks = list(CLAUSE_BREAK.finditer(left))
    if breaks:
        left = left[breaks[-1].end():]
    left = re.sub(r"(?i)(?:\b(?:sinds|vanaf|tot|t/m|wmo|[A-Z]\w*wet|verdrag)[\s\-]+(?:\d{1,2}\s+\w+\s+)?)((?:19|20)\d\d)", "", left)
    if not re.search(r"\d", left.replace(" ", "")[:-1] if left else "") or YEAR_RE.search(left):
        ys = YEAR_RE.findall(left)
        if ys and not re.search(r"\d[\d.,]*\s*$", left):
            return int(ys[-1]), True
    ty = _table_year(table_years, text.rfind("\n", 0, s) + 1)
    if ty is None:
        ty = _row_year(text, s)
    if ty is not None:
        return (None, True) if ty == -1 else (ty, True)
    return report_year, False


TARGET_COLUMN = re.compile(r"(?i)streven|begroting|begroot|raming|doel|norm|prognose")


def _row_year(text: str, s: int) -> int | None:
    """A cell of a one-line table row ("Cliënten | 9.870 | 10.240") takes the year of its column in
    the nearest header row above it ("Kengetallen | 2019 | 2020"); -1 for a target column."""
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", s)
    if "|" not in text[ls:le if le != -1 else len(text)]:
        return None
    col = text.count("|", ls, s)
    pos = ls
    while pos > 0:  # up through the contiguous table lines
        ps = text.rfind("\n", 0, pos - 1) + 1
        cells = [c.strip() for c in text[ps:pos - 1].split("|")]
        if len(cells) < 2:
            return None
        if any(YEAR_RE.search(c) for c in cells[1:]):
            if col >= len(cells):
                return None
            m = re.fullmatch(r"(\D{0,25}?)\s*((?:19|20)\d\d)\s*", cells[col])
            if not m:
                return None
            return -1 if TARGET_COLUMN.match(m.group(1)) else int(m.group(2))
        pos = ps
    return None


def _label(text: str, s: int, e: int) -> str:
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    line_end = len(text) if line_end == -1 else line_end
    line = text[line_start:line_end]
    if re.fullmatch(r"[\s\d.,%€|x\-]*", line):
        prev = text.rfind("\n", 0, max(0, line_start - 1))
        line = text[prev + 1:line_start].strip(" |\n")
        return line[:100]
    if "|" in line:  # a table row: its first cell names what is counted
        first = line.split("|")[0].strip()
        if first and not re.fullmatch(r"[\d.,%€\s\-]*", first):
            return re.sub(r"\s+", " ", first)[:100]
    # The phrase after the number names what is counted ("56 aanvragen ontvangen"), else the clause before it.
    after = PHRASE_AFTER.match(text, e, line_end)
    qual = QUALIFIER.search(text, max(line_start, s - 25), s)
    if after and after.group(1).split()[0].lower() not in STOP_WORDS:
        words = after.group(1).split()[:6]
        while words and words[-1].lower() in STOP_WORDS:
            words.pop()
        if words:
            return ((qual.group(1).lower() + " ") if qual else "") + " ".join(words)
    before = text[max(line_start, s - 80):s]
    clause = re.split(r"[.;:!?•|]\s|,\s|[()]", before)[-1]
    words = re.findall(r"[^\s€]+", clause)
    if before and clause == before and s - 80 > line_start:
        words = words[1:]  # the window may cut the first word: never start mid-word
    words = words[-7:]
    while words and words[0].lower() in STOP_WORDS:
        words.pop(0)
    label = " ".join(words).strip(" ,|")
    return label or re.sub(r"\s+", " ", line).strip(" |")[:100]


def _sentence_id(text: str, pos: int) -> int:
    return max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos))


def _in_table_row(text: str, f: Figure) -> bool:
    if f.span is None:
        return False
    ls = text.rfind("\n", 0, f.span.start) + 1
    le = text.find("\n", f.span.end)
    return "|" in text[ls:le if le != -1 else len(text)]


def _drop_baselines(items: list[tuple[Figure, bool, int]], report_year: int | None, text: str,
                    keep: set[int] = frozenset()) -> list[Figure]:
    """An earlier year next to the current one in a sentence is a baseline ("van 9.870 naar ..."); in a
    table row each year column is a figure of its own."""
    out = []
    # (sentence, unit) of the explicitly dated current-year figures: one set lookup instead of a scan per figure.
    current = {(osent, o.unit) for o, oexp, osent in items if oexp and o.year == report_year}
    for f, explicit, sent in items:
        if explicit and report_year and f.year is not None and f.year < report_year:
            if (sent, f.unit) in current and not _in_table_row(text, f) and id(f) not in keep:
                continue
        if f.value == 100 and f.unit == "percent":
            continue
        out.append(f)
    return out


def _table_multipliers(text: str) -> list[tuple[int, float]]:
    """"x € 1.000" / "x 1 miljoen" above a table scales the euro amounts below it."""
    out = []
    starts = [q for x in ("x", "X") for q in occurrences(text, x) if q == 0 or text[q - 1] in " \t\n\r("]
    for m in anchored_finditer(MULTIPLIER, text, starts):
        g = m.group(2).lower().replace(" ", "")
        factor = 1e6 if ("miljoen" in g or "mln" in g or g == "1.000.000") else 1e3
        out.append((m.start(), factor, bool(m.group(1))))
    out.sort(key=lambda x: -x[0])
    return out


def _table_year_columns(text: str) -> list[tuple[int, int, list[int | None]]]:
    """Header runs of cells like "Score 2012 |" "Streven 2013 |": (start, end, year per column).

    Target columns ("Streven", "Begroting", "Raming", "Doel") get None: only realised values carry a year.
    """
    out = []
    lines = list(re.finditer(r"(?m)^[^\n]*$", text))
    i = 0
    while i < len(lines):
        run = []
        j = i
        while j < len(lines) and re.fullmatch(r"\s*([A-Za-z][\w ]{0,20}?)\s+((?:19|20)\d\d)\s*\|?\s*", lines[j].group(0)):
            mm = re.fullmatch(r"\s*([A-Za-z][\w ]{0,20}?)\s+((?:19|20)\d\d)\s*\|?\s*", lines[j].group(0))
            target = re.match(r"(?i)streven|begroting|begroot|raming|doel|norm|prognose", mm.group(1))
            run.append(None if target else int(mm.group(2)))
            j += 1
        if not run:
            cells = [c.strip() for c in lines[i].group(0).split("|")]
            ycells = [re.fullmatch(r"([A-Za-z][\w ]{0,20}?)\s+((?:19|20)\d\d)", c) for c in cells]
            if sum(1 for c in ycells if c) >= 2:
                run = [None if re.match(r"(?i)streven|begroting|begroot|raming|doel|norm|prognose", c.group(1)) else int(c.group(2))
                       for c in ycells if c]
                j = i + 1
        if len(run) >= 2:
            end = text.find("\n\n", lines[j - 1].end())
            out.append((lines[j - 1].end(), len(text) if end == -1 else end, run))
            i = j
        else:
            i += 1
    return out


def _table_year(table_years: dict[int, int | None], pos: int) -> int | None:
    return table_years.get(pos)


def _cell_years(text: str) -> dict[int, int | None]:
    """Line start -> year for numeric table cells: by year column, or by a section row "... 2012: |"."""
    out: dict[int, int | None] = {}
    for start, end, years in _table_year_columns(text):
        col = 0
        for m in re.finditer(r"(?m)^[^\n]*$", text[start:end]):
            line = m.group(0)
            if not line.strip():
                continue
            if re.fullmatch(r"\s*[\d.,]+\s*%?\s*\|?\s*", line):
                if col < len(years) and years[col] is not None:
                    out[start + m.start()] = years[col]
                elif col < len(years):
                    out[start + m.start()] = -1  # a target column: not a figure of a year
                col += 1
            else:
                col = 0
    section_year = None
    for m in re.finditer(r"(?m)^[^\n]*$", text):
        line = m.group(0)
        if re.search(r":\s*\|?\s*$", line) and not re.search(r"\d\s*:\s*\|?\s*$", line.replace(" ", "")[:-1] or "x"):
            ys = YEAR_RE.findall(line)
            section_year = int(ys[-1]) if ys else None
        elif re.fullmatch(r"\s*", line):
            continue
        elif re.fullmatch(r"\s*[\d.,]+\s*%?\s*\|?\s*", line) and section_year and m.start() not in out:
            out[m.start()] = section_year
        elif not line.rstrip().endswith("|"):
            section_year = None
    return out
