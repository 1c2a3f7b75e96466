"""`sdkg eval --unknown-names`: gold pages with their local organisations renamed, in text and gold alike."""

import json
from pathlib import Path

from sdkg.cli import main
from sdkg.loaders import reference as ref
from sdkg.loaders.unknown_names import invented_names, rename_unknown

from .test_eval_cmd import _fake_shared

TEXT = ("Jaarverslag 2023 gemeente Putten\n\nSociaal domein\n\nIn samenwerking met Stichting Wijkkracht Putten en "
        "Sportbedrijf Veluwerand organiseerden we de beweegweek. Het UWV en GGD Noord- en Oost-Gelderland namen deel. "
        "Het project 'Samen met Wijkkracht Putten' liep het hele jaar.\n")
GOLD = {
    "source_file": "01_putten_2023.txt",
    "municipality": {"name": "Putten", "cbs_code": "GM0273"},
    "organisations": [
        {"name": "Wijkkracht Putten", "aliases": ["Stichting Wijkkracht Putten"], "kind": "welfare"},
        {"name": "Sportbedrijf Veluwerand", "aliases": [], "kind": "other"},
        {"name": "UWV", "aliases": [], "kind": "government"},
        {"name": "GGD Noord- en Oost-Gelderland", "aliases": [], "kind": "health"},
    ],
    "initiatives": [{"name": "Samen met Wijkkracht Putten"}],
    "relations": [{"subject": "Wijkkracht Putten", "predicate": "partner_of", "object": "Putten",
                   "quote": "In samenwerking met Stichting Wijkkracht Putten"}],
}


def test_local_bodies_are_renamed_consistently_and_registered_ones_kept():
    gold, text, n = rename_unknown(GOLD, TEXT)
    assert n == 2
    names = [o["name"] for o in gold["organisations"]]
    assert names[2:] == ["UWV", "GGD Noord- en Oost-Gelderland"]  # national and regional registers know these
    assert "Wijkkracht" not in text and "Veluwerand" not in text
    assert names[1].startswith("Sportbedrijf ")  # the head word stays, the name's own words go
    for o in gold["organisations"]:
        for n_ in (o["name"], *o["aliases"]):
            assert n_.lower() in text.lower()
    assert gold["relations"][0]["quote"] in text and gold["relations"][0]["subject"] == names[0]
    assert gold["initiatives"][0]["name"].lower() in text.lower()
    assert GOLD["organisations"][0]["name"] == "Wijkkracht Putten"  # the caller's gold is left as it was
    assert gold["municipality"] == GOLD["municipality"] and "Putten" in text  # the municipality is no body


def test_invented_names_are_no_place_and_no_first_name():
    names = invented_names()
    assert len(names) > 100
    areas, towns, first = ref.area_index(), ref.gemeenten_by_name(), ref.first_names()
    assert not [n for n in names if ref.fold(n) in areas or ref.fold(n) in towns or n in first]


def test_eval_scores_a_set_with_its_local_bodies_renamed(tmp_path, capsys):
    shared, texts = _fake_shared(tmp_path)
    assert main(["eval", "--set", "real", "--shared", str(shared), "--real-texts", str(texts), "--json"]) == 0
    named = json.loads(capsys.readouterr().out)["real"]["pooled"]["fields"]["organisations"]
    assert main(["eval", "--set", "real", "--shared", str(shared), "--real-texts", str(texts), "--json",
                 "--unknown-names"]) == 0
    captured = capsys.readouterr()
    renamed = json.loads(captured.out)["real"]["pooled"]["fields"]["organisations"]
    assert "organisations renamed" in captured.err
    # every gold organisation is still scored; the texts on disk are untouched
    assert renamed["tp"] + renamed["fn"] == named["tp"] + named["fn"]
    assert all("Dalkracht" not in p.read_text(encoding="utf-8") for p in Path(texts).glob("*.txt"))


def test_eval_in_gold_mode_renames_too(tmp_path, capsys):
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "01_putten_2023.json").write_text(json.dumps(GOLD), encoding="utf-8")
    page = tmp_path / "01_putten_2023.txt"
    page.write_text(TEXT, encoding="utf-8")
    assert main(["eval", "--gold", str(tmp_path / "gold"), str(page), "--unknown-names", "--json"]) == 0
    captured = capsys.readouterr()
    orgs = json.loads(captured.out)["fields"]["organisations"]
    assert "2 organisations renamed" in captured.err
    assert orgs["tp"] >= 3  # "In samenwerking met Stichting X en Sportbedrijf Y": found by the sentence
    assert page.read_text(encoding="utf-8") == TEXT


def test_a_head_word_and_an_acronym_are_renamed_as_such():
    gold = {"source_file": "p.txt", "organisations": [
        {"name": "Instituut voor Wijkkracht", "aliases": ["IVW"], "kind": "other"},
        {"name": "Veluwerand Welzijn", "aliases": ["VRW"], "kind": "welfare"}]}
    text = "Op basis van de methode van het Instituut voor Wijkkracht (IVW) werkt Veluwerand Welzijn (VRW) samen."
    new, renamed, n = rename_unknown(gold, text)
    first, second = new["organisations"]
    assert first["name"].startswith("Instituut ") and second["name"].endswith(" Welzijn")
    acronyms = [a for o in new["organisations"] for a in o["aliases"] if a.isupper()]
    assert len(acronyms) == 2 and len(set(acronyms)) == 2 and "IVW" not in renamed and "VRW" not in renamed
    assert all(f"({a})" in renamed for a in acronyms)
