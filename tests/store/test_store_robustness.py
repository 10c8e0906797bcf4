"""The store under the faults issue 17 names: several processes opening a new
or older store at once (the upgrade one writer's, readers never writing),
revisions of a document, and backups. Real processes where processes matter."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

import pytest

from fogcount.store import Store

ENTRY_POINT = Path(sys.executable).with_name("fogcount")


def _head() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(resources.files("fogcount.store").joinpath("migrations")))
    return ScriptDirectory.from_config(config).get_current_head()


def _revision(db: str) -> str | None:
    """The store's schema revision, read without opening it as a store (which would upgrade it)."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def _downgrade(db: str, revision: str) -> None:
    """Take a store back to an older schema, as an older fogcount left it."""
    from alembic import command
    from alembic.config import Config

    store = Store.open(db)
    config = Config()
    config.set_main_option("script_location", str(resources.files("fogcount.store").joinpath("migrations")))
    try:
        with store.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, revision)
    finally:
        store.close()


def _together(tmp_path: Path, commands: list[list[str]]) -> list[subprocess.CompletedProcess]:
    """Run the commands as processes that start their work at the same moment:
    each waits (after its imports) for a file to appear."""
    go = tmp_path / f"go-{time.monotonic_ns()}"
    wrapper = ("import os, sys, time\n"
               "while not os.path.exists(sys.argv[1]): time.sleep(0.005)\n"
               "from fogcount.cli import main\n"
               "sys.exit(main(sys.argv[2:]))\n")
    # the imports a command needs, done before the start line
    preload = "import fogcount.cli, fogcount.store, alembic.command, alembic.config\n"
    env = {k: v for k, v in os.environ.items() if k != "FOGCOUNT_DEBUG"}
    procs = [subprocess.Popen([sys.executable, "-c", preload + wrapper, str(go), *cmd], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for cmd in commands]
    time.sleep(3)  # each has imported what it needs and waits
    go.touch()
    out = []
    for proc, cmd in zip(procs, commands):
        stdout, stderr = proc.communicate(timeout=300)
        out.append(subprocess.CompletedProcess(cmd, proc.returncode, stdout, stderr))
    return out


# ---------------------------------------------------------------- two processes, one new store


def test_processes_opening_a_new_store_together_all_open_it(tmp_path):
    """Before: the upgrade read the revision in a plain transaction, then wrote;
    two processes creating one store failed with 'database is locked'."""
    for trial in range(2):
        db = str(tmp_path / f"new{trial}.db")
        inputs = []
        for k in range(2):
            inputs.append(tmp_path / f"t{trial}-{k}.txt")
            inputs[-1].write_text(f"{k + 3} soldiers were killed in Mosul on Tuesday.\n", encoding="utf-8")
        done = _together(tmp_path, [["ingest", "--quiet", "--db", db, str(path)] for path in inputs])
        assert [p.returncode for p in done] == [0, 0], [p.stderr.decode() for p in done]
        assert _revision(db) == _head()
        with Store.open(db, create=False) as store:
            assert store.counts()["documents"] == 2


def test_readers_of_an_older_store_started_together_all_read_it(tmp_path):
    db = str(tmp_path / "old.db")
    _downgrade(db, "0001")
    assert _revision(db) == "0001"
    done = _together(tmp_path, [["events", "--db", db, "--format", "json"]] * 3)
    assert [p.returncode for p in done] == [0] * 3, [p.stderr.decode() for p in done]
    assert all('"events": []' in p.stdout.decode() for p in done)
    assert _revision(db) == _head()


def test_a_reader_of_a_current_store_writes_nothing(tmp_path):
    """Another process holds the writers' lock for the whole read: a reader
    that tried to write would wait for it (60 s) and fail."""
    db = str(tmp_path / "s.db")
    Store.open(db).close()
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("s.db")}
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        with Store.open(db, create=False) as store:
            assert store.events() == [] and store.documents() == []
        assert time.monotonic() - started < 30
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("s.db")}
    assert after["s.db"] == before["s.db"]


# ---------------------------------------------------------------- revisions

import datetime as dt  # noqa: E402

import fogcount  # noqa: E402

PUBLISHED = dt.date(2020, 3, 5)
FIRST = "An air strike killed 3 civilians in Maarat al-Numan on Wednesday, the Syrian Observatory said."
REVISED = "An air strike killed 4 civilians in Maarat al-Numan on Wednesday, the Syrian Observatory said."


def _killed(event) -> tuple[int, int, int]:
    (figure,) = [f for f in event.figures if f.category == "people.killed"]
    return figure.low, figure.best, figure.high


@pytest.mark.parametrize("url", [None, "https://example.org/strike"])
def test_a_new_text_under_the_same_id_is_a_new_version_whose_claims_replace_the_old(tmp_path, url):
    """Before: without a URL the new text was an unrelated document, and both
    versions' claims joined one event (a figure changed from 3 to 4 read 4-4-4
    only by chance of the policy; its claims were both versions')."""
    with Store.open(str(tmp_path / "s.db")) as store:
        first = store.add(fogcount.extract(FIRST, published=PUBLISHED, id="p", url=url), text=FIRST)
        (event,) = store.events()
        assert _killed(event) == (3, 3, 3)
        second = store.add(fogcount.extract(REVISED, published=PUBLISHED, id="p", url=url), text=REVISED)
        assert second.new and second.previous == first.document_id == "p"
        assert second.document_id.startswith("p@")
        assert store.document(second.document_id).previous == "p"
        events = store.events()
        assert len(events) == 1 and _killed(events[0]) == (4, 4, 4)
        assert events[0].documents == [second.document_id]
        assert all(c.startswith(second.document_id + ":") for c in events[0].claims)
        assert store.report("p").claims[0].value.low == 3  # the old version is kept, out of the events


def test_a_known_text_under_another_id_records_that_id(tmp_path):
    with Store.open(str(tmp_path / "s.db")) as store:
        first = store.add(fogcount.extract(FIRST, published=PUBLISHED, id="wire-1"), text=FIRST)
        again = store.add(fogcount.extract(FIRST, published=PUBLISHED, id="outlet-7"), text=FIRST)
        assert (again.document_id, again.new, again.alias) == ("wire-1", False, "outlet-7")
        assert store.document("outlet-7").id == "wire-1" and store.text("outlet-7") == FIRST
        assert store.report("outlet-7").document.id == "wire-1"
        same = store.add(fogcount.extract(FIRST, published=PUBLISHED, id="wire-1"), text=FIRST)
        assert (same.document_id, same.new, same.alias) == ("wire-1", False, None)
        assert store.counts()["documents"] == 1 and first.new


# ---------------------------------------------------------------- backups and moves

SECOND = "Seven people were killed in a separate air strike on Deir ez-Zor on Wednesday, the Syrian Observatory said."


def _filled(path: Path) -> Store:
    store = Store.open(str(path))
    store.add(fogcount.extract(FIRST, published=PUBLISHED, id="p"), text=FIRST)
    store.add(fogcount.extract(REVISED, published=PUBLISHED, id="p"), text=REVISED)  # a revision of p
    store.add(fogcount.extract(SECOND, published=PUBLISHED, id="second"), text=SECOND)
    store.add(fogcount.extract(SECOND, published=PUBLISHED, id="reprint"), text=SECOND)  # an alias
    return store


def _contents(store: Store) -> dict:
    return {"documents": [(d.id, d.previous, d.sha256) for d in store.documents()],
            "texts": [store.text(d.id) for d in store.documents()],
            "reports": [store.report(d.id).model_dump(exclude={"stages"}) for d in store.documents()],
            "events": [(e.documents, e.claims, [f.model_dump() for f in e.figures]) for e in store.events()],
            "alias": store.document("reprint").id}


def test_a_backup_of_a_store_in_wal_mode_has_every_transaction(tmp_path, capsys):
    from fogcount.cli import main

    source = _filled(tmp_path / "s.db")
    try:
        assert (tmp_path / "s.db-wal").stat().st_size > 0  # transactions not yet checkpointed into s.db
        naive = tmp_path / "naive.db"
        naive.write_bytes((tmp_path / "s.db").read_bytes())  # what copying the file alone gives
        with sqlite3.connect(naive) as con:
            assert con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'documents'").fetchone()[0] == 0
        assert main(["store", "backup", "--db", str(tmp_path / "s.db"), str(tmp_path / "b.db")]) == 0
        assert capsys.readouterr().out.startswith("backed up ")
        with Store.open(str(tmp_path / "b.db"), create=False) as copy:
            assert _contents(copy) == _contents(source)
        assert main(["store", "backup", "--db", str(tmp_path / "s.db"), str(tmp_path / "b.db")]) == 1
        assert "already exists" in capsys.readouterr().err
    finally:
        source.close()


def test_copy_moves_documents_texts_and_claims_to_another_store(tmp_path, capsys):
    from fogcount.cli import main

    with _filled(tmp_path / "s.db") as source:
        expected = _contents(source)
    args = ["store", "copy", "--db", str(tmp_path / "s.db"), "--to", str(tmp_path / "t.db")]
    assert main(args) == 0
    assert capsys.readouterr().out == "documents: 3 copied, 0 already there\n"
    with Store.open(str(tmp_path / "t.db"), create=False) as target:
        assert _contents(target) == expected
    assert main(args) == 0  # again: nothing doubled
    assert capsys.readouterr().out == "documents: 0 copied, 3 already there\n"


def test_copy_between_sqlite_and_postgresql_either_way(tmp_path, db):
    """``db``: a fresh SQLite store, then a fresh PostgreSQL schema (skipped without a server)."""
    from fogcount.store.transfer import copy

    with _filled(tmp_path / "s.db") as source:
        expected = _contents(source)
        with Store.open(db) as target:
            assert copy(source, target) == (3, 0)
            assert _contents(target) == expected
            with Store.open(str(tmp_path / "back.db")) as back:
                assert copy(target, back) == (3, 0)
                assert _contents(back) == expected


def test_an_upgrade_refused_at_once_as_locked_is_tried_again(tmp_path, monkeypatch):
    """SQLite can refuse a lock at once, without its busy wait, to processes
    creating one new store together (seen once in a full run): the upgrade is
    tried again, and another error is still one StoreError."""
    from sqlalchemy.exc import OperationalError

    from fogcount.errors import StoreError

    real = Store._upgrade_to
    refusals = []

    def refused_once(self, head, config):
        if not refusals:
            refusals.append(head)
            raise OperationalError("BEGIN IMMEDIATE", {}, Exception("database is locked"))
        return real(self, head, config)

    monkeypatch.setattr(Store, "_upgrade_to", refused_once)
    with Store.open(str(tmp_path / "s.db")) as store:
        assert store.counts()["documents"] == 0
    assert len(refusals) == 1

    def broken(self, head, config):
        raise OperationalError("SELECT", {}, Exception("disk I/O error"))

    monkeypatch.setattr(Store, "_upgrade_to", broken)
    with pytest.raises(StoreError, match="disk I/O error"):
        Store.open(str(tmp_path / "t.db"))


# ---------------------------------------------------------------- an older store's people


def test_an_older_stores_people_are_indexed_when_it_is_upgraded(tmp_path):
    """A store written before revision 0006 keeps each event's people in its
    JSON only: the upgrade indexes them, so a follow-up naming the victim
    weeks later still finds the stored shooting (the store reads far members
    by that index)."""
    import datetime as dt

    from fogcount.models import Document, Event, Figure, Report

    def report(id, day, action, people):
        event = Event(id="e1", action=action, date_start=dt.date(2020, 5, day), date_end=dt.date(2020, 5, day),
                      figures=[Figure(category="people.killed", role="civilian", low=1, best=1, high=1)],
                      documents=[id], people=people)
        return Report(document=Document(id=id, sha256=id, published=dt.date(2020, 5, day)), events=[event])

    db = str(tmp_path / "old.db")
    with Store.open(db) as store:
        store.add(report("s1", 4, "attack", ["jane roe"]))
    _downgrade(db, "0005")
    with sqlite3.connect(db) as con:  # as an older fogcount left it
        assert not con.execute("SELECT name FROM sqlite_master WHERE name = 'document_event_people'").fetchall()
    with Store.open(db) as store:
        store.add(report("s3", 28, "arrest", ["mark smith", "jane roe"]))
        [event] = store.events()
    assert event.documents == ["s1", "s3"]
    with sqlite3.connect(db) as con:
        assert sorted(con.execute("SELECT name FROM document_event_people")) == [
            ("jane roe",), ("jane roe",), ("mark smith",)]
