"""Partner networks over the graph: built through SPARQL (any Store backend), analysed with networkx.

    corpus = Corpus.load(store)                     # the facts networks need, one SPARQL pass
    g = build(corpus, "partners", Filters(year_from=2019, municipalities=("GM0268",)))
    measures = analyse(g)
"""

from sdkg.graph.network.analyses import analyse, ego, path, rank
from sdkg.graph.network.build import KINDS, Corpus, Filters, build
from sdkg.graph.network.timeline import diff, diff_all, newly_central

__all__ = ["KINDS", "Corpus", "Filters", "analyse", "build", "diff", "diff_all", "ego", "newly_central", "path", "rank"]
