"""Coordinated services as the gold writes them, and roles that name what an organisation carries out."""

from .test_relations import relations


def test_the_executor_of_services_provides_them_not_the_role():
    got = relations("Stichting Welzijn Heuvelstee is de uitvoerder van het opbouwwerk en het jongerenwerk.",
                    orgs=["Welzijn Heuvelstee"])
    provided = {o for s, p, o in got if p == "provides"}
    assert provided == {"opbouwwerk en jongerenwerk"}
    got = relations("Het Steunpunt Dalwijk is het meldpunt voor vragen over mantelzorg.", orgs=["Steunpunt Dalwijk"])
    assert ("Steunpunt Dalwijk", "provides", "meldpunt voor vragen over mantelzorg") in got
