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
