"""Claims: every figure about people or things in a conflict, as an interval.

For each figure in the text (a number, a number word, a range, a vague
quantity, or a zero such as "no casualties") this stage decides:

* whether it is a count at all (clock times, distances, ages, calibres, money,
  percentages, dates and unit names are not: they go to ``skipped`` with the
  reason);
* what was counted: the head noun gives the unit (``people``, ``vehicles``...);
* what happened to it: the verb, participle or noun around the figure gives
  the outcome (``killed``, ``destroyed``...), in any voice;
* its interval (``fogcount.quantities``), negation, hedge, subject and role.

Needs: an :class:`~fogcount.stages.annotate.Annotation`.
Fills: ``Report.claims`` (``source``, ``time``, ``place``, ``event`` stay null:
later stages fill them) and ``Report.skipped``.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
import typing

from number_parser import parse_ordinal

from ..lexicon import (animal_nouns, body_nouns, common_nouns, group_nouns, illness_nouns, injury_nouns, kin_nouns,
                       noun_class, noun_classes, nouns_under, peopled_nouns,
                       person_nouns, person_sense_nouns, sex_of,
                       usual_person_sense_nouns)
from ..models import Claim, Cue, SkippedNumber, Subject, Value
from ..quantities import NUMBER_RE, Quantity, increment, number_value, read_quantity, scan
from ..rules import load
from ..settings import Settings
from ..vocabulary import Vocabulary, _norm, vocabulary
from .annotate import Annotation, Token
from .base import DocumentState, Stage
from .events import _separated
from .reconcile import DIED_OF_HURT_RULE, SELF_HARM_RULE, SHARE_RULE

NAME = "claims"
VERSION = "127"  # what each version changed: docs/stage-history.md

_NOUN_POS = {"NOUN", "PROPN"}
_VERB_POS = {"VERB", "AUX"}
# Dependencies by which a figure modifies the noun it counts.
_MODIFIER_DEPS = {"nummod", "amod", "quantmod", "det", "poss", "compound", "nmod", "npadvmod"}
# Dependencies by which a phrase is what a verb's action happens to (or is done by).
_ARGUMENT_DEPS = {"nsubjpass", "dobj", "nsubj"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_PASSIVE_CLAUSE_DEPS = {"xcomp", "oprd", "acomp", "ccomp", "advcl", "conj"}
_QUOTES = {'"', "“", "”", "'", "‘", "’", "``", "''"}
_ENT_REASONS = {"DATE": "date", "TIME": "clock time", "MONEY": "money", "PERCENT": "percentage",
                "QUANTITY": "measure", "ORDINAL": "ordinal"}
# A part of the latest figure of its outcome before it ("among those killed", "the dead included"):
# ``_Reading.part_of`` and ``Claim.part_of`` until extract_claims resolves it to that claim.
_BACK = -1
_BACK_PART = "@back"
# How many tokens may stand between a figure and the noun it counts.
_SUBJECT_LIMIT = 8
# A claim's sentence is cut to a window around the figure past this length.
_SENTENCE_LIMIT = 600


@dataclasses.dataclass
class _Candidate:
    quantity: Quantity
    anchor: int  # token index of the figure's head word
    zero: str | None = None  # "no", "any", "nobody"... for zero figures
    single: bool = False  # "a man was killed": one person, only where an outcome word says so
    # "the district chief was killed", "gunmen shot him ... Bertha Caceres was murdered": one person named by
    # a definite role noun or a proper name, only as the argument of a verb or modifier that says what happened
    definite: bool = False
    named: bool = False  # the anchor is a person's name, itself the counted noun
    bare: bool = False  # "Muslim cleric ... was shot dead": a singular role noun with no determiner, itself counted
    elliptic: bool = False  # "killed a health worker and injured another": a determiner of one standing for its noun
    named_before: bool = False  # a definite noun whose lemma the text used before: the same person again
    pronoun: bool = False  # "shot him dead": one person, itself the counted word, if no figure before counted people
    # "A man was shot ... He died at the hospital": a pronoun as the one who died, never a figure of its own: the
    # death of the one person told just before (:func:`_died_later`)
    died: bool = False


@dataclasses.dataclass(frozen=True)
class _FrameWords:
    """The word sets of the frame of presence (:func:`_licensed_presence`): each a row of the table
    ``[present_frame]`` joined with WordNet's hyponyms of its roots."""

    vehicles: frozenset[str]  # military vehicles: vehicle_nouns and the hyponyms of vehicle_roots
    forces: frozenset[str]  # force_nouns and the hyponyms of force_roots
    weapons: frozenset[str]  # the hyponyms of weapon_roots
    gatherings: frozenset[str]  # gathering_nouns and the hyponyms of gathering_roots
    doings: frozenset[str]  # the verbs of the outcomes of harm (harm_outcomes)


@functools.lru_cache(maxsize=8)
def _frame_words(vocab: Vocabulary) -> _FrameWords:
    """The frame of presence's word sets, made once per vocabulary, not once per figure."""
    return _FrameWords(
        vehicles=vocab.military_vehicle_nouns | nouns_under(*vocab.vehicle_roots),
        forces=vocab.force_nouns | nouns_under(*vocab.force_roots),
        weapons=nouns_under(*vocab.weapon_roots),
        gatherings=vocab.gathering_nouns | nouns_under(*vocab.gathering_roots),
        doings=frozenset(v for name in vocab.harm_outcomes for v in vocab.outcomes[name].verbs),
    )


@functools.lru_cache(maxsize=8)
def _load_word_classes(vocab: Vocabulary) -> None:
    """Load, once per process and vocabulary, the WordNet word classes that rules ask for only when a figure
    needs them (a vehicle's licence, a place's population, an illness, a kin noun), so that their cost is
    paid on the first document and not on whichever later one first needs each: it is the process's cost,
    once (the throughput benchmark's warm-up text holds it), not one document's. The classes are cached
    by fogcount.lexicon and :func:`_frame_words`; nothing here changes what any rule reads."""
    for words in (person_nouns, person_sense_nouns, animal_nouns, body_nouns, common_nouns, group_nouns,
                  illness_nouns, injury_nouns, kin_nouns, peopled_nouns, usual_person_sense_nouns):
        words()
    sex_of("person")  # the nouns of each sex (lexicon.sex_nouns)
    noun_class("person")  # the lexicographer classes of every noun
    nouns_under("crime")  # crimes, no strikes (_a_crime)
    nouns_under(*vocab.period_roots)  # periods of a rate (_a_rate)
    nouns_under(*vocab.pathogen_roots)  # the doers of an illness's killing (_illness_news)
    nouns_under(*vocab.illness_roots)  # infections WordNet files under no illness (_illness_lemmas)
    nouns_under(*vocab.sick_roots)  # the ill an infection may name as a modifier (_an_illness)
    nouns_under(*vocab.weapon_roots, *vocab.explosive_roots)  # weapons, no things of peace (_a_thing_of_peace)
    _frame_words(vocab)


def extract_claims(ann: Annotation, vocab: Vocabulary | None = None) -> tuple[list[Claim], list[SkippedNumber]]:
    """All claims of one annotated document, in text order, and the numbers skipped."""
    vocab = vocab or vocabulary()
    _load_word_classes(vocab)
    skipped: list[SkippedNumber] = []
    made: list[tuple[Claim, int | None]] = []  # each claim with the noun its figure counts
    repeated = _repeated_sentences(ann)
    unlicensed: set[int] = set()  # the claims of presence no frame licenses (_licensed_presence)
    for cand in _candidates(ann, vocab):
        if ann.tokens[cand.anchor].sent in repeated:
            # a sentence the text prints a second time, word for word (a paragraph a page repeats): told once
            q = cand.quantity
            skipped.append(SkippedNumber(text=q.text, span=(q.start, q.end), reason="a sentence told again"))
            continue
        if cand.named_before or cand.died or (cand.pronoun and any(claim.category.startswith("people.") for claim, _ in made)):
            _died_later(ann, vocab, cand, made)  # "a man was shot ... he died": that one's wound killed him
        if cand.died or (cand.pronoun and any(claim.category.startswith("people.") for claim, _ in made)):
            continue  # "two men were shot ... he died": one of the people a figure before counted
        found, noun, reason = _claims_for(ann, vocab, cand)
        if found and noun is not None and _counts_groups(ann, vocab, cand, noun):
            # "200 families were displaced": households; "two families were killed": at least two people;
            # "three crews fought the fire": no one counted
            found, reason = _of_groups(ann, vocab, noun, found)
        if found and noun is not None and _habitual(ann, vocab, cand, noun, found):
            found, reason = [], "a habit, no happening"  # "many motorists exceed the speed limit"
        if found and _whenever(ann, vocab, noun, found):
            found, reason = [], "generic"  # "when two people marry, they share their property"
        sent = ann.tokens[cand.anchor].sent
        if found and _told_again(ann, vocab, noun, found, made):
            # "with the two wrestlers splitting ..., he widened the gap between the two wrestlers": the same
            # people again in one sentence
            found, reason = [], "the same people again"
        if found and _present_told_again(ann, vocab, noun, found, made):
            # "Two men in the yard began yelling at him. ... He confronted the two men": the same people there
            found, reason = [], "the same people again"
        if found and cand.named and _named_again(ann, noun, found, made):
            # "Tom Roe, 45, and his wife were hurt; Roe was taken to a hospital": one person told twice
            found, reason = [], "the same person again"
        for new in found if cand.named else ():
            # "A journalist was killed. ... Leobardo Vazquez was shot dead": the one counted, named: a part of it
            # ... not one of another role, of a happening a sentence since calls another ("In a separate
            # attack"), nor when the name's verb says "also"
            verb = ann.tokens[cand.anchor].head
            if any(ann.tokens[c].lower in vocab.additive_adverbs for c in ann.children[verb]):
                continue
            earlier = next((n for c, n in made if _one_person(c) and c.category == new.category and n is not None
                            and c.part_of is None and ann.tokens[n].sent < sent
                            and not _another_name(ann, n, c, new)
                            and (c.subject.role == new.subject.role or "unknown" in (c.subject.role, new.subject.role))
                            and not any(_separated(ann, s) for s in range(ann.tokens[n].sent + 1, sent + 1))), None)
            if earlier is not None and new.part_of is None:
                new.part_of = f"@{earlier}"
        if not found:
            found = _part_of_them(ann, vocab, cand, made)
        elif len(found) == 1 and noun is None and found[0].part_of is None:
            # "252 people were injured -- 154 of them by live fire": the parser gives the bare
            # figure its whole's verb; "of them" says it is a part of that whole all the same
            parts = _part_of_them(ann, vocab, cand, made)
            if parts and (parts[0].category == found[0].category or _a_fatal_share(parts[0])):
                found = parts
        for claim in found:
            if claim.cue is None and claim.category in _LICENSED_CATEGORIES and not _licensed_presence(
                    ann, vocab, claim, noun):
                unlicensed.add(id(claim))  # "a three-vehicle crash", "two cars drove past": no force, no action
        made += [(claim, noun) for claim in found]
        if not found and reason:
            q = cand.quantity
            skipped.append(SkippedNumber(text=q.text, span=(q.start, q.end), reason=reason))
    claims: list[Claim] = []
    claim_of_noun: dict[int, str] = {}
    joined = _join_coordinated(ann, vocab, made)
    # in text order among the others
    for own in _not_repeated(ann, repeated, _self_harm(ann, vocab, {n for _, nouns in joined for n in nouns})):
        at = bisect.bisect_right([c.span[0] for c, _ in joined], own.span[0])
        joined.insert(at, (own, []))
    for harm in _not_repeated(ann, repeated, _multiplied_harms(ann, vocab, [c for c, _ in joined])):
        at = bisect.bisect_right([c.span[0] for c, _ in joined], harm.span[0])
        joined.insert(at, (harm, []))
    for share in _not_repeated(ann, repeated, _fatal_shares(ann, vocab, [c for c, _ in joined])):
        at = bisect.bisect_right([c.span[0] for c, _ in joined], share.span[0])
        joined.insert(at, (share, []))
        skipped = [k for k in skipped if k.span != share.span]  # the number counts after all
    for claim, nouns in joined:
        claim.id = f"c{len(claims) + 1}"
        claims.append(claim)
        for noun in nouns:
            claim_of_noun.setdefault(noun, claim.id)
    for at, claim in enumerate(claims):
        if claim.part_of == _BACK_PART:  # "two soldiers were among those killed": the latest total of that outcome
            told = claim.cue.span[0] if claim.cue else claim.span[0]  # before the words that point back
            claim.part_of = next((c.id for c in reversed(claims[:at]) if c.part_of is None
                                  and c.category == claim.category and not c.negated and c.span[1] <= told
                                  and (c.value.low or 0) >= (claim.value.low or 0)), None)
        elif claim.part_of is not None:  # "@12" -> the claim whose figure counts token 12
            whole = ann.tokens[int(claim.part_of[1:])]
            # or whose figure is that token: "killing three of them, including a guard and several shoppers"
            # (the verb's object a bare number, its noun "them" or none)
            claim.part_of = claim_of_noun.get(whole.i) or next(
                (c.id for c in claims[:at] if whole.pos == "NUM" and c.span[0] <= whole.idx < c.span[1]), None)
    _mark_part_of_a_whole_in_its_phrase(ann, made, claims)
    _named_dead_told_hurt(ann, vocab, claims)
    _mark_breakdowns(ann, vocab, claims)
    _mark_others(ann, vocab, claims, claim_of_noun)
    _died_of_the_hurt(ann, vocab, claims)
    _mark_also(ann, vocab, claims)
    for claim in claims:
        if _tally_scope(ann, vocab, claim):
            claim.scope = "tally"
    _rank_among_victims(claims)
    claims = _without_unlicensed(claims, unlicensed, skipped)
    return claims, skipped


def _mark_part_of_a_whole_in_its_phrase(ann: Annotation, made: list[tuple[Claim, int | None]],
                                        claims: list[Claim]) -> None:
    """Mark a figure "of" a noun that carries a figure of its own ("one of 164 parolees", "many of the 60
    residents", "two of the 12 people in the car") part of that figure's claim: the whole is counted in the
    same phrase, and the part is some of those people, not more of them. Only where the whole's claim has
    the part's category and is no smaller (a known part: "two of the six suspects were arrested" counts
    the arrested among those there, another outcome, and stays its own figure)."""
    tokens = ann.tokens
    by_id = {claim.id: claim for claim in claims}
    for claim, noun in made:
        if claim.part_of is not None or noun is None or claim.id not in by_id or claim.negated:
            continue
        of = tokens[noun].head
        if tokens[noun].dep != "pobj" or tokens[of].lower != "of" or tokens[of].head == of:
            continue
        part = tokens[tokens[of].head]  # the part's own word: "one", "many", "two"
        if not claim.span[0] <= part.idx < claim.span[1]:
            continue
        own = [c for c in ann.children[noun] if tokens[c].dep == "nummod" and c != part.i]
        # the claim whose figure is the noun's own number (the noun's first claim may be the part itself)
        whole = next((c for c in claims if own and c.span[0] <= tokens[own[0]].idx < c.span[1]), None)
        if whole is None or whole is claim or whole.category != claim.category or whole.negated:
            continue
        if whole.value.low is not None and claim.value.low is not None and whole.value.low < claim.value.low:
            continue
        claim.part_of = whole.id


def _counts_groups(ann: Annotation, vocab: Vocabulary, cand: _Candidate, noun: int) -> bool:
    """Does the figure count groups, not people: its noun one of ``group_count_nouns`` (people nouns whose
    commonest WordNet sense is a group: "family", "crew"), the figure on that noun itself (its number,
    determiner or the noun alone) or the head of its "of" ("hundreds of families"), and the noun inflected
    for the plural ("three crews", "two families", "dozens of families") or the figure one ("one family", "a
    crew", "the crew was hurt")? Uninflected with a figure of more it counts members ("at least 2 crew
    drowned"); "a family of five" counts the five (the figure is not on the noun). A vague figure counts
    groups as an exact one does: "hundreds of families" are several times as many people, and one report's
    "200 families" and "hundreds of families" are one unit (:func:`_of_groups`)."""
    tokens = ann.tokens
    tok = tokens[noun]
    if tok.lemma.lower() not in vocab.group_count_nouns:
        return False
    of_head = tok.dep == "pobj" and tokens[tok.head].lower == "of" and tokens[tok.head].head == cand.anchor
    if cand.anchor != noun and tokens[cand.anchor].head != noun and not of_head:
        return False
    plural = tok.tag == "NNS" and tok.lower != tok.lemma.lower()
    one = cand.quantity.low == 1 and cand.quantity.high == 1
    return plural or one


def _of_groups(ann: Annotation, vocab: Vocabulary, noun: int, found: list[Claim]) -> tuple[list[Claim], str | None]:
    """The claims of a figure that counts groups (:func:`_counts_groups`), and the reason if none is left. A
    figure of families in an outcome that counts households (``household_outcomes``: present, displaced, fled)
    is families.<outcome>, a unit of its own ("200 families were displaced", "hundreds of families fled").
    A harm to families or crews (``member_harm_outcomes``: "two families were killed", "both crews were
    injured", "three crews of firefighters were killed") harms at least one person in each group: it stays
    people.<outcome> with the figure as its lower bound and no upper bound (how many each group held is not
    told), so that the toll keeps it. Any other outcome of groups counts no one ("three crews fought the
    fire")."""
    family = ann.tokens[noun].lemma.lower() in vocab.family_nouns
    kept: list[Claim] = []
    for claim in found:
        outcome = claim.category.split(".", 1)[1]
        if family and outcome in vocab.household_outcomes:
            kept.append(claim.model_copy(update={"category": "families." + outcome}))
        elif outcome in vocab.member_harm_outcomes:
            kept.append(claim.model_copy(update={"value": claim.value.model_copy(update={"high": None})}))
    return kept, None if kept else "a count of groups, not people"


def _verb_above(ann: Annotation, noun: int, steps: int = 3) -> int | None:
    """The first verb above a counted noun, through at most ``steps`` heads ("hundreds of people
    marry": the noun, "of", "hundreds", the verb), or None at the root or past the reach."""
    tokens = ann.tokens
    verb = noun
    for _ in range(steps):
        if tokens[verb].head == verb:
            return None
        verb = tokens[verb].head
        if tokens[verb].pos in ("VERB", "AUX"):
            return verb
    return None


def _whenever(ann: Annotation, vocab: Vocabulary, noun: int | None, found: list[Claim]) -> bool:
    """Is a figure of people with no outcome word an argument of a verb in the simple present (no
    auxiliary) in a clause opened by one of ``whenever_adverbs``, hung on a verb in the simple present or
    under a modal ("when two people marry, they share their property", "once three members sign, the
    board must meet"): what happens whenever it happens, no happening? Not in a headline or a text's first
    sentence (a headline's present is a past), nor in the past ("when two men entered the store, they
    ...")."""
    if noun is None or any(claim.category != "people.present" or claim.cue is not None for claim in found):
        return False
    tokens = ann.tokens
    verb = _verb_above(ann, noun)
    if verb is None:
        return False
    v = tokens[verb]
    if v.dep != "advcl" or v.tag not in ("VBZ", "VBP") or any(
            tokens[c].dep in ("aux", "auxpass") for c in ann.children[verb]):
        return False
    if not any(tokens[c].dep in ("advmod", "mark") and tokens[c].lower in vocab.whenever_adverbs and c < verb
               for c in ann.children[verb]):
        return False
    main = tokens[v.head]
    auxes = [tokens[c] for c in ann.children[main.i] if tokens[c].dep in ("aux", "auxpass")]
    if not ((main.tag in ("VBZ", "VBP") and not auxes) or (main.tag == "VB" and any(a.tag == "MD" for a in auxes))):
        return False
    start, end = next((a, b) for a, b in ann.sentences if a <= verb < b)
    return start != 0 and not _headline(ann, start, end)


def _habitual(ann: Annotation, vocab: Vocabulary, cand: _Candidate, noun: int, found: list[Claim]) -> bool:
    """Is a figure of people with no outcome word an argument of a verb in the simple present, with no
    auxiliary, that tells what such people do as a habit, not what happened ("many women view the law as a
    threat", "many motorists exceed the limit", "turns away hundreds of people every month")? Not a copula, a
    light verb or a verb of saying ("many residents say ...": what real people say), not in a headline or a
    text's first sentence (a headline's present is a past: "Hundreds attend vigil"). The verb is the first
    above the noun, through at most three heads ("hundreds of people"). A force's size is no habit
    ("hundreds of fighters control the town": a noun of the frame's forces), nor a state at a place or a time
    (one of ``anchor_adverbs`` or ``anchor_prepositions`` on the verb: "now control", "shelter in the
    school"). The habit needs a mark of its own: a frequency (``habit_adverbs``, a noun of time under one of
    ``habit_determiners``: "often exceed", "every week"), or a subject of people in general, no determiner on
    it and no anchor on its verb ("many motorists exceed the speed limit"); a vague figure only ("many",
    "hundreds"). An exact figure is a rate only with a frequency (:func:`_a_rate`: "turns away 40 people a
    night", "2 million residents are infected every year"), its verb in the simple present or a passive
    with a present auxiliary."""
    if any(claim.category != "people.present" or claim.cue is not None for claim in found):
        return False
    if ann.tokens[noun].lemma.lower() in _frame_words(vocab).forces:
        return False  # "dozens of soldiers guard the checkpoint": a force's size (DESIGN.md), no habit
    q = cand.quantity
    exact = not (q.vague or q.low is None)  # "about 60 people": "the company employs about 60 people" counts them
    tokens = ann.tokens
    verb = _verb_above(ann, noun)
    if verb is None:
        return False
    v = tokens[verb]
    auxes = [tokens[c] for c in ann.children[verb] if tokens[c].dep in ("aux", "auxpass")]
    simple = v.tag in ("VBZ", "VBP") and not auxes
    passive = v.tag == "VBN" and len(auxes) == 1 and auxes[0].dep == "auxpass" and auxes[0].tag in ("VBZ", "VBP")
    if not simple and not (exact and passive):
        return False
    if v.lemma in vocab.copulas or v.lemma in vocab.light_verbs or v.lemma in vocab.sources.speech_verbs or v.lemma == "have":
        return False
    start, end = next((a, b) for a, b in ann.sentences if a <= verb < b)
    if start == 0 or _headline(ann, start, end):
        return False
    marks = [tokens[c] for c in ann.children[verb]]
    if any(m.lower in vocab.anchor_adverbs for m in marks if m.dep in ("advmod", "npadvmod")):
        return False  # "hundreds of fighters now control the town": a state, now
    if _a_rate(ann, vocab, verb, noun):
        return True  # "turns away hundreds of people every month", "takes in 300 people per week"
    if exact:
        return False
    if any(m.dep == "advmod" and m.lower in vocab.habit_adverbs for m in marks):
        return True  # "many motorists often exceed the limit"
    if any(m.dep == "prep" and m.lower in vocab.anchor_prepositions for m in marks):
        return False  # "thousands of civilians shelter in the school": where they are
    top = noun  # the phrase's head: the noun, or the vague word it is "of" ("hundreds of people")
    while tokens[top].head != top and tokens[top].dep in ("pobj", "prep"):
        top = tokens[top].head
    return tokens[top].dep == "nsubj" and tokens[top].head == verb and not any(
        tokens[c].dep in ("det", "poss") for n in {noun, top} for c in ann.children[n])


def _a_rate(ann: Annotation, vocab: Vocabulary, verb: int, noun: int) -> bool:
    """Does a frequency make the figure of ``noun`` under ``verb`` a rate, how many in a period: a period
    (WordNet's nouns under ``period_roots``) under "every", "each", "a" or "per" (``habit_determiners``,
    ``rate_determiners``) or after "per", on the verb, the counted noun or a relative clause the noun heads
    ("turns away 40 people a night", "sees 30 infants who require the equipment every year"), an adverb
    of ``rate_words`` or ``habit_adverbs`` ("treats 50 patients annually"), or the verb a relative clause
    on a noun with one of ``rate_words`` ("the annual fair, which attracts 200,000 people")? The one test of
    frequency of exact and vague figures (:func:`_habitual`)."""
    tokens = ann.tokens
    periods = nouns_under(*vocab.period_roots)
    heads = [verb, noun] + [c for c in ann.children[noun] if tokens[c].dep == "relcl"]
    top = noun  # the vague word a noun is "of" ("hundreds of people per week": "per" on "hundreds")
    while tokens[top].head != top and tokens[top].dep in ("pobj", "prep"):
        top = tokens[top].head
        heads.append(top)
    for head in heads:
        for c in ann.children[head]:
            t = tokens[c]
            if t.dep == "advmod" and (t.lower in vocab.rate_words or t.lower in vocab.habit_adverbs):
                return True
            if t.dep == "npadvmod" and t.lemma.lower() in periods and any(
                    tokens[d].dep == "det" and (tokens[d].lower in vocab.habit_determiners
                                                or tokens[d].lower in vocab.rate_determiners)
                    for d in ann.children[c]):
                return True  # "every year", "a night"
            if t.dep == "prep" and t.lower == "per" and any(
                    tokens[g].dep == "pobj" and tokens[g].lemma.lower() in periods for g in ann.children[c]):
                return True  # "per day"
    if tokens[verb].dep != "relcl":
        return False
    on = tokens[verb].head  # "the annual county fair, which draws": the adjective on the noun or its compound
    return any(tokens[c].dep == "amod" and tokens[c].lower in vocab.rate_words
               for n in [on, *(c for c in ann.children[on] if tokens[c].dep == "compound")] for c in ann.children[n])


#: The categories whose default outcome needs the frame of presence (claims._licensed_presence): vehicles
#: only. People ("people.present") keep their default outcome with no licence ("That was news to two
#: aldermen" gives a figure of two present): a frame for them cost ACLED's measure half one note (its only
#: event a figure of people the frame did not license) and was removed.
_LICENSED_CATEGORIES = ("vehicles.present",)


def _without_unlicensed(claims: list[Claim], unlicensed: set[int], skipped: list[SkippedNumber]) -> list[Claim]:
    """The claims less those of presence no frame licenses (their numbers skipped), but for one another
    claim is a part of ("a column of 30 cars ... two of them were burned": the whole the part needs), with
    the ids renumbered in text order and the parts pointing to the renumbered wholes."""
    wholes = {claim.part_of for claim in claims if claim.part_of is not None and id(claim) not in unlicensed}
    dropped = {claim.id for claim in claims if id(claim) in unlicensed and claim.id not in wholes}
    if not dropped:
        return claims
    for claim in claims:
        if claim.id in dropped:
            skipped.append(SkippedNumber(text=claim.value.text, span=claim.span,
                                         reason="present without a force or participants"))
    kept = [claim for claim in claims if claim.id not in dropped]
    renamed = {claim.id: f"c{n}" for n, claim in enumerate(kept, 1)}
    for claim in kept:
        claim.id = renamed[claim.id]
        if claim.part_of is not None:
            claim.part_of = renamed.get(claim.part_of)
    return kept


def _licensed_presence(ann: Annotation, vocab: Vocabulary, claim: Claim, noun: int | None) -> bool:
    """May a figure of vehicles that no word gives an outcome be one of presence (DESIGN.md: a force's
    size)? Only where the counted noun, or a word compounded or modifying it, names a military vehicle
    (WordNet's hyponyms of ``vehicle_roots``, ``vehicle_nouns``, ``vehicle_adjectives``: "tank",
    "armoured vehicles", "military trucks"), it is a vehicle of a convoy or a patrol (``vehicle_groups``),
    armed with a weapon (``arming_prepositions`` on it or its participle before a noun under
    ``weapon_roots``: "trucks mounted with machine guns"), a force's (a force noun, WordNet's hyponyms of
    ``force_roots`` and ``force_nouns``, coordinated with it, "2,000 fighters and 700 vehicles", or
    holding it, or the subject of the verb holding it, by ``force_vehicle_prepositions``: "gunmen in three
    vehicles", "the militants arrived in 15 pickup trucks"), or vehicles taking part in an action
    (:func:`_takes_part`). "a three-vehicle crash", "two cars drove past", "the company runs 800 trucks":
    none. Figures of people ask no licence (:data:`_LICENSED_CATEGORIES`)."""
    tokens = ann.tokens
    word = noun if noun is not None else ann.token_at(claim.span[1] - 1)
    if word is None:
        return False
    lemma = tokens[word].lemma.lower()
    compounds = [tokens[c] for c in ann.children[word] if tokens[c].dep in ("compound", "amod", "nmod")]
    frame = _frame_words(vocab)
    vehicles, forces = frame.vehicles, frame.forces
    if lemma in vehicles or tokens[word].lower in vehicles or any(
            f"{c.lower} {lemma}" in vehicles or c.lower in vocab.vehicle_adjectives for c in compounds):
        return True
    head = tokens[tokens[word].head]
    if tokens[word].dep == "pobj" and head.lower == "of" and tokens[head.head].lemma.lower() in vocab.vehicle_groups:
        return True  # "a convoy of 30 trucks"

    def force(at: int) -> bool:
        return tokens[at].lemma.lower() in forces or tokens[at].lower in forces

    conjuncts = ([tokens[word].head] if tokens[word].dep == "conj" else []) + [
        c for c in ann.children[word] if tokens[c].dep == "conj"]
    if any(force(c) for c in conjuncts):
        return True  # "2,000 fighters and up to 700 vehicles": a force's vehicles, told with it
    if tokens[word].dep == "pobj" and head.dep == "prep" and head.lower in vocab.force_vehicle_prepositions:
        holder = head.head
        if force(holder):
            return True  # "gunmen in three vehicles"
        if tokens[holder].pos in _VERB_POS and any(
                tokens[c].dep in ("nsubj", "nsubjpass") and force(c) for c in ann.children[holder]):
            return True  # "the militants arrived in 15 pickup trucks"
    if _armed_vehicle(ann, vocab, word):
        return True  # "ten pickup trucks mounted with machine guns"
    return _takes_part(ann, vocab, word, claim.span)


def _armed_vehicle(ann: Annotation, vocab: Vocabulary, word: int) -> bool:
    """Does the vehicle at ``word`` carry a weapon: "with" (``arming_prepositions``) on it or on a
    participle or relative clause on it, before a noun under ``weapon_roots`` (WordNet: "trucks with
    heavy machine guns", "pickups mounted with anti-aircraft guns", "vehicles fitted with rocket
    launchers"), or such a noun the participle or the vehicle's own verb takes ("vehicles carrying
    machine guns", "two trucks carried rocket launchers")?"""
    tokens = ann.tokens
    weapons = _frame_words(vocab).weapons

    def weapon(at: int) -> bool:
        lemma = tokens[at].lemma.lower()
        return lemma in weapons or any(f"{tokens[c].lower} {lemma}" in weapons for c in ann.children[at]
                                       if tokens[c].dep == "compound")

    def object_of(p: int) -> list[int]:
        found = [g for g in ann.children[p] if tokens[g].dep == "pobj"]
        if found:
            return found
        # the parser left the preposition no object ("trucks mounted with machine guns entered": "guns" made
        # the next verb's subject): the noun ending the phrase right after it
        at = p + 1
        while at < len(tokens) and tokens[at].sent == tokens[p].sent and tokens[at].dep in (
                "det", "amod", "compound", "nummod", "quantmod", "advmod"):
            at += 1
        return [at] if at < len(tokens) and tokens[at].sent == tokens[p].sent and tokens[at].pos == "NOUN" else []

    def arms(at: int) -> bool:
        return any(tokens[p].dep == "prep" and tokens[p].lower in vocab.arming_prepositions
                   and any(weapon(g) for g in object_of(p)) for p in ann.children[at])

    clauses = [c for c in ann.children[word] if tokens[c].dep in ("acl", "relcl")]
    if tokens[word].dep in ("nsubj", "nsubjpass"):
        clauses.append(tokens[word].head)  # "two trucks carried machine guns"; the participle made the main verb
    return arms(word) or any(arms(c) or any(tokens[o].dep == "dobj" and weapon(o) for o in ann.children[c])
                             for c in clauses)


def _takes_part(ann: Annotation, vocab: Vocabulary, word: int, figure: tuple[int, int] = (0, 0)) -> bool:
    """Does the figure of ``word`` count vehicles (the frame reads them as it would people) taking part
    in a gathering or an action:
    the subject of a verb of taking part (``participation_verbs``: "hundreds marched", "more than 60
    residents turned out") or of one whose object is a gathering ("held a protest", "staged a
    demonstration"), its own or in a clause on the noun ("the 60 residents who turned out"); the doer of
    an act of harm, its active subject or its agent (a verb of an outcome's: "two armed men attacked",
    "was beaten to death by 15 men"); the object of a verb that breaks up a gathering ("police dispersed
    about 180 laborers": ``gathering_object_verbs``); or at or of a gathering ("a crowd of 35 people",
    "500 people at the rally")? The figure's noun stands for the word it counts ("dozens of teachers
    protested": the verb of "dozens"; "a group of 20 people attacked": of "group") and a conjunct for the
    first ("Smith and several other teachers were present")."""
    tokens = ann.tokens
    gatherings, doings = _frame_words(vocab).gatherings, _frame_words(vocab).doings

    def gathering(at: int) -> bool:
        return any(f"{tokens[c].lower} {tokens[at].lemma.lower()}" in gatherings
                   for c in ann.children[at] if tokens[c].dep == "compound") or tokens[at].lemma.lower() in gatherings

    def at_a_gathering(at: int) -> bool:
        return any(tokens[p].dep == "prep" and tokens[p].lower in vocab.gathering_prepositions
                   and any(tokens[g].dep == "pobj" and gathering(g) for g in ann.children[p])
                   for p in ann.children[at])

    def keys_of(verb: int) -> set[str]:
        keys = set(_verb_keys(ann, vocab, verb)) | {tokens[verb].lemma.lower()}
        keys |= {f"{tokens[verb].lemma.lower()} {tokens[c].lemma.lower()}" for c in ann.children[verb]
                 if tokens[c].dep in ("prep", "prt", "acomp", "dobj")}
        keys |= {f"{tokens[verb].lemma.lower()} {tokens[g].lemma.lower()}" for p in ann.children[verb]
                 if tokens[p].dep == "prep" for g in ann.children[p] if tokens[g].dep == "pobj"}
        return keys

    def taking_part(verb: int, doer: bool = True) -> bool:
        keys = keys_of(verb)
        if keys & vocab.participation_verbs or at_a_gathering(verb):
            return True
        if any(tokens[c].dep == "dobj" and gathering(c) for c in ann.children[verb]):
            return True  # "held a protest", "staged a demonstration"
        return doer and bool(keys & doings)  # "two armed men attacked", "shot a man"

    if at_a_gathering(word):
        return True  # "500 people at the rally"
    tok = tokens[word]
    if tok.dep == "pobj" and tokens[tok.head].dep == "prep" and gathering(tokens[tok.head].head):
        return True  # "a crowd of 35 people"
    for _ in range(4):
        if tok.dep in ("conj", "appos") and tok.head != tok.i:
            tok = tokens[tok.head]  # "Smith and several other teachers were present": the first conjunct's verb
        elif tok.dep == "pobj" and tokens[tok.head].lower == "of" and tokens[tok.head].head != tok.head and (
                tokens[tokens[tok.head].head].pos == "NUM" or tokens[tokens[tok.head].head].lemma.lower()
                in group_nouns() or figure[0] <= tokens[tokens[tok.head].head].idx < figure[1]):
            tok = tokens[tokens[tok.head].head]  # "dozens of teachers", "a group of 20 people"
        else:
            break
    if tok.dep == "pobj" and tokens[tok.head].dep == "prep" and gathering(tokens[tok.head].head):
        return True  # "a crowd of 35 people"
    by = tokens[tok.head]
    if tok.dep == "pobj" and (by.dep == "agent" or by.lower == "by" and any(
            tokens[c].dep == "auxpass" for c in ann.children[by.head])) and tokens[by.head].pos in _VERB_POS \
            and taking_part(by.head):
        return True  # "a man was beaten to death by 15 men" (the parser's "by" an agent or a bare preposition)
    if tok.dep == "dobj" and tokens[tok.head].pos in _VERB_POS and keys_of(tok.head) & vocab.gathering_object_verbs:
        return True  # "police dispersed about 180 laborers"
    if tok.dep in ("nsubj", "nsubjpass", "attr") and tokens[tok.head].pos in _VERB_POS:
        verb = tok.head
        if tok.dep != "nsubjpass" and taking_part(verb):
            return True  # "hundreds of people marched", "60 residents turned out", "35 people attended a vigil"
        if any(tokens[c].dep in ("xcomp", "conj") and taking_part(c, doer=tok.dep != "nsubjpass")
               for c in ann.children[verb]):
            return True  # "came to protest", "gathered and marched"
    for clause in ann.children[word]:
        if tokens[clause].dep in ("relcl", "acl") and taking_part(clause, doer=tokens[clause].tag != "VBN"):
            # "the 60 residents who turned out", "protesters marching", "2500 interns protested" (the parser's
            # participle; a participle of harm is what was done to them: "people killed")
            return True
    return False


#: The fewest words a sentence told twice word for word needs to be one said again, not a short
#: formula that two happenings share ("He died.").
_REPEATED_SENTENCE_WORDS = 6


def _not_repeated(ann: Annotation, repeated: set[int], claims: list[Claim]) -> list[Claim]:
    """The claims not made in a sentence told again (``_repeated_sentences``)."""
    return [claim for claim in claims if ann.tokens[ann.token_at(claim.span[0]) or 0].sent not in repeated]


def _repeated_sentences(ann: Annotation) -> set[int]:
    """The sentences whose words are those of an earlier sentence of the text, one for one (a paragraph
    a page prints twice), of at least ``_REPEATED_SENTENCE_WORDS`` words: the same figures again, not
    more of them."""
    seen: set[tuple[str, ...]] = set()
    repeated: set[int] = set()
    for index, (start, end) in enumerate(ann.sentences):
        words = tuple(tok.lower for tok in ann.tokens[start:end] if tok.pos not in ("PUNCT", "SPACE"))
        if len(words) < _REPEATED_SENTENCE_WORDS:
            continue
        if words in seen:
            repeated.add(index)
        seen.add(words)
    return repeated


def _named_one(ann: Annotation, claim: Claim) -> tuple[str, str] | None:
    """The family name and the name as written (less a title) of a one-person killed or injured claim
    whose figure is a name ("Peter Harlow", "Harlow", "victim Peter Harlow"), lower-cased; else None.
    Not a family name alone after a title or a people noun ("Officer Lee": WordNet's person nouns), who
    may be another one of that name."""
    if claim.category not in ("people.killed", "people.injured") or claim.negated or not _one_person(claim):
        return None
    first, last = ann.token_at(claim.span[0]), ann.token_at(claim.span[1] - 1)
    if first is None or last is None or not all(ann.tokens[i].pos == "PROPN" for i in range(first, last + 1)):
        return None
    titled = first > 0 and ann.tokens[first - 1].lower.rstrip(".") in person_nouns() \
        and ann.tokens[first - 1].dep == "compound"
    while first < last and ann.tokens[first].lower.rstrip(".") in person_nouns():
        first, titled = first + 1, True
    if titled and first == last:
        return None
    return ann.tokens[last].lower, " ".join(ann.tokens[i].lower for i in range(first, last + 1))


def _named_dead_told_hurt(ann: Annotation, vocab: Vocabulary, claims: list[Claim]) -> None:
    """ "Harlow was shot ... Peter Harlow was killed in 1994", "John Smith was shot. Smith died of his
    wounds the next day" told by name: one person the text names as killed, told hurt by the same name
    elsewhere, was hurt by the wound that killed him: the hurt claim is a death, and the later of the two
    claims a part of the earlier (the same person, not one more). Only where the family name is one
    person's in the text (no two first names to it: "John Smith was shot ... his brother Mike Smith was
    killed" are two), the hurt one's sentence tells no survival (``survival_words``: "Smith was wounded
    and is expected to survive"), and no sentence from the first to the second sets a happening apart
    ("in a separate attack": events' ``_separated``)."""
    named = {claim.id: _named_one(ann, claim) for claim in claims}
    names = {key: (value[0] if value else None) for key, value in named.items()}
    full: dict[str, set[str]] = {}
    for family, written in filter(None, named.values()):
        if " " in written:
            full.setdefault(family, set()).add(written)
    by_id = {claim.id: claim for claim in claims}

    def sentence_of(claim: Claim) -> int:
        return ann.tokens[ann.token_at(claim.span[0])].sent

    def lives_on(claim: Claim) -> bool:
        start, end = ann.sentences[sentence_of(claim)]
        return any(tok.lemma.lower() in vocab.survival_words for tok in ann.tokens[start:end])

    for hurt in claims:
        name = names[hurt.id]
        if name is None or hurt.category != "people.injured" or len(full.get(name, ())) > 1 or lives_on(hurt):
            continue
        dead = next((c for c in claims if c is not hurt and names[c.id] == name and c.category == "people.killed"),
                    None)
        if dead is None:
            continue
        first, second = sorted((sentence_of(hurt), sentence_of(dead)))
        if any(_separated(ann, sent) for sent in range(first + (first < second), second + 1)):
            continue
        hurt.category = "people.killed"
        if dead.part_of is not None and dead.part_of != hurt.id:
            if hurt.part_of is None:
                hurt.part_of = dead.part_of
        elif dead.span[0] < hurt.span[0]:
            if hurt.part_of is None:
                hurt.part_of = dead.id
        elif dead.part_of is None and (hurt.part_of is None or by_id.get(hurt.part_of) is not dead):
            dead.part_of = hurt.id


#: The outcomes whose people one series of victims numbers: "two men were killed ... a third was wounded",
#: "five workers were killed ... a sixth worker was kidnapped" (one taken, not six).
_VICTIM_OUTCOMES = ("people.killed", "people.injured", "people.abducted")


def _rank_of(claim: Claim) -> int | None:
    """The rank a ranked figure states ("a third", "the 17th": see :func:`_rank`), else None."""
    if not claim.value.cumulative or claim.value.low != claim.value.high or not claim.value.text:
        return None
    word = claim.value.text.split()[-1]
    if not _ORDINAL_RE.match(word):
        return None
    return _ordinal_value(word)


def _rank_among_victims(claims: list[Claim]) -> None:
    """A ranked victim counts the victims of every harm told before it, not
    only those of its own: "two men were killed ... a third man was wounded" is
    one wounded (third of the victims, the first two dead), "three were shot
    and wounded ... the fourth victim died" one dead. So a ranked figure of the
    killed or injured, after figures of the other harm (their latest figure
    each, of the happening's own scope), counts its rank less those: a new
    running total of its harm where that is more than its harm's own before,
    else one of the people already counted (a part of its harm's latest
    figure). With no figure of the other harm before it, it stays the running
    total its rank says ("a fifth person was also shot" after four shot), unless
    an exact figure of its harm told before already holds it
    (``_holding_figure``: "five people were shot ... three were found at the
    scene ... a fourth victim drove himself to a hospital": one of the five)."""
    for at, claim in enumerate(claims):
        rank = _rank_of(claim) if claim.category in _VICTIM_OUTCOMES and claim.part_of is None else None
        if rank is None or claim.negated or claim.scope is not None:
            continue
        latest: dict[str, Claim] = {}
        told: list[Claim] = []  # the figures of its own harm told before, in order
        for before in claims[:at]:
            if (before.category in _VICTIM_OUTCOMES and before.part_of is None and not before.negated
                    and before.scope is None and before.value.low is not None and before.span[1] <= claim.span[0]):
                latest[before.category] = before
                if before.category == claim.category:
                    told.append(before)
        others = sum(c.value.low for category, c in latest.items() if category != claim.category)
        own = latest.get(claim.category)
        if not others:
            holding = _holding_figure(told, claim, rank)
            if holding is not None:
                claim.part_of = holding.id  # "five people were shot ... a fourth victim": one of the five
            continue
        counted = rank - others
        if counted > (own.value.low if own is not None else 0):
            claim.value = claim.value.model_copy(update={"low": counted, "high": counted})
        elif own is not None:
            claim.part_of = own.id


def _same_or_unknown_role(one: Claim, other: Claim) -> bool:
    return one.subject.role == other.subject.role or "unknown" in (one.subject.role, other.subject.role)


def _holding_figure(told: list[Claim], claim: Claim, rank: int) -> Claim | None:
    """The figure of a ranked victim's own harm told before it that already
    holds it: the latest exact one that reaches the rank, of the ranked one's
    role or none, where the smaller figures told since are of its role or none
    (some of the same people: "five people were shot ... three were found at
    the scene ... a fourth victim": one of the five). A later figure of another
    role is other people, and the rank then counts on from them ("wounding five
    soldiers. Two civilians were also shot. A third victim": no part of the
    five)."""
    since: list[Claim] = []
    for before in reversed(told):
        if before.value.low == before.value.high and before.value.low >= rank:
            if _same_or_unknown_role(before, claim) and all(
                    c.subject.role in (before.subject.role, "unknown") for c in since):
                return before
            return None
        since.append(before)
    return None


_OF_THEM = re.compile(r"\s*of\s+(\w+)\b")


def _part_of_them(ann: Annotation, vocab: Vocabulary, cand: _Candidate,
                  made: list[tuple[Claim, int | None]]) -> list[Claim]:
    """ "496 had been killed, 258 of them civilians", "killed 12 people, five
    of whom were children": a figure with no outcome of its own, right before
    "of" and a pronoun that points back (``back_pronouns``), is a part of the
    figure of people told just before it in its sentence, of its category
    (``part_of`` that figure's noun, else the latest such figure: extract_claims
    resolves it; the cue it borrows may come before the whole, "killed 496").
    Such a share of people hurt with an adverb of death on it (:func:`_fatal_adverb`:
    "nine people were shot, three of them fatally"), no larger than the whole,
    is a killed figure of its own, cue rule ``share:`` (no part: the dead are not also hurt; reconcile
    reads those "shot" less their dead, :func:`~fogcount.stages.reconcile.hit_less_the_dead`)."""
    q = cand.quantity
    match = _OF_THEM.match(ann.text, q.end)
    if cand.zero or cand.single or match is None or match.group(1).lower() not in vocab.back_pronouns:
        return []
    sent = ann.tokens[cand.anchor].sent
    whole, noun = next(((c, n) for c, n in reversed(made) if c.category.startswith("people.") and not c.negated
                        and c.span[1] <= q.start and ann.token_at(c.span[0]) is not None
                        and ann.tokens[ann.token_at(c.span[0])].sent == sent), (None, None))
    if whole is None:
        return []
    after = ann.token_after(match.end())
    kind = ann.tokens[after] if after is not None and ann.tokens[after].sent == sent else None
    people = kind is not None and kind.pos in _NOUN_POS and "people" in vocab.units_of(kind.lemma)
    subject = Subject(text=kind.text if people else None,
                      role=(vocab.role_of(kind.lemma) or "unknown") if people else "unknown")
    if whole.category == "people.injured" and (_fatal_adverb(ann, vocab, cand.anchor) or any(
            _displaced_fatal_share(ann, vocab, c) == cand.anchor for c in ann.children[ann.tokens[cand.anchor].head])) and (
            whole.value.low is None or q.low is None or q.low <= whole.value.low):
        # "nine people were shot, three of them fatally": the adverb says how many of those hit died, a killed
        # figure and no part of the hit one (reconcile.hit_less_the_dead reads the nine less the three dead), as
        # "four were shot, one fatally" (_fatal_shares)
        return [Claim(id="", sentence=whole.sentence, span=(q.start, q.end), category="people.killed",
                      value=Value(text=q.text, low=q.low, high=q.high, qualifier=q.qualifier, vague=q.vague),
                      subject=Subject(text=None, role=whole.subject.role), hedge=whole.hedge,
                      cue=whole.cue.model_copy(update={"rule": f"{SHARE_RULE}{whole.cue.rule}"}) if whole.cue else None)]
    return [Claim(id="", sentence=whole.sentence, span=(q.start, q.end), category=whole.category,
                  value=Value(text=q.text, low=q.low, high=q.high, qualifier=q.qualifier, vague=q.vague),
                  subject=subject, cue=whole.cue, part_of=_BACK_PART if noun is None else f"@{noun}")]


def _died_later(ann: Annotation, vocab: Vocabulary, cand: _Candidate, made: list[tuple[Claim, int | None]]) -> None:
    """ "A man was shot in the chest ... He died at the hospital", "the officer
    was taken to a hospital where he died", "a police officer was stabbed ...
    The officer died on the way": one person told hurt, then dead, by a
    pronoun or the same definite noun again (in its sentence or the two
    before). The latest figure of people before it, where it is that one
    person hurt (not denied, not a part), is a death: its category becomes
    killed, its cue the word of the death. Anything else (a figure of
    several: "two men were shot ... he died"; another noun; a death of an
    illness or of another time, :func:`_another_death`) is left as it is."""
    found, _, _ = _claims_for(ann, vocab, dataclasses.replace(cand, named_before=False, died=False,
                                                              pronoun=cand.pronoun or cand.died))
    if len(found) != 1 or found[0].category != "people.killed" or found[0].negated or found[0].hedge:
        return
    tokens = ann.tokens
    sent = tokens[cand.anchor].sent
    people = [(claim, noun) for claim, noun in made if noun is not None and claim.category.startswith("people.")
              and noun < cand.anchor]
    if not people:
        return
    claim, noun = people[-1]
    if (claim.category != "people.injured" or not _one_person(claim) or claim.part_of is not None
            or tokens[noun].sent < sent - 2):
        return
    if cand.named_before and tokens[noun].lemma != tokens[tokens[cand.anchor].head].lemma:
        return  # "a woman was shot ... the officer died": another person
    if _another_death(ann, vocab, tokens[cand.anchor].head, claim):
        return
    claim.category, claim.cue = "people.killed", found[0].cue


def _another_death(ann: Annotation, vocab: Vocabulary, verb: int, hurt: Claim) -> bool:
    """ "He died in 1998 of cancer": a death told in the words of its own
    clause as of an illness (``cause_prepositions`` "of"/"from" a noun WordNet
    files under illness, :func:`fogcount.lexicon.illness_nouns`) or of another
    time (a year alone that the sentence of the person's hurt does not give,
    "last year", "decades ago": ``other_time_nouns``) is not the death of the
    one just hurt. A year inside a day's full date ("died Tuesday, Jan. 5,
    2021") tells the day he died, not another time."""
    tokens, clause, stack = ann.tokens, [], [verb]
    while stack:
        node = stack.pop()
        clause.append(tokens[node])
        stack.extend(c for c in ann.children[node] if tokens[c].dep not in ("ccomp", "advcl", "relcl"))
    for tok in clause:
        if tok.ent == "DATE" and (tok.lemma.lower() in vocab.other_time_nouns
                                  or (len(tok.text) == 4 and tok.text.isdigit() and tok.text not in hurt.sentence
                                      and not _in_full_date(ann, tok.i))):
            return True
        if _illness_cause(ann, vocab, tok.i):
            return True
    return False


def _illness_cause(ann: Annotation, vocab: Vocabulary, noun: int) -> bool:
    """Is the noun the object of a cause preposition ("of", "from":
    ``cause_prepositions``) and an illness: a noun WordNet files under illness
    (:func:`fogcount.lexicon.illness_nouns`, with its compound: "swine flu")
    or one of ``illness_words`` ("virus", "infection"), and no cause of ``violent_causes`` ("tear gas
    poisoning", "hunger"), or a noun of one ("complications of diabetes", "died of a long battle with
    cancer": ``illness_of_prepositions``)?"""
    tokens = ann.tokens
    tok = tokens[noun]
    if tok.dep != "pobj" or tokens[tok.head].lower not in vocab.cause_prepositions:
        return False
    if _an_illness(ann, vocab, noun):
        return True
    # "of complications of diabetes", "of a long battle with cancer": the noun of the cause is of an illness
    return not _a_violent_cause(ann, vocab, noun) and any(
        tokens[p].dep == "prep" and tokens[p].lower in vocab.illness_of_prepositions
        and any(tokens[g].dep == "pobj" and _an_illness(ann, vocab, g) for g in ann.children[p])
        for p in ann.children[noun])


def _illness_names(ann: Annotation, noun: int) -> tuple[list[str], set[str]]:
    """A noun's compounds and its names (lemma and word: the lemmatiser cuts "diabetes" to "diabete")."""
    tokens = ann.tokens
    words = [tokens[c].lemma.lower() for c in ann.children[noun] if tokens[c].dep == "compound"]
    return words, {tokens[noun].lemma.lower(), tokens[noun].lower}


def _a_violent_cause(ann: Annotation, vocab: Vocabulary, noun: int) -> bool:
    """Is the noun, or one of its compounds, a cause of ``violent_causes`` ("tear gas poisoning")?"""
    words, names = _illness_names(ann, noun)
    return bool((names | set(words)) & vocab.violent_causes)


def _an_illness(ann: Annotation, vocab: Vocabulary, word: int, depth: int = 0) -> bool:
    """Is the word an illness, the one test of every rule of illness (a death of one, news of one, care for
    one, people living with one)?
    - a noun WordNet files under illness or one of ``illness_words`` ("virus", "outbreak", "stroke"), with
      its compound ("swine flu", "heart attack"); not where the compound and the noun are a WordNet noun of
      another kind than a pathogen ("computer virus": a program; "Marburg virus" a microorganism), nor the predicate of a copula with an article
      (``figurative_determiners``: "the regime is a cancer"), nor a cause of ``violent_causes`` ("tear gas
      poisoning"); what the noun is "of" says what it is ("an outbreak of plague" an illness, "an outbreak of
      fresh hostilities", "the virus of sectarianism" none);
    - an adjective of ``illness_adjectives`` ("fell ill", "infected"), not the first half of a hyphenated
      word ("ill-equipped") nor "sick of" ("sick of the war");
    - a verb of ``illness_verbs`` ("infect") whose subject, if any, is an illness ("the virus infected 30";
      not "the virus of sectarianism had infected the army").
    No verb else: "insurgents have plagued the district" names no plague."""
    tokens = ann.tokens
    tok = tokens[word]
    lemma = tok.lemma.lower()
    follows = tokens[word + 1] if word + 1 < len(tokens) else None
    if follows is not None and follows.text == "-" and follows.idx == tok.idx + len(tok.text):
        return False  # "ill-equipped", "sick-listed": the first half of a hyphenated word
    of = [g for c in ann.children[word] if _is_of(tokens[c])
          for g in ann.children[c] if tokens[g].dep == "pobj"]
    if tok.pos in _NOUN_POS:
        if _a_violent_cause(ann, vocab, word):
            return False  # "died of tear gas poisoning": a death the violence caused, whatever WordNet files it under
        if tok.dep == "attr" and tokens[tok.head].lemma.lower() in vocab.copulas and any(
                tokens[c].dep == "det" and tokens[c].lower in vocab.figurative_determiners for c in ann.children[word]):
            return False  # "the regime is a cancer": what it is like
        words, names = _illness_names(ann, word)
        joined = {" ".join([*words, name]) for name in names} if words else set()
        if joined & vocab.illness_words or any(j in _illness_lemmas(vocab) for j in joined):
            found = True
        elif any(noun_class(j) and j not in nouns_under(*vocab.pathogen_roots) for j in joined):
            return False  # "a computer virus": WordNet's noun of the compound is no illness ("Marburg virus", a
            # microorganism of pathogen_roots, is one's agent)
        else:
            found = bool(names & vocab.illness_words) or any(name in _illness_lemmas(vocab) for name in names)
            if found and tok.dep in ("compound", "amod", "nmod") and not (names & vocab.illness_words) \
                    and not any(name in illness_nouns() for name in names) \
                    and tokens[tok.head].lemma.lower() not in nouns_under(*vocab.sick_roots):
                return False  # "an Ebola health worker", "a malaria clinic": an infection as a modifier names
                # a kind of person or place, no illness (illness_roots); "malaria patients" are the ill
    elif tok.pos in ("ADJ", "ADV") or (tok.pos == "VERB" and tok.dep in ("amod", "acomp")):  # "fell ill": ADV
        found = bool({lemma, tok.lower} & vocab.illness_adjectives)
    elif tok.pos == "VERB":
        if lemma not in vocab.illness_verbs:
            return False
        subjects = [c for c in ann.children[word] if tokens[c].dep == "nsubj"]
        return depth < 2 and all(_an_illness(ann, vocab, s, depth + 1) for s in subjects)
    else:
        return False
    # what a word is "of" tells what it is: "an outbreak of plague" an illness, "an outbreak of fresh
    # hostilities", "an epidemic of violence", "sick of the war" none
    return found and (not of or depth > 1 or any(_an_illness(ann, vocab, g, depth + 1) for g in of))


def _illness_lemmas(vocab: Vocabulary) -> frozenset[str]:
    """The nouns of an illness WordNet gives: those it files under illness
    (:func:`fogcount.lexicon.illness_nouns`: "cancer", "cholera") and those it files under an infection,
    ``illness_roots``, and not under illness ("HIV", "malaria", "Ebola", "sepsis"): what a reader calls an
    illness all the same ("700,000 people living with HIV")."""
    return illness_nouns() | nouns_under(*vocab.illness_roots)


def _a_thing_of_peace(ann: Annotation, vocab: Vocabulary, noun: int) -> bool:
    """Is a noun of the words of violence a thing of peace here: its commonest WordNet sense a thing
    (noun.artifact) under none of ``weapon_roots`` or ``explosive_roots`` ("mine": first an excavation), and
    its compound one WordNet knows as a thing under none of them ("a coal mine", "a gold mine"; not "a land
    mine", nor "a suicide bomber", a person) or, for a thing of ``dug_things``, a modifier WordNet files as a
    substance ("a diamond mine"; not "a chlorine rocket")? A noun alone ("stepped on a mine") keeps its
    violence, and so does a weapon ("a fertilizer bomb": a bomb is first a weapon)."""
    tokens = ann.tokens
    lemma = tokens[noun].lemma.lower()
    weapons = nouns_under(*vocab.weapon_roots, *vocab.explosive_roots)
    if noun_class(lemma) != "noun.artifact" or lemma in weapons:
        return False
    for c in ann.children[noun]:
        if tokens[c].dep not in ("compound", "amod") or c > noun:
            continue
        joined = f"{tokens[c].lower} {lemma}"
        if noun_class(joined):
            # "a coal mine": a thing of peace; "a land mine" a weapon, "a suicide bomber" a person
            return noun_class(joined) == "noun.artifact" and joined not in weapons
        if lemma in vocab.dug_things and "noun.substance" in noun_classes(tokens[c].lemma.lower()):
            return True  # "a diamond mine", "a copper mine"; not "a chlorine rocket" (dug_things)
    return False


def _died_of_illness(ann: Annotation, vocab: Vocabulary, word: int) -> bool:
    """Is a death told as one of an illness: the word of the death ("died",
    "dying", "deaths") takes a cause preposition whose object is an illness
    (:func:`_illness_cause`: "eight people died of the disease", "deaths from
    cholera")? fogcount counts the dead of violence; a death of an illness in
    a conflict's news (a hospital's outbreak, a leader's cancer) is no toll.
    "died of his wounds", "died from gunshot injuries" name no illness."""
    tokens = ann.tokens
    for prep in ann.children[word]:
        if tokens[prep].dep == "prep" and tokens[prep].lower in vocab.cause_prepositions:
            if any(_illness_cause(ann, vocab, obj) for obj in ann.children[prep]):
                return True
    # in a sentence of no harm, after one of none, a death at an age is a natural death
    return _no_harm_told(ann, vocab, word) and _died_at_an_age(ann, vocab, word)


@functools.lru_cache(maxsize=8)
def _violence_words(vocab: Vocabulary) -> tuple[frozenset[str], ...]:
    """The words that tell violence in news of an illness, from the project's own tables: the words of the
    events table's violent actions of ``violence_action_kinds`` (ambush, fighting, shelling, suicide bomber,
    airstrike), the nouns of strikes (raid, mortar, rocket), ``harm_words``, ``violent_causes``,
    ``mishap_words`` and ``taking_words``; and the verbs of killing (``[outcome.killed]``, one word or a verb
    and its particle or complement: "gun down", "blow up") less those that tell a death of any cause
    (``dying_verbs``, ``neutral_death_verbs``). Made once per vocabulary (the events table's words of verbs only, "target", and the nouns of strikes, nouns only, "a strike"
    and not "the disease has struck", apart: (words, verbs only, nouns only, verbs of one word, verbs of
    two)."""
    actions = load().events.actions
    words = {w for kind in vocab.violence_action_kinds for w in actions[kind].words}
    verbs_only = {w for kind in vocab.violence_action_kinds for w in actions[kind].verbs}  # "target", "storm"
    nouns_only = {n for n, units in vocab.noun_units.items() if "strikes" in units}  # "a strike", not "struck"
    words = (words - verbs_only) | vocab.harm_words | vocab.violent_causes | vocab.mishap_words | vocab.taking_words
    killing = {v for v in vocab.outcomes["killed"].verbs
               if v not in vocab.neutral_death_verbs and v.split()[0] not in vocab.dying_verbs}
    return (frozenset(words), frozenset(verbs_only), frozenset(nouns_only - words),
            frozenset(v for v in killing if " " not in v), frozenset(v for v in killing if len(v.split()) == 2))


def _illness_news(ann: Annotation, vocab: Vocabulary) -> tuple[list[bool], list[bool]]:
    """For each sentence: does it name an illness (:func:`_an_illness`), and does it tell a violence (one of
    :func:`_violence_words`, one word or two: "suicide bomber", or a verb of killing whose doer is no
    illness or pathogen (WordNet's nouns under ``pathogen_roots``) and whose victims are no animals
    (WordNet: "gunmen killed", "were gunned down"; "the outbreak has killed 61", "the virus, which has
    killed 16", "a bacteria that has killed 12" are the illness's, "birds have been slaughtered" a cull)?
    A word of violence that takes an illness for its object ("fight the virus", "a battle against
    cancer") tells none. Read once per document and vocabulary (the document's ``Annotation.memo``)."""
    memo = ann.memo.get("illness_news")
    if memo is not None and memo[0] is vocab:
        return memo[1]
    tokens = ann.tokens
    words, verbs_only, nouns_only, killing, killing2 = _violence_words(vocab)

    def the_illness_does_it(verb: int) -> bool:
        doers = [c for c in ann.children[verb] if tokens[c].dep in ("nsubj", "csubj")]
        doers += [g for c in ann.children[verb] if tokens[c].dep == "agent" for g in ann.children[c]
                  if tokens[g].dep == "pobj"]
        if tokens[verb].dep == "relcl":
            # "the virus, which has killed 16": the relative pronoun stands for the noun the clause is on
            doers = [tokens[verb].head if tokens[d].tag in vocab.relative_pronoun_tags else d for d in doers]
        pathogens = nouns_under(*vocab.pathogen_roots)
        return bool(doers) and all(
            _an_illness(ann, vocab, d) or tokens[d].lemma.lower() in pathogens or tokens[d].lower in pathogens
            or any(_an_illness(ann, vocab, c) for c in ann.children[d] if tokens[c].dep in ("compound", "amod"))
            or any(_an_illness(ann, vocab, g) for c in ann.children[d] if tokens[c].dep == "prep"
                   for g in ann.children[c])
            for d in doers)

    def of_animals(verb: int) -> bool:
        # "millions of infected birds have been slaughtered", "slaughtering the hogs": a cull, no violence
        done_to = [c for c in ann.children[verb] if tokens[c].dep in ("dobj", "nsubjpass")]
        done_to = [next((g for p in ann.children[d] if _is_of(tokens[p])
                         for g in ann.children[p] if tokens[g].dep == "pobj"), d) for d in done_to]
        return bool(done_to) and all(tokens[d].lemma.lower() in animal_nouns() for d in done_to)

    def against_an_illness(index: int) -> bool:
        # "fight the virus", "the battle against cancer", "an attack of fever": the illness is what is fought
        objects = [c for c in ann.children[index] if tokens[c].dep == "dobj"]
        objects += [g for c in ann.children[index] if tokens[c].dep == "prep" for g in ann.children[c]
                    if tokens[g].dep == "pobj"]
        return any(_an_illness(ann, vocab, o) for o in objects)

    def violence(t: Token) -> bool:
        if t.pos == "VERB" and (t.lemma.lower() in killing or any(
                f"{t.lemma.lower()} {tokens[c].lower}" in killing2 for c in ann.children[t.i]
                if tokens[c].dep in ("prt", "acomp", "advmod", "oprd", "dobj"))):
            # ("vaccination wiped out polio": what is killed is the illness)
            return not the_illness_does_it(t.i) and not of_animals(t.i) and not against_an_illness(t.i)
        names = {t.lemma.lower(), t.lower}
        if t.i > 0:
            names |= {f"{tokens[t.i - 1].lower} {t.lemma.lower()}", f"{tokens[t.i - 1].lemma.lower()} {t.lemma.lower()}"}
        if not (names & words or (t.pos == "VERB" and names & verbs_only)
                or (t.pos in _NOUN_POS and names & nouns_only)):
            return False
        if t.pos in _NOUN_POS and _a_thing_of_peace(ann, vocab, t.i):
            return False  # "workers at a diamond mine": a place of work, no blast
        if t.pos == "VERB" and the_illness_does_it(t.i):
            return False  # "the virus attacked his lungs": the illness's doing
        if t.pos in _NOUN_POS and any(tokens[c].dep == "poss" for c in ann.children[t.i]) and not any(
                tokens[c].dep == "prep" for c in ann.children[t.i]):
            return False  # "despite his brave fight he passed away": one's own struggle ("their attack on the
            # village" tells its target)
        return not against_an_illness(t.i)

    def what_a_person_did(index: int) -> bool:
        # "the veteran, who fought in the war, died after a long illness": a relative clause on a person whose
        # relative pronoun is its subject tells what the person did, no violence done in the sentence's news
        node = index
        while tokens[node].head != node:
            if tokens[node].dep == "relcl":
                return tokens[tokens[node].head].lemma.lower() in person_nouns() and any(
                    tokens[c].dep == "nsubj" and tokens[c].tag in vocab.relative_pronoun_tags
                    for c in ann.children[node])
            node = tokens[node].head
        return False

    ill, violent = [], []
    for start, end in ann.sentences:
        ill.append(any(_an_illness(ann, vocab, i) for i in range(start, end)))
        violent.append(any(violence(t) and not what_a_person_did(t.i) for t in tokens[start:end]))
    ann.memo["illness_news"] = (vocab, (ill, violent))
    return ill, violent


def _death_in_illness_news(ann: Annotation, vocab: Vocabulary, sent: int) -> str | None:
    """Is a figure of the dead in sentence ``sent`` one of an illness's dead, though no word of the death takes
    the illness for its cause (:func:`_died_of_illness`)? Which reach says so:
    - "its sentence": it tells no violence (:func:`_illness_news`) and names an illness ("an outbreak of
      plague has killed 61 people", "two people have died after contracting the flu virus");
    - "the sentence before": it names none and tells no violence after a sentence of no violence that names
      one ("the first death caused by swine flu was announced. The woman, 38, died at the hospital");
    - "the text": no sentence of the text tells violence, and its first sentence names an illness (a report
      of an epidemic).
    Not the last two where the sentence finds the dead (a noun of ``corpse_nouns``, a verb of finding with
    ``[outcome.killed]``'s "find dead": "three refugees were found dead in a ditch" after a sentence of an
    outbreak). A death whose own sentence tells violence ("died in the raid", "when the camp was shelled")
    is the violence's, whatever the sentences around it say. fogcount counts the dead of violence; an
    accident, a disaster or a poisoning ("after eating cake poisoned with thallium": a violent cause) is no
    illness."""
    ill, violent = _illness_news(ann, vocab)
    if violent[sent]:
        return None
    if ill[sent]:
        return "its sentence"
    tokens = ann.tokens
    start, end = ann.sentences[sent]
    found = [v.split() for v in vocab.outcomes["killed"].verbs if v.split()[0] in vocab.found_verbs]
    if any(t.lemma.lower() in vocab.corpse_nouns or any(
            t.lemma.lower() == first and any(tokens[c].lower == rest for c in ann.children[t.i])
            for first, rest in found) for t in tokens[start:end]):
        return None  # "three refugees were found dead in a ditch", "bodies were recovered": the found dead keep
        # their toll unless their own sentence names the illness
    if sent > 0 and ill[sent - 1] and not violent[sent - 1] and _names_an_illness_beyond(ann, vocab, sent - 1):
        return "the sentence before"
    if ill[0] and not any(violent) and _names_an_illness_beyond(ann, vocab, 0):
        return "the text"
    return None


def _names_an_illness_beyond(ann: Annotation, vocab: Vocabulary, sent: int) -> bool:
    """Does sentence ``sent`` name an illness whose news reaches past it: one WordNet files under illness or
    one of ``illness_words``, not only an infection of ``illness_roots`` ("Ebola has spread to the camp",
    "the clinic treats people living with HIV": a death in the next sentence, told without a word of
    violence, may be a raid's; "malaria has killed 40 children" keeps its own sentence's dead)?"""
    tokens = ann.tokens
    start, end = ann.sentences[sent]
    for i in range(start, end):
        if _an_illness(ann, vocab, i):
            words, names = _illness_names(ann, i)
            named = names | {" ".join([*words, name]) for name in names}
            if tokens[i].pos not in _NOUN_POS or named & vocab.illness_words or named & illness_nouns():
                return True
    return False


def _no_harm_told(ann: Annotation, vocab: Vocabulary, word: int) -> bool:
    """Do the sentence of ``word`` and the one before it hold no word of harm
    (``harm_words``)? "Gunmen attacked a village. Aisha Musa died at age 9":
    a death of the attack, no obituary's."""
    sent = ann.tokens[word].sent
    start, end = ann.sentences[max(sent - 1, 0)][0], ann.sentences[sent][1]
    return not any(t.lemma.lower() in vocab.harm_words or t.lower in vocab.harm_words for t in ann.tokens[start:end])


def _died_at_an_age(ann: Annotation, vocab: Vocabulary, word: int) -> bool:
    """Is a death told by a verb of dying (``dying_verbs``) "at" an age ("has died at age 74", "dies at
    74", "died at the age of 90": a noun of ``age_nouns`` or a bare number no clock time): in a sentence
    of no harm (:func:`_died_of_illness` asks), an obituary's death, of old age or an illness, no toll?
    "died at 3 p.m." is a time."""
    tokens = ann.tokens
    if tokens[word].lemma.lower() not in vocab.dying_verbs:
        return False  # "put the number killed at 35": a toll, no one's age
    at_an_age = False
    for prep in ann.children[word]:
        if tokens[prep].dep != "prep" or tokens[prep].lower != "at":
            continue
        for obj in ann.children[prep]:
            if tokens[obj].dep != "pobj":
                continue
            if tokens[obj].lemma.lower() in vocab.age_nouns:
                at_an_age = True
            elif tokens[obj].pos == "NUM" and tokens[obj].text.isdigit() and 0 < int(tokens[obj].text) < 130 \
                    and not tokens[obj].ent in ("TIME", "DATE") and not ann.children[obj]:
                at_an_age = True
    return at_an_age


def _in_full_date(ann: Annotation, year: int) -> bool:
    """Is the year token part of a date entity that names a month and a day
    ("Jan. 5, 2021", "5 January 2021"), not a year alone or a month of it?"""
    tokens, months = ann.tokens, load().times.months
    start = end = year
    while start > 0 and tokens[start - 1].ent == "DATE" and tokens[start - 1].sent == tokens[year].sent:
        start -= 1
    while end + 1 < len(tokens) and tokens[end + 1].ent == "DATE" and tokens[end + 1].sent == tokens[year].sent:
        end += 1
    run = tokens[start:end + 1]
    return (any(t.lower.rstrip(".") in months for t in run)
            and any(t.text.isdigit() and 1 <= int(t.text) <= 31 for t in run if t.i != year))


def _self_harm(ann: Annotation, vocab: Vocabulary, counted: set[int]) -> list[Claim]:
    """The shooter's own death or wound: one person's act on himself
    (``reflexive_pronouns``), a claim of one, killed or injured as its verb
    says. "killed his two sons before killing himself", "fatally shot
    herself", "took his own life", "committed suicide" (``self_killing_phrases``)
    and "then turned the gun on himself" (a weapon turned on oneself,
    ``self_turning_verbs``) are a death; "accidentally shot himself in the
    hand" a wound. Not a suicide bomber's ("blew himself up") nor a surrender
    ("turned himself in"): ``not_self_harm_verbs``; nor what was threatened,
    tried, denied or only possible ("threatened to kill himself": ``self_attempt_verbs``).

    The claim's cue rule starts with :data:`~fogcount.stages.reconcile.SELF_HARM_RULE`:
    the one it counts is the one who did it, not one of his victims, so
    reconciliation adds it to their figure rather than holding it in it (the
    Gun Violence Archive counts the shooter among the dead and injured).
    Where the one who did it is counted in the sentence (``counted``: the
    nouns other figures count), as in "a boy was wounded when he accidentally
    shot himself", the claim is a part of that figure: the same person."""
    tokens, out = ann.tokens, []
    for tok in tokens:
        verb, outcome = None, None
        if tok.lower in vocab.reflexive_pronouns:
            node = tok.i
            while (tokens[node].dep in ("conj", "appos") and tokens[node].head != node
                   and tokens[tokens[node].head].pos not in _VERB_POS):
                node = tokens[node].head  # "killed his wife, their son and then himself"
            head = tokens[node].head
            if tokens[node].dep in ("dobj", "conj") and tokens[head].pos in _VERB_POS:
                verb = head
                keys = _verb_keys(ann, vocab, verb)
                if any(_norm(k) in vocab.not_self_harm_verbs for k in keys):
                    continue
                found = vocab.verb_outcome(keys, ["people"], as_subject=False)
                found = _graver_conjunct(ann, vocab, verb, found, ["people"])
                outcome = found[1] if found and found[1] in ("killed", "injured") else None
            elif (tokens[node].dep == "pobj" and tokens[head].lower == "on"
                  and tokens[tokens[head].head].lemma in vocab.self_turning_verbs
                  and any(tokens[c].dep == "dobj" and "weapons" in vocab.units_of(tokens[c].lemma)
                          for c in ann.children[tokens[head].head])):
                verb, outcome = tokens[head].head, "killed"  # "turned the gun on himself"
        elif tok.dep == "dobj" and tokens[tok.head].pos in _VERB_POS:
            verb = tok.head
            owner = [tokens[c] for c in ann.children[tok.i]]
            own = any(c.lower == "own" for c in owner) and any(c.dep == "poss" and c.tag == "PRP$" for c in owner)
            phrase = f"{tokens[verb].lemma} {'own ' if own else ''}{tok.lemma}"
            one = (not any(c.dep == "poss" and c.lower in vocab.plural_possessives for c in owner) if own
                   else _one_doer(ann, vocab, verb))  # "his own life" is one's; "their own lives" are not
            if phrase in vocab.self_killing_phrases and (own or tok.lemma == "suicide") and one:
                outcome = "killed"  # "took his own life", "committed suicide"
        if verb is None or outcome is None:
            continue
        governor = tokens[verb].head
        if tokens[verb].dep in ("xcomp", "ccomp", "pcomp", "advcl") and tokens[governor].lemma in vocab.self_attempt_verbs:
            continue  # "threatened to kill himself", "tried to shoot himself"
        if _negated(ann, verb, vocab) or _counterfactual(ann, vocab, verb) or any(
                tokens[c].dep == "aux" and tokens[c].lower in vocab.possibility_modals for c in ann.children[verb]):
            continue  # "did not kill himself", "could have shot himself", "he would kill himself"
        if outcome == "injured" and _died_of_it(ann, vocab, verb):
            outcome = "killed"  # "died when she accidentally shot herself"
        elif outcome == "killed" and _lived(ann, vocab, verb):
            outcome = "injured"  # "turned the gun on himself and survived", "... and is in critical condition"
        q = Quantity(start=tok.idx, end=tok.end, text=tok.text, low=1, high=1, qualifier=None, vague=False,
                     numeric=False, core_start=tok.idx, core_end=tok.end)
        out.append(Claim(id="", sentence=_sentence(ann, tok.sent, q), span=(tok.idx, tok.end),
                         category=f"people.{outcome}",
                         value=Value(text=tok.text, low=1, high=1, incremental=_harmed_others(ann, verb, counted)
                                     or _harmed_just_before(ann, verb, counted)),
                         subject=Subject(text=tok.text, role="unknown"), hedge=_hedge(ann, vocab, None, verb),
                         cue=_cue(tokens[verb], f"{SELF_HARM_RULE}{tokens[verb].lemma}")))
        doer = _doer_counted(ann, verb, counted)
        if doer is not None:
            out[-1].part_of = f"@{doer}"
    return out


def _one_doer(ann: Annotation, vocab: Vocabulary, verb: int) -> bool:
    """Is the doer of ``verb`` one person: its subject, or the subject of the verb it is the complement
    of, or the noun it modifies (the antecedent of a relative pronoun), singular? Not "three of the people
    known to have committed suicide" (many), nor "seek help committing suicide" (no one: what is done).
    Where the parse names no doer, one (the phrase's own reading)."""
    tokens = ann.tokens
    node = verb
    for _ in range(6):
        subjects = [c for c in ann.children[node] if tokens[c].dep in _SUBJECT_DEPS]
        if subjects:
            doer = tokens[subjects[0]]
            if doer.tag in ("WP", "WDT") and tokens[node].dep == "relcl":
                doer = tokens[tokens[node].head]  # "a man who committed suicide"
            return _singular_doer(vocab, doer)
        if tokens[node].dep in ("acl", "relcl") and tokens[tokens[node].head].pos in _NOUN_POS | {"PRON"}:
            doer = tokens[tokens[node].head]  # "a man known to have committed suicide"; not "help committing suicide"
            return _singular_doer(vocab, doer) and (doer.pos == "PRON" or "people" in vocab.units_of(doer.lemma))
        if tokens[node].dep not in ("xcomp", "ccomp", "conj", "advcl", "pcomp", "prep") or tokens[node].head == node:
            return True
        node = tokens[node].head  # "killing three before committing suicide": through "before" to its verb
    return True


def _singular_doer(vocab: Vocabulary, doer: Token) -> bool:
    if doer.pos == "PRON":
        return doer.lower in vocab.one_person_pronouns  # "he", "she"; not "they", "those"
    return doer.tag not in ("NNS", "NNPS")


def _multiplied_harms(ann: Annotation, vocab: Vocabulary, claims: list[Claim]) -> list[Claim]:
    """ "a quadruple shooting", "the double homicide": a word that multiplies a
    harm (``multiplying_words``) on its noun (``multiplied_nouns``) counts the
    people it struck: a claim of that many, its outcome the noun's (the shot are
    injured, read less the report's dead by reconciliation: "3 dead in quadruple
    shooting" leaves one hurt; a homicide's are killed), cue the noun. Not where
    the word is denied or hypothetical, nor where a claim already spans it."""
    tokens, out = ann.tokens, []
    taken = [c.span for c in claims]
    for tok in tokens:
        number = vocab.multiplying_words.get(tok.lower)
        if number is None:
            continue
        noun = tok.i + 2 if tok.i + 2 < len(tokens) and tokens[tok.i + 1].text == "-" else tok.i + 1
        if noun >= len(tokens) or tokens[noun].sent != tok.sent:
            continue  # the word right before its noun ("double-homicide" too), however it is parsed
        outcome = vocab.multiplied_nouns.get(_norm(tokens[noun].lemma)) or vocab.multiplied_nouns.get(
            _norm(tokens[noun].lower))
        if outcome is None or any(start < tok.end and tok.idx < end for start, end in taken):
            continue
        governor = tokens[noun].head
        if _negated(ann, governor, vocab) or _counterfactual(ann, vocab, governor) or _conditional(ann, vocab, noun):
            continue
        q = Quantity(start=tok.idx, end=tok.end, text=tok.text, low=number, high=number, qualifier=None, vague=False,
                     numeric=False, core_start=tok.idx, core_end=tok.end)
        out.append(Claim(id="", sentence=_sentence(ann, tok.sent, q), span=(tok.idx, tok.end),
                         category=f"people.{outcome}", value=Value(text=tok.text, low=number, high=number),
                         subject=Subject(text=None, role="unknown"), hedge=_hedge(ann, vocab, noun, governor),
                         cue=_cue(tokens[noun], f"multiplied:{tokens[noun].lemma.lower()}")))
    return out


def _fatal_adverb(ann: Annotation, vocab: Vocabulary, i: int) -> bool:
    """Does an adverb that makes a wound a death (``fatal_adverbs``) hang on
    token ``i`` ("four were shot, one fatally", "three of them fatally"),
    itself neither hedged nor denied (:func:`_hedged_fatal`: "one of them
    potentially fatally", "two not fatally" are no deaths)?"""
    tokens = ann.tokens
    return any(tokens[c].dep == "advmod" and tokens[c].lower in vocab.fatal_adverbs
               and not _hedged_fatal(ann, vocab, c) for c in ann.children[i])


def _displaced_fatal_share(ann: Annotation, vocab: Vocabulary, adverb: int) -> int | None:
    """ "killed 14 and wounded 30, four of them fatally": the parser hangs the
    fatal adverb on the verb, but it grades the share set off by a comma right
    before it (a number, "of" and a pronoun that points back,
    ``back_pronouns``), not the verb's figure. The share's number token, or
    None: where no comma sets the share off ("stabbed three of them fatally":
    the verb's own object, killed) or a word stands between the pronoun and
    the adverb."""
    tokens = ann.tokens
    verb = tokens[adverb].head
    if tokens[adverb].dep != "advmod" or tokens[adverb].lower not in vocab.fatal_adverbs \
            or tokens[verb].pos not in _VERB_POS:
        return None
    for n in ann.children[verb]:
        if not (verb < n < adverb - 2) or tokens[n].pos != "NUM" or tokens[n - 1].text != ",":
            continue
        match = _OF_THEM.match(ann.text, tokens[n].end)
        after = ann.token_after(match.end()) if match is not None else None
        if match is not None and match.group(1).lower() in vocab.back_pronouns and after == adverb:
            return n
    return None


def _a_fatal_share(claim: Claim) -> bool:
    return claim.category == "people.killed" and claim.cue is not None and claim.cue.rule.startswith(SHARE_RULE)


def _hedged_fatal(ann: Annotation, vocab: Vocabulary, adverb: int) -> bool:
    """A fatal adverb that a word of ``fatal_adverb_hedges`` takes back: one
    that modifies it ("potentially fatally", "almost fatally", "not
    fatally") or the word joined to it by a hyphen ("non-fatally")."""
    tokens = ann.tokens
    if any(tokens[c].dep in ("advmod", "neg") and tokens[c].lower in vocab.fatal_adverb_hedges
           for c in ann.children[adverb]):
        return True
    before = ann.text[:tokens[adverb].idx]
    return before.endswith("-") and any(before[:-1].lower().endswith(w) and not before[:-1 - len(w)][-1:].isalpha()
                                        for w in vocab.fatal_adverb_hedges)


def _fatal_shares(ann: Annotation, vocab: Vocabulary, claims: list[Claim]) -> list[Claim]:
    """ "Four teenagers were shot, one fatally", "Four teens shot, one fatally":
    a bare number beside a verb of people hurt, with an adverb that makes the
    wound a death (``fatal_adverbs``), is how many of them died: a killed claim
    of that number, cue the verb. It is no part of the hurt figure (another
    category); reconciliation reads the hurt figure less the dead
    (reconcile.hit_less_the_dead: four shot, one dead, three injured). A number
    that already makes a claim ("shot six people, one fatally") is left alone."""
    tokens, out = ann.tokens, []
    taken = [c.span for c in claims]
    for tok in tokens:
        if tok.pos != "NUM" or not _fatal_adverb(ann, vocab, tok.i):
            continue
        verb = tok.head
        if tok.dep not in ("dep", "npadvmod", "appos", "advmod", "conj") or tokens[verb].pos not in _VERB_POS:
            continue
        hurt = [c for c in claims if c.category == "people.injured" and c.cue is not None and not c.negated
                and c.cue.span[0] == tokens[verb].idx and c.value.low is not None]
        number = number_value(tok.text)
        if not hurt or not isinstance(number, int) or number > hurt[0].value.low or any(
                start < tok.end and tok.idx < end for start, end in taken):
            continue
        q = Quantity(start=tok.idx, end=tok.end, text=tok.text, low=number, high=number, qualifier=None, vague=False,
                     numeric=tok.text.isdigit(), core_start=tok.idx, core_end=tok.end)
        out.append(Claim(id="", sentence=_sentence(ann, tok.sent, q), span=(tok.idx, tok.end),
                         category="people.killed", value=Value(text=tok.text, low=number, high=number),
                         subject=Subject(text=None, role=hurt[0].subject.role), hedge=hurt[0].hedge,
                         cue=_cue(tokens[verb], f"{SHARE_RULE}{tokens[verb].lemma}")))
    return out


def _chain(ann: Annotation, verb: int) -> list[int]:
    """The verb and the verbs it hangs from as a clause of the same doer ("killed his sons before killing
    himself", "shot his wife and then himself"), up to three steps."""
    tokens, out, node = ann.tokens, [verb], verb
    for _ in range(3):
        if tokens[node].head == node or tokens[node].dep not in ("advcl", "pcomp", "prep", "conj", "xcomp"):
            break
        node = tokens[node].head
        out.append(node)
    return out


def _harmed_others(ann: Annotation, verb: int, counted: set[int]) -> bool:
    """Did the one who harmed himself harm others in the same clause first: a
    counted noun as the object of his verb or of a verb it hangs from ("killed
    his two daughters before killing herself", "shot his wife and then
    himself")? Then his own death is one more than theirs: an increment of
    their figure. A child who "accidentally shot himself" harmed no one else:
    his wound is the figure of the one hurt, told as his own act."""
    tokens = ann.tokens
    for node in _chain(ann, verb):
        for c in ann.children[node]:
            if tokens[c].dep == "dobj" and (c in counted or any(tokens[k].dep == "conj" and k in counted
                                                                 for k in ann.children[c])):
                return True
            if tokens[c].dep == "conj" and tokens[c].pos == "VERB" and c != verb and any(
                    tokens[k].dep == "dobj" and k in counted for k in ann.children[c]):
                return True  # "shot his brother to death, wounded another and then committed suicide"
    return False


def _harmed_just_before(ann: Annotation, verb: int, counted: set[int]) -> bool:
    """Did the one who harmed himself, told by a pronoun ("He then killed
    himself."), harm others in the sentence just before it in its paragraph:
    a counted noun there is the object of an active verb ("A man fatally shot
    his wife.")? Then his own death is one more than theirs, as
    :func:`_harmed_others` says within one sentence. A boy "shot in the arm"
    (a passive) who "accidentally shot himself" harmed no one else."""
    tokens = ann.tokens
    if not any(tokens[c].dep == "nsubj" and tokens[c].tag == "PRP" for c in ann.children[verb]):
        return False
    sent = tokens[verb].sent
    if sent == 0 or not ann.same_paragraph(sent - 1, sent):
        return False
    start, end = ann.sentences[sent - 1]
    return any(tokens[c].dep == "dobj" and tokens[tokens[c].head].pos == "VERB"
               and not any(tokens[k].dep == "auxpass" for k in ann.children[tokens[c].head])
               for c in counted if start <= c < end)


def _died_of_it(ann: Annotation, vocab: Vocabulary, verb: int) -> bool:
    """Does the clause tell that the one who shot himself died of it: a verb of
    dying of the same doer on the chain or coordinated with it ("died when she
    accidentally shot herself", "shot himself and ended up dying")?"""
    tokens = ann.tokens
    nodes = _chain(ann, verb)
    nodes += [c for n in list(nodes) for c in ann.children[n] if tokens[c].dep in ("conj", "xcomp")]
    nodes += [c for n in list(nodes) for c in ann.children[n] if tokens[c].dep in ("xcomp", "advcl")]
    return any(n != verb and tokens[n].pos == "VERB"
               and (vocab.verb_outcome(_verb_keys(ann, vocab, n), ["people"], as_subject=True)
                    or (None, None))[1] == "killed"
               for n in nodes)


def _lived(ann: Annotation, vocab: Vocabulary, verb: int) -> bool:
    """Does a verb coordinated with the act on himself say that he lived:
    one of ``surviving_verbs`` ("turned the gun on himself and survived") or
    one whose subject is hurt ("... and is in critical condition", "and was
    hospitalized")?"""
    tokens = ann.tokens
    for c in ann.children[verb]:
        if tokens[c].dep != "conj" or tokens[c].pos not in _VERB_POS:
            continue
        if tokens[c].lemma in vocab.surviving_verbs:
            return True
        active = not any(tokens[k].dep == "auxpass" for k in ann.children[c])  # "and was hospitalized"
        if (vocab.verb_outcome(_verb_keys(ann, vocab, c), ["people"], as_subject=active)
                or (None, None))[1] == "injured":
            return True
    return False


def _doer_counted(ann: Annotation, verb: int, counted: set[int]) -> int | None:
    """The counted noun that did the act on himself: the subject (active or
    passive) of the verb or of a verb that governs it, up to three steps ("a
    boy was wounded when he accidentally shot himself": "boy"), or the noun
    its relative clause describes ("a boy who shot himself has died"), or None."""
    tokens = ann.tokens
    node = verb
    for _ in range(4):
        for c in ann.children[node]:
            if tokens[c].dep in _SUBJECT_DEPS and c in counted:
                return c
        if tokens[node].dep == "relcl" and tokens[node].head in counted:
            return tokens[node].head  # "a 3-year-old boy who apparently shot himself has died": the boy
        if tokens[node].head == node or tokens[node].dep not in ("advcl", "pcomp", "prep", "conj", "xcomp", "ccomp"):
            return None
        node = tokens[node].head
    return None


def _active_doer(ann: Annotation, vocab: Vocabulary, reading: "_Reading", np_head: int) -> bool:
    """Is the counted phrase the one who shoots or kills, not one hit? Its
    verb (the cue) is active and has its own target, and the phrase is that
    verb's subject or the subject of the verb it completes: "Williams is
    believed to have shot about 10 times at the occupants", "a woman appears
    to have shot and killed her two daughters", "Johnson shot at deputies".
    Only an object or a passive subject is hit ("Johnson was shot at")."""
    tokens = ann.tokens
    if reading.cue is None:
        return False
    verb = ann.token_at(reading.cue.span[0])
    if verb is None or tokens[verb].pos != "VERB" or verb == np_head:
        return False
    if vocab.verb_outcome(_verb_keys(ann, vocab, verb), ["people"], as_subject=True):
        return False  # "died at the hospital", "sustained injuries": what happens to the subject
    kids = ann.children[verb]
    if any(tokens[c].dep in ("auxpass", "nsubjpass") for c in kids) or tokens[verb].dep in ("amod", "acl"):
        return False  # "was shot", "the man shot in the leg": what happened to him
    subject = tokens[np_head].dep in _SUBJECT_DEPS and (
        tokens[np_head].head == verb or (tokens[verb].dep == "xcomp" and tokens[verb].head == tokens[np_head].head))
    if not subject:
        return False
    def people(noun: int) -> bool:
        return any("people" in vocab.units_of(key) for key in _noun_keys(ann, noun))

    # what he shot or killed: his object, his conjoined verb's ("shot and killed her two daughters"), or the
    # people he shot at ("shot about 10 times at the occupants"; "injured at an attack" is where, not whom)
    targets = [c for c in kids if tokens[c].dep == "dobj" and people(c)]
    targets += [k for c in kids if tokens[c].dep == "conj" and tokens[c].pos == "VERB"
                for k in ann.children[c] if tokens[k].dep == "dobj" and people(k)]
    if tokens[verb].lemma in vocab.shooting_at_verbs:
        targets += [g for c in kids if tokens[c].dep == "prep" and tokens[c].lower == "at"
                    for g in ann.children[c] if tokens[g].dep == "pobj" and people(g)]
    return bool(targets)


def _mark_others(ann: Annotation, vocab: Vocabulary, claims: list[Claim], claim_of_noun: dict[int, str]) -> None:
    """ "Killed a family of four, then shot and killed two other civilians",
    "air strikes killed seven civilians, while others killed 11 others": a
    figure of "other" people (``other_words``) after a figure of the same
    outcome is more of them, an increment ("The attack killed 12 people and
    wounded 30 others" is not: another outcome), unless a total told before
    holds it and the figure just before it ("12 were killed: four ...,
    whereas eight others ...": a breakdown). Parts are not, nor "others"
    coordinated with a noun ("the bomber and six other people": told apart
    from the bomber, a sum to compare, not more)."""
    tokens = ann.tokens
    nouns_of: dict[str, list[int]] = {}
    for noun, owner in claim_of_noun.items():
        nouns_of.setdefault(owner, []).append(noun)
    for at, claim in enumerate(claims):
        words = (claim.subject.text or "").lower().split()
        if claim.part_of is not None or claim.value.cumulative or not words or words[0] not in vocab.other_words:
            continue
        if any(tokens[n].dep == "conj" or any(tokens[c].dep == "conj" for c in ann.children[n])
               for n in nouns_of.get(claim.id, ())):
            continue
        _mark_added_to_earlier(claims, at)


def _mark_added_to_earlier(claims: list[Claim], at: int) -> None:
    """Mark ``claims[at]`` an increment where a figure of its outcome was told
    before it, unless a total told before holds that latest figure and this
    one ("12 people were killed. Four were killed first, whereas eight others
    ...": a breakdown, not an addition)."""
    claim = claims[at]
    earlier = [c for c in claims[:at] if c.category == claim.category and c.part_of is None and not c.negated]
    if not earlier:
        return
    low = claim.value.low or 0
    if not any((c.value.low or 0) >= (earlier[-1].value.low or 0) + low for c in earlier[:-1]):
        claim.value.incremental = True


def _mark_also(ann: Annotation, vocab: Vocabulary, claims: list[Claim]) -> None:
    """ "A city councillor was shot and killed. Her driver also died": a killed
    figure whose outcome verb says "also" (``additive_adverbs``) after a killed
    figure is more of them, an increment, as "others" are (:func:`_mark_others`),
    unless a total told before holds it and the figure just before it (a
    breakdown). The dead are not all dead at once; the hurt are all hurt at
    once, and "two women were also wounded" after "five people were shot" is
    some of the five (so the injured are left as they are)."""
    tokens = ann.tokens
    for at, claim in enumerate(claims):
        if claim.category != "people.killed" or claim.part_of is not None or claim.value.cumulative \
                or claim.value.incremental or claim.negated or claim.cue is None or not claim.cue.rule.removeprefix(SHARE_RULE).startswith("verb:"):
            continue
        verb = ann.token_at(claim.cue.span[0])
        if verb is None or not any(tokens[c].lower in vocab.additive_adverbs and tokens[c].dep == "advmod"
                                   for c in ann.children[verb]):
            continue
        _mark_added_to_earlier(claims, at)


_RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "where"})


def _died_of_the_hurt(ann: Annotation, vocab: Vocabulary, claims: list[Claim]) -> None:
    """ "Two of the guards were injured, one of whom later died", "Twelve were
    taken to hospital, where one victim died": a death told in a relative
    clause (a wh-word of its own) that hangs, in its sentence, on the words of
    an injured figure told just before, and no larger than it, is a death of
    some of those hurt: it adds to the dead told before (``incremental``) and
    its cue rule is marked :data:`~fogcount.stages.reconcile.DIED_OF_HURT_RULE`,
    so that reconciliation takes it out of those hurt. A death in a clause of
    its own ("three were injured and one was killed") is none of them."""
    tokens = ann.tokens
    for at, claim in enumerate(claims):
        value = claim.value
        if (claim.category != "people.killed" or claim.part_of is not None or claim.negated or claim.cue is None
                or value.low is None or value.low != value.high or claim.cue.rule.startswith(SELF_HARM_RULE)):
            continue
        verb = ann.token_at(claim.cue.span[0])
        if verb is not None and tokens[verb].dep in ("acomp", "oprd", "attr") and tokens[verb].head < verb:
            verb = tokens[verb].head  # "where one was pronounced deceased": the word of the death on its verb
        if verb is not None and tokens[verb].dep not in ("relcl", "advcl"):
            # the parser's inversion: "two guards were injured, one of whom later died" read with "died" the root
            # and the harm a clause before it; the death's subject holds the relative word
            harm = next((c for c in ann.children[verb] if tokens[c].dep == "ccomp" and c < verb), None)
            subject = next((c for c in ann.children[verb] if tokens[c].dep in _SUBJECT_DEPS and c < verb), None)
            hurt = next((c for c in claims[:at] if c.category == "people.injured" and c.cue is not None
                         and not c.negated and c.value.low is not None and c.value.low >= value.low
                         and harm is not None and ann.token_at(c.cue.span[0]) == harm), None)
            if hurt is not None and subject is not None and harm < subject and any(
                    tokens[n].lower in _RELATIVE_WORDS for n in ann.subtree(subject)):
                value.incremental = True
                claim.cue = claim.cue.model_copy(update={"rule": f"{DIED_OF_HURT_RULE}{claim.cue.rule}"})
            continue
        if verb is None:
            continue
        clause, stack = [], [verb]
        while stack:
            node = stack.pop()
            clause.append(node)
            stack.extend(c for c in ann.children[node] if tokens[c].dep not in ("relcl", "advcl", "ccomp", "conj"))
        if not any(tokens[n].lower in _RELATIVE_WORDS for n in clause):
            continue
        hurt = {ann.token_at(c.cue.span[0]): c for c in claims[:at] if c.category == "people.injured"
                and c.cue is not None and not c.negated and c.value.low is not None and c.value.low >= value.low}
        node = tokens[verb].head
        # the clause hangs on the hurt: on the verb of their harm ("were wounded, two of whom died"), on
        # its subject or object ("the guards ..., one of whom"), or on the place of their care ("taken to
        # hospital, where one died"); not on the harm's noun ("in the blast, which killed two soldiers")
        antecedent = tokens[node]
        on_care = antecedent.lemma.lower() in vocab.care_places or " ".join(
            [tokens[c].lower for c in ann.children[node] if tokens[c].dep == "compound"] + [antecedent.lemma.lower()]) \
            in vocab.care_places
        if not (node in hurt or on_care or (antecedent.head in hurt and antecedent.dep in _SUBJECT_DEPS | {"dobj"})):
            continue
        while node not in hurt and tokens[node].head != node and tokens[node].sent == tokens[verb].sent:
            node = tokens[node].head
        if node in hurt and tokens[node].sent == tokens[verb].sent:
            value.incremental = True
            claim.cue = claim.cue.model_copy(update={"rule": f"{DIED_OF_HURT_RULE}{claim.cue.rule}"})


def _tally_scope(ann: Annotation, vocab: Vocabulary, claim: Claim) -> bool:
    """Does the figure count several happenings, over an area or a period
    wider than one ("Eight other people were wounded across the city",
    "22 others were wounded in shootings since Friday evening", "the first
    in a string of three shooting deaths", "the 25 homicides this year")? The
    words of ``[tally]`` in data/vocabulary.toml, on the path from the figure
    up to its clause's verb (and the conjuncts after it, whose scope words a
    coordination shares: a phrase at its end is of the conjuncts
    before it, "Three were killed and 22 others wounded in shootings across
    the city", not of those after), or on that verb's subject ("a spate of
    shootings left five people dead")."""
    tokens = ann.tokens
    node = ann.token_at(claim.span[0])
    if node is None:
        return False
    path = [node]
    while tokens[node].pos not in ("VERB", "AUX") and tokens[node].head != node and len(path) < 12:
        node = tokens[node].head
        path.append(node)
    verb = path[-1]
    if tokens[verb].pos in ("VERB", "AUX"):
        path += [c for c in ann.children[verb] if tokens[c].dep == "conj"]
        if tokens[verb].dep == "relcl":
            path.append(tokens[verb].head)  # "shootings that left three dead"
        path += [c for v in list(path) if tokens[v].pos in ("VERB", "AUX")
                 for c in ann.children[v] if tokens[c].dep in _SUBJECT_DEPS]
    # the participle that tells what befell a figure's people ("five people killed in the city this year",
    # "five were dead and one wounded in a string of shootings")
    # (or told in a relative clause: "the four men were among nine people who were wounded in shootings
    # across the city")
    path += [c for n in list(path) for c in ann.children[n] if tokens[c].dep in ("acl", "relcl")]
    return any(_tally_word(ann, vocab, n) for n in path)


def _tally_word(ann: Annotation, vocab: Vocabulary, n: int) -> bool:
    """A word of a scope wider than one happening at token ``n``: a series
    noun with "of" ("a string of three deaths"), a happening in the plural
    ("shootings that left three dead"), or a phrase of area or period on it."""
    return _several_happenings(ann, vocab, n) or _wide_scope(ann, vocab, n, nested=True)


def _several_happenings(ann: Annotation, vocab: Vocabulary, n: int) -> bool:
    """A series ("a string of", with "of") or happenings said to be several:
    counted or told apart ("two separate shootings", "five shootings"). A bare
    plural is not: "four people were wounded in early morning shootings" is
    one gunman's spree, one incident."""
    tok, kids = ann.tokens[n], ann.children[n]
    if tok.lemma in vocab.tally_series_nouns and any(ann.tokens[c].lower == "of" for c in kids):
        return True
    return tok.lemma in vocab.tally_happening_nouns and tok.tag in ("NNS", "NNPS") and any(
        ann.tokens[c].dep == "nummod" or ann.tokens[c].lower in vocab.tally_apart_words for c in kids)


def _wide_scope(ann: Annotation, vocab: Vocabulary, n: int, *, nested: bool) -> bool:
    """A phrase of area or period on token ``n`` ("across the city", "since
    Friday evening", "this year"); where ``nested``, also the happenings a
    phrase of cause names and their own area or period ("wounded in shootings
    across the city", "killed in a spate of shootings")."""
    tokens, kids = ann.tokens, ann.children
    for c in kids[n]:
        child = tokens[c]
        if child.dep in ("npadvmod", "tmod", "obl") and child.lemma in vocab.tally_period_nouns and any(
                tokens[d].lower in vocab.tally_period_determiners for d in kids[c]) and not any(
                tokens[d].lower in vocab.tally_point_words for d in kids[c]):
            return True  # "this year", not "earlier this year" (a point in it)
        if child.dep != "prep":
            continue
        for obj in (o for o in kids[c] if tokens[o].dep == "pobj"):
            words = {tokens[obj].lemma.lower()} | {tokens[d].lemma.lower() for d in kids[obj]
                                                  if tokens[d].dep in ("poss", "compound")}
            if child.lower in vocab.tally_area_prepositions and words & vocab.tally_area_nouns:
                return True  # "across the city", "across the city's South and West sides"
            if child.lower in vocab.tally_since_prepositions and words & vocab.tally_since_nouns:
                return True  # "since Friday evening", "since January"
            if child.lower in vocab.tally_span_prepositions and tokens[obj].lemma.lower() in vocab.tally_span_nouns \
                    and tokens[obj].tag == "NNS" and any(tokens[d].lower in vocab.tally_span_words for d in kids[obj]) \
                    and tokens[n].pos in ("VERB", "AUX") and not _ranked(ann, n):
                # "in recent years", "over recent months": a span up to now, on the figure's own verb (not on a
                # noun of the happening: "the deadliest attack in recent years killed 12" is one attack)
                return True
            if nested and child.lower in vocab.tally_happening_prepositions and (
                    _several_happenings(ann, vocab, obj) or _wide_scope(ann, vocab, obj, nested=False) or (
                        tokens[obj].tag in ("NNS", "NNPS") and any(_wide_scope(ann, vocab, a, nested=False)
                                                                 for a in kids[obj] if tokens[a].dep == "acl"))):
                # "wounded in shootings", "in a shooting across the city", "died in assaults blamed on the
                # group since November" (the period on the participle that tells the happenings, only of
                # happenings in the plural: "an explosion heard across the city", "an attack planned since
                # January" are one happening the phrase tells the hearing or the planning of)
                return True
    return False


# WordNet's classes of a happening or a time a superlative ranks ("the deadliest attack", "the bloodiest day")
_HAPPENING_CLASSES = frozenset({"noun.act", "noun.event", "noun.phenomenon", "noun.time"})


def _ranked(ann: Annotation, n: int) -> bool:
    """Does the sentence of token ``n`` rank a happening by a superlative ("the worst shooting the city has
    seen in recent years", "the most deadly attack")? A span of years there ranks this one happening
    against earlier ones; it widens no figure. Only one on a noun whose commonest WordNet sense is an act,
    an event, a phenomenon or a time (:data:`_HAPPENING_CLASSES`: "attack", "explosion", "storm", "day")
    ranks a happening; one on a number ("at least 12") or a group ("the largest militia has killed 300
    villagers in recent years") does not."""
    tokens, sent = ann.tokens, ann.tokens[n].sent
    first, last = n, n
    while first > 0 and tokens[first - 1].sent == sent:
        first -= 1
    while last + 1 < len(tokens) and tokens[last + 1].sent == sent:
        last += 1

    def ranked(t) -> bool:  # the noun a superlative adjective (or "most" on one) grades
        if t.tag == "RBS" and tokens[t.head].dep == "amod":
            t = tokens[t.head]
        elif t.tag != "JJS" or t.dep != "amod":
            return False
        head = tokens[t.head]  # "the worst shooting": the parser may tag the gerund a verb
        return any(noun_class(w) in _HAPPENING_CLASSES for w in (head.lemma.lower(), head.lower))
    return any(ranked(t) for t in tokens[first:last + 1])


def _one_person(claim: Claim) -> bool:
    """A figure of exactly one person, said to have happened."""
    return (claim.value.low, claim.value.high) == (1, 1) and not claim.negated and not claim.value.vague


def _mark_breakdowns(ann: Annotation, vocab: Vocabulary, claims: list[Claim]) -> None:
    """Figures that break down one just before them are its parts, of its
    outcome: after a subset word and a pronoun that points back ("the dead
    included six civilians, among them two children", "300 were killed, 258 of
    them civilians"), or in parentheses right after it ("shot dead six people
    (five civilians and one soldier)")."""
    text = ann.text
    for at, claim in enumerate(claims):
        if claim.part_of is not None or at == 0:
            continue
        whole = next((c for c in reversed(claims[:at]) if c.part_of is None and c.sentence == claim.sentence
                      and c.category.split(".")[0] == claim.category.split(".")[0]), None)
        if whole is None:
            continue
        between = text[whole.span[1] : claim.span[0]]
        words = between.lower().replace(",", " ").split()
        back = len(words) >= 2 and words[-1] in vocab.back_pronouns and (
            words[-2] in vocab.subset_words or words[-2] == "of")
        back = back or (len(words) >= 3 and words[-2] in vocab.back_pronouns and words[-3] in vocab.subset_words)
        opened = "(" in between and ")" not in between and ")" in text[claim.span[1] : claim.span[1] + 80]
        if back or (opened and len(between) <= 40):
            claim.part_of = whole.id
            if opened:
                claim.category = whole.category  # "(five civilians and one soldier)": what happened to the whole


def _run(state: DocumentState, settings: Settings) -> DocumentState:
    state.report.claims, state.report.skipped = extract_claims(state.annotation, settings.rules.vocabulary)
    state.count("claims", len(state.report.claims))
    state.count("skipped", len(state.report.skipped))
    return state


STAGE = Stage(NAME, VERSION, requires=("annotation",), assigns=("report.claims", "report.skipped"), run=_run)


# ---------------------------------------------------------------- finding figures


def _anchor(ann: Annotation, start: int, end: int) -> int | None:
    """The figure's head word inside [start, end): the token that modifies a
    noun after the figure ("between 50 and 60 people": 50), else the last word."""
    first = ann.token_at(start)
    if first is None:
        return None
    tokens = ann.tokens
    words = []
    i = first
    while i < len(tokens) and tokens[i].idx < end:
        if tokens[i].text not in _QUOTES and tokens[i].pos != "PUNCT":
            words.append(i)
        i += 1
    if not words:
        return None
    for w in reversed(words):
        if tokens[w].dep in _MODIFIER_DEPS and tokens[w].head > words[-1]:
            return w
    return words[-1]


def _candidates(ann: Annotation, vocab: Vocabulary) -> list[_Candidate]:
    """Figures (numbers, vague quantities) and zeros ("no", "none", "nobody"), in text order."""
    tokens, text = ann.tokens, ann.text
    zeros: list[_Candidate] = []
    i = 0
    while i < len(tokens):
        zero = _zero_word(tokens, i, vocab)
        if zero is None:
            i += 1
            continue
        last = i + len(zero.split()) - 1
        start, end = tokens[i].idx, tokens[last].end
        q = Quantity(start=start, end=end, text=text[start:end], low=0, high=0, qualifier=None,
                     vague=False, numeric=False, core_start=start, core_end=end)
        zeros.append(_Candidate(q, last, zero=zero))
        i = last + 1
    zero_starts = [z.quantity.start for z in zeros]

    def in_zero(pos: int) -> bool:
        at = bisect.bisect_right(zero_starts, pos) - 1
        return at >= 0 and pos < zeros[at].quantity.end

    found: list[_Candidate] = []
    scanned = scan(text, [t.idx for t in tokens if not in_zero(t.idx)])  # "no one" is a zero, not a one
    for q, after in zip(scanned, scanned[1:] + [None]):
        if (after is not None and q.vague and q.text.lower() == after.text.lower()
                and text[q.end : after.start].strip().lower() in ("", ",", "and")):
            continue  # "many, many people", "dozens and dozens": a vague word said twice for weight is one figure
        anchor = _anchor(ann, q.core_start, q.core_end)
        if anchor is not None and q.vague and _a_set_told(ann, vocab, anchor):
            continue  # "a couple and their four children": the couple, two (_sets_of_people), not "a couple" 2-3
        if anchor is not None:
            found.append(_Candidate(q, anchor))
    taken_starts = [c.quantity.start for c in found]
    for z in zeros + _singles(ann, vocab):
        at = bisect.bisect_right(taken_starts, z.quantity.start) - 1
        if at < 0 or z.quantity.start >= found[at].quantity.end:
            found.append(z)
    found.sort(key=lambda c: c.quantity.start)
    return found


def _singles(ann: Annotation, vocab: Vocabulary) -> list[_Candidate]:
    """ "a man", "an army officer", "a civilian woman", "another soldier": the
    determiner (``single_determiners``) of a singular people noun, a figure of
    one (kept only where an outcome word says what happened: "a man was
    killed", not "a soldier said"); and the possessive of one coordinated with
    a counted noun ("a woman and her son"). A group ("a family") is not one,
    nor a noun of a negative coordination ("neither a man nor a woman")."""
    tokens, out = ann.tokens, []
    first_use: dict[str, int] = {}  # each noun lemma's first token, so pointing back is one look-up
    for tok in tokens:
        if tok.pos in _NOUN_POS:
            first_use.setdefault(tok.lemma, tok.i)
    for tok in tokens:
        definite = not _single_word(ann, vocab, tok)
        if definite and not _definite_word(vocab, tok):
            continue
        noun = tokens[tok.head]
        # the parser's adjective as a verb's argument ("killed a Brazilian national") is a noun
        singular = noun.tag == "NN" or (noun.pos == "ADJ" and noun.dep in _ARGUMENT_DEPS) or _age_nominal(ann, noun.i)
        people = "people" in vocab.units_of(noun.lemma) or _age_nominal(ann, noun.i) or _harmed_person(ann, vocab, noun.i)
        if (noun.i <= tok.i or noun.i - tok.i > _SUBJECT_LIMIT or not singular or not people
                or noun.lemma in vocab.collective_nouns or noun.lemma in vocab.plural_only_nouns):
            continue
        if definite and not _definite_person(ann, vocab, noun.i):
            continue
        if _coordination_kind(ann, vocab, [noun.i]) == "negative":
            continue  # "neither a man nor a woman": no one, the zero word's figure
        if (not definite and noun.dep in ("attr", "oprd") and tokens[noun.head].lemma == "become"
                and tokens[noun.head].tag in ("VB", "VBG")):
            continue  # "the risk of becoming a victim", "to become a soldier": a kind of person, no one counted
        q = Quantity(start=tok.idx, end=tok.end, text=tok.text, low=1, high=1, qualifier=None, vague=False,
                     numeric=False, core_start=tok.idx, core_end=tok.end)
        out.append(_Candidate(q, tok.i, single=True, definite=definite,
                              named_before=definite and first_use.get(noun.lemma, noun.i) < noun.i))
    return (out + _named_persons(ann, vocab) + _pronoun_persons(ann, vocab) + _bare_persons(ann, vocab)
            + _elliptic_persons(ann, vocab) + _pairs(ann, vocab) + _equal_numbers(ann, vocab)
            + _sets_of_people(ann, vocab))


#: The outcomes only a living being suffers: what their verbs do it to is a person, if the noun can be one.
_HARM_OUTCOMES = ("killed", "injured", "abducted")
#: The harms done to a body (no abduction): a plural noun they are done to is people (:func:`_harmed_persons`).
_BODILY_HARM_OUTCOMES = tuple(o for o in _HARM_OUTCOMES if o != "abducted")


def _harmed_person(ann: Annotation, vocab: Vocabulary, i: int) -> bool:
    """Is token ``i`` a singular noun that can name a person (any of its
    senses in WordNet, :func:`fogcount.lexicon.person_sense_nouns`, not its
    commonest alone: "figure", "ally") and that a verb of killing, wounding or
    abduction does its deed to ("a prominent religious figure was killed",
    "gunmen killed a prominent ally of the president")? The verb chooses the
    sense: only a living being is killed."""
    tok = ann.tokens[i]
    if tok.tag not in ("NN", "NNS") or tok.dep not in ("dobj", "nsubjpass") or tok.head == i:
        return False
    lemma = tok.lemma.lower()
    if lemma not in person_sense_nouns() or lemma in vocab.not_people or lemma in vocab.collective_nouns:
        return False
    found = vocab.verb_outcome(_verb_keys(ann, vocab, tok.head), ["people"], as_subject=False)
    if tok.tag == "NNS":
        return _harmed_persons(ann, vocab, i, found)
    return found is not None and found[1] in _HARM_OUTCOMES


def _harmed_persons(ann: Annotation, vocab: Vocabulary, i: int, found: tuple | None) -> bool:
    """Is the plural noun ``i``, one with a sense of a person (checked by
    :func:`_harmed_person`), persons a verb killed or wounded ("killing four
    fans", "wounded three stewards": "fan" is first a device)? Only the dead
    and the hurt, not a verb of care ("treated 40 cases": cases of an illness)
    nor of taking ("seized four guards" is a person's plural anyway); not
    where the noun's commonest sense is an animal ("killed two birds",
    ``lexicon.animal_nouns``); and only by a usual person sense, among its
    first two (``lexicon.usual_person_sense_nouns``: not "killed 300 plants",
    "shot 40 models"). The test is the same for every verb of harm, shooting included: no list of senses
    tells a person shot from a thing shot at ("shot 12 commuters" are people though the sense-tagged
    counts file "commuter" mostly as a thing), so "soldiers shot 12 targets" reads 12 hurt."""
    if found is None or found[1] not in _BODILY_HARM_OUTCOMES or found[2] in vocab.care_cues:
        return False
    lemma = ann.tokens[i].lemma.lower()
    return lemma in usual_person_sense_nouns() and lemma not in animal_nouns()


#: How many heads up from a figure's phrase :func:`_cause_of_a_reprisal` looks for the reprisal: the
#: "for" phrase of "in retaliation for an attack that killed 12 soldiers" is a few heads up, never a dozen.
_REPRISAL_WALK = 12


def _cause_of_a_reprisal(ann: Annotation, vocab: Vocabulary, np_head: int) -> bool:
    """Is the figure's phrase in what a reprisal answers: under a reprisal
    preposition (``reprisal_prepositions``: "for") told after a reprisal
    noun (``reprisal_nouns``: "in retribution for the rebels killing a
    policeman", "in revenge for the killing of two herders", "in retaliation
    for an attack that killed 12 soldiers"; the parser hangs the "for" on the
    noun or on the verb) or under the object of a reprisal verb ("to avenge
    the killing of a man")? That harm is an earlier happening, not the
    reprisal's toll. The walk up stops at the reprisal's own toll: a
    participle clause set off by a comma ("in retaliation for an attack that
    killed three soldiers, killing 12 civilians": the parser hangs "killing"
    on the relative clause's verb) or any clause modifying a relative
    clause's verb."""
    tokens = ann.tokens
    at, seen = np_head, 0
    while tokens[at].head != at and seen < _REPRISAL_WALK:
        child, at, seen = at, tokens[at].head, seen + 1
        tok = tokens[at]
        if tokens[child].dep == "advcl" and (_set_off_by_a_comma(ann, child) or tok.dep in ("relcl", "acl")):
            return False  # ", killing 12 civilians": the reprisal's own toll
        if tokens[child].dep == "relcl" and _a_clause_run_on(ann, child):
            return False  # "... that killed 20 people the militants executed four hostages": the reprisal
        if tok.lower in vocab.reprisal_prepositions and tok.dep == "prep" and (
                tokens[tok.head].lemma.lower() in vocab.reprisal_nouns
                or (at > 0 and tokens[at - 1].lemma.lower() in vocab.reprisal_nouns)):
            return True
        if tok.pos == "VERB" and tok.lemma.lower() in vocab.reprisal_verbs and tokens[child].dep == "dobj":
            return True
    return False


def _a_clause_run_on(ann: Annotation, verb: int) -> bool:
    """Is the relative clause of ``verb`` rather a clause of its own the parser hung on the noun before it:
    no relative word in it (no "that", "which", "who", "where") and nothing missing from it, its verb with
    its own subject and its own object, hung with no comma on the object of another verb ("in retaliation
    for the bombing that killed 20 people the militants executed four hostages": "the militants executed
    four hostages" is no relative clause of "people"; "the people the militants executed" lacks its object,
    and is one)? Not a clause on a noun that is no verb's object: "in retaliation for the day the army
    killed 20 of their comrades" is a relative clause whose gap is the time ("the day", "the way")."""
    tokens = ann.tokens
    deps = {tokens[c].dep for c in ann.children[verb]}
    if not ({"nsubj", "nsubjpass"} & deps and "dobj" in deps):
        return False
    head = tokens[verb].head
    if tokens[head].dep != "dobj" or tokens[tokens[head].head].pos not in _VERB_POS or _set_off_by_a_comma(ann, verb):
        return False  # "in retaliation for the day the army killed 20": a gap of time or manner on a "for" noun
    return not any(tokens[k].tag in ("WDT", "WP", "WP$", "WRB") or tokens[k].lower == "that"
                   for k in ann.subtree(verb))


def _set_off_by_a_comma(ann: Annotation, i: int) -> bool:
    """Does a comma come right before the phrase of token ``i`` (", killing 12 civilians")?"""
    start = min(ann.subtree(i))
    return start > 0 and ann.tokens[start - 1].text == ","


def _age_nominal(ann: Annotation, i: int) -> bool:
    """Is token ``i`` the "old" of an age that stands for its person ("a
    9-year-old was shot", "the 3-year-old died", "a 16 year old was shot"):
    "old" after "year-" (or month, week), or after "year" that follows a
    number, with no noun after it?"""
    tokens = ann.tokens
    if tokens[i].lower != "old" or i < 2 or tokens[i].pos not in ("ADJ", "NOUN"):
        return False
    units = ("year", "month", "week")
    return (tokens[i - 1].text in ("-", "–") and tokens[i - 2].lemma in units) or (
        tokens[i - 1].lemma in units and tokens[i - 1].head == i and tokens[i - 2].pos == "NUM")


def _pairs(ann: Annotation, vocab: Vocabulary) -> list[_Candidate]:
    """ "Both men inside the car were killed", "both victims died": a
    determiner of two (``dual_determiners``) on a plural people noun is a
    figure of two, kept only where an outcome word says what happened."""
    tokens, out = ann.tokens, []
    for tok in tokens:
        if tok.lower in vocab.dual_determiners and _stands_for_people(ann, vocab, tok):
            q = Quantity(start=tok.idx, end=tok.end, text=tok.text, low=2, high=2, qualifier=None, vague=False,
                         numeric=False, core_start=tok.idx, core_end=tok.end)
            out.append(_Candidate(q, tok.i, single=True, definite=True, elliptic=True))
            continue
        if tok.dep != "det" or tok.lower not in vocab.dual_determiners:
            continue
        noun = tokens[tok.head]
        if noun.i <= tok.i or noun.tag != "NNS" or "people" not in vocab.units_of(noun.lemma):
            continue
        q = Quantity(start=tok.idx, end=tok.end, text=tok.text, low=2, high=2, qualifier=None, vague=False,
                     numeric=False, core_start=tok.idx, core_end=tok.end)
        out.append(_Candidate(q, tok.i, single=True))
    return out


def _sets_of_people(ann: Annotation, vocab: Vocabulary) -> list[_Candidate]:
    """ "A newly-wedded couple died", "the couple were shot dead", "an elderly
    couple was killed": a singular noun of a set of people of a known size
    (``set_nouns``: a couple, a pair) that is a verb's argument, with nothing
    "of" it ("a couple of men", "a pair of shoes" count what they are of),
    is a figure of that many, the noun its counted word, kept only where an
    outcome word says what happened. A bare "a couple" right before the verb
    ("a couple were hurt") is the vague figure the scanner reads; a word
    between ("a young couple") or another determiner ("the couple") makes it
    the noun."""
    tokens, out = ann.tokens, []
    for tok in tokens:
        size = vocab.set_nouns.get(tok.lemma.lower())
        if size is None or tok.tag != "NN" or tok.dep not in ("nsubj", "nsubjpass", "dobj"):
            continue
        if _has_of(ann, tok.i):
            continue
        start = tok.idx
        q = Quantity(start=start, end=tok.end, text=tok.text, low=size, high=size, qualifier=None, vague=False,
                     numeric=False, core_start=start, core_end=tok.end)
        out.append(_Candidate(q, tok.i, single=True, definite=True, elliptic=True))
    return out


def _a_set_told(ann: Annotation, vocab: Vocabulary, noun: int) -> bool:
    """Is the vague "a couple" the scanner reads the set of people itself: a
    ``set_nouns`` noun with nothing "of" it, coordinated with others ("a
    couple and their four children") or a verb's object ("killed a couple")?
    A bare "a couple" as a subject ("a couple were hurt") stays the vague
    figure."""
    tok = ann.tokens[noun]
    if tok.lemma.lower() not in vocab.set_nouns or tok.tag != "NN" or _has_of(ann, noun) \
            or tok.dep not in ("nsubj", "nsubjpass", "dobj"):
        return False  # the parser's "A couple and three children" (the couple a number of "children"): vague
    return tok.dep == "dobj" or any(ann.tokens[c].dep == "conj" and ann.tokens[c].pos in _NOUN_POS
                                    for c in ann.children[noun])


def _equal_numbers(ann: Annotation, vocab: Vocabulary) -> list[_Candidate]:
    """ "Killed at least nine people and injured an equal number": a noun of a
    figure ("number", ``tally_nouns``) with a word of equality (``equal_words``)
    and no "of", the object of a verb coordinated after a verb whose object is
    counted, is that count again, of the second verb's outcome (at least nine
    hurt). Only where the first verb counted people: "destroyed 20 houses and
    damaged an equal number" counts no one."""
    tokens, out = ann.tokens, []
    for tok in tokens:
        if tok.lemma not in vocab.tally_nouns or tok.dep not in ("dobj", "nsubjpass"):
            continue
        kids = ann.children[tok.i]
        if not any(tokens[c].dep == "amod" and tokens[c].lower in vocab.equal_words for c in kids) or any(
                tokens[c].dep == "prep" for c in kids):
            continue
        verb = tokens[tok.head]
        if verb.dep != "conj" or verb.head >= verb.i or tokens[verb.head].pos not in _VERB_POS:
            continue
        counted = [(c, n) for c in ann.children[verb.head] if tokens[c].dep in ("dobj", "nsubjpass")
                   for n in ann.children[c] if tokens[n].dep == "nummod" and tokens[n].tag == "CD"]
        if len(counted) != 1 or not any("people" in vocab.units_of(key) for key in _noun_keys(ann, counted[0][0])):
            continue
        number = counted[0][1]
        first = _left_edge(ann, number)
        told = read_quantity(ann.text, tokens[first].idx) or read_quantity(ann.text, tokens[number].idx)
        if told is None or told.vague:
            continue
        start, end = tokens[_left_edge(ann, tok.i)].idx, tok.end
        q = Quantity(start=start, end=end, text=ann.text[start:end], low=told.low, high=told.high,
                     qualifier=told.qualifier, vague=False, numeric=False, core_start=start, core_end=end)
        out.append(_Candidate(q, tok.i, elliptic=True))
    return out


def _stands_for_people(ann: Annotation, vocab: Vocabulary, tok: Token) -> bool:
    """Is a determiner with no noun a verb's subject standing for people told
    before ("Both were killed on the spot", "both died", as "another was
    wounded" does: :func:`_elliptic_persons`)? Where the nearest verb argument
    before it, in its sentence or the one before, that is plural or
    coordinated is people: a plural people noun ("the two men were
    travelling ... Both were killed"), or nouns of people or persons' names
    coordinated ("both were carried out" after "two attacks", "both were
    seized" after "a rifle and a pistol" count no one). Not an object ("she
    shot both of them": a hit figure that would hold the shooter's own wound
    and lose it less the dead; as an object it cost gva-dev's study half an
    injured incident)."""
    if tok.pos not in ("PRON", "DET") or tok.dep not in ("nsubjpass", "nsubj"):
        return False
    tokens = ann.tokens
    first = ann.sentences[max(tok.sent - 1, 0)][0]

    def people(t: Token) -> bool:
        return t.ent == "PERSON" or any("people" in vocab.units_of(key) for key in _noun_keys(ann, t.i))

    for t in reversed(tokens[first:tok.i]):
        if t.pos not in ("NOUN", "PROPN"):
            continue
        lead = t
        while lead.dep == "conj" and tokens[lead.head].pos in ("NOUN", "PROPN"):
            lead = tokens[lead.head]  # "a rifle and a pistol": the phrase's first conjunct
        if lead.dep not in ("dobj", "nsubjpass", "nsubj", "attr"):
            continue
        group, at = [lead], 0
        while at < len(group):  # the conjuncts of the phrase, each hung on the one before
            group += [tokens[c] for c in ann.children[group[at].i]
                      if tokens[c].dep == "conj" and tokens[c].pos in ("NOUN", "PROPN")]
            at += 1
        if len(group) > 1:
            return all(people(g) for g in group)
        if t.tag in ("NNS", "NNPS"):
            return people(t)
    return False


def _of_the_group(ann: Annotation, vocab: Vocabulary, noun: int | None, np_head: int, reading: _Reading) -> bool:
    """Is the figure a number of a known group that its own words name by
    what happened to it ("two of the injured", "three of those killed"): the
    counted noun follows "of", has a definite determiner or is a group
    pronoun, and gives the outcome itself (the noun, or its modifier)?"""
    tokens = ann.tokens
    if noun is None or noun == np_head or reading.cue is None or tokens[noun].dep != "pobj":
        return False
    prep = tokens[noun].head
    if tokens[prep].lower != "of" or tokens[prep].head != np_head:
        return False
    known = tokens[noun].lower in vocab.group_pronouns or any(
        tokens[c].dep == "det" and tokens[c].lower in vocab.definite_determiners for c in ann.children[noun])
    cue_at = ann.token_at(reading.cue.span[0])
    return known and cue_at is not None and (cue_at == noun or tokens[cue_at].head == noun)


def _elliptic_persons(ann: Annotation, vocab: Vocabulary) -> list[_Candidate]:
    """ "Gunmen killed a health worker and injured another", "another was
    wounded", "another died": a determiner of one (``elliptic_determiners``)
    with no noun, as a verb's argument, stands for one more of the people
    before it ("one another" is no one), when the verb argument before it in
    its sentence or the one before is a people noun ("shot down one drone and
    shot another": a drone)."""
    out = []
    for tok in ann.tokens:
        if (tok.lower in vocab.elliptic_determiners and tok.pos in ("PRON", "DET")
                and tok.dep in ("dobj", "nsubjpass", "nsubj") and (tok.i == 0 or ann.tokens[tok.i - 1].lower != "one")):
            first = ann.sentences[max(tok.sent - 1, 0)][0]
            before = next((t for t in reversed(ann.tokens[first:tok.i])
                           if t.pos == "NOUN" and t.dep in ("dobj", "nsubjpass", "nsubj")), None)
            if before is not None and not any("people" in vocab.units_of(key) for key in _noun_keys(ann, before.i)):
                continue
            q = Quantity(start=tok.idx, end=tok.end, text=tok.text, low=1, high=1, qualifier=None, vague=False,
                         numeric=False, core_start=tok.idx, core_end=tok.end)
            out.append(_Candidate(q, tok.i, single=True, definite=True, elliptic=True))
    return out


def _headline(ann: Annotation, start: int, end: int) -> bool:
    """Is the sentence [start, end) a headline: a paragraph of its own that
    does not end as a sentence does (no full stop, question or exclamation
    mark), as a title read as a report's first paragraph is?"""
    tokens = ann.tokens
    while end > start + 1 and tokens[end - 1].text.isspace():
        end -= 1  # the paragraph break the parser keeps with the sentence
    last = tokens[end - 1]
    if last.text in (".", "?", "!") or last.text.endswith("."):
        return False
    before = ann.text[max(0, tokens[start].idx - 2):tokens[start].idx]
    after = ann.text[last.end:last.end + 2]
    return (start == 0 or "\n" in before) and (last.end == len(ann.text) or "\n" in after)


def _bare_persons(ann: Annotation, vocab: Vocabulary) -> list[_Candidate]:
    """A singular people noun with no determiner that opens its sentence as
    the subject of a singular verb ("Muslim cleric working for the radio was
    shot dead", "Secretary-General of the clerics' association was killed"):
    headline style for one person, a figure of one, the noun itself its
    counted word. Only where a singular auxiliary ("was", "is", "has") says
    it is one ("Police were attacked" is no person), or in a headline, which
    drops the auxiliary, where the verb is a bare participle of what happened
    to its subject ("Man killed in shooting on Elm Street")."""
    tokens, out = ann.tokens, []
    starts = {start for start, _ in ann.sentences}
    headlines = {start for start, end in ann.sentences if _headline(ann, start, end)}
    for tok in tokens:
        # a headline's capital makes the parser call its noun a name ("Man killed in shooting")
        headline_noun = tok.tag == "NNP" and tok.i in headlines and tok.text[1:].islower()
        # a title the parser calls a name, no entity of any kind ("Secretary-General of the union was shot")
        title_noun = tok.tag == "NNP" and not tok.ent and tok.text[1:].islower()
        lemma = tok.lower if headline_noun or title_noun else tok.lemma
        if _bare_in_a_list_of_ones(ann, vocab, tok):
            q = Quantity(start=tok.idx, end=tok.end, text=tok.text, low=1, high=1, qualifier=None, vague=False,
                         numeric=False, core_start=tok.idx, core_end=tok.end)
            out.append(_Candidate(q, tok.i, single=True, definite=True, bare=True))
            continue
        if (not (tok.tag == "NN" and tok.pos == "NOUN" or headline_noun or title_noun)
                or tok.dep not in ("nsubjpass", "nsubj")
                or "people" not in vocab.units_of(lemma)):
            continue
        if lemma in vocab.collective_nouns or lemma in vocab.plural_only_nouns:
            continue
        kids = ann.children[tok.i]
        if any(tokens[c].dep in ("det", "poss", "nummod", "quantmod") for c in kids):
            continue
        first = min([tok.i] + [c for c in kids if tokens[c].dep in ("amod", "compound", "nmod") and c < tok.i])
        if first not in starts or not tokens[first].text[:1].isupper():
            continue
        verb = tok.head
        auxiliaries = [tokens[c] for c in ann.children[verb] if tokens[c].dep in ("aux", "auxpass")]
        if not any(a.lower in vocab.singular_auxiliaries for a in auxiliaries) and not (
                first in headlines and not auxiliaries and _reduced_passive(ann, vocab, verb)):
            continue  # a headline drops the "was": "Man killed in shooting on Elm Street"
        q = Quantity(start=tok.idx, end=tok.end, text=tok.text, low=1, high=1, qualifier=None, vague=False,
                     numeric=False, core_start=tok.idx, core_end=tok.end)
        out.append(_Candidate(q, tok.i, single=True, definite=True, bare=True))
    return out


def _bare_in_a_list_of_ones(ann: Annotation, vocab: Vocabulary, tok: Token) -> bool:
    """Is ``tok`` a singular people noun with no determiner of its own between two conjuncts of a list
    of ones ("a reporter, translator and a photographer", "a farmer, teacher and a nurse"): the "a" of
    the first stands for it too, one person? Coordinated, with a conjunct before it that has "a" or "an"
    (``single_determiners``) and one after it."""
    tokens = ann.tokens
    if not (tok.tag == "NN" and tok.pos == "NOUN" and tok.dep == "conj") or "people" not in vocab.units_of(tok.lemma):
        return False
    if tok.lemma in vocab.collective_nouns or any(
            tokens[c].dep in ("det", "poss", "nummod", "quantmod", "amod", "compound") for c in ann.children[tok.i]):
        return False
    before = tokens[tok.head]
    after = [c for c in ann.children[tok.i] if tokens[c].dep == "conj" and tokens[c].tag == "NN"]
    after += [c for c in ann.children[before.i] if tokens[c].dep == "conj" and c > tok.i and tokens[c].tag == "NN"]
    def single(noun: int) -> bool:
        return any(tokens[c].dep == "det" and tokens[c].lower in vocab.single_determiners for c in ann.children[noun])
    if not (before.i < tok.i and before.tag == "NN"):
        return False
    if single(before.i) and any(single(c) for c in after):
        return True
    return not after and _kin_pair(ann, vocab, before, tok)


def _kin_pair(ann: Annotation, vocab: Vocabulary, first: Token, second: Token) -> bool:
    """ "A mother and son were found shot", "a man and woman were wounded",
    "killed her father and daughter": two different nouns of kinship or sex
    (:func:`fogcount.lexicon.kin_nouns`) joined by "and" under one "a" or one
    possessive are two people where the verb they go with is plural ("were"),
    as an object ("killed her father and daughter"), or, as the subject of a
    verb that shows no number ("died"), where they name people of two sexes
    ("a man and woman died", "a father and daughter died": :func:`fogcount.lexicon.sex_of`
    reads the sex from WordNet's gloss where the hyponyms do not tell it); not with a singular verb ("a
    husband and father was killed": one man), not "a husband and father of
    three", not two nouns of one sex under a verb of no number ("a husband
    and father died"). A title and a title ("her assistant and spokesman") may
    be one person: they are no such pair."""
    tokens, kin = ann.tokens, kin_nouns()
    owned = any(tokens[c].dep == "poss" and tokens[c].tag == "PRP$" for c in ann.children[first.i])
    if owned:  # "his wife and child": under a possessive a child is one's offspring (possessed_kin_nouns)
        kin = kin | vocab.possessed_kin_nouns
    if first.lemma.lower() == second.lemma.lower() or first.lemma.lower() not in kin or second.lemma.lower() not in kin:
        return False
    if not owned and not any(tokens[c].dep == "det" and tokens[c].lower in vocab.single_determiners
                             for c in ann.children[first.i]):
        return False
    if _coordination_kind(ann, vocab, [second.i]) != "additive":
        return False
    if any(_is_of(tokens[c]) and any(
            tokens[g].tag == "CD" for g in ann.children[c]) for noun in (first, second) for c in ann.children[noun.i]):
        return False  # "a husband and father of three": what one man is to his family
    node = first
    while node.dep in ("conj", "appos") and node.head != node.i:
        node = tokens[node.head]
    verb = tokens[node.head]
    auxiliaries = [tokens[c].lower for c in ann.children[verb.i] if tokens[c].dep in ("aux", "auxpass")]
    if verb.tag == "VBZ" or verb.lower in vocab.singular_auxiliaries or set(auxiliaries) & vocab.singular_auxiliaries:
        return False
    if verb.tag == "VBP" or verb.lower in vocab.plural_auxiliaries or set(auxiliaries) & vocab.plural_auxiliaries:
        return True  # "a mother and son were found shot": the verb counts two
    if node.dep in ("dobj", "pobj"):
        return True  # "killed her father and daughter": an object shows no number; two nouns, two people
    # a subject whose verb shows no number ("died"): two only where the nouns name people of two
    # sexes ("a man and woman died"), not "a husband and father died"
    sexes = {sex_of(first.lemma), sex_of(second.lemma)}
    return None not in sexes and len(sexes) == 2


def _pronoun_persons(ann: Annotation, vocab: Vocabulary) -> list[_Candidate]:
    """A pronoun of one person as what a verb did to ("gunmen broke into the
    home of politician Armando Ceballos and shot him dead", "he was executed"):
    a figure of one, kept by :func:`extract_claims` only where no figure
    before it counted people (else it is one of them again). A pronoun that
    does something itself ("as he fled the scene") is none."""
    out = []
    for tok in ann.tokens:
        if tok.tag != "PRP" or tok.lower not in vocab.one_person_pronouns:
            continue
        # "he died", "she succumbed to her wounds": the one who died, only as the person told before (a death
        # told of no one counted may be any death: "he died of cancer in 1998")
        died = tok.dep == "nsubj" and (vocab.verb_outcome(_verb_keys(ann, vocab, tok.head), ["people"], as_subject=True)
                                       or (None, None))[1] == "killed"
        if tok.dep in ("dobj", "nsubjpass") or died:
            q = Quantity(start=tok.idx, end=tok.end, text=tok.text, low=1, high=1, qualifier=None, vague=False,
                         numeric=False, core_start=tok.idx, core_end=tok.end)
            out.append(_Candidate(q, tok.i, single=True, definite=True, pronoun=not died, died=died))
    return out


def _definite_word(vocab: Vocabulary, tok: Token) -> bool:
    """ "the", "this", or a possessive ("his", "her"): a determiner that names
    one known person when its noun is one ("the muezzin", "her husband")."""
    return (tok.dep == "det" and tok.lower in vocab.definite_determiners) or (tok.dep == "poss" and tok.tag == "PRP$")


def _definite_person(ann: Annotation, vocab: Vocabulary, noun: int) -> bool:
    """Is a definite singular people noun one person the clause says something
    happened to: a verb's argument (or in apposition or coordination with
    one), not a noun that itself names an outcome ("the dead", "the victim")?"""
    tokens = ann.tokens
    if any(vocab.noun_outcome(key, ["people"]) for key in _noun_keys(ann, noun)):
        return False
    if any(tokens[c].ent == "ORDINAL" or tokens[c].tag == "JJS" for c in ann.children[noun]):
        return False  # "the fifth community leader killed this year", "the latest victim": one of a series
    if any(t.lower in vocab.subset_words for t in tokens[max(0, noun - 5) : noun]):
        return False  # "eleven people, among them the village headman": one of a figure already counted
    node = noun
    while tokens[node].dep in ("appos", "conj") and tokens[node].head < node:
        node = tokens[node].head
    if tokens[node].dep == "pobj" and tokens[tokens[node].head].lower == "of":
        # "the murder of the director", "the killing of Bertha Caceres": the object of a noun of what happened
        # (not a list of names: "the lynching of Roger and Dorothy Malcom and ...": how many, the parse does not say)
        prep = tokens[node].head
        owner = tokens[prep].head
        listed = any(tokens[c].dep == "conj" for c in ann.children[node]) or any(
            tokens[k].dep == "cc" for k in range(prep + 1, node))
        return (tokens[owner].pos == "NOUN" and not listed
                and any(vocab.noun_outcome(k, ["people"]) for k in _noun_keys(ann, owner)))
    return tokens[node].dep in _ARGUMENT_DEPS


def _named_persons(ann: Annotation, vocab: Vocabulary) -> list[_Candidate]:
    """A person's name as a verb's argument ("Bertha Caceres was murdered",
    "gunmen shot dead Armando Ceballos"): a figure of one, the name itself its
    counted noun. A name that is only a compound of another noun ("Kanu
    supporters") or a possessor is not."""
    tokens, out = ann.tokens, []
    animals = _animal_names(ann, vocab)
    for tok in tokens:
        if tok.tag != "NNP" or tok.dep in ("compound", "flat", "poss"):
            continue
        if tok.ent != "PERSON" and not _named_by_kin(ann, vocab, tok) and not _named_among_others(ann, vocab, tok):
            continue
        if not any(ch.isalpha() for ch in tok.text):
            continue  # "John Smith Sr., 84": the parser's "." of "Sr." tagged a second name: no name
        if tok.text in animals:
            continue  # "Jin, the otter who escaped from the zoo": an animal's name, here and again later
        if _people_by_name(ann, tok.i):
            continue  # "29 ethnic Oromos": a number of a group, counted by its figure
        if tok.dep == "appos" and tokens[tok.head].tag == "NNS" and any(
                tokens[c].dep == "advmod" for c in ann.children[tok.i]):
            continue  # "37 civilians, mostly Hutus": what they were, not one of them
        if not _definite_person(ann, vocab, tok.i):
            continue
        first = tok.i
        while first > 0 and tokens[first - 1].ent == "PERSON" and tokens[first - 1].head == tok.i:
            first -= 1
        start, end = tokens[first].idx, tok.end
        q = Quantity(start=start, end=end, text=ann.text[start:end], low=1, high=1, qualifier=None, vague=False,
                     numeric=False, core_start=start, core_end=end)
        out.append(_Candidate(q, tok.i, single=True, definite=True, named=True))
    return out


#: The kinds of named entity that name no person and no people: a place, an organisation, a building, a
#: work, a product, a law, an event, a language, a time or an amount. A name of one is no person's, whatever
#: a kin noun beside it says (:func:`_named_by_kin`), and a subject that is one is no one of the people a
#: copula's "one of N" counts (:func:`_a_thing_it_is`: "Cary is one of seven finalists"). Not NORP: a
#: nationality or a group names people ("an Afghan and his cousin").
_NO_PERSON_ENTITIES = frozenset({"GPE", "LOC", "FAC", "ORG", "DATE", "TIME", "EVENT", "LAW", "PRODUCT",
                                 "WORK_OF_ART", "LANGUAGE", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL"})


def _named_by_kin(ann: Annotation, vocab: Vocabulary, tok: Token) -> bool:
    """A name the tagger gives no entity of a thing, a place or a time, coordinated
    with a noun of kinship (:func:`fogcount.lexicon.kin_nouns`) that "his" or "her"
    owns ("Mbeki and his cousin were shot dead", "Okoro and her two sons"): the
    kinship says the name is a person's. Not "its" ("the party and its leader"),
    not a noun of a trade or an office ("X and his bodyguard": a name of a firm
    may have staff)."""
    if tok.ent in _NO_PERSON_ENTITIES:
        return False
    tokens, kin = ann.tokens, kin_nouns()
    return any(
        tokens[c].dep == "conj" and c > tok.i and tokens[c].pos == "NOUN" and tokens[c].lemma.lower() in kin
        and any(tokens[k].dep == "poss" and tokens[k].lower in vocab.one_person_possessives for k in ann.children[c])
        for c in ann.children[tok.i])


def _named_among_others(ann: Annotation, vocab: Vocabulary, tok: Token) -> bool:
    """A name coordinated with a noun of people that "other" or "another" (``others_determiners``) makes of
    the same kind as the name ("Smith and two other men were wounded", "Okoro and another man"): the name is a
    person's, whatever entity the tagger gave it (it often tags a surname alone an organisation). Not a name the actor
    registry knows (data/actors.toml: armed groups, forces), with the words the parser hangs before it ("Al-
    Shabaab and two other militants were killed": the group, no person)."""
    tokens = ann.tokens
    first = min([tok.i] + [c for c in ann.children[tok.i] if c < tok.i and tokens[c].dep in ("compound", "punct", "flat")])
    if vocab.actor_named(ann.text[tokens[first].idx:tok.idx + len(tok.text)]) or vocab.actor_named(tok.text):
        return False
    return any(
        tokens[c].dep == "conj" and c > tok.i and tokens[c].pos == "NOUN"
        and "people" in vocab.units_of(tokens[c].lemma)
        and any(tokens[k].lower in vocab.others_determiners and tokens[k].dep in ("amod", "det")
                for k in ann.children[c])
        for c in ann.children[tok.i])


def _animal_names(ann: Annotation, vocab: Vocabulary) -> set[str]:
    """The names the document sets beside a noun of an animal
    (:func:`fogcount.lexicon.animal_nouns`; not one the project's table
    names people): "Jin, the short-clawed Asiatic otter", "the elephant
    Raja"."""
    tokens, names = ann.tokens, set()
    for tok in tokens:
        if tok.dep != "appos" or tok.head == tok.i:
            continue
        for name, noun in ((tokens[tok.head], tok), (tok, tokens[tok.head])):
            if (name.tag == "NNP" and noun.pos == "NOUN" and noun.lemma.lower() in animal_nouns()
                    and "people" not in vocab.units_of(noun.lemma)):
                names.add(name.text)
    return names


def _single_word(ann: Annotation, vocab: Vocabulary, tok: Token) -> bool:
    """Is ``tok`` a word that makes its noun a figure of one: "a", "another", or
    a possessive on a noun coordinated with one that has a figure ("her son")?"""
    if tok.dep == "det":
        return tok.lower in vocab.single_determiners
    if tok.dep == "poss" and tok.tag == "PRP$":
        noun = ann.tokens[tok.head]
        # "... and her son"; "shot dead along with his partner": one more, after the one it accompanies
        return (noun.dep == "conj" and noun.head < noun.i and _own_figure(ann, vocab, noun.head)) or (
            _companion_of(ann, vocab, noun.i) is not None)
    return False


def _own_figure(ann: Annotation, vocab: Vocabulary, noun: int) -> bool:
    """Does the noun carry a figure of its own: a number ("two civilians"), a
    determiner of one ("a woman"), a possessive after such ("... and her son")?"""
    return any(ann.tokens[c].dep == "nummod" or _single_word(ann, vocab, ann.tokens[c]) for c in ann.children[noun])


def _zero_word(tokens: list[Token], i: int, vocab: Vocabulary) -> str | None:
    """The zero word ("no", "no one", "not a single", "any") starting at token ``i``."""
    if tokens[i].lower not in vocab.zero_first_words:
        return None
    for size in (3, 2, 1):
        if i + size > len(tokens):
            continue
        words = " ".join(t.lower for t in tokens[i : i + size])
        if words in vocab.zero_words or words in vocab.negative_polarity:
            return words
    return None


# ---------------------------------------------------------------- reading a figure


def _noncount_reason(ann: Annotation, vocab: Vocabulary, cand: _Candidate, *, weak: bool) -> str | None:
    """Why a written number is not a count (a clock time, a distance...); ``weak``
    rules, which look only at the words before it ("Brigade 93", "in 2014"),
    are asked only when the number counts nothing."""
    q = cand.quantity
    text = ann.text
    number = text[q.core_start : q.core_end]
    first = NUMBER_RE.match(number) if q.numeric else None
    return vocab.noncount_reason(
        first.group(0) if first else number, text[max(0, q.core_start - 40) : q.core_start],
        text[q.core_end : q.core_end + 40], weak=weak, facts=lambda: _parse_facts(ann, vocab, cand),
        kind=_figure_kind(cand),
    )


def _figure_kind(cand: _Candidate) -> str:
    """What kind of figure a candidate is, for noncount.toml's ``figures`` (vocabulary.FIGURE_KINDS)."""
    if cand.zero:
        return "zero"
    if cand.single:
        return "single"
    return "number" if cand.quantity.numeric else "word"


#: What the parse may say of a figure, for the ``parse`` condition of data/noncount.toml's rules.
PARSE_FACTS = ("apposed to a person", "counts a singular noun", "a year on people")
# An ordinal written in words or digits: "fifth", "twenty-third", "17th".
_ORDINAL_RE = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-?)?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth"
    r"|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|hundredth))$",
    re.IGNORECASE,
)
# The ordinal that ends a text, with its tens where the parser split them off: "twenty-first".
_ORDINAL_TAIL_RE = re.compile(r"(?:\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?\w+$", re.IGNORECASE)


def _ordinal_value(written: str) -> int | None:
    """The number an ordinal written in digits or words stands for ("17th": 17, "twenty-first": 21)."""
    return int(written[:-2]) if written[:-2].isdigit() else parse_ordinal(written.lower())


def _rank(ann: Annotation, vocab: Vocabulary, cand: _Candidate) -> tuple[int, int] | None:
    """The ordinal on the noun of a figure of one ("a fifth person", "a 17th
    victim"): which one of a series, so the series has reached that many ("a
    fifth person who had also been shot" after "five people were shot" is one
    of them; "a fourth person died later" after "three were killed" makes
    four). (The rank, where its word ends), or None where there is none, or
    where the two words name a kind of person ("a second lieutenant", "an
    8th grader": ``ordinal_kind_nouns``)."""
    if not cand.single or cand.named:
        return None
    tokens = ann.tokens
    head = tokens[tokens[cand.anchor].head]
    for c in ann.children[head.i]:
        word = tokens[c]
        if c == cand.anchor or word.dep not in ("amod", "nummod", "compound") or not _ORDINAL_RE.match(word.text):
            continue
        if vocab.units_of(f"{word.lower} {head.lemma}") or head.lower in vocab.ordinal_kind_nouns:
            return None
        written = _ORDINAL_TAIL_RE.search(ann.text[max(0, word.idx - 8) : word.end]).group(0)  # "twenty-first"
        rank = _ordinal_value(written)
        return (rank, word.end) if rank and rank > 1 else None  # "a first ...": one, no series before it
    return None


def _parse_facts(ann: Annotation, vocab: Vocabulary, cand: _Candidate) -> frozenset[str]:
    """ "apposed to a person": the number stands alone in apposition to a name
    (a proper noun that spaCy does not tag an organisation or a group: it
    tags many a surname nothing, or a place; or one it tags so that a people
    noun in apposition after the number names a person: "Martello, 64, a
    retired officer") or a singular people noun ("Valmir de Campos, 48",
    "Sachs, 58", "a farmer, 62,"), or, its closing comma left out, a second
    subject of the name's verb right after the name ("Calvin Williams, 24 was
    shot").
    "counts a singular noun": a number above one modifies a singular noun that
    is not a people noun, after "a" or written as a year ("a 2010 commando
    raid", "a nineteen ninety-seven attack", "the 2014 offensive"): a year, a
    model or a name, not how many (people nouns such as "police" are singular
    in form and still counted, and so are "3 aircraft")."""
    tokens = ann.tokens
    anchor = tokens[cand.anchor]
    head = tokens[anchor.head]
    facts = set()
    if (anchor.dep in ("appos", "npadvmod", "amod") and head.i < anchor.i
            and not any(tokens[c].pos in _NOUN_POS for c in ann.children[anchor.i])
            and (head.ent == "PERSON" or (head.tag == "NNP" and (head.ent not in ("ORG", "NORP") or any(
                     # "Martello, 64, a retired Naval officer": a name the next apposition says is a person's
                     tokens[c].dep == "appos" and c > anchor.i and tokens[c].tag == "NN"
                     and "people" in vocab.units_of(tokens[c].lemma) for c in ann.children[head.i])
                     # "Hale's mother, Viola Warren, 62": a name set in apposition to a people noun before it
                     or (head.dep == "appos" and tokens[head.head].i < head.i and tokens[head.head].tag == "NN"
                         and "people" in vocab.units_of(tokens[head.head].lemma))))
                 or (head.tag == "NN" and "people" in vocab.units_of(head.lemma)))):
        facts.add("apposed to a person")  # "Sachs, 58,": spaCy tags many a surname nothing, or a place
    if (anchor.dep in _SUBJECT_DEPS and not any(tokens[c].pos in _NOUN_POS for c in ann.children[anchor.i])
            and any(tokens[c].dep in _SUBJECT_DEPS and c + 2 == anchor.i and tokens[c + 1].text == ","
                    and (tokens[c].ent == "PERSON" or (tokens[c].tag == "NNP" and tokens[c].ent not in ("ORG", "NORP")))
                    for c in ann.children[head.i])):
        # "Calvin Williams, 24 was shot": the closing comma left out, the parser makes the age a second
        # subject of the name's verb, right after the name and its comma
        facts.add("apposed to a person")
    if (anchor.dep in _SUBJECT_DEPS and (cand.quantity.low or 0) > 1 and anchor.i > 0
            and tokens[anchor.i - 1].text == "," and not any(tokens[c].pos in _NOUN_POS for c in ann.children[anchor.i])
            and any(tokens[c].dep in ("aux", "auxpass") and tokens[c].lower in vocab.singular_auxiliaries
                    for c in ann.children[head.i])):
        # "Jamie smith, 22 was shot": whatever the parser makes of the name before the comma, a bare
        # number above one that its verb agrees with in the singular is one person's age, no count
        facts.add("apposed to a person")
    if (anchor.dep == "appos" and head.i < anchor.i and head.tag == "NNS" and "people" in vocab.units_of(head.lemma)
            and any(tokens[c].lower in vocab.distributive_words and c < anchor.i for c in ann.children[anchor.i])):
        facts.add("apposed to a person")  # "two women, both 21,": what each of them is, an age
    # "a" before the number, or a number that reads as a year: "3 aircraft" (a plural without -s) stays a count
    single_before = any(tokens[c].dep == "det" and tokens[c].lower in vocab.single_determiners and c < anchor.i
                        for c in ann.children[head.i])
    year_like = len(ann.text[cand.quantity.core_start : cand.quantity.core_end]) == 4 and 1800 <= (
        cand.quantity.low or 0) <= 2099
    # a year on a proper noun that names no people ("a 2000 Ford Taurus", "the 1946 Moore's Ford lynching")
    # (after "a", whatever spaCy tags it: "a 2004 Ford Ranger")
    proper = head.tag == "NNP" and year_like and (head.ent not in ("NORP", "PERSON") or single_before)
    if (anchor.dep in ("nummod", "compound") and head.i > anchor.i and (head.tag == "NN" or proper)
            and (cand.quantity.low or 0) > 1
            # a people noun too after "a" and a year: "a 1966 graduate" is no count of graduates
            and (proper or "people" not in vocab.units_of(head.lemma) or (single_before and year_like))
            and (single_before or year_like)):
        facts.add("counts a singular noun")
    if (year_like and anchor.ent == "DATE" and anchor.dep in ("nummod", "compound") and head.i > anchor.i + 1
            and tokens[anchor.i + 1].dep == "compound" and tokens[anchor.i + 1].head == head.i
            and tokens[anchor.i + 1].tag == "NN" and tokens[anchor.i + 1].lemma.lower() not in group_nouns()):
        # "the 2009 pageant contestants", "2008 festival volunteers": a year the tagger dates, before a noun
        # that names the occasion of the people after it (not "the 2000 police officers": a group's noun)
        facts.add("counts a singular noun")
    if _a_year_on_people(ann, vocab, cand):
        facts.add("a year on people")
    return frozenset(facts)


def _whole_of_a_zero(ann: Annotation, vocab: Vocabulary, np_head: int) -> bool:
    """Is the counted phrase the "of" phrase of a zero word ("none of the 30 miners was hurt", "neither of
    the two drivers", "no one of the 12 passengers"): the group the zero is told of, which the zero's own
    claim names for its subject? No outcome is told of the group itself: its figure is no presence."""
    tokens = ann.tokens
    if tokens[np_head].dep != "pobj" or tokens[tokens[np_head].head].lower != "of":
        return False
    whole = tokens[tokens[np_head].head].head
    word = tokens[whole].lower
    if word in vocab.zero_words:
        return True  # "none", "neither"
    # "no one of them": the zero word's last word, with the words before it on its left
    return any(f"{tokens[c].lower} {word}" in vocab.zero_words for c in ann.children[whole] if c < whole)


def _a_year_on_people(ann: Annotation, vocab: Vocabulary, cand: _Candidate) -> bool:
    """Is the number a year the tagger dates, written in digits alone in ``year_on_people_range``, right
    before a plural noun of a year's cohort (``year_cohort_nouns``) that a definite determiner or a
    possessive opens ("the 2008 graduates", "two of the 2007 winners", "the school's 2010 inductees"): which
    year's people, not how many? A figure with a word of its own ("about 2000 people"), one the tagger
    reads as a number ("the 1500 soldiers"), one with another word before the noun ("the 2000 police
    officers"), or one on people of no cohort ("the 1900 protesters who were detained", "the 2000
    refugees": a count written with no comma) stays a count."""
    tokens = ann.tokens
    anchor = tokens[cand.anchor]
    low, high = vocab.year_on_people_range
    if (not ann.text[cand.quantity.core_start : cand.quantity.core_end].isdigit()
            or not low <= (cand.quantity.low or 0) <= high or cand.quantity.qualifier):
        return False
    if anchor.ent != "DATE" or anchor.dep != "nummod" or anchor.head != anchor.i + 1:
        return False
    head = tokens[anchor.head]
    if head.tag != "NNS" or "people" not in vocab.units_of(head.lemma) or head.lemma.lower() not in vocab.year_cohort_nouns:
        return False
    return any(c < anchor.i and ((tokens[c].dep == "det" and tokens[c].lower in vocab.definite_determiners)
                                 or tokens[c].dep == "poss") for c in ann.children[head.i])


def _entity_reason(ann: Annotation, cand: _Candidate) -> str | None:
    """spaCy's reading of a figure with no counted noun: a date, a time, money..."""
    if not cand.quantity.numeric:
        return None
    return _ENT_REASONS.get(ann.tokens[cand.anchor].ent)


def _counted_noun(ann: Annotation, vocab: Vocabulary, cand: _Candidate) -> tuple[int | None, int]:
    """(the counted noun, the head of the figure's noun phrase)."""
    tokens = ann.tokens
    anchor = tokens[cand.anchor]
    if cand.named or cand.pronoun or cand.bare or cand.elliptic:
        return anchor.i, anchor.i
    split = _numbers_split_by_a_verb(ann, vocab, cand.anchor)
    if split is not None:  # "the strike wounded 20 and three children died": 20 the verb's, three the children
        return (None, cand.anchor) if cand.anchor == split.first else (split.noun, split.noun)
    corrected = _corrected_number(ann, vocab, cand.anchor)
    if corrected is not None:  # "not only two but five villagers": five counts the villagers
        return _counted_noun(ann, vocab, dataclasses.replace(cand, anchor=corrected))
    head = tokens[anchor.head]
    if anchor.dep == "nummod" and head.i > anchor.i and head.lower in vocab.time_nouns and not cand.single:
        # "18 injured Monday morning", "wounded 22 Tuesday": the parser hung a bare figure on the time after it
        return None, head.i
    after = tokens[anchor.i + 1] if anchor.i + 1 < len(tokens) else None
    if (anchor.dep == "nummod" and head.i < anchor.i and head.ent == "DATE" and after is not None
            and after.pos in _NOUN_POS and after.ent != "DATE" and after.sent == anchor.sent):
        return after.i, after.i  # "On 25 July five people were killed": the parser hung the figure on the date
    if anchor.dep == "nummod" and head.i == anchor.i + 1 and head.tag == "JJR":
        return None, head.i  # "injured at least 48 more": the comparative stands for the counted people
    if anchor.dep == "nummod" and head.pos == "ADV" and head.dep in _ARGUMENT_DEPS:
        return None, head.i  # "Altogether 47 were killed": the parser hung the figure on the adverb in its place
    if (
        anchor.dep in _MODIFIER_DEPS
        and head.i > anchor.i
        and head.i - anchor.i <= _SUBJECT_LIMIT
        and (head.pos in _NOUN_POS | {"PRON"} or (cand.single and (
            (head.pos == "ADJ" and head.dep in _ARGUMENT_DEPS) or _age_nominal(ann, head.i))))
    ):
        return head.i, head.i
    # "neither a man nor a woman": the zero word coordinates the nouns it counts
    if cand.zero and anchor.dep == "preconj" and head.pos in _NOUN_POS and head.i > anchor.i:
        return head.i, head.i
    # "a family of three": the figure is the size of the group of people it follows
    group = tokens[head.head]
    if (anchor.dep == "pobj" and head.lower == "of" and group.i < head.i and group.lemma in vocab.collective_nouns
            and "people" in vocab.units_of(group.lemma)):
        return group.i, group.i
    # "tens of Daesh terrorists", "one of the soldiers", "none of the residents"
    j = anchor.i + 1
    while j < len(tokens) and tokens[j].text in _QUOTES:
        j += 1
    if j < len(tokens) and tokens[j].lower == "of":
        objects = [c for c in ann.children[j] if tokens[c].dep == "pobj" and tokens[c].pos in _NOUN_POS | {"ADJ", "VERB"}]
        objects += [c for c in ann.children[j] if tokens[c].dep == "pobj" and tokens[c].lower in vocab.group_pronouns]
        if objects:
            return max(objects), anchor.i
    # The parser sometimes hangs the noun under the figure: "12 people" with people as head of nothing.
    for c in ann.children[anchor.i]:
        if tokens[c].i > anchor.i and tokens[c].pos in _NOUN_POS and tokens[c].dep in ("dobj", "appos", "npadvmod"):
            return c, anchor.i
    return None, anchor.i


class _SplitNumbers(typing.NamedTuple):
    """Two numbers the parser coordinated across a clause (:func:`_numbers_split_by_a_verb`): token indices."""
    verb: int  # the verb right before the first number, whose outcome it counts
    first: int
    second: int
    noun: int  # the noun the second number counts
    run_on: int | None  # the noun's own verb run on after it, or None


def _numbers_split_by_a_verb(ann: Annotation, vocab: Vocabulary, anchor: int) -> _SplitNumbers | None:
    """(verb, first number, second number, noun, the noun's run-on verb or None) where the parser coordinated
    a verb's bare object with the number of the next clause's subject, and ``anchor`` is one of the two
    numbers: the first is what the verb right before it did its outcome to, the second counts the noun.
    Two parses: "the strike wounded 20 and three children died" ("20 and three" on "children", the subject of
    "died", and "wounded" a clause under "died" with no object of its own), and "gunmen killed 20 and three
    children were wounded" ("children" the object of "killed", and "were wounded" run on after it with no
    subject of its own, :func:`_verb_run_on`: the noun's own verb). Only a verb of an outcome for people
    before the numbers (not "said 20 and three children died"), an additive coordinator; else None."""
    tokens = ann.tokens
    tok = tokens[anchor]
    first = tok.head if tok.dep == "conj" and tok.pos == "NUM" and tok.head < anchor else anchor
    if tokens[first].dep != "nummod" or tokens[first].pos != "NUM" or first == 0:
        return None
    noun, verb = tokens[first].head, first - 1
    seconds = [c for c in ann.children[first] if tokens[c].dep == "conj" and tokens[c].pos == "NUM" and first < c < noun]
    if len(seconds) != 1 or (anchor != first and anchor != seconds[0]) or tokens[noun].pos not in _NOUN_POS:
        return None
    if not any(tokens[c].dep == "cc" and vocab.conjunction_kind([tokens[c].lower]) == "additive"
               for c in ann.children[first]):
        return None
    if tokens[verb].pos not in _VERB_POS or vocab.verb_outcome(_verb_keys(ann, vocab, verb), ["people"],
                                                                  as_subject=False) is None:
        return None
    if tokens[noun].dep == "dobj" and tokens[noun].head == verb:
        run_on = _verb_run_on(ann, noun)
        after = noun + 1  # "two soldiers died later": a past tense right after the noun, no participle of it
        if run_on is None and after < len(tokens) and tokens[after].dep == "conj" and tokens[after].tag == "VBD" \
                and tokens[after].head == verb and not any(tokens[k].dep in _SUBJECT_DEPS for k in ann.children[after]):
            run_on = after
        return _SplitNumbers(verb, first, seconds[0], noun, run_on) if run_on is not None else None
    clause = tokens[noun].head
    if tokens[noun].dep not in ("nsubj", "nsubjpass") or clause < noun or any(
            tokens[c].dep in ("dobj", "dative") for c in ann.children[verb]):
        return None
    # the verb a clause under the noun's verb ("wounded 20 and three children died"), or the noun's verb a
    # conjunct of it ("killed 20 and 30 soldiers were captured")
    if not ((tokens[verb].head == clause and tokens[verb].dep in ("ccomp", "conj", "advcl", "parataxis"))
            or (tokens[clause].head == verb and tokens[clause].dep == "conj")):
        return None
    return _SplitNumbers(verb, first, seconds[0], noun, None)


def _corrected_number(ann: Annotation, vocab: Vocabulary, anchor: int) -> int | None:
    """The number the number at ``anchor`` corrects, or None: a number
    coordinated after another number by a corrective coordinator
    (``corrective_conjunctions``: "not only two but five villagers were
    killed", "not two but five"). The parser hangs the second on the first,
    so it counts the first's noun; a negator before the first denies the
    first alone.

    Two callers ask it of the same figure, for two different things, and each
    keeps its own call: :func:`_counted_noun` to count the first number's noun
    (it asks only of a figure that is no name, pronoun, bare or elliptic
    figure, nor a number split by a verb, and asks again of the first number
    when it recurses on it), and
    :func:`_claims_for` to find the first number's own negators
    (:func:`_own_negators`), which :func:`_negated` then leaves aside. The
    look-up is a walk over one token's children."""
    tokens = ann.tokens
    tok = tokens[anchor]
    first = tok.head
    if tok.dep != "conj" or tok.pos != "NUM" or first >= anchor or tokens[first].pos != "NUM":
        return None
    if not any(tokens[c].dep == "cc" and first < c < anchor and tokens[c].lower in vocab.corrective_conjunctions
               for c in ann.children[first]):
        return None
    return first


def _own_negators(ann: Annotation, vocab: Vocabulary, first: int) -> frozenset[int]:
    """The negators that deny the number ``first`` alone, the one a later
    number corrects: its own ("not two but five": "not" on "two"), or one the
    parser hangs on the verb right before it, only adverbs between ("not only
    two but five": "not" on "killed"). A denial above ("denied that not two
    but five were killed") is none of them."""
    tokens = ann.tokens
    found = {c for c in ann.children[first] if c < first and _a_negator(tokens[c], vocab)}
    at = _left_edge(ann, first) - 1
    if at >= 0 and _a_negator(tokens[at], vocab) and all(tokens[k].tag.startswith("RB") for k in range(at + 1, first)):
        found.add(at)  # "Not only two ...": the parser hangs the "not" on the verb
    return frozenset(found)


def _a_negator(tok, vocab: Vocabulary) -> bool:
    """Is ``tok`` a negator of a corrected number (:func:`_own_negators`): a
    "neg" or "preconj" dependent (the parser may tag the "not" of "not only
    two but five" a preconjunction) or a word of ``negators``. Wider than the
    test :func:`_negated` makes on a verb's children, which takes no
    "preconj": on a verb that is "both" or "either" of a coordination, no
    denial."""
    return tok.dep in ("neg", "preconj") or tok.lower in vocab.negators


def _is_of(tok: Token) -> bool:
    """Is ``tok`` the preposition "of" ("hundreds of soldiers", "one of them")?"""
    return tok.dep == "prep" and tok.lower == "of"


def _noun_keys(ann: Annotation, noun: int) -> list[str]:
    """'air strike', then 'strike': the compound first, the head lemma after."""
    tokens = ann.tokens
    tok = tokens[noun]
    keys = []
    compounds = [c for c in ann.children[noun] if tokens[c].dep == "compound" and c == noun - 1]
    for c in compounds:
        keys.append(f"{tokens[c].lower} {tok.lemma}")
        keys.append(f"{tokens[c].lower} {tok.lower}")
    keys += [tok.lemma, tok.lower]
    return keys


def _verb_keys(ann: Annotation, vocab: Vocabulary, verb: int) -> list[str]:
    """'take prisoner', 'shoot down', 'burn out', then the lemma alone."""
    tokens = ann.tokens
    tok = tokens[verb]
    keys = []
    for c in ann.children[verb]:
        child = tokens[c]
        if child.dep == "advmod" and child.lower in vocab.fatal_adverbs and _hedged_fatal(ann, vocab, c):
            continue  # "shot, one of them nearly fatally", "shot non-fatally": no "shoot fatally", no death
        if child.dep == "advmod" and child.lower in vocab.fatal_adverbs and _displaced_fatal_share(ann, vocab, c):
            continue  # "wounded 30, four of them fatally": the adverb is the share's, the 30 were wounded
        if child.dep in ("prt", "acomp", "oprd", "dobj", "advmod", "attr", "npadvmod", "xcomp", "dative"):
            keys.append(f"{tok.lemma} {child.lower}")
            keys.append(f"{tok.lemma} {child.lemma}")
            if child.dep == "npadvmod" and verb + 1 < c and tokens[verb + 1].dep == "amod" \
                    and tokens[verb + 1].head == c:
                # "was shot dead Sunday": the parser hangs the verb's complement on the day after it
                keys.insert(0, f"{tok.lemma} {tokens[verb + 1].lower}")
            if child.dep == "dobj":  # "suffered fatal injuries": the object with the adjective that grades it
                keys[-2:-2] = [f"{tok.lemma} {tokens[a].lower} {child.lemma}" for a in ann.children[c]
                               if tokens[a].dep == "amod"]
                if any(tokens[a].dep == "amod" and tokens[a].lower in vocab.fatal_adjectives
                       for a in ann.children[c]) and (child.lemma in ("wound", "injury") or _an_injury(ann, c)):
                    keys.insert(0, f"{tok.lemma} fatal injury")  # "sustained mortal wounds", "deadly injuries"
            if child.dep == "dobj" and child.lower in vocab.people_reflexives:
                # "drove himself to a hospital", "took themselves to the hospital": the subject went, and went hurt
                # (people_reflexives: not "itself")
                keys[0:0] = [f"{tok.lemma} oneself {tokens[p].lower} {tokens[g].lemma}" for p in ann.children[verb]
                             if tokens[p].dep == "prep" for g in ann.children[p] if tokens[g].dep == "pobj"]
            if child.dep == "dobj":  # "sustained various degrees of injuries": the kind's noun is the object's
                keys += [f"{tok.lemma} {tokens[g].lemma}" for p in ann.children[c] if tokens[p].lower == "of"
                         for g in ann.children[p] if tokens[g].dep == "pobj"]
                if _an_injury(ann, c):
                    # "suffered a fracture", "sustained bruises", "suffered a broken arm": a kind of injury
                    keys.append(f"{tok.lemma} injury")
        elif child.dep == "prep" and child.lower == "to" and any(
                tokens[g].lower == "death" for g in ann.children[c]):
            # "beaten to death", "shot to death": whatever the verb; "stabbed nearly to death" is not
            degree = next((tokens[g].lower for g in ann.children[c] if tokens[g].dep == "advmod"),
                          tokens[c - 1].lower if tokens[c - 1].dep == "advmod" else None)
            if degree and vocab.verb_outcome([f"{degree} to death"], ["people"], as_subject=False) is None:
                degree = None  # "beaten brutally to death": a manner, no degree short of death
            keys.insert(0, f"{degree} to death" if degree else "to death")
            # the verb with it first: "sentenced to death" is a court's sentence, no killing (not_outcome_verbs)
            keys.insert(0, f"{tok.lemma} to death")
        elif child.dep in ("advcl", "ccomp") and child.pos == "ADJ" and c > verb and not any(
                tokens[k].dep in _SUBJECT_DEPS for k in ann.children[c]):
            # "shot four protesters dead", "the two women found dead this weekend": the parser makes the
            # object's or the subject's complement a clause of its own
            keys.insert(0, f"{tok.lemma} {child.lower}")
        elif child.dep == "advcl" and c > verb:
            # "treated Shayne like she was his mom": the verb and the word that opens the clause after it
            keys += [f"{tok.lemma} {tokens[m].lower}" for m in ann.children[c] if tokens[m].dep == "mark"]
        elif child.dep == "prep":
            # "escaped with injuries": the verb, its preposition and that one's object; "treated to": the two
            keys += [f"{tok.lemma} {child.lower} {tokens[g].lemma}" for g in ann.children[c] if tokens[g].dep == "pobj"]
            if child.lower in ("in", "on") and any(tokens[g].dep == "pobj" and tokens[g].lemma.lower() in body_nouns()
                                                   for g in ann.children[c]):
                keys.append(f"{tok.lemma} in body")  # "hit in the calf", "cut her on the thigh": any part of the body
            if not any(tokens[k].dep == "prt" for k in ann.children[verb]):
                keys.append(f"{tok.lemma} {child.lower}")  # "turned out in search of": no "turn in" (surrender)
    keys.append(tok.lemma)
    return keys


#: Adjectives that make a part of the body an injury: "a broken arm", "fractured ribs".
_INJURED_PART_WORDS = frozenset({"broken", "fractured", "cracked", "shattered", "dislocated", "bruised", "severed"})


def _an_injury(ann: Annotation, noun: int) -> bool:
    """Does the noun name an injury: its commonest WordNet sense a kind of injury ("fracture", "bruise",
    "laceration"), or a part of the body a word of breaking modifies ("broken bones", "a fractured skull")?"""
    tokens = ann.tokens
    for node in [noun, *(c for c in ann.children[noun] if tokens[c].dep == "conj")]:  # "cuts and bruises"
        lemma = tokens[node].lemma.lower()
        if lemma in injury_nouns() or lemma in body_nouns() and any(
                tokens[c].dep in ("amod", "compound") and tokens[c].lower in _INJURED_PART_WORDS
                for c in ann.children[node]):
            return True
    return False


def _graver_conjunct(ann: Annotation, vocab: Vocabulary, verb: int, found: tuple | None,
                     units: list[str]) -> tuple | None:
    """"Shot and killed", "attacked and beaten to death": a coordinated verb
    with a graver outcome (``graver_outcomes``) decides what happened."""
    rank = {name: i for i, name in enumerate(vocab.graver_outcomes)}
    best = found  # None when the first verb says nothing: "were attacked and killed"
    for c in ann.children[verb]:
        if ann.tokens[c].dep != "conj" or ann.tokens[c].pos not in _VERB_POS:
            continue
        if any(ann.tokens[k].dep in ("dobj", "nsubjpass", "nsubj") for k in ann.children[c]):
            continue  # "wounded 20 people and killed 14 others": a clause of its own, about other people
        other = vocab.verb_outcome(_verb_keys(ann, vocab, c), units, as_subject=False)
        if other and (best is None or rank.get(other[1], len(rank)) < rank.get(best[1], len(rank))):
            best = other
    return best


def _combined_conjunct(ann: Annotation, vocab: Vocabulary, verb: int, found: tuple | None,
                       units: list[str]) -> tuple | None:
    """"Killed or injured about 40 people", "were killed or wounded", "killed and wounded at least 30
    people": two coordinated verbs sharing one figure whose outcomes make one of their own together
    (``combined_outcomes``: killed and injured are casualties), where the coordinator is an alternative
    or the graver outcome is told first ("shot and killed" tells the way they died: killed), and only
    the coordinator and adverbs stand between the two verbs ("killed six and several wounded" tells two
    figures, whatever the parser hangs the second on)."""
    if found is None:
        return None
    tokens = ann.tokens
    own = ("dobj", "nsubjpass", "nsubj", "dative")
    pairs = [(verb, c) for c in ann.children[verb] if tokens[c].dep == "conj" and tokens[c].pos in _VERB_POS
             and not any(tokens[k].dep in own for k in ann.children[c])]
    head = tokens[verb].head
    if (tokens[verb].dep == "conj" and head < verb and tokens[head].pos in _VERB_POS
            and not any(tokens[k].dep in ("nsubj", "nsubjpass") for k in ann.children[verb])
            and not any(tokens[k].dep in ("dobj", "dative") for k in ann.children[head])):
        pairs.append((head, verb))  # "killed and wounded at least 30 people": the object on the last verb
    rank = {name: i for i, name in enumerate(vocab.graver_outcomes)}
    for first, second in pairs:
        readings = [found if v == verb else vocab.verb_outcome(_verb_keys(ann, vocab, v), units, as_subject=False)
                    for v in (first, second)]
        if any(r is None or r[0] != found[0] for r in readings):
            continue
        combined = vocab.combined_outcomes.get(frozenset(r[1] for r in readings))
        coordinators = [k for k in ann.children[first] if tokens[k].dep == "cc" and first < k < second]
        if combined is None or not coordinators:
            continue
        cc = coordinators[-1]
        if any(k != cc and tokens[k].pos not in ("ADV", "PUNCT") for k in range(first + 1, second)):
            continue  # "killed six people and several wounded": each verb has a figure of its own
        kind = vocab.conjunction_kind([tokens[k].text for k in range(max(first + 1, cc - 2), cc + 1)])
        graver_first = rank.get(readings[0][1], len(rank)) < rank.get(readings[1][1], len(rank))
        if kind == "alternative" or kind == "additive" and graver_first:
            return found[0], combined, f"{readings[0][2]} {tokens[cc].lower} {readings[1][2]}"
    return None


def _negated(ann: Annotation, verb: int | None, vocab: Vocabulary, ignore: frozenset[int] = frozenset()) -> bool:
    """A negator on the verb, or on the verb that governs it ("did not kill", "denied killing"), not
    across the mark of an adverbial clause ("while", "after", "as": that clause says its own). The
    negators in ``ignore`` deny something else (a corrected number's own: :func:`_own_negators`). A
    negator here is a "neg" dependent or a word of ``negators``, not a "preconj" as :func:`_a_negator`
    also takes: on a verb a preconjunction is "both" or "either" of a coordination, no denial."""
    tokens = ann.tokens
    hops = 0
    while verb is not None and hops < 2:
        if hops and any(tokens[c].dep == "acomp" and tokens[c].lower in vocab.knowing_adjectives
                        for c in ann.children[verb]):
            return False  # "it was not clear whether all five were killed": uncertain, not untrue
        for c in ann.children[verb]:
            if (c not in ignore and (tokens[c].dep == "neg" or tokens[c].lower in vocab.negators)
                    and not _not_only(ann, c, vocab)):
                return True
        if tokens[verb].lemma in vocab.negators:
            return True
        if tokens[verb].dep == "advcl" and any(tokens[c].dep == "mark" for c in ann.children[verb]):
            break  # "While 61 deaths have been confirmed, the number of cases is not known": its own clause
        if tokens[verb].dep in ("ccomp", "advcl") and _asked(ann, verb):
            break  # "did not determine how long ago the man had died": what is not known is when, not whether
        if tokens[verb].dep == "ccomp" and verb < tokens[verb].head and any(
                tokens[c].lower == ";" and verb < c < tokens[verb].head for c in ann.children[tokens[verb].head]):
            break  # "gunmen killed five; two were not hurt": a clause told before a semicolon is its own
        if tokens[verb].dep in ("xcomp", "ccomp", "advcl", "pcomp") and tokens[verb].head != verb:
            verb = tokens[verb].head
            hops += 1
        else:
            break
    return False


def _unharmed_subject(ann: Annotation, vocab: Vocabulary, verb: int | None, noun: int) -> bool:
    """Is ``noun`` the passive subject of ``verb`` and the verb negated by a negator of its own ("the two
    passengers were not hurt", "three men were never harmed"; the negator before the verb, not "14 were
    killed, not the 30 the rebels claimed")? The people counted are those the outcome
    missed. Not "not only" (:func:`_not_only`), nor a negation that comes from a governing verb ("denied
    that 20 were killed"), nor the object of an active verb ("did not kill 20 protesters": a denial of a
    figure)."""
    tokens = ann.tokens
    if verb is None or tokens[noun].dep != "nsubjpass" or tokens[noun].head != verb:
        return False
    return any(tokens[c].dep == "neg" and c < verb and not _not_only(ann, c, vocab) for c in ann.children[verb])


def _not_only(ann: Annotation, negator: int, vocab: Vocabulary) -> bool:
    """Does ``negator`` open "not only" / "not just" (a word of ``additive_words`` after it: "were not only
    wounded, they were also robbed")? That adds to what the verb tells; it denies nothing. Only where
    nothing but adverbs and auxiliaries stand between it and its verb: "not only two but five people were
    killed" sets a number against another, and stays a negation of what it was read as."""
    tokens = ann.tokens
    following, verb = negator + 1, tokens[negator].head
    return (following < len(tokens) and tokens[following].lower in vocab.additive_words
            and following < verb
            and all(tokens[k].tag.startswith(("RB", "VB", "MD")) for k in range(following + 1, verb)))


def _asked(ann: Annotation, verb: int) -> bool:
    """Is the clause of ``verb`` an indirect question, opened by a wh-word ("how", "when", "who", "why":
    the first word of its subtree)? A negation above it ("did not say when the two men were killed")
    denies the knowing, not what the clause tells, which the wh-word takes as given. Not "whether" (nor
    "if"): "would not confirm whether five people were killed" leaves the killing itself in doubt."""
    first = _left_edge(ann, verb)
    return first < verb and ann.tokens[first].tag in ("WRB", "WP", "WDT", "WP$")


def _of_a_denied_noun(ann: Annotation, np_head: int) -> bool:
    """Is the counted phrase, indefinite, what a noun under "no" is of
    ("there was no proof of an unnatural death", "no evidence of 12 more
    deaths"): the text says there is none, not that it happened? A known
    group ("no sign of the 12 missing fishermen") is still what it is."""
    tokens, node = ann.tokens, np_head
    if any(tokens[c].dep in ("det", "poss") and tokens[c].lower not in ("a", "an") for c in ann.children[np_head]):
        return False
    for _ in range(2):
        if tokens[node].dep != "pobj" or tokens[tokens[node].head].lower != "of":
            return False
        owner = tokens[tokens[node].head].head
        if tokens[owner].pos not in _NOUN_POS:
            return False
        if any(tokens[c].dep in ("det", "neg") and tokens[c].lower == "no" for c in ann.children[owner]):
            return True
        node = owner
    return False


def _wanted(ann: Annotation, vocab: Vocabulary, np_head: int) -> bool:
    """Is the counted phrase what someone wants rather than what is: the
    object (or passive subject) of a verb of wanting (``wanting_verbs``: "we
    need that many volunteers", "hundreds of volunteers are needed"), the
    object of a verb such a verb or a noun of aims governs ("hopes to hire 50
    workers", "hopes of hiring 50"), or what a goal is ("our goal is 20,000
    volunteers")?"""
    tokens = ann.tokens
    head = tokens[np_head].head
    if head == np_head:
        return False
    if tokens[np_head].dep in ("dobj", "nsubjpass") and tokens[head].lemma in vocab.wanting_verbs:
        return True
    if tokens[np_head].dep == "pobj" and head != tokens[head].head and (
            f"{tokens[tokens[head].head].lemma} {tokens[head].lower}" in vocab.wanting_verbs):
        return True  # "the school is looking for 10 founding families": sought ("look for", as "seek")
    if tokens[np_head].dep == "dobj" and tokens[head].pos == "VERB" and tokens[head].head != head:
        # "hopes to hire 50 workers", "hopes of hiring 50 to 70 workers": what the verb a want governs takes
        above = tokens[tokens[head].head]
        if tokens[head].dep == "xcomp" and _wanting(vocab, above):
            return True
        if (tokens[head].dep == "pcomp" and above.lower == "of" and above.head != above.i
                and tokens[above.head].lemma in vocab.goal_nouns):
            return True
    if tokens[np_head].dep == "attr" and tokens[head].lemma == "be" and any(
            tokens[c].dep == "nsubj" and tokens[c].lemma in vocab.goal_nouns for c in ann.children[head]):
        return True
    return _wanted_past_a_broken_parse(ann, vocab, np_head)


def _wanted_past_a_broken_parse(ann: Annotation, vocab: Vocabulary, np_head: int) -> bool:
    """Is the counted phrase, hung by the parser on a word other than its verb ("our goal is 20,000
    volunteers region-wide": on "wide"; "we need that many volunteers": on "that"), still what a
    goal is or what a verb of wanting takes: up through at most two words that are no verbs, the first
    verb a copula whose subject is a noun of aims (``goal_nouns``), or a verb of wanting
    (``wanting_verbs``) that takes the words as its object?"""
    tokens = ann.tokens
    came, node = np_head, tokens[np_head].head
    for hop in range(3):
        if node == came:
            return False
        tok = tokens[node]
        if tok.pos in _VERB_POS or tok.pos == "AUX":
            if hop == 0:
                # the phrase's own verb, which the rules above have read, unless it is what a goal is
                # ("our goal is to feed 200 families")
                above = tokens[tok.head]
                return tok.dep in ("xcomp", "ccomp") and above.lemma == "be" and any(
                    tokens[c].dep == "nsubj" and tokens[c].lemma in vocab.goal_nouns for c in ann.children[above.i])
            if tok.lemma == "be":
                return tokens[came].dep not in _SUBJECT_DEPS and any(
                    tokens[c].dep == "nsubj" and tokens[c].lemma in vocab.goal_nouns for c in ann.children[node])
            return tokens[came].dep in ("dobj", "nsubjpass") and _wanting(vocab, tok)
        if tokens[came].dep in ("prep", "pobj", "conj", "appos"):
            return False  # a phrase of its own ("the goal of the 20 volunteers"), not the verb's words
        came, node = node, tok.head
    return False


def _sought(ann: Annotation, vocab: Vocabulary, reading: _Reading) -> bool:
    """Is the noun that names the outcome ("the capture of", "the arrest of")
    what a reward or a tip seeks, not what happened: under a noun of aims
    (``goal_nouns``: "a reward for the capture of X") or "leading to"
    ("information leading to the arrest of 3 suspects")?"""
    if reading.cue is None or not reading.cue.rule.startswith("noun:"):
        return False
    tokens = ann.tokens
    node = came = ann.token_at(reading.cue.span[0])
    for hop in range(4):
        if node is None or tokens[node].head == node:
            return False
        came, node = node, tokens[node].head
        if tokens[node].lemma in vocab.goal_nouns:
            return True
        if hop == 1 and tokens[node].lemma == "lead" and tokens[node].tag == "VBG" and tokens[came].lower == "to":
            return True  # "leading to the arrest of": the outcome's noun itself what it leads to
        if tokens[node].pos in _VERB_POS:
            # "offered a reward for the arrest of": the parser hangs "for" on the verb of the reward
            return tokens[came].lower == "for" and any(
                tokens[c].dep == "dobj" and tokens[c].lemma in vocab.goal_nouns for c in ann.children[node])
    return False


def _conditional(ann: Annotation, vocab: Vocabulary, node: int) -> bool:
    """Is ``node`` inside an adverbial clause opened by a word of condition
    (``condition_marks``: "if", "unless"; its own clause or one above it): a
    condition, not what happened? A complement "if" is "whether" ("tests
    will determine if the shooting death of a 17-year-old was an accident"):
    the death happened."""
    tokens = ann.tokens
    for _ in range(8):
        if tokens[node].dep == "advcl" and any(
                tokens[c].dep == "mark" and tokens[c].lower in vocab.condition_marks for c in ann.children[node]):
            return True
        if tokens[node].head == node:
            return False
        node = tokens[node].head
    return False


def _wanting(vocab: Vocabulary, tok: Token) -> bool:
    """Is ``tok`` a verb of wanting, by its lemma or, where spaCy's lemma is
    wrong ("hopes", "hoping": "hop"), by its form less its inflection?"""
    forms = {tok.lemma, tok.lower, tok.lower[:-1] if tok.lower.endswith(("s", "d")) else tok.lower}
    if tok.lower.endswith("ing"):  # "hoping": spaCy's "hop"
        forms |= {tok.lower[:-3], tok.lower[:-3] + "e"}
    return any(form in vocab.wanting_verbs for form in forms)


def _counterfactual(ann: Annotation, vocab: Vocabulary, verb: int) -> bool:
    """Does the verb say what would have happened and did not: a modal of
    ``counterfactual_modals`` with "have" ("could have drowned", "would have
    been killed")?"""
    aux = [ann.tokens[c].lower for c in ann.children[verb] if ann.tokens[c].dep == "aux"]
    return "have" in aux and any(word in vocab.counterfactual_modals for word in aux)


def _carried_unhurt(ann: Annotation, vocab: Vocabulary, reading: _Reading, noun: int | None) -> bool:
    """Is an injured figure told only by a verb of carrying to a place of care (``carried_to_care``:
    "flown to the hospital", "drove ... to the hospital") of people no word says were hurt: the counted
    noun names none of the hurt or the dead (no noun of an outcome, "two victims", and no word of harm on
    it, "the two wounded men"), and neither its sentence nor the one before nor the one after tells a harm
    (``harm_words``) or grades a condition of the hurt (``hurt_conditions`` on "condition": "in critical
    condition", "they were in stable condition"), and no clause under the carrying verb tells a harm of
    ``carried_harm_words`` ("after being struck by a car")?
    "Three doctors were flown to the hospital", "police drove the two suspects to the hospital": no one hurt.
    A bare people noun carried with no harm told ("three children were airlifted to a hospital") stays
    unread, as the doctors are."""
    if reading.cue is None or reading.cue.rule.split(":", 1)[-1] not in vocab.carried_to_care:
        return False
    tokens = ann.tokens
    harmed = {"killed", "injured", "casualties"}
    hurt_words = vocab.harm_words | vocab.outcomes["injured"].adjectives | vocab.outcomes["killed"].adjectives
    if noun is not None:
        if any((vocab.noun_outcome(key, [reading.unit]) or ("", ""))[1] in harmed for key in _noun_keys(ann, noun)):
            return False
        if any(tokens[c].lemma.lower() in hurt_words or tokens[c].lower in hurt_words for c in ann.children[noun]):
            return False
    word = reading.verb if reading.verb is not None else noun
    if word is None:
        return False
    sent = tokens[word].sent
    start, end = ann.sentences[max(sent - 1, 0)][0], ann.sentences[min(sent + 1, len(ann.sentences) - 1)][1]

    def graded(t) -> bool:  # "in critical condition"
        return t.lemma.lower() == "condition" and any(
            tokens[c].lower in vocab.hurt_conditions for c in ann.children[t.i] if tokens[c].dep in ("amod", "compound"))

    # a harm of carried_harm_words only in a clause under the carrying verb, of the people it carries
    # ("airlifted to a hospital after being struck by a car"), not anywhere around ("struck" said of others)
    below, stack = set(), [word]
    while stack:
        for c in ann.children[stack.pop()]:
            if c not in below:
                below.add(c)
                stack.append(c)
    if any(tokens[c].lemma.lower() in vocab.carried_harm_words and tokens[c].pos in _VERB_POS for c in below):
        return False
    return not any(t.lemma.lower() in hurt_words or t.lower in hurt_words or t.lemma.lower() in injury_nouns()
                   or graded(t) for t in tokens[start:end])


def _burned_and_lived(ann: Annotation, vocab: Vocabulary, reading: _Reading) -> bool:
    """Is a killed figure told only by a verb of setting on fire (``burning_verbs``: "set ablaze", "set
    on fire", "torch") in a sentence that tells its people lived (``survival_words``: "two men were set on
    fire but survived", "set ablaze two men, who were rescued by police")? Set on fire is a harm; it is a
    death unless survival is told."""
    if reading.cue is None or reading.verb is None or reading.cue.rule.split(":", 1)[-1] not in vocab.burning_verbs:
        return False
    start, end = ann.sentences[ann.tokens[reading.verb].sent]
    return any(t.lemma.lower() in vocab.survival_words for t in ann.tokens[start:end])


def _injuries_of_others(ann: Annotation, vocab: Vocabulary, reading: _Reading) -> bool:
    """Are the injuries a subject reports ("report injury") those of others: the noun of the injury
    takes "among" (``others_injury_prepositions``: "two witnesses reported minor injuries among the
    protesters") or "to"/"of" before a person (``person_injury_prepositions``: "reported injuries to two
    officers"; "reported injuries to their legs", "injuries to the head" are their own: a noun whose
    commonest sense is a part of the body, WordNet's noun.body, :func:`fogcount.lexicon.body_nouns`, is
    no person, whatever the table of units says of it)?"""
    if reading.cue is None or reading.verb is None or not reading.cue.rule.startswith("verb:report "):
        return False
    tokens = ann.tokens
    for obj in ann.children[reading.verb]:
        if tokens[obj].dep != "dobj":
            continue
        for prep in ann.children[obj]:
            if tokens[prep].dep != "prep":
                continue
            if tokens[prep].lower in vocab.others_injury_prepositions:
                return True
            if tokens[prep].lower in vocab.person_injury_prepositions and any(
                    tokens[p].dep == "pobj" and tokens[p].lemma.lower() not in body_nouns() and (
                        tokens[p].lemma.lower() in person_nouns()
                        or "people" in vocab.noun_units.get(tokens[p].lemma.lower(), ()))
                    for p in ann.children[prep]):
                return True
    return False


def _illness_care(ann: Annotation, vocab: Vocabulary, reading: _Reading, sent: int) -> bool:
    """Is an injured figure one of people cared for an illness, not hurt: its cue a word of care only
    (``care_cues``: "hospitalised", "in stable condition"), and, by the reaches of
    :func:`_death_in_illness_news` (the same sentence flags of :func:`_illness_news`), its sentence tells no
    violence and names an illness, or names none after a sentence of no violence that does, or the text
    tells no violence and its first sentence names an illness ("She had been admitted to hospital two weeks
    earlier" in a report of a flu's first death)?"""
    if reading.cue is None or reading.cue.rule.split(":", 1)[-1] not in vocab.care_cues:
        return False
    named, violent = _illness_news(ann, vocab)
    if violent[sent]:
        return False
    if named[sent] or (sent > 0 and named[sent - 1] and not violent[sent - 1]):
        return True
    return named[0] and not any(violent)


def _one_of_a_kind(ann: Annotation, vocab: Vocabulary, quantity: Quantity, np_head: int) -> bool:
    """Is "one of" a kind a place has ("one of this country's engaging thinkers", "one of the city's best
    cooks": what it is "of" takes a possessive that is a place, a peopled noun or a named place) said of
    someone, as a predicate or an apposition ("he is one of ...", "Roe, a consultant and one of ...")? A
    description of the one named, no count."""
    if quantity.low != 1 or quantity.high != 1 or quantity.vague:
        return False
    tokens = ann.tokens
    node = np_head
    if tokens[node].dep == "conj":
        node = tokens[node].head  # "a consultant and one of ...": the apposition's conjunct
    if tokens[node].dep not in ("attr", "appos"):
        return False
    return any(tokens[d].dep == "poss" and (tokens[d].ent in ("GPE", "NORP", "LOC") or tokens[d].lemma.lower() in peopled_nouns())
               for p in ann.children[np_head] if _is_of(tokens[p])
               for g in ann.children[p] if tokens[g].dep == "pobj" for d in ann.children[g])


def _one_described(ann: Annotation, vocab: Vocabulary, quantity: Quantity, np_head: int, noun: int | None) -> bool:
    """Is "one of" the people of a kind said of someone ("I was one of the people who were surprised", "he is
    one of the founders": the complement of a copula), or "one of" the most-something of a kind wherever it
    stands ("brings to the race one of the country's most curious actors", "one of the best players"): a
    description of the one meant, no count (branch lglprec12)? Only a figure of one with no outcome of its
    own (the caller's), and not where the kind carries a number ("he was one of five people there": a part
    of a counted whole)."""
    if quantity.low != 1 or quantity.high != 1 or quantity.vague or noun is None or noun == np_head:
        return False
    tokens = ann.tokens
    if tokens[noun].dep != "pobj" or not _is_of(tokens[tokens[noun].head]) or tokens[tokens[noun].head].head != np_head:
        return False
    if any(tokens[c].dep == "nummod" for c in ann.children[noun]):
        return False
    head = tokens[np_head]
    if head.dep == "attr" and tokens[head.head].lemma in vocab.copulas:
        return True
    return any(tokens[c].tag == "JJS" or (tokens[c].dep == "amod" and any(
        tokens[a].lower in ("most", "best", "least") for a in ann.children[c])) for c in ann.children[noun])


def _there_are_many(ann: Annotation, vocab: Vocabulary, quantity: Quantity, np_head: int) -> bool:
    """Is a vague figure of no bounds ("many", "a lot of") what "there is" or "there are" says exists, in
    the present tense ("there are many, many people who are doomed to suffer", "there's a lot of good
    kids there")? What the world holds, told of no happening: no count. A bounded vague figure ("there are
    dozens of soldiers in the town") and the past ("there were many people at the rally") keep theirs."""
    if not quantity.vague or quantity.low is not None or quantity.high is not None:
        return False
    tokens = ann.tokens
    node = np_head
    if tokens[node].dep == "pobj" and tokens[tokens[node].head].lower == "of":
        node = tokens[tokens[node].head].head  # "a lot of good kids": the vague head
    verb = tokens[node].head
    return (tokens[node].dep in ("attr", "nsubj") and tokens[verb].lemma in vocab.copulas
            and tokens[verb].tag in ("VBZ", "VBP")
            and any(tokens[c].dep == "expl" for c in ann.children[verb]))


def _care_of_the_mind(ann: Annotation, vocab: Vocabulary, reading: _Reading) -> bool:
    """Is an injured figure's cue a word of care only (``care_cues``) whose object, or the place of care it
    goes to, a word of ``mind_care_words`` modifies ("had not received the mental-health treatment ordered
    by the court", "was taken to a psychiatric hospital")? Care of the mind, no wound: the one cared for
    is there, not hurt. "Received treatment for a gunshot wound" is care of a wound, and so is any care in
    a sentence with a word of ``harm_words``."""
    if reading.cue is None or reading.cue.rule.split(":", 1)[-1] not in vocab.care_cues:
        return False
    cue = ann.token_at(reading.cue.span[0])
    if cue is None:
        return False
    tokens = ann.tokens
    cared = [c for c in ann.children[cue] if tokens[c].dep in ("dobj", "nsubjpass")]
    cared += [g for c in ann.children[cue] if tokens[c].dep == "prep" for g in ann.children[c]
              if tokens[g].dep == "pobj"]
    start, end = ann.sentences[tokens[cue].sent]
    if any({t.lower, t.lemma.lower()} & vocab.harm_words for t in tokens[start:end]):
        return False  # "taken to a mental health clinic, where they were treated for shrapnel wounds"
    # the words before the noun in its phrase ("the mental-health treatment": "mental" modifies "health")
    return any(t.lower in vocab.mind_care_words for noun in cared for t in tokens[_left_edge(ann, noun):noun])


def _foretold(ann: Annotation, vocab: Vocabulary, verb: int, np_head: int) -> bool:
    """Does the figure tell of what will or could happen, not of what did:
    its verb takes a modal of ``future_modals`` without "have" ("we will have
    zero deaths", "could infect millions and cause up to 2,000 deaths": the
    modal of the first of coordinated verbs is the second's too), or a noun of
    ``forecast_nouns`` governs it ("his prediction of 1 million cases and 1,000
    deaths")? "may" hedges ("may have killed 20"): it is no such modal."""
    tokens = ann.tokens
    node = verb
    for _ in range(3):  # "will have zero deaths or near zero deaths": through the coordination up to its verb
        counted = tokens[node].dep == "dobj" and any(tokens[c].dep == "nummod" for c in ann.children[node])
        if tokens[node].pos in _VERB_POS or not (tokens[node].dep in ("prep", "agent", "dative", "pobj", "conj") or counted):
            break  # ("will investigate the deaths of 40 people": not through a noun that counts no figure)
        if node == verb != np_head and tokens[node].dep == "pobj" and tokens[node].pos in _NOUN_POS and not any(
                tokens[c].dep == "nummod" for c in ann.children[node]):
            break  # "will face charges in the killing of two women": the noun of the outcome has its own time
        node = tokens[node].head  # "will be remembered by thousands": through the agent's "by" too
    for _ in range(4):
        aux = [tokens[c].lower for c in ann.children[node] if tokens[c].dep == "aux"]
        if _going_to(ann, node) or _set_to(ann, vocab, node):
            return True  # "the club is going to hire 20 coaches", "the cost is set to double": a future
        if (not aux and tokens[node].dep == "advcl" and tokens[node].tag == "VBG" and tokens[node].head < node
                and tokens[tokens[node].head].pos in _VERB_POS
                and not any(t.tag == "VBD" or t.dep == "relcl" for t in tokens[tokens[node].head + 1 : node])):
            # "is set to double, affecting more than 10,000 residents": a participle's clause after its verb,
            # with no auxiliary, tells of that verb's time; not across a past verb or a relative clause ("will
            # send aid to the region, where an earthquake struck on Monday, killing 2,000": the parser's hook)
            node = tokens[node].head
            continue
        if _tenseless_complement(ann, node, aux):
            # "fans will see him beat many of his rivals", "the city will try to hire 20 officers": a
            # verb with no tense of its own tells of its governor's time
            node = tokens[node].head
            continue
        if aux and "have" not in aux:
            # "we'd hate to take on 30 new staff": "'d" before a bare verb is "would" ("he'd killed two" had)
            return any(word in vocab.future_modals or word == "'d" and tokens[node].tag == "VB" for word in aux)
        if not aux and _clause_of_time(ann, vocab, node):
            # "the ratio will stay the same when 850 volunteers take part": a clause of time in the present
            # under a verb tells of that verb's time
            node = tokens[node].head
            continue
        if aux or tokens[node].dep != "conj" or tokens[node].head == node or tokens[node].tag == "VBD" or any(
                tokens[c].dep in _SUBJECT_DEPS or tokens[c].dep == "auxpass" for c in ann.children[node]):
            break  # ("was set to explode and killed 12", "but were killed": a verb with its own tense)
        node = tokens[node].head  # "could infect ... and cause": the modal of the verb it is coordinated with
    node = np_head
    for _ in range(4):  # up the coordination and "of" to the noun that holds the figure
        if tokens[node].head == node:
            return False
        if tokens[node].dep == "pobj" and tokens[tokens[node].head].lower == "of":
            owner = tokens[tokens[node].head].head
            return tokens[owner].lemma in vocab.forecast_nouns
        if tokens[node].dep != "conj":
            return False
        node = tokens[node].head
    return False


def _of_any_one(ann: Annotation, vocab: Vocabulary, np_head: int) -> bool:
    """Is the counted phrase the object of a preposition on a noun of any one of a kind (a determiner of
    ``generic_determiners``: "any event with 50 or more people", "every home with more than two
    children"): what a rule or a habit says of such things, no count of people there? The noun is the
    preposition's head, or the word right before it where the parser hangs the preposition on the verb
    ("a permit must be obtained for any event with 50 people")."""
    tokens = ann.tokens
    prep = tokens[np_head].head
    if tokens[np_head].dep != "pobj" or tokens[prep].dep != "prep":
        return False
    nouns = {tokens[prep].head, prep - 1} - {prep}
    return any(tokens[n].pos in _NOUN_POS and any(
        tokens[c].dep == "det" and tokens[c].lower in vocab.generic_determiners for c in ann.children[n])
        for n in nouns if 0 <= n < len(tokens) and tokens[n].sent == tokens[prep].sent)


def _can_or_cannot(ann: Annotation, vocab: Vocabulary, np_head: int) -> bool:
    """Is the first verb above the counted phrase (up through prepositions and nouns) one of ability in the
    present (``ability_modals``: "can", "can't"): what someone can or cannot do, no happening ("she
    can't even hold her own baby", "the city cannot be responsible for damage to a resident's car")?
    ("could" is one of ``future_modals``: ``_foretold``.)"""
    tokens = ann.tokens
    node = np_head
    for _ in range(6):
        if tokens[node].head == node:
            break
        node = tokens[node].head
        if tokens[node].pos in _VERB_POS:
            break
        if tokens[node].dep not in ("prep", "pobj", "dobj", "poss", "compound", "conj", "appos", "acomp", "attr"):
            return False
    node = _bare_complement_head(ann, node)
    aux = [tokens[c].lower for c in ann.children[node] if tokens[c].dep == "aux"]
    if tokens[node].lemma.lower() in vocab.evidence_verbs and any(
            tokens[c].dep == "auxpass" for c in ann.children[node]):
        return False  # "30 bodies can be seen", "at least 10 can be confirmed dead": what is there
    return "have" not in aux and any(word in vocab.ability_modals for word in aux)


def _bare_complement_head(ann: Annotation, verb: int) -> int:
    """The verb whose time a complement verb takes: a complement (``ccomp``, ``xcomp``) with no auxiliary,
    no mark and no form of its own (the base form, or one the tagger calls a present: "can help two parents
    support their kids") after the verb it hangs on, where that verb has a modal, takes that verb's time
    (:func:`_can_or_cannot`); any other verb is its own."""
    tokens = ann.tokens
    tok = tokens[verb]
    if tok.dep not in ("ccomp", "xcomp") or tok.tag not in ("VB", "VBP") or tok.head >= verb:
        return verb
    if any(tokens[c].dep in ("aux", "auxpass", "mark") or tokens[c].tag == "TO" for c in ann.children[verb]):
        return verb
    above = tok.head
    if not any(tokens[c].dep == "aux" and tokens[c].tag == "MD" for c in ann.children[above]):
        return verb
    return above


def _of_a_rumour(ann: Annotation, vocab: Vocabulary, np_head: int) -> bool:
    """Is the counted phrase inside what a noun of hearsay (``rumour_nouns``: "rumour", "hoax") tells,
    one of the words above it ("a rumour that three women were killed", "a rumour warning that a gang
    is going to kill three women"): what is said to happen, which the text does not tell as a fact? Not
    through a relative clause: "the 2017 hoax, in which police shot and killed a man" tells a death."""
    tokens = ann.tokens
    node = np_head
    for _ in range(16):
        if tokens[node].head == node or _wh_relative(ann, node):
            return False  # "the hoax, in which police shot and killed a man": what happened in it
        node = tokens[node].head
        if tokens[node].pos in _NOUN_POS and tokens[node].lemma.lower() in vocab.rumour_nouns:
            return True
    return False


def _wh_relative(ann: Annotation, verb: int) -> bool:
    """Is ``verb`` the head of a relative clause opened by a wh-word that is not its subject ("in which",
    "where", "during which"): a clause telling what happened in or at the noun? Not a clause with "that",
    which the parser also makes a relative clause where it is a noun's content ("a rumour that three women
    were killed"), nor one whose wh-word is the noun doing it ("a rumour which said that ...")."""
    tokens = ann.tokens
    if tokens[verb].dep != "relcl":
        return False
    return any(tokens[k].tag in ("WDT", "WP", "WP$", "WRB") and tokens[k].lower != "that"
               and not tokens[k].dep.startswith("nsubj") for k in range(tokens[verb].head + 1, verb))


def _clause_of_time(ann: Annotation, vocab: Vocabulary, verb: int) -> bool:
    """Is ``verb`` the present tense of an adverbial clause of time (opened by one of ``time_marks``:
    "when", "once", "until") on another verb? English puts such a clause in the present whatever its
    time: its time is its governor's ("will stay the same when 850 volunteers take part")."""
    tokens = ann.tokens
    tok = tokens[verb]
    return (tok.dep == "advcl" and tok.tag in ("VBP", "VBZ") and tokens[tok.head].pos in _VERB_POS
            and any(tokens[c].dep in ("mark", "advmod") and tokens[c].lower in vocab.time_marks and c < verb
                    for c in ann.children[verb]))


def _featured_in_a_future(ann: Annotation, vocab: Vocabulary, np_head: int) -> bool:
    """Are the people counted the object of a participle on a thing that a verb with a future modal
    takes ("will host a show featuring three comedians", "will hold a dinner honouring 12 veterans"): there
    when it happens, not yet? Not where the participle is a person's ("will question a man holding two
    hostages": the hostages are held now)."""
    tokens = ann.tokens
    participle = tokens[np_head].head
    if tokens[np_head].dep != "dobj" or tokens[participle].tag != "VBG" or tokens[participle].dep != "acl":
        return False
    thing = tokens[participle].head
    if tokens[thing].pos != "NOUN" or vocab.units_of(tokens[thing].lemma) or tokens[thing].dep not in (
            "dobj", "nsubjpass", "attr"):
        return False
    verb = tokens[thing].head
    aux = [tokens[c].lower for c in ann.children[verb] if tokens[c].dep == "aux"]
    return "have" not in aux and any(word in vocab.future_modals for word in aux) or _going_to(ann, verb)


def _told_again(ann: Annotation, vocab: Vocabulary, noun: int | None, found: list[Claim],
                made: list[tuple[Claim, int | None]]) -> bool:
    """Is a figure on a definite noun ("the two wrestlers"), or on a conjunct joined to the same first
    conjunct ("Brown and two other men ... Brown and two other men"), the same count of the same noun, in
    the same role, as one made before in its sentence: the same people told again, not more of them?"""
    tokens = ann.tokens
    if noun is None or len(found) != 1:
        return False
    definite = any(tokens[c].dep == "det" and tokens[c].lower in vocab.definite_determiners
                   for c in ann.children[noun])

    def partner(n: int) -> str | None:
        # the word a conjunction joins the phrase to, right before it ("Brown and two other men"), whatever
        # the parse makes of the second time
        left = min([n] + [c for c in ann.children[n] if tokens[c].dep in ("nummod", "det", "amod", "quantmod")])
        if left >= 2 and tokens[left - 1].pos == "CCONJ" and tokens[left - 2].sent == tokens[n].sent:
            return tokens[left - 2].lower
        return None

    new = found[0]
    return any(n is not None and n != noun and tokens[n].sent == tokens[noun].sent
               and tokens[n].lemma == tokens[noun].lemma and c.category == new.category
               and (c.value.low, c.value.high) == (new.value.low, new.value.high) and c.negated == new.negated
               # a definite noun, or one joined to the same first conjunct both times ("Brown and two other
               # men were charged ... Brown and two other men robbed"): the same people
               and (definite or partner(noun) is not None and partner(noun) == partner(n))
               for c, n in made)


def _present_told_again(ann: Annotation, vocab: Vocabulary, noun: int | None, found: list[Claim],
                        made: list[tuple[Claim, int | None]]) -> bool:
    """Is a figure of presence on a definite noun with a number of its own ("the four defendants", "the two
    men") the same count of the same noun as a figure of presence made in an earlier sentence ("All four
    defendants face charges ... the prosecution of the four defendants"): the people told before, pointed
    back to, not more of them (branch lglprec12)? Only presence: a definite figure with an outcome ("the
    two men were arrested", "the two officers who were killed") is a telling of what happened to them,
    left to the events' reconciling; in one sentence :func:`_told_again` decides."""
    tokens = ann.tokens
    if noun is None or len(found) != 1 or found[0].category != "people.present" or found[0].negated:
        return False
    new = found[0]
    if (new.value.low or 0) < 2 or new.value.low != new.value.high or not any(
            tokens[c].dep == "det" and tokens[c].lower in vocab.definite_determiners for c in ann.children[noun]):
        return False
    if not any(tokens[c].dep == "nummod" for c in ann.children[noun]):
        return False  # "the two of them": no noun of its own
    return any(n is not None and tokens[n].sent < tokens[noun].sent and tokens[n].lemma == tokens[noun].lemma
               and c.category == new.category and not c.negated and c.part_of is None
               and (c.value.low, c.value.high) == (new.value.low, new.value.high)
               for c, n in made)


def _named_again(ann: Annotation, noun: int | None, found: list[Claim], made: list[tuple[Claim, int | None]]) -> bool:
    """Is a name's figure of one person ("Roe") the same name as the counted word of a figure of one person
    made before in its sentence ("Tom Roe"), with the same outcome, told by the surname alone or the same
    whole name: the same person told again in one sentence ("Tom Roe, 45, and his wife were hurt; Roe was
    taken to a hospital"; "Patrick Roe, 8, and Breonna Roe, 10, died" are two)? Across sentences a name
    told again is the text's second telling of that person, kept as such."""
    tokens = ann.tokens
    if noun is None or len(found) != 1 or not _one_person(found[0]):
        return False
    new = found[0]
    if _told_as_another(ann, noun):
        return False  # "Hussein Ali, 30, and his nephew Ali, 12": a relative with his own age, another person
    # the surname alone, or the same whole name: "Breonna Roe" after "Patrick Roe" is a sister
    return any(n is not None and n < noun and tokens[n].sent == tokens[noun].sent and tokens[n].text == tokens[noun].text
               and new.value.text in (tokens[noun].text, c.value.text)
               and c.category == new.category and _one_person(c) and not _conjuncts(ann, n, noun)
               for c, n in made)


def _conjuncts(ann: Annotation, first: int, later: int) -> bool:
    """Is ``later`` a conjunct of ``first`` in one coordination ("Hussein Ali and Ali were killed": up the
    conjuncts' heads from the second "Ali" to the first, and through a name the parser sets in apposition in
    a list: "Hussein Ali, Omar Ali and Ali")? People coordinated are told one beside the other: two, even
    where one's name holds the other's."""
    tokens, node = ann.tokens, later
    for _ in range(16):
        if tokens[node].head == node or not (
                tokens[node].dep == "conj" or tokens[node].dep == "appos" and tokens[node].pos == "PROPN"):
            return False
        node = tokens[node].head
        if node == first:
            return True
    return False


def _told_as_another(ann: Annotation, noun: int) -> bool:
    """Does a name's word come with words of its own that make it another person than a name before it: a
    relation or other common noun before it or in apposition ("his nephew Ali", "his son Ali"), a possessive
    ("his Ali"), or an age of its own ("Ali, 12")? A name told again for the same person ("Roe was taken to
    a hospital") has none."""
    tokens = ann.tokens
    tok = tokens[noun]
    if tok.dep == "appos" and tokens[tok.head].pos in _NOUN_POS and tokens[tok.head].tag in ("NN", "NNS"):
        return True  # "his son Ali": the name in apposition to the relation
    return any((tokens[c].dep in ("compound", "appos", "amod") and tokens[c].tag in ("NN", "NNS"))
               or tokens[c].dep == "poss"
               or (tokens[c].dep in ("appos", "npadvmod", "amod") and tokens[c].tag == "CD")
               for c in ann.children[noun])


def _what_it_is_big_enough_for(ann: Annotation, vocab: Vocabulary, np_head: int) -> bool:
    """Is the counted phrase what the infinitive after an adjective of size (``size_adjectives``) with
    "enough" takes ("big enough to carry 40 people", "large enough to work on several trucks at once"): a
    capacity, not who or what is there ("brave enough to rescue three children" did rescue them)? Up
    from the phrase through prepositions to its verb, that verb the complement of such an adjective
    one of ``ability_words`` ("enough") modifies."""
    node = _verb_of_phrase(ann, np_head)
    if node is None:
        return False
    tokens = ann.tokens
    adjective = tokens[tokens[node].head]
    return (tokens[node].dep == "xcomp" and adjective.pos == "ADJ" and adjective.lemma in vocab.size_adjectives
            and any(tokens[c].dep == "advmod" and tokens[c].lower in vocab.ability_words
                    for c in ann.children[adjective.i]))


def _verb_of_phrase(ann: Annotation, np_head: int) -> int | None:
    """The verb a counted phrase hangs on, up through prepositions and a noun it is of ("to work on
    several trucks", "to support a shop of several employees"), or None."""
    tokens = ann.tokens
    node = np_head
    for _ in range(4):
        if tokens[node].head == node:
            return None
        came, node = node, tokens[node].head
        if tokens[node].pos in _VERB_POS:
            return node
        if tokens[node].dep not in ("prep", "pobj", "dobj") or (
                tokens[node].pos in _NOUN_POS and tokens[came].lower != "of"):
            return None
    return None


def _able_to(ann: Annotation, vocab: Vocabulary, np_head: int) -> bool:
    """Is the counted phrase what an infinitive after a word of ability takes, through a noun it is of
    ("not enough to support a shop of several employees"), or what an infinitive on a noun such a word
    modifies takes ("enough money to cover a large number of people"): what could be, not what is? ("was
    able to feed 300 families" says it did.)"""
    tokens = ann.tokens
    node = _verb_of_phrase(ann, np_head)
    if node is not None and tokens[node].dep in ("acl", "relcl", "advcl") and any(
            tokens[c].dep == "aux" and tokens[c].lower == "to" for c in ann.children[node]):
        # the thing the infinitive is for: the noun it modifies, or the object of the verb it hangs on
        # ("brought enough food to feed ...")
        things = [tokens[node].head] if tokens[node].dep != "advcl" else [
            c for c in ann.children[tokens[node].head] if tokens[c].dep == "dobj" and c < node]
        if any(tokens[c].dep in ("amod", "advmod") and tokens[c].lower in vocab.ability_words
               for thing in things for c in ann.children[thing]):
            return True  # "enough money to cover a large number of people": what the thing could do
    if node is None or tokens[node].dep != "xcomp":
        return False
    word = tokens[tokens[node].head]
    if word.lower == "able" and tokens[word.head].tag == "VBD":
        return False  # "the charity was able to feed 300 families": it did
    return word.lower in vocab.ability_words


def _missing_in_a_mishap(ann: Annotation, vocab: Vocabulary, reading: _Reading, sent: int) -> bool:
    """Is an abducted figure only "missing" (its cue one of ``lost_words``) in a sentence of no taking
    (``taking_words``, or a word of ``mishap_nouns_only`` as a verb: "stormed") that tells of an accident or a disaster (a word of ``mishap_words``: "sank",
    "drowned", "flood"), or of people reported or gone missing (``lost_verbs``) or found safe
    (``safe_words``: "two missing teenagers found unharmed"): lost, not taken?"""
    if reading.cue is None or reading.cue.rule.split(":", 1)[-1] not in vocab.lost_words:
        return False
    start, end = ann.sentences[sent]
    words = {w for tok in ann.tokens[start:end] for w in (tok.lower, tok.lemma.lower())}
    if words & vocab.taking_words or any(tok.pos == "VERB" and tok.lemma.lower() in vocab.mishap_nouns_only
                                         for tok in ann.tokens[start:end]):
        return False  # a taking, or a word of a mishap used as a verb of assault ("bandits stormed a school")
    cue = ann.token_at(reading.cue.span[0])
    # "reported missing", "went missing": lost; "two missing teenagers found unharmed": found safe
    lost = cue is not None and ann.tokens[ann.tokens[cue].head].lemma in vocab.lost_verbs
    if cue is not None and ann.tokens[cue].dep == "amod":
        # "Missing woman is found", "a missing hiker was located": the one missing is found
        noun = ann.tokens[cue].head
        lost = lost or ann.tokens[ann.tokens[noun].head].lemma in vocab.found_verbs
    return bool(words & vocab.mishap_words) or lost or bool(words & vocab.safe_words) or (
        cue is not None and _arrested_after(ann, vocab, cue))


def _population_of_a_place(ann: Annotation, vocab: Vocabulary, np_head: int) -> bool:
    """Is the figure's phrase, of people at large (``dweller_nouns``: "people", "residents"), what a
    place people live in, or its people, is "of" or "with" (the place a noun of
    :func:`fogcount.lexicon.peopled_nouns`: "a town of 300 people", "towns with as few as 300
    people", "a population of 3.5 million people"): how many live there, no one counted? So are the
    people a peopled place has ("the city had 1,900 parolees"), and a figure by, to or from which a peopled
    place grows or shrinks (``population_change_verbs``: "the counties grew by 14,240 people"), but for a
    force, the counted noun or what a vague head is "of" ("the town had hundreds of soldiers", "the city grew
    by 3,000 fighters": who is there). So is a figure of people at large with a peopled place's name or noun
    for its possessor ("Mexico's 107 million people", "the city's 40,000 residents")."""
    tokens = ann.tokens
    node = np_head
    while tokens[node].dep == "conj" and tokens[node].head < node:
        node = tokens[node].head

    def peopled_subject(verb: int) -> bool:
        return any(tokens[c].dep in ("nsubj", "nsubjpass") and tokens[c].pos in ("NOUN", "PROPN")
                   and tokens[c].lemma.lower() in peopled_nouns() for c in ann.children[verb])

    # the counted noun: the phrase's head, or what a vague head is "of" ("hundreds of soldiers")
    counted = [node] + [g for c in ann.children[node] if _is_of(tokens[c])
                        for g in ann.children[c] if tokens[g].dep == "pobj"]
    force = any(tokens[n].lemma.lower() in _frame_words(vocab).forces for n in counted)
    verb = tokens[node].head
    if (tokens[node].dep == "dobj" and tokens[verb].lemma == "have" and peopled_subject(verb) and not force):
        return True  # "the city had more than 1,900 parolees": who live there; "had hundreds of soldiers": a force
    if (tokens[node].dep == "pobj" and tokens[verb].lower in vocab.population_change_prepositions
            and tokens[tokens[verb].head].lemma in vocab.population_change_verbs
            and peopled_subject(tokens[verb].head) and not force):
        return True  # "the two counties grew by 14,240 people": a change of how many live there
    if tokens[node].pos == "NOUN" and tokens[node].lemma.lower() in vocab.dweller_nouns and any(
            tokens[c].dep == "poss" and (tokens[c].ent == "GPE" or (tokens[c].pos == "NOUN"
                                                                    and tokens[c].lemma.lower() in peopled_nouns()))
            for c in ann.children[node]):
        return True  # "Mexico's 107 million people", "the city's 40,000 residents": who live there
    if tokens[node].dep != "pobj" or tokens[tokens[node].head].lower not in ("of", "with"):
        return False
    if tokens[node].pos == "NOUN" and tokens[node].lemma.lower() not in vocab.dweller_nouns:
        return False  # "a town with 300 troops", "the village with 40 children": who is there, not who lives there
    prep = tokens[node].head
    # the noun the phrase is on, or the noun right before it where the parser hangs it on the verb
    # ("covers towns with as few as 300 people")
    return any(tokens[owner].pos == "NOUN" and tokens[owner].lemma.lower() in peopled_nouns()
               for owner in {tokens[prep].head, prep - 1})


def _another_name(ann: Annotation, earlier: int, before: Claim, claim: Claim) -> bool:
    """Is the one an earlier claim counts already named (its noun a person's name), by a name that shares no
    word with the claim's ("Barbara Roe was killed ... Chandler later died": two people)? A name is no part
    of another named person; "a woman was killed ... Barbara Roe" names the one counted, and "John Roe ...
    John" or "Roe" is the same again."""
    tok = ann.tokens[earlier]
    if tok.pos != "PROPN" or tok.ent != "PERSON":
        return False
    words = {w for text in (before.value.text, before.subject.text) for w in text.lower().split()}
    return not words & {w for text in (claim.value.text, claim.subject.text) for w in text.lower().split()}


def _population_where(ann: Annotation, vocab: Vocabulary, np_head: int, reading: _Reading) -> bool:
    """Is the figure a place's population (:func:`_population_of_a_place`: "a town of 5,000 people") whose
    outcome is read from a relative clause a relative adverb of place opens (``place_relatives``: "where 12
    were killed")? The clause tells what happened in the place, to the people it counts, not to all who
    live there: the population is no toll."""
    tokens = ann.tokens
    cue = ann.token_at(reading.cue.span[0]) if reading.cue is not None else None
    if cue is None or tokens[cue].dep != "relcl" or not any(
            tokens[c].dep == "advmod" and tokens[c].lower in vocab.place_relatives for c in ann.children[cue]):
        return False
    return _population_of_a_place(ann, vocab, np_head)


def _living_with_an_illness(ann: Annotation, vocab: Vocabulary, np_head: int) -> bool:
    """Is the figure tied to an illness (:func:`_an_illness`) by a frame of ``prevalence_frames`` ("live
    with", "suffer from"), as the verb's subject or through a clause on its noun, whatever the noun's own
    dependency ("33 million people are living with HIV", "the 700,000 people who live with the disease",
    "threatens 700,000 people living with HIV")? How many have it, a prevalence, no one counted in what
    happened."""
    tokens = ann.tokens
    verb = next((c for c in ann.children[np_head] if tokens[c].dep in ("acl", "relcl")), None)
    if verb is None:
        if tokens[np_head].dep != "nsubj":
            return False
        verb = tokens[np_head].head
    lemma = tokens[verb].lemma.lower()
    return any(lemma == first and any(
        tokens[p].dep == "prep" and tokens[p].lower == prep
        and any(tokens[g].dep == "pobj" and _an_illness(ann, vocab, g) for g in ann.children[p])
        for p in ann.children[verb]) for first, prep in vocab.prevalence_frames)


@functools.cache
def _dismissal_row():
    """The events table's ``[[no_event]]`` row "dismissed": a verb of dismissal ("fire") that is a shooting
    with one of its prepositions ("fired upon", "fired at"). The employment rule reads the same row, so the
    prepositions of shooting are written once."""
    return next(row for row in load().events.no_event if row.name == "dismissed")


def _employed(ann: Annotation, vocab: Vocabulary, np_head: int) -> bool:
    """Is the figure the object, or the passive subject, of a verb of employment (``employment_verbs``, a
    particle joined: "lay off"): "hiring 300 workers", "the plant employs 250 people", "450 workers were
    laid off"? A workforce taken on or let go, no one present at a happening. Not an object of shooting
    ("fired on 30 people": a preposition between; "two soldiers were fired upon", "were fired at by police":
    a verb of the events table's "dismissed" row with a stranded preposition of its ``argument_unless``, the
    prepositions that keep that verb a shooting there too), nor a force hired ("hired 200 fighters": a force's
    size)."""
    tokens = ann.tokens
    tok = tokens[np_head]
    if tok.dep not in ("dobj", "nsubjpass") or tok.head == np_head or tokens[tok.head].pos != "VERB":
        return False
    verb = tok.head
    if tok.lemma.lower() in _frame_words(vocab).forces or tok.lower in _frame_words(vocab).forces:
        return False
    shooting = _dismissal_row()
    if tokens[verb].lemma.lower() in shooting.sense_words and any(
            tokens[c].dep == "prep" and tokens[c].lower in shooting.argument_unless and not any(
                tokens[o].dep == "pobj" for o in ann.children[c]) for c in ann.children[verb]):
        return False  # "were fired upon", "were fired at by police": stranded; not "fired 40 workers at its shop"
    lemma = tokens[verb].lemma.lower()
    particles = [tokens[c].lower for c in ann.children[verb] if tokens[c].dep == "prt"]
    return any(f"{lemma} {p}" in vocab.employment_verbs for p in particles) or \
        (not particles and lemma in vocab.employment_verbs)


def _a_crime(ann: Annotation, noun: int) -> bool:
    """Is a noun of strikes, with the modifier right before it, a crime in WordNet where the noun alone is
    not (a hyponym of "crime" through :func:`fogcount.lexicon.nouns_under`: "sexual assault", "aggravated
    assault"; not "assault", "attack", "air raid"): an offence against people, no act of war? The modifier is
    an adjective, a noun, or a past participle the parser tags a verb ("aggravated" in "two aggravated
    assaults": VBN, amod)."""
    tokens = ann.tokens
    crimes = nouns_under("crime")
    lemma = tokens[noun].lemma.lower()
    if noun == 0 or lemma in crimes:
        return False
    word = tokens[noun - 1]  # its modifier, or a conjunct of one ("kidnapping and sexual assaults")
    participle = word.pos == "VERB" and word.tag == "VBN" and word.dep == "amod"
    if (word.pos not in ("ADJ", "NOUN") and not participle) or not (word.head == noun or tokens[word.head].head == noun):
        return False
    return f"{word.lower} {lemma}" in crimes


def _arrested_after(ann: Annotation, vocab: Vocabulary, verb: int) -> bool:
    """Is a verb of going missing ("disappeared") coordinated with a verb that captures its subject ("he
    disappeared but was arrested a month later"): a fugitive, not one taken?"""
    tokens = ann.tokens
    for c in ann.children[verb]:
        if tokens[c].dep != "conj" or tokens[c].pos not in _VERB_POS or any(
                tokens[k].dep in _SUBJECT_DEPS for k in ann.children[c]):
            continue
        found = vocab.verb_outcome(_verb_keys(ann, vocab, c), ["people"], as_subject=False)
        if found and found[1] == "captured":
            return True
    return False


def _going_to(ann: Annotation, verb: int) -> bool:
    """Is ``verb`` the "going" of a future ("is going to hire", "are going to see"): "go" as a present
    participle with a form of "be" and an infinitive with "to" after it?"""
    tokens = ann.tokens
    return (tokens[verb].lemma == "go" and tokens[verb].tag == "VBG"
            and any(tokens[c].dep == "aux" and tokens[c].lemma == "be" for c in ann.children[verb])
            and any(tokens[c].dep == "xcomp" and c > verb and any(
                tokens[a].dep == "aux" and tokens[a].lower == "to" for a in ann.children[c])
                for c in ann.children[verb]))


def _set_to(ann: Annotation, vocab: Vocabulary, verb: int) -> bool:
    """Is ``verb`` a passive participle of ``future_participles`` with a form of "be" and an infinitive
    with "to" after it ("the cost is set to double", "the plant is scheduled to open"): a future, as "is
    going to" is (:func:`_going_to`)? A past "be" ("was scheduled to leave ... but were killed") is none."""
    tokens = ann.tokens
    return (tokens[verb].lemma.lower() in vocab.future_participles and tokens[verb].tag == "VBN"
            and any(tokens[c].dep == "auxpass" and tokens[c].lemma == "be" and tokens[c].tag != "VBD"
                    for c in ann.children[verb])
            and any(tokens[c].dep == "xcomp" and c > verb and any(
                tokens[a].dep == "aux" and tokens[a].lower == "to" for a in ann.children[c])
                for c in ann.children[verb]))


def _tenseless_complement(ann: Annotation, verb: int, aux: list[str]) -> bool:
    """Is ``verb`` a complement with no time of its own: a bare infinitive ("will see him beat"), a
    participle with no auxiliary ("will see him doing"), an infinitive with "to" only ("will try to
    hire") that complements another verb (not a noun's modifier: "a man holding two hostages")?"""
    tokens = ann.tokens
    tok = tokens[verb]
    if tok.head == verb or tok.dep not in ("xcomp", "ccomp") or tokens[tok.head].pos not in _VERB_POS:
        return False
    return tok.tag in ("VB", "VBG") and all(word == "to" for word in aux)


def _own_figure_before(ann: Annotation, noun: int, other: int) -> bool:
    """Does ``noun`` have a figure of its own, not ``other``: a number it governs, or one right before it
    with only modifiers between ("31 reported deaths", which the parser may hang elsewhere)?"""
    tokens = ann.tokens
    def figure(k: int) -> bool:  # not a date's number ("the June 30 death of", "the 2015 death of")
        return tokens[k].tag == "CD" and tokens[k].ent not in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL")
    if any(tokens[c].dep == "nummod" and c != other and figure(c) for c in ann.children[noun]):
        return True
    for k in range(noun - 1, max(-1, noun - 4), -1):
        if tokens[k].tag == "CD":
            return k != other and figure(k)
        if tokens[k].pos not in ("ADJ", "ADV") and tokens[k].tag not in ("VBN", "VBD"):
            return False
    return False


def _total_raised_to(ann: Annotation, vocab: Vocabulary, reading: _Reading, q: Quantity) -> bool:
    """Is the "up" of a figure's "up to" the particle of the verb of a running total its reading comes
    from ("taking the death toll up to 212", "the toll rose up to 45", ``running_total_verbs``): the word
    before it that verb or the last word of the toll it governs?"""
    tokens = ann.tokens
    if reading.verb is None or reading.cue is None or not reading.cue.rule.startswith("noun:") or \
            tokens[reading.verb].lemma not in vocab.running_total_verbs:
        return False
    up = next((t.i for t in tokens if t.idx == q.start), None)
    if up is None or up == 0 or tokens[up].lower != "up":
        return False
    before = up - 1
    if before == reading.verb:
        return True
    node = before
    for _ in range(4):  # "the number of deaths up to 212": the toll's phrase ends right before "up"
        if tokens[node].head == reading.verb and tokens[node].dep in ("nsubj", "nsubjpass", "dobj"):
            return reading.cue.span[0] >= tokens[node].idx or tokens[node].lemma in vocab.tally_nouns
        if tokens[node].head == node:
            return False
        node = tokens[node].head
    return False


def _other_than_the_doer(ann: Annotation, noun: int | None, verb: int | None) -> bool:
    """Is "another" on the verb's object set apart from the one who did it, not from
    victims told before? The object's noun is the noun of the subject of its verb
    or of a verb above it in the sentence: "a man shot another man", "the teen
    found a handgun before he accidentally shot another teen"."""
    tokens = ann.tokens
    if noun is None or verb is None or tokens[noun].dep != "dobj" or tokens[noun].head != verb:
        return False
    node, seen = verb, set()
    while node not in seen:
        seen.add(node)
        if any(tokens[c].dep == "nsubj" and tokens[c].lemma.lower() == tokens[noun].lemma.lower()
               for c in ann.children[node]):
            return True
        node = tokens[node].head
    return False


def _cue(tok: Token, rule: str) -> Cue:
    return Cue(text=tok.text, span=(tok.idx, tok.end), rule=rule)


@dataclasses.dataclass
class _Reading:
    """What happened to the counted thing, and the words that say so."""

    unit: str
    outcome: str
    cue: Cue | None
    verb: int | None  # the governing verb or modifier, for negation and hedges
    part_of: int | None = None  # the noun of the larger figure this one is part of (_BACK: the latest before)


def _reading(found, cue: Cue, verb: int | None) -> _Reading:
    return _Reading(unit=found[0], outcome=found[1], cue=cue, verb=verb)


def _outcome(ann: Annotation, vocab: Vocabulary, noun: int | None, np_head: int, units: list[str],
             depth: int = 0, figure_start: int = -1) -> _Reading | None:
    """What happened to the counted thing, from the words around the figure, or
    None. A modifier of the noun ("six people captured during an attack") and
    the clause it is in ("executed six people captured ...") may both say: the
    graver outcome (``graver_outcomes``) is what happened to them last, and a
    mere presence ("people attending a burial") never outweighs the clause."""
    rank = {name: i for i, name in enumerate(vocab.graver_outcomes)}
    def gravity(reading: _Reading) -> int:
        return len(rank) + 1 if reading.outcome == "present" else rank.get(reading.outcome, len(rank))
    own_clause = _verb_read_into_a_relative(ann, np_head) if depth == 0 else None
    if own_clause is not None:
        reading = _verb_outcome(ann, vocab, own_clause[0], own_clause[1], units)
        relative = _verb_outcome(ann, vocab, own_clause[2], own_clause[3], units)
        if reading is not None and (relative is None or gravity(reading) < gravity(relative)):
            return reading  # "four soldiers who were hired as guards were killed": killed
        # "three soldiers who were wounded as guards were evacuated": the relative's graver outcome, below
    harm_before = _object_read_as_a_subject(ann, np_head) if depth == 0 else None
    split = _numbers_split_by_a_verb(ann, vocab, np_head) if depth == 0 and noun is None else None
    if split is not None and split.first == np_head:
        # "the strike wounded 20 and three children died": the 20 were wounded, by that verb alone (the verb
        # run on after the noun is the noun's, no coordinated verb of the same object: "injured 14 and two
        # soldiers died later")
        found = vocab.verb_outcome(_verb_keys(ann, vocab, split.verb), units, as_subject=False)
        if found is not None:
            return _reading(found, _cue(ann.tokens[split.verb], f"verb:{found[2]}"), split.verb)
    split = next((found for c in ann.children[noun] if ann.tokens[c].dep == "nummod"
                  for found in [_numbers_split_by_a_verb(ann, vocab, c)] if found is not None),
                 None) if depth == 0 and noun is not None else None
    if split is not None and split.noun == noun and split.run_on is not None:
        # "gunmen killed 20 and three children were wounded": the children's own verb, run on after them
        passive = any(ann.tokens[c].dep == "auxpass" for c in ann.children[split.run_on])
        reading = _verb_outcome(ann, vocab, split.run_on, "nsubjpass" if passive else "nsubj", units)
        if reading is not None:
            return reading
    if harm_before is not None:
        reading = _verb_outcome(ann, vocab, harm_before, "dobj", units)
        if reading is not None:
            return reading  # "the bomb wounded five people and two children died": the five were wounded
    run_on = _run_on_outcome(ann, vocab, np_head, units) if depth == 0 else None
    if run_on is not None:
        return run_on  # "killed two drivers and four passengers were hurt": the passengers' own verb
    modifier = _modifier_outcome(ann, vocab, noun, np_head, units)
    if modifier is None:
        modifier = _gapped_outcome(ann, vocab, np_head, units)
    if modifier is not None and ann.tokens[np_head].dep not in _ARGUMENT_DEPS:
        return modifier  # "10 killed and 30 others injured": a coordinated phrase keeps its own word
    clause = _clause_outcome(ann, vocab, np_head, units, depth, figure_start)
    if modifier is None and clause is None and depth == 0:
        clause = _stray_conjunct_outcome(ann, vocab, np_head, units)
    if modifier is None or clause is None:
        return modifier or clause
    if clause.verb is not None and clause.verb < np_head and clause.verb != ann.tokens[np_head].head:
        return modifier  # "left 58 people dead and 78 others injured": the complement before is another's
    return modifier if gravity(modifier) < gravity(clause) else clause


def _gapped_outcome(ann: Annotation, vocab: Vocabulary, np_head: int, units: list[str]) -> _Reading | None:
    """ "Two guards were killed and two police officers and a driver injured":
    a second clause without its verb ("were") whose subjects the parser hangs
    on the first clause's verb as conjuncts; the participle after the last of
    them says what happened to all of them, not the first verb. None where the
    phrase is no such conjunct or its last conjunct has no outcome of its own.
    Under a light verb, the last conjunct's own prepositional phrase is its
    complement: "left two dead and three others in the hospital" (the three
    left in hospital: hurt, not dead)."""
    tokens = ann.tokens
    if tokens[np_head].dep != "conj" or tokens[np_head].pos not in _NOUN_POS:
        return None
    if tokens[tokens[np_head].head].pos not in _VERB_POS:
        return None
    last = np_head
    while True:
        nxt = [c for c in ann.children[last] if tokens[c].dep == "conj" and tokens[c].pos in _NOUN_POS | {"PRON"}]
        if not nxt:
            break
        last = nxt[-1]
    reading = _modifier_outcome(ann, vocab, last, last, units)
    gov = tokens[np_head].head
    if reading is None and tokens[gov].lemma in vocab.light_verbs:
        # "left two people dead and three others in the hospital": the last conjunct's own phrase is the
        # light verb's complement for it ("leave in hospital"), not the complement the first conjunct took
        for prep in ann.children[last]:
            if tokens[prep].dep != "prep":
                continue
            for g in ann.children[prep]:
                found = tokens[g].dep == "pobj" and vocab.verb_outcome(
                    [f"{tokens[gov].lemma} {tokens[prep].lower} {tokens[g].lemma}"], units, as_subject=False)
                if found:
                    return _reading(found, _cue(tokens[g], f"verb:{found[2]}"), gov)
    return reading


def _stray_argument(ann: Annotation, vocab: Vocabulary, np_head: int) -> int | None:
    """ "killed a judge allied with the rebels and seven members of his
    family": the parser hung the counted conjunct on the last noun of a
    modifier of the verb's argument; that argument (a people noun), or None."""
    tokens = ann.tokens
    if tokens[np_head].dep != "conj":
        return None
    node = _conj_root(ann, np_head)
    for _ in range(3):  # pobj -> prep -> (participle or noun) -> the argument
        if tokens[node].dep not in ("pobj", "prep", "acl", "relcl") or tokens[node].head == node:
            return None
        node = tokens[node].head
        if tokens[node].dep in _ARGUMENT_DEPS and tokens[node].pos in _NOUN_POS and "people" in vocab.units_of(
                tokens[node].lemma):
            return node
    return None


def _stray_conjunct_outcome(ann: Annotation, vocab: Vocabulary, np_head: int, units: list[str]) -> _Reading | None:
    """What happened to the argument a stray conjunct belongs with
    (:func:`_stray_argument`) happened to it: only for a conjunct to which
    nothing else gives an outcome."""
    argument = _stray_argument(ann, vocab, np_head)
    return None if argument is None else _clause_outcome(ann, vocab, argument, units, 1, -1)


def _modifier_outcome(ann: Annotation, vocab: Vocabulary, noun: int | None, np_head: int,
                      units: list[str]) -> _Reading | None:
    """The outcome a modifier of the counted noun gives it."""
    tokens = ann.tokens
    # a. Modifiers of the counted noun: "wounded soldiers", "40 vehicles destroyed",
    #    "fighters who were killed", "fighters fleeing the city".
    heads = [h for h in dict.fromkeys([noun, np_head]) if h is not None]
    # "45 people, mostly women and children killed by gunmen": the apposition's modifier is the phrase's
    heads += [c for h in heads for c in ann.children[h] if tokens[c].dep == "appos" and c > h]
    for h in heads:
        for c in ann.children[h]:
            child = tokens[c]
            if child.dep in ("acl", "relcl", "advcl") and child.tag == "VBN" and any(
                    tokens[k].dep == "dobj" for k in ann.children[c]):
                continue  # "A gunman killed at least 10 civilians": a verb with its object the parser hung on its doer
            if child.dep == "amod" or (child.dep in ("acl", "relcl", "advcl") and child.tag == "VBN"):
                found = vocab.adjective_outcome(child.lower, units) or (
                    vocab.verb_outcome(_verb_keys(ann, vocab, c), units, as_subject=False)
                    if child.pos == "VERB" else None
                )
                if child.pos == "VERB":  # "six people shot and killed": the graver of coordinated participles
                    found = _graver_conjunct(ann, vocab, c, found, units)
                if found:
                    return _reading(found, _cue(child, f"modifier:{child.lower}"), c)
                if child.lemma in vocab.light_verbs and child.dep != "amod":
                    # "17 confirmed dead", "12 feared dead": the light participle's complement says what happened
                    complement = _complement_outcome(ann, vocab, c, units, _PREDICATIVE_DEPS)
                    if complement is not None:
                        return complement
            elif child.dep == "acl" and child.pos == "ADJ" and c == h + 1:
                # "At least 2 crew drown as boat sinks": a headline's verb the tagger read as an adjective
                found = vocab.verb_outcome([child.lower], units, as_subject=True)
                if found:
                    return _reading(found, _cue(child, f"verb:{found[2]}"), c)
            elif child.dep in ("acl", "relcl") and child.pos == "VERB":
                kids = {tokens[k].dep for k in ann.children[c]}
                as_subject = "nsubjpass" not in kids and (child.dep == "acl" or "nsubj" in kids)
                found = vocab.verb_outcome(_verb_keys(ann, vocab, c), units, as_subject=as_subject)
                if found:
                    return _reading(found, _cue(child, f"verb:{found[2]}"), c)
        # "12 killed", "five dead": a participle or adjective right after the figure.
        nxt = h + 1
        # "left at least 32 injured": the parser makes the bare figure a modifier of the participle after it
        bare_before = noun is None and tokens[h].dep == "nummod" and tokens[h].head == nxt
        if nxt < len(tokens) and (tokens[nxt].head == h or bare_before) and tokens[nxt].tag in ("VBN", "JJ") and not any(
                tokens[k].dep == "dobj" for k in ann.children[nxt]):  # "A gunman killed 10 civilians": a verb
            found = vocab.adjective_outcome(tokens[nxt].lower, units)
            if found:
                return _reading(found, _cue(tokens[nxt], f"modifier:{tokens[nxt].lower}"), nxt)
    return None


def _clause_outcome(ann: Annotation, vocab: Vocabulary, np_head: int, units: list[str], depth: int,
                    figure_start: int) -> _Reading | None:
    """The outcome the verb or noun the counted phrase attaches to gives it."""
    tokens = ann.tokens
    # b. Up the tree: the verb or noun the phrase attaches to. Coordinated and
    #    apposed phrases share their head's attachment; a compound ("12 aid
    #    workers hostage") attaches through the noun it modifies.
    node = np_head
    for _ in range(8):  # a long list ("36 rifles, 13 shotguns, ... and eight vehicles"): all of it
        head = tokens[tokens[node].head]
        if tokens[node].dep in ("conj", "appos") and head.pos in _NOUN_POS | {"NUM", "PRON"}:
            node = head.i  # "killed him and three other worshippers": the pronoun's attachment is theirs
        elif tokens[node].dep == "compound" and head.pos in _NOUN_POS:
            for key in _noun_keys(ann, head.i):
                found = vocab.noun_outcome(key, units)
                if found:
                    return _reading(found, _cue(head, f"noun:{key}"), head.head)
            node = head.i
        else:
            break
    rel, gov = tokens[node].dep, tokens[node].head
    if gov == node:
        return None
    gov_tok = tokens[gov]
    company = _company(ann, vocab, node)
    apart = _harmed_apart(ann, vocab, node, units) if company is not None and depth == 0 else False
    if isinstance(apart, _Reading):
        return apart  # "killed along with two murder victims": dead by their own word
    if company is not None and depth == 0 and not apart:
        # "was killed along with eight others": what happened to the one it accompanies happened to them
        companion, verb, relation = company
        if verb is not None:
            return _verb_outcome(ann, vocab, verb, relation, units)
        return _outcome(ann, vocab, companion, companion, units, depth + 1)
    if rel == "pobj":
        prep, owner = gov_tok, tokens[gov_tok.head]
        if prep.dep == "agent":
            return None
        if owner.lower == "up" and prep.lower == "to" and tokens[owner.head].pos in _VERB_POS:
            owner = tokens[owner.head]  # "pushing the toll up to 57": "up" the verb's particle
        if prep.idx >= figure_start >= 0 and owner.pos in _VERB_POS:
            # The qualifier parsed as a preposition: "wounded [between] 50 and 60 people".
            return _verb_outcome(ann, vocab, owner.i, "dobj", units)
        if prep.lower in vocab.subset_words and depth == 0:
            # "3 civilians, including 2 women"; "the dead included 19 civilians, among them six children"
            if owner.pos in _NOUN_POS:
                reading = _outcome(ann, vocab, owner.i, owner.i, units, depth + 1)
                part_of = owner.i
            else:
                reading = _verb_outcome(ann, vocab, owner.i, "dobj", units)
                # the verb's object, or its passive subject ("Six civilians were killed, including two children")
                wholes = [c for c in ann.children[owner.i] if tokens[c].dep in ("dobj", "nsubjpass") and c < prep.i]
                part_of = min(wholes, key=lambda c: tokens[c].dep != "dobj", default=None)
            if reading:
                reading.part_of = part_of
            return reading
        if owner.pos in _NOUN_POS:
            if prep.lower in ("of", "from", "among", "amongst") and _own_figure_before(ann, owner.i, node):
                # "103 deaths among 217 patients", "12 deaths from a total of 40 cases": the noun of the outcome
                # has its own figure; the one in its phrase is the whole they are of, not more of that outcome
                return None
            for key in _noun_keys(ann, owner.i):
                found = vocab.noun_outcome(key, units)
                if found:
                    return _reading(found, _cue(owner, f"noun:{key}"), owner.i)
            if prep.lower == "of":  # "the loss of three lives": the noun with what it is of
                key = f"{owner.lemma.lower()} of {tokens[node].lemma.lower()}"
                found = vocab.noun_outcome(key, units)
                if found:
                    return _reading(found, _cue(owner, f"noun:{key}"), owner.i)
            verb = tokens[owner.head]
            if owner.dep in ("dobj", "nsubjpass") and verb.pos in _VERB_POS:
                # "took the lives of 12 people", "the lives of five people were lost": the verb with its object
                found = vocab.verb_outcome([f"{verb.lemma} {owner.lemma}"], units, as_subject=False)
                if found:
                    return _reading(found, _cue(verb, f"verb:{found[2]}"), verb.i)
            if owner.lemma in vocab.collective_nouns and depth == 0:
                # "a total of 45 soldiers were killed": what happened to the group happened to them
                return _outcome(ann, vocab, None, owner.i, units, depth + 1)
            return None
        if owner.pos in _VERB_POS and prep.lower == "at" and owner.dep == "acl" and _of_a_tally(ann, vocab, owner.head):
            # "put the number killed at 35", "put the number of people killed at 40": the light verb's phrase
            # the parser hangs on the participle that names the outcome
            return _verb_outcome(ann, vocab, owner.i, "dobj", units)
        if owner.pos in _VERB_POS and prep.lower in ("to", "at", "of"):
            return _toll(ann, vocab, owner.i, units)
        return None
    if gov_tok.pos == "ADJ" and rel == "nsubj":
        # "27 were killed, five wounded and six abducted": the figure is the subject of the adjective
        found = vocab.adjective_outcome(gov_tok.lower, units)
        return _reading(found, _cue(gov_tok, f"modifier:{gov_tok.lower}"), gov) if found else None
    if gov_tok.pos not in _VERB_POS:
        return None
    verb = tokens[gov_tok.head]
    if (rel == "nsubj" and gov_tok.tag == "VBG" and gov_tok.dep in ("advcl", "ccomp", "acl") and verb.i < node < gov
            and verb.pos in _VERB_POS and _left_edge(ann, node) == verb.i + 1
            and not any(tokens[k].dep in ("aux", "auxpass", "nsubj", "nsubjpass") and k != node
                        for k in ann.children[gov])
            and not any(tokens[k].dep in ("dobj", "nsubjpass") for k in ann.children[verb.i])):
        # "killed at least eight people trying to sneak across": the parser makes the verb's object, right after
        # it, the subject of the participle after it (where the participle tells no outcome of its own)
        own = _verb_outcome(ann, vocab, gov, rel, units)
        return own if own is not None else _verb_outcome(ann, vocab, verb.i, "dobj", units)
    if rel == "attr" and gov_tok.dep == "auxpass" and gov_tok.head < gov:
        # "Killed in the raid were 12 soldiers": an inverted passive, the figure the participle's subject
        return _verb_outcome(ann, vocab, gov_tok.head, "nsubjpass", units)
    return _verb_outcome(ann, vocab, gov, rel, units)


def _of_a_tally(ann: Annotation, vocab: Vocabulary, noun: int) -> bool:
    """Is ``noun`` a noun that stands for a figure ("the number"), or the object of its "of" ("the number
    of people")?"""
    tokens = ann.tokens
    if tokens[noun].lemma in vocab.tally_nouns:
        return True
    prep = tokens[noun].head
    return (tokens[noun].dep == "pobj" and tokens[prep].lower == "of"
            and tokens[tokens[prep].head].lemma in vocab.tally_nouns)


def _subject_of_its_own_clause(ann: Annotation, verb: int) -> bool:
    """Does the noun the parser coordinates with ``verb`` (the phrase after its coordinator) come right
    before a finite verb or auxiliary of its own ("died and a dozen more are missing")? Then it is that
    verb's subject, and the verb it is coordinated with says nothing of it."""
    tokens = ann.tokens
    for c in ann.children[verb]:
        if tokens[c].dep != "conj" or tokens[c].pos in _VERB_POS:
            continue
        after = _right_edge(ann, c) + 1
        if (after < len(tokens) and tokens[after].sent == tokens[c].sent and tokens[after].pos in _VERB_POS
                and tokens[after].tag in ("VBP", "VBZ", "VBD", "MD")):
            return True
    return False


def _left_edge(ann: Annotation, node: int) -> int:
    """The first token of the phrase ``node`` heads."""
    return min(ann.subtree(node))


def _right_edge(ann: Annotation, node: int) -> int:
    """The last token of the phrase ``node`` heads."""
    return max(ann.subtree(node))


def _verb_outcome(ann: Annotation, vocab: Vocabulary, gov: int, rel: str, units: list[str]) -> _Reading | None:
    """The outcome a verb gives the phrase attached to it by ``rel``."""
    tokens = ann.tokens
    gov_tok = tokens[gov]
    if rel not in ("dobj", "nsubjpass", "nsubj", "attr", "oprd", "dative", "conj", "npadvmod", "csubj"):
        return None
    if rel == "conj" and gov_tok.pos in _VERB_POS and _subject_of_its_own_clause(ann, gov):
        return None  # "12 miners died and a dozen more are missing": the conjunct's own verb, not "died"
    if rel in ("nsubj", "attr") and gov_tok.lemma in vocab.copulas:
        among = _among_outcome(ann, vocab, gov, units)
        if among is not None:
            return among
    if rel == "nsubj" and gov_tok.lemma in vocab.light_verbs and gov_tok.tag in ("VBN", "VBD") and not any(
            tokens[c].dep == "dobj" for c in ann.children[gov]):
        # "has 17 confirmed dead", "14 confirmed dead": the parser's subject of a light participle with no
        # object of its own is what its complement says
        complement = _complement_outcome(ann, vocab, gov, units, _PREDICATIVE_DEPS)
        if complement is not None:
            return complement
    as_subject = rel in ("nsubj", "csubj") and not _reduced_passive(ann, vocab, gov)
    found = vocab.verb_outcome(_verb_keys(ann, vocab, gov), units, as_subject=as_subject)
    if found is None and rel == "nsubj" and not as_subject:
        # "Three buildings collapsed": a bare past tense may be what happened to the subject too.
        found = vocab.verb_outcome(_verb_keys(ann, vocab, gov), units, as_subject=True)
    light = gov_tok.lemma in vocab.light_verbs and not (rel == "nsubj" and gov_tok.lemma not in vocab.copulas)
    if found is None and light:
        # "left nine people dead and 33 wounded": the light verb's own complement before a coordinated verb
        complement = _complement_outcome(ann, vocab, gov, units)
        if complement is not None:
            return complement
    if not as_subject:
        found = _combined_conjunct(ann, vocab, gov, found, units) or _graver_conjunct(ann, vocab, gov, found, units)
    if rel in ("dobj", "nsubjpass"):
        later = _conjunct_on_a_pronoun(ann, vocab, gov, rel, found, units)
        if later is not None:
            return later
    if found:
        return _reading(found, _cue(gov_tok, f"verb:{found[2]}"), gov)
    if not light and gov_tok.lemma not in vocab.running_total_verbs:
        return None  # "12 officials said 5 were killed": the speakers are not the dead
    return _toll(ann, vocab, gov, units)  # "taking the toll up to 212 people": the parser's second object


#: Personal pronouns that take up a counted phrase told before them, by number: the object of a later
#: verb ("captured three men and shot them") or its passive subject ("... and they were executed").
_TAKEN_UP = {"dobj": {"them": True, "him": False, "her": False},
             "nsubjpass": {"they": True, "he": False, "she": False}}


def _conjunct_on_a_pronoun(ann: Annotation, vocab: Vocabulary, verb: int, rel: str, found: tuple | None,
                           units: list[str]) -> _Reading | None:
    """"Captured three men and shot them in public", "sentenced two spies to death and they were executed":
    a later verb coordinated with the one whose object (or passive subject) is the counted phrase, whose own
    object (or passive subject) is a personal pronoun of the same number, tells what happened to the same
    people next; its outcome is theirs where it is graver (``graver_outcomes``) than the first verb's, or the
    first verb tells none ("sentenced to death" is a court's sentence, no killing: not_outcome_verbs; the harm
    then done to the condemned carries the sentence out, so "and shot them" is a killing there). One
    outcome per figure: "captured and shot" counts them killed, not captured too. None where no such verb."""
    tokens = ann.tokens
    argument = next((c for c in ann.children[verb] if tokens[c].dep == rel), None)
    if argument is None or tokens[argument].tag not in ("NN", "NNS", "NNP", "NNPS"):
        return None
    plural = tokens[argument].tag in ("NNS", "NNPS")
    later = [c for c in ann.children[verb] if c > verb and tokens[c].dep == "conj" and tokens[c].pos in _VERB_POS]
    head = tokens[verb].head
    if tokens[verb].dep == "conj" and head != verb:  # "stormed the village, seized five men and shot them"
        later += [c for c in ann.children[head] if c > verb and tokens[c].dep == "conj" and tokens[c].pos in _VERB_POS]
    sentenced = any(key.endswith(" to death") and key in vocab.not_outcome_verbs
                    for key in _verb_keys(ann, vocab, verb))
    rank = {name: i for i, name in enumerate(vocab.graver_outcomes)}
    best = None
    for c in sorted(later):
        pronouns = [k for k in ann.children[c] if tokens[k].dep in _TAKEN_UP
                    and _TAKEN_UP[tokens[k].dep].get(tokens[k].lower) is plural]
        if not pronouns or _negated(ann, c, vocab):
            continue
        # the pronoun is the later verb's object or passive subject: what was done to them
        other = vocab.verb_outcome(_verb_keys(ann, vocab, c), units, as_subject=False)
        if other is None or other[0] != (found or other)[0]:
            continue
        if other[1] == "injured" and sentenced:
            # "sentenced three men to death and shot them": the harm done to the condemned carries out the sentence
            other = (other[0], "killed", other[2])
        against = best[0] if best else found
        if against is None or rank.get(other[1], len(rank)) < rank.get(against[1], len(rank)):
            best = (other, c)
    if best is None:
        return None
    other, c = best
    return _reading(other, _cue(tokens[c], f"verb:{other[2]}"), c)


def _company(ann: Annotation, vocab: Vocabulary, node: int) -> tuple[int, int | None, str] | None:
    """Whose fate ``node`` shares through a preposition of company
    (``accompanying_prepositions``: "the governor was killed along with eight
    others", "shot dead a journalist at her home alongside her partner", "the
    vendor, who was killed together with two others"): (the counted phrase
    it accompanies, the verb, that phrase's relation to the verb) where a
    verb governs it (its object, else passive subject, else subject; its
    subject first where the preposition comes before the verb; the
    antecedent of a relative pronoun), else (the noun the preposition
    follows, None, ""). None where ``node`` is no such object."""
    tokens = ann.tokens
    if tokens[node].dep != "pobj":
        return None
    prep = tokens[node].head
    words = " ".join(t.lower for t in tokens[max(0, prep - 1) : prep + 1])
    if not (tokens[prep].lower in vocab.accompanying_prepositions or words in vocab.accompanying_prepositions):
        return None
    owner = tokens[prep].head
    if tokens[owner].pos == "ADP" and tokens[owner].head != owner:
        owner = tokens[owner].head  # "along" parsed as the preposition "with" hangs on
    for _ in range(2):  # "shot dead at her home along with her partner": past the place to the verb
        tok = tokens[owner]
        if tok.pos in _NOUN_POS and tok.dep == "pobj" and "people" not in vocab.units_of(tok.lemma):
            owner = tokens[tok.head].head
    if tokens[owner].pos in _VERB_POS:
        # "Troops, along with 12 policemen, detained 6 suspects": company before the verb goes with its subject
        for dep in ("nsubjpass", "nsubj", "dobj") if prep < owner else ("dobj", "nsubjpass", "nsubj"):
            found = [c for c in ann.children[owner] if tokens[c].dep == dep and c != prep]
            if found and tokens[found[0]].tag in ("WP", "WDT") and tokens[owner].dep == "relcl":
                return tokens[owner].head, owner, dep  # "the vendor, who was killed along with four others"
            if found:
                return found[0], owner, dep
        return None
    return (owner, None, "") if tokens[owner].pos in _NOUN_POS | {"PRON"} else None


def _harmed_apart(ann: Annotation, vocab: Vocabulary, node: int, units: list[str]) -> bool | _Reading:
    """Does a companion's own phrase say what happened to it ("found dead
    along with two other shooting victims", "along with the wounded family
    member")? A modifier of outcome ("wounded"), or a noun of casualties
    ("victims") named after a harm (a compound before it that is a word of
    harm, ``harm_words``, "shooting", "crash", or a noun or verb of an outcome
    of its own, "murder"): its fate is its own, not the one it accompanies.
    Where that compound tells the outcome ("two murder victims": killed), the
    reading of it; a compound of no harm ("two child victims", "two family
    members") leaves them sharing the fate they accompany."""
    tokens = ann.tokens
    kids = [tokens[c] for c in ann.children[node]]
    if any(k.dep == "amod" and vocab.adjective_outcome(k.lower, units) for k in kids):
        return True
    if not any(vocab.noun_outcome(key, units) for key in _noun_keys(ann, node)):
        return False
    for k in kids:
        if k.dep != "compound" or k.i >= node:
            continue
        found = vocab.noun_outcome(k.lemma, units) or vocab.noun_outcome(k.lower, units)
        if not found:
            verb_found = vocab.verb_outcome([k.lemma], units, as_subject=False)
            found = verb_found[:2] if verb_found else None
        if found:
            return _reading(found, _cue(k, f"noun:{k.lower} {tokens[node].lemma}"), None)
        if k.lemma in vocab.harm_words or k.lower in vocab.harm_words:
            return True
    return False


def _companion_of(ann: Annotation, vocab: Vocabulary, node: int) -> int | None:
    """The counted phrase ``node`` accompanies (:func:`_company`), or None."""
    company = _company(ann, vocab, node)
    return company[0] if company else None


def _among_outcome(ann: Annotation, vocab: Vocabulary, gov: int, units: list[str]) -> _Reading | None:
    """ "Two soldiers were among those killed", "among the dead were a child
    and ...", "four farmers were among six people shot": the subject of a
    copula is part of the group its subset preposition names, and what
    happened to the group (a modifier of it, or the noun itself: "the dead")
    happened to it. Part of the group's own figure where it has one, else of
    the latest figure of that outcome before it."""
    tokens = ann.tokens
    for c in ann.children[gov]:
        if tokens[c].dep != "prep" or tokens[c].lower not in vocab.subset_words:
            continue
        for group in ann.children[c]:
            if tokens[group].dep != "pobj":
                continue
            reading = _modifier_outcome(ann, vocab, group, group, units)
            if reading is None:
                found = next((vocab.noun_outcome(k, units) for k in _noun_keys(ann, group)
                              if vocab.noun_outcome(k, units)), None)
                reading = _reading(found, _cue(tokens[group], f"noun:{tokens[group].lemma}"), gov) if found else None
            if reading is not None:
                counted = any(tokens[k].dep == "nummod" for k in ann.children[group])
                reading.part_of = group if counted else _BACK
                return reading
    return None


_PREDICATIVE_DEPS = frozenset({"oprd", "acomp", "xcomp"})


def _complement_outcome(ann: Annotation, vocab: Vocabulary, gov: int, units: list[str],
                        deps: frozenset[str] | set[str] = _PASSIVE_CLAUSE_DEPS) -> _Reading | None:
    """ "were reported killed", "left 12 dead", "are feared dead": the outcome a
    light verb's complement (by one of ``deps``) gives its subject or object. A
    participle the parser hangs on the verb's "as" is one too, where ``deps``
    holds clauses ("five were noted as being wounded", "reported as killed")."""
    tokens = ann.tokens
    rank = {name: i for i, name in enumerate(vocab.graver_outcomes)}
    best: _Reading | None = None
    after_as = [g for c in ann.children[gov] if "advcl" in deps and tokens[c].dep == "prep" and tokens[c].lower == "as"
                for g in ann.children[c] if tokens[g].dep in ("pcomp", "amod") and tokens[g].tag == "VBN"]
    for c in list(ann.children[gov]) + after_as:
        child = tokens[c]
        if child.dep not in deps and c not in after_as:
            continue
        if child.dep == "conj" and any(tokens[k].dep in _SUBJECT_DEPS for k in ann.children[c]):
            continue  # "counts 17 dead, but 25 are still missing": a clause of its own, not the verb's complement
        if child.dep == "advcl" and any(tokens[k].dep == "nsubj" or (
                tokens[k].dep == "nsubjpass" and tokens[k].pos != "PRON") for k in ann.children[c]):
            # "were described as heroes after the ambush killed two civilians", "after they killed three people":
            # a clause of its own people or of what they did, not the verb's complement ("was alive when she
            # was taken to a hospital": the subject again, undergoing it, is)
            continue
        if deps is _PREDICATIVE_DEPS and any(tokens[k].dep in ("dobj", "aux") for k in ann.children[c]):
            continue  # "a sibling who is believed to have shot the victim": an act of the subject, no state of it
        found = vocab.adjective_outcome(child.lower, units)
        if not found and child.pos == "VERB" and child.tag == "VBN":
            verb_found = vocab.verb_outcome(_verb_keys(ann, vocab, c), units, as_subject=False)
            found = verb_found[:2] if verb_found else None
        elif not found and best is not None and child.dep == "conj" and child.pos == "VERB":
            # "was conscious when he was taken to a hospital, but died later": a verb coordinated with the
            # light verb, with no subject of its own, tells what became of the same subject after
            verb_found = vocab.verb_outcome(_verb_keys(ann, vocab, c), units, as_subject=True)
            found = verb_found[:2] if verb_found else None
        if not found:
            continue
        reading = _reading(found, _cue(child, f"modifier:{child.lower}"), c)
        if best is None:
            best = reading
        elif child.dep == "conj" and rank.get(reading.outcome, len(rank)) < rank.get(best.outcome, len(rank)):
            best = reading  # the graver outcome of the same subject is what happened to it last
    return best


def _reduced_passive(ann: Annotation, vocab: Vocabulary, verb: int) -> bool:
    """'Dozens killed as fighting spreads', '... and more than 50 wounded': a bare
    participle whose subject is what it happened to (headline and gapping style)."""
    tokens = ann.tokens
    if tokens[verb].tag not in ("VBN", "VBD"):
        return False
    active = ("dobj", "aux", "auxpass", "ccomp", "attr", "dative", "xcomp", "acomp", "oprd")
    if any(tokens[c].dep in active and not _bare_complement(ann, c) for c in ann.children[verb]):
        return False
    if any(tokens[c].dep == "prep" and tokens[c].lower == "at" and any(
            tokens[g].dep == "pobj" and (tokens[g].pos == "PRON" or "people" in vocab.units_of(tokens[g].lemma))
            for g in ann.children[c]) for c in ann.children[verb]):
        return False  # "Johnson shot at deputies": the subject fired at people, it was not hit
    # "Gunmen shot and killed 10 men": coordinated verbs share the subject, and the last one's object is theirs
    return not any(tokens[c].dep == "conj" and tokens[c].pos == "VERB" and c > verb
                   and any(tokens[g].dep == "dobj" for g in ann.children[c]) for c in ann.children[verb])


def _bare_complement(ann: Annotation, node: int) -> bool:
    """Is ``node`` an adjective the parser makes a clause of its own (``ccomp``), with no subject, right
    after its verb ("the two women found dead this weekend died hours apart"): the subject's complement,
    as "dead" in "found dead", not a clause the verb says?"""
    tokens = ann.tokens
    return (tokens[node].dep == "ccomp" and tokens[node].pos == "ADJ" and node == tokens[node].head + 1
            and not any(tokens[c].dep in _SUBJECT_DEPS for c in ann.children[node]))


def _nominal_participle(ann: Annotation, vocab: Vocabulary, node: int) -> bool:
    """Is ``node`` a past participle the parser tags a verb where it stands as a noun after "the",
    nothing else hanging on it ("the injured are 14 farmers", "the wounded were 23"): the people it
    names, as "the dead" (an adjective) does?"""
    tokens = ann.tokens
    kids = ann.children[node]
    return tokens[node].tag == "VBN" and bool(kids) and all(
        tokens[k].dep == "det" and tokens[k].lower in vocab.definite_determiners for k in kids)


def _toll(ann: Annotation, vocab: Vocabulary, verb: int, units: list[str]):
    """'the death toll rose to 45', 'the dead included 12 children', 'the number
    of people killed has risen to 120': the outcome is named by the verb's
    subject or object."""
    tokens = ann.tokens
    for c in ann.children[verb]:
        if (tokens[verb].lemma in vocab.breakdown_verbs and tokens[c].dep == "nsubj"
                and tokens[c].pos in _NOUN_POS | {"NUM"}):
            # "the 20 killed included four children", "the 30 people wounded included two police": the subject
            # is a counted toll whose own modifier tells the outcome; what it includes are parts of it
            whole = _modifier_outcome(ann, vocab, c if tokens[c].pos in _NOUN_POS else None, c, units)
            if whole is not None and whole.outcome != "present" and (tokens[c].pos == "NUM" or any(
                    tokens[k].dep == "nummod" for k in ann.children[c])):
                return _Reading(whole.unit, whole.outcome, whole.cue, verb, _BACK)
        if (tokens[verb].lemma in vocab.breakdown_verbs and tokens[c].dep == "nsubj" and tokens[c].tag == "VBN"
                and any(tokens[k].dep == "nsubj" and tokens[k].pos == "NUM" for k in ann.children[c])):
            # "officials said the 20 killed included four children": the parser makes the participle the
            # subject and the figure its own; the participle tells the toll's outcome all the same
            found = vocab.verb_outcome(_verb_keys(ann, vocab, c), units, as_subject=False)
            if found is not None and found[1] != "present":
                return _Reading(found[0], found[1], _cue(tokens[c], f"verb:{found[2]}"), verb, _BACK)
        if tokens[c].dep not in ("nsubj", "nsubjpass", "dobj") or (
                tokens[c].pos not in _NOUN_POS | {"ADJ"} and not _nominal_participle(ann, vocab, c)):
            continue
        for key in _noun_keys(ann, c):
            found = vocab.noun_outcome(key, units)
            if found:
                reading = _reading(found, _cue(tokens[c], f"noun:{key}"), verb)
                if tokens[verb].lemma in vocab.breakdown_verbs and tokens[c].dep == "nsubj" and any(
                        tokens[d].lower in vocab.definite_determiners for d in ann.children[c]):
                    reading.part_of = _BACK  # "the dead included six civilians": parts of the toll told before
                return reading
        if tokens[c].lemma in vocab.tally_nouns:
            for prep in ann.children[c]:
                if tokens[prep].lower != "of":
                    continue
                for counted in ann.children[prep]:
                    reading = _outcome(ann, vocab, counted, counted, units, depth=1)
                    if reading is None:
                        found = next((vocab.noun_outcome(k, units) for k in _noun_keys(ann, counted)
                                      if vocab.noun_outcome(k, units)), None)
                        reading = _reading(found, _cue(tokens[counted], f"noun:{tokens[counted].lemma}"), verb) if found else None
                    if reading is not None:
                        reading.verb = verb
                        return reading
    return None


def _sentence(ann: Annotation, sent: int, q: Quantity) -> str:
    """The figure's sentence; where it runs past ``_SENTENCE_LIMIT`` characters
    (a text with no full stops), the words around the figure, marked with '…'."""
    text, start, end = ann.sentence_text(sent)
    if len(text) <= _SENTENCE_LIMIT:
        return text.strip()
    half = (_SENTENCE_LIMIT - (q.end - q.start)) // 2
    begin, finish = max(start, q.start - half), min(end, q.end + half)
    while begin > start and not ann.text[begin - 1].isspace() and q.start - begin < half + 40:
        begin -= 1
    while finish < end and not ann.text[finish].isspace() and finish - q.end < half + 40:
        finish += 1
    window = ann.text[begin:finish].strip()
    return ("…" if begin > start else "") + window + ("…" if finish < end else "")


def _hedge(ann: Annotation, vocab: Vocabulary, noun: int | None, verb: int | None) -> str | None:
    tokens = ann.tokens
    if noun is not None:
        for c in ann.children[noun]:
            if tokens[c].dep == "amod" and vocab.hedge_of(tokens[c].lower) == "suspected":
                return "suspected"
    node, hops = verb, 0
    while node is not None and hops < 4:
        tok = tokens[node]
        for c in ann.children[node]:
            if tokens[c].dep == "advmod" and vocab.hedge_of(tokens[c].lower):
                return vocab.hedge_of(tokens[c].lower)
        if vocab.hedge_of(tok.lemma) in ("claimed", "reportedly") and (hops > 0 or tok.lemma in ("fear", "believe")):
            return vocab.hedge_of(tok.lemma)  # "feared dead", "believed to have fled", "claimed to have killed"
        if tok.head == node:
            break
        node, hops = tok.head, hops + 1
    return None


def _subject(ann: Annotation, vocab: Vocabulary, cand: _Candidate, noun: int | None) -> Subject:
    tokens, text = ann.tokens, ann.text
    if noun is None:
        return Subject(text=None, role="unknown")
    # From the first word after the figure to the noun, plus coordinated nouns ("women or children").
    first = ann.token_after(cand.quantity.end)
    if first is None or first > noun:
        first = noun
    while first < noun and (tokens[first].lower in ("of", "the") or tokens[first].text in _QUOTES
                            or not tokens[first].text.strip() or tokens[first].pos == "PUNCT"):
        first += 1
    last = noun
    # "a man and a woman": the woman is a claim of her own; "neither a man nor a woman": one zero for both
    nobody = cand.zero is not None and _coordination_kind(ann, vocab, [noun]) == "negative"
    for c in ann.children[noun]:
        has_own_figure = _own_figure(ann, vocab, c) and not nobody
        same_unit = set(vocab.units_of(tokens[c].lemma)) & set(vocab.units_of(tokens[noun].lemma))
        if tokens[c].dep == "conj" and tokens[c].pos in _NOUN_POS and c - last <= 3 and not has_own_figure and same_unit:
            last = c
    subject_text = text[tokens[first].idx : tokens[last].end]
    # The actor may be named in the phrase or right after it: "200 terrorists for the Islamic State".
    tail_end = tokens[last].end
    for c in ann.children[noun]:
        if tokens[c].dep == "prep" and tokens[c].lower in ("of", "for", "from", "with", "belonging"):
            for g in ann.children[c]:
                tail_end = max(tail_end, tokens[min(g, len(tokens) - 1)].end)
    actor = vocab.find_actor(text[tokens[first].idx : tail_end])
    role = None
    for c in ann.children[noun]:
        if tokens[c].dep == "amod" and tokens[c].lower in vocab.civilian_modifiers:
            role = "civilian"
        elif tokens[c].dep == "amod" and tokens[c].lower in vocab.combatant_modifiers:
            role = "combatant"  # "two armed men"
    owned = (tokens[noun].lemma in vocab.possessed_nouns or tokens[noun].lower in vocab.possessed_nouns) and any(
        tokens[c].dep == "poss" for c in ann.children[noun])  # "two of its men": the possessor's people, not civilians
    if not owned:
        role = role or vocab.role_of(tokens[noun].lemma) or vocab.role_of(tokens[noun].lower)
    if role is None and actor is not None:
        role = actor.role
    return Subject(text=subject_text, actor=actor.name if actor else None, role=role or "unknown")


def _force_strength(ann: Annotation, cand: _Candidate) -> int | None:
    """The noun after "N-strong" ("a 2,000-strong force"), or None."""
    tokens = ann.tokens
    i = cand.anchor
    if i + 3 < len(tokens) and tokens[i + 1].text in ("-", "–") and tokens[i + 2].lower == "strong":
        following = tokens[i + 3]
        if following.pos in _NOUN_POS:
            return following.i
    return None


def _light_governor(ann: Annotation, vocab: Vocabulary, np_head: int) -> bool:
    """Is the phrase governed by nothing, or by a verb that carries no outcome ("were reported")?"""
    head = ann.tokens[np_head].head
    return head == np_head or ann.tokens[head].pos not in _VERB_POS or ann.tokens[head].lemma in vocab.light_verbs


def _units(ann: Annotation, vocab: Vocabulary, cand: _Candidate, noun: int | None) -> tuple[list[str], str | None]:
    """The units the figure may count, or the reason it counts nothing."""
    tokens = ann.tokens
    if noun is not None:
        modified = tokens[tokens[noun].head]
        if (tokens[noun].pos == "PROPN" and tokens[noun].dep in ("nmod", "compound") and modified.i > noun
                and modified.pos in _NOUN_POS and not vocab.units_of(modified.lemma)):
            # "seven rural Christian and Webster County districts": the name modifies what is counted
            return [], f"not a counted thing: {modified.lower}"
        for key in _noun_keys(ann, noun):
            units = vocab.units_of(key)
            if units:
                return units, None
        if (tokens[noun].pos == "PRON" and (cand.zero or cand.pronoun)) or cand.named or cand.elliptic:
            return ["people"], None
        if tokens[noun].lower in vocab.group_pronouns or _age_nominal(ann, noun):
            return ["people"], None  # "three of those killed", "a 9-year-old"
        if tokens[noun].ent == "NORP" or vocab.find_country(tokens[noun].text):
            return ["people"], None  # "30 Palestinians", "two Americans"
        if _people_by_name(ann, noun):
            return ["people"], None  # "29 ethnic Oromos": spaCy tags the plural a person's name
        if _harmed_person(ann, vocab, noun):
            return ["people"], None  # "a prominent religious figure was killed": a person
        return [], f"not a counted thing: {tokens[noun].lower}"
    if cand.zero and cand.zero not in vocab.people_pronouns:
        return [], ""  # "no" with nothing counted after it: not a figure, not worth reporting
    anchor = tokens[cand.anchor]
    if anchor.dep == "conj" and anchor.head < anchor.i and tokens[anchor.head].pos == "NOUN":
        # "a gunshot wound to the back and one in the leg", "a rifle and two in the car": a bare figure
        # coordinated with a common noun counts that noun's kind
        units = vocab.units_of(tokens[anchor.head].lemma)
        return (units, None) if units else ([], f"not a counted thing: {tokens[anchor.head].lower}")
    kind = _kind_it_is_one_of(ann, cand.anchor)
    if kind is not None:
        # "the letter was one of five sent to the mayor": a bare figure counts what the copula's subject is
        units = vocab.units_of(tokens[kind].lemma)
        return (units, None) if units else ([], f"not a counted thing: {tokens[kind].lower}")
    # A bare figure counts people, and only when an outcome word says so ("12 killed").
    return ["people"], None


def _kind_it_is_one_of(ann: Annotation, anchor: int) -> int | None:
    """The common noun a bare figure stands for when it is the "one" of a copula's "one of N", or the N
    ("the letter was one of five", "his car was one of three damaged"): the copula's subject, or None (a
    name or a pronoun says nothing of the kind; "the number killed is 86" is no "one of").)"""
    tokens = ann.tokens
    node = anchor
    if tokens[node].dep == "pobj" and tokens[tokens[node].head].lower == "of":
        node = tokens[tokens[node].head].head  # "one of five": the "one"
    if tokens[node].lower not in ("one", "1") or not any(
            _is_of(tokens[c]) for c in ann.children[node]):
        return None
    if tokens[node].dep != "attr" or tokens[tokens[node].head].lemma != "be":
        return None
    subject = next((c for c in ann.children[tokens[node].head] if tokens[c].dep == "nsubj"), None)
    if subject is None or tokens[subject].pos != "NOUN" or tokens[subject].ent:
        return None
    return subject


def _a_thing_it_is(ann: Annotation, vocab: Vocabulary, noun: int | None, np_head: int) -> int | None:
    """The word a copula sets beside a figure of people ("one of N", or the N of it) where that word names
    no person, or None: the subject of "is one of seven finalists" a place, an organisation or a common
    noun whose commonest sense is no person and no group of people ("Cary is one of seven finalists", "the town
    was one of seven finalists": towns, not people); or, for a figure of a pronoun or of "others" (no
    noun of people: "one of those"), the complement it is ("maybe one of those is guilt": a feeling). Not
    where the counted noun is of people at large (``dweller_nouns``: "the shooter was one of five people
    killed"), and a subject with any sense of a person is one ("shooter", first a marble), unless it is a
    place named for those who live in it (:func:`fogcount.lexicon.peopled_nouns`: "town")."""
    tokens = ann.tokens
    if noun is not None and tokens[noun].lemma.lower() in vocab.dweller_nouns:
        return None  # "one of five people killed": people, whatever its subject
    node = np_head
    if tokens[node].dep == "pobj" and tokens[tokens[node].head].lower == "of":
        node = tokens[tokens[node].head].head  # "one of seven finalists": the "one"
    verb = tokens[node].head
    if tokens[verb].lemma != "be" or tokens[node].dep not in ("attr", "nsubj") or not any(
            _is_of(tokens[c]) for c in ann.children[node]):
        return None  # only a part "of" some ("the target is 500 new members" is what is wanted; "the toll is 12")
    if tokens[node].dep == "attr":
        other = next((c for c in ann.children[verb] if tokens[c].dep == "nsubj"), None)
    elif noun is not None and (tokens[noun].pos == "PRON" or tokens[noun].lemma.lower() == "other"):
        other = next((c for c in ann.children[verb] if tokens[c].dep in ("attr", "acomp")), None)
    else:
        return None
    if other is None:
        return None
    tok = tokens[other]
    if tok.pos == "PROPN":
        return other if tok.ent in _NO_PERSON_ENTITIES else None
    if tok.pos != "NOUN" or "people" in vocab.units_of(tok.lemma) or _age_nominal(ann, other):
        return None
    lemma = tok.lemma.lower()
    if lemma in person_nouns() or lemma in group_nouns() or lemma not in common_nouns():
        return None
    return None if lemma in person_sense_nouns() and lemma not in peopled_nouns() else other


def _people_by_name(ann: Annotation, noun: int) -> bool:
    """Is the counted noun a plural proper noun that spaCy tags a person's name
    ("29 ethnic Oromos", "three Kurds"): people named by their group, not one
    person? Only with a number on it: "the Smiths" is no count."""
    tokens = ann.tokens
    tok = tokens[noun]
    return (tok.pos == "PROPN" and tok.ent == "PERSON" and tok.lower.endswith("s")
            and any(tokens[c].dep == "nummod" for c in ann.children[noun]))


def _claims_for(ann: Annotation, vocab: Vocabulary, cand: _Candidate) -> tuple[list[Claim], int | None, str | None]:
    """The claims one figure makes (none, one, or one per outcome of a zero),
    the noun it counts, and the reason when it makes none."""
    reason = _noncount_reason(ann, vocab, cand, weak=False)
    if reason:
        return [], None, reason
    tokens = ann.tokens
    noun, np_head = _counted_noun(ann, vocab, cand)
    # Rules on the words before a number alone ("Brigade 93", "in 2014") decide only
    # for a number that counts nothing: a noun it counts, or an outcome it is the
    # object of ("the toll rose to 2000"), outweighs them.
    weak_reason = _noncount_reason(ann, vocab, cand, weak=True)
    if weak_reason and noun is not None and not vocab.units_of(tokens[noun].lemma):
        return [], None, weak_reason
    strong = _force_strength(ann, cand)
    if strong is not None:  # "a 2,000-strong force": a force size, whatever the noun
        noun = np_head = strong
    if noun is not None and tokens[noun].dep == "poss" and tokens[tokens[noun].head].pos in _NOUN_POS:
        # "one men's bathroom": the figure counts what the possessor has; "three men's bodies": them
        owned = tokens[noun].head
        if not any(vocab.units_of(key) for key in _noun_keys(ann, owned)):
            return [], None, f"not a counted thing: {tokens[owned].lower}"
        if any("people" in vocab.units_of(key) for key in _noun_keys(ann, owned)) and not any(
                vocab.noun_outcome(key, ["people"]) for key in _noun_keys(ann, owned)):
            return [], None, "not a counted thing: possessor"  # "the three children's father": another person
        noun = np_head = owned
    units, reason = _units(ann, vocab, cand, noun)
    if not units:
        return [], None, reason
    if units == ["strikes"] and noun is not None and _a_crime(ann, noun):
        return [], None, "a crime, no strike"  # "charged in three sexual assaults": offences against people
    if units == ["people"]:
        thing = _a_thing_it_is(ann, vocab, noun, np_head)
        if thing is not None:
            # "the town was one of seven finalists", "maybe one of those is guilt": the copula says what
            # the figure counts, and that is no person
            return [], None, f"not a counted thing: {tokens[thing].lower}"

    reading = _outcome(ann, vocab, noun, np_head, units, figure_start=cand.quantity.start)
    if strong is not None:
        reading = _Reading(units[0], "present", _cue(tokens[strong - 1], "modifier:strong"), None)
    if reading is None and noun is not None:
        # The noun itself names the outcome ("12 bodies", "30 prisoners"), else the unit's default.
        for key in _noun_keys(ann, noun):
            implied = vocab.noun_outcome(key, units)
            if implied:
                reading = _Reading(implied[0], implied[1], _cue(tokens[noun], f"noun:{key}"), None)
                break
        else:
            unit = next((u for u in units if vocab.default_outcome[u]), None)
            if unit is not None:
                reading = _Reading(unit, vocab.default_outcome[unit], None, None)
    if reading is None or noun is None and weak_reason and reading.cue is None:
        if noun is None and weak_reason:
            return [], None, weak_reason
        if noun is None and _entity_reason(ann, cand):
            return [], None, _entity_reason(ann, cand)  # spaCy read it as a date, a time, money...
        return [], None, f"no outcome for {tokens[noun].lower if noun is not None else 'a bare number'}"
    if noun is not None and reading.cue is not None and not reading.cue.rule.startswith("noun:"):
        # "1 fatality", "three deaths": a noun that names the outcome the verb gives counts the
        # outcome itself (the whole toll, not a kind of people): it is the cue.
        rank = {name: i for i, name in enumerate(vocab.graver_outcomes)}
        for key in _noun_keys(ann, noun):
            named = vocab.noun_outcome(key, [reading.unit])
            if named == (reading.unit, reading.outcome):
                reading.cue = _cue(tokens[noun], f"noun:{key}")
                break
            if named and rank.get(named[1], len(rank)) < rank.get(reading.outcome, len(rank)):
                # "shot ... 1 fatality": a noun that names a graver outcome than the verb's is what happened
                reading = _Reading(named[0], named[1], _cue(tokens[noun], f"noun:{key}"), reading.verb, reading.part_of)
                break
    if reading.outcome == "killed" and _burned_and_lived(ann, vocab, reading):
        # "two men were set on fire but survived": set on fire and alive, hurt
        reading = _Reading(reading.unit, "injured", reading.cue, reading.verb, reading.part_of)
    if reading.outcome == "injured" and _carried_unhurt(ann, vocab, reading, noun):
        return [], None, "carried to care, no harm"  # "three doctors were flown to the hospital": no one hurt
    if reading.outcome == "injured" and _injuries_of_others(ann, vocab, reading):
        return [], None, "injuries of others"  # "two witnesses reported injuries among the protesters"
    if cand.single and (reading.cue is None or reading.outcome == "present"):
        return [], None, ""  # "a soldier said ...": an article, not a figure
    if reading.outcome in ("killed", "injured") and _active_doer(ann, vocab, reading, np_head):
        return [], None, "the one who shot, not one hit"
    if (cand.single and reading.outcome == "killed" and reading.verb is None and tokens[np_head].dep == "nsubj"
            and tokens[tokens[np_head].head].pos == "VERB"
            and tokens[tokens[np_head].head].lemma not in vocab.light_verbs
            and tokens[tokens[np_head].head].lemma not in vocab.copulas):
        # "an Islamic body declared a state": one of a noun of the dead (a body) that does something is no dead person
        return [], None, ""
    of_outcome = (noun is not None and reading.cue is not None and tokens[noun].dep == "pobj"
                  and reading.cue.span[0] == tokens[tokens[tokens[noun].head].head].idx)
    # "the murder of the director": the noun of what happened governs the person, and is not the person
    if cand.definite and ((reading.cue.rule.startswith("noun:") and not of_outcome) or reading.part_of is not None):
        return [], None, ""  # "the victim", "including the mayor": the person is counted where the figure is
    if cand.zero and (reading.cue is None or reading.verb is None and not _light_governor(ann, vocab, np_head)):
        # "No hostages were released": a zero says nothing about an outcome the noun only implies;
        # "there are no suspects", "he is no stranger to it": nor about one no word states.
        return [], None, f"'{cand.zero}' with an outcome the text does not state"
    if cand.zero and noun is not None and np_head != noun and reading.cue is not None and reading.cue.rule.startswith(
            "noun:") and any(tokens[c].dep == "det" and tokens[c].lower in vocab.definite_determiners
                             for c in ann.children[noun]):
        # "none of the victims had any contact": none of a known group, not "no casualties"
        return [], None, f"'{cand.zero}' of a group the text already counted"
    if cand.named_before:
        return [], None, ""  # "at least one student injured ... the student was shot": the same person again

    if reading.outcome == "abducted" and _missing_in_a_mishap(ann, vocab, reading, tokens[cand.anchor].sent):
        # "14 others remained missing when the ship sank": lost in an accident, not taken
        if cand.single:
            return [], None, ""  # "a hiker who had been reported missing": one person there, no figure
        reading = dataclasses.replace(reading, outcome="present")
    if reading.outcome == "injured" and (_illness_care(ann, vocab, reading, tokens[cand.anchor].sent)
                                         or _care_of_the_mind(ann, vocab, reading)):
        if cand.single:
            return [], None, ""  # "a boy who ate there was hospitalized": one ill, no figure
        reading = dataclasses.replace(reading, outcome="present")  # "five patients were hospitalised" with flu
    if reading.outcome == "injured" and _fatal_adverb(ann, vocab, cand.anchor):
        # "four teenagers were shot, one fatally": the adverb on the figure says the wound killed, a share of
        # the hurt figure before it (reconcile.hit_less_the_dead takes it out of those told "shot")
        reading = dataclasses.replace(reading, outcome="killed", cue=None if reading.cue is None else
                                      reading.cue.model_copy(update={"rule": f"{SHARE_RULE}{reading.cue.rule}"}))
    if not cand.zero and reading.part_of is None and _of_the_group(ann, vocab, noun, np_head, reading):
        reading.part_of = _BACK  # "two of the injured", "three of those killed": parts of the figure told before
    if reading.verb is not None and _counterfactual(ann, vocab, reading.verb):
        return [], None, "hypothetical"  # "could have drowned", "would have been killed": it did not happen
    if _foretold(ann, vocab, reading.verb if reading.verb is not None else tokens[np_head].head, np_head):
        return [], None, "hypothetical"  # "will have zero deaths", "could cause 2,000 deaths": not yet, maybe never
    if _wanted(ann, vocab, np_head):
        return [], None, "hypothetical"  # "we need 500 volunteers", "our goal is 20,000": wanted, not there
    above = tokens[tokens[reading.verb].head] if reading.verb is not None else None
    if above is not None and tokens[reading.verb].dep in ("xcomp", "ccomp") and (
            _wanting(vocab, above) or above.lower in vocab.ability_words):
        # "why would anyone want to kill him", "wanted him dead": wanted, not done; "enough to kill an adult": able
        return [], None, "hypothetical"
    if reading.outcome == "present" and _what_it_is_big_enough_for(ann, vocab, np_head):
        return [], None, "capacity"  # "the boat is big enough to carry 40 people": how many could be there
    if reading.outcome == "present" and _able_to(ann, vocab, np_head):
        return [], None, "hypothetical"  # "not enough to support a shop of several employees": could be
    if reading.outcome == "present" and _population_of_a_place(ann, vocab, np_head):
        return [], None, "population"  # "a population of 3.5 million people", "towns with as few as 300 people"
    if reading.outcome != "present" and _population_where(ann, vocab, np_head, reading):
        return [], None, "population"  # "a town of 5,000 people where 12 were killed": the 12 were killed there
    if reading.outcome == "present" and _living_with_an_illness(ann, vocab, np_head):
        return [], None, "population"  # "700,000 people are living with HIV": how many have it, no happening
    if reading.outcome == "present" and _whole_of_a_zero(ann, vocab, np_head):
        return [], None, "the whole of a zero"  # "none of the 30 miners was hurt": the zero's group, no happening
    if reading.outcome == "present" and _employed(ann, vocab, np_head):
        return [], None, "a workforce"  # "hiring 300 workers", "450 workers were laid off": no one there
    if _conditional(ann, vocab, reading.verb if reading.verb is not None else tokens[np_head].head):
        return [], None, "hypothetical"  # "if you go home to a home where there are 15 people": a condition
    if _of_any_one(ann, vocab, np_head):
        return [], None, "generic"  # "a permit for any event with 50 or more people": a rule, no one there
    if reading.outcome == "present" and reading.cue is None and _one_of_a_kind(ann, vocab, cand.quantity, np_head):
        return [], None, "a description"  # "Roe, a consultant and one of this country's engaging thinkers"
    if reading.outcome == "present" and reading.cue is None and _one_described(ann, vocab, cand.quantity, np_head, noun):
        return [], None, "a description"  # "I was one of the people who were surprised": what one is, no count
    if reading.outcome == "present" and reading.cue is None and _there_are_many(ann, vocab, cand.quantity, np_head):
        return [], None, "generic"  # "there are many people who suffer", "there's a lot of good kids there"
    if _can_or_cannot(ann, vocab, np_head):
        return [], None, "hypothetical"  # "she can't even hold her baby", "cannot be responsible for damage to a car"
    if _sought(ann, vocab, reading):
        return [], None, "hypothetical"  # "a reward for the capture of", "information leading to the arrest of"
    if _of_a_rumour(ann, vocab, np_head):
        return [], None, "a rumour"  # "a rumour that three women were killed at the mall": hearsay, no figure
    if reading.outcome != "present" and _cause_of_a_reprisal(ann, vocab, np_head):
        return [], None, "an earlier happening: what a reprisal answers"  # "in retribution for ... killing a policeman"
    cue_word = ann.token_at(reading.cue.span[0]) if reading.cue is not None else None
    if reading.outcome == "killed" and cue_word is not None and _died_of_illness(ann, vocab, cue_word):
        return [], None, "a death of an illness"  # "eight people died of the disease": no toll of violence
    reach = (_death_in_illness_news(ann, vocab, tokens[cand.anchor].sent)
             if reading.outcome in ("killed", "casualties") else None)
    if reach is not None:
        # "an outbreak of plague has killed 61 people": no toll of violence; the reason names the reach
        return [], None, f"a death of an illness ({reach})"
    governor = reading.verb if reading.verb is not None else tokens[np_head].head
    if reading.outcome == "present" and _featured_in_a_future(ann, vocab, np_head):
        return [], None, "hypothetical"  # "will host a show featuring three comedians": not there yet
    if reading.outcome == "present" and any(
            (tokens[c].dep == "aux" and tokens[c].lower in vocab.possibility_modals)
            or (tokens[c].dep == "advmod" and tokens[c].lower == "better" and c < governor)
            for c in ann.children[governor]):
        # "11 people can live there", "350 people must sign up", "you better have 14 players": possible or
        # required, not there
        return [], None, "hypothetical"
    gov = reading.verb
    if gov is None and tokens[np_head].head != np_head:
        gov = tokens[np_head].head
        if tokens[gov].dep == "agent" and tokens[gov].head != gov:
            gov = tokens[gov].head  # "was not felt by many people": the agent's verb says what they did not do
    corrected = _corrected_number(ann, vocab, cand.anchor)
    # "not only two but five villagers were killed": the negator of the first number denies the two alone
    negated = _negated(ann, gov, vocab, _own_negators(ann, vocab, corrected) if corrected is not None else frozenset())
    if negated and reading.verb is None and any(tokens[c].dep in ("det", "poss") and tokens[c].lower not in (
            "a", "an", "no", "any") for c in ann.children[np_head]):
        # "police are not yet identifying the four victims": the noun tells the outcome and the known people
        # are there; what the verb denies is its own act (identifying, naming), not them
        negated = False
    if noun is not None and (_coordination_kind(ann, vocab, [np_head]) == "negative"
                             or any(tokens[c].dep == "neg" for c in ann.children[noun])):
        negated = True  # "neither the two soldiers nor ...", "two men but not a woman"
    if _of_a_denied_noun(ann, np_head):
        negated = True  # "there was no proof of an unnatural death"
    if tokens[cand.anchor].tag == "CD" and any(
            tokens[c].dep == "neg" and c < cand.anchor and all(tokens[k].tag == "DT" for k in range(c + 1, cand.anchor))
            for c in ann.children[cand.anchor]):
        # "at least 12 people, not 10, were killed": the number told is denied (not "not less than 10", a floor)
        negated = True
    if negated and not cand.zero and _unharmed_subject(ann, vocab, gov, np_head):
        # "the two passengers were not hurt", "three were not injured in the blast": the people counted are
        # the ones the outcome missed; no figure of it (a denial through another verb stays: "denied that
        # 20 protesters were killed")
        return [], None, "a negated outcome of its subject"
    q = cand.quantity
    low, high = q.low, q.high
    if cand.zero:
        if cand.zero in vocab.negative_polarity and not negated:
            return [], None, f"'{cand.zero}' without a negation"
        negated, low, high = True, 0, 0
    elif negated and reading.outcome == "present":
        # "many inhabitants haven't registered", "didn't have as many witnesses": a figure of people
        # who did not do something is no figure of people there, nor of anything that happened to them
        return [], None, "negated presence"
    if q.qualifier == "up to" and not q.vague and _total_raised_to(ann, vocab, reading, q):
        # "taking the death toll up to 212", "the toll rose up to 45": "up" is the verb's, the toll now stands
        # at the figure; no bound
        low = high = q.high
        q = dataclasses.replace(q, start=q.core_start, text=ann.text[q.core_start : q.end], qualifier=None)
    incremental, cumulative = increment(ann.text, q.start, q.end)
    if incremental and _other_than_the_doer(ann, noun, reading.verb):
        incremental = False  # "the teen ... accidentally shot another teen": other than the doer, not more victims
    rank = _rank(ann, vocab, cand)
    if rank is not None:  # "a fifth person": the count has reached five
        (low, rank_end), incremental, cumulative = rank, False, True
        high = low
        q = dataclasses.replace(q, end=max(q.end, rank_end), text=ann.text[q.start : max(q.end, rank_end)])
    if (reading.cue is not None and reading.cue.rule.startswith("noun:") and reading.verb is not None
            and tokens[reading.verb].lemma in vocab.running_total_verbs):
        cumulative = not incremental
    sentence = _sentence(ann, tokens[cand.anchor].sent, q)
    subject = _subject(ann, vocab, cand, noun)
    hedge = _hedge(ann, vocab, noun, gov)
    evidence = None
    if (reading.outcome == "killed" and reading.cue is not None and reading.cue.rule.startswith("noun:")
            and reading.cue.rule.split(":", 1)[1] in vocab.corpse_nouns):
        # "12 bodies were recovered", "the bodies of 12 people were found": the dead found, a killed figure
        # of its own kind
        evidence = "bodies"
    outcomes = [reading.outcome]
    if cand.zero and vocab.outcomes[reading.outcome].zero_means:
        outcomes = list(vocab.outcomes[reading.outcome].zero_means)
    claims = [
        Claim(
            id="",
            sentence=sentence,
            span=(q.start, q.end),
            category=f"{reading.unit}.{name}",
            value=Value(text=q.text, low=low, high=high, qualifier=q.qualifier, vague=q.vague,
                        incremental=incremental, cumulative=cumulative),
            subject=subject,
            negated=negated,
            hedge=hedge,
            cue=reading.cue,
            evidence=evidence,
        )
        for name in outcomes
    ]
    if reading.part_of is not None:
        for claim in claims:
            # a token index (or a figure before), resolved to a claim id by extract_claims
            claim.part_of = _BACK_PART if reading.part_of == _BACK else f"@{reading.part_of}"
    return claims, noun, None


# ---------------------------------------------------------------- coordinated figures


def _join_coordinated(ann: Annotation, vocab: Vocabulary,
                      made: list[tuple[Claim, int | None]]) -> list[tuple[Claim, list[int]]]:
    """Figures of coordinated nouns counted as one: "a man and a woman were
    killed" is one claim of 2, "two men and a boy" one of 3, "four men, a
    woman and a boy" (the parser's apposition in a list) one of 6, "dozens of
    men and a woman" one of at least 25 (vague). Only an additive coordinator
    ("and", "plus": ``additive_conjunctions``) adds them up; alternatives ("a
    man or a woman was killed") are one claim spanning them (1: one person,
    whichever it was); any other coordinator ("nor", "but not") leaves the
    figures apart. Things of different kinds ("13 grenades and 3,525
    rounds", "two tanks and a truck") are never added: each keeps its own
    claim. Only parts with the same role
    join (roles are never added together: "a soldier and two civilians" stays
    a security_forces 1 and a civilian 2, as reconciliation keeps them), or
    one person with others where one side's role is unknown: the sum is of
    unknown role ("a tribal chief, his wife and three sons": 5, "a woman and
    three others": 4; the role of all of them the text does not say, and one
    person coordinated with others is never one of them); and
    the same actor (reconciliation adds one source's figures for different
    actors itself), category, negation, hedge and increment. An apposition
    whose figures add up to the figure of the people it follows ("two people,
    a man and a woman") restates it: its claims are part of that one
    (``part_of``), the total is counted once. Returns each claim with the
    nouns its figure counts, in text order."""
    roots, restated = _coordinations(ann, vocab, made)
    groups: dict[tuple, list[int]] = {}
    for at, (claim, noun) in enumerate(made):
        if noun is None:
            continue
        v = claim.value
        key = (roots[noun], claim.category, claim.subject.actor, claim.negated, claim.hedge,
               claim.part_of, v.incremental, v.cumulative)
        groups.setdefault(key, []).append(at)
    by_role: list[list[int]] = []
    kinds_added: set[int] = set()  # groups of civilians and persons of a kind: their civilians stay a part
    for members in groups.values():
        roles = {made[at][0].subject.role for at in members}
        if len(roles) == 1 or (len(roles - {"unknown"}) == 1 and any(_one_person(made[at][0]) for at in members)):
            by_role.append(members)
        elif _persons_of_a_kind_beside_civilians(ann, vocab, [made[at] for at in members]):
            kinds_added.add(members[0])
            by_role.append(members)
        else:  # two roles: each apart ("ten people along with two suicide bombers")
            by_role += [[at for at in members if made[at][0].subject.role == role] for role in sorted(roles)]
    joined: dict[int, tuple[Claim, list[int]]] = {}
    parts_kept: dict[int, list[Claim]] = {}
    absorbed: set[int] = set()
    for members in by_role:
        nouns = [made[at][1] for at in members]
        if len(members) < 2 or len(set(nouns)) < len(nouns):
            continue
        parts = [made[at][0] for at in members]
        if not parts[0].category.startswith("people.") and len({ann.tokens[n].lemma.lower() for n in nouns}) > 1:
            continue  # "13 grenades, 3,525 rounds": things of different kinds are no one count, each keeps its own
        kind = _coordination_kind(ann, vocab, [_phrase_head(ann, c, n) for c, n in zip(parts, nouns)])
        if kind not in ("additive", "alternative"):
            continue
        civilians = [p.model_copy(deep=True) for p in parts if p.subject.role == "civilian"] \
            if members[0] in kinds_added else []
        total = _sum_claims(ann, parts, nouns, alternative=kind == "alternative")
        if len({p.subject.role for p in parts}) > 1:
            total.subject.role = "unknown"
        joined[members[0]] = (total, nouns)
        absorbed.update(members[1:])
        for part in civilians:  # "two commanders and four civilians": 6, of them 4 civilians, as "including" tells
            part.part_of = f"@{nouns[0]}"
            parts_kept.setdefault(members[0], []).append(part)
    out = [pair for at, (claim, noun) in enumerate(made) if at not in absorbed
           for pair in [joined.get(at, (claim, [noun] if noun is not None else []))]
           + [(part, []) for part in parts_kept.get(at, [])]]
    for claim, nouns in out:
        whole = restated.get((roots[nouns[0]], claim.category)) if nouns else None
        if whole is not None and claim.part_of is None:
            claim.part_of = f"@{whole}"  # a token index, resolved to a claim id by extract_claims
    return out


def _persons_of_a_kind_beside_civilians(ann: Annotation, vocab: Vocabulary,
                                        made: list[tuple[Claim, int | None]]) -> bool:
    """Do coordinated figures of civilians and of people of unknown role add
    up ("killing two shop owners and four protesters": 6, one count under one
    verb)? Where each figure of unknown role counts persons of a kind
    (a noun WordNet files under person: owners, officials, drivers), they are
    other people hit beside the civilians, never some of them. Not people at
    large ("two unidentified people": ``dweller_nouns``, whose role the text
    leaves open), persons "of" some whole ("members of the security forces"), a force or its staff ("commando forces", "security
    personnel": groups, no persons), nor where an armed role is among them
    ("four policemen and ten farmers": roles stay apart, as reconciliation
    keeps them). The sum is of unknown role; the civilians' figure is kept
    as a part of it (_join_coordinated), so no civilian is lost. Nor where
    the last of them is the subject of a verb of its own that the parser
    ran on as a conjunct of the first verb ("killed two drivers and four
    passengers were hurt": the passengers were hurt, no one count)."""
    if {claim.subject.role for claim, _ in made} != {"civilian", "unknown"}:
        return False
    persons = person_nouns()
    for claim, noun in made:
        if claim.subject.role != "unknown":
            continue
        lemma = ann.tokens[noun].lemma.lower()
        if lemma not in persons and lemma not in vocab.set_nouns or lemma in vocab.dweller_nouns \
                or _has_of(ann, noun):
            return False  # "42 members of the security forces": what they are members of says who they are
    return not _subject_of_a_verb_run_on(ann, max(noun for _, noun in made))


def _has_of(ann: Annotation, noun: int) -> bool:
    """Has the noun a phrase "of" something ("a couple of men", "members of the security forces")?"""
    return any(_is_of(ann.tokens[c]) for c in ann.children[noun])


def _subject_of_a_verb_run_on(ann: Annotation, noun: int) -> bool:
    """Is the noun, a conjunct of a verb's object, the subject of the next
    verb, which the parser made a conjunct of that verb with no subject
    ("killed two drivers and four passengers were hurt": "were hurt" has an
    auxiliary of its own but no subject)? Its auxiliaries come right after
    the noun's phrase."""
    return _verb_run_on(ann, noun) is not None


def _verb_run_on(ann: Annotation, noun: int) -> int | None:
    """The verb :func:`_subject_of_a_verb_run_on` finds the noun the subject of, or None."""
    tokens = ann.tokens
    at = max(ann.subtree(noun)) + 1
    while at < len(tokens) and tokens[at].dep in ("aux", "auxpass", "neg", "advmod"):
        at += 1
    if at >= len(tokens) or at == noun + 1 or tokens[at].dep != "conj" or tokens[at].pos not in _VERB_POS:
        return None
    return None if any(tokens[k].dep in _SUBJECT_DEPS for k in ann.children[at]) else at


def _run_on_outcome(ann: Annotation, vocab: Vocabulary, np_head: int, units: list[str]) -> _Reading | None:
    """What the verb run on after a coordinated object tells of its own
    subject ("Gunmen killed two drivers and four passengers were hurt": the
    passengers were hurt, not killed): where the counted phrase is a conjunct
    of a verb's object and the subject the parser left off the next verb
    (:func:`_verb_run_on`), that verb says what happened to it, as to its
    passive subject where it has a passive auxiliary ("were hurt") or its
    active one ("four passengers died")."""
    tokens = ann.tokens
    if tokens[np_head].dep != "conj" or tokens[_conj_root(ann, np_head)].dep not in ("dobj", "nsubjpass"):
        return None
    verb = _verb_run_on(ann, np_head)
    if verb is None:
        return None
    passive = any(tokens[c].dep == "auxpass" for c in ann.children[verb])
    return _verb_outcome(ann, vocab, verb, "nsubjpass" if passive else "nsubj", units)


def _verb_read_into_a_relative(ann: Annotation, np_head: int) -> tuple[int, str, int, str] | None:
    """The verb of the counted phrase that the parser read into its relative clause, with the relation the
    phrase has to it: where the phrase heads its sentence with no verb above it, and the clause of its
    relative clause's verb opened by "as" has a subject with no determiner nor number right after "as"
    ("four soldiers who were hired as guards were killed": "as guards were killed" read as a clause, where
    "as guards" is what they were hired as and "were killed" the phrase's own verb), and the relative
    clause's verb with the phrase's relation to it (the graver of the two outcomes is kept: :func:`_outcome`);
    else None. Not a
    clause of time with its own subject: "who were hired as the guards were killed" stays."""
    tokens = ann.tokens
    if tokens[np_head].head != np_head:
        return None
    for relative in ann.children[np_head]:
        if tokens[relative].dep != "relcl":
            continue
        for verb in ann.children[relative]:
            if tokens[verb].dep != "advcl" or tokens[verb].pos not in _VERB_POS:
                continue
            mark = next((c for c in ann.children[verb] if tokens[c].dep == "mark"), None)
            subject = next((c for c in ann.children[verb] if tokens[c].dep in ("nsubj", "nsubjpass")), None)
            if (mark is None or tokens[mark].lower != "as" or subject is None or _left_edge(ann, subject) != mark + 1
                    or any(tokens[c].dep in ("det", "nummod", "poss") for c in ann.children[subject])):
                continue
            passive = any(tokens[c].dep == "auxpass" for c in ann.children[relative])
            return verb, tokens[subject].dep, relative, "nsubjpass" if passive else "nsubj"
    return None


def _object_read_as_a_subject(ann: Annotation, np_head: int) -> int | None:
    """The verb whose object the parser read as the subject of a complement clause after it, where the
    counted phrase opens a coordination that is the subject of that clause and the verb has no object of
    its own ("the bomb wounded five people and two children died": "five people and two children" the
    subject of "died", a complement of "wounded"): the first conjunct is the first verb's object, the
    later ones the later verb's subject. A verb of saying or knowing is no outcome's verb, so it gives no
    outcome ("said five people and two children died"); else None."""
    tokens = ann.tokens
    clause = tokens[np_head].head
    if (tokens[np_head].dep not in ("nsubj", "nsubjpass") or clause == np_head or clause < np_head
            or tokens[clause].dep != "ccomp" or tokens[clause].pos not in _VERB_POS):
        return None
    verb = tokens[clause].head
    if verb == clause or verb > np_head or tokens[verb].pos not in _VERB_POS or any(
            tokens[c].dep in ("dobj", "dative", "mark") for c in ann.children[verb] + ann.children[clause]):
        return None
    if not any(tokens[c].dep == "conj" and tokens[c].pos in _NOUN_POS for c in ann.children[np_head]):
        return None
    return verb


def _coordinations(ann: Annotation, vocab: Vocabulary,
                   made: list[tuple[Claim, int | None]]) -> tuple[dict[int, int], dict]:
    """The first noun of the coordination each counted noun is in (people
    who accompany others, "along with eight others", are in theirs), and the
    appositions that restate a figure: {(apposition's first noun, category):
    the noun it restates}."""
    tokens = ann.tokens
    phrase = {noun: _phrase_head(ann, claim, noun) for claim, noun in made if noun is not None}
    roots = {noun: _conj_root(ann, head) for noun, head in phrase.items()}
    counted = set(phrase.values())
    for noun, root in roots.items():
        companion = _companion_of(ann, vocab, root)
        if companion is not None:
            roots[noun] = _conj_root(ann, companion)
        elif root not in counted and _stray_argument(ann, vocab, phrase[noun]) is not None:
            roots[noun] = _conj_root(ann, _stray_argument(ann, vocab, phrase[noun]))  # "a judge allied with ... and seven"
    restated: dict[tuple[int, str], int] = _listed_breakdown(ann, vocab, made, phrase, roots)
    for root in sorted(set(roots.values()), reverse=True):  # inner appositions first
        head = tokens[root].head
        if tokens[root].dep != "appos" or head >= root:
            continue
        for category in {c.category for c, n in made if n is not None and roots[n] == root}:
            parts = [c for c, n in made if n is not None and roots[n] == root and c.category == category]
            whole = [(c, n) for c, n in made if n is not None and phrase[n] == head and c.category == category]
            low = sum(p.value.low or 0 for p in parts)
            high = None if any(p.value.high is None for p in parts) else sum(p.value.high for p in parts)
            whole_role = whole[0][0].subject.role if len(whole) == 1 else None
            # a semicolon before the apposition sets off an item of a list ("killed his daughter, Kayla Roe;
            # his girlfriend, Tia Poe; and her mother"), no restatement
            listed = _left_edge(ann, root) > 0 and tokens[_left_edge(ann, root) - 1].text == ";"
            if (len(whole) == 1 and (low, high) == (whole[0][0].value.low, whole[0][0].value.high) and not listed
                    and (whole_role == "unknown" or {p.subject.role for p in parts} <= {whole_role, "unknown"})):
                restated[(root, category)] = whole[0][1]
        if tokens[head].pos in _NOUN_POS and not any(key[0] == root for key in restated):
            # not a restatement: the parser's apposition in a list ("four men, a woman and a boy")
            head_root = roots.get(head, _conj_root(ann, head))
            for noun, r in roots.items():
                if r == root:
                    roots[noun] = head_root
    return roots, restated


def _listed_breakdown(ann: Annotation, vocab: Vocabulary, made: list[tuple[Claim, int | None]],
                      phrase: dict[int, int], roots: dict[int, int]) -> dict[tuple[int, str], int]:
    """A total the parser coordinated with its own breakdown ("four bodies,
    two males and two females": "males" a conjunct of "bodies" with no "and"
    before it): where the total's noun is a general one
    (``breakdown_whole_nouns``), only a comma parts it from the next figure,
    and the later figures of the same category and role add up to its own,
    they are a coordination of their own, rooted at the first of them
    (``roots`` is changed in place), that restates the total, as an
    apposition would ("four men, a woman and a boy" is a list: "men" is no
    general noun). Returns {(first part's noun, category): the total's noun}."""
    tokens = ann.tokens
    restated: dict[tuple[int, str], int] = {}
    for whole, noun in made:
        if noun is None or phrase[noun] != roots[noun] or tokens[phrase[noun]].lemma.lower() not in vocab.breakdown_whole_nouns:
            continue
        root = roots[noun]
        parts = sorted(((c, n) for c, n in made if n is not None and n != noun and roots[n] == root
                        and c.category == whole.category), key=lambda cn: phrase[cn[1]])
        if len(parts) < 2:
            continue
        first = phrase[parts[0][1]]
        if tokens[first].dep != "conj" or tokens[first].head != root \
                or ann.text[tokens[root].end : parts[0][0].span[0]].strip() != ",":
            continue
        low = sum(c.value.low or 0 for c, _ in parts)
        high = None if any(c.value.high is None for c, _ in parts) else sum(c.value.high for c, _ in parts)
        role = whole.subject.role
        if (low, high) != (whole.value.low, whole.value.high) or (
                role != "unknown" and not {c.subject.role for c, _ in parts} <= {role, "unknown"}):
            continue
        for _, n in parts:
            roots[n] = first
        restated[(first, whole.category)] = noun
    return restated


def _phrase_head(ann: Annotation, claim: Claim, noun: int) -> int:
    """The head of the phrase a claim's counted noun is in: the figure in
    "dozens of men" (what "and a woman" is coordinated with), else the noun."""
    tokens = ann.tokens
    prep = tokens[noun].head
    if tokens[noun].dep == "pobj" and tokens[prep].lower == "of":
        figure = tokens[prep].head
        if claim.span[0] <= tokens[figure].idx < claim.span[1]:
            return figure
    return noun


def _conj_root(ann: Annotation, noun: int) -> int:
    """The first noun of the coordination ``noun`` is in ("a man and a woman": man)."""
    tokens = ann.tokens
    while tokens[noun].dep == "conj" and tokens[noun].head < noun and tokens[tokens[noun].head].pos in _NOUN_POS | {
            "NUM", "PRON"}:
        noun = tokens[noun].head
    return noun


def _coordination_kind(ann: Annotation, vocab: Vocabulary, nouns: list[int]) -> str:
    """What the coordinators of the nouns' coordination make of their figures
    (``*_conjunctions`` in the vocabulary): 'negative' where one says none of
    them ("neither a man nor a woman"), 'other' where one is not in the tables
    ("but not"), else 'alternative' where one offers a choice ("a man or a
    woman"), else 'additive' ("and", "plus", or a list of commas only)."""
    tokens = ann.tokens
    nodes: set[int] = set()
    for noun in nouns:
        nodes.add(noun)
        while tokens[noun].dep in ("conj", "appos") and tokens[noun].head < noun:
            noun = tokens[noun].head
            nodes.add(noun)
    kinds = set()
    for node in nodes:
        for c in ann.children[node]:
            if tokens[c].dep in ("cc", "preconj"):
                words = [t.lower for t in tokens[max(0, c - 2) : c + 1]]
                kinds.add(vocab.conjunction_kind(words) or "other")
    for kind in ("negative", "other", "alternative"):
        if kind in kinds:
            return kind
    return "additive"


def _sum_claims(ann: Annotation, parts: list[Claim], nouns: list[int], *, alternative: bool = False) -> Claim:
    """One claim for the figures of coordinated nouns: the sum of their
    intervals (lows add, an open low reading 0 unless all are open; highs add,
    an open high stays open), or for ``alternative`` figures ("a man or a
    woman") the interval that spans them (the smallest low, the largest high);
    its text from the first figure to the last noun."""
    first = parts[0]
    start, end = first.span[0], ann.tokens[max(nouns)].end
    lows = [p.value.low for p in parts]
    highs = [p.value.high for p in parts]
    if alternative:
        low = None if any(v is None for v in lows) else min(lows)
        high = None if any(v is None for v in highs) else max(highs)
    else:
        low = None if all(v is None for v in lows) else sum(v or 0 for v in lows)
        high = None if any(v is None for v in highs) else sum(highs)
    qualifiers = {p.value.qualifier for p in parts} - {None}
    value = first.value.model_copy(update={
        "text": ann.text[start:end],
        "low": low,
        "high": high,
        "qualifier": qualifiers.pop() if len(qualifiers) == 1 else None,
        "vague": any(p.value.vague for p in parts),
    })
    subject_start = ann.text.find(first.subject.text, first.span[1]) if first.subject.text else -1
    if not 0 <= subject_start < end:
        subject_start = ann.tokens[min(nouns)].idx
    subject = first.subject.model_copy(update={"text": ann.text[subject_start:end]})
    return first.model_copy(update={"span": (start, end), "value": value, "subject": subject})
