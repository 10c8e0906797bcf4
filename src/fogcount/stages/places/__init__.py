"""Places: every place a document names, on the map where the gazetteer knows
it, and the place each figure is about.

One module a step, run in this order by :func:`place_mentions`:
:mod:`.finding` (the names the text marks as places), :mod:`.resolving`
(each name's gazetteer entry, in the document's context), :mod:`.deriving`
(points the text describes by other points: "20 miles west of X", "near X",
a place within its container); then :mod:`.assigning` gives each figure its
place (:func:`locate` runs them all). :mod:`.mention` holds what they share:
the mention as it goes through the steps and the rule table.

Needs: an Annotation, claims (with sources), a Gazetteer. Fills:
``Report.places`` and ``Claim.place``.
"""

from __future__ import annotations

from ...models import Claim, PlaceRef
from ...vocabulary import Vocabulary
from ..annotate import Annotation
from .assigning import PLACE_REACH, assign_places, document_place
from .deriving import apply_derivations, destination, place_within_containers, share_by_name
from .finding import find_mentions
from .mention import Mention
from .resolving import resolve_mentions

NAME = "places"
VERSION = "1"


def locate(ann: Annotation, claims: list[Claim], gazetteer, vocab: Vocabulary) -> list[PlaceRef]:
    """Find and resolve the document's places, tie each claim to one; returns
    the document's ``places`` list (every mention, resolved or not)."""
    mentions = place_mentions(ann, gazetteer, vocab)
    assign_places(ann, claims, mentions)
    return [m.place for m in mentions if m.place is not None]


def place_mentions(ann: Annotation, gazetteer, vocab: Vocabulary) -> list[Mention]:
    """Every place the document names, resolved in context, derived points applied."""
    mentions = find_mentions(ann, gazetteer, vocab)
    resolve_mentions(ann, mentions, gazetteer, vocab)
    apply_derivations(ann, mentions)
    share_by_name(mentions)
    place_within_containers(ann, mentions)
    return mentions


__all__ = ["NAME", "VERSION", "PLACE_REACH", "destination", "document_place", "locate", "place_mentions"]
