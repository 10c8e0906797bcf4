"""Scorers shared by the test gates and the benchmarks: one definition of
"right" for each measured stage, so a floor in a test and a figure in
docs/benchmarks.md measure the same thing.

A gold set is a JSON-lines file of cases the project writes itself: a text
and what the stage must find in it (and, as much, what it must not find).
Each scorer runs the pipeline on every case and turns it into checks, one
per thing the case expects; a set's score is the share of its checks that
pass. Floors guard the scores: ``floors.toml`` pins, per gold set, the
sha256 of the gold file and the score measured on it, so a floor cannot
drift silently (:func:`pin` raises rather than lower one unless asked to,
and a changed gold file no longer matches its pinned hash)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import math
import re
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path

from .gazetteer.query import haversine_km
from .models import PlaceRef, Report
from .pipeline import extract, type_snippet
from .stages.reconcile import reconcile


def _norm(text: str | None) -> str | None:
    """Compare names as people would: no case, no leading article, plain spacing."""
    if text is None:
        return None
    words = re.sub(r"[\s\u00a0]+", " ", text).strip(" ,.;:").lower().split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


# ---------------------------------------------------------------- checks and scores


@dataclasses.dataclass
class Check:
    """One thing a case expects, and what the pipeline gave."""

    case: str
    what: str
    expected: object
    got: object
    right: bool


@dataclasses.dataclass
class Score:
    checks: list[Check]

    @property
    def score(self) -> float:
        """The share of checks that pass: the figure a floor guards."""
        return sum(c.right for c in self.checks) / max(1, len(self.checks))

    def wrong(self) -> list[Check]:
        return [c for c in self.checks if not c.right]


def _check(case: dict, what: str, expected, got) -> Check:
    return Check(case["id"], what, expected, got, expected == got)


def load_cases(path: str | Path) -> list[dict]:
    """The cases of a gold file, one JSON object a line (blank lines skipped)."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _report(case: dict) -> Report:
    return extract(case["text"], published=case.get("published"))


def _claim(report: Report, figure: str, category: str | None = None):
    """The first claim written ``figure`` (of ``category`` when given)."""
    return next((c for c in report.claims if c.value.text == figure and category in (None, c.category)), None)


# ---------------------------------------------------------------- claims


def score_claims(cases: Iterable[dict]) -> Score:
    """``find``: [category, low, high] triples that must be claims;
    ``not_find``: figures as written that must be no claim ("a 2010 raid");
    ``only``: true when the found claims are all the text holds."""
    checks = []
    for case in cases:
        report = _report(case)
        triples = [[c.category, c.value.low, c.value.high] for c in report.claims]
        for expected in case.get("find", []):
            checks.append(_check(case, f"find {expected}", True, expected in triples))
        written = [c.value.text.lower() for c in report.claims]
        for figure in case.get("not_find", []):
            checks.append(_check(case, f"not find {figure!r}", False, figure.lower() in written))
        if case.get("only"):
            checks.append(_check(case, "number of claims", len(case.get("find", [])), len(triples)))
    return Score(checks)


# ---------------------------------------------------------------- attribution


@dataclasses.dataclass
class AttributionCase:
    id: str
    pattern: str
    text: str
    figure: str
    category: str | None
    speaker: str | None
    channel: str | None
    chain: list[str]
    kind: str | None


@dataclasses.dataclass
class AttributionResult:
    case: AttributionCase
    found: bool  # the extractor found the figure at all
    speaker: str | None
    mention: str | None
    channel: str | None
    kind: str | None

    @property
    def speaker_right(self) -> bool:
        expected = _norm(self.case.speaker)
        return expected == _norm(self.speaker) or (expected is not None and expected == _norm(self.mention))

    @property
    def channel_right(self) -> bool:
        return _norm(self.case.channel) == _norm(self.channel)

    @property
    def asks_kind(self) -> bool:
        """A case asks the speaker's kind when it names a speaker and a kind."""
        return self.case.speaker is not None and self.case.kind is not None

    @property
    def kind_right(self) -> bool:
        return not self.asks_kind or self.case.kind == self.kind

    @property
    def right(self) -> bool:
        return self.found and self.speaker_right and self.channel_right


@dataclasses.dataclass
class AttributionScore(Score):
    results: list[AttributionResult] = dataclasses.field(default_factory=list)

    def share(self, attribute: str) -> float:
        return sum(getattr(r, attribute) for r in self.results) / max(1, len(self.results))

    @property
    def accuracy(self) -> float:
        """Speaker and channel both right."""
        return self.share("right")

    def by_pattern(self) -> dict[str, tuple[int, int]]:
        out: dict[str, tuple[int, int]] = {}
        for r in self.results:
            right, total = out.get(r.case.pattern, (0, 0))
            out[r.case.pattern] = (right + r.right, total + 1)
        return out


def load_attribution_cases(path: str | Path) -> list[AttributionCase]:
    return [AttributionCase(**{f.name: raw.get(f.name) for f in dataclasses.fields(AttributionCase)})
            for raw in load_cases(path)]


def score_attribution(cases: Iterable[AttributionCase | dict]) -> AttributionScore:
    """Per case, the claim written ``figure``: found, speaker (or the speaker
    as written there), channel and, where the case gives it, kind."""
    results, checks = [], []
    for case in cases:
        if isinstance(case, dict):
            case = AttributionCase(**{f.name: case.get(f.name) for f in dataclasses.fields(AttributionCase)})
        claim = _claim(extract(case.text), case.figure, case.category)
        source = claim.source if claim else None
        result = AttributionResult(
            case=case,
            found=claim is not None,
            speaker=source.speaker if source else None,
            mention=source.mention if source else None,
            channel=source.channel if source else None,
            kind=source.kind if source else None,
        )
        results.append(result)
        checks += [
            Check(case.id, "found", True, result.found, result.found),
            Check(case.id, "speaker", case.speaker, result.speaker, result.speaker_right),
            Check(case.id, "channel", case.channel, result.channel, result.channel_right),
        ]
        if result.asks_kind:
            checks.append(Check(case.id, "kind", case.kind, result.kind, result.kind_right))
    return AttributionScore(checks, results)


# ---------------------------------------------------------------- dates


def time_of(report: Report, figure: str) -> tuple[str | None, str | None, str | None]:
    """(start, end, precision) of the time the claim written ``figure`` happened."""
    claim = _claim(report, figure)
    time = claim.time if claim else None
    if time is None:
        return (None, None, None)
    return (_iso(time.start), _iso(time.end), time.precision)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def score_dates(cases: Iterable[dict]) -> Score:
    """Per case (with ``published``), the claim written ``figure``: its time's
    ``start``, ``end`` and ``precision`` (all null: the text dates it not)."""
    checks = []
    for case in cases:
        got = time_of(_report(case), case["figure"])
        for what, value in zip(("start", "end", "precision"), got):
            checks.append(_check(case, what, case[what], value))
    return Score(checks)


# ---------------------------------------------------------------- places


def within_km(place: PlaceRef | None, lat: float, lon: float, km: float) -> bool:
    """The place resolved to a point no farther than ``km`` from (lat, lon)."""
    return place is not None and place.lat is not None and haversine_km(place.lat, place.lon, lat, lon) <= km


def score_places(cases: Iterable[dict]) -> Score:
    """``find``: mentions as written with the ``country`` (ISO code) and
    ``precision`` they must resolve to; ``not_find``: words that must be no
    resolved place ("Jordan" the person)."""
    checks = []
    for case in cases:
        report = _report(case)
        resolved = [p for p in report.places if p.lat is not None]
        for expected in case.get("find", []):
            place = next((p for p in resolved if p.text == expected["text"]), None)
            for what in ("country", "precision"):
                checks.append(_check(case, f"{expected['text']} {what}", expected[what],
                                     getattr(place, what) if place else None))
        for text in case.get("not_find", []):
            checks.append(_check(case, f"not find {text!r}", False, any(p.text == text for p in resolved)))
    return Score(checks)


# ---------------------------------------------------------------- events and their types


def score_events(cases: Iterable[dict]) -> Score:
    """``events``: how many happenings the text reports (0: none, "the fight
    against terrorism"); ``types``, when given: their sub-event types, in any order."""
    checks = []
    for case in cases:
        events = _report(case).events
        checks.append(_check(case, "number of events", case["events"], len(events)))
        if "types" in case:
            checks.append(_check(case, "types", sorted(case["types"]), sorted(e.sub_event_type or "" for e in events)))
    return Score(checks)


def score_event_types(cases: Iterable[dict]) -> Score:
    """The text's main happening: ``event_type`` and ``sub_event_type``
    (null and "Other" for a text that reports none)."""
    checks = []
    for case in cases:
        typing = type_snippet(case["text"], published=case.get("published"))
        checks.append(_check(case, "event_type", case["event_type"], typing.event_type))
        checks.append(_check(case, "sub_event_type", case["sub_event_type"], typing.sub_event_type))
    return Score(checks)


# ---------------------------------------------------------------- reconciliation


def figure_bounds(report: Report, category: str, role: str, *, policy: str = "ucdp") -> tuple[int | None, ...]:
    """(low, best, high) of the document's claims of ``category`` for ``role``,
    reconciled together; all None when it has none."""
    claims = [c for c in report.claims if c.category == category]
    figure = next((f for f in reconcile(claims, policy=policy) if f.role == role), None)
    return (figure.low, figure.best, figure.high) if figure else (None, None, None)


def score_reconcile(cases: Iterable[dict]) -> Score:
    """The figure for ``category`` and ``role`` (under ``policy``, default
    ucdp): its ``low``, ``best`` and ``high``."""
    checks = []
    for case in cases:
        got = figure_bounds(_report(case), case["category"], case["role"], policy=case.get("policy", "ucdp"))
        for what, value in zip(("low", "best", "high"), got):
            checks.append(_check(case, what, case[what], value))
    return Score(checks)


SCORERS: dict[str, Callable[[Iterable], Score]] = {
    "claims": score_claims,
    "attribution": score_attribution,
    "dates": score_dates,
    "places": score_places,
    "events": score_events,
    "event_types": score_event_types,
    "reconcile": score_reconcile,
}


def score_gold(kind: str, path: str | Path) -> Score:
    """The score of the gold file ``path``, a set of cases of ``kind`` (a key of SCORERS)."""
    return SCORERS[kind](load_cases(path))


# ---------------------------------------------------------------- floors


class GateFailed(AssertionError):
    """A gold set's score fell below its floor, or its file is not the one the floor was measured on."""


class FloorLowered(ValueError):
    """A re-measured score is below its pinned floor and lowering was not asked for."""


@dataclasses.dataclass
class Floor:
    """A gold set's pin: which scorer reads it, where it is (relative to the
    floors file), the sha256 it had when measured, and the score then."""

    name: str
    kind: str
    gold: str
    sha256: str
    floor: float


def gold_sha256(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def read_floors(path: str | Path) -> dict[str, Floor]:
    with open(path, "rb") as handle:
        table = tomllib.load(handle)
    return {name: Floor(name=name, **fields) for name, fields in table.items()}


def write_floors(path: str | Path, floors: dict[str, Floor]) -> None:
    """The floors as TOML, one table a gold set, in name order."""
    lines = ["# Accuracy floors: per gold set, the sha256 of its file and the score measured on it.",
             "# Re-pin with `pytest tests/test_gates.py --update-floors` (add --allow-lower to lower one).", ""]
    for name in sorted(floors):
        f = floors[name]
        lines += [f"[{name}]", f'kind = "{f.kind}"', f'gold = "{f.gold}"', f'sha256 = "{f.sha256}"',
                  f"floor = {f.floor}", ""]
    Path(path).write_text("\n".join(lines), encoding="utf-8")


def floor_of(score: float) -> float:
    """The score rounded down to three places: what the gate may not fall under."""
    return math.floor(score * 1000 + 1e-9) / 1000


def check_floor(floor: Floor, sha256: str, score: float) -> None:
    """Raise GateFailed unless the gold file is the one pinned and ``score`` reaches its floor."""
    if sha256 != floor.sha256:
        raise GateFailed(f"{floor.name}: {floor.gold} changed since its floor was measured (sha256 {sha256[:12]}, "
                         f"pinned {floor.sha256[:12]}): re-measure with --update-floors")
    if score < floor.floor:
        raise GateFailed(f"{floor.name}: the score {score:.4f} fell below its floor {floor.floor}")


def pin(floor: Floor, sha256: str, score: float, *, allow_lower: bool = False) -> Floor:
    """``floor`` re-measured: the gold's hash and the new score pinned.
    Raising a floor is always allowed; lowering one raises FloorLowered
    unless ``allow_lower`` (a decision someone has to make, not drift)."""
    new = floor_of(score)
    if new < floor.floor and not allow_lower:
        raise FloorLowered(f"{floor.name}: the score {score:.3f} is below the floor {floor.floor}; "
                           f"lower it only on purpose, with --allow-lower")
    return dataclasses.replace(floor, sha256=sha256, floor=new)


# ---------------------------------------------------------------- halves

#: Chosen once, at random (``secrets.token_hex(8)``, 2026-12-05), and never
#: changed: which half of a published dataset is studied and which is only
#: measured must not move after anyone has read the study half.
SPLIT_SALT = "6efed5f1d50aeed4"

HALVES = ("study", "measure")


def half_of(dataset: str, key: str) -> str:
    """Which half of ``dataset`` the unit ``key`` falls in: "study" (read it,
    write rules from it) or "measure" (only score it, never read its errors).

    The unit is what must not straddle the halves: a gva-dev incident (all its
    reports go with it), a wad-dev excerpt, an ACLED note, a wikievents
    article. The split is a salted hash, so it is random with respect to the
    data, about half and half, the same on every machine and run, and a new
    record falls in a half without moving the others."""
    digest = hashlib.sha256(f"{SPLIT_SALT}\0{dataset}\0{key}".encode("utf-8")).digest()
    return HALVES[digest[0] & 1]
