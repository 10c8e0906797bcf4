"""The UCDP GED layout, round-tripped through csv: best / low / high over
roles, deaths by side and by role, precision codes, sources."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from fogcount.export import UCDP_COLUMNS, read_ucdp, write_ucdp
from fogcount.export._common import EventRow
from fogcount.export.ucdp import date_prec
from fogcount.models import Event

GED_ORDER = (
    "id, year, type_of_violence, conflict_name, dyad_name, side_a, side_b, number_of_sources, source_article, "
    "source_office, source_date, source_headline, source_original, where_prec, where_coordinates, "
    "where_description, adm_1, adm_2, latitude, longitude, geom_wkt, country, region, event_clarity, date_prec, "
    "date_start, date_end, deaths_a, deaths_b, deaths_civilians, deaths_unknown, best, low, high"
).split(", ")


def rows_of(reports) -> dict[str, dict[str, str]]:
    out = io.StringIO()
    assert write_ucdp(reports, out) == 5
    rows = read_ucdp(out.getvalue())
    assert list(rows[0]) == [c.name for c in UCDP_COLUMNS]
    return {r["id"]: r for r in rows}


def test_columns_are_document_id_then_ged_fields_in_geds_order():
    names = [c.name for c in UCDP_COLUMNS]
    assert names[0] == "document_id"
    assert all(n in GED_ORDER for n in names[1:])
    assert names[1:] == sorted(names[1:], key=GED_ORDER.index)
    for name in ("best", "low", "high", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "where_prec",
                 "date_prec", "date_start", "date_end", "source_article", "source_office", "source_date",
                 "source_headline", "source_original", "number_of_sources", "latitude", "longitude",
                 "where_description", "adm_1", "country", "event_clarity"):
        assert name in names, name


def test_deaths_are_sums_over_roles(reports):
    row = rows_of(reports)["doc-1-e1"]
    assert (row["best"], row["low"], row["high"]) == ("277", "88", "352")  # 250+24+3, 61+24+3, 250+99+3
    assert (row["side_a"], row["deaths_a"]) == ("Islamic State", "250")
    assert (row["side_b"], row["deaths_b"]) == ("Iraqi Army", "3")
    assert (row["deaths_civilians"], row["deaths_unknown"]) == ("24", "0")


def test_unbounded_high_and_unattributable_sides_are_empty(reports):
    row = rows_of(reports)["doc-1-e2"]
    assert (row["best"], row["low"], row["high"]) == ("200", "200", "")
    assert (row["deaths_unknown"], row["deaths_civilians"]) == ("200", "0")
    assert row["deaths_a"] == row["side_b"] == row["deaths_b"] == ""


def test_an_event_without_killed_figures_has_empty_deaths(reports):
    row = rows_of(reports)["doc-1-e3"]
    for column in ("best", "low", "high", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown",
                   "where_prec", "date_prec", "date_start", "latitude", "country", "event_clarity"):
        assert row[column] == "", column


def test_place_and_date_codes(reports):
    rows = rows_of(reports)
    e1 = rows["doc-1-e1"]
    assert (e1["where_prec"], e1["date_prec"], e1["date_start"], e1["date_end"]) == ("2", "1", "2016-06-29", "2016-06-29")
    assert (e1["latitude"], e1["longitude"], e1["geom_wkt"]) == ("33.1", "43.7", "POINT (43.7 33.1)")
    assert (e1["where_description"], e1["adm_1"], e1["country"]) == ("the Hassi area", "Anbar", "Iraq")
    assert (rows["doc-1-e2"]["date_prec"], rows["doc-1-e2"]["geom_wkt"]) == ("2", "")
    region = rows["doc-2-e2"]
    assert (region["where_prec"], region["date_prec"], region["best"]) == ("4", "4", "7")
    assert rows["doc-2-e1"]["date_end"] == "2016-06-29"  # no end: the start


def test_sources_of_the_document_and_the_claims(reports):
    rows = rows_of(reports)
    e1 = rows["doc-1-e1"]
    assert e1["source_date"] == "2016-06-30"
    assert e1["source_headline"] == 'Iraqi forces "rout" IS near Fallujah, officials say'
    assert e1["source_article"] == ('The "Fog" Gazette, Baghdad, 2016-06-30, '
                                    '"Iraqi forces "rout" IS near Fallujah, officials say", https://example.org/a')
    assert e1["source_office"] == 'Reuters; a Ministry of Defense video; Al-Sabah; The "Fog" Gazette, Baghdad'
    assert e1["source_original"] == "U.S. officials; Gen. Hamed Al-Maliki; Karim al-Nuri"
    assert e1["number_of_sources"] == "4"  # three origins and the article's own authority
    assert rows["doc-2-e2"]["number_of_sources"] == "2"  # claims elsewhere: the figures' count
    assert rows["doc-2-e1"]["source_article"] == rows["doc-2-e1"]["source_office"] == ""


@pytest.mark.parametrize(("days", "expected"), [(1, 1), (2, 2), (6, 2), (7, 3), (8, 4), (31, 4), (32, 5), (365, 5)])
def test_date_prec_from_the_span(days, expected):
    start = dt.date(2020, 1, 1)
    event = Event(id="e1", date_start=start, date_end=start + dt.timedelta(days=days - 1))
    assert date_prec(EventRow(report=None, event=event, claims=[])) == expected


def test_type_of_violence_is_the_events():
    from fogcount.models import Document, Report

    report = Report(document=Document(id="d1", sha256="0" * 64), events=[
        Event(id="e1", event_type="Battles", sub_event_type="Armed clash", type_of_violence=1),
        Event(id="e2", event_type="Protests", sub_event_type="Peaceful protest"),
    ])
    out = io.StringIO()
    write_ucdp([report], out)
    rows = {r["id"]: r for r in read_ucdp(out.getvalue())}
    assert rows["d1-e1"]["type_of_violence"] == "1" and rows["d1-e2"]["type_of_violence"] == ""


def test_an_event_dated_on_or_before_a_day_spans_from_its_open_start():
    """GED's date_start and date_end are the earliest and the latest days an event can have: one dated
    "on or before" a day (a later act's) spans link.toml's bound_days before it, with its date_prec."""
    from fogcount.export.ucdp import first_day
    from fogcount.stages.link import rules

    day = dt.date(2020, 3, 20)
    bound = EventRow(report=None, event=Event(id="e1", date_start=day, date_end=day, date_qualifier="on or before"),
                     claims=[])
    assert first_day(bound) == day - dt.timedelta(days=rules().bound_days) and date_prec(bound) == 5
    exact = EventRow(report=None, event=Event(id="e1", date_start=day, date_end=day), claims=[])
    assert (first_day(exact), date_prec(exact)) == (day, 1)
