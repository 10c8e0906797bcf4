"""Time: when each figure happened, as dates and a precision.

Reporting dates events against the day it is published: "early Wednesday
morning", "a week ago", "said Thursday", "two days earlier". This stage finds
those expressions, reads each against the publication date, and gives every
claim the time of its event.

One module a step: :mod:`.grammar` reads one expression against the
publication date (:func:`resolve`), :mod:`.finding` finds the expressions in
the text (:func:`find_times`), :mod:`.assigning` gives each claim its time
(:func:`assign_times`).

Needs: an Annotation, the claims (with ``source`` filled by attribution) and
the publication date. Fills: ``Claim.time``, and the state's ``times`` (every
time expression, for the events stage).
"""

from __future__ import annotations

from ...settings import Settings
from ..base import DocumentState, Stage
from .assigning import assign_times
from .finding import TimeMention, find_times, later_acts
from .grammar import count_from, resolve, resolve_prefix

NAME = "dates"
VERSION = "7"  # what each version changed: docs/stage-history.md


def _run(state: DocumentState, settings: Settings) -> DocumentState:
    state.times = find_times(state.annotation)
    assign_times(state.annotation, state.report.claims, state.published, state.times)
    state.count("time_expressions", len(state.times))
    state.count("claims_dated", sum(c.time is not None for c in state.report.claims))
    return state


STAGE = Stage(NAME, VERSION, requires=("annotation", "report.claims", "claims.source"),
              assigns=("times", "claims.time"), run=_run)

__all__ = ["NAME", "VERSION", "STAGE", "TimeMention", "assign_times", "find_times", "later_acts", "count_from", "resolve", "resolve_prefix"]
