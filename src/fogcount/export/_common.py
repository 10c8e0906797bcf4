"""What every export layout shares: the column record, the cell format, the
CSV writer and reader, and look-ups over a report (an event's claims, a
source's chain, a country's name, a date span).

A layout is a tuple of :class:`Column` — name, how it is filled (for people)
and the function that fills it — so a column's name, its documentation and
its value live on one line of one table.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import functools
import io
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

import pycountry

from fogcount.models import Claim, Event, Figure, Report, Source

KILLED = "people.killed"


@dataclasses.dataclass(frozen=True)
class Column:
    """One column of a tabular layout.

    ``doc`` says how the column is filled (or why it stays empty); ``get``
    takes the row's context and returns a value (``None`` for an empty
    cell). A column without ``get`` is always empty.
    """

    name: str
    doc: str
    get: Callable[[Any], object] | None = None

    def cell(self, row: Any) -> str:
        return cell(self.get(row)) if self.get is not None else ""


def cell(value: object) -> str:
    """A value as CSV text: ``None`` is an empty cell, booleans are
    ``true``/``false`` (as in the JSON), dates ISO 8601, floats their shortest
    exact form, lists joined with ``"; "``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "; ".join(cell(v) for v in value if v is not None and v != "")
    return str(value)


def write_table(out: TextIO, columns: tuple[Column, ...], rows: Iterable[Any]) -> int:
    """Write a header and one line per row (RFC 4180 quoting, ``\\n`` line
    ends); return the number of rows written (the header not counted)."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([c.name for c in columns])
    written = 0
    for row in rows:
        writer.writerow([c.cell(row) for c in columns])
        written += 1
    return written


def read_table(text: str) -> list[dict[str, str]]:
    """Read back what :func:`write_table` wrote: one dict per row, every
    value a string (an empty cell is ``""``)."""
    return list(csv.DictReader(io.StringIO(text, newline="")))


def markdown(columns: tuple[Column, ...]) -> str:
    """A layout's column table as Markdown, for docs/exports.md (written by scripts/docs_tables.py)."""
    lines = ["| column | how it is filled |", "|---|---|"]
    lines += [f"| `{c.name}` | {c.doc.replace('|', '/')} |" for c in columns]
    return "\n".join(lines) + "\n"


# -- look-ups over a report ---------------------------------------------------


@dataclasses.dataclass
class EventRow:
    """The context of one event row: its report, the event and its claims
    found in the report (in the report's order)."""

    report: Report
    event: Event
    claims: list[Claim]

    @property
    def document_id(self) -> str:
        return self.report.document.id

    @property
    def row_id(self) -> str:
        return f"{self.report.document.id}-{self.event.id}"

    @functools.cached_property
    def claims_by_id(self) -> dict[str, Claim]:
        return {c.id: c for c in self.report.claims}

    def figures(self, category: str = KILLED) -> list[Figure]:
        return [f for f in self.event.figures if f.category == category]


def event_rows(reports: Iterable[Report]) -> Iterator[EventRow]:
    """One context per event, reports and events in input order."""
    for report in reports:
        for event in report.events:
            ids = set(event.claims)
            claims = [c for c in report.claims if c.id in ids or c.event == event.id]
            yield EventRow(report, event, claims)


def chain_text(source: Source) -> str:
    """"U.S. officials via Reuters": the source's chain from originator to
    outlet; the speaker (and its channel) when no chain was recorded."""
    chain = [link for link in source.chain if link]
    if not chain:
        chain = [source.speaker]
        if source.channel and source.channel != source.speaker:
            chain.append(source.channel)
    return " via ".join(chain)


def unique(values: Iterable[str | None]) -> list[str]:
    """Non-empty values, first occurrence kept, in order."""
    seen: dict[str, None] = {}
    for value in values:
        if value and value not in seen:
            seen[value] = None
    return list(seen)


# ACLED's and GED's spellings where pycountry's differ; any other code gets
# pycountry's common name, else its name; an unknown code is written as given.
COUNTRY_NAMES = {
    "RU": "Russia", "PS": "Palestine", "TR": "Turkey", "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo", "KR": "South Korea", "KP": "North Korea", "LA": "Laos", "VN": "Vietnam",
    "CI": "Ivory Coast", "MK": "North Macedonia", "CV": "Cape Verde", "SZ": "eSwatini",
    "FM": "Micronesia", "BN": "Brunei",
}


def country_name(code: str | None) -> str | None:
    """The English name of an ISO 3166-1 alpha-2 code ("IQ" -> "Iraq")."""
    if not code:
        return None
    if code.upper() in COUNTRY_NAMES:
        return COUNTRY_NAMES[code.upper()]
    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def country_numeric(code: str | None) -> int | None:
    """ISO 3166-1 numeric code of an alpha-2 code ("IQ" -> 368), as ACLED's ``iso``."""
    country = pycountry.countries.get(alpha_2=code.upper()) if code else None
    return int(country.numeric) if country is not None else None


def open_start(event: Event) -> dt.date | None:
    """For an event dated "on or before" a day (``Event.date_qualifier``: its
    report gives only the day of a later act about it, a charge or a
    sentencing), the first day it can have happened: that day less link.toml's
    ``bound_days``, the reach linking reads it with. ``None`` for any other event."""
    if event.date_qualifier != "on or before" or event.date_start is None:
        return None
    from fogcount.stages.link import rules  # the link rules' reach; imported late (exports need no stage at import)

    return (event.date_end or event.date_start) - dt.timedelta(days=rules().bound_days)


def span_days(event: Event) -> int | None:
    """Days the event's dates cover, both ends included (1 for a single day);
    ``None`` without a start date. A missing end is the start."""
    if event.date_start is None:
        return None
    end = event.date_end or event.date_start
    return max((end - event.date_start).days, 0) + 1
