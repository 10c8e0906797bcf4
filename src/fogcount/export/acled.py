"""The ACLED layout (``--format acled``): one row per event, ACLED's columns
in ACLED's order, with ``document_id`` first.

``fatalities`` follows ACLED's own convention (the most conservative reported
figure; tens = 10, dozens = 12, hundreds = 100; 0 when none is reported), read
from the event's ``people.killed`` claims: see :func:`fatalities`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from fogcount.export._common import (
    KILLED,
    Column,
    EventRow,
    chain_text,
    country_name,
    country_numeric,
    event_rows,
    read_table,
    span_days,
    unique,
    write_table,
)
from fogcount.gazetteer.labels import place_label
from fogcount.models import Claim, Report
from fogcount.quantities import table
from fogcount.stages.reconcile import origin_figures

# ACLED's disorder type of each event type, where the event type alone decides
# it (Riots and "Excessive force against protesters" depend on ACLED's own
# reading and are left empty).
DISORDER_TYPES = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Strategic developments": "Strategic developments",
}


def conservative_figure(claim: Claim) -> int | None:
    """The number ACLED would code for one claim: 0 for a negated claim
    ("no one was killed"); the convention's number for a vague quantity
    (the ``acled`` column of data/qualifiers.toml's vague rows); else the claim's lower bound ("at least 250" -> 250,
    "more than 60" -> 61, "about 100" -> 90). ``None`` when the claim has no
    lower bound ("up to 30", "many"): it gives no figure."""
    if claim.negated:
        return 0
    if claim.value.low is None:
        return None
    if claim.value.vague:
        vague = table()
        match = vague.acled_vague_re.search(claim.value.text)
        if match:
            return vague.acled_vague[match.group(1).lower()]
    return claim.value.low


# A figure whose counted noun is the outcome itself ("4 fatalities", "the death
# toll"), for no one in particular: the event's whole toll, which holds the
# figures given for civilians, fighters or soldiers rather than adding to them.
_TOLL = "toll"


def _role_key(claim: Claim) -> str:
    if claim.subject.role == "unknown" and claim.cue is not None and claim.cue.rule.startswith("noun:"):
        return _TOLL
    return claim.subject.role


def fatalities(row: EventRow) -> int:
    """ACLED's ``fatalities`` of an event: for each role (combatant, civilian,
    security_forces, unknown) the smallest conservative figure any source
    gives it (a source's figures for different actors summed; a source that
    only says how many more, "a fourth soldier died later, the army said",
    gives no total and counts only where no source does), summed over
    the roles, or the whole toll ("A woman was killed. 1 fatality.": 1, not
    2) where that is larger; 0 when no killed
    figure is reported. Claims counted inside another ("3 civilians,
    including 2 women": ``part_of``) are not counted again. When the event's
    claims are not in the report (an event from several documents), the
    people.killed figures' ``low`` (else ``best``) per role, summed."""
    per_role: dict[str, int] = {}
    claims = [c for c in row.claims if c.category == KILLED and c.part_of is None]
    if claims:
        # Each claim at its conventional number, then folded per origin as reconciliation
        # does (reprints once, "another 60" adds, a later figure replaces, one source's
        # figures for different actors add); per role the smallest origin's figure.
        coded = []
        for claim in claims:
            figure = conservative_figure(claim)
            if figure is not None:
                coded.append(claim.model_copy(update={"value": claim.value.model_copy(
                    update={"low": figure, "high": figure, "vague": False})}))
        several = len(row.event.documents) > 1  # then the claims come in reading order across documents
        by_role: dict[str, list[Claim]] = {}
        for claim in coded:
            by_role.setdefault(_role_key(claim), []).append(claim)
        for role, members in by_role.items():
            totals = origin_figures(members, in_order=several)
            figures = [low for low, _ in totals.values() if low is not None]
            if figures:
                per_role[role] = min(figures)
        whole = per_role.pop(_TOLL, None)
        parts = sum(per_role.values())
        return max(parts, whole) if whole is not None else parts
    for figure in row.figures(KILLED):
        value = figure.low if figure.low is not None else figure.best
        if value is not None:
            per_role[figure.role] = min(per_role.get(figure.role, value), value)
    return sum(per_role.values())


def time_precision(row: EventRow) -> int | None:
    """1 a single day, 2 up to a week, 3 longer (ACLED's codes); 3 for an event
    dated "on or before" a day (``Event.date_qualifier``): its event_date is
    the latest day it can have, not the day it happened."""
    days = span_days(row.event)
    if days is None:
        return None
    if row.event.date_qualifier == "on or before":
        return 3
    return 1 if days == 1 else 2 if days <= 7 else 3


def sources(row: EventRow) -> list[str]:
    """The chains of the event's claims' sources, each once; a claim stated on
    the article's own authority contributes the document's outlet."""
    chains = []
    for claim in row.claims:
        if claim.source is not None:
            chains.append(chain_text(claim.source))
        else:
            chains.append(row.report.document.outlet)
    return unique(chains)


def notes(row: EventRow) -> str | None:
    """The event's first sentence and its claims' sentences, each once, joined
    with a space."""
    sentences = unique([row.event.sentence] + [c.sentence for c in row.claims])
    return " ".join(s.strip() for s in sentences) or None


def _place(row: EventRow):
    return row.event.place


def _actor(row: EventRow, index: int) -> str | None:
    return row.event.actors[index] if len(row.event.actors) > index else None


EMPTY = "empty: fogcount does not tell"

# The layout: column name, how it is filled, what fills it. The order is ACLED's.
ACLED_COLUMNS: tuple[Column, ...] = (
    Column("document_id", "the document's id (fogcount's own column)", lambda r: r.document_id),
    Column("event_id_cnty", "document id and event id joined with '-' ('doc1-e1')", lambda r: r.row_id),
    Column("event_date", "the event's date_start, YYYY-MM-DD; empty when unknown (for an event dated 'on or before' "
           "a day, that day: the latest it can have)", lambda r: r.event.date_start),
    Column("year", "the year of event_date", lambda r: r.event.date_start.year if r.event.date_start else None),
    Column("time_precision", "from the event's date span: 1 a single day, 2 up to 7 days, 3 longer; 3 for an event "
           "dated 'on or before' a day (date_qualifier: only a later act's day is told)", time_precision),
    Column("disorder_type", "from event_type: Political violence (Battles, Explosions/Remote violence, Violence "
           "against civilians), Strategic developments; empty for other types",
           lambda r: DISORDER_TYPES.get(r.event.event_type or "")),
    Column("event_type", "the event's event_type", lambda r: r.event.event_type),
    Column("sub_event_type", "the event's sub_event_type", lambda r: r.event.sub_event_type),
    Column("actor1", "the event's first actor", lambda r: _actor(r, 0)),
    Column("assoc_actor_1", f"{EMPTY} which side further actors are on"),
    Column("inter1", f"{EMPTY} (ACLED's actor type codes)"),
    Column("actor2", "the event's second actor", lambda r: _actor(r, 1)),
    Column("assoc_actor_2", f"{EMPTY} which side further actors are on"),
    Column("inter2", f"{EMPTY} (ACLED's actor type codes)"),
    Column("interaction", f"{EMPTY} (ACLED's actor type codes)"),
    Column("civilian_targeting", "'Civilian targeting' for Violence against civilians; empty otherwise (fogcount "
           "does not tell whether other events targeted civilians)",
           lambda r: "Civilian targeting" if r.event.event_type == "Violence against civilians" else None),
    Column("iso", "ISO 3166-1 numeric code of the place's country (368 for Iraq)",
           lambda r: country_numeric(_place(r).country) if _place(r) else None),
    Column("region", f"{EMPTY} (ACLED's regions)"),
    Column("country", "the place's country name (pycountry, with ACLED's spellings: Syria, Russia, Turkey)",
           lambda r: country_name(_place(r).country) if _place(r) else None),
    Column("admin1", "the place's first-level division", lambda r: _place(r).admin1 if _place(r) else None),
    Column("admin2", EMPTY),
    Column("admin3", EMPTY),
    Column("location", "the place as the text spells it, with the gazetteer's name in parentheses where it "
           "differs ('Saraqeb (Saraqib)'; fogcount.gazetteer.place_label)",
           lambda r: place_label(_place(r)) or None),
    Column("latitude", "the place's latitude; empty when unresolved", lambda r: _place(r).lat if _place(r) else None),
    Column("longitude", "the place's longitude; empty when unresolved",
           lambda r: _place(r).lon if _place(r) else None),
    Column("geo_precision", "the place's precision (1 town, 2 near a town or part of a region, 3 region)",
           lambda r: _place(r).precision if _place(r) else None),
    Column("source", "the chains of the claims' sources, each once, '; '-joined ('U.S. officials via Reuters; "
           "Gen. Hamed Al-Maliki via a Ministry of Defense video'); the outlet for unattributed claims", sources),
    Column("source_scale", f"{EMPTY} (ACLED's source scale)"),
    Column("notes", "the event's sentence and its claims' sentences, each once, joined with a space", notes),
    Column("fatalities", "people.killed under ACLED's convention: per role the smallest conservative figure "
           "claimed, summed over roles; vague words as the acled column of qualifiers.toml (tens 10, dozens 12, hundreds 100, scores 20, "
           "thousands 1000, several 3, a few 2); negated claims 0; claims without a lower bound ('up to 30', "
           "'many') give none; 0 when no killed figure is reported", fatalities),
    Column("tags", EMPTY),
    Column("timestamp", "empty: ACLED's upload time, which an export does not have"),
)


def write_acled(reports: Iterable[Report], out: TextIO) -> int:
    """Write the events of ``reports`` in the ACLED layout; return the number
    of rows (events) written."""
    return write_table(out, ACLED_COLUMNS, event_rows(reports))


def read_acled(text: str) -> list[dict[str, str]]:
    """Read an ACLED-layout export back: one dict per row, values as text."""
    return read_table(text)
