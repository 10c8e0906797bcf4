"""The UCDP GED layout (``--format ucdp``): one row per event, the GED
fields fogcount can fill, in GED's order, with ``document_id`` first.

Deaths come from the event's reconciled ``people.killed`` figures (one per
role): ``best``, ``low`` and ``high`` are their sums over roles.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from fogcount.export._common import (
    KILLED,
    Column,
    EventRow,
    country_name,
    event_rows,
    open_start,
    read_table,
    span_days,
    unique,
    write_table,
)
from fogcount.models import Report

# ACLED geo_precision (fogcount's place precision) -> GED where_prec.
WHERE_PREC = {1: 1, 2: 2, 3: 4}


def killed_sum(row: EventRow, bound: str) -> int | None:
    """The sum over roles of the people.killed figures' ``bound`` (low, best
    or high). Empty when the event has no people.killed figure or none of
    them has that bound; for ``high``, also when any role's high is
    unbounded."""
    figures = row.figures(KILLED)
    values = [getattr(f, bound) for f in figures]
    if not figures or all(v is None for v in values):
        return None
    if bound == "high" and any(v is None for v in values):
        return None
    return sum(v for v in values if v is not None)


def deaths_of_role(row: EventRow, role: str) -> int | None:
    """The best figure of people.killed for ``role``; 0 when the event has
    killed figures but none for that role; empty when it has none at all."""
    figures = row.figures(KILLED)
    if not figures:
        return None
    values = [f.best for f in figures if f.role == role]
    if values and all(v is None for v in values):
        return None
    return sum(v for v in values if v is not None)


def deaths_of_side(row: EventRow, index: int) -> int | None:
    """Deaths of the event's ``index``-th actor (side_a = 0, side_b = 1): the
    best of each combatant or security_forces killed figure all of whose
    claims name that actor as their subject, summed; empty when no figure
    can be told to be that side's."""
    if len(row.event.actors) <= index:
        return None
    actor = row.event.actors[index]
    total = None
    for figure in row.figures(KILLED):
        if figure.role not in ("combatant", "security_forces") or figure.best is None:
            continue
        claims = [row.claims_by_id.get(i) for i in figure.claims]
        if claims and all(c is not None and c.subject.actor == actor for c in claims):
            total = (total or 0) + figure.best
    return total


def date_prec(row: EventRow) -> int | None:
    """GED's date_prec from the event's span: 1 one day, 2 two to six days,
    3 a week (7 days), 4 up to a month (31 days), 5 longer; for an event dated
    "on or before" a day, the span from its open start (:func:`first_day`) to that day."""
    days = span_days(row.event)
    if days is None:
        return None
    if (start := open_start(row.event)) is not None:
        days = ((row.event.date_end or row.event.date_start) - start).days + 1
    return 1 if days == 1 else 2 if days <= 6 else 3 if days == 7 else 4 if days <= 31 else 5


def first_day(row: EventRow):
    """GED's date_start, the earliest day the event can have happened: its
    date_start, or for an event dated "on or before" a day, that day less
    ``bound_days`` (:func:`~fogcount.export._common.open_start`)."""
    start = open_start(row.event)
    return start if start is not None else row.event.date_start


def number_of_sources(row: EventRow) -> int | None:
    """Independent sources of the event's claims: distinct source origins
    (the speaker when no origin), the article's own authority counting as one;
    without claims in the report, the largest independent_sources of its
    figures."""
    if row.claims:
        origins = {
            (c.source.origin or c.source.speaker.casefold()) if c.source is not None else None for c in row.claims
        }
        return len(origins)
    counts = [f.independent_sources for f in row.event.figures]
    return max(counts) if counts else None


def source_article(row: EventRow) -> str | None:
    """A citation of the document: outlet, publication date, "title", url."""
    doc = row.report.document
    title = f'"{doc.title}"' if doc.title else None
    parts = [doc.outlet, doc.published.isoformat() if doc.published else None, title, doc.url]
    return ", ".join(p for p in parts if p) or None


def source_office(row: EventRow) -> list[str]:
    """The channels of the event's claims' sources, then the document's outlet."""
    channels = [c.source.channel for c in row.claims if c.source is not None]
    return unique(channels + [row.report.document.outlet])


def source_original(row: EventRow) -> list[str]:
    """The speakers of the event's claims, each once."""
    return unique(c.source.speaker for c in row.claims if c.source is not None)


def _place(row: EventRow):
    return row.event.place


def _geom(row: EventRow) -> str | None:
    place = _place(row)
    if place is None or place.lat is None or place.lon is None:
        return None
    return f"POINT ({place.lon!r} {place.lat!r})"


# The layout: column name, how it is filled, what fills it. The order is GED's.
UCDP_COLUMNS: tuple[Column, ...] = (
    Column("document_id", "the document's id (fogcount's own column)", lambda r: r.document_id),
    Column("id", "document id and event id joined with '-' ('doc1-e1')", lambda r: r.row_id),
    Column("year", "the year of the event's date_start (for an event dated 'on or before' a day, of that day)",
           lambda r: r.event.date_start.year if r.event.date_start else None),
    Column("type_of_violence", "1 state-based, 2 non-state, 3 one-sided (the event's type_of_violence, from its "
           "type and the sides its text names); empty outside organised violence", lambda r: r.event.type_of_violence),
    Column("side_a", "the event's first actor (fogcount's actor order, not GED's government-first rule)",
           lambda r: r.event.actors[0] if r.event.actors else None),
    Column("side_b", "the event's second actor", lambda r: r.event.actors[1] if len(r.event.actors) > 1 else None),
    Column("number_of_sources", "independent sources: distinct origins of the event's claims' sources, the "
           "article's own authority counting as one", number_of_sources),
    Column("source_article", "the document cited: outlet, published date, \"title\", url", source_article),
    Column("source_office", "the channels of the claims' sources, then the document's outlet, '; '-joined",
           source_office),
    Column("source_date", "the document's publication date", lambda r: r.report.document.published),
    Column("source_headline", "the document's title", lambda r: r.report.document.title),
    Column("source_original", "the speakers of the claims' sources, '; '-joined", source_original),
    Column("where_prec", "the place's precision mapped 1 -> 1, 2 -> 2, 3 -> 4 (first-order division)",
           lambda r: WHERE_PREC.get(_place(r).precision) if _place(r) else None),
    Column("where_description", "the place as written in the text", lambda r: _place(r).text if _place(r) else None),
    Column("adm_1", "the place's first-level division", lambda r: _place(r).admin1 if _place(r) else None),
    Column("latitude", "the place's latitude; empty when unresolved", lambda r: _place(r).lat if _place(r) else None),
    Column("longitude", "the place's longitude; empty when unresolved",
           lambda r: _place(r).lon if _place(r) else None),
    Column("geom_wkt", "'POINT (lon lat)' of the place; empty when unresolved", _geom),
    Column("country", "the place's country name (pycountry, common spellings)",
           lambda r: country_name(_place(r).country) if _place(r) else None),
    Column("event_clarity", "empty: fogcount does not tell"),
    Column("date_prec", "from the span date_start to date_end: 1 one day, 2 two to six days, 3 a week, 4 a month, "
           "5 longer",
           date_prec),
    Column("date_start", "the event's date_start; for an event dated 'on or before' a day (date_qualifier), that "
           "day less link.toml's bound_days (60): the earliest it can have happened", first_day),
    Column("date_end", "the event's date_end (date_start when none)", lambda r: r.event.date_end or r.event.date_start),
    Column("deaths_a", "best people.killed of combatant/security_forces figures whose claims all name side_a; "
           "empty when none can be told", lambda r: deaths_of_side(r, 0)),
    Column("deaths_b", "as deaths_a, for side_b", lambda r: deaths_of_side(r, 1)),
    Column("deaths_civilians", "best people.killed of role civilian; 0 when other roles have killed figures; "
           "empty when the event has none", lambda r: deaths_of_role(r, "civilian")),
    Column("deaths_unknown", "best people.killed of role unknown; 0 and empty as deaths_civilians",
           lambda r: deaths_of_role(r, "unknown")),
    Column("best", "sum over roles of the people.killed figures' best; empty when the event has none",
           lambda r: killed_sum(r, "best")),
    Column("low", "sum over roles of the people.killed figures' low; empty when none",
           lambda r: killed_sum(r, "low")),
    Column("high", "sum over roles of the people.killed figures' high; empty when none or any is unbounded",
           lambda r: killed_sum(r, "high")),
)


def write_ucdp(reports: Iterable[Report], out: TextIO) -> int:
    """Write the events of ``reports`` in the UCDP GED layout; return the
    number of rows (events) written."""
    return write_table(out, UCDP_COLUMNS, event_rows(reports))


def read_ucdp(text: str) -> list[dict[str, str]]:
    """Read a UCDP-layout export back: one dict per row, values as text."""
    return read_table(text)
