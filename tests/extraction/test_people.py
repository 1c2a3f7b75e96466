"""People with roles: first names or initials, tussenvoegsels, a role word after the colon."""

import pytest
from sdkg.loaders.extract.people import find_people


@pytest.mark.parametrize("text, expected", [
    ("Portefeuillehouder: wethouder M. de Vries\n", [("M. de Vries", "Portefeuillehouder")]),
    ("Portefeuillehouder(s): Ed Wallinga\nProgrammadirecteur: Hans Weggemans\n",
     [("Ed Wallinga", "Portefeuillehouder"), ("Hans Weggemans", "Programmadirecteur")]),
    ("Volgens wethouder J.P. van den Berg gaat het goed.", [("J.P. van den Berg", "wethouder")]),
    ("De wethouder heeft het plan gepresenteerd.", []),
    ("Wethouder Anne-Marie Jansen opende het wijkcentrum.", [("Anne-Marie Jansen", "wethouder")]),
])
def test_people_and_roles(text, expected):
    people = find_people(text)
    assert [(p.name, p.role) for p in people] == expected
    for p in people:
        assert len(p.mentions) == len(set(p.mentions))
        assert all(text[m.start:m.end] == m.quote == p.name for m in p.mentions)
