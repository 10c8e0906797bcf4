"""Events: the happenings a document reports, with the claims about each.

A happening is named by an action word of ``data/events.toml`` ("clashes",
"an air strike", "shelling", "a car bomb", "arrested", "protesters"...); a
figure's sentence (or, failing that, the account it continues) gives its
happening, and its outcome does when the text names none (killed figures
belong to fighting, captured ones to arrests). Claims about the same
happening form one event: compatible times (overlapping dates, or one
unknown), places no farther apart than ``grouping.max_km`` (or one unknown),
and compatible actions (the same kind; or both violent among clashes, strikes,
shelling and attacks — a battle fought with helicopter gunships is one
event). Different happenings stay apart. A happening the text reports
without any figure ("warplanes carried out air strikes near al-Bukamal") is
an event with no figures.

Each event gets its dates, the most precise place of its claims, the registry
actors named in its claims and sentences, a first ACLED type from its action
(the event-typing issue refines it), and its figures reconciled by
:func:`fogcount.stages.reconcile.reconcile`.

Needs: an Annotation; claims with time, place and source; the document's
time expressions and place (the dates and places stages find them). Fills:
``Report.events``, ``Claim.event`` and the state's ``happenings``. Joining
the events of many documents is the link stage's (:mod:`.link`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from ..gazetteer.query import haversine_km
from ..models import Claim, Event, PlaceRef
from ..rules import load
from ..settings import Settings
from ..vocabulary import Vocabulary
from .annotate import Annotation
from .base import DocumentState, Stage
from .dates import resolve_prefix
from .places import PLACE_REACH
from .reconcile import reconcile

NAME = "events"
VERSION = "2"

# How many sentences back, in the same paragraph, a figure looks for its happening.
_ACTION_REACH = 2


@dataclasses.dataclass(frozen=True)
class _Action:
    kind: str
    words: tuple[str, ...]
    event_type: str
    sub_event_type: str
    violent: bool


@dataclasses.dataclass(frozen=True)
class EventRules:
    """The action words and the grouping limit of ``data/events.toml``."""

    actions: dict[str, _Action]
    by_word: dict[str, str]
    outcome_action: dict[str, str]
    max_km: float


def rules() -> EventRules:
    """The events table, read once by :func:`fogcount.rules.load`."""
    return load().events


def build_event_rules(raw: dict) -> EventRules:
    actions = {
        kind: _Action(kind, tuple(spec["words"]), spec["event_type"], spec["sub_event_type"], bool(spec["violent"]))
        for kind, spec in raw["action"].items()
    }
    by_word = {word: kind for kind, action in actions.items() for word in action.words}
    return EventRules(actions, by_word, dict(raw["outcome_action"]), float(raw["grouping"]["max_km"]))


@dataclasses.dataclass
class Happening:
    """An action word in the text: what happened, where in the text."""

    kind: str
    sent: int
    token: int
    word: str


def find_happenings(ann: Annotation) -> list[Happening]:
    """Every action word, two-word ones first ("car bomb" before "bomb")."""
    r = rules()
    tokens = ann.tokens
    found: list[Happening] = []
    i = 0
    while i < len(tokens):
        pair = f"{tokens[i].lemma} {tokens[i + 1].lemma}" if i + 1 < len(tokens) else ""
        if pair in r.by_word:
            found.append(Happening(r.by_word[pair], tokens[i].sent, i, pair))
            i += 2
            continue
        if tokens[i].lemma in r.by_word or tokens[i].lower in r.by_word:
            word = tokens[i].lemma if tokens[i].lemma in r.by_word else tokens[i].lower
            found.append(Happening(r.by_word[word], tokens[i].sent, i, word))
        i += 1
    return found


# ---------------------------------------------------------------- one figure's happening


def _claim_action(ann: Annotation, claim: Claim, by_sent: dict[int, list[Happening]]) -> tuple[str | None, int | None]:
    """The happening of a claim and the sentence that names it: the action word
    nearest its figure in its sentence, else one in the sentences just before in
    the same paragraph, else the one its outcome suggests (no sentence)."""
    r = rules()
    token = ann.token_at(claim.span[0])
    if token is not None:
        sent = ann.tokens[token].sent
        here = by_sent.get(sent, [])
        if here:
            return min(here, key=lambda h: abs(h.token - token)).kind, sent
        for back in range(1, _ACTION_REACH + 1):
            if sent - back < 0 or not ann.same_paragraph(sent - back, sent):
                break
            if by_sent.get(sent - back):
                return by_sent[sent - back][-1].kind, sent - back
    return r.outcome_action.get(claim.category.split(".", 1)[1]), None


# ---------------------------------------------------------------- grouping


@dataclasses.dataclass
class _Group:
    action: str | None
    start: dt.date | None
    end: dt.date | None
    place: PlaceRef | None
    claims: list[Claim]
    sentences: list[int]


def compatible_actions(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b:
        return True
    actions = rules().actions
    fighting = {"clash", "air_strike", "shelling", "attack", "explosion", "territory"}
    return a in fighting and b in fighting and actions[a].violent and actions[b].violent


def _compatible_times(group: _Group, start: dt.date | None, end: dt.date | None) -> bool:
    if group.start is None or start is None:
        return True
    return start <= (group.end or group.start) and (end or start) >= group.start


def compatible_places(a: PlaceRef | None, b: PlaceRef | None) -> bool:
    if a is None or b is None or a.lat is None or b.lat is None:
        return True
    if (a.precision or 3) >= 3 or (b.precision or 3) >= 3:
        return a.country == b.country or a.country is None or b.country is None
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= rules().max_km


def finer_place(a: PlaceRef | None, b: PlaceRef | None) -> PlaceRef | None:
    if a is None or a.lat is None:
        return b if b is not None and b.lat is not None else a
    if b is None or b.lat is None:
        return a
    return b if (b.precision or 3) < (a.precision or 3) else a


def group_claims(ann: Annotation, claims: list[Claim], happenings: list[Happening]) -> list[_Group]:
    """Claims into happenings, in text order; then figureless happenings."""
    by_sent: dict[int, list[Happening]] = {}
    for h in happenings:
        by_sent.setdefault(h.sent, []).append(h)
    groups: list[_Group] = []
    for claim in sorted(claims, key=lambda c: c.span[0]):
        action, action_sent = _claim_action(ann, claim, by_sent)
        start = claim.time.start if claim.time else None
        end = (claim.time.end or start) if claim.time else None
        token = ann.token_at(claim.span[0])
        sent = ann.tokens[token].sent if token is not None else -1
        told = [s for s in (action_sent, sent) if s is not None]  # "An air strike hit... 19 were killed."
        home = next((g for g in reversed(groups)
                     if compatible_actions(g.action, action) and _compatible_times(g, start, end)
                     and compatible_places(g.place, claim.place)), None)
        if home is None:
            groups.append(_Group(action, start, end, claim.place, [claim], told))
            continue
        home.claims.append(claim)
        home.sentences.extend(told)
        home.action = home.action or action
        if start is not None:
            home.start = min(home.start, start) if home.start else start
            home.end = max(home.end or start, end or start)
        home.place = finer_place(home.place, claim.place)
    # A happening in a sentence no claim came from: an event without figures.
    told = {s for g in groups for s in g.sentences}
    for sent, hs in sorted(by_sent.items()):
        if sent not in told:
            groups.append(_Group(hs[0].kind, None, None, None, [], [sent]))
            told.add(sent)
    return groups


# ---------------------------------------------------------------- the stage


def build_events(state: DocumentState, settings: Settings) -> list[Event]:
    """The document's events, each with its claims and reconciled figures. An
    event its claims do not date or place takes the time and the place named
    in its own sentences ("On 9 May 2020, clashes erupted ... in Nihm"), else
    the place of the sentences before it in its paragraph or the document's
    (:func:`_carried_place`). Fills ``happenings`` on the state and ``event``
    on each claim."""
    ann, claims, places = state.annotation, state.report.claims, state.report.places
    state.happenings = find_happenings(ann)
    groups = group_claims(ann, claims, state.happenings)
    groups.sort(key=lambda g: min(g.sentences))
    for group in groups:
        if group.start is None:
            group.start, group.end = _sentence_time(state.times, group.sentences, state.published)
        if group.place is None or group.place.lat is None:
            group.place = finer_place(group.place, _sentence_place(ann, group.sentences, places)
                                 or _carried_place(ann, group.sentences, places, state.document_place))
    vocab = settings.rules.vocabulary
    events: list[Event] = []
    for number, group in enumerate(groups, start=1):
        event_id = f"e{number}"
        for claim in group.claims:
            claim.event = event_id
        first_sent = min(group.sentences)
        sentence, start, end = ann.sentence_text(first_sent) if first_sent >= 0 else (None, None, None)
        action = rules().actions.get(group.action) if group.action else None
        events.append(Event(
            id=event_id,
            event_type=action.event_type if action else None,
            sub_event_type=action.sub_event_type if action else None,
            action=group.action,
            date_start=group.start,
            date_end=group.end,
            place=group.place,
            actors=_actors(ann, group, vocab),
            figures=reconcile(group.claims, policy=settings.policy,
                              discount_partisan=settings.discount_partisan) if group.claims else [],
            claims=[c.id for c in group.claims],
            sentence=sentence.strip() if sentence else None,
            span=(start, end) if start is not None else None,
            documents=[state.report.document.id],
        ))
    return events


def _run(state: DocumentState, settings: Settings) -> DocumentState:
    state.report.events = build_events(state, settings)
    state.count("happenings", len(state.happenings))
    state.count("events", len(state.report.events))
    state.count("events_without_figures", sum(not e.figures for e in state.report.events))
    return state


STAGE = Stage(NAME, VERSION,
              requires=("annotation", "times", "document_place", "report.claims", "report.places",
                        "claims.source", "claims.time", "claims.place"),
              assigns=("happenings", "report.events", "claims.event"), run=_run)


def _sentence_time(times, sentences: list[int], published: dt.date | None):
    """The first event time named in the sentences, resolved; a statement's
    time ("On 5 May, militants claimed an attack") only where the sentences
    name no other: the time a statement was made is the event's when the
    event has none of its own."""
    wanted = set(sentences)
    for statements in (False, True):
        for mention in times:
            if mention.sentence in wanted and mention.statement is statements:
                ref = resolve_prefix(mention.text, published)  # "30 April 2020, daily" -> 30 April
                if ref.start is not None:
                    return ref.start, ref.end or ref.start
    return None, None


def _sentence_place(ann: Annotation, sentences: list[int], places: list[PlaceRef]) -> PlaceRef | None:
    """The finest resolved place named in the sentences, not only a container, and in a country where one is."""
    spans = [ann.sentence_text(s)[1:] for s in sorted(set(sentences)) if s >= 0]
    inside = [p for p in places if p.span and p.lat is not None and not p.modifies
              and any(a <= p.span[0] < b for a, b in spans)]
    # the place a container contains before the container ("Vasylivka, Donetsk"), a place in a
    # country before a continent or a sea ("in Africa's deadliest attack ... in Mali"), then the finest
    return min(inside, key=lambda p: (p.container_for is not None, p.country is None, p.precision or 3)) \
        if inside else None


def _carried_place(ann: Annotation, sentences: list[int], places: list[PlaceRef],
                   document: PlaceRef | None) -> PlaceRef | None:
    """For an event whose sentences name no place, as for a figure: the place of
    the sentences before it in its paragraph ("Clashes erupted in X. Two were
    arrested." are both in X), else the document's (``document``, no finer
    than precision 2)."""
    first = min((s for s in sentences if s >= 0), default=None)
    if first is None:
        return None
    for back in range(1, PLACE_REACH + 1):
        if first - back < 0 or not ann.same_paragraph(first - back, first):
            break
        found = _sentence_place(ann, [first - back], places)
        if found is not None:
            return found
    return document


def _actors(ann: Annotation, group: _Group, vocab: Vocabulary) -> list[str]:
    """Registry actors named in the event's claims and sentences, in order."""
    names: list[str] = []
    for claim in group.claims:
        if claim.subject.actor:
            names.append(claim.subject.actor)
    for sent in sorted(set(group.sentences)):
        if sent >= 0:
            names += [a.name for a in vocab.find_actors(ann.sentence_text(sent)[0])]
    return list(dict.fromkeys(names))
