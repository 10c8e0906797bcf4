"""Looking places up: transliteration tolerance, ranking, precision, read-only access."""

from __future__ import annotations

import sqlite3

import pytest

from fogcount.gazetteer import Candidate, Gazetteer, GazetteerError, build, read_geonames
from fogcount.models import PlaceRef
from gazetteer_rows import BASE_ROWS, row


@pytest.fixture
def gaz(index):
    with Gazetteer.open(index) as g:
        yield g


@pytest.mark.parametrize("name", ["Fallujah", "Falluja", "Al Fallūjah", "al-Falluja", "Fallouja", "AL FALLUJAH", "El-Falluja"])
def test_fallujah_in_all_its_spellings(gaz, name):
    best = gaz.lookup(name)[0]
    assert best.gazetteer_id == "geonames:99454"
    assert (best.name, best.country, best.admin1, best.kind, best.precision) == ("Al Fallūjah", "IQ", "Anbar", "city", 1)
    assert best.lat == pytest.approx(33.349, abs=0.01) and best.lon == pytest.approx(43.786, abs=0.01)


def test_match_says_how_the_name_matched(gaz):
    assert gaz.lookup("Al Fallujah")[0].match == "exact"
    assert gaz.lookup("Falluja")[0].match == "name"
    assert gaz.lookup("Jazeera")[0].match == "name"  # Al Jazīrah, by key
    assert gaz.lookup("Al Mawsil")[0].match == "alternate"  # an alternate name of Mosul


def test_unknown_and_empty_names_give_nothing(gaz):
    assert gaz.lookup("Hassi") == []
    assert gaz.lookup("") == []
    assert gaz.lookup(" - ") == []


def test_country_restricts(gaz):
    assert [c.country for c in gaz.lookup("Salvador", country="SV")] == ["SV"]
    assert gaz.lookup("Fallujah", country="sy") == []


def test_a_city_ranks_before_the_division_named_after_it(gaz):
    got = [(c.kind, c.gazetteer_id) for c in gaz.lookup("Kirkuk")]
    assert got == [("city", "geonames:94787"), ("admin1", "iso3166-2:IQ-KI")]


def test_a_division_ranks_before_a_hamlet_of_its_name_in_it(tmp_path):
    # an imported village of the governorate's name with no people is no seat to follow
    rows = tmp_path / "rows.txt"
    towns = [r for r in BASE_ROWS if "\tKirkuk\t" not in r] + [
        row(900009, "Kirkuk", "Kirkuk", [], 35.1, 44.1, "P", "PPL", "IQ", "13", 0),
        row(900010, "Dibis", "Dibis", [], 35.65, 44.07, "P", "PPL", "IQ", "13", 50000)]
    rows.write_text("\n".join(towns) + "\n", encoding="utf-8")
    path = tmp_path / "hamlets.sqlite"
    build(path, cities=list(read_geonames(rows)))
    with Gazetteer.open(path) as g:
        assert [c.kind for c in g.lookup("Kirkuk")] == ["admin1", "city"]


def test_a_trailing_designator_finds_the_division(gaz):
    for name in ("Anbar Province", "Anbar Governorate", "anbar province", "Al Anbar province"):
        best = gaz.lookup(name)[0]
        assert (best.kind, best.admin1, best.precision) == ("admin1", "Anbar", 3), name
    assert gaz.lookup("Kirkuk Province")[0].kind == "admin1"
    # found without the word the text gave: an alternate match, behind a place named with it
    assert gaz.lookup("Anbar Province")[0].match == "alternate"


def test_an_exact_spelling_weighs_more_than_population(gaz):
    assert gaz.lookup("Salvador")[0].gazetteer_id == "geonames:3450554"  # the city in Brazil
    el_salvador = gaz.lookup("El Salvador")[0]
    assert (el_salvador.kind, el_salvador.country, el_salvador.precision) == ("country", "SV", 3)


def test_leading_the_is_ignored(gaz):
    assert gaz.lookup("the Salvador")[0].gazetteer_id == "geonames:3450554"


def test_limit(gaz):
    assert len(gaz.lookup("Kirkuk", limit=1)) == 1


def test_get_countries_and_admin1(gaz):
    assert gaz.get("geonames:98182").name == "Baghdad"
    assert gaz.get("iso3166-2:IQ-AN").name == "Anbar"
    assert gaz.get("geonames:1") is None
    assert [c.country for c in gaz.countries()] == ["BR", "SV", "IQ", "SY"]  # by name: Brazil, El Salvador, Iraq, Syria
    assert {c.name for c in gaz.admin1_of("IQ")} == {"Anbar", "Baghdad", "Kirkuk", "Nineveh"}
    assert gaz.admin1_name("IQ", "15") == "Nineveh"
    assert gaz.admin1_name("IQ", "99") is None


def test_near(gaz):
    found = gaz.near(33.349, 43.786, 50, kinds={"city"})
    assert [c.gazetteer_id for c, _ in found] == ["geonames:99454", "geonames:900001", "geonames:900004", "geonames:98717"]
    distances = [d for _, d in found]
    assert distances[0] < 0.1 and distances[1] == pytest.approx(19.07, abs=0.05) and distances[3] == pytest.approx(45.11, abs=0.05)
    assert "geonames:98182" in [c.gazetteer_id for c, _ in gaz.near(33.349, 43.786, 60)]  # Baghdad, 57 km
    assert len(gaz.near(33.349, 43.786, 50, limit=2)) == 2
    assert gaz.near(0.0, -179.99, 50) == []  # across the antimeridian: nothing there, no error


def test_place_ref(gaz):
    ref = gaz.lookup("Falluja")[0].place_ref("Falluja", (10, 17))
    assert isinstance(ref, PlaceRef)
    assert (ref.text, ref.span, ref.precision, ref.country, ref.admin1, ref.gazetteer_id) == (
        "Falluja", (10, 17), 1, "IQ", "Anbar", "geonames:99454")


@pytest.mark.parametrize(
    "kind,code,precision",
    [("city", "PPL", 1), ("spot", "BDG", 1), ("admin1", "ADM1", 3), ("country", "PCLI", 3),
     ("admin", "ADM2", 2), ("water", "STM", 2), ("terrain", "MT", 2), ("area", "RGN", 3), ("area", "LCTY", 2)],
)
def test_precision_follows_acled(kind, code, precision):
    cand = Candidate("x", "x", 0.0, 0.0, None, None, None, code, 0, kind)
    assert cand.precision == precision


def test_opens_read_only(gaz, index):
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        gaz._con.execute("DELETE FROM places")


def test_missing_index_without_build_is_an_error(tmp_path):
    with pytest.raises(GazetteerError, match="no gazetteer index"):
        Gazetteer.open(tmp_path / "absent.sqlite", build_if_missing=False)


def test_missing_index_is_built_on_first_open(tmp_path, base_txt, monkeypatch):
    import fogcount.gazetteer.query as query

    built = []

    def small_build(path, *, progress=None):
        built.append(path)
        build(path, cities=list(read_geonames(base_txt)), progress=progress)

    monkeypatch.setattr(query, "build", small_build)
    path = tmp_path / "sub" / "g.sqlite"
    with Gazetteer.open(path) as gaz:
        assert gaz.lookup("Mosul")[0].admin1 == "Nineveh"
    assert built == [path]


def test_default_path_is_used(tmp_path, index, monkeypatch):
    monkeypatch.setenv("FOGCOUNT_GAZETTEER", str(index))
    with Gazetteer.open(build_if_missing=False) as gaz:
        assert gaz.path == index


def test_not_an_index(tmp_path):
    path = tmp_path / "junk.sqlite"
    path.write_text("not a database at all " * 100)
    with pytest.raises(GazetteerError, match="not a fogcount gazetteer index"):
        Gazetteer.open(path)


def test_an_index_of_another_version_is_refused(index):
    con = sqlite3.connect(index)
    con.execute("UPDATE meta SET value = '0' WHERE key = 'index_version'")
    con.commit()
    con.close()
    with pytest.raises(GazetteerError, match="another version"):
        Gazetteer.open(index)


def test_abbreviated_words_are_looked_up_in_full(tmp_path):
    from fogcount.gazetteer.sources import Place

    towns = [Place(4581023, "Mount Pleasant", "Mount Pleasant", (), 32.79407, -79.86259, "P", "PPL", "US", "SC", 91684),
             Place(4407066, "St. Louis", "St. Louis", ("Saint Louis",), 38.62727, -90.19789, "P", "PPLA2", "US", "MO", 315685),
             Place(498817, "Saint Petersburg", "Saint Petersburg", ("St. Petersburg",), 59.93863, 30.31413, "P", "PPLA", "RU", "66", 5351935),
             Place(4171563, "St. Petersburg", "St. Petersburg", (), 27.77086, -82.67927, "P", "PPL", "US", "FL", 258308),
             Place(4691930, "Fort Worth", "Fort Worth", (), 32.72541, -97.32085, "P", "PPLA2", "US", "TX", 918915)]
    path = tmp_path / "g.sqlite"
    build(path, cities=towns)
    with Gazetteer.open(path) as gaz:
        assert [(c.name, c.match) for c in gaz.lookup("Mt. Pleasant")][:1] == [("Mount Pleasant", "exact")]
        assert [(c.name, c.match) for c in gaz.lookup("Ft. Worth")] == [("Fort Worth", "exact")]
        assert gaz.lookup("Ft. Wayne") == []  # the full form must be a place too
        # both spellings match each place exactly, so population decides
        towns = [c for c in gaz.lookup("St. Petersburg") if c.kind == "city"]
        assert [(c.country, c.match) for c in towns] == [("RU", "exact"), ("US", "exact")]
        assert gaz.lookup("St. Louis")[0].name == "St. Louis"


def test_a_skeleton_finds_spellings_whose_vowels_differ_only_in_the_countries_given(tmp_path):
    from gazetteer_rows import row

    rows = tmp_path / "rows.txt"
    rows.write_text(row(900401, "Kafranbel", "Kafranbel", [], 35.61, 36.56, "P", "PPL", "SY", "12") + "\n", encoding="utf-8")
    path = tmp_path / "g.sqlite"
    build(path, cities=list(read_geonames(rows)), town_divisions={})
    with Gazetteer.open(path) as gaz:
        assert gaz.lookup("Kafr Nabl") == []
        found = gaz.lookup_skeleton("Kafr Nabl", ["SY"])
        assert [(c.gazetteer_id, c.match) for c in found] == [("geonames:900401", "skeleton")]
        assert gaz.lookup_skeleton("Kafr Nabl", ["IQ"]) == [] and gaz.lookup_skeleton("Kafr Nabl", []) == []


def test_describe_says_what_the_index_holds(gaz):
    summary = gaz.describe()
    assert summary["index_version"] == gaz.meta["index_version"] and summary["build_seconds"] > 0
    assert summary["places"] >= 11 and summary["names"] > summary["places"] and summary["countries"] == 4
    assert summary["imports"] == []


def test_a_district_an_import_adds_comes_after_the_town_of_its_name(tmp_path):
    from gazetteer_rows import row

    rows = tmp_path / "rows.txt"
    rows.write_text("\n".join([
        row(900301, "Qasrin", "Qasrin", [], 34.70, 36.70, "P", "PPLA", "SY", "11", 700000),
        row(900302, "Qasrin", "Qasrin", [], 34.40, 37.10, "A", "ADM2", "SY", "", 1000000),  # no province, as WOF's
    ]) + "\n", encoding="utf-8")
    build(tmp_path / "g.sqlite", cities=list(read_geonames(rows)))
    with Gazetteer.open(tmp_path / "g.sqlite") as gaz:
        assert [c.kind for c in gaz.lookup("Qasrin")] == ["city", "admin"]


def test_a_repeated_lookup_gives_the_same_answer_in_a_list_of_its_own(gaz):
    first = gaz.lookup("Falluja", limit=3)
    first.clear()
    again = gaz.lookup("Falluja", limit=3)
    assert again and again == gaz.lookup("Falluja", limit=3) and again is not gaz.lookup("Falluja", limit=3)
    assert [c.gazetteer_id for c in again] == [c.gazetteer_id for c in gaz._lookup("Falluja", None, 3)]


def test_a_lookup_kept_from_before_an_import_is_asked_again(index, iq_txt):
    from fogcount.gazetteer import import_geonames

    with Gazetteer.open(index) as gaz:
        assert gaz.lookup("الفلوجة")[0].gazetteer_id == "geonames:99454"
        import_geonames(index, iq_txt)  # another connection's import: the old row's names go
        assert gaz.lookup("الفلوجة") == []


def _index_of(tmp_path, extra):
    rows = tmp_path / "rows.txt"
    rows.write_text("\n".join(BASE_ROWS + extra) + "\n", encoding="utf-8")
    path = tmp_path / "extra.sqlite"
    build(path, cities=list(read_geonames(rows)))
    return path


def test_a_place_without_a_division_takes_its_nearest_towns(tmp_path):
    # an imported district with no first-level code, 10 km from Fallujah (Anbar's);
    # a hamlet with none far from every town keeps none
    path = _index_of(tmp_path, [
        row(900020, "Qarmah District", "Qarmah District", [], 33.4, 43.88, "A", "ADM2", "IQ", "", 50000),
        row(900021, "Lonely Well", "Lonely Well", [], 30.0, 40.0, "P", "PPL", "IQ", "", 0),
    ])
    with Gazetteer.open(path) as g:
        (district,) = g.lookup("Qarmah District")
        assert (district.admin1_code, district.admin1) == ("01", g.admin1_name("IQ", "01"))
        assert district.admin1 is not None
        (hamlet,) = g.lookup("Lonely Well")
        assert (hamlet.admin1_code, hamlet.admin1) == (None, None)
        assert g.get("geonames:900020").admin1_code == "01"


def test_a_code_that_lost_its_leading_zero_is_the_countrys_two_digit_code(tmp_path):
    # "1" where Iraq's codes are "01" (an import that read the code as a number)
    path = _index_of(tmp_path, [row(900022, "Zawiyat Test", "Zawiyat Test", [], 33.3, 43.7, "P", "PPL", "IQ", "1", 10)])
    with Gazetteer.open(path) as g:
        (village,) = g.lookup("Zawiyat Test")
        assert (village.admin1_code, village.admin1) == ("01", g.admin1_name("IQ", "01"))
        assert village.admin1 is not None


def test_a_code_its_neighbours_told_is_asked_again_after_an_import(index, tmp_path):
    # a district with no code and no town near it; another connection then imports a town
    # of Anbar ("01") 3 km off: the same Gazetteer must now give the district Anbar's code
    from fogcount.gazetteer import import_geonames

    first = tmp_path / "district.txt"
    first.write_text(row(900030, "Wadi Sirr District", "Wadi Sirr District", [], 31.5, 41.5, "A", "ADM2", "IQ", "", 9000)
                     + "\n", encoding="utf-8")
    import_geonames(index, first)
    town = tmp_path / "town.txt"
    town.write_text(row(900031, "Bir Sirr", "Bir Sirr", [], 31.52, 41.52, "P", "PPL", "IQ", "01", 4000) + "\n",
                    encoding="utf-8")
    with Gazetteer.open(index) as g:
        (district,) = g.lookup("Wadi Sirr District")
        assert (district.admin1_code, district.admin1) == (None, None)
        assert g.get("geonames:900030").admin1_code is None
        import_geonames(index, town)  # another connection's import
        (district,) = g.lookup("Wadi Sirr District")
        assert (district.admin1_code, district.admin1) == ("01", g.admin1_name("IQ", "01"))
        assert g.get("geonames:900030").admin1_code == "01"


def test_a_town_whose_code_lost_its_zero_is_paired_with_the_district_of_its_name(tmp_path):
    # the town's "1" is the district's "01": the district follows the town, as it would were
    # both "01", though it has more people
    path = _index_of(tmp_path, [
        row(900032, "Tall Zarqa", "Tall Zarqa", [], 33.2, 43.5, "P", "PPL", "IQ", "1", 5000),
        row(900033, "Tall Zarqa", "Tall Zarqa", [], 33.1, 43.4, "A", "ADM2", "IQ", "01", 200000),
    ])
    with Gazetteer.open(path) as g:
        found = g.lookup("Tall Zarqa")
        assert [(c.kind, c.admin1_code) for c in found] == [("city", "01"), ("admin", "01")]


def test_a_place_takes_its_neighbours_code_across_the_antimeridian_and_a_river_none(tmp_path):
    # an Aleutian district at 179.99 E whose town is 3 km off at 179.99 W, in Alaska; a river
    # with no code beside an Anbar town is no town or district: it may run through several provinces
    path = _index_of(tmp_path, [
        row(900034, "Semisopochnoi Test", "Semisopochnoi Test", [], 51.9, 179.99, "A", "ADM2", "US", "", 900),
        row(900035, "Amatignak Test", "Amatignak Test", [], 51.9, -179.99, "P", "PPL", "US", "AK", 2000),
        row(900036, "Nahr Test", "Nahr Test", [], 33.35, 43.79, "H", "STM", "IQ", "", 0),
    ])
    with Gazetteer.open(path) as g:
        assert g.admin1_name("US", "AK") is not None
        (district,) = g.lookup("Semisopochnoi Test")
        assert (district.admin1_code, district.admin1) == ("AK", g.admin1_name("US", "AK"))
        (river,) = g.lookup("Nahr Test")
        assert (river.admin1_code, river.admin1) == (None, None)
