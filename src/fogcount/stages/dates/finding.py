"""Finding the time expressions of a document.

:func:`find_times` takes spaCy's DATE and TIME entities plus our patterns for
what the model misses (weekday phrases with "early" / "late", "overnight", "on
the 9th", day-month dates); neighbours are joined ("1:20 a.m." + "Wednesday").
Lengths of time ("for two days", "a 24-hour curfew") and ages ("a
12-year-old") are dropped. A date that hangs in the parse from a speech verb
or a statement noun ("said Thursday", "told Reuters on Tuesday", "in a
statement on Monday", "On Wednesday, X said") is a *statement time*; one that
hangs from a later act about a happening ("was sentenced Wednesday", "arrested
Friday", "a vigil on Sunday": :func:`_is_later_act`) is an *act time*. Either
is a day the happening was by, not its own.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ..annotate import Annotation
from .grammar import TimeRules, is_time, resolve_prefix, rules

_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
# Words that open an aside between commas: ", the spokesman ...,", ", who ...,".
_APPOSITION_TAGS = {"DT", "WDT", "WP", "WP$", "PRP$"}


@dataclasses.dataclass(frozen=True)
class TimeMention:
    """One time expression in a document."""

    start: int  # character offsets in the document
    end: int
    text: str
    sentence: int
    head: int  # token index of the expression's head word
    statement: bool = False  # the time something was said ("said Thursday"), not of an event
    speech: int | None = None  # token index of the speech verb or noun it hangs from
    act: int | None = None  # token index of the later act it hangs from ("sentenced Wednesday"): the happening was by then
    page: bool = False  # a page's stamp ("Posted: Tuesday, ..."): dates the page, not a happening
    clock: bool = False  # a clock time alone ("about 9:10 p.m."): an hour, but no day
    future: bool = False  # a time to come ("is scheduled for trial June 6"): :func:`_to_come`


def _entity_spans(ann: Annotation) -> list[tuple[int, int]]:
    return [(ann.tokens[i].idx, ann.tokens[j - 1].end) for i, j in ann.entity_runs(("DATE", "TIME"))]


def _pattern_spans(ann: Annotation, r: TimeRules) -> list[tuple[int, int]]:
    spans = []
    for name in ("weekday_phrase", "early_hours", "overnight", "month_date", "iso", "nth", "holiday"):
        spans += [(m.start(), m.end()) for m in r.patterns[name].finditer(ann.text)]
    return spans


_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:on|at|of|in)\s+)?", re.I)


def _sentence_of(ann: Annotation, start: int, end: int) -> int | None:
    first, last = ann.token_at(start), ann.token_at(end - 1)
    if first is None or last is None or ann.tokens[first].sent != ann.tokens[last].sent:
        return None
    return ann.tokens[first].sent


def _merge(ann: Annotation, spans: list[tuple[int, int]], r: TimeRules) -> list[tuple[int, int]]:
    """Overlapping spans joined; neighbours joined where the whole still reads as one time
    ("1:20 a.m." + "Wednesday", "Wednesday" + "night"); "since", "between" taken in."""
    text = ann.text
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            continue
        if merged and _GAP.fullmatch(text, merged[-1][1], start) and text[merged[-1][1]:start].count("\n") == 0:
            joined = (merged[-1][0], end)
            if is_time(text[joined[0]:joined[1]]):
                merged[-1] = joined
                continue
        merged.append((start, end))
    out: list[tuple[int, int]] = []
    for start, end in merged:
        before = re.search(r"(\w+)\s+$", text[max(0, start - 20):start])
        if before and before.group(1).lower() in r.since | r.open:
            candidate = start - len(before.group(0))
            if is_time(text[candidate:end]) or before.group(1).lower() in r.open:
                start = candidate
        if out and text[out[-1][0]:out[-1][1]].split(" ", 1)[0].lower() in r.open:
            gap = text[out[-1][1]:start]
            if r.patterns["close_gap"].fullmatch(gap) and is_time(text[out[-1][0]:end]):
                out[-1] = (out[-1][0], end)
                continue
        out.append((start, end))
    return [_drop_open_word(text, s, e, r) for s, e in out]


def _drop_open_word(text: str, start: int, end: int, r: TimeRules) -> tuple[int, int]:
    """'between Monday', 'from Tuesday' with no second date ("reports from Tuesday"):
    the lone opening word goes."""
    first, _, rest = text[start:end].partition(" ")
    if first.lower() in r.open and rest and not r.patterns["close_word"].search(rest):
        return start + len(first) + 1, end
    return start, end


def _is_age(text: str, start: int, end: int, r: TimeRules) -> bool:
    p = r.patterns
    return bool(p["age_after"].search(text[start:end]) or p["age_follow"].match(text, end)
                or p["age_before"].search(text[max(0, start - 12):start]))


def _not_a_holiday(text: str, start: int, end: int, r: TimeRules) -> bool:
    """Is the expression at ``start``..``end`` a name of ``[holidays]`` that
    names no day here: one of one word ("Christmas", "Thanksgiving") not right
    after a preposition of time ("a Christmas tree", "Thanksgiving dinner"),
    or any name right after a capitalised qualifier ("Orthodox Christmas Eve",
    "Israel's Memorial Day", "Canadian Thanksgiving": another country's or
    church's day, which the table, of United States dates, does not hold)."""
    words = " ".join(text[start:end].replace("’", "'").lower().split()).removeprefix("the ")
    words = re.sub(r"'s\b", "", words)
    name = next((n for n in sorted(r.holidays, key=len, reverse=True)
                 if words == n or words.startswith(n + " ")), None)
    if name is None:
        return False
    before = re.search(r"([\w.]+)(?:['’]s|s['’])?\s+(?:the\s+)?$", text[max(0, start - 30):start])
    word = before.group(1) if before else ""
    if word[:1].isupper() and not word.endswith(".") and word.lower() not in r.holiday_not_qualifiers and word.lower() not in r.weekdays:
        return True  # another country's or church's day
    return " " not in name and words == name and word.lower() not in r.holiday_prepositions


def _is_duration(text: str, start: int, end: int, r: TimeRules) -> bool:
    return r.patterns["duration"].fullmatch(" ".join(text[start:end].lower().split())) is not None


def _is_speech(ann: Annotation, i: int, r: TimeRules) -> bool:
    tok = ann.tokens[i]
    if tok.pos in ("VERB", "AUX") and tok.lemma in r.statement_verbs:
        return not any(ann.tokens[c].dep == "auxpass" for c in ann.children[i])
    return tok.pos == "NOUN" and tok.lemma in r.statement_nouns


def _is_later_act(ann: Annotation, i: int, r: TimeRules) -> bool:
    """Is token ``i`` an act done about a happening after it (``[later_acts]``
    of times.toml): a verb of one, passive or not ("was sentenced", "arrested",
    "identified"), a noun of one ("hearing", "vigil"), a verb whose subject or
    object is such a noun ("sentencing was delayed", "filed charges") or a verb
    done "in court" ("appeared in court")?"""
    tok = ann.tokens[i]
    if _is_act_verb(ann, i, r):
        return not _negated(ann, i)
    if tok.pos in ("NOUN", "PROPN"):
        return tok.lemma.lower() in r.act_nouns
    if tok.pos not in ("VERB", "AUX", "ADJ"):
        return False
    kids = [ann.tokens[c] for c in ann.children[i]]
    if any(k.dep in ("nsubj", "nsubjpass", "dobj") and k.pos == "NOUN" and k.lemma in r.act_nouns for k in kids):
        return True
    return any(ann.tokens[c].dep == "pobj" and ann.tokens[c].lemma in r.act_in_nouns
               for p in ann.children[i] if ann.tokens[p].dep == "prep" and ann.tokens[p].lower == "in"
               for c in ann.children[p])


def later_acts(ann: Annotation, sentences) -> list[int]:
    """The verbs of later acts (``[later_acts]`` verbs: "charged", "sentenced",
    "arrested"; not negated: "has not been identified") in the sentences, in
    text order: a report that tells a happening with one and gives it no day
    tells it after it happened."""
    r = rules()
    out = []
    for s in sorted(set(sentences)):
        if 0 <= s < len(ann.sentences):
            first, last = ann.sentences[s]
            out += [i for i in range(first, last) if _is_act_verb(ann, i, r) and not _negated(ann, i)]
    return out


def _is_act_verb(ann: Annotation, i: int, r: TimeRules) -> bool:
    """Is token ``i`` a verb of ``[later_acts]``, and for one of ``framed``
    ("charge") not in its sense of a rush: no preposition of motion after it
    (``motion_preps``: "riot police charged at protesters", "charged into the
    crowd"; "charged with murder", "charged in the death", a bare "was charged
    Monday" are charges)?"""
    tok = ann.tokens[i]
    if tok.pos != "VERB" or tok.lemma not in r.act_verbs:
        return False
    if tok.lemma not in r.act_framed:
        return True
    return not any(ann.tokens[p].dep in ("prep", "prt", "advmod") and ann.tokens[p].lower in r.act_motion_preps
                   for p in ann.children[i])


def _negated(ann: Annotation, i: int) -> bool:
    """Is the verb negated ("has not been identified", "did not name"): an act not done tells no follow-up."""
    return any(ann.tokens[c].dep == "neg" for c in ann.children[i])


def _act(ann: Annotation, first: int, last: int, r: TimeRules) -> int | None:
    """The later act (:func:`_is_later_act`) the expression hangs from, directly or through a preposition."""
    tokens = ann.tokens
    for root in (i for i in range(first, last + 1) if not first <= tokens[i].head <= last):
        gov = tokens[root].head
        candidates = [gov] + ([tokens[gov].head] if tokens[gov].dep == "prep" or tokens[gov].pos == "ADP" else [])
        for c in candidates:
            if _is_later_act(ann, c, r):
                return c
    return None


def _attachment(ann: Annotation, first: int, last: int, r: TimeRules) -> tuple[int, int | None]:
    """(the expression's head token, the speech verb or noun it hangs from, if any)."""
    tokens = ann.tokens
    roots = [i for i in range(first, last + 1) if not first <= tokens[i].head <= last or tokens[i].head == i]
    head = roots[0] if roots else first
    for root in roots:
        gov = tokens[root].head
        if gov == root:
            continue
        candidates = [gov]
        if tokens[gov].dep == "prep" or tokens[gov].pos == "ADP":
            candidates.append(tokens[gov].head)
        for c in candidates:
            if _is_speech(ann, c, r):
                return head, c
    return head, _fronted_speech(ann, first, last, r)


def _fronted_speech(ann: Annotation, first: int, last: int, r: TimeRules) -> int | None:
    """'On Wednesday, Jaafer Al-Husseini, the spokesman ..., said ...': a date that opens
    the sentence before a comma, whose first finite verb is a speech verb."""
    tokens = ann.tokens
    sent_start, sent_end = ann.sentences[tokens[first].sent]
    if any(tokens[i].pos not in ("ADP", "PUNCT", "SPACE") for i in range(sent_start, first)):
        return None
    after = last + 1
    while after < sent_end and not tokens[after].text.strip():
        after += 1
    if after >= sent_end or tokens[after].text != ",":
        return None
    i = after + 1
    while i < sent_end:
        tok = tokens[i]
        if tok.text == "," and i + 1 < sent_end and tokens[i + 1].tag in _APPOSITION_TAGS:
            # ", the spokesman for a militia called X," / ", who ...": an aside about the speaker
            close = next((j for j in range(i + 1, sent_end) if tokens[j].text == ","), None)
            if close is not None:
                i = close + 1
                continue
        if tok.tag in _FINITE_TAGS or (tok.dep == "ROOT" and tok.pos == "VERB"):
            return i if _is_speech(ann, i, r) else None
        i += 1
    return None


def _to_come(ann: Annotation, first: int, last: int, r: TimeRules) -> bool:
    """Is the time of tokens ``first``..``last`` one to come: is the first verb
    (or adjective of ``[future]``) above it in the parse one of scheduling
    ("is scheduled for trial June 6", "expected to be sentenced Monday",
    "due in court Friday") or one with an auxiliary of the future ("will
    appear in court Friday")? Nouns and prepositions between are passed
    ("scheduled for a hearing on June 6"); an infinitive is read with the verb
    it completes ("expected to be sentenced"). Not a time that names a noun's
    day ("will never forget Monday's attack"), nor one after a preposition of
    sequence ("will appear in court after his arrest Monday": the arrest's
    day), nor "due to" a cause ("closed due to fighting Monday"); a
    scheduling word that qualifies a noun whose clause is past tells a
    happening ("a rally scheduled for Monday turned violent")."""
    tokens = ann.tokens
    node = next((i for i in range(first, last + 1) if not first <= tokens[i].head <= last), first)
    if tokens[node].dep == "poss":
        return False  # "Monday's attack": the time of a thing named
    for _ in range(8):
        head = tokens[node].head
        if head == node:
            return False
        below, node = node, head
        tok = tokens[node]
        if tok.pos == "ADP" and tok.lower in r.future_sequence:
            return False  # "after his arrest Monday": the time of what came before
        if tok.lemma in r.future_adjectives and tok.pos in ("ADJ", "ADP"):
            return not any(tokens[c].lower == "to" and tokens[c].pos == "ADP" for c in ann.children[node] + [below])
        if tok.pos not in ("VERB", "AUX"):
            continue
        if tok.lemma in r.future_verbs:
            return not (tok.dep in ("acl", "amod") and _past_clause(ann, tokens[node].head, r))
        if any(tokens[c].dep == "aux" and tokens[c].lower in r.future_auxiliaries for c in ann.children[node]):
            return True
        if tok.dep != "xcomp":
            return False
    return False


def _past_clause(ann: Annotation, noun: int, r: TimeRules) -> bool:
    """Is the clause of the noun at ``noun`` past ("a rally scheduled for
    Monday turned violent"): its verb in the past tense, or with a past
    auxiliary ("was"), and neither of scheduling nor with one of the future?"""
    tokens = ann.tokens
    node = noun
    for _ in range(6):
        tok = tokens[node]
        if tok.pos in ("VERB", "AUX") and tok.dep not in ("amod",):
            if tok.lemma in r.future_verbs:
                return False
            auxes = [tokens[c] for c in ann.children[node] if tokens[c].dep in ("aux", "auxpass")]
            if any(a.lower in r.future_auxiliaries for a in auxes):
                return False
            return tok.tag == "VBD" or any(a.tag == "VBD" for a in auxes)
        if tok.head == node:
            return False
        node = tok.head
    return False


def _stamp(ann: Annotation, first: int, r: TimeRules) -> bool:
    """Is the time at token ``first`` a page's stamp: right after a word of
    ``[stamps]`` ("Posted: Tuesday, ...", "Updated on March 4"), with only
    punctuation or a word of ``between`` in the way?"""
    k = first - 1
    while k >= 0 and (ann.tokens[k].pos == "PUNCT" or ann.tokens[k].lower in r.stamp_between):
        k -= 1
    return k >= 0 and ann.tokens[k].lower in r.stamp_words


# Two reference days of other weekdays, months and years: a time that reads as each of them itself
# names no day of its own.
_REFERENCES = (dt.date(2001, 1, 10), dt.date(2002, 6, 20))


def clock_alone(text: str) -> bool:
    """Does the time expression name an hour and no day ("about 9:10 p.m.",
    "shortly after 4 p.m.")? Read against two reference days of other weekdays
    and months, it
    gives each of them itself at the precision of an hour."""
    for day in _REFERENCES:
        ref = resolve_prefix(text, day)
        if ref.precision != "hour" or (ref.start, ref.end) != (day, day):
            return False
    return True


def find_times(ann: Annotation) -> list[TimeMention]:
    """Every time expression in the document, in text order: spaCy's DATE and
    TIME entities and our own patterns, joined; durations and ages dropped.
    Each says whether it is a page's stamp (:func:`_stamp`) or a clock time
    alone (:func:`clock_alone`): neither dates a happening."""
    r = rules()
    text = ann.text
    mentions: list[TimeMention] = []
    for start, end in _merge(ann, _entity_spans(ann) + _pattern_spans(ann, r), r):
        while end > start and text[end - 1] in " \t\n,;:":
            end -= 1
        sent = _sentence_of(ann, start, end) if end > start else None
        if sent is None or _is_age(text, start, end, r) or _is_duration(text, start, end, r):
            continue
        if not is_time(text[start:end]) or _not_a_holiday(text, start, end, r):
            continue
        first, last = ann.token_at(start), ann.token_at(end - 1)
        head, speech = _attachment(ann, first, last, r)
        mentions.append(TimeMention(start=start, end=end, text=text[start:end], sentence=sent, head=head,
                                    statement=speech is not None, speech=speech,
                                    act=None if speech is not None else _act(ann, first, last, r),
                                    page=_stamp(ann, first, r), future=_to_come(ann, first, last, r),
                                    clock=clock_alone(text[start:end])))
    return mentions
