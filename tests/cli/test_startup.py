"""Every `sdkg` command builds the whole parser first: what that loads, every start pays for."""

import subprocess
import sys

HEAVY = ("networkx", "spacy", "flask", "rdflib", "SPARQLWrapper")


def test_the_parser_loads_no_heavy_library():
    code = ("import sys\nfrom sdkg.cli import build_parser\nbuild_parser()\n"
            f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "", f"building the parser loaded {out}"


def test_network_package_still_offers_its_names():
    import sdkg.graph.network as network
    from sdkg.graph.network.build import KINDS

    assert network.KINDS is KINDS and callable(network.build) and callable(network.analyse)
    assert set(network.__all__) >= {"Corpus", "Filters", "build", "analyse", "ego", "path", "rank", "diff"}
