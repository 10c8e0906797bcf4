"""The store: SQLAlchemy schema (``schema``), Alembic migrations
(``migrations/``), and :class:`Store`, which adds reports and reads back
documents, linked events and their claims."""

from __future__ import annotations

from .store import AddResult, EventPoint, Store, StoredDocument, database_url

__all__ = ["AddResult", "EventPoint", "Store", "StoredDocument", "database_url"]
