"""Places the text describes by other places.

"20 miles west of Fallujah", "5 km north of X" give a point at that bearing
and distance from the anchor; "south of X", "near X", "on the outskirts of X"
the anchor's point; "between X and Y" the midpoint; all with precision 2 and
``derived_from`` naming the anchor. A name the gazetteer does not know but the
text describes this way ("Jazeera Khalidiya, 20 miles west of Fallujah") takes
the derived point. A name the gazetteer does not know takes the point of the
division or town the text says it lies in ("Kafr Oweid, Idleb").
"""

from __future__ import annotations

import math
import re

from ...gazetteer.query import haversine_km
from ...models import PlaceRef
from ...quantities import number_value
from ..annotate import Annotation
from .mention import Mention, name_key, rules

_EARTH_KM = 6371.0088  # for destination(): the mean radius, as haversine_km uses
_NAMESAKE_KM = 50.0  # share_by_name: a bare recurrence resolved farther than this from the contained name is a namesake


def destination(lat: float, lon: float, bearing_deg: float, km: float) -> tuple[float, float]:
    """The point ``km`` from (lat, lon) on ``bearing_deg`` (great circle)."""
    d = km / _EARTH_KM
    b = math.radians(bearing_deg)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return round(math.degrees(p2), 5), round((math.degrees(l2) + 540) % 360 - 180, 5)


def apply_derivations(ann: Annotation, mentions: list[Mention]) -> None:
    """Points described by other points: "20 miles west of Fallujah", "near X",
    "between X and Y"; a name the gazetteer lacks takes the derived point."""
    text = ann.text
    by_start = sorted(mentions, key=lambda m: m.start)
    for k, anchor in enumerate(by_start):
        if anchor.place is None or anchor.place.lat is None:
            continue
        before = text[max(0, anchor.start - 80) : anchor.start]
        derived = None
        match = rules().derivation.search(before)
        if match and (
                # "north of the Niger border", "north of the Sahel": "the" with no noun before a name
                # that is none ("the capital" is one), a name that describes a border or a road after
                # it, or a country or a region (precision 3) as the anchor: no point that far from it
                (match["bare"] is not None and text[anchor.start:anchor.end].lower().split()[-1:][0]
                 not in rules().anchor_nouns)
                or rules().not_before.match(text, anchor.end) or (anchor.place.precision or 3) >= 3):
            match = None
        if match:
            bearing = rules().bearings[match["dir"].lower().replace("ern", "")] if match["dir"].lower() in rules().bearings else None
            km = None
            if match["dist"]:
                value = number_value(match["dist"].replace(",", "."))
                km = value * rules().units[match["unit"].lower()] if value else None
            lat, lon = anchor.place.lat, anchor.place.lon
            if bearing is not None and km:
                lat, lon = destination(lat, lon, bearing, km)
            derived = PlaceRef(text=text[anchor.start - len(before) + match.start() : anchor.end],
                               span=(anchor.start - len(before) + match.start(), anchor.end),
                               name=None, lat=lat, lon=lon, precision=2, country=anchor.place.country,
                               admin1=anchor.place.admin1, gazetteer_id=None, derived_from=anchor.place.name)
        elif rules().near.search(before):
            m = rules().near.search(before)
            derived = PlaceRef(text=text[anchor.start - len(before) + m.start() : anchor.end],
                               span=(anchor.start - len(before) + m.start(), anchor.end), name=anchor.place.name,
                               lat=anchor.place.lat, lon=anchor.place.lon, precision=max(2, anchor.place.precision or 2),
                               country=anchor.place.country, admin1=anchor.place.admin1,
                               gazetteer_id=anchor.place.gazetteer_id, derived_from=anchor.place.name)
        if derived is None:
            continue
        # "Jazeera Khalidiya, 20 miles west of Fallujah": the unknown name takes the point.
        described = by_start[k - 1] if k > 0 else None
        gap = text[described.end : derived.span[0]] if described else ""
        cue_words = rules().cue_alternation
        if described and described.place is not None and described.place.lat is None and re.fullmatch(
                rf"\s*(?:(?:{cue_words})\s*)?,?\s*", gap, re.IGNORECASE):
            described.place = described.place.model_copy(update={
                "lat": derived.lat, "lon": derived.lon, "precision": 2, "country": derived.country,
                "admin1": derived.admin1, "derived_from": derived.derived_from})
        anchor.derived = derived  # the anchor, as the text uses it, stands for the derived point


def share_by_name(mentions: list[Mention]) -> None:
    """A name the text placed once ("the Hassi area south of Fallujah") is placed
    there wherever it recurs ("moving out of Hassi"). A country's name read as
    the division the word after it calls it ("Niger state") is not so placed
    where the text names it bare, as the country ("crossed into Niger"). A name
    the text put in its divisions with a cue ("X district of Y province") keeps that place
    where it recurs bare, over a namesake the bare name resolved to more than
    ``_NAMESAKE_KM`` away ("a mosque in X" read as a town of the name in another
    province): one text, one place of the name. Not a whole country's name
    ("Brazil" read, after a container, as a town of another country)."""
    keys = [(name_key(m.text), m.as_division is True) for m in mentions]
    placed: dict[tuple[str, bool], PlaceRef] = {}
    # a name the text put in its divisions ("X district of Y province") means that place where it
    # recurs bare ("an attack on a mosque in X"), not a namesake elsewhere the bare name resolved to
    contained: dict[tuple[str, bool], PlaceRef] = {}
    for m, key in zip(mentions, keys):
        if m.place is not None and m.place.lat is not None:
            placed.setdefault(key, m.place)
            if m.within and m.cue:
                contained.setdefault(key, m.place)
    for m, key in zip(mentions, keys):
        if m.place is not None and m.place.lat is None:
            known = placed.get(key)
            if known is not None:
                m.place = known.model_copy(update={"text": m.text, "span": (m.start, m.end)})
        elif m.place is not None and not m.within and not m.country_word and (known := contained.get(key)) is not None \
                and m.place.derived_from is None \
                and haversine_km(m.place.lat, m.place.lon, known.lat, known.lon) > _NAMESAKE_KM:
            m.place = known.model_copy(update={"text": m.text, "span": (m.start, m.end), "container_for": None})


# ---------------------------------------------------------------- containers


def place_within_containers(ann: Annotation, mentions: list[Mention]) -> None:
    """Mark the mentions that only say where the place before them lies (its
    ``within``, found by the resolving step), and give a place the gazetteer
    does not know the point of its nearest known container, at precision 2 (a
    town's surroundings) or the container's own when coarser, with
    ``derived_from`` naming the container; it keeps its own text and has no
    gazetteer name (``name`` None: the container's name is not its name). The
    last named first: a container given its own container's point gives it on
    ("Gwagwarwa, Nasarawa LGA of Kano State", with no Nasarawa of Kano State in the index)."""
    for here in sorted(mentions, key=lambda m: -m.start):
        chain = here.within
        if not chain:
            continue
        for container in chain:
            if _coarser(here, container):
                continue  # "the Iraqi province of Nineveh", "the University of Afghanistan in Kabul"
            container.container = True
            if container.place is not None and container.place.container_for is None:
                container.place = container.place.model_copy(update={"container_for": here.text})
        if here.place is not None and here.place.lat is None and here.derived is None:
            known = next((c for c in chain if c.place is not None and c.place.lat is not None), None)
            if known is not None:
                ref = known.place
                here.place = ref.model_copy(update={
                    "text": here.text, "span": (here.start, here.end), "name": None,
                    "precision": max(2, ref.precision or 2), "gazetteer_id": None,
                    "derived_from": ref.name or known.text, "container_for": None,
                })


def _coarser(here: Mention, container: Mention) -> bool:
    """The mention names a whole country, or people or a thing ("the Iraqi
    province of Nineveh", "the Kurdish city of Cizre", "the University of
    Afghanistan in Kabul"): the name after it is no container of a place but
    the place itself, which keeps its rank as where things happened."""
    return here.country_word or here.modifies is not None
