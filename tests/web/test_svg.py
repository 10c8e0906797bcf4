"""The server-drawn charts: range charts (bars, dots, labels) and the timeline
are what they say."""

from __future__ import annotations

import datetime as dt
import re

from fogcount.models import Document, Figure
from fogcount.store import EventPoint
from fogcount.web import svg
from web_reports import fallujah_report, hostile_report, idlib_report


def test_range_chart_draws_one_bar_per_claim_and_the_reconciled_bounds():
    report = fallujah_report()
    figure = Figure(category="people.killed", role="combatant", low=61, best=250, high=250)
    drawn = str(svg.range_chart(figure, report.claims))
    assert len(re.findall(r'<rect class="bar ', drawn)) == 3
    assert drawn.count(" partisan") >= 2
    assert ">low 61<" in drawn and ">best = high 250<" in drawn
    ticks = re.findall(r'<text class="tick"[^>]*>([^<]+)<', drawn)
    assert ticks == ["0", "100", "200", "300"]


def test_a_claim_of_one_number_is_a_dot_not_a_sliver():
    report = idlib_report()  # "12" and "nine": one number each
    drawn = str(svg.range_chart(Figure(category="people.killed", low=9, best=12, high=12), report.claims))
    assert len(re.findall(r'<circle class="dot kind-', drawn)) == 2 and '<rect class="bar' not in drawn


def test_bars_name_the_speaker_and_the_reports_outlet_and_day():
    report = fallujah_report()
    documents = {"fallujah": Document(id="fallujah", sha256="0" * 64, outlet="Test Wire", published=dt.date(2016, 6, 30))}
    claim = report.claims[0].model_copy(update={"id": "fallujah:c1", "source": None})
    assert svg.claim_label(claim, documents) == ("no source named", "Test Wire · 2016-06-30")
    assert svg.claim_label(claim.model_copy(update={"id": "gone:c1"}), documents) == ("no source named", "gone")
    long = report.claims[1].model_copy(update={"source": report.claims[1].source.model_copy(
        update={"speaker": "The spokesman of the regional military command of the western provinces"})})
    drawn = str(svg.range_chart(Figure(category="people.killed"), [long],
                                label=lambda c: (c.source.speaker, "Test Wire · 2016-06-30")))
    assert ">The spokesman of the regional militar…<title>" in drawn  # clipped on the chart ...
    assert "The spokesman of the regional military command of the western provinces ⚑ · Test Wire" in drawn  # whole


def test_ticks_are_whole_numbers():
    assert [svg._nice_step(t) for t in (1.15, 3, 24.15, 287.5, 11500)] == [1, 1, 5, 100, 2500]


def _point(event) -> EventPoint:
    return EventPoint(event.id, event.date_start, event.date_end, event.event_type, event.sub_event_type,
                      event.place.text, event.place.name, event.place.country, event.place.lat, event.place.lon, None)


def test_timeline_has_a_lane_per_type_and_a_mark_per_dated_event():
    events = [_point(r.events[0]) for r in (fallujah_report(), idlib_report(), hostile_report())]
    drawn = str(svg.timeline(events, href=lambda e: "#"))
    assert drawn.count('<rect class="span"') == 3
    assert re.findall(r'<text class="lane"[^>]*>([^<]+)<', drawn) == ["Battles", "Explosions/Remote violence"]
    assert "&lt;script&gt;" in drawn and "<script>" not in drawn  # Mopti's name carries a script element
    undated = [e._replace(date_start=None, date_end=None) for e in events]
    assert "No event has a date" in str(svg.timeline(undated, href=lambda e: "#"))


def test_a_timeline_of_counts_draws_every_event_as_bars_and_the_marks_over_them():
    import datetime as dt

    first = dt.date(2016, 1, 1)
    days = [("Battles", first + dt.timedelta(days=n), 1 + n % 3) for n in range(0, 1800, 2)] + \
           [("Riots", dt.date(2018, 6, 1), 1), ("Riots", dt.date(2018, 6, 2), 300)]
    marked = [_point(fallujah_report().events[0])]
    drawn = str(svg.timeline(marked, counted=svg.counts(days), href=lambda e: "#"))
    assert re.findall(r'<text class="lane"[^>]*>([^<]+)<', drawn) == ["Battles", "Riots"]
    battles = sum(count for kind, _, count in days if kind == "Battles")
    step = svg.bin_days(first - dt.timedelta(days=1), dt.date(2020, 12, 4))
    assert step == 8 and f"Battles: {battles:,} events (a bar: 8 days)" in drawn
    assert "Riots: 301 events" in drawn
    outlines = {kind: path for path, kind in re.findall(r'<path class="counts" d="([^"]+)"><title>(\w+)', drawn)}
    tops = {kind: [float(top) for top in re.findall(r"V([\d.]+)H", path)] for kind, path in outlines.items()}
    base = {kind: float(re.match(r"M[\d.]+ ([\d.]+)", path).group(1)) for kind, path in outlines.items()}
    assert len(tops["Riots"]) == 1 and svg.MOST_BINS >= len(tops["Battles"]) > 200  # a bar per stretch of 8 days
    assert base["Riots"] - tops["Riots"][0] == 24  # the tallest bar fills its lane
    assert min(base["Battles"] - top for top in tops["Battles"]) >= 1.5  # and a bar of one event shows
    assert drawn.count('<rect class="span"') == 1  # the mark, over the bars
    assert f'aria-label="Timeline of {battles + 301} events"' in drawn
