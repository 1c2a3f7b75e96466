"""Extraction gives the same answer in every process: nothing may depend on the order of a set of
strings, which changes with Python's hash seed (and so between ingest workers and between runs)."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import json, sys
from sdkg.loaders.extract import extract
from sdkg.loaders.metadata import infer_meta
from sdkg.loaders.model import Document
text = sys.stdin.read()
doc = Document(text=text, source="jaarverslag.txt", sha256="0" * 64, media_type="text/plain")
print(json.dumps(extract(doc, infer_meta(doc, {})).to_json(), ensure_ascii=False, sort_keys=True, default=str))
"""

# An organisation named in full, with its legal form, and by its first word alone: each occurrence of the
# full name must stay a mention of the full name whichever form is looked at first.
TEXT = """Jaarverslag 2023 gemeente Meppel, programma Sociaal domein.

In 2023 verstrekte de gemeente subsidie aan Stichting Thuishulp Zuiderveld voor huishoudelijke ondersteuning.
Thuishulp Zuiderveld hield spreekuren in alle wijken. Ook Buurtwerk Oosterhaven en Thuishulp Zuiderveld werkten samen.
Inwoners konden bij Thuishulp terecht voor advies. Stichting Buurtwerk Oosterhaven organiseerde de inloop.
Thuishulp Zuiderveld en Buurtwerk Oosterhaven evalueerden de aanpak met de gemeente.
"""


def test_extraction_does_not_depend_on_the_hash_seed():
    outputs = set()
    for seed in range(1, 9):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        run = subprocess.run([sys.executable, "-c", PROBE], input=TEXT, capture_output=True, text=True, env=env,
                             timeout=120, check=True)
        outputs.add(run.stdout)
    assert len(outputs) == 1
