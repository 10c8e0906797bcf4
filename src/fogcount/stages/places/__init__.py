"""Places: every place a document names, on the map where the gazetteer knows
it, and the place each figure is about.

One module a step, run in this order by :func:`place_mentions`:
:mod:`.finding` (the names the text marks as places), :mod:`.resolving`
(each name's gazetteer entry, in the document's context), :mod:`.deriving`
(points the text describes by other points: "20 miles west of X", "near X",
a place within its container); then :mod:`.assigning` gives each figure its
place (the stage's ``run`` runs them all). :mod:`.mention` holds what they share:
the mention as it goes through the steps and the rule table.

Needs: an Annotation, claims (with sources), a Gazetteer. Fills:
``Report.places``, ``Claim.place`` and the state's ``document_place`` (the
fallback place of figures and events, for the events stage) and
``event_places`` (the resolved places ranked as where an event happened, in
which order the events stage reads its events' sentences).
"""

from __future__ import annotations

from ...settings import Settings
from ...vocabulary import Vocabulary
from ..annotate import Annotation
from ..base import DocumentState, Stage
from .assigning import PLACE_REACH, assign_places, care_place, destination_place, document_place, event_mention, event_order, origin_place
from .deriving import apply_derivations, destination, place_within_containers, share_by_name
from .finding import find_mentions
from .mention import Mention
from .resolving import pycountry_code, resolve_mentions

NAME = "places"
VERSION = "57"  # what each version changed: docs/stage-history.md


def place_mentions(ann: Annotation, gazetteer, vocab: Vocabulary) -> list[Mention]:
    """Every place the document names, resolved in context, derived points applied."""
    mentions = find_mentions(ann, gazetteer, vocab)
    resolve_mentions(ann, mentions, gazetteer, vocab)
    apply_derivations(ann, mentions)
    share_by_name(mentions)
    place_within_containers(ann, mentions)
    return mentions


def _run(state: DocumentState, settings: Settings) -> DocumentState:
    ann = state.annotation
    mentions = place_mentions(ann, state.gazetteer, settings.rules.vocabulary)
    state.report.places = [m.place for m in mentions if m.place is not None]
    state.event_places = event_order(ann, mentions)  # each mention ranked once, for both
    state.document_place = document_place(ann, state.report.places, state.event_places)
    assign_places(ann, state.report.claims, mentions, state.document_place)
    state.count("places", len(state.report.places))
    state.count("places_unresolved", sum(p.lat is None for p in state.report.places))
    state.count("claims_placed", sum(c.place is not None for c in state.report.claims))
    return state


STAGE = Stage(NAME, VERSION, requires=("annotation", "gazetteer", "report.claims", "claims.source"),
              assigns=("report.places", "document_place", "event_places", "claims.place"), run=_run)


__all__ = ["NAME", "VERSION", "STAGE", "PLACE_REACH", "care_place", "destination", "destination_place", "document_place", "event_mention", "event_order",
           "origin_place", "place_mentions", "pycountry_code"]
