"""The server-drawn charts: the shipped outline decodes, views fit their points,
tile layers and range charts are what they say."""

from __future__ import annotations

import re

from fogcount.models import Figure
from fogcount.web import svg
from web_reports import fallujah_report, hostile_report, idlib_report


def test_the_shipped_outline_decodes_to_the_countries_of_the_world():
    countries = dict(svg.world_outline())
    assert len(countries) > 170
    iraq = countries["Iraq"]
    lons = [lon for ring in iraq for lon, _ in ring]
    lats = [lat for ring in iraq for _, lat in ring]
    assert 38 < min(lons) < 40 and 47 < max(lons) < 49 and 29 < min(lats) < 30 and 37 < max(lats) < 38


def test_a_view_fits_its_points_and_the_world_without_any():
    view = svg.fit_view([(43.7, 33.1), (36.6, 35.9)])
    for lon, lat in [(43.7, 33.1), (36.6, 35.9)]:
        x, y = view.project(lon, lat)
        assert 0 < x < view.width and 0 < y < view.height
    west, south, east, north = view.lonlat_box()
    assert east - west >= 8  # at least min_span degrees across
    world = svg.fit_view([])
    west, south, east, north = world.lonlat_box()
    assert west <= -179 and east >= 179


def test_map_markers_link_to_their_events_and_escape_their_labels():
    events = [r.events[0] for r in (fallujah_report(), idlib_report(), hostile_report())]
    drawn = str(svg.event_map(events, href=lambda e: f"/events/{e.id}"))
    assert drawn.count('<circle class="marker"') == 3
    assert "<script>" not in drawn and "&lt;script&gt;" in drawn  # Mopti's name carries a script element


def test_tiles_cover_the_view_at_one_zoom():
    events = [idlib_report().events[0]]
    drawn = str(svg.event_map(events, href=lambda e: "#", tile_url="https://t.example/{z}/{x}/{y}.png"))
    tiles = {tuple(map(int, t)) for t in re.findall(r'href="https://t\.example/(\d+)/(\d+)/(\d+)\.png"', drawn)}
    zooms = {z for z, _, _ in tiles}
    assert len(zooms) == 1 and 2 <= len(tiles) <= 30
    zoom = zooms.pop()
    xs, ys = {x for _, x, _ in tiles}, {y for _, _, y in tiles}
    assert xs == set(range(min(xs), max(xs) + 1)) and ys == set(range(min(ys), max(ys) + 1))  # no holes
    assert all(0 <= v < 2 ** zoom for v in xs | ys)
    assert "tiles: t.example" in drawn


def test_range_chart_draws_one_bar_per_claim_and_the_reconciled_bounds():
    report = fallujah_report()
    figure = Figure(category="people.killed", role="combatant", low=61, best=250, high=250)
    drawn = str(svg.range_chart(figure, report.claims))
    assert len(re.findall(r'<rect class="bar ', drawn)) == 3
    assert drawn.count(" partisan") >= 2
    assert ">low 61<" in drawn and ">best = high 250<" in drawn
    ticks = re.findall(r'<text class="tick"[^>]*>([^<]+)<', drawn)
    assert ticks == ["0", "100", "200", "300"]


def test_ticks_are_whole_numbers():
    assert [svg._nice_step(t) for t in (1.15, 3, 24.15, 287.5, 11500)] == [1, 1, 5, 100, 2500]


def test_timeline_has_a_lane_per_type_and_a_mark_per_dated_event():
    events = [r.events[0] for r in (fallujah_report(), idlib_report(), hostile_report())]
    drawn = str(svg.timeline(events, href=lambda e: "#"))
    assert drawn.count('<rect class="span"') == 3
    assert re.findall(r'<text class="lane"[^>]*>([^<]+)<', drawn) == ["Battles", "Explosions/Remote violence"]
    undated = [e.model_copy(update={"date_start": None, "date_end": None}) for e in events]
    assert "No event has a date" in str(svg.timeline(undated, href=lambda e: "#"))
