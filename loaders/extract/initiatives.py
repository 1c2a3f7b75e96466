"""Initiatives: named projects, pilots, campaigns, programmes, schemes, plans and agreements.

Found by form: quoted titles, a type word followed by a name ("wijkvisie Vogelbuurt", "pilot stoppen met
roken"), capitalised compounds ending in a type word ("Ouderenagenda 2023-2026"), runs of capitalised
words that are nothing else (not an organisation, place, law or person), and hashtags.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from sdkg.loaders import reference as ref
from sdkg.loaders.model import Initiative
from spacy.lang.nl.stop_words import STOP_WORDS

from .figures import contents_lines
from .normalise import (
    COUNCIL_COMMITTEE,
    DOCUMENT_FURNITURE,
    GLUED_DIGITS,
    MONTH_NAMES,
    REGISTER_FIELD_RUN_IN,
    SENTENCE_OPENERS,
    YEAR_SPAN,
    cut_by_text_end,
    numbered_run,
    span,
)
from .pipeline import Cand, Step, Trace, run_candidates
from .places import LOWER_COMPASS, OFFICE, PARTICLE
from .scan import (
    anchored_finditer,
    back_over,
    cap_starts,
    is_word,
    lowered,
    occurrences,
    spaced,
    word_starts,
    words_where,
)

TYPE_SUFFIX = (r"(?:visie|plan|plannen|nota|notitie|kader|programma|aanpak|agenda|akkoord|deal|regeling|verordening|"
               r"convenant|project|pilot|campagne|traject|overleg|model|methode|symposium|manifest|tafel|platform|"
               r"actieplan|uitvoeringsplan|beleidsplan|beleidskader|werkwijze|concept|festival|week|dag|werkgroep|stuurgroep|"
               r"projectgroep|klankbordgroep|regiegroep|taskforce|beweging|pact)")
TYPE_WORD = re.compile(rf"(?i)^[\wëïéè\-]*{TYPE_SUFFIX}$")
# ... a compound ending in one ("sportakkoord", "woonagenda"), not the bare word
TYPE_WORD_COMPOUND = re.compile(rf"(?i)^[\wëïéè\-]{{3,}}{TYPE_SUFFIX}$")
# Type words that are too generic to be named by what follows them in lower case.
LOWER_TAIL_TYPES = re.compile(r"(?i)^(?:pilot|deal|kadernotitie|kadernota|cursus)$")
# the past participle of a verb in -eren, which goes on with the sentence, no name: "gepresenteerd", "gerealiseerd"
PARTICIPLE_EERD = re.compile(r"[a-zëï]{2,}eerd")
PROVINCES = {"groningen", "friesland", "fryslan", "drenthe", "overijssel", "flevoland", "gelderland", "utrecht",
             "noord holland", "zuid holland", "zeeland", "noord brabant", "limburg", "twente", "brabant"}
STOP_TAIL = {
    "is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "heeft", "hebben", "had", "zal", "zullen",
    "kan", "kunnen", "kon", "konden", "moet", "moeten", "moest", "moesten", "mag", "mogen", "mocht", "mochten",
    "zou", "zouden", "hadden", "gaat", "gaan", "ging", "gingen", "die", "dat", "om", "waarin", "waarmee", "waarbij", "en", "of", "met",
    "te", "als", "door", "bij", "tot", "naar", "uit", "over", "tegen", "sinds", "vanaf", "per", "in", "op", "aan",
    "van", "voor", "de", "het", "een", "dit", "deze", "we", "wij", "zij", "er", "ook", "nog", "al", "niet", "wel",
}
# Finite verbs that open the predicate after a document's name ("de Kadernota biedt de kaders"): a plain word after a
# type word that is one of these ends the name.
VERB_TAIL = frozenset("""
biedt geeft vormt bevat beschrijft legt zet staat richt regelt bepaalt schetst omvat beoogt loopt draait werkt kent
komt krijgt helpt zorgt maakt blijft wil willen gaf bood vormde liep
start startte eindigt duurt heeft had
koppelt koppelde brengt bracht verbindt verbond ondersteunt ondersteunde organiseert organiseerde begeleidt begeleidde
stimuleert stimuleerde levert leverde versterkt versterkte bevordert bevorderde voorkomt voorkwam verbetert verbeterde
leidt leidde bereikt bereikte traint trainde
""".split())
# The same verbs' plural, where they follow the type word itself ("het Preventieakkoord vullen elkaar aan": two plans,
# the subject of a plural verb); after a plain word of the name they may be the name's ("programma Samen werken")
PLURAL_VERB_TAIL = frozenset("""
bieden geven vormen bevatten beschrijven leggen zetten staan richten regelen bepalen schetsen omvatten beogen lopen
draaien werken kennen komen krijgen helpen zorgen maken blijven vullen sluiten
""".split())
# Participles that close a clause right after a type word ("is een pilot gestart", "de cursus afgerond"): no name.
CLAUSE_PARTICIPLES = frozenset("""
gestart gestopt geëvalueerd afgerond uitgevoerd opgestart ontwikkeld georganiseerd verlengd beëindigd uitgebreid
ingezet opgezet gehouden gedaan geweest gebleken gelopen bekeken aangeboden gegeven gevolgd aangepast vastgesteld
""".split())
CONNECT = {"en", "van", "voor", "in", "de", "het", "op", "naar", "aan", "met", "&", "der", "den", "tot"}
ENGLISH_CONNECT = frozenset({"your", "the", "for", "our", "with", "to", "my", "and"})
GENERIC_CAPS = {
    "sociaal domein", "beschermd wonen", "maatschappelijke zorg", "maatschappelijke opvang", "sociale basis",
    "jeugdzorg", "transitie jeugdzorg", "sociaal cultureel werk", "wijkteams", "sociale wijkteams", "hulp bij huishouden",
    "huishoudelijke hulp", "individuele voorzieningen", "informele zorg", "maatschappelijke ondersteuning",
    "algemene voorzieningen", "eigen kracht", "lasten", "baten", "staat van het programma", "wat hebben we bereikt",
    "high intensive care", "spoedeisende zorg", "veilig thuis", "raad", "college", "gemeenteraad", "burgemeester",
    "wethouders", "college van b en w", "b en w", "beschermd thuis", "jeugdhulp", "jeugdbescherming",
    "doelstelling a", "doelstelling b", "doelstelling c", "politiek speerpunt", "politieke speerpunten",
    "sociaal wijkteam", "wijkteam", "sociaal team", "sociaal teams", "sociale teams", "buurtteams", "gebiedsteams",
    "jeugdteams", "zorg en welzijn", "welzijn en zorg", "jeugdzorg plus", "jeugdzorgplus",
    "sociaal medische indicatie", "algemeen maatschappelijk werk", "algemeen bestuur", "dagelijks bestuur", "verbonden partij", "verbonden partijen",
    # the paragraphs every budget and account holds by law (BBV art. 9)
    "bedrijfsvoering", "financiering", "grondbeleid", "lokale heffingen", "onderhoud kapitaalgoederen",
    "weerstandsvermogen", "weerstandsvermogen en risicobeheersing",
    # a kind of document alone, no name: "het Uitvoeringsprogramma", "een Ondernemingsplan"
    "uitvoeringsprogramma", "uitvoeringsplan", "beleidsplan", "actieplan", "jaarplan", "werkplan", "ondernemingsplan",
    "projectplan", "programmaplan", "meerjarenprogramma", "meerjarenplan", "beleidsnota", "beleidskader", "plan van aanpak",
    "investeringsprogramma", "investeringsplan", "zorg in natura", "gemeenschappelijke regeling",
    # a part of the report's programme by its kind alone ("Deelprogramma 3C ..." heading a report site's page)
    "deelprogramma", "subprogramma",
    # a kind of study ("een Maatschappelijke Kosten Baten Analyse laten uitvoeren")
    "maatschappelijke kosten baten analyse", "maatschappelijke kosten batenanalyse",
}
EXCLUDE_WORDS = re.compile(r"(?i)monitor|\bfonds\b|\b(?:im|com)pact\b|\badviesnota\b|\bpm[ \t]+pm\b|enquête|coalitie-?akkoord|college-?akkoord|raads-?akkoord|bestuurs-?akkoord|"
                           r"rekenkamercommissie|beleids-?akkoord|"
                           r"regeerakkoord|hoofdlijnenakkoord|miljoenennota|^sociale\s+zaken\b|^cao\b|"
                           # (a public holiday; a royal honour and the King's title)
                           r"^(?:tweede[ \t]+)?(?:hemelvaarts|pinkster|paas|kerst)dag$|\borde[ \t]+van[ \t]+oranje|"
                           r"^(?:zijne|hare)[ \t]+majesteit\b|coalitieprogramma|collegeprogramma|collegewerkprogramma|"
                           r"bestuursprogramma|raadsprogramma|coalitieagenda|coalitieovereenkomst|"
                           # (a board of a body, a report)
                           r"^raden?[ \t]+van[ \t]+(?:commissarissen|toezicht)\b|^(?:eind|onderzoeks)?rapport\b|"
                           # (a body's board, the council's rules of procedure)
                           r"^(?:algemeen|dagelijks)[ \t]+bestuur\b|^reglement[ \t]+van[ \t]+orde\b|"
                           # (a financial table's column heads run together: "Omschrijving Afwijking", "Voordeel Nadeel")
                           r"^(?:(?:omschrijving|afwijking|voordeel|nadeel|begroot|werkelijk|realisatie|verschil|"
                           r"toelichting|raming|overheveling|beoordeling|saldo|lasten|baten)(?:[ \t]+|$)){2,}$|"
                           r"motie|reserve|\bbudget|^afwijking\b|gemeentefonds|raadsinformatiebrief|circulaire|onderzoek\b|zienswijze|raadsvoorstel|raadsbesluit|"
                           r"^(?:informatienota|collegevoorstel|raadsmededeling|raadsmemo)$|"
                           rf"{ref.cycle_words('begrotingsdocument', 'verantwoording', 'tussentijdse-rapportage', short=False)}|"
                           r"\bspuk(?:’?s)?$|^wet\b|^(?:nieuwe\s+|huidige\s+)?[\w\-]+wet$|uitkering\b|single\s+information|"
                           # a council committee's meeting by its date ("Commissie Zorg 3 maart 2016")
                           r"^(?:raads)?commiss?ie\b\D*\d{1,2}\s+(?:" + MONTH_NAMES + r")\b")
TYPE_PREFIX = re.compile(r"(?i)^[\w\-]*" + TYPE_SUFFIX)
_NON_WORD = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")


def _key(name: str) -> str:
    """Folded name with punctuation as space: the identity of an initiative."""
    return _SPACES.sub(" ", _NON_WORD.sub(" ", ref.fold(name))).strip()


# Typographic quotes may hold a long official title; a straight quote also serves as an apostrophe
# ("programma's"), so its span stays short.
# (inside ‘...’ an apostrophe before a letter is no closing quote: "‘Oan ’e Slach’", "‘Mien ’s Huis’")
QUOTE = re.compile(r"(?:‘((?:[^’\n]|’(?=\w)){3,200})’(?!\w)|“([^”\n]{3,200})”|'(?!s[^A-Za-zà-ÿ])([^'\n]{3,90})'|"
                   r"\"([^\"\n]{3,90})\"|„([^”\n]{3,200})”)")
CAPWORD = r"(?:[A-Z][\w\-.'’&]*[\w]|[A-Z])"
# An enumeration "Fit4Kids, Kookmaatjes en Beweegwijs": each item starts at a word start, and a comma run is
# consumed whole (the "en" tail is optional and checked afterwards), so no start inside a failed list is retried.
# (a full stop inside an item only where a letter follows: "Niftrik. In 2026 ..." ends the item at "Niftrik")
_ITEM = r"(?<![\w.\-])[A-Z](?:[\w\-]|\.(?=\w))*(?:[ \t]+[A-Z](?:[\w\-]|\.(?=\w))*)?"
ENUM_ITEM = re.compile(_ITEM)
ENUMERATION = re.compile(rf"({_ITEM}(?:,[ \t]+{_ITEM})+)([ \t]+en[ \t]+{_ITEM})?")


@dataclass
class InitContext:
    text: str
    blocked: set[str]
    programme_keys: set[str]
    places: set[str]
    law_starts: list[int]
    law_reach: list[int]
    org_starts: list[int] = ()
    org_reach: list[int] = ()
    contents: list[tuple[int, int, int]] = ()  # lines of a table of contents (figures.contents_lines)


OK = ("empty", "cut_off", "sentence", "known_entity", "generic", "programme", "excluded_word", "inside_law", "programme_piece",
      "inside_organisation", "contents_line", "planning_document", "address", "organisation_head", "generic_service",
      "modifier", "region", "policy_field", "lone_adjective", "column_words", "site_controls", "photo_credit", "party_or_person")
# The name after a type word is checked by the filters that say it is something else (an organisation, a law, a
# programme); a generic or street name after a type word is still that plan's subject ("Actieplan Wonen, Zorg en
# Welzijn", "project Stationsstraat").
TAIL_OK = OK[:11]
# After a compound type word of its own ("Inclusieagenda", "Uitvoeringsagenda") a generic domain is the plan's subject
# ("Inclusieagenda Sociaal Domein"); after a bare one ("Programma Sociaal Domein") it is a report's chapter.
COMPOUND_TAIL_OK = tuple(f for f in TAIL_OK if f != "generic")
# ... and a law that opens its subject is the plan's too ("Uitvoeringsplan Wmo en Welzijn", "Beleidsplan Jeugdwet en
# Onderwijs"): the law is named as part of the plan's name, and still counts as a law of its own.
COMPOUND_LAW_TAIL_OK = tuple(f for f in COMPOUND_TAIL_OK if f not in ("known_entity", "inside_law"))


# the words a clause goes on with after a noun: no name's first word
CLAUSE_WORDS = frozenset(("dan", "als", "hun", "zijn", "haar", "die", "dat", "wat", "ook", "nu", "nog", "wel", "niet",
                          "er", "is", "zal", "zullen", "wordt", "worden", "of", "maar", "om", "te"))


# (what a reader may do with a document: "de visie volledig lezen", "het plan bekijken")
READ_VERBS = frozenset(("lezen", "bekijken", "downloaden", "raadplegen", "inzien", "nalezen", "terugkijken"))
PREPOSITION_AFTER_NAME = frozenset(("naast", "door", "met", "voor", "bij", "op", "in", "aan", "uit", "over", "onder",
                                    "tussen", "zonder", "tegen", "na", "sinds", "tijdens", "via", "vanuit", "binnen",
                                    "buiten", "rond"))


def _f_empty(ctx: InitContext, c: Cand) -> bool:
    return not _key(c.name) or bool(GLUED_DIGITS.search(c.name))  # ("Heuvelkwartier4120398800": a row run together)


def _f_cut_off(ctx: InitContext, c: Cand) -> bool:
    """A title whose quotation is still open where the text ends was cut off with it (a page's excerpt: 'Notitie
    "Samen verder in de zorg voor jonge kinder'), as is one whose last word the text's end cuts (cut_by_text_end)."""
    end = c.at + len(c.name)
    if len(ctx.text) - end > 200 or ctx.text[end:].strip():  # (only near the end is the rest of the text looked at)
        return False
    n = c.name
    if cut_by_text_end(ctx.text, end, n):
        return True  # "Beleidsplan Integrale sc", "Project Samen Ondersteun": the excerpt ends inside the last word
    return n.count('"') % 2 == 1 or n.count("“") + n.count("„") > n.count("”") or n.count("‘") > n.count("’")


# A title never opens with a personal pronoun: "We zetten in op preventie" is a sentence (a heading of aims).
PRONOUNS = frozenset({"We", "Wij", "Zij", "Hij", "Ze", "Men"})  # (a campaign title may open with Jij or Ik)


def _f_sentence(ctx: InitContext, c: Cand) -> bool:
    return c.name.split(" ", 1)[0] in PRONOUNS


def _f_known_entity(ctx: InitContext, c: Cand) -> bool:
    if _key(c.name) in ctx.blocked:
        return True
    # "Peel en Maas en Horst (aan de Maas)": a known name, then "en" and the start of the next
    parts = c.name.split(" en ")
    return any(_key(" en ".join(parts[:i])) in ctx.blocked for i in range(1, len(parts)))


GENERIC_YEARS = re.compile(r"(?:[ \t]+(?:19|20)\d\d)+$")
# The level a generic service is organised at ("Lokaal Maatschappelijke Opvang", "Regionale Jeugdzorg") adds no name.
LEVEL_WORD = re.compile(r"^(?:lokaal|lokale|regionaal|regionale|gemeentelijk|gemeentelijke|landelijk|landelijke) ")


def _f_generic(ctx: InitContext, c: Cand) -> bool:
    if PLURAL_APOSTROPHE.match(ctx.text, c.at):
        return True  # "de uitvoeringsprogramma’s die volgen uit ...": the plural of the kind, no name
    key = _key(c.name)
    bare = GENERIC_YEARS.sub("", key)  # "Beleidsplan 2024-2027": a kind of document and its years, no name
    if key in GENERIC_CAPS or LEVEL_WORD.sub("", key) in GENERIC_CAPS or bare in GENERIC_CAPS:
        return True
    # "Beschermd Wonen en Maatschappelijke Opvang": services of the field joined, still no name (unless a document's
    # kind names it: "Werkagenda Jeugdhulp en Beschermd Thuis")
    parts = key.split(" en ")
    return (len(parts) == 2 and all(LEVEL_WORD.sub("", p) in GENERIC_CAPS for p in parts)
            and not _KIND_BEFORE.search(ctx.text, max(0, c.at - 40), c.at))


_KIND_BEFORE = re.compile(r"(?i)" + TYPE_SUFFIX + r"[ \t]+$")


PLURAL_APOSTROPHE = re.compile(r"(?i)[\w\-]*(?:programma|agenda|nota|thema)['’]s\b")  # (not "Kid's Corner")

# The header row of a budget table ("Deelprogramma Inkomsten Uitgaven", "Taakveld Lasten Baten Saldo") is a run of
# capitals made of column words only.
COLUMN_WORDS = frozenset("""
programma deelprogramma taakveld taakvelden product producten omschrijving onderdeel inkomsten uitgaven lasten baten
saldo saldi totaal subtotaal begroting begroot realisatie rekening jaarrekening raming verschil mutatie bedrag
bedragen prognose primitief gewijzigd actueel werkelijk planning voortgang
inhoud inhoudsopgave inleiding overzicht overzichten bijlage bijlagen paragraaf paragrafen hoofdstuk samenvatting
voorwoord leeswijzer conclusie algemene dekkingsmiddelen onvoorzien beleidsindicatoren kengetallen
indicator indicatoren eenheid periode bron basisjaar peiljaar organisatie organisaties artikel
doelstelling doelstellingen actie acties status streefwaarde streefwaarden nulmeting
""".split())  # (and a table of contents' titles run together: "Inhoud Inleiding", "Overzichten Overzicht"; a progress
# table's header: "Doelstelling | Actie | Status")
# a document's own sections, a title on their own ("1. Inleiding" in a list of a chapter's parts)
SECTION_TITLES = frozenset("inleiding inhoud inhoudsopgave voorwoord leeswijzer samenvatting conclusie bijlagen".split())
FURNITURE = frozenset(w.lower() for w in DOCUMENT_FURNITURE)
# the fields of a council paper's or a letter's head ("Portefeuille", "Auteur", "Beslispunten", "Agendanummer"), and a
# meeting agenda's standing items ("Agenda Opening", "Mededelingen", "Rondvraag")
PAPER_FIELDS = frozenset("""
portefeuille portefeuillehouder auteur titel beslispunten agendanummer registratienummer behandelaar telefoon zaaknummer
mededelingen rondvraag sluiting besluitvorming bespreekstuk hamerstuk hamerstukken aangenomen verworpen raadzaal
bezoekadres postadres memo stukken aanwezig aanwezigen afwezig afwezigen notulist colofon vergadering
""".split())  # (and a council agenda's columns run into an item: "X Samenvatting Besluitvorming", "Y Besluit Aangenomen";
# the minutes' list of those present, a colophon: "... uur, Zaal X Aanwezig:", "Programma Y Colofon: ...")
# A meeting by its date ("Raadsvergadering - 29 oktober 2014"): a council paper's own title
MEETING_DATE_END = re.compile(rf"(?i)\b\d{{1,2}}[ \t]+(?:{MONTH_NAMES})[ \t]+(?:19|20)\d\d$")
# the minutes or the decisions of a meeting by its day ("Verslag vergadering commissie X 7 februari")
MINUTES_OF_DAY = re.compile(rf"(?i)(?:verslag|notulen|besluitenlijst)\b[^\n]*?\b\d{{1,2}}[ \t]+(?:{MONTH_NAMES})$")
AGENDA_ITEM = re.compile(r"(?i)agenda[ \t]+opening\b")
# an indicator with its measured value ("Aandeel sportende jongeren 61,2%"), a list's row of figures
MEASURED_VALUE_END = re.compile(r"\d(?:[.,]\d+)?[ \t]*%$")
DECIMAL = re.compile(r"\d[.,]\d")
# a part of the document by its number ("Deel I", "Deel 2")
DOCUMENT_PART = re.compile(r"(?i)deel[ \t]+(?:[ivx]+|\d+|[a-d])")


def _f_column_words(ctx: InitContext, c: Cand) -> bool:
    words = _key(c.name).split()
    if len(DECIMAL.findall(c.name)) >= 2 and sum(ch.isalpha() for ch in c.name) <= 2:
        return True  # a map's coordinates quoted as a title ("N 51 26.512, E 5 28.734"), a table's row of numbers
    if len(words) == 1:
        return words[0] in SECTION_TITLES
    if words[0] in ("inhoud", "inhoudsopgave") or "..." in c.name or "…" in c.name:
        return True  # a table of contents' lines run together ("Inhoudsopgave Voorwoord... 2 Beleid ...")
    if FURNITURE.intersection(words) or DOCUMENT_PART.fullmatch(c.name) or len(set(words)) == 1:
        return True  # a heading run into the document's furniture ("Aanpak Bijlage", "X Versie Datum"), a part ("Deel I"),
        # a heading run into its own first word below it ("1.2 Ontschotting Ontschotting betekent ...": not "Buren
        # voor Buren")
    if AGENDA_ITEM.match(c.name) or MEASURED_VALUE_END.search(c.name) or MEETING_DATE_END.search(c.name) \
            or MINUTES_OF_DAY.match(c.name):
        return True
    if words[-1] in SECTION_TITLES or PAPER_FIELDS.intersection(words):
        return True  # a title run into the section after it ("Beleidsplan Jeugd Samenvatting", "Collegevoorstel
        # Inleiding") or a council paper's fields run together ("Informatienota Portefeuille J", "Auteur Dhr")
    return all(w in COLUMN_WORDS or len(w) == 1 for w in words) \
        and any(w in COLUMN_WORDS for w in words)  # (a list's letter too: "Beleidsindicatoren B")


# A web page's buttons and the channels it shares on, printed with its text ("Deel deze pagina: Facebook Twitter ...")
SITE_CONTROL_WORDS = frozenset(("facebook", "twitter", "linkedin", "instagram", "whatsapp", "youtube", "tiktok", "e-mail",
                                "email", "print", "printen", "delen", "download", "pdf", "menu", "zoeken"))


def _f_site_controls(ctx: InitContext, c: Cand) -> bool:
    words = c.name.lower().split()
    return len(words) >= 2 and sum(w in SITE_CONTROL_WORDS for w in words) >= 2


# "foto Jan de Vries", "Foto: X", "fotografie X": a photograph's credit names its maker, a person
PHOTO_CREDIT_BEFORE = re.compile(r"(?i)(?<![\w\-])(?:foto(?:'s|grafie|graaf)?|beeld)[ \t]*:?[ \t]+$")


def _f_photo_credit(ctx: InitContext, c: Cand) -> bool:
    return bool(PHOTO_CREDIT_BEFORE.search(ctx.text, max(0, c.start - 16), c.start))


# The national political parties by the names and acronyms they stand under, and "Leefbaar X", the local parties'
# common name: a run of capitals that holds one is a council's parties or a list of its members, no undertaking.
PARTY = re.compile(r"(?<![\w\-])(?:CDA|PvdA|SGP|VVD|D66|GroenLinks|GL|Groen[ \t]+Links|ChristenUnie|Christen[ \t]+Unie|SP|PVV|"
                   r"BBB|JA21|Volt|PvdD|50PLUS|DENK|FvD|Leefbaar[ \t]+[A-Z][\w\-]*)(?![\w\-])")
# initials (and a particle) right before a name: "A.B. van der Berg-de Wit" is a person
INITIALS_BEFORE = re.compile(rf"(?<![\w.])(?:[A-Z][a-z]?\.[ \t]*)+(?:{PARTICLE}[ \t]+)?$")
# an office before a name: "Portefeuillehouder Van Dalen", "wethouder De Vries" is a person; a council's members or
# faction before one name their party ("Raadsleden Samen Bergveen (5)")
# (also offices in the plural and joined: "de wethouders A en B", "directeur-bestuurder A")
OFFICE_BEFORE = re.compile(rf"(?i)(?<![\w\-])(?:{OFFICE}(?:s|en)?(?:-bestuurder)?|bestuurder|bestuurslid|raadsleden|fractie)"
                           rf"[ \t]+$")
# ... and a person's name after a verb of saying: "vertelt A B (dorpsraad X)", "deelt A B, bestuurder bij Y"
SAID_BY = re.compile(r"(?i)(?<![\w\-])(?:vertelt|vertelde|zegt|zei|deelt|deelde|aldus|benadrukt|reageert)[ \t]+$")
SAYER = re.compile(rf"[A-Z][a-zà-ÿ]+(?:[ \t]+{PARTICLE})?[ \t]+[A-Z][a-zà-ÿ\-]+")
# ... or after the person's profession: "de bekende organisatiepsycholoog A B", "hoogleraar A B", "schrijver A B"
PROFESSION_BEFORE = re.compile(r"(?i)(?<![\w\-])[a-z]*(?:oloog|ologe|iater|hoogleraar|onderzoeker|onderzoekster|schrijver|"
                               r"schrijfster|auteur|journalist|kunstenaar|filosoof|econoom|deskundige|spreker|dichter|"
                               r"fotograaf|cabaretier|presentator|presentatrice)[ \t]+$")


FACTION_FIRST = re.compile(r"(?:Raadsleden|Raadslid|Fractie)[ \t]")
# a name listed between two parties is a party: "CDA, Bergveen Vooruit, VVD en D66 hebben ..." (a local one)
PARTY_BEFORE_ITEM = re.compile(rf"(?:{PARTY.pattern}),[ \t]+$")
PARTY_AFTER_ITEM = re.compile(rf"[ \t]*(?:,|[ \t]en)[ \t]+(?:{PARTY.pattern})")


def _f_party_or_person(ctx: InitContext, c: Cand) -> bool:
    # (a courtesy title opens the name or stands before it: "De heer A, voorzitter van B", "mevrouw Van B")
    return bool(PARTY.search(c.name)) or bool(FACTION_FIRST.match(c.name)) or bool(HONORIFIC.match(c.name)) \
        or bool(HONORIFIC_BEFORE.search(ctx.text, max(0, c.start - 12), c.start)) \
        or (bool(SAYER.fullmatch(c.name)) and bool(SAID_BY.search(ctx.text, max(0, c.start - 12), c.start)
                                                   or PROFESSION_BEFORE.search(ctx.text, max(0, c.start - 40), c.start))) \
        or (bool(PARTY_BEFORE_ITEM.search(ctx.text, max(0, c.start - 24), c.start))
            and bool(PARTY_AFTER_ITEM.match(ctx.text, c.end))) \
        or bool(INITIALS_BEFORE.search(ctx.text, max(0, c.start - 20), c.start)) \
        or bool(OFFICE_BEFORE.search(ctx.text, max(0, c.start - 24), c.start))


def _f_policy_field(ctx: InitContext, c: Cand) -> bool:
    """A policy field in one word ("Armoedebeleid", "Re-integratiebeleid") names no framework of its own (after a
    type word it is that plan's subject: "Nota Armoedebeleid" passes)."""
    return " " not in c.name.strip() and c.name.lower().endswith("beleid")


# an adjective of one word ("Gemeentelijk", "Landelijke", "Medische"): a list item's first word before its noun in lower
# case ("• Gemeentelijk parkeerbeleid"), never a title of its own
LONE_ADJECTIVE = re.compile(r"[A-Z][a-zë]+(?:lijke?|ische?)")


def _f_lone_adjective(ctx: InitContext, c: Cand) -> bool:
    return bool(LONE_ADJECTIVE.fullmatch(c.name.strip()))


# The policy fields a budget's programmes are named after: "het programma Zorg", "Programma Verkeer", "Programma Werk
# en Inkomen" name the budget's own chapters, not a programme of activities ("Programma Sociale Kracht" is one).
BUDGET_FIELDS = frozenset(w.lower() for w in (
    "Zorg", "Zorgen", "Welzijn", "Wonen", "Werk", "Sport", "Cultuur", "Jeugd", "Onderwijs", "Gezondheid", "Veiligheid",
    "Inkomen", "Participatie", "Meedoen", "Verkeer", "Vervoer", "Bestuur", "Economie", "Openbare", "Ruimte",
    "Samenleving", "Leefomgeving", "Dienstverlening", "Financiën", "Recreatie", "Volksgezondheid", "Leven", "Sociaal",
    "Vitaal"))
# A budget's sub-chapter: "Deelprogramma Werk", "Subprogramma Bestuur en Organisatie" (never a programme of activities)
# a budget's part under its programme: "Deelprogramma X", "Product Werk", "Taakveld Y"
SUB_PROGRAMME = re.compile(r"(?:(?:deel|sub)programma|product|productgroep|taakveld|programmaonderdeel) ")
PROGRAMME_BEFORE = re.compile(r"(?<![\w\-])[Pp]rogramma $")
PROGRAMME_JOIN = re.compile(r",[ \t]*|[ \t]+(?:en|&)[ \t]+")
NUMBERED_PROGRAMME = re.compile(r"(?:deel|sub)?programma \d{1,2}[a-z]?\b")  # (not "Themaprogramma X": a programme of activities)


def _f_programme(ctx: InitContext, c: Cand) -> bool:
    key = _key(c.name)  # ("Programma Samenleving, Zorg en Welzijn": the report's programme by its type word too)
    if SUB_PROGRAMME.match(key):
        return True
    if NUMBERED_PROGRAMME.match(key):
        return True  # "Programma 3B: Zorg": a budget's (sub-)programme by its number
    if key.startswith("programma "):
        rest = key[len("programma "):]
    elif PROGRAMME_BEFORE.search(ctx.text, max(0, c.at - 11), c.at):
        rest = key  # "het programma Vitaal & Sociaal": the name after the type word
    else:
        parts = PROGRAMME_JOIN.split(key)  # ("Sport en Openbare Ruimte": two of the report's programmes named together)
        return key in ctx.programme_keys or (len(parts) >= 2 and all(p in ctx.programme_keys for p in parts))
    fields = [w for w in re.split(r"[\s,&]+", rest) if w and w != "en"]
    if any(pk.startswith(rest + " ") for pk in ctx.programme_keys) and not TYPE_WORD.match(rest.split()[-1]):
        return True  # "het programma Samen leven" cut at its lower-case word: the programme's first words
    return rest in ctx.programme_keys or (bool(fields) and all(w in BUDGET_FIELDS for w in fields))


def _f_excluded_word(ctx: InitContext, c: Cand) -> bool:
    kinds = KIND_OF_BODIES.fullmatch(c.name)
    return bool(EXCLUDE_WORDS.search(c.name)) or bool(COUNCIL_COMMITTEE.fullmatch(c.name)) \
        or bool(REGISTER_FIELD_RUN_IN.match(c.name)) \
        or bool(kinds and not any(TYPE_WORD.match(w) for w in c.name.split()))
    # ("CiteertitelVerordening X": the register's label run in; "Gecertificeerde Instellingen": a kind of bodies, not
    # "Ontwikkelagenda Gecertificeerde Instellingen")


# a kind of bodies, in one or two words and a plural ("Gecertificeerde Instellingen", "Lokale Zorgaanbieders")
KIND_OF_BODIES = re.compile(r"(?i)(?:\S+[ \t]+){1,2}(?:instellingen|organisaties|\w*aanbieders|partners)")


def _f_inside_law(ctx: InitContext, c: Cand) -> bool:
    start, end = c.at, c.at + len(c.name)
    i = bisect.bisect_left(ctx.law_starts, end)
    return bool(i and ctx.law_reach[i - 1] > start and not TYPE_PREFIX.match(c.name))


def _f_inside_organisation(ctx: InitContext, c: Cand) -> bool:
    i = bisect.bisect_right(ctx.org_starts, c.at)
    return bool(i and ctx.org_reach[i - 1] > c.at) and not REGULATION_TEXT.match(c.name)


def _f_programme_piece(ctx: InitContext, c: Cand) -> bool:
    k = _key(c.name)
    k = k[len("programma "):] if k.startswith("programma ") else k  # ("Programma Samenleving")
    if len(k) >= 8 and any(k in pk for pk in ctx.programme_keys):
        return True
    # a shorter piece where the text writes the programme's name whole around it: "Welzijn" of "Zorg en Welzijn" (the
    # text around it read only for a candidate that is a piece of some programme's name)
    longer = [pk for pk in ctx.programme_keys if k != pk and k in pk]
    if not longer:
        return False
    near = _key(ctx.text[max(0, c.at - 40):c.at + len(c.name) + 40])
    return any(pk in near for pk in longer)


def _f_contents_line(ctx: InitContext, c: Cand) -> bool:
    i = bisect.bisect_right(ctx.contents, (c.at, len(ctx.text) + 1, 0))
    if i and ctx.contents[i - 1][2] > c.at:
        return True
    # ... or an item of a numbered list run into one line ("1. Programma Wonen2. Programma Zorg3.")
    return c.name[-1:].isdigit() and numbered_run(ctx.text, c.end - len(c.name.split()[-1]), c.end)


# Planning-and-control and meeting documents: a report's own paper trail, never an undertaking. A kadernota,
# perspectiefnota or voorjaarsnota named by its year is the budget cycle's document ("Kadernota 2026"); with a
# subject it may be a policy framework ("Kadernota Sociaal Domein").
MEETING_DOCUMENT = re.compile(r"(?i)vergaderbundel|vergaderstukken|raadsstukken|besluitenlijst|startnotitie|raadsagenda|"
                              r"ingekomen\s+stukken|"
                              r"agendapunt|krediet\b|nota\s+van\s+aanbieding|aanbiedingsbrief|projectoverzicht|"
                              r"algemene\s+beschouwingen")  # (the council's yearly debate on the budget)
CYCLE_DOCUMENT = re.compile(rf"(?i)^{ref.cycle_words(*ref.cycle_kinds())}"
                            r"(?:[ \t]+(?:(?:19|20)\d\d\b|gemeente\b).*)?$")  # ("Kadernota gemeente X": the document itself)


def _f_planning_document(ctx: InitContext, c: Cand) -> bool:
    return bool(MEETING_DOCUMENT.search(c.name) or CYCLE_DOCUMENT.match(c.name))


# Streets and addresses: "Stationsstraat", "Markt 12, X", "Kerkplein 3". A street name is no undertaking unless a
# type word names it ("project Stationsplein", "wijkvisie Kerkstraat": those pass, the type word opens the name).
STREETS = ("straat", "laan", "plein", "singel", "gracht", "kade", "dreef", "steeg", "boulevard", "weg")
STREET_NUMBER = re.compile(r"(?i)[\w\-]{3,}(?:straat|laan|plein|singel|gracht|kade|dreef|steeg|boulevard|weg)[ \t]+\d")
HOUSE_NUMBER_AFTER = re.compile(r"[ \t]+\d{1,4}[a-zA-Z]?(?:[ \t]*[-–][ \t]*\d{1,4})?(?:[ \t]*,[ \t]*[A-Z]|"
                                r"[ \t]+\d{4}[ \t]?[A-Z]{2}\b)")


def _street(word: str) -> bool:
    """A compound street name ("lindelaan"; a bare "weg" or "laan" is none), in lower case."""
    return any(word.endswith(x) and len(word) >= len(x) + 3 for x in STREETS)


def _f_address(ctx: InitContext, c: Cand) -> bool:
    words = c.name.split()
    if not words or TYPE_PREFIX.match(words[0]):
        return False
    last = words[-1].rstrip(".,").lower()
    if len(words) > 2 and words[1] == "van" and _street(words[0].lower()):
        return True  # "het pand aan de Kerkstraat van X": a building's street and its owner
    if _street(last) or (any(ch.isdigit() for ch in c.name) and STREET_NUMBER.search(c.name)):
        return True
    end = c.at + len(c.name)
    m = HOUSE_NUMBER_AFTER.match(ctx.text, end, min(len(ctx.text), end + 30))
    return bool(m) and not YEAR_TOKEN.fullmatch(m.group(0).strip(" \t,").split()[0])


# Head words of institutions and venues: a capitalised run holding one names a body or a building ("Museum X",
# "X Theater", "Instituut voor Y", "Cultuurcentrum Z"), never a project; the type-word and quoted steps keep
# their own evidence ("project Museumkwartier" is a project).
ORG_HEADS = ("museum", "musea", "theater", "theaters", "schouwburg", "bibliotheek", "instituut", "centrum", "poppodium",
             "filmhuis", "ziekenhuis", "universiteit", "hogeschool", "stichting", "vereniging", "kerk", "moskee",
             "omroep", "kliniek", "apotheek", "praktijk", "archief", "club", "voedselbank", "boerderij", "speeltuin",
             "dorpshuis", "buurthuis", "wijkhuis", "hospice", "verpleeghuis", "orkest", "koor", "fanfare", "bond",
             "adviesraad", "clientenraad", "cliëntenraad", "jongerenraad", "seniorenraad", "ouderenraad",
             "participatieraad", "team", "school", "scholengemeenschap", "college", "bureau", "koninklijke",
             "raadhuis", "stadhuis", "gemeentehuis", "sporthal", "zwembad")  # a word ending in one of these (a compound's head: "Cultuurcentrum")
# ("Lokaal Team": an unnamed team is no initiative; "Stevige Lokale Teams" may be a programme)
HEAD_STEPS = frozenset({"capitalised_run", "enumeration", "listed"})


# A provider's name opens or closes with its sector ("Welzijn X", "X Welzijn", "X Zorgwonen", "Thuiszorg X"); a run
# of sector words only is a domain ("Zorg en Welzijn", filter domain_names). "Wonen" is left out: plans end in it
# as often as housing corporations do ("Koers Wonen").
EDGE_HEADS = frozenset({"welzijn", "zorgwonen", "thuiszorg", "zorggroep", "kinderopvang", "jeugdhulp"})


def _f_organisation_head(ctx: InitContext, c: Cand) -> bool:
    if c.step not in HEAD_STEPS:
        return False
    words = re.findall(r"[\w\-]+", c.name)
    before = WORD_BEFORE.search(ctx.text, max(0, c.start - 30), c.start)
    if TYPE_WORD.match(words[0]) or (before is not None and before.group(1)[:1].isupper()
                                     and TYPE_WORD.match(before.group(1))):
        return False  # a kind of plan opens it, in the run or as the heading's first word: "Aanpak Veilig Centrum"
    if any(w.lower().endswith(ORG_HEADS) and not _is_place(w)
           and not (w.lower().endswith(("team", "teams")) and n < len(words) - 1) for n, w in enumerate(words)):
        # (a place named like a head word is none: "Ridderkerk", "Ouderkerk"; a team with a name after it, "Sociaal
        # Team X", is a service the gold writes as an initiative, an unnamed one, "het Lokaal Team", none)
        return True
    if len(words) >= 2 and words[-1] == "Groep":
        return True  # "Westrom Groep": a company's name (not a compound: "Werkgroep X" may be an initiative)
    if len(words) < 2 or c.name.split()[0].lower() in CONNECT:
        return False
    edge = {words[0].lower(), words[-1].lower()} & EDGE_HEADS
    rest = [w.lower() for w in words if w.lower() not in edge and w.lower() not in CONNECT]
    return bool(edge) and bool(rest) and not all(w in DOMAIN_WORDS for w in rest)


# A care service or discipline named by its generic term: classifying adjectives and a service noun only
# ("Specialistische Geestelijke Gezondheidszorg", "Forensische Geneeskunde", "Peuteropvang & VE"). A named
# approach keeps a word of its own ("Blauwe Zorg", "Positieve Gezondheid").
SERVICE_WORDS = frozenset("""
zorg gezondheidszorg geneeskunde ggz jeugd-ggz verslavingszorg ouderenzorg gehandicaptenzorg thuiszorg kraamzorg
wijkverpleging verpleging verzorging begeleiding behandeling hulpverlening hulp opvang peuteropvang kinderopvang
nachtopvang dagopvang dagbesteding ve vve voorschoolse vroegschoolse educatie jeugdgezondheidszorg jgz
psychiatrie psychologie logopedie fysiotherapie huisartsenzorg respijtzorg mantelzorgondersteuning
schuldhulpverlening schuldhulp schuldsanering bewindvoering werk maatschappelijk ondersteuning diagnostiek
revalidatie spoedzorg crisisopvang crisisdienst gezondheid
""".split())
CLASSIFIER_ADJECTIVES = frozenset("""
specialistische specialistisch geestelijke geestelijk forensische forensisch ambulante ambulant intramurale
extramurale medische medisch psychiatrische psychosociale preventieve curatieve langdurige eerstelijns tweedelijns
derdelijns generalistische generalistisch klinische acute basis huishoudelijke pedagogische orthopedagogische
individuele collectieve persoonlijke openbare publieke algemene algemeen lichte zware intensieve
""".split())


def _f_generic_service(ctx: InitContext, c: Cand) -> bool:
    words = [w for w in re.findall(r"[\w\-]+", c.name.lower()) if w not in CONNECT]
    if words and words[0].endswith("loket"):
        return True  # a desk, the service of whoever runs it ("het Loket X", "Wmo-loket X"), no undertaking
    if not words or not any(w in SERVICE_WORDS for w in words):
        return False
    if not all(w in SERVICE_WORDS or w in CLASSIFIER_ADJECTIVES or w in DOMAIN_WORDS for w in words):
        return False
    # a classifying adjective ("Forensische"), or nothing but the names of services ("Peuteropvang & VE")
    return any(w in CLASSIFIER_ADJECTIVES for w in words) or all(w in SERVICE_WORDS for w in words)


# An inflected adjective of place ends a capitalised run that a lower-case noun follows: the run modifies that
# noun ("de Zeeuws Vlaamse doelstelling", "ons Meppeler DNA"), it is no name of its own.
PLACE_ADJECTIVE = re.compile(r"^[A-Z][a-zëï]+(?:se|sche)$")
LOWER_WORD_AFTER = re.compile(r"[ \t]+([a-zë]+)")


def _f_modifier(ctx: InitContext, c: Cand) -> bool:
    if c.step != "capitalised_run":
        return False
    words = c.name.split()
    if not PLACE_ADJECTIVE.match(words[-1]) or words[-1].lower() in NOUNS_IN_SE:
        return False
    m = LOWER_WORD_AFTER.match(ctx.text, c.at + len(c.name))
    return bool(m) and m.group(1) not in STOP_TAIL and m.group(1) not in CONNECT


def _f_region(ctx: InitContext, c: Cand) -> bool:
    """A region or regional body of the country-wide registers ("Zuid-Holland Zuid", "Brabant Zuidoost"), or a
    region's municipalities before the first of their names ("de andere Heuvelsteegemeenten Dalwijk, ...")."""
    if re.match(r"[A-Z][\w-]*gemeenten\s", c.name):
        return True
    if all(w.lower() in REGION_PART_WORDS for w in re.findall(r"[^\W\d_]+", c.name)):
        return True  # "Midden-Limburg Oost en Noord-Limburg": parts of provinces
    named = REGION_OF_PLACE.match(c.name)
    if named and ref.fold(named.group(1)) in ref.gemeenten_by_name():
        return True  # "Regio Bergveen": the region around a municipality, no undertaking
    regions = ref.region_member_index()[0]
    # (two of them: "Holland Rijnland en Midden-Holland")
    return all(" ".join(re.findall(r"\w+", ref.fold(part))) in regions for part in re.split(r"[ \t]+en[ \t]+", c.name))


REGION_OF_PLACE = re.compile(r"[Rr]egio[ \t]+([A-Z][^\n]*)$")  # "Regio X": the region by a place's name
# the words of a region named by parts of provinces: compass words, the provinces' names, "en"
REGION_PART_WORDS = frozenset({w for p in PROVINCES for w in p.split()} | LOWER_COMPASS
                              | {"en", "fryslân", "veluwe", "achterhoek"})
NOUNS_IN_SE = frozenset({"analyse", "expertise", "fase", "diagnose", "prognose", "synthese", "crise", "basisse"})


INIT_FILTERS = {s.name: s for s in (
    Step("empty", "filter", "drops a name that folds to nothing", _f_empty),
    Step("cut_off", "filter", "drops a title whose quotation the end of the text cut off", _f_cut_off),
    Step("sentence", "filter", "drops a sentence that opens with a personal pronoun (We zetten in op ...)", _f_sentence),
    Step("known_entity", "filter", "drops organisations, places, laws and people", _f_known_entity),
    Step("generic", "filter", "drops generic capitalised terms (Sociaal Domein, Veilig Thuis, ...)", _f_generic),
    Step("programme", "filter", "drops the report's programme titles, a Programma named by policy fields alone "
         "(Programma Verkeer, het programma Zorg) and a budget's part under it (Deelprogramma X, Product Y)", _f_programme),
    Step("excluded_word", "filter", "drops monitors, funds, surveys, motions, reserves, budgets, a council committee "
         "and its meeting",
         _f_excluded_word),
    Step("inside_law", "filter", "drops a name inside a law's name unless it opens with a type word", _f_inside_law),
    Step("programme_piece", "filter", "drops a piece of a programme title", _f_programme_piece),
    Step("inside_organisation", "filter", "drops a name that starts inside an organisation's mention "
         "(\"regeling X\" of \"Gemeenschappelijke regeling X\")", _f_inside_organisation),
    Step("contents_line", "filter", "drops a title in a table of contents (\"Paragraaf Lokale lasten 120\") and an "
         "item of a numbered list run into one line (Programma Zorg2. Programma Werk3.)",
         _f_contents_line),
    Step("planning_document", "filter", "drops meeting papers and budget-cycle documents named by year "
         "(Vergaderbundel, Startnotitie, Kadernota 2026)", _f_planning_document),
    Step("address", "filter", "drops street names and addresses (X-straat, Markt 12, Y)", _f_address),
    Step("organisation_head", "filter", "drops capitalised runs and list items with an institution's head word "
         "(Museum X, Instituut Y, Cultuurcentrum Z)", _f_organisation_head),
    Step("generic_service", "filter", "drops a service named by its generic term (Forensische Geneeskunde) and a desk "
         "(Loket X)",
         _f_generic_service),
    Step("policy_field", "filter", "drops a policy field in one word (Armoedebeleid)", _f_policy_field),
    Step("lone_adjective", "filter", "drops an adjective of one word (Gemeentelijk)", _f_lone_adjective),
    Step("region", "filter", "drops regions and regional bodies of the registers (Zuid-Holland Zuid)", _f_region),
    Step("modifier", "filter", "drops a run that ends in a place adjective before a noun (Zeeuws Vlaamse doelstelling)",
         _f_modifier),
    Step("column_words", "filter", "drops a table's header row (Deelprogramma Inkomsten Uitgaven), a document's section (Inleiding) "
         "and its contents run together (Inhoudsopgave Voorwoord... 2 Beleid), its parts and furniture (Deel I, "
         "X Bijlage), a heading run into its own first word, a map's coordinates, an agenda's standing items (Agenda "
         "Opening) and an indicator with its value (Aandeel X 61,2%)",
         _f_column_words),
    Step("site_controls", "filter", "drops a web page's buttons and share channels (Facebook Twitter LinkedIn E-mail)",
         _f_site_controls),
    Step("photo_credit", "filter", "drops the maker a photograph's credit names (foto Jan de Vries)", _f_photo_credit),
    Step("party_or_person", "filter", "drops a run that holds a political party (CDA, Leefbaar X) and a name after "
         "initials (A.B. van der Berg-de Wit)", _f_party_or_person),
)}


def _ok(ctx: InitContext, name: str, start: int, filters: tuple[str, ...] = TAIL_OK) -> bool:
    c = Cand(name, start, start + len(name), 0.0, at=start)
    return not any(INIT_FILTERS[f].fn(ctx, c) for f in filters)


# "is het Sportakkoord Heuvelstee gesloten": the participle that closes a clause, after a capitalised word, is no part
# of the name before it (quoted titles are taken as written; "gezondheid", "gebied" are nouns)
PARTICIPLE_TAIL = re.compile(r"^(?P<keep>.*(?<![\w\-])[A-Z][\wëï\-]*)[ \t]+(?:ge(?![a-zë]*(?:heid|ied)$)[a-zë]{3,}(?:d|t|en)|(?:vast|op|af|in|aan|uit|voort|"
                             r"onder|mee)ge[a-zë]{3,}(?:d|t|en)|ondertekend|opgericht|verlengd|vernieuwd|herijkt|ontwikkeld)$")


# a sentence's full stop with no space after it, the next sentence's capital run into a name (a site's markup lost)
GLUED_SENTENCE = re.compile(r"[a-zà-ÿ]{3}(?<!www)\.(?=[A-Z][a-z])(?![\w\-]+\.(?:nl|com|org|eu|net|info)\b)")


# the kind of subsidy a subsidy table's column gives a row ("Exploitatiesubsidie X", "X Waarderingssubsidie"): no part
# of the name of what it pays for
SUBSIDY_KIND_EDGE = re.compile(r"^(?:[A-Z][a-zà-ÿ]+subsidies?[ \t]+)+(?=[A-Z])|(?<=[\w)])(?:[ \t]+[A-Z][a-zà-ÿ]+subsidies?)+$")


def _icand(name: str, start: int, end: int, kind: str | None, conf: float, *, at: int | None = None,
           filters: tuple[str, ...] = OK, dropped_by: str | None = None) -> Cand:
    if "ubsidie" in name and end - start == len(name):
        edges = list(SUBSIDY_KIND_EDGE.finditer(name))
        for edge in reversed(edges):
            if edge.start() == 0:
                start += edge.end()
            else:
                end -= len(name) - edge.start()
            name = name[:edge.start()] + name[edge.end():]
        if edges and len(name.split()) == 1:
            dropped_by = dropped_by or "subsidy_column"  # ("Exploitatiesubsidie Wijkcentra": the kind of receiver)
    if name.endswith(")") and "(" not in name:  # "(A en B)" read from inside the brackets: the closing one is no part
        if end - start == len(name):
            end -= 1
        name = name[:-1]
    pm = PARTICIPLE_TAIL.match(name) if name[-1:].islower() else None
    if pm and end - start == len(name):
        end -= len(name) - pm.end("keep")
        name = pm.group("keep")
    glued = GLUED_SENTENCE.search(name)
    if glued and end - start == len(name):  # "Actieplan Armoede.Vanaf mei ...": the next sentence run into the name
        cut = glued.end() - 1  # (at the full stop: the name keeps its last word whole)
        end -= len(name) - cut
        name = name[:cut]
    return Cand(name, start, end, conf, kind, filters=filters, dropped_by=dropped_by, at=start if at is None else at)


# a question quoted without its mark: the standard headings' "Wat willen we bereiken", "Hoe meten we dat"
QUOTED_QUESTION = re.compile(r"(?i)(?:wat|hoe|welke|waarom|waarmee)[ \t]+\w+[ \t]+(?:we|wij|het|de|u)\b")


def _whole_line(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] stands on a line of its own."""
    end = text.find("\n", b)
    return not text[text.rfind("\n", 0, a) + 1:a].strip() and not text[b:len(text) if end == -1 else end].strip()


def _c_quoted(ctx: InitContext):
    """1. quoted titles"""
    text = ctx.text
    for m in QUOTE.finditer(text):
        i = next(i for i, g in enumerate(m.groups(), 1) if g is not None)
        if i in (3, 4) and m.start() and text[m.start() - 1] in ".,!?;:":
            continue  # '... gedaan." Wethouder X vult aan: "...': a straight mark after a sentence's end closes a
            # quote; what lies between it and the next mark is no title
        raw = m.group(i)  # (a doubled quote mark is no part of the title: "‘’X’’")
        title = raw.strip(" ,.;:‘’“”'\"")
        s = m.start(i) + len(raw) - len(raw.lstrip(" ,.;:‘’“”'\""))
        words = title.split()
        if len(words) == 1 and not title[:1].isupper():
            continue
        if len(words) > 10 and not any(TYPE_WORD.match(w) for w in words[:2]):
            continue  # a long quote is a sentence, unless it is an official title ('Tijdelijke subsidieregeling ...')
        if title.endswith((".", "?")) or re.search(r"[.!]\s+[A-Z]", title) \
                or (len(words) >= 4 and raw.rstrip(" ‘’“”'\"").endswith(".")):
            continue  # (a sentence, or a question closing it: "“Wat hebben we daarvoor gedaan?”", a spoken
            # sentence: "“Ons budget is te klein.”"; not 'Geldzorgen? Zeg het op tijd', a title that asks first)
        if _whole_line(text, m.start(), m.end()) and not any(TYPE_WORD.match(w) for w in words):
            continue  # a quoted line of its own: a headline's quote or a motto ("'Niemand alleen'"), unless it
            # names a plan or an undertaking by its kind
        if QUOTED_QUESTION.match(title):
            continue  # (a heading's question named in a sentence, without its mark: "de kop ‘Wat willen we bereiken’")
        before = text[max(0, m.start() - 40):m.start()]
        prev = re.findall(r"[\wëï\-]+", before)[-2:] if before else []
        typ = next((w for w in reversed(prev) if TYPE_WORD.match(w)), None)
        if typ and prev[-1].lower() in ("die", "dat", "wat", "waarin", "waarmee", "als"):
            typ = None  # "een visie die “... geeft”": a clause that quotes, no title of the visie ("de nota als
            # ‘het startpunt’ gebruiken": what the document serves as)
        if re.search(r"(?i)indicator|monitor|term\s*$|zogenaamde\s*$|woord|\b(?:wet(?:svoorstel)?|verdrag)\s*$|"
                     r"\bmotie\s*:?\s*$|taakstelling\s*$|\bspeerpunt\s*$", before[-25:]):
            continue  # a quoted term, a monitor's indicator, a law's, a treaty's or a council motion's title, a
            # budget's savings target ("de taakstelling ‘X binnen budget’"), a policy's priority ("het speerpunt
            # ‘Mentale gezondheid’", worked on through undertakings of its own)
        if SLOGAN_AFTER.match(text, m.end(), min(len(text), m.end() + 80)):
            continue  # "‘X’ is ons credo": a slogan
        if SPOKEN_AFTER.match(text, m.end()):
            continue  # "“Hier zijn we blij mee”, zegt wethouder X": what someone says
        if SECTION_BEFORE_QUOTE.search(before):
            continue  # "informatie over: “Aanvragen”", "het onderdeel ‘Risico’s’", "in ons ‘Archief’":
            # a part of the page, the document or the site
        if BODY_BEFORE_QUOTE.search(before):
            continue  # "de stichting ‘X’": a body's name in quotes
        if STUDY_BEFORE_QUOTE.search(before):
            continue  # "gebaseerd op het onderzoek ‘X’ (RUG, 2019)": a study's title, no undertaking
        if DOCUMENT_BEFORE_QUOTE.search(before) or AIM_BEFORE_QUOTE.search(text, max(0, m.start() - 100), m.start()) \
                or OWN_DOCUMENT_TITLED.search(text, max(0, m.start() - 100), m.start()):
            continue  # the title of a budget-cycle document or coalition agreement; an aim stated as a quote
        if not title[:1].isupper() and typ is None and not re.search(
                r"(?i)(?:agenda|we hebben|hebben we|genaamd|getiteld|noemer|titel|met de naam)\s*$", before):
            continue
        if re.match(r"(?i)^(?:het|de|een)\s", title) and typ is None:
            continue
        sub = SUBTITLE_OF_KIND.search(title)
        if sub and title[:1].isupper():
            title = title[:sub.start()]  # "Bergveen Vitaal: beleidsnota sociaal domein 2021-2024": the subtitle says
            # what kind of document bears the name
        name = title
        if typ and not title[:1].isupper():
            name = typ[:1].upper() + typ[1:] + " " + title
        yield _icand(name, s, s + len(title), (typ or "").lower() or None, 0.8)


# A title's subtitle after a colon that opens with the (lower-case) kind of document: ": beleidsnota sociaal domein"
SUBTITLE_OF_KIND = re.compile(rf"[ \t]*:[ \t]+(?=[a-z][\wëïéè\-]*{TYPE_SUFFIX}\b)")


BODY_BEFORE_QUOTE = re.compile(r"(?i)(?<![\w\-])(?:stichting|vereniging|coöperatie|cooperatie|[a-z]*organisatie|"
                               r"[a-z]*instelling|[a-z]*aanbieder|corporatie|woningcorporatie)[ \t]*$")
# "de Perspectiefnota 2018 ‘X’", "het coalitieakkoord “Y”": the quote is the title of the report's own paper trail.
STUDY_BEFORE_QUOTE = re.compile(r"(?i)(?<![\w\-])(?:onderzoek|onderzoeksrapport|rapport|studie|artikel|boek|publicatie|"
                                r"proefschrift)[ \t]+$")
DOCUMENT_BEFORE_QUOTE = re.compile(rf"(?i)(?<![\w\-])(?:{ref.cycle_words(*ref.cycle_kinds())}|"
                                   r"coalitieakkoord|collegeakkoord|bestuursakkoord|coalitieprogramma|collegeprogramma|"
                                   rf"raadsprogramma|coalitieagenda)(?:[ \t]+{YEAR_SPAN})?"
                                   r"[ \t]*[:,]?[ \t]*$")
# "het college heeft voor zijn collegeprogramma de titel gekozen ‘X’": the coalition's own document by its title
OWN_DOCUMENT_TITLED = re.compile(r"(?i)(?:coalitie|college|bestuurs|raads)(?:akkoord|programma)\b[^.!?\n‘“'\"]{0,40}?"
                                 r"\b(?:titel|getiteld|genaamd|noemer)\b[^.!?\n‘“'\"]{0,20}$")
# the coalition's, college's and council's own documents, whatever title follows them: "Coalitieprogramma 2018-2022 ‘X’"
OWN_DOCUMENT_TYPE = re.compile(r"(?i)(?:coalitie|college|bestuurs|raads)(?:akkoord|programma|agenda)")
# "Hoofddoel van het programma is ‘Iedereen doet mee’", "onze ambitie luidt: “X”": an aim, no undertaking.
AIM_BEFORE_QUOTE = re.compile(r"(?i)\b(?:hoofddoel|doel|doelstelling|ambitie|missie|uitgangspunt|kernwaarde)\b"
                              r"[^.!?\n‘“'\"]{0,80}\b(?:is|luidt|was)[ \t]*:?[ \t]*$")
# "‘Samen doen’ is het belangrijkste credo", "“X” zit in ons DNA": a quote called a motto is a slogan, no undertaking.
# what someone says, the speaker after it: "“Hier zijn we blij mee”, zegt wethouder X", "'...', aldus de burgemeester"
SPOKEN_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:zegt|zei|vindt|vond|aldus|stelt|meldt|vertelt|benadrukt|licht|legt|reageert)\b")
# a part of the page, the document or the site, named in quotes: "Hier staat informatie over: “Aanvragen”"
SECTION_BEFORE_QUOTE = re.compile(r"(?i)(?:informatie[ \t]+over|het[ \t]+onderdeel|de[ \t]+rubriek|het[ \t]+tabblad|de[ \t]+knop|"
                                  r"de[ \t]+kop|(?:via|in|op)[ \t]+ons(?:[ \t]+online)?)[ \t]*:?[ \t]*$")
SLOGAN_AFTER = re.compile(r"[^.!?\n]{0,60}?\b(?:credo|motto|devies|slogan|adagio|lijfspreuk|mantra|DNA)\b")
# (words in lower case after the years, or another document joined by "en": "de kadernota X 2030-2034 en de
# Algemene subsidieverordening")
AFTER_YEARS = re.compile(rf"({YEAR_SPAN})(?:(?:[ \t]+[a-zà-ÿ][\w-]*)+|[ \t]+en[ \t]+(?:de|het)[ \t]+[A-Z].*)$")
ADJECTIVE = re.compile(r"^[A-Z][a-zë]+(?:e|aal|eel|isch|ig)$")  # "Sociaal", "Sociale", "Gezonde"
LOWER_RUN_ON = re.compile(r"[ \t]+(?!(?:" + "|".join(sorted(STOP_TAIL)) + r")\b)[a-zë]{3,}\b")
SECTOR_ENUM = re.compile(r"(?:,[ \t]+[A-Z][a-zë]+)+[ \t]+(?:en|&)[ \t]+[A-Z][a-zë]+\b(?![ \t]+[A-Z])")
TYPE_WORD_RUN = re.compile(r"(?<![\w\-])([\wëïéè\-]*" + TYPE_SUFFIX + r")(?![\wëïéè])[ \t\u00a0]*(?:\|\s*)?(?=\S)")
TYPE_SUFFIXES = tuple(TYPE_SUFFIX[3:-1].split("|"))


def _type_word_starts(text: str) -> set[int]:
    """Where TYPE_WORD_RUN can match: the start of the word (hyphens included) around each type suffix."""
    out = set()
    for suf in TYPE_SUFFIXES:
        for q in occurrences(text, suf):
            out.add(back_over(text, q, "-", word=True))
    return out


# A list item that a capitalised type word opens, its lower-case rest running to the line's end (two to six words, no
# sentence): "• Project fietsen voor ouderen", "- Pilot taal in de wijk"
TYPE_ITEM = re.compile(r"(?m)^[ \t]*[•●▪◦·\-–*][ \t]*((?:Project|Pilot|Campagne|Traject|Actieplan)[ \t]+"
                       r"(?:[a-zà-ÿ][\w\-]*[ \t]+){1,5}[a-zà-ÿ][\w\-]*)[ \t]*$")


def _c_type_item(ctx: InitContext):
    """2b. a list item a capitalised type word opens, whole: "• Project fietsen voor ouderen" """
    for m in TYPE_ITEM.finditer(ctx.text):
        yield _icand(m.group(1), m.start(1), m.end(1), m.group(1).split()[0].lower(), 0.6)


# a partner after a name in lower case: "met de Voedselbank", "samen met het Leger des Heils"
PARTNER_AFTER = re.compile(r"[ \t]+(?:samen[ \t]+)?met[ \t]+(?:de|het)[ \t]+[A-Z]")
# an adjective of a country, province or region ("Europese", "Nederlandse", "Brabantse", "Friese", "Zeeuwse")
PLACE_ADJECTIVE = re.compile(r"[A-Z][a-zë]+(?:se|sche|ese)")


# when something happens, after a document's name: "stelt het Werkplan medio 2031 vast"
TIME_TAIL = re.compile(r"(?i)(?:begin|eind|medio|halverwege|voorjaar|najaar|zomer|vanaf|sinds|per)[ \t]+(?:19|20)\d\d\b")


def _c_type_word(ctx: InitContext):
    """2. type word + name: "wijkvisie Vogelbuurt", "traject Jonge Helden", "pilot bewegen voor ouderen" """
    text, blocked, places = ctx.text, ctx.blocked, ctx.places
    for m in anchored_finditer(TYPE_WORD_RUN, text, _type_word_starts(text)):
        typ = m.group(1)
        if OWN_DOCUMENT_TYPE.fullmatch(typ):
            continue  # the coalition's or college's own programme, whatever its title
        rest = text[m.end():m.end() + 120]
        if rest[:1] in "‘'“\"":
            continue
        lower_ok = bool(LOWER_TAIL_TYPES.match(typ))
        named = bool(re.match(r"[A-Z][\w]*-", typ))  # "IZA-akkoord vullen elkaar aan": the name is complete
        tail = _name_tail(rest, lower_ok=(lower_ok or typ[:1].isupper()) and not named, keep_connectors=lower_ok)
        place = PLACE_OPENING.match(tail)
        if place and _is_place(place.group(1)):
            tail = place.group(1)  # "het Armoedepact Putten in Het Anker", "het Armoedepact Putten begint": the place closes it
        partner = PARTNER_AFTER.search(tail) if tail and not tail[:1].isupper() else None
        if partner:
            tail = tail[:partner.start()]  # "de pilot schuldregie met de Voedselbank": the partner is no part
        title = _heading_title(text, rest, tail)
        if title:
            tail = title  # "Het beleidskader Erbij horen en Meedoen! is ...": the heading the page gives it
        more = SECTOR_ENUM.match(rest, len(tail)) if tail and tail[:1].isupper() and " " not in tail else None
        if more:
            tail = rest[:more.end()]  # "Akkoord Wonen, Zorg en Sport": the title names its domains
        if tail and tail[:1].isupper() and (bang := EXCLAIMED_REST.match(rest, len(tail))):
            tail = rest[:bang.end()]  # "de campagne Praat erover!": a title that exclaims runs to its mark
        if tail:  # "Transformatieplan Jeugd 2022-2025 vastgesteld": a name ends with its years
            tail = AFTER_YEARS.sub(r"\1", tail)
        sub = QUOTED_AFTER.match(rest, len(tail)) if tail else None
        quoted = sub.group(0).strip()[1:-1].strip() if sub else None
        if sub:
            tail = rest[:sub.end()]  # 'Beleidsplan Sociaal Domein "Maatwerk voor onze inwoners"': the title quoted
        if not tail:
            continue
        paired = len(tail.split()) == 1 and (PAIR_AFTER.match(rest, len(tail))
                                             or PAIR_BEFORE.search(text, max(0, m.start() - 80), m.start()))
        if not tail[:1].isupper() and (not (lower_ok or typ[:1].isupper())
                                       or (len(tail.split()) < 2 and not partner and not paired)):
            continue  # (one plain word names a plan where another of its kind is named beside it: "de pilot A en
            # de pilot B")
        if typ.lower() == "kader" and tail.split()[0] == "van":
            continue  # "in het kader van de vergelijkbaarheid": as part of, no framework
        if tail.split()[0] in CLAUSE_WORDS or PARTICIPLE_EERD.fullmatch(tail.split()[0]) or TIME_TAIL.match(tail):
            continue  # "de Verbeteragenda dan hun werking", "de kadernota gepresenteerd", "het Werkplan medio 2031
            # vaststellen": the sentence goes on
        if tail.split()[-1] in READ_VERBS:
            continue  # "kunt u de Zorgvisie volledig lezen": the sentence goes on to what the reader may do
        if tail.split()[0] in PREPOSITION_AFTER_NAME and typ[:1].isupper():
            continue  # "vanuit het Maatjesproject naast de zorg": the named compound alone (its own candidate)
        if typ.lower() in {"plan", "kader", "model", "concept", "week", "dag", "overleg", "werkwijze", "platform"} \
                and not typ[:1].isupper():
            if not tail[:1].isupper():
                continue
        start = m.start()
        prefix = re.search(r"(?<=[a-z,;:] )([A-Z][a-zë]+)[ \t]+$", text[max(0, start - 30):start])
        name = typ[:1].upper() + typ[1:] + " " + tail
        if prefix and (typ[:1].islower() or ADJECTIVE.match(prefix.group(1))) and ref.fold(prefix.group(1)) not in blocked \
                and ref.fold(prefix.group(1)) not in ref.demonym_index()[1] \
                and not (typ[:1].islower() and PLACE_ADJECTIVE.fullmatch(prefix.group(1))):
            # ("het Haarlemse programma X", "het Europese project X": whose, or where, not the name's)
            # ("Regionaal Transformatieplan Jeugd": an adjective before a capitalised type word is the name's too)
            name = prefix.group(1) + " " + typ + " " + tail  # "Vernieuwing agenda Jeugd"
            start -= len(prefix.group(0))
        tail_parts = re.split(r"\s+en\s+", tail)
        if len(tail_parts) > 1 and all(ref.fold(x) in places for x in tail_parts):
            for x in tail_parts:  # "wijkvisie Oostdorp-Noord en Westerveld-Zuid": one plan per area
                yield _icand(typ[:1].upper() + typ[1:] + " " + x, m.start(), m.end() + len(tail), typ.lower(), 0.7,
                             filters=())
            continue
        # (a generic subject with the plan's period names the plan too: "Beleidsplan sociaal domein 2025-2029"; not
        # in brackets after another plan's name, which it describes: "kader X (beleidsplan Wmo 2012-2016)")
        compound = (typ.lower() not in TYPE_SUFFIXES and len(typ) > 8) \
            or (bool(PERIOD_END.search(tail)) and text[m.start() - 1:m.start()] != "(")
        first = tail.split()[0]
        law_subject = compound and " " in tail and _f_inside_law(ctx, Cand(first, m.end(), m.end() + len(first), 0.0,
                                                                               at=m.end()))
        # (a compound plan by its place: "Armoedepact Putten", "Woonvisie Ermelo")
        tail_filters = COMPOUND_LAW_TAIL_OK if law_subject else COMPOUND_TAIL_OK if compound else TAIL_OK
        tail_ok = prefix or ref.fold(tail) in places or (compound and " " not in tail and _is_place(tail)) \
            or _ok(ctx, tail, m.end(), tail_filters)
        drop = None if tail_ok else "tail_not_a_name"
        dated = DATED_RUN_ON.match(text, m.end() + len(tail)) if " " not in tail and tail[:1].isupper() else None
        if dated:  # "de visie Sociale veerkracht (2019)": a title in sentence case, dated by its year
            tail += dated.group(1)
            name += dated.group(1)
        elif " " not in tail and ADJECTIVE.search(tail) and LOWER_RUN_ON.match(text, m.end() + len(tail)):
            drop = drop or "runs_on_in_lower_case"  # "programma Sociaal domein": a topic cut in two, no title
        if quoted:  # the document is named by its quoted title, as the text names the whole span
            yield _icand(quoted, start, m.end() + len(tail), typ.lower(), 0.85, at=m.end() + len(tail) - len(quoted) - 1)
            continue
        yield _icand(name, start, m.end() + len(tail), typ.lower(), 0.7, dropped_by=drop)


PERIOD_END = re.compile(r"(?<![\d.,])(?:19|20)\d\d[ \t]*[-–/][ \t]*(?:19|20)?\d\d$")
DATED_RUN_ON = re.compile(rf"((?:[ \t]+[a-zà-ÿ]{{3,}}){{1,3}})[ \t]*\({YEAR_SPAN}\)")
EXCLAIMED_REST = re.compile(r"(?:[ \t]+[a-zà-ÿ]+){1,3}!")
TITLE_LINE = re.compile(r"(?m)^[ \t]*([A-Z][^\n.:;?|]{4,90}?)[ \t]*$")


@lru_cache(maxsize=4)
def _title_lines(text: str) -> dict[str, list[str]]:
    """The page's title lines (2-12 words, capitalised, no sentence end), by their first word."""
    out: dict[str, list[str]] = {}
    for m in TITLE_LINE.finditer(text):
        title = m.group(1)
        if 2 <= len(title.split()) <= 12:
            out.setdefault(title.split()[0], []).append(title)
    return out


def _heading_title(text: str, rest: str, tail: str) -> str | None:
    """A capitalised tail that opens a title line of the page, where the text after the type word goes on with
    that whole line: the line is the whole title ("Het beleidskader Erbij horen en Meedoen! is ...")."""
    if not tail or not tail[:1].isupper():
        return None
    for title in _title_lines(text).get(tail.split()[0], ()):
        if len(title) > len(tail) and rest.startswith(title) and not rest[len(title):len(title) + 1].isalnum():
            return title
    return None


TYPE_COMPOUND = re.compile(rf"(?<=[a-zA-Z,;:)’'”] )([A-Z][\wëï]{{3,}}{TYPE_SUFFIX})(?:[ \t]+((?:19|20)\d\d(?:-(?:19|20)\d\d)?"
                           # ... or its version: "de Ouderenagenda 2.0"
                           # (not a section's number before its title: "Dorpsagenda 4.2 Het vervolg")
                           r"|\d\.\d(?![\d.,])(?![ \t]+[A-Z])))?(?![\w\-])")
# The compound of a TYPE_COMPOUND match is a whole word (a space before it, no word character after it): only the
# words that are such a compound are tried.
TYPE_COMPOUND_WORD = re.compile(rf"[A-Z][\wëï]{{3,}}{TYPE_SUFFIX}")


def _c_type_compound(ctx: InitContext):
    """3. capitalised compound ending in a type word, mid-sentence: "Schuldentafel", "Ouderenagenda 2023-2026" """
    for m in anchored_finditer(TYPE_COMPOUND, ctx.text, words_where(ctx.text, TYPE_COMPOUND_WORD.fullmatch)):
        if m.group(1).lower() in WEEKDAYS:
            continue  # "op Zaterdag": a day, not a -dag event
        start = m.start()
        if ctx.text[start - 2].isupper():
            acronym = ACRONYM_BEFORE.search(ctx.text, max(0, start - 12), start)
            if not acronym:
                continue  # a capitalised run goes on into the compound: the run step reads it
            start = acronym.start(1)  # "de MRA Regiodeal": the region's or body's acronym is part of the name
        if start > 3 and ctx.text[start - 3:start] == "en ":  # an elliptic compound: "het Sport- en Preventieakkoord"
            e = ELLIPTIC_BEFORE.search(ctx.text, max(0, start - 40), start)
            if e:
                start = e.start()
        yield _icand(ctx.text[start:m.end()], start, m.end(), None, 0.6)


ACRONYM_BEFORE = re.compile(r"(?<=[a-z,;:] )([A-Z]{2,5})[ \t]$")
ELLIPTIC_BEFORE = re.compile(r"(?<![\w\-])[A-Z][\wëï]+-[ \t]+en[ \t]+$")


# A capitalised compound ending in "pas" mid-sentence: a local scheme's card ("de Dorpenpas", "de Meedoenpas").
PASS_COMPOUND = re.compile(r"(?<=[a-z,;:)’'”] )[A-Z][a-zëï]{3,}pas(?![\w\-])")


# A name the text itself calls an initiative or project of someone: "Balkonbingo (een initiatief van een inwoner)",
# "Buurtkracht is een project van de bibliotheek".
CALLED_INITIATIVE = re.compile(r"(?:(?<=^)|(?<=[\n•▪·*:;(])|(?<=[.!?][ \t]))[ \t\-–]*(?:(?:Het|De)[ \t]+)?"
                               r"(?P<name>[A-Z][\w’'\-]*(?:[ \t]+(?:(?:van|voor|in|op|de|het)[ \t]+)?[A-Z0-9][\w’'\-]*){0,4})"
                               r"[ \t]*(?:\([ \t]*|is[ \t]+)(?:een|het)[ \t]+(?:initiatief|project|idee)[ \t]+van\b")


def _c_called_initiative(ctx: InitContext):
    """3c. a name the text calls an initiative or project of someone: "Balkonbingo (een initiatief van ...)" """
    text = ctx.text
    cues = sorted(q for cue in ("initiatief van", "project van", "idee van") for q in occurrences(text, cue)
                  if text[max(0, q - 4):q] in ("een ", "het "))
    for q in cues:
        line = text.rfind("\n", 0, q) + 1
        for m in CALLED_INITIATIVE.finditer(text, line, q + 20):
            if m.end() >= q and m.group("name").split()[0].lower() not in STOP_WORDS:  # not "Er is een initiatief"
                yield _icand(m.group("name"), m.start("name"), m.end("name"), None, 0.6)


def _c_pass_compound(ctx: InitContext):
    """3b. a capitalised compound ending in -pas mid-sentence: a scheme's card ("Meedoenpas")"""
    for m in anchored_finditer(PASS_COMPOUND, ctx.text, words_where(ctx.text, lambda w: w.endswith("pas")
                                                                        and w[:1].isupper())):
        yield _icand(m.group(0), m.start(), m.end(), None, 0.6)


WEEKDAYS = frozenset({"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"})


# "Week van de Ontmoeting", "Festival der Ontmoeting", "Dag van de Mantelzorg", "Jaar vol Ontmoeting": a capitalised
# word of a recurring event, a preposition (and article) and a capitalised name: the event's title.
EVENT_TITLE = re.compile(r"(?<![\w\-])(?:Week|Dag|Maand|Jaar|Nacht|Festival|Feest|Avond|Middag)[ \t]+"
                         r"(?:van|voor|der|tegen|vol|zonder)(?:[ \t]+(?:de|het|der|den))?[ \t]+"
                         r"[A-Z][\wëï\-]+(?:[ \t]+[A-Z][\wëï\-]+)*")


def _c_event_title(ctx: InitContext):
    """3c. events by their title: "de Week van de Ontmoeting", "het Festival der Ontmoeting" """
    starts = {q for w in ("Week", "Dag", "Maand", "Jaar", "Nacht", "Festival", "Feest", "Avond", "Middag")
              for q in occurrences(ctx.text, w + " ")}
    for m in anchored_finditer(EVENT_TITLE, ctx.text, starts):
        yield _icand(m.group(0), m.start(), m.end(), "evenement", 0.6)


# "Verankering van DURF! en het ...", "met Zwolle Beweegt! hebben we": an exclamation mark that a lower-case word
# follows ends no sentence; it belongs to the name (a campaign's or programme's).
EXCLAMATION_NAME = re.compile(r"(?<![\w\-!])([A-Z][\wëï]*(?:[ \t]+[A-Z][\wëï]*){0,3}!)(?=[ \t]+[a-zë])")


def _c_exclamation(ctx: InitContext):
    """3e. a capitalised name closed by an exclamation mark inside a sentence: "DURF!", "Zwolle Beweegt!" """
    text = ctx.text
    for q in occurrences(text, "!"):
        lo = max(0, q - 60)
        starts = [i for i in range(lo, q) if text[i].isupper() and (i == 0 or text[i - 1] in " \t\n(")]
        for start in starts:  # farthest first: the longest name that ends at this mark
            m = EXCLAMATION_NAME.match(text, start)
            if m and m.end() == q + 1:
                yield _icand(m.group(1), m.start(1), m.end(1), "campagne", 0.55)
                break


CAMPAIGN = re.compile(r"(?<![\w\-])([a-z]{4,}campagne)(?![\w\-])")
CAMPAIGN_WORD = re.compile(r"[a-z]{4,}campagne")  # a CAMPAIGN match is a whole word


# the campaign's own name right after the compound: "de beweegcampagne 'Dalwijk Beweegt!'", "... campagne Fit Dalwijk!"
CAMPAIGN_NAMED = re.compile(r"\s+(?:['‘\"“]\s*[A-Z]|[A-Z][^.!?\n]{0,40}!)")


def _c_campaign(ctx: InitContext):
    """4. lower-case compounds of a campaign: "mantelzorgcampagne"; not one followed by its name (the name is the
    initiative)"""
    for m in anchored_finditer(CAMPAIGN, ctx.text, words_where(ctx.text, CAMPAIGN_WORD.fullmatch)):
        if CAMPAIGN_NAMED.match(ctx.text, m.end()):
            continue
        yield _icand(m.group(1)[0].upper() + m.group(1)[1:], m.start(), m.end(), "campagne", 0.5)


_HYPHEN_TYPES = (r"(?:[Pp]roject|[Aa]anpak|[Mm]ethode|[Pp]rogramma|[Cc]ampagne|[Pp]ilot|[Rr]egeling|[Aa]kkoord|[Aa]genda"
                 r"|[Dd]eal|[Tt]raject|[Ff]estival|[Ww]eek|[Pp]lan|[Vv]isie)")
HYPHEN_TYPE = re.compile(rf"(?<![\w\-])([A-Z][\w]*-{_HYPHEN_TYPES})(?![\w\-])")
HYPHEN_TYPE_WORD = re.compile(_HYPHEN_TYPES)


def _hyphen_type_starts(text: str) -> set[int]:
    """Where a HYPHEN_TYPE match can start: its type word is a whole word after the hyphen, and the name before the
    hyphen a whole word too, so the match starts where the word before such a hyphen does."""
    return {back_over(text, p - 1, word=True) for p in words_where(text, HYPHEN_TYPE_WORD.fullmatch)
            if p and text[p - 1] == "-"}


def _c_hyphen_type(ctx: InitContext):
    """5. acronym/name + "-project" / "-aanpak" / "-Festival": "BUUR-project", "JIM-aanpak", "XL-Festival" """
    for m in anchored_finditer(HYPHEN_TYPE, ctx.text, _hyphen_type_starts(ctx.text)):
        acronym = m.group(1).split("-", 1)[0]
        national = acronym in _national_acronyms()  # "IZA-akkoord" is the national IZA (step national)
        end = m.end()
        spelled = SPELLED_OUT.match(ctx.text, end)
        name = m.group(1)
        if spelled and _spells(spelled.group(1), acronym):
            end = spelled.end()  # "BOM-aanpak (buurt ouders mentor)": the acronym spelled out is part of the name
            name = ctx.text[m.start():end]
        elif acronym.isupper() and (elsewhere := _spelled_elsewhere(ctx.text, acronym)):
            name = f"{name} ({elsewhere})"  # "BOM (buurt ouders mentor)" further on spells out "de BOM-aanpak"
        yield _icand(name, m.start(), end, None, 0.7, dropped_by="national_acronym" if national else None)


def _spells(words: str, acronym: str) -> bool:
    return "".join(w[0] for w in words.split()).upper() == acronym.upper()


def _spelled_elsewhere(text: str, acronym: str) -> str | None:
    for q in occurrences(text, acronym + " ("):
        m = SPELLED_OUT.match(text, q + len(acronym))
        if m and _spells(m.group(1), acronym) and (q == 0 or not is_word(text[q - 1])):
            return " ".join(m.group(1).split())
    return None


SPELLED_OUT = re.compile(r"[ \t]*\(([^\W\d][\w’'\-]*(?:[ \t]+[^\W\d][\w’'\-]*){1,6})\)")


HASHTAG = re.compile(r"(?<![\w&])#([A-Za-z][\w]{2,})")


def _c_hashtag(ctx: InitContext):
    """6. hashtags naming a scheme or method"""
    for m in anchored_finditer(HASHTAG, ctx.text, occurrences(ctx.text, "#")):
        name = "#" + m.group(1)
        yield _icand(name, m.start(), m.end(), None, 0.7,
                     dropped_by="known_entity" if ref.fold(name) in ctx.blocked else None)


# A local platform by its web address in running text: "via www.XDoet.nl", "het platform xkanmeer.nl". Not the
# municipality's own site (its name, "gemeente" before it), a country-wide portal or a report site (digits in it).
WEB_ADDRESS = re.compile(r"(?i)(?<![\w@/.\-])((?:www\.)?([a-z][a-z0-9\-]{3,40})\.(?:nl|frl|org|com|eu|info))(?![\w/\-]|\.\w)")
# ... nor an address given as where to read more or as a figure's source: after "kijk op", "ga naar", "zie", "op de
# (web)site", "website van X:", "digitaal:", "bron:", an icon opening its line; before "(externe link)"; in brackets
# closing a measure's line ("Percentage eenzame ouderen (www.x.nl)")
CONTACT_BEFORE = re.compile(r"(?i)(?:\bbron|\bdigitaal|\b(?:web)?site(?:[ \t]+van[ \t]+[^:\n]{1,60}:)?|\bkijk(?:t|en)?[ \t]+"
                            r"(?:dan[ \t]+)?op|\bga(?:at)?[ \t]+naar|\bzie)[ \t]*:?[ \t]*$|^[^\w\s(]{1,3}[ \t]*$")
EXTERNAL_LINK_AFTER = re.compile(r"[ \t]*\((?:externe[ \t]+)?link\)")
MEASURE_SOURCE = re.compile(r"(?i)^[^\w\n]*(?:percentage|aantal|aandeel|score|gemiddeld|gemiddelde)\b[^\n]*\($")
NATIONAL_PORTALS = frozenset(("waarstaatjegemeente", "rijksoverheid", "overheid", "wetten", "cbs", "rivm",
                              "volksgezondheidenzorg", "zorgkaartnederland", "regelhulp", "mijnoverheid", "digid",
                              "belastingdienst", "uwv", "svb", "werk", "google", "facebook", "instagram", "linkedin",
                              "twitter", "youtube", "x"))


def _c_web_platform(ctx: InitContext):
    """6b. a local platform by its web address (www.XDoet.nl)"""
    text = ctx.text
    for needle in (".nl", ".frl", ".org", ".com", ".eu", ".info"):
        for q in occurrences(text, needle):
            start, floor = q, max(0, q - 50)  # (an address is short: the walk back stays bounded)
            while start > floor and (text[start - 1].isalnum() or text[start - 1] in ".-"):
                start -= 1
            m = WEB_ADDRESS.match(text, start)
            if not m or m.end() != q + len(needle):
                continue
            label = m.group(2).lower()
            if any(c.isdigit() for c in label) or label in NATIONAL_PORTALS or label.startswith("gemeente") \
                    or ref.squashed(label) in ref.gemeenten_by_squashed_name():
                continue
            line_start = text.rfind("\n", 0, m.start(1)) + 1
            before = text[max(line_start, m.start(1) - 80):m.start(1)]
            if CONTACT_BEFORE.search(before) or EXTERNAL_LINK_AFTER.match(text, m.end(1)) \
                    or MEASURE_SOURCE.search(text[line_start:m.start(1)]):
                continue
            yield _icand(m.group(1), m.start(1), m.end(1), None, 0.6)


# A plan named by the place it is for: "de dorpsvisie in X", "een masterplan in X-Oost" (a kern or wijk of the report's
# municipality)
PLAN_IN_PLACE = re.compile(r"\b([a-z]{2,}(?:visie|plan|agenda))[ \t]+in[ \t]+([A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)?)")


def _plan_in_place_starts(text: str) -> list[int]:
    """Where PLAN_IN_PLACE can match: at a word ending in visie, plan or agenda (the pattern's first group is that
    whole word)."""
    return words_where(text, lambda w: w.endswith(("visie", "plan", "agenda")))


def _c_plan_in_place(ctx: InitContext):
    """6c. a lower-case plan and the kern or wijk it is for (de gebiedsvisie in X)"""
    for m in anchored_finditer(PLAN_IN_PLACE, ctx.text, _plan_in_place_starts(ctx.text)):
        place = m.group(2)
        if ref.fold(place) not in ctx.places:
            place = place.split()[0]  # ("in X en ...": the place is the first word)
            if ref.fold(place) not in ctx.places:
                continue
        name = f"{m.group(1)} in {place}"
        yield _icand(name, m.start(), m.start() + len(name), m.group(1), 0.7)


# ("in de" / "op het" may join two capitalised words too: "Samen Sterk in de Wijk", "Gezond in de Stad"; not before a
# place, see _c_capitalised_run)
CAPITALISED_RUN = re.compile(rf"(?<=[a-zëï0-9,;:)’'”] )({CAPWORD}(?:[ \t]+(?:(?:in|op)[ \t]+(?:de|het)[ \t]+|"
                             rf"(?:{'|'.join(CONNECT)})[ \t]+)?{CAPWORD})+)")
# "in de" / "op het" and a place after it: where the title stands, not part of it ("Festival X in het Y-kwartier")
_IN_PLACE = re.compile(r"[ \t]+(?:in|op)[ \t]+(?:de|het)[ \t]+(?P<place>\S.*)$")
_RUN_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyzëï0123456789,;:)’'”")  # the look-behind's class, then a space


def _capitalised_run_starts(text: str) -> list[int]:
    """Where a CAPITALISED_RUN match can start: a capital that starts a word, after a space after one of the
    characters of its look-behind."""
    return [p for p in cap_starts(text) if p >= 2 and text[p - 1] == " " and text[p - 2] in _RUN_BEFORE]


_LINE_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_SENTENCE_END = re.compile(r"[a-zà-ÿ)][.!?](?:[ \t]+[A-Z]|[ \t]*$)", re.M)


def _headings_run_together(text: str, at: int, seen: dict) -> bool:
    """Whether the line at `at` is headings run together, a copy's table of contents or menu without its line breaks
    ("Bestuur Loket Veilig Putten Toezicht Handhaving en boetes Zorgzaam Putten Jeugd Sport ..."): fifteen words
    or more, half of them or more capitalised (a sentence capitalises a few), and no sentence ends there (`seen`:
    the last line read, its bounds and verdict)."""
    if not seen.get("start", 0) <= at < seen.get("end", 0):  # (each line read once, the runs come in order)
        a, b = text.rfind("\n", 0, at) + 1, text.find("\n", at)
        b = len(text) if b < 0 else b
        words = _LINE_WORD.findall(text, a, b)
        seen.update(start=a, end=b, verdict=len(words) >= 15 and 2 * sum(w[0].isupper() for w in words) >= len(words)
                    and not _SENTENCE_END.search(text, a, b))
    return seen["verdict"]


def _c_capitalised_run(ctx: InitContext):
    """7. runs of two or more capitalised words, mid-sentence, that are nothing else"""
    text = ctx.text
    lines: dict = {}
    for m in anchored_finditer(CAPITALISED_RUN, text, _capitalised_run_starts(text)):
        if _headings_run_together(text, m.start(1), lines):
            continue  # a run there joins the ends of headings, no title
        name = _cut_at_bare_article(_trim_connectors(m.group(1)))
        at = _IN_PLACE.search(name)
        if at and ref.fold(at.group("place")) in ctx.places:
            name = name[:at.start()]
        if len(name.split()) < 2 or name.isupper() or name.split()[0].isupper():
            continue  # (an acronym, or a section's letter or numeral, "V Gebruikte bronnen", opens no title)
        if BRACKET_WORD_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1)):
            continue  # "SAMEN (Senioren Actief Met Elkaar)": an acronym's words cut after the first (a run needs a space)
        more = SECTOR_ENUM.match(text, m.start(1) + len(name)) \
            if len(name.split()) == 2 and TYPE_WORD.match(name.split()[0]) else None
        if more:
            name = text[m.start(1):more.end()]  # "het Pact Sport, Cultuur en Ontmoeting": the title names its domains
        drop = _not_a_title(ctx, name, m.start(1))
        if drop == "holds_an_organisation":
            first, sep, _rest = name.partition(" en ")
            if sep and len(first.split()) >= 2 and TYPE_WORD.match(first.split()[0]) \
                    and not _not_a_title(ctx, first, m.start(1)):
                # "de Pilot Leerwerkplek en RTA Rivierland": the title, and the body it is named with
                yield _icand(first, m.start(1), m.start(1) + len(first), None, 0.5)
        if drop:
            yield _icand(name, m.start(1), m.start(1) + len(name), None, 0.5, dropped_by=drop)
            continue
        parts = re.split(r"\s*,\s*|\s+en\s+|\s+&\s+|\s+in\s+|\s+met\s+", name)  # ("regio X met Zwolle")
        if DETERMINER_OPENING.match(name) or ref.fold(parts[0]) in PROVINCES:
            continue
        if len(parts) == 2 and all(len(x.split()) == 1 for x in parts) and " en " in name:
            continue  # "Weezenhof en Meijhorst": a list of names, not one title
        part_known = any(ref.fold(x) in ctx.blocked or ref.fold(x.split()[0]) in ctx.blocked for x in parts if x)
        drop = "part_is_known_entity" if part_known else None
        if ARTICLE_NAME_AFTER_EN.search(name):
            drop = drop or "two_names"  # "X en De Y": the article opens a second name (a venue, a body)
        if LIST_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1)):
            drop = drop or "in_a_list_of_words"  # "Zorg, Jeugd, Passend Onderwijs en Werk": domains listed
        if (_heading_end(text, m.start(1) + len(name)) or _row_label(text, m.start(1) + len(name))) \
                and _written_lower(text, name):
            # "Ombuigingen Bestaand Beleid" as a heading where the text also says "bestaand beleid"
            drop = drop or "phrase_in_lower_case"
        if not drop and TYPE_WORD.match(name.split()[-1]) and (dated := PERIOD_AFTER.match(text, m.start(1) + len(name))):
            name += dated.group(0)  # "de Gezonde Agenda 2031-2034": the plan of that period (another edition
            # has another)
        start = m.start(1)
        counted = COUNT_BEFORE_YEARS.search(text, max(0, start - 6), start) if name.startswith("Jaar ") else None
        if counted:  # "80 Jaar Vrijheid": the count is the title's
            name, start = text[counted.start(1):start] + name, counted.start(1)
        yield _icand(name, start, start + len(name), None, 0.5, dropped_by=drop)


PERIOD_AFTER = re.compile(rf"[ \t]+{YEAR_SPAN}(?![\d\-–])")
COUNT_BEFORE_YEARS = re.compile(r"(?<![\w.,])(\d{1,3}[ \t]+)$")
BRACKET_WORD_BEFORE = re.compile(r"\b[A-Z]{2,}[ \t]*\([A-Z][\w\-’']*[ \t]+$")


def _heading_end(text: str, end: int) -> bool:
    """Whether a run closes its line, as a heading's last words do."""
    nl = text.find("\n", end, end + 40)
    return (nl != -1 and not text[end:nl].strip()) or not text[end:end + 40].strip()


# the cells after a table row's label: amounts to the line's end ("Aantal verstrekkingen X Y 1.204 980")
ROW_CELLS_AFTER = re.compile(r"(?:[ \t]+[-–]?(?:€[ \t]*)?\d[\d.,]*\**%?)+[ \t]*(?:\n|$)")


def _row_label(text: str, end: int) -> bool:
    """Whether a run closes a table row's label, amounts after it to the line's end."""
    return bool(ROW_CELLS_AFTER.match(text, end))


def _written_lower(text: str, name: str) -> bool:
    """Whether the text also writes the whole run in lower case: a heading's capitals, not a title's."""
    low = name.lower()
    if low == name:
        return False
    n = len(low)  # the first word looked up in the text's word index, not the whole text scanned per run
    return any(text.startswith(low, q) and not _word_char(text[q + n:q + n + 1])
               for q in word_starts(text, (low.split()[0],), whole=True))


def _word_char(c: str) -> bool:
    return bool(c) and (c.isalnum() or c in "_-")


# An article or quantifier opens a noun phrase, not a title ("Alle Utrechters", "Onze Wijkteams", "Deze Regeling").
DETERMINER_OPENING = re.compile(r"^(?:De|Het|Een|Alle|Onze|Deze|Elke|Iedere|Ieder|Geen|Beide|Andere|Diverse|"
                                r"Verschillende|Meerdere|Enkele|Veel|Sommige)\s")
ARTICLE_NAME_AFTER_EN = re.compile(r"\sen\s(?:De|Het)\s[A-Z]")

# A one-word item before it, itself after a comma or colon: "Zorg, Wmo, Jeugd, Passend Onderwijs en Werk".
LIST_BEFORE = re.compile(r"[,:][ \t]+[A-Z][\w\-]*,[ \t]+$")

# Evidence that a run of capitalised words is no title of its own. Each holds for any Dutch report.
PREPOSITIONS = {"van", "voor", "in", "op", "naar", "aan", "met", "tot", "uit", "bij", "over", "door", "om"}
TUSSENVOEGSELS = {"de", "van", "der", "den", "ter", "ten", "te", "het", "'t", "in", "op", "el", "la", "le", "du"}


OFFICE_WORD = re.compile(rf"(?i){OFFICE}")
# A person addressed: "Mevrouw J. de Wit", "de heer Van Dam"
HONORIFIC = re.compile(r"(?:Mevrouw|Mevr\.?|Mw\.?|Meneer|Dhr\.?|De[ \t]+heer)(?![\w])")
HONORIFIC_BEFORE = re.compile(r"(?<![\w])(?:[Mm]evrouw|[Mm]evr\.|[Mm]w\.|[Mm]eneer|[Dd]hr\.|[Dd]e[ \t]+heer)[ \t]+$")
# A first name and a surname, and one of them listed right after or before it
PERSON_SHAPE = re.compile(r"[A-Z][a-zà-ÿ]+[ \t][A-Z][a-zà-ÿ\-]+")
_LIST_JOIN = r"(?:[ \t]*,[ \t]*|[ \t]+en[ \t]+)"
_SURNAME = r"(?:(?:de|van|der|den|ter|ten|het)[ \t]+)*[A-Z][a-zà-ÿ\-]+"
# whom to write or call: "mail naar A B", "neem contact op met A B", "bel met A B"
CONTACT_PERSON_BEFORE = re.compile(r"(?i)\b(?:mail(?:en|t)?|e-?mailen|bel(?:len|t)?|contact[ \t]+op(?:nemen)?)[ \t]+(?:naar|met)[ \t]+$")
# ... or who speaks for a body: "door A B van het X"
SPEAKER_BEFORE = re.compile(r"\bdoor[ \t]+$")
AFFILIATION_AFTER = re.compile(r"[ \t]+van[ \t]+(?:de[ \t]+|het[ \t]+)?[A-Z]")
PERSON_AFTER = re.compile(rf"{_LIST_JOIN}([A-Z][a-zà-ÿ]+)[ \t]+{_SURNAME}")
PERSON_BEFORE = re.compile(rf"(?<![\w\-])([A-Z][a-zà-ÿ]+)[ \t]+{_SURNAME}{_LIST_JOIN}$")


def _person_named(m: re.Match | None) -> bool:
    return m is not None and m.group(1) in ref.first_names()


def first_and_surname(words: list[str]) -> bool:
    """Whether a name's words open with a person's first name and a surname ("Jelle de Jong", "Anna Bos")."""
    return len(words) > 1 and words[0] in ref.first_names() and (words[1][:1].isupper() or words[1] in TUSSENVOEGSELS)
WORD_BEFORE = re.compile(r"(\S+)[ \t]+$")
# "Thema 4 X", "Hoofdstuk 2 X", "Programma 3. X", "6.21 X": the title of a numbered chapter, theme or taakveld
CHAPTER_BEFORE = re.compile(r"(?:(?i:thema|hoofdstuk|paragraaf|programma|deelprogramma|pijler|opgave|ambitie|"
                            r"speerpunt|beleidsveld|taakveld|doelstelling)[ \t]+[\dIVX]+(?:\.\d+)*[.:]?|"
                            # a heading "Paragraaf Grondbeleid": the report's own part
                            r"^[ \t]*(?i:paragraaf|hoofdstuk)|"
                            r"^[ \t]*\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)[ \t]+$", re.M)
PUBLICATION_BEFORE = re.compile(r"(?<![\w\-])(?:magazine|tijdschrift|krant|nieuwsbrief|brochure|folder|flyer|boek|"
                                r"boekje|rapport|rapportage|handreiking)[ \t]+$", re.I)
YEAR_TOKEN = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,])")
TAAKVELD_LINE = re.compile(r"^[ \t]*[0-8]\.\d{1,2}[ \t]+[A-Z]", re.M)
# The names of a sector or domain ("Veiligheid en Publieke Gezondheid", "Werk & Inkomen en Statushouders"):
# headings and portfolios, never the title of one initiative.
DOMAIN_WORDS = frozenset("""
veiligheid publieke gezondheid volksgezondheid gezondheidszorg werk inkomen zorg welzijn jeugd jongeren onderwijs
wonen sport cultuur statushouders vluchtelingen armoede armoedebeleid schulden schuldhulpverlening participatie
inburgering ouderen ouderenzorg mantelzorg economie economische zaken arbeidsmarkt jeugdhulp jeugdzorg wmo minima
bestaanszekerheid preventie leefbaarheid openbare orde duurzaamheid volkshuisvesting vrijwilligers vrijwilligerswerk
gezin gezinnen sociale sociaal maatschappelijke ondersteuning opvang voorzieningen integratie emancipatie diversiteit
inclusie kunst recreatie toerisme financiën bedrijfsvoering dienstverlening handhaving toezicht gehandicapten
beleid zaken algemene ontwikkeling ruimtelijke ordening domein volwassenen kinderen natura
""".split())
DOC_TITLE_HEADS = {"gemeente", "gemeenten", "college", "raad", "gemeenteraad"}
CHAPTER_WORDS = {"paragraaf", "paragrafen", "hoofdstuk", "bijlage", "bijlagen", "inhoudsopgave", "inleiding"}
DOT_LEADER_AFTER = re.compile(r"(?:[ \t]+[a-zà-ÿ][\w\-]*){0,4}[ \t]*(?:\.{3,}|…{2,}|…)")  # (the entry's lower words too)
DOT_LEADER_BEFORE = re.compile(r"(?:\.{3,}|…)[ \t]*\d{1,4}[ \t]+$")
ROLE_NOUN = (r"[a-zë]*(?:formateur|houder|persoon|leider|adviseur|directeur|coördinator|coordinator|voorzitter|"
             r"wethouder|burgemeester|medewerker|manager|ambtenaar|secretaris|consulent|griffier|gedeputeerde|"
             r"minister|staatssecretaris|regisseur|makelaar|coach)")
ROLE_BEFORE = re.compile(rf"(?<![\w\-]){ROLE_NOUN}(?:\(s\))?:?[ \t]+$")
# An office's title with what the office heads names a person's office, neither a body nor an undertaking:
# "Directeur Publieke Gezondheid (DPG)", "Wethouder Zorg".
OFFICE_HEAD = re.compile(r"^(?:Directeur|Wethouder|Burgemeester|Voorzitter|Secretaris|Co[öo]rdinator|Manager|"
                         r"Projectleider|Kwartiermaker|Portefeuillehouder|Gedeputeerde)[ \t\u00a0]")
ROLE_AFTER = re.compile(rf"[ \t]+namens\b|,[ \t]+{ROLE_NOUN}\b")


# a municipality in brackets after a name, and the office holders a sentence lists so ("De wethouders A (X), B (Y)")
TOWN_BRACKET_AFTER = re.compile(r"[ \t]*\(([A-Z][^()\n]{1,40})\)")
OFFICE_HOLDERS = re.compile(r"(?i)\b(?:wethouders|burgemeesters|gedeputeerden|portefeuillehouders|bestuurders)\b")


def _is_place(w: str) -> bool:
    k = ref.fold(w)
    return k in ref.gemeenten_by_name() or k in ref.woonplaats_gemeenten()


# the person's name that opens such a row: "Jan de Vries Welzijn, Jeugd" (the portfolio's themes after it)
HOLDER_NAME = re.compile(r"[ \t]*[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?(?:[ \t]+(?:van|de|der|den|ter|ten|het|'t|in|op)){0,3}"
                         r"[ \t]+[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?")


def in_holders_name(text: str, at: int) -> bool:
    """Whether `at` lies in the person's name that opens a row of a portfolio table."""
    ls = text.rfind("\n", 0, at) + 1
    name = HOLDER_NAME.match(text, ls)
    return bool(name) and at < name.end() and in_portfolio_table(text, ls)


def in_portfolio_table(text: str, line_start: int) -> bool:
    """Is the line at `line_start` a row under a "Portefeuillehouder(s)" header, no blank line between?"""
    at = line_start
    for _ in range(8):
        if at <= 0 or text[at - 1] != "\n":
            return False
        prev_start = max(text.rfind("\n", max(0, at - 300), at - 1) + 1, at - 300, 0)
        line = text[prev_start:at - 1]
        if not line.strip():
            return False
        if line.lstrip()[:18].lower().startswith("portefeuillehouder"):
            return True
        at = prev_start
    return False


def _cut_at_bare_article(name: str) -> str:
    """"Algemeen Bestuur het Beleidsplan": an article that follows no preposition starts a new phrase."""
    words = name.split()
    for i in range(1, len(words) - 1):
        if words[i] in ("de", "het", "der", "den") and words[i - 1].lower() not in PREPOSITIONS:
            return _trim_connectors(" ".join(words[:i]))
    return name


# first words of a run that names a part of an organisation, or credits a picture, not an undertaking
UNIT_OPENERS = frozenset(("afdeling", "sector", "directie", "cluster"))
CREDIT_OPENERS = frozenset(("foto", "foto's", "foto’s", "fotografie"))
ACADEMIC_TITLES = frozenset({"Ing", "Ir", "Drs", "Dr", "Mr", "Prof", "Bc", "MSc", "BSc", "MBA"})
ACADEMIC_TITLE_AFTER = re.compile(rf"[ \t]+(?:{'|'.join(sorted(ACADEMIC_TITLES))})\.[ \t]*(?:[A-Z]\.)+")


# A field whose value is people: "Verantwoordelijke bestuurders: A, B", "Portefeuillehouder: A"
PEOPLE_LABEL_BEFORE = re.compile(r"(?i)\b(?:bestuurders?|portefeuillehouders?|wethouders?|burgemeester|contactpersonen?|"
                                 r"auteurs?|opsteller)[ \t]*:[ \t]*(?:[^:\n]{0,80}?,[ \t]*)?$")
# The heads of a table's columns, never a word of a title: "Naam | Periode | Vastgesteld", "Eenheid | Bron"
HEADER_CELL_WORDS = frozenset(("Periode", "Vastgesteld", "Eenheid", "Bron", "Peildatum", "Zaaknummer", "Aantal"))
# The first word of a sentence that a copied heading runs into ("Inleiding Hierbij ontvangt u het verslag")
HEADING_RUN_ON = SENTENCE_OPENERS | {"Hierbij", "Hoe", "Wat", "Waarom", "Eind", "Begin", "Sinds", "Vanaf", "Door", "Om"}


def _not_a_title(ctx: InitContext, name: str, start: int) -> str | None:
    """Why a run of capitalised words at `start` names no initiative, or None."""
    text = ctx.text
    window = max(0, start - 300)  # bounded look-arounds: a text without line breaks stays linear
    line_start = max(text.rfind("\n", window, start) + 1, window)
    before = WORD_BEFORE.search(text, max(line_start, start - 40), start)
    prev = before.group(1) if before else ""
    words = name.split()
    firsts = ref.first_names()
    if prev in firsts:
        return "person_name"  # "Bernadette Schomaker Jeugdzorg": a surname and the portfolio after it
    if prev[:1].isupper() and prev.lower().endswith(ORG_HEADS) and not _is_place(prev):
        return "organisation_head"  # "Centrum Jeugd en Gezin X" at a sentence start: the run is the body's name
    if HONORIFIC.match(name):
        return "person_name"  # "Mevrouw J. Jansen": a person addressed
    if len(words) >= 2 and OFFICE_WORD.fullmatch(words[1]):
        return "person_name"  # "Kuipers Wethouder Jeugdbeleid": a surname, the office and its portfolio
    if first_and_surname(words) or (len(words) == 4 and words[1] == "en" and first_and_surname(words[2:])):
        return "person_name"  # "Jelle de Jong", "Danny Diversiteit" (first name, surname); "Bos en Anna Vos"
    if PERSON_SHAPE.fullmatch(name) and (_person_named(PERSON_AFTER.match(text, start + len(name)))
                                         or _person_named(PERSON_BEFORE.search(text, max(line_start, start - 50), start))):
        return "person_name"  # "A. de Wit, Jolanda Kramer, Jan Bos en anderen": one of a list of people
    if PERSON_SHAPE.fullmatch(name) and (CONTACT_PERSON_BEFORE.search(text, max(line_start, start - 40), start) or (
            SPEAKER_BEFORE.search(text, max(line_start, start - 10), start)
            and AFFILIATION_AFTER.match(text, start + len(name)))):
        return "person_name"  # "mailen naar Anna Smit", "een lezing door Anna Smit van het X": whom to reach, who speaks
    if ":" in text[line_start:start] and PEOPLE_LABEL_BEFORE.search(text, line_start, start):
        return "person_name"  # "Verantwoordelijke bestuurders: A, B", "Portefeuillehouder: A": the field names people
    if words[0].lower() in UNIT_OPENERS:
        return "unit_name"  # "Afdeling Samenleving en Zorg": a part of an organisation
    if words[0].lower() in CREDIT_OPENERS:
        return "credit"  # "Foto's Jan Smit": who made a picture on the page
    if ACADEMIC_TITLE_AFTER.match(text, start + len(name)) or any(w.rstrip(".") in ACADEMIC_TITLES for w in words[1:]):
        return "person_name"  # "Smit Ing. A.B.C.": a surname, a title and initials
    if prev in TUSSENVOEGSELS:
        at = before.start()
        for _ in range(3):  # "Danny de Vries Diversiteit", "Jan van der Berg": a surname after a first name
            pre = WORD_BEFORE.search(text, max(line_start, at - 30), at)
            if pre is None or pre.group(1) in firsts:
                if pre is not None:
                    return "person_name"
                break
            if pre.group(1) not in TUSSENVOEGSELS:
                break
            at = pre.start()
    if in_holders_name(text, start):
        return "person_name"  # "Portefeuillehouder Thema" / "Name Surname Jeugdzorg": a holder (then the portfolio)
    if words[0].lower() in DOC_TITLE_HEADS:
        return "municipal_body"  # "Gemeente X", "College van B en W"
    if OFFICE_HEAD.match(name):
        return "office"  # "Directeur Publieke Gezondheid"
    if TYPE_WORD.match(words[-1]) and re.match(r"[ \t]+\d{1,2}\b", text[start + len(name):start + len(name) + 4]):
        return "chapter_title"  # "Inleiding en Missie Programma 7": a reference to a numbered chapter
    if words[0].lower() in CHAPTER_WORDS:
        return "chapter_title"  # "Paragraaf Weerstandsvermogen", "Bijlage Verbonden Partijen"
    end = start + len(name)
    if DOT_LEADER_AFTER.match(text, end) or DOT_LEADER_BEFORE.search(text, max(0, start - 20), start):
        return "contents_entry"  # "Programma 9 Volkshuisvesting ...... 47 Algemene Dekkingsmiddelen ...... 52"
    if len(words) <= 3 and (ROLE_BEFORE.search(text, max(line_start, start - 40), start)
                            or ROLE_AFTER.match(text, end)):
        return "person_name"  # "sportformateur Anne Zijl", "Jan Bril namens X", "Els Koorn, teamleider"
    if len(words) <= 5 and (town := TOWN_BRACKET_AFTER.match(text, end)) and town.group(1) and \
            ref.fold(town.group(1)) in ref.gemeenten_by_name() \
            and OFFICE_HOLDERS.search(text, max(line_start, start - 200), start):
        # "De wethouders Sociale Zaken A (X), B (Y) en C (Z)": office holders, each with the municipality they serve
        return "person_name"
    content = [w for w in re.findall(r"[\w\-']+", name) if w.lower() not in CONNECT]
    if len(content) >= 2 and len(content) == len(words) and all(_is_place(w) for w in content):
        return "places"  # "Arnhem Nijmegen", "Amerongen Overberg Maarsbergen": places listed
    if words[0].lower() in PREPOSITIONS and content and all(_is_place(w) or ref.fold(w) in ctx.blocked
                                                           for w in content):
        return "sentence_opening"  # "Ambitie: In de Deventer samenleving ...": a preposition and a place
    if CHAPTER_BEFORE.search(text, max(line_start, start - 40), start):
        return "chapter_title"
    if PUBLICATION_BEFORE.search(text, max(line_start, start - 30), start):
        return "publication"  # "het magazine X", "de nieuwsbrief Y": a title of a publication, not an undertaking
    line_end = text.find("\n", start, start + 300)
    line = text[line_start:line_end if line_end >= 0 else start + 300]
    if len(YEAR_TOKEN.findall(line)) >= 3 and len(line.split()) <= 20:
        return "table_header"  # "Realisatie 2021 Begroting 2022 Begroting 2023"
    if any(w in HEADER_CELL_WORDS for w in words):
        return "table_header"  # "Titel Periode Vastgesteld op", "Maatstaf Eenheid Periode Bron": column heads
    if len(words) == 2 and words[1] in HEADING_RUN_ON and re.match(r"[ \t]+[a-z]", text[end:end + 2]):
        return "heading_and_sentence"  # "Inleiding Hierbij ontvangt u ...", "Notitie Hoe ...": a heading, then a sentence
    if TAAKVELD_LINE.match(line) and "taakveld" in (lowered(text) or text.lower()):
        return "taakveld_description"  # the country-wide description of a taakveld (BBV)
    i = bisect.bisect_left(ctx.org_starts, start)
    if i < len(ctx.org_starts) and ctx.org_starts[i] < start + len(name):
        return "holds_an_organisation"  # "Huis naar Werk en Regionaal Werkbedrijf X": a list, not one title
    content = [w for w in re.findall(r"[\w\-]+", name.lower()) if w not in CONNECT]
    if content and all(w in DOMAIN_WORDS for w in content):
        return "domain_names"
    return None


_COMMA_CAPITAL = re.compile(r",[ \t]+[A-Z]")
# "Gemeenschappelijke regeling X 2020": a joint body's regulation of that year, the document (X is the body)
REGULATION_TEXT = re.compile(r"(?i)gemeen(?:te)?schappelijke[ \t]+regeling[ \t]+\S.*[ \t](?:19|20)\d\d$")


def _enumeration_starts(text: str) -> set[int]:
    """Where an ENUMERATION match can start: its first item (one or two capitalised words) ends at a comma that white
    space and a capital follow; the item's words are whole runs of word characters, dots and hyphens."""
    out = set()
    for c in _COMMA_CAPITAL.finditer(text):
        r = back_over(text, c.start(), ".-", word=True)  # the item's last word
        out.add(r)
        gap = back_over(text, r, " \t")
        if gap < r:
            out.add(back_over(text, gap, ".-", word=True))  # a word before it
    return out


def _c_enumeration(ctx: InitContext):
    """8. an enumeration of names right after programme/project words: "Het gaat om Fit4Kids, Kookmaatjes en Beweegwijs" """
    text = ctx.text
    for m in anchored_finditer(ENUMERATION, text, _enumeration_starts(text)):
        if m.group(1).count(",") < 2 or not m.group(2):
            continue  # three or more items, the last joined by "en"
        ctx_words = text[max(0, m.start() - 250):m.start()]
        if not re.search(r"(?i)programma'?s|projecten|interventies|initiatieven|methodieken|methoden|activiteiten",
                         ctx_words):
            continue
        for im in ENUM_ITEM.finditer(m.group(0)):
            name = im.group(0)
            s0 = m.start(1) + im.start()
            stop = name.lower() in STOP_TAIL or name in {"De", "Het"}
            yield _icand(name, s0, s0 + len(name), None, 0.6, dropped_by="stop_word" if stop else None)


BULLET_LINE = re.compile(r"(?m)^[ \t\u00a0]*(?:[•·\-–*▪◦]|\d{1,2}[.)])[ \t\u00a0]+(\S[^\n]{1,140}?)[ \t\u00a0]*$")
_BULLET_LEAD = re.compile(r"\n[ \t\u00a0]*(?:[•·\-–*▪◦]|\d)")


def _bullet_lines(text: str):
    """BULLET_LINE.finditer(text), tried only on the lines that open with a mark or a digit (each match is one line)."""
    return anchored_finditer(BULLET_LINE, text, [0, *(m.start() + 1 for m in _BULLET_LEAD.finditer(text))])


LIST_CUE = re.compile(r"(?i)projecten|beleidskaders?|beleidsstukken|beleidsnota|regelingen|initiatieven|interventies|"
                      r"programma['’]?s|plannen|nota['’]?s|notities|uitvoeringsprogramma|akkoorden|"
                      r"de\s+volgende\s+\w+")
# A list of aims, not of undertakings: "Met het programma dragen we bij aan de volgende ambities:"
AIMS_LIST_CUE = re.compile(r"(?i)\b(?:volgende|onze|deze|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d{1,2})\s+(?:[a-z]+e\s+)?(?:ambities|doelen|doelstellingen|"
                           r"hoofddoelen|opgaven|uitgangspunten|speerpunten|prioriteiten|effecten|resultaten|"
                           r"maatschappelijke\s+effecten|onderdelen|hoofdstukken|paragrafen|vragen|stappen|"
                           r"thema['’]?s|subdoelstellingen|pijlers|kengetallen|indicatoren|prestatie-indicatoren|"
                           # ... nor of what happens to the municipality: "door de volgende ontwikkelingen:"
                           r"ontwikkelingen|factoren|risico['’]?s|oorzaken|knelpunten|uitdagingen|trends|redenen|"
                           r"wijzigingen|afwijkingen|mutaties|"
                           # ... nor a budget programme's own parts: "Het programma is verdeeld in drie deelprogramma's:"
                           r"deelprogramma['’]?s)(?![\w'’])")
# A list of public bodies (organisations: loaders/extract/organisations.py), not of initiatives.
BODY_LIST_CUE = re.compile(r"(?i)gemeenschappelijke\s+regelingen|verbonden\s+partijen|deelnemingen")
# an item that gives a value after its label: "X: 200", "X: 97,1% (...)", "X: € 12.500"
VALUE_ITEM = re.compile(r":[ \t]*(?:€[ \t]*)?-?\d[\d.,]*[ \t]*%?(?:[ \t]|$)")
# "de antwoorden op de volgende vragen": a list of the questions each section answers, and its headings.
QUESTION_LIST_CUE = re.compile(r"(?i)(?<![\w\-])vragen\b")
YEAR_TAIL = re.compile(r"\s*\((?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\)\s*$")


def _c_listed(ctx: InitContext):
    """9. the items of a bulleted list announced as projects, policy frameworks, schemes or programmes"""
    text = ctx.text
    intro_kind: dict[int, str | None] = {}
    last_end, key = -1, -1
    for m in _bullet_lines(text):
        if m.group(1).endswith(":"):
            # "• Onze kaderdocumenten zijn:": an item that announces the items after it
            last_end, key = m.end(), m.start()
            intro_kind[key] = _list_kind(m.group(1))
            continue
        if last_end >= 0 and not text[last_end:m.start()].strip():
            last_end = m.end()  # the next item of the same list: same opening line
            yield from _item_of(intro_kind[key], m)
            continue
        last_end = m.end()
        # the line that opens the list: the nearest line above that is no list item
        intro, prev_start = _line_above(text, m.start())
        key = prev_start if intro else -1
        if key not in intro_kind:
            kind = _list_kind(intro)
            if kind is None and intro and SUB_HEADING.match(intro):
                # "In welke beleidsstukken is het beleid omschreven? / Sociaal domein / • ...": a short heading
                # between the question that announces the list and its items (not a heading of its own under another
                # list's items: "Beleidskaders / • A / • B / Trends / • C")
                above, above_start = _line_above(text, prev_start)
                if not any(BULLET_LINE.match(ln + "\n") for ln in text[above_start:prev_start].split("\n")[1:]):
                    kind = _list_kind(above, documents_only=True)
            intro_kind[key] = kind
        yield from _item_of(intro_kind[key], m)


def _line_above(text: str, p: int) -> tuple[str, int]:
    """The nearest line above offset `p` that is neither blank nor a list item, and where it starts ("" if none)."""
    while True:
        prev_end = p - 1
        prev_start = text.rfind("\n", 0, max(0, prev_end)) + 1
        if prev_end <= 0:
            return "", prev_start
        line = text[prev_start:prev_end]
        if not line.strip() or BULLET_LINE.match(line + "\n") or BULLET_LINE.fullmatch(line):
            p = prev_start
            if p <= 0:
                return "", prev_start
            continue
        return line, prev_start


# a list of policy documents: announced by a heading or by the question that asks for them ("Welke kaderstellende
# beleidsnota's zijn van toepassing?", "In welke beleidsstukken is het beleid omschreven?")
DOCUMENT_LIST_CUE = re.compile(r"(?i)beleidsstukken|beleidsnota|beleidskader|(?:beleids|basis|kader)documenten|kaderstellende|"
                               r"(?<![\w\-])nota['’]s")
# a short heading that may stand between a list's announcement and its items ("Sociaal domein")
SUB_HEADING = re.compile(r"[ \t\u00a0]*[A-Z][\w\-&’' ]{2,40}[ \t\u00a0]*$")


def _aims_last(intro: str) -> bool:
    """Whether the line announces aims: the last cue it gives is one of aims ("deze thema's hebben we over de volgende
    drie programmalijnen verdeeld:" announces programme lines)."""
    aims = [m.end() for m in AIMS_LIST_CUE.finditer(intro)]
    return bool(aims) and not any(m.start() >= aims[-1] for m in LIST_CUE.finditer(intro))


def _list_kind(intro: str, documents_only: bool = False) -> str | None:
    """What the list under the line `intro` names: "documents", "listed" (projects, schemes, ...) or None."""
    if not intro or BODY_LIST_CUE.search(intro) or QUESTION_LIST_CUE.search(intro) or _aims_last(intro):
        return None
    if DOCUMENT_LIST_CUE.search(intro) and not re.search(r"[.!][ \t\u00a0]*$", intro):
        return "documents"
    if documents_only or not LIST_CUE.search(intro) or re.search(r"[.!?][ \t\u00a0]*$", intro):
        return None
    return "listed"


def _item_of(kind: str | None, m: re.Match):
    if kind == "documents":
        yield from _document_listed(m)
    elif kind == "listed":
        yield from _listed_item(m)
    else:
        yield from _dated_item(m)


MONTH = r"(?:jan|feb|mrt|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)[a-z]*\.?"
# "(3 juni 2020)", "(B&W 5 jul 2022)", "(raad 12-03-2019)", "(BBV 123456 mei 2016);": the date a document was
# adopted (and its number in the council's files), closing a list item
DATE_TAIL = re.compile(rf"[ \t]*\((?:[^()\d]{{1,20}}[ \t]|[A-Za-z&]{{2,8}}[ \t]+\d{{3,9}}[ \t]+)?(?:(?:\d{{1,2}}[ \t]+)?"
                       rf"{MONTH}[ \t]+|\d{{1,2}}[-/]\d{{1,2}}[-/])(?:19|20)\d\d\)[ \t;.,]*$", re.I)


def _undated_end(item: str) -> int | None:
    """Where the dated notes that close a list item begin ("X (raad mei 2016) (BBV 1234 juni 2016);"), or None."""
    cut = None
    for _ in range(3):
        d = DATE_TAIL.search(item, 0, len(item) if cut is None else cut)
        if d is None:
            break
        cut = d.start()
    return cut


SUBTITLE = re.compile(r"[ \t]+[-–][ \t]+.*$|,[ \t]+(?:deel|hoofdstuk|paragraaf|bijlage)[ \t]+[\dIVX]+\b.*$")  # (", deel III X")
# "Visie op X “Y”", "Nota Kaders ‘’Y’’": an item that closes with a quoted title names the
# document by that title (as the text names it)
QUOTED_CLOSING = re.compile(r"^[A-Z][^‘“\"„\n]*?[ \t]+[‘’“\"„]+(?P<title>[A-Za-z][^‘’“”\"\n]{2,120}?)[’”\"]+$")


def _quoted_item(m: re.Match, item: str):
    """The quoted title that closes a list item (its date already left off), or nothing."""
    q = QUOTED_CLOSING.match(item)
    if q:
        title = q.group("title").rstrip()
        yield _icand(title, m.start(1) + q.start("title"), m.start(1) + q.start("title") + len(title), None, 0.8)


def _dated_item(m: re.Match):
    """A list item that closes with the date it was adopted ("• Beleidsnota X - subtitle (3 juni 2020)") names a
    policy document, whatever line opens the list; a subtitle after a dash is left off."""
    cut = _undated_end(m.group(1))
    if cut is None:
        return
    if QUOTED_CLOSING.match(m.group(1)[:cut]):
        yield from _quoted_item(m, m.group(1)[:cut])
        return
    item = SUBTITLE.sub("", m.group(1)[:cut]).rstrip(" ;.,:")
    words = item.split()
    if 1 <= len(words) <= 10 and item[:1].isupper() and not re.search(r"[.!?]\s", item):
        yield _icand(item, m.start(1), m.start(1) + len(item), None, 0.6)


# an item that is an activity, a verb made a noun: "Het verstrekken van informatie", "Het binnen de administratie
# vastleggen van gegevens" (a task the municipality does, no undertaking's name)
ACTIVITY_ITEM = re.compile(r"Het[ \t]+(?:[a-z]+[ \t]+){0,4}?[a-z]{2,}en[ \t]+(?:van|op|aan)\b")


def _listed_item(m: re.Match):
    if m.group(1).rstrip().endswith("?"):
        return  # "Doelen: wat willen we bereiken?": a question asked, no name
    if ACTIVITY_ITEM.match(m.group(1)):
        return
    if VALUE_ITEM.search(m.group(1)):
        return  # "Huishoudens met bijstandsuitkeringen: 200", "Percentage ...: 97,1%": an indicator and its value
    item = YEAR_TAIL.sub("", m.group(1)).rstrip(" ;.,:")
    words = item.split()
    if re.search(r":[ \t]+[a-zà-ÿ]", item):
        return  # "Kengetallen: relevante kengetallen per programma": a part and what it holds
    if 1 <= len(words) <= 10 and item[:1].isupper() and not re.search(r"[.!?]\s", item):
        yield _icand(item, m.start(1), m.start(1) + len(item), None, 0.6)


# "2020-2022", "2019–2022", "2018": the years a policy document runs, closing its name
BARE_YEAR_TAIL = re.compile(r"[ \t\u00a0]+(?:19|20)\d\d(?:[ \t\u00a0]*[-–][ \t\u00a0]*(?:19|20)\d\d)?$")


def _document_listed(m: re.Match):
    """An item of a list of policy documents: its title, without the years it runs, its adoption date or a subtitle
    after a dash ("Samen Sterk – regionaal kader 2018-2021")."""
    raw = m.group(1)
    if raw.rstrip().endswith("?") or VALUE_ITEM.search(raw):
        return
    cut = _undated_end(raw)
    undated = raw[:cut].rstrip(" \t\u00a0;.,:")
    if QUOTED_CLOSING.match(undated):
        yield from _quoted_item(m, undated)
        return
    item = SUBTITLE.sub("", BARE_YEAR_TAIL.sub("", YEAR_TAIL.sub("", raw[:cut]).rstrip()))
    item = BARE_YEAR_TAIL.sub("", item).rstrip(" \t\u00a0;.,:")
    if 1 <= len(item.split()) <= 14 and item[:1].isupper() and not re.search(r"[.!?]\s", item):
        yield _icand(item, m.start(1), m.start(1) + len(item), None, 0.6)

# A policy document or regulation named as a whole by a list item or a table row's first cell: "• Verordening
# individuele inkomenstoeslag 2018", "Beleidsregels bijzondere bijstand 2016 | 2016 |", "• Kadernota Participatiewet".
# Its head word is the kind of document (capitalised: the item opens with it), the rest its subject in any case, a law
# included (a plan about the Wmo is no law); a finite verb outside quotes makes the item a sentence.
# (the last part of a policy document's or regulation's name: "Subsidieregeling", "Beleidskader", "Nota")
DOCUMENT_KIND_WORDS = ("verordening", "regels", "beleidsplan", "uitvoeringsplan", "actieplan", "nota", "notitie", "kader",
                       "agenda", "visie", "regeling", "protocol", "convenant", "strategie", "besluit")
DOCUMENT_HEAD = re.compile(rf"^(?=[A-Z])[\w\-]*?({'|'.join(DOCUMENT_KIND_WORDS)})(?=[ \t\u00a0])", re.I)
TABLE_FIRST_CELL = re.compile(r"(?m)^[ \t\u00a0]*([A-Z][^|\n]{3,200}?)[ \t\u00a0]*\|(?=[^\n]*\|)")
QUOTED_PART = re.compile(r"[‘“\"'„][^’”\"'\n]*[’”\"']")
ITEM_VERBS = frozenset({"is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "heeft", "hebben", "had",
                        "zal", "zullen", "kan", "kunnen", "moet", "moeten", "gaat", "gaan"}) | VERB_TAIL
DOCUMENT_FILTERS = tuple(f for f in OK if f not in ("known_entity", "inside_law"))


def _c_document_item(ctx: InitContext):
    """11. a list item or a table row's first cell that is a policy document's or regulation's name as a whole"""
    text = ctx.text
    rows = sorted({text.rfind("\n", 0, q) + 1 for q in occurrences(text, "|")})  # the lines a table row can be on
    for m in (*_bullet_lines(text), *anchored_finditer(TABLE_FIRST_CELL, text, rows)):
        item = m.group(1)
        cut = _undated_end(item)
        undated = item[:cut].rstrip(" \t\u00a0;.,:")
        if DOCUMENT_HEAD.match(undated) and QUOTED_CLOSING.match(undated):
            yield from _quoted_item(m, undated)
            continue
        item = SUBTITLE.sub("", YEAR_TAIL.sub("", item[:cut])).rstrip(" \t\u00a0;.,:")
        if not DOCUMENT_HEAD.match(item):
            continue
        plain = QUOTED_PART.sub(" ", item)
        words = plain.split()
        if not 2 <= len(item.split()) <= 16 or re.search(r"[.!?:]\s", plain) \
                or any(w.lower() in ITEM_VERBS for w in words[1:]):
            continue
        yield _icand(item, m.start(1), m.start(1) + len(item), None, 0.85, filters=DOCUMENT_FILTERS)


# A regulation named whole with its municipality and year closing the name, its subject in any case: "Verordening
# jeugdhulp gemeente X 2024", "Subsidieregeling sport, cultuur en welzijn X 2022", "Beleidsregels Wmo gemeente X 2020"
# (a verb's "besluit" or an article in between makes it a sentence).
REGULATION_KINDS = ("verordening", "regels", "regeling", "besluit")
REGULATION_HEAD = re.compile(rf"(?i)[\w\-]*(?:{'|'.join(REGULATION_KINDS)})\b")  # (the name's first word is the kind)
REGULATION_NAME = re.compile(r"(?:[A-Z][\w\-]*|verordening)(?:[ \t]+(?!(?:de|het|een|van|om|te|is|wordt|zijn|heeft|"
                             r"in|op|voor|met)\b)[\w\-]+,?){1,12}?[ \t]+(?:19|20)\d\d\b")


ORDINANCE_KINDS = ("Verordening", "Beleidsplan", "Beleidskader", "Actieplan", "Uitvoeringsprogramma")
ORDINANCE_STOP = r"(?:de|het|een|en|of|met|van|voor|die|dat|is|wordt|werd|zijn|in|op|per|uit|te|om|bij|als|aan|zoals)"
# (its first word no verb: "de Verordening houdt ...", "de Verordening regelt ..."; "en" joins two topics)
NAMED_ORDINANCE = re.compile(rf"(?:{'|'.join(ORDINANCE_KINDS)})(?![ \t]+[a-zà-ü]+t\b)"
                             rf"(?:[ \t]+(?!{ORDINANCE_STOP}\b)[a-zà-ü][\w\-]*)"
                             rf"(?:[ \t]+(?:en[ \t]+)?(?!{ORDINANCE_STOP}\b)[a-zà-ü][\w\-]*){{0,4}}"
                             r"(?:[ \t]+(?:19|20)\d\d)?\b")
ARTICLE_BEFORE_ORDINANCE = re.compile(r"\b(?:de|het|onze|ons|deze|dit|nieuwe?|gemeentelijke?)[ \t]+$")


def _c_regulation_name(ctx: InitContext):
    """11. a regulation by its whole name, which its municipality and year close"""
    text = ctx.text
    low = lowered(text) or text.lower()
    by_name = ref.gemeenten_by_name()
    for s in sorted({back_over(text, q, word=True) for k in REGULATION_KINDS for q in occurrences(low, k)}):
        m = REGULATION_NAME.match(text, s)
        if not m or not REGULATION_HEAD.match(text, s, m.end()):
            continue
        words = text[s:m.end()].split()[:-1]
        if any(ref.fold(" ".join(words[-n:])) in by_name for n in range(1, min(4, len(words) - 1) + 1)):
            yield _icand(text[s:m.end()], s, m.end(), None, 0.85, filters=DOCUMENT_FILTERS)
    # "de Verordening jeugdhulp met ...": an ordinance's name its capital marks in mid-sentence, its topic after it
    for q in sorted(q for k in ORDINANCE_KINDS for q in occurrences(text, k + " ")):
        m = NAMED_ORDINANCE.match(text, q)
        if m and ARTICLE_BEFORE_ORDINANCE.search(text, max(0, q - 8), q):
            yield _icand(m.group(0), q, m.end(), None, 0.8, filters=DOCUMENT_FILTERS)


# "Festivals en evenementen in 2019: A, B en C", "De interventies die we inzetten zijn A en B": a plural noun of
# undertakings announces the names that follow a colon (or "zijn") in the same sentence.
INLINE_CUE = re.compile(r"(?i)(?<![\w\-])(?:[a-z]{3,}(?:projecten|initiatieven)|festivals|evenementen|projecten|pilots|initiatieven|campagnes|"
                        r"interventies|programma['’]s|proeftuinen|regelingen|methodieken|aanpakken)\b"
                        r"[^.:;!?\n]{0,60}?(?::|[ \t]zijn[ \t]|[ \t]waren[ \t]|[ \t]zoals[ \t])[ \t]*")
INLINE_ANCHORS = ("festivals", "evenementen", "projecten", "pilots", "initiatieven", "campagnes", "interventies",
                  "programma's", "programma’s", "proeftuinen", "regelingen", "methodieken", "aanpakken")
NUMBERED_ITEM = re.compile(r"\(\d{1,2}\)[ \t]")
INLINE_ITEM_END = re.compile(r"[.;!?\n]|,[ \t]+|[ \t]+(?:en|of)[ \t]+")


def _c_inline_list(ctx: InitContext):
    """11. names listed after a plural noun of undertakings and a colon: "Festivals in 2019: A, B en het C" """
    text = ctx.text
    low = lowered(text) or text.lower()
    starts = sorted({q for a in INLINE_ANCHORS for q in occurrences(low, a)
                     if not (q and (is_word(text[q - 1]) or text[q - 1] == "-"))}
                    # a compound's start: "woningbouwprojecten zoals A, B en C"
                    | {back_over(text, q, word=True) for a in ("projecten", "initiatieven") for q in occurrences(low, a)
                       if q and is_word(text[q - 1])})
    seen_end = -1
    for q in starts:
        if q < seen_end:
            continue
        m = INLINE_CUE.match(text, q)
        if not m:
            continue
        pos = m.end()
        if NUMBERED_ITEM.match(text, pos):
            seen_end = pos
            continue  # "de volgende 4 programma's ontstaan: (1) Zorg en Kansen, (2) ...": the budget's own chapters
        stop = min(len(text), pos + 400)
        while pos < stop:
            e = INLINE_ITEM_END.search(text, pos, stop)
            item_end = e.start() if e else stop
            raw = text[pos:item_end]
            art = re.match(r"(?:het|de|een)[ \t]+", raw)
            off = art.end() if art else 0
            item = _list_item_name(raw[off:])
            if item:
                yield _icand(item, pos + off, pos + off + len(item), None, 0.55)
            if e is None or e.group(0)[:1] in ".;!?\n":
                break
            pos = e.end()
        seen_end = pos


# Names listed right after a plural type word and its article, or after it and "(zo)als": "De interventies A, B en C",
# "de stadsprogramma's A en B", "De pilots A en B", "initiatieven als A en B": each item is an undertaking of that kind (a name of a few capitalised words, perhaps with a
# preposition and an article inside: "Thuis in de Wijk").
PLURAL_TYPE_WORDS = ("interventies", "programma's", "programma’s", "projecten", "pilots", "regelingen", "initiatieven",
                     "trajecten", "methodieken", "campagnes", "aanpakken")
# (an English name's own small words too: "Tools for Life", "Kids of the Town")
_PLURAL_ITEM = (r"[A-Z][\w\-’']*(?:[ \t]+(?:(?:op|in|voor|van|aan|met|to|for|of)[ \t]+(?:(?:de|het|the)[ \t]+)?)?"
                r"[A-Z0-9][\w\-’']*){0,3}")
# (or after the word and "als"/"zoals", with or without an article: "via initiatieven als A en B")
PLURAL_TYPE_LIST = re.compile(
    rf"(?:(?:(?<=\bde[ \t])|(?<=\bDe[ \t])|(?<=\bhet[ \t])|(?<=\bHet[ \t]))[a-z]*(?:{'|'.join(PLURAL_TYPE_WORDS)})[ \t]+|"
    rf"[a-z]*(?:{'|'.join(PLURAL_TYPE_WORDS)}),?[ \t]+(?:zoals|als)[ \t]+(?:bijvoorbeeld[ \t]+)?)"
    rf"(?P<items>{_PLURAL_ITEM}(?:[ \t]*,[ \t]*{_PLURAL_ITEM})*[ \t]+en[ \t]+{_PLURAL_ITEM})(?![\w\-])")
_PLURAL_SPLIT = re.compile(r"[ \t]*,[ \t]*|[ \t]+en[ \t]+")


def _c_plural_type_list(ctx: InitContext):
    """12. names listed right after a plural type word: "De interventies A, B en C zijn structureel geborgd" """
    text = ctx.text
    starts = sorted({back_over(text, q, word=True) for w in PLURAL_TYPE_WORDS for q in occurrences(text, w)})
    for q in starts:
        m = PLURAL_TYPE_LIST.match(text, q)
        if not m:
            continue
        at = m.start("items")
        for part in _PLURAL_SPLIT.split(m.group("items")):
            s0 = text.find(part, at)
            at = s0 + len(part)
            yield _icand(part, s0, at, None, 0.75)


SO_CALLED = re.compile(r"(?i)(?<![\w\-])(?:zogenoemde|zogenaamde|zogeheten)[ \t]+(?=[A-Z])")


def _c_so_called(ctx: InitContext):
    """11. what the text calls by a name: "de inloop in de zogenoemde Huiskamers van de Hof" """
    text = ctx.text
    for q in (*occurrences(text, "zogenoemde "), *occurrences(text, "zogenaamde "), *occurrences(text, "zogeheten ")):
        m = SO_CALLED.match(text, q)
        if m is None:
            continue
        e = re.search(r"[.;:,!?()\n]", text[m.end():m.end() + 120])
        raw = text[m.end():m.end() + (e.start() if e else 120)]
        item = _list_item_name(raw)
        if item and len(item) > 3:
            yield _icand(item, m.end(), m.end() + len(item), None, 0.55)


def _list_item_name(raw: str) -> str:
    """The name at the start of a list item: capitalised words, lower-case words only before a second capital
    ("Welcome to the Village"), cut at a plain word after two capitalised ones ("Gezonde School voor jongeren")."""
    raw = re.sub(r"[ \t]*\([^()]{1,20}\)", "", raw).strip()
    words = raw.split()
    if not words or not words[0][:1].isupper() or len(words) > 8:
        return ""
    out: list[str] = []
    caps = 0
    for w in words:
        if w[:1].isupper() or w[:1].isdigit():
            out.append(w)
            caps += 1
            continue
        if caps >= 2:
            break
        out.append(w)
    if caps == 1 and out == words and 2 <= len(out) <= 4 and not any(w.lower() in STOP_WORDS for w in out[1:]):
        return " ".join(out).strip(" ,:")  # a title in sentence case, the whole item ("zoals Versterking sociale basis")
    while out and not out[-1][:1].isupper() and not out[-1][:1].isdigit():
        out.pop()
    name = " ".join(out).strip(" ,:")
    return name if 0 < len(out) <= 6 else ""


@lru_cache(maxsize=1)
def _national_labels() -> tuple[tuple[str, bool, int], ...]:
    """(label, exact case, programme) for the national programmes: acronyms keep their case, names fold."""
    labels = [(lab, lab.isupper(), i) for i, it in enumerate(ref.national_initiatives())
              for lab in (it.name, *it.aliases)]
    return tuple((lab if exact else lab.lower(), exact, i) for lab, exact, i in labels)


# a lower-case word listed right before or after a phrase: "preventie en X", "X, preventie": a theme among themes
LOWER_LISTED_BEFORE = re.compile(r"(?<![\w\-])[a-zë]{3,}(?:,|[ \t]+en|[ \t]+of)[ \t]+$")
LOWER_LISTED_AFTER = re.compile(r"(?:,|[ \t]+en|[ \t]+of)[ \t]+(?:het[ \t]+|de[ \t]+)?[a-zë]{3,}(?![\w\-])")


@lru_cache(maxsize=1)
def _lower_case_names() -> frozenset[str]:
    """Names the country-wide list gives in lower case: the plain phrase names the method ("positieve gezondheid")."""
    return frozenset(a for it in ref.national_initiatives() for a in it.aliases if a.islower() and " " in a)


def _c_national(ctx: InitContext):
    """10. country-wide programmes and agreements (Hervormingsagenda Jeugd, IZA), each under its longest form here"""
    text = ctx.text
    low = lowered(text) or text.lower()
    found: dict[int, list[tuple[int, int]]] = {}
    for lab, exact, i in _national_labels():
        for q in occurrences(text if exact else low, lab):
            # (a one-word name written with its capital may open a compound too: "het Cittaslow-gedachtegoed")
            if _whole_word(text, q, q + len(lab), hyphen_ok=exact or (" " not in lab and text[q:q + 1].isupper())):
                found.setdefault(i, []).append((q, q + len(lab)))
        words = lab.split(" ")
        for k in range(1, len(words)):  # a line break inside the name: its words up to there, then the whole
            for q in occurrences(text if exact else low, " ".join(words[:k]) + "\n"):
                m = spaced(lab, 0 if exact else re.IGNORECASE).match(text, q)
                if m and _whole_word(text, q, m.end(), hyphen_ok=exact):
                    found.setdefault(i, []).append((q, m.end()))
    for spans in found.values():
        spans = _outermost(spans)
        name = max((" ".join(text[a:b].split()) for a, b in spans), key=(lambda x: (len(x), not x.islower())))
        for a, b in spans:
            grant = "grant" if GRANT_BEFORE.search(text, max(0, a - 40), a) else None
            elliptic = ELLIPTIC_PART_BEFORE.search(text, max(0, a - 40), a)
            if elliptic and text[a:b].isupper() and text[elliptic.start():elliptic.start() + 2].isupper():
                # "de ABC- en XYZ-regelingen": two schemes by their acronyms, each its own name
                first = elliptic.group(0).split("-")[0]
                yield _icand(first, elliptic.start(), elliptic.start() + len(first), None, 0.9, filters=("empty",),
                             dropped_by=grant)
                elliptic = None
            if elliptic:  # "het Preventie- en Sportakkoord": the national name is the last part of a joint one
                yield _icand(text[elliptic.start():b], elliptic.start(), b, None, 0.9, filters=("empty",),
                             dropped_by=grant)
                continue
            kind = KIND_BEFORE_NATIONAL.search(text, max(0, a - 30), a)
            if kind:  # "de Coalitie Eén tegen Eenzaamheid": the local undertaking named after the programme
                yield _icand(text[kind.start(1):b], kind.start(1), b, None, 0.9, filters=("empty",), dropped_by=grant)
                continue
            generic = "plain_words" if text[a:b].islower() and (INDEFINITE_BEFORE.search(text, max(0, a - 6), a)
                                                                or text[a:b].endswith(BENEFIT_ENDS)) else None
            plain = _plain_words(text, a, b)
            written = " ".join(text[a:b].split())
            if plain and written[:1].lower() + written[1:] in _lower_case_names() and not (  # (or opening a sentence)
                    LOWER_LISTED_BEFORE.search(text, max(0, a - 30), a) or LOWER_LISTED_AFTER.match(text, b)):
                plain = None  # "werken met positieve gezondheid": the method (not "preventie en positieve gezondheid")
            yield _icand(name, a, b, None, 0.9, filters=("empty",), dropped_by=plain or grant or generic)


# a quoted title right after a type word's name, its subtitle: 'het Beleidsplan Sociaal Domein "Maatwerk voor X"'
QUOTED_AFTER = re.compile(r"[ \t]+(?:[‘'][^’'\n]{3,80}[’']|“[^”\n]{3,80}”|\"[^\"\n]{3,80}\")")
# "een energietoeslag betaald": a national scheme's name in lower case after "een" is the thing it pays, one of many
INDEFINITE_BEFORE = re.compile(r"(?<![\w\-])een[ \t]+$")
# ... as is a scheme's benefit in lower case wherever it stands ("de energietoeslag uitkeren"); "Energietoeslag" names it
BENEFIT_ENDS = ("toeslag", "tegemoetkoming")
ELLIPTIC_PART_BEFORE = re.compile(r"(?<![\w\-])[\wëï]+-[ \t]+en[ \t]+$")
# a capitalised kind of undertaking right before a national programme's name makes a name of its own with it
KIND_BEFORE_NATIONAL = re.compile(r"(?<![\w\-])((?:Lokale[ \t]+|Regionale[ \t]+|Landelijke?[ \t]+)?"
                                  r"(?:Coalitie|Alliantie|Netwerk|Platform|Actieprogramma))[ \t]+$")
# "SPUK IZA", "de specifieke uitkering GALA": the Rijk's grant for a programme, a fund (not counted), not the programme.
GRANT_BEFORE = re.compile(r"(?i)(?<![\w\-])(?:spuk|specifieke[ \t]+uitkering)[ \t]+$")


SENTENCE_START = re.compile(r"(?:[.!?:\n]|^)[ \t\u00a0]*$")
TYPE_BEFORE = re.compile(rf"(?i)(?<![\w\-])[\w\-]*{TYPE_SUFFIX}[ \t]+(?:[\w\-]+[ \t]+)?$")


def _plain_words(text: str, a: int, b: int) -> str | None:
    """"ouderen wonen langer thuis", "werken met positieve gezondheid": a name of several words written all in
    lower case, neither quoted nor named by a type word before it, is the plain phrase, not the title."""
    surface = text[a:b]
    first, rest = surface.split(" ", 1) if " " in surface else (surface, "")
    if not rest or not rest.islower() or (a and text[a - 1] in "‘'“\"„") or TYPE_WORD.match(first) \
            or TYPE_WORD_COMPOUND.match(rest.rsplit(" ", 1)[-1]):
        return None  # one word, capitals, quoted, or a type word of its own ("hervormingsagenda jeugd", "nationaal
        # sportakkoord": a compound of a type word names the agreement, the plan)
    if first[:1].isupper() and not SENTENCE_START.search(text, max(0, a - 4), a) and a:
        return None
    return None if TYPE_BEFORE.search(text, max(0, a - 40), a) else "plain_words"



def _whole_word(text: str, a: int, b: int, hyphen_ok: bool = False) -> bool:
    """Not inside a longer word; with `hyphen_ok` an acronym may open a compound ("IZA-akkoord", "GALA-middelen")."""
    if a and (is_word(text[a - 1]) or text[a - 1] == "#"):
        return False
    if b < len(text) and text[b] == "-" and hyphen_ok:  # (a compound a line's end broke: "Cittaslow- gedachtegoed")
        return b + 1 < len(text) and (text[b + 1].islower() or (text[b + 1] == " " and text[b + 2:b + 3].islower()))
    return not (b < len(text) and (is_word(text[b]) or text[b] == "-"))


@lru_cache(maxsize=1)
def _national_acronyms() -> frozenset[str]:
    return frozenset(lab for lab, exact, _i in _national_labels() if exact)


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans not inside another ("Hervormingsagenda" inside "Hervormingsagenda Jeugd")."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans, key=lambda s: (s[0], -s[1])):
        if out and b <= out[-1][1]:
            continue
        out.append((a, b))
    return out


# A policy document written in lower case and dated by its years: "de beleidsnota vrijwillige inzet 2024-2027",
# "het regionaal kader beschermd wonen 2020-2023". The years close the title; the words between the plan
# word and them are its subject (one to three, no verb, article or preposition: "het uitvoeringsplan werd in 2023 ..."
# names nothing). The budget cycle's and the coalition's documents are no undertakings.
DATED_PLAN = re.compile(r"(?:(?:integraal|integrale|regionaal|regionale|lokaal|lokale|verbindend)[ \t]+)?"
                        r"[a-zë]*(?:visie|nota|notitie|plan|programma|kader|akkoord|pact|strategie)"
                        # (its subject may open with "voor het", "van de": "het plan voor de jeugd (2020-2023)")
                        r"((?:[ \t]+(?:voor|van)[ \t]+(?:het|de))?(?:[ \t]+[a-zëéï][a-zëéï\-]{2,}){1,3})[ \t]+"
                        rf"\(?{YEAR_SPAN}\)?\Z")
DATED_PLAN_YEAR = re.compile(rf"\(?{YEAR_SPAN}\)?(?![\w\-])")  # (after a space)
SUBJECT_OPENING = re.compile(r"^(?:voor|van)[ \t]+(?:het|de)[ \t]+")
NOT_A_SUBJECT = STOP_TAIL | CONNECT | {"per", "vanaf", "sinds", "jaar", "januari", "februari", "maart", "april", "mei",
                                      "juni", "juli", "augustus", "september", "oktober", "november", "december",
                                      "dit", "deze", "onze", "ons", "wij", "we", "nieuwe", "eerste", "jaren", "komende",
                                      "periode",
                                      # (a preposition opens a phrase about the document, no subject of its name: "het
                                      # verschil in het programma tussen het ene jaar en het andere")
                                      "tussen", "binnen", "buiten", "onder", "na", "tijdens", "rond", "zonder", "ten"}
NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w\-]*[ \t]*,[ \t]*\Z")
SUBTITLE_DASH = re.compile(r"\S[ \t]+[–—-][ \t]+\Z|[A-Za-z]:[ \t]+\Z")  # (or a colon: "Bergveen Verbindt: beleidskader ...")
GOVERNING_PLAN = re.compile(r"(?:coalitie|college|bestuurs|raads|jaar|werk|begrotings)[a-zë]*$")


def _c_dated_plan(ctx: InitContext):
    """a lower-case policy document with its subject and its years: "de beleidsnota vrijwillige inzet
    2024-2027" (a planning cycle's or a coalition's document excepted)"""
    text = ctx.text
    # (a subject word ends right before the years, one space between: most years stand in tables and dates)
    starts = sorted(q + 1 for lead in (" 19", " 20", " (19", " (20") for q in occurrences(text, lead)
                    if q and text[q - 1].islower())
    for y in filter(None, (DATED_PLAN_YEAR.match(text, q) for q in starts)):
        window_start = max(0, y.start() - 90, text.rfind("\n", 0, y.start()) + 1)
        m = DATED_PLAN.search(text, window_start, y.end())
        if not m or (m.start() and (is_word(text[m.start() - 1]) or text[m.start() - 1] == "-")):
            continue
        if SUBTITLE_DASH.search(text, max(window_start, m.start() - 6), m.start()) \
                or NAME_COMMA_BEFORE.search(text, max(window_start, m.start() - 40), m.start()):
            # "• Samen sterk – visie jeugdbeleid 2021", "het Jeugdkompas, beleidsplan voor de jeugd 2020-2023, ...":
            # the subtitle of the title before the dash or what the apposition says of the name before the comma
            continue
        plan = text[m.start():m.start(1)].split()[-1]
        if text[m.end() - 1] == ")" and not re.search(r"[-–]", text[m.start(1):m.end()].rsplit("(", 1)[-1]):
            continue  # "(2030)": a year in brackets is a target's; a plan's period is bracketed whole ("(2019-2022)")
        if plan.lower() == "kader" and m.group(1).lstrip().startswith("van "):
            continue  # "in het kader van de vergelijkbaarheid 2019": as part of, no framework
        subject = SUBJECT_OPENING.sub("", m.group(1).strip()).split()
        if GOVERNING_PLAN.match(plan) or any(w in NOT_A_SUBJECT for w in subject):
            continue
        yield _icand(text[m.start():m.end()], m.start(), m.end(), plan, 0.7)


# A named regulation, municipal or regional (the guideline puts named ordinances and regulations under initiatives):
# its kind, what it rules in lower case, the municipality's name perhaps, and its year or period ("Algemene
# subsidieverordening gemeente Putten 2030", "Nadere subsidieregels gemeente Putten 2031", "Beleidsregel
# buurtinitiatieven 2029", "Subsidieregeling buurthuizen 2030-2033").
REGULATION_HEADS = ("verordening", "regels", "regeling", "beleidsregel", "beleidsregels")
REGULATION_NAMED = re.compile(r"(?:(?:Algemene|Nadere|algemene|nadere)[ \t]+)?[A-Za-zë\-]*?(?:[Vv]erordening|[Rr]egels|"
                              r"[Rr]egeling|[Bb]eleidsregels?)(?P<subject>(?:[ \t]+[A-Za-zëéï][a-zëéï\-]{2,}){0,4}?)"
                              r"(?:[ \t]+gemeente[ \t]+[A-Z][\w\-]*(?:[ \t]+(?:aan|den|de|op|[A-Z][\w\-]*)){0,3}?)?"
                              rf"[ \t]+{YEAR_SPAN}(?![\w\-])")
_KIND_BEFORE = re.compile(r"(?i)(?:verordening|regels?|regeling|nota|kader|plan|beleid)[ \t]+\Z")
_REGULATION_OPENER = re.compile(rf"(?:algemene|nadere|[a-zë\-]*(?:{'|'.join(REGULATION_HEADS)}))")


def _regulation_starts(text: str) -> list[int]:
    """Where REGULATION_NAMED can match: at "Algemene"/"Nadere" or a word ending in a regulation's kind."""
    return words_where(text, lambda w: bool(_REGULATION_OPENER.fullmatch(w.lower())))


def _c_regulation(ctx: InitContext):
    """9b. a named regulation with its year: "Algemene subsidieverordening gemeente X 2030" (not a law's article or a
    bare kind: "regels 2030" needs a subject, a municipality or "Algemene"/"Nadere" before it)"""
    text = ctx.text
    for m in anchored_finditer(REGULATION_NAMED, text, _regulation_starts(text)):
        name = m.group(0)
        words = name.split()
        head = next(i for i, w in enumerate(words) if w.lower().endswith(REGULATION_HEADS))
        if head == 0 and not m.group("subject").strip() and "gemeente" not in words:
            continue  # "de regeling 2030": no name
        if any(w in NOT_A_SUBJECT for w in m.group("subject").split()):
            continue
        if not name[:1].isupper() and head == 0 and words[0].lower() in REGULATION_HEADS \
                and not m.group("subject").strip()[:1].isupper():
            continue  # "de regels 2030 zijn": a bare kind in lower case (not "de beleidsregels Schuldhulp 2031")
        if _KIND_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "Verordening bijdrageregeling X 2030": the end of the name that opens before it
        yield _icand(name, m.start(), m.end(), words[head], 0.7)


INIT_CANDIDATES = (
    Step("quoted", "candidates", "quoted titles, with the type word before them when the title is lower case", _c_quoted),
    Step("type_word", "candidates", "a type word and the name after it (wijkvisie Vogelbuurt, pilot X)", _c_type_word),
    Step("type_item", "candidates", "a list item that a capitalised type word opens, whole (• Project fietsen voor "
         "ouderen)", _c_type_item),
    Step("type_compound", "candidates", "a capitalised compound ending in a type word (Ouderenagenda)", _c_type_compound),
    Step("pass_compound", "candidates", "a capitalised compound ending in -pas: a scheme's card (Meedoenpas)",
         _c_pass_compound),
    Step("called_initiative", "candidates", "a name the text calls an initiative or project of someone (X (een "
         "initiatief van ...))", _c_called_initiative),
    Step("event_title", "candidates", "a recurring event by its title (Week van de X, Festival der Y)", _c_event_title),
    Step("exclamation", "candidates", "a capitalised name closed by ! inside a sentence (DURF!)", _c_exclamation),
    Step("campaign", "candidates", "lower-case campaign compounds (mantelzorgcampagne)", _c_campaign),
    Step("hyphen_type", "candidates", "NAME-project / NAME-aanpak", _c_hyphen_type),
    Step("hashtag", "candidates", "hashtags naming a scheme or method", _c_hashtag),
    Step("web_platform", "candidates", "a local platform by its web address (www.XDoet.nl; not the municipality's "
         "own site, a country-wide portal or a report site)", _c_web_platform),
    Step("plan_in_place", "candidates", "a lower-case plan and the kern or wijk it is for (de dorpsvisie in X)",
         _c_plan_in_place),
    Step("capitalised_run", "candidates", "two or more capitalised words mid-sentence", _c_capitalised_run),
    Step("enumeration", "candidates", "names listed after programma's/projecten/interventies", _c_enumeration),
    Step("listed", "candidates", "items of a bulleted list announced as projects, policy frameworks or schemes",
         _c_listed),
    Step("national", "candidates", "country-wide programmes and agreements (loaders/data/initiatives.csv)", _c_national),
    Step("dated_plan", "candidates", "a lower-case policy document with its subject and its years (de beleidsnota "
         "armoede 2025-2029)", _c_dated_plan),
    Step("regulation", "candidates", "a named regulation with its year (Algemene subsidieverordening gemeente X 2030)",
         _c_regulation),
    Step("document_item", "candidates", "a list item or a table row's first cell naming a policy document or "
         "regulation whole (• Verordening X 2018)", _c_document_item),
    Step("regulation_name", "candidates", "a regulation by its whole name, which its municipality and year close "
         "(Verordening maatschappelijke ondersteuning gemeente X 2018)", _c_regulation_name),
    Step("inline_list", "candidates", "names listed after a plural noun of undertakings and a colon (Festivals: A, B "
         "en C)", _c_inline_list),
    Step("so_called", "candidates", "what the text calls by a name (de zogenoemde Huiskamers van de Hof)", _c_so_called),
    Step("plural_type_list", "candidates", "names listed right after a plural type word (de interventies A, B en C)",
         _c_plural_type_list),
)
INIT_MERGE = Step("merge", "merge", "one initiative per folded name; a name whose words are all in another's joins "
                  "it; neighbourhoods named inside", None)
INIT_STEPS = (*INIT_CANDIDATES, *INIT_FILTERS.values(), INIT_MERGE)


# A sentence's or line's first word right before a capitalised name, where it is an adjective names open with
# ("Sociaal Team Noord voert ... uit", "Regionaal Actieplan X is vastgesteld"): the capital is the name's as much as
# the sentence's. (Not any first word: "Daarnaast Team X", "Alle Projecten".)
_OPENING_ADJECTIVE = re.compile(
    r"(?:(?<![^\n])|(?<=[.!?][ \t]))((?:Sociaa?l|Lokaa?l|Regionaa?l|Integraa?l|Centraa?l|Nationaa?l|Provinciaa?l|"
    r"Gemeentelijk|Maatschappelijk|Stedelijk|Landelijk|Interbestuurlijk|Gezond|Preventie[fv]|Collectie[fv]|"
    r"Algeme?n|Bree?d|Sterk)e?)[ \t]+$")


def _with_opening_adjective(text: str, cands: list[Cand]) -> list[Cand]:
    """A capitalised name right after a sentence-opening adjective of names takes it in."""
    out = []
    for c in cands:
        m = _OPENING_ADJECTIVE.search(text, max(0, c.start - 30), c.start) if text[c.start:c.start + 1].isupper() \
            else None
        out.append(replace(c, name=text[m.start(1):c.start] + c.name, start=m.start(1)) if m else c)
    return out


def find_initiatives(text: str, *, blocked: set[str], areas: dict[str, str], programme_keys: set[str],
                     law_spans: list[tuple[int, int]], places: set[str] = frozenset(),
                     org_spans: list[tuple[int, int]] = (), trace: Trace | None = None) -> list[Initiative]:
    """`blocked`: folded names that are organisations, places, laws, people; `areas`: folded -> display name."""
    # Law spans sorted by start with the running max of their ends: "overlaps a law" is one bisect.
    law_starts, law_reach = _reach(law_spans)
    org_starts, org_reach = _reach(org_spans)
    # (the programme titles as the filters compare names: words only, a folded title keeps its commas)
    ctx = InitContext(text, blocked, {_key(k) for k in programme_keys}, places, law_starts, law_reach, org_starts,
                      org_reach, contents_lines(text))
    cands = run_candidates(INIT_CANDIDATES, ctx, INIT_FILTERS, trace)
    cands = _longest_at_each_start(_without_joined_items(_with_opening_adjective(text, cands), trace))
    items = _merge(text, [(c.name, c.start, c.end, c.kind, c.conf) for c in cands], areas)
    if trace is not None:
        for it in items:
            trace.add("merge", INIT_MERGE.name, it.name, it.mentions[0].start if it.mentions else -1, "initiative")
    return items


def _without_joined_items(cands: list[Cand], trace: Trace | None) -> list[Cand]:
    """A reading that runs two items of a list after a plural type word together ("Zorgzaam X en Sterk Y" of
    "de stadsprogramma's Zorgzaam X en Sterk Y") gives way to the items."""
    items = [(c.start, c.end) for c in cands if c.step == "plural_type_list"]
    if not items:
        return cands
    out = []
    for c in cands:
        if c.step != "plural_type_list" and sum(c.start <= a and b <= c.end for a, b in items) >= 2:
            if trace is not None:
                trace.add("merge", "plural_type_list", c.name, c.start, "runs the items of a list together")
            continue
        out.append(c)
    return out


def _longest_at_each_start(cands: list[Cand]) -> list[Cand]:
    """A name that stops early where another step read the same title further ("Beleidsnota Samen" of a list item
    "Beleidsnota Samen in actie tegen armoede"): the longer reading stays. A run of capitals that goes on through
    "en" is no such reading: it does not replace the names it joins ("Kookstudio Oost en Fit op Zaterdag")."""
    longest: dict[int, Cand] = {}
    for c in cands:
        if c.start not in longest or c.end > longest[c.start].end:
            longest[c.start] = c
    out = []
    for c in cands:
        long = longest[c.start]
        joins = long.step == "capitalised_run" and " en " in long.name[len(c.name):]
        if long.end == c.end or joins:
            out.append(c)
    return out


def _reach(spans) -> tuple[list[int], list[int]]:
    """Span starts in order with the running maximum of their ends: "inside a span" is one bisect."""
    ordered = sorted(spans)
    reach: list[int] = []
    for _a, b in ordered:
        reach.append(max(b, reach[-1]) if reach else b)
    return [a for a, _b in ordered], reach


# after "en" or "of": a type word of its own, with its article ("en de pilot B", "of het project C")
_KIND_OF_ITS_OWN = r"[ \t]+(?:(?:de|het|een)[ \t]+)?[\wëïéè\-]*" + TYPE_SUFFIX
SECOND_OF_KIND = re.compile(r"(?i)" + _KIND_OF_ITS_OWN + r"(?![\wëïéè])")


# ... and a plain word after a type word, joined by "en" or "of" to another type word and its plain word
PAIR_AFTER = re.compile(r"(?i)[ \t]+(?:en|of)" + _KIND_OF_ITS_OWN + r"[ \t]+[a-zà-ÿ]")
PAIR_BEFORE = re.compile(r"(?i)[\wëïéè\-]*" + TYPE_SUFFIX + r"[ \t]+[a-zà-ÿ][\wëïéè\-]*[ \t]+(?:en|of)[ \t]+"
                         r"(?:(?:de|het|een)[ \t]+)?$")


# a tail that opens with a one-word place and goes on in lower case: "Putten in Het Anker", "Putten begint"
PLACE_OPENING = re.compile(r"([A-Z][\w'’\-]+)[ \t]+[a-zà-ÿ]")


def _name_tail(rest: str, lower_ok: bool, keep_connectors: bool = True) -> str:
    """The name after a type word: capitalised words (with connectors), or up to six plain words when allowed."""
    words = re.findall(r"[^\s,.;:()!?‘’“”\"|]+", rest.split("\n")[0])
    out: list[str] = []
    pos = 0
    line = rest.split("\n")[0]
    for w in words[:7]:
        idx = line.find(w, pos)
        if idx < 0 or re.search(r"[,.;:()!?|‘“\"„]", line[pos:idx]):
            break  # (an opening quote starts a title of its own)
        pos = idx + len(w)
        lw = w.lower()
        if lw in ("en", "of") and out and SECOND_OF_KIND.match(line, pos):
            break  # "de pilot A en de pilot B": a second undertaking of its own kind
        if w[:1].isupper() and w.endswith("'"):
            out.append(w.rstrip("'"))
            break  # "'Actieplan Samen Thuis'": a straight quote mark closes the title
        if w[:1].isupper() or re.fullmatch(r"(?:19|20)\d\d(?:-(?:19|20)\d\d)?", w):
            out.append(w)
            continue
        if lw in ENGLISH_CONNECT and out and len(out) < 5:
            nxt = line[pos:].split()
            if nxt and nxt[0][:1].isupper():
                out.append(w)  # "Present your Startup", "Make the Difference": an English title's small word
                continue
            break
        if lw in CONNECT and out and len(out) < 5:
            nxt = line[pos:].split()
            # (a preposition, an article and a capital too: "project Samen in de Buurt", "aanpak Thuis in de Wijk";
            # not "en het X", a second name)
            if keep_connectors or (nxt and nxt[0][:1].isupper()) or (
                    lw not in ("en", "&") and len(nxt) > 1 and nxt[0] in ("de", "het", "der", "den")
                    and nxt[1][:1].isupper()):
                out.append(w)
                continue
            break
        if not out and (lw in CLAUSE_PARTICIPLES or lw in PLURAL_VERB_TAIL):
            break  # "is een pilot gestart voor ...": the clause's participle, no name
        if lower_ok and lw not in STOP_TAIL and lw not in VERB_TAIL and not re.match(r"^\d", w) and (out or lw not in CONNECT) \
                and sum(x[:1].isupper() for x in out) < 2:
            out.append(w)  # "Sociaal Domein scherpen": after a capitalised name a plain word is the verb
            continue
        break
    return _trim_connectors(" ".join(out))


def _trim_connectors(s: str) -> str:
    words = s.split()
    while words and (words[-1].lower() in CONNECT or words[-1].lower() in STOP_TAIL):
        words.pop()
    return " ".join(words)


def _merge(text: str, found: list[tuple[str, int, int, str | None, float]], areas: dict[str, str]) -> list[Initiative]:
    """One Initiative per folded name; a name whose words all occur in a longer one is the same item."""
    type_words = re.compile(rf"(?i)^(?:{TYPE_SUFFIX}|wijkvisie|wijkenvisie|gebiedsvisie|wijkplan|actieplan|uitvoeringsplan)$")
    found.sort(key=lambda f: (-f[4], f[1]))
    items: dict[str, Initiative] = {}
    order: dict[str, int] = {}  # item key -> insertion rank
    tokens: dict[str, set[str]] = {}
    postings: dict[str, list[str]] = {}  # token -> keys of the items holding it
    area_rank = {ak: i for i, ak in enumerate(areas)}
    area_words = max((len(ak.split()) for ak in areas), default=0)  # n-grams longer than any area are no area
    # A key that joined an earlier item keeps joining it: items are only ever appended, so the first
    # item whose words cover the key's (or vice versa) stays the first.
    joined: dict[str, Initiative] = {}
    starts: dict[int, set[int]] = {}
    for name, s, e, kind, _conf in found:
        key = _key(name)
        toks = {t for t in key.split() if not type_words.match(t)}
        if not toks:
            continue  # a bare type word ("Actieplan") names nothing
        target = items.get(key) or joined.get(key)
        if target is None:
            k = _first_cover(toks, tokens, postings, order)
            if k is not None and not _other_document(name, items[k].name):
                target = joined[key] = items[k]
                if toks == tokens[k] and target.name.isupper() and len(key.split()) > len(k.split()) \
                        and type_words.match(key.split()[0]):
                    target.name = name  # "programma NPG" beside the register's bare acronym: the name says what it is
        if target is None:
            target = items[key] = Initiative(name=name, kind=kind)
            order[key] = len(order)
            tokens[key] = toks
            for t in toks:
                postings.setdefault(t, []).append(key)
            words = key.split()
            hits = {" ".join(words[i:j]) for i in range(len(words))
                    for j in range(i + 1, min(len(words), i + area_words) + 1)}
            for ak in sorted((h for h in hits if h in area_rank), key=area_rank.get):
                if areas[ak] not in target.neighbourhoods:
                    target.neighbourhoods.append(areas[ak])
        sp = span(text, s, e)
        seen = starts.get(id(target))
        if seen is None:
            seen = starts[id(target)] = {x.start for x in target.mentions}
        if sp.start not in seen:
            seen.add(sp.start)
            target.mentions.append(sp)
    out = list(items.values())
    out.sort(key=lambda i: i.mentions[0].start if i.mentions else 0)
    national = ref.national_initiative_aliases()
    inside = []  # (the words spelled out are the acronym's, not a name of their own: "GALA (Gezond Actief Leven Akkoord)")
    for it in out:  # the register's other names of a country-wide one that the text uses ("het IZA")
        used = {ref.fold(m.quote) for m in it.mentions}
        it.aliases = [a for a in national.get(ref.fold(it.name), ()) if ref.fold(a) in used]
        for words, bracket in _spelled_out(text, it):
            inside.append(bracket)
            if words not in it.aliases:
                it.aliases.append(words)
    out = _fold_bracketed_acronyms(text, out)
    return [it for it in out if not it.mentions or not all(
        any(a <= m.start and m.end <= b for a, b in inside) for m in it.mentions)]


def _fold_bracketed_acronyms(text: str, out: list[Initiative]) -> list[Initiative]:
    """An acronym in brackets right after a name whose initials spell it ("Het Lokaal Gezondheids Akkoord (LGA) ...
    Met het LGA ...") is that name's other name: its mentions are the name's."""
    ends = {m.end: it for it in out for m in it.mentions}
    folded = set()
    for it in out:
        if not _ACRONYM_NAME.fullmatch(it.name):
            continue
        for m in it.mentions:
            if text[m.start - 1:m.start] != "(" or text[m.end:m.end + 1] != ")":
                continue
            q = m.start - 1
            while q > 0 and text[q - 1] in " \t":
                q -= 1
            full = ends.get(q)
            if full is not None and full is not it and \
                    "".join(w[0] for w in _WORD.findall(full.name)).upper() == it.name:
                full.aliases.append(it.name)
                full.mentions.extend(it.mentions)
                folded.add(id(it))
                break
    return [it for it in out if id(it) not in folded]


_ACRONYM_NAME = re.compile(r"[A-Z]{2,6}")
_BRACKET_AFTER = re.compile(r"[ \t]*\(([^()\n]{3,80})\)")
_WORD = re.compile(r"[^\W\d_]+")


def _spelled_out(text: str, it: Initiative) -> list[tuple[str, tuple[int, int]]]:
    """The words in brackets after an acronym's mention whose initials spell it ("GALA (Gezond Actief Leven Akkoord)"),
    each with where the bracket stands."""
    if not _ACRONYM_NAME.fullmatch(it.name):
        return []
    out = []
    for m in it.mentions:
        b = _BRACKET_AFTER.match(text, m.end)
        if b and "".join(w[0] for w in _WORD.findall(b.group(1))).upper() == it.name:
            out.append((b.group(1).strip(), (b.start(1), b.end(1))))
    return out


def _other_document(a: str, b: str) -> bool:
    """Two names of documents of different kinds on one subject ("Beleidsplan X 2015", "Afstemmingsverordening X,
    Y en Z 2015") are two documents, however many words they share ("Wijkvisie X" and "Wijkenvisie X" are one)."""
    ha, hb = DOCUMENT_HEAD.match(a), DOCUMENT_HEAD.match(b)
    return bool(ha and hb and ha.group(1).lower() != hb.group(1).lower())


def _first_cover(toks: set[str], tokens: dict[str, set[str]], postings: dict[str, list[str]],
                 order: dict[str, int]) -> str | None:
    """The earliest item whose words contain `toks`, or are contained in them and make up at least half of
    them (via the word postings)."""
    best = None
    # items holding every word of toks: all in the postings of its rarest word
    rare = min((postings.get(t, ()) for t in toks), key=len)
    for k in rare:
        if toks <= tokens[k] and (best is None or order[k] < order[best]):
            best = k
    # items all of whose words are in toks: counted over the postings of toks' words
    hits: dict[str, int] = {}
    for t in toks:
        for k in postings.get(t, ()):
            hits[k] = hits.get(k, 0) + 1
    for k, n in hits.items():  # a shorter item takes a longer name only when they share half its words
        if n == len(tokens[k]) and 2 * n >= len(toks) and (best is None or order[k] < order[best]):
            best = k
    return best
