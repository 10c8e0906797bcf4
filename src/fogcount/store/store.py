"""The store: reports kept in SQLite (a file, WAL mode) or PostgreSQL (a URL),
their events linked across documents as they arrive.

:meth:`Store.add` is one transaction per document: the document (once per
content hash), its places, sources, claims and own events, then its events
linked: the store reads the stored events that could report the same
happenings, and the link stage (:mod:`fogcount.stages.link`) decides which
each joins and what figures every event that gained claims now has over all
its claims, stored and new; the store writes the outcome. A crash part-way
leaves nothing of the document; adding it again after that, or adding an
already stored text, is safe. Writers are serialised (SQLite: ``BEGIN
IMMEDIATE``; PostgreSQL: a transaction-scoped advisory lock), so several
processes may add to one store.

Ids: a document keeps the input's own id unless another text already has it
(then ``"<id>@<first 12 of sha256>"``); a linked event is ``"E<n>"``; its claims
are ``"<document id>:<claim id>"``. A text already stored, given again under
another id, records that id as one of the document's (``document_aliases``).

Revisions: a new text at a stored URL, or under a stored input id without a
URL, is a new version of the document before it (``previous``); the old
version's claims leave the linked events, which are reconciled again without
them (an event left with no claims is removed). The old version stays stored.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import time
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import and_, create_engine, event, exists, func, insert, or_, select, union, update
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, NoSuchModuleError, OperationalError, SQLAlchemyError

from ..errors import StoreError
from ..models import Claim, Document, Event, Figure, PlaceRef, Report, Source
from ..stages.link import assemble, cluster, link_reasons, linked_figures, member, qualified, shifted
from ..stages.link import rules as link_rules
from . import schema as t

# Any number: the key of PostgreSQL's advisory lock that serialises writers.
_PG_LOCK = 0x666F67  # "fog"
_CHUNK = 500  # ids per IN (...) clause
_UPGRADE_ATTEMPTS = 5  # tries of a store's upgrade that SQLite refused at once as locked (Store._upgrade_to)


class StoredDocument(Document):
    """A stored document: the contract's fields, plus the document it is a new
    version of (same URL, other text) and when it was stored."""

    previous: str | None = None
    added: dt.datetime | None = None


@dataclasses.dataclass(frozen=True)
class AddResult:
    """What :meth:`Store.add` did: the document's id in the store, whether it
    was new (False: the same text was stored already, under ``document_id``),
    how many linked events it created and how many stored ones it joined;
    ``previous``: the id of the version it supersedes (same URL, or same input
    id without a URL, another text), whose claims left the events; ``alias``:
    for a known text given under another id, that id, now recorded as one of
    the document's (``Store.document(alias)`` finds it)."""

    document_id: str
    new: bool
    events_new: int = 0
    events_updated: int = 0
    previous: str | None = None
    alias: str | None = None


class EventPoint(NamedTuple):
    """A linked event as a map or a timeline draws it (:meth:`Store.event_points`):
    its id, days, type, place (the text's spelling, the gazetteer's name,
    country, coordinates where known) and the largest best number killed."""

    id: str
    date_start: dt.date | None
    date_end: dt.date | None
    event_type: str | None
    sub_event_type: str | None
    place_text: str | None
    place_name: str | None
    country: str | None
    lat: float | None
    lon: float | None
    killed: int | None


# The contract's fields that have columns of their own (as of schema revision
# 0001); every other field a model has is kept in the row's ``extra`` JSON.
_DOCUMENT = dict.fromkeys(("id", "sha256", "title", "url", "outlet", "published", "language"))
_REPORT = dict.fromkeys(("schema", "document", "places", "claims", "events", "skipped"))
_PLACE = dict.fromkeys(("text", "span", "name", "lat", "lon", "precision", "country", "admin1", "gazetteer_id",
                        "derived_from"))
_SOURCE = dict.fromkeys(("speaker", "mention", "description", "kind", "affiliation", "channel", "chain", "span",
                         "origin", "partisan"))
_CLAIM = {**dict.fromkeys(("id", "sentence", "span", "category", "negated", "hedge", "source", "place", "event",
                           "cue", "part_of")),
          "value": {"text", "low", "high", "qualifier", "vague", "incremental", "cumulative"},
          "subject": {"text", "actor", "role"}, "time": {"text", "start", "end", "precision"}}
_EVENT = dict.fromkeys(("id", "event_type", "sub_event_type", "action", "date_start", "date_end", "place", "actors",
                        "figures", "claims", "sentence", "span", "documents"))
_FIGURE = dict.fromkeys(("category", "role", "low", "best", "high", "claims", "independent_sources", "policy",
                         "low_claims", "best_claims", "high_claims", "partisan_claims", "notes"))


def _extra(model, spec: dict) -> dict:
    """The model's fields (and its nested models' fields) without a column."""
    data = model.model_dump(mode="json", by_alias=True)
    out = {}
    for key, value in data.items():
        if key not in spec:
            out[key] = value
        elif spec[key] is not None and isinstance(value, dict):
            nested = {k: v for k, v in value.items() if k not in spec[key]}
            if nested:
                out[key] = nested
    return out


def _with(data: dict, extra: dict | None) -> dict:
    """Columns read back, with the row's ``extra`` fields merged in."""
    for key, value in (extra or {}).items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key] = {**data[key], **value}
        else:
            data[key] = value
    return data


def database_url(db: str) -> str:
    """A path -> an SQLite URL; ``postgresql://`` and ``postgres://`` -> the
    psycopg 3 driver; other SQLAlchemy URLs as given."""
    if "://" not in db:
        return f"sqlite:///{Path(db).expanduser().resolve()}"
    scheme, rest = db.split("://", 1)
    if scheme in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    return db


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _chunks(items: list, size: int = _CHUNK) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


class Store:
    """Reports and linked events in a database. Open with :meth:`open`."""

    def __init__(self, engine: Engine, shown: str):
        self.engine = engine
        self.shown = shown  # the URL with any password hidden, for messages

    # ------------------------------------------------------------ opening

    @classmethod
    def open(cls, db: str, *, create: bool = True) -> "Store":
        """Open the store at ``db``: a file path (SQLite) or a URL
        (``postgresql://user@host/name``, ``sqlite:///path``), and upgrade its
        schema to this version's. A missing SQLite file is created, unless
        ``create`` is False (for readers). Raises :class:`StoreError`."""
        try:
            url = make_url(database_url(db))
        except ArgumentError:
            raise StoreError(f"{db!r} is neither a file path nor a database URL") from None
        shown = url.render_as_string(hide_password=True)
        if url.get_backend_name() not in ("sqlite", "postgresql"):
            raise StoreError(f"{shown}: fogcount stores in SQLite (a file path) or PostgreSQL (postgresql://...)")
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            folder = Path(url.database).parent
            if not folder.is_dir():
                raise StoreError(f"{shown}: the folder {folder} does not exist")
            if not create and not Path(url.database).is_file():
                raise StoreError(f"no store at {url.database} (fogcount ingest --db PATH fills one)")
        try:
            engine = _engine(url)
        except (NoSuchModuleError, ImportError) as exc:
            raise StoreError(f"{shown}: no database driver ({exc}); PostgreSQL needs psycopg: "
                             "pip install 'fogcount[postgres]'") from None
        store = cls(engine, shown)
        try:
            store._upgrade()
        except StoreError:
            engine.dispose()
            raise
        except SQLAlchemyError as exc:
            engine.dispose()
            raise StoreError(f"{shown}: {_first_line(exc)}") from None
        return store

    def _upgrade(self) -> None:
        """Bring the schema to this version's head. The revision is first read
        without a lock: a store already at head (every open but the first after
        an upgrade of fogcount) is not written at all, so that readers
        (``events``, ``serve``) never write. Otherwise the upgrade is one
        writer's, under the writers' lock (SQLite ``BEGIN IMMEDIATE``,
        PostgreSQL's advisory lock): the revision is read again inside it, and
        a process that waited for another's upgrade finds it done."""
        from alembic.config import Config
        from alembic.script import ScriptDirectory

        config = Config()
        config.set_main_option("script_location", str(resources.files("fogcount.store").joinpath("migrations")))
        head = ScriptDirectory.from_config(config).get_current_head()
        for attempt in range(_UPGRADE_ATTEMPTS):
            try:
                return self._upgrade_to(head, config)
            except OperationalError as exc:
                if "database is locked" not in str(exc) or attempt == _UPGRADE_ATTEMPTS - 1:
                    raise
                time.sleep(0.1 * (attempt + 1))

    def _upgrade_to(self, head: str, config) -> None:
        """One try of :meth:`_upgrade`. SQLite can answer "database is locked"
        at once, without its busy wait, where a lock would have to be raised
        while another process holds one (processes creating one new store
        together, its WAL switch and first tables): the caller tries again."""
        from alembic import command
        from alembic.runtime.migration import MigrationContext
        from alembic.util import CommandError

        with self.engine.connect() as conn:
            if MigrationContext.configure(conn).get_current_revision() == head:
                return
        with self._write() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            if current == head:
                return
            config.attributes["connection"] = conn
            try:
                command.upgrade(config, "head")
            except CommandError as exc:
                raise StoreError(f"{self.shown}: the store's schema is at revision {current}, which this fogcount "
                                 f"does not know (a newer version wrote it?): {exc}") from None

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _write(self):
        """A write transaction: one writer at a time. A write that changes what the store holds also raises its
        revision (:func:`_raise_revision`) in it."""
        conn = self.engine.connect()
        if self.engine.dialect.name == "sqlite":
            conn = conn.execution_options(immediate=True)
        return _Writing(conn, self.engine.dialect.name)

    # ------------------------------------------------------------ writing

    def known(self, sha256: str) -> bool:
        """Whether a document with this content hash is stored."""
        with self.engine.connect() as conn:
            return conn.execute(select(exists().where(t.documents.c.sha256 == sha256))).scalar()

    def add(self, report: Report, *, policy: str = "ucdp", discount_partisan: bool = False,
            text: str | None = None) -> AddResult:
        """Store one document's report (and its normalised ``text``, the one
        the report's spans point into) and link its events (one transaction)."""
        try:
            with self._write() as conn:
                found = conn.execute(select(t.documents.c.pk, t.documents.c.id, t.documents.c.input_id)
                                     .where(t.documents.c.sha256 == report.document.sha256)).first()
                if found is not None:
                    alias = _record_alias(conn, found, report.document)
                    if alias is not None:
                        _raise_revision(conn)
                    return AddResult(found.id, new=False, alias=alias)
                added = _Adding(conn, report, policy, discount_partisan, text).run()
                _raise_revision(conn)
                return added
        except IntegrityError:  # the same text added by another writer in the meantime
            with self.engine.connect() as conn:
                found = conn.execute(select(t.documents.c.id).where(t.documents.c.sha256 == report.document.sha256)).first()
            if found is not None:
                return AddResult(found.id, new=False)
            raise
        except SQLAlchemyError as exc:
            raise StoreError(f"{self.shown}: {report.document.id}: {_first_line(exc)}") from None

    # ------------------------------------------------------------ reading

    def report(self, document_id: str) -> Report | None:
        """The stored document's report, as it was added (the JSON contract);
        its ``document.id`` is the store's id."""
        with self.engine.connect() as conn:
            doc = conn.execute(select(t.documents).where(t.documents.c.id == _stored_id(conn, document_id))).first()
            if doc is None:
                return None
            return _read_report(conn, doc)

    def documents(self, limit: int | None = None, offset: int = 0) -> list[StoredDocument]:
        """Stored documents, newest first (``limit`` of them from ``offset``)."""
        prev = t.documents.alias("previous")
        query = (select(t.documents, prev.c.id.label("previous_id"))
                 .outerjoin(prev, prev.c.pk == t.documents.c.previous_pk)
                 .order_by(t.documents.c.pk.desc()))
        if limit is not None:
            query = query.limit(limit)
        if offset:
            query = query.offset(offset)
        with self.engine.connect() as conn:
            return [_document(row, previous=row.previous_id) for row in conn.execute(query)]

    def text(self, document_id: str) -> str | None:
        """The stored document's text, where it was stored with it."""
        with self.engine.connect() as conn:
            query = (select(t.document_texts.c.text)
                     .join(t.documents, t.documents.c.pk == t.document_texts.c.document_pk)
                     .where(t.documents.c.id == _stored_id(conn, document_id)))
            return conn.execute(query).scalar()

    def document(self, document_id: str) -> StoredDocument | None:
        """One stored document's metadata by its id (or another id its text was given)."""
        prev = t.documents.alias("previous")
        with self.engine.connect() as conn:
            query = (select(t.documents, prev.c.id.label("previous_id"))
                     .outerjoin(prev, prev.c.pk == t.documents.c.previous_pk)
                     .where(t.documents.c.id == _stored_id(conn, document_id)))
            row = conn.execute(query).first()
        return _document(row, previous=row.previous_id) if row is not None else None

    def events(self, since: dt.date | None = None, until: dt.date | None = None, country: str | None = None,
               event_type: str | None = None, words: str | Iterable[str] | None = None) -> list[Event]:
        """Linked events, by date then id. ``since``/``until``: events whose days
        overlap that span (undated events are left out when either is given);
        ``country``: ISO alpha-2 of the event's place; ``event_type``: ACLED
        type, any case; ``words``: each word in the event's or a claim's sentence,
        or in its place's name as the text spells it or as the gazetteer does."""
        e = t.events
        query = _filtered(since, until, country, event_type, words).order_by(
            e.c.date_start.is_(None), e.c.date_start, e.c.pk)
        with self.engine.connect() as conn:
            pks = [row.pk for row in conn.execute(query)]
            return _read_events(conn, pks)

    def events_page(self, *, limit: int, offset: int = 0, since: dt.date | None = None, until: dt.date | None = None,
                    country: str | None = None, event_type: str | None = None,
                    words: str | Iterable[str] | None = None) -> tuple[int, list[Event]]:
        """How many linked events the filters of :meth:`events` keep, and ``limit``
        of them from ``offset``, newest first (undated last): a page read without
        reading the others."""
        e = t.events
        kept = _filtered(since, until, country, event_type, words)
        with self.engine.connect() as conn:
            total, dated = conn.execute(_filtered(since, until, country, event_type, words, select(
                func.count(), func.count(e.c.date_start)).select_from(e))).one()
            # dated events newest first (the date's index, in order), then the undated, newest stored first
            pks = [row.pk for row in conn.execute(
                kept.where(e.c.date_start.is_not(None)).order_by(e.c.date_start.desc(), e.c.pk.desc())
                .limit(limit).offset(offset))] if offset < dated else []
            if len(pks) < limit and offset + len(pks) < total:
                pks += [row.pk for row in conn.execute(
                    kept.where(e.c.date_start.is_(None)).order_by(e.c.pk.desc())
                    .limit(limit - len(pks)).offset(max(0, offset - dated)))]
            return total, _read_events(conn, pks)

    def event_points(self, since: dt.date | None = None, until: dt.date | None = None, country: str | None = None,
                     event_type: str | None = None, words: str | Iterable[str] | None = None, *,
                     placed: bool = False, dated: bool = False, limit: int | None = None) -> list["EventPoint"]:
        """The linked events the filters of :meth:`events` keep (only those with
        coordinates where ``placed``, with a first day where ``dated``; the
        newest ``limit`` where given), newest first, as one row each for a map
        or a timeline (no claims, no figures but the largest best number
        killed): one query however many events."""
        e, p, f = t.events, t.places, t.figures
        columns = [e.c.pk, e.c.date_start, e.c.date_end, e.c.event_type, e.c.sub_event_type, p.c.text, p.c.name,
                   p.c.country, p.c.lat, p.c.lon]
        if limit is not None:  # per row (only those the date's index yields first): cheaper than grouping them all
            query = select(*columns, select(func.max(f.c.best)).where(f.c.event_pk == e.c.pk,
                                                                      f.c.category == "people.killed").scalar_subquery())
            query = query.select_from(e).outerjoin(p, p.c.pk == e.c.place_pk)
        else:  # every row: the figures grouped once
            killed = (select(f.c.event_pk, func.max(f.c.best).label("killed"))
                      .where(f.c.category == "people.killed", f.c.event_pk.is_not(None)).group_by(f.c.event_pk).subquery())
            query = (select(*columns, killed.c.killed).select_from(e).outerjoin(p, p.c.pk == e.c.place_pk)
                     .outerjoin(killed, killed.c.event_pk == e.c.pk))
        query = _filtered(since, until, country, event_type, words, query)
        if placed:
            query = query.where(p.c.lat.is_not(None), p.c.lon.is_not(None))
        if dated:  # newest first along the date's index
            query = query.where(e.c.date_start.is_not(None)).order_by(e.c.date_start.desc(), e.c.pk.desc())
        else:
            query = query.order_by(e.c.date_start.is_(None), e.c.date_start.desc(), e.c.pk.desc())
        query = query.limit(limit)
        with self.engine.connect() as conn:
            return [EventPoint(f"E{pk}", *rest) for pk, *rest in conn.execute(query).all()]

    def event_days(self, since: dt.date | None = None, until: dt.date | None = None, country: str | None = None,
                   event_type: str | None = None, words: str | Iterable[str] | None = None) -> list[tuple[str | None, dt.date, int]]:
        """How many of the linked events the filters of :meth:`events` keep
        begin on each day, by type: (event type, first day, events), by day.
        What a timeline of every dated event draws, in one grouped query
        (thousands of rows at most where there are tens of thousands of events)."""
        e = t.events
        query = _filtered(since, until, country, event_type, words, select(
            e.c.event_type, e.c.date_start, func.count()).select_from(e).where(e.c.date_start.is_not(None))
            .group_by(e.c.event_type, e.c.date_start).order_by(e.c.date_start, e.c.event_type))
        with self.engine.connect() as conn:
            return [(kind, day, count) for kind, day, count in conn.execute(query)]

    def event_counts(self, since: dt.date | None = None, until: dt.date | None = None, country: str | None = None,
                     event_type: str | None = None, words: str | Iterable[str] | None = None) -> dict[str, int]:
        """How many linked events the filters of :meth:`events` keep (``events``),
        how many of them have coordinates (``placed``) and a first day (``dated``)."""
        e, p = t.events, t.places
        query = _filtered(since, until, country, event_type, words, select(
            func.count(), func.count(p.c.lat), func.count(e.c.date_start)).select_from(e)
            .outerjoin(p, p.c.pk == e.c.place_pk))
        with self.engine.connect() as conn:
            events, placed, dated = conn.execute(query).one()
        return {"events": events, "placed": placed, "dated": dated}

    def facets(self) -> dict[str, list[str]]:
        """What the linked events can be filtered by, without reading them: the
        countries of their places (``countries``) and their ACLED types
        (``types``), each sorted, as stored."""
        e, p = t.events, t.places
        countries = (select(p.c.country).join_from(e, p, p.c.pk == e.c.place_pk)
                     .where(p.c.country.is_not(None), p.c.country != "").distinct())
        types = select(e.c.event_type).where(e.c.event_type.is_not(None), e.c.event_type != "").distinct()
        with self.engine.connect() as conn:
            return {"countries": sorted(conn.execute(countries).scalars()),
                    "types": sorted(conn.execute(types).scalars())}

    def linked_events(self, document_id: str) -> dict[str, str]:
        """The stored document's own events ("e1") -> the linked events they joined ("E12")."""
        de = t.document_events
        query = (select(de.c.id, de.c.event_pk).join(t.documents, t.documents.c.pk == de.c.document_pk)
                 .where(t.documents.c.id == document_id, de.c.event_pk.is_not(None)))
        with self.engine.connect() as conn:
            return {row.id: f"E{row.event_pk}" for row in conn.execute(query)}

    def event(self, event_id: str) -> Event | None:
        """One linked event by its id ("E12")."""
        pk = _event_pk(event_id)
        if pk is None:
            return None
        with self.engine.connect() as conn:
            found = _read_events(conn, [pk])
        return found[0] if found else None

    def claims(self, event_id: str) -> list[Claim]:
        """The linked event's claims, ids (and ``part_of``) document-qualified,
        ``event`` the linked event's id; by document, then text order."""
        pk = _event_pk(event_id)
        if pk is None:
            return []
        return self.claims_of([event_id])[event_id]

    def claims_of(self, event_ids: Iterable[str]) -> dict[str, list[Claim]]:
        """:meth:`claims` of many events at once: event id -> its claims."""
        pks = {pk: event_id for event_id in event_ids if (pk := _event_pk(event_id)) is not None}
        with self.engine.connect() as conn:
            found = _event_claims(conn, list(pks))
        return {event_id: [c.model_copy(update={"event": event_id}) for c in found.get(pk, [])]
                for pk, event_id in pks.items()}

    def speakers_of(self, event_ids: Iterable[str]) -> dict[str, list[str]]:
        """Who speaks in each linked event's claims (the sources' speakers, each
        once, in the order of :meth:`claims`), without reading the claims."""
        pks = {pk: event_id for event_id in event_ids if (pk := _event_pk(event_id)) is not None}
        found: dict[str, list[str]] = {event_id: [] for event_id in pks.values()}
        de, c, s = t.document_events, t.claims, t.sources
        with self.engine.connect() as conn:
            for chunk in _chunks(sorted(pks)):
                rows = conn.execute(
                    select(de.c.event_pk, s.c.speaker).join(c, c.c.document_event_pk == de.c.pk)
                    .join(s, s.c.pk == c.c.source_pk).join(t.documents, t.documents.c.pk == c.c.document_pk)
                    .where(de.c.event_pk.in_(chunk))
                    .order_by(de.c.event_pk, t.documents.c.published.is_(None), t.documents.c.published,
                              c.c.document_pk, c.c.position))
                for event_pk, speaker in rows:
                    if speaker not in found[pks[event_pk]]:
                        found[pks[event_pk]].append(speaker)
        return found

    def revision(self) -> int:
        """A number that grows whenever what the store holds changes (any
        process's writes): the ``store_revision`` row, which every write raises
        in its own transaction, so it moves exactly when that write's rows can be
        read, in whatever order writers commit. The web page keeps its rendered
        pages per revision."""
        with self.engine.connect() as conn:
            return conn.execute(select(t.store_revision.c.revision).where(t.store_revision.c.id == 1)).scalar() or 0

    def counts(self) -> dict[str, int]:
        """Rows per table: documents, claims, events..."""
        with self.engine.connect() as conn:
            return {name: conn.execute(select(func.count()).select_from(table)).scalar()
                    for name, table in (("documents", t.documents), ("claims", t.claims), ("events", t.events),
                                        ("document_events", t.document_events), ("sources", t.sources),
                                        ("places", t.places), ("figures", t.figures))}


def _filtered(since, until, country, event_type, words, query=None):
    """``query`` (default: select(events.pk)) kept to the linked events :meth:`Store.events`' filters keep."""
    e, p = t.events, t.places
    query = select(e.c.pk) if query is None else query
    if since is not None:
        query = query.where(func.coalesce(e.c.date_end, e.c.date_start) >= since)
    if until is not None:
        query = query.where(e.c.date_start <= until)
    if country:
        query = query.where(e.c.place_pk.in_(select(p.c.pk).where(func.upper(p.c.country) == country.upper())))
    if event_type:
        query = query.where(func.lower(e.c.event_type) == event_type.lower())
    for word in ([words] if isinstance(words, str) else list(words or [])):
        for piece in str(word).split():
            # ILIKE '%' || piece || '%' with % and _ escaped (ESCAPE '/'): '50%' is the text 50%, not 50 and more
            in_claims = (select(t.document_events.c.event_pk)
                         .join(t.claims, t.claims.c.document_event_pk == t.document_events.c.pk)
                         .where(t.claims.c.sentence.icontains(piece, autoescape=True)))
            in_places = select(p.c.pk).where(or_(p.c.text.icontains(piece, autoescape=True),
                                                 p.c.name.icontains(piece, autoescape=True)))
            query = query.where(or_(e.c.sentence.icontains(piece, autoescape=True), e.c.pk.in_(in_claims),
                                    e.c.place_pk.in_(in_places)))
    return query

def _stored_id(conn: Connection, document_id: str) -> str:
    """The store's id of the document ``document_id`` names: itself, or the
    document whose text was ingested again under it."""
    if conn.execute(select(exists().where(t.documents.c.id == document_id))).scalar():
        return document_id
    found = conn.execute(select(t.documents.c.id).join(t.document_aliases, t.document_aliases.c.document_pk
                                                       == t.documents.c.pk)
                         .where(t.document_aliases.c.id == document_id)).scalar()
    return found if found is not None else document_id


def _record_alias(conn: Connection, found, doc: Document) -> str | None:
    """A known text given under another id (not a hash, not its own): that id
    recorded as one of the document's. Returns the id recorded, if any."""
    if doc.id in (found.id, found.input_id, doc.sha256):
        return None
    if conn.execute(select(exists().where(t.documents.c.id == doc.id))).scalar() or \
            conn.execute(select(exists().where(t.document_aliases.c.id == doc.id))).scalar():
        return None  # the id names a document already (another text, or this one)
    conn.execute(insert(t.document_aliases).values(id=doc.id, document_pk=found.pk))
    return doc.id


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _event_pk(event_id: str) -> int | None:
    if not event_id or event_id[0] != "E" or not event_id[1:].isdigit():
        return None
    return int(event_id[1:])


# ---------------------------------------------------------------- connections


def _engine(url) -> Engine:
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": 60})

        @event.listens_for(engine, "connect")
        def _sqlite_connect(dbapi_conn, record):
            dbapi_conn.isolation_level = None  # transactions are begun below, not by the driver
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=60000")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):
            conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("immediate") else "BEGIN")

        return engine
    return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})


def _raise_revision(conn: Connection) -> None:
    """Raise the store's revision, in the write transaction of ``conn`` (Store.revision)."""
    conn.execute(update(t.store_revision).where(t.store_revision.c.id == 1)
                 .values(revision=t.store_revision.c.revision + 1))


class _Writing:
    """``with`` a write transaction on ``conn``: committed on success, rolled
    back on any error; the connection closed either way."""

    def __init__(self, conn: Connection, dialect: str):
        self.conn, self.dialect = conn, dialect

    def __enter__(self) -> Connection:
        self.transaction = self.conn.begin()
        if self.dialect == "postgresql":
            self.conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_LOCK})")
        return self.conn

    def __exit__(self, kind, exc, tb) -> None:
        try:
            if kind is None:
                self.transaction.commit()
            else:
                self.transaction.rollback()
        finally:
            self.conn.close()


# ---------------------------------------------------------------- adding one report


def _place_row(place: PlaceRef, document_pk: int, position: int | None) -> dict:
    return {"document_pk": document_pk, "position": position, "text": place.text,
            "span_start": place.span[0] if place.span else None, "span_end": place.span[1] if place.span else None,
            "name": place.name, "lat": place.lat, "lon": place.lon, "precision": place.precision,
            "country": place.country, "admin1": place.admin1, "gazetteer_id": place.gazetteer_id,
            "derived_from": place.derived_from, "extra": _extra(place, _PLACE)}


def _figure_row(figure: Figure, position: int, *, event_pk=None, document_event_pk=None) -> dict:
    return {"event_pk": event_pk, "document_event_pk": document_event_pk, "position": position,
            "category": figure.category, "role": figure.role, "low": figure.low, "best": figure.best,
            "high": figure.high, "independent_sources": figure.independent_sources, "policy": figure.policy,
            "claims": figure.claims, "low_claims": figure.low_claims, "best_claims": figure.best_claims,
            "high_claims": figure.high_claims, "partisan_claims": figure.partisan_claims, "notes": figure.notes,
            "extra": _extra(figure, _FIGURE)}


def _insert_many(conn: Connection, table, rows: list[dict]) -> list[int]:
    """Insert rows, returning their primary keys in the rows' order."""
    if not rows:
        return []
    result = conn.execute(insert(table).returning(table.c.pk, sort_by_parameter_order=True), rows)
    return [row.pk for row in result]


class _Adding:
    """One report going into the store, inside the caller's transaction."""

    def __init__(self, conn: Connection, report: Report, policy: str, discount_partisan: bool,
                 text: str | None = None):
        self.conn, self.report, self.text = conn, report, text
        self.policy, self.discount_partisan = policy, discount_partisan
        self.place_pk: dict[int, int] = {}  # id() of a PlaceRef object -> its row

    def run(self) -> AddResult:
        doc = self.report.document
        self.doc_id = self._free_id(doc)
        self.doc_pk = self._insert_document()
        if self.text is not None:
            self.conn.execute(insert(t.document_texts).values(document_pk=self.doc_pk, text=self.text))
        self._insert_places()
        self._insert_claims_and_events()
        new, updated = self._link()
        previous = self._supersede()
        return AddResult(self.doc_id, new=True, events_new=new, events_updated=updated, previous=previous)

    def _supersede(self) -> str | None:
        """This document is a new version of ``previous_pk``'s: the old version's
        claims leave the linked events (its document events point at none), each
        such event is reconciled again over the claims it keeps, and one left
        with none is removed. The old version stays stored, with its report."""
        if self.previous_pk is None:
            return None
        de = t.document_events
        old = [row.event_pk for row in self.conn.execute(
            select(de.c.event_pk).where(de.c.document_pk == self.previous_pk, de.c.event_pk.is_not(None)))]
        self.conn.execute(update(de).where(de.c.document_pk == self.previous_pk).values(event_pk=None))
        members = _event_claims(self.conn, old)
        for pk in sorted(set(old)):
            self.conn.execute(t.figures.delete().where(t.figures.c.event_pk == pk))
            if not members.get(pk):
                self.conn.execute(t.events.delete().where(t.events.c.pk == pk))
                continue
            figures = linked_figures(members[pk], policy=self.policy, discount_partisan=self.discount_partisan)
            _insert_many(self.conn, t.figures, [_figure_row(f, i, event_pk=pk) for i, f in enumerate(figures)])
        return self.conn.execute(select(t.documents.c.id).where(t.documents.c.pk == self.previous_pk)).scalar()

    def _free_id(self, doc: Document) -> str:
        taken = self.conn.execute(select(exists().where(t.documents.c.id == doc.id))).scalar()
        return f"{doc.id}@{doc.sha256[:12]}" if taken else doc.id

    def _insert_document(self) -> int:
        doc = self.report.document
        previous = None
        if doc.url:
            previous = self.conn.execute(select(t.documents.c.pk).where(t.documents.c.url == doc.url)
                                         .order_by(t.documents.c.pk.desc()).limit(1)).scalar()
        elif doc.id != doc.sha256:  # the input's own id, given again with another text: a revision
            previous = self.conn.execute(select(t.documents.c.pk).where(t.documents.c.input_id == doc.id,
                                                                        t.documents.c.url.is_(None))
                                         .order_by(t.documents.c.pk.desc()).limit(1)).scalar()
        self.previous_pk = previous
        row = {"id": self.doc_id, "input_id": doc.id, "sha256": doc.sha256, "schema": self.report.schema_,
               "title": doc.title, "url": doc.url, "outlet": doc.outlet, "published": doc.published,
               "language": doc.language, "previous_pk": previous,
               "skipped": [s.model_dump(mode="json") for s in self.report.skipped], "added": _utcnow(),
               "extra": _extra(doc, _DOCUMENT), "report_extra": _extra(self.report, _REPORT)}
        return _insert_many(self.conn, t.documents, [row])[0]

    def _insert_places(self) -> None:
        """The report's place mentions, then every other place object its claims and events name."""
        objects: list[PlaceRef] = []
        rows: list[dict] = []
        for position, place in enumerate(self.report.places):
            objects.append(place)
            rows.append(_place_row(place, self.doc_pk, position))
        seen = {id(p) for p in objects}
        for holder in [*self.report.claims, *self.report.events]:
            if holder.place is not None and id(holder.place) not in seen:
                seen.add(id(holder.place))
                objects.append(holder.place)
                rows.append(_place_row(holder.place, self.doc_pk, None))
        for place, pk in zip(objects, _insert_many(self.conn, t.places, rows)):
            self.place_pk[id(place)] = pk

    def _insert_claims_and_events(self) -> None:
        report = self.report
        event_rows = [{
            "document_pk": self.doc_pk, "id": e.id, "position": i, "event_pk": None, "event_type": e.event_type,
            "sub_event_type": e.sub_event_type, "action": e.action, "date_start": e.date_start,
            "date_end": e.date_end, "place_pk": self.place_pk.get(id(e.place)) if e.place is not None else None,
            "actors": e.actors, "claims": e.claims, "documents": e.documents, "sentence": e.sentence,
            "span_start": e.span[0] if e.span else None, "span_end": e.span[1] if e.span else None,
            "extra": _extra(e, _EVENT),
        } for i, e in enumerate(report.events)]
        self.document_event_pks = _insert_many(self.conn, t.document_events, event_rows)
        people = [{"document_event_pk": pk, "name": name}
                  for e, pk in zip(report.events, self.document_event_pks) for name in dict.fromkeys(e.people)]
        if people:
            self.conn.execute(insert(t.document_event_people), people)
        figure_rows = [_figure_row(f, i, document_event_pk=pk)
                       for e, pk in zip(report.events, self.document_event_pks) for i, f in enumerate(e.figures)]
        _insert_many(self.conn, t.figures, figure_rows)
        event_of_claim = {c: pk for e, pk in zip(report.events, self.document_event_pks) for c in e.claims}
        with_source = [c for c in report.claims if c.source is not None]
        source_pks = _insert_many(self.conn, t.sources, [{
            "document_pk": self.doc_pk, "speaker": s.speaker, "mention": s.mention, "description": s.description,
            "kind": s.kind, "affiliation": s.affiliation, "channel": s.channel, "chain": s.chain,
            "span_start": s.span[0] if s.span else None, "span_end": s.span[1] if s.span else None,
            "origin": s.origin, "partisan": s.partisan, "extra": _extra(s, _SOURCE)}
            for s in (c.source for c in with_source)])
        source_pk = {id(c): pk for c, pk in zip(with_source, source_pks)}
        _insert_many(self.conn, t.claims, [{
            "document_pk": self.doc_pk, "id": c.id, "position": i, "sentence": c.sentence,
            "span_start": c.span[0], "span_end": c.span[1], "category": c.category,
            "value_text": c.value.text, "low": c.value.low, "high": c.value.high, "qualifier": c.value.qualifier,
            "vague": c.value.vague, "incremental": c.value.incremental, "cumulative": c.value.cumulative,
            "subject_text": c.subject.text, "subject_actor": c.subject.actor, "subject_role": c.subject.role,
            "negated": c.negated, "hedge": c.hedge, "source_pk": source_pk.get(id(c)),
            "time_text": c.time.text if c.time else None, "time_start": c.time.start if c.time else None,
            "time_end": c.time.end if c.time else None, "time_precision": c.time.precision if c.time else None,
            "place_pk": self.place_pk.get(id(c.place)) if c.place is not None else None,
            "event": c.event, "document_event_pk": event_of_claim.get(c.id),
            "cue": c.cue.model_dump(mode="json") if c.cue else None, "part_of": c.part_of,
            "extra": _extra(c, _CLAIM),
        } for i, c in enumerate(report.claims)])

    # -------------------------------------------------------- linking

    def _link(self) -> tuple[int, int]:
        """Link the report's events (:func:`fogcount.stages.link.cluster`
        decides): the stored linked events holding a member one of its events
        matches, and in turn those holding a member theirs match (read from
        the store as far as that reaches), are read with all their members and
        clustered again with the new members, so the outcome does not depend
        on the order reports arrive in; a linked
        event whose members changed keeps the row most of its stored members
        were in (else a freed one, else a new row), is assembled again from all
        its members and its figures reconciled over all its claims. Returns
        (linked events created, linked events changed)."""
        doc = self.report.document
        new = [member(e.model_copy(update={"claims": [f"{self.doc_id}:{c}" for c in e.claims],
                                           "documents": [self.doc_id]}), self.doc_id, doc.published, i,
                      places=self.report.places)
               for i, e in enumerate(self.report.events)]
        own_pk = {id(m): pk for m, pk in zip(new, self.document_event_pks)}
        nearby = self._stored_members(new)
        # Only the linked events a new event matches can change: they are clustered again, with
        # the nearby linked events their members match in turn (clustering them alone could
        # settle differently from clustering all the reports at once, in another order).
        reached = {m.group for m in nearby if any(link_reasons(n, m) is not None for n in new)}
        # ... as far as ``max_span_days`` around the new events: a town's daily reports, each
        # matching the next day's, would otherwise pull the whole chain in at every report
        dated = [n for n in new if n.start is not None]
        if dated:
            reach = link_rules().max_span_days + link_rules().near_days
            first = shifted(min(n.start for n in dated), -reach)
            last = shifted(max(n.end for n in dated), reach)
        frontier = [m for m in nearby if m.group in reached and dated and m.start is not None
                    and first <= m.start and m.end <= last]
        while frontier:
            known = {m.group for m in nearby}
            nearby += [m for m in self._stored_members(frontier) if m.group not in known]
            found = {m.group for m in nearby if m.group not in reached
                     and any(link_reasons(n, m) is not None for n in frontier)}
            reached |= found
            frontier = [m for m in nearby if m.group in found and m.start is not None
                        and first <= m.start and m.end <= last]
        stored = [m for m in nearby if m.group in reached]
        before: dict[int, set] = {}
        for m in stored:
            before.setdefault(m.group, set()).add(m.ref)
        groups = cluster(stored + new)
        free = sorted(before)
        used: set[int] = set()
        rows: list[tuple[int | None, list]] = []
        for group in groups:  # the row most of its stored members were in, if still free
            votes = collections.Counter(m.group for m in group if m.group is not None)
            pk = next((g for g, _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])) if g not in used), None)
            if pk is not None:
                used.add(pk)
            rows.append((pk, group))
        spare = [pk for pk in free if pk not in used]
        now = _utcnow()
        created = changed = 0
        for index, (pk, group) in enumerate(rows):
            if pk is None:
                if spare:
                    pk = spare.pop(0)
                else:
                    pk = _insert_many(self.conn, t.events, [_event_row(group[0].event, self.place_pk, now)])[0]
                    created += 1
                rows[index] = (pk, group)
        touched = [pk for pk, group in rows if {m.ref for m in group} != before.get(pk)]
        for pk, group in rows:
            if pk not in touched:
                continue
            moved = [m for m in group if m.group != pk]
            for m in moved:
                where = (t.document_events.c.pk == own_pk[id(m)] if id(m) in own_pk else
                         and_(t.document_events.c.event_pk == m.group, t.document_events.c.id == m.event.id,
                              t.document_events.c.document_pk == select(t.documents.c.pk)
                              .where(t.documents.c.id == m.document).scalar_subquery()))
                self.conn.execute(update(t.document_events).where(where).values(event_pk=pk))
        # linked events whose members all went elsewhere, deleted once their members moved (deleting
        # first would set the members' event_pk to NULL, and the moves, which find them by it, miss them)
        for pk in spare:
            self.conn.execute(t.events.delete().where(t.events.c.pk == pk))
        for pk, group in rows:
            for m in group:
                m.group = pk
        claims = _event_claims(self.conn, touched)
        for pk, group in rows:
            if pk not in touched:
                continue
            event = assemble(group, f"E{pk}")
            self.conn.execute(update(t.events).where(t.events.c.pk == pk).values(**_event_row(event, self.place_pk, now)))
            self.conn.execute(t.figures.delete().where(t.figures.c.event_pk == pk))
            figures = linked_figures(claims.get(pk, []), policy=self.policy, discount_partisan=self.discount_partisan)
            _insert_many(self.conn, t.figures, [_figure_row(f, i, event_pk=pk) for i, f in enumerate(figures)])
            changed += 1
        return created, changed - created

    def _stored_members(self, new: list) -> list:
        """The stored members the report's events could match, and every other
        member of their linked events: dated (by text, or undated by their
        report's window) within the link rules' reach of the new members
        (``near_days``, and those dated "on or before" a day up to ``bound_days`` after them; and, up to ``person_days``, those naming a person a
        new member names: a follow-up weeks later)."""
        dated = [m for m in new if m.start is not None]
        if not dated:
            return []
        pks = set(self._members_within(dated, link_rules().near_days))
        if link_rules().bound_days:  # a stored member dated "on or before" a day up to ``bound_days`` after them
            pks |= set(self._members_within(dated, link_rules().near_days, ahead=link_rules().bound_days, bound=True))
        people = sorted({p for m in dated for p in m.event.people})
        if people and link_rules().person_days:
            pks |= set(self._members_within(dated, link_rules().person_days, people))
        return _read_members(self.conn, sorted(pks), self.place_pk)

    def _members_within(self, dated: list, reach: int, people: list[str] = (), ahead: int = 0,
                        bound: bool = False) -> list[int]:
        """The linked events with a stored member dated within ``reach`` days
        of the new members (and ``ahead`` days more after them); with ``people``,
        only members naming one of them; ``bound``, only members dated "on or
        before" a day (``Event.date_qualifier``, kept in the member's ``extra``)."""
        first, last = shifted(min(m.start for m in dated), -reach), shifted(max(m.end for m in dated), reach + ahead)
        de, d = t.document_events, t.documents
        window_end = shifted(last, link_rules().window_days)
        linked = [de.c.event_pk.is_not(None), de.c.document_pk != self.doc_pk]
        if people:  # through the index of the people each member names
            named = t.document_event_people
            linked.append(de.c.pk.in_(select(named.c.document_event_pk).where(named.c.name.in_(people))))
        if bound:  # the rows the day indexes give, filtered by the qualifier in their extra
            linked.append(de.c.extra["date_qualifier"].as_string() == "on or before")
        # dated across [first, last]: starting in it, ending in it, or holding it whole (each a range of
        # the day indexes, not a scan of every linked member); undated, published within the window
        ways = [and_(de.c.date_start >= first, de.c.date_start <= last),
                and_(de.c.date_end >= first, de.c.date_end <= last),
                and_(de.c.date_start < first, de.c.date_end > last)]
        near = union(*(select(de.c.event_pk).where(*linked, way) for way in ways),
                     select(de.c.event_pk).join(d, d.c.pk == de.c.document_pk)
                     .where(*linked, de.c.date_start.is_(None), d.c.published >= first, d.c.published <= window_end))
        return [row.event_pk for row in self.conn.execute(near)]


def _read_members(conn: Connection, event_pks: list[int], place_objects: dict[int, int]) -> list:
    """The members (reports' own events) of the linked events ``event_pks``,
    each with its figures (for its toll), document-qualified claim ids and
    its linked event's pk as ``group``. ``place_objects`` receives
    id(PlaceRef) -> place row of every place built."""
    de, d = t.document_events, t.documents
    rows, figures = [], {}
    for chunk in _chunks(event_pks):
        rows += list(conn.execute(select(de, d.c.id.label("document_id"), d.c.published)
                                  .join(d, d.c.pk == de.c.document_pk).where(de.c.event_pk.in_(chunk))))
    for chunk in _chunks([r.pk for r in rows]):
        for row in conn.execute(select(t.figures).where(t.figures.c.document_event_pk.in_(chunk))
                                .order_by(t.figures.c.document_event_pk, t.figures.c.position)):
            figures.setdefault(row.document_event_pk, []).append(_figure(row))
    places = _places_by_pk(conn, (r.place_pk for r in rows))
    for pk, place in places.items():
        place_objects[id(place)] = pk
    named: dict[int, list[PlaceRef]] = {}  # a document's pk -> the places its report names
    for chunk in _chunks(sorted({r.document_pk for r in rows})):
        for row in conn.execute(select(t.places).where(t.places.c.document_pk.in_(chunk),
                                                       t.places.c.position.is_not(None))
                                .order_by(t.places.c.document_pk, t.places.c.position)):
            named.setdefault(row.document_pk, []).append(_place(row))
    out = []
    for row in rows:
        event = Event.model_validate(_with({
            "id": row.id, "event_type": row.event_type, "sub_event_type": row.sub_event_type,
            "action": row.action, "date_start": row.date_start, "date_end": row.date_end,
            "place": places.get(row.place_pk) if row.place_pk is not None else None, "actors": row.actors,
            "figures": figures.get(row.pk, []), "claims": [f"{row.document_id}:{c}" for c in row.claims],
            "sentence": row.sentence, "span": (row.span_start, row.span_end) if row.span_start is not None else None,
            "documents": [row.document_id]}, row.extra))
        out.append(member(event, row.document_id, row.published, row.position, group=row.event_pk,
                          places=named.get(row.document_pk, ())))
    return out


def _event_row(event: Event, place_pk: dict[int, int], now: dt.datetime) -> dict:
    return {"event_type": event.event_type, "sub_event_type": event.sub_event_type, "action": event.action,
            "date_start": event.date_start, "date_end": event.date_end,
            "place_pk": place_pk.get(id(event.place)) if event.place is not None else None,
            "actors": list(event.actors), "sentence": event.sentence,
            "span_start": event.span[0] if event.span else None, "span_end": event.span[1] if event.span else None,
            "updated": now, "extra": _extra(event, _EVENT)}


# ---------------------------------------------------------------- reading back


def _document(row, *, previous: str | None = None, stored: bool = True) -> Document:
    data = _with({"id": row.id, "sha256": row.sha256, "title": row.title, "url": row.url, "outlet": row.outlet,
                  "published": row.published, "language": row.language}, row.extra)
    if not stored:
        return Document.model_validate(data)
    return StoredDocument.model_validate({**data, "previous": previous, "added": row.added})


def _place(row, prefix: str = "") -> PlaceRef:
    get = lambda name: getattr(row, prefix + name)  # noqa: E731
    start, end = get("span_start"), get("span_end")
    return PlaceRef.model_validate(_with({
        "text": get("text"), "span": (start, end) if start is not None else None, "name": get("name"),
        "lat": get("lat"), "lon": get("lon"), "precision": get("precision"), "country": get("country"),
        "admin1": get("admin1"), "gazetteer_id": get("gazetteer_id"), "derived_from": get("derived_from")},
        get("extra")))


def _figure(row) -> Figure:
    return Figure.model_validate(_with({
        "category": row.category, "role": row.role, "low": row.low, "best": row.best, "high": row.high,
        "claims": row.claims, "independent_sources": row.independent_sources, "policy": row.policy,
        "low_claims": row.low_claims, "best_claims": row.best_claims, "high_claims": row.high_claims,
        "partisan_claims": row.partisan_claims, "notes": row.notes}, row.extra))


def _places_by_pk(conn: Connection, pks: Iterable[int | None]) -> dict[int, PlaceRef]:
    wanted = sorted({pk for pk in pks if pk is not None})
    found: dict[int, PlaceRef] = {}
    for chunk in _chunks(wanted):
        for row in conn.execute(select(t.places).where(t.places.c.pk.in_(chunk))):
            found[row.pk] = _place(row)
    return found


def _claims_query():
    s, c = t.sources, t.claims
    return (select(c, t.documents.c.id.label("document_id"), s.c.speaker, s.c.mention, s.c.description, s.c.kind,
                   s.c.affiliation, s.c.channel, s.c.chain, s.c.span_start.label("source_span_start"),
                   s.c.span_end.label("source_span_end"), s.c.origin, s.c.partisan, s.c.extra.label("source_extra"))
            .join(t.documents, t.documents.c.pk == c.c.document_pk)
            .outerjoin(s, s.c.pk == c.c.source_pk))


def _claim(row, places: dict[int, PlaceRef]) -> Claim:
    source = None
    if row.source_pk is not None:
        start, end = row.source_span_start, row.source_span_end
        source = Source.model_validate(_with({
            "speaker": row.speaker, "mention": row.mention, "description": row.description, "kind": row.kind,
            "affiliation": row.affiliation, "channel": row.channel, "chain": row.chain,
            "span": (start, end) if start is not None else None, "origin": row.origin, "partisan": row.partisan},
            row.source_extra))
    time = None
    if any(v is not None for v in (row.time_text, row.time_start, row.time_end, row.time_precision)):
        time = {"text": row.time_text, "start": row.time_start, "end": row.time_end, "precision": row.time_precision}
    return Claim.model_validate(_with({
        "id": row.id, "sentence": row.sentence, "span": (row.span_start, row.span_end), "category": row.category,
        "value": {"text": row.value_text, "low": row.low, "high": row.high, "qualifier": row.qualifier,
                  "vague": row.vague, "incremental": row.incremental, "cumulative": row.cumulative},
        "subject": {"text": row.subject_text, "actor": row.subject_actor, "role": row.subject_role},
        "negated": row.negated, "hedge": row.hedge, "source": source, "time": time,
        "place": places.get(row.place_pk) if row.place_pk is not None else None, "event": row.event,
        "cue": row.cue, "part_of": row.part_of,
    }, row.extra))


def _read_report(conn: Connection, doc) -> Report:
    place_rows = list(conn.execute(select(t.places).where(t.places.c.document_pk == doc.pk).order_by(t.places.c.pk)))
    places = {row.pk: _place(row) for row in place_rows}
    claim_rows = list(conn.execute(_claims_query().where(t.claims.c.document_pk == doc.pk)
                                   .order_by(t.claims.c.position)))
    event_rows = list(conn.execute(select(t.document_events).where(t.document_events.c.document_pk == doc.pk)
                                   .order_by(t.document_events.c.position)))
    figures: dict[int, list[Figure]] = {}
    if event_rows:
        for row in conn.execute(select(t.figures).where(t.figures.c.document_event_pk.in_([e.pk for e in event_rows]))
                                .order_by(t.figures.c.document_event_pk, t.figures.c.position)):
            figures.setdefault(row.document_event_pk, []).append(_figure(row))
    events = [Event.model_validate(_with({
        "id": e.id, "event_type": e.event_type, "sub_event_type": e.sub_event_type, "action": e.action,
        "date_start": e.date_start, "date_end": e.date_end,
        "place": places.get(e.place_pk) if e.place_pk is not None else None, "actors": e.actors,
        "figures": figures.get(e.pk, []), "claims": e.claims, "sentence": e.sentence,
        "span": (e.span_start, e.span_end) if e.span_start is not None else None, "documents": e.documents,
    }, e.extra)) for e in event_rows]
    return Report.model_validate(_with({
        "schema": doc.schema,
        "document": _document(doc, stored=False),
        "places": [places[row.pk] for row in place_rows if row.position is not None],
        "claims": [_claim(row, places) for row in claim_rows],
        "events": events,
        "skipped": doc.skipped,
    }, doc.report_extra))


def _event_claims(conn: Connection, event_pks: list[int]) -> dict[int, list[Claim]]:
    """Each linked event's claims, qualified, in reading order: the documents by
    publication date (undated last), then by id (not by arrival: the same
    reports give the same figures in any order); each in text order. A
    later figure from the same origin replaces an earlier one in that order."""
    found: dict[int, list[Claim]] = {}
    for chunk in _chunks(sorted(set(event_pks))):
        rows = list(conn.execute(
            _claims_query().add_columns(t.document_events.c.event_pk.label("linked_pk"))
            .join(t.document_events, t.document_events.c.pk == t.claims.c.document_event_pk)
            .where(t.document_events.c.event_pk.in_(chunk))
            .order_by(t.document_events.c.event_pk, t.documents.c.published.is_(None), t.documents.c.published,
                      t.documents.c.id, t.claims.c.position)))
        places = _places_by_pk(conn, (r.place_pk for r in rows))
        for row in rows:
            found.setdefault(row.linked_pk, []).append(qualified(_claim(row, places), row.document_id))
    return found


def _read_events(conn: Connection, pks: list[int], *, with_figures: bool = True, with_claims: bool = True,
                 place_objects: dict[int, int] | None = None) -> list[Event]:
    """Linked events by primary key, in the order given. ``place_objects``, when
    given, receives id(PlaceRef) -> place row of every place built."""
    rows: dict[int, object] = {}
    figures: dict[int, list[Figure]] = {}
    documents: dict[int, list[str]] = {}
    claim_ids: dict[int, list[str]] = {}
    for chunk in _chunks(pks):
        for row in conn.execute(select(t.events).where(t.events.c.pk.in_(chunk))):
            rows[row.pk] = row
        if with_figures:
            for row in conn.execute(select(t.figures).where(t.figures.c.event_pk.in_(chunk))
                                    .order_by(t.figures.c.event_pk, t.figures.c.position)):
                figures.setdefault(row.event_pk, []).append(_figure(row))
        if with_claims:
            de = t.document_events
            for row in conn.execute(select(de.c.event_pk, t.documents.c.id).join(t.documents, t.documents.c.pk == de.c.document_pk)
                                    .where(de.c.event_pk.in_(chunk))
                                    .group_by(de.c.event_pk, t.documents.c.id, t.documents.c.published)
                                    .order_by(de.c.event_pk, t.documents.c.published.is_(None), t.documents.c.published,
                                              t.documents.c.id)):
                documents.setdefault(row.event_pk, []).append(row.id)
            for row in conn.execute(select(de.c.event_pk, t.documents.c.id, t.claims.c.id.label("claim"))
                                    .join(t.claims, t.claims.c.document_event_pk == de.c.pk)
                                    .join(t.documents, t.documents.c.pk == t.claims.c.document_pk)
                                    .where(de.c.event_pk.in_(chunk))
                                    .order_by(de.c.event_pk, t.documents.c.published.is_(None), t.documents.c.published,
                                              t.documents.c.id, t.claims.c.position)):
                claim_ids.setdefault(row.event_pk, []).append(f"{row.id}:{row.claim}")
    places = _places_by_pk(conn, (r.place_pk for r in rows.values()))
    if place_objects is not None:
        for pk, place in places.items():
            place_objects[id(place)] = pk
    events = []
    for pk in pks:
        row = rows.get(pk)
        if row is None:
            continue
        events.append(Event.model_validate(_with({
            "id": f"E{pk}", "event_type": row.event_type, "sub_event_type": row.sub_event_type,
            "action": row.action, "date_start": row.date_start, "date_end": row.date_end,
            "place": places.get(row.place_pk) if row.place_pk is not None else None, "actors": list(row.actors),
            "figures": figures.get(pk, []), "claims": claim_ids.get(pk, []), "sentence": row.sentence,
            "span": (row.span_start, row.span_end) if row.span_start is not None else None,
            "documents": documents.get(pk, []),
        }, row.extra)))
    return events
