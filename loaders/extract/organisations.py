"""Organisations: national reference names plus discovery of unknown names by form and by role.

Discovery never relies on a list of local partners: a name is taken when its form says "organisation"
(legal form, digits or inner capitals, an acronym that is not a known non-organisation) or when the
sentence gives it an organisational role ("in samenwerking met X", "uitgevoerd door X", "aanbieder X").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from sdkg.loaders import reference as ref
from sdkg.loaders.model import Organisation
from sdkg.loaders.sentences import soft_break_before
from spacy.lang.nl.stop_words import STOP_WORDS

from .initiatives import (
    BUDGET_FIELDS,
    DOCUMENT_KIND_WORDS,
    DOMAIN_WORDS,
    HONORIFIC,
    HONORIFIC_BEFORE,
    OFFICE_HEAD,
    PARTY,
    PERSON_SHAPE,
    PLACE_ADJECTIVE,
    ROLE_AFTER,
    STREETS,
    TYPE_WORD,
    first_and_surname,
    in_holders_name,
)
from .normalise import (
    COUNCIL_COMMITTEE,
    DOCUMENT_FURNITURE,
    GLUED_DIGITS,
    REGISTER_FIELD_RUN_IN,
    SENTENCE_OPENERS,
    cut_by_text_end,
    numbered_run,
    span,
    strip_legal_form,
)
from .pipeline import Cand, Step, Trace, run_candidates
from .places import COMPASS as COMPASS_WORDS
from .places import PROVINCE_NAMES
from .scan import (
    anchored_finditer,
    back_over,
    cap_starts,
    capitalised_phrases,
    find_all,
    first_words,
    is_word,
    lowered,
    occurrences,
    spaced_pattern,
    whole_occurrences,
    word_starts,
    words_where,
)

# Acronyms and capitalised words that name laws, sectors, units, instruments or regions, not organisations.
NON_ORG_ACRONYMS = {
    "WMO", "WWB", "AWBZ", "GGZ", "ICT", "AVG", "WSW", "WLZ", "ZVW", "LHBTI", "LHBT", "LHBTIQ", "LHBTIQ+", "ZZP", "GLI",
    "MBO", "HBO", "VMBO", "HAVO", "VWO", "BSO", "KDV", "PGB", "ZIN", "BTW", "OZB", "KPI", "COVID", "SOA",
    "B&W", "VN", "EU", "NL", "ADHD", "OGGZ", "IKC", "BW", "MO", "VO", "PO", "WO", "SD", "JGZ", "POH", "SHV",
    "BRP", "DIGID", "SMART", "FTE", "WOZ", "CAO", "OV", "WIA", "WAO", "WAJONG", "IOAW", "IOAZ", "BBZ", "TOZO", "TONK", "WIW",
    "WWNV", "WVGGZ", "WZD", "WPG", "WKO",
    "NOW", "TVL", "AOW", "ANW", "WGA", "IVA", "UWV-", "ZSM", "VIA", "EN", "VAN", "DE", "HET", "EEN", "TE",
    "WIJ", "WE", "JA", "NEE", "NB", "PS", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "LVB", "NAH",
    "NIET", "OOK", "MEER", "GEEN", "ZIE", "TOTAAL", "DOEL", "TEAMS", "SROI", "MKBA", "ROI", "MIO", "DNA", "JOP",
    # finance and accounting of municipalities (Besluit begroting en verantwoording, specifieke uitkeringen, taxes)
    "BBV", "IBT", "MIP", "MJOP", "VPB", "SISA", "SIS", "SPUK", "SPUKS", "BUIG", "BCF", "EMU", "IV3", "BNG", "FIDO", "RUD", "BDU", "GR", "WNT",
    # a municipality's own regulations and their enforcement (Algemene Plaatselijke Verordening, Algemene
    # Subsidieverordening, Wet Bibob, Wabo; the
    # boa is an officer, vergunningverlening, toezicht en handhaving a task)
    "APV", "ASV", "BIBOB", "WABO", "BOA", "BOA'S", "VTH",
    "LHBTQ", "LHBTQI", "LHBTQIA", "LHBTIQA", "LGBT", "LGBTQ", "LGBTI", "LGBTIQ",
    # kinds of school and building, not one school: openbare basisschool, multifunctioneel centrum
    "OBS", "SBO", "VSO", "MFC", "MFA",
}
NON_ORG_WORDS = {
    "JeugdzorgPlus", "Raad", "College", "Gemeente", "Regio", "Gemeenteraad", "Sociaal", "Domein", "Nederland",
    # channels people are reached through, not parties: "oplichting via WhatsApp", "volg ons op Instagram"
    "WhatsApp", "Facebook", "Instagram", "YouTube", "TikTok", "LinkedIn", "Twitter", "Snapchat", "DigiD",
    "Nederlandse", "Europa", "Corona", "Coronacrisis", "COVID-19", "Covid-19", "Covid19", "COVID19", "COVID", "Covid", "Wijkteam", "Regieteam", "Regieteams",
    "Zorgloket", "Veiligheidshuis", "Monitor", "Hoofddoel", "Doelstelling", "Streven", "Score", "Begroot",
    "Gerealiseerd", "Afwijking", "Lasten", "Baten", "Totaal", "Bedrag", "Bedragen", "Omschrijving", "Wmo", "Jeugdwet",
    "Participatiewet", "Rijk", "Raadscommissie", "Raadscommissies",
    # the words that introduce a list's examples, capitalised after a line break ("instellingen / Waaronder ook")
    "Waaronder", "Zoals", "Bijvoorbeeld", "Namelijk",
} | DOCUMENT_FURNITURE  # (a document's own furniture after a name: "Hameland Bijlage 2", "OMMEN Versie 22 april")
UNIT_CUES = ("afdeling", "team", "loket", "programma", "project", "regio", "product", "cluster", "sector", "dienst",
             "directie", "portefeuille")
HYPHEN_NON_ORG = re.compile(r"(?i)-(?:project|aanpak|methode|regeling|programma|proof|indicatie|traject|plan|campagne|"
                            r"casussen|gelden|ers|methodiek|model|team|teams|tafel|"
                            # a measure named after what it measures: "X-prijsindexcijfer", "X-norm", "X-tarief"
                            r"[a-z]*index[a-z]*|[a-z]*cijfers?|percentage|[a-z]*tarie(?:f|ven)|norm|normen)$")
SECTOR_TAIL = r"(?:[ \t]+(?:sociaal\s+werk|maatschappelijk\s+werk|welzijnsdiensten|welzijn|thuiszorg|jeugdzorg|zorg|wonen|kinderopvang)(?![\w-]))?"
CAP = r"(?:[A-Z][\w&'’\-.]*[\w&]|[A-Z])"
_S = r"[ \t\u00a0]+"
# ("&" joins the words of one name: "X Sport & Cultuur"; "van de" too: "Vrienden van de X")
_VAN = r"(?:van(?:[ \t\u00a0]+(?:de|het|der|den))?|des)"  # ("Leger des Heils")
_IN_DE = r"in[ \t\u00a0]+(?:de|het)"  # ("Sport in de Wijk": a name's own words, a capital after them)
# a name's word that opens in lower case before its inner capital ("lindeWonen", "iWerk"), inside a name or listed after its kind
CAMEL = r"(?:[a-z]{1,5}[A-Z][\w&\-]*[\w&])"
_WORD = rf"(?:{CAP}|{CAMEL})"
NAME = rf"{CAP}(?:{_S}(?:(?:en|&|{_VAN}|{_IN_DE}|voor|de|der|het|op|aan){_S})?{_WORD}){{0,4}}{SECTOR_TAIL}"
NAME_NOCONJ = rf"{CAP}(?:{_S}(?:(?:&|{_VAN}|{_IN_DE}|voor|de|der|het|op|aan){_S})?{_WORD}){{0,4}}{SECTOR_TAIL}"
ART = r"(?:(?:de|het|De|Het)\s+)?"
# what an item of a list says in brackets of its part, in lower case: "A (buurtsportcoaches), B (jongerenwerkers) en C"
_NOTE = r"(?:[ \t]*\([a-zë][^()\n]{0,40}\))?"
# ... or, in a list after a plural kind, its acronym: "de uitvoeringsorganisaties A, B (BW) en C"
_NOTE_OR_ACRONYM = r"(?:[ \t]*\((?:[a-zë][^()\n]{0,40}|[A-Z][A-Za-z0-9&\-]{1,9})\))?"

SINGLE_ROLE = re.compile(
    rf"\b(?:(?:[A-Z][a-zë]+|[a-zë]*)(?:partner|organisatie|aanbieder|instelling|corporatie|coöperatie|cooperatie|verzekeraar|"
    rf"leverancier|vervoerder|uitvoerder|opdrachtnemer)|(?:Aanbieder|Leverancier|Vervoerder|Uitvoerder|Opdrachtnemer)|"
    rf"hogeschool|maatschappelijke\s+partner):? +({NAME})"  # (a tab after it ends a table's cell: "Aanbieder\tProduct"; a colon may follow it: "zorgaanbieder: X")
)
LIST_ROLE = re.compile(
    rf"\b(?:[Ii]n\s+(?:nauwe\s+|goede\s+|intensieve\s+)?samenwerking\s+met|i\.s\.m\.|ism\b|m\.m\.v\.|o\.l\.v\.|"
    rf"[Mm]et\s+medewerking\s+van|[Ss]amen\s+met|uitgevoerd\s+door|in\s+opdracht\s+van|overeenkomst\s+met|"
    rf"contract\s+met|subsidie\s+aan|"
    # "besluit de subsidie toe te kennen aan A en B", "een subsidie is verleend aan A"
    rf"subsidies?\s+(?:[a-z]+\s+){{0,2}}?(?:toe\s+te\s+kennen|te\s+verlenen|te\s+verstrekken|toegekend|verleend|verstrekt)"
    rf"\s+aan|ondergebracht\s+bij|geleverd\s+door|verzorgd\s+door|georganiseerd\s+door|"
    rf"partners?,?\s+zoals(?:\s+bijvoorbeeld)?|partijen,?\s+zoals(?:\s+bijvoorbeeld)?|[Ss]amenwerkingspartners?,?\s+zoals|"
    rf"samenwerkingsproject\s+tussen|samenwerking\s+tussen|convenant\s+met|afspraken\s+met|gefinancierd\s+door|"
    rf"aanbieders?\s+zoals|organisaties\s+zoals|in\s+nauwe\s+samenwerking\s+met|"
    # "De volgende organisaties ontvangen subsidie: A, B en C", "Het netwerk bestaat uit A, B en C", "In het overleg
    # zitten A en B", "Met onder meer A en B is gesproken"
    rf"volgende\s+(?:organisaties|partijen|instellingen|aanbieders|partners)\b[^:\n.]{{0,60}}:|"
    rf"(?:netwerk|overleg|platform|samenwerkingsverband|consortium|coalitie|alliantie|kernteam|stuurgroep|werkgroep)"
    rf"[ \t]+(?:bestaat|bestond|bestaan|bestonden)[ \t]+uit|"
    rf"(?:(?<=overleg[ \t])|(?<=stuurgroep[ \t])|(?<=werkgroep[ \t])|(?<=kernteam[ \t])|(?<=regiegroep[ \t])|"
    rf"(?<=[Aa]an[ \t]tafel[ \t]))(?:zitten|zaten)|"
    rf"[Mm]et\s+(?:onder\s+(?:meer|andere)|o\.a\.)|"
    rf"(?:kern|netwerk|samenwerkings|keten)?partners[ \t]*:(?=[ \t])|partijen[ \t]*:(?=[ \t])|"
    # a project's or grant's label line: "Uitvoerder: A", "Penvoerder: A", "Aanbieders: A en B", "Uitvoering: A en B",
    # "Naam organisatie: A"
    # ... also inside brackets after a project: "Maatjesproject (uitvoering: A)"
    rf"(?:[Uu]itvoerders?|Uitvoering|(?<=\()uitvoering|[Pp]artner|[Aa]anbieders?|[Pp]envoerder|[Oo]pdrachtnemers?|[Tt]rekker|"
    rf"[Ss]ubsidieontvangers?|[Cc]ontractpartij(?:en)?|Naam[ \t]+organisatie|Organisatie|Aanvrager|"
    # "Uitvoerende organisatie(s): A en B", "Uitvoerende partijen: A", "Financier: A"
    rf"Uitvoerende[ \t]+(?:organisatie|partij)(?:\(s\)|\(en\)|s|en)?|Financiers?|"
    # a project card's fields: "Wie: A en B", "Door wie: A", "Betrokken partijen: A, B"
    rf"Wie|Door[ \t]+wie|Betrokken[ \t]+(?:partners|partijen|organisaties)|"
    # ... and who carries it out: "Uitvoering door: A en B", "Uitgevoerd door: A", "In samenwerking met: A"
    rf"Uitvoering[ \t]+door|Uitgevoerd[ \t]+door|In[ \t]+samenwerking[ \t]+met|"
    # a joint body's fact sheet: "Verbonden partij: X", "Naam verbonden partij: X"
    rf"(?:Naam[ \t]+[Vv]erbonden|Verbonden)[ \t]+partij)[ \t]*:(?=[ \t]))\s+"
    rf"(?:(?:onder\s+(?:meer|andere)|o\.a\.|bijvoorbeeld)\s+)?"  # "in samenwerking met onder andere A en B"
    rf"((?:{ART}{NAME_NOCONJ}{_NOTE}|{ART}[a-z]+)(?:\s*,\s*{ART}(?:{NAME_NOCONJ}{_NOTE}|[a-z]+))*"
    rf"(?:\s+(?:en|of)\s+{ART}{NAME_NOCONJ})?)"
)
AUX_SUBJECT = re.compile(rf"\b(?:heeft|hebben|is|wordt|was|werd)\s+({NAME_NOCONJ})\s+(?:de|het|een|in|al|ook|sinds|meerdere|diverse"
                         rf"|verschillende|enkele)\s+")
FAC_ART = r"(?:(?:de|het|De|Het|'t|’t)\s+)?"
FACILITY_LIST = re.compile(
    rf"\b(?:[Dd]e\s+)?(?:[Ww]ijkcentra|[Bb]uurthuizen|[Ww]ijkcentrum|[Bb]uurthuis|[Ii]nloophuizen|[Oo]ntmoetingscentra|"
    rf"[Dd]orpshuizen|[Dd]orpshuis|[Bb]uurtcentra|[Bb]uurtcentrum|[Gg]emeenschapshuis|[Ww]ijkgebouw)\s+"
    rf"({FAC_ART}{NAME_NOCONJ}(?:\s*,\s*{FAC_ART}{NAME_NOCONJ})*(?:\s+en\s+{FAC_ART}{NAME_NOCONJ})?)"
)
# A name with a legal form ends where the next legal form begins: "Stichting A Stichting B", "A BV B BV" (a table's
# cells run together on one line) are two bodies.
_NO_FORM = r"(?!(?:Stichting|Vereniging|Coöperatie|BV|NV|B\.V\.|N\.V\.)(?![\w.]))"
# (a name may hold "voor de" and "’t" as well: "Stichting Huis voor de Muziek X", "Stichting Speeltuin ’t Y", and a
# saint's name: "Stichting Wijkhuis St. Joris")
NAME_NO_FORM = (rf"{CAP}(?:{_S}(?:(?:&|{_VAN}|voor(?:{_S}(?:de|het))?|de|der|het|op|aan|['’]t|St\.){_S})?{_NO_FORM}{CAP}){{0,4}}"
                rf"{SECTOR_TAIL}")
# (a company's form before its name, as a list of shareholdings writes it: "NV Waterbedrijf X", "B.V. Y")
# (on the same line: "BV" closing a table's line is another name's)
LEGAL_PREFIX = re.compile(rf"\b([Ss]tichting|[Cc]oöperatie|[Vv]ereniging|St\.|Stg\.?|(?:NV|N\.V\.|BV|B\.V\.)(?=[ \t]+\S))\s+[‘“\"']?((?:(?:de|het|['’]t)[ \t]+)?{NAME_NO_FORM})")  # ("Stichting 't X": 't X)
LEGAL_PREFIX_ANCHORS = ("Stichting", "stichting", "Coöperatie", "coöperatie", "Vereniging", "vereniging", "St.", "Stg.", "Stg",
                        "NV", "N.V.", "BV", "B.V.")  # (the words LEGAL_PREFIX opens with)
LEGAL_SUFFIX = re.compile(rf"\b({NAME_NO_FORM})\s+(B\.V\.|b\.v\.|BV|NV|N\.V\.|n\.v\.|U\.A\.|GmbH(?:[ \t]+&[ \t]+Co\.?[ \t]+KG)?)(?!\w)")
BRACKET_ACRONYM = re.compile(
    r"\b((?:[A-Z][\w\-]*[ \t]+(?:(?:voor|van|en|de|het|der|&)[ \t]+)?){0,6}[A-Za-z][\w\-]*)[ \t]+\(([A-Z][A-Za-z&]{1,7}(?:-[A-Z]{1,4})?)\)")
ORG_HEAD_WORDS = ("centrum|instituut|dienst|bedrijf|fonds|groep|organisatie|vereniging|corporatie|school|hogeschool|"
                  "universiteit|academie|bureau|coöperatie|stichting|federatie|bond|maatschappij|werkbedrijf|"
                  "expertisecentrum|ziekenhuis|college")
ORG_HEAD = re.compile(rf"(?i)({ORG_HEAD_WORDS})$")
LOWER_HEAD = re.compile(r"(?:backoffice|samenwerkingsverband|uitvoeringsorganisatie|werkbedrijf|uitvoeringsdienst|"
                        r"gezondheidsdienst|dienst)$")
ADJECTIVE_BEFORE = re.compile(r"(?<![\w\-])([a-z]+e)[ \t]+$")
FORM_DIGITS = re.compile(r"^[A-Z][a-z]+[A-Za-z]*\d{1,3}$")
FORM_INNER = re.compile(r"^[A-Z][a-z]{2,}[A-Z][a-z]+\w*$")
FORM_INNER_DIGIT = re.compile(r"^[A-Z][a-z]+\d{1,3}[A-Z][a-z]{2,}$")  # "Hi5Wijk": a brand, like inner capitals
WEB_CHROME = ("icon", "img", "btn", "nav", "menu", "logo")
FORM_LOWER_CAMEL = re.compile(r"(?<![\w#@/.\-])([a-z]{2,4}[A-Z][a-z]{2,})(?![\w/\-])")  # "deWijk"
# a particle or preposition before a capital inside one word ("enPutten", "inAssen")
GLUED_PARTICLE = re.compile(r"(?:en|of|in|op|te|de|het|van|voor|met|bij|naar|aan|uit)(?=[A-Z])")
LOST_SPACE_PARTICLES = frozenset({"en", "of", "van", "voor", "met", "bij", "naar", "aan", "uit"})
METHOD_AFTER = re.compile(r"[ \t]+(?:aanpak|methode|methodiek|training|programma|project|regeling|akkoord|traject|"
                          r"werkwijze|model|gelden|middelen)\b")
# "X & de Y" is one name; an acronym with one more capitalised word ("ABC Waterweg") is that body's full name.
AMP_AFTER = re.compile(r"[ \t]+&[ \t]+(?:de[ \t]+)?[A-Z][\w\-]*")
SHARED_TAIL_AFTER = re.compile(r"[ \t]+[A-Z][a-z]+-[ \t]+en[ \t]+[A-Z][a-z]+-[A-Z][\w\-]*")  # "Noord- en Midden-Limburg"
# "West en Midden-Nederland": two compass points of one region
COMPASS_PAIR_AFTER = re.compile(r"[ \t]+(?:Noord|Zuid|Oost|West|Midden)[ \t]+en[ \t]+(?:Noord|Zuid|Oost|West|Midden)-[A-Z][\w\-]*")
WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]{3,}[\w\-]*)(?![\w\-]|[ \t]+[A-Z])")
WORD_THEN = re.compile(r"[ \t]+([A-Z][a-z]{3,}[\w\-]*)")
ACRONYM = re.compile(r"^(?:[A-Z][A-Z&]{1,6}[A-Z]|[A-Z]{2,4}[a-z][A-Z])$")
# an acronym run into an organisation's head word (ORG_HEAD) or a field in lower case: "LEVgroep", "ABCzorg"
ACRONYM_HEAD = re.compile(rf"^[A-Z]{{2,5}}(?:{ORG_HEAD_WORDS}|zorg|welzijn|wonen)$")
_AND_PLACE = re.compile(r"[ \t]+en[ \t]+([A-Z][\w\-]+)\b")
EDU_PLACE = re.compile(r"\b((?:MBO|ROC|Hogeschool|Universiteit|Mbo|Hbo)\s+(?:van\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)")

KIND_CUES = [(kind, re.compile(pattern)) for kind, pattern in (
    ("housing", r"(?i)wonen|woning|corporatie|woonstichting|huisvest"),
    ("education", r"(?i)school|mbo|roc\b|hogeschool|universiteit|onderwijs|college|academie|\bhan\b"),
    ("health", r"(?i)\bggd|gezondheid|verzekeraar|zorgverzekering"),
    ("funder", r"(?i)fonds"),
    ("government", r"(?i)werkbedrijf|uitvoeringsorganisatie|gemeenschappelijke\s+regeling|provincie|\brijk\b"),
    ("welfare", r"(?i)welzijn|sociaal\s+werk|wijkteam|buurt|wijkcentr|vrijwilliger|informatie\s+en\s+advies|mantelzorg"),
    ("care", r"(?i)zorg|jeugdhulp|jeugdbescherming|ggz|begeleiding|beschermd\s+wonen|opvang|verslaving|hulpverlen"),
    ("company", r"(?i)\bb\.?v\.?\b|leverancier|\bn\.?v\.?\b|bedrijf"),
    ("other", r"(?i)vervoer|dier|cultuur|kunst|museum|theater|bibliotheek|sport"),
)]


@lru_cache(maxsize=1)
def _national() -> tuple[re.Pattern, dict[str, ref.NationalOrg]]:
    by_label: dict[str, ref.NationalOrg] = {}
    for o in ref.national_organisations():
        for lab in (o.name, *o.aliases):
            by_label[lab] = o
    for lab, o in list(by_label.items()):
        by_label.setdefault(_lower_tail(lab), o)
        head, _sp, last = lab.rpartition(" ")
        if head and not last.isupper():
            by_label.setdefault(f"{head} {last.lower()}", o)  # "Nederlands Jeugd instituut": its kind in lower case
        art, _sp, rest = lab.partition(" ")
        if art in ("De", "Het") and len(rest) >= 5 and rest[:1].isupper():
            by_label.setdefault(rest, o)  # "de Zonnebloem": the name after an article in lower case
    # (its words apart by any white space: a line may break inside the name; the match is looked up with single spaces)
    alts = "|".join(spaced_pattern(x) for x in sorted(by_label, key=len, reverse=True))
    return re.compile(rf"(?<![\w#])(?:{alts})(?![\w])"), by_label


def _lower_tail(label: str) -> str:
    """"Veilig thuis", "Raad voor de kinderbescherming": a name with its later words in lower case (its acronyms
    kept). Mid-sentence it is still the body; at a sentence's start it may be a phrase ("Veilig thuis wonen")."""
    first, *rest = label.split(" ")
    return " ".join([first, *(w if w.isupper() else w.lower() for w in rest)])


@lru_cache(maxsize=1)
def _national_anchors() -> tuple[frozenset[str] | None, frozenset[str]]:
    """First words of the national names (a match starts with one), and their folded names."""
    _pat, by_label = _national()
    return first_words(by_label), frozenset(ref.fold(k) for k in by_label)


# Literal words a match of each pattern starts with (the patterns open with a word boundary).
LIST_ROLE_ANCHORS = ("In", "in", "i.s.m.", "ism", "m.m.v.", "o.l.v.", "volgende", "netwerk", "overleg", "platform", "samenwerkingsverband",
                     "consortium", "coalitie", "alliantie", "kernteam", "stuurgroep", "werkgroep", "zitten", "zaten",
                     "Met", "met", "Samen", "samen", "uitgevoerd", "overeenkomst", "contract", "subsidie", "ondergebracht",
                     "Uitvoerder", "uitvoerder", "Uitvoerders", "uitvoerders", "Partner", "Aanbieder", "Aanbieders",
                     "Penvoerder", "penvoerder", "Opdrachtnemer", "opdrachtnemer", "Opdrachtnemers", "Trekker", "trekker",
                     "Subsidieontvanger", "Subsidieontvangers", "Contractpartij", "Contractpartijen", "Uitvoering",
                     "uitvoering",
                     "Naam", "Organisatie", "Aanvrager", "Uitvoerende", "Financier", "Financiers", "Wie", "Door",
                     "Betrokken", "Uitgevoerd", "Verbonden",
                     "geleverd", "verzorgd", "georganiseerd", "partner", "partijen", "Samenwerkingspartner",
                     "samenwerkingspartner", "samenwerkingsproject", "samenwerking", "convenant", "afspraken",
                     "gefinancierd", "aanbieder", "organisaties", "kernpartners", "netwerkpartners", "samenwerkingspartners",
                     "ketenpartners")
FACILITY_WORDS = ("wijkcentra", "buurthuizen", "wijkcentrum", "buurthuis", "inloophuizen", "ontmoetingscentra",
                  "Wijkcentra", "Buurthuizen", "Wijkcentrum", "Buurthuis", "Inloophuizen", "Ontmoetingscentra",
                  "dorpshuis", "Dorpshuis", "buurtcentrum", "Buurtcentrum", "buurtcentra", "Buurtcentra",
                  "gemeenschapshuis", "Gemeenschapshuis", "wijkgebouw", "Wijkgebouw")
ROLE_WORDS = ("partner", "organisatie", "aanbieder", "instelling", "corporatie", "coöperatie", "cooperatie", "verzekeraar",
              "leverancier", "vervoerder", "uitvoerder", "opdrachtnemer", "hogeschool", "maatschappelijke")
CAPITAL_ROLE_WORDS = ("Aanbieder", "Leverancier", "Vervoerder", "Uitvoerder", "Opdrachtnemer")  # "Aanbieder X heeft ..."
LEGAL_SUFFIXES = ("B.V.", "b.v.", "BV", "NV", "N.V.", "n.v.", "U.A.", "GmbH")
INSTITUTION_TAILS = ("hogeschool", "universiteit", "ziekenhuis", "academie", "mavo", "lyceum", "gymnasium", "school")
GGD_JOINED = re.compile(r"(?<![\w#])GGD[a-z]?[A-Z][A-Za-z]*\b")
BRACKET_SPELLED = re.compile(r"\b([A-Z]{2,6})\s+\(([a-z][^)]{3,60})\)")
SPELLING_JOINERS = frozenset({"en", "of", "van", "de", "der", "het", "in", "op", "te"})
FORM_TOKEN = re.compile(r"(?<![\w#@/.])([A-Z][\w&]*[\w&])(?:-(\w+))?(?![\w/])")
# A word with an inner capital, then a place: the look-ahead finds the inner capital and the word is taken
# once ("[A-Z]\w*[A-Z]\w*" would try every split of a long run of capitals: quadratic).
NAME_PLACE = re.compile(r"(?<![\w#])((?=[A-Z][\w&]*?[A-Z])[A-Z][\w&]*)[ \t]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
# ("Jozefschool", "Wilhelminaschool": a school named after someone; not a kind of school: "Basisschool", "Zomerschool")
INSTITUTION = re.compile(r"(?<![\w#])([A-Z][a-z]+(?:hogeschool|universiteit|ziekenhuis|academie|mavo|lyceum|gymnasium)"
                         r"|(?!(?:Basis|Zomer|Vak|Hoge|Muziek|Taal|Dans|Zwem|Rij|Avond|Brede|Middelbare|Lagere|Praktijk|"
                         r"Speciaal|Voortgezet|Beroeps|Volks|Kook|Sport|Ouder|Bouw)school)[A-Z][a-z]{3,}school)(?![\w])")
UNIT_BEFORE = re.compile(r"(?:^|\W)(?:" + "|".join(UNIT_CUES) + r")\s+$")
# ... or a document's kind, of which the name is the subject: "Subsidieregeling Welzijn X 2025", "Beleidsplan Welzijn
# X" (a regulation, a plan: an initiative, no body); but "Gemeenschappelijke regeling X" is the body X
JOINT_BODY_BEFORE = re.compile(r"gemeen(?:te)?schappelijke[ \t]+regeling[ \t]+$")
ALPHA = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
LOWER_E = frozenset("abcdefghijklmnopqrstuvwxyzë")


def _role_starts(text: str) -> set[int]:
    """Where SINGLE_ROLE can match: the word start before a role word ("zorgaanbieder", "partner")."""
    out = set()
    for w in (*ROLE_WORDS, *CAPITAL_ROLE_WORDS):
        for q in occurrences(text, w):
            r = q
            while r > 0 and text[r - 1] in LOWER_E:
                r -= 1
            if r > 0 and r < q and "A" <= text[r - 1] <= "Z":  # "Woningcorporatie", "Zorgaanbieder"
                r -= 1
            if r == 0 or not is_word(text[r - 1]):
                out.add(r)
    return out


def _facility_starts(text: str) -> set[int]:
    """Where FACILITY_LIST can match: a facility word, or the "de" before it."""
    out = set()
    for w in FACILITY_WORDS:
        for q in occurrences(text, w):
            out.add(q)
            r = q
            while r > 0 and text[r - 1].isspace():
                r -= 1
            if r < q and r >= 2 and text[r - 2:r] in ("de", "De"):
                out.add(r - 2)
    return out


def _caps_in(text: str, a: int, b: int) -> list[int]:
    caps = cap_starts(text)
    return caps[bisect.bisect_left(caps, a):bisect.bisect_left(caps, b)]


def _legal_suffix_starts(text: str) -> set[int]:
    """Where LEGAL_SUFFIX can match: a capitalised word on the line before a B.V./N.V. suffix."""
    out = set()
    for suf in LEGAL_SUFFIXES:
        for q in occurrences(text, suf):
            r = q
            while r > 0 and text[r - 1].isspace():
                r -= 1
            if r == q:
                continue
            out.update(_caps_in(text, text.rfind("\n", 0, r) + 1, r))
    return out


def _institution_starts(text: str) -> set[int]:
    out = set()
    for w in INSTITUTION_TAILS:
        for q in occurrences(text, w):
            r = q
            while r > 0 and "a" <= text[r - 1] <= "z":
                r -= 1
            if r > 0 and "A" <= text[r - 1] <= "Z":
                out.add(r - 1)
    return out


def _bracket_starts(text: str) -> set[int]:
    """Where BRACKET_ACRONYM can match: word starts among the last 13 [\\w-] runs before " (X"."""
    out = set()
    n = len(text)
    for b in occurrences(text, "("):
        if b == 0 or b + 1 >= n or text[b - 1] not in " \t" or not "A" <= text[b + 1] <= "Z":
            continue
        p = b
        for _ in range(13):
            sp = back_over(text, p, " \t")
            if sp > 0 and text[sp - 1] == "&":  # "Dienst Zorg & Jeugd Heuvelstee (DZJH)"
                sp = back_over(text, sp - 1, " \t")
            q = back_over(text, sp, "-", word=True)
            if q == sp:
                break
            p = q
        for i in range(p, b):
            if text[i] in ALPHA and (i == 0 or not is_word(text[i - 1])):
                out.add(i)
    return out


def _spelled_starts(text: str) -> set[int]:
    """Where BRACKET_SPELLED can match: two to six characters before the space before "(x"."""
    out = set()
    n = len(text)
    for b in occurrences(text, "("):
        if b + 1 >= n or not "a" <= text[b + 1] <= "z":
            continue
        r = b
        while r > 0 and text[r - 1].isspace():
            r -= 1
        if r < b:
            out.update(range(max(0, r - 6), r - 1))
    return out


def _kind_for(name: str, context: str, default: str = "other") -> str:
    for kind, pat in KIND_CUES:
        if pat.search(name):
            return kind
    for kind, pat in KIND_CUES:
        if pat.search(context):
            return kind
    return default


# a place name that holds "en" ("Peel en Maas", "Berg en Dal"), which the name patterns cut at the "en"
_AND_NEXT = re.compile(r"[ \t]+en[ \t]+((?-i:[A-Z])[\w'-]*(?:[ \t]+(?:(?:aan|op|de|den|in)[ \t]+)*(?-i:[A-Z])[\w'-]*)*)")


@cache
def _and_place_names() -> frozenset[str]:
    names = set(ref.gemeenten_by_name()) | set(ref.woonplaats_gemeenten())
    return frozenset(n for n in names if " en " in n)


_BEFORE_AND = re.compile(r"((?-i:[A-Z])[\w'-]*(?:[ \t]+(?-i:[A-Z])[\w'-]*)?)[ \t]+en[ \t]+\Z")


# (a branch is named by its place; a department's acronym is not one: "X afdeling ABC")
_BRANCH_NEXT = re.compile(r"[ \t]+(?:afdeling|afd\.)[ \t]+(?-i:[A-Z][a-z])[\w'’-]*(?:[ \t]+(?:(?:bij|aan|op|den?|en)[ \t]+)?"
                          r"(?-i:[A-Z])[\w'’-]*){0,3}")
_SUSPENDED_NEXT = re.compile(r"[ \t]+en[ \t]+(?-i:[A-Z])[\w'’-]*(?:[ \t]+(?-i:[A-Z])[\w'’-]*){0,3}")


_ARTICLE_BEFORE_END = re.compile(r"[ \t]+(?:de|het)[ \t]+\Z")


def _before_laws(text: str, law_starts: list[int], then: Callable[[Cand], None]) -> Callable[[Cand], None]:
    """A candidate change: a name ends before a law named inside it after an article ("met de Stichting X de Wmo
    uitgevoerd": "X"); then `then`."""
    def cut(c: Cand) -> None:
        i = bisect.bisect_right(law_starts, c.at)
        if i < len(law_starts) and law_starts[i] < c.end and c.name == text[c.at:c.end]:
            art = _ARTICLE_BEFORE_END.search(text, c.at, law_starts[i])
            if art is not None and art.start() > c.at:  # (not "Gemeenschappelijke Regeling Jeugd en Wmo": its name)
                c.name, c.end = text[c.at:art.start()], art.start()
        then(c)
    return cut


def over_place_names(text: str) -> Callable[[Cand], None]:
    """A candidate change: a name cut at the "en" inside a place name runs on over the whole place and the
    capitalised words right after it ("Welzijn Peel" + "en Maas Verbindt", "Huisartsenkring Peel" + "en Maas"); a
    name runs on over its local branch ("Humanitas" + "afdeling Heuvelstee") and past a first word that shares its
    end with the next ("Regionaal Inkoop-" + "en Contractbureau X")."""
    places = _and_place_names()

    def extend(c: Cand) -> None:
        bm = _BEFORE_AND.search(text, max(0, c.start - 40), c.start)
        if bm is not None and any(ref.fold(f"{bm.group(1)} en {' '.join(c.name.split()[:j])}") in places
                                  for j in range(1, len(c.name.split()) + 1)):
            c.dropped_by = "place"  # "Maas" of "Peel en Maas"
            return
        if not text.endswith(c.name, 0, c.end):
            return
        dm = _BRANCH_NEXT.match(text, c.end) or (_SUSPENDED_NEXT.match(text, c.end) if c.name.endswith("-") else None)
        if dm is not None:
            c.name += text[c.end:dm.end()]
            c.end = dm.end()
            return
        m = _AND_NEXT.match(text, c.end)
        if m is None:
            return
        head = c.name.split()
        after = m.group(1).split()
        for n in (2, 1):  # the place's words before "en": the name's last one or two
            first = " ".join(head[-n:])
            if any(ref.fold(f"{first} en {' '.join(after[:j])}") in places for j in range(len(after), 0, -1)):
                c.name += text[c.end:m.end()]
                c.end = m.end()
                return

    return extend


# the fields a name may end in, two joined by "en" ("Kwartier Zorg en Welzijn", "Stichting Wonen en Zorg")
SECTOR_PAIR = frozenset(("zorg", "welzijn", "wonen", "werk", "inkomen", "jeugd", "gezin", "sport", "cultuur",
                         "onderwijs", "opvoeding", "gezondheid", "participatie"))


def _split_list(s: str) -> list[tuple[str, int]]:
    """"ABCZ, Lindeboom, Zorgkring en gemeente" -> [(name, offset)] for capitalised items.

    A capitalised article belongs to the name ("De Schakel"); a lower-case one does not.
    """
    out: list[tuple[str, int]] = []
    for m in re.finditer(rf"(?:(De|Het)[ \t]+|(?:de|het)[ \t]+)?({NAME_NOCONJ}|(?<![\w-]){CAMEL})", s):
        if out and re.fullmatch(r"[ \t]+en[ \t]+", s[out[-1][1] + len(out[-1][0]):m.start()]):
            joined = s[out[-1][1]:m.end()]
            if ref.fold(joined) in ref.gemeenten_by_name():  # "Berg en Dal", "Aa en Hunze": one municipality
                out[-1] = (joined, out[-1][1])
                continue
            last = out[-1][0].split()[-1].lower()
            if last in SECTOR_PAIR and m.group(2).lower() in SECTOR_PAIR and not m.group(1):
                out[-1] = (joined, out[-1][1])  # "X Zorg en Welzijn": a name's two fields, not two names
                continue
        if m.group(1):
            out.append((m.group(1) + s[m.end(1):m.end(2)], m.start(1)))
        else:
            out.append((m.group(2), m.start(2)))
    return out


@dataclass
class OrgContext:
    """What the steps of one document share."""

    text: str
    excluded: set[str]
    places: set[str]
    initiative_words: set[str]
    all_caps_lines: list[tuple[int, int]]
    caps_starts: list[int]
    bracket_non_org: set[str] = field(default_factory=set)  # acronyms a bracket spells out as a method
    found: list[Cand] = field(default_factory=list)  # what the candidate steps kept (for the coordination step)


BLOCKED = ("empty", "excluded", "place", "non_org_word", "capitals_line", "unit_before", "initiative_word",
           "municipality_name", "municipality_group", "place_adjective", "place_phrase", "plan_or_footnote",
           "interface_word", "sector_words", "plan_word", "description", "team", "desk", "postcode", "executive")
KIND_NAMED_BLOCKED = tuple(f for f in BLOCKED if f != "place")
OBJECT_ARTICLE_BEFORE = re.compile(r"\b(?:de|het|een)[ \t]+$")  # (the thing that goes "aan X B.V.")
# A legal form makes a body, whatever its name's words ("Stichting Platform X", "Bouwplan B.V."): no plan, programme
# or platform.
LEGAL_FORM_BLOCKED = tuple(f for f in BLOCKED if f not in ("initiative_word", "plan_word"))
_CAPITAL_FORM_BLOCKED = tuple(f for f in LEGAL_FORM_BLOCKED if f != "sector_words")


def _cand(name: str, start: int, end: int, conf: float, kind: str | None = None, *, at: int | None = None,
          filters: tuple[str, ...] = (), dropped_by: str | None = None) -> Cand:
    return Cand(name, start, end, conf, kind, filters=filters, dropped_by=dropped_by, at=start if at is None else at)


# --- filters: a candidate is dropped when one returns True -------------------------------------------------

# two sentences whose space the page lost: "het stadhuis van X.Iedereen kan reageren"
_GLUED_SENTENCE = re.compile(r"[a-z]{3}\.[A-Z][a-z]")


def _f_empty(ctx: OrgContext, c: Cand) -> bool:
    # (or a span cut inside a number, "Peel 6" of "Peel 6.1", or holding a bracket it does not open, "X) 9"; or an
    # adjective alone, the rest of its name cut off: "Algemene"; or a contents list's part by its Roman numeral:
    # "II Onze plannen", "IV College en taken")
    return not ref.fold(strip_legal_form(c.name)) or bool(CUT_NUMBER.match(ctx.text, c.end)) \
        or c.name.count(")") > c.name.count("(") or bool(LONE_ADJECTIVE.fullmatch(c.name)) \
        or bool(_GLUED_SENTENCE.search(c.name)) \
        or bool(ROMAN_PART.match(c.name)) or bool(GLUED_DIGITS.search(c.name)) \
        or cut_by_text_end(ctx.text, c.end, c.name)  # (or a name whose last word the excerpt's end cuts off)


LONE_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:lijke|ale|ene|ische|ige)")
ROMAN_PART = re.compile(r"(?:II|III|IV|VI|VII|VIII|IX)[ \t]+[A-Z]")


CUT_NUMBER = re.compile(r"(?<=\d)[.,]\d")
# a document of the planning-and-control cycle in a name's first word: "Regiojaarverslag X", no body
CYCLE_WORD = re.compile(rf"(?i){ref.cycle_words(*ref.cycle_kinds(), short=False)}")


# A person's initials, and the particles of a surname: "S. Visser", "dr. E.G. van Dijk"
# (up to the name itself, not across a line's end: "Koor X K.B.K." / "Y" are two lines of a list)
INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.[ \t]?){1,4}[ \t]*(?:(?:van|de|der|den|ter|ten)[ \t]+)*\Z")


_GEMEENTE_PREFIX = re.compile(r"^(?:(?:De|de)[ \t]+)?[Gg]emeenten?[ \t]+")  # ("De gemeenten A, B en C": municipalities)


def _f_excluded(ctx: OrgContext, c: Cand) -> bool:
    if ref.fold(_GEMEENTE_PREFIX.sub("", strip_legal_form(c.name))) in ctx.excluded:
        return True  # the reporting or another municipality, also as "Gemeente X" among a list of partners
    before = ctx.text[max(0, c.start - 24):c.start]
    if "." in before and INITIALS_BEFORE.search(before):
        return True
    if HONORIFIC.match(c.name) or HONORIFIC_BEFORE.search(before):
        return True  # "Mevrouw J. Jansen", "de heer Van Dam": a person
    if PERSON_SHAPE.fullmatch(c.name) and ROLE_AFTER.match(ctx.text, c.end):
        return True  # "Sylvia de Wit, kennisadviseur": a person and the post after the name
    # (a portfolio table's row opens with its holder: "Jan de Vries Welzijn, Jeugd" makes no "Vries Welzijn")
    return "ortefeuillehouder" in ctx.text and in_holders_name(ctx.text, c.start)


def _f_place(ctx: OrgContext, c: Cand) -> bool:
    return ref.fold(strip_legal_form(c.name)) in ctx.places


# An office's title closing a name is a page's heading over whom it concerns ("Welzijn  Portefeuillehouder").
OFFICE_TAIL = re.compile(r"[ \t\u00a0](?:[Pp]ortefeuillehouders?|[Ww]ethouders?|[Bb]urgemeester)$")
# A party's seats in the council: "VVD drie zetels"
SEATS = (r"[ \t]+(?:één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|\d{1,2})"
         r"[ \t]+zetels?\b")
SEATS_AFTER = re.compile(SEATS)
# A kind of subsidy ("Waarderingssubsidie", "Exploitatiesubsidie"): a column of a subsidy table, never a body's name
SUBSIDY_KIND = re.compile(r"[A-Z][a-zà-ÿ]+subsidies?")


def _f_non_org_word(ctx: OrgContext, c: Cand) -> bool:
    # (a political party, by its name or acronym, is a council's faction: no partner in the social domain; as the
    # holder of its seats it is named as a body)
    # (a column word run into its number, "Baten39", is a table's text, no brand)
    # ("BIJLAGEN": one of them in capitals; "Versie Datum N.": a document's furniture opens it)
    return c.name in NON_ORG_WORDS or c.name.upper() in NON_ORG_ACRONYMS or bool(OFFICE_TAIL.search(c.name)) \
        or (c.name.isupper() and c.name.capitalize() in NON_ORG_WORDS) or c.name.split()[0] in DOCUMENT_FURNITURE \
        or (len(c.name) > 7 and bool(CYCLE_WORD.search(c.name.split()[0]))) \
        or c.name.rstrip("0123456789") in NON_ORG_WORDS \
        or bool(OFFICE_HEAD.match(c.name)) or bool(LAW_TITLE.match(c.name)) or bool(NO_BODY_FIRST.match(c.name)) \
        or (c.name in SERVICE_NAMES and bool(SERVICE_LIST_BEFORE.search(ctx.text, max(0, c.start - 30), c.start))) \
        or bool(ACRONYM_COMPOUND.fullmatch(c.name)) or bool(REGISTER_FIELD_RUN_IN.match(c.name)) \
        or bool(SUBSIDY_KIND.fullmatch(c.name.split()[0])) \
        or (bool(PARTY.fullmatch(c.name)) and not SEATS_AFTER.match(ctx.text, c.end))


# an acronym and a common noun in one word, a thing or a group of the acronym's: "ICT-storingen", "GGD-regio's" (but
# a body's head word makes a name: "ABC-groep", "XYZ-stichting"); also two acronyms sharing the noun ("de ABC- en
# XYZ-regelingen")
ACRONYM_COMPOUND = re.compile(r"(?:[A-Z]{2,6}-[ \t]+(?:en|of)[ \t]+)?[A-Z]{2,6}-[a-zà-ÿ][\w'’]*(?<!groep)(?<!stichting)"
                              r"(?<!vereniging)(?<!bond)(?<!college)")


# a first word that makes a consultation, a course or a service of the name, no body: "Directieoverleg Veiligheid",
# "Module Arbeidsmarkt en Participatie (MAP)", "Algemeen Maatschappelijk Werk (AMW)"
NO_BODY_FIRST = re.compile(r"(?:[\w\-]*overleg|Module|Cursus|Training|Leerlijn)[ \t]")
# ... and a service among services: "sociaal en cultureel werk, Algemeen Maatschappelijk Werk (AMW), wijkopbouw" (the
# BBV's description of a taakveld; "het Algemeen Maatschappelijk Werk" among partners is the body that provides it)
SERVICE_NAMES = frozenset(("Algemeen Maatschappelijk Werk", "Maatschappelijk Werk"))
SERVICE_LIST_BEFORE = re.compile(r"[a-zà-ÿ][ \t]*,[ \t]*$|[•\-–*][ \t]*$")
# a law's title in capitals, which the law step may not know in that case: "Wet Maatschappelijke Ondersteuning (WMO)"
LAW_TITLE = re.compile(r"Wet[ \t]+(?:[A-Za-z][a-z]+[ \t]+){0,4}[A-Za-z][a-z]+$")


def _f_capitals_line(ctx: OrgContext, c: Cand) -> bool:
    i = bisect.bisect_right(ctx.caps_starts, c.at)  # the lines do not overlap
    return bool(i and c.at < ctx.all_caps_lines[i - 1][1])


def _f_unit_before(ctx: OrgContext, c: Cand) -> bool:
    before = ctx.text[max(0, c.at - 30):c.at].lower()
    return bool(UNIT_BEFORE.search(before[-14:])) or (before.rstrip(" \t").endswith(DOCUMENT_KIND_WORDS)
                                                      and not JOINT_BODY_BEFORE.search(before))


# A name that opens or closes with the kind of a plan or agreement names that plan ("Uitvoeringsagenda Welzijn",
# "MRA Regiodeal", "Actieplan X"), not a body; a legal form keeps a body ("Stichting Plan X").
PLAN_KIND = re.compile(r"(?i)^[\w\-]*(?:agenda|akkoord|deal|plan|plannen|programma|aanpak|regeling|verordening|visie|"
                       r"nota|notitie|beleidskader|convenant|overeenkomst)$")


JOINT_PLAN_AFTER = re.compile(r"[ \t]+en[ \t]+[A-Z][\w\-]*(?:akkoord|agenda|plan|programma|deal|pact|convenant)\b")


def _f_initiative_word(ctx: OrgContext, c: Cand) -> bool:
    bare = strip_legal_form(c.name)
    if ref.fold(bare) in ctx.initiative_words:
        return True
    if JOINT_PLAN_AFTER.match(ctx.text, c.end):
        return True  # "het Aanvullend Zorg en Welzijnsakkoord": the first half of an agreement's name
    words = bare.split()
    return bare == c.name and len(words) >= 2 and bool(PLAN_KIND.match(words[0]) or PLAN_KIND.match(words[-1]))


def _f_municipality_name(ctx: OrgContext, c: Cand) -> bool:
    k = ref.fold(strip_legal_form(c.name))
    if c.name in ref.demonyms():
        return True  # "samen met de Alkmaarders": a municipality's inhabitants, no body
    return bool(re.fullmatch(r"[a-z ]+", k)) and len(k.split()) == 1 and k in ref.gemeenten_by_name()


_PREPOSITION_FIRST = re.compile(r"(?:In|Op|Bij|Vanuit|Naar|Rond|Binnen)[ \t]+(?P<rest>.+)")


def _f_place_phrase(ctx: OrgContext, c: Cand) -> bool:
    """"In Kwadendamme organiseert ...": a preposition and a place that open a sentence, no name."""
    m = _PREPOSITION_FIRST.fullmatch(c.name)
    if m is None:
        return False
    k = ref.fold(m.group("rest"))
    return k in ctx.places or k in ref.gemeenten_by_name() or k in ref.woonplaats_gemeenten()


def _f_place_adjective(ctx: OrgContext, c: Cand) -> bool:
    """"de Noord-Limburgse gemeenten", "Drentse aanbieders": a place's adjective before a common noun."""
    name = strip_legal_form(c.name)
    return (" " not in name and name.endswith("se") and bool(re.match(r"[ \t]+(?-i:[a-z])", ctx.text[c.end:c.end + 3]))
            and bool(re.search(r"(?i)\b(?:de|alle|onze|andere)[ \t]+\Z", ctx.text[max(0, c.start - 8):c.start])))


def _f_municipality_group(ctx: OrgContext, c: Cand) -> bool:
    """"Parkstadgemeenten", "BUCH-gemeenten": a group of municipalities, no body of its own (but "Gemeenschappelijke
    Regeling Xgemeenten" names their joint body)."""
    return c.step != "joint_regulation" and bool(re.fullmatch(r"[\w-]+gemeenten", strip_legal_form(c.name)))


def _f_plan_or_footnote(ctx: OrgContext, c: Cand) -> bool:
    """"CollegeWerkProgramma", "DorpenOverleg X": a plan or a consultation; "Eemnes1": a place and its footnote."""
    first = c.name.split()[0] if c.name.split() else ""
    if INNER_TYPE_TAIL.search(first):
        return True
    return bool(FORM_DIGITS.match(c.name)) and _is_place_word(c.name.rstrip("0123456789"))


# Words of a web page's own controls, printed with the text of a report's page ("PDF Opties", "Printen Delen").
INTERFACE_WORDS = frozenset(("PDF", "Opties", "Menu", "Hoofdmenu", "Printen", "Print", "Delen", "Download",
                             "Downloaden", "Zoeken", "Inloggen", "Uitloggen", "Sluiten", "Navigatie", "Cookies",
                             "Inhoudsopgave", "Vorige", "Volgende", "Terug", "Tweet", "Share"))
# ... and a meeting's attendance printed over its minutes, the press and the public with their counts ("Pers2",
# "Publiek35")
ATTENDANCE = re.compile(r"(?:Pers|Publiek)\d{1,3}")
# Policy fields and municipal departments: a name of these words alone is no organisation ("Werk en Inkomen").
SECTOR_WORDS = frozenset(("Zorg", "Welzijn", "Wonen", "Werk", "Sport", "Cultuur", "Jeugd", "Onderwijs", "Gezondheid",
                          "Veiligheid", "Hulp", "Opvang", "Inkomen", "Participatie", "Armoede", "Schulden",
                          "Schuldhulpverlening", "Maatschappelijke", "Ondersteuning", "Preventie", "Werkgelegenheid",
                          "Bewegen", "Leefstijl", "Mantelzorg", "Vrijwilligerswerk", "Integratie", "Inburgering",
                          "Educatie", "Recreatie", "Spel", "Ontmoeting", "Zingeving", "Jeugdhulp", "Jeugdzorg",
                          "Dagbesteding", "Begeleiding", "Schuldhulp", "Huishoudelijke", "Publieke", "Volksgezondheid",
                          "Sociaal", "Domein"))  # ("het Sociaal Domein": the field; "Sociaal Domein X" is a body)
# A public service by its generic name alone, like "politie" (a safety region's "Brandweer, Crisisbeheersing en GGD"):
# no named body; "Brandweer Bergland-Zuid" is one
PUBLIC_SERVICES = frozenset(("Brandweer", "Ambulancezorg", "Crisisbeheersing"))
# A word that heads a plan, agreement or programme ("Uitvoeringsagenda Welzijn", "MRA Regiodeal", "Sportakkoord X"):
# the name is an initiative's, however its other words read.
PLAN_WORD = re.compile(r"(?i)^(?!televisie$|(?:im|com)pact$)[a-zà-ÿ\-]*(?:agenda|deal|akkoord|plan|programma|visie|nota|"
                       r"aanpak|strategie|convenant|actieplan|uitvoeringsplan|landschap|model|methode|methodiek|kader|pact|"
                       # (a regulation: "Algemene Subsidieverordening X", "Subsidieregeling X")
                       r"verordening|subsidieregeling|beleidsregels?)$")
# ("het Zorglandschap X": a field; "Model X", "de X-methode": a way of working)
CONSULTATION_WORDS = frozenset(("Platform", "Overleg"))
# Words that join the parts of a name ("Huis naar Werk", "Stichting voor de Jeugd"); other lower-case words describe.
NAME_PARTICLES = frozenset(("van", "voor", "de", "der", "den", "het", "en", "op", "aan", "in", "naar", "te", "'t", "bij",
                            "&", "-", "–", "of", "om", "tot", "met", "uit"))

LEGAL_FORM_FIRST = re.compile(r"(?i)(?:stichting|vereniging|coöperatie|cooperatie|gemeen(?:te)?schappelijke)\b")


TEAM_LAST = re.compile(r"(?i)(?:team|teams)$")
TEAM_HYPHENED = re.compile(r"-teams?$")
# What a team or desk does, beside the policy fields: "Team Intake Jeugd", "Team Wmo"
TEAM_TASKS = frozenset(("Toegang", "Wmo", "Advies", "Uitvoering", "Intake", "Consulenten"))
TEAM_ADJECTIVES = frozenset(("Sociaal", "Sociale", "Lokaal", "Lokale", "Breed", "Brede", "Integraal", "Integrale",
                             "Regionaal", "Regionale", "Centraal", "Centrale", "Wijk", "Gemeentelijk"))


# ... unless the sentence makes it act as a body: it carries out a task, receives a grant, merges ("Sociaal Team X
# voert de keukentafelgesprekken uit", "subsidie aan het Sociaal Team X"; not "terecht bij het Sociaal Team X")
_TEAM_AS_BODY_BEFORE = re.compile(r"\bsubsidie[ \t]+(?:[a-z]+[ \t]+){0,3}?aan[ \t]+(?:het[ \t]+)?$")
_TEAM_AS_BODY_AFTER = re.compile(r"(?:[ \t]*\([A-Z]{2,8}\))?[ \t]+(?:voert|voerde|voeren|voerden)[ \t][^.;:\n]{0,80}?\buit\b|"
                                 r"(?:[ \t]*\([A-Z]{2,8}\))?[ \t]+(?:ontvangt|ontving|krijgt|kreeg)[ \t][^.;:\n]{0,40}?"
                                 r"\b(?:subsidie|bijdrage)\b|"
                                 r"[ \t]+en[ \t][^.;:\n]{1,60}?[ \t](?:zijn|hebben)[ \t][^.;:\n]{0,30}?\b(?:gefuseerd|fusie)\b")


def _f_team(ctx: OrgContext, c: Cand) -> bool:
    """"het Sociaal Team", "het Wijkteam": a team without a name of its own is a service of the municipality or a
    provider, not an organisation; a legal form makes one ("Stichting Wijkteams X")."""
    words = c.name.split()
    if len(words) >= 3 and words[0] in TEAM_ADJECTIVES and words[1].lower() in ("team", "teams") and not any(
            ctx.text.startswith(f, c.at - len(f) - 1) for f in ("Stichting", "stichting")) \
            and not (_TEAM_AS_BODY_BEFORE.search(ctx.text, max(0, c.start - 40), c.start)
                     or _TEAM_AS_BODY_AFTER.match(ctx.text, c.end)):
        return True  # "Sociaal Team X": a named team is a service (the gold writes it as an initiative), no body
    if len(words) >= 2 and words[0] in ("Team", "Teams") and all(w in SECTOR_WORDS or w in TEAM_TASKS
                                                                   for w in words[1:] if w not in ("en", "&")):
        return True  # "Team Intake Jeugd": a team named after what it does is a service, no body
    if len(words) == 2 and TEAM_HYPHENED.search(words[-1]) and not LEGAL_FORM_FIRST.match(words[0]):
        return True  # "de Voor Elkaar-teams": the teams of a working method, a service
    if not words or not TEAM_LAST.search(words[-1]) or len(words) > 2:
        return False  # "Gebiedsteam X": a team named after its area may be a body of its own
    if len(words) == 1 and any(ch.isupper() for ch in c.name[1:]):
        return False  # "SterkTeam": a name written with an inner capital, not the noun "wijkteam"
    return (len(words) == 1 or words[0] in TEAM_ADJECTIVES) \
        and not any(ctx.text.startswith(f, c.at - len(f) - 1) for f in ("Stichting", "stichting"))


def _f_desk(ctx: OrgContext, c: Cand) -> bool:
    """A desk is a service of whoever runs it, the municipality mostly ("het Jongerenloket is gevestigd in het
    gemeentehuis"); a foundation of that name is a body ("Stichting Jongerenloket")."""
    words = c.name.split()
    return len(words) == 1 and words[0].lower().endswith("loket") \
        and not LEGAL_FORM_BEFORE_DESK.search(ctx.text, max(0, c.at - 14), c.at)


LEGAL_FORM_BEFORE_DESK = re.compile(r"(?i)(?:stichting|vereniging|coöperatie)[ \t]+$")


# The digits of a Dutch postcode: the letters after them and the place are an address ("7901 BP Hoogeveen").
POSTCODE_DIGITS = re.compile(r"[1-9]\d{3}[ \t]?$")  # also run into the number before it: "Postbus 5112003 PB"
POSTCODE_LETTERS = re.compile(r"[A-Z]{2}\b")


# ... also where a letter's copy garbled its digits ("Postbus 91 ooo KB Zeewolde", "Dorpsstraat 4, BD Zeewolde"): the
# letters, then a place, after a number or a post box on the line
POSTCODE_PLACE = re.compile(r"[A-Z]{2}[ \t]+([A-Z][\w'\-]+(?:[ \t][A-Z][\w'\-]+)?)")
GARBLED_POSTCODE_BEFORE = re.compile(r"(?:\d|[Pp]ostbus[ \t][^\n]{0,12}?)[ \t,]*(?:\S{1,4}[ \t]+)?$")


def _f_postcode(ctx: OrgContext, c: Cand) -> bool:
    if POSTCODE_LETTERS.match(c.name) and POSTCODE_DIGITS.search(ctx.text, max(0, c.start - 6), c.start):
        return True
    m = POSTCODE_PLACE.fullmatch(c.name)
    return bool(m and ref.words_key(m.group(1)) in ref.woonplaats_gemeenten()
                and GARBLED_POSTCODE_BEFORE.search(ctx.text, max(0, c.start - 30), c.start))


# The municipality's own executive: "(het) College van Burgemeester en Wethouders", "College van B&W".
EXECUTIVE_AFTER = re.compile(r"[ \t]+van[ \t]+(?:[Bb]urgemeester|B[ \t]*(?:&|en)[ \t]*W\b)")


def _f_executive(ctx: OrgContext, c: Cand) -> bool:
    return c.name.split()[-1:] == ["College"] and bool(EXECUTIVE_AFTER.match(ctx.text, c.end))


def _f_interface_word(ctx: OrgContext, c: Cand) -> bool:
    return any(w in INTERFACE_WORDS for w in c.name.split()) or bool(ATTENDANCE.fullmatch(c.name))


def _f_sector_words(ctx: OrgContext, c: Cand) -> bool:
    words = [w for w in c.name.replace(",", " ").split() if w not in ("en", "&")]
    return (bool(words) and all(w in SECTOR_WORDS for w in words)) or bool(COUNCIL_COMMITTEE.fullmatch(c.name)) \
        or c.name in PUBLIC_SERVICES


def _f_plan_word(ctx: OrgContext, c: Cand) -> bool:
    # (a named platform or consultation is an initiative too: "Platform X", "Overleg Y"; a body's
    # compound is its own, "Kennisplatform X")
    # (and a panel: "het Jongerenpanel adviseerde", a consultation of residents, not a body)
    return any(map(_plan_word, c.name.split()))


@lru_cache(maxsize=1 << 16)  # (the words of every candidate, most of them again and again)
def _plan_word(w: str) -> bool:
    return bool(PLAN_WORD.match(w) or w in CONSULTATION_WORDS or w.lower().endswith("panel"))


def _f_description(ctx: OrgContext, c: Cand) -> bool:
    """"Zuigelingenzorg geboden door jeugdgezondheidszorg": three lower-case words that are no particles describe;
    a body's legal form keeps its lower-case words ("Gemeenschappelijke regeling sociale recherche X")."""
    if LEGAL_FORM_FIRST.match(c.name):
        return False
    return sum(w[:1].islower() and w not in NAME_PARTICLES for w in c.name.split()) >= 3


# A bare acronym or a word with inner capitals is a name's shape, not an organisation's: budget and table pages are
# full of them (index figures, schemes, products, services). Such a word found by its shape alone is an
# organisation only where the sentence gives it a part only an actor plays: a partner or agent after a
# preposition ("samenwerking met de X", "door het X", "via X"), an item listed beside an actor ("de politie, X en
# de brandweer"; not beside festivals or budget terms), the subject of a verb ("De X is van ...", "heeft X ... gesloten", "X voert ... uit"; not inside a phrase
# of a preposition: "het gebruik van de X is"), an expansion or apposition ("X (Knooppunt ...)", "X, het
# samenwerkingsverband ..."), the owner of a programme, board or staff ("het meerjarenprogramma van de X"), or
# premises named after it ("de X-locatie"). An acronym in brackets after words is no cue: it spells out whatever precedes it
# (a scheme, a fund); the brackets after an organisation's name are the `bracket_acronym` step's.
BARE_FORM_BEFORE = re.compile(r"(?:\b(?:[Mm]et|[Dd]oor|[Vv]ia|[Aa]an|[Nn]amens|[Tt]ussen)[ \t]+"
                              r"(?:(?:de|het)[ \t]+)?|"
                              r"\b(?:heeft|hebben|had|is|was|wordt|werd|zal|gaat|wil|kan)[ \t]+(?:(?:de|het)[ \t]+)?)$")
# "de tekorten bij GRJR": an acronym after "bij" is where something happens, a body ("bij de BelBuurtbus" is not)
AT_BEFORE = re.compile(r"\b[Bb]ij[ \t]+(?:(?:de|het)[ \t]+)?$")
# "over de toekomst van de SWD.", "stuurt de BSB aan", "analyse van BMC in ...": an acronym after an article or "van" and a
# word that carries the clause on (not a noun it modifies: "het IVP thema")
ARTICLE_BEFORE = re.compile(r"\b(?:[Dd]e|[Hh]et|van)[ \t]+$")
CLAUSE_GOES_ON = re.compile(r"[ \t]*[.,;:)]|[ \t]+(?:aan|als|in|op|met|voor|en|of|is|heeft|was|had|wordt|werd|zal|kan|"
                            r"moet|gaat|zijn|hebben|biedt|voert|levert|ontvangt|ontving|krijgt|kreeg)\b")
# the subject of a relative clause: "de monitor die XYZ elk jaar maakt", "de zorg die ABC biedt"
RELATIVE_BEFORE = re.compile(r"\b(?:dat|die)[ \t]+$")
RELATIVE_GOES_ON = re.compile(r"(?:[ \t]+[a-z][a-zà-ÿ]+){1,6}[ \t]*(?:[.,;:]|[ \t]+in[ \t]+opdracht|$)")
BARE_FORM_AFTER = re.compile(r"[ \t]*\(|,[ \t]+(?:de|het|een)[ \t]")
# An item of a list is an actor where the item beside it is one: "de politie, X en de brandweer", "UWV en X";
# beside festivals or budget terms it is one of those.
LISTED_AFTER = re.compile(r"(?:[ \t]*,|[ \t]+(?:en/of|en|of))[ \t]+(?:(?:de|het)[ \t]+)?([\w\-&]+)")
LISTED_BEFORE = re.compile(r"([\w\-&]+)(?:[ \t]*,|[ \t]+(?:en/of|en|of))[ \t]+(?:(?:de|het)[ \t]+)?$")
GENERIC_ACTORS = frozenset((
    "politie", "brandweer", "ambulancezorg", "gemeente", "gemeenten", "provincie", "rijk", "huisarts", "huisartsen",
    "school", "scholen", "corporatie", "corporaties", "woningcorporatie", "woningcorporaties", "zorgaanbieder",
    "zorgaanbieders", "aanbieders", "zorgverzekeraar", "zorgverzekeraars", "verzekeraars", "instellingen",
    "ziekenhuis", "ziekenhuizen", "werkgevers", "ondernemers", "bibliotheek", "welzijnsorganisaties", "partners",
    "organisaties", "justitie", "reclassering", "jeugdbescherming", "verloskundigen", "kinderopvang",
    "sportverenigingen", "verenigingen", "vrijwilligersorganisaties", "ketenpartners", "netwerkpartners"))


def _listed_with_an_actor(text: str, s: int, e: int) -> bool:
    for m in (LISTED_BEFORE.search(text, max(0, s - 40), s), LISTED_AFTER.match(text, e)):
        if m and (m.group(1).lower() in GENERIC_ACTORS or ref.fold(m.group(1)) in _national_anchors()[1]
                  or m.group(1) in HEAD_LAST):  # ("X Welzijn en/of ABC": beside a body by its head word)
            return True
    return False
BARE_FORM_VERB = re.compile(r"[ \t]+(?:is|heeft|hebben|voert|biedt|organiseert|ondersteunt|speelt|werkt|levert|"
                            r"verzorgt|begeleidt|helpt|zorgt|draagt|neemt|maakt|start|startte|gaat|zet|wil|kan|"
                            r"ontvangt|ontving|krijgt|kreeg|stelt|geeft)\b(?![ \t]+er\b)")
# Whose programme, board, staff or premises: "het meerjarenprogramma van de X", "de directie van X".
OWNER_BEFORE = re.compile(r"(?:programma|plan|beleid|bestuur|directeur|directie|medewerkers?|begroting|jaarverslag|"
                          r"jaarrekening|visie|aanbod|leden|rapport|advies|locatie|vestiging)[ \t]+van[ \t]+"
                          r"(?:(?:de|het)[ \t]+)?$")
# An organisation's premises named after it: "de X-locatie", "het X-gebouw".
PREMISES_AFTER = re.compile(r"-(?:locatie|vestiging|gebouw|terrein|campus|kantoor|pand)s?\b")
PREPOSITION_BEFORE = re.compile(r"\b(?:van|bij|in|op|voor|uit|over|naar|tot|om|onder|binnen)[ \t]+"
                                r"(?:(?:de|het)[ \t]+)?$", re.IGNORECASE)


SPELLED_PLAN = re.compile(r"[ \t]*\(([^()\n]{3,80})\)")
# Named in brackets after a plural of bodies: "onze uitvoeringsorganisaties (X en Y)", "de partners (X, Y)"
CLASS_BRACKET_BEFORE = re.compile(r"(?:organisaties|partners|instellingen|aanbieders|uitvoerders|verbanden)[ \t]*\("
                                  r"(?:[^()\n]{0,60}?(?:,|[ \t]en|[ \t]of)[ \t]+)?$", re.IGNORECASE)


def _f_bare_form(ctx: OrgContext, c: Cand) -> bool:
    """"de CPI-prijsindex", "het gebruik van de MolenHopper": a word shaped like a name, with no part an actor plays."""
    if " " in c.name or not (ACRONYM.match(c.name) or FORM_INNER.match(c.name) or FORM_INNER_DIGIT.match(c.name)):
        return False
    text = ctx.text
    spelled = SPELLED_PLAN.match(text, c.end)
    if spelled and any(PLAN_WORD.match(w) for w in spelled.group(1).split()):
        return True  # "RAP (Regionaal Actieprogramma Wonen)": the acronym of a programme
    before = max(0, c.start - 30)
    if BARE_FORM_BEFORE.search(text, before, c.start) or BARE_FORM_AFTER.match(text, c.end) \
            or (ACRONYM.match(c.name) and AT_BEFORE.search(text, before, c.start)) \
            or (ACRONYM.match(c.name) and ARTICLE_BEFORE.search(text, before, c.start) and CLAUSE_GOES_ON.match(text, c.end)) \
            or OWNER_BEFORE.search(text, before, c.start) or PREMISES_AFTER.match(text, c.end) \
            or _listed_with_an_actor(text, c.start, c.end) or CLASS_BRACKET_BEFORE.search(text, max(0, c.start - 90), c.start) \
            or (ACRONYM.match(c.name) and RELATIVE_BEFORE.search(text, before, c.start)
                and RELATIVE_GOES_ON.match(text, c.end)):
        return False
    return not (BARE_FORM_VERB.match(text, c.end) and not PREPOSITION_BEFORE.search(text, before, c.start))


ORG_FILTERS = {s.name: s for s in (
    Step("empty", "filter", "drops a name that folds to nothing, a span cut inside a number and one with an unopened "
         "bracket", _f_empty),
    Step("excluded", "filter", "drops the reporting and other municipalities, laws and people (a name after "
         "initials: S. Visser)", _f_excluded),
    Step("place", "filter", "drops neighbourhood and place names", _f_place),
    Step("non_org_word", "filter", "drops words and acronyms of laws, sectors, units and instruments, and a name opened "
         "or closed by an office's title (Directeur Publieke Gezondheid, X Portefeuillehouder)", _f_non_org_word),
    Step("capitals_line", "filter", "drops words of a heading in capitals", _f_capitals_line),
    Step("unit_before", "filter", "drops names after afdeling/team/loket/programma/... or a document's kind "
         "(Subsidieregeling X, Beleidsplan X)", _f_unit_before),
    Step("initiative_word", "filter", "drops names already taken as initiatives", _f_initiative_word),
    Step("municipality_name", "filter", "drops a one-word municipality name and a municipality's inhabitants",
         _f_municipality_name),
    Step("place_phrase", "filter", "drops a preposition and a place that open a sentence (In Kwadendamme)",
         _f_place_phrase),
    Step("place_adjective", "filter", "drops a place's adjective before a common noun (de Noord-Limburgse gemeenten)",
         _f_place_adjective),
    Step("municipality_group", "filter", "drops one word for a group of municipalities (Parkstadgemeenten)",
         _f_municipality_group),
    Step("plan_or_footnote", "filter", "drops a plan or consultation written with inner capitals "
         "(CollegeWerkProgramma) and a place with a footnote number (Eemnes1)", _f_plan_or_footnote),
    Step("interface_word", "filter", "drops a web page's controls printed with the text (PDF Opties) and a meeting's "
         "attendance (Pers2)", _f_interface_word),
    Step("postcode", "filter", "drops the letters of a postcode and the place after them (7901 BP Hoogeveen)",
         _f_postcode),
    Step("executive", "filter", "drops the municipality's own executive (Samenstelling College van B&W)",
         _f_executive),
    Step("team", "filter", "drops a team (Sociaal Team, Gebiedsteam X) without a legal form", _f_team),
    Step("desk", "filter", "drops a desk (Jongerenloket, Wmo-loket) without a legal form", _f_desk),
    Step("sector_words", "filter", "drops a name of policy-field words alone (Werk en Inkomen) and a council committee "
         "named by them (Commissie Welzijn), and a public service by its generic name (Brandweer)", _f_sector_words),
    Step("plan_word", "filter", "drops a name headed by a plan, agreement or programme word (Uitvoeringsagenda X, "
         "X Regiodeal)", _f_plan_word),
    Step("description", "filter", "drops a phrase of three or more lower-case words other than particles",
         _f_description),
    Step("bare_form", "filter", "drops a bare acronym or inner-capitals word found by its shape alone where no "
         "preposition, list, verb or apposition makes it an actor (de CPI-index)", _f_bare_form),
)}


# --- candidate steps --------------------------------------------------------------------------------------

def _c_national(ctx: OrgContext):
    text = ctx.text
    nat_pat, nat = _national()
    nat_first, nat_keys = _national_anchors()
    nat_iter = find_all(nat_pat, text, nat_first, fold_case=False, whole=True) if nat_first else nat_pat.finditer(text)
    for m in nat_iter:
        surface = " ".join(m.group(0).split())  # (a name a line break cuts is looked up with single spaces)
        o = nat[surface]
        s, e, name = m.start(), m.end(), o.name
        drop = None
        if o.name == "Rijk":
            if surface == "rijk" and not re.search(r"(?i)\b(?:het|door|van|bij)\s+$", text[max(0, s - 8):s]):
                drop = "rijk_adjective"  # "een rijk aanbod" ("de rijksoverheid" is the body in any case)
            elif re.match(r"\s+van\s+[A-Z]", text[e:e + 8]):
                drop = "region"  # "Rijk van Nijmegen" is a region
        lowered = surface != o.name and surface not in o.aliases
        if (o.name == "Provincie" or lowered) and _sentence_initial(text, s) \
                and not re.match(r"(?:Stichting|Vereniging)[ \t]", surface):
            drop = drop or "sentence_initial"  # (not after its legal form: "Stichting leergeld" as a list writes it)
        if REGISTRATION_NUMBER_AFTER.match(text, e):
            drop = drop or "registration_number"  # "Stichting X (KvK 41234567)": a body's number in a register
        if not surface.isupper() and text[e:e + 2] in ("'s", "’s"):
            drop = drop or "plural"  # "Veiligheidsregio's": the kind of body, not one
        if len(surface) == 2 and surface.isupper() and not LOWER_LETTER.search(
                text, text.rfind("\n", 0, s) + 1, (text.find("\n", e) + 1 or len(text) + 1) - 1):
            drop = drop or "caps_heading"  # "WAT GAAN WE DOEN OM ...": a two-letter word of a line in capitals
        at_place = place_after(text, e) if drop is None and not o.extend and o.name not in ("Rijk", "Provincie") \
            else None
        if at_place:
            e = at_place  # "Humanitas Bergen op Zoom", "VluchtelingenWerk Noord Nederland": the local branch
            name = text[s:e]
        amp = AMP_AFTER.match(text, e) if drop is None and not at_place else None
        digit_led = DIGIT_LED_AFTER.match(text, e) if drop is None and amp is None else None
        if digit_led:
            e = digit_led.end()  # "Regionaal Werkbedrijf 04Werkt": a word led by digits is a name, never a plain word
            name = text[s:e]
        elif amp and ref.fold(amp.group(0).split()[-1]) not in nat_keys:
            e = amp.end()  # "ABC & de Y" is one name
            name = text[s:e]
        elif (drop is None and not o.extend and not at_place and o.name not in ("Rijk", "Provincie")
              and (w := WORD_AFTER.match(text, e)) and "-" not in w.group(1) and w.group(1) not in ref.first_names()
              and (ext := _acronym_extension(text, e))):
            e = ext  # "Buurtzorg Jong", "UWV Werkbedrijf": a national name and one more capitalised word is one name
            name = text[s:e]
        elif (drop is None and not o.extend and not at_place and o.name not in ("Rijk", "Provincie")
              and not o.name.isupper() and (w := WORD_THEN.match(text, e)) and w.group(1) not in NON_ORG_WORDS
              and w.group(1).lower() not in STOP_WORDS and (pa := place_after(text, w.end()))):
            e = pa  # "Humanitas Thuisadministratie Hardenberg": a national name, what the branch does, and its place
            name = text[s:e]
        elif o.extend and drop is None and not at_place:
            # (a region of two names, the last after "en": "MEE Drenthe Noord en Westerkwartier", "MEE Oost, Noord en Zuid")
            # (the word after "en" read whole: "X en Meerwaarde Y" is no "X en Mee")
            ext = re.match(r"(?:[ \t]+(?:regio[ \t]+)?(?:\d{1,3})?[A-Z][\w\-]*(?:(?:,[ \t]+[A-Z][a-z][\w\-]*)?"
                           r"[ \t]+en[ \t]+[A-Z][a-z][\w\-]*(?![\w\-])(?![ \t]*[A-Z])|"
                           r"(?:[ \t]+(?:(?:voor|van)[ \t]+)?[A-Z][\w\-]*){0,2}"
                           r"(?:[ \t]+en[ \t]+[A-Z][a-z][\w\-]*(?![\w\-])(?![ \t]*[A-Z]))?))", text[e:e + 60])
            if ext and any(ref.fold(w) in nat_keys for w in ext.group(0).split()):
                ext = None  # "GGD en Menzis" are two organisations
            if ext and (not _sentence_initial(text, s) or AGENCY_AFTER.match(text, e + ext.end())
                        or LINE_END_AFTER.match(text, e + ext.end())
                        or (o.extend == "required" and re.match(r"[ \t]*[.,;]", text[e + ext.end():e + ext.end() + 3]))):
                # (at a sentence's start only where a verb follows, "MEE X levert ...", or the name fills its line, a
                # list's item "1. MEE X, Y en Z"; a sector word that needs its
                # name also where the name ends a clause: "... belegd bij de organisatie\nWerkbedrijf X. In 2023")
                e += ext.end()
                name = text[s:e].replace(",", "")  # (one body with or without the comma in its region's names)
            elif o.extend == "required":
                drop = "sector_word"  # the sector word alone (also where the name after it was not taken)
            elif ext and o.name == "Provincie":
                e += ext.end()
                name = text[s:e]
        c = _cand(name, s, e, 0.95, o.kind, dropped_by=drop)
        if surface != o.name and surface.lower() != o.name.lower():
            c.aliases.append(surface)
        yield c


LINE_END_AFTER = re.compile(r"[ \t]*(?:\n|\Z)")
_WORD = re.compile(r"\w+")
LOWER_LETTER = re.compile(r"[a-zà-ÿ]")
# A number in a register after the register's name ("KvK 41234567", "KvK-nummer: 41234567"): no part in the work.
REGISTRATION_NUMBER_AFTER = re.compile(r"[ \t]*-?(?:nummer|nr\.?)?[ \t]*:?[ \t]*\d{8}\b")
DIGIT_LED_AFTER = re.compile(r"[ \t]+\d{1,3}[A-Z][a-z][\w\-]*")


def _c_regional(ctx: OrgContext):
    """Names of regional public bodies from the country-wide registers (loaders/data/regional_organisations.csv)."""
    text = ctx.text
    by_key, first = ref.regional_index()
    for s, e, o in capitalised_phrases(text, first, by_key, ref.fold):
        surface = text[s:e]
        if " " not in surface.strip() and _in_capitalised_run(text, s, e):
            continue  # one word of a longer capitalised name is not the body of that name
        if any(a.isupper() and a.lower() == surface.lower() and a != surface for a in o.aliases):
            continue  # the acronym SON is no "Son" (of Son en Breugel)
        if all(COMPASS.fullmatch(w) or w in PROVINCE_NAMES or w == "Nederland" for w in surface.split()):
            continue  # "Noord Nederland", "Oost-Brabant": a region, whatever body takes its name as short form
        if len(surface) <= 4 and _SIGN_IN_NAME.search(o.name) and o.name not in text[max(0, s - 3):e + 3]:
            continue  # a short name with a sign in it is written with it: "!XY" is not the "XY!" of another
        drop = "region_word" if _after_regio(text, s) else None  # "gemeenten regio X": the region, not a body
        yield _cand(text[s:e], s, e, 0.9, o.kind, filters=("excluded",), dropped_by=drop)


_SIGN_IN_NAME = re.compile(r"[^\w\s\-'’.&()/,]")


def _after_regio(text: str, s: int) -> bool:
    return bool(REGIO_BEFORE.search(text, max(0, s - 30), s))


# "regio X", "de zorgregio X", "alle gemeenten in X", "samenwerkingspartners in X": the region, whose name a body may
# take as its short form
REGIO_BEFORE = re.compile(r"(?:\b|[a-z])regio[ \t]+$|(?:\b|[a-z])(?:gemeenten|partners|partijen|organisaties|instellingen)"
                          r"[ \t]+in[ \t]+(?:de[ \t]+|het[ \t]+)?$")
_CAP_BEFORE = re.compile(r"(?<![.!?:\n]\s)(?<![.!?:\n])\b[A-Z][\w\-]*[ \t]+$")
_CAP_AFTER = re.compile(r"[ \t]+[A-Z]")


def _in_capitalised_run(text: str, s: int, e: int) -> bool:
    """Is text[s:e] preceded or followed (on its line) by another capitalised word?"""
    return bool(_CAP_BEFORE.search(text, max(0, s - 40), s) or _CAP_AFTER.match(text, e))


# Head words that make a capitalised name an organisation wherever it stands: "Welzijn Oost", "X Welzijn",
# "Bibliotheek X", "Sportbedrijf X", "Moskee X", "X Zorgwonen". Country-wide Dutch vocabulary, no names.
# (A role word that only says what the name is, "Woningcorporatie X", leaves the name alone: single_role.)
HEAD_FIRST = ("Welzijn", "Bibliotheek", "Sportbedrijf", "Moskee", "Zorggroep", "Woonstichting", "Woningstichting",
              "Thuiszorg", "Werkplein", "Gebiedsteam", "Jeugdbescherming", "Vluchtelingenwerk", "Voedselbank", "Kerk",
              "Samenwerkingsverband", "Veiligheidsregio", "Werkgeversservicepunt", "Basisschool", "Kindcentrum",
              "Peuterspeelzaal", "Kinderdagverblijf", "Zorgboerderij", "GGZ", "Steunpunt", "Mantelzorgcentrum",
              "Veiligheidshuis", "Rekenkamer", "Zorgcentrum", "Woonzorgcentrum", "Verpleeghuis", "Taalhuis", "Dorpshuis",
              "Vrijwilligerscentrale", "Voedselhulp", "Cultuurcentrum", "Gezondheidscentrum", "Jongerencentrum",
              "Kenniscentrum", "Expertisecentrum", "Jongerenwerk", "Buurtwerk", "Apotheek",
              "Kringloopwinkel", "Kringloop", "Fysiotherapie", "Huisartsenpost", "Dierenasiel", "Dierenambulance", "Bureau",
              # a village's or a district's council of residents, by its place ("Dorpsraad X"; the municipality's own
              # advisory councils are its bodies)
              "Dorpsraad", "Wijkraad",
              # a welfare organisation by the sector's name ("Sociaal Werk X", as welfare foundations call themselves)
              "Sociaal Werk",
              # joint bodies of municipalities, never one's own department (the Wgr's forms of a joint body too)
              "Intergemeentelijke Sociale Dienst", "Regionale Sociale Dienst", "Regionaal Bureau Leerplicht",
              "Werkvoorzieningschap", "Metropoolregio", "Gemeenschappelijk Orgaan", "Openbaar Lichaam",
              # water boards
              "Hoogheemraadschap", "Waterschap", "Ziekenhuis",
              # a service by its name, a joint body's or the state's ("Dienst X"; a municipality's own services are
              # "afdeling" or "team" by name)
              "Dienst")
HEAD_LAST = ("Welzijn", "Zorgwonen", "Thuiszorg", "Woondiensten", "Zorggroep", "Sportbedrijf", "Bibliotheek",
             "Moskee", "Kinderopvang", "Woonzorg", "Kerk", "College", "Hogeschool", "Lyceum", "Stichting", "Groep",
             "United", "Scholengroep", "Onderwijsgroep", "Welzijnsgroep", "Zorgverzekeraar", "Zorgverzekeringen",
             "Ziekenhuis", "Rekenkamer", "Courant", "Krant", "Dagblad")
# a compound whose last part is a kind of practice, association, club, cooperative, bank (of food, clothes) or
# combination of providers, a union ("Ouderenbond X"), an organisation or a campus heads the name after it
# ("Kinderpraktijk De X", "Scholengemeenschap De Y", "Serviceorganisatie Jeugd", "Kindercampus Noorderlicht",
# "Handbalvereniging Z", "Zwemclub De Y", "Zorgcoöperatie X", "Kledingbank De Z", "Zorgcombinatie X",
# "Sportstichting X"; named groups and circles only: "Welzijnsgroep X", "Zorgkring Y", not a "Stuurgroep Jeugd")
HEAD_FIRST_COMPOUND = r"[A-Z][a-z]{2,}(?:praktijk|vereniging|bond|gemeenschap|club|coöperatie|cooperatie|bank|combinatie|organisatie|campus|service|buro|bureau|stichting)|(?:Taal|Muziek|Dans|Zwem)school|(?:Welzijns|Woon|Thuiszorg|Jeugdzorg|Scholen|Onderwijs)groep|(?:Zorg|Welzijns|Huisartsen)kring"
# The name after a head word may hold an acronym in brackets and "en de" ("X Onderwijs (VO) Y en de Z"), but not
# "en de" before a second body: an acronym or a head word ("Welzijn X en de GGD Y" are two).
_NOT_A_SECOND_BODY = rf"[ \t]+(?![A-Z]{{2,}}\b|(?:{'|'.join(HEAD_FIRST)})\b)"
_HEAD_AFTER = re.compile(rf"(?:{'|'.join(HEAD_FIRST)}|{HEAD_FIRST_COMPOUND})"
                         rf"(?:[ \t]+(?:[A-Z][\w\-]*|\([A-Z]{{2,6}}\)|de|van|het|voor|en[ \t]+de(?={_NOT_A_SECOND_BODY})|&)){{0,5}}"
                         rf"[ \t]+[A-Z][\w\-]*")
_SHORT_YEAR = r"['’]\d\d(?![\w’'])"  # a year written with two digits: ’58
CLUB_YEAR = re.compile(r"[ \t]+" + _SHORT_YEAR)
GLUED_CLUB_YEAR = re.compile(_SHORT_YEAR)
# a capitalised article after an opening quote: part of the quoted name that follows it
QUOTED_ARTICLE_BEFORE = re.compile(r"[\"'‘“](De |Het )\Z")
# the first half of a compound written with a hyphen before a head word: "Zorg- en Veiligheidshuis"
HYPHEN_EN_BEFORE = re.compile(r"(?<![\w\-])[A-Z][a-z]+-[ \t]+en[ \t]+\Z")
# "en" and one capitalised word that ends the phrase: "Zorggroep Maas en Roer", not "Welzijn X en Sportservice X"
# ("Zorggroep Maas en Roer en Huishoudhulp X": before a further "en" the first one is inside the name)
EN_ONE_WORD = re.compile(r"[ \t]+en[ \t]+([A-Z][\w\-]*)(?![\w\-]|[ \t]+[A-Z]|[ \t]+(?:van|de|der|het)[ \t])")
# a provider's sector before a name written with its article: "Jeugdhulp Het X", "Jeugdzorg De Y"
SECTOR_ARTICLE_WORDS = ("Jeugdhulp", "Jeugdzorg", "Dagbesteding", "Thuisbegeleiding", "Thuiszorg", "Kinderopvang")
SECTOR_ARTICLE_NAME = re.compile(rf"(?<![\w\-])(?:{'|'.join(SECTOR_ARTICLE_WORDS)})[ \t]+"
                                 r"(?:De|Het|'t|’t)[ \t]+[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?")
_HEAD_OPENS = re.compile(rf"(?:{'|'.join(HEAD_FIRST)}|{HEAD_FIRST_COMPOUND})(?![\w\-])")
# "X Welzijn is in juli gestart": at a sentence start the name needs a verb of its own.
AGENCY_AFTER = re.compile(r"[ \t]+(?:is|heeft|hebben|voert|biedt|organiseert|ondersteunt|speelt|werkt|levert|"
                          r"start|startte|begon|gaat|zet)\b")
_NAME_BEFORE_HEAD = re.compile(rf"(?<![\w#\-])([A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){{0,2}})[ \t]+(?:{'|'.join(HEAD_LAST)})(?![\w\-])")
COMPASS = re.compile(r"(?:Noord|Zuid|Oost|West|Midden)(?:oost|west|-[A-Z][a-z]+)?")
_NAME_PROVINCE = re.compile(rf"(?<![\w#\-])([A-Z][a-z][\w\-]+)((?:[ \t]+[A-Z][a-z][\w\-]+){{0,2}})[ \t]+"
                            rf"(?:{'|'.join(PROVINCE_NAMES)})(?![\w\-])")


COMPASS_TAIL = re.compile(r"[ \t]+(?:Noord|Zuid|Oost|West|Midden|Centraal|Noordoost|Noordwest|Zuidoost|Zuidwest)(?![\w\-])")
# Words that, before other capitalised words and a province, make a title or a region, no body's name:
# "Nationaal Programma X", "Samenwerkingsovereenkomst Arbeidsmarktregio X", "Kansen Campus X".
NOT_IN_BODY_NAME = re.compile(r"(?i)(?:programma|overeenkomst|regio|akkoord|plan|agenda|aanpak|fonds|en)$|^(?:regio|"
                              r"provincie|fonds|programma)$")


# the abbreviated kind of a sports club before its name: voetbal-, sport-, hockey-, korfbal-, atletiek-, zwem-, tennisvereniging
CLUB_PREFIXES = ("vv", "sv", "rkvv", "hc", "mhc", "kv", "ckv", "av", "zv", "tc", "ltc", "VV", "SV", "RKVV", "HC", "MHC", "KV",
                 "CKV", "AV", "ZV", "TC", "LTC")
CLUB = re.compile(r"(?:(?:rk)?vv|sv|m?hc|c?kv|av|zv|l?tc|(?:RK)?VV|SV|M?HC|C?KV|AV|ZV|L?TC)[ \t]+[A-Z][\w'’\-]+"
                  r"(?:[ \t]+[A-Z0-9][\w'’\-]+)?")
LOWER_ASSOCIATION = re.compile(r"[a-z]{3,}vereniging[ \t]+((?:De|Het)[ \t]+)?[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){0,2}")


ADJECTIVE_OPENS = re.compile(r"\b(?:Regionale|Regionaal|Gemeentelijke?|Intergemeentelijke?|Centrale|Landelijke?|Stedelijke?"
                             r"|Provinciale)[ \t]+$")
_ACRONYM_AFTER = re.compile(r"[ \t]*\(([A-Z]{2,6})\)")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w\-])[A-Z][\w\-]*[ \t]+\Z")


def _c_head_word(ctx: OrgContext):
    """A capitalised name with an organisational head word before or after it; "X Head Y" is one name."""
    text = ctx.text
    after: dict[int, Cand] = {}
    for m in anchored_finditer(_HEAD_AFTER, text, cap_starts(text)):
        name = _trim(m.group(0))
        if name.split()[1:2] == ["en"]:
            continue  # "GGZ en de Verslavingszorg": the head word is a sector coordinated with another
        left, sep, right = name.partition(" en de ")
        if sep and (right.split()[-1] in HEAD_LAST or _HEAD_OPENS.match(right) or ORG_HEAD.search(right.split()[0])):
            # (or a body's head opens the second: "Woonvereniging X en de Dienst Y")
            name = left  # "Jeugdbescherming X en de Y Stichting", "Kledingbank X en de Voedselbank Y": two names
            if _HEAD_OPENS.match(right) and len(right.split()) >= 2:
                r0 = m.start() + len(left) + len(sep)
                after[r0] = _cand(right, r0, r0 + len(right), 0.7, filters=BLOCKED)
        if len(name.split()) == 2:
            tail = EN_ONE_WORD.match(text, m.start() + len(name))
            if tail and text[max(0, m.start() - 2):m.start()].startswith(",") \
                    and not re.match(r"[ \t]+en[ \t]", text[tail.end():tail.end() + 5]):
                tail = None  # an item of a comma list ends the list with its "en": "A, B, Sportbedrijf X en Y" are four
            if tail and not _HEAD_OPENS.match(tail.group(1)) and tail.group(1) not in NON_ORG_WORDS \
                    and ref.fold(tail.group(1)) not in _national_anchors()[1] \
                    and (_place_words(tail.group(1)) or not _region_word(name.split()[1])):
                # (a head and its region are a whole name: "Thuiszorg Zuiderdal en Zorgkring" are two)
                name = text[m.start():tail.end()]  # "Zorggroep Maas en Roer": a head and a pair of names is one name
        start = m.start()
        if name.startswith("Dienst ") and (_CAPITALISED_BEFORE.search(text, max(0, start - 40), start) or all(
                w.lower() in DOMAIN_WORDS or w.lower() in BUDGET_FIELDS or w in ("en", "&", "van", "de")
                for w in name.split()[1:])):
            # "Gezamenlijke Dienst X": a capitalised word before the head word makes a longer kind; "Dienst Wonen en
            # Zorg": policy fields name a municipality's own department (a joint body by its fields has a board that
            # other steps read)
            continue
        pre = HYPHEN_EN_BEFORE.search(text, max(0, start - 30), start) or ADJECTIVE_OPENS.search(
            text, max(0, start - 25), start)
        if pre:  # "Zorg- en Veiligheidshuis X", "Regionale Inkooporganisatie X": the words before belong to the name
            start = pre.start()
            name = text[start:m.start()] + name
        ym = CLUB_YEAR.match(text, start + len(name))
        if ym:  # "Korfbalvereniging Telgt ’58": a club's founding year closes its name
            name += ym.group(0)
        bm = _ACRONYM_AFTER.match(text, start + len(name))
        words = name.split()
        if bm and 2 <= len(bm.group(1)) < len(words) - 1 and "".join(
                w[0] for w in words[-len(bm.group(1)):]).upper() == bm.group(1):
            # "Bibliotheek X Informatiepunten Digitale Overheid (IDO)": the bracket spells the last words, a name
            # of its own; the body's name ends before them
            name = name[:name.rindex(words[-len(bm.group(1))])].rstrip()
        if len(name.split()) >= 2 and not _sentence_initial_generic(text, m.start()):
            after[m.start()] = _cand(name, start, start + len(name), 0.7, filters=BLOCKED)
    for m in anchored_finditer(_NAME_BEFORE_HEAD, text, cap_starts(text)):
        words = m.group(1).split()
        s0 = m.start()
        if len(words) >= 2 and words[0] in ("De", "Het") and words[1].lower() not in STOP_WORDS:
            s0 = text.index(words[1], s0 + len(words[0]))  # "Het Esdoorn College heeft": the article is no part
            words = words[1:]
        first = words[0]
        if first.lower() in STOP_WORDS or first in NON_ORG_WORDS \
                or (_sentence_initial(text, s0) and not AGENCY_AFTER.match(text, m.end())):
            continue  # (after an article the name is no sentence's first word: "De Noorderlandse Rekenkamer telt drie leden")
        head_at = m.end() - len(m.group(0).split()[-1])
        a = after.pop(head_at, None)  # "Turkse Moskee" + "Moskee Fatih"
        end = a.end if a is not None else m.end()
        yield _cand(text[s0:end], s0, end, 0.7 if a else 0.65, filters=BLOCKED)
    yield from after.values()
    for q in (q for w in SECTOR_ARTICLE_WORDS for q in occurrences(text, w + " ")):
        m = SECTOR_ARTICLE_NAME.match(text, q)
        if m:
            yield _cand(_trim(m.group(0)), q, q + len(_trim(m.group(0))), 0.7, filters=BLOCKED)
    for q in word_starts(text, CLUB_PREFIXES, whole=True):  # "vv Zuidbroek", "AV Spaarnestad": a sports club
        m = CLUB.match(text, q)
        if m:
            yield _cand(m.group(0), q, m.end(), 0.7, "other", filters=BLOCKED)
    for q in occurrences(text, "vereniging "):  # "handbalvereniging X": the kind in lower case, part of the name
        r = back_over(text, q, word=True)
        m = LOWER_ASSOCIATION.match(text, r) if r < q else None
        if m and (r == 0 or not text[r - 1].isalpha()):
            name = _trim(m.group(0))
            yield _cand(name[:1].upper() + name[1:], r, r + len(name), 0.65, filters=BLOCKED)
    for m in anchored_finditer(_NAME_PROVINCE, text, cap_starts(text)):
        s = m.start()  # "Vitaal Thuis Utrecht" whole; a word that names no body is left off the front
        while s < m.start(2) + len(m.group(2)):
            w = text[s:].split(None, 1)[0]
            inner = text[s:m.start(2) + len(m.group(2))].split()[1:]
            if not (w.lower() in STOP_WORDS or w in NON_ORG_WORDS or _sentence_initial(text, s)
                    or ref.fold(w) in ref.gemeenten_by_name() or w in PROVINCE_NAMES
                    or w in {"Regio", "Provincie", "Fonds", "Programma"} or COMPASS.fullmatch(w)
                    or (inner and any(NOT_IN_BODY_NAME.search(x) for x in [w, *inner]))):
                end = m.end()
                tail = COMPASS_TAIL.match(text, end)
                if tail and " ".join(re.findall(r"\w+", ref.fold(text[m.end() - len(m.group(0).split()[-1]):tail.end()]))) \
                        in _region_keys():
                    end = tail.end()  # "X Noord-Holland Noord": the region's name, not the province's
                yield _cand(text[s:end], s, end, 0.65, filters=BLOCKED)
                break
            s = text.find(" ", s) + 1
            while text[s] in " \t":
                s += 1


def _sentence_initial_generic(text: str, pos: int) -> bool:
    """"Welzijn en zorg ..." at a sentence start is a topic; with a name after it, it is still a name."""
    return False


# "de gemeenschappelijke meldkamer Noord Nederland", "de omgevingsdienst Regio X": a body's kind in lower case
# and its name.
LOWER_BODY = re.compile(r"\b(?:(?:gemeenschappelijke|regionale|gezamenlijke)[ \t]+)?(?:meldkamer|omgevingsdienst|"
                        r"uitvoeringsdienst|gezondheidsdienst|veiligheidsregio|samenwerkingsverband|werkbedrijf)"
                        r"[ \t]+(?:regio[ \t]+)?[A-Z][\w\-]*(?:[ \t]+(?:van[ \t]+|de[ \t]+)?[A-Z][\w\-]*){0,2}")
LOWER_BODY_ANCHORS = ("gemeenschappelijke", "regionale", "gezamenlijke", "meldkamer", "omgevingsdienst",
                      "uitvoeringsdienst", "gezondheidsdienst", "veiligheidsregio", "samenwerkingsverband",
                      "werkbedrijf")


# (the kinds, each a whole word; "Corporatie" also opening a sentence)
KIND_THEN_NAME_ANCHORS = ("welzijnsorganisatie", "welzijnsstichting", "welzijnsinstelling", "woningcorporatie",
                          "woningcorporaties", "corporatie", "Corporatie", "zorgorganisatie", "zorgaanbieder", "zorggroep",
                          "zorginstelling", "zorgverzekeraar", "onderzoeksbureau", "adviesbureau", "huurdersvereniging",
                          "werkvoorziening", "basisschool")
KIND_THEN_NAME = re.compile(r"\b(?:" + "|".join(sorted(KIND_THEN_NAME_ANCHORS, key=len, reverse=True)) + r")[ \t]+"
                            r"(?P<name>(?:De[ \t]+|Het[ \t]+)?[A-Z][\w'’&\-]*(?:[ \t]+[A-Z][\w'’&\-]*){0,2})")
# A committee named after its chair ("de commissie Van Dalen", "deskundigencommissie De Vries", "de commissie-Brinkhorst"):
# a surname with its particle, or joined by a hyphen (a council's "commissie Samenleving" is none: no surname).
NAMED_COMMITTEE = re.compile(r"\b(?:[a-z]*commissie|Commissie)(?:[ \t]+(?:Van(?:[ \t]+(?:de[nr]?|der))?|De|Ter|Ten|Den)[ \t]+|"
                             # (joined by a hyphen, the surname's particle too: "de commissie-Van Dalen")
                             r"-(?:(?:Van(?:[ \t]+(?:de[nr]?|der))?|De|Ter|Ten|Den)[ \t]+)?)[A-Z][a-zà-ÿ]+(?![\w\-])")


def _committee_starts(text: str) -> list[int]:
    """Where NAMED_COMMITTEE can match: at a word holding "commissie" (the pattern opens at a word's start)."""
    return words_where(text, lambda w: "commissie" in w or w == "Commissie") if "ommissie" in text else []


def _c_named_committee(ctx: OrgContext):
    for m in anchored_finditer(NAMED_COMMITTEE, ctx.text, _committee_starts(ctx.text)):
        yield _cand(m.group(0), m.start(), m.end(), 0.75, "government", filters=BLOCKED)


def _c_lower_body(ctx: OrgContext):
    for m in find_all(LOWER_BODY, ctx.text, LOWER_BODY_ANCHORS, fold_case=False, whole=True):
        yield _cand(m.group(0), m.start(), m.end(), 0.75, _kind_for(m.group(0), "", "government"), filters=BLOCKED)
    # "welzijnsorganisatie De Bedde", "woningcorporatie Woonkracht Oost", "sociale werkvoorziening Afdal": a kind of
    # organisation in lower case and the name after it; the kind word is no part of the name
    for m in find_all(KIND_THEN_NAME, ctx.text, KIND_THEN_NAME_ANCHORS, fold_case=False, whole=True):
        name = _trim(m.group("name"))
        kind = ctx.text[m.start():m.start("name")].strip()
        whole = f"{kind[:1].upper()}{kind[1:]} {name}"
        if name and kind.islower() and whole in ctx.text:
            # "zorggroep X" where the text also writes "Zorggroep X": the kind is the name's own first word
            yield _cand(whole, m.start(), m.start("name") + len(name), 0.7, _kind_for(m.group(0), "", "other"),
                        filters=KIND_NAMED_BLOCKED)
            continue
        if name and _slot_name_ok(ctx, name, m.start("name"), kind_named=True):
            # (the kind says what the name is: a neighbourhood's name, here or elsewhere, is the body's)
            yield _cand(name, m.start("name"), m.start("name") + len(name), 0.7, _kind_for(m.group(0), "", "other"),
                        filters=KIND_NAMED_BLOCKED)


# One word headed by "stichting" after a name ("de Dalwijkstichting", a foundation named after a person or place):
# the body itself; a kind of foundation ("Woonstichting", "Koepelstichting") names none.
STICHTING_COMPOUND = re.compile(r"[A-Z][a-zà-ÿ]{2,}?s?stichting\Z")  # searched up to the word's end
GENERIC_STICHTING = ("woon", "woning", "zorg", "sport", "welzijn", "moeder", "koepel", "dochter", "beheer", "steun",
                     "onderwijs", "school", "scholen", "jeugd", "cultuur", "kunst", "muziek", "opvang", "werk",
                     "huisvesting", "exploitatie", "vrijwilligers", "ouderen", "gezondheid", "zorgcentra", "kinderopvang")
# A sports club by the letters that open its name ("FC Dalwijk", "VV Heuvelstee", "RKSV Bergstad ’58").
CLUB_PREFIX = re.compile(r"(?:FC|SC|VV|SV|RKSV|RKVV|HSV|KV|AFC)[ \t]+(?:De[ \t]+)?[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?")


PREVIOUS_WORD = re.compile(r"([\w'’\-]+)[ \t]+\Z")


def _c_stichting_compound(ctx: OrgContext):
    text = ctx.text
    for q in occurrences(text, "stichting"):
        e = q + len("stichting")
        if e < len(text) and (text[e].isalnum() or text[e] == "-"):
            continue
        m = STICHTING_COMPOUND.search(text, max(0, q - 40), e)
        if m is None or (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "-")):
            continue
        first = m.group(0)[:-len("stichting")].lower()
        if first.rstrip("s") in GENERIC_STICHTING or first in GENERIC_STICHTING or _sentence_initial(text, m.start()):
            continue
        before = PREVIOUS_WORD.search(text, max(0, m.start() - 30), m.start())
        if before and before.group(1)[:1].isupper() and before.group(1) not in ("De", "Het"):
            continue  # the end of a longer name ("Heilig Landstichting", a village)
        yield _cand(m.group(0), m.start(), e, 0.7, filters=BLOCKED)


def _c_club_prefix(ctx: OrgContext):
    for m in find_all(CLUB_PREFIX, ctx.text, ("FC", "SC", "VV", "SV", "RKSV", "RKVV", "HSV", "KV", "AFC"), fold_case=False,
                      whole=True):
        name = m.group(0)
        ym = CLUB_YEAR.match(ctx.text, m.end())
        if ym:  # "RKSV Bergstad ’58": a club's founding year closes its name
            name += ym.group(0)
        yield _cand(name, m.start(), m.start() + len(name), 0.75, "other", filters=BLOCKED)


def _c_ggd_joined(ctx: OrgContext):
    for m in find_all(GGD_JOINED, ctx.text, ("GGD",), fold_case=False):
        yield _cand(m.group(0), m.start(), m.end(), 0.9, "health")


# "Stichting Zorg en Veiligheidshuis X": a sector word alone is no name, the name goes on after "en".
SECTOR_ALONE = {"Zorg", "Welzijn", "Wonen", "Werk", "Sport", "Cultuur", "Jeugd", "Onderwijs", "Gezondheid",
                "Veiligheid", "Hulp", "Opvang"}
SECTOR_AND = re.compile(rf"[ \t]+en[ \t]+({NAME_NOCONJ})")


# the label of a fact sheet's line that gives a body's legal form ("Rechtsvorm: stichting")
_FORM_LABEL_BEFORE = re.compile(r"(?i)rechtsvorm[ \t]*[:|]?[ \t]*$")


def _c_legal_prefix(ctx: OrgContext):
    for m in find_all(LEGAL_PREFIX, ctx.text, LEGAL_PREFIX_ANCHORS, fold_case=False, whole=True):
        name, end = m.group(2), m.end()
        if m.group(1) == "St." and (any(_place_words(f) for f in (name, "Sint " + name, "Sint-" + name))
                                    or name.lower().endswith(STREETS)):
            continue  # "St. Michielsgestel", "het St. Jorisplein": Sint, a place or a street
        if _FORM_LABEL_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()):
            continue  # "Rechtsvorm: stichting" / "Vestigingsplaats: ...": a fact sheet's legal form, no name after it
        more = SECTOR_AND.match(ctx.text, end) if name in SECTOR_ALONE else None
        if more:
            name, end = ctx.text[m.start(2):more.end()], more.end()
        acr = None
        long = NAME_TO_ACRONYM.match(ctx.text, end)
        if long:  # "Stichting Kracht in de Wijk X (KidW)": the acronym spells the words that go on after the name
            whole = ctx.text[m.start(2):long.end("rest")]
            initials = "".join(w[0] for w in whole.split()).lower()
            if long.group("acr").lower() in (initials, initials[:-1]):  # (the place at the end may stay out of it)
                name, end, acr = whole, long.end("rest"), long.group("acr")
        im = IN_PLACE_AFTER.match(ctx.text, end) if name.lower() in PLAIN_NAME_WORDS and not acr else None
        if im and _place_words(im.group(1)):
            # "Stichting Welkom in Dalwijk": a one-word name and its place make the foundation's whole name
            name, end = ctx.text[m.start(2):im.end()], im.end()
        c = _cand(name, m.start(), end, 0.95, at=m.start(2),
                  filters=LEGAL_FORM_BLOCKED if m.group(1)[:1].islower() else _CAPITAL_FORM_BLOCKED)
        c.aliases.append(ctx.text[m.start():end])
        if acr:
            c.aliases.append(acr)
        yield c


# "Vereniging van X", "Fonds voor Y", "Federatie van Z": a body's form, "van"
# or "voor" and capitalised words name it whole (without its form the name would be "van X").
LEGAL_OF = re.compile(r"\b(?:Vereniging|Stichting|Federatie|Fonds|Bond|Coöperatie)[ \t]+(?:van|voor)[ \t]+"
                      r"(?:(?:de|het)[ \t]+)?[A-Z][\w\-’']+(?:[ \t]+(?:(?:voor|van|de|het)[ \t]+)?[A-Z][\w\-’']+)*")


def _c_legal_of(ctx: OrgContext):
    national = _national_anchors()[1]
    for m in find_all(LEGAL_OF, ctx.text, ("Vereniging", "Stichting", "Federatie", "Fonds", "Bond", "Coöperatie"),
                      fold_case=False, whole=True):
        name = _trim_trailing_connector(m.group(0))
        if ref.fold(name) not in national:  # (the register's own name and short form stay its: VNG)
            yield _cand(name, m.start(), m.start() + len(name), 0.9, filters=BLOCKED)


# "het Anna Dekker Fonds": a fund that bears a person's name is a foundation, a body (neither the person nor a scheme)
_PERSON_BEFORE_FUND = re.compile(r"(?<![\w\-])([A-Z][a-z]+)[ \t]+(?:(?:van|de|der|den|ter|ten)[ \t]+)*[A-Z][a-z]+"
                                 r"(?:-[A-Z][a-z]+)?[ \t]+\Z")


def _c_person_fund(ctx: OrgContext):
    for q in occurrences(ctx.text, "Fonds"):
        if ctx.text[q + 5:q + 6].isalpha():
            continue
        m = _PERSON_BEFORE_FUND.search(ctx.text, max(0, q - 40), q)
        if m and m.group(1) in ref.first_names():
            yield _cand(ctx.text[m.start():q + 5], m.start(), q + 5, 0.8, "funder", filters=BLOCKED)


def _trim_trailing_connector(name: str) -> str:
    return re.sub(r"(?:[ \t]+(?:voor|van|de|het))+$", "", name)


# Plain Dutch words a foundation's name may be with its place after it ("Stichting Welkom in X", "Stichting Thuis in
# Y"); a proper name before "in X" is the body and X where it is ("Stichting Heuvelstee in Bergen op Zoom")
PLAIN_NAME_WORDS = frozenset(("welkom", "thuis", "samen", "wonen", "leven", "zorg", "werk", "hulp", "leren", "meedoen",
                              "actief", "sterk", "vitaal", "gezond", "sport", "spelen", "fit", "taal", "geloof", "kunst"))
IN_PLACE_AFTER = re.compile(r"[ \t]+in[ \t]+((?-i:[A-Z])[\w'’-]*(?:[ \t]+(?:(?:aan|op|bij|den|de)[ \t]+)?(?-i:[A-Z])[\w'’-]*){0,2})"
                            r"(?![ \t]+(?-i:[A-Z]))")
# the rest of a name with lower-case connectors before its acronym in brackets: " in de Wijk X (KidW)"
NAME_TO_ACRONYM = re.compile(r"(?P<rest>(?:[ \t]+(?:[A-Z][\w\-]*|in|de|het|van|voor|op|aan|en|der|den)){1,5})[ \t]*"
                             r"\((?P<acr>[A-Za-z]{2,8})\)")
# "Gemeenschappelijke regeling X": X is a public body (its name may run over a dash: "X Groningen –Drenthe").
# "GR Orionis", "GR Gemeenschappelijke Gezondheidsdienst": a gemeenschappelijke regeling by its short form
# (also "GR" alone in a table's cell, its name in the next: "GR\n\n  Gegevensbureau")
GR_SHORT = re.compile(r"\bGR(?:[ \t\u00a0]+|[ \t]*\n[ \t\n]*)"
                      r"([A-Z][\w\-]*(?:[ \t\u00a0]+(?:(?:van|voor|de|en|&)[ \t]+)?[A-Z][\w\-]*){0,4})")
# a joint regulation named by its kind, capitalised, its short form in brackets after it: "de Modulaire
# Gemeenschappelijke Regeling (MGR)"
TITLED_REGULATION = re.compile(r"\b(?:Modulaire|Centrale|Regionale)[ \t]+Gemeenschappelijke[ \t]+Regeling(?=[ \t]*\([A-Z]{2,6}[),])")
JOINT_REGULATION = re.compile(
    r"\b[Gg]emeen(?:te)?schappelijke[ \t]+[Rr]egeling(?:[ \t]+\(GR\))?[ \t\u00a0]+"
    r"([A-Z][\w\-]*(?:[ \t\u00a0]*[–\-]?[ \t\u00a0]*(?:(?:van|voor|de|en|&)[ \t]+)?[A-Z][\w\-]*){0,5})")


_CELL_END = re.compile(r"[ \t]*(?:\([^()\n]*\)[ \t]*)?(?:\n|$)")


def _cell_below(text: str, m: re.Match) -> bool:
    """"GR" alone on its line (a table's cell) and its name the whole of the next cell ("GR\n\n  Gegevensbureau\n");
    a name a bracket closes may stand there too ("Regiotaxi (doelgroepenvervoer)")."""
    a, b = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.start())
    return not text[a:m.start()].strip() and not text[m.start() + 2:b].strip() and bool(_CELL_END.match(text, m.end(1)))


def _c_joint_regulation(ctx: OrgContext):
    anchors = ("Gemeenschappelijke", "gemeenschappelijke", "Gemeenteschappelijke", "gemeenteschappelijke")
    found = list(find_all(JOINT_REGULATION, ctx.text, anchors, fold_case=False, whole=True))
    found += [m for m in find_all(GR_SHORT, ctx.text, ("GR",), fold_case=False, whole=True)
              if not all(w in NON_ORG_WORDS or w in SECTOR_WORDS or w in ("en", "&") for w in m.group(1).split())
              # ("GR Wmo": a scheme's code, no body; "GR Sociaal Domein X" is X's body)
              and not m.group(1).isupper()  # "GR JW": the short form of a name the text spells out
              and ("\n" not in ctx.text[m.start():m.start(1)] or _cell_below(ctx.text, m))]
    for m in find_all(TITLED_REGULATION, ctx.text, ("Modulaire", "Centrale", "Regionale"), fold_case=False):
        # (the kind is the whole name here: the filters that read "Regeling" as a scheme do not apply)
        yield _cand(m.group(0), m.start(), m.end(), 0.8, "government",
                    filters=tuple(f for f in BLOCKED if f not in ("initiative_word", "plan_word", "sector_words")))
    for m in found:
        name = _trim(m.group(1))
        end = m.start(1) + len(name)
        whole = ctx.text[m.start():end]
        if all(w in SECTOR_WORDS or w in NON_ORG_WORDS for w in name.split() if w not in ("en", "&", "van", "voor")):
            # "Gemeenschappelijke Regeling Jeugd en Wmo": without its kind the name would be policy fields only
            yield _cand(whole, m.start(), end, 0.9, "government", filters=BLOCKED)
            continue
        c = _cand(name, m.start(), end, 0.9, "government", at=m.start(1), filters=BLOCKED)
        c.aliases.append(whole)
        yield c


# "ministerie van Volksgezondheid, Welzijn en Sport", "Ministerie van SZW": its first word, then the words of the
# ministries' names (MINISTRY_TAIL), in either case ("ministerie van Sociale zaken en werkgelegenheid"), so that "het
# ministerie van VWS en Stichting X" names two bodies.
MINISTRY_WORDS = ("zaken", "werkgelegenheid", "koninkrijksrelaties", "welzijn", "sport", "cultuur", "wetenschap",
                  "justitie", "veiligheid", "volkshuisvesting", "ruimtelijke", "ordening", "klimaat", "groene", "groei",
                  "asiel", "migratie", "infrastructuur", "waterstaat", "milieu", "onderwijs", "landbouw", "natuur",
                  "voedselkwaliteit", "visserij", "financiën", "defensie", "economische", "binnenlandse",
                  "buitenlandse", "algemene", "sociale", "volksgezondheid", "voedselzekerheid", "innovatie", "verkeer")
# (a copy may leave out "van" before a ministry's own words: "het Ministerie Sociale Zaken")
MINISTRY = re.compile(r"\b[Mm]inisterie[ \t]+(?:van[ \t]+[A-Z][\w\-&]*|(?=(?i:" + "|".join(MINISTRY_WORDS) + r")\b)[A-Z]\w*)")
MINISTRY_TAIL = re.compile(r"(?:,[ \t]+|[ \t]+en[ \t]+|[ \t]+)(?i:" + "|".join(MINISTRY_WORDS) + r")\b")
STATEN = re.compile(r"(?:Gedeputeerde|Provinciale)[ \t]+Staten\b")
PROVINCE_OF = re.compile(r"[ \t]+van[ \t]+([A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?)")
# The province where it acts ("de richtlijn van de provincie", "de provincie heeft"), not where it is a place.
# the province as a party: after a preposition, in a list of parties ("de gemeente, de provincie en het waterschap") or as
# a sentence's subject ("De provincie neemt ..."); not as a place ("in de provincie")
PROVINCE_BY = re.compile(r"(?:\b(?:van|door|met|bij|aan|zoals|als|en)[ \t]+de|,[ \t]*de|(?:^|(?<=[.!?:][ \t])|(?<=\n))De"
                         # (a list's item with no article: "tussen A, B, provincie X en C")
                         r"|,|\ben)[ \t]+$")
PROVINCE_DOES = re.compile(r"[ \t]+(?:heeft|had|gaat|wil|stelt|stelde|geeft|gaf|betaalt|subsidieert|draagt|besluit|"
                           r"besloot)\b")
_THE = re.compile(r"\b[Dd]e[ \t]+$")
# "de bijdrage van de provincie Overijssel", "de gedeputeerde van de provincie", "de goedkeuring van de provincie X": the
# province as the payer, the officer's body or the supervisor (its demands, its approval), not the place
PROVINCE_PAYS = re.compile(r"(?i)\b(?:bijdrage|subsidie|middelen|financiering|geld|steun|uitkering|gedeputeerde|eis|"
                           r"toezicht|goedkeuring)\w*[ \t]+van[ \t]+de[ \t]+$")
PROVINCE_NAME_AFTER = re.compile(r"[ \t]+([A-Z][\w\-âû]*)")
_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")
PROVINCE_OF_THE = re.compile(r"\bvan[ \t]+de[ \t]+$")
AFTER_COMMA = re.compile(r",[ \t]*$")
PROVINCE_PLACE = re.compile(r"\b(?:[Ii]n|[Uu]it|[Pp]er|[Ee]lke|[Ii]edere|[Oo]nze|[Dd]eze|[Hh]ele|[Aa]ndere|[Ww]elke|[Dd]ezelfde)"
                            r"(?:[ \t]+de)?[ \t]+$")


def _c_public_body(ctx: OrgContext):
    for m in find_all(MINISTRY, ctx.text, ("Ministerie", "ministerie"), fold_case=False, whole=True):
        end = m.end()
        while tail := MINISTRY_TAIL.match(ctx.text, end):  # "ministerie van Sociale zaken en werkgelegenheid"
            end = tail.end()
        yield _cand(ctx.text[m.start():end], m.start(), end, 0.9, "government")
    text = ctx.text
    for q in word_starts(text, ("provincie",), whole=True):
        e = q + len("provincie")
        named = PROVINCE_NAME_AFTER.match(text, e)
        if named and named.group(1) not in PROVINCE_NAMES:
            named = None
        # "samen met provincie Noord-Brabant", "sinds de provincie X ... is gestart", "de gedeputeerde van de provincie
        # X", "we vragen de provincie mee te betalen": the province, named or not, is the body wherever it is not the
        # place something is in or of ("in de provincie X", "de hoofdstad van de provincie", "per provincie")
        place = PROVINCE_PLACE.search(text, max(0, q - 12), q) or (
            PROVINCE_OF_THE.search(text, max(0, q - 8), q) and not PROVINCE_PAYS.search(text, max(0, q - 40), q))
        if named and named.group(1) not in ("Twente", "Brabant") and not place:
            yield _cand("Provincie " + named.group(1), q, named.end(), 0.8, "government")
            continue
        if not named and not _NAME_AFTER.match(text, e) and not place and not AFTER_COMMA.search(text, max(0, q - 4), q):
            yield _cand("Provincie", q, e, 0.8, "government")  # (not an apposition: "in Drenthe, provincie met ...")
            continue
        by = PROVINCE_BY.search(text, max(0, q - 12), q)
        if by and not named and by.group(0).strip() in (",", "en"):
            by = None  # (without an article only with its name)
        # "van de provincie Overijssel" is mostly the place ("de hoofdstad van ..."); named, it acts after door/met/...
        by = by and (not _NAME_AFTER.match(text, e) or (named and (by.group(0).split()[0] != "van"
                                                                  or PROVINCE_PAYS.search(text, max(0, q - 40), q))))
        if by or (_THE.search(text, max(0, q - 4), q) and PROVINCE_DOES.match(text, named.end() if named else e)):
            if named:  # "de provincie Fryslân": the province named
                yield _cand("Provincie " + named.group(1), q, named.end(), 0.8, "government")
            else:
                yield _cand("Provincie", q, e, 0.8, "government")
    # a province's executive or council, with its province where named ("Gedeputeerde Staten van Utrecht")
    for m in find_all(STATEN, text, ("Gedeputeerde", "Provinciale"), fold_case=False, whole=True):
        end = m.end()
        named = PROVINCE_OF.match(text, end)
        if named and named.group(1) in PROVINCE_NAMES:
            end = named.end()
        yield _cand(text[m.start():end], m.start(), end, 0.85, "government")
    # "Provincie Zuid-Holland heeft ...": the capitalised word and a province's name are the body's name, also where
    # they open a sentence (where a bare "Provincie" is only a heading word)
    for q in sorted(word_starts(text, ("Provincie",), whole=True)):
        named = PROVINCE_NAME_AFTER.match(text, q + len("Provincie"))
        if named and named.group(1) in PROVINCE_NAMES and named.group(1) not in ("Twente", "Brabant"):
            yield _cand(text[q:named.end()], q, named.end(), 0.85, "government")


# A company form before the name where a line (a table's cell) opens with it: "NV Parkstad Theaters", "BV Holding X";
# or after an article: "De NV X heeft haar activa overgedragen"
FORM_FIRST = re.compile(rf"(?:^[ \t]*|\b[Dd]e[ \t]+)(?:NV|BV|N\.V\.|B\.V\.)[ \t]+({NAME_NO_FORM})", re.M)
# ... and the forms written out: "Besloten Vennootschap X", "Naamloze Vennootschap X"
FORM_WRITTEN = re.compile(rf"\b(?:[Bb]esloten|[Nn]aamloze)[ \t]+[Vv]ennootschap[ \t]+({NAME_NO_FORM})")


def _c_legal_suffix(ctx: OrgContext):
    text = ctx.text
    for m in anchored_finditer(LEGAL_SUFFIX, text, _legal_suffix_starts(text)):
        name, start = _without_opening_adverb(text, m.group(1), m.start(1))  # "Ook X B.V. levert ..."
        thing, sep, buyer = name.rpartition(" aan ")
        if sep and OBJECT_ARTICLE_BEFORE.search(text, max(0, start - 5), start):
            name, start = buyer, start + len(thing) + len(sep)  # "het pand aan X B.V. verhuurd": X is the body
        # (a cooperative's "U.A." says how its members are liable, not that it is a company)
        c = _cand(name, start, m.end(), 0.95, None if m.group(2) == "U.A." else "company", at=start,
                  filters=LEGAL_FORM_BLOCKED)
        c.aliases.append(text[start:m.end()])
        yield c
    lines = FORM_FIRST.finditer(text) if "NV " in text or "BV " in text or ".V. " in text else ()
    written = find_all(FORM_WRITTEN, text, ("Besloten", "besloten", "Naamloze", "naamloze"), fold_case=False)
    for m in [*lines, *written]:
        name = _trim(m.group(1))
        if name:
            start = m.start(1)
            c = _cand(name, start, start + len(name), 0.9, "company", filters=BLOCKED)
            c.aliases.append(text[m.start():start + len(name)].strip())
            yield c


# A proper name before a university's or college's head word belongs to it: "Erasmus Universiteit Rotterdam",
# "Vrije Universiteit Amsterdam", "Haagse Hogeschool".
EDU_NAME_BEFORE = re.compile(r"(?<![\w\-])[A-Z][a-z]+[ \t]+$")
SCHOOL_WORD = re.compile(r"(?<![\w\-])[A-Z][a-z]{3,}(?:college|lyceum)(?![\w\-])")
# a title that opens the name of a school named after a person: "Dr.", "Mgr.", "Prof.", "Ds.", "Pater"
SCHOOL_TITLE_BEFORE = re.compile(r"(?<![\w.])(?:Dr|Mgr|Prof|Ds|St|Sint|Pater|Kardinaal)\.?[ \t]+$")


def _c_education_place(ctx: OrgContext):
    text = ctx.text
    for m in find_all(EDU_PLACE, text, ("MBO", "ROC", "Hogeschool", "Universiteit", "Mbo", "Hbo"), fold_case=False,
                      whole=True):
        s = m.start(1)
        pre = EDU_NAME_BEFORE.search(text, max(0, s - 30), s) if m.group(1)[0] in "HU" else None
        word = pre.group(0).split()[0] if pre else ""
        if pre and word.lower() not in STOP_WORDS and word not in NON_ORG_WORDS and not _sentence_initial(text, pre.start()):
            s = pre.start()
        end = m.end(1)
        second = _AND_PLACE.match(text, end)  # "Hogeschool X en Y": a school of two towns
        if second and _is_place_word(m.group(1).split()[-1]) and _is_place_word(second.group(1)):
            end = second.end()
        yield _cand(text[s:end], s, end, 0.85, "education")
    # a school named in one word with its kind at the end ("het Esdoorncollege")
    for q in (*occurrences(text, "college"), *occurrences(text, "lyceum")):
        r = back_over(text, q, word=True)
        m = SCHOOL_WORD.match(text, r) if r < q else None
        if m and m.end() > q:
            title = SCHOOL_TITLE_BEFORE.search(text, max(0, r - 12), r)  # "het Dr. X-college", "het Mgr. Xcollege"
            if title:
                r = title.start()
            yield _cand(text[r:m.end()], r, m.end(), 0.7, "education", filters=BLOCKED)


def _spelled_by_initials(words: list[str], acr: str) -> bool:
    """Whether the capitalised words of a name (an article before it left out) are three or more and their initials
    spell the acronym: "Sociaal Domein Heuvelstee" (SDH), "Dienst Zorg & Jeugd Dalwijk" (DZ&JD); a last word in
    lower case counts where the acronym spells it too."""
    if words and words[0] in ("De", "Het"):
        words = words[1:]
    caps = [w for w in words if w[:1].isupper()]
    want = acr.replace("&", "").upper()
    if len(caps) >= 3 and words[-1].isalpha() and words[-1].islower() and len(words[-1]) > 3 \
            and all(w[:1].isupper() for w in words[:-1]) and "".join(w[0] for w in words).upper() == want:
        return True  # "Netwerk Wethouders Zorg domein" (NWZD): its last word in lower case, spelled too
    if len(caps) < 3 or not all(w[:1].isupper() or w in ("&", "en", "van", "voor", "der") for w in words):
        return False
    # ("Regionaal Archief Zuid-Utrecht" (RAZU): each capitalised part of a hyphened word gives its initial too)
    parts = [p for w in caps for p in w.split("-") if p[:1].isupper()]
    return "".join(w[0] for w in caps).upper() == want or "".join(p[0] for p in parts).upper() == want


# an adjective that opens a body's name after the sentence's article: "De Regionale Sociale Dienst X (RSD)"
ARTICLE_ADJECTIVE = re.compile(r"(?:Inter)?(?:[Gg]emeentelijke|Regionale|Sociale|Openbare|Landelijke|Nationale|Centrale|"
                               r"Gemeenschappelijke|Provinciale)")


def _c_bracket_acronym(ctx: OrgContext):
    text = ctx.text
    for m in anchored_finditer(BRACKET_ACRONYM, text, _bracket_starts(text)):
        exp, acr = m.group(1).strip(), m.group(2)
        base = m.start(1)
        words = exp.split()
        if "en" in words and not _spelled_by_initials(words, acr):
            # "A en Veiligheidsregio X (VRX)": the bracket names the last of two names ("Inkoop- en Contractbureau"
            # shares its first word's end, one name)
            j = len(words) - 1 - words[::-1].index("en")
            if 0 < j < len(words) - 1 and words[j + 1][:1].isupper() and not words[j - 1].endswith("-"):
                tail = " ".join(words[j + 1:])
                base = m.start(1) + m.group(1).rfind(words[j + 1] + (" " if j + 2 < len(words) else ""))
                exp, words = tail, words[j + 1:]
        head_idx = next((i for i, w in enumerate(words) if ORG_HEAD.search(w)), None)
        head_idx = None if head_idx is not None and _spells_after(words, head_idx, acr) else head_idx
        if head_idx is not None and words[0][:1].isupper():
            # the expansion starts at the first capitalised word before the head
            first = head_idx
            while first > 0 and words[first - 1][:1].isupper() and words[first - 1] != "GR" \
                    and words[first - 1] not in BRACKET_LEAD_WORDS:
                first -= 1  # "GR Regionale Uitvoeringsdienst X (RUD)": GR says what kind of body it is
            if first < head_idx and words[first] in ("De", "Het") and (
                    LEGAL_FORM_WORD.fullmatch(words[first + 1])
                    or "".join(w[0] for w in words[first + 1:] if w[:1].isupper()).startswith(acr.upper())
                    or ARTICLE_ADJECTIVE.fullmatch(words[first + 1])):
                # "De Stichting X (SX) organiseerde", "Het Regionaal Bureau Leerplicht (RBL) voert": the sentence's
                # article, not the name's (the acronym spells the words after it, or their start: "De
                # Intergemeentelijke Sociale Dienst X (ISD)"; or an adjective follows it: "De Regionale ...")
                first += 1
            exp_name = " ".join(words[first:])
            if BUILDING_KIND.fullmatch(re.sub(r"^(?:De|Het)\s+", "", exp_name)) or LAW_TITLE.match(exp_name):
                # "Multifunctioneel Centrum (MFC)": a kind of building, no body; "Wet Publieke Gezondheidsdienst
                # (WPGD)": a law's title, misnamed as it may be
                ctx.bracket_non_org.add(acr)
                continue
            s = base + exp.find(exp_name)
            # ("College Werkprogramma (CWP)": a programme's name, whatever body word opens it)
            c = _cand(exp_name, s, m.end(1), 0.9, filters=("plan_word",))
            c.aliases.append(acr)
            yield c
        elif words[-1].islower() and LOWER_HEAD.search(words[-1]) and acr.upper() not in NON_ORG_ACRONYMS:
            # "een regionale backoffice (RBX)": the acronym names the body, the words before it its kind
            adj = ADJECTIVE_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1)) if len(words) == 1 else None
            phrase = f"{adj.group(1)} {words[-1]}" if adj else words[-1]
            c = _cand(acr, m.start(2), m.end(2), 0.8, "government", filters=BLOCKED)
            c.aliases.append(phrase)
            yield c
        elif _spelled_by_initials(words, acr) and acr.upper() not in NON_ORG_ACRONYMS:
            # "Het Sociaal Domein Heuvelstee (SDH)": capitalised words the acronym spells, a body's name (not a
            # scheme's or a law's that the acronym names: "Single Information Single Audit (SISA)")
            first = next(i for i, w in enumerate(words) if w[:1].isupper() and w not in ("De", "Het"))
            exp_name = " ".join(words[first:])
            s = base + exp.find(exp_name)
            c = _cand(exp_name, s, m.end(1), 0.75, filters=BLOCKED)
            c.aliases.append(acr)
            yield c
        else:
            ctx.bracket_non_org.add(acr)
    for plural in ("’s)", "'s)"):  # "urgente opgaven (UMO’s)": a plural acronym names a kind of thing, not a body
        for q in occurrences(text, plural):
            m = PLURAL_ACRONYM.search(text, max(0, q - 8), q + 3)
            if m:
                ctx.bracket_non_org.add(m.group(1))
    for m in anchored_finditer(BRACKET_SPELLED, text, _spelled_starts(text)):
        words = [w for w in m.group(2).split() if w[:1].isalpha()]
        initials = "".join(w[0] for w in words).upper()
        # (without the words that join the parts: "VTO (voor- en tussenschoolse opvang)")
        content = "".join(w[0] for w in words if w not in SPELLING_JOINERS).upper()
        if initials.startswith(m.group(1)[:2]) or content.startswith(m.group(1)):
            ctx.bracket_non_org.add(m.group(1))  # "JIM (jouw ingebracht mentor)": a method spelled out
    for q in occurrences(text, "("):  # "de aanpak ‘Opgroeien in een Kansrijke Omgeving’ (OKO)": a quoted title's acronym
        m = BRACKET_ONLY_ACRONYM.match(text, q)
        if m and text[back_over(text, q, " \t") - 1:back_over(text, q, " \t")] in CLOSING_QUOTES:
            ctx.bracket_non_org.add(m.group(1))
        elif m and _after_plan_title(text, q):
            ctx.bracket_non_org.add(m.group(1))  # "het Integraal Beleidskader X 2024-2027 (IBK-X)": a plan's acronym


# a sentence's capitalised first word before a name with its acronym: "Aan Stichting X (SX) is ...", "Door Stichting X"
BRACKET_LEAD_WORDS = frozenset(("Aan", "Door", "Voor", "Met", "Bij", "Naast", "Via", "In", "Op", "Namens", "Samen",
                                "Ook", "Daarnaast", "Zowel", "En", "Onder", "Binnen", "Vanuit", "Dankzij", "Volgens",
                                "Tijdens", "Sinds", "Tussen", "Uit", "Verder", "Tevens", "Bovendien", "Vervolgens"))
def _after_plan_title(text: str, q: int) -> bool:
    """Whether the bracket at `q` follows a plan's title on its line: a capitalised plan word among the seven words
    before it ("het Regionaal Actieplan Jeugd 2025-2028 (")."""
    return any(w[:1].isupper() and _plan_word(w) for w in text[max(text.rfind("\n", 0, q) + 1, q - 90):q].split()[-7:])


def _plan_acronym(text: str, name: str) -> bool:
    """Whether `name` stands in brackets after a plan's title somewhere in the text: the plan's short form."""
    q = text.find("(" + name + ")")
    return q >= 0 and _after_plan_title(text, q)


# (with the plan's year perhaps: "het Strategisch Plan X 2030 (SPX 2030)")
BRACKET_ONLY_ACRONYM = re.compile(r"\(([A-Z][A-Za-z&]{1,7}(?:-[A-Z]{1,4})?)(?:[ \t]+(?:19|20)\d\d)?\)")
CLOSING_QUOTES = ("’", "'", '"', "”")
LEGAL_FORM_WORD = re.compile(r"(?i)stichting|vereniging|coöperatie|cooperatie")
BUILDING_KIND = re.compile(r"(?i)(?:multifunctione(?:el|le)|integra(?:al|le)|brede)?\s*(?:centrum|accommodatie|"
                           r"kind\s*centrum|school|kindcentra)|(?:woonzorg|gezondheids|wijk|buurt|sport|kind|jongeren)centrum|"
                           r"dorpshuis|gemeenschapshuis|buurthuis")
PLURAL_ACRONYM = re.compile(r"\(([A-Z]{2,6})['’]s\)")


def _spells_after(words: list[str], head_idx: int, acr: str) -> bool:
    """The acronym's letters are the initials of words after the head only ("... School en Jongeren Op Gezond
    Gewicht (JOGG)"): the bracket names the last name of a coordination, which has no organisational head."""
    for j in range(head_idx + 1, len(words)):
        initials = "".join(w[0] for w in words[j:] if w[:1].isalpha()).upper()
        if initials == acr.upper() and words[j][:1].isupper():
            return True
    return False


def _c_form(ctx: OrgContext):
    text = ctx.text
    for m in anchored_finditer(FORM_TOKEN, text, cap_starts(text)):
        tok, suffix = m.group(1), m.group(2)
        if suffix is not None and (HYPHEN_NON_ORG.search("-" + suffix) or not suffix.islower()):
            continue
        s, e = m.start(1), m.end(1)
        if suffix is not None and ORG_HEAD.fullmatch(suffix) and ACRONYM.match(tok):
            e = m.end(2)  # "de LRV-groep": the acronym with its head word is the name
        if text[e:e + 3] in (".nl", ".co") or text[e:e + 4] == ".com":
            continue
        inner = False
        if FORM_DIGITS.match(tok):
            if _is_place_word(tok.rstrip("0123456789")):
                continue  # "Eemnes1": a place with its footnote number
            if re.match(r"[.,]\d", text[e:e + 2]) and tok.rstrip("0123456789")[1:].islower():
                continue  # "Begroting354,1 miljoen", "Sociaal354.103": a table's label run into its amount
            if numbered_run(text, s, e):
                continue  # "1. Programma Wonen2. Programma Zorg3. ...": a numbered list run into one line
            if re.match(r":\d\d", text[e:e + 3]):
                continue  # "Jan Bakker00:12:45": a speaker run into a recording's time, as minutes online show them
            conf = 0.85
        elif (FORM_INNER.match(tok) or FORM_INNER_DIGIT.match(tok)) and not tok.startswith("IJ") and len(tok) >= 6:
            if INNER_TYPE_TAIL.search(tok):
                continue  # "CollegeWerkProgramma", "DorpenOverleg": a programme or a consultation, no body
            if GLUED_OPENER.search(tok) and re.match(r" [a-z]", text[e:e + 2]):
                continue  # "InleidingWe hebben": a site's heading run into the sentence under it
            conf, inner = 0.7, True
        elif ACRONYM_HEAD.match(tok):
            conf = 0.75  # "de LEVgroep": an acronym run into an organisation's head word in lower case
        elif ACRONYM.match(tok) and tok not in ctx.bracket_non_org and sum(ch.isalpha() for ch in tok) >= 3:
            if tok.startswith("GGD") or _in_caps_phrase(text, s, e) or text[e:e + 1] == "!":
                continue  # "DURF!": a slogan
            if _is_place_word(tok):
                continue  # "OMMEN Versie 2": a place in capitals
            conf = 0.7
        else:
            continue
        drop = "region_word" if re.search(r"(?i)\bregio\s+$", text[max(0, s - 7):s]) else None
        if ACRONYM.match(tok) and METHOD_AFTER.match(text, e):
            drop = drop or "method_word"  # "ABC aanpak", "XYZ-gelden": a method or a scheme
        name = text[s:e]
        ext = _acronym_extension(text, e) if ACRONYM.match(tok) and tok not in NON_ORG_ACRONYMS else None
        if tok in SERVICE_ACRONYMS and (ext := place_after(text, e)):
            conf = 0.75  # "het CJG Twente", "GGZ Drenthe": a service's local body, by its region
        elif ext is None and inner and not ACRONYM.match(tok):
            # "WerkgeversServicepunt Zuid-Kennemerland", "WerkPlus Parkstad": the body of a place or region
            ext = place_after(text, e)
            if ext is None and (w := WORD_AFTER.match(text, e)) and "-" not in w.group(1) \
                    and w.group(1) not in ref.first_names() and not _places_listed(text, e):
                ext = _acronym_extension(text, e)
        if ext:
            e = ext
            name = text[s:e]
        yield _cand(name, s, e, conf, filters=(*BLOCKED, "bare_form"), dropped_by=drop)
    for m in anchored_finditer(FORM_LOWER_CAMEL, text, _lower_camel_starts(text)):
        if m.group(1).startswith(WEB_CHROME):
            continue  # "iconInleiding": a report site's icon label run into the heading after it
        glued = GLUED_PARTICLE.match(m.group(1))
        if glued and (_is_place_word(m.group(1)[glued.end():]) or glued.group(0) in LOST_SPACE_PARTICLES):
            # "enPutten": a copy that lost the space after "en" before a place (which opens a name or not); "metBewoners",
            # "vanWoonstichting": after a conjunction or a preposition no name opens in lower case ("opKoers", "deWijk" do)
            continue
        yield _cand(m.group(1), m.start(1), m.end(1), 0.7, filters=BLOCKED)


# The last part of a word with inner capitals that names a plan, programme or consultation, not a body.
INNER_TYPE_TAIL = re.compile(r"[a-z](?:Programma|Plan|Agenda|Aanpak|Overleg|Akkoord|Project|Visie|Nota|Deal|Regeling|"
                             r"Campagne|Methode|Model|Tafel|Platform)$")


# The first word of a sentence at the end of a word with inner capitals, a lower-case word after it: a page's heading
# run into its first sentence ("Terug naar navigatie - Inleiding" / "We hebben ..." copied as "InleidingWe hebben").
GLUED_OPENER = re.compile(r"[a-z](?:" + "|".join(sorted(SENTENCE_OPENERS | {"Om", "Onze", "Ons"})) + r")$")


def _is_place_word(w: str) -> bool:
    k = ref.fold(w)
    return k in ref.gemeenten_by_name() or k in ref.woonplaats_gemeenten()


# The words that may follow a name as its place: "Bergen op Zoom", "Noord Nederland", "Midden-Nederland".
PLACE_AFTER = re.compile(r"[ \t]+((?:'s-)?[A-Z][\w'’\-]*(?:[ \t]+(?:(?:op|aan|den|de|der|en|in|bij|ter|ten|van)[ \t]+)?"
                         r"[A-Z][\w'’\-]*){0,3})")
REGION_PLACE = re.compile(r"(?:Noord|Zuid|Oost|West|Midden|Zuidoost|Zuidwest|Noordoost|Noordwest|(?:Noord|Zuid)[ \-](?:Oost|West)"
                          r"|(?:Noord|Zuid|Oost|West)-[ \t]+en[ \t]+(?:Noord|Zuid|Oost|West))[ \-]"
                          r"(?:Nederland|Groningen|Friesland|Drenthe|Overijssel|Flevoland|Gelderland|Utrecht|Holland|"
                          r"Brabant|Limburg|Zeeland|Twente|Veluwe|Drenthe)")


@lru_cache(maxsize=1)
def _region_keys() -> frozenset[str]:
    """Folded names of the country-wide care and safety regions (loaders/data/regions.csv, regional bodies), as a
    local branch takes them after its name: "Noord-Holland Noord", "Rotterdam-Rijnmond", "Brabant Zuidoost"."""
    by_key, _first = ref.region_member_index()
    return frozenset(k for k, (n, _m) in by_key.items() if ref._REGION_TYPE_WORDS.sub("", n) == n
                     and not ref.regional_index()[0].get(k))


def _region_word(w: str) -> bool:
    """A province or a region ("West-Brabant", "Midden-Limburg"), not a town that may also name a pair ("Beek en Dal")."""
    return w in PROVINCE_NAMES or bool(REGION_PLACE.fullmatch(w)) or " ".join(re.findall(r"\w+", ref.fold(w))) in _region_keys()


def _place_words(words: str) -> bool:
    k = " ".join(re.findall(r"\w+", ref.fold(words)))
    return k in ref.gemeenten_by_name() or k in ref.woonplaats_gemeenten() or words in PROVINCE_NAMES \
        or bool(REGION_PLACE.fullmatch(words)) or k in _region_keys()


# Acronyms of a kind of service that, with a place or region after them, name the body that gives it there
SERVICE_ACRONYMS = frozenset(("CJG", "GGZ"))


def place_after(text: str, e: int) -> int | None:
    """Where a place name that follows a name at `e` ends (its longest reading), or None:
    "Humanitas Bergen op Zoom", "VluchtelingenWerk Noord Nederland", "Voedselbank Zeist"."""
    m = PLACE_AFTER.match(text, e, min(len(text), e + 60))
    if not m:
        return None
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        if words[n - 1][:1].islower():
            continue
        cand = " ".join(words[:n])
        if _place_words(cand):
            if not m.group(1).startswith(cand):
                return None
            end = m.start(1) + len(cand)
            both = SECOND_PLACE.match(text, end)  # "Voedselbank X/Y": the body of two places
            if both and _place_words(both.group(1)):
                return both.end()
            more = PLACE_LISTED_AFTER.match(text, end)  # ("X Dalwijk, Bergveen en ...": where X works, see below)
            return None if more and _place_words(more.group(1)) else end
    return None


def _places_listed(text: str, e: int) -> bool:
    """Whether a list of places follows a name at `e`: "X Dalwijk, Bergveen en Heuveldal" names X and the places it is
    for, which are no part of its name."""
    m = PLACE_AFTER.match(text, e, min(len(text), e + 60))
    if not m:
        return False
    first = m.group(1).split()[0].rstrip(",")
    more = PLACE_LISTED_AFTER.match(text, m.start(1) + len(first))
    return _place_words(first) and bool(more) and _place_words(more.group(1))


# a second place after a slash, the two places a body serves: "Voedselbank Dalwijk/Bergveen"
SECOND_PLACE = re.compile(r"/((?:'s-)?[A-Z][\w'’\-]*)(?![\w/])")


def _acronym_extension(text: str, e: int) -> int | None:
    """Where an acronym's name ends when "& de Y", two regions sharing their last part ("Noord- en Midden-Limburg")
    or one capitalised word (not a known name) follows it."""
    m = AMP_AFTER.match(text, e) or SHARED_TAIL_AFTER.match(text, e) or COMPASS_PAIR_AFTER.match(text, e)
    if m:
        return m.end()
    m = WORD_AFTER.match(text, e)
    if m and m.group(1) not in NON_ORG_WORDS and m.group(1).lower() not in STOP_WORDS \
            and ref.fold(m.group(1)) not in _national_anchors()[1] and not NO_NAME_TAIL.search(m.group(1)):
        return m.end()
    return None


# A word after a body's short name that is none of its name: a compound cut at a line's end ("CBS Bevolkings-
# statistiek") or broken by a hyphen ("X Arbeids-deelname": a name's parts are capitalised), a product of the body's
# ("OCD Buurtmonitor", "X Gezondheidspeiling") or the topic of its figures ("CBS Jeugd" in a table's source column).
NO_NAME_TAIL = re.compile(r"(?i)-$|(?:monitor|peiling|statistiek|enquête|cijfers)$|(?-i:^[A-Z][a-z]+-[a-z])|"
                          r"^(?:jeugd|arbeid|werk|inkomen|gezondheid|onderwijs|wonen|armoede|veiligheid|"
                          r"bevolking|economie)$")


_LOWER_UPPER = re.compile(r"[a-z][A-Z]")


def _lower_camel_starts(text: str) -> set[int]:
    """Word starts of the words with a lower-case letter right before a capital ("deWijk"): each distinct word of
    the text is looked at once (both letters are word characters, so such a pair lies inside one word)."""
    return set(words_where(text, _LOWER_UPPER.search))


# A document's section words in capitals before a place open a sentence under them: "2 SAMENVATTING Zwolle kent ...".
SECTION_WORDS = {"samenvatting", "inleiding", "conclusie", "conclusies", "aanbevelingen", "voorwoord", "bijlage",
                 "bijlagen", "hoofdstuk", "programma", "paragraaf", "inhoud", "inhoudsopgave", "toelichting",
                 "aanleiding", "besluit", "onderwerp", "betreft", "context", "achtergrond", "resultaten"}


# the next of a list of places ("X Dalwijk, Bergveen en Heuveldal", "X Dalwijk en Bergveen")
PLACE_LISTED_AFTER = re.compile(r"(?:,[ \t]*|[ \t]+en[ \t]+)((?:'s-)?[A-Z][\w'’\-]*)")


def _c_name_place(ctx: OrgContext):
    text = ctx.text
    for m in anchored_finditer(NAME_PLACE, text, cap_starts(text)):
        place = ref.fold(m.group(2))
        if m.group(1).lower() in SECTION_WORDS or _places_listed(text, m.start(2) - 1):
            continue  # ("X Dalwijk, Bergveen en Heuveldal": the places X is for are no part of its name)
        if place in ref.gemeenten_by_name() and m.group(1) not in NON_ORG_WORDS and ref.fold(m.group(1)) not in ctx.excluded \
                and not _sentence_initial(text, m.start()) and m.group(1).upper() not in {"WMO", "GGZ", "AVG", "VN", "EU"}:
            yield _cand(m.group(0), m.start(), m.end(), 0.8, filters=("plan_or_footnote", "postcode"))


HYPHEN_SCHOOL = re.compile(r"(?<![\w\-])[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}-(?:school|college|lyceum)")


# The charities named after what they hand out: "de Speelgoedbank", "Kledingbank Oost".
GOODS_BANK = re.compile(r"(?<![\w\-])(?:Voedsel|Speelgoed|Kleding|Kinderkleding|Meubel|Luier|Boeken|Fietsen|Babyspullen|"
                        r"Huisraad|Witgoed|Schoolspullen)bank(?![\w\-])")


def _c_goods_bank(ctx: OrgContext):
    text = ctx.text
    for q in occurrences(text, "bank"):
        m = GOODS_BANK.match(text, back_over(text, q, word=True))
        if m and m.end() == q + 4 and not _sentence_initial(text, m.start()):
            e = place_after(text, m.end()) or m.end()
            yield _cand(text[m.start():e], m.start(), e, 0.75, "welfare", filters=BLOCKED)


# A line of a grants table that names the grantee after the word subsidie: "Subsidie Plusbus", "Incidentele subsidie
# 2019 Surplus Algemeen maatschappelijk werk" (the grantee one capitalised word before what the grant is for)
GRANT_LINE = re.compile(r"(?m)^[ \t]*(?:(?:Incidentele|Structurele|Eenmalige|Jaarlijkse)[ \t]+subsidie|Subsidie)"
                        r"(?:[ \t]+(?:19|20)\d\d)?[ \t]+(?:aan[ \t]+)?(?:[Ss]tichting[ \t]+)?"
                        r"(?P<name>[A-Z][\w\-&]+)(?P<rest>(?:[ \t]+[^\n]{0,80})?)[ \t]*$")


def _c_grant_line(ctx: OrgContext):
    text = ctx.text
    for q in (*occurrences(text, "ubsidie "),):
        ls = text.rfind("\n", 0, q) + 1
        m = GRANT_LINE.match(text, ls)
        if m is None or m.start("name") < q:
            continue
        name = m.group("name")
        if name.lower() in STOP_WORDS or name in NON_ORG_WORDS or name.endswith("-") \
                or name.lower().startswith("subsidie"):
            # ("Subsidie Buurt- en Wijkactiviteiten": the first part of two compounds, what the grant is for;
            # "Subsidie Subsidie volgens ...": a form's label before its field)
            continue
        yield _cand(name, m.start("name"), m.end("name"), 0.6, filters=BLOCKED)


FIRST_NAME_BEFORE = re.compile(r"(?<![\w\-])([A-Z][a-z]+)[ \t]+$")


def _c_institution(ctx: OrgContext):
    for m in anchored_finditer(INSTITUTION, ctx.text, _institution_starts(ctx.text)):
        kind = "education" if "ziekenhuis" not in m.group(1) else "health"
        named = FIRST_NAME_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
        if named and named.group(1) in ref.first_names():
            # "de Jan Ligthartschool": a school named after someone, the first name its name's
            yield _cand(ctx.text[named.start(1):m.end(1)], named.start(1), m.end(), 0.8, kind, filters=BLOCKED)
            continue
        yield _cand(m.group(1), m.start(), m.end(), 0.8, kind, filters=BLOCKED)
    text = ctx.text
    for tail in ("-school", "-college", "-lyceum"):  # "X Y-school": a school named after someone
        for q in occurrences(text, tail):
            e = q + len(tail)
            if e < len(text) and text[e].isalpha():
                continue
            m = HYPHEN_SCHOOL.search(text, max(0, q - 40), e)
            if m and m.end() == e and not _sentence_initial(text, m.start()):
                yield _cand(m.group(0), m.start(), e, 0.7, "education", filters=BLOCKED)


# A kind of institution in lower case before its name: "integraal kindcentrum X", "de lokale omroep Y".
KIND_BEFORE_WORDS = ("kindcentrum", "omroep", "basisschool", "school", "bibliotheek", "peuterspeelzaal", "sportvereniging", "muziekschool",
                     "huisartsenpraktijk", "zorgboerderij", "kinderdagverblijf", "woonzorgcentrum", "zorgcentrum",
                     "woonstichting", "woningstichting", "kinderopvang", "apotheek", "kringloopwinkel", "hospice",
                     "huisartsengroep", "gezondheidscentrum", "peuteropvang", "innovatiecentrum", "expertisecentrum",
                     "kenniscentrum", "onderwijsstichting", "schoolstichting",
                     # a firm by its trade, also in a compound: "onderzoeksbureau X", "adviesbureau X", "bureau X"
                     "bureau")
KIND_IN_NAME = ("woonstichting", "woningstichting")
KIND_BEFORE = re.compile(rf"(?:{'|'.join(KIND_BEFORE_WORDS)})[ \t]+((?:De|Het|'t)[ \t]+[A-Z][\w'’\-/]*(?:[ \t]+[A-Z][\w'’\-/]*)?|"
                         rf"[A-Z][\w'’\-/]*(?:[ \t]+[A-Z][\w'’\-/]*){{0,2}})")


def _named_after_place(name: str) -> bool:
    """Whether a name is a place's or a region's: a municipality, a woonplaats, a neighbourhood, a region."""
    return _place_words(name) or ref.fold(name) in ref.area_index()


def _c_kind_before(ctx: OrgContext):
    text = ctx.text
    for w in KIND_BEFORE_WORDS:
        for q in occurrences(text, w):
            if q and text[q - 1].isalpha() and not text[q - 1].islower():
                continue
            if w == "bureau" and not text[back_over(text, q, word=True)].islower():
                continue  # "Adviesbureau Noord": a capitalised compound is the name's own head, read as a name
            if w == "school" and q and text[q - 1].isalpha():
                continue  # the word alone ("de islamitische school X"): "Xschool Y" is a school's name and its site
            m = KIND_BEFORE.match(text, q)
            if m:
                name = _trim(m.group(1))
                if name and w not in ("bureau", "school") and _named_after_place(name) \
                        and (q == 0 or not text[q - 1].isalpha()):
                    # "bibliotheek Rivierenland", "de lokale omroep Dalfsen": after its kind a place names the body of that
                    # place, the kind its name's first word (the place alone is the place)
                    full = w.capitalize() + text[q + len(w):m.start(1)] + name
                    yield _cand(full, q, m.start(1) + len(name), 0.6, filters=BLOCKED)
                    continue
                # after its kind a first name is the institution's ("basisschool Bernadette"), as a place's is
                if name and _slot_name_ok(ctx, name, m.start(1), listed=True):
                    if w in KIND_IN_NAME:  # "woonstichting X" is the body's own name, written in lower case
                        c = _cand(w.capitalize() + text[q + len(w):m.start(1)] + name, q, m.start(1) + len(name), 0.6,
                                  "housing", at=m.start(1), filters=BLOCKED)
                        c.aliases.append(name)
                        yield c
                    else:
                        c = _cand(name, m.start(1), m.start(1) + len(name), 0.6, filters=BLOCKED)
                        if w != "bureau":  # "basisschool X": the name with its kind, as a reader may write it
                            c.aliases.append(text[q:m.start(1)] + name)
                        yield c


def _c_single_role(ctx: OrgContext):
    for m in anchored_finditer(SINGLE_ROLE, ctx.text, _role_starts(ctx.text)):
        name = _trim(m.group(1))
        am = re.fullmatch(r"(.+?)[ \t]+en[ \t]+([A-Z]{2,6})", name or "")
        if am and f"({am.group(2)})" in ctx.text:  # "woningcorporatie A en SDK": SDK is another's short name
            name = am.group(1)
        if name:
            drop = "common_word" if _common_capitalised(name) else None
            yield _cand(name, m.start(1), m.start(1) + len(name), 0.75, filters=BLOCKED, dropped_by=drop)


def _c_role_list(ctx: OrgContext):
    found = [m for m in find_all(LIST_ROLE, ctx.text, LIST_ROLE_ANCHORS, fold_case=False)
             if not (m.group(0)[:5].lower() == "samen" and _SAMEN_VERB_BEFORE.search(ctx.text, max(0, m.start() - 40),
                                                                                      m.start()))]
    yield from _list_items(ctx, found, None)


# "hangt samen met", "valt samen met": a separable verb, no partner ("De daling hangt vooral samen met X")
_SAMEN_VERB_BEFORE = re.compile(r"(?i)\b(?:hangt|hangen|hing|hingen|valt|vallen|viel|vielen)\b[^.;:!?\n]*$")


# Names listed right after a plural kind of organisation, or after it and "zoals"/"als", or in brackets after it: "met
# de woningcorporaties A, B en C", "aanbieders als A en B", "vrijwilligersorganisaties (bijvoorbeeld A en B)",
# "de welzijnsinstellingen (A, B en C)". The kind says what every item is.
KIND_PLURALS = ("woningcorporaties", "woningbouwcorporaties", "corporaties", "zorgaanbieders", "jeugdhulpaanbieders",
                "jeugdzorgaanbieders", "aanbieders", "welzijnsorganisaties", "zorgorganisaties", "organisaties",
                "zorginstellingen", "instellingen", "zorgverzekeraars", "verzekeraars", "samenwerkingspartners",
                "partners", "partijen", "gemeenschappelijke regelingen", "verbonden partijen", "stichtingen", "verenigingen",
                "schoolbesturen", "basisscholen", "huurdersorganisaties", "huurdersverenigingen",
                "bewonersorganisaties", "ministeries")
KIND_LIST = re.compile(rf"(?i:{'|'.join(KIND_PLURALS)})(?:,?[ \t]+(?:zoals|als|waaronder)[ \t]+(?:bijvoorbeeld[ \t]+|"
                       rf"onder[ \t]+andere[ \t]+|o\.a\.[ \t]+)?|[ \t]*\((?:(?:bijvoorbeeld|zoals|"
                       rf"waaronder|o\.a\.|onder[ \t]+andere)[ \t]+)?|[ \t]+)"
                       # (items apart by commas or semicolons: "organisaties A; B; C en D")
                       rf"((?:{ART}(?:{CAMEL}|{NAME_NOCONJ}){_NOTE_OR_ACRONYM})(?:[ \t]*[,;][ \t]*{ART}(?:{CAMEL}|{NAME_NOCONJ})"
                       rf"{_NOTE_OR_ACRONYM})*(?:,?[ \t]+(?:en|of)[ \t]+{ART}(?:{CAMEL}|{NAME_NOCONJ}))?)")  # (", en X" too)


def _c_kind_list(ctx: OrgContext):
    text = ctx.text
    starts = set()
    for w in KIND_PLURALS + tuple(k.capitalize() for k in KIND_PLURALS):
        for q in occurrences(text, w):
            if text[q + len(w):q + len(w) + 1].isalpha():
                continue
            # a compound too: "vrijwilligersorganisaties (bijvoorbeeld A, B en C)", "taalaanbieders A en B" (the
            # match starts at its last part)
            starts.add(q)
    found = [m for m in (KIND_LIST.match(text, q) for q in sorted(starts)) if m]
    yield from _list_items(ctx, found, None)


# "partners die hulp bieden, zoals het A, huisartsen, B, het C", "organisaties nemen deel, zoals A, B": a plural
# kind of organisation, a clause saying what they do, then examples; the capitalised examples are organisations, the
# common nouns among them ("huisartsen", "de bibliotheek") are not.
SUCH_AS_KIND = re.compile(rf"(?i)\b(?:{'|'.join(KIND_PLURALS)})[ \t]+(?:die|dat|met|in|uit|van|voor|doen|nemen|werken|"
                          r"zijn)\b[^.;:!?\n]{0,100}?"
                          r",?[ \t]+(?:zoals|waaronder)[ \t]+$")
_EXAMPLES_END = re.compile(r"[.;:!?](?:\s|$)|\n|[ \t]\(")
_EXAMPLE = re.compile(rf"{ART}{NAME}")
# "Centrum voor Jeugd en Gezin": an "en" after a lower-case connector inside a name joins, it does not list
_JOINED_EN = re.compile(r"[ \t](?:voor|van|op|aan|de|der|het)[ \t]\S+[ \t]+en[ \t]")


def _c_such_as_examples(ctx: OrgContext):
    text = ctx.text
    for w in ("zoals", "waaronder"):
        for q in occurrences(text, w):
            start = q + len(w) + 1
            if not SUCH_AS_KIND.search(text, max(0, q - 130), start):
                continue
            stop = _EXAMPLES_END.search(text, start)
            end = stop.start() if stop else len(text)
            at = start
            for piece in text[start:end].split(","):
                lead = _EXAMPLE.match(piece.strip())
                p0 = at + len(piece) - len(piece.lstrip())
                at += len(piece) + 1
                if not lead:
                    continue
                name = lead.group(0)
                parts = [name] if _JOINED_EN.search(name) else re.split(r"(?<=\S)[ \t]+en[ \t]+(?=\S)", name)
                off = 0
                for part in parts:
                    k = name.find(part, off)
                    off = k + len(part)
                    yield from _announced_items(part, p0 + k, False, conf=0.7)


FACILITY_HEAD = re.compile(r"(?:[Dd]e[ \t]+|[Hh]et[ \t]+)?(Buurthuis|Wijkcentrum|Inloophuis|Ontmoetingscentrum|Dorpshuis|"
                           r"Buurtcentrum|Gemeenschapshuis|Wijkgebouw)[ \t]+")


def _c_facility_list(ctx: OrgContext):
    text = ctx.text
    for m in anchored_finditer(FACILITY_LIST, text, _facility_starts(text)):
        head = FACILITY_HEAD.match(text, m.start())
        item = _trim(m.group(1))
        if MANAGED_BEFORE.search(text, max(0, m.start() - 40), m.start()) or _is_place_word(item):
            continue  # (a facility named by its village alone, "wijkcentrum Halsteren", names no body)
        if head and item and "," not in item and " en " not in item:
            if FACILITY_AGENCY.search(_sentence_of(text, m.start())):
                c = _cand(text[head.start(1):m.start(1)] + item, head.start(1), m.start(1) + len(item), 0.7, "welfare",
                          filters=BLOCKED)
                c.aliases.append(item)  # "Buurthuis De X" is also "De X"
                yield c
            continue
        yield from _list_items(ctx, [m], "welfare")


# "beheer van gemeenschapshuis X": the building is managed, the manager is the actor
MANAGED_BEFORE = re.compile(r"(?i)\b(?:beheer|exploitatie|renovatie|verbouwing|bouw)[ \t]+van[ \t]+(?:het[ \t]+|de[ \t]+)?$")
FACILITY_AGENCY = re.compile(r"(?i)subsidie|ontv(?:angen|angt|ing|ingen)\b|krijgt|kreeg|kregen|uitgevoerd|partner|"
                             r"beheer|exploit|bijdrage")


# a service by its acronym and the body it belongs to: "de OGGZ van de GGD X", "de JGZ van Kernkracht"
SERVICE_OF = re.compile(r"(?:OGGZ|JGZ|GGZ|CJG|AMW|SMW)[ \t]+van[ \t]+(?:de[ \t]+|het[ \t]+)?(?P<body>[A-Z].*)$")


def _list_items(ctx: OrgContext, found, kind: str | None):
    text = ctx.text
    for m in found:
        base = m.start(1)
        if kind == "welfare" and not FACILITY_AGENCY.search(_sentence_of(text, m.start())):
            continue
        for item, off in _split_list(m.group(1)):
            name = _trim(item)
            if not name or text.startswith("-", base + off + len(name)):
                continue  # ("het Advies- en Meldpunt X": the first half of a compound, no name)
            where = _IN_AREA.search(name)
            if where and (ref.fold(where.group(1)) in ctx.places or _place_words(where.group(1))
                          or _AREA_NAME.fullmatch(where.group(1))):
                name = name[:where.start()]  # "samen met X in de Vogelwijk": where the partner works, not its name
            if first_and_surname(name.split()):
                continue  # a person: "o.l.v. Jan de Vries", "samen met Anna Bos en X"
            served = SERVICE_OF.match(name)
            if served:  # "uitgevoerd door de OGGZ van de GGD X": the service, and the body it belongs to
                off += served.start("body")
                name = served.group("body")
            common = _common_capitalised(name) and not (name.split()[0] in {"De", "Het"} and len(name.split()) > 1)
            yield _cand(name, base + off, base + off + len(name), 0.7, kind, filters=BLOCKED,
                        dropped_by="common_word" if common else None)


# "in de" / "in het" and an area after a listed name: where the body works ("X in de Vogelwijk"), unless the name's own
# words ("Sport in de Wijk": no area's name)
_IN_AREA = re.compile(r"[ \t]+in[ \t]+(?:de|het)[ \t]+([A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?)$")
_AREA_NAME = re.compile(r"[A-Z][\w\-]+(?:wijk|buurt|kwartier|dorp)")
# "de jongerenwerker van X", "de wijkteams van X", "vrijwilligers van X": whoever has staff or teams is an
# organisation.
STAFF_WORDS = ("werker", "coach", "consulent", "professional", "vrijwilliger", "teams", "adviseur", "ondersteuner",
               "verpleegkundige", "begeleider", "spreekuur", "spreekuren", "medewerker",
               # ... and those a body serves or lets to, and the queue it keeps: "cliënten van X", "huurders van X"
               "cliënt", "cliënten", "klanten", "huurders", "wachtlijst", "wachtlijsten",
               # ... and the work it does for them: "de wijkverpleging van X", "het jongerenwerk van X"
               "wijkverpleging", "thuiszorg", "jongerenwerk", "ouderenwerk", "opbouwwerk", "buurtwerk",
               # ... and where it works and how long one waits for it: "een locatie van X", "het inloophuis van X",
               # "de wachttijden bij X", "het personeel van X"
               "locatie", "vestiging", "kantoor", "inloophuis", "wachttijd", "wachttijden", "personeel",
               "dienstverlening", "maaltijdservice", "hulpverlener", "zorgverlener", "contactpersoon",
               # ... and what a provider bills and charges: "de declaraties van X", "de facturen van X", "de tarieven van X"
               "declaratie", "factuur", "facturen", "tarief", "tarieven",
               # ... and who speaks for it: "Vertegenwoordigers van A, B en C namen zitting in ..."
               "vertegenwoordiger",
               # ... and what comes in or is placed there: "het aantal aanmeldingen bij X", "42 plaatsingen bij X"
               "aanmelding", "plaatsing",
               # ... and who leads and oversees it: "de directeur van X", "de Raad van Toezicht van X"
               "directeur", "voorzitter", "bestuurder", "toezicht",
               # ... and its papers: "de subsidieaanvraag van X", "de jaarrekening van X", "het faillissement van X"
               "subsidieaanvraag", "subsidiebeschikking", "jaarrekening", "accountantsverklaring", "faillissement",
               # ... and what a housing corporation lets and is owed: "de huurwoningen van X", "huurachterstanden bij X"
               "huurwoning", "huurachterstand", "woningvoorraad")
# ("de ouderenadviseurs werken voor X", "de consulenten zijn in dienst van X": who employs them)
STAFF_NAME = re.compile(rf"(?:s|es|en)?(?:[ \t]+(?:werken|werkt|werkten|werkte|(?:zijn|is|waren|was)[ \t]+(?:werkzaam|in[ \t]+dienst))"
                        rf"[ \t]+(?:voor|bij|van)|[ \t]+(?:van|bij))[ \t]+((?:De|Het)[ \t]+[A-Z][\w\-]*|{NAME_NOCONJ})")
# ... a list whose first item is a common noun: "vertegenwoordigers van de gemeente, A en B"
STAFF_LOWER_FIRST = re.compile(r"(?:s|es|en)?[ \t]+(?:van|bij)[ \t]+(?:de|het)[ \t]+[a-z]+(?=[ \t]*,|[ \t]+en[ \t])")
STAFF_NEXT = re.compile(rf"[ \t]*(?:,|[ \t]en)[ \t]+(?:(?:de|het)[ \t]+)?(?P<name>(?:De|Het)[ \t]+[A-Z][\w\-]*|{NAME_NOCONJ})"
                        rf"(?=[ \t]*[,.;:)\n]|[ \t]+(?:en|of)[ \t]|[ \t]+[a-z]|$)")


def _c_staff_of(ctx: OrgContext):
    text = ctx.text
    for w in (*STAFF_WORDS, *(w.capitalize() for w in STAFF_WORDS)):  # "Vrijwilligers van X bezoeken ..."
        for q in occurrences(text, w):
            m = STAFF_NAME.match(text, q + len(w))
            if m:
                yield from _staff_cand(m)
            elif (lm := STAFF_LOWER_FIRST.match(text, q + len(w))) is not None:
                yield from _staff_list_after(text, lm.end())  # "vertegenwoordigers van de gemeente, A en B"
    # a team of a body, named by what it does: "het Jeugdteam van X", "het wijkteam van X" (not "een team van X":
    # a team may be named after its service, "een team van Spoedeisende Zorg")
    for q in occurrences(text, "team"):
        if q and text[q - 1].isalpha() and not text.startswith("teams", q) \
                and (m := STAFF_NAME.match(text, q + 4)) is not None:  # ("-teams van X": a staff word already)
            yield from _staff_cand(m)


def _staff_cand(m: re.Match):
    name = _trim(m.group(1))
    if name:
        common = _common_capitalised(name) and not (name.split()[0] in {"De", "Het"} and len(name.split()) > 1)
        yield _cand(name, m.start(1), m.start(1) + len(name), 0.7, filters=BLOCKED,
                    dropped_by="common_word" if common else None)
        yield from _staff_list_after(m.string, m.start(1) + len(name))


def _staff_list_after(text: str, end: int):
    """"medewerkers van A, B en C": the other employers of the list, from `end` on (up to a person's name in
    apposition: "een nieuwe directeur bij A, Jan de Vries, en ...")."""
    while (nm := STAFF_NEXT.match(text, end)) is not None:
        more = _trim(nm.group("name"))
        if not more or _common_capitalised(more) or first_and_surname(more.split()):
            break
        end = nm.start("name") + len(more)
        yield _cand(more, nm.start("name"), end, 0.7, filters=BLOCKED)


SURNAME_PARTICLE_AFTER = re.compile(r"[ \t]+(?:de|van|van[ \t]+de|van[ \t]+der|van[ \t]+den|ter|ten|den)[ \t]+[A-Z]")


def _c_aux_subject(ctx: OrgContext):
    for m in find_all(AUX_SUBJECT, ctx.text, ("heeft", "hebben", "is", "wordt", "was", "werd"), fold_case=False,
                      whole=True):
        name = _trim(m.group(1))
        if name and len(name) >= 3:
            drop = "common_word" if _common_capitalised(name) else None
            if drop is None and " " not in name and name in ref.first_names() \
                    and SURNAME_PARTICLE_AFTER.match(ctx.text, m.end(1)):
                drop = "person"  # "De gemeente heeft Jan de Vries gevraagd": a first name and the particle of a surname
            yield _cand(name, m.start(1), m.start(1) + len(name), 0.55, filters=BLOCKED, dropped_by=drop)


# Items of a list announced as public bodies ("Het gaat om de volgende gemeenschappelijke regelingen:",
# a heading "Verbonden partijen") or as organisations ("Deelnemende organisaties", "De partners zijn: A, B en C"):
# each item is a body, its seat ("te Zwolle") left off.
BODY_LIST_CUE = re.compile(r"(?i)gemeenschappelijke\s+regelingen|verbonden\s+partijen|deelnemingen")
ORG_LIST_CUE = re.compile(r"(?i)\b(?:[a-z]*partners|partijen|organisaties|instellingen|deelnemers|[a-z]*aanbieders)\b")
ORG_LIST_INLINE = re.compile(r"(?i)\b(?:[a-z]*partners|partijen|organisaties|instellingen|deelnemers|ondertekenaars|"
                             r"[a-z]*aanbieders)(?:(?:[ \t]+(?:van|aan|bij|dit|deze|het|de|[a-z]+(?:convenant|akkoord|"
                             r"overleg|netwerk|coalitie|project)|convenant|akkoord|overleg|netwerk|coalitie|project)){0,4}"
                             r"[ \t]+(?:zijn|waren))?[ \t]*:[ \t]*(?=\S)|"
                             r"\b(?:[a-z]*partners|partijen|organisaties|instellingen|[a-z]*aanbieders)[ \t]+(?:zijn|waren)"
                             r"[ \t]+(?=(?-i:[A-Z]))|"
                             r"\bgemeenschappelijke[ \t]+regelingen[ \t]+(?=(?-i:[A-Z]))")
# ... or by a cue that only a body follows, before a colon: "We werken samen met:", "De subsidie is verleend aan:"
ORG_LIST_INTRO = re.compile(r"(?i)\b(?:samen[ \t]+met|samenwerking[ \t]+met|i\.s\.m\.|subsidie[ \t]+aan|verleend[ \t]+aan|"
                            r"verstrekt[ \t]+aan|uitgevoerd[ \t]+door|ondersteund[ \t]+door|gefinancierd[ \t]+door|"
                            r"afspraken[ \t]+(?:gemaakt[ \t]+)?met)[ \t]*:[ \t]*$")
# ... or by the bodies it names as "the following", at its end: "... aangevraagd door de volgende stichtingen"
FOLLOWING_BODIES = re.compile(rf"(?i)\bde[ \t]+volgende[ \t]+[a-z]*(?:{'|'.join(KIND_PLURALS)})[ \t]*:?[ \t]*$")
LIST_ITEM = re.compile(r"[ \t\u00a0]*(?:[•·\-–*▪◦]|\d{1,2}[.)])[ \t\u00a0]+(\S[^\n]{1,100}?)[ \t\u00a0]*$")
SEAT_TAIL = re.compile(r"[ \t]+te[ \t]+[A-Z][\w\-'’ ]*[;:,.]?$|[ \t]*[;:,.]$")
# A one-word item that names a kind of organisation, not one ("Seniorenplatform", "Huisartsencoöperatie").
KIND_WORD_END = re.compile(r"(?i)(?:platform|coöperatie|cooperatie|bonden|organisaties?|instellingen|verenigingen|"
                           r"partners?|partijen|scholen|corporaties|aanbieders|huisartsen|teams?|raad|raden|centra|"
                           r"netwerk|overleg|vrijwilligers|bewoners|inwoners|ouderen|jongeren|ouders|gemeenten)$")
INLINE_ITEM = re.compile(r"[^,;.|\n]+")  # ("A | B | C": a table row's cells)
INLINE_NAME = re.compile(rf"(?:(?:de|het)[ \t]+)?{NAME_NOCONJ}")
AUX_AFTER = re.compile(r"[ \t]+(?:is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|hadden|kan|kunnen|kon|"
                       r"konden|zal|zullen|moet|moeten|mag|mogen)\b")


_ITEM_LINE = re.compile("(?m)^" + LIST_ITEM.pattern)

# Every alternative of ORG_LIST_INLINE holds one of these words; its matches never span a line end.
# What a match of ORG_LIST_INLINE without a colon holds, in the lower-cased text.
_INLINE_NO_COLON = re.compile(r"(?:partners|partijen|organisaties|instellingen|aanbieders)[ \t]+(?:zijn|waren)[ \t]"
                              r"|gemeenschappelijke[ \t]+regelingen[ \t]")
INLINE_CUE_WORDS = ("partners", "partijen", "organisaties", "instellingen", "deelnemers", "ondertekenaars",
                    "aanbieders", "regelingen")


def _c_announced_list(ctx: OrgContext):
    """Items of announced lists, line by line in the text's order. Only list-item lines and lines where
    ORG_LIST_INLINE matches do work: item lines are found by one scan of the text, and the two lines before
    a run of items (its intro and heading) by walking back from it."""
    text = ctx.text
    low = lowered(text) or text.lower()
    if not any(w in low for w in (*INLINE_CUE_WORDS, "deelnemingen", "volgende")) and ":\n" not in text:
        return
    events = []  # (line start, rank, candidates) in the order the lines come
    items = list(_ITEM_LINE.finditer(text))
    item_at = {m.start() for m in items}
    intro, heading = "", ""
    prev_end = 0
    for m in items:
        a = m.start()
        if a > prev_end:  # the lines between the previous item and this one update intro and heading
            intro, heading = _intro_after(text, prev_end, a, intro) or (intro, heading)
        prev_end = m.end() + 1
        bodies = bool(BODY_LIST_CUE.search(intro))
        if bodies or (ORG_LIST_CUE.search(intro) and (intro.rstrip().endswith(":") or len(intro.split()) <= 4)) \
                or (intro.rstrip().endswith(":") and ORG_LIST_CUE.search(heading)) or ORG_LIST_INTRO.search(intro) \
                or FOLLOWING_BODIES.search(intro):
            raw, at = m.group(1), m.start(1)
            kind = ITEM_CATEGORY.match(raw)
            if kind:  # "- Verbonden partij X", "- Gemeenschappelijke regelingen X": the list's category, then X
                raw, at = raw[kind.end():], at + kind.end()
            colon = re.search(r":[ \t]|\.[ \t]+(?=[A-Z])", raw)
            if colon and raw[:1].isupper():
                # "GGD X: jeugdgezondheidszorg en ...": the name before what it does ("... Senzer: uitvoering van de
                # Participatiewet. De gemeentelijke bijdrage bedraagt ...": nor a sentence after it)
                raw = raw[:colon.start()]
            out = []
            pieces = raw.split(", ")
            if len(pieces) > 1 and all(p[:1].isupper() for p in pieces):
                for piece in pieces:  # "A, B": two organisations on one line
                    out.extend(_announced_items(piece, at, bodies))
                    at += len(piece) + 2
            else:
                out.extend(_announced_items(raw, at, bodies))
            events.append((a, 0, out))
    for pos, im in _inline_cues(text):
        if pos in item_at:
            continue
        line = im.string
        at = im.end()
        out = []
        stop = re.search(r"[.;](?:\s|$)", line[at:])
        seg_end = at + (stop.start() if stop else len(line) - at)
        if MUNICIPALITIES_LISTED.match(line, at):
            continue  # "Deelnemende partijen: De gemeenten A, B en C": municipalities, each of them
        for it in INLINE_ITEM.finditer(line, at, seg_end):
            parts = re.split(r"[ \t]+(?:en|of)[ \t]+", it.group(0))
            off = it.start()
            for part in parts:
                q = line.find(part, off)
                off = q + len(part)
                lead = INLINE_NAME.match(part.strip())  # "... en C kunnen tot 1 mei ...": C, not the clause
                if lead and AUX_AFTER.match(part.strip(), lead.end()):
                    part = part[:len(part) - len(part.lstrip())] + lead.group(0)
                out.extend(_announced_items(part.strip(), pos + q + (len(part) - len(part.lstrip())), False,
                                            conf=0.6))
        events.append((pos, 1, out))
    events.sort(key=lambda e: (e[0], e[1]))
    for _, _, out in events:
        yield from out


# An item that opens with its list's category before the body's name (a report site's menu of joint bodies)
ITEM_CATEGORY = re.compile(r"(?i:verbonden[ \t]+partij(?:en)?|gemeenschappelijke[ \t]+regelingen|deelnemingen?)[ \t]+"
                           r"(?=[A-Z])")
MUNICIPALITIES_LISTED = re.compile(r"[ \t]*(?:(?:de|De)[ \t]+)?(?:gemeenten|Gemeenten)[ \t]")


def _inline_cues(text: str):
    """(line start, match) of ORG_LIST_INLINE on each line of `text`, line by line; only lines holding a cue
    word are tried (the pattern tried at every word of a report cost as much as the rest of this step)."""
    low = lowered(text)
    if low is None:  # lower-casing moves offsets: try every line
        starts = [0] + [m.end() for m in re.finditer("\n", text)]
    else:
        starts = sorted({text.rfind("\n", 0, p) + 1 for w in INLINE_CUE_WORDS for p in occurrences(low, w)})
    for pos in starts:
        end = text.find("\n", pos)
        line = text[pos:(len(text) if end < 0 else end)]
        if low is not None and ":" not in line and not _INLINE_NO_COLON.search(low, pos, pos + len(line)):
            continue  # a match without a colon is "... partners zijn A" or "gemeenschappelijke regelingen A"
        for im in ORG_LIST_INLINE.finditer(line):
            yield pos, im


def _intro_after(text: str, start: int, stop: int, intro: str) -> tuple[str, str] | None:
    """(intro, heading) after the lines of text[start:stop] (none of them a list item), given the intro
    before them: intro is the last line with text (none when 300 characters or longer), heading the intro
    before it when that has at most four words; None when those lines are all blank (nothing changes)."""
    lines = []
    end = stop - 1 if stop > start and text[stop - 1] == "\n" else stop
    while end > start and len(lines) < 2:  # the last two lines with text, walking back
        pos = max(text.rfind("\n", start, end) + 1, start)
        line = text[pos:end]
        if line.strip():
            lines.append(line)
        end = pos - 1
    if not lines:
        return None
    if len(lines) == 1:
        prev = intro
    else:
        prev = lines[1] if len(lines[1]) < 300 else ""
    new = lines[0] if len(lines[0]) < 300 else ""
    return new, (prev if len(prev.split()) <= 4 else "")


# The header cell of a table column that holds organisations, one per row: "Rechtsvorm | Verbonden partij |
# Programma", "Naam deelneming", "Subsidieontvanger"
ORG_COLUMN = re.compile(r"(?i)(?:naam[ \t]+(?:van[ \t]+de[ \t]+)?)?(?:(?P<body>verbonden[ \t]+partij(?:en)?|deelneming(?:en)?)"
                        r"|organisatie|instelling|subsidieontvanger|ontvanger|(?:zorg)?aanbieder|uitvoerder|penvoerder|"
                        r"uitvoerende[ \t]+partij(?:en)?|(?:samenwerkings)?partners?)")
ORG_COLUMN_CUES = ("verbonden partij", "deelneming", "organisatie", "instelling", "ontvanger", "aanbieder", "uitvoerder",
                   "penvoerder", "uitvoerende partij", "partner", "naam")
# ... and a "Naam" column beside an amount granted ("Naam | Bijdrage", "Naam | Subsidie 2023"): a grants table's names
NAME_COLUMN = re.compile(r"(?i)naam")
GRANT_COLUMN = re.compile(r"(?i)(?:toegekende[ \t]+|verleende[ \t]+)?(?:subsidie|bijdrage)(?:[ \t]+(?:19|20)\d\d)?(?:[ \t]*\(?(?:in[ \t]+)?€\)?)?")


# "de Verbonden Partijen GO Regio X en de Y": the bodies named right after the words
AFTER_PARTIES = re.compile(rf"\b[Vv]erbonden[ \t]+[Pp]artij(?:en)?[ \t]+({NAME_NOCONJ})")


def _row_cells(line: str) -> list[tuple[int, str]]:
    """(offset in the line, text) of a table row's cells ("A | B | C |", or cells between tabs where a row has no
    bar), empty cells kept, a closing bar's empty cell not. (figures._pipe_spans asks for two bars; a row of a
    verbonden-partijen table whose legal-form cell is left out may have one: "GO Regio X | 2. Ruimtelijk Domein".)"""
    out, at = [], 0
    for raw in line.split("|" if "|" in line or "\t" not in line else "\t"):
        lead = len(raw) - len(raw.lstrip())
        out.append((at + lead, raw.strip()))
        at += len(raw) + 1
    if len(out) > 1 and not out[-1][1]:
        out.pop()
    return out


def _c_after_parties(ctx: OrgContext):
    for m in find_all(AFTER_PARTIES, ctx.text, ("Verbonden", "verbonden"), fold_case=False):
        name = _trim(m.group(1))
        if name:
            yield _cand(name, m.start(1), m.start(1) + len(name), 0.7, _kind_for(name, "", "government"), filters=BLOCKED)


def _c_table_column(ctx: OrgContext):
    """The cells of a table column headed as organisations ("Verbonden partij", "Naam deelneming",
    "Subsidieontvanger"), row by row down to the table's end. A row that leaves out leading cells (the legal form
    written once for a group of rows) has its cells counted from the right."""
    text = ctx.text
    low = lowered(text) or text.lower()
    heads = sorted({text.rfind("\n", 0, q) + 1 for w in ORG_COLUMN_CUES for q in occurrences(low, w)})
    for ls in heads:
        le = text.find("\n", ls)
        le = len(text) if le < 0 else le
        header = _row_cells(text[ls:le])
        if len(header) < 2:
            continue
        col = next((i for i, (_, c) in enumerate(header) if ORG_COLUMN.fullmatch(c)), None)
        if col is None and any(GRANT_COLUMN.fullmatch(c) for _, c in header):
            col = next((i for i, (_, c) in enumerate(header) if NAME_COLUMN.fullmatch(c)), None)
        if col is None:
            continue
        kind = ORG_COLUMN.fullmatch(header[col][1])
        bodies = bool(kind and kind.group("body"))
        filled = sum(1 for _, c in header if c)
        col_filled = sum(1 for _, c in header[:col] if c)  # (its place among the filled cells: "| Partner | Rol |")
        pos = le + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            if "|" not in line and "\t" not in line:
                break
            cells = _row_cells(line)
            full = [cell for cell in cells if cell[1]]
            i = col_filled - (filled - len(full))
            if 0 <= i < len(full) and len(full) > 1:
                at, cell = full[i]
                if not re.fullmatch(r"[\d.,%€\s-]+", cell):
                    for c in _announced_items(cell, pos + at, False, conf=0.75):
                        if bodies:
                            c.kind = _kind_for(c.name, "", "government")
                        yield c
            pos = end + 1


# A grants overview: a heading that names grants ("Subsidies 2023", "Verleende subsidies", "Gesubsidieerde
# instellingen") and under it lines that each hold a name and an amount ("Stichting X € 25.000", "X: 12.500").
GRANT_LIST_HEAD = re.compile(r"(?i)[ \t]*(?:[a-zà-ÿ]+[ \t]+){0,2}(?:subsidies|subsidieoverzicht|subsidieontvangers|"
                             r"gesubsidieerde[ \t]+[a-z]+)(?:[ \t]+[^\n.!?]{0,30})?[ \t]*:?[ \t]*")
GRANT_LIST_LINE = re.compile(r"[ \t]*(?P<name>[A-Z'‘’][^\n€|\t:]{1,70}?)[ \t]*(?::[ \t]*|[ \t]+|\t)(?:€|EUR)?[ \t]*"
                             r"\d{1,3}(?:[.,]\d{3})*(?:,\d{2}|,-)?[ \t]*$")
# ... or a table's row: the name in its first cell, the amount in its last ("X | welzijnswerk | 450.000")
GRANT_LIST_ROW = re.compile(r"[ \t]*\|?[ \t]*(?P<name>[A-Z'‘’][^\n€|\t:]{1,70}?)[ \t]*\|(?:[^\n|]*\|)*?[ \t]*(?:€|EUR)?[ \t]*"
                            r"\d{1,3}(?:[.,]\d{3})*(?:,\d{2}|,-)?[ \t]*\|?[ \t]*")
GRANT_LIST_MIN = 2  # lines with a name and an amount


def _c_grant_list(ctx: OrgContext):
    """The names of the lines under a grants overview's heading (one line without an amount may head the columns),
    each read as a list's item (a common noun, a sector or a place is no name: "Welzijn € 1.200.000")."""
    text = ctx.text
    low = lowered(text) or text.lower()
    heads = sorted({text.rfind("\n", 0, q) + 1 for q in occurrences(low, "subsidie")})  # the lines that name grants
    for ls in heads:
        le = text.find("\n", ls)
        le = len(text) if le < 0 else le
        if GRANT_LIST_HEAD.fullmatch(text, ls, le) is None:
            continue
        pos, rows, skipped = le + 1, [], False
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            m = GRANT_LIST_LINE.fullmatch(text, pos, end) or GRANT_LIST_ROW.fullmatch(text, pos, end)
            if m is None:
                if rows or skipped or not text[pos:end].strip() or any(ch.isdigit() for ch in text[pos:end]):
                    break
                skipped = True  # "Organisatie  Bedrag": the columns' heads
            else:
                rows.append(m)
            pos = end + 1
        if len(rows) < GRANT_LIST_MIN:
            continue
        for m in rows:
            name = _trim(m.group("name"))
            if name and name.split()[0] not in SECTOR_WORDS and _slot_name_ok(ctx, name, m.start("name"), listed=True):
                yield from _announced_items(name, m.start("name"), False, conf=0.7)


# A heading that announces organisations, with one name per line under it and no list marks ("Aanwezigen" of a
# meeting's report, "Deelnemende organisaties", "Onze partners").
PLAIN_LIST_HEAD = re.compile(r"(?im)^[ \t]*(?:aanwezigen|aanwezig|deelnemers|deelnemende[ \t]+(?:organisaties|partijen)|"
                             r"(?:betrokken|uitvoerende|gesubsidieerde)[ \t]+(?:organisaties|partijen)|"
                             r"(?:(?:de|onze)[ \t]+)?(?:(?:belangrijkste|vaste|lokale|maatschappelijke|betrokken)[ \t]+)?"
                             r"(?:samenwerkings|keten|kern|netwerk|uitvoerings)?partners|subsidieontvangers|"
                             r"ondertekenaars|"
                             # "Deze partijen werkten mee:", "De volgende organisaties zijn betrokken:"
                             r"(?:deze|de[ \t]+volgende|volgende)[ \t]+(?:organisaties|partijen|instellingen)"
                             r"(?:[ \t]+(?:werkten|werken|deden|doen)[ \t]+mee|[ \t]+(?:zijn|waren)[ \t]+betrokken|"
                             r"[ \t]+(?:namen|nemen)[ \t]+deel))(?:[ \t]+(?:zijn|waren))?[ \t]*:?[ \t]*$")
PLAIN_LIST_CUES = ("aanwezig", "deelnemer", "deelnemende", "betrokken", "uitvoerende", "gesubsidieerde", "partners",
                   "subsidieontvangers", "ondertekenaars", "organisaties", "partijen", "instellingen")
PLAIN_LIST_MIN = 3  # lines: fewer is a paragraph or two under a heading
# initials closing a name ("K.B.K.") and an abbreviated word inside one ("Chr. Muziekvereniging"): no sentence's end
INITIALS_END = re.compile(r"(?:^|[ \t])(?:[A-Z]\.){2,}$")
# (not a person's title or initials: "Drs. J. Jansen")
ABBREVIATED_WORD = re.compile(r"(?<![\w.])(?!(?:Drs|Mr|Dr|Ir|Ing|Prof|Mevr|Dhr)\.)[A-Z][a-z]{2,4}\.[ \t]")
# ... or one line of names under it, joined by commas and a last "en"
PLAIN_LIST_NAME = re.compile(r"(?<![\w'’&\-])(?:(?:de|het)[ \t]+)?[A-Z][\w'’&\-]*(?:[ \t]+[A-Z][\w'’&\-]*){0,3}")
PLAIN_LIST_LINE = re.compile(rf"{PLAIN_LIST_NAME.pattern}(?:[ \t]*,[ \t]*{PLAIN_LIST_NAME.pattern})*[ \t]+en[ \t]+"
                             rf"{PLAIN_LIST_NAME.pattern}[ \t]*\.?[ \t]*(?=\n|$)")
_DASH_TAIL = re.compile(r"[ \t]+[-–][ \t]+.*$")  # "X - locatie Y": the organisation is X


def _c_plain_list(ctx: OrgContext):
    """The lines under a heading that announces organisations, each a name: three or more short lines that open
    with a capital and end without a sentence's punctuation, up to the first blank line (a list with marks is
    announced_list's)."""
    text = ctx.text
    low = lowered(text) or text.lower()
    if not any(w in low for w in PLAIN_LIST_CUES):
        return
    for h in PLAIN_LIST_HEAD.finditer(text):
        pos = h.end() + 1
        while pos < len(text) and text[pos] in " \t\n":
            pos += 1
        pos = text.rfind("\n", 0, pos) + 1
        lines = []
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            item = line.strip()
            if not item or len(item) > 80 or (item[-1] in ".!?:;," and not INITIALS_END.search(item)) \
                    or not (item[0].isupper() or item[0].isdigit()) or _ITEM_LINE.match(line):
                break  # (a name may close with its initials: "Koor X K.B.K.")
            if not first_and_surname(item.split()):  # a person: "Jan de Vries"
                lines.append((pos + line.index(item[0]), _DASH_TAIL.sub("", item)))
            pos = end + 1
        if len(lines) >= PLAIN_LIST_MIN:
            for at, item in lines:
                yield from _announced_items(item, at, False)
            continue
        # ... or the names in one line under it, a comma list: "Betrokken partners\nA, B, C en D"
        first = h.end() + 1
        while text.startswith(("\n", " ", "\t"), first):
            first += 1
        m = PLAIN_LIST_LINE.match(text, first)
        if m:
            for im in PLAIN_LIST_NAME.finditer(m.group(0)):
                yield from _announced_items(im.group(0), first + im.start(), False)


# A heading that is a name, over a paragraph that speaks of it as a body: "Dalkracht\n\nDe stichting biedt ...",
# "X\n\nDeze organisatie helpt ...".
HEADED_BODY = re.compile(r"(?m)^[ \t]*(?P<name>[A-Z][\w'’&\-]*(?:[ \t]+(?:(?:de|van|voor|en|het)[ \t]+)?[A-Z][\w'’&\-]*){0,3})"
                         r"[ \t]*\n[ \t]*\n?[ \t]*(?:De|Deze)[ \t]+(?:stichting|organisatie|vereniging|coöperatie|instelling|"
                         r"[a-z]+organisatie|zorgaanbieder|aanbieder|corporatie)\b(?![ \t]+(?:[A-Z]|['‘“\"]))")


def _c_headed_body(ctx: OrgContext):
    text = ctx.text
    if "\nDe" not in text:
        return
    for q in (*occurrences(text, "\nDe "), *occurrences(text, "\nDeze ")):
        # the heading is the line before the paragraph at q + 1, a blank line between them or none
        heading_end = q - 1 if text[q - 1:q] == "\n" else q
        m = HEADED_BODY.match(text, text.rfind("\n", 0, heading_end) + 1)
        if m and m.end() > q:
            name = _trim(m.group("name"))
            if name and _slot_name_ok(ctx, name, m.start("name"), listed=True):
                yield _cand(name, m.start("name"), m.start("name") + len(name), 0.7, filters=BLOCKED)


# what a listed body does, after its name: "X voor de uitvoering van ...", "Y voor dagbesteding" (not "Centrum voor
# jeugd en gezin": a name of one word before "voor" keeps it)
PURPOSE_TAIL = re.compile(r"[ \t]+voor[ \t]+(?:(?:de|het|een)[ \t]+)?[a-zà-ÿ].*$")


def _announced_items(raw: str, start: int, bodies: bool, conf: float = 0.85):
    """Candidates from one list item: "X te Y" -> X; "A/B" -> A and B; a bare kind of organisation is none."""
    item = SEAT_TAIL.sub("", raw.split(" (")[0]).strip()
    task = PURPOSE_TAIL.search(item)
    if task and (" " in item[:task.start()].strip() or ACRONYM.fullmatch(item[:task.start()])):
        item = item[:task.start()]  # "X Y voor de uitvoering van ...", "ABC voor jeugdhulp": the body, then its task
    if JOINT_REGULATION.match(item) or GR_SHORT.match(item):
        return  # "Gemeenschappelijke regeling X": the body X is taken by joint_regulation
    pieces, variant = [item], None
    if "/" in item and all(p.strip()[:1].isupper() for p in item.split("/")) and " " in item:
        pieces = item.split("/")  # "Vericon Advies/Regiobank": two organisations ("SOZ/ANBO" is one)
        if len(pieces) == 2 and pieces[1].strip().startswith(pieces[0].split()[-1]):
            pieces, variant = pieces[:1], pieces[1].strip()  # "Stichting X/XGroen": one body and its branch's name
    off = 0
    for piece in pieces:
        q = item.find(piece, off)
        off = q + len(piece)
        name = re.sub(r"^(?:de|het)[ \t]+", "", piece.strip())
        article = piece.strip()[:len(piece.strip()) - len(name)]
        s = start + q + (len(piece) - len(piece.lstrip())) + len(article)
        words = name.split()
        if not words or not (name[:1].isupper() or re.match(r"['‘’](?:s-|[st][ \t]+)[A-Z]", name)) or len(words) > 8 \
                or re.search(r"[.!?]\s|\d{3}", ABBREVIATED_WORD.sub("", name)):
            continue
        later_caps = any(w[:1].isupper() or w[:1].isdigit() for w in words[1:])
        if len(words) == 1:
            short_form = len(name) >= 2 and any(ch.isdigit() for ch in name)  # "N13"
            acronym = not bodies and len(name) == 3 and name.isupper()  # "HVB" as a line of a list of names
            if bodies or (len(name) < 4 and not short_form and not acronym) or KIND_WORD_END.search(name) \
                    or name.lower() in STOP_WORDS:
                continue
        elif not later_caps:
            continue  # "Verbonden partij", "Samenwerkende ouderenbonden": a description
        if words[0] in ("Gemeente", "Gemeenten", "Provincie") and len(words) <= 3:
            continue
        c = _cand(name, s, s + len(name), conf, _kind_for(name, "", "government") if bodies else None,
                  filters=BLOCKED)
        if article:
            c.aliases.append(article + name)  # "de Basisz" as the list writes it
        if variant:
            c.aliases.append(variant)
        yield c


# The body a board, budget or account belongs to: "Algemeen Bestuur van X", "de conceptbegroting 2021 van X";
# a school named after its kind: "OBS X", "PCBS De Y".
GOVERNED = re.compile(rf"\b(?:(?:[Aa]lgemeen|[Dd]agelijks)[ \t]+[Bb]estuur|(?<=[Hh]et[ \t])bestuur|directie|directeur|"
                      rf"raad[ \t]+van[ \t]+toezicht|[a-z]*(?:begroting|jaarrekening|jaarstukken|jaarverslag)"
                      rf"(?:[ \t]+(?:19|20)\d\d(?:[-–](?:19|20)\d\d)?)?)[ \t]+(?:van|der)[ \t]+(?:de[ \t]+|het[ \t]+)?"
                      rf"({NAME_NOCONJ})")
SCHOOL_KIND = re.compile(r"\b(?:OBS|PCBS|RKBS|KBS|CBS|SBO|IKC|SO|VSO|BS)[ \t]+((?:De|Het|['’]t)[ \t]+)?"
                         r"[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2}")


def _c_governed(ctx: OrgContext):
    """The body of a board, budget or account; a school by its kind ("OBS De Regenboog", not a table's "CBS Totaal")."""
    text = ctx.text
    for m in find_all(GOVERNED, text, ("Algemeen", "algemeen", "Dagelijks", "dagelijks", "begroting", "jaarrekening",
                                       "jaarstukken", "conceptbegroting", "ontwerpbegroting", "programmabegroting",
                                       "bestuur", "directie", "directeur", "raad", "jaarverslag"),
                      fold_case=False):
        name = _trim(m.group(1))
        if TYPE_WORD.match(name.split()[0]) or _common_capitalised(name) or name.split()[0] in NON_ORG_WORDS \
                or name.lower() in ("vereniging", "stichting", "coöperatie", "cooperatie", "organisatie", "instelling"):
            continue  # (a legal form alone, "het bestuur van de Vereniging", names none)
        yield _cand(name, m.start(1), m.start(1) + len(name), 0.7, filters=BLOCKED)
    for m in find_all(SCHOOL_KIND, text, ("OBS", "PCBS", "RKBS", "KBS", "CBS", "SBO", "IKC", "SO", "VSO", "BS"),
                      fold_case=False, whole=True):
        last = m.group(0).split()[-1]
        if last in NON_ORG_WORDS or NO_NAME_TAIL.search(last):
            continue
        yield _cand(m.group(0), m.start(), m.end(), 0.8, "education", filters=BLOCKED)


# "A, het sociaal werkbedrijf in B", "A (ACR), een zelfstandige stichting die ...": a name followed by an apposition
# whose head is a kind of organisation
APPOSITION_KIND = re.compile(r",[ \t]+(?:het|de|een|onze|ons)[ \t]+(?:[a-zà-ÿ-]+[ \t]+){0,2}?[a-zà-ÿ]*(?:werkbedrijf|organisatie"
                             r"|stichting|corporatie|aanbieder|instelling|vereniging|coöperatie|uitvoerder|leverancier"
                             r"|zorgverzekeraar|werkvoorzieningsschap|fonds|centrum(?![ \t]+van[ \t]))\b"
                             # "A, de gemeenschappelijke regeling waarin ...", "A, het openbaar lichaam van ...": a public body
                             r"|,[ \t]+(?:het|de|een)[ \t]+(?:gemeenschappelijke[ \t]+regeling|openbaar[ \t]+lichaam)\b"
                             # "A als leerwerkbedrijf", "A als uitvoeringsorganisatie": the part it plays
                             r"|[ \t]+als[ \t]+(?:een[ \t]+)?(?:[a-zà-ÿ-]+[ \t]+){0,2}?[a-zà-ÿ]*(?:bedrijf|organisatie|stichting"
                             r"|corporatie|aanbieder|instelling)\b")
_NAME_BEFORE_COMMA = re.compile(rf"(?:^|(?<=[ \t(\n]))({NAME_NOCONJ})(?:[ \t]+\([A-Z][A-Za-z]{{1,8}}\))?\Z")


def _c_apposition_kind(ctx: OrgContext):
    text = ctx.text
    for w in APPOSITION_WORDS:
        for q in occurrences(text, w):
            m = APPOSITION_KIND.match(text, q)
            if m is None:
                continue
            nm = _NAME_BEFORE_COMMA.search(text, max(0, q - 80), q)
            if nm is None:
                continue
            name, at = _trim(nm.group(1)), nm.start(1)
            first = name.split()[0] if name else ""
            if len(name.split()) > 1 and PLAIN_NOUN_END.search(first) and _sentence_initial(text, at):
                # a heading's noun before the name: "Versterking X als leerwerkbedrijf"
                name, at = name[len(first):].lstrip(), text.find(name[len(first):].lstrip(), at)
            legal = m.group(0).endswith(("stichting", "vereniging", "coöperatie"))
            if name and (_slot_name_ok(ctx, name, at) or (legal and len(name.split()) > 1)):
                # "A, een zelfstandige stichting": a team the apposition calls a body is one (guideline: a named
                # legal entity)
                yield _cand(name, at, at + len(name), 0.6, filters=_NOT_TEAM)


_NOT_TEAM = tuple(f for f in BLOCKED if f != "team")
APPOSITION_WORDS = (", het ", ", de ", ", een ", ", onze ", ", ons ", " als ")


ORG_CANDIDATES = (
    Step("national", "candidates", "names of the national register, extended by a place or region", _c_national),
    Step("regional_register", "candidates", "regional public bodies of the country-wide registers (GR, SW, GGD)",
         _c_regional),
    Step("ggd_joined", "candidates", "GGD with its region written together (GGDhM)", _c_ggd_joined),
    Step("lower_body", "candidates", "a body's kind in lower case and its name (de gemeenschappelijke meldkamer "
         "Noord Nederland)", _c_lower_body),
    Step("named_committee", "candidates", "a committee named after its chair (de commissie Van Dalen, "
         "commissie-Brinkhorst)", _c_named_committee),
    Step("legal_prefix", "candidates", "Stichting/Coöperatie/Vereniging X, the legal form as alias; a sector word "
         "alone goes on after en (Stichting Zorg en Veiligheidshuis X)", _c_legal_prefix),
    Step("legal_of", "candidates", "a body named by its form and what it joins or serves, whole (Vereniging van X, "
         "Fonds voor Y, Federatie van Z)", _c_legal_of),
    Step("person_fund", "candidates", "a fund that bears a person's name (het Anna Dekker Fonds)", _c_person_fund),
    Step("legal_suffix", "candidates", "X B.V. / N.V., kind company; NV/BV X where a line opens with it; Besloten/"
         "Naamloze Vennootschap X",
         _c_legal_suffix),
    Step("joint_regulation", "candidates", "Gemeenschappelijke regeling X: X, kind government", _c_joint_regulation),
    Step("public_body", "candidates", "ministerie van X; lower-case provincie where it acts", _c_public_body),
    Step("education_place", "candidates", "ROC/MBO/Hogeschool + place, kind education", _c_education_place),
    Step("bracket_acronym", "candidates", "an expansion with an organisational head before (ACRONYM)", _c_bracket_acronym),
    Step("form", "candidates", "words shaped like names: digits, inner capitals, acronyms", _c_form),
    Step("name_place", "candidates", "a name with inner capitals before a municipality (WIJ Groningen)", _c_name_place),
    Step("institution", "candidates", "compounds ending in hogeschool/universiteit/ziekenhuis/academie", _c_institution),
    Step("stichting_compound", "candidates", "one word headed by stichting after a name (de Dalwijkstichting)",
         _c_stichting_compound),
    Step("club_prefix", "candidates", "a sports club by the letters opening its name (FC X, VV Y)", _c_club_prefix),
    Step("grant_line", "candidates", "the grantee a line of a grants table names after 'Subsidie' (Subsidie Plusbus)",
         _c_grant_line),
    Step("goods_bank", "candidates", "a charity named after what it hands out (de Speelgoedbank, Kledingbank X)",
         _c_goods_bank),
    Step("head_word", "candidates", "a capitalised name with a head word (Welzijn X, X Welzijn, Bibliotheek X) or "
         "a province (X Flevoland)", _c_head_word),
    Step("governed", "candidates", "the body of a board, budget or account (Algemeen Bestuur van X, begroting 2021 "
         "van X) and a school named with its kind (OBS X)", _c_governed),
    Step("kind_before", "candidates", "the name after a kind of institution in lower case (integraal kindcentrum X, "
         "de lokale omroep Y)", _c_kind_before),
    Step("single_role", "candidates", "the name after a role word (zorgaanbieder X, partner X)", _c_single_role),
    Step("role_list", "candidates", "the names listed after samen met / uitgevoerd door / subsidie aan ...", _c_role_list),
    Step("kind_list", "candidates", "the names listed after a plural kind of organisation (de woningcorporaties A, B en "
         "C; aanbieders als A en B)", _c_kind_list),
    Step("such_as_examples", "candidates", "the capitalised examples after a plural kind and what it does (partners "
         "die ... bieden, zoals A, huisartsen, B)", _c_such_as_examples),
    Step("facility_list", "candidates", "wijkcentra named where they receive subsidy or deliver", _c_facility_list),
    Step("aux_subject", "candidates", "a capitalised subject after heeft/is/wordt", _c_aux_subject),
    Step("apposition_kind", "candidates", "a name with an apposition headed by a kind of organisation (A, het sociaal "
         "werkbedrijf in B; A, een zelfstandige stichting)", _c_apposition_kind),
    Step("staff_of", "candidates", "the name after staff or teams: jongerenwerker van X, wijkteams van X", _c_staff_of),
    Step("announced_list", "candidates", "items of a list announced as gemeenschappelijke regelingen, verbonden partijen "
         "or organisations/partners (a heading above the list, or 'De partners zijn: A, B en C'; the seat 'te X' left "
         "off, 'A/B' split)", _c_announced_list),
    Step("after_parties", "candidates", "the names right after the words verbonden partijen (de Verbonden Partijen "
         "GO Regio X)", _c_after_parties),
    Step("table_column", "candidates", "the cells of a table column headed as organisations (Verbonden partij, "
         "Naam deelneming, Subsidieontvanger)", _c_table_column),
    Step("grant_list", "candidates", "the names of the lines under a grants overview's heading, each with an amount "
         "(Subsidies 2023 / Stichting X € 25.000)", _c_grant_list),
    Step("plain_list", "candidates", "the lines under a heading that announces organisations (Aanwezigen, "
         "Deelnemende organisaties, Onze partners), one name each without list marks", _c_plain_list),
    Step("headed_body", "candidates", "a heading that is a name over a paragraph that speaks of it as a body (X / De "
         "stichting biedt ...)", _c_headed_body),
)
# "van Zorgveld naar GGD Noord", "van Revalis en Werkpunt Kust", "waarin Zonnegloed, Stichting X en wij": a one-word
# name joined by en/naar/& or a comma to a sure organisation is one too, unless it reads as a plain noun (a plural,
# -ing, -heid, a sector word).
COORD_LEFT = re.compile(r"(?<![\w\-])([A-Z][a-z][\w\-]{2,})(?:[ \t]+(?:en|naar|&)|,)[ \t]+(?:de[ \t]+|het[ \t]+)?$")
COORD_RIGHT = re.compile(r"[ \t]+(?:en|&)[ \t]+((?:De|Het)[ \t]+[A-Z][a-z][\w\-]{2,}|[A-Z][a-z][\w\-]{2,}(?:[ \t]+[A-Z][a-z][\w\-]{1,})?)"
                         r"(?![\w\-]|[ \t]+[A-Z])")
# how often or in what way, no name: "Jaarlijks", "Wekelijks", "Mogelijk" (a table's cell after "subsidie")
_ADVERB_END = re.compile(r"(?i)lijks?$")
PLAIN_NOUN_END = re.compile(r"(?i)(?:en|ers|ing|heid|schap|zorg|hulp|werk|beleid|onderwijs|welzijn|wonen|sport|"
                            r"cultuur|jeugd|gezondheid|veiligheid)$")
# a list that goes on with more names after the sure one ("Zomerfestival, Stichting X, Lichtjesavond en ..."): the
# list's step reads it whole (a list that names an event lists events)
_MORE_NAMES_AFTER = re.compile(r"[ \t]*,|[ \t]+(?:en|of)[ \t]+(?:(?:de|het)[ \t]+)?[A-Z]")
# the last word of a longer name: "Vrienden van de Muziek, X en Y"
_NAME_PARTICLE_BEFORE = re.compile(r"[A-Z][\w\-]*[ \t]+(?:(?:de|het|der|den|van|in|op|voor|aan)[ \t]+){1,3}$")
_CAP_WORD_BEFORE = re.compile(r"[A-Z][\w\-]*[ \t]+(?:(?:for|of|des|der)[ \t]+)?$")  # "Youth for X", "Leger des X"


def _c_coordinated(ctx: OrgContext):
    text = ctx.text
    for c in ctx.found:
        if c.conf < 0.7:
            continue
        m = COORD_LEFT.search(text, max(0, c.start - 40), c.start)
        if m and not _sentence_initial(text, m.start(1)) \
                and not _CAP_WORD_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1)) \
                and not _NAME_PARTICLE_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1)) \
                and not (text[m.end(1)] == "," and _MORE_NAMES_AFTER.match(text, c.end)):
            yield from _coordinated_cand(m)
        m = COORD_RIGHT.match(text, c.end)
        if m:
            yield from _coordinated_cand(m)


def _coordinated_cand(m: re.Match):
    w = m.group(1)
    named = w.startswith(("De ", "Het "))  # "en De Tussenvoorziening": the article's capital makes it a name
    if (not named and (PLAIN_NOUN_END.search(w) or _common_capitalised(w))) or w in NON_ORG_WORDS:
        return
    yield _cand(w, m.start(1), m.end(1), 0.6, filters=BLOCKED)


# A list the organisation stands in: "(de buurt, X-school, Y, Z Welzijn)", "A, B, GGD Noord en C". A list of
# three or more items, one of them a sure organisation, names its capitalised siblings as organisations too.
_SEG_BREAK = re.compile(r"[.;:()\n!?]")
_LIST_SEP = re.compile(r"[ \t]*,[ \t]*|[ \t]+(?:en|of)[ \t]+")
_COMMA_SEP = re.compile(r"[ \t]*,[ \t]*")
_LAST_JOIN = re.compile(r"(?<!-)[ \t]+(?:en|of)[ \t]+(?!.*[ \t](?:en|of)[ \t])")


def _list_items_of(seg: str, seg_start: int) -> list[tuple[int, str]]:
    """(start, text) of the items of a list "A, B, C en D": split at its commas and at the en/of after the last
    one, so that an item's own en stays ("Werkbedrijf A en B, GGD X en Y"); without commas at every en/of."""
    seps = list(_COMMA_SEP.finditer(seg))
    if seps:
        last = _LAST_JOIN.search(seg, seps[-1].end())
        seps += [last] if last else []
    else:
        seps = list(_LIST_SEP.finditer(seg))
    items, at = [], 0
    for sep in seps:
        items.append((seg_start + at, seg[at:sep.start()]))
        at = sep.end()
    items.append((seg_start + at, seg[at:]))
    return items


# a capital De/Het inside a list belongs to the name ("A, De Baan en C"); a lower-case one is the article
_SIBLING = re.compile(r"(?:(?:de|het)[ \t]+)?((?:(?:De|Het)[ \t]+)?[A-Z][\w'’\-]*(?:[ \t]+(?:(?:&|en)[ \t]+)?[A-Z][\w'’\-]*){0,3})")


_NAME_PARTICLES = frozenset(("van", "de", "der", "den", "het", "voor", "en", "&", "op", "aan", "in"))


def _name_run(item: str) -> list[str]:
    """The words of a list's first item after the sentence that leads up to it: its last run of capitalised words and
    the particles inside a name ("... werkt samen met Hogeschool van X" -> Hogeschool van X)."""
    words = item.split()
    i = len(words)
    while i > 0 and (words[i - 1][:1].isupper() or words[i - 1] in _NAME_PARTICLES):
        i -= 1
    while i < len(words) and words[i] in _NAME_PARTICLES:
        i += 1
    return words[i:]


# What a list opening a sentence is a list of, written before its first name: "Partners A, B en C werken samen".
LIST_KIND_WORDS = frozenset(("Partners", "Partijen", "Organisaties", "Aanbieders", "Zorgaanbieders", "Instellingen",
                             "Ketenpartners", "Samenwerkingspartners", "Kernpartners"))


def _c_list_siblings(ctx: OrgContext):
    text = ctx.text
    breaks = [m.start() for m in _SEG_BREAK.finditer(text)]  # each stretch between breaks is looked at once
    sure: dict[int, list[Cand]] = {}
    for c in ctx.found:
        if c.conf >= 0.65:
            sure.setdefault(bisect.bisect_right(breaks, c.start), []).append(c)
    taken = {c.start for c in ctx.found}  # each sibling once, and never where a candidate already stands
    for i, cs in sorted(sure.items()):
        seg_start = breaks[i - 1] + 1 if i else 0
        seg_end = breaks[i] if i < len(breaks) else len(text)
        seg = text[seg_start:seg_end]
        items = _list_items_of(seg, seg_start)
        if len(items) < 3 or sum(len(it.split()) <= 7 for _s, it in items) < len(items) - 1:
            continue  # clauses joined by "en", not a list of names
        starts = [st for st, _it in items]
        anchors = set()
        for c in cs:  # the organisation must be one whole item ("de X" too)
            st, it = items[bisect.bisect_right(starts, c.start) - 1]
            lead = text[st:c.start]
            if it.strip() in (c.name, text[c.start:c.end]) or (lead.strip() in ("", "de", "het")
                                                              and it.strip().endswith(text[c.start:c.end])):
                anchors.add(st)
        if not anchors or any(TYPE_WORD.match(w) for i, (_s, it) in enumerate(items)
                              for w in (_name_run(it) if i == 0 else it.split())):
            continue  # festivals, plans or projects listed beside their organiser (the first item's own name only:
            # "Het programma X wordt gedragen door A, B en C")
        for st, it in items:
            sm = _SIBLING.fullmatch(it.strip())
            if sm is None or st in anchors:
                continue
            name = sm.group(1)
            q = text.find(name, st)
            w = name.split()
            if (w[0] in ("De", "Het") and (len(w) == 1 or _sentence_initial(text, q))) \
                    or (len(w) > 1 and w[0] in LIST_KIND_WORDS and _sentence_initial(text, q)):
                # the sentence's capital, not the name's; "Partners A, B en C werken samen": what the list is
                name = name[len(w[0]):].lstrip()
                q, w = text.find(name, q), w[1:]
            if not w or q in taken:
                continue
            taken.add(q)
            named_article = w[0] in ("De", "Het") and len(w) > 1
            core = w[1:] if named_article else w  # "De Baan": the word after the article is the name
            if (_common_capitalised(name) and not named_article) \
                    or (len(core) == 1 and (PLAIN_NOUN_END.search(core[0]) or len(core[0]) < 3
                                            or KIND_WORD_END.search(core[0]))) \
                    or name in NON_ORG_WORDS:
                continue
            yield _cand(name, q, q + len(name), 0.6, filters=BLOCKED)


# A name the sentence gives a part that only an organisation plays: a member of it ("lid geworden van X",
# "aangesloten bij X"), a party to an agreement ("Met X is afgesproken"), founded ("X is opgericht"), what a task
# passes to ("de overdracht van de taken naar X"), the agent of a service ("X voert ... uit", "door X
# georganiseerd"), a grant's receiver ("X ontving een subsidie"). The name must look like one: no place, person,
# month or common word of the text itself (a word the text also writes in lower case).
_SLOT = r"(?:(?:De|Het|'t)[ \t]+[A-Z][\w'’&\-]*(?:[ \t]+[A-Z][\w'’&\-]*){0,2}|[A-Z][\w'’&\-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w'’&\-]*){0,3})"
_ART = r"(?:(?:de|het)[ \t]+)?"
# Finite verbs of what an organisation does, its subject after them where a phrase opens the sentence.
INVERTED_VERBS = ("voert", "voerde", "verzorgt", "verzorgde", "organiseert", "organiseerde", "biedt", "bood", "levert",
                  "leverde", "ondersteunt", "ondersteunde", "begeleidt", "begeleidde", "coördineert", "exploiteert", "beheert",
                  "ontwikkelt", "ontwikkelde")
_COUNTED_VERBS = ("realiseerde", "realiseert", "bouwde", "bouwt", "verhuurde", "verhuurt", "plaatste")
# The cues before a name, each with the words it opens with (SLOT_BEFORE is tried only where one of them stands).
_GRANTEE_VERBS = ("verstrekten", "verstrekt", "verleenden", "verleent", "verleende", "kenden", "kende")
_SUPPORT_VERBS = ("ondersteunen", "ondersteunt", "ondersteunden", "ondersteunde", "financieren", "financiert",
                  "financierden", "financierde")
_BY_PARTICIPLES = ("aangeboden", "geboden", "geleverd", "gegeven", "ontwikkeld", "begeleid", "ondersteund", "opgezet",
                   "gecoördineerd", "geïnitieerd", "gesubsidieerd", "gesponsord", "gerund", "bezorgd", "beheerd",
                   "geëxploiteerd", "bemand", "getrokken", "aangestuurd", "geleid", "gedeclareerd", "gefactureerd")
SLOT_CUES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("lid", "leden", "deelnemer"), r"(?:lid|leden|deelnemer)[ \t]+(?:geworden[ \t]+)?(?:van|bij|in)"),
    (("aangesloten",), r"aangesloten[ \t]+bij"),
    # the members a relative clause names: "het netwerk, waarin ook A en B deelnemen", "waaraan A, B en C deelnamen"
    (("waarin", "waaraan", "waarbij"),
     rf"(?:waarin|waaraan|waarbij)(?:[ \t]+ook)?(?=[ \t]+{_ART}{_SLOT}(?:[ \t]*,[ \t]*{_ART}{_SLOT})*(?:[ \t]+en[ \t]+{_ART}{_SLOT})?"
     rf"[ \t]+(?:ook[ \t]+)?(?:deelnemen|deelnamen|participeren|participeerden|samenwerken|samenwerkten|zitting[ \t]+hebben|"
     rf"zitting[ \t]+hadden|vertegenwoordigd[ \t]+zijn|vertegenwoordigd[ \t]+waren)\b)"),
    (("overgedragen", "overgegaan", "overgeheveld", "overgaan"),
     r"(?:overgedragen|overgegaan|overgeheveld|overgaan)[ \t]+(?:aan|naar)"),
    (("ondergebracht",), r"ondergebracht[ \t]+bij"),
    (("belegd",), r"belegd[ \t]+bij"),
    (("gegund", "verleend", "toegekend", "verstrekt", "opgedragen", "uitbesteed"),
     r"(?:gegund|verleend|toegekend|verstrekt|opgedragen|uitbesteed)[ \t]+aan"),
    (("ingekocht",), r"ingekocht[ \t]+bij"),
    # who did a study: "uit onderzoek van X bleek", "een onderzoek door X en Y", "het rapport van X"
    (("onderzoek", "onderzoeken", "rapport", "rapporten", "rapportage"),
     r"(?:onderzoek(?:en)?|rapport(?:en|age)?)[ \t]+(?:van|door)"),
    # a grant's receiver after its verb: "Daarnaast ontvangt X een bijdrage", "Ook kregen A en B een subsidie"
    (("ontvangt", "ontving", "ontvingen", "krijgt", "kreeg", "kregen"),
     rf"(?:ontvangt|ontving|ontvingen|krijgt|kreeg|kregen)(?=[ \t]+{_ART}{_SLOT}(?:[ \t]+en[ \t]+{_ART}{_SLOT})?[ \t]+"
     rf"(?:ook[ \t]+|daarnaast[ \t]+|jaarlijks[ \t]+)?(?:een[ \t]+|de[ \t]+)?(?:[a-z]+e[ \t]+)?(?:subsidie|bijdrage)\b)"),
    # a body the municipality holds shares in, merges or talks with: "aandeelhouder van X", "fuseert met X", "in gesprek
    # met X" (not "een beroep doen op X": a fund or a scheme as often as a body)
    (("aandeelhouder", "aandeelhouders"), r"aandeelhouders?[ \t]+van"),
    (("fuseren", "fuseert", "fuseerde", "fuseerden", "gefuseerd", "fusie"),
     r"(?:fuseren|fuseert|fuseerde|fuseerden|gefuseerd|fusie)[ \t]+met"),
    (("opgegaan",), r"opgegaan[ \t]+in"),
    # a body wound up or lifted: "Liquidatie van de X", "de opheffing van X"
    (("liquidatie", "Liquidatie", "opheffing", "Opheffing"), r"(?:[Ll]iquidatie|[Oo]pheffing)[ \t]+van"),
    # the body another belongs to: "X, een dochteronderneming van Y", "Kernkracht (onderdeel van Zonnetij)"
    (("dochteronderneming", "dochterorganisatie", "werkmaatschappij", "onderdeel"),
     r"(?:dochteronderneming|dochterorganisatie|werkmaatschappij)[ \t]+van|onderdeel(?<=\(onderdeel)[ \t]+van"),
    # where an application goes: "vier proeftuinen ingediend bij het X"
    (("ingediend",), r"ingediend[ \t]+bij"),
    # whom a service is bought from or a contract awarded to: "We kopen de huishoudelijke hulp in bij X", "ingekocht
    # bij X", "gegund aan X", "Aan X is de opdracht gegund"
    (("ingekocht", "inkopen"), r"(?:ingekocht|inkopen)[ \t]+bij"),
    (("kopen", "koopt", "kochten", "kocht"), r"(?:kopen|koopt|kochten|kocht)[ \t]+[^.;:\n]{1,60}?[ \t]in[ \t]+(?:bij|via)"),
    (("gegund",), r"gegund[ \t]+aan"),
    # money handed to a body: "Er is € 50.000 beschikbaar gesteld aan X", "De bijdrage aan X bedraagt € 120.000"
    (("gesteld",), r"(?<=beschikbaar[ \t])gesteld[ \t]+aan"),
    (("bijdrage", "bijdragen"), rf"(?:bijdrage|bijdragen)[ \t]+aan(?=[ \t]+{_ART}{_SLOT}[^.;:\n]{{0,60}}€)"),
    # ... also in a decision: "besluit de opdracht te gunnen aan X", "De gemeente gunt de opdracht voor ... aan X"
    (("gunnen", "gunt", "gunde"), r"(?:gunnen|gunt|gunde)(?:[ \t]+[^.;:\n]{0,60}?)?[ \t]+aan"),
    (("Aan",), rf"Aan(?=[ \t]+{_ART}{_SLOT}[ \t]+(?:is|zijn|werd|werden)[ \t]+[^.;:\n]{{0,60}}?\bgegund\b)"),
    (("gesprek", "gesprekken"), r"(?:gesprek|gesprekken)[ \t]+met"),
    # where people work or are placed: "Inwoners met een Wsw-indicatie werken bij X", "Er werken 350 mensen in de
    # sociale werkvoorziening bij X", "het aantal mensen dat bij X werkt", "gedetacheerd via X", "de detacheringen via X"
    (("werkt", "werken", "werkte", "werkten"), r"(?:werkt|werken|werkte|werkten)[ \t]+(?:[^.;:\n]{0,60}?[ \t])?bij"),
    (("bij",), rf"bij(?=[ \t]+{_ART}{_SLOT}[ \t]+(?:werkt|werken|werkte|werkten|werkzaam[ \t]+(?:is|zijn|was|waren)|"
               # ... and where a task was laid: "De schuldhulp, die sinds 2022 bij X is belegd"
               rf"(?:is|zijn|was|waren|wordt|worden)[ \t]+(?:belegd|ondergebracht|ingekocht|neergelegd)|"
               # ... and where people can go: "Jongeren kunnen bij X terecht voor advies"
               rf"(?:ook[ \t]+)?terecht)\b)"),
    (("gedetacheerd", "detachering", "detacheringen"), r"(?:gedetacheerd|detachering|detacheringen)[ \t]+(?:via|bij|door)"),
    # "in nauwe afstemming met X", "Dit project is een initiatief van X en de bibliotheek"
    (("afstemming",), r"afstemming[ \t]+met"),
    # whose care or treatment people get: "in behandeling bij X", "De cliënten die zorg ontvangen van X"
    (("behandeling",), r"behandeling(?<=in[ \t]behandeling)[ \t]+bij"),
    (("ontvangen", "ontvingen", "krijgen", "kregen"),
     r"(?:(?<=zorg[ \t])|(?<=hulp[ \t])|(?<=ondersteuning[ \t])|(?<=begeleiding[ \t]))(?:ontvangen|ontvingen|krijgen|kregen)"
     r"[ \t]+van"),
    # the inverted "werkt X samen met" after a fronted phrase: "Voor jongeren werkt X samen met Y"
    (("werkt", "werkte"), rf"(?<=[a-z0-9][ \t])(?:werkt|werkte)(?=[ \t]+(?:ook[ \t]+)?{_ART}{_SLOT}[ \t]+"
                          rf"(?:[^.;:\n]{{0,30}}?[ \t])?samen[ \t]+met\b)"),
    # "De consulenten werken onder de vlag van X"
    (("vlag",), r"vlag(?<=onder[ \t]de[ \t]vlag)[ \t]+van"),
    (("initiatief",), r"initiatief(?<=een[ \t]initiatief)[ \t]+van"),
    # where a task lies, who studied, signed, took over or was contracted: "De uitvoering ligt bij X", "in handen van
    # X", "in samenspraak met X", "Uit onderzoek van X blijkt", "ondertekend door X", "overgenomen door X"
    (("ligt", "liggen", "lag", "lagen"), r"(?:ligt|liggen|lag|lagen)[ \t]+bij"),
    (("handen",), r"handen(?<=[Ii]n[ \t]handen)[ \t]+van"),
    (("samenspraak",), r"samenspraak(?<=[Ii]n[ \t]samenspraak)[ \t]+met"),
    (("onderzoek",), r"onderzoek(?<=[Uu]it[ \t]onderzoek)[ \t]+(?:van|door)"),
    # ... whose figures or reports say something, or who says it: "Uit de cijfers van X blijkt", "Volgens X is ..."
    (("cijfers", "gegevens", "rapportage", "rapportages", "registratie"),
     r"(?<=[Uu]it[ \t]de[ \t])(?:cijfers|gegevens|rapportage|rapportages|registratie)[ \t]+van"),
    (("Volgens", "volgens"), rf"[Vv]olgens(?=[ \t]+{_ART}{_SLOT}[ \t]+(?:is|zijn|was|waren|heeft|hebben|neemt|nemen|gaat|"
                              rf"gaan|blijft|blijkt|moet|moeten|kan|kunnen|zal|zullen)\b)"),
    (("ondertekend", "overgenomen", "gecontracteerd", "ingehuurd"),
     r"(?:ondertekend|overgenomen|gecontracteerd|ingehuurd)[ \t]+door"),
    # "De gemeente financiert X"; "We hebben X opdracht gegeven"; "wordt aangeboden via X"; "De samenwerking met X
    # verloopt goed"; "Vanaf 2024 neemt X de taken over"
    (("financiert", "financierde", "financieren", "financierden"),
     rf"(?:financiert|financierde|financieren|financierden)(?:[ \t]+(?:we|wij))?(?=[ \t]+{_ART}[A-Z])"),
    (("heeft", "hebben", "had", "hadden"),
     rf"(?:heeft|hebben|had|hadden)(?:[ \t]+(?:we|wij))?(?=[ \t]+{_ART}{_SLOT}[ \t]+(?:de[ \t]+|een[ \t]+)?opdracht[ \t]+"
     rf"(?:gegeven|verleend|gegund|verstrekt)\b)|"
     # the receivers of a grant given: "De gemeente heeft A en B subsidie verleend"
     rf"(?:heeft|hebben|had|hadden)(?:[ \t]+(?:we|wij))?(?=[ \t]+{_ART}{_SLOT}(?:[ \t]*,[ \t]*{_ART}{_SLOT})*(?:[ \t]+en[ \t]+{_ART}{_SLOT})?"
     rf"[ \t]+(?:een[ \t]+|ook[ \t]+)?(?:[a-z]+e[ \t]+)?(?:subsidie|bijdrage)[ \t]+(?:[^.;:\n]{{0,30}}?[ \t])?"
     rf"(?:verleend|toegekend|verstrekt|gegeven)\b)"),
    (("aangeboden", "geboden", "geleverd", "uitgevoerd", "verzorgd", "verstrekt", "ingekocht"),
     r"(?:aangeboden|geboden|geleverd|uitgevoerd|verzorgd|verstrekt|ingekocht)[ \t]+via"),
    (("samenwerking",), rf"samenwerking(?<=[Dd]e[ \t]samenwerking)[ \t]+met(?=[ \t]+{_ART}[A-Z])"),
    # the body a task is taken over from: "neemt X de taken over van Y", "de werkzaamheden overgenomen van Y"
    (("taken", "werkzaamheden", "overgenomen"), r"(?:taken|werkzaamheden)[ \t]+over[ \t]+van|overgenomen[ \t]+van"),
    (("neemt", "nam"), rf"(?:neemt(?<=\w[ \t]neemt)|nam(?<=\w[ \t]nam))(?=[ \t]+{_SLOT}[ \t]+[^.;:\n]{{0,60}}?[ \t]over\b)"),
    # the agent of a passive that opens the sentence: "Door X zijn 40 vrijwilligers opgeleid", "Via X zijn 25 mensen
    # aan het werk geholpen"
    (("Door", "Via"), rf"(?:Door|Via)(?=[ \t]+{_ART}{_SLOT}[ \t]+(?:is|zijn|werd|werden|wordt|worden)[ \t][^.;:\n]{{0,80}}?"
                      rf"\b(?:[a-z]*ge[a-zë]+(?:[dt]|en)|(?:be|ver|ont|her)[a-zë]+[dt])(?=[ \t]*[.;,]))"),
    (_BY_PARTICIPLES, rf"(?:{'|'.join(_BY_PARTICIPLES)})[ \t]+door"),
    # who starts, leads or makes possible: "op initiatief van X", "onder leiding van X", "met behulp van X", "dankzij
    # (een bijdrage van) X", "mede mogelijk gemaakt door X"; an employer: "in dienst van/bij X" (not "met steun van X":
    # a programme gives support as often as a body)
    (("initiatief",), r"(?<=[Oo]p[ \t])initiatief[ \t]+van"),
    # whose advice was followed: "Op advies van X hebben we de regeling aangepast"
    (("advies",), r"(?<=[Oo]p[ \t])advies[ \t]+van"),
    (("leiding", "regie"), r"(?<=[Oo]nder[ \t])(?:leiding|regie)[ \t]+van"),
    (("behulp",), r"(?<=met[ \t])behulp[ \t]+van|(?<=Met[ \t])behulp[ \t]+van"),
    (("dankzij", "Dankzij"),
     r"[Dd]ankzij(?:[ \t]+(?:een|de)[ \t]+(?:[a-z]+e[ \t]+)?(?:bijdrage|donatie|subsidie|gift|inzet)[ \t]+van)?"),
    (("gemaakt",), r"(?<=mogelijk[ \t])gemaakt[ \t]+door"),
    (("dienst",), r"(?<=[Ii]n[ \t])dienst[ \t]+(?:van|bij)"),
    # ... and where people work, are placed or registered: "werkzaam bij X", "gedetacheerd bij X", "geplaatst bij X",
    # "stage bij X", "ingeschreven bij X"
    # the parties that work together after a phrase opening the sentence: "Tijdens de week werkten A, B en de
    # bibliotheek samen"
    (("werken", "werkten"), rf"(?<=\w[ \t])(?:werken|werkten)(?=[ \t]+{_ART}{_SLOT}(?:[ \t]*,[ \t]*(?:{_ART}{_SLOT}|"
                            rf"(?:de|het)[ \t]+[a-z]+))*[ \t]+en[ \t]+(?:{_ART}{_SLOT}|(?:de|het)[ \t]+[a-z]+)[ \t]+"
                            rf"(?:[a-z]+[ \t]+){{0,3}}?samen\b)"),
    # whom the municipality asks to act: "We vragen X om een plan op te stellen", "We vragen X een plan te maken"
    (("vragen", "vroegen"), rf"(?<=[Ww]e[ \t])(?:vragen|vroegen)(?=[ \t]+{_ART}{_SLOT}[ \t]+(?:om\b|een[ \t]+[^.;:\n]{{1,60}}?"
                            rf"[ \t]te[ \t]+[a-z]+\b))"),
    # a body the municipality goes on funding: "Wij blijven X financieren", "We gaan X subsidiëren"
    (("blijven", "gaan"), rf"(?<=[Ww]e[ \t]|ij[ \t])(?:blijven|gaan)(?=[ \t]+{_ART}{_SLOT}[ \t]+(?:[^.;:\n]{{0,30}}?[ \t])?"
                          rf"(?:financieren|subsidiëren|subsidieren)\b)"),
    # the partners a coalition or a partnership is formed with: "een coalitie gevormd met A, B en de huisartsen"
    (("gevormd", "aangegaan"), r"(?:gevormd|aangegaan)[ \t]+met"),
    # where a family is sent on to: "Veilig Thuis verwees 40 gezinnen door naar X"
    (("naar",), r"(?<=door[ \t])naar"),
    (("werkzaam", "gedetacheerd", "geplaatst", "ingeschreven", "stage", "stageplek", "stageplaats", "werkplek"),
     r"(?:werkzaam|gedetacheerd|geplaatst|ingeschreven|stage|stageplek|stageplaats|werkplek)[ \t]+bij"),
    # the agent before a participle used as an adjective: "de door X georganiseerde bijeenkomsten"
    (("door",), rf"(?:(?<=[Dd]e[ \t])|(?<=[Hh]et[ \t])|(?<=[Ee]en[ \t]))door(?=[ \t]+{_ART}{_SLOT}[ \t]+[a-z]+(?:de|te|en)[ \t])"),
    # the parties of a merger, and a body's former name: "de fusie van/tussen A en B", "A (voorheen B)"
    (("fusie", "fusieorganisatie"), r"(?:fusie|fusieorganisatie)[ \t]+(?:van|tussen)"),
    (("voorheen", "v/h"), r"(?<=\()(?:voorheen|v/h)"),
    # where people are sent or can go, and on whose behalf: "terecht bij X", "(door)verwezen naar X", "aangemeld bij
    # X", "zich aanmelden bij X", "in overleg met X", "namens X"; "Bij X kunnen inwoners terecht / advies krijgen"
    (("terecht",), r"terecht[ \t]+(?:kunnen[ \t]+)?bij"),
    (("verwezen", "doorverwezen"), r"(?:door)?verwezen[ \t]+naar"),
    (("aangemeld", "aanmelden", "melden"), r"(?:aangemeld|aanmelden|melden)[ \t]+bij"),
    (("overleg", "overleggen"), r"(?:overleg|overleggen)[ \t]+met"),
    (("namens", "Namens"), r"[Nn]amens"),
    (("Bij",), rf"Bij(?=[ \t]+{_ART}{_SLOT}[ \t][^.;:\n]{{0,60}}?\bterecht\b)|"
               rf"Bij(?=[ \t]+{_ART}{_SLOT}[ \t]+(?:kunnen|kan|kun)[ \t]+[^.;:\n]{{0,60}}?\b(?:advies|hulp|ondersteuning|"
               rf"informatie|begeleiding)\b)"),
    # where a task is handed over to: "de overdracht van X naar Y", "is overgedragen van A naar B" (A: HANDED_FROM)
    (("overdracht", "overgang", "overgedragen", "overgegaan", "overgeheveld"),
     r"(?:overdracht|overgang|overgedragen|overgegaan|overgeheveld)[ \t]+van[ \t]+[^.;:\n]{1,60}?[ \t]+(?:naar|aan)"),
    # a party to an agreement: "Met X is afgesproken", "Met X is een subsidieovereenkomst gesloten"; a name a partner's
    # role follows: "met X als technisch partner"
    # (the agreement's noun may end a compound: "subsidieovereenkomst gesloten", "prestatieafspraken gemaakt")
    (("met", "Met"), rf"[Mm]et(?=[ \t]+{_ART}(?>{_SLOT})[^.;:\n]{{0,60}}?(?:\bafgesproken|\bovereengekomen|overeenkomst[ \t]+"
                     rf"gesloten|convenant[ \t]+gesloten|afspraken[ \t]+gemaakt|"
                     rf"\b(?:[a-z]+e[ \t]+)?(?:contracten|contract|overeenkomsten|overeenkomst)[ \t]+(?:afgesloten|gesloten)|"
                     rf"afspraken[ \t]+(?:te[ \t]+)?maken|"
                     # "Met A en B maakten we afspraken over ...", "Met X sloten we een convenant"
                     rf"\b(?:maakten|maken|sloten|sluiten)[ \t]+(?:we|wij)[ \t]+(?:[a-z]+[ \t]+){{0,3}}?(?:afspraken|"
                     rf"een[ \t]+[a-z]*(?:overeenkomst|convenant|contract))|"
                     # "We gaan met X in gesprek over ...": a talk with a body
                     rf"\bin[ \t]+gesprek\b|"
                     # "Wij zijn met X een samenwerking aangegaan"
                     rf"\b(?:een[ \t]+)?(?:[a-z]+e[ \t]+)?samenwerking[ \t]+aangegaan\b|"
                     # "Met X is een pilot gestart": a joint undertaking set up with a body
                     rf"\b(?:is|zijn|werd|werden)[ \t]+(?:een[ \t]+)?(?:[a-z]+e[ \t]+)?(?:pilot|project|proef|samenwerking|"
                     rf"traject)[ \t]+(?:gestart|opgezet|begonnen))\b)|"
                     rf"[Mm]et(?=[ \t]+{_ART}{_SLOT}[ \t]+als[ \t]+(?:[a-z]+[ \t]+)?(?:partner|uitvoerder|aanbieder)\b)"),
    # the names a list of contracted providers or partners gives: "64 aanbieders gecontracteerd, onder wie X",
    # "Ketenpartners zijn onder meer X", "zijn onder andere X ... gecontracteerd", "contracten met onder meer X",
    # "drie aanbieders gecontracteerd: X"
    (("onder", "o"), rf"(?:onder[ \t]+(?:meer|andere|wie)|o\.a\.)(?=[ \t]+{_ART}{_SLOT}[^.;\n]{{0,100}}?\b(?:gecontracteerd|"
                     rf"ingekocht)\b)"),
    (("aanbieders", "partners", "partijen", "Ketenpartners", "ketenpartners", "Zorgaanbieders", "zorgaanbieders",
      "Partners", "gecontracteerd", "ingekocht", "kernpartners", "Kernpartners", "Aanbieders", "Partijen"),
     r"(?:[Kk]etenpartners|[Zz]orgaanbieders|[Pp]artners|[Aa]anbieders|[Pp]artijen|gecontracteerd|ingekocht)[ \t]*[,:]?"
     r"[ \t]+(?:zijn[ \t]+)?(?:onder[ \t]+(?:meer|andere|wie)|o\.a\.)|"
     r"(?:[Kk]ernpartners|[Kk]etenpartners|partners|partijen|aanbieders)[ \t]*(?:\(|:)|"
     r"(?:aanbieders|partners|partijen)[ \t]+(?:gecontracteerd|ingekocht|geselecteerd):"),
    (("contracten", "afspraken"), r"(?:contracten|afspraken)[ \t]+met[ \t]+onder[ \t]+(?:meer|andere)"),
    (("door",), rf"door(?=[ \t]+{_ART}{_SLOT}[ \t]+(?:(?:wordt|worden|werd|werden|is|zijn)[ \t]+)?(?:uitgevoerd|georganiseerd|"
                rf"aangeboden|verzorgd|geleverd|opgezet|gefinancierd|ondersteund)\b)"),
    # who is commissioned: "aan X de opdracht gegeven", "de opdracht verleend aan X"
    (("aan",), rf"aan(?=[ \t]+{_ART}{_SLOT}[ \t]+de[ \t]+opdracht\b)"),
    (("opdracht",), r"opdracht[ \t]+(?:gegeven|verleend|gegund|verstrekt)[ \t]+aan"),
    # the municipality's counterpart: "tussen X en de gemeente", "tussen de gemeente en X"
    (("tussen",), rf"tussen(?=[ \t]+{_ART}{_SLOT}[ \t]+en[ \t]+(?:de|onze)[ \t]+gemeente\b)|"
                  # a joint body's page: "Wat is de relatie tussen X en dit beleidsveld?"
                  rf"(?<=relatie[ \t])tussen(?=[ \t]+{_ART}{_SLOT}[ \t]+en[ \t]+(?:dit|deze|het)[ \t]+"
                  rf"(?:beleidsveld|programma|taakveld|thema|domein)\b)|"
                  rf"tussen[ \t]+(?:de|onze)[ \t]+gemeente(?:[ \t]+en|[ \t]*,)"),
    # the subject after its auxiliary, the service's participle later in the clause: "In 2024 heeft X cursussen
    # aangeboden"; the object after "hebben we": "Daarvoor hebben we X ingeschakeld"
    (("heeft", "hebben"), rf"(?:heeft|hebben)(?:[ \t]+(?:we|wij))?(?=[ \t]+{_ART}{_SLOT}[ \t][^.;:\n]{{0,80}}?\b(?:aangeboden|"
                          rf"georganiseerd|uitgevoerd|opgezet|ontwikkeld|verzorgd|geleverd|begeleid|gevraagd|ingeschakeld|"
                          rf"ingehuurd|gecontracteerd|geholpen|bezocht|getraind|opgeleid|bereikt|verzocht)\b)"),
    # the subject after its verb, a phrase opening the sentence: "Sinds 2022 biedt X dagbesteding", "Daarnaast voert X
    # de hulp uit" (a capital after the verb, mid-sentence, is a name's)
    (INVERTED_VERBS, rf"(?<=[\w,][ \t])(?:{'|'.join(INVERTED_VERBS)})(?=[ \t]+{_SLOT}[ \t]+(?:[a-z€\d]|de[ \t]|het[ \t]))|"
                     # ... with its article where the clause closes with the carrying out: "voert het X de taken uit"
                     # (not "biedt het X ...": a facility or a programme as often)
                     rf"(?<=\w[ \t])(?:voert|voerde)(?=[ \t]+(?:de|het)[ \t]+{_SLOT}[ \t]+[^.;:\n]{{0,80}}?[ \t]uit\b)"),
    # ... and what only a body does, counted, after a fronted phrase: "In 2023 bouwde X 120 woningen", "Vorig jaar
    # plaatste X 85 werkzoekenden" (SLOT_AFTER reads the same with the name first)
    (_COUNTED_VERBS, rf"(?<=\w[ \t])(?:{'|'.join(_COUNTED_VERBS)})(?=[ \t]+{_SLOT}[ \t]+(?:ruim[ \t]+|bijna[ \t]+|circa[ \t]+)?"
                     rf"\d[\d.]*[ \t]+(?:[a-z]+e[ \t]+){{0,2}}(?:[a-z]*woningen|appartementen|wooneenheden|statushouders|"
                     rf"werkzoekenden|kandidaten|uitkeringsgerechtigden)\b)"),
    # the body something is a part of: "Het X maakt onderdeel uit van Y", "maken deel uit van Y" (no article: "deel
    # uit van het Sociaal Domein" names a field)
    # ... and in apposition: "Het Mantelzorgsteunpunt, onderdeel van X, organiseerde" (no article: "onderdeel van het
    # programma X" names a programme)
    (("onderdeel",), r"(?<=,[ \t])onderdeel[ \t]+van(?=[ \t]+[A-Z])"),
    (("maakt", "maken", "maakte", "maakten"),
     r"(?:maakt|maken|maakte|maakten)[ \t]+(?:ook[ \t]+)?(?:onder)?deel[ \t]+uit[ \t]+van(?=[ \t]+[A-Z])"),
    # the receiver of a grant named right after it, as a budget line does: "Indexatie subsidie X"; the receiver of a
    # grant: "de subsidie voor/aan X", "de subsidierelatie met X", "De gemeente subsidieert X", "We verstrekten X een
    # subsidie", "Aan X is € 20.000 toegekend", "Voor X is een budget beschikbaar gesteld"
    (("subsidie",), r"subsidie(?=[ \t]+[A-Z])"),
    # a budget line "Bijdrage X" (not a bare acronym: a table row's label "Bijdrage KRV")
    (("Bijdrage",), r"(?:(?<=^)|(?<=\n)|(?<=\|[ \t])|(?<=\t))Bijdrage(?=[ \t]+[A-Z][a-z])"),
    (("subsidie", "subsidies", "subsidierelatie", "subsidieafspraken"),
     rf"(?:subsidie|subsidies|subsidierelatie|subsidieafspraken)[ \t]+(?:voor|aan|met)"
     rf"(?=[ \t]+(?:(?:onder[ \t]+(?:meer|andere)|o\.a\.)[ \t]+)?{_ART}[A-Z])"),
    # ("Ook in 2025 subsidiëren we X": the verb before its subject after a fronted phrase)
    (("subsidieert", "subsidieerde", "subsidiëren", "subsidieerden"),
     r"(?:subsidieert|subsidieerde|subsidiëren|subsidieerden)(?:[ \t]+(?:we|wij))?"),
    # a task given to a body: "De opdracht aan X wordt opnieuw aanbesteed", "het budget voor de opdracht aan X"
    (("opdracht",), r"opdracht[ \t]+aan"),
    (_GRANTEE_VERBS, rf"(?:{'|'.join(_GRANTEE_VERBS)})(?=[ \t]+{_ART}{_SLOT}[ \t]+(?:een|de)[ \t]+(?:[a-z]+[ \t]+)?"
                     rf"(?:subsidie|bijdrage)\b)"),
    # ... and who is supported with one: "We ondersteunen X (en Y) met een meerjarige subsidie"
    (_SUPPORT_VERBS, rf"(?:{'|'.join(_SUPPORT_VERBS)})(?=[ \t]+{_ART}{_SLOT}(?:[ \t]+en[ \t]+{_ART}{_SLOT})?[ \t]+met[ \t]+"
                     rf"(?:een|de)[ \t]+(?:[a-z]+[ \t]+)?(?:subsidie|bijdrage)\b)"),
    (("Aan",), rf"Aan(?=[ \t]+{_ART}{_SLOT}[ \t]+(?:is|zijn|werd|werden|wordt)[ \t](?:[^.;:\n]|(?<=\d)[.,](?=\d)){{0,60}}?"
               rf"\b(?:toegekend|verstrekt|verleend|uitgekeerd|betaald|gegeven)\b)"),
    (("Voor",), rf"Voor(?=[ \t]+{_ART}{_SLOT}[ \t]+(?:is|was|wordt|werd)[ \t]+(?:een[ \t]+|het[ \t]+)?(?:budget|subsidie|"
                rf"bijdrage|bedrag)\b)"),
    # one partner beside others: "naast X andere maatschappelijke partners"
    (("naast",), rf"naast(?=[ \t]+{_ART}{_SLOT}[ \t]+(?:ook[ \t]+)?(?:andere|overige)[ \t]+(?:[a-z]+e[ \t]+)?[a-z]*(?:partners|"
                 rf"organisaties|instellingen|aanbieders|partijen)\b)"),
)
# what follows every cue: the name, "onder meer" or an article perhaps before it
_SLOT_TAIL = rf"[ \t]+(?:(?:onder[ \t]+(?:meer|andere)|o\.a\.)[ \t]+)?{_ART}(?P<name>{_SLOT})"
SLOT_BEFORE = re.compile(rf"\b(?:{'|'.join(branch for _words, branch in SLOT_CUES)}){_SLOT_TAIL}")  # the cue, then the name
SLOT_ANCHORS = tuple(dict.fromkeys(w for words, _branch in SLOT_CUES for w in words))


# the subject of being involved, after its verb: "is ook X betrokken", "zijn X en Y nauw betrokken"
INVOLVED = re.compile(rf"\b(?:is|zijn|was|waren|werd|werden)[ \t]+(?:ook[ \t]+|eveneens[ \t]+)?{_ART}(?P<name>{_SLOT})"
                      rf"(?:[ \t]*,[ \t]*{_ART}{_SLOT})*(?:[ \t]+en[ \t]+{_ART}{_SLOT})?[ \t]+(?:nauw[ \t]+|actief[ \t]+)?"
                      rf"(?:betrokken|verantwoordelijk)")
# the subject after its auxiliary, contracted or started as a provider: "Na de aanbesteding is X gecontracteerd", "Per
# 1 januari is X gestart als nieuwe aanbieder" (found back from the participle)
CONTRACTED_AFTER_AUX = re.compile(rf"\b(?:is|zijn|werd|werden)[ \t]+{_ART}(?P<name>{_SLOT})(?:[ \t]+en[ \t]+{_ART}{_SLOT})?[ \t]+"
                                  rf"(?:[a-z]+[ \t]+)?(?:gecontracteerd|ingehuurd|"
                                  # "Per 1 januari zijn A en B een (bestuurlijke) fusie aangegaan"
                                  rf"een[ \t]+(?:\(?[a-z]+\)?[ \t]+)?fusie[ \t]+aangegaan|"
                                  rf"(?:gestart|begonnen|gestopt)[ \t]+als[ \t]+"
                                  rf"(?:[a-z]+e[ \t]+)?(?:aanbieder|partner|uitvoerder)|opgegaan[ \t]+in|gefuseerd[ \t]+met)\b|"
                                  # "Na de aanbesteding is X per 1 april de nieuwe aanbieder van het vervoer"
                                  rf"\b(?:is|was|werd|wordt)[ \t]+{_ART}(?P<provider>{_SLOT})[ \t]+(?:[^.;:\n]{{0,40}}?[ \t])?"
                                  rf"(?:de|een)[ \t]+(?:[a-z]+e[ \t]+)?(?:aanbieder|uitvoerder|opdrachtnemer|penvoerder)[ \t]+van\b")
# A role only a body plays, named first: "Opdrachtnemer is X.", "Penvoerder is X, de andere partners zijn A en B", "De
# uitvoerder is X", "Partners in het netwerk zijn onder meer A, B en C" (the list after the first name is read as a
# slot's). The role word opens the sentence or follows its article.
_ROLE_NOUNS = ("opdrachtnemer", "uitvoerder", "penvoerder", "hoofdaannemer", "partners", "uitvoeringspartners",
               "samenwerkingspartners", "kernpartners", "subsidieontvangers",
               r"ontvangers(?=[ \t]+van[ \t]+(?:de[ \t]+|een[ \t]+)?subsidie)")  # (receivers of a grant only)
_ROLES = "|".join(_ROLE_NOUNS)
_ROLES_CAPITALISED = "|".join(r[:1].upper() + r[1:] for r in _ROLE_NOUNS)
ROLE_IS_WORDS = tuple(w for r in _ROLE_NOUNS for w in (r.split("(")[0], r[:1].upper() + r.split("(")[0][1:]))
ROLE_IS = re.compile(
    rf"(?:(?<![\w,])(?:(?<=[.:;!?][ \t])|(?<=\n)|(?<=^))(?:{_ROLES_CAPITALISED})|"
    rf"(?:(?<=\b[Dd]e[ \t])|(?<=\b[Dd]e[ \t]nieuwe[ \t])|(?<=\b[Dd]e[ \t]andere[ \t])|(?<=\b[Dd]e[ \t]overige[ \t])|"
    rf"(?<=\b[Dd]e[ \t]huidige[ \t])|(?<=\b[Dd]e[ \t]belangrijkste[ \t]))(?:{_ROLES}))"
    rf"(?:[ \t]+(?:in|van|binnen|bij)[ \t]+(?:het|de|dit|deze|een)?[ \t]*[a-z][\w\-]*)?(?:[ \t]+in[ \t]+\d{{4}})?"
    rf"[ \t]+(?:is|was|wordt|werd|zijn|waren|worden|werden)[ \t]+(?:(?:onder[ \t]+(?:meer|andere)|o\.a\.)[ \t]+)?{_ART}"
    rf"(?P<name>{_SLOT})(?=[ \t]*(?:[.,;:\n]|$)|[ \t]+(?:en|&)[ \t])", re.M)
# The body that a merger makes, by its name: "A en B zijn gefuseerd tot X", "samengegaan in X", "gaan samen verder
# onder de naam X", "De nieuwe organisatie heet X", "is één welzijnsorganisatie ontstaan: X", "de nieuwe naam X", "heet
# voortaan X". (Each branch opens with its own word, so that only those words are tried.)
MERGED_INTO = re.compile(
    rf"(?:\b(?:gefuseerd|gefuseerde|fuseren|fuseerden|samengegaan|samengevoegd)[ \t]+(?:tot|in)[ \t]+"
    rf"(?:(?:de|een|één)[ \t]+(?:nieuwe[ \t]+)?[a-z]*(?:organisatie|stichting)[ \t]+)?|"
    rf"\bverder[ \t]+(?:als|onder[ \t]+de[ \t]+naam)[ \t]+|\bonder[ \t]+de[ \t]+nieuwe[ \t]+naam[ \t]+|"
    rf"\bnieuwe(?:(?<=\b[dD]e[ \t]nieuwe)|(?<=\been[ \t]nieuwe))[ \t]+naam[ \t]*:?[ \t]+|"
    rf"\bheet[ \t]+(?:voortaan|sindsdien|inmiddels)[ \t]+|"
    rf"\b[Nn]ieuwe[ \t]+(?:[a-z]*organisatie|stichting)[ \t]+heet[ \t]+|"
    rf"\bontstaan(?:(?<=organisatie[ \t]ontstaan)|(?<=stichting[ \t]ontstaan))[ \t]*:[ \t]*)"
    rf"{_ART}(?P<name>{_SLOT})(?=[ \t]*(?:[.,;:()\n]|$)|[ \t]+[a-z])", re.M)
MERGED_INTO_ANCHORS = ("gefuseerd", "gefuseerde", "fuseren", "fuseerden", "samengegaan", "samengevoegd", "verder", "onder",
                       "Nieuwe", "nieuwe", "heet", "ontstaan")
# Where a body's staff works from: "Vanuit X zijn twee ouderenconsulenten actief"
FROM_STAFF = re.compile(rf"[Vv]anuit[ \t]+{_ART}(?P<name>{_SLOT})(?=[ \t]+(?:zijn|is|waren|was|werken|werkten|werkt)"
                        rf"[ \t]+[^.;:\n]{{0,40}}?(?:{'|'.join(STAFF_WORDS)}))")
# The parties that take part, the verb before them after a fronted phrase: "In 2023 namen A en B deel aan de pilot",
# "Aan het netwerk neemt ook X deel"
TAKE_PART_INVERTED = re.compile(
    rf"(?<=[a-z0-9][ \t])(?:neemt|nam|nemen|namen)[ \t]+(?:ook[ \t]+)?{_ART}(?P<name>{_SLOT})"
    rf"(?=(?:[ \t]*,[ \t]*{_ART}{_SLOT})*(?:[ \t]+en[ \t]+{_ART}{_SLOT})?[ \t]+(?:[^.;:\n]{{0,30}}?[ \t])?deel\b)")
# a body that acts together with the municipality, the two the subject of a plural verb: "X en de gemeente hebben
# afgesproken", "De gemeente en X werken samen"
_TOGETHER_VERBS = (r"(?:hebben|hadden|zijn|waren|werken|werkten|maken|maakten|gaan|gingen|willen|wilden|trekken|trokken|"
                   r"blijven|delen|deelden|bieden|boden|voeren|voerden|organiseren|organiseerden|ondertekenen|"
                   r"ondertekenden|sluiten|sloten|stellen|stelden|zetten|ontwikkelen|ontwikkelden|onderzoeken|"
                   r"onderzochten|evalueren|evalueerden|bespreken|bespraken|monitoren|monitorden)")
WITH_MUNICIPALITY_AFTER = re.compile(rf"(?P<name>{_SLOT})[ \t]+en[ \t]+de[ \t]+gemeente[ \t]+{_TOGETHER_VERBS}\b")
WITH_MUNICIPALITY_BEFORE = re.compile(rf"\b[Dd]e[ \t]+gemeente[ \t]+en[ \t]+{_ART}(?P<name>{_SLOT})[ \t]+{_TOGETHER_VERBS}\b")
# A joint body's fact sheet: "Naam: X" (or "Naam verbonden partij | X") over lines that only a body's sheet has
# ("Vestigingsplaats: Y", "Rechtsvorm: ...", "Openbaar belang: ...").
_FACT_SHEET_LABEL = r"(?m)^[ \t]*Naam(?:[ \t]+(?:verbonden[ \t]+partij|deelneming|organisatie))?[ \t]*"
FACT_SHEET_NAME = re.compile(_FACT_SHEET_LABEL + r"[:|][ \t]*(?P<name>[^\n|:]{2,80}?)[ \t]*\|?[ \t]*$")
# ... the value on the next line with text, as a report site's table copied one cell a line gives it
FACT_SHEET_NAME_BELOW = re.compile(_FACT_SHEET_LABEL + r"\n(?:[ \t]*\n)*[ \t]*(?P<name>[^\n|:]{2,80}?)[ \t]*$")
FACT_SHEET_LINE = re.compile(r"(?im)^[ \t]*(?:vestigingsplaats|rechtsvorm|openbaar[ \t]+belang|bestuurlijk[ \t]+belang|"
                             r"deelnemers|deelnemende[ \t]+gemeenten)\b")
# the provider of a service named in brackets after it: "het maatschappelijk werk (X)", "de schuldhulpverlening (via
# X)", "de cliëntondersteuner (X)"
SERVICE_WORDS = ("werk", "hulp", "hulpverlening", "ondersteuning", "ondersteuner", "begeleiding", "bemiddeling",
                 "dagbesteding", "opvang", "thuiszorg", "coach", "coaches", "consulent", "consulenten")
SERVICE_BRACKET = re.compile(rf"\b[a-zë\-]*(?:{'|'.join(SERVICE_WORDS)})[ \t]*\((?:(?:via|door)[ \t]+)?{_ART}(?P<name>{_SLOT})\)")
# where the municipality lays a task: "We beleggen de coördinatie voor ... bij de X" ("belegd bij X": SLOT_BEFORE)
LAID_WITH = re.compile(rf"\b(?:beleggen|belegt|belegde|belegden)\b[^.;:\n]{{0,80}}?[ \t]bij[ \t]+{_ART}(?P<name>{_SLOT})")
# the body a task is handed over from: "overgedragen van A naar B" (B: SLOT_BEFORE)
HANDED_FROM = re.compile(rf"\b(?:overgedragen|overgegaan|overgeheveld)[ \t]+van[ \t]+{_ART}(?P<name>{_SLOT})[ \t]+naar\b")
# the second agent of a passive: "geboden door A en door B"
SLOT_AND_BY = re.compile(rf"\b(?:aangeboden|geboden|geleverd|uitgevoerd|verzorgd|georganiseerd)[ \t]+door[ \t]+"
                         rf"[^.;:\n]{{1,80}}?[ \t]+en[ \t]+door[ \t]+{_ART}(?P<name>{_SLOT})")
# The agent of any passive: a past participle, "door" and a name ("bespoten door X", "bekostigd door X"); the
# participles that name a cause, not an agent ("veroorzaakt door", "vertraagd door"), left out.
BY_AGENT = re.compile(rf"door[ \t]+{_ART}(?P<name>{_SLOT})")
PARTICIPLE = re.compile(r"(?:ge|be|ver|ont|her|er)[a-zëïéö]{2,}(?:d|t|en)|[a-z]{2,}ge[a-zëïéö]{2,}(?:d|t|en)")
CAUSE_PARTICIPLES = frozenset(("veroorzaakt", "getroffen", "gevolgd", "beïnvloed", "bepaald", "verklaard", "gedreven",
                               "geraakt", "gehinderd", "vertraagd", "ingegeven", "gekenmerkt", "overschaduwd",
                               "bemoeilijkt", "bedreigd", "belemmerd", "versterkt", "verergerd", "geteisterd",
                               "opgevolgd", "vervangen", "geïnspireerd", "gevormd", "verdrongen"))


def _by_agents(text: str):
    """The names after "door" where the word before it is a past participle (BY_AGENT), or after "(door" (who does
    what the sentence says: "de eiken bespuiten (door X uit Y)")."""
    for q in occurrences(text, "door "):
        if q < 2 or not (text[q + 5:q + 6].isupper() or text.startswith(("de ", "het "), q + 5)):
            continue
        if text[q - 1] != "(" and not (text[q - 1] in " \t" and _participle_before(text, q - 1)):
            continue
        m = BY_AGENT.match(text, q)
        if m:
            yield m


def _participle_before(text: str, end: int) -> bool:
    """Whether the word that ends at `end` (white space after it allowed) is a past participle of an agent."""
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    word = text[start:end]
    return word not in CAUSE_PARTICIPLES and PARTICIPLE.fullmatch(word) is not None


# a party to an agreement, the agreement's noun a compound too ("subsidieafspraken met X", "contract met X")
AGREEMENT_NOUNS = ("afspraken", "afspraak", "overeenkomst", "overeenkomsten", "convenant", "contract", "contracten")
AGREEMENT_WITH = re.compile(rf"(?:{'|'.join(AGREEMENT_NOUNS)})(?:[ \t]+(?:gemaakt|gesloten|afgesloten|getekend|ondertekend|af))?"
                            rf"[ \t]+met[ \t]+"
                            rf"{_ART}(?P<name>{_SLOT})")
SIGNED_WITH_MUNICIPALITY = re.compile(
    rf"\b[Gg]emeente[ \t]+[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){{0,2}}[ \t]*,[ \t]*{_ART}(?P<name>{_SLOT})"
    rf"(?=(?:[ \t]*,[ \t]*{_ART}{_SLOT}){{0,12}}[ \t]+en[ \t]+{_ART}{_SLOT}[ \t]+(?:hebben|ondertekenden|tekenden|sloten|"
    rf"maakten)\b[^.;\n]{{0,60}}?(?:{'|'.join(AGREEMENT_NOUNS)}|akkoord))")
# what only a body does, its name as the subject before the verb: "X verzorgt", "X begeleidt jongeren naar werk"
AGENT_VERBS = ("voert", "voerde", "verzorgt", "verzorgde", "organiseert", "organiseerde", "exploiteert", "exploiteerde",
               "beheert", "beheerde", "coördineert", "coördineerde", "begeleidt", "begeleidde", "adviseert", "adviseerde",
               "faciliteert", "faciliteerde", "bemiddelt", "bemiddelde", "signaleert", "signaleerde")
# the services a provider's name may carry in brackets after it: "X (kinderopvang)", "A (welzijn), B (jeugdhulp) en C"
BRACKET_SERVICES = ("kinderopvang", "welzijn", "welzijnswerk", "opbouwwerk", "buurtwerk", "jeugdhulp", "jeugdzorg",
                    "thuiszorg", "dagbesteding",
                    "schuldhulp", "schuldhulpverlening", "maatschappelijk werk", "jongerenwerk", "ouderenwerk",
                    "mantelzorgondersteuning", "cliëntondersteuning", "verslavingszorg", "huishoudelijke hulp",
                    "wijkverpleging", "re-integratie", "beschermd wonen", "maatschappelijke opvang")
_BRACKET_SERVICES = "|".join(w.replace(" ", r"[ \t]+") for w in BRACKET_SERVICES)
# nouns that say "an organisation": "X, een stichting die ...", "X is de welzijnsorganisatie van ..."
ORG_NOUN = (r"[a-z]*(?:stichting|vereniging|organisatie|aanbieder|instelling|corporatie|coöperatie|zorgverlener|"
            r"onderneming|werkgever|omroep|werkmaatschappij)")
SLOT_AFTER = re.compile(  # the name (its acronym perhaps in brackets after it: "X (XY) voert ... uit"), then the cue
    rf"(?<![\w'’&\-])(?P<name>{_SLOT})(?:[ \t]*\([A-Z][A-Za-z&]{{1,7}}\))?(?:"
    rf"[ \t]+(?:is|werd|zijn|werden)[ \t]+(?:in[ \t]+\d{{4}}[ \t]+|onlangs[ \t]+|recent[ \t]+)?opgericht|"
    rf"[ \t]+(?:ontvangt|ontving|kreeg|krijgt)[ \t]+(?:[\w\-€]+(?:[.,]\d+)*[ \t]+){{0,5}}?(?:subsidie|bijdrage)|"
    # "A en B zijn per 1 januari gefuseerd", "A (voorheen B)", "A is verantwoordelijk voor ...", "A heeft in 2023 120
    # jongeren begeleid"
    # ... or work towards it: "A en B hebben in 2023 gewerkt aan hun fusie", "A en B bereiden een fusie voor"
    rf"[ \t]+en[ \t]+{_SLOT}[ \t]+(?:zijn|gaan|willen|zullen|hebben|hadden|werken|werkten|bereiden|bereidden)[ \t]+"
    rf"[^.;:\n]{{0,40}}?\b(?:gefuseerd|fuseren|fuseerden|fuseerde|fusie[ \t]+aangegaan|fusie[ \t]+aan|"
    rf"(?:hun|een)[ \t]+(?:[a-z]+e[ \t]+)?fusie)\b|"
    rf"[ \t]*\((?:voorheen|v/h)[ \t]|"
    rf"[ \t]+(?:is|was|wordt|blijft)[ \t]+(?:[a-z]+[ \t]+)?verantwoordelijk[ \t]+voor\b|"
    rf"[ \t]+(?:heeft|had)[ \t]+[^.;:\n]{{1,60}}?\b(?:begeleid|geholpen|ondersteund|bereikt|opgevangen|gecoacht|"
    rf"bemiddeld|georganiseerd|aangeboden|uitgevoerd|geadviseerd|gefaciliteerd|gecoördineerd|verzorgd|geopend|"
    rf"overgedragen|getraind|opgeleid|bezocht)\b|"
    # a body's caseload or members: "X ontving 600 aanmeldingen", "X behandelde 240 meldingen", "X telde 1.200 leden"
    rf"[ \t]+(?:ontving|ontvangt|behandelde|behandelt|registreerde|registreert|telde|telt)[ \t]+(?:\w+[ \t]+){{0,4}}?"
    rf"\d[\d.]*[ \t]+(?:[a-z]+e[ \t]+)?(?:aanmeldingen|meldingen|cliënten|klanten|leden|hulpvragen|adviesvragen|"
    rf"verzoeken)\b|"
    # ... and the people it supported: "X ondersteunde 85 statushouders", "X begeleidde 40 werkzoekenden" (not "hielp":
    # a fund helps households too)
    # ... or placed in work: "X plaatste 120 werkzoekenden"
    rf"[ \t]+(?:ondersteunde|begeleidde|plaatste)[ \t]+(?:in[ \t]+\d{{4}}[ \t]+)?(?:ruim[ \t]+|bijna[ \t]+|circa[ \t]+)?"
    rf"\d[\d.]*[ \t]+(?:[a-z]+e[ \t]+)?(?:statushouders|inwoners|jongeren|gezinnen|huishoudens|mantelzorgers|ouderen|"
    rf"kinderen|cliënten|deelnemers|mensen|personen|werkzoekenden|kandidaten|uitkeringsgerechtigden)\b|"
    # what only a body has or undergoes: a contract with the municipality, a grant applied for, a seat, a new
    # location, a certificate, a bankruptcy ("X heeft een contract met de gemeente", "X is gevestigd in ...")
    rf"[ \t]+(?:heeft|had|hebben|hadden)[ \t]+een[ \t]+(?:[a-z]+e[ \t]+)?(?:contract|overeenkomst|subsidierelatie)[ \t]+met\b|"
    rf"[ \t]+(?:heeft|had|diende)[ \t]+(?:een[ \t]+)?(?:[a-z]+e[ \t]+)?subsidieaanvraag[ \t]+(?:ingediend|in)\b|"
    rf"[ \t]+(?:is|was|zijn|waren)[ \t]+(?:sinds[ \t]+\d{{4}}[ \t]+|nu[ \t]+|inmiddels[ \t]+)?gevestigd[ \t]+(?:in|aan|op)\b|"
    rf"[ \t]+(?:opende|opent|sloot|sluit)[ \t]+(?:in[ \t]+\d{{4}}[ \t]+)?(?:een|haar|de)[ \t]+(?:[a-z]+e[ \t]+)?"
    rf"(?:locatie|vestiging|vestigingen|locaties)\b|"
    rf"[ \t]+(?:is|was|zijn|waren)[ \t]+(?:in[ \t]+\d{{4}}[ \t]+)?(?:gecertificeerd|failliet)\b|"
    rf"[ \t]+(?:ging|gingen|gaat)[ \t]+(?:in[ \t]+\d{{4}}[ \t]+)?failliet\b|"
    # staff it took on or deployed: "X heeft extra jongerenwerkers ingezet", "X nam twee consulenten aan"
    rf"[ \t]+(?:heeft|had|zette|zet)[ \t]+(?:(?:extra|meer|nieuwe|twee|drie|vier|vijf|\d+)[ \t]+)?(?:[a-z]+e[ \t]+)?"
    rf"[a-z]*(?:werkers|coaches|consulenten|adviseurs|medewerkers|begeleiders|ondersteuners|hulpverleners|"
    rf"verpleegkundigen)[ \t]+(?:(?:in[ \t]+de[ \t]+wijk|op[ \t]+scholen)[ \t]+)?(?:ingezet|aangenomen|geworven|in)\b|"
    # the homes a housing corporation builds or lets: "X realiseerde 40 nieuwe sociale huurwoningen"
    rf"[ \t]+(?:realiseerde|realiseert|bouwde|bouwt|verhuurde|verhuurt|renoveerde|renoveert)"
    rf"[ \t]+(?:in[ \t]+\d{{4}}[ \t]+)?(?:ruim[ \t]+|bijna[ \t]+|circa[ \t]+)?\d[\d.]*[ \t]+(?:[a-z]+e[ \t]+){{0,2}}"
    rf"(?:[a-z]*woningen|appartementen|wooneenheden)\b|"
    # what it provides, in brackets right after its name: "X (kinderopvang)", "A (welzijn), B (jeugdhulp) en C"
    rf"[ \t]*\((?:{_BRACKET_SERVICES})\)|"
    # what it runs, said in a relative clause after its name: "X, dat sinds 2023 het buurthuis beheert,"
    # (not what a project or a fund does as well: carries out, organises, guides, coordinates)
    rf",[ \t]+(?:dat|die)[ \t]+[^.;:\n,]{{1,60}}?[ \t](?:exploiteert|exploiteerde|beheert|beheerde)"
    rf"(?=[ \t]*[,.;])|"
    # "X kampt met personeelstekorten", "X kampte met een wachtlijst": staff and queues are a body's
    rf"[ \t]+(?:kampt|kampte|kampen|kampten)[ \t]+met[ \t]+(?:een[ \t]+)?(?:[a-z]+e[ \t]+)?(?:personeelstekort|personeelstekorten|"
    rf"tekort[ \t]+aan[ \t]+personeel|wachtlijst|wachtlijsten)\b|"
    rf"[ \t]+(?:zorgt|zorgde|zorgen|zorgden)[ \t]+(?:ook[ \t]+)?voor[ \t]+de[ \t]+uitvoering\b|"
    # a new head, and the account of a grant: "X heeft sinds maart een nieuwe directeur", "X legt verantwoording af"
    rf"[ \t]+(?:heeft|had|kreeg|krijgt)[ \t]+(?:[^.;:\n]{{0,20}}?[ \t])?een[ \t]+nieuwe[ \t]+(?:directeur|bestuurder|"
    rf"directeur-bestuurder|voorzitter|directie|raad[ \t]+van[ \t]+toezicht)\b|"
    rf"[ \t]+(?:legt|legde|leggen|legden)[ \t]+(?:[a-z]+[ \t]+)?verantwoording[ \t]+af\b|"
    # a party's seats in the council: "De zetelverdeling is als volgt: A acht zetels, B zeven zetels"
    rf"{SEATS}|"
    # a tender won: "X heeft de aanbesteding gewonnen", "X won de Europese aanbesteding"
    rf"[ \t]+(?:heeft|had|hebben)[ \t]+de[ \t]+(?:[A-Za-z]+e[ \t]+)?aanbesteding[ \t]+gewonnen\b|"
    rf"[ \t]+(?:wint|won)[ \t]+de[ \t]+(?:[A-Za-z]+e[ \t]+)?aanbesteding\b|"
    # what a body has as hers: "X heeft haar activiteiten uitgebreid", "X breidde haar aanbod uit"
    rf"[ \t]+(?:heeft|had|breidt|breidde|zet|zette|biedt|bood)[ \t]+haar[ \t]+(?:[a-z]+[ \t]+){{0,2}}?(?:activiteiten|"
    rf"aanbod|dienstverlening|werkzaamheden|medewerkers|vrijwilligers|locaties|locatie|diensten)\b|"
    # "X krijgt de regie over de inloopvoorzieningen", "X voert de regie op ..."
    rf"[ \t]+(?:krijgt|kreeg|heeft|had|houdt|hield|voert|voerde|neemt|nam)[ \t]+de[ \t]+regie[ \t]+(?:over|op)\b|"
    # a company's payout: "De X keert jaarlijks dividend uit"
    rf"[ \t]+(?:keert|keerde)[ \t]+(?:[a-z]+[ \t]+){{0,2}}dividend\b|"
    # what a body reports: "X geeft aan dat ...", "X constateert een toename", "X rapporteert een wachtlijst"
    rf"[ \t]+(?:geeft|gaf)[ \t]+aan[ \t]+dat\b|[ \t]+(?:constateert|constateerde|rapporteert|rapporteerde)[ \t]|"
    rf"[ \t]+(?:meldt|meldde)[ \t]+(?:een[ \t]+(?:[a-z]+e[ \t]+)?(?:stijging|toename|daling|afname|groei)|dat)\b|"
    # a body renamed or made by a merger: "X heeft vanaf 2024 de nieuwe naam Y", "X is ontstaan uit een fusie"
    rf"[ \t]+(?:heeft|kreeg|krijgt|draagt)[ \t]+(?:[^.;:\n]{{0,30}}?[ \t])?(?:de|een)[ \t]+nieuwe[ \t]+naam\b|"
    rf"[ \t]+(?:is|was)[ \t]+(?:[^.;:\n]{{0,20}}?[ \t])?ontstaan[ \t]+(?:uit|na)[ \t]+(?:een|de)[ \t]+fusie\b|"
    rf"[ \t]+(?:is|was)[ \t]+(?:sinds[ \t]+\d{{4}}[ \t]+)?de[ \t]+(?:nieuwe[ \t]+)?naam[ \t]+van[ \t]+(?:de|het)[ \t]+"
    rf"(?:fusieorganisatie|[a-z]*organisatie|stichting|[a-z]*aanbieder)\b|"
    # what only a body will do: "X zal vanaf 2025 de cliëntondersteuning verzorgen", "X gaat de inloop organiseren"
    rf"[ \t]+(?:zal|gaat)[ \t]+[^.;:\n]{{1,60}}?[ \t](?:verzorgen|uitvoeren|organiseren|coördineren|exploiteren|"
    rf"beheren|aanbieden)(?=[ \t]*[.;,]|[ \t]+(?:en|om|voor|in|aan)[ \t])|"
    # "X ontvangt jaarlijks € 50.000", "X heeft de opdracht gekregen om ...", "X is de uitvoerder van ..."
    rf"[ \t]+(?:ontvangt|ontving|kreeg|krijgt)[ \t]+(?:[a-z]+[ \t]+){{0,2}}€|"
    rf"[ \t]+(?:heeft|had|kreeg|krijgt)[ \t]+(?:[a-z]+[ \t]+)?de[ \t]+opdracht[ \t]+(?:gekregen[ \t]+)?(?:om|tot|voor)\b|"
    rf"[ \t]+(?:is|was|wordt|blijft)[ \t]+(?:de|een)[ \t]+(?:[a-z]+e[ \t]+)?(?:uitvoerder|aanbieder|penvoerder|opdrachtnemer|"
    rf"trekker)[ \t]+van\b|"
    rf"[ \t]+(?:kreeg|krijgt)[ \t]+de[ \t]+opdracht\b|"
    rf"[ \t]+(?:{'|'.join(AGENT_VERBS)})[ \t]|"
    # "X draait de inloop" (not "X draait op vrijwilligers": a project runs on them too)
    rf"[ \t]+(?:draait|draaide)[ \t]+(?:(?:ook|nu|sinds[ \t]+\d{{4}})[ \t]+)?(?:de|het)[ \t]+[a-z]|"
    # "X biedt hiervoor onder andere trainingen aan": the separable verb closing its clause
    rf"[ \t]+(?:biedt|bood)[ \t]+[^.;:!?\n]{{1,100}}?[ \t]aan(?=[ \t]*[.;,]|[ \t]+(?:en|om)[ \t])|"
    # ("X leverde 52.000 uur huishoudelijke ondersteuning": an amount may come first)
    rf"[ \t]+(?:biedt|bood|levert|leverde)[ \t]+(?:(?:ruim|bijna|circa|ongeveer|meer[ \t]+dan)[ \t]+)?"
    rf"(?:\d[\d.,]*[ \t]+(?:uur[ \t]+)?)?(?:[\w\-]+[ \t]+){{0,2}}?[a-zà-ÿ\-]*(?:hulp|zorg|ggz|begeleiding|"
    rf"ondersteuning|opvang|dagbesteding|behandeling|dienstverlening|trajecten|werkplekken)\b|"
    rf"(?:,|[ \t]+(?:is|was))[ \t]+(?:een|de)[ \t]+(?:[a-z]+e[ \t]+)?{ORG_NOUN}\b|"
    # "De Wijkteams X zijn sinds 2023 een zelfstandige stichting", "X is inmiddels een coöperatie"
    rf"[ \t]+(?:is|was|zijn|waren)[ \t]+(?:(?:sinds|per|vanaf)[ \t]+\d{{4}}|inmiddels|nu|sindsdien|formeel|officieel)[ \t]+"
    rf"(?:een|de)[ \t]+(?:[a-z]+e[ \t]+)?{ORG_NOUN}\b|"
    rf",[ \t]+(?:[a-z]+e[ \t]+)?{ORG_NOUN}[ \t]+(?:van|voor)[ \t]|"
    # (a list of other items may come between: "X, de bibliotheek en eventueel andere organisaties")
    rf"(?=(?:[ \t]*,[ \t]*(?:{_ART}{_SLOT}|(?:de|het)[ \t]+[a-z]+))*[ \t]+en[ \t]+(?:eventueel[ \t]+|ook[ \t]+|nog[ \t]+)?"
    rf"(?:alle[ \t]+)?(?:andere|overige)[ \t]+(?:[a-z]+e[ \t]+)?[a-z]*(?:partners|organisaties|"
    rf"instellingen|aanbieders|partijen)\b))")
SLOT_AFTER_ANCHORS = ("biedt", "bood", "levert", "leverde", "opgericht", "ontvangt", "ontving", "kreeg", "krijgt", "voert", "voerde", "verzorgt", "verzorgde",
                      "opdracht", "uitvoerder", "penvoerder", "opdrachtnemer", "trekker", "gefuseerd", "fuseren",
                      "voorheen", "v/h", "verantwoordelijk", "begeleid", "geholpen", "ondersteund", "bereikt",
                      "opgevangen", "gecoacht", "bemiddeld", "georganiseerd", "aangeboden", "uitgevoerd",
                      "geadviseerd", "gefaciliteerd", "gecoördineerd", "verzorgd", "uitvoering", "geopend", "kampt",
                      "overgedragen", "getraind", "opgeleid", "bezocht", "behandelde", "behandelt", "registreerde",
                      "registreert", "telde", "telt",
                      "kampte", "kampen", "kampten", "verzorgen", "uitvoeren", "organiseren", "coördineren",
                      "exploiteren", "beheren", "aanbieden", "geeft", "gaf", "constateert", "constateerde",
                      "rapporteert", "rapporteerde", "keert", "keerde", "gewonnen", "wint", "won", "haar", "meldt",
                      "meldde", "naam", "fusie", "ondersteunde", "begeleidde", "plaatste", "regie", "realiseerde",
                      "realiseert", "bouwde", "bouwt", "verhuurde", "verhuurt", "renoveerde", "renoveert",
                      "ingezet", "aangenomen", "geworven", "zette", "directeur", "bestuurder", "directeur-bestuurder",
                      "voorzitter", "directie", "toezicht", "verantwoording", "zetel", "zetels",
                      "contract", "overeenkomst", "subsidierelatie", "subsidieaanvraag", "gevestigd", "opende", "opent",
                      "sloot", "sluit", "gecertificeerd", "failliet",
                      *dict.fromkeys("(" + w.split()[0] for w in BRACKET_SERVICES), *AGENT_VERBS, "draait", "draaide", "stichting", "vereniging",
                      "organisatie", "aanbieder", "instelling", "corporatie", "coöperatie", "zorgverlener", "onderneming",
                      "werkgever", "omroep", "werkmaatschappij", "andere", "overige")
# cue words of SLOT_AFTER that are short or end other words ("won" of "wonen", "regie" of "strategie", "sluit" of
# "besluit", "haar", "naam"): only where they stand as words
SLOT_AFTER_WHOLE = frozenset(("won", "wint", "haar", "naam", "regie", "fusie", "meldt", "meldde", "gewonnen", "sluit", "sloot",
                              "opent", "opende", "contract", "overeenkomst", "ingezet"))
# ... and those frequent in any report that SLOT_AFTER reads only beside another word: staff deployed, a location
# opened or closed, a contract with someone (looked for 60 characters either side)
_STAFF_DEPLOYED = re.compile(r"(?:werkers|coaches|consulenten|adviseurs|medewerkers|begeleiders|ondersteuners|"
                             r"hulpverleners|verpleegkundigen)[ \t]+(?:[a-z]+[ \t]+){0,4}?(?:ingezet|in\b)")
_LOCATION_AFTER = re.compile(r"(?:opende|opent|sloot|sluit)[ \t]+[^.;\n]{0,25}?(?:locatie|vestiging)")
_CONTRACT_WITH = re.compile(r"\been[ \t]+(?:[a-z]+e[ \t]+)?(?:contract|overeenkomst|subsidierelatie)[ \t]+met\b")
_AFTER_CUE_NEEDS = {"ingezet": _STAFF_DEPLOYED, "zette": _STAFF_DEPLOYED, "opende": _LOCATION_AFTER,
                    "opent": _LOCATION_AFTER, "sloot": _LOCATION_AFTER, "sluit": _LOCATION_AFTER,
                    "contract": _CONTRACT_WITH, "overeenkomst": _CONTRACT_WITH, "subsidierelatie": _CONTRACT_WITH}
# More names before their cue, found only near the whole words of SLOT_AFTER_WORDS: a grant received by coordinated
# subjects ("Zowel A als B ontvangen subsidie": a plural verb after the last); "X sluit aan bij het netwerk", "X is in
# 2023 gestart als nieuwe aanbieder"; the parties that work together or form something as one ("A en B werken samen",
# "A, B en C vormen samen het team", "A en B hebben samen ... ontwikkeld"); "X werkt nauw samen met ...", "X zet in 2024
# in op ...", "X heeft een wachtlijst", "A en B zijn de belangrijkste partners". (A list is read in a look-ahead, so
# that each of its names is matched where it stands.)
SLOT_AFTER_MORE = re.compile(
    rf"(?<![\w'’&\-])(?P<name>{_SLOT})(?:"
    rf"[ \t]+(?:ontvangen|ontvingen|krijgen|kregen)[ \t]+(?:[\w\-€]+(?:[.,]\d+)*[ \t]+){{0,5}}?(?:subsidie|bijdrage)|"
    rf"(?=(?:[ \t]*,[ \t]*{_ART}{_SLOT})*[ \t]+(?:en|als)[ \t]+{_ART}{_SLOT}[ \t]+(?:ontvangen|ontvingen|krijgen|kregen)[ \t]+"
    rf"(?:[\w\-€]+(?:[.,]\d+)*[ \t]+){{0,5}}?(?:subsidie|bijdrage))|"
    rf"[ \t]+(?:heeft|had|hebben|hadden)[ \t]+(?:[\w\-€]+(?:[.,]\d+)*[ \t]+){{0,5}}?(?:subsidie|bijdrage)[ \t]+"
    rf"(?:ontvangen|gekregen)\b|"
    rf"[ \t]+(?:is|was|trad[ \t]+op[ \t]+als|treedt[ \t]+op[ \t]+als|fungeert[ \t]+als|fungeerde[ \t]+als)[ \t]+(?:de[ \t]+)?"
    rf"(?:penvoerder|hoofdaannemer)\b|"
    rf"[ \t]+(?:sluit|sloot|sluiten|sloten)[ \t]+(?:zich[ \t]+)?(?:ook[ \t]+)?aan[ \t]+bij\b|"
    rf"[ \t]+(?:heeft|had|hebben|hadden)[ \t]+zich[ \t]+(?:ook[ \t]+|inmiddels[ \t]+)?(?:aangesloten|aangemeld)\b|"
    # "X neemt deel aan het netwerk", "X participeert in het wijkteam"
    rf"[ \t]+(?:neemt|nam)[ \t]+(?:ook[ \t]+)?deel[ \t]+aan\b|[ \t]+(?:participeert|participeerde)[ \t]+(?:ook[ \t]+)?in\b|"
    rf"(?=(?:[ \t]*,[ \t]*{_ART}{_SLOT})*[ \t]+(?:en|&)[ \t]+{_ART}{_SLOT}[ \t]+(?:nemen|namen)[ \t]+(?:ook[ \t]+)?deel[ \t]+aan\b)|"
    rf"[ \t]+(?:is|was|zijn|waren)[ \t]+(?:[^.;:\n]{{0,30}}?[ \t])?(?:gestart|begonnen|gestopt)[ \t]+als[ \t]+(?:[a-z]+e[ \t]+)?"
    rf"(?:aanbieder|partner|uitvoerder|opdrachtnemer)\b|"
    rf"(?=(?:[ \t]*,[ \t]*{_ART}{_SLOT})*[ \t]+(?:en|&)[ \t]+{_ART}{_SLOT}[ \t]+(?:werken|werkten|vormen|vormden|hebben|hadden|"
    rf"bieden|boden|organiseren|organiseerden|leveren|leverden|voeren|voerden|ontwikkelen|ontwikkelden)"
    rf"[ \t]+(?:[^.;:\n]{{0,40}}?[ \t])?samen\b)|"
    rf"[ \t]+(?:werken|werkten|vormen|vormden)[ \t]+(?:[^.;:\n]{{0,40}}?[ \t])?samen\b|"
    rf"[ \t]+(?:werkt|werkte)[ \t]+(?:[^.;:\n]{{0,30}}?[ \t])?samen[ \t]+met\b|"
    rf"[ \t]+(?:zet|zette)[ \t]+(?:[^.;:\n]{{0,30}}?[ \t])?in[ \t]+op\b|"
    rf"[ \t]+(?:heeft|had|kent|kende)[ \t]+(?:een[ \t]+)?(?:[a-z]+e[ \t]+)?(?:wachtlijst|wachtlijsten|wachttijd)\b|"
    rf"(?=(?:[ \t]*,[ \t]*{_ART}{_SLOT})*(?:[ \t]+en[ \t]+{_ART}{_SLOT})?[ \t]+(?:is|was|zijn|waren|blijft|blijven)[ \t]+"
    rf"(?:een|de|onze|(?:een|één)[ \t]+van[ \t]+de)[ \t]+(?:[a-z]+e[ \t]+)?(?:[a-z]*partners?)\b))")
# A list whose members do together what only bodies do, a plural verb after its last name: "A en B organiseerden 40
# bijeenkomsten", "Zowel A als B verzorgen ...", "A, B en C startten het ...", "A en B zijn in 2023 gestart met ...",
# "A, B en C hebben een intentieverklaring getekend", "A en B bieden gezamenlijk cursussen aan" (the separable verb
# closing the clause). The first name is matched with the list in a look-ahead (the
# list after it is read as every slot's is), the last only after "en", "&" or "als": a capitalised plural before a
# plural verb opens a sentence ("Vrijwilligers organiseren ...").
PLURAL_AGENT_VERBS = ("organiseren", "organiseerden", "verzorgen", "verzorgden", "exploiteren", "exploiteerden",
                      "beheren", "beheerden", "coördineren", "coördineerden", "faciliteren", "faciliteerden",
                      "startten", "gestart", "getekend", "ondertekend", "bieden", "boden", "leveren", "leverden",
                      "ineengeslagen", "ineen", "bundelen", "bundelden", "ondertekenden", "tekenden")
_PLURAL_AGENT_TAIL = (
    r"(?:(?:organiseren|organiseerden|verzorgen|verzorgden|exploiteren|exploiteerden|beheren|beheerden|coördineren|"
    r"coördineerden|faciliteren|faciliteerden|startten)\b|zijn[ \t]+(?:[^.;:\n]{0,30}?[ \t])?gestart[ \t]+met\b|"
    # "A en B hebben de handen ineengeslagen", "A en B slaan de handen ineen"
    r"(?:hebben|hadden)[ \t]+(?:[^.;:\n]{0,30}?[ \t])?de[ \t]+handen[ \t]+ineengeslagen\b|"
    r"(?:slaan|sloegen)[ \t]+(?:[^.;:\n]{0,30}?[ \t])?de[ \t]+handen[ \t]+ineen\b|"
    r"(?:bundelen|bundelden)[ \t]+(?:hun|de)[ \t]+krachten\b|"
    # "A, B en C ondertekenden het convenant"
    r"(?:ondertekenden|tekenden)[ \t]+(?:een|het|de)[ \t]+(?:[a-z]+[ \t]+)?(?:intentieverklaring|convenant|"
    r"samenwerkingsovereenkomst|overeenkomst|samenwerkingsconvenant|[a-z]*akkoord)\b|"
    r"hebben[ \t]+(?:een|het|de)[ \t]+(?:[a-z]+[ \t]+)?(?:intentieverklaring|convenant|samenwerkingsovereenkomst|"
    r"overeenkomst|samenwerkingsconvenant)[ \t]+(?:getekend|ondertekend)\b|"
    r"(?:bieden|boden)[ \t]+[^.;:!?\n]{1,100}?[ \t]aan(?=[ \t]*[.;,]|[ \t]+(?:en|om)[ \t])|"
    # ... or the service they provide: "A en B boden onafhankelijke cliëntondersteuning"
    r"(?:bieden|boden|leveren|leverden)[ \t]+(?:(?:ruim|bijna|circa)[ \t]+)?(?:\d[\d.,]*[ \t]+(?:uur[ \t]+)?)?"
    r"(?:[\w\-]+[ \t]+){0,2}?[a-zà-ÿ\-]*(?:hulp|zorg|ggz|begeleiding|ondersteuning|opvang|dagbesteding|behandeling|"
    r"dienstverlening|trajecten|werkplekken)\b)")
PLURAL_AGENTS_FIRST = re.compile(
    # (the last name may follow its kind: "A en peuteropvang B bieden ... aan")
    rf"(?<![\w'’&\-])(?P<name>{_SLOT})(?=(?:[ \t]*,[ \t]*{_ART}{_SLOT})*[ \t]+(?:en|&|als)[ \t]+{_ART}(?:[a-z]{{4,}}[ \t]+)?"
    rf"{_SLOT}[ \t]+{_PLURAL_AGENT_TAIL})")
PLURAL_AGENTS_LAST = re.compile(
    rf"(?:(?<=[ \t]en[ \t])|(?<=[ \t]&[ \t])|(?<=[ \t]als[ \t])|(?<=[ \t]en[ \t]de[ \t])|(?<=[ \t]en[ \t]het[ \t])|"
    rf"(?<=[ \t]als[ \t]de[ \t])|(?<=[ \t]als[ \t]het[ \t]))(?P<name>{_SLOT})[ \t]+{_PLURAL_AGENT_TAIL}")
# the patterns that read a name as the subject of the verb after it
SUBJECT_FIRST = (SLOT_AFTER, SLOT_AFTER_MORE, PLURAL_AGENTS_FIRST)
# the cue words of SLOT_AFTER_MORE, whole words ("sluit", not the end of "besluit"; "samen", not "samenwerking")
SLOT_AFTER_WORDS = ("sluit", "sloot", "sluiten", "sloten", "gestart", "begonnen", "gestopt", "samen", "zet", "zette", "wachtlijst",
                    "wachtlijsten", "wachttijd", "partner", "partners", "ontvangen", "ontvingen", "krijgen", "kregen",
                    "gekregen", "penvoerder", "hoofdaannemer", "deel", "participeert", "participeerde", "aangesloten",
                    "aangemeld")
# a verb that must stand shortly before "samen" or "partner(s)" for SLOT_AFTER_MORE to read a name there
_TOGETHER_OR_PARTNER = re.compile(r"\b(?:werk|vorm|bied|bood|organiseer|lever|voer|ontwikkel|hebben|hadden|is|was|zijn|"
                                  r"waren|blijft|blijven)")
# A preposition that opens a sentence, and a subject after the verb that follows what it governs: "Met X organiseerde
# de bibliotheek leesclubs", "Voor X coördineert de GGD de aanpak" (X is no subject; a name that opens with one of
# these words and is the subject has no subject after its verb: "Voor Elkaar organiseert ...")
FRONTED_PREPOSITIONS = frozenset(("Met", "Via", "Voor", "Bij", "Door", "Dankzij", "Namens", "Volgens", "Naast", "Tijdens",
                                  "Binnen", "Onder", "Over", "Uit", "Zonder", "Tegen", "Rond", "In", "Op", "Aan", "Na"))
_SUBJECT_AFTER_VERB = re.compile(r"[ \t]+[a-zà-ÿ]+[ \t]+(?:(?:de|het|we|wij|zij|ze|ook[ \t]+de)\b|[A-Z])")
# Adverbs that open a sentence and stand in no name, first word or later: "Hierbij", "Daarnaast", "Tevens".
PRONOMINAL_ADVERBS = frozenset(("Hierbij", "Daarbij", "Hiermee", "Daarmee", "Hierin", "Daarin", "Hiervoor", "Daarvoor",
                                "Hierdoor", "Daardoor", "Daarnaast", "Hierop", "Daarop", "Hiertoe", "Daartoe", "Daarom",
                                "Tevens", "Bovendien", "Vervolgens", "Eveneens", "Inmiddels", "Momenteel"))
# words that head a title, a governing body or a date, not an organisation's name (and those adverbs)
NOT_A_SLOT_NAME = PRONOMINAL_ADVERBS | frozenset((
    "Raad", "Kamer", "Tweede", "Eerste", "Bestuur", "Algemeen", "Dagelijks", "College", "Commissie", "Staten",
    "Provinciale", "Gemeenteraad", "Burgemeester", "Wethouder", "Team", "Januari", "Februari", "Maart", "April",
    "Mei", "Juni", "Juli", "Augustus", "September", "Oktober", "November", "December", "Maandag", "Dinsdag",
    "Woensdag", "Donderdag", "Vrijdag", "Zaterdag", "Zondag", "Iedereen", "Niemand", "Samen", "Elkaar", "Verder",
    "Tegelijkertijd", "Uiteindelijk", "Alle", "Elke", "Ieder", "Iedere", "Welke", "Wie",
    "Wat", "Onze",
    "Ons", "Mijn", "Uw", "Zij", "Ze", "Jullie", "Men", "Vanuit", "Vanaf", "Sinds", "Door", "Tot", "Na", "Per",
    "Corona", "Covid", "Covid-19", "COVID-19", "Coronacrisis", "Oekraïne", "Brexit",
    # countries a report names as actors abroad ("de inval van Rusland"), the countries its newcomers come from
    "Rusland", "Syrië", "Turkije", "Marokko", "Duitsland", "België", "Polen", "Afghanistan", "Eritrea", "Europa",
    "Israël", "Suriname", "Roemenië", "Bulgarije", "Frankrijk", "Engeland", "Amerika", "China",
    # documents and instruments a sentence cites as a source ("Volgens de Monitor X", "Uit de Evaluatie X blijkt")
    "Monitor", "Rapportage", "Peiling", "Enquête", "Evaluatie", "Benchmark", "Jaarverslag", "Jaarrekening", "Begroting",
    "Verordening", "Nota", "Wet",
))


ROLE_BRACKET = re.compile(rf"(?:partners|partijen|aanbieders)[ \t]*\((?P<name>{_SLOT})(?=[ \t]*(?:,|en[ \t]|\)))")
# "Samenwerking A en B onderzocht", "de samenwerking van A en B": the two parties of a partnership
PAIR = re.compile(rf"\b[Ss]amenwerking(?:[ \t]+van|sverband[ \t]+(?:van|tussen))?[ \t]+{_ART}(?P<a>{_SLOT})[ \t]+(?:en|&)[ \t]+{_ART}(?P<b>{_SLOT})"
                  rf"(?=[ \t]*(?:[a-z.,;:)]|$))", re.M)
PARTNERSHIP_WORDS = ("Samenwerking", "samenwerking", "Samenwerkingsverband", "samenwerkingsverband")
AGREEMENT_WORDS = ("convenant", "Convenant", "overeenkomst", "Overeenkomst", "afspraken", "prestatieafspraken",
                   "samenwerkingsafspraken", "contract", "Contract")
# a takeover: "De overname van X door Y is afgerond", "na de overname van X"
TAKEOVER = re.compile(rf"\b[Oo]verna(?:me|mes)[ \t]+van[ \t]+{_ART}(?P<a>{_SLOT})(?:[ \t]+door[ \t]+{_ART}(?P<b>{_SLOT}))?"
                      rf"(?=[ \t]*(?:[a-z.,;:)]|$))", re.M)
# "een samenwerking van A, B en C": three parties or more (the list after the first read as a slot's list); items
# named by their kind may come first ("een samenwerking van de bibliotheek, A en B"); so do the parties of an agreement
# ("een convenant tussen A, B, C en de gemeente", "prestatieafspraken tussen A, B en de huurdersorganisaties")
PARTIES = re.compile(rf"\b(?:[Ss]amenwerking(?:sverband)?[ \t]+(?:van|tussen)|(?:[Cc]onvenant|[Oo]vereenkomst|[a-z]*afspraken|"
                     rf"[Cc]ontract)[ \t]+tussen)[ \t]+(?P<kinds>(?:(?:de|het)[ \t]+[a-z][\w\-]*[ \t]*,[ \t]*)+)?"
                     rf"{_ART}(?P<name>{_SLOT})"
                     rf"(?=(?(kinds)(?:[ \t]*,[ \t]*(?:{_ART}{_SLOT}|(?:de|het)[ \t]+[a-z][\w\-]*))*|"
                     rf"(?:[ \t]*,[ \t]*(?:{_ART}{_SLOT}|(?:de|het)[ \t]+[a-z][\w\-]*))+)[ \t]+(?:en|&)[ \t]+"
                     rf"(?:{_ART}{_SLOT}|(?:de|het)[ \t]+[a-z][\w\-]*))")


# a kind of undertaking in lower case right before a name: the name is the undertaking's ("de aanpak X", "het
# preventieprogramma X", "de pilot X"), whatever the sentence says it does
_UNDERTAKING_BEFORE = re.compile(r"(?<![\w\-])[a-zë]*(?:aanpak|programma|project|pilot|methode|methodiek|campagne|training|"
                                 r"cursus|interventie|werkwijze|traject|plan|festival|initiatief)[ \t]+$")


# a preposition (and an article) opening a sentence or an item right before a name: the name is what the phrase put
# first governs, not the subject of the verb after it
_GOVERNED_AT_START = re.compile(rf"(?:^|(?<=[.!?:;\n])[ \t]*|(?<=[.!?:;][ \t]))[ \t]*(?:{'|'.join(sorted(FRONTED_PREPOSITIONS))})"
                                r"[ \t]+(?:(?:de|het|'t)[ \t]+)?\Z")


# a capitalised word and a connector right before a name: the name ends a longer one ("Alphen aan den Rijn", "Bergen
# op Zoom", "Vrienden van X")
_NAME_GOES_ON_BEFORE = re.compile(r"([A-Z][\w\-]*)[ \t]+(?:aan|op|in|van|bij)(?:[ \t]+(?:de|den|der|het))?[ \t]+$")


# the councils that advise a municipality (the guideline's "adviesraden"): "Adviesraad Sociaal Domein", "Wmo-raad"
ADVISORY_COUNCIL = re.compile(r"(?i)^[\w\-]*(?:advies|cliënten|clienten|participatie|jongeren|senioren|ouderen|wmo-|wmo)raad$")


def _slot_name_ok(ctx: OrgContext, name: str, at: int, listed: bool = False, kind_named: bool = False) -> bool:
    """Whether a name in an organisation's slot looks like one. `listed`: a one-word item of a list that a slot's
    name opens ("bij A, Aafje en B"), where a first name alone names no person. `kind_named`: the name follows its
    kind ("woningcorporatie De Veld"), which a neighbourhood's name elsewhere does not make a place."""
    words = name.split()
    core = words[1:] if words[0] in ("De", "Het", "'t") else words
    named_samen = words[0] == "Samen" and len(words) > 1 and words[1][:1].isupper()
    if not core or (core[0] in NOT_A_SLOT_NAME and not named_samen) or name in NON_ORG_WORDS:
        return False
    if any(w in PRONOMINAL_ADVERBS for w in core[1:]):
        return False  # "Voorwoord Hiermee biedt ...": a heading run into the sentence under it
    if ADVISORY_COUNCIL.search(core[0]):
        return False  # "Op advies van de Adviesraad Sociaal Domein": a council that advises the municipality
    if core[0] in ref.first_names() and (len(core) == 1 or core[1][:1].isupper()) and not (listed and len(core) == 1):
        return False  # a person: "Anna", "Jan de Vries"
    if words[0] in FRONTED_PREPOSITIONS and len(words) > 1 and _sentence_or_item_initial(ctx.text, at) \
            and _SUBJECT_AFTER_VERB.match(ctx.text, at + len(name)):
        return False  # "Met X organiseerde de bibliotheek ...": a phrase put first, the subject after the verb
    # a neighbourhood's name somewhere in the country is no name here where a list of names goes on after a
    # body's (the report's own neighbourhoods are dropped by the place filter)
    if _place_words(" ".join(core)) or (not listed and not kind_named and ref.fold(" ".join(core)) in ref.area_index()):
        return False
    if _UNDERTAKING_BEFORE.search(ctx.text, max(0, at - 40), at):
        return False  # "de aanpak Thuis Eerst organiseert", "het project X verzorgt": an undertaking's name
    goes_on = _NAME_GOES_ON_BEFORE.search(ctx.text, max(0, at - 40), at)
    if goes_on and not (goes_on.group(1) in SLOT_ANCHORS and _sentence_or_item_initial(ctx.text, goes_on.start())):
        # "De gemeente Alphen aan de Rijn rapporteert", "Sport in het X (SiH) organiseert": the end of a longer name,
        # not one (a cue opening the sentence is no name: "Liquidatie van de X")
        return False
    if len(words) == 1:
        w = words[0]
        plain = PLAIN_NOUN_END.search(w)
        if plain and (0 < plain.start() <= 2 and len(plain.group(0)) >= 4 or any(ch.isupper() for ch in w[1:])):
            plain = None  # "Kzorg": a letter or two before a noun make no compound of it; "SamenWonen" is a name
        if w.lower().endswith("loket"):
            return False  # a desk ("het Woonloket", "het Zorgloket"), a service of whoever runs it
        if w in COMPASS_WORDS:
            return False  # "het opbouwwerk (Noord)": a part of town
        if len(w) < 3 or w.lower() in STOP_WORDS or _common_capitalised(w) or plain \
                or KIND_WORD_END.search(w) or w.upper() in NON_ORG_ACRONYMS or _ADVERB_END.search(w):
            return False
        if not w.isupper() and _lower_in_text(ctx, w.lower()):
            return False  # the text's own common noun ("Sport" at a sentence start, "sport" elsewhere)
    elif _sentence_initial(ctx.text, at) and words[0] not in ("De", "Het", "'t") \
            and _lower_in_text(ctx, words[0].lower()):
        return False  # "Jongeren Werk ..." at a sentence start: a common word before capitals
    return True


def _lower_in_text(ctx: OrgContext, w: str) -> bool:
    return bool(whole_occurrences(ctx.text, w))


class _Slot:
    """One named group of a match, read like a match's "name" group."""

    def __init__(self, m: re.Match, g: str):
        self.m, self.g = m, g

    def group(self, _g: str) -> str:
        return self.m.group(self.g)

    def start(self, _g: str) -> int:
        return self.m.start(self.g)


_SLOT_OPENING = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ'")  # what a _SLOT name opens with


_SEGMENT_END = re.compile(r"[.;:\n]")
# "met": the agreement's word comes before the next full stop, semicolon, colon or line break (no character between
# "met" and that word in a match is one of them)
_MET_AGREED = ("afgesproken", "overeengekomen", "overeenkomst", "convenant", "afspraken", "contract", " als ", "gestart",
               "opgezet", "begonnen", "gesprek", "aangegaan")


# Cue words whose every cue has the name right after the word (perhaps after "we", an article or "onder meer"): where
# no capital follows so, SLOT_BEFORE is not tried (tests/extraction/test_anchored_steps.py checks that it finds the
# same). Frequent words: "heeft", "hebben", "Voor", "aan".
NAME_NEXT_WORDS = frozenset(("heeft", "hebben", "had", "hadden", "aan", "Aan", "Voor", "Bij", "naast", "neemt", "nam",
                             "Door", "Via", "financiert", "financierde", "financieren", "financierden", "subsidieert",
                             "subsidieerde", "subsidiëren", "subsidieerden", "verstrekten", "verleenden", "verleent",
                             "verleende", "kenden", "kende", "Volgens", "volgens", "naar",
                             *INVERTED_VERBS))
_BEFORE_NAME = re.compile(r"[ \t]+(?:(?:we|wij|onder[ \t]+meer|onder[ \t]+andere|o\.a\.|de|het)[ \t]+){0,3}")


def _name_next(text: str, q: int, word: str) -> bool:
    m = _BEFORE_NAME.match(text, q + len(word))
    return m is not None and m.end() < len(text) and text[m.end()] in _SLOT_OPENING


# Cue words whose every cue needs a word shortly after them: where it is not there, SLOT_BEFORE (a long alternation)
# is not tried at all (frequent words: "werkte" of every "werkte ... mee", "opdracht" of every assignment).
_CUE_NEEDS = {"werkt": ("samen", "bij"), "werkte": ("samen", "bij"), "werken": ("samen", "bij"),
              "werkten": ("samen", "bij"),
              "opdracht": ("aan",), "ontvangen": ("van",), "krijgen": ("van",),
              "bij": ("werk", "belegd", "ondergebracht", "ingekocht", "neergelegd", "terecht")}


def slot_starts(text: str) -> list[int]:
    """Where SLOT_BEFORE is tried: its cue words, where what follows them can make a match."""
    return [q for w in SLOT_ANCHORS for q in word_starts(text, (w,), whole=True)
            if (w not in _CUE_NEEDS or any(n in text[q + len(w):q + len(w) + 140] for n in _CUE_NEEDS[w]))
            and (_name_next(text, q, w) if w in NAME_NEXT_WORDS else _slot_may_follow(text, q))]


def _slot_may_follow(text: str, q: int) -> bool:
    """False where SLOT_BEFORE cannot match at q because q holds "met", "Met" or "door" (a cue of one word, the name
    right after it) and no name follows (white space, perhaps "de" or "het" and white space, then a capital or "'t"),
    or q holds "met" or "Met" and no word of an agreement follows in its stretch of text. True for every other cue
    word."""
    for w in ("met", "Met", "door"):
        if text.startswith(w, q) and not text[q + len(w):q + len(w) + 1].isalnum():  # ("doorverwezen": a cue of its own)
            break
    else:
        return True
    n = len(text)
    j = q + len(w)
    i = j
    while j < n and text[j] in " \t":
        j += 1
    if j == i or j == n:
        return False
    named = text[j] in _SLOT_OPENING
    if not named:
        for art in ("de", "het"):
            if text.startswith(art, j):
                k = e = j + len(art)
                while k < n and text[k] in " \t":
                    k += 1
                named = k > e and k < n and text[k] in _SLOT_OPENING
                break
    if not named or w == "door":
        return named
    end = _SEGMENT_END.search(text, j)
    stretch = text[j:end.start() if end else n]
    return any(a in stretch for a in _MET_AGREED)


# Adverbs that open a sentence before its subject ("Ook X biedt ...", "Daarnaast X ..."), never a name's first word.
SENTENCE_ADVERBS = ("Ook", "Daarnaast", "Verder", "Tevens", "Bovendien", "Voorts", "Vervolgens", "Daarbij", "Hierbij",
                    "Eveneens", "Zowel")


def _without_opening_adverb(text: str, name: str, start: int) -> tuple[str, int]:
    """`name` (at `start`) without an adverb that opens the sentence before it ("Ook X organiseert ...": the capital is
    the sentence's, the name is what follows), and where it then starts; unchanged otherwise."""
    first, _sp, rest = name.partition(" ")
    rest = rest.lstrip()
    if first in SENTENCE_ADVERBS and rest and _sentence_initial(text, start):
        return rest, start + len(name) - len(rest)
    return name, start


def _c_context_slot(ctx: OrgContext):
    text = ctx.text
    found = list(anchored_finditer(SLOT_BEFORE, text, slot_starts(text)))
    found += find_all(HANDED_FROM, text, ("overgedragen", "overgegaan", "overgeheveld"), fold_case=False, whole=True)
    found += find_all(SLOT_AND_BY, text, ("aangeboden", "geboden", "geleverd", "uitgevoerd", "verzorgd",
                                          "georganiseerd"), fold_case=False, whole=True)
    found += _by_agents(text)
    found += find_all(LAID_WITH, text, ("beleggen", "belegt", "belegde", "belegden"), fold_case=False, whole=True)
    for w in SERVICE_WORDS:
        for q in occurrences(text, w + " ("):
            ws = back_over(text, q, word=True)
            found += (m for m in [SERVICE_BRACKET.match(text, ws)] if m)
    sheet_names = [m for pattern in (FACT_SHEET_NAME, FACT_SHEET_NAME_BELOW)
                   for m in find_all(pattern, text, ("Naam",), fold_case=False, whole=True)
                   if FACT_SHEET_LINE.search(text, m.end(), m.end() + 300)]
    sheets = {m.start("name") for m in sheet_names}
    found += sheet_names
    for q in occurrences(text, " en de gemeente "):
        found += (m for m in WITH_MUNICIPALITY_AFTER.finditer(text, max(0, q - 80), q + 40)
                  if m.end("name") == q)
    found += find_all(WITH_MUNICIPALITY_BEFORE, text, ("De", "de"), fold_case=False, whole=True) \
        if "gemeente en " in text else []
    near = set()  # the capitals up to 120 characters before a cue word: where SLOT_AFTER can match
    for w in SLOT_AFTER_ANCHORS:
        needs = _AFTER_CUE_NEEDS.get(w)
        for q in (word_starts(text, (w,), whole=True) if w in SLOT_AFTER_WHOLE else occurrences(text, w)):
            if needs is None or needs.search(text, max(0, q - 60), q + 60):
                near.update(_caps_in(text, max(0, q - 120), q))
    found += anchored_finditer(SLOT_AFTER, text, near)
    near = set()
    for q in word_starts(text, SLOT_AFTER_WORDS, whole=True):
        if text.startswith(("samen", "partner"), q) and not _TOGETHER_OR_PARTNER.search(text, max(0, q - 50), q):
            continue  # (a frequent word: only where its verb stands before it)
        near.update(_caps_in(text, max(0, q - 120), q))
    found += anchored_finditer(SLOT_AFTER_MORE, text, near)
    near = set()
    for q in word_starts(text, PLURAL_AGENT_VERBS, whole=True):
        near.update(_caps_in(text, max(0, q - 120), q))
    if near:
        found += anchored_finditer(PLURAL_AGENTS_FIRST, text, near)
        found += anchored_finditer(PLURAL_AGENTS_LAST, text, near)
    for w in AGREEMENT_NOUNS:  # also at the end of a compound: "subsidieafspraken met"
        for q in (q for tail in (" met ", " gemaakt met ", " gesloten met ", " afgesloten met ", " getekend met ",
                                 " ondertekend met ", " af met ")
                  for q in occurrences(text, w + tail)):
            m = AGREEMENT_WITH.match(text, q)
            if m:
                found.append(m)
    # "De gemeente X, A, B en C hebben de prestatieafspraken getekend": the parties that sign with the municipality
    found += find_all(SIGNED_WITH_MUNICIPALITY, text, ("gemeente", "Gemeente"), fold_case=False, whole=True)
    for w in ("gecontracteerd", "ingehuurd", "gestart", "begonnen", "gestopt", "aanbieder", "uitvoerder", "opdrachtnemer",
              "penvoerder", "opgegaan", "gefuseerd", "aangegaan"):  # "Na de aanbesteding is X gecontracteerd", "... is X de nieuwe aanbieder van"
        for q in occurrences(text, w):
            found += (m if m.group("name") else _Slot(m, "provider")
                      for m in CONTRACTED_AFTER_AUX.finditer(text, max(0, q - 90), q + len(w) + 50)
                      if m.start() < q < m.end())
    found += find_all(ROLE_IS, text, ROLE_IS_WORDS, fold_case=False, whole=True)
    found += find_all(FROM_STAFF, text, ("Vanuit", "vanuit"), fold_case=False, whole=True)
    found += find_all(MERGED_INTO, text, MERGED_INTO_ANCHORS, fold_case=False, whole=True)
    found += find_all(TAKE_PART_INVERTED, text, ("neemt", "nam", "nemen", "namen"), fold_case=False, whole=True)
    for w in ("betrokken", "verantwoordelijk"):  # "Naast A is ook X betrokken", "Voor de uitvoering zijn X en Y verantwoordelijk"
        for q in occurrences(text, w):
            m = INVOLVED.search(text, max(0, q - 90), q + len(w))
            if m and m.end() == q + len(w):
                found.append(m)
    for w in ("partners (", "partijen (", "aanbieders ("):  # "twee van de kernpartners (A en B)"
        found += (m for q in occurrences(text, w) if (m := ROLE_BRACKET.match(text, q)))
    for m in find_all(PAIR, text, PARTNERSHIP_WORDS, fold_case=False, whole=True):
        if _slot_name_ok(ctx, _trim(m.group("a")), m.start("a")) and _slot_name_ok(ctx, _trim(m.group("b")), m.start("b")):
            found += [_Slot(m, "a"), _Slot(m, "b")]
    found += find_all(PARTIES, text, PARTNERSHIP_WORDS + AGREEMENT_WORDS, fold_case=False, whole=True)
    for m in find_all(TAKEOVER, text, ("overname", "Overname", "overnames"), fold_case=False, whole=True):
        found += [_Slot(m, g) for g in ("a", "b") if m.group(g)]
    seen = set()
    g = "name"
    # the entity steps' spans by start, with the furthest end up to each: "overlaps one" is one bisect
    spans = sorted((c.start, c.end) for c in ctx.found)
    span_starts, reach = [a for a, _b in spans], []
    for _a, b in spans:
        reach.append(max(b, reach[-1]) if reach else b)
    for m in found:
        name = _trim(m.group(g))
        s = m.start(g)
        if name:
            name, s = _without_opening_adverb(text, name, s)  # "Ook X organiseert ...", "Zowel A als B ..."
        if not name or s in seen or not _slot_name_ok(ctx, name, s):
            continue
        if getattr(m, "re", None) in SUBJECT_FIRST and _GOVERNED_AT_START.search(text, max(0, s - 30), s):
            continue  # "In de Proeftuin X werken onderwijs en jeugdhulp samen": the subject follows the verb
        if s in sheets:
            # a fact sheet's "Naam" is one body's whole name, whatever names stand inside it ("GGD en Veilig Thuis X")
            seen.add(s)
            yield _cand(name, s, s + len(name), 0.97, filters=BLOCKED)
            continue
        i = bisect.bisect_left(span_starts, s + len(name))
        if i and reach[i - 1] > s:  # an entity step has named what stands here: its reading stands
            yield from _slot_list(ctx, s + len(name), seen, span_starts, reach)
            continue
        seen.add(s)
        words = name.split()
        if words[0] in ("De", "Het") and _sentence_or_item_initial(text, s):
            # "De SVB voerde ... uit": at a sentence start the capital is the sentence's; mid-sentence "De Baan"
            # is written with its article
            bare = name[len(words[0]):].lstrip()
            c = _cand(bare, s + len(name) - len(bare), s + len(name), 0.6, filters=BLOCKED)
            c.aliases.append(name)
            yield c
            continue
        yield _cand(name, s, s + len(name), 0.6, filters=BLOCKED)
        yield from _slot_list(ctx, s + len(name), seen, span_starts, reach)


def _slot_list(ctx: OrgContext, end: int, seen: set[int], span_starts: list[int], reach: list[int]):
    """"ingekocht bij A, B en C", "geboden door A en B": the names coordinated after a slot's name play its part
    too (each checked as the slot's name is; an entity step's reading of a name stands, and the list goes on)."""
    text = ctx.text
    while True:
        nm = _SLOT_NEXT.match(text, end)
        if nm is None:  # "A, de bibliotheek en B": an item named by its kind, and the list goes on
            skip = _SKIP_ITEM.match(text, end)
            if skip is None:
                break
            end = skip.end()
            continue
        more, q = _trim(nm.group("name")), nm.start("name")
        end = q + len(more)
        if not more or q in seen or not _slot_name_ok(ctx, more, q, listed=True):
            continue
        i = bisect.bisect_left(span_starts, end)
        if i and reach[i - 1] > q:
            continue
        seen.add(q)
        yield _cand(more, q, end, 0.6, filters=BLOCKED)


# an item of that list named by its kind, followed by a further item: ", de bibliotheek" (before ", C" or " en C")
_SKIP_ITEM = re.compile(r"[ \t]*,[ \t]+(?:de|het)[ \t]+[a-z][\w\-]*(?=[ \t]*,|[ \t]+(?:en|of)[ \t])")
# a further name of the list a slot opens, up to the clause's end: ", B", " en C"
_SLOT_NEXT = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:,|[ \t]en|[ \t]of)[ \t]+(?:(?:de|het)[ \t]+)?(?P<name>" + _SLOT
                        + r")(?=[ \t]*(?:[,.;:()\n]|$)|[ \t]+(?:en|of)[ \t]|[ \t]+[a-z])")


ORG_SLOT = Step("context_slot", "candidates", "a name in a part only an organisation plays: member of, party to an "
                "agreement, founded, receiver of a task or grant, agent of a service (lid van X, met X afgesproken, X is "
                "opgericht, X voert ... uit)", _c_context_slot)


ORG_SIBLINGS = Step("list_siblings", "candidates", "the capitalised items of a list of three or more that holds a "
                    "sure organisation (de buurt, X-school, Y en Z Welzijn)", _c_list_siblings)
ORG_COORDINATED = Step("coordinated", "candidates", "a one-word name joined by en/naar/& to a sure organisation "
                       "(van X naar GGD Y)", _c_coordinated)
ORG_NESTED = Step("nested", "merge", "a candidate inside a longer candidate's span is part of that name "
                  "(\"Gezondheidsdienst X\" in \"Gemeentelijke Gezondheidsdienst X\")", None)
ORG_MERGE = Step("resolve", "merge", "one organisation per folded name; short forms, hashtags and legal forms as "
                 "aliases; kind from the name, else from the sentence; every further mention", None)
ORG_BRACKET = Step("bracket_alias", "merge", "an acronym in brackets right after a name is its alias "
                   "(\"Veiligheidsregio X (VRX)\"), also when the acronym was found on its own", None)
ORG_BARE = Step("bare_alias", "merge", "a bare national name (GGD, Veilig Thuis) is an alias of the first longer "
                "form (GGD Regio X, Veilig Thuis X) in the same report", None)
ORG_RELATION_END = Step("relation_end", "candidates", "after relations: a name no entity step found that a stated "
                        "relation makes an actor (provider, partner, contractor, funder)", None)
ORG_STEPS = (*ORG_CANDIDATES, ORG_SLOT, ORG_COORDINATED, ORG_SIBLINGS, ORG_RELATION_END, *ORG_FILTERS.values(), ORG_NESTED, ORG_MERGE, ORG_BRACKET, ORG_BARE)


SURE_NAME = 0.9  # the confidence of a name its legal form opens (legal_prefix): read whole, "en" and all
OWN_FORM_STEPS = frozenset(("head_word", "legal_prefix", "national"))  # a body by its own name's form, not its place
JOINED_BEFORE = re.compile(r"(.*?[^\s-])(?:[ \t]*,[ \t]*|[ \t]+(?:en|of|&)[ \t]+)$")  # (not "Inkoop- en ...")


def _drop_nested(text: str, cands: list[Cand], trace: Trace | None) -> list[Cand]:
    """Drop every candidate whose span lies inside a longer candidate's span (one sweep by start).

    A surer name inside a less sure one that lists it ("X en GGD Y") stays, and the longer one is cut
    before the joining word; so does the last name of a list whose first name was found on its own too.
    """
    order = sorted(cands, key=lambda c: (c.start, -c.end))
    spans = {(c.start, c.end) for c in cands}
    kept: list[Cand] = []
    reach: Cand | None = None  # the candidate seen so far that reaches furthest
    for c in order:
        if reach is not None and reach.end >= c.end and (reach.start, reach.end) != (c.start, c.end):
            cut = JOINED_BEFORE.fullmatch(text, reach.start, c.start)
            if cut and not (c.conf > reach.conf or (
                    c.end == reach.end and reach.conf < SURE_NAME and c.step in OWN_FORM_STEPS
                    and any((a, reach.start + len(cut.group(1))) in spans for a in (reach.start, reach.at)))):
                # (also where the first half was found on its own and the last is a body by its own form:
                # "zorgaanbieder A en Sportbedrijf B" is two names; not "Zorggroep Maas en Roer", nor where a legal
                # form opens the whole: "Stichting Zorg en Veiligheidsnetwerk X")
                cut = None
            if cut:
                # the name may start after a legal form or kind ("Gemeenschappelijke regeling X en Y"): keep that
                # start, and cut the alias that spelled the whole span too
                end = reach.start + len(cut.group(1))
                whole = text[reach.start:reach.end]
                at = reach.at if reach.start < reach.at < end else reach.start
                reach.name, reach.end = text[at:end], end
                reach.aliases = [text[reach.start:end] if a == whole else a for a in reach.aliases]
                kept.append(c)
                reach = c
                continue
            if ref.fold(c.name) == ref.fold(reach.name):  # the same name found twice: its short forms stay
                reach.aliases.extend(a for a in c.aliases if a not in reach.aliases)
            if trace is not None:
                trace.add("merge", ORG_NESTED.name, c.name, c.start, f"inside {reach.name}")
            continue
        if reach is not None and reach.start < c.start < reach.end < c.end and reach in kept \
                and LEGAL_FORM_BEFORE_DESK.fullmatch(text, reach.start, c.start):
            # "Stichting Centrum voor Jeugd" cut at its "en" across "Centrum voor Jeugd en Gezin X": the legal form
            # opens the longer name
            kept.remove(reach)
            c.start, c.at = reach.start, c.start
            c.aliases.append(text[c.start:c.end])
            if trace is not None:
                trace.add("merge", ORG_NESTED.name, reach.name, reach.start, f"the start of {c.name}")
        elif reach is not None and reach.start < c.start < reach.end < c.end and (
                cut := JOINED_BEFORE.fullmatch(text, reach.start, c.start)):
            # "Thuiszorg A en Hulp" across "Hulp aan Huis B": two names joined by en, the first cut before it
            reach.name, reach.end = text[reach.start:reach.start + len(cut.group(1))], reach.start + len(cut.group(1))
            reach.aliases = [a for a in reach.aliases if len(a) <= len(reach.name)]
        kept.append(c)
        if reach is None or c.end > reach.end:
            reach = c
    return kept


# "Name (ACR)", "Name (GR ACR)", "Name (GGD-XY)", and "Name (ACR: what it does)" where the short form opens a bracket of
# its own words; "Name X (ACR X)" where ACR spells the name's words before X ("Centrum voor Jeugd en Gezin X (CJG
# X)")
BRACKET_AFTER = re.compile(r"[ \t]*\((?:((?:GR[ \t]+)?[A-Z][A-Za-z&]{1,7}(?:-[A-Z]{1,4})?)\)|([A-Z]{2,}[A-Za-z&]{0,5})[:;,][ \t]"
                           r"|([A-Z]{2,5}[ \t]+[A-Z]{2,6})\)|([A-Z]{2,5}[ \t]+[A-Z][a-z\-]+)\))")


def _bracket_aliases(text: str, orgs: list[Organisation]) -> list[Organisation]:
    """"Name (ACR)": ACR becomes an alias of Name; an organisation found as ACR alone joins Name."""
    by_key = {ref.fold(o.name): o for o in orgs}
    gone: set[int] = set()
    for o in orgs:
        if id(o) in gone:
            continue
        for sp in list(o.mentions):
            m = BRACKET_AFTER.match(text, sp.end)
            acr = (m.group(1) or m.group(2) or m.group(3) or m.group(4)) if m else ""
            if m and m.group(3) and acr.split()[0] != o.name.split()[0]:
                continue  # "GGD X (GGD NOG)": the short form keeps the name's first word
            if m and m.group(4):
                short, place = acr.split()
                if not (o.name.endswith(" " + place) and _initials(o.name[:-len(place) - 1]) == short):
                    continue
            if not acr or acr == o.name or acr.upper() in NON_ORG_ACRONYMS:
                continue
            inside = [x for x in orgs if x is not o and id(x) not in gone and x.mentions
                      and all(m.start() < y.start and y.end <= m.end() for y in x.mentions)]
            other = by_key.get(ref.fold(acr))
            if other is not None and other is not o and other not in inside:
                inside.append(other)
            for other in inside:  # the short form found on its own ("GGD" of "(GGD-XY)") is this body's
                o.mentions.extend(other.mentions)
                o.aliases.extend(a for a in other.aliases if a not in o.aliases)
                gone.add(id(other))
            if inside:
                by_key[ref.fold(acr)] = o
            if acr not in o.aliases:
                o.aliases.append(acr)
    # "RUD Zeeland" beside "Regionale Uitvoeringsdienst Zeeland (RUD)": the short form with the same place is the body
    by_acr = {a: o for o in orgs if id(o) not in gone for a in o.aliases if a.isupper() and len(a) >= 2}
    for o in orgs:
        acr, _sp, rest = o.name.partition(" ")
        owner = by_acr.get(acr) if rest and id(o) not in gone else None
        if owner is not None and owner is not o and (owner.name.endswith(" " + rest) or f"({acr}) {rest}" in text):
            # (also "Regionaal Serviceteam X (RST) Y" beside "RST Y": the place written after the bracket)
            owner.mentions.extend(o.mentions)
            owner.aliases.extend(a for a in [o.name, *o.aliases] if a not in owner.aliases and a != owner.name)
            gone.add(id(o))
    return [o for o in orgs if id(o) not in gone]


def _tail_after_bracket(text: str, orgs: list[Organisation]) -> list[Organisation]:
    """"Intergemeentelijke Dienst (ID) Heuveldal": a name whose acronym in brackets spells its initials goes on after
    the bracket, and the name found there alone ("Heuveldal", the subject of what follows) is the end of that name."""
    starts = {sp.start: o for o in orgs for sp in o.mentions}
    gone: set[int] = set()
    for o in orgs:
        for sp in list(o.mentions):
            m = BRACKET_AFTER.match(text, sp.end)
            if not m or not m.group(1) or _initials(o.name) != m.group(1) or text[m.end():m.end() + 1] not in (" ", "\t"):
                continue
            tail = starts.get(m.end() + 1)
            if tail is None or tail is o or id(tail) in gone or len(tail.name.split()) > 2 or tail.aliases:
                continue
            end = next(t.end for t in tail.mentions if t.start == m.end() + 1)
            short_forms = (o.name, text[sp.start:end], f"{m.group(1)} {tail.name}", *o.aliases)
            o.name = f"{o.name} {tail.name}"
            o.aliases = [a for a in dict.fromkeys(short_forms) if a != o.name]
            o.mentions = sorted([*o.mentions, *tail.mentions], key=lambda x: x.start)
            gone.add(id(tail))
            break
    return [o for o in orgs if id(o) not in gone]


_INITIALS_SKIP = frozenset(("van", "de", "der", "het", "en", "voor", "&", "in", "op", "te"))


def _initials(name: str) -> str:
    """The initials of a name's words, particles left out: "Sociale Dienst Oost Veluwe" -> "SDOV"."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _INITIALS_SKIP]
    return "".join(w[0] for w in words).upper() if all(w[0].isupper() for w in words) else ""


def _initials_as_alias(orgs: list[Organisation]) -> list[Organisation]:
    """An acronym found alone ("SDOV") that spells the initials of exactly one other organisation's name of three
    words or more ("Sociale Dienst Oost Veluwe") is that organisation's short form."""
    by_initials: dict[str, list[Organisation]] = {}
    for o in orgs:
        for form in (o.name, *o.aliases):
            key = _initials(form)
            if len(key) >= 3 and o not in by_initials.setdefault(key, []):
                by_initials[key].append(o)
    gone: set[int] = set()
    for o in orgs:
        if not (3 <= len(o.name) <= 6 and o.name.isupper() and o.name.isalpha()) or o.name in NON_ORG_ACRONYMS:
            continue
        owners = [x for x in by_initials.get(o.name, []) if x is not o and id(x) not in gone]
        if not owners and o.name.startswith("GR") and len(o.name) >= 4:
            # "GROV" beside "Oost-Veenland": the gemeenschappelijke regeling of that name
            owners = [x for x in orgs if _initials(x.name) == o.name[2:] and x is not o and id(x) not in gone]
        if len(owners) == 1:
            owner = owners[0]
            owner.mentions.extend(o.mentions)
            owner.mentions.sort(key=lambda sp: (sp.start, sp.end))
            owner.aliases.extend(a for a in [o.name, *o.aliases] if a not in owner.aliases and a != owner.name)
            gone.add(id(o))
    return [o for o in orgs if id(o) not in gone]


def _bare_as_alias(orgs: list[Organisation]) -> list[Organisation]:
    """"GGD" beside "GGD Regio Noord": the bare name is the regional body's short form."""
    # "Veilig Thuis" of "Veilig Thuis X"; "GGD" of "gemeenschappelijke gezondheidsdienst X" (its forms written out)
    regional = {o.name: [ref.fold(f) + " " for f in (o.name, *o.aliases) if " " in f or f == o.name]
                for o in ref.national_organisations() if o.name != "Rijk"}
    bare = [o for o in orgs if o.name in regional]
    gone: set[int] = set()
    for b in bare:
        # (not a name that joins it to another body's: "GGD en Veilig Thuis X" is a joint body of two)
        longer = next((o for o in orgs if o is not b and ref.fold(o.name).startswith(tuple(regional[b.name]))
                       and not o.name.startswith(b.name + " en ")), None)
        if longer is None:
            continue
        longer.mentions.extend(b.mentions)
        longer.mentions.sort(key=lambda s: s.start)
        if b.name not in longer.aliases:
            longer.aliases.append(b.name)
        gone.add(id(b))
    return [o for o in orgs if id(o) not in gone]


def _spaced_as_alias(orgs: list[Organisation]) -> list[Organisation]:
    """"PuttenHelpt" beside "Putten Helpt": a name written once with its words run together (a brand's own spelling, or
    a copy that lost a space) is the same body; the spelling with spaces is its name, the other its alias."""
    spaced = {ref.fold(o.name).replace(" ", ""): o for o in orgs if " " in o.name}
    gone: set[int] = set()
    for o in orgs:
        if " " in o.name or not INNER_CAPITAL.search(o.name):
            continue
        owner = spaced.get(ref.fold(o.name))
        if owner is None or id(owner) in gone:
            continue
        owner.mentions.extend(o.mentions)
        owner.mentions.sort(key=lambda s: s.start)
        owner.aliases.extend(a for a in [o.name, *o.aliases] if a not in owner.aliases)
        owner.confidence = max(owner.confidence, o.confidence)
        gone.add(id(o))
    return [o for o in orgs if id(o) not in gone]


# a capital inside a word, after a lower-case letter ("PuttenHelpt", "WelzijnWest")
INNER_CAPITAL = re.compile(r"[a-z][A-Z]")


# the rest of a name's initials after its first ("R" of "R.V.N."), and "voor" with a place after a one-word name
# words that open a sentence or an example before a name, never a name's first word ("Zoals X en Y", "Waaronder X")
LEADING_NON_NAME = re.compile(r"(?:Zoals|Waaronder|Bijvoorbeeld)[ \t]+(?=[A-Z])")
FINANCE_OF = re.compile(r"(?:Vordering|Lening|Deelneming|Garantie|Borgstelling)(?:en|s)?[ \t]+(?:op|aan|in|voor|bij)[ \t]+(?=[A-Z])")
INITIALS_ON = re.compile(r"\.(?:[A-Z]\.)+")
FOR_PLACE = re.compile(r"[ \t]+voor[ \t]+([A-Z][\w'’]*(?:-[A-Z][\w'’]*)*)(?![\w\-])")


def _with_surroundings(text: str, cands: list[Cand]) -> list[Cand]:
    """"Voedselbank X e.o.": "en omstreken" belongs to the name it follows; so does a founding year written short
    right after it ("HTV’81", as "Telgt ’58" after a head word: CLUB_YEAR), and a capitalised article that opens the
    quotes the name stands in."""
    for c in cands:
        if (fm := FINANCE_OF.match(c.name) or LEADING_NON_NAME.match(c.name)) and fm.end() < len(c.name):
            # "Vordering op X BV", "Lening aan X": a row of the balance sheet names the body after its claim or loan;
            # "Zoals X": an example's word before it
            c.name, c.start = c.name[fm.end():], c.start + fm.end()
            c.at = max(c.at, c.start) if c.at >= 0 else c.at
        if text.startswith(" e.o.", c.end) and not c.name.endswith("e.o."):
            c.name, c.end = c.name + " e.o.", c.end + 5
        elif (ym := GLUED_CLUB_YEAR.match(text, c.end)) and text[c.end - 1:c.end].isalpha():
            c.name, c.end = c.name + ym.group(0), ym.end()
        elif (im := INITIALS_ON.match(text, c.end)) and re.search(r"(?:^|[ \t])[A-Z]$", c.name):
            c.name, c.end = c.name + im.group(0), im.end()  # "Werkvoorzieningschap R.V.N.": its initials whole
        elif " " not in c.name and c.name[1:].islower() and (pm := FOR_PLACE.match(text, c.end)) \
                and _is_place_word(pm.group(1)):
            c.name, c.end = c.name + pm.group(0), pm.end()  # "Thuis voor Putten": a word for a place is the name
        if (am := QUOTED_ARTICLE_BEFORE.search(text, max(0, c.start - 5), c.start)) and c.name[:1].isupper():
            # 'werkbedrijf "De Brug"': the name as the text quotes it, the form without the article as an alias (a
            # register's, and what other reports may write)
            c.aliases.append(c.name)
            c.name, c.start = am.group(1) + c.name, am.start(1)
    return cands


def _fold_truncated(text: str, orgs: list[Organisation]) -> list[Organisation]:
    """"Veilig Thuis X" where the text always reads "Veilig Thuis X Y", and "Veilig Thuis X Y" was found: one; so are
    "Inkoop- en Contractbureau X" and "Regionaal Inkoop- en Contractbureau X" where the text always reads the latter."""
    gone: set[int] = set()
    by_name = sorted((o.name, i) for i, o in enumerate(orgs))  # the longer names are found by bisection
    names = [n for n, _i in by_name]
    for o in orgs:
        k, longer_ones = bisect.bisect_left(names, o.name + " "), []
        while k < len(names) and names[k].startswith(o.name + " "):
            longer_ones.append(by_name[k][1])
            k += 1
        for longer in (orgs[i] for i in sorted(longer_ones)):  # in the order of orgs, as before
            if longer is o or id(longer) in gone:
                continue
            rest = longer.name[len(o.name):]
            full = [m for m in o.mentions if m.quote == o.name]  # short forms ("Veilig") are shared by both
            if full and all(text.startswith(rest, m.end) for m in full):
                longer.mentions.extend(m for m in o.mentions if m not in full
                                       and all((m.start, m.end) != (x.start, x.end) for x in longer.mentions))
                longer.mentions.sort(key=lambda sp: sp.start)
                gone.add(id(o))
                break
    ends = {}  # the same for a name found without its first words
    for o in orgs:
        if id(o) not in gone:
            ends.setdefault(o.name.rsplit(" ", 1)[-1], []).append(o)
    for o in orgs:
        if id(o) in gone:
            continue
        full = [m for m in o.mentions if m.quote == o.name]
        for longer in ends.get(o.name.rsplit(" ", 1)[-1], ()):
            if longer is o or id(longer) in gone or not longer.name.endswith(" " + o.name):
                continue
            head = longer.name[:-len(o.name)]
            if full and all(text.endswith(head, 0, m.start) for m in full):
                longer.mentions.extend(m for m in o.mentions if m not in full
                                       and all((m.start, m.end) != (x.start, x.end) for x in longer.mentions))
                longer.mentions.sort(key=lambda sp: sp.start)
                gone.add(id(o))
                break
    return [o for o in orgs if id(o) not in gone]


def find_organisations(text: str, *, excluded: set[str], places: set[str], initiative_words: set[str],
                       law_starts: list[int] = (), trace: Trace | None = None) -> list[Organisation]:
    """`excluded`: folded names never to take (reporting municipality, other municipalities, laws, people);
    `law_starts`: where a law is named (a name ends before it)."""
    all_caps_lines = _all_caps_ranges(text)
    ctx = OrgContext(text, excluded, places, initiative_words, all_caps_lines, [a for a, _b in all_caps_lines])
    over = _before_laws(text, sorted(law_starts), over_place_names(text))
    ctx.found = run_candidates(ORG_CANDIDATES, ctx, ORG_FILTERS, trace, over)
    cands = ctx.found + run_candidates((ORG_SLOT, ORG_COORDINATED, ORG_SIBLINGS), ctx, ORG_FILTERS, trace, over)
    cands = _drop_nested(text, _with_surroundings(text, _split_spelled_acronym(_cut_inner_forms(text, cands))), trace)
    orgs = _resolve(text, cands)
    orgs = _tail_after_bracket(text, _bracket_aliases(text, orgs))
    orgs = _initials_as_alias(orgs)
    orgs = _spaced_as_alias(_bare_as_alias(_fold_truncated(text, orgs)))
    if trace is not None:
        for o in orgs:
            trace.add("merge", ORG_MERGE.name, o.name, o.mentions[0].start if o.mentions else -1,
                      "organisation" + (f" (aliases: {', '.join(o.aliases)})" if o.aliases else ""))
    return orgs


# The actor ends of stated relations: the subject of provides / partner_of / contracted_by / funds and the other
# party of partner_of. Where a relation rule read a name in such a part ("X - allerlei preventieprogramma's" under
# a list of providers, "bestaande uit: ... X") and no entity step named it, the name is an organisation, when it
# looks like one (the checks of context_slot). A funded object may be a project, so it is left alone.
ACTOR_ENDS = {"provides": ("subject",), "partner_of": ("subject", "object"), "contracted_by": ("subject",),
              "funds": ("subject",)}
_END_NAME = re.compile(r"[A-Z][\w'’&\-]*(?:[ \t]+(?:[A-Z][\w'’&\-]*|van|voor|de|het|en|&|[a-z][\w\-]*)){0,4}")


_IN_THE = re.compile(r"\s+in\s+(?:het|de)\s+")  # "Sport in het Heuvelstee": one word of a name's connector


def organisations_from_relations(text: str, relations: list, orgs: list[Organisation], blocked: set[str],
                                 places: set[str], trace: Trace | None = None) -> list[Organisation]:
    """New organisations named only as the actor of a stated relation; relation ends get the kind organisation."""
    known = {ref.fold(k) for o in orgs for k in (o.name, *o.aliases)}
    ctx = OrgContext(text, blocked, places, set(), [], [])
    new: dict[str, Organisation] = {}
    for rel in relations:
        for side in ACTOR_ENDS.get(rel.predicate, ()):
            if getattr(rel, side + "_kind") != "other":
                continue
            name = getattr(rel, side).strip()
            key = ref.fold(name)
            if key in new:
                setattr(rel, side + "_kind", "organisation")
                continue
            whole = next((o for o in orgs if ref.fold(o.name).startswith(key + " ")), None)
            if whole is not None and len(key) >= 5:
                # "Stroomopwaarts is de regeling van ..." beside "Stroomopwaarts MVS": the name's first words
                setattr(rel, side, whole.name)
                setattr(rel, side + "_kind", "organisation")
                continue
            if not _END_NAME.fullmatch(name) or key in known or key in blocked or key in places \
                    or PLACE_ADJECTIVE.fullmatch(name) \
                    or sum(w[:1].islower() for w in _IN_THE.sub(" in ", name).split()) > 1 or _plan_acronym(text, name):
                continue
            q = text.find(name, rel.span.start, rel.span.end)
            q = text.find(name) if q < 0 else q
            if q < 0:
                continue
            verdict = "kept" if _slot_name_ok(ctx, name, q) else "dropped by name_shape"
            if verdict == "kept" and _f_team(ctx, _cand(name, q, q + len(name), 0.5)):
                verdict = "dropped by team"  # "uitgevoerd door het Sociaal Team": a team, no organisation
            elif verdict == "kept" and _f_municipality_group(ctx, _cand(name, q, q + len(name), 0.5)):
                verdict = "dropped by municipality_group"  # "in opdracht van de Parkstadgemeenten"
            if trace is not None:
                trace.add("candidates", ORG_RELATION_END.name, name, q, verdict)
            if verdict != "kept":
                continue
            o = Organisation(name=name, aliases=[], kind=_kind_for(name, _sentence_of(text, q)), confidence=0.5)
            covered = set()
            for ms, me in [(q, q + len(name))] + _hash_or_bare(text, name):
                if ms not in covered:
                    covered.add(ms)
                    o.mentions.append(span(text, ms, me))
            o.mentions.sort(key=lambda sp: sp.start)
            new[key] = o
            setattr(rel, side + "_kind", "organisation")
            if trace is not None:
                trace.add("merge", ORG_MERGE.name, name, q, "organisation")
    return list(new.values())


_LIST_JOINS = re.compile(r"[ \t]*,[ \t]*|[ \t]+(?:en|&)[ \t]+")


def bodies_among_initiatives(text: str, orgs: list[Organisation], initiatives: list, relations: list,
                             trace: Trace | None = None) -> tuple[list[Organisation], list, list]:
    """Initiatives that the relations show to be bodies: a name with no type word (a capitalised run) that is the partner
    of the municipality or of a body ("Met X, A en B is een convenant gesloten": X too), unless bodies take part in it,
    becomes an organisation; a name that only lists organisations ("A en B") is no initiative, nor are its relations.
    Returns the new organisations, the initiatives kept and the relations kept."""
    org_keys = {ref.fold(k) for o in orgs for k in (o.name, *o.aliases)}
    lists = {i.name for i in initiatives if len(parts := _LIST_JOINS.split(i.name)) >= 2
             and all(ref.fold(p) in org_keys for p in parts)}
    joined_in = {r.object for r in relations if r.object_kind == "initiative"}
    acting = {r.subject for r in relations if r.predicate == "partner_of" and r.subject_kind in ("initiative", "other")
              and r.object_kind in ("municipality", "organisation")} - joined_in
    new, kept = [], []
    for i in initiatives:
        if i.name in lists:
            verdict = "dropped: a list of organisations"
        elif i.name in acting and i.kind is None and i.mentions:
            first = i.mentions[0].start
            new.append(Organisation(name=i.name, kind=_kind_for(i.name, _sentence_of(text, first)), confidence=0.5,
                                    mentions=list(i.mentions)))
            verdict = "organisation: a partner in a stated relation"
        else:
            kept.append(i)
            continue
        if trace is not None:
            trace.add("merge", ORG_MERGE.name, i.name, i.mentions[0].start if i.mentions else 0, verdict)
    retyped = {o.name for o in new}
    rels = []
    for r in relations:
        if r.subject in lists or (r.object in lists and r.object_kind == "initiative"):
            continue
        if r.subject_kind in ("initiative", "other") and r.subject in retyped:
            r.subject_kind = "organisation"
        if r.object_kind in ("initiative", "other") and r.object in retyped:
            r.object_kind = "organisation"
        rels.append(r)
    return new, kept, rels


def _trim(name: str) -> str:
    name = re.sub(r"\s+(?:en|van|voor|de|der|het|op|aan)$", "", name.strip())
    name = re.sub(r"^(?:De|Het)\s+(?=[A-Z])", lambda m: m.group(0), name)
    return name.strip(" ,.;:")


def _common_capitalised(name: str) -> bool:
    if len(name) < 3 or name.lower() in STOP_WORDS:
        return True
    return name.split()[0] in SENTENCE_OPENERS


def _sentence_initial(text: str, pos: int) -> bool:
    pre = text[max(0, pos - 3):pos]
    if pos and "\n" in pre and soft_break_before(text, pos):
        return False  # "... is belegd bij het\nWerkbedrijf X": a line broken in mid-sentence
    return pos == 0 or bool(re.search(r"(?:[.!?:|\n]\s*|^\s*)$", pre))


# a list item's mark at a line's start: what follows opens a sentence ("  • De X keert dividend uit")
_ITEM_OPENING = re.compile(r"(?:^|\n)[ \t]*[•·▪◦\-–*][ \t]+$")


def _sentence_or_item_initial(text: str, pos: int) -> bool:
    """A sentence's start, or a list item's after its mark."""
    return _sentence_initial(text, pos) or bool(_ITEM_OPENING.search(text, max(0, pos - 8), pos))


def _sentence_of(text: str, pos: int) -> str:
    a = max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos))
    b = min([x for x in (text.find(".", pos), text.find("\n", pos)) if x != -1] or [len(text)])
    return text[a + 1:b]


CAPS_BEFORE = re.compile(r"[A-ZÀ-Ý]{3,}[ \t]+(?:(?:EN|VAN|VOOR|DE|HET|&)[ \t]+)?$")
CAPS_AFTER = re.compile(r"[ \t]+(?:(?:EN|VAN|VOOR|DE|HET|&)[ \t]+)?[A-ZÀ-Ý]{3,}\b")


def _in_caps_phrase(text: str, s: int, e: int) -> bool:
    """'ZORG EN WELZIJN' in a heading is words in capitals, not a run of acronyms."""
    return bool(CAPS_BEFORE.search(text, max(0, s - 40), s) or CAPS_AFTER.match(text, e))


# A whole line of at least four characters without a lower-case ASCII letter: the first line, and each line after a
# line break (a pattern that opens with one is searched for line breaks only, not tried at every position).
_CAPS_FIRST_LINE = re.compile(r"[^\na-z]{4,}(?=\n|\Z)")
_CAPS_LINE = re.compile(r"\n(?P<line>[^\na-z]{4,})(?=\n|\Z)")


def _all_caps_ranges(text: str) -> list[tuple[int, int]]:
    out = []
    first = _CAPS_FIRST_LINE.match(text)
    lines = [(0, first.end())] if first else []
    lines += [m.span("line") for m in _CAPS_LINE.finditer(text)]
    for a, b in lines:
        line = text[a:b]
        if sum(c.isalpha() for c in line) >= 6 and len(line.split()) >= 2:
            out.append((a, b))
    return out


def _name_ends_at(text: str, end: int, name: str) -> bool:
    return text[max(0, end - len(name)):end] == name


# (and a letter's address after the sender's name: "Stichting X Postbus 578 ...")
FURNITURE_TAIL = re.compile(r"(?:[ \t]+(?:Bijlage|Bijlagen|Stukken|Voorstel|Versie|Pagina|Hoofdstuk|Paragraaf|Inhoud|"
                            r"Postbus))+$")


INNER_FORM = re.compile(r"[ \t]+(?:Stichting|Vereniging|Coöperatie)[ \t]+[A-Z].*$")
# ... and before the kind of subsidy it receives, a table's next cell ("Stichting X Exploitatiesubsidie cultureel
# centrum")
SUBSIDY_TAIL = re.compile(rf"[ \t]+{SUBSIDY_KIND.pattern}(?![\w\-]).*$")
TRAILING_FORM = re.compile(r"[ \t]+(?:Stichting|Vereniging|Coöperatie)$")


_JOINED_TAIL = re.compile(r"(?:[ \t]*,|[ \t]+(?:en|of|&))[ \t]*$")


def _cut_inner_forms(text: str, cands: list[Cand]) -> list[Cand]:
    """A name ends before the next body's legal form and name ("Bibliotheek X Stichting Y": a table's cells run
    together on one line); the legal-form step finds that body itself."""
    out = []
    for c in cands:
        cut = INNER_FORM.search(c.name) or SUBSIDY_TAIL.search(c.name)
        if cut and cut.start() > 0 and _name_ends_at(text, c.end, c.name):
            # (and before the word that joins the two: "A en Stichting B" is "A")
            head = _JOINED_TAIL.sub("", c.name[:cut.start()])
            c.end -= len(c.name) - len(head)
            c.name = head
            c.aliases = [SUBSIDY_TAIL.sub("", a) for a in c.aliases]
        elif TRAILING_FORM.search(c.name) and _CAP_AFTER.match(text, c.end):
            continue  # "X Stichting Y": the legal form opens the next name, it does not close this one
        out.append(c)
    return out


# An acronym before the words it abbreviates, as a list of abbreviations prints them ("RWS Rijkswaterstaat", "VNG
# Vereniging Nederlandse Gemeenten"): the name is the words, the acronym its alias.
_ACRONYM_FIRST = re.compile(r"([A-Z]{2,6})[ \t]+([A-Z][^\n]*)")


def _spells(acronym: str, words: str) -> bool:
    """Whether `words` spell `acronym`: their initials as `_initials` reads them ("Vereniging Nederlandse Gemeenten"),
    or one word that holds its letters in order from its first ("Rijkswaterstaat", "Staatsbosbeheer")."""
    if _initials(words) == acronym:
        return True
    if " " in words or not words.isalpha() or words[0] != acronym[0] or len(words) < 2 * len(acronym):
        return False
    at = 0
    for ch in acronym.lower():
        at = words.lower().find(ch, at) + 1
        if not at:
            return False
    return True


def _split_spelled_acronym(cands: list[Cand]) -> list[Cand]:
    for c in cands:
        m = _ACRONYM_FIRST.fullmatch(c.name)
        if m and _spells(m.group(1), m.group(2)):
            c.start += m.start(2)
            c.name = m.group(2)
            c.aliases = [*c.aliases, m.group(1)]
    return cands


# The article and proper name that close a multi-word name ("Sociaal Werk De Noordmarke": "De Noordmarke")
ARTICLE_TAIL = re.compile(r"(?<=\S)[ \t]+(?:De|Het|'t)[ \t]+([A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)?)$")
# ... and the proper name after a compound of a legal form that opens it ("Woonstichting Van Foreest": "Van Foreest")
KIND_HEAD_TAIL = re.compile(r"^[A-Z][a-zé]*(?:stichting|vereniging|coöperatie|cooperatie)[ \t]+([A-Z][\w'’\-]*"
                            r"(?:[ \t]+[A-Z][\w'’\-]*)?)$")


def _resolve(text: str, cands: list[Cand]) -> list[Organisation]:
    """One Organisation per entity: fold names, attach short forms, hashtags and legal forms as aliases."""
    orgs: dict[str, Organisation] = {}
    by_alias: dict[str, Organisation] = {}
    by_first: dict[str, Organisation] = {}
    shared_first: set[str] = set()  # first words that open the names of two organisations or more
    by_tail: dict[str, Organisation] = {}
    shared_tail: set[str] = set()
    for c in cands:  # "X Bijlage", "X Stukken Voorstel": the document's furniture after a name is no part of it
        cut = FURNITURE_TAIL.search(c.name)
        if cut and cut.start() > 0 and _name_ends_at(text, c.end, c.name):
            c.end -= len(c.name) - cut.start()
            c.name = c.name[:cut.start()]
            c.aliases = [FURNITURE_TAIL.sub("", a) for a in c.aliases]
    # A register's name found by a longer form ("Halt" as "Bureau Halt"): another step's candidate of that longer form
    # is the same body, though it comes first in the order below (longest name first).
    longer_form: dict[str, Cand] = {}
    for c in cands:
        for a in c.aliases:
            if len(a) > len(c.name):
                longer_form.setdefault(ref.fold(strip_legal_form(a)), c)
    cands.sort(key=lambda c: (-len(c.name), c.start))
    for c in cands:
        name = strip_legal_form(c.name)
        key = ref.fold(name)
        if not key:
            continue
        owner = longer_form.get(key)
        if owner is not None and owner is not c and ref.fold(strip_legal_form(owner.name)) != key:
            key = ref.fold(strip_legal_form(owner.name))
            c.aliases.append(name)
            name, c.kind = strip_legal_form(owner.name), c.kind or owner.kind
        target = orgs.get(key) or by_alias.get(key)
        if target is None:  # a step that named it "X" with the alias "GR X" where another step named it "GR X"
            target = next((orgs[k] for a in c.aliases if (k := ref.fold(strip_legal_form(a))) in orgs), None)
            if target is not None and name not in target.aliases:
                target.aliases.append(name)
                by_alias[key] = target
        if target is None and (len(key) >= 4 or (name.isupper() and len(name) >= 3)) \
                and key not in {"ggd", "mbo", "stichting"}:
            # a shorter form of an existing multi-word name ("Kracht" for "Kracht sociaal werk")
            # "Taalhuis" beside "Taalhuis Oost" and "Taalhuis West" is a short form of neither: which one is not said
            target = by_first.get(key) if key not in shared_first else None
            if target is None and key not in shared_tail:  # "De Noordmarke" for "Sociaal Werk De Noordmarke"
                target = by_tail.get(key)
            if target is not None and name not in target.aliases and name.lower() != target.name.lower():
                target.aliases.append(name)
                by_alias[key] = target
        if target is None:
            kind = c.kind or _kind_for(name, _sentence_of(text, c.start))
            target = orgs[key] = Organisation(name=name, aliases=[], kind=kind, confidence=c.conf)
            words = key.split()
            if len(words) > 1:
                if by_first.setdefault(words[0], target) is not target:
                    shared_first.add(words[0])
                # the proper name a kind of body ends with after its article: "Sociaal Werk De Noordmarke"
                tail = ARTICLE_TAIL.search(name) or KIND_HEAD_TAIL.match(name)
                if tail:
                    for t in {ref.fold(tail.group(0)), ref.fold(tail.group(1))} - {key}:
                        if by_tail.setdefault(t, target) is not target:
                            shared_tail.add(t)
        target.confidence = max(target.confidence, c.conf)
        for a in c.aliases:
            a2 = a.strip()
            if a2.lower() != target.name.lower() and a2 not in target.aliases:
                target.aliases.append(a2)
                by_alias[ref.fold(a2)] = target
        target.mentions.append(span(text, c.start, c.end))
    # A distinctive first word standing alone is a short form: "van Kracht" for "Kracht sociaal werk".
    for o in orgs.values():
        words = o.name.split()
        first = words[0]
        if len(words) < 2 or len(first) < 4 or ref.fold(first) in shared_first or not first[0].isupper() or first.isupper() \
                or first in NON_ORG_WORDS \
                or first.lower() in STOP_WORDS or ref.fold(first) in ref.gemeenten_by_name() or first in {"Stichting", "Regionaal", "Jeugdbescherming", "Provincie"}:
            continue
        tail = " " + " ".join(words[1:])[:8]  # "Veilig thuis" is no short form "Veilig"
        end = 0
        for q in whole_occurrences(text, first):  # the matches of (?<![\w#])first(?![\w\-])
            e = q + len(first)
            if q < end or (q and (is_word(text[q - 1]) or text[q - 1] == "#")) \
                    or (e < len(text) and (is_word(text[e]) or text[e] == "-")):
                continue
            end = e
            if text[e:e + len(tail)].lower() == tail.lower() or _sentence_initial(text, q):
                continue
            if first not in o.aliases:
                o.aliases.append(first)
            break
    # Every further occurrence of a name or alias, and "#Name" forms, become mentions too, except inside a name of
    # another organisation found as such ("Welzijn" in "Welzijn Oost" is no mention of "Welzijn West").
    named = sorted((sp.start, sp.end, id(o)) for o in orgs.values() for sp in o.mentions)
    named_starts = [a for a, _b, _o in named]

    def inside_another(o: Organisation, ms: int, me: int) -> bool:
        i = bisect.bisect_right(named_starts, ms) - 1
        while i >= 0 and named_starts[i] > ms - 200:
            a, b, who = named[i]
            if who != id(o) and a <= ms and me <= b and (a, b) != (ms, me):
                return True
            i -= 1
        return False

    for o in orgs.values():
        # longest form first, so a short form never claims the start of a longer one ("Thuishulp" in
        # "Thuishulp Zuiderveld"); a set's order would change with the process's hash seed
        forms = sorted({o.name, *o.aliases}, key=lambda f: (-len(f), f))
        covered = set()
        for sp in o.mentions:
            covered.update(range(sp.start, sp.end))
        for f in forms:
            if len(f) < 3 or (f.islower() and o.name != "Rijk"):
                continue
            for ms, me in _hash_or_bare(text, f):
                if ms in covered or inside_another(o, ms, me):
                    continue
                covered.update(range(ms, me))
                if text[ms] == "#" and text[ms:me] not in o.aliases:
                    o.aliases.append(text[ms:me])
                o.mentions.append(span(text, ms, me))
        # one mention per place in the text (two candidate steps may have found the same name)
        o.mentions = sorted({(sp.start, sp.end): sp for sp in o.mentions}.values(), key=lambda s: (s.start, s.end))
    out = list(orgs.values())
    out.sort(key=lambda o: o.mentions[0].start if o.mentions else 0)
    return out


def _hash_or_bare(text: str, f: str) -> list[tuple[int, int]]:
    r"""The matches of re.finditer(r"(?<![\w])#?" + re.escape(f) + r"(?![\w])", text), found with str.find."""
    out = []
    n, end = len(text), 0
    for q in whole_occurrences(text, f):  # the checks below need a word boundary on both sides anyway
        e = q + len(f)
        if q < end or (e < n and is_word(text[e])):
            continue
        if q >= 1 and text[q - 1] == "#" and q - 1 >= end and (q < 2 or not is_word(text[q - 2])):
            s = q - 1
        elif q == 0 or not is_word(text[q - 1]):
            s = q
        else:
            continue
        out.append((s, e))
        end = e
    return out
