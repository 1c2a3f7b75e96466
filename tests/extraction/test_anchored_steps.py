"""Steps that try a pattern only where a match can start give exactly the matches of a scan of the whole text."""

import random
import re
import re._parser as re_parser

import pytest
from sdkg.loaders import metadata
from sdkg.loaders.extract import figures, initiatives, organisations, places, scan
from sdkg.loaders.extract.scan import anchored_finditer, find_all, words_where

WORDS = ["Buurtaanpak", "Ouderenagenda", "2023-2026", "2024", "mantelzorgcampagne", "Mantelzorgcampagne",
         "xcampagne", "BUUR-project", "JIM-Aanpak", "XL-Festival", "-plan", "A-plan", "#Samen", "&#Samen", "a#bc",
         "#x", "deWijk", "iPad", "ABc", "in", "In", "IN", "naar", "Op", "uit", "voor", "Betreft", "de", "wijken", "buurt",
         "Zuid", "R2021", "B2022", "MJB2024", "MJ2023", "-B2022", "xR2021", "Realisatie", "Begroting", "Raming",
         "Schuldentafel", "é", "Été", "_x", "ïa", "Ëen", "Week-plan", "Project", ",", ";", ":", ")", "’", "\n", "\t"]


def _texts():
    rnd = random.Random(11)
    for n in (300, 3000, scan.INDEX_MIN + 500):
        for _ in range(6):
            out = []
            while sum(map(len, out)) < n:
                out.append(rnd.choice(WORDS))
                out.append(rnd.choice([" ", " ", " ", "", "\n", ", ", " \t", "-"]))
            yield "".join(out)
    yield "De coalitie en het Preventieakkoord 2023-2026 met de mantelzorgcampagne, het BUUR-project en #Samen.\n" * 400
    yield "Realisatie 2022 Begroting 2023 Raming 2024\nR2021 B2022 MJB2024\nin de wijken Zuid, Noord en Oost\n" * 300


def _texts_with(extra, seed):
    """The texts above and one long text of WORDS with `extra` words among them."""
    rnd = random.Random(seed)
    yield from _texts()
    yield " ".join(rnd.choice(WORDS + extra) for _ in range(9000))


def _same(pat, text, starts):
    got = [(m.start(), m.end(), m.groups()) for m in anchored_finditer(pat, text, starts)]
    assert got == [(m.start(), m.end(), m.groups()) for m in pat.finditer(text)], pat.pattern


def test_initiative_steps_find_what_a_scan_finds():
    for text in _texts():
        _same(initiatives.TYPE_COMPOUND, text, words_where(text, initiatives.TYPE_COMPOUND_WORD.fullmatch))
        _same(initiatives.CAMPAIGN, text, words_where(text, initiatives.CAMPAIGN_WORD.fullmatch))
        _same(initiatives.HYPHEN_TYPE, text, initiatives._hyphen_type_starts(text))
        _same(initiatives.HASHTAG, text, scan.occurrences(text, "#"))


def test_lower_camel_words_are_those_of_a_scan():
    for text in _texts():
        expected = set()
        for m in organisations._LOWER_UPPER.finditer(text):
            expected.add(scan.back_over(text, m.start(), word=True))
        assert organisations._lower_camel_starts(text) == expected


def test_table_headers_and_columns_and_area_leads_find_what_a_scan_finds():
    for text in _texts():
        _same(figures.KIND_YEARS, text, figures._lines_with_two_years(text))
        kept = [m.span() for m in metadata._COLUMN_SHORT.finditer(text)
                if not m.start() or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-")]
        assert [m.span() for m in anchored_finditer(metadata._COLUMN_SHORT, text,
                                                    words_where(text, metadata._COLUMN_SHORT_WORD.fullmatch))
                if not m.start() or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-")] == kept
        assert [m.span() for m in find_all(places._AREA_LEAD, text, places._AREA_LEAD_WORDS, fold_case=True,
                                           whole=True)] == [m.span() for m in places._AREA_LEAD.finditer(text)]


def test_capitalised_runs_are_those_of_a_scan():
    extra = ["Zorg", "Welzijn", "van", "en", "Het", "Sport-", "A.B.", "X’Y", "ëi", "9", "’", "”", ")"]
    for text in _texts_with(extra * 3, seed=5):
        _same(initiatives.CAPITALISED_RUN, text, initiatives._capitalised_run_starts(text))


def test_the_partner_cue_in_a_lowered_sentence_is_where_it_is_in_the_sentence():
    import re

    from sdkg.loaders.extract import relations

    assert not re.search(r"[A-Z]", relations.PARTNER.pattern) and relations.PARTNER.flags & re.IGNORECASE
    words = ["Samen", "met", "SAMENWERKING", "tussen", "werken", "wij", "samen", "Partners", "partijen", "Nemen", "deel",
             "Convenant", "afspraken", "gemaakt", "Met", "de", "GGD", "zijn", "is", "gestart", "Coalitie", "K", "é",
             "Afgesproken", ".", ",", "ondertekend", "door", "Kernpartner", "samenwerkingsverband", "\n"]
    rnd = random.Random(9)
    for _ in range(3000):
        sent = " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 25)))
        low = sent.lower()
        if scan.UNSAFE_LOWER.search(sent) or len(low) != len(sent):
            continue
        assert [m.span() for m in relations.PARTNER_LOWER.finditer(low)] == [
            m.span() for m in relations.PARTNER.finditer(sent)], sent


NAMES_LOWERED = ["OWN_JOINS", "OWN_JOINS_LOOSE", "OWN_RUNS", "PROVIDE_BEFORE", "FUNDS_BY", "FUNDS_RIJK", "ANAPHOR",
                 "AGREED_WITH"]


@pytest.mark.parametrize("name", NAMES_LOWERED)
def test_a_cue_in_a_lowered_sentence_is_where_it_is_in_the_sentence(name):
    import re

    from sdkg.loaders.extract import relations

    pattern = getattr(relations, name)
    lower = relations.LOWERED[pattern]
    assert set(relations.LOWERED) == {getattr(relations, n) for n in NAMES_LOWERED}
    # no capital letter but those of \S, \W, \B, \D and of the groups' names
    assert pattern.flags & re.IGNORECASE and not re.search(
        r"[A-Z]", re.sub(r"\\[SWBD]|\(\?P<\w+>|\(\?P=\w+\)", "", lower.pattern))
    # stretches of the pattern's own words in their order (its phrases), in every case, between other words
    seq = re.findall(r"[a-zà-ÿ]{2,}", pattern.pattern)
    others = ["de", "gemeente", "De", "GGD", "A", "K", "é", "2023", "€", ".", ",", ";", "\n", "Stichting", "X", "wij"]
    rnd = random.Random(11)
    hits = 0
    for _ in range(4000):
        parts = []
        for _ in range(rnd.randint(1, 4)):
            i = rnd.randrange(len(seq))
            stretch = seq[i:i + rnd.randint(1, 6)]
            parts += [rnd.choice((w, w.upper(), w.title())) for w in stretch] + rnd.sample(others, rnd.randint(0, 2))
        sent = " ".join(parts)
        low = sent.lower()
        if scan.UNSAFE_LOWER.search(sent) or len(low) != len(sent):
            continue
        want = [m.span() for m in pattern.finditer(sent)]
        assert [m.span() for m in lower.finditer(low)] == want, sent
        hits += bool(want)
    assert hits > 50  # (the sentences do hold matches)


def test_inline_list_cues_are_those_of_every_line():
    words = ["Partners", "zijn", "partijen", "waren", "Zorgpartners", ":", "A", "Stichting", "de", "gemeenschappelijke",
             "regelingen", "Regelingen", "organisaties", "instellingen", "aanbieders", "van", "het", "convenant", "\n",
             "\t", "ZIJN", "Deelnemers", "ondertekenaars", "partners zijn A", "Deelnemers: A", "partijen waren\tB",
             "gemeenschappelijke regelingen C"]
    rnd = random.Random(4)
    for n in (2000, scan.INDEX_MIN + 100):
        text = " ".join(rnd.choice(words) for _ in range(n // 6))
        every = []
        pos = 0
        for line in text.split("\n"):
            every += [(pos, m.span()) for m in organisations.ORG_LIST_INLINE.finditer(line)]
            pos += len(line) + 1
        got = [(pos, m.span()) for pos, m in organisations._inline_cues(text)]
        assert got == every and every


def test_enumerations_are_those_of_a_scan():
    extra = ["Fit4Kids,", "Kookmaatjes", "en", "Beweegwijs", "A.B.", "X-Y,", "St. Jan,", ",", ", ", "Jan Smit,"]
    for text in _texts_with(extra * 4, seed=8):
        _same(initiatives.ENUMERATION, text, initiatives._enumeration_starts(text))


def test_context_slots_are_those_of_every_cue_word():
    words = ["met", "Met", "door", "de", "het", "De", "Het", "'t", "Hart", "GGD", "afgesproken", "uitgevoerd", "wordt",
             "lid", "van", "Stichting", "Welzijn", "\t", "overeenkomst", "gesloten", "a", "é", "Ééndracht", "en", "&"]
    rnd = random.Random(6)
    for n in (3000, scan.INDEX_MIN + 100):
        text = " ".join(rnd.choice(words) for _ in range(n // 5))
        expected = [m.span("name") for m in find_all(organisations.SLOT_BEFORE, text, organisations.SLOT_ANCHORS,
                                                     fold_case=False, whole=True)]
        got = [m.span("name") for m in anchored_finditer(organisations.SLOT_BEFORE, text, organisations.slot_starts(text))]
        assert got == expected and expected


def test_the_cue_words_a_name_must_follow_are_tried_only_where_one_can():
    """slot_starts leaves out the cue words of NAME_NEXT_WORDS where no capital follows them (after "we", an article or
    "onder meer"): SLOT_BEFORE finds there what a scan of the whole text finds."""
    words = [*sorted(organisations.NAME_NEXT_WORDS), "we", "wij", "de", "het", "onder meer", "o.a.", "Dalwijk",
             "De Heuvel", "'t Hof", "Stichting Welzijn", "opdracht", "gegeven", "aangeboden", "een", "subsidie",
             "terecht", "advies", "kunnen", "is", "toegekend", "budget", "andere", "partners", "over", "zijn",
             "opgeleid.", "uit", ",", "\n", "\t", "we Dalwijk opdracht gegeven", "wij De Heuvel ingeschakeld",
             "onder meer Zorgvast", "de Brugwachter", "\t Dalwijk"]
    assert _slots_as_scanned(words, 9, (3000, scan.INDEX_MIN + 100, 60_000)) > 100


def test_the_cue_words_that_need_a_word_after_them_are_tried_only_where_it_stands():
    """slot_starts leaves out the cue words of _CUE_NEEDS where the word they need does not follow soon after them
    ("werkte" without "samen", "opdracht" without "aan"): SLOT_BEFORE finds there what a scan of the whole text finds."""
    words = [*organisations._CUE_NEEDS, *{w for needs in organisations._CUE_NEEDS.values() for w in needs}, "Dalwijk",
             "De Heuvel", "we", "ook", "met", "Stichting Welzijn", "zorg", "hulp", "de", "is", "gegeven", "voor",
             "jongeren", ".", ",", "\n", "werkt Dalwijk samen met", "zorg ontvangen van Dalwijk", "opdracht aan De Heuvel",
             "jongeren werkte ook", "mensen werken bij Dalwijk", "dat bij De Heuvel werkt", "werkvoorziening"]
    assert _slots_as_scanned(words, 11, (3000, scan.INDEX_MIN + 100)) > 20


def _slots_as_scanned(words: list[str], seed: int, sizes: tuple[int, ...]) -> int:
    """Texts of `words` in random order: SLOT_BEFORE tried at slot_starts finds what a scan of the whole text finds;
    how many names it found in all."""
    rnd = random.Random(seed)
    found = 0
    for n in sizes:
        text = " ".join(rnd.choice(words) for _ in range(n // 5))
        scanned = [m.span("name") for m in organisations.SLOT_BEFORE.finditer(text)]
        got = [m.span("name") for m in anchored_finditer(organisations.SLOT_BEFORE, text, organisations.slot_starts(text))]
        assert got == scanned
        found += len(scanned)
    return found


def _word_char(c: str) -> bool:
    return c.isalpha() or c == "/"  # ("v/h" is one cue word)


def _literal_prefix(items) -> str:
    out = ""
    for op, av in items:
        if str(op) != "LITERAL" or not _word_char(chr(av)):
            break
        out += chr(av)
    return out


def _openings(items, states):
    """The words a pattern (a parsed sequence) can open with: states are (word so far, word ended, letters a
    look-ahead still requires); look-behinds and \\b take no characters."""
    for op, av in items:
        step = set()
        for word, ended, need in states:
            if ended:
                step.add((word, ended, need))
                continue
            kind = str(op)
            if kind in ("AT", "ASSERT_NOT") or (kind == "ASSERT" and av[0] < 0):
                step.add((word, False, need))
            elif kind == "ASSERT":  # a look-ahead: the letters it opens with must come next
                step.add((word, False, need or _literal_prefix(list(av[1]))))
            elif kind in ("LITERAL", "IN"):
                chars = [chr(av)] if kind == "LITERAL" else [chr(v) for o, v in av if str(o) == "LITERAL"]
                if kind == "IN" and len(chars) != len(av) or not all(map(_word_char, chars)):
                    step.add((word, True, need))
                    continue
                step |= {(word + c, False, need[1:]) for c in chars if not need or need[0] == c}
            elif kind == "SUBPATTERN":
                step |= _openings(list(av[-1]), {(word, False, need)})
            elif kind == "BRANCH":
                for alt in av[1]:
                    step |= _openings(list(alt), {(word, False, need)})
            elif kind in ("MAX_REPEAT", "MIN_REPEAT"):
                low, _high, sub = av
                if low == 0:
                    step.add((word, False, need))
                step |= _openings(list(sub), {(word, False, need)})
            else:
                step.add((word, True, need))
        states = step
    return states


def test_every_cue_before_a_name_opens_with_one_of_its_words():
    """The words each cue of SLOT_CUES declares (SLOT_ANCHORS, where SLOT_BEFORE is tried) are exactly the words its
    pattern can open with."""
    for declared, branch in organisations.SLOT_CUES:
        opens = {w for w, _ended, need in _openings(list(re_parser.parse(branch)), {("", False, "")}) if w and not need}
        assert opens == set(declared), (branch[:60], opens ^ set(declared))


def test_the_words_and_capitals_relation_patterns_are_gated_on_are_in_every_match():
    from sdkg.loaders.extract import relations as r

    words = ["De", "Deze", "Zij", "Ze", "Beide", "Beiden", "Met", "Aan", "Voor", "Bij", "Door", "Het", "Dit", "hen", "deze",
             "stichting", "organisaties", "partners", "partijen", "leden", "deelnemers", "deelnemende", "bestaat", "uit",
             "bestaande", "onze", "zijn", "schil", "van", ":", "de", "gemeente", "wij", "we", "krijgt", "ontvangen",
             "kregen", "kreeg", "euro", "subsidie", "begeleiding", "door", "het", "project", "'X'", "steunpunt",
             "verzorgt", "•", "-", "Stichting", "A", "\n"]
    rnd = random.Random(12)
    seen = {"lead": 0, "receives": 0, "back": 0, "pp": 0, "service_of": 0, "noun_by": 0}
    for _ in range(6000):
        sent = " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 12))) + rnd.choice(["", " ", "  "])
        low = sent.lower()
        for m in r.PARTY_LEAD.finditer(sent):
            seen["lead"] += 1
            assert r._any_in(m.group(0).lower(), r.PARTY_LEAD_WORDS), sent
        for pat in (r.OWN_RECEIVES, r.RECEIVES):
            for m in pat.finditer(sent):
                seen["receives"] += 1
                assert r._any_in(m.group(0).lower(), r.RECEIVES_WORDS), sent
        if any(p.match(sent) for p in (r.SUBJECT_BACK_REFERENCE, r.BOTH_BACK_REFERENCE, r.THEM_BACK_REFERENCE,
                                        r.NOUN_BACK_REFERENCE)):
            seen["back"] += 1
            lead = r._BULLETS.match(sent).end()
            assert sent[lead] in r.BACK_REFERENCE_INITIALS, sent
        if r.PP_BACK_REFERENCE.match(sent):
            seen["pp"] += 1
            assert "deze" in sent, sent
        if r.SERVICE_OF.search(sent):
            seen["service_of"] += 1
            assert r._ends_with(sent, r.SERVICE_OF_LAST), sent
        if r.SERVICE_NOUN_BY.search(sent):
            seen["noun_by"] += 1
            assert r._ends_with(low, r.SERVICE_NOUN_BY_LAST), sent
    assert all(seen.values()), seen


def test_sentence_ends_are_those_of_the_plain_formulation():
    """sentences._SENT_END opens both its branches with the punctuation (fast to scan for); it finds the ends the
    plain formulation finds: punctuation before white space and a capital, or glued between two words."""
    from sdkg.loaders import sentences

    plain = re.compile(r"""[.!?][’”"')]?(?=\s+[A-ZÀ-Ý0-9“‘"'(•])|(?<=[a-zà-ÿ]{2})[.!?](?=[A-ZÀ-Ý][a-zà-ÿ]{2})""")
    pieces = ["de", "hulpverlening", "voor", ".", "!", "?", "’", "”", '"', ")", "'", " ", "  ", "\n", "\t", "Deelnemers",
              "Één", "2023", "“Ja", "(zie", "•", "ab", "Ab", "AB", "é", "x.Y", "o.a.", "St.", "e.d."]
    rnd = random.Random(5)
    for _ in range(40):
        text = "".join(rnd.choice(pieces) for _ in range(400))
        assert [m.span() for m in sentences._SENT_END.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_table_row_s_cells_are_those_of_the_plain_split():
    """relations._cells answers prose without splitting it: the same cells as splitting at tabs and runs of three
    white-space characters or more, whatever the white space."""
    from sdkg.loaders.extract import relations

    def plain(line):
        if "|" in line:
            return line.strip().strip("|").split("|")
        cells = [c for c in re.split(r"\t+|\s{3,}", line.strip()) if c]
        return cells if len(cells) >= 2 else None

    pieces = ["Stichting", "Dalwijk", "€ 12.000", "2023", " ", "  ", "   ", "\t", "\n", "\u00a0", "\u2009", " \n ",
              "|", "a", "\u00ad"]
    rnd = random.Random(3)
    for _ in range(3000):
        line = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        assert relations._cells(line) == plain(line), repr(line)


def test_the_words_membership_is_gated_on_are_in_every_match():
    """MEMBERS_BEFORE is searched only in sentences that hold one of MEMBERS_WORDS: every match holds one."""
    from sdkg.loaders.extract import relations as r

    words = ["maakt", "Maken", "deel", "uit", "van", "neemt", "Nemen", "aan", "in", "is", "zijn", "Blijft", "werd", "lid",
             "deelnemer", "aangesloten", "bij", "heeft", "hebben", "zich", "als", "deelnemende", "gemeenten", "gemeente",
             "een", "één", "de", "het", "Regio", "X", "gemeenschappelijke", "regeling", "ook", "sinds", "2020"]
    rnd = random.Random(21)
    seen = 0
    for _ in range(30000):
        sent = " ".join(rnd.choice(words) for _ in range(rnd.randint(2, 8)))
        for m in r.MEMBERS_BEFORE.finditer(sent):
            seen += 1
            assert r._any_in(m.group(0).lower(), r.MEMBERS_WORDS), sent
    assert seen > 50, seen


def test_bullet_lines_are_those_of_a_scan():
    """initiatives._bullet_lines tries its one-line pattern only on lines that open with a mark or a digit: the same
    matches as a scan of every line."""
    pieces = ["•", "-", "–", "*", "1.", "12)", "3", "87", " ", "\t", "\u00a0", "\n", "Project", "Jaarstukken 2022",
              "| Gemeente X |", "a", "Begroting", "2025", "x"]
    rnd = random.Random(14)
    for _ in range(300):
        text = "".join(rnd.choice(pieces) + rnd.choice(["", " ", "\n"]) for _ in range(60))
        assert [m.span() for m in initiatives._bullet_lines(text)] == [m.span() for m in initiatives.BULLET_LINE.finditer(text)]


def test_the_words_contribution_and_grant_titles_are_gated_on_are_in_every_match():
    """WE_CONTRIBUTE and SUBSIDY_HEADER are tried only in units that hold one of their gate words: every match holds
    one."""
    from sdkg.loaders.extract import relations as r

    words = ["de", "gemeente", "De", "Gemeente", "wij", "We", "draagt", "Dragen", "droeg", "droegen", "hier", "€", "25.000",
             "aan", "bij", "Bij", "subsidie", "Subsidies", "subsidieplafond", "ontvanger", "Ontvangers", "bijdrage",
             "bijdragen", "Bijdrage", "2024", "jaarlijks"]
    rnd = random.Random(31)
    seen = {"we": 0, "header": 0}
    for _ in range(20000):
        sent = " ".join(rnd.choice(words) for _ in range(rnd.randint(2, 9)))
        for m in r.WE_CONTRIBUTE.finditer(sent):
            seen["we"] += 1
            assert r._any_in(m.group(0).lower(), r.CONTRIBUTE_WORDS), sent
        for m in r.SUBSIDY_HEADER.finditer(sent):
            seen["header"] += 1
            assert r._any_in(m.group(0).lower(), r.SUBSIDY_WORDS), sent
    assert all(v > 20 for v in seen.values()), seen


def test_districts_named_after_the_municipality_are_those_of_a_scan():
    from sdkg.loaders.model import Place

    extra = ["Tiel-Oost", "Tiel", "Oost", "West", "Tiel-Westerlaan", "-", "Tiel-noord", "\n", "TielOost", "Tiel Zuid"]
    for text in _texts_with(extra * 4, seed=8):
        got = places.compass_districts(text, [], "Tiel")
        pat = re.compile(r"(?<![\w-])Tiel(?:-|\s)(?:Noord|Zuid|Oost|West|Centrum|noord|zuid|oost|west)(?![\w-])")
        want = [m.span() for m in pat.finditer(text)]
        assert sorted((s.start, s.end) for p in got for s in p.mentions) == want
        assert all(isinstance(p, Place) for p in got)


def test_postcodes_with_their_town_are_those_of_the_pattern_with_its_look_behind_first():
    old = re.compile(r"(?<![\w.,])\d{4}[ \t]?[A-Z]{2}[ \t]+[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)?")
    rnd = random.Random(2)
    for _ in range(4000):
        text = "".join(rnd.choice(["1234", "56", " ", "\t", "AB", "Zeedorp", ".", ",", "x", "é", "\n", "7"])
                       for _ in range(rnd.randint(0, 14)))
        assert places.address_spans(text) == [m.span() for m in old.finditer(text)], text


def test_lines_in_capitals_are_those_of_a_scan_of_every_line():
    rnd = random.Random(6)
    for _ in range(4000):
        text = "".join(rnd.choice(["\n", "\n\n", "AB", "CD EF", "x", " ", "\r", "É", "1", "ab", "ZORG EN"])
                       for _ in range(rnd.randint(0, 25)))
        want = [m.span() for m in re.finditer(r"(?m)^[^\na-z]{4,}$", text)
                if sum(c.isalpha() for c in m.group(0)) >= 6 and len(m.group(0).split()) >= 2]
        assert organisations._all_caps_ranges(text) == want, repr(text)
