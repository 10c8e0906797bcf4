"""The command line, end to end: through the installed entry point (a real
process) for exit statuses and stderr, and in-process through ``main`` for the rest."""

from __future__ import annotations

import io
import json
import os
import re
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
    assert report["schema"] == "fogcount/2"
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
    assert [c["category"] for c in reports[1]["claims"]] == ["families.fled"]
    assert "<stdin>:3: not valid JSON" in err and "2 document(s) processed, 1 failed" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 2


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_a_page_on_standard_input_is_one_document_of_its_main_text(monkeypatch, capsys):
    _stdin(monkeypatch, STDIN_PAGE.encode())
    assert main(["extract", "--format", "json", "-"]) == EXIT_OK
    report = json.loads(capsys.readouterr().out)  # one input, one document: an object, not an array
    assert report["schema"] == "fogcount/2"
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
    assert [[c[:2] for c in _claims(r)] for r in from_file] == [[("people.killed", 4)], [("families.fled", 30)]]
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
    assert schema["$id"] == "fogcount/2"
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
    assert [e["documents"] for e in linked if e["figures"]] == [["l", "w"]]  # same publication day: by id
    strike = next(e for e in linked if e["figures"])
    assert strike["links"][1]["joins"] == "l:e1" and "same place (Ramadi)" in strike["links"][1]["reasons"]


def test_discount_partisan_from_the_command_line(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("An air strike in Ramadi on Monday killed 40 fighters, the Iraqi army said. "
                       "A local monitor said the air strike in Ramadi on Monday killed 12 fighters.", encoding="utf-8")
    assert main(["extract", "--format", "json", "--discount-partisan", str(article)]) == EXIT_OK
    report = json.loads(capsys.readouterr().out)
    killed = [f for e in report["events"] for f in e["figures"] if f["category"] == "people.killed"]
    assert killed and killed[0]["best"] == 12 and killed[0]["low"] == 12 and killed[0]["high"] == 40


# ---------------------------------------------------------------- issue 18: a table to check, no silent no-ops

STORED = {  # id -> (text, published): one event in Syria (an air strike), one in Iraq (clashes)
    "saraqeb": ("An air strike on Saraqeb on Monday killed 9 civilians, a local doctor said.", "2020-02-04"),
    "mosul": ("Clashes between the army and militants in Mosul on Sunday killed 14 fighters, officials said.",
              "2020-03-02"),
}


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> str:
    from fogcount.pipeline import extract_state
    from fogcount.store import Store

    path = str(tmp_path_factory.mktemp("store") / "events.db")
    with Store.open(path) as store:
        for id_, (text, day) in STORED.items():
            state = extract_state(text, published=day, id=id_)
            store.add(state.report, text=state.text)
    return path


def _event_documents(capsys, *args: str) -> list[list[str]]:
    assert main(["events", "--format", "json", *args]) == EXIT_OK, capsys.readouterr().err
    return [e["documents"] for e in json.loads(capsys.readouterr().out)["events"]]


@pytest.mark.parametrize("spelling", ["SY", "sy", "Syria", "syria", "SYR"])
def test_events_country_takes_a_name_or_a_code(store_path, capsys, spelling):
    assert _event_documents(capsys, "--db", store_path, "--country", spelling) == [["saraqeb"]]


@pytest.mark.parametrize("spelling", ["Battles", "battles", "BATTLES"])
def test_events_type_takes_its_documented_spellings(store_path, capsys, spelling):
    assert _event_documents(capsys, "--db", store_path, "--type", spelling) == [["mosul"]]


@pytest.mark.parametrize("spelling", ["Explosions/Remote violence", "explosions", "remote violence"])
def test_events_type_takes_either_half_of_a_slashed_type(store_path, capsys, spelling):
    assert _event_documents(capsys, "--db", store_path, "--type", spelling) == [["saraqeb"]]


def test_an_unknown_country_is_refused_with_the_near_ones_and_the_stores(store_path, capsys):
    assert main(["events", "--db", store_path, "--country", "Syrai"]) == EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1
    assert "'Syrai' is not a country" in err and "did you mean Syria (SY)" in err
    assert "the store's events are in: Iraq (IQ), Syria (SY)" in err


def test_a_city_is_not_taken_for_its_country(store_path, capsys):
    assert main(["events", "--db", store_path, "--country", "Damascus"]) == EXIT_USAGE
    assert "'Damascus' is not a country" in capsys.readouterr().err


def test_an_unknown_event_type_is_refused_with_the_valid_ones(store_path):
    proc = run("events", "--db", store_path, "--type", "Bombs")
    assert_one_line_error(proc, EXIT_USAGE, "'Bombs' is not an event type; give one of: Battles, "
                          "Explosions/Remote violence, Violence against civilians, Protests, Riots, "
                          "Strategic developments")
    assert proc.stdout == b""


def test_a_sub_event_type_is_refused_with_its_type(store_path, capsys):
    assert main(["events", "--db", store_path, "--type", "Air/drone strike"]) == EXIT_USAGE
    assert "is a sub-event type of Explosions/Remote violence" in capsys.readouterr().err


def test_a_span_that_ends_before_it_begins_is_refused(store_path, capsys):
    assert main(["events", "--db", store_path, "--since", "2020-03-01", "--until", "2020-02-01"]) == EXIT_USAGE
    assert "2020-03-01 is after --until 2020-02-01" in capsys.readouterr().err


@pytest.mark.parametrize("value, reason", [
    ("2016-02-30", "'2016-02-30': that day does not exist (February 2016 has 29 days)"),
    ("2015-02-29", "February 2015 has 28 days"),
    ("2016-13-01", "there is no month 13"),
    ("2016-04-00", "there is no day 0"),
])
def test_a_day_that_does_not_exist_is_told_from_a_value_that_is_not_a_date(article, capsys, value, reason):
    assert main(["extract", "--published", value, str(article)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert reason in err and "not a date" not in err and len(err.strip().splitlines()) == 1


def test_events_since_takes_the_same_day_check(store_path, capsys):
    assert main(["events", "--db", store_path, "--since", "2020-02-30"]) == EXIT_USAGE
    assert "February 2020 has 29 days" in capsys.readouterr().err


@pytest.mark.parametrize("layout", ["acled", "ucdp", "csv"])
def test_demo_writes_the_layout_it_is_asked_for(capsys, layout):
    import csv

    assert main(["demo", "--format", layout]) == EXIT_OK
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and {row["document_id"] for row in rows} == {"fogcount-example"}
    if layout == "csv":
        assert any(row["category"] == "people.killed" for row in rows)


def test_demo_writes_geojson(capsys):
    assert main(["demo", "--format", "geojson"]) == EXIT_OK
    collection = json.loads(capsys.readouterr().out)
    assert collection["type"] == "FeatureCollection" and collection["features"]


@pytest.mark.parametrize("layout", ["csv", "acled", "ucdp", "geojson", "jsonl"])
def test_link_in_a_format_it_cannot_print_is_refused(article, capsys, layout):
    assert main(["extract", "--link", "--format", layout, str(article)]) == EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == "" and "'--link'" in err and f"not as {layout}" in err


@pytest.mark.parametrize("command, option", [
    (["extract", "ARTICLE"], ["--explain"]), (["extract", "ARTICLE"], ["--width", "120"]),
    (["demo"], ["--explain"]), (["events", "--db", "STORE"], ["--explain"]), (["events", "--db", "STORE"], ["--width", "90"]),
])
def test_table_options_with_another_format_are_refused(article, store_path, capsys, command, option):
    args = [{"ARTICLE": str(article), "STORE": store_path}.get(a, a) for a in command]
    assert main([*args, "--format", "json", *option]) == EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == "" and "shapes only the table; --format json has no use for it" in err


def test_serve_refuses_a_token_that_opens_nothing(store_path, monkeypatch):
    monkeypatch.delenv("FOGCOUNT_TOKEN", raising=False)
    assert_one_line_error(run("serve", "--db", store_path, "--token", "s3cret"), EXIT_USAGE,
                          "'--token': is the token writes need; without --allow-writes nothing is written")


LONG_SENTENCE = ("Rescue workers said on Tuesday that at least 23 people were killed when shells struck the crowded "
                 "vegetable market in the eastern quarter of Saraqeb, near the old grain silos by the railway station.")


def _sentence_lines(out: str, first_words: str) -> str:
    """The sentence column's text, rebuilt from the table's wrapped lines (its column starts where the
    sentence's first words are)."""
    lines = out.splitlines()
    top = next(i for i, line in enumerate(lines) if first_words in line)
    column = lines[top].index(first_words)
    words = []
    for line in lines[top:]:
        cell = line[column:].strip()
        if not cell:
            break
        words.append(cell)
    return " ".join(words)


def test_the_table_shows_the_whole_sentence_wrapped(tmp_path, capsys):
    article = tmp_path / "market.txt"
    article.write_text(LONG_SENTENCE + "\n", encoding="utf-8")
    assert main(["extract", "--published", "2020-02-05", "--width", "120", str(article)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "…" not in out
    assert _sentence_lines(out, "Rescue workers said") == LONG_SENTENCE
    assert max(len(line) for line in out.splitlines()) == 120


def test_piped_table_width_follows_columns(article, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    assert main(["extract", "--published", "2016-06-30", str(article)]) == EXIT_OK
    assert max(len(line) for line in capsys.readouterr().out.splitlines()) == 200


def test_the_table_is_headed_by_the_file_name_not_a_hash(article, capsys):
    from fogcount.corpus import content_hash

    assert main(["extract", "--published", "2016-06-30", str(article)]) == EXIT_OK
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith(f"{article}  (") and "published 2016-06-30" in first
    assert content_hash(ARTICLE)[:16] not in first


def test_a_batch_record_is_headed_by_its_own_id(tmp_path, capsys):
    batch = tmp_path / "b.jsonl"
    batch.write_text(STDIN_BATCH.splitlines()[0] + "\n", encoding="utf-8")
    assert main(["extract", str(batch)]) == EXIT_OK
    assert capsys.readouterr().out.startswith("north  (")


def test_without_a_publication_date_the_table_says_what_it_cost_and_stderr_warns_once(tmp_path, capsys):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    second.write_text("Four civilians were wounded yesterday, the mayor said.", encoding="utf-8")
    assert main(["extract", str(first), str(second)]) == EXIT_OK
    out, err = capsys.readouterr()
    assert "No publication date given: 'said on Tuesday' could not be dated" in " ".join(out.split())
    assert "No publication date given: 'yesterday' could not be dated" in " ".join(out.split())
    assert err.count("warning:") == 1 and len(err.strip().splitlines()) == 1
    assert "2 document(s) have no publication date" in err and "give --published YYYY-MM-DD" in err


def test_a_publication_date_removes_the_line_and_the_warning(article, capsys):
    assert main(["extract", "--published", "2016-06-30", str(article)]) == EXIT_OK
    out, err = capsys.readouterr()
    assert "No publication date" not in out and err == ""


def test_json_output_warns_too_when_days_cannot_be_dated(article, capsys):
    assert main(["extract", "--format", "json", str(article)]) == EXIT_OK
    out, err = capsys.readouterr()
    assert json.loads(out)["claims"][0]["time"]["start"] is None
    assert "'said on Tuesday' could not be dated" in err


def test_the_table_shows_the_place_as_the_article_spells_it(tmp_path, capsys):
    article = tmp_path / "s.txt"
    article.write_text("An air strike on Saraqeb on Monday killed 9 civilians, a local doctor said.", encoding="utf-8")
    assert main(["extract", "--published", "2020-02-04", "--width", "200", str(article)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Saraqeb (Saraqib)" in out


def test_demo_says_how_to_run_fogcount_when_it_is_not_on_path(tmp_path, capsys, monkeypatch):
    """After `make demo` the tool is .venv/bin/fogcount and not on PATH: the last line says so."""
    venv_bin = tmp_path / ".venv" / "bin"
    venv_bin.mkdir(parents=True)
    (venv_bin / "fogcount").write_text("#!/bin/sh\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.setattr(sys, "argv", [".venv/bin/fogcount", "demo", "--db", "demo.db"])
    assert main(["demo", "--db", "demo.db"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "  .venv/bin/fogcount serve --db demo.db" in out
    assert "\n  fogcount serve" not in out


def test_demo_says_fogcount_when_that_is_the_one_on_path(tmp_path, capsys, monkeypatch):
    from fogcount.cli import _own_command

    venv_bin = tmp_path / "bin"
    venv_bin.mkdir()
    tool = venv_bin / "fogcount"
    tool.write_text("#!/bin/sh\n")
    tool.chmod(0o755)
    monkeypatch.setenv("PATH", str(venv_bin))
    monkeypatch.setattr(sys, "argv", [str(tool), "demo"])
    assert _own_command() == "fogcount"
    monkeypatch.setattr(sys, "argv", [str(Path(__file__).parent / "__main__.py"), "demo"])
    assert _own_command().endswith(" -m fogcount")


def test_linked_events_name_their_documents_as_the_tables_do(tmp_path, capsys):
    first, second = tmp_path / "wire.txt", tmp_path / "monitor.txt"
    first.write_text("An air strike in Ramadi on Monday killed 12 civilians, officials said.", encoding="utf-8")
    second.write_text("A monitor said an air strike in Ramadi on Monday killed 19 civilians.", encoding="utf-8")
    assert main(["extract", "--published", "2020-05-12", "--link", str(first), str(second)]) == EXIT_OK
    out = capsys.readouterr().out
    linked = out[out.index("Linked events across documents"):].splitlines()
    # in the canonical order of linking (publication date, then document id), each by its file's name
    assert set(linked[2].strip().split("; ")) == {str(first), str(second)}


def test_stored_events_name_their_documents_by_title(tmp_path, capsys):
    db = str(tmp_path / "demo.db")
    assert main(["demo", "--db", db]) == EXIT_OK
    capsys.readouterr()
    assert main(["events", "--db", db, "--width", "300"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "1 document: [1] Dozens killed as fighting spreads along the Euphrates east of Deir ez-Zor (fogcount-example)" in out
    # its claims by that number, not by the document's id before theirs
    assert re.search(r"^ \[1\] c1 ", out, flags=re.M) and "fogcount-example:c1" not in out


def test_explain_says_which_sentences_each_event_joins(tmp_path, capsys):
    path = tmp_path / "shooting.txt"
    path.write_text("A shooting in Tawila on Tuesday night left one man dead. "
                    "Police said the shooting followed an argument.", encoding="utf-8")
    assert main(["extract", "--explain", str(path)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "sentence 1: its own figure (one)" in out and 'sentence 2: later mention "shooting"' in out
    assert main(["extract", str(path)]) == EXIT_OK
    assert "sentence 2:" not in capsys.readouterr().out

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
