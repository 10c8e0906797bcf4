"""Event types: ACLED's ``event_type`` / ``sub_event_type`` and UCDP's
``type_of_violence`` for every event, read the way ACLED coders read a report.

The evidence is in the text: the weapon and how it was delivered (warplanes,
drones; artillery, mortars, rockets; roadside bombs, landmines; a suicide
bomber; a grenade; a chemical agent), who acts on whom (armed groups fighting
each other; an armed group against civilians; police against protesters),
and what changed (territory taken or retaken, a base set up, an agreement,
arrests, weapons seized or defused, looting). The cue sets, their weights and
the order that breaks ties are data (``data/event_types.toml``, where the
decision is described step by step); this module matches them and applies
the decision. Claims add what the text counted: who was killed or wounded
(civilians or fighters), who was arrested or abducted.

- :func:`classify` types a text (one event's sentences, or a whole snippet);
- :func:`type_event` types one event of a report from its sentences, claims
  and actors;
- :func:`type_events` types every event of a report (the pipeline stage);
- :func:`type_report_text` types a short text's main event (the whole
  snippet), ``Other`` when it has no event (:func:`fogcount.pipeline.type_snippet`
  runs the pipeline on a bare text first).

Needs: events (with their sentence), claims, and the action words the events
stage found to report no happening (their cues are no evidence). Fills: ``Event.event_type``,
``Event.sub_event_type``, ``Event.type_of_violence``.
"""

from __future__ import annotations

import bisect
import collections
import dataclasses
import functools
import itertools
import re
from collections.abc import Iterable

from ..models import Claim, Event, Report
from ..rules import load
from ..settings import Settings
from ..vocabulary import Vocabulary
from .base import DocumentState, Stage

NAME = "event_types"
VERSION = "5"  # what each version changed: docs/stage-history.md


# Words an attack cue looks at for its target, after it (or before it, in the passive).
_TARGET_REACH = 10
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")
_WORD = re.compile(r"\w[\w'-]*")
_WINDOW_CHARS_PER_WORD = 16  # the text scanned back per word wanted before a cue, before the whole sentence is


# ---------------------------------------------------------------- the tables


@dataclasses.dataclass(frozen=True)
class CueSet:
    name: str
    weight: float
    sub_event_type: str | None
    cues: tuple[tuple[str, re.Pattern, float], ...]  # cue, its regex, its weight
    cap: int | None  # at most this many distinct cues score
    doc: str
    # per cue, lower-case strings one of which any match contains (its first word's stem):
    # a cue whose strings are all absent from the text is not run
    needles: tuple[tuple[str, ...], ...] = ()


@dataclasses.dataclass(frozen=True)
class TypeRules:
    sets: dict[str, CueSet]
    rewrites: tuple[tuple[re.Pattern, str], ...]
    precedence: tuple[str, ...]
    event_type: dict[str, str]
    organised: frozenset[str]
    gap: int
    secondary: frozenset[str]
    threshold: float
    weapons: tuple[str, ...] = ()  # the sets that name a weapon
    combined: frozenset[str] = frozenset()  # sets whose sub-type classify() scores from other sets too
    passive: re.Pattern | None = None  # the words before an attack cue that make it passive


def _word_forms(word: str) -> str:
    """A regex for one cue word with its regular inflections (see the table's header)."""
    if word.startswith("(") and word.endswith(")"):
        return "(?:" + "|".join(_word_forms(w) for w in word[1:-1].split("|")) + ")"
    if "-" in word.strip("-"):  # "self-detonat*": pieces joined by a hyphen, a space or nothing; the last inflected
        *head, last = word.split("-")
        exact = word.startswith("=")
        head = [p.lstrip("=") for p in head]
        return r"[\s-]?".join([re.escape(p) for p in head] + [_word_forms(("=" if exact else "") + last)])
    if word.startswith("="):
        return re.escape(word[1:])
    if word.endswith("*"):
        return re.escape(word[:-1]) + r"[\w'-]*"
    w = word
    forms = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing"}
    if w.endswith("e"):
        forms |= {w[:-1] + "ing"}
    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        forms |= {w[:-1] + "ies", w[:-1] + "ied"}
    if len(w) >= 3 and w[-1] not in "aeiouwxy" and w[-2] in "aeiou" and w[-3] not in "aeiou":
        forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    return "(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + ")"


def cue_needles(cue: str) -> tuple[str, ...]:
    """Lower-case strings one of which every match of ``cue`` contains: the
    stem its first word's forms share ("fire" -> "fir", "=IED" -> "ied",
    "(drone|uav)" -> "drone", "uav"). Empty when no such string is known."""
    first = re.findall(r"\([^)]*\)|\S+", cue)[:1]
    if not first or first[0] == "~":
        return ()
    word = first[0]
    words = word[1:-1].split("|") if word.startswith("(") and word.endswith(")") else [word]
    needles = []
    for w in words:
        exact, inflected = w.startswith("="), "-" not in w.strip("-") and not w.endswith("*")
        w = w.lstrip("=").split("-")[0].rstrip("*")
        if not exact and inflected and w[-1:] in ("e", "y"):
            w = w[:-1]  # "strike" -> "strik(ing)", "fly" -> "fl(ies)"
        if not w or w.startswith("("):
            return ()
        needles.append(w.lower())
    return tuple(needles)


def compile_cue(cue: str, gap: int) -> re.Pattern:
    """A cue phrase as a whole-word, case-insensitive regex."""
    body, pending_gap = "", False
    for token in re.findall(r"\([^)]*\)|\S+", cue):
        if token == "~":
            pending_gap = True
            continue
        if body:
            # a gap word's hyphens are separators, each run taken whole (possessive): a word
            # that could be split at its hyphens in many ways made a hyphen chain exponential
            body += (rf"(?:[\s-]++[\w'’]++){{0,{gap}}}?" if pending_gap else "") + r"[\s-]+"
        body += _word_forms(token)
        pending_gap = False
    return re.compile(r"(?<![\w'-])" + body + r"(?![\w'])", re.IGNORECASE)


def rules() -> TypeRules:
    """The event-type table, read once by :func:`fogcount.rules.load`."""
    return load().event_types


def build_type_rules(raw: dict) -> TypeRules:
    gap = int(raw["matching"]["gap"])
    sets = {}
    for name, spec in raw["cues"].items():
        weight = float(spec["weight"])
        cues = [(cue, compile_cue(cue, gap), weight) for cue in spec["words"]]
        cues += [(cue, compile_cue(cue, gap), weight / 2) for cue in spec.get("weak", [])]
        sets[name] = CueSet(name, weight, spec.get("sub_event_type"), tuple(cues), spec.get("cap"), spec.get("doc", ""),
                            tuple(cue_needles(cue) for cue, _p, _w in cues))
    rewrites = tuple((re.compile(r"(?<!\w)" + re.escape(a) + r"(?=(?:s|es)?(?!\w))", re.IGNORECASE), b)
                     for a, b in raw["rewrite"].items())
    return TypeRules(sets, rewrites, tuple(raw["precedence"]["order"]), dict(raw["event_type"]),
                     frozenset(raw["violence"]["organised"]), gap, frozenset(raw["secondary"]["sub_event_types"]),
                     float(raw["secondary"]["threshold"]), tuple(raw["decision"]["weapons"]),
                     frozenset(raw["decision"]["combined"]),
                     re.compile(r"\b(?:" + "|".join(raw["matching"]["passive"]) + r")\s*$", re.IGNORECASE))


# ---------------------------------------------------------------- the result


@dataclasses.dataclass
class Typing:
    """An event's types and the cues that decided them (``set:cue``, for review)."""

    event_type: str | None
    sub_event_type: str | None
    type_of_violence: int | None = None
    score: float = 0.0
    evidence: list[str] = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class Hit:
    cue: str
    start: int
    end: int


@dataclasses.dataclass
class Evidence:
    """What :func:`classify` reads besides the text: registry actors named in
    it (character span and side, "state" or "nonstate") and what the claims counted."""

    actors: list[tuple[int, int, str | None]] = dataclasses.field(default_factory=list)
    victims: collections.Counter = dataclasses.field(default_factory=collections.Counter)  # role -> killed/injured claims
    outcomes: collections.Counter = dataclasses.field(default_factory=collections.Counter)  # outcome -> claims


def rewritten(text: str) -> str:
    """The text after the table's rewrites ("rocket-propelled grenade" ->
    "rpg"): cue hits and actor mentions are positions in this text."""
    for pattern, replacement in rules().rewrites:
        text = pattern.sub(replacement, text)
    return text


def find_cues(text: str, type_rules: TypeRules | None = None) -> tuple[str, dict[str, list[Hit]]]:
    """The text after the table's rewrites, and every cue set's hits in it
    (under ``type_rules``, by default the shipped table)."""
    r = type_rules or rules()
    text = rewritten(text)
    hits: dict[str, list[Hit]] = {}
    lower = text.lower()
    for name, cue_set in r.sets.items():
        for (cue, pattern, _weight), needles in itertools.zip_longest(cue_set.cues, cue_set.needles, fillvalue=()):
            if needles and not any(n in lower for n in needles):
                continue  # the cue's first word is nowhere in the text
            for m in pattern.finditer(text):
                hits.setdefault(name, []).append(Hit(cue, m.start(), m.end()))
    return text, hits


def _score(hits: dict[str, list[Hit]], name: str) -> float:
    """The set's weight for each distinct cue that matched (half for its weak
    cues), the ``cap`` strongest only."""
    cue_set = rules().sets[name]
    found = {h.cue for h in hits.get(name, [])}
    weights = sorted((w for cue, _p, w in cue_set.cues if cue in found), reverse=True)
    return sum(weights[: cue_set.cap] if cue_set.cap else weights)


def set_score(hits: dict[str, list[Hit]], name: str) -> float:
    """The score of one cue set over ``hits`` (:func:`find_cues`'s), as :func:`classify`
    weighs it: for the events stage, which reads a lead with these cues."""
    return _score(hits, name)


# ---------------------------------------------------------------- who acts on whom


@functools.lru_cache(maxsize=4)
def _sentence_ends(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each match of ``_SENTENCE_END`` in ``text`` starts and ends, found
    once per text: a cue's sentence is then a bisection, not a scan of the text
    before it (which made a text of one long sentence quadratic in its cues)."""
    found = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(text)]
    return tuple(s for s, _ in found), tuple(e for _, e in found)


def _sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """The sentence around ``at``: after the last sentence end before it (one
    right before ``at`` ends there), up to the end of the first one from it."""
    starts, ends = _sentence_ends(text)
    before = bisect.bisect_left(starts, at)  # the matches that start before at
    start = min(ends[before - 1], at) if before else 0
    if at and text[at - 1] in ".!?;" and (not before or starts[before - 1] != at - 1):
        start = at  # a mark right before at ends a sentence there, whatever follows it
    return start, ends[before] if before < len(starts) else len(text)


def _words_window(text: str, start: int, end: int, words: int, *, forward: bool) -> tuple[int, int]:
    """The character range of up to ``words`` words after ``end`` (or before ``start``), within the sentence."""
    s_start, s_end = _sentence_bounds(text, start)
    if forward:
        found = list(itertools.islice(_WORD.finditer(text, end, s_end), words))
        return end, (found[-1].end() if found else end)
    # the words just before start: a window of text that holds more than ``words`` of them has them all
    # (its first word may be cut by the window, and is then not among the last ones); else the whole sentence
    reach = _WINDOW_CHARS_PER_WORD * (words + 1)
    found = list(_WORD.finditer(text, max(s_start, start - reach), start))
    if len(found) <= words and start - reach > s_start:
        found = list(_WORD.finditer(text, s_start, start))
    found = found[-words:]
    return (found[0].start() if found else start), start


def _inside(hits: Iterable[Hit], lo: int, hi: int) -> int:
    return len({h.cue for h in hits if lo <= h.start < hi})


def attack_targets(text: str, hits: dict[str, list[Hit]], evidence: Evidence) -> tuple[int, int]:
    """How strongly the attacks of the text aim at armed targets and at
    civilians: the target words after each attack cue (before it, in the
    passive: "soldiers were attacked"), and the roles of the killed and
    wounded the claims counted."""
    armed = civilian = 0
    for hit in hits.get("attack", []):
        lo, hi = _words_window(text, hit.start, hit.end, _TARGET_REACH, forward=True)
        armed += _inside(hits.get("armed_target", []), lo, hi)
        civilian += _inside(hits.get("civilian_target", []), lo, hi)
        if rules().passive.search(text[max(0, hit.start - 16):hit.start]):
            lo, hi = _words_window(text, hit.start, hit.end, 6, forward=False)
            armed += _inside(hits.get("armed_target", []), lo, hi)
            civilian += _inside(hits.get("civilian_target", []), lo, hi)
    armed += evidence.victims.get("combatant", 0) + evidence.victims.get("security_forces", 0)
    civilian += evidence.victims.get("civilian", 0)
    return armed, civilian


def _sides(hits: dict[str, list[Hit]], evidence: Evidence) -> list[tuple[int, int, str]]:
    """Every mention of a side in the text: (start, end, "state" | "nonstate")."""
    out = [(h.start, h.end, "state") for h in hits.get("state_actor", [])]
    out += [(h.start, h.end, "nonstate") for h in hits.get("nonstate_actor", [])]
    out += [(start, end, side) for start, end, side in evidence.actors if side is not None]
    return out


def taker_side(text: str, hit: Hit, sides: list[tuple[int, int, str]]) -> str | None:
    """The side that took a place: named after "by" just after the cue, else
    the nearest side named before the cue in its sentence."""
    s_start, s_end = _sentence_bounds(text, hit.start)
    after = re.match(r"[\s,]*(?:[\w'-]+\s+){0,4}?by\b", text[hit.end:s_end])
    if after:
        by_end = hit.end + after.end()
        later = sorted((s for s in sides if by_end <= s[0] < by_end + 60 and s[0] < s_end), key=lambda s: s[0])
        if later:
            return later[0][2]
    before = [s for s in sides if s_start <= s[0] and s[1] <= hit.start]
    if before:
        # A registry actor and a generic word at the same place agree; take the last-ending one.
        return max(before, key=lambda s: (s[1], s[1] - s[0]))[2]
    return None


# ---------------------------------------------------------------- the decision


def classify(text: str, evidence: Evidence | None = None) -> Typing | None:
    """The ACLED type of the happening ``text`` reports, or None when no cue
    scores (the caller keeps what it had). ``type_of_violence`` is set too."""
    evidence = evidence or Evidence()
    r = rules()
    text, hits = find_cues(text)
    scores: dict[str, float] = {}
    why: dict[str, list[str]] = {}

    def offer(sub: str, score: float, *names: str) -> None:
        if score > scores.get(sub, 0.0):
            scores[sub] = score
            why[sub] = [f"{n}:{h.cue}" for n in names for h in hits.get(n, [])]

    # Sets that score their own sub-type (the table's [decision]).
    for name, cue_set in r.sets.items():
        if cue_set.sub_event_type and name not in r.combined:
            offer(cue_set.sub_event_type, _score(hits, name), name)
    # Weapons seized, defused, intercepted: the weapon named is the one disrupted.
    if hits.get("disrupted"):
        offer(r.sets["disrupted"].sub_event_type,
              _score(hits, "disrupted") + max(_score(hits, w) for w in r.weapons), "disrupted")
    # What the claims counted.
    if evidence.outcomes.get("captured"):
        offer("Arrests", scores.get("Arrests", 0.0) + 1, "arrest")
    if evidence.outcomes.get("abducted"):
        offer("Abduction/forced disappearance", scores.get("Abduction/forced disappearance", 0.0) + 2, "abduction")

    # Protests: the base, then what decides the sub-type.
    base = _score(hits, "protest")
    if base or hits.get("riot"):
        violent = "riot" if hits.get("riot") else "riot_modifier"
        for name, sub in ((violent, "Violent demonstration"), ("excessive_force", "Excessive force against protesters"),
                          ("intervention", "Protest with intervention"), ("peaceful", "Peaceful protest")):
            if hits.get(name):
                offer(sub, base + _score(hits, name), "protest", name)
                break
        else:
            offer("Peaceful protest", base, "protest")

    # Violence without a named kind: its targets decide.
    attack = _score(hits, "attack")
    if attack:
        armed, civilian = attack_targets(text, hits, evidence)
        if armed > civilian:
            offer("Armed clash", _score(hits, "clash") + attack, "clash", "attack", "armed_target")
        else:
            offer("Attack", attack + (1 if civilian else 0), "attack", "civilian_target")

    # Territory: a place changing hands without fighting; else who took it
    # (the fighting that took it is part of the territory event).
    taken = hits.get("take", []) + hits.get("regain", [])
    territory = _score(hits, "take") + _score(hits, "regain")
    if hits.get("nonviolent_transfer"):
        offer("Non-violent transfer of territory",
              _score(hits, "nonviolent_transfer") + (0 if hits.get("clash") else territory),
              "nonviolent_transfer", "take", "regain")
    if taken:
        sides = _sides(hits, evidence)
        score = territory + _score(hits, "clash")
        first = min(taken, key=lambda h: h.start)
        side = taker_side(text, first, sides)
        if side is None:
            side = "state" if hits.get("regain") else "nonstate"
        sub = "Government regains territory" if side == "state" else "Non-state actor overtakes territory"
        offer(sub, score, "take", "regain")

    if not scores or max(scores.values()) <= 0:
        return None
    order = {sub: i for i, sub in enumerate(r.precedence)}
    primary = {s: v for s, v in scores.items() if s not in r.secondary and v >= r.threshold}
    pool = primary or scores
    best = min(pool, key=lambda s: (-pool[s], order.get(s, len(order))))
    typing = Typing(r.event_type[best], best, score=scores[best], evidence=why.get(best, []))
    typing.type_of_violence = type_of_violence(typing, text, hits, evidence)
    return typing


def type_of_violence(typing: Typing, text: str, hits: dict[str, list[Hit]], evidence: Evidence) -> int | None:
    """UCDP's type of violence from the sides the text names: 3 (one-sided)
    for violence against civilians and for remote violence that hit only
    civilians; 1 (state-based) when the state is a side; 2 (non-state) when
    only non-state actors are; None outside organised violence or when no
    side is named."""
    if typing.event_type not in rules().organised:
        return None
    if typing.event_type == "Violence against civilians":
        return 3
    kinds = {kind for _s, _e, kind in _sides(hits, evidence)}
    if typing.event_type == "Explosions/Remote violence":
        armed, civilian = attack_targets(text, hits, evidence)
        armed += _inside(hits.get("armed_target", []), 0, len(text))
        if civilian and not armed:
            return 3
        if "state" in kinds or typing.sub_event_type == "Air/drone strike":
            return 1
        return 2 if "nonstate" in kinds else None
    if "state" in kinds:
        return 1
    return 2 if "nonstate" in kinds else None


# ---------------------------------------------------------------- events and reports


def _evidence(text: str, claims: Iterable[Claim], vocab: Vocabulary | None) -> Evidence:
    """Registry actors (positions in the rewritten text, as cue hits are) and what the claims counted."""
    evidence = Evidence()
    if vocab is not None:
        for match in vocab.actor_mentions(rewritten(text)):
            actor = vocab.actor_named(match.key)
            if actor is not None:
                evidence.actors.append((match.start, match.end, actor.side))
    for claim in claims:
        unit, _, outcome = claim.category.partition(".")
        if claim.negated:
            continue
        evidence.outcomes[outcome] += 1
        if unit == "people" and outcome in ("killed", "injured"):
            evidence.victims[claim.subject.role] += 1
    return evidence


def silenced(state: DocumentState) -> dict[str, list[tuple[int, int]]]:
    """The action words the events stage found to report no happening ("refused
    to SURRENDER", "ACCORDING to", "burned-out vehicles"), as character spans
    within their sentence, keyed by the sentence's text: their cues are no
    evidence of what happened (:func:`event_text` blanks them)."""
    from .events import telling_governor, told_happening  # events imports this module's tables

    ann, spans = state.annotation, {}
    silent = [h.token for h in state.happenings or () if h.no_event is not None and not told_happening(h)]
    # "a statement condemning the massacre of 12", "condemned the killing of two soldiers": the happening
    # did happen, and its word tells its kind; the condemning is the reaction to it, no evidence of what happened
    heard = [h.token for h in state.happenings or () if told_happening(h)]
    heard += [t for c in state.report.claims for t in [ann.token_at(c.span[0])] if t is not None]
    silent += [g for t in heard for g in [telling_governor(ann, t)] if g is not None]
    for t in dict.fromkeys(silent):
        token = ann.tokens[t]
        sentence, start, _end = ann.sentence_text(token.sent)
        start += len(sentence) - len(sentence.lstrip())  # events and claims keep their sentence stripped
        spans.setdefault(sentence.strip(), []).append((token.idx - start, token.end - start))
    return spans


def _blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def event_text(event: Event, claims: Iterable[Claim], silent: dict[str, list[tuple[int, int]]] | None = None) -> str:
    """The event's sentence and its claims' sentences, each once, in order,
    the words of ``silent`` (:func:`silenced`) blanked."""
    sentences = [event.sentence] if event.sentence else []
    sentences += [c.sentence for c in sorted(claims, key=lambda c: c.span[0])]
    silent = silent or {}
    return " ".join(dict.fromkeys(_blank(s.strip(), silent.get(s.strip(), ())).strip()
                                  for s in sentences if s and s.strip()))


def type_event(event: Event, claims: Iterable[Claim] = (), vocab: Vocabulary | None = None,
               silent: dict[str, list[tuple[int, int]]] | None = None) -> Typing:
    """One event's types from its sentences, its claims and the actors they
    name (less the action words that report no happening, ``silent``). With no
    cue, the event keeps the type of its action word."""
    claims = list(claims)
    text = event_text(event, claims, silent)
    evidence = _evidence(text, claims, vocab)
    typing = classify(text, evidence) if text else None
    if typing is None:
        typing = Typing(event.event_type, event.sub_event_type, evidence=[f"action:{event.action}"] if event.action else [])
        _, hits = find_cues(text)
        typing.type_of_violence = type_of_violence(typing, text, hits, evidence)
    return typing


def type_events(report: Report, vocab: Vocabulary | None = None,
                silent: dict[str, list[tuple[int, int]]] | None = None) -> Report:
    """Type every event of ``report`` in place (the pipeline stage); returns it."""
    by_id = {c.id: c for c in report.claims}
    for event in report.events:
        typing = type_event(event, [by_id[c] for c in event.claims if c in by_id], vocab, silent)
        event.event_type, event.sub_event_type = typing.event_type, typing.sub_event_type
        event.type_of_violence = typing.type_of_violence
    return report


def type_report_text(report: Report, text: str, vocab: Vocabulary | None = None,
                     silent: Iterable[tuple[int, int]] = ()) -> Typing:
    """The main event of a short text that reports one happening (a news
    snippet): the whole text (less the document spans of ``silent``, action
    words that report no happening), with all its claims, typed as one event;
    ``Other`` when fogcount finds no event in it."""
    if not report.events:
        return Typing(None, "Other", evidence=["no event"])
    text = _blank(text, silent)
    evidence = _evidence(text, report.claims, vocab)
    typing = classify(text, evidence)
    if typing is None:
        first = report.events[0]
        return Typing(first.event_type, first.sub_event_type, first.type_of_violence,
                      evidence=[f"action:{first.action}"] if first.action else [])
    return typing


def _run(state: DocumentState, settings: Settings) -> DocumentState:
    type_events(state.report, settings.rules.vocabulary, silenced(state))
    state.count("typed", sum(e.event_type is not None for e in state.report.events))
    return state


STAGE = Stage(NAME, VERSION, requires=("report.events", "report.claims", "annotation", "happenings"),
              assigns=("events.event_type", "events.sub_event_type", "events.type_of_violence"), run=_run)
