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

import dataclasses
import re

from ..models import Claim, Cue, SkippedNumber, Subject, Value
from ..quantities import NUMBER_RE, Quantity, increment, read_quantity, table
from ..vocabulary import Vocabulary, vocabulary
from .annotate import Annotation, Token

NAME = "claims"
VERSION = "1"

_NOUN_POS = {"NOUN", "PROPN"}
_VERB_POS = {"VERB", "AUX"}
# Dependencies by which a figure modifies the noun it counts.
_MODIFIER_DEPS = {"nummod", "amod", "quantmod", "det", "compound", "nmod", "npadvmod"}
# Verbs that carry no outcome themselves but may govern one: "were reported
# killed", "left 12 dead", "the dead included 12 children".
_LIGHT_VERBS = {
    "be", "report", "confirm", "fear", "believe", "leave", "remain", "include", "number", "say", "estimate",
    "put", "find", "count", "list", "rise", "climb", "reach", "stand", "increase", "jump", "bring", "hit", "total",
    "put", "go", "become", "get", "have", "appear", "seem",
}
_PASSIVE_CLAUSE_DEPS = {"xcomp", "oprd", "acomp", "ccomp", "advcl", "conj"}
_QUOTES = {'"', "“", "”", "'", "‘", "’", "``", "''"}
_DIGIT = re.compile(r"\d")
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
    "million billion dozen".split()
)
_ENT_REASONS = {"DATE": "date", "TIME": "clock time", "MONEY": "money", "PERCENT": "percentage",
                "QUANTITY": "measure", "ORDINAL": "ordinal"}
_SUBJECT_LIMIT = 8
# "the toll rose to 45", "bringing the death toll to 41": a running total.
_RUNNING_TOTAL_VERBS = {"rise", "climb", "reach", "bring", "increase", "jump", "stand", "total", "hit", "mount", "soar"}  # tokens between a figure and its noun


@dataclasses.dataclass
class _Candidate:
    quantity: Quantity
    anchor: int  # token index of the figure's head word
    zero: str | None = None  # "no", "any", "nobody"... for zero figures


@dataclasses.dataclass
class _Reading:
    unit: str
    outcome: str
    cue: Cue | None
    negated: bool


def extract_claims(ann: Annotation) -> tuple[list[Claim], list[SkippedNumber]]:
    """All claims of one annotated document, in text order, and the numbers skipped."""
    vocab = vocabulary()
    claims: list[Claim] = []
    skipped: list[SkippedNumber] = []
    for cand in _candidates(ann, vocab):
        made, reason = _claims_for(ann, vocab, cand)
        if made:
            for claim in made:
                claim.id = f"c{len(claims) + 1}"
                claims.append(claim)
        elif reason:
            q = cand.quantity
            skipped.append(SkippedNumber(text=q.text, span=(q.start, q.end), reason=reason))
    return claims, skipped


# ---------------------------------------------------------------- finding figures


def _is_number_start(tokens: list[Token], i: int) -> bool:
    tok = tokens[i]
    if _DIGIT.match(tok.text):
        return True
    if tok.lower in _NUMBER_WORDS:
        return True
    if tok.lower in ("a", "half") and i + 1 < len(tokens):
        return tokens[i + 1].lower in ("dozen", "hundred", "thousand", "million", "a")
    return False


def _anchor(ann: Annotation, start: int, end: int) -> int | None:
    """The last token inside [start, end) that is not punctuation or a quote."""
    first = ann.token_at(start)
    if first is None:
        return None
    best = None
    i = first
    tokens = ann.tokens
    while i < len(tokens) and tokens[i].idx < end:
        if tokens[i].text not in _QUOTES and tokens[i].pos != "PUNCT":
            best = i
        i += 1
    return best


def _candidates(ann: Annotation, vocab: Vocabulary) -> list[_Candidate]:
    tokens, text = ann.tokens, ann.text
    tbl = table()
    found: list[_Candidate] = []
    covered: list[tuple[int, int]] = []
    # Pass 1: written numbers. They win over vague words ("as many as 2,000").
    until = -1
    for i, tok in enumerate(tokens):
        if tok.idx < until or not _is_number_start(tokens, i):
            continue
        q = read_quantity(text, tok.idx)
        if q is None:
            continue
        anchor = _anchor(ann, q.core_start, q.core_end)
        if anchor is None:
            continue
        found.append(_Candidate(q, anchor))
        covered.append((q.start, q.end))
        until = q.end
    # Pass 2: vague quantities and zeros outside the numbers.
    covered.sort()
    until = -1

    def inside(pos: int) -> bool:
        return any(a <= pos < b for a, b in covered)

    for i, tok in enumerate(tokens):
        if tok.idx < until or inside(tok.idx):
            continue
        low = tok.lower
        if low in tbl.vague_first_words:
            q = read_quantity(text, tok.idx)
            if q is not None and not inside(q.core_end - 1):
                anchor = _anchor(ann, q.core_start, q.core_end)
                if anchor is not None:
                    found.append(_Candidate(q, anchor))
                    until = q.end
                    continue
        zero = _zero_word(tokens, i, vocab)
        if zero:
            end = tokens[i + len(zero.split()) - 1].end
            q = Quantity(start=tok.idx, end=end, text=text[tok.idx:end], low=0, high=0, qualifier=None,
                         vague=False, numeric=False, core_start=tok.idx, core_end=end)
            found.append(_Candidate(q, i + len(zero.split()) - 1, zero=zero))
            until = end
    found.sort(key=lambda c: c.quantity.start)
    return found


def _zero_word(tokens: list[Token], i: int, vocab: Vocabulary) -> str | None:
    for size in (3, 2, 1):
        if i + size > len(tokens):
            continue
        words = " ".join(t.lower for t in tokens[i : i + size])
        if words in vocab.zero_words or words in vocab.negative_polarity:
            return words
    return None


# ---------------------------------------------------------------- reading a figure


def _noncount_reason(ann: Annotation, vocab: Vocabulary, cand: _Candidate) -> str | None:
    q = cand.quantity
    if not q.numeric:
        return None
    text = ann.text
    number = text[q.core_start : q.core_end]
    first = NUMBER_RE.match(number)
    reason = vocab.noncount_reason(
        first.group(0) if first else number, text[max(0, q.core_start - 40) : q.core_start], text[q.core_end : q.core_end + 40]
    )
    return reason


def _entity_reason(ann: Annotation, cand: _Candidate) -> str | None:
    """spaCy's reading of a figure with no counted noun: a date, a time, money..."""
    if not cand.quantity.numeric:
        return None
    return _ENT_REASONS.get(ann.tokens[cand.anchor].ent)


def _counted_noun(ann: Annotation, cand: _Candidate) -> tuple[int | None, int]:
    """(the counted noun, the head of the figure's noun phrase)."""
    tokens = ann.tokens
    anchor = tokens[cand.anchor]
    head = tokens[anchor.head]
    if (
        anchor.dep in _MODIFIER_DEPS
        and head.i > anchor.i
        and head.i - anchor.i <= _SUBJECT_LIMIT
        and head.pos in _NOUN_POS | {"PRON"}
    ):
        return head.i, head.i
    # "tens of Daesh terrorists", "one of the soldiers", "none of the residents"
    j = anchor.i + 1
    while j < len(tokens) and tokens[j].text in _QUOTES:
        j += 1
    if j < len(tokens) and tokens[j].lower == "of":
        objects = [c for c in ann.children[j] if tokens[c].dep == "pobj" and tokens[c].pos in _NOUN_POS | {"ADJ", "VERB"}]
        if objects:
            return max(objects), anchor.i
    # The parser sometimes hangs the noun under the figure: "12 people" with people as head of nothing.
    for c in ann.children[anchor.i]:
        if tokens[c].i > anchor.i and tokens[c].pos in _NOUN_POS and tokens[c].dep in ("dobj", "appos", "npadvmod"):
            return c, anchor.i
    return None, anchor.i


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


def _verb_keys(ann: Annotation, verb: int) -> list[str]:
    """'take prisoner', 'shoot down', 'burn out', then the lemma alone."""
    tokens = ann.tokens
    tok = tokens[verb]
    keys = []
    for c in ann.children[verb]:
        child = tokens[c]
        if child.dep in ("prt", "acomp", "oprd", "dobj", "advmod", "attr", "npadvmod", "xcomp", "dative"):
            keys.append(f"{tok.lemma} {child.lower}")
            keys.append(f"{tok.lemma} {child.lemma}")
    keys.append(tok.lemma)
    return keys


def _negated(ann: Annotation, verb: int | None, vocab: Vocabulary) -> bool:
    """A negator on the verb, or on the verb that governs it ("did not kill", "denied killing")."""
    tokens = ann.tokens
    hops = 0
    while verb is not None and hops < 2:
        for c in ann.children[verb]:
            if tokens[c].dep == "neg" or tokens[c].lower in ("without",):
                return True
        if tokens[verb].lemma in vocab.negators:
            return True
        if tokens[verb].dep in ("xcomp", "ccomp", "advcl", "pcomp") and tokens[verb].head != verb:
            verb = tokens[verb].head
            hops += 1
        else:
            break
    return False


def _cue(tok: Token, rule: str) -> Cue:
    return Cue(text=tok.text, span=(tok.idx, tok.end), rule=rule)


def _outcome(ann: Annotation, vocab: Vocabulary, noun: int | None, np_head: int, units: list[str]):
    """(unit, outcome, cue, governing verb) from the words around the figure, or None."""
    tokens = ann.tokens
    # a. Modifiers of the counted noun: "wounded soldiers", "40 vehicles destroyed",
    #    "fighters who were killed", "fighters fleeing the city".
    heads = [h for h in dict.fromkeys([noun, np_head]) if h is not None]
    for h in heads:
        for c in ann.children[h]:
            child = tokens[c]
            if child.dep == "amod" or (child.dep in ("acl", "relcl", "advcl") and child.tag == "VBN"):
                found = vocab.adjective_outcome(child.lower, units) or (
                    vocab.verb_outcome(_verb_keys(ann, c), units, as_subject=False) if child.pos == "VERB" else None
                )
                if found:
                    return found[0], found[1], _cue(child, f"modifier:{child.lower}"), c
            elif child.dep in ("acl", "relcl") and child.pos == "VERB":
                kids = {tokens[k].dep for k in ann.children[c]}
                as_subject = "nsubjpass" not in kids and (child.dep == "acl" or "nsubj" in kids)
                found = vocab.verb_outcome(_verb_keys(ann, c), units, as_subject=as_subject)
                if found:
                    return found[0], found[1], _cue(child, f"verb:{found[2]}"), c
        # "12 killed", "five dead": a participle or adjective right after the figure.
        nxt = h + 1
        if nxt < len(tokens) and tokens[nxt].head == h and tokens[nxt].tag in ("VBN", "JJ"):
            found = vocab.adjective_outcome(tokens[nxt].lower, units)
            if found:
                return found[0], found[1], _cue(tokens[nxt], f"modifier:{tokens[nxt].lower}"), nxt

    # b. Up the tree: the verb or noun the phrase attaches to.
    node = np_head
    for _ in range(4):
        if tokens[node].dep in ("conj", "appos") and tokens[tokens[node].head].pos in _NOUN_POS | {"NUM"}:
            node = tokens[node].head
        else:
            break
    rel, gov = tokens[node].dep, tokens[node].head
    if gov == node:
        return None
    gov_tok = tokens[gov]
    if rel == "pobj":
        prep, owner = gov_tok, tokens[gov_tok.head]
        if prep.dep == "agent":
            return None
        if owner.pos in _NOUN_POS:
            for key in _noun_keys(ann, owner.i):
                found = vocab.noun_outcome(key, units)
                if found:
                    return found[0], found[1], _cue(owner, f"noun:{key}"), owner.i
            return None
        if owner.pos in _VERB_POS and prep.lower in ("to", "at", "of"):
            return _toll(ann, vocab, owner.i, units)
        return None
    if gov_tok.pos not in _VERB_POS:
        return None
    as_subject = rel in ("nsubj", "csubj", "expl") and not _reduced_passive(ann, gov)
    if rel in ("dobj", "nsubjpass", "nsubj", "attr", "oprd", "dative", "conj", "npadvmod", "csubj"):
        found = vocab.verb_outcome(_verb_keys(ann, gov), units, as_subject=as_subject)
        if found:
            return found[0], found[1], _cue(gov_tok, f"verb:{found[2]}"), gov
        if gov_tok.lemma in _LIGHT_VERBS:
            for c in ann.children[gov]:
                child = tokens[c]
                if child.dep not in _PASSIVE_CLAUSE_DEPS:
                    continue
                found = vocab.adjective_outcome(child.lower, units)
                if not found and child.pos == "VERB" and child.tag == "VBN":
                    keys = _verb_keys(ann, c)
                    found = vocab.verb_outcome(keys, units, as_subject=False)
                    found = found[:2] if found else None
                if found:
                    return found[0], found[1], _cue(child, f"modifier:{child.lower}"), c
            return _toll(ann, vocab, gov, units)
    return None


def _reduced_passive(ann: Annotation, verb: int) -> bool:
    """'Dozens killed as fighting spreads', '... and more than 50 wounded': a bare
    participle whose subject is what it happened to (headline and gapping style)."""
    tokens = ann.tokens
    if tokens[verb].tag not in ("VBN", "VBD"):
        return False
    return not any(
        tokens[c].dep in ("dobj", "aux", "auxpass", "ccomp", "attr", "dative", "xcomp", "acomp", "oprd")
        for c in ann.children[verb]
    )


def _toll(ann: Annotation, vocab: Vocabulary, verb: int, units: list[str]):
    """'the death toll rose to 45', 'the dead included 12 children': the outcome
    is named by the verb's subject or object."""
    tokens = ann.tokens
    for c in ann.children[verb]:
        if tokens[c].dep in ("nsubj", "nsubjpass", "dobj") and tokens[c].pos in _NOUN_POS | {"ADJ"}:
            for key in _noun_keys(ann, c):
                found = vocab.noun_outcome(key, units)
                if found:
                    return found[0], found[1], _cue(tokens[c], f"noun:{key}"), verb
    return None


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
        if hops > 0 and vocab.hedge_of(tok.lemma) in ("claimed", "reportedly"):
            return vocab.hedge_of(tok.lemma)
        if tok.head == node:
            break
        node, hops = tok.head, hops + 1
    return None


def _subject(ann: Annotation, vocab: Vocabulary, cand: _Candidate, noun: int | None) -> Subject:
    tokens, text = ann.tokens, ann.text
    if noun is None:
        if cand.zero in vocab.people_pronouns:
            return Subject(text=None, role="unknown")
        return Subject(text=None, role="unknown")
    # From the first word after the figure to the noun, plus coordinated nouns ("women or children").
    first = ann.token_after(cand.quantity.end)
    if first is None or first > noun:
        first = noun
    while first < noun and (tokens[first].lower in ("of", "the") or tokens[first].text in _QUOTES
                            or not tokens[first].text.strip() or tokens[first].pos == "PUNCT"):
        first += 1
    last = noun
    for c in ann.children[noun]:
        if tokens[c].dep == "conj" and tokens[c].pos in _NOUN_POS and c - last <= 3:
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
    role = role or vocab.role_of(tokens[noun].lemma) or vocab.role_of(tokens[noun].lower)
    if role is None and actor is not None:
        role = actor.role
    return Subject(text=subject_text, actor=actor.name if actor else None, role=role or "unknown")


def _claims_for(ann: Annotation, vocab: Vocabulary, cand: _Candidate) -> tuple[list[Claim], str | None]:
    """The claims one figure makes (none, one, or one per outcome of a zero), or the reason for none."""
    reason = _noncount_reason(ann, vocab, cand)
    if reason:
        return [], reason
    tokens = ann.tokens
    noun, np_head = _counted_noun(ann, cand)
    if noun is not None:
        units: list[str] = []
        for key in _noun_keys(ann, noun):
            units = vocab.units_of(key)
            if units:
                break
        if not units:
            if tokens[noun].pos == "PRON" and cand.zero:
                units = ["people"]
            else:
                return [], f"not a counted thing: {tokens[noun].lower}"
    elif _entity_reason(ann, cand):
        return [], _entity_reason(ann, cand)
    elif cand.zero and cand.zero in vocab.people_pronouns:
        units = ["people"]
    elif cand.zero:
        return [], None  # "no" with nothing counted after it: not a figure
    else:
        units = ["people"]  # a bare figure counts people only when an outcome says so

    found = _outcome(ann, vocab, noun, np_head, units)
    cue = None
    if found:
        unit, outcome, cue, verb = found
    else:
        verb = None
        outcome = None
        if noun is not None:
            for key in _noun_keys(ann, noun):
                implied = vocab.noun_outcome(key, units)
                if implied:
                    unit, outcome = implied
                    cue = _cue(tokens[noun], f"noun:{key}")
                    break
            if outcome is None:
                unit = units[0]
                outcome = next((vocab.default_outcome[u] for u in units if vocab.default_outcome[u]), None)
                unit = next((u for u in units if vocab.default_outcome[u]), unit)
        if outcome is None:
            what = tokens[noun].lower if noun is not None else "a bare number"
            return [], f"no outcome for {what}"
    if noun is None and not found:
        return [], "no outcome for a bare number"
    if noun is None and cand.quantity.numeric and tokens[np_head].dep in ("pobj",) and not found:
        return [], "no outcome for a bare number"

    gov = verb if verb is not None else (tokens[np_head].head if tokens[np_head].head != np_head else None)
    negated = _negated(ann, gov, vocab)
    q = cand.quantity
    low, high = q.low, q.high
    if cand.zero:
        if cand.zero in vocab.negative_polarity and not negated:
            return [], f"'{cand.zero}' without a negation"
        negated, low, high = True, 0, 0
    incremental, cumulative = increment(ann.text, q.start, q.end)
    if cue is not None and cue.rule.startswith("noun:") and verb is not None and tokens[verb].lemma in _RUNNING_TOTAL_VERBS:
        cumulative = not incremental
    sentence, _, _ = ann.sentence_text(tokens[cand.anchor].sent)
    subject = _subject(ann, vocab, cand, noun)
    hedge = _hedge(ann, vocab, noun, gov)
    outcomes = [outcome]
    if cand.zero and vocab.outcomes[outcome].zero_means:
        outcomes = list(vocab.outcomes[outcome].zero_means)
    claims = [
        Claim(
            id="",
            sentence=sentence.strip(),
            span=(q.start, q.end),
            category=f"{unit}.{name}",
            value=Value(text=q.text, low=low, high=high, qualifier=q.qualifier, vague=q.vague,
                        incremental=incremental, cumulative=cumulative),
            subject=subject,
            negated=negated,
            hedge=hedge,
            cue=cue,
        )
        for name in outcomes
    ]
    return claims, None
