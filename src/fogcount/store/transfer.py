"""Backups and moves: a SQLite store copied safely while in use, and any
store's documents, texts and claims moved into another store.

* :func:`backup` copies a SQLite store with SQLite's online backup API: a
  consistent snapshot of the database *and* its write-ahead log, taken while
  other processes read and write it (copying the ``.db`` file alone, in WAL
  mode, can miss every transaction not yet checkpointed). PostgreSQL stores are
  backed up with ``pg_dump`` (docs/store.md).
* :func:`copy` adds every stored document of one store to another, oldest
  first, with its text and its report as stored (its claims, places, sources,
  own events); the target links the events again as they arrive, as ingest
  would. Between SQLite and PostgreSQL either way; into an empty store the
  documents keep their ids, versions and aliases.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from ..errors import StoreError
from . import schema as t
from .store import Store


def backup(store: Store, path: str) -> Path:
    """Write a copy of the SQLite ``store`` to the new file ``path`` (online:
    writers may go on meanwhile). Returns the path written."""
    if store.engine.dialect.name != "sqlite":
        raise StoreError(f"{store.shown}: back up a PostgreSQL store with pg_dump -Fc (see docs/store.md), "
                         "or move it with fogcount store copy")
    out = Path(path).expanduser().resolve()
    if out.exists():
        raise StoreError(f"{out}: already exists; a backup is written to a new file")
    if not out.parent.is_dir():
        raise StoreError(f"{out}: the folder {out.parent} does not exist")
    raw = store.engine.raw_connection()
    try:
        target = sqlite3.connect(out)
        try:
            raw.driver_connection.backup(target)
        finally:
            target.close()
    except sqlite3.Error as exc:
        out.unlink(missing_ok=True)
        raise StoreError(f"{out}: the backup failed: {exc}") from None
    finally:
        raw.close()
    return out


def copy(source: Store, target: Store, *, policy: str = "ucdp", discount_partisan: bool = False,
         progress: Callable[[int], None] | None = None) -> tuple[int, int]:
    """Add every document of ``source`` to ``target``, oldest first, with its
    text; then the other ids its texts were given. Returns (documents added,
    documents the target had already)."""
    with source.engine.connect() as conn:
        rows = list(conn.execute(select(t.documents.c.pk, t.documents.c.id, t.documents.c.input_id,
                                        t.documents.c.sha256).order_by(t.documents.c.pk)))
        aliases = list(conn.execute(select(t.document_aliases.c.id, t.documents.c.sha256)
                                    .join(t.documents, t.documents.c.pk == t.document_aliases.c.document_pk)
                                    .order_by(t.document_aliases.c.id)))
    added = known = 0
    for done, row in enumerate(rows, start=1):
        report = source.report(row.id)
        # the id the input gave, so that the target's own rules give the same id and find the same previous version
        given = row.input_id if row.id in (row.input_id, f"{row.input_id}@{row.sha256[:12]}") else row.id
        report.document.id = given
        result = target.add(report, policy=policy, discount_partisan=discount_partisan, text=source.text(row.id))
        added, known = added + result.new, known + (not result.new)
        if progress is not None:
            progress(done)
    for alias, _sha in aliases:
        report = source.report(alias)
        report.document.id = alias
        target.add(report, policy=policy, discount_partisan=discount_partisan)
    return added, known
