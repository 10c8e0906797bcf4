"""GeoJSON: a FeatureCollection of located events, the others listed apart."""

from __future__ import annotations

import io

from fogcount.export import GEOJSON_PROPERTIES, read_geojson, write_geojson


def export(reports):
    out = io.StringIO()
    written = write_geojson(reports, out)
    return written, out.getvalue(), read_geojson(out.getvalue())


def test_located_events_are_points_with_lon_lat(reports):
    written, _, data = export(reports)
    assert data["type"] == "FeatureCollection" and written == len(data["features"]) == 3
    ids = [(f["properties"]["document_id"], f["properties"]["event_id"]) for f in data["features"]]
    assert ids == [("doc-1", "e1"), ("doc-2", "e1"), ("doc-2", "e2")]
    first = data["features"][0]
    assert first["type"] == "Feature" and first["geometry"] == {"type": "Point", "coordinates": [43.7, 33.1]}


def test_events_without_coordinates_are_listed_as_unlocated(reports):
    data = export(reports)[2]
    unlocated = {f["properties"]["event_id"]: f for f in data["unlocated"]}
    assert set(unlocated) == {"e2", "e3"} and all(f["geometry"] is None for f in data["unlocated"])
    assert unlocated["e2"]["properties"]["place_name"] == "Jazeera Khalidiya"
    assert unlocated["e3"]["properties"]["place_name"] is None


def test_properties(reports):
    data = export(reports)[2]
    props = data["features"][0]["properties"]
    assert list(props) == list(GEOJSON_PROPERTIES)
    assert (props["event_type"], props["sub_event_type"]) == ("Battles", "Armed clash")
    assert (props["date_start"], props["date_end"]) == ("2016-06-29", "2016-06-29")
    assert (props["place_name"], props["precision"], props["country"], props["admin1"]) == ("the Hassi area (Al Hassi)", 2, "Iraq", "Anbar")
    assert props["actors"] == ["Islamic State", "Iraqi Army"]
    assert props["figures"][0] == {"category": "people.killed", "role": "combatant", "low": 61, "best": 250,
                                   "high": 250, "independent_sources": 3}
    assert len(props["figures"]) == 4
    region = data["features"][2]["properties"]
    assert region["precision"] == 3 and region["date_end"] == "2016-06-30"


def test_text_is_utf8_not_escaped():
    import datetime as dt

    from fogcount.models import Document, Event, PlaceRef, Report

    place = PlaceRef(text="Al Ḥāṣī", name="Al Ḥāṣī", lat=33.1, lon=43.7, precision=1)
    report = Report(document=Document(id="d", sha256="c" * 64),
                    events=[Event(id="e1", date_start=dt.date(2016, 6, 29), place=place)])
    written, text, data = export([report])
    assert written == 1 and "Al Ḥāṣī" in text and data["features"][0]["properties"]["place_name"] == "Al Ḥāṣī"


def test_no_reports_give_an_empty_collection():
    written, _, data = export([])
    assert written == 0 and data == {"type": "FeatureCollection", "features": [], "unlocated": []}


def test_an_event_dated_on_or_before_a_day_says_so():
    import datetime as dt

    from fogcount.export._common import EventRow
    from fogcount.models import Event

    day = dt.date(2020, 3, 20)
    row = EventRow(report=None, event=Event(id="e1", date_start=day, date_end=day, date_qualifier="on or before"),
                   claims=[])
    assert GEOJSON_PROPERTIES["date_qualifier"][1](row) == "on or before"
