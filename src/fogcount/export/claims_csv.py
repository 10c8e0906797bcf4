"""The claims CSV (``--format csv``): one row per claim, every field of the
claim flattened into a column, with ``document_id`` first."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from typing import TextIO

from fogcount.export._common import Column, read_table, write_table
from fogcount.models import Claim, Report


@dataclasses.dataclass
class ClaimRow:
    report: Report
    claim: Claim


def _source(attr: str):
    return lambda r: getattr(r.claim.source, attr) if r.claim.source is not None else None


def _time(attr: str):
    return lambda r: getattr(r.claim.time, attr) if r.claim.time is not None else None


def _place(attr: str):
    return lambda r: getattr(r.claim.place, attr) if r.claim.place is not None else None


# The layout: column name, how it is filled, what fills it. A null field of the
# claim is an empty cell; booleans are true/false.
CLAIMS_COLUMNS: tuple[Column, ...] = (
    Column("document_id", "the document's id", lambda r: r.report.document.id),
    Column("claim_id", "the claim's id ('c3')", lambda r: r.claim.id),
    Column("event", "the id of the claim's event; empty when not grouped", lambda r: r.claim.event),
    Column("category", "<unit>.<outcome> ('people.killed')", lambda r: r.claim.category),
    Column("value_text", "the quantity as written, qualifier included ('At least 250')", lambda r: r.claim.value.text),
    Column("low", "the interval's lower bound; empty = unbounded", lambda r: r.claim.value.low),
    Column("high", "the interval's upper bound; empty = unbounded", lambda r: r.claim.value.high),
    Column("qualifier", "the interval-table row that set the interval ('at least')", lambda r: r.claim.value.qualifier),
    Column("vague", "true for a vague quantity word (tens, dozens, many)", lambda r: r.claim.value.vague),
    Column("incremental", "true when it adds to an earlier figure ('another 60')", lambda r: r.claim.value.incremental),
    Column("cumulative", "true for a running total ('the toll rose to 45')", lambda r: r.claim.value.cumulative),
    Column("negated", "true for a negated claim ('had not hurt any'), value 0", lambda r: r.claim.negated),
    Column("hedge", "suspected, reportedly or claimed; empty when none", lambda r: r.claim.hedge),
    Column("part_of", "the id of the claim whose figure includes this one", lambda r: r.claim.part_of),
    Column("subject_text", "the counted noun phrase as written", lambda r: r.claim.subject.text),
    Column("subject_actor", "the registry actor of the subject", lambda r: r.claim.subject.actor),
    Column("subject_role", "combatant, civilian, security_forces or unknown", lambda r: r.claim.subject.role),
    Column("source_speaker", "who says so; empty for a claim on the article's own authority", _source("speaker")),
    Column("source_kind", "the speaker's kind (government, military, monitor...)", _source("kind")),
    Column("source_affiliation", "the speaker's country or group", _source("affiliation")),
    Column("source_channel", "what carried the words (an outlet, a statement, a video)", _source("channel")),
    Column("source_chain", "originator to outlet, joined with ' > '",
           lambda r: " > ".join(r.claim.source.chain) if r.claim.source is not None else None),
    Column("source_origin", "the normalised speaker and affiliation: same origin, same evidence", _source("origin")),
    Column("source_partisan", "true for a party to the fighting; empty when unknown", _source("partisan")),
    Column("time_text", "the time expression as written", _time("text")),
    Column("time_start", "first day, YYYY-MM-DD", _time("start")),
    Column("time_end", "last day, YYYY-MM-DD", _time("end")),
    Column("time_precision", "hour, day, week, month or year", _time("precision")),
    Column("place_text", "the place as written", _place("text")),
    Column("place_name", "the gazetteer name", _place("name")),
    Column("place_lat", "latitude; empty when unresolved", _place("lat")),
    Column("place_lon", "longitude; empty when unresolved", _place("lon")),
    Column("place_precision", "1 town, 2 near a town or part of a region, 3 region", _place("precision")),
    Column("place_country", "ISO 3166-1 alpha-2 code", _place("country")),
    Column("place_admin1", "first-level division", _place("admin1")),
    Column("place_derived_from", "the anchor place of a derived point ('20 miles west of Fallujah')",
           _place("derived_from")),
    Column("sentence", "the sentence with the figure", lambda r: r.claim.sentence),
    Column("span_start", "character offset of the quantity text in the document", lambda r: r.claim.span[0]),
    Column("span_end", "character offset where the quantity text ends", lambda r: r.claim.span[1]),
)


def claim_rows(reports: Iterable[Report]) -> Iterator[ClaimRow]:
    for report in reports:
        for claim in report.claims:
            yield ClaimRow(report, claim)


def write_claims_csv(reports: Iterable[Report], out: TextIO) -> int:
    """Write every claim of ``reports``, one row each; return the number of rows."""
    return write_table(out, CLAIMS_COLUMNS, claim_rows(reports))


def read_claims_csv(text: str) -> list[dict[str, str]]:
    """Read a claims CSV back: one dict per row, values as text."""
    return read_table(text)
