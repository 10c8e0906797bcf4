"""Fixtures of the web tests: the reports of web_reports.py in a temporary SQLite store."""

from __future__ import annotations

import pytest
from web_reports import fallujah_report, hostile_report, idlib_report


@pytest.fixture(scope="session")
def store_path(tmp_path_factory):
    """An SQLite store holding the three reports, built once."""
    from fogcount.store import Store

    path = tmp_path_factory.mktemp("web-store") / "store.sqlite"
    store = Store.open(str(path))
    for report in (fallujah_report(), idlib_report(), hostile_report()):
        assert store.add(report).new
    store.close()
    return path


@pytest.fixture(scope="session")
def store(store_path):
    from fogcount.store import Store

    opened = Store.open(str(store_path))
    yield opened
    opened.close()


@pytest.fixture
def event_id_of(store):
    """The store's id of the linked event a document reports."""
    def find(document_id: str) -> str:
        return next(e.id for e in store.events() if document_id in e.documents)
    return find
