"""The map's borders and town labels, a tile at a time (web/basemap.py), and their route."""

from __future__ import annotations

import gzip
import json

import pytest
from fastapi.testclient import TestClient

from fogcount.web import basemap, create_app


def test_a_point_is_in_the_tile_whose_bounds_hold_it():
    for lon, lat in ((36.63, 35.93), (-8.0, 12.0), (179.99, -16.5), (-179.99, 65.0), (0.0, 0.0)):
        for zoom in (0, 3, 8, basemap.MAX_TILE_ZOOM):
            x, y = basemap.tile_of(lon, lat, zoom)
            west, south, east, north = basemap.tile_bounds(zoom, x, y)
            assert west <= lon <= east and south <= lat <= north, (lon, lat, zoom)
    assert basemap.tile_of(181.5, 89.0, 2) == (3, 0)  # past the map's edges: the edge's tiles
    assert basemap.tile_of(36.63, 35.93, 1) == (1, 0)


def test_lines_are_cut_so_that_each_segment_is_in_the_tile_of_its_first_point():
    line = [[-10.0, 10.0], [10.0, 10.0], [10.0, -10.0], [-10.0, -10.0]]  # [lon, lat]: across four tiles of zoom 1
    tiles = basemap.bucketed([line], zoom=1)
    assert tiles == {"0/0": [[[10.0, -10.0], [10.0, 10.0]]], "1/0": [[[10.0, 10.0], [-10.0, 10.0]]],
                     "1/1": [[[-10.0, 10.0], [-10.0, -10.0]]]}


def _pairs(lines) -> set[tuple[tuple[float, ...], tuple[float, ...]]]:
    return {(tuple(first), tuple(second)) for line in lines for first, second in zip(line, line[1:])}


def test_the_vendored_borders_are_every_segment_at_every_zoom_and_once_in_the_world():
    every = _pairs(line for lines in basemap._border_tiles().values() for line in lines)
    assert len(every) > 50_000  # Natural Earth's first-level lines, about the 1:50m scale
    assert _pairs(basemap.borders(0, 0, 0)) == every
    for zoom in (2, basemap.BUCKET_ZOOM, basemap.BUCKET_ZOOM + 2):
        n = 1 << zoom
        tiles = [(x, y) for x in range(n) for y in range(n)] if zoom <= basemap.BUCKET_ZOOM else \
            [(x, y) for x in range(n // 2, n // 2 + 8) for y in range(n // 4, n // 4 + 8)]
        for x, y in tiles:  # every segment a tile holds has its box over the tile
            west, south, east, north = basemap.tile_bounds(zoom, x, y)
            for (lat1, lon1), (lat2, lon2) in _pairs(basemap.borders(zoom, x, y)):
                assert min(lon1, lon2) <= east + 1e-9 and max(lon1, lon2) >= west - 1e-9
                assert min(lat1, lat2) <= north + 1e-9 and max(lat1, lat2) >= south - 1e-9
        if zoom <= basemap.BUCKET_ZOOM:
            assert set().union(*(_pairs(basemap.borders(zoom, x, y)) for x, y in tiles)) == every


def test_a_long_straight_border_is_in_every_tile_it_crosses():
    # Wyoming and Colorado: one segment along 41 N from 109.05 W to 104.05 W; its middle is far from both ends
    zoom = 8
    x, y = basemap.tile_of(-106.5, 41.0 + 1e-3, zoom)
    assert basemap.tile_of(-109.05, 41.0, zoom)[0] < x - 1
    crossing = [pair for pair in _pairs(basemap.borders(zoom, x, y)) if abs(pair[0][0] - 41.0) < 0.02
                and abs(pair[1][0] - 41.0) < 0.02 and min(pair[0][1], pair[1][1]) < -106.5 < max(pair[0][1], pair[1][1])]
    assert crossing


def test_a_tile_of_borders_is_lines_of_lat_lon_points_around_that_tile():
    zoom = 5
    x, y = basemap.tile_of(44.4, 33.3, zoom)  # Baghdad
    west, south, east, north = basemap.tile_bounds(zoom, x, y)
    lines = basemap.borders(zoom, x, y)
    assert lines and all(len(line) >= 2 for line in lines)
    inside = [point for line in lines for point in line if south <= point[0] <= north and west <= point[1] <= east]
    assert len(inside) > 100  # Iraq's provinces


def test_a_tile_of_towns_holds_those_its_zoom_labels_most_populous_first():
    view = 4  # a world view labels the largest cities only
    zoom = view - basemap.TILE_LAG
    n = 1 << zoom
    every = [town for x in range(n) for y in range(n) for town in basemap.towns(zoom, x, y)]
    least = basemap.least_population(view)
    assert least == 2_000_000
    assert sorted(map(tuple, every)) == sorted(tuple(t) for t in basemap._towns() if t[3] >= least)
    x, y = basemap.tile_of(44.4, 33.3, zoom)
    theirs = basemap.towns(zoom, x, y)
    assert "Baghdad" in [town[0] for town in theirs]
    assert [town[3] for town in theirs] == sorted((town[3] for town in theirs), reverse=True)
    assert basemap.towns(1, 1, 0) == []  # a view of zoom 2 labels no town
    zoom = 9 - basemap.TILE_LAG  # from zoom 9 every town
    x, y = basemap.tile_of(44.4, 33.3, zoom)
    theirs = basemap.towns(zoom, x, y)
    assert theirs == [town for town in basemap._towns() if basemap.tile_of(town[2], town[1], zoom) == (x, y)]
    assert any(town[3] < 30_000 for town in theirs)


@pytest.fixture(scope="module")
def client(store):
    return TestClient(create_app(store))


def test_tiles_are_served_gzipped_kept_by_the_browser_and_304_when_held(client):
    x, y = basemap.tile_of(44.4, 33.3, 3)
    answer = client.get(f"/map/borders/3/{x}/{y}.json", headers={"accept-encoding": "gzip"})
    assert answer.status_code == 200 and answer.headers["content-encoding"] == "gzip"
    assert answer.headers["cache-control"] == "public, max-age=86400"
    assert answer.json() == basemap.borders(3, x, y)
    assert json.loads(gzip.decompress(basemap.tile("borders", 3, x, y).gzipped)) == answer.json()
    again = client.get(f"/map/borders/3/{x}/{y}.json", headers={"if-none-match": answer.headers["etag"]})
    assert again.status_code == 304 and again.content == b""
    plain = client.get(f"/map/towns/3/{x}/{y}.json", headers={"accept-encoding": "identity"})
    assert "content-encoding" not in plain.headers and "Baghdad" in [town[0] for town in plain.json()]
    assert plain.headers["content-security-policy"]


@pytest.mark.parametrize("path", ["/map/roads/3/4/3.json", "/map/towns/x/4/3.json", "/map/towns/3/8/3.json",
                                  "/map/towns/3/-1/3.json", f"/map/borders/{basemap.MAX_TILE_ZOOM + 1}/0/0.json"])
def test_a_tile_that_is_none_is_a_json_404(client, path):
    answer = client.get(path)
    assert answer.status_code == 404 and "no map tile" in answer.json()["detail"]  # the page's script reads JSON


def test_the_maps_say_how_to_ask_for_tiles(client, event_id_of):
    import html
    import re

    for path in ("/events", f"/events/{event_id_of('fallujah')}"):
        found = re.search(r'data-basemap="([^"]+)"', client.get(path).text)
        assert json.loads(html.unescape(found.group(1))) == basemap.client_settings(), path
