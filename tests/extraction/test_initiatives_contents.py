"""A table of contents lists chapters, not initiatives (invented text)."""

from sdkg.loaders.extract.initiatives import find_initiatives


def _names(text):
    return [i.name for i in find_initiatives(text, blocked=set(), areas={}, programme_keys=set(), law_spans=[])]


BODY = "In 2025 startte de gemeente het project Samen Sterk in de Buurt voor ouderen.\n"


def test_titles_of_a_contents_list_are_no_initiatives():
    contents = ("Inhoud\n\nParagraaf Lokale Lasten 120\n\nParagraaf Onderhoud Wegennet 131\n\n"
                "Project Samen Sterk 140\n\nBijlagen 245\n\n")
    got = _names(contents + BODY)
    assert not any("Lokale Lasten" in n or "Onderhoud Wegennet" in n for n in got)
    assert any("Samen Sterk" in n for n in got)  # the same name in the text is still found there


def test_the_same_lines_without_page_order_are_read():
    lines = "Project Samen Sterk 140\n\nParagraaf Lokale Lasten 12\n\nBijlagen 245\n\nVoorwoord 3\n\n"
    assert any("Samen Sterk" in n for n in _names(lines))
