"""Country-wide registers as evidence: regional bodies as organisations and municipality evidence,
demonyms, villages (woonplaatsen) and the names people write ("Den Haag")."""

from sdkg.loaders import reference as ref
from sdkg.loaders.extract import extract
from sdkg.loaders.metadata import infer_meta

from .conftest import text_doc


def test_den_haag_is_s_gravenhage():
    assert [g.cbs_code for g in ref.gemeenten_by_name()["den haag"]] == ["GM0518"]
    meta = infer_meta(text_doc("Jaarverslag 2020 van de gemeente Den Haag. De Haagse wijken deden mee."), {})
    assert meta.municipality.cbs_code == "GM0518"


def test_demonym_names_the_municipality():
    meta = infer_meta(text_doc("Programma Zorg en welzijn. De Osse samenleving is sterk; inwoners helpen elkaar."), {})
    assert meta.municipality.cbs_code == "GM0828"


def test_villages_name_their_municipality():
    # Schipborg and Gasselte are woonplaatsen of Aa en Hunze (BAG); the municipality itself is not named.
    meta = infer_meta(text_doc("Wij ondersteunen de dorpshuizen in Schipborg en in Gasselte bij hun activiteiten."), {})
    assert meta.municipality.cbs_code == "GM1680"


def test_regional_body_is_an_organisation_with_its_register_kind():
    text = "De gemeente Ede werkt samen met de Veiligheids- en Gezondheidsregio Gelderland-Midden aan preventie."
    ex = extract(text_doc(text))
    orgs = {o.name: o.kind for o in ex.organisations}
    assert orgs.get("Veiligheids- en Gezondheidsregio Gelderland-Midden") == "health"
    # a register word inside a longer capitalised name is not that body
    by_key, _first = ref.regional_index()
    single = next(k for k, o in by_key.items() if " " not in k and k[:1].isalpha() and len(k) > 4 and not k.isupper())
    word = single.capitalize()
    ex = extract(text_doc(f"De gemeente Ede start het project Regionaal {word} met partners."))
    assert word not in {o.name for o in ex.organisations}


def test_a_municipality_by_the_short_name_everyone_writes():
    meta = infer_meta(text_doc("De gemeente Nuenen c.a. werkt in de wijken samen met partners aan zorg en welzijn."), {})
    assert meta.municipality.cbs_code == "GM0820"
    meta = infer_meta(text_doc("Wij werken samen met partners aan zorg en welzijn.", source="12_nuenen_2030.txt"), {})
    assert meta.municipality.cbs_code == "GM0820"
