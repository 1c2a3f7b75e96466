"""A whole jaarstukken PDF (200 pages, generated with its gold): pages, programmes, tables, boilerplate.

The corpus has what real reports have: title page, table of contents, running headers and footers,
two-column chapters, hyphenated line ends, lasten/baten tables "(x € 1.000)" and indicator tables,
eight programmes of which two are social domain. See bench/corpus.py.
"""

import re
from collections import Counter

ENTITY_KEYS = ("organisations", "laws", "initiatives", "neighbourhood_details", "other_municipality_details",
               "people")


def test_generation_is_deterministic(tmp_path, jaarstukken):
    from bench.corpus import write_jaarstukken

    pdf, _gold = write_jaarstukken(tmp_path)
    assert pdf.read_bytes() == jaarstukken.pdf.read_bytes()
    assert jaarstukken.gold["pages"] == 200


def test_report_metadata_and_programmes(jaarstukken):
    meta = jaarstukken.extraction.meta
    assert (meta.municipality.cbs_code, meta.year, meta.document_type) == ("GM0119", 2024, "jaarstukken")
    titles = {s.path[0] for s in jaarstukken.doc.sections}
    assert set(jaarstukken.gold["programmes"]) <= titles


def test_facts_carry_their_page_and_programme(jaarstukken):
    """Every organisation and law mention the gold places on a page: the extraction has a mention
    with that quote on that page, in that programme (counted with multiplicity)."""
    got: Counter = Counter()
    for key in ("organisations", "laws"):
        for item in jaarstukken.json[key]:
            for m in item["mentions"]:
                got[(m["quote"], m["page"], m["programme"])] += 1
    gold = Counter((f["quote"], f["page"], f["programme"]) for f in jaarstukken.gold["facts"])
    assert sum(gold.values()) > 1000
    right = sum(min(n, got[k]) for k, n in gold.items())
    assert right / sum(gold.values()) >= 0.95, [k for k, n in gold.items() if got[k] < n][:10]
    # and the social-domain facts land in the two social-domain programmes
    social = {f["programme"] for f in jaarstukken.gold["facts"] if f["kind"] == "law"}
    assert social == set(jaarstukken.gold["social_domain"])


def test_spans_carry_page_section_and_programme(jaarstukken):
    spans = [m for key in ENTITY_KEYS for item in jaarstukken.json[key] for m in item.get("mentions", [])]
    spans += [f["span"] for f in jaarstukken.json["figures"] if f.get("span")]
    spans += [r["span"] for r in jaarstukken.json["relations"]]
    assert spans
    for s in spans:
        assert 1 <= s["page"] <= 200
        assert s["section"] and isinstance(s["section"], list)
    law = next(i for i in jaarstukken.json["laws"] if i["name"] == "Jeugdwet")["mentions"][0]
    assert law["section"][0] == law["programme"] == "Programma 6 Zorg en ondersteuning"
    assert re.match(r"6\.\d ", law["section"][1])


def test_table_figures_have_row_label_year_and_multiplied_value(jaarstukken):
    figures = {(f["label"], f["year"], f["value"], f["span"]["page"], f["span"]["programme"])
               for f in jaarstukken.json["figures"] if f.get("span")}
    gold = [(g["label"], g["year"], float(g["value"]), g["page"], g["programme"])
            for g in jaarstukken.gold["figures"]]
    assert len(gold) > 100
    missing = [g for g in gold if g not in figures]
    assert not missing, missing[:5]
    # a lasten/baten cell "20.494" under "Realisatie 2024" in a table "(x € 1.000)" is € 20,494,000
    lasten = next(f for f in jaarstukken.json["figures"] if f.get("column") == "Realisatie 2024")
    assert lasten["unit"] == "EUR" and lasten["value"] == 1000 * float(lasten["span"]["quote"].replace(".", ""))
    assert "x € 1.000" in lasten["table"]
    # plans ("Begroting 2024") are not figures of a year
    assert not any((f.get("column") or "").startswith("Begroting") for f in jaarstukken.json["figures"])


def test_headers_footers_and_contents_never_become_text_or_entities(jaarstukken):
    text = jaarstukken.doc.text
    for line in jaarstukken.gold["boilerplate"]:
        if line.startswith("Programma ") or line in ("Inleiding", "Paragrafen", "Jaarrekening"):
            continue  # chapter titles are running headers and headings: as headings they stay
        assert line not in text, line
    assert not re.search(r"Pagina \d+ van \d+", text)
    assert not re.search(r"(?:\. ){4,}|\.{5,}", text)  # the dot leaders of the table of contents
    assert text.count("Programma 6 Zorg en ondersteuning") <= 3  # heading, table caption, not 19 headers
    names = [i.get("name", "") for key in ENTITY_KEYS for i in jaarstukken.json[key]]
    for name in names:
        assert "Jaarstukken" not in name and "Pagina" not in name and "Inhoud" not in name, name
    # the table of contents is not read as content: its page numbers do not start sections
    assert not any(re.search(r"\s\d{1,3}$", " > ".join(s.path)) for s in jaarstukken.doc.sections)


def test_hyphenated_line_ends_are_repaired(jaarstukken):
    text = jaarstukken.doc.text
    words = jaarstukken.gold["hyphenated"]
    assert len(words) > 20
    whole = [w for w in words if w in text]
    assert len(whole) / len(words) >= 0.95, sorted(set(words) - set(whole))[:10]
    # a real compound hyphen at a line end stays ("voor- en vroegschoolse", "Wmo-maatwerkvoorziening")
    assert "voor- en vroegschoolse" in text
    compounds = jaarstukken.gold["compounds_at_line_end"]
    assert compounds and all(c in text for c in compounds), [c for c in compounds if c not in text]
    flat = " ".join(text.split())
    broken = [s for s in jaarstukken.gold["hyphen_splits"] if s in flat or s.replace("-", "- ") in flat]
    assert not broken


def test_columns_are_read_in_order(jaarstukken):
    """Every fact sentence of the gold reads whole, though many run from the left column into the
    right one or onto the next page."""
    text = jaarstukken.doc.text
    quotes = Counter(f["quote"] for f in jaarstukken.gold["facts"])
    whole = sum(min(n, text.count(q)) for q, n in quotes.items())
    assert whole / sum(quotes.values()) >= 0.98
    assert "die in alle wijken spreekuren hield" in text
