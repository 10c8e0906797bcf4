"""GeoJSON (``--format geojson``): a FeatureCollection with one Point per
event whose place has coordinates ([lon, lat], RFC 7946).

Events without coordinates are not dropped: they are listed, with the same
properties, in the collection's top-level ``unlocated`` member (a foreign
member, which GeoJSON readers ignore).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from fogcount.export._common import EventRow, country_name, event_rows
from fogcount.gazetteer.labels import place_label
from fogcount.models import Report


def _place(row: EventRow, attr: str):
    return getattr(row.event.place, attr) if row.event.place is not None else None


def _date(value):
    return value.isoformat() if value is not None else None


def _figures(row: EventRow) -> list[dict]:
    return [
        {"category": f.category, "role": f.role, "low": f.low, "best": f.best, "high": f.high,
         "independent_sources": f.independent_sources}
        for f in row.event.figures
    ]


# Each feature's properties: name -> (how it is filled, what fills it).
GEOJSON_PROPERTIES: dict[str, tuple[str, object]] = {
    "document_id": ("the document's id", lambda r: r.document_id),
    "event_id": ("the event's id within its document ('e1')", lambda r: r.event.id),
    "event_type": ("ACLED event type", lambda r: r.event.event_type),
    "sub_event_type": ("ACLED sub-event type", lambda r: r.event.sub_event_type),
    "date_start": ("first day, YYYY-MM-DD, or null", lambda r: _date(r.event.date_start)),
    "date_end": ("last day, YYYY-MM-DD, or null", lambda r: _date(r.event.date_end)),
    "date_qualifier": ("'on or before' where the report gives only a later act's day (the happening was on or "
                       "before date_end), else null", lambda r: r.event.date_qualifier),
    "place_name": ("the place as the text spells it, with the gazetteer's name in parentheses where it differs "
                   "('Saraqeb (Saraqib)')", lambda r: place_label(r.event.place) or None),
    "place_text": ("the place as written", lambda r: _place(r, "text")),
    "precision": ("1 town, 2 near a town or part of a region, 3 region", lambda r: _place(r, "precision")),
    "country": ("country name of the place's ISO code", lambda r: country_name(_place(r, "country"))),
    "admin1": ("first-level division", lambda r: _place(r, "admin1")),
    "actors": ("the event's actors, a list", lambda r: list(r.event.actors)),
    "figures": ("the reconciled figures: category, role, low, best, high, independent_sources", _figures),
}


def feature(row: EventRow) -> dict:
    """One event as a GeoJSON Feature (geometry null when it has no point)."""
    place = row.event.place
    geometry = None
    if place is not None and place.lat is not None and place.lon is not None:
        geometry = {"type": "Point", "coordinates": [place.lon, place.lat]}
    properties = {name: get(row) for name, (_, get) in GEOJSON_PROPERTIES.items()}
    return {"type": "Feature", "geometry": geometry, "properties": properties}


def collection(reports: Iterable[Report]) -> dict:
    """The FeatureCollection: located events in ``features``, the others in
    ``unlocated``."""
    located, unlocated = [], []
    for row in event_rows(reports):
        item = feature(row)
        (located if item["geometry"] is not None else unlocated).append(item)
    return {"type": "FeatureCollection", "features": located, "unlocated": unlocated}


def write_geojson(reports: Iterable[Report], out: TextIO) -> int:
    """Write ``reports``' events as a GeoJSON FeatureCollection (UTF-8 text,
    not escaped); return the number of features (located events) written."""
    data = collection(reports)
    json.dump(data, out, ensure_ascii=False)
    out.write("\n")
    return len(data["features"])


def read_geojson(text: str) -> dict:
    """Read a GeoJSON export back."""
    return json.loads(text)
