"""Thirty-ninth round: budget tables of changes printed one cell a line, whose one-off changes fill the first
year's column alone and whose rows stand under headings by part, decision and item. The texts are invented for
these tests."""

from sdkg.loaders.extract import extract
from sdkg.loaders.extract.figures import find_figures
from sdkg.loaders.metadata import infer_meta

from .conftest import initiatives_in, names_of, orgs_in, text_doc


def _lines(*cells: str, sep: str = "\n") -> str:
    """A table printed one cell a line (`sep` "\n\n": with blank lines between them, as report sites print it)."""
    return sep.join(cells) + "\n"


def test_a_table_of_changes_one_cell_a_line_fills_its_columns_from_the_first_year():
    text = _lines(
        "Wijzigingen in de begroting (bedragen x € 1.000)", "2024", "2025", "2026", "2027",
        "Deelprogramma Zorg en ondersteuning", "Raadsbesluiten:", "A. Herijking van de huishoudelijke hulp",
        "* Extra inzet wijkverpleging", "-40", "-55", "-55", "-55",
        "B. Tweede tussenrapportage 2024", "* Bijdrage aan de jeugdregio", "318",
        "* Vrijval budget mantelzorg", "62", "62",
    )
    figs = {(f.label, f.value, f.unit, f.year) for f in find_figures(text, 2024)}
    # a row with one cell: a one-off change of the first year, in the table's thousands
    assert ("Bijdrage aan de jeugdregio", 318000.0, "EUR", 2024) in figs, figs
    # a row over every year: the first year's amount and the next where it changes (the rest carry it forward)
    assert ("Extra inzet wijkverpleging", -40000.0, "EUR", 2024) in figs, figs
    assert ("Extra inzet wijkverpleging", -55000.0, "EUR", 2025) in figs, figs
    assert ("Vrijval budget mantelzorg", 62000.0, "EUR", 2024) in figs, figs
    # the headings above the rows are none, and no bare count is left of the table's cells
    assert not any(f.unit == "count" for f in find_figures(text, 2024)), figs



def test_a_tables_unit_column_makes_its_rows_shares():
    text = ("Indicator | Eenheid | Rekening 2022 | Begroting 2023 | Begroting 2024 |\n"
            "Jongeren met jeugdhulp | % van de jongeren tot 18 jaar | 9,1 | 9,0 | 8,8 |\n"
            "Cliënten met huishoudelijke hulp | Aantal | 412 | 420 | 430 |\n")
    figs = {(f.label, f.unit) for f in find_figures(text, 2024)}
    assert ("Jongeren met jeugdhulp", "percent") in figs, figs
    assert ("Cliënten met huishoudelijke hulp", "count") in figs, figs
    assert ("Jongeren met jeugdhulp", "count") not in figs, figs


def test_a_budget_tables_header_after_the_programmes_title_with_its_number():
    text = ("Wat mag het kosten?\nBedragen x €1.000\n"
            "Programma 3 Begroting na wijziging 2024 Prognose 2024 Afwijking 2024\n"
            "Lasten\n"
            "6.1 Samenkracht en burgerparticipatie -4.210 -4.380 -170\n"
            "6.3 Inkomensregelingen -11.905 -11.640 265\n")
    figs = {(f.label, f.value, f.unit, f.year) for f in find_figures(text, 2024)}
    assert ("6.1 Samenkracht en burgerparticipatie", -4210000.0, "EUR", 2024) in figs, figs
    assert ("6.3 Inkomensregelingen", -11905000.0, "EUR", 2024) in figs, figs
    assert not any(f.unit == "count" for f in find_figures(text, 2024)), figs


_HISTORY_AND_PLAN = _lines(
    "Meerjarenraming (bedragen x 1.000)", "Rekening", "Begroting na wijziging", "Zorg en welzijn",
    "2022", "2023", "2024", "2025", "2026",
    "670 Algemene voorzieningen", "Lasten", "1.210", "1.305", "1.350", "1.350", "1.350",
    "670 Algemene voorzieningen", "Baten", "Saldo", "-1.210", "-1.305", "-1.350", "-1.350", "-1.350",
    "672 Maatwerkdienstverlening 18-", "Lasten", "8.640", "9.115", "9.470", "9.520", "9.520",
    "Baten", "310", "295", "300", "300", "300", sep="\n\n")


def test_a_vertical_tables_header_of_years_after_kinds_and_a_title_is_read():
    # ("Rekening" / "Begroting na wijziging" / the table's title / the years: the kinds' one year was taken for a
    # header of its own, and the years' header after it was never looked at)
    figs = {(f.label, f.value, f.year) for f in find_figures(_HISTORY_AND_PLAN, 2024)}
    # a table of the years before the report's and after it: the report's own column; the rows named by their part
    # alone carry the heading above them
    assert ("670 Algemene voorzieningen, lasten", 1350000.0, 2024) in figs, figs
    assert ("672 Maatwerkdienstverlening 18-, lasten", 9470000.0, 2024) in figs, figs
    assert ("672 Maatwerkdienstverlening 18-, baten", 300000.0, 2024) in figs, figs
    assert not any(y != 2024 for _l, _v, y in figs), figs


def test_a_budget_from_its_own_year_on_keeps_each_years_figure():
    # (where the table starts at the report's year, the later years are the plan's: each year its own figure)
    figs = {(f.label, f.value, f.year) for f in find_figures(_HISTORY_AND_PLAN, 2022)}
    assert ("670 Algemene voorzieningen, lasten", 1210000.0, 2022) in figs, figs
    assert any(y > 2022 for _l, _v, y in figs), figs


def test_a_portfolio_holders_surname_is_no_village_or_neighbourhood():
    # (the holder's name after initials and a particle: "A.B. van <place>", printed once per theme of a programme)
    text = ("Programma 3 Sociaal domein\n\nBeleidsthema\n\nPortefeuillehouder\n\nJeugdhulp\n\nJ.K. van Wijhe\n\n"
            "Participatie\n\nJ.K. van Wijhe\n\nMaatschappelijke ondersteuning\n\nJ.K. van Wijhe\n\nGezondheid\n\n"
            "J.K. van Wijhe\n\nDeze raadsperiode werken we aan de doelen van het beleidsplan 'Samen Heerde'.\n")
    meta = infer_meta(text_doc(text))
    assert meta.municipality is not None and meta.municipality.name == "Heerde", meta.evidence["municipality"]
    assert not [n.name for n in extract(text_doc(text), meta).neighbourhoods]


def test_a_table_of_contents_run_together_in_a_copied_title_is_no_initiative():
    # (a document site's copy: its title the contents' first lines, run together, in quotes)
    text = ('Share "Inhoudsopgave Voorwoord... 2 Beleid Uitvoering Middelen Overzichten"\n\nCopied!\n\n'
            "Programmabegroting 2022 gemeente Heerde\n\nInhoudsopgave\n\nInleiding ... 3\n\nProgramma's ... 12\n\n"
            "Zorg en welzijn ... 14\n\nParagrafen ... 40\n")
    assert not any("Inhoudsopgave" in n or "..." in n for n in names_of(text, "initiatives")), \
        names_of(text, "initiatives")


def test_a_committee_named_after_its_chair_is_a_body_and_no_initiative():
    sentence = "Het college volgt het advies van de commissie Van Dalen over de jeugdzorg."
    assert "commissie Van Dalen" in orgs_in(sentence), orgs_in(sentence)
    assert not any("Dalen" in n for n in initiatives_in(sentence)), initiatives_in(sentence)
    assert "adviescommissie-Brinkhorst" in orgs_in("Het rapport van de adviescommissie-Brinkhorst kwam in maart uit.")
    # a council's committee by its theme has no surname: no body of its own
    assert not any("Samenleving" in n for n in orgs_in("Het voorstel is besproken in de commissie Samenleving."))


def test_the_province_as_a_party_without_its_name():
    assert "Provincie" in orgs_in("Voor de nieuwe fietsroute betalen de gemeente, de provincie en het waterschap elk een derde.")
    assert "Provincie" in orgs_in("Het dorpshuis kreeg vorig jaar een bijdrage van de provincie voor de verbouwing.")
    # where it is a place it is none
    assert "Provincie" not in orgs_in("Veel inwoners in de provincie werken in de zorg of het onderwijs.")


def test_a_long_tables_rows_keep_the_reports_own_year_first():
    # (more figures than a reader keeps: of each row the report's year comes before the later years of the plan)
    rows = [("Huishoudelijke hulp", 610), ("Begeleiding", -420), ("Vervoer", 185), ("Jeugdhulp", -1210),
            ("Schuldhulp", 95), ("Reserves", 330)]
    text = "| Programma 2 Zorg | 2025 | 2026 | 2027 | 2028 |\n|---|---|---|---|---|\n" + "".join(
        f"| {label} | {v} | {v + 11} | {v + 23} | {v + 37} |\n" for label, v in rows)
    figs = {(f.label, f.value, f.year) for f in find_figures(text, 2025)}
    for label, v in rows:
        assert (label, float(v), 2025) in figs, (label, sorted(figs))


def test_of_more_figures_than_a_reader_keeps_the_social_domains_come_first():
    # (a page of key figures: the municipality's area and roads beside its clients and benefits)
    general = [("Oppervlakte gemeente (ha)", 7410), ("Lengte van wegen (m)", 312400), ("Aantal woningen", 14620),
               ("Aantal bedrijfsvestigingen", 2215), ("Openbaar groen (m2)", 188300), ("Aantal lantaarnpalen", 6140),
               ("Aantal verkeersborden", 3143), ("Aantal parkeerplaatsen", 4310), ("Aantal bomen", 12120)]
    social = [("Cliënten Wmo", 1640), ("Uitkeringen Participatiewet", 412), ("Cliënten jeugdhulp", 530),
              ("Huishoudens met schuldhulpverlening", 187), ("Inwoners met dagbesteding", 266),
              ("Mantelzorgers in beeld", 905), ("Statushouders gehuisvest", 148), ("Meldingen bij Veilig Thuis (zorg)", 233)]
    text = "| Kerngegevens | 2023 | 2024 |\n|---|---|---|\n" + "".join(
        f"| {label} | {v - 9} | {v} |\n" for label, v in general + social)
    kept = {(f.label, f.value) for f in find_figures(text, 2024)}
    assert {(label, float(v)) for label, v in social} <= kept, sorted(kept)


def test_a_changes_kind_between_its_label_and_its_cells_is_no_label():
    text = _lines(
        "Nieuw beleid", "bedragen x 1.000", "2024", "2025", "2026", "2027",
        "Budget voor de aanpak van eenzaamheid", "Str", "40", "40", "40", "40",
        "Eenmalige bijdrage aan het dorpshuis", "Inc", "75", "0", "0", "0",
    )
    figs = {(f.label, f.value, f.year) for f in find_figures(text, 2024)}
    assert ("Budget voor de aanpak van eenzaamheid", 40000.0, 2024) in figs, figs
    assert ("Eenmalige bijdrage aan het dorpshuis", 75000.0, 2024) in figs, figs
    assert not any(label in ("Str", "Inc") for label, _v, _y in figs), figs


def test_a_municipalitys_own_regulation_by_its_acronym_is_no_body():
    found = orgs_in("Het college heeft de APV aangepast; de boa's van de gemeente handhaven samen met de politie.")
    assert "APV" not in found, found
