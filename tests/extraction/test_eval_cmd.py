"""sdkg eval over named sets: texts paired with gold by source_file, per-set scores, the LOMO figure."""

import json
import shutil
from pathlib import Path

from sdkg.cli import main
from sdkg.loaders.evaluate import evaluate, municipality_of

DATA = Path(__file__).resolve().parent / "data"


def _fake_shared(tmp_path: Path, with_texts: bool = True) -> tuple[Path, Path]:
    """A shared folder whose real/gold holds our own golds, the texts kept elsewhere (as /tmp/real is)."""
    shared = tmp_path / "shared"
    (shared / "real" / "gold").mkdir(parents=True)
    texts = tmp_path / "texts"
    texts.mkdir()
    for g in sorted(DATA.glob("*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        gold["source_file"] = "real_" + Path(gold["source_file"]).name  # paired by this name, not the gold's
        (shared / "real" / "gold" / g.name).write_text(json.dumps(gold), encoding="utf-8")
        if with_texts:
            shutil.copy(DATA / Path(g.name).with_suffix(".txt").name, texts / gold["source_file"])
    return shared, texts


def test_named_set_scores_texts_by_source_file(tmp_path, capsys):
    shared, texts = _fake_shared(tmp_path)
    rc = main(["eval", "--set", "real", "--shared", str(shared), "--real-texts", str(texts), "--json"])
    assert rc == 0
    res = json.loads(capsys.readouterr().out)["real"]
    assert len(res["pooled"]["documents"]) == 4
    # the same texts scored the plain way give the same figures
    plain = evaluate([], [])  # shape only
    assert set(plain["fields"]) == set(res["pooled"]["fields"])
    assert res["pooled"]["fields"]["municipality"]["tp"] == 4
    assert res["lomo"]["fields"] == res["pooled"]["fields"]  # nothing is fitted on gold
    assert res["lomo_spread"]["municipality"]["n"] == 4


def test_table_names_each_set_and_the_lomo_column(tmp_path, capsys):
    shared, texts = _fake_shared(tmp_path)
    assert main(["eval", "--set", "real", "--shared", str(shared), "--real-texts", str(texts)]) == 0
    out = capsys.readouterr().out
    assert "real LOMO" in out and "organisations" in out and "real: 4 pages" in out


def test_pages_filter_and_missing_texts(tmp_path, capsys):
    shared, texts = _fake_shared(tmp_path)
    assert main(["eval", "--set", "real", "--shared", str(shared), "--real-texts", str(texts),
                 "--pages", "real_zwolle*", "--json"]) == 0
    assert list(json.loads(capsys.readouterr().out)["real"]["pooled"]["documents"]) == ["real_zwolle_2019.txt"]
    empty = tmp_path / "none"
    empty.mkdir()
    assert main(["eval", "--set", "real", "--shared", str(shared), "--real-texts", str(empty)]) == 2
    assert "4 of 4 texts not found" in capsys.readouterr().err


def test_gold_mode_still_works(capsys):
    docs = [str(p) for p in sorted(DATA.glob("*.txt"))]
    assert main(["eval", "--gold", str(DATA), *docs]) == 0
    assert "organisations" in capsys.readouterr().out
    assert main(["eval", "--gold", str(DATA)]) == 2


def test_municipality_of_is_the_cbs_code():
    assert municipality_of({"municipality": {"name": "X", "cbs_code": "GM0001"}, "source_file": "a"}) == "GM0001"
    assert municipality_of({"municipality": None, "source_file": "a.txt"}) == "a.txt"


def test_by_step_explains_every_gold_item(tmp_path, capsys):
    shared, texts = _fake_shared(tmp_path)
    assert main(["eval", "--set", "real", "--shared", str(shared), "--real-texts", str(texts), "--by-step",
                 "--json"]) == 0
    res = json.loads(capsys.readouterr().out)["real"]
    rows = res["by_step"]
    for field in ("organisations", "initiatives"):
        mine = [r for r in rows if r["field"] == field]
        gold_n = res["pooled"]["fields"][field]["tp"] + res["pooled"]["fields"][field]["fn"]
        assert len(mine) == gold_n
        assert sum(r["verdict"] == "found" for r in mine) == res["pooled"]["fields"][field]["tp"]
        for r in mine:
            assert r["verdict"] in {"found", "never a candidate", "merged away"} or \
                r["verdict"].startswith(("dropped by ", "typed as "))


def test_explain_names_the_dropping_filter():
    from sdkg.loaders.extract.pipeline import Trace
    from sdkg.loaders.extract.trace import explain

    gold = {"organisations": [{"name": "Stichting Buurtkracht", "aliases": []}, {"name": "Zorgpunt", "aliases": []},
                              {"name": "Welzijn Oost", "aliases": []}],
            "initiatives": [{"name": "Pilot Samen"}]}
    pred = {"organisations": [], "initiatives": [{"name": "Welzijn Oost"}]}
    traces = {"organisations": Trace(), "initiatives": Trace()}
    traces["organisations"].add("candidates", "legal_prefix", "Buurtkracht", 10, "dropped by place")
    verdicts = {r["name"]: r["verdict"] for r in explain(gold, pred, traces)}
    assert verdicts == {"Stichting Buurtkracht": "dropped by place", "Zorgpunt": "never a candidate",
                        "Welzijn Oost": "typed as initiatives", "Pilot Samen": "never a candidate"}


def test_every_step_declares_what_it_adds():
    from sdkg.loaders.extract.initiatives import INIT_STEPS
    from sdkg.loaders.extract.organisations import ORG_STEPS

    for steps in (ORG_STEPS, INIT_STEPS):
        assert {s.stage for s in steps} == {"candidates", "filter", "merge"}
        assert all(s.name and s.adds for s in steps)
        assert len({s.name for s in steps}) == len(steps)


def test_a_skipped_text_is_scored_as_an_empty_extraction(tmp_path, capsys):
    # One of the texts is replaced by English: reading skips it, eval says so and scores it as found nothing.
    shared, texts = _fake_shared(tmp_path)
    victim = sorted(texts.glob("*.txt"))[0]
    victim.write_text("The municipality and its partners are working on the care of the people in the town. " * 8,
                      encoding="utf-8")
    gold_dir = shared / "real" / "gold"
    assert main(["eval", "--gold", str(gold_dir), *map(str, sorted(texts.glob("*.txt"))), "--json"]) == 0
    captured = capsys.readouterr()
    assert f"{victim}: text does not look Dutch" in captured.err and "scored as an empty extraction" in captured.err
    res = json.loads(captured.out)
    assert res["documents"][victim.name]["municipality"]["fn"] == 1
    assert res["fields"]["municipality"]["tp"] == 3
