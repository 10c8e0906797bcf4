"""Stored (linked) events through the export layouts of :mod:`fogcount.export`.

The writers there take reports; a linked event spans documents. Each event
becomes one row context whose claims are all its claims (ids
"<document id>:<claim id>"), whose report is its first document's, and whose
``document_id`` lists every document that reports it ("a; b; c") and row id is
the event's store id ("E12"). The layouts' columns (``ACLED_COLUMNS``,
``UCDP_COLUMNS``, ``GEOJSON_PROPERTIES``) are used as they are.
"""

from __future__ import annotations

import json
from typing import TextIO

from ..export._common import EventRow, write_table
from ..export.acled import ACLED_COLUMNS
from ..export.geojson import feature
from ..export.ucdp import UCDP_COLUMNS
from ..models import SCHEMA, Document, Event, Report
from .store import Store

FORMATS = ("json", "acled", "ucdp", "geojson")


class StoredEventRow(EventRow):
    """An export row for a linked event: every document it comes from."""

    @property
    def document_id(self) -> str:
        return "; ".join(self.event.documents) or self.report.document.id

    @property
    def row_id(self) -> str:
        return self.event.id


def event_rows(store: Store, events: list[Event]) -> list[StoredEventRow]:
    """One export row per linked event, in the order given."""
    claims = store.claims_of([e.id for e in events])
    documents: dict[str, Document] = {}
    rows = []
    for event in events:
        first = event.documents[0] if event.documents else None
        if first is not None and first not in documents:
            stored = store.document(first)
            documents[first] = Document(**stored.model_dump(include=set(Document.model_fields)))
        document = documents.get(first) or Document(id=event.id, sha256="")
        report = Report(document=document, claims=claims.get(event.id, []), events=[event])
        rows.append(StoredEventRow(report, event, claims.get(event.id, [])))
    return rows


def write_events(store: Store, events: list[Event], out: TextIO, format: str) -> int:
    """Write linked events as ``json`` (the events and their claims), ``acled``,
    ``ucdp`` or ``geojson``; return the events (features) written."""
    if format == "json":
        claims = store.claims_of([e.id for e in events])
        payload = {
            "schema": SCHEMA,
            "events": [json.loads(e.model_dump_json()) for e in events],
            "claims": [json.loads(c.model_dump_json()) for e in events for c in claims.get(e.id, [])],
        }
        out.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
        return len(events)
    rows = event_rows(store, events)
    if format == "acled":
        return write_table(out, ACLED_COLUMNS, rows)
    if format == "ucdp":
        return write_table(out, UCDP_COLUMNS, rows)
    if format == "geojson":
        located, unlocated = [], []
        for row in rows:
            item = feature(row)
            (located if item["geometry"] is not None else unlocated).append(item)
        json.dump({"type": "FeatureCollection", "features": located, "unlocated": unlocated}, out, ensure_ascii=False)
        out.write("\n")
        return len(located)
    raise ValueError(f"unknown format {format!r}: use one of {', '.join(FORMATS)}")
