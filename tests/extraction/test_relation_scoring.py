"""Relation scoring (`evaluate_relations`): same predicate, subject and object matching by name or alias."""

from sdkg.loaders.evaluate import evaluate, evaluate_relations, match_relations


def _rel(s, p, o, q="q"):
    return {"subject": s, "predicate": p, "object": o, "quote": q}


def _doc(rels, **kw):
    d = {"source_file": "x.txt", "organisations": [], "laws": [], "initiatives": [], "relations": rels}
    d.update(kw)
    return d


def test_same_triple_matches_and_other_predicate_does_not():
    gold = _doc([_rel("AVAN", "contracted_by", "Nijmegen")])
    assert match_relations(_doc([_rel("AVAN", "contracted_by", "Nijmegen")]), gold)[:3] == (1, 0, 0)
    assert match_relations(_doc([_rel("AVAN", "provides", "Nijmegen")]), gold)[:3] == (0, 1, 1)


def test_alias_of_the_document_entity_matches():
    gold = _doc([_rel("Regionaal Kenniscentrum voor Oostland", "provides", "expertise")],
                organisations=[{"name": "Regionaal Kenniscentrum voor Oostland", "aliases": ["RKO"]}])
    pred = _doc([_rel("RKO", "provides", "expertise")])
    assert match_relations(pred, gold)[0] == 1


def test_law_abbreviation_and_legal_form_and_brackets():
    gold = _doc([_rel("Beschermd Wonen", "under_law", "Wet maatschappelijke ondersteuning 2015"),
                 _rel("Welzorg", "provides", "hulpmiddelen (Rijk van Nijmegen)")],
                laws=[{"name": "Wet maatschappelijke ondersteuning 2015", "abbreviation": "Wmo 2015"}])
    pred = _doc([_rel("Beschermd Wonen", "under_law", "Wmo 2015"), _rel("Welzorg b.v.", "provides", "hulpmiddelen")],
                laws=[{"name": "Wet maatschappelijke ondersteuning 2015", "abbreviation": "Wmo 2015"}])
    assert match_relations(pred, gold)[0] == 2


def test_partner_of_is_symmetric_other_predicates_are_not():
    gold = _doc([_rel("Assen", "partner_of", "Havenfestival"), _rel("Rijk", "funds", "Young Leaders")])
    pred = _doc([_rel("Havenfestival", "partner_of", "Assen"), _rel("Young Leaders", "funds", "Rijk")])
    assert match_relations(pred, gold)[:3] == (1, 1, 1)


def test_each_side_matched_once_and_micro_average():
    gold = [_doc([_rel("A", "partner_of", "X"), _rel("B", "partner_of", "X")], source_file="a.txt"),
            _doc([_rel("C", "funds", "D")], source_file="b.txt")]
    pred = [_doc([_rel("A", "partner_of", "X"), _rel("A", "partner_of", "X")], source_file="a.txt")]
    r = evaluate_relations(pred, gold)["relations"]
    assert (r["tp"], r["fp"], r["fn"]) == (1, 1, 2)
    assert evaluate(pred, gold)["fields"]["relations"] == r


def test_eval_prints_the_relation_scores_of_each_set(capsys):
    from sdkg.cli import main

    assert main(["eval", "--set", "own"]) == 0
    rows = [line.split() for line in capsys.readouterr().out.splitlines()]
    row = next(r for r in rows if r and r[0] == "relations")
    assert 0.0 < float(row[1]) <= 1.0
