"""The scorer on small hand-made cases whose answers are known (SCORING.md, rule by rule)."""

import pytest
from sdkg.loaders.evaluate import evaluate, format_table, normalise, score_document


@pytest.mark.parametrize("raw,expected", [
    ("Sterker Sociaal Werk", "sterker sociaal werk"),          # lower case
    ("Coöperatie Zorgkracht", "zorgkracht"),                   # accents off, legal form off
    ("Café Één", "cafe een"),                                  # NFKD without accents
    ("Liendert & Rustenburg", "liendert en rustenburg"),       # & read as en
    ("#Indebuurt033", "indebuurt033"),                         # leading # off
    ("Welzorg b.v.", "welzorg"),                               # legal form with dots
    ("stichting Dierenambulance Nijmegen", "dierenambulance nijmegen"),
    ("St. Jozef", "jozef"),
    ("Vereniging Buurtbelang BV", "buurtbelang"),
    ("N.V. Nuon", "nuon"),
    ("Schulden? Wij helpen graag", "schulden wij helpen graag"),  # punctuation to spaces
    ("  Oud-Zuid   (OZ) ", "oud zuid oz"),             # white space folded, trimmed
    ("Stichtingsbestuur", "stichtingsbestuur"),                # legal forms only as whole words
])
def test_normalise(raw, expected):
    assert normalise(raw) == expected


def _doc(**kw):
    base = {"source_file": "x.txt", "municipality": {"name": "Leiden", "cbs_code": "GM0546"}, "year": 2016,
            "document_type": "jaarverslag", "programmes": [], "organisations": [], "laws": [], "initiatives": [],
            "neighbourhoods": [], "other_municipalities": [], "people": [], "figures": [], "relations": []}
    base.update(kw)
    return base


def test_document_fields_score_one_or_zero():
    s = score_document(_doc(year=2015, document_type="jaarverslag"), _doc())
    assert s["municipality"]["f1"] == 1.0 and s["document_type"]["f1"] == 1.0
    assert s["year"]["tp"] == 0 and s["year"]["fp"] == 1 and s["year"]["fn"] == 1


def test_organisation_alias_matches_either_side():
    gold = _doc(organisations=[{"name": "Sterker sociaal werk", "aliases": ["Sterker"], "kind": "welfare"}])
    pred = _doc(organisations=[{"name": "Sterker", "aliases": [], "kind": "welfare"}])
    assert score_document(pred, gold)["organisations"]["tp"] == 1
    pred2 = _doc(organisations=[{"name": "Iets anders", "aliases": ["stichting Sterker sociaal werk"]}])
    assert score_document(pred2, gold)["organisations"]["tp"] == 1


def test_law_abbreviation_and_bwb_match():
    gold = _doc(laws=[{"name": "Wet maatschappelijke ondersteuning 2015", "abbreviation": "Wmo 2015"},
                      {"name": "Jeugdwet", "abbreviation": None, "bwb_id": "BWBR0034925"}])
    pred = _doc(laws=[{"name": "WMO 2015", "abbreviation": None},
                      {"name": "Youth Act", "abbreviation": None, "bwb_id": "BWBR0034925"}])
    s = score_document(pred, gold)["laws"]
    assert (s["tp"], s["fp"], s["fn"]) == (2, 0, 0)


def test_initiative_jaccard_threshold():
    gold = _doc(initiatives=[{"name": "Pilot indicatievrije dagbesteding"}, {"name": "Begeleiding Anders"}])
    # {pilot, indicatievrije, dagbesteding} vs {indicatievrije, dagbesteding}: 2/3 >= 0.5
    # {pilot, begeleiding, anders} vs {begeleiding, anders}: 2/3; a lone "Begeleiding" is 1/2 and counts too
    pred = _doc(initiatives=[{"name": "indicatievrije dagbesteding"}, {"name": "Pilot Begeleiding Anders"}])
    assert score_document(pred, gold)["initiatives"]["tp"] == 2
    pred2 = _doc(initiatives=[{"name": "dagbesteding voor ouderen in de wijk"}])  # 1/7
    assert score_document(pred2, gold)["initiatives"]["tp"] == 0


def test_one_to_one_exact_first():
    gold = _doc(initiatives=[{"name": "Wijkplan Merenwijk"}, {"name": "Wijkplan De Mors"}])
    # "Wijkplan Merenwijk" must take its exact twin, not be used up by the Jaccard pass.
    pred = _doc(initiatives=[{"name": "Wijkplan De Mors Merenwijk"}, {"name": "Wijkplan Merenwijk"}])
    s = score_document(pred, gold)["initiatives"]
    assert (s["tp"], s["fp"], s["fn"]) == (2, 0, 0)
    pred_dup = _doc(initiatives=[{"name": "Wijkplan Merenwijk"}, {"name": "wijkplan merenwijk"}])
    s = score_document(pred_dup, _doc(initiatives=[{"name": "Wijkplan Merenwijk"}]))["initiatives"]
    assert (s["tp"], s["fp"], s["fn"]) == (1, 1, 0)


def test_figures_value_and_year():
    gold = _doc(figures=[{"value": 4200000, "unit": "EUR", "year": 2016},
                         {"value": 7600, "unit": "count", "year": None},
                         {"value": 5.6, "unit": "weeks", "year": 2020}])
    pred = _doc(figures=[{"value": "€ 4,2 miljoen", "year": 2016},  # read as 4200000
                         {"value": "7.600", "year": 2014},            # gold year null matches any
                         {"value": 5.6, "year": 2019}])               # wrong year
    s = score_document(pred, gold)["figures"]
    assert (s["tp"], s["fp"], s["fn"]) == (2, 1, 1)


def test_micro_average_pools_documents_and_pairs_by_basename():
    g1 = _doc(source_file="a.txt", neighbourhoods=["Merenwijk", "De Mors"])
    g2 = _doc(source_file="b.txt", neighbourhoods=["Hatert"])
    p1 = _doc(source_file="/some/where/a.txt", neighbourhoods=["Merenwijk"])
    p2 = _doc(source_file="b.txt", neighbourhoods=["Hatert", "Lent"])
    r = evaluate([p1, p2], [g1, g2])
    nb = r["fields"]["neighbourhoods"]
    assert (nb["tp"], nb["fp"], nb["fn"]) == (2, 1, 1)
    assert nb["precision"] == pytest.approx(2 / 3, abs=1e-3) and nb["recall"] == pytest.approx(2 / 3, abs=1e-3)
    assert set(r["documents"]) == {"a.txt", "b.txt"}
    assert "neighbourhoods" in format_table(r)


def test_missing_prediction_counts_as_empty():
    r = evaluate([], [_doc(source_file="a.txt", other_municipalities=["Baarn"])])
    assert r["fields"]["other_municipalities"]["fn"] == 1
    assert r["missing_predictions"] == ["a.txt"]
