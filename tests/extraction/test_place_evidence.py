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
