"""Charts drawn on the server as inline SVG: the timeline of the events page
and the range chart of a figure (the map is drawn in the browser, by the
vendored Leaflet: static/fogcount-map.js).

Every text that comes from a document goes through ``markupsafe.escape``;
each function returns ``Markup`` ready for a template.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from typing import NamedTuple

from markupsafe import Markup, escape

from ..models import Claim, Document, Figure
from ..quantities import format_interval
from ..store import EventPoint
from .text import place_text

# ---------------------------------------------------------------- the timeline


def _date_ticks(first: dt.date, last: dt.date, count: int = 6) -> list[dt.date]:
    days = max((last - first).days, 1)
    step = max(1, round(days / count))
    return [first + dt.timedelta(days=i) for i in range(0, days + 1, step)]


MOST_BINS = 240  # a timeline of counts draws at most this many bars a lane (3 px each on its 720 px)


def bin_days(first: dt.date, last: dt.date) -> int:
    """Days per bar of a timeline of counts from ``first`` to ``last``: at most MOST_BINS bars."""
    return max(1, math.ceil(((last - first).days + 1) / MOST_BINS))


class Counts(NamedTuple):
    """A timeline of counts without its marks (:func:`counts`): drawn once per query, the page's marks over it."""

    first: dt.date
    last: dt.date
    lanes: list[str]
    drawn: str  # the chart's opening, lanes, axis, ticks and bars


def _frame(first: dt.date, last: dt.date, lanes: list[str], total: int, width: int, lane_height: int):
    """A timeline's opening, lanes, axis and ticks; and its x (a day) and y (a lane's middle)."""
    left, right, top = 190, 50, 10
    height = top + lane_height * len(lanes) + 30
    span = max((last - first).days, 1)
    rows = {lane: number for number, lane in enumerate(lanes)}

    def x(day: dt.date) -> float:
        return max(left, min(width - right, left + (day - first).days / span * (width - left - right)))

    def middle(lane: str) -> float:
        return top + rows[lane] * lane_height + lane_height / 2

    parts = [f'<svg class="timeline" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="Timeline of {total} events" xmlns="http://www.w3.org/2000/svg">']
    for lane in lanes:
        y = middle(lane)
        parts.append(f'<text class="lane" x="{left - 8}" y="{y + 4:.1f}" text-anchor="end">{escape(lane)}</text>'
                     f'<line class="lane" x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}"/>')
    axis_y = top + lane_height * len(lanes) + 4
    parts.append(f'<line class="axis" x1="{left}" x2="{width - right}" y1="{axis_y}" y2="{axis_y}"/>')
    for tick in _date_ticks(first, last):
        parts.append(f'<text class="tick" x="{x(tick):.1f}" y="{axis_y + 16}" text-anchor="middle">'
                     f"{tick.isoformat()}</text>")
    return parts, x, middle


def counts(days: Sequence[tuple[str | None, dt.date, int]], *, width: int = 960, lane_height: int = 26) -> Counts:
    """A timeline of every dated event of a query (Store.event_days: counted by type and first day): one lane
    per type, its events as bars of bin_days days (height: the square root of the count, so that a bar of one
    event shows beside one of hundreds). The page's events go over it as marks (:func:`timeline`)."""
    counted = [(kind or "unknown type", day, count) for kind, day, count in days]
    if not counted:
        return Counts(dt.date.min, dt.date.min, [], "")
    first = min(day for _, day, _ in counted) - dt.timedelta(days=1)
    last = max(day for _, day, _ in counted) + dt.timedelta(days=2)  # the last day's bar ends the day after
    lanes = sorted({kind for kind, _, _ in counted})
    parts, x, middle = _frame(first, last, lanes, sum(count for _, _, count in counted), width, lane_height)
    parts.append(_bars(counted, lanes, first, last, x, middle, lane_height))
    return Counts(first, last, lanes, "".join(parts))


def timeline(events: Sequence[EventPoint], *, href, counted: Counts | None = None, width: int = 960,
             lane_height: int = 26) -> Markup:
    """One lane per event type, one mark per event (Store.event_points' rows) from its first to its last day;
    over the bars of ``counted`` (:func:`counts`) where given, in its lanes and days."""
    dated = [e for e in events if e.date_start is not None]
    if counted is not None and counted.lanes:
        parts, x, middle = [counted.drawn], *_frame(counted.first, counted.last, counted.lanes, 0, width,
                                                    lane_height)[1:]
        dated = [e for e in dated if (e.event_type or "unknown type") in counted.lanes]
    elif dated:
        first = min(e.date_start for e in dated) - dt.timedelta(days=1)
        last = max(e.date_end or e.date_start for e in dated) + dt.timedelta(days=1)
        parts, x, middle = _frame(first, last, sorted({e.event_type or "unknown type" for e in dated}), len(dated),
                                  width, lane_height)
    else:
        return Markup('<p class="empty">No event has a date.</p>')
    for event in dated:
        y = middle(event.event_type or "unknown type")
        start, end = x(event.date_start), x((event.date_end or event.date_start) + dt.timedelta(days=1))
        where = place_text(event.place_text, event.place_name) or "place unknown"
        label = f"{event.date_start.isoformat()} · {where} · {event.sub_event_type or event.event_type or ''}"
        parts.append(f'<a href="{escape(href(event))}" data-event="{escape(event.id)}">'
                     f'<rect class="span" x="{start:.1f}" y="{y - 7:.1f}" width="{max(end - start, 6):.1f}" '
                     f'height="14" rx="3"><title>{escape(label)}</title></rect></a>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _bars(counted, lanes, first: dt.date, last: dt.date, x, middle, lane_height: int) -> str:
    """Each lane's events per bin_days days as bars (one step outline a lane, its total in its title)."""
    step = bin_days(first, last)
    bins: dict[str, dict[int, int]] = {lane: {} for lane in lanes}
    for kind, day, count in counted:
        lane = bins[kind]
        number = (day - first).days // step
        lane[number] = lane.get(number, 0) + count
    tallest = max((count for lane in bins.values() for count in lane.values()), default=1)
    bottom, tallest_bar = lane_height / 2 - 1, lane_height - 2  # bars stand on the lane's lower edge
    paths = []
    for lane in lanes:
        base = middle(lane) + bottom
        outline, after = [], None  # one step outline a lane: up to each bar's top, along it, down where a gap is
        for number, count in sorted(bins[lane].items()):
            left = x(first + dt.timedelta(days=number * step))
            right = x(min(first + dt.timedelta(days=(number + 1) * step), last))
            up = max(1.5, tallest_bar * math.sqrt(count / tallest))
            if after is None:
                outline.append(f"M{left:.1f} {base:.1f}")
            elif after != number:
                outline.append(f"V{base:.1f}H{left:.1f}")
            outline.append(f"V{base - up:.1f}H{right:.1f}")
            after = number + 1
        if outline:
            outline.append(f"V{base:.1f}Z")
        events = sum(bins[lane].values())
        paths.append(f'<path class="counts" d="{"".join(outline)}"><title>{escape(lane)}: {events:,} event'
                     f'{"s" if events != 1 else ""} (a bar: {step} day{"s" if step != 1 else ""})</title></path>')
    return "".join(paths)


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


def claim_label(claim: Claim, documents: dict[str, Document | None]) -> tuple[str, str]:
    """A bar's two lines: who said it (the speaker, or 'no source named'), and the outlet and day of the
    document that carries the claim (its id where it names no outlet)."""
    document_id = claim.id.rsplit(":", 1)[0] if ":" in claim.id else None
    document = documents.get(document_id) if document_id else None
    if document is None:
        return _who(claim), document_id or ""
    where = document.outlet or document.title or document.id
    return _who(claim), " · ".join(x for x in (where, document.published.isoformat() if document.published else
                                               "date unknown") if x)


def _clip(text: str, most: int) -> str:
    return text if len(text) <= most else text[:most - 1] + "…"


def range_chart(figure: Figure, claims: Sequence[Claim], *, anchor=lambda claim: f"#claim-{claim.id}",
                label: Callable[[Claim], tuple[str, str]] = lambda claim: (_who(claim), ""),
                width: int = 760, row_height: int = 36) -> Markup:
    """One bar per claim (its interval, class by source kind, partisan sources marked; a claim of one number a
    dot) with the reconciled low, best and high drawn over them. An open bound runs to the edge with an arrow.
    ``label(claim)``: the bar's two lines (who; outlet and day), whole in its tooltip."""
    finite = [v for c in claims for v in (c.value.low, c.value.high) if v is not None]
    finite += [v for v in (figure.low, figure.best, figure.high) if v is not None]
    top = max(max(finite, default=1) * 1.15, 1)
    step = _nice_step(top)
    top = math.ceil(top / step) * step
    left, right, head = 250, 40, 34
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
        middle = y + row_height / 2
        source = claim.source
        kind = source.kind if source is not None else "unknown"
        partisan = bool(source and source.partisan)
        who, carried = label(claim)
        who += " ⚑" if partisan else ""
        whole = " · ".join(x for x in (who, carried) if x)
        parts.append(f'<a href="{escape(anchor(claim))}"><text class="who" x="{left - 8}" y="{middle - 2:.1f}" '
                     f'text-anchor="end">{escape(_clip(who, 38))}<title>{escape(whole)}</title></text>'
                     f'<text class="outlet" x="{left - 8}" y="{middle + 11:.1f}" text-anchor="end">'
                     f'{escape(_clip(carried, 44))}<title>{escape(whole)}</title></text></a>')
        low, high = claim.value.low, claim.value.high
        if claim.negated:
            low, high = 0, 0
        if low is None and high is None:
            parts.append(f'<text class="vague" x="{left + 4}" y="{middle + 4:.1f}">'
                         f"{escape(claim.value.text)}: no figure</text>")
            continue
        classes = f"kind-{escape(kind)}" + (" partisan" if partisan else "")
        title = f"{claim.value.text} ({format_interval(low, high)}) · {whole} · {kind}" + (
            " · partisan" if partisan else "")
        if low is not None and low == high:  # one number: a dot where it is, not a sliver
            parts.append(f'<circle class="dot {classes}" cx="{x(low):.1f}" cy="{middle:.1f}" r="7" '
                         f'data-claim="{escape(claim.id)}"><title>{escape(title)}</title></circle>')
            continue
        start, end = x(low or 0), x(high if high is not None else top)
        parts.append(f'<rect class="bar {classes}" x="{start:.1f}" y="{y + 9:.1f}" width="{max(end - start, 3):.1f}" '
                     f'height="{row_height - 18}" data-claim="{escape(claim.id)}"><title>{escape(title)}</title></rect>')
        if high is None:
            parts.append(f'<path class="open" d="M{end:.1f} {middle:.1f}l-8 -6v12z"/>')
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
