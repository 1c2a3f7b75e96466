"""Relations stated by the text: who works with, provides, funds, contracts, where, under which law, part of what.

A relation is only made where a sentence (or a list item or table row) of the report states it, with a cue
of Dutch report language ("in samenwerking met", "uitgevoerd door", "subsidie ontvangen", "in het kader van
de Jeugdwet", "als onderdeel van"); a mere mention is not a relation. Each relation carries its whole sentence
as evidence. Pipeline:

1. units: the text cut into sentences and list items, each with its paragraph;
2. mentions: every found entity (organisation, municipality, initiative, neighbourhood, law) placed in its unit;
3. rules: one small function per predicate reads a unit and its mentions and states relations;
4. merge: one relation per (subject, predicate, object), the first sentence that states it kept.

Objects that are not found entities ("een project rondom jonge mantelzorgers", "hoogspecialistische
expertise") are taken as the phrase the text gives, so `provides` and `partner_of` can name services and
unnamed projects.
"""

from __future__ import annotations

import bisect
import re
from collections import deque
from dataclasses import dataclass
from operator import attrgetter

from sdkg.loaders.model import Initiative, Law, Organisation, Place, Relation
from sdkg.loaders.sentences import BULLET as _BULLET
from sdkg.loaders.sentences import Unit, units
from spacy.lang.nl.stop_words import STOP_WORDS

from .initiatives import WEB_ADDRESS
from .normalise import span
from .organisations import GRANT_LINE
from .scan import UNSAFE_LOWER, lowered, unsafe_lower, whole_occurrences

# ---------------------------------------------------------------------------------------------- mentions

@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    kind: str  # organisation | municipality | own | initiative | neighbourhood | law
    name: str


ACTOR_KINDS = ("organisation", "municipality")
THING_KINDS = ("initiative",)
PLACE_KINDS = ("neighbourhood", "municipality", "own")

# ---------------------------------------------------------------------------------------------- cues

PARTNER = re.compile(
    r"(?i)\b(?:samen\s+met|in\s+samenwerking\s+(?:met|tussen)|i\.s\.m\.|in\s+overleg\s+met|samenwerking\s+(?:met|tussen)|samengewerkt"
    r"|samen\s*werk\w*|samenwerkings\w+|samenwerkende\s+partijen|werk\w*\s+[^.]{0,60}?\bsamen\b"
    # "werken A, B, C, D en E sinds 2021 samen": a list of names between the verb and its particle
    r"|werk\w*\s+(?:[^.;,]{1,60},\s*){2,}[^.;]{0,80}?\bsamen\b"
    # "werken A, B en C samen": fewer names, each up to 60 characters, coordinated
    r"|werk\w*\s+(?:[^.;,]{1,60},\s*)+[^.;,]{1,60}?\s(?:en|&)\s[^.;,]{1,60}?\bsamen\b(?!\s+met)"
    r"|\b(?:ontwikkel|organise|trek|zet|pak|voer|bied|geef|geven|doe|bouw|richt)\w*\s+(?:\w+\s+)?samen\b(?!\s*met)"
    r"|(?:kern|samenwerkings|keten|stads)?partners?\b(?!schap)|partijen\b|nemen\s+deel|neemt\s+deel|deelname\s+aan"
    r"|ondertekend\s+door|convenant\s+(?:(?:gesloten|afgesloten|ondertekend|getekend)\s+)?met|afspraken\s+(?:gemaakt\s+)?met|(?:coalitie|alliantie|pact)\s+(?:\w+\s+){0,2}?met"
    r"|samenwerking\s+(?:\w+\s+){1,2}met|gemeenschappelijke\s+regeling|verbonden\s+partij"
    r"|afspraken\b[^.]{0,40}?\btussen|overeenstemming|\w+samenwerking\s+met|ondertekenaars|zijn\s+vertegenwoordigd"
    r"|(?:volgende|deelnemende)\s+organisaties\b(?![^.:]{0,40}\bsubsidie)"
    r"|^\s*met\b(?=[^.]{0,120}?\b(?:\w*afspraken|afgesproken|convenant|overeenkomst|samenwerking)\b)"
    r"|^\s*met\b(?=(?:[^.,]|,\s(?=[^.,]{1,30}(?:,|\sen\s))){0,80}?\s(?:is|zijn|werd|werden)\s+(?:(?:in|sinds|vanaf)\s+(?:het\s+|de\s+)?\w+\s+)?(?:de|het|een)\s+[^.,]{0,60}?\b(?:gestart|opgezet|opgericht"
    r"|ontwikkeld|gelanceerd|begonnen)\b)"
    r"|\bmet\s+[^.;]{1,60}?\bafgesproken\b"
    # "hebben we met de corporaties A en B prestatieafspraken gemaakt", "A en de gemeente hebben afgesproken"
    r"|\bmet\b(?=[^.;]{1,80}?\b\w*afspraken\s+(?:gemaakt|gesloten|vastgelegd|afgesloten)\b)"
    r"|\ben\s+(?:de\s+gemeente|wij|we)\s+(?:hebben|heeft)\s+(?:\w+\s+){0,3}?(?:afgesproken|\w*afspraken\s+gemaakt)\b"
    # "Wij trekken op dit gebied op met A en B", "Specialistische jeugdhulp kopen we in met A"
    r"|\b(?:(?:wij|we|de\s+gemeente)\s+(?:\w+\s+)?(?:trek\w*|koopt|kopen|kocht|kochten)|(?:trek\w*|kopen|kochten)\s+(?:wij|we))"
    r"\s(?:[^.;]{0,60}?\s)?(?:op|in)\s+met\b|\boptrekken\s+met\b"
    # "Met A en B loopt sinds 2018 het project 'X'", "zijn A en B samen het project 'X' begonnen"
    r"|^\s*met\b(?=[^.;]{0,100}?\s(?:loopt|liep|lopen|liepen|draait|draaide)\s+(?:(?:sinds|vanaf|in)\s+[^\s]+\s+|al\s+|nu\s+)*"
    r"(?:het|de)\s+(?:\w+\s+)?(?:project|pilot|programma|proef|aanpak)\b)"
    r"|\bsamen\s+(?:het|de|een)\s+(?:\w+\s+)?(?:project|pilot|initiatief|programma|proef|aanpak)\b"
    # "De vroegsignalering voeren we uit met A en B", "Wij voeren de schuldhulp uit met A"
    r"|\bvoer\w*\s+(?:wij|we)\s+(?:\w+\s+){0,2}?uit\s+met\b|\b(?:wij|we)\s+voer\w*\s+[^.;]{0,60}?\suit\s+met\b)")


def lowered_pattern(p: re.Pattern) -> re.Pattern:
    """`p` without (?i), for a sentence already lower-cased: where lower() keeps every offset
    and (?i) equates no other character with an ASCII letter (scan.UNSAFE_LOWER), the same matches at the same
    places, two to four times faster (the engine skips to the places where a match can start, which it cannot
    work out for a pattern of many alternatives under (?i)). `p` holds no capital letter but those of the \\S, \\W,
    \\B and \\D classes and of its groups' names (a test checks each)."""
    return re.compile(p.pattern.removeprefix("(?i)"))


PARTNER_LOWER = lowered_pattern(PARTNER)  # (a test checks it finds PARTNER's matches)
# one or more places by their names ("Slagharen en Balkbrug", "Molenwijk en De Akker")
_PLACE_NAMES = r"(?:(?-i:De|Het|Den)\s+)?(?-i:[A-Z])[\w'-]+(?:(?:\s*,\s*|\s+en\s+)(?:(?-i:De|Het|Den|de|het)\s+)?(?-i:[A-Z])[\w'-]+)*"
PROVIDE_AFTER = re.compile(  # ORG <cue> object (past an apposition or a relative clause: "A, dat in B zit, biedt X")
    r"(?i)\s*(?:\([^()]{1,30}\)\s*)?(?:,\s+(?:de|het|een|dat|die|gevestigd|gehuisvest)\s(?:[^,.;:()]|(?<=\d)[.,](?=\d)){3,100},\s*)?(?:,\s*)?"
    # a first verb of the same subject before "en": "A ontvangt hiervoor een subsidie van € 3,1 miljoen en verzorgt X"
    r"(?:\s+(?:ontvangt|ontving|krijgt|kreeg|werkt|werkte|is|was|heeft|had)\s(?:[^,.;:()]|(?<=\d)[.,](?=\d)){3,80}?\s+en\s+)?"
    r"(?:biedt|bieden|levert|leveren|verzorgt|verzorgen|organiseert|organiseren|voert|geeft"
    r"|int|innen|inde|heft|heffen|hief|coördineert|coördineerde|exploiteert|exploiteerde|beheert|beheren|beheerde|beheerden"
    r"|bood|boden|leverde|leverden|verzorgde|verzorgden|organiseerde|organiseerden|voerde|voerden"
    r"|verstrekt|verstrekken|verstrekte|verstrekten|realiseert|realiseren|realiseerde|realiseerden|bouwt|bouwde|bouwden"
    r"|opent|openen|opende|openden"
    r"|heeft\s+\S+(?:\s+\S+)?\s+(?:beschikbaar\s+gesteld|geopend|opgezet|ontwikkeld)"
    r"|(?:(?:is|zijn|wordt|worden|als|blijft|blijven|werd)\s+)?(?:de\s+)?(?:preferente\s+|nieuwe\s+|vaste\s+|enige\s+|grootste\s+"
    r"|belangrijkste\s+|gecontracteerde\s+)?(?:aanbieders?|leveranciers?|uitvoerders?)\s+(?:van|voor)"
    r"|(?:(?:is|zijn|wordt|worden|werd|werden)\s+)?(?:(?:door\s+(?:de\s+gemeente|ons)|ook|opnieuw)\s+)?"
    r"(?:gecontracteerd|ingekocht|ingehuurd|aangetrokken)\s+voor"
    r"|(?:is|blijft|als)\s+(?:de\s+)?centrumgemeente\s+voor"
    r"|(?:is|zijn)\s+(?:(?:in|op|per|sinds)\s+[\w-]+\s+|ook\s+|al\s+|daarnaast\s+){0,3}gestart\s+met"
    r"|(?:start|startte|startten|begon|begonnen)\s+(?:in\s+\d{4}\s+|dit\s+jaar\s+|ook\s+)?met"
    r"|(?:draagt|dragen|droeg|droegen)\s+(?:\w+\s+)?zorg\s+voor"
    r"|(?:is|zijn|blijft|blijven|was|waren)\s+(?:\w+\s+)?verantwoordelijk\s+voor(?:\s+de\s+uitvoering\s+van)?)"
    # what stands between the verb and its object: "verstrekte wekelijks pakketten", "realiseerde in Bolsward 16
    # woningen", "biedt in Pesse dagbesteding aan"
    r"(?:\s+(?:wekelijks|jaarlijks|dagelijks|maandelijks|daarnaast|ook|weer|opnieuw|in\s+\d{4}|samen"
    r"|in\s+" + _PLACE_NAMES + ")"
    # "organiseerde, met een bijdrage uit het Sportakkoord, het beweegprogramma X": a phrase between commas
    r"|\s*,\s+(?:met|dankzij|via|naast|zonder)\s[^,.;:!?()]{3,70},)*"
    r"\s+(?P<obj>[^.;:!?()]{3,160})")
# "Het aanbod van A bestaat uit X, Y en Z": what A offers
OFFER_OF = re.compile(r"(?i)\baanbod\s+van\s+(?:de\s+|het\s+)?\Z")
OFFER_CONSISTS = re.compile(r"(?i)\s+(?:bestaat|bestond)\s+(?:onder\s+(?:meer|andere)\s+)?uit\s+(?P<obj>[^.;:!?()]{3,160})")
# "A is (daarmee) de organisatie die zowel het X als de Y verzorgt": what the organisation is said to be the one for
COPULA_RELATIVE = re.compile(r"(?i)\s+(?:is|was|blijft)\s+(?:\w+\s+)?(?:de|een)\s+(?:\w+\s+)?(?:organisatie|partij|stichting|aanbieder"
                             r"|instelling|partner)\s+(?:die|dat)\s+(?P<obj>[^.;:!?()]{3,120}?)\s+(?:verzorgt|uitvoert|biedt"
                             r"|aanbiedt|levert|organiseert|coördineert)\b")
# "A heeft (in opdracht van de gemeente) het X, de Y en het Z uitgevoerd": the perfect tense, object before the participle
PROVIDE_PERFECT = re.compile(
    r"(?i)\s+(?:heeft|hebben|had|hadden)\s+(?P<obj>[^.;:!?()]{3,110}?)\s+(?:uitgevoerd|geleverd|verzorgd|georganiseerd"
    r"|aangeboden|gegeven|geboden|geopend|opgezet|opgericht)\b")
# "gevormd door medewerkers van de gemeente, A en B": staff of the municipality and of the organisations listed after it
STAFF_MIX = re.compile(r"(?i)\b(?:gevormd\s+door|samengesteld\s+uit|bestaa(?:t|n)\s+uit|bemand\s+(?:door|met))\s+(?:\w+\s+){0,2}?"
                       r"(?:medewerkers|professionals|consulenten)\s+(?:van|uit)\s+(?:de\s+gemeente|onze\s+gemeente|ons)"
                       r"\s*(?:,\s*(?:en\s+)?|\s+en\s+)(?:de\s+|het\s+)?")
# a team the municipality runs with others' staff: "Het gebiedsteam werkt (onder regie van de gemeente), met medewerkers
# van A en van zorgaanbieder B"
TEAM_WITH_STAFF = re.compile(r"(?i)\b(?:\w*team|\w*teams)\b[^.;]{0,80}?\bmet\s+(?:\w+\s+)?medewerkers\s+van\s+"
                             r"(?!(?:de|onze)\s+gemeente)(?:de\s+|het\s+)?(?:(?-i:[a-zà-ÿ])[\w-]*\s+)?")
# "het X, dat door A (in B) wordt verzorgd": a passive relative clause whose agent is A
RELATIVE_BY_WORDS = re.compile(r",\s*(?:dat|die)\s+door\s")
RELATIVE_BY = re.compile(r"\s*,\s*(?:dat|die)\s+door\s+(?:de\s+|het\s+)?(?:\w+\s+van\s+(?:de\s+|het\s+)?)?\Z")
RELATIVE_PARTICIPLE = re.compile(r"(?i)\s*(?:\([^()]{1,30}\)\s*)?(?:[^,.;:]{0,60}?\s)?(?:wordt|worden|werd|werden|is|zijn)\s+"
                                 r"(?:\w+\s+)?(?:verzorgd|uitgevoerd|gerund|gecoördineerd|georganiseerd|aangeboden|geleverd"
                                 r"|beheerd|geboden|gegeven|geëxploiteerd|begeleid)\b")
NP_BEFORE_COMMA = re.compile(r"(?i)\b(?:de|het|een)\s+(?P<np>(?-i:[a-zà-ÿ])[\w-]*(?:\s+(?-i:[a-zà-ÿ])[\w-]*){0,3})\s*\Z")
# "A, dat (met B) de X verzorgt", "A (AB), die in opdracht van de gemeente het X, het Y en het Z uitvoert": a relative
# clause about A
PROVIDE_RELATIVE = re.compile(r"(?i)\s*(?:\([^()]{1,30}\)\s*)?,\s*(?:dat|die)\s+(?:(?:ook|tevens|daarnaast|eveneens|onder\s+meer|al)\s+)?"
                              # "A, dat voor Oldenzaal, Dinkelland en Tubbergen de Wsw uitvoert": for whom, then what
                              r"(?:voor\s+(?:ons|de\s+gemeenten?|(?-i:[A-Z])[\w'-]+(?:(?:\s*,\s*|\s+en\s+)(?-i:[A-Z])[\w'-]+)*)\s+)?"
                              r"(?:met\s+(?P<with>[^,.;]{2,50}?)\s+)?(?P<obj>(?:de|het|een)\s(?:[^.;:,]|,\s+(?=(?:de|het|een)\s)){3,160}?"
                              r"|(?-i:[a-zà-ÿ])(?:[^.;:,]|,\s+(?=(?:de|het|een)\s)){2,160}?)"
                              r"\s+(?:verzorgt|verzorgen|uitvoert|uitvoeren|biedt|bieden|levert|leveren|organiseert"
                              r"|organiseren|aanbiedt|aanbieden|exploiteert|exploiteren|coördineert|coördineren|runt|runnen)\b")
# an object before the verb, its subject after it: "De jeugdgezondheidszorg voert de GGD X uit"
FRONTED_OBJECT = re.compile(r"[\s•\-–*·]*(?P<np>(?:De|Het|Een)\s+(?-i:[a-zà-ÿ(])[^.;:!?,]{2,100}?)\s+"
                            r"(?:voert|voerde|verzorgt|verzorgde|levert|leverde|organiseert|organiseerde|regelt|regelde)"
                            r"\s+(?:(?:ook|daarnaast|sinds\s+\d{4}|in\s+\d{4})\s+)?(?:de\s+|het\s+)?")
# a second verb after a first one's object ("voert de X uit en biedt Y"): where PROVIDE_AFTER can match again
NEXT_VERB = re.compile(r"(?i)\s(?:uit\s|aan\s)?\s*(?:,\s*)?(?:en|maar\s+ook)(?=\s+(?:biedt|bieden|levert|leveren|verzorgt"
                       r"|verzorgen|organiseert|organiseren|voert|geeft|bood|leverde|verzorgde|organiseerde|voerde)\s)")
# a lead-in to the list of the parties of a body or of the municipality: "De coalitie bestaat uit: A, B en C",
# "Onze partners zijn A, B", "een kerngroep, bestaande uit:", "een schil van leden: A, B"
PARTY_LEAD = re.compile(r"(?i)\b(?:bestaa(?:t|n|nde)\s+uit(?:\s+(?:een\s+)?(?:kerngroep|kern|groep)(?:\s+van)?)?"
                        r"|(?:onze|de)\s+(?:belangrijkste\s+|vaste\s+|lokale\s+)?(?:samenwerkings|keten)?(?:partners|partijen)"
                        r"\s+(?:zijn|waren)|(?:schil|kring|groep)\s+van\s+(?:leden|partners)"
                        r"|(?:deelnemers|leden|partners|deelnemende\s+(?:organisaties|partijen))\s*(?=:))\s*:?\s*")
# Words every match of PARTY_LEAD contains (lower case).
PARTY_LEAD_WORDS = ("bestaa", "partners", "partijen", "leden", "deelnemers", "deelnemende")
PARTY_HEADING = re.compile(r"(?i)\s*(?:deelnemende\s+(?:organisaties|partijen)|(?:onze\s+)?(?:samenwerkings|keten)?partners"
                           r"(?:\s+(?:in|van|voor|binnen|bij)(?:\s+[\w-]+){1,4})?|deelnemers|betrokken\s+(?:partijen|organisaties)"
                           r"|(?P<bodies>verbonden\s+partijen))\s*:?\s*")
BODY_TYPES = "coalitie|project|netwerk|convenant|akkoord|samenwerkingsverband"
PARTY_BODY = re.compile(r"(?i)^\W*(?:de|het|dit|deze)\s+(?P<tw>coalitie|kerngroep|netwerk|platform|samenwerkingsverband|overleg"
                        r"|alliantie|consortium|convenant|team|wijkteam|makelpunt)\b")
LIST_SEP = re.compile(r"\s*(?:,|;|•|·|\s(?:en|&)\s)\s*")
# a list item that names a service and its provider: "- cliëntondersteuning: MEE X"
SERVICE_ITEM = re.compile(r"\s*(?:[•\-–*·▪●◦]\s*)?(?P<svc>[a-zà-ÿ][\w -]{2,60}?)\s*:\s*")
PHRASE_VISIBLE = re.compile(r"(?i)\W*(?:de|het)\s+(?P<np>[\w-]+(?:\s+[\w-]+)?)\s+(?:is|zijn|was|waren)\s+(?:\w+\s+)?"
                            r"(?:zichtbaar|actief|aanwezig|gevestigd|te\s+vinden)\s+in\s+")
# who acts is not what happens somewhere
ACTOR_NOUNS = frozenset(("woningcorporatie", "gemeente", "bewoners", "inwoners", "vrijwilligers", "jongeren", "ouderen",
                         "kinderen", "huishoudens", "woningen", "dorpshuizen", "wijkteams", "scholen", "partners",
                         "organisaties", "mensen", "gezinnen", "deelnemers", "medewerkers", "corporaties"))
# What a passive's participle does to the people it is said of, as a service ("Statushouders worden begeleid door A":
# A provides "begeleiding van statushouders").
SERVICE_OF_PARTICIPLE = {"begeleid": "begeleiding", "ondersteund": "ondersteuning", "opgevangen": "opvang",
                         "behandeld": "behandeling", "geholpen": "hulp", "gecoacht": "coaching", "bemiddeld": "bemiddeling",
                         "uitbetaald": "uitbetaling"}
# ... and what it does to things that are no service themselves ("Meldingen worden behandeld door A": A provides
# "behandeling van meldingen"; "Persoonsgebonden budgetten worden uitbetaald via de SVB").
ACT_ON_THINGS = frozenset(("behandeld", "uitbetaald"))
# who is served, never what is provided itself ("Inwoners met een uitkering worden begeleid door A": the service is the
# begeleiding, SERVICE_OF_PARTICIPLE)
PEOPLE = frozenset(("bewoners", "inwoners", "vrijwilligers", "jongeren", "ouderen", "kinderen", "huishoudens", "mensen",
                    "gezinnen", "deelnemers", "medewerkers", "cliënten", "mantelzorgers", "statushouders", "jeugdigen",
                    "werkzoekenden", "uitkeringsgerechtigden", "inburgeraars", "nieuwkomers", "asielzoekers", "leerlingen",
                    "ouders", "bezoekers"))
# membership of a joint body (members before the cue, the body after it; or the body before, members after)
MEMBERS_BEFORE = re.compile(r"(?i)\b(?:ma(?:akt|ken|akte|akten)\s+(?:\w+\s+){0,2}?deel\s+uit\s+van|(?:neemt|nemen|nam|namen)"
                            r"\s+[^.;:]{0,90}?\bdeel\s+(?:aan|in)|(?:is|zijn|blijft|blijven|werd|werden)\b[^.;:]{0,60}?\b(?:lid|deelnemer)\s+(?:van|in|aan)"
                            r"|(?:is|zijn)\s+(?:[^.;:\s]+\s+){0,3}?aangesloten\s+bij|(?P<as>\bals\s+deelnemer)\s+(?:van|in|aan)"
                            r"|(?:heeft|hebben|had|hadden)\s+zich\s+(?:[^.;:\s]+\s+){0,3}?aangesloten\s+bij"
                            r"|(?:is|zijn|was|waren)\s+(?:een\s+van\s+de\s+|één\s+van\s+de\s+)?(?:\w+\s+)?deelnemende\s+gemeenten?"
                            r"\s+(?:van|in|aan))"
                            r"\s+(?:de\s+|het\s+)?(?:gemeenschappelijke\s+regeling\s+(?=[A-Z]))?")
# the other members named after a regeling: "(de regeling X), samen met (onder meer) B en C"
CO_MEMBERS = re.compile(r"(?i)[^.;:]{0,60}?,?\s+samen\s+met\s+(?:onder\s+(?:meer|andere)\s+)?")
COORD_MUNI = re.compile(r"(?i)\s*(?:,\s*(?:en\s+)?|en\s+)?(?:de\s+gemeenten?\s+)?")
MEMBERS_WHEREOF = re.compile(r"(?i),?\s*(?:(?:de|het)\s+\w+\s+)?waarvan\s+(?P<who>[^.;:]{1,90}?)\s+(?:deel\s+uit\s*ma(?:akt|ken)"
                             r"|(?:mede-?)?eigenaar\s+(?:is|zijn)|aandeelhouder\s+(?:is|zijn))\b")
ARTICLE_START = re.compile(r"(?i)\s*(?:de|het)\s")
SERVICE_PAIR_REST = re.compile(r"\s+en\s+(?:de\s+|het\s+)?(?-i:[a-zà-ÿ])[\w-]*")
HANGS_TOGETHER = re.compile(r"(?i)\bh(?:a|i)ng(?:t|en|)?\s+(?:[^.;]{0,60}?\s)?samen\s+met\b|\bsamenhang\w*\s+met\b")
# "De financiering (van X) komt (voor 40 procent) van A": who pays
FINANCING_FROM = re.compile(r"(?i)\bfinanciering(?:\s+van\s+(?P<obj>[^.;:()]{3,100}?))?\s+(?:komt|kwam|komen|kwamen)\s+"
                            r"(?:[^.;:]{0,30}?\s)?(?:van|uit)\s+")
# "het X Fonds, dat de pilot Y (voor twee jaar) ondersteunt": a fund supporting a project
FUND_SUPPORTS = re.compile(r"(?i)\s*,\s*(?:dat|die)\s+[^.;:,]{3,80}?\s(?:ondersteunt|steunt|financiert|ondersteunde|steunde|"
                           r"financierde|mogelijk\s+maakt(?:e)?)\b")
# "De uitvoering van de Participatiewet ligt bij A", "de uitvoering ligt bij A": who carries it out
EXECUTION_WITH = re.compile(r"(?i)\b(?:de\s+)?uitvoering(?:\s+(?:van|voor)\s+(?P<obj>[^.;:()]{3,100}?))?\s+(?:ligt|lag|liggen|lagen"
                            r"|(?:is|wordt|werd)\s+(?:belegd|neergelegd|ondergebracht))\s+(?:\w+\s+){0,2}?bij\s+(?:de\s+|het\s+)?\Z"
                            # "De uitvoering van de Participatiewet is opgedragen aan A"
                            r"|\b(?:de\s+)?uitvoering\s+(?:van|voor)\s+(?P<obj2>[^.;:()]{3,100}?)\s+(?:is|wordt|werd)\s+"
                            r"(?:\w+\s+){0,2}?(?:opgedragen|overgedragen|uitbesteed)\s+aan\s+(?:de\s+|het\s+)?\Z")
# "A (thuisadministratie)": what an organisation does, in brackets right after its name (lower case, no figures)
BRACKETED_SERVICE = re.compile(r"\)?[ \t]*\((?P<svc>(?-i:[a-zà-ÿ])[^()\d;:\n]{2,70})\)")
# "A (project ‘Sportief Fit 60+’)": a named project in brackets, digits and all
BRACKETED_PROJECT = re.compile(r"\)?[ \t]*\((?P<svc>(?:het\s+)?(?:project|pilot|initiatief|programma|aanpak)\s+[^()\n]{2,80})\)")
BRACKET_NOT_SERVICE = re.compile(r"(?i)(?:hierna|verder|voorheen|vroeger|thans|nu|v/h|vh|zie|incl|inclusief|onder\s+andere|"
                                 r"bijvoorbeeld|zoals|waaronder|"
                                 r"\w+end$|"  # an agenda item's status: "(opiniërend)", "(besluitvormend)"
                                 r"o\.a\.|e\.o\.|namens|vanaf|sinds|per|in|te|met|voor|van|uit|bij|tot|aantal|bedragen)\b"
                                 r"|.*(?:bedrijf|organisatie|instelling|stichting|corporatie|vereniging|partner|partij|"
                                 r"aanbieder|fonds|dienst)\b"
                                 # "(gemeenschappelijke regeling van de vijf gemeenten)": what it is, no service
                                 r"|(?:een\s+|de\s+)?(?:gemeenschappelijke\s+regeling|samenwerkingsverband)\b")
# "X, waarin A met de andere gemeenten samenwerkt / deelneemt": A is a member of the joint body X
# "X, de gemeenschappelijke regeling waarin A samen met B en C deelneemt", "X, het openbaar lichaam waarin A met de
# andere gemeenten samenwerkt", "X, de regeling die wij samen met de gemeente B in stand houden"; "X, waarin A samenwerkt
# met de gemeente B" (B after the verb: "with")
MEMBERS_WHEREIN = re.compile(r"(?i),\s*(?:(?:de|het)\s+(?:gemeenschappelijke\s+regeling|openbaar\s+lichaam|regeling|"
                             r"samenwerkingsverband|(?:sociaal\s+|regionaal\s+)?werkbedrijf|uitvoeringsorganisatie)\s+)?(?:waarin|waarbinnen|waaraan|(?P<that>die|dat))\s+(?P<who>[^.;:]{1,120}?)\s+"
                             r"(?:samenwerk(?:t|en)|deelne(?:emt|men)|participe(?:ert|ren)|verenigd\s+zijn"
                             r"|in\s+stand\s+houd(?:t|en))\b(?P<with>\s+met\s+(?:onder\s+(?:meer|andere)\s+)?(?:de\s+gemeenten?\s+)?)?")
MEMBERS_AFTER = re.compile(r"(?i)(?:\b(?:gemeenschappelijke\s+regeling|samenwerkingsverband)|,\s+(?:de|het)\s+(?:samenwerking|"
                           r"openbaar\s+lichaam))\s+(?:voor\s+[^.;:,()]{1,40}?\s+)?(?:van|tussen)\s+")
BARE_REGELING = re.compile(r"(?i)gemeenschappelijke\s+regeling\b(?!\s+(?-i:[A-Z]))")
# the head of a joint public body's name (a gemeenschappelijke regeling of municipalities)
JOINT_BODY_HEAD = re.compile(r"(?i)(?:GGD|Veiligheidsregio|Omgevingsdienst|(?:Sociaal\s+)?Werkbedrijf|Gemeenschappelijke\s+regeling)\b")
FOR_EXECUTION_OF = re.compile(r"(?i)\bvoor\s+de\s+uitvoering\s+van\s+(?:de\s+|het\s+)?")
GROUP_OF_MUNICIPALITIES = re.compile(r"(?i)(?:de\s+|alle\s+)?(?:(?:\w+|\d+)\s+){0,2}?(?:\w+\s+)?gemeenten\b(?!\s*,?\s*(?:waaronder|te\s+weten|namelijk))")
REGION_IN = re.compile(r"\b[Ii]n\s+de\s+(?P<name>(?:jeugd|arbeidsmarkt|zorg)?regio\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")
SUBJECT_NAME = re.compile(r"(?:De\s+|Het\s+)?(?P<name>[A-Z][\w&-]*(?:\s+[A-Z0-9][\w&-]*){0,5})\s+(?:is|was|vormt)\s+(?:een|de)\s")
PARTY_WORDS = ("uit", "partners", "partijen", "leden", "deelnemers", "deelnemende")
MEMBER_WORDS = ("deel", "lid ", "deelnemer", "waarvan", "waarin", "gemeenschappelijke", "samenwerkingsverband", "regio",
                "aangesloten", "samenwerking", "lichaam", "stand")
MADE_AVAILABLE = re.compile(  # ORG de <thing> beschikbaar gesteld
    r"(?i)\s*(?:de|het|een)\s+(?P<obj>[\w-]+(?:\s+[\w-]+){0,2}?)\s+(?:beschikbaar|ter\s+beschikking)\s+gesteld")
# "A stelt daarvoor een wijkbeheerder beschikbaar", "A stelde in B een ontmoetingsruimte beschikbaar", "A stelde 12 woningen
# beschikbaar voor inwoners die ...": what an organisation puts at others' disposal, in the present or past tense
PUTS_AVAILABLE = re.compile(
    r"\s+(?:stelt|stellen|stelde|stelden)\s+(?P<pre>(?:(?:(?:daar|hier)(?:voor|naast|bij)|ook|tevens|kosteloos|gratis|opnieuw"
    r"|jaarlijks)\s+|in\s+(?:de\s+|het\s+)?[A-Z][\w'’-]*(?:\s+(?:'t\s+|de\s+|het\s+)?[A-Z][\w'’-]*)*\s+){0,3})"
    r"(?:een|de|het|[1-9]\d{0,3}|enkele|twee|drie|vier|vijf|zes|tien)\s+(?P<obj>[a-zà-ÿ][^.;:,€()]{1,60}?)\s+"
    r"(?:kosteloos\s+|gratis\s+|om\s+niet\s+)?beschikbaar\b(?:\s+voor\s+(?P<for>[^.;:,()]{3,90}))?")
# "de woningen worden beschikbaar gesteld door A": the passive
PUT_AVAILABLE_BY = re.compile(r"(?i)\b(?:de|het|een)\s+(?P<obj>[a-zà-ÿ][\w-]*(?:\s+[a-zà-ÿ][\w-]*)?)\s+(?:wordt|worden|werd|werden)\s+"
                              r"(?:\w+\s+){0,2}?(?:kosteloos\s+|gratis\s+|om\s+niet\s+)?beschikbaar\s+gesteld\s+door\s+"
                              r"(?:de\s+|het\s+)?\Z")
# what a housing corporation or landlord puts at an undertaking's disposal: its dwellings or premises
PREMISES = re.compile(r"(?i)\b(?:woning\w*|ruimte\w*|ontmoetingsruimte|locatie|pand|accommodatie|gebouw|kantoorruimte)\b")
# how a payer is said to pay, around its name F:
# "X, die (daarvoor) de middelen van F ontvangt": F pays X (what comes before F)
FUNDS_RECEIVED_BY = re.compile(r"(?i),\s*die\s+(?:daarvoor\s+|hiervoor\s+|ook\s+|jaarlijks\s+)?(?:de|het|een)\s+(?:\w+\s+){0,2}?"
                               r"(?:middelen|geld|uitkering|budget|bijdrage|subsidie)\s+van\s+(?:de\s+|het\s+)?\Z")
FUNDS_RECEIVED_VERB = re.compile(r"\s+(?:ontvangt|ontving|krijgt|kreeg)\b")
# "Dankzij de regeling X van F", "Via X (XA) ontvangen we van F een uitkering": F pays X
PAID_MEANS_OF = re.compile(r"(?i)\s*(?:\([^()]{1,20}\)\s*)?(?:van\s+(?:de\s+|het\s+)?\Z|,?\s*(?:ontvangen|ontvingen|krijgen|kregen)\s+(?:wij|we)"
                      r"\s+(?:\w+\s+)?van\s+(?:de\s+|het\s+)?\Z)")
PAID_MEANS_FRONT = re.compile(r"(?i)\W*(?:dankzij|via|met|uit)\s+(?:de\s+|het\s+)?(?:\w+\s+)?\Z")
# "..., waarvoor F via de regeling X extra middelen beschikbaar stelt": F pays what the sentence names first
# "Met de extra middelen die F beschikbaar stelde, konden wij ...": F pays us
MONEY_PUT_AFTER = re.compile(r"(?i)\s+(?:[^.;,]{0,80}?\s)?(?:middelen|geld|budget|bijdrage|€\s*[\d.,]+(?:\s+miljoen)?)\s+"
                             r"(?:[^.;,]{0,30}?\s)?beschikbaar\s+(?:stelt|stelde|stellen|stelden|heeft\s+gesteld)\b")
PUT_AVAILABLE_AFTER = re.compile(r"(?i)\s+(?:[^.;,]{0,80}?\s)?beschikbaar\s+(?:stelt|stelde|stellen|stelden|heeft\s+gesteld)\b")
# "het Rijk compenseerde de extra kosten": our costs
COSTS_COVERED = re.compile(r"(?i)\s+(?:compenseert|compenseerde|vergoedt|vergoedde)\s+(?:de|onze)\s+(?:extra\s+|gemaakte\s+)?kosten\b")
# "De (specialistische) jeugdhulp (op grond van de Jeugdwet) wordt ingekocht door/via A", "De X kopen wij in via A":
# A buys X in for the municipality, so A provides its purchasing
PURCHASED_VIA = re.compile(r"(?i)\W*(?:de|het)\s+(?P<obj>[^.;:,()]{3,60}?)\s+(?:(?:op\s+grond\s+van|onder|binnen)\s+(?:de\s+|het\s+)?"
                           r"[^.;:,()]{3,40}?\s+)?(?:(?:wordt|worden|werd|werden)\s+(?:[^.;:,()]{0,40}?\s+)?ingekocht"
                           r"|(?:kopen|kochten)\s+(?:wij|we)\s+(?:\w+\s+)?in)\s+(?:door|via)\s+(?:de\s+|het\s+)?\Z")
# "De vijf buurtsportcoaches zijn in dienst van A", "maatschappelijk werkers en jongerenwerkers die in dienst zijn van A",
# "de jeugd- en gezinsteams, waarvan de medewerkers in dienst zijn van A": A provides the staff, or the teams they form
EMPLOYED_BY = re.compile(r"(?i)(?<![\w-])(?P<staff>(?-i:[a-zà-ÿ])[\w-]+(?:\s+(?:en\s+)?(?-i:[a-zà-ÿ])[\w-]+){0,4}?)"
                         r"(?:(?:\s*,\s*waarvan\s+de\s+(?:medewerkers|professionals|werkers)|\s+die)\s+in\s+dienst\s+(?:zijn|is|waren|was)"
                         r"|\s+(?:zijn|is|waren|was)\s+(?:(?:allemaal|allen|ook|formeel)\s+)?in\s+dienst)\s+van\s+(?:de\s+|het\s+)?\Z")
# where the staff's phrase starts: after the last article, preposition or verb before it
EMPLOYED_AFTER = frozenset(("de", "het", "een", "bij", "met", "van", "voor", "door", "aan", "in", "op", "aangevuld", "belegd",
                            "zijn", "is", "waren", "was", "die", "dat", "zij", "ze", "wij", "we", "alle", "onze"))
NUMBER_WORDS = frozenset(("twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "enkele", "beide"))
EMPLOYED_GENERIC = frozenset(("medewerkers", "werkers", "mensen", "professionals", "personeel"))
PROVIDE_BEFORE = re.compile(  # thing <cue> ORG
    r"(?i)(?:uitgevoerd|georganiseerd|aangeboden|verzorgd|geleverd|ontwikkeld|gegeven|geboden|begeleid|geïnd|geheven|gecoördineerd"
    r"|geëxploiteerd|verstrekt|aangestuurd|beheerd|afgehandeld|opgepakt|behandeld|ondersteund|opgevangen|geholpen"
    r"|gecoacht|bemiddeld|gerund|gedraaid|getrokken|bezorgd|bemand)\s+(?:wordt\s+|worden\s+)?door|(?:uitbetaald|uitgekeerd|verstrekt)\s+(?:door|via)"
    r"|ondergebracht\s+bij|(?:ingekocht|gecontracteerd)\s+bij|(?:opgedragen|uitbesteed|gegund)\s+aan|in\s+handen\s+van|belegd\s+bij|onder\s+begeleiding\s+van|overgegaan\s+(?:van\s+\S+\s+)?naar"
    r"|(?<=\s)(?:ligt|liggen|lag|lagen)\s+(?:\w+\s+)?bij"
    r"|(?<=\s)(?:loopt|lopen|liep|liepen)\s+(?:\w+\s+)?via")  # "De toegang tot X loopt via A"
SERVICE_OF = re.compile(
    r"(?:[‘'“\"](?P<quoted>[^‘’'“”\"]{3,80})[’'”\"]|(?P<service>\b[\w-]*(?:methode|aanpak|programma|project|proef"
    r"|training|cursus|spreekuur|monitor|dienstverlening|team|zorg|begeleiding|ondersteuning|regeling)(?:s|en)?\b"
    r"(?:\s+[A-Z0-9][\w-]*){0,2}))\s+van\s+(?:de|het)?\s*$")
# SERVICE_OF ends at the end of what it searches with "van", "van de" or "van het" and white space: what the
# text ends with once that space is stripped.
SERVICE_OF_LAST = ("van", "de", "het")
COMPOUND_SERVICE = re.compile(r"(?i)[\w-]{4,}(?:methode|aanpak|programma|project|proef|training|cursus|spreekuur"
                              r"|monitor|dienstverlening|team|zorg|begeleiding|ondersteuning|regeling)")
OF_ORG = re.compile(r"(?i)^\s*[’”'\")]?\s*(?:van|door|bij)\s+(?:de|het)?\s*$")
CONTRACT = re.compile(
    r"(?i)\bin\s+opdracht\s+van|\bovereenkomst\s+met|\bcontract\w*|\bgecontracteerd|\bgegund|\baanbested\w*"
    r"|\bopdrachtverlening|\bopdrachtnemer|\bingekocht\s+bij|\b(?:opgedragen|uitbesteed)\s+aan\b|\binkooprelatie"
    r"|\bopdracht\s+(?:gegeven|verleend|verstrekt)\b|\b(?:geeft|gaf|gaven|geven)\b[^.;]{0,60}?\bopdracht\b"
    r"|\bin\s+(?:onze|ons)\s+opdracht\b|\bnamens\s+(?:de\s+gemeente|ons|onze\s+gemeente|de\s+gemeenten\s+in\s+de\s+regio)\b"
    # the separable "inkopen bij": "kopen we plaatsen in bij A", "kopen wij bij A plaatsen in"
    r"|\b(?:koopt|kopen|kocht|kochten)\s(?:[^.;]{0,80}?\sin\s+bij\b|[^.;]{0,60}?\sbij\s[^.;]{0,80}?\sin"
    r"(?=\s*(?:[.,;:]|$|\s(?:voor|dan|om)\b)))")
# "in opdracht van A": A is the client, whoever the sentence is about
MUNI_CLIENT_BEFORE = re.compile(r"(?i)\bin\s+opdracht\s+van\s+(?:de\s+)?(?:(?:centrum)?gemeente\s+)?\Z")
CLIENT_BEFORE = re.compile(r"(?i)\bin\s+opdracht\s+van\s+(?:de\s+|het\s+)?\Z")
FUNDS_OWN = re.compile(
    r"(?i)subsidie\s+(?:aan|voor|ontvangen|verleend|verstrekt|gegeven)|subsidie\s+(?:\S+\s+){0,3}ontvangen"
    # "De gemeente subsidieert A", "Wij financieren A", "subsidiëren we A"
    r"|(?:de\s+gemeente|wij|we)\s+(?:\w+\s+)?(?:subsidieert|subsidiëren|subsidieerde|subsidieerden|financiert|financieren"
    r"|financierde|financierden)\b|\b(?:subsidiëren|subsidieerden|financieren|financierden)\s+(?:wij|we)\b"
    r"|(?:hebben|heeft|ontv\w+)\s+(?:\S+\s+){0,4}\w*subsidies?\b|gesubsidieerd|geïnvesteerd\s+in|investering\s+in"
    r"|financi\w+\s+(?:van|voor|aan)|bijdrage\s+aan|subsidies\s+(?:voor|aan)|budget\s+(?:voor|aan)"
    r"|subsidie(?:relatie|contract|overeenkomst|afspraken)\s+met(?:\s+(?:de|het))?"
    # "de bijdrage voor de jeugdgezondheidszorg (basistaken) aan de GGD"
    r"|(?:bijdrage|subsidie)\s+voor\s+[^.;:]{1,60}?\s+aan(?:\s+(?:de|het))?(?=\s+(?-i:[A-Z]))"
    # "een subsidie van € 1,2 miljoen aan A"; "A krijgt een bijdrage", "ontving A een eenmalige subsidie"
    r"|(?:subsidie|bijdrage)\s+van\s+€\s*[\d.,]+(?:\s*(?:miljoen|mln|duizend))?\s+aan"
    r"|(?:subsidie|bijdrage)\s+(?:\S+\s+){0,4}?(?:toe\s+te\s+kennen|toegekend|verleend|verstrekt)\s+aan"
    # "De gemeente heeft € 50.000 beschikbaar gesteld aan A"
    r"|(?:€\s*[\d.,]+(?:\s*(?:miljoen|mln))?|middelen|budget|geld)\s+(?:\S+\s+){0,3}?beschikbaar\s+gesteld\s+aan"
    # "De gemeente ondersteunt A met een huurbijdrage"
    r"|(?:de\s+gemeente|wij|we)\s+(?:\w+\s+)?ondersteun(?:t|en|de|den)\b(?=[^.;]{0,80}?\bmet\s+(?:een|de|het)\s+(?:\w+\s+)?"
    r"\w*(?:bijdrage|subsidie)\b)"
    r"|\b(?:ontv\w+|krijgt|krijgen|kreeg|kregen)\s+(?:\S+\s+){0,7}?(?:subsidie|bijdrage)\b(?!\s+(?:van|uit|vanuit)\s+(?!€|de\s+gemeente\b))(?!\s+aan\b)"
    # "Met een bijdrage van € 85.000 kon A ...": A, right after the verb
    r"|^\W*met\s+(?:een|de)\s+(?:\w+\s+)?(?:subsidie|bijdrage)\s+van\s+€\s*[\d.,]+(?:\s*(?:miljoen|mln))?\s+\w+")
# the municipality as the subject a sentence opens with
OWN_OPENS = re.compile(r"(?i)\W*(?:de\s+gemeente|wij|we|het\s+college)\b")
# the giving verb and its receiver: "verleend aan A", "beschikbaar gesteld aan A"
GIVEN_TO = re.compile(r"(?i)\b(?:verleend|verstrekt|toegekend|gegeven|beschikbaar\s+gesteld|overgemaakt)\s+aan\s+(?:de\s+|het\s+)?")
OWN_PERFECT_BEFORE = re.compile(r"(?i)\b(?:de\s+gemeente(?:\s+[A-Z][\w-]+)?|wij|we|het\s+college)\s+(?:heeft|hebben|had|hadden)\b")
OWN_RECEIVES = re.compile(r"(?i)\b(?:de\s+gemeente|wij|we)\s+(?:krijgt|krijgen|kreeg|kregen|ontvangt|ontvangen|ontving"
                          r"|ontvingen)\b[^;]{0,80}?(?:\beuro|€|\bmiddelen|\bgeld|\bsubsidie|\bbijdrage|\bbudget|uitkering)")
# Words every match of OWN_RECEIVES and RECEIVES contains (lower case).
RECEIVES_WORDS = ("ontv", "kreeg", "kregen", "krijg")
RECEIVES = re.compile(r"(?i)\b(?:ontv|kreeg|kregen|krijg)")
FROM_ORG = re.compile(r"(?i)\bvan\s+(?:de\s+|het\s+)?\Z")
FUNDED_RELATIVE = re.compile(r"(?i)\s*(?:\([^()]{1,30}\)\s*)?,\s*(?:die|dat|waaraan|aan\s+wie)\s+(?:wij|we|de\s+gemeente)\b"
                             r"[^;]{0,60}?\b(?:subsidie|bijdrage|subsidi(?:ëren|eren|eert|ëert|eerden|ëerden))\b")
VIA = re.compile(r"(?i)\b(?:via|in\s+het\s+kader\s+van|vanuit)\s+(?:het\s+|de\s+)?\Z")
GRANT_FOR = re.compile(r"(?i)\b(?:subsidie|bijdrage)\b(?:[^.;:()]|(?<=\d)[.,](?=\d)){0,60}?\s+voor\s+(?P<obj>(?:de|het)\s[^.;:!?()]{3,120})")
FUNDED_FOR = re.compile(r"(?i)\s+voor\s+(?P<obj>(?:de|het)\s[^.;:!?()]{3,120})")
HENCE_FUNDED = re.compile(r"(?i)^\W*(?:hiervoor|daarvoor|hiertoe)\s+(?:is|was|werd|wordt|ontv\w+|kr\w+)\b[^.;]{0,60}?"
                          r"\b(?:subsidie|bijdrage)\b")
FUNDS_RIJK = re.compile(r"(?i)rijks(?:subsidie|bijdrage|middelen|geld|budget)\w*|middelen\s+van\s+het\s+rijk"
                        r"|(?:budget|bijdrage|middelen|subsidie|uitkering|geld|vergoeding)\w*\s+(?:\S+\s+){0,4}"
                        r"(?:bij|van|door|vanuit|uit)\s+het\s+rijk"
                        # "Het Rijk stelt hiervoor € 2 miljoen beschikbaar" (for what the text names)
                        r"|\bhet\s+rijk\s+(?:stelt|stelde|stellen|heeft)\b[^.;]{0,60}?\bbeschikbaar")
FUNDS_BY = re.compile(r"(?i)(?:gefinancierd|betaald|bekostigd|gesubsidieerd|vergoed|mogelijk\s+gemaakt)\s+(?:wordt\s+)?(?:door|vanuit|uit)"
                      r"|(?:bijdrage|subsidie|middelen|geld|steun)\s+(?:van|uit|vanuit)")
BY_PAYER_NEXT = re.compile(r"\s+(?:(?:mede|deels|volledig|grotendeels)\s+)?(?:door|vanuit)\b")
MUNICIPALITIES_PAY = re.compile(r"(?i)\b(?:gefinancierd|bekostigd|betaald)\s+door\s+(?:de|alle)\s+(?:[\w-]+\s+){0,2}?gemeenten\b")
# Words every match of FUNDS_BY / FUNDS_OWN contains (lower case): a sentence without any is not searched.
FUNDS_BY_WORDS = ("gefinancierd", "betaald", "bekostigd", "subsidi", "vergoed", "mogelijk", "bijdrage", "middelen",
                  "geld", "steun")
FUNDS_OWN_WORDS = ("subsidi", "nveste", "financi", "bijdrage", "budget", "beschikbaar")
MEMBERS_WORDS = ("deel", "lid", "aangesloten")  # one of them is in every match of MEMBERS_BEFORE
PARTNER_WORDS = ("samen", "i.s.m.", "overleg met", "partner", "partij", "deel", "ondertek", "op met", "in met", "convenant", "afspraken", "afgesproken", "coalitie",
                 "gemeenschappelijke", "overeenstemming", "overeenkomst", "vertegenwoordigd", "organisaties",
                 "gestart", "opgezet", "opgericht", "ontwikkeld", "gelanceerd", "begonnen", "loopt", "liep", "lopen",
                 "draai", "uit met")
PROVIDE_BEFORE_WORDS = ("uitgevoerd", "behandeld", "gerund", "bezorgd", "bemand", "gedraaid", "ondersteund", "opgevangen", "geholpen", "gecoacht", "bemiddeld",
                        "uitbetaald", "uitgekeerd", "aangestuurd", "beheerd", "afgehandeld", "opgepakt", "georganiseerd", "aangeboden", "verzorgd", "geleverd", "ontwikkeld", "gegeven", "geboden",
                        "geïnd", "geheven", "gecoördineerd", "geëxploiteerd", "verstrekt",
                        "begeleid", "getrokken", "ondergebracht", "ingekocht", "gecontracteerd", "opgedragen", "uitbesteed", "gegund", "handen", "belegd", "overgegaan", "ligt", "liggen", "lag", "via")
CONTRACT_WORDS = ("opdracht", "overeenkomst", "contract", "gegund", "aanbested", "ingekocht", "inkooprelatie", "namens", " af ",
                  "opgedragen", "uitbesteed", "koopt", "kopen", "kocht", "belegd", "ondergebracht")
PART_OF = re.compile(r"(?i)\b(?:als\s+)?(?:onderdeel|deel)\s+(?:uit\s+)?van|\bin\s+het\s+kader\s+van|\bbinnen\s+(?:het|de)\b"
                     r"|\baanvulling\s+op|\bvalt\s+onder|\bonder\s+de\s+vlag\s+van|\buitwerking\s+van")
LAW_CUE = re.compile(r"(?i)in\s+het\s+kader\s+van|op\s+(?:basis|grond)\s+van|vanuit\s+de|volgens\s+de|in\s+de|onder\s+de"
                     r"|taak|wettelijk\w*|beleidsplan|verordening|uitvoering")
LOCATION = re.compile(r"(?i)\b(?:in|op|rond|voor)\s+(?:de\s+)?(?:wijk(?:en)?|buurt(?:en)?|stadsde(?:el|len)|kern(?:en)?|dorp(?:en)?)?\b")
MEMBER = re.compile(r"(?i)\bgemeenschappelijke\s+regeling|\bverbonden\s+partij")
INCLUDED = re.compile(r"(?i)\s*\(\s*(?:inbegrepen|inclusief|incl\.|waaronder|met\s+daarin)\s+")
AREA_CUE = re.compile(r"(?i)\b(?:brei\w*|uitgebreid)\b[^.;]{0,40}?\b(?:uit\s+)?naar\s+(?-i:[A-Z])|\b(?:in|betreft|rond|op|binnen)\s+(?:de\s+|het\s+)?(?:\w+\s+)?(?:wijk|wijken|buurt|buurten|stadsde(?:el|len)"
                      r"|kern|kernen|dorp|dorpen|gebied)\b|\bricht(?:en|te|ten)?\s+zich\s+(?:\w+\s+)?op\b|\bgericht\s+op\b")
BASIS_BEFORE = re.compile(r"(?i)(?:\bop\s+(?:basis|grond)\s+van|\bconform|\bovereenkomstig)\s+(?:het\s+|de\s+|een\s+)?(?:\w+\s+)?"
                          r"[‘'“\"]?\Z")
WE_AMONG_PARTIES = re.compile(r"(?i)(?:,|\ben)\s+(?:de\s+gemeente|wij|we)\s+(?:werk\w*\s+)?(?:\w+\s+){0,3}?samen\b(?!\s+met)")
ANAPHOR = re.compile(r"(?i)\b(?:dit|deze|het|die)\s+(?:\w+\s+)?(?:\w*project|pilot|programma|initiatief|aanpak|traject|proef"
                     r"|evenement|plan|regeling|netwerk|festival|akkoord|agenda)\b|^(?:dit|deze)\s+(?:is|was|wordt|werd)\b"
                     r"|\b(?:hierin|daarin|hierbij|daarbij|hieraan|daaraan)\s+samen\b")
HEREIN = re.compile(r"(?i)^\W*(?:hierin|daarin)\s+(?:werk|trek)")  # "Hierin werken A en B samen": in what was just named
ORG_WITHIN = re.compile(r"(?i)\b(?:ondergebracht\b[^.;]{0,50}?\bonder|(?:is|zijn|als)\s+(?:een\s+)?onderdeel\s+van"
                        r"|ma(?:akt|ken)\s+(?:\w+\s+)?deel\s+uit\s+van)\s+(?:de\s+|het\s+)?\Z")
# one organisation inside another, the two names adjacent: "A, (een) onderdeel van B", "A (onderdeel van B)", "A valt
# onder B", "A, dat onderdeel is van B", "A is
# ondergebracht bij B", "A, het werkleerbedrijf van B"
ORG_PART_BETWEEN = re.compile(
    r"(?i)\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*(?:(?:sinds|vanaf|per)\s+(?:\d{1,2}\s+\w+\s+)?\d{4}\s+)?(?:(?:een|het)\s+(?:\w+\s+)?)?"
    r"onderdeel\s+van|\s*\(\s*(?:een\s+)?onderdeel\s+van"
    r"|,\s*(?:dat|die)\s+(?:(?:sinds|vanaf|per)\s+(?:\d{1,2}\s+\w+\s+)?\d{4}\s+|\w+\s+){0,2}?(?:een\s+)?onderdeel\s+(?:is|vormt|was)\s+van"
    r"|\s(?:is|zijn|was|werd|wordt)\s+(?:[\w-]+\s+){0,4}?(?:ondergebracht\s+bij|(?:een\s+)?(?:(?-i:[a-z])\w+\s+)?onderdeel\s+van)"
    # "A, ondergebracht bij B", "A wordt gefinancierd door de gemeenten en is ondergebracht bij B"
    r"|\s+(?:valt|vallen|viel|vielen)\s+(?:organisatorisch\s+|ook\s+|sinds\s+\d{4}\s+)?onder"  # "A valt (organisatorisch) onder B"
    r"|\s+(?:maakt|maken|maakte|maakten)\s+(?:\w+\s+){0,2}?deel\s+uit\s+van"  # "A maakt (sinds 2020) deel uit van B"
    r"|\s*,\s*(?:\w+\s+)?ondergebracht\s+bij|\s[^.;:()]{0,80}?\s(?:en|maar)\s+(?:is|zijn|was|werd|wordt)\s+(?:\w+\s+)?ondergebracht\s+bij"
    r"|,\s*(?:het|de)\s+(?-i:[a-z])\w*(?:bedrijf|afdeling|dochter|dochterorganisatie|onderdeel)\s+van)\s+(?:de\s+|het\s+)?"
    r"(?:gemeenschappelijke\s+regeling\s+)?")
# an organisation that supports people, and what with: "A begeleidt (in opdracht van de gemeente) de nieuwkomers", "A
# ondersteunt gedupeerden met algemeen maatschappelijk werk", "Vrijwilligers van A begeleiden jaarlijks 90 huishoudens"
SUPPORT_VERB = re.compile(r"\s+(?P<verb>begeleid(?:t|en|de|den)|ondersteun(?:t|en|de|den)|help(?:t|en)|hielp(?:en)?"
                          r"|adviseer(?:t|de|den)|adviseren|coach(?:t|en|te|ten))\s+(?P<rest>[^.;:!?()]{3,160})")
# the same in the perfect: "A heeft (in 2022) 134 statushouders begeleid", "In 2022 heeft A 80 mantelzorgers ondersteund"
SUPPORTED = re.compile(r"\s+(?:heeft|hebben)\s+(?P<rest>[^.;:!?()]{3,120}?)\s+(?P<verb>begeleid|ondersteund|geholpen"
                       r"|geadviseerd|gecoacht)(?=\s*[.;,]|\s+(?:bij|met|in|naar|op|om)\b)")
FRONTED_HAS = re.compile(r"[\s•\-–*·]*(?:In\s+\d{4}|Vorig\s+jaar|Dit\s+jaar|Afgelopen\s+jaar|Daarnaast|Ook|Verder|Samen)"
                         r"(?:\s+\w+){0,2}?\s+(?:heeft|hebben)\s+(?:(?:de|het)\s+)?\Z")
PARTICIPLE_STEM = {"begeleid": "begeleid", "ondersteund": "ondersteun", "geholpen": "help", "geadviseerd": "advise",
                   "gecoacht": "coach"}
SUPPORT_VERB_WORDS = ("begeleid", "ondersteun", "help", "hielp", "advise", "coach", "geholpen")
SUPPORT_NOUN = {"begeleid": "begeleiding", "ondersteun": "ondersteuning", "help": "hulp aan", "hielp": "hulp aan",
                "advise": "advies aan", "coach": "coaching van"}
_PEOPLE_NP = re.compile(r"(?i)(?:(?:de|het|hun|onze|alle)\s+)?(?:(?:zo'n|ruim|ongeveer|circa|bijna|meer\s+dan|ca\.)\s+)?"
                        r"(?:[\d.]+\s+)?(?P<np>(?:[a-zà-ÿ-]+\s+){0,2}?(?:" + "|".join(sorted(PEOPLE)) + r"|gedupeerden"
                        r"|slachtoffers|zwangeren|mantelzorgers|ondernemers|werkgevers))\b(?P<tail>\s+(?:met|uit|van)\s+"
                        r"(?-i:[a-zà-ÿ])[\w-]+(?:\s+(?-i:[a-zà-ÿ])[\w-]+){0,3})?")
# a team opening its sentence, then where it belongs: "De vijf sociale wijkteams zijn sinds 2018 onderdeel van "
TEAM_WITHIN = re.compile(r"[\s•\-–*·]*(?:(?:De|Het)\s+)?(?:(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d+)\s+)?"
                         r"(?P<team>(?:[\w-]+\s+){0,2}?[\w-]*(?i:team|steunpunt|loket)(?:s|en)?(?:\s+(?-i:[A-Z])[\w-]*){0,2})\s+(?:is|zijn|was|waren|werd|werden)"
                         r"\s+(?:[\w-]+\s+){0,4}?(?:ondergebracht\s+bij|(?:een\s+)?onderdeel\s+van)\s+(?:de\s+|het\s+)?")
# what opened in the places a sentence opens with: "In A en B is (met hulp van C) een (gratis) ontbijtclub gestart"
IN_PLACES = re.compile(r"[\s•\-–*·]*In\s+(?:de\s+(?:wijk|wijken|kern|kernen|dorpen|buurt)\s+|het\s+dorp\s+)?")
_OPENED_NP = (r"(?:een|de|het)\s+(?:(?:nieuwe?|eerste|gratis|tweede|extra)\s+)?(?P<np>(?-i:[a-zà-ÿ])[\w-]*"
              r"(?:\s+(?:voor|met)\s+(?-i:[a-zà-ÿ])[\w-]*(?:\s+(?:met|van)\s+(?-i:[a-zà-ÿ])[\w-]*)?)?)")
OPENED_THING = re.compile(r"(?i)\s+(?:is|zijn|werd|werden)\s+(?:[^.;:]{0,80}?\s)?" + _OPENED_NP
                          + r"\s+(?:geopend|gestart|gerealiseerd|ingericht|opgericht|gebouwd|van\s+start\s+gegaan)\b")
_BUILD_VERB = r"(?:realiseert|realiseerde|realiseerden|opent|opende|openden|bouwt|bouwde)"
FRONTED_BUILT = re.compile(r"(?i),?\s+" + _BUILD_VERB + r"\s+(?:de\s+|het\s+)?")
BUILT_NP = re.compile(r"(?i)\s+(?:(?:in\s+\d{4}|ook)\s+)?(?:een|de|het)\s+(?:nieuwe?\s+)?(?P<np>(?-i:[a-zà-ÿ])[\w-]*"
                      r"(?:\s+voor\s+(?-i:[a-zà-ÿ])[\w-]*)?)\s*(?=[.;,]|$)")
# "A realiseerde in B 16 kleine woningen", "A opende in B een buurthuiskamer": what A built or opened is in B
BUILT_IN = re.compile(r"(?i)\s+" + _BUILD_VERB + r"\s+(?P<in>in\s+)"
                      r"(?:\S+(?:\s*(?:,|en)\s*\S+)*?\s+)(?:(?:in\s+\d{4}|ook)\s+)?(?:(?:een|de|het)\s+)?(?:nieuwe?\s+)?"
                      r"(?P<np>(?:\d+\s+)?(?-i:[a-zà-ÿ])[\w-]*(?:\s+(?-i:[a-zà-ÿ])[\w-]*){0,2}?(?:\s+voor\s+(?-i:[a-zà-ÿ])[\w-]*)?)"
                      r"\s*(?=[.;,]|\s+(?:in\s+samenwerking|samen\s+met|met\s+|op\s+|aan\s+)|$)")
# the team a law's work goes through: "loopt via de (zes) gebiedsteams", "voeren we uit via het Sociaal Team X"
# a team, named or not: "het sociaal team", "de gebiedsteams", "het Sociaal Team X"
_TEAM = r"(?P<team>(?:(?i:sociaal|sociale|wijk|gebieds|jeugd|buurt)\s*)?(?i:team)s?(?:\s+(?-i:[A-Z])[\w-]*){0,2})"
VIA_TEAM = re.compile(r"(?i)\b(?:loopt|lopen|liep|liepen|verloopt|verlopen|gaat|gaan|voeren\s+(?:we|wij)\s+uit|voert\s+de\s+gemeente\s+uit)"
                      r"\s+via\s+(?:de|het)\s+(?:\w+\s+)??" + _TEAM)
# a team that works with organisations: "Het sociaal team werkt samen met A", "Voor X werkt het sociaal team samen met A"
TEAM_WORKS_WITH = re.compile(r"(?:^|(?<=\s))(?:(?i:het|de)\s+" + _TEAM + r"\s+(?:werkt|werken|werkte|werkten)"
                             r"|(?:werkt|werken|werkte|werkten)\s+(?i:het|de)\s+" + _TEAM.replace("team>", "team2>") + r")"
                             r"\s+(?:\w+\s+){0,2}?samen\s+met\s+(?:de\s+|het\s+)?")
# "A, dat (organisatorisch) onder B valt": the name that governs it follows "onder"
OF_THE = re.compile(r"\s+van\s+(?:de\s+|het\s+)?")
ORG_UNDER_BETWEEN = re.compile(r"(?i)\s*,\s*(?:dat|die)\s+(?:(?:\w+\s+)?onder|(?:als\s+)?(?:\w+\s+){0,3}?bij)\s+(?:de\s+|het\s+)?")
# "A, dat organisatorisch onder B valt", "A, dat als zelfstandige eenheid bij B is ondergebracht"
ORG_UNDER_AFTER = re.compile(r"(?i)\s+(?:valt|vallen|viel|vielen|(?:is|zijn|was|werd|wordt)\s+ondergebracht)\b")
# "A en B werken samen in het C", "het C, samen met A", "het C, een samenwerking van de gemeente met A"
WORK_TOGETHER_IN = re.compile(r"(?i)\s+(?:werken|werkten|werkt|werkte)\s+(?:\w+\s+)?samen\s+in\s+(?:de\s+|het\s+)?")
TOGETHER_AFTER_BODY = re.compile(r"(?i)\s*,\s*(?:samen\s+met|een\s+samenwerking\s+(?:van|tussen)\s+[^,.;:]{0,40}?\s(?:met|en))"
                                 r"\s+(?:de\s+|het\s+)?")
# an organisation that carries out a law: a verb of carrying out after its name (or its relative pronoun), the law in
# the same clause ("A voert voor ons de taken uit de X uit", "A, die de schuldhulp onder de X uitvoert", "A voert taken
# uit op grond van de X")
CARRIES_OUT = re.compile(r"(?i)\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*(?:dat|die)\s+)?(?:\s*(?:\w+\s+){0,2}?)"
                         r"(?:voert|voeren|voerde|voerden)\s+(?P<obj>[^.;:!?]{0,90}?)\buit\b(?P<after>[^.;:!?,]{0,60})"
                         r"|\s*(?:\([^()]{1,30}\)\s*)?,\s*(?:dat|die)\s+(?P<robj>[^.;:!?,]{3,110}?)\s+(?:uitvoert|uitvoeren|uitvoerde)\b")
# "A voert (voor B en C) de Wet X uit": the law as the verb's object, after whom it is done for
LAW_AS_OBJECT = re.compile(r"(?i)(?:(?:voor|namens)\s+[^.;:]{1,80}?\s+)?(?:\w+\s+)?(?:de|het)\s+")
NEW_CLAUSE = re.compile(r"(?i)\s(?:en|maar|terwijl)\s+(?:\w+\s+)?(?-i:[a-z])\w+(?:t|en|de|te)\s")
LAW_OF_TASK = re.compile(r"(?i)(?:\b(?:uit|onder|volgens|van)\s+(?:de\s+|het\s+)?|\bop\s+(?:grond|basis)\s+van\s+(?:de\s+|het\s+)?"
                         r"|\bin\s+het\s+kader\s+van\s+(?:de\s+|het\s+)?)\Z")
# "De X voeren wij uit in het A" / "via A": the body through which the municipality carries out the law
LAW_CARRIED_IN = re.compile(r"(?i)\s+(?:\([^()]{1,30}\)\s+)?(?:voeren|voerden)\s+(?:wij|we)\s+(?:\w+\s+)?uit\s+(?:in|via|bij)\s+"
                            r"(?:de\s+|het\s+)?")
# "Maatwerkvoorzieningen onder de Wmo 2015", "De jeugdhulp onder de Jeugdwet": the phrase right before "onder de <law>"
_NP_WORD = r"(?!(?:de|het|een|van|voor|en|in|op|met|aan|bij|uit|door|die|dat|is|zijn|wordt|worden|werd|werden|valt|vallen)\b)"
_NP_BEFORE_ONDER = (r"(?P<np>" + _NP_WORD + r"(?:[A-Z][a-zà-ÿ-]+|[a-zà-ÿ][\w-]*)(?:\s+" + _NP_WORD + r"[a-zà-ÿ][\w-]*){0,2})"
                    r"\s+(?i:onder)\s+(?:de\s+|het\s+)?\Z")
# a finite verb of providing or carrying out, or a pronoun subject, inside the words before "onder de <wet>"
FINITE_VERB = re.compile(r"(?i)(?:^|(?<=\s))(?:we|wij|zij|ze|bieden|biedt|bood|boden|uitvoert|uitvoeren|voeren|voert|voerden|voerde"
                         r"|verzorgt|verzorgen|levert|leveren|werken|werkt|organiseren|organiseert|verstrekken|verstrekt)(?=\s|$)")
NP_UNDER = re.compile(r"(?:\b(?i:de|het|een|van|voor|en)\s+)" + _NP_BEFORE_ONDER)
# money an organisation receives, said in a relative clause about it: "A, die daarvoor een meerjarige subsidie ontvangt",
# "A, die in 2016 van de gemeente een bijdrage van € 1,2 miljoen ontving"; and "A is door de gemeente gesubsidieerd"
RELATIVE_RECEIVES = re.compile(r"(?i)\s*(?:\([^()]{1,30}\)\s*)?,\s*(?:die|dat)\s+(?P<mid>[^.;,]{0,80}?)\b(?:subsidie|bijdrage)\b"
                               r"(?:[^.;,]|(?<=\d)[.,](?=\d)){0,50}?\b(?:ontvangt|ontving|ontvangen|ontvingen|krijgt|kreeg|krijgen|kregen)\b")
SUBSIDISED = re.compile(r"(?i)\s*(?:\([^()]{1,30}\)\s*)?\s+(?:is|wordt|werd|worden|werden)\s+(?:\w+\s+){0,3}?"
                        r"(?:door\s+de\s+gemeente\s+)?(?:\w+\s+)?gesubsidieerd\b")
# the municipality receives from a payer: "(de middelen) die wij daarvoor van het A ontvangen", "ontvangen we van het A"
WE_FROM_BEFORE = re.compile(r"(?i)(?:\b(?:wij|we|de\s+gemeente)\s+(?:\w+\s+){0,4}?"
                            r"|\b(?:ontvangen|ontvingen|krijgen|kregen)\s+(?:wij|we)\s+(?:[^.;,]{0,50}?\s)?)van\s+(?:het\s+|de\s+)?\Z")
RECEIVE_AFTER = re.compile(r"(?i)\s+(?:[^.;,]{0,40}?\s)?(?:ontvangen|ontvingen|krijgen|kregen|ontvangt|ontving|krijgt|kreeg)\b")
# a fronted means: "Met een bijdrage van het A heeft B ...", "Met steun uit het A hebben we ... het project 'X'"
MEANS_FRONTED = re.compile(r"(?i)\W*met\s+(?:een\s+|de\s+|het\s+)?(?:\w+\s+){0,3}?(?:bijdrage|steun|subsidie|middelen|geld"
                           r"|financiering|steunpakket)(?:\s+[\w-]+){0,4}?\s+(?:van|uit)\s+(?:het\s+|de\s+)?\Z")
MEANS_VERB = re.compile(r"(?i)\s*,?\s*(?:\([^()]{1,30}\)\s*)?(?:heeft|hebben|had|hadden|kon|konden|kan|kunnen|is|zijn|werd|werden"
                        r"|wordt|worden|organiseerde|organiseert|startte|startten|bood|biedt)\s+(?:(?P<we>wij|we)\b"
                        r"|(?:de\s+|het\s+)?(?=(?-i:[A-Z])))")
# a payer as agent before its participle: "De kosten van de opvang worden door het A vergoed", "volledig door het A
# gecompenseerd"
AGENT_PAID = re.compile(r"(?i)\s+(?:\w+\s+)?(?:vergoed|bekostigd|gecompenseerd|gefinancierd|betaald|gesubsidieerd)\b")
COSTS_OF = re.compile(r"(?i)\W*(?:de\s+)?(?:extra\s+)?(?:kosten|lasten)(?:\s+van\s+(?:de\s+|het\s+)?(?P<np>[a-zà-ÿ][\w-]*(?:\s+[a-zà-ÿ][\w-]*)?))?"
                      r"\s+(?:worden|werden|zijn|waren|wordt|werd)\b")
VIA_CHANNEL = re.compile(r"(?i)\bvia\s+(?:het\s+|de\s+)?(?:[\w-]+\s+)?\Z")
# "(Voor X) nemen wij diensten af van A", "de gemeente neemt de X af bij A": the municipality buys from A
SERVICES_FROM = re.compile(r"(?i)(?:\b(?:nemen|namen)\s+(?:wij|we)|\b(?:wij|we)\s+(?:nemen|namen)|\bde\s+gemeente\s+(?:neemt|nam)"
                         r"|\b(?:neemt|nam)\s+de\s+gemeente)\s+(?:[^.;:]{1,50}?\s)?af\s+(?:van|bij)\s+(?:de\s+|het\s+)?\Z")
FRONTED_FOR = re.compile(r"(?i)\W*voor\s+(?P<items>(?:de|het)\s[^.;:]{3,120}?)\s*,?\s+(?:nemen|namen|neemt|nam)\b")
# a contract the municipality holds with an organisation named before the contract word: "A, waarmee de gemeente een
# dienstverleningsovereenkomst heeft", "met A een overeenkomst gesloten", "uitbesteed aan A"
CONTRACT_WITH_BEFORE = re.compile(r"(?i)\bmet\s+(?:de\s+|het\s+)?(?:stichting\s+)?\Z")
CONTRACT_WHEREWITH = re.compile(r"(?i)\s*(?:\([^()]{1,30}\)\s*)?,\s*waarmee\s+(?:de\s+gemeente|wij|we)\s+(?:\w+\s+){0,2}?"
                                r"(?:een|de)\s+(?:\w+\s+)?\w*(?:overeenkomst|contract)\b")
CONTRACT_WITH_AFTER = re.compile(r"(?i)(?:[^.;]{0,40}?)\b(?:een|de|het)\s+(?:\w+\s+)?\w*(?:overeenkomst|contract)\b"
                                 r"(?:\s+(?:\w+\s+){0,2}?(?:gesloten|afgesloten|aangegaan|getekend|heeft|hebben))?")
OUTSOURCED_TO = re.compile(r"(?i)\b(?:uitbesteed|besteden\s+(?:wij|we)\s+(?:\w+\s+){0,2}?uit|besteedt\s+(?:de\s+gemeente\s+)?"
                           r"(?:\w+\s+){0,2}?uit|besteedden\s+(?:wij|we)\s+(?:\w+\s+){0,2}?uit)\s+aan\s+(?:de\s+|het\s+)?(?:stichting\s+)?\Z")
CONTRACT_FOR = re.compile(r"(?i)\b(?:\w*overeenkomst|contract)\s+(?:\w+\s+){0,2}?voor\s+(?P<obj>(?:de|het)\s[^.;:!?()]{3,80})")
# a sentence that opens with where it happens: "In A, B en C werken de dorpscoaches ...", "In A is 'X' geopend"
PLACES_FRONTED = re.compile(r"\W*(?:(?:In|Op)\s+(?:(?:de|het)\s+(?:(?:wijk|wijken|kern|kernen|dorp|dorpen|buurt|buurten)\s+)?)?"
                            r"|(?P<base>Vanuit)\s+(?:de|het|haar|zijn|onze)\s+[a-z]+\s+in\s+(?:de\s+|het\s+)?)")
# the organisation right after the verb of a sentence that opens with where it works from: "Vanuit de wijkpunten in A
# en B werkt X"
ORG_AFTER_VERB = re.compile(r"\s*,?\s+(?-i:[a-z])[a-zà-ÿ]+\s+(?:(?:ook|nog|vooral|daarnaast)\s+)?(?:de\s+|het\s+)?\Z")
# the subject right after the verb: "werken de dorpscoaches van A", "werden de huiskamerprojecten voor ouderen ..."
SUBJECT_AFTER_VERB = re.compile(r"\s*,?\s+(?!(?:is|zijn|was|waren|blijft|blijven|bleef|bleven|ligt|liggen|lag|lagen|wonen|woont"
                                r"|woonden)\b)(?-i:[a-z])[a-zà-ÿ]+\s+(?:(?:ook|nog|vooral|opnieuw|weer)\s+)?(?:de|het)\s+"
                                r"(?P<np>(?-i:[a-zà-ÿ])[\w-]+(?:\s+(?!(?:van|vanuit|bij|door|uit|met|in|op|aan|die|dat|en|is|zijn"
                                r"|wordt|worden|werd|werden|mee|samen)\b)(?-i:[a-zà-ÿ])[\w-]+){0,3})")
NP_UNDER_OPENING = re.compile(r"[^\w]*" + _NP_BEFORE_ONDER)
# "(Wij) voeren de X en de Y (gezamenlijk) uit via het werkbedrijf A": the body the law is carried out through
CARRIED_VIA = re.compile(r"(?i)\buit\s+(?:in|via|bij)\s+(?:de\s+|het\s+)?(?:(?-i:[a-z])[\w-]*\s+)?\Z")
EXECUTES_BEFORE = re.compile(r"(?i)\b(?:voert|voeren|voerde|voerden)\b")
# "A, dat ook de medewerkers met een Wsw-indicatie in dienst heeft": A employs people under that law
EMPLOYS_UNDER = re.compile(r"(?i)\s*(?:\([^()]{1,30}\)\s*)?,\s*(?:dat|die)\s+[^.;,]{0,80}?\bin\s+dienst\s+(?:heeft|hebben|had)\b")
# "A en B zijn beide onderdeel van C"
BOTH_PART_OF = re.compile(r"(?i)(?:\s+(?:zijn|waren)\s+(?:beide\s+|allebei\s+|allemaal\s+)?(?:een\s+)?onderdeel\s+van"
                          r"|\s*,\s*(?:beide|allebei|allemaal)\s+(?:ondergebracht\s+bij|onderdeel\s+van))"  # "A en B, beide ondergebracht bij C"
                          r"\s+(?:de\s+|het\s+)?(?:gemeenschappelijke\s+regeling\s+)?")
# "De bijdrage van <gemeente> aan de A": the municipality pays A
OWN_CONTRIBUTION_TO = re.compile(r"(?i)\b(?:bijdrage|subsidie|inwonerbijdrage)\s+van\s+(?P<who>de\s+gemeente|[A-Z][\w -]{1,40}?)\s+aan\s+"
                                 r"(?:de\s+|het\s+)?\Z")
# "de gemeente draagt hier jaarlijks € 25.000 aan bij", "Wij dragen € 10.000 bij"
CONTRIBUTES_TO_COSTS = re.compile(r"(?i)\s+(?:in|aan)\s+(?:de\s+)?(?:kosten|exploitatie|financiering)\s+van\s+(?:de\s+|het\s+)?")
# "A draagt € 40.000 bij aan het project", "A droeg jaarlijks € 5.000 bij aan 'X'"
ORG_CONTRIBUTES = re.compile(r"(?i)\s+(?:draagt|dragen|droeg|droegen)\s+(?:[^.;:€]{0,30}?)€\s*\d[\d.,]*(?:\s*(?:miljoen|mln))?"
                             r"\s+bij\s+(?P<to>aan|in)\s+(?:(?P<anaphor>(?:het|de|dit|deze)\s+(?:project|pilot|aanpak|"
                             r"initiatief|programma|proef))\b|(?:het\s+|de\s+)?[‘'“\"]?)")
WE_CONTRIBUTE = re.compile(r"(?i)\b(?:de\s+gemeente|wij|we)\s+(?:draagt|dragen|droeg|droegen)\b(?:[^.;]|(?<=\d)[.,](?=\d)){0,60}?\bbij\b"
                           r"|\b(?:draagt|dragen|droeg|droegen)\s+(?:de\s+gemeente|wij|we)\b(?:[^.;]|(?<=\d)[.,](?=\d)){0,60}?\bbij\b")
CONTRIBUTE_WORDS = ("draag", "drage", "droeg")  # one of them is in every match of WE_CONTRIBUTE
# "stelde de gemeente € 250.000 beschikbaar via de regeling 'X'", "A stelt een wijkbudget van € 25.000 beschikbaar"
MONEY_AVAILABLE = re.compile(r"(?i)\b(?:stelt|stellen|stelde|stelden)\b(?:[^.;]|(?<=\d)[.,](?=\d)){0,60}?(?:€|\beuro\b|\bbudget"
                             r"|\bbijdrage|\bmiddelen)(?:[^.;]|(?<=\d)[.,](?=\d)){0,40}?\bbeschikbaar\b")
# a named region: "de regio IJsselland", "de jeugdzorgregio Zuidoost Utrecht", "de arbeidsmarktregio Midden-Utrecht"
_REGION = r"(?P<region>(?:jeugdzorg|arbeidsmarkt|zorg|veiligheids|inkoop)?regio\s+[A-Z][\w'-]*(?:\s+(?:(?:en|aan|de|den)\s+)*[A-Z][\w'-]*)*)"
# membership of a region, said of the name before the cue: "A is aangesloten bij de regio X", "A, dat onderdeel is van de
# arbeidsmarktregio X", "A en de tien andere gemeenten in de regio X"
REGION_MEMBER_AFTER = re.compile(r"(?i)\s*(?:,\s*(?:dat|die)\s+)?(?:\s*(?:is|zijn)\s+)?\s*(?:\w+\s+)?(?:aangesloten\s+bij|deel\s+uit\s+van"
                                 r"|(?:een\s+)?onderdeel\s+(?:is\s+|vormt\s+)?van|lid\s+van)\s+de\s+(?-i:" + _REGION + r")")
REGION_OTHERS = re.compile(r"(?i)\s+(?:\w+\s+){0,2}?(?:samen\s+met\s+|en\s+)de\s+(?:\w+\s+)?(?:andere\s+)?gemeenten\s+in\s+de\s+(?-i:"
                           + _REGION + r")")
# "maakt A deel uit van de regio X"
REGION_MEMBER_INVERTED = re.compile(r"(?i)\b(?:maakt|maken|maakte)\s+\Z")
# "de regio X, waarin ook A, B en C deelnemen"
REGION_NAME = re.compile(r"(?-i:" + _REGION + r")")
REGION_NAME_END = re.compile(r"(?-i:" + _REGION + r")\Z")
REGION_WHEREIN = re.compile(r"(?i)\b(?-i:" + _REGION + r")\s*,\s*waarin\s+(?:ook\s+)?")
BUDGETED_AFTER = re.compile(r"(?i)(?:[^.;]|(?<=\d)[.,](?=\d)){0,40}?\b(?:subsidie|bijdrage)\s+(?:\w+\s+)?(?:geraamd|begroot|toegekend"
                            r"|verleend|verstrekt|gereserveerd)\b")
# staff of an organisation named by their task: "de buurtsportcoaches van A", "Energiecoaches van A"
TASK_STAFF_OF = re.compile(r"(?i)\b(?P<staff>[a-zà-ÿ-]*(?:coaches|coach|consulenten|adviseurs|ouderenadviseur))\s+van\s+(?:de\s+|het\s+)?"
                      r"(?:stichting\s+)?\Z")
# "De teams zijn gehuisvest in A, B en C", "Het spreekuur is te vinden in A": the subject where it is housed or active
SUBJECT_HOUSED = re.compile(r"\W*(?:De|Het)\s+(?P<np>(?-i:[a-zà-ÿ])[\w-]+(?:\s+(?-i:[a-zà-ÿ])[\w-]+){0,2}?)\s+(?:is|zijn|was|waren)\s+"
                            r"(?:\w+\s+)?(?:gevestigd|gehuisvest|actief|te\s+vinden|ondergebracht)\s+in\s+(?:de\s+(?:wijken?|kernen?"
                            r"|dorpen?|buurten?)\s+|het\s+dorp\s+)?")
FOR_PURPOSE = re.compile(r"(?i)\bvoor\s+(?:de\s+)?(?:uitvoering|exploitatie|financiering)\s+van\s+(?:de\s+|het\s+)?\Z")
PASSIVE_AUX = re.compile(r"(?i)\b(?:wordt|worden|werd|werden)\s+(?:de\s+|het\s+)?\Z")
PASSIVE_PAID = re.compile(r"(?i)[^.;:]{0,50}?\b(?:gefinancierd|betaald|bekostigd|gesubsidieerd|vergoed)\b")
ANAPHOR_TYPE = re.compile(r"(?i)\b(?:dit|deze)\s+(?:\w+\s+)?(?P<tw>project|pilot|programma|initiatief|aanpak|traject"
                          r"|proef|evenement|plan|regeling|netwerk|festival|akkoord|agenda|convenant|coalitie)\b")
PARTY_OF = re.compile(r"(?i)\b(?:de|het)\s+(?P<obj>(?:coalitie|convenant|netwerk|project|overleg|platform|akkoord|pilot"
                      r"|kerngroep|kernteam|samenwerkingsverband)\b[^:,.;]{0,50})")
QUOTED = re.compile(r"[‘'“\"](?P<obj>[A-Z#][^‘’'“”\"]{2,80})[’'”\"]")
CLAUSE_BREAK = re.compile(r",\s+(?:is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|hadden|kan|kunnen|zal"
                          r"|zullen|gaat|gaan|begonnen|ge[a-z]{3,}[dt])\b")
PLACE_PREP = re.compile(r"(?i)\b(?:in|op|rond|naar|voor|binnen)\s+(?:de\s+|het\s+)?(?:wijk(?:en)?\s+|buurt(?:en)?\s+"
                        r"|stadsde(?:el|len)\s+|kern(?:en)?\s+)?\Z")
PLACE_LIST = re.compile(r"\s*(?:,|en|&)\s*(?:de\s+|het\s+)?")
BY_AGENT = re.compile(r"(?i)\bdoor\s+(?:de\s+|het\s+)?\Z")
# "wordt (sinds 2023) door A uitgevoerd": a passive whose agent stands before its participle
AGENT_PARTICIPLE = re.compile(r"(?i)\s+(?:(?:samen|ook|al|nu)\s+)?(?:uitgevoerd|georganiseerd|aangeboden|verzorgd|geleverd|geïnd"
                              r"|geheven|gecoördineerd|geëxploiteerd|verstrekt"
                              r"|gegeven|geboden|gecoördineerd|gedraaid|ingevuld|opgepakt)\b")
AGENT_WITH = re.compile(r"(?i)\s+(?:\([^()]{1,20}\)\s+)?samen\s+met\s+(?:de\s+|het\s+)?")
PASSIVE_BEFORE_AGENT = re.compile(r"(?i)\b(?:wordt|worden|werd|werden)\s+(?:[^,.;:]{0,40}?\s)?\Z")
# the same, and the perfect ("De X is/zijn in 2018 door A uitgevoerd"), for what an agent provides
PASSIVE_PERFECT_BEFORE_AGENT = re.compile(r"(?i)\b(?:wordt|worden|werd|werden|is|zijn|was|waren)\s+(?:[^,.;:]{0,40}?\s)?\Z")
CONTRACT_PARTICIPLE = re.compile(r"(?i)\s*(?:\([^()]{1,30}\)\s*)?(?:\w+\s+){0,2}?(?:gecontracteerd|ingekocht|gegund|ingehuurd)\b")
CONTRACT_BEFORE_BY = re.compile(r"(?i)\b(?:gecontracteerd|ingekocht|gegund|ingehuurd)\s+(?:\w+\s+){0,2}?door\s+(?:de\s+|het\s+)?\Z")
# An agreement and its parties: "is gesloten met A, B en C", "(X,) die A, B en C hebben afgesproken"
AGREED_WITH = re.compile(r"(?i)\b(?:is|zijn|werd|werden)\s+(?:\w+\s+){0,2}?(?:gesloten|afgesloten|ondertekend|getekend)\s+"
                         r"(?:met|door)\s+(?:de\s+|het\s+)?|(?P<rel>\bdie\b[^.;]{3,120}?\b(?:hebben|heeft)\s+(?:\w+\s+){0,3}?"
                         r"(?:afgesproken|gesloten|afgesloten|ondertekend|getekend)\b)")
# between two parties of a list: a comma or "en", perhaps an article and a kind ("zorgverzekeraar VGZ")
# between two coordinated names: a comma or "en", the next one's article or lower-case kind ("zorgverzekeraar X",
# "basisschool De Y"), and items that name no organisation ("A, de bibliotheek, B")
COORD_GAP = re.compile(r"(?i)\s*(?:,|en|&|,\s*en)\s*(?:(?:de|het)\s+(?-i:[a-z])[\w-]*(?:\s+(?-i:[a-z])[\w-]*){0,3}"
                       r"\s*(?:,|\sen)\s*)*(?:de\s+|het\s+)?(?:(?-i:[a-z])[\w-]{3,}\s+)?")
# between the items of a list read forward: a comma or "en" (none before the first), an article; LIST_GAP_KIND also a
# lower-case word before the name ("de bibliotheek Vught", "zorgverzekeraar X")
LIST_GAP = re.compile(r"(?i)\s*(?:(?:,|\ben\b|&)\s*)?(?:(?:de|het)\s+)?")
LIST_GAP_SHORT = re.compile(r"(?i)\s*(?:\([^()]{1,15}\)\s*)?(?:(?:,|\ben\b|&)\s*)?(?:(?:de|het)\s+)?")  # past "(AB)"
LIST_GAP_KIND = re.compile(r"(?i)\s*(?:(?:,|\ben\b|&)\s*)?(?:(?:de|het)\s+)?(?:(?-i:[a-zà-ÿ])[\w-]*\s+)?(?:en\s+)?"
                           r"(?:(?-i:[A-Z])[\w-]*gemeenten\s+)?")  # "de andere Heuvelsteegemeenten Dalwijk, ..."


def _list_gap(prep: str, kind: bool = False) -> re.Pattern:
    """LIST_GAP for a list that repeats its preposition before each item ("aan A, aan B en aan C", "van A en van B"),
    with kind also a lower-case kind word before the name ("en van zorgaanbieder B")."""
    return re.compile(r"(?i)\s*(?:(?:,\s*(?:en\b)?|\ben\b|&)\s*)?" + rf"(?:{prep}\s+)?(?:(?:de|het)\s+)?"
                      + (r"(?:(?-i:[a-zà-ÿ])[\w-]*\s+)?" if kind else ""))


GIVEN_TO_MORE = _list_gap("aan")  # the next recipients of a grant: ", aan B", " en aan C", ", D"
STAFF_GAP = _list_gap("van", kind=True)  # "met medewerkers van A en van zorgaanbieder B"
PARTY_GAP = re.compile(r"(?i)\s*(?:,|en|&|,\s*en)\s*(?:de\s+|het\s+)?(?:[a-z]+\s+)?")
# a sentence that opens by pointing back at an agreement: "Dit akkoord ...", "Deze deal ..."
THIS_AGREEMENT = re.compile(r"(?i)\s*(?:dit|deze|het|de)\s+(?:\w+)?(?:akkoord|convenant|deal|overeenkomst|pact|agenda|"
                            r"coalitie|alliantie)\b")
# Running something together: "gezamenlijk", "samen" (not "samen met": the municipality's partner), or a pointer back
# to what is run ("hierin", "waarin").
BACK_IN = re.compile(r"(?i)\b(?:hierin|waarin|daarin)\b")
JOINT_CUE = re.compile(rf"(?i)\bgezamenlijk\b|\bsamen\b(?![ \t]+met\b)|{BACK_IN.pattern.removeprefix('(?i)')}")
FRONTED_TO = re.compile(r"(?i)\W*aan\s+(?:de\s+|het\s+)?\Z")
# A grant of the municipality's own money to one organisation, its amount stated: "ontving A van de gemeente een
# budgetsubsidie van € 1.480.000", "Voor 2025 is aan A een subsidie van € 2.140.000 toegekend", "A, die wij met
# € 45.000 ondersteunen", "Met financiële steun van de gemeente (€ 1.320.000) verzorgde A". Not where the
# organisation gives ("A draagt € 60.000 bij", "A financierde"), is a fund, or another giver pays ("een bijdrage van de
# provincie").
GRANT_AMOUNT = re.compile(r"(?i)\b(?:subsidie|budgetsubsidie|bijdrage|financi[eë]le\s+steun)\b[^.;]{0,60}?€\s*\d|€\s*\d[^.;]{0,60}?"
                          r"\b(?:subsidie|bijdrage)\b|\b(?:wij|we|de\s+gemeente)\b[^.;]{0,40}?\bmet\s+€\s*\d[\d.,]*\s+"
                          r"(?:\w+\s+){0,2}ondersteun\w*")
# a giver, then what it gives to the municipality: "De provincie gaf ons een bijdrage", "Het Rijk heeft ons een
# uitkering verstrekt", "Het ministerie kende de gemeente een subsidie toe"; "Van het Rijk ontvingen we een uitkering"
_MONEY_AHEAD = r"(?=[^.;]{0,80}?(?:subsidie|bijdrage|uitkering|middelen|\bgeld\b|budget|vergoeding))"  # what is given is money
_GIVES_HEAD = (r"(?i)\s+(?:\([^()]{1,30}\)\s+)?(?:(?:heeft|hebben|had|hadden)\s+(?:\w+\s+){0,2}?|gaf|gaven|geeft|geven"
               r"|kende|kenden|kent|verstrekte|verstrekten|verleende|verleenden)\s*(?:aan\s+)?(?:ons|de\s+gemeente"
               r"|onze\s+gemeente")
GIVES_US = re.compile(_GIVES_HEAD + r")\b" + _MONEY_AHEAD)
_gives_own: dict[str, re.Pattern] = {}


def gives_own(own: str) -> re.Pattern:
    """GIVES_US with the municipality's own name as the receiver too: "Het Rijk heeft Apeldoorn ... toegekend"."""
    pat = _gives_own.get(own)
    if pat is None:
        pat = _gives_own[own] = re.compile(_GIVES_HEAD + "|" + re.escape(own) + r")\b" + _MONEY_AHEAD)
    return pat
FOR_THING = re.compile(r"(?i)\bvoor\s+(?:(?:de|het|een)\s+|(?-i:[a-z])[\w-]*\s+){0,4}[‘'“\"]?\Z")  # "voor het project 'X'"
FROM_GIVER = re.compile(r"[\s•\-–*·]*(?:Van|Vanuit)\s+(?:de\s+|het\s+)?\Z")
WE_RECEIVED = re.compile(r"(?i)\s+(?:ontvingen|ontvangen|kregen|krijgen)\s+(?:wij|we|de\s+gemeente)\b" + _MONEY_AHEAD)
ORG_GIVES = re.compile(r"(?i)\b(?:draagt|droeg|dragen|droegen)\b[^.;]{0,80}?\bbij\b|\bbijgedragen\b|\bbij\s+te\s+dragen\b|"
                       r"\b(?:gaf|gaven|geeft|geven|kende|kenden|verstrekte|verleende)\s+(?:ons|de\s+gemeente)\b|"
                       r"\bfinancier\w*|\bbekostig\w*|\bschenk\w*|\bdoneer\w*|\bbeschikbaar\b|\bbetaal\w*|\bbetaald\b|"
                       r"\binwonerbijdrage\b|\b(?:van|door)\s+(?:de|het)\s+(?:rijk|provincie|ministerie|zorgverzekeraar|europese|"
                       r"\w*fonds|\w*corporatie)\b")
GRANT_GIVEN = re.compile(r"(?i)\b(?:verstrek\w*|verleen\w*|verleend|gaven|gaf|geven|geeft|kenden|kende|toegekend|betaald\w*)\b"
                         r"[^.;]{0,60}?\b(?:subsidie|bijdrage)|\b(?:subsidie|bijdrage)\b[^.;]{0,60}?\b(?:verstrekt|verleend"
                         r"|toegekend|gegeven)\b")
# a generic head between a cue and the names it introduces: "belegd bij de gecertificeerde instellingen A en B",
# "geleverd door drie gecontracteerde aanbieders: A en B"
GENERIC_HEAD = re.compile(r"(?i)\s*(?:(?:de|het|een|twee|drie|vier|vijf|\d+)\s+)?(?:[a-zà-ÿ][\w-]*\s+){0,2}?"
                          r"(?:instellingen|organisaties|aanbieders|zorgaanbieders|partijen|partners|woningcorporaties"
                          r"|corporaties|stichtingen|instelling|organisatie|aanbieder|zorgaanbieder|stichting)\s*[:;,]?\s*"
                          r"(?:(?:te\s+weten|namelijk|waaronder)\s*:?\s*)?(?:de\s+|het\s+)?")
# a capitalised name of several words as the subject of a passive or copula ("Het Centrum voor Jeugd en Gezin is")
NAMED_SUBJECT = re.compile(r"\W*(?:(?:De|Het|de|het)\s+)?(?P<name>[A-Z][\w-]*(?:\s+(?:voor|en|van|de|het|[A-Z][\w-]*))*?"
                           r"\s+[A-Z][\w-]*)\s+(?:wordt|worden|is|zijn|werd|werden|blijft|blijven)\b")
# a subject of two bare coordinated nouns before a passive or copula: "De jeugdbescherming en jeugdreclassering zijn"
# a subject of coordinated services, each with its own article: "Het ouderenwerk, het buurtwerk en de
# vrijwilligerscentrale zijn", "De nachtopvang en de dagopvang worden"
_ART_NP = r"(?:de|het)\s+(?-i:[a-zà-ÿ0-9])[\w-]*(?:\s+(?-i:[a-zà-ÿ])[\w-]*){0,2}?"
# (the last item may say whom it is for: "en de ondersteuning van mantelzorgers en vrijwilligers"; a head before
# "waaronder" names what the items are part of: "Het welzijnswerk, waaronder het ouderenwerk, ... en de Z, wordt")
SUBJECT_LIST = re.compile(r"(?i)^\W*(?:" + _ART_NP + r"\s*,\s*waaronder\s+)?(?P<list>" + _ART_NP + r"(?:\s*,\s*" + _ART_NP
                          + r")*\s*,?\s+en\s+" + _ART_NP + r"(?:\s+(?:van|voor)\s+(?-i:[a-zà-ÿ])[\w-]+(?:\s+en\s+"
                          r"(?-i:[a-zà-ÿ])[\w-]+)?)?" + r")\s*,?\s+(?:wordt|worden|is|zijn|werd|werden|blijft|blijven)\b")
# two services without articles, at least one of more than one word: "Taalcoaching en maatschappelijke begeleiding worden"
BARE_PAIR_SUBJECT = re.compile(r"^\W*(?P<a>[A-Za-zà-ÿ][a-zà-ÿ-]+(?:\s+(?-i:[a-zà-ÿ])[\w-]+){0,2})\s+en\s+"
                               r"(?P<b>(?-i:[a-zà-ÿ])[\w-]+(?:\s+(?-i:[a-zà-ÿ])[\w-]+){0,2})\s+(?:wordt|worden|werd|werden)\b")
# "Jeugdgezondheidszorg en de inspecties kinderopvang zijn door A uitgevoerd": two services, the second with its article
HALF_ARTICLE_PAIR_SUBJECT = re.compile(r"^\W*(?P<a>[A-Za-zà-ÿ][a-zà-ÿ-]+(?:\s+(?-i:[a-zà-ÿ])[\w-]+){0,2})\s+en\s+(?:de|het)\s+"
                                       r"(?P<b>(?-i:[a-zà-ÿ])[\w-]+(?:\s+(?-i:[a-zà-ÿ])[\w-]+){0,2})\s+"
                                       r"(?:wordt|worden|werd|werden|is|zijn|was|waren)\b")
PAIR_SUBJECT = re.compile(r"(?i)^\W*(?:(?:de|het)\s+|(?=(?-i:[A-Z])[a-zà-ÿ]+\s+en\s+(?-i:[a-z])))(?P<np>[a-zà-ÿ][\w-]+\s+en\s+(?:de\s+|het\s+)?[a-zà-ÿ0-9][\w-]+)\s+(?:wordt|worden|is|zijn"
                          r"|werd|werden|blijft|blijven)\b")
# kinds of building or meeting place that carry a proper name ("het buurthuis De Linde", "Wijkcentrum De Brug")
FACILITY = (r"buurthuis|buurthuizen|wijkcentrum|buurtcentrum|dorpshuis|wijkgebouw|ontmoetingscentrum|ontmoetingsplek"
            r"|ontmoetingsruimte|buurtkamer|huiskamer|inloophuis|inlooppunt|inloop|steunpunt|servicepunt|informatiepunt"
            r"|taalhuis|gezondheidscentrum|jongerencentrum|jeugdhonk|jongerenhonk|wijkpost|wijkwinkel|kulturhus"
            r"|multifunctioneel\s+centrum|woonzorgcentrum|zorgcentrum|gemeenschapshuis|clubhuis|speeltuin")
_FACILITY_NAME = r"(?:(?:De|Het|'t)\s+)?[A-Z][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*){0,2}"
FACILITY_AT = re.compile(r"(?:\b(?i:het|de|een|ons|onze)\s+(?i:" + FACILITY + r")\s+(?P<name>" + _FACILITY_NAME + r")"
                         r"|\b(?P<full>(?:(?=[A-Z])(?i:" + FACILITY + r"))\s+" + _FACILITY_NAME + r"))"
                         r"\s*,?\s*(?:(?:gevestigd|gelegen)\s+)?in\s+(?:de\s+(?:wijk|buurt|kern)\s+)?$")
FACILITY_RECEIVES = re.compile(r"(?:\b(?i:het|de)\s+(?i:" + FACILITY + r")\s+(?P<name>" + _FACILITY_NAME + r")"
                               r"|\b(?P<full>(?:(?=[A-Z])(?i:" + FACILITY + r"))\s+" + _FACILITY_NAME + r"))"
                               r"(?:\s*,[^,.;]{1,60},)?(?:\s+(?:in|aan)\s+(?:de\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?"
                               r"\s+(?:krijgt|kreeg|ontvangt|ontving)\s+(?:\S+\s+){0,4}?\w*(?:subsidie|bijdrage)")
RELATIVE_START = re.compile(r",\s+(?:dat|die|waar\w*)\b")
# "A (AB), de gemeenschappelijke regeling waarin wij samenwerken met onder meer B en C", "A, waarin X samenwerkt met B,
# C en D": B, C and D work with us in A, the body just named
WHEREIN_WITH = re.compile(r"(?i)\s*(?:\([^()]{1,20}\)\s*)?,\s+(?:(?:de|het|een)\s+(?:[a-zà-ÿ][\w-]*\s+){0,3}?)?waarin\s+"
                          r"(?:wij|we|de\s+gemeenten?|(?-i:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*))\s+(?:\w+\s+)?"
                          r"samen\s*(?:werken|werkt|werkten|werkte)\s+met\s+(?:onder\s+(?:meer|andere)\s+|o\.a\.\s+)?")
# "A, de uitvoeringsorganisatie die wij samen met B en C in stand houden", "de regio X, waarvan wij samen met onder meer
# B en C deel uitmaken": the municipalities that keep a joint body, or belong to it, are part of it
JOINTLY_KEPT = re.compile(r"(?i)\s*(?:\([^()]{1,20}\)\s*)?,\s+(?:(?:de|het|een)\s+(?:[a-zà-ÿ][\w-]*\s+){0,3}?(?:die|dat)"
                          r"|waarvan)\s+(?P<who>[^.;:()]{2,140}?)\s+(?:(?P<kept>in\s+stand\s+(?:houdt|houden|hield|hielden))"
                          r"|deel\s+uit\s*(?:maakt|maken|maakte|maakten))\b")
# "De gemeente heeft met A, B en de kerken het Armoedepact X gesloten", "Wij hebben met A en B een convenant getekend":
# the parties of an agreement the municipality made
PACT_WITH = re.compile(r"(?i)(?P<we>\b(?:de\s+gemeente|wij|we)\s+)?\b(?:heeft|hebben|had|hadden)\s+(?:\w+\s+){0,2}?met\s+"
                       r"(?P<list>[^.;:]{3,200}?)\s+(?:het|de|een)\s+(?:[\w-]+\s+){0,2}?(?P<pact>[\w-]*(?:pact|akkoord|convenant"
                       r"|overeenkomst)\b[^.;:]{0,60}?)\s+(?:gesloten|getekend|ondertekend|afgesloten)\b")
SERVICE_CONTRACT = re.compile(r"(?i)(?:uitvoerings|dienstverlenings|prestatie|raam|inkoop)\w*overeenkomst|\bcontract")
# a unit of the municipality's own organisation: "team Schulddienstverlening", "afdeling Werk en Inkomen"
OWN_UNIT = re.compile(r"(?:(?:het|de)\s+)?(?-i:team|afdeling|loket)\s+(?-i:[A-Z])[\w&-]*(?:\s+(?:en|&)\s+[\w-]+)?")
PACT_FRONTED = re.compile(r"\W*Met\s+(?P<list>[^.;:]{3,200}?)\s+(?:is|zijn|werd|werden)\s+(?:[\w-]+\s+){0,4}?(?:het|de|een)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?P<pact>[\w-]*(?:pact|akkoord|convenant|overeenkomst)\b[^.;:]{0,60}?)\s+"
                          r"(?:gesloten|getekend|ondertekend|afgesloten)\b")
# "X, dat een initiatief is van A en B", "X is een gezamenlijk initiatief van A en B": A and B work on X
INITIATIVE_OF = re.compile(r"(?i)\s*[’'”\"]?\s*(?:,\s*(?:dat|die)\s+(?:\w+\s+)?(?:een\s+)?(?:gezamenlijk\s+)?initiatief\s+(?:is|was)"
                           r"|\s+(?:is|was)\s+(?:\w+\s+)?(?:een\s+)?(?:gezamenlijk\s+)?initiatief)\s+van\s+")
APPOSITION_BODY = re.compile(r"(?i)\s*,\s+(?:de|het|een)\s+(?:\w+\s+)?(?:gemeenschappelijke\s+regeling|samenwerkingsverband"
                             r"|verbonden\s+partij)\s+(?:van|tussen|voor)\b")
# "Met (de woningcorporaties) A, B en C ...": the list after a sentence-opening "met", ended by the first lower-case word
WITH_LEAD = re.compile(r"[\W\d]*[Mm]et\s+(?:(?:de|het)\s+)?(?:[a-zà-ÿ][\w-]*\s+){0,2}?(?=[A-Z])")
LIST_END = re.compile(r"\s(?!(?:en|de|van|der|den|het)\b)[a-zà-ÿ]|[.;:()]")
CONTRACT_WITH_LEAD = re.compile(r"(?i)^\W*(?:via|met|door|op\s+basis\s+van)\s+(?:een|de|het)\s+(?:\w+\s+)?"
                                r"(?:inkooprelatie|overeenkomst|contract|raamovereenkomst|inkoopcontract)\w*\s+met\b")
SERVICE_PASSIVE = re.compile(r"(?i)\b(?:wordt|worden|werd|werden)\s+(?P<np>(?:de|het)\s+[^.;,]{3,60}?)\s+(?:geleverd|uitgevoerd"
                             r"|verzorgd|geboden|aangeboden)\b")
# "De pilot is onderdeel van", "Het project wordt gefinancierd": a sentence that opens with the kind of what was just named
SUBJECT_ANAPHOR = re.compile(r"\W*(?:De|Het)\s+(?:pilot|proef|campagne|aanpak|regeling|project|programma|initiatief)\s+"
                             r"(?:is|wordt|werd|maakt|vormt|valt)\b")
MEANS_OF = re.compile(r"(?i)\s*(?:de\s+|het\s+)?(?:middelen|gelden|budget|fonds|subsidie|bijdrage)\s+(?:van|uit)\s+(?:de\s+|het\s+)?")
JOINT_FUNDER_BEFORE = re.compile(r"(?i)\bsamen\s+met\s+(?:de\s+|het\s+)?(?:zorgverzekeraar\s+|provincie\s+)?\Z")
JOINT_FUNDED_AFTER = re.compile(r"(?i)\s+(?:(?:wordt|worden|werd|werden|is|zijn)\s+)?(?:gefinancierd|bekostigd|betaald)\b")
FUNDER_AFTER = re.compile(r"(?i)\s*(?:een\s+|de\s+|het\s+)?(?:(?:financiële\s+)?(?:bijdrage|subsidie|middelen|gelden|budget)"
                          r"\s+(?:van|uit|vanuit)\s+)?(?:de\s+|het\s+)?(?:(?:rijks)?regeling\s+|zorgverzekeraar\s+"
                          r"|(?:het\s+)?fonds\s+)?")
# the subject of a passive that no entity names: "De buurtsportcoaches worden (voor 40%) betaald uit"
PASSIVE_SUBJECT = re.compile(r"[\s•\-–*·]*(?:De|Het)\s+(?P<np>(?-i:[a-zà-ÿ])[\w-]*(?:\s+(?-i:[a-zà-ÿ])[\w-]*)?)\s+"
                             r"(?:wordt|worden|werd|werden|is|zijn)\b[^.;,]{0,40}\Z")
BY_FUNDER = re.compile(r"\b[Dd]oor\s+(?:de\s+|het\s+)?(?P<who>(?:provincie\s+)?[A-Z][\w&'-]*(?:\s+[A-Z0-9][\w&'-]*){0,4})\s+"
                       r"(?:(?:wordt|worden|werd|werden|is|zijn)\s+(?:\w+\s+){0,2}?)?(?:gefinancierd|bekostigd|gesubsidieerd"
                       r"|betaald|vergoed|gecompenseerd|mogelijk\s+gemaakt)\b")
_NOT_IN_ITEM = r"(?!(?:de|het|een|en|op|in|voor|van|met|aan|bij|uit|door|tot|naar|over|om)\b)"
_BARE_ITEM = _NOT_IN_ITEM + r"[a-zà-ÿ][\w-]*(?:\s+" + _NOT_IN_ITEM + r"[a-zà-ÿ][\w-]*){0,2}"
BARE_LIST = re.compile(r"(?:de\s+|het\s+)?(?P<items>" + _BARE_ITEM + r"(?:\s*,\s*" + _BARE_ITEM + r")+\s+en\s+" + _BARE_ITEM + ")")
BARE_PAIR = re.compile(r"(?:de\s+|het\s+)?(?P<first>[a-zà-ÿ][\w-]*(?:\s+[a-zà-ÿ][\w-]*)?)\s+en\s+"
                       r"(?P<second>(?!de\b|het\b|een\b)[a-zà-ÿ][\w-]*(?:\s+(?!in\b|voor\b|aan\b|op\b|bij\b|met\b|uit\b)[a-zà-ÿ][\w-]*)?)"
                       r"(?=\s*$|\s+(?:in|voor|aan|op|bij|met|uit|die|dat|te)\b|\s*[,.;(])")
# a lead-in to a list of providers, and what an item adds after the provider's name
PROVIDER_LEAD = re.compile(r"(?i)\b(?:zorg)?aanbieders\b|\bleveranciers\b|\buitvoerders\b|\bgecontracteerd\b|\bingekocht\b")
ITEM_SERVICE = re.compile(r"(?i)\s*(?:b\.v\.|bv)?\s*(?:\(\s*(?P<a>)|[-–:]\s+)(?P<svc>(?-i:[a-zà-ÿ])[^()\[\],;.]{2,80})")
# the header of a table of partners and their tasks: "Partner | Rol in dit programma", "Aanbieder | Taak"
ROLE_TABLE_ORG = re.compile(r"(?i)(?:partners?|organisaties?|aanbieders?|zorgaanbieders?|uitvoerders?|instellingen?|partij(?:en)?"
                            r"|samenwerkingspartners?|ketenpartners?)")
ROLE_TABLE_ROLE = re.compile(r"(?i)(?:rol|rollen|taak|taken|dienst|diensten|dienstverlening|aanbod|activiteiten|opdracht"
                             r"|werkzaamheden|product|producten|inzet|wat)\b")
SUBSIDY_HEADER = re.compile(r"(?i)\bsubsidie\w*|\bontvanger|\bbijdragen?\b")
SUBSIDY_WORDS = ("subsidie", "ontvanger", "bijdrage")  # one of them is in every match of SUBSIDY_HEADER
# a short title line over a list of grants, and an item of it: "Subsidies 2019 (selectie)", "- Stichting A: € 412.500"
# ("Incidentele subsidies 2024 (collegebesluit 9 juli 2024)", "Subsidieplafonds 2020 (x € 1.000)")
SUBSIDY_TITLE = re.compile(r"(?:[^.:;!?\n]|(?<=\d)\.(?=\d)){3,120}:?")
AMOUNT_CELL = re.compile(r"€|\d{1,3}(?:[.,]\d{3})+|\d{5,}|^\s*\d{1,4}\s*$")
AMOUNT_ITEM = re.compile(r"[\s•\-–*·]*(?P<name>[^:;.]{2,80}?)\s*:\s*(?P<amount>€\s*\d[\d.,]*(?:\s*(?:miljoen|mln))?)\s*[.;]?\s*")
PLACE_LIST_GAP = re.compile(r"(?i)\s*(?:,|en|&|,\s*en)\s*(?:de\s+|het\s+|in\s+)?")
TABLE_TOTAL = re.compile(r"(?i)(?:totaal|subtotaal|overige?|saldo|lasten|baten)\b")
WE_VERB = re.compile(r"(?i)\b\w+en\s+(?:wij|we)\b")
ASSIGNED_FOR = re.compile(r"(?i)\bopdracht\s+(?:\w+\s+)?(?:voor|tot)\s+(?P<obj>(?:de|het)\s[^.;:!?()]{3,120})")
TASK_SUBJECT = re.compile(r"(?i)\W*(?:de\s+|het\s+)?(?:\w+\s+)?(?:uitvoering|regie|coördinatie|organisatie|inkoop|toegang"
                          r"|verantwoordelijkheid|taak|taken|zorg)\b")
PROVINCE = re.compile(r"(?i:provincie)\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")
# a fronted adverbial, then the verb, then its subject: "In Oost biedt A ...", "Sinds 2023 verzorgt A ..."
VERB_FIRST = re.compile(r"\W*(?:In|Op|Sinds|Vanaf|Daarnaast|Ook|Binnen|Tijdens|Per|Elke|Iedere|Wekelijks|Jaarlijks|Dagelijks|Voor"
                        r"|Met\s+ingang\s+van|Vanuit|Namens\s+(?:de\s+gemeente|ons)"
                        r"|Daarbij|Hier|Daar|Dit\s+jaar|Vorig\s+jaar|Met\s+(?:een|de|het)\s+(?:subsidie|bijdrage|budget))\b"
                        r"(?:[^.;:]|(?<=\d)[.,](?=\d)){0,60}?\s(?:biedt|bieden|levert|leveren|verzorgt"
                        r"|verzorgen|organiseert|organiseren|voert|voeren|geeft|geven|bood|boden|leverde|leverden|verzorgde"
                        r"|verzorgden|organiseerde|organiseerden|voerde|voerden|opent|opende|realiseert|realiseerde"
                        r"|verstrekt|verstrekte|beheert|beheerde|coördineert|coördineerde|exploiteert|exploiteerde"
                        r"|(?P<sep>zet|zette|zetten)|(?P<start>start|startte|startten))\s+(?:de\s+|het\s+)?\Z")
# (past an apposition: "organiseerde A, onderdeel van B, de X")
_APPOSITION = r"(?:\s*,\s+(?:(?:een\s+)?onderdeel\s+van|de|het|een)\s[^,.;:()]{3,80},)?"
# what the separable verb's particle closes ("zet A buurtsportcoaches in", "zette A de telefooncirkel X op"), and the
# "met" that opens what is started ("startte A met het project X")
SEPARATED_OBJECT = re.compile(_APPOSITION + r"(?:\s+(?:in\s+\d{4}|in\s+" + _PLACE_NAMES + "))?\\s+(?P<obj>[^.;:!?()]{3,90}?)\\s+(?:in|op)\\b")
STARTED_OBJECT = re.compile(_APPOSITION + r"(?:\s+(?:in\s+\d{4}|in\s+" + _PLACE_NAMES + "))?\\s+met\\s+(?P<obj>[^.;:!?()]{3,90})")
# (past a place or time of its own: "Voor ouderen biedt A in Pesse dagbesteding aan")
INVERTED_OBJECT = re.compile(_APPOSITION + r"(?:\s+(?:in\s+\d{4}|in\s+" + _PLACE_NAMES + "))?\\s+(?P<obj>[^.;:!?()]{3,90})")
# a relation a clause denies or only plans: "is nog geen overeenkomst gesloten", "een convenant ... is in voorbereiding",
# "de samenwerking met A is beëindigd", "A heeft geen subsidie ontvangen"
DENIABLE = frozenset(("partner_of", "funds", "contracted_by"))
# head nouns that, bare, point back to a name just given ("het team", "het project", "de pilot")
BACK_HEADS = frozenset(("team", "project", "pilot", "programma", "platform", "netwerk", "akkoord", "steunpunt", "loket"))
# what comes between a service and the places it is offered in: "in", or a passive relative clause's agent first
# ("het jongerenwerk, dat door A in B en C wordt uitgevoerd")
SERVICE_IN = re.compile(r"(?:,\s*(?:dat|die)\s+door\s+[^,.;:]{2,60}?)?\s+(?:in|op)\s+(?:de\s+(?:kernen|wijken|dorpen)\s+)?")
NOT_STATED = re.compile(
    r"(?i)\b(?:nog\s+)?(?:geen|niet)\s+(?:meer\s+)?(?:\w+\s+){0,2}?(?:overeenkomst|convenant|afspraken|contract\w*|samenwerking"
    r"|subsidie|bijdrage|financiering|opdracht|gegund|verleend|toegekend|getekend|ondertekend|gesloten|gestart"
    r"|doorgegaan|ingekocht|gecontracteerd|samengewerkt|verlengd|voortgezet|tot\s+stand|aangesloten|lid)\b"
    r"|\b(?:is|zijn|werd|werden|wordt|worden)\s+(?:\w+\s+){0,3}?(?:beëindigd|stopgezet|opgezegd|afgewezen|ontbonden"
    r"|in\s+voorbereiding|uitgesteld|verkend|overwogen)\b"
    # "Een samenwerking met A is onderzocht": a cooperation looked into is none (not "Samen met A is onderzocht hoe")
    r"|\b(?:samenwerking|aanpak|convenant|overeenkomst)\s+met\s+[^.;]{0,80}?\b(?:is|werd|wordt)\s+(?:\w+\s+){0,2}?onderzocht\b"
    # "We onderzoeken samen met A of ...", "Verder verkennen we met A of ...": whether they will, not that they do
    r"|\b(?:onderzoeken|onderzoekt|verkennen|verkent|bekijken|bekijkt)\b[^.;]{0,100}?\bof\b")
CLAUSE_SPLIT = re.compile(r";|,\s+(?:maar|terwijl|want)\s|\.\s")
NEGATED = re.compile(r"(?i)\b(?:niet|geen)\s+(?:\w+\s+)?\Z")
TERECHT_BIJ = re.compile(r"(?i)\bterecht\s+(?:\w+\s+)?bij\s+(?:de\s+|het\s+)?\Z")
_SVC = r"(?P<np>(?:de\s+|het\s+)?[a-zà-ÿ][\w-]*(?:\s+(?!kunnen|kan|terecht)[a-zà-ÿ][\w-]*){0,3}?)"
FOR_FRONT = re.compile(r"(?i)\W*voor\s+" + _SVC + r"\s+(?:kunnen|kan|kun|konden|kon)\b")
FOR_BEFORE = re.compile(r"(?i)\bvoor\s+" + _SVC + r"\s+terecht\b")
# "Mensen die beschut werk nodig hebben, kunnen terecht bij A": what they need
NEEDED_BEFORE = re.compile(r"(?i)\bdie\s+" + _SVC + r"\s+nodig\s+(?:hebben|heeft)\s*,?\s+(?:kunnen|kan)\s+(?:\w+\s+)?terecht\b")
FOR_AFTER = re.compile(r"(?i)\s+voor\s+" + _SVC + r"(?=\s*[.,;]|\s*$)")
_ROLE = (r"(?P<np>(?:[\w-]+\s+){0,3}?(?:[\w-]*(?:meldpunt|loket|aanspreekpunt|steunpunt|informatiepunt|vraagbaak"
         r"|uitvoerder|toegangspoort))\b[^.;:!?]{0,80})")
COPULA_AFTER = re.compile(r"(?i)\s+(?:is|blijft|was|vormt)\s+(?:het|de|ons|onze|een)\s+" + _ROLE
                          + r"|\s*,\s+(?:het|ons|onze)\s+" + _ROLE.replace("?P<np>", "?P<np2>"))
BOUGHT_FROM = re.compile(r"(?i)\b(?:koopt|kopen|kocht|kochten)\s[^.;]{0,60}?\bbij\s+(?:de\s+|het\s+)?\Z")  # "kopen wij bij A in"
ASSIGNMENT_TO = re.compile(r"(?i)\b(?:de|een|onze|deze)\s+(?:\w+\s+)?opdracht(?:en)?\s+aan\s+(?:de\s+|het\s+)?(?:stichting\s+)?\Z")
# the service a passive "ingekocht door/via" is about: "De specialistische jeugdhulp wordt (regionaal) ingekocht door"
BOUGHT_SUBJECT = re.compile(r"[\s•\-–*·]*(?:De|Het)\s+(?P<np>(?-i:[a-zà-ÿ])[\w-]*(?:\s+(?-i:[a-zà-ÿ])[\w-]*)?)\s+"
                            r"(?:wordt|werd|is|zijn|worden)\s+(?:[\w-]+\s+){0,8}?ingekocht\s+(?:[\w-]+\s+){0,5}?(?:via|door)\s+"
                            r"(?:de\s+|het\s+)?\Z")
BOUGHT_THROUGH = re.compile(r"(?i)\bingekocht\s+(?:[\w-]+\s+){0,5}?(?:via|door)\s+(?:de\s+|het\s+)?\Z")
IN_THIS_BODY = re.compile(r"(?i)\W*(?:in|binnen)\s+(?:deze|die|dit)\s+(?:gemeenschappelijke\s+regeling|regeling|"
                          r"samenwerkingsverband)\s+(?:werken|werkt)\s+(?:wij|we|de\s+gemeente)\s+samen\s+met\s+"
                          r"(?:onder\s+(?:meer|andere)\s+)?(?:de\s+gemeenten?\s+)?")
# What one sentence says of a pair, and what it says more that supersedes it there: that the municipality contracts A
# ("uitbesteed aan A", "kopen in bij A"), that A is part of B ("neemt deel aan de gemeenschappelijke regeling B") or
# that A provides X ("A en B zijn gestart met het project X") says more than that the two work together; that the
# municipality is part of A ("ingekocht via A, waarin wij samenwerken met ...") says more than that A is its contractor.
SUPERSEDED_BY = {"partner_of": ("contracted_by", "part_of", "provides"), "contracted_by": ("part_of",)}
# "Stichting A, die hiervoor een meerjarige opdracht van de gemeente heeft"
ASSIGNMENT_HELD = re.compile(r"(?i)(?:\s*\([^()]{1,30}\))?,\s+(?:(?:die|dat)\s+(?:hiervoor\s+|daarvoor\s+|daartoe\s+)?(?:een\s+)?(?:\w+\s+)?"
                             r"opdracht\s+van\s+(?:de\s+gemeente|ons\b|(?P<clients>(?-i:[A-Z])[^.;:,()]{1,80}?)"
                             r"(?=\s+(?:heeft|hebben|had|kreeg|krijgt|ontving|ontvangt)\b))"
                             # "Stichting A (AB), waarmee in 2024 een meerjarige uitvoeringsovereenkomst is gesloten"
                             r"|(?:waarmee|met\s+wie)\s+(?:de\s+gemeente\s+|wij\s+|we\s+)?(?:(?:in|per|sinds)\s+\S+\s+|ook\s+)*(?:een\s+)?"
                             r"(?:\w+\s+){0,2}?(?:uitvoerings|raam|dienstverlenings|prestatie)?(?:overeenkomst|contract)\s+"
                             r"(?:(?:voor|over)\s+(?:de\s+)?(?:periode\s+)?\S+\s+)?"
                             r"(?:is\s+|werd\s+|zijn\s+|hebben\s+|heeft\s+)?(?:\w+\s+){0,2}?(?:gesloten|afgesloten|aangegaan|getekend))")
# "De uitvoering van X is (per 1 mei) belegd bij / ondergebracht bij Stichting A": a task the municipality put with a
# foundation (not with a joint body of municipalities, nor one it subsidises: "..., die daarvoor subsidie ontvangt")
LODGED_WITH_FOUNDATION = re.compile(r"(?i)\b(?:belegd|ondergebracht)\s+bij\s+(?:de\s+)?(?P<f>stichting\s+)?\Z")
CONTRACTED = re.compile(r"(?i)\b(?:opdrachtverlening|inkoop|aanbesteding|contractering|gunning)\s+(?:van\s+)?(?:de\s+|het\s+)?\Z")
SUBCLAUSE = re.compile(r"(?i)[,]?\s\b(?:waarbij|waarin|waarmee|zodat|omdat|doordat|die|dat|om\s+te)\b")
UNNAMED = re.compile(r"(?i)\b(?:een|het|de)\s+(?:nieuw\w*\s+)?(?P<obj>(?:project|pilot|programma|initiatief|aanpak|traject|proef)"
                     r"\s+(?:rondom|rond|voor|over|gericht\s+op|met|om)\s+[^.,;:!?()]{3,60})")
TYPE_WORD = re.compile(r"(?i)\w*(?:project|pilot|programma|initiatief|aanpak|traject|proef|campagne|regeling|actie)")
# a subject that points back at what the sentence before named: "Dit project wordt", "Die wordt", "Het wordt"
POINTING_SUBJECT = re.compile(r"\W*(?:Het|Die|Dit|Deze|Dat)(?:\s+(?-i:[a-z]\w*?)?(?:project|pilot|programma|initiatief|aanpak"
                              r"|traject|proef|campagne|regeling|actie|ruimte|centrum|punt))?\s+(?:wordt|werd|worden|werden"
                              r"|is|zijn|was|waren)\s+(?:\w+\s+){0,3}?\Z")
AFTER_TENDER = re.compile(r"(?i)^\W*(?:na|via|met|door)\s+(?:de|een)\s+(?:\w+\s+)?(?:aanbesteding|inkoop|contractering)\s+van\s+"
                          r"(?:de|het)\s+(?P<np>[\w-]+(?:\s+[\w-]+){0,4}?)\s+(?=zijn|is|hebben|heeft|werden|werd|,)")
FOR_SERVICE = re.compile(r"(?i)\s*voor\s+(?:(?:de|het)\s+(?P<np>[\w-]+(?:\s+[\w-]+){0,3}?)|(?P<bare>(?-i:[a-zà-ÿ])[\w-]+"
                         r"(?:\s+(?-i:[a-zà-ÿ])[\w-]+){0,2}?))\s+(?=in\s+het\s+kader|op\s+grond|onder\s+(?:de|het)\s+(?-i:[A-Z])|heeft|hebben|is|zijn"
                         r"|wordt|worden|,)")
UNDER_LAW = re.compile(r"(?i)\b(?:de|het|een)\s+(?P<np>[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:(?:wordt|worden|werd|werden)\s+)?"
                       r"(?:(?:valt|vallen|viel|vielen)\s+onder"
                       r"|in\s+het\s+kader\s+van|op\s+(?:grond|basis)\s+van)\s+(?:de\s+|het\s+)?\Z")
TASK_OF = re.compile(r"(?i)\W*(?:de\s+|het\s+)?(?P<np>[\w-]+(?:\s+[\w-]+){0,2}?)\s+(?:is|zijn|blijft|blijven|was|waren)\s+"
                     r"(?:een\s+)?(?:wettelijke\s+)?(?:taak|taken|opgave|verantwoordelijkheid)\b")
# "Jeugdhulp valt onder de Jeugdwet": a bare noun that opens the sentence
UNDER_LAW_OPENING = re.compile(r"\W*(?P<np>[A-Za-zà-ÿ][a-zà-ÿ-]+(?:\s+[a-zà-ÿ][\w-]*){0,2}?)\s+(?:(?:valt|vallen|viel|vielen)\s+onder"
                               # "Vroegsignalering van schulden gebeurt (sinds 2021) op basis van de X"
                               r"|(?:gebeurt|gebeurde|gebeuren|vindt\s+plaats|vond\s+plaats|verloopt|verliep)"
                               r"(?:\s+(?:sinds|vanaf|in)\s+\d{4})?\s+(?:op\s+(?:grond|basis)\s+van|in\s+het\s+kader\s+van))"
                               r"\s+(?:de\s+|het\s+)?\Z")
# "Beschut werk op grond van de Participatiewet is opgedragen aan A", "De schuldhulpverlening onder de X is ingekocht",
# "kopen we specialistische jeugdhulp in onder de X": a service phrase (lower case after its first word, at most one
# "van" phrase, no finite verb) right before "onder"/"op grond van" and the law; it opens the sentence or follows
# its article, or the verb's particle after a pronoun's verb
_NOT_NP_WORD = (r"(?!(?:is|zijn|was|waren|wordt|worden|werd|werden|valt|vallen|voert|voeren|werkt|werken|heeft|hebben"
                r"|kopen|koopt|biedt|bieden|blijft|blijven|de|het|een|we|wij|ze|zij)\s)")
_SERVICE_LAW_TAIL = (r"(?P<np>" + _NOT_NP_WORD + r"[A-Za-zà-ÿ][a-zà-ÿ-]+(?:\s+" + _NOT_NP_WORD
                     + r"(?-i:[a-zà-ÿ])[\w-]*){0,2}?(?:\s+van\s+(?-i:[a-zà-ÿ])[\w-]+)?)"
                     r"(?:\s+in)?\s+(?:onder|op\s+grond\s+van)\s+(?:de\s+|het\s+)?\Z")
SERVICE_BEFORE_LAW = re.compile(r"(?:\b(?:de|het)\s+|\b(?:we|wij)\s+(?:[a-z]+en\s+)?)" + _SERVICE_LAW_TAIL)
SERVICE_BEFORE_LAW_OPENING = re.compile(r"[\W\d]*" + _SERVICE_LAW_TAIL)  # matched from the sentence's start
# "de Wmo-voorzieningen, zoals A, B en C": the examples a law's provisions are given
LAW_EXAMPLES = re.compile(r"(?i)(?:\s*\d{4})?-?(?:voorzieningen|maatwerkvoorzieningen|taken|ondersteuning)\s*,?\s+zoals\s+"
                          r"(?P<list>[^.;:()]{3,120}?)(?=,\s*(?:zijn|worden|is|wordt)\b|[.;:(]|$)")
# a sentence that opens with the law it acts under: "In het kader van de Jeugdwet kopen we de X in"
LAW_FRONTED = re.compile(r"(?i)\W*(?:in\s+het\s+kader\s+van|op\s+(?:grond|basis)\s+van)\s+(?:de\s+|het\s+)?\Z")
# "Dit programma omvat de uitvoering van de X en de Y", "Het omvat de taken van de gemeente op grond van de X", "We
# doen dat op basis van de X": the programme the section is about carries out the laws listed right after the cue
PROGRAMME_LAWS = re.compile(r"(?i)\W*(?:[^.;:!?]{0,40}?\b(?:dit|het|ons)\s+programma\b|het\s+omvat\b|(?:we|wij)\s+doen\s+dat\b)"
                            r"[^.;:!?]{0,80}?\b(?:uitvoering\s+(?:van|geven\s+aan)|op\s+(?:grond|basis)\s+van"
                            r"|(?:taken|opgaven)\s+uit|voeren\s+(?:we|wij)|(?:we|wij)\s+voeren)\s+(?:de\s+|het\s+)?\Z")
# the heading of a programme section: "Programma 6 Zorg en Welzijn", "2 MAATSCHAPPELIJKE ONDERSTEUNING"
PROGRAMME_HEADING = re.compile(r"(?m)^[ \t]*(?:Programma(?:\s+\d{1,2}[a-z]?)?[ \t]*[.:\-–—]?|\d{1,2}[a-z]?\.?(?=[ \t]+[A-Z][A-Z ,:&-]+$))"
                               r"[ \t]+(?P<name>[A-Z][^\n(|]{2,80}?)[ \t]*(?:\([^\n]*)?$")
# "Wmo-maatwerkvoorzieningen", "Wmo-vervoer": a service named with the law's abbreviation
# the tasks a centrumgemeente carries out for its region, named as a pair ("beschermd wonen en maatschappelijke opvang")
_CENTRE_TASK = r"(beschermd\s+wonen|maatschappelijke\s+opvang|vrouwenopvang)"
CENTRE_TASK_LIST = re.compile(rf"(?i){_CENTRE_TASK}(?:\s*(?:,|en|&)\s+(?:het\s+|de\s+)?{_CENTRE_TASK})+\b")
# a budget's variance: what a sentence about money says of a service (no statement of what the service is under)
BUDGET_VARIANCE = re.compile(r"(?i)\b(?:nadeel|voordeel|overschrijding|onderschrijding|tekort|overschot|lasten|baten)\b"
                             r"[^.;]{0,40}?€|€[^.;]{0,40}?\b(?:nadeel|voordeel|overschrijding|onderschrijding|tekort|overschot)\b")
LAW_COMPOUND = re.compile(r"-(?P<svc>(?:maatwerk)?voorziening(?:en)?|vervoer|hulpmiddelen)\b")
# noun phrases of a clause: an article or a number, then lower-case words that are no article
CLAUSE_NP = re.compile(r"(?:\b(?:de|het|een)\s+|(?<![\w.,])\d[\d.,]*\s+)(?P<np>[a-zà-ÿ][\w-]*(?:\s+(?!(?:de|het|een|en|in|voor"
                       r"|met|op|bij|aan|van|zoals|om|te)\b)[a-zà-ÿ][\w-]*){0,3})")
PRONOUN_NP = re.compile(r"(?i)^\s*\w+\s+(?:we|wij|zij|er)\s+(?P<np>[a-zà-ÿ][\w-]*(?:\s+[a-zà-ÿ][\w-]*){0,2})")
PARTICIPLE = re.compile(r"\s+(?:ge|ver|be|ont|in|uit|aan|op|toe)\w+[dt]$")
FUNDS_ACTIVE = re.compile(  # ORG <cue>: the organisation pays for what follows
    r"(?i)\s+(?:heeft|hebben|had|hadden)\b[^.;]{0,90}?\b(?:gefinancierd|betaald|bekostigd|gesubsidieerd|gesponsord)\b"
    r"|\s+(?:financiert|financieren|financierde|financierden|betaalt|betaalde|bekostigt|bekostigde|subsidieert"
    r"|subsidieerde|sponsort|sponsorde|investeert|investeren|investeerde|investeerden)\b"
    # "Het Fonds droeg € 40.000 bij aan X", "heeft voor deze aanpak € 60.000 toegezegd"
    r"|\s+(?:draagt|droeg|droegen|dragen)\s+(?:[^.;]|\.(?=\d)){0,40}?\bbij\s+aan\b"
    r"|\s+(?:heeft|hebben|had|hadden)\s+[^.;]{0,40}?€\s*[\d.,]+[^.;]{0,20}?\b(?:toegezegd|bijgedragen|geschonken)\b")
# "Het Rijk vergoedt de kosten", "het Rijk compenseerde de extra kosten": the body pays the municipality
PAYS_OUR_COSTS = re.compile(r"(?i)\s+(?:vergoedt|vergoedde|vergoeden|vergoedden|compenseert|compenseerde|compenseren"
                            r"|compenseerden)\s+(?:\w+\s+){0,2}?(?:de|onze)\s+(?:\w+\s+)?kosten\b"
                            # "Het Rijk compenseert gemeenten", "heeft besloten om gemeenten tot en met 2021 te compenseren"
                            r"|\s+(?:compenseert|compenseerde|compenseren|compenseerden)\s+(?:de\s+)?gemeenten\b"
                            r"|\s+(?:\w+\s+){1,4}?besloten\s+(?:om\s+)?(?:[\w-]+\s+){0,5}?(?:de\s+)?gemeenten\s+(?:[\w-]+\s+){0,5}?"
                            r"te\s+(?:compenseren|vergoeden)\b")
FOLLOW_UP = re.compile(r"(?i)(?:dit|deze|die|daarmee|hiermee|daarvan|hiervan|daarmee)\b[^.;:]{0,40}?"
                       r"\b(?:middelen|gelden|geld|subsidie|bijdrage|budget|financier\w*|betal\w+|bekostig\w+)")
SOURCE_PP = re.compile(r"(?i)\b(?:vanuit|namens|over|zonder|tegen|volgens|richting)\s+(?:het\s+|de\s+)?\Z")
_WE_WORDS = ("wij", "ons", "onze")
OWN_ACTOR = re.compile(r"(?i)\b(?:de\s+gemeente|wij|we|ons)\b")
# The municipality as the subject of its own report ("wij", "we", "de gemeente"), acting on what follows the cue.
_WE = r"(?:wij|we|de\s+gemeente)"
# the name of an agreement many parties take part in: "Pact X", "X-akkoord", "Hervormingsagenda X", "convenant X"
AGREEMENT_NAME = r"(?i:\w*(?:pact|akkoord|convenant|agenda|arrangement|coalitie)\b)"
OWN_JOINS = re.compile(  # the municipality takes part in, or signs up to, what follows
    rf"(?i)\b(?:nemen|neemt|namen|nam)\s+(?:{_WE}\s+)?deel\s+aan\b|\b{_WE}\s+(?:\w+\s+)?(?:nemen|neemt|namen|nam)\s+deel\s+aan\b"
    rf"|\bondertek\w+\s+{_WE}\b|\b{_WE}\s+(?:heeft\s+|hebben\s+)?(?:ook\s+)?ondertek\w+\b|\bsluiten\s+(?:wij|we)\s+aan\s+bij\b"
    rf"|\b{_WE}\s+sluit\w*\s+(?:\w+\s+)?aan\s+bij\b")
# joining what follows, with the municipality as the actor of its sentence ("heeft het college besloten aan te sluiten
# bij het programma X", "Bergstad is lid geworden van X")
OWN_JOINS_LOOSE = re.compile(r"(?i)\baan\s+te\s+sluiten\s+bij\b|\baangesloten\s+bij\b"
                             r"|\b(?:is|zijn|werd|werden)\s+(?:\w+\s+){0,3}lid\s+(?:geworden\s+)?van\b"
                             # "Gemeente X gaat meewerken aan", "werkten we aan de doelstellingen van", "uitvoering te geven
                             # aan het Pact X": working on what others take part in too
                             r"|\bmee(?:werken|gewerkt|werkt|werkte|werkten)\s+aan\b"
                             r"|\bwerk(?:t|en|te|ten)\s+(?:\w+\s+){0,3}?aan\s+de\s+doel(?:stellingen|en)\s+van\b"
                             r"|\buitvoering\s+(?:te\s+)?geven\s+aan\b(?=\s+(?:het|de)\s+(?:\w+\s+)?" + AGREEMENT_NAME + ")")
OWN_RUNS = re.compile(  # the municipality carries out what follows
    rf"(?i)\b(?:gaan|gingen)\s+(?:wij|we)\s+(?:\w+\s+)?werken\s+met\b|\bwerken\s+(?:wij|we)\s+(?:\w+\s+)?met\b(?!\s+\w+\s+samen)"
    rf"|\b(?:werd|wordt|is|zijn|werden|worden)\s+(?:\w+\s+)?uitvoering\s+gegeven\s+aan\b"
    rf"|\b(?:geven|gaven|geeft|gaf)\s+{_WE}\s+(?:\w+\s+)?uitvoering\s+aan\b"
    rf"|\b{_WE}\s+(?:geven|gaven|geeft|gaf)\s+(?:\w+\s+)?uitvoering\s+aan\b")
# (searched in the lower-cased sentence where there is one: _Finder._search)
LOWERED = {p: lowered_pattern(p) for p in (OWN_JOINS, OWN_JOINS_LOOSE, OWN_RUNS, PROVIDE_BEFORE, FUNDS_BY, FUNDS_RIJK,
                                          ANAPHOR, AGREED_WITH)}
OWN_WITH = re.compile(  # "Met het project 'X' pakken we ...": the municipality works through X
    r"(?i)^\W*met\s+(?:het|de|ons|onze)\s+(?:\w+\s+)?(?:project|programma|pilot|aanpak|initiatief|traject)\s+"
    r"[‘'“\"]?(?P<name>[^,;:]{3,80}?)[’'”\"]?\s+(?!(?:hebben|zijn|worden|willen|kunnen|gaan)\b)\w+\s+(?:wij|we)\b")
# the municipality grants the organisation after it ("Wij verstrekken A een subsidie"), or the organisation receives one
# ("Daarnaast ontvangt A subsidie"); what follows A: the grant, and what it is for
WE_GRANT = re.compile(r"(?i)\b(?:wij|we|de\s+gemeente)\s+(?:\w+\s+)?(?:verstrek\w*|verleen\w*|geven|gaven|geeft|gaf|kennen|kenden"
                      r"|kent)\s+(?:(?:\w+\s+)?(?:ook|daarnaast|jaarlijks|opnieuw)\s+)?(?:de\s+|het\s+)?\Z")
RECEIVES_GRANT = re.compile(r"(?i)\b(?:ontvangt|ontvangen|ontving|ontvingen|krijgt|krijgen|kreeg|kregen)\s+(?:ook\s+|daarnaast\s+)?"
                            r"(?:de\s+|het\s+)?\Z")
GRANT_AFTER = re.compile(r"(?i)\s*(?:\([^()]{1,30}\)\s*)?(?:(?:in|vanaf|voor)\s+\d{4}\s+|jaarlijks\s+|ook\s+|opnieuw\s+)*"
                         r"(?:een\s+|de\s+)?(?:\w+\s+)?(?:subsidie|bijdrage)\w*(?:\s+van\s+(?:€\s*)?[\d.,]+(?:\s*(?:miljoen|mln|duizend"
                         r"|euro))?)?(?:\s+voor\s+(?P<obj>[^.;:!?()]{3,150}))?")
# "wij samen met A en B", "hebben we samen met de gemeenten A en B"
WE_TOGETHER = re.compile(r"(?i)(?:\b(?:wij|we)\s+(?:(?!samen\b)\w+\s+){0,2}?|^\W*(?P<fronted>))(?:samen|in\s+samenwerking)\s+met\s+"
                         r"(?:de\s+|het\s+)?(?:gemeenten?\s+)?(?:(?-i:[a-zà-ÿ]+)\s+(?=[A-Z]))?")
OWN_WITH_PARTNER = re.compile(rf"(?i)\b(?:door\s+)?{_WE}\s+(?:in\s+)?samen(?:\s+|werking\s+)met\s+(?:de\s+|het\s+)?\Z"
                              r"|\b\w+\s+(?:wij|we)\s+(?:(?!\w*(?:contract|overeenkomst))\w+\s+){0,2}?met\s+(?:de\s+|het\s+)?\Z"
                              r"|^\W*[Mm]et\s+(?:de\s+|het\s+)?\Z")
OWN_AFTER = re.compile(r"\s+\w+\s+(?:wij|we)\b")
# what follows a cue when no found entity does: a quoted title or a capitalised name ("de acties van X/Y")
NAME_AFTER = re.compile(r"[‘'“\"](?P<quoted>[^‘’'“”\"]{3,60})[’'”\"]|\b(?P<name>[A-Z][\w/&+-]*[\w+](?:\s+[A-Z0-9][\w/&+-]*)*)")
# "<de dienst> die de GGD uitvoert": the organisation provides the noun phrase before it
SERVICE_BY = re.compile(r"(?i)\b(?:de|het)\s+(?P<np>(?:[\w-]+\s+){0,3}?[\w-]{4,})\s+(?:die|dat)\s+(?:de\s+|het\s+)?\Z")
SERVICE_VERB = re.compile(r"(?i)\s+(?:\w+\s+)?(?:uitvoert|uitvoeren|organiseert|organiseren|aanbiedt|aanbieden|biedt|bieden"
                          r"|levert|leveren|verzorgt|verzorgen|verstrekt|verstrekken)\b")
# "de GGD gezondheidsmonitor": the organisation's own service, a compound right after its name (no verb: "A verzorgen")
ORG_SERVICE = re.compile(r"\s+(?!(?:ver|be|toe)?zorgen\b)(?P<obj>[a-z][a-z-]{2,}(?:methode|aanpak|programma|project|training|cursus|spreekuur"
                         r"|monitor|dienstverlening|zorg|begeleiding|ondersteuning|regeling)(?:s|en|'s)?)\b")
# a service point or team right before "in" (or before ", die (gevestigd zijn) in"): "consultatiebureaus in B"
SEATED_NP = re.compile(r"(?:^|\b(?:de|het|De|Het)\s+|(?<=\s))(?:(?:twee|drie|vier|vijf|zes|\d+)\s+)?(?P<np>(?:(?-i:[a-zà-ÿ])[\w-]*\s+)?"
                       r"(?-i:[a-zà-ÿ])[\w-]*(?:teams?|bureaus?|steunpunt(?:en)?|spreekuur|spreekuren|buurtkamers?|ontmoetingsruimtes?"
                       r"|locaties?|vestigingen|vestiging|inloop|straat|loket(?:ten)?|wijkpunt(?:en)?))"
                       r"(?P<rel>\s*,\s*die(?:\s+gevestigd\s+zijn)?)?\s*\Z")
# a named facility right before "in B": "jongerencentrum Het Spoor in B", "het verpleeghuis De Kolk in B", "de Jongerenruimte
# in B" (a facility noun, then its name; or a capitalised facility word alone)
FACILITY_NAMED = re.compile(r"(?:(?<=\s)|^)(?P<np>(?-i:[a-zà-ÿ])[\w-]*(?:centrum|huis|ruimte|kamer|gebouw|boerderij)\s+"
                            r"(?:De\s+|Het\s+|'t\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}"
                            r"|(?<=\b[Dd]e\s)(?-i:[A-Z])[\w-]*(?:centrum|huis|ruimte|kamer))\s*\Z")
# what may follow "A in B" when B is where A is: the clause ends, or A's verb follows ("A in B zag ...", "A in B is ...")
SEAT_CLAUSE_END = re.compile(r"\s*(?:[,.;:)]|$|(?:is|was|heeft|had|kreeg|ontving|wordt|werd)\b"
                             r"|(?-i:[a-z])\w*(?:t|de|te|g)\b(?!\s+(?:de|het|een)\b))")
# "A, dat in B is gevestigd / kantoor houdt": the seat named before its cue
SEATED_AFTER = re.compile(r"(?i)\s+(?:(?:is|zijn|was|waren)\s+(?:gevestigd|actief)|(?:gevestigd|actief)\s+(?:is|zijn|was|waren)"
                          r"|(?:kantoor|zitting)\s+(?:houdt|houden|hield|hielden))\b")
SEAT_WORDS = ("gevestigd", "kantoor", "estigingsplaats")
# "Stichting X te Y", "X (ABC) te Y": the legal seat written right after the name, its abbreviation between
SEAT_TE = re.compile(r"\)?\s+(?:\((?-i:[A-Z][\w&.\-]{1,11})\)\s+)?te\s+")
# "ondergebracht in (gast)gemeente X", "gevestigd in X": where an organisation or initiative is housed
# (also in a building there: "gevestigd in de bibliotheek van X")
HOUSED = re.compile(r"(?i)\b(?:ondergebracht|gevestigd|gehuisvest|gelegen|vestigingsplaats"
                    # "heeft vestigingen in", "werkt vanuit drie wijkposten, in", "waren vooral actief in"
                    r"|vestigingen|(?:werkt|werken|werkte|werkten)\s+vanuit\s+(?:[\w-]+\s+){0,3}?(?-i:[a-z])\w*,?"
                    r"|(?:is|zijn|was|waren)\s+(?:vooral\s+|ook\s+|vooral\s+ook\s+)?actief)\s*:?\s*(?:in\s+|te\s+|bij\s+)?"
                    r"(?:(?:de|het)\s+(?-i:[a-z])[\w-]*\s+(?:van|in|te)\s+)?"
                    # the street between: "gevestigd aan de Eeslaan in X", "in een bedrijfspand aan de Eeslaan 4 in X"
                    r"(?:(?:een|het|de)\s+(?:(?-i:[a-z])[\w-]*\s+){1,2})?(?:aan\s+(?:de\s+|het\s+)?(?-i:[A-Z])[\w'’.\-]*"
                    r"(?:\s+\d+(?:\s*-\s*\d+)?(?-i:[a-z])?)?\s+(?:in|te)\s+)?"
                    r"(?:de\s+)?(?:(?:gast|centrum)?gemeente\s+|wijk\s+|kern\s+)?\Z")
# row labels of the table of a joint body
# A heading over the overview of the municipality's verbonden partijen ("§6. Verbonden partijen", "Overzicht verbonden
# partijen per categorie", "Gemeenschappelijke regelingen (...):", "Vennootschappen/Deelnemingen:"); a heading of its
# kind glued to the end of a list line ("Werkleerbedrijf Dal BV Stichtingen en verenigingen:").
_PARTY_KINDS = (r"(?:overige\s+)?verbonden\s+partijen|gemeenschappelijke\s+regelingen|(?:vennootschappen\s*/\s*)?deelnemingen"
                r"|vennootschappen|stichtingen\s+en\s+verenigingen")
OVERVIEW_HEADING = re.compile(r"(?i)\s*(?:§\s*\d+\.?\s*|\d+(?:\.\d+)*\.?\s+|[a-z]\.\s+|paragraaf\s+(?:\d+(?:\.\d+)*\.?\s*)?"
                           r"|overzicht\s+(?:van\s+(?:de\s+)?)?)?(?:" + _PARTY_KINDS + r")\b")
# a heading of words ("Subsidies 2025", "Overige ontwikkelingen"), not a cell ("1.", "GR", "3") nor an introduction (":")
OTHER_HEADING = re.compile(r"(?-i:[A-Z])(?-i:[a-zà-ÿ])[\w-]*(?:\s+[\w-]+){1,5}")
OVERVIEW_SUBHEAD_TAIL = re.compile(r"(?i)(?:" + _PARTY_KINDS + r")\s*:\s*$")
# "B omvat A", "B (met als onderdelen A en C)", "B bestaat uit de onderdelen A en C": B's parts follow
HAS_PARTS = re.compile(r"(?i)\s*(?:\(\s*)?(?:omvat|omvatte|met\s+als\s+onderde(?:el|len)|bestaat\s+uit\s+de\s+onderdelen)\s+"
                       r"(?:de\s+|het\s+)?")
ROW_MEMBERS = re.compile(r"(?i)\s*(?:betrokkenen|deelnemers|deelnemende\s+(?:gemeenten|partijen)|aangesloten\s+gemeenten)"
                         r"\b\s*:?\s*")
ROW_CONTRIBUTION = re.compile(r"(?i)\s*(?:gemeentelijke\s+bijdrage|bijdrage\s+(?:van\s+de\s+)?gemeente)\s*:?"
                              r"(?:\s*[€\d.,\s|-]*)")
PAYS_CONTRIBUTION = re.compile(r"(?i)\bbeta(?:alt|alde|len|alden)\b[^.;]{0,60}?\bbijdrage\b")
# a name that is a law's ("Wet X", "Algemene wet X", "Xwet"), which no law governs
LAW_NAME = re.compile(r"(?i)^(?:algemene\s+)?wet\b|\wwet$")
# a time or place adverbial before the verb: "In 2016 is de X overgegaan naar": X is the subject
FRONTED = re.compile(r"(?i)^\W*(?:(?:ook|daarnaast|verder|tevens|eveneens)\s+)?(?:in|vanaf|sinds|per|na|op|tot|met\s+ingang\s+van)"
                     r"\s+[^,]{1,30}?\s+(?:is|zijn|wordt|worden|werd|werden)\s+(?:ook\s+)?(?P<np>.+)$")
# the first clause word ends an object phrase; "bij" after hulp/ondersteuning/begeleiding belongs to the service's
# name ("hulp bij het huishouden"); "aan inwoners" names who receives it, not what is given
_STOP_PHRASE = re.compile(r"(?i)(?<!-)\s+(?:en|in|voor(?!\s+(?:de\s+|het\s+)?(?!(?:de|het|een)\b)(?-i:[a-z])[\w-]+(?<!regio)(?<!gemeente)(?<!gemeenten)"
                          r"(?<!stad)(?<!ons)(?<!onze)(?<!hen)(?<!zover)(?<!zich)(?<!zichzelf)(?<!iedereen)(?<!eerst)(?<!jaar)(?<!rekening)\b)|om|zodat|waarbij|waarmee|die|dat|met|op|sinds|vanaf|tot|te|zoals"
                          r"|vanuit|(?:uit|aan|mee|op|in|door)\s*,"
                          r"|(?:uit\s+)?onder\s+(?:de|het)|aan\s+(?:de|het)\s+(?-i:[A-Z])\S*"
                          r"|aan\s+(?:\w+\s+){0,2}?(?:inwoners|bewoners|gezinnen|huishoudens|cliënten|mensen|medewerkers|deelnemers"
                          r"|kinderen|jongeren|ouderen))(?:\s.*)?$"
                          r"|(?<!hulp)(?<!ondersteuning)(?<!begeleiding)\s+bij\s.*$")
# a conjunction that opens a clause of its own after a comma
_CLAUSE_JOIN = re.compile(r"(?i),\s+(?:terwijl|maar|waarbij|zodat|want|en|of)\s+")
_AUX_FIRST = re.compile(r"(?i)\s*(?:wordt|worden|werd|werden|is|zijn|was|waren|blijft|blijven)\b")
# the ages a service is for belong to it: "voor 0 tot 18 jaar", "van 0-4 jaar", "voor 18 t/m 23 jaar"
_AGE_RANGE = re.compile(r"(?i)(?<=\w)\s+(?:voor|van)\s+\d{1,2}\s*(?:-|–|tot\s+en\s+met|tot|t/m)\s*\d{1,2}\s+jaar\b")
# "meldingen van huiselijk geweld en kindermishandeling": an "en" within what "van" names, one or two lower-case
# words closing the phrase, belongs to it (a bare "X en Y" is two objects: BARE_PAIR)
_OF_PAIR = re.compile(r"(?i)(\bvan\s+(?:(?-i:[a-zà-ÿ])[\w-]*\s+){0,3}?(?-i:[a-zà-ÿ])[\w-]*)\s+en"
                      r"(?=\s+(?-i:[a-zà-ÿ])[\w-]+(?:\s+(?-i:[a-zà-ÿ])[\w-]+)?\s*$)")
_ACCESS_TO = re.compile(r"(?i)(?<=\btoegang)\s+tot(?=\s)")
# an adjective that opens the phrase and shares the noun after "en": "ambulant en inloopjongerenwerk", "preventieve en
# curatieve zorg" (one service, not "ambulant")
_ADJECTIVE_PAIR = re.compile(r"(?i)^((?:(?:de|het|een)\s+)?(?-i:[a-zà-ÿ])+(?:ief|ieve|eel|ele|isch|ische|ant|ante))"
                             r"\s+en(?=\s+(?-i:[a-zà-ÿ])[\w-]*(?:\s+(?-i:[a-zà-ÿ])[\w-]*)?(?:\s+(?:in|voor|bij|op)\s.*)?\s*$)")
_CLAUSE_AFTER = re.compile(r"(?i)(?:\s+(?:uit|aan|mee|op|door))?\s*,\s*(?:nadat|omdat|zodat|terwijl|waarna|toen|wanneer|maar|want"
                           r"|waardoor|zodra|hoewel)\b.*$")
_QUANTITY = re.compile(r"(?i)(?:(?:bijna|ruim|ongeveer|circa|zo'n|meer\s+dan|minder\s+dan)\s+)?(?:de\s+|het\s+|een\s+)?(?:helft"
                       r"|deel|groot\s+deel|aantal|meerderheid|meeste|rest|derde|kwart|totaal)\b")
_ON_BEHALF = re.compile(r"(?i)^(?:in\s+opdracht\s+van|namens)\s+(?:de\s+gemeenten?\s+(?-i:[A-Z])[\w-]+|(?:de|het)\s+\w+|\w+)"
                        r"(?:(?:\s*,\s*|\s+en\s+)(?-i:[A-Z])[\w-]+)*\s+")  # "namens Hardenberg en Ommen"
_NOMINAL = re.compile(r"(?i)^(?:uitvoeren|organiseren|bieden|aanbieden|leveren|verzorgen|verlenen|geven|uitvoering)\s+van\s+"
                      r"(?:de\s+|het\s+)?")
_PARTICLE = re.compile(r"(?i)\s+(?:uit|aan|mee|op|in|door)$")


def _any_in(s: str, words: tuple[str, ...]) -> bool:
    """any(w in s for w in words), without a generator (asked some 20,000 times per report)."""
    for w in words:
        if w in s:
            return True
    return False


def _ends_with(s: str, words: tuple[str, ...]) -> bool:
    """Whether `s` ends with one of `words` once the white space at its end is stripped."""
    return s.rstrip().endswith(words)


_COUNT_FIRST = re.compile(r"(?i)^(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\s+(?=[a-zà-ÿ])")
_THERE_FIRST = re.compile(r"(?i)^(?:daar|hier|er)(?:voor|bij|in|naast|mee|op|aan)?\s+(?:ook\s+)?")


def _phrase(s: str) -> str:
    """A short object phrase: up to the first clause word, without leading articles or trailing punctuation."""
    s = re.sub(r"\s+", " ", s).strip(" ,;:'\"‘’“”")
    s = _ON_BEHALF.sub("", s)  # "voert in opdracht van de gemeente de X uit"
    s = _CLAUSE_AFTER.sub("", s)  # "de wijkteams uit, nadat ...": a clause of its own after the comma
    s = _ACCESS_TO.sub("\u2060tot", s)  # "toegang tot X": the noun needs what it gives access to
    s = _OF_PAIR.sub("\\1\u2060en", s)
    s = _ADJECTIVE_PAIR.sub("\\1\u2060en", s)
    s = _AGE_RANGE.sub(lambda m: re.sub(r"\s+", "\u2060", m.group(0)), s)  # "de jeugdgezondheidszorg voor 0-18 jaar"
    s = _STOP_PHRASE.sub("", s).replace("\u2060", " ")
    s = _PARTICLE.sub("", s)  # the verb's particle: "voert de X uit", "biedt de X aan"
    if _QUANTITY.match(s):  # "bijna de helft van de uren": an amount, no service
        return ""
    s = re.sub(r"(?i)^(?:de|het|een|ook|onder\s+andere|o\.a\.)\s+", "", s)
    s = _THERE_FIRST.sub("", s)  # "levert daarvoor twee opbouwwerkers", "verzorgt daar taalcursussen"
    s = _COUNT_FIRST.sub("", s)  # "de drie buurtteams": the teams
    s = _NOMINAL.sub("", s)  # "het uitvoeren van de X": X
    words = s.split()
    return " ".join(words[:8]).strip(" ,;:'\"‘’“”")


# adverbials between a verb and its object: "voert daarnaast de X uit", "voert in opdracht van de gemeente de X uit"
_LEAD_ADVERBIAL = re.compile(r"(?i)(?:(?:(?:al\s+)?(?:vele\s+)?jaren(?:lang)?|daarnaast|verder|ook|al|nog|tevens|eveneens|zowel|wekelijks|dagelijks|maandelijks|jaarlijks"
                             r"|(?:sinds|vanaf|per)\s+(?:\d{1,2}\s+[a-z]+\s+\d{4}|\S+)|in\s+\d{4}"
                             r"|onder\s+andere|o\.a\.|in\s+onze\s+opdracht"
                             # "voert als centrumgemeente (voor de regio X) de Y uit"
                             r"|als\s+centrumgemeente(?:\s+voor\s+(?:de\s+)?(?:regio\s+)?(?-i:[A-Z])[\w-]*(?:[\s-](?-i:[A-Z])[\w-]*)*)?"
                             r"|(?:namens|in\s+opdracht\s+van)\s+(?:de\s+gemeenten\s+in\s+de\s+regio|de\s+gemeenten?\s+(?-i:[A-Z])[\w-]+"
                             r"|(?:de|het)\s+\w+|\w+)(?:(?:\s*,\s*|\s+en\s+)(?-i:[A-Z])[\w-]+)*"
                             # "levert voor de drie gemeenten gezamenlijke cijfers": for whom, before the object
                             r"|voor\s+(?:de\s+|alle\s+)?(?:\w+\s+)?(?:regio)?gemeenten)\s+)+")
_PREPOSITION = frozenset(("voor", "namens", "in", "op", "bij", "met", "sinds", "vanaf", "binnen", "aan", "van", "tot",
                          "door", "na", "uit", "over", "via", "zoals", "onder", "samen"))
_PRONOUN = frozenset(("wij", "we", "zij", "ze", "ik", "jullie", "u"))
_PRONOMINAL_ADVERB = re.compile(r"(?i)(?:daar|hier|waar|er)(?:voor|naast|mee|door|bij|in|op|om|na|uit|aan|over|toe|van|naar)")


def _not_a_thing(phrase: str) -> bool:
    """A phrase a rule took that names nothing: a clause's opening ("Voor nieuwe doelgroepen"), a piece with the
    sentence's verb and subject ("arbeidsmarkt werken wij"), one ending in a preposition ("omgebouwd tot"), a
    pronominal adverb ("Daarvoor")."""
    words = phrase.lower().split()
    return (not words or (words[0] in _PREPOSITION and words[0] not in ("samen", "zoals")) or words[-1] in _PREPOSITION
            or any(w in _PRONOUN for w in words)
            or (len(words) == 1 and _PRONOMINAL_ADVERB.fullmatch(words[0]) is not None))


_ARTICLE = re.compile(r"\b(?:de|het|een)\s")  # lower case: a capital De inside a sentence opens a name
# where a list of objects ends: a relative or adverbial clause, or a comma not followed by a further article
_OBJECT_END = re.compile(r"(?i)\s(?:die|dat|waarbij|waarmee|waarin|zodat|omdat|doordat|om\s+te)\b|,\s+(?!(?:de|het|een)\s)")
# a separable verb's particle followed by an adverbial: where its object ends
PARTICLE_END = re.compile(r"(?i)\s(?:uit|aan)(?=\s+(?:voor|onder|op\s+grond|namens|binnen|bij|in\s+(?:de|het|opdracht))\b)")
# coordinated objects: each further conjunct opens with an article ("het X, de Y en het Z")
_CONJUNCT = re.compile(r"(?i),\s+(?=(?:de|het|een)\s)|\s+(?:en|&)\s+(?=(?:de|het|een)\s)|(?<=\w)\s+als\s+(?=(?:de|het)\s)")


_PLACE_ADVERBIAL = re.compile(r"(?:in|op|te)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*\s+(?=(?-i:[a-zà-ÿ])[\w-]{3,}\b)"
                              r"(?!(?:en|of|is|zijn|wordt|worden|werd|werden|die|dat|samen|met|voor|aan|uit)\b)")


def _object_start(text: str, a: int, b: int) -> int | None:
    """Where the object of a verb starts in text[a:b], past adverbials ("daarnaast", "in opdracht van de gemeente")
    and a prepositional phrase without article ("voor Bergstad en Dorp de X"); None when only a preposition's
    complement follows."""
    m = _LEAD_ADVERBIAL.match(text, a, b)
    pos = m.end() if m else a
    first = re.match(r"\w+", text[pos:b])
    if not first or first.group(0).lower() not in _PREPOSITION:
        return pos
    named = _PLACE_ADVERBIAL.match(text, pos, b)
    if named:  # "bieden in Noorddorp beschermde woonplekken": a place named without article, then the object
        return named.end()
    for am in _ARTICLE.finditer(text, pos, b):
        prev = text[pos:am.start()].split()
        if prev and prev[-1].lower() not in _PREPOSITION:
            return am.start()
    return None


RELATIVE_AGENT_BEFORE = re.compile(r"(?i),\s*(?:dat|die)\s+[^,.;]{0,60}?\bdoor\s+(?:de\s+|het\s+)?(?:stichting\s+)?\Z")
BESIDES = re.compile(r"(?i)naast\s+")
BESIDES_ALSO = re.compile(r"(?i)\s+ook\s+")
TYPED_NAME_LEAD = re.compile(r"(?i)(?:de|het|een)\s+(?-i:[a-z])[\w-]*\s+[‘'“\"]?")


# the last word of a separable verb ("werkt samen", "voert uit"): a conjunct ending in one is a clause, not a service
_PARTICLE_WORDS = frozenset("samen mee op uit aan door af bij in na toe terug voort over weg".split())


def _nouns(phrases: list[str]) -> bool:
    """Whether each of two coordinated phrases names a thing ("advies en werkt samen" does not: a second verb)."""
    return not any(FINITE_VERB.match(p) or p.split()[-1].lower() in _PARTICLE_WORDS for p in phrases)


def _conjuncts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The coordinated objects in text[a:b] ("het X, de Y en het Z"), as spans; one span when there is no list."""
    end = _OBJECT_END.search(text, a, b)
    b = end.start() if end else b
    out, s = [], a
    for m in _CONJUNCT.finditer(text, a, b):
        out.append((s, m.start()))
        s = m.end()
    out.append((s, b))
    return [(x, y) for x, y in out if text[x:y].strip()]


# "hebben we (samen met B en C) aanbesteed", "is door de gemeente ingekocht": a service the municipality tendered
TENDERED = re.compile(r"(?i)\b(?:(?:hebben|heeft|hadden|had)\s+(?:wij|we|de\s+gemeente)\b[^.;]{0,80}?|(?:is|zijn|werd|werden)\s+"
                      r"(?:[^.;]{0,40}?\s)?)(?:aanbesteed|ingekocht|gecontracteerd|gegund|opnieuw\s+aanbesteed)\b")
CONTRACT_WITH_MUNIS = re.compile(r"(?i)\b(?:contract(?:en)?|overeenkomst(?:en)?)\s+(?:\w+\s+)?met\s+de\s+gemeenten\s+")
# "A voert voor B, C en D de Participatiewet uit", "A, de uitvoeringsorganisatie van B, C en D": A works for each of
# the municipalities it serves (a partner of each)
ON_BEHALF_OF = re.compile(r"(?i)\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*)?(?:voert|voeren|voerde|voerden)\s+(?:ook\s+|mede\s+)?(?:voor|namens)\s+"
                          r"|\s*(?:\([^()]{1,30}\)\s*)?,\s+(?:de|het|een)\s+(?P<joint>gezamenlijke\s+|gemeenschappelijke\s+)?"
                          r"(?:sociaal\s+|regionaal\s+)?(?:uitvoeringsorganisatie|uitvoeringsdienst|werkbedrijf|sociale\s+dienst"
                          r"|werkorganisatie|ambtelijke\s+organisatie)"
                          r"\s+van\s+")
# "A voert de X uit voor B en C", "A is de leverancier van X voor B en C": the municipalities follow the clause
FOR_AFTER_CLAUSE = re.compile(r"(?i)\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*)?(?:(?:voert|voeren|voerde|voerden)\s+[^.;:()]{1,80}?\s+uit"
                              r"|(?:is\s+|was\s+)?(?:de|het)\s+(?:vaste\s+|enige\s+)?(?:leverancier|uitvoerder)\s+van\s+"
                              r"[^.;:()]{1,80}?)\s+voor\s+(?:de\s+gemeenten?\s+)?")
# "X wordt voor B, C en D uitgevoerd door A": the municipalities before the agent
FOR_THEN_BY = re.compile(r"(?i)\s+(?:uitgevoerd|verzorgd|geleverd)\s+door\s+(?:de\s+|het\s+)?")
PASSIVE_FOR = re.compile(r"(?i)\b(?:wordt|worden|werd|werden)\s+(?:ook\s+)?voor\s+(?:de\s+gemeenten?\s+)?")
# the municipalities of a list: a municipality's name, or the reporting one as "ons", "onze gemeente", "de gemeente"
MUNI_SEP = re.compile(r"(?i)\s*(?:,\s*(?:en\s+)?|en\s+|&\s*)(?:de\s+gemeenten?\s+)?")
OWN_WORD = re.compile(r"(?i)(?:ons|onze\s+gemeente|de\s+gemeente|onze\s+eigen\s+gemeente)\b")
# a centrumgemeente and the regional tasks it carries out for its region:
# "Als centrumgemeente voor X is A ...", "A is (voor de regio) centrumgemeente voor X", "X vallen onder centrumgemeente A",
# "X blijven de verantwoordelijkheid van centrumgemeente A", "X worden georganiseerd door de centrumgemeente A"
CENTRE_FOR = re.compile(r"(?i)\bcentrumgemeente\s+(?:\w+\s+){0,5}?voor\s+(?P<svc>(?-i:[a-zà-ÿ])[^.;:!?()]{3,90})")
CENTRE_RESPONSIBLE = re.compile(r"(?i)\s+(?:\w+\s+){0,4}?(?:verantwoordelijk|centrumgemeente)\s+voor\s+"
                                r"(?P<svc>(?-i:[a-zà-ÿ])[^.;:!?()]{3,90})")
CENTRE_SUBJECT = re.compile(r"(?i)\W*(?:de\s+|het\s+)?(?P<svc>(?:[a-zà-ÿ][\w-]*)(?:(?:\s+|,\s*)(?:de\s+|het\s+)?[a-zà-ÿ][\w-]*){0,6}?)\s+"
                            r"(?:vallen|valt|blijven|blijft|worden|wordt|zijn|is|liggen|ligt)\s+(?:[\w-]+\s+){0,5}?"
                            r"(?:onder|van|door|bij)\s+(?:de\s+)?centrumgemeente\s+\Z"
                            # "Voor X en Y is De Ronde Venen aangewezen op de centrumgemeente A"
                            r"|\W*voor\s+(?:de\s+|het\s+)?(?P<svc2>(?-i:[a-zà-ÿ])[^.;:!?()]{3,90}?)\s+(?:is|zijn|blijft|blijven)\s+"
                            r"[^.;:]{1,40}?\s+aangewezen\s+op\s+(?:de\s+)?centrumgemeente\s+\Z")
CENTRE_FRONTED = re.compile(r"(?i)\W*voor\s+(?:de\s+|het\s+)?(?P<svc>(?-i:[a-zà-ÿ])[^.;:!?()]{3,90}?)\s+"
                            r"(?:is|blijft|was|bleef|fungeert|treedt)\s+\Z")
REGION_PHRASE = re.compile(r"(?i)(?:de\s+|het\s+|onze\s+|hele\s+)*(?:(?-i:[A-Z])|regio\b|inwoners\b|gemeenten\b)")
CENTRE_TASKS_FOR = re.compile(r"(?i)(?:de\s+)?(?:regionale\s+|centrumgemeente\s*)?taken\s+(?:voor|van|op\s+het\s+gebied\s+van)\s+"
                              r"(?:de\s+|het\s+)?")
CENTRE_SVC_END = re.compile(r"(?i)\s+(?:voor|is|zijn|werkt|werken|verzorgt|regelt|heeft|blijft|wordt|vanaf|sinds|in|met|waarbij"
                            r"|die|dat|omdat)\b|\s*,\s+(?!(?:de\s+|het\s+)?[a-zà-ÿ][\w-]*(?:\s+[a-zà-ÿ][\w-]*)?\s*(?:,|en\b))")
# "A en B doen mee aan X": they take part in the scheme X
TAKE_PART = re.compile(r"(?i)\s+(?:doet|doen|deed|deden)\s+(?:\w+\s+){0,2}?mee\s+aan\s+(?:de\s+|het\s+)?[‘'“\"]?")
# "A ontving in 2023 € 38.000", "De stichting kreeg een subsidie van € 2,9 miljoen": an amount received
RECEIVES_AMOUNT = re.compile(r"(?i)\s*(?:\([^()]{1,30}\)\s*)?(?:,\s+[^,.;]{3,60},\s*)?"
                             r"(?:\s+(?:in|uit|te)\s+(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)?)?\s*(?:\w+\s+){0,1}?"
                             r"(?:ontving|ontvingen|ontvangt|ontvangen|kreeg|kregen|krijgt|krijgen)\s+(?:[^.;:]{0,40}?)"
                             r"(?:€|euro\b|subsidie|bijdrage)")
# a sentence that opens with a word pointing back to the organisation just named: "De stichting kreeg ...", "zij ontving"
BACK_REFERENCE = re.compile(r"\W*(?:(?:De|de|Deze|deze)\s+(?:stichting|vereniging|organisatie|coöperatie|partner|instelling)"
                            r"|[Zz]ij|[Zz]e)\b")

# "... neemt deel aan de gemeenschappelijke regelingen A, B en C"
OWN_IN_REGULATIONS = re.compile(r"(?i)\b(?:neemt|nemen|nam|namen)\s+(?:\w+\s+){0,2}?deel\s+aan\s+(?:de\s+)?"
                                r"(?:gemeenschappelijke\s+regelingen?|verbonden\s+partijen)\s+(?:de\s+|het\s+)?")
# "Voor (de uitvoering van) X is de gemeente aangesloten bij A": what the municipality joined A for
JOINED_FOR = re.compile(r"(?i)[\s•\-–*·]*voor\s+(?:de\s+uitvoering\s+van\s+)?(?P<obj>[^,.;:]{3,120}?)\s+(?:is|zijn)\s+"
                        r"(?:de\s+gemeente|wij|we|(?-i:[A-Z])[\w-]*)\s+(?:\w+\s+)?aangesloten\s+bij\s+(?:de\s+|het\s+)?")
# a subject pointing back to the organisation the sentence before is about: "Zij biedt", "De stichting verzorgt", "Deze
# organisatie organiseert" (a verb in lower case follows; "Zij" with a capital, so not inside a sentence)
SUBJECT_BACK_REFERENCE = re.compile(r"[\s•\-–*·]*(?P<ref>(?:De|Deze)\s+(?:stichting|vereniging|organisatie|coöperatie"
                                    r"|instelling|welzijnsorganisatie|zorgaanbieder|aanbieder|uitvoeringsorganisatie"
                                    r"|woningcorporatie|corporatie|zorgorganisatie|welzijnsstichting)"
                                    r"|(?:Het|Dit)\s+(?:werkbedrijf|leerwerkbedrijf|inkoopbureau|bureau|werkvoorzieningsschap)|Zij|Ze)"
                                    r"\s+(?=(?-i:[a-z])\w+\b)(?!(?:en|of|van|die|dat|met|in|uit|voor)\b)")
# the same after a semicolon, within the sentence: "A is daarin de trekker; de stichting voert X uit"
CLAUSE_BACK_REFERENCE = re.compile(r";\s+(?P<ref>(?:de|deze)\s+(?:stichting|vereniging|organisatie|corporatie|woningcorporatie"
                                   r"|welzijnsorganisatie|zorgaanbieder|aanbieder))\s+(?=(?-i:[a-z])\w+\b)"
                                   r"(?!(?:en|of|van|die|dat|met|in|uit|voor)\b)")
# "geleverd (worden) door", "begeleiding door": where a passive's agent follows
AGENT_CUE = re.compile(r"(?i)(?:\b(?:uitgevoerd|georganiseerd|aangeboden|verzorgd|geleverd|gegeven|geboden|geïnd|geheven"
                       r"|geëxploiteerd|verstrekt)\s+(?:(?:wordt|worden|werd|werden)\s+)?|\b(?P<svc>(?:(?-i:[a-zà-ÿ])[\w-]+\s+)?"
                       r"(?-i:[a-zà-ÿ][\w-]*)?(?:begeleiding|ondersteuning|behandeling|bemiddeling))\s+)(?P<door>door)\s+"
                       r"(?:de\s+|het\s+)?")
# a name that opens its sentence, seated somewhere or providing: "Westrom Groep is gevestigd in ", "Tzorg biedt "
UNNAMED_SUBJECT = re.compile(r"[\s•\-–*·]*(?P<name>(?-i:[A-Z])[\w&'’-]+(?:\s+(?:(?-i:[A-Z])[\w&'’-]+|van|de|der|&|in|in\s+het)){0,3}?"
                             r"(?<!\sin)(?<!\shet)(?<!\s&))\s+"
                             # its abbreviation between the name and the verb: "Sport in Dalwijk (SiD) organiseert"
                             r"(?:\((?-i:[A-Z])[\w&]{1,10}\)\s+)?"
                             r"(?:(?P<seat>(?:is|zijn)\s+gevestigd\s+(?:in|te)\s+)|(?=(?:biedt|levert|verzorgt|organiseert"
                             r"|exploiteert|beheert)\s))")
UNNAMED_NOT_FIRST = frozenset(("De", "Het", "Dit", "Deze", "Die", "Dat", "Een", "Zij", "Ze", "Wij", "We", "Hij", "Ook",
                               "Daarnaast", "Verder", "Gemeente", "Elke", "Iedere", "Welke", "Wie", "Wat", "Er"))
# A fronted adverb before the verb is no name: "Daarvoor levert A", "Jaarlijks organiseert A", "Momenteel biedt A".
UNNAMED_ADVERB = re.compile(r"(?i)(?:daar|hier|waar|er)(?:aan|bij|binnen|door|in|mee|na|naast|om|onder|op|over|toe|tussen|uit"
                            r"|van|voor)|\w+lijks|uiteindelijk|tijdelijk|voornamelijk|daadwerkelijk|momenteel|tevens|samen|eerst"
                            r"|later|vooral|daarom|daardoor|zo")
# a name as the agent: capitalised words ("Medipoint", "Tactus Verslavingszorg", "Vincent van Gogh")
AGENT_NAME = re.compile(r"(?P<name>(?-i:[A-Z])[\w&'’-]+(?:\s+(?:(?-i:[A-Z])[\w&'’-]+|van|de|der)){0,3}?)(?=\s*(?:[,.;:()]|\s(?:of|en)\s|$)"
                        r"|\s+(?-i:[a-z]))")
SERVICE_NOUN_BY = re.compile(r"(?i)\b(?P<np>(?:(?-i:[a-zà-ÿ])[\w-]+\s+)?(?-i:[a-zà-ÿ][\w-]*)?(?:begeleiding|ondersteuning|hulp"
                             r"|zorg|opvang|behandeling|training|scholing|bemiddeling))\s+door\s+(?:de\s+|het\s+)?\Z")
# likewise SERVICE_NOUN_BY, "door", "door de", "door het" (lower-cased)
SERVICE_NOUN_BY_LAST = ("door", "de", "het")
BOTH_BACK_REFERENCE = re.compile(r"[\s•\-–*·]*(?P<ref>(?:Beide|Deze|De)\s+(?:organisaties|partijen|stichtingen|aanbieders"
                                 r"|instellingen|partners)|Beiden|Beide(?=\s+(?:zijn|waren|hebben|hadden|ontvangen|ontvingen"
                                 r"|krijgen|kregen|bieden|boden|leveren|leverden|werken|werkten|voeren|voerden)\b))\s+(?=(?-i:[a-z])\w+\b)")
# "Met hen hebben we contracten afgesloten", "Met deze aanbieders": the organisations the sentence before lists
THEM_BACK_REFERENCE = re.compile(r"[\s•\-–*·]*(?:Met|Aan|Voor|Bij|Door)\s+(?P<ref>hen|deze\s+(?:organisaties|partijen|aanbieders"
                                 r"|partners|instellingen|stichtingen))\b")
# "Aan deze stichting wordt een subsidie verstrekt", "Voor 2024 is voor deze stichting € X geraamd": after a preposition
PP_BACK_REFERENCE = re.compile(r"[^.;:!?]{0,40}?\b(?:[Aa]an|[Vv]oor|[Mm]et|[Bb]ij|[Dd]oor)\s+(?P<ref>deze\s+(?:stichting|vereniging"
                               r"|organisatie|coöperatie|instelling|welzijnsorganisatie|zorgaanbieder|aanbieder))\b")
# "Het college heeft de stichting ... verleend", "De gemeente ondersteunt de voedselbank met": the kind of the one
# organisation the sentence before names, as the object of the verb
OBJECT_BACK_REFERENCE = re.compile(
    r"[^.;:!?]{0,60}?\b(?:heeft|hebben|had|hadden|ondersteunt|ondersteunen|ondersteunde|subsidieert|subsidiëren"
    r"|subsidieerde|financiert|financieren|financierde|verstrekt|verstrekken|verstrekte|geeft|geven|gaf)\s+"
    r"(?P<ref>de\s+(?P<noun>stichting|vereniging|voedselbank|welzijnsorganisatie|organisatie|woningcorporatie|corporatie))\b")
OBJECT_REFERENCE_WORDS = ("de stichting", "de vereniging", "de voedselbank", "organisatie", "corporatie")
# "Het steunpunt verstrekte", "Het centrum organiseerde": a noun that heads the name of the organisation just named
NOUN_BACK_REFERENCE = re.compile(r"[\s•\-–*·]*(?P<ref>(?:De|Het|Deze|Dit)\s+(?P<noun>[a-zà-ÿ]{5,}))\s+(?=[a-z])")
# SUBJECT_, BOTH_, THEM_ and NOUN_BACK_REFERENCE open with bullets and spaces (_BULLETS) and then a word with one of
# these capitals: a sentence whose first other character is none of them is not tried with them.
_BULLETS = re.compile(r"[\s•\-–*·]*")
BACK_REFERENCE_INITIALS = frozenset("DZBMAVH")
GOVERNED = re.compile(r"(?i)\b(?:met|van|door|bij|aan|voor|naar|namens|vanuit|via|tussen|zoals)\s+(?:de\s+|het\s+)?\Z")

# where an organisation works: "A uit B" (a club from a village), "A ... met een vestiging in B", "opende in B een nieuwe
# locatie", "houdt spreekuren in B en C", "biedt ... vanuit B en C"; the place list follows the preposition
SEAT_NOUN = re.compile(r"(?i)\b(?:(?:hoofd)?vestiging(?:en)?|locaties?|buurtkamers?|ontmoetingscentr(?:a|um)|spreekuren|spreekuur"
                       r"|(?:hoofd)?kantoor|kantoren|steunpunt(?:en)?|wijkpunt(?:en)?|inloop(?:punten|spreekuren)?)\b")
PLACE_LEAD = re.compile(r"(?i)\b(?:in|vanuit)\s+(?:de\s+|het\s+)?\Z")
# "A, het sociaal werkbedrijf in B": an apposition that says what A is says where it is
APPOSITION_IN = re.compile(r",\s+(?:het|de|een)\s+(?:(?-i:[a-zà-ÿ])[\w-]*\s+){1,3}?(?:in|te)\s+\Z")
# an organisation that opens its sentence, perhaps after a time and the verb ("In 2025 richt A ..."), or a list item
_TIME_AND_VERB = (r"(?:(?:In|Sinds|Vanaf)\s+\d{4}|Daarnaast|Ook|Verder|Tevens|Inmiddels|Jaarlijks|Wekelijks)\s*,?\s+"
                  r"(?-i:[a-z])\w+\s+")
ACTING_SUBJECT = re.compile(r"[\W\d]*(?:" + _TIME_AND_VERB + r")?(?:[Dd]e\s+|[Hh]et\s+)?")
FRONTED_VERB = re.compile(r"[\W\d]*" + _TIME_AND_VERB + r"(?:[Dd]e\s+|[Hh]et\s+)?")
# the verb of what an organisation does where ("verzorgt in", "organiseert ... voor ouderen in", "zet ... in, onder
# meer in"), not where it receives, cooperates or merely is one of several
ACTS_VERB = re.compile(r"\s+(?:al\s+(?:\w+\s+)?)?(?:verzorgt|verzorgde|verzorgen|organiseert|organiseerde|organiseren|biedt|bood"
                       r"|bieden|geeft|gaf|houdt|hield|zet|zette|draait|draaide|begeleidt|begeleidde|ondersteunt|ondersteunde"
                       r"|coördineert|coördineerde|runt|beheert|beheerde|exploiteert|voert|voerde|richt|richtte|start|startte"
                       r"|is\s+actief|was\s+actief|werkt|werkte)\b")
COMMISSIONED = re.compile(r"(?i)\bin\s+opdracht\s+van\s+(?:de|het)\s+\w+")
DEFINITE_OBJECT = re.compile(r"(?i)\s+(?:(?:wekelijks|dagelijks|maandelijks|jaarlijks|ook|nu|al|daar|er)\s+)*"
                             r"(?:de|het|haar|zijn|hun)\s")
ACTS_NOT = re.compile(r"(?i)\b(?:samen|met|subsidie|bijdrage|namens|zoals|waaronder|dat|die|wat|waar)\b|[()]")
# "met steun van het X", "met een bijdrage uit het X": who pays, not what is done
SUPPORT_FROM = re.compile(r"(?i)\bmet\s+(?:de\s+|een\s+)?(?:\w+\s+)?(?:steun|hulp|bijdrage|subsidie|financiering)\s+"
                          r"(?:van|uit|vanuit)\s+(?:de\s+|het\s+)?\Z")
def place_starts(ms: list[Mention]) -> dict[int, Mention]:
    """The places (neighbourhoods, municipalities) among `ms` by where they start."""
    out: dict[int, Mention] = {}
    for x in ms:
        if x.kind in ("neighbourhood", "municipality"):
            out.setdefault(x.start, x)
    return out


# what stands between two places of a list ("B, C en D", "B & C"), and before the next one's article
PLACE_LIST_SEP = re.compile(r"\s*(?:,\s*(?:en\s+)?|en\s+|&\s*)")
PLACE_LIST_NEXT = re.compile(r"\s*(?:,\s*(?:en\s+)?|en\s+|&\s*)(?:de\s+|het\s+)?")
# the furthest a list's next place is looked for after the last one's end: a separator and the white space around it,
# line breaks too (a list is read in linear time, each place looking this far at most)
PLACE_SEP_MAX = 40
# "In A (en B) opende C een nieuwe locatie": a fronted place, the verb, then the organisation as subject
# "A, met uitdeelpunten in", "A, die uitdeelpunten heeft in": where an organisation's points of service are
SERVICE_POINTS_IN = re.compile(r"(?i)\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:met|die|dat)\s+(?:\w+\s+){0,2}?(?:uitdeelpunten|uitgiftepunten"
                               r"|vestigingen|locaties|steunpunten|inlooppunten|spreekuurlocaties)\s+(?:heeft\s+|had\s+)?in\s+")
WITH_FRONTED = re.compile(r"[\s•\-–*·]*Met\s+(?:de\s+|het\s+)?")
FRONTED_WITH = re.compile(r"\W*(?:Samen\s+met|In\s+samenwerking\s+met)\s")
FRONTED_SUBJECT = re.compile(r"\s+(?!(?:en|of|met)\s)(?-i:[a-z])\w+\s+(?:de\s+|het\s+)?(?=[A-Z])(?!(?:We|Wij|Zij|Ze|Ik|U)\b)")
NAMED_OBJECT = re.compile(r"\s+(?:het|de)\s+(?:[a-zà-ÿ][\w-]*\s+){0,2}[A-Z‘'“\"]")
FRONTED_PLACE_VERB = re.compile(r"\s+(?!(?:biedt|bood|boden|bieden|levert|leverde|verzorgt|verzorgde|organiseert|organiseerde)\s)"
                                r"(?-i:[a-z])\w+\s+(?:de\s+|het\s+)?"
                                r"(?:(?-i:[a-z])[\w-]*(?:aanbieder|organisatie|instelling|stichting|corporatie|coöperatie)\s+)?\Z")

# "met (de) hulp van A en B (is) een X gestart": the helpers, then what was started
HELP_OF = re.compile(r"(?i)\bmet\s+(?:de\s+)?hulp\s+van\s+(?:de\s+|het\s+)?")
HELPED_STARTED = re.compile(r"(?i)\s+(?:(?:is|zijn|werd|werden)\s+)?(?:een|de|het)\s+(?P<obj>[^.,;:]{3,60}?)\s+"
                            r"(?:gestart|opgezet|opgericht|georganiseerd|geopend)\b")
# "Met A en B is de pilot X gestart": a passive start of a named thing, the municipality's own (with A and B)
STARTED_WITH = re.compile(r"(?i)\s(?:is|zijn|werd|werden)\s+(?:de|het|een)\s+[^.,]{0,60}?\b(?:gestart|opgezet|opgericht"
                          r"|ontwikkeld|gelanceerd|begonnen)\b")
# "de buurtteams, die worden uitgevoerd door": the noun a passive relative clause is about
RELATIVE_PASSIVE = re.compile(r"(?i)\b(?:de|het)\s+(?P<np>(?-i:[a-zà-ÿ])[\w-]+(?:\s+(?-i:[a-zà-ÿ])[\w-]+){0,2}),\s+(?:die|dat)\s+"
                              r"(?:\w+\s+)?(?:wordt|worden|werd|werden)\s+(?:\w+\s+)?\Z")
# "voert de wijkteams uit onder de Wmo 2015 en de Jeugdwet": the service is under each law named after "onder"
# a service handed to the organisation that follows: "is belegd bij", "uitbesteed aan", "ondergebracht bij taalaanbieder"
HANDED_TO = re.compile(r"(?i)\b(?:belegd|uitbesteed|ondergebracht|uitgevoerd|geleverd|verzorgd|gegund)\s+(?:bij|aan|door)\s+"
                       r"(?:de\s+|het\s+)?(?:(?-i:[a-z])[\w-]*\s+)?\Z")
# what the handing over is, no service: "De opdracht is gegund aan A" (what A provides, the sentence does not say)
NOT_A_SERVICE = re.compile(r"(?i)(?:de\s+|het\s+)?(?:opdracht|opdrachten|aanbesteding|gunning|contract|contracten|overeenkomst|"
                           r"subsidie|subsidies|inkoop|werkzaamheden)")
LAW_RIGHT_AFTER = re.compile(r"(?i)\s*,?\s*(?:op\s+grond\s+van|onder|in\s+het\s+kader\s+van|conform)\s+(?:de\s+|het\s+)?")
SERVICE_UNDER = re.compile(r"(?i)\b(?:de|het)\s+(?P<np>(?-i:[a-zà-ÿ])[\w-]+(?:\s+(?!(?:voor|van|in|op|met)\s)(?-i:[a-zà-ÿ])[\w-]+){0,2}?)"
                           r"\s+(?:uit|aan)\s+onder\s+(?:de\s+|het\s+)?\Z")

# "| Huishoudelijke hulp (Wmo 2015) |", "TV66 Maatwerkvoorzieningen (WMO)": a label with its law in brackets
LABEL_START = re.compile(r"(?:^|(?<=[|\n•]))[ \t\-–*·]*(?:[A-Z]{0,4}\d+[A-Z\d.]*\s+)?")
# a list item that opens with an organisation and says what it does: "• A: opbouwwerk en ouderenwerk", "- A voor de
# jeugdgezondheidszorg", "- A, met de inzet van praktijkondersteuners"
ITEM_DOES = re.compile(r"(?i)\s*(?::\s*(?P<colon>(?-i:[a-zà-ÿ])[^;()\n]{2,100})|\s+voor\s+(?P<for>(?:de|het)\s[^;()\n]{3,100})"
                       r"|,\s+met\s+(?:de\s+inzet\s+van\s+)?(?P<with>(?:de\s+|het\s+)?(?-i:[a-zà-ÿ])[^;()\n,]{3,80}))")
ITEM_DOES_END = re.compile(r",\s+(?:met|die|dat|waar\w*)\b|\s+(?:in|op|te|vanuit)\s+(?:de\s+|het\s+)?(?-i:[A-Z])|[.;]\s*$|[.;]\s")

# "A zet (namens de gemeente) 9 buurtsportcoaches in", "A zal beweegcoaches inzetten": the staff A deploys; "A zette
# de telefooncirkel 'X' op": what A set up
DEPLOYS = re.compile(r"(?i)\s*(?:\([^()]{1,30}\)\s*)?(?:zet|zette|zetten)\s+(?:(?:ook|daarnaast|namens\s+de\s+gemeente|in\s+\d{4}"
                     r"|sinds\s+\S+)\s+)*(?!in\b|op\b)(?P<obj>[^.;:,]{3,60}?)\s+(?:in\b(?!\s+op\b(?!\s+(?:de|het)\s))"
                     r"|op\b(?!\s+(?:de|het)\b))"
                     r"|\s*(?:zal|zullen|gaat|gaan)\s+(?P<obj2>[^.;:,]{3,60}?)\s+inzetten\b")
# "A zet het project 'X' voort", "A richt een X in", "A ontwikkelt het leerwerkprogramma 'X'", "A heeft het X
# ingericht": what A sets up or carries on (a named initiative; the particle after it)
SETS_UP = re.compile(r"(?i)\s*(?:\([^()]{1,30}\)\s*)?(?:(?P<zet>zet|zette|zetten)|(?P<richt>richt|richtte|richtten)"
                     r"|ontwikkelt|ontwikkelde|ontwikkelen|ontwikkelden|(?P<perf>heeft|hebben|had|hadden))\s+"
                     r"(?!(?:we|wij|ze|zij|hij|samen|gezamenlijk)\b)(?P<obj>[^.;:!?,]{3,100})")
# "Daarnaast zet (Stichting) A ...", "In 2024 richt A ...": the verb before its subject, after a fronted phrase
SETS_UP_VERB_BEFORE = re.compile(r"(?i)[\s•\-–*·]*(?:daarnaast|ook|verder|in\s+\d{4}|sinds\s+\S+|dit\s+jaar)\s+"
                                 r"(?:(?P<zet>zet|zette)|(?P<richt>richt|richtte)|ontwikkelt|ontwikkelde|(?P<perf>heeft|had))\s+"
                                 r"(?:de\s+|het\s+)?(?:stichting\s+)?\Z")
INVERTED_OBJ = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?\s(?P<obj>[^.;:!?,]{3,100})")
SET_UP_PARTICLE = {"zet": re.compile(r"(?i)['’”\"]?\s+(?:\w+\s+){0,3}?voort\b"),
                   "richt": re.compile(r"(?i)['’”\"]?\s+(?:\w+\s+){0,3}?in\b"),
                   "perf": re.compile(r"(?i)['’”\"]?\s+(?:\w+\s+){0,3}?(?:ingericht|ontwikkeld|voortgezet|opgezet|opgericht)\b")}
# "het door A (AB) uitgevoerde project 'X'": A provides X
BY_THEN_DONE = re.compile(r"(?i)\s*(?:\([^()]{1,30}\)\s*)?\s+(?:uitgevoerde|georganiseerde|ontwikkelde|opgezette|getrokken)\s+"
                          r"(?:[\w-]+\s+){0,2}?['‘“\"]?\Z")
# "(is) met A en B de pilot 'X' gestart", "Met A wordt de aanpak X uitgebreid": A and B work on X
WITH_BEFORE_ORGS = re.compile(r"(?i)(?:^|(?<=\s))(?:samen\s+)?met\s+(?:de\s+|het\s+)?(?:stichting\s+)?\Z")
ORGS_THEN_THING = re.compile(r"(?i)\s+(?:(?:wordt|worden|werd|werden|is|zijn)\s+)?(?:in\s+\d{4}\s+|ook\s+|daarnaast\s+)?"
                             r"(?:de|het|een)\s+(?:[\w-]+\s+){0,2}?['‘“\"]?\Z")
GENERIC_PARTIES = re.compile(r"(?:(?:\s*,\s*|\s+en\s+)(?:de\s+|het\s+)?(?-i:[a-zà-ÿ])[\w-]+(?:\s+(?-i:[a-zà-ÿ])[\w-]+)?){1,4}"
                             r"(?=\s+(?:wordt|worden|werd|werden|is|zijn)\s)")
THING_STARTED = re.compile(r"(?i)['’”\"]?(?:\s+(?:in\s+\d{4}|verder|opnieuw|ook))?\s+(?:gestart|voortgezet|opgezet|ontwikkeld|"
                           r"uitgebreid|uitgevoerd|ingezet|georganiseerd|opgericht|gerealiseerd)\b")
# "A en B hebben zich inmiddels bij de aanpak aangesloten", "A en B namen deel aan de totstandkoming van het akkoord":
# they work on the undertaking the text just named
JOINED_BACK = re.compile(r"(?i)\b(?:(?:hebben|heeft|hadden|had)\s+zich\s+(?:\w+\s+){0,3}?(?:bij|aan)\s+|"
                         r"(?:neemt|nemen|nam|namen)\s+(?:\w+\s+){0,2}?deel\s+aan\s+(?:de\s+\w+\s+van\s+)?)"
                         r"(?:de|het|dit|deze)\s+(?P<head>aanpak|project|pilot|programma|akkoord|coalitie|netwerk|initiatief)\b"
                         r"(?:\s+(?:aangesloten|verbonden))?"
                         # "A en B hebben toegezegd mee te doen", "A en B doen mee": with what was just named
                         r"|\b(?:hebben|heeft)\s+(?:\w+\s+){0,2}?toegezegd\s+(?:om\s+)?mee\s+te\s+(?:doen|werken)\b"
                         r"|\b(?:doen|deden)\s+(?:\w+\s+){0,2}?mee\s*[.;]")
# "A is / blijft een belangrijke ketenpartner (bij huiselijk geweld)": the organisation that opens the sentence works with
# the municipality (not "A is een partner van B")
SENTENCE_LEAD = re.compile(r"[\s•\-–*·]*(?:De\s+|Het\s+)?")
_PARTNER_ROLE = r"(?:[a-zà-ÿ]+\s+){0,2}?(?:keten|samenwerkings|netwerk|uitvoerings)?partner\b"
COPULA_PARTNER_ROLE = re.compile(r"(?i)\s+(?:is|blijft|was|bleef|vormt)\s+(?:ook\s+|daarnaast\s+)?(?:een|onze|de)\s+"
                                 + _PARTNER_ROLE)
# "Voor de jeugdgezondheidszorg is GGD X onze (belangrijkste) partner"
INVERTED_PARTNER = re.compile(r"[\s•\-–*·]*(?:Voor|Bij|Op\s+het\s+gebied\s+van|Binnen)\s+[^,.;:]{2,60}?\s+(?:is|blijft|was)\s+"
                              r"(?:de\s+|het\s+)?(?:stichting\s+)?")
OUR_PARTNER_AFTER = re.compile(r"(?i)\s+(?:onze|ons|een|de)\s+" + _PARTNER_ROLE)
NO_LONGER_BY = re.compile(r"(?i)\bniet\s+(?:langer|meer)\s+(?:\w+\s+){0,2}?door\b")
# "VGZ heeft toegezegd € 30.000 per jaar bij te dragen aan de uitvoering", "Zilveren Kruis financiert daarin de inzet
# van ...", "De provincie draagt € 2,5 miljoen bij", "A draagt de helft van de kosten": A pays for the undertaking the
# sentence or the one before names
PAYS_FOR = re.compile(r"(?i)\s+(?:heeft|hebben)\s+toegezegd\s+(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\bbij\s+te\s+dragen\b"
                      r"|\s+(?:financiert|financieren|financierde|financierden|bekostigt|bekostigde)\b"
                      r"|\s+(?:draagt|dragen|droeg|droegen)\s+(?:[^.;]{0,40}?€\s*[\d.,]+(?:\s*miljoen)?[^.;]{0,20}?\s+bij\b"
                      r"|(?:de\s+helft|een\s+deel|het\s+grootste\s+deel)\s+van\s+de\s+kosten)")
# "Het Taalhuis X, een voorziening van B": B provides X
FACILITY_OF = re.compile(r"(?i)\s*(?:\([^()]{1,30}\)\s*)?,\s+(?:een|de|het)\s+(?:\w+\s+)?(?:voorziening|dienst|activiteit|"
                         r"project|initiatief)\s+van\s+(?:de\s+|het\s+)?(?:stichting\s+)?\Z")
# "A is onze belangrijkste partner voor X en Y": A provides them, and works with the municipality
# "A is (daarnaast) penvoerder van X": the party that leads a project works on it
LEADS_THING = re.compile(r"(?i)\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*)?(?:is|was|blijft|wordt|werd)\s+(?:\w+\s+)?(?:de\s+)?"
                         r"(?P<role>penvoerder|trekker|kartrekker|initiatiefnemer|uitvoerder)\s+van\s+")
PARTNER_FOR = re.compile(r"(?i)\s+(?:is|blijft|was)\s+(?:\w+\s+)?(?:onze|ons|de)\s+(?:\w+\s+){0,2}?\w*partner\s+voor\s+"
                         r"(?P<obj>[^.;:!?()]{3,90})")
# "A ondersteunt ons bij X": A works with the municipality
SUPPORTS_US = re.compile(r"(?i)\s+(?:\w+\s+)?(?:ondersteunt|ondersteunen|ondersteunde|ondersteunden)\s+(?:ons|de\s+gemeente)\b")

# ---------------------------------------------------------------------------------------------- rules

class _Finder:
    def __init__(self, text, municipality, orgs, initiatives, laws, neighbourhoods, others):
        self.text = text
        self.own = municipality
        self._low: str | None = None  # the current sentence lower-cased (set per sentence by run)
        self._unsafe = unsafe_lower(text)  # else no sentence of it has such a character
        self._text_low = lowered(text)  # the whole text lower-cased, offsets kept (None: no fast word tests)
        ms: list[Mention] = []
        for kind, items in (("organisation", orgs), ("initiative", initiatives), ("law", laws),
                            ("neighbourhood", neighbourhoods), ("municipality", others)):
            for it in items:
                for m in it.mentions:
                    ms.append(Mention(m.start, m.end, kind, it.name))
        # Without "_" in the text a letter or digit there is exactly a word character, so the index of the
        # text's words finds a form's whole-word occurrences instead of a scan of the text per form.
        indexed = "_" not in text
        for it in orgs:  # an organisation's short form where the entity step left it unmarked ("de VRLN")
            have = {m.start for m in it.mentions}
            for form in it.aliases:
                if len(form) < 3 or form.lower() == form or form.lower() in _WE_WORDS:
                    continue
                for a in (whole_occurrences(text, form) if indexed else _find_all(text, form)):
                    b = a + len(form)
                    if a not in have and (a == 0 or not text[a - 1].isalnum()) and (
                            b >= len(text) or not text[b].isalnum()):
                        ms.append(Mention(a, b, "organisation", it.name))
        if municipality:
            low = lowered(text) or text.lower()  # (text.lower() may move offsets; the older reading, kept as it was)
            for m in re.finditer(re.escape(municipality.lower()), low):
                a, b = m.start(), m.end()
                if (a == 0 or not low[a - 1].isalnum()) and (b >= len(low) or not low[b].isalnum()):
                    ms.append(Mention(a, b, "own", municipality))
        # by start, the longest first: two stable sorts by attribute instead of a tuple key made per mention
        ms.sort(key=attrgetter("end"), reverse=True)
        ms.sort(key=attrgetter("start"))
        self.units = units(text, [(m.start, m.end) for m in ms if m.kind in ("organisation", "initiative")])
        self.starts = [u.start for u in self.units]
        # a mention inside a longer one of another entity (a law inside an initiative name) stays, but an
        # organisation or initiative mention inside an initiative name is not an actor of its own
        self.mentions = ms
        self.by_unit: dict[int, list[Mention]] = {}
        for m in ms:
            k = self.unit_of(m.start)
            if k is not None:
                self.by_unit.setdefault(k, []).append(m)
        self.org_names = [it.name for it in orgs]
        self._inner: dict[int, list[Mention]] = {}
        self._back_references()
        self._inner = {}  # the back references added mentions: kept per unit from here on
        self.out: list[Relation] = []
        self.seen: set[tuple[str, str, str]] = set()
        # (organisation, sentence start) where the sentence says whom else the organisation works with (a team) or what
        # it pays for together with the municipality: no partner of the municipality there
        self.partner_elsewhere: set[tuple[str, int]] = set()
        self.cofunded: set[tuple[str, str, int]] = set()  # (funder, what it pays for, sentence start)
        # (municipality, sentence start) where the sentence makes it a fellow member of a joint body, no partner
        self.fellow_members: set[tuple[str, int]] = set()
        self.via_team: set[int] = set()  # sentence starts where the laws' work goes through a team
        self._laws_of: dict[int, list[str]] = {}
        self._clauses_not_stated: dict[int, list[tuple[str, bool]] | None] = {}  # per unit, for denied()
        self._para_laws: dict[int, list[str]] | None = None
        self._headings: list[re.Match] | None = None  # the programme headings, found on first need
        self._heading_starts: list[int] = []
        self._recent: dict[int, Mention | None] = {}
        self._para_things: list[Mention | None] | None = None
        self._party_target: tuple[int, str] | None = None  # (last unit, body) of the last list of a body's parties
        self._coordinated: tuple[list[Mention], list[int]] | None = None  # (actors, where each one's list starts)

    def _back_references(self) -> None:
        """A sentence that opens with a word pointing back to an organisation ("Zij biedt ook X aan", "De stichting
        verzorgt X", "Deze organisatie ...") is about the organisation the sentence before (in its paragraph) is
        about: the pointing word becomes a mention of that organisation, so every rule reads it as the name."""
        text = self.text
        for k in range(1, len(self.units)):
            u, prev = self.units[k], self.units[k - 1]
            if prev.para != u.para:
                continue
            lead = _BULLETS.match(text, u.start, u.end).end()
            opens = lead < u.end and text[lead] in BACK_REFERENCE_INITIALS  # else only PP_BACK_REFERENCE can match
            pp = text.find("deze", u.start, u.end) >= 0  # which holds "deze"
            if not opens and not pp:
                continue
            bm = ((SUBJECT_BACK_REFERENCE.match(text, u.start, u.end) or BOTH_BACK_REFERENCE.match(text, u.start, u.end)
                   or THEM_BACK_REFERENCE.match(text, u.start, u.end)) if opens else None) or (
                PP_BACK_REFERENCE.match(text, u.start, u.end) if pp else None)
            nm = None if bm or not opens else NOUN_BACK_REFERENCE.match(text, u.start, u.end)
            if bm is None and nm is None:
                continue
            ms = self.by_unit.get(k, [])
            ref = bm or nm
            if any(m.kind == "organisation" and m.start < ref.end() for m in ms):
                continue
            if nm is not None:  # "Het steunpunt verstrekte": the organisation whose name that noun heads
                noun = nm.group("noun")
                antes = [next(m for m in reversed(self.inner_of(k - 1)) if m.kind == "organisation"
                              and m.name.split()[0].lower().endswith(noun))] if any(
                    m.kind == "organisation" and m.name.split()[0].lower().endswith(noun)
                    for m in self.by_unit.get(k - 1, [])) else []
                antes = antes[:1]
            elif bm.re not in (SUBJECT_BACK_REFERENCE, PP_BACK_REFERENCE) or re.match(r"(?i)(?:zij|ze)\s+\w+en\b", text[bm.start("ref"):u.end]):
                # "Beide organisaties ontvangen", "Zij leveren ook": every organisation the sentence before names,
                # when it names two or three of them coordinated
                antes = self.coordinated_group(k - 1)
            else:
                ante = self.subject_of(k - 1)
                if ante is None and not (len(bm.group("ref")) <= 3 and re.match(
                        r"[\s•\-–*·]*(?:Zij|Ze)\s", text[prev.start:prev.end])):
                    # "... ligt bij Stichting A. Deze stichting voert ...", "We hebben A opdracht gegeven. Zij voert
                    # ook ...", "Dat doen we met A. Dit werkbedrijf biedt ...": the one organisation named (a "zij"
                    # after a sentence that opens with "zij" goes on about what that one is about)
                    named = {m.name: m for m in self.inner_of(k - 1) if m.kind == "organisation"}
                    ante = next(iter(named.values())) if len(named) == 1 else None
                antes = [ante] if ante is not None else []
            for ante in antes:
                ms.append(Mention(ref.start("ref"), ref.end("ref"), "organisation", ante.name))
            if antes:
                ms.sort(key=lambda m: (m.start, -m.end))
                self.by_unit[k] = ms
        for k, u in enumerate(self.units):  # "A is daarin de trekker; de stichting voert X uit": after a semicolon
            if text.find(";", u.start, u.end) < 0:
                continue
            cm = CLAUSE_BACK_REFERENCE.search(text, u.start, u.end)
            ms = self.by_unit.get(k, [])
            # the organisation named last before it ("A maakt deel uit van B; deze organisatie voert ...": B)
            ante = next((m for m in reversed(ms) if m.kind == "organisation" and m.end <= cm.start()), None) if cm else None
            if ante is not None and not any(m.kind == "organisation" and cm.start() < m.start < cm.end() for m in ms):
                ms.append(Mention(cm.start("ref"), cm.end("ref"), "organisation", ante.name))
                ms.sort(key=lambda m: (m.start, -m.end))
                self.by_unit[k] = ms
        low = text.lower()
        if any(w in low for w in OBJECT_REFERENCE_WORDS):  # (most texts have none: no sentence is looked at)
            for k in range(1, len(self.units)):
                self._object_back_reference(k)

    def _object_back_reference(self, k: int) -> None:
        """"Stichting A voert het opbouwwerk uit. De gemeente heeft de stichting gesubsidieerd": the kind named as the
        object of a sentence that names no organisation is the one organisation of that kind the sentence before (in
        its paragraph) names."""
        text, u, prev = self.text, self.units[k], self.units[k - 1]
        if prev.para != u.para or not _any_in(text[u.start:u.end].lower(), OBJECT_REFERENCE_WORDS):
            return
        ms = self.by_unit.get(k, [])
        om = OBJECT_BACK_REFERENCE.match(text, u.start, u.end)
        if om is None or any(m.kind == "organisation" for m in ms):
            return
        noun = om.group("noun").lower()
        named = {m.name: m for m in self.by_unit.get(k - 1, []) if m.kind == "organisation"}
        if len(named) != 1:
            return
        ante = next(iter(named.values()))
        said = text[max(prev.start, ante.start - 12):ante.end].lower()
        if not noun.endswith("organisatie") and noun not in said and noun not in ante.name.lower():
            return  # "de stichting" after a name that is no stichting's
        ms.append(Mention(om.start("ref"), om.end("ref"), "organisation", ante.name))
        ms.sort(key=lambda m: (m.start, -m.end))
        self.by_unit[k] = ms

    def coordinated_group(self, k: int) -> list[Mention]:
        """The organisations unit k names as one group ("A en B", "A of B", "A verzorgt X en B doet Y" when it names just
        those two or three)."""
        orgs = [m for m in self.inner_of(k) if m.kind == "organisation"]
        names = list(dict.fromkeys(m.name for m in orgs))
        if 2 <= len(names) <= 3:
            return [next(m for m in orgs if m.name == n) for n in names]
        return []

    def subject_of(self, k: int) -> Mention | None:
        """The organisation unit k is about: the first one it names that no preposition governs ("In 2024 startte A
        met B": A; "Samen met A bood B ...": B)."""
        text = self.text
        for m in self.inner_of(k):
            if m.kind != "organisation":
                continue
            if GOVERNED.search(text, max(self.units[k].start, m.start - 30), m.start):
                continue
            return m
        return None

    def _lower(self, u: Unit) -> None:
        """Make `u` the current sentence of the cue-word checks: lower-cased, or None where (?i) equates a
        character of it with an ASCII letter that lower() does not give (every pattern is then searched as is)."""
        self._low = None if self._unsafe and UNSAFE_LOWER.search(self.text, u.start, u.end) else (
            self.text[u.start:u.end].lower())

    def _search(self, pattern: re.Pattern, sent: str) -> re.Match | None:
        """pattern.search(sent) for the current sentence, in its lower-cased copy where there is one (LOWERED):
        the match's places are the sentence's, its text lower-cased."""
        return pattern.search(sent) if self._low is None else LOWERED[pattern].search(self._low)

    def _finditer(self, pattern: re.Pattern, sent: str):
        """pattern.finditer(sent) for the current sentence, as _search."""
        return pattern.finditer(sent) if self._low is None else LOWERED[pattern].finditer(self._low)

    def _cue(self, words: tuple[str, ...]) -> bool:
        """Whether the current sentence may hold a match of a cue pattern all of whose matches hold one of
        `words` (lower case)."""
        low = self._low
        return low is None or _any_in(low, words)

    def unit_of(self, pos: int) -> int | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.units[i].start <= pos < self.units[i].end:
            return i
        return None

    def add(self, subj, pred, obj, k, sk, ok, conf=0.7, last=None):
        """State a relation with units k..last (a mention can run over a line break) as its evidence."""
        if not subj or not obj or subj.lower() == obj.lower():
            return
        if (sk == "other" and _not_a_thing(subj)) or (ok == "other" and _not_a_thing(obj)):
            return
        if pred == "located_in" and WEB_ADDRESS.fullmatch(subj):
            return  # "www.XDoet.nl": a platform on the web lies in no neighbourhood
        if sk == "other" and subj in BACK_HEADS:  # "Het team is onderdeel van A": the team named just before
            subj, sk = self.named_before(k, subj) or (subj, sk)
        if ok == "other" and obj in BACK_HEADS:
            obj, ok = self.named_before(k, obj) or (obj, ok)
        if pred == "provides" and ok == "other" and (pm := CENTRE_TASK_LIST.search(obj)) \
                and re.fullmatch(r"(?i)(?:(?:de\s+)?(?:taken|uitvoering)\s+(?:voor|van)\s+(?:de\s+|het\s+)?)?", obj[:pm.start()]):
            # "beschermd wonen en maatschappelijke opvang": the tasks of a centrumgemeente, each its own
            for task in re.findall(_CENTRE_TASK, pm.group(0), re.I):
                self.add(subj, pred, " ".join(task.lower().split()), k, sk, ok, conf, last)
            return
        if pred == "provides" and ok == "other" and ": " in obj:
            obj = re.sub(r"(?i)^(?:de|het)\s+", "", obj.rsplit(": ", 1)[1])  # "Realisatie 2019: De jeugdgezondheidszorg"
        if subj.lower() == obj.lower():
            return
        key = (subj.lower(), pred, obj.lower())
        if pred == "partner_of" and key[2] < key[0]:  # partner_of is symmetric: A with B is B with A
            key = (key[2], pred, key[0])
        if pred == "provides":
            if re.match(r"(?i)(?:wettelijke\s+)?taken\b|(?:deze|die|dit|dat|zij|het)(?:\s|$)|uitvoering$|(?:de\s+)?periode\b", obj) \
                    or NOT_A_SERVICE.fullmatch(obj):
                # "voert taken uit op grond van de X": what tasks they are, the law says (carries_out_law); a pronoun
                # ("Deze zijn ondergebracht bij A") or a time ("gecontracteerd voor de periode 2017-2019") is no service
                return
            u = self.units[k]
            if re.search(r"(?i)^(?:geen|niet|nog\s+geen)\b|\bniet\s+(?:langer|meer)$", obj) or (
                    NO_LONGER_BY.search(self.text, u.start, u.end) and subj in self.text[u.start:u.end]):
                # "A: geen subsidie verleend" says what A does not get; "wordt X niet langer door A uitgevoerd": A no
                # longer provides it
                return
            law = self.law_named(k, obj)
            if law is not None:  # "De X wordt uitgevoerd door A": an organisation works under a law; it provides
                if sk == "organisation":  # carrying it out (carries_out)
                    self.add(subj, "provides", "uitvoering van de " + law, k, sk, "other", 0.5, last)
                subj, pred, obj, ok = subj, "under_law", law, "law"
                key = (subj.lower(), pred, obj.lower())
        if pred == "under_law" and sk == "other" and (subj.split()[-1].lower() in PEOPLE
                                                      or subj.split()[-1].lower().startswith("doelgroep")):
            return  # "Voor nieuwe doelgroepen onder de Participatiewet wordt A ingezet": people, no service
        if pred == "under_law" and sk == "other" and re.search(
                r"(?i)^(?:de\s+)?gemeente\b|\b(?:uitvoert|uitvoeren|verricht|verrichten|doet|doen)$", subj):
            return  # "de taken die de gemeente uitvoert op grond van de Wmo": the clause's subject and verb, no service
        if key in self.seen:
            return
        if pred in DENIABLE and self.denied(k, subj, obj):
            return  # "Met A is nog geen overeenkomst gesloten": a partnership denied or only planned is none
        self.seen.add(key)
        a, b = self.units[k].start, self.units[max(k, last if last is not None else k)].end
        self.out.append(Relation(subj, pred, obj, span(self.text, a, b), sk, ok, conf, self.laws_of(k)))

    def named_before(self, k: int, head: str) -> tuple[str, str] | None:
        """The name a bare head noun points back to ("het team": "Sociaal Team Noord"): the last organisation or
        initiative of this unit or the three before whose name holds that word."""
        for j in range(k, max(-1, k - 4), -1):
            for m in reversed(self.by_unit.get(j, [])):
                if m.kind in ("organisation", *THING_KINDS) and head in m.name.lower().split():
                    return m.name, m.kind
        return None

    def denied(self, k: int, subj: str, obj: str) -> bool:
        """Whether the clause of unit k that names a party of the relation denies it or only plans it ("is nog geen
        overeenkomst gesloten", "is in voorbereiding", "is beëindigd")."""
        u = self.units[k]
        if k not in self._clauses_not_stated:  # each unit's clauses read once, whatever number of relations it states
            sent = self.text[u.start:u.end]
            clauses = None
            if NOT_STATED.search(sent):
                clauses, pos = [], 0
                for cut in [*CLAUSE_SPLIT.finditer(sent), None]:  # (text, denied, where it ends in the sentence)
                    end = cut.start() if cut else len(sent)
                    c = sent[pos:end].lower()
                    if c.strip():
                        clauses.append((c, bool(NOT_STATED.search(c)), end))
                    pos = cut.end() if cut else end
            self._clauses_not_stated[k] = clauses
        clauses = self._clauses_not_stated[k]
        if clauses is None:
            return False
        parties = [x.lower() for x in (subj, obj) if x and x != self.own]
        named = [c for c in clauses if any(x in c[0] for x in parties)]
        if not named:  # a party named by a word pointing back at it ("De voedselbank ontvangt geen subsidie, maar ...")
            at = [m.start - u.start for m in self.by_unit.get(k, []) if m.name.lower() in parties]
            named = [next(c for c in clauses if c[2] > p) for p in at if p < clauses[-1][2]]
        return any(no for _c, no, _e in (named or (clauses if len(clauses) == 1 else [])))

    def carries_out(self, org: str, obj: str, kind: str, k: int, conf: float = 0.7) -> None:
        """Organisation `org` provides `obj`; when that is a law it works under it, and what it provides is carrying
        the law out ("A voert de Participatiewet uit": the uitvoering van de Participatiewet)."""
        if kind == "law":
            self.add(org, "under_law", obj, k, "organisation", "law", conf)
            self.add(org, "provides", "uitvoering van de " + obj, k, "organisation", "other", 0.5)
        else:
            self.add(org, "provides", obj, k, "organisation", kind, conf)

    def law_named(self, k: int, phrase: str) -> str | None:
        """The law a phrase of unit k is, word for word ("De Participatiewet", "sociale werkvoorziening (Wsw)"), if any."""
        bare = re.sub(r"(?i)^(?:de|het)\s+", "", phrase.strip())
        for m in self.by_unit.get(k, []):
            if m.kind != "law":
                continue
            form = self.text[m.start:m.end]
            if bare == form or bare.endswith("(" + form + ")") and len(bare) <= len(form) + 40:
                return m.name
        return None

    def laws_of(self, k: int) -> list[str]:
        """The laws the unit names, or else the laws of its paragraph (both worked out once)."""
        got = self._laws_of.get(k)
        if got is None:
            got = list(dict.fromkeys(m.name for m in self.by_unit.get(k, []) if m.kind == "law"))
            if not got:
                if self._para_laws is None:
                    self._para_laws = {}
                    for j, u in enumerate(self.units):
                        for m in self.by_unit.get(j, []):
                            if m.kind == "law":
                                self._para_laws.setdefault(u.para, []).append(m.name)
                got = list(dict.fromkeys(self._para_laws.get(self.units[k].para, [])))
            self._laws_of[k] = got
        return got

    def inner(self, ms: list[Mention]) -> list[Mention]:
        """Mentions not nested inside a longer mention (the law in 'Uitvoeringsplan Wmo'); one sweep over the
        mentions sorted by start (longest first), keeping the one that reaches furthest."""
        out = []
        reach_start, reach_end = -1, -1
        for m in ms:
            if m.end <= reach_end and (reach_end - reach_start) > (m.end - m.start):
                continue
            out.append(m)
            if m.end > reach_end:
                reach_start, reach_end = m.start, m.end
        return out

    def inner_of(self, k: int) -> list[Mention]:
        """inner() of unit k's mentions, worked out once per unit (the list is shared: not to be changed)."""
        got = self._inner.get(k)
        if got is None:
            got = self._inner[k] = self.inner(self.by_unit.get(k, []))
        return got

    def ending_before(self, k: int, pos: int):
        """Unit k's inner mentions that end at or before pos, the last named first (only those that start before pos
        are looked at, so a unit of thousands of names is not read whole for each place in it)."""
        ms = self.inner_of(k)
        for i in range(bisect.bisect_left(ms, pos, key=attrgetter("start")) - 1, -1, -1):
            if ms[i].end <= pos:
                yield ms[i]

    @staticmethod
    def cue_outside_names(pattern: re.Pattern, sent: str, offset: int, ms: list[Mention], hay: str | None = None
                          ) -> re.Match | None:
        """The first cue of the sentence that is not part of the name of an initiative ('Convenant samenwerken
        aan opvang', or a quoted name that opens with it: 'het convenant 'Samen werken aan X''), nor one that runs into
        an organisation's name ('biedt Stichting Samen Eten'); a name that is itself a partnership ('Samenwerkingsverband
        X') does state one."""
        hay = sent if hay is None else hay  # hay: the sentence lower-cased
        pos = 0
        while (cm := pattern.search(hay, pos)) is not None:
            c = offset + cm.start()
            inside = next((m for m in ms if m.kind == "organisation" and m.start < c < m.end), None)
            if inside is not None:  # "Orion Werk werken samen": the cue is looked for again after the name
                pos = inside.end - offset
                continue
            quoted = cm.start() > 0 and sent[cm.start() - 1] in "‘'“\""
            if not any((m.kind in THING_KINDS and (m.start < c < m.end or (m.start == c and quoted)))
                       or (m.kind == "organisation" and c < m.start < c + len(cm.group(0)) <= m.end)
                       for m in ms):
                return cm
            pos = cm.end() if cm.end() > cm.start() else cm.start() + 1
        return None

    def contracted(self, m: Mention, floor: int) -> bool:
        """The organisation a contract is about ('de opdrachtverlening Veilig Thuis', 'kopen wij, samen met B, bij A
        plaatsen in'), not a party working with."""
        return bool(CONTRACTED.search(self.text, max(floor, m.start - 30), m.start)
                    or BOUGHT_FROM.search(self.text, max(floor, m.start - 90), m.start))

    def seat(self, m: Mention) -> bool:
        """A municipality named as where a body sits ("Regeling X te Eindhoven"), not a party."""
        return m.kind in ("municipality", "own") and re.search(r"(?i)\b(?:te|gevestigd\s+in)\s+\Z",
                                                               self.text[max(0, m.start - 16):m.start]) is not None

    def source_only(self, m: Mention) -> bool:
        """An actor named as a source or topic ('onduidelijkheden vanuit het Rijk', 'namens de GGD'), not a party."""
        return bool(SOURCE_PP.search(self.text, max(0, m.start - 16), m.start))

    def region_word(self, m: Mention) -> bool:
        """'Rijk' in 'het Rijk van Nijmegen' names a region, not the state."""
        return m.kind == "organisation" and bool(re.match(r"\s+van\s+[A-Z]", self.text[m.end:m.end + 8]))

    def heading_before(self, k: int) -> str | None:
        """The title of the section a unit opens (a line "Samen sterk" above "... heeft dit project ..."): the line
        just before it when that is short, capitalised and without closing punctuation."""
        if k == 0 or self.units[k - 1].item:
            return None
        prev = self.units[k - 1]
        line = self.text[prev.start:prev.end].strip()
        if self.text.count("\n", prev.end, self.units[k].start) == 0:
            return None  # the same line: a sentence, not a heading
        if line and line[0].isupper() and line[-1] not in ".,;:!?" and len(line.split()) <= 8 and "|" not in line:
            return line
        return None

    def heading_thing(self, k: int) -> Mention | None:
        """The initiative named by the heading just above this unit ("Doorontwikkeling X" above "A en B werken
        samen ..."), when this unit opens its paragraph."""
        if k == 0 or self.units[k - 1].para == self.units[k].para or self.heading_before(k) is None:
            return None
        return next((m for m in self.by_unit.get(k - 1, []) if m.kind in THING_KINDS), None)

    def para_thing(self, k: int) -> Mention | None:
        """The last initiative named before this unit in its paragraph."""
        if self._para_things is None:
            self._para_things = []
            last, para = None, None
            for j, u in enumerate(self.units):
                if u.para != para:
                    last, para = None, u.para
                self._para_things.append(last)
                for m in self.by_unit.get(j, []):
                    if m.kind in THING_KINDS:
                        last = m
        return self._para_things[k]

    def recent_thing(self, k: int) -> Mention | None:
        """The last initiative named in the two units before this one, in the same paragraph."""
        if k in self._recent:
            return self._recent[k]
        self._recent[k] = got = self._recent_thing(k)
        return got

    def _recent_thing(self, k: int) -> Mention | None:
        para = self.units[k].para
        for j in range(k - 1, max(-1, k - 3), -1):
            if self.units[j].para != para:
                break
            for m in reversed(self.by_unit.get(j, [])):
                if m.kind in THING_KINDS:
                    return m
        return None

    def run(self) -> list[Relation]:
        for k, u in enumerate(self.units):
            all_ms = self.by_unit.get(k, [])
            if not all_ms and self.recent_thing(k) is None:
                # no entity named here or just before: nothing this sentence can relate, but what the
                # municipality takes part in ("wij nemen deel aan de acties van X")
                sent = self.text[u.start:u.end]
                if self.own:
                    low = sent.lower()
                    if "subsidie" in sent or "bijdrage" in sent:
                        self.hence_funded(k, u, sent)
                    if _any_in(low, PARTY_WORDS):
                        self._lower(u)
                        self.party_list(k, u, sent, [])
                    if (self._unsafe or _any_in(low, RECEIVES_WORDS)) and RECEIVES.search(sent):
                        self.receives_amount(k, u, [])
                    if "deel" in sent:
                        self._lower(u)
                        self.own_acts(k, u, sent, [])
                if " door " in sent:
                    self.unnamed_agents(k, u, [])
                if sent[:3].strip(" •-–*·")[:1].isupper():
                    self.unnamed_subjects(k, u, [])
                if self.own and _any_in(low, ("draag", "droeg")) and re.search(r"(?i)\bdr(?:aa|oe)g", sent):
                    self.money_received(k, u, [])  # "...; de gemeente draagt hier € X aan bij"
                continue
            ms = self.inner(all_ms)
            kinds = {m.kind for m in ms}
            sent = self.text[u.start:u.end]
            first = len(self.out)  # the relations of this unit start here
            # the sentence lower-cased, for the cue-word checks (None: search every pattern as is)
            self._lower(u)
            self.partners(k, u, sent, ms)
            if "initiatief" in sent:
                self.initiative_of(k, u, ms)
            if self.own and (" met " in sent or "Met " in sent) and ("gesloten" in sent or "tekend" in sent):
                self.pact_with(k, u, ms)
            self.joint_run(k, sent, ms)
            self.agreement_parties(k, sent, ms)
            self.own_acts(k, u, sent, ms)
            if "organisation" in kinds or "centrumgemeente" in sent:
                self.provides(k, u, sent, ms)
            if "organisation" in kinds and sent.lstrip(" \t\n•-–*·")[:1] in ("D", "H", "E"):
                self.fronted_object(k, u, ms)
            if "organisation" in kinds:
                self.contracts(k, sent, ms)
                if self.own and " door " in sent:
                    self.tendered_before(k, u, ms)
            if "organisation" in kinds and "beschikbaar" in sent:
                self.puts_available(k, u, ms)
            if ("ingekocht" in sent or " in via " in sent) and ms:
                self.purchased_via(k, u, ms)
            if "in dienst" in sent:
                self.employer_of(k, u, ms)
            if u.item and ":" in sent:
                self.service_item(k, u, ms)
            if "organisation" in kinds and "(" in sent:
                self.bracketed_service(k, u, ms)
            if "organisation" in kinds and "uitvoering" in sent:
                self.execution_with(k, u, ms)
            if "organisation" in kinds and ("financiering" in sent or "Fonds" in sent or "fonds" in sent):
                self.financing_from(k, u, ms)
            self.funds(k, u, sent, ms)
            if self.own:
                self.money_received(k, u, ms)
            if "organisation" in kinds:
                self.payer_clauses(k, u, ms)
            if self.own and "organisation" in kinds:
                self.contracts_with(k, u, ms)
            if "initiative" in kinds:
                self.named_place(k, all_ms)
            if "neighbourhood" in kinds:
                self.places_fronted(k, u, ms)
                self.subject_housed(k, u, ms)
                self.opened_in(k, u, ms)
                self.facility_located(k, u, ms)
                self.located(k, sent, ms)
                self.located_phrase(k, u, sent, ms)
            if "neighbourhood" in kinds or "municipality" in kinds or ("own" in kinds and _any_in(sent, SEAT_WORDS)):
                self.housed(k, u, ms)
            if any(m.kind == "law" for m in all_ms):
                self.laws(k, u, sent, all_ms, ms)
                if _any_in(sent, ("verantwoordelijk", "gecontracteerd", "ingehuurd", "ingekocht", "aangetrokken")):
                    self.responsible_for_law(k, u, ms, all_ms)
                self.service_under(k, u, all_ms)
                if "via" in sent and "team" in sent.lower():
                    self.team_laws(k, u, all_ms)
                if "(" in sent:
                    self.law_labels(k, u, all_ms)
                self.programme_laws(k, u, all_ms)
                self.law_compounds(k, u, all_ms)
                self.carries_out_law(k, u, ms, all_ms)
                self.carried_via(k, u, ms, all_ms)
            if u.item and "organisation" in kinds:
                self.item_does(k, u, ms)
            if "initiative" in kinds:
                self.parts(k, u, sent, ms)
            if "organisation" in kinds:
                self.org_parts(k, u, ms)
                self.org_within(k, u, ms)
                if _any_in(sent, ("team", "Team", "teunpunt", "oket")):
                    self.team_within(k, u, ms)
                    if "samen" in sent:
                        self.team_partners(k, u, ms)
                if self.own and "medewerkers" in sent:
                    self.staff_mix(k, u, ms)
                if "door" in sent and RELATIVE_BY_WORDS.search(sent):
                    self.relative_agent(k, u, ms)
                if _any_in(sent, SUPPORT_VERB_WORDS):
                    self.supports(k, u, ms)
                if " van " in sent:
                    self.staff_of(k, u, ms)
            self.members(k, u, sent, ms)
            if "regio" in sent:
                self.region_members(k, u, ms)
            self.party_list(k, u, sent, ms)
            if "organisation" in kinds and "initiative" in kinds and "Met" in sent:
                self.with_fronted(k, u, ms)
            if "organisation" in kinds:
                self.on_behalf(k, u, ms)
                self.take_part(k, u, ms)
                self.deploys(k, u, ms)
                if "initiative" in kinds and (" met " in sent or sent.startswith("Met ")):
                    self.with_on_thing(k, u, ms)
                if _any_in(sent, (" zich ", " deel ", " mee")):
                    self.joined_back(k, u, ms)
                if _any_in(sent, ("dragen", "draagt", "droeg", "financier", "bekostig")):
                    self.pays_for(k, u, ms)
                if "hulp van" in sent:
                    self.helped_start(k, u, ms)
            if "centrumgemeente" in sent:
                self.centre_tasks(k, u, sent, ms)
            if "organisation" in kinds and ("neighbourhood" in kinds or "municipality" in kinds):
                self.org_seat(k, u, ms)
            if ("neighbourhood" in kinds or "municipality" in kinds) and " in " in sent:
                self.seated_in(k, u, ms)
            if " door " in sent:
                self.unnamed_agents(k, u, ms)
            if sent[:3].strip(" •-–*·")[:1].isupper():
                self.unnamed_subjects(k, u, ms)
            if self.own and ("€" in sent or "euro" in sent or "subsidie" in sent or "bijdrage" in sent):
                self.receives_amount(k, u, ms)
            if " in " in sent and ("neighbourhood" in kinds or "municipality" in kinds):
                self.service_places(k, u, ms, first)
        self.lists()
        self.rows()
        self.party_overview()
        self.subsidy_tables()
        if "ubsidie " in self.text:
            self.grant_lines()
        self.role_tables()
        # within one sentence, what says more about a pair supersedes what says less (SUPERSEDED_BY); the pair in
        # either order
        stated = {(r.predicate, frozenset((r.subject.lower(), r.object.lower())), r.span.start) for r in self.out}
        if self.via_team:  # "De toegang tot de Wmo loopt via de teams": the teams' law; the access is no service
            self.out = [r for r in self.out if not (r.predicate == "under_law" and r.span.start in self.via_team
                                                    and r.subject.lower().startswith("toegang"))]

        def superseded(r: Relation) -> bool:
            pair = frozenset((r.subject.lower(), r.object.lower()))
            return any((p, pair, r.span.start) in stated for p in SUPERSEDED_BY.get(r.predicate, ()))

        # an organisation that works with a team, or pays for something together with the municipality, is in that
        # sentence no partner of the municipality; and co-funders are no partners of what they pay for
        return [r for r in self.out if not superseded(r) and (r.predicate != "partner_of" or not (
            (r.subject.lower(), r.object.lower(), r.span.start) in self.cofunded
            or (r.object.lower(), r.subject.lower(), r.span.start) in self.cofunded
            or (self.own in (r.subject, r.object) and (
                ((r.object if r.subject == self.own else r.subject).lower(), r.span.start) in self.partner_elsewhere
                or ((r.object if r.subject == self.own else r.subject).lower(), r.span.start) in self.fellow_members))))]

    def service_places(self, k: int, u: Unit, ms: list[Mention], first: int) -> None:
        """Where a service this unit says an organisation provides takes place: the places right after it ("verzorgt
        het jongerenwerk in B, C en D", "het jongerenwerk in B en C wordt uitgevoerd door A", "het jongerenwerk, dat
        door A in B en C wordt uitgevoerd"): the service is located in each."""
        text = self.text
        for r in self.out[first:]:
            if r.predicate != "provides" or r.object_kind != "other":
                continue
            # a pair of services kept as one object ("ouderenwerk en jongerenwerk") stands with its articles
            said = r"\s+en\s+(?:de\s+|het\s+)?".join(map(re.escape, r.object.split(" en ")))
            for om in re.finditer(r"\b" + said + r"\b", text[u.start:u.end]):
                pm = SERVICE_IN.match(text, u.start + om.end(), u.end)
                if pm is None:  # "het ouderenwerk en het jongerenwerk in B": the places after the pair are each one's
                    cm = SERVICE_PAIR_REST.match(text, u.start + om.end(), u.end)
                    pm = SERVICE_IN.match(text, cm.end(), u.end) if cm else None
                for q in self.place_list(pm.end(), u.end, ms) if pm else ():
                    self.add(r.object, "located_in", q.name, k, "other", q.kind, 0.5)

    def table_org(self, k: int) -> Mention | None:
        """The organisation a table is about: the one that opens the last short title line above unit k
        ("Veiligheidsregio X", "1. GGD X te Y"), looked for up to 60 units back."""
        for j in range(k - 1, max(-1, k - 61), -1):
            u = self.units[j]
            if u.end - u.start > 90 or self.text[u.end - 1] in ".;:?!":
                continue
            for m in self.inner_of(j):
                if m.kind == "organisation" and not self.text[u.start:m.start].strip(" \t•-–*·0123456789.)"):
                    return m
        return None

    def rows(self):
        """Rows of the statutory table of a joint body (verbonden partij): 'Betrokkenen' / 'Deelnemers' with the
        municipalities that take part, 'Gemeentelijke bijdrage' (the municipality funds it); and 'Hiervoor betaalt
        <gemeente> een bijdrage' about the body just named."""
        if not self.own:
            return
        low = self.text.lower()
        for word in ("betrokkenen", "deelnemers", "deelnemende", "aangesloten gemeenten"):
            for pos in _find_all(low, word):
                k = self.unit_of(pos)
                if k is None or pos - self.units[k].start > 6:
                    continue
                u = self.units[k]
                label = ROW_MEMBERS.match(self.text, u.start, u.end)
                if not label:
                    continue
                org = self.table_org(k)
                if org is None:
                    continue
                rest = [m for m in self.inner_of(k) if m.start >= label.end()]
                last = k
                if not rest and label.end() >= u.end - 1 and k + 1 < len(self.units):
                    last = k + 1
                    rest = self.inner_of(k + 1)
                for m in rest:
                    if m.kind in ("municipality", "own"):
                        self.add(m.name, "partner_of", org.name, k, m.kind, "organisation", 0.6, last=last)
        for pos in _find_all(low, "bijdrage"):
            k = self.unit_of(pos)
            if k is None:
                continue
            u = self.units[k]
            line = self.text[u.start:u.end]
            if ROW_CONTRIBUTION.fullmatch(line):
                org = self.table_org(k)
            elif PAYS_CONTRIBUTION.search(line) and (OWN_ACTOR.search(line) or any(
                    m.kind == "own" for m in self.by_unit.get(k, []))):
                # the body named last in this sentence or the one before it
                org = None
                for j in (k, k - 1):
                    if j < 0 or self.units[j].para != u.para:
                        break
                    org = next((m for m in reversed(self.inner_of(j)) if m.kind == "organisation"
                                and m.start < pos), None)
                    if org:
                        break
            else:
                continue
            if org is not None:
                self.add(self.own, "funds", org.name, k, "municipality", "organisation", 0.6)

    def party_overview(self) -> None:
        """The overview of the municipality's verbonden partijen: every organisation on the lines under its heading is
        a body the municipality takes part in (partner_of), up to the first sentence of running text. A line that
        ends in a colon introduces (its names are what the line says of them: "Div. deelnemingen a.g.v. verkoop
        van X aan Y:"), unless it ends in the next heading of the overview; a name in brackets is no listed body."""
        if not self.own or not any(w in self.text for w in ("erbonden", "egelingen", "eelneming")):
            return
        k, n = 0, len(self.units)
        while k < n:
            u = self.units[k]
            line = self.text[u.start:u.end].strip()
            if not (OVERVIEW_HEADING.match(line) and len(line.split()) <= 40 and line[-1:] not in ".!?"
                    and (line.endswith(":") or len(line.split()) <= 8)):
                k += 1
                continue
            j = k + 1
            while j < n:
                v = self.units[j]
                row = self.text[v.start:v.end].strip()
                if len(row.split()) >= 6 and row[-1:] in ".!?" and not row.startswith("("):
                    break  # running text: the overview has ended
                if v.para != self.units[j - 1].para and OTHER_HEADING.fullmatch(row) and not OVERVIEW_HEADING.match(
                        row) and not any(m.kind == "organisation" for m in self.inner_of(j)):
                    break  # a new paragraph under a heading of its own ("Subsidies 2025"): another list
                if not row.endswith(":") or OVERVIEW_SUBHEAD_TAIL.search(row):
                    for m in self.inner_of(j):
                        before = self.text[v.start:m.start]
                        if m.kind == "organisation" and before.count("(") <= before.count(")"):
                            # (a name in brackets spells out the one before it or names its parts: "Veiligheidsregio
                            # X (met als onderdelen Brandweer en GHOR)")
                            self.add(self.own, "partner_of", m.name, j, "municipality", "organisation", 0.6)
                j += 1
            k = j

    # partner_of: the actors of a sentence with a cooperation cue work with the initiative it names (or the
    # one "dit project" points back to), else with the municipality
    def role_partner(self, k: int, u: Unit, ms: list[Mention]) -> bool:
        """The partner role a sentence gives the organisation it opens with: "A blijft een belangrijke ketenpartner"
        (the municipality's), "A is een partner van B" (B's); "Voor de jeugdgezondheidszorg is GGD X onze partner" (the
        verb before its subject: the municipality's, and the sentence is read on). True where nothing more is to read."""
        text = self.text
        im = INVERTED_PARTNER.match(text, u.start, u.end)
        a = next((m for m in ms if im and m.kind == "organisation" and m.start == im.end()), None)
        if a is not None and OUR_PARTNER_AFTER.match(text, a.end, u.end):
            self.add(a.name, "partner_of", self.own, k, "organisation", "municipality", 0.6)
        lead = SENTENCE_LEAD.match(text, u.start, u.end).end()
        a = next((m for m in ms if m.kind == "organisation" and m.start == lead), None)
        rm = COPULA_PARTNER_ROLE.match(text, a.end, u.end) if a is not None else None
        if rm is None:
            return False
        b = next((m for m in ms if m.kind in ("organisation", "municipality") and m.start > a.end
                  and re.fullmatch(r"(?i)\s+(?:van|voor)\s+(?:de\s+|het\s+)?(?:stichting\s+)?", text[rm.end():m.start])),
                 None)
        if b is not None:  # "A is een partner van B": of B, not of the municipality
            self.add(a.name, "partner_of", b.name, k, "organisation", b.kind, 0.6)
        else:
            self.add(a.name, "partner_of", self.own, k, "organisation", "municipality", 0.6)
        return True

    def partners(self, k, u, sent, ms):
        # (the cue's text is only read case-insensitively below, so a match in the lower-cased sentence does)
        cue = (None if not self._cue(PARTNER_WORDS) else self.cue_outside_names(PARTNER, sent, u.start, ms)
               if self._low is None else self.cue_outside_names(PARTNER_LOWER, sent, u.start, ms, self._low))
        if not cue or HANGS_TOGETHER.search(sent):  # "hangt samen met": a cause, no cooperation
            return
        if self.own and self.role_partner(k, u, ms):
            return
        wm = MEMBERS_WHEREIN.search(sent) if _any_in(sent, (" waarin ", " waarbinnen ", " waaraan ", " stand ")) else None
        if wm and not wm.group("with") and wm.start() < cue.end() <= wm.end():
            return  # "X, het openbaar lichaam waarin A met de andere gemeenten samenwerkt": A is part of X (members)
        actors = [m for m in ms if m.kind in ACTOR_KINDS and not self.region_word(m) and not self.source_only(m)
                  and not self.contracted(m, u.start) and not self.seat(m)]
        if ";" in sent:
            c0 = sent.rfind(";", 0, cue.start()) + 1
            c1 = sent.find(";", cue.end())
            c1 = len(sent) if c1 == -1 else c1
            if NOT_STATED.search(sent, c0, c1):
                # "De samenwerking met A is beëindigd; de X wordt sindsdien door B verzorgd": the cue's clause denies
                # the cooperation, and B in the next clause is no partner either
                actors = [a for a in actors if u.start + c0 <= a.start < u.start + c1]
        joined = MEMBERS_BEFORE.search(sent) if self._cue(MEMBERS_WORDS) else None
        if joined:  # "A neemt samen met B deel aan X": B is a member of X (members), no partner; nor is what a clause
            # about X names ("X, dat met C de Y verzorgt")
            clause = RELATIVE_START.search(sent, joined.end())
            actors = [a for a in actors if a.kind != "municipality" and (clause is None or a.start < u.start + clause.start())]
        # "A, de gemeenschappelijke regeling van de gemeenten": what A is, not who A works with
        actors = [a for a in actors if not APPOSITION_BODY.match(self.text, a.end, u.end)]
        if re.match(r"(?i)samen\s+met", cue.group(0)) and re.match(r"(?i)\s+(?:de\s+)?(?:\w+\s+)?(?:andere\s+)?(?:regio)?gemeenten\b",
                                                                     sent[cue.end():]):
            # "Met hen hebben we contracten afgesloten, samen met de vier andere gemeenten": the municipalities act
            # together, the organisations named before are no partners
            actors = [a for a in actors if a.start > u.start + cue.start()]
        if self.we_together(k, u, sent, ms, actors):
            return
        if "waarin" in sent and self.works_with_in(k, u, ms, actors):
            return
        if (" stand " in sent or "waarvan" in sent) and self.jointly_kept(k, u, ms):
            return
        if "samen" in sent and self.work_together_in(k, u, ms):
            return
        # "in de regio X": a region the work happens in, not what the parties work on
        # (also "binnen de Regio X", the region's name itself)
        things = [m for m in ms if m.kind in THING_KINDS and not re.search(r"(?i)\bregio\s+\Z", self.text[m.start - 7:m.start])
                  and not (self.text.startswith(("Regio ", "regio "), m.start)
                           and re.search(r"(?i)\b(?:in|binnen)\s+de\s+\Z", self.text[m.start - 12:m.start]))
                  # "samen met A, op basis van het plan 'X'": what the work rests on, not what they work on
                  and not BASIS_BEFORE.search(self.text, max(u.start, m.start - 30), m.start)]
        if MEMBER.search(sent) and self.own:  # "gemeenschappelijke regeling X": the municipality takes part in X
            ma = MEMBERS_AFTER.search(sent)
            for a in actors:
                if ma and a.kind == "municipality" and a.start >= u.start + ma.end():
                    continue  # "X is de gemeenschappelijke regeling van A, B en C": members of X (members())
                self.add(a.name, "partner_of", self.own, k, a.kind, "municipality")
            return
        target = None
        span = self.with_span(u) if cue.start() <= 4 else None
        if span:  # "Met A, B en C zijn afspraken gemaakt": a name inside the list is a party, not what they work on
            things = [t for t in things if not span[0] <= t.start < span[1]]
        all_things = things
        sub = SUBCLAUSE.search(sent, cue.end())
        limit = u.start + (sub.start() if sub else len(sent))
        brk = CLAUSE_BREAK.search(sent, cue.end())
        if brk:  # "in samenwerking met de regio's, begonnen met het opzetten van X": X is no party
            actors = [a for a in actors if a.start < u.start + brk.start()]
        things = [t for t in things if t.start < limit]
        colon = sent.find(":", cue.start())
        if colon >= 0:  # "De deelnemende organisaties zijn: A, B, C": what follows the colon are the parties
            things = [t for t in things if t.start < u.start + colon]
            all_things = [t for t in all_things if t.start < u.start + colon]
        c0, c1 = u.start + cue.start(), u.start + cue.end()
        of = re.match(r"(?i)\s+van\s+(?:het\s+|de\s+)?", sent[cue.end():]) if re.search(r"(?i)partners\Z", cue.group(0)) else None
        body = next((m for m in ms if of and m.start == c1 + of.end() and m.kind in ("organisation",) + THING_KINDS), None)
        if body is not None:
            # "de partners van het Samenwerkingsverband X (A, B en C)": A, B and C are the body's partners
            members = [a for a in actors if a.start >= body.end and a.name != body.name]
            for a in members:
                self.add(a.name, "partner_of", body.name, k, a.kind, body.kind)
            if members:
                return
        inside = [a for a in actors if c0 < a.start and a.end <= c1 and a.kind == "organisation"]
        if inside and re.match(r"(?i)werk", cue.group(0)) and re.match(r"(?i)\s+met\b", sent[cue.end():]):
            # "Voor jeugdigen werkt A nauw samen met B": the verb before its subject, B works with A
            after = self.listed_from(c1 + len(re.match(r"(?i)\s+met", sent[cue.end():]).group(0)),
                                     [a for a in actors if a.start >= c1], LIST_GAP)
            for b in after:
                self.add(b.name, "partner_of", inside[0].name, k, b.kind, "organisation")
            if after:
                return
        if not all_things and (re.search(r"(?i)\bmet\Z", cue.group(0)) or re.match(r"(?i)\s+met\b", sent[cue.end():])):
            # "A heeft de zorg voor de samenwerking met B": B works with A, the organisation before the cue
            lead = [a for a in actors if a.end <= c0 and a.kind == "organisation"]
            after = [a for a in actors if a.start >= c1]
            if lead and after:
                # "A en B werken nauw samen met C": C works with each of the coordinated subjects, and they with
                # each other
                group = [lead[-1]] + self.coordinated(lead, len(lead) - 1)
                for a in after:
                    for b in group:
                        self.add(a.name, "partner_of", b.name, k, a.kind, "organisation")
                for i, b in enumerate(group):
                    for c in group[i + 1:]:
                        self.add(b.name, "partner_of", c.name, k, b.kind, c.kind, 0.6)
                return
            if lead and re.search(r"(?i)\b(?:daarbij|daarvoor|hierbij|hiervoor)\s+(?:\w+\s+)?samen\s+met\b", sent):
                return  # "A werkt daarbij nauw samen met de wijkteams": with parties unnamed, not on the project before
        if things:
            # the initiative nearest to the cue
            c = u.start + cue.start()
            target = min(things, key=lambda m: abs(m.start - c))
        elif self._search(ANAPHOR, sent) or HEREIN.match(sent) or not (
                all_things or OWN_ACTOR.search(sent) or any(m.kind == "own" for m in ms)
                or re.match(r"(?i)\W*met\b", cue.group(0))):
            # ("Met A zijn afspraken gemaakt": with the municipality, whose report it is, not with a project)
            # "dit project", or a sentence without the municipality as actor: the initiative just named
            target = self.recent_thing(k)
            if target is None:  # "De samenwerkende partijen, zoals A en B, ...": the initiative of the paragraph
                target = self.para_thing(k)
        if target is None and not all_things and not OWN_ACTOR.search(sent) and not any(m.kind == "own" for m in ms):
            # "A en B werken samen" just below a heading that names an initiative: they work together on it
            target = self.heading_thing(k)
        if target is None and not all_things and k and re.match(r"(?i)\W*samen\s+met\b", sent) and WE_VERB.search(sent):
            # "Het preventieakkoord 'X' loopt door. Samen met A en B zetten we in op ...": they work with us on X
            target = self.opening_thing(k - 1) if self.units[k - 1].para == u.para else None
        target_name, target_kind = (target.name, "initiative") if target else (None, None)
        fronted = FRONTED_WITH.match(sent)
        if fronted and actors and not target_name:
            listed = [actors[0]]  # the coordinated names after "Samen met"
            for b in actors[1:]:
                if not re.fullmatch(r"(?i)\s*(?:,|en|&)\s*(?:de\s+|het\s+)?", self.text[listed[-1].end:b.start]):
                    break
                listed.append(b)
            sm = FRONTED_SUBJECT.match(self.text, listed[-1].end, u.end)
            if sm:  # "Samen met A en B bood C ...": the subject after the verb is who they work with
                subject = next((m for m in actors if m.start == sm.end()), None)
                for a in listed:
                    if subject is not None:
                        self.add(a.name, "partner_of", subject.name, k, a.kind, subject.kind)
                return
        if target is None and self._search(ANAPHOR, sent):
            heading = self.heading_before(k)
            if heading:
                target_name, target_kind = heading, "initiative"
        if target_name is None and not things:
            named = self.named_by_type(k, sent) or self.party_phrase(sent, colon)
            if named:
                target_name, target_kind = named, "other"
        if target_name is None and colon >= 0 and c1 <= u.start + colon and re.search(
                r"(?i)\b(?:deelnemende|ondertekenaars|vertegenwoordigd|volgende)\b", sent[:colon]):
            return  # "De deelnemende organisaties zijn: A, B": parties of something this text does not name here
        quoted = QUOTED.search(sent)
        if not things and quoted and self._search(ANAPHOR, sent):
            target_name, target_kind = quoted.group("obj").strip(), "initiative"
        elif not things:
            un = UNNAMED.search(sent)
            if un:
                target_name, target_kind = _phrase(un.group("obj")), "other"
        # "Met A en B werken we ...", "In het kader van X hebben wij een coalitie gevormd met A en B": with us too
        with_us = bool(target_name and self.own and (
            (cue.start() <= 4 and re.match(r"(?i)\W*met\b", cue.group(0)) and (WE_VERB.search(sent) or STARTED_WITH.search(sent)))
            or (re.search(r"(?i)\bmet\Z", cue.group(0)) and WE_VERB.search(sent, 0, cue.start()))))
        # "Hierin werken A, B en de gemeente samen": the municipality is one of the parties
        with_us = with_us or bool(target_name and self.own and WE_AMONG_PARTIES.search(sent, 0, cue.end()))
        own_named = any(m.kind == "own" for m in ms)
        if (target_name is None and self.own and re.match(r"(?i)werk", cue.group(0)) and not own_named
                and not OWN_ACTOR.search(sent) and not re.match(r"(?i)\s+met\b", sent[cue.end():])):
            # "A en B werken nauw samen", "In deze pilot werken A, B en de huisartsen samen": with each other
            group = [a for a in actors if a.kind == "organisation" and a.end <= c1]
            if len(group) >= 2:
                for i, b in enumerate(group):
                    for c in group[i + 1:]:
                        self.add(b.name, "partner_of", c.name, k, "organisation", "organisation", 0.6)
                return
        for a in actors:
            if target_name:
                self.add(a.name, "partner_of", target_name, k, a.kind, target_kind)
                if with_us:  # "Met A en B werken we in het convenant X": A works with us, in X
                    self.add(a.name, "partner_of", self.own, k, a.kind, "municipality", 0.5)
            elif self.own:
                self.add(a.name, "partner_of", self.own, k, a.kind, "municipality")
        if cue.start() <= 4 and re.match(r"(?i)\W*met\b", cue.group(0)) and (target_name or self.own):
            for name in self.with_list(u, ms):
                self.add(name, "partner_of", target_name or self.own, k, "other",
                         target_kind if target_name else "municipality", 0.5)
        if target is not None and self.own and (own_named or (not actors and OWN_ACTOR.search(sent))):
            # "ondertekend door gemeente A, B en C": the municipality itself is one of the parties
            self.add(self.own, "partner_of", target.name, k, "municipality", "initiative", 0.5)

    def works_with_in(self, k: int, u: Unit, ms: list[Mention], actors: list[Mention]) -> bool:
        """"A, de gemeenschappelijke regeling waarin wij samenwerken met B en C": B and C are partners of A, the body
        the clause is about, not of each other or of us; we are where A is a joint arrangement."""
        text = self.text
        for body in ms:
            if body.kind != "organisation":
                continue
            wm = WHEREIN_WITH.match(text, body.end, u.end)
            if wm is None:
                continue
            listed = self.listed_from(wm.end(), [b for b in actors if b.name != body.name], LIST_GAP)
            if not listed:
                return False
            # "A, de gemeenschappelijke regeling waarin wij samenwerken met B en C": the municipalities are its members
            joint = MEMBER.search(text, body.end, wm.end()) is not None
            for b in listed:
                pred = "part_of" if joint and b.kind == "municipality" else "partner_of"
                self.add(b.name, pred, body.name, k, b.kind, "organisation", 0.6)
                if pred == "part_of" and self.own:  # ... and they work together in it, with the municipality
                    self.add(b.name, "partner_of", self.own, k, "municipality", "municipality", 0.5)
            if self.own and MEMBER.search(text, u.start, u.end):  # a joint arrangement the municipality is party to
                self.add(self.own, "part_of" if joint else "partner_of", body.name, k, "municipality", "organisation", 0.6)
            return True
        return False

    def jointly_kept(self, k: int, u: Unit, ms: list[Mention]) -> bool:
        """"A, de uitvoeringsorganisatie die B samen met C en D in stand houdt", "de regio A, waarvan B samen met onder
        meer C en D deel uitmaakt": B, C and D (municipalities) are part of A, not partners of each other."""
        text = self.text
        for jm in JOINTLY_KEPT.finditer(text, u.start, u.end):
            body = next((m for m in reversed(ms) if m.kind in ("organisation",) + THING_KINDS and m.end <= jm.start()
                         and re.fullmatch(r"\s*(?:\([^()]{1,20}\)\s*)?", text[m.end:jm.start()])), None)
            name, kind = (body.name, body.kind) if body else (None, None)
            if body is None and not jm.group("kept"):  # "de regio X, waarvan": the region named just before
                rm = REGION_NAME_END.search(text, max(u.start, jm.start() - 80), jm.start())
                name, kind = (rm.group("region"), "other") if rm else (None, None)
            if name is None:
                continue
            w0, w1 = jm.start("who"), jm.end("who")
            if not re.search(r"(?i)\bsamen\s+met\b", text[w0:w1]):
                continue
            who = [m for m in ms if m.kind in ("own", "municipality") and w0 <= m.start < w1]
            if self.own and re.match(r"(?i)(?:wij|we)\b", text[w0:w1]):
                who.insert(0, Mention(w0, w0, "own", self.own))
            if not who:
                continue
            for m in who:
                self.add(m.name, "part_of", name, k, "municipality", kind, 0.6)
            return True
        return False

    def pact_with(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """"De gemeente heeft met A, B en de kerken het Armoedepact X gesloten": A and B are partners of the pact (where
        it is named) and of the municipality, and so is the municipality of the pact."""
        text = self.text
        pm = PACT_WITH.search(text, u.start, u.end)
        if pm is None or not (pm.group("we") or not any(m.kind in ("organisation", "municipality") and m.end <= pm.start()
                                                         for m in ms)):
            pm = PACT_FRONTED.match(text, u.start, u.end)  # "Met A, B en de huisartsen is het akkoord X gesloten"
            if pm is None:
                return
        parties = [m for m in ms if m.kind == "organisation" and pm.start("list") <= m.start < pm.end("list")]
        if not parties and re.fullmatch(r"(?i)de\s+(?:stichting|vereniging|coöperatie|organisatie|corporatie|woonstichting)",
                                        pm.group("list").strip()) and k:
            # "Stichting A organiseert de inloop. Met de stichting is een uitvoeringsovereenkomst gesloten"
            named = [m for m in self.by_unit.get(k - 1, []) if m.kind == "organisation"]
            parties = named[:1] if len({m.name for m in named}) == 1 else []
        if not parties:
            return
        if SERVICE_CONTRACT.search(pm.group("pact")):
            # "Met Stichting A is een (subsidie-)uitvoeringsovereenkomst gesloten voor het sociaal werk, ...": a
            # contract for services, not a pact of partners
            for a in parties:
                self.add(a.name, "contracted_by", self.own, k, "organisation", "municipality", 0.6)
                fm = re.match(r"(?i)\s+voor\s+(?P<obj>[^.;:()]{3,160})", text[pm.end():u.end])
                for obj, kind in self.objects(pm.end() + fm.start("obj"), pm.end() + fm.end("obj"), [], []) if fm else ():
                    self.add(a.name, "provides", obj, k, "organisation", kind, 0.5)
            return
        pact = next((m for m in ms if m.kind in THING_KINDS and pm.start("pact") - 30 <= m.start < pm.end("pact")), None)
        for a in parties:
            self.add(a.name, "partner_of", self.own, k, "organisation", "municipality", 0.6)
            if pact is not None:
                self.add(a.name, "partner_of", pact.name, k, "organisation", pact.kind, 0.6)
        if pact is not None:
            self.add(self.own, "partner_of", pact.name, k, "municipality", pact.kind, 0.6)

    def initiative_of(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """"X, dat een initiatief is van de bibliotheek en A": the organisations named (coordinated) after the cue are
        partners of X."""
        text = self.text
        for t in ms:
            if t.kind not in ("organisation",) + THING_KINDS:
                continue
            im = INITIATIVE_OF.match(text, t.end, u.end)
            if im is None:
                continue
            # ("de bibliotheek Vught": a place's name in a common noun's is passed over, not a partner)
            parties = [a for a in ms if a.kind in ("organisation", "own", "municipality")]
            for a in self.listed_from(im.end(), parties, LIST_GAP_KIND):
                if a.kind == "organisation":
                    self.add(a.name, "partner_of", t.name, k, "organisation", t.kind, 0.6)

    def we_together(self, k: int, u: Unit, sent: str, ms: list[Mention], actors: list[Mention]) -> bool:
        """"... die wij samen met A, B en C hebben gehouden", "hebben we samen met A en B het project 'X' opgezet": the
        names after "wij samen met" work with the municipality, or on the named thing the clause goes on to (not on
        one named before, nor with the organisation the clause is about)."""
        wm = WE_TOGETHER.search(sent)
        if wm is None or not self.own:
            return False
        pos = u.start + wm.end()
        first = next((a for a in actors if a.start == pos), None)
        if first is None:
            return False
        listed = [first]
        for b in actors:
            if b.start > listed[-1].start and re.fullmatch(r"(?i)\s*(?:,|en|&)\s*(?:de\s+|het\s+)?(?:gemeenten?\s+)?"
                                                         r"(?:[a-zà-ÿ]+\s+)?", self.text[listed[-1].end:b.start]):
                listed.append(b)
        sub = SUBCLAUSE.search(sent, wm.end())
        limit = u.start + (sub.start() if sub else len(sent))
        thing = next((t for t in ms if t.kind in THING_KINDS and listed[-1].end <= t.start < limit), None)
        if wm.group("fronted") is not None and (OWN_ACTOR.search(sent) or thing is not None or TYPE_WORD.search(
                self.text, listed[-1].end, limit) or any(b.kind == "organisation" and listed[-1].end < b.start < limit
                                                        and b not in listed for b in actors)):
            # "Samen met A biedt B ...": B's partner; "Samen met A organiseren we ...": the rules for "we"; "Samen met
            # A is het project X gestart": the partners rule (the project, named or not); what is left ("Samen met A
            # bereiden we ... voor", "Samen met A is afgesproken dat ..."): A works with the municipality
            return False
        # "werken wij samen met A in het B", "In het B werken wij samen met A": A works with us in B
        body = next((m for m in ms if m.kind in ("organisation",) + THING_KINDS and (
            re.fullmatch(r"(?i)\s+in\s+(?:het\s+|de\s+)?", self.text[listed[-1].end:m.start])
            or (m.start - u.start <= 12 and re.fullmatch(r"\W*In\s+(?:het\s+|de\s+)?", self.text[u.start:m.start])))), None)
        if body is not None and body not in listed:
            for a in listed:
                self.add(a.name, "partner_of", body.name, k, a.kind, body.kind)
                self.add(a.name, "partner_of", self.own, k, a.kind, "municipality", 0.5)
            return True
        for a in listed:
            if thing is not None:
                self.add(a.name, "partner_of", thing.name, k, a.kind, "initiative")
            self.add(a.name, "partner_of", self.own, k, a.kind, "municipality")
        return True

    def with_list(self, u: Unit, ms: list[Mention]) -> list[str]:
        """The names a sentence-opening "Met (de woningcorporaties) A, B en C ..." lists that no found organisation or
        municipality covers: capitalised items of at most five words, up to the first lower-case word of the clause."""
        span = self.with_span(u)
        if span is None:
            return []
        lo, hi = span
        covered = [m for m in ms if m.kind in ACTOR_KINDS + ("own",)]
        out = []
        for chunk in re.split(r"\s*(?:,|;|\s(?:en|&)\s)\s*", self.text[lo:hi]):
            chunk = re.sub(r"^(?:de|het)\s+", "", chunk.strip(" .;:"))
            a = self.text.find(chunk, lo, hi)
            if (len(chunk) > 2 and chunk[0].isupper() and len(chunk.split()) <= 5 and chunk.lower() != (self.own or "").lower()
                    and not any(m.start <= a + 1 and a + len(chunk) - 1 <= m.end for m in covered)
                    and not any(a <= m.start < a + len(chunk) for m in covered)):
                out.append(" ".join(chunk.split()))
        return out

    def opening_thing(self, j: int) -> Mention | None:
        """The initiative a unit opens with as its subject ("Het lokale preventieakkoord 'X' loopt door")."""
        u = self.units[j]
        t = next((m for m in self.by_unit.get(j, []) if m.kind in THING_KINDS), None)
        if t is None or not re.fullmatch(r"(?i)\W*(?:(?:de|het)\s+(?:[a-zà-ÿ][\w-]*\s+){0,2})?[‘'“\"]?", self.text[u.start:t.start]):
            return None
        return t

    def with_span(self, u: Unit) -> tuple[int, int] | None:
        """Where the list of a sentence-opening "Met (de woningcorporaties) A, B en C" runs."""
        lm = WITH_LEAD.match(self.text, u.start, u.end)
        if lm is None:
            return None
        end = LIST_END.search(self.text, lm.end(), u.end)
        return lm.end(), (end.start() if end else u.end)

    def named_by_type(self, k: int, sent: str) -> str | None:
        """What "dit convenant" points back to when no initiative was found: "het convenant Naam" in this or the
        two units before it in its paragraph, as "convenant Naam"."""
        am = ANAPHOR_TYPE.search(sent)
        if am is None:
            return None
        pattern = re.compile(r"(?i:\b(?:het|de)\s+(" + am.group("tw") + r"))\s+[‘'“\"]?(?P<name>[A-Z][\w/&-]*"
                             r"(?:\s+[A-Z0-9][\w/&-]*)*)")
        para = self.units[k].para
        for j in range(k, max(-1, k - 3), -1):
            if self.units[j].para != para:
                break
            u = self.units[j]
            found = list(pattern.finditer(self.text, u.start, u.end if j < k else u.start + am.start()))
            if found:
                return f"{found[-1].group(1)} {found[-1].group('name')}"
        return None

    @staticmethod
    def party_phrase(sent: str, colon: int) -> str | None:
        """"De volgende organisaties zijn de coalitie tegen X begonnen: A, B": the body the listed parties form."""
        if colon < 0:
            return None
        pm = PARTY_OF.search(sent, 0, colon)
        if pm is None:
            return None
        obj = re.split(r"(?i)\s+(?:zijn|is|werd|werden|bestaat|bestaan|vormt|vormen|heeft|hebben|begonnen|gestart|opgericht|ge[a-z]{3,}[dt])\b", pm.group("obj"))[0]
        return obj.strip() if len(obj.split()) >= 2 else None

    # the municipality as subject: "wij nemen deel aan X", "ondertekende de gemeente X", "gaan we werken met X",
    # "werd uitvoering gegeven aan X", "Met het project X pakken we ...", "door de gemeente samen met A"
    def own_acts(self, k, u, sent, ms):
        if not self.own:
            return
        text = self.text
        things = [m for m in ms if m.kind in THING_KINDS]
        own_actor = None
        for pred, pattern, words in (("partner_of", OWN_JOINS, ("deel", "ondertek", "sluit")),
                                     ("partner_of", OWN_JOINS_LOOSE, ("sluit", "lid", "werk", "uitvoering")),
                                     ("provides", OWN_RUNS, ("werk", "uitvoering"))):
            cm = self._search(pattern, sent) if self._cue(words) else None
            if cm is None:
                continue
            if pattern is OWN_JOINS_LOOSE:
                if own_actor is None:
                    own_actor = bool(OWN_ACTOR.search(sent) or re.search(r"(?i)\bcollege\b", sent)
                                     or any(m.kind == "own" for m in ms))
                # the municipality acts, and no organisation named before the cue is the one that joins
                if not own_actor or any(m.kind == "organisation" and m.start < u.start + cm.start() for m in ms):
                    continue
            c1 = u.start + cm.end()
            # the first initiative (or, for partner_of, organisation) within a short phrase after the cue
            pool = things if pred == "provides" else [m for m in ms if m.kind in THING_KINDS + ("organisation",)]
            after = [m for m in pool if 0 <= m.start - c1 <= 80 and not re.search(r"[.;:]", text[c1:m.start])]
            if after:
                t = after[0]
                if pred == "provides" and (re.match(AGREEMENT_NAME, t.name.split()[0])
                                           or re.search(r"\s" + AGREEMENT_NAME, t.name)):
                    pred = "partner_of"  # "geven we uitvoering aan het Pact X": one of its parties
                self.add(self.own, pred, t.name, k, "municipality", "initiative" if t.kind in THING_KINDS
                         else "organisation", 0.6)
            elif pred == "partner_of":  # "wij nemen deel aan de acties van X": the name the clause gives
                clause = re.split(r"[.;:,!?()]", text[c1:min(u.end, c1 + 80)], maxsplit=1)[0]
                nm = NAME_AFTER.search(clause)
                if nm:
                    self.add(self.own, pred, (nm.group("quoted") or nm.group("name")).strip(), k, "municipality",
                             "other", 0.5)
        gm = OWN_IN_REGULATIONS.search(sent) if "deel" in sent else None
        if gm and (OWN_ACTOR.search(sent, 0, gm.start()) or any(m.kind == "own" and m.start < u.start + gm.start() for m in ms)):
            # "Zwijndrecht neemt deel aan de gemeenschappelijke regelingen A, B en C": a member of each
            named = [m for m in ms if m.kind == "organisation"  # (not the short form in brackets after a name)
                     and not (self.text[m.start - 1:m.start] == "(" and self.text[m.end:m.end + 1] == ")")]
            for b in self.listed_from(u.start + gm.end(), named, LIST_GAP_SHORT):
                self.add(self.own, "part_of", b.name, k, "municipality", "organisation", 0.6)
        jm = JOINED_FOR.match(sent) if "aangesloten" in sent else None
        body = next((m for m in ms if m.kind == "organisation" and m.start == u.start + jm.end()), None) if jm else None
        if body is not None:  # "Voor (de uitvoering van) X en Y is de gemeente aangesloten bij A": A carries them out
            for obj, kind in self.objects(u.start + jm.start("obj"), u.start + jm.end("obj"), things,
                                          [m for m in self.by_unit.get(k, []) if m.kind == "law"]):
                self.carries_out(body.name, obj, kind, k, 0.5)
        wm = OWN_WITH.match(sent)
        if wm:
            a, b = u.start + wm.start("name"), u.start + wm.end("name")
            for t in things:
                if t.start >= a and t.end <= b + 1:
                    self.add(self.own, "provides", t.name, k, "municipality", "initiative", 0.6)
                    break
        for m in ms:
            wm = OWN_WITH_PARTNER.search(text, max(u.start, m.start - 40), m.start) if m.kind == "organisation" else None
            if wm and wm.group(0).lstrip(" \t•-–*·").lower().startswith("met") and not OWN_AFTER.match(
                    text, m.end, u.end):
                continue  # "Met A zijn ...": no "we" after the name
            if wm:
                self.add(m.name, "partner_of", self.own, k, "organisation", "municipality", 0.6)

    def fronted_object(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """The object before the verb and its subject after it: "De jeugdgezondheidszorg voert de GGD X uit", "Een
        groot deel van de X voert A uit", "Het vervoer verzorgt A": A provides what opens the sentence (a lower-case
        phrase with no organisation in it)."""
        fm = FRONTED_OBJECT.match(self.text, u.start, u.end)
        if fm is None:
            return
        a = next((m for m in ms if m.kind == "organisation" and m.start >= fm.end()), None)
        if a is None or a.start != fm.end() or any(m.kind == "organisation" and m.start < fm.end() for m in ms):
            return
        if not re.fullmatch(r"(?:\s+(?:uit|aan))?\s*[.;!]?\s*", self.text[a.end:u.end]):
            return  # the sentence goes on: "De X biedt A de kans ...", an indirect object
        obj = _phrase(re.sub(r"(?i)^(?:een\s+)?(?:groot\s+|belangrijk\s+)?deel\s+van\s+", "", fm.group("np")))
        if obj and len(obj) > 3:
            self.add(a.name, "provides", obj, k, "organisation", "other", 0.5)

    # provides: "X biedt ...", "... uitgevoerd door X", "<initiative> van X", "ondergebracht bij X"
    def provides(self, k, u, sent, ms):
        text = self.text
        # organisations, and a municipality that serves others as their centrumgemeente
        actors = [m for m in ms if m.kind == "organisation" or (m.kind in ("municipality", "own") and (
            re.search(r"(?i)centrumgemeente\s+\Z", text[max(u.start, m.start - 20):m.start])
            or re.match(r"(?i)\s+(?:is|blijft|was)\s+(?:de\s+)?centrumgemeente\b", text[m.end:m.end + 30])
            or re.match(r"(?i)\s+(?:voert|voerde|verzorgt|verzorgde|biedt|bood)\s+als\s+centrumgemeente\b",
                        text[m.end:m.end + 40])))]
        things = [m for m in ms if m.kind in THING_KINDS]
        thing_ends = [t.end for t in things]  # nested mentions are gone, so ends rise with starts
        found = self._finditer(PROVIDE_BEFORE, sent) if self._cue(PROVIDE_BEFORE_WORDS) else ()
        cues = [(u.start + cm.start(), u.start + cm.end()) for cm in found]
        cue_ends = [c1 for _c0, c1 in cues]
        lead_objects: dict[int, str | None] = {}

        def before(pos: int) -> Mention | None:
            i = bisect.bisect_right(thing_ends, pos)
            return things[i - 1] if i else None

        laws = [m for m in self.by_unit.get(k, []) if m.kind == "law"]
        chained: dict[int, list[tuple[str, str]]] = {}  # actor index -> what a cue before it says it provides
        for n, a in enumerate(actors):
            # "A en B leveren X": the organisations coordinated just before A share its verb
            subjects = [a] + self.coordinated(actors, n)
            # ("Het X, dat wordt beheerd door A, biedt Y": the verb after the relative clause is X's, not A's)
            relative_agent = RELATIVE_AGENT_BEFORE.search(text, max(u.start, a.start - 80), a.start) and \
                text.startswith(",", a.end)
            m = None if relative_agent else (PROVIDE_AFTER.match(text, a.end, u.end) or PROVIDE_PERFECT.match(text, a.end, u.end)
                 or MADE_AVAILABLE.match(text, a.end, u.end) or COPULA_RELATIVE.match(text, a.end, u.end)
                 or (OFFER_CONSISTS.match(text, a.end, u.end) if OFFER_OF.search(text, max(u.start, a.start - 20), a.start)
                     else None))
            vm = VERB_FIRST.match(text, u.start, a.start) if m is None and a.kind == "organisation" and not any(
                b.start < a.start for b in actors) else None
            if vm:
                # "In Oost biedt A wekelijks een maaltijd aan": after a fronted phrase the verb comes first
                om = (SEPARATED_OBJECT if vm.group("sep") else STARTED_OBJECT if vm.group("start")
                      else INVERTED_OBJECT).match(text, a.end, u.end)
                for obj, kind in self.objects(om.start("obj"), om.end("obj"), things, laws) if om else ():
                    self.carries_out(a.name, obj, kind, k, 0.6)
            while m:
                if re.match(r"(?i)\s*(?:we|wij|zij|ze|ik|u|men)\b", text[m.start("obj"):m.start("obj") + 6]):
                    break  # "Samen met A organiseren we X": the subject follows the verb, and it is not A
                inverted = next((b for b in actors if b is not a and 0 <= b.start - m.start("obj") <= 4
                                 and not re.search(r"(?i)\b(?:van|voor|met|bij|aan|door)\s+(?:de\s+|het\s+)?$",
                                                   text[m.start("obj") - 12:b.start])), None)
                if inverted is not None:
                    # "In samenwerking met A organiseert B de cursus X": after a fronted phrase the verb comes
                    # before its subject, so B provides X, not A
                    objs = self.objects(inverted.end, m.end("obj"), things, laws)
                    for obj, kind in objs:
                        self.carries_out(inverted.name, obj, kind, k)
                    break
                if FRONTED_WITH.match(text, u.start, a.start):
                    # "Samen met A bood C 41 plekken": the name after the verb is its subject, not A's object; "Samen
                    # met A is in 2022 gestart met X": the verb's subject is none of those it was done with
                    break
                objs = self.objects(m.start("obj"), m.end("obj"), things, laws)
                for obj, kind in objs:
                    for s in subjects:
                        self.carries_out(s.name, obj, kind, k)
                # "A voert de X uit en biedt Y": a further verb of the same subject
                nxt = NEXT_VERB.search(text, m.start("obj"), u.end) if objs else None
                m = PROVIDE_AFTER.match(text, nxt.end(), u.end) if nxt else None
            if n and n - 1 in chained and (self.coordinated(actors, n)[:1] == [actors[n - 1]] or re.fullmatch(
                    r"(?i)\s+(?:samen\s+met|en\s+door|of)\s+(?:de\s+|het\s+)?", text[actors[n - 1].end:a.start])):
                # "geleverd door A en B", "uitgevoerd door A samen met B": B too
                chained[n] = chained[n - 1]
                for obj, kind in chained[n]:
                    self.add(a.name, "provides", obj, k, "organisation", kind, 0.5)
            # "... uitgevoerd door A", "ondergebracht bij A": the cue ends just before the organisation
            i = bisect.bisect_right(cue_ends, a.start) - 1
            if i >= 0 and (a.start - cues[i][1] <= 6 or GENERIC_HEAD.fullmatch(text, cues[i][1], a.start)
                           or re.fullmatch(r"(?i)\s*(?:onder\s+(?:meer|andere)|o\.a\.|met\s+name)\s+(?:de\s+|het\s+)?",
                                           text[cues[i][1]:a.start])):
                c0 = cues[i][0]
                t = before(c0)
                lies = re.match(r"(?i)l[ia]g", text[c0:c0 + 3])
                if lies and not TASK_SUBJECT.match(text, u.start, c0):
                    pass  # "De nadruk ligt bij A": only a task lies with an organisation
                elif (tm := TASK_SUBJECT.match(text, u.start, c0)) and any(
                        m.kind == "law" and u.start <= m.start < c0 and (
                            not re.match(r"(?i)\W*(?:de\s+|het\s+)?toegang\b", text[u.start:tm.end()])
                            or not re.fullmatch(r"(?i)\s*tot\s+(?:de\s+|het\s+)?", text[tm.end():m.start]))
                        for m in laws):
                    # ("De toegang tot Wmo en jeugdhulp loopt via A": A gives that access, the rule below)
                    # "De uitvoering van de Participatiewet ligt bij A": A works under that law
                    for law in (m for m in laws if u.start <= m.start < c0):
                        self.add(a.name, "under_law", law.name, k, "organisation", "law")
                elif any(m.kind == "organisation" and ORG_PART_BETWEEN.fullmatch(text, m.end, a.start) for m in actors[:n]):
                    pass  # "Veilig Thuis is ondergebracht bij de GGD": one organisation within another (org_within)
                elif t is not None and t.start >= u.start:
                    self.add(a.name, "provides", t.name, k, "organisation", "initiative")
                    chained[n] = [(t.name, "initiative")]
                else:
                    if c0 not in lead_objects:
                        lead_objects[c0] = self.lead_objects(k, text[u.start:c0], text[c0:cues[i][1]])
                    chained[n] = lead_objects[c0]
                    for obj, kind in chained[n]:
                        self.add(a.name, "provides", obj, k, "organisation", kind, 0.7 if kind == "initiative" else 0.5)
            # "De dagbesteding wordt sinds 2023 door A uitgevoerd": the agent before the participle
            # (coordinated agents: "door A en B aangeboden")
            pm = AGENT_PARTICIPLE.match(text, a.end, u.end) if n not in chained else None
            if pm and n and subjects == [a] and AGENT_WITH.fullmatch(text, actors[n - 1].end, a.start):
                subjects = [a, actors[n - 1]]  # "wordt door A samen met B uitgevoerd": both carry it out
            bm = BY_AGENT.search(text, max(u.start, subjects[-1].start - 12), subjects[-1].start) if pm else None
            if bm is not None and PASSIVE_PERFECT_BEFORE_AGENT.search(text, u.start, bm.start()):
                t = before(bm.start())
                if t is not None and t.start >= u.start:
                    objs = [(t.name, "initiative")]
                else:
                    objs = self.lead_objects(k, text[u.start:bm.start()])
                for obj, kind in objs:
                    for s in subjects:
                        self.add(s.name, "provides", obj, k, "organisation", kind, 0.5)
            # "met ambulante begeleiding door A of B": a service noun and its agent
            if n not in chained:
                lo = max(u.start, subjects[-1].start - 60)
                nb = (SERVICE_NOUN_BY.search(text, lo, subjects[-1].start) if _ends_with(
                    text[lo:subjects[-1].start].lower(), SERVICE_NOUN_BY_LAST) else None)
                if nb is not None:
                    for s in subjects:
                        self.add(s.name, "provides", " ".join(nb.group("np").split()), k, "organisation", "other", 0.5)
                    chained[n] = [(" ".join(nb.group("np").split()), "other")]
            t = before(a.start)
            if t is not None and OF_ORG.match(text[t.end:a.start]) and a.name != "Rijk":
                # ("de uitkering X van het Rijk": what the state pays out, not a service it runs)
                self.add(a.name, "provides", t.name, k, "organisation", "initiative")
            if a.kind == "organisation":
                self.service_points(k, u, a)
            # "A, dat met B de X verzorgt": A provides X, B works with A
            rm = PROVIDE_RELATIVE.match(text, a.end, u.end)
            if rm:
                # "A en B, die X bieden": a plural verb after coordinated names is said of each
                plural = re.search(r"(?i)(?:verzorgen|uitvoeren|bieden|leveren|organiseren|aanbieden)\W*\Z", rm.group(0))
                for obj, kind in self.objects(rm.start("obj"), rm.end("obj"), things, laws):
                    for b in [a] + (self.coordinated(actors, n) if plural else []):
                        self.carries_out(b.name, obj, kind, k, 0.6)
                for b in actors[n + 1:]:
                    if rm.start("with") <= b.start < rm.end("with"):
                        self.add(b.name, "partner_of", a.name, k, "organisation", "organisation", 0.6)
            # "de gezondheidsmonitor die de GGD uitvoert": the phrase before the relative clause
            if SERVICE_VERB.match(text, a.end, u.end):
                sb = SERVICE_BY.search(text, max(u.start, a.start - 80), a.start)
                if sb and (t is None or t.end <= sb.start("np")):
                    self.add(a.name, "provides", _phrase(sb.group("np")), k, "organisation", "other", 0.5)
            # "de GGD gezondheidsmonitor": a service compound right after the name
            om = ORG_SERVICE.match(text, a.end, u.end)
            if om:
                self.add(a.name, "provides", om.group("obj"), k, "organisation", "other", 0.5)
            # "de proef 'X' van A en B", "de gezondheidsmonitor van de GGD": a named or service thing of A
            lead = text[max(u.start, a.start - 120):a.start]
            sm = SERVICE_OF.search(lead) if _ends_with(lead, SERVICE_OF_LAST) else None
            if sm is None or (t is not None and t.start >= a.start - len(lead) + sm.start()):
                continue
            obj = (sm.group("quoted") or sm.group("service")).strip()
            if not sm.group("quoted") and len(obj.split()) < 2:
                # "dit meerjarenprogramma van X": the programme "dit" points back to; a compound
                # ("gezondheidsmonitor") names a service; a bare "aanpak" is too vague to name
                if re.search(r"(?i)\b(?:dit|deze)\s+$", lead[:sm.start()]):
                    # the programme just named, or the one the heading above this paragraph names
                    recent = self.recent_thing(k) or self.heading_thing(k)
                    if recent is None:
                        continue
                    obj = recent.name
                elif not COMPOUND_SERVICE.fullmatch(obj):
                    continue
            self.add(a.name, "provides", obj, k, "organisation", "other", 0.6)
            prev = a
            for b in actors[n + 1:]:  # "van A en B": B too
                if not re.fullmatch(r"\s*(?:,|en|&)\s*(?:de\s+|het\s+)?", text[prev.end:b.start]):
                    break
                self.add(b.name, "provides", obj, k, "organisation", "other", 0.6)
                prev = b

    def puts_available(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """What an organisation puts at others' disposal it provides ("A stelt een wijkbeheerder beschikbaar"); the
        project it is for ("voor het project 'X'", or "daarvoor": the one just named) A works on. Money so put at
        disposal is funding, read elsewhere (money_received)."""
        text = self.text
        things = [m for m in ms if m.kind in THING_KINDS]
        for a in ms:
            if a.kind != "organisation":
                continue
            pm = PUTS_AVAILABLE.match(text, a.end, u.end)
            if pm is None and a is ms[0] and a.start - u.start <= 25:
                # "A heeft in B de renovatie afgerond en stelde een ruimte beschikbaar": a second verb of the opening name
                em = re.search(r"\s+en(?=\s+(?:stelt|stellen|stelde|stelden)\s)", text[a.end:u.end])
                if em and not any(b.kind in ACTOR_KINDS and a.end < b.start < a.end + em.start() for b in ms):
                    pm = PUTS_AVAILABLE.match(text, a.end + em.end(), u.end)
            if pm is None or re.search(r"(?i)\b(?:budget|bedrag|subsidie|middelen|bijdrage|geld|euro)", pm.group("obj")):
                continue
            # "een ontmoetingsruimte aan de Kerkstraat": where it stands is no part of what it is
            obj = " ".join(re.sub(r"\s+(?:aan|in|op|bij)\s+(?:de\s+|het\s+)?[A-Z].*$", "", pm.group("obj")).split())
            if obj.split()[0].lower() in PEOPLE:
                continue
            target = None
            if pm.group("for"):
                f0 = pm.start("for")
                target = next((t for t in things if f0 <= t.start <= f0 + 40
                               and re.fullmatch(r"(?i)\s*(?:(?:de|het)\s+(?:\w+\s+)?(?:project|pilot|aanpak|programma)\s*)?[‘'“\"]?",
                                                text[f0:t.start])), None)
                qm = re.match(r"(?i)(?:de|het)\s+(?:\w+\s+)?(?:project|pilot|aanpak|programma)\s+[‘'“\"](?P<q>[^‘’'“”\"]{3,60})[’'”\"]",
                              pm.group("for"))
                if target is None and qm:
                    target = Mention(f0, f0, "initiative", qm.group("q"))
                if target is None:
                    obj = obj + " voor " + " ".join(re.sub(r"(?i)^(?:de|het)\s+", "", pm.group("for")).split()[:8])
                else:
                    obj = obj + " voor " + target.name
            elif re.search(r"(?i)\b(?:daar|hier)voor\b", pm.group("pre")):
                target = self.recent_thing(k)
            elif PREMISES.search(obj):
                # "Deze wordt gerund door B; A stelt de ruimte om niet beschikbaar": the premises of the undertaking
                # the sentence, or the one before, names
                target = next((t for t in things if t.start < a.start), None) or self.recent_thing(k)
            self.add(a.name, "provides", obj, k, "organisation", "other", 0.5)
            if target is not None:
                self.add(a.name, "partner_of", target.name, k, "organisation", target.kind, 0.5)
        for a in ms:  # "de woningen worden beschikbaar gesteld door A"
            bm = PUT_AVAILABLE_BY.search(text, max(u.start, a.start - 90), a.start) if a.kind == "organisation" else None
            if bm is None or not PREMISES.search(bm.group("obj")):
                continue
            self.add(a.name, "provides", " ".join(bm.group("obj").split()), k, "organisation", "other", 0.5)
            target = next((t for t in things if t.start < a.start), None) or self.recent_thing(k)
            if target is not None:
                self.add(a.name, "partner_of", target.name, k, "organisation", target.kind, 0.5)

    def purchased_via(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """"De jeugdhulp wordt ingekocht door A", "De X kopen wij in via A": A provides the purchasing of X (inkoop X);
        the body may be a region the text names without a mention ("door de regio X")."""
        text = self.text
        # (an agent's name can read as a project's: "het Inkoopbureau X")
        cands = [(m.start, m.name, m.kind) for m in ms if m.kind in ("organisation",) + THING_KINDS]
        cands += [(u.start + rm.start("region"), rm.group("region"), "other")
                  for rm in REGION_NAME.finditer(text[u.start:u.end])]
        for start, name, kind in cands:
            pm = PURCHASED_VIA.fullmatch(text, u.start, start)
            if pm is None:
                continue
            obj = " ".join(pm.group("obj").split())
            if obj.split()[0].lower() in PEOPLE or len(obj.split()) > 6:
                continue
            self.add(name, "provides", "inkoop " + obj, k, kind, "other", 0.6)

    def employer_of(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """Staff (or the teams they form) that are "in dienst van A": A provides them."""
        text = self.text
        for a in ms:
            if a.kind not in ("organisation",) + THING_KINDS:  # (an employer's name can read as a project's)
                continue
            em = EMPLOYED_BY.search(text, max(u.start, a.start - 140), a.start)
            if em is None:
                continue
            words = em.group("staff").split()
            cut = max((i + 1 for i, w in enumerate(words) if w.lower() in EMPLOYED_AFTER), default=0)
            words = words[cut:]
            while words and (words[0].isdigit() or words[0].lower() in NUMBER_WORDS or words[0].lower() == "en"):
                words = words[1:]
            staff = " ".join(words)
            if len(staff) > 4 and staff.lower() not in EMPLOYED_GENERIC:
                self.add(a.name, "provides", staff, k, a.kind, "other", 0.5)

    def named_place(self, k: int, all_ms: list[Mention]) -> None:
        """A project named after the neighbourhood it works in ("de aanpak 'Samen Sterk in Oost'", "het project 'Thuis in
        Oost'"): it is located there."""
        places = [n for n in all_ms if n.kind == "neighbourhood"]
        if not places:
            return
        for m in all_ms:
            if m.kind != "initiative":
                continue
            for i in range(bisect.bisect_right(places, m.start, key=attrgetter("start")), len(places)):
                n = places[i]
                if n.start >= m.end:
                    break
                if n.end <= m.end and (
                        re.search(r"(?i)\b(?:in|voor|rond)\s+(?:de\s+|het\s+)?\Z", self.text[m.start:n.start])):
                    self.add(m.name, "located_in", n.name, k, "initiative", "neighbourhood", 0.5)

    def service_points(self, k: int, u: Unit, a: Mention) -> None:
        """Where inhabitants go for a service, and what an organisation is for them: "Voor X kunnen inwoners terecht bij
        A", "kunnen voor X terecht bij A", "terecht bij A voor X"; "A is het meldpunt voor X"."""
        text = self.text
        svc = None
        if TERECHT_BIJ.search(text, max(u.start, a.start - 30), a.start):
            fm = (FOR_FRONT.match(text, u.start, a.start) or FOR_BEFORE.search(text, u.start, a.start)
                  or FOR_AFTER.match(text, a.end, u.end) or NEEDED_BEFORE.search(text, u.start, a.start))
            svc = _phrase(fm.group("np")) if fm else None
        else:
            cm = COPULA_AFTER.match(text, a.end, u.end)
            if cm is not None:
                svc = " ".join(re.split(r"[,;(]", (cm.group("np") or cm.group("np2")))[0].split()[:10])
                if re.match(r"(?i)uitvoerder\s+van\s", svc):
                    svc = None  # "A is de uitvoerder van X": what A carries out, read by provides()
        if svc and len(svc) > 3 and svc.split()[-1].lower() not in PEOPLE:
            self.add(a.name, "provides", svc, k, "organisation", "other", 0.5)

    def agreement_parties(self, k, sent, ms):
        """The parties of an agreement that is an initiative: "Dit akkoord is gesloten met A, B en C" (the agreement
        just named), "de X, die A, B en C in 2023 hebben afgesproken": each party is a partner of the agreement."""
        orgs = [m for m in ms if m.kind == "organisation"]
        if not orgs:
            return
        u0 = self.units[k].start
        for cm in self._finditer(AGREED_WITH, sent):
            c0, c1 = u0 + cm.start(), u0 + cm.end()
            if cm.group("rel"):  # "X, die A en B hebben afgesproken": the parties stand between "die" and the verb
                parties = [m for m in orgs if c0 < m.start and m.end <= c1]
                thing = next((m for m in reversed(ms) if m.kind in THING_KINDS and m.end <= c0
                              and re.fullmatch(r"\s*,?\s*", self.text[m.end:c0])), None)
            else:  # "... is gesloten met A, B en C": the parties after the verb
                first = next((m for m in orgs if 0 <= m.start - c1 <= 4), None)
                parties = [] if first is None else [first]
                for m in orgs:
                    if not parties or m.start <= parties[-1].start:
                        continue
                    if not PARTY_GAP.fullmatch(self.text, parties[-1].end, m.start):
                        break  # "A, B en C": the list ends where other words come between
                    parties.append(m)
                before = [m for m in ms if m.kind in THING_KINDS and m.end <= c0]
                thing = before[-1] if before else (self.recent_thing(k) if THIS_AGREEMENT.match(sent) else None)
            if thing is None:
                continue
            for a in parties:
                self.add(a.name, "partner_of", thing.name, k, "organisation", thing.kind, 0.5)

    def joint_run(self, k, sent, ms):
        """"'X', dat A en B gezamenlijk trekken", "waarin A, B en C ouderen ondersteunen", "A, B en C trekken hierin
        gezamenlijk op": the organisations listed together in a sentence that runs one initiative (named there, or
        pointed back to) are its partners."""
        orgs = [m for m in ms if m.kind == "organisation"]
        if len(orgs) < 2:
            return
        u0 = self.units[k].start
        if not any(not any(m.start <= u0 + cm.start() < m.end for m in ms) for cm in JOINT_CUE.finditer(sent)):
            return  # no cue, or only inside a name ("'Samen Thuis'")
        run = max(([orgs[n], *self.coordinated(orgs, n)] for n in range(len(orgs))), key=len)
        things = [m for m in ms if m.kind in THING_KINDS]
        thing = things[0] if len(things) == 1 else None
        if not things and BACK_IN.search(sent):
            thing = self.recent_thing(k)
        if len(run) < 2 or thing is None:
            return
        for a in run:
            self.add(a.name, "partner_of", thing.name, k, "organisation", thing.kind, 0.5)

    def coordinated(self, actors: list[Mention], n: int) -> list[Mention]:
        """The organisations coordinated just before actors[n] ("A, B en C"), nearest first. Where each list of
        coordinated names starts is worked out once per list of actors (a one-line list of thousands of names
        would otherwise be walked back from each of them)."""
        got = self._coordinated
        if got is None or got[0] is not actors:
            firsts = [0] * len(actors)
            for i in range(1, len(actors)):
                linked = COORD_GAP.fullmatch(self.text, actors[i - 1].end, actors[i].start)
                firsts[i] = firsts[i - 1] if linked else i
            got = self._coordinated = (actors, firsts)
        first = got[1][n]
        return actors[first:n][::-1]

    def listed_from(self, pos: int, cands: list[Mention], gap: re.Pattern) -> list[Mention]:
        """The mentions of `cands` named one after another from `pos` on ("met B, C en D"), each separated from the
        one before by `gap`: the forward counterpart of coordinated()."""
        out, prev = [], pos
        for b in cands:
            if b.start < pos:
                continue
            if not gap.fullmatch(self.text, prev, b.start):
                break
            out.append(b)
            prev = b.end
        return out

    def objects(self, a: int, b: int, things: list[Mention], laws: list[Mention]) -> list[tuple[str, str]]:
        """What a verb's object text[a:b] names: (name, kind) per coordinated object, an initiative or law where one
        is named there, else the phrase; a single object is the first initiative named anywhere in it."""
        start = _object_start(self.text, a, b)
        if start is None:
            return []
        nm = BESIDES.match(self.text, start, b)
        if nm:  # "heeft naast de X en de Y ook de Z uitgevoerd": X, Y and Z
            ook = BESIDES_ALSO.search(self.text, nm.end(), b)
            if ook:
                return (self.objects(nm.end(), ook.start(), things, laws)
                        + self.objects(ook.end(), b, things, laws))
            return self.objects(nm.end(), b, things, laws)
        um = re.search(r"(?i)\s(?:uit\s+|aan\s+)?onder\s+(?:de\s+|het\s+)?", self.text[start:b])
        if um and any(m.start == start + um.end() for m in laws):  # "de X uit onder de Wmo": the law is no object
            b = start + um.start()
        pm = PARTICLE_END.search(self.text, start, b)
        if pm:  # "voert de toegang uit voor de Wmo, de Jeugdwet en ...": the verb's particle ends its object
            b = pm.start()
        spans = _conjuncts(self.text, start, b)
        if len(spans) == 1:  # "de Wet X en beschut werk": a name ends the first object
            x, y = spans[0]
            first = next((m for m in things + laws if x <= m.start < x + 5 and m.end < y), None)
            if first is not None:
                en = re.match(r"\s+(?:en|&)\s+", self.text[first.end:y])
                if en:
                    spans = [(x, first.end), (first.end + en.end(), y)]
        if len(spans) <= 1:
            t = next((t for t in things if a <= t.start < b), None)
            if t is not None:
                return [(t.name, "initiative")]
            law = next((m for m in laws if start <= m.start < start + 5), None)
            if law is not None:
                return [(law.name, "law")]
            bl = BARE_LIST.fullmatch(" ".join(self.text[start:b].split()).rstrip(" .;,"))
            if bl:  # "maatjesprojecten, ouderenwerk en jongerenwerk": bare nouns listed, each an object
                return [(x, "other") for x in re.split(r"\s*,\s*|\s+en\s+", bl.group("items"))]
            obj = _phrase(self.text[start:b])
            if not obj:
                return []
            # "voor beschermd wonen en maatschappelijke opvang": a second bare noun phrase is a second object
            pair = BARE_PAIR.match(" ".join(self.text[start:b].split()))
            if pair and pair.group("first") == obj and len(pair.group("second")) > 3 and _nouns([obj, pair.group("second")]):
                return [(f"{obj} en {pair.group('second')}", "other")]
            return [(obj, "other")]
        out = []
        if len(spans) == 2 and not any(x <= m.start < y for m in things + laws for x, y in spans) \
                and not ARTICLE_START.match(self.text, spans[1][0], spans[1][1]):
            # "het opbouwwerk en het jongerenwerk": each with its own article, two services
            two = [_phrase(self.text[x:y]) for x, y in spans]
            if all(t and len(t) > 3 and len(t.split()) <= 2 and t[0].islower() for t in two) and _nouns(two):
                return [(" en ".join(two), "other")]
        for n, (x, y) in enumerate(spans):
            # a name at the conjunct's start, or after its type word ("het project 'X'")
            named = next((m for m in things + laws if x <= m.start and m.end <= y + 1 and (
                m.start < x + 5 or TYPED_NAME_LEAD.fullmatch(self.text, x, m.start))), None)
            if named is not None:
                out.append((named.name, "law" if named.kind == "law" else "initiative"))
                continue
            px, py = spans[n - 1] if n else (x, x)
            if n and re.match(r"(?i)een\s", self.text[x:y]) and "," in self.text[py:x] and any(
                    px <= m.start and m.end <= py + 1 for m in things):
                continue  # "het project 'X', een maaltijdvoorziening voor ...": what X is, no second object
            obj = _phrase(self.text[x:y])
            if obj and len(obj) > 3:
                out.append((obj, "other"))
        return out

    def financing_from(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """"De financiering (van X) komt (voor 40 procent) van A (en de gemeente)": each payer funds X, or the project
        just named; "het Oranje Fonds, dat de pilot X ondersteunt": a fund that supports a project pays for it."""
        text = self.text
        orgs = [m for m in ms if m.kind == "organisation"]
        things = [m for m in ms if m.kind in THING_KINDS]
        fm = FINANCING_FROM.search(text, u.start, u.end)
        if fm is not None:
            payers = self.payers(fm.end(), u.end, orgs)
            rest = text[fm.end():u.end]
            if self.own and re.search(r"(?i)^[^.;]{0,80}?\b(?:en|,)\s+(?:van\s+)?de\s+gemeente\b", rest):
                payers.append((self.own, "municipality"))
            paid = next((t for t in things if fm.start("obj") <= t.start < fm.end("obj")), None) if fm.group("obj") \
                else next((t for t in reversed(things) if t.end <= fm.start()), None) or self.recent_thing(k)
            name, kind = ((paid.name, paid.kind) if paid is not None else
                          (_phrase(fm.group("obj")), "other") if fm.group("obj") else (None, None))
            for who, wkind in payers if name else ():
                self.add(who, "funds", name, k, wkind, kind, 0.5)
        for a in orgs:
            if "fonds" not in a.name.lower():
                continue
            sm = FUND_SUPPORTS.match(text, a.end, u.end)
            t = next((t for t in things if sm and a.end < t.start < sm.end()), None)
            if t is not None:
                self.add(a.name, "funds", t.name, k, "organisation", t.kind, 0.5)

    def execution_with(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """"De uitvoering van X ligt bij A", "de uitvoering ligt bij A" (X: the project just named): A provides it."""
        for m in ms:
            if m.kind != "organisation":
                continue
            em = EXECUTION_WITH.search(self.text, max(u.start, m.start - 160), m.start)
            if em is None:
                continue
            if em.group("obj") or em.group("obj2"):
                obj = " ".join((em.group("obj") or em.group("obj2")).split())
                first, *more = _service_list(obj)
                self.add(m.name, "provides", "uitvoering van " + first, k, "organisation", "other", 0.5)
                for x in more:  # "De uitvoering van de Participatiewet, de bijzondere bijstand en de schuldhulpverlening"
                    self.add(m.name, "provides", x, k, "organisation", "other", 0.5)
                continue
            thing = next((t for t in reversed(ms) if t.kind in THING_KINDS and t.end <= em.start()), None) \
                or self.recent_thing(k)
            if thing is not None:
                self.add(m.name, "provides", thing.name, k, "organisation", thing.kind, 0.5)
            return  # the project just named has one executor in the sentence: the first name after the cue

    def bracketed_service(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """"A (thuisadministratie)", "GGD X (jeugdgezondheidszorg en de gezondheidsmonitor)": the lower-case words in
        brackets right after an organisation's name say what it provides (not "(hierna: A)", "(voorheen B)", nor
        what it is: "(nieuw energiebedrijf)")."""
        for m in ms:
            if m.kind != "organisation":
                continue
            bm = BRACKETED_SERVICE.match(self.text, m.end, u.end) or BRACKETED_PROJECT.match(self.text, m.end, u.end)
            if bm is None or BRACKET_NOT_SERVICE.match(bm.group("svc")):
                continue
            t = next((t for t in ms if t.kind in THING_KINDS and bm.start("svc") <= t.start and t.end <= bm.end("svc")), None)
            if t is not None:  # "A (project 'X')": the named initiative, not the words around it
                self.add(m.name, "provides", t.name, k, "organisation", t.kind, 0.5)
                continue
            for svc in re.split(r"\s*,\s*|\s+en\s+(?=(?:de|het)\s)", bm.group("svc")):
                svc = _phrase(svc)
                if len(svc) > 3:
                    self.add(m.name, "provides", svc, k, "organisation", "other", 0.5)

    def service_item(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """A list item "cliëntondersteuning: A" or "beschermd wonen: centrumgemeente B": who provides the service."""
        sm = SERVICE_ITEM.match(self.text, u.start, u.end)
        if sm is None:
            return
        service = " ".join(sm.group("svc").split())
        prev = None
        for m in ms:
            if m.start < sm.end() or m.kind not in ("organisation", "municipality", "own"):
                continue
            gap = self.text[(prev.end if prev else sm.end()):m.start]
            if not re.fullmatch(r"(?i)\s*(?:(?:,|en|&)\s*)?(?:de\s+|het\s+)?(?:centrumgemeente\s+|gemeente\s+)?", gap):
                break
            self.add(m.name, "provides", service, k, "organisation" if m.kind == "organisation" else "municipality",
                     "other", 0.6)
            prev = m

    def lead_objects(self, k: int, lead: str, cue: str = "") -> list[tuple[str, str]]:
        """What the organisation after a passive's cue provides, as (name, kind): the subject before the cue, each
        of a list whose items have their own article ("Het ouderenwerk, het buurtwerk en de vrijwilligerscentrale
        zijn ondergebracht bij": three), the project just named for "Het project wordt uitgevoerd door"."""
        sm = SUBJECT_LIST.match(_BULLET.sub("", lead).rsplit(";", 1)[-1])
        if sm:
            items = re.split(r"(?i)\s*,\s*(?:en\s+)?|\s+en\s+(?=(?:de|het)\s)", sm.group("list"))
            return [(x, "other") for x in (_phrase(i) for i in items) if len(x) > 3]
        bp = (BARE_PAIR_SUBJECT.match(_BULLET.sub("", lead).rsplit(";", 1)[-1])
              or HALF_ARTICLE_PAIR_SUBJECT.match(_BULLET.sub("", lead).rsplit(";", 1)[-1]))
        if bp and " " in bp.group("a") + bp.group("b") and not PAIR_SUBJECT.match(lead):
            # "Taalcoaching en maatschappelijke begeleiding worden verzorgd door": two services
            return [(x, "other") for x in (" ".join(bp.group(g).split()) for g in ("a", "b")) if len(x) > 3]
        participle = cue.split()[0].lower() if cue else ""
        if POINTING_SUBJECT.match(_BULLET.sub("", lead).rsplit(";", 1)[-1]) and (recent := self.recent_thing(k)):
            return [(recent.name, "initiative")]  # "Dit project wordt uitgevoerd door A", "Die wordt gerund door A"
        obj = self._lead_object(lead, SERVICE_OF_PARTICIPLE.get(participle), participle in ACT_ON_THINGS)
        recent = self.recent_thing(k) if obj and (TYPE_WORD.fullmatch(obj) or obj.lower() == "uitvoering") else None
        if recent is not None:  # "Het project wordt uitgevoerd door A": the project just named
            return [(recent.name, "initiative")]
        return [(obj, "other")] if obj else []

    @staticmethod
    def _lead_object(lead: str, service: str | None = None, on_things: bool = False) -> str | None:
        """What the organisation after the cue provides: "<gemeente> heeft het vervoer ... ondergebracht bij" ->
        "vervoer"; "De schuldhulp wordt uitgevoerd door" -> "schuldhulp"; people the participle's service is for
        ("Statushouders worden begeleid door" -> "begeleiding van statushouders")."""
        lead = _BULLET.sub("", lead).rsplit(";", 1)[-1]  # "...; de nachtopvang wordt uitgevoerd door": its own clause
        last = _CLAUSE_JOIN.split(lead)[-1]  # "..., terwijl meldingen worden afgehandeld door": likewise,
        if not _AUX_FIRST.match(last):  # unless it shares the subject ("De X zijn ingegaan, en worden uitgevoerd door")
            lead = last
        rel = RELATIVE_PASSIVE.search(lead)
        if rel:  # "... ligt bij de buurtteams, die worden uitgevoerd door A": the noun the clause is about
            return _phrase(rel.group("np"))
        named = NAMED_SUBJECT.match(lead)
        if named:  # "Het Centrum voor Jeugd en Gezin is ondergebracht bij": the whole name
            return " ".join(named.group("name").split())
        pair = PAIR_SUBJECT.match(lead)
        if pair:  # "De jeugdbescherming en (de) jeugdreclassering zijn belegd bij": one service of two words
            return re.sub(r"(?i)\ben\s+(?:de|het)\s", "en ", " ".join(pair.group("np").split()))
        active = re.search(r"(?i)\b(?:heeft|hebben|had|hadden)\s+(?P<np>(?:het|de|een|ons|onze)\s+\S+(?:\s+\S+)?)", lead)
        fronted = FRONTED.match(lead)
        if active:
            obj = _phrase(active.group("np"))
        elif fronted:  # "In 2016 is de X overgegaan naar": X, not the year
            obj = _phrase(fronted.group("np"))
        else:
            obj = _phrase(re.sub(r"(?i)\s\b(?:wordt|worden|is|zijn|werd|werden|blijft|blijven)\b.*$", "", lead))
        if (obj and len(obj) > 3 and not CONTRACT.search(obj) and len(_AGE_RANGE.sub("", obj).split()) <= 6
                and obj.split()[0].lower() not in _PREPOSITION):
            people = obj.split()[-1].lower() in PEOPLE and not re.search(r"(?i)\s(?:van|voor|aan)\s", obj)
            if service and (people or on_things):  # "Statushouders worden begeleid door": the service they get
                return f"{service} van {obj[0].lower() + obj[1:] if not obj[1:2].isupper() else obj}"
            if not people:
                return obj  # "De begeleiding van statushouders": a service
        return None

    def lodged_with_foundation(self, a: Mention, sent: str) -> bool:
        """"De uitvoering van X is belegd bij Stichting A": a task put with a foundation that is not subsidised for it."""
        lm = LODGED_WITH_FOUNDATION.search(self.text, max(0, a.start - 40), a.start)
        return bool(lm) and "subsidie" not in sent and bool(lm.group("f") or self.text.startswith(("Stichting ", "stichting "), a.start))

    # contracted_by: a contract cue and the organisations of the sentence
    def contracts(self, k, sent, ms):
        if not self.own or not self._cue(CONTRACT_WORDS):
            return
        u0 = self.units[k].start
        names = [(max(0, m.start - u0), max(0, m.end - u0)) for m in ms if m.kind == "organisation" and "ontract" in m.name]
        if names:
            bare = list(sent.lower())
            for lo, hi in names:
                bare[lo:hi] = " " * (hi - lo)
            if not _any_in("".join(bare), CONTRACT_WORDS):
                return  # the only contract word is inside a name ("Regionaal Inkoop- en Contractbureau X")
        for a in ms:  # "invulling gegeven aan de opdracht aan Stichting A": the municipality's assignment to A
            held = ASSIGNMENT_HELD.match(self.text, a.end) if a.kind == "organisation" else None
            if held and held.group("clients"):  # "A, dat hiervoor een opdracht van B en C heeft": of those it names
                lo, hi = held.span("clients")
                clients = [m for m in ms if m.kind in ("own", "municipality") and lo <= m.start < hi]
                for c in clients:
                    self.add(a.name, "contracted_by", c.name, k, "organisation", "municipality", 0.5)
                if clients:
                    continue
            if a.kind == "organisation" and (ASSIGNMENT_TO.search(self.text, max(0, a.start - 40), a.start)
                                             or held
                                             or self.lodged_with_foundation(a, sent)
                                             or (BOUGHT_THROUGH.search(self.text, max(0, a.start - 60), a.start)
                                                 and "aanbieder" not in sent)):
                # (and "De jeugdhulp is ingekocht via / door A": A buys in for the municipality, unless the sentence
                # says whom it contracted: "via A zijn tien aanbieders gecontracteerd")
                self.add(a.name, "contracted_by", self.own, k, "organisation", "municipality", 0.5)
                bought = BOUGHT_SUBJECT.match(self.text, self.units[k].start, a.start)
                if bought:  # "De (specialistische) jeugdhulp wordt ingekocht door A": A does the inkoop of it
                    self.add(a.name, "provides", "inkoop " + " ".join(bought.group("np").split()), k, "organisation",
                             "other", 0.5)
        # "A, dat deze taak namens <gemeente> uitvoert": on the municipality's behalf, by its name
        own_behalf = "namens" in sent and re.search(r"\bnamens\s+" + re.escape(self.own) + r"\b", sent)
        # "zijn niet gegund", "hebben geen contract": a contract denied is none
        if not own_behalf and all(NEGATED.search(sent, max(0, cm.start() - 25), cm.start()) for cm in CONTRACT.finditer(sent)):
            return
        lead = FOR_SERVICE.match(sent) or AFTER_TENDER.match(sent)
        # "A en B zijn door C gecontracteerd", "gecontracteerd door C": C contracts them, not the municipality
        agent = next((a for a in ms if a.kind == "organisation" and BY_AGENT.search(self.text, max(0, a.start - 12), a.start)
                      and (CONTRACT_PARTICIPLE.match(self.text, a.end, min(a.end + 40, len(self.text)))
                           or CONTRACT_BEFORE_BY.search(self.text, max(0, a.start - 40), a.start))), None)
        client, client_kind = (agent.name, "organisation") if agent else (self.own, "municipality")
        # "... wordt geleverd door A in opdracht van (de gemeente) B": another municipality is the client
        other_boss = next((m for m in ms if m.kind == "municipality" and MUNI_CLIENT_BEFORE.search(
            self.text, max(0, m.start - 40), m.start)), None) if agent is None else None
        bosses = self.listed_from(other_boss.start, [m for m in ms if m.kind in ("municipality", "own")],
                                  LIST_GAP) if other_boss is not None else []
        if bosses:  # "in opdracht van de gemeente B en C": each of them
            client, bosses = bosses[0].name, bosses[1:]
        # "hebben wij, in opdracht van A, ...": A is the client of the others, or of the municipality
        boss = next((a for a in ms if a.kind == "organisation" and CLIENT_BEFORE.search(
            self.text, max(0, a.start - 25), a.start)), None)
        if boss is not None:
            workers = [a for a in ms if a.kind == "organisation" and a.name != boss.name]
            for a in workers:
                self.add(a.name, "contracted_by", boss.name, k, "organisation", "organisation")
            if not workers and OWN_ACTOR.search(sent):
                self.add(self.own, "contracted_by", boss.name, k, "municipality", "organisation")
            return
        service = _phrase(lead.group("np") or lead.groupdict().get("bare") or "") or None if lead else None
        if service is None and CONTRACT_WITH_LEAD.match(sent):
            sp = SERVICE_PASSIVE.search(sent)
            service = _phrase(sp.group("np")) if sp else None
        tasks = []
        if service is None:  # "heeft A opdracht gegeven voor het opbouwwerk en het ouderenwerk"
            om = ASSIGNED_FOR.search(sent)
            if om:
                tasks = self.objects(self.units[k].start + om.start("obj"), self.units[k].start + om.end("obj"), [], [])
        # "A, dat een contract heeft met de gemeenten B, C en D": each municipality of the list is a client
        wm = CONTRACT_WITH_MUNIS.search(sent)
        clients = [m for m in self.listed_from(self.units[k].start + wm.end(), [m for m in ms if m.kind in (
            "municipality", "own")], LIST_GAP) if m.kind == "municipality"] if wm and agent is None else []
        u0 = self.units[k].start
        # "... is opgedragen aan A; in de eerste weken heeft B hierbij ondersteund": a clause after a semicolon that
        # names no contract is about something else
        cuts = [u0 + i for i, ch in enumerate(sent) if ch == ";"]
        bounds = list(zip([u0, *[c + 1 for c in cuts]], [*cuts, u0 + len(sent)], strict=True))
        no_contract = [(a0, a1) for a0, a1 in bounds if not _any_in(self.text[a0:a1].lower(), CONTRACT_WORDS)] \
            if cuts else []
        for a in ms:
            if any(a0 <= a.start < a1 for a0, a1 in no_contract):
                continue
            # "via het inkoopbureau A zijn aanbieders gecontracteerd": A buys in for the municipality, it is not hired
            if a.kind == "organisation" and a is not agent and not VIA_CHANNEL.search(self.text, max(0, a.start - 30), a.start):
                self.add(a.name, "contracted_by", client, k, "organisation", client_kind)
                for m in (*clients, *bosses):
                    self.add(a.name, "contracted_by", m.name, k, "organisation", "municipality", 0.6)
                for obj, kind in tasks:
                    self.add(a.name, "provides", obj, k, "organisation", kind, 0.5)
                if service:  # "Voor de huishoudelijke hulp heeft de gemeente een overeenkomst met A"
                    self.add(a.name, "provides", service, k, "organisation", "other", 0.5)

    def tendered_before(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """"De huishoudelijke hulp hebben we aanbesteed. Zij wordt geleverd door A en B": the agents of a service the
        sentence before says the municipality tendered or purchased, naming no provider, are contracted by it."""
        if not k or self.units[k - 1].para != u.para or any(m.kind == "organisation" for m in self.by_unit.get(k - 1, [])):
            return
        prev = self.units[k - 1]
        if not TENDERED.search(self.text, prev.start, prev.end):
            return
        a = next((a for a in ms if a.kind == "organisation" and BY_AGENT.search(self.text, max(u.start, a.start - 12), a.start)),
                 None)
        if a is None:
            return
        for b in [a] + self.listed_from(a.end, [m for m in ms if m.kind == "organisation" and m.start > a.start], LIST_GAP):
            self.add(b.name, "contracted_by", self.own, k - 1, "organisation", "municipality", 0.5, last=k)

    def passive_funded(self, u: Unit, ms: list[Mention]) -> Mention | None:
        """"wordt de VRD voor een deel gefinancierd vanuit X van het Rijk": the organisation or initiative between the
        auxiliary and the participle is what is paid for, not the instrument named after it."""
        for m in ms:
            if m.kind in ("organisation",) + THING_KINDS and PASSIVE_AUX.search(self.text, max(u.start, m.start - 20),
                                                                                 m.start):
                if PASSIVE_PAID.match(self.text, m.end, u.end):
                    return m
        return None

    def funded(self, k: int, sent: str, things: list[Mention]) -> list[Mention]:
        """What a funder of this sentence pays for: the initiatives it names; else those of the next sentence
        when that points back ("Dit zijn middelen voor X en Y"); else the one just named."""
        if things:
            return things
        nxt = k + 1
        if nxt < len(self.units) and self.units[nxt].para == self.units[k].para:
            u = self.units[nxt]
            if FOLLOW_UP.match(self.text, u.start, u.end):
                got = [m for m in self.inner_of(nxt) if m.kind in THING_KINDS]
                if got:
                    return got
        recent = self.recent_thing(k)
        return [recent] if recent else []

    def funded_together(self, k: int, u: Unit, orgs: list[Mention], things: list[Mention]) -> None:
        """"De pilot X, die samen met zorgverzekeraar A wordt gefinancierd": A and the municipality pay for X (the
        initiative before the cue), and the cooperation cue says no more than that."""
        text = self.text
        for a in orgs:
            if not (JOINT_FUNDER_BEFORE.search(text, max(u.start, a.start - 50), a.start)
                    and JOINT_FUNDED_AFTER.match(text, a.end, u.end)):
                continue
            paid = next((t for t in reversed(things) if t.end <= a.start), None)
            if paid is None:
                continue
            self.add(a.name, "funds", paid.name, k, "organisation", paid.kind, 0.6)
            self.add(self.own, "funds", paid.name, k, "municipality", paid.kind, 0.6)
            self.partner_elsewhere.add((a.name.lower(), u.start))
            self.cofunded.add((a.name.lower(), paid.name.lower(), u.start))

    def gives_us(self, k: int, u: Unit, orgs: list[Mention], things: list[Mention]) -> None:
        """A body that opens the sentence and gives the municipality money ("De provincie gaf ons een bijdrage voor
        X", "Van het Rijk ontvingen we een uitkering"): it funds the initiative named for it, else the municipality."""
        text = self.text
        a = orgs[0] if orgs else None
        if a is None or a.start - u.start > 40:
            return
        opens = re.fullmatch(r"[\s•\-–*·]*(?:(?:De|Het)\s+)?", text[u.start:a.start])
        if not ((opens and (gives_own(self.own) if self.own else GIVES_US).match(text, a.end, u.end))
                or (FROM_GIVER.fullmatch(text, u.start, a.start) and WE_RECEIVED.match(text, a.end, u.end))):
            return
        paid = [t for t in things if t.start > a.end and FOR_THING.search(text, max(u.start, t.start - 50), t.start)]
        if paid:
            for t in paid:
                self.add(a.name, "funds", t.name, k, "organisation", t.kind, 0.6)
        else:
            self.add(a.name, "funds", self.own, k, "organisation", "municipality", 0.6)

    def sole_grant(self, k, sent, orgs):
        """GRANT_AMOUNT: the one organisation of a sentence that states a grant and its amount receives it from the
        municipality."""
        if len(orgs) != 1 or "€" not in sent or orgs[0].name.lower() == "rijk" or orgs[0].name == self.own:
            return
        if "fonds" in orgs[0].name.lower() or not GRANT_AMOUNT.search(sent) or ORG_GIVES.search(sent):
            return
        self.add(self.own, "funds", orgs[0].name, k, "municipality", "organisation", 0.5)

    # funds: the municipality subsidises organisations; the Rijk and funders pay for initiatives
    def funds(self, k, u, sent, ms):
        orgs = [m for m in ms if m.kind == "organisation"]
        things = [m for m in ms if m.kind in THING_KINDS]
        rijk = next((m for m in orgs if m.name.lower() == "rijk"), None)
        low = self._low  # cue words first: most sentences have none
        by_rijk = self._search(FUNDS_RIJK, sent) if low is None or "rijk" in low else None
        # (read case-insensitively below: the match in the lower-cased sentence does)
        cm = FUNDS_BY.search(sent) if low is None else (
            LOWERED[FUNDS_BY].search(low) if _any_in(low, FUNDS_BY_WORDS) else None)
        passive = self.passive_funded(u, ms) if cm else None
        if passive is None and (cm or by_rijk):  # "rijksbijdragen voor de uitvoering van de X": X
            passive = next((m for m in ms if m.kind in ("organisation",) + THING_KINDS and m is not rijk
                            and FOR_PURPOSE.search(self.text, max(u.start, m.start - 40), m.start)), None)
        if by_rijk or (rijk and cm):
            paid = [passive] if passive else self.funded(k, sent, things)
            for t in paid:
                self.add("Rijk", "funds", t.name, k, "organisation", t.kind)
            if not paid and self.own and rijk is not None and OWN_RECEIVES.search(sent):
                # "De gemeente ontvangt een decentralisatie-uitkering van het Rijk": nothing named to pay for
                self.add("Rijk", "funds", self.own, k, "organisation", "municipality", 0.6)
        gm = MUNICIPALITIES_PAY.search(self.text, u.start, u.end) if self.own and cm else None
        if gm is not None:  # "A wordt gezamenlijk gefinancierd door de Noord-Limburgse gemeenten": this one pays too
            paid = next((m for m in ms if m.kind in ("organisation",) + THING_KINDS and m.end <= gm.start()), None)
            if paid is not None:
                self.add(self.own, "funds", paid.name, k, "municipality", paid.kind, 0.6)
        for n, a in enumerate(orgs):  # "Het Fonds heeft de actie 'X' gefinancierd", "A en B financieren X"
            fm = FUNDS_ACTIVE.match(self.text, a.end, u.end) if a is not rijk else None
            paid = [t for t in things if fm and a.end <= t.start <= fm.end() + 60]
            if fm and not paid and ANAPHOR_TYPE.search(self.text, a.end, fm.end()):
                # "Het Fonds heeft voor deze aanpak € 60.000 toegezegd": the project just named
                recent = self.recent_thing(k)
                paid = [recent] if recent is not None else []
            for t in paid:
                for b in [a] + self.coordinated(orgs, n):
                    self.add(b.name, "funds", t.name, k, "organisation", "initiative")
            dm = ORG_CONTRIBUTES.match(self.text, a.end, u.end) if a is not rijk else None
            if dm is not None:  # "A draagt € 40.000 bij aan het project": the project just named, or the one named there
                target = next((m for m in ms if m.kind in THING_KINDS and dm.end("to") <= m.start <= dm.end() + 3), None)
                target = target or (self.recent_thing(k) if dm.group("anaphor") else None)
                if target is not None:
                    self.add(a.name, "funds", target.name, k, "organisation", target.kind, 0.5)
            if self.own and PAYS_OUR_COSTS.match(self.text, a.end, u.end) and not a.start - u.start > 40:
                self.add(a.name, "funds", self.own, k, "organisation", "municipality", 0.5)
            # "A, die wij jaarlijks € X subsidie geven": the municipality funds A
            if self.own and FUNDED_RELATIVE.match(self.text, a.end, u.end):
                self.add(self.own, "funds", a.name, k, "municipality", "organisation", 0.6)
        if self.own:
            self.we_grant(k, u, orgs)
            self.sole_grant(k, sent, orgs)
            self.gives_us(k, u, orgs, things)
            if low is None or "samen" in low:
                self.funded_together(k, u, orgs, things)
        if self.own and orgs and FRONTED_TO.match(self.text, u.start, orgs[0].start) and GRANT_GIVEN.search(sent):
            # "Aan A (en B) verstrekten wij een subsidie": the fronted receiver of the municipality's grant
            self.add(self.own, "funds", orgs[0].name, k, "municipality", "organisation", 0.6)
            gm = GRANT_FOR.search(self.text, orgs[0].end, u.end) if len(orgs) == 1 else None
            for obj, kind in self.objects(gm.start("obj"), gm.end("obj"), [m for m in ms if m.kind in THING_KINDS],
                                          []) if gm else ():
                self.add(orgs[0].name, "provides", obj, k, "organisation", kind, 0.5)  # "... voor het X": what A does
            for b in orgs[1:]:
                if not re.fullmatch(r"(?i)\s*(?:,|en|&)\s*(?:de\s+|het\s+)?", self.text[orgs[0].end:b.start]):
                    break
                self.add(self.own, "funds", b.name, k, "municipality", "organisation", 0.6)
        if self.own and low is not None and any(w in low for w in ("krijgt", "kreeg", "ontv")):
            # "Buurthuis De Linde in Oost krijgt een bijdrage": a named meeting place the entity steps did not find
            for fm in FACILITY_RECEIVES.finditer(sent):
                a = u.start + fm.start("full" if fm.group("full") else "name")
                if not any(m.kind == "organisation" and m.start <= a < m.end for m in ms):
                    name = " ".join((fm.group("full") or fm.group("name")).split())
                    self.add(self.own, "funds", name, k, "municipality", "other", 0.6)
        if self.own and self._cue(RECEIVES_WORDS) and OWN_RECEIVES.search(sent):
            # "De gemeente krijgt jaarlijks 50.000 euro van de provincie": the organisation funds the municipality
            for a in orgs:
                if a is not rijk and FROM_ORG.search(self.text, max(u.start, a.start - 12), a.start) and (
                        OWN_RECEIVES.search(self.text, u.start, a.start)):
                    self.add(a.name, "funds", self.own, k, "organisation", "municipality", 0.6)
        if cm:  # "bijdrage van A", "gefinancierd door A": A pays for the initiatives of the sentence
            starts = [a.start for a in orgs]
            c1 = u.start + cm.end()
            i = bisect.bisect_left(starts, c1)
            payers = self.payers(c1, u.end, orgs) if re.match(r"(?i)\w+\s+(?:wordt\s+)?door", cm.group(0)) else []
            if len(payers) > 1 or (payers and payers[0][1] == "other"):
                # "gefinancierd door de provincie Gelderland en het Oranje Fonds": each payer named
                for name, kind in payers:
                    for t in [passive] if passive else self.funded(k, sent, things):
                        self.add(name, "funds", t.name, k, kind, t.kind)
            elif i < len(orgs) and orgs[i] is not rijk and orgs[i].start - c1 <= 6:
                for t in [passive] if passive else self.funded(k, sent, things):
                    self.add(orgs[i].name, "funds", t.name, k, "organisation", t.kind)
            else:  # "gefinancierd uit de middelen van het X": the programme or agreement X pays
                mm = MEANS_OF.match(self.text, c1, u.end)
                funder = next((t for t in things if mm and t.start == mm.end()), None)
                if funder is None:
                    # "gefinancierd uit de (rijksregeling) X", "mogelijk gemaakt door een bijdrage uit het X",
                    # "een bijdrage van zorgverzekeraar X": the body or programme named after the cue
                    fa = FUNDER_AFTER.match(self.text, c1, u.end)
                    funder = next((m for m in ms if fa and c1 <= m.start <= fa.end() < m.end and m is not rijk
                                   and (m.kind == "organisation" or m.kind in THING_KINDS)), None)
                paid = (self.recent_thing(k) if SUBJECT_ANAPHOR.match(sent) else
                        next((t for t in reversed(things) if t.end <= u.start + cm.start()), None))
                if paid is None and funder is not None:
                    # "De buurtsportcoaches worden betaald uit X": the subject no entity names
                    sm = PASSIVE_SUBJECT.match(self.text, u.start, u.start + cm.start())
                    paid = Mention(sm.start("np"), sm.end("np"), "other", " ".join(sm.group("np").split())) if sm else None
                if funder is not None and paid is not None and paid is not funder:
                    self.add(funder.name, "funds", paid.name, k,
                             "organisation" if funder.kind == "organisation" else "initiative", paid.kind, 0.6)
        if low is None or "door" in low:  # "X, die door de provincie Y wordt gefinancierd": Y pays for X
            for bm in BY_FUNDER.finditer(sent):
                a = u.start + bm.start("who")
                org = next((m for m in orgs if m.start == a), None)
                who = bm.group("who")
                name = org.name if org else ("P" + " ".join(who.split())[1:] if who.startswith("provincie") else
                                              " ".join(who.split()))
                paid = next((t for t in reversed(things) if t.end <= u.start + bm.start()), None) or (
                    self.recent_thing(k) if SUBJECT_ANAPHOR.match(sent) else None)
                if paid is not None and name[:1].isupper():
                    self.add(name, "funds", paid.name, k, "organisation" if org else "other", paid.kind, 0.6)
        if not self.own or by_rijk or (low is not None and not _any_in(low, FUNDS_OWN_WORDS)):
            return
        starts = [a.start for a in orgs]
        ends = [a.end for a in orgs]
        done = 0  # organisations before this index were counted for an earlier "... subsidie ontvangen"
        for cm in FUNDS_OWN.finditer(sent):
            c0, c1 = u.start + cm.start(), u.start + cm.end()
            cue = cm.group(0).lower()
            giver = orgs[0] if orgs and orgs[0].end <= c0 and re.fullmatch(
                r"(?i)\W*(?:de|het)?\s*", self.text[u.start:orgs[0].start]) else None
            gm = GIVEN_TO.match(self.text, c1) or GIVEN_TO.search(self.text, c0, min(u.end, c1 + 40))
            taker = next((a for a in orgs if gm and a.start == gm.end()), None)
            if taker is not None and (giver is not rijk if giver is not None else OWN_OPENS.match(sent) is not None):
                # "Het Fonds X heeft een subsidie verleend aan A": the body the sentence opens with pays, A receives;
                # "De gemeente heeft een subsidie verleend aan A": the municipality
                # (and each one listed after it: "een subsidie aan A, aan B en aan C")
                for t in [taker] + self.listed_from(taker.end, orgs[orgs.index(taker) + 1:], GIVEN_TO_MORE):
                    self.add(giver.name if giver else self.own, "funds", t.name, k,
                             "organisation" if giver else "municipality", "organisation", 0.6)
                    done = max(done, orgs.index(t) + 1)
                continue
            receive = re.match(r"(?:ontv|kr[ie]|hebben|heeft)", cue)
            if receive:  # "A en B hebben subsidie ontvangen"; inverted: "ontving A een subsidie"
                upto = bisect.bisect_right(ends, c0)
                chosen, done = orgs[done:upto], max(done, upto)
                if not chosen:
                    lo, hi = bisect.bisect_left(starts, c0), bisect.bisect_left(starts, c1)
                    chosen = orgs[lo:hi]
            elif cue.startswith("gesubsidieerd") and (pm := OWN_PERFECT_BEFORE.search(sent, 0, cm.start())):
                # "De gemeente heeft A in 2021 gesubsidieerd": the object between the auxiliary and the participle
                lo, hi = bisect.bisect_left(starts, u.start + pm.end()), bisect.bisect_left(starts, c0)
                chosen = orgs[lo:hi]
            elif cue.startswith(("gesubsidieerd", "gefinancierd", "bekostigd")) and BY_PAYER_NEXT.match(self.text, c1):
                continue  # "De activiteiten zijn gesubsidieerd door A": A pays (FUNDS_BY), it receives nothing here
            else:  # "subsidie aan A", "geïnvesteerd in A", "De gemeente ondersteunt A met een bijdrage"
                # ("de bijdrage voor X aan A": A right after "aan", not a name further on)
                reach = 2 if re.match(r"(?:bijdrage|subsidie)\s+voor\s", cue) else 30
                lo, hi = bisect.bisect_left(starts, c1), bisect.bisect_right(starts, c1 + reach)
                chosen = orgs[lo:hi]
                if chosen:  # "een subsidie aan A, aan B en aan C": each one listed after the first
                    chosen += self.listed_from(chosen[-1].end, orgs[hi:], GIVEN_TO_MORE)
            # "via het fonds X ontvingen A en B een bijdrage", "kreeg A in het kader van X een bijdrage": X pays
            via = next((t for t in things if VIA.search(self.text, max(u.start, t.start - 25), t.start)), None)
            funder, funder_kind = (via.name, via.kind) if receive and via else (self.own, "municipality")
            for a in chosen:
                if FROM_ORG.search(self.text, max(u.start, a.start - 12), a.start) and (receive or RECEIVES.search(
                        self.text, c0, a.start)):
                    # "Voor het project X is subsidie ontvangen van A": A pays, for X where one is named
                    t = things[0] if len(things) == 1 else None
                    self.add(a.name, "funds", t.name if t else self.own, k, "organisation",
                             t.kind if t else "municipality", 0.6)
                elif a is not rijk:
                    self.add(funder, "funds", a.name, k, funder_kind, "organisation")
                    # "subsidie aan A voor het X, het Y en de Z": what A does with it
                    pm = FUNDED_FOR.match(self.text, a.end, u.end) if not receive else None
                    if pm is None and len(chosen) == 1:
                        # "Aan A is een subsidie verstrekt van € X voor het Y", "A ontving subsidie voor het project Z"
                        pm = GRANT_FOR.search(self.text, u.start, u.end)
                        if pm and any(o is not a and u.start + pm.start() < o.start < pm.start("obj") for o in orgs):
                            pm = None
                    for obj, kind in self.objects(pm.start("obj"), pm.end("obj"), things, []) if pm else ():
                        self.add(a.name, "provides", obj, k, "organisation", kind, 0.5)
        if not orgs:
            self.hence_funded(k, u, sent)

    def money_received(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """Money the text says an organisation or the municipality receives, and who pays, read from the clause around
        the names: a relative clause ("A, die daarvoor een subsidie ontvangt"), a passive ("A is door de gemeente
        gesubsidieerd", "De kosten van de X worden door het B vergoed"), "die wij van het B ontvangen", and a fronted
        means ("Met een bijdrage van het B heeft A ...", "Met steun uit het B hebben we ... het project 'X'")."""
        text = self.text
        orgs = [m for m in ms if m.kind == "organisation"]
        things = [m for m in ms if m.kind in THING_KINDS]
        for a in orgs:
            rm = RELATIVE_RECEIVES.match(text, a.end, u.end)
            if rm and not re.search(r"(?i)\bvan\s+(?:het|de)\s+(?!gemeente\b)", rm.group(0)):
                self.add(self.own, "funds", a.name, k, "municipality", "organisation", 0.6)
            sm = SUBSIDISED.match(text, a.end, u.end)
            if sm and (not re.search(r"(?i)\bdoor\b", sm.group(0)) or "gemeente" in sm.group(0).lower()):
                self.add(self.own, "funds", a.name, k, "municipality", "organisation", 0.6)
            if WE_FROM_BEFORE.search(text, max(u.start, a.start - 90), a.start) and (
                    RECEIVE_AFTER.match(text, a.end, u.end) or re.search(r"(?i)\b(?:ontvangen|ontvingen|krijgen|kregen)\s+(?:wij|we)\b",
                                                                         text[max(u.start, a.start - 90):a.start])):
                self.add(a.name, "funds", self.own, k, "organisation", "municipality", 0.6)
            bm = BY_AGENT.search(text, max(u.start, a.start - 12), a.start)
            if bm and AGENT_PAID.match(text, a.end, u.end) and PASSIVE_BEFORE_AGENT.search(text, u.start, bm.start()) or (
                    bm and AGENT_PAID.match(text, a.end, u.end) and re.search(r"(?i)\b(?:zijn|is|waren|was)\b[^.;,]{0,40}\Z",
                                                                                 text[u.start:bm.start()])):
                paid = next((t for t in reversed(things) if t.end <= bm.start()), None)
                cm = COSTS_OF.match(text, u.start, bm.start())
                if paid is not None:
                    self.add(a.name, "funds", paid.name, k, "organisation", paid.kind, 0.6)
                elif cm and cm.group("np"):
                    self.add(a.name, "funds", _phrase(cm.group("np")), k, "organisation", "other", 0.5)
                elif cm:
                    self.add(a.name, "funds", self.own, k, "organisation", "municipality", 0.5)
        for a in orgs:  # "De bijdrage van <gemeente> aan de A"
            om = OWN_CONTRIBUTION_TO.search(text, max(u.start, a.start - 70), a.start)
            if om and (om.group("who").lower().startswith("de gemeente") or om.group("who").strip() == self.own):
                self.add(self.own, "funds", a.name, k, "municipality", "organisation", 0.6)
        wc = WE_CONTRIBUTE.search(text, u.start, u.end) if _holds(self._text_low, u, CONTRIBUTE_WORDS) else None
        if wc:  # "...; de gemeente draagt hier jaarlijks € 25.000 aan bij": what the sentence names before it
            before = [m for m in ms if m.kind in ("organisation",) + THING_KINDS and m.end <= wc.start()]
            target = before[-1] if before else None
            cm = CONTRIBUTES_TO_COSTS.match(text, wc.end(), u.end)
            if cm:  # "De gemeente draagt bij in de kosten van A": what follows
                target = next((m for m in ms if m.kind in ("organisation",) + THING_KINDS and m.start == cm.end()), target)
            if target is None and not ms and k and self.text[self.units[k - 1].start:self.units[k - 1].end].rstrip().endswith(";"):
                target = self.subject_of(k - 1)  # "In A organiseert B vervoer; de gemeente draagt hier € X aan bij"
            if target is None and not ms:
                target = self.recent_thing(k)
            if target is not None:
                self.add(self.own, "funds", target.name, k, "municipality", target.kind, 0.5)
        mv = MONEY_AVAILABLE.search(text, u.start, u.end)
        if mv:  # "stelde de gemeente € 250.000 beschikbaar via de regeling 'X'": the payer and what it pays for
            payer = next((m for m in orgs if m.end <= mv.start() and not GOVERNED.search(text, max(u.start, m.start - 30), m.start)), None)
            pname, pkind = (payer.name, "organisation") if payer else (
                (self.own, "municipality") if OWN_ACTOR.search(text, u.start, mv.end()) else (None, None))
            paid = next((t for t in things if t.start >= mv.start()), None) or (
                self.recent_thing(k) if payer is not None else None)
            if pname and paid is not None and paid.name != pname:
                self.add(pname, "funds", paid.name, k, pkind, paid.kind, 0.5)
        for a in orgs:  # "Voor 2024 is voor deze stichting € X aan subsidie geraamd"
            if re.search(r"(?i)\bvoor\s+\Z", text[max(u.start, a.start - 6):a.start]) and BUDGETED_AFTER.match(text, a.end, u.end):
                self.add(self.own, "funds", a.name, k, "municipality", "organisation", 0.5)
        # "De kosten worden vergoed door het A": the municipality's costs
        for a in orgs:
            cm = COSTS_OF.match(text, u.start, a.start)
            if cm and not cm.group("np") and re.fullmatch(r"(?i)\s*(?:\w+\s+)?(?:vergoed|gecompenseerd|betaald)\s+door\s+(?:de\s+|het\s+)?",
                                                          text[cm.end():a.start]):
                self.add(a.name, "funds", self.own, k, "organisation", "municipality", 0.5)
        for f in [m for m in ms if m.kind in ("organisation",) + THING_KINDS]:
            if not MEANS_FRONTED.match(text, u.start, f.start):
                continue
            vm = MEANS_VERB.match(text, f.end, u.end)
            if vm is None:
                continue
            subj = next((m for m in orgs if m.start == vm.end()), None)
            rest = [t for t in things if t.start >= vm.end() and t is not f]
            if subj is not None:
                self.add(f.name, "funds", subj.name, k, f.kind, "organisation", 0.6)
            elif rest:
                self.add(f.name, "funds", rest[0].name, k, f.kind, rest[0].kind, 0.6)
            elif vm.group("we"):
                self.add(f.name, "funds", self.own, k, f.kind, "municipality", 0.5)

    def payer_clauses(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """A payer (an organisation: het Rijk, de provincie, a fund) named in a clause that says what it pays for: "de
        centrumgemeente X, die de middelen van F ontvangt" (F funds X), "Dankzij de regeling X van F" and "Via X
        ontvangen we van F een uitkering" (F funds X), "..., waarvoor F extra middelen beschikbaar stelt" (F funds what
        the sentence names first), "Met de middelen die F beschikbaar stelde, konden wij ..." and "F compenseerde de
        extra kosten" (F funds the municipality)."""
        text = self.text
        fronted = None  # the named things right after "dankzij", "via", "met", "uit" at the sentence's start
        for n, f in enumerate(ms):
            if f.kind != "organisation":
                continue
            lead = text[max(u.start, f.start - 90):f.start]
            rb = FUNDS_RECEIVED_BY.search(lead)
            if rb and FUNDS_RECEIVED_VERB.match(text, f.end, u.end):
                clause = f.start - len(lead) + rb.start()  # where ", die ... van" starts: the receiver ends right there
                rec = next((m for m in reversed(ms[:n]) if m.kind in ACTOR_KINDS + ("own",)
                            and not text[m.end:clause].strip()), None)
                if rec is not None:
                    self.add(f.name, "funds", rec.name, k, "organisation", rec.kind, 0.6)
                    continue
            if fronted is None:
                fronted = [(i, m) for i, m in enumerate(ms) if m.kind in THING_KINDS
                           and PAID_MEANS_FRONT.fullmatch(text, u.start, m.start)]
            thing = next((m for i, m in reversed(fronted) if i < n and PAID_MEANS_OF.fullmatch(text, m.end, f.start)),
                         None)
            if thing is not None:
                self.add(f.name, "funds", thing.name, k, "organisation", thing.kind, 0.6)
                continue
            if MONEY_PUT_AFTER.match(text, f.end, u.end) and re.search(r"(?i)\bwaarvoor\s+(?:de\s+|het\s+)?\Z", lead):
                first = next((m for m in ms[:n] if m.kind in THING_KINDS), None)
                if first is not None:
                    self.add(f.name, "funds", first.name, k, "organisation", first.kind, 0.5)
            elif PUT_AVAILABLE_AFTER.match(text, f.end, u.end) and re.search(r"(?i)\bmiddelen\s+die\s+(?:de\s+|het\s+)?\Z", lead):
                if self.own and WE_VERB.search(text, u.start, u.end):
                    self.add(f.name, "funds", self.own, k, "organisation", "municipality", 0.5)
            elif self.own and COSTS_COVERED.match(text, f.end, u.end) and re.search(r"(?i)(?:^|[;:]\s*)(?:het|de)\s+\Z",
                                                                                      text[u.start:f.start]):
                self.add(f.name, "funds", self.own, k, "organisation", "municipality", 0.5)

    def contracts_with(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """A contract or an outsourcing the municipality holds with an organisation named before the contract word:
        "A, waarmee de gemeente een dienstverleningsovereenkomst heeft", "is met A een overeenkomst gesloten voor het X",
        "Het beheer is uitbesteed aan A" (A provides the beheer), "De X besteden we uit aan A"."""
        text = self.text
        for a in ms:
            if a.kind != "organisation":
                continue
            wm = CONTRACT_WITH_BEFORE.search(text, max(u.start, a.start - 40), a.start)
            cm = CONTRACT_WITH_AFTER.match(text, a.end, u.end) if wm else CONTRACT_WHEREWITH.match(text, a.end, u.end)
            if cm and not NEGATED.search(text, max(u.start, cm.end() - 40), cm.end()):
                self.add(a.name, "contracted_by", self.own, k, "organisation", "municipality", 0.6)
                fm = CONTRACT_FOR.search(text, a.end, u.end)
                if fm:
                    obj = _phrase(fm.group("obj"))
                    if obj and len(obj) > 3:
                        self.add(a.name, "provides", obj, k, "organisation", "other", 0.5)
            bm = SERVICES_FROM.search(text, max(u.start, a.start - 80), a.start)
            if bm:  # "Voor de jeugdgezondheidszorg nemen wij diensten af van A": bought from A, for what is fronted
                self.add(a.name, "contracted_by", self.own, k, "organisation", "municipality", 0.6)
                fm = FRONTED_FOR.match(text, u.start, u.start + bm.start())
                for item in re.split(r"\s*,\s*(?:en\s+)?|\s+en\s+", fm.group("items")) if fm else ():
                    obj = _phrase(item)
                    if obj and len(obj) > 3:
                        self.add(a.name, "provides", obj, k, "organisation", "other", 0.5)
                continue
            om = OUTSOURCED_TO.search(text, max(u.start, a.start - 60), a.start)
            if om:
                self.add(a.name, "contracted_by", self.own, k, "organisation", "municipality", 0.6)
                obj = self._lead_object(text[u.start:om.start()])
                if obj:
                    self.add(a.name, "provides", obj, k, "organisation", "other", 0.5)

    def we_grant(self, k: int, u: Unit, orgs: list[Mention]) -> None:
        """"Wij verstrekken A (in 2024) een subsidie van € X voor buurtwerk, jongerenwerk en de ondersteuning van
        vrijwilligers", "Daarnaast ontvangt A subsidie voor de ouderenadviseurs": the municipality funds A, and A
        provides what the grant is for (each item of the list)."""
        text = self.text
        for a in orgs:
            given = WE_GRANT.search(text, max(u.start, a.start - 50), a.start)
            received = None if given else RECEIVES_GRANT.search(text, max(u.start, a.start - 30), a.start)
            if received is not None and (re.search(r"(?i)\b(?:wij|we|gemeente)\b", text[u.start:a.start])
                                         or re.match(r"(?i)[^.;]{0,60}?\bsubsidie\s+(?:van|uit)\s+(?:de|het)\s+(?!gemeente)",
                                                     text[a.end:u.end])):
                received = None  # the municipality receives, or another payer pays
            if given is None and received is None:
                continue
            gm = GRANT_AFTER.match(text, a.end, u.end)
            if gm is None:
                continue
            self.add(self.own, "funds", a.name, k, "municipality", "organisation", 0.6)
            if gm.group("obj"):
                end = gm.end("obj")
                sub = SUBCLAUSE.search(text, gm.start("obj"), end)
                purpose = re.sub(r"(?i)\s+(?:in|op|te)\s+(?:de\s+|het\s+)?(?:wijk|wijken|dorpen|kernen|buurt|buurten)?\s*"
                                 r"(?-i:[A-Z]).*$", "", text[gm.start("obj"):sub.start() if sub else end])
                items = [re.sub(r"^(?:de|het|een)\s+", "", " ".join(item.split())).strip(" ,")
                         for item in re.split(r"\s*,\s*(?:en\s+)?|(?<!-)\s+en\s+", purpose)]
                items = [obj for obj in items
                         if len(obj) > 3 and obj[0].islower() and not re.search(r"\d|€", obj) and obj.lower() not in PEOPLE]
                if len(items) == 2 and " en " in purpose and all(len(x.split()) <= 2 for x in items) and _nouns(items) \
                        and not re.search(r"(?i)\ben\s+(?:de|het)\s", purpose):  # each with its article: two
                    items = [" en ".join(items)]  # two services are one object, as objects() gives them
                for obj in items:
                    self.add(a.name, "provides", obj, k, "organisation", "other", 0.5)

    def payers(self, pos: int, end: int, orgs: list[Mention]) -> list[tuple[str, str]]:
        """The coordinated payers after "gefinancierd door": found organisations and provinces ("de provincie X")."""
        out = []
        while True:
            am = re.match(r"\s*(?:de\s+|het\s+)?", self.text[pos:end])
            p = pos + am.end()
            org = next((m for m in orgs if m.start == p), None)
            if org is not None:
                out.append((org.name, "organisation"))
                pos = org.end
            else:
                pm = PROVINCE.match(self.text, p, end)
                if pm is None:
                    break
                out.append(("Provincie " + pm.group("name"), "other"))
                pos = pm.end()
            sep = re.match(r"\s*(?:,|en|&)\s", self.text[pos:end])
            if sep is None:
                break
            pos += sep.end() - 1
        return out

    def hence_funded(self, k: int, u: Unit, sent: str) -> None:
        """"A heeft het X uitgevoerd. Hiervoor is een subsidie verleend.": the municipality funds the organisation the
        sentence before opens with."""
        if not self.own or not k or self.units[k - 1].para != u.para or not HENCE_FUNDED.match(sent):
            return
        prev = self.units[k - 1]
        first = next((m for m in self.inner_of(k - 1) if m.kind == "organisation"), None)
        if first is not None and len(self.text[prev.start:first.start].strip(" \t•-–*·")) <= 4:
            self.add(self.own, "funds", first.name, k - 1, "municipality", "organisation", 0.6, last=k)

    # located_in: an initiative and the neighbourhoods of its sentence, each place with the initiative named
    # nearest before it; "in de wijken X en Y" without an initiative points back to the one just named
    def housed(self, k, u, ms):
        """"een backoffice, ondergebracht in gastgemeente X", "gevestigd in X", a table row "Vestigingsplaats | X":
        the organisation (else the initiative) named before the cue is located in the place after it; in a table
        whose row holds only the cue, the organisation the table is about (the last one named above)."""
        seated = None  # (the last place given a seat here, its subject, the unit the seat starts in)
        places = sorted((q for q in ms if q.kind in ("municipality", "neighbourhood")), key=attrgetter("start"))
        place_offsets = [q.start for q in places]
        for p in ms:
            if p.kind not in ("municipality", "neighbourhood", "own"):
                continue
            if seated is not None and p.kind != "own" and PLACE_LIST_GAP.fullmatch(self.text, seated[0].end, p.start):
                # "gevestigd in A, B, C en de D": each place of the list
                subj, first = seated[1], seated[2]
                self.add(subj.name, "located_in", p.name, first, subj.kind, p.kind, 0.6, last=k)
                seated = (p, subj, first)
                continue
            # "A, dat in B is gevestigd", "A, dat in B kantoor houdt", "A, die in B en C actief is": the places before
            # their cue
            if self.text[max(u.start, p.start - 3):p.start].lower() == "in ":
                listed = [p]
                j = bisect.bisect_right(place_offsets, p.start)
                # (the next place of the list starts within a separator's reach of the last one's end)
                while j < len(places) and places[j].start <= listed[-1].end + PLACE_SEP_MAX:
                    q = places[j]
                    if PLACE_LIST_GAP.fullmatch(self.text, listed[-1].end, q.start):
                        listed.append(q)
                    j += 1
                if SEATED_AFTER.match(self.text, listed[-1].end, u.end):
                    subj = next((m for m in self.ending_before(k, p.start) if m.kind == "organisation"), None)
                    for q in listed if subj is not None else ():
                        self.add(subj.name, "located_in", q.name, k, "organisation", q.kind, 0.6)
                    continue
            floor = u.start
            if k and self.text[p.start - 1].isspace() and p.start - u.start <= 2:  # the place opens its unit
                floor = self.units[k - 1].start
            cm = HOUSED.search(self.text, max(floor, p.start - 70), p.start)
            if p.kind == "own" and (cm is None or not cm.group(0).lower().startswith(("gevestigd", "vestigingsplaats"))):
                continue  # the reporting municipality is a seat only where the text says "gevestigd in"
            if cm is None:
                # "Stichting X te Y", "Gemeenschappelijke Regeling X (ABC) te Y": the seat right after the name
                last = next(self.ending_before(k, p.start), None)
                if last is not None and last.kind in ("organisation",) + THING_KINDS and SEAT_TE.fullmatch(
                        self.text, last.end, p.start):
                    self.add(last.name, "located_in", p.name, k, last.kind, p.kind, 0.6)
                continue
            subj = (next((m for m in self.ending_before(k, cm.start()) if m.kind == "organisation"), None)
                    or next((m for m in self.ending_before(k, cm.start()) if m.kind in THING_KINDS), None))
            if subj is not None and ";" in self.text[subj.end:cm.start()]:
                subj = None  # "... van het Rijk; de buurtsportcoaches zijn actief in B": another clause's subject
            if subj is None and (cm.start() < u.start or self.text.startswith("Vestigingsplaats", u.start)):
                # a table row "Vestigingsplaats" above or before the place: the body the table is about
                subj = self.table_org(k if cm.start() >= u.start else k - 1)
            if subj is not None:
                first = k if cm.start() >= u.start else k - 1
                self.add(subj.name, "located_in", p.name, first, subj.kind, p.kind, 0.6, last=k)
                seated = (p, subj, first)

    def facility_located(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """A named building or meeting place and the neighbourhood it stands in: "Het buurthuis De Linde, gevestigd in
        Oost", "Wijkcentrum De Brug in Noord" (the lower-case kind word is no part of the name, a capitalised one is)."""
        for p in ms:
            if p.kind != "neighbourhood":
                continue
            fm = FACILITY_AT.search(self.text[max(u.start, p.start - 90):p.start])
            if fm is None:
                continue
            name = " ".join((fm.group("full") or fm.group("name")).split())
            self.add(name, "located_in", p.name, k, "other", "neighbourhood", 0.6)

    def located_phrase(self, k: int, u: Unit, sent: str, ms: list[Mention]) -> None:
        """Where what a sentence opens with is seen, when it names no initiative or organisation: "Het jongerenwerk
        is vooral zichtbaar in A en B"."""
        if any(m.kind in THING_KINDS + ("organisation",) for m in ms):
            return
        places = [m for m in ms if m.kind == "neighbourhood"]
        sm = PHRASE_VISIBLE.match(sent)
        if sm is None:
            return
        targets = [p for p in places if p.start >= u.start + sm.end()]
        np = _phrase(sm.group("np"))
        if not np or len(np) <= 3 or np.split()[-1].lower() in ACTOR_NOUNS:
            return
        for p in targets:
            self.add(np, "located_in", p.name, k, "other", "neighbourhood", 0.5)

    def located(self, k, sent, ms):
        things = [m for m in ms if m.kind in THING_KINDS]
        places = [m for m in ms if m.kind == "neighbourhood"]
        if not places:
            return
        # "Stadsdeel (inbegrepen Buurt)": the second lies in the first
        for p, q in zip(places, places[1:], strict=False):
            if INCLUDED.fullmatch(self.text[p.end:q.start]):
                self.add(q.name, "part_of", p.name, k, "neighbourhood", "neighbourhood")
        if not things:
            am = AREA_CUE.search(sent)
            if am and (not am.group(0).lower().startswith(("brei", "uitgebr")) or ANAPHOR_TYPE.search(sent)):
                # ("breiden we dit project uit naar A": the project pointed at, not any named before)
                recent = self.recent_thing(k)
                for p in places if recent else ():
                    self.add(recent.name, "located_in", p.name, k, "initiative", "neighbourhood", 0.5)
            return
        starts = [t.start for t in things]
        near = LOCATION.search(sent)
        prev = None  # the place last linked, so that "naar A en B" links B too
        for p in places:
            i = bisect.bisect_right(starts, p.start)
            if i:
                t = things[i - 1]
                gap = self.text[t.end:p.start]
                if ";" in gap and not (prev and PLACE_LIST.fullmatch(self.text[prev.end:p.start])):
                    continue  # "... uit de regeling X van het Rijk; de coaches zijn actief in B": another clause
                # a place far behind the initiative, past other list items, is not where it happens
                if ((len(gap) > 60 or "," in gap or ";" in gap) and not PLACE_PREP.search(gap)
                        and not (prev and PLACE_LIST.fullmatch(self.text[prev.end:p.start]))):
                    continue
            elif not near:
                continue
            t = things[i - 1] if i else things[0]
            if not i and re.search(r"(?i)\b(?:in|op|bij)\s+(?:het|de)?\s*\Z", self.text[p.end:t.start]):
                continue  # "een punt in B, naast het punt in het Kulturhus van C": the name after is a place itself
            if not i and (";" in self.text[p.end:t.start] or any(
                    m.kind == "organisation" and p.end <= m.start < t.start
                    and not re.search(r"(?i)\bmet\s+(?:de\s+|het\s+)?(?:\w+\s+)?\Z", self.text[max(p.end, m.start - 30):m.start])
                    for m in ms)):
                # "... in B en C; dit project werd mogelijk gemaakt door X", "In B heeft A met steun van het X ...":
                # the name after the place is another clause's, or the organisation's that acts there comes first
                continue
            self.add(t.name, "located_in", p.name, k, "initiative", "neighbourhood")
            prev = p

    # under_law: an initiative named after a law, or a law named "in het kader van" in the initiative's sentence
    def laws(self, k, u, sent, all_ms, ms):
        laws = [m for m in all_ms if m.kind == "law"]
        if not laws:
            return
        things = [m for m in ms if m.kind in THING_KINDS]
        for law in laws:  # "de jeugdhulp valt onder de Jeugdwet", "de X in het kader van de Wmo": the phrase before
            m = (UNDER_LAW.search(self.text, max(u.start, law.start - 90), law.start)
                 or UNDER_LAW_OPENING.match(self.text, u.start, law.start)
                 or SERVICE_BEFORE_LAW_OPENING.match(self.text, u.start, law.start)
                 or SERVICE_BEFORE_LAW.search(self.text, max(u.start, law.start - 70), law.start))
            if m and not any(t.start < law.start and t.end > m.start("np") for t in things):
                np = _phrase(m.group("np"))
                tm = TASK_OF.match(sent) if np and re.match(r"(?i)(?:wettelijke\s+)?(?:taak|taken|opgave|verantwoordelijkheid)\b", np) else None
                if tm:  # "De jeugdhulp is een taak van de gemeente in het kader van de Jeugdwet": the jeugdhulp
                    np = _phrase(tm.group("np"))
                if np and len(np) > 3 and np.lower() != "gemeente" and not re.match(r"(?i)(?:taak|taken|opgave)\b", np):
                    carrier = self._law_carrier(law, ms)
                    if carrier is not None:  # "De X op grond van de Wet is belegd bij A": A works under it
                        self.add(carrier.name, "under_law", law.name, k, "organisation", "law", 0.5)
                    else:
                        self.add(np, "under_law", law.name, k, "other", "law", 0.5)
            elif (carrier := self._law_carrier(law, ms)) is not None and carrier.end < law.start:
                self.add(carrier.name, "under_law", law.name, k, "organisation", "law", 0.5)
            zm = LAW_EXAMPLES.match(self.text, law.end, u.end)
            if zm:  # "De Wmo-voorzieningen, zoals hulp bij het huishouden en begeleiding": each of them
                for x, y in _conjuncts(self.text, zm.start("list"), zm.end("list")) if zm else ():
                    for part in re.split(r"\s*,\s*|\s+en\s+", self.text[x:y]):
                        np = _phrase(part)
                        if np and len(np) > 3:
                            self.add(np, "under_law", law.name, k, "other", "law", 0.5)
            if LAW_FRONTED.match(self.text, u.start, law.start):
                # the object of the main clause after it: its last noun phrase ("ontvingen 1.376 huishoudens een
                # bijstandsuitkering"), else the word after the subject pronoun ("bieden we maatwerkvoorzieningen")
                stop = re.search(r"[,;:(]|\s(?:om|die|dat|waarbij|waarmee|zodat|omdat)\s", self.text[law.end:u.end])
                clause = self.text[law.end:law.end + stop.start() if stop else u.end]
                if re.match(r"(?i)\s+\w+\s+de\s+gemeente\b", clause) and self.own:
                    # "Op grond van de Participatiewet heeft de gemeente ...": the municipality acts under it
                    self.add(self.own, "under_law", law.name, k, "municipality", "law", 0.5)
                    continue
                if any(t.start >= law.end and t.end <= law.end + len(clause) for t in things):
                    continue  # an initiative named there: the rule below
                nps = list(CLAUSE_NP.finditer(clause))
                pm = None if nps else PRONOUN_NP.match(clause)
                np = _phrase(nps[-1].group("np") if nps else pm.group("np") if pm else "")
                np = PARTICIPLE.sub("", np) if len(np.split()) > 1 else np
                if np and len(np) > 3:
                    self.add(np, "under_law", law.name, k, "other", "law", 0.5)
        things = [t for t in things if not LAW_NAME.search(t.name)]  # a law taken for an initiative is none
        if not things:
            return
        starts = [t.start for t in things]
        law_starts = [law.start for law in laws]
        for law in laws:  # the initiative whose name holds the law ("Uitvoeringsplan Wmo ...")
            i = bisect.bisect_right(starts, law.start) - 1
            if i >= 0 and law.end <= things[i].end:
                self.add(things[i].name, "under_law", law.name, k, "initiative", "law")
        if LAW_CUE.search(sent):  # "<initiatief> in het kader van de Jeugdwet": a law shortly after it
            for t in things:
                lo, hi = bisect.bisect_right(law_starts, t.end), bisect.bisect_left(law_starts, t.end + 80)
                for law in laws[lo:hi]:
                    self.add(t.name, "under_law", law.name, k, "initiative", "law", 0.5)

    def _law_carrier(self, law: Mention, ms: list[Mention]) -> Mention | None:
        """The organisation a service under `law` is handed to in the same sentence: "De X op grond van de Wet is
        belegd bij / uitbesteed aan A", "Voor X onder de Wet heeft B de Y ondergebracht bij taalaanbieder A"; or
        the one that carries it out right before the law: "X wordt uitgevoerd door A, op grond van de Wet"."""
        text = self.text
        for o in ms:
            if o.kind != "organisation":
                continue
            if o.start > law.end and o.start - law.end <= 120 and HANDED_TO.search(text, law.end, o.start):
                return o
            if o.end < law.start and LAW_RIGHT_AFTER.fullmatch(text, o.end, law.start) \
                    and HANDED_TO.search(text, max(0, o.start - 40), o.start):
                return o
        return None

    def with_fronted(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """"Met A, B en de wijkagenten wordt in X de aanpak 'Y' voortgezet", "Met A en B werken we aan het programma
        'Y'": the organisations named first are partners of the initiative the clause goes on with."""
        wm = WITH_FRONTED.match(self.text, u.start, u.end)
        orgs = [m for m in ms if m.kind == "organisation"]
        first = next((a for a in orgs if a.start == wm.end()), None) if wm else None
        if first is None:
            return
        listed = self.listed_from(first.start, orgs, LIST_GAP)
        t = next((t for t in ms if t.kind in THING_KINDS and t.start > listed[-1].end
                  and not re.search(r"[;:]", self.text[listed[-1].end:t.start])), None)
        if t is not None:
            for a in listed:
                self.add(a.name, "partner_of", t.name, k, "organisation", "initiative", 0.5)

    def party_list(self, k, u, sent, ms):
        """The parties a lead-in lists (PARTY_LEAD), each named by its mention or, where no entity was found, by the
        capitalised name the list gives; partners of the body the sentence opens with ("De coalitie bestaat uit"), else
        of the municipality."""
        if not self.own or (self._low is not None and not _any_in(self._low, PARTY_WORDS)):
            return
        heading = PARTY_HEADING.fullmatch(sent) if not u.item else None
        cm = heading or (PARTY_LEAD.search(sent) if self._cue(PARTY_LEAD_WORDS) else None)
        if cm is None:
            return
        if heading and heading.group("bodies") and (k + 1 >= len(self.units) or self.units[k + 1].item):
            return  # "Verbonden partijen" over a numbered list: each item its own section (members, bodies)
        a = u.start + cm.end()
        last = k
        if a >= u.end - 1 and k + 1 < len(self.units) and self.units[k + 1].item:  # "bestaande uit:" + items
            while last + 1 < len(self.units) and self.units[last + 1].item:
                last += 1
        elif heading and sent.rstrip().endswith(":"):  # "Onze partners:" over one name a line, without bullets
            while last + 1 < len(self.units) and self.name_line(last + 1):
                last += 1
        elif heading and heading.group("bodies"):
            last = k + 1  # "Verbonden partijen" over a line that lists them: "A, B, C en D."
        listed = []
        for j in range(k, last + 1):
            lo = a if j == k else self.units[j].start
            jms = [m for m in self.inner_of(j) if m.start >= lo]
            listed += [(name, kind, j) for name, kind in self._list_names(lo, self.units[j].end, jms)]
        if not any(kind in ("organisation", "municipality") for _n, kind, _j in listed) and (
                len(listed) < 2 or any(kind == "initiative" for _n, kind, _j in listed)):
            return  # no organisation among them: no list of parties ("Dit bestaat uit de opgave X en Y")
        # the parties of the body the sentence opens with ("De coalitie bestaat uit"), by the name the text gave it
        # before; those of the body the list just before named ("Daarom heen zit een schil van leden:"); else the
        # municipality's own partners ("onze partners", a list that names the municipality)
        bm = PARTY_BODY.match(sent)
        prev = self._party_target if self._party_target and self._party_target[0] == k - 1 else None
        if heading and (re.match(r"(?i)\s*onze\b", sent) or heading.group("bodies")):
            # "Onze partners in de sociale basis:", "Verbonden partijen": the municipality's own
            target, tkind = self.own, "municipality"
        elif heading:  # a section "Deelnemende organisaties": the parties of the body the document is about
            named = self.body_named(u.start, BODY_TYPES)
            thing = self.para_thing(k) or self.recent_thing(k)
            target, tkind = (named, "initiative") if named else (thing.name, "initiative") if thing else (
                self.own, "municipality")
        elif bm:
            named = self.body_named(u.start, bm.group("tw"))
            if named is None:
                return
            target, tkind = named, "initiative"
        elif prev and not re.search(r"(?i)\bonze\b", cm.group(0)):
            target, tkind = prev[1], "initiative"
        elif re.search(r"(?i)\b(?:onze|partners|partijen)\b", cm.group(0)) or any(n == self.own for n, _k, _j in listed):
            target, tkind = self.own, "municipality"
        else:
            return
        if tkind == "initiative":
            self._party_target = (last, target)
        for name, kind, j in listed:
            if name != target:
                self.add(name, "partner_of", target, k, kind, tkind, 0.5, last=j)

    def name_line(self, j: int) -> bool:
        """Whether unit j is a line of its own that is one organisation's name (a list without bullets)."""
        v = self.units[j]
        line = self.text[v.start:v.end].strip()
        if not line or line[-1] in ".:;!?" or len(line.split()) > 8 or "\n" not in self.text[self.units[j - 1].end:v.start]:
            return False
        ms = [m for m in self.inner_of(j) if m.kind == "organisation"]
        if ms:
            return len(ms) == 1 and (ms[0].end - ms[0].start) >= 0.5 * len(line)
        # a name no step took: its words capitalised ("Bergstad Beweegt")
        return len(line.split()) <= 5 and all(w[:1].isupper() or len(w) <= 3 for w in line.split())

    def body_named(self, pos: int, type_word: str) -> str | None:
        """The last name given before pos to a body of this type ("Coalitie Haarlem Samen" before "De coalitie")."""
        found = None
        pattern = re.compile(r"\b(?i:" + type_word + r")\s+(?:[‘'“\"]?(?:[A-Z][\w&-]*)(?:\s+[A-Z0-9][\w&-]*)*"
                             r"|(?:tegen|voor)\s+\w+)")
        for m in pattern.finditer(self.text, 0, pos):
            found = m
        if found is None:
            return None
        # the initiative whose name holds it ("Sociaal Team X" for "Team X"), else the words as found
        whole = next((t.name for t in self.mentions if t.kind in THING_KINDS and t.start <= found.start() < t.end
                      and t.end >= found.end()), None)
        return whole or re.sub(r"\s+", " ", found.group(0).replace("‘", "").replace("“", "").replace('"', ""))

    def _list_names(self, lo: int, hi: int, ms: list[Mention]) -> list[tuple[str, str]]:
        """The names of a list text[lo:hi]: a found entity, or a capitalised name of at most five words."""
        text = self.text
        cuts = [lo]
        for sm in LIST_SEP.finditer(text, lo, hi):
            if not any(m.start < sm.start() < m.end for m in ms):
                cuts += [sm.start(), sm.end()]
        cuts.append(hi)
        out = []
        for x, y in zip(cuts[::2], cuts[1::2], strict=False):
            chunk = re.sub(r"\s*\([^)]*\)?\s*$", "", text[x:y]).strip(" .;:")
            chunk = re.sub(r"(?i)^(?:de|het|stichting|vereniging|gemeente)\s+", "", chunk)
            inside = [m for m in ms if x <= m.start < y]
            if inside and (len(inside) > 1 or inside[0].end - inside[0].start >= len(chunk) - 2
                           or not chunk[:1].isupper() or len(chunk.split()) > 5):
                m = inside[0]  # the entity the item names (not one word inside a longer name: "Stem in de Stad")
                out.append((m.name, "municipality" if m.kind in ("own", "municipality") else m.kind))
                continue
            if chunk[:1].isupper() and len(chunk.split()) <= 5 and len(chunk) > 2:
                out.append((chunk, "other"))
        return out

    # part_of for members of a joint body: "A neemt samen met B en C deel aan X", "A maakt deel uit van X",
    # "X, waarvan A deel uitmaakt", "X is een gemeenschappelijke regeling van A, B en C", "(wij) ... in de regio X"
    def members(self, k, u, sent, ms):
        text = self.text
        low = self._low
        if low is not None and not _any_in(low, MEMBER_WORDS):
            return
        munis = [m for m in ms if m.kind in ("own", "municipality")]
        we = OWN_ACTOR.search(sent) and self.own

        def body_after(pos: int) -> tuple[str, str] | None:
            nxt = next((m for m in ms if m.kind in ("organisation",) + THING_KINDS and 0 <= m.start - pos <= 3), None)
            if nxt is not None:
                return nxt.name, nxt.kind
            nm = NAME_AFTER.match(text, pos, min(u.end, pos + 80))
            if nm and nm.group("name") and len(nm.group("name")) > 3:
                return nm.group("name"), "other"
            return None

        for cm in MEMBERS_BEFORE.finditer(sent) if self._cue(MEMBERS_WORDS) else ():
            c0, c1 = u.start + cm.start(), u.start + cm.end()
            body = body_after(c1)
            if body is None and (BARE_REGELING.match(text, c1) or re.search(r"(?i)regeling\s*\Z", cm.group(0))):
                # "de GGD X, waarvoor A als deelnemer van de gemeenschappelijke regeling betaalt": the body just named
                last = next((m for m in reversed(ms) if m.kind == "organisation" and m.end <= c0), None)
                body = (last.name, last.kind) if last is not None else None
            if body is None:
                continue
            subjects = [m for m in munis if m.start < c1]  # "A neemt samen met B deel aan": B too
            if not any(m.kind == "own" for m in subjects) and we and (
                    OWN_ACTOR.search(text, u.start, c0) or (cm.group("as") and not subjects)):
                # "Als deelnemer in de gemeenschappelijke regeling X betalen wij": the municipality that speaks
                subjects.append(Mention(c0, c0, "own", self.own))
            # "A maakt deel uit van X": A is part of X; "A neemt deel aan X", "A is lid van X": A works with the others
            # in X, a partner of the joint body
            # "A neemt deel aan de gemeenschappelijke regeling X", "A is een van de deelnemende gemeenten van X": a
            # member of the regeling, part of it
            pred = "part_of" if re.match(r"(?i)ma(?:akt|ken|akte|akten)\b", cm.group(0)) or re.search(
                r"(?i)gemeenschappelijke\s+regeling\s+\Z|deelnemende\s+gemeenten?\s", cm.group(0)) else "partner_of"
            if pred == "partner_of" and re.search(r"(?i)\bdeelnemer\s", cm.group(0)) and (
                    JOINT_BODY_HEAD.match(body[0]) or "gemeenschappelijke regeling" in sent.lower()):
                pred = "part_of"  # "A is (met B) deelnemer in de GGD X": a participant of a joint public body
            if pred == "part_of":
                # "..., samen met (onder meer) B en C": the other members named after the body
                sm = CO_MEMBERS.match(text, c1, u.end)
                if sm:
                    subjects += self.listed_from(sm.end(), [m for m in munis if m.kind == "municipality"], COORD_MUNI)
            for m in subjects:
                self.add(m.name, pred, body[0], k, "municipality", body[1], 0.6)
        for cm in MEMBERS_WHEREOF.finditer(sent):
            c0 = u.start + cm.start()
            whole = next((m for m in reversed(ms) if m.kind in ("organisation",) + THING_KINDS and m.end <= c0), None)
            if whole is None:
                continue
            for m in munis:
                if u.start + cm.start("who") <= m.start < u.start + cm.end("who"):
                    self.add(m.name, "part_of", whole.name, k, "municipality", whole.kind, 0.6)
        for cm in MEMBERS_WHEREIN.finditer(sent):
            # the body right before ", waarin" ("Sociaal Domein X (SDX), waarin ..."), its members in the clause
            c0 = u.start + cm.start()
            # (a body the text names as a region or an undertaking is a body all the same: "de Regio Noord-Veluwe,
            # waarin A samenwerkt met B")
            whole = next((m for m in reversed(ms) if m.kind in ("organisation",) + THING_KINDS and m.end <= c0), None)
            if whole is None or not re.fullmatch(r"\)?(?:\s*\([^()]{1,12}\))?", text[whole.end:c0]):
                continue
            w0, w1 = u.start + cm.start("who"), u.start + cm.end("who")
            members = [m for m in ms if m.kind in ("own", "municipality", "organisation") and m.name != whole.name
                       and w0 <= m.start < w1]
            if cm.group("that") and not members and not re.match(r"(?i)(?:wij|we)\b", cm.group("who")):
                continue  # "X, die deelneemt aan ...": X itself takes part in something
            if self.own and not any(m.kind == "own" for m in members) and re.match(r"(?i)(?:wij|we)\b", cm.group("who")):
                members.append(Mention(w0, w0, "own", self.own))  # "die wij samen met B in stand houden"
            if cm.group("with"):  # "waarin A samenwerkt met de gemeente B": B too
                members += self.listed_from(u.start + cm.end(), [m for m in munis if m.kind == "municipality"],
                                            COORD_MUNI)
            for m in members:
                # (organisations that work together in a named undertaking are its partners: "Kansrijke Start X,
                # waarin de verloskundigen, de GGD en A samenwerken")
                pred = "partner_of" if m.kind == "organisation" and whole.kind in THING_KINDS else "part_of"
                self.add(m.name, pred, whole.name, k, "municipality" if m.kind != "organisation" else
                         "organisation", whole.kind, 0.6)
        for cm in MEMBERS_AFTER.finditer(sent):
            c0, c1 = u.start + cm.start(), u.start + cm.end()
            whole = next((m for m in reversed(ms) if m.kind in ("organisation",) + THING_KINDS and m.end <= c0), None)
            if whole is None:  # "De RSD is een gemeenschappelijke regeling van": the name that opens the sentence
                nm = SUBJECT_NAME.match(text, u.start, c0)
                if nm is None:
                    continue
                name = nm.group("name")
                # "Werkpunt is de regeling ..." beside "Stichting Werkpunt Delta": the organisation it opens
                full = next((o for o in self.org_names if o.lower().startswith(name.lower() + " ")), None)
                whole = Mention(nm.start("name"), nm.end("name"), "organisation" if full else "other", full or name)
            if re.search(r"[.;:]", text[whole.end:c0]):
                continue
            prev = None
            for m in munis:  # the coordinated municipalities right after the cue
                if m.start < c1:
                    continue
                gap = text[(prev.end if prev else c1):m.start]
                if not re.fullmatch(r"(?i)\s*(?:,|en|,\s*en)?\s*(?:de\s+gemeenten?\s+)?", gap) and not (
                        prev is None and re.fullmatch(r"(?i)\s*(?:\w+\s+)?gemeenten\s*,?\s*(?:waaronder|te\s+weten|namelijk)\s+", gap)):
                    # ("een gemeenschappelijke regeling van vijftien gemeenten, waaronder A en B": A and B)
                    break
                # a member of a joint body is part of it (as "A neemt deel aan de gemeenschappelijke regeling X")
                self.add(m.name, "part_of", whole.name, k, "municipality", whole.kind, 0.6)
                prev = m
            if prev is None and self.own and GROUP_OF_MUNICIPALITIES.match(text, c1, u.end):
                # "X, de gemeenschappelijke regeling van de achttien Friese gemeenten": this one among them
                self.add(self.own, "part_of", whole.name, k, "municipality", whole.kind, 0.6)
            um = FOR_EXECUTION_OF.search(text, c1, u.end)
            if um is not None and whole.kind == "organisation":
                # "... van A en B voor de uitvoering van de Participatiewet en de Wsw": the body works under those laws
                for law in (m for m in self.by_unit.get(k, []) if m.kind == "law" and m.start >= um.end()):
                    if re.fullmatch(r"(?i)\s*(?:,|en|en\s+de|,\s*de|de)?\s*", text[um.end():law.start]) or \
                            re.fullmatch(r"(?i)[^.;:]{0,60}?\b(?:en|,)\s+(?:de\s+)?", text[um.end():law.start]):
                        self.add(whole.name, "under_law", law.name, k, "organisation", "law", 0.6)
        bm = IN_THIS_BODY.match(sent) if self.own else None
        if bm is not None:
            # "In deze gemeenschappelijke regeling werken wij samen met de gemeenten A en B": all are part of the body
            # the text just named, and the municipalities no partners of each other
            body = next((m for m in reversed(self.inner_of(k - 1)) if m.kind == "organisation"), None) if k else None
            listed = self.listed_from(u.start + bm.end(), [m for m in munis if m.kind == "municipality"], COORD_MUNI)
            if body is not None and listed:
                for name in [self.own] + [m.name for m in listed]:
                    self.add(name, "part_of", body.name, k, "municipality", body.kind, 0.6)
                self.fellow_members.update((m.name.lower(), u.start) for m in listed)
        if we:
            rm = REGION_IN.search(sent)
            if rm and (PARTNER.search(sent) or MEMBERS_BEFORE.search(sent)):
                self.add(self.own, "part_of", rm.group("name"), k, "municipality", "other", 0.5)

    # part_of: "<a> als onderdeel van <b>", "<a> in het kader van <b>", "aanvulling op <b>"
    def org_parts(self, k, u, ms):
        """"A, ondergebracht in een stichting onder de B", "A maakt deel uit van B": one organisation within another
        (the municipality taking part is a partner instead); "B omvat A1, A2 en A3", "B (met als onderdelen A1 en
        A2)": the organisations listed after B are its parts."""
        orgs = [m for m in ms if m.kind == "organisation"]
        for n, b in enumerate(orgs[:-1]):
            hm = HAS_PARTS.match(self.text, b.end, u.end)
            if hm is None:
                continue
            for a in self.listed_from(hm.end(), orgs[n + 1:], LIST_GAP):
                self.add(a.name, "part_of", b.name, k, "organisation", "organisation", 0.6)
        for n, b in enumerate(orgs):
            if n == 0 or not ORG_WITHIN.search(self.text, max(u.start, b.start - 80), b.start):
                continue
            a = orgs[n - 1]
            between = self.text[a.end:b.start]
            if not re.search(r"[.;:]", between) and not any(m.kind == "own" and a.end <= m.start < b.start for m in ms):
                self.add(a.name, "part_of", b.name, k, "organisation", "organisation", 0.6)

    def org_within(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """Names of one organisation (or named body) within another, stated between the two names: "A, een onderdeel
        van B", "A, dat onderdeel is van B", "A is ondergebracht bij B", "A, het werkleerbedrijf van B", "A, dat
        organisatorisch onder B valt"."""
        text = self.text
        named = [m for m in ms if m.kind == "organisation" or m.kind in THING_KINDS]
        for n in range(len(named) - 1):
            a, b = named[n], named[n + 1]
            if a.kind != "organisation" and b.kind != "organisation":
                continue  # two initiatives: the parts rule
            gap = text[a.end:b.start]
            if ORG_PART_BETWEEN.fullmatch(gap) or (ORG_UNDER_BETWEEN.fullmatch(gap)
                                                    and ORG_UNDER_AFTER.match(text, b.end, u.end)) or (
                    a.kind == b.kind == "organisation" and OF_THE.fullmatch(gap)):  # "Veilig Thuis van de GGD X"
                self.add(a.name, "part_of", b.name, k, a.kind, b.kind, 0.6)
            if b.kind == "organisation" and FACILITY_OF.fullmatch(gap):  # "Het Taalhuis A, een voorziening van B"
                self.add(b.name, "provides", a.name, k, b.kind, a.kind, 0.6)
            if BOTH_PART_OF.fullmatch(gap):  # "A en B zijn beide onderdeel van C": each of them
                group = [a]
                for c in reversed(named[:n]):
                    if not re.fullmatch(r"(?i)\s*(?:,|en|&)\s*(?:de\s+|het\s+)?", text[c.end:group[-1].start]):
                        break
                    group.append(c)
                if len(group) > 1:
                    for c in group:
                        self.add(c.name, "part_of", b.name, k, c.kind, b.kind, 0.6)

    def supports(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """What an organisation that opens its sentence (or whose volunteers or staff do) provides by supporting people:
        the service "met" names, else the support itself with whom it is for ("begeleiding van nieuwkomers")."""
        text = self.text
        a = next((m for m in ms if m.kind == "organisation"), None)
        if a is None:
            return
        fronted = FRONTED_HAS.fullmatch(text, u.start, a.start)
        if not fronted and not re.fullmatch(r"[\s•\-–*·]*(?:(?:De|Het)\s+)?(?:(?:[A-Z]\w*|[a-z]\w*)\s+van\s+(?:de\s+|het\s+)?)?",
                                            text[u.start:a.start]):
            return
        sub = text[a.end:u.end]
        sub = re.sub(r"^\s*(?:\([^()]{1,30}\))?,\s+[^,]{3,80},", "", sub)  # "A, een initiatief van de kerken, begeleidt"
        vm = None if fronted else SUPPORT_VERB.match(sub)
        if vm is None:
            # the perfect: "A heeft 134 statushouders begeleid", "In 2022 heeft A 80 mantelzorgers ondersteund"
            pf = SUPPORTED.match(" heeft" + sub if fronted else sub)
            if pf is None:
                return
            rest = _LEAD_ADVERBIAL.sub("", pf.group("rest").strip() + " ", count=1)
            pm = _PEOPLE_NP.fullmatch(rest.strip())
            if pm is None:
                return
            noun = SUPPORT_NOUN[PARTICIPLE_STEM[pf.group("verb")]]
            people = " ".join((pm.group("np") + (pm.group("tail") or "")).split())
            self.add(a.name, "provides", noun + (" " if noun.endswith((" aan", " van")) else " van ") + people, k,
                     "organisation", "other", 0.5)
            return
        rest = _LEAD_ADVERBIAL.sub("", vm.group("rest"), count=1) if _LEAD_ADVERBIAL.match(vm.group("rest")) else vm.group("rest")
        pm = _PEOPLE_NP.match(rest)
        with_ = re.match(r"\s+met\s+(?P<svc>(?:de\s+|het\s+)?(?-i:[a-zà-ÿ])[^.;:!?()]{0,60}?(?:werk|hulp|ondersteuning"
                         r"|begeleiding|advies|zorg|training|trainingen|cursus|cursussen|coaching|maatjes)\b[^.;:!?()]{0,60})",
                         rest[pm.end("np"):]) if pm else None
        if with_ is not None:  # "ondersteunt gedupeerden met algemeen maatschappelijk werk"
            # each conjunct with its own article is a service of its own; "algemeen en financieel maatschappelijk
            # werk" is one
            for part in re.split(r"\s*,\s*|\s+en\s+(?=(?:de|het|een)\s)", with_.group("svc")):
                obj = re.sub(r"(?i)^(?:de|het|een)\s+", "", re.split(r"(?i)\s(?:voor|om|zodat|die|dat|in|aan|bij)\s", part)[0]).strip()
                if len(obj) > 3:
                    self.add(a.name, "provides", obj, k, "organisation", "other", 0.5)
            return
        if pm is None:
            return
        verb = vm.group("verb").lower()
        noun = next(v for key, v in SUPPORT_NOUN.items() if verb.startswith(key))
        people = " ".join((pm.group("np") + (pm.group("tail") or "")).split())
        joiner = " " if noun.endswith((" aan", " van")) else " van "
        self.add(a.name, "provides", noun + joiner + people, k, "organisation", "other", 0.5)

    def relative_agent(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """A passive relative clause whose agent is an organisation: "het inloopspreekuur, dat door A wordt verzorgd",
        "het jongerenwerk, dat door A in B en C wordt uitgevoerd": A provides what the clause is about (a named
        initiative, or the phrase before the comma)."""
        text = self.text
        things = [m for m in ms if m.kind in THING_KINDS]
        for a in ms:
            if a.kind != "organisation":
                continue
            rb = RELATIVE_BY.search(text, max(u.start, a.start - 30), a.start)
            if rb is None or not RELATIVE_PARTICIPLE.match(text, a.end, u.end):
                continue
            comma = rb.start()
            t = next((m for m in things if m.end <= comma and not text[m.end:comma].strip(" )")), None)
            if t is not None:
                self.add(a.name, "provides", t.name, k, "organisation", "initiative", 0.6)
                continue
            nm = NP_BEFORE_COMMA.search(text, u.start, comma)
            obj = _phrase(nm.group("np")) if nm else ""
            if len(obj) > 3 and obj.split()[-1].lower() not in PEOPLE:
                self.add(a.name, "provides", obj, k, "organisation", "other", 0.5)

    def staff_mix(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """A team made up of staff of the municipality and of organisations ("De teams worden gevormd door medewerkers
        van de gemeente, A en B", "samengesteld uit medewerkers van de gemeente en A"): each organisation works with
        the municipality."""
        sm = STAFF_MIX.search(self.text, u.start, u.end)
        gap = LIST_GAP
        if sm is None:  # "Het gebiedsteam werkt ..., met medewerkers van A en van zorgaanbieder B"
            sm, gap = TEAM_WITH_STAFF.search(self.text, u.start, u.end), STAFF_GAP
        if sm is None:
            return
        orgs = [m for m in ms if m.kind == "organisation"]
        for b in self.listed_from(sm.end(), orgs, gap):
            self.add(b.name, "partner_of", self.own, k, "organisation", "municipality", 0.6)

    def team_laws(self, k: int, u: Unit, all_ms: list[Mention]) -> None:
        """"De toegang tot de Wmo en de Jeugdwet loopt via de gebiedsteams", "De Wmo en de Jeugdwet voeren we uit via het
        Sociaal Team X": the team works under each law named before the cue (the access is no service of its own)."""
        tm = VIA_TEAM.search(self.text, u.start, u.end)
        if tm is None:
            return
        team = " ".join(tm.group("team").split())
        laws = [m for m in all_ms if m.kind == "law" and m.end <= tm.start()]
        for law in laws:
            self.add(team, "under_law", law.name, k, "other", "law", 0.6)
        if laws:
            self.via_team.add(u.start)

    def team_partners(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """"Het sociaal team werkt samen met A en B": A and B are partners of the team (a team is no organisation, so
        no entity step named it), not of the municipality."""
        orgs = [m for m in ms if m.kind == "organisation"]
        for tm in TEAM_WORKS_WITH.finditer(self.text, u.start, u.end):
            team = " ".join((tm.group("team") or tm.group("team2")).split())
            first = next((m for m in orgs if m.start == tm.end()), None)
            if first is None:
                continue
            own_unit = self.own is not None and OWN_UNIT.fullmatch(team) is not None
            # "het sociaal team", "de buurtteams" (no name of their own): the municipality's teams, so their partners
            # are the municipality's too (the golds read it either way: both are said)
            generic = self.own is not None and team[:1].islower() and not own_unit
            for a in [first] + self.listed_from(first.end, [m for m in orgs if m.start > first.start], LIST_GAP):
                if own_unit:  # "werkt het team Schulddienstverlening samen met A": a unit of the municipality's own
                    self.add(a.name, "partner_of", self.own, k, "organisation", "municipality", 0.6)
                    continue
                self.add(a.name, "partner_of", team, k, "organisation", "other", 0.6)
                if generic:
                    self.add(a.name, "partner_of", self.own, k, "organisation", "municipality", 0.6)
                else:
                    self.partner_elsewhere.add((a.name.lower(), u.start))

    def team_within(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """A team the sentence opens with, part of the organisation it says it is in: "De vijf sociale wijkteams zijn
        sinds 2018 onderdeel van A", "Het Sociaal Wijkteam X is een onderdeel van A", "De Sociale Teams X zijn per 1
        januari ondergebracht bij A" (a team is no organisation, so no entity step named it)."""
        tm = TEAM_WITHIN.match(self.text, u.start, u.end)
        if tm is None:
            return
        b = next((m for m in ms if m.kind == "organisation" and m.start == tm.end()), None)
        if b is not None:
            team = " ".join(tm.group("team").split())
            self.add(team, "part_of", b.name, k, "other", "organisation", 0.6)
            # a team or service point is no organisation but a service (GUIDELINES: "A provides stadsbreed team
            # Jeugd"): the organisation it is part of provides it
            self.add(b.name, "provides", team, k, "organisation", "other", 0.6)

    def work_together_in(self, k: int, u: Unit, ms: list[Mention]) -> bool:
        """"A en B werken samen in het C": A and B take part in C and work with each other; "in het C, samen met A",
        "het C, een samenwerking van de gemeente met A": A takes part in C. Whether the sentence was read so."""
        text = self.text
        named = [m for m in ms if m.kind in ACTOR_KINDS or m.kind in THING_KINDS]
        done = False
        for n, c in enumerate(named):
            if n == 0:
                continue
            prev = named[n - 1]
            wm = WORK_TOGETHER_IN.fullmatch(text, prev.end, c.start) if prev.kind in ACTOR_KINDS else None
            if wm:
                group = [prev]
                for b in reversed(named[:n - 1]):  # the coordinated names before the verb
                    if b.kind not in ACTOR_KINDS or not re.fullmatch(r"(?i)\s*(?:,|en|&)\s*(?:de\s+|het\s+)?",
                                                                    text[b.end:group[-1].start]):
                        break
                    group.append(b)
                for a in group:
                    self.add(a.name, "part_of", c.name, k, a.kind, c.kind, 0.6)
                    for b in group:
                        if b is not a:
                            self.add(a.name, "partner_of", b.name, k, a.kind, b.kind, 0.5)
                done = True
                continue
            if prev.kind == "organisation" or prev.kind in THING_KINDS:
                tm = TOGETHER_AFTER_BODY.match(text, prev.end, c.start + 1)
                if (tm and tm.end() == c.start and c.kind == "organisation"
                        and re.search(r"(?i)\bin\s+(?:de\s+|het\s+)?\Z", text[max(u.start, prev.start - 8):prev.start])
                        or tm and tm.end() == c.start and c.kind == "organisation" and "samenwerking" in tm.group(0)):
                    self.add(c.name, "part_of", prev.name, k, c.kind, prev.kind, 0.5)
        return done

    def staff_of(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """Staff named by their task and the organisation they work for ("de buurtsportcoaches van A", "Energiecoaches
        van A bezochten ..."): A provides them."""
        for a in ms:
            if a.kind != "organisation":
                continue
            sm = TASK_STAFF_OF.search(self.text, max(u.start, a.start - 50), a.start)
            if sm and len(sm.group("staff")) > 6:
                self.add(a.name, "provides", sm.group("staff").lower(), k, "organisation", "other", 0.5)

    def region_members(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """A municipality or organisation that belongs to a named region: "A is aangesloten bij de jeugdzorgregio X", "maakt
        A deel uit van de regio X", "A, dat onderdeel is van de arbeidsmarktregio X", "A koopt samen met de andere
        gemeenten in de regio X ... in", "de jeugdzorgregio X, waarin ook A, B en C deelnemen"."""
        text = self.text
        members = [m for m in ms if m.kind in ("own", "municipality", "organisation")]
        for m in members:
            rm = REGION_MEMBER_AFTER.match(text, m.end, u.end)
            if rm is None and REGION_MEMBER_INVERTED.search(text, max(u.start, m.start - 12), m.start):
                rm = re.compile(r"(?i)\s+deel\s+uit\s+van\s+de\s+(?-i:" + _REGION + r")").match(text, m.end, u.end)
            if rm is None and m.kind in ("own", "municipality"):
                rm = REGION_OTHERS.match(text, m.end, u.end)
            if rm is not None:
                region = " ".join(rm.group("region").split())
                self.add(m.name, "part_of", region, k, m.kind if m.kind != "own" else "municipality", "other", 0.5)
        for wm in REGION_WHEREIN.finditer(text, u.start, u.end):
            region = " ".join(wm.group("region").split())
            prev = None
            for m in members:
                if m.start < wm.end() or m.kind == "organisation":
                    continue
                gap = text[(prev.end if prev else wm.end()):m.start]
                if not re.fullmatch(r"(?i)\s*(?:,|en|,\s*en)?\s*", gap):
                    break
                self.add(m.name, "part_of", region, k, "municipality", "other", 0.5)
                prev = m

    def parts(self, k, u, sent, ms):
        things = [m for m in ms if m.kind in THING_KINDS]
        if len(things) < 2 and not self._search(ANAPHOR, sent) and not SUBJECT_ANAPHOR.match(sent):
            return
        starts = [t.start for t in things]
        ends = [t.end for t in things]
        for cm in PART_OF.finditer(sent):
            c0, c1 = u.start + cm.start(), u.start + cm.end()
            i = bisect.bisect_left(starts, c1)
            if i >= len(things) or (things[i].start - c1 > 25 and not re.fullmatch(
                    r"(?i)\s*(?:(?:de|het|een)\s+)?(?:[a-zà-ÿ][\w-]*\s+){0,3}[‘'“\"]?", self.text[c1:things[i].start])):
                continue  # "deel uit van het programma 'X'", "onderdeel van het lokale preventieakkoord 'X'"
            whole = things[i]
            j = bisect.bisect_right(ends, c0) - 1
            if j >= 0 and things[j] is not whole:
                part = things[j]
            elif ANAPHOR.search(sent[: cm.start()]) or SUBJECT_ANAPHOR.match(sent):
                part = self.recent_thing(k)
            else:
                part = None
            if part is not None and part.name != whole.name:
                self.add(part.name, "part_of", whole.name, k, "initiative", "initiative")

    # list items under a lead-in: "subsidies voor:" (funds), "binnen het programma X:" (part_of),
    # "partners:" (partner_of)
    def item_phrase(self, j: int) -> str | None:
        """A list item that is a short name ("• Samen Sterk Start;"), without bullet and closing punctuation."""
        raw = self.text[self.units[j].start:self.units[j].end]
        if not _BULLET.match(raw):
            return None  # a further sentence of the item ("... De gemeentelijke bijdrage bedraagt € 1.842.000;")
        item = _BULLET.sub("", raw).strip(" ;,.")
        return item if len(item) > 3 and item[0].isupper() and len(item.split()) <= 8 else None

    def subsidy_item(self, j: int, ims: list[Mention]) -> None:
        """An item of a list announced as subsidies ("Subsidies voor:"): the municipality funds the organisations
        it names, else its initiative, else the name it gives ("• Buurtfonds - activiteiten voor ouderen": the
        name before the dash or colon is funded and provides what follows it)."""
        orgs = [a for a in ims if a.kind == "organisation"]
        for a in orgs:
            self.add(self.own, "funds", a.name, j, "municipality", "organisation")
        things = [a for a in ims if a.kind in THING_KINDS]
        if not orgs and things:
            self.add(self.own, "funds", things[0].name, j, "municipality", "initiative")
        item = _BULLET.sub("", self.text[self.units[j].start:self.units[j].end]).strip(" ;,.")
        parts = re.split(r"\s+[-–]\s+|(?<=\w):\s+(?=[a-zà-ÿ])", item, maxsplit=1)  # "A - what", "A: what"
        name, what = parts[0].strip(), (parts[1].strip() if len(parts) > 1 else "")
        if not name or not name[0].isupper() or len(name.split()) > 5:
            return
        funded = orgs[0].name if orgs else things[0].name if things else name
        if not orgs and not things:
            self.add(self.own, "funds", name, j, "municipality", "other", 0.5)
        if what and what[0].islower():
            what = " ".join(re.split(r"[.;:(]", what)[0].split()[:8])
            self.add(funded, "provides", what, j, "organisation" if orgs else "other", "other", 0.5)

    def lists(self):
        for k, u in enumerate(self.units):
            if u.item:
                continue
            sent = self.text[u.start:u.end]
            if not sent.rstrip().endswith(":"):
                continue
            items = []
            first = k + 1
            if first + 1 < len(self.units) and self.units[first + 1].item and self.heading_before(first + 1):
                first += 1  # a heading between the lead-in and its items ("... regelingen:" / "Regelingen" / "1. X")
            for j in range(first, len(self.units)):
                if not self.units[j].item:
                    break
                items.append(j)
            if not items:
                continue
            ms = self.inner_of(k)
            things = [m for m in ms if m.kind in THING_KINDS]
            lead_org = None
            providers = PROVIDER_LEAD.search(sent)
            for j in items:
                ims = self.inner_of(j)
                if providers:  # "de volgende aanbieders:" / "• A (ambulante hulp)": what each provider offers
                    self.provider_item(j, ims)
                if self.own and re.search(r"(?i)subsidie", sent):
                    self.subsidy_item(j, ims)
                cue = PART_OF.search(sent)
                if things and cue:
                    after = [t for t in things if 0 <= t.start - (u.start + cue.end()) <= 40]
                    whole = (after or things)[-1 if not after else 0]
                    parts = [t.name for t in ims if t.kind in THING_KINDS] or [self.item_phrase(j)]
                    for part in parts:
                        if part:
                            self.add(part, "part_of", whole.name, j, "initiative", "initiative")
                if PARTNER.search(sent) and self.own:
                    if MEMBER.search(sent):
                        # "de volgende gemeenschappelijke regelingen:": each item is a body the municipality takes
                        # part in, whatever it was typed as ("1. Omgevingsdienst X te Y": not the seat Y)
                        named = [a for a in ims if a.kind in ("organisation",) + THING_KINDS
                                 and not re.search(r"\bte\s+$", self.text[self.units[j].start:a.start])]
                        part = named[0].name if named else self.item_phrase(j)
                        if part:
                            self.add(part, "partner_of", self.own, j, named[0].kind if named else "other",
                                     "municipality")
                        continue
                    if lead_org is None and not things:
                        lead_org = self.opening_org(u, ms) or ""
                    for a in ims:
                        if a.kind in ACTOR_KINDS:
                            if things:
                                self.add(a.name, "partner_of", things[-1].name, j, a.kind, "initiative")
                            elif lead_org:  # "A werkte daarbij samen met:": the items work with A
                                self.add(a.name, "partner_of", lead_org, j, a.kind, "organisation")
                            else:
                                self.add(a.name, "partner_of", self.own, j, a.kind, "municipality")

    def provider_item(self, j: int, ims: list[Mention]) -> None:
        """An item of a list of providers: "• A (residentiële zorg)", "• A – ambulante hulp", "• A: jeugd-ggz"; the
        organisation that opens the item provides the lower-case service that follows it."""
        u = self.units[j]
        org = next((m for m in ims if m.kind == "organisation"), None)
        if org is None or _BULLET.sub("", self.text[u.start:org.start]).strip():
            return
        sm = ITEM_SERVICE.match(self.text, org.end, u.end)
        if sm:
            svc = " ".join(sm.group("svc").split()[:8]).strip(" ,;:")
            if len(svc) > 3:
                self.add(org.name, "provides", svc, j, "organisation", "other", 0.5)

    def subsidy_tables(self) -> None:
        """A table whose header names subsidies ("| Organisatie | Subsidie 2024 |"): the municipality funds what the
        first cell of each row names (an organisation found there, else a capitalised name; not a total)."""
        if not self.own:
            return
        header = None
        low = self._text_low
        for k, u in enumerate(self.units):
            line = self.text[u.start:u.end]
            cells = _cells(line)
            if cells is None and header is not None and header >= 0 and self._rows_under(header, k):
                im = AMOUNT_ITEM.match(line)  # "- Stichting A: € 412.500" under such a title
                cells = [im.group("name"), im.group("amount")] if im else None
            if cells is None:
                # a title line that names subsidies ("Subsidies 2019 (selectie)"), the rows right under it
                header = k if _holds(low, u, SUBSIDY_WORDS) and SUBSIDY_HEADER.search(line) \
                    and SUBSIDY_TITLE.fullmatch(line) else None
                continue
            if header is None or not self._rows_under(header, k):
                header = k if any(SUBSIDY_HEADER.search(c) and len(c.split()) <= 4 for c in cells) else -1
                continue
            if header < 0:
                continue
            cell = cells[0]
            if not any(AMOUNT_CELL.search(c) for c in cells[1:]):
                continue  # a row without an amount ("Ontvanger | Verleend 2021": the header's years are none)
            a = u.start + line.find(cell)
            inside = [m for m in self.inner_of(k) if m.kind == "organisation" and a <= m.start < a + len(cell)]
            name = " ".join(cell.split())
            if inside:
                self.add(self.own, "funds", inside[0].name, k, "municipality", "organisation", 0.6)
                org = inside[0]
                for t in self.inner_of(k):  # "Atletiekvereniging A ('Bewegen in de Buurt')": what the grant is for
                    if t.kind in THING_KINDS and re.fullmatch(r"\s*\(\s*[‘'“\"]?", self.text[org.end:t.start]):
                        self.add(org.name, "provides", t.name, k, "organisation", t.kind, 0.5)
            elif (name[:1].isupper() and len(name.split()) <= 6 and not TABLE_TOTAL.match(name)
                  and not re.search(r"\d", name)):
                self.add(self.own, "funds", name, k, "municipality", "other", 0.5)

    def grant_lines(self) -> None:
        """A line of a grants table that names the grantee after the word subsidie ("Subsidie Plusbus", "Incidentele
        subsidie 2019 Surplus Algemeen maatschappelijk werk"): the municipality funds it, and it provides what the
        rest of the line names."""
        if not self.own:
            return
        for k, u in enumerate(self.units):
            m = GRANT_LINE.match(self.text, u.start, u.end)
            if m is None:
                continue
            a = next((x for x in self.inner_of(k) if x.kind == "organisation" and x.start == m.start("name")), None)
            if a is None:
                continue
            self.add(self.own, "funds", a.name, k, "municipality", "organisation", 0.5)
            rest = " ".join(m.group("rest").split())
            if len(rest) > 3 and re.fullmatch(r"[A-Z][a-zà-ÿ\-]+(?:\s+[a-zà-ÿ\-]+){0,5}", rest):
                self.add(a.name, "provides", rest, k, "organisation", "other", 0.5)

    def _rows_under(self, header: int, k: int) -> bool:
        """Whether unit k is a row under the title or header row `header`: in its paragraph, or in the paragraph that
        opens right after it (a blank line between a title and its list)."""
        para = self.units[k].para
        return self.units[header].para == para or (
            header + 1 < len(self.units) and self.units[header + 1].para == para
            and self.units[header + 1].para - self.units[header].para <= 2)

    def role_tables(self) -> None:
        """A table of partners and what each does ("Partner | Rol in dit programma", "Aanbieder | Taak"): the
        organisation of each row's first cell provides each item of the role cell ("A | X, Y en Z")."""
        header = None
        role_col = -1
        for k, u in enumerate(self.units):
            line = self.text[u.start:u.end]
            if "|" not in line:
                header = None
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if header is None or self.units[header].para != u.para:
                header, role_col = k, -1
                if cells and ROLE_TABLE_ORG.fullmatch(cells[0]):
                    role_col = next((i for i, c in enumerate(cells[1:], 1) if ROLE_TABLE_ROLE.match(c)), -1)
                continue
            if role_col < 0 or role_col >= len(cells) or re.fullmatch(r"[-:| ]*", line):
                continue
            first = u.start + line.find(cells[0])
            org = next((m for m in self.inner_of(k) if m.kind == "organisation"
                        and first <= m.start < first + len(cells[0])), None)
            if org is None:
                continue
            for item in re.split(r"\s*[,;]\s*(?:en\s+)?|(?<!-)\s+en\s+", cells[role_col]):
                obj = re.sub(r"^(?:de|het|een)\s+", "", " ".join(item.split()))
                if obj[:1].islower() and len(obj) > 3 and not re.search(r"\d|€", obj):
                    self.add(org.name, "provides", obj, k, "organisation", "other", 0.5)

    # ------------------------------------------------------------------ constructions of the seventh round

    def municipalities_at(self, pos: int, end: int, ms: list[Mention]) -> tuple[list[Mention], int]:
        """The coordinated municipalities that start at pos ("Bergstad, Dalwijk en ons"), and where the list ends."""
        out: list[Mention] = []
        text = self.text
        while pos < end:
            m = next((x for x in ms if x.kind in ("municipality", "own") and x.start == pos), None)
            if m is None:
                om = OWN_WORD.match(text, pos, end)
                if om is None or not self.own:
                    break
                m = Mention(pos, om.end(), "own", self.own)
            out.append(m)
            sep = MUNI_SEP.match(text, m.end, end)
            if sep is None:
                return out, m.end
            pos = sep.end()
        return out, (out[-1].end if out else pos)

    def on_behalf(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """"A voert voor (namens) B, C en D de X uit": A works on behalf of each, contracted by each (as by one: "A voert
        voor ons de X uit"); "A, de uitvoeringsorganisatie van B, C en D": A is a partner of each."""
        text = self.text
        for a in ms:
            if a.kind != "organisation":
                continue
            cm = ON_BEHALF_OF.match(text, a.end, u.end)
            if cm is None:
                continue
            munis, end = self.municipalities_at(cm.end(), u.end, ms)
            verb = cm.group(0).lstrip(" (,").lower().startswith("voer")
            if not munis:
                if not verb and self.own and GROUP_OF_MUNICIPALITIES.match(text, cm.end(), u.end):
                    # "A, het sociaal werkbedrijf van de gemeenten in Noordoost-Fryslân": this one among them
                    self.add(self.own, "part_of", a.name, k, "municipality", "organisation", 0.6)
                continue
            if verb and not re.search(r"\buit\b", text[end:u.end]):
                continue  # "voert voor": the separable verb "uitvoeren" (not "voert voor B campagne")
            for m in munis:
                if cm.group("joint"):  # "A, een gezamenlijke uitvoeringsorganisatie van B, C en D": theirs
                    self.add(m.name, "part_of", a.name, k, "municipality", "organisation", 0.6)
                else:
                    self.add(a.name, "contracted_by" if verb else "partner_of", m.name, k, "organisation", "municipality", 0.6)
        for a in ms:
            if a.kind != "organisation":
                continue
            fm = FOR_AFTER_CLAUSE.match(text, a.end, u.end)
            if fm is None:
                continue
            munis, _ = self.municipalities_at(fm.end(), u.end, ms)
            for m in munis:  # "A voert de X uit voor B en C", "A is de leverancier van X voor B en C"
                self.add(a.name, "contracted_by", m.name, k, "organisation", "municipality", 0.6)
        for pm in PASSIVE_FOR.finditer(text, u.start, u.end):
            munis, end = self.municipalities_at(pm.end(), u.end, ms)
            bm = FOR_THEN_BY.match(text, end, u.end) if munis else None
            a = next((x for x in ms if x.kind == "organisation" and bm.end() <= x.start
                      and re.fullmatch(r"(?i)(?:stichting\s+)?", text[bm.end():x.start])), None) if bm else None
            if a is not None:  # "X wordt voor B, C en D uitgevoerd door A"
                for m in munis:
                    self.add(a.name, "contracted_by", m.name, k, "organisation", "municipality", 0.6)

    def centre_tasks(self, k: int, u: Unit, sent: str, ms: list[Mention]) -> None:
        """The tasks a centrumgemeente carries out for its region, as one phrase the way the sentence names them
        ("beschermd wonen en maatschappelijke opvang"), and the municipalities it serves ("voor A, B en C")."""
        text = self.text
        munis = [m for m in ms if m.kind in ("municipality", "own")]
        for m in munis:
            before = text[u.start:m.start]
            svc_at = None
            sm = CENTRE_SUBJECT.fullmatch(before)
            fm = CENTRE_FOR.search(before) if re.match(r"(?i)\W*als\s", before) else None
            if fm and (REGION_PHRASE.match(fm.group("svc")) or any(x.start < m.start for x in munis)):
                fm = None  # "Als centrumgemeente voor de Kop van X": a region, not a task
            rm = CENTRE_RESPONSIBLE.match(text, m.end, u.end)
            if rm and (REGION_PHRASE.match(rm.group("svc")) or not (
                    "centrumgemeente" in text[m.end:rm.end()].lower() or re.search(r"(?i)\bals\s+centrumgemeente\b", before))):
                rm = None
            vm = CENTRE_FRONTED.fullmatch(before) if sm is None and re.match(
                r"\s+(?:als\s+)?centrumgemeente\b", text[m.end:u.end]) else None
            if sm:  # "X vallen onder centrumgemeente A", "Voor X is B aangewezen op de centrumgemeente A"
                g = "svc" if sm.group("svc") is not None else "svc2"
                svc_at = (u.start + sm.start(g), u.start + sm.end(g))
            elif vm:  # "Voor beschermd wonen en maatschappelijke opvang blijft A centrumgemeente"
                svc_at = (u.start + vm.start("svc"), u.start + vm.end("svc"))
            elif fm:  # "Als centrumgemeente voor X is A"
                svc_at = (u.start + fm.start("svc"), u.start + fm.end("svc"))
            elif rm:  # "A is voor de regio centrumgemeente voor X", "Als centrumgemeente is A verantwoordelijk voor X"
                svc_at = (rm.start("svc"), rm.end("svc"))
            if svc_at is None:
                continue
            a, b = svc_at
            tm = CENTRE_TASKS_FOR.match(text, a, b)
            if tm:  # "De regionale taken voor beschermd wonen worden uitgevoerd door centrumgemeente A": the tasks' field
                a = tm.end()
            em = CENTRE_SVC_END.search(text, a, b)
            cut = em.start() if em else b
            svc = re.sub(r"(?i)\b(?:de|het)\s+", "", " ".join(text[a:cut].split())).strip(" ,")
            if len(svc) < 4:
                continue
            if svc[0].isupper() and svc[1:2].islower():
                svc = svc[0].lower() + svc[1:]
            self.add(m.name, "provides", svc, k, m.kind, "other", 0.6)
            # "... voor beschermd wonen en maatschappelijke opvang voor (ook) A, B en C": the municipalities served
            vm = re.match(r"(?i)\s+voor\s+(?:ook\s+)?", text[cut:cut + 12]) if em and cut < u.end else None
            if vm:
                served, _ = self.municipalities_at(cut + vm.end(), u.end, ms)
                for x in served:
                    if x.name != m.name:
                        self.add(m.name, "partner_of", x.name, k, m.kind, x.kind, 0.5)

    def take_part(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """"A en B doen mee aan X": each organisation is a partner of the scheme or project X."""
        text = self.text
        orgs = [m for m in ms if m.kind == "organisation"]
        for n, a in enumerate(orgs):
            tm = TAKE_PART.match(text, a.end, u.end)
            if tm is None:
                continue
            thing = next((m for m in ms if m.kind in THING_KINDS and 0 <= m.start - tm.end() <= 2), None)
            if thing is None:
                continue
            for b in [a] + self.coordinated_loose(orgs, n):
                self.add(b.name, "partner_of", thing.name, k, "organisation", "initiative", 0.6)

    def coordinated_loose(self, orgs: list[Mention], n: int) -> list[Mention]:
        """The organisations coordinated before orgs[n], each possibly with a short place phrase ("A uit X en B uit
        Y doen mee")."""
        out, cur = [], orgs[n]
        for b in reversed(orgs[:n]):
            if not re.fullmatch(r"(?i)(?:\s+(?:uit|in)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?\s*(?:,|en|&|,\s*en)\s*"
                                r"(?:de\s+|het\s+)?", self.text[b.end:cur.start]):
                break
            out.append(b)
            cur = b
        return out

    def receives_amount(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """"A ontving € 38.000", "De stichting kreeg een subsidie van € 2,9 miljoen", "...; zij ontving daarvoor
        € 18.000": the municipality funds the organisation that opens the sentence or the clause, or the one a
        word like "de stichting" points back to (the organisation the sentence before opens with)."""
        text = self.text
        orgs = [m for m in ms if m.kind == "organisation"]
        sent = text[u.start:u.end]
        if OWN_ACTOR.search(sent[:40]) or re.search(r"(?i)\bvan\s+(?:de\s+|het\s+)?(?:provincie|rijk|fonds)", sent):
            return
        lead = re.match(r"[\s•\-–*·]*(?:(?:De|Het)\s+)?", sent).end()
        first = orgs[0] if orgs and orgs[0].start - u.start <= lead + 1 else None
        if first is not None:
            if RECEIVES_AMOUNT.match(text, first.end, u.end):
                self.add(self.own, "funds", first.name, k, "municipality", "organisation", 0.6)
            return
        for bm in re.finditer(r"(?:^|;\s*)", sent):
            back = BACK_REFERENCE.match(sent, bm.end())
            if back is None or not RECEIVES_AMOUNT.match(text, u.start + back.end(), u.end):
                continue
            if bm.end() > 0:  # "...; zij ontving": the organisation of the clause before
                org = next((m for m in orgs if m.start < u.start + bm.start()), None)
            else:
                org = self.previous_subject(k)
            if org is not None:
                self.add(self.own, "funds", org.name, k, "municipality", "organisation", 0.6)

    def previous_subject(self, k: int) -> Mention | None:
        """The organisation the sentence before unit k (in its paragraph) is about: its first organisation."""
        if k == 0 or self.units[k - 1].para != self.units[k].para:
            return None
        return next((m for m in self.inner_of(k - 1) if m.kind == "organisation"), None)

    def seated_in(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """Where a name or a service point right before "in" stands: "het Leger des Heils in Zwolle." (a clause ends
        or its verb follows: "De Voedselbank X in Tuk zag ..."), "consultatiebureaus in B en C", "De gebiedsteams, die
        gevestigd zijn in B, C en D", "De sociale teams, die in B en C ... werken"."""
        text = self.text
        place_ends = {q.end for q in ms if q.kind in ("neighbourhood", "municipality")}
        starts = place_starts(ms)
        org_ends = sorted((m.end, n) for n, m in enumerate(ms) if m.kind == "organisation")
        for p in ms:
            if p.kind not in ("neighbourhood", "municipality") or text[max(u.start, p.start - 3):p.start] != "in ":
                continue
            if any(e in place_ends and PLACE_LIST_SEP.fullmatch(text, e, p.start)
                   for e in range(max(u.start, p.start - PLACE_SEP_MAX), p.start + 1)):
                continue  # not the first of a list
            group = self.place_list(p.start, u.end, ms, starts)
            after = text[group[-1].end:min(u.end, group[-1].end + 20)]
            lead = text[max(u.start, p.start - 120):p.start - 3]
            # (the organisations that end in the 120 characters before: a service points clause is no longer)
            near = [ms[n] for _e, n in org_ends[bisect.bisect_left(org_ends, (p.start - 120, -1)):
                                                bisect.bisect_left(org_ends, (p.start, -1))]]
            org = next((m for m in near if m.end == p.start - 4), None)
            if org is None:  # "Voedselbank A, met uitdeelpunten in B en C", "A, die uitdeelpunten heeft in B en C"
                org = next((m for m in near if SERVICE_POINTS_IN.fullmatch(text, m.end, p.start)), None)
                if org is not None:
                    for q in group:
                        self.add(org.name, "located_in", q.name, k, "organisation", q.kind, 0.5)
                    continue
            if org is not None:
                if BY_AGENT.search(text, max(u.start, org.start - 12), org.start) and not re.match(r"\s*(?:[,.;:)]|$)", after):
                    continue  # "dat door A in B wordt uitgevoerd": where A works, not where it is seated
                if SEAT_CLAUSE_END.match(after):
                    for q in group:
                        self.add(org.name, "located_in", q.name, k, "organisation", q.kind, 0.5)
                continue
            fm = FACILITY_NAMED.search(lead)
            if fm and SEAT_CLAUSE_END.match(after) and not any(m.start < p.start - 3 < m.end for m in ms):
                for q in group:
                    self.add(fm.group("np"), "located_in", q.name, k, "other", q.kind, 0.5)
                continue
            nm = SEATED_NP.search(lead)
            if nm is None:
                continue
            np = " ".join(nm.group("np").split())
            if np.split()[0].lower() in ("zijn", "haar", "hun"):
                # "A heeft zijn hoofdvestiging in B": the seat is A's, the organisation the clause is about
                owner = next((m for m in reversed(ms) if m.kind == "organisation" and m.end <= max(u.start, p.start - 120) + nm.start("np")
                              and not re.search(r"[.;:]", text[m.end:p.start])), None)
                for q in group if owner is not None else ():
                    self.add(owner.name, "located_in", q.name, k, "organisation", q.kind, 0.5)
                continue
            if nm.group("rel") and "gevestigd" not in nm.group("rel") and not re.match(r"\s*(?:gevestigd|actief|werken|werkt|zitten|zit)\b|[^.;:]{0,40}?\b(?:werken"
                                                r"|werkt|gevestigd|zitten|zit)\b", after + text[group[-1].end + 20:u.end][:40]):
                continue
            for q in group:
                self.add(np, "located_in", q.name, k, "other", q.kind, 0.5)

    def place_list(self, pos: int, end: int, ms: list[Mention], starts: dict[int, Mention] | None = None,
                   ) -> list[Mention]:
        """The coordinated places (neighbourhoods, municipalities) that start at pos (`starts`: place_starts(ms),
        where many lists of one unit are read)."""
        out: list[Mention] = []
        starts = starts if starts is not None else place_starts(ms)
        while pos < end:
            p = starts.get(pos)
            if p is None:
                break
            out.append(p)
            sep = PLACE_LIST_NEXT.match(self.text, p.end, end)
            if sep is None:
                break
            pos = sep.end()
        return out

    def opened_in(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """What opened or started in the places a sentence opens with, or an organisation built there: "In A en B is
        een ontbijtclub gestart", "In A is een nieuwe dagbestedingslocatie geopend", "X realiseerde in A 16 woningen":
        the thing (a phrase no entity names) is in each place."""
        text = self.text
        fm = IN_PLACES.match(text, u.start, u.end)
        places = self.place_list(fm.end(), u.end, ms) if fm else []
        if places:
            om = OPENED_THING.match(text, places[-1].end, u.end)
            vm = FRONTED_BUILT.match(text, places[-1].end, u.end) if om is None else None
            a = next((m for m in ms if vm and m.kind == "organisation" and m.start == vm.end()), None)
            om = BUILT_NP.match(text, a.end, u.end) if a is not None else om  # "In A opende B een buurthuiskamer"
        else:
            a = next((m for m in ms if m.kind == "organisation"), None)
            om = BUILT_IN.match(text, a.end, u.end) if a is not None else None
            places = self.place_list(om.end("in"), u.end, ms) if om else []
            om = om if places else None
        if om is None or any(m.kind in THING_KINDS + ACTOR_KINDS and om.start("np") <= m.start < om.end("np") for m in ms):
            return
        np = " ".join(om.group("np").split())
        if np.split()[0].lower() in PEOPLE or len(np) < 4:
            return
        for q in places:
            self.add(np, "located_in", q.name, k, "other", q.kind, 0.5)

    def subject_housed(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """"De teams zijn gehuisvest in A, B en C": the subject, a phrase no entity names, is in each place."""
        hm = SUBJECT_HOUSED.match(self.text, u.start, u.end)
        if hm is None or any(m.kind in ACTOR_KINDS + THING_KINDS and m.start < hm.end() for m in ms):
            return
        np = " ".join(hm.group("np").split())
        if np.split()[0].lower() in PEOPLE | ACTOR_NOUNS - {"wijkteams"}:
            return
        for q in self.place_list(hm.end(), u.end, ms):
            if q.kind == "neighbourhood":
                self.add(np, "located_in", q.name, k, "other", "neighbourhood", 0.5)

    def places_fronted(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """A sentence that opens with the places where it happens is about what follows its verb: the initiative it
        names ("In A en B is 'De X' geopend"), else the subject after the verb ("In A, B en C werken de dorpscoaches van
        D", "In A werden de huiskamerprojecten voor ouderen voortgezet"); each place one relation."""
        text = self.text
        lead = PLACES_FRONTED.match(text, u.start, u.end)
        if lead is None:
            return
        group = [p for p in self.place_list(lead.end(), u.end, ms) if p.kind == "neighbourhood"]
        if not group:
            return
        after = group[-1].end
        if lead.group("base"):
            org = next((m for m in ms if m.kind == "organisation" and m.start >= after), None)
            if org is not None and ORG_AFTER_VERB.match(text, after, org.start):
                for q in group:
                    self.add(org.name, "located_in", q.name, k, "organisation", "neighbourhood", 0.5)
            return
        thing = next((m for m in ms if m.kind in THING_KINDS and m.start >= after), None)
        if thing is not None and SUPPORT_FROM.search(text, max(after, thing.start - 40), thing.start):
            return  # "In A heeft Stichting B met steun van het X een dorpshuiskamer geopend": X pays, B is there
        name = thing.name if thing is not None else None
        if name is None:  # "draaiden de teams mee in de pilot 'X'": a quoted name the entity steps did not take
            qm = QUOTED.search(text, after, u.end)
            name = " ".join(qm.group("obj").split()) if qm else None
        if name is not None:
            at = thing.start if thing is not None else qm.start()
            if any(m.kind == "organisation" and after <= m.start < at for m in ms) and re.search(
                    r"(?i)\bin\s+(?:de|het)\s+(?:\w+\s+)?[‘'“\"]?\Z", text[max(u.start, at - 30):at]):
                return  # "In A werkt B samen met C in het project 'X'": where B works (org_seat)
            for q in group:
                self.add(name, "located_in", q.name, k, "initiative", "neighbourhood", 0.5)
            return
        sm = SUBJECT_AFTER_VERB.match(text, after, u.end)
        if sm is None or any(m.kind in ACTOR_KINDS and after <= m.start < sm.start("np") for m in ms):
            return
        named = next((m for m in ms if m.kind == "organisation" and 0 <= m.start - sm.end("np") <= 1), None)
        if named is not None:  # "In A organiseert de zorgcoöperatie B ...": the kind word names B, which is there
            for q in group:
                self.add(named.name, "located_in", q.name, k, "organisation", "neighbourhood", 0.5)
            return
        np = " ".join(sm.group("np").split())
        if np.split()[0].lower() in PEOPLE | ACTOR_NOUNS or len(np) <= 3:
            return
        for q in group:
            self.add(np, "located_in", q.name, k, "other", "neighbourhood", 0.5)

    def org_seat(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """Where an organisation is or works, as the sentence says of the organisation itself: "A uit B", "A, met een
        vestiging in B", "A opende in B een nieuwe locatie", "A houdt spreekuren in B en C", "A biedt X vanuit B en C",
        "In B opende A een nieuwe locatie" (not where a project of A takes place: "In B organiseerde A het project X")."""
        text = self.text
        orgs = [m for m in ms if m.kind == "organisation"]
        things = [m for m in ms if m.kind in THING_KINDS]
        places = [m for m in ms if m.kind in ("neighbourhood", "municipality")]
        done: set[int] = set()
        actors = sorted(m.start for m in orgs + things)
        for a in orgs:
            for i in range(bisect.bisect_left(places, a.end, key=attrgetter("start")), len(places)):
                p = places[i]
                if p.start - a.end > 110:
                    break
                if p.start in done:
                    continue
                j = bisect.bisect_left(actors, a.end)
                if (j < len(actors) and actors[j] < p.start) or re.search(r"[.;:]", text[a.end:p.start]):
                    break  # another actor or a named thing comes first: the clause is no longer about a
                seat = None
                if re.fullmatch(r"\s+uit\s+", text[a.end:p.start]):
                    seat = self.place_list(p.start, u.end, ms)
                elif re.fullmatch(r"\s*\(", text[a.end:p.start]) and text.startswith(")", p.end):
                    seat = [p]  # "Dorpshuis A (Sellingen)": the place its name is given with
                elif PLACE_LEAD.search(text, max(a.end, p.start - 12), p.start):
                    group = self.place_list(p.start, u.end, ms)
                    after = text[group[-1].end:min(u.end, group[-1].end + 30)]
                    if (SEAT_NOUN.search(text, max(a.end, p.start - 45), p.start) or APPOSITION_IN.fullmatch(text, a.end, p.start)
                            or text[p.start - 7:p.start].lower()
                            .startswith("vanuit") or re.match(r"\s+(?:een|de|haar|zijn)\s+(?:\w+\s+)?(?:vestiging|locatie)",
                                                              after)
                            or self._acts_in(u, a, group, things)):
                        seat = group
                for q in seat or ():
                    done.add(q.start)
                    self.add(a.name, "located_in", q.name, k, "organisation", q.kind, 0.6)
        # "In B (en C) opende A een nieuwe locatie": fronted places, a verb, the organisation, and no named thing after it
        lead = re.match(r"\W*(?:In|Vanuit)\s+(?:de\s+|het\s+)?", text[u.start:u.end])
        if lead is None or not orgs:
            return
        group = self.place_list(u.start + lead.end(), u.end, ms)
        a = orgs[0]
        if group and FRONTED_PLACE_VERB.fullmatch(text, group[-1].end, a.start) and not any(
                t.start > a.start and not SUPPORT_FROM.search(text, max(a.end, t.start - 40), t.start)
                for t in things) and not (
                NAMED_OBJECT.match(text, a.end, u.end)):  # "opende A het woonzorgcomplex X": X's place, not A's
            for q in group:
                self.add(a.name, "located_in", q.name, k, "organisation", q.kind, 0.5)

    def _acts_in(self, u: Unit, a: Mention, group: list[Mention], things: list[Mention]) -> bool:
        """Whether the organisation `a`, the subject of its sentence, does what the sentence says in the places of
        `group` and names no initiative for it: "Stichting A verzorgt in B wekelijks een maaltijd", "A organiseert
        beweegactiviteiten voor ouderen in B", "In 2025 richt A in B een inloopspreekuur in", a subsidy line
        "Stichting A, beweegaanbod in B: € 48.500". Where a named initiative follows, the place is the initiative's;
        where the object is a service the text names with an article ("A verzorgt het ouderenwerk in B", "A heeft in B
        de steunpunten ingericht"), the place is the service's."""
        text = self.text
        p = group[0]
        if p.kind != "neighbourhood" or any(t.start > a.start for t in things):
            return False
        if not ACTING_SUBJECT.fullmatch(text, u.start, a.start):
            return False
        gap = COMMISSIONED.sub(" ", text[a.end:p.start])  # "zet in opdracht van de gemeente ... in": no object
        if ACTS_NOT.search(gap) or DEFINITE_OBJECT.search(gap) or DEFINITE_OBJECT.match(text, group[-1].end, u.end):
            return False
        if u.item and re.fullmatch(r",\s+(?:(?-i:[a-z])[\w-]*\s+){1,4}in\s+(?:de\s+|het\s+)?", gap):
            return True  # "Stichting A, beweegaanbod in B": what the line pays A for, and where
        return ACTS_VERB.match(gap) is not None or FRONTED_VERB.fullmatch(text, u.start, a.start) is not None

    def unnamed_agents(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """The agent of a passive that no entity step named ("Hulpmiddelen worden geleverd door Medipoint", "met ambulante
        begeleiding door Dimence of Tactus"): a capitalised name right after "door" provides what the passive's subject
        or the service noun names; the relation makes the name an organisation (organisations_from_relations)."""
        text = self.text
        for cm in AGENT_CUE.finditer(text, u.start, u.end):
            pos = cm.end()
            if any(m.kind in ("organisation", "municipality", "own", "initiative") and pos <= m.start <= pos + 4 for m in ms):
                continue
            names = []
            while True:
                nm = AGENT_NAME.match(text, pos, u.end)
                if nm is None:
                    break
                names.append(nm.group("name"))
                sep = re.match(r"\s+(?:of|en)\s+(?:de\s+|het\s+)?(?=[A-Z])", text[nm.end():u.end])
                if sep is None:
                    break
                pos = nm.end() + sep.end()
            if not names:
                continue
            svc = cm.group("svc")
            if svc:
                objs = [(" ".join(svc.split()), "other")]
            else:
                objs = self.lead_objects(k, text[u.start:cm.start()])
            for name in names:
                for obj, kind in objs:
                    self.add(name, "provides", obj, k, "other", kind, 0.4)

    def unnamed_subjects(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """A name no entity step took that opens its sentence and is said to be seated somewhere or to provide
        something ("Westrom Groep is gevestigd in Venray", "Tzorg biedt huishoudelijke hulp"): the relation makes the
        name an organisation where its shape allows (organisations_from_relations)."""
        text = self.text
        nm = UNNAMED_SUBJECT.match(text, u.start, u.end)
        first = nm.group("name").split()[0] if nm else ""
        if nm is None or first in UNNAMED_NOT_FIRST or first.lower() in STOP_WORDS or UNNAMED_ADVERB.fullmatch(first):
            return
        a, b = nm.start("name"), nm.end("name")
        if any(m.start < b and a < m.end and not (m.kind in PLACE_KINDS and a < m.start and m.end <= b)
               for m in self.by_unit.get(k, [])):
            return  # a name some step took already (a place inside it, "Sport in het Heuvelstee", is no name)
        name = nm.group("name")
        if nm.group("seat"):
            place = next((m for m in ms if m.kind in PLACE_KINDS and m.start == nm.end()), None)
            if place is not None:
                self.add(name, "located_in", place.name, k, "other", place.kind, 0.5)
            return
        pm = PROVIDE_AFTER.match(text, b, u.end)
        if pm is None:
            return
        things = [m for m in ms if m.kind in THING_KINDS]
        laws = [m for m in self.by_unit.get(k, []) if m.kind == "law"]
        for obj, kind in self.objects(pm.start("obj"), pm.end("obj"), things, laws):
            self.add(name, "under_law" if kind == "law" else "provides", obj, k, "other", kind, 0.4)

    def service_under(self, k: int, u: Unit, all_ms: list[Mention]) -> None:
        """"A voert de wijkteams uit onder de Wmo 2015 en de Jeugdwet": the service is under each law named (the
        organisation is not)."""
        text = self.text
        laws = [m for m in all_ms if m.kind == "law"]
        done: set[int] = set()
        for law in laws:
            if law.start in done:
                continue
            sm = SERVICE_UNDER.search(text, max(u.start, law.start - 70), law.start)
            if sm is None:
                continue
            np = _phrase(sm.group("np"))
            prev = None
            for m in laws:  # the coordinated laws from this one on
                if m.start < law.start:
                    continue
                if prev is not None and not re.fullmatch(r"(?i)\s*(?:,|en|&)\s*(?:de\s+|het\s+)?", text[prev.end:m.start]):
                    break
                done.add(m.start)
                if np and len(np) > 3:
                    self.add(np, "under_law", m.name, k, "other", "law", 0.6)
                prev = m

    def carries_out_law(self, k: int, u: Unit, ms: list[Mention], all_ms: list[Mention]) -> None:
        """An organisation works under the law its clause says it carries out: "A voert voor ons de taken uit de X uit",
        "A, die voor ons de schuldhulp onder de X uitvoert", "A voert taken uit op grond van de X"; "De X voeren wij uit in
        het A"; and what a phrase right before "onder de X" names ("Maatwerkvoorzieningen onder de X")."""
        text = self.text
        laws = [m for m in all_ms if m.kind == "law"]
        for a in ms:
            if a.kind != "organisation" or GOVERNED.search(text, max(u.start, a.start - 30), a.start):
                continue
            cm = CARRIES_OUT.match(text, a.end, u.end)
            if cm is None:
                continue
            spans = [(cm.start("obj"), cm.end("after"))] if cm.group("obj") is not None else [(cm.start("robj"), cm.end("robj"))]
            for lo, hi in spans:
                for law in laws:
                    if not lo <= law.start < hi or NEW_CLAUSE.search(text, lo, law.start):
                        continue  # "... uit en begeleidt inwoners uit de Y": another clause's law
                    if LAW_OF_TASK.search(text, max(lo, law.start - 30), law.start) or LAW_AS_OBJECT.fullmatch(
                            text, lo, law.start):  # "A voert (voor B en C) de Wet X uit": the law itself
                        self.add(a.name, "under_law", law.name, k, "organisation", "law", 0.6)
        for law in laws:
            lm = LAW_CARRIED_IN.match(text, law.end, u.end)
            if lm and re.fullmatch(r"\W*(?:de\s+|het\s+)?", text[u.start:law.start], re.I):
                body = next((m for m in ms if m.kind == "organisation" and m.start == lm.end()), None)
                if body is not None:
                    self.add(body.name, "under_law", law.name, k, "organisation", "law", 0.6)
            nm = NP_UNDER.search(text, max(u.start, law.start - 60), law.start) or NP_UNDER_OPENING.match(text, u.start, law.start)
            if nm and nm.start() >= u.start:
                # "We bieden schuldhulp onder de X": the words after the clause's verb ("de taken uitvoert onder": none)
                np = " ".join(FINITE_VERB.split(" ".join(nm.group("np").split()))[-1].split())
                if np and np.split()[-1].lower() not in PEOPLE and len(np) > 3 and not any(
                        m.kind in ACTOR_KINDS and m.start < law.start and m.end > nm.start("np") for m in ms) \
                        and self._law_carrier(law, ms) is None:  # handed to an organisation: it works under the law
                    self.add(np, "under_law", law.name, k, "other", "law", 0.5)

    def responsible_for_law(self, k: int, u: Unit, ms: list[Mention], all_ms: list[Mention]) -> None:
        """"Voor (de uitvoering van) de Wet langdurige zorg is het Zorgkantoor A verantwoordelijk": A works under it."""
        text = self.text
        for law in (m for m in all_ms if m.kind == "law"):
            if not re.fullmatch(r"(?i)[\s•\-–*·]*voor\s+(?:de\s+uitvoering\s+van\s+)?(?:de\s+|het\s+)?", text[u.start:law.start]):
                continue
            vm = re.match(r"(?i)\s+(?:is|zijn|blijft|blijven|was|waren)\s+(?:het\s+|de\s+)?", text[law.end:u.end])
            a = next((m for m in ms if m.kind == "organisation" and vm and m.start >= law.end + vm.end()
                      and re.fullmatch(r"(?i)(?:[a-z]\w*\s+)?", text[law.end + vm.end():m.start])), None)
            if a is not None and re.match(r"(?i)\s+(?:\w+\s+)?verantwoordelijk\b", text[a.end:u.end]):
                self.add(a.name, "under_law", law.name, k, "organisation", "law", 0.6)
            hm = re.match(r"(?i)\s+(?:heeft|hebben|had)\s+(?:de\s+gemeente|wij|we)\s+(?:(?:ook|daarnaast|in\s+\d{4})\s+)?(?:stichting\s+)?",
                          text[law.end:u.end])
            a = next((m for m in ms if m.kind == "organisation" and hm and m.start == law.end + hm.end()), None)
            if a is not None and re.match(r"(?i)[^.;:]{0,40}?\b(?:gecontracteerd|ingehuurd|ingekocht|aangetrokken)\b",
                                          text[a.end:u.end]):
                # "Voor de uitvoering van de Wet inburgering heeft de gemeente A gecontracteerd"
                self.add(a.name, "under_law", law.name, k, "organisation", "law", 0.6)

    def carried_via(self, k: int, u: Unit, ms: list[Mention], all_ms: list[Mention]) -> None:
        """"(Wij) voeren de X en de Y gezamenlijk uit via het werkbedrijf A": A works under each law the clause carries
        out; "A, dat ook de medewerkers met een Wsw-indicatie in dienst heeft": A works under the law its staff are
        employed under."""
        text = self.text
        laws = [m for m in all_ms if m.kind == "law"]
        for a in ms:
            if a.kind != "organisation":
                continue
            vm = CARRIED_VIA.search(text, max(u.start, a.start - 40), a.start)
            if vm:
                ex = None
                for em in EXECUTES_BEFORE.finditer(text, u.start, vm.start()):
                    ex = em
                if ex is not None:
                    for law in laws:
                        if ex.end() <= law.start < vm.start():
                            self.add(a.name, "under_law", law.name, k, "organisation", "law", 0.6)
            em = EMPLOYS_UNDER.match(text, a.end, u.end)
            if em:
                for law in laws:
                    if a.end <= law.start < em.end():
                        self.add(a.name, "under_law", law.name, k, "organisation", "law", 0.5)

    def programme_heading_before(self, pos: int) -> re.Match | None:
        """The last programme heading in text[:pos]: the text's headings found once (a heading is one line), the line
        pos is in read up to pos."""
        if self._headings is None:
            self._headings = list(PROGRAMME_HEADING.finditer(self.text))
            self._heading_starts = [m.start() for m in self._headings]
        line = self.text.rfind("\n", 0, pos) + 1
        cut = next(iter(deque(PROGRAMME_HEADING.finditer(self.text, line, pos), maxlen=1)), None)
        if cut is not None:
            return cut
        i = bisect.bisect_left(self._heading_starts, line)
        return self._headings[i - 1] if i else None

    def programme_laws(self, k: int, u: Unit, all_ms: list[Mention]) -> None:
        """The laws a programme carries out, as its section says at the start ("Dit programma omvat de uitvoering
        van de X en de Y", "Het omvat de taken van de gemeente op grond van de X"): the programme the heading above
        names is under each law of the list right after the cue."""
        text = self.text
        laws = [m for m in all_ms if m.kind == "law"]
        first = next((m for m in laws if PROGRAMME_LAWS.match(text, u.start, m.start)), None)
        if first is None:
            return
        heading = self.programme_heading_before(u.start)
        if heading is None:
            return
        name = heading.group("name").strip(" :-")
        if name.isupper():
            name = name.capitalize()
        prev = None
        for m in laws:  # the coordinated laws from the first one on
            if m.start < first.start:
                continue
            if prev is not None and not re.fullmatch(r"(?i)\s*(?:\([^()]{1,15}\)\s*)?(?:,|en|&)\s*(?:de\s+|het\s+)?",
                                                     text[prev.end:m.start]):
                break
            self.add(name, "under_law", m.name, k, "other", "law", 0.6)
            prev = m

    def law_compounds(self, k: int, u: Unit, all_ms: list[Mention]) -> None:
        """A service named with the law's abbreviation ("Wmo-maatwerkvoorzieningen", "het Wmo-vervoer") in a sentence
        is under it, and so are the own contributions paid for it ("eigen bijdragen voor Wmo-maatwerkvoorzieningen"); not
        a heading that is the compound alone, nor a group of people ("Wmo-cliënten"), nor an indicator's lower-case
        "wmo-voorziening"."""
        for law in all_ms:
            if law.kind != "law":
                continue
            cm = LAW_COMPOUND.match(self.text, law.end, u.end) if self.text[law.start].isupper() else None
            # "de eigen bijdragen voor Wmo-maatwerkvoorzieningen": what is paid for it
            pm = re.search(r"(?i)\beigen\s+bijdragen?\s+voor\s+\Z", self.text[max(u.start, law.start - 40):law.start])
            name = self.text[law.start:cm.end()] if cm else ""
            if name and re.search(r"(?i)\b(?:inwoners|cliënten|clienten|huishoudens|mensen|personen|aantal)\s+met\s+(?:een\s+)?\Z",
                                  self.text[max(u.start, law.start - 30):law.start]) and "|" in self.text[u.start:u.end]:
                continue  # "| Cliënten met een Wmo-maatwerkvoorziening | 2.480 |": an indicator's label, no statement
            if name and not pm and (_cells(self.text[u.start:u.end]) is not None or BUDGET_VARIANCE.search(
                    self.text, u.start, u.end)):
                continue  # a table row's label, or "Voor de Wmo-hulpmiddelen ontstaat een nadeel van € 62.000": money
            if name and self.text[u.start:u.end].strip() != name:  # a heading of its own names no relation
                self.add(name, "under_law", law.name, k, "other", "law", 0.6)
                if pm:
                    self.add(" ".join(pm.group(0).split()) + " " + name, "under_law", law.name, k, "other", "law", 0.5)

    def law_labels(self, k: int, u: Unit, all_ms: list[Mention]) -> None:
        """A label (a table cell, a budget line, a list item) with its law in brackets: "Huishoudelijke hulp (Wmo 2015)",
        "TV66 Maatwerkvoorzieningen (WMO)"; not the law's own abbreviation ("Wet maatschappelijke ondersteuning (Wmo)")."""
        text = self.text
        for law in all_ms:
            if law.kind != "law" or text[law.start - 1:law.start] != "(" or text[law.end:law.end + 1] != ")":
                continue
            lo = max(u.start, text.rfind("|", u.start, law.start) + 1, text.rfind("\n", u.start, law.start) + 1)
            sm = LABEL_START.match(text, lo, law.start)
            label = " ".join(text[sm.end() if sm else lo:law.start - 1].split())
            if (not label or not label[0].isalpha() or len(label.split()) > 5 or any(
                    m.kind in ("law", "organisation") and lo <= m.start < law.start - 1 for m in all_ms)
                    or re.search(r"[,.;:]|\d", label)):
                continue
            self.add(label, "under_law", law.name, k, "other", "law", 0.5)

    def item_does(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """A list item that opens with an organisation and says what it does ("• A: opbouwwerk, jongerenwerk en
        ouderenwerk, met buurtkamers in B", "- A voor de jeugdgezondheidszorg", "- A, met de inzet van
        praktijkondersteuners"): A provides it (a count or amount is no service)."""
        text = self.text
        lead = re.match(r"[\s•\-–*·▪●◦\d.)]*(?:(?:de|het|De|Het)\s+)?", text[u.start:u.end]).end()
        a = next((m for m in ms if m.kind == "organisation" and m.start - u.start <= lead + 1), None)
        if a is None or any(m.kind == "organisation" and u.start <= m.start < a.start for m in ms):
            return
        dm = ITEM_DOES.match(text, a.end, u.end)
        if dm is None:
            return
        g = "colon" if dm.group("colon") else "for" if dm.group("for") else "with"
        a0, b0 = dm.start(g), dm.end(g)
        things = [m for m in ms if m.kind in THING_KINDS]
        if g == "for":
            objs = self.objects(a0, b0, things, [])
        else:
            em = ITEM_DOES_END.search(text, a0, b0)
            phrase = " ".join(text[a0:em.start() if em else b0].split()).strip(" ,")
            phrase = re.sub(r"(?i)^(?:de|het)\s+", "", phrase)
            named = next((t for t in things if a0 <= t.start < b0), None)
            orgs_in = {m.name for m in ms if m.kind == "organisation" and a0 <= m.start < b0}
            # ("A: jeugdgezondheidszorg, infectieziektebestrijding en Veilig Thuis X": each service, not the body)
            objs = [(named.name, "initiative")] if named else [
                (x, "other") for x in _service_list(phrase) if x not in orgs_in] if phrase else []
        for obj, kind in objs:
            named = next((t for t in things if kind == "other" and t.name in obj), None)
            if named is not None:  # "de uitvoering van 'Kansrijke Start'": the named programme
                obj, kind = named.name, "initiative"
            if len(obj) > 3 and not re.search(r"\d|€", obj) and obj.split()[-1].lower() not in PEOPLE:
                self.add(a.name, "provides", obj, k, "organisation", kind, 0.5)

    def helped_start(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """"In X is met hulp van A en B een ontbijtclub gestart": A and B provide what was started."""
        text = self.text
        for hm in HELP_OF.finditer(text, u.start, u.end):
            helpers = self.listed_from(hm.end(), [m for m in ms if m.kind == "organisation"], LIST_GAP)
            if not helpers:
                continue
            sm = HELPED_STARTED.match(text, helpers[-1].end, u.end)
            if sm is None:
                continue
            things = [m for m in ms if m.kind in THING_KINDS]
            for obj, kind in self.objects(sm.start("obj"), sm.end("obj"), things, []):
                for a in helpers:
                    self.add(a.name, "provides", obj, k, "organisation", kind, 0.5)

    def joined_back(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """"A en B hebben zich inmiddels bij de aanpak aangesloten": A and B work on the initiative named just before
        (one whose name holds the head word, else the last one named, if the text introduced it with that word)."""
        jm = JOINED_BACK.search(self.text, u.start, u.end)
        if jm is None or (jm.group(0).lower().startswith(("heb", "hee", "had"))
                          and not re.search(r"(?i)aangesloten|verbonden|toegezegd", jm.group(0))):
            return
        head = (jm.group("head") or "").lower()
        subjects = [m for m in ms if m.kind == "organisation" and m.end <= jm.start()]
        if not subjects or not re.fullmatch(r"[\s•\-–*·]*", self.text[u.start:subjects[0].start]):
            return  # the organisations open the sentence: they are its subject
        got = self.named_before(k - 1, head) if k and head else None
        if got is None:
            t = self.recent_thing(k)
            if t is None or (head and not (head in self.text[max(0, t.start - 25):t.start].lower()
                                           or any(w.endswith(head) for w in t.name.lower().split()))):
                return  # ("het akkoord": the Sportakkoord named just before; "mee te doen": the last one named)
            got = (t.name, t.kind)
        for a in subjects:
            self.add(a.name, "partner_of", got[0], k, "organisation", got[1], 0.5)

    def pays_for(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """"VGZ heeft toegezegd € 30.000 bij te dragen aan de uitvoering", "A financiert daarin de inzet van ...", "De
        provincie draagt € 2,5 miljoen bij": the organisation that opens the sentence funds the undertaking the sentence
        names, else the one the sentence before names."""
        text = self.text
        a = next((m for m in ms if m.kind == "organisation"), None)
        if a is None or not re.fullmatch(r"[\s•\-–*·]*(?:(?:De|Het)\s+)?(?:zorgverzekeraar\s+|provincie\s+)?", text[u.start:a.start],
                                          flags=re.I) or not PAYS_FOR.match(text, a.end, u.end):
            return
        t = next((m for m in ms if m.kind in THING_KINDS and m.start > a.end), None) or self.recent_thing(k)
        if t is not None and not self.denied(k, a.name, t.name):
            self.add(a.name, "funds", t.name, k, "organisation", t.kind, 0.5)

    def with_on_thing(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """"(In het kader van Y is) met A en B de pilot 'X' gestart", "Met A wordt de aanpak X uitgebreid": the
        organisations it was done with work on the initiative."""
        text = self.text
        orgs = [m for m in ms if m.kind == "organisation"]
        for n, a in enumerate(orgs):
            if not WITH_BEFORE_ORGS.search(text, max(u.start, a.start - 20), a.start):
                continue
            group = [a] + self.listed_from(a.end, orgs[n + 1:], LIST_GAP)
            last = group[-1]
            # (other parties in lower case may close the list: "Met de GGD, verloskundigen en kraamzorg wordt ...")
            rest = GENERIC_PARTIES.match(text, last.end, u.end)
            end = rest.end() if rest else last.end
            t = next((t for t in ms if t.kind in THING_KINDS and end < t.start <= end + 60), None)
            if t is None or not ORGS_THEN_THING.fullmatch(text, end, t.start) or not THING_STARTED.match(text, t.end, u.end):
                continue
            for g in group:
                self.add(g.name, "partner_of", t.name, k, "organisation", t.kind, 0.5)

    def deploys(self, k: int, u: Unit, ms: list[Mention]) -> None:
        """"A zet 9 buurtsportcoaches in" (the staff A deploys for a service), "A is onze belangrijkste partner voor X en
        Y" (A provides X and Y), "A ondersteunt ons bij X" (A works with the municipality)."""
        text = self.text
        things = [m for m in ms if m.kind in THING_KINDS]
        for a in ms:
            if a.kind != "organisation":
                continue
            dm = DEPLOYS.match(text, a.end, u.end)
            if dm and re.match(r"(?i)(?:we|wij|ze|zij|hij)\b", dm.group("obj") or ""):
                dm = None  # "Samen met A zetten we X in": the subject is the pronoun, not A
            t = next((t for t in things if dm and dm.group("obj") and dm.start("obj") <= t.start
                      and t.end <= dm.end("obj")), None)
            if t is not None:  # "A zette de telefooncirkel 'X' op": the initiative A set up
                self.add(a.name, "provides", t.name, k, "organisation", "initiative", 0.5)
            elif dm:
                g = "obj" if dm.group("obj") else "obj2"
                obj = re.sub(r"^(?:\d[\d.]*|de|het|een|alle|twee|drie|vier|vijf|zes|tien)\s+", "",
                             " ".join(dm.group(g).split()))
                obj = re.sub(r"(?i)^(?:namens\s+de\s+gemeente|ook|daarnaast)\s+", "", obj)
                if len(obj) > 3 and not re.search(r"\d|€|\b(?:geld|middelen|budget)\b", obj) and not re.match(
                        r"(?i)(?:we|wij|zich|het|de|sterk|fors|extra|volop|vooral|stevig|nadrukkelijk|actief|meer)\b", obj):
                    self.add(a.name, "provides", obj, k, "organisation", "other", 0.5)
            t = next((t for t in things if a.end < t.start <= a.end + 60 and BY_THEN_DONE.fullmatch(text, a.end, t.start)), None)
            if t is not None and re.search(r"(?i)\bdoor\s+(?:de\s+|het\s+)?(?:stichting\s+)?\Z", text[max(u.start, a.start - 20):a.start]):
                self.add(a.name, "provides", t.name, k, "organisation", t.kind, 0.5)  # "het door A uitgevoerde project 'X'"
            # ("Samen met A ontwikkelt B het project X": the verb's subject follows it, and it is not A)
            sm = None if FRONTED_WITH.match(text, u.start, a.start) else SETS_UP.match(text, a.end, u.end)
            vm = SETS_UP_VERB_BEFORE.fullmatch(text, u.start, a.start) if sm is None else None
            if vm is not None:  # "Daarnaast zet A de inloop in de X voort": the verb before its subject
                sm = INVERTED_OBJ.match(text, a.end, u.end)
            t = next((t for t in things if sm and sm.start("obj") <= t.start and t.end <= sm.end("obj")), None)
            if t is not None and not re.search(r"[,;]", text[sm.start("obj"):t.start]):
                g = vm or sm
                kind = "zet" if g.group("zet") else "richt" if g.group("richt") else "perf" if g.group("perf") else None
                if kind is None or SET_UP_PARTICLE[kind].match(text, t.end, u.end):
                    self.add(a.name, "provides", t.name, k, "organisation", t.kind, 0.5)
            lm = LEADS_THING.match(text, a.end, u.end)
            t = next((t for t in things if lm and lm.end() <= t.start <= lm.end() + 40), None)
            if t is not None:  # "A is penvoerder van de wijkaanpak 'X'", "A is trekker van X"
                self.add(a.name, "partner_of" if lm.group("role") != "uitvoerder" else "provides", t.name, k,
                         "organisation", "initiative", 0.6)
            pm = PARTNER_FOR.match(text, a.end, u.end)
            if pm:
                for obj, kind in self.objects(pm.start("obj"), pm.end("obj"), things, []):
                    self.add(a.name, "provides", obj, k, "organisation", kind, 0.5)
                if self.own and re.search(r"(?i)\b(?:onze|ons)\s", pm.group(0)):  # "onze uitvoeringspartner": ours
                    self.add(a.name, "partner_of", self.own, k, "organisation", "municipality", 0.5)
            sm = SUPPORTS_US.match(text, a.end, u.end)
            if self.own and sm:
                self.add(a.name, "partner_of", self.own, k, "organisation", "municipality", 0.6)
                # "... bij de uitvoering van het akkoord 'X'": the named programme it supports
                t = next((t for t in things if sm.end() <= t.start and re.match(r"(?i)\s+bij\b", text[sm.end():t.start])), None)
                if t is not None:
                    self.add(a.name, "partner_of", t.name, k, "organisation", "initiative", 0.6)

    def opening_org(self, u: Unit, ms: list[Mention]) -> str | None:
        """The organisation a sentence opens with, when the municipality is not its actor: a mention at its start, or
        its first capitalised word where that is the first word of a found organisation's name ("Trefpunt" for
        "Trefpunt Drachten")."""
        sent = self.text[u.start:u.end]
        if OWN_ACTOR.search(sent) or any(m.kind == "own" for m in ms):
            return None
        lead = re.match(r"[\s•\-–*·]*(?:(?:De|Het)\s+)?", sent).end()
        first = next((m for m in ms if m.kind == "organisation" and m.start - u.start <= lead + 1), None)
        if first is not None:
            return first.name
        wm = re.match(r"[A-Z][\w-]{2,}\b", sent[lead:])
        if wm is None:
            return None
        word = wm.group(0) + " "
        return next((n for n in self.org_names if n.startswith(word)), None)


_CELL_GAP = re.compile(r"\t+|\s{3,}")


_LIST_OF_THREE = re.compile(r"^(?P<head>[^,]+?)(?P<rest>(?:,\s+[^,]+?)+)\s+(?:en|&)\s+(?P<last>[^,]+)$")


def _service_list(phrase: str) -> list[str]:
    """The services a phrase lists when it lists three or more ("de Participatiewet, de bijzondere bijstand en de
    schuldhulpverlening"), each without its article; a pair ("beschermd wonen en maatschappelijke opvang") is one
    service, as reports name it."""
    lm = _LIST_OF_THREE.match(phrase.strip())
    if lm is None:
        return [phrase]
    parts = [lm.group("head"), *re.split(r",\s+", lm.group("rest").lstrip(", ")), lm.group("last")]
    return [re.sub(r"(?i)^(?:de|het)\s+", "", p.strip()) if i else p.strip() for i, p in enumerate(parts) if p.strip()]


def _holds(low: str | None, u: Unit, words: tuple[str, ...]) -> bool:
    """Whether the unit may hold one of `words` (`low`: the text lower-cased, None where that moves offsets)."""
    if low is None:
        return True
    a, b = u.start, u.end
    for w in words:
        if low.find(w, a, b) >= 0:
            return True
    return False


def _cells(line: str) -> list[str] | None:
    """The cells of a table row: between bars ("| A | B |"), tabs or runs of three or more spaces ("A      B"); None
    for a line of text."""
    if "|" in line:
        return line.strip().strip("|").split("|")
    if "  " not in line and line.isprintable():
        return None  # (no tab, no other white space than single spaces: no gap; a fast answer for prose)
    cells = [c for c in _CELL_GAP.split(line.strip()) if c]
    return cells if len(cells) >= 2 else None


def _find_all(text: str, word: str):
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


def find_relations(text: str, municipality: str | None, orgs: list[Organisation], initiatives: list[Initiative],
                   laws: list[Law], neighbourhoods: list[Place], others: list[Place] | None = None) -> list[Relation]:
    """The relations the text states between the entities found in it, each with its whole sentence."""
    f = _Finder(text, municipality, orgs, initiatives, laws, neighbourhoods, others or [])
    rels = f.run()
    # (an initiative named after its neighbourhood, "wijkplan <wijk>", is linked by the graph builder from the
    # initiative itself: the text states no relation beyond the name)
    return rels
