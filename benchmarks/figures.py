"""What the benchmarks read from fogcount's output events: a toll, the sum
over roles of an event's figures of one category. Shared by gva_events.py,
events_per_unit.py, wad_claims.py and the places benchmarks (their main
event: the one with the most people killed)."""

from __future__ import annotations

from collections.abc import Callable

from fogcount.models import Event, Figure

KILLED = "people.killed"


def toll_of(event: Event, category: str = KILLED, best: Callable[[Figure], int | None] = lambda f: f.best) -> int:
    """The sum over roles of the event's figures of ``category``, each counted
    by ``best`` (its best figure; another reading where a benchmark asks: the
    number its claim writes); a figure without one counts 0."""
    return sum(best(f) or 0 for f in event.figures if f.category == category)
