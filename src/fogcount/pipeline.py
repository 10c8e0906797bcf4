"""The ordered stages: :func:`extract` for one text, :func:`pipe` for many.

    ingest -> annotate -> claims -> attribution -> dates -> places -> events (with reconcile) -> event types

Every stage has one shape (:class:`~fogcount.stages.base.Stage`: a name, a
version, what it requires and assigns, ``run(state, settings) -> state``);
:data:`STAGES` is their order, checked once at import, and adding a stage is
one line there. Each run is checked against its stage's declaration and
recorded in the report (``Report.stages``). Reading inputs (ingest) comes
before the stages, linking the events of many documents
(:mod:`fogcount.stages.link`) after them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import DocumentFault, FogcountError, GazetteerFailure, InputError, RecordError, SettingsError
from .gazetteer import Gazetteer, GazetteerError
from .models import Report
from .settings import Settings
from .stages import annotate, attribution, claims, dates, event_types, events, places
from .stages.annotate import Annotation, annotate_many
from .stages.base import DocumentState, Stage, assigned_digest, check_order
from .stages.event_types import Typing, type_report_text
from .stages.ingest import Record, check_size, make_document, normalise

STAGES: tuple[Stage, ...] = (
    annotate.STAGE,
    claims.STAGE,
    attribution.STAGE,
    dates.STAGE,
    places.STAGE,
    events.STAGE,
    event_types.STAGE,
)
check_order(STAGES)


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


def run_stages(record: Record, settings: Settings, annotation: Annotation | None = None,
               stages: tuple[Stage, ...] = STAGES, *, after=None) -> DocumentState:
    """One document through ``stages``; ``annotation`` where it was parsed in a
    batch already; ``after(stage, state)`` is called after each stage (to watch
    what each assigns)."""
    state = DocumentState(record=record, report=Report(document=make_document(record)),
                          gazetteer=open_gazetteer(settings), annotation=annotation)
    for stage in stages:
        stage(state, settings)
        if after is not None:
            after(stage, state)
    state.report.stages = state.runs
    return state


def stage_digests(records: Iterable[Record], settings: Settings | None = None) -> dict[str, str]:
    """Per stage, one sha256 of everything it assigned over ``records``
    (:func:`~fogcount.stages.base.assigned_digest`): what the stage-version pins compare."""
    import hashlib

    settings = settings or Settings()
    digests = {stage.name: hashlib.sha256() for stage in STAGES}

    def note(stage: Stage, state: DocumentState) -> None:
        digests[stage.name].update(assigned_digest(state, stage.assigns).encode())

    for record in records:
        run_stages(record, settings, after=note)
    return {name: digest.hexdigest() for name, digest in digests.items()}


def pipe_states(records: Iterable[Record | FogcountError], *,
                settings: Settings | None = None, after=None) -> Iterator[DocumentState | Failure]:
    """Run the stages over many records, in input order, parsed in spaCy
    batches. A record that failed upstream (an error in the stream) or fails
    here comes out as a :class:`Failure`; the others go on. ``after(stage,
    state)`` is called after each stage of each document (as by
    :func:`run_stages`: benchmarks/throughput.py times the stages with it)."""
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
            state = run_stages(record, settings, ann, after=after)
            headed = headlined(record)
            if headed is not None and (not state.report.events or _toll_only_in_title(record, state, settings)):
                state = run_stages(headed, settings, after=after)
        except FogcountError as exc:
            yield Failure(origin=record.origin, error=exc)
        except Exception as exc:  # a bug met by this document alone: it fails, named, and the batch goes on
            yield Failure(origin=record.origin, error=DocumentFault.of(exc, origin=record.origin))
        else:
            yield state
    while pending:
        yield pending.pop(0)


_TOLL_CATEGORIES = ("people.killed", "people.injured")


def _toll_only_in_title(record: Record, state: DocumentState, settings: Settings) -> bool:
    """The text counts no dead or hurt while its title does ("4-year-old
    fatally shoots self" over a text that says only "the boy shot himself"):
    the title's toll is the report's, so the report is read headlined. Only
    the short title is parsed to ask, and only for a text with no toll."""
    if any(c.category in _TOLL_CATEGORIES for c in state.report.claims):
        return False
    told = run_stages(dataclasses.replace(record, text=_title_line(record)), settings)
    return any(c.category in _TOLL_CATEGORIES and not c.negated for c in told.report.claims)


def _title_line(record: Record) -> str:
    """The record's title normalised as its text is, on one line (its hash is
    "of the normalised text"); "" where it has none."""
    return " ".join(normalise(record.title or "").split())


def headlined(record: Record) -> Record | None:
    """The record read with its title as its first paragraph, where it has a
    title its text does not begin with: for a page whose text tells no
    happening (a sign-up box, a comment form, other stories) while its title
    is the report's main incident ("Man killed, boy injured in drive-by
    shooting"). :func:`pipe_states` reads it so only where the text alone
    gives no event; the document's text (and its hash) is then the title and
    the text, which its spans point into."""
    title = _title_line(record)
    if not title or record.text.lstrip().startswith(title):
        return None
    return dataclasses.replace(record, text=f"{title}\n\n{record.text}")


def pipe(records: Iterable[Record | FogcountError], *, settings: Settings | None = None) -> Iterator[Report | Failure]:
    """Extract from many records (see :func:`pipe_states`): their reports, or the failures."""
    for result in pipe_states(records, settings=settings):
        yield result if isinstance(result, Failure) else result.report


def extract_state(
    text: str,
    *,
    published: dt.date | str | None = None,
    settings: Settings | None = None,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
) -> DocumentState:
    """Run the stages on ``text``: the whole state (the report, the normalised
    text its spans point into, the document's findings). Raises InputError for
    empty or oversized text."""
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
    result = next(pipe_states([record], settings=settings))
    if isinstance(result, Failure):
        raise result.error
    return result


def extract(text: str, **options) -> Report:
    """Every figure in ``text`` as a claim: the report of :func:`extract_state`
    (same options: ``published``, ``settings``, ``id``, ``title``, ``url``, ``outlet``)."""
    return extract_state(text, **options).report


def type_snippet(text: str, *, published: dt.date | str | None = None, settings: Settings | None = None) -> Typing:
    """Run the stages on a short text that reports one happening and type its
    main event, the whole text typed as one (:func:`~fogcount.stages.event_types.type_report_text`)."""
    settings = settings or Settings()
    state = extract_state(text, published=published, settings=settings)
    silent = [(state.annotation.tokens[h.token].idx, state.annotation.tokens[h.token].end)
              for h in state.happenings or () if h.no_event is not None]
    return type_report_text(state.report, state.text, settings.rules.vocabulary, silent)


__all__ = ["extract", "extract_state", "pipe", "pipe_states", "run_stages", "type_snippet", "STAGES", "Failure", "RecordError"]
