"""sdkg, the Sociaal Domein Knowledge Graph: Dutch municipal reports to linked data.

Installed, the repository's folders are the subpackages `sdkg.loaders`, `sdkg.graph`,
`sdkg.sparql`, `sdkg.ontology`, `sdkg.web`, `sdkg.cli` and the module `sdkg.server`.
"""

__version__ = "0.1.0"
