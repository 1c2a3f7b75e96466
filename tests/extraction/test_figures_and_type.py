"""Figures people can read, and the document type from the text's own tense (invented snippets)."""

from sdkg.loaders.extract.figures import find_figures
from sdkg.loaders.metadata import _infer_type


def _vals(text, year=2025):
    return [(f.value, f.year) for f in find_figures(text, year)]


def test_year_column_rows_take_their_column_year_and_sign():
    text = ("Onderwerp (bedragen in euro)\n2025 2026 2027\nSaldo begroting 1.200 1.200 -\n"
            "Onttrekking reserve - -2.500 -2.500\n\nDaarna tekst.")
    figs = find_figures(text, 2025)
    got = [(f.label, f.value, f.year, f.unit) for f in figs]
    assert ("Saldo begroting", 1200.0, 2025, "EUR") in got and ("Saldo begroting", 1200.0, 2026, "EUR") in got
    assert ("Onttrekking reserve", -2500.0, 2026, "EUR") in got
    assert not any(f.year == 2027 and f.label == "Saldo begroting" for f in figs)  # "-" is an empty cell
    assert all(text[f.span.start:f.span.end] == f.span.quote for f in figs)


def test_inline_multiplier_scales_and_is_no_figure():
    text = "Lasten en baten (x € 1.000)\n2022 2023\nLasten 421.902 430.000\n"
    assert _vals(text, 2023) == [(421902000.0, 2022), (430000000.0, 2023)]


def test_numbering_and_names_are_not_counts():
    text = "1 | Toelichting\nPijler 2 Zorg\nIn de programma’s 3 en 5 staan taken. De 4 wijkregisseurs helpen 56 inwoners."
    assert _vals(text) == [(4.0, 2025), (56.0, 2025)]


def test_label_is_the_phrase_that_names_what_is_counted():
    figs = find_figures("Er zijn in 2021 in totaal 56 aanvragen ontvangen van verenigingen.", 2021)
    assert figs[0].label == "in totaal aanvragen ontvangen van verenigingen"
    figs = find_figures("In de stad kregen de wijkcentra samen een subsidie van € 12.500.", 2021)
    assert figs[0].value == 12500 and not figs[0].label[:1].islower() or figs[0].label.split()[0].isalpha()
    assert "subsidie" in figs[0].label


def test_type_from_tense_and_midyear_names():
    past = "In 2023 ondersteunden we 115 initiatieven. Het plan werd uitgevoerd en is in juli gestart."
    future = "In 2026 gaan we de visie uitwerken. We willen meer preventie en we verwachten minder kosten."
    assert _infer_type(past)[0] == "jaarverslag"
    assert _infer_type(future)[0] == "begroting"
    assert _infer_type("De bestuursrapportage meldt dat het plan werd uitgevoerd en was afgerond.")[0] == "other"
    assert _infer_type("Zorg en welzijn in de wijk.")[0] == "other"
