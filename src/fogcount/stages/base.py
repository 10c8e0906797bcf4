"""The stage contract: one document state, one stage shape.

A stage is a name, a version, what it requires, what it assigns, and one
``run(state, settings) -> state`` (as spaCy's components declare ``requires``
and ``assigns``, and datatrove's steps have one shape). The pipeline
(:mod:`fogcount.pipeline`) runs an ordered tuple of stages over a
:class:`DocumentState` and checks each against its declaration:

* a stage's requirements must be assigned by an earlier stage or given at the
  start (:data:`GIVEN`), else the pipeline is refused before anything runs;
* a stage must return the state it was given, else :class:`StageError`
  (E701, spaCy's E005);
* a stage may change only what it declares it assigns, else :class:`StageError`
  (E702). What a stage changed is found by comparing the identity of every
  field of the state, of the report, and of each claim and event before and
  after it ran: assigning a new value or a new list, or growing a list, is a
  change; editing an object in place below those fields is not seen.

What a stage may declare is a path: a field of the state (``"times"``), of
the report (``"report.claims"``), or of every claim or event
(``"claims.source"``, ``"events.event_type"``).

A stage's version changes whenever its output can change; the report records
each stage's name, version and counts (:class:`~fogcount.models.StageRun`),
so that an output can be traced to the code that made it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..errors import StageError
from ..models import Claim, Event, PlaceRef, Report, StageRun
from ..settings import Settings

if TYPE_CHECKING:  # the stages import this module
    from .annotate import Annotation
    from .ingest import Record


@dataclasses.dataclass(eq=False)
class DocumentState:
    """One document on its way through the stages: the report being filled,
    the normalised text its spans point into, the annotation, and the
    document-level findings later stages read instead of finding again."""

    record: Record
    report: Report
    gazetteer: Any = None  # the place index (fogcount.gazetteer.Gazetteer), opened once by the pipeline
    annotation: Annotation | None = None
    times: list | None = None  # every time expression (dates.TimeMention), in text order
    document_place: PlaceRef | None = None  # the document's place, as a fallback (no finer than precision 2)
    event_places: list[PlaceRef] | None = None  # report.places, the resolved ranked as where an event happened
    happenings: list | None = None  # every action word (events.Happening), in text order
    runs: list[StageRun] = dataclasses.field(default_factory=list)  # what the report records
    ran: list[Stage] = dataclasses.field(default_factory=list)  # the stages that ran, for their declarations

    @property
    def text(self) -> str:
        """The normalised text: the record's, normalised once when it was read."""
        return self.record.text

    @property
    def published(self) -> dt.date | None:
        return self.record.published

    def count(self, key: str, value: int) -> None:
        """Add ``value`` to the running stage's count ``key`` (datatrove's ``stat_update``)."""
        counts = self.runs[-1].counts
        counts[key] = counts.get(key, 0) + value


# What a state holds before the first stage runs.
GIVEN = frozenset({"record", "report", "report.document", "gazetteer"})


@dataclasses.dataclass(frozen=True)
class Stage:
    """One step of the pipeline: ``run`` fills what ``assigns`` names from what ``requires`` names."""

    name: str
    version: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    run: Callable[[DocumentState, Settings], DocumentState]

    def __post_init__(self):
        unknown = [p for p in (*self.requires, *self.assigns) if not _known_path(p)]
        if unknown:
            raise StageError(f"stage {self.name}: unknown paths {', '.join(unknown)}", code="E703")

    def __call__(self, state: DocumentState, settings: Settings) -> DocumentState:
        """Run the stage on ``state``, enforcing its declaration; the run is recorded in the state."""
        missing = [p for p in self.requires if p not in GIVEN and not any(p in stage.assigns for stage in state.ran)]
        if missing:
            raise StageError(f"stage {self.name} requires {', '.join(missing)}, which no earlier stage assigned",
                             code="E700")
        before = fingerprint(state)
        state.runs.append(StageRun(name=self.name, version=self.version))
        state.ran.append(self)
        result = self.run(state, settings)
        if result is not state:
            raise StageError(f"stage {self.name} returned {type(result).__name__}, not the state it was given",
                             code="E701")
        after = fingerprint(state)
        changed = [path for path in after if after[path] != before.get(path)]
        # A new list of claims or events brings new items: their fields are part of that assignment.
        renewed = {path.partition(".")[2] for path in changed if path in ("report.claims", "report.events")}
        changed = [path for path in changed if path.partition(".")[0] not in renewed]
        undeclared = [path for path in changed if path not in self.assigns]
        if undeclared:
            raise StageError(f"stage {self.name} assigned {', '.join(undeclared)} without declaring it", code="E702")
        return state


_STATE_FIELDS = tuple(f.name for f in dataclasses.fields(DocumentState) if f.name not in ("runs", "ran"))
_REPORT_FIELDS = tuple(Report.model_fields)
_CLAIM_FIELDS = tuple(Claim.model_fields)
_EVENT_FIELDS = tuple(Event.model_fields)


def _known_path(path: str) -> bool:
    kind, _, name = path.partition(".")
    if not name:
        return kind in _STATE_FIELDS
    return name in {"report": _REPORT_FIELDS, "claims": _CLAIM_FIELDS, "events": _EVENT_FIELDS}.get(kind, ())


def _identity(value) -> tuple:
    """What changes when a field is assigned anew or a list grows or shrinks."""
    return (id(value), len(value)) if isinstance(value, list) else (id(value),)


def fingerprint(state: DocumentState) -> dict[str, tuple]:
    """The identity of every path a stage may assign (see the module docstring)."""
    report = state.report
    found = {name: _identity(getattr(state, name)) for name in _STATE_FIELDS}
    found.update({f"report.{name}": _identity(getattr(report, name)) for name in _REPORT_FIELDS})
    for kind, items, names in (("claims", report.claims, _CLAIM_FIELDS), ("events", report.events, _EVENT_FIELDS)):
        for name in names:
            found[f"{kind}.{name}"] = tuple(id(getattr(item, name)) for item in items)
    return found


def check_order(stages: tuple[Stage, ...]) -> None:
    """Refuse an order in which a stage requires what no earlier stage assigns."""
    available = set(GIVEN)
    for stage in stages:
        missing = [p for p in stage.requires if p not in available]
        if missing:
            raise StageError(f"stage {stage.name} requires {', '.join(missing)}, which no earlier stage assigns",
                             code="E700")
        available.update(stage.assigns)


def _plain(value):
    """A value of the state as plain data, for :func:`assigned_digest`."""
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", by_alias=True)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return repr(value)


def assigned_digest(state: DocumentState, paths: tuple[str, ...]) -> str:
    """The sha256 of what ``paths`` hold now: what a stage just assigned. The
    stage-version pins (tests/golden/stage_versions.json) compare these over
    the project's own texts, so that a stage whose output changed cannot keep
    its version."""
    import hashlib
    import json

    found = {}
    for path in paths:
        kind, _, name = path.partition(".")
        if not name:
            found[path] = _plain(getattr(state, kind))
        elif kind == "report":
            found[path] = _plain(getattr(state.report, name))
        else:
            found[path] = [_plain(getattr(item, name)) for item in getattr(state.report, kind)]
    return hashlib.sha256(json.dumps(found, sort_keys=True, default=repr).encode()).hexdigest()
