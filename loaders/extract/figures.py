"""Figures: Dutch-formatted numbers with unit, the year they refer to, and a label from their context.

Year rule: a year attached to the number ("8.415 in 2019", "386 (2019)") wins; otherwise the nearest year
to the left in the same clause; otherwise a year column or section header of a table; otherwise the report
year. Baselines ("van 8.415 in 2019 naar 8.102 in 2020") that an explicitly dated current-year figure in the
same sentence supersedes are dropped, as are dates, ages, ordinals, codes and page furniture.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from sdkg.loaders import reference as ref
from sdkg.loaders.model import Figure
from spacy.lang.nl.stop_words import STOP_WORDS

from .normalise import MONTH_NAMES, MULTIPLIERS, WORD_NUMBERS, YEAR_SPAN, parse_dutch_number, span
from .scan import anchored_finditer, occurrences, word_starts

# A minus right before the digits is a sign only where nothing word-like is glued to it ("€ -115.681", not "0-12").
NUM = r"(?<![\w.,/])(?<![\w.,/]-)(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?:,-)?(?![\w]|[.,]\d|-\d|/)"
# (and the English names a site's own date may take: "30 March 2000")
MONTHS = (rf"(?:{MONTH_NAMES}|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|january|february|march|may|june|july|"
          r"august|october)\b")
YEAR_RE = re.compile(r"(?<![\d.,€])((?:19[89]|20[0-4])\d)(?![\d])")
UNIT_AFTER = [
    (re.compile(r"^[ \t]*(?:%|procent\b)"), "percent"),  # (a "%" opening the next line is that line's)
    (re.compile(r"^\s*(?:weken|week)\b"), "weeks"),
    (re.compile(r"^\s*(?:jaar|jaren)\b"), "years"),
    (re.compile(r"^\s*(?:euro|EUR)\b"), "EUR"),
]
LINE_OPENING = re.compile(r"(?:^|\n)[ \t•\-–*]*$")
_LINE_END = re.compile(r"[ \t]*(?:\|[ \t]*)?(?:\n|$)")  # the rest of a line is blank (or a cell's bar): a number alone on its line
HEADING_AFTER = re.compile(r"^[ \t]*(?:[|.)\-–:][ \t]*)?[A-Z]")
MULTIPLIER_BEFORE = re.compile(r"(?i)(?:\bx|×|\*)\s*€?\s*$")
MULTIPLIER = re.compile(r"[xX×*]\s*(€)?\s*(1\.000\.000|1\.000|1000|1\s*miljoen|miljoen|1\s*mln|duizend)(?:,-)?"
                        # (closing a bracket, a line or a table cell: "Bedragen x € 1.000 | Begroting 2024 |"; before
                        # the table's sign convention: "(* € 1.000,-/ min is tekort)")
                        r"(?=\s*[);|\t/]|\s*$|\s*\n|\s+[a-z(]|\s+[A-Z][a-z]+\s+(?:19|20)\d\d)", re.I)
# The other ways a table states its unit: "bedragen in € 1.000", "(in duizenden euro's)", "in miljoenen euro".
# "De bedragen zijn in miljoen euro." closes a sentence: a full stop may follow the unit.
MULTIPLIER_IN = re.compile(r"(?i)\bin\s+(?:(€)\s*(1\.000\.000|1\.000|1\s*mln|1\s*miljoen|miljoen|mln\.?)(?:,-)?"
                           r"|(duizenden|miljoenen|miljoen|mln\.?|duizend)\s+(?:euro'?s?|€))"
                           r"(?=\s*\)|[ \t]*\.?[ \t]*$|[ \t]*\.?[ \t]*\n)", re.M)
# A capitalised word (not a function word) or a plural in 's right before a small number: "Pijler 2".
NAMED_NUMBER = re.compile(r"(?:\b([A-Z][a-zë]+)|\w[’']s)\s+(?:\d{1,2}\s*(?:,|en|t/m|-)\s*)*$")
# Words that make a number approximate ("ruim 40", "circa € 500"); totals qualify a label too.
_APPROX_WORDS = r"ruim|circa|ca\.|meer dan|minder dan|bijna|ongeveer|zo'n|zo’n"
QUALIFIER = re.compile(rf"(?i)\b({_APPROX_WORDS}|totaal|in totaal)\s*(?:€\s*)?$")
# A number word after a determiner refers back to things already counted ("de vijf gemeenten", "deze twee
# gebieden"), and "drie van de vier" is a part of a whole: neither is a figure.
# "Er zijn drie ..." is the verb, not the possessive.
DETERMINER_BEFORE = re.compile(r"(?i)\b(?:de|het|deze|die|dit|dat|beide|onze|hun|uw|(?<!\ber )zijn|haar|alle)\s+$")
PART_OF_AFTER = re.compile(r"(?i)^\s+van\s+(?:de|der|het|deze|onze)\b")
# Numbers that count parts of the report's own structure or of a policy ("in zeven hoofdstukken", "vijf
# pijlers", "acht taakvelden") describe how the text is organised, not what happened.
STRUCTURE_NOUNS = frozenset("""
hoofdstuk hoofdstukken paragraaf paragrafen bijlage bijlagen onderdeel onderdelen pijler pijlers
programmalijn programmalijnen lijn lijnen actielijn actielijnen taakveld taakvelden thema themas thema's
spoor sporen speerpunt speerpunten prioriteit prioriteiten doelstelling doelstellingen subdoelstelling
subdoelstellingen ambitie ambities opgave opgaven opgaves domein domeinen categorie categorieën fase fasen
fases stap stappen niveau niveaus bouwsteen bouwstenen uitgangspunt uitgangspunten principe principes
beleidsdoel beleidsdoelen programma programma's programmas deelprogramma deelprogramma's kernwaarde kernwaarden
vorm vormen soort soorten type typen
kernbegrip kernbegrippen hoofddoel hoofddoelen doel doelen subdoel subdoelen leefgebied leefgebieden
decentralisatie decentralisaties zetel zetels uitdaging uitdagingen trede treden agendapunt agendapunten
eigenschap eigenschappen kenmerk kenmerken aspect aspecten element elementen kant kanten zaak zaken onderwerp onderwerpen
hoofdlijn hoofdlijnen richting richtingen denkrichting denkrichtingen baken bakens oorzaak oorzaken hoofdoorzaak
hoofdoorzaken tip tips wet wetten transitie transities
rapportage rapportages bestuursrapportage bestuursrapportages tussenrapportage tussenrapportages
""".split())  # (and the parts of an argument: "zes eigenschappen", "twee kanten", "drie hoofdlijnen", "vijf tips"; the
# laws the social domain rests on: "zorg vanuit drie wetten", "de drie transities"; the reports of the year's cycle:
# "Er zijn twee bestuursrapportages")
# A progress bar of a report website prints its share twice: "24,19%" and "24,19% Complete".
PROGRESS_AFTER = re.compile(r"\s*(?:Complete|compleet|voltooid|gereed)\b")
SHARE_BEFORE = re.compile(r"(\d+(?:,\d+)?)\s*$")
CLAUSE_BREAK = re.compile(r"[;.!?\n]|,\s|\bnaar\b|\btegen\b|\bten opzichte van\b|\bdan\b")


# A report site's tree of a programme's aims, printed as text: "Sociaal--> Sociale cohesie in de dorpskernen-->
# Lasten1.484" / "--> Baten39": each aim's spending and income, the word run into its amount.
_TREE_AMOUNT = re.compile(r"-->[ \t]*(Lasten|Baten)(-?\d{1,3}(?:\.\d{3})*(?:,\d+)?)[ \t]*$", re.M)
_TREE_NODE = re.compile(r"([^\n>]*?[^\W\d_][^\n>]*?)[ \t]*-->[ \t]*(?:Lasten|Baten)")


def _tree_rows(text: str, report_year: int | None) -> list[tuple[int, int, list[Figure]]]:
    """The amounts of an aims tree, one row per line: "lasten" or "baten" and the aim's words as the label, the
    report's year (the tree shows its own year's budget or account)."""
    out = []
    node = ""
    for m in _TREE_AMOUNT.finditer(text):
        ls = text.rfind("\n", 0, m.start()) + 1
        head = _TREE_NODE.search(text, ls, m.end())
        if head:
            node = head.group(1).split("-->")[-1].strip(" -")
        value = parse_dutch_number(m.group(2).lstrip("-"))
        if value is None or not node:
            continue
        value = -value if m.group(2).startswith("-") else value
        label = " ".join(f"{m.group(1).lower()} {node[:1].lower()}{node[1:]}".split())
        # (money, as the tree prints it: its unit, mostly thousands, is stated nowhere near it)
        fig = Figure(label=label, value=value, unit="EUR", year=report_year, span=span(text, m.start(2), m.end(2)))
        out.append((ls, m.end(), [fig] if value else []))
    return out


def find_figures(text: str, report_year: int | None) -> list[Figure]:
    out: list[tuple[Figure, bool, int]] = []  # figure, year explicit, sentence id
    pending: dict[int, tuple[int, int, str]] = {}  # id(figure) -> where its label is to be read
    table_years = _cell_years(text)
    multipliers = _table_multipliers(text)
    progress = _progress_shares(text)
    indicators = _indicator_rows(text, report_year)
    taken = {ls for ls, _le, _f in indicators}
    # (a line read by a reader before is taken)
    for rows_of in (_vertical_indicator_rows(text), _inline_indicator_rows(text), _year_cell_rows(text),
                    _spaced_rows(text, multipliers, report_year)):
        new = [r for r in rows_of if r[0] not in taken]
        indicators += new
        taken.update(ls for ls, _le, _f in new)
    rows = (_year_column_rows(text, multipliers, report_year)
            + [r for r in _vertical_rows(text, multipliers, report_year) if r[0] not in taken]
            + _pipe_rows(text, multipliers, report_year) + indicators)
    grouped = _grouped_pipe_rows(text, multipliers, report_year)
    if grouped:
        in_grouped = {ls for ls, _le, _f in grouped}
        rows = [r for r in rows if r[0] not in in_grouped] + grouped
    rows += _layout_rows(text, multipliers, report_year, {ls for ls, _le, _f in rows})
    if "-->" in text:
        rows += _tree_rows(text, report_year)
    # A table that repeats an amount further down ("Saldo baten en lasten" and "Saldo" when no reserve moved) states
    # one figure: an amount of a thousand euro or more comes once per unit and year.
    seen_amounts: set[tuple] = set()
    for _ls, _le, figs in rows:
        for f in list(figs):
            key = (f.value, f.unit, f.year)
            if f.unit == "EUR" and abs(f.value) >= 1000:
                if key in seen_amounts:
                    figs.remove(f)
                seen_amounts.add(key)
    page_numbers = _contents_page_numbers(text) | _running_page_numbers(text) | _item_numbers(text) \
        | _transcript_page_numbers(text)
    header_end = _copy_site_header_end(text)
    for _ls, _le, figs in rows:  # "Jaarstukken 2022 | Gemeente X | 87": a running header's page number, no figure
        figs[:] = [f for f in figs if f.span.start not in page_numbers and f.span.start >= header_end]
    row_lines = {ls for ls, _le, _f in rows}
    for _ls, _le, figs in rows:
        out.extend((f, True, _sentence_id(text, f.span.start)) for f in figs)
    unread = _unread_year_rows(text, row_lines)
    for s, e, raw, is_word in _numbers(text):
        ls = text.rfind("\n", 0, s) + 1
        if row_lines and ls in row_lines:
            continue  # a cell of a year-column table row, taken above
        if ls in unread:
            continue  # a cell of a table of years whose header no reader could match to the cells: of no known year
        if is_word:
            value = float(WORD_NUMBERS[raw.lower()])
        else:
            value = parse_dutch_number(raw)
        if value is None or len(raw) > 18:
            continue  # a run of digits is a code or furniture, not a figure (and may not fit a float)
        if s in page_numbers or _LEADER_BEFORE.search(text, max(0, s - 12), s) or s < header_end:
            continue  # "Sociaal domein ...... 53": a page number of a table of contents; a copy site's header
        before = text[max(0, s - 30):s]
        after = text[e:e + 40]
        if is_word and (DETERMINER_BEFORE.search(before) or PART_OF_AFTER.match(after)):
            continue  # "de vijf gemeenten", "drie van de vier thema's"
        if _skip(raw, value, before, after, text, s, e):
            continue
        sign = 1.0
        if before.endswith("-") and (not LINE_OPENING.search(before[:-1]) or _LINE_END.match(after)
                                     or _THOUSANDS_GROUPED.search(raw)):
            # "€ -42.310", "Saldo -760", a table cell "-88.000" on its own line, "-13.118.000 Saldo" (an amount in
            # thousands opens no list item): a negative amount (a bullet is no sign)
            sign, before = -1.0, before[:-1]
        unit = "count"
        vs, ve = s - (1 if sign < 0 else 0), e
        euro = _EURO_BEFORE.search(before) if ("€" in before or "EUR" in before) else None
        mult = _MULT_AFTER.match(after)
        if euro:
            unit = "EUR"
            bullet = euro.group(0)[1:2].isspace() and LINE_OPENING.search(before[:len(before) - len(euro.group(0))])
            if euro.group(0).startswith("-") and not bullet:
                sign = -1.0  # "-€ 500"; "- € 1,3 miljoen" opening a line is a list item
            vs = vs - len(euro.group(0))
        shared = _SHARED_MULT_AFTER.match(after) if euro and not mult else None
        if shared:  # "€ 2,4 en 3,1 miljoen": the second amount's multiplier is the first's too
            value *= MULTIPLIERS[shared.group(1).lower()]
        if mult:
            value *= MULTIPLIERS[mult.group(1).lower()]
            ve = e + mult.end()
            if unit != "EUR" and _EURO_AFTER.match(after):
                unit = "EUR"
                ve = e + _EURO_AFTER.match(after).end()
            elif unit != "EUR" and not _counted_noun(after, mult.end()):
                unit = "EUR"  # "de kosten bedragen 3,4 mln.": millions without a counted noun are money
        if unit == "EUR" and (effect := _EFFECT_AFTER.match(after)):
            # "Bibliotheek € 14.000 nadelig": a change to the budget and its effect, which names nothing; the amount
            # keeps the sign the text gives it (as the official gold reads "+ is voordeel, - is nadeel" tables)
            ve = e + effect.end()
        for pat, u in UNIT_AFTER:
            mm = pat.match(after)
            if mm and unit == "count":
                unit = u
                ve = e + mm.end()
        if unit == "count" and value == int(value) and 1900 <= value <= 2050:
            continue  # a year (a table's column header too)
        if _AGO_AFTER.match(after):
            continue  # "drie maanden geleden": when something happened, not how much
        if unit == "count" and (period := _period_cell_above(text, s)) and period[1].startswith("%"):
            unit = "percent"  # the unit's cell of an indicator's row: "% van de leerlingen" / "2018" / "1,35"
        if unit == "percent" and _percent_of_nothing(text, s, ve, raw, value, progress):
            continue
        unit_bracket = _UNIT_BRACKET_COLON_BEFORE.search(before) if not mult and "):" in before else None
        if unit_bracket:  # "uitgaven doel 2 (x 1.000 euro): 4.512,00": the label's bracket gives unit and multiplier
            g = unit_bracket.group(0).lower()
            factor = _factor_of(g) if re.search(r"1\.000|duizend|miljoen|mln", g) else 1.0
            value *= factor
            unit = "EUR" if (factor != 1.0 or "euro" in g or "€" in g) else unit
        elif not mult and unit in ("EUR", "count"):
            factor, euro_table = _multiplier_for(text, s, ve, multipliers)
            if factor != 1.0 and (unit == "EUR" or euro_table):
                value *= factor
                unit = "EUR"
        if unit == "count" and _DURATION_AFTER.match(after):
            continue
        if unit == "count" and value < 100 and _counts_structure(after):
            continue  # "zeven hoofdstukken", "vijf pijlers": how the text or a policy is organised
        value *= sign
        year, explicit = _year_for(text, s, ve, report_year, table_years)
        if explicit and year is None:
            continue
        if unit == "years" and not explicit:
            year = None  # "de komende 1,5 jaar", "een looptijd van 20 jaar": a duration, of no one year
        if year and _FROM_BEFORE.search(before) and _TO_AFTER.match(text, ve):
            year -= 1  # "(In 2023) daalde het van 1.640 naar 1.585": the value the year started from, the year before
        sent = _sentence_id(text, s)
        fig = Figure(label="", value=value, unit=unit, year=year, span=span(text, vs, ve))
        pending[id(fig)] = (vs, ve, unit)  # labelled once kept: most numbers of a long text are not
        out.append((fig, explicit, sent))
    # An amount of a year-column table repeated in the prose around it is the same figure (the prose may
    # date it by the report year where the table gives its column's year).
    in_rows = {(f.value, f.year) for _ls, _le, figs in rows for f in figs}
    row_amounts = {abs(f.value) for _ls, _le, figs in rows for f in figs if abs(f.value) >= 1000}
    row_ids = {id(f) for _ls, _le, figs in rows for f in figs}
    out = [x for x in out if id(x[0]) in row_ids
           or ((x[0].value, x[0].year) not in in_rows and abs(x[0].value) not in row_amounts)]
    out.sort(key=lambda x: x[0].span.start if x[0].span else 0)
    kept = _drop_baselines(out, report_year, text, keep=row_ids)

    def label_of(f: Figure) -> str:
        if id(f) in pending:
            vs, ve, unit = pending.pop(id(f))
            f.label = _label(text, vs, ve, unit)
        return f.label

    # The earlier years of a spending total come after every other number when fifteen are chosen; where the row
    # holds the report's own year, every other year does (a multi-year budget's later years are forecasts).
    history = {id(f) for _ls, _le, figs in rows for f in figs
               if f.unit == "EUR" and len(figs) > 1 and f.year is not None
               and (f.year != report_year if any(g.year == report_year for g in figs)
                    else f.year < max(g.year or 0 for g in figs))}
    chosen = _select(_drop_repeats(kept, label_of, text), explicit_of={id(f): e for f, e, _ in out}, last=history,
                     report_year=report_year)
    # A number whose label names nothing ("of 166", a contents page's "3 4", a lone "23 20" above a title) is a page
    # number or furniture: no one could read what it counts.
    return [f for f in chosen if _names_something(label_of(f)) and (id(f) in row_ids or not _one_of_a_kind(f))]


def _one_of_a_kind(f: Figure) -> bool:
    """A few (twelve at most) of one word that is no plural ("3 staat", "1 plan", "7 Gezonde"): the number counts
    something else than its label says, or is a slogan's ("1 gezin, 1 plan"); what a text counts in prose is a
    plural ("3 scholen", "12 plaatsingen")."""
    words = _NAMING_WORD.findall(f.label)
    return (f.unit == "count" and f.value == int(f.value) and 0 < abs(f.value) <= 12 and len(words) == 1
            and not _PLURAL_END.search(words[0]))


_PLURAL_END = re.compile(r"(?i)(?:en|ën|s|['’]s)$")


def _names_something(label: str) -> bool:
    """Whether a label names what is counted: not a contents line's dot leader ("Leeswijzer ...... 6"), and words,
    at least one of them no function word unless they point back ("2022 was dit": what the sentence before named);
    "Totaal" names a table's total."""
    words = [w.lower() for w in _NAMING_WORD.findall(label)]
    return not _LEADER.search(label) and not _UNIT_ONLY.fullmatch(label) and (
        len(words) > 1 or any(w not in LABEL_STOP or w in ("totaal", "totale") for w in words))


_THOUSANDS_GROUPED = re.compile(r"\d\.\d{3}")  # an amount written in thousands ("25.000")
# A label that is a table's unit line alone ("Bedragen x €1.000" above a column's year): the number under it is the
# column's header, no figure
_UNIT_ONLY = re.compile(r"(?i)[ \t]*\(?(?:bedragen|getallen)?[ \t]*(?:x|in)[ \t]*€?[ \t]*1\.?000(?:,-)?\)?[ \t]*")


_NAMING_WORD = re.compile(r"[^\W\d_]{2,}")
_LEADER = re.compile(r"\.{4,}|…{2,}")


_LEADER_BEFORE = re.compile(r"(?:\.{3,}|…+|_{3,})[ \t]*$")
# A contents line: a title, then a bare page number closing the line ("3. Paragrafen 128").
_TITLE_END = r"(?:[^\d\s.,€%+\-]|(?<![\d.,])(?:19|20)\d\d)"  # a title's last character, or a year ("Balans per 31-12-2018")
_CONTENTS_LINE = re.compile(rf"^[ \t•\-–*]*(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?[ \t]+(?:\|[ \t]*)?)?[^\W\d][^\n]*?{_TITLE_END}[ \t]+"
                            r"(\d{1,3})[ \t]*$")
# A chapter's own line in a contents list, without a page: "■ 4 | Paragrafen", "3 Programma's"; its number is the
# chapter's.
_CONTENTS_HEAD = re.compile(r"^[ \t•\-–*■▪◦]*(\d{1,2})\.?[ \t]+(?:\|[ \t]*)?[^\W\d][^\n\d]{0,80}$")
# Several entries on one line, each a title and its page, the next opening with its section number: "3 Paragrafen 65
# 3.1 Inleiding 65 3.2 Lokale heffingen 66", "... risicobeheersing 55 4.3 | Paragraaf Onderhoud 59".
_ENTRY_JOIN = re.compile(r"\d[ \t]+\d{1,2}(?:\.\d{1,2})+\.?[ \t]+(?:\|[ \t]*)?[^\W\d]")
_INLINE_ENTRY = re.compile(rf"[^\W\d][^\n]{{0,90}}?{_TITLE_END}[ \t]+(\d{{1,3}})"
                           r"(?=[ \t]+\d{1,2}(?:\.\d{1,2})+\.?[ \t]+(?:\|[ \t]*)?[^\W\d])")
# The parts of a budget or annual account (BBV) as a contents list titles them between its chapters, and a title's
# first line where it wraps ("6.1 | Het overzicht van baten en lasten over" / "het jaar 2018 97").
_CONTENTS_PART = re.compile(r"(?i)^[ \t•■▪]*(?:deel[ \t]+\w+[ \t:]*)?(?:jaarverslag|jaarrekening|jaarstukken|beleidsbegroting|"
                            r"financi[eë]le[ \t]+begroting|programmabegroting|programmaverantwoording|programmaplan|"
                            r"paragrafen|bijlagen|overige[ \t]+gegevens|inhoud|inhoudsopgave|programma'?s)[ \t]*$|"
                            r"^[ \t]*\d{1,2}(?:\.\d{1,2})+\.?[ \t]+(?:\|[ \t]*)?[^\W\d][^\n\d]{10,90}$")
# A line break written as HTML at the end of a line ("A Lokale heffingen 64<br />").
_BR_END = re.compile(r"(?i)(?:[ \t]*<br[ \t]*/?>)+[ \t]*$")
CONTENTS_MIN_LINES = 4
_contents_cache: list = [None, None]  # the last text and its contents lines: figures and initiatives both ask


def contents_lines(text: str) -> list[tuple[int, int, int]]:
    """The lines of a table of contents, as (line start, page number start, line end): a run of at least
    CONTENTS_MIN_LINES lines (blank lines between them allowed) that each end in one bare number, the numbers
    never going down. A table of counts has more than one column or numbers in no order; the pages of a
    contents list only go forward."""
    if _contents_cache[0] is not text:
        _contents_cache[0], _contents_cache[1] = text, _contents_lines(text)
    return list(_contents_cache[1])


def _contents_lines(text: str) -> list[tuple[int, int, int]]:
    out: list[tuple[int, int, int]] = []
    run: list[tuple[int, int, int]] = []
    last = -1
    heads: list[tuple[int, int, int]] = []  # chapter lines without a page inside the run

    def close() -> None:
        if len(run) >= CONTENTS_MIN_LINES:
            out.extend(sorted(run + heads))
        run.clear()
        heads.clear()

    pos = 0
    for line in text.split("\n"):
        body = _BR_END.sub("", line) if "<" in line else line
        # only a line whose last character before spaces and tabs is a digit (\d: str.isdecimal) can match
        m = _CONTENTS_LINE.match(body) if body.rstrip(" \t")[-1:].isdecimal() else None
        entries = [(m.start(1), int(m.group(1)))] if m else []
        if _ENTRY_JOIN.search(body):
            inline = [(im.start(1), int(im.group(1)))
                      for im in _INLINE_ENTRY.finditer(body, 0, m.start(1) if m else len(body))]
            pages = [n for _o, n in inline + entries]
            if (m or len(inline) >= 3 or (run and inline)) and all(a <= b for a, b in pairwise(pages)):
                entries = inline + entries
        head = _CONTENTS_HEAD.match(body) if not entries else None
        if entries:
            if run and entries[0][1] < last:
                close()
            run.extend((pos, pos + off, pos + len(line)) for off, _n in entries)
            last = entries[-1][1]
        elif head:
            heads.append((pos, pos + head.start(1), pos + len(line)))  # kept only with the run it stands in
        elif line.strip() and not (run and _CONTENTS_PART.match(body)):
            close()
        pos += len(line) + 1
    close()
    if "nhoud" in text or "NHOUD" in text:
        out = sorted(set(out) | set(_run_together_contents(text)) | set(_page_column_lines(text)))
    return out


# A contents list copied from a PDF with its pages in a column of their own: the titles on one line, their pages on
# the next ("Zorg 3.1 Wmo 3.2 Jeugd" / "9 9 12").
_PAGES_LINE = re.compile(r"(?m)^[ \t]*\d{1,3}(?:[ \t]+\d{1,3})+[ \t]*$")


def _page_column_lines(text: str) -> list[tuple[int, int, int]]:
    """In a text with a contents list, the lines of pages alone that go forward, within each line and from one line to
    the next (two such lines at least): each page as an entry (line start, page start, line end)."""
    out: list[tuple[int, int, int]] = []
    run: list[list[tuple[int, int, int]]] = []  # the run's lines, each its entries
    last = -1
    for m in _PAGES_LINE.finditer(text):
        pages = [(m.start() + p.start(), int(p.group(0))) for p in re.finditer(r"\d+", m.group(0))]
        numbers = [n for _s, n in pages]
        forward = all(a <= b for a, b in pairwise(numbers))
        if not forward or numbers[0] < last:
            if len(run) >= 2:
                out.extend(e for line in run for e in line)
            run, last = [], -1
        if forward:
            run.append([(m.start(), s, m.end()) for s, _n in pages])
            last = numbers[-1]
    if len(run) >= 2:
        out.extend(e for line in run for e in line)
    return out


# A contents list that a document copy site ran together, several entries a line, their pages glued to the next
# section's number or title: "Programma's 131.0 Programma Wonen 13 Speerpunt Buurten 16 Speerpunt ...", "Voorwoord
# 3Inleiding 5Financiën 9".
_GLUED_ENTRY = re.compile(r"[^\W\d][ \t]+(\d{1,3})(?=[ \t]*[^\W\d]|\d\.\d|[ \t]*$)")


def _run_together_contents(text: str) -> list[tuple[int, int, int]]:
    """Under a heading "Inhoudsopgave" on a line of its own, the lines that each hold three such entries or more (or one
    entry of its own), up to the first line of running text."""
    out: list[tuple[int, int, int]] = []
    if "nhoud" not in text and "NHOUD" not in text:
        return out
    for h in _CONTENTS_HEADING.finditer(text):
        pos = h.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            entries = list(_GLUED_ENTRY.finditer(text, pos, end))
            single = _CONTENTS_LINE.match(text[pos:end]) if len(entries) < 3 else None
            if len(entries) >= 3:
                out.extend((pos, m.start(1), end) for m in entries)
            elif single:  # an entry of its own between them: "1. Bestuurssamenvatting 17"
                out.append((pos, pos + single.start(1), end))
            elif end - pos > 40:
                break
            pos = end + 1
    return out


def _contents_page_numbers(text: str) -> set[int]:
    return {num for _ls, num, _le in contents_lines(text)} | _inline_contents_pages(text) | _contents_section_numbers(text)


# A contents list under its word at a line's start, its entries on that line or on the lines below ("Inhoudsopgave
# 1. Inleiding 1.1 Aanleiding 2. Analyse ..." / "4 5 7 8"; "Inhoudsopgave Inleiding" / "3" / "1" / "Analyse" / "4"):
# every number in it, up to the first line of running text, numbers a section or a page.
_CONTENTS_WORD_LINE = re.compile(r"(?m)^[ \t\d]*(?:Inhoudsopgave|INHOUDSOPGAVE|Inhoud|INHOUD)\b(?![ \t]*[:;,]?[ \t]*(?:van|is|wordt)\b)")
# (a contents list's column headed "Blz." or "Pag." closes no sentence)
_SENTENCE_CLOSE = re.compile(r"[^\W\d]{2}(?<!\b[Bb]lz)(?<!\b[Pp]ag)(?<!\bBLZ)[.!?](?=[ \t]+[A-Z]|[ \t]*$)", re.M)
_DIGIT_RUN = re.compile(r"\d+")
_AMOUNT_IN_LINE = re.compile(r"[€%]|\d,\d|\d\.\d{3}\b")
_CONTENTS_REACH = 3000


def contents_sections(text: str) -> list[tuple[int, int]]:
    """(start, end) of each such list: from its word to the first line that closes a sentence or holds an amount (on
    the word's own line, up to that sentence's close)."""
    out: list[tuple[int, int]] = []
    if "nhoud" not in text and "NHOUD" not in text:
        return out
    for h in _CONTENTS_WORD_LINE.finditer(text):
        pos = stop = h.end()
        while pos < min(len(text), h.end() + _CONTENTS_REACH):
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            close = _SENTENCE_CLOSE.search(text, pos, end)
            if (close or _AMOUNT_IN_LINE.search(text, pos, end)) and pos > h.end():
                break  # running text or a table of amounts below the list (or a site's tab "Inhoud" over them)
            stop = close.start() if close else end
            if close:
                break
            pos = end + 1
        out.append((h.start(), stop))
    return out


def _contents_section_numbers(text: str) -> set[int]:
    return {m.start() for a, b in contents_sections(text) for m in _DIGIT_RUN.finditer(text, a, b)}


# A contents list run into one line by a document copy site: "Overzicht 1 : Algemene dekkingsmiddelen 73 Overzicht 2 :
# Onvoorzien 75 ... Paragraaf 1 : Lokale heffingen 81": each entry is a part, its number and title, then its page.
_INLINE_KIND_ENTRY = re.compile(r"\b(?:Programma|Paragraaf|Overzicht|Hoofdstuk|Bijlage|Deel)(?:[ \t]+\d{1,2}[a-z]?)?[ \t]*:[ \t]*"
                                r"[^\d\n:]{2,80}?[ \t](\d{1,3})(?=[ \t]+(?:[A-Z]|\d)|[ \t]*$)", re.M)


def _inline_contents_pages(text: str) -> set[int]:
    """The page numbers of such a line, where it holds three entries or more; and every bare number of a long line
    that a contents list opens ("Inhoud 1. Inleiding 4 Programma's 9 ... Bijlagen 180")."""
    out: set[int] = set()
    if ":" in text:
        for line in re.finditer(r"[^\n]{60,}", text):
            if text.find(":", line.start(), line.end()) == -1:
                continue  # (each entry holds one)
            found = list(_INLINE_KIND_ENTRY.finditer(text, line.start(), line.end()))
            if len(found) >= 3:
                out.update(m.start(1) for m in found)
    for line in _DASHED_ENTRIES_LINE.finditer(text) if " - " in text else ():
        # "Paragrafen: 60 - Lokale heffingen 61 - Financiering 70 - ...": titles and pages joined by dashes
        pages = list(_DASHED_PAGE.finditer(text, line.start(), line.end()))
        numbers = [int(m.group()) for m in pages]
        if len(numbers) >= 4 and all(a <= b for a, b in pairwise(numbers)):
            out.update(m.start() for m in pages)
    for line in _PAGED_RUN_LINE.finditer(text):
        # "Deel 2 PROGRAMMA'S 21 Programma Zorg & Welzijn 27 Programma Wonen & Werken 33 ...": a contents list
        # run into one line, each title followed by its page, the pages one after the other and nothing else counted
        bare = len(_BARE_INT.findall(text, line.start(), line.end()))
        pages = list(_TITLE_PAGE.finditer(text, line.start(), line.end()))
        numbers = [int(m.group(1)) for m in pages]
        if (len(numbers) >= 4 and len(numbers) == bare and all(a < b for a, b in pairwise(numbers))
                and not _AMOUNT_MARK.search(text, line.start(), line.end())):
            out.update(m.start(1) for m in pages)
    return out


_CONTENTS_HEADING = re.compile(r"[ \t]*(?:Inhoudsopgave|Inhoud|INHOUDSOPGAVE|INHOUD)[ \t.:]*$", re.M)
# a page number in titles and pages joined by dashes: before a dash and the next title, or closing its line
_DASHED_PAGE = re.compile(r"(?<![\w.,/\-])\d{1,3}(?=[ \t]+[-–][ \t]+\S|[ \t]*$)")
_DASHED_ENTRIES_LINE = re.compile(r"(?m)^[^\n]*?\d{1,3}[ \t]+-[ \t]+[^\W\d][^\n]*?\d{1,3}[ \t]+-[ \t]+[^\n]{40,}$")
# a long line of four or more numbers of one to three digits and nothing else numeric (no year): where such a run of
# titles and pages can stand (possessive: one pass over the text)
_PAGED_RUN_LINE = re.compile(r"(?m)^(?=[^\n]{60})[^\n\d]*+(?:\d{1,3}+[^\n\d]++){3,}+\d{0,3}+$")
_AMOUNT_MARK = re.compile(r"[€%]")
# a title's last word and the page after it (another title, or the line's end, after that)
_TITLE_PAGE = re.compile(r"[^\W\d][ \t]+(\d{1,3})(?=[ \t]+[^\W\d]|[ \t]*$)")
_BARE_INT = re.compile(r"(?<![\w.,/\-])\d{1,3}(?![\w,%/\-]|\.\d)")


# a short line that opens or ends with a page number: "Jaarstukken 2022 | Gemeente X | 87", "12   Begroting 2025"
_PAGED_LINE = re.compile(r"(?m)^[ \t]*(?:(?P<lead>\d{1,4})[ \t|–-]+(?P<rest1>\S[^\n]{4,90}?)|(?P<rest2>\S[^\n]{4,90}?)"
                         r"[ \t|–-]+(?P<end>\d{1,4}))[ \t]*$")


def _running_page_numbers(text: str) -> set[int]:
    """Where the page numbers of a running header or footer stand in text copied from a PDF: the same words on two or
    more lines, each with a number at its start or end that grows from one line to the next."""
    groups: dict[str, list[tuple[int, int]]] = {}
    for m in _PAGED_LINE.finditer(text):
        key, num = ("<" + m.group("rest1"), "lead") if m.group("lead") else (m.group("rest2") + ">", "end")
        if not re.search(r"[^\W\d_]", key):
            continue
        groups.setdefault(key.strip(), []).append((int(m.group(num)), m.start(num)))
    out: set[int] = set()
    for key, found in groups.items():
        growing = all(a[0] < b[0] for a, b in zip(found, found[1:], strict=False))
        # the header names the document ("Jaarstukken 2022 | Gemeente X"), or three or more pages follow closely
        paged = _DOCUMENT_WORDS.search(key) or (len(found) >= 3 and all(
            b[0] - a[0] <= 3 for a, b in zip(found, found[1:], strict=False)))
        if len(found) >= 2 and growing and paged:
            out.update(pos for _n, pos in found)
    return out


# A document site's transcript of a PDF ("Transcriptie" over the text) opens each page's text with its number, on a
# line of its own or before the page's first words, the page's printed number sometimes after it: "2 2 Beleidsplan X",
# "3 Inleiding ...".
_TRANSCRIPT = re.compile(r"(?m)^[ \t]*Transcri(?:ptie|pt)\b")
_TRANSCRIPT_PAGE = re.compile(r"(?m)^[ \t]*(\d{1,3})(?:[ \t]+(\d{1,3}))?(?=[ \t]|$)")


def _transcript_page_numbers(text: str) -> set[int]:
    """Where a transcript's page numbers stand: the numbers opening its lines that count on from 1 (and the page's
    printed number right after one, when it is the same)."""
    head = _TRANSCRIPT.search(text, 0, 800) if "Transcri" in text[:800] else None
    if not head:
        return set()
    out: set[int] = set()
    expected = 1
    for m in _TRANSCRIPT_PAGE.finditer(text, head.end()):
        n = int(m.group(1))
        if n != expected:
            continue
        out.add(m.start(1))
        if m.group(2) and int(m.group(2)) == n:
            out.add(m.start(2))
        expected += 1
    return out


_DOCUMENT_WORDS = re.compile(rf"(?i)\b(?:{ref.cycle_words(*ref.cycle_kinds())}|pagina|blz|gemeente)\b")


# NUM with the digit first (so re's scan skips to digits fast) and the same look-behinds after it.
_NUM_FAST = re.compile(r"(\d(?<![\w.,/]\d)(?<![\w.,/]-\d)(?:\d{0,2}(?:\.\d{3})+(?:,\d+)?|\d*(?:,\d+)?))"
                       r"(?:,-)?(?![\w]|[.,]\d|-\d|/)")
_NUMBER_WORD = re.compile(r"(?<![\w])(" + "|".join(WORD_NUMBERS) + r")(?=\s+[a-zëï])")
_EURO_BEFORE = re.compile(r"-?\s*€\s*$|\bEUR\s*$")
_MULT_AFTER = re.compile(r"\s*(miljoen|mln\.?|mljn|mjln|milj\.?|miljard|mld\.?|duizend|dzd\.?)(?!\w)")
_EURO_AFTER = re.compile(r"\s*\S+\s*(?:euro|EUR)\b")
_SHARED_MULT_AFTER = re.compile(r"[ \t]+(?:en|tot|à|of)[ \t]+(?:€[ \t]?)?\d{1,3}(?:,\d{1,2})?[ \t]*"
                                r"(miljoen|mln\.?|mljn|mjln|milj\.?|miljard|mld\.?)(?!\w)")
_COUNTED_AFTER = re.compile(r"\s+([a-zëé][a-zëé\-]{2,})")


def _counted_noun(after: str, pos: int) -> bool:
    """Whether a noun that is counted follows ("17 miljoen inwoners"), not "euro" or a function word."""
    m = _COUNTED_AFTER.match(after, pos)
    return bool(m) and m.group(1) != "euro" and m.group(1) not in STOP_WORDS
_DURATION_AFTER = re.compile(r"\s*(?:dagen|dag|werkdagen|werkdag|kalenderdagen|maanden|uur|uren|minuten|minuut|seconden)\b")


def _numbers(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, raw, is a number word) of every number in the text, in text order: what NUM and the number
    words match, found by the digit that opens a number and by the words' literal starts."""
    found = [(m.start(), m.end(), m.group(1), False) for m in _NUM_FAST.finditer(text)]
    starts = word_starts(text, WORD_NUMBERS)
    if starts:
        found += [(m.start(), m.end(), m.group(1), True) for m in anchored_finditer(_NUMBER_WORD, text, starts)]
        found.sort()
    return found


def _progress_shares(text: str) -> set[str]:
    """The shares a progress bar prints ("24,19% Complete"), found from each "%"."""
    out = set()
    for p in occurrences(text, "%"):
        if PROGRESS_AFTER.match(text, p + 1):
            m = SHARE_BEFORE.search(text, max(0, p - 20), p)
            if m:
                out.add(m.group(1))
    return out


def _drop_repeats(figs: list[Figure], label_of, text: str) -> list[Figure]:
    """A block the page prints twice (a report website repeats its summary) gives each figure once: the same
    value, unit and year with the same words right before it, or else with the same label."""
    by_value: dict[tuple, list[Figure]] = {}
    contexts: set[tuple] = set()
    out = []
    for f in figs:
        key = (f.value, f.unit, f.year)
        start = f.span.start if f.span else 0
        context = (*key, " ".join(text[max(0, start - 24):start].split()))
        if context in contexts:
            continue
        contexts.add(context)
        same = by_value.setdefault(key, [])
        if same:
            label = " ".join(label_of(f).lower().split())
            if any(" ".join(label_of(g).lower().split()) == label for g in same):
                continue
        same.append(f)
        out.append(f)
    return out


_NOUN_AFTER = re.compile(r"[ \t]+(?:[a-zëéï]+e[ \t]+)?([a-zëéï][\w'’]*)")


def _counts_structure(after: str) -> bool:
    """"drie vormen van ondersteuning", "vijf pijlers": the parts of a policy; "twee maal per jaar": how often a
    routine recurs. Neither counts anything that happened."""
    if FREQUENCY_AFTER.match(after) or WEIGHING_AFTER.match(after):
        return True
    m = _NOUN_AFTER.match(after)
    return bool(m) and m.group(1).lower().replace("’", "'") in STRUCTURE_NOUNS


# ... and "twee grote problemen", "vier belangrijke thema's": a small number weighed by the words after it names the
# points of an argument, not what was counted ("40 grote en kleine bouwplannen" counts them all, big or small)
WEIGHING_AFTER = re.compile(r"(?i)[ \t]+(?:grote|belangrijke|belangrijkste|centrale|cruciale|essentiële|wezenlijke|"
                            r"fundamentele|overkoepelende|voorname)[ \t](?![ \t]*(?:en|of)[ \t])")
FREQUENCY_AFTER = re.compile(r"(?i)[ \t]+(?:keer|maal)[ \t]+(?:per|in[ \t]+het|in[ \t]+de|p\.?)[ \t]")


def _percent_of_nothing(text: str, s: int, e: int, raw: str, value: float, progress: set[str]) -> bool:
    """A report website's bar for a programme's share of all spending or income ("Uitgaven / 24,19% / 24,19%
    Complete") is how the page is drawn, no figure of the programme: the amounts beside it are (the real pages'
    gold counts the amounts, not the shares); a share over 100 % alone on its line names nothing that is counted
    (the balance's share beside them)."""
    if raw in progress:
        return True
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    alone = not text[ls:s].strip(" \t-€") and not text[e:len(text) if le == -1 else le].strip()
    return alone and value > 100


def _multiplier_for(text: str, s: int, e: int, multipliers, header: bool = False) -> tuple[float, bool]:
    """The table multiplier ("x € 1.000") that governs the amount at s..e: the nearest one above it with no
    prose in between, or one on the line right below it ("€ -115.681" / "x €1.000"). (factor, euro). `header`: s
    is a table's header line, which is no prose however long ("Exploitatie Realisatie 2024 Begroting 2025 ...")."""
    if not multipliers:
        return 1.0, False
    keys = multipliers.keys  # minus the positions, ascending: the multipliers are nearest-last first
    le = text.find("\n", e)
    if le != -1:
        bl = le  # the multiplier may stand on the next line that is not blank ("€ 54.118" / "" / "x € 1.000")
        while bl + 1 < len(text) and text[bl + 1] == "\n" and bl - le < 2:
            bl += 1
        nxt = text.find("\n", bl + 1)
        below = text[bl + 1:len(text) if nxt == -1 else nxt]
        i0, i1 = bisect_left(keys, -(bl + 1 + len(below))), bisect_left(keys, -bl)
        for pos, factor, euro_table in multipliers[i0:i1]:
            if bl < pos <= bl + 1 + len(below) and not below[:pos - bl - 1].strip(" \t("):
                return factor, euro_table
    ls = text.rfind("\n", 0, s) + 1
    if not header and _is_prose(text[ls:len(text) if le == -1 else le]):
        return 1.0, False  # an amount in a sentence below a table is written out, not in the table's unit
    if not header and _LABELLED_ITEM.match(text, ls, s):
        return 1.0, False  # "- Stichting A: € 1.865.000": an item of a list, written out, no cell of a table
    cell = _BARE_AMOUNT_LINE.fullmatch(text[ls:len(text) if le == -1 else le])
    i = bisect_right(keys, -s)  # the nearest one above s
    if i < len(multipliers):
        pos, factor, euro_table = multipliers[i]
        if _table_ended(text, pos, s):
            return 1.0, False  # a blank line after the rows of the multiplier's table: a new table or list below
        if not header and "€" in text[max(ls, s - 3):s] and _written_out_below(text, pos, ls):
            return 1.0, False  # "Transformatieopgave € 335.000 V" under cells without a euro sign: written in full
        if s - pos < 600 and not _prose_between(text, pos, s):
            return factor, euro_table
        if cell and s - pos < 2000:
            return factor, euro_table  # an amount cell after the description cells of its row
    return 1.0, False


def _written_out_below(text: str, pos: int, ls: int) -> bool:
    """Whether the table of the multiplier at `pos` holds bare numbers (two at least) before the first amount with a
    euro sign, up to the line at `ls`: amounts that carry one below such cells are written in full, not in the table's
    unit ("Transformatieopgave € 335.000 V" under the productgroup's rows in thousands)."""
    nl = text.find("\n", pos)
    between = text[nl + 1:ls] if nl != -1 else ""
    return len(_BARE_NUMBER.findall(between.split("€", 1)[0])) >= 2


_BARE_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{3})+(?![\w.,])")
_LABELLED_ITEM = re.compile(r"[ \t]*[-•*–·][ \t]+[^\n:|]{2,80}:[ \t]*(?:€[ \t]*)?-?$")
_BARE_AMOUNT_LINE = re.compile(r"[ \t]*(?:€[ \t]*)?-?\d{1,3}(?:\.\d{3})+[ \t]*")


# after a blank line: a list item, or a title that closes with a year alone, opens something new, no further row
NEW_BLOCK = re.compile(r"[ \t]*(?:[-•*–·▪][ \t]|[A-Z][^\d\n]{3,80}?[ \t](?:19|20)\d\d[ \t]*$)")


def _above_table(text: str, hs: int) -> str:
    """The text above a table's header that may say its unit: up to 300 characters, but not into the rows of a table
    before it (whose "Lasten" and "€" are that table's)."""
    a = max(0, hs - 300)
    rows = list(_AMOUNT_ROW.finditer(text, a, hs))
    return text[rows[-1].end() if rows else a:hs]


_AMOUNT_ROW = re.compile(r"(?m)^[^\n]*\d[^\n]*\d[ \t]*$")


def _table_ended(text: str, a: int, b: int) -> bool:
    """Whether the table whose multiplier stands at a has ended before b: a blank line after at least one row of
    amounts ("Lasten   71.408   76.215" / "" / "Beleidsindicatoren ...")."""
    first = text.find("\n", a)
    if first == -1 or first >= b:
        return False
    bm = _BLANK_LINE.search(text, first, b)
    return bm is not None and bool(_AMOUNT_ROW.search(text, first + 1, bm.start()))


def _prose_between(text: str, a: int, b: int) -> bool:
    """Whether a line of running text (a sentence) lies between a and b: a table's multiplier stops there."""
    ls = text.find("\n", a)
    while ls != -1 and ls < b:
        le = text.find("\n", ls + 1)
        line = text[ls + 1:b if le == -1 or le > b else le]
        if _is_prose(line):
            return True
        ls = le
    return False


_COLUMN_GAP = re.compile(r"\S(?: {3,}|\t+)(?=\S)")


def _is_prose(line: str) -> bool:
    """A line of running text: long, or a sentence of six words or more; a row of a table printed with bars is
    none, however long."""
    if line.count("|") >= 2:
        return False
    if len(_COLUMN_GAP.findall(line)) >= 2:  # columns laid out with spaces or tabs: a table's row, however long
        return False
    if "  " in line or "\t" in line:
        line = " ".join(line.split())  # a row laid out with spaces is as long as its words, not its padding
    return len(line) > 80 or (len(line.split()) >= 6 and bool(_SENTENCE_END.search(line)))


_SENTENCE_END = re.compile(r"\w[.!?](?:\s+[A-Z]|\s*$)")  # a sentence closing, in a line


YEAR_HEADER = re.compile(r"(?m)^[ \t]*((?:(?:19|20)\d\d[ \t]+)+(?:19|20)\d\d)[ \t]*$")
YEAR_LINE = re.compile(r"(?m)^[ \t]*((?:19|20)\d\d)[ \t]*$")
# The column headers of a multi-year table after the table's own title on one line: "Paragraaf Omschrijving
# (bedragen x € 1.000) 2025 2026 2027 2028" (the years follow each other).
# a last column after the years that says whether each row's change is an advantage: "Voor- of nadeel", "V/N"
_EFFECT_COLUMN = r"(?:[Vv]oor-[ \t]?of[ \t]nadeel|V/N|[Vv]oordeel/[Nn]adeel)"
TITLED_YEAR_HEADER = re.compile(r"(?m)^[ \t]*[^\W\d](?:[^\n\d]|1\.000){0,80}?[ \t]((?:(?:19|20)\d\d[ \t]+)+(?:19|20)\d\d)"
                                r"(?:[ \t]+" + _EFFECT_COLUMN + r")?[ \t]*$")
# "Realisatie 2021 Begroting 2022 Raming 2023" on one line: each year with the kind of its column.
# "Programma Sociaal Domein Realisatie 2021 Begroting 2022": the table's title may stand before the first column
# ("Programma 3 Begroting 2024 Prognose 2024": with its number).
# (each column may name the document its figures come from: "Begroting 2025 Progr.begr. 2025-2028 Begroting 2026
# Progr.begr. 2025-2028")
_COLUMN_SOURCE = r"[ \t]+[A-Za-z][A-Za-z.]{1,15}[ \t]+(?:19|20)\d\d-(?:19|20)\d\d"
# ... or a year in brackets after the column's own ("begroting 2018 (2019)": the column is of its first year)
_COLUMN_BRACKET_YEAR = r"[ \t]*\((?:19|20)\d\d\)"
KIND_YEARS = re.compile(r"(?m)^[ \t]*(?:(?:[^\n\d]|1\.000|(?<=[A-Za-z][ \t])\d{1,2}(?=[ \t])){0,60}?[ \t])??((?:[A-Za-z(][A-Za-z .\-()]{0,30}?[ \t]+(?:19|20)\d\d"
                        rf"(?:{_COLUMN_SOURCE}|{_COLUMN_BRACKET_YEAR})?[ \t]*){{2,}})$")
CELL = r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?|-"
# A row: its label, its cells, and perhaps a short code column at the end ("... -60.000 D").
CELL_ROW = re.compile(rf"^([^\n|]*?[^\W\d€][^\n|€]*?)((?:[ \t]+(?:€[ \t]*)?(?:{CELL}))+)(?:[ \t]+(?:[A-Z]{{1,2}}|[Vv]oordeel|[Nn]adeel))?"
                      rf"[ \t]*$")
ROW_NUMBER = re.compile(r"^\d{1,2}[.)]?[ \t]+(?=[^\W\d])")
# One cell of such a row, a euro sign before it perhaps ("Lasten € 12.345 € 13.000").
ROW_CELL = re.compile(rf"(?:€[ \t]*)?({CELL})(?!\S)")


# three cells or more closing a line, and a word before them (CELL_ROW, read from the line's end: a long line of prose
# costs no more than its last characters)
_TAIL_CELLS = re.compile(rf"(?:[ \t]+(?:€[ \t]*)?(?:{CELL})(?!\S)){{3,}}(?:[ \t]+(?:[A-Z]{{1,2}}|[Vv]oordeel|[Nn]adeel))?[ \t]*$")
_WORD_BEFORE_CELLS = re.compile(r"[^\W\d]")


def _unread_year_rows(text: str, row_lines: set[int]) -> set[int]:
    """Starts of the rows of three amounts or more that no table reader took, under a header line that holds two
    years or more: their columns are years, which of them is not known (each cell would get the report's year).
    Only the lines under such a header are read (a text's tables, not its prose)."""
    out: set[int] = set()
    for hs in _lines_with_two_years(text):
        he = text.find("\n", hs)
        if he == -1 or _is_cell_row(text[hs:he]) or len(set(ANY_YEAR.findall(text, hs, he))) < 2:
            continue  # (a row whose cells are years is no header)
        pos = he + 1
        while pos < len(text):
            le = text.find("\n", pos)
            le = len(text) if le == -1 else le
            line = text[pos:le]
            if _is_cell_row(line):
                if pos not in row_lines:
                    out.add(pos)
            elif line.strip() and not _SUB_COLUMN.fullmatch(line.strip()):
                break  # ("Lasten" over its rows, and blank lines, leave the header standing)
            pos = le + 1
    return out


def _is_cell_row(line: str) -> bool:
    """A label and three cells or more closing the line (CELL_ROW, read from the line's end: a long line of prose
    costs no more than its last characters)."""
    tail = _TAIL_CELLS.search(line, max(0, len(line) - 250)) if len(line) < 1000 else None
    return bool(tail and _WORD_BEFORE_CELLS.search(line, 0, tail.start()))


ACTUAL = re.compile(r"(?i)realisatie|gerealiseerd|rekening|werkelijk|resultaat|verantwoording|real\b|rek\b")
# a column of differences between two others ("Verschil 2018", "Afwijking"): no figure of its own
DIFFERENCE = re.compile(r"(?i)verschil|afwijking|saldo")
NOT_OWN = ("forecast", "difference")  # the kinds of column that hold no figure of the report's own
FORECAST = re.compile(r"(?i)raming|prognose|meerjaren|verwacht|mjb\b|mjr\b")  # ("MJB 2026": meerjarenbegroting)
KIND_WORDS = re.compile(r"(?i)realisatie|gerealiseerd|rekening|werkelijk|begroting|begroot|primitief|gewijzigd|raming|verschil|afwijking"
                        r"|prognose|streefwaarde|streefcijfer|streven|doel|norm|ambitie|saldo"
                        # (a narrow column's abbreviations: "Real 2021 Begr 2023", "Rek. 2022", "MJB 2026")
                        r"|begr\b|real\b|rek\b|mjb\b|mjr\b")


def _kind(label: str) -> str | None:
    """The kind of a column from the words of its header: the rightmost kind word decides."""
    last = None
    for m in KIND_WORDS.finditer(label):
        last = m
    if last is None:
        return None
    w = last.group(0)
    return ("actual" if ACTUAL.match(w) else "forecast" if FORECAST.match(w) else "difference" if DIFFERENCE.match(w)
            else "plan")


@lru_cache(maxsize=1)
def _year_lines(text: str) -> tuple[list[int], list[int]]:
    """The starts of the lines that hold a year (ANY_YEAR), ascending, and of those that hold two or more: where a
    KIND_YEARS or TITLED_YEAR_HEADER match can start (a line start, on a line with two years at least)."""
    count: dict[int, int] = {}
    rfind = text.rfind
    for m in ANY_YEAR.finditer(text):
        ls = rfind("\n", 0, m.start()) + 1
        count[ls] = count.get(ls, 0) + 1
    return sorted(count), [ls for ls, n in count.items() if n >= 2]


def _lines_with_two_years(text: str) -> list[int]:
    return _year_lines(text)[1]


def _table_headers(text: str) -> list[tuple[int, int, list[tuple[str | None, int]]]]:
    """Year-column table headers: (start, end, [(kind, year)] per column). Three layouts: a line of years
    ("2025 2026 2027", kinds perhaps on the line above), a line of kinds with years ("Realisatie 2021
    Begroting 2022"), and one cell per line as web pages print them ("Realisatie" / "2021" / "Begroting" /
    "2022" ...)."""
    out = []
    # "Omschrijving (bedragen x € 1.000) 2025 2026 2027 2028" (a match stands on one line with two years at least)
    for h in anchored_finditer(TITLED_YEAR_HEADER, text, _lines_with_two_years(text)):
        years = [int(y) for y in h.group(1).split()]
        if all(b == a + 1 for a, b in pairwise(years)):
            out.append((h.start(), h.end(), [(None, y) for y in years]))
    for h in YEAR_HEADER.finditer(text):
        years = [int(y) for y in h.group(1).split()]
        above_end = text.rfind("\n", 0, h.start())
        above = text[text.rfind("\n", 0, max(0, above_end)) + 1:max(0, above_end)] if above_end > 0 else ""
        kinds = [_kind(k.group(0)) for k in KIND_WORDS.finditer(above)]
        if len(kinds) != len(years):
            kinds = [None] * len(years)
        out.append((h.start(), h.end(), list(zip(kinds, years, strict=True))))
    if "\n" not in text:
        return out
    for h in anchored_finditer(KIND_YEARS, text, _lines_with_two_years(text)):
        parts = re.findall(r"([A-Za-z(][A-Za-z .\-()]{0,30}?)[ \t]+((?:19|20)\d\d)",
                           re.sub(_COLUMN_BRACKET_YEAR, "", re.sub(_COLUMN_SOURCE, "", h.group(1))))
        if len(parts) >= 2 and all(_kind(k) for k, _y in parts):
            out.append((h.start(), h.end(), [(_kind(k), int(y)) for k, y in parts]))
    run: list[tuple[str | None, int]] = []
    run_start = run_end = -1
    for m in YEAR_LINE.finditer(text):
        ks = text.rfind("\n", 0, m.start() - 1) + 1 if m.start() > 0 else 0  # the line above: its kind
        kind_line = text[ks:max(ks, m.start() - 1)]
        if run and ks == run_end + 1 and not YEAR_LINE.match(kind_line):
            run.append((_kind(kind_line), int(m.group(1))))
            run_end = m.end()
            continue
        if len(run) >= 2:
            out.append((run_start, run_end, run))
        run, run_start, run_end = [], -1, -1
        if _kind(kind_line[-40:]):
            run, run_start, run_end = [(_kind(kind_line[-40:]), int(m.group(1)))], ks, m.end()
    if len(run) >= 2:
        out.append((run_start, run_end, run))
    return sorted(out)


def _reported_columns(columns: list[tuple[str | None, int]], report_year: int | None = None) -> list[bool]:
    """Which columns hold figures of the report: without kinds, every year (but the report's own in a long table of
    years before and after it); with kinds, the report's own year where a column that is no forecast has it (a
    multi-year budget's "Begroting 2023" among "Begroting 2022" to "Begroting 2026"), else the latest year that is
    not a forecast, realised values first."""
    if not any(k for k, _y in columns):
        # four years or more, some before the report's and some after it (realised, then planned): the report's
        # own year; a budget's years from its own on are its plan, each year's figure its own
        years = [y for _k, y in columns if y is not None]
        if report_year is not None and len(years) > 3 and min(years) < report_year < max(years):
            return [y == report_year for _k, y in columns]
        return [True] * len(columns)
    known = [(k, y) for k, y in columns if k not in NOT_OWN]
    if not known:
        return [False] * len(columns)
    own = report_year if any(y == report_year for _k, y in known) else max(y for _k, y in known)
    actual = any(k == "actual" and y == own for k, y in known)
    return [k not in NOT_OWN and y == own and (k == "actual" or not actual) for k, y in columns]


# The spending total of a budget table ("Totaal lasten", "Lasten Sociaal domein", "Totaal"): readers follow it
# over the years, so the first such row of a table keeps the earlier columns (what was realised, what was planned
# before) beside the report's own; later years of a multi-year budget stay out, as for every other row.
_SPENDING_TOTAL = re.compile(r"(?i)(?:(?:sub)?totaal\s+|totale\s+)?lasten\b|totaal(?:\s+programma\b[^|]*)?$")


def _row_columns(columns: list[tuple[str | None, int | None]], keep: list[bool], euro: bool):
    """The columns each row of a table keeps, asked row by row in order: `keep`, except that the table's first
    spending total ('Totaal lasten', 'Lasten X') of amounts keeps its earlier years too."""
    history = _history_columns(columns, keep) if euro else keep
    seen = False

    def of(label: str) -> list[bool]:
        nonlocal seen
        if not seen and _SPENDING_TOTAL.match(label):
            seen = True
            return history
        return keep
    return of


def _history_columns(columns: list[tuple[str | None, int | None]], keep: list[bool]) -> list[bool]:
    """The columns a spending total keeps beyond `keep`: every earlier year that is no forecast."""
    kept = [y for (_k, y), k in zip(columns, keep, strict=True) if k and y]
    if not kept:
        return keep
    own = max(kept)
    return [k or (y is not None and y < own and kind not in NOT_OWN) for (kind, y), k in zip(columns, keep, strict=True)]


def _measured_columns(columns: list[tuple[str | None, int]], report_year: int | None = None) -> list[bool]:
    """Which columns of a table of indicators (no amounts) hold figures: each year is a measurement of its own,
    targets ("Streefwaarde 2026", "Begroting 2026") too, but no forecast ("Raming 2027"), no plan of a year
    whose realisation stands beside it, and where the report's own year is planned no plan of another year (a
    budget's "Begroot 2017" to "Begroot 2021": last year's target and the later years' are not the report's)."""
    actual = {y for k, y in columns if k == "actual"}
    own = report_year is not None and any(k == "plan" and y == report_year for k, y in columns)
    return [k not in NOT_OWN and not (k == "plan" and (y in actual or (own and y != report_year)))
            for k, y in columns]


# a code of the taakvelden's numbering: "6.1", "6.71", "6.711", "6.71a"
TAAKVELD_CODE = r"[0-8]\.\d{1,3}[a-z]?"
_TAAKVELD_CODE = re.compile(TAAKVELD_CODE)
_CODE_END = re.compile(rf"[ \t]+(?:{TAAKVELD_CODE}|div\.)$")


def _year_column_rows(text: str, multipliers, report_year: int | None = None) -> list[tuple[int, int, list[Figure]]]:
    """Rows of a year-column table, cells separated by spaces: each cell is a figure of its column's year
    (cells align to the right), "-" is an empty cell, a leading minus is kept, and the row's words are the
    label. An amount repeated in the next column is the same amount carried forward (a structural budget
    line), so it counts once. (line start, line end, figures) per row."""
    out = []
    for hs, he, columns in _table_headers(text):
        years = [y for _k, y in columns]
        if len(years) < 2 or sorted(years) != years:
            continue
        factor, _euro = _multiplier_for(text, hs, hs, multipliers, header=True)
        inline = [f for p, f, _e in multipliers[bisect_left(multipliers.keys, -he):bisect_right(multipliers.keys, -hs)]]
        if inline:
            factor = inline[0]  # "Bedragen x € 1.000 Rekening 2023 Begroting 2024": the header line states the unit
        # Amounts: a euro sign or word above the table or on its first line ("Lasten"), or the budget heading
        # "Wat mag het kosten?".
        euro = factor != 1.0 or re.search(r"(?i)€|\beuro\b|bedrag|baten|lasten|\bkosten\b",
                                          _above_table(text, hs) + text[hs:min(len(text), he + 40)])
        keep = _reported_columns(columns, report_year) if euro else _measured_columns(columns, report_year)
        keep_of = _row_columns(columns, keep, euro)
        coded = "taakveld" in text[text.rfind("\n", 0, hs) + 1:he].lower()  # a column of taakveld codes
        pos = he + 1
        part = None  # "Lasten" / rows / "Baten" / rows: the part a heading line gives the rows under it
        parted: list[tuple[Figure, str | None]] = []
        for _ in range(80):  # the rows below it, up to a new header or a blank line before text
            if pos >= len(text):
                break
            le = text.find("\n", pos)
            le = len(text) if le == -1 else le
            line = text[pos:le]
            if YEAR_HEADER.match(line) or YEAR_LINE.match(line):
                break
            if not line.strip():
                nxt = text.find("\n", le + 1)
                following = text[le + 1:len(text) if nxt == -1 else nxt]
                if not CELL_ROW.match(following) or NEW_BLOCK.match(following):
                    break  # ("" / "Verantwoording subsidies 2021" / "- Stichting A: € 42.000": a new list)
                pos = le + 1
                continue
            cut = le == len(text) and not CELL_ROW.match(line) and " " in line.strip()
            if cut:
                # the page's excerpt ends inside the row ("Baten 4.120 4.380 4.9"): its cells up to the cut
                line = line.rstrip().rsplit(" ", 1)[0]
            m = CELL_ROW.match(line)
            if not m and _SUB_COLUMN.fullmatch(line.strip()):
                part = line.strip().lower()
            if m:
                cells = list(ROW_CELL.finditer(m.group(2)))
                row_euro = "€" in m.group(2)
                if len(cells) == len(years) + 1 and _TAAKVELD_CODE.fullmatch(cells[0].group(1)) and coded:
                    cells = cells[1:]  # "Indexatie Wmo 6.6 -14.000 -14.000 ...": the taakveld's code, then the amounts
                if len(cells) <= len(years) and any(c.group(1) != "-" for c in cells):
                    figs = []
                    label = re.sub(r"\s+", " ", m.group(1)).strip(" :|")
                    label = ROW_NUMBER.sub("", label)  # "1 Jeugdhulp": the row's number is no part of its label
                    if coded:
                        label = _CODE_END.sub("", label)  # "Indexatie Wmo 6.71a", "Indexatie Jeugd div.": the code
                    row_keep = keep_of(label)
                    previous = None
                    offset = 0 if cut else len(years) - len(cells)  # (a cut row's cells stand from the left)
                    for i, c in enumerate(cells):
                        raw = c.group(1)
                        value = parse_dutch_number(raw.lstrip("-")) if raw != "-" else None
                        if value is not None and raw.startswith("-"):
                            value = -value
                        repeated, previous = value == previous, value
                        if not value or repeated or not row_keep[offset + i]:
                            continue
                        cs = pos + m.start(2) + c.start(1)
                        figs.append(Figure(label=label, value=value * factor,
                                           unit="EUR" if euro or row_euro else "count",
                                           year=years[offset + i], span=span(text, cs, cs + len(raw))))
                    out.append((pos, le, figs))
                    parted.extend((f, None if _SUB_COLUMN.search(label) else part) for f in figs)
            pos = le + 1
        if len({p for _f, p in parted if p}) >= 2:
            for f, p in parted:  # ("Wijkteams, baten": the same row's name stands under "Lasten" too)
                if p:
                    f.label = f"{f.label}, {p}"
    return out


# Report sites print a table one cell per line, blank lines between: the column headers ("Realisatie 2021" or
# "Realisatie" / "2021"), then per row its label and one line per cell ("€ 633", "1.864.616", "N").
_KIND_YEAR_CELL = re.compile(r"^([A-Za-z][A-Za-z .\-]{0,30}?)[ \t]+((?:19|20)\d\d)$")
_OTHER_HEADER_CELL = re.compile(r"(?i)^(?:verschil|mutatie|afwijking|v\s*/\s*n|saldo\s+\d{4}\s*[-/]\s*\d{4}|streefwaarde|streven)\b.{0,25}$")
_VALUE_CELL = re.compile(rf"^(-)?(?:[≥≤]\s*)?(?:€\s*)?({CELL})\s*%?$")  # ("≥85%": a target)


def _signed_value(m: re.Match | None) -> float | None:
    """The number of a table cell matched by _VALUE_CELL or _PIPE_CELL (group 1 a minus sign before a euro sign,
    group 2 the number), negative where either has one; None for no number or zero."""
    value = parse_dutch_number(m.group(2).lstrip("-")) if m else None
    if not value:
        return None
    return -value if m.group(1) or m.group(2).startswith("-") else value
# ("pm": an amount not yet known; "n.n.b.", "n.v.t.", ".": a cell without a value)
_CODE_CELL = re.compile(r"(?i)^(?:(?-i:[VN])|V\s*/\s*N|-|–|p\.?m\.?|n\.?n\.?b\.?|n\.?v\.?t\.?|n\.?b\.?|\.)$")
_VALUE_CODE_CELL = re.compile(rf"^-?(?:€\s*)?(?:{CELL})\s*[VN]$")  # "422 V": a difference and its sign word
# A column header abbreviated to a letter glued to its year ("R2021" / "B2022"): realisatie, begroting.
_LETTER_YEAR_CELL = re.compile(r"^(R|Rek\.?|Real\.?|W|Werk\.?|B|Begr\.?)[ \t]?((?:19|20)\d\d)$")
_HEADER_PART = re.compile(r"[^\W\d_][^\W\d_ .\-]*(?:[ .\-]+[^\W\d_]+)*[.\-]?")


def _header_cell(lines: list[tuple[int, str]], i: int) -> tuple[int, str | None, int] | None:
    """A column header of a table printed one cell per line, starting at line i: "Realisatie 2021" on one line,
    or its words on up to three lines above its year ("Jaar-" / "rekening" / "2021", "Begroting" / "primitief" /
    "2022"; a word broken by a hyphen is joined). (lines used, kind, year) or None."""
    ln = lines[i][1]
    m = _KIND_YEAR_CELL.match(ln)
    if m and _kind(m.group(1)):
        return 1, _kind(m.group(1)), int(m.group(2))
    m = _LETTER_YEAR_CELL.match(ln)
    if m:
        return 1, "actual" if m.group(1)[0] in "RW" else "plan", int(m.group(2))
    words = ""
    for k in range(3):
        if i + k + 1 >= len(lines) or len(lines[i + k][1]) > 30 or not _HEADER_PART.fullmatch(lines[i + k][1]):
            return None
        part = lines[i + k][1]
        words = words[:-1] + part if words.endswith("-") else (words + " " + part).strip()
        if YEAR_LINE.fullmatch(lines[i + k + 1][1]):
            kind = _kind(words)
            return (k + 2, kind, int(lines[i + k + 1][1].strip())) if kind else None
    return None


# a row label that says its values are shares: "% inwoners dat vrijwilligerswerk doet", "Percentage jongeren ..."
# (also after the indicator's name, as the BBV names its indicators: "Huishoudens met schulden, % van alle huishoudens")
PERCENT_LABEL = re.compile(r"(?i)[ \t]*(?:%|percentage\b|aandeel\b)|[^,\n]{3,120},[ \t]*%")
# a column headed by the date its values were taken: "31-12-2018" / "31-12-2017" (a year's figures, as of its end)
DATE_LINE = re.compile(r"[ \t]*\d{1,2}-\d{1,2}-(?:19|20)\d\d[ \t]*")


# the header of a table's column of row labels, which says what each row is: "Saldo per product", "Lasten per
# taakveld" (no column of amounts of its own)
_ROWS_HEADER = re.compile(r"(?i)^[^\W\d_]+[ \t]+per[ \t]+[^\W\d_]")


def _header_block(lines: list[tuple[int, str]], i: int) -> tuple[int, list[tuple[str | None, int | None]]] | None:
    """A header printed as all its kinds and then all its years ("Realisatie" / "Begroting" / "2023" / "2024"), or
    as years alone ("2023" / "2024" / "2025"): (next line index, columns) or None."""
    k = i
    while k < len(lines) and k - i < 12 and len(lines[k][1]) <= 30 and _HEADER_PART.fullmatch(lines[k][1]) \
            and _kind(lines[k][1]) and not _ROWS_HEADER.search(lines[k][1]):
        k += 1
    first = k
    if k - i >= 2 and k + 1 < len(lines) and _ROWS_HEADER.search(lines[k][1]) and YEAR_LINE.fullmatch(lines[k + 1][1]):
        first = k + 1  # the header of the row labels' column between the kinds and the years ("Saldo per taakveld")
    y = first
    while y < len(lines) and y - first < 12 and (YEAR_LINE.fullmatch(lines[y][1]) or DATE_LINE.fullmatch(lines[y][1])):
        y += 1
    kinds, years = [_kind(ln) for _s, ln in lines[i:k]], [int(ln[-4:]) for _s, ln in lines[first:y]]
    yearless = 0  # "Begroting" / "Begroting" / "Verschil" / "2030" / "2031": the difference's column has no year
    while len(kinds) - yearless > len(years) and kinds[len(kinds) - 1 - yearless] == "difference":
        yearless += 1
    kinds = kinds[:len(kinds) - yearless]
    if len(years) < 2 or len(kinds) > len(years) or (yearless and len(kinds) != len(years)):
        return None
    if len(kinds) < len(years):
        kinds = []  # "Jaarrekening" / "Begroting" / "Meerjarenraming" over six years: which spans which is not said
    return y, list(zip(kinds or [None] * len(years), years, strict=True)) + [(None, None)] * yearless


def _vertical_header(lines: list[tuple[int, str]], i: int) -> tuple[int, list[tuple[str | None, int | None]]]:
    """The columns of a header starting at line i (blank lines already left out): (next line index, columns)."""
    block = _header_block(lines, i)
    if block:
        i, cols = block
        while i < len(lines) and _OTHER_HEADER_CELL.match(lines[i][1]):
            cols.append((None, None))
            i += 1 + _header_note(lines, i + 1)
        while cols and cols[-1][1] is None and not (_row_fits(lines, i, len(cols)) or _row_fits(lines, i + 1, len(cols))):
            cols.pop()  # (the first row may stand under a group's heading: "Thema 1. X" / "Row" / cells)
            i -= 1
        return i, cols
    cols: list[tuple[str | None, int | None]] = []
    while i < len(lines):
        ln = lines[i][1]
        cell = _header_cell(lines, i)
        if cell:
            used, kind, year = cell
            cols.append((kind, year))
            i += used
            continue
        if cols and _OTHER_HEADER_CELL.match(ln):
            cols.append((None, None))
            i += 1 + _header_note(lines, i + 1)
            continue
        break
    while cols and cols[-1][1] is None and not _row_fits(lines, i, len(cols)):
        cols.pop()  # "Verschil" above no cell of its own
        i -= 1
    return i, cols


# a header cell's note on a line of its own under it: "Afwijking" / "(+ = voordeel)"
_HEADER_NOTE = re.compile(r"\([^()\n]{1,30}\)")


def _header_note(lines: list[tuple[int, str]], i: int) -> int:
    """1 where line i is a note in brackets under a header cell, else 0."""
    return int(i < len(lines) and bool(_HEADER_NOTE.fullmatch(lines[i][1])))


def _is_cell(c: str) -> bool:
    return bool(_VALUE_CELL.match(c) or _CODE_CELL.match(c) or _VALUE_CODE_CELL.match(c))


def _row_fits(lines: list[tuple[int, str]], i: int, n: int) -> bool:
    """Whether line i is a row label followed by n cells (or the row's number, then such a label)."""
    if i + 1 < len(lines) and _ROW_NUMBER.match(lines[i][1]) and not _is_cell(lines[i + 1][1]):
        i += 1  # "1" / "Banen" / cells: the row's number before its label
    if i + 2 < len(lines) and not _is_cell(lines[i][1]) and not _is_cell(lines[i + 1][1]) \
            and _SUB_COLUMN.fullmatch(lines[i + 1][1]):
        i += 1  # "6100 Inkomen" / "Lasten" / cells: a group's heading over its rows of parts
    if i + n >= len(lines) or _is_cell(lines[i][1]):
        return False
    after = i + n + 1  # (a cell after the n is one too many, unless it numbers the next row: "2" / "Banen" / ...)
    return all(_is_cell(c) for _cs, c in lines[i + 1:i + 1 + n]) and not (
        after < len(lines) and _is_cell(lines[after][1]) and not (
            _ROW_NUMBER.match(lines[after][1]) and after + 1 < len(lines) and not _is_cell(lines[after + 1][1])))


# The parts each year's column of a budget table is split into ("Lasten" / "Baten" / "Saldo"), printed once or
# under every year, after the header cell of the labels' column ("Omschrijving").
_SUB_COLUMN = re.compile(r"(?i)lasten|baten|saldo|toevoegingen|onttrekkingen|voordeel|nadeel")
_LABEL_COLUMN = re.compile(r"(?i)omschrijving|programma|taakveld|product|onderdeel")


def _sub_columns(lines: list[tuple[int, str]], i: int, n: int) -> tuple[int, list[str]] | None:
    """The parts of each of n columns below their header at line i: (next line index, the parts), where the first
    row has n times as many cells; None where there are none."""
    if i < len(lines) and _LABEL_COLUMN.fullmatch(lines[i][1]):
        i += 1
    k = i
    while k < len(lines) and k - i < 3 * n + 1 and _SUB_COLUMN.fullmatch(lines[k][1]):
        k += 1
    parts = [ln for _s, ln in lines[i:k]]
    per = next((p for p in range(2, len(parts) + 1) if parts == parts[:p] * (len(parts) // p)), 0)
    if per and len(parts) in (per, per * n) and _row_fits(lines, k, n * per):
        return k, parts[:per]
    return None


def _spread(keep_of, per: int):
    """A row's kept columns (`_row_columns`) for a header whose every column is split into `per` parts."""
    return lambda name: [k for k in keep_of(name) for _p in range(per)]


_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")


def _cell_groups(text: str, cells: list[tuple[int, str]], n: int,
                 from_left: bool = False) -> list[list[tuple[int, str]]] | None:
    """The cells of one row of a table printed one cell per line, per column: one cell to each column, the last
    column left empty when one cell is missing (the last columns when `from_left`: a multi-year table of changes to
    the budget, whose one-off change has the first year's cell alone), or a column's cell of several lines ("74" /
    "62" under "Uitstroom naar werk Waarvan duurzaam": a row and its sub-row), its lines apart by single line ends and
    the columns by a blank line. None when the cells fit no such reading."""
    m = len(cells)
    if m == n or (m == n - 1 and m >= 2) or (from_left and 1 <= m < n):
        return [[c] for c in cells]
    if m <= n or m % n:
        return None
    per = m // n
    for idx in range(1, m):
        (ps, pc), (cs, _c) = cells[idx - 1], cells[idx]
        if bool(_BLANK_LINE.search(text, ps + len(pc), cs)) != (idx % per == 0):
            return None
    return [cells[c * per:(c + 1) * per] for c in range(n)]


_SUB_ROW = re.compile(r"\s+(?=[Ww]aarvan\b)")


def _sub_labels(label: str, above: list[str], per: int) -> list[str]:
    """The labels of a row's sub-rows: split before "waarvan", else the line above the label for the first."""
    if per == 1:
        return [label]
    parts = _SUB_ROW.split(label)
    if len(parts) == per:
        return parts
    if per == 2 and above:
        return [above[-1], label]
    return [label] * per


def _vertical_rows(text: str, multipliers, report_year: int | None) -> list[tuple[int, int, list[Figure]]]:
    """Rows of a table printed one cell per line: each cell is a figure of its column's year (the report's own
    column, as for year-column tables), the row's label line its label. Every line of the table is returned as a
    row, so that its numbers (a label's note number "(4)" too) are not read again as figures of the text."""
    if "\n\n" not in text and not _YEAR_LINES.search(text):
        return []  # cells with blank lines between them, or a header of year lines one under the other
    lines = [(m.start(), m.group(0).strip()) for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    if "\nN\n" in text or "\nV\n" in text:
        # "41.200" / "N" / "43.100" / "N": each cell's effect (nadeel, voordeel) on a line of its own after it
        lines = [ln for n, ln in enumerate(lines)
                 if not (ln[1] in ("N", "V") and n and _VALUE_CELL.match(lines[n - 1][1]))]
    out: list[tuple[int, int, list[Figure]]] = []
    i = 0
    while i < len(lines):
        j, cols = _vertical_header(lines, i)
        years = [y for _k, y in cols if y]
        known = [(k, y) for k, y in cols if y is not None]
        # Years rise from column to column; the plans and the realisation of one year may stand side by side
        # ("Begroting primitief 2022", "Begroting na wijziging 2022", "Jaarrekening 2022"), also as the whole
        # header of an annual report's table.
        if (not 2 <= len(years) <= 12 or (any(a > b for a, b in pairwise(years))
                                           and not all(a > b for a, b in pairwise(years)))
                or any(a == b and not (ka and kb) for (ka, a), (kb, b) in pairwise(known))
                or (len(set(years)) < 2 and len({k for k, _y in known}) < 2)):
            # past the header cells looked at: each line is looked at once, but where the cells held one year
            # alone, that year's line may open the header ("Rekening" / "Raming" / the title / "2021" / "2022")
            i = i + 1 if len(years) < 2 else max(i + 1, j)
            continue
        hs = lines[i][0]
        factor, _euro = _multiplier_for(text, hs, hs, multipliers, header=True)
        euro = factor != 1.0 or re.search(r"(?i)€|\beuro\b|bedrag|baten|lasten|\bkosten\b", _above_table(text, hs))
        keep_known = iter(_reported_columns(known, report_year) if euro else _measured_columns(known, report_year))
        keep = [next(keep_known) if y is not None else False for _k, y in cols]
        keep_of = _row_columns(cols, keep, euro)
        split = _sub_columns(lines, j, len(cols))
        parts: list[str | None] = [None]
        if split:  # "Rekening 2021" ... / "Lasten" / "Baten" / "Saldo": each year's column in parts
            j, parts = split
            euro = True
            cols, keep_of = [c for c in cols for _p in parts], _spread(keep_of, len(parts))
        own_plan = report_year is not None and any(k == "plan" and y == report_year for k, y in known)
        forward = report_year is not None and not any(k for k, _y in known) and years[0] == report_year
        changes = bool(euro and forward and not split)  # a multi-year table of changes to the budget
        table = [(hs, lines[j - 1][0] + len(lines[j - 1][1]), [])]
        between: list[tuple[int, str]] = []  # lines without cells since the last row: a group's heading, a source
        between_from = j  # (where those lines begin: the table ends before them where no row follows them)
        heading = ""  # the last heading above rows named by their part alone ("Lasten", "Baten", "Saldo")
        while j < len(lines):
            ls, label = lines[j]
            if _ROW_NUMBER.match(label) and j + 1 < len(lines) and re.search(r"[^\W\d_]", lines[j + 1][1]) \
                    and not _is_cell(lines[j + 1][1]):
                table.append((ls, ls + len(label), []))  # "1" / "Pilot X" / cells: the row's number before its label
                j += 1
                continue
            if _VALUE_CELL.match(label) or _CODE_CELL.match(label) or not re.search(r"[^\W\d_]", label):
                break
            if j + 2 < len(lines) and _ROW_NUMBER.match(lines[j + 1][1]) and not _is_cell(lines[j + 2][1]):
                if not between:
                    between_from = j
                between.append((ls, label))  # "Exploitatie" / "1" / "Pilot X": a group's heading over numbered rows
                j += 1
                continue
            k = j + 1
            while k < len(lines) and k - j <= 4 * len(cols) and _is_cell(lines[k][1]):
                if (k - j - 1) % len(cols) == 0 and k - j > 1 and _ROW_NUMBER.match(lines[k][1]) \
                        and k + 2 < len(lines) and not _is_cell(lines[k + 1][1]) and _is_cell(lines[k + 2][1]):
                    break  # the next row's number, its label and cells after it
                k += 1
            cells = lines[j + 1:k]
            groups = _cell_groups(text, cells, len(cols), from_left=changes)
            if groups is None:
                if cells or len(between) >= (3 if changes else 2):
                    if between:
                        j = between_from  # the lines after the last row may open the next table ("Realisatie 2016")
                    break  # (a table of changes heads its rows by part, by decision and by item)
                if not between:
                    between_from = j
                between.append((ls, label))
                j += 1
                continue
            if between and (_CHANGE_KIND.fullmatch(label) or _SEE_CELL.fullmatch(label)):
                # "Budget voor X" / "Str" / cells: whether the change is structural or one-off stands in a column of
                # its own between the row's label and its cells; "Banen" / "(landelijk 470)" / "idem" / cells: a
                # target column's reference to another row or a note
                taken = [between.pop()]
                if taken[0][1].startswith("(") and between:
                    taken.insert(0, between.pop())  # the label's note in brackets on a line of its own
                table.extend((bs, bs + len(b), []) for bs, b in taken)
                label = " ".join(b for _bs, b in taken)
            name = re.sub(r"^[*•·▪\-–][ \t]+|\s*\(\d{1,2}\)\s*$", "", label).strip(" :|")  # ("* Item (4)")
            heads = [b for _bs, b in between if not _SUB_COLUMN.fullmatch(b)]
            heading = heads[-1] if heads else heading
            if heading and _SUB_COLUMN.fullmatch(name):
                name = f"{heading}, {name.lower()}"  # "6100 Inkomen" / "Lasten" / cells: the taakveld's spending
            names = _sub_labels(name, [b for _bs, b in between], len(groups[0]))
            if between and multipliers:  # a unit line inside the table ("Lasten (x 1.000)") governs the rows below it
                inside = multipliers[bisect_right(multipliers.keys, -ls):bisect_right(multipliers.keys, -between[0][0])]
                if inside:
                    factor, euro = inside[0][1], True
            row_keep = keep_of(name)
            figs = []
            # In a budget's indicator table (the budget year planned beside what was realised) a reader takes an
            # indicator's realised value, its target only where none was measured yet ("-" under "Werkelijk
            # 2016", "12.935" under "Begroot 2018").
            measured = not euro and own_plan and any(
                kind == "actual" and kept and any(_VALUE_CELL.match(c) and re.search(r"\d", c) for _cs, c in group)
                for group, (kind, _y), kept in zip(groups, cols, row_keep, strict=False))
            for n_col, (group, (kind, year), kept) in enumerate(zip(groups, cols, row_keep, strict=False)):
                if measured and kind != "actual":
                    continue
                part = parts[n_col % len(parts)]
                for (cs, c), sub in zip(group, names, strict=True):
                    m = _VALUE_CELL.match(c)
                    if not (m and kept and year):
                        continue
                    value = _signed_value(m)
                    if value is None:
                        continue
                    start = cs + c.index(m.group(2))
                    unit = ("percent" if c.endswith("%") or PERCENT_LABEL.match(sub) else "EUR" if euro or "€" in c
                            else "count")
                    figs.append(Figure(label=f"{sub}, {part.lower()}" if part else sub, column=part and part.lower(),
                                       value=value * (factor if euro else 1.0), unit=unit, year=year,
                                       span=span(text, start, start + len(m.group(2)))))
            table.extend((bs, bs + len(b), []) for bs, b in between)
            between = []
            table.append((ls, ls + len(label), figs))
            table.extend((cs, cs + len(c), []) for cs, c in cells)
            j = k
        if len(table) > 1:
            if not euro and _MULTIPLIER_BELOW.match(text, table[-1][1]):
                euro = True  # "Bedragen x € 1.000" under the table: its amounts are in thousands of euros
                for f in (f for _s, _e, figs in table for f in figs if f.unit == "count"):
                    f.value, f.unit = f.value * 1000, "EUR"
            if euro and forward:
                # a multi-year budget from the report's year on: that year's amount, and a later one where it changes
                for _s, _e, figs in table:
                    figs[:] = [f for n, f in enumerate(figs) if n == 0 or f.value != figs[n - 1].value]
            out.extend(table)
        i = max(i + 1, j)
    return out


# A cell that refers elsewhere instead of naming anything: "idem", "Zie onderstaande toelichting", "zie boven"
_SEE_CELL = re.compile(r"(?i)(?:idem|id\.|dito|zie[ \t][^\n]{2,60})")
# A change's kind in a column of its own: structural or one-off ("Str", "Inc", "S", "I", "structureel", "incidenteel")
_CHANGE_KIND = re.compile(r"(?i)(?:str(?:uctureel)?|inc(?:identeel)?|(?-i:[SI]))\.?")
# Two year lines one under the other: the header of a table printed one cell per line without blank lines
_YEAR_LINES = re.compile(r"\n[ \t]*(?:19|20)\d\d[ \t]*\n[ \t]*(?:19|20)\d\d[ \t]*\n")
# "1", "A.", a taakveld's "5.01": a row's or a group's number on a line of its own
_ROW_NUMBER = re.compile(r"^(?:\d{1,2}|[A-Z]|\d\.\d{1,3})\.?$")
# the unit of a table's amounts given right under it
_MULTIPLIER_BELOW = re.compile(r"(?is)\s*(?:[^\n]{0,30}\n\s*){0,2}?(?:(?:alle\s+)?(?:bedragen|getallen|cijfers))?\s*(?:in|x|×)\s*€\s*1\.000\b")


# The policy indicators every begroting prints (BBV), one cell per line: "Naam" / "Jaar meting" / the places
# compared ("Nederland", the province, the gemeente) / target columns ("Begroting 2026"); then per indicator its
# name, the year it was measured and one value per column. A place column holds a value of the measured year, a
# target column one of its own year.
_MEASURED_CELL = re.compile(r"(?i)(?:jaar(?:\s+van)?\s+meting|meetjaar|peiljaar|jaar\s+peiling|peildatum)")
_PLACE_CELL = re.compile(r"[A-Z][^\d|]{1,40}")


# A table whose rows each name the year they were measured in a column of their own, the municipality's value after
# it and benchmarks further right: "Indicator | Jaar | Vlissingen | Nederland" (bars, or columns laid out with spaces).
_YEAR_COLUMN_CELL = re.compile(r"(?i)jaar|peiljaar|meetjaar|jaar\s+(?:van\s+)?meting|periode")
_CELL_END = frozenset((" ", "\t", "|", "\n", ""))  # what follows a header cell's last word (a space: before a gap)
_UNIT_COLUMN_CELL = re.compile(r"(?i)eenheid|eenheden|maat|meeteenheid")
_ROW_VALUE = re.compile(rf"(-|–)?\s*(?:€\s*)?({CELL})\s*(%)?")


def _row_cells(line: str) -> list[tuple[int, str]] | None:
    return _pipe_spans(line) if "|" in line else _layout_spans(line)


def _year_cell_rows(text: str) -> list[tuple[int, int, list[Figure]]]:
    """Rows of tables with a year column ("Indicator | Jaar | Vlissingen | Nederland"): the value right after the
    row's year, of the row's year, labelled by the row's first cell; the columns further right (the country, the
    region) are benchmarks, not the report's figures."""
    out: list[tuple[int, int, list[Figure]]] = []
    # only where the word ends a cell: "Jaar", "Peiljaar", "Jaar van meting" ("jaarlijks", "per jaar." are none)
    heads = sorted({text.rfind("\n", 0, q) + 1 for needle in ("Jaar", "jaar", "Periode", "periode")
                    for q in occurrences(text, needle)
                    if text[q + len(needle):q + len(needle) + 1] in _CELL_END or text.startswith(" van meting", q + 4)
                    or text.startswith(" meting", q + 4)})
    done = -1
    for ls in heads:
        if ls <= done:
            continue
        le = text.find("\n", ls)
        le = len(text) if le == -1 else le
        line = text[ls:le]
        if "|" not in line and "  " not in line and "\t" not in line:
            continue  # running text, no row
        header = _row_cells(line)
        if not header or len(header) < 3:
            continue
        col = next((i for i, (_c, c) in enumerate(header) if i and _YEAR_COLUMN_CELL.fullmatch(c)), None)
        unit_col = next((i for i, (_c, c) in enumerate(header) if i and _UNIT_COLUMN_CELL.fullmatch(c)), None)
        places = [i for i in range(1, len(header)) if i not in (col, unit_col)]
        if col is None or not places or not all(re.search(r"[^\W\d_]", header[i][1]) for i in places):
            continue
        own = places[0]  # the municipality's column; those after it are benchmarks
        out.append((ls, le, []))
        pos = le + 1
        while pos < len(text):
            row_end = text.find("\n", pos)
            row_end = len(text) if row_end == -1 else row_end
            cells = _row_cells(text[pos:row_end])
            if not cells or len(cells) != len(header) or not re.search(r"[^\W\d_]", cells[0][1]):
                break
            year = YEAR_RE.fullmatch(cells[col][1])
            vm = _ROW_VALUE.fullmatch(cells[own][1])
            figs = []
            if year and vm and vm.group(2) != "-":
                value = parse_dutch_number(vm.group(2))
                if value is not None:
                    label = " ".join(cells[0][1].split())
                    unit = cells[unit_col][1] if unit_col is not None else ""
                    if unit:  # "Jongeren met jeugdhulp (% 0 t/m 17 jaar)"
                        label = f"{label} ({' '.join(unit.split())})"
                    start = pos + cells[own][0] + cells[own][1].index(vm.group(2))
                    figs.append(Figure(label=label, value=-value if vm.group(1) else value,
                                       unit="percent" if vm.group(3) or "%" in label else "count",
                                       year=int(year.group(1)), span=span(text, start, start + len(vm.group(2)))))
            out.append((pos, row_end, figs))
            pos = row_end + 1
        done = pos
    return out


def _lines_from(text: str, pos: int, limit: int) -> list[tuple[int, str]]:
    """Up to `limit` non-blank lines from pos on: (start, stripped text)."""
    out: list[tuple[int, str]] = []
    n = len(text)
    while pos < n and len(out) < limit:
        le = text.find("\n", pos)
        le = n if le == -1 else le
        line = text[pos:le].strip()
        if line:
            out.append((pos, line))
        pos = le + 1
    return out


def _indicator_rows(text: str, report_year: int | None) -> list[tuple[int, int, list[Figure]]]:
    heads = set()
    for needle in ("meting", "Meting", "eetjaar", "eiljaar", "eildatum", "eiling"):  # found without a regex scan
        for q in occurrences(text, needle):
            ls = text.rfind("\n", 0, q) + 1
            le = text.find("\n", q)
            if le - ls < 40 and _MEASURED_CELL.fullmatch(text[ls:len(text) if le == -1 else le].strip()):
                heads.add(ls)
    out: list[tuple[int, int, list[Figure]]] = []
    done = -1
    for head in sorted(heads):
        if head <= done:
            continue  # inside the header or table read last
        lines = _lines_from(text, head, 400)
        cols: list[int | None] = []  # None: the year of measurement; else the column's own year
        j = 1
        while j < len(lines) and len(cols) <= 12:
            ln = lines[j][1]
            m = _KIND_YEAR_CELL.match(ln)
            if m and _kind(m.group(1)):
                cols.append(int(m.group(2)))
                j += 1
                continue
            if len(ln) <= 30 and _kind(ln) and j + 1 < len(lines) and YEAR_LINE.fullmatch(lines[j + 1][1]):
                cols.append(int(lines[j + 1][1].strip()))
                j += 2
                continue
            nxt = lines[j + 1][1] if j + 1 < len(lines) else ""
            if _PLACE_CELL.fullmatch(ln) and not YEAR_LINE.fullmatch(nxt):
                cols.append(None)
                j += 1
                continue
            break
        done = lines[j - 1][0]  # the header cells looked at: each is looked at once
        if not cols or len(cols) > 12:
            continue
        table: list[tuple[int, int, list[Figure]]] = []
        while j + 1 < len(lines):
            ls, label = lines[j]
            measured = YEAR_LINE.fullmatch(lines[j + 1][1])
            if not measured or not re.search(r"[^\W\d_]", label) or _VALUE_CELL.match(label):
                break
            year_measured = int(measured.group(1))
            cells = lines[j + 2:j + 2 + len(cols)]
            figs = []
            k = 0
            for (cs, c), col in zip(cells, cols, strict=False):
                m = _VALUE_CELL.match(c)
                if not m and not _CODE_CELL.match(c):
                    break
                k += 1
                value = _signed_value(m)
                if value is None:
                    continue
                start = cs + c.index(m.group(2))
                figs.append(Figure(label=re.sub(r"\s+", " ", label), value=value,
                                   unit="percent" if "%" in c or "%" in label else "count",
                                   year=col or year_measured, span=span(text, start, start + len(m.group(2)))))
            table.append((ls, ls + len(label), figs))
            table.append((lines[j + 1][0], lines[j + 1][0] + len(lines[j + 1][1]), []))
            table.extend((cs, cs + len(c), []) for cs, c in cells[:k])
            j += 2 + k
            while j + 1 < len(lines) and not YEAR_LINE.fullmatch(lines[j + 1][1]) and _is_prose(lines[j][1]):
                j += 1  # a comment under the indicator
        done = max(done, lines[min(j, len(lines)) - 1][0])
        out.extend(table)
    return out


# The budget's indicators (BBV) printed one cell a line under a header of their own, perhaps repeated above every
# indicator: "Indicator" / "Eenheid" / "Periode" / "Bron" / <gemeente> / "Nederland" / "10.000 - 20.000 inwoners", or
# two measurements side by side ("Jaar" / <gemeente> / "Ref." / "Jaar" / <gemeente> / "Ref."); then per indicator its
# name and one cell per column. The municipality's columns hold its figures, each of the year in the period column
# before it; the columns it is compared with (the country, a size class, a reference group) do not.
_INDICATOR_CELL = re.compile(r"(?i)(?:naam[ \t]+)?indicator(?:en)?")
_VERTICAL_COLUMN = {
    "year": re.compile(r"(?i)jaar|periode|peiljaar|meetjaar|peildatum|jaar[ \t]+(?:van[ \t]+)?meting"),
    "unit": re.compile(r"(?i)eenheid|meeteenheid"),
    "source": re.compile(r"(?i)bron(?:nen)?"),
    "benchmark": re.compile(r"(?i)nederland|NL|landelijk(?:[ \t]+gemiddelde)?|ref\.?|referentie(?:waarde|groep)?"
                            r"|gemiddelde?\b[^\n]{0,40}|(?:gemeenten|grootteklasse|regio|provincie)\b[^\n]{0,40}"
                            r"|[^\n]{0,20}\d[\d.]*[ \t]*(?:-|–|tot)[ \t]*\d[\d.]*[ \t]+inwoners[^\n]{0,20}"),
}
_GROUP_DATE_CELL = re.compile(rf"(?i)\d{{1,2}}[ \t]+{MONTHS}[a-z]*[ \t]+(?:19|20)\d\d")  # "1 maart 2019": a group's heading


def _vertical_column(cell: str) -> str | None:
    for kind, pat in _VERTICAL_COLUMN.items():
        if pat.fullmatch(cell):
            return kind
    squashed = ref.squashed(cell.replace("- ", ""))  # "Meierij- stad": a name broken over a cell's two lines
    return "own" if squashed and squashed in ref.gemeenten_by_squashed_name() else None


def _vertical_indicator_rows(text: str) -> list[tuple[int, int, list[Figure]]]:
    out: list[tuple[int, int, list[Figure]]] = []
    done = -1
    for q in occurrences(text, "ndicator"):
        ls = text.rfind("\n", 0, q) + 1
        if ls <= done:
            continue
        lines = _lines_from(text, ls, 400)
        j = 0
        while j < len(lines) and _INDICATOR_CELL.fullmatch(lines[j][1]):
            header = [(lines[j][0], lines[j][1])]
            j += 1
            cols: list[str] = []
            while j < len(lines):
                kind = _vertical_column(lines[j][1])
                if kind is None and not cols and _GROUP_DATE_CELL.fullmatch(lines[j][1]):
                    kind = "group"
                if kind is None:
                    break
                if kind != "group":
                    cols.append(kind)
                header.append(lines[j])
                j += 1
            if "year" not in cols or "own" not in cols:
                break
            years = [max((k for k in range(i) if cols[k] == "year"), default=None) for i in range(len(cols))]
            table: list[tuple[int, int, list[Figure]]] = [(cs, cs + len(c), []) for cs, c in header]
            while j < len(lines):
                ls_label, label = lines[j]
                if (not re.search(r"[^\W\d_]{2}", label) or _VALUE_CELL.match(label)
                        or _INDICATOR_CELL.fullmatch(label)):
                    break
                row = _vertical_row(lines, j + 1, cols)
                if row is None:
                    break
                cells, used, j = row
                unit = " ".join(c for kind, (_cs, c) in zip(cols, cells, strict=False) if kind == "unit")
                name = " ".join(label.split()) + (f" ({' '.join(unit.split())})" if unit else "")
                figs = []
                for i, (kind, (cs, c)) in enumerate(zip(cols, cells, strict=False)):
                    m = _VALUE_CELL.match(c) if kind == "own" else None
                    value = _signed_value(m)
                    year = YEAR_RE.fullmatch(cells[years[i]][1].strip()) if years[i] is not None else None
                    if value is None or year is None:
                        continue
                    start = cs + c.index(m.group(2))
                    figs.append(Figure(label=name, value=value,
                                       unit="percent" if "%" in c or "%" in unit or "%" in label else "count",
                                       year=int(year.group(1)), span=span(text, start, start + len(m.group(2)))))
                table.append((ls_label, ls_label + len(label), figs))
                table.extend((cs, cs + len(c), []) for cs, c in used)
            if not any(figs for _s, _e, figs in table):
                break
            out.extend(table)
            done = table[-1][0]
    return out


def _fits_column(kind: str, cell: str) -> bool:
    if kind == "year":
        return bool(YEAR_RE.fullmatch(cell.strip()))
    if kind in ("own", "benchmark"):
        return bool(_VALUE_CELL.match(cell) or _CODE_CELL.match(cell))
    return not _VALUE_CELL.match(cell)  # a unit's or a source's words


def _vertical_row(lines: list[tuple[int, str]], j: int, cols: list[str]
                  ) -> tuple[list[tuple[int, str]], list[tuple[int, str]], int] | None:
    """The cells of one row of a table printed one cell a line, from line j: ((start, cell) per column, the lines
    read, the next line's index), or None where the lines do not fit the columns. A unit's or a source's words may
    take two lines ("%" / "4 t/m 12 jarigen"); a row the text cuts off keeps the cells it has."""
    cells: list[tuple[int, str]] = []
    first = j
    for i, kind in enumerate(cols):
        if j >= len(lines):
            return (cells, lines[first:j], j) if cells else None
        if not _fits_column(kind, lines[j][1]):
            return None
        cs, c = lines[j]
        j += 1
        nxt = cols[i + 1] if i + 1 < len(cols) else None
        if kind in ("unit", "source") and nxt not in (None, "unit", "source") and j + 1 < len(lines) \
                and not _fits_column(nxt, lines[j][1]) and _fits_column(kind, lines[j][1]) \
                and _fits_column(nxt, lines[j + 1][1]):
            c = f"{c} {lines[j][1]}"
            j += 1
        cells.append((cs, c))
    return cells, lines[first:j], j


# The budget's indicators (BBV) printed one row a line under a header that names a unit and a period column
# ("Indicator Eenheid Periode <gemeente> Nederland Bron", "Naam Indicator Eenheid basisjaar ..."): a label with its
# unit, the year measured, the municipality's value and a value to compare it with ("Nederland"), perhaps a source.
_INDICATOR_HEADER = re.compile(r"(?im)^[^\n]{0,40}\beenheid\b[^\n]{0,80}$")
_INDICATOR_HEADER_WORD = re.compile(r"(?i)\b(?:indicator|periode|basisjaar|peiljaar|jaar)\b")
_INDICATOR_LINE = re.compile(rf"^(?P<label>[^\n]*?[^\W\d][^\n]*?)[ \t]+(?P<year>(?:19|20)\d\d)[ \t]+(?P<value>-?(?:{CELL}))"
                             rf"(?:[ \t]+(?P<bench>-?(?:{CELL})))?(?:[ \t]+[^\W\d][^\n\d]*)?[ \t]*$")
INDICATOR_LINE_MAX = 300  # a row is a line of a table: a longer line is prose (and not scanned: the label is lazy)
_INDICATOR_UNIT = re.compile(r"[ \t]+(%|index)(?=[ \t]|$)")


def _inline_indicator_rows(text: str) -> list[tuple[int, int, list[Figure]]]:
    """Rows of an indicator table printed one row a line: each row's value is a figure of the year the row names
    (a share where the unit column says "%", a score for an index), and so is the value beside it that the row is
    compared with (the country's, a size class's: reports and readers quote both)."""
    out: list[tuple[int, int, list[Figure]]] = []
    done = -1
    for h in _INDICATOR_HEADER.finditer(text):
        if h.start() < done or not _INDICATOR_HEADER_WORD.search(h.group(0)):
            continue  # (inside the lines read under the header before: each line is read once)
        rows = []
        lines = _lines_from(text, h.end() + 1, 40)
        done = lines[-1][0] if lines else done
        for ls, line in lines:
            m = _INDICATOR_LINE.match(line) if len(line) <= INDICATOR_LINE_MAX else None
            if not m or _CONTENTS_LINE.match(line):
                continue
            label = m.group("label").strip()
            unit_m = _INDICATOR_UNIT.search(label)
            unit = {"%": "percent", "index": "score"}[unit_m.group(1)] if unit_m else "count"
            name = re.sub(r"\s*\(\d{1,2}\)", "", label[:unit_m.start()] if unit_m else label).strip()
            value = _signed_value(_VALUE_CELL.match(m.group("value")))
            if value is None or not re.search(r"[^\W\d_]{3}", name):
                rows.append((ls, ls + len(line), []))
                continue
            start = ls + m.start("value")
            figs = [Figure(label=name, value=value, unit=unit, year=int(m.group("year")),
                           span=span(text, start, start + len(m.group("value"))))]
            bench = _signed_value(_VALUE_CELL.match(m.group("bench"))) if m.group("bench") else None
            if bench is not None:
                bs = ls + m.start("bench")
                figs.append(Figure(label=name, value=bench, unit=unit, year=int(m.group("year")),
                                   span=span(text, bs, bs + len(m.group("bench")))))
            rows.append((ls, ls + len(line), figs))
        if sum(1 for _s, _e, figs in rows if figs) >= 2:
            out.extend(rows)
    return out


# A table printed with bars ("| Taakveld | Realisatie 2023 | Begroting 2024 |"): a header row whose cells after
# the first name years, then rows of a label and one cell per column.
_PIPE_CELL = re.compile(rf"(-|–)?\s*(?:€\s*)?({CELL})\s*(%)?")
_PIPE_RULE = re.compile(r"[\s|:\-–]*")
_EMPTY_CELL = re.compile(r"[\s\-–—]*|n\.?v\.?t\.?|nb|\?")


def _pipe_spans(line: str) -> list[tuple[int, str]] | None:
    """(offset in the line, text) of each cell of a bar-separated table line ("| a | b |" or "a | b"), or None for
    a line that is no row."""
    if line.count("|") < 2:
        return None
    lo, hi = len(line) - len(line.lstrip()), len(line.rstrip())
    if line.startswith("|", lo):
        lo += 1
    if hi > lo and line[hi - 1] == "|":
        hi -= 1
    out, cs = [], lo
    for i in range(lo, hi + 1):
        if i == hi or line[i] == "|":
            raw = line[cs:i]
            out.append((cs + len(raw) - len(raw.lstrip()), raw.strip()))
            cs = i + 1
    return out


# A table laid out with spaces, as plain-text copies of PDF reports print it ("pdftotext -layout"): its cells
# are apart by two spaces or more (or a tab), the header's columns name years ("Begroting 2022", "2023
# (prognose)", "Zeewolde 2024"), a row's cells stand under the columns they belong to (an empty cell is blank).
_LAYOUT_GAP = re.compile(r"[ \t]{2,}|\t")
_LAYOUT_CELL_MAX = 45


def _layout_spans(line: str) -> list[tuple[int, str]] | None:
    """(offset in the line, text) of each cell of a line laid out with spaces, the first (the label) perhaps
    empty; None for a line of one cell, a line with bars, or running text."""
    if "|" in line or not _LAYOUT_GAP.search(line.strip()):
        return None
    out: list[tuple[int, str]] = []
    cs = 0
    stripped = line.rstrip()
    for g in _LAYOUT_GAP.finditer(stripped):
        if g.start() > cs:
            out.append((cs, stripped[cs:g.start()]))
        elif g.start() == 0:
            out.append((0, ""))  # a header or row without a label: its line starts with the gap
        cs = g.end()
    if cs < len(stripped):
        out.append((cs, stripped[cs:]))
    if len(out) < 2 or any(len(c) > _LAYOUT_CELL_MAX and i for i, (_s, c) in enumerate(out)):
        return None
    return out


_ROW_CODE = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?")  # a taakveld's number before its name ("6.1")
# ... and a row's code in a cell of its own: letters and digits with dots, no space, a digit in it ("A1.01", "TV4.2")
_ROW_ID_CELL = re.compile(r"(?=[^\s]*\d)[A-Za-z0-9][A-Za-z0-9.\-_/]{1,14}")


def _layout_row(header: list[tuple[int, str]], line: str) -> list[tuple[int, str]] | None:
    """A row of a table laid out with spaces under `header`: its label and one cell per column ("" where it is
    blank). A row with a cell for every column takes them in order (a long label may push them right); a row
    with fewer sets each under the column whose header it overlaps or, failing that, ends nearest."""
    spans = _layout_spans(line)
    if spans and len(spans) > 2 and _ROW_CODE.fullmatch(spans[0][1]) and re.search(r"[^\W\d_]", spans[1][1]):
        # "6.1  Samenkracht en burgerparticipatie   8.412": a taakveld's code and name are one label
        spans = [(spans[0][0], f"{spans[0][1]} {spans[1][1]}"), *spans[2:]]
    if spans is None or len(spans[0][1]) > 80 or not re.search(r"[^\W\d_]", spans[0][1]):
        return None
    cols = header[1:]
    values = spans[1:]
    if len(values) > len(cols):
        return None
    if len(values) == len(cols):
        return spans
    out: list[tuple[int, str]] = [(-1, "")] * len(cols)
    for vs, v in values:
        j = _column_under(cols, vs, vs + len(v))
        if out[j][0] != -1:
            return None
        out[j] = (vs, v)
    return [spans[0], *out]


def _column_under(cols: list[tuple[int, str]], vs: int, ve: int) -> int:
    """The header column a cell at vs..ve stands under: the one it overlaps most, else the one ending nearest."""
    def fit(j: int) -> tuple[int, int]:
        hs, he = cols[j][0], cols[j][0] + len(cols[j][1])
        return -max(0, min(ve, he) - max(vs, hs)), abs(ve - he)
    return min(range(len(cols)), key=fit)


_HEADER_UNIT = re.compile(r"\s*(?:\((?:in\s+)?(?:%|€|x\s*€?\s*1\.000|aantal)\)|%)\s*$")
_HEADER_KIND_AFTER = re.compile(r"\s*\((\D{1,20})\)\s*$")  # "2023 (prognose)": the kind after the year


def _pipe_header(cells: list[str], min_years: int = 2) -> list[tuple[str | None, int | None]] | None:
    """(kind, year) per column after the label column, or None when fewer than `min_years` columns name a year."""
    cols: list[tuple[str | None, int | None]] = []
    for c in cells[1:]:
        c = _HEADER_UNIT.sub("", c)
        after = _HEADER_KIND_AFTER.search(c)
        kind_after = _kind(after.group(1)) if after else None
        if kind_after:
            c = c[:after.start()]
        m = HEADER_YEAR_CELL.fullmatch(c)  # "2023 (%)", "Rekening 2023 (x € 1.000)", "2023 (prognose)"
        cols.append((_kind(m.group(1)) or kind_after, int(m.group(2))) if m else (None, None))
    return cols if sum(1 for _k, y in cols if y) >= min_years else None


def _caption_above(text: str, hs: int) -> str:
    """The lines right above a table's header, up to a blank line or the rows of a table before it."""
    lines: list[str] = []
    pos = hs
    while pos > 0 and len(lines) < 3:
        ps = text.rfind("\n", 0, pos - 1) + 1
        line = text[ps:pos - 1]
        if not line.strip() or "|" in line:
            break
        lines.insert(0, line)
        pos = ps
    return "\n".join(lines)


@dataclass(frozen=True)
class _Grid:
    """How a kind of table prints its lines: the cells of a header line (with their offsets), the cells of a row
    under a header, how many year columns make a header, and whether it reads tables of amounts too."""
    header: Callable[[str], list[tuple[int, str]] | None]
    row: Callable[[list[tuple[int, str]], str], list[tuple[int, str]] | None]
    min_years: int
    amounts: bool = True


_PIPES = _Grid(_pipe_spans, lambda _header, line: _pipe_spans(line), 2)
# A table laid out with spaces is a table by its layout: one year column is enough ("Begroting 2022 Bijstelling").
_LAYOUT = _Grid(_layout_spans, _layout_row, 1)


# A table copied with single spaces between its cells ("Indicator 2022 2023 2024 2025" / "Meldingen overlast 41 37 35 -"),
# each row perhaps followed by a sentence that explains it: the header's years are three or more, each row's last
# cells one per year.
_SPACED_HEADER = re.compile(r"(?P<label>[^\d\n|]{0,40}?)[ \t]*(?P<years>(?:19|20)\d\d(?:[ \t]+(?:19|20)\d\d){2,11})[ \t]*")
_SPACED_YEAR = re.compile(r"(?:19|20)\d\d")
_SPACED_CELL = re.compile(rf"(?:{CELL})%?|–|n\.?v\.?t\.?", re.I)
_SPACED_TOKEN = re.compile(r"\S+")
_THOUSANDS = re.compile(r"\d\.\d{3}(?!\d)")


def _spaced_header(line: str) -> list[tuple[int, str]] | None:
    m = _SPACED_HEADER.fullmatch(line)
    if m is None or "  " in line or "\t" in line:
        return None  # (a table laid out with wider gaps is the layout reader's)
    return [(0, m.group("label").strip()),
            *((m.start("years") + y.start(), y.group(0)) for y in _SPACED_YEAR.finditer(m.group("years")))]


def _spaced_row(header: list[tuple[int, str]], line: str) -> list[tuple[int, str]] | None:
    """A row of a single-spaced table: a label and its last cells, one per year column; a sentence that explains
    the row above is a row without cells (the table goes on under it)."""
    n = len(header) - 1
    tokens = list(_SPACED_TOKEN.finditer(line))
    if len(tokens) > n and all(_SPACED_CELL.fullmatch(t.group(0)) for t in tokens[-n:]):
        if any(_THOUSANDS.search(t.group(0)) for t in tokens[-n:]):
            return None  # amounts ("Lasten 12.345.678 12.601.000 ..."): a budget table, its readers' (see _SINGLE_SPACED)
        label = line[:tokens[-n].start()].strip()
        if re.search(r"[^\W\d_]{2}", label) and not _SPACED_CELL.fullmatch(tokens[-n - 1].group(0)):
            return [(0, label), *((t.start(), t.group(0)) for t in tokens[-n:])]
        return None
    if line.rstrip().endswith((".", ")")) and len(tokens) >= 6:
        return [(0, "")] + [(-1, "")] * n  # an explanation under the row
    return None


# (a single-spaced table of amounts is left to the readers of budget tables, whose kinds of column it needs)
_SINGLE_SPACED = _Grid(_spaced_header, _spaced_row, 3, False)


def _spaced_rows(text: str, multipliers, report_year: int | None) -> list[tuple[int, int, list[Figure]]]:
    """Rows of single-spaced tables under a header of three or more years (see _grid_rows)."""
    return _grid_rows(text, multipliers, report_year, _SINGLE_SPACED)


def _pipe_rows(text: str, multipliers, report_year: int | None) -> list[tuple[int, int, list[Figure]]]:
    """Rows of bar-separated tables (see _grid_rows)."""
    return _grid_rows(text, multipliers, report_year, _PIPES) if "|" in text else []


# The columns of a budget table in two header lines: kinds over groups of amounts ("| Primitieve begroting | Begroting
# na wijzigingen | Realisatie | Verschil |"), then each group's "Baten | Lasten | Saldo" (the BBV's overview per
# taakveld prints it so).
_AMOUNT_SUBCOLUMN = re.compile(r"(?i)baten|lasten|saldo|uitgaven|inkomsten")
_DIFFERENCE_GROUP = re.compile(r"(?i)\s*(?:verschil|afwijking)")


def _grouped_pipe_rows(text: str, multipliers, report_year: int | None) -> list[tuple[int, int, list[Figure]]]:
    """Rows of such a table: of each row the spending ("Lasten") of the group that was realised (else the last
    plan), labelled with its row, its sub-column and its group."""
    if "|" not in text:
        return []
    out: list[tuple[int, int, list[Figure]]] = []
    done = -1
    starts = sorted({text.rfind("\n", 0, q) + 1 for w in _AMOUNT_HEADS
                     for q in occurrences(text, w) if not text[text.rfind("\n", 0, q) + 1:q].strip(" \t|")})
    for sm in (m for ls in starts if (m := _SUBCOLUMN_LINE.match(text, ls))):
        if sm.start() <= done:
            continue
        sub_line = _line_at(text, sm.start(), sm.start())
        hs = _previous_line(text, sub_line[0])
        if hs is not None and _PIPE_RULE.fullmatch(text[hs[0]:hs[1]]):
            hs = _previous_line(text, hs[0])  # "---|---|---" between the two header lines
        if hs is None:
            continue
        head = text[hs[0]:hs[1]]
        cells = _pipe_spans(head)
        groups = [c for _o, c in cells[1:] if c] if cells else []
        kinds = ["difference" if _DIFFERENCE_GROUP.match(g) else _kind(g) for g in groups]
        if len(groups) < 2 or not all(kinds) or any(k == "forecast" for k in kinds):
            continue
        sub = [c for _o, c in (_pipe_spans(text[sub_line[0]:sub_line[1]]) or []) if c]
        per = len(sub) // len(groups)
        if per < 2 or per * len(groups) != len(sub) or not all(_AMOUNT_SUBCOLUMN.fullmatch(c) for c in sub):
            continue
        own = [g for g, k in enumerate(kinds) if k == "actual"] or [g for g, k in enumerate(kinds) if k == "plan"]
        names = [c.lower() for c in sub[:per]]
        spent = names.index("lasten") if "lasten" in names else names.index("uitgaven") if "uitgaven" in names else 0
        col = own[-1] * per + spent
        group = " ".join(groups[own[-1]].split()).lower()
        year_m = YEAR_RE.search(group)
        factor, _euro = _multiplier_for(text, hs[0], hs[1], multipliers, header=True)
        out.append((hs[0], hs[1], []))
        out.append((sub_line[0], sub_line[1], []))
        pos = sub_line[1] + 1
        while pos < len(text):
            rs, re_ = _line_at(text, pos, pos)
            row = _pipe_spans(text[rs:re_])
            if not row:
                break
            figs = []
            label = row[0][1]
            if len(row) > col + 1 and re.search(r"[^\W\d_]", label):
                off, cell = row[col + 1]
                value = _signed_value(_VALUE_CELL.match(cell))
                if value is not None:
                    figs.append(Figure(label=f"{' '.join(label.split())}, {names[spent]} ({group})",
                                       value=value * factor, unit="EUR",
                                       year=int(year_m.group(1)) if year_m else report_year,
                                       span=span(text, rs + off, rs + off + len(cell))))
            out.append((rs, re_, figs))
            pos = re_ + 1
        done = pos
    return out


# the second header line of such a table: its first cell names amounts
_AMOUNT_HEADS = ("Baten", "Lasten", "Uitgaven", "Inkomsten")
_SUBCOLUMN_LINE = re.compile(rf"[ \t|]*(?:{'|'.join(_AMOUNT_HEADS)})[ \t]*\|")


def _previous_line(text: str, ls: int) -> tuple[int, int] | None:
    """The non-blank line before the line that starts at ls."""
    pos = ls - 1  # the line break that ends the line before
    while pos > 0:
        ps = text.rfind("\n", 0, pos) + 1
        if text[ps:pos].strip():
            return ps, pos
        pos = ps - 1
    return None


def _layout_rows(text: str, multipliers, report_year: int | None, taken: set[int]) -> list[tuple[int, int, list[Figure]]]:
    """Rows of tables laid out with spaces (see _grid_rows), but for tables another reader took a line of."""
    if "  " not in text and "\t" not in text:
        return []
    return _grid_rows(text, multipliers, report_year, _LAYOUT, taken)


def _grid_rows(text: str, multipliers, report_year: int | None, grid: _Grid,
               taken: set[int] = frozenset()) -> list[tuple[int, int, list[Figure]]]:
    """Rows of tables whose header's cells name years: each cell a figure of its column's year. A table of
    amounts keeps the report's own column as the other year-column readers do; a table of indicators (no
    amounts) keeps every year column, each a measurement of its year. The multiplier above a table governs that
    table only."""
    out: list[tuple[int, int, list[Figure]]] = []
    headers: list[int] = []
    pos = 0
    n = len(text)
    while pos < n:
        le = text.find("\n", pos)
        le = n if le == -1 else le
        header = grid.header(text[pos:le])
        cols = _pipe_header([c for _s, c in header], grid.min_years) if header else None
        if not cols:
            pos = le + 1
            continue
        hs = pos
        header_cells = [c for _s, c in header]
        # a column that gives each row's unit ("Eenheid": "%", "% van de jongeren", "Aantal per 1.000 inwoners")
        unit_col = next((i for i, c in enumerate(header_cells) if i and _UNIT_COLUMN_CELL.fullmatch(c.strip())), None)
        table: list[tuple[int, int, list[Figure]]] = []
        own = [f for p, f, _e in multipliers[bisect_left(multipliers.keys, -le + 1):bisect_right(multipliers.keys, -hs)]]
        # a multiplier in the header itself: "| | Rekening 2023 (x € 1.000) |"
        factor, _euro = (own[0], True) if own else _multiplier_for(text, hs, hs, multipliers, header=True)
        if factor != 1.0 and not own and headers:
            i = bisect_right(multipliers.keys, -hs)
            mpos = multipliers[i][0] if i < len(multipliers) else -1
            if mpos < headers[-1]:  # headers go down the text: the one before this is the nearest
                factor = 1.0  # the multiplier belongs to a table above this one
        headers.append(hs)
        first_row = text[le + 1:text.find("\n", le + 1) if text.find("\n", le + 1) != -1 else len(text)]
        euro = factor != 1.0 or bool(re.search(r"(?i)€|\beuro\b|bedrag|\bbaten\b|\blasten\b|\bkosten\b",
                                               _caption_above(text, hs) + text[hs:le])) or "€" in first_row \
            or bool(_AMOUNT_CELL_ROW.match(text, le + 1)) or bool(_AMOUNT_CELL_ROW.match(text, le + 2 + len(first_row)))
        known = [(k, y) for k, y in cols if y is not None]
        keep_known = iter(_reported_columns(known, report_year) if euro else _measured_columns(known, report_year))
        keep = [next(keep_known) if y is not None else False for _k, y in cols]
        keep_of = _row_columns(cols, keep, euro)
        group = None  # the row name a group of amount rows ("6.3 Inkomensregelingen | Lasten |", "Baten |") shares
        pos = le + 1
        while pos < n:
            le = text.find("\n", pos)
            le = n if le == -1 else le
            line = text[pos:le]
            row = grid.row(header, line)
            if row is None or _pipe_header([c for _s, c in row], grid.min_years) or _years_only(row[1:]):
                break  # (a row of years alone heads the next table: "Bedragen x € 1.000 | 2025 |")
            if _PIPE_RULE.fullmatch(line):
                pos = le + 1
                continue
            label = re.sub(r"\s+", " ", row[0][1]).strip(" :")
            cells = row[1:]
            if len(row) > 2 and (_ROW_ID_CELL.fullmatch(label) or _ROW_CODE.fullmatch(label)) \
                    and re.search(r"[^\W\d_]{3}", row[1][1]) and not _PIPE_CELL.fullmatch(row[1][1].strip()):
                # "A1.01 | Wijkteams | 1.200 | ...", "1 | Bijdrage GGD | 1.200 | ...": the row's code or number in a
                # cell of its own before its name. Where the header names the two with one cell ("Omschrijving |
                # 2030"), the amounts stand one cell further; where it has a column for each ("Nr. | Omschrijving |
                # 2030"), the name's cell is under a column without a year and the amounts are in their places.
                label = re.sub(r"\s+", " ", row[1][1]).strip(" :")
                if cols[0][1] is not None:
                    cells = row[2:]
            if len(row) > 2 and _AMOUNT_SUBCOLUMN.fullmatch(row[1][1].strip()) and cols[0][1] is not None:
                # "6.3 Inkomensregelingen | Lasten | 21.512 | ...": the kind of amount in a cell of its own, under the
                # header's first year column (the header spans the row's name and its kind), the amounts one cell further
                group, label, cells = label, f"{label}, {row[1][1].strip().lower()}", row[2:]
            elif group and _AMOUNT_SUBCOLUMN.fullmatch(label):
                label = f"{group}, {label.lower()}"  # "Baten | 18.246 | ...": the next amount of that row
            else:
                group = None
            figs = []
            row_keep = keep_of(label)
            if re.search(r"[^\W\d_]", label):
                percent_row = "%" in label or (unit_col is not None and unit_col < len(row)
                                               and row[unit_col][1].strip().startswith("%"))
                previous = None
                for i, ((_k, year), kept, (cs, cell)) in enumerate(zip(cols, row_keep, cells, strict=False)):
                    if euro and (acc := _ACCOUNTING_NEGATIVE.fullmatch(cell)):
                        cell = cell[:acc.start(1)] + "-" + acc.group(2)  # "(12.345)": a negative amount
                    m = _PIPE_CELL.fullmatch(cell)
                    if not (m and kept and year) or _EMPTY_CELL.fullmatch(cell):
                        continue
                    value = _signed_value(m)
                    if value is None:
                        continue
                    repeated, previous = value == previous and euro, value
                    if repeated:
                        continue
                    if m.group(3) or percent_row or (i + 1 < len(header_cells) and "%" in header_cells[i + 1]):
                        unit = "percent"
                    elif euro:
                        unit, value = "EUR", value * factor
                    else:
                        unit = "count"
                    start = pos + cs + cell.index(m.group(2))
                    figs.append(Figure(label=label, value=value, unit=unit, year=year,
                                       span=span(text, start, start + len(m.group(2)))))
            table.append((pos, le, figs))
            pos = le + 1
        if factor == 1.0 and table and (below := _multiplier_below(text, pos, multipliers)) is not None:
            for f in (f for _ls, _le, figs in table for f in figs if f.unit in ("count", "EUR")):
                f.value, f.unit = f.value * below, "EUR"  # "Bedragen x 1.000" on the line under the table
        if not any(ls in taken for ls, _le, _f in table) and (grid.amounts or not euro):
            out.extend(table)
    return out


def _years_only(cells: list[tuple[int, str]]) -> bool:
    """Whether the cells hold years and nothing else (one at least)."""
    full = [c.strip() for _s, c in cells if c.strip()]
    return bool(full) and all(re.fullmatch(r"(?:19|20)\d\d", c) for c in full)


# A budget table's first row names an amount: "Baten | 12.300 | ...", "Lasten | ..."
_AMOUNT_CELL_ROW = re.compile(r"(?i)[ \t|]*(?:baten|lasten|uitgaven|inkomsten)[ \t]*\|")
# "(12.345)": an amount in brackets is a negative one, as accountants write it
_ACCOUNTING_NEGATIVE = re.compile(r"[ \t]*(\()[ \t]*((?:€[ \t]*)?\d{1,3}(?:\.\d{3})*(?:,\d+)?)[ \t]*\)[ \t]*")


def _multiplier_below(text: str, pos: int, multipliers) -> float | None:
    """The multiplier a short line right under a table states ("Bedragen x 1.000 |"), or None."""
    le = text.find("\n", pos)
    le = len(text) if le == -1 else le
    if len(text[pos:le].strip(" \t|")) > 40:
        return None
    keys = multipliers.keys
    under = multipliers[bisect_left(keys, -le):bisect_right(keys, -pos)]
    return under[0][1] if under else None


MAX_FIGURES = 15  # the annotation guideline keeps up to 15 clear numbers per report
# What a figure of the social domain counts (clients, benefits, care, youth, debts): before a page's other figures
# (its area, its roads, its schools' pupils) where there are more than a reader keeps
SOCIAL_LABEL = re.compile(r"(?i)wmo|jeugd|bijstand|uitkering|cli[eë]nt|participatie|zorg|welzijn|ondersteuning|"
                          r"mantelzorg|armoede|schuld|minima|dagbesteding|begeleiding|beschermd|opvang|huishoudelijk|"
                          r"wsw|leerlingenvervoer|inburgering|statushouder|re-integratie|sociaal|sociale|"
                          r"huisuitzetting|dakloos|daklozen|werkloos|werkloze|eenzaam|vrijwillig")
SOCIAL_BONUS = 0.75
# A table's total ("Totaal lasten", "Lasten totaal programma 6"): what a reader of a budget table takes first
TOTAL_LABEL = re.compile(r"(?i)\btota(?:al|le)\b")
TOTAL_BONUS = 1.5
ROW_PENALTY = 1.5  # a row's second figure scores below the first figure of any other number of its unit
UNIT_WEIGHT = {"EUR": 3.0, "weeks": 2.5, "years": 1.0, "score": 2.0, "count/day": 2.0, "count": 1.5, "percent": 1.0}


def _select(figs: list[Figure], explicit_of: dict[int, bool], last: set[int] = frozenset(),
            report_year: int | None = None) -> list[Figure]:
    """Keep the clearest numbers: money, durations and dated volumes before bare small counts and shares."""
    if len(figs) <= MAX_FIGURES:
        return figs

    # A table row gives one figure per year column; a reader keeps one or two of them and the other numbers of the
    # text: each further figure of the same row (its label) counts for less, the report's own year first, then the
    # latest years.
    rank: dict[int, int] = {}
    rows: dict[str, list[Figure]] = {}
    for f in figs:
        if f.label:  # (a row split into parts names each part after the row's label: "X, lasten", "X, baten")
            rows.setdefault(f.label.removesuffix(f", {f.column}") if f.column else f.label, []).append(f)
    for same in rows.values():
        for r, f in enumerate(sorted(same, key=lambda g: (g.year != report_year, -(g.year or 0)))):
            rank[id(f)] = r

    def score(i_f):
        i, f = i_f
        s = UNIT_WEIGHT.get(f.unit, 1.0)
        if explicit_of.get(id(f)):
            s += 1.0
        if f.unit == "count" and f.value >= 100:
            s += 0.5
        if f.unit == "count" and f.value < 10:
            s -= 0.5
        if SOCIAL_LABEL.search(f.label):
            s += SOCIAL_BONUS
        if TOTAL_LABEL.search(f.label):
            s += TOTAL_BONUS
        s -= ROW_PENALTY * rank.get(id(f), 0)
        return (id(f) in last, -s, -abs(f.value), i)  # among equals, the larger amounts

    keep = sorted(enumerate(figs), key=score)[:MAX_FIGURES]
    return [f for _i, f in sorted(keep)]


_BULLET_BEFORE = re.compile(r"(?m)^[ \t]*[•·▪◦*\-–][ \t]*$")
_MONTH_BEFORE = re.compile(rf"(?i)\b\d{{1,2}}\s+{MONTHS}\s+$")  # ("29 november " before a year)
_DATE_AFTER = re.compile(rf"\s*{MONTHS}|\s*(?:en|t/m|tot|[-–])\s*\d{{1,2}}\s+{MONTHS}", re.I)  # ("op 8 en 22 mei")
# how long ago something happened: "ruim drie maanden geleden geplaatst"
_AGO_AFTER = re.compile(r"(?i)[ \t]+(?:dagen|dag|weken|week|maanden|maand|jaren|jaar)[ \t]+geleden\b")
# a section's number in a report site's navigation line: "Terug naar navigatie - 3 Thema Werk - Wat doen we"
_NAVIGATION_BEFORE = re.compile(r"(?m)^[ \t]*Terug naar navigatie\b[^\n]*[-–][ \t]*$")
# "realiseerde in Bolsward 16 kleine woningen": a place after "in" and a plural after the number make it a count
_IN_PLACE_BEFORE = re.compile(r"\b(?:[Ii]n|te)\s+[A-Z][a-zë]+\s+$")
_PLURAL_COUNTED_AFTER = re.compile(r"\s+(?:[a-zë]+e\s+)?([a-zë]{3,}(?:en|s))\b(?!\s+(?:we|wij|zij|ze|er)\b)")
_LIST_CAP = re.compile(r"[.)]\s+[A-Z]")
_LIST_WORD = re.compile(r"[.)]\s+\w")
_LIST_OPEN = re.compile(r"(?:^|[,:;]|\n)\s*$")
_CAPS_AFTER = re.compile(r"\s+[A-Z]{3,}")
_PROGRAMME_BEFORE = re.compile(r"(?i)programma\s*:?\s*$")
_LETTER_AFTER = re.compile(r"[a-z]\b")
_REFERENCE_BEFORE = re.compile(r"(?i)(?:bijlage|hoofdstuk|paragraaf|artikel|artikelen|\bart\.|pagina|blz\.?|nr\.?|nummer|versie|fase|stap|Q|taakveld"
                               r"|kwartaal|top|doelstelling|doel|speerpunt|thema|prioriteit|actiepunt|maatregel|scenario|variant|optie|module|punten?"
                               r"|lid|postbus|week|groep|ronde|\bdeel|pagina\s*\d+\s*(?:van|/)|pagina[ \t]*\|)"
                               r"\s*:?\s*(?:\d+\s*(?:,|en|t/m|tot|-)\s*)*$")
# A street's name before a house number ("Marktplein 2", "Dorpsstraat 14a")
_STREET_BEFORE = re.compile(r"[A-Z][\w'’\-]*(?:straat|laan|weg|plein|singel|kade|gracht|steeg)[ \t]+$")
# A telephone number ("088 - 123 45 67", "+31 6 12 34"), a postcode ("3511 ED"), a ratio ("3 op de 10").
_PHONE_BEFORE = re.compile(r"(?:\b0\d{1,3}|\+31[ \t]?\d{1,3})(?:[ \t\-]+\d{1,4})*[ \t\-]+$")
_AREA_CODE_AFTER = re.compile(r"[ \t]0\d{2,3}\b")
_POSTCODE_AFTER = re.compile(r"[ \t]?[A-Z]{2}\b")
_AGE_BOUND_BEFORE = re.compile(r"(?i)\b(?:jonger|ouder)[ \t]+dan[ \t]+$")
_RATIO_AFTER = re.compile(r"\s+op\s+(?:de|het|elke|iedere)\s+\d|\s+:\s*\d")
_RATIO_BEFORE = re.compile(r"\d\s+op\s+(?:de|het|elke|iedere)\s+$")
_APPROX_BEFORE = re.compile(rf"(?i)\b(?:{_APPROX_WORDS})\s*$")
_LOWER_WORD_AFTER = re.compile(r"[ \t]+[a-z]")


_RUN_POINT = re.compile(r"(?:^|[;:][ \t]*|\n[ \t]*)(\d{1,2})[ \t]+[a-z]")


_ITEM_NUMBER_LINE = re.compile(r"\n[ \t]*(\d{1,2})[ \t]*(?=\n|\Z)")  # (from the line break before: found fast)
_TITLE_LINE_AFTER = re.compile(r"\s*[A-Z][^\n]*[a-z][^\n]*")


def _item_numbers(text: str) -> set[int]:
    """Where the items of a numbered list stand, each number alone on its line above its title ("1" / "Besluitenlijst
    ..." / "2" / "Adviesnota ..."): 1, 2, 3 and on in the text's order, three at least; no figures."""
    out: set[int] = set()
    run: list[int] = []
    for m in _ITEM_NUMBER_LINE.finditer("\n" + text):  # (offsets one on: the line break put before the text)
        n, at, end = int(m.group(1)), m.start(1) - 1, m.end() - 1
        if not _TITLE_LINE_AFTER.match(text, end):
            continue
        if n == len(run) + 1:
            run.append(at)
        elif n == 1:
            if len(run) >= 3:
                out.update(run)
            run = [at]
    if len(run) >= 3:
        out.update(run)
    return out


def _numbered_in_run(text: str, s: int, n: int) -> bool:
    """Whether the number n at s has a neighbour number of the same run of points nearby ("; 3 de ...")."""
    return any(abs(int(m.group(1)) - n) == 1 for m in _RUN_POINT.finditer(text[max(0, s - 300):s + 300]))


_SECTION_DASH_AFTER = re.compile(r"-[ \t]+[A-Z][a-z]")
_QUOTED_NAME_AFTER = re.compile(r"[ \t]*[“\"‘][A-Z]")
_RANGE_AFTER = re.compile(r"\s*[-–]\s*\d")
_RANGE_BEFORE = re.compile(r"\d\s*[-–]\s*$")
_TIME_AFTER = re.compile(r"\s*(?:uur|:\d)|:\d\d")
_DISTANCE_SOCIETY_AFTER = re.compile(r"(?i)[ \t]*(?:-[ \t]*)?meter[ \t-]*(?:samenleving|regels?|maatregel(?:en)?|afstand)")
_AREA_AFTER = re.compile(r"[ \t]*(?:ha|hectare|hectares|km2|km²|m2|m²|vierkante[ \t]+(?:meter|kilometer))(?![\w])")
# an age and all above it: "ouderen van 75 jaar en ouder", "uitkeringen per 100 inwoners 18 jr. eo"
_AGE_AND_OLDER = re.compile(r"(?i)[ \t]+(?:jaar|jr\.?)[ \t]+(?:en[ \t]+ouder|e\.?o\.?(?!\w))")
_AGE_SUFFIX = re.compile(r"-?(?:uurs|jarige|jarigen|plus|\+)")
# "2022/2023", "12:30", "1 : 3"; but "Resultaat: 75 mensen" names its value.
_SLASH_BEFORE = re.compile(r"[/:]\s*$")
_CELL_BEFORE = re.compile(r"\|\s*$")
# "minstens 8,0 (in 2021:7,8)", "1.410 (2023: 1.380)": the value of that year in brackets, no time of day
# "uitgaven doel 2 (x 1.000 euro): 4.512,00", "Uitgaven (in €): 12.500": a label whose bracket gives the unit, then
# the value closing its line or sentence
_UNIT_BRACKET_COLON_BEFORE = re.compile(r"(?i)\((?:x|×|in|bedragen[ \t]+(?:x|in))[ \t]*(?:€[ \t]*)?[\d.]*[ \t]*"
                                        r"(?:euro|€|duizend|miljoen|mln)?\)[ \t]*:[ \t]*(?:€[ \t]*)?$")
_VALUE_CLOSES = re.compile(r"[ \t]*(?:[.;,]?[ \t]*(?:\n|$)|[.;][ \t])")
_NUMBER_BEFORE_BRACKET = re.compile(r"(\d[\d.,]*\d|\d)[ \t]*%?[ \t]*$")
_BRACKET_YEAR_COLON_BEFORE = re.compile(r"\((?:in[ \t]+)?(?:19|20)\d\d[ \t]*:[ \t]*$")
_AGES_BETWEEN_AFTER = re.compile(r"[ \t]+(?:en|tot|t/m)[ \t]+\d{1,2}[ \t]+(?:jaar|jarigen?)\b")
_AGES_BETWEEN_BEFORE = re.compile(r"(?i)\btussen[ \t]+(?:de[ \t]+)?\d{1,2}[ \t]+(?:en|tot)[ \t]+$")
_COMPOUND_AFTER = re.compile(r"-[a-zë]{3,}")
# An item of a list of key figures: "• Huishoudens met bijstandsuitkeringen: 200", "• Percentage gevaccineerd: 97,1%
# (volgens ...)" under "Kengetallen" or "Indicatoren": the label, a colon, the value closing the item.
_KEY_ITEM_BEFORE = re.compile(r"(?:^|\n)[ \t\u00a0]*[•\-–*▪][ \t\u00a0]+[A-Z][^:\n]{3,90}:[ \t]*\Z")
# (with its unit: "• Gemiddelde wachttijd: 3 weken")
_KEY_ITEM_AFTER = re.compile(r"[ \t]*(?:%|procent|weken|week|dagen|dag|maanden|jaar|uur|keer)?[ \t]*"
                             r"(?:\([^()\n]{1,80}\))?[ \t]*(?:\n|\Z)")
_KEY_FIGURES_HEAD = re.compile(r"(?i)kengetal|indicator|kerncijfer|cijfers\b|prestatie")

_YEARS_AFTER = re.compile(r"\s*(?:jaar|jarigen?)\b")
_AGE_BEFORE = re.compile(r"(?i)(?:van|tot|vanaf)\s*$|\bjongeren\b")
_X_LINE_BEFORE = re.compile(r"(?i)(?:^|\n)\s*x\s*€?\s*$")
# A line that holds nothing but a page or note marker ("(3)") or a list number before a number ("2. 3", as an
# agenda prints its items) numbers the page, not something counted.
_MARKER_LINE = re.compile(r"[ \t]*(?:\(\d{1,3}\)|\d{1,3}[.)][ \t]+\d{1,3}|\d{1,3}[.)]?)[ \t]*")
# The counters a document site prints under its share button ("Copied!" / 253 / 0) and the like.
_WIDGET_LINE = re.compile(r"(?i)[ \t]*(?:copied!?|gekopieerd!?|share\b.*|delen\b.*|downloads?|views?|weergaven"
                          r"|likes?|bekeken|\d+[ \t]*(?:views|downloads))[ \t]*")
_PAGE_MARK = re.compile(r"[ \t]*\(\d{1,3}\)[ \t]*")
_BARE_NUMBER_LINE = re.compile(r"[ \t]*[\d.,]+[ \t]*")
# The document's own title with its year, as a page's running head ("Programmabegroting 2021" / "" / "1"):
# the bare number under it is the page number.
_RUNNING_TITLE = re.compile(rf"(?i)[ \t]*[\w \-]{{0,40}}?(?:{ref.cycle_words(*ref.cycle_kinds())}|uitvoeringsprogramma)"
                            rf"[\w \-]{{0,40}}?{YEAR_SPAN}[ \t]*")
_FROM_BEFORE = re.compile(r"\bvan\s+(?:€\s*)?$")
_TO_AFTER = re.compile(r"\s+naar\s+(?:€\s*)?\d")
_YEAR_BEFORE = re.compile(r"(?:19|20)\d\d[ \t]+$")
_RUNNING_TITLE_BEFORE = re.compile(r"(?:^|\n)" + _RUNNING_TITLE.pattern[4:] + r"[ \t]+$", re.I)
# "Geëscaleerde zorg 18-", "jeugdigen 18-", "zorg 18- J. Jansen" (a portfolio line): under that age.
_AGE_MINUS_AFTER = re.compile(r"-(?=[,;).]|[ \t]*\(|[ \t]+(?:en|of|jaar)\b|[ \t]*$|[ \t]*\n|[ \t]+[A-Z])")
# An upper age ("tot en met 23 jaar", "jonger dan 18 jaar").
_AGE_LIMIT_BEFORE = re.compile(r"(?i)\b(?:t/m|tot en met|tot|onder de|boven de|jonger dan|ouder dan|vanaf|van)\s*$")
# "afgerond op een veelvoud van € 1.000": how the amounts are rounded, no amount itself.
_ROUNDING_BEFORE = re.compile(r"(?i)\b(?:veelvoud(?:en)? van|afgerond op(?: hele)?|afgerond naar)\s*(?:€\s*)?$")


_UNIT_IN_BEFORE = re.compile(r"(?i)\bin\s+€\s*$")
# "(bijvoorbeeld twee jaar)": an example, not a figure.
_EXAMPLE_BEFORE = re.compile(r"(?i)\b(?:bijvoorbeeld|bijv\.|bv\.|b\.v\.)\s*$")
_RATE_BASE_BEFORE = re.compile(r"(?i)\bper\s+$")
# "2022: 367" on a line of its own: a value of that year.
_YEAR_COLON_BEFORE = re.compile(r"(?:^|\n)[ \t•\-–*]*(?:19|20)\d\d[ \t]*:[ \t]*$")


# such a code opening a line before a capitalised name
_CODE_LINE = re.compile(rf"[ \t•\-–*]*{TAAKVELD_CODE}[ \t]+[A-Z(]")


def _in_code_list(text: str, s: int) -> bool:
    """Whether the number at `s` opens its line as a code before a name, and the line above or below opens so too."""
    ls = text.rfind("\n", 0, s) + 1
    if text[ls:s].strip(" \t•-–*") or not _CODE_LINE.match(text, ls):
        return False
    prev_start = text.rfind("\n", 0, max(0, ls - 1)) + 1
    le = text.find("\n", s)
    return (ls > 0 and bool(_CODE_LINE.match(text, prev_start, ls))) or (le != -1 and bool(_CODE_LINE.match(text, le + 1)))


# a table's cell that lists three or more taakveld codes and nothing else: "| 6.71, 6.72, 6.82 |"
_CELL_CODE = r"[0-8][.,]\d{1,3}[a-z]?"  # (TAAKVELD_CODE, its point mistyped as a comma too)
_CODE_CELL_RUN = re.compile(rf"\|[ \t]*{_CELL_CODE}(?:[ \t]*,[ \t]*{_CELL_CODE}){{2,}}[ \t]*\|")


def _in_code_cell(text: str, s: int, e: int) -> bool:
    """Whether the number at s..e stands in a table cell of taakveld codes (_CODE_CELL_RUN)."""
    ls, le = _line_at(text, s, e)
    cell_start = text.rfind("|", ls, s)
    if cell_start < 0 or "|" not in text[e:le]:
        return False
    m = _CODE_CELL_RUN.match(text, cell_start)
    return bool(m) and m.end() > e


# A document-copy site's header above the copied text: its search box, the document's title and share counters, down
# to its line "Hele tekst" ("No results found" / its title / ... / "Copied!" / a count / "Bezig met laden...." / "Hele tekst")
_COPY_HEADER = re.compile(r"(?m)^Bezig met laden\.*.*\n(?:[ \t]*\n)*Hele tekst[ \t]*$")


def _copy_site_header_end(text: str) -> int:
    m = _COPY_HEADER.search(text, 0, 1200) if "Hele tekst" in text[:1200] else None
    return m.end() if m else 0


def _line_at(text: str, s: int, e: int) -> tuple[int, int]:
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    return ls, len(text) if le == -1 else le


def _page_furniture(text: str, s: int, e: int) -> bool:
    """A number on a line of its own that is a page or list marker ("(3)", "2. 3"), or a counter of a
    document site's share widget ("Copied!" with the counts below it)."""
    # A line over 80 characters holds no marker: seen from a window either side, without scanning
    # the whole paragraph for its line ends (the same answer as the length test below).
    if s > 81 and text.rfind("\n", s - 81, s) == -1:
        return False
    if e + 81 <= len(text) and text.find("\n", e, e + 81) == -1:
        return False
    ls, le = _line_at(text, s, e)
    if le - ls > 80:
        return False  # a line of running text or a table row, no marker
    line = text[ls:le]
    if _MARKER_LINE.fullmatch(line) and ("(" in line or "." in line.strip()[:-1] or ")" in line):
        return True
    if line.count("|") == 1:
        sides = [x.strip() for x in line.split("|")]
        if any(re.fullmatch(r"\d{1,4}", x) for x in sides) and any(re.search(r"[^\W\d_]", x) for x in sides):
            return True  # "Jaarverslag 2023 | 45", "45 | Sociaal domein": a page's running head and its number
    if not _BARE_NUMBER_LINE.fullmatch(line):
        return False
    pos = ls
    for _ in range(4):  # up through other bare numbers to the line with words
        if pos <= 0:
            return False
        ps = text.rfind("\n", 0, pos - 1) + 1
        above = text[ps:pos - 1]
        pos = ps
        if _BARE_NUMBER_LINE.fullmatch(above) or not above.strip():
            continue
        return bool(_WIDGET_LINE.fullmatch(above) or _PAGE_MARK.fullmatch(above) or _RUNNING_TITLE.fullmatch(above))
    return False
_CODE_BEFORE = re.compile(r"(?i)\b(?:RV|Z|nr)\W*$")


# "(pdf, 5 MB)": the size of a download, no figure of the report.
_FILE_SIZE_AFTER = re.compile(r"\s*(?:[kKMGT]B|[kKMG]byte|bytes?)\b")
# "Wijkkracht (0)50": a bracketed digit glued to the word after it is part of a name.
_GLUED_AFTER = re.compile(r"\)\w")


_NUMBERED_LINE = re.compile(r"[ \t\u00a0]*\d{1,3}[.)][ \t\u00a0]+[A-Z]")


def _numbered_sibling(text: str, s: int, e: int) -> bool:
    """The nearest line with text before or after the number's line opens with a number and a capital too: a
    numbered list (a single line "120. Daarnaast ..." may be a sentence wrapped after its count)."""
    a, b = _line_at(text, s, e)
    before = text[max(0, a - 300):a].rstrip().rsplit("\n", 1)[-1]
    after = text[b:b + 300].lstrip().split("\n", 1)[0]
    return bool(_NUMBERED_LINE.match(before) or _NUMBERED_LINE.match(after))


def _key_figure_item(text: str, s: int, e: int) -> bool:
    """Whether the number closes an item of a bulleted list of key figures ("• Label: 200" under "Kengetallen")."""
    ls = text.rfind("\n", 0, s) + 1
    return bool(_KEY_ITEM_BEFORE.search(text, max(0, ls - 1), s) and _KEY_ITEM_AFTER.match(text, e)
                and _KEY_FIGURES_HEAD.search(text, max(0, ls - 600), ls))


_SIZE_CLASS_BEFORE = re.compile(r"grootteklassen?[ \t]+(?:van[ \t]+)?(?:[\d.]+[ \t]+(?:tot|à|-|–)[ \t]+)?$")


def _skip(raw: str, value: float, before: str, after: str, text: str, s: int, e: int) -> bool:
    small = value < 30 and "," not in raw
    if _FILE_SIZE_AFTER.match(after) or (before.endswith("(") and _GLUED_AFTER.match(after)):
        return True
    if len(raw) > 1 and raw[0] == "0" and raw[1].isdigit():
        return True  # "088", "0800", "04 SOCIAAL DOMEIN": a code, never a count
    if len(raw) >= 5 and raw.isdigit() and not _EURO_BEFORE.search(before):
        return True  # "Raadsvoorstel 2134697": Dutch text writes large amounts with dots; a bare run is a number of a document
    if raw == "14" and _AREA_CODE_AFTER.match(after):
        return True  # "14 0570": a municipality's short telephone number, 14 and its area code
    if _PHONE_BEFORE.search(before) or _RATIO_AFTER.match(after) or _RATIO_BEFORE.search(before):
        return True
    if _AGE_BOUND_BEFORE.search(before):
        return True  # "inwoners ouder dan 75": the bound of an age group, which the count before it counts
    if before.rstrip().endswith(("<", ">", "≤", "≥")):
        return True  # "gemeenten < 25.000", "> 65": a bound, no value (a value's own sign would stand on its line)
    if "grootteklasse" in before and _SIZE_CLASS_BEFORE.search(before):
        return True  # "vergeleken met de grootteklasse van 20.000 tot 50.000 inwoners": a class's bounds, no count
    if len(raw) == 2 and before.endswith(("’", "'")):
        return True  # "HTV’81", "Telgt ’58": a year written short, a club's founding year in its name
    if len(raw) == 4 and raw.isdigit() and _POSTCODE_AFTER.match(after):
        return True  # a postcode
    if _DATE_AFTER.match(after):
        return True  # a date
    if len(raw) == 4 and raw.isdigit() and _MONTH_BEFORE.search(before):
        return True  # "op dinsdag 12 oktober 2922": a date's year, mistyped as it may be
    if small and _LIST_CAP.match(after):
        return True  # "1. Rapportcijfer": a list number
    if small and raw.isdigit() and _BULLET_BEFORE.search(before) and _LINE_END.match(after):
        return True  # "Agendapunten / • 1 / • 2": an item's number alone under its bullet
    if small and _SECTION_DASH_AFTER.match(after):
        return True  # "1- Gegevens 2- Routing": a form's numbered sections
    if small and raw.isdigit() and before.rstrip().endswith(";") and _LOWER_WORD_AFTER.match(after) \
            and _numbered_in_run(text, s, int(raw)):
        return True  # "besluit: 1 de nota goed te keuren; 2 de raad te informeren; 3 ...": the points of a decision
    if LINE_OPENING.search(before) and _LIST_CAP.match(after) and _numbered_sibling(text, s, e):
        return True  # "34. Jeugd: ..." under "33. Wonen: ...": an item of a numbered list, however high its number
    if small and _LIST_WORD.match(after) and _LIST_OPEN.search(before):
        return True  # "de aanpak: 1. dialoog, 2. weerbaarheid": numbering inside a sentence
    if _CAPS_AFTER.match(after) or _PROGRAMME_BEFORE.search(before):
        return True  # "04 SOCIAAL DOMEIN", "Programma 3": chapter numbers
    if small and (LINE_OPENING.search(before) or _NAVIGATION_BEFORE.search(before)) and HEADING_AFTER.match(after):
        return True  # "1 | Toelichting", "2 Zorg" at the start of a line or of a navigation line's part: a heading's number
    if small and (noun := _NOUN_BEFORE.search(before)) and noun.group(1).lower() in STRUCTURE_NOUNS:
        return True  # "(pijler 1)", "doel 2": a part of a policy by its number
    if small and _QUOTED_NAME_AFTER.match(after) and "programma" in text[max(0, s - 160):s].lower():
        return True  # "de programma’s 2 “Thuis” (...) en 5 “Veilig wonen”": a programme's number before its name
    if small:
        named = NAMED_NUMBER.search(before)
        plural = _PLURAL_COUNTED_AFTER.match(after)
        if named and (named.group(1) is None or named.group(1).lower() not in STOP_WORDS) \
                and not (_IN_PLACE_BEFORE.search(before) and plural and plural.group(1) not in STOP_WORDS):
            return True  # "Pijler 2", "programma’s 3 en 5": a name's number, not a count
    if MULTIPLIER_BEFORE.search(before) or (value in (1000, 1000000) and _UNIT_IN_BEFORE.search(before)):
        return True  # "(x € 1.000)", "(bedragen in € 1.000)": the multiplier of a table
    if _LETTER_AFTER.match(after):
        return True  # "11a"
    if _REFERENCE_BEFORE.search(before):
        return True
    if _STREET_BEFORE.search(before):
        return True  # "Lübeckplein 2", "Dorpsstraat 14": a house number of an address
    if _AREA_AFTER.match(after):
        return True  # "ruim 38.000 ha.": an area, of no unit a report's figure has
    if _DISTANCE_SOCIETY_AFTER.match(after):
        return True  # "de 1,5 meter samenleving", "de 1,5 meter regels": the pandemic's rule of distance
    if _APPROX_BEFORE.search(before):
        return False
    if _RANGE_AFTER.match(after) or _RANGE_BEFORE.search(before):
        return True  # ranges "0-12 jaar"
    if _AGES_BETWEEN_AFTER.match(after) or _AGES_BETWEEN_BEFORE.search(before):
        return True  # "jongeren (tussen de 18 en 27 jaar)": an age range
    if _COMPOUND_AFTER.match(after):
        return True  # "de 100-gezinnenaanpak", "de 100-gezinnen aanpak": a number inside a name
    if _TIME_AFTER.match(after):
        return True
    if _AGE_SUFFIX.match(after) or (small and _AGE_MINUS_AFTER.match(after)) or (small and _AGE_AND_OLDER.match(after)):
        return True
    if _SLASH_BEFORE.search(before) and not _CELL_BEFORE.search(before) and not _YEAR_COLON_BEFORE.search(before) \
            and not _BRACKET_YEAR_COLON_BEFORE.search(before) \
            and not (_UNIT_BRACKET_COLON_BEFORE.search(before) and _VALUE_CLOSES.match(after)) \
            and not _key_figure_item(text, s, e):
        return True
    if _YEARS_AFTER.match(after) and (_AGE_BEFORE.search(before) or _AGE_LIMIT_BEFORE.search(before)):
        return True  # ages
    if value == 0:
        return True
    if _TAAKVELD_AFTER.match(after) and re.fullmatch(r"\d\.\d{1,2}|\d{3}", raw):
        return True  # "610 Samenkracht en burgerparticipatie", "6.71 Maatwerkdienstverlening 18+": a taakveld's code
    if _TAAKVELD_CODE.fullmatch(raw.replace(",", ".")) and (_in_code_list(text, s) or _in_code_cell(text, s, e)):
        return True  # "6.72 Maatwerkdienstverlening 18-" in a list of such lines, a cell "| 6.71, 6.72, 6.82 |": codes
    if _PERIOD_BEFORE.search(before) and _PERIOD_AFTER.match(after):
        return True  # "de komende 20 jaar", "de afgelopen vier jaar": the period a statement spans, no count
    if value in (20, 30, 40, 50, 60, 70, 80, 90) and _DECADE_BEFORE.search(before):
        return True  # "in de jaren ’70": a decade
    if small and before.endswith("(") and _BRACKET_MARK_AFTER.match(after) and _numbered_in_brackets(text, s, e, raw):
        return True  # "op (1) signaleren, (2) handelen en (3) ...": marks of a list in a sentence
    if raw == "1" and (_ONE_EACH_AFTER.match(after) or _ONE_EACH_BEFORE.search(before)):
        return True  # "1 huishouden, 1 plan, 1 contactpersoon": a slogan, no count
    if _X_LINE_BEFORE.search(before):
        return True  # the multiplier line of a table
    if _EXAMPLE_BEFORE.search(before):
        return True
    if _RATE_BASE_BEFORE.search(before):
        return True  # "per 10.000 inwoners": the base of a rate
    if _ROUNDING_BEFORE.search(before):
        return True  # "afgerond op een veelvoud van € 1.000"
    if _page_furniture(text, s, e):
        return True
    if value < 1000 and _YEAR_BEFORE.search(before) and _RUNNING_TITLE_BEFORE.search(text, max(0, s - 120), s):
        return True  # "Uitvoeringsprogramma Sociaal domein 2020 - 2022 2": the running title and its page number
    if _CODE_BEFORE.search(before):
        return True
    if _TITLE_YEARS_AFTER.match(after):
        return True  # "80 Jaar Vrijheid": a title's count
    if value < 1000 and _CONTENTS_HEADING_AFTER.match(after):
        return True  # "1 2 Inhoudsopgave": a copy site's page numbers before the contents
    if _in_phone_number(text, s, e) or _letter_spaced(text, s, e):
        return True  # "(0515) 48 90 00"; "J a a r s t u k k e n 2 0 1 9": a title printed letter by letter
    return False


# an amount's effect on the budget written after it: "€ 14.000 nadelig", "€ 11.000 voordelig", "€ 5.000 N"
_EFFECT_AFTER = re.compile(r"[ \t]+(?:nadelig|voordelig|nadeel|voordeel|N|V)(?=[ \t]*(?:$|\n|[|;.,)]))")
_NOUN_BEFORE = re.compile(r"\b([a-zë']+)[ \t]+(?:\d{1,2}[ \t]*(?:,|en|of|t/m|-)[ \t]*)*$")  # ("trede 5 of 6")
_PERIOD_BEFORE = re.compile(r"(?i)\b(?:komende|afgelopen|voorgaande|eerstkomende|laatste)[ \t]+$")
_PERIOD_AFTER = re.compile(r"(?i)[ \t]+(?:jaar|jaren|maanden|weken)\b")
_DECADE_BEFORE = re.compile(r"(?i)\bjaren[ \t]*['’]?$")
_BRACKET_MARK_AFTER = re.compile(r"\)[ \t]+[a-zà-ÿ]")


def _numbered_in_brackets(text: str, s: int, e: int, raw: str) -> bool:
    """Whether "(n)" at s..e has a sibling "(n-1)" before it or "(n+1)" after it in the same paragraph."""
    n = int(raw) if raw.isdigit() else 0
    near = text[max(0, s - 200):s], text[e:e + 200]
    return bool(n) and (f"({n - 1})" in near[0].split("\n\n")[-1] or f"({n + 1})" in near[1].split("\n\n")[0])


_CONTENTS_HEADING_AFTER = re.compile(r"(?:\s+\d{1,3})*\s+(?:Inhoudsopgave|Inhoud|INHOUDSOPGAVE|INHOUD)\b")
_TITLE_YEARS_AFTER = re.compile(r"[ \t]+Jaar[ \t]+[A-Z]")
_PHONE = re.compile(r"\(0\d{1,3}\)[ \t]*\d{2,4}(?:[ \t\-]?\d{2,4}){1,3}|\b0\d{2,3}[ \t\-]\d{2,3}(?:[ \t]\d{2,3}){1,3}\b")
_AREA_CODE = re.compile(r"\b0\d{2,3}[ \t\-]")
_SPACED = re.compile(r"(?:(?<=\s)|^)(?:\S[ \t]){4,}\S(?=\s|$)", re.M)


def _in_phone_number(text: str, s: int, e: int) -> bool:
    if "(0" not in text[max(0, s - 16):s] and not _AREA_CODE.search(text, max(0, s - 16), s + 4):
        return False
    return any(m.start() <= s and e <= m.end() for m in _PHONE.finditer(text, max(0, s - 16), min(len(text), e + 16)))


def _letter_spaced(text: str, s: int, e: int) -> bool:
    if e - s != 1:
        return False
    return any(m.start() <= s and e <= m.end() for m in _SPACED.finditer(text, max(0, s - 40), min(len(text), e + 40)))


# the taakvelden every municipal budget and account is divided into (Besluit begroting en verantwoording provincies en
# gemeenten, BBV), numbered "6.1" or "610": the number after which one of their names follows is a code
_TAAKVELD_AFTER = re.compile(
    r"\s+(?:[-–]\s+)?(?:Samenkracht|Wijkteams|Inkomensregelingen|Begeleide\s+participatie|Arbeidsparticipatie"
    r"|Maatwerkvoorzieningen|Maatwerkdienstverlening|Geëscaleerde\s+zorg|Volksgezondheid|Sportbeleid|Sportaccommodaties"
    r"|Onderwijsbeleid|Onderwijshuisvesting|Openbaar\s+basisonderwijs|Crisisbeheersing|Openbare\s+orde|Burgerzaken"
    r"|Overhead|Treasury|Riolering|Afval|Milieubeheer|Begraafplaatsen|Ruimtelijke\s+ordening|Grondexploitatie"
    r"|Wonen\s+en\s+bouwen|Verkeer\s+en\s+vervoer|Openbaar\s+vervoer|Economische\s+ontwikkeling|Cultuurpresentatie"
    r"|Cultureel\s+erfgoed|Openbaar\s+groen)\b")
# "1 gezin, 1 plan, 1 regisseur": one of each, the motto of integrated support
_ONE_EACH_AFTER = re.compile(r"\s+[a-zà-ÿ]+\s*(?:,|en|&)\s*1\s+[a-zà-ÿ]")
_ONE_EACH_BEFORE = re.compile(r"\b1\s+[a-zà-ÿ]+\s*(?:,|en|&)\s*$")
_RIGHT_CUT = re.compile(r"[;.!?\n]|\s(?!(?:19|20)\d\d\b)\d|,\s|\bnaar\b|\btegen\b|\ben\s+\d|"
                        r"\bdan\b|\bt\.o\.v\.|\bten\s+opzichte\s+van\b|\bvergeleken\s+met\b")
_BRACKET_YEAR = re.compile(r"\s*\w*\s*\(((?:19|20)\d\d)\)")
_SINCE_YEAR = re.compile(r"(?i)(?:\b(?:sinds|vanaf|tot|t/m|wmo|[A-Z]\w*wet|verdrag)[\s\-]+(?:\d{1,2}\s+\w+\s+)?)"
                         r"((?:19|20)\d\d)")
# the year a value is measured against, not its own: "een stijging van 9% t.o.v. 2020 naar 612 deelnemers"
_COMPARED_YEAR = re.compile(r"(?i)(?:\bten[ \t]+opzichte[ \t]+van|\bt\.o\.v\.|\bvergeleken[ \t]+(?:met|bij))[ \t]+(?:19|20)\d\d\b"
                            r"(?![ \t]*,?[ \t]*toen\b)")  # ("ten opzichte van 2021, toen 310 ...": that year's value)
_DIGIT = re.compile(r"\d")
_NUMBER_END = re.compile(r"\d[\d.,]*\s*$")
_IN_YEAR_END = re.compile(rf"(?i)\b(?:(?:in|over|tijdens)\s+|(?:op|per)\s+\d{{1,2}}\s+{MONTHS}\s+)(?:19|20)\d\d\s+$")
# the year the sentence's data are of, said anywhere before the value: "ligt (cijfers uit 2020) boven het gemiddelde,
# namelijk 212 per 10.000", "Volgens de monitor over het jaar 2021 heeft de gemeente 640"
_DATA_YEAR = re.compile(r"(?i)\b(?:cijfers|gegevens|monitor|meting|peiljaar|peildatum|telling)(?:\s+(?:uit|over|van))?"
                        r"(?:\s+het\s+jaar)?\s+((?:19|20)\d\d)\b(?![\d\-–/])")
# a time clause that dates the value after it: "meer dan in 2022, toen 429 uitkeringen werden verstrekt"
_THEN_YEAR_END = re.compile(r"\b((?:19|20)\d\d)\s*,\s*toen\s+(?:[a-zà-ÿ]+\s+){0,2}$")


# "12.345 inwoners (peildatum 1 januari 2024)", "412 cliënten, stand per 31-12-2023": the date the value was taken.
_AS_OF_AFTER = re.compile(rf"(?i)[^.;\n]{{0,30}}?\b(?:peildatum|peilmoment|stand|standen)(?:\s+(?:per|op))?\s+\d{{1,2}}"
                          rf"(?:\s+{MONTHS}\s+|[-/]\d{{1,2}}[-/])((?:19|20)\d\d)\b")


# "in de jaren 2021, 2022 en 2023 respectievelijk € 68.000, € 71.000 en € 36.000": the n-th amount is of the n-th year
_RESPECTIVELY = re.compile(r"(?i)\brespectievelijk\b")
_LISTED_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?!\d|[.,]\d)")
_LISTED_AMOUNT = re.compile(r"(?<![\w.,])(?:€\s*)?-?\d[\d.]*(?:,\d+)?(?![\d])")


def _respective_year(text: str, s: int) -> int | None:
    """The year a "respectievelijk" list of amounts gives the amount at `s`: the amounts after the word and the
    years before it in the sentence, paired in order when they are as many."""
    lo = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
    rm = next(reversed(list(_RESPECTIVELY.finditer(text, lo, s))), None)  # the last one before the amount
    if rm is None:
        return None
    hi = text.find(". ", s)
    hi = len(text) if hi < 0 else hi
    years = [int(y) for y in _LISTED_YEAR.findall(text, lo, rm.start())]
    amounts = [m.start() + (len(m.group(0)) - len(m.group(0).lstrip("€ \t-"))) for m in _LISTED_AMOUNT.finditer(text, rm.end(), hi)
               if not _LISTED_YEAR.fullmatch(m.group(0).lstrip("€ \t"))]
    if len(years) < 2 or len(years) != len(amounts) or s not in amounts:
        return None
    return years[amounts.index(s)]


def _year_for(text: str, s: int, e: int, report_year: int | None, table_years) -> tuple[int | None, bool]:
    if "espectievelijk" in text[max(0, s - 200):s] and (ry := _respective_year(text, s)) is not None:
        return ry, True
    right = text[e:e + 45]
    near = text[e:e + 70]
    m = _AS_OF_AFTER.match(text, e, e + 70) if ("eil" in near or "tand" in near) else None
    if m:
        return int(m.group(1)), True
    cut = _RIGHT_CUT.search(right)
    seg = right[:cut.start()] if cut else right
    m = YEAR_RE.search(seg)
    if m and not seg[m.end():].lstrip().startswith(":"):  # "3.212 (2022: 3.050)": that year is the next value's
        return int(m.group(1)), True
    m = _BRACKET_YEAR.match(right)
    if m:
        return int(m.group(1)), True
    left_start = max(0, s - 160)
    left = text[left_start:s]
    if "t.o.v." in left or "opzichte" in left or "vergeleken" in left:
        left = _COMPARED_YEAR.sub(" ", left)
    then = _THEN_YEAR_END.search(left)
    if then:
        return int(then.group(1)), True
    breaks = list(CLAUSE_BREAK.finditer(left))
    while breaks and breaks[-1].group(0) in ("naar", "tegen"):
        prev_end = breaks[-2].end() if len(breaks) > 1 else 0
        if _DIGIT.search(YEAR_RE.sub("", left[prev_end:breaks[-1].start()])):
            break  # "van 1.640 in 2022 naar 1.585": the year is the first value's
        breaks.pop()  # "In 2024 is de subsidie verhoogd naar € 6,2 miljoen": no value before, the year holds
    if breaks:
        left = left[breaks[-1].end():]
    left = _SINCE_YEAR.sub("", left)
    if not _DIGIT.search(left.replace(" ", "")[:-1] if left else "") or YEAR_RE.search(left):
        ys = YEAR_RE.findall(left)
        if ys and (not _NUMBER_END.search(left) or _IN_YEAR_END.search(left)):
            # ("registreerde in 2021 1.184 meldingen": the year the preposition gives, right before the value)
            return int(ys[-1]), True
    ty = _table_year(table_years, text.rfind("\n", 0, s) + 1)
    if ty is None:
        ty = _row_year(text, s)
    if ty is not None:
        return (None, True) if ty == -1 else (ty, True)
    period = _period_cell_above(text, s)
    if period is not None:
        return period[0], True
    far = max(0, s - 300)  # (a sentence's start, looked for no further back than a long sentence reaches)
    sentence = max(text.rfind(". ", far, s), text.rfind("\n", far, s), far - 1) + 1
    data = list(_DATA_YEAR.finditer(text, sentence, s))
    if data:
        return int(data[-1].group(1)), True
    if _ANAPHORIC_OPENING.match(text, sentence) and (earlier := _earlier_sentence_year(text, sentence)):
        return earlier, True
    return report_year, False


def _period_cell_above(text: str, s: int) -> tuple[int, str] | None:
    """A table written one cell a line whose row gives the period right before its first value, after a cell of text
    (the indicators' "omschrijving / bron / eenheid / periode / <gemeente> / Nederland": "Per 1.000 van 15-74 jaar" /
    "2019" / "512,4"): (the period's year, the unit's cell above it). Not a column header's last year ("2022" /
    "2023" / "10"), whose cell above is a year too."""
    ls = text.rfind("\n", 0, s) + 1
    if text[ls:s].strip():
        return None  # the value does not open its line
    year_at = _line_above(text, ls)
    period = _PERIOD_CELL.fullmatch(text, *year_at) if year_at else None
    unit_at = _line_above(text, year_at[0]) if period else None
    if unit_at is None:
        return None
    unit = text[unit_at[0]:unit_at[1]].strip()
    return None if _NUMBER_CELL.fullmatch(unit) else (int(period.group("year")), unit)


def _line_above(text: str, ls: int) -> tuple[int, int] | None:
    """(start, end) of the nearest line above the line starting at `ls` that is not blank, one blank line between them
    at most."""
    end = ls - 1
    for _ in range(2):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return start, end
        end = start - 1
    return None


_PERIOD_CELL = re.compile(r"[ \t]*(?:(?:1e|2e|eerste|tweede)[ \t]+helft[ \t]+)?(?P<year>(?:19|20)\d\d)[ \t]*")
_NUMBER_CELL = re.compile(r"[-+]?(?:€[ \t]*)?[\d.,]+[ \t]*%?|(?:19|20)\d\d|[A-Z]?")


# A sentence that goes on about the figure of the one before it: "Hiervan zijn 40 jonger dan 18 jaar",
# "Dit is 6% van alle huishoudens", "In Nederland is dit 380 per 10.000 inwoners".
_ANAPHORIC_OPENING = re.compile(r"[ \t]*(?:Hiervan|Daarvan|Waarvan|Van\s+(?:deze|hen|die)\b|Dit\s+(?:is|was|bedraagt|betreft|"
                                r"zijn|waren)\b|Dat\s+(?:is|was)\b|(?:In\s+Nederland|Landelijk)\s+(?:is|was)\s+dit\b)")


# a comparison in brackets: "150 verzoeken (ten opzichte van 120 in 2020)" dates the earlier value, not the sentence
_COMPARED_BRACKET = re.compile(r"(?i)\([^()\n]*?\b(?:ten[ \t]+opzichte|t\.o\.v\.|vergeleken|tegenover)\b[^()\n]*\)")


def _earlier_sentence_year(text: str, sentence: int) -> int | None:
    """The one year the sentences before `sentence` in its paragraph date their figures by ("Op 1 juli 2024 ...",
    "cijfers uit 2021", "over het jaar 2022"): the nearest sentence that names exactly one year, looked for at
    most three sentences back through sentences that name none."""
    line = text.rfind("\n", 0, sentence) + 1
    end = sentence
    for _ in range(3):
        if end <= line:
            return None
        dot = text.rfind(". ", line, max(line, end - 2))
        start = dot + 2 if dot >= 0 else line
        part = _COMPARED_BRACKET.sub(" ", _SINCE_YEAR.sub("", text[start:end]))
        years = set(YEAR_RE.findall(part))
        if len(years) == 1:
            return int(years.pop())
        if years:
            return None
        end = start
    return None


TARGET_COLUMN = re.compile(r"(?i)streven|begroting|begroot|raming|doel|norm|prognose")


HEADER_YEAR_CELL = re.compile(r"(\D{0,25}?)\s*((?:19|20)\d\d)\s*")


def _own_plan_column(cells: list[str], col: int) -> bool:
    """A budget column is the report's own figures when it is the header's latest year that is no forecast
    and no realisation of that year stands beside it ("Realisatie 2022 | Begroting 2023 | Raming 2024" in
    a budget for 2023)."""
    columns = [(m.group(1), int(m.group(2))) for m in map(HEADER_YEAR_CELL.fullmatch, cells[1:]) if m]
    kinds = [(_kind(word) or "actual", year) for word, year in columns]
    known = [(k, y) for k, y in kinds if k not in NOT_OWN]
    m = HEADER_YEAR_CELL.fullmatch(cells[col])
    if not known or m is None or _kind(m.group(1)) != "plan":
        return False
    own = max(y for _k, y in known)
    return int(m.group(2)) == own and not any(k == "actual" and y == own for k, y in known)


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
            m = HEADER_YEAR_CELL.fullmatch(cells[col])
            if not m:
                return None
            if not TARGET_COLUMN.match(m.group(1)):
                return int(m.group(2))
            return int(m.group(2)) if _own_plan_column(cells, col) else -1
        pos = ps
    return None


# The words that never open or close a label: function words, auxiliaries and pronominal adverbs.
LABEL_STOP = frozenset(STOP_WORDS | {"hiervoor", "hiervan", "daarvan", "daarvoor", "waarvan", "waarvoor", "hierin",
                                     "daarin", "totaal", "totale", "ruim", "circa", "ca.", "bijna", "ongeveer",
                                     "zo'n", "zo’n", "slechts", "nog", "nu", "inmiddels", "uiteindelijk", "namelijk"})
AUX = frozenset({"is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "heeft", "hebben", "had",
                 "hadden", "zal", "zullen"})
PARTICIPLE = re.compile(r"(?i)(?:\w{0,6}ge\w{2,}(?:d|t|en)|ontvangen|bereikt|begeleid|verstrekt|behandeld|ondersteund"
                        r"|afgerond|verleend|toegekend|uitgevoerd|besteed|ingezet|ontvangen|bezocht)")
LABEL_WORD = re.compile(r"[^\W\d][\w\-’'/]*|\d[\d.,]*|[,;:.!?()•|]|[^\s\w]")
LABEL_BREAK = frozenset(",;:.!?()•|")
PERIOD = re.compile(r"(?i)Q[1-4]|kwartaal|jaar|maand|week|" + MONTH_NAMES)


def _label(text: str, s: int, e: int, unit: str = "count") -> str:
    """The phrase that names what is counted: a table row's first cell, the heading above a number that
    stands alone, the noun phrase right after a count ("56 aanvragen ontvangen"), the noun an amount belongs
    to ("een budgetplafond van € 100.000"), always whole words."""
    unit_bracket = _UNIT_BRACKET_COLON_BEFORE.search(text, max(0, s - 40), s) if "):" in text[max(0, s - 40):s] else None
    if unit_bracket:  # "uitgaven doel 2 (x 1.000 euro): 4.512,00": the words before the bracket name it
        ls = text.rfind("\n", 0, unit_bracket.start()) + 1
        return _words(text[ls:unit_bracket.start()], 12) or _label(text, unit_bracket.start(), unit_bracket.start(), unit)
    bracket = _BRACKET_YEAR_COLON_BEFORE.search(text, max(0, s - 12), s) if "(" in text[max(0, s - 12):s] else None
    if bracket and (prior := _NUMBER_BEFORE_BRACKET.search(text, max(0, bracket.start() - 30), bracket.start())):
        return _label(text, prior.start(1), prior.end(1), unit)  # "minstens 8,0 (in 2021:7,8)": the same measure
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    line_end = len(text) if line_end == -1 else line_end
    line = text[line_start:line_end]
    if not re.search(r"[^\W\d_x]", line.replace("€", "")):
        return _heading_above(text, line_start)
    if not re.search(r"[^\W\d_x]", _ASIDE.sub("", line.replace("€", ""))):  # "52.300 (plan X)"
        return f"{_heading_above(text, line_start)} ({' '.join(_ASIDE.search(line).group(0)[1:-1].split())})"
    if "|" in line:  # a table row: its first cell names what is counted
        first = line.split("|")[0].strip()
        if first and not re.fullmatch(r"[\d.,%€\s\-]*", first) and re.search(r"\w", first):
            return _words(first, 12)
        if first in _LIST_MARKS:  # "● | In 2026 is 60% van de wijken ...": a list item's
            line_start = text.index("|", line_start) + 1  # mark in a cell of its own; the item is the line
    if not text[line_start:s].strip() and (wrapped := _WRAPPED_BEFORE.search(text, max(0, line_start - 200),
                                                                           line_start)):
        line_start = wrapped.start()  # "Het aantal meldingen steeg naar" / "120.": the count closes a wrapped sentence
    if e == line_end and text.startswith("\n", e) and (following := _WRAPPED_ON.match(text, e + 1)):
        line_end = following.end()  # "Er zijn 3" / "bijeenkomsten gehouden.": a sentence wrapped after the count
    qual = QUALIFIER.search(text, max(line_start, s - 25), s)
    prefix = (qual.group(1).lower() + " ") if qual else ""
    subject = _measured_subject(text, s, line_start)
    if subject:
        return prefix + subject
    plan = PLANNED_BRACKET.search(text, max(line_start, s - 40), s)
    if plan:  # "bedroegen € 3,4 miljoen (begroot: € 3,1 miljoen)": what the amount before it names, as planned
        prev = next(reversed([*_BARE_NUMBER.finditer(text, line_start, plan.start())]), None)
        if prev is not None:
            return f"{_label(text, prev.start(), prev.end(), unit)} ({plan.group(1).lower()})"
    before_tokens = LABEL_WORD.findall(text[max(line_start, _word_start(text, s - 120, line_start)):s])
    after_tokens = LABEL_WORD.findall(text[e:min(line_end, e + 120)])
    while after_tokens and after_tokens[0].lower() in MAGNITUDE_WORDS:
        after_tokens = after_tokens[1:]  # "€ 3,1 miljoen": the amount's own word names nothing
    aside = _leading_aside(after_tokens)
    if aside:  # "80 (nieuwe) deelnemers": the aside qualifies the noun after it
        rest = _after_phrase(after_tokens[aside:])
        if rest:
            return prefix + " ".join(after_tokens[:aside]).replace("( ", "(").replace(" )", ")") + " " + rest
    opened = _opened_bracket(before_tokens)
    if opened is not None:  # "wijkenvisie Noord (€ 2 mljn)": the words before the bracket
        head = _tail_phrase(before_tokens[:opened])
        if head:
            return head
    after = _after_phrase(after_tokens)
    rate = after_tokens[:1] == ["per"] and len(after_tokens) > 1 and after_tokens[1] not in LABEL_BREAK
    before = _tail_phrase(before_tokens)
    suffix = f" ({qual.group(1).lower()})" if qual else ""
    if unit == "EUR" or rate or not after:
        if before and rate:
            return f"{before} per {after_tokens[1]}"
        spent_on = _spent_on(before, after_tokens) if unit == "EUR" else ""
        if spent_on:  # "We besteedden € 1,1 miljoen aan preventie", "€ 250.000 geïnvesteerd in de aanpak X"
            return spent_on + suffix
        if before and (unit == "EUR" or not _prep_phrase(after_tokens)):
            return before + suffix
    if after:
        return prefix + after
    if _prep_phrase(after_tokens):  # "47 van maatschappelijke organisaties", "18 aan sport gerelateerde aanvragen"
        return _prep_phrase(after_tokens) + suffix  # ("ruim 60% van de jongeren": "van de jongeren (ruim)")
    elliptic = _elliptic_noun(text, s, line_start)
    if elliptic:
        return prefix + elliptic
    dot = text.rfind(". ", line_start, s)
    sentence = text[line_start if dot == -1 else dot + 2:s]  # what the sentence is about
    words = [w for w in sentence.split() if w != "€"]
    named = [w for w in words if w not in _BULLET_TOKENS]
    while words and (words[0].lower() in LABEL_STOP or words[0] in _BULLET_TOKENS):
        words.pop(0)
    if not words and len(named) == 1 and named[0][:1].isalpha():
        return named[0]  # "Totaal     € 310.000": a row that names its total, and nothing else
    return _words(" ".join(words), 8)


_ASIDE = re.compile(r"\([^()\n]*\)")
# The line before, a sentence that breaks off in lower case without a stop ("Het aantal meldingen steeg naar").
_WRAPPED_BEFORE = re.compile(r"(?m)^[^\n]*[a-zà-ÿ][ \t]*\n\Z")
# The next line of a sentence wrapped right after its count: it goes on in lower case ("bijeenkomsten gehouden.")
_WRAPPED_ON = re.compile(r"[ \t]*[a-zà-ÿ][^\n]*")


def _leading_aside(tokens: list[str]) -> int:
    """How many tokens a short bracketed word or two right after a count take ("(mogelijk)"), else 0."""
    if tokens[:1] != ["("]:
        return 0
    for i in range(1, min(len(tokens), 5)):
        if tokens[i] == ")":
            return i + 1 if i > 1 and all(t[:1].isalpha() for t in tokens[1:i]) else 0
    return 0


_BULLET_TOKENS = frozenset("•-–*▪·")
_LIST_MARKS = _BULLET_TOKENS | frozenset("●◦■□")


def _word_start(text: str, pos: int, floor: int) -> int:
    """pos moved forward to the start of a word (a window never starts mid-word)."""
    if pos <= floor:
        return floor
    while pos < len(text) and not text[pos - 1].isspace():
        pos += 1
    return pos


def _words(s: str, n: int) -> str:
    return " ".join(s.split()[:n]).strip(" ,:;|")


def _heading_above(text: str, line_start: int) -> str:
    """The nearest line above with words in it (a number alone on its line belongs to its heading)."""
    pos = line_start
    for _ in range(4):
        if pos <= 0:
            break
        prev = text.rfind("\n", 0, pos - 1) + 1
        cand = text[prev:pos - 1].strip(" |\t")
        if re.search(r"[^\W\d_]", cand.replace("x €", "")) and not MULTIPLIER.search(cand) \
                and cand.lower().rstrip(".") not in _KIND_CODES:
            return _words(cand, 12)
        pos = prev
    return ""


# the cell of a budget change's kind between its label and its amounts: structureel, incidenteel
_KIND_CODES = frozenset(("str", "inc", "s", "i", "structureel", "incidenteel"))


def _opened_bracket(tokens: list[str]) -> int | None:
    for i in range(len(tokens) - 1, -1, -1):
        t = tokens[i]
        if t == "(":
            return i
        if t in LABEL_BREAK or t[:1].isalpha():
            return None
    return None


def _after_phrase(tokens: list[str]) -> str:
    """Content words right after a count, then a participle ("aanvragen (zijn) afgewezen")."""
    words = []
    i = 0
    while i < len(tokens) and len(words) < 4:
        t = tokens[i]
        if t in LABEL_BREAK or not t[:1].isalpha() or t.lower() in LABEL_STOP or PERIOD.fullmatch(t):
            break
        if t.endswith("-") and i + 2 < len(tokens) and tokens[i + 1] in ("en", "of") and tokens[i + 2][:1].isalpha():
            words.append(" ".join(tokens[i:i + 3]))  # "20 dak- en thuislozen": the words share their last part
            i += 3
            continue
        words.append(t)
        i += 1
    if not words:
        return ""
    if i < len(tokens) and tokens[i].lower() in AUX:
        i += 1
    if i < len(tokens) and PARTICIPLE.fullmatch(tokens[i]) and words[-1] != tokens[i]:
        if not PARTICIPLE.fullmatch(words[-1]):
            words.append(tokens[i])
    return " ".join(words)


PREPOSITIONS = frozenset({"van", "voor", "aan", "op", "uit"})
def _spent_on(before: str, after_tokens: list[str]) -> str:
    """What money went to, where a verb of spending stands before the amount or right after it and "aan", "in" or
    "voor" and the thing follow: "besteedden € X aan preventie", "€ X geïnvesteerd in de aanpak van eenzaamheid"."""
    toks = after_tokens
    while toks[:1] and toks[0].lower() in ("extra", "ook", "nog", "daarnaast"):
        toks = toks[1:]
    verb_after = bool(toks[:1]) and toks[0].lower() in SPEND_VERBS
    toks = toks[1:] if verb_after else toks
    if not (before.lower() in SPEND_VERBS or verb_after) or len(toks) < 2 or toks[0].lower() not in ("aan", "in", "voor"):
        return ""
    rest = toks[2:] if toks[1].lower() in ("de", "het", "een") and len(toks) > 2 else toks[1:]
    head = _after_phrase(rest)
    n = len(head.split())
    if head and len(rest) > n + 1 and rest[n] in ("van", "voor") and rest[n + 1][:1].isalpha() \
            and rest[n + 1].lower() not in LABEL_STOP:
        head += f" {rest[n]} {rest[n + 1]}"  # "de aanpak van eenzaamheid"
    return head


# Verbs of spending that name nothing of what the money went to, which follows them: "besteedden € X aan Y"
SPEND_VERBS = frozenset({"besteed", "besteedde", "besteedden", "uitgegeven", "gaven", "geïnvesteerd", "investeerde",
                         "investeerden", "ingezet", "gereserveerd", "uitgetrokken", "beschikbaar"})


def _prep_phrase(tokens: list[str]) -> str:
    if len(tokens) < 2 or tokens[0].lower() not in PREPOSITIONS:
        return ""
    article = tokens[1] if tokens[1].lower() in ("de", "het", "alle", "onze") and len(tokens) > 2 else ""
    rest = _after_phrase(tokens[2:] if article else tokens[1:])  # "60% van de jongeren": past the article
    return " ".join(w for w in (tokens[0], article, rest) if w) if rest else ""


# The words of an amount's size, written after its digits ("€ 3,1 miljoen")
MAGNITUDE_WORDS = frozenset({"miljoen", "mln", "mln.", "miljard", "mld", "mld.", "mrd", "duizend"})
# What a sentence measures, named as its subject before the number closes it: "Het percentage inwoners dat zich
# eenzaam voelt, is gestegen tot 48%", "De gemiddelde wachttijd voor een Wmo-voorziening was 6,5 week".
MEASURE_NOUNS = ("aantal", "percentage", "aandeel", "gemiddelde", "wachttijd", "doorlooptijd", "kosten", "uitgaven",
                 "lasten", "baten", "omvang", "score", "rapportcijfer", "tevredenheid", "bezettingsgraad", "opkomst")
MEASURED_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?:;]\s)|(?<=\n))(?:[Hh]et|[Dd]e)\s+(?P<subject>(?:gemiddelde\s+|totale\s+)?(?:{'|'.join(MEASURE_NOUNS)})"
    r"(?:\s+[^\s.;:!?\d€%()]+){0,9}?)\s*,?\s+(?:is|was|bleef|bedroeg|bedraagt|steeg|daalde|groeide|kwam|zijn|waren|"
    r"bleven|bedroegen|bedragen|stegen|daalden|groeiden|kwamen)"
    r"(?:\s+(?:in\s+\d{4}|ook|nu|daarmee|hiermee))?(?:\s+(?:gestegen|gedaald|gegroeid|toegenomen|afgenomen|uit))?"
    # ("steeg van 280 in 2022 naar 312": the value it rose from too)
    rf"(?:\s+van\s+(?:€\s*)?[\d.,]+%?(?:\s+(?:{'|'.join(map(re.escape, sorted(MAGNITUDE_WORDS, key=lambda w: (-len(w), w))))}))?(?:\s+in\s+\d{{4}}|\s*\(\d{{4}}\))?)?"
    r"(?:\s+(?:tot|naar|met|op|van))?\s*(?:(?:ruim|bijna|circa|ongeveer|gemiddeld)\s+)?(?:een\s+)?(?:€\s*)?$")


_BARE_NUMBER = re.compile(r"(?<![\w.,])\d[\d.,]*")
# An amount in brackets after another, the plan or forecast it is set against: "(begroot: € 3,1 miljoen)"
PLANNED_BRACKET = re.compile(r"\(\s*(begroot|begroting|raming|geraamd|prognose|verwacht)\s*:?\s*(?:€\s*)?$", re.I)


def _measured_subject(text: str, s: int, line_start: int) -> str:
    """The subject that names what a sentence measures, where the number closes it (MEASURED_SUBJECT)."""
    m = MEASURED_SUBJECT.search(text, max(line_start, s - 160), s)
    return " ".join(m.group("subject").split()).rstrip(",") if m else ""


def _without_asides(tokens: list[str]) -> list[str]:
    """The tokens with bracketed numbers ("(2021)") taken out."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if tokens[i] == "(" and i + 2 < len(tokens) and tokens[i + 2] == ")" and tokens[i + 1][:1].isdigit():
            i += 3
            continue
        out.append(tokens[i])
        i += 1
    return out


def _tail_phrase(tokens: list[str]) -> str:
    """The noun phrase the clause before an amount ends in: "een gemiddelde besparing van" -> "gemiddelde
    besparing"; trailing function words and numbers go, and the phrase stops at the first function word."""
    tokens = _without_asides(tokens)  # "van 1.540 (2021) naar": the aside in brackets is no break
    cut = len(tokens)
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i] in LABEL_BREAK:
            break
        cut = i
    tokens = tokens[cut:]

    def strip(toks: list[str]) -> list[str]:
        # function words, numbers and periods ("van 4.870 in Q3 2019 naar") between the noun and the amount
        while toks and (toks[-1].lower() in LABEL_STOP or not toks[-1][:1].isalpha() or PERIOD.fullmatch(toks[-1])
                        or toks[-1].lower() in MAGNITUDE_WORDS):
            toks = toks[:-1]
        return toks

    def collect(toks: list[str]) -> list[str]:
        words: list[str] = []
        for t in reversed(toks):
            if t.lower() in LABEL_STOP or not t[:1].isalpha() or len(words) == 5:
                break
            words.insert(0, t)
        return words

    tokens = strip(tokens)
    words = collect(tokens)
    rest = tokens[:len(tokens) - len(words)]
    if words and all(PARTICIPLE.fullmatch(w) for w in words) and rest and rest[-1].lower() in AUX:
        subject = collect(strip(rest[:-1]))  # "het aantal meldingen is gestegen": the subject counts
        if subject:
            words = subject + words
    return " ".join(words)


def _elliptic_noun(text: str, s: int, line_start: int) -> str:
    """"in 2017 om 612 gezinnen, in 2019 om 540": the noun of the previous count in the sentence."""
    sent = max(text.rfind(". ", line_start, s), line_start)
    prev = None
    for m in re.finditer(r"(?<![\w.,])\d[\d.,]*\s+([^\W\d][\w\-]*)", text[sent:s]):
        if m.group(1).lower() not in LABEL_STOP and m.group(1).lower() not in MAGNITUDE_WORDS:
            prev = m.group(1)  # (not "miljoen" of "€ 3,4 miljoen": the amount's own word)
    return prev or ""


def _sentence_id(text: str, pos: int) -> int:
    nl = text.rfind("\n", 0, pos)
    return max(text.rfind(". ", max(nl, 0), pos), nl)  # the ". " is looked for on the line only


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
    """"x € 1.000" / "× € 1.000" / "x 1 miljoen" above a table scales the euro amounts below it."""
    out = []
    starts = [q for x in ("x", "X", "×", "*") for q in occurrences(text, x) if q == 0 or text[q - 1] in " \t\n\r("]
    for m in anchored_finditer(MULTIPLIER, text, starts):
        out.append((m.start(), _factor_of(m.group(2)), bool(m.group(1))))
    seen = set()
    for needle in ("1.000", "mln", "miljoen", "duizend"):
        for q in occurrences(text, needle):  # "in" is too frequent an anchor: look back from the unit instead
            ws = max(text.rfind("in ", max(0, q - 6), q), text.rfind("In ", max(0, q - 6), q))
            m = MULTIPLIER_IN.match(text, ws) if ws != -1 and ws not in seen else None
            if m:
                seen.add(ws)
                out.append((m.start(), _factor_of(m.group(2) or m.group(3)), True))
    for needle in ("duizend", "miljoen"):  # a report site's caption on a line of its own: "Lasten & baten" / "duizend"
        for q in occurrences(text, needle):
            m = _UNIT_CAPTION.match(text, text.rfind("\n", 0, q) + 1)
            if m and m.start(1) == q:
                out.append((m.start(), _factor_of(needle), False))
    if not out and (unstated := _unstated_thousands(text)) is not None:
        at, end = unstated
        out.append((at, 1e3, True))
        if end is not None:
            out.append((end, 1.0, False))  # the sentence after the table: what follows is written out
    out.sort(key=lambda x: -x[0])
    return _Multipliers(out)


# A programme's cost table that states no unit at all: its spending row ("Lasten" / "-9.412" / "-9.650") holds
# amounts written with a thousands point yet all under a million, which no municipality's programme spends: the
# amounts are in thousands of euros, the unit every such table has, the page having dropped its caption.
_SPENDING_ROW = re.compile(r"(?im)^[ \t]*(?:totaal[ \t]+)?lasten[ \t]*$")
_SMALL_CELL = re.compile(r"[ \t]*(?:-?\d{1,3}|-)[ \t]*")


def _unstated_thousands(text: str) -> tuple[int, int | None] | None:
    """Where the table starts whose amounts are in thousands of euros without saying so and where the first sentence
    after it starts (None: at the end of the text), or None."""
    for m in _SPENDING_ROW.finditer(text):
        cells = [c for _ls, c in _lines_from(text, m.end() + 1, 12)]
        amounts = []
        for c in cells:
            if not (_BARE_AMOUNT_LINE.fullmatch(c) or _SMALL_CELL.fullmatch(c)):
                break
            amounts.append(c)
        if len(amounts) < 2 or not any(_BARE_AMOUNT_LINE.fullmatch(c) for c in amounts) \
                or any((parse_dutch_number(c.strip(" \t€").lstrip("-")) or 0) >= 1e6 for c in amounts):
            continue
        # the table's header above the row: the lines up to the nearest sentence
        ls = m.start()
        while ls > 0 and m.start() - ls < 1500:
            prev = text.rfind("\n", 0, ls - 1) + 1
            if _is_prose(text[prev:ls - 1]):
                break
            ls = prev
        end = m.end()
        while end != -1 and end < len(text):
            nxt = text.find("\n", end + 1)
            if _is_prose(text[end + 1:len(text) if nxt == -1 else nxt]):
                return ls, end + 1
            end = nxt
        return ls, None
    return None


def _factor_of(unit: str) -> float:
    """The factor a table's or label's unit of thousands or millions names ("1.000", "duizend", "mln", "1.000.000")."""
    g = unit.lower().replace(" ", "")
    return 1e6 if ("miljoen" in g or "mln" in g or "1.000.000" in g) else 1e3


_UNIT_CAPTION = re.compile(r"[ \t]*\(?(?:[xX×][ \t]*)?(?:€[ \t]*)?(duizend|miljoen)[ \t]*\)?[ \t]*(?=\n|$)")


class _Multipliers(list):
    """(position, factor, euro) of a text's table multipliers, the last in the text first, with `keys` (minus
    the positions, ascending) to find the one nearest above a position by bisection."""

    def __init__(self, items):
        super().__init__(items)
        self.keys = [-p for p, _f, _e in items]


HEADER_CELL = re.compile(r"\s*([A-Za-z][\w ]{0,20}?)\s+((?:19|20)\d\d)\s*\|?\s*")
YEAR_CELL = re.compile(r"([A-Za-z][\w ]{0,20}?)\s+((?:19|20)\d\d)")
ANY_YEAR = re.compile(r"(?:19|20)\d\d")


def _table_year_columns(text: str) -> list[tuple[int, int, list[int | None]]]:
    """Header runs of cells like "Score 2012 |" "Streven 2013 |": (start, end, year per column).

    Target columns ("Streven", "Begroting", "Raming", "Doel") get None: only realised values carry a year.
    Only lines with a year in them can be header lines, so only those are looked at.
    """
    out = []
    n = len(text)

    def line_at(ls: int) -> str:
        le = text.find("\n", ls)
        return text[ls:n if le == -1 else le]

    def target(word: str) -> bool:
        return bool(TARGET_COLUMN.match(word))

    starts = _year_lines(text)[0]
    done = -1  # a run's last line: lines before it are taken
    for ls in starts:
        if ls <= done:
            continue
        run = []
        pos = ls
        last_end = -1
        while pos <= n:
            line = line_at(pos)
            mm = HEADER_CELL.fullmatch(line)
            if not mm:
                break
            run.append(None if target(mm.group(1)) else int(mm.group(2)))
            last_end = pos + len(line)
            pos = last_end + 1
        if not run:
            line = line_at(ls)
            ycells = [YEAR_CELL.fullmatch(c.strip()) for c in line.split("|")]
            if sum(1 for c in ycells if c) >= 2:
                run = [None if target(c.group(1)) else int(c.group(2)) for c in ycells if c]
                last_end = ls + len(line)
        if len(run) >= 2:
            end = text.find("\n\n", last_end)
            out.append((last_end, n if end == -1 else end, run))
            done = last_end
    return out


def _table_year(table_years: dict[int, int | None], pos: int) -> int | None:
    return table_years.get(pos)


NUM_LINE = re.compile(r"(?m)^[^\S\n]*[\d.,]+[^\S\n]*%?[^\S\n]*\|?[^\S\n]*$")


def _is_section(line: str) -> bool:
    """A row that heads the rows under it: it closes with a colon ("Gemeente X: |", "Regio Oost 2012: |"), after a
    word or a year, not after another number ("Score 3: |")."""
    return bool(re.search(r":\s*\|?\s*$", line)) and not re.search(r"(?<![\d])(?!(?:19|20)\d\d\b)\d+\s*:\s*\|?\s*$",
                                                                   line)


def _cell_years(text: str) -> dict[int, int | None]:
    """Line start -> year for numeric table cells: by year column, or by a section row "... 2012: |"."""
    out: dict[int, int | None] = {}
    for start, end, years in _table_year_columns(text):
        col = 0
        for m in re.finditer(r"(?m)^[^\n]*$", text[start:end]):
            line = m.group(0)
            if not line.strip():
                continue
            if NUM_LINE.fullmatch(line):
                if col < len(years) and years[col] is not None:
                    out[start + m.start()] = years[col]
                elif col < len(years):
                    out[start + m.start()] = -1  # a target column: not a figure of a year
                col += 1
            else:
                col = 0
    # A number alone on its line under a section row ("Werkgebied 2012: |") takes the section's year; the
    # section lasts over blank lines, other numbers and table cells ("... |"), and ends at any other line.
    in_columns = set(out)
    for m in NUM_LINE.finditer(text):
        if m.start() in in_columns:
            continue
        pos = m.start()
        year = None
        for _ in range(500):
            if pos <= 0:
                break
            ps = text.rfind("\n", 0, pos - 1) + 1
            line = text[ps:pos - 1]
            pos = ps
            if _is_section(line):
                ys = YEAR_RE.findall(line)
                year = int(ys[-1]) if ys else None
                break
            if not line.strip():
                continue
            if NUM_LINE.fullmatch(line) and ps not in in_columns:
                continue
            if not line.rstrip().endswith("|"):
                break
        if year:
            out[m.start()] = year
    return out
