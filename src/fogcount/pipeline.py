"""The ordered stages: :func:`extract` for one text, :func:`pipe` for many.

    ingest -> annotate -> claims -> attribution -> dates -> places -> events (with reconcile) -> event types

Each stage is a plain function over the data model; adding one means adding
a line to :func:`_run_stages`, not reshaping the others.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import FogcountError, GazetteerFailure, InputError, RecordError, SettingsError
from .gazetteer import Gazetteer, GazetteerError
from .models import Report
from .settings import Settings
from .stages.annotate import Annotation, annotate_many
from .stages.attribution import attribute
from .stages.claims import extract_claims
from .stages.dates import assign_times
from .stages.events import build_events
from .stages.event_types import type_events
from .stages.places import locate
from .stages.ingest import Record, check_size, make_document, normalise


@dataclasses.dataclass
class Failure:
    """A record of a batch that could not be processed, with the reason."""

    origin: str
    error: FogcountError


_GAZETTEERS: dict[str | None, Gazetteer] = {}


def open_gazetteer(settings: Settings, *, progress=None) -> Gazetteer:
    """The place index of ``settings``, opened once per path (built first where
    missing, reporting to ``progress``)."""
    if settings.gazetteer not in _GAZETTEERS:
        try:
            path = Path(settings.gazetteer) if settings.gazetteer else None
            _GAZETTEERS[settings.gazetteer] = Gazetteer.open(path, progress=progress)
        except GazetteerError as exc:
            raise GazetteerFailure(str(exc)) from None
    return _GAZETTEERS[settings.gazetteer]


def forget_gazetteers() -> None:
    """Let the next use reopen the place indexes (after an import changed one)."""
    _GAZETTEERS.clear()


def _run_stages(record: Record, ann: Annotation, settings: Settings) -> Report:
    vocab = settings.rules.vocabulary
    report = Report(document=make_document(record))
    report.claims, report.skipped = extract_claims(ann, vocab)
    attribute(ann, report.claims, vocab)
    assign_times(ann, report.claims, record.published)
    report.places = locate(ann, report.claims, open_gazetteer(settings), vocab)
    report.events = build_events(ann, report.claims, vocab, document_id=report.document.id, policy=settings.policy,
                                 places=report.places, published=record.published,
                                 discount_partisan=settings.discount_partisan)
    type_events(report, vocab)
    return report


def pipe(records: Iterable[Record | FogcountError], *, settings: Settings | None = None) -> Iterator[Report | Failure]:
    """Extract from many records, in input order, in spaCy batches. A record
    that failed upstream (an error in the stream) or fails here comes out as
    a :class:`Failure`; the others go on."""
    settings = settings or Settings()
    pending: list[Record | Failure] = []

    def good_texts(items):
        for item in items:
            if isinstance(item, FogcountError):
                pending.append(Failure(origin=getattr(item, "origin", None) or "input", error=item))
                continue
            pending.append(item)
            yield item.text

    annotations = annotate_many(good_texts(records), settings=settings)
    for ann in annotations:
        # Everything queued before this annotation's record is a failure to report first.
        while pending and isinstance(pending[0], Failure):
            yield pending.pop(0)
        record = pending.pop(0)
        try:
            yield _run_stages(record, ann, settings)
        except FogcountError as exc:
            yield Failure(origin=record.origin, error=exc)
    while pending:
        yield pending.pop(0)


def extract(
    text: str,
    *,
    published: dt.date | str | None = None,
    settings: Settings | None = None,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
) -> Report:
    """Every figure in ``text`` as a claim. Raises InputError for empty or oversized text."""
    settings = settings or Settings()
    if isinstance(published, str):
        try:
            published = dt.date.fromisoformat(published)
        except ValueError:
            raise SettingsError(f"published: {published!r} is not a date (YYYY-MM-DD)") from None
    text = normalise(text)
    check_size(len(text.encode("utf-8")), origin="text", settings=settings)
    if not text.strip():
        raise InputError("text: empty input, no text to read")
    record = Record(text=text, origin="text", id=id, published=published or settings.published,
                    title=title, url=url, outlet=outlet)
    result = next(pipe([record], settings=settings))
    if isinstance(result, Failure):
        raise result.error
    return result


__all__ = ["extract", "pipe", "Failure", "RecordError"]
