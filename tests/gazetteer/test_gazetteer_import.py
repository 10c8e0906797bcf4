"""import_geonames and import_dumps: .zip and .txt dumps and folders of them, idempotent, malformed lines
counted, other files refused."""

from __future__ import annotations

import sqlite3
import zipfile

import pytest

from fogcount.gazetteer import Gazetteer, GazetteerError, dump_files, import_dumps, import_geonames
from fogcount.gazetteer.build import admin1_code

from gazetteer_rows import IMPORT_ROWS, row


def _counts(index):
    con = sqlite3.connect(index)
    try:
        return (con.execute("SELECT count(*) FROM places").fetchone()[0],
                con.execute("SELECT count(*) FROM names").fetchone()[0],
                con.execute("SELECT count(*) FROM admin1").fetchone()[0])
    finally:
        con.close()


@pytest.mark.parametrize("source", ["iq_txt", "iq_zip"])
def test_import_adds_all_feature_classes(index, source, request):
    added = import_geonames(index, request.getfixturevalue(source))
    assert added == len(IMPORT_ROWS) and added.malformed == 0
    with Gazetteer.open(index) as gaz:
        river = gaz.lookup("Euphrates")[0]
        assert (river.kind, river.feature_class, river.feature_code, river.precision) == ("water", "H", "STM", 2)
        district = gaz.lookup("Fallujah District")[0]
        assert (district.kind, district.admin1, district.precision) == ("admin", "Anbar", 2)
        town = gaz.lookup("Khan Bani Saad")[0]
        assert (town.kind, town.country, town.admin1_code, town.precision) == ("city", "IQ", "10", 1)


def test_same_geonameid_replaces(index, iq_txt):
    with Gazetteer.open(index) as gaz:
        assert gaz.lookup("الفلوجة")[0].gazetteer_id == "geonames:99454"
    import_geonames(index, iq_txt)
    with Gazetteer.open(index) as gaz:
        fallujah = gaz.get("geonames:99454")
        assert (fallujah.population, fallujah.feature_code) == (250000, "PPLA2")
        assert gaz.lookup("الفلوجة") == []  # the old row's names went with it
        assert [c.gazetteer_id for c in gaz.lookup("Fallujah") if c.kind == "city"] == ["geonames:99454"]


def test_import_is_idempotent(index, iq_txt, iq_zip):
    first = import_geonames(index, iq_txt)
    after_first = _counts(index)
    second = import_geonames(index, iq_zip)
    assert int(first) == int(second)
    assert _counts(index) == after_first
    con = sqlite3.connect(index)
    assert con.execute("SELECT count(*) FROM imports").fetchone()[0] == 2
    assert con.execute("SELECT file FROM imports ORDER BY rowid").fetchall() == [("IQ.txt",), ("IQ.zip:IQ.txt",)]


def test_an_adm1_feature_replaces_the_made_division(index, iq_txt):
    import_geonames(index, iq_txt)
    with Gazetteer.open(index) as gaz:
        assert gaz.get("iso3166-2:IQ-AN") is None
        for name in ("Anbar", "Al Anbar", "Anbar Governorate", "Anbar Province"):
            best = gaz.lookup(name)[0]
            assert (best.gazetteer_id, best.kind, best.admin1, best.precision) == ("geonames:99592", "admin1", "Anbar", 3), name
        assert best.lat == pytest.approx(32.5)  # GeoNames' own point now
        assert gaz.get("geonames:99454").admin1 == "Anbar"  # the curated name stays the one reported


def test_malformed_lines_are_counted_and_skipped(index, tmp_path):
    good = IMPORT_ROWS[1]
    lines = [
        good,
        "99999\tToo few columns",
        row("x12", "Bad Id", "Bad Id", [], 1, 1, "P", "PPL", "IQ", "01"),
        row(900010, "Bad Latitude", "Bad Latitude", [], "north", 1, "P", "PPL", "IQ", "01"),
        row(900011, "Off The Map", "Off The Map", [], 95.0, 1, "P", "PPL", "IQ", "01"),
        row(900012, "Bad Class", "Bad Class", [], 1, 1, "Q", "PPL", "IQ", "01"),
        "",
        IMPORT_ROWS[4],
    ]
    source = tmp_path / "mixed.txt"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    seen = []
    added = import_geonames(index, source, on_malformed=lambda n, reason: seen.append(n))
    assert int(added) == 2
    assert added.malformed == 5
    assert seen == [2, 3, 4, 5, 6]
    assert [n for n, _ in added.examples] == seen
    assert "columns" in added.examples[0][1]


@pytest.mark.parametrize(
    "content",
    [
        "id,name,lat,lon\n1,Fallujah,33.3,43.7\n",
        "",
        "just some text\nwith lines\n",
    ],
)
def test_a_file_that_is_not_geonames_is_refused(index, tmp_path, content):
    source = tmp_path / "places.csv"
    source.write_text(content)
    before = _counts(index)
    with pytest.raises(GazetteerError, match="not a GeoNames dump"):
        import_geonames(index, source)
    assert _counts(index) == before


def test_binary_and_bad_archives_are_refused(index, tmp_path):
    binary = tmp_path / "blob.bin"
    binary.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(GazetteerError, match="not a GeoNames dump"):
        import_geonames(index, binary)
    no_txt = tmp_path / "empty.zip"
    with zipfile.ZipFile(no_txt, "w") as zf:
        zf.writestr("readme.txt", "nothing here\n")
        zf.writestr("data.csv", "a,b\n")
    with pytest.raises(GazetteerError, match="no GeoNames .txt"):
        import_geonames(index, no_txt)
    fake = tmp_path / "fake.zip"
    fake.write_text("not a zip")
    with pytest.raises(GazetteerError, match="not a readable zip"):
        import_geonames(index, fake)
    with pytest.raises(GazetteerError, match="no such file"):
        import_geonames(index, tmp_path / "absent.zip")


def test_import_needs_an_index(tmp_path, iq_txt):
    with pytest.raises(GazetteerError, match="no gazetteer index"):
        import_geonames(tmp_path / "absent.sqlite", iq_txt)


def test_a_failed_import_changes_nothing(index, iq_txt):
    before = _counts(index)

    def interrupt(done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_geonames(index, iq_txt, progress=interrupt)
    assert _counts(index) == before
    with Gazetteer.open(index) as gaz:
        assert gaz.lookup("Euphrates") == []


def test_progress_counts_bytes(index, iq_zip):
    calls = []
    import_geonames(index, iq_zip, progress=lambda done, total: calls.append((done, total)))
    total = len("\n".join(IMPORT_ROWS).encode()) + 1
    assert calls[-1] == (total, total)


def test_admin1_code_list_names_divisions(index, tmp_path):
    source = tmp_path / "admin1CodesASCII.txt"
    source.write_text("IQ.99\tImaginary Governorate\tImaginary Governorate\t1\nIQ.01\tAnbar\tAnbar\t99592\nbad line\n")
    added = import_geonames(index, source)
    assert (int(added), added.malformed) == (2, 1)
    with Gazetteer.open(index) as gaz:
        village = gaz.get("geonames:900004")
        assert (village.admin1_code, village.admin1) == ("99", "Imaginary Governorate")
        division = gaz.lookup("Imaginary Governorate")[0]
        assert (division.kind, division.admin1, division.gazetteer_id) == ("admin1", "Imaginary Governorate", "admin1:IQ.99")
        assert gaz.lookup("Imaginary")[0].kind == "admin1"
        assert gaz.admin1_name("IQ", "01") == "Anbar"  # a curated name is not replaced


# Two country files as GeoNames ships them (SY written with its admin1 codes as numbers: "12.0").
SY_ROWS = [
    row(900201, "Kafranbel", "Kafranbel", ["Kafr Nubl"], 35.6135, 36.5617, "P", "PPL", "SY", "12.0"),
    row(900202, "Tall Harun", "Tall Harun", [], 35.81, 36.71, "P", "PPL", "SY", "12.0", 200),
]


def test_a_folder_of_country_files_is_imported_once_each(index, tmp_path):
    folder = tmp_path / "dumps"
    folder.mkdir()
    with zipfile.ZipFile(folder / "IQ.zip", "w") as zf:
        zf.writestr("IQ.txt", "\n".join(IMPORT_ROWS) + "\n")
    (folder / "SY.txt").write_text("\n".join(SY_ROWS) + "\n", encoding="utf-8")
    (folder / "readme.txt").write_text("GeoNames country files\n", encoding="utf-8")
    sources = dump_files([folder])
    assert [s.name for s in sources] == ["IQ.zip", "SY.txt"]
    before = _counts(index)
    counts = import_dumps(index, sources)
    assert [int(c) for c in counts] == [len(IMPORT_ROWS), len(SY_ROWS)]
    assert counts[1].new_places == 2 and counts[1].countries == {"SY"} and counts[1].names >= 3
    assert counts[0].new_places == len(IMPORT_ROWS) - 1  # Fallujah was there: replaced
    after = _counts(index)
    # the division the build made for Anbar gave way to the file's own ADM1 feature
    assert after[0] - before[0] == sum(c.new_places for c in counts) - 1
    assert import_dumps(index, dump_files([folder])) and _counts(index) == after  # rerun: nothing doubles
    with Gazetteer.open(index) as gaz:
        assert [f for f, *_ in gaz.describe()["imports"]] == ["IQ.zip:IQ.txt", "SY.txt"]
        village = gaz.get("geonames:900201")
        assert village.admin1_code == "12"  # "12.0" read as GeoNames' code


def test_admin1_codes_written_as_numbers_are_geonames_codes():
    assert [admin1_code(c) for c in ("9.0", "26.0", "09", "ESYE31", "TX", None)] == ["09", "26", "09", "ESYE31", "TX", None]


def test_a_missing_file_or_an_empty_folder_is_refused(tmp_path):
    with pytest.raises(GazetteerError, match="no such file or folder"):
        dump_files([tmp_path / "absent"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(GazetteerError, match="holds no .zip or .txt"):
        dump_files([tmp_path / "empty"])


def test_an_import_indexes_a_country_s_band_of_latitude(index, iq_txt):
    """The nearest coded town of an uncoded place reads one country's band (places 22): an index made
    before that index existed gets it at its next import, and a query of the band uses it."""
    con = sqlite3.connect(index)
    con.execute("DROP INDEX IF EXISTS places_country_lat")
    con.commit()
    con.close()
    import_geonames(index, iq_txt)
    con = sqlite3.connect(index)
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "places_country_lat" in names
    plan = " ".join(str(r) for r in con.execute(
        "EXPLAIN QUERY PLAN SELECT lat, lon, admin1_code FROM places WHERE lat BETWEEN 33 AND 34 "
        "AND lon BETWEEN 43 AND 44 AND country = 'IQ' AND admin1_code IS NOT NULL AND kind = 'city'"))
    assert "places_country_lat" in plan
