"""Giving each figure its place, and the document's place.

A claim takes the place named in its own clause or sentence (not one
inside its source's description, "the Khalidiya district council"); else the
place carried from the sentences before it in the same paragraph; else the
document's main place (a dateline such as "HAJIN, Syria —", or the place
named most often; among those named equally often, the one the structure
makes the event's: :func:`event_mention`), with precision no finer than 2.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ...models import Claim, PlaceRef
from ..annotate import Annotation
from .finding import _datelines
from .mention import Mention, rules

# How many sentences back a figure looks for its place in the same paragraph.
PLACE_REACH = 3


# "HAJIN, Syria —" at the start of a paragraph near the top.
_DATELINE_RE = re.compile(r"(?m)^\s*([A-Z][A-Z'’ .-]{2,40}),\s+[A-Z]")


def main_place(ann: Annotation, places: list[PlaceRef], order: list[PlaceRef] = ()) -> PlaceRef | None:
    """The document's place: its dateline's ("HAJIN, Syria —", "MANSFIELD —"),
    else the resolved town-level place it names most often (not one that only
    describes a thing: "the US dollar"); among places named equally often, the
    first in ``order``, the places ranked as where the text's event happened
    (:func:`event_order`, which ranks each mention once), else the first named."""
    resolved = [p for p in places if p.lat is not None and p.span and not p.modifies]
    # where the hurt were taken ("rushed to X General Hospital") only where the text names no other place
    resolved = [p for p in resolved if not care_place(ann, p.span)] or resolved
    if not resolved:
        return None
    comma_dateline = _DATELINE_RE.search(ann.text[:800])
    lines = [(m.start("name"), m.group("name").strip()) for m, _, _ in _datelines(ann)]
    if comma_dateline:
        lines.append((comma_dateline.start(1), comma_dateline.group(1).strip()))
    for start, name in lines:
        for p in resolved:
            if p.span[0] <= start < p.span[1] or p.text.upper() == name:
                return p
    counts: dict[str, list[PlaceRef]] = {}
    for p in resolved:
        if (p.precision or 3) <= 2:
            counts.setdefault(p.gazetteer_id or p.name or p.text, []).append(p)
    if not counts:
        return None
    position: dict[int, int] = {}
    for i, p in enumerate(order):
        position.setdefault(id(p), i)

    def rank(p: PlaceRef) -> tuple:
        return position.get(id(p), len(position)), p.span[0]  # not ranked: last, then by order

    return min(counts.values(), key=lambda ps: (-len(ps), min(rank(p) for p in ps)))[0]


def event_mention(ann: Annotation, mentions: list[Mention]) -> Mention | None:
    """The mention of the place where the text's (first) event happened, told by
    the structure around each resolved place (:func:`_event_rank`): a
    town-level place before a region, a region before a whole country
    ("southern Syria ... clashes in Dar'a province"); where the act happened
    before where its actors came from, and the divisions the text puts that in
    ("fighters from X village, in Y district, shelled Z": Z); one the text places in
    its divisions ("Hays (Hays, Al Hudaydah)", "Ashulia town (Savar, Dhaka)":
    the way coders and reporters mark the place of the event) before one it
    names bare; a place named for itself before one whose name describes a
    thing ("Geo office", "the Subaihi tribe"); where the act happened before
    where its actors came from or stood ("an attack from Al Maqani on the city
    of Hays", "forces located at Gorgan fired on positions near Shukurbeyli");
    then the first named. Never a country that describes a thing ("the US dollar")."""
    ranked = _ranked(ann, mentions)
    return ranked[0] if ranked else None


def event_order(ann: Annotation, mentions: list[Mention]) -> list[PlaceRef]:
    """Every place the text names (``Report.places``), the resolved ones not
    describing a thing first, in the order :func:`event_mention` ranks them as
    where an event happened, then the others in text order: the events stage
    takes an event's place from its own sentences in this order."""
    ranked = [m.place for m in _ranked(ann, mentions)]
    kept = {id(p) for p in ranked}
    return ranked + [m.place for m in mentions if m.place is not None and id(m.place) not in kept]


def _ranked(ann: Annotation, mentions: list[Mention]) -> list[Mention]:
    """The mentions of resolved places that describe no thing, ranked by :func:`_event_rank` (ties in text order)."""
    resolved = [m for m in mentions if m.place is not None and m.place.lat is not None and not m.place.modifies]
    origins = _origins(ann, mentions)
    return sorted(resolved, key=lambda m: _event_rank(ann, m, origins=origins))


def _event_rank(ann: Annotation, m: Mention, ref: PlaceRef | None = None, origins: frozenset = frozenset()) -> tuple:
    """Where the mention ranks as the place of the text's event (lower first);
    ``ref``: the point it stands for when not its own place (a derived one);
    ``origins``: :func:`_origins`. A place of origin ranks after every other
    place the text puts at the same precision, whether or not the text puts it
    in its divisions ("fighters from X village, in Y district, shelled Z": Z)."""
    placed = bool(m.within) and not m.container
    origin = _origin(ann, m) or id(m) in origins
    return (((ref or m.place).precision or 3) > 2, m.country_word, origin, not placed,
            _describes_a_thing(ann, m) or m.road_end, origin or _in_subject(ann, m), m.start)


def _origins(ann: Annotation, mentions: list[Mention]) -> frozenset:
    """The ids of the mentions of divisions the text puts a place of origin in
    (:func:`_origin`): "Y district" in "fighters from X village, in Y district"
    says where they came from as X does."""
    return frozenset(id(c) for m in mentions if m.within and _origin(ann, m) for c in m.within)


def _describes_a_thing(ann: Annotation, m: Mention) -> bool:
    """The name is a modifier of a noun after it that is no place word ("Geo
    office", "the Subaihi tribe", "Bunong ethnicity"): whose or which the thing
    is, not where anything happened."""
    if m.last >= len(ann.tokens):
        return False
    last = ann.tokens[m.last - 1]
    head = ann.tokens[last.head]
    return last.dep in ("compound", "amod", "nmod") and head.i >= m.last and head.pos in ("NOUN", "PROPN") \
        and head.lower not in rules().cue_nouns


def _origin(ann: Annotation, m: Mention, destination: bool = False, care: bool = False) -> bool:
    """The place is the object of a preposition of origin ("from"), reached
    through the names it heads (appositions, lists, compounds) and a cue noun
    it is "of" ("from the village of X"); not a preposition on an adverb or
    adjective of distance ("not far from the town of X", "miles away from X").
    With ``destination``: of a preposition of a destination on a verb ("fled to
    X", "crossed into X": ``destination_locative``), where people went. With
    ``care``: of any preposition on a verb of caring for the hurt ("hospitalized
    in the town of X": ``care_verbs``), where the hurt were taken; a verb of care that is one of
    taking ("airlifted to X") only where who is taken is hurt (:func:`_taken_hurt`)."""
    i, steps = m.last - 1, 0
    while steps < 8:
        tok = ann.tokens[i]
        if tok.head == i:
            return False
        if tok.dep == "pobj":
            prep = ann.tokens[tok.head]
            if prep.lower == "of" and prep.dep == "prep" and ann.tokens[prep.head].lower in rules().cue_nouns:
                # "from the commune of X": the cue noun the name is "of" stands where the name does
                i, steps = prep.head, steps + 1
                continue
            # "not far from X", "miles away from X": a distance from it, no origin (the parser
            # hangs "from" on the adverb, or the adverb on "from")
            distance = ann.tokens[prep.head].pos in ("ADV", "ADJ") or any(
                t.head == prep.i and t.dep == "advmod" for t in ann.tokens[max(0, prep.i - 2):prep.i])
            if care:
                verb = ann.tokens[prep.head]
                if not (prep.dep == "prep" and verb.pos == "VERB" and (verb.lemma.lower() in rules().care_verbs
                                                                        or verb.lower in rules().care_verbs)):
                    return False
                # a verb of taking ("airlifted", "evacuated") cares only for the hurt: "reinforcements
                # were airlifted to Gao" is no care
                return not ({verb.lemma.lower(), verb.lower} & rules().conveying_verbs) or _taken_hurt(ann, verb.i)
            if destination:
                return prep.lower in rules().destination_locative and ann.tokens[prep.head].pos in ("VERB", "AUX")
            return prep.lower in rules().origin_locative and not distance
        if tok.dep not in ("compound", "appos", "conj", "nmod", "amod", "npadvmod", "poss") \
                and not m.first <= tok.head < m.last:
            return False
        i, steps = tok.head, steps + 1
    return False


def _in_subject(ann: Annotation, m: Mention) -> bool:
    """The place is inside the subject of its sentence's main verb ("military
    forces of Artsakh located at Gorgan fired on ... positions near
    Shukurbeyli", "police forces from Basatin station clashed with gunmen in
    ..."): it says who acted, where they stood or came from, not where the act
    happened."""
    i, steps = m.last - 1, 0
    while steps < 40:
        tok = ann.tokens[i]
        if tok.head == i:
            return False
        if tok.dep in ("nsubj", "nsubjpass") and ann.tokens[tok.head].head == tok.head:
            return not m.first <= i < m.last  # the place is inside the subject, not the subject itself
        i, steps = tok.head, steps + 1
    return False


class _Tokens(NamedTuple):
    first: int
    last: int


def origin_place(ann: Annotation, span: tuple[int, int]) -> bool:
    """The place named at ``span`` (characters) is the object of a preposition
    of origin (:func:`_origin`: "farmers from X"): where people came from, not
    where anything happened."""
    first, last = ann.token_at(span[0]), ann.token_at(span[1] - 1)
    return first is not None and last is not None and _origin(ann, _Tokens(first, last + 1))


def destination_place(ann: Annotation, span: tuple[int, int]) -> bool:
    """The place named at ``span`` (characters) is where people went, the object
    of a preposition of a destination on a verb ("before fleeing to X", "crossed
    into X": :func:`_origin`), not where anything happened."""
    first, last = ann.token_at(span[0]), ann.token_at(span[1] - 1)
    return first is not None and last is not None and _origin(ann, _Tokens(first, last + 1), destination=True)


def care_place(ann: Annotation, span: tuple[int, int]) -> bool:
    """The place named at ``span`` (characters) is where the hurt were cared for, the object of a
    preposition on a verb of care ("wounded in fighting, hospitalized in the town of X", "treated
    in X": :func:`_origin`, ``care_verbs``), or of a facility of care the hurt were taken to or
    died at (:func:`_care_frame`: "taken to Silver Cross Hospital in X", "rushed to X General
    Hospital", "was flown to X"), not where they came to harm."""
    first, last = ann.token_at(span[0]), ann.token_at(span[1] - 1)
    if first is None or last is None:
        return False
    m = _Tokens(first, last + 1)
    return _origin(ann, m, care=True) or _care_frame(ann, m)


def _care_frame(ann: Annotation, m) -> bool:
    """The place says where the hurt were taken or treated: it names (as a modifier, "X General
    Hospital", "X's Hospital Center") or holds ("Silver Cross Hospital in X", "a hospital in X":
    ``care_holding_prepositions``) a facility of care (``care_facilities``) that is the object of a
    preposition on a verb of taking the hurt or of their care (``care_frame_verbs``: "taken to",
    "rushed to", "died at", "pronounced dead at", "treated at"); or it is itself the object of "to"
    (``care_destination_prepositions``) on a verb of taking told in the passive whose subject is
    hurt (:func:`_taken_hurt`: "one of the wounded was flown to X", "he was shot and rushed to X";
    not "troops were flown to X"). A facility the happening struck ("the blast at the hospital in
    Kunduz", "gunmen stormed a clinic in X") is no care: its verb or noun is none of those; nor one
    where the sentence tells the harm inside it (:func:`_harm_inside`: "died at X Hospital in Y after
    a patient shot him in the emergency room")."""
    r = rules()
    tokens = ann.tokens
    i, steps = m.last - 1, 0
    # up through the name's own words to the word it hangs on
    while steps < 8 and m.first <= tokens[i].head < m.last and tokens[i].head != i:
        i, steps = tokens[i].head, steps + 1
    tok = tokens[i]
    if tok.head == i:
        return False
    head = tokens[tok.head]
    facility = None
    if tok.dep in ("compound", "poss", "nmod", "amod") and _care_facility(ann, head.i):
        facility = head.i  # "X General Hospital", "X's Hospital Center"
    elif tok.dep == "pobj" and head.lower in r.care_holding_prepositions and head.head != head.i \
            and _care_facility(ann, head.head):
        facility = head.head  # "Silver Cross Hospital in X", "a hospital in X"
    elif tok.dep == "pobj" and head.lower in r.care_destination_prepositions \
            and _care_verb(ann, head.head, conveying=True) \
            and any(tokens[c].dep == "auxpass" for c in ann.children[head.head]):
        return _taken_hurt(ann, head.head)  # "the wounded were flown to X", "he was rushed to X"
    if facility is None:
        return False
    if any(tokens[c].lower in r.near_care_words for c in ann.children[facility]):
        return False  # "died at a nearby hospital in X": the hospital is near where it happened
    fac = tokens[facility]
    # the facility is the object of a preposition on a verb of taking or of care
    steps = 0
    while steps < 4 and fac.dep in ("compound", "appos", "conj") and fac.head != fac.i:
        fac, steps = tokens[fac.head], steps + 1
    if fac.dep != "pobj" or fac.head == fac.i:
        return False
    prep = tokens[fac.head]
    return prep.dep == "prep" and prep.head != prep.i and _care_verb(ann, prep.head) \
        and not _harm_inside(ann, tokens[facility].sent)


def _lemma_words(tok) -> set[str]:
    return {tok.lemma.lower(), tok.lower}


def _taken_hurt(ann: Annotation, verb: int) -> bool:
    """Is who the passive verb of taking at ``verb`` tells of hurt? Its subject is a word of the
    hurt (``hurt_words``: "the wounded", "one of the injured", "the victim"), has one before it
    ("wounded soldiers"), or is "he"/"she" (``hurt_pronouns``); or the verb is told beside a verb
    of harm (``harm_verbs``) that has no subject nor object of its own ("was shot and flown to X",
    "was flown to X after being shot"; not "..., killing 12 peacekeepers"); or with an injury (``injury_words``: "with gunshot wounds", "in
    critical condition"). Not "troops were flown to Kidal after rebels attacked the town"."""
    r, tokens, children = rules(), ann.tokens, ann.children
    subject = next((c for c in children[verb] if tokens[c].dep in ("nsubjpass", "nsubj")), None)
    v = verb
    while subject is None and tokens[v].dep == "conj" and tokens[v].head != v:
        v = tokens[v].head  # "was shot and flown to X": the subject is the first verb's
        subject = next((c for c in children[v] if tokens[c].dep in ("nsubjpass", "nsubj")), None)
    if subject is not None:
        words = {subject}
        for c in children[subject]:  # "one of the wounded", "wounded soldiers"
            if tokens[c].dep in ("amod", "compound"):
                words.add(c)
            elif tokens[c].dep == "prep" and tokens[c].lower == "of":
                words.update(g for g in children[c] if tokens[g].dep == "pobj")
        if any(_lemma_words(tokens[w]) & r.hurt_words for w in words) \
                or tokens[subject].lower in r.hurt_pronouns:
            return True
    # a verb of harm beside it, of the same one taken: "was shot and flown", "after being shot"
    near = set(children[verb]) | ({tokens[verb].head} if tokens[verb].dep == "conj" else set())
    for c in near:
        if tokens[c].dep in ("conj", "advcl", "xcomp") or c == tokens[verb].head:
            if _lemma_words(tokens[c]) & r.harm_verbs and tokens[c].pos == "VERB" \
                    and (c == tokens[verb].head
                         or not any(tokens[g].dep in ("nsubj", "nsubjpass", "dobj") for g in children[c])):
                return True
        if tokens[c].dep == "pcomp" or tokens[c].dep == "prep":
            for g in children[c]:
                if tokens[g].pos == "VERB" and _lemma_words(tokens[g]) & r.harm_verbs \
                        and not any(tokens[h].dep in ("nsubj", "nsubjpass", "dobj") for h in children[g]):
                    return True  # "after being shot"
                if tokens[g].dep == "pobj" and _lemma_words(tokens[g]) & r.injury_words:
                    return True  # "with gunshot wounds", "in critical condition"
    return False


def _harm_inside(ann: Annotation, sent: int) -> bool:
    """Does sentence ``sent`` tell a harm inside a facility of care: a verb of harm (``harm_verbs``)
    with a preposition (``harm_inside_prepositions``) whose object is a part of one
    (``care_facility_parts``: "shot him in the emergency room", "opened fire in the lobby") or a
    facility of care itself ("opened fire inside the hospital")?"""
    r, tokens, children = rules(), ann.tokens, ann.children
    start, end = ann.sentences[sent]
    for i in range(start, end):
        tok = tokens[i]
        if tok.dep != "pobj" or tok.head == i or tokens[tok.head].lower not in r.harm_inside_prepositions:
            continue
        prep = tokens[tok.head]
        verb = prep.head
        harm = _lemma_words(tokens[verb]) & r.harm_verbs or any(
            tokens[c].dep == "dobj" and tokens[c].lower in r.harm_verbs for c in children[verb])  # "opened fire"
        if verb == prep.i or not harm or _care_verb(ann, verb):
            continue
        compounds = " ".join(tokens[c].lower for c in children[i] if tokens[c].dep == "compound")
        named = {tok.lower, tok.lemma.lower(), f"{compounds} {tok.lower}".strip()}
        if named & r.care_facility_parts or _care_facility(ann, i):
            return True
    return False


def _care_facility(ann: Annotation, i: int) -> bool:
    """Is the noun at ``i`` a facility of care (``care_facilities``), alone ("hospital") or with a
    compound before it ("Medical Center", "Hospital Center", "trauma center")?"""
    tokens, facilities = ann.tokens, rules().care_facilities
    tok = tokens[i]
    if tok.pos not in ("NOUN", "PROPN"):
        return False
    if tok.lemma.lower() in facilities or tok.lower in facilities:
        return True
    return any(tokens[c].dep == "compound" and (f"{tokens[c].lower} {tok.lower}" in facilities
                                                or tokens[c].lower in facilities)
               for c in ann.children[i])


def _care_verb(ann: Annotation, i: int, conveying: bool = False) -> bool:
    """Is the word at ``i`` a verb of taking the hurt (``conveying_verbs``: "taken", "rushed",
    "flown") or, unless ``conveying``, of their care (``care_frame_verbs``, ``care_verbs``:
    "died at", "treated at")?"""
    tok, r = ann.tokens[i], rules()
    if tok.pos not in ("VERB", "AUX"):
        return False
    words = {tok.lemma.lower(), tok.lower}
    if words & r.conveying_verbs:
        return True
    return not conveying and bool(words & (r.care_frame_verbs | r.care_verbs))


def document_place(ann: Annotation, places: list[PlaceRef], order: list[PlaceRef] = ()) -> PlaceRef | None:
    """The document's place (:func:`main_place`; ``order``: :func:`event_order`'s)
    as the place of a figure or an event its own text does not place: no finer than precision 2."""
    main = main_place(ann, places, order)
    return main.model_copy(update={"precision": max(2, main.precision or 2)}) if main is not None else None


def assign_places(ann: Annotation, claims: list[Claim], mentions: list[Mention],
                  main: PlaceRef | None = None) -> None:
    """Each claim's place: its own sentence's, else the paragraph's last, else
    the document's (``main``, found here where not given)."""
    if main is None:
        main = document_place(ann, [m.place for m in mentions if m.place is not None], event_order(ann, mentions))
    # Places inside an attribution ("a UN official in Damascus said") are where the speaker is.
    attributions = [c.source.span for c in claims if c.source is not None and c.source.span]
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.place is not None:
            by_sent.setdefault(m.sent, []).append(m)
    for claim in claims:
        token = ann.token_at(claim.span[0])
        if token is None:
            continue
        sent = ann.tokens[token].sent
        place = _sentence_place(ann, by_sent.get(sent, []), token, attributions)
        back = 1
        while place is None and back <= PLACE_REACH and sent - back >= 0 and ann.same_paragraph(sent - back, sent):
            place = _sentence_place(ann, by_sent.get(sent - back, []), None, attributions)
            back += 1
        if place is None:
            place = main
        claim.place = place


def _sentence_place(ann: Annotation, mentions: list[Mention], token: int | None, excluded) -> PlaceRef | None:
    """The best place of a sentence for the figure at ``token``: a resolved, fine
    one, nearest the figure; not one inside an attribution (``excluded`` spans)."""
    usable = []
    for m in mentions:
        if any(a <= m.start < b for a, b in excluded) or m.modifies:
            continue
        if _origin(ann, m, care=True) or _care_frame(ann, m):
            continue  # where the hurt were taken ("rushed to X General Hospital"), not where it happened
        ref = m.derived or m.place
        if ref is None:
            continue
        usable.append((m, ref))
    if not usable:
        return None
    resolved = [(m, ref) for m, ref in usable if ref.lat is not None] or usable
    if token is None:
        # carried from an earlier sentence: its place that is not a container (nor a continent)
        # ranked first as the event's place ("a protest outside Geo office on Murree road in
        # Rawalpindi city ... against the arrest of Jang Group's editor. He was arrested ...")
        return min(resolved, key=lambda mr: (mr[0].container, mr[1].country is None,
                                             _event_rank(ann, mr[0], mr[1])))[1]
    figure = ann.tokens[token].idx
    named = _offsets_named(ann, usable)
    # Places before the divisions that contain them and the dateline's (where the report was
    # filed), places in a country before continents and seas; then as the event's place is
    # ranked (a town-level place before a region, one placed in its divisions before one named
    # bare, not one naming a thing or where the actors came from: "Chora district, Urozgan",
    # "residents of Sarmat complex in Nur-Sultan city protested"), then the nearest to the figure.
    return min(resolved, key=lambda mr: (mr[0].container, mr[0].dateline, mr[1].country is None,
                                         _event_rank(ann, named.get(id(mr[0]), mr[0]), mr[1])[:-1],
                                         abs(mr[0].start - figure)))[1]


def _offsets_named(ann: Annotation, usable: list) -> dict[int, Mention]:
    """A derived point set off by a comma right after a name ("flee from Jazeera
    Khalidiya, 20 miles west of Fallujah") says where that name is: it ranks as
    the name does (here a place of origin), so the name, which it cannot
    outrank, is the figure's place. Keyed by the anchor mention's id."""
    named = {}
    for m, ref in usable:
        if m.derived is None:
            continue
        phrase_start = m.end - len(m.derived.text)
        for other, _ in usable:
            if other is not m and other.end <= phrase_start \
                    and ann.text[other.end:phrase_start].strip() == ",":
                named[id(m)] = other
    return named
