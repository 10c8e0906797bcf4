"""Sources: what kind of source a claim has, whose side it is on, and how far
to trust it.

The attribution stage describes each source with these: its ``kind`` and
``affiliation`` (:func:`classify`), its ``origin`` (:func:`origin_key`) and
whether it is a party to the fighting (:func:`partisan`, against the parties
the document names, :func:`document_parties`). The reconcile stage ranks a
figure's origins by them: by kind (:func:`source_rank`, the ``rank`` column of
``[standing]`` in data/sources.toml), then partisanship (:data:`PARTISAN_RANK`).
"""

from __future__ import annotations

import re

from ..rules import load
from ..vocabulary import Vocabulary

# Within a kind: not a party to the fighting, then not known, then a party.
PARTISAN_RANK = {False: 0, None: 1, True: 2}


def source_rank(kind: str) -> int:
    """How far a source of ``kind`` is trusted, lower first (a kind the table
    lacks, such as the article's own, ranks as ``unknown``)."""
    standing = load().sources.source_standing
    return (standing.get(kind) or standing["unknown"]).rank


def classify(words: str, channel: str | None, vocab: Vocabulary, *, outlet: bool = False) -> tuple[str, str | None]:
    """(kind, affiliation) of a source from the words that name and describe it."""
    words = vocab.without_outlets(words)  # "editor of Daesh Daily" is not Daesh
    actor = vocab.find_actor(words)
    kind = "media" if outlet else vocab.source_kind(words)
    if kind is None and actor is not None:
        kind = actor.source_kind
    if kind is None and channel:
        kind = vocab.source_kind(channel)
        kind = kind if kind in ("social_media", "media") else None
    affiliation = None
    if actor is not None:
        speaks_for_country = actor.kind in vocab.country_actor_kinds
        affiliation = actor.affiliations[0] if speaks_for_country and actor.affiliations else actor.name
        if speaks_for_country and not actor.affiliations:
            affiliation = vocab.find_country(words) or actor.name
    if affiliation is None:
        affiliation = vocab.find_country(words)
    return kind or "unknown", affiliation


def origin_key(speaker: str, affiliation: str | None, vocab: Vocabulary) -> str:
    """Normalised speaker and affiliation: "U.S. officials" -> "u.s. officials|united states"."""
    words = [w for w in speaker.lower().split() if w not in vocab.titles and w not in ("the", "a", "an")]
    return f"{' '.join(words)}|{(affiliation or '').lower()}"


# ---------------------------------------------------------------- partisanship


def document_parties(text: str, vocab: Vocabulary) -> set[str]:
    """The parties to the fighting a document reports: the registry actors it
    names, their affiliations, and the countries whose forces it names
    ("Iraqi and coalition warplanes", "U.S.-led coalition", "American and Iraqi
    gunships"). Lower-cased names."""
    parties: set[str] = set()
    for actor in vocab.find_actors(text):
        parties.add(actor.name.lower())
        parties.update(a.lower() for a in actor.affiliations)
    for country, start, end in vocab.find_countries(text):
        following = text[end : end + 60]
        if vocab.party_force_re.match(following):
            parties.add(country.lower())
    return parties


_STATE_OWNED_RE = re.compile(r"\bstate(?:-run|-owned|\s+(?:media|television|tv|radio|news))", re.IGNORECASE)


def partisan(kind: str, affiliation: str | None, parties: set[str], vocab: Vocabulary, *,
             countries: frozenset[str] = frozenset(), state_owned: bool = False) -> bool | None:
    """Is the source a party to the fighting? The rule, by the ``party``
    column of the kind's ``[standing]`` row (data/sources.toml):

    * ``always`` (an armed group or militia speaking): true, its statements
      are a party's;
    * a source whose affiliation (a country, a group) is among the document's
      parties: true (the Iraqi military about Iraqi strikes, an armed group's
      news agency, state media of a country at war);
    * ``state`` (a government, military or police source) of a country that
      is not a party: false; with no known affiliation: null;
    * ``outlet`` (a monitor, international organisation, medical source,
      journalist, outlet, witness or social-media source): false, unless it
      is an armed group's own outlet or the state media of a country at war;
    * ``unknown``: null unless its affiliation is a party.
    """
    standing = vocab.source_standing
    rule = (standing.get(kind) or standing["unknown"]).party
    if rule == "always":
        return True
    party = affiliation is not None and affiliation.lower() in parties
    if rule == "outlet":
        # A monitor or a journalist named after a country ("the Syrian Observatory") is not
        # that country's state; its state media, or an armed group's own outlet, is.
        is_country = affiliation is not None and affiliation.lower() in countries
        return bool(party and (state_owned or not is_country))
    if party:
        return True
    if rule == "state":
        return False if affiliation is not None else None
    return None
