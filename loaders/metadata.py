"""Report metadata: which municipality wrote it, about which year, what kind of document, which programmes.

Each answer carries human-readable evidence and a 0..1 confidence; a low confidence adds a warning.
"""

from __future__ import annotations

import bisect
import datetime
import itertools
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from urllib.parse import urlsplit

from sdkg.loaders import reference as ref
from sdkg.loaders.extract import places
from sdkg.loaders.extract.laws import ends_with_law
from sdkg.loaders.extract.nlp import parse
from sdkg.loaders.extract.normalise import MONTH_NAMES, WEEKDAY_NAMES, plain_spaces, title_case
from sdkg.loaders.extract.scan import (
    anchored_finditer,
    back_over,
    capitalised_phrases,
    find_all,
    lowered,
    occurrences,
    word_starts,
    words_where,
)
from sdkg.loaders.model import DOCUMENT_TYPES, Document, Municipality, ReportMeta

LOW_CONFIDENCE = 0.6

# An accountability document with its year ("Jaarverslag 2019"); in a budget it is another document ("gegevens
# beschikbaar in jaarrekening 2021"), which a budget names as it names any other.
_ACCOUNT_YEAR = (r"(?i)\b(?:jaarstukken|jaarverslag|jaarrekening|verantwoording|realisatie|programmaverantwoording|"
                 r"programmarekening)\s+((?:19|20)\d\d)\b")
YEAR_HEADINGS = [
    # (pattern, weight): a year named in the report's own title or standard headings.
    (_ACCOUNT_YEAR, 6),
    (r"(?i)\b(?:programma|meerjaren|beleids|ontwerp)?begroting\s+((?:19|20)\d\d)\b", 6),
    (r"(?i)\bontwikkelingen\s+in\s+((?:19|20)\d\d)\b", 5),
    (r"(?i)\bwat\s+(?:doen|gaan)\s+we\s+(?:doen\s+)?in\s+((?:19|20)\d\d)\b", 5),
    (r"(?i)\bwat\s+hebben\s+we\s+in\s+((?:19|20)\d\d)\s+bereikt", 5),
    (r"(?i)\bwat\s+hebben\s+(?:we|wij)\s+(?:bereikt|gedaan)\s+in\s+((?:19|20)\d\d)\b", 5),
    (r"(?i)\bbegrotingsjaar\s+((?:19|20)\d\d)\b", 4),
    # Budget-table columns "Realisatie 2019 Begroting 2020 Begroting 2021 Raming 2022": the last budget column.
    (r"(?i)\bbegroting\s+((?:19|20)\d\d)\s+raming\s+(?:19|20)\d\d\b", 9),
    # (within the heading's line: "Wat willen we bereiken" over a paragraph "In 2020 is de nota vastgesteld" is no cue)
    (r"(?i)\bwat\s+(?:willen|gaan|doen)\s+(?:we|wij)[ \t]+(?:[a-z]+[ \t]+){0,3}?in[ \t]+((?:19|20)\d\d)\b", 5),
    # The title of a mid-year report or a framework note: "2e Berap 2019", "Perspectiefnota 2020", "Kadernota
    # Sociaal Domein 2019-2022" (a period: its first year).
    (rf"(?i)\b{ref.cycle_words('tussentijdse-rapportage', 'kadernota')}(?:\s+[A-Z][\w\-]+){{0,3}}\s+((?:19|20)\d\d)\b",
     6),
]
# A multi-year budget table's columns: the realisation of two years before, the current budget, then the report's
# own budget and the years after it ("Realisatie 2021 Begroting 2022 Begroting 2023 ... Begroting 2026": 2023).
_BUDGET_KIND = r"(?:begroting|begr\.?|raming|mjb)(?:\s+(?:na\s+wijziging(?:en)?|primitief|gewijzigd|actueel))?"
_BUDGET_COLUMNS = re.compile(
    rf"(?i)\b(?:realisatie|rekening|jaarrekening)\s+((?:19|20)\d\d)((?:\s+(?:{_BUDGET_KIND}|verschil|v\s*/\s*n)"
    r"(?:\s+(?:19|20)\d\d(?:\s*/\s*(?:19|20)\d\d)?)?){2,12})")
# ("Begroting na wijziging 2020", "Begr 2021", "MJB 2023": a narrow column's words)
_BUDGET_COLUMN_YEAR = re.compile(rf"(?i)\b{_BUDGET_KIND}\s+((?:19|20)\d\d)\b")
# The past tense of strong and irregular verbs ("In 2020 vond de aanbesteding plaats", "In 2019 kwam er").
_STRONG_PAST_VERBS = ("vond", "vonden", "kwam", "kwamen", "ging", "gingen", "nam", "namen", "gaf", "gaven", "kreeg",
                      "kregen", "bleef", "bleven", "liep", "liepen", "stond", "stonden", "sloot", "sloten", "trad",
                      "traden", "zag", "zagen", "deed", "deden", "hield", "hielden", "begon", "begonnen", "bracht",
                      "brachten", "dacht", "dachten", "zocht", "zochten", "lag", "lagen", "sprak", "spraken", "koos",
                      "kozen", "schreef", "schreven", "verscheen", "verschenen", "ontving", "ontvingen", "steeg",
                      "stegen", "daalde", "daalden", "verliep", "verliepen", "onderging", "ondergingen")
_STRONG_PAST = "(?:" + "|".join(_STRONG_PAST_VERBS) + ")"
# A year with a verb: looking back in a jaarverslag ("In 2022 voerden we", "In 2022 zijn ... ingezet"), ahead in
# a begroting ("In 2026 verwachten we"). They count for the year only where the type agrees.
# ("In 2020 is", "in juni 2020 stelde", "Op 3 juni 2020 stelde", "Halverwege 2020 trad", "Eind 2020 waren")
# (the part of a year: "het jaar 2020", "de loop van 2020", "het tweede halfjaar van 2019"; a month dates an event)
_PART_OF_YEAR = (r"het\s+jaar\s+|de\s+loop\s+van\s+|het\s+(?:voorjaar|najaar)\s+van\s+|"
                 r"de\s+(?:zomer|eerste\s+helft|tweede\s+helft)\s+van\s+|"
                 r"het\s+(?:eerste|tweede|derde|vierde|laatste)\s+(?:kwartaal|halfjaar|half\s+jaar)\s+van\s+")
_PAST_YEAR = (r"(?i)\b(?:in|halverwege|medio|begin|eind|op)\s+(?:" + _PART_OF_YEAR + r"|(?:\d{1,2}\s+)?(?:" + MONTH_NAMES
              + r")\s+)?((?:19|20)\d\d)\s+(?:zijn|is|hebben|heeft|werd|werden|waren|was|"
              r"kon|konden|" + _STRONG_PAST + r"|[a-z]{2,}(?:de|te|den|ten)"
              # ... or a participle that closes the clause: "We hebben de buurthuizen in 2026 geopend." (not a
              # passive's future: "worden in 2027 geopend", see _PASSIVE_AHEAD)
              r"|ge[a-z]{3,}(?:d|t|en)(?=[ \t]*[.,;]))\b")
_FUTURE_YEAR = (r"(?i)\bin\s+((?:19|20)\d\d)\s+(?:(?:verwachten|gaan|willen|zullen)\s+(?:we|wij)\b|"
                # ... or what is done in that year, in the present tense: "In 2026 onderzoeken we", "In 2026 levert het
                # informatieknooppunt" (a past plural ends in -den/-ten, a past singular in -de/-te or as a strong verb;
                # "bracht", "liet": a past that ends in t; "hebben", "is", "heeft", "wordt": the perfect or passive of
                # either)
                r"(?!(?:" + _STRONG_PAST + r"|hebben)\b)(?:[a-z]{2,}(?<![dt])en\s+(?:we|wij)\b|"
                r"(?!(?:heeft|wordt|liet|is)\b)[a-z]{2,}(?<!ch)t\s+(?:de|het|een)\s))")
# Each pattern above and in TYPE_CUES opens with \b and a word; the word (lower case for (?i) patterns) is
# all a match can start with, so the patterns run only where one stands (loaders.extract.scan).
_FIRST_WORD = re.compile(r"^(\(\?i\))?\\b(?:\(\?:)?([A-Za-z]+)")
_YEAR_FREQ = re.compile(r"(?<![\d/.\-–])((?:19|20)\d\d)(?![\d/]|\s*[-–]\s*(?:19|20)?\d\d|\s+e\.\s?v\.)")
# Years that are no reporting year: the end of a period ("2018-2021"), a date ("1 jan 2024"), a title's
# closing year at the end of a list line ("• Beleidsnota Wonen 2014").
_YEAR_NOT_REPORTING = re.compile(
    r"(?:[-–]\s*$|(?i:\d\s*(?:jan|feb|mrt|maart|apr|mei|jun|jul|aug|sep|okt|nov|dec)[a-z]*\.?\s*$))")
# A date is a deadline or an event ("tot 1 januari 2026", "op 16 maart 2021 vastgesteld"), unless it dates the
# text itself: a dateline ("Maandag 11 november 2019", "Versie 16 maart 2021") has no preposition before it.
_DATE_BEFORE = re.compile(r"(?i)(?:^\s*|(\S+)\s+)\(?\d{1,2}\s*(?:jan|feb|mrt|maart|apr|mei|jun|jul|aug|sep|okt|nov|dec)"
                          r"[a-z]*\.?\s*$")
_PREPOSITIONS = {"tot", "per", "op", "vanaf", "na", "voor", "sinds", "uiterlijk", "van", "in", "t/m", "en", "tussen",
                 "met", "vóór", "om", "(per", "(tot"}
# Where a year is history or a target, not what the text reports on: "sinds 2011", "uit 2021", "vanaf 2026", a
# relative clause ("het kader, dat in 2016 is ontwikkeld"), a year inside a quoted title ("Armoedevrij in 2040"),
# and a copy site's "Academic year: 2022".
_YEAR_HISTORY = re.compile(r"(?i)(?:\b(?:sinds|uit|vanaf|met\s+ingang\s+van)|\b(?:dat|die)\s+in|academic\s+year:|"
                           r"\b(?:de|het)\s+(?!(?:programma|meerjaren)?begroting|jaarrekening|jaarverslag|jaarstukken)"
                           r"[a-zà-ü]{4,}\s+van)\s*$")
# A year in a plan's name ("Visie 2045", "Woonagenda 2030", "Uitvoeringsplan 2023") is the plan's horizon.
_PLAN_NAME_BEFORE = re.compile(r"(?i)(?:visie|agenda|plan|nota|akkoord|koers|ambitie|strategie|deal|perspectief|kader)"
                               r"(?:\s+(?-i:[A-Z][\w\-]+))?\s*$")
# A year in a law's or regulation's name ("Wmo 2015", "Bbz 2004", "Wet inburgering 2021", "Verordening
# maatschappelijke ondersteuning 2020", "Besluit bijstandverlening zelfstandigen 2004") names that law, not the year
# reported on (laws: `ends_with_law`).
_REGULATION_BEFORE = re.compile(r"(?i)(?:verordening|beleidsregels?|besluit)"
                                r"(?:\s+(?!(?:in|is|op|per|van|vanaf|tot|voor|na|wordt|werd|zijn|was)\b)[a-z]+){0,4}\s*$")
_OPEN_QUOTE = re.compile(r"[“‘\"][^”’“‘\"\n]{0,80}$")
_LIST_LINE = re.compile(r"^\s*(?:[•●▪◦·\-–*]|\d+[.)])\s")
# the rest of an indicator's row after the year it was measured: its value, one to compare it with, a source
# ("Jongeren met jeugdhulp % 2021 10,4 9,7", "... 2020 66,1 68,0 CBS")
_MEASURED_ROW_REST = re.compile(r"-?\d[\d.]*(?:,\d+)?(?:[ \t]+-?\d[\d.]*(?:,\d+)?)?(?:[ \t]+[^\W\d][^\d]*)?")
_YEAR_ANY = re.compile(r"(?:19|20)\d\d")
# The social domain's decentralisations took effect on 1 January 2015 (Wmo 2015, Jeugdwet, Participatiewet, the tasks
# going from the Rijk to the gemeenten): a year 2015 in a sentence about them is that reform's, which reports of every
# year since tell of.
_REFORM_YEAR = 2015
_REFORM = re.compile(r"(?i)decentralisaties|van\s+het\s+rijk\s+naar\s+(?:de\s+)?gemeenten")
_IN_YEAR_BEFORE = re.compile(r"\b(?:[Ii]n|per|uiterlijk(?:\s+(?:eind|begin|medio))?)\s+$")
# In a text that looks back, a year in a clause that looks ahead ("de te openen huiskamers in 2022", "we gaan in 2022
# verder") lies after the year reported on.
_AHEAD_BEFORE = re.compile(r"(?i)\b(?:te\s+[a-z]{3,}en|zal|zullen|gaan|gaat|verwachten|verwacht|komende?|volgend)\b")
# "de begroting 2027", "het jaarverslag 2021": a document the text refers to ("In de aanloop naar de begroting 2027"),
# whose year is weak evidence of the report's own; the report's title has no article ("Begroting 2027").
_REFERRED = re.compile(r"(?i)\b(?:de|het)\s+$")
_BUDGET_CUE = re.compile(r"(?i)\w*begroting\s")  # a year cue that names a budget ("Programmabegroting 2020")
_ARTICLE_BEFORE = re.compile(r"(?i)\b(?:de|het|een)\s+$")  # a year and a participle as an attribute after it
_SOURCE_BEFORE = re.compile(r"(?i)(?:\bo\.b\.v\.|\bop\s+basis\s+van|\bconform|\bvolgens|\bzie|\bbron:?|\buit)\s+(?:de\s+|het\s+)?$"
                            # ... or a column of the budget as first adopted or as amended, beside the year's outcome
                            r"|(?:oorspronkelijke|primitieve|bijgestelde|gewijzigde)\s+$")
# "In deze jaarstukken blikken we terug"; as the offering letter puts it: "Voor u liggen de jaarstukken", "Hierbij bieden
# we u het jaarverslag en de jaarrekening 2030 aan" (the two parts the jaarstukken are made of)
_THIS_JAARSTUKKEN = re.compile(r"(?i)\b(?:deze|onze)\s+jaarstukken\b|\bvoor\s+u\s+lig(?:t|gen)\s+de\s+jaarstukken\b|"
                               r"\bbied(?:en|t)\s+(?:we|wij|het\s+college)\s+u\s+(?:hierbij\s+)?(?:de\s+jaarstukken|"
                               r"het\s+jaarverslag\s+en\s+de\s+jaarrekening)\b")
_THIS_JAARSTUKKEN_ANCHORS = ("deze", "onze", "voor", "bieden", "biedt")
# (also under its page's number, as a copy of the document shows its cover: "1 Jaarstukken"; not an agenda's item
# that names another body's: "5 Jaarstukken 2024 Veiligheidsregio")
_JAARSTUKKEN_HEAD = re.compile(r"(?m)^\s*(?:Jaarstukken|JAARSTUKKEN)\b.*$|^[ \t]*\d{1,3}[ \t]+(?:Jaarstukken|JAARSTUKKEN)"
                               r"(?:[ \t]+(?:19|20)\d\d)?[ \t]*$")
# "Jaarstukken 2019", and in running text "de website van de jaarstukken 2016"
_JAARSTUKKEN_YEAR = re.compile(r"(?i)\bjaarstukken\s+(?:19|20)\d\d\b")
# "Het programma Zorg, Wonen en Werk omvat", "In het programma Sociaal domein worden", "Het Programma 3.2 Zorg en
# Welzijn eindigt met een klein overschot" (its number left off): the name runs from a
# capital to the verb, over lower-case words that are no function words, on one line (a heading "het programma"
# does not name the paragraph under it).
# (a programme's name after "het programma": capitalised, up to six words, no article or pronoun among them)
_NAME_AFTER_PROGRAMMA = (r"[Pp]rogramma[ \t]+(?:\d{1,2}(?:\.\d{1,2})?[ \t]+)?[‘'“\"]?([A-Z][a-zà-ü][\w\-]*(?:,?[ \t]+(?:en[ \t]+|&[ \t]+)?(?!(?:van|de|het|een|in|op|voor|"
                         r"met|dat|die|dit|deze|ook|als|om|te|we|wij|zich)\b)[\w\-]+){0,5}?)[’'”\"]?[ \t]+")
# a digit or a capital inside a word: a brand's name, not a document's chapter ("Start2Work", "WijkLab")
_BRAND = re.compile(r"\d|[a-z][A-Z]")
_HET_PROGRAMMA = re.compile(
    rf"\b[Hh]et\s+{_NAME_AFTER_PROGRAMMA}(?:bestaat|omvat|bevat|kent|richt|is|heeft|hebben|staan|staat|worden|wordt|luidt|sluit)\b|"
    # ("Met het programma X willen we ...": what the budget does with it)
    rf"\b[Mm]et\s+het\s+{_NAME_AFTER_PROGRAMMA}(?:richten|willen|zetten|werken)[ \t]+(?:we|wij)\b|"
    # ("Binnen het begrotingsprogramma X lag in 2014 ...": what is done in it; "binnen het programma X zijn vijf projecten
    # gestart" is as often a programme of projects, an initiative)
    rf"\b[Bb]innen\s+het\s+begrotings{_NAME_AFTER_PROGRAMMA.replace('[Pp]rogramma', 'programma')}"
    r"[a-z]{2,}[ \t]+(?:we|wij|in|de|het|onze|ook)\b|"
    # ("Aan het programma X geven we ... uit": what the document spends on it)
    rf"\b[Aa]an\s+het\s+{_NAME_AFTER_PROGRAMMA}(?:geven|besteden)[ \t]+(?:we|wij)\b|"
    # ("naar het nieuwe programma 4 Samen sterk."; a number and a name closed by the sentence)
    r"\b[Hh]et\s+(?:nieuwe\s+)?programma[ \t]+\d{1,2}[ \t]+([A-Z][a-zà-ü]+(?:[ \t]+[a-zà-ü]+){0,4})(?=[.;:])")
# "Programma 3: Sociaal domein", "2.2 Programma Sociaal", "Programma 6 - Sociaal Domein", "Pijler 2 Zorg", "Domein 1 -
# Sociaal domein" (a numbered unit names its programme once: a second "Domein 1 - X" heads a part of its page),
# "Programma 1 en 3 Opgroeien en Zorg en opvang" (two programmes under one heading).
_PROGRAMMA_HEADING = re.compile(
    r"^[ \t]*(?:\|[ \t]*)?(?:\d+(?:\.\d+)*\.?[ \t]+)?(?:(?:Programma|PROGRAMMA)(?::?\s+(?P<nums>\d{1,2}[a-z]?(?:\s+en\s+\d{1,2}[a-z]?)?))?|"
    r"(?:Pijler|Programmalijn|Domein)\s+\d{1,2}[a-z]?|Pijler(?=\s*:)|"
    # (a sub-programme by its number: "Deelprogramma 6A Sociale infrastructuur", "Deelprogramma: 1A X")
    r"(?:Deelprogramma|Subprogramma):?\s+\d{1,2}[A-Za-z]?)[ \t]*[:.\-–|]?(?:[ \t]+|[ \t]*\n[ \t]*)"  # (not over a blank line)
    r"(?P<name>[A-Z][^\n|]{2,80}?)(?:\s*$|[ \t]*\|)", re.M)  # (or a table's cell: "| Programma 3 Zorg | 2025 |")
_RUN_IN_PROGRAMMA = re.compile(r"[ \t]+Programma[ \t]+\d{1,2}[a-z]?[ \t]*[:.\-–]?[ \t]+(?=[A-Z])")
_TRAILING_AMOUNT = re.compile(r"[ \t]+-?\d{1,3}(?:\.\d{3})+$")
_RUN_IN_SENTENCE = re.compile(r"\.[ \t]+[A-Z].*$")
_PROGRAMME_CODE = re.compile(r"^P\d{1,2}[a-z]?[ \t]+(?=[A-Z])")
# ... or in lower case, with its number: "programma 3- zorg" (a report site's header over its indicators)
_LOWER_PROGRAMMA_HEADING = re.compile(r"^[ \t]*programma[ \t]+\d{1,2}[a-z]?[ \t]*[:\-–][ \t]*(?P<name>[a-z][a-z ,&\-]{2,60}?)"
                                      r"[ \t]*$", re.M)
# A table of contents: "Programma 2 Openbaar gebied ...... 25" (several on one line), "Programma 1 - Bestuur 10".
_CONTENTS_PROGRAMMA = re.compile(
    r"\bProgramma\s+\d{1,2}[a-z]?\s*[:.\-–|]?\s+(?P<name>[A-Z][^.\n|]{1,80}?)\s*\.{3,}\s*\d{1,3}\b")
# ... or copied as one line, its programmes in lower case: "2.1 Programma zorg 7 2.2 Programma veiligheid 21 2.3 ..."
# (a page after dot leaders ends its entry, whatever follows: "Programma Bestuur ...... 37 Deel 3 Financiën ...... 41")
_CONTENTS_RUN = re.compile(r"\b(?:Programma|PROGRAMMA)[ \t]+(?:\d{1,2}[a-z]?[ \t]*[:.]?[ \t]+)?"
                          r"(?P<name>[^\W\d][\w&,'’\- ]{2,80}?)(?:[ \t]*(?:\.{2,}|…+)[ \t]*(?P<led>\d{1,3})(?![\d.,])|"
                          r"[ \t]+(?P<page>\d{1,3})(?=[ \t]+(?:\d|Programma\b|PROGRAMMA\b)|[ \t]*(?:…|\.{3})?[ \t]*$))", re.M)
# ... or the programmes named by their numbers one after the other on one line, without pages: "Programmaverantwoording
# Programma 1: Zorg Programma 2: Werk en inkomen Programma 3: Bestuur" (or without the colons)
_PROGRAMMA_RUN_IN = re.compile(r"\bProgramma[ \t]+(?P<n>\d{1,2})[ \t]*:?[ \t]+(?P<name>[A-Z][^\n:\d.…|]{2,60}?)"
                               r"(?=[ \t]+Programma[ \t]+\d{1,2}[ \t]*:?[ \t]|[ \t]*\n)")
# ... or a contents' chapter of programmes and its sections run together: "3 Programma's 8 3.1 Leeswijzer 8 3.2 Zorg en
# welzijn 12 3.3 Wonen 25" (the sections of that chapter, each with its page)
_CONTENTS_CHAPTER = re.compile(r"(?<![\d.])(?P<n>\d{1,2})\.?[ \t]+Programma(?:'|’)s[ \t]+\d{1,3}\s+")
_CONTENTS_SECTION = re.compile(r"(?P<n>\d{1,2})\.\d{1,2}\.?[ \t]+(?P<name>[A-Z][^\d\n]{2,60}?)[ \t]+\d{1,3}(?:\s+|$)")
# ... or its chapter of programmes with the entries under it, run together or a line each, up to the next chapter:
# "Programma's ...... 11 Zorg ...... 12 Wonen ...... 15 Paragrafen ...... 40", "Programmaplan 2031-2034 7 Zorg 8 Wonen
# 11 Werk 15", "Programma’s 40 - Programma 1 Zorg 41 - Programma 2 Wonen 47", "4 Programmaplan ...... - 30 - 4.1
# Programma 1 Zorg ...... - 31 -" (the pages one after the other)
_CONTENTS_PROGRAMMES = re.compile(r"\b(?:Programma(?:['’ ]?s\b|plan\b|verantwoording\b)|PROGRAMMA['’]?S\b)"
                                  r"(?:[ \t]+(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?)?[ \t]*:?"
                                  r"(?:(?:[ \t]*(?:\.{2,}|…+)[ \t]*|[ \t]+)(?:-[ \t]*)?(?P<page>\d{1,3})(?:[ \t]*-(?!\S))?)?"
                                  r"(?=\s)")
_CONTENTS_ENTRY = re.compile(r"\s*(?:[-–•][ \t]+)?(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?"
                             r"(?P<numbered>Programma[ \t]+\d{1,2}[a-z]?[ \t]*[:.\-–]?[ \t]+)?"
                             r"(?P<name>[A-Z][^\d\n.…:;!?]{1,80}?)[ \t]*(?:\.{2,}|…+)?[ \t]*(?:-[ \t]*)?"
                             r"(?P<page>\d{1,3})(?:[ \t]*-(?!\S))?(?=\s|$)")
_CONTENTS_NEXT_CHAPTER = re.compile(r"(?i)(?:[IVX]{1,4}\.?[ \t]+)?(?:paragra|bijlage|deel\b|jaarrekening|financi[eë]le\b|"
                                    r"overzicht|inhoud|uiteenzetting)")  # (a part numbered in roman: "II Paragrafen")
# (after dot leaders too, and before a copied page's line break tag: "Leefstijl ...3", "Samenleving 12<br />")
_PAGE_NUMBER = re.compile(r"(?:\s*\.{2,}\s*|\s+)\d{1,3}(?:\s*<br\s*/?>)?$|\s*<br\s*/?>$")
# A chapter's own title on the page's first lines: "6. Sociaal domein", "3 Zorg en welzijn" (one level of numbering;
# "6.1 Wijkteams" is a section). Letters, spaces, commas, '&' and hyphens only: no sentence, no figure.
_PART_NUMBER_BEFORE = re.compile(r"^(?:Programma|Domein|Thema|Pijler|Deelprogramma)[ \t]+\d{1,2}[a-z]?[ \t]*[|:.\-–][ \t]*"
                                 r"(?=[A-Z])")
# (nor is a document's own part: its introduction, summary, foreword, outlook, conclusions, the proposals it takes)
_NOT_A_CHAPTER = re.compile(r"(?i)programma|leeswijzer|inhoud|paragraaf|bijlage|inleiding|aanleiding|samenvatting|"
                            r"aanbieding|voorwoord|perspectief|uitgangspunten|toelichting|overzicht|conclusie|"
                            r"aanbeveling|bevinding|achtergrond|aanmelding|resultaatgebieden|visie[ \t]+van")
# The chapters of the BBV (the hoofdtaakvelden 0-8), on a line of their own with a number or a page number
_BBV_CHAPTERS = ("Bestuur en ondersteuning", "Veiligheid", "Verkeer, vervoer en waterstaat", "Economie", "Onderwijs",
                 "Sport, cultuur en recreatie", "Sociaal domein", "Volksgezondheid en milieu",
                 "Volkshuisvesting, ruimtelijke ordening en stedelijke vernieuwing")
_BBV_CHAPTER_LINE = re.compile(
    r"(?im)^[ \t]*(?:(?:programma|hoofdstuk)[ \t]*)?(?:\d{1,2}\.?[ \t]*[:.\-–]?[ \t]*)?(?P<name>"
    + "|".join(re.escape(c).replace("\\ ", "[ \\t]+") for c in _BBV_CHAPTERS)
    + r")[ \t.]*\d{0,3}[ \t]*$")
# ... or as a table of contents' numbered entries with their pages ("0. Bestuur en ondersteuning ...... 5 1. Veiligheid
# ...... 9 2. Verkeer, vervoer en waterstaat ...... 14"): read where the BBV's chapters are among them
_NUMBERED_CONTENTS = re.compile(r"(?<![\w.,])(?P<n>\d{1,2})\.[ \t\xa0]+(?P<name>[A-ZÀ-Ü][^\d\n.…]{2,100}?)[ \t]*"
                                r"(?:\.{2,}|…+)[ \t]*(?P<page>\d{1,3})(?![\d.,])")
# What a report site prints above a page's title: the programme's spending and income as shares of the whole
# ("Uitgaven" / "31,08%" / "€ 48.302" / "x € 1.000" / "31,08% Complete"), its buttons, its publication date; and a
# document-copy site's own line between the page's lines ("advertisement").
_SITE_FURNITURE = re.compile(r"(?i)uitgaven|inkomsten|saldo|meer|inhoud|terug|pdf[ \t]+opties|publicatiedatum:.*|"
                             r"advertisement|advertentie|"
                             r"-?\d[\d.,]*[ \t]*%(?:[ \t]+complete)?|€[ \t]*-?[\d.,]+|\(?x[ \t]*€[ \t]*1\.000\)?")
_SOCIAL_DOMAIN_TITLE = re.compile(r"(?:H?\d{1,2}(?:\.\d{1,2})?\.?[ \t]+)?(Sociaal[ \t]+[Dd]omein|SOCIAAL[ \t]+DOMEIN)[ \t]*")
_CHAPTER_TITLE = re.compile(r"0?(\d{1,2})[.)]?[ \t]+([A-ZÀ-Ü][a-zà-üA-ZÀ-Ü ,&'’\-]{2,70}[a-zà-üA-ZÀ-Ü])")
# A site's breadcrumb "Programma's" (or "Programmaverantwoording", or "Domeinen" where the programmes are called
# domains) on a line of its own, the programme's name on the next, its number ("2c Sociale stad") left off.
# A report site's navigation line under a programme's page: "Terug naar navigatie - Sociaal domein - Inleiding".
_NAVIGATION_CRUMBS = re.compile(r"(?m)^Terug naar navigatie[ \t]+-[ \t]+(?P<name>[A-Z][^\n]{2,80}?)[ \t]+-[ \t]+\S")
_PROGRAMMA_NUMBER = re.compile(r"(?i)^Programma\s*:?\s+(?:\d{1,2}[a-z]?\s*[:.\-–|]?\s+)?")
_PROGRAMMES_CRUMB = re.compile(r"(?m)^(?:Programma(?:(?:'|’)s|verantwoording|plan)|Domeinen)[ \t]*\n(?:[ \t]*\n)*[ \t]*"
                               r"(?:\d{1,2}[a-z]?(?:[.)]|[ \t]+\|)?[ \t]+)?(?P<name>[A-Z][^\n]{2,60}?)[ \t]*$")
# Another programme of the same document named by its number and, in quotes, its name: "zoals in programma 1 “Wonen”
# beschreven", "de programma’s 2 “Thuis” (...) en 5 “Veilig wonen”"
_QUOTED_PROGRAMME = re.compile(r"\b[Pp]rogramma(?:['’]s)?[ \t]+\d{1,2}[a-z]?[ \t]*[“\"‘]([A-Z][^”\"’\n]{2,60}?)[”\"’]")
_QUOTED_PROGRAMME_MORE = re.compile(r"(?:[ \t]*\([^()\n]{0,80}\))?[ \t]*(?:,|en)[ \t]+\d{1,2}[a-z]?[ \t]*[“\"‘]"
                                    r"([A-Z][^”\"’\n]{2,60}?)[”\"’]")
# ... or its own name in quotes as a numbered chapter's heading, without a number after the word: "4. Programma 'Samen
# Sterk'" (not numbered, the heading names an undertaking: 'Programma "Samen Gezond"' under a theme)
_QUOTED_PROGRAMME_HEADING = re.compile(r"(?m)^[ \t]*\d{1,2}\.?[ \t]+Programma[ \t]+[‘'“\"]([A-Z][^’'”\"\n]{2,60})[’'”\"][ \t]*$")
# A programme with its period: "het Programma Sterke Buurten 2019-2022" (a budget's programme carries none); the
# name, read for every "programma", runs over no other one
_PROGRAMME_PERIOD = re.compile(r"(?i)\bprogramma[ \t]+((?:(?!programma\b)[^\n()]){2,60}?)[ \t]+(?:19|20)\d\d[ \t]*[-–][ \t]*(?:19|20)\d\d")
# A field's label and its value on one line: "Portefeuillehouder: X", "Verantwoordelijke bestuurders: A, B"
_LABEL_VALUE = re.compile(r"[^:\n]{2,40}:[ \t]+\S")
# Programmes named in quotes after the plural: "In de programma’s ‘A’, ‘B’ en ‘C’ lichten we dit verder toe", "De twee
# programma's, 'A' en 'B', gaan over ..."
_QUOTED_PROGRAMMES = re.compile(r"\b[Pp]rogramma(?:'|’)s,?[ \t]+[‘'“\"]([A-Z][^’'”\"\n]{2,60})[’'”\"]"
                                r"((?:[ \t]*,[ \t]*[‘'“\"][A-Z][^’'”\"\n]{2,60}[’'”\"])*[ \t]+en[ \t]+[‘'“\"][A-Z][^’'”\"\n]{2,60}[’'”\"])")
_QUOTED_NAME = re.compile(r"[‘'“\"]([A-Z][^’'”\"\n]{2,60})[’'”\"]")
# Programmes named by number in a sentence: "In programma 4. Zorg & Welzijn, 5.B. Cultuur en 6. Wonen & Werken vindt u
# de doelen"
_NUMBERED_PROGRAMMES = re.compile(r"\b[Pp]rogramma(?:['’]s)?[ \t]+(?=\d)")
# (a number with a letter, "5B Sport"; a note in brackets after a name; "&" before the last: "6 X (wonen) & 3 Y.")
_NUMBERED_ITEM = re.compile(r"\d{1,2}[A-Z]?(?:\.[A-Z0-9]{1,2})*\.?[ \t]+([A-Z][\w&\-]*(?:[ \t]+(?:&[ \t]+)?[\w\-]+)*?)"
                            r"(?:[ \t]*\([^()\n]{1,40}\))?"
                            r"(?=(?:,[ \t]*|[ \t]+(?:en|&)[ \t]+)\d|[ \t]+(?:staan|zijn|is|wordt|worden|komen|vindt|leest|gaan|"
                            r"vallen|horen|onder)\b|\.[ \t]+[A-Z])")
_ITEM_JOIN = re.compile(r",[ \t]*|[ \t]+(?:en|&)[ \t]+")
_PROGRAMMA_QUOTE = re.compile(r"Programma[ \t]+[‘'“\"]")  # (where such a heading can stand: its line is read from its start)
# The document's programmes announced and listed, an item a line: "de volgende programma's:" / "2.1 Samenleving" /
# "2.2 Ruimte", "• Gezond en actief"
_PROGRAMMES_ANNOUNCED = re.compile(r"(?i)\bvolgende[ \t]+(?:begrotings)?programma(?:'|’)s[ \t]*:[ \t]*\n")
# ... or under the chapter's heading on a line of its own, three at least: "Programmaplan" / "1. Zorg" / "2. Wonen" / ...
_PROGRAMMES_LIST_HEADING = re.compile(r"(?m)^[ \t]*Programma(?:(?:'|’)s|plan|verantwoording)[ \t]*\n")
# ... or in a sentence: "Aan de dorpsaanpak dragen deze programma's bij: Cultuur, Zorg en Welzijn, Jeugd en Sport",
# "daarna komen de programma's Wonen, Werk, Zorg en Bestuur aan bod"
# (three names at least; a name's own "en" stands inside its part between commas, the list's last "en" in the last)
_PROGRAMMES_IN_SENTENCE = re.compile(r"\b[Pp]rogramma(?:'|’)s\b(?:[^.\n:;]{0,60}?(?:[ \t]zijn|[ \t]*:))?[ \t]+"
                                     r"([A-Z][\w\-]*(?:[ \t]+(?:[A-Z][\w\-]*|en|&)){0,4}"
                                     r"(?:,[ \t]+[A-Z][\w\-]*(?:[ \t]+(?:[A-Z][\w\-]*|en|&)){0,4}){1,12})")
# ... and after a colon to the sentence's end, the names in sentence case or numbered in brackets: "ons werk valt in
# vier programma's: Putten leert, Putten werkt en Putten leeft.", "uit het akkoord volgen drie programma's: (1) Zorg, (2)
# Werk en (3) Wonen." (each name opens with a capital; the list closes the sentence)
_SENTENCE_CASE_ITEM = r"(?:\(\d{1,2}\)[ \t]+)?[A-Z][^\W\d_]*(?:[ \t]+(?:\(\d{1,2}\)[ \t]+)?[^\W\d_][\w\-’']*){0,4}"
_PROGRAMMES_AFTER_COLON = re.compile(rf"\b[Pp]rogramma(?:'|’)s\b[^.\n:;]{{0,60}}?:[ \t]+({_SENTENCE_CASE_ITEM}"
                                     rf"(?:,[ \t]+{_SENTENCE_CASE_ITEM}){{1,12}})[ \t]*(?:\.|\n|$)")
_ITEM_NUMBER = re.compile(r"\(\d{1,2}\)[ \t]+")


def _listed_names(listed: str) -> list[str]:
    """The names of a list "A, B en C" (a name's own "en" stands inside its part between commas, the list's last "en"
    in the last part; numbers in brackets dropped), or [] where a part is no name (lower case, over five words,
    ending in a conjunction)."""
    *parts, last = [_ITEM_NUMBER.sub("", p).strip() for p in listed.split(",")]
    head, sep, tail = last.rpartition(" en ")
    items = [*parts, *((head, tail) if sep else (last,))]
    ok = all(i[:1].isupper() and len(i.split()) <= 5 and not i.endswith((" en", " &")) for i in items)
    return items if ok else []
# A table's rows of programmes by their numbers with a leading zero: "01 Sociaal domein" / (figures) / "02 Onderwijs"
_PADDED_PROGRAMME_LINE = re.compile(r"(?m)^[ \t]*0(\d)[ \t]+([A-Z][a-zà-ü][\w ,&'’\-]{1,60}?)[ \t]*$")
# A budget's overview of its totals per programme ("Totalen per programma", "Overzicht baten en lasten per programma") on
# a line of its own, its rows a programme's name and its amounts per year ("Zorgzaam Putten -4.720 -4.650 -512");
# the rows of the whole and of the overhead are none.
_PER_PROGRAMME_HEADING = re.compile(r"(?im)^[ \t]*(?:totalen|totaal|overzicht|financi[eë]le[ \t]+specificatie)\b"
                                    r"[^\n]{0,40}?\bper[ \t]+programma[ \t]*$")
_AMOUNTS_ROW = re.compile(r"(?m)^[ \t]*([A-Z][^\d\n€:]{2,60}?)[ \t]+-?\d[\d.,]*(?:[ \t]+-?\d[\d.,]*)+[ \t]*$")
_NOT_A_PROGRAMME_ROW = re.compile(r"(?i)^(?:totaal|totalen|saldo|overhead|onvoorzien|algemene[ \t]+dekkingsmiddelen|"
                                  r"vennootschapsbelasting|heffing|stortingen|onttrekkingen|mutaties|reserves?)\b")
_ABBREVIATION_AFTER = re.compile(r"[ \t]+\((?:[A-Z][A-Za-z]{1,5})\)$")
_BLANK_LINES = re.compile(r"(?:[ \t]*\n)*")
_PROGRAMME_ITEM = re.compile(r"[ \t]*(?:[•\-–*][ \t]+|\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)([A-Z][^\n]{1,60}?)[ \t]*(?:\n|$)")
# ... and a budget's numbered chapter of programmes over its first: "3. Programmaplan" / "3.2 Zorg en welzijn"
_NUMBERED_CRUMB = re.compile(r"(?m)^\d{1,2}\.?[ \t]+(?:Programma(?:(?:'|’)s|verantwoording|plan))[ \t]*\n(?:[ \t]*\n)*"
                             r"[ \t]*\d{1,2}\.\d{1,2}\.?[ \t]+(?P<name>[A-Z][^\n]{2,60}?)[ \t]*$")
# The standard headings of an accountability text ask what was achieved and done; a budget never asks that, while
# an annual report repeats the budget's "Wat willen we bereiken?" above its answers. They weigh three cues.
_LOOKED_BACK_ACHIEVED = r"(?i)\bwat\s+hebben\s+(?:we|wij)\s+(?:dit\s+jaar\s+|in\s+\d{4}\s+)?(?:bereikt|gerealiseerd)"
_LOOKED_BACK_DONE = r"(?i)\bwat\s+hebben\s+(?:we|wij)\s+(?:(?:daar|er|hier)voor\s+|dit\s+jaar\s+|in\s+\d{4}\s+)?gedaan"
_LOOKED_BACK_AIMED = r"(?i)\bwat\s+wilden\s+(?:we|wij)\s+bereiken"
_LOOKED_BACK_DONE_PASSIVE = r"(?i)\bis\s+er\s+(?:daarvoor\s+)?gedaan\s*\?"
# ... or what happened (a budget asks what will happen, or what is going on: "Wat speelt er?")
_LOOKED_BACK_HAPPENED = r"(?i)\bwat\s+is\s+er\s+gebeurd\s*\?"
# ... or ask it in the past tense ("Wat deden we?"), or how far the aims were met ("In hoeverre hebben we ... bereikt?")
_LOOKED_BACK_DID = r"(?i)\bwat\s+deden\s+(?:we|wij)\b"
_HOW_FAR_MET = r"(?i)\bin\s+hoeverre\s+hebben\s+(?:we|wij)\s+(?:[a-z]+\s+){0,3}?(?:bereikt|gerealiseerd|behaald|gehaald)\b"
# ... and a foreword looking back on the year: "met trots blikt het college terug op 2020", "kijken wij terug op een
# bewogen jaar", "Terugkijkend op 2021 zien we veel nieuwe vrijwilligers"
_LOOKED_BACK_ON_YEAR = (r"(?i)(?:\b(?:kijken|kijkt|kijk|keken|blikken|blikt|blikte|blikten)\b[ \t]+(?:[a-z]+[ \t]+){0,4}?terug"
                        r"[ \t]+op|\bterug(?:kijkend|blikkend)[ \t]+(?:op|naar))"
                        r"[ \t]+(?:het[ \t]+(?:afgelopen[ \t]+|voorbije[ \t]+)?jaar\b|(?:19|20)\d\d\b|"
                        r"een[ \t]+(?:[a-z]+[ \t]+){0,3}?jaar\b)")
# A budget states its policy intentions (the BBV asks its paragraphs for "beleidsvoornemens"); an annual report
# states their realisation ("Realisatie van de beleidsvoornemens"), which outweighs the word.
_POLICY_INTENTIONS = r"(?i)\bbeleidsvoornemens?\b"
_INTENTIONS_REALISED = r"(?i)\b(?:realisatie|uitvoering|verantwoording)\s+(?:van\s+)?(?:de\s+)?beleidsvoornemens"
# A text that points at itself names its kind: "binnen deze begroting", "in dit jaarverslag", "deze jaarrekening".
# Both weigh as much as a clear tense: a budget's letter tells the year behind it in the past tense ("de raad heeft
# vastgesteld", "het overschot was") and still calls itself "deze begroting" (on the development pages that name
# one, 21 are budgets, one is an annual report).
_THIS_BUDGET = r"(?i)\b(?:deze|dit|onze)\s+(?:programma|meerjaren)?begroting\b"
_THIS_ACCOUNT = r"(?i)\b(?:deze|dit)\s+(?:jaarverslag|jaarrekening|jaarstukken|programmaverantwoording)\b"
# A budget named as a document: not another body's ("Programmabegroting GGD 2017" among a page's policy frameworks),
# nor one still to come ("in de aanloop naar de begroting 2027").
# (a title in capitals keeps its cue: "PROGRAMMABEGROTING EDE 2024")
_BUDGET_NAMED = r"(?i)\b(?:programma|meerjaren|beleids|ontwerp)begroting\b(?:(?<=(?-i:G))|(?![ \t]+(?-i:[A-Z]{2,6})\b))"
_BUDGET_YEAR = r"(?i)\b(?:programma|meerjaren|beleids|ontwerp)?begroting(?<!naar de begroting)\s+(?:19|20)\d\d\b"
# "Verantwoording" as what the text is, not accounting done elsewhere ("verantwoording over de indicatoren vindt
# plaats via de rapportage", "verantwoording afleggen aan de raad").
# (not the decree's name: "Besluit Begroting en Verantwoording", which a budget cites as often)
_ACCOUNT_NOUN = (r"(?i)\bverantwoording\b(?<!begroting en verantwoording)(?![ \t]+(?:over|aan|afleggen|afgelegd|af\b|"
                 # (responsibility taken or borne: "verantwoording nemen voor", "zelf verantwoording dragen")
                 r"nemen|neemt|namen|dragen|draagt|droegen)\b)")
_CUE_WEIGHT = {_THIS_BUDGET: 3, _LOOKED_BACK_DID: 3, _HOW_FAR_MET: 3, _THIS_ACCOUNT: 3, _INTENTIONS_REALISED: 3, _LOOKED_BACK_ACHIEVED: 3, _LOOKED_BACK_DONE: 3, _LOOKED_BACK_AIMED: 3, _LOOKED_BACK_DONE_PASSIVE: 3, _LOOKED_BACK_ON_YEAR: 3}
TYPE_CUES: dict[str, list[str]] = {
    # (not the next one an account looks ahead to: "het komend begrotingsjaar")
    "begroting": [_BUDGET_NAMED, r"(?i)\bbegrotingsjaar\b(?<!komend begrotingsjaar)(?<!komende begrotingsjaar)"
                  r"(?<!volgend begrotingsjaar)(?<!volgende begrotingsjaar)", _BUDGET_YEAR,
                  r"(?i)\bwat\s+(?:gaan|doen)\s+(?:we|wij)\s+(?:doen\s+)?in\s+(?:19|20)\d\d",
                  r"(?i)\bwat\s+willen\s+(?:we|wij)\s+bereiken",
                  r"(?i)\bwat\s+(?:gaan\s+(?:we|wij)|gaat\s+(?:het\s+college|de\s+gemeente))\s+(?:daar|hier|er)voor\s+doen",
                  r"(?i)\bwat\s+(?:mag|gaat)\s+het\s+kosten", r"(?i)\bwat\s+gaan\s+(?:we|wij)\s+doen\b",
                  # a budget's question in the present tense: "Wat doen we?", "Wat doen we daarvoor?"
                  r"(?i)\bwat\s+doen\s+(?:we|wij)(?:\s+(?:daar|hier|er)voor)?\s*\?",
                  # ... and its question about the actions ahead: "Welke acties voeren we uit?", "Welke maatregelen
                  # nemen wij?" (an account asks which it took)
                  r"(?i)\bwelke\s+(?:acties|activiteiten|maatregelen)\s+(?:pakken|gaan|voeren|ondernemen|nemen|zetten)"
                  r"\s+(?:we|wij)\b",
                  r"\bStreven\s+(?:19|20)\d\d", _FUTURE_YEAR, _POLICY_INTENTIONS, _THIS_BUDGET,
                  # a report site's label of what the page explains: "Begroting: toelichting op beleidsdoel"
                  r"\bBegroting(?:(?<=^Begroting)|(?<=\nBegroting))[ \t]*:[ \t]+[a-z]",
                  # a heading that looks ahead, as "Terugblik" looks back: "Stand van zaken en vooruitblik"
                  r"(?i)\bvooruitblik(?<!terugblik en vooruitblik)(?=[ \t]*(?:\n|$))"],
    "jaarverslag": [_LOOKED_BACK_ACHIEVED, _LOOKED_BACK_DONE, _LOOKED_BACK_AIMED, _LOOKED_BACK_DONE_PASSIVE,
                    _LOOKED_BACK_HAPPENED, _LOOKED_BACK_ON_YEAR, _LOOKED_BACK_DID, _HOW_FAR_MET,
                    # the year's spending beside its budget ("Begroting na wijziging € X / Realisatie € Y"), and where
                    # an amount was booked ("is verantwoord onder product 2B")
                    r"(?i)\brealisatie(?<![^\n]realisatie)[ \t]*:?[ \t]*€",
                    r"(?i)\b(?:is|zijn|werd|werden)\s+verantwoord\s+(?:onder|op|in|binnen)\b",
                    r"(?i)\bontwikkelingen\s+in\s+(?:19|20)\d\d(?!\s+(?:van\s+belang|relevant|verwacht))", r"(?i)\bjaarverslag\b",
                    _ACCOUNT_NOUN, r"(?i)\bwat\s+heeft\s+(?:het|dit)\s+(?:in\s+totaal\s+|ons\s+)?gekost", r"\bGerealiseerd\b",
                    r"(?i)\bprogrammaverantwoording\b", r"(?i)\b(?:jaar|programma)rekening\b", r"(?i)(?<!over de )\b(?:behaalde|bereikte)\s+resultaten\b", r"\bTerugblik(?=[ \t]*(?:\n|$))", _INTENTIONS_REALISED, _THIS_ACCOUNT,
                    # a heading of what was done: "Realisatie van het beleid", "Realisatie van de doelen",
                    # "... van de beoogde effecten" on a line of its own
                    r"(?i)\brealisatie(?<![^\n]realisatie)\s+van\s+(?:(?:het\s+)?beleid|de\s+(?:beoogde\s+)?"
                    r"(?:maatschappelijke\s+)?(?:effecten|doelen|doelstellingen))(?=[ \t]*(?:\n|$))",
                    # a year told in the past as a whole: "Het jaar 2023 was een jaar van ..."
                    r"(?i)\bhet\s+jaar\s+(?:19|20)\d\d\s+(?:was|stond|bracht|kenmerkte)\b"],
}
# A title on the first line that names the kind of document, with its year or alone: "Begroting 2020", "Jaarverslag
# 2019", "Programmaverantwoording" (over a budget it refers to: "de bezuinigingen uit de begroting 2023")
_TITLE_KIND = re.compile(r"(?i)\s*((?:programma|beleids|ontwerp|meerjaren)?begroting|jaarverslag|(?:jaar|programma)?rekening|"
                         r"(?:jaar|programma)?verantwoording)"
                         # (a copy may run the cover's page numbers onto the title: "Programmabegroting 2031 3 5 7 9")
                         r"(?:[ \t]+(?:19|20)\d\d(?:[ \t]+\d{1,3}){0,8})?[ \t]*(?:\n|$)")
# A mid-year progress report names itself; it is "other" by the guideline.
_MIDYEAR = re.compile(rf"(?i)\b(?:{ref.cycle_words('tussentijdse-rapportage')}|hoofdlijnen[ \t]?rapportage|maraps|"
                      # ("Eerste rapportage": the year's first; not "in de 2e rapportage", another document)
                      r"(?<![Dd]e[ \t])(?:eerste|tweede|derde|[123]e|1ste|2de|3de)[ \t]+rapportage)\b")
# ... or opens with its title as the year's revision of the budget: "Eerste Herziening 2030" (not "Begroting 2030 met
# de Tweede Herziening 2029", a budget that carries the last revision along)
_REVISION_TITLE = re.compile(r"(?i)\A\s*(?:eerste|tweede|derde|[123]e)[ \t]+herziening\b")
# ... or its table of changes: the budget as amended so far, then the changes this report makes per year ("Begroting
# 2030 na wijziging | Mutatie 2030 | Mutatie 2031"), or what the year is now expected to end at ("Begroting na
# wijziging 2030 | Prognose 2030 | Afwijking")
_REVISED_BUDGET_CHANGES = re.compile(r"(?i)\bna[ \t]+wijziging[ \t|]+mutatie[ \t]+(?:19|20)\d\d\b|"
                                     r"\bna[ \t]+wijziging(?:[ \t]+(?:19|20)\d\d)?(?:[ \t]+\([^()\n]{1,12}\))?[ \t|]+"
                                     r"prognose[ \t]+(?:19|20)\d\d\b")
# ... also where it points at itself further down ("in deze voorjaarsnota", "met deze kadernota").
_THIS_MIDYEAR = re.compile(rf"(?i)\b(?:deze|dit)\s+{ref.cycle_words('tussentijdse-rapportage', 'kadernota')}\b")
# Documents that are no budget or annual report name themselves in their title: a letter to the council, a
# council proposal, an implementation programme, an opinion, a news item, a council member's written questions
# ("Artikel 45 vragen", "Schriftelijke vragen"); when the title opens with it, a
# coalition's or a college's programme (and a campaign's "Coalitie in X" page), a framework or perspective note,
# a motion, a memo or note, answers to questions, a policy plan, a work plan, a research report.
_OTHER_TITLE = re.compile(r"(?i)^[^\n]{0,60}?\b(?:raadsinformatiebrief|informatiebrief|raadsbrief|collegebrief|"
                          r"brief[ \t]+aan[ \t]+(?:de[ \t]+)?(?:gemeente)?raad|"
                          r"raadsvoorstel|raadsbesluit|uitvoeringsprogramma|uitvoeringsplan|zienswijze|nieuwsberichte?n?|"
                          r"persberichte?n?|schriftelijke[ \t]+(?:raads)?vragen|raadsvragen|artikel[ \t]+\d+[ \t-]*vragen|"
                          # (a message of the mayor or an alderman to the residents)
                          r"bericht[ \t]+van[ \t]+(?:de[ \t]+)?(?:burgemeester|wethouder))\b|^[^\w\n]*nieuws\b(?![ \t]*(?:en|uit|over)\b)|"
                          r"^[^\w\n]*(?:voorstel[ \t]+aan[ \t]+de[ \t]+(?:gemeente)?raad|plan[ \t]+van[ \t]+aanpak|programma[ \t]+van[ \t]+eisen)\b|"
                          # (a regulation: "Verordening X", "Nadere subsidieregels X 2030", "Subsidieregeling X",
                          # "Beleidsregel ...", also after the publishing municipality: "Gemeente X - Verordening Y")
                          r"^[^\w\n]*(?:gemeente[ \t]+[^\n|\-–]{2,40}[ \t]+[|\-–][ \t]+)?(?:nadere[ \t]+)?[^\W\d_]*?"
                          r"(?:regels?|verordening|subsidieregeling)\b|"
                          # (a draft, a region's or a municipality's own: "Concept-regionaal beleidsplan X"; two plans in one:
                          # "Preventie- en handhavingsplan")
                          # (or a page that explains one: "Uitleg over het Actieplan")
                          # (or is an annex that is one: "Bijlage 2 Uitvoeringsnota jeugd")
                          r"^[^\w\n]*(?:(?:uitleg|informatie)[ \t]+over[ \t]+(?:het|de|ons|onze)[ \t]+)?"
                          r"(?:bijlage[ \t]+\d{1,2}[ \t:.\-–]*)?(?:concept[- ]?)?"
                          r"(?:(?:regionaal|regionale|lokaal|lokale|integraal|integrale|gemeentelijk|"
                          r"gemeentelijke|nieuw|nieuwe)[ \t]+){0,2}(?:[^\W\d_]+-[ \t]+en[ \t]+)?[^\W\d_]*?(?:(?<!programma)plan|agenda|coalitie|coalitieakkoord|coalitieprogramma|collegeprogramma|"
                          r"collegewerkprogramma|bestuursakkoord|bestuursprogramma|"
                          rf"{ref.cycle_words('tussentijdse-rapportage', 'kadernota')}|motie|amendement|memo|startnotitie|schriftelijke\s+vragen|"
                          r"beantwoording|reactie|antwoordnota|collegebesluit|beleidsplan|beleidsnota|nota|beleidskader|beleidsvisie|kaderstelling|"
                          r"koersdocument|visiedocument|jaarplan|werkplan|nieuwsbrief|evaluatie|"
                          r"rekenkamerrapport|onderzoeksrapport|notitie|raadsmededeling|raadsmemo|informatienota|collegevoorstel|"
                          r"voortgangsbrief)\b|"
                          # (a column, a leaflet, a page of questions and answers: "Column van de burgemeester", "Folder Mantelzorg";
                          # a speech: "Nieuwjaarsspeech", "Toespraak van de burgemeester")
                          # (an agreement: "Meerjarige prestatieafspraken", "Sportakkoord X", "Convenant X",
                          # "Samenwerkingsovereenkomst X")
                          # (a title's short line, not a sentence that names one: "In het coalitieakkoord zijn ...")
                          r"^(?=[^\n.]{0,80}$)[^\n]{0,60}?\b[^\W\d_]*(?:akkoord|prestatieafspraken|convenant|overeenkomst)\b|"
                          # (the college's decision on the year's subsidy ceilings: "Subsidieplafonds 2032")
                          r"^[^\w\n]*subsidieplafonds?\b|"
                          r"^[^\n]{0,60}?\b(?:column|folder|brochure|vraag[ \t]+en[ \t]+antwoord|veelgestelde[ \t]+vragen|"
                          r"[a-z]*speech|[a-z]*toespraak|nieuwjaarsrede)\b|"
                          # (the municipality's news in the local paper: "Gemeenteberichten week 12", "Berichten")
                          r"^[^\w\n]*(?:gemeente)?berichten\b|"
                          # (a policy plan, note or vision also after words before it, in a title's short line, not a
                          # sentence: "Leesversie - Beleidsplan X", "Korte versie Toekomstvisie Zorg")
                          r"^(?=[^\n]{0,100}$)[^\n]{0,60}?\b(?:beleidsplan|beleidsnota|toekomstvisie)\b")
# A text that introduces itself as a document of another kind: "Voor u ligt een geactualiseerd beleidsplan ...",
# "In deze notitie gaan we ...",
# "Met deze raadsinformatiebrief informeren wij u ...", "Bij deze nieuwsbrief ontvangt u ...", "Wij schetsen u met deze
# notitie ..." (a plan, note, vision, framework, monitor, letter, proposal, programme, agenda or agreement; a budget or
# an account that introduces itself so is read by the cues of its kind).
# (the last part of such a document's name: "beleidsplan", "raadsinformatiebrief", "Subsidieprogramma")
_OTHER_KIND_END = r"(?:plan|nota|notitie|visie|kader|monitor|brief|voorstel|memo|programma|agenda|akkoord)"
_OTHER_OWN_KIND = rf"(?!programma\b)[\w\-]*{_OTHER_KIND_END}"  # ("met dit programma": a budget's programme)
_INTRODUCED_AS_OTHER = re.compile(
    rf"(?i)\bvoor\s+u\s+lig(?:t|gen)\s+(?:de|het|een)(?:\s+[\w\-]+){{0,2}}?\s+{_OTHER_OWN_KIND}\b|"
    rf"\b(?:met|bij)\s+(?:deze|dit)\s+{_OTHER_OWN_KIND}\s+(?:[\w\-]+\s+){{0,2}}?(?:wij|we|u)\b|"
    rf"\b(?:wij|we)\s+(?:[\w\-]+\s+){{0,2}}?u\s+met\s+(?:deze|dit)\s+{_OTHER_OWN_KIND}\b|"
    rf"\bin\s+(?:deze|dit)\s+{_OTHER_OWN_KIND}\s+(?:willen|gaan|beschrijven|schetsen|geven)\s+(?:wij|we)\b|"
    # (a summary of one: "Dit is een korte samenvatting van ons coalitieakkoord")
    rf"\bsamenvatting\s+(?:[\w\-]+\s+){{0,4}}?van\s+(?:het|de|ons|onze)\s+{_OTHER_OWN_KIND}\b")
_INTRODUCTION_HEAD = 1500
# A municipality's web page by its breadcrumb on the top line ("Home | Wonen en zorg | Hulpmiddelen"), whose parts name
# no budget, account, report or programme (a report site's does: "Home > Begroting 2024 > Programma's")
_SITE_BREADCRUMB = re.compile(r"(?im)\A\s*home[ \t]*[|>›»][^\n]{1,200}?[|>›»][^\n]{1,200}$")
_PLANNING_WORDS = re.compile(r"(?i)begroting|jaarverslag|jaarstukken|rekening|verantwoording|rapportage|programma|nota\b|"
                             r"paragra(?:af|fen)")
_MIDYEAR_EVIDENCE = "a mid-year"  # how the type's evidence opens for a mid-year report (the year rules read it)
# An annex says whose annex it is: "Bijlage bij de Kadernota 2026-2029" is a framework note's, so other.
_ANNEX_OF_OTHER = re.compile(rf"(?i)\bbijlage[ \t]+(?:\d+[ \t]+)?bij[ \t]+(?:de|het)[ \t]+"
                             rf"{ref.cycle_words('tussentijdse-rapportage', 'kadernota')}\b")
# Document-copy sites give the copied document's title on a line of their own ('Share "2022-2026 Sociaal Domein
# Kadernota"', 'Transcript of Kadernota ...', 'Download "samen sterk beleidsplan sociaal domein"', 'In document
# Jaarrekening 2030 (pagina 12-19)'); there the kind may stand anywhere in it.
_COPY_TITLE = re.compile(r'(?m)^(?:(?:Share|Download)\s+"([^"\n]{3,120})"|Transcript\s+of\s+([^\n]{3,120})|'
                         r'In[ \t]+document[ \t]+([^\n]{3,120}?)[ \t]+\(pagina[ \t][^()\n]{1,20}\)[ \t]*$)')
# ... and their furniture around the copy ("Weergave met pagina beginnen", "Transcriptie", "Bezig met laden").
_COPY_SITE = re.compile(r'(?m)^(?:Save this PDF as:?|Weergave met pagina beginnen:?|Transcriptie|Bezig met laden\.*.*|'
                        r'Academic year: .*)[ \t]*$|' + _COPY_TITLE.pattern.removeprefix("(?m)"))
_OTHER_KIND = re.compile(rf"(?i)\b(?:{ref.cycle_words('tussentijdse-rapportage', 'kadernota')}|evaluatie|plan\s+van\s+aanpak|"
                         rf"(?!programmaplan)[\w\-]+{_OTHER_KIND_END})\b")  # (a plan's compound: "Subsidieprogramma", "Beleidsplan"; not the budget's "Programmaplan")
# The papers of a council or committee meeting (an agenda, a list of decisions, a meeting bundle) are "other", however
# often they name the budget or annual report on their agenda; they are dated by their meeting.
_MEETING = re.compile(
    r"(?im)^[^\w\n]*(?:besluitenlijst|(?:concept[- ])?advieslijst|vergaderbundel|agendapunt(?:en)?|publieksagenda|"
    r"(?:concept[- ])?notulen|"
    r"verslag\s+van\s+de\s+(?:openbare\s+)?(?:vergadering|commissie|raad)|ingekomen\s+stukken)\b|"
    # (whose list, in a few words before it: "Collegebesluiten: B&W besluitenlijst van 4 juni")
    r"^[^\n]{0,30}?[ \t]besluitenlijst\b|"
    r"\bnotulen\s+van\s+de\s+(?:openbare\s+)?(?:vergadering|raadsvergadering|commissie(?:vergadering)?)\b|"
    r"\b(?:het\s+college(?:\s+van\s+(?:burgemeester\s+en\s+wethouders|b\s*(?:&|en)\s*w))?|de\s+(?:gemeente)?raad)\s+heeft"
    r"\s+besloten\b|^[ \t]*commissie[ \t]+[A-Z][^\n]{2,60}$|"
    # a council information system's page of a meeting, with its broadcast: "Uitzending" / "Kijk of luister mee"
    r"^[ \t]*(?:uitzending|kijk[ \t]+of[ \t]+luister[ \t]+mee)[ \t]*$|"
    # the council's decision itself: its title on a line of its own, its closing formula
    r"^[ \t]*raadsbesluit[ \t]*$|\baldus[ \t]+besloten[ \t]+in[ \t]+de[ \t]+(?:openbare[ \t]+)?(?:raads)?vergadering\b|"
    # a page that reports on the council's meeting: "nadat de raad op 12 mei 2024 heeft vergaderd"
    r"\bde\s+(?:gemeente)?raad\s+(?:op\s+\d{1,2}\s+[a-z]+\s+(?:19|20)\d\d\s+)?(?:over\s+)?heeft\s+vergaderd\b|"
    # a meeting's agenda: its title, or its standing first items ("1. Opening en mededelingen", "Vaststellen agenda")
    r"^[^\w\n]*agenda\s+(?:van\s+de\s+|voor\s+de\s+)?(?:openbare\s+)?(?:vergadering|commissie|raad)|"
    # (also run into one line by a copy: "... Locatie: Raadzaal 1. Opening en mededelingen 2. Vaststelling van de agenda")
    r"(?:^|[ \t])\d{1,2}\.?[ \t]+(?:opening\s+en\s+mededelingen|vaststell(?:en|ing)\s+(?:van\s+de\s+)?agenda|"
    # ... also the minutes of the last meeting to adopt ("2 Vaststellen verslag"), the committee's meeting by its date
    # ("21-05-2025 Commissie Samenleving"), and the Frisian list of decisions ("Beslutelist")
    r"vaststell(?:en|ing)\s+(?:van\s+(?:het\s+|de\s+)?)?(?:verslag|notulen|besluitenlijst))\b|"
    r"^[ \t]*\d{1,2}-\d{1,2}-(?:19|20)\d\d[ \t]+commissie[ \t]+(?-i:[A-Z])|\bbeslutelist\b|"
    # a meeting page's labels: "Vergadering : Commissie Samenleving, 3 maart 2025", "Griffier: ..."; a committee's
    # round of written questions ("Vragenronde commissievergaderingen")
    r"^[ \t]*(?:vergadering|griffier)[ \t]*:|^[^\w\n]*vragenronde\b|"
    # the college's own meeting papers: a proposal's form for it ("Agendaformulier", "B&W-vergadering 14 maart",
    # "Raadsbesluit nodig? Nee")
    r"^[^\w\n]*(?:agendaformulier|b[ \t]*&[ \t]*w[- ]vergadering|collegevergadering)\b|\braadsbesluit[ \t]+nodig\b|"
    # ... a proposal to the college or the council opening a line ("Collegevoorstel", "Raadsvoorstel Aanleiding: ...")
    r"^[ \t]*(?:college|raads)voorstel\b|"
    # ... its published decisions ("Openbare besluiten van 3 oktober", "Publicatielijst", "Het college besluit:"),
    # and a letter of the municipality's by its return address
    r"^[^\w\n]*(?:openbare[ \t]+)?besluiten[ \t]+(?:van|uit)\b|^[^\w\n]*publicatielijst\b|"
    # ("B&W besluiten 14 maart", "Collegebesluiten week 12")
    r"^[^\w\n]*(?:b[ \t]*(?:&|en)[ \t]*w|college)[- ]?besluiten\b|"
    r"\bhet[ \t]+college[ \t]+besluit[ \t]*:|^[ \t]*retouradres\b|"
    # ... also with the college's full title and its grounds between: "Het college van burgemeester en wethouders van
    # de gemeente X besluit:", "Het college ..., gezien de verordening, heeft besloten de bedragen ... vast te stellen"
    r"\bhet[ \t]+college[ \t]+van[ \t]+(?:burgemeester[ \t]+en[ \t]+wethouders|b[ \t]*(?:&|en)[ \t]*w)\b[^.;\n]{0,300}?"
    r"(?:\bbesluit[ \t]*:|[ \t,]heeft[ \t]+besloten\b)")
_MEETING_HEAD = 1500
# The college offering the report itself: "Graag bieden we u hierbij de begroting voor 2027 aan", "Hierbij bieden wij
# u de programmarekening 2030 aan", "Met dit jaarverslag laten we zien ..." (the offering letter
# is the report's own first page, whatever its date line or the letter's own name says)
_OFFERED_KIND = r"(?:concept[ \t]*)?(?:programma|meerjaren)?(?:begroting|jaarstukken|jaarverslag(?:geving)?|jaarrekening|rekening)"
_BOTH_PARTS = re.compile(r"(?i)[ \t]+en[ \t]+(?:de|het)[ \t]+(?:jaarrekening|jaarverslag)\b")
_OFFERED = re.compile(rf"(?i)(?:\bhierbij[ \t]+(?:bieden[ \t]+(?:wij|we)|biedt[ \t]+(?:het|ons)[ \t]+college)[ \t]+(?:u[ \t]+)?|"
                      rf"\bbied(?:en|t)[ \t]+(?:wij|we|het[ \t]+college)[ \t]+u[ \t]+(?:hierbij[ \t]+)?)(?:de|het)[ \t]+"
                      # (not another body's: "bieden wij u de begroting 2025 van de GGD aan")
                      rf"(?P<offered>{_OFFERED_KIND})\b(?![ \t]+(?:(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?[ \t]+)?van\b)|"
                      rf"\bmet[ \t]+(?:deze|dit)[ \t]+(?P<this>{_OFFERED_KIND})[ \t]+(?:[\w\-]+[ \t]+){{0,2}}?(?:wij|we)\b")
_WRITTEN_DATE = re.compile(rf"(?i)\b\d{{1,2}}\s+(?:{MONTH_NAMES})\s+((?:19|20)\d\d)\b")
# A letter or note is dated by its date line ("Datum: 12 november 2024", "Verzonden: 3-10-2023", a question's
# "Datum vraag 9/30/2019"), a news item by the date on a line of its own under its heading ("06-03-2003").
_DAY_MONTH = rf"(?:\d{{1,2}}[ \t]+(?:{MONTH_NAMES})[ \t]+|\d{{1,2}}[-/.]\d{{1,2}}[-/.])"  # a date's day and month, before its year
_DATE_LINE = re.compile(r"(?im)^[ \t]*(?:datum(?:[ \t]+(?:vraag|brief|besluit))?|dagtekening|verzonden|verzenddatum)[ \t]*:?[ \t]*"
                        rf"{_DAY_MONTH}((?:19|20)\d\d)\b|"
                        # (a letter's place and date: "Rivierstad, 14-05-2023", "Rivierstad, 3 juni 2021")
                        rf"^[ \t]*(?-i:[A-Z])[\w'\-]+(?:[ \t]+[\w'\-]+){{0,3}},[ \t]+{_DAY_MONTH}((?:19|20)\d\d)[ \t]*$")
# ... or a paper by the meeting it is for ("B & W-vergadering van 9 mei 2017", "Raadsvergadering: 3 juni 2021")
_MEETING_DATE = re.compile(rf"(?i)\bvergadering(?:[ \t]+van)?[ \t]*:?[ \t]*\d{{1,2}}[ \t]+(?:{MONTH_NAMES})[ \t]+"
                           r"((?:19|20)\d\d)\b")
_PERIOD_JOIN = r"(?:[ \t]*[-–][ \t]*|[ \t]+(?:en|t/m|tot(?:[ \t]+en[ \t]+met)?)[ \t]+)"  # "2020-2022", "2016 en 2017"
# ... or a regulation, a policy note or plan by its title on a line of its own near the top, ending in its year or the
# first year of its period ("Verordening sociaal domein gemeente X 2021", 'Download "Nota gezondheidsbeleid 2013-2016"')
_DOCUMENT_TITLE = re.compile(r"(?im)^[ \t]*(?:(?:download|share)[ \t]+[\"“]?)?(?:[^\W\d_][\w\-]*[ \t]+){0,2}?[\w\-]*(?:verordening|"
                             r"regeling|regels|beleidsplan|beleidskader|nota|notitie|visie|agenda|plan|programma)\b"
                             rf"[^\n.:;\"”]{{0,100}}?[ \t]((?:19|20)\d\d)({_PERIOD_JOIN}(?:19|20)\d\d)?[\"”]?"
                             # (after the year, whose it is or a subtitle: "Verordening X 2018 Gemeente Y", "Werkplan
                             # 2024: samen verder")
                             r"(?:[ \t]+(?-i:[Gg]emeente)[ \t]+(?-i:[A-Z])[^\n]{0,40}|[ \t]*[:–][ \t]+[^\n]{0,100})?[ \t]*$")
_DOCUMENT_TITLE_HEAD = 800
_TOP_DATE_LINE = re.compile(r"(?m)^[ \t]*\d{1,2}-\d{1,2}-((?:19|20)\d\d)[ \t]*$")
# A paper that opens with its date on a line of its own ("3 maart 2022" above the minutes of a meeting, a news item)
_DATE_FIRST = re.compile(rf"(?i)\A\s*(?:(?:{WEEKDAY_NAMES}),?[ \t]+)?\d{{1,2}}\.?[ \t]+"
                         # (a time after it: "dinsdag, 14. maart 2006 - 09:30")
                         rf"(?:{MONTH_NAMES})[ \t]+((?:19|20)\d\d)(?:[ \t]*[-–,][ \t]*\d{{1,2}}[:.]\d\d)?[ \t]*(?:\n|\Z)"
                         # (or a month's, over its news items: "April 2031" / " • Nieuw steunpunt geopend")
                         rf"|\A\s*(?:{MONTH_NAMES})[ \t]+((?:19|20)\d\d)[ \t]*\n"
                         # (or in figures, a dash after it: "14-03-2031 —")
                         r"|\A\s*\d{1,2}-\d{1,2}-((?:19|20)\d\d)[ \t]*[—–-]?[ \t]*(?:\n|\Z)")
# ... or a headline dated in brackets near the top: "Nieuw inloophuis in Bergveen (14-03-2031)"
_HEADLINE_DATED = re.compile(r"(?m)^[ \t]*[A-Z][^\n\d]{20,150}\(\d{1,2}-\d{1,2}-(?:19|20)\d\d\)[ \t]*$")
_TOP_DATE_HEAD = 300  # (further down such a line is a table's cell: the day a regulation was adopted)
# ... or a first line that ends with its date: the date alone (_DATE_FIRST), or a title's ("Column van de wethouder,
# 3 maart 2024")
_TITLE_DATE = re.compile(rf"(?i)\A\s*[^\n]{{0,120}}?\b\d{{1,2}}[ \t]+(?:{MONTH_NAMES})[ \t]+((?:19|20)\d\d)[ \t]*(?:\n|\Z)")
# The day a regulation of the register took effect: "Geldend van 01-04-2022 t/m heden", "Geldend vanaf 01-09-2025"
# (a rule not yet in force: "Dit is een toekomstige tekst! Geldend vanaf ...")
_IN_FORCE = re.compile(r"(?im)^(?:[ \t]*dit[ \t]+is[ \t]+een[ \t]+toekomstige[ \t]+tekst!?)?[ \t]*geldend[ \t]+van(?:af)?[ \t]+"
                       r"\d{1,2}-\d{1,2}-((?:19|20)\d\d)\b")
# A title naming the period it covers ("Uitvoeringsprogramma Sociaal Domein 2020-2022", "Plan X 2016 en 2017") is about
# its first year.
_TITLE_PERIOD = re.compile(rf"^[ \t]*[A-Za-zÀ-ÿ][^\n.:;]{{0,80}}?\b((?:19|20)\d\d){_PERIOD_JOIN}(?:19|20)\d\d\b[^\n.]{{0,20}}$", re.M)
# A progress report's own structure: each activity of the budget with its status, under a heading "Voortgang
# (activiteiten)" near the top.
# "Voortgang 2021 beleidsopgaven": the progress of a year's tasks, a heading of its own. (A bare "Voortgang" is as
# often a column of an annual report's table: "Resultaat" / "Voortgang" / "Toelichting".)
_PROGRESS_HEADING = re.compile(r"(?im)^[ \t]*voortgang(?:[ \t]+(?:van[ \t]+de[ \t]+)?(?:activiteiten|projecten|acties)|"
                               r"[ \t]+(?:19|20)\d\d(?:[ \t]+[^\n\d.:;]{3,60})?)[ \t]*$|"
                               # a monitor's item with its state: "Status" / "Gestart" (over "Planning" / "Startdatum"); a
                               # budget's project card shows "Niet gestart" before its start
                               r"^[ \t]*status[ \t]*:?[ \t]*\n\s*(?:gestart|afgerond|in[ \t]+uitvoering|lopend|vertraagd)[ \t]*$")
# The years of a table's columns say what the table is. An annual account sets the realisation of a year beside
# that year's budget ("Begroting 2022 | Begroting na wijziging 2022 | Realisatie 2022 | Verschil"); a budget runs
# its budget columns on past the last realisation ("Rekening 2021 | Begroting 2022 | Begroting 2023 | Raming 2024",
# "R2021 B2022 B2023 B2024"), or has only budget years, three or more. Column headers may be broken over lines
# ("Jaar-" / "rekening" / "2021").
_COLUMN = re.compile(
    r"(?i)(?<![\w-])(?:(?P<done>realisatie|(?:jaar-?[ \t]*\n?\s*)?rekening|werkelijk)|(?P<plan>(?:(?:primitieve|actuele|"
    r"gewijzigde|oorspronkelijke|bijgestelde)\s+)?(?:meerjaren)?(?:begroting|begroot|raming)|ambitie|streefwaarde))(?:\s+(?:primitief|"
    r"na\s+wijziging(?:en)?|actueel|gewijzigd|incl\.?\s+wijzigingen))?\s*(?P<year>(?:19|20)\d\d)(?![\d\-–/])")
_COLUMN_ANCHORS = ("realisatie", "rekening", "jaar", "werkelijk", "primitieve", "actuele", "gewijzigde", "oorspronkelijke",
                   "bijgestelde", "meerjaren", "begroting", "begroot", "raming", "ambitie", "streefwaarde")
_COLUMN_SHORT = re.compile(r"(?:MJB?|[RJB])(?:19|20)\d\d\b")  # R2021 J2021 | B2022 MJB2024 (no groups: a fast scan)
# A match of _COLUMN_SHORT that starts a word (the only ones kept) is that whole word (it ends at \b): only such
# words are tried.
_COLUMN_SHORT_WORD = re.compile(r"(?:MJB?|[RJB])(?:19|20)\d\d")
# Without years: a realisation column beside a difference column ("Begroot | Rekening | Verschil") is an account.
_COLUMN_WORD = re.compile(r"(?i)(?<![^\n])[ \t]*(?:(?P<done>realisatie|rekening|jaarrekening|werkelijk)|"
                          r"(?P<diff>verschil|afwijking)|begroot|begroting(?:[ \t]+na[ \t]+wijziging)?)[ \t]*(?=\n|$)")
_COLUMN_WORD_ANCHORS = ("realisatie", "rekening", "jaarrekening", "werkelijk", "verschil", "afwijking", "begroot",
                        "begroting")
_COLUMN_GAP = re.compile(r"[^\d\n]{0,30}?(?:\n[^\d\n]{0,30}?){0,3}")


def _table_columns(text: str) -> list[tuple[str, str, int | None]]:
    """(type, what, year) for each run of column headers whose years tell a budget from an annual account; the year
    is the account's (its last realisation) or the budget's (two years after the last realisation, the year after
    the current budget), where the columns say it."""
    heads = [(m.start(), m.end(), "done" if m.group("done") else "plan", int(m.group("year")))
             for m in find_all(_COLUMN, text, _COLUMN_ANCHORS, fold_case=True)]
    heads += [(m.start(), m.end(), "done" if m.group(0)[0] in "RJ" else "plan", int(m.group(0)[-4:]))
              for m in anchored_finditer(_COLUMN_SHORT, text, words_where(text, _COLUMN_SHORT_WORD.fullmatch))
              if not m.start() or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-")]
    heads.sort()
    runs: list[list[tuple[int, int, str, int]]] = []
    for m in heads:
        if runs and _COLUMN_GAP.fullmatch(text, runs[-1][-1][1], m[0]):
            runs[-1].append(m)
        else:
            runs.append([m])
    out = []
    words = [m for m in find_all(_COLUMN_WORD, text, _COLUMN_WORD_ANCHORS, fold_case=True)]
    for a, b in zip(words, words[1:], strict=False):
        if b.start() - a.end() < 120 and {bool(a.group("done")), bool(b.group("done"))} == {True, False} and (
                a.group("diff") or b.group("diff")):
            out.append(("jaarverslag", f"table columns of a realisation and its difference: '{a.group(0).strip()} | "
                                       f"{b.group(0).strip()}'", None))
            break
    for run in runs:
        if len(run) < 2:
            continue
        done = [y for _, _, kind, y in run if kind == "done"]
        plan = [y for _, _, kind, y in run if kind == "plan"]
        what = " | ".join(" ".join(text[a:b].split()) for a, b, _, _ in run)
        if done and plan and max(done) >= max(plan):
            out.append(("jaarverslag", f"table columns with the realisation of the budget's year: '{what}'", max(done)))
        elif plan and (max(plan) >= max(done) + 2 if done else len(set(plan)) >= 3):
            # (an indicator table's ambitions date no budget: "Ambitie 2023" may stand in the budget for 2022)
            targets = any(text[a:b].lower().startswith(("ambitie", "streefwaarde")) for a, b, _, _ in run)
            year = max(done) + 2 if done and max(done) + 2 in plan and not targets else None
            out.append(("begroting", f"table columns running on past the realisation: '{what}'", year))
    return out


# ... or whether the goals are being met, asked in the present tense ("Behalen we onze doelen?"; an annual report
# asks whether they were: "Hebben we onze doelen behaald?")
_PROGRESS = re.compile(r"(?i)\bwat\s+is\s+de\s+status\s+van\s+(?:deze|de(?:ze)?)\s+activiteit"
                       r"|\bbehalen\s+(?:we|wij)\s+(?:onze|de)\s+doel(?:en|stellingen)\b"
                       # how the work goes now: "loopt volgens planning", "loopt vertraging op", "ligt op schema",
                       # under a heading "Wat gaat goed"
                       r"|\bloopt\s+(?:volgens\s+planning|vertraging\s+op)\b|\bligt\s+(?:niet\s+)?op\s+schema\b"
                       r"|(?<![^\n])wat\s+gaat\s+goed(?=[ \t]*(?:\n|$))")
_PROGRESS_ANCHORS = ("wat", "behalen", "loopt", "ligt")
# A news item quotes an official and says who spoke ('..." , aldus wethouder X', '..." , aldus een tevreden
# wethouder X') early on; reports do not (a long report may, in a box further on).
_NEWS_HEAD = 4000
# a site's news archive: "Dit bericht is gearchiveerd sinds maart", "Dit artikel staat in het archief"
_ARCHIVED = re.compile(r"(?i)\bdit[ \t]+(?:artikel|nieuwsbericht|bericht)[ \t]+(?:is[ \t]+gearchiveerd|staat[ \t]+in[ \t]+het"
                       r"[ \t]+archief)\b")
_QUOTED_OFFICIAL = re.compile(r"[”\"’'],?[ \t]+aldus[ \t]+(?:(?:de|het|een)[ \t]+(?:[a-zë]{3,}[ \t]+)?)?(?:wethouder|burgemeester|college|"
                              r"gedeputeerde|minister|staatssecretaris|directeur|voorzitter|raadslid)\b|"
                              # ... or by the speaker's name: "”, aldus Jan Jansen, wethouder zorg", "”, aldus Jan Jansen."
                              r"[”\"’'],?[ \t]+aldus[ \t]+(?-i:[A-Z])[\w\-]+(?:[ \t]+(?:van|de|der|den|(?-i:[A-Z])[\w\-]+)){0,3}"
                              r"[ \t]*[,.]|"
                              # ... or by a verb of saying after the quote: "’, zegt zorgwethouder X Y."
                              r"[”\"’'],?[ \t]+(?:zegt|vertelt|vult|benadrukt|stelt|licht|legt|meldt)[ \t]+(?:de[ \t]+)?"
                              r"[\w\-]*(?:wethouder|burgemeester)\b|"
                              # ... or introduced by the speaker's name and office: "Jan Jansen, wethouder: “...”"
                              r"[A-Z][\w\-]+,[ \t]+(?:wethouder|burgemeester|gedeputeerde|directeur|voorzitter)"
                              r"(?:[ \t]+[\w\-]+){0,3}[ \t]*:[ \t]*[“\"„]|"
                              # ... or by the office and the name: "Wethouder Jan Jansen: 'We ...'"
                              r"\b(?:wethouder|burgemeester|gedeputeerde)[ \t]+(?-i:[A-Z])[\w\-]+(?:[ \t]+(?:van|de|der|den|"
                              r"(?-i:[A-Z])[\w\-]+)){0,3}[ \t]*:[ \t]*[“\"„'‘]|"
                              # ... or by the office and more words before the colon: "Wethouder Jansen (Zorg): “...",
                              # "Wethouder Jeugd, Jan Jansen, legt uit: \"...", "Burgemeester De Vries is blij: “..." (on
                              # the development pages 39 pages quote so, all of them other documents)
                              r"\b(?-i:[Ww]ethouder|[Bb]urgemeester)\b[^\n“\"”.]{0,60}:\s*[“\"„]", re.I)
# A photograph's credit: "Foto: Piet Smit" (a budget or an account credits none)
_PHOTO_CREDIT = re.compile(r"\bFoto:[ \t]+[A-Z]|©[ \t]*(?:Foto|Beeld)\b:?[ \t]+[A-Z]")  # (or "© Foto X", "©Beeld: X")
# ... or a web post's byline, a line of its own: "Door Jan Jansen, Fractie X op 2 april 2020 om 09:30"
_BYLINE = re.compile(rf"(?m)^[ \t]*(?:Door|Geschreven[ \t]+door)[ \t]+[A-Z][^\n]{{0,80}}?\bop[ \t]+\d{{1,2}}[ \t]+"
                     rf"(?:{MONTH_NAMES})[ \t]+(?:19|20)\d\d"
                     r"(?:[ \t]+om[ \t]+\d{1,2}[:.]\d\d)?[ \t]*$")
# ... or labels itself on a line of its own near the top ("21 juni 2023" / "Nieuwsbericht"), or tells on which weekday
# something happened ("tekenden dinsdag 14 januari 2020", "Op vrijdag 3 maart opende"), which reports do not
_NEWS_TOP = 400
# ... or tells what happened days ago or happens in days ("kwamen vorige week bijeen", "gisteren opende", "sturen we
# deze of volgende week een uitnodiging"), which no report does: a report's time is counted in years
_RECENT_DAYS = re.compile(r"(?i)\b(?:(?:vorige|afgelopen|deze|volgende|komende)[ \t]+week|gisteren|gisteravond|gistermiddag|"
                          r"vanochtend|vanmorgen|vanmiddag|vanavond)\b")
# ... or reports what a budget or an account shows: "Dat blijkt uit de jaarrekening 2023"
_REPORT_SHOWS = re.compile(r"(?i)\b(?:dit|dat|het)[ \t]+blijkt[ \t]+uit[ \t]+de[ \t]+(?:concept)?(?:programma|meerjaren)?"
                           r"(?:begroting|jaarrekening|jaarstukken|jaarverslag)\b")
_NEWS_LABEL = re.compile(r"(?im)^[ \t]*(?:nieuwsbericht|persbericht)[ \t]*$"
                         # (a news site's trail "Nieuws -> Gemeente", its "Categorieën" over the item's labels, and
                         # the date a page was brought up to date)
                         r"|^[ \t]*nieuws[ \t]*(?:->|>|›|»)|"
                         # (a municipal site's trail into its news: "U bent hier: Home > Actueel", "Home | Nieuws")
                         r"^[ \t]*(?:(?:u|je)[ \t]+bent[ \t]+hier[^\w\n]*)?home[^\w\n]+(?:actueel|nieuws(?:berichten)?|persberichten)\b|^[ \t]*categorie(?:ën|s)?:?[ \t]*$|^[ \t]*(?:laatst[ \t]+)?bijgewerkt(?:[ \t]+op)?:?[ \t]+\d{1,2}"
                         rf"[ \t]+(?:{MONTH_NAMES})[ \t]+(?:19|20)\d\d\b"
                         # (the day and hour a site put the item up: "Gepubliceerd op: 3 maart 2031 09:40")
                         rf"|^[ \t]*(?:gepubliceerd|geplaatst)(?:[ \t]+op)?:?[ \t]+\d{{1,2}}[ \t]+(?:{MONTH_NAMES})[ \t]+(?:19|20)\d\d,?"
                         r"[ \t]+(?:om[ \t]+)?\d{1,2}[:.]\d\d\b")
# ... or opens its first paragraph (on its first line, or under its title) with a decision of the college on a given day
# ("Het college heeft op 9 mei 2030 de aanbesteding gegund", "Het college heeft in zijn vergadering van 2 april
# besloten"): news from the town hall, a council newsletter or information letter; a report tells its year's
# decisions further on, among others
_COLLEGE_DATED = re.compile(rf"(?i)\A\s*(?:[^\n]*\n\s*)?(?:ons|het)[ \t]+college(?:[ \t]+van[ \t]+(?:b[ \t]*(?:&|en)[ \t]*w|"
                            rf"burgemeester[ \t]+en[ \t]+wethouders|de[ \t]+gemeente[ \t]+(?-i:[A-Z])[\w'’\-]*"
                            rf"(?:[ \t]+(?-i:[A-Z])[\w'’\-]*){{0,3}}))?[ \t]+heeft[ \t]+(?:(?:op[ \t]+)?\d{{1,2}}[ \t]+"
                            rf"(?:{MONTH_NAMES})|in[ \t]+(?:zijn|haar)[ \t]+vergadering[ \t]+van)\b")
_WEEKDAY_DATE = re.compile(rf"(?i)\b(?:{WEEKDAY_NAMES})[ \t]+\d{{1,2}}[ \t]+"
                           rf"(?:{MONTH_NAMES})\b")
# A letter's furniture at its head (a subsidy decision, a reply, an advice): two of these are no report.
_LETTER = re.compile(r"(?i)\b(?:uw[ \t]+kenmerk|ons[ \t]+kenmerk|uw[ \t]+brief[ \t]+van|doorkiesnummer|verzenddatum|"
                     r"geacht[ \t]+(?:bestuur|college)|geachte[ \t]+(?:heer|mevrouw|heer/mevrouw|dames|raad|raadsleden|leden))\b"
                     r"|(?im:^[ \t]*betreft[ \t]*:)")
# A decision's formula, the council's or the college's, adopting a regulation, a plan or a budget change: "Gelezen het
# voorstel van het college van ...; besluit:" (dated by what it adopts, not by the proposal's date).
_DECISION = re.compile(r"(?i)\bgelezen[ \t]+het[ \t]+voorstel\b"
                       # (its considerations and grounds, each a line of its own: "overwegende dat ...;", "gelet op
                       # artikel 4 van ...;"; not a sentence that opens so and goes on: "Gelet op de drukte is besloten
                       # tot ... . Die start ...")
                       r"|(?m:^[ \t]*(?:gelet[ \t]+op|overwegende[ \t]+dat)\b(?:[^\n.]|\.(?![ \t]+[A-Z]))*$)")
# (a title's year or period at its end: "Beleidsplan Wonen 2027 - 2030")
_YEARS_AT_END = re.compile(r"[ \t]*(?:19|20)\d\d(?:[ \t]*[-–/][ \t]*(?:19|20)?\d\d)?[ \t]*$")
# what the council did with a plan: "heeft de gemeenteraad ... vastgesteld", "is door de raad vastgesteld"
_ADOPTED = re.compile(r"(?i)\b(?:gemeente)?raad\b[^.;:!?\n]{0,80}\bvastgesteld\b|\bvastgesteld\b[^.;:!?\n]{0,40}\b(?:door[ \t]+de[ \t]+)?(?:gemeente)?raad\b")
# An agreement its parties sign: "Ondergetekenden:" over the parties, "komen het volgende overeen:"
_AGREEMENT = re.compile(r"(?im)^[ \t]*(?:de[ \t]+)?ondergetekenden[ \t]*:?[ \t]*$|"
                        r"\bkomen[ \t]+(?:partijen[ \t]+)?(?:het[ \t]+)?(?:volgende[ \t]+)?overeen[ \t]*:")
# The answers to a council member's questions: each question numbered on a line of its own ("Vraag 1"), its answer
# under a line "Antwoord:".
_QUESTION_LINE = re.compile(r"(?im)^[ \t]*vraag[ \t]+\d+\b")
_ANSWER_LINE = re.compile(r"(?im)^[ \t]*antwoord(?:[ \t]+(?:op[ \t]+vraag[ \t]+)?\d+)?[ \t]*(?::|$)")
# An evaluation study of the council's ordinance on effectiveness and efficiency (article 213a Gemeentewet).
_STUDY = re.compile(r"(?i)\b213a[-‑ ]?onderzoek\b")
# ... or opens with a dateline: the place in capitals and a dash ("PEKELA – Het Tweede Kamerlid ..."), or the place
# opening a paragraph and a dash before its first sentence ("Rivierstad – Het college kiest ..."; not a heading's
# "Rivierstad – Sociaal domein")
_DATELINE = re.compile(r"(?m)^[^\n]{0,30}?\b(?P<place>[A-Z][A-Z'\-]{2,}(?:[ \t]+[A-Z][A-Z'\-]+)*)[ \t]+[–—\-][ \t]+[A-Z][a-z]|"
                       r"^(?P<town>[A-Z][a-z'\-]+(?:[ \t]+(?:aan|den|de|op|[A-Z][a-z'\-]+)){0,3})[ \t]+[–—][ \t]+"
                       r"(?:De|Het|Een|Er|In|Op|Bij|Na|Met|Sinds|Vanaf|Tijdens|Deze|Dit|Wethouder|Burgemeester)[ \t]+[a-z]|"
                       # a press release's line of place and date: "Ermelo, 3 november 2015"
                       r"^[ \t]*(?P<dated>[A-Z][a-z'\-]+(?:-[A-Z][a-z'\-]+)?(?:[ \t]+(?:aan|den|de|op|[A-Z][a-z'\-]+)){0,3}),"
                       r"[ \t]+\d{1,2}[ \t]+"
                       # (a document's number may follow: "Ermelo, 3 november 2015 doc. nr. 15.0123")
                       rf"(?:{MONTH_NAMES})[ \t]+(?:19|20)\d\d(?:[ \t]+(?:doc|kenmerk|nr|nummer)\b[^\n]{{0,40}})?[ \t]*$|"
                       # ... or the place in capitals opening the item's first sentence: "ERMELO Op 3 juni heeft ..."
                       r"^(?P<caps>[A-Z][A-Z'\-]{2,}(?:[ \t]+[A-Z][A-Z'\-]{2,}){0,2})[ \t]+"
                       r"(?:Op|In|De|Het|Een|Er|Bij|Na|Met|Sinds|Vanaf|Tijdens|Deze|Dit|Wethouder|Burgemeester)[ \t]+[a-z0-9]")


# A line that is a date and nothing else ("10 mei 2022"): a news archive puts one under each item's title.
_SHORT_LINE_NEXT = re.compile(r"\s*\n\s*[^\n]{1,30}(?:\n|$)")
_NEWS_DATE_LINE = re.compile(rf"(?im)^[ \t]*(\d{{1,2}}[ \t]+(?:{MONTH_NAMES})[ \t]+(?:19|20)\d\d)[ \t]*$")


# (a short line that labels the item under its date is no table cell: "nieuws", "Persbericht")
_NEWS_WORD_NEXT = re.compile(r"(?i)\s*\n[ \t]*(?:nieuws|nieuwsbericht|persbericht)[ \t]*(?:\n|$)")
# ... or a headline: who acts and what they do, in the present tense, on the first line ("Gemeente Rivierstad
# opent inloophuis", "College kiest voor ...", "Wethouder Jansen opent ...", under the site's "Gemeente X"); a report's
# titles name a subject
_HEADLINE = re.compile(r"\A\s*(?:Gemeente[ \t]+[A-Z][^\n]{1,40}\n\s*)?(?:Gemeente[ \t]+[A-Z][\w\-]+(?:[ \t]+(?:aan|den|de|op|[A-Z][\w\-]+)){0,3}|Het[ \t]+college|"
                       r"College|Gemeenteraad|(?:Wethouder|Burgemeester)[ \t]+[A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+)?)"
                       r"[ \t]+[a-z]{2,}[^\W\d_aeiou]t[ \t]+[^\n]{3,}$", re.M)
# ... or, with the municipality's name as who acts ("Rivierstad opent nieuw steunpunt", under the site's "Gemeente
# Rivierstad"): checked against the register of municipalities
_PLACE_HEADLINE = re.compile(r"\A\s*(?:Gemeente[ \t]+[A-Z][^\n]{1,40}\n\s*)?(?P<who>[A-Z][\w\-]+(?:[ \t]+(?:aan|den|op|[A-Z][\w\-]+)){0,2})"
                             # (the verb in the third person: "opent", "legt"; "sluit", "gaat", "doet", "ziet" too)
                             r"[ \t]+(?:[a-z]{2,}[^\W\d_aeiou]t|[a-z]+(?:uit|aat|oet|iet))[ \t]+[^\n]{3,80}$", re.M)  # (a headline's length, no paragraph)
# ... or its first sentence names the municipality or its college in the third person, as a press release does ("De
# gemeente Rivierstad krijgt ...", "Het college van B&W van Rivierstad heeft ..."; a report speaks as "we"), at the top
# or under a title that is no numbered section's heading ("§4. Samenwerking" / "De gemeente X heeft ...")
_MUNICIPALITY_OPENS = re.compile(r"\A\s*(?:(?![§\d])[^\n]{1,120}\n\s*)?(?:De|Het)[ \t]+(?:nieuwe[ \t]+)?(?:gemeente|college(?:[ \t]+van[ \t]+"
                                 r"(?:B&W|burgemeester[ \t]+en[ \t]+wethouders))?)[ \t]+(?:van[ \t]+)?"
                                 r"(?P<who>[A-Z][\w\-]+(?:[ \t]+(?:aan|den|op|[A-Z][\w\-]+)){0,2})[ \t]+(?:heeft|is|sluit|gaat|wil|krijgt|"
                                 r"ontvangt|stelt|investeert|biedt)\b")
# ... or a date alone on the line under the title ("Nieuw welzijnsbeleid" / "3 maart 2021"), as a news item is dated
# (under the site's logo line above the title too: "logo Gemeente X" / "Nieuw steunpunt geopend" / "12 maart 2031"; not
# under a heading below the title: "Nieuw beleid" / "Inleiding" / "19 juni 2021")
_DATE_UNDER_TITLE = re.compile(rf"(?i)\A\s*(?:(?:logo\b|gemeente[ \t])[^\n]{{0,100}}\n(?:[ \t]*\n)*)?([^\n]{{3,200}})\n(?:[ \t]*\n)*[ \t]*"
                               rf"(?:(?:{WEEKDAY_NAMES})[ \t]+)?\d{{1,2}}[ \t]+"
                               # (a time after it: "12 oktober 2031, 14:05")
                               rf"(?:{MONTH_NAMES})[ \t]+((?:19|20)\d\d)(?:,?[ \t]+(?:om[ \t]+)?\d{{1,2}}[:.]\d\d(?:[ \t]+uur)?)?"
                               rf"[ \t]*(?=\n|\Z)")


def _place_headline(text: str) -> re.Match | None:
    m = _PLACE_HEADLINE.match(text) or _MUNICIPALITY_OPENS.match(text)
    return m if m and ref.fold(m.group("who")) in ref.gemeenten_by_name() else None


def _date_under_title(text: str) -> re.Match | None:
    """The date under a news item's title; not a date over a table's short cells ("1 maart 2019" / "Jaar"), nor
    the date on a budget's or an account's cover ("Jaarstukken 2022" / "15 mei 2023")."""
    m = _DATE_UNDER_TITLE.match(text)
    if not m or _PLANNING_WORDS.search(m.group(1)):
        return None
    return None if _SHORT_LINE_NEXT.match(text, m.end()) and not _NEWS_WORD_NEXT.match(text, m.end()) else m


def _dateline(text: str) -> re.Match | None:
    """A news item's dateline near the top whose capitals name a municipality or town (not a heading in capitals:
    "SOCIAAL DOMEIN – Wat willen we bereiken")."""
    for m in _DATELINE.finditer(text, 0, 300):
        key = ref.fold(m.group("place") or m.group("town") or m.group("dated") or m.group("caps"))
        if key in ref.gemeenten_by_name() or key in ref.woonplaats_gemeenten():
            return m
    return None


# A regulation or policy rule as the register of local regulations publishes it: its validity ("Geldend van
# 25-06-2025 t/m heden") and the heading "Intitulé" open the page.
_REGISTER = re.compile(r"(?im)^[ \t]*(?:intitulé[ \t]*$|gemeenteblad\b|"  # (the gazette, where rules and plans appear)
                       # (the register's own headings over a regulation's data)
                       r"wetstechnische[ \t]+informatie[ \t]*$|gegevens[ \t]+van[ \t]+de[ \t]+regeling[ \t]*$)|"
                       + _IN_FORCE.pattern.removeprefix("(?im)"))
# Without a cue, the tense says it: an accountability text looks back, a budget looks ahead. (_past_cues tries it only
# where it can open: _PAST_OPENERS below.)
_PAST = re.compile(
    r"(?i)(?<!tot\s\d{4}\s)\b(?:was|waren|werd|werden|had|hadden|hebben\s+we|hebben\s+wij|we\s+hebben|wij\s+hebben|zijn\s+we|zijn\s+wij|"
    r"bleek|bleken|kreeg|kregen|konden|(?:het\s+)?afgelopen\s+jaar|"
    # a strong past ("Het jaar 2014 stond in het teken van"), work done, a start made ("is ... van start gegaan")
    + _STRONG_PAST + r"|(?:is|zijn)\s+(?:[\w’'\-]+\s+){0,6}?(?:gewerkt|aangegaan|gegaan)|"
    r"(?:is|zijn)\s+(?:(?:[\w’'\-]+\.?(?:\w\.)*|€[ \t]?[\d.,]+)\s+){0,6}?(?:vastgesteld|gerealiseerd|gestart|afgerond|uitgevoerd|geweest|"
    r"ontwikkeld|opgesteld|gehouden|geopend|ingevoerd|aangenomen|georganiseerd|geëvalueerd|ondertekend|ingezet|gemaakt|"
    r"gedaan|bereikt|verstrekt|verleend|afgesloten|gesloten|besloten|gelukt|geïnvesteerd|opgeleverd|toegekend|aangevraagd|"
    r"gegeven|ingericht|gesproken|aangesteld|doorgevoerd|geïmplementeerd|ingediend|beëindigd|verlengd|aanbesteed|"
    r"geworven|getraind|uitgebreid|uitgegeven|besteed|ontvangen)|"
    r"(?:hebben|heeft)\s+(?:[\w’'\-]+\s+){0,6}?(?:plaatsgevonden|gerealiseerd|uitgevoerd|georganiseerd|geleverd|"
    r"ontvangen|gekregen|afgerond|opgeleverd|geïnvesteerd|bereikt|gemaakt)|"
    r"\w{3,}(?:dden|tten|kten|pten|ften|chten|sten|rden|lden|nden)\s+(?:we|wij))\b")
# ("we gaan uit van", "gaan wij ervan uit": what one assumes, no plan, is no _FUTURE cue)
# "we hebben", "zijn wij": a perfect's auxiliary only where a participle follows in its clause ("we hebben 40 gezinnen
# geholpen"); "We hebben aandacht voor", "Daarom zijn wij blij met" are told in the present
_BARE_AUXILIARY = re.compile(r"(?i)(?:hebben|zijn)\s+(?:we|wij)|(?:we|wij)\s+hebben")
_DEADLINE = re.compile(r"(?i)\buiterlijk\b")
_CLAUSE_END = re.compile(r"[.;:!?\n]")
_PARTICIPLE_AFTER = re.compile(r"(?i)[^.;:!?\n]{0,200}?\b(?:[a-z]{0,6}ge[a-zë]{2,}(?:d|t|en)|(?:be|ver|ont|her)[a-zë]{2,}[dt])\b")
# a year and a verb in the present: "In 2024 onderzoeken we", "In 2024 worden ... herzien", "In 2024 krijgt ..." (not a
# past plural in -den/-ten: "In 2023 onderzochten we", "In 2023 werkten we")
_PRESENT_IN_YEAR = re.compile(r"\b[Ii]n\s+(?:19|20)\d\d\s+(?:(wordt|worden|krijgt|krijgen|gaat|komt|komen|volgt|volgen)\b|"
                              r"(\w{3,}en)\s+(?:we|wij)\b)")


# what has been done so far, told in a year still running ("Wat is er al gelukt?", "is onlangs vastgesteld",
# "doen inmiddels alle scholen mee"): a budget's or a progress report's, no account of a closed year
_SO_FAR = re.compile(r"(?i)\b(?:inmiddels|kortgeleden|onlangs|tot\s+nu\s+toe|we\s+al|wij\s+al)\b")
# what was so before, in the sentence of a past tense ("dat vroeger onder de Wmo viel", "de afgelopen jaren stegen de
# kosten"): the history a budget tells as well (an account's "het afgelopen jaar" is its own year)
_HISTORY = re.compile(r"(?i)\b(?:voorheen|vroeger|destijds|(?:de\s+)?afgelopen\s+jaren)\b")
# ... nor does the policy a document lays down, which a budget cites as its framework ("Dat beleid hebben we eerder
# vastgelegd in nota X")
_LAID_DOWN = re.compile(r"(?i)\bvastgelegd\s+in\b")


# aims stated ("we willen", "streven we", "beogen"), which an account repeats as much as a budget: half a future cue
_AIM = re.compile(r"(?i)willen|streven|beogen")
# A clause in the perfect or the past passive dated in the report's own year ("In 2022 zijn de spreekuren verplaatst",
# "heeft de raad in de zomer van 2022 een motie aangenomen"): the year looked back on, which only an account does; a budget
# dates its year's plans in the present. (Any participle: _PAST's list of them is for undated clauses.)
_DATED_IN = re.compile(r"(?i)\b(?:in|eind|begin|medio|halverwege|van)\s+(?:[a-z]+\s+)?$")
_PERFECT = re.compile(r"(?i)\b(?:is|zijn|heeft|hebben|werd|werden)\b")
_PARTICIPLE = re.compile(r"(?i)\b(?:[a-z]{0,6}ge[a-zë]{3,}(?:d|t|en)|(?:be|ver|ont|her|er)[a-zë]{3,}[dt])\b")
# participles of what a budget sets aside for its year, and words of a year still to come
_PLANNED_WORDS = re.compile(r"(?i)\b(?:begroot|geraamd|gepland|voorzien|verwacht|bestemd|gereserveerd|uiterlijk|zal|zullen|"
                            r"gaat|gaan|wordt|worden|nog)\b")
_CLAUSE_BOUNDS = ".;:!?\n"


def _dated_perfects(text: str, year: int) -> list[str]:
    """The clauses in the perfect or past passive that date what they tell in `year` (_DATED_IN before the year)."""
    found, y, at = [], str(year), text.find(str(year))
    while at >= 0:
        end = at + 4
        before = text[at - 1] if at else ""
        if not (before.isdigit() or before in ("-", "–", "/") or text[end:end + 1].isdigit()
                or text[end:end + 2].strip()[:1] in ("-", "–")) and _DATED_IN.search(text, max(0, at - 32), at):
            clause = _sentence_around(text, at, _CLAUSE_BOUNDS, 200)
            aux = _PERFECT.search(clause)
            if aux and _PARTICIPLE.search(clause, aux.end()) and not _PLANNED_WORDS.search(clause):
                found.append(" ".join(clause.split()))
        at = text.find(y, end)
    return found


def _present_plural(verb: str) -> bool:
    """Whether the verb after a year is in the present ("onderzoeken", "zetten", "worden", "krijgt"), not a past
    plural ("verbouwden", "werkten"), the auxiliary of a perfect ("hebben") or a verb _FUTURE counts already."""
    low = verb.lower()
    # (the verbs _FUTURE counts on their own: "In 2024 gaan we" is one cue)
    return low not in ("hebben", "hadden", "waren", "gaan", "willen", "zullen", "verwachten", "streven") and (
        not re.search(r"(?:den|ten)$", low) or bool(_PRESENT_NDEN.match(low)))


_YEAR_BEFORE = re.compile(r"(?i)\bin\s+(?:" + _PART_OF_YEAR + r")?(?:19|20)\d\d\s+(?:[\w’'\-]+\s+){0,3}$")
_PRESENT_NDEN = re.compile(r"(?i)^(?:worden|(?:plaats|uit)?vinden|starten|houden|leiden|richten|besteden|gelden|zenden|wenden|branden|binden|melden|kosten|verwachten|achten|wachten|"
                           r"(?:in|uit|voort|op|door|aan|vast|om|mee|bij|over|af)?(?:letten|zetten|zitten|praten|laten|bieden)|"
                           r"weten|moeten|benutten)$")
_FUTURE = re.compile(r"(?i)\b(?:gaan\s+(?:we|wij)(?!\s+(?:er\s*van\s+)?uit\b)|(?:we|wij)\s+(?:gaan(?!\s+(?:er\s*van\s+)?uit\b)|willen)|zullen|willen\s+(?:we|wij)|"
                     r"verwachten\s+(?:we|wij)|(?:we|wij)\s+verwachten|(?:in\s+)?de\s+komende\s+jaren|in\s+de\s+komende|"
                     r"komend\s+jaar|beogen|uiterlijk\s+(?:(?:eind|begin|medio|in|op|per)\s+)?(?:\d{1,2}\s+[a-z]+\s+)?(?:19|20)\d\d|"
                     r"streven\s+(?:we|wij)|(?:we|wij)\s+streven|gaat\s+(?:[\w’'\-]+\s+){0,4}?(?:worden|plaatsvinden))\b")


def _anchored(pattern: str) -> tuple[re.Pattern, tuple[str, ...], bool]:
    """(compiled, anchor words, case-folded) for a cue pattern; the alternatives of a leading group all count."""
    pat = re.compile(pattern)
    m = _FIRST_WORD.match(pattern)
    fold = bool(m and m.group(1))
    head = re.match(r"^(?:\(\?i\))?\\b\(\?:([a-z|]+(?:\\s\+[a-z|]+)*)\)(\??)([a-z]*)", pattern)
    if head and head.group(2):  # an optional leading group: "(?:programma)?begroting"
        words = tuple(w + head.group(3) for w in head.group(1).split("|")) + (head.group(3),)
    elif head:  # (an alternative of several words is found by its first: "tussentijdse\s+rapportage")
        words = tuple(dict.fromkeys(w.split("\\s+")[0] for w in head.group(1).split("|")))
    elif m:
        words = (m.group(2).lower() if fold else m.group(2),)
    else:
        words = ()
    return pat, words, fold


def _cue_matches(cue: tuple[re.Pattern, tuple[str, ...], bool], text: str):
    pat, words, fold = cue
    return find_all(pat, text, words, fold_case=fold) if words else pat.finditer(text)


STANDARD_HEADINGS = re.compile(
    r"(?i)^(?:wat\s+(?:hebben|willen|gaan|mag|heeft|doen)\b.*|reguliere\s+(?:taken|werkzaamheden)|concrete\s+acties|"
    r"ambities?|programma(?:['’]s)?|"
    r"belangrijke\s+gebeurtenissen|ontwikkelingen.*|doelstellingen|beleidsdoel(?:en)?|indicatoren|lasten|baten|onderwerp|ga\s+naar\s+boven|"
    r"inleiding|samenvatting|hoofddoel|beleidsindicatoren|financi[eë]n|toelichting.*|jaarstukken.*|jaarverslag.*|"
    r"(?:programma|beleids)?begroting.*|realisatie.*|effecten.*|(?:korte\s+)?omschrijving|verbonden\s+partijen|terugblik|"
    r"algemeen|activiteiten|doelstellingen\s+en\s+activiteiten|doelen\s+(?:&|en)\s+resultaten|"
    r"(?:bestuurlijke|beleidsmatige)\s+samenvatting|bijlagen?(?:\s+\d{1,2}[a-z]?)?|paragrafen|home|"
    # a budget's or an account's financial parts: "Geprognosticeerde balans", "Afwijking voordeel/nadeel"
    r"(?:geprognosticeerde\s+)?balans|afwijking\b.*)$"
)


_YEAR_CUES = [(_anchored(p), w, p == _ACCOUNT_YEAR) for p, w in YEAR_HEADINGS]
_PAST_YEAR_CUE = _anchored(_PAST_YEAR)
# a clause whose participle lies ahead: "De buurthuizen worden in 2027 geopend", "zal in 2027 ... gestart"
_PASSIVE_AHEAD = re.compile(r"(?i)\b(?:wordt|worden|zal|zullen|gaat|gaan|moet|moeten)\b")
_FUTURE_YEAR_CUE = _anchored(_FUTURE_YEAR)
_TYPE_CUES = {t: [_anchored(p) for p in pats] for t, pats in TYPE_CUES.items()}
_TYPE_CUE_WEIGHTS = {t: [_CUE_WEIGHT.get(p, 1) for p in pats] for t, pats in TYPE_CUES.items()}
# A budget named in a sentence in the past tense ("De begroting 2031 sloot met een tekort en was toen al krap", "In
# november stelde de raad de programmabegroting vast") is one an account looks back on, no cue of a budget: a budget
# speaks of itself in the present (and of last year's in the past: another document either way).
_NAMED_BUDGET_CUES = {i for i, p in enumerate(TYPE_CUES["begroting"]) if p in (_BUDGET_NAMED, _BUDGET_YEAR, _THIS_BUDGET)}
_PAST_FINITE = re.compile(r"\b(?:was|waren|werd|werden|bleek|bleken|stelde|stelden)\b")


def _year_candidates(text: str) -> set[int]:
    """Where _YEAR_FREQ can match: "19"/"20" not preceded by a digit, '/', '.' or '-'."""
    out = set()
    for lead in ("19", "20"):
        for q in occurrences(text, lead):
            if q == 0 or not (text[q - 1].isdigit() or text[q - 1] in "/.-"):
                out.add(q)
    return out


def infer_meta(doc: Document, overrides: dict | None = None) -> ReportMeta:
    plain = plain_spaces(doc.text)
    if plain is not doc.text:  # a no-break space between words reads as a space
        return infer_meta(replace(doc, text=plain), overrides)
    overrides = overrides or {}
    text = doc.text
    evidence: dict[str, list[str]] = {}
    confidence: dict[str, float] = {}
    warnings: list[str] = []

    programmes, pev = _infer_programmes(text)
    columns = _table_columns(text)  # evidence for both the type and the year
    named_year = _named_year(doc)
    dtype, tconf, tev = _infer_type(text, bool(programmes), columns, named_year)
    named_kind = _named_kind(doc)
    if named_kind and tconf < _TEXT_KIND_DECIDES and dtype != named_kind[0]:
        # What the publisher named the file or page ("jaarverslag-2023.pdf", "https://x.begroting-2026.nl/...") says
        # the kind where the text itself does not name it (it only looks back or ahead, or is a programme's page).
        dtype, tconf, tev = named_kind[0], 0.8, [f"the file name or address names {named_kind[1]}", *tev]
    if overrides.get("type"):
        t = str(overrides["type"]).lower()
        if t not in DOCUMENT_TYPES:
            raise ValueError(f"unknown document type {overrides['type']!r}: expected one of {', '.join(DOCUMENT_TYPES)}")
        dtype, tconf, tev = t, 1.0, [f"given: type={t}"]
    evidence["document_type"], confidence["document_type"] = tev, tconf

    # (the year rules that trust the kind of text trust only a kind the text shows, not the most common kind)
    year, yconf, yev = _infer_year(doc, "other" if tconf <= _PRIOR_ONLY else dtype, columns,
                                   midyear=dtype == "other" and tev[0].startswith(_MIDYEAR_EVIDENCE))
    if overrides.get("year") not in (None, ""):
        year, yconf, yev = int(overrides["year"]), 1.0, [f"given: year={overrides['year']}"]
    evidence["year"], confidence["year"] = yev, yconf
    if not overrides.get("type"):
        dtype, tconf, tev = _year_not_ended(dtype, tconf, tev, year, text)
        dtype, tconf, tev = _measured_after_start(dtype, tconf, tev, named_year, text)
        evidence["document_type"], confidence["document_type"] = tev, tconf

    if overrides.get("municipality"):
        g = ref.resolve_gemeente(str(overrides["municipality"]), year)
        muni, mconf, mev = Municipality(g.label, g.cbs_code), 1.0, [f"given: municipality={overrides['municipality']}"]
    else:
        muni, mconf, mev = _infer_municipality(doc, year)
    evidence["municipality"], confidence["municipality"] = mev, mconf

    evidence["programmes"] = pev
    confidence["programmes"] = 0.8 if programmes else 0.5

    for k, c in confidence.items():
        if c < LOW_CONFIDENCE and k != "programmes":
            warnings.append(f"low confidence in {k} ({c:.2f}); pass it explicitly to be sure")
    if muni is None:
        warnings.append("municipality not found; pass --municipality")
    return ReportMeta(municipality=muni, year=year, document_type=dtype, programmes=programmes,
                      evidence=evidence, confidence=confidence, warnings=warnings)


# --------------------------------------------------------------------------- year


_NAME_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:[-–_ ]+((?:19|20)\d\d))?(?!\d)")


def _publisher_names(doc: Document) -> list[str]:
    """What the publisher named the document: its file name, its address and its first page's."""
    return [os.path.basename(doc.source or ""), doc.source_url or "", *(p.url or "" for p in doc.parts[:1])]


def _name_years(doc: Document) -> set[int]:
    """Years the file name or the page address states ("jaarverslag-2023-helmond.pdf", "begroting-2022.nl"); a
    period ("programmabegroting-2025-2028") by its first year."""
    names = _publisher_names(doc)
    return {int(m.group(1)) for n in names for m in _NAME_YEAR.finditer(n)
            if not m.group(2) or m.group(2) > m.group(1)}


def _named_year(doc: Document) -> int | None:
    """The one year the file name or address states, where the text names it too (as _infer_year takes it)."""
    named = _name_years(doc)
    y = next(iter(named)) if len(named) == 1 else None
    if y is None:
        return None
    # (a year that only ends or opens a period, "Jeugdnota 2027-2030", "2028 t/m 2031", is the period's)
    return y if any(not _PERIOD_BEFORE.search(doc.text, max(0, m.start() - 16), m.start())
                    and not _PERIOD_AFTER.match(doc.text, m.end())
                    for m in re.finditer(rf"(?<!\d){y}(?!\d)", doc.text)) else None


_PERIOD_BEFORE = re.compile(rf"(?:19|20)\d\d{_PERIOD_JOIN}$")
_PERIOD_AFTER = re.compile(rf"{_PERIOD_JOIN}(?:19|20)\d\d(?!\d)")


def _clause_before(before: str) -> str:
    """The part of the sentence before a point: from the last sentence end or semicolon."""
    cut = max(before.rfind(". "), before.rfind("; "), before.rfind("? "), before.rfind("! "))
    return before[cut + 1:]


def _quoted(before: str) -> bool:
    """Whether a quotation opened before this point of the line is still open (a title being quoted)."""
    m = _OPEN_QUOTE.search(before)
    if not m:
        return False
    q = m.group(0)[0]
    return q != '"' or before.count('"') % 2 == 1


def _infer_year(doc: Document, dtype: str | None, columns: list[tuple[str, str, int | None]],
                midyear: bool = False) -> tuple[int | None, float, list[str]]:
    """The year the report is about, from the text: its own headings and budget-table columns first, then years
    with a verb that fits the type, then how often a year is named (periods, dates and titles left out). The file
    name or address decides between years the text names; it never supplies one the text does not name. A mid-year
    report (`midyear`) is about the budget year its table's columns run to ("Jaarrekening 2019 | Begroting 2020 |
    Begroting 2021 | 1e rapportage")."""
    text = doc.text
    named = _name_years(doc)
    y = _named_year(doc)
    if y is not None:
        # Whoever named the file or the page knew which year it is about; where the text names that year too, it
        # is the report's year, whatever else the text dates (a history, a target, the previous year's figures).
        return y, 0.9, [f"the file name or address names {y}, and so does the text"]
    if dtype == "other" and _meeting(text):
        date = _WRITTEN_DATE.search(text, 0, _MEETING_HEAD)
        if date:
            return int(date.group(1)), 0.8, [f"the meeting's date '{date.group(0)}'"]
    if dtype == "other":
        date = (_DATE_LINE.search(text, 0, _MEETING_HEAD) or _MEETING_DATE.search(text, 0, _MEETING_HEAD)
                or _TOP_DATE_LINE.search(text, 0, _TOP_DATE_HEAD) or _TITLE_DATE.match(text) or _date_under_title(text))
        if date:
            # (the year is the group that took part: _DATE_LINE's alternatives hold one each)
            return int(date.group(date.lastindex)), 0.8, [f"the date line '{date.group(0).strip()}'"]
        titled = _DOCUMENT_TITLE.search(text, 0, _DOCUMENT_TITLE_HEAD)
        in_force = _IN_FORCE.search(text, 0, 600)
        if in_force and not _TITLE_PERIOD.match(text.lstrip("\n")) and not (titled and titled.group(2)):
            # a regulation or policy rule of the register is dated by the day it took effect, unless its title names
            # the period it covers ("Beleidsplan X 2023 - 2026")
            return int(in_force.group(1)), 0.8, [f"in force from '{in_force.group(0).strip()}'"]
        if titled:
            return int(titled.group(1)), 0.8, [f"the document's title '{titled.group(0).strip()}'"]
    scores: Counter[int] = Counter()
    ev: list[str] = []
    head = text[:3000]
    referred = Counter()  # the points of cues that name another document ("zoals in de begroting 2021 beschreven")
    budgets: set[int] = set()  # the years of the budgets the text names
    for cue, weight, account in _YEAR_CUES:
        for m in _cue_matches(cue, text):
            y = int(m.group(1))
            w, bonus = weight, 2 if m.start() < 600 else 0
            if _LIST_LINE.match(text[text.rfind("\n", 0, m.start()) + 1:m.start()]):
                continue  # an item of a list names another document: "• Kadernota X 2017-2030"
            if _REFERRED.search(text, max(0, m.start() - 12), m.start()) or (account and dtype == "begroting"):
                w, bonus = 1, 0
                referred[y] += 1
            if _BUDGET_CUE.match(m.group(0).lstrip()):
                budgets.add(y)
            scores[y] += w + bonus
            if len(ev) < 6:
                ev.append(f"'{m.group(0).strip()}'")
    if dtype == "begroting" and len(budgets) == 2 and max(budgets) - min(budgets) == 1:
        # A budget sets itself beside the one before it ("begroting 2021 wijkt af van begroting 2020 door ..."),
        # never beside the next.
        scores[max(budgets)] += 4
        ev.append(f"a budget beside the one before: {max(budgets)} after {min(budgets)}")
    for m in find_all(_BUDGET_COLUMNS, text, ("realisatie", "rekening", "jaarrekening"), fold_case=True):
        done = int(m.group(1))
        later = sorted(int(y) for y in _BUDGET_COLUMN_YEAR.findall(m.group(2)) if int(y) > done + 1)
        if later and later[0] == done + 2:
            scores[later[0]] += 9
            ev.insert(0, f"budget columns after realisation {done}: {later[0]}")
    for t, what, y in columns:
        if y is not None and (dtype is None or t == dtype or {t, dtype} == {"jaarverslag", "jaarstukken"}
                              or (midyear and t == "begroting")):
            scores[y] += 6
            ev.insert(0, f"the year of the {what}")
    title = _TITLE_PERIOD.match(text.lstrip("\n"))
    if title and not title.group(0).lstrip().startswith(("http", "www")):
        scores[int(title.group(1))] += 6
        ev.append(f"the title's period '{title.group(0).strip()}'")
    # (a text that only refers to documents has not dated itself: its verbs may still do so)
    strong = scores != referred
    if not strong:
        looking_back = dtype in ("jaarverslag", "jaarstukken")
        said = [m for m in _cue_matches(_PAST_YEAR_CUE if looking_back else _FUTURE_YEAR_CUE, text)
                if not _PRESENT_NDEN.match(m.group(0).split()[-1])
                and not _ARTICLE_BEFORE.search(text, max(0, m.start() - 4), m.start())  # "het in 2019 ingevoerde tarief"
                and not (looking_back and m.group(0).split()[-1].startswith("ge")
                         and _PASSIVE_AHEAD.search(_clause_before(text[max(0, m.start() - 200):m.start()])))
                # (no account looks back on a year after the one its file name or address gives: "In 2040 is de wijk
                # klimaatneutraal" is a target)
                and not (looking_back and named and int(m.group(1)) > max(named))]
        if said:
            # An annual report is about the latest year it looks back on, a budget about the first it looks ahead to.
            years = [int(m.group(1)) for m in said]
            key = max(years) if looking_back else min(years)
            for m, y in zip(said, years, strict=True):
                scores[y] += 3 if y == key else 1
                ev.append(f"'{m.group(0).strip()}'")
        strong = bool(scores)
    # In a budget a year with a past verb is history ("In 2020 is de nota vastgesteld"), not the budget year.
    # ("zetten", "vinden": present plurals that end like a past tense are no history.)
    history = ({m.start(1) for m in _cue_matches(_PAST_YEAR_CUE, text) if not _PRESENT_NDEN.match(m.group(0).split()[-1])}
               if dtype == "begroting" and not strong else set())
    freq: Counter[int] = Counter()
    dated: set[int] = set()
    in_year: set[int] = set()  # years named as a time something happens in ("in 2024", "per 2026"), not a target's
    looks_back = dtype in ("jaarverslag", "jaarstukken") and not strong
    for m in anchored_finditer(_YEAR_FREQ, text, _year_candidates(text) - history):
        if int(m.group(1)) == _REFORM_YEAR and _REFORM.search(_sentence_around(text, m.start())):
            continue  # "na de decentralisaties (1 januari 2015)": the reform every later report looks back on
        line_start = text.rfind("\n", max(0, m.start() - 200), m.start()) + 1
        line_end = text.find("\n", m.end(), m.end() + 200)
        rest = text[m.end():m.end() + 200 if line_end == -1 else line_end].strip()
        before = text[max(line_start, m.start() - 80):m.start()]
        date = _DATE_BEFORE.search(before)
        if date and ((date.group(1) or "").lower() not in _PREPOSITIONS
                     or (date.group(1).lower() == "op" and dtype != "begroting")):
            # a dateline; or, in a text that does not look ahead, the day something happened ("Op 31 mei 2021 is
            # gesproken over"), unlike a deadline ("tot 1 januari 2026") or a budget's history
            freq[int(m.group(1))] += 1
            dated.add(int(m.group(1)))
            continue
        if _YEAR_NOT_REPORTING.search(before[-12:]) or _YEAR_HISTORY.search(before[-40:]) or _PLAN_NAME_BEFORE.search(
                before[-20:]) or _REGULATION_BEFORE.search(before[-60:]) or ends_with_law(before) or (
                not rest.strip(")];.,") and _LIST_LINE.match(text[line_start:m.start()])) or _quoted(text[max(line_start, m.start() - 200):m.start()]):
            continue
        if looks_back and _AHEAD_BEFORE.search(_clause_before(before)):
            continue
        if _MEASURED_ROW_REST.fullmatch(rest) and re.search(r"[^\W\d]{3}", text[line_start:m.start()]):
            continue  # the year an indicator of a table's row was measured
        freq[int(m.group(1))] += 1
        if _IN_YEAR_BEFORE.search(before[-20:]):
            in_year.add(int(m.group(1)))
    head_years = _YEAR_ANY.findall(head)
    if not strong:
        # No municipality reports on a year after next (a budget appears the autumn before its year): a later year
        # is a target ("2040", "2098") or an amount. Without a heading, column or verb that dates it, a year that a
        # budget or a text that is no report (a news item, a profile page, dated by its dateline) names once in
        # passing is a target's or an event's ("het streefbeeld voor 2030"), not the text's, unless the file name
        # or address names it too; an annual report's year in passing is mostly the year it looks back on.
        latest = datetime.date.today().year + 1
        near = {y: c for y, c in freq.items() if y <= latest}
        # ... but where a budget names one year only, past its history and short of a horizon, that is its year
        # ("In 2025 is gewerkt aan een werkwijze die per 2026 ...", "In 2026 zetten we ..."; not a target's "voor
        # 2025"), unless the file name or address names another.
        alone = dtype == "begroting" and len(near) == 1 and set(near) <= in_year and (not named or set(near) <= named)
        freq = Counter({y: c for y, c in near.items() if alone or looks_back or c >= 2 or y in dated or y in named})
    for y, c in freq.items():
        scores[y] += c * 0.5 + (0.5 if str(y) in head_years else 0)
    if not scores:
        return None, 0.0, ["no year found"]
    for y in named & set(scores):
        scores[y] += 3
        ev.append(f"the file name or address names {y} too")
    (best, s1), *rest = scores.most_common(2) + [(None, 0.0)]
    s2 = rest[0][1] if rest else 0.0
    if not strong and named and best not in named:
        # The publisher dated the file or page, the text does not state that year, and it names others only in
        # passing (a history, a target, an earlier plan): the text does not say which year it is about.
        return None, 0.0, [f"no year stated: the file name or address names {', '.join(map(str, sorted(named)))}, "
                           f"the text names {best} only in passing"]
    if not strong:
        ev.append(f"most frequent year {best} ({freq[best]} mentions)")
    conf = min(1.0, 0.5 + (s1 - s2) / (s1 + 1e-9) * 0.5 + (0.3 if strong else 0.0))
    return best, round(conf, 2), ev


# --------------------------------------------------------------------------- type


# The kind of document a file name or page address names, as the publisher put it: "jaarverslag-2023.pdf",
# "https://x.jaarverslag-2023.nl/p123/...", "https://x.begrotingsapp.nl/jaarstukken-2022/...",
# "x2021.2ebestuursrapportage.nl", a page titled "Programmabegroting 2024 | Gemeente X".
# (An account by any name, "jaarstukken" too, is a jaarverslag unless the text calls itself Jaarstukken: the guideline.)
# (The kinds and their words: ontology/doctypes.ttl. Short forms are left out: a name runs words together.)
_NAME_KIND = re.compile(f"(?i)({ref.cycle_words(*ref.cycle_kinds(), short=False)})")
_NAME_KIND_TYPE = {w: k.document_type for k in ref.cycle_kinds().values() for w in k.words}
# report platforms named after one kind that publish every kind ("x.begrotingsapp.nl/jaarstukken-2022/...")
_PLATFORM = re.compile(r"(?i)begrotingsapp|begrotingonline|begroting-online")
# Below this confidence the text has not named its own kind (tense, a programme's page): a name or address decides.
_TEXT_KIND_DECIDES = 0.7


def _named_kind(doc: Document) -> tuple[str, str] | None:
    """(type, what) the file name, the page's address or the document's own title (an HTML page's <title>) names;
    None when they name no kind or two."""
    names = [*_publisher_names(doc), doc.title or ""]
    kinds = {}
    for n in names:
        for m in _NAME_KIND.finditer(_PLATFORM.sub(" ", n)):
            word = m.group(1).lower()
            kinds.setdefault(_NAME_KIND_TYPE[" ".join(word.split())], f"'{m.group(1)}' ('{n}')")
    return next(iter(kinds.items())) if len(kinds) == 1 else None


def _own_title(doc: Document) -> str:
    """The page's own title (an HTML page's <title>), where the text does not hold it (a text's first heading)."""
    return doc.title if doc.title and doc.title not in doc.text else ""


# The cycle's other documents: "wat de voorjaarsnota en de jaarstukken 2025 nog laten zien" names the annual accounts
# among them, as a document still to come, not the text itself.
_OTHER_CYCLE_DOCUMENT = re.compile(r"(?i)\b(?:tussenrapportage|bestuursrapportage|voorjaarsnota|najaarsnota|kadernota|"
                                   r"(?:programma)?begroting)\b(?:[ \t]+((?:19|20)\d\d)\b)?")


_ACCOUNTS_FOR = re.compile(r"(?i)\bverantwoording[ \t]+af\b|\bleggen[ \t]+(?:wij|we)[ \t]+verantwoording\b")


def _among_other_documents(text: str, start: int, year: int) -> bool:
    """Whether the document's name at start (of `year`), after its article in running text, shares its sentence with
    another document of the cycle of that year or of none (not a table's header of columns: "Jaarstukken 2024 Begroting
    2024"). Beside a later year's document it is the present one: "de kolom blijft in de jaarstukken 2024 leeg tot de
    tussenrapportage 2025"."""
    if not re.search(r"\bde[ \t]+$", text[max(0, start - 4):start]):
        return False
    sentence = _sentence_around(text, start)
    if _ACCOUNTS_FOR.search(sentence):
        return False  # "In de Jaarstukken 2030 legt het bestuur verantwoording af over de Begroting 2030": the
        # budget is what the accounts at hand account for
    others = list(_OTHER_CYCLE_DOCUMENT.finditer(sentence))
    return bool(others) and not any(m.group(1) and int(m.group(1)) > year for m in others)


def _adopted_below(text: str, title: str) -> bool:
    """Whether the text, below its title that names a plan, tells that the council adopted that plan ("Beleidsplan
    Wonen 2027-2030" / "De raad heeft het Beleidsplan Wonen 2027-2030 in juni 2027 vastgesteld"): a budget's or an
    account's section on the plan, not the plan, speaks of it so."""
    name = _YEARS_AT_END.sub("", title).strip(" :-–")
    if len(name) < 8:
        return False
    at = text.find(title) + len(title)
    for m in re.finditer(re.escape(name), text[at:at + 1500], re.I):
        if _ADOPTED.search(_sentence_around(text, at + m.start())):
            return True
    return False


def _meeting(text: str) -> re.Match | None:
    """The mark of a council or committee meeting's papers near the top: 'Besluitenlijst', 'Agendapunten'."""
    return _MEETING.search(text, 0, _MEETING_HEAD)


def _infer_type(text: str, programme_page: bool = False, columns: list[tuple[str, str, int | None]] | None = None,
                year: int | None = None) -> tuple[str, float, list[str]]:
    """The document's type by the guideline; `year`, where the file name or address states it, tells a budget's
    history (what happened before its year) from an account's looking back on it."""
    head = text[:1500]
    # The letter that offers the report types it by what it offers, also where it is a meeting's proposal.
    offered = _OFFERED.search(text, 0, _INTRODUCTION_HEAD)
    if offered:
        kind = (offered.group("offered") or offered.group("this")).lower()
        # ("het jaarverslag en de jaarrekening": the two parts of the jaarstukken)
        kind = ("jaarstukken" if "jaarstukken" in kind or _BOTH_PARTS.match(text, offered.end())
                else "begroting" if "begroting" in kind else "jaarverslag")
        return kind, 0.9, [f"the letter that offers it: '{offered.group(0)}'"]
    meeting = _meeting(text)
    if meeting:
        return "other", 0.75, [f"the papers of a meeting: '{meeting.group(0).strip()}'"]
    # (a budget's or an account's cover, its title on a line of its own, is dated by place and day too: "Programmabegroting
    # 2030" / "Rivierstad, 19 september 2029")
    cover = any(_TITLE_KIND.fullmatch(ln.strip()) for ln in [ln for ln in text[:400].splitlines() if ln.strip()][:3])
    quoted = (_QUOTED_OFFICIAL.search(text, 0, _NEWS_HEAD) or (not cover and _PHOTO_CREDIT.search(text, 0, _NEWS_HEAD))
              or (not cover and _dateline(text))
              or _ARCHIVED.search(text, 0, _NEWS_HEAD)
              or _BYLINE.search(text, 0, 1000) or _NEWS_LABEL.search(text, 0, _NEWS_TOP)
              or _WEEKDAY_DATE.search(text, 0, _NEWS_TOP) or _DATE_FIRST.match(text) or _date_under_title(text)
              or _HEADLINE_DATED.search(text, 0, _NEWS_TOP)
              or _RECENT_DAYS.search(text, 0, _INTRODUCTION_HEAD) or _REPORT_SHOWS.search(text, 0, _INTRODUCTION_HEAD)
              or _COLLEGE_DATED.match(text) or _HEADLINE.match(text) or _place_headline(text))
    if quoted:  # (a news item on the annual accounts names them: "Het college biedt de jaarstukken 2021 aan ...")
        return "other", 0.7, [f"a news item or a dated paper (a quoted statement, a photograph's credit, a dateline, an "
                              f"archived article, a byline, its label, a weekday's date, days ago or ahead, what a report "
                              f"shows, a college's decision of a given day at its opening, its date on its first line or "
                              f"under its title): '{quoted.group(0).strip()}'"]
    m = (_JAARSTUKKEN_HEAD.search(head)
         or next((j for j in find_all(_JAARSTUKKEN_YEAR, text, ("jaarstukken",), fold_case=True)
                  if not _among_other_documents(text, j.start(), int(j.group(0)[-4:]))), None)
         or next(find_all(_THIS_JAARSTUKKEN, text, _THIS_JAARSTUKKEN_ANCHORS, fold_case=True), None))
    if m:
        return "jaarstukken", 0.95, [f"the text calls itself '{m.group(0).strip()}'"]
    mid = (_MIDYEAR.search(text, 0, 300) or _REVISION_TITLE.match(text)
           or (("utatie" in text or "rognose" in text) and _REVISED_BUDGET_CHANGES.search(text))
           or next(find_all(_PROGRESS, text, _PROGRESS_ANCHORS, fold_case=True), None)
           or next(find_all(_THIS_MIDYEAR, text, ("deze", "dit"), fold_case=True), None)
           or _PROGRESS_HEADING.search(text, 0, 600))
    if mid:
        return "other", 0.75, [f"{_MIDYEAR_EVIDENCE} or progress report: '{mid.group(0)}'"]
    # (a date line above a short line is a table's column header: "1 maart 2019" / "1 augustus 2019" / "Jaar")
    dated = [m.group(1) for m in _NEWS_DATE_LINE.finditer(text, 0, _NEWS_HEAD) if not _SHORT_LINE_NEXT.match(text, m.end())]
    if len(dated) >= 2:
        return "other", 0.7, [f"news items, each under its date: {', '.join(d.strip() for d in dated[:3])}"]
    letter = _LETTER.findall(text, 0, 1000)
    if len({" ".join(w.lower().split()) for w in letter}) >= 2:
        return "other", 0.75, [f"a letter (its furniture: {', '.join(dict.fromkeys(letter))})"]
    question = _QUESTION_LINE.search(text, 0, _INTRODUCTION_HEAD)
    answer = question and _ANSWER_LINE.search(text, question.end(), question.end() + 3000)
    if answer:
        return "other", 0.75, [f"answers to questions: '{question.group(0).strip()}' / '{answer.group(0).strip()}'"]
    study = _STUDY.search(text, 0, 1500)
    if study:
        return "other", 0.7, [f"an evaluation study: '{study.group(0)}'"]
    register = _REGISTER.search(text, 0, 600)
    if register:
        return "other", 0.75, [f"a regulation or policy rule from the register: '{register.group(0).strip()}'"]
    agreement = _AGREEMENT.search(text, 0, _INTRODUCTION_HEAD)
    if agreement:
        return "other", 0.75, [f"an agreement its parties sign: '{agreement.group(0).strip()}'"]
    decision = _DECISION.search(text, 0, _INTRODUCTION_HEAD)
    if decision:
        return "other", 0.75, [f"a decision's formula: '{decision.group(0)}'"]
    titles = [ln.strip() for ln in text[:600].splitlines()
              if ln.strip() and not _LIST_LINE.match(ln) and not _SITE_FURNITURE.fullmatch(ln.strip())][:2]
    other = next((m for m in map(_OTHER_TITLE.match, titles) if m and not _adopted_below(text, m.string)),
                 None)  # the title, not a list item below it
    if other:
        return "other", 0.7, [f"the title names another kind of document: '{other.group(0).strip()}'"]
    crumb = _SITE_BREADCRUMB.match(text)
    if crumb and not _PLANNING_WORDS.search(crumb.group(0)):
        return "other", 0.7, [f"a web page under its site's breadcrumb: '{crumb.group(0).strip()}'"]
    introduced = _INTRODUCED_AS_OTHER.search(text, 0, _INTRODUCTION_HEAD)
    if introduced:
        return "other", 0.7, [f"the text introduces itself as another kind of document: '{introduced.group(0)}'"]
    annex = _ANNEX_OF_OTHER.search(text, 0, _INTRODUCTION_HEAD)
    if annex:
        return "other", 0.7, [f"an annex to a document of another kind: '{annex.group(0)}'"]
    copied = _COPY_TITLE.search(text, 0, 1500)  # a document-copy site's own line for the title it shows
    copied = copied and (copied.group(1) or copied.group(2) or copied.group(3))
    if copied and _OTHER_KIND.search(copied):
        return "other", 0.7, [f"the copied document's title names another kind of document: '{copied}'"]
    counts = {}
    ev: dict[str, list[str]] = {}
    for t, cues in _TYPE_CUES.items():
        counts[t] = 0
        for i, (cue, w) in enumerate(zip(cues, _TYPE_CUE_WEIGHTS[t], strict=True)):
            for mm in _cue_matches(cue, text):
                if _SOURCE_BEFORE.search(text, max(0, mm.start() - 24), mm.start()):
                    continue  # "(o.b.v. jaarrekening 2021)": the source of a figure, another document
                if t == "begroting" and i in _NAMED_BUDGET_CUES and _PAST_FINITE.search(_sentence_around(text, mm.start())):
                    continue  # (the budget an account looks back on)
                counts[t] += w
                ev.setdefault(t, []).append(f"'{mm.group(0)}'")
    for t, what, _ in (_table_columns(text) if columns is None else columns):
        counts[t] += 3
        ev.setdefault(t, []).insert(0, what)
    tm = _TITLE_KIND.match(text)
    if tm:  # the page's own title on its first line ("Begroting 2020"), over what it says of other documents
        t = "begroting" if tm.group(1).lower().endswith("begroting") else "jaarverslag"
        counts[t] += 5
        ev.setdefault(t, []).insert(0, f"its title: '{tm.group(0).strip()}'")
    if any(counts.values()) and abs(counts["jaarverslag"] - counts["begroting"]) < 3:
        # A clear tense (twice as much and at least four cues: "In 2024 konden we", "zijn we in 2024 gestart") adds
        # to cues that do not decide, which an annual report shares with the budget text it repeats (read on the
        # first pages: the tense of a long report does not change further on).
        p, f, _ = _tense(text[:_TENSE_HEAD], year)
        for t, mine, theirs in (("jaarverslag", p, f), ("begroting", f, p)):
            if mine >= 4 and mine >= 2 * theirs:
                counts[t] += 3
                ev.setdefault(t, []).append(f"tense: {mine:g} cues against {theirs:g}")
        if counts["jaarverslag"] == counts["begroting"] > 0 and p != f:
            # cues of both, as many, and no clear tense: the larger one still tells the text's own side
            t = "jaarverslag" if p > f else "begroting"
            counts[t] += 1
            ev.setdefault(t, []).append(f"tense: {max(p, f):g} cues against {min(p, f):g}")
    best = max(counts, key=counts.get)
    other = min(counts, key=counts.get)
    if counts[best] == 0:
        mid = _MIDYEAR.search(text)
        if mid:
            return "other", 0.7, [f"{_MIDYEAR_EVIDENCE} report: '{mid.group(0)}'"]
        published = _published(text, year)
        if published:
            return published
        reader = _ADDRESSES_READER.search(text)
        if reader:
            # a page that speaks to its reader ("Heeft u hulp nodig?", "U kunt reageren tot ..."): a municipality's
            # information page, a consultation or a council's page for the public, no budget or account
            return "other", 0.6, [f"a page that speaks to its reader and names no budget or account: "
                                  f"'{reader.group(0)}'"]
        mine = _FIRST_PERSON.findall(text)
        if len(mine) >= 2:
            # an alderman's column, a letter or a speech: a budget or an account speaks as "we", never as "ik"
            return "other", 0.55, [f"a text in the first person singular: {', '.join(dict.fromkeys(mine))}"]
        skip = _SKIP_LINK.search(text, 0, 300)
        if skip:
            # a municipality's web page opens with its skip links ("Ga naar de inhoud", "Direct naar paginainhoud"); a
            # budget's or an account's page on a report site names its kind, which this one does not
            return "other", 0.55, [f"a web page of the municipality's site that names no budget or account: "
                                   f"'{skip.group(0).strip()}'"]
        copied = _COPY_SITE.search(text, 0, 1500)
        if copied:
            # A budget or an account names itself on the cover that such a site copies; a copied document that does
            # not is a plan, a report or a council paper.
            return "other", 0.55, [f"a copied document that does not say it is a budget or an account: "
                                   f"'{copied.group(0).strip()}'"]
        return _type_by_tense(text, programme_page, year)
    conf = 0.5 + 0.5 * (counts[best] - counts[other]) / counts[best]
    return best, round(conf, 2), ev[best][:6]


# The heading of the paragraph on verbonden partijen (the bodies the municipality takes part in), on a line of its own
_PARTIES_PARAGRAPH = re.compile(r"(?im)^[^\w\n]*(?:\d+(?:\.\d+)*\.?\s+)?(?:paragraaf\s+)?(?:\d+(?:\.\d+)*\.?\s+)?(?:verbonden\s+partijen|"
                                r"gemeenschappelijke\s+regelingen|overzicht\s+gemeenschappelijke\s+regelingen)[ \t]*$")
_TENSE_HEAD = 20000
# A report site's programme page shows the programme's spending and income as shares of the whole: "Uitgaven / 21,05% /
# € 12.400 / x € 1.000 / 21,05% Complete / Inkomsten ...". Sites show it over budgets and accounts alike; on a page
# with no cue of either it is a budget's page more often.
_SHARES_TITLE = re.compile(r"(?m)^[ \t]*Saldo[ \t]*\n\s*[^\n]{0,20}%[ \t]*\n\s*€[^\n]{0,30}\n\s*x[ \t]*€[ \t]*1\.000[ \t]*\n"
                           r"\s*(?P<title>[^\n]{3,100})$")
_SHARES_TITLE_NUMBER = re.compile(r"^(?:(?:Programma|Beleidsveld|Domein|Thema|Pijler)[ \t]+\d{1,2}[a-z]?[ \t]*[:.\-–|]?"
                                  r"|\d{1,2}[a-z]?[.:)]?(?:[ \t]+Programma(?=[ \t]+[A-Z]))?)[ \t]+")  # ("7. Programma X")
# (what such a site may put there instead: the programme's number alone, its parts, its progress)
_SHARES_NO_TITLE = re.compile(r"(?i)programma(?:[ \t]+\d{1,2}[a-z]?)?|programma[ \t]*onderdelen|voortgang\b.*")
_SPENDING_SHARES = re.compile(r"\bUitgaven\s+\d{1,3},\d{1,2}[ \t]?%(?:\s+\S+){0,6}?\s+\d{1,3},\d{1,2}[ \t]?%[ \t]+Complete\b")
_TENSE_EVIDENCE = "past-tense cues"
_ADDRESSES_READER = re.compile(r"\b(?:[Kk]unt[ \t]+u|[Uu][ \t]+kunt|[Uu][ \t]+terecht|[Nn]eemt[ \t]+u|[Hh]eeft[ \t]+u|[Bb]ent[ \t]+u|"
                               # ... or tells what its page holds ("Op deze pagina staat ...")
                               r"[Oo]p[ \t]+deze[ \t]+(?:web)?pagina)\b"
                               # ... or asks its reader's questions in its headings, as an information page on a
                               # scheme or a grant does ("Voor wie is deze regeling bedoeld", "Hoe vraagt u het aan?")
                               r"|(?m:^[ \t]*(?:Voor[ \t]+wie[ \t]+is[ \t]+(?:deze|de|het|dit)|Hoe[ \t]+vraag(?:t[ \t]+u|[ \t]+je|[ \t]+ik)"
                               r"|Wanneer[ \t]+kom[ \t]+(?:je|ik|u)[ \t]+in[ \t]+aanmerking)\b"
                               # (a product page's headings: "• Wat is het?", "Hoe werkt het?", "Wat kost het?")
                               r"|^[ \t•\-*]*(?:Wat[ \t]+is[ \t]+het|Hoe[ \t]+werkt[ \t]+het|Wat[ \t]+kost[ \t]+het)[ \t]*\?)")
_FIRST_PERSON = re.compile(r"\b(?:[Ii]k|[Mm]ij|[Mm]ijn)\b")
_SKIP_LINK = re.compile(r"(?im)^[ \t]*(?:(?:ga|direct|spring|meteen)[ \t]+)?naar[ \t]+(?:de[ \t]+)?(?:hoofd)?(?:pagina)?inhoud\b")
_PRIOR_ONLY = 0.4  # the confidence of a type that no cue of the text supports (the most common kind of page)


# The words _PAST's alternatives open with (each a whole word); its last alternative opens with the word before "we"
_PAST_OPENERS = ("was", "waren", "werd", "werden", "had", "hadden", "hebben", "heeft", "we", "wij", "zijn", "is", "bleek", "bleken",
                 "konden", "het", "afgelopen", *_STRONG_PAST_VERBS)  # ("kreeg", "kregen": strong past verbs)


def _past_cues(text: str) -> Iterator[re.Match]:
    """_PAST.finditer(text), the pattern tried only where a match can open: at one of its words, or at the word before
    "we" or "wij" (a past plural, "voerden we"), instead of at every word of the text."""
    low = lowered(text)
    if low is None:
        return _PAST.finditer(text)
    starts = word_starts(low, _PAST_OPENERS, whole=True)
    for q in word_starts(low, ("we", "wij"), whole=True):
        i = q
        while i > 0 and text[i - 1].isspace():  # (str.isspace is the pattern's \s)
            i -= 1
        if i < q:
            starts.add(back_over(text, i, word=True))
    return anchored_finditer(_PAST, text, starts)


def _tense(text: str, year: int | None = None) -> tuple[float, float, list[str]]:
    """How much the text looks back and how much ahead. With the report's `year` known, a sentence in the past tense
    that dates itself only before that year is history, which a budget tells as well ("Eind 2022 kregen 312 huishoudens
    een uitkering" in the budget for 2025), and does not count."""
    past = [m for m in _past_cues(text) if not _PRESENT_NDEN.match(m.group(0).split()[0])
            and not _DEADLINE.search(m.group(0))  # "is uiterlijk eind 2027 afgerond": a target, no look back
            and not (_BARE_AUXILIARY.fullmatch(m.group(0)) and not _PARTICIPLE_AFTER.match(text, m.end())
                     and _CLAUSE_END.search(text, m.end()))  # (a clause the page cuts off keeps its cue)
            and not (year and _history_before(text, m.start(), year))
            and not _SO_FAR.search(text[max(0, m.start() - 40):m.end() + 12])
            and not _HISTORY.search(_sentence_around(text, m.start()))
            and not _LAID_DOWN.search(_sentence_around(text, m.start()))]
    future = list(_FUTURE.finditer(text))
    # "In 2024 onderzoeken we", "In 2024 worden de proeven beoordeeld": a year's plan told in the present
    planned = [m for m in _PRESENT_IN_YEAR.finditer(text) if _present_plural(m.group(1) or m.group(2))]
    # A past tense tied to a year ("In 2022 voerden we") weighs double, as does a year's plan in the present, and a
    # clause in the perfect dated in the report's own year (_dated_perfects); aims (_AIM) weigh half.
    p = sum(2.0 if _YEAR_BEFORE.search(text, max(0, m.start() - 60), m.start()) else 1.0 for m in past)
    dated = [c for c in (_dated_perfects(text, year) if year else []) if not any(m.group(0) in c for m in past)]
    p += 2.0 * len(dated)
    f = sum(0.5 if _AIM.search(m.group(0)) else 1.0 for m in future) + 2.0 * len(planned)
    future += planned
    ev = [f"{_TENSE_EVIDENCE} {p:g} ({', '.join([*(m.group(0) for m in past), *dated][:3])}), "
          f"future cues {f:g} ({', '.join(m.group(0) for m in future[:3])})"]
    return p, f, ev


# A change to the running budget with its effect: "Wijkteams € 26.000 nadelig", "(€ 21.750 incidenteel voordelig)".
# A mid-year report or framework note lists them (a bestuursrapportage, voorjaarsnota, kadernota: other); an
# annual account states its differences against realisation columns, which type it before this is looked at.
_AMENDMENT = re.compile(r"€[ \t]?\d[\d.,]*(?:[ \t]+(?:mln|miljoen))?[ \t]+(?:(incidenteel|structureel)[ \t]+)?"
                        r"(?:voordelig|nadelig)\b", re.I)


# ... or a table of them: "Afwijkingen lasten", "Omschrijving - mutaties lasten", each row's effect "Voordeel" or
# "Nadeel" at its end (a table row of an annual account states a difference against realisation instead)
_AMENDMENT_ROWS = re.compile(r"(?im)^[^\n]*\b(?:afwijkingen|mutaties|wijzigingen)[ \t]+(?:lasten|baten)\b[^\n]*?"
                             r"(?:voordeel|nadeel)[ \t|]*$")


# ... or a column of them: "Mutatie raming", "Mutatie 1e" (the change the first report makes)
_AMENDMENT_COLUMN = re.compile(r"(?i)\bmutatie[ \t]+(?:raming|begroting|[1-4](?:e|ste|de))(?![\w\-])")


# ... or what is expected measured against the budget: "De verwachte kosten liggen € 1,2 miljoen lager dan begroot" (a
# forecast; an account says what was: "de uitgaven waren lager dan begroot")
_AGAINST_BUDGET = re.compile(r"(?i)\b(?:hoger|lager|meer|minder)[ \t]+dan[ \t]+(?:begroot|geraamd)\b")
_EXPECTED = re.compile(r"(?i)\bverwacht|\bprognos")


def _amendments(text: str) -> list[str]:
    """The budget changes a text lists, when it lists them: two, or one said to be once-only or lasting; or a table
    of them, two rows with their effect, or a column headed as changes; or a forecast against the budget."""
    found = list(_AMENDMENT.finditer(text)) if "delig" in text else []
    if len(found) >= 2 or any(m.group(1) for m in found):
        return [m.group(0) for m in found]
    against = _AGAINST_BUDGET.search(text) if " dan " in text else None
    if against and _EXPECTED.search(_sentence_around(text, against.start())):
        return [against.group(0)]
    rows = _AMENDMENT_ROWS.findall(text) if "deel" in text else []
    if len(rows) >= 2:
        return [r.strip() for r in rows]
    header = _AMENDMENT_COLUMN.search(text) if "utatie" in text else None
    return [header.group(0)] if header else []


def _sentence_around(text: str, at: int, bounds: str = ".!?\n", reach: int = 300) -> str:
    """The sentence (or line) around `at`, at most `reach` characters either side; with other `bounds`, the clause."""
    start = max(text.rfind(c, max(0, at - reach), at) for c in bounds) + 1
    ends = [e for e in (text.find(c, at, at + reach) for c in bounds) if e >= 0]
    return text[start:min(ends) if ends else at + reach]


def _history_before(text: str, at: int, year: int) -> bool:
    """Whether the sentence around `at` names years and all of them lie before `year`."""
    years = [int(y) for y in _YEAR_ANY.findall(_sentence_around(text, at))]
    return bool(years) and max(years) < year


# A report site's publication date over each page ("Meer" / "Publicatiedatum: 12-05-2021"): the annual accounts appear
# in spring and summer (May to September), the budget in autumn (October to January).
_PUBLICATION_DATE = re.compile(r"(?m)^[ \t]*Publicatiedatum:?[ \t]*\d{1,2}-(\d{1,2})-((?:19|20)\d\d)[ \t]*$")
_ACCOUNTS_MONTHS = range(4, 10)


def _published(text: str, year: int | None = None) -> tuple[str, float, list[str]] | None:
    """The type a report site's publication date gives a page that says nothing of its kind: with the year the page
    is about, a budget appears before that year, an account after it, and a page published during it is a mid-year
    report; without it, by the month."""
    m = _PUBLICATION_DATE.search(text, 0, 300)
    if not m:
        return None
    date = f"'{m.group(0).strip()}'"
    if year is not None:
        published = int(m.group(2))
        if published == year:
            return "other", 0.6, [f"published during the year it is about, a mid-year report: {date}"]
        kind = "begroting" if published < year else "jaarverslag"
        return kind, 0.6, [f"published {'before' if published < year else 'after'} the year it is about: {date}"]
    kind = "jaarverslag" if int(m.group(1)) in _ACCOUNTS_MONTHS else "begroting"
    return kind, 0.6, [f"published when the {'annual accounts' if kind == 'jaarverslag' else 'budget'} appear: {date}"]


def _type_by_tense(text: str, programme_page: bool = False, year: int | None = None) -> tuple[str, float, list[str]]:
    """jaarverslag when the text looks back, begroting when it looks ahead; else a programme's page that does
    neither describes the programme as planned (a budget), and any other text is other. A text without cues of
    either that lists changes to the running budget is a mid-year report or a framework note, whatever its tense."""
    changes = _amendments(text)
    if changes:
        return "other", 0.55, [f"changes to the running budget (amounts with their effect, or a column of changes): {', '.join(changes[:3])}"]
    p, f, ev = _tense(text, year)
    if p >= 2 and p > f and not (f >= 1 and p <= 2):
        return "jaarverslag", 0.55, ev
    if f >= 1 and (f > p or p <= 2):
        # (two past cues beside one looking ahead are a budget's history: "In 2024 is het plan vastgesteld; we gaan")
        return "begroting", 0.55, ev
    if programme_page:
        return "begroting", 0.45, ["a programme's page that neither looks back nor ahead", *ev]
    shares = _SPENDING_SHARES.search(text, 0, 2000)
    if shares:  # a report site's programme page, its spending and income shown as shares of the whole
        return "begroting", 0.45, ["a programme's page with its spending and income shares that neither looks back "
                                   f"nor ahead: '{' '.join(shares.group(0).split())}'", *ev]
    para = _PARTIES_PARAGRAPH.search(text, 0, 400)
    if para:  # the paragraph every budget has, neither looking back (an annual report's) nor ahead
        return "begroting", 0.45, [f"a paragraph of the budget that neither looks back nor ahead: '{para.group(0).strip()}'",
                                   *ev]
    # A page with no cue of either, no changes and no tense is most often a budget's page that describes its domain as
    # it stands (the policy context, the tasks, the costs); an account's or another document's page says more of itself.
    return "begroting", _PRIOR_ONLY, ["no budget or accountability cues: a budget's page describing its domain", *ev]


def _year_not_ended(dtype: str, conf: float, ev: list[str], year: int | None, text: str,
                    ) -> tuple[str, float, list[str]]:
    """No annual report covers a year that has not ended: a page about this year or a later one that the tense
    alone made a jaarverslag is a progress report (it only looks back) or a budget (it looks ahead too)."""
    if dtype != "jaarverslag" or not ev or not ev[0].startswith(_TENSE_EVIDENCE) or year is None \
            or year < datetime.date.today().year:
        return dtype, conf, ev
    _p, f, _ = _tense(text)  # (a year's plans told in the present count: "In 2027 wordt de regeling herzien")
    note = f"no annual report on {year} yet"
    return ("begroting", 0.5, [note + ", and the text looks ahead", *ev]) if f >= 1 else \
        ("other", 0.5, [note + ": a report on the year so far", *ev])


# A measurement's date ("peildatum 07-10-2021"): a budget is written before its year begins, so a page that measures
# during its own year (after its first day) or later was written then.
_MEASURED_ON = re.compile(r"(?i)\bpeildatum:?[ \t]*\(?(\d{1,2})-(\d{1,2})-((?:19|20)\d\d)\b"
                          # (or the state of the books at a day written out: "Stand per 3 november 2031")
                          rf"|\bstand[ \t]+per[ \t]+(\d{{1,2}})[ \t]+({MONTH_NAMES})[ \t]+((?:19|20)\d\d)\b")


def _month_number(name: str) -> int:
    """1 for "januari" ... 12 for "december"."""
    return MONTH_NAMES.split("|").index(name.lower()) + 1


def _measured_after_start(dtype: str, conf: float, ev: list[str], year: int | None, text: str,
                          ) -> tuple[str, float, list[str]]:
    """A budget's page that measures during its own year (`year`: the one its file name or address states) is a
    mid-year report; one that measures at its end or later is an account ("peildatum 07-10-2031", "Stand per 3 november
    2031")."""
    if dtype != "begroting" or year is None or ("eildatum" not in text and "tand per" not in text):
        return dtype, conf, ev
    for m in _MEASURED_ON.finditer(text):
        if m.group(1):
            day, month, measured = int(m.group(1)), int(m.group(2)), int(m.group(3))
        else:
            day, month, measured = int(m.group(4)), _month_number(m.group(5)), int(m.group(6))
        if measured < year or (measured == year and (day, month) == (1, 1)):
            continue
        if measured > year or (day, month) == (31, 12):
            return "jaarverslag", 0.6, [f"measured at the end of its year or later: '{m.group(0)}'", *ev]
        return "other", 0.6, [f"measured during its own year, a mid-year report: '{m.group(0)}'", *ev]
    return dtype, conf, ev


# --------------------------------------------------------------------------- municipality
#
# Every source of evidence is a named function that yields Clues (a GM code, a weight, what was seen); one
# scorer adds them up. MUNICIPALITY_EVIDENCE lists the sources with what each adds.


@dataclass(frozen=True)
class Clue:
    code: str
    weight: float
    what: str
    listed: bool = False  # the name stands in a list of municipalities ("A, B en C")
    lone_word: bool = False  # a name that may mean something else where nothing says what it is ("Nederland")


@dataclass(frozen=True)
class EvidenceSource:
    name: str
    adds: str
    fn: Callable[[_MuniContext], Iterable[Clue]]


@dataclass
class _MuniContext:
    doc: Document
    year: int | None
    _parsed: object = None
    _muni_spans: tuple[list[int], list[tuple[int, int]], list[int]] | None = None

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def parsed(self):
        if self._parsed is None:
            self._parsed = parse(self.doc.text)
        return self._parsed

    def current(self, codes) -> list[str]:
        gm = ref.gemeenten()
        return [c for c in codes if c in gm and gm[c].valid_in(self.year)]

    def in_municipality_name(self, start: int, end: int) -> bool:
        """Whether text[start:end] lies inside a municipality's name: "Waal" of "West Maas en Waal"."""
        if self._muni_spans is None:  # the mentions' spans by start, and the furthest end up to each
            spans = sorted((m.start, m.end) for m in places.municipality_mentions(self.parsed))
            reach = list(itertools.accumulate((b for _a, b in spans), max))
            self._muni_spans = ([a for a, _b in spans], spans, reach)
        starts, spans, reach = self._muni_spans
        i = bisect.bisect_right(starts, start) - 1
        while i >= 0 and reach[i] >= end:  # only spans that start before and may reach past it
            if spans[i][1] >= end and spans[i] != (start, end):
                return True
            i -= 1
        return False


# A municipality merged away more years than this before the text's year is hardly who writes it.
FORMER_YEARS = 5
_GEMEENTE_BEFORE = re.compile(r"(?<![a-zà-ü])gemeente\s*$")
_PARTNERS_BEFORE = re.compile(r"(?:regiogemeenten?|buurgemeenten?|gastgemeente|gemeenten|"
                              r"vestigingsplaats\s*:?|gevestigd\s+(?:in|te)|[a-z]\s+te)\s*$", re.I)
# A municipality the text names as another party: the region's central municipality ("via centrumgemeente X", "ligt
# bij centrumgemeente X"; the centrumgemeente itself writes "als centrumgemeente"), one that sends something
# ("ontvangt vanuit de gemeente X") or one a task is handed to ("is opgedragen aan de gemeente X"). It says nothing of
# who writes.
_OTHER_PARTY_BEFORE = re.compile(r"(?:\bcentrumgemeente|\b(?:vanuit|via)\s+(?:de\s+)?gemeente|"
                                 r"\b(?:opgedragen|uitbesteed|overgedragen)\s+aan\s+(?:de\s+)?gemeente)\s*$", re.I)
# "samenwerking met de gemeente X", "met het college van de gemeente X": another municipality as a partner.
_WITH_GEMEENTE_BEFORE = re.compile(r"\bmet\s+(?:de\s+|het\s+college\s+van\s+de\s+)?gemeente\s*$", re.I)
# "waar we als X een leidende rol hebben": the author names itself.
_WE_AS_BEFORE = re.compile(r"\b(?:we|wij)\s+als\s+(?:gemeente\s+)?$", re.I)
# The municipality as the grammatical subject: "X werkt samen", "Vanaf 2013 werkt X samen", "door X".
_SUBJECT_AFTER = re.compile(rf"^\s+(?:{'|'.join(places.SUBJECT_VERBS)})\b")
_SUBJECT_BEFORE = re.compile(r"\b(?:werkt|heeft|zet|wil|investeert|kiest|biedt|gaat|zorgt|voert|neemt|streeft|betaalt|"
                             r"stimuleert|ondersteunt|wordt|door)\s+$")


# A place name that is a person's surname: after a first name or initial and a tussenvoegsel ("Danny de Vries",
# "J. van der Aa", "Anna ter Horst"); not after a plain "van" or "te" ("Moeders van X", "gevestigd te X").
# (A sentence that opens with a preposition is no first name: "In de Hoeksche Waard werkten we".)
_SURNAME_BEFORE = re.compile(r"\b(?!(?:In|Op|Aan|Bij|Door|Met|Naar|Om|Onder|Over|Tot|Uit|Van|Vanuit|Via|Voor|Binnen|Buiten|"
                             r"Rond|Tussen|Langs|Zoals|En|Ook)\s)[A-Z][\w.\-]*\s+(?:de|van\s+de|van\s+der|van\s+den|ter|ten|"
                             r"den|der)\s+$")


def _surname(text: str, start: int) -> bool:
    return bool(_SURNAME_BEFORE.search(text, max(0, start - 40), start)) or places.person_before(text, start)


# The last of a list of names: "..., West Maas en Waal, Wijchen en X" (not "Maas en Waal" itself, one name).
_LAST_OF_LIST = re.compile(r"[A-Z][\w'\-]*,?[ \t]+en[ \t]+$")
# ... also a joint body's fact sheet: "Vestigingsplaats: Tilburg", "Statutaire zetel Tilburg", "Zetel: X"
_SEAT_BEFORE = re.compile(r"[\w)][ \t]+te[ \t]+$|(?:vestigingsplaats|zetel|vestigd[ \t]+in)[ \t]*:?[ \t]*$")


# A province joined to the name by a dash: "Publiek Vervoer Groningen-Drenthe", "Utrecht/Gelderland" name the two
# provinces (a body or region across them), not the municipality of that name.
_PROVINCES = rf"(?:{'|'.join(places.PROVINCE_NAMES)})"
_PROVINCE_PAIR_AFTER = re.compile(rf"[ \t]*[-–/][ \t]*{_PROVINCES}\b")
_PROVINCE_PAIR_BEFORE = re.compile(rf"\b{_PROVINCES}[ \t]*[-–/][ \t]*$")


def _named(ctx: _MuniContext) -> Iterable[Clue]:
    """The municipality's name in running text: strong after "gemeente" or as the subject, weak in a list of
    partners, inside a regional body's name, or where another named municipality's name contains it (the
    province "Groningen" inside "Midden-Groningen")."""
    text, gm = ctx.text, ref.gemeenten()
    mentions = places.municipality_mentions(ctx.parsed)
    keys = {m.key for m in mentions}
    contained = {k for k in keys if any(o != k and re.search(rf"\b{re.escape(k)}\b", o) for o in keys)}
    for m in mentions:
        if _surname(text, m.start):
            continue
        valid = ctx.current(m.codes)
        w_former = 1.0
        pre = text[max(0, m.start - 30):m.start].lower()
        if not valid and ctx.year is None and (_GEMEENTE_BEFORE.search(pre) or _WE_AS_BEFORE.search(
                text[max(0, m.start - 40):m.start]) or _SUBJECT_AFTER.match(text[m.end:m.end + 20])):
            # "de gemeente Brielle", "Bedum investeert in" in a text of no known year: the former municipality
            # itself, which the text calls a municipality or makes the one that acts (no town of its successor is
            # either)
            valid = [c for c in m.codes if c in gm]
        elif not valid and m.surface in places.PROVINCE_NAMES:
            continue  # "Zeeland" (a municipality until 1993) is the province
        elif not valid:
            # A former municipality: now usually a town of a current one ("Sittard" in Sittard-Geleen).
            towns = ctx.current(ref.woonplaats_gemeenten().get(m.key, ()))
            if towns:
                valid = towns
                w_former = 0.6
            else:
                valid = [c for c in m.codes if c in gm]
                gone = [gm[c].valid_to for c in valid if gm[c].valid_to is not None]
                if ctx.year is None:
                    w_former = 0.3
                elif gone and max(gone) < ctx.year - FORMER_YEARS:
                    # merged away long before the text's year: a name in a history rather than the author, unless
                    # nothing else names one (or the year is wrong)
                    w_former = 0.1
                else:
                    w_former = 1.0
        post = text[m.end:m.end + 20]
        if len(valid) > 1:  # "Bergen (NH)": the province says which of the municipalities of that name
            valid = places.of_qualified_province(text, m.end, valid) or valid
        w = 1.0
        wide = text[max(0, m.start - 40):m.start]
        if _OTHER_PARTY_BEFORE.search(wide) or _PROVINCE_PAIR_AFTER.match(post) or _PROVINCE_PAIR_BEFORE.search(wide):
            continue
        if _WITH_GEMEENTE_BEFORE.search(wide):
            w = 0.5
        elif _GEMEENTE_BEFORE.search(pre) or _WE_AS_BEFORE.search(wide):
            w = 3.0
        elif _PARTNERS_BEFORE.search(pre):
            w = 0.3
        elif _SUBJECT_AFTER.match(post) or _SUBJECT_BEFORE.search(text[max(0, m.start - 30):m.start]):
            w = 2.5
        if m.in_region:
            w = 0.3
        elif m.in_name:
            w *= 0.7
        listed = bool(re.search(r",\s*$", pre) or re.match(r"\s*(?:,|en\s+[A-Z])", post) or _LAST_OF_LIST.search(wide))
        if listed:
            w *= 0.4  # one of a list of municipalities ("A, B en C"): partners rather than the author
        if m.key in contained and w <= 1.0:
            w *= 0.2  # a plain "Groningen" where "Midden-Groningen" is named too; "gemeente Groningen" keeps its weight
        if m.start < 300:
            w += 1.0
        if _SEAT_BEFORE.search(pre):
            w = min(w, 0.2)  # a body's seat ("Omgevingsdienst X te Eindhoven"), not who writes, also near the top
        snippet = text[max(0, m.start - 25):m.end + 15].strip().replace("\n", " ")
        for c in valid:
            yield Clue(c, w * w_former / len(valid), f"'{snippet}'", listed)


_HYPHENATED = re.compile(r"^([A-Z][\w']+(?: [\w']+)*)-([A-Z][\w']+(?: [\w']+)*)$")


@lru_cache(maxsize=1)
def _hyphenated_halves() -> dict[str, list[tuple[str, str]]]:
    """First half -> (second half, GM code) for current municipalities named "A-B" ("Sittard-Geleen")."""
    out: dict[str, list[tuple[str, str]]] = {}
    for g in ref.gemeenten().values():
        m = _HYPHENATED.match(g.label)
        if g.valid_to is None and m and not {ref.fold(m.group(1)), ref.fold(m.group(2))} & places_compass():
            out.setdefault(m.group(1), []).append((m.group(2), g.cbs_code))
    return out


@lru_cache(maxsize=1)
def places_compass() -> set[str]:
    """Compass words, also written together ("Zuidoost", "Noordwest")."""
    return {f for c in places.COMPASS for f in (ref.fold(c), ref.fold(c.replace("-", "")))}


def _halves(ctx: _MuniContext) -> Iterable[Clue]:
    """Both halves of a hyphenated municipality near each other: "in Sittard en Geleen", "Leidschendam en Voorburg"."""
    text = ctx.text
    for first, rest in _hyphenated_halves().items():
        for q in occurrences(text, first):
            if q and text[q - 1].isalpha():
                continue
            window = text[q + len(first):q + len(first) + 40]
            for second, code in rest:
                if re.match(rf"\s*(?:en|&|/|,)\s*{re.escape(second)}\b", window):
                    yield Clue(code, 2.0, f"'{first}{window[:window.index(second) + len(second)]}'")


def _areas(ctx: _MuniContext) -> Iterable[Clue]:
    """Neighbourhoods (CBS wijken and buurten) of the municipality, shared by the municipalities that have one
    of that name."""
    gm = ref.gemeenten()
    mentions = places.area_mentions(ctx.parsed)
    # "Stichting ABC De Camp": a body's name, wherever the body is; and so is its short form ("bijdrage aan De Camp")
    bodies = {a.key for a in mentions if places.continues_a_name(ctx.parsed, a.tok_start)}
    for a in mentions:
        if not a.codes or a.sent_start or ref.fold(a.surface) in places_compass() or a.key in bodies \
                or ctx.in_municipality_name(a.start, a.end) or _surname(ctx.text, a.start):
            continue  # "Zuidoost" of "Brabant Zuidoost" names a region, not a neighbourhood; "R. de Boer" a person
        # ("in de wijk X", "de buurt X": named as a neighbourhood; a bare name may be a word of another meaning)
        named = bool(_AREA_WORD_BEFORE.search(ctx.text, max(0, a.start - 24), a.start))
        for c in a.codes:
            if c in gm and gm[c].valid_in(ctx.year) or ctx.year is None:
                yield Clue(c, 0.8 / len(a.codes), f"'{a.surface}'", lone_word=not named)


_AREA_WORD_BEFORE = re.compile(r"(?i)\b(?:wijk|woonwijk|buurt|stadsdeel|kern|dorpskern|dorp|wijken|buurten)[ \t]+$")


def _demonyms(ctx: _MuniContext) -> Iterable[Clue]:
    """"Osse samenleving", "Zoetermeerse inwoners", "Meppelers": adjectives and nouns of place."""
    dem_first, dem = ref.demonym_index()
    for s, e, code in capitalised_phrases(ctx.text, dem_first, dem, ref.fold):
        if ctx.in_municipality_name(s, e):
            continue  # "Utrechtse" of "Utrechtse Heuvelrug": another municipality's name
        if _REGION_AFTER.match(ctx.text, e):
            continue  # "in de Leidse regio": the region around a city, which its neighbours name as often
        yield Clue(code, 2.0, f"'{ctx.text[s:e]}'")


_REGION_AFTER = re.compile(r"[ \t]+(?:regio|agglomeratie|omgeving|ommeland)\b", re.IGNORECASE)


_NOT_VILLAGES = {"nederland", "holland", "europa"}
_NAME_BRACKET_BEFORE = re.compile(r"([A-Z][\w'’\-]*(?:[ \t]+[A-Za-z][\w'’\-]*){0,3})[ \t]*\([ \t]*$")


def _villages(ctx: _MuniContext) -> Iterable[Clue]:
    """Towns and villages (BAG woonplaatsen) of the municipality, outside sentence starts."""
    text = ctx.text
    wp, wp_first = ref.woonplaatsen()
    earlier = ref.woonplaats_then() if ctx.year is not None else {}
    for s, e, codes in capitalised_phrases(text, wp_first, wp, ref.fold):
        if _sentence_start(text, s) or ref.fold(text[s:e]) in _NOT_VILLAGES or _surname(text, s) \
                or ctx.in_municipality_name(s, e):
            continue  # (a village inside a municipality's name: "Waal" of "West Maas en Waal")
        named = _NAME_BRACKET_BEFORE.search(text, max(0, s - 60), s)
        if named and ref.fold(named.group(1)) in ref.gemeenten_by_name():
            continue  # "de gemeente X (Y)": the village Y says where in a municipality named already
        key = ref.words_key(text[s:e])
        # a village of a municipality merged since the report's year counts for the municipality of that year
        cs = list(dict.fromkeys(then if (then := earlier.get((key, c))) and ctx.current([then]) else c
                                for c in codes))
        cs = ctx.current(cs)
        for c in cs:
            yield Clue(c, 0.5 / len(cs), f"'{text[s:e]}'")


def _regional_bodies(ctx: _MuniContext) -> Iterable[Clue]:
    """Regional public bodies (gemeenschappelijke regelingen, GGD, Veilig Thuis, werkbedrijf ...) and region names:
    each counts for its members, weakly, so that two regions named narrow the candidates to their overlap."""
    text = ctx.text
    by_key, first = ref.region_member_index()
    seen: set[str] = set()
    for s, e, (name, members) in capitalised_phrases(text, first, by_key, ref.fold):
        if name in seen:
            continue
        seen.add(name)
        cs = ctx.current(members)
        for c in cs:
            yield Clue(c, min(0.5, 2.0 / len(cs)), f"member of '{text[s:e]}'")


_NAME_SPLIT = re.compile(r"[^0-9A-Za-zÀ-ÿ']+")


def _names_in(words: list[str], ctx: _MuniContext, weight: float, what: str) -> Iterable[Clue]:
    """Municipality names among a list of words (of a file name, title or URL): runs of up to four words, also
    written together ("aaenhunze", "gemeentemaastricht")."""
    by_name, by_squashed = ref.gemeenten_by_name(), ref.gemeenten_by_squashed_name()
    found: dict[str, str] = {}
    for n in (4, 3, 2, 1):
        for i in range(len(words) - n + 1):
            run = words[i:i + n]
            key = " ".join(run)
            cands = by_name.get(key) or by_squashed.get(key.replace(" ", ""))
            if not cands and n == 1 and key.startswith("gemeente"):
                cands = by_squashed.get(key[len("gemeente"):])
            if cands and not any(key in k for k in found):
                found[key] = ""
                codes = ctx.current(g.cbs_code for g in cands) or [g.cbs_code for g in cands]
                for c in codes:
                    yield Clue(c, weight / len(codes), f"{what} '{key}'")


def _file_name(ctx: _MuniContext) -> Iterable[Clue]:
    """The file name: "jaarverslag-2023-helmond.pdf", "59_helmond_2023.txt"."""
    base = os.path.splitext(os.path.basename(ctx.doc.source or ""))[0]
    words = [ref.fold(w) for w in _NAME_SPLIT.split(base) if w and not w.isdigit()]
    yield from _names_in(words, ctx, 3.0, "file name")


# A web address the text gives: "raad.tubbergen.nl", "www.gemeentedalfsen.nl" (its labels, not the top-level domain)
_WEB_HOST = re.compile(r"(?i)(?<![\w.@/-])(?:https?://)?((?:[a-z0-9][a-z0-9\-]*\.){1,3})(?:nl|frl)\b")


_HOST_END = re.compile(r"(?i)\.(?:nl|frl)")


def _web_hosts(text: str) -> Iterator[re.Match]:
    """_WEB_HOST.finditer(text), read only in the runs of non-space characters that hold a ".nl" or ".frl": a host
    name has no white space in it, and the pattern tried at every letter of a long text costs more than finding them."""
    end = 0
    for e in _HOST_END.finditer(text):
        if e.start() < end:
            continue
        a, end = e.start(), e.end()
        while a > 0 and not text[a - 1].isspace():
            a -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        yield from _WEB_HOST.finditer(text, a, end)


def _web_addresses(ctx: _MuniContext) -> Iterable[Clue]:
    """A municipality's web address in the text: its own site or its council's ("raad.tubbergen.nl")."""
    seen: set[str] = set()
    for m in _web_hosts(ctx.text) if ".nl" in ctx.text or ".frl" in ctx.text else ():
        labels = [w for w in m.group(1).lower().split(".") if w and w not in {"www", "raad", "gemeenteraad", "bestuur"}]
        key = ".".join(labels)
        if key in seen:
            continue
        seen.add(key)
        yield from _names_in([ref.fold(w.replace("-", " ")) for w in labels], ctx, 2.0, "web address")


def _title_and_url(ctx: _MuniContext) -> Iterable[Clue]:
    """The page's own <title> (where the text does not already hold it) and the address it was read from:
    "helmond.jaarverslag-2023.nl", "aaenhunze.begrotingsapp.nl"."""
    title = _own_title(ctx.doc)
    if title:
        words = [ref.fold(w) for w in _NAME_SPLIT.split(title) if w and not w.isdigit()]
        yield from _names_in(words, ctx, 2.0, "title")
    urls = {ctx.doc.source_url, *(p.url for p in ctx.doc.parts)} - {None}
    for url in sorted(urls)[:1]:
        parts = urlsplit(url)
        host = [w for w in (parts.hostname or "").split(".")[:-1] if w not in {"www", "nl"}]
        path = [w for w in _NAME_SPLIT.split(parts.path) if w and not w.isdigit()]
        yield from _names_in([ref.fold(w) for w in host + path], ctx, 3.0, "address")


MUNICIPALITY_EVIDENCE = [
    EvidenceSource("named", "the name in the text, weighted by where it stands", _named),
    EvidenceSource("halves", "both halves of a hyphenated name ('Sittard en Geleen')", _halves),
    EvidenceSource("neighbourhoods", "its neighbourhoods (CBS wijken, buurten)", _areas),
    EvidenceSource("demonyms", "adjectives and nouns of place ('Osse', 'Meppelers')", _demonyms),
    EvidenceSource("villages", "its towns and villages (BAG woonplaatsen)", _villages),
    EvidenceSource("regions", "regional bodies and regions it belongs to", _regional_bodies),
    EvidenceSource("web_addresses", "its web address in the text ('raad.tubbergen.nl')", _web_addresses),
    EvidenceSource("file_name", "a municipality in the file name", _file_name),
    EvidenceSource("title_url", "a municipality in the HTML title or the page address", _title_and_url),
]


SOURCES_PREFIX = "evidence sources: "
_OUTSIDE_THE_TEXT = {"file_name", "title_url"}
# The sources that find the municipality in the text itself (a region's membership is shared by its members).
_TEXT_SOURCES = [s.name for s in MUNICIPALITY_EVIDENCE if s.name not in _OUTSIDE_THE_TEXT | {"regions"}]


def municipality_from_text(meta: ReportMeta) -> bool:
    """Whether the inferred municipality rests on the text itself, not only on the file name or address."""
    for line in meta.evidence.get("municipality", []):
        if line.startswith(SOURCES_PREFIX):
            return bool(set(line[len(SOURCES_PREFIX):].split(", ")) - _OUTSIDE_THE_TEXT)
    return meta.municipality is not None


def _infer_municipality(doc: Document, year: int | None) -> tuple[Municipality | None, float, list[str]]:
    ctx = _MuniContext(doc, year)
    total: Counter[str] = Counter()
    ev: dict[str, list[str]] = {}
    own: set[str] = set()  # codes with evidence of their own: more than a place in a list, or a region's membership
    listed: set[str] = set()
    by_source: dict[str, set[str]] = {}
    lone: set[str] = set()  # codes whose every clue is a name that may mean something else
    firm: set[str] = set()
    for src in MUNICIPALITY_EVIDENCE:
        for clue in src.fn(ctx):
            total[clue.code] += clue.weight
            ev.setdefault(clue.code, []).append(f"{src.name}: {clue.what}")
            by_source.setdefault(src.name, set()).add(clue.code)
            (lone if clue.lone_word else firm).add(clue.code)
            if clue.listed:
                listed.add(clue.code)
            elif src.name != "regions":
                own.add(clue.code)
    lone -= firm
    if not total:
        return None, 0.0, ["no municipality, neighbourhood, village or regional body named"]
    given = by_source.get("file_name", set()) | by_source.get("title_url", set())
    given_code = next(iter(given)) if len(given) == 1 else None
    if given_code is not None and any(given_code in by_source.get(name, ()) for name in _TEXT_SOURCES):
        # Whoever named the file or the page knew whose it is; where the text names that municipality too, it is the
        # author, however often the text names another (the central city of its region, whose plans it discusses).
        return _chosen(doc, given_code, 0.9, ev[given_code], "the file name or address names it, and so does the text")
    (best, s1), *rest = total.most_common(2)
    if best not in own and len(listed) >= 3:
        # A regional body's members or a list of partners ("de gemeenten A, B, C en D nemen deel"): the text names
        # them all alike and says not which of them writes.
        names = sorted(ref.gemeenten()[c].label for c in listed)
        return None, 0.0, [f"the text lists {len(names)} municipalities alike ({', '.join(names[:5])}"
                           f"{', ...' if len(names) > 5 else ''}) and says not which writes"]
    s2 = rest[0][1] if rest else 0.0
    if best in lone and len(set(ev[best])) == 1:
        # One neighbourhood's bare name and nothing else: such a name is often a word of another meaning as well
        # ("Nederland", a region's name, a verb in a title).
        return None, 0.0, [f"only one neighbourhood's bare name ({ev[best][0].split(':', 1)[1].strip()}), which may "
                           "mean something else"]
    if s1 - s2 < 1e-9:
        # Only evidence that several municipalities share (one region's members): the text does not say which.
        tied = sorted(ref.gemeenten()[c].label for c, s in total.items() if s1 - s < 1e-9)
        return None, 0.0, [f"the evidence fits {len(tied)} municipalities equally ({', '.join(tied[:5])}"
                           f"{', ...' if len(tied) > 5 else ''})"]
    conf = (s1 - s2) / s1 * min(1.0, s1 / 2.5)
    return _chosen(doc, best, round(min(1.0, conf), 2), ev[best], f"score {s1:.2f} (next {s2:.2f})")


def _chosen(doc: Document, code: str, conf: float, whats: list[str], why: str) -> tuple[Municipality, float, list[str]]:
    """The municipality `code` with its evidence: its sources, why it won, its clues."""
    g = ref.gemeenten()[code]
    sources = sorted({w.split(":", 1)[0] for w in whats})
    out_ev = [f"{SOURCES_PREFIX}{', '.join(sources)}", f"{why} from: " + "; ".join(dict.fromkeys(whats[:8]))]
    if not any(w.startswith("named:") for w in whats):
        out_ev.append("never named in the text")
    return Municipality(ref.written_name(doc.text, g), g.cbs_code), conf, out_ev


def _sentence_start(text: str, pos: int) -> bool:
    # (a table's cell opens like a sentence: "Indicator | Eenheid | Waarde" names no village)
    return bool(re.search(r"(?:^|[.!?:\n|\t]\s*)$", text[max(0, pos - 3):pos])) or pos == 0


# --------------------------------------------------------------------------- programmes


# The headings a programme's page opens with under its title: the standard questions, its aim, its policy frameworks,
# its taakvelden, its portfolio holder.
_TITLE_FOLLOWER = re.compile(r"(?i)^(?:wat\s+(?:hebben|willen|wilden|gaan|doen)\s+(?:we|wij)\b|terugblik\s*$|"
                             r"beleids(?:-\s+en\s+beheers)?matige\s+afwijkingen\s*$|"
                             r"wat\s+(?:(?:mag|gaat)\s+het\s+kosten|heeft\s+het\s+gekost)|programmadoelstelling(?:en)?\s*$|"
                             r"beleidskaders?\s*$|taakvelden\s*$|portefeuillehouder|begroot\s*$|beleidsindicatoren\s*$|"
                             r"ambitie\s*$)")
# ... or the programme's name under the page's first heading "Overzicht (van) baten en lasten" (the BBV's table of a
# programme), and a site's last breadcrumb repeated as the page's title ("Sociaal domein" / "Sociaal domein").
_NAME_LINE = re.compile(r"[A-ZÀ-Ü][a-zà-ü]+(?:,?[ \t]+(?:&[ \t]+)?[\wÀ-ÿ'’\-]+)*")
_TITLE_LEADER = re.compile(r"(?i)^overzicht\s+(?:van\s+(?:de\s+)?)?baten\s+en\s+lasten\s*$")
# A level below the programme: a theme, taakveld or sub-programme ("Terug naar navigatie - Thema Jeugd - Inleiding").
# The buttons and menus of a report site copied with its text.
_SITE_CONTROLS = re.compile(r"(?i)\b(?:pdf|print|afdrukken|download|downloaden|delen|opties|menu|zoeken|inloggen)\b")
_BELOW_PROGRAMME = re.compile(r"(?i)^(?:thema|taakveld|deelprogramma|subprogramma|beleidsveld|paragraaf|pakket|"
                              r"focusgebied)\b")


# The page's first line the document's own title ("Begroting 2021", "Perspectief nota", "Jaarstukken 2018"), the next
# the programme's name ("Zorg", "Samen leven"): a report site's page title under its document's
_DOCUMENT_TITLE_LINE = re.compile(rf"(?i)(?:{ref.cycle_words(*ref.cycle_kinds())})(?:[ \t]+(?:19|20)\d\d"
                                  r"(?:[ \t]*[-–][ \t]*(?:19|20)?\d\d)?)?")
_PROGRAMME_NAME_LINE = re.compile(r"(?!(?:In|Op|Met|Voor|Van|Naar|Bij|Om|Over|Uit|Door|Hier|Het|De|Een|Dit|Deze|Wij|We)\b)"
                                  r"[A-ZÀ-Ü][a-zà-ü]+(?:[ \t]+(?:&[ \t]+)?[a-zà-ÿ'’\-]+|[ \t]+[A-Z][a-zà-ÿ'’\-]+){0,4}")
# ... not the page's own furniture under the title ("Programma's", "Samenvatting", "Financiën", a site's portal)
_PAGE_FURNITURE_LINE = re.compile(r"(?i)programma['’]?s|programma-?(?:verantwoording|plan)|\w*portal|(?:financiële[ \t]+)?"
                                  r"samenvatting|financiën|kerngegevens|inleiding|voorwoord|inhoud(?:sopgave)?|leeswijzer|"
                                  r"bijlagen?|domeinen|paragrafen|gemeente\b.*|(?:de[ \t]+)?(?:programma|staat[ \t]+van)\b.*")


# The items of a list of the budget's programmes, each one "Programma X" ("- Programma Sociaal" / "- Programma Fysiek"):
# two items or more in a row (one item alone is as often a programme of projects); an acronym in brackets is part of
# the name ("Wet maatschappelijke ondersteuning (Wmo)"), a note in brackets is not
_PROGRAMMA_ITEM = re.compile(r"^[ \t]*[-•▪*·][ \t]*Programma[ \t]+(?:\d{1,2}[A-Za-z]?[ \t]*[:.\-–]?[ \t]*)?"
                             r"(?P<name>[A-Z][^\n(;:]{1,60}?(?:[ \t]*\([A-Z][A-Za-z]{1,5}\))?)[ \t]*(?:\(|[.;]?[ \t]*$)", re.M)


def _rising(matches: list[re.Match], number: Callable[[re.Match], int]) -> list[list[re.Match]]:
    """The matches cut into runs whose numbers rise from one to the next."""
    runs: list[list[re.Match]] = []
    for m in matches:
        if runs and number(runs[-1][-1]) < number(m):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


# "programma" in a sentence, its number left off ("het programma 2 zorg"), and a heading's name: capitalised, one to six
# words, no digit, no closing stop
_PROGRAMMA_WORD = re.compile(r"(?i)\bprogramma[ \t]+(?:\d{1,2}[a-z]?[ \t]*[:.\-–]?[ \t]+)?")
_HEADING_NAME = re.compile(r"(?!Programma)[A-ZÀ-Ü][\wÀ-ÿ'’\-]*(?:,?[ \t]+(?:&[ \t]+)?[\wÀ-ÿ'’\-]+){0,5}")


def _called_programme(text: str) -> set[str]:
    """What the text may call a programme after the word "programma": the first one to six words after it (folded),
    each ending where a name can end (not before "en": "Zorg" is not "het programma Zorg en welzijn")."""
    out: set[str] = set()
    for m in _PROGRAMMA_WORD.finditer(text):
        window = text[m.end():m.end() + 80]
        words = ref.fold(window).split(" ")[:-1 if len(window) == 80 else None][:7]  # (not a word the window cuts)
        out.update(" ".join(words[:k]) for k in range(1, min(6, len(words)) + 1)
                   if k == len(words) or words[k] != "en")
    return out


def _programme_items(text: str, starts: set[int]) -> list[str]:
    runs: list[list[re.Match]] = []
    for m in anchored_finditer(_PROGRAMMA_ITEM, text, starts):
        between = text[runs[-1][-1].end():m.start()] if runs else ""
        if runs and "\n" in between and not between[between.index("\n"):].strip():
            runs[-1].append(m)  # (the rest of the item's line, a note in brackets, then the next item's line)
        else:
            runs.append([m])
    return [m.group("name").strip() for run in runs if len(run) >= 2 for m in run]


def _heading_line_starts(text: str) -> set[int]:
    """Starts of the lines that hold a programme word: where a programme heading can begin."""
    out = set()
    for word in ("Programma", "PROGRAMMA", "Pijler", "Domein", "Deelprogramma", "Subprogramma"):
        for q in occurrences(text, word):
            out.add(text.rfind("\n", 0, q) + 1)
    return out


# the line under a programme's title that speaks of it: "Dit programma gaat over:", "Het programma omvat ..."
_THIS_PROGRAMME = re.compile(r"(?i)(?:dit|het)[ \t]+programma\b(?![ \t]+(?-i:[A-Z0-9'‘“\"]))")


def _line_after(lines: list[str], line: str) -> str:
    """The first of `lines` after the last that is `line` and holds no site furniture."""
    at = len(lines) - 1 - lines[::-1].index(line)
    return next((ln for ln in lines[at + 1:] if not _SITE_FURNITURE.fullmatch(ln)), "")


def _infer_programmes(text: str) -> tuple[list[str], list[str]]:
    out: list[str] = []
    ev: list[str] = []
    lines = [ln.strip() for ln in text.splitlines()]
    nonempty = [ln for ln in lines if ln]
    # "04 SOCIAAL DOMEIN": a numbered all-caps chapter title.
    for ln in nonempty[:80]:
        m = re.fullmatch(r"(?:Programma\s+)?\d{1,2}[.)]?\s+([A-ZÀ-Ü][A-ZÀ-Ü ,&\-]{3,80})", ln)
        if m:
            out.append(title_case(m.group(1).strip(" ,")))
            ev.append(f"chapter title '{ln}'")
    # "6. Sociaal domein" as the page's title: a numbered chapter of the budget or annual report. A numbered line
    # whose neighbour number heads another line ("1. Asielinstroom", "2. Jeugd") is an item of a list instead.
    head = [ln for ln in nonempty[:40] if not _SITE_FURNITURE.fullmatch(ln)][:2]
    for ln in head:
        m = _CHAPTER_TITLE.fullmatch(ln)
        if not m or m.group(2).isupper():
            continue  # all capitals: the rule above
        name, n = m.group(2).strip(), int(m.group(1))
        if len(name.split()) > 6 or STANDARD_HEADINGS.match(name) or _MIDYEAR.search(name) or _NOT_A_CHAPTER.search(name):
            continue
        if any(re.search(rf"(?m)^[ \t]*0?{k}[.)]?[ \t]+[A-ZÀ-Ü]", text) for k in (n - 1, n + 1) if k > 0) \
                and not _THIS_PROGRAMME.match(_line_after(nonempty, ln)):
            continue  # (unless the next line says the title is the programme's: "4. Zorg" / "Dit programma gaat over:")
        out.append(name)
        ev.append(f"chapter title '{ln}'")
        break
    # "Het programma Zorg, Wonen en Werk omvat ..."
    for m in find_all(_HET_PROGRAMMA, text, ("Het", "het", "Met", "met", "Aan", "aan", "Binnen", "binnen"), fold_case=False,
                      whole=True):
        name = next(g for g in m.groups() if g)
        if _BRAND.search(name):
            continue  # "Het programma Start2Work wordt gedragen door ...": an undertaking's brand
        out.append(name)
        ev.append(f"'{m.group(0)}'")
    for m in find_all(_QUOTED_PROGRAMME, text, ("Programma", "programma"), fold_case=False):
        names, end = [m.group(1)], m.end()
        while more := _QUOTED_PROGRAMME_MORE.match(text, end):
            names.append(more.group(1))
            end = more.end()
        out.extend(names)
        ev.append(f"programmes by number and name: '{text[m.start():end]}'")
    for m in find_all(_QUOTED_PROGRAMMES, text, ("programma", "Programma"), fold_case=False):
        names = [m.group(1), *_QUOTED_NAME.findall(m.group(2))]
        out.extend(names)
        ev.append(f"programmes named in quotes: '{m.group(0)}'")
    for m in filter(None, (_QUOTED_PROGRAMME_HEADING.match(text, text.rfind("\n", 0, q.start()) + 1)
                           for q in _PROGRAMMA_QUOTE.finditer(text))):
        out.append(m.group(1))
        ev.append(f"programme heading with its name in quotes: '{m.group(0).strip()}'")
    for m in find_all(_NUMBERED_PROGRAMMES, text, ("programma", "Programma"), fold_case=False):
        items, at = [], m.end()
        while item := _NUMBERED_ITEM.match(text, at):
            items.append(item.group(1))
            join = _ITEM_JOIN.match(text, item.end())
            if not join:
                break
            at = join.end()
        if len(items) >= 2:
            out.extend(items)
            ev.append(f"programmes named by number: {', '.join(items)}")
    announced = [(m, 2) for m in find_all(_PROGRAMMES_ANNOUNCED, text, ("volgende",), fold_case=True)]
    announced += [(m, 3) for m in _PROGRAMMES_LIST_HEADING.finditer(text)]
    for m, least in announced:
        items, at = [], m.end()
        while True:
            at = _BLANK_LINES.match(text, at).end()  # (blank lines between the items)
            item = _PROGRAMME_ITEM.match(text, at)
            if not item or item.group(1).endswith((".", ":", ";")):
                break
            items.append(_PAGE_NUMBER.sub("", item.group(1)))  # (a contents' entry: "Zorg ... 18")
            at = item.end()
        if len(items) >= least:
            out.extend(items)
            ev.append(f"programmes listed: '{m.group(0).strip()}' {', '.join(items)}")
    for pattern, how in ((_PROGRAMMES_IN_SENTENCE, "in a sentence"), (_PROGRAMMES_AFTER_COLON, "after a colon")):
        for m in find_all(pattern, text, ("programma", "Programma"), fold_case=False):
            items = _listed_names(m.group(1))
            if len(items) >= 3:
                out.extend(items)
                ev.append(f"programmes listed {how}: '{m.group(0).strip()}'")
    # (not a row the excerpt's end cuts off)
    padded = [m for m in _PADDED_PROGRAMME_LINE.finditer(text) if m.end() < len(text.rstrip())]
    if len(padded) >= 3 and all(int(a.group(1)) < int(b.group(1)) for a, b in itertools.pairwise(padded)):
        out.extend(m.group(2) for m in padded)
        ev.append(f"{len(padded)} programmes as a table's rows by their numbers: '{padded[0].group(0).strip()}' ...")
    read_to = 0  # (a heading repeated as the site's trail over the same table reads its rows once)
    for m in _PER_PROGRAMME_HEADING.finditer(text):
        rows = [r for r in _AMOUNTS_ROW.finditer(text, max(m.end(), read_to), m.end() + 800)
                if not _NOT_A_PROGRAMME_ROW.match(r.group(1))]
        if len(rows) >= 3:
            read_to = rows[-1].end()
            out.extend(r.group(1).strip() for r in rows)
            ev.append(f"{len(rows)} programmes as the rows of '{m.group(0).strip()}'")
    crumbs = [(m, "breadcrumb 'Programma's' above") for m in find_all(_PROGRAMMES_CRUMB, text, ("Programma", "Domeinen"),
                                                                     fold_case=False)]
    crumbs += [(m, "navigation line") for m in find_all(_NAVIGATION_CRUMBS, text, ("Terug",), fold_case=False)]
    crumbs += [(m, "numbered chapter of programmes above") for m in _NUMBERED_CRUMB.finditer(text)]
    for m, what in crumbs:
        name = _PAGE_NUMBER.sub("", _PROGRAMMA_NUMBER.sub("", m.group("name").strip()))
        if (len(name.split()) <= 8 and name[:1].isupper() and not re.search(r"[.:?!]$", name)
                and not STANDARD_HEADINGS.match(name) and not name.startswith("Programma")
                and not _BELOW_PROGRAMME.match(name) and not _PER_PROGRAMME_HEADING.match(name)):
            out.append(title_case(name) if name.isupper() else name)
            ev.append(f"{what} '{m.group(0).strip()}'")
    for m in find_all(_CONTENTS_PROGRAMMA, text, ("Programma",), fold_case=False):
        out.append(m.group("name").strip())
        ev.append(f"contents entry '{m.group(0).strip()}'")
    for run in _rising(list(_CONTENTS_RUN.finditer(text)), lambda m: int(m["page"] or m["led"])):
        # "3.1 Programma wonen 12 3.2 Programma zorg en welzijn 19 3.3 ...", "Programma Zorg & Welzijn 27
        # Programma Wonen & Werken 33 ...": a table of contents run together, its pages one after the other (a copy
        # that shows the contents more than once, or cut off ("... 24 …"), reads each run of rising pages)
        if len(run) < 3:
            continue
        for m in run:
            name = m.group("name")
            out.append(title_case(name) if name.isupper() else name[:1].upper() + name[1:])
        ev.append(f"a table of contents run together: '{run[0].group(0)} ...'")
    named: list[str] = []
    for run in _rising(list(_PROGRAMMA_RUN_IN.finditer(text)), lambda m: int(m["n"])):
        if len(run) >= 3 and all(int(b["n"]) == int(a["n"]) + 1 and not text[a.end():b.start()].strip()
                                 for a, b in itertools.pairwise(run)):
            named += [m["name"].strip() for m in run]
            ev.append(f"programmes by their numbers on one line: '{run[0].group(0)} ...'")
    # (the line's last name may run on into the next entry, "Programma 4: Bestuur Algemene dekkingsmiddelen", where the
    # same line shown twice ends it: the shorter is the name)
    out += [n for n in dict.fromkeys(named) if not any(n != o and n.startswith(o + " ") for o in named)]
    for m in _CONTENTS_CHAPTER.finditer(text) if ("Programma's" in text or "Programma’s" in text) else ():
        names, at = [], m.end()
        while (sec := _CONTENTS_SECTION.match(text, at)) and sec.group("n") == m.group("n"):
            if not _NOT_A_CHAPTER.search(sec.group("name")) and not STANDARD_HEADINGS.match(sec.group("name")):
                names.append(sec.group("name").strip())
            at = sec.end()
        if len(names) >= 2:
            out.extend(names)
            ev.append(f"a contents' chapter of programmes and its sections: '{text[m.start():at].strip()[:80]}'")
    read_to = 0  # (an anchor among the entries an earlier one read is one of them: each entry is read once)
    for m in find_all(_CONTENTS_PROGRAMMES, text, ("Programma", "PROGRAMMA"), fold_case=False):
        if m.start() < read_to:
            continue
        names, at, page, numbered = [], m.end(), int(m.group("page") or 0), None
        # (entries "Programma 1 Zorg" end at the first entry that is no programme of the numbered kind: "Stelpost X")
        while (e := _CONTENTS_ENTRY.match(text, at)) and int(e.group("page")) >= page \
                and not _CONTENTS_NEXT_CHAPTER.match(e.group("name")) and numbered in (None, bool(e.group("numbered"))):
            name, at, page, numbered = e.group("name").strip(" ,-–"), e.end(), int(e.group("page")), bool(e.group("numbered"))
            if len(name.split()) <= 10 and not _NOT_A_CHAPTER.search(name) and not STANDARD_HEADINGS.match(name) \
                    and not _NOT_A_PROGRAMME_ROW.match(name):
                names.append((name, page))
        read_to = at
        # (an entry whose next one starts on the next page is a part's title page over its programmes: "Sociaal
        # cluster ... 11", "Meedoen ... 12")
        names = [n for i, (n, p) in enumerate(names) if i + 1 == len(names) or names[i + 1][1] != p + 1]
        if len(names) >= 3:
            out.extend(names)
            ev.append(f"the entries under a contents' chapter of programmes: '{text[m.start():at].strip()[:80]}'")
    for m in find_all(_LOWER_PROGRAMMA_HEADING, text, ("programma",), fold_case=False):
        out.append(m.group("name")[:1].upper() + m.group("name")[1:])
        ev.append(f"heading '{m.group(0).strip()}'")
    numbered: set[str] = set()
    starts = _heading_line_starts(text)
    items = _programme_items(text, starts)
    out += items
    if items:
        ev.append(f"{len(items)} items 'Programma X' of a list")
    for m in anchored_finditer(_PROGRAMMA_HEADING, text, starts):
        if m.group(0).endswith("|") and "|" in text[m.start():m.start("name")].strip().lstrip("|"):
            continue  # a table's cell holds the word and its number, the next cell a column's head: "| Programma 2 | Begroot"
        # (a copy that ran a table's rows together: "Programma 1 Zorg 25.000 Programma 2 Wonen 640.000"; a heading run
        # into the first standard question: "Programma 1 Zorg. Wat willen we bereiken?"; a code: "Programma: P2 Zorg")
        name, *run_in = _RUN_IN_PROGRAMMA.split(m.group("name").strip())
        name = _PROGRAMME_CODE.sub("", _PAGE_NUMBER.sub("", _TRAILING_AMOUNT.sub("", _RUN_IN_SENTENCE.sub("", name))))
        for more in run_in:
            more = _TRAILING_AMOUNT.sub("", more).strip()
            if more and len(more.split()) <= 10 and not re.search(r"[\d.:?!]", more):
                out.append(title_case(more) if more.isupper() else more)
        if m.group("nums") and name.endswith(":") and len(name.split()) <= 4:
            name = name[:-1]  # a table's section by its programme: "Programma 2 Veiligheid:" over its rows
        if re.search(r"['‘“\"]", name) or len(name.split()) > 10 or name.endswith((".", ":")) \
                or name.lower() in ("programma", "programma's", "programma’s", "totaal") or _LABEL_VALUE.match(name):
            continue  # (a contents list's column of "Programma" over its part labels, "Deel III:", names none; a
            # field under the word: "Programma" / "Verantwoordelijke bestuurders: A, B")
        unit = " ".join(text[m.start():m.start("name")].split()).strip(" :.-–|")
        if re.search(r"\d$", unit):
            if unit in numbered:
                continue
            numbered.add(unit)
        names = [name]
        if m.group("nums") and " en " in m.group("nums"):
            names = [p.strip() for p in re.split(r"\s+en\s+(?=[A-Z])", name) if p.strip()]
        for n in names:
            out.append(title_case(n) if n.isupper() else n)
        ev.append(f"heading '{m.group(0).strip()}'")
    # A heading the text also calls a programme ("Samen Leven" over "Binnen het programma samen leven werken we
    # aan ..."): the page's programme by its title, whatever the case the sentence writes it in (not the first words of
    # a longer name: "Zorg" under "het programma Zorg en welzijn")
    called = _called_programme(text)
    for ln in dict.fromkeys(nonempty) if called else ():
        if _HEADING_NAME.fullmatch(ln) and ref.fold(ln) in called and not STANDARD_HEADINGS.match(ln) \
                and not _PAGE_FURNITURE_LINE.fullmatch(ln):
            out.append(title_case(ln) if ln.isupper() else ln)
            ev.append(f"the heading '{ln}', which the text calls a programme")
    # A report site's programme page: the programme's spending and income as shares of the whole, then its title
    # ("Saldo / 12,5% / € 4.200 / x €1.000 / Beleidsveld 6 : Sociaal Domein")
    for m in _SHARES_TITLE.finditer(text) if "Saldo" in text else ():
        name = _SHARES_TITLE_NUMBER.sub("", m.group("title").strip())
        if name and not _SHARES_NO_TITLE.fullmatch(name) and len(name.split()) <= 10 and not name.endswith((".", ":")):
            out.append(title_case(name) if name.isupper() else name)
            ev.append(f"the title under the programme's spending shares '{m.group('title').strip()}'")
            break
    # The BBV's chapters of taakvelden as lines of a table of contents or an overview ("Veiligheid ... 18", "3.
    # Economie"): where three or more stand as lines of their own, they are the budget's programmes.
    bbv = {ref.fold(c) for c in _BBV_CHAPTERS}
    for run in _rising(list(_NUMBERED_CONTENTS.finditer(text)), lambda m: int(m["page"])):
        names = [m["name"].strip() for m in run]
        if (len(run) >= 4 and all(int(b["n"]) == int(a["n"]) + 1 for a, b in itertools.pairwise(run))
                and sum(ref.fold(n) in bbv for n in names) >= 2):
            out.extend(names)
            ev.append(f"{len(names)} numbered entries of a table of contents, the BBV's chapters among them: "
                      f"'{run[0].group(0)} ...'")
    chapters = {}
    for m in _BBV_CHAPTER_LINE.finditer(text):
        chapters.setdefault(ref.fold(m.group("name")), m.group("name").strip())
    if len(chapters) >= 3:
        out.extend(chapters.values())
        ev.append(f"{len(chapters)} of the BBV's chapters as lines of their own")
    # "Sociaal domein" (the BBV's name for its chapter of taakvelden 6, which most municipalities give the programme
    # too) as the page's title, numbered or not ("2.1 Sociaal domein").
    for ln in head if not out else []:
        m = _SOCIAL_DOMAIN_TITLE.fullmatch(ln)
        if m:
            out.append(title_case(m.group(1)) if m.group(1).isupper() else m.group(1))
            ev.append(f"the page's title '{ln}'")
            break
    if not out and len(nonempty) > 2 and _DOCUMENT_TITLE_LINE.fullmatch(nonempty[0]) \
            and _PROGRAMME_NAME_LINE.fullmatch(nonempty[1]) and not _PAGE_FURNITURE_LINE.fullmatch(nonempty[1]) \
            and not STANDARD_HEADINGS.match(nonempty[1]) and not _BELOW_PROGRAMME.match(nonempty[1]):
        out.append(nonempty[1])
        ev.append(f"the line '{nonempty[1]}' under the document's title '{nonempty[0]}'")
    # Else the page's title: a short line among its first four, followed by a standard heading ("Wat hebben we dit
    # jaar bereikt"); further down such a line is a theme's sub-heading.
    # (past a site's shares above the title; the rule reads the first six such lines at most)
    titled = list(itertools.islice((ln for ln in nonempty if not _SITE_FURNITURE.fullmatch(ln)), 6)) if not out else []
    for i, ln in enumerate(titled[:4]):
        if (STANDARD_HEADINGS.match(ln) or _MIDYEAR.search(ln) or len(ln.split()) > 8
                or re.search(r"\d|[.:?!|]$|:\s|\b[A-Z]\.[ \t]+[A-Z][a-z]", ln) or _SITE_CONTROLS.search(ln)):
            continue  # "Label: value" lines (Portefeuillehouder: ...), a site's buttons ("PDF Opties") and people by their
            # initials ("J. Jansen (Zorg), P. de Vries (Werk)", under "Verantwoordelijk teamleider:") are not titles
        nxt = titled[i + 1:i + 3]
        if nxt and any(_TITLE_FOLLOWER.match(x) for x in nxt) and ln[:1].isupper():
            out.append(title_case(ln) if ln.isupper() else ln)
            ev.append(f"title line '{ln}' above '{nxt[0]}'")
            break
        if i and _NAME_LINE.fullmatch(ln) and (_TITLE_LEADER.match(titled[i - 1]) or titled[i - 1] == ln):
            out.append(title_case(ln) if ln.isupper() else ln)
            ev.append(f"title line '{ln}' under '{titled[i - 1]}'")
            break
    seen: set[str] = set()
    uniq = []
    with_period = {ref.fold(m.group(1)) for m in find_all(_PROGRAMME_PERIOD, text, ("programma",), fold_case=True)} \
        if out else set()
    for p in out:
        p = _ABBREVIATION_AFTER.sub("", p)  # "Wet maatschappelijke ondersteuning (Wmo)": the name without its short form
        p = _PART_NUMBER_BEFORE.sub("", p)  # "Domein 2 | Zorg": the part's number is no part of its name
        k = ref.fold(p)
        if k in with_period:
            continue  # "het Programma Sterke Buurten 2019-2022": an undertaking of some years, not the budget's programme
        if k not in seen and not STANDARD_HEADINGS.match(p):
            seen.add(k)
            uniq.append(p)
    return uniq, ev
