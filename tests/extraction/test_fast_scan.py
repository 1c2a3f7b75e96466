"""The anchored scans give exactly the matches of a plain finditer over the whole text."""

import re
from pathlib import Path

import pytest
from sdkg.loaders import metadata
from sdkg.loaders.extract import initiatives, laws, people, places, scan
from sdkg.loaders.extract import organisations as org

DATA = Path(__file__).resolve().parent / "data"

TRICKY = (
    "xWmo Wmo-voorziening kern-AWBZ Wmo2015 WMO 2015 (Wmo) #Wmo ##GGD GGD'en GGDhM Stichting\u00a0Foo "
    "zorgaanbieder Foo Bar\nXpartner Baz maatschappelijke partner Qux  hogeschool Windesheim "
    "Alpha Beta Gamma B.V. en Delta\n  N.V. Landelijk Kenniscentrum voor Jeugd-Zorg (LKJ) JIM  (jouw ingebracht "
    "mentor) de  buurthuizen De Kroon, Het Anker en De Brug; subsidie De wijkcentra Zuid WoonGoed Tilburg "
    "Hanzehogeschool xHanzehogeschool heeft Kracht de regie is ROC Zwolle in samenwerking met Abc, Def en Ghi "
    "partners zoals bijvoorbeeld Xyz. Jaarstukken 2019 PROGRAMMABEGROTING 2020 Wat Gaan We Daarvoor Doen "
    "wat hebben we in 2019 bereikt Streven 2021 Gerealiseerd a2019 /2019 -2020 1999 ontwikkelingen in 2018\n"
    "  \n  Programma 3: Zorg en Welzijn\nHet programma Zorg en Welzijn bestaat uit "
    "Wethouder: Anna de Vries en Piet Jansen; wethouder Karel Appel, PORTEFEUILLEHOUDER(S): Jan Smit "
    "ı wat ſ İ"
)


def texts(seed_paths):
    out = [p.read_text(encoding="utf-8") for p in seed_paths] + [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.txt"))]
    out.append(TRICKY)
    out.append(TRICKY.replace("ı wat ſ İ", ""))  # the case-folded path, not the fallback
    out.append("\n\n".join(out))
    return out


def spans(it):
    return [(m.start(), m.end(), m.groups()) for m in it]


def cases(text):
    pat, _lab, anchors, _exact = laws._matcher()
    yield "laws", pat.finditer(text), scan.find_all(pat, text, anchors, fold_case=True, whole=True)
    nat, _by = org._national()
    first, _keys = org._national_anchors()
    yield "national", nat.finditer(text), scan.find_all(nat, text, first, fold_case=False, whole=True)
    yield "ggd", org.GGD_JOINED.finditer(text), scan.find_all(org.GGD_JOINED, text, ("GGD",), fold_case=False)
    yield "legal prefix", org.LEGAL_PREFIX.finditer(text), scan.find_all(
        org.LEGAL_PREFIX, text, org.LEGAL_PREFIX_ANCHORS, fold_case=False, whole=True)
    yield "legal suffix", org.LEGAL_SUFFIX.finditer(text), scan.anchored_finditer(
        org.LEGAL_SUFFIX, text, org._legal_suffix_starts(text))
    yield "edu", org.EDU_PLACE.finditer(text), scan.find_all(
        org.EDU_PLACE, text, ("MBO", "ROC", "Hogeschool", "Universiteit", "Mbo", "Hbo"), fold_case=False, whole=True)
    yield "bracket", org.BRACKET_ACRONYM.finditer(text), scan.anchored_finditer(
        org.BRACKET_ACRONYM, text, org._bracket_starts(text))
    yield "spelled", org.BRACKET_SPELLED.finditer(text), scan.anchored_finditer(
        org.BRACKET_SPELLED, text, org._spelled_starts(text))
    for p in (org.FORM_TOKEN, org.NAME_PLACE):
        yield p.pattern[:20], p.finditer(text), scan.anchored_finditer(p, text, scan.cap_starts(text))
    yield "institution", org.INSTITUTION.finditer(text), scan.anchored_finditer(
        org.INSTITUTION, text, org._institution_starts(text))
    yield "single role", org.SINGLE_ROLE.finditer(text), scan.anchored_finditer(
        org.SINGLE_ROLE, text, org._role_starts(text))
    yield "list role", org.LIST_ROLE.finditer(text), scan.find_all(
        org.LIST_ROLE, text, org.LIST_ROLE_ANCHORS, fold_case=False)
    yield "facility", org.FACILITY_LIST.finditer(text), scan.anchored_finditer(
        org.FACILITY_LIST, text, org._facility_starts(text))
    yield "aux", org.AUX_SUBJECT.finditer(text), scan.find_all(
        org.AUX_SUBJECT, text, ("heeft", "hebben", "is", "wordt", "was", "werd"), fold_case=False, whole=True)
    yield "role colon", people.ROLE_COLON.finditer(text), scan.find_all(
        people.ROLE_COLON, text, people.COLON_ROLES, fold_case=True)
    yield "role before", people.ROLE_BEFORE.finditer(text), scan.find_all(
        people.ROLE_BEFORE, text, people.BEFORE_ROLES, fold_case=False, whole=True)
    cues = [c for c, _w, _account in metadata._YEAR_CUES] + [c for cs in metadata._TYPE_CUES.values() for c in cs] + [
        metadata._PAST_YEAR_CUE, metadata._FUTURE_YEAR_CUE]
    for c in cues:
        yield c[0].pattern[:30], c[0].finditer(text), metadata._cue_matches(c, text)
    yield "year freq", metadata._YEAR_FREQ.finditer(text), scan.anchored_finditer(
        metadata._YEAR_FREQ, text, metadata._year_candidates(text))
    yield "het programma", metadata._HET_PROGRAMMA.finditer(text), scan.find_all(
        metadata._HET_PROGRAMMA, text, ("Het", "het"), fold_case=False, whole=True)
    yield "programma heading", metadata._PROGRAMMA_HEADING.finditer(text), scan.anchored_finditer(
        metadata._PROGRAMMA_HEADING, text, metadata._heading_line_starts(text))
    yield "past", metadata._PAST.finditer(text), metadata._past_cues(text)
    yield from word_cases(text)


def word_cases(text):
    """Patterns that open at a word of a kind: tried only at such words."""
    yield "committee", org.NAMED_COMMITTEE.finditer(text), scan.anchored_finditer(
        org.NAMED_COMMITTEE, text, org._committee_starts(text))
    yield "plan in place", initiatives.PLAN_IN_PLACE.finditer(text), scan.anchored_finditer(
        initiatives.PLAN_IN_PLACE, text, initiatives._plan_in_place_starts(text))
    yield "kern", places._CORE.finditer(text), scan.anchored_finditer(places._CORE, text, places._core_starts(text))


def test_anchored_scans_equal_finditer(seed_paths):
    n = 0
    for text in texts(seed_paths):
        for name, plain, fast in cases(text):
            want = spans(plain)
            assert spans(fast) == want, name
            n += len(want)
    assert n > 1000


def test_fold_cache_and_lowered_offsets():
    from sdkg.loaders.reference import fold

    assert fold("Súdwest-Fryslân") == "sudwest fryslan" and fold("A & B") == "a en b"
    assert scan.lowered("Wmo ı") is None and scan.lowered("Één Wmo") == "één wmo"


@pytest.mark.parametrize("word", ["Wmo", "GGD", "Kracht"])
def test_hash_or_bare_equals_regex(word):
    text = f"{word} #{word} x{word} ##{word} #{word}x {word}_ a#{word} {word}{word} {word}"
    want = [(m.start(), m.end()) for m in re.finditer(rf"(?<![\w])#?{re.escape(word)}(?![\w])", text)]
    assert org._hash_or_bare(text, word) == want


@pytest.mark.parametrize("tail", ["", " snake_case"])
def test_relation_alias_mentions_equal_a_scan_of_the_text(tail):
    """The relation finder marks an organisation's short forms where the entity step did not: found in the
    index of the text's words (no "_" in the text) or by a scan, they are the whole-word occurrences."""
    from sdkg.loaders.extract.relations import _Finder
    from sdkg.loaders.model import Organisation, Span

    text = ("De VRLN en de GGD-regio werken samen. xVRLN VRLN2 VRLN-Noord (VRLN) VRLN. GGD'en GGD\n"
            "Stichting Ab-Cd (Ab-Cd) en Ab-Cdx, de ab-cd Ab-Cd.") + tail
    orgs = [Organisation("Veiligheidsregio Lijn Noord", ["VRLN", "GGD"], mentions=[Span(3, 7, "VRLN")]),
            Organisation("Ab-Cd", ["Ab-Cd", "Ab-Cd (Ab-Cd)"])]
    expected = sorted((a, a + len(form), o.name) for o in orgs for form in o.aliases
                      for a in range(len(text)) if text.startswith(form, a)
                      and a not in {m.start for m in o.mentions}
                      and (a == 0 or not text[a - 1].isalnum())
                      and (a + len(form) >= len(text) or not text[a + len(form)].isalnum()))
    found = sorted((m.start, m.end, m.name) for m in _Finder(text, None, orgs, [], [], [], []).mentions
                   if (m.start, m.end) not in {(s.start, s.end) for o in orgs for s in o.mentions})
    assert found == expected
    assert len(found) == 10


def test_contents_line_pattern_only_matches_lines_ending_in_a_digit():
    """contents_lines tries its pattern only on lines whose last character before spaces and tabs is a digit
    (str.isdecimal, re's \\d): the pattern must never match any other line."""
    import random

    from sdkg.loaders.extract import figures

    pieces = ["a", "Zorg", "1", "23", "456", " ", "\t", ".", "•", "-", "–", "€", "%", "\r", "٣", "²", "é", ",", ")"]
    rng = random.Random(11)
    lines = ["Inleiding 3", "1.2 Zorg en welzijn \t 12 ", "Programma 6 Sociaal domein 45\r", "Jeugd 2024 ٣"]
    lines += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 9))) for _ in range(50_000)]
    matched = [line for line in lines if figures._CONTENTS_LINE.match(line)]
    assert len(matched) > 50
    assert all(line.rstrip(" \t")[-1:].isdecimal() for line in matched)
    toc = "Inhoud\n\n" + "\n".join(f"{i}. Hoofdstuk {name} \t {3 * i + 2}" for i, name in
                                   enumerate(["Zorg", "Jeugd", "Werk", "Wonen", "Sport", "Cultuur", "Bestuur"], 1))
    toc += "\n\nTekst."
    assert len(figures.contents_lines(toc)) == 7 and figures.contents_lines(toc) == figures.contents_lines(toc)


def _fuzz(pieces, n, seed, most=12):
    rng = __import__("random").Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most))) for _ in range(n)]


def test_web_hosts_equal_a_scan_of_the_whole_text(seed_paths):
    """The municipality's web address is looked for only in the runs of non-space characters holding ".nl" or ".frl":
    the matches are exactly those of the pattern over the whole text."""
    pieces = ["raad", "www.", ".nl", ".NL", ".frl", ".Nl", "https://", "http://", "-", "/", "@", "x", "K", "2",
              " ", "\n", "\u00a0", "\t", ".", "gemeente", "é", "ı", ":"]
    samples = _fuzz(pieces, 20_000, 5) + texts(seed_paths) + ["zie www.gemeente-x.nl of raad.gemeentex.nl, mail@x.nl"]
    found = 0
    for text in samples:
        want = spans(metadata._WEB_HOST.finditer(text))
        assert spans(metadata._web_hosts(text)) == want, text
        found += len(want)
    assert found > 1000


def test_programme_heading_before_is_the_last_match_before_each_position():
    """The relation finder finds a text's programme headings once; for every position the heading it gives is the last
    match of the pattern in the text up to there (a heading line the position cuts off included)."""
    from collections import deque

    from sdkg.loaders.extract.relations import PROGRAMME_HEADING, _Finder

    pieces = ["Programma 6 Zorg en Welzijn", "\n", "2 MAATSCHAPPELIJKE ONDERSTEUNING", " Dit programma omvat de Wmo.",
              " ", "Programma: Jeugd (deel 2)", "tekst", "\n\n", "12a. WERK EN INKOMEN", "Programma 3 - Werk", "\t"]
    checked = 0
    for text in _fuzz(pieces, 600, 7):
        finder = _Finder(text, None, [], [], [], [], [])
        for pos in range(len(text) + 1):
            last = next(iter(deque(PROGRAMME_HEADING.finditer(text, 0, pos), maxlen=1)), None)
            got = finder.programme_heading_before(pos)
            assert (got.span(), got.group("name")) == (last.span(), last.group("name")) if last else got is None
            checked += last is not None
    assert checked > 10_000


def test_ends_with_law_equals_the_alternation(seed_paths):
    """ends_with_law tells most texts from the last word alone: its answer is the one the labels' alternation gives."""
    pat = laws._matcher()[0]
    labels = sorted(laws._matcher()[1])

    def plain(text):
        stripped = text.rstrip()
        return any(m.end() == len(stripped) for m in pat.finditer(stripped, max(0, len(stripped) - 80)))

    samples = []
    for i, lab in enumerate(labels):
        # (a long s or a Kelvin sign: a case-blind match takes them for an s, a k)
        for form in (lab, lab.upper(), lab.lower(), lab.replace(" ", "\u00a0"), lab.replace(" ", " \n "),
                     lab.replace("s", "\u017f"), lab.replace("k", "\u212a")):
            samples += [f"de {form}", f"x{form} ", f"({form}) ", f"de {form}-", f"{form}s", f"Beleid {form}\t"][i % 3:]
    for text in texts(seed_paths)[:-1]:
        samples += [text[:p] for p in range(0, len(text), 7)]
    samples += _fuzz(["Wmo", "wmo", "WMO", " ", "2015", "Jeugdwet", "wet", "ı", "K", "(", ")", "-", "\n"], 5000, 9, 5)
    assert sum(map(plain, samples)) > 500
    assert [laws.ends_with_law(s) for s in samples] == [plain(s) for s in samples]


def test_plain_spaces_is_a_translation_of_the_other_spaces():
    from sdkg.loaders.extract.normalise import OTHER_SPACES, plain_spaces

    text = "Stichting\u00a0X €\u2007100 a\u2009b\u202fc ı\u00a0" * 50
    assert plain_spaces(text) == text.translate(str.maketrans(dict.fromkeys(OTHER_SPACES, " ")))
    assert "\u00a0" not in plain_spaces(text) and len(plain_spaces(text)) == len(text)
    assert plain_spaces("geen andere spaties") == "geen andere spaties"


def test_inline_contents_entry_needs_a_colon():
    """_inline_contents_pages reads only the long lines that hold a colon: the entry pattern never matches without one."""
    from sdkg.loaders.extract import figures

    pieces = ["Programma", "Paragraaf", "Bijlage", " 1", " 12", " : ", ":", " Zorg", " Wonen", " 73", "\t", " ", "a"]
    lines = _fuzz(pieces, 30_000, 13, 14)
    hits = [ln for ln in lines if figures._INLINE_KIND_ENTRY.search(ln)]
    assert len(hits) > 100 and all(":" in ln for ln in hits)


def test_past_cues_equal_a_scan_of_the_whole_text():
    """The past-tense cues are looked for at the pattern's own words and at the word before "we"/"wij" only."""
    pieces = ["we", " wij", "Wij ", "hebben ", "voerden ", "zetten", " ", "\n", "\t", "\u00a0", "Is ", "zijn ",
              "gestart", "vastgesteld ", "het ", "afgelopen ", "jaar", "tot 2020 ", "kregen", "x", "ı", "€ 12 ", "WE ",
              "Afgelopen ", "bleken", "_", "-", "'", "STONDEN"]
    pieces += [w + " " for w in sorted(set(re.findall(r"[a-zë]{2,}", metadata._PAST.pattern)))]  # each of its words
    found = 0
    for text in _fuzz(pieces, 30_000, 17, 14):
        want = spans(metadata._PAST.finditer(text))
        assert spans(metadata._past_cues(text)) == want, text
        found += len(want)
    assert found > 5000


def test_committees_plans_in_places_and_kernen_equal_a_scan_of_the_whole_text():
    pieces = ["commissie", "Rekencommissie", "adviescommissie", " Van ", " de ", " Ter ", "-", "Berg", "Zuid", " ",
              "\n", "gebiedsvisie", "dorpsplan", "wijkagenda", " in ", "Noord", "Oost", "kern", "dorpskern",
              "Kern", "x", "_", "2", "é", "\t", "Plan"]
    found = 0
    for text in _fuzz(pieces, 30_000, 19, 12):
        for name, plain, fast in word_cases(text):
            want = spans(plain)
            assert spans(fast) == want, (name, text)
            found += len(want)
    assert found > 500
