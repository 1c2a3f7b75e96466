"""Named persons with the role the text gives them."""

from __future__ import annotations

import re

from sdkg.loaders.model import Person

from .normalise import span
from .scan import find_all

# A first name or initials ("M.", "J.P."), an optional tussenvoegsel, a surname.
PERSON = r"(?:[A-Z][a-zà-ü]+(?:-[A-Z][a-zà-ü]+)?|(?:[A-Z]\.\s?){1,4}(?=\s*[a-zA-Z]))(?:\s+(?:van\s+der|van\s+den|van\s+de|van|de|der|den|ter|ten|el)\s+|\s+)[A-Z][a-zà-ü]+(?:-[A-Z][a-zà-ü]+)?"
ROLE_COLON = re.compile(
    rf"(?i)\b(portefeuillehouder(?:\(s\))?|programmadirecteur|programmamanager|wethouder|burgemeester|"
    rf"gemeentesecretaris|directeur|voorzitter|griffier)s?\s*:\s*(?:(?:wethouder|burgemeester)\s+)?((?-i:{PERSON})(?:\s*(?:,|en)\s*(?-i:{PERSON}))*)"
)
COLON_ROLES = ("portefeuillehouder", "programmadirecteur", "programmamanager", "wethouder", "burgemeester",
               "gemeentesecretaris", "directeur", "voorzitter", "griffier")
BEFORE_ROLES = ("wethouder", "burgemeester", "gemeentesecretaris", "kinderombudsman", "minister", "staatssecretaris")
ROLE_BEFORE = re.compile(
    rf"\b((?i:wethouder|burgemeester|gemeentesecretaris|kinderombudsman|minister|staatssecretaris))\s+({PERSON})")


def find_people(text: str) -> list[Person]:
    out: dict[str, Person] = {}
    for m in find_all(ROLE_COLON, text, COLON_ROLES, fold_case=True):
        role = m.group(1).replace("(s)", "")
        role = role[:1].upper() + role[1:]
        for pm in re.finditer(PERSON, m.group(2)):
            name = re.sub(r"\s+", " ", pm.group(0))
            s = m.start(2) + pm.start()
            p = out.setdefault(name, Person(name=name, role=role))
            p.mentions.append(span(text, s, s + len(pm.group(0))))
    for m in find_all(ROLE_BEFORE, text, BEFORE_ROLES, fold_case=True, whole=True):
        name = re.sub(r"\s+", " ", m.group(2))
        p = out.setdefault(name, Person(name=name, role=m.group(1).lower()))
        mention = span(text, m.start(2), m.end(2))
        if mention not in p.mentions:  # "Portefeuillehouder: wethouder X" matches both patterns
            p.mentions.append(mention)
    return list(out.values())
