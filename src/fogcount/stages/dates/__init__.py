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
the publication date. Fills: ``Claim.time``.
"""

from __future__ import annotations

from .assigning import assign_times
from .finding import TimeMention, find_times
from .grammar import resolve, resolve_prefix

NAME = "dates"
VERSION = "1"

__all__ = ["NAME", "VERSION", "TimeMention", "assign_times", "find_times", "resolve", "resolve_prefix"]
