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

* borders: the boundary lines' segments whose first point lies in the tile
  (each segment in exactly one tile: nothing is drawn twice), runs of them as
  lines of ``[lat, lon]`` points, as Leaflet takes them.
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


def tile_of(lon: float, lat: float, zoom: int) -> tuple[int, int]:
    """The tile of zoom ``zoom`` that holds a point (points past the edges: the edge's tiles)."""
    n = 1 << zoom
    lat = max(-MERCATOR_LAT, min(MERCATOR_LAT, lat))
    x = math.floor((lon + 180.0) / 360.0 * n)
    y = math.floor((1.0 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2.0 * n)
    return max(0, min(n - 1, x)), max(0, min(n - 1, y))


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


def borders(zoom: int, x: int, y: int) -> list[list[list[float]]]:
    """The first-level boundary lines of a tile, as lines of [lat, lon] points (each segment in the tile of its
    first point): the vendored tiles it covers, or the runs of the one vendored tile that covers it."""
    if zoom <= BUCKET_ZOOM:
        shift = BUCKET_ZOOM - zoom
        return [line for (bx, by), lines in _border_tiles().items() if bx >> shift == x and by >> shift == y
                for line in lines]
    shift = zoom - BUCKET_ZOOM
    drawn = []
    for points in _border_tiles().get((x >> shift, y >> shift), []):
        run: list[list[float]] = []
        for first, second in zip(points, points[1:]):
            if tile_of(first[1], first[0], zoom) == (x, y):
                run = run or [first]
                run.append(second)
            elif run:
                drawn.append(run)
                run = []
        if run:
            drawn.append(run)
    return drawn


@functools.cache
def _towns() -> list[list]:
    """GeoNames' towns as [name, lat, lon, population], most populous first, read once per process."""
    return json.loads(_vendor("geonames", "places.json"))


def towns(zoom: int, x: int, y: int) -> list[list]:
    """The towns of a tile that a view of zoom ``zoom`` + TILE_LAG labels, most populous first."""
    least = least_population(zoom + TILE_LAG)
    if least is None:
        return []
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
