"""The command line, end to end: through the installed entry point (a real
process) for exit statuses and stderr, and in-process through ``main`` for the rest."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fogcount.cli import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, main

ENTRY_POINT = Path(sys.executable).with_name("fogcount")
ARTICLE = (
    "At least 12 soldiers were killed and dozens of fighters fled, the army said on Tuesday.\n\n"
    "A convoy left at 1:20 a.m., 20 miles from the border.\n"
)


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "FOGCOUNT_DEBUG"}
    return subprocess.run([str(ENTRY_POINT), *args], input=stdin, capture_output=True, env=env, timeout=300)


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def assert_one_line_error(proc, code: int, fragment: str):
    err = proc.stderr.decode()
    assert proc.returncode == code, (proc.returncode, err)
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert fragment in err, err


def test_entry_point_extract_json(article):
    proc = run("extract", "--published", "2016-06-30", "--format", "json", str(article))
    assert proc.returncode == 0, proc.stderr.decode()
    report = json.loads(proc.stdout)
    assert report["schema"] == "fogcount/1"
    assert report["document"]["published"] == "2016-06-30"
    assert [(c["category"], c["value"]["low"], c["value"]["high"]) for c in report["claims"]] == [
        ("people.killed", 12, None),
        ("people.fled", 24, 99),
    ]


def test_entry_point_reads_standard_input():
    proc = run("extract", "--format", "jsonl", "-", stdin=ARTICLE.encode())
    assert proc.returncode == 0
    lines = proc.stdout.decode().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["claims"][0]["value"]["text"] == "At least 12"


STDIN_BATCH = "\n".join([
    json.dumps({"id": "north", "text": "Four soldiers were killed near the dam.", "published": "2021-02-03"}),
    json.dumps({"id": "south", "text": "Thirty families fled the village, the mayor said."}),
    "{not json",
]) + "\n"
STDIN_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Shelling in Riverside | Valley Gazette</title>
<link rel="canonical" href="https://gazette.example/riverside-shelling"></head>
<body><nav><a href="/">Front page</a> · <a href="/sport">Sport</a> · 3 new offers</nav>
<article><h1>Shelling in Riverside</h1>
<p>Shelling killed seven civilians in Riverside on Monday, a local doctor told the Gazette by telephone.</p>
<p>At least 15 houses were damaged and the clinic was closed, the doctor said, adding that more shelling was feared.</p>
</article><footer>Valley Gazette 2021. Page views: 999.</footer></body></html>"""


def test_entry_point_reads_a_jsonl_batch_on_standard_input():
    """`extract -` reads standard input as `ingest -` does, by its kind: a JSONL batch gives an array of its good
    records, in order, each bad line named on stderr by its line number, and the partial exit status."""
    proc = run("extract", "--format", "json", "--published", "2021-02-10", "-", stdin=STDIN_BATCH.encode())
    err = proc.stderr.decode()
    assert proc.returncode == EXIT_PARTIAL, err
    reports = json.loads(proc.stdout)
    assert [r["document"]["id"] for r in reports] == ["north", "south"]
    assert [r["document"]["published"] for r in reports] == ["2021-02-03", "2021-02-10"]  # the record's own date first
    assert [(c["category"], c["value"]["low"]) for c in reports[0]["claims"]] == [("people.killed", 4)]
    assert [c["category"] for c in reports[1]["claims"]] == ["people.fled"]
    assert "<stdin>:3: not valid JSON" in err and "2 document(s) processed, 1 failed" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 2


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_a_page_on_standard_input_is_one_document_of_its_main_text(monkeypatch, capsys):
    _stdin(monkeypatch, STDIN_PAGE.encode())
    assert main(["extract", "--format", "json", "-"]) == EXIT_OK
    report = json.loads(capsys.readouterr().out)  # one input, one document: an object, not an array
    assert report["schema"] == "fogcount/1"
    assert report["document"]["title"] == "Shelling in Riverside"
    assert report["document"]["url"] == "https://gazette.example/riverside-shelling"
    assert [(c["category"], c["value"]["low"], c["value"]["high"]) for c in report["claims"]] == [
        ("people.killed", 7, 7), ("buildings.damaged", 15, None)]
    assert all("<" not in c["sentence"] and "999" not in c["sentence"] for c in report["claims"])


def test_one_line_batch_on_standard_input_is_still_an_array(monkeypatch, capsys):
    _stdin(monkeypatch, STDIN_BATCH.splitlines()[0].encode() + b"\n")
    assert main(["extract", "--format", "json", "-"]) == EXIT_OK
    reports = json.loads(capsys.readouterr().out)  # as a .jsonl file of one line
    assert isinstance(reports, list) and [r["document"]["id"] for r in reports] == ["north"]


def test_a_batch_on_standard_input_in_a_layout(monkeypatch, capsys):
    import csv

    _stdin(monkeypatch, STDIN_BATCH.encode())
    assert main(["extract", "--format", "csv", "-"]) == EXIT_PARTIAL
    out, err = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [row["document_id"] for row in rows] == ["north", "south"]
    assert "<stdin>:3" in err and "Traceback" not in err


# A page whose scripts and navigation hold figures of their own: only its article's may come out.
SCRIPTED_PAGE = STDIN_PAGE.replace(
    "<link rel=", '<script>var teaser = "Five soldiers were present at the checkpoint.";</script>\n<link rel=')
FEED = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Valley Wire</title><link>https://wire.example/</link>
<item><title>Dam attack</title><link>https://wire.example/1</link><pubDate>Tue, 02 Feb 2021 10:00:00 GMT</pubDate>
<description>Four soldiers were killed near the dam, the army said.</description></item>
<item><title>Village</title><link>https://wire.example/2</link><pubDate>Wed, 03 Feb 2021 10:00:00 GMT</pubDate>
<description>Thirty families fled the village, the mayor said.</description></item>
</channel></rss>
"""


def _extract_json(monkeypatch, capsys, argument: str, stdin: bytes = b"") -> object:
    _stdin(monkeypatch, stdin)
    assert main(["extract", "--format", "json", argument]) == EXIT_OK
    return json.loads(capsys.readouterr().out)


def _claims(report: dict) -> list[tuple]:
    return [(c["category"], c["value"]["low"], c["value"]["high"], c["sentence"]) for c in report["claims"]]


def test_a_page_file_is_read_as_the_same_bytes_on_standard_input(tmp_path, monkeypatch, capsys):
    """`extract page.html` and `extract - < page.html` read the page the same way: its main text, not its markup."""
    page = tmp_path / "page.html"
    page.write_text(SCRIPTED_PAGE, encoding="utf-8")
    from_file = _extract_json(monkeypatch, capsys, str(page))
    from_stdin = _extract_json(monkeypatch, capsys, "-", SCRIPTED_PAGE.encode())
    assert isinstance(from_file, dict)  # one page, one object
    assert _claims(from_file) == _claims(from_stdin)
    assert [c[:3] for c in _claims(from_file)] == [("people.killed", 7, 7), ("buildings.damaged", 15, None)]
    assert from_file["document"] == from_stdin["document"]
    assert from_file["document"]["title"] == "Shelling in Riverside"


def test_a_feed_file_is_an_array_of_its_entries_as_on_standard_input(tmp_path, monkeypatch, capsys):
    feed = tmp_path / "feed.xml"  # .xml: its first bytes say it is a feed
    feed.write_bytes(FEED)
    from_file = _extract_json(monkeypatch, capsys, str(feed))
    from_stdin = _extract_json(monkeypatch, capsys, "-", FEED)
    assert isinstance(from_file, list) and isinstance(from_stdin, list)
    assert [_claims(r) for r in from_file] == [_claims(r) for r in from_stdin]
    assert [[c[:2] for c in _claims(r)] for r in from_file] == [[("people.killed", 4)], [("people.fled", 30)]]
    assert [r["document"]["url"] for r in from_file] == ["https://wire.example/1", "https://wire.example/2"]


def test_a_one_line_jsonl_file_is_still_an_array(tmp_path, monkeypatch, capsys):
    batch = tmp_path / "one.jsonl"
    batch.write_text(STDIN_BATCH.splitlines()[0] + "\n")
    reports = _extract_json(monkeypatch, capsys, str(batch))
    assert isinstance(reports, list) and [r["document"]["id"] for r in reports] == ["north"]


@pytest.mark.parametrize(
    "make, fragment",
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: _write(d / "blob.bin", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8), "binary data"),
        (lambda d: _write(d / "empty.txt", b" \n "), "empty input"),
    ],
)
def test_entry_point_bad_input_is_one_line(tmp_path, make, fragment):
    proc = run("extract", str(make(tmp_path)))
    assert_one_line_error(proc, EXIT_FAILED, f"E100 {make(tmp_path)}: {fragment}")


def test_entry_point_empty_stdin_and_size_limit(article):
    assert_one_line_error(run("extract", "-", stdin=b""), EXIT_FAILED, "E100 <stdin>: empty input")
    assert_one_line_error(run("extract", "--max-bytes", "50", str(article)), EXIT_FAILED, "size limit of 50 bytes")


def test_entry_point_bad_option_is_one_line(article):
    assert_one_line_error(run("extract", "--published", "last week", str(article)), EXIT_USAGE, "not a date")


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_batch_with_bad_lines_processes_the_good_ones(tmp_path, capsys):
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        "\n".join(
            [
                json.dumps({"id": "one", "text": "Five soldiers were killed.", "published": "2020-05-09"}),
                "{broken",
                json.dumps({"id": "two"}),
                json.dumps({"id": "three", "text": "Two hundred residents fled the village."}),
            ]
        )
        + "\n"
    )
    code = main(["extract", "--format", "jsonl", str(batch)])
    out, err = capsys.readouterr()
    assert code == EXIT_PARTIAL
    reports = [json.loads(line) for line in out.splitlines()]
    assert [r["document"]["id"] for r in reports] == ["one", "three"]
    assert reports[0]["document"]["published"] == "2020-05-09"
    assert "batch.jsonl:2" in err and "batch.jsonl:3" in err and "2 document(s) processed, 2 failed" in err
    assert "Traceback" not in err


def test_several_files_give_a_json_array_in_input_order(tmp_path, capsys):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Five soldiers were killed.")
    second.write_text("Two hundred residents fled the village.")
    assert main(["extract", "--format", "json", str(first), str(second)]) == EXIT_OK
    reports = json.loads(capsys.readouterr().out)
    assert [r["claims"][0]["category"] for r in reports] == ["people.killed", "people.fled"]


def test_a_missing_file_among_good_ones_is_partial(tmp_path, capsys):
    good = tmp_path / "a.txt"
    good.write_text("Five soldiers were killed.")
    code = main(["extract", "--format", "jsonl", str(good), str(tmp_path / "nope.txt")])
    out, err = capsys.readouterr()
    assert code == EXIT_PARTIAL and len(out.splitlines()) == 1 and "nope.txt: no such file" in err


def test_table_shows_figure_category_and_sentence(article, capsys):
    assert main(["extract", str(article)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "people.killed" in out and "≥12" in out and "At least 12" in out and "24–99" in out


def test_demo_runs_on_the_shipped_example(capsys):
    assert main(["demo"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "claims" in out and "people.killed" in out and "strikes.conducted" in out


def test_demo_keeps_the_example_in_a_store_once_and_says_how_to_see_it(capsys, tmp_path):
    from fogcount.store import Store

    db = str(tmp_path / "demo.db")
    assert main(["demo", "--db", db]) == EXIT_OK
    assert main(["demo", "--db", db]) == EXIT_OK  # again: nothing doubled
    out = capsys.readouterr().out
    assert f"fogcount serve --db {db}" in out
    with Store.open(db) as store:
        [document] = store.documents()
        assert document.id == "fogcount-example" and store.text(document.id).startswith(document.title)
        assert store.events()


def test_schema_is_the_json_schema_of_a_report(capsys):
    assert main(["schema"]) == EXIT_OK
    schema = json.loads(capsys.readouterr().out)
    assert schema["$id"] == "fogcount/1"
    assert {"schema", "document", "places", "claims", "events"} <= set(schema["properties"])
    claim = schema["$defs"]["Claim"]["properties"]
    assert {"id", "sentence", "span", "category", "value", "subject", "negated", "hedge", "source", "time",
            "place", "event"} <= set(claim)


def test_usage_error_is_one_line(capsys):
    assert main(["extract"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Missing argument" in err


def test_actors_file_from_the_command_line(tmp_path, capsys):
    extra = tmp_path / "mine.toml"
    extra.write_text('[[actor]]\nname = "Black Banner Brigade"\naliases = ["Black Banner Brigade"]\n'
                     'kind = "armed_group"\ncountry = ""\nconflicts = ["Testland"]\n', encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Black Banner Brigade fighters captured 12 soldiers, the group said.", encoding="utf-8")
    assert main(["extract", "--format", "json", "--actors", str(extra), str(article)]) == EXIT_OK
    claim = json.loads(capsys.readouterr().out)["claims"][0]
    assert claim["source"]["kind"] == "armed_group" and claim["source"]["partisan"] is True


def test_bad_actors_file_is_one_line(tmp_path, article, capsys):
    assert main(["extract", "--actors", str(tmp_path / "none.toml"), str(article)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "cannot read the actors file" in err


def test_table_shows_who_says_so(article, capsys):
    assert main(["extract", str(article)]) == EXIT_OK
    assert "the army" in capsys.readouterr().out.lower()


def test_table_groups_claims_under_events_and_explains(article, capsys):
    assert main(["extract", "--explain", str(article)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "events" in out and "low–best–high" in out and "independent source" in out
    assert "is the largest figure claimed" in out


@pytest.mark.parametrize("layout, first", [("acled", "document_id"), ("ucdp", "document_id"),
                                           ("csv", "document_id")])
def test_layouts_from_the_command_line(article, capsys, layout, first):
    import csv
    import io

    assert main(["extract", "--format", layout, str(article)]) == EXIT_OK
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and list(rows[0])[0] == first


def test_geojson_from_the_command_line(article, capsys):
    assert main(["extract", "--format", "geojson", str(article)]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["type"] == "FeatureCollection"


def test_bad_policy_is_one_line(article, capsys):
    assert main(["extract", "--policy", "loudest", str(article)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "policy must be" in err


def test_link_from_the_command_line(tmp_path, capsys):
    batch = tmp_path / "b.jsonl"
    batch.write_text("\n".join(json.dumps(r) for r in [
        {"id": "w", "published": "2020-05-12", "text": "An air strike in Ramadi on Monday killed 12 civilians, officials said."},
        {"id": "l", "published": "2020-05-12", "text": "A monitor said an air strike in Ramadi on Monday killed 19 civilians."},
    ]) + "\n")
    assert main(["extract", "--link", "--format", "json", str(batch)]) == EXIT_OK
    linked = json.loads(capsys.readouterr().out)["linked_events"]
    assert [e["documents"] for e in linked if e["figures"]] == [["w", "l"]]


def test_discount_partisan_from_the_command_line(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("An air strike in Ramadi on Monday killed 40 fighters, the Iraqi army said. "
                       "A local monitor said the air strike in Ramadi on Monday killed 12 fighters.", encoding="utf-8")
    assert main(["extract", "--format", "json", "--discount-partisan", str(article)]) == EXIT_OK
    report = json.loads(capsys.readouterr().out)
    killed = [f for e in report["events"] for f in e["figures"] if f["category"] == "people.killed"]
    assert killed and killed[0]["best"] == 12 and killed[0]["low"] == 12 and killed[0]["high"] == 40


# ------------------------------------------------------------------ gazetteer

_GAZETTEER_ROWS = [  # GeoNames' layout, 19 columns: two villages the project made up, and a town
    "900301\tTall Qarmun\tTall Qarmun\tTell Qarmun\t35.8\t36.7\tP\tPPL\tSY\t\t12\t\t\t\t200\t\t50\tAsia/Damascus\t2024-01-01",
    "900302\tDar Salim\tDar Salim\t\t35.9\t36.4\tP\tPPL\tSY\t\t12\t\t\t\t100\t\t50\tAsia/Damascus\t2024-01-01",
]
_TOWN = "169388\tIdlib\tIdlib\tIdleb\t35.93062\t36.63393\tP\tPPLA\tSY\t\t12\t\t\t\t128840\t\t50\tAsia/Damascus\t2024-01-01"


@pytest.fixture
def small_index(tmp_path) -> Path:
    from fogcount.gazetteer import build, read_geonames

    town = tmp_path / "town.txt"
    town.write_text(_TOWN + "\n", encoding="utf-8")
    path = tmp_path / "gazetteer.sqlite"
    build(path, cities=list(read_geonames(town)), town_divisions={})
    return path


def test_gazetteer_import_takes_a_folder_and_says_what_it_added(tmp_path, small_index, capsys):
    folder = tmp_path / "dumps"
    folder.mkdir()
    (folder / "SY.txt").write_text("\n".join(_GAZETTEER_ROWS) + "\n", encoding="utf-8")
    for attempt in range(2):  # a rerun adds nothing new
        assert main(["gazetteer", "import", str(folder), "--gazetteer", str(small_index), "--quiet"]) == EXIT_OK
        out = capsys.readouterr().out
        new = 2 if attempt == 0 else 0
        assert f"SY.txt: 2 places ({new} new)" in out
        assert f"added 2 places ({new} new)" in out and "1 country from 1 file in " in out and " MB" in out
    assert main(["gazetteer", "describe", "--gazetteer", str(small_index)]) == EXIT_OK
    described = capsys.readouterr().out
    assert described.count("imported SY.txt: 2 places") == 1 and "built " in described and " MB" in described


def test_gazetteer_import_of_nothing_there_is_a_one_line_error(tmp_path, small_index, capsys):
    code = main(["gazetteer", "import", str(tmp_path / "absent"), "--gazetteer", str(small_index)])
    err = capsys.readouterr().err
    assert code != EXIT_OK and "no such file or folder" in err and len(err.strip().splitlines()) == 1


def test_gazetteer_help_names_only_commands_that_exist(capsys):
    main(["gazetteer", "--help"])
    listed = capsys.readouterr().out
    for command in ("build", "import", "describe"):
        assert command in listed
        assert main(["gazetteer", command, "--help"]) == EXIT_OK
