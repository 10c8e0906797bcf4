"""The data model: the JSON contract of DESIGN.md, in one place.

Every stage takes and returns these models. Field names are public: tests,
exports, the web page and outside checks read them. Add fields freely; rename
or remove none without bumping ``SCHEMA``.

Fields a later stage fills (a claim's ``source``, ``time``, ``place`` and
``event``; a report's ``places`` and ``events``) stay null or empty until that
stage exists: they are never guessed.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "fogcount/2"
# What changed from "fogcount/1": a figure's ``low`` is the lowest figure of the
# independent credible origins (was: the largest lower bound they force); a part
# (``part_of``) is listed in its whole's figure, never a figure of its own;
# unattributed claims of different reports are different origins;
# ``independent_sources`` counts the origins whose figures count; events have
# ``dated_by`` and ``links`` (see CHANGELOG.md).

Role = Literal["combatant", "civilian", "security_forces", "unknown"]
Hedge = Literal["suspected", "reportedly", "claimed"]
SourceKind = Literal[
    "government",
    "military",
    "police",
    "armed_group",
    "militia",
    "medical",
    "monitor",
    "international_org",
    "media",
    "social_media",
    "witness",
    "unknown",
]
TimePrecision = Literal["hour", "day", "week", "month", "year"]
Span = tuple[int, int]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Document(_Model):
    """One input text and what is known about it before extraction."""

    id: str = Field(description="The input's own id when given, else the sha256.")
    sha256: str = Field(description="Of the normalised text (NFC, NUL bytes dropped).")
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    language: str = "en"


class Value(_Model):
    """A figure as an interval. ``None`` for a bound means unbounded."""

    text: str = Field(description="The quantity as written, qualifier included.")
    low: int | None
    high: int | None
    qualifier: str | None = Field(
        default=None, description="The qualifier row that set the interval, e.g. 'at least'."
    )
    vague: bool = Field(
        default=False, description="A vague quantity word (tens, dozens, many...) rather than a number."
    )
    incremental: bool = Field(
        default=False, description="Adds to an earlier figure: 'another 60', 'a further 12'."
    )
    cumulative: bool = Field(
        default=False, description="A running total that replaces earlier ones: 'the toll rose to 45'."
    )


class Subject(_Model):
    """Who or what was counted."""

    text: str | None = Field(description="The counted noun phrase as written, e.g. 'suspected fighters'.")
    actor: str | None = Field(default=None, description="Registry name of the actor, where named.")
    role: Role = "unknown"


class Source(_Model):
    """Who says so, and through whom (filled by the attribution stage)."""

    speaker: str = Field(description="The fullest name the document gives the speaker.")
    mention: str | None = Field(default=None, description="The speaker as written at this attribution.")
    description: str | None = Field(
        default=None, description="Words describing the speaker: 'Iraqi Army aviation commander'."
    )
    kind: SourceKind = "unknown"
    affiliation: str | None = None
    channel: str | None = None
    chain: list[str] = Field(default_factory=list)
    span: Span | None = None
    origin: str | None = None
    partisan: bool | None = None


class TimeRef(_Model):
    """When (filled by the time stage)."""

    text: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    precision: TimePrecision | None = None


class PlaceRef(_Model):
    """Where; every place mention, resolved or not (filled by the places stage)."""

    text: str
    span: Span | None = None
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: int | None = None
    country: str | None = None
    admin1: str | None = None
    gazetteer_id: str | None = None
    derived_from: str | None = None
    container_for: str | None = Field(
        default=None, description="The place this mention only says the location of: 'Luhansk' in "
        "'Novooleksandrivka, Luhansk' (never the figure's or the event's place when that one is named).")
    modifies: str | None = Field(
        default=None, description="The noun a country's name describes: 'dollar' in 'the US dollar', 'officials' "
        "in 'U.S. officials'; a demonym that names people ('the Palestinians') describes itself. It says whose "
        "the thing is, not where anything happened: never a figure's or an event's place.")

    def identity(self) -> tuple:
        """The place a mention stands for, whatever its span: its gazetteer
        entry, name and point (to about 100 m), so that one town named twice in
        a report, or by two reports, counts once in a vote or a set."""
        point = tuple(None if x is None else round(x, 3) for x in (self.lat, self.lon))
        return (self.gazetteer_id or "", self.name or self.text, *point)

    def spellings(self) -> frozenset[str]:
        """The ways the place is written: as the text names it and as the map
        names it, in lower case (a town and the street spelled like it share one)."""
        return frozenset(n.casefold() for n in (self.text, self.name) if n)


class Cue(_Model):
    """The words that decided something (a category, a negation), for review."""

    text: str
    span: Span
    rule: str = Field(description="Which rule of the tables matched, e.g. 'verb:kill'.")


class Claim(_Model):
    """One figure in the text about people or things in a conflict."""

    id: str
    sentence: str
    span: Span = Field(description="Character offsets of the quantity text in the document.")
    category: str = Field(description="<unit>.<outcome>, see fogcount.vocabulary.")
    value: Value
    subject: Subject
    negated: bool = False
    hedge: Hedge | None = None
    source: Source | None = None
    time: TimeRef | None = None
    place: PlaceRef | None = None
    event: str | None = None
    cue: Cue | None = Field(default=None, description="The words that gave the outcome.")
    part_of: str | None = Field(
        default=None, description="Id of the claim whose figure includes this one: '3 civilians, including 2 women'."
    )
    scope: Literal["tally"] | None = Field(
        default=None,
        description="'tally' for a figure that counts several happenings over an area or a period wider than one "
        "('eight others were wounded across the city', 'the 25 homicides this year'): no event's toll.",
    )
    evidence: Literal["bodies"] | None = Field(
        default=None,
        description="What the figure counts as evidence of the outcome, where it is not people said to be so: "
        "'bodies' for the dead counted as bodies found ('12 bodies were recovered'), a killed figure of its own "
        "kind (the bodies may be of another day's dead).",
    )


class Figure(_Model):
    """Reconciled figure of one category and role within an event: every bound
    names the claims it rests on."""

    category: str
    role: Role = "unknown"
    low: int | None = None
    best: int | None = None
    high: int | None = None
    claims: list[str] = Field(default_factory=list)
    independent_sources: int = 0
    policy: str = "ucdp"
    low_claims: list[str] = Field(default_factory=list, description="The claims the low bound rests on.")
    best_claims: list[str] = Field(default_factory=list, description="The claims the best figure rests on.")
    high_claims: list[str] = Field(default_factory=list, description="The claims the high bound rests on.")
    partisan_claims: list[str] = Field(default_factory=list, description="Claims from parties to the fighting.")
    notes: list[str] = Field(default_factory=list, description="Why each bound is what it is, for people.")


class Link(_Model):
    """Why one report's event is part of a linked event: the member of the
    linked event it matches, and the reasons (same place, same day, same toll)."""

    document: str = Field(description="The report's document id.")
    event: str = Field(description="The report's own event id ('e1').")
    sentence: str | None = Field(default=None, description="The sentence that first reports it in that report.")
    joins: str | None = Field(
        default=None, description="'<document id>:<event id>' of the member it matches; null for the first report "
        "(the anchor) and for a member that matches none left in the event.")
    reasons: list[str] = Field(
        default_factory=list, description="Why: 'same action (shooting)', 'same day (2016-08-02)', "
        "'dates within the reports' publication windows', 'same place (Columbus)', 'Hilltop is in Columbus', "
        "'A and B 12 km apart', 'same actor (...)', 'same toll (1 killed)'.")


class Event(_Model):
    """A happening the text reports, with the claims about it and their reconciled figures."""

    id: str
    event_type: str | None = None
    sub_event_type: str | None = None
    type_of_violence: int | None = Field(
        default=None, description="UCDP: 1 state-based, 2 non-state, 3 one-sided; null outside organised violence."
    )
    action: str | None = Field(default=None, description="The happening's cue word: 'air strike', 'clash', 'arrest'.")
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    date_qualifier: Literal["on or before"] | None = Field(
        default=None, description="'on or before': the report gives no day of the happening itself, only the day "
        "of something done about it later ('was sentenced Wednesday', 'charged with murder Friday'; a statement's "
        "day alone, 'police said Tuesday', is not one); ``date_start``..``date_end`` are that day, and the "
        "happening was on it or before it (an open start, as a figure's ``at least`` is an open high). Linking "
        "reads it (:mod:`fogcount.stages.link`); exports do not give its day as exact (docs/exports.md). "
        "With no dates: the report gives no day and tells a later act about the happening ('Man charged with "
        "shooting baby'): it was on or before the publication date, told after it. "
        "Null: the dates are the happening's own (or, with no dates, the days just before the publication).")
    place: PlaceRef | None = None
    actors: list[str] = Field(default_factory=list)
    people: list[str] = Field(
        default_factory=list, description="The people the report names in its account of the happening (victims, "
        "suspects; not officials or speakers): 'first last' in lower case. Linking reads them: two reports naming "
        "one person tell of one happening.")
    figures: list[Figure] = Field(default_factory=list)
    claims: list[str] = Field(default_factory=list)
    sentence: str | None = Field(default=None, description="The sentence that first reports the happening.")
    span: Span | None = None
    documents: list[str] = Field(default_factory=list, description="Ids of the documents that report it.")
    why: list[str] = Field(default_factory=list, description="Why the event holds what it holds: one line per "
                           "sentence it joins ('s3: later mention \"the blast\"') and, once linked, per report.")
    dated_by: Literal["text", "publication"] | None = Field(
        default=None, description="Where a linked event's dates come from: the reports' texts, or (no text gives "
        "a date) the window of days before its reports' publication. Null on a report's own events.")
    links: list[Link] = Field(
        default_factory=list, description="A linked event's reports: for each, its own event and why it joins.")


class SkippedNumber(_Model):
    """A number the claims stage saw and did not take, with the reason."""

    text: str
    span: Span
    reason: str


class StageRun(_Model):
    """One stage's run over a document: which code made the output, and what it counted."""

    name: str
    version: str
    counts: dict[str, int] = Field(default_factory=dict, description="What the stage made or left: 'claims', "
                                   "'skipped', 'places_unresolved'...")


class Report(_Model):
    """Everything fogcount says about one document."""

    schema_: Literal["fogcount/2"] = Field(default=SCHEMA, alias="schema")
    document: Document
    places: list[PlaceRef] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    skipped: list[SkippedNumber] = Field(
        default_factory=list, description="Numbers that are not counts (times, distances, ages...)."
    )
    stages: list[StageRun] = Field(default_factory=list, description="The stages that made this report, in order.")

    model_config = ConfigDict(extra="forbid", populate_by_name=True, serialize_by_alias=True)

    def to_json(self, *, indent: int | None = 2) -> str:
        return self.model_dump_json(indent=indent, by_alias=True)


def json_schema() -> dict:
    """The JSON Schema of a report, as printed by ``fogcount schema``."""
    schema = Report.model_json_schema(by_alias=True)
    schema["$id"] = SCHEMA
    return schema
