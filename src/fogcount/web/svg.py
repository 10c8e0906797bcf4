"""Charts drawn on the server as inline SVG: the events map, the timeline and
the range chart of a figure. No script and no network: the map's outline is
the Natural Earth 110m countries the package ships, and a tile layer is added
only where a tile URL is configured.

Every text that comes from a document goes through ``markupsafe.escape``;
each function returns ``Markup`` ready for a template.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from markupsafe import Markup, escape

from ..models import Claim, Event, Figure
from ..quantities import format_interval

OUTLINE = ("vendor", "world-atlas", "countries-110m.json")
MAX_LAT = 80.0  # the map never reaches the poles (Mercator)


# ---------------------------------------------------------------- the outline


@functools.lru_cache(maxsize=1)
def world_outline() -> list[tuple[str, list[list[tuple[float, float]]]]]:
    """(country name, rings of (lon, lat)) of every country, decoded from the shipped TopoJSON."""
    path = resources.files("fogcount.web").joinpath("static", *OUTLINE)
    topology = json.loads(path.read_text("utf-8"))
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

    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = {"Polygon": [geometry.get("arcs", [])], "MultiPolygon": geometry.get("arcs", [])}.get(
            geometry.get("type"), [])
        rings = [ring(r) for polygon in polygons for r in polygon]
        countries.append(((geometry.get("properties") or {}).get("name", ""), [r for r in rings if len(r) > 2]))
    return countries


def _mercator(lon: float, lat: float) -> tuple[float, float]:
    """(x, y) in 0..1 across the world, y downwards (Web Mercator, as map tiles use)."""
    lat = max(-85.0, min(85.0, lat))
    phi = math.radians(lat)
    return (lon + 180.0) / 360.0, (1.0 - math.log(math.tan(phi) + 1.0 / math.cos(phi)) / math.pi) / 2.0


@dataclass(frozen=True)
class View:
    """What part of the world a map shows: world x0, y0 (0..1) at the top left and pixels per world unit."""

    width: int
    height: int
    x0: float
    y0: float
    scale: float

    def project(self, lon: float, lat: float) -> tuple[float, float]:
        x, y = _mercator(lon, lat)
        return (x - self.x0) * self.scale, (y - self.y0) * self.scale

    def lonlat_box(self) -> tuple[float, float, float, float]:
        """West, south, east, north of the view."""
        def lon(x):
            return x * 360.0 - 180.0

        def lat(y):
            return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y))))

        x1, y1 = self.x0 + self.width / self.scale, self.y0 + self.height / self.scale
        return lon(self.x0), lat(y1), lon(x1), lat(self.y0)


def fit_view(points: Sequence[tuple[float, float]], *, width: int = 960, height: int = 440,
             min_span: float = 8.0) -> View:
    """A view around (lon, lat) points with a margin, at least ``min_span`` degrees wide; the world without points."""
    if points:
        lons = [p[0] for p in points]
        lats = [max(-MAX_LAT, min(MAX_LAT, p[1])) for p in points]
        west, east, south, north = min(lons), max(lons), min(lats), max(lats)
        pad_lon = max((east - west) * 0.25, (min_span - (east - west)) / 2, 0)
        pad_lat = max((north - south) * 0.25, (min_span / 2 - (north - south)) / 2, 0)
        west, east = max(-180.0, west - pad_lon), min(180.0, east + pad_lon)
        south, north = max(-MAX_LAT, south - pad_lat), min(MAX_LAT, north + pad_lat)
    else:
        west, east, south, north = -180.0, 180.0, -58.0, MAX_LAT
    (ax, ay), (bx, by) = _mercator(west, north), _mercator(east, south)
    scale = min(width / max(bx - ax, 1e-9), height / max(by - ay, 1e-9))
    cx, cy = (ax + bx) / 2, (ay + by) / 2
    x0 = min(max(cx - width / scale / 2, 0.0), max(1.0 - width / scale, 0.0))
    return View(width, height, x0, cy - height / scale / 2, scale)


def _ring_path(view: View, ring: list[tuple[float, float]]) -> str:
    points = [view.project(lon, lat) for lon, lat in ring]
    head = f"M{points[0][0]:.1f} {points[0][1]:.1f}"
    return head + "".join(f"L{x:.1f} {y:.1f}" for x, y in points[1:]) + "Z"


def _tiles(view: View, tile_url: str) -> list[str]:
    """<image> elements of the map tiles covering the view, at the zoom nearest its scale."""
    zoom = max(0, min(18, math.floor(math.log2(max(view.scale / 256.0, 1.0)))))
    count = 2 ** zoom
    size = view.scale / count  # pixels per tile in the view
    first_x, first_y = math.floor(view.x0 * count), max(0, math.floor(view.y0 * count))
    last_x = min(count - 1, math.floor((view.x0 + view.width / view.scale) * count))
    last_y = min(count - 1, math.floor((view.y0 + view.height / view.scale) * count))
    images = []
    for tx in range(max(0, first_x), last_x + 1):
        for ty in range(first_y, last_y + 1):
            href = tile_url.replace("{z}", str(zoom)).replace("{x}", str(tx)).replace("{y}", str(ty))
            images.append(f'<image href="{escape(href)}" x="{(tx / count - view.x0) * view.scale:.1f}" '
                          f'y="{(ty / count - view.y0) * view.scale:.1f}" width="{size + 0.5:.1f}" '
                          f'height="{size + 0.5:.1f}" preserveAspectRatio="none"/>')
    return images


def _figure_size(event: Event) -> int:
    """The largest best figure of the event's people figures (0 without one), for the marker's size."""
    bests = [f.best for f in event.figures if f.best is not None and f.category.startswith("people.")]
    return max(bests, default=0)


def on_map(event: Event) -> bool:
    """Whether the map can draw the event: its place has coordinates."""
    return event.place is not None and event.place.lat is not None and event.place.lon is not None


def event_map(events: Sequence[Event], *, href, tile_url: str | None = None, width: int = 960,
              height: int = 440) -> Markup:
    """The events with a place on the map, over the world outline (and tiles where configured).
    ``href(event)`` gives each marker's link."""
    placed = [e for e in events if on_map(e)]
    view = fit_view([(e.place.lon, e.place.lat) for e in placed], width=width, height=height)
    west, south, east, north = view.lonlat_box()
    parts = [f'<svg class="map" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="Map of {len(placed)} events" xmlns="http://www.w3.org/2000/svg">',
             f'<rect class="sea" width="{width}" height="{height}"/>']
    if tile_url:
        parts.append('<g class="tiles">' + "".join(_tiles(view, tile_url)) + "</g>")
    parts.append('<g class="land">')
    for name, rings in world_outline():
        paths = []
        for ring in rings:
            lons, lats = [p[0] for p in ring], [p[1] for p in ring]
            if max(lons) < west or min(lons) > east or max(lats) < south or min(lats) > north:
                continue
            paths.append(_ring_path(view, ring))
        if paths:
            parts.append(f'<path d="{"".join(paths)}"><title>{escape(name)}</title></path>')
    parts.append("</g><g class=\"markers\">")
    for event in sorted(placed, key=_figure_size, reverse=True):  # small markers on top
        x, y = view.project(event.place.lon, event.place.lat)
        radius = 5 + min(14.0, math.sqrt(_figure_size(event)) / 2)
        label = " · ".join(x for x in (event.date_start.isoformat() if event.date_start else None,
                                        event.place.name or event.place.text, event.event_type) if x)
        parts.append(f'<a href="{escape(href(event))}" data-event="{escape(event.id)}">'
                     f'<circle class="marker" cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}">'
                     f"<title>{escape(label)}</title></circle></a>")
    parts.append("</g>")
    if tile_url:
        parts.append(f'<text class="attribution" x="{width - 4}" y="{height - 4}" text-anchor="end">'
                     f"tiles: {escape(_host(tile_url))}</text>")
    parts.append("</svg>")
    return Markup("".join(parts))


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).netloc or url


# ---------------------------------------------------------------- the timeline


def _date_ticks(first: dt.date, last: dt.date, count: int = 6) -> list[dt.date]:
    days = max((last - first).days, 1)
    step = max(1, round(days / count))
    return [first + dt.timedelta(days=i) for i in range(0, days + 1, step)]


def timeline(events: Sequence[Event], *, href, width: int = 960, lane_height: int = 26) -> Markup:
    """One lane per event type, one mark per event from its first to its last day."""
    dated = [e for e in events if e.date_start is not None]
    if not dated:
        return Markup('<p class="empty">No event has a date.</p>')
    first = min(e.date_start for e in dated)
    last = max(e.date_end or e.date_start for e in dated)
    first, last = first - dt.timedelta(days=1), last + dt.timedelta(days=1)
    lanes = sorted({e.event_type or "unknown type" for e in dated})
    left, right, top = 190, 50, 10
    height = top + lane_height * len(lanes) + 30
    span = max((last - first).days, 1)

    def x(day: dt.date) -> float:
        return left + (day - first).days / span * (width - left - right)

    parts = [f'<svg class="timeline" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="Timeline of {len(dated)} events" xmlns="http://www.w3.org/2000/svg">']
    for row, lane in enumerate(lanes):
        y = top + row * lane_height + lane_height / 2
        parts.append(f'<text class="lane" x="{left - 8}" y="{y + 4:.1f}" text-anchor="end">{escape(lane)}</text>'
                     f'<line class="lane" x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}"/>')
    axis_y = top + lane_height * len(lanes) + 4
    parts.append(f'<line class="axis" x1="{left}" x2="{width - right}" y1="{axis_y}" y2="{axis_y}"/>')
    for tick in _date_ticks(first, last):
        parts.append(f'<text class="tick" x="{x(tick):.1f}" y="{axis_y + 16}" text-anchor="middle">'
                     f"{tick.isoformat()}</text>")
    for event in dated:
        y = top + lanes.index(event.event_type or "unknown type") * lane_height + lane_height / 2
        start, end = x(event.date_start), x((event.date_end or event.date_start) + dt.timedelta(days=1))
        where = event.place.name or event.place.text if event.place else "place unknown"
        label = f"{event.date_start.isoformat()} · {where} · {event.sub_event_type or event.event_type or ''}"
        parts.append(f'<a href="{escape(href(event))}" data-event="{escape(event.id)}">'
                     f'<rect class="span" x="{start:.1f}" y="{y - 7:.1f}" width="{max(end - start, 6):.1f}" '
                     f'height="14" rx="3"><title>{escape(label)}</title></rect></a>')
    parts.append("</svg>")
    return Markup("".join(parts))


# ---------------------------------------------------------------- range charts


def _nice_step(top: float, ticks: int = 5) -> int:
    """A whole-number tick step (1, 2, 5, 10, 20, 25, 50...) giving about ``ticks`` ticks up to ``top``."""
    raw = max(top / ticks, 1)
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power and (factor * power) == int(factor * power):
            return int(factor * power)
    return 10 * power


def _who(claim: Claim) -> str:
    if claim.source is None:
        return "no source named"
    return claim.source.speaker


def range_chart(figure: Figure, claims: Sequence[Claim], *, anchor=lambda claim: f"#claim-{claim.id}",
                width: int = 760, row_height: int = 26) -> Markup:
    """One bar per claim (its interval, class by source kind, partisan sources marked) with the reconciled
    low, best and high drawn over them. An open bound runs to the edge with an arrow."""
    finite = [v for c in claims for v in (c.value.low, c.value.high) if v is not None]
    finite += [v for v in (figure.low, figure.best, figure.high) if v is not None]
    top = max(max(finite, default=1) * 1.15, 1)
    step = _nice_step(top)
    top = math.ceil(top / step) * step
    left, right, head = 230, 40, 34
    plot = width - left - right
    height = head + row_height * max(len(claims), 1) + 28

    def x(value: float) -> float:
        return left + value / top * plot

    parts = [f'<svg class="range" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="{escape(figure.category)} ({escape(figure.role)}): {len(claims)} claims" '
             f'xmlns="http://www.w3.org/2000/svg">']
    axis_y = head + row_height * max(len(claims), 1) + 4
    for i in range(round(top / step) + 1):
        tick = i * step
        parts.append(f'<line class="grid" x1="{x(tick):.1f}" x2="{x(tick):.1f}" y1="{head - 6}" y2="{axis_y}"/>'
                     f'<text class="tick" x="{x(tick):.1f}" y="{axis_y + 16}" text-anchor="middle">{tick:,}</text>')
    for row, claim in enumerate(claims):
        y = head + row * row_height
        source = claim.source
        kind = source.kind if source is not None else "unknown"
        partisan = bool(source and source.partisan)
        label = _who(claim) + (" ⚑" if partisan else "")
        parts.append(f'<a href="{escape(anchor(claim))}"><text class="who" x="{left - 8}" y="{y + row_height / 2 + 4:.1f}" '
                     f'text-anchor="end">{escape(label[:34])}<title>{escape(label)}</title></text></a>')
        low, high = claim.value.low, claim.value.high
        if claim.negated:
            low, high = 0, 0
        if low is None and high is None:
            parts.append(f'<text class="vague" x="{left + 4}" y="{y + row_height / 2 + 4:.1f}">'
                         f"{escape(claim.value.text)}: no figure</text>")
            continue
        start, end = x(low or 0), x(high if high is not None else top)
        classes = f"bar kind-{escape(kind)}" + (" partisan" if partisan else "")
        title = f"{claim.value.text} ({format_interval(low, high)}) · {_who(claim)} · {kind}" + (
            " · partisan" if partisan else "")
        parts.append(f'<rect class="{classes}" x="{start:.1f}" y="{y + 5:.1f}" width="{max(end - start, 3):.1f}" '
                     f'height="{row_height - 10}" data-claim="{escape(claim.id)}"><title>{escape(title)}</title></rect>')
        if high is None:
            parts.append(f'<path class="open" d="M{end:.1f} {y + row_height / 2:.1f}l-8 -6v12z"/>')
    bounds: dict[int, list[str]] = {}
    for name, value in (("low", figure.low), ("best", figure.best), ("high", figure.high)):
        if value is not None:
            bounds.setdefault(value, []).append(name)
    for row, (value, names) in enumerate(sorted(bounds.items())):
        classes = " ".join(names)
        label = " = ".join(names) + f" {value:,}"
        parts.append(f'<line class="reconciled {classes}" x1="{x(value):.1f}" x2="{x(value):.1f}" y1="{head - 8}" '
                     f'y2="{axis_y}"><title>{label}</title></line>'
                     f'<text class="reconciled {classes}" x="{x(value):.1f}" y="{head - 12 - 10 * (row % 2)}" '
                     f'text-anchor="middle">{label}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
