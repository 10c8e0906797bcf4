"""Link: the events of many documents that report the same happening, joined.

Across documents, two events are one happening when they are the same kind
of action (or both violent among clashes, strikes, shelling and attacks),
dated within ``[linking] days`` of each other and together no longer than
``max_span_days``, placed within ``[grouping] max_km`` (or, where one has no
place, tied by an actor both name), whatever order the documents arrive in
(``data/events.toml``). A linked event's figures are reconciled again over
all its claims, read in reading order.

This is the one place linking happens: ``fogcount extract --link`` calls
:func:`link_events` over the reports of one run; the store reads the stored
events a new report may join, calls :func:`join_event` for each of the
report's events, and writes what changed (the store only reads and writes).

Needs: reports (their events, claims and documents). Fills: linked events
whose claim ids are document-qualified ("<document id>:<claim id>").
"""

from __future__ import annotations

import datetime as dt

from ..models import Claim, Event
from ..settings import Settings
from .events import compatible_actions, compatible_places, finer_place, rules
from .reconcile import reconcile

NAME = "link"
VERSION = "1"


def _same_happening(a: Event, b: Event) -> bool:
    """Across documents: the same kind of action, dated by both within
    ``[linking] days`` of each other and together no longer than
    ``max_span_days``, placed by both within ``max_km`` (or, where one report
    has no place, tied by a named actor both report), and no clash of actors.
    An undated event links to nothing: an unknown time would match every day."""
    r = rules()
    if not compatible_actions(a.action, b.action):
        return False
    if a.date_start is None or b.date_start is None:
        return False
    a_end, b_end = a.date_end or a.date_start, b.date_end or b.date_start
    if (b.date_start - a_end).days > r.link_days or (a.date_start - b_end).days > r.link_days:
        return False
    if (max(a_end, b_end) - min(a.date_start, b.date_start)).days + 1 > r.link_max_span_days:
        return False
    placed_a = a.place is not None and a.place.lat is not None
    placed_b = b.place is not None and b.place.lat is not None
    if placed_a and placed_b:
        return compatible_places(a.place, b.place)
    return bool(set(a.actors) & set(b.actors))  # one or both unplaced: only shared actors tie them


def link_window(events: list[Event]) -> tuple[dt.date, dt.date] | None:
    """The dates a stored event must touch to be able to join one of ``events``:
    within ``[linking] days`` of their dated events; None when none is dated
    (an undated event links to nothing, see :func:`_same_happening`)."""
    dated = [ev for ev in events if ev.date_start is not None]
    if not dated:
        return None
    days = rules().link_days
    first, last = min(ev.date_start for ev in dated), max(ev.date_end or ev.date_start for ev in dated)
    # held inside the calendar: an event dated in its first or last days (year 1, year 9999)
    return (dt.date.fromordinal(max(1, first.toordinal() - days)),
            dt.date.fromordinal(min(dt.date.max.toordinal(), last.toordinal() + days)))


def linked_figures(claims: list[Claim], *, policy: str, discount_partisan: bool) -> list:
    """A linked event's figures: its claims, of every document, reconciled in
    reading order (an origin's later report supersedes its earlier one)."""
    return reconcile(claims, policy=policy, discount_partisan=discount_partisan, in_order=True) if claims else []


def qualified(claim: Claim, document_id: str) -> Claim:
    """A copy of the claim with its id (and ``part_of``) made "<document id>:<claim id>"."""
    update = {"id": f"{document_id}:{claim.id}"}
    if claim.part_of is not None:
        update["part_of"] = f"{document_id}:{claim.part_of}"
    return claim.model_copy(update=update)


def join_event(linked: list[Event], incoming: Event) -> Event:
    """Join ``incoming`` to the first event of ``linked`` that reports the same
    happening (its claims, documents, actors, place and dates merged into it,
    in place), else append it; return the event it is now part of."""
    home = next((e for e in linked if _same_happening(e, incoming)), None)
    if home is None:
        linked.append(incoming)
        return incoming
    home.claims += [c for c in incoming.claims if c not in home.claims]
    home.documents += [d for d in incoming.documents if d not in home.documents]
    home.actors += [a for a in incoming.actors if a not in home.actors]
    home.place = finer_place(home.place, incoming.place)
    if incoming.date_start and (home.date_start is None or incoming.date_start < home.date_start):
        home.date_start = incoming.date_start
    if incoming.date_end and (home.date_end is None or incoming.date_end > home.date_end):
        home.date_end = incoming.date_end
    return home


def link_events(reports, *, known: list[Event] = (), settings: Settings | None = None) -> list[Event]:
    """Events of many documents (and ``known`` events, e.g. from a store) that
    report the same happening, joined; their figures reconciled again over all
    their claims, read in reading order (the documents by publication date,
    undated last, then as given; each in text order), which decides which of
    an origin's figures is the later. Claim ids become "<document id>:<claim id>"."""
    settings = settings or Settings()
    claims_by_id: dict[str, Claim] = {}
    reading: dict[str, tuple] = {}  # claim id -> its place in the reading order
    for index, report in enumerate(reports):
        published = report.document.published
        for claim in report.claims:
            copy = qualified(claim, report.document.id)
            claims_by_id[copy.id] = copy
            reading[copy.id] = (published is None, published or dt.date.min, index, claim.span[0], claim.span[1])
    linked: list[Event] = [e.model_copy(deep=True) for e in known]
    for report in reports:
        for event in report.events:
            incoming = event.model_copy(update={"claims": [f"{report.document.id}:{c}" for c in event.claims]},
                                        deep=True)
            join_event(linked, incoming)
    for number, event in enumerate(linked, start=1):
        event.id = f"L{number}"
        members = sorted((claims_by_id[c] for c in event.claims if c in claims_by_id), key=lambda c: reading[c.id])
        if members:
            event.figures = linked_figures(members, policy=settings.policy,
                                           discount_partisan=settings.discount_partisan)
    return linked
