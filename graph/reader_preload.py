"""Imported once by the fork server that reader processes start from (graph/workers.py): it warms a reader up
there, so that every reader forked from it starts warm."""

from sdkg.graph.workers import warm_up

try:
    warm_up()
except Exception:  # noqa: BLE001 - each reader then warms up itself, and says what fails
    pass
