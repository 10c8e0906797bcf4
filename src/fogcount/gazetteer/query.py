"""Reading the index: :class:`Gazetteer` and its :class:`Candidate` places."""

from __future__ import annotations

import dataclasses
import math
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from .build import Progress, _check_version, build, default_path
from .names import fold, name_key, skeleton
from .schema import GazetteerError, precision_of
from ..rules import load

# A trailing word that says the name is a division: "Anbar Province", "Rivers State".
TRAILING_DESIGNATORS = frozenset(
    """province governorate state oblast region district county prefecture department municipality
    wilayah wilaya muhafazah raion rayon krai kray territory division""".split()
)


@dataclasses.dataclass(frozen=True)
class Candidate:
    """One place a name may stand for.

    ``admin1`` is the *name* of the first-level division (``None`` where no
    name is known, never a code: the code is ``admin1_code``). ``kind`` is
    ``country``, ``admin1``, ``city`` (any populated place) or the feature
    class as a word (``admin`` for lower divisions, ``water``, ``terrain``,
    ``area``, ``spot``, ``road``, ``vegetation``, ``undersea``). ``match``
    says how the name matched: ``exact`` (the place's own name, up to case
    and diacritics), ``name`` (its own name, by key), ``alternate`` (one of its
    alternate names, by key), ``skeleton`` (by consonants only:
    :meth:`Gazetteer.lookup_skeleton`).
    """

    gazetteer_id: str
    name: str
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    feature_class: str | None
    feature_code: str | None
    population: int
    kind: str
    admin1_code: str | None = None
    match: str = "name"

    @property
    def precision(self) -> int:
        """ACLED geo_precision when the text names this place: 1 a populated
        place (or a spot), 2 a lower division, river, lake or other feature,
        3 a first-level division, country or large region."""
        return precision_of(self.kind, self.feature_code)

    def place_ref(self, text: str, span: tuple[int, int] | None = None, *, derived_from: str | None = None):
        """This place as the contract's :class:`fogcount.models.PlaceRef`."""
        from fogcount.models import PlaceRef

        return PlaceRef(
            text=text,
            span=span,
            name=self.name,
            lat=self.lat,
            lon=self.lon,
            precision=self.precision,
            country=self.country,
            admin1=self.admin1,
            gazetteer_id=self.gazetteer_id,
            derived_from=derived_from,
        )


_COLUMNS = (
    "p.id, p.gid, p.name, p.lat, p.lon, p.country, p.admin1_code, p.feature_class, "
    "p.feature_code, p.population, p.kind, a.name"
)
_ADMIN1_JOIN = "LEFT JOIN admin1 a ON a.country = p.country AND a.code = p.admin1_code"
_FROM = f"places p {_ADMIN1_JOIN}"


def _candidate(row, match: str = "name") -> Candidate:
    _id, gid, name, lat, lon, country, code, fclass, fcode, pop, kind, admin1 = row[:12]
    if kind == "admin1" and admin1 is None:
        admin1 = name
    return Candidate(
        gazetteer_id=gid,
        name=name,
        lat=lat,
        lon=lon,
        country=country,
        admin1=admin1 if kind != "country" else None,
        feature_class=fclass,
        feature_code=fcode,
        population=pop or 0,
        kind=kind,
        admin1_code=code,
        match=match,
    )


class Gazetteer:
    """A read-only view of the index. Open with :meth:`open`."""

    def __init__(self, con: sqlite3.Connection, path: Path, meta: dict[str, str]):
        self._con = con
        self.path = path
        self.meta = meta
        # lookup's answers, while the file is unchanged (SQLite's data_version: another
        # connection's import changes it): a document names its towns many times, a corpus
        # the same towns in many documents
        self._lookups: dict[tuple, list[Candidate]] = {}
        self._data_version = None
        # a place's first-level code and name told by its neighbours (:meth:`_placed`), by place
        # id; kept and forgotten as the look-ups are (:meth:`_fresh`)
        self._codes: dict[str, tuple[str, str | None] | None] = {}
        self._code_names: dict[tuple[str, str], tuple[str, str | None]] = {}  # (country, code) -> :meth:`_named_code`

    @classmethod
    def open(
        cls, path: Path | None = None, *, build_if_missing: bool = True, progress: Progress | None = None
    ) -> "Gazetteer":
        """Open the index at ``path`` (default :func:`default_path`) read-only,
        building it first when it is missing and ``build_if_missing``."""
        path = Path(path) if path is not None else default_path()
        if not path.exists():
            if not build_if_missing:
                raise GazetteerError(f"no gazetteer index at {path}")
            build(path, progress=progress)
        uri = f"{path.resolve().as_uri()}?mode=ro"
        try:
            con = sqlite3.connect(uri, uri=True, check_same_thread=sqlite3.threadsafety != 3)
        except sqlite3.Error as exc:
            raise GazetteerError(f"cannot open the gazetteer index {path}: {exc}") from None
        try:
            meta = _check_version(con, path)
        except BaseException:
            con.close()
            raise
        return cls(con, path, meta)

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> "Gazetteer":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------- look-ups

    def lookup(self, name: str, *, country: str | None = None, limit: int = 20) -> list[Candidate]:
        """The places ``name`` may stand for, best first.

        Names match by :func:`~.names.name_key` (transliteration-tolerant);
        a leading "the" is tried with and without ("the Hague"). Order: a match on
        the place's own name before a match on an alternate name; then a
        country spelled exactly (``Georgia``, ``Niger``); then population,
        counted ten times for an exact spelling (so ``Salvador`` is the
        Brazilian city and ``El Salvador`` the country). A first-level
        division comes right after the town of its name in it (``Kirkuk``:
        the city, then the governorate). A trailing designator (``Anbar
        Province``, ``Rivers State``) also looks up the name without it among
        divisions. ``country`` (ISO2) restricts the search.
        """
        self._fresh()
        asked = (name, country, limit)
        found = self._lookups.get(asked)
        if found is None:
            found = self._lookups[asked] = self._lookup(name, country, limit)
        return list(found)

    def _fresh(self) -> None:
        """Forget the answers kept (look-ups, the codes neighbours and lost
        zeros tell) when another connection has changed the file since they were
        kept, or when too many are kept (``_LOOKUPS_KEPT``)."""
        data_version = self._con.execute("PRAGMA data_version").fetchone()[0]
        if data_version != self._data_version or max(len(self._lookups), len(self._codes),
                                                       len(self._code_names)) >= _LOOKUPS_KEPT:
            self._lookups.clear()
            self._codes.clear()
            self._code_names.clear()
            self._data_version = data_version

    def _lookup(self, name: str, country: str | None, limit: int) -> list[Candidate]:
        words = fold(name).split()
        forms = [words]
        if len(words) > 1 and words[0] == "the":
            forms.append(words[1:])
        spelled = [name_abbreviations().get(w, w) for w in words]
        if spelled != words:
            forms.append(spelled)  # "Mt. Pleasant" is Mount Pleasant, "St. Louis" Saint Louis
        found: dict[str, Candidate] = {}
        for form in forms:
            for cand in self._by_key(" ".join(form), country, limit):
                known = found.get(cand.gazetteer_id)
                if known is None or _MATCH_RANK[cand.match] < _MATCH_RANK[known.match]:
                    found[cand.gazetteer_id] = cand  # the closest match any form gives
            if len(form) > 1 and form[-1] in TRAILING_DESIGNATORS:
                for cand in self._by_key(" ".join(form[:-1]), country, limit):
                    if cand.feature_class == "A":
                        # found without the word the text gave: no closer than an
                        # alternate name ("Douglas County" is not the parish of Douglas, Isle of Man)
                        found.setdefault(cand.gazetteer_id, dataclasses.replace(cand, match="alternate"))
        ranked = sorted(
            found.values(),
            key=lambda c: (
                c.match == "alternate",
                not (c.kind == "country" and c.match == "exact"),
                -(c.population * (10 if c.match == "exact" else 1)),
                c.gazetteer_id,
            ),
        )
        # a code that lost its leading zero is made whole before a division is paired with the
        # town of its name (a town's "1" is its division's "01"); the neighbours' code, dearer,
        # only for those returned
        return [self._placed(c) for c in _capital_first([self._zero_padded(c) for c in ranked])[:limit]]

    def _by_key(self, text: str, country: str | None, limit: int) -> list[Candidate]:
        key = name_key(text)
        if not key:
            return []
        sql = f"SELECT {_COLUMNS}, n.main FROM names n JOIN places p ON p.id = n.place {_ADMIN1_JOIN} WHERE n.key = ?"
        params: list = [key]
        if country:
            sql += " AND p.country = ?"
            params.append(country.upper())
        sql += " ORDER BY n.main DESC, p.population DESC LIMIT ?"
        params.append(max(limit * 10, 500))
        out = []
        for row in self._con.execute(sql, params):
            main = row[12]
            match = "exact" if fold(row[2]) == text else ("name" if main else "alternate")
            out.append(_candidate(row, match))
        return out

    def describe(self) -> dict:
        """What the index holds, for ``fogcount gazetteer describe``: versions,
        when and from what it was built (and how long that took), how many
        places, names and countries, and each import (file, rows, malformed, when)."""
        meta = self.meta
        count = lambda sql: self._con.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "index_version": meta.get("index_version"),
            "built_at": meta.get("built_at", "?"),
            "build_seconds": float(meta["build_seconds"]) if meta.get("build_seconds") else None,
            "source": meta.get("source", "?"),
            "places": count("SELECT count(*) FROM places"),
            "names": count("SELECT count(*) FROM names"),
            "countries": count("SELECT count(DISTINCT country) FROM places WHERE country IS NOT NULL"),
            "imports": list(self._con.execute("SELECT file, rows, malformed, at FROM imports ORDER BY rowid")),
        }

    def lookup_skeleton(self, name: str, countries: Iterable[str], *, limit: int = 20) -> list[Candidate]:
        """The places of ``countries`` (ISO2) whose name has the consonants of
        ``name`` (:func:`~.names.skeleton`: ``Kafr Nabl`` finds Kafranbel,
        ``Saraqeb`` Saraqib), by population, each with ``match`` ``skeleton``;
        none for a short name or no country (across the world a skeleton names
        too many places)."""
        self._fresh()
        key = skeleton(name_key(name))
        wanted = sorted({c.upper() for c in countries if c})
        if key is None or not wanted:
            return []
        sql = (f"SELECT {_COLUMNS} FROM skeletons s JOIN places p ON p.id = s.place {_ADMIN1_JOIN} "
               f"WHERE s.key = ? AND p.country IN ({','.join('?' * len(wanted))}) "
               "ORDER BY p.population DESC, p.id LIMIT ?")
        return [self._placed(_candidate(row, "skeleton")) for row in self._con.execute(sql, [key, *wanted, limit])]

    def get(self, gazetteer_id: str) -> Candidate | None:
        """The place with this gazetteer id (``geonames:99454``, ``iso3166-2:IQ-AN``)."""
        self._fresh()
        if gazetteer_id.startswith("geonames:") and gazetteer_id[9:].isdigit():
            row = self._con.execute(f"SELECT {_COLUMNS} FROM {_FROM} WHERE p.id = ?", (int(gazetteer_id[9:]),)).fetchone()
        else:
            row = self._con.execute(f"SELECT {_COLUMNS} FROM {_FROM} WHERE p.id < 0 AND p.gid = ?", (gazetteer_id,)).fetchone()
        return self._placed(_candidate(row)) if row else None

    def countries(self) -> list[Candidate]:
        """Every country in the index, by name."""
        rows = self._con.execute(f"SELECT {_COLUMNS} FROM {_FROM} WHERE p.kind = 'country' ORDER BY p.name")
        return [_candidate(r) for r in rows]

    def admin1_of(self, country: str) -> list[Candidate]:
        """The first-level divisions of a country (ISO2) that have a name, by name."""
        rows = self._con.execute(
            f"SELECT {_COLUMNS} FROM {_FROM} WHERE p.kind = 'admin1' AND p.country = ? ORDER BY p.name",
            (country.upper(),),
        )
        return [_candidate(r) for r in rows]

    def _placed(self, cand: Candidate) -> Candidate:
        """``cand`` with the first-level division its source fails to give it.

        A numeric code that lost its leading zero ("8" where the country's
        codes are "08": an import read it as a number) is the country's
        two-digit code when only that one is named. A place with no code (Who's
        On First's districts and many of its villages) is in the division of the
        nearest town of its country that has a named one, within
        ``_NEIGHBOUR_KMS`` ("Khana" LGA is in Rivers State as the towns around
        it are), so that a province the text names can select it; only towns,
        villages and lower divisions (kinds ``city`` and ``admin``): a river, a
        mountain range, a lake with no code may run across divisions. Countries
        and regions are left as they are."""
        if cand.kind in ("country", "admin1") or not cand.country:
            return cand
        if cand.admin1_code is not None:
            if cand.admin1 is not None:
                return cand
            code, name = self._named_code(cand.country, cand.admin1_code)
            return cand if name is None else dataclasses.replace(cand, admin1_code=code, admin1=name)
        if cand.lat is None or cand.lon is None or cand.kind not in ("city", "admin"):
            return cand
        if cand.gazetteer_id not in self._codes:
            self._codes[cand.gazetteer_id] = self._neighbours_code(cand)
        told = self._codes[cand.gazetteer_id]
        return cand if told is None else dataclasses.replace(cand, admin1_code=told[0], admin1=told[1])

    def _zero_padded(self, cand: Candidate) -> Candidate:
        """``cand`` with the two-digit code its lone digit stands for (the first
        half of :meth:`_placed`, cheap: one cached look-up a code)."""
        if cand.kind in ("country", "admin1") or not cand.country or cand.admin1_code is None or cand.admin1 is not None:
            return cand
        code, name = self._named_code(cand.country, cand.admin1_code)
        return cand if name is None else dataclasses.replace(cand, admin1_code=code, admin1=name)

    def _named_code(self, country: str, code: str) -> tuple[str, str | None]:
        """``code`` as the index names it: (code, its name), the code's
        two-digit form for a lone digit whose own form has no name."""
        key = (country, code)
        if key not in self._code_names:
            name = self.admin1_name(country, code)
            if name is None and len(code) == 1 and code.isdigit():
                padded = "0" + code
                name = self.admin1_name(country, padded)
                if name is not None:
                    code = padded
            self._code_names[key] = (code, name)
        return self._code_names[key]

    def _neighbours_code(self, cand: Candidate) -> tuple[str, str | None] | None:
        for km in _NEIGHBOUR_KMS:  # near first: a narrow band of latitude reads fewer rows
            dlat = km / 111.195
            band, band_params = _lon_band(cand.lat, cand.lon, km, "lon")
            rows = self._con.execute(
                f"SELECT lat, lon, admin1_code FROM places WHERE lat BETWEEN ? AND ?{band} "
                "AND country = ? AND admin1_code IS NOT NULL AND kind = 'city'",
                (cand.lat - dlat, cand.lat + dlat, *band_params, cand.country),
            )
            near = sorted((haversine_km(cand.lat, cand.lon, lat, lon), code) for lat, lon, code in rows)
            for d, code in near:
                if d > km:
                    break
                code, name = self._named_code(cand.country, code)
                if name is not None:
                    return code, name
        return None

    def admin1_name(self, country: str, code: str) -> str | None:
        """The name of a GeoNames admin1 code, where one is known."""
        row = self._con.execute("SELECT name FROM admin1 WHERE country = ? AND code = ?", (country.upper(), code)).fetchone()
        return row[0] if row else None

    def near(
        self, lat: float, lon: float, km: float, *, limit: int = 20, kinds: Iterable[str] | None = None
    ) -> list[tuple[Candidate, float]]:
        """Places within ``km`` kilometres of (lat, lon), nearest first, with
        their distance in km (great circle); ``kinds`` restricts to those kinds."""
        dlat = km / 111.195
        band, band_params = _lon_band(lat, lon, km, "p.lon")
        sql = f"SELECT {_COLUMNS} FROM {_FROM} WHERE p.lat BETWEEN ? AND ?{band}"
        params: list = [lat - dlat, lat + dlat, *band_params]
        wanted = set(kinds) if kinds is not None else None
        out = []
        for row in self._con.execute(sql, params):
            cand = _candidate(row)
            if wanted is not None and cand.kind not in wanted:
                continue
            d = haversine_km(lat, lon, cand.lat, cand.lon)
            if d <= km:
                out.append((cand, d))
        out.sort(key=lambda cd: (cd[1], cd[0].gazetteer_id))
        return out[:limit]


def _lon_band(lat: float, lon: float, km: float, column: str) -> tuple[str, list]:
    """The SQL condition (" AND ...", its parameters) on ``column`` for the
    longitudes within ``km`` of (lat, lon), wrapped across the antimeridian;
    none where the band is the whole circle (at a pole)."""
    coslat = math.cos(math.radians(lat))
    dlon = 180.0 if coslat < 1e-6 else min(180.0, km / (111.195 * coslat))
    if dlon >= 180.0:
        return "", []
    lo, hi = lon - dlon, lon + dlon
    if lo < -180:
        return f" AND ({column} >= ? OR {column} <= ?)", [lo + 360, hi]
    if hi > 180:
        return f" AND ({column} >= ? OR {column} <= ?)", [lo, hi - 360]
    return f" AND {column} BETWEEN ? AND ?", [lo, hi]


# How far a place's nearest town of its country may be for the place to take its first-level
# division: looked for within the first distance, then the next.
_NEIGHBOUR_KMS = (8.0, 30.0)

_MATCH_RANK = {"exact": 0, "name": 1, "alternate": 2, "skeleton": 3}
_LOOKUPS_KEPT = 10_000  # lookup's answers kept before they are forgotten all at once


def name_abbreviations() -> dict[str, str]:
    """Abbreviated words of place names and the words they stand for
    (``[name_abbreviations]`` in ``data/gazetteer.toml``)."""
    return load().gazetteer.name_abbreviations


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


# A town this big is the one a division of its name comes after (its seat, not a hamlet).
_SEAT_POPULATION = 1_000


def _capital_first(ranked: list[Candidate]) -> list[Candidate]:
    """Move a division (first-level, or a district) right after the town of
    the same name in it (matched the same way: by own name or by alternate
    name), when that town ranks lower: "Kirkuk" is the city first, then the
    governorate; "Homs", "Kunduz", "Gaza" the city, then the district an
    imported index adds (whose population is the whole district's). Not
    after a hamlet (fewer than ``_SEAT_POPULATION`` people: "Shabwah" is the
    governorate before a village of 0 people that an imported index has in it)."""
    towns: dict[tuple, int] = {}
    for i, c in enumerate(ranked):
        if c.kind == "city" and (c.population or 0) >= _SEAT_POPULATION:
            towns.setdefault((c.country, c.admin1_code, c.match == "alternate"), i)
            towns.setdefault((c.country, None, c.match == "alternate"), i)  # a district the import gives no province
    out: list[Candidate] = []
    waiting: dict[tuple, list[Candidate]] = {}
    for i, c in enumerate(ranked):
        key = (c.country, c.admin1_code, c.match == "alternate")
        if c.kind in ("admin1", "admin") and towns.get(key, -1) > i:
            town = ranked[towns[key]]
            waiting.setdefault((town.country, town.admin1_code, key[2]), []).append(c)
            continue
        out.append(c)
        if c.kind == "city" and towns.get(key) == i:
            out.extend(waiting.pop(key, []))
    for rest in waiting.values():
        out.extend(rest)
    return out
