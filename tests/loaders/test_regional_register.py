"""The regional register (loaders/data/regional_organisations.csv) is what its script derives from ../shared/reference,
names spelled as the bodies write them."""

import subprocess
import sys

from sdkg.loaders import reference as ref

from ..conftest import REFERENCE, ROOT

DATA = ROOT / "loaders" / "data"


def test_the_register_is_what_its_script_derives_from_the_reference_data():
    out = subprocess.run([sys.executable, str(DATA / "make_regional_organisations.py"), str(REFERENCE)],
                         capture_output=True, text=True, check=True).stdout
    assert out == (DATA / "regional_organisations.csv").read_text(encoding="utf-8")


def test_no_name_of_the_register_is_mangled_text():
    # (a source that holds UTF-8 read as Windows-1252 writes "FryslÃ¢n" for "Fryslân")
    bad = [o.name for o in ref.regional_organisations() if "Ã" in o.name or "Â" in o.name]
    assert not bad, bad


def test_a_frisian_body_has_its_members():
    body = next(o for o in ref.regional_organisations() if o.name == "Veiligheidsregio Fryslân")
    assert "GM1900" in body.members  # Súdwest-Fryslân, a participant the mangled source hid
