"""Report titles people recognise: document type, year, municipality and programme, not a first heading."""

from sdkg.graph.build import report_title
from sdkg.loaders.model import Document, Extraction, Municipality, ReportMeta


def _ex(meta: ReportMeta, title: str | None = "Wat hebben we daarvoor gedaan?") -> Extraction:
    return Extraction(Document("tekst", "rapporten/p123.txt", "0" * 64, "text/plain", title=title), meta)


def test_title_names_type_year_municipality_and_programme():
    meta = ReportMeta(Municipality("Zwolle", "GM0193"), 2023, "jaarverslag", ["Sociaal Domein", "Werk"])
    assert report_title(_ex(meta)) == "Jaarverslag 2023 Zwolle – Sociaal Domein"
    assert report_title(_ex(ReportMeta(Municipality("Oss", "GM0828"), None, "begroting"))) == "Begroting Oss"
    assert report_title(_ex(ReportMeta(None, 2019, "other"))) == "Rapport 2019"


def test_without_metadata_the_heading_or_file_name_stays():
    assert report_title(_ex(ReportMeta(None, None, "other"))) == "Wat hebben we daarvoor gedaan?"
    assert report_title(_ex(ReportMeta(None, None, "other"), title=None)) == "p123.txt"
