"""Link: the events of many reports that tell of the same happening, joined.

Across reports, two events (each a report's own event, a *member*) are one
happening when (:func:`link_reasons`):

* their actions are compatible (the same kind, or both violent among clashes,
  strikes, shelling and attacks; an event without an action fits any; an
  event that counts killed or injured is violent, whatever word named it);
* their dates meet: the dates their texts give, within ``days`` of each
  other; an event whose text gives no date takes its report's window, the
  ``window_days`` before its publication (it is never "date unknown" and
  unlinkable); an event with neither links to nothing;
* their places fit, by identity or containment (or by name: two reports
  naming the same place where the map chose different namesakes for it):
  two town-level places at
  most ``km`` apart (a neighbourhood in its city), a place near a town or a
  district at most ``near_km`` from the other, a region around the places of
  its country and first-level division; a town-level place in a state or
  province none of its report's other places is in (a surname, a street, a
  common word the map found elsewhere: :func:`outlier_place`) does not keep
  two events apart: its report's other places stand for it; a town the other
  report reads as another namesake near its own event is read as it does
  (:func:`_namesake`); where one report gives no place, a
  named actor both report, an agreeing toll on the same day both texts give
  (not a day apart: two shootings with one dead each on consecutive days), a
  person both name, or a town both reports name with an agreeing toll or
  on the same day (:func:`_common_place`), ties them; two places that
  cannot be one are as if one were unknown where one event's town is named
  by the other report and the other's own place is in doubt in its report
  (:func:`_named_by_other`);
  but an unplaced event whose report names only towns where the other's
  place cannot be, even with the reach of link.toml's rows ("Panama City
  police" beside a Dayton shooting), is never that other's, unless a person,
  an actor or a place both reports name ties them (:func:`_placed_elsewhere`,
  read by the pair match and the merge check alike);
* their tolls do not contradict: killed figures (the outcomes of
  ``contradicting``) a <= b with b > ``toll_ratio`` * a + ``toll_slack`` ("1
  killed" against "40 killed") keep two events apart; injured figures do not
  (an early "one man was shot" and a later "seven were wounded" are one
  shooting); agreeing tolls are a reason to link;
* evidence widens the reach (``[[reach]]`` rows, :func:`_reach`): two events
  that share what a row names (a person both reports name, ``Event.people``;
  the same toll; the same day; a town of one's event that the other's report
  names, in the same state) may be up to its ``days`` apart and their
  town-level places up to its ``km``: a follow-up weeks later that names the
  victim (an arrest, a funeral), a suburb and the city another outlet names;
* a linked event never spans more than ``max_span_days`` between the dates
  its reports' texts give, and never holds two events of one report that
  each give a toll (the report separated two happenings); a date coarser
  than that ("a 2014 shooting", "in February": a trial or a follow-up
  recalling it) holds the days inside it, but ties two events only with
  the same place (by identity or name) and the same toll, or with the whole
  toll (killed and injured) and a town of one's event the other report names
  (:func:`_recalled_town`);
* an event its report dates only "on or before" a day (``Event.date_qualifier``:
  a sentencing, a charge about a shooting it gives no day of) links as an
  event of that day, else as a coarse date over the ``bound_days`` before it
  (:func:`_as_told`), and then only with a person both reports name or the
  whole toll (killed and injured): the same town and "one killed" are met
  most weeks in a city; its dates conflict with a happening after that day
  or more than ``bound_days`` before it, and with another such event whose
  day is more than ``bound_days`` from its own;
* a page that holds only its headline (no figure, no day, no place read)
  joins the event in its window at the town its headline names
  (:func:`_headline_town`; a hyphenated word counts by its parts too), unless
  that town names two happenings in its window (:func:`_rivals`: not one
  report telling its toll twice).

Linked events are the groups this relation makes, whatever order the
reports arrive in: a new member joins every linked event holding a member
it matches (merging them), and everything about a linked event is computed
from its members in one canonical order (publication date, document id,
position), not from the order they came in (:func:`assemble`). Each member
says why it is there (:class:`~fogcount.models.Link`: the member it matches
and the reasons: same place, same day, same toll). The figures are
reconciled again over all the members' claims, read in reading order (the
documents by publication date, undated last, each in text order), which
decides which of an origin's figures is the later.

This is the one place linking is decided: ``fogcount extract --link`` calls
:func:`link_events` over the reports of one run; the store reads the stored
members a new report's events may match, asks :func:`placements` where each
new member goes, and writes the outcome (the store only reads and writes).

Needs: reports (their events with figures, claims and documents). Fills:
linked events whose claim ids are document-qualified ("<document id>:<claim id>").
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Iterable

from ..gazetteer.query import haversine_km
from ..lexicon import common_nouns
from ..models import Claim, Event, Link, PlaceRef
from ..rules import load
from ..settings import Settings
from .events import _region, compatible_actions
from .reconcile import reconcile

NAME = "link"
VERSION = "23"  # what each version changed: docs/stage-history.md

TOLL = ("people.killed", "people.injured")


@dataclasses.dataclass(frozen=True)
class LinkRules:
    """The limits of ``data/link.toml``."""

    window_days: int
    days: int
    max_span_days: int
    km: float
    near_km: float
    toll_ratio: float
    toll_slack: float
    contradicting: frozenset[str]  # the categories whose figures can contradict
    reach: tuple[Reach, ...] = ()  # evidence that widens a link's reach in days and km
    hyphen_prefixes: frozenset[str] = frozenset()  # "ex" of "Ex-Habersham": a headline's word read without it
    street_words: frozenset[str] = frozenset()  # "Avenue": the capitalised run before it names a street, no town
    bound_days: int = 0  # an event dated "on or before" a day happened up to this many days before it

    @property
    def near_days(self) -> int:
        """The most days apart two members that name no person in common can link."""
        return max([self.days, *(row.days for row in self.reach if "person" not in row.shares)])

    @property
    def person_days(self) -> int:
        """The most days apart two members that name a person in common can link (0: no such row)."""
        return max([0, *(row.days for row in self.reach if "person" in row.shares)])


EVIDENCE = frozenset({"person", "toll", "day", "place"})


@dataclasses.dataclass(frozen=True)
class Reach:
    """A row of ``[[reach]]``: two members that share every kind of evidence
    of ``shares`` link up to ``days`` apart and their town-level places up to ``km``."""

    shares: frozenset[str]
    days: int
    km: float


def shifted(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days``, held inside the calendar: an event dated in
    its first or last days (year 1, year 9999) still has a window."""
    return dt.date.fromordinal(min(dt.date.max.toordinal(), max(1, day.toordinal() + days)))


def build_link_rules(raw: dict) -> LinkRules:
    reach = []
    for row in raw.get("reach", ()):
        shares = frozenset(row["shares"])
        if not shares or shares - EVIDENCE:
            raise ValueError(f"[[reach]] shares {sorted(shares)}: each of {sorted(EVIDENCE)}, at least one")
        reach.append(Reach(shares, int(row["days"]), float(row["km"])))
    return LinkRules(int(raw["window_days"]), int(raw["days"]), int(raw["max_span_days"]), float(raw["km"]),
                     float(raw["near_km"]), float(raw["toll_ratio"]), float(raw["toll_slack"]),
                     frozenset(f"people.{outcome}" for outcome in raw["contradicting"]), tuple(reach),
                     frozenset(raw["hyphen_prefixes"]), frozenset(raw["street_words"]), int(raw["bound_days"]))


def rules() -> LinkRules:
    """The linking table, read once by :func:`fogcount.rules.load`."""
    return load().link


# ---------------------------------------------------------------- members


@dataclasses.dataclass
class Member:
    """One report's own event, as linking sees it: its dates (the text's, else
    its report's window), its toll, and the linked event it is in (``group``:
    any hashable key the caller uses, e.g. the store's row; None while new)."""

    document: str
    published: dt.date | None
    position: int
    event: Event  # the report's own event; its claim ids qualified "<document id>:<claim id>"
    start: dt.date | None
    end: dt.date | None
    dated_by: str | None  # "text" | "publication" | None
    toll: dict[tuple[str, str | None], int]  # killed and injured best, per role and in all (role None)
    group: object = None
    # where the report's other places are, when its event's place lies in a first-level division
    # none of them is in (a surname, a street, a common word the map found elsewhere): see :func:`outlier_place`
    report_place: PlaceRef | None = None
    # the ways its report writes the places it names (:meth:`PlaceRef.spellings`), and those of them the map
    # placed at town or district level: a place both reports name (:func:`_common_place`)
    names: frozenset[str] = frozenset()
    local: frozenset[str] = frozenset()
    # fewer than half of its report's town- and district-level places lie within ``near_km`` of its
    # event's town (in its first-level division, for a wider place): the map's reading of it is in
    # doubt (:func:`_named_by_other`)
    doubtful: bool = False
    # its report's places the map placed at town or district level (:func:`_namesake`)
    towns: tuple[PlaceRef, ...] = ()
    # the ways its report writes the places it names where it tells of its event: the event's place,
    # the places of its sentence, and the first place the report names (its headline's or lead's):
    # a town named only in passing ("a suspect from Columbus") is no place of its event (:func:`_told`)
    told: frozenset[str] = frozenset()
    # a bare headline whose town names two or more events in its window that cannot be one
    # (:func:`cluster` sets it): it joins none of them (:func:`_headline_town`)
    ambiguous: bool = False
    # its report dates it only "on or before" its last day (``Event.date_qualifier``: a sentencing, an
    # charge about it): ``start`` is ``bound_days`` before that day (:func:`_as_told`)
    bound: bool = False

    @property
    def key(self) -> tuple:
        """The canonical order of members: publication date (undated last), document id, position."""
        return (self.published is None, self.published or dt.date.min, self.document, self.position)

    @property
    def ref(self) -> str:
        return f"{self.document}:{self.event.id}"


def member(event: Event, document: str, published: dt.date | None, position: int, *, group=None,
           places: Iterable[PlaceRef] = ()) -> Member:
    """A report's event as a member: dated by its text, else by its report's
    window (the ``window_days`` before publication), its toll from its figures;
    ``places``, its report's places, say whether its place is an outlier (:func:`outlier_place`)."""
    start, end, dated_by = event.date_start, event.date_end or event.date_start, "text"
    bound = event.date_qualifier == "on or before" and (start is not None or published is not None)
    if start is None:
        dated_by = None
        if published is not None:
            start, end, dated_by = shifted(published, -rules().window_days), published, "publication"
    if bound:
        start = shifted(end, -rules().bound_days)
    toll: dict[tuple[str, str | None], int] = {}  # (category, role) and (category, None): the total
    for figure in event.figures:
        if figure.category in TOLL and figure.best is not None:
            toll[(figure.category, figure.role)] = figure.best
            toll[(figure.category, None)] = toll.get((figure.category, None), 0) + figure.best
    places = list(places)
    names = frozenset(n for p in places for n in p.spellings())
    towns = [p for p in places if p.lat is not None and (p.precision or 3) <= 2]
    local = frozenset(n for p in towns for n in p.spellings())
    region = _region(event.place) if event.place is not None else None
    place = event.place
    if region is not None and place.lat is not None and (place.precision or 3) <= 2:
        around = sum(1 for p in towns if haversine_km(p.lat, p.lon, place.lat, place.lon) <= rules().near_km)
    else:
        around = sum(1 for p in towns if _region(p) == region)
    doubtful = region is not None and 2 * around < len(towns)
    return Member(document, published, position, event, start, end, dated_by, toll, group,
                  outlier_place(event.place, places), names, local, doubtful, tuple(towns), _told(event, places),
                  bound=bound)


def _as_told(m: Member) -> Member:
    """A member dated "on or before" a day (``Member.bound``) read as of the
    day its report gives (the act's or the statement's day), as an event of
    that day links; another member as it is."""
    if not m.bound:
        return m
    if m.dated_by == "publication":
        return dataclasses.replace(m, start=shifted(m.end, -rules().window_days), bound=False)
    return dataclasses.replace(m, start=m.event.date_start, end=m.event.date_end or m.event.date_start, bound=False)


def _told(event: Event, places: list[PlaceRef]) -> frozenset[str]:
    """The ways a report writes the places it names where it tells of the
    event: the event's own place, the places inside its sentence (by span, or
    by name among the sentence's capitalised words), the first place the
    report names and those of its lead (``_LEAD_CHARS``)."""
    told = set(event.place.spellings()) if event.place is not None else set()
    # (a name that ends the sentence keeps no full stop: "in Columbus.")
    runs = _capitalised_runs(event.sentence) | _capitalised_runs(re.sub(r"\.(?=\W*$)", " ", event.sentence)) \
        if event.sentence else set()
    span = event.span
    for p in places:
        inside = span is not None and p.span is not None and span[0] <= p.span[0] < span[1]
        if inside or (p.spellings() & runs):
            told |= p.spellings()
    spanned = [p for p in places if p.span is not None]
    if spanned:
        told |= min(spanned, key=lambda p: p.span).spellings()
    for p in spanned:
        if p.span[0] < _LEAD_CHARS:
            told |= p.spellings()
    return frozenset(told)


# A report's lead, where it first tells what happened and where (a photo's caption, a
# dateline, a first paragraph): its first this many characters.
_LEAD_CHARS = 300


def outlier_place(place: PlaceRef | None, places: Iterable[PlaceRef]) -> PlaceRef | None:
    """Where the report's other places are, when its event's town-level
    ``place`` lies in a first-level division (a state, a province) that none
    of them names or lies in: the place the report names most there (the
    finest on a tie), else None. Such a place is most often a word the map
    found elsewhere (a surname, a street, "Home", "North"): the report's other
    places say where it is, and it alone cannot keep two reports apart. Only
    where they outnumber the place's own mentions ("shot dead in Dayton ...
    the suspect, who lives in Fort Wayne" names each once: no outlier). A
    place that names something else ("New York police", "a Chicago man":
    ``PlaceRef.modifies``) is never an event's place but says where the
    report is as well as any."""
    if place is None or place.lat is None or (place.precision or 3) > 2 or _region(place) is None:
        return None
    others = [p for p in places if p.lat is not None and _region(p) is not None
              and not (p.spellings() & place.spellings())]
    if not others or any(_region(p) == _region(place) for p in others):
        return None
    counts = collections.Counter(p.identity() for p in others)
    found = min(others, key=lambda p: (-counts[p.identity()], p.precision or 3))
    # "shot dead in Dayton ... the suspect, who lives in Fort Wayne": a town named as often as the
    # other region's places is the report's own, not the map's mistake
    named = sum(1 for p in places if p.spellings() & place.spellings())
    return found if sum(1 for p in others if _region(p) == _region(found)) > named else None


def qualified(claim: Claim, document_id: str) -> Claim:
    """A copy of the claim with its id (and ``part_of``) made "<document id>:<claim id>"."""
    update = {"id": f"{document_id}:{claim.id}"}
    if claim.part_of is not None:
        update["part_of"] = f"{document_id}:{claim.part_of}"
    return claim.model_copy(update=update)


# ---------------------------------------------------------------- one pair


def _name(place: PlaceRef) -> str:
    return place.name or place.text


def _places(a: PlaceRef | None, b: PlaceRef | None, wider: float = 0) -> str | None | bool:
    """Why two places can be one happening's (a reason), False when they
    cannot, None when one is unknown. Two town-level places up to ``km``
    apart, or up to ``near_km`` when one is only near a town or a district
    (either up to ``wider`` when evidence allows it: :func:`_reach`)."""
    if a is None or b is None or a.lat is None or b.lat is None:
        return None
    r = rules()
    if (a.gazetteer_id and a.gazetteer_id == b.gazetteer_id) or (a.lat, a.lon) == (b.lat, b.lon):
        return f"same place ({_name(a)})"
    if a.spellings() & b.spellings():
        # two reports name the same place and the map chose different namesakes for it (a Lexington
        # in Missouri and one in South Carolina): the name is what the reports say, the choice a guess
        return f"same place name ({_name(a)})"
    wide, narrow = (a, b) if (a.precision or 3) >= (b.precision or 3) else (b, a)
    if (wide.precision or 3) >= 3:
        if wide.country and narrow.country and wide.country != narrow.country:
            return False
        if wide.admin1 and narrow.admin1 and wide.admin1 != narrow.admin1:
            return False
        return f"{_name(narrow)} is in {_name(wide)}"
    km = haversine_km(a.lat, a.lon, b.lat, b.lon)
    if km <= max(r.km, wider) or ((wide.precision or 3) == 2 and km <= max(r.near_km, wider)):
        return f"{_name(a)} and {_name(b)} {km:.0f} km apart"
    return False


def _member_places(a: Member, b: Member, wider: float = 0) -> str | None | bool:
    """:func:`_places` of two members' events; where their places cannot be
    one, the report's other places of a member whose place is an outlier in
    its report (:func:`outlier_place`) stand for it; a town the other report
    reads as another namesake near its own event is read as it does (:func:`_namesake`)."""
    where = _places(a.event.place, b.event.place, wider)
    if where is not False:
        return where
    for x, y in ((a.report_place, b.event.place), (a.event.place, b.report_place), (a.report_place, b.report_place)):
        if x is not None and y is not None and (found := _places(x, y, wider)):
            outliers = [m.event.place for m in (a, b) if m.report_place is not None]
            return f"{found}; {' and '.join(_name(p) for p in outliers)} far from its report's other places"
    return _namesake(a, b, wider) or False


def _namesake(a: Member, b: Member, wider: float = 0) -> str | None:
    """Why two members' places can be one where the map chose another
    namesake for one member's town than the other report did for the same
    name near its own event ("Richmond County" and "Augusta" read in New York
    and Maine by one report, in Georgia by the other, whose event is in
    Augusta): read as the other report reads it, the town fits (:func:`_places`).
    The first reason in alphabetical order: the same for (a, b) and (b, a)."""
    found = []
    for x, y in ((a, b), (b, a)):
        place = x.event.place
        if place is None or place.lat is None or (place.precision or 3) > 2 or y.event.place is None:
            continue
        for other in y.towns:
            if (other.spellings() & place.spellings() and other.identity() != place.identity()
                    and (why := _places(other, y.event.place, wider))):
                found.append(f"{why}; {_name(place)} read as the other report's, in {other.admin1 or other.country}")
    return min(found) if found else None


def _named_by_other(a: Member, b: Member) -> str | None:
    """The town-level place of one member's event that the other's report
    names too (by the text's or the map's name), where the map's reading of
    the other's own place is in doubt (``Member.doubtful``: most of its
    report's places lie far from it): "Augusta" placed in Georgia by one
    report and named by the other, whose event the map put in Richmond
    County, New York, among towns of Maine and Massachusetts. Where two
    members' places cannot be one (:func:`_member_places`), such a place says
    the map, not the reports, put them apart: they are as two members of
    which one gives no place (other evidence must tie them)."""
    for x, y in ((a, b), (b, a)):
        place = x.event.place
        if (y.doubtful and place is not None and place.lat is not None and (place.precision or 3) <= 2
                and place.spellings() & y.names):
            return _name(place)
    return None


def _headline_town(a: Member, b: Member) -> str | None:
    """The town of one member's event named in the other member's sentence
    where that other is a bare headline: a report that gives no figure, no
    day and no place it could read ("Two named as victims of Dayton gunfire":
    a page that holds only its title, which the map does not read as a
    place). Its window and the town tie the two (the first in alphabetical
    order, the same for (a, b) and (b, a)).
    A capitalised run that a name word follows ("Family Of Troy Jenkins Seeks
    Answers": a word no common noun of WordNet, :func:`_name_word`) is part
    of a person's name, no town; a headline whose town names two or more
    events in its window that cannot be one (``Member.ambiguous``) ties none."""
    found = []
    for x, y in ((a, b), (b, a)):
        place = x.event.place
        if (not _bare_headline(y) or y.ambiguous or place is None
                or place.lat is None or (place.precision or 3) > 2):
            continue
        if place.spellings() & _capitalised_runs(y.event.sentence, names=x.names):
            found.append(_name(place))
    return min(found) if found else None


def _bare_headline(m: Member) -> bool:
    """A report that gives no figure, no day and no place it could read, only its sentence (a headline)."""
    return not (m.toll or m.names or m.dated_by != "publication" or not m.event.sentence)


def _name_word(word: str) -> bool:
    """A capitalised word that is no common English noun, nor a plural or a
    verb's form of one ("Jenkins"; not "Shooting", "Answers", "Killed"): a
    word of a person's name after a given name."""
    lower = word.casefold().strip(".'")
    if not word[:1].isupper() or not lower.isalpha() or word.isupper():
        return False
    common = common_nouns()
    stems = {lower, lower[:-1], lower[:-2], lower[:-3], lower[:-3] + "e"} - {""}
    return not stems & common


def _common_place(a: Member, b: Member) -> str | None:
    """A place both members' reports name, which one of them places at town
    or district level (the first in alphabetical order: the same for (a, b)
    and (b, a)): where one member's event has no place, it ties the two with
    an agreeing toll or the same day."""
    common = (a.names & b.local) | (a.local & b.names)
    return min(common) if common else None


def _tolls(a: Member, b: Member) -> list[str] | bool:
    """Agreeing tolls (reasons: the same killed or injured in all), or False
    when a toll of one role contradicts the other report's toll of that role
    (a monitor's civilians are compared with civilians, not with the
    civilians and fighters another report adds up)."""
    r = rules()
    for key in a.toll.keys() & b.toll.keys():
        if key[1] is not None and key[0] in r.contradicting:
            low, high = sorted((a.toll[key], b.toll[key]))
            if high > r.toll_ratio * low + r.toll_slack:
                return False
    agree = []
    for category in TOLL:
        key = (category, None)
        if key in a.toll and a.toll[key] == b.toll.get(key) and a.toll[key] > 0:
            agree.append(f"{a.toll[key]} {category.split('.')[1]}")
    return agree


def _fits(a: Member, b: Member) -> bool:
    """Compatible actions: the same kind, or both violent. An event whose
    report counts killed or injured in it is violent, whatever word named it
    ("arrested after the shooting that killed two")."""
    if compatible_actions(a.event.action, b.event.action):
        return True
    violent = {kind for kind, action in load().events.actions.items() if action.violent}
    return all(bool(m.toll) or m.event.action in violent for m in (a, b))


def _placed_elsewhere(a: Member, b: Member) -> bool:
    """Does one member's event give no place while every town its report
    names (``Member.towns``) lies where the other member's event cannot be
    ("Panama City police" for a shooting reported in Dayton), with no person
    or actor both name and no place both reports name (:func:`_common_place`)?
    Its report then says where it is: the two are never one happening, by
    the same toll on the same day or through a third report that names no
    town (:func:`_match` and :func:`_conflict` both read it). A town is
    where the other's event can be (:func:`_town_fits`) as the linker reads
    places: the other's place, or the place its report's other places give
    for it (``Member.report_place``), up to the reach of a ``[[reach]]`` row
    that needs no person."""
    if _shared_people(a, b) or any(x in b.event.actors for x in a.event.actors) or _common_place(a, b):
        return False
    for x, y in ((a, b), (b, a)):
        if x.event.place is not None and x.event.place.lat is not None or not x.towns:
            continue
        places = [p for p in (y.event.place, y.report_place) if p is not None and p.lat is not None]
        if not places or any(p.spellings() & x.names for p in places):
            continue
        if not any(_town_fits(t, p, y) for t in x.towns for p in places):
            return True
    return False


def _town_fits(town: PlaceRef, place: PlaceRef, other: Member) -> bool:
    """Can a town one report names be the place of the other member's event
    (``place``: its place or its report's, :func:`_placed_elsewhere`)? As
    :func:`_places` reads two places, up to ``km`` (``near_km``), or up to the
    ``km`` of a ``[[reach]]`` row that needs no person where the town lies in
    the place's first-level division when the row needs a place (a suburb,
    the county seat, the city another outlet names); a town the other report
    reads as another namesake is read as it does (:func:`_namesake`)."""
    readings = [town, *(t for t in other.towns if t.spellings() & town.spellings())]
    for reading in readings:
        if _places(reading, place):
            return True
        for row in rules().reach:
            if ("person" not in row.shares and _places(reading, place, row.km)
                    and ("place" not in row.shares or _region(reading) is None or _region(reading) == _region(place))):
                return True
    return False


def _shared_people(a: Member, b: Member) -> list[str]:
    """The people both members' reports name in their accounts, in ``a``'s order."""
    theirs = set(b.event.people)
    return [p for p in a.event.people if p in theirs]


def _gap(a: Member, b: Member) -> int:
    """Days between two members' dates (0 or less when they meet)."""
    return max((b.start - a.end).days, (a.start - b.end).days)


def _place_named_by_other(a: Member, b: Member, told: bool = False) -> str | None:
    """The town-level place of one member's event (or the place its report's
    other places give for it, :func:`outlier_place`) that the other member's
    report names too, in the first-level division of that member's own event:
    "a 9-year-old Vista boy ... shot in Perris" against another outlet's
    shooting in Perris, 65 km away, both in California (the first such place
    in alphabetical order, the same for (a, b) and (b, a)). A town of another
    state that a report names is most often another happening's ("shot dead in
    Dayton ... the suspect, who lives in Fort Wayne"). ``told``: only a place
    the other report names where it tells of its event (``Member.told``)."""
    found = []
    for x, y in ((a, b), (b, a)):
        own = _region(y.event.place) if y.event.place is not None else None
        for place in (x.event.place, x.report_place):
            if (place is not None and place.lat is not None and (place.precision or 3) <= 2
                    and own is not None and _region(place) == own and place.spellings() & (y.told if told else y.names)):
                found.append(_name(place))
    return min(found) if found else None


def _capitalised_runs(sentence: str, longest: int = 4, names: frozenset[str] | None = None) -> set[str]:
    """Every run of up to ``longest`` capitalised words of the sentence, in
    lower case ("New Orleans Shooting Leaves 2 Hurt": "new", "new orleans",
    "orleans shooting"...): the names a headline may hold, whatever its case.
    With ``names`` (the places a report names), not a run that a name word
    follows (:func:`_name_word`, "Troy" of "Troy Jenkins"), unless that word
    begins one of those places ("Columbus Ohio"), nor one that a capitalised
    street word follows ("Jackson Avenue": ``street_words``; "Houston road
    rage shooting" keeps Houston). A hyphenated word counts
    whole ("Winston-Salem", "Lewis-Jackson": neither half) and, where its
    first part is an English prefix (``hyphen_prefixes``), without it
    ("Ex-Habersham": "habersham"); never by its first part."""
    words = re.findall(r"[A-Za-z][A-Za-z.'-]*|\S", sentence)
    runs = _runs(words, longest, names)
    prefixes = rules().hyphen_prefixes
    bare = [w.split("-", 1)[1] if "-" in w and w.split("-", 1)[0].casefold() in prefixes
            and w.split("-", 1)[1][:1].isalpha() else w for w in words]
    if bare != words:
        runs |= _runs(bare, longest, names)
    return runs


def _runs(words: list[str], longest: int, names: frozenset[str] | None) -> set[str]:
    """The runs of :func:`_capitalised_runs` over one reading of its words."""
    runs = set()
    streets = rules().street_words
    for i, word in enumerate(words):
        for j in range(i, min(i + longest, len(words))):
            if not words[j][0].isupper():
                break
            after = words[j + 1] if j + 1 < len(words) else ""
            street = after[:1].isupper() and after.casefold().rstrip(".") in streets  # not "Houston road rage"
            if names is not None and (street or _name_word(after) and not any(
                    n.split()[0] == after.casefold() for n in names if n)):
                continue
            runs.add(" ".join(words[i:j + 1]).casefold())
    return runs


def _same_day(a: Member, b: Member) -> bool:
    """Do both members' texts give the same one day?"""
    return a.dated_by == b.dated_by == "text" and a.start == a.end == b.start == b.end


def _same_night(a: Member, b: Member) -> bool:
    """Do both members' texts give the same day or one night: one text's day
    inside the other's two days ("late Monday" and "overnight into Tuesday",
    Monday and Tuesday)?"""
    if _same_day(a, b):
        return True
    if not a.dated_by == b.dated_by == "text":
        return False
    return any(x.start == x.end and (y.end - y.start).days == 1 and y.start <= x.start <= y.end
               for x, y in ((a, b), (b, a)))


def _day_in_window(a: Member, b: Member) -> bool:
    """Does one member's text give one day that lies inside the other's
    window (a report that gives no day of its own: a headline-only page)?"""
    a, b = _as_told(a), _as_told(b)
    for x, y in ((a, b), (b, a)):
        if x.dated_by == "text" and x.start == x.end and y.dated_by == "publication" and y.start <= x.start <= y.end:
            return True
    return False


def _reach(a: Member, b: Member, tolls: list[str]) -> tuple[int, float]:
    """How far apart in days and km the rows of ``[[reach]]`` whose evidence
    the two members share let them be (0, 0 when none does)."""
    shared = set()
    if _shared_people(a, b):
        shared.add("person")
    if tolls:
        shared.add("toll")
    same_day = _same_day(a, b)
    if same_day or _day_in_window(a, b):
        shared.add("day")
    # a day only inside the other's window (not the same day both texts give): the town
    # must be named where the other report tells of its event, not in passing
    if _place_named_by_other(a, b, told="day" in shared and not same_day):
        shared.add("place")
    rows = [row for row in rules().reach if row.shares <= shared]
    return max((row.days for row in rows), default=0), max((row.km for row in rows), default=0)


def link_reasons(a: Member, b: Member) -> list[str] | None:
    """Why two reports' events are one happening (see the module's docstring),
    or None when they are not. Symmetric: the same for (a, b) and (b, a)."""
    found = _match(a, b)
    return found[0] if found is not None else None


def _match(a: Member, b: Member) -> tuple[list[str], tuple[int, float], bool] | None:
    """:func:`link_reasons`, the days and km the evidence they share allows
    (:func:`_reach`), computed once, and whether they matched only through a
    member's open start ("on or before" a day: ``Member.bound``), or None when
    the two are not one happening."""
    r = rules()
    if a.document == b.document or a.start is None or b.start is None:
        return None
    if a.bound or b.bound:
        # an event dated "on or before" a day: as an event of that day first, else over the days before it
        told = _match(_as_told(a), _as_told(b))
        if told is not None:
            return told
    if not _fits(a, b) or _placed_elsewhere(a, b):
        return None
    tolls = _tolls(a, b)
    if tolls is False:
        return None
    if (a.bound or b.bound) and not (_shared_people(a, b) or len(tolls) == len(TOLL)):
        # through the open start, the same town and a toll are weak (a city's "1 killed" is met most weeks):
        # it needs a person both reports name or the whole toll (killed and injured)
        return None
    days, wider = _reach(a, b, tolls)
    reasons = []
    if a.event.action and a.event.action == b.event.action:
        reasons.append(f"same action ({a.event.action.replace('_', ' ')})")
    slack = r.days if a.dated_by == b.dated_by == "text" else 0
    gap = _gap(a, b)
    text_dated = a.dated_by == b.dated_by == "text"
    if gap > max(slack, days):
        return None
    if a.bound or b.bound:  # the open start's days: its day told did not tie them
        reasons += [f"on or before {m.end} by its report" for m in (a, b) if m.bound]
    elif gap > slack:
        reasons.append(f"dates {gap} days apart")
    elif text_dated:
        same = a.start == b.start and a.end == b.end
        reasons.append(f"same day ({a.start})" if same and a.start == a.end else
                       "same days" if same else "dates a day apart" if slack else "overlapping dates")
    else:
        reasons.append("dates within the reports' publication windows")
    where = _member_places(a, b, wider)
    recalled = _recalled_town(a, b, tolls)
    named = None
    if where is False and recalled is None:
        named = _named_by_other(a, b)
        if named is None:
            return None
        where = None  # the map, not the reports, put them apart: as if one gave no place
    if (_coarse(a) or _coarse(b)) and not (tolls and where and where.startswith("same place")):
        if recalled is None:
            return None  # "a 2014 shooting", "in February": only the same place and the same toll tie it
        where = f"{recalled} named by the other report"
    people = _shared_people(a, b)
    if where is None:
        shared = [x for x in a.event.actors if x in b.event.actors]
        common = named or _common_place(a, b)
        same_day = _same_day(a, b)
        if shared:
            reasons.append(f"same actor ({shared[0]})")
        elif headline := _headline_town(a, b):
            reasons.append(f"{headline} named in the other's headline")
        elif not ((tolls and _same_night(a, b)) or people or (common and (tolls or same_day))):
            return None
        if common:
            reasons.append(f"{common.title() if common.islower() else common} named in both reports")
    else:
        reasons.append(where)
        window = not _same_day(a, b) and _day_in_window(a, b)
        if wider and _member_places(a, b) is False and (town := _place_named_by_other(a, b, told=window)):
            if window:
                # what tied them: the town where the other report tells of its event, and a day
                # one text gives inside the other report's publication window (not the same day)
                day = next(x.start for x in (a, b) if x.dated_by == "text")
                reasons.append(f"{town} named where the other report tells of its event")
                reasons.append(f"the day one text gives ({day}) inside the other report's publication window")
            else:
                reasons.append(f"{town} named by the other report")
    reasons += [f"same person ({p.title()})" for p in people[:1]]
    reasons += [f"same toll ({t})" for t in tolls]
    return reasons, (days, wider), a.bound or b.bound


# ---------------------------------------------------------------- groups


def _conflict(a: Member, b: Member, tie: tuple[int, float] = (0, 0), *, apart: bool = True) -> bool:
    """Whether two members can never be one happening, whatever ties them
    through others: one report's two events that each give a toll (the report
    separated two happenings; its other events, mentions without figures, may
    be the same happening told again), incompatible actions, contradicting tolls, places that cannot be one, or
    text-given dates further apart than ``max_span_days`` (a member dated "on
    or before" a day, ``Member.bound``, with a happening after that day or ending more than
    ``bound_days`` before it, and with another such member whose day is more than
    ``bound_days`` from its own). ``tie``: the days
    and km the evidence tying a new member to the linked event allows
    (:func:`_reach`) widen both for it: a follow-up naming the victim weeks
    later is apart from every report of the shooting, not only the one it names
    (and :func:`cluster` checks a later report of the shooting against that
    follow-up with the reach the follow-up came in by). ``apart=False``: one
    report's two tolled events are not apart for that alone."""
    if (apart and a.document == b.document and a.toll and b.toll) or not _fits(a, b) or _placed_elsewhere(a, b):
        return True
    tolls = _tolls(a, b)
    if tolls is False or (_member_places(a, b, tie[1]) is False and _named_by_other(a, b) is None
                          and _recalled_town(a, b, tolls) is None):
        return True
    if a.bound or b.bound:
        # "on or before" a day: up to ``bound_days`` before it (or as far as the evidence tying them
        # reaches: a sentencing naming the victim a year on). Two such are apart when their days are
        # further apart than that; one is apart from a happening after its day (beyond ``days``) or
        # ending further than that before it
        r = rules()
        reach = max(r.bound_days, tie[0])
        if a.bound and b.bound:
            return abs((a.end - b.end).days) > reach
        x, y = (a, b) if a.bound else (b, a)
        if y.dated_by != "text":  # a report's window is no date of its text
            return False
        return y.start > shifted(x.end, r.days) or (y.end or y.start) < shifted(x.end, -reach)
    if a.dated_by == b.dated_by == "text":
        if _coarse(a) or _coarse(b):
            return a.start > b.end or b.start > a.end
        return (max(a.end, b.end) - min(a.start, b.start)).days + 1 > rules().max_span_days + tie[0]
    return False


def _recalled_town(a: Member, b: Member, tolls: list[str] | bool) -> str | None:
    """Where one member is dated no finer than ``max_span_days`` ("a 2014
    shooting that left one dead and four hurt": a plea, a sentencing) and both
    give the same killed and the same injured (each more than none): the
    town-level place of one member's event that the other's report names (the
    map may have read the recalled town, or the shooting's own report's
    neighbourhood, as a namesake elsewhere): a town both tell of with the whole
    toll ties them as the same place would (the first in alphabetical order,
    the same for (a, b) and (b, a)). The other report must name the town where
    it tells of its event (``Member.told``): a town it names in passing (a
    suspect "from Columbus" in a report of a shooting in Atlanta) is another
    happening's, and a whole toll of one killed and one hurt is common."""
    if not (_coarse(a) or _coarse(b)) or not tolls or len(tolls) < len(TOLL):
        return None
    found = []
    for x, y in ((a, b), (b, a)):
        place = x.event.place
        if place is not None and place.lat is not None and (place.precision or 3) <= 2 and place.spellings() & y.told:
            found.append(_name(place))
    return min(found) if found else None


def _coarse(m: Member) -> bool:
    """Is the member dated by its text no finer than ``max_span_days`` ("in 2014", "in February"), or
    only "on or before" a day or its publication (``Member.bound``: the ``bound_days`` before it)?"""
    return m.bound or (m.dated_by == "text" and (m.end - m.start).days + 1 > rules().max_span_days)


def cluster(members: list[Member]) -> list[list[Member]]:
    """The linked events the members make, the same whatever order they come
    in: taken in canonical order (publication date, document id; within a
    report its account of the toll first, :func:`_arrival`), each joins
    every group holding a member it matches (:func:`link_reasons`) and none
    it conflicts with (:func:`_conflict`), merging them; where not
    all can be merged, first the groups where a member that gives a toll
    matches it when it gives one (a report's account of the killed and
    injured before its mentions of the same shooting), then those matched on
    the day a member's report gives rather than through its open start ("on
    or before" a day: ``Member.bound``), then those with more reasons. Else it starts a group. Groups come in the canonical order of
    their first members, each in canonical order."""
    _mark_ambiguous_headlines(members)
    slack = rules().near_days
    groups: dict[int, list[Member]] = {}
    numbers = itertools.count()
    by_day: dict[int, set[int]] = collections.defaultdict(set)  # a day -> the groups with a member on it
    by_person: dict[str, set[int]] = collections.defaultdict(set)  # a person -> the groups with a member naming them
    # a member -> the reach it was let in by: a report of the shooting naming nobody that comes after a
    # follow-up is checked against that follow-up with the follow-up's reach, as the follow-up was against it
    let_in: dict[int, tuple[int, float]] = {}

    def tie(x: Member, *ties: tuple[int, float]) -> tuple[int, float]:
        ties += (let_in.get(id(x), (0, 0)),)
        return max(t[0] for t in ties), max(t[1] for t in ties)

    def days(m: Member) -> range:
        return range(shifted(m.start, -slack).toordinal(), shifted(m.end, slack).toordinal() + 1) if m.start else range(0)

    for m in sorted(members, key=_arrival):
        near = set().union(*(by_day.get(day, ()) for day in days(m)),
                           *(by_person.get(p, ()) for p in m.event.people)) if m.start else set()
        scored = []
        ties: dict[int, tuple[int, float]] = {}
        for number in near:
            group = groups[number]
            linked = [(x, *found) for x in group if (found := _match(m, x)) is not None]
            if not linked:
                continue
            # a match through a member's open start ("on or before" a day) counts after one of the day told
            score = max((bool(m.toll and x.toll), not opened, len(why)) for x, why, _, opened in linked)
            reaches = [reach for _, _, reach, _ in linked]
            ties[number] = (max(d for d, _ in reaches), max(k for _, k in reaches))
            if not any(_conflict(m, x, tie(x, ties[number])) for x in group):
                scored.append((-score[0], -score[1], -score[2], number))
        home: int | None = None
        for *_, number in sorted(scored):
            if home is None:
                home = number
            elif not any(_conflict(x, y, tie(x, ties[home], ties[number], let_in.get(id(y), (0, 0))))
                         for x in groups[home] for y in groups[number]):
                for moved in groups.pop(number):
                    groups[home].append(moved)
                    for day in days(moved):
                        by_day[day].discard(number)
                        by_day[day].add(home)
                    for p in moved.event.people:
                        by_person[p].discard(number)
                        by_person[p].add(home)
        if home is None:
            home = next(numbers)
            groups[home] = []
        groups[home].append(m)
        let_in[id(m)] = ties.get(home, (0, 0))
        for day in days(m):
            by_day[day].add(home)
        for p in m.event.people:
            by_person[p].add(home)
    return [sorted(g, key=lambda x: x.key) for g in sorted(groups.values(), key=lambda g: min(x.key for x in g))]


def _mark_ambiguous_headlines(members: list[Member]) -> None:
    """Mark each bare headline whose town names two or more events in its
    window that cannot be one and give different tolls (:func:`_rivals`: "Columbus shooting victims
    named" beside a Columbus shooting that killed one and another that killed
    forty): which it tells of, nothing says, so it joins none, whatever the
    order or the documents' ids."""
    for h in members:
        h.ambiguous = False
    for h in members:
        if not _bare_headline(h) or h.start is None:
            continue
        told = [x for x in members if x is not h and x.document != h.document and x.start is not None
                and _gap(_as_told(h), _as_told(x)) <= 0 and _headline_town(h, x) and _match(h, x) is not None]
        h.ambiguous = any(_rivals(x, y) for x, y in itertools.combinations(told, 2))


def _rivals(x: Member, y: Member) -> bool:
    """Are two events a headline's town names two happenings it could tell
    of: they cannot be one (:func:`_conflict`) and give different tolls? Not
    one report's two events that give the same killed and are kept apart only
    as its two tolled events (a report telling its shooting twice: a caption's
    "four dead", its lead's "four dead and two hurt"), nor, where neither
    gives a killed, two that give the same injured ("three hurt" and "three
    bystanders hurt")."""
    if x.toll == y.toll or not _conflict(x, y):
        return False
    if x.document == y.document and _told_twice(x, y):
        return _conflict(x, y, apart=False)
    return True


def _told_twice(x: Member, y: Member) -> bool:
    """Do two events give the same killed in all, or, where neither gives a
    killed, the same injured in all (a toll :func:`_rivals` reads as one
    report's account told twice)?"""
    killed, injured = (("people.killed", None), ("people.injured", None))
    if killed in x.toll or killed in y.toll:
        return x.toll.get(killed) == y.toll.get(killed)
    return injured in x.toll and x.toll[injured] == y.toll.get(injured)


def _arrival(m: Member) -> tuple:
    """The order :func:`cluster` takes members in: canonical, but within a
    report its account of the killed and injured first (the event holding
    most of its toll claims), so that it, not a passing mention of the same
    shooting with a figure, takes the linked event the report's other events
    then cannot share."""
    weight = sum(len(f.claims) for f in m.event.figures if f.category in TOLL)
    return (*m.key[:3], -weight, m.position)


def _mode(values: list, default=None):
    """The commonest of ``values`` (None left out), the first of the commonest on a tie."""
    counts = collections.Counter(v for v in values if v is not None)
    if not counts:
        return default
    top = max(counts.values())
    return next(v for v in values if v is not None and counts[v] == top)


def assemble(members: list[Member], event_id: str) -> Event:
    """One linked event from its members, whatever order they came in: they
    are read in canonical order. Its dates are those the texts give (the
    earliest to the latest), else the windows' overlap (else their span); its
    place the finest of its members' (the one most of them name on a tie);
    its action the commonest; its actors every member's; its first sentence
    and type the first member's with that action; ``links`` say why each
    member is there: the first is the anchor, each other names the first
    member (in canonical order) it matches and why."""
    ordered = sorted(members, key=lambda m: m.key)
    texts = [m for m in ordered if m.dated_by == "text"]
    # a member dated "on or before" a day counts with that day, as it did (within ``max_span_days`` of
    # the first day given, a statement's day is most often the happening's or the next); where every
    # dated member is so, the linked event is "on or before" too
    bound = bool(texts) and all(m.bound for m in texts)
    texts = [_as_told(m) for m in texts]
    if texts:
        # a report dated more than ``max_span_days`` after the first day a report gives (not a
        # coarse "in 2014") is a follow-up (an arrest, a funeral): its day is its own, not the happening's
        fine = [m.start for m in texts if not _coarse(m)]
        if fine:
            last = shifted(min(fine), rules().max_span_days - 1)
            texts = [m for m in texts if _coarse(m) or m.start <= last]
        start, end, dated_by = min(m.start for m in texts), max(m.end for m in texts), "text"
    else:
        windows = [_as_told(m) for m in ordered if m.start is not None]
        if windows:
            start, end = max(m.start for m in windows), min(m.end for m in windows)
            if start > end:
                start, end = min(m.start for m in windows), max(m.end for m in windows)
            dated_by = "publication"
        else:
            start = end = dated_by = None
    placed = [m.event.place for m in ordered if m.event.place is not None and m.event.place.lat is not None]
    place = None
    if placed:
        finest = min(p.precision or 3 for p in placed)
        candidates = [p for p in placed if (p.precision or 3) == finest]
        wanted = _mode([p.identity() for p in candidates])
        place = next(p for p in candidates if p.identity() == wanted)
    else:
        place = next((m.event.place for m in ordered if m.event.place is not None), None)
    action = _mode([m.event.action for m in ordered])
    typed = next((m for m in ordered if m.event.action == action), ordered[0])
    first = ordered[0]
    links = [Link(document=first.document, event=first.event.id, sentence=first.event.sentence)]
    for i, m in enumerate(ordered[1:], start=1):
        match = next(((o, why) for o in ordered[:i] if (why := link_reasons(m, o)) is not None), None)
        if match is None:  # joined through a later member: name the first it matches
            match = next(((o, why) for o in ordered[i + 1:] if (why := link_reasons(m, o)) is not None),
                         (None, []))
        anchor, why = match
        links.append(Link(document=m.document, event=m.event.id, sentence=m.event.sentence,
                          joins=anchor.ref if anchor is not None else None, reasons=why))
    return Event(
        id=event_id,
        event_type=typed.event.event_type,
        sub_event_type=typed.event.sub_event_type,
        type_of_violence=typed.event.type_of_violence,
        action=action,
        date_start=start,
        date_end=end,
        date_qualifier="on or before" if bound else None,
        dated_by=dated_by,
        place=place,
        actors=list(dict.fromkeys(a for m in ordered for a in m.event.actors)),
        people=list(dict.fromkeys(p for m in ordered for p in m.event.people)),
        claims=[c for m in ordered for c in m.event.claims],
        sentence=typed.event.sentence,
        span=typed.event.span,
        documents=list(dict.fromkeys(m.document for m in ordered)),
        links=links,
    )


def linked_figures(claims: list[Claim], *, policy: str, discount_partisan: bool) -> list:
    """A linked event's figures: its claims, of every document, reconciled in
    reading order (an origin's later report supersedes its earlier one)."""
    return reconcile(claims, policy=policy, discount_partisan=discount_partisan, in_order=True) if claims else []


def link_events(reports, *, settings: Settings | None = None) -> list[Event]:
    """Events of many reports that tell of the same happening, joined (the
    same linked events whatever order the reports come in); their figures
    reconciled again over all their claims in reading order (the documents by
    publication date, undated last, then by id; each in text order). Linked
    events are numbered "L1", "L2"... in the canonical order of their first
    members. Claim ids become "<document id>:<claim id>"."""
    settings = settings or Settings()
    claims_by_id: dict[str, Claim] = {}
    reading: dict[str, tuple] = {}  # claim id -> its place in the reading order
    members: list[Member] = []
    for report in reports:
        doc = report.document
        for claim in report.claims:
            copy = qualified(claim, doc.id)
            claims_by_id[copy.id] = copy
            reading[copy.id] = (doc.published is None, doc.published or dt.date.min, doc.id,
                                claim.span[0], claim.span[1])
        members += [member(e.model_copy(update={"claims": [f"{doc.id}:{c}" for c in e.claims]}), doc.id,
                           doc.published, i, places=report.places) for i, e in enumerate(report.events)]
    linked = cluster(members)
    out = []
    for number, members in enumerate(linked, start=1):
        event = assemble(members, f"L{number}")
        claims = sorted((claims_by_id[c] for c in event.claims if c in claims_by_id), key=lambda c: reading[c.id])
        if claims:
            event.figures = linked_figures(claims, policy=settings.policy,
                                           discount_partisan=settings.discount_partisan)
        out.append(event)
    return out
