"""Constructions of any report, twentieth round: a fronted adverb before the verb is no organisation."""

from .test_relations import relations


def test_a_fronted_adverb_before_a_providing_verb_is_no_name():
    for text in ("Daarvoor levert SWH: buurtwerk en opbouwwerk.",
                 "Hiervoor biedt Welzijn Heuvelstee maatjescontacten aan.",
                 "Jaarlijks organiseert Welzijn Heuvelstee een vrijwilligersmarkt.",
                 "Momenteel verzorgt de bibliotheek taalcafés."):
        got = relations(text, orgs=["Welzijn Heuvelstee"])
        subjects = {s for s, _p, _o in got}
        assert not subjects & {"Daarvoor", "Hiervoor", "Jaarlijks", "Momenteel"}, (text, got)
    # a name that opens its sentence still provides what follows the verb
    got = relations("Tzorg biedt huishoudelijke hulp.")
    assert ("Tzorg", "provides", "huishoudelijke hulp") in got
