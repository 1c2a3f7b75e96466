"""Former municipalities that are now kernen of the reporting municipality are its neighbourhoods."""


from sdkg.loaders.extract import extract

from .conftest import text_doc


def test_former_municipalities_of_a_merged_municipality_are_its_kernen():
    text = ("Gemeente Vijfheerenlanden, jaarverslag 2022.\n\nDe leefbaarheid is in een aantal wijken, met name in "
            "Leerdam en Vianen, achteruitgegaan. Daarom investeren we daar.")
    doc = text_doc(text)
    ex = extract(doc)
    assert ex.meta.municipality.cbs_code == "GM1961"
    assert {"Leerdam", "Vianen"} <= {p.name for p in ex.neighbourhoods}
    assert not {"Leerdam", "Vianen"} & {p.name for p in ex.other_municipalities}


def test_neighbourhoods_a_report_lists_that_the_reference_lists_miss():
    text = ("Gemeente Deventer, jaarverslag 2023.\n\nIn de wijken Zonnebloem, De Klaproos en Keizerslanden liep de pilot "
            "'Wijkplein'. De aanpak 'Kansrijke Start' is voortgezet in Zonnebloem en De Klaproos.\n\nDe wijk Liendert & "
            "Rustenhof doet ook mee.")
    ex = extract(text_doc(text))
    names = {p.name for p in ex.neighbourhoods}
    assert {"Zonnebloem", "De Klaproos", "Keizerslanden"} <= names
    assert not {"Liendert", "Rustenhof", "Deventer"} & names
    klaproos = next(p for p in ex.neighbourhoods if p.name == "De Klaproos")
    assert len(klaproos.mentions) == 2


def test_a_kern_without_a_cbs_area_has_no_cbs_code_and_its_graph_conforms_to_the_shapes():
    # The woonplaatsen register names kernen that no CBS wijk or buurt bears: such a kern is a neighbourhood with no
    # code (sdkg:cbsCode holds WK and BU codes only); a wijk keeps its own code.
    from sdkg.graph.build import build_quads
    from sdkg.graph.iris import Minter
    from sdkg.graph.publish.validate import format_reports, validate_store
    from sdkg.graph.store import OxigraphStore

    text = ("Jaarverslag 2023 gemeente Opmeer\n\nIn Spanbroek en in de kern Hoogwoud werken we met inwoners aan "
            "ontmoeting en zorg voor elkaar.\n")
    ex = extract(text_doc(text))
    codes = {p.name: p.code for p in ex.neighbourhoods}
    assert codes["Spanbroek"] is None and codes["Hoogwoud"].startswith("BU0432"), codes
    zwolle = extract(text_doc("Jaarverslag 2023 gemeente Zwolle\n\nIn de wijk Holtenbroek werken we met inwoners.\n"))
    assert [p.code[:6] for p in zwolle.neighbourhoods] == ["WK0193"]
    store = OxigraphStore(None)
    store.ensure_model()
    for e in (ex, zwolle):
        store.put_graph(Minter().report_graph(e.document.sha256), build_quads(e))
    report = validate_store(store)
    assert report.conforms, format_reports([report])
