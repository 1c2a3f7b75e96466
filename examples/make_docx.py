"""Write delft-jaarstukken-2022-sociaal-domein.docx, an invented example report for sdkg.

Run from the repository root: .venv/bin/python examples/make_docx.py
"""

from pathlib import Path

import docx

OUT = Path(__file__).with_name("delft-jaarstukken-2022-sociaal-domein.docx")

CONTENT = [
    ("Title", "Jaarstukken 2022 — Programma Sociaal Domein"),
    (None, "Voorbeeldrapport (verzonnen voorbeeld voor sdkg) — Gemeente Delft (GM0503), Jaarstukken 2022"),
    (None, "Portefeuillehouder: wethouder S. Bakker"),
    ("Heading 1", "1 Sociaal Domein"),
    (
        None,
        "Delft wil dat alle inwoners naar vermogen meedoen. In 2022 hebben we de toegang tot "
        "ondersteuning vereenvoudigd: inwoners melden zich bij één loket, het Sociaal Wijkteam Delft, "
        "voor vragen over de Wmo 2015, de Jeugdwet en de Participatiewet.",
    ),
    ("Heading 2", "1.1 Wijkaanpak"),
    (
        None,
        "In Buitenhof en Voorhof is de pilot 'Gezond in de Wijk' van start gegaan. De GGD Haaglanden, "
        "Stichting Welzijn Delft en Buurtkracht Delft bieden er samen beweegactiviteiten en een "
        "wekelijks inloopspreekuur aan. In het eerste jaar deden 430 inwoners mee.",
    ),
    (
        None,
        "In Tanthof-Oost en Wippolder werkt Stichting Welzijn Delft met de woningcorporaties aan "
        "het project 'Samen Sterk', gericht op eenzaamheid onder ouderen. Daarvoor is € 0,6 miljoen "
        "beschikbaar gesteld.",
    ),
    (
        None,
        "In Hof van Delft en de Binnenstad ondersteunt het Sociaal Wijkteam Delft 1.250 cliënten met "
        "begeleiding thuis. Het programma 'Thuis in de Wijk' helpt inwoners die uitstromen uit "
        "beschermd wonen bij het vinden van een eigen woning; 65 inwoners kregen in 2022 een sleutel.",
    ),
    ("Heading 2", "1.2 Jeugd"),
    (
        None,
        "Samen met Veilig Thuis Haaglanden en de gecertificeerde instellingen hebben we de wachtlijst "
        "voor jeugdbescherming teruggebracht van 85 naar 40 kinderen. Het aantal jeugdigen met "
        "jeugdhulp daalde met 3% tot 2.150.",
    ),
    ("List Bullet", "Jeugdhulp zonder verblijf: 1.780 jeugdigen"),
    ("List Bullet", "Jeugdhulp met verblijf: 190 jeugdigen"),
    ("List Bullet", "Jeugdbescherming: 180 jeugdigen"),
    ("Heading 2", "1.3 Werk en inkomen"),
    (
        None,
        "Met het UWV en het Werkgeversservicepunt Haaglanden hebben we 520 inwoners met een "
        "bijstandsuitkering aan betaald werk geholpen. Het aantal huishoudens met een "
        "bijstandsuitkering daalde met 6%.",
    ),
    ("Heading 2", "1.4 Financiën"),
]

TABLE = [
    ("Onderdeel", "Begroting 2022", "Realisatie 2022"),
    ("Wmo-voorzieningen", "€ 31,4 miljoen", "€ 30,9 miljoen"),
    ("Jeugdhulp", "€ 42,7 miljoen", "€ 44,1 miljoen"),
    ("Participatie", "€ 58,2 miljoen", "€ 57,5 miljoen"),
]

CLOSING = (
    "Het tekort op jeugdhulp van € 1,4 miljoen is opgevangen binnen het programma. In totaal "
    "ontvingen 3.900 cliënten een maatwerkvoorziening Wmo; 12% meer dan in 2021."
)


def build(path: Path = OUT) -> Path:
    document = docx.Document()
    document.core_properties.title = "Jaarstukken 2022 Delft — Sociaal Domein (verzonnen voorbeeld)"
    for style, text in CONTENT:
        document.add_paragraph(text, style=style)
    table = document.add_table(rows=0, cols=3)
    for row in TABLE:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    document.add_paragraph(CLOSING)
    document.save(path)
    return path


if __name__ == "__main__":
    print(build())
