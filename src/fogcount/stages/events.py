"""Events: the happenings a document reports, with the claims about each.

A happening is named by an action word of ``data/events.toml`` ("clashes",
"an air strike", "shelling", "a car bomb", "arrested", "protesters"...); a
figure's sentence (or, failing that, the account it continues) gives its
happening, and its outcome does when the text names none (killed figures
belong to fighting, captured ones to arrests). Claims about the same
happening form one event: compatible times (overlapping dates, or one
unknown), places no farther apart than ``grouping.max_km`` (or one unknown),
and compatible actions (the same kind; or both violent among clashes, strikes,
shelling and attacks — a battle fought with helicopter gunships is one
event). Different happenings stay apart. A happening the text reports
without any figure ("warplanes carried out air strikes near al-Bukamal") is
an event with no figures.

Each event gets its dates, the most precise place of its claims, the registry
actors named in its claims and sentences, a first ACLED type from its action
(the event-typing issue refines it), and its figures reconciled by
:func:`fogcount.stages.reconcile.reconcile`.

Needs: an Annotation; claims with time, place and source; the document's
time expressions and place (the dates and places stages find them). Fills:
``Report.events``, ``Claim.event`` and the state's ``happenings``. Joining
the events of many documents is the link stage's (:mod:`.link`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re

from ..gazetteer import name_key
from ..gazetteer.query import haversine_km
from .. import lexicon
from ..models import Claim, Event, PlaceRef
from ..rules import load
from ..settings import Settings
from ..vocabulary import Vocabulary, vocabulary
from .annotate import Annotation
from .base import DocumentState, Stage
from .dates import count_from, later_acts, resolve, resolve_prefix
from .event_types import find_cues, set_score
from .places import PLACE_REACH, care_place, destination_place, origin_place, pycountry_code
from .reconcile import OTHERS, reconcile

NAME = "events"
VERSION = "83"  # what each version changed: docs/stage-history.md

# How many sentences back, in the same paragraph, a figure looks for its happening.
_ACTION_REACH = 2


@dataclasses.dataclass(frozen=True)
class _Action:
    kind: str
    words: tuple[str, ...]
    event_type: str
    sub_event_type: str
    violent: bool
    aftermath: bool = False
    verbs: frozenset[str] = frozenset()  # words that are action words only as verbs
    nouns: frozenset[str] = frozenset()  # ... only as nouns
    nouns_after: frozenset[str] = frozenset()  # words after which a word of ``verbs`` is one as a noun too


@dataclasses.dataclass(frozen=True)
class NoEventRule:
    """One class of mention that reports no happening (a row of ``[[no_event]]``)."""

    name: str
    negation: bool = False
    auxiliaries: frozenset[str] = frozenset()
    governors: frozenset[str] = frozenset()
    subjects: frozenset[str] = frozenset()  # with governors: the governor's subject must be one of these
    marks: frozenset[str] = frozenset()
    deps: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    entities: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()
    against: frozenset[str] = frozenset()
    passive_governors: frozenset[str] = frozenset()
    action_words_only: bool = False  # the row holds for an action word, not for a figure ("condemned")
    proper_run: bool = False  # a capitalised word beside another in a proper-noun run ("Highway Patrol")
    month: bool = False  # a capitalised month name beside a number ("March 3", "March 2016")
    charges: frozenset[str] = frozenset()  # a noun the law's word names as a charge ("charged with assault")
    charge_prepositions: frozenset[str] = frozenset()  # ... through these prepositions
    # a noun compounded before a noun whose commonest sense is of one of these WordNet classes
    # ("an assault rifle", "a patrol car", "a protest group"): the name of a kind of thing
    compound_heads: frozenset[str] = frozenset()
    weapons: frozenset[str] = frozenset()  # ... unless the word is of one of these kinds: a weapon's name tells its use
    # ... or the head is a gathering of people, itself a happening ("a protest meeting", "a protest rally"):
    # a noun whose commonest sense lies under one of these WordNet nouns
    gatherings: frozenset[str] = frozenset()
    # a verb of these words whose subject or object (``argument_deps``) is no one a violent act takes: a
    # common noun whose commonest WordNet sense is of one of ``argument_classes`` ("shares fell", "hit a
    # record high") or, a subject, lies under one of ``argument_roots`` ("the team beat its rivals", "the
    # company fired 300 workers"), not under one of ``argument_except_roots`` ("a hit squad shot"); or a verb
    # with a score ("beat the Lakers 110-98"): another sense of the word, no attack
    sense_words: frozenset[str] = frozenset()
    argument_deps: frozenset[str] = frozenset()
    argument_prepositions: frozenset[str] = frozenset()  # ... and the objects of these prepositions of the verb
    argument_classes: frozenset[str] = frozenset()
    # ... unless one of its first ``argument_senses`` senses is of one of these classes ("force": a body of
    # people in its fourth sense; "compound": a thing in its third)
    argument_keep: frozenset[str] = frozenset()
    argument_senses: int = 0
    # ... or, with ``argument_needs``, a common noun whose commonest sense is of none of these ("a man fell",
    # "sales fell": no town falls)
    argument_needs: frozenset[str] = frozenset()
    argument_roots: frozenset[str] = frozenset()
    argument_except_roots: frozenset[str] = frozenset()
    scores: bool = False
    # ... a verb with a preposition of these keeps its act whatever its arguments ("was fired upon")
    argument_unless: frozenset[str] = frozenset()
    anaphors: frozenset[str] = frozenset()  # nouns that name one told before ("the latter"): no class read
    # a person among the arguments (a noun whose commonest sense is one, or a person's name) keeps the act
    # ("a bursar was shot dead by gunmen"), unless a subject of ``argument_roots`` ("the team beat its rivals")
    people_keep: bool = False
    # a collective or quantity noun read through its "of" ("a group of villagers", "dozens of prisoners",
    # "a company of paratroopers"): the noun after "of" is the argument in its place
    of_heads: frozenset[str] = frozenset()
    # with ``argument_needs``: a person, a force or a named group after one of these prepositions keeps the
    # act ("the capital fell to the rebels")
    keep_prepositions: frozenset[str] = frozenset()
    # with ``people_keep``: a doer (an active verb's subject, the agent after "by") keeps the act only as an
    # armed one (:func:`_armed`, the table's ``[armed]``: a force's noun, an "armed men", a named group of
    # people but politicians, a registry actor); a person of no force ("the senator attacked the proposal")
    # keeps nothing, a victim (an object, a passive subject) still does ("gunmen beat two farmers", "a bursar
    # was shot dead")
    doers_armed: bool = False
    # a doer under one of ``doer_roots`` (WordNet's hyponyms: a player, a politician, a party) or one of
    # ``doer_words``, or an object or a preposition's object under one of ``context_roots`` (a match, a final,
    # an election, a vote, a ball): a game's or an election's telling, unless a victim or an armed doer
    # takes part ("the striker fired a shot over the bar", "the Democrats captured the Senate", "the
    # government fell after a vote of no confidence"; not "gunmen attacked a polling station during the vote")
    doer_roots: frozenset[str] = frozenset()
    doer_words: frozenset[str] = frozenset()
    context_roots: frozenset[str] = frozenset()
    # a proper noun among the arguments that is an entity of a label not among these is no one the act takes
    # ("Chelsea beat Arsenal": a club is beaten in a game, no club is beaten up)
    proper_needs: frozenset[str] = frozenset()
    # the verb with one of these particles or complements tells something else ("fell apart", "fell short",
    # "fell ill")
    particles: frozenset[str] = frozenset()
    # with ``argument_needs``: a common noun whose commonest sense is of one of these is none, whatever its
    # later senses ("snow fell": the weather; "night fell")
    argument_refuse: frozenset[str] = frozenset()
    # an agreement (a noun or verb of ``party_words``, or a verb whose object is one) whose parties (the
    # verb's subject, the objects of ``party_prepositions``) hold one of ``ordinary_roots`` (a company, a
    # union, a businessperson) or a named organisation no registry knows, and no side of a conflict (an armed
    # one, a state, a people): a business's or a union's deal, no agreement between parties at war ("Microsoft
    # struck a deal with the union"); not with a modifier of ``party_keep_modifiers`` ("a peace deal")
    party_words: frozenset[str] = frozenset()
    party_prepositions: frozenset[str] = frozenset()
    ordinary_roots: frozenset[str] = frozenset()
    party_keep_modifiers: frozenset[str] = frozenset()
    # a word of an organisation's name that tells an armed one the registry does not know ("the Sudan People's
    # Liberation Movement", "the Niger Delta Avengers"): a side of a conflict (:func:`_armed`)
    armed_name_words: frozenset[str] = frozenset()
    # with ``argument_keep``: where a doer is a company, a businessperson, an executive or a politician
    # (under one of ``business_roots``) or an organisation's name the registry does not know, the object
    # keeps the act by its first ``business_senses`` senses only ("Google captured a share of the market":
    # a share is an act only in its third sense; "Toyota seized the lead")
    business_roots: frozenset[str] = frozenset()
    business_senses: int = 0
    # with ``context_roots``: a place or a thing taken or struck keeps the act whatever the context: an object
    # (or a passive subject) whose commonest sense is of one of ``target_classes`` ("thugs seized ballot boxes
    # during the election", "fans stormed the police station"), the subject of a verb without an object of
    # one of ``subject_classes`` ("the town fell after the election"), but none under ``target_except_roots``
    # or among ``target_except_words`` (a prize or a game's thing: "captured 40 seats", "hit the post")
    target_classes: frozenset[str] = frozenset()
    subject_classes: frozenset[str] = frozenset()
    target_except_roots: frozenset[str] = frozenset()
    target_except_words: frozenset[str] = frozenset()
    # a context under ``context_roots`` after one of these prepositions of the verb tells a game or an
    # election even where a person is beaten ("Djokovic beat Nadal in the final"), unless the doer is armed
    # or one of ``harm_words`` tells the harm ("beat a referee to death")
    context_prepositions: frozenset[str] = frozenset()
    harm_words: frozenset[str] = frozenset()


@dataclasses.dataclass(frozen=True)
class EventRules:
    """The action words, the no-event classes and the grouping limit of ``data/events.toml``."""

    actions: dict[str, _Action]
    by_word: dict[str, str]
    outcome_action: dict[str, str]
    max_km: float
    no_event: tuple[NoEventRule, ...] = ()
    separation_words: frozenset[str] = frozenset()
    separation_adjectives: frozenset[str] = frozenset()
    separation_nouns: frozenset[str] = frozenset()
    separation_place_adjectives: frozenset[str] = frozenset()  # read by reconcile only ("a neighbouring village")
    speaking_nouns: frozenset[str] = frozenset()
    main_sentences: int = 3
    seed_outcomes: frozenset[str] = frozenset()
    state_cues: frozenset[str] = frozenset()  # outcome words that tell a state, no happening ("missing")
    roles_apart: frozenset[str] = frozenset()
    recall_days: int = 5
    officials: frozenset[str] = frozenset()  # words before a name that make it an official's (``[people]``)
    not_people: frozenset[str] = frozenset()  # words that make a person entity no person's
    name_suffixes: frozenset[str] = frozenset()
    caption_counter: re.Pattern | None = None  # "Image 2 of 11" before a gallery's caption
    retold_min_chars: int = 40
    typed_lead: dict[str, str] = dataclasses.field(default_factory=dict)  # typing cue set -> kind (``[typed_lead]``)
    # who is an armed side (``[armed]``, read by :func:`_armed` for every row that asks): a noun with one of
    # ``armed_modifiers`` ("armed men"), a people (NORP) but one under ``civil_roots`` ("the Democrats")
    armed_modifiers: frozenset[str] = frozenset()
    civil_roots: frozenset[str] = frozenset()


def rules() -> EventRules:
    """The events table, read once by :func:`fogcount.rules.load`."""
    return load().events


def _days_apart() -> int:
    """How many days apart two mentions can be dated and still tell one happening: the same tolerance as
    linking across reports (``days`` of ``data/link.toml``: "Tuesday night" and "early Wednesday")."""
    return load().link.days


def build_event_rules(raw: dict) -> EventRules:
    actions = {
        kind: _Action(kind, tuple(spec["words"]), spec["event_type"], spec["sub_event_type"], bool(spec["violent"]),
                      bool(spec.get("aftermath", False)), frozenset(spec.get("verbs", ())),
                      frozenset(spec.get("nouns", ())), frozenset(spec.get("nouns_after", ())))
        for kind, spec in raw["action"].items()
    }
    by_word = {word: kind for kind, action in actions.items() for word in action.words}
    lists = ("auxiliaries", "governors", "subjects", "marks", "deps", "tags", "entities", "prepositions", "against",
             "passive_governors", "compound_heads", "weapons", "gatherings", "sense_words", "argument_deps",
             "argument_prepositions", "argument_classes", "argument_keep", "argument_needs", "argument_roots",
             "argument_except_roots", "argument_unless", "anaphors", "of_heads", "keep_prepositions",
             "doer_roots", "doer_words", "context_roots", "proper_needs",
             "particles", "argument_refuse", "party_words", "party_prepositions", "ordinary_roots",
             "party_keep_modifiers", "business_roots", "target_classes", "subject_classes", "target_except_roots",
             "target_except_words", "context_prepositions", "harm_words", "armed_name_words")
    no_event = tuple(NoEventRule(row["name"], bool(row.get("negation", False)),
                                 **{key: frozenset(row.get(key, ())) for key in lists},
                                 action_words_only=bool(row.get("action_words_only", False)),
                                 proper_run=bool(row.get("proper_run", False)), month=bool(row.get("month", False)),
                                 charges=frozenset(row.get("charges", ())),
                                 charge_prepositions=frozenset(row.get("charge_prepositions", ())),
                                 scores=bool(row.get("scores", False)),
                                 argument_senses=int(row.get("argument_senses", 0)),
                                 business_senses=int(row.get("business_senses", 0)),
                                 people_keep=bool(row.get("people_keep", False)),
                                 doers_armed=bool(row.get("doers_armed", False)))
                     for row in raw["no_event"])
    separation = raw["separation"]
    return EventRules(actions, by_word, dict(raw["outcome_action"]), float(raw["grouping"]["max_km"]), no_event=no_event,
                      separation_words=frozenset(separation["words"]),
                      separation_adjectives=frozenset(separation["adjectives"]),
                      separation_nouns=frozenset(separation["nouns"]),
                      separation_place_adjectives=frozenset(separation.get("place_adjectives", ())),
                      speaking_nouns=frozenset(separation["speaking_nouns"]), main_sentences=int(raw["main"]["sentences"]),
                      seed_outcomes=frozenset(raw["main"]["outcomes"]),
                      state_cues=frozenset(raw["main"].get("state_cues", ())),
                      roles_apart=frozenset(raw["aftermath"]["roles_apart"]), recall_days=int(raw["recall"]["days"]),
                      officials=frozenset(raw["people"]["officials"]), not_people=frozenset(raw["people"]["not_people"]),
                      name_suffixes=frozenset(raw["people"]["suffixes"]),
                      caption_counter=re.compile(
                          r"^\W*(?:%s)s?\s+\d+\s*(?:of|/)\s*\d+\W*" % "|".join(map(re.escape, raw["retold"]["counters"])),
                          re.I),
                      retold_min_chars=int(raw["retold"]["min_chars"]),
                      typed_lead=dict(raw.get("typed_lead", {}).get("kinds", {})),
                      armed_modifiers=frozenset(raw["armed"]["modifiers"]),
                      civil_roots=frozenset(raw["armed"]["civil_roots"]))


@dataclasses.dataclass
class Happening:
    """An action word in the text: what happened, where in the text, and
    whether the mention reports a happening at all (``no_event`` names the
    class that says it does not: a plan, a denial, a condition...)."""

    kind: str
    sent: int
    token: int
    word: str
    no_event: str | None = None
    definite: bool = False  # "the blast", "Wednesday's attack": a mention of a happening told before


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def find_happenings(ann: Annotation) -> list[Happening]:
    """Every action word, three- and two-word ones first ("car bomb" before "bomb"),
    each read for whether it reports a happening (:func:`no_event_class`)."""
    r = rules()
    tokens = ann.tokens
    found: list[Happening] = []
    i = 0
    while i < len(tokens):
        triple = " ".join(t.lemma for t in tokens[i:i + 3]) if i + 2 < len(tokens) else ""
        if triple in r.by_word:  # "exchange of fire", "set on fire": the word the other two hang from
            span = range(i, i + 3)
            head = next((k for k in span if tokens[k].head not in span or tokens[k].head == k), i)
            found.append(Happening(r.by_word[triple], tokens[i].sent, head, triple))
            i += 3
            continue
        pair = f"{tokens[i].lemma} {tokens[i + 1].lemma}" if i + 1 < len(tokens) else ""
        if pair in r.by_word:
            head = i + 1 if tokens[i + 1].head != i else i  # "car bomb": the parse hangs "car" on "bomb"
            found.append(Happening(r.by_word[pair], tokens[i].sent, head, pair))
            i += 2
            continue
        if tokens[i].lemma in r.by_word or tokens[i].lower in r.by_word:
            word = tokens[i].lemma if tokens[i].lemma in r.by_word else tokens[i].lower
            kind = r.by_word[word]
            action = r.actions[kind]
            if (word not in action.verbs or tokens[i].pos == "VERB" or _after(tokens, i, action.nouns_after)) and \
                    (word not in action.nouns or tokens[i].pos == "NOUN"):
                found.append(Happening(kind, tokens[i].sent, i, word))
        i += 1
    for h in found:
        h.no_event = no_event_class(ann, h.token)
        h.definite = _definite(ann, h.token)
    # the object of an action verb in another sense is told in that sense too ("the striker fired a shot over
    # the bar": no shot of a gun)
    senses = {rule.name for rule in r.no_event if rule.sense_words}
    by_token = {h.token: h for h in found}
    for h in found:
        verb = by_token.get(tokens[h.token].head)
        if h.no_event is None and tokens[h.token].dep == "dobj" and verb is not None and verb.no_event in senses:
            h.no_event = verb.no_event
    return found


def _after(tokens, i: int, words: frozenset[str]) -> bool:
    """Is the word at ``i`` a noun after one of ``words``, adjectives between
    ("an exchange of heavy fire", "came under fire", "opened fire")?"""
    if not words or tokens[i].pos != "NOUN":
        return False
    k = i - 1
    while k >= 0 and tokens[k].sent == tokens[i].sent and tokens[k].pos in ("ADJ", "PUNCT", "NOUN"):
        if tokens[k].pos == "NOUN" and tokens[k].dep != "compound":
            break
        k -= 1
    return k >= 0 and tokens[k].sent == tokens[i].sent and tokens[k].lemma.lower() in words


# ---------------------------------------------------------------- what reports no happening

# Links the walk up the parse does not cross: a relative or adverbial clause,
# an apposition or a parenthetical is a statement of its own.
_CLAUSE_ENDS = frozenset({"relcl", "acl", "advcl", "parataxis", "appos"})
# Links by which a word is the complement of the word it hangs from ("vowed TO
# ATTACK", "denied THAT ... attacked", "prevented AN ATTACK", "warned OF attacks").
_COMPLEMENTS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "csubj", "attr", "oprd", "acomp",
                          "compound", "nmod", "poss", "amod"})
_AUXILIARIES = frozenset({"aux", "auxpass"})
# A finite verb coordinated with another is a statement of its own ("refused to
# surrender and fled": the parse may hang "fled" on "surrender").
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _walk_up(ann: Annotation, i: int) -> list[tuple[int, str]]:
    """The word and every word it hangs from up to the end of its clause, each
    with the link by which the walk reached it ("" for the word itself)."""
    path, seen = [(i, "")], {i}
    while True:
        tok = ann.tokens[path[-1][0]]
        if tok.dep in _CLAUSE_ENDS or tok.head == tok.i or tok.head in seen or \
                (tok.dep == "conj" and tok.tag in _FINITE):
            return path
        path.append((tok.head, tok.dep))
        seen.add(tok.head)


def no_event_class(ann: Annotation, i: int, action_word: bool = True) -> str | None:
    """The name of the first ``[[no_event]]`` class the word at token ``i``
    falls in, or None when its mention can report a happening. Its own clause
    is the word and the words it hangs from until a finite verb's clause is
    left through ``ccomp`` (for a negation, until a coordination too); governors
    are looked for all the way up, each reached as a complement (not as a
    coordinated verb: "refused to surrender and fled" did flee). The rows
    about the word itself (``proper_run``, ``month``) and a row marked
    ``action_words_only`` ("condemned": "condemning the massacre of 12" still
    counts 12) are read for an action word only, not for a figure ("the death
    of Hunter Pedersen" is one dead)."""
    tokens, children = ann.tokens, ann.children
    path = _walk_up(ann, i)
    own: list[int] = []  # its clause, through "would attack and burn"
    for j, link in path:
        if link == "ccomp":
            break
        own.append(j)
    unjoined: list[int] = []  # its clause before a coordination: "refused to surrender and fled" did flee
    for j, link in path:
        if link in ("ccomp", "conj"):
            break
        unjoined.append(j)
    governed = [j for (j, _), (_, link) in zip(path[1:], path[1:]) if link in _COMPLEMENTS]
    for rule in rules().no_event:
        if rule.action_words_only and not action_word:
            continue
        if rule.negation and any(_negates(ann, k) for j in unjoined for k in children[j]):
            return rule.name
        if rule.auxiliaries and any(tokens[k].dep in _AUXILIARIES and tokens[k].lower in rule.auxiliaries
                                    for j in own for k in children[j]):
            return rule.name
        if rule.governors and any(tokens[j].lemma in rule.governors and (not rule.subjects or any(
                tokens[k].dep in ("nsubj", "nsubjpass") and tokens[k].lemma in rule.subjects for k in children[j]))
                for j in governed):
            return rule.name
        if rule.passive_governors and tokens[i].dep == "nsubjpass" and \
                tokens[tokens[i].head].lemma in rule.passive_governors:
            return rule.name
        if rule.marks and any(tokens[k].dep == "mark" and tokens[k].lower in rule.marks
                              for j in own for k in children[j]):
            return rule.name
        if rule.deps and tokens[i].dep in rule.deps and (not rule.tags or tokens[i].tag in rule.tags):
            return rule.name
        if rule.entities and tokens[i].ent in rule.entities and (not rule.tags or tokens[i].tag in rule.tags):
            return rule.name
        if rule.against and any(tokens[p].lower in rule.prepositions and any(
                tokens[o].lemma in rule.against for o in children[p]) for p in children[i]):
            return rule.name
        if rule.proper_run and action_word and _in_proper_run(ann, i):
            return rule.name
        if rule.month and action_word and _month_of_date(ann, i):
            return rule.name
        if rule.charges and action_word and _charge_name(ann, i, rule.charges, rule.charge_prepositions):
            return rule.name
        if rule.compound_heads and action_word and _names_a_kind_of_thing(ann, i, rule):
            return rule.name
        if rule.sense_words and action_word and _another_sense(ann, i, rule):
            return rule.name
        if rule.party_words and action_word and _no_sides(ann, i, rule):
            return rule.name
    return None


def _another_sense(ann: Annotation, i: int, rule: NoEventRule) -> bool:
    """Is the action word at ``i`` a verb of ``rule.sense_words`` used in a sense that tells no violent act,
    read from its arguments: a subject or an object (``argument_deps``, or the object of one of
    ``argument_prepositions``: "fell to 30 percent") no attacker or victim can be, a common noun whose
    commonest WordNet sense is of one of ``argument_classes`` ("shares fell 8 percent", "prices hit a
    record") with none of its first ``argument_senses`` senses of ``argument_keep`` ("security forces
    fired": "force" is a body of people in its fourth sense), or whose commonest sense is of none of
    ``argument_needs`` ("a man fell": no town falls), or, an active verb's subject, one under
    ``argument_roots`` ("the team beat its rivals", "the company fired 300 workers"), not under
    ``argument_except_roots`` ("a SWAT team fired", "a death squad shot"); or, with ``scores``, a verb
    told with a game's score ("beat the Lakers 110-98")? A verb with a preposition of ``argument_unless``
    keeps its act ("a man was fired upon")."""
    tokens, children = ann.tokens, ann.children
    tok = tokens[i]
    if tok.pos != "VERB" or (tok.lemma not in rule.sense_words and tok.lower not in rule.sense_words):
        return False
    if rule.particles and any(tokens[k].dep in ("prt", "acomp", "oprd", "advmod") and
                              tokens[k].lower in rule.particles for k in children[i]):
        return True  # "the coalition fell apart", "fell short", "fell ill"
    near = list(children[i]) + [k for o in children[i] if tokens[o].dep == "dobj" for k in children[o]]
    people_fired = any(tokens[o].dep == "dobj" and _a_person(tokens[o]) for o in children[i])
    if not people_fired and any(tokens[k].dep == "prep" and tokens[k].lower in rule.argument_unless and not any(
            tokens[o].ent in ("DATE", "TIME") for o in children[k]) for k in near):
        return False  # "a man was fired upon", "fired on the crowd", "fired rounds at" (not "on Friday", nor
        # "fired 40 workers at its shop": people are no rounds)
    args = [k for k in children[i] if tokens[k].dep in rule.argument_deps]
    args += [o for p in children[i] if tokens[p].dep in ("prep", "agent") and tokens[p].lower in
             rule.argument_prepositions for o in children[p] if tokens[o].dep == "pobj"]
    if rule.scores and any(_a_score(ann, k) for c in children[i] for k in (c, *children[c])):
        return True  # "Leeds beat Fulham 3-1"
    if rule.proper_needs and any(tokens[k].pos == "PROPN" and tokens[k].ent and tokens[k].ent not in rule.proper_needs
                                 for k in args):
        return True  # "Chelsea beat Arsenal": a club is beaten in a game
    by_word = rules().by_word
    args = [k for k in args if f"{tok.lemma} {tokens[k].lemma}" not in by_word]  # "seized control": one cue
    doers = {k for k in args if _doer(ann, k)}  # the subject, the agent after "by"
    args = [_through_of(ann, k, rule) for k in args]  # "executed a group of villagers": the villagers
    doers = {_through_of(ann, k, rule) for k in doers}
    if rule.keep_prepositions and any(tokens[p].dep == "prep" and tokens[p].lower in rule.keep_prepositions and any(
            tokens[o].dep == "pobj" and _taking_part(ann, o, rule) for o in children[p]) for p in children[i]) and \
            not any(tokens[k].dep == "nsubj" and _taking_part(ann, k, rule) for k in args):
        return False  # "the capital fell to the rebels"; not "the champions fell to the Lakers": a loss
    gamey = bool(rule.doer_roots or rule.doer_words or rule.context_roots)
    if rule.doers_armed or gamey:
        # a named organisation beaten or taken in a game or an election is a club, a chamber ("the Senate"),
        # unless the registry knows it
        kept = any(_taking_part(ann, k, rule, registry_only=gamey) for k in args if k not in doers) or \
            any(_armed(ann, k, rule) for k in doers)
    else:
        kept = any(_taking_part(ann, k, rule) for k in args)
    if gamey and not kept and rule.target_classes and not _a_context_after(ann, i, rule) and \
            _a_target(ann, i, args, doers, rule):
        return False  # "thugs seized ballot boxes during the election", "fans stormed the police station"; not
        # "captured the state in the election": the arena of a game or a vote
    if gamey and kept and rule.context_prepositions and _a_game_beating(ann, i, doers, rule):
        return True  # "Djokovic beat Nadal in the final"
    if gamey and not kept and (
            any(_under(tokens[k], rule.doer_roots, rule.doer_words) for k in doers) or
            any(tokens[o].dep in ("dobj", "pobj") and _a_context(tokens[o], rule)
                for k in near for o in (k, *children[k]))):
        return True  # "the striker fired a shot over the bar", "the government fell after a vote"
    if rule.people_keep and kept and \
            not any(tokens[k].dep == "nsubj" and _no_one_taken(ann, k, rule, roots_only=True) for k in args):
        return False  # "a bursar was shot dead by gunmen", "troops captured a height": a person or force takes part
    keep = rule.business_senses if rule.business_roots and any(
        _business(ann, k, rule) for k in doers) else rule.argument_senses
    for k in args:
        if not _common(ann, k) or tokens[k].lemma.lower() in rule.anaphors:
            continue  # "the latter had seized a mill": who it is was told before
        group, stack = [], [k]  # the argument, its conjuncts and appositions
        while stack:
            c = stack.pop()
            group.append(c)
            stack += [d for d in children[c] if tokens[d].dep in ("conj", "appos") and d not in group]
        if all(_no_one_taken(ann, c, rule, keep=keep) for c in group if _common(ann, c)):
            return True  # not "fired 14.5 mm calibre and machine guns"
    return False


def _a_context(tok, rule: NoEventRule) -> bool:
    """Is the word a game's or an election's context (under ``rule.context_roots``: "the final", "a vote", a
    ball), and no word that can name a person ("the shooter": a marble first in WordNet)?"""
    return _under(tok, rule.context_roots, frozenset(), any_pos=True) and \
        tok.lemma.lower() not in lexicon.person_sense_nouns()


def _a_target(ann: Annotation, i: int, args: list[int], doers: set[int], rule: NoEventRule) -> bool:
    """Is a place or a thing taken or struck by the verb at ``i``: a common noun among its objects (not its
    doers, not after a preposition) whose commonest sense is of ``rule.target_classes`` ("seized ballot
    boxes", "stormed the police station", "fired a gun"), or its subject where it has no object, of
    ``rule.subject_classes`` ("the town fell"; not "the cabinet fell"), but no prize or game's thing
    (``rule.target_except_roots``, ``rule.target_except_words``: "captured 40 seats", "hit the post")?"""
    tokens, children = ann.tokens, ann.children
    objects = [k for k in args if k not in doers and tokens[k].dep in ("dobj", "nsubjpass")]
    classes = rule.target_classes
    if not objects and not any(tokens[c].dep == "dobj" for c in children[i]):
        objects, classes = [k for k in args if tokens[k].dep == "nsubj"], rule.subject_classes
    for k in objects:
        tok = tokens[k]
        lemma = tok.lemma.lower()
        if tok.pos != "NOUN" or lemma in rule.target_except_words or \
                _under(tok, rule.target_except_roots, frozenset()):
            continue
        first = next((c for c in lexicon.noun_classes(lemma) if c), None)  # "centre": its first sense unlabelled
        if first in classes:
            return True
    return False


def _a_game_beating(ann: Annotation, i: int, doers: set[int], rule: NoEventRule) -> bool:
    """Is the verb at ``i`` told in a game or an election by a context after one of
    ``rule.context_prepositions`` ("beat Nadal in the final", "in the election"), with no armed doer and no
    harm told (``rule.harm_words``: "to death")?"""
    tokens, children = ann.tokens, ann.children
    if any(_armed(ann, k, rule) for k in doers):
        return False
    near = [i] + [c for c in children[i] if tokens[c].dep in ("dobj", "prep", "xcomp", "advcl")]
    if any(tokens[o].lemma.lower() in rule.harm_words for k in near for c in children[k] for o in (c, *children[c])):
        return False  # "beat a referee to death after the game"
    return _a_context_after(ann, i, rule)


def _a_context_after(ann: Annotation, i: int, rule: NoEventRule) -> bool:
    """Is a game or an election told after one of ``rule.context_prepositions`` of the verb at ``i`` or of its
    object ("beat Nadal in the final", "captured 40 seats in the election"): the act's own arena, no time
    beside it ("during the vote", "after the game")?"""
    tokens, children = ann.tokens, ann.children
    heads = [i] + [c for c in children[i] if tokens[c].dep == "dobj"]
    return any(tokens[p].dep == "prep" and tokens[p].lower in rule.context_prepositions and
               any(tokens[o].dep == "pobj" and _a_context(tokens[o], rule) for o in children[p])
               for h in heads for p in children[h])


def _common(ann: Annotation, k: int) -> bool:
    """Is the word at ``k`` a common noun, or a capitalised first word of its sentence that names no entity
    ("Snow fell": the parse takes it for a proper noun)?"""
    tok = ann.tokens[k]
    return tok.pos == "NOUN" or (tok.pos == "PROPN" and not tok.ent and ann.sentences[tok.sent][0] == k)


def _a_person(tok) -> bool:
    """Is the token a person's name or a noun whose commonest sense is a person ("workers", "its director")?"""
    return tok.ent == "PERSON" or (tok.pos == "NOUN" and lexicon.noun_class(tok.lemma.lower()) == "noun.person")


def _doer(ann: Annotation, k: int) -> bool:
    """Is the argument at ``k`` the doer of its verb: an active verb's subject, or the object of the "by"
    of a passive one ("shot dead by gunmen")?"""
    tokens = ann.tokens
    head = tokens[tokens[k].head]
    return tokens[k].dep == "nsubj" or (tokens[k].dep == "pobj" and (head.dep == "agent" or head.lower == "by"))


def _under(tok, roots: frozenset[str], words: frozenset[str], any_pos: bool = False) -> bool:
    """Is the noun (a common or a proper one, read by its lemma in lower case: "Democrats", "the Labour
    Party"; with ``any_pos``, any word: "in the final" is parsed an adjective) one of ``words`` or, by its
    commonest sense, under one of ``roots``?"""
    if tok.pos not in ("NOUN", "PROPN") and not any_pos:
        return False
    lemmas = {tok.lemma.lower()}
    if tok.pos == "PROPN" and tok.lower.endswith("s"):
        lemmas.add(tok.lower[:-1])  # "Democrats": a proper noun keeps its plural as its lemma
    under = _nouns_under(roots) if roots else frozenset()
    return any(lemma in words or lemma in under for lemma in lemmas)


@functools.lru_cache(maxsize=32)
def _nouns_under(roots: frozenset[str]) -> frozenset[str]:
    """:func:`fogcount.lexicon.nouns_under` of a row's roots, kept here for the process: the rows' root
    sets would crowd the lexicon's own small cache (read once each, by :func:`_load_row_classes`)."""
    return lexicon.nouns_under(*sorted(roots))


@functools.lru_cache(maxsize=1)
def _load_row_classes() -> None:
    """Read, once per process, the WordNet nouns under the roots of the [[no_event]] rows, so that their
    cost is the process's (the first document's), not that of whichever document first needs each."""
    _nouns_under(rules().civil_roots)
    for rule in rules().no_event:
        for roots in (rule.doer_roots, rule.context_roots, rule.ordinary_roots,
                      rule.business_roots):
            if roots:
                _nouns_under(roots)


def _armed(ann: Annotation, k: int, rule: NoEventRule) -> bool:
    """Is the doer at ``k`` an armed one: a force's noun ("troops", "Popular Mobilisation Forces"), a noun
    with one of the ``[armed]`` modifiers ("armed men", "coup leaders"), an anaphor ("the latter"), an actor of the
    registry ("the Taliban"), a name with one of ``rule.armed_name_words`` or a people (NORP) but one under the
    ``[armed]`` civil roots ("the Democrats")?"""
    shared = rules()
    tokens = ann.tokens
    tok = tokens[k]
    lemma = tok.lemma.lower()
    if tok.pos in ("NOUN", "PROPN") and (lemma in _forces(vocabulary()) or lemma in rule.anaphors):
        return True
    if any(tokens[c].dep in ("amod", "compound") and tokens[c].lower in shared.armed_modifiers for c in ann.children[k]):
        return True
    if tok.ent == "NORP" and not _under(tok, shared.civil_roots, frozenset()):
        return True
    if tok.ent in ("ORG", "NORP", "PERSON") and tok.pos == "PROPN":
        start = min(ann.subtree(k))
        if rule.armed_name_words and any(tokens[n].ent == tok.ent and tokens[n].lemma.lower() in rule.armed_name_words
                                         for n in range(start, k + 1)):
            return True  # "the Sudan People's Liberation Movement", "the Niger Delta Avengers"
        return vocabulary().names.find_actor(ann.text[tokens[start].idx:tok.end]) is not None
    return False


def _no_sides(ann: Annotation, i: int, rule: NoEventRule) -> bool:
    """Is the word at ``i`` an agreement (a noun or a verb of ``rule.party_words``, or a verb whose object
    is such a noun: "struck a deal", "signed an agreement") whose parties (its verb's subject and theirs
    conjoined, the objects of ``rule.party_prepositions`` of the noun or the verb) hold a company, a union,
    a businessperson (``rule.ordinary_roots``) or an organisation's name the registry does not know, and
    no armed one, state or people (:func:`_armed`)? Not with a modifier of ``rule.party_keep_modifiers``
    ("a peace deal", "a ceasefire agreement")."""
    tokens, children = ann.tokens, ann.children
    tok = tokens[i]
    if tok.lemma.lower() not in rule.party_words:
        return False
    if tok.pos == "VERB":
        verb, nouns = i, [o for o in children[i] if tokens[o].dep in ("dobj", "nsubjpass") and
                          tokens[o].lemma.lower() in rule.party_words]
    else:
        verb, nouns = (tok.head if tok.dep in ("dobj", "nsubjpass") else None), [i]
    if any(tokens[c].dep in ("compound", "amod", "nmod") and tokens[c].lemma.lower() in rule.party_keep_modifiers
           for n in nouns for c in children[n]):
        return False  # "a peace deal", "a ceasefire agreement"
    parties = [k for k in (children[verb] if verb is not None else ()) if tokens[k].dep == "nsubj"]
    parties += [o for h in ([verb] if verb is not None else []) + nouns for p in children[h]
                if tokens[p].dep == "prep" and tokens[p].lower in rule.party_prepositions
                for o in children[p] if tokens[o].dep == "pobj"]
    stack = list(parties)
    while stack:  # "the company and the union", "between the firm and its workers"
        c = stack.pop()
        for d in children[c]:
            if tokens[d].dep == "conj" and d not in parties:
                parties.append(d)
                stack.append(d)
    parties = [k for k in parties if tokens[k].pos in ("NOUN", "PROPN")]
    if not parties or any(_armed(ann, k, rule) or tokens[k].ent == "GPE" for k in parties):
        return False  # "the rebels", "Sudan and South Sudan"
    return any(_under(tokens[k], rule.ordinary_roots, frozenset()) or
               (tokens[k].ent == "ORG" and tokens[k].pos == "PROPN") for k in parties)


@functools.lru_cache(maxsize=4)
def _forces(vocab: Vocabulary) -> frozenset[str]:
    """The nouns of a force or its members: ``force_nouns`` and the hyponyms of ``force_roots`` of the
    vocabulary's ``[present_frame]`` (the set claims' frame of presence reads)."""
    return vocab.force_nouns | lexicon.nouns_under(*vocab.force_roots)


def _taking_part(ann: Annotation, k: int, rule: NoEventRule, registry_only: bool = False) -> bool:
    """Is the word at ``k`` one who can take part in a violent act: a person's name, a named group or
    people ("the Taliban", ORG or NORP; with ``registry_only``, an ORG the registry knows), a noun whose
    commonest sense is a person, a force's noun ("troops", "militia") or an anaphor ("the latter")?"""
    tok = ann.tokens[k]
    if tok.ent in ("PERSON", "NORP"):
        return True
    if tok.ent == "ORG" and tok.pos == "PROPN":
        if not registry_only:
            return True
        start = min(ann.subtree(k))
        return vocabulary().names.find_actor(ann.text[ann.tokens[start].idx:tok.end]) is not None
    lemma = tok.lemma.lower()
    return tok.pos == "NOUN" and (lexicon.noun_class(lemma) == "noun.person" or lemma in rule.anaphors or
                                  lemma in _forces(vocabulary()))


def _through_of(ann: Annotation, k: int, rule: NoEventRule) -> int:
    """The argument at ``k``, or, a collective or quantity noun of ``rule.of_heads`` with a noun after
    "of" ("a group of villagers", "dozens of prisoners", "a company of paratroopers"), that noun."""
    tokens = ann.tokens
    if tokens[k].lemma.lower() not in rule.of_heads:
        return k
    for p in ann.children[k]:
        if tokens[p].dep == "prep" and tokens[p].lower == "of":
            for o in ann.children[p]:
                if tokens[o].dep == "pobj" and tokens[o].pos in ("NOUN", "PROPN"):
                    return o
    return k


def _business(ann: Annotation, k: int, rule: NoEventRule) -> bool:
    """Is the doer at ``k`` one of business or politics: a noun under ``rule.business_roots`` ("Google's
    rivals": no; "the retailer", "investors", "the president", "Republicans"), or an organisation's name
    the registry does not know ("Toyota")?"""
    tok = ann.tokens[k]
    if tok.ent == "ORG" and tok.pos == "PROPN" and not _armed(ann, k, rule):
        return True
    return _under(tok, rule.business_roots, frozenset()) and not _armed(ann, k, rule)


def _no_one_taken(ann: Annotation, k: int, rule: NoEventRule, roots_only: bool = False,
                  keep: int | None = None) -> bool:
    """Is the common noun at ``k``, an argument of an action verb, none a violent act takes by ``rule``
    (:func:`_another_sense`)? With ``roots_only``, by ``argument_roots`` alone; ``keep``, how many of its
    senses can keep it (``argument_senses`` by default)."""
    tokens, children = ann.tokens, ann.children
    arg = tokens[k]
    lemma = arg.lemma.lower()
    compound = " ".join([tokens[c].lower for c in children[k] if tokens[c].dep == "compound"] + [lemma])
    if rule.argument_except_roots and compound in lexicon.nouns_under(*sorted(rule.argument_except_roots)):
        return False  # "a SWAT team fired"
    if arg.dep == "nsubj" and rule.argument_roots and lemma in lexicon.nouns_under(*sorted(rule.argument_roots)):
        return True
    senses = lexicon.noun_classes(lemma)
    if roots_only or not senses:
        return False
    if rule.argument_needs and senses[0] in rule.argument_refuse:
        return True  # "snow fell", "night fell"
    if rule.argument_needs and not any(c in rule.argument_needs for c in senses[:max(1, rule.argument_senses)]):
        return True  # "a man fell"; not "the capital fell" (a place in its third sense)
    return senses[0] in rule.argument_classes and not any(
        c in rule.argument_keep for c in senses[:rule.argument_senses if keep is None else keep])


_DASHES = frozenset({"-", "–", "—"})


def _a_score(ann: Annotation, k: int) -> bool:
    """Is the word at ``k`` the first number of a game's score, two numbers joined by a dash ("110-98",
    "3-1")?"""
    tokens = ann.tokens
    return tokens[k].pos == "NUM" and k + 2 < len(tokens) and tokens[k + 1].text in _DASHES and \
        tokens[k + 2].pos == "NUM" and tokens[k].text.isdigit() and tokens[k + 2].text.isdigit() and \
        not tokens[k].ent == "DATE" and not (k + 3 < len(tokens) and tokens[k + 3].pos == "NOUN")  # "2-3 gunmen"


def _charge_name(ann: Annotation, i: int, charges: frozenset[str], prepositions: frozenset[str]) -> bool:
    """Is the action word at ``i`` a crime's name as the law's words give it
    (a charge, a count, a conviction, a plea): a noun with no determiner of
    a mention ("charged with aggravated assault", "two counts of kidnapping",
    "pleaded guilty to manslaughter and assault", "a kidnapping conviction"),
    in a list of such names or not? A charge names what the law calls an act,
    not a telling of it; "charged in the shooting", "accused of firing into
    the home" and "charged with the assault of" still tell the happening."""
    tokens = ann.tokens
    tok = tokens[i]
    if tok.pos not in ("NOUN", "PROPN") or _definite(ann, i):
        return False
    seen = {i}
    while tok.dep == "conj" and tok.head not in seen:  # "manslaughter, ... and aggravated assault"
        seen.add(tok.head)
        tok = tokens[tok.head]
    head = tokens[tok.head]
    if tok.head == tok.i:
        return False
    if tok.dep in ("compound", "nmod"):  # "a kidnapping conviction", "assault charges"
        return head.lemma in charges
    return tok.dep == "pobj" and head.lower in prepositions and head.head != head.i \
        and tokens[head.head].lemma in charges


def _names_a_kind_of_thing(ann: Annotation, i: int, rule: NoEventRule) -> bool:
    """Is the action word at ``i`` a noun compounded before a noun that names a
    thing or a body of people (its commonest sense of one of ``classes``,
    WordNet's: "an assault rifle", "a patrol car", "an attack helicopter",
    "a protest group"), the name of a kind of thing rather than a telling of a
    happening? Not before an action word ("a rocket attack", "artillery
    fire": the happening twice named) nor before a person ("the shooting
    victim") or an event ("the shooting death"); nor a word of the kinds of
    ``weapons``, a weapon's name, which tells its use before the thing it
    fires ("hurt by a mortar round")."""
    tokens = ann.tokens
    tok = tokens[i]
    if tok.dep != "compound" or tok.pos not in ("NOUN", "PROPN") or tok.head == i:
        return False
    by_word = rules().by_word
    if by_word.get(tok.lemma, by_word.get(tok.lower)) in rule.weapons:
        return False
    head = tokens[tok.head]
    if head.pos not in ("NOUN", "PROPN") or head.lemma in rules().by_word or head.lower in rules().by_word:
        return False
    if rule.gatherings and head.lemma.lower() in lexicon.nouns_under(*sorted(rule.gatherings)):
        return False
    return lexicon.noun_class(head.lemma.lower()) in rule.compound_heads


_PROPER = frozenset({"NNP", "NNPS"})


def _capitalised(tok) -> bool:
    return tok.text[:1].isupper()


def _title_case(ann: Annotation, sent: int) -> bool:
    """Is the sentence a headline in title case, where (nearly) every word after the first is capitalised?"""
    start, end = ann.sentences[sent]
    words = [t for t in ann.tokens[start + 1:end] if t.text.isalpha() and len(t.text) > 3]
    return len(words) >= 2 and sum(_capitalised(t) for t in words) >= 0.75 * len(words)


def _in_proper_run(ann: Annotation, i: int) -> bool:
    """Is the word at ``i`` capitalised inside a run of capitalised proper nouns
    that spaCy may not tag as an entity ("the Highway Patrol said"), outside a
    headline in title case?"""
    tokens = ann.tokens
    tok = tokens[i]
    if not _capitalised(tok) or tok.tag not in _PROPER or tok.text.isupper() or _title_case(ann, tok.sent):
        return False
    start = ann.sentences[tok.sent][0]
    return any(0 <= k < len(tokens) and tokens[k].sent == tok.sent and k != start and _capitalised(tokens[k])
               and tokens[k].tag in _PROPER and not tokens[k].text.isupper() and tokens[k].ent not in ("DATE", "TIME")
               for k in (i - 1, i + 1))


def _month_of_date(ann: Annotation, i: int) -> bool:
    """Is the word at ``i`` a capitalised month name with a number beside it
    ("March 3", "3 March", "March 2016"): a date, not a march?"""
    tokens = ann.tokens
    tok = tokens[i]
    if not _capitalised(tok) or tok.lower.rstrip(".") not in load().times.months:
        return False
    return any(0 <= k < len(tokens) and tokens[k].sent == tok.sent and tokens[k].text[:1].isdigit()
               for k in (i - 2, i - 1, i + 1, i + 2))


def _negates(ann: Annotation, k: int) -> bool:
    """Is token ``k`` a negation ("not", "never", "no attack"), and not the "no"
    or "not" of a bound ("no fewer than 10 persons", "not less than 20")?"""
    tok = ann.tokens[k]
    following = ann.tokens[k + 1] if k + 1 < len(ann.tokens) else None
    if tok.lower in ("no", "not") and following is not None and following.tag in ("JJR", "RBR"):
        return False  # the parse may call it "neg" or "det"; "not less than 20 persons" is a bound too
    return tok.dep == "neg" or (tok.dep == "det" and tok.lower == "no")


def _definite(ann: Annotation, i: int) -> bool:
    """Is the action word a definite noun phrase ("the blast", "this attack",
    "Wednesday's strike"), the way a report names a happening again?"""
    tokens = ann.tokens
    return tokens[i].pos in ("NOUN", "PROPN") and any(
        (tokens[k].dep == "det" and tokens[k].lower in _DEFINITE) or tokens[k].dep == "poss"
        for k in ann.children[i])


def _separated(ann: Annotation, sent: int) -> bool:
    """Does the sentence say its happening is another one ("Separately", "In a separate attack")?
    A word of ``separation.words`` does only as a sentence adverb: fronted ("Separately, ...",
    "Elsewhere in the city, ...", "And separately ...") or set off by a comma (", separately,"); a
    manner of the verb ("the two groups were separately gathered", "interviewed separately", "her
    home elsewhere in the city") tells nothing of another happening."""
    r = rules()
    start, end = ann.sentences[sent]
    for k in range(start, end):
        tok = ann.tokens[k]
        if tok.lower in r.separation_words and _sentence_adverb(ann, k):
            return True
        if tok.lower in r.separation_adjectives and tok.dep in ("amod", "det") \
                and ann.tokens[tok.head].lemma in r.separation_nouns:
            return True
    return False


def _sentence_adverb(ann: Annotation, k: int) -> bool:
    """Is the word at ``k`` fronted in its sentence (only punctuation, a space or a conjunction
    before it) or followed by a comma?"""
    tokens = ann.tokens
    start = ann.sentences[tokens[k].sent][0]
    if all(tokens[j].pos in ("PUNCT", "SPACE", "CCONJ") for j in range(start, k)):
        return True
    return k + 1 < len(tokens) and tokens[k + 1].sent == tokens[k].sent and tokens[k + 1].text == ","


# ---------------------------------------------------------------- one figure's happening


def told_happening(h: Happening) -> bool:
    """Is ``h`` an action word that begins no event only because a row of action words only holds for it
    ("condemned": "the statement condemning the massacre of 12 civilians")? The happening it names did
    happen, told elsewhere or by the figure under it: its word names the figure's happening and tells
    its kind (:func:`fogcount.stages.event_types.silenced` keeps it)."""
    return h.no_event is not None and any(rule.name == h.no_event and rule.action_words_only
                                          for rule in rules().no_event)


def telling_governor(ann: Annotation, i: int) -> int | None:
    """The word above token ``i`` that a row of action words only names, telling of the happening there
    ("condemning" in "a statement condemning the killing of two soldiers", over the action word or the
    figure): a reaction to the happening, no happening of its own, so no evidence of the happening's kind
    either (:func:`fogcount.stages.event_types.silenced` blanks it)."""
    governors = {g for rule in rules().no_event if rule.action_words_only for g in rule.governors}
    return next((j for j, _ in _walk_up(ann, i)[1:] if ann.tokens[j].lemma in governors), None)


def _claim_action(ann: Annotation, claim: Claim, by_sent: dict[int, list[Happening]]) -> tuple[str | None, int | None]:
    """The happening of a claim and the sentence that names it: the action word
    nearest its figure in its sentence, else one in the sentences just before in the same
    paragraph, else the one its outcome suggests (no sentence). Action words
    that report no happening ("burned-out vehicles", "refused to surrender")
    are passed over, but for one a row of action words only holds for ("condemning
    the massacre of 12": :func:`told_happening`), and so are those of no violent kind for a figure whose outcome
    suggests a violent one (the dead and wounded of a shooting told beside a vigil or an arrest)."""
    r = rules()
    suggested = r.outcome_action.get(claim.category.split(".", 1)[1])
    violent = suggested is not None and r.actions[suggested].violent

    def fits(h: Happening) -> bool:  # a killing or a wound is no vigil's, no rally's, no arrest's
        return (h.no_event is None or told_happening(h)) and (not violent or r.actions[h.kind].violent)

    token = ann.token_at(claim.span[0])
    if token is not None:
        sent = ann.tokens[token].sent
        here = [h for h in by_sent.get(sent, []) if fits(h)]
        if here:
            return min(here, key=lambda h: abs(h.token - token)).kind, sent
        for back in range(1, _ACTION_REACH + 1):
            if sent - back < 0 or not ann.same_paragraph(sent - back, sent):
                break
            told = [h for h in by_sent.get(sent - back, []) if fits(h)]
            if told:
                return told[-1].kind, sent - back
    return suggested, None


# ---------------------------------------------------------------- grouping


@dataclasses.dataclass
class _Group:
    action: str | None
    start: dt.date | None
    end: dt.date | None
    place: PlaceRef | None
    claims: list[Claim]
    sentences: list[int]
    why: dict[int, str] = dataclasses.field(default_factory=dict)  # sentence -> why it joins
    recalled: bool = False
    main: bool = False  # the report's first event, told in its first sentences: its main incident
    own_time: bool = False  # its dates come from a sentence that names its time, not a statement's or a carried one
    spots: set = dataclasses.field(default_factory=set)  # (sentence, phrase of another time or None) it holds
    phrase: bool = False  # begun by a figure told in a phrase of another time ("a week after the massacre of 12")


def compatible_actions(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b:
        return True
    actions = rules().actions
    fighting = {"clash", "air_strike", "shelling", "attack", "explosion", "territory"}
    return a in fighting and b in fighting and actions[a].violent and actions[b].violent


def _compatible_times(group: _Group, start: dt.date | None, end: dt.date | None) -> bool:
    if group.start is None or start is None:
        return True
    return start <= (group.end or group.start) and (end or start) >= group.start


def compatible_places(a: PlaceRef | None, b: PlaceRef | None) -> bool:
    if a is None or b is None or a.lat is None or b.lat is None:
        return True
    if (a.precision or 3) >= 3 or (b.precision or 3) >= 3:
        return a.country == b.country or a.country is None or b.country is None
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= rules().max_km


def finer_place(a: PlaceRef | None, b: PlaceRef | None) -> PlaceRef | None:
    if a is None or a.lat is None:
        return b if b is not None and b.lat is not None else a
    if b is None or b.lat is None:
        return a
    return b if (b.precision or 3) < (a.precision or 3) else a


@dataclasses.dataclass
class _Item:
    """A claim or a happening, read for where it belongs."""

    sent: int
    token: int
    action: str | None
    start: dt.date | None  # its time (a claim's; a happening's own sentence's)
    end: dt.date | None
    place: PlaceRef | None
    own_time: bool  # its sentence names an event time
    own_place: bool  # its sentence names a place (for a figure: any place name, found on a map or not)
    can_seed: bool  # may begin an event of its own
    definite: bool  # "the shooting": a later mention
    seed_why: str
    join_why: str
    claim: Claim | None = None
    main_only: bool = False  # may begin an event only as the report's first (its main incident)
    anchor: int | None = None  # the earlier sentence that tells a figure's happening
    bare: bool = False  # a figure whose sentence names no action word ("Four men were wounded")
    carried: bool = False  # a figure dated by a sentence before it in its paragraph
    phrase: int | None = None  # the head of a phrase of another time it is told in ("a week after ..."): :func:`_other_time`


def _joins(ann: Annotation, group: _Group, item: _Item, separated: bool, recalled: bool,
           stray: frozenset = frozenset()) -> bool:
    """Can ``item`` join ``group``? Not across a "Separately"; not a recalled
    time with a today's, nor a mention with no time of its own with a recalled
    happening it is not told with. A later mention ("the shooting") joins the
    latest event of its kind within a day, whatever place the map gives it.
    Else the same kind of happening, or what follows a happening (arrests,
    flight, burning) of any kind: told with no figure, or with a figure but no
    place of its own or of people other than fighters ("a woman was
    arrested"); at a compatible time (a figure dated only by the sentences
    around it: that day or the next, a victim who died the next day is the
    attack's) and, where its sentence names a time and a place, place (a
    place in a state or province none of the report's other places is in, one
    of ``stray``, keeps nothing apart: :func:`stray_places`)."""
    if separated and item.sent not in group.sentences:
        return False
    if group.recalled != recalled and item.sent not in group.sentences and not _recall_fits(group, item, recalled):
        return False
    action = rules().actions.get(item.action) if item.action else None
    aftermath = action is not None and action.aftermath and (
        item.sent in group.sentences or item.claim is None or not item.own_place
        or item.claim.subject.role not in rules().roles_apart)
    if not (aftermath or compatible_actions(group.action, item.action)):
        return False
    # another place separates a happening told with its own time ("On Wednesday, a roadside
    # bomb wounded four policemen in Menaka"); a place alone does not ("a shooting in Harbor City")
    placed = not (item.own_place and item.own_time) or _places_fit(group.place, item.place) \
        or any(p is not None and p.identity() in stray for p in (group.place, item.place))
    if item.definite:  # "the shooting": the happening told before, whatever place the map gives it
        last = (group.end or group.start) if group.start else None
        if _undated_main(group) and item.start is not None and last is not None:
            # the report's main incident dated only by when it was told: the later mention dates it
            # ("The shooting happened last week")
            return item.start <= last + dt.timedelta(days=_days_apart())
        return item.start is None or last is None or (
            group.start - dt.timedelta(days=_days_apart()) <= (item.end or item.start)
            and item.start <= last + dt.timedelta(days=_days_apart()))
    if aftermath and not item.own_time:
        timed = True
    elif item.claim is not None and not item.own_time and item.start is not None and group.start is not None:
        # a figure dated only by the sentences around it: a day of slack either way ("died the
        # next day in hospital"; "Friday night" carried to a figure of a shooting "early Saturday")
        timed = _near_times(group, item.start, item.end, before=item.carried)
    elif item.own_time and not group.own_time and group.start is not None:
        # the group is dated only by when it was told ("said Monday", a carried day): a happening
        # with its own time by then (or a day after), and not recalled from before it (``recall.days``),
        # is it ("found five bodies ... Saturday"; not "a week ago, the population fled")
        timed = group.start - dt.timedelta(days=rules().recall_days) <= item.start \
            and item.start <= (group.end or group.start) + dt.timedelta(days=_days_apart())
    else:
        timed = _compatible_times(group, item.start, item.end)
    return timed and placed


def _near_times(group: _Group, start: dt.date, end: dt.date | None, *, before: bool) -> bool:
    """For a figure dated only by the sentences around it: the day of its event
    or up to ``days`` of ``data/link.toml`` after it ("died the next day in
    hospital"); with ``before`` (its day carried from a sentence before it in
    its paragraph) as many days before it too: the day a report gives its
    account ("Friday night") and the day of the shooting ("early Saturday"). A
    figure dated by the document's main date gets no slack before: "at least
    250 killed" of Wednesday's breakout is not Thursday's air strike."""
    slack = dt.timedelta(days=_days_apart())
    return group.start - (slack if before else dt.timedelta(0)) <= (end or start) \
        and start <= (group.end or group.start) + slack


def _recall_fits(group: _Group, item: _Item, recalled: bool) -> bool:
    """Can an item join a group when one of them is recalled from another time
    and the other is not? Where the report's main incident is itself recalled
    (a follow-up: "pleaded guilty in a 2014 shooting", "No charges against a boy
    who shot his friend in February"), what has no time of its own tells of
    it; and a recalled time that overlaps the dates the group already has
    ("last week" and "on March 11") is the same happening told with its date.
    Else a recalled happening and today's stay apart. (A lead's recalled time
    joining a main incident its headline told without a time was tried and
    cost linking recall on the study half of gva-dev.)"""
    if group.recalled:
        return group.main and item.start is None
    if item.definite and _undated_main(group):
        return True  # "the shooting happened last week": the main incident told before, its time now given
    return group.start is not None and _compatible_times(group, item.start, item.end)


def _undated_main(group: _Group) -> bool:
    """Is the group the report's main incident, told so far with no time of its own
    (dated by when it was told, "police said Tuesday", or by the publication)?"""
    return group.main and not group.own_time and not group.recalled


def _region(place: PlaceRef) -> tuple | None:
    return (place.country, place.admin1) if place.country and place.admin1 else None


def stray_places(places: list[PlaceRef]) -> frozenset:
    """The identities (:meth:`PlaceRef.identity`) of the report's town-level places that lie
    in a first-level division (a state, a province) none of its other places,
    written otherwise, names or lies in, where other places say where the
    report is: a street ("Broadway", "Eastman Road") or a word the map found
    in another state. Such a place keeps no two happenings of the report apart
    (as in linking, :func:`fogcount.stages.link.outlier_place`). Known limit: a
    real city of another state is stray too ("two men were shot dead in Dallas
    ... three people were shot in Tulsa, Oklahoma" the same day is one event);
    sparing the model's GPE names fixed that sentence but cost gva-dev's
    measure half (F1 0.918 -> 0.916, events per report 1.52 -> 1.54), so it
    was not kept."""
    out = set()
    for place in places:
        if place.lat is None or (place.precision or 3) > 2 or _region(place) is None:
            continue
        others = [p for p in places if p.lat is not None and _region(p) is not None
                  and not (p.spellings() & place.spellings())]
        if others and not any(_region(p) == _region(place) for p in others):
            out.add(place.identity())
    return frozenset(out)


def _places_fit(a: PlaceRef | None, b: PlaceRef | None) -> bool:
    """Within one report: compatible places (:func:`compatible_places`), or two
    places in one province or state ("south of Fallujah" and "Anbar", "Harbor
    City" and "Los Angeles"): a report tells of another happening elsewhere by
    another day, kind or a "Separately", not by a place alone."""
    if compatible_places(a, b):
        return True
    return a.admin1 is not None and a.admin1 == b.admin1 and a.country == b.country


def _offset_phrase(ann: Annotation, k: int) -> tuple[int, bool] | None:
    """Is the word at ``k`` the head of a phrase of another time, a span of the time units of
    ``data/times.toml`` before "after" or "before" (its ``[directions]``): the preposition of "a week
    after the massacre of 12 herders" or the verb of "two weeks after militants killed 12 herders"
    (its mark)? The unit and the word that places it, and whether what the phrase tells came earlier
    (after) or later (before) than the clause it modifies."""
    tr = load().times
    tokens = ann.tokens
    tok = tokens[k]
    if tok.dep == "prep" and tok.lower in tr.forward | tr.back:
        word = k
    else:
        word = next((c for c in ann.children[k] if tokens[c].dep == "mark" and tokens[c].lower in tr.forward | tr.back),
                    None)
        if word is None:
            return None
    unit = next((c for c in ann.children[k] + ann.children[word]
                 if tokens[c].dep == "npadvmod" and tokens[c].lemma in tr.units), None)
    if unit is None:
        return None
    return unit, tokens[word].lower in tr.forward


def _other_time(ann: Annotation, token: int, times, published: dt.date | None, told) -> tuple | None:
    """A figure or an action word told in a phrase of another time (:func:`_offset_phrase`: "Gunmen
    killed five villagers on Monday, a week after the president condemned the massacre of 12 herders
    in Gao") tells another happening than the clause the phrase modifies: its own event, on its own
    date. That date is a time the phrase names itself, else the span counted from the clause's time
    (its sentence's event time outside the phrase, else ``told``, the dates stage's time of the figure,
    else the publication's) with the dates stage's grammar ("a week earlier"). A span no longer than
    the ``days`` that link two reports' events ("hours after", "a day after") keeps nothing apart: it
    may tell the same happening's aftermath. The phrase's head, its words and the date, or None."""
    if token < 0:
        return None
    tokens, k, seen = ann.tokens, token, set()
    while (found := _offset_phrase(ann, k)) is None:
        seen.add(k)
        if tokens[k].head == k or tokens[k].head in seen:
            return None
        k = tokens[k].head
    unit, earlier = found
    words = set(ann.subtree(k))
    counting = set(ann.subtree(unit))
    sent = tokens[token].sent
    mentions = [m for m in times if m.sentence == sent and not m.statement and ann.token_at(m.start) is not None]
    inside = next((m for m in mentions if ann.token_at(m.start) in words and ann.token_at(m.start) not in
                   counting), None)
    # the count is the words before the unit ("two weeks", "a few days"); a plural alone ("weeks
    # after") is a vague number of them, a singular alone one
    counted = " ".join(tokens[j].lower for j in sorted(counting) if j < unit) or \
        ("some" if tokens[unit].tag == "NNS" else None)
    outside = next((m for m in mentions if ann.token_at(m.start) not in words), None)
    base = resolve_prefix(outside.text, published) if outside is not None else told
    if base is None or base.start is None:
        base = resolve("today", published) if published is not None else None
    probe = base if base is not None and base.start is not None else resolve("today", dt.date(2000, 1, 1))
    offset = count_from(probe, counted, tokens[unit].lemma, earlier)
    if offset is None:
        return None
    gap = (probe.start - offset.end) if earlier else (offset.start - (probe.end or probe.start))
    if gap.days <= _days_apart():
        return None
    if inside is not None:
        ref = resolve_prefix(inside.text, published)
        start, end = ref.start, ref.end or ref.start
    elif base is not None and base.start is not None:
        start, end = offset.start, offset.end
    else:
        start = end = None
    return k, words, start, end


def _acts_apart(ann: Annotation, sent: int, words: set[int], happenings: list[Happening],
                claims: list[Claim]) -> bool:
    """Does sentence ``sent``, outside a phrase of another time (``words``), tell a happening of its
    own: an action word that is no aftermath (an arrest, flight: ``aftermath`` of the action table), or a
    figure whose outcome a verb tells as done to the counted ("Soldiers killed 12 militants", "shot
    dead two robbers", "were killed")? A figure told as what became of them ("a second victim died",
    "two more succumbed") or a toll ("the death toll rose to 15") tells how the phrase's happening
    ended, not another happening."""
    if any(h.sent == sent and h.no_event is None and h.token not in words and not _is_aftermath(h.kind)
           for h in happenings):
        return True
    for claim in claims:
        cue = ann.token_at(claim.cue.span[0]) if claim.cue is not None and claim.cue.span else None
        if cue is None or ann.tokens[cue].sent != sent or cue in words or ann.tokens[cue].pos != "VERB":
            continue
        if any(ann.tokens[j].dep in ("dobj", "nsubjpass", "auxpass", "agent") for j in ann.children[cue]):
            return True
    return False


def group_claims(ann: Annotation, claims: list[Claim], happenings: list[Happening], times=(),
                 published: dt.date | None = None, places: list[PlaceRef] = (),
                 vocab: Vocabulary | None = None) -> list[_Group]:
    """Claims and happenings into events, sentence by sentence. Each joins the
    latest event it fits (:func:`_joins`), the event its sentence already tells,
    or (a figure whose happening an earlier sentence tells) that sentence's
    event. One that fits none begins an event when it reports a happening with
    a figure, a time or a place of its own (a later mention, "the arrest", only
    with a time), or is the report's main incident (the first event, told in
    its first sentences); else it makes none."""
    r = rules()
    by_sent: dict[int, list[Happening]] = {}
    for h in happenings:
        by_sent.setdefault(h.sent, []).append(h)
    named = {ann.tokens[t].sent for p in places if p.span and not p.modifies
             for t in [ann.token_at(p.span[0])] if t is not None}
    days = {s: _sentence_time(times, [s], published, statements=False)[0] for s in range(len(ann.sentences))}
    own = {s: (days[s] is not None, _sentence_place(ann, [s], places) is not None or s in named)
           for s in range(len(ann.sentences))}
    retold = retold_sentences(ann)
    # a tally ("eight others were wounded across the city") counts several happenings: no event's toll,
    # unless its lede tells it and the report no other figure of its outcome (:func:`_tally_as_toll`)
    items = [_claim_item(ann, c, by_sent, own, days) for c in claims
             if c.scope != "tally" or _tally_as_toll(ann, c, claims)]
    vocab = vocab or vocabulary()
    items += [_happening_item(ann, h, times, published, places, vocab) for h in happenings if h.no_event is None]
    items = [it for it in items if it.sent not in retold]
    told = [(n, it, other) for n, it in enumerate(items)
            if (other := _other_time(ann, it.token, times, published,
                                     it.claim.time if it.claim is not None else None)) is not None]
    # a phrase of another time whose clause tells what followed the happening the phrase tells ("A
    # week after the bombing that killed 12, the death toll rose to 15"; "A second victim died on
    # Monday, a week after a gunman shot 4"): one happening, at the phrase's time
    joined: dict[tuple[int, int], tuple] = {}
    for n, it, (head, words, start, end) in told:
        seeds = it.can_seed and not it.main_only if it.claim is not None else not _is_aftermath(it.action)
        if (it.sent, head) not in joined and seeds and not _acts_apart(ann, it.sent, words, happenings, claims):
            joined[it.sent, head] = (start, end)
    aftermath = {sent: dates for (sent, _), dates in joined.items()}
    for n, it, (head, words, start, end) in told:
        if (it.sent, head) in joined:
            continue
        # told in a phrase of another time ("a week after the massacre of 12 herders in Gao"): its own
        # happening, at the place the phrase names, not the clause's (one the phrase does not name is
        # found for its event as for any event without a place, skipping the clause's sentence)
        place = next((p for p in places if p.span and p.lat is not None and not p.modifies
                      and ann.token_at(p.span[0]) in words), None)
        items[n] = dataclasses.replace(it, phrase=head, start=start, end=end, own_time=start is not None,
                                       place=place, own_place=place is not None, anchor=None)
    for n, it in enumerate(items):
        if it.phrase is None and it.sent in aftermath and aftermath[it.sent][0] is not None:
            start, end = aftermath[it.sent]
            items[n] = dataclasses.replace(it, start=start, end=end, own_time=True)
    # Sentence by sentence: its figures first, then its happenings, what follows a
    # happening (arrests, flight) after the happening ("fleeing ... as gunships attacked").
    items.sort(key=lambda it: (it.sent, it.claim is None, _is_aftermath(it.action), it.token))
    reference = published
    separated_sents = {s for s in range(len(ann.sentences)) if _separated(ann, s)}
    stray = stray_places(list(places))
    groups: list[_Group] = []
    others: list[_Group] = []  # the happenings told in phrases of another time: never the report's main incident
    for item in items:
        if reference is None and item.start is not None:
            reference = item.start  # no publication date: the first dated happening is the report's
        recalled = item.start is not None and reference is not None and \
            (item.end or item.start) < reference - dt.timedelta(days=r.recall_days)
        separated = item.sent in separated_sents
        spot = (item.sent, item.phrase)
        # what a phrase of another time tells and the clause it modifies are two happenings
        home = next((g for g in [*reversed(groups), *reversed(others)]
                     if not any(s == item.sent and p != item.phrase for s, p in g.spots)
                     and _joins(ann, g, item, separated, recalled, stray)), None)
        if home is None or spot not in home.spots:
            # a sentence that already tells an event tells only that one ("Gunmen
            # abducted 12 students", "opened fire on protesters, killing 6", "4 dead, 2 hurt"), and a
            # phrase of another time in it its own ("a week after the massacre of 12 herders")
            home = next((g for g in [*reversed(groups), *reversed(others)] if spot in g.spots), home)
        if item.anchor is not None and not separated and (home is None or item.anchor not in home.sentences):
            # a toll sentence after the sentence that tells its happening is that happening's
            home = next((g for g in reversed(groups) if item.anchor in g.sentences
                         and (g.recalled == recalled or item.start is None)), home)
        if item.phrase is not None and home is None:
            # a figure begins the event of its phrase of another time, never the report's main incident
            # (so not a count of no outcome that only a main incident holds); a happening told there
            # with no figure is background ("a week after clashes in Gao"): it only joins one
            if item.claim is None or not item.can_seed or item.main_only:
                continue
            home = _Group(item.action, item.start, item.end, item.place, [], [], recalled=recalled, phrase=True)
            others.append(home)
            why = item.seed_why + f'; told "{ann.tokens[item.phrase].text}" another time: its own event'
        elif item.phrase is not None:
            why = item.join_why
            if home.own_time:  # the happening told before with its own time: the phrase's counted span moves it not
                item = dataclasses.replace(item, start=None, end=None, own_time=False)
        elif home is None and _tells_main(item, groups, separated, recalled):
            home = groups[0]
            why = "toll without an action word or a time of its own: the report's main incident"
        elif home is None and _next_day_of_main(item, groups, separated, recalled):
            home = groups[0]
            why = "told with a day next to the report's main incident's, before any other happening: it"
            # its claims are the main incident's; its day and place do not move the lead's (with
            # them, the merged event cost linking recall on the measure half of gva-dev)
            item = dataclasses.replace(item, start=None, end=None, place=None, own_time=False)
        elif home is None and _same_toll_as_main(item, groups, separated, recalled):
            home = groups[0]
            why = "the same toll as the report's main incident, told again: it"
            item = dataclasses.replace(item, start=None, end=None, place=None, own_time=False)
        elif home is None and (named := _the_one_happening_named(item, groups, separated, recalled)) is not None:
            home = named
            why = f'later mention "{ann.tokens[item.token].text}" of the one such happening told before, ' \
                  "another day given: it"
            item = dataclasses.replace(item, start=None, end=None, place=None, own_time=False)
        elif home is None:
            if not item.can_seed or (item.main_only and groups):
                continue
            home = _Group(item.action, item.start, item.end, item.place, [], [], recalled=recalled,
                          main=not groups and item.sent < r.main_sentences)
            groups.append(home)
            why = item.seed_why + ("; 'separately': another happening" if separated else "") + \
                (f"; recalled from {item.start.isoformat()}: its own event" if recalled else "")
        else:
            why = item.join_why
        if item.claim is not None:
            home.claims.append(item.claim)
        home.sentences.append(item.sent)
        home.spots.add(spot)
        if item.definite:  # the sentence names the happening again: say so over its figures
            home.why[item.sent] = why
        else:
            home.why.setdefault(item.sent, why)
        home.action = home.action or item.action
        if item.start is not None and item.own_time and not home.own_time:
            home.start, home.end = item.start, item.end or item.start  # its own time over a told one
        elif item.start is not None and (item.own_time or home.start is None):
            home.start = min(home.start, item.start) if home.start else item.start
            home.end = max(home.end or item.start, item.end or item.start)
        home.own_time = home.own_time or (item.own_time and item.start is not None)
        home.place = finer_place(home.place, item.place)
    return groups + others


def _tells_main(item: _Item, groups: list[_Group], separated: bool, recalled: bool) -> bool:
    """Does a figure that fits no event tell of the report's main incident? A
    toll sentence with no action word and no time of its own, not set apart
    ("Separately"), adds to the incident the report is about ("Four men were
    wounded and taken to local hospitals"), whatever day or place the
    sentences around it carry to it: alone it would be an event with no
    happening of its own."""
    if item.claim is None or not item.bare or item.own_time or separated or not groups or not groups[0].main:
        return False
    return groups[0].recalled == recalled or item.start is None


def _next_day_of_main(item: _Item, groups: list[_Group], separated: bool, recalled: bool) -> bool:
    """Does a figure with its own time that fits no event tell the report's main
    incident a day off? While the main incident is the only event told so far,
    a day next to its own ("a late-night shooting" of a page out on Sunday,
    "arrived at 11:30 Saturday night and found four people shot"), within the
    ``days`` that link two reports' events, the same kind of happening (or a
    compatible one), no place of its own and no "Separately": the lead and its
    details, told with two days for one night. A happening told without a
    figure ("Later that day an air strike hit the market") stays its own. (With a place of its own, the
    item's place could move the main incident's: that cost linking recall on
    the measure half of gva-dev.)"""
    if len(groups) != 1 or not groups[0].main or separated or recalled or groups[0].recalled:
        return False
    group = groups[0]
    if item.claim is None or not item.own_time or item.own_place or item.start is None or group.start is None \
            or not group.own_time:
        return False
    if not compatible_actions(group.action, item.action) or not _places_fit(group.place, item.place):
        return False
    slack = dt.timedelta(days=_days_apart())
    return group.start - slack <= (item.end or item.start) and item.start <= (group.end or group.start) + slack


def _same_toll_as_main(item: _Item, groups: list[_Group], separated: bool, recalled: bool) -> bool:
    """Does a figure that fits no event count again what the report's main
    incident already counts: the same outcome, the same exact number, at
    least two ("found five bodies ... Saturday" after "the murders that left
    five dead"), of the same role (or one unknown), in a sentence with no
    action word of its own, at no place that does not fit the incident's,
    not set apart ("Separately") and not recalled from another time than the
    incident's? One report telling one toll twice tells one happening,
    whatever day the second sentence carries (its day does not move the
    lead's)."""
    if item.claim is None or separated or not groups or not groups[0].main or groups[0].recalled != recalled:
        return False
    value = item.claim.value
    if value.low is None or value.low != value.high or value.low < 2 or value.vague:
        return False
    group = groups[0]
    if not item.bare or not compatible_actions(group.action, item.action):
        return False  # a sentence with an action word of its own tells its own happening ("a bomb killed five")
    if item.place is not None and group.place is not None and not _places_fit(group.place, item.place):
        return False  # five killed in Kandahar after five killed in Kabul: another place, another happening
    role = item.claim.subject.role
    return any(c.category == item.claim.category and c.value.low == value.low and c.value.high == value.high
               and not c.negated and ("unknown" in (role, c.subject.role) or c.subject.role == role)
               for c in group.claims)


def _the_one_happening_named(item: _Item, groups: list[_Group], separated: bool, recalled: bool) -> _Group | None:
    """The event a later mention ("the shooting", "the attacks") that fits no
    event by its day names again: the one event of a compatible kind told so far
    (not recalled from another time), where the mention's sentence counts no
    figure of its own, is not set apart ("Separately") and is not recalled
    either. The report names its happening again with another day ("The
    shooting was reported Thursday", "where the shootings happened early
    Tuesday" after a lead dated by the arrest): a definite article tells a
    happening already told, and there is only one it can be. Its day does not
    move the event's. With two such events told, it names neither (None)."""
    if not item.definite or item.claim is not None or separated or recalled:
        return None
    fits = [g for g in groups if not g.recalled and g.action is not None and compatible_actions(g.action, item.action)]
    return fits[0] if len(fits) == 1 else None


def retold_sentences(ann: Annotation) -> set[int]:
    """The sentences that tell again what an earlier sentence of the page told,
    word for word: a lead repeated under a photo, the captions of a gallery
    ("Image 2 of 11 Police investigate the scene ..."), each compared without
    its counter (``[retold]`` of ``data/events.toml``)."""
    r = rules()
    seen: set[str] = set()
    out: set[int] = set()
    for k in range(len(ann.sentences)):
        text = ann.sentence_text(k)[0]
        if r.caption_counter is not None:
            text = r.caption_counter.sub("", text.strip())
        key = " ".join(text.casefold().split())
        if len(key) < r.retold_min_chars:
            continue
        if key in seen:
            out.add(k)
        seen.add(key)
    return out


def _is_aftermath(action: str | None) -> bool:
    return action is not None and rules().actions[action].aftermath


def _tally_as_toll(ann: Annotation, claim: Claim, claims: list[Claim]) -> bool:
    """Is a tally the report's own toll of its outcome? A lede that tells
    only a tally of an outcome ("a string of bombs and a shooting have left
    nine people dead across the capital", "twelve people were killed Monday
    in a wave of violence"), where the report counts nothing else of that
    outcome, tells what the report is about: the tally joins the event of its
    sentence. A tally after the lede (a roundup below a report's own
    incident), or one of "others" ("eight others were wounded across the
    city": more than the incident by its own words), stays apart."""
    token = ann.token_at(claim.span[0])
    if token is None or ann.tokens[token].sent != 0 or OTHERS & set((claim.subject.text or "").lower().split()):
        return False
    return not any(c.category == claim.category and c.scope != "tally" and not c.negated for c in claims)


def _claim_item(ann: Annotation, claim: Claim, by_sent: dict[int, list[Happening]],
                own: dict[int, tuple[bool, bool]], days: dict[int, dt.date | None] | None = None) -> _Item:
    action, action_sent = _claim_action(ann, claim, by_sent)
    token = ann.token_at(claim.span[0])
    sent = ann.tokens[token].sent if token is not None else -1
    start = claim.time.start if claim.time else None
    end = (claim.time.end or start) if claim.time else None
    nothing = claim.negated or (claim.value.low in (0, None) and claim.value.high == 0)
    told_here = token is not None and no_event_class(ann, token, action_word=False) is None
    own_time, own_place = own.get(sent, (False, False))
    # its day carried from a sentence before it in its paragraph ("Friday night. ... Four men were
    # shot"), not the document's main date
    carried = start is not None and not own_time and days is not None and any(
        days.get(back) == start for back in range(sent - 1, max(-1, sent - 5), -1) if ann.same_paragraph(back, sent))
    no_outcome = action_sent is None and claim.category.split(".", 1)[1] not in rules().seed_outcomes
    if no_outcome and not own_time:
        told_here = False  # "the earthquake destroyed 300 houses": no action word, no happening of conflict
    if action_sent is not None and action_sent != sent:
        join_why = f"toll without an action word of its own (its happening is told in sentence {action_sent + 1})"
    elif action_sent is None:
        join_why = "figure without an action word of its own, of the happening before it"
    else:
        join_why = f"figure ({claim.value.text}) of the same happening"
    return _Item(sent, token if token is not None else -1, action, start, end, claim.place,
                 own_time=own_time, own_place=own_place, definite=False,
                 anchor=action_sent if action_sent is not None and action_sent != sent else None,
                 can_seed=told_here and not nothing and claim.part_of is None and not _state_only(claim),
                 seed_why=f"its own figure ({claim.value.text})", join_why=join_why, claim=claim,
                 bare=action_sent != sent, carried=carried,
                 # a count of no outcome told with no action word, dated or not ("two men inside a 2005
                 # sedan pulled up", "over 17,000 buses were recalled in 2008") says who or what was
                 # there, not that a happening of conflict took place: only the report's first event
                 main_only=no_outcome)


def _state_only(claim: Claim) -> bool:
    """Is the figure's outcome told only by a word of a state ("reported
    missing", "a missing 25-year-old woman": ``[main] state_cues``)? It says
    how people are, not that something happened to them: it begins no event
    (it still joins a happening the report tells with it)."""
    return claim.cue is not None and claim.cue.text.casefold() in rules().state_cues


def _happening_place(ann: Annotation, sent: int, places: list[PlaceRef], vocab: Vocabulary) -> PlaceRef | None:
    """Where the happening sentence ``sent`` tells was, not where someone told of it: its first place
    (:func:`_sentence_place`), but a speaker's place ("a spokesman in Kabul said gunmen attacked a
    checkpoint in Ghazni province": :func:`_speakers_place`) gives way to the sentence's first other
    place that is not where people came from or went ("gunmen who crossed from X", "before fleeing
    to X": ``origin_place``, ``destination_place``), nor a place that holds the speaker's (its
    country, its province) or lies in another country: such a place does not say where, in the
    speaker's country, it happened. A place where the hurt were cared for ("militiamen injured in
    fighting were hospitalized in the town of X": :func:`~fogcount.stages.places.care_place`) is none
    of the happening's."""
    places = [p for p in places if not (p.span and care_place(ann, p.span))]
    place = _sentence_place(ann, [sent], places)
    if place is None or not place.span or not _speakers_place(ann, vocab, place.span):
        return place
    other = _sentence_place(ann, [sent], [p for p in places if p.span and not _speakers_place(ann, vocab, p.span)
                                          and not origin_place(ann, p.span) and not destination_place(ann, p.span)])
    if other is None or (other.country and place.country and other.country != place.country):
        return place
    level = _level(other, vocab)
    holds = level == 4 or (level == 3 and other.admin1 is not None and other.admin1 == place.admin1
                           and _level(place, vocab) < 3)
    return place if holds else other


def _happening_item(ann: Annotation, h: Happening, times, published: dt.date | None,
                    places: list[PlaceRef], vocab: Vocabulary) -> _Item:
    start, end = _sentence_time(times, [h.sent], published, statements=False)
    own_time = start is not None
    if not own_time:  # "said Thursday that forces ambushed...": by then, for fitting it to an event
        start, end = _sentence_time(times, [h.sent], published)
    place = _happening_place(ann, h.sent, places, vocab)
    main = h.sent < rules().main_sentences
    own = [what for what, has in (("time", own_time), ("place", place is not None)) if has]
    if own:
        seed_why = f'the happening ("{h.word}"), with its own {" and ".join(own)}'
    else:
        seed_why = f'the report\'s main incident ("{h.word}", in its first sentences)'
    join_why = f'later mention "{ann.tokens[h.token].text}"' if h.definite else \
        f'the same happening ("{h.word}") at a compatible time and place'
    return _Item(h.sent, h.token, h.kind, start, end, place, own_time=own_time,
                 own_place=place is not None, definite=h.definite, can_seed=bool(own) or main,
                 main_only=not own_time and (h.definite or not own), seed_why=seed_why, join_why=join_why)


def typed_lead(ann: Annotation, times=(), published: dt.date | None = None) -> Happening | None:
    """For a report in which no action word makes an event: the happening its
    lead tells in words the typing stage reads (``[typed_lead]`` of
    data/events.toml over the cues of data/event_types.toml: "took to the
    streets", "gathered to demand", "threw stones at"), in the first of the
    [main] sentences that dates itself ("On 9 May 2020, ...", as a figure with
    no action word needs to begin an event: "the earthquake destroyed 300
    houses" tells none) with such a cue that reports a happening (its first word
    read as an action word is by :func:`no_event_class`: "announced they would
    take up arms" tells none; nor does a cue holding a word of the action
    table, which :func:`find_happenings` has read already: a "storm" that is
    no verb, the "March" of a date, "prevented an attack"): the kind of the strongest
    set (the typing stage's score; ties in the table's order), at the cue's
    first word. None when no lead sentence has one."""
    kinds = rules().typed_lead
    for sent in range(min(rules().main_sentences, len(ann.sentences))):
        if _sentence_time(times, [sent], published, statements=False)[0] is None:
            continue
        text = ann.sentence_text(sent)[0]
        first, last = ann.sentences[sent]
        rewritten, hits = find_cues(text)
        telling: dict[str, list[tuple[int, str]]] = {}
        for name in kinds:
            for hit in hits.get(name, []):
                words = rewritten[hit.start:hit.end].lower().split()
                token = next((k for k in range(first, last) if ann.tokens[k].lower == words[0]), None)
                judged = any(_judged(ann.tokens[k]) for k in range(first, last) if ann.tokens[k].lower in words)
                if token is not None and not judged and no_event_class(ann, token) is None:
                    telling.setdefault(name, []).append((token, hit.cue))
        if not telling:
            continue
        name = max(telling, key=lambda n: (set_score({n: [h for h in hits[n] if h.cue in {c for _, c in telling[n]}]}, n),
                                           -list(kinds).index(n)))
        token, cue = min(telling[name])
        return Happening(kinds[name], sent, token, cue)
    return None


def _judged(token) -> bool:
    """Is the token a word of the action table (by lemma or as written), read
    already by :func:`find_happenings`, or a word of a state (``[main]
    state_cues``: "reported missing"), which :func:`_state_only` has judged to
    begin no event?"""
    return token.lemma in rules().by_word or token.lower in rules().by_word or token.lower in rules().state_cues


# ---------------------------------------------------------------- the stage


def build_events(state: DocumentState, settings: Settings) -> list[Event]:
    """The document's events, each with its claims and reconciled figures. An
    event its claims do not date or place takes the time and the place named
    in its own sentences ("On 9 May 2020, clashes erupted ... in Nihm"), else
    the place of the sentences before it in its paragraph or the document's
    (:func:`_carried_place`). A report in which no action word makes an
    event takes its happening from its lead read with the typing stage's cues
    (:func:`typed_lead`). Fills ``happenings`` on the state and ``event``
    on each claim."""
    ann, claims, places = state.annotation, state.report.claims, state.event_places
    _load_row_classes()
    state.happenings = find_happenings(ann)
    times = event_times(ann, state.times, state.published)
    vocab = settings.rules.vocabulary
    groups = group_claims(ann, claims, state.happenings, times, state.published, places, vocab)
    if not groups and (lead := typed_lead(ann, times, state.published)) is not None:
        state.happenings.append(lead)
        groups = group_claims(ann, claims, state.happenings, times, state.published, places, vocab)
    groups.sort(key=lambda g: min(g.sentences))
    for group in groups:
        if group.start is None:
            group.start, group.end = _sentence_time(times, group.sentences, state.published)
        if group.place is None or group.place.lat is None:
            # a phrase of another time that names no place: not its clause's place (the sentence's)
            group.place = finer_place(group.place, (None if group.phrase else _sentence_place(ann, group.sentences, places))
                                      or _carried_place(ann, group.sentences, places, state.document_place))
    for group in groups:
        group.place = _narrowed_place(ann, group, groups, places, vocab)
    people = _people_of_groups(ann, groups, vocab)
    # each time's dates, resolved once for the report (every event's "on or before" reads them)
    resolved = [(mention, resolve_prefix(mention.text, state.published)) for mention in times]
    events: list[Event] = []
    for number, group in enumerate(groups, start=1):
        event_id = f"e{number}"
        for claim in group.claims:
            claim.event = event_id
        first_sent = min(group.sentences)
        sentence, start, end = ann.sentence_text(first_sent) if first_sent >= 0 else (None, None, None)
        if sentence:  # the span of the sentence as given, without the blank line after it (issue 17)
            start, end = start + len(sentence) - len(sentence.lstrip()), end - (len(sentence) - len(sentence.rstrip()))
        action = rules().actions.get(group.action) if group.action else None
        events.append(Event(
            id=event_id,
            event_type=action.event_type if action else None,
            sub_event_type=action.sub_event_type if action else None,
            action=group.action,
            date_start=group.start,
            date_end=group.end,
            date_qualifier="on or before" if _dated_when_told(ann, resolved, group, state.published, state.happenings)
            else None,
            place=group.place,
            actors=_actors(ann, group, vocab),
            people=people[number - 1],
            figures=reconcile(group.claims, policy=settings.policy,
                              discount_partisan=settings.discount_partisan) if group.claims else [],
            claims=[c.id for c in group.claims],
            sentence=sentence.strip() if sentence else None,
            span=(start, end) if start is not None else None,
            documents=[state.report.document.id],
            why=[f"sentence {sent + 1}: {why}" for sent, why in sorted(group.why.items()) if sent >= 0],
        ))
    return events


def _run(state: DocumentState, settings: Settings) -> DocumentState:
    state.report.events = build_events(state, settings)
    state.count("happenings", len(state.happenings))
    state.count("events", len(state.report.events))
    state.count("events_without_figures", sum(not e.figures for e in state.report.events))
    return state


STAGE = Stage(NAME, VERSION,
              requires=("annotation", "times", "document_place", "event_places", "report.claims",
                        "claims.source", "claims.time", "claims.place"),
              assigns=("happenings", "report.events", "claims.event"), run=_run)


def event_times(ann: Annotation, times, published: dt.date | None) -> list:
    """The time mentions that can date a happening: not a page's stamp ("Posted:
    Tuesday, April 15, 2014 10:21 PM", "Updated: ..."), which dates the page,
    and not a clock time alone ("about 9:10 p.m."), which names an hour but no
    day (read against the publication date it would give the page's day to a
    shooting of the night before). The dates stage marks both
    (:class:`~fogcount.stages.dates.TimeMention`)."""
    return [mention for mention in times if not (mention.page or mention.clock)]


def _dated_when_told(ann: Annotation, resolved, group: _Group, published: dt.date | None,
                     happenings: list[Happening] = ()) -> bool:
    """Is the event dated only by days on which something was done about its
    happening later: every time of the report that gives its dates is a later
    act's ("was sentenced Wednesday", "charged with murder Friday":
    :class:`~fogcount.stages.dates.TimeMention`'s ``act``) or a statement's
    ("police said Tuesday"), and at least one is an act's? Then the happening
    was on or before them (``Event.date_qualifier``). A statement's time alone
    is no bound: a statement is nearly always made the day of its happening or
    the day after, and the dates read from it stay the event's own. A time
    that dates the happening itself ("shot Tuesday night") among them, or none
    that gives the dates (a carried or a merged span), leaves the dates its
    own; so does an act that is the event's own happening ("Police arrested
    three men on Monday": :func:`_own_tokens`). An event its report gives no
    day at all is "on or before" its publication where its sentences tell a
    later act about it ("Man charged with accidentally shooting baby"): a
    follow-up, told after the happening, not within the days before the page.
    ``resolved``: the report's event times, each with its resolved dates."""
    own = _own_tokens(ann, group, happenings)
    if group.start is None:
        return published is not None and any(t not in own for t in later_acts(ann, group.sentences))
    giving = [mention for mention, ref in resolved if ref.start is not None
              and (ref.start, ref.end or ref.start) == (group.start, group.end or group.start)]
    acts = [m for m in giving if m.act is not None and m.act not in own]
    return bool(acts) and all(m.statement or m in acts for m in giving)


def _own_tokens(ann: Annotation, group: _Group, happenings: list[Happening]) -> set[int]:
    """The tokens of the event's own happening: its action's words in its own
    sentences, and the words that gave its claims their outcomes (each claim's
    ``cue``: "arrested" in "Police arrested two suspects", whose captured are
    the event's figure, so the arrest is the event, not a later act about it;
    not "identified" in "Police identified the two men killed", whose cue is
    "killed")."""
    sentences = set(group.sentences)
    own = {h.token for h in happenings if h.kind == group.action and h.sent in sentences}
    for claim in group.claims:
        if claim.cue is not None and claim.cue.span:
            first, last = ann.token_at(claim.cue.span[0]), ann.token_at(max(claim.cue.span[1] - 1, claim.cue.span[0]))
            if first is not None:
                own.update(range(first, (last if last is not None else first) + 1))
    return own


def _sentence_time(times, sentences: list[int], published: dt.date | None, *, statements: bool = True):
    """The first event time named in the sentences, resolved; a statement's
    time ("On 5 May, militants claimed an attack") only where the sentences
    name no other (and ``statements`` allows it): the time a statement was
    made is the event's when the event has none of its own."""
    wanted = set(sentences)
    for statements in (False, True) if statements else (False,):
        for mention in times:
            if mention.sentence in wanted and mention.statement is statements:
                ref = resolve_prefix(mention.text, published)  # "30 April 2020, daily" -> 30 April
                if ref.start is not None:
                    return ref.start, ref.end or ref.start
    return None, None


def _sentence_place(ann: Annotation, sentences: list[int], places: list[PlaceRef]) -> PlaceRef | None:
    """The resolved place named in the sentences where their event happened,
    not only a container, and in a country where one is. ``places`` come as the
    places stage ranks them for where a text's event happened (the state's
    ``event_places``: :func:`~fogcount.stages.places.event_order`): a town-level
    place before a region, one the text puts in its divisions before one named
    bare, where the act happened before where its actors came from or stood."""
    spans = [ann.sentence_text(s)[1:] for s in sorted(set(sentences)) if s >= 0]
    inside = [p for p in places if p.span and p.lat is not None and not p.modifies
              and any(a <= p.span[0] < b for a, b in spans) and not care_place(ann, p.span)]
    # the place a container contains before the container ("Vasylivka, Donetsk"), a place in a
    # country before a continent or a sea ("in Africa's deadliest attack ... in Mali"), then the
    # first in the places stage's ranking (a town-level place before a region, ...)
    return min(inside, key=lambda p: (p.container_for is not None, p.country is None)) \
        if inside else None


def _level(place: PlaceRef, vocab: Vocabulary) -> int:
    """How coarse a place is: its precision (1 a town, 2 a district, 3 a
    region or a first-level division), 4 a country (its whole name a
    country's, by the vocabulary, or ISO 3166's name of the place's own
    country: "Nicaragua", which the vocabulary does not list)."""
    precision = place.precision or 3
    name = place.name or place.text
    country = any(start == 0 and end == len(name) for _, start, end in vocab.find_countries(name)) \
        or (not place.admin1 and place.country is not None and pycountry_code(name) == place.country)
    return 4 if precision >= 3 and country else precision


def _narrowed_place(ann: Annotation, group: _Group, groups: list[_Group],
                    places: list[PlaceRef], vocab: Vocabulary) -> PlaceRef | None:
    """The event's place, or a finer one inside it: where the event's own
    sentence names only a country or a province ("Gunmen killed five in
    central Mali", "in the Iraqi province of Nineveh") and its sentences, or
    the next ones of its paragraph that no other event holds, name a place in
    that country or province ("The attackers raided the village of X in the
    Mopti region", "The incident occurred south of Mosul"), the event happened
    there: the first such place in the places stage's ranking that does not
    say where people came from ("farmers from X":
    :func:`~fogcount.stages.places.origin_place`). A region known by no
    first-level division (a county of the imported index) holds nothing by
    its code, and is kept."""
    coarse = group.place
    if coarse is None or coarse.lat is None or coarse.country is None:
        return coarse
    level = _level(coarse, vocab)
    if level < 3 or (level == 3 and not coarse.admin1):
        return coarse
    held = {s for other in groups if other is not group for s in other.sentences}
    own = [s for s in group.sentences if s >= 0]
    if not own:
        return coarse
    wanted = set(own)
    for sent in range(max(own) + 1, max(own) + 1 + PLACE_REACH):
        if sent >= len(ann.sentences) or sent in held or not ann.same_paragraph(max(own), sent):
            break
        wanted.add(sent)
    spans = [ann.sentence_text(s)[1:] for s in sorted(wanted)]
    inside = [p for p in places if p.span and p.lat is not None and not p.modifies
              and p.container_for is None and any(a <= p.span[0] < b for a, b in spans)
              and p.country == coarse.country and (_level(p, vocab) < level or _region_of(p, coarse, level))
              and (level == 4 or p.admin1 == coarse.admin1) and not origin_place(ann, p.span)
              and not _speakers_place(ann, vocab, p.span) and not care_place(ann, p.span)]
    if inside:
        return inside[0]
    return _best_inside(ann, coarse, level, held, places, vocab) or coarse


def _region_of(place: PlaceRef, coarse: PlaceRef, level: int) -> bool:
    """Is ``place``, a region (precision 3) that is not itself a first-level
    division (its name is not its division's: "the Sarwah region"), a part of
    the first-level division ``coarse`` (of ``level`` 3, named as its division:
    "the province of Marib")? Such a region is finer than the province."""
    if level != 3 or place.precision != 3 or not place.admin1 or place.admin1 != coarse.admin1:
        return False
    own = name_key(place.name or place.text)
    return own != name_key(place.admin1) and name_key(coarse.name or coarse.text) == name_key(coarse.admin1)


def _best_inside(ann: Annotation, coarse: PlaceRef, level: int, held: set[int],
                 places: list[PlaceRef], vocab: Vocabulary) -> PlaceRef | None:
    """The text's best place for where its event happened (the first of the
    places stage's ranking, :func:`~fogcount.stages.places.event_order`) when
    it lies inside the event's coarse place ``coarse`` (of ``level``) and in no
    sentence another event holds ("Gunmen killed five in Iraq's Anbar
    province. ... The victims had gone fishing near the town of X" puts the
    killing in X however far after the figure it is told, where the next
    sentences of :func:`_narrowed_place` do not reach). Not where someone
    spoke, nor where people came from (:func:`~fogcount.stages.places.origin_place`);
    not a container of another place."""
    best = next((p for p in places if p.span and p.lat is not None and not p.modifies), None)
    if best is None or best.container_for is not None or best.country != coarse.country \
            or _level(best, vocab) >= level or (level < 4 and best.admin1 != coarse.admin1) \
            or _speakers_place(ann, vocab, best.span) or origin_place(ann, best.span) \
            or care_place(ann, best.span):
        return None
    tok = ann.token_at(best.span[0])
    return None if tok is not None and ann.tokens[tok].sent in held else best


def _speakers_place(ann: Annotation, vocab: Vocabulary, span: tuple[int, int]) -> bool:
    """Is the place at ``span`` where someone spoke: in the subject of a verb of saying ("officials in
    Baghdad said"; ``sources`` speech verbs), or on a noun of speaking ("in a speech in Baghdad":
    ``speaking_nouns``)? Wire copy names the capital so after the event, as the place of the words, not
    of the happening. Not in what is said or reported ("reported 14 deaths in the department of X")."""
    tokens = ann.tokens
    node = ann.token_at(span[0])
    for _ in range(8):
        if node is None or tokens[node].head == node:
            return False
        below, node = node, tokens[node].head
        if tokens[node].pos in ("NOUN", "PROPN") and tokens[node].lemma.lower() in rules().speaking_nouns:
            return True
        if tokens[node].pos in ("VERB", "AUX"):
            # a subject that names a happening ("An air strike ... in X, officials told AFP", the
            # parser reading "hit" as a noun) is what was told, no speaker
            return tokens[node].lemma in vocab.sources.speech_verbs and tokens[below].dep in ("nsubj", "nsubjpass") \
                and not _names_a_happening(ann, below)
    return False


def _names_a_happening(ann: Annotation, i: int) -> bool:
    """Is the noun at ``i`` an action word, alone or with the compound before it ("attack", "air strike")?"""
    tok, by_word = ann.tokens[i], rules().by_word
    if tok.lemma in by_word or tok.lower in by_word:
        return True
    return i > 0 and ann.tokens[i - 1].dep == "compound" and ann.tokens[i - 1].head == i \
        and f"{ann.tokens[i - 1].lower} {tok.lower}" in by_word


def _carried_place(ann: Annotation, sentences: list[int], places: list[PlaceRef],
                   document: PlaceRef | None) -> PlaceRef | None:
    """For an event whose sentences name no place, as for a figure: the place of
    the sentences before it in its paragraph ("Clashes erupted in X. Two were
    arrested." are both in X), else the document's (``document``, no finer
    than precision 2)."""
    first = min((s for s in sentences if s >= 0), default=None)
    if first is None:
        return None
    for back in range(1, PLACE_REACH + 1):
        if first - back < 0 or not ann.same_paragraph(first - back, first):
            break
        found = _sentence_place(ann, [first - back], places)
        if found is not None:
            return found
    return document


def _actors(ann: Annotation, group: _Group, vocab: Vocabulary) -> list[str]:
    """Registry actors named in the event's claims and sentences, in order."""
    names: list[str] = []
    for claim in group.claims:
        if claim.subject.actor:
            names.append(claim.subject.actor)
    for sent in sorted(set(group.sentences)):
        if sent >= 0:
            names += [a.name for a in vocab.find_actors(ann.sentence_text(sent)[0])]
    return list(dict.fromkeys(names))


def _people_of_groups(ann: Annotation, groups: list[_Group], vocab: Vocabulary) -> list[list[str]]:
    """The people each event's account names (:func:`named_people`): those
    of its own sentences; a sentence no event holds continues the account of
    the nearest sentence before it in its paragraph that an event holds (a
    recalled shooting's "The father, Ivan Berrien, was convicted"), and one
    with none before it ("The victim was identified as ...", "Her funeral is
    on Saturday") tells of the report's main incident, the event with most
    killed and injured claims (the first on a tie)."""
    if not groups:
        return []
    named = named_people(ann, vocab)
    owner = {s: i for i, g in enumerate(groups) for s in g.sentences}
    tolls = [sum(c.category in ("people.killed", "people.injured") for c in g.claims) for g in groups]
    main = max(range(len(groups)), key=lambda i: (tolls[i], -i))

    def account(sent: int) -> int:
        # a sentence no event holds continues the account of the nearest one before it in its
        # paragraph ("In January, a teen shot his friend ... The father, Ivan Berrien, was
        # convicted"), else tells of the main incident
        for back in range(sent - 1, -1, -1):
            if not ann.same_paragraph(back, sent):
                break
            if back in owner:
                return owner[back]
        return main

    out = []
    for i, group in enumerate(groups):
        sentences = set(group.sentences)
        out.append(list(dict.fromkeys(name for sent, name in named
                                      if sent in sentences or (sent not in owner and account(sent) == i))))
    return out


def named_people(ann: Annotation, vocab: Vocabulary) -> list[tuple[int, str]]:
    """The people the text names, with the sentence of each mention, in
    order: each person entity of two words or more, as "first last" in lower
    case. A name the text anywhere gives as an official's (after or holding a
    word of ``[people] officials``: "Sgt.", "spokeswoman", a byline's "By",
    "Contact"; spaCy often puts the title inside the entity), as a speaker's
    (the subject of a reporting verb: "John Smith said", the object of
    "according to"), or
    as part of something no person is ("Ben Taub Hospital": a word of
    ``not_people`` in it, or just after it where the name modifies it) is none of them, in any of its mentions."""
    r = rules()
    speech = vocab.sources.speech_verbs
    tokens = ann.tokens
    mentions: list[tuple[int, str]] = []
    rejected: set[str] = set()
    for i, end in ann.entity_runs(("PERSON",)):
        run = tokens[i:end]
        # a title inside the entity ("according to Detective Jane Roe"), never its last word: a
        # surname ("Mohamed Sheriff", "Michael Judge")
        titles = {t.i for t in run[:-1] if t.lower in r.officials}
        titled = bool(titles)
        words = [t.text.casefold() for t in run if t.text[:1].isupper() and t.text[:1].isalpha()
                 and len(t.text.rstrip(".")) > 1 and t.text.casefold() not in r.name_suffixes
                 and t.i not in titles]
        if len(words) < 2:
            continue
        last = words[-1].removesuffix("'s")
        name = f"{words[0]} {last}"
        mentions.append((run[0].sent, name))
        before = tokens[run[0].i - 1] if run[0].i > 0 and tokens[run[0].i - 1].sent == run[0].sent else None
        head = run[-1]
        while head.head != head.i and run[0].i <= head.head <= run[-1].i:
            head = tokens[head.head]
        # a following word counts only where the name modifies it ("Ben Taub
        # Hospital"), not "identified as Jane Roe, police said"
        after = [tokens[head.head].lower] if (head.dep in ("compound", "nmod") and end <= head.head < end + 2
                                               and all(t.pos != "PUNCT" for t in tokens[end:head.head])) else []
        if (any(w in r.not_people for w in words) or any(w in r.not_people for w in after)
                or titled or (before is not None and before.lower in r.officials)
                or (head.dep in ("nsubj", "nsubjpass") and tokens[head.head].lemma.lower() in speech)
                or _according_to(tokens, head)):
            rejected.add(name)
    return [(sent, name) for sent, name in mentions if name not in rejected]


def _according_to(tokens, head) -> bool:
    """Whether a name is the object of "according to": its speaker."""
    if head.dep != "pobj" or tokens[head.head].lower != "to":
        return False
    to = tokens[head.head]
    return tokens[to.head].lower == "according" or (to.i > 0 and tokens[to.i - 1].lower == "according")
