"""`fogcount ingest`: a corpus into the store, each document once; a run
killed part-way (SIGKILL, Ctrl-C) is resumed by running it again."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fogcount.cli import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, main
from fogcount.stages.ingest import content_hash, normalise

ENTRY_POINT = Path(sys.executable).with_name("fogcount")
PLACES = ["Mosul", "Hassi", "Aleppo", "Fallujah", "Ramadi", "Tikrit", "Homs", "Idlib", "Kirkuk", "Baiji"]
PARAGRAPHS = [
    "At least {a} soldiers were killed in an ambush near {p} on Tuesday, the army said in a statement.",
    "Residents said {b} houses were destroyed and dozens of families fled toward the river overnight.",
    "A spokesman for the provincial council said {c} civilians were wounded and taken to hospital in {p}.",
    "Militants captured {d} vehicles and seized a checkpoint on the main road, according to a local official.",
    "The ministry said later that {e} fighters had surrendered to security forces south of {p}.",
]


def article(i: int, paragraphs: int = 5) -> str:
    """Document ``i`` of a corpus: distinct figures and places, ``paragraphs`` x 5 paragraphs."""
    p = PLACES[i % len(PLACES)]
    parts = []
    for k in range(paragraphs):
        n = i * 31 + k * 7
        parts += [t.format(a=n + 3, b=n + 4, c=n + 5, d=n + 6, e=n + 7, p=p) for t in PARAGRAPHS]
    return f"Fighting near {p}, report {i}\n\n" + "\n\n".join(parts) + "\n"


def write_corpus(root: Path, count: int, paragraphs: int = 1) -> list[str]:
    root.mkdir(parents=True, exist_ok=True)
    texts = []
    for i in range(count):
        text = article(i, paragraphs)
        (root / f"doc{i:03d}.txt").write_text(text, encoding="utf-8")
        texts.append(text)
    return texts


def stored_hashes(db: Path) -> list[str]:
    if not db.exists():
        return []
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as con:
        try:
            return [row[0] for row in con.execute("SELECT sha256 FROM documents")]
        except sqlite3.OperationalError:  # the schema is not written yet
            return []


def run_cli(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "FOGCOUNT_DEBUG"}
    return subprocess.run([str(ENTRY_POINT), *args], capture_output=True, env=env, timeout=600, input=input)


def test_ingest_then_again_changes_nothing(tmp_path, capsys):
    root = tmp_path / "corpus"
    write_corpus(root, 4)
    (root / "batch.jsonl").write_text(json.dumps({"id": "j1", "text": "Five people were killed in Homs."}) + "\n{bad\n")
    db = tmp_path / "s.db"
    assert main(["ingest", "--quiet", "--db", str(db), "--published", "2016-06-30", str(root)]) == EXIT_PARTIAL
    out, err = capsys.readouterr()
    assert out.startswith("documents: 5 new, 0 already known, 1 failed; events: ")
    assert err.strip().splitlines() == [
        f"fogcount: E101 {root}/batch.jsonl:2: not valid JSON (Expecting property name enclosed in double quotes "
        "at column 2)"
    ]
    first = sorted(stored_hashes(db))
    assert len(first) == 5
    assert main(["ingest", "--quiet", "--db", str(db), "--published", "2016-06-30", str(root)]) == EXIT_PARTIAL
    out, _ = capsys.readouterr()
    assert out == "documents: 0 new, 5 already known, 1 failed; events: 0 new, 0 updated\n"
    assert sorted(stored_hashes(db)) == first


def test_a_text_files_headline_is_stored_as_its_title(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Six killed at a market in Kandahar\n\nGunmen killed six people at a market "
                                    "in Kandahar on Tuesday, police said.\n")
    db = tmp_path / "s.db"
    assert main(["ingest", "--quiet", "--db", str(db), "--published", "2020-05-06", str(tmp_path / "a.txt")]) == EXIT_OK
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT title FROM documents").fetchall() == [("Six killed at a market in Kandahar",)]


def test_exit_statuses(tmp_path, capsys):
    root = tmp_path / "corpus"
    write_corpus(root, 2)
    db = str(tmp_path / "s.db")
    assert main(["ingest", "-q", "--db", db, str(root)]) == EXIT_OK
    assert main(["ingest", "-q", "--db", db, str(tmp_path / "missing")]) == EXIT_FAILED
    assert main(["ingest", "-q", "--db", db, "--workers", "2", "--scheduler", "tcp://127.0.0.1:1", str(root)]) == EXIT_USAGE
    assert main(["ingest", "-q", "--db", str(tmp_path / "no" / "such" / "s.db"), str(root)]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert "no such file or directory" in err and "give --workers or --scheduler, not both" in err
    assert "E500" in err and "does not exist" in err


def test_ingest_on_two_local_workers(tmp_path):
    root = tmp_path / "corpus"
    texts = write_corpus(root, 6)
    db = tmp_path / "s.db"
    proc = run_cli("ingest", "--quiet", "--workers", "2", "--db", str(db), str(root))
    assert proc.returncode == EXIT_OK, proc.stderr.decode()
    assert proc.stdout.decode().startswith("documents: 6 new, 0 already known, 0 failed")
    assert sorted(stored_hashes(db)) == sorted(content_hash(normalise(t)) for t in texts)


# Enough documents that a stop sent after the first few lands part-way.
STOPPED_CORPUS = 30


def _sigint_as_at_a_terminal() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start_and_stop(tmp_path: Path, stop: signal.Signals, at_least: int = 3):
    """Start an ingest of STOPPED_CORPUS documents, send ``stop`` once ``at_least`` are stored."""
    root = tmp_path / "corpus"
    texts = write_corpus(root, STOPPED_CORPUS, paragraphs=4)
    db = tmp_path / "s.db"
    args = [str(ENTRY_POINT), "ingest", "--quiet", "--db", str(db), "--published", "2016-06-30", str(root)]
    # Ctrl-C as a user at a terminal sends it: the child gets SIGINT's default
    # handling even when this suite runs as a background job (`pytest &`),
    # whose children inherit SIGINT ignored and would run to the end.
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=_sigint_as_at_a_terminal)
    deadline = time.monotonic() + 300
    try:
        while len(stored_hashes(db)) < at_least:
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "no document stored in 300 s"
            time.sleep(0.02)
        assert proc.poll() is None, "the run ended before it could be stopped part-way"
        proc.send_signal(stop)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    return args, texts, db, proc, out.decode(), err.decode()


def test_a_killed_ingest_is_resumed_with_nothing_lost_or_doubled(tmp_path):
    args, texts, db, proc, _, _ = _start_and_stop(tmp_path, signal.SIGKILL)
    assert proc.returncode == -signal.SIGKILL
    stored = stored_hashes(db)
    assert 3 <= len(stored) < STOPPED_CORPUS, len(stored)  # killed part-way
    again = subprocess.run(args, capture_output=True, timeout=600)
    assert again.returncode == EXIT_OK, again.stderr.decode()
    assert again.stdout.decode().startswith(f"documents: {STOPPED_CORPUS - len(stored)} new, {len(stored)} already known, 0 failed")
    final = stored_hashes(db)
    assert len(final) == len(set(final)) == STOPPED_CORPUS
    assert set(final) == {content_hash(normalise(t)) for t in texts}


def test_an_interrupted_ingest_says_so_and_is_resumed(tmp_path):
    args, texts, db, proc, out, err = _start_and_stop(tmp_path, signal.SIGINT)
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1] == ("fogcount: interrupted; what was stored is kept: "
                                            "run the same command again to resume")
    stored = stored_hashes(db)
    assert out.startswith(f"documents: {len(stored)} new, 0 already known, 0 failed")
    again = subprocess.run(args, capture_output=True, timeout=600)
    assert again.returncode == EXIT_OK
    assert sorted(stored_hashes(db)) == sorted({content_hash(normalise(t)) for t in texts})


@pytest.mark.parametrize("option", ["--workers", "--scheduler", "--db", "--quiet"])
def test_ingest_options_are_in_the_help(option, capsys):
    assert main(["ingest", "--help"]) == EXIT_OK
    assert option in capsys.readouterr().out


def _warc(path: Path, pages: dict[str, str]) -> bytes:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for uri, text in pages.items():
        body = f"<html><head><title>{uri}</title></head><body><article><p>{text}</p></article></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body.encode()),
                                                      http_headers=headers))
    path.write_bytes(out.getvalue())
    return out.getvalue()


def test_every_kind_of_input_and_each_failure_named(tmp_path, capsys):
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "page.html").write_text(
        "<html><head><title>Hassi</title></head><body><article><p>At least 12 soldiers were killed near Hassi on "
        "Tuesday, the army said.</p><p>Residents said dozens of families fled.</p></article></body></html>")
    (root / "wire.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>a</title>'
        "<link>https://wire.example/a</link><description>Five civilians were killed in Aleppo, activists said."
        "</description></item></channel></rss>")
    (root / "broken.rss").write_text("<rss><channel><title>x</ti")
    data = _warc(root / "news.warc.gz", {"https://news.example/1": article(1), "https://news.example/2": article(2)})
    (root / "news.warc.gz").write_bytes(data[:-40])  # the second record cut short
    db = tmp_path / "s.db"
    assert main(["ingest", "-q", "--db", str(db), "--published", "2016-06-30", str(root)]) == EXIT_PARTIAL
    out, err = capsys.readouterr()
    assert out.startswith("documents: 3 new, 0 already known, 2 failed")
    lines = err.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"fogcount: E101 {root}/broken.rss: not a readable RSS or Atom feed")
    assert lines[1].startswith(f"fogcount: E101 {root}/news.warc.gz@") and "https://news.example/2" in lines[1]
    assert "truncated record" in lines[1]


def test_a_new_version_of_a_known_url_points_to_the_old_one(tmp_path, capsys):
    from fogcount.store import Store

    db = tmp_path / "s.db"
    _warc(tmp_path / "monday.warc.gz", {"https://news.example/story": article(1)})
    _warc(tmp_path / "tuesday.warc.gz", {"https://news.example/story": article(1) + "\n\nUpdate: " + article(2)})
    assert main(["ingest", "-q", "--db", str(db), str(tmp_path / "monday.warc.gz")]) == EXIT_OK
    assert main(["ingest", "-q", "--db", str(db), str(tmp_path / "*.warc.gz")]) == EXIT_OK
    assert capsys.readouterr().out.splitlines()[1].startswith("documents: 1 new, 1 already known, 0 failed")
    with Store.open(str(db), create=False) as store:
        newer, older = store.documents()
        assert newer.url == older.url == "https://news.example/story"
        assert newer.previous == older.id and older.previous is None


def test_standard_input_is_read_by_its_kind(tmp_path, capsys, monkeypatch):
    import io

    batch = "".join(json.dumps({"id": f"j{i}", "text": article(i)}) + "\n" for i in range(2))
    done = run_cli("ingest", "-q", "--db", str(tmp_path / "a.db"), "-", input=batch.encode())
    assert done.returncode == EXIT_OK, done.stderr
    assert done.stdout.decode().startswith("documents: 2 new, 0 already known, 0 failed")
    assert sorted(stored_hashes(tmp_path / "a.db")) == sorted(content_hash(normalise(article(i))) for i in range(2))

    data = _warc(tmp_path / "news.warc.gz", {"https://news.example/1": article(1), "https://news.example/2": article(2)})
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["ingest", "-q", "--db", str(tmp_path / "b.db"), "-"]) == EXIT_OK
    assert capsys.readouterr().out.startswith("documents: 2 new, 0 already known, 0 failed")


def test_a_bad_scheduler_address_is_one_line(tmp_path, capsys):
    root = tmp_path / "corpus"
    write_corpus(root, 1)
    assert main(["ingest", "-q", "--db", str(tmp_path / "s.db"), "--scheduler", "nonsense", str(root)]) == EXIT_FAILED
    out, err = capsys.readouterr()
    assert err == ("fogcount: E600 'nonsense' is not a Dask scheduler address (missing port number in address "
                   "'nonsense'); give one as tcp://HOST:PORT\n")
    assert out == ""


# ---------------------------------------------------------------- one bad document never stops a batch

CALENDAR_END = [
    {"id": "before", "text": "Two soldiers were killed in Mosul on Monday.", "published": "2020-05-01"},
    {"id": "p", "text": "On 31 December 9999, fighting began. The next day, three people were killed.",
     "published": "2020-05-01"},
    {"id": "late", "text": "Three people were killed this week.", "published": "9999-12-31"},
    {"id": "early", "text": "Four people were killed yesterday.", "published": "0001-01-01"},
    {"id": "after", "text": "Five fighters died in Homs on Tuesday.", "published": "2020-05-01"},
]


def _calendar_end_batch(tmp_path: Path) -> Path:
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps(r) + "\n" for r in CALENDAR_END))
    return batch


def test_dates_at_the_ends_of_the_calendar_do_not_stop_a_batch(tmp_path, capsys):
    batch, db = _calendar_end_batch(tmp_path), tmp_path / "s.db"
    assert main(["ingest", "--quiet", "--db", str(db), str(batch)]) == EXIT_OK, capsys.readouterr().err
    assert capsys.readouterr().out.startswith("documents: 5 new, 0 already known, 0 failed")
    assert len(stored_hashes(db)) == 5


def test_dates_at_the_ends_of_the_calendar_on_two_workers(tmp_path):
    batch, db = _calendar_end_batch(tmp_path), tmp_path / "s.db"
    proc = run_cli("ingest", "--quiet", "--workers", "2", "--db", str(db), str(batch))
    assert proc.returncode == EXIT_OK, proc.stderr.decode()
    assert proc.stdout.decode().startswith("documents: 5 new, 0 already known, 0 failed")
    assert len(stored_hashes(db)) == 5


def test_an_unexpected_fault_fails_that_document_alone(tmp_path, capsys, monkeypatch):
    """A bug met by one document (here: any exception a stage raises on it) fails
    that document, named with the fault (E800); the batch goes on, exit 3."""
    import fogcount.pipeline as pipeline

    real = pipeline.run_stages

    def faulty(record, *args, **kwargs):
        if "Homs" in record.text:
            raise ZeroDivisionError("division by zero")
        return real(record, *args, **kwargs)

    monkeypatch.setattr(pipeline, "run_stages", faulty)
    batch, db = _calendar_end_batch(tmp_path), tmp_path / "s.db"
    assert main(["ingest", "--quiet", "--db", str(db), str(batch)]) == EXIT_PARTIAL
    out, err = capsys.readouterr()
    assert out.startswith("documents: 4 new, 0 already known, 1 failed")
    assert err.strip().splitlines() == [
        f"fogcount: E800 {batch}:5: internal error while extracting this document (ZeroDivisionError: division by "
        "zero); the rest of the batch goes on"]
    assert len(stored_hashes(db)) == 4
    monkeypatch.setattr(pipeline, "run_stages", real)  # the fault fixed, a rerun stores the one left
    assert main(["ingest", "--quiet", "--db", str(db), str(batch)]) == EXIT_OK
    assert capsys.readouterr().out.startswith("documents: 1 new, 4 already known, 0 failed")


def test_a_fault_while_storing_fails_that_document_alone(tmp_path, capsys, monkeypatch):
    from fogcount.store import Store

    real = Store.add

    def faulty(self, report, **kwargs):
        if report.document.id == "p":
            raise OverflowError("Python int too large to convert to SQLite INTEGER")
        return real(self, report, **kwargs)

    monkeypatch.setattr(Store, "add", faulty)
    batch, db = _calendar_end_batch(tmp_path), tmp_path / "s.db"
    assert main(["ingest", "--quiet", "--db", str(db), str(batch)]) == EXIT_PARTIAL
    out, err = capsys.readouterr()
    assert out.startswith("documents: 4 new, 0 already known, 1 failed")
    assert err.strip() == (f"fogcount: E800 {batch}:2: internal error while storing this document (OverflowError: "
                           "Python int too large to convert to SQLite INTEGER); the rest of the batch goes on")
