"""Reconcile: one low / best / high per event, category and role.

An article about one clash gives a dozen incompatible figures: "at least 250"
per U.S. officials via Reuters, "more than 60" per a militia spokesman via a
newspaper, "tens" per an Iraqi general in a ministry video. Coders reconcile
them by hand; :func:`reconcile` does it by rule, for the claims of ONE event,
and every bound names the claims it rests on.

**Grouping.** One :class:`~fogcount.models.Figure` per (category, role): the
roles civilian, combatant, security_forces and unknown are never added
together (a government's "dozens of terrorists" is not a monitor's civilian
toll). Figures come sorted by category, then role.

**Setting aside** (listed in ``claims`` and in ``notes``, no part in a bound):

* a part: a claim whose ``part_of`` names another claim of the event ("6
  civilians, including 2 women"; "the dead included three children" after
  "15 people were killed"): the part is evidence about its whole, not a
  figure of its own, so it is listed in the whole's figure (its category and
  role), whatever its own role, and bounds nothing;
* a denial of a figure: ``negated`` with a value other than 0 ("did not kill
  20 protesters" says nothing about how many were killed). A negated zero
  ("no casualties", [0, 0]) is a claim of 0 and counts like any figure;
* a claim that bounds nothing: [None, None] ("many", "a large number");
* a figure held in a larger one of its report (:func:`held_in_report`: "a
  20-year-old man" among "six people", "two victims were taken to hospital"
  after the same source's four, an injured "Roberts" whom the report counts
  among the dead): listed in that figure, like a part.

Figures of unknown role join the category's one named role when they can be
the same people told two ways (:func:`_told_two_ways`): civilians in one report
or several unless a sentence counts both apart ("One person is dead ... One man
died"; "five people" in one outlet, "five men" in another are one figure, not
two that add up); another named role among several reports when no report
gives both, or within a report when its figures of unknown role only say again
a number it gives that role, none of them "others" or more ("Seven rebels were
killed ... police were aware of seven deaths": seven, not 14).

An injured figure of people hit ("Five people were shot"; :data:`HIT_CUES`)
counts its report's dead too and is read less them
(:func:`hit_less_the_dead`: "one of them died" leaves four injured; more dead in
the report than hit, none hurt: "three were found dead ... he shot his two
sons"); in a report that tells no dead, less the other reports' dead (where
they are no more than it).

A figure of casualties told by one number for the dead and the hurt together
("killed and wounded 22"; "resulted in 10 casualties") splits where its report
tells one of the two on its own and not the other (:func:`casualties_split`):
"killed and wounded 22 ... at least two were killed" is at most 20 injured
(low open, best and high 20), and "at least 15 were killed or wounded ... five
were wounded" at least 10 killed. The told part is every figure of its outcome
that can be some of the same people in the same happening: not an armed side
beside people of unknown role ("two attackers were killed by guards"), not one
told as a separate happening or on another day, not "two of the dead". By the
interval rules, the casualties less the told part's interval over all its
sources: the low less its largest high, the high less its smallest low (an
open bound stays open: no floor is told); the best is the casualties' number
less the part's best ("12 casualties ... three killed, police said; five, the
army said": 7 to 9 injured, best 9). Where the report tells neither part, or
both, the casualties stay a figure of their own.

**One figure per origin.** ``source.origin`` is the key (the normalised
speaker and affiliation; without an origin the lower-cased speaker; a claim
with no source is its report's own: the origin ``"article"``, everything the
article says on its own authority is one origin, and among several reports
``"article:<document id>"``, each outlet's own; :func:`origin_of`). An
origin's claims are read in text order (``claim.span``, then input order) or,
over several reports, in reading order:

* a figure equal to the origin's current one is the same claim again (twenty
  outlets reprinting one wire figure): it joins the evidence, and counts once;
* an incremental figure ("another 60") adds to the origin's current figure:
  lows add (an unbounded-below low reads as 0 unless both are), highs add
  (unbounded stays unbounded). The same incremental figure again through a
  different channel is a reprint, not a second addition. An incremental figure
  with nothing earlier from its origin stands alone;
* a vague word after a number ("at least eight ... several") repeats it in
  vaguer words: it joins the evidence and replaces nothing; a number of
  "others" after a vague word of others in one report ("Several other people
  were injured ... Four other people were wounded") says how many it told and
  replaces it (four, not seven; "two more people" still adds);
* any other figure replaces the current one: a cumulative one ("the toll rose
  to 15") supersedes it, and a later report's plain figure is kept over an
  earlier one (the latest account of the same speaker; within one report a
  smaller plain figure is held in the larger, above). Both are said in ``notes``;
* an increment of "others" told after the dead of its own sentence ("The
  bullets wounded a woman and her son ... killing a guard and wounding three
  others") counts others than those dead, not than the hurt told before: in
  one report, of no other happening ("in a separate shooting") or time (a
  date, or words of time where no date is known: "Two days later"), it
  tells the report's hurt again and replaces the origin's figure (three, not
  five; :func:`others_beside_their_dead`). "Four more people" still adds.

**Bounds.** Each origin has an interval [low, high]; its *point figure* is
its low where bounded, else its high.

* ``low`` = the lowest figure the independent credible origins give (DESIGN.md,
  "Reconciliation": the range shows the disagreement, as UCDP's low and Iraq
  Body Count's minimum do): each origin's lower bound where it has one, else
  its stated number ("at least 12" gives 12, "tens" 20, "as many as 80" 80),
  the same under every policy.
* ``high`` = the largest figure claimed: each origin's finite high, or its low
  when it is unbounded above ("at least 250" claims 250). ``high`` is None only
  when no claim bounds anything.
* ``best``: ``conservative`` = low; ``ucdp`` = the point figure of the most
  reliable origin that gives a number (its stated number where it is
  approximate: "about 100" is [90, 110] and its best is 100) (a vague word,
  "many", only where none does; then :func:`~fogcount.stages.sources.source_rank`, then
  non-partisan before unknown before partisan, then exact before range before
  vague, then more claims, then the one told earliest in its own report: a
  lede's figure before a later paragraph's, in a linked event too, where it did
  better on gva-dev than the first or the latest report; but among three or
  more origins that rank equal, the figure most of them give); where that figure is
  open above ("at least four") and another credible origin gives an exact
  number within it ("three men and two women"), the exact number (the most
  reliable such origin's: the same figure told more precisely, but none below
  another such floor), or else a higher floor of its own ("over 20" by the
  outlet, "at least 25" by an official: both are floors of the happening, and
  the higher is the tighter, so of several the highest; none told of
  happenings in the plural or over an area, :func:`_roundup`), each within
  :data:`WITHIN_OPEN_RATIO` times its bound; ``median`` = the
  lower median of the credible origins' point figures (a figure somebody claimed, so that it names its
  claims). A best below ``low`` is raised to ``low``, and the notes say so.
* Every origin is credible, but a hedged figure ("suspected fighters",
  "reportedly", "claimed") sets the low only where nothing firmer exists; it
  counts for the best and the high.
  With ``discount_partisan``, origins whose source is a party to the fighting
  (``partisan`` True) neither set the low nor the best, but only while some
  origin is not partisan (True); when every origin is partisan their figures
  are all there is and are used, and the notes say so. ``high`` always counts
  every origin: it is the largest figure *claimed*.

The rule tables are constants: :data:`EXACTNESS_RANK` at the top of this
module, the ranking of sources in :mod:`.sources` (by kind,
:func:`~fogcount.stages.sources.source_rank`, the ``rank`` column of
``[standing]`` in data/sources.toml; then
:data:`~fogcount.stages.sources.PARTISAN_RANK`).

``independent_sources`` is the number of origins whose figures count (parts,
denials and claims that bound nothing are no source of a figure).

Needs: claims with ``category``, ``value``, ``subject.role`` and, where known,
``source`` (attribution stage) and ``part_of`` (claims stage). Fills: a list of
``Figure`` (the events stage puts it on ``Event.figures``); claims are not
changed.
"""

from __future__ import annotations

import dataclasses
import re
import statistics
from collections.abc import Iterable

from ..errors import SettingsError
from ..models import Claim, Figure
from ..quantities import table
from ..rules import load
from .sources import PARTISAN_RANK, source_rank

NAME = "reconcile"
VERSION = "32"  # what each version changed: docs/stage-history.md

POLICIES = ("conservative", "ucdp", "median")

# The origin of the claims an article states on its own authority (``source`` is None).
ARTICLE_ORIGIN = "article"
# The source kind such claims are ranked as: the outlet's own reporting.
ARTICLE_KIND = "media"

# After the source's rank (:func:`~fogcount.stages.sources.source_rank`, then
# :data:`~fogcount.stages.sources.PARTISAN_RANK`): exact figures ("250"), then
# ranges and open figures ("at least 250"), then vague words ("tens").
EXACTNESS_RANK = {"exact": 0, "range": 1, "vague": 2}

# The outcome words of an injured figure that count everyone hit, the dead too
# ("Five people were shot; one died": four injured), and the words that say a
# figure counts the others only ("four others were shot").
HIT_CUES = frozenset({"shot", "shoot", "shooting", "struck", "hit"})
OTHERS = frozenset({"other", "others", "another", "more", "remaining"})
INJURED = "people.injured"
CASUALTIES = "people.casualties"
# The cue rules of a casualties claim whose number counts the dead and the hurt together: a noun of
# casualties or verbs of both outcomes sharing one figure (claims' combined_outcomes: "kill and wound").
# Not "victims": "the victims" are as often the dead alone.
SPLIT_CUE_RULES = re.compile(r"^(?:noun:casualty|verb:kill (?:and|or) (?:wound|injure))$")
# An exact figure says an open one ("at least four") more precisely only up to
# this many times its bound: "at least four ... 40" is another account, not
# the same one told exactly.
WITHIN_OPEN_RATIO = 2
# Words of an increment that plainly adds ("two more", "an additional"): never
# among those its report already counts.
ADDING = frozenset({"more", "additional", "further"})
KILLED = "people.killed"
# roles of no armed side: a figure of one can count the people a figure of the other counts
UNARMED = frozenset({"unknown", "civilian"})
# The cue rule of a claim of the shooter's own death or wound (claims._self_harm: "before killing
# himself"): the one who did it, added to his victims' figure, never held in it.
SELF_HARM_RULE = "self:"
# The cue rule of a death of some of the hurt told just before, in a relative clause of their own
# (claims._died_of_the_hurt: "two guards were injured, one of whom later died"): the rule read, after it.
DIED_OF_HURT_RULE = "hurt:"
# The cue rule of a killed share of a hurt figure told by an adverb of death (claims._fatal_shares,
# claims._part_of_them: "twenty were wounded, five of them fatally"): the rule of the hurt figure after it.
# Reconcile 31 took such a share out of the hurt figure before it whatever the verb; 32 took that back (it
# took the share from another group's figure where the groups were folded together), so only those "shot"
# are read less their dead (hit_less_the_dead), and "twenty were wounded, five of them fatally" is 20 hurt
# and 5 dead.
SHARE_RULE = "share:"

_BOUND_LINE = re.compile(r"(low|best|high) (\d+|none): ")


@dataclasses.dataclass
class _Origin:
    """The figure one origin gives, after reprints, increments and replacements."""

    key: str
    chain: list[Claim]  # the claims its current figure rests on, in text order
    low: int | None
    high: int | None
    vague: bool
    first: int  # where its first claim stands in its own report's text (a lede's figure first), for ties
    derived: int | None = None  # the best of a figure of casualties less a part told apart (:class:`Split`)

    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.chain]

    @property
    def figure(self) -> int | None:
        """Its point figure: the low where bounded, else the high."""
        return self.low if self.low is not None else self.high

    @property
    def stated(self) -> int | None:
        """The number it states: an approximate figure's own number ("about 100", [90, 110],
        states 100: :func:`approximate_number`), else its point figure. The ``ucdp`` best takes
        it: the source said 100, and the interval only says how loosely. A figure of casualties
        less a part told apart states its :attr:`Split.best`."""
        if self.derived is not None:
            return self.derived
        if len(self.chain) == 1:
            number = approximate_number(self.chain[0])
            if number is not None and (self.low, self.high) == _interval(self.chain[0]):
                return number
        return self.figure

    @property
    def hedged(self) -> bool:
        """Its current figure rests only on hedged claims ("suspected", "reportedly", "claimed")."""
        return all(c.hedge is not None for c in self.chain)

    @property
    def top(self) -> int | None:
        """What it claims at most: its finite high, else its low."""
        return self.high if self.high is not None else self.low

    @property
    def kind(self) -> str:
        source = self.chain[-1].source
        return source.kind if source is not None else ARTICLE_KIND

    @property
    def partisan(self) -> bool | None:
        flags = [c.source.partisan for c in self.chain if c.source is not None]
        if True in flags:
            return True
        if False in flags:
            return False
        return None

    @property
    def exactness(self) -> str:
        if self.vague:
            return "vague"
        if self.low is not None and self.low == self.high:
            return "exact"
        return "range"

    def rank(self) -> tuple:
        return (
            source_rank(self.kind),
            PARTISAN_RANK[self.partisan],
            EXACTNESS_RANK[self.exactness],
            -len({_channel(c) for c in self.chain}),
            self.first,
        )


# ---------------------------------------------------------------- the stage


def reconcile(claims: list[Claim], *, policy: str = "ucdp", discount_partisan: bool = False,
              in_order: bool = False) -> list[Figure]:
    """One Figure per (category, role) of the claims of ONE event, sorted by
    category then role; each bound names its claims, and ``notes`` say why.
    Claims are read in text order; ``in_order``: they come from several
    documents and are already in reading order (the documents by publication,
    each in text order), which decides what "a later figure" is."""
    if policy not in POLICIES:
        raise SettingsError(f"unknown reconciliation policy {policy!r}: use one of {', '.join(POLICIES)}")
    ordered = list(claims) if in_order else _text_order(claims)
    by_id = {c.id: c for c in ordered}
    parts = {c.id: c.part_of for c in ordered if c.part_of is not None and c.part_of in by_id}
    parts.update(_died_himself(ordered))
    held = {k: v for k, v in held_in_report(ordered).items() if k not in parts}
    parts.update(held)
    less = hit_less_the_dead(ordered, parts)
    for hurt, (died, killed) in hurt_less_their_dead(ordered, parts, by_id).items():
        before = less.get(hurt, (0, []))
        less[hurt] = (before[0] + died, before[1] + killed)
    ordered = [c if c.id not in less else c.model_copy(update={"value": c.value.model_copy(
        update={"low": None if c.value.low is None else max(0, c.value.low - less[c.id][0]),
                "high": None if c.value.high is None else max(0, c.value.high - less[c.id][0])})})
               for c in ordered]
    split = casualties_split(ordered, parts)
    ordered = [c if c.id not in split else c.model_copy(update={
        "category": split[c.id].category, "value": c.value.model_copy(update={
            "low": split[c.id].low, "high": split[c.id].high, "text": split[c.id].text, "qualifier": None})})
               for c in ordered]
    by_id = {c.id: c for c in ordered}
    zeros = {k: v for k, v in zeros_beside_counts(ordered).items() if k not in parts}
    parts.update(zeros)
    groups: dict[tuple[str, str], list[Claim]] = {}
    for claim in ordered:
        whole = _whole(claim, by_id, parts)  # a part goes with its whole: it is no figure of its own
        groups.setdefault((whole.category, whole.subject.role), []).append(claim)
    told_two_ways = _told_two_ways(groups, parts)
    restated = others_beside_their_dead(ordered)
    position = {c.id: i for i, c in enumerate(ordered)}
    for category, role in told_two_ways:
        unknown = groups.pop((category, "unknown"))
        groups[(category, role)] = sorted(groups[(category, role)] + unknown, key=lambda c: position[c.id])
    figures = [
        _reconcile_group(category, role, groups[(category, role)], policy, discount_partisan, parts, held, by_id, less,
                         zeros, split, restated)
        for category, role in sorted(groups)
    ]
    for figure in figures:
        if (figure.category, figure.role) in told_two_ways:
            why = told_two_ways[(figure.category, figure.role)]
            figure.notes.append(f"the figures of unknown role are this {figure.role} figure told two ways: "
                                f"{why}, so they count the same people")
    return figures


def is_own_harm(claim: Claim) -> bool:
    """Is the claim one person's act on himself ("before killing himself": claims._self_harm)?"""
    return claim.cue is not None and claim.cue.rule.startswith(SELF_HARM_RULE)


def _died_himself(claims: list[Claim]) -> dict[str, str]:
    """Claim id -> the id of the shooter's own death that holds it: his own
    wound ("shot himself") where a claim of the event tells he died of it
    ("took his own life", "fatally shot himself"): one person, dead."""
    dead = next((c for c in claims if is_own_harm(c) and c.category == KILLED and c.part_of is None), None)
    if dead is None:
        return {}
    return {c.id: dead.id for c in claims if is_own_harm(c) and c.category == INJURED and c.part_of is None}


def approximate_number(claim: Claim) -> int | None:
    """The number an approximate figure states ("about 100", "some 40", "100 or so"), or None.

    A row of the interval table is approximate when its bounds are the number times two
    factors that add up to 2 ("0.9N" and "1.1N"): its interval is centred on the number,
    and rounding outward keeps the centre (floor(0.9N) + ceil(1.1N) = 2N), so the number
    is the interval's midpoint. Vague words ("about dozens") state no number."""
    value = claim.value
    if value.vague or value.qualifier is None or value.low is None or value.high is None:
        return None
    row = next((q for q in table().qualifiers if q.name == value.qualifier), None)
    if row is None or not _centred(row.low, row.high) or (value.low + value.high) % 2:
        return None
    return (value.low + value.high) // 2


_FACTOR = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*\*?\s*N\s*$")


def _centred(low: str, high: str) -> bool:
    """Are two bound expressions of the interval table factors of N that add up to 2 ("0.9N", "1.1N")?"""
    factors = [_FACTOR.match(expr) for expr in (low, high)]
    return all(factors) and abs(sum(float(f.group(1)) for f in factors) - 2) < 1e-9 and low != high


def _told_two_ways(groups: dict[tuple[str, str], list[Claim]], parts: dict[str, str]) -> dict[tuple[str, str], str]:
    """The (category, role) whose figure takes the category's figures of unknown
    role, when the category has one named role besides unknown:

    * civilians: people of no side, where no side's fighters are counted, are
      the civilians told another way ("One person is dead ... One man died at
      the hospital"; "Five people were shot ... Three men and two women
      suffered gunshot wounds"; "five people" in one outlet, "five men" in
      another), in one report or several, unless a sentence counts both apart
      in one voice ("a man and two others were shot"; not two sources' figures
      in one sentence: "killed 14 villagers, but the army gave a toll of six");
    * another named role: among several reports, when no report gives figures
      of both ("five people were shot" in one outlet, "five soldiers were shot"
      in another). A report that gives both ("12 people killed ... 3 soldiers
      among them", or two figures of its own) keeps them apart, unless its figures
      of unknown role only say again a number it gives the
      named role ("Seven rebels were killed ... police were aware of seven
      deaths": seven), none of them "others" or more.

    Each (category, role) maps to why, for the figure's notes."""
    out = {}
    for category in {c for c, _ in groups}:
        named = [r for c, r in groups if c == category and r != "unknown"]
        if len(named) != 1 or (category, "unknown") not in groups:
            continue
        counted = [[c for c in groups[(category, role)] if c.id not in parts] for role in ("unknown", named[0])]
        if named[0] == "civilian":
            # one voice's sentence that counts both ("a man and two others were shot") counts them apart; two
            # sources' figures in one sentence ("killed 14 villagers, but the army gave a toll of six") compete
            if not _counted_apart(counted[0], counted[1], [c for c in claims_of(groups) if c.id not in parts]):
                out[(category, named[0])] = "no sentence counts both apart"
            continue
        reports = [{_document(c) for c in group} for group in counted]
        if all(reports) and not (reports[0] & reports[1]):
            out[(category, named[0])] = "no report gives both"
            continue
        # within a report: the same number told again with no side ("Seven rebels were killed ... police
        # were aware of seven deaths"; one voice's equal figure is held in its own already: held_in_report)
        # report by report: another report's figure of the named role is no saying again
        if counted[0] and all(
                {(c.value.low, c.value.high) for c in counted[0] if _document(c) == report}
                <= {(c.value.low, c.value.high) for c in counted[1] if _document(c) == report}
                for report in reports[0]) \
                and not any(_more_people(c) for c in counted[0]):
            out[(category, named[0])] = "they only say again a number the report gives this role"
    return out


def claims_of(groups: dict[tuple[str, str], list[Claim]]) -> list[Claim]:
    return [c for group in groups.values() for c in group]


def _counted_apart(unknown: list[Claim], named: list[Claim], claims: list[Claim]) -> bool:
    """Does a sentence count the figures of unknown role apart from the named role's
    (civilians)? Where both are told in one sentence:

    * in one voice ("a man and two others were shot"; a source told at the end of the
      sentence, after both figures, is the whole sentence's voice: "two farmers were
      killed and three people died in hospital, according to police", however the parser
      hangs it: :func:`_voice`);
    * or of "others" or more of them (:func:`_more_people`: "police said two civilians
      were killed, while hospital officials said three more people died"), whoever tells
      them;
    * or of another happening or place (:func:`_another_happening`, :func:`_another_place`:
      "the army said six were killed in a separate attack", "in a neighbouring village").

    Two voices' figures in one sentence with none of these ("killed 14 villagers, but the
    army said six were killed") are one toll told two ways."""
    for u in unknown:
        for n in named:
            if _document(u) != _document(n) or u.sentence != n.sentence:
                continue
            if _voice(u, claims) == _voice(n, claims) or _more_people(u) \
                    or _another_happening(u.sentence) or _another_place(u.sentence):
                return True
    return False


def _more_people(claim: Claim) -> bool:
    """Is the figure more people than those told before it ("three other people", "three
    more", "four others"): an increment, or of "others"?"""
    return claim.value.incremental or _of_others(claim)


def _voice(claim: Claim, claims: list[Claim]) -> str:
    """Who tells a figure, within its sentence: its origin (:func:`origin_of`), but a figure of
    the report's own (no source) in a sentence whose last source is told after it and after
    that source's own figure ("..., according to police", "..., police said") is that
    source's: the attribution closes the whole sentence, not only the clause the parser
    hangs it on."""
    if claim.source is not None:
        return origin_of(claim)
    trailing = [c for c in claims if c.source is not None and c.source.span is not None
                and _document(c) == _document(claim) and c.sentence == claim.sentence
                and c.source.span[0] >= max(c.span[1], claim.span[1])]
    return origin_of(trailing[-1]) if trailing else origin_of(claim)


def _whole(claim: Claim, by_id: dict[str, Claim], parts: dict[str, str]) -> Claim:
    """The claim whose figure includes ``claim`` (following ``parts`` up,
    within the claims given), or the claim itself: "the dead included three
    children" is evidence about the dead, not a civilian toll of its own."""
    seen = {claim.id}
    while parts.get(claim.id) in by_id and parts[claim.id] not in seen:
        claim = by_id[parts[claim.id]]
        seen.add(claim.id)
    return claim


def _document(claim: Claim) -> str:
    """The report a claim comes from: the prefix of a qualified id ("<document id>:c3"), "" within one report."""
    return claim.id.rpartition(":")[0]


def _same_people(a: Claim, b: Claim) -> bool:
    """Can two figures count the same people? The same role, or one of them
    of unknown role ("six people" holds "a 20-year-old man"); not two named
    sides ("Forty GNA soldiers and eight LNA soldiers")."""
    if a.subject.actor and b.subject.actor and a.subject.actor != b.subject.actor:
        return False
    return a.subject.role == b.subject.role or "unknown" in (a.subject.role, b.subject.role)


def held_in_report(claims: list[Claim]) -> dict[str, str]:
    """Claim id -> the id of the larger figure of the same report that holds it.

    One report tells one account of its happening: "Six people were shot ... A
    20-year-old man shot in the chest was taken to Mount Sinai ... Two others
    were taken to Stroger" names one and two of the six, not tolls of 1 and 2.
    Within one report and category, among figures that can count the same
    people (:func:`_same_people`):

    * one person ("a 20-year-old man", "one person", a name, "a fifth person"
      when its own source has said nothing before) is held in the report's
      largest figure above 1, whoever gives it;
    * a smaller figure of the same origin ("Four people were wounded ... Two
      victims were taken to hospital") is held in that origin's largest one;
      an equal figure of unknown role in one of a named role ("four others" and
      "Four other men") is the same figure;
    * an injured name or definite "the boy" whom a killed figure of one person
      of the same report names ("Roberts was shot ... Roberts died") is held in
      that killed figure: one death, not a death and an injury.

    A figure of "others" (:func:`_of_others`) holds nothing told before it ("a
    man and two others were shot" is three).

    * a smaller civilian figure of another origin is held in a figure of
      unknown role ("5 people were killed, police said. Two civilians died");
    * the report's own smaller injured figure (no source, not open above) is
      held in one it attributes to a source not party to the fighting, unless that
      one is a marked update, nor where the report adds to it later ("Four
      were killed ... another three"): "All four
      victims were taken to hospital, police said ... three were hit in the
      leg" tells three of the four its source counts, not a toll of its own.

    Another source's smaller total in the same report ("police said 3, the
    hospital 5") is not held: it is a figure of its own, and the range shows
    the disagreement. A marked update ("the toll rose to 5") and a figure of 0
    are never held, and a smaller figure is not held in its own source's
    update (the update supersedes it). The holding figure is the largest
    (then one of a named role, then the first in reading order), so "one of
    six" is held in the six, not in another part of it."""
    by_report: dict[tuple[str, str], list[Claim]] = {}
    for claim in claims:
        value = claim.value
        if (claim.negated and value.low != 0) or (value.low is None and value.high is None):
            continue
        by_report.setdefault((_document(claim), claim.category), []).append(claim)
    held: dict[str, str] = {}
    for group in by_report.values():
        wholes = [c for c in group if c.part_of is None and not c.value.incremental and not c.negated
                  and c.value.low is not None and c.value.low >= 2]
        for at, claim in enumerate(group):
            value = claim.value
            if claim.part_of is not None or value.cumulative or value.high == 0:
                continue
            one = value.low == 1 and value.high == 1 and not value.vague
            top = value.high if value.high is not None else value.low
            # a figure its own source adds to later ("Four were killed ... another three") is the
            # start of that source's count, not some of another's
            added_to = any(c.value.incremental and origin_of(c) == origin_of(claim) for c in group[at + 1:])
            whole = _piece_of_breakdown(claim, group[:at], held) if value.incremental else None
            if whole is not None:  # "18 were killed ... nine in one village, another nine in the other": 18
                held[claim.id] = whole.id
                continue
            whole = _on_from_a_smaller_count(claim, claims, group[:at])
            if whole is not None:  # "injured six ... Four victims were found ... an additional victim": six
                held[claim.id] = whole.id
                continue
            if _of_others(claim) and claim.category == INJURED:
                whole = _others_among(claim, group[:at], top)
                if whole is not None:
                    held[claim.id] = whole.id
                    continue
                if value.incremental:
                    continue
            if value.incremental and (not one or any(
                    origin_of(c) == origin_of(claim) and _same_people(c, claim) for c in group[:at])):
                continue  # "another 60", "Two died. Another person died later": adds to its own source's figure
            fits = [w for w in wholes if w is not claim and _same_people(w, claim)
                    and not (_of_others(w) and group.index(w) > at)
                    and (one or (origin_of(w) == origin_of(claim) and not w.value.cumulative)
                         # "5 people were killed, police said. Two civilians died": some of them, whoever tells it
                         or (claim.subject.role == "civilian" and w.subject.role == "unknown")
                         # "31 workers were killed, officials said ... gunmen killed seven of them": the
                         # report's own smaller figure after a source's tells a part of that source's toll
                         # (not where an increment of its own voice follows: "Four were killed ... another
                         # three": the parts add up to their own figure, and stand together)
                         or (claim.source is None and w.source is not None and group.index(w) < at
                             and not any(c.source is None and c.value.incremental for c in group[at + 1:]))
                         # "All four victims were hurt, police said ... three were hit in the leg": the
                         # report's own words tell some of those its source counts
                         or (claim.category == INJURED and claim.source is None and value.high is not None
                             and not added_to
                             and w.source is not None and w.source.partisan is not True
                             and not w.value.cumulative))
                    and (w.value.low > top or (w.value.low == top and not one and claim.subject.role == "unknown"
                                               and w.subject.role != "unknown"))]
            if fits:
                whole = min(fits, key=lambda w: (-w.value.low, w.subject.role == "unknown", group.index(w)))
                held[claim.id] = whole.id
    for (document, category), group in by_report.items():
        if category != INJURED:
            continue
        dead = {_head(c): c for c in by_report.get((document, "people.killed"), ())
                if _one_person(c) and not c.negated and _head(c)}
        for claim in group:
            if claim.id not in held and _one_person(claim) and _named_again(claim) and _head(claim) in dead:
                held[claim.id] = dead[_head(claim)].id  # "Roberts was shot ... Roberts died": one death
    return held


def _piece_of_breakdown(claim: Claim, before: list[Claim], held: dict[str, str]) -> Claim | None:
    """The total of the report that an increment told right after one of its
    pieces is a further piece of, or None.

    A report tells its total, then where the dead fell: "18 people were killed
    ... Nine were shot dead in one village, while another nine were killed in
    the other"; "ten civilians were killed ... six in one town ... Another civilian
    died in shelling nearby". "another" there goes on from the piece just told
    (held in the total), not from the total: where the pieces told so far and
    the increment are no more than the total's lower bound, the increment is
    one more piece of it. An increment told right after the total itself ("Two
    people died. Another person died later"), after a figure of its own ("Four
    were killed in one blast ... another three"), or that takes the pieces past
    the total ("Five were killed ... two more died in hospital") still adds."""
    previous = next((c for c in reversed(before) if c.part_of is None), None)
    if previous is None or previous.id not in held or origin_of(previous) != origin_of(claim):
        return None
    whole = next((c for c in before if c.id == held[previous.id]), None)
    if whole is None or whole.value.low is None or not _same_people(whole, claim):
        return None
    told = [c for c in before[before.index(whole) + 1:] if held.get(c.id) == whole.id]
    size = sum(c.value.high if c.value.high is not None else (c.value.low or 0) for c in told)
    here = claim.value.high if claim.value.high is not None else claim.value.low
    return whole if here is not None and size + here <= whole.value.low else None


def _on_from_a_smaller_count(claim: Claim, claims: list[Claim], before: list[Claim]) -> Claim | None:
    """The injured total of the report that an increment of the hurt, told
    after a smaller count of the victims, is one more of, or None.

    A report tells its total, then how the victims were found: "A shooting
    injured six people ... Four victims were found at the scene ... an
    additional victim walked into the hospital" is six, the fifth among them:
    the increment goes on from the count of victims told just before it (of
    the hurt or of the victims at large, by any source), not from the total.
    Where that count is smaller than an exact injured total of the
    increment's own origin told before it, and the count and the increment
    come to no more than that total, the increment is held in it. Right after
    the total itself ("Six were hurt. Another victim walked in later":
    seven), or past it, it adds; under another source's total ("seven were
    hurt, a security source said ... Four were hurt in one blast ... another
    three in the second") it goes on from the report's own count, which
    stands apart (:func:`held_in_report`)."""
    if claim.category != INJURED or not claim.value.incremental or claim.value.low is None:
        return None
    document = _document(claim)
    counts = [c for c in claims if _document(c) == document and c.category in (INJURED, CASUALTIES)
              and c.part_of is None and not c.negated and not c.value.incremental and c.value.low is not None
              and c.value.low == c.value.high and c.span[0] < claim.span[0]]
    if not counts:
        return None
    count = counts[-1]
    wholes = [c for c in before if c.part_of is None and not c.value.incremental and not c.negated
              and c.value.low is not None and c.value.low == c.value.high and c.span[0] < count.span[0]
              and origin_of(c) == origin_of(claim) and _same_people(c, claim)]
    if not wholes:
        return None
    whole = max(wholes, key=lambda c: c.value.low)
    top = claim.value.high if claim.value.high is not None else claim.value.low
    return whole if count.value.low < whole.value.low and count.value.low + top <= whole.value.low else None


def zeros_beside_counts(claims: list[Claim]) -> dict[str, str]:
    """Claim id -> the id of a count of the same report that a zero stands beside.

    A report that counts some hurt and then says none were hurt denies others
    or some of them, not its own count: "a 13-year-old boy suffered a gunshot
    wound ... no one else was hurt", "at least six people were injured, none
    of them seriously", "five people were shot ... none of the children were
    injured". Within one report and category, a zero ([0, 0], negated) is set
    aside where the report gives a count above 0 (not denied) of people the
    zero can be (:func:`_same_people`), given by the zero's own source or
    told before it; it is listed in that count's figure. A zero of a named
    side ("no police officers were injured") beside a count of people of
    unknown role is a figure of its own.
    A zero of a report with no such count ("no one was hurt") is a claim of 0."""
    counts: dict[tuple[str, str], list[Claim]] = {}
    for claim in claims:
        if not claim.negated and claim.value.low is not None and claim.value.low >= 1:
            counts.setdefault((_document(claim), claim.category), []).append(claim)
    out: dict[str, str] = {}
    for claim in claims:
        if not (claim.negated and claim.value.low == 0 and claim.value.high == 0):
            continue
        beside = [c for c in counts.get((_document(claim), claim.category), ())
                  if claim.subject.role in ("unknown", c.subject.role) and _same_people(c, claim)
                  and (origin_of(c) == origin_of(claim) or c.span[0] < claim.span[0])]
        if beside:
            out[claim.id] = max(beside, key=lambda c: c.value.low).id
    return out


def _others_among(claim: Claim, before: list[Claim], top: int | None) -> Claim | None:
    """The larger hurt figure of the report, told before by another source, that
    holds "others" ("Five people were shot, including one man shot 10 times,
    police said ... Four others were taken to the hospital": the four are of the
    five, told after the one), or None. Within one origin its folding decides
    (:func:`_told_in_total`); "others" of one report larger than anything told
    before are more ("one man was shot ... two others were hurt")."""
    if top is None:
        return None
    wholes = [w for w in before if origin_of(w) != origin_of(claim) and w.part_of is None and not w.negated
              and not w.value.incremental and not w.value.vague and w.value.low is not None
              and w.value.low > top and _same_people(w, claim)]
    return max(wholes, key=lambda w: w.value.low) if wholes else None


def _of_others(claim: Claim) -> bool:
    """Does the figure count "others" ("two others were wounded")? They are
    apart from the people told before them: "a man and two others were shot"
    is three, the man is none of the two."""
    return bool(OTHERS & set((claim.subject.text or "").lower().split()))


def _one_person(claim: Claim) -> bool:
    return claim.value.low == 1 and claim.value.high == 1 and not claim.value.vague and not claim.value.incremental


def _head(claim: Claim) -> str:
    """The last word of the counted noun phrase, lower-cased ("Holt", "boy" of "17-year-old boy")."""
    words = (claim.subject.text or "").split()
    return words[-1].lower() if words else ""


def _named_again(claim: Claim) -> bool:
    """Does the figure name one person already known: a name ("Roberts") or a definite "the boy"?"""
    text = claim.value.text.strip()
    return text.lower() in ("the", "this", "that") or (text[:1].isupper() and text.lower() not in (
        "a", "an", "one", "the", "another"))


@dataclasses.dataclass(frozen=True)
class Split:
    """What a figure of casualties told by one number becomes (:func:`casualties_split`)."""

    category: str  # the outcome it is left as: the dead or the hurt
    low: int | None  # the casualties' low less the told part's high (None: open)
    high: int | None  # the casualties' high less the told part's low (None: open)
    best: int  # the casualties' stated number less the told part's best (its most reliable source's)
    told: list[str]  # every claim of the told part it rests on
    text: str  # what it says, for the figure's lines: "22 casualties less at least two killed"
    note: str  # how it was derived, for the figure's notes


def casualties_split(claims: list[Claim], parts: dict[str, str]) -> dict[str, Split]:
    """Casualties claim id -> :class:`Split` for a figure of the dead and the hurt told together
    (:data:`SPLIT_CUE_RULES`: "killed and wounded 22", "10 casualties") whose report tells one of
    the two on its own and not the other: the casualties less that part are the other ("killed
    and wounded 22 ... at least two people were killed": at most 20 injured; "15 killed or wounded
    ... five were wounded": 10 killed).

    The told part is every figure of its outcome in the casualties' report that can be some of
    them (:func:`_may_be_part`: not a part, negated, incremental, a tally or open below; the same
    people, never a named armed side beside people of another role, not told as another happening
    or on another day, not "two of the dead"). Its sources are folded as :func:`reconcile` folds
    them, and where they disagree the whole range is carried: the low is the casualties' low less
    the part's largest high, the high the casualties' high less its smallest low ("12 casualties
    ... three killed, police said ... five, the army said": 7 to 9 injured). An open bound stays
    open: a part open above ("at least two") leaves no floor ("at most 20"). The best is the
    casualties' stated number less the part's ``ucdp`` best (:func:`_ucdp_choice`: 12 less 3 is 9,
    beside the 3 killed). Only where the casualties are no part themselves and something is left."""
    out: dict[str, Split] = {}
    for claim in claims:
        value = claim.value
        if claim.category != CASUALTIES or claim.id in parts or claim.negated or value.incremental \
                or claim.scope == "tally" or claim.cue is None or not SPLIT_CUE_RULES.match(claim.cue.rule) \
                or value.low is None:
            continue
        told = {category: [c for c in claims if c.category == category and c.id not in parts
                           and _may_be_part(c, claim)]
                for category in (KILLED, INJURED)}
        if bool(told[KILLED]) == bool(told[INJURED]):
            continue  # neither part told apart, or both: the casualties stay a figure of their own
        category, other = (INJURED, KILLED) if told[KILLED] else (KILLED, INJURED)
        origins = _fold_origins(told[other], [])
        part_low = min(o.low or 0 for o in origins)
        part_high = None if any(o.high is None for o in origins) else max(o.high for o in origins)
        part_best = _ucdp_choice(origins)[0].stated or 0
        low = None if part_high is None or value.low - part_high < 1 else value.low - part_high
        high = None if value.high is None else value.high - part_low
        best = (approximate_number(claim) or value.low) - part_best
        if best < 1 or (high is not None and high < 1):
            continue  # the part is all of them, or more: nothing is left to count
        ids = [c.id for c in told[other]]
        shown = " or ".join(dict.fromkeys(c.value.text.lower() for c in told[other]))
        outcome, part_outcome = category.split(".")[-1], other.split(".")[-1]
        note = (f"{claim.id} (casualties {value.text}, {_show(value.low, value.high)}) counts the dead and the "
                f"hurt together; its report tells the {part_outcome} apart ({', '.join(ids)}: "
                f"{_show(part_low, part_high)}, best {part_best}), so it is {_show(low, high)} {outcome}, best {best}: "
                f"the low less the part's high, the high less its low, the stated {approximate_number(claim) or value.low} "
                f"less the part's best")
        out[claim.id] = Split(category, low, high, best, ids, f"{value.text} casualties less {shown} {part_outcome}",
                              note)
    return out


def _may_be_part(part: Claim, casualties: Claim) -> bool:
    """Can a killed or injured figure be the told part of a figure of casualties, some of the same
    people hurt in the same happening?

    * its report's, a figure of its own (not negated, incremental, a tally, open below, the
      shooter's own harm or a death of some of the hurt told apart);
    * the same people (:func:`_same_people`), and where one role is named and the other unknown,
      not an armed side's: "At least two attackers were killed by guards" are not among the 22
      the bombing killed and wounded;
    * not told as another happening: its sentence or the casualties' (when they differ) has no
      word of ``[separation]`` (data/events.toml: "separately", "in a separate ambush"), and both
      dated, their days meet, or the part comes later and is told as some of them ("Three of them
      died in hospital on Tuesday": the hurt who died later, :func:`_of_them`);
    * not "two of the dead" (a ``noun:`` cue on "N of the/those/these"): a part of an untold
      number of dead, not their count."""
    value = part.value
    if _document(part) != _document(casualties) or part.negated or value.incremental or part.scope == "tally" \
            or value.low is None or is_own_harm(part) \
            or (part.cue is not None and part.cue.rule.startswith(DIED_OF_HURT_RULE)):
        return False
    roles = {part.subject.role, casualties.subject.role}
    if not _same_people(part, casualties) or (len(roles) > 1 and "combatant" in roles):
        return False
    if any(_another_happening(c.sentence) for c in (part, casualties)) and part.sentence != casualties.sentence:
        return False
    if part.time is not None and casualties.time is not None and part.time.start and casualties.time.start and (
            (part.time.end or part.time.start) < casualties.time.start
            or (casualties.time.end or casualties.time.start) < part.time.start and not _of_them(part)):
        return False
    return not (part.cue is not None and part.cue.rule.startswith("noun:") and re.search(
        rf"\b{re.escape(value.text)}\s+of\s+(?:the|those|these)\b", part.sentence, re.IGNORECASE))


def _of_them(part: Claim) -> bool:
    """Is the part's figure told as some of people just named ("three of them", "two of whom")?"""
    return bool(part.value.text) and re.search(
        rf"\b{re.escape(part.value.text)}\s+of\s+(?:them|whom)\b", part.sentence or "", re.IGNORECASE) is not None


def _another_happening(sentence: str) -> bool:
    """Does a sentence say, in so many words, that it tells another happening? A word of
    ``separation.words`` or ``separation.adjectives`` of data/events.toml anywhere in it
    ("Separately, ...", "in a separate ambush"), "another" only before one of its nouns ("in
    another incident"). Read without the parse (the events stage's :func:`_separated` reads it),
    so wider: a split it stops only leaves the casualties a figure of their own."""
    rules = load().events
    words = re.findall(r"[a-z]+", sentence.lower())
    return any(w in rules.separation_words or (w in rules.separation_adjectives and w != "another")
               or (w == "another" and i + 1 < len(words) and words[i + 1] in rules.separation_nouns)
               for i, w in enumerate(words))


def _another_place(sentence: str) -> bool:
    """Does a sentence tell a place beside another in so many words ("in a neighbouring village",
    "at a nearby checkpoint": ``separation.place_adjectives`` of data/events.toml)? Two voices'
    figures there may be of two places, not one toll told two ways."""
    adjectives = load().events.separation_place_adjectives
    return any(w in adjectives for w in re.findall(r"[a-z]+", sentence.lower()))


def hit_less_the_dead(claims: list[Claim], parts: dict[str, str]) -> dict[str, tuple[int, list[str]]]:
    """Claim id -> (how many dead to take away, the killed claims that say so)
    for the injured figures that count everyone hit, the dead too.

    "Five people were shot at a party ... One of them died at the hospital":
    five were hit, four are injured (injured excludes killed, as the Gun
    Violence Archive and casualty coders count). Within one report, an
    injured figure whose outcome word counts those hit (:data:`HIT_CUES`),
    exact, and not of "others" (:data:`OTHERS`: "one was killed and four others
    were shot" already leaves the dead out) gives its count less the report's
    largest exact killed figure (not a part of another), none below 0: where the
    report's dead are more than those hit ("three were found dead ... he shot his
    two sons"), everyone hit is among the dead, unless the hit are of a named side
    the dead are not ("killed five villagers ... two attackers were shot by
    guards": two attackers hurt). A report that tells no dead of its own ("Five men were
    shot" in one outlet, "One person is dead and four others are injured" in
    another) is read less the largest of the other reports' (the event's) that
    can count the same people, unless another report's injured figure that
    leaves the dead out already is the same number ("4 shot"; "two killed and
    four others wounded": the four wounded)."""
    killed: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.category == "people.killed" and claim.id not in parts and not claim.negated \
                and claim.value.low is not None and claim.value.low == claim.value.high and claim.value.low > 0 \
                and not claim.value.incremental:
            killed.setdefault(_document(claim), []).append(claim)
    out: dict[str, tuple[int, list[str]]] = {}
    for claim in claims:
        value = claim.value
        died = _died_of_them(claim, killed.get(_document(claim), ()))
        if died is not None and claim.id not in parts and not claim.negated and value.low is not None:
            out[claim.id] = (died.value.low, [died.id])  # "one of four women wounded ... has died": three hurt
            continue
        if claim.category != INJURED or claim.id in parts or claim.negated or value.incremental \
                or claim.cue is None or claim.cue.text.lower() not in HIT_CUES or value.low is None \
                or value.low != value.high or _of_others(claim):
            continue
        own = killed.get(_document(claim))
        if not own and any(_document(c) != _document(claim) and c.category == "people.injured" and c.id not in parts
                           and not c.negated and _interval(c) == _interval(claim) and _of_others_or_wounded(c)
                           for c in claims):
            continue  # "4 shot" in one report, "two killed and four others wounded" in another: those wounded
        dead = own or [c for group in killed.values() for c in group if _same_people(c, claim)]
        if not dead:
            continue
        most = max(c.value.low for c in dead)
        at_most = [c for c in dead if c.value.low == most]
        if most <= value.low or (own and all(c.subject.role == claim.subject.role
                                             or {c.subject.role, claim.subject.role} <= UNARMED for c in at_most)):
            # more dead than hit in the report itself ("three were found dead ... he shot his
            # two sons"): every one hit is among the dead, none of them hurt
            out[claim.id] = (most, [c.id for c in at_most])
    return out


def hurt_less_their_dead(claims: list[Claim], parts: dict[str, str],
                         by_id: dict[str, Claim]) -> dict[str, tuple[int, list[str]]]:
    """Injured claim id -> (how many of them died, the killed claims that say
    so), for a death the claims stage tells of some of the hurt just before
    (:data:`DIED_OF_HURT_RULE`: "Two of the guards were injured, one of whom
    later died"; "Twelve were taken to hospital, where one victim died"): the
    latest injured figure before it in its sentence, or the figure that holds
    it ("30 were wounded ... Twelve were taken to hospital": the thirty), counts
    one fewer hurt. The death itself adds to the dead (it is incremental)."""
    out: dict[str, tuple[int, list[str]]] = {}
    for death in claims:
        if death.category != KILLED or death.cue is None or not death.cue.rule.startswith(DIED_OF_HURT_RULE) \
                or death.id in parts or death.value.low is None:
            continue
        hurt = [c for c in claims if c.category == INJURED and c.sentence == death.sentence and not c.negated
                and _document(c) == _document(death) and c.span[0] < death.span[0]
                and (c.value.low or 0) >= death.value.low]
        if not hurt:
            continue
        whole = _whole(hurt[-1], by_id, parts)
        if whole.category != INJURED:
            continue
        before = out.get(whole.id, (0, []))
        out[whole.id] = (before[0] + death.value.low, before[1] + [death.id])
    return out


def _died_of_them(claim: Claim, dead: Iterable[Claim]) -> Claim | None:
    """The killed figure of the same sentence that counts some of an injured
    figure's people as its whole ("One of four women wounded in the shooting
    has died": the one, of the four), or None: its subject is the injured
    figure's own words (number and noun), and it is smaller."""
    if claim.category != INJURED or claim.value.low is None or claim.value.low != claim.value.high \
            or not claim.value.text or not claim.subject.text:
        return None
    words = " ".join(f"{claim.value.text} {claim.subject.text}".lower().split())
    for death in dead:
        if death.sentence == claim.sentence and death.span[0] < claim.span[0] \
                and " ".join((death.subject.text or "").lower().split()) == words \
                and death.value.low < claim.value.low:
            return death
    return None


def _of_others_or_wounded(claim: Claim) -> bool:
    """An injured figure that leaves the dead out already: of "others", or told by a word that is no hit."""
    return _of_others(claim) or claim.cue is None or claim.cue.text.lower() not in HIT_CUES


def origin_of(claim: Claim) -> str:
    """The key under which a claim's evidence counts once. A claim that names no
    source is its report's own: within one report ``"article"``; among the
    claims of several reports (ids "<document id>:<claim id>", see
    :func:`fogcount.stages.link.qualified`) ``"article:<document id>"``, so two
    outlets' unattributed figures are two origins, not one."""
    if claim.source is None:
        document = claim.id.rpartition(":")[0]
        return f"{ARTICLE_ORIGIN}:{document}" if document else ARTICLE_ORIGIN
    if claim.source.origin:
        return claim.source.origin
    return claim.source.speaker.strip().lower() or ARTICLE_ORIGIN


def _text_order(claims: list[Claim]) -> list[Claim]:
    return [c for _, c in sorted(enumerate(claims), key=lambda ic: (ic[1].span[0], ic[1].span[1], ic[0]))]


def origin_figures(claims: list[Claim], *, in_order: bool = False) -> dict[str, tuple[int | None, int | None]]:
    """Per origin, the (low, high) its claims come to after reprints,
    increments, other actors' figures and later figures (the folding
    :func:`reconcile` does): "Three men were killed ... A fourth person died
    later. 4 fatalities." is one origin's 4, not a choice between 3, 1 and 4.
    An origin that gives only increments ("Two more died later", with no
    figure of its own before) says how many more, not how many in all, and is
    left out when another origin gives a total. A figure a larger one of its
    report holds (:func:`held_in_report`: "a 20-year-old man" among "six people")
    is no origin's figure. Claims are taken in text order (``in_order``: as
    given, see :func:`reconcile`); notes are not kept."""
    ordered = list(claims) if in_order else _text_order(claims)
    held = held_in_report(ordered)
    ordered = [c for c in ordered if c.id not in held]
    origins = _fold_origins(ordered, [])
    totals = [o for o in origins if not all(c.value.incremental for c in o.chain)]
    return {o.key: (o.low, o.high) for o in (totals or origins)}


def _fold_origins(claims: list[Claim], notes: list[str], restated: frozenset[str] = frozenset()) -> list[_Origin]:
    """The claims (in reading order) grouped by origin, each origin folded;
    ``restated``: increments that tell their report's hurt again
    (:func:`others_beside_their_dead`)."""
    by_origin: dict[str, list[Claim]] = {}
    for claim in claims:
        by_origin.setdefault(origin_of(claim), []).append(claim)
    return [_fold(key, chain, notes, restated) for key, chain in by_origin.items()]


def others_beside_their_dead(claims: list[Claim]) -> frozenset[str]:
    """The ids of injured increments of "others" that count the hurt apart
    from the dead their own sentence tells first, not apart from the hurt told
    before: "wounded a mother and her son ... killing a deacon and wounding
    three others" is three hurt, not five; "A man was killed and six others
    shot" after "wounding six others" is six, not twelve. Within one report
    only: a numbered figure whose counted noun says "other(s)" (not "another",
    "more", "additional": those add), after a figure of the dead in the same
    sentence of the same report that is neither denied nor a part. Such a
    figure replaces its origin's earlier one (:func:`_fold`) where it would
    have added to it."""
    dead: dict[tuple[str, str], list[int]] = {}
    for claim in claims:
        if claim.category == KILLED and not claim.negated and claim.part_of is None:
            dead.setdefault((_document(claim), claim.sentence), []).append(claim.span[0])
    restated = set()
    for claim in claims:
        words = set((claim.subject.text or "").lower().split())
        if (claim.category == INJURED and claim.value.incremental and not claim.negated
                and words & {"other", "others"} and not words & ADDING
                and claim.value.text.lower() not in table().incremental and not _another_happening(claim.sentence)
                and any(start < claim.span[0] for start in dead.get((_document(claim), claim.sentence), []))):
            restated.add(claim.id)
    return frozenset(restated)


def explain(figure: Figure) -> list[str]:
    """One plain-English line per bound: "low 20: tens, Gen. Hamed Al-Maliki
    via a Ministry of Defense video (c18) is the lowest figure of the
    independent credible sources". The lines :func:`reconcile` wrote into ``notes``;
    for a figure without them, lines naming the claim ids only."""
    lines = [n for n in figure.notes if _BOUND_LINE.match(n)]
    if lines:
        return lines
    low_reason = "is the lowest figure of the independent credible sources"
    best_reason = {
        "conservative": "is the low, under the conservative policy",
        "ucdp": "is the figure of the most reliable independent source",
        "median": "is the median of the sources' figures",
    }.get(figure.policy, f"is chosen by the {figure.policy} policy")
    return [
        _bound_line("low", figure.low, figure.low_claims, low_reason),
        _bound_line("best", figure.best, figure.best_claims, best_reason),
        _bound_line("high", figure.high, figure.high_claims, "is the largest figure claimed"),
    ]


# ---------------------------------------------------------------- one figure


def _reconcile_group(category: str, role: str, claims: list[Claim], policy: str, discount: bool,
                     parts: dict[str, str], held: dict[str, str], by_id: dict[str, Claim],
                     less: dict[str, tuple[int, list[str]]], zeros: dict[str, str],
                     split: dict[str, Split] | None = None, restated: frozenset[str] = frozenset()) -> Figure:
    figure = Figure(
        category=category,
        role=role,  # type: ignore[arg-type]
        claims=[c.id for c in claims],
        policy=policy,
        partisan_claims=[c.id for c in claims if c.source is not None and c.source.partisan is True],
    )
    notes: list[str] = []
    ids = {c.id for c in claims}
    counted: list[Claim] = []
    for claim in claims:
        value = claim.value
        if claim.id in held and held[claim.id] in ids:
            whole = by_id[held[claim.id]]
            notes.append(f"{claim.id} ({value.text}) is held in {whole.id} ({whole.value.text}), the larger figure "
                         "of the same report: some of them, not a figure of its own")
        elif claim.id in zeros and zeros[claim.id] in ids:
            count = by_id[zeros[claim.id]]
            notes.append(f"{claim.id} ({value.text}) is a zero beside {count.id} ({count.value.text}), which its "
                         "report counts: it denies others or some of them, not the figure")
        elif parts.get(claim.id) in ids and parts[claim.id] != claim.id:
            notes.append(f"{claim.id} ({value.text}) is part of {parts[claim.id]}: evidence for the part, "
                         "not a figure of its own")
        elif claim.negated and not (value.low == 0 and value.high == 0):
            notes.append(f"{claim.id} ({value.text}) is denied (negated): it bounds nothing")
        elif value.low is None and value.high is None:
            notes.append(f"{claim.id} ({value.text}) is vague with no bounds: listed, it bounds nothing")
        else:
            if claim.id in less:
                dead, killed = less[claim.id]
                whose = "its report" if all(_document(by_id[k]) == _document(claim) for k in killed) \
                    else "the other reports"
                notes.append(f"{claim.id} ({value.text} {claim.cue.text if claim.cue else 'hit'}) counts the {dead} "
                             f"dead of {whose} ({', '.join(killed)}) too: {value.low} injured")
            if split and claim.id in split:
                notes.append(split[claim.id].note)
            if claim.negated:
                notes.append(f"{claim.id} (negated {value.text}) is a claim of 0")
            counted.append(claim)

    origins = _fold_origins(counted, notes, restated)
    for origin in origins:
        if split and len(origin.chain) == 1 and origin.chain[0].id in split:
            origin.derived = split[origin.chain[0].id].best
    figure.independent_sources = len(origins)
    if not origins:
        notes[:0] = [f"{bound} none: no claim bounds the figure" for bound in ("low", "best", "high")]
        figure.notes = notes
        return figure

    credible = origins
    if discount:
        fair = [o for o in origins if o.partisan is not True]
        if fair and len(fair) < len(origins):
            left_out = [i for o in origins if o.partisan is True for i in o.ids]
            notes.append(
                f"partisan claims ({', '.join(left_out)}) set neither the low nor the best: "
                "discount_partisan is on and non-partisan claims exist; they still count for the high"
            )
            credible = fair
        elif not fair:
            notes.append("every source is a party to the fighting: discount_partisan has nothing else to use")

    lines = []
    # low: the lowest figure an independent credible origin gives (its lower bound where it
    # has one, else its stated number): the range shows the disagreement (DESIGN.md,
    # "Reconciliation"). A hedged figure ("suspected fighters", "reportedly", "claimed") sets
    # it only where nothing firmer exists; it still counts for the best and the high.
    forcing = [o for o in credible if not o.hedged] or credible
    if len(forcing) < len(credible):
        hedged = [i for o in credible if o.hedged for i in o.ids]
        notes.append(f"hedged claims ({', '.join(hedged)}) do not set the low; they count for the best and high")
    # a figure derived as the casualties less a part open above ("at most 20") gives no floor
    floors = [o for o in forcing if o.derived is None or o.low is not None]
    if floors:
        figure.low = min(o.figure for o in floors)
        at_low = [o for o in floors if o.figure == figure.low]
        reason = _are(at_low, "the lowest figure of the independent credible sources")
        if policy == "conservative":
            reason += " (conservative: ACLED keeps the most conservative figure)"
        lines.append(_bound_line("low", figure.low, _ids(at_low), reason, at_low))
        figure.low_claims = _ids(at_low)
    else:
        figure.low, at_low = None, []
        lines.append(f"low none: {'; '.join(_describe(o) for o in forcing)} "
                     f"{'bounds' if len(forcing) == 1 else 'each bound'} the figure only from above: "
                     "the part its report tells apart is open above, so no floor is told")

    # high
    figure.high = max(o.top for o in origins)
    at_high = [o for o in origins if o.top == figure.high]
    reason = _are(at_high, "the largest figure claimed")
    if all(o.high is None for o in at_high):
        reason += " (open above: it counts as its lower bound)"
    lines.append(_bound_line("high", figure.high, _ids(at_high), reason, at_high))
    figure.high_claims = _ids(at_high)

    # best
    if policy == "conservative":
        figure.best, figure.best_claims = figure.low, list(figure.low_claims)
        lines.insert(1, _bound_line("best", figure.best, figure.best_claims,
                                    _are(at_low, "the low, under the conservative policy"), at_low)
                     if figure.low is not None else "best none: the low, under the conservative policy, is open")
    else:
        if policy == "ucdp":
            o, first = _ucdp_choice(credible)
            chosen = [o]
            best = o.stated
            partisan = {False: "not partisan", None: "partisanship unknown", True: "partisan"}[o.partisan]
            if o.derived is not None:
                reason = (f"is the casualties' stated number less the best of the part its report tells apart "
                          f"({o.kind}, {partisan}): the dead and the hurt told together, the other part told apart")
            elif o is not first and o.exactness == "exact":
                reason = (f"is the exact figure of an independent source ({o.kind}, {partisan}) within the open "
                          f"figure of the most reliable one ({_describe(first)}): it says the same more precisely")
            elif o is not first:
                reason = (f"is the higher floor of an independent source ({o.kind}, {partisan}) within the open "
                          f"figure of the most reliable one ({_describe(first)}): both are floors, and it is "
                          "the highest within it, the tightest")
            elif best != o.figure:
                reason = (f"is the number the most reliable source ({o.kind}, {partisan}) states, "
                          f"approximately: the middle of its [{o.low}, {o.high}]")
            elif len(credible) == 1:
                reason = f"is the figure of the only source ({o.kind}, {partisan}, {o.exactness})"
            else:
                reason = (f"is the figure of the most reliable independent source "
                          f"({o.kind}, {partisan}, {o.exactness}; ranked first of {len(credible)})")
        else:
            figures = sorted(o.figure for o in credible)
            best = statistics.median_low(figures)
            chosen = [o for o in credible if o.figure == best]
            sources = f"{len(figures)} independent source{'s' if len(figures) > 1 else ''}"
            reason = _are(chosen, f"the median of the figures of {sources} ({', '.join(map(str, figures))})")
        if figure.low is not None and best < figure.low:
            notes.append(
                f"best raised from {best} ({', '.join(_ids(chosen))}) to the low {figure.low}: "
                f"the {policy} figure is below what other claims force"
            )
            best, chosen = figure.low, at_low
            reason = _are(chosen, f"the low: the {policy} figure was below it")
        figure.best, figure.best_claims = best, _ids(chosen)
        lines.insert(1, _bound_line("best", best, figure.best_claims, reason, chosen))
    notes.extend(_bodies_notes(counted))
    figure.notes = lines + notes
    return figure


def _bodies_notes(counted: list[Claim]) -> list[str]:
    """A killed figure told as bodies found ("12 bodies were recovered",
    ``evidence: "bodies"``) counts the dead found so far, not all who died: a
    reader weighing the bounds should know which of them are body counts."""
    bodies = [c for c in counted if c.evidence == "bodies"]
    if not bodies:
        return []
    told = ", ".join(f"{c.id} ({c.value.text})" for c in bodies)
    return [f"{told} count{'s' if len(bodies) == 1 else ''} bodies found: the dead found so far, "
            "a floor where others may not have been found"]


def _ucdp_choice(credible: list[_Origin]) -> tuple[_Origin, _Origin]:
    """The origin whose figure is the ``ucdp`` best, and the most reliable one
    (the same, but where the exact figure below is taken): the most reliable
    (:meth:`_Origin.rank`), where a word with no number ("many", "scores") is no
    best while a source not party to the fighting gives a number (against a
    party's number only, "doctors said dozens" against the Taliban's 3, it ranks
    by its source). When that figure is open above ("at least four people were
    shot") and another credible origin gives an exact number within it and
    close to its bound (at most :data:`WITHIN_OPEN_RATIO` times it: "three men
    and two women were hurt", not "40"), that number says the same more
    precisely: the most reliable of those is taken, a party's only over a party's,
    but none below a higher floor within the ratio ("22, the Red Cross said"
    against "at least 25, police said": that floor says there were more).
    Where no exact number is taken, a higher floor of another origin, open above
    too, within the same ratio ("over 20" by the outlet, "at least 25" by an
    official) is: both are floors of the happening, and the higher one is the
    tighter, so of several the highest ("at least 25" and "at least 39": 39),
    rank breaking ties only. A vague word ("dozens") is no such floor, and a
    range or an "up to" ("as many as nine") bounds from above, so it is none
    either."""
    numbered = any(not o.vague and o.partisan is not True for o in credible)

    def key(o: _Origin) -> tuple:
        return (o.vague and numbered, *o.rank())

    first = min(credible, key=key)
    first = _most_told(first, [o for o in credible if key(o)[:4] == key(first)[:4]], key)
    if first.high is not None or first.low is None:
        return first, first
    within = [o for o in credible if o is not first
              and (o.exactness == "exact" or (o.exactness == "range" and o.high is None and o.low > first.low))
              and first.low <= o.low <= first.low * WITHIN_OPEN_RATIO
              and (o.partisan is not True or first.partisan is True)]
    # a floor told of happenings in the plural or over an area ("in attacks across the province") may be a
    # roundup of more than this happening: it widens the high, it is no best
    floors = [o for o in within if o.exactness == "range" and not any(_roundup(c.sentence or "") for c in o.chain)]
    # an exact figure below another floor within the ratio ("22, the Red Cross said" against "at least 25,
    # police said") is no best: that floor says there were more
    exact = [o for o in within if o.exactness == "exact" and o.low >= max((f.low for f in floors), default=o.low)]
    if exact:
        return min(exact, key=key), first
    if floors:
        # the highest floor is the tightest ("at least 25" and "at least 39" within "over 20": 39), the most
        # reliable among equal floors
        return min(floors, key=lambda o: (-o.low, *key(o))), first
    return first, first


def _roundup(sentence: str) -> bool:
    """Does a sentence tell happenings in the plural or an area wider than one happening, in so
    many words? A plural of an action word of data/events.toml, of its ``separation.nouns`` or of
    the claims' tally happening nouns ("in attacks", "in raids", "shootings"), or an area phrase
    of the claims' ``[tally]`` table ("across the city"). Read without the parse, so wider than
    the claims' tally (which takes a bare plural for one spree): it only keeps a floor from being
    the best (:func:`_ucdp_choice`)."""
    events, claims = load().events, load().claims
    nouns = {w for w in events.by_word if " " not in w} | events.separation_nouns | claims.tally_happening_nouns
    words = re.findall(r"[a-z]+", sentence.lower())
    for i, w in enumerate(words):
        if w.endswith("s") and (w[:-1] in nouns or (w.endswith("es") and w[:-2] in nouns)):
            return True
        if w in claims.tally_area_prepositions and set(words[i + 1:i + 4]) & claims.tally_area_nouns:
            return True
    return False


def _most_told(first: _Origin, equals: list[_Origin], key) -> _Origin:
    """Among origins that rank equal (the same kind of source, partisanship and
    exactness: three outlets' own reporting), the figure most of them give:
    "five" in two outlets against "four" in one is five, whichever was told
    first. A figure given by no more origins than the first one's keeps the
    first (the tie-break of :meth:`_Origin.rank`)."""
    if len(equals) < 3:
        return first
    told = {}
    for o in equals:
        told.setdefault((o.low, o.high), []).append(o)
    most = max(told.values(), key=len)
    if len(most) > len(told[(first.low, first.high)]):
        return min(most, key=key)
    return first


def _no_other_time(claim: Claim, before: Claim) -> bool:
    """Is ``claim`` told of no other time than ``before``? True where it names no time
    of its own, or both name dates that meet, or the same words of time where a date is
    not known ("In 2012, a gunman killed a teacher and wounded four others" after "two
    students were wounded on Monday", "Two days later ... wounded 20 others" after "Six
    were wounded": another time)."""
    if claim.time is None or (claim.time.start is None and not claim.time.text):
        return True
    if before.time is None or (before.time.start is None and not before.time.text):
        return False  # "Six were wounded. Two days later ... wounded 20 others": a time of its own
    if claim.time.start is None or before.time.start is None:
        return (claim.time.text or "").lower() == (before.time.text or "").lower()
    return not ((claim.time.end or claim.time.start) < before.time.start
                or (before.time.end or before.time.start) < claim.time.start)


def _fold(key: str, claims: list[Claim], notes: list[str], restated: frozenset[str] = frozenset()) -> _Origin:
    """The figure one origin gives: reprints count once, increments and figures
    for other actors add, later and cumulative figures replace."""
    chain: list[Claim] = []
    low: int | None = None
    high: int | None = None
    vague = False
    reprints: list[Claim] = []
    for claim in claims:
        value = claim.value
        here = (value.low, value.high)
        other_side = chain and claim.subject.actor and all(
            c.subject.actor and c.subject.actor != claim.subject.actor for c in chain)
        if other_side and not value.cumulative:
            # "Forty GNA soldiers and eight LNA soldiers were killed": one origin's figures
            # for different actors are parts of the toll, and add.
            low = None if low is None and value.low is None else (low or 0) + (value.low or 0)
            high = None if high is None or value.high is None else high + value.high
            vague = vague or value.vague
            notes.append(f"{claim.id} ({value.text}, {claim.subject.actor}) adds to "
                         f"{', '.join(c.id for c in chain)} (other actors) from the same origin: now {_show(low, high)}")
            chain.append(claim)
            continue
        if value.incremental and chain:
            if any(c.value.incremental and _interval(c) == here and _channel(c) != _channel(claim) for c in chain):
                chain.append(claim)  # the same increment through another channel: a reprint
                reprints.append(claim)
                continue
            told = _told_in_total(claim, chain, low)
            if told:
                notes.append(f"{claim.id} ({value.text}) is {told} ({', '.join(c.id for c in chain)}): it adds nothing")
                chain.append(claim)
                reprints.append(claim)
                continue
        if value.incremental and chain and claim.id in restated and all(
                _document(c) == _document(claim) and _no_other_time(claim, c) for c in chain):
            # "killing a deacon and wounding three others": others than the dead of its own
            # sentence, the report's hurt told again, not more of them
            notes.append(f"{claim.id} ({value.text}) counts others than the dead its sentence tells first: "
                         f"it tells its report's hurt again and replaces {', '.join(c.id for c in chain)} "
                         f"({_show(low, high)})")
            chain = [claim.model_copy(update={"value": value.model_copy(update={"incremental": False})})]
            low, high, vague = here[0], here[1], value.vague
            continue
        words = set((claim.subject.text or "").lower().split())
        if value.incremental and chain and not value.vague and words & {"other", "others"} \
                and not words & ADDING and all(
                c.value.vague and _of_others(c) and _document(c) == _document(claim) and _no_other_time(claim, c)
                for c in chain):
            # "Several other people were injured ... Four other people were wounded": the number
            # says how many the vague word told, not four more (not when told at a time of its own: "In a
            # second attack an hour later, four others were wounded" are more)
            notes.append(f"{claim.id} ({value.text}) numbers the others {', '.join(c.id for c in chain)} "
                         f"({_show(low, high)}) told in a vague word: it replaces them")
            chain = [claim.model_copy(update={"value": value.model_copy(update={"incremental": False})})]
            low, high, vague = here[0], here[1], False
            continue
        if value.incremental and chain:
            low = None if low is None and value.low is None else (low or 0) + (value.low or 0)
            high = None if high is None or value.high is None else high + value.high
            vague = vague or value.vague
            notes.append(
                f"{claim.id} ({value.text}) adds to {chain[0].id} from the same origin: now {_show(low, high)}"
            )
            chain.append(claim)
            continue
        if chain and not value.incremental and here == _interval(chain[0]) and not chain[0].value.incremental:
            chain.append(claim)  # the same figure again: a reprint
            reprints.append(claim)
            continue
        if chain and value.vague and not vague and not value.cumulative and (
                _document(claim) == _document(chain[-1]) or (here[0] or 0) <= (low or 0) <= (here[1] or low or 0)):
            # "At least eight people were killed ... killing several innocent people": the
            # figure again in vaguer words, no update of it (a later report's word that cannot be
            # the figure, "several" after "two", is the origin's latest figure)
            notes.append(f"{claim.id} ({value.text}) repeats {', '.join(c.id for c in chain)} "
                         f"({_show(low, high)}) in vaguer words: it does not replace it")
            chain.append(claim)
            reprints.append(claim)
            continue
        if chain:
            how = (
                "supersedes (a cumulative figure)" if value.cumulative
                else "replaces (the same origin's later figure is kept)"
            )
            notes.append(f"{claim.id} ({value.text}) {how} {', '.join(c.id for c in chain)} ({_show(low, high)})")
        elif value.incremental:
            notes.append(f"{claim.id} ({value.text}) adds to nothing earlier from the same origin: taken alone")
        chain = [claim]
        low, high, vague = here[0], here[1], value.vague
    if reprints:
        notes.append(f"{', '.join(c.id for c in chain)} are one origin ({key}): the same figure repeated counts once")
    return _Origin(key, chain, low, high, vague, claims[0].span[0])


def _told_in_total(claim: Claim, chain: list[Claim], low: int | None) -> str | None:
    """Why an increment of one report ("another", "three others", "two more")
    adds nothing to its origin's figure there, or None when it adds.

    A report tells its toll first and its victims after: "left one dead and
    injured four others ... Two other men were also shot ... Another woman
    suffered a gunshot wound" is four injured, not seven; "Both men were
    killed, and three others were injured" printed twice on a page is three.
    Within one report (every claim of the origin's figure in it):

    * "others" told again: an increment of others equal to an earlier figure
      of others or increment of the same origin;
    * one of those counted (injured only): an increment of "other" people or
      of one person told without a number ("another"), no larger than the
      origin's injured figure when that already counts two or more ("Five men
      were shot ... three of the men ... and another": the fifth is among the
      five). People hurt are all hurt at once; the dead are not: "Two people
      died ... Another person died later" is three.

    An increment after a figure of one person ("A man was shot ... Another man
    was shot"), a numbered one that is not of "others" ("another three"), one
    that plainly adds ("two more", "additional") and any increment over another
    report's figure add as before."""
    document = _document(claim)
    if any(_document(c) != document for c in chain):
        return None
    value = claim.value
    if _of_others(claim) and any((_of_others(c) or c.value.incremental) and _interval(c) == _interval(claim)
                                 for c in chain):
        return "the same others told again in its report"
    words = set((claim.subject.text or "").lower().split())
    unnumbered = value.high == 1 and value.text.lower() in table().incremental
    if (claim.category == INJURED and low is not None and low >= 2 and value.high is not None and value.high <= low
            and not words & ADDING and (unnumbered or words & {"other", "others"})):
        return f"among the {low} its report already counts"
    return None


# ---------------------------------------------------------------- words for people


def _describe(origin: _Origin) -> str:
    """ "more than 60, Jaafer Al-Husseini via the Al-Mada newspaper (c14)" """
    texts: list[str] = []
    for claim in origin.chain:
        text = claim.value.text
        if claim.negated and not text.lower().startswith(("no", "zero")):
            text = f"not {text}"
        if text.lower() not in (t.lower() for t in texts):
            texts.append(text)
    source = origin.chain[-1].source
    speaker = source.speaker if source is not None else "the article itself"
    channels: list[str] = []
    for claim in origin.chain:
        channel = _channel(claim)
        if channel and channel != speaker and channel not in channels:
            channels.append(channel)
    via = f" via {' and '.join(channels)}" if channels else ""
    return f"{' + '.join(texts)}, {speaker}{via} ({', '.join(origin.ids)})"


def _bound_line(bound: str, value: int | None, ids: list[str], reason: str,
                origins: list[_Origin] | None = None) -> str:
    if value is None:
        return f"{bound} none: no claim bounds the figure"
    if origins:
        who = "; ".join(_describe(o) for o in origins)
    else:
        who = ", ".join(ids) or "no claim"
    return f"{bound} {value}: {who} {reason}"


def _are(origins: list[_Origin], what: str) -> str:
    return f"{'is' if len(origins) == 1 else 'each give'} {what}"


def _ids(origins: Iterable[_Origin]) -> list[str]:
    return [i for o in origins for i in o.ids]


def _interval(claim: Claim) -> tuple[int | None, int | None]:
    return claim.value.low, claim.value.high


def _channel(claim: Claim) -> str | None:
    return claim.source.channel if claim.source is not None else None


def _show(low: int | None, high: int | None) -> str:
    return f"[{'open' if low is None else low}, {'open' if high is None else high}]"
