"""The map's first-level borders and town labels, served a tile at a time.

The vendored layers are large (Natural Earth's first-level boundary lines: 120,000
points, 1.8 MB; GeoNames' towns of 15,000 people or more: 34,000 rows, 1.2 MB),
and a browser that reads either whole spends most of a second parsing and
projecting it, though a view at the zoom where they appear (4 and closer) shows
a small part of the world. So the map asks for the tiles its view covers, in
the usual web-map scheme (Web Mercator, tile ``z/x/y``, x from the
antimeridian eastwards, y from the north): a view of zoom Z reads the tiles of
zoom Z - TILE_LAG (each 512 pixels a side there: a desktop's view is four to
twelve of them, a phone's one to four). Each tile is cut from the vendored file
once per process and kept gzipped; the browser keeps it for a day.

* borders: the boundary lines' segments that may cross the tile (those whose
  box reaches it: the lines are simplified, and a straight border is one
  segment hundreds of kilometres long), runs of them as lines of
  ``[lat, lon]`` points, as Leaflet takes them.
* towns: the towns in the tile that a view of zoom z + TILE_LAG labels (``LABELS``:
  the most populous at the world's zooms, every town from zoom 9), most
  populous first, as ``[name, lat, lon, population]``.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import math
from importlib import resources
from typing import NamedTuple

LAYERS = ("borders", "towns")
TILE_LAG = 1  # a view of zoom Z reads the tiles of zoom Z - TILE_LAG
MAX_TILE_ZOOM = 12  # the map's closest zoom (13) less TILE_LAG
MERCATOR_LAT = 85.0511287798  # Web Mercator's edge: the tiles' north and south
# A view of zoom z labels the towns of at least this many people (the tiles of zoom z - TILE_LAG hold them).
LABELS = ((4, 2_000_000), (5, 700_000), (6, 250_000), (7, 80_000), (8, 30_000), (9, 0))
BORDERS_FROM = 4  # the first zoom of a view that draws first-level borders


class Tile(NamedTuple):
    """A tile's JSON gzipped, and its ETag."""

    gzipped: bytes
    etag: str


def _unit(lon: float, lat: float) -> tuple[float, float]:
    """A point's place on the whole map as fractions of its width and height (x from the antimeridian, y from
    the north): the tile of zoom z holding it is these times 2**z, floored."""
    lat = max(-MERCATOR_LAT, min(MERCATOR_LAT, lat))
    return (lon + 180.0) / 360.0, (1.0 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2.0


def _span(low: float, high: float, zoom: int) -> range:
    n = 1 << zoom
    return range(max(0, min(n - 1, math.floor(low * n))), max(0, min(n - 1, math.floor(high * n))) + 1)


def tile_of(lon: float, lat: float, zoom: int) -> tuple[int, int]:
    """The tile of zoom ``zoom`` that holds a point (points past the edges: the edge's tiles)."""
    u, v = _unit(lon, lat)
    return _span(u, u, zoom)[0], _span(v, v, zoom)[0]


def tile_bounds(zoom: int, x: int, y: int) -> tuple[float, float, float, float]:
    """West, south, east and north (degrees) of a tile."""
    n = 1 << zoom

    def lat(row: int) -> float:
        return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * row / n))))

    return x / n * 360.0 - 180.0, lat(y + 1), (x + 1) / n * 360.0 - 180.0, lat(y)


def least_population(zoom: int) -> int | None:
    """The fewest people a town of a view of ``zoom`` has to be labelled (None: no labels at that zoom)."""
    least = None
    for first, people in LABELS:
        if zoom >= first:
            least = people
    return least


def _vendor(*parts: str) -> str:
    return resources.files("fogcount.web").joinpath("static", "vendor", *parts).read_text(encoding="utf-8")


BUCKET_ZOOM = 6  # the vendored borders come cut into the tiles of this zoom (scripts/build_basemap.py)


def bucketed(lines: list[list[list[float]]], zoom: int = BUCKET_ZOOM) -> dict[str, list[list[list[float]]]]:
    """Lines of [lon, lat] points cut into the tiles of ``zoom`` ("x/y": runs of [lat, lon] points): each segment
    in the tile of its first point, so that no segment is in two tiles. What the map's borders are vendored as."""
    tiles: dict[str, list] = {}
    for points in lines:
        run: list[list[float]] = []
        home = None
        for first, second in zip(points, points[1:]):
            here = tile_of(first[0], first[1], zoom)
            if here != home and run:
                tiles.setdefault("%d/%d" % home, []).append(run)
                run = []
            home = here
            if not run:
                run = [[first[1], first[0]]]
            run.append([second[1], second[0]])
        if run:
            tiles.setdefault("%d/%d" % home, []).append(run)
    return tiles


@functools.cache
def _border_tiles() -> dict[tuple[int, int], list[list[list[float]]]]:
    """The vendored borders by their tile of BUCKET_ZOOM, read once per process."""
    vendored = json.loads(_vendor("natural-earth", "admin1-tiles.json"))
    if vendored["zoom"] != BUCKET_ZOOM:
        raise ValueError(f"admin1-tiles.json is cut at zoom {vendored['zoom']}, not {BUCKET_ZOOM}")
    return {tuple(int(v) for v in key.split("/")): lines for key, lines in vendored["tiles"].items()}


class _Borders(NamedTuple):
    """The vendored lines' points end to end (segment i runs from point i to point i + 1 of one line), each
    point's place on the map (_unit), and under each tile of BUCKET_ZOOM the segments whose box reaches it."""

    points: list[list[float]]  # [lat, lon], as served
    units: list[tuple[float, float]]
    near: dict[tuple[int, int], list[int]]


@functools.cache
def _borders() -> _Borders:
    points: list[list[float]] = []
    units: list[tuple[float, float]] = []
    near: dict[tuple[int, int], list[int]] = {}
    top = (1 << BUCKET_ZOOM) - 1
    for line in (line for lines in _border_tiles().values() for line in lines):
        base = len(points)
        points.extend(line)
        cells = []
        for lat, lon in line:
            u, v = _unit(lon, lat)
            units.append((u, v))
            cells.append((min(top, int(u * (top + 1))), min(top, int(v * (top + 1)))))
        for i, (a, b) in enumerate(zip(cells, cells[1:]), start=base):
            if a == b:  # most segments: within one tile
                near.setdefault(a, []).append(i)
                continue
            for x in range(min(a[0], b[0]), max(a[0], b[0]) + 1):
                for y in range(min(a[1], b[1]), max(a[1], b[1]) + 1):
                    near.setdefault((x, y), []).append(i)
    return _Borders(points, units, near)


def _reaches(found: _Borders, i: int, zoom: int, x: int, y: int) -> bool:
    """Whether the box of segment ``i`` reaches tile ``zoom/x/y``."""
    (u1, v1), (u2, v2) = found.units[i], found.units[i + 1]
    return x in _span(min(u1, u2), max(u1, u2), zoom) and y in _span(min(v1, v2), max(v1, v2), zoom)


def borders(zoom: int, x: int, y: int) -> list[list[list[float]]]:
    """The first-level boundary lines that may cross a tile, as lines of [lat, lon] points: every segment whose
    box reaches the tile (a long straight border crossing a view from a point far outside it is drawn; a
    segment in two tiles is drawn over itself, which does not show), consecutive ones joined."""
    found = _borders()
    if zoom <= BUCKET_ZOOM:
        shift = BUCKET_ZOOM - zoom
        ids = sorted({i for (bx, by), near in found.near.items() if bx >> shift == x and by >> shift == y
                      for i in near})
    else:
        shift = zoom - BUCKET_ZOOM
        ids = [i for i in found.near.get((x >> shift, y >> shift), []) if _reaches(found, i, zoom, x, y)]
    drawn: list[list[list[float]]] = []
    last = None
    for i in ids:  # segments i - 1 and i both listed: one line's points i - 1, i and i + 1
        if last == i - 1:
            drawn[-1].append(found.points[i + 1])
        else:
            drawn.append([found.points[i], found.points[i + 1]])
        last = i
    return drawn


@functools.cache
def _towns() -> list[list]:
    """GeoNames' towns as [name, lat, lon, population], most populous first, read once per process."""
    return json.loads(_vendor("geonames", "places.json"))


@functools.cache
def _towns_by_tile() -> dict[tuple[int, int], list[list]]:
    """The towns under each tile of BUCKET_ZOOM, most populous first: where a finer tile looks for its own."""
    by_tile: dict[tuple[int, int], list[list]] = {}
    for town in _towns():
        by_tile.setdefault(tile_of(town[2], town[1], BUCKET_ZOOM), []).append(town)
    return by_tile


def towns(zoom: int, x: int, y: int) -> list[list]:
    """The towns of a tile that a view of zoom ``zoom`` + TILE_LAG labels, most populous first."""
    least = least_population(zoom + TILE_LAG)
    if least is None:
        return []
    if zoom >= BUCKET_ZOOM:  # only the towns of its tile of BUCKET_ZOOM (every town from zoom 9: no early stop)
        shift = zoom - BUCKET_ZOOM
        return [town for town in _towns_by_tile().get((x >> shift, y >> shift), [])
                if town[3] >= least and tile_of(town[2], town[1], zoom) == (x, y)]
    west, south, east, north = tile_bounds(zoom, x, y)
    last = (1 << zoom) - 1
    found = []
    for town in _towns():
        if town[3] < least:
            break
        lat, lon = town[1], town[2]
        # the tile's own test decides; the bounds (a hair wider) only pass over the towns far from it
        if (x == 0 or lon > west - 1e-6) and (x == last or lon < east + 1e-6) and \
                (y == last or lat > south - 1e-6) and (y == 0 or lat < north + 1e-6) and tile_of(lon, lat, zoom) == (x, y):
            found.append(town)
    return found


def valid(layer: str, zoom: int, x: int, y: int) -> bool:
    """Whether ``layer/zoom/x/y`` names a tile the map can ask for."""
    return layer in LAYERS and 0 <= zoom <= MAX_TILE_ZOOM and 0 <= x < (1 << zoom) and 0 <= y < (1 << zoom)


@functools.lru_cache(maxsize=1024)
def tile(layer: str, zoom: int, x: int, y: int) -> Tile:
    """A tile of ``layer`` (a valid one) as JSON, gzipped once per process."""
    rows = borders(zoom, x, y) if layer == "borders" else towns(zoom, x, y)
    body = json.dumps(rows, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return Tile(gzip.compress(body, compresslevel=6, mtime=0), f'"{hashlib.blake2b(body, digest_size=8).hexdigest()}"')


def client_settings() -> dict:
    """What the map's script needs to ask for tiles (the events page puts it in the map's data-basemap)."""
    return {"url": "/map/{layer}/{z}/{x}/{y}.json", "lag": TILE_LAG, "max": MAX_TILE_ZOOM, "borders": BORDERS_FROM,
            "labels": LABELS[0][0]}


__all__ = ["client_settings", "TILE_LAG", "LAYERS", "LABELS", "BORDERS_FROM", "MAX_TILE_ZOOM", "Tile", "tile", "tile_of", "tile_bounds", "borders",
           "towns", "valid", "least_population"]
