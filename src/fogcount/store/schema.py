"""The store's tables (SQLAlchemy Core), one schema for SQLite and PostgreSQL.

A document's report is kept whole, spread over tables that can be queried:

* ``documents``: one row per stored text (content hash ``sha256`` unique), its
  metadata, the numbers it skipped, and ``previous_pk``: the document it is a
  new version of (the same URL, or the same input id with no URL, and another
  text); a superseded version's document events no longer point at linked events.
* ``document_aliases``: the other ids a stored text was ingested under.
* ``places``: every place of a document — its mentions (``position`` set, in
  report order) and the places its claims and events name that are not
  mentions (``position`` null, e.g. "20 miles west of Fallujah").
* ``sources``: one row per attribution of a claim (who says so, through whom);
  ``origin`` is the key that tells independent evidence apart.
* ``claims``: one row per claim, pointing at its document, source, place and
  the document's own event it belongs to.
* ``document_events``: the events of one document as extraction found them
  (``e1``, ``e2``...), each pointing (``event_pk``) at the linked event.
* ``document_event_people``: the people each document event's account names
  (the link stage's evidence for a follow-up weeks or years later), indexed by name.
* ``events``: the linked events across documents ("E12"): one happening
  however many documents report it. Its claims are the claims of its
  document events; its documents those events' documents.
* ``figures``: reconciled figures, of a linked event (``event_pk``) or of a
  document event (``document_event_pk``).
* ``store_revision``: one row, a number every write that changes what the store
  holds raises in its own transaction (Store.revision; the web page's kept pages).

Lists (chains, actors, the claims behind each bound, notes) are JSON columns.
A field the contract gains (models.py: "add fields freely") is kept in the
row's ``extra`` JSON column until a revision gives it a column of its own, so
what goes in always comes out.
Change a table only together with a new Alembic revision in ``migrations/``
(``tests/store`` checks that the migrations give exactly this metadata).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

# Deterministic constraint names, the same on SQLite and PostgreSQL (and in the migrations).
metadata = MetaData(naming_convention={
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})


def _document_fk() -> Column:
    return Column("document_pk", Integer, ForeignKey("documents.pk", ondelete="CASCADE"), nullable=False, index=True)


documents = Table(
    "documents", metadata,
    Column("pk", Integer, primary_key=True),
    Column("id", String(300), nullable=False, unique=True),  # the store's id: the input's own id, unless taken
    Column("input_id", String(300), nullable=False),  # the id the report gave
    Column("sha256", String(64), nullable=False, unique=True),
    Column("schema", String(32), nullable=False),
    Column("title", Text),
    Column("url", Text, index=True),
    Column("outlet", Text),
    Column("published", Date),
    Column("language", String(16), nullable=False),
    Column("previous_pk", Integer, ForeignKey("documents.pk", ondelete="SET NULL")),
    Column("skipped", JSON, nullable=False),
    Column("added", DateTime, nullable=False),
    Column("extra", JSON, nullable=False),  # fields of the contract without a column of their own
    Column("report_extra", JSON, nullable=False),  # the report's own such fields
)

# The document's normalised text, where the caller gave it (ingest does): the
# web page shows it with its claims marked. Apart from ``documents`` so that
# listing documents never reads texts.
document_texts = Table(
    "document_texts", metadata,
    Column("document_pk", Integer, ForeignKey("documents.pk", ondelete="CASCADE"), primary_key=True),
    Column("text", Text, nullable=False),
)

# Other ids a stored text was given: the same text ingested again under another
# id records that id here (the document keeps its first), so either finds it.
document_aliases = Table(
    "document_aliases", metadata,
    Column("id", String(300), primary_key=True),
    Column("document_pk", Integer, ForeignKey("documents.pk", ondelete="CASCADE"), nullable=False, index=True),
)

places = Table(
    "places", metadata,
    Column("pk", Integer, primary_key=True),
    _document_fk(),
    Column("position", Integer),  # index in the report's places; null for a place only a claim or event names
    Column("text", Text, nullable=False),
    Column("span_start", Integer),
    Column("span_end", Integer),
    Column("name", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("precision", Integer),
    Column("country", String(8), index=True),
    Column("admin1", Text),
    Column("gazetteer_id", Text),
    Column("derived_from", Text),
    Column("extra", JSON, nullable=False),  # fields of the contract without a column of their own
)

sources = Table(
    "sources", metadata,
    Column("pk", Integer, primary_key=True),
    _document_fk(),
    Column("speaker", Text, nullable=False),
    Column("mention", Text),
    Column("description", Text),
    Column("kind", String(32), nullable=False),
    Column("affiliation", Text),
    Column("channel", Text),
    Column("chain", JSON, nullable=False),
    Column("span_start", Integer),
    Column("span_end", Integer),
    Column("origin", Text, index=True),
    Column("partisan", Boolean),
    Column("extra", JSON, nullable=False),  # fields of the contract without a column of their own
)

events = Table(
    "events", metadata,
    Column("pk", Integer, primary_key=True),
    Column("event_type", Text),
    Column("sub_event_type", Text),
    Column("action", String(64)),
    Column("date_start", Date, index=True),
    Column("date_end", Date),
    Column("place_pk", Integer, ForeignKey("places.pk", ondelete="SET NULL")),
    Column("actors", JSON, nullable=False),
    Column("sentence", Text),
    Column("span_start", Integer),
    Column("span_end", Integer),
    Column("updated", DateTime, nullable=False),
    Column("extra", JSON, nullable=False),  # fields of the contract without a column of their own
)

document_events = Table(
    "document_events", metadata,
    Column("pk", Integer, primary_key=True),
    _document_fk(),
    Column("id", String(64), nullable=False),
    Column("position", Integer, nullable=False),
    Column("event_pk", Integer, ForeignKey("events.pk", ondelete="SET NULL"), index=True),
    Column("event_type", Text),
    Column("sub_event_type", Text),
    Column("action", String(64)),
    # indexed: every report's linking looks for stored members by their days (Store._members_within)
    Column("date_start", Date, index=True),
    Column("date_end", Date, index=True),
    Column("place_pk", Integer, ForeignKey("places.pk", ondelete="SET NULL")),
    Column("actors", JSON, nullable=False),
    Column("claims", JSON, nullable=False),
    Column("documents", JSON, nullable=False),
    Column("sentence", Text),
    Column("span_start", Integer),
    Column("span_end", Integer),
    Column("extra", JSON, nullable=False),  # fields of the contract without a column of their own
    UniqueConstraint("document_pk", "id", name="uq_document_events_document_pk_id"),
)

# The people each document event's account names (``Event.people``, also in its ``extra``): the
# store finds the stored members a new report's follow-up may match by name through this index,
# not by reading every member's JSON.
document_event_people = Table(
    "document_event_people", metadata,
    Column("document_event_pk", Integer, ForeignKey("document_events.pk", ondelete="CASCADE"), primary_key=True),
    Column("name", String(300), primary_key=True, index=True),
)

claims = Table(
    "claims", metadata,
    Column("pk", Integer, primary_key=True),
    _document_fk(),
    Column("id", String(64), nullable=False),
    Column("position", Integer, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("category", String(64), nullable=False, index=True),
    Column("value_text", Text, nullable=False),
    Column("low", BigInteger),
    Column("high", BigInteger),
    Column("qualifier", Text),
    Column("vague", Boolean, nullable=False),
    Column("incremental", Boolean, nullable=False),
    Column("cumulative", Boolean, nullable=False),
    Column("subject_text", Text),
    Column("subject_actor", Text),
    Column("subject_role", String(32), nullable=False),
    Column("negated", Boolean, nullable=False),
    Column("hedge", String(32)),
    Column("source_pk", Integer, ForeignKey("sources.pk", ondelete="SET NULL")),
    Column("time_text", Text),
    Column("time_start", Date),
    Column("time_end", Date),
    Column("time_precision", String(16)),
    Column("place_pk", Integer, ForeignKey("places.pk", ondelete="SET NULL")),
    Column("event", String(64)),  # the document's own event id ("e1")
    Column("document_event_pk", Integer, ForeignKey("document_events.pk", ondelete="SET NULL"), index=True),
    Column("cue", JSON),
    Column("part_of", String(64)),
    Column("extra", JSON, nullable=False),  # fields of the contract without a column of their own
    UniqueConstraint("document_pk", "id", name="uq_claims_document_pk_id"),
)

figures = Table(
    "figures", metadata,
    Column("pk", Integer, primary_key=True),
    Column("event_pk", Integer, ForeignKey("events.pk", ondelete="CASCADE"), index=True),
    Column("document_event_pk", Integer, ForeignKey("document_events.pk", ondelete="CASCADE"), index=True),
    Column("position", Integer, nullable=False),
    Column("category", String(64), nullable=False),
    Column("role", String(32), nullable=False),
    Column("low", BigInteger),
    Column("best", BigInteger),
    Column("high", BigInteger),
    Column("independent_sources", Integer, nullable=False),
    Column("policy", String(32), nullable=False),
    Column("claims", JSON, nullable=False),
    Column("low_claims", JSON, nullable=False),
    Column("best_claims", JSON, nullable=False),
    Column("high_claims", JSON, nullable=False),
    Column("partisan_claims", JSON, nullable=False),
    Column("notes", JSON, nullable=False),
    Column("extra", JSON, nullable=False),  # fields of the contract without a column of their own
    CheckConstraint("(event_pk IS NULL) <> (document_event_pk IS NULL)", name="one_owner"),
)

Index("ix_documents_published", documents.c.published)

# One row (id 1): raised by every write transaction that changes what the store holds, in that transaction, so
# that a reader sees it move exactly when the write's rows become visible (whatever order writers commit in).
store_revision = Table(
    "store_revision", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("revision", BigInteger, nullable=False),
)

__all__ = ["claims", "document_aliases", "document_event_people", "document_events", "documents", "events", "figures", "metadata", "places", "sources",
           "store_revision"]
