"""What the partner networks are (graph/network/), named outside that package: the command line lists them on every
start, and the package loads networkx."""

KINDS = {
    "partners": "municipality – organisation (bipartite; weight = evidence count)",
    "cooccurrence": "organisation – organisation named together (same sentence, paragraph or initiative)",
    "municipalities": "municipality – municipality through shared partners (count and Jaccard)",
    "laws": "organisation – law named together",
    "initiatives": "initiative – organisation (the initiative involves the organisation)",
}
LEVELS = ("sentence", "paragraph", "initiative")
DEFAULT_WINDOW = 500  # characters: two mentions this close count as one paragraph
