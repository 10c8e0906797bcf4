"""Giving each claim the time of its event.

:func:`assign_times` gives each claim the first of these that applies:

1. an event time in the claim's sentence, the one nearest in the parse to the
   figure (so the one attached to its verb), hour precision kept;
2. the event time carried from the sentences before it in the same account:
   the same paragraph, or the same speaker (``claim.source``), within the
   reaches in ``times.toml``; a carried clock time becomes a day;
3. a statement time of its sentence, then one carried the same way. This is
   an upper bound (the event happened by then), so it is given at day
   precision and its ``text`` always names the speech verb as written ("said
   Thursday", "told Reuters on Tuesday", "Wednesday … said"): a reader can
   tell it from an event time, whose text never holds the speech verb;
4. the document's main event date: the day most of its event times name,
   when at least two do and no other day as many (an article about one
   engagement dates its figures that way, as ACLED and UCDP coders do);
5. otherwise ``time`` stays null.

So in the Fallujah sample "more than 200 ... captured" (its only time is
"said Thursday") gets 2016-06-30 with the text "said Thursday"; "At least 250
... killed in the engagement" (no time in its paragraph or from its source)
gets the main date, Wednesday 2016-06-29.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from ...models import Claim, TimeRef
from ..annotate import Annotation
from .finding import TimeMention, find_times
from .grammar import TimeRules, _normal, resolve, resolve_prefix, rules


def _resolve_mentions(mentions: list[TimeMention], published: dt.date | None) -> list[TimeRef]:
    """Each mention read in text order: "two days earlier" counts from the date
    mentioned before it; "overnight" from the event day of its own sentence."""
    r = rules()
    refs: list[TimeRef | None] = [None] * len(mentions)
    previous: TimeRef | None = None
    overnight: list[int] = []
    for k, m in enumerate(mentions):
        if any(w in r.overnight for w in _normal(m.text).split()):
            overnight.append(k)
            continue
        refs[k] = resolve_prefix(m.text, published, previous)
        if refs[k].start is not None and not m.page:  # "Updated: Friday" is no anchor for "Tuesday"
            previous = refs[k]
    for k in overnight:
        same = next((refs[j] for j, m in enumerate(mentions) if m.sentence == mentions[k].sentence
                     and refs[j] is not None and refs[j].start is not None and not m.statement), None)
        refs[k] = resolve(mentions[k].text, published, anchor=same)
    return refs


def _distance(ann: Annotation, a: int, b: int, limit: int = 60) -> int:
    """Steps between two tokens in the parse tree."""
    tokens = ann.tokens
    up: dict[int, int] = {}
    node = a
    for steps in range(limit):
        up[node] = steps
        if tokens[node].head == node:
            break
        node = tokens[node].head
    node = b
    for steps in range(limit):
        if node in up:
            return steps + up[node]
        if tokens[node].head == node:
            break
        node = tokens[node].head
    return 2 * limit


def _speaks_in(ann: Annotation, sent: int, speaker: str, r: TimeRules) -> bool:
    """Whether a sentence with no claim is the same speaker's: it names them (the last
    word of their name, "Hamdan" for "Gen. Ali Hamdan") and has a speech verb."""
    words = re.findall(r"[A-Za-z][\w'-]+", speaker)
    if not words:
        return False
    name = words[-1]
    start, end = ann.sentences[sent]
    tokens = ann.tokens[start:end]
    return any(t.text == name for t in tokens) and any(
        (t.pos == "VERB" and t.lemma in r.statement_verbs) or t.lower == "according" for t in tokens)


def _as_day(ref: TimeRef) -> TimeRef:
    if ref.precision == "hour":
        return ref.model_copy(update={"precision": "day"})
    return ref


def _statement_ref(ann: Annotation, m: TimeMention, ref: TimeRef) -> TimeRef:
    """A statement time, at day precision, its text naming the speech verb as written."""
    verb = ann.tokens[m.speech]
    first = ann.token_at(m.start)
    if abs(m.speech - first) <= 8:
        start, end = min(verb.idx, m.start), max(verb.end, m.end)
        text = " ".join(ann.text[start:end].split())
    elif verb.idx < m.start:
        text = f"{verb.text} … {m.text}"
    else:
        text = f"{m.text} … {verb.text}"
    return _as_day(ref).model_copy(update={"text": text})


def _main_date(mentions: list[TimeMention], refs: list[TimeRef], r: TimeRules) -> TimeRef | None:
    """The day most event times of the document name, if one clearly leads."""
    days = Counter()
    first_text: dict[dt.date, str] = {}
    for m, ref in zip(mentions, refs):
        if m.statement or m.page or m.clock or m.future or ref.start is None or ref.start != ref.end or ref.precision not in ("hour", "day"):
            continue
        days[ref.start] += 1
        first_text.setdefault(ref.start, m.text)
    ranked = days.most_common(2)
    if not ranked or ranked[0][1] < r.main_date_mentions or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    day = ranked[0][0]
    return TimeRef(text=first_text[day], start=day, end=day, precision="day")


def assign_times(ann: Annotation, claims: list[Claim], published: dt.date | None,
                 mentions: list[TimeMention] | None = None) -> list[Claim]:
    """Fill ``time`` on every claim the text dates (see the module docstring for
    the order); ``mentions`` are the document's time expressions where already found."""
    if not claims:
        return claims
    r = rules()
    mentions = find_times(ann) if mentions is None else mentions
    refs = _resolve_mentions(mentions, published)
    events: dict[int, list[int]] = {}
    statements: dict[int, list[int]] = {}
    for k, m in enumerate(mentions):
        if published is not None and refs[k].start is None:
            continue  # what could not be read even against the publication date dates nothing
        if m.page or m.clock or m.future:
            continue  # a page's stamp dates the page; a clock time alone names no day; nor does one to come
        (statements if m.statement else events).setdefault(m.sentence, []).append(k)
    paragraph = ann.paragraphs
    speakers: dict[int, set[str]] = {}
    for claim in claims:
        tok = ann.token_at(claim.span[0])
        if tok is not None and claim.source is not None:
            speakers.setdefault(ann.tokens[tok].sent, set()).add(claim.source.speaker)
    main = _main_date(mentions, refs, r)

    def nearest(sent: int, pool: dict[int, list[int]], figure: int, char: int) -> int | None:
        found = pool.get(sent)
        if not found:
            return None
        return min(found, key=lambda k: (
            min(_distance(ann, figure, t) for t in range(ann.token_at(mentions[k].start),
                                                         ann.token_at(mentions[k].end - 1) + 1)),
            abs(mentions[k].start - char)))

    def same_source(before: int, speaker: str | None) -> bool:
        if speaker is None:
            return False
        return speaker in speakers.get(before, ()) or _speaks_in(ann, before, speaker, r)

    def carried(sent: int, speaker: str | None, pool: dict[int, list[int]]) -> int | None:
        reach = max(r.paragraph_reach, r.source_reach)
        for before in range(sent - 1, max(-1, sent - reach - 1), -1):
            if not pool.get(before):
                continue
            if (paragraph[before] == paragraph[sent] and sent - before <= r.paragraph_reach) or (
                    sent - before <= r.source_reach and same_source(before, speaker)):
                return pool[before][-1]
        return None

    for claim in claims:
        figure = ann.token_at(max(claim.span[0], claim.span[1] - 1))
        if figure is None:
            figure = ann.token_at(claim.span[0])
        if figure is None:
            continue
        sent = ann.tokens[figure].sent
        speaker = claim.source.speaker if claim.source is not None else None
        k = nearest(sent, events, figure, claim.span[0])
        if k is not None:
            claim.time = refs[k]
            continue
        k = carried(sent, speaker, events)
        if k is not None:
            claim.time = _as_day(refs[k])
            continue
        k = nearest(sent, statements, figure, claim.span[0])
        if k is None:
            k = carried(sent, speaker, statements)
        if k is not None:
            claim.time = _statement_ref(ann, mentions[k], refs[k])
            continue
        if main is not None:
            claim.time = main
    return claims
