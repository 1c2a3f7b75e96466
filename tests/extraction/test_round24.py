"""Constructions of any report, twenty-fourth round: the policy documents a programme lists under the question that
asks for them (a sub-heading between)."""

import pytest

from .conftest import names_of


@pytest.mark.parametrize("question", [
    "In welke gemeentelijke beleidsstukken is het bestaande beleid omschreven?",
    "Welke kaderstellende beleidsnota's zijn van toepassing?",
    "Beleidskaders",
])
def test_the_policy_documents_listed_under_the_question_that_asks_for_them(question):
    text = (f"Programmabegroting 2024 gemeente Bergen op Zoom\n\nProgramma 2 Zorg\n\n{question}\n\nSociaal domein\n\n"
            "  • Samen Sterk in Heuvelstee – regionaal kader gezondheidsbeleid 2018–2021\n"
            "  • Vitaal Bergen op Zoom 2020-2022\n"
            "  • Op weg naar een dementievriendelijk Bergen op Zoom 2019-2022\n"
            "  • Verordening maatschappelijke ondersteuning 2023\n")
    got = names_of(text, "initiatives")
    for name in ("Samen Sterk in Heuvelstee", "Vitaal Bergen op Zoom", "Op weg naar een dementievriendelijk Bergen op Zoom",
                 "Verordening maatschappelijke ondersteuning"):
        assert any(g == name or g.startswith(name + " ") for g in got), (name, got)
    assert not any("regionaal kader" in g for g in got), got


def test_a_sub_heading_alone_announces_no_documents():
    text = ("Jaarverslag 2023 gemeente Bergen op Zoom\n\nWat hebben we gedaan?\n\nSociaal domein\n\n"
            "  • Meer inwoners doen mee\n  • Wachttijden korter\n")
    assert not names_of(text, "initiatives") & {"Meer inwoners doen mee", "Wachttijden korter"}
