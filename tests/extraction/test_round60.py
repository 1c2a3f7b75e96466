"""Constructions of any report, sixtieth round. Every text here is invented."""

from .conftest import names_of

# Organisations: a report site's menu of joint bodies names each under its list's category


def test_a_joint_bodys_item_under_its_category_is_the_body():
    text = ("Paragraaf verbonden partijen\n\nGemeenschappelijke regelingen\n"
            "- Verbonden partij Veiligheidsregio Bergland-Zuid\nVestigingsplaats\nPutten\n"
            "Doel\nDe brandweerzorg en de crisisbeheersing in de regio.\n")
    orgs = names_of(text, "organisations")
    assert "Veiligheidsregio Bergland-Zuid" in orgs
    assert not any(o.startswith("Verbonden partij") for o in orgs)


def test_a_joint_bodys_item_under_the_plural_of_its_kind_is_the_body():
    text = ("Gemeenschappelijke regelingen\n- Gemeenschappelijke regelingen Leerplichtdienst Bergland\n"
            "Leerplichtdienst Bergland\nAlgemene informatie\nProgramma:\n4. Onderwijs\n")
    orgs = names_of(text, "organisations")
    assert "Leerplichtdienst Bergland" in orgs
    assert not any(o.startswith("Gemeenschappelijke regelingen") for o in orgs)


def test_a_joint_regulation_named_so_keeps_its_name():
    text = ("Gemeenschappelijke regelingen\n- Gemeenschappelijke Regeling Sociaal Domein Bergland\n"
            "Vestigingsplaats\nPutten\n")
    orgs = names_of(text, "organisations")
    assert any("Sociaal Domein Bergland" in o for o in orgs)
