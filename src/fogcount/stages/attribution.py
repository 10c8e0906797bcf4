"""Attribution: who says so, and through whom, for every claim.

Reporters attribute figures with a small set of constructions: "according to
X", "X said (that)", "..., said X", "X told Y", "Y reported", "X announced",
"X said in a statement / video / on social media", "a video posted by X
shows", "X claimed", "X put the toll at N", "citing X", "X was quoted as
saying", quotations that close several sentences later on "X said", and
reports inside reports ("the news site Maalomah reported that the chairman
... said"). This stage finds these *frames* in the parse, ties each claim to
the frames above it in its clause (innermost first: that is the quoting
chain), and describes each source:

* ``speaker``: the fullest name the document gives the speaker ("Gen. Ismail
  Al-Mahalawi" for "Mahalawi", "the general", "he"); ``mention`` keeps the
  words written at this attribution.
* ``kind`` and ``affiliation`` from the speaker's words and the words around
  them ("Iraqi Army aviation commander"), the actor registry and the country
  table (data/sources.toml, data/actors.toml, data/countries.toml).
* ``channel`` and ``chain``: the outlets and media that carried the words, from
  the originator to the outlet; a speaker's channel named in a neighbouring
  sentence of the same account is carried over.
* ``origin``: normalised speaker and affiliation; the same origin is the same
  evidence, however many outlets repeat it.
* ``partisan``: see :func:`.sources.partisan`.

A claim the article states on its own authority keeps ``source = None``.

Needs: an Annotation and the claims stage's claims. Fills: ``Claim.source``.
"""

from __future__ import annotations

import dataclasses
import re

from ..models import Claim, Source
from ..settings import Settings
from ..vocabulary import Vocabulary
from .annotate import Annotation, Token
from .base import DocumentState, Stage
from .sources import _STATE_OWNED_RE, classify, document_parties, origin_key, partisan

NAME = "attribution"
VERSION = "6"  # what each version changed: docs/stage-history.md

_NOUN_POS = {"NOUN", "PROPN"}
_SPEAKER_DEPS = ("nsubj", "nsubjpass")
# How many sentences apart a speaker's channel is carried over to the same speaker.
_CHANNEL_REACH = 2
# How many sentences back a pronoun ("he said") looks for the person it stands for.
_PRONOUN_REACH = 4
_PERSON_KINDS = {"PERSON"}


@dataclasses.dataclass
class Frame:
    """One attribution in the text: who, through what, over which tokens."""

    sent: int
    cue: int  # the attribution word: the verb, "according", the medium noun
    attach: int  # the token under which the attributed content hangs
    speaker: tuple[int, int] | None  # token range [start, end) of the speaker's name as written
    description: str  # words describing the speaker ("Iraqi Army aviation commander")
    channel: tuple[int, int] | None  # token range of the medium or outlet
    relay: bool = False  # the speaker is an outlet carrying others' words ("NBC reported")
    cited: tuple[int, int] | None = None  # "citing X": the originator behind the speaker
    cluster: int | None = None  # index of the speaker's cluster in the document
    co_speakers: list[str] = dataclasses.field(default_factory=list)  # "posted by X and ... by Y"


@dataclasses.dataclass
class _Cluster:
    """One speaker under all its names in a document."""

    names: list[str]
    descriptions: list[str]
    person: bool
    canonical: str
    last_sent: int


# ---------------------------------------------------------------- the stage


def attribute(ann: Annotation, claims: list[Claim], vocab: Vocabulary) -> list[Claim]:
    """Fill ``source`` on every claim that the text attributes."""
    if not claims:
        return claims
    frames = find_frames(ann, vocab)
    clusters = _cluster_speakers(ann, frames, vocab)
    # "It said ..." with nobody for "it" to stand for says nothing about who speaks.
    frames = [f for f in frames if f.cluster is not None or _text(ann, f.speaker).lower() not in vocab.pronouns]
    parties = document_parties(ann.text, vocab)
    by_sent: dict[int, list[Frame]] = {}
    for frame in frames:
        by_sent.setdefault(frame.sent, []).append(frame)
    quotes = _quotations(ann.text)
    for claim in claims:
        token = ann.token_at(claim.span[0])
        if token is None:
            continue
        chain = _frames_for(ann, token, by_sent.get(ann.tokens[token].sent, []))
        if not chain:
            chain = _frames_after_quotation(ann, claim.span[0], quotes, by_sent)
        if chain:
            claim.source = _source(ann, chain, frames, clusters, parties, vocab)
    return claims


def _run(state: DocumentState, settings: Settings) -> DocumentState:
    attribute(state.annotation, state.report.claims, settings.rules.vocabulary)
    state.count("attributed", sum(c.source is not None for c in state.report.claims))
    return state


STAGE = Stage(NAME, VERSION, requires=("annotation", "report.claims"), assigns=("claims.source",), run=_run)


# ---------------------------------------------------------------- finding frames


def find_frames(ann: Annotation, vocab: Vocabulary) -> list[Frame]:
    """Every attribution frame in the document, in text order."""
    tokens = ann.tokens
    frames: list[Frame] = []
    for tok in tokens:
        frame = None
        if tok.lower == "according" and tok.i + 1 < len(tokens) and tokens[tok.i + 1].lower == "to":
            frame = _according_frame(ann, tok, vocab)
        elif tok.lower == "citing" and tokens[tok.head].lemma not in vocab.speech_verbs:
            frame = _citing_frame(ann, tok, vocab)
        elif tok.pos in ("VERB", "AUX") and tok.lemma in vocab.show_verbs:
            frame = _show_frame(ann, tok, vocab)
        if frame is None and tok.pos == "VERB" and tok.lemma in vocab.speech_verbs:
            frame = _speech_frame(ann, tok, vocab)
        if frame is None and tok.pos == "NOUN" and tok.lemma in vocab.statement_nouns:
            frame = _noun_frame(ann, tok, vocab)
        if frame is not None:
            frames.append(frame)
    return frames


def _phrase(ann: Annotation, head: int, *, cut_commas: bool = True, skip: frozenset[str] = frozenset()) -> tuple[int, int]:
    """Token range of the noun phrase headed by ``head``: its subtree without
    what follows a comma (appositions, relative clauses) and without ``skip`` deps."""
    tokens, kids = ann.tokens, ann.children
    keep = [head]
    stack = [c for c in kids[head]]
    while stack:
        c = stack.pop()
        tok = tokens[c]
        if tok.dep in skip or tok.dep in ("relcl", "acl") and c > head:
            continue
        if tok.dep == "prep" and any(tokens[g].ent in ("DATE", "TIME") for g in kids[c]):
            continue  # "a statement on Monday": the date is not part of the name
        if cut_commas and tok.dep in ("appos", "punct", "conj", "cc") and c > head:
            between = tokens[head + 1 : c]
            comma = any(t.text in (",", "(", "—", "–", ";") for t in between)
            proper_name = tok.dep in ("conj", "cc") and tokens[head].pos == "PROPN" and (
                tok.pos == "PROPN" or tok.dep == "cc") and not comma
            if proper_name:
                pass  # "the Ministry of Displacement and Migration"
            elif tok.dep != "appos" or comma:
                continue
        keep.append(c)
        stack.extend(kids[c])
    start, end = min(keep), max(keep) + 1
    while start < end and (tokens[start].pos == "PUNCT" or not tokens[start].text.strip()):
        start += 1
    while end > start and (tokens[end - 1].pos == "PUNCT" or not tokens[end - 1].text.strip()
                           or tokens[end - 1].dep == "case"):  # "the group's" -> "the group"
        end -= 1
    return start, end


def _text(ann: Annotation, span: tuple[int, int] | None) -> str:
    """The words of a token range, with its spacing made plain."""
    if span is None or span[0] >= span[1]:
        return ""
    tokens = ann.tokens
    return " ".join(ann.text[tokens[span[0]].idx : tokens[span[1] - 1].end].split())


def _person_in(ann: Annotation, span: tuple[int, int], vocab: Vocabulary, head: int | None = None) -> tuple[int, int] | None:
    """The person's name inside a phrase, with the capitalised titles before it
    ("Gen. Hamed Al-Maliki", "Mayor Ali Hamdoun"); None when the name only
    modifies the phrase's head ("the Liwa al-Fath group", "the mayor of Al-Qaim")
    or the phrase names an outlet ("the news site Al-Rased")."""
    tokens = ann.tokens
    start = next((i for i in range(*span) if tokens[i].ent in _PERSON_KINDS), None)
    if start is None and head is not None and tokens[head].dep == "appos" and _looks_like_a_name(ann, span, vocab):
        start = span[0]  # ", Ryad Mansur," apposed to a role: a name the model did not tag
        while start < span[1] and tokens[start].lower in vocab.titles:
            start += 1
    if start is None or _is_outlet(ann, span, vocab):
        return None
    while start > span[0] and tokens[start - 1].pos == "PROPN" and tokens[start - 1].text[:1].isupper() \
            and tokens[start - 1].lower not in vocab.titles and tokens[start - 1].ent in ("", "PERSON"):
        start -= 1  # "Pavel Rusk" when only "Rusk" was tagged
    end = start
    while end < span[1] and (tokens[end].ent in _PERSON_KINDS or tokens[end].text == "-"
                             or tokens[end].pos == "PROPN" and tokens[end].text[:1].isupper() and end < span[1]):
        end += 1
    if head is not None and not start <= head < end:
        head_tok = tokens[head]
        before = start - 1
        while before > span[0] and not tokens[before].text.strip():
            before -= 1
        apposed = tokens[before].text == "," and before > head  # "the mayor of Al-Hamra, Jamal Rashid"
        if not apposed and (head_tok.pos == "NOUN" and head > end - 1 or any(
                tokens[i].lower == "of" for i in range(head, start))):
            return None
    while start > span[0]:
        before = start - 1
        while before > span[0] and not tokens[before].text.strip():
            before -= 1
        if tokens[before].lower not in vocab.titles or not tokens[before].text[:1].isupper():
            break
        start = before
    return start, end


def _speaker_and_description(ann: Annotation, head: int, vocab: Vocabulary) -> tuple[tuple[int, int], str]:
    """The speaker's name and the words that describe it, from the phrase
    headed by ``head`` and its apposition ("Iraqi Army aviation commander, Gen.
    Hamed Al-Maliki"; "Ali Sada, editor of Daesh Daily")."""
    tokens = ann.tokens
    span = _phrase(ann, head)
    apposition = next((c for c in ann.children[head] if tokens[c].dep == "appos" and c > head), None)
    nested = _nested_apposed_person(ann, head, vocab)
    if nested is not None:  # "the mayor of Al-Qaim, Osama Farhan": apposed to a word inside the phrase
        return nested, _text(ann, (span[0], nested[0])).strip(" ,")
    appos_span = _phrase(ann, apposition, cut_commas=False) if apposition is not None else None
    if appos_span is not None:
        # "the mayor of Al-Qaim, Osama Farhan": the apposed name is the speaker.
        appos_person = _person_in(ann, appos_span, vocab, apposition)
        if appos_person is not None:
            return appos_person, _text(ann, span)
    person = _person_in(ann, span, vocab, head)
    if person is not None and person != span:
        description = " ".join(x for x in (_text(ann, (span[0], person[0])), _text(ann, (person[1], span[1]))) if x)
        if appos_span is not None:
            description = " ".join(x for x in (description, _text(ann, appos_span)) if x)
        return person, description.strip(" ,")
    return span, _text(ann, appos_span) if appos_span else ""


def _looks_like_a_name(ann: Annotation, span: tuple[int, int], vocab: Vocabulary) -> bool:
    """Two to four capitalised proper nouns that name no outlet, actor or country."""
    words = [ann.tokens[i] for i in range(*span) if ann.tokens[i].text.strip() and ann.tokens[i].text != "-"
             and ann.tokens[i].lower not in vocab.titles]
    text = _text(ann, span)
    return (2 <= len(words) <= 4 and all(t.pos == "PROPN" and t.text[:1].isupper() for t in words)
            and not vocab.names_outlet(text) and vocab.find_actor(text) is None and vocab.find_country(text) is None
            and not any(t.ent in ("GPE", "LOC", "FAC", "DATE") for t in words))


def _nested_apposed_person(ann: Annotation, head: int, vocab: Vocabulary) -> tuple[int, int] | None:
    tokens = ann.tokens
    stack = [c for c in ann.children[head] if tokens[c].dep == "prep" and c > head]
    while stack:
        node = stack.pop()
        for c in ann.children[node]:
            if tokens[c].dep == "appos" and any(t.text == "," for t in tokens[node + 1 : c]):
                person = _person_in(ann, _phrase(ann, c, cut_commas=False), vocab, c)
                if person is not None:
                    return person
            if tokens[c].dep in ("pobj", "prep"):
                stack.append(c)
    return None


def _channel_of(ann: Annotation, verb: int, vocab: Vocabulary) -> tuple[int, int] | None:
    """The medium or outlet named on the verb: "told Reuters", "in a statement",
    "on social media", "speaking in a video", "quoted ... by the state news agency"."""
    tokens = ann.tokens
    places = [verb] + [c for c in ann.children[verb] if tokens[c].dep in ("advcl", "xcomp", "prep", "pcomp")
                       and tokens[c].lemma in vocab.channel_participles]
    places += [g for c in places[1:] for g in ann.children[c] if tokens[g].dep == "pcomp"]
    for place in places:
        for c in ann.children[place]:
            tok = tokens[c]
            if tok.dep in ("dobj", "dative") and tokens[verb].lemma == "tell" and tok.pos in _NOUN_POS:
                span = _phrase(ann, c)
                if _is_outlet(ann, span, vocab) or tokens[c].ent == "ORG":
                    return span  # "told Reuters"; not "told reporters"
            if tok.dep == "prep" and tok.lower in vocab.channel_prepositions:
                for g in ann.children[c]:
                    if tokens[g].dep == "pobj" and _is_medium(ann, g, vocab):
                        return _platform(ann, g, vocab) or _phrase(ann, g)
            if (tok.dep == "agent" or tok.lower == "by") and tokens[verb].lemma in vocab.quote_verbs:
                for g in ann.children[c]:
                    if tokens[g].dep == "pobj":
                        return _phrase(ann, g)
    return None


def _platform(ann: Annotation, medium: int, vocab: Vocabulary) -> tuple[int, int] | None:
    """ "a post on Telegram" -> Telegram: the platform carries a generic post or message."""
    tokens = ann.tokens
    preps = vocab.carried_by.get(tokens[medium].lemma)
    if preps is None:
        return None
    for c in ann.children[medium]:
        if tokens[c].dep == "prep" and tokens[c].lower in preps:
            for g in ann.children[c]:
                if tokens[g].dep == "pobj" and tokens[g].pos in _NOUN_POS and tokens[g].ent not in ("DATE", "TIME"):
                    return _phrase(ann, g)
    return None


def _is_medium(ann: Annotation, i: int, vocab: Vocabulary) -> bool:
    tok = ann.tokens[i]
    if tok.lemma in vocab.medium_nouns or tok.lower in vocab.medium_nouns:
        return True
    return _is_outlet(ann, _phrase(ann, i), vocab)


def _is_outlet(ann: Annotation, span: tuple[int, int], vocab: Vocabulary) -> bool:
    return span[0] < span[1] and vocab.names_outlet(_text(ann, span))


def _reported_clause(ann: Annotation, verb: int) -> int | None:
    for c in ann.children[verb]:
        if ann.tokens[c].dep in ("ccomp", "xcomp", "parataxis") and c != verb:
            return c
    return None


def _fallback_speaker(ann: Annotation, verb: int) -> int | None:
    """A speaker the parser hung elsewhere: "On Wednesday, Jaafer Al-Husseini, the
    spokesman for ..., said ..." -- the first person named before the verb."""
    tokens = ann.tokens
    start = ann.sentences[tokens[verb].sent][0]
    runs = []
    for i in range(start, verb):
        if tokens[i].ent in _PERSON_KINDS and (i == start or tokens[i - 1].ent not in _PERSON_KINDS):
            end = i
            while end + 1 < verb and (tokens[end + 1].ent in _PERSON_KINDS or tokens[end + 1].text == "-"):
                end += 1
            runs.append(end)
    # A person who is a subject or an apposition, not one inside "the mayor of X" or "called X".
    for end in runs:
        if tokens[end].dep in ("nsubj", "nsubjpass", "appos", "ROOT"):
            return end
    for i in range(start, verb):
        if tokens[i].ent in _PERSON_KINDS:
            j = i
            while j + 1 < verb and tokens[j + 1].ent in _PERSON_KINDS | {""} and tokens[j].head == tokens[j + 1].i:
                j += 1
            while j + 1 < verb and tokens[j + 1].ent in _PERSON_KINDS:
                j += 1
            return j
    return None


def _speech_frame(ann: Annotation, verb_tok: Token, vocab: Vocabulary) -> Frame | None:
    tokens = ann.tokens
    verb = verb_tok.i
    kids = ann.children[verb]
    if verb_tok.lemma == "put" and not any(
        tokens[c].dep == "dobj" and tokens[c].lemma in vocab.put_objects for c in kids
    ):
        return None
    if verb_tok.lemma == "report" and verb_tok.tag == "VBN" and verb_tok.dep in ("acl", "amod"):
        return None  # "12 people reported killed": a hedge, not an attribution
    if any(tokens[c].dep == "dobj" and vocab.verb_outcome([f"{verb_tok.lemma} {tokens[c].lemma}"], ["people"],
                                                          as_subject=False) for c in kids):
        return None  # "The explosion claimed the lives of five civilians": an outcome ("claim life"), not a saying
    clause = _reported_clause(ann, verb)
    preps = {tokens[c].lower for c in kids if tokens[c].dep == "prep"}
    if verb_tok.lemma == "report" and "to" in preps and clause is None:
        return None  # "the patrol reported to its base"
    if verb_tok.lemma == "tell" and (any(tokens[c].dep == "nsubjpass" for c in kids) or any(
            tokens[c].dep == "xcomp" and any(tokens[g].lower == "to" for g in ann.children[c]) for c in kids)):
        return None  # "residents were told to leave": an order, not a statement
    subject = next((c for c in kids if tokens[c].dep in _SPEAKER_DEPS), None)
    if subject is not None and tokens[subject].lower in vocab.relative_pronouns and tokens[subject].pos != "PROPN":
        subject = None
    if subject is not None and tokens[subject].lower in vocab.quoted_pronouns:
        return None  # "... I said to them": words inside someone's quotation
    if subject is not None and (tokens[subject].lower in vocab.zero_words or any(
            tokens[c].dep in ("det", "neg") and tokens[c].lower in vocab.zero_words for c in ann.children[subject])):
        return None  # "no one claimed responsibility for the attack that killed X": no one speaks
    if verb_tok.lemma == "quote":  # "X was quoted as saying"
        if not any(tokens[c].lower == "as" for c in kids) and not any(
            tokens[g].lemma == "say" for c in kids for g in ann.children[c]
        ):
            return None
    if subject is None and (verb_tok.dep == "conj" or verb_tok.dep == "advcl" and verb_tok.tag == "VBG"):
        # "The group claimed responsibility and said ...", "..., saying its fighters had killed 31"
        subject = next((c for c in ann.children[verb_tok.head] if tokens[c].dep in _SPEAKER_DEPS), None)
    if subject is None:
        if verb_tok.dep in ("acl", "relcl", "amod", "advcl") or clause is None and verb_tok.dep != "ROOT":
            return None
        subject = _fallback_speaker(ann, verb)
        if subject is None:
            return None
        start = subject
        while start > ann.sentences[verb_tok.sent][0] and tokens[start - 1].ent in _PERSON_KINDS:
            start -= 1
        while start > ann.sentences[verb_tok.sent][0] and tokens[start - 1].lower in vocab.titles:
            start -= 1
        speaker = (start, subject + 1)
        description = ann.text[tokens[subject].end : verb_tok.idx].strip(" ,—–")
    else:
        if tokens[subject].pos not in _NOUN_POS | {"PRON", "NUM"}:
            return None
        speaker, description = _speaker_and_description(ann, subject, vocab)
    channel = _channel_of(ann, verb, vocab)
    whole_subject = _phrase(ann, subject) if tokens[subject].dep in _SPEAKER_DEPS else speaker
    relay = verb_tok.lemma in vocab.relay_verbs and _is_outlet(ann, whole_subject, vocab)
    if _is_outlet(ann, whole_subject, vocab) and not _is_outlet(ann, speaker, vocab):
        speaker = whole_subject  # "the news site Al-Rased", not "Al-Rased" the person
    cited = None
    for c in kids:
        if tokens[c].lower in vocab.quoting_words:
            obj = next((g for g in ann.children[c] if tokens[g].dep in ("dobj", "pobj")), None)
            if obj is not None:
                cited = _phrase(ann, obj)
    attach = verb
    if clause is None and verb_tok.dep in ("parataxis", "prn") and verb_tok.head != verb:
        attach = verb_tok.head  # "The blast, police said, killed at least five worshippers"
    return Frame(sent=verb_tok.sent, cue=verb, attach=attach, speaker=speaker, description=description,
                 channel=channel, relay=relay, cited=cited)


def _according_frame(ann: Annotation, tok: Token, vocab: Vocabulary) -> Frame | None:
    """ "according to X", "according to a statement from X", "according to a U.S. Embassy tweet"."""
    tokens = ann.tokens
    to = tok.i + 1
    obj = next((c for c in ann.children[to] if tokens[c].dep == "pobj"), None)
    if obj is None:
        obj = next((c for c in ann.children[tok.i] if tokens[c].dep == "pobj"), None)
    if obj is None:
        return None
    attach = tok.head if tok.head != tok.i else tok.i
    if tokens[obj].lemma in vocab.according_not_sources:
        return None  # "according to plan"
    if tokens[obj].lemma in vocab.medium_nouns:
        channel = _phrase(ann, obj, skip=frozenset({"prep"}))
        source = None
        for c in ann.children[obj]:
            if tokens[c].dep == "prep" and tokens[c].lower in ("from", "by", "of"):
                source = next((g for g in ann.children[c] if tokens[g].dep == "pobj"), None)
        if source is not None:
            speaker, description = _speaker_and_description(ann, source, vocab)
        else:
            # "a U.S. Embassy tweet": the words before the medium name its author.
            mods = [c for c in ann.children[obj] if tokens[c].dep in ("compound", "nmod", "poss") and c < obj]
            speaker = (min(mods), obj) if mods else None
            if speaker is not None:
                speaker = _phrase(ann, max(mods)) if tokens[max(mods)].dep == "poss" else speaker
                start = min(speaker[0], min(mods))
                speaker = (start, obj)
            description = ""
        if speaker is None:
            speaker, channel = channel, None
        return Frame(sent=tok.sent, cue=tok.i, attach=attach, speaker=speaker, description=description,
                     channel=channel)
    speaker, description = _speaker_and_description(ann, obj, vocab)
    return Frame(sent=tok.sent, cue=tok.i, attach=attach, speaker=speaker, description=description, channel=None)


def _citing_frame(ann: Annotation, tok: Token, vocab: Vocabulary) -> Frame | None:
    """ "..., citing police sources" with no speech verb above it: the writer cites X."""
    obj = next((c for c in ann.children[tok.i] if ann.tokens[c].dep in ("dobj", "pobj")), None)
    if obj is None:
        return None
    speaker, description = _speaker_and_description(ann, obj, vocab)
    attach = tok.head if tok.head != tok.i else tok.i
    return Frame(sent=tok.sent, cue=tok.i, attach=attach, speaker=speaker, description=description, channel=None)


def _show_frame(ann: Annotation, tok: Token, vocab: Vocabulary) -> Frame | None:
    """ "A video posted by X shows ...": the medium is the channel, its poster the speaker."""
    tokens = ann.tokens
    subjects = [c for c in ann.children[tok.i] if tokens[c].dep in _SPEAKER_DEPS]
    if not subjects or tokens[subjects[0]].lemma not in vocab.medium_nouns:
        return None
    subject = subjects[0]
    media = [c for c in subjects if tokens[c].lemma in vocab.medium_nouns]
    media += [c for m in media for c in ann.children[m] if tokens[c].dep == "conj"]
    posters = []
    for medium in media:
        for acl in ann.children[medium]:
            if tokens[acl].dep == "acl" and tokens[acl].lemma in vocab.post_verbs:
                for agent in ann.children[acl]:
                    if tokens[agent].dep == "agent":
                        posters += [_phrase(ann, g) for g in ann.children[agent] if tokens[g].dep == "pobj"]
    channel = _phrase(ann, subject, skip=frozenset({"acl", "conj", "cc"}))
    if not posters:
        return Frame(sent=tok.sent, cue=tok.i, attach=tok.i, speaker=channel, description="", channel=None)
    return Frame(sent=tok.sent, cue=tok.i, attach=tok.i, speaker=posters[0], description="", channel=channel,
                 co_speakers=[_text(ann, p) for p in posters[1:]])


def _noun_frame(ann: Annotation, tok: Token, vocab: Vocabulary) -> Frame | None:
    """ "the group's claim that 50 soldiers were killed": a statement noun with its author."""
    tokens = ann.tokens
    clause = next((c for c in ann.children[tok.i] if tokens[c].dep in ("ccomp", "acl") and tokens[c].pos == "VERB"), None)
    author = next((c for c in ann.children[tok.i] if tokens[c].dep == "poss"), None)
    holders = [tok.i] + ([tok.head] if tok.dep == "dobj" else [])  # "denied claims by residents that ..."
    if author is None:  # "a claim by the group that ..."
        by = next((c for h in holders for c in ann.children[h] if tokens[c].dep == "prep" and tokens[c].lower in ("by", "from")), None)
        author = next((g for g in ann.children[by] if tokens[g].dep == "pobj"), None) if by is not None else None
    if clause is None and len(holders) > 1:
        clause = next((c for c in ann.children[tok.head] if tokens[c].dep == "ccomp" and c > tok.i), None)
    if clause is None or author is None:
        return None
    speaker, description = _speaker_and_description(ann, author, vocab)
    channel = _phrase(ann, tok.i, skip=frozenset({"poss", "acl", "ccomp"})) if tok.lemma in vocab.medium_nouns else None
    return Frame(sent=tok.sent, cue=tok.i, attach=clause, speaker=speaker, description=description, channel=channel)


# ---------------------------------------------------------------- claims to frames


def _ancestors(ann: Annotation, token: int) -> list[int]:
    out, node = [token], token
    for _ in range(64):
        head = ann.tokens[node].head
        if head == node:
            break
        out.append(head)
        node = head
    return out


def _inside(token: int, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= token < span[1]


def _frames_for(ann: Annotation, token: int, frames: list[Frame]) -> list[Frame]:
    """The frames above the claim's token, innermost first (the quoting chain);
    else the sentence's own attribution when the parse lost the link."""
    if not frames:
        return []
    frames = [f for f in frames if not _inside(token, f.speaker) and not _inside(token, f.channel)]
    path = _ancestors(ann, token)
    position = {node: depth for depth, node in enumerate(path)}
    above = sorted((f for f in frames if f.attach in position and _reports(ann, f, path, position)),
                   key=lambda f: position[f.attach])
    if above:
        return above
    if any(f.attach in position for f in frames):
        return []  # the attribution above is about something else
    # The parse hung the attribution beside the claim's clause: take the sentence's
    # attribution that governs the most (nearest the root).
    roots = [f for f in frames if ann.tokens[f.attach].dep == "ROOT" or ann.tokens[f.cue].dep == "ROOT"]
    return roots[:1]


def _reports(ann: Annotation, frame: Frame, path: list[int], position: dict[int, int]) -> bool:
    """Does the frame's verb report the clause the claim is in? Not when the claim
    sits in the speaker's own description ("The minister, speaking hours after a
    bomb killed four soldiers, said ..."), nor in an adjunct of a verb whose
    object is something else ("announced a curfew after 22 people were killed")."""
    tokens = ann.tokens
    depth = position[frame.attach]
    for node in path[:depth]:
        if tokens[node].dep == "relcl" and any(
                tokens[c].lower == "where" or tokens[c].dep == "prep" and any(
                    tokens[g].lower in ("which", "whom") for g in ann.children[c]) for c in ann.children[node]):
            return False  # "..., in which 21 migrants died": the writer's background, not the speaker's
    if depth == 0 or frame.attach != frame.cue:
        return True
    child = path[depth - 1]
    dep = tokens[child].dep
    if dep in _SPEAKER_DEPS:
        return False
    if dep in ("advcl", "prep", "npadvmod", "advmod", "mark") and tokens[frame.cue].lemma != "put" and not _is_show(
            ann, frame):
        objects = [c for c in ann.children[frame.cue] if tokens[c].dep == "dobj" and c != child]
        if objects and not (frame.channel and frame.channel[0] <= objects[0] < frame.channel[1]):
            return False
    return True


def _is_show(ann: Annotation, frame: Frame) -> bool:
    return ann.tokens[frame.cue].pos in ("VERB", "AUX") and frame.channel is not None and frame.channel[0] < frame.cue


_QUOTE_OPEN = {"“": "”", "«": "»", '"': '"'}


def _quotations(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation, curly or straight, that may span sentences."""
    out, i, n = [], 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _QUOTE_OPEN:
            close = text.find(_QUOTE_OPEN[ch], i + 1, min(n, i + 4000))
            if close < 0:
                i += 1
                continue
            out.append((i, close + 1))
            i = close + 1
        else:
            i += 1
    return out


def _frames_after_quotation(ann: Annotation, char: int, quotes, by_sent) -> list[Frame]:
    """A claim inside a quotation whose attribution follows its closing mark,
    sentences later: '"... 12 were killed. We buried them," the mayor said.'"""
    for start, end in quotes:
        if start <= char < end:
            closing = ann.token_at(end - 1)
            if closing is None:
                return []
            sent = ann.tokens[closing].sent
            after = [f for f in by_sent.get(sent, []) if ann.tokens[f.cue].idx >= end - 1]
            return after[:1]
    return []


# ---------------------------------------------------------------- speakers


def _name_key(name: str, vocab: Vocabulary) -> list[str]:
    """'Gen. Ismail Al-Mahalawi' -> ['ismail', 'mahalawi']: no titles, no particles."""
    words = re.split(r"[\s\-]+", name.lower())
    out = [w.strip(".,'’") for w in words if w and w not in vocab.titles and w.strip(".") not in vocab.titles]
    return [w for w in out if w and w not in vocab.name_particles and w not in ("the", "a", "an")]


def _is_person(ann: Annotation, span: tuple[int, int]) -> bool:
    tokens = ann.tokens
    words = [tokens[i] for i in range(*span) if tokens[i].text.strip() and tokens[i].text != "-"]
    if not words:
        return False
    if any(t.ent in _PERSON_KINDS for t in words):
        return True
    return all(t.pos == "PROPN" for t in words) and not any(t.ent in ("ORG", "GPE", "NORP") for t in words[-1:]) \
        and words[-1].text[:1].isupper()


def _is_proper(ann: Annotation, span: tuple[int, int]) -> bool:
    """A name written in capitals ("Al-Mahalawi", tagged ORG by the model)."""
    words = [ann.tokens[i] for i in range(*span) if ann.tokens[i].text.strip() and ann.tokens[i].text != "-"]
    return bool(words) and all(t.pos == "PROPN" for t in words)


def _cluster_speakers(ann: Annotation, frames: list[Frame], vocab: Vocabulary) -> list[_Cluster]:
    """One cluster per speaker: full names, surnames, "the general", "he"."""
    clusters: list[_Cluster] = []
    persons = _person_mentions(ann, vocab)
    for frame in frames:
        if frame.speaker is None:
            continue
        mention = _text(ann, frame.speaker)
        person = _is_person(ann, frame.speaker) or (
            _is_proper(ann, frame.speaker) and not _is_outlet(ann, frame.speaker, vocab) and vocab.find_actor(mention) is None)
        target = _same_speaker(ann, frame, mention, person, clusters, vocab)
        if target is None:
            # Named before without being quoted: "Col. Yassin Hamoudi commands ... He told the BBC".
            antecedent = _antecedent(ann, frame, mention, persons, vocab)
            if antecedent is not None:
                mention_key = _name_key(antecedent, vocab)
                target = next((k for k, c in enumerate(clusters) if c.person and any(
                    _name_key(n, vocab) == mention_key for n in c.names)), None)
        if target is None:
            if mention.lower() in vocab.pronouns and antecedent is None:
                continue  # an unresolved "he" says nothing about who it is
            canonical = antecedent or mention
            clusters.append(_Cluster(names=[canonical, mention] if antecedent else [mention],
                                     descriptions=[frame.description] if frame.description else [],
                                     person=person or antecedent is not None and not vocab.names_outlet(antecedent),
                                     canonical=canonical, last_sent=frame.sent))
            target = len(clusters) - 1
        else:
            cluster = clusters[target]
            cluster.names.append(mention)
            if frame.description:
                cluster.descriptions.append(frame.description)
            cluster.last_sent = frame.sent
            if cluster.person and person and len(_name_key(mention, vocab)) > len(_name_key(cluster.canonical, vocab)):
                cluster.canonical = mention
        frame.cluster = target
    return clusters


def _person_mentions(ann: Annotation, vocab: Vocabulary) -> list[tuple[int, int, str]]:
    """(sentence, first token, name with its titles) of every person the text names."""
    tokens, out, i = ann.tokens, [], 0
    while i < len(tokens):
        if tokens[i].ent not in _PERSON_KINDS:
            i += 1
            continue
        end = i
        while end < len(tokens) and (tokens[end].ent in _PERSON_KINDS or tokens[end].text == "-"):
            end += 1
        span = _person_in(ann, (max(0, i - 4), end), vocab) or (i, end)
        out.append((tokens[i].sent, span[0], _text(ann, span)))
        i = end
    return out


def _antecedent(ann: Annotation, frame: Frame, mention: str, persons, vocab: Vocabulary) -> str | None:
    """The fuller earlier name of a speaker the text has not quoted before: the
    person a pronoun stands for, the full name behind a surname, the outlet
    behind "the channel"."""
    tokens = ann.tokens
    start = frame.speaker[0]
    words = mention.lower().split()
    earlier = [p for p in persons if p[1] < start]
    if len(words) == 1 and words[0] in vocab.person_pronouns:
        near = [p for p in earlier if frame.sent - p[0] <= _PRONOUN_REACH]
        return near[-1][2] if near else None
    key = _name_key(mention, vocab)
    if key and (_is_person(ann, frame.speaker) or _is_proper(ann, frame.speaker)):
        for _, _, name in reversed(earlier):
            other = _name_key(name, vocab)
            if len(other) > len(key) and other[-1] == key[-1] or (other == key and len(name) > len(mention)):
                return name
        return None
    if len(words) == 2 and words[0] == "the" and words[1] in vocab.group_nouns:
        # "the group says": the organisation named last before.
        for i in range(start - 1, -1, -1):
            if tokens[i].ent in ("ORG", "FAC", "NORP") or tokens[i].ent == "PERSON" and tokens[i].pos == "PROPN":
                j = i
                while j > 0 and (tokens[j - 1].ent == tokens[i].ent or tokens[j - 1].text == "-"):
                    j -= 1
                head = i
                while head + 1 < start and tokens[head + 1].pos == "NOUN" and tokens[head + 1].lower in vocab.group_nouns:
                    head += 1
                name = _text(ann, (j, head + 1))
                if vocab.names_outlet(name) or name.lower() in vocab.medium_nouns:
                    continue  # "in a post on Telegram, the group said": a platform is not the group
                if j > 0 and tokens[j - 1].lower == "the" and not name.lower().startswith("the "):
                    name = "the " + name
                return name
        return None
    if len(words) == 2 and words[0] == "the" and words[1] in vocab.outlet_nouns:
        # "the channel said": the outlet named last before.
        before = ann.text[max(0, tokens[start].idx - 2000) : tokens[start].idx]
        candidates = [m for m in re.finditer(r"(?:[A-Z][\w'-]*\s+){0,4}(?:" + "|".join(
            re.escape(n.title()) + "|" + re.escape(n.upper()) for n in vocab.outlet_nouns) + r")\b", before)]
        spans = [(m.end(), m.group(0)) for m in candidates]
        spans += [(m.end, m.text) for m in vocab.outlet_index.finditer(before)]
        return max(spans)[1].strip() if spans else None
    return None


def _same_speaker(ann: Annotation, frame: Frame, mention: str, person: bool, clusters: list[_Cluster],
                  vocab: Vocabulary) -> int | None:
    """The cluster an attribution's speaker belongs to, or None for a new speaker:
    a pronoun is the last person quoted nearby; "the general" the last person
    so titled or described; "Mahalawi" the person whose name ends so; other
    names the speaker written the same way."""
    words = mention.lower().split()
    if words in (["it"], ["they"]):
        # "The army said none of its soldiers were killed. It said ...": the organisation quoted last.
        groups = [k for k, c in enumerate(clusters) if not c.person and frame.sent - c.last_sent <= _PRONOUN_REACH]
        return groups[-1] if groups else None
    if len(words) == 1 and words[0] in vocab.pronouns:
        persons = [k for k, c in enumerate(clusters) if c.person and frame.sent - c.last_sent <= _PRONOUN_REACH]
        return persons[-1] if persons else None
    if words and words[0] in ("the", "this", "that") and len(words) <= 5 and not person:
        head = words[-1].strip(".,")
        head_forms = {head, head[:3] + "."} if len(head) > 3 else {head}
        for k in range(len(clusters) - 1, -1, -1):
            said = " ".join(clusters[k].names + clusters[k].descriptions).lower()
            if any(re.search(rf"(?<!\w){re.escape(h)}(?!\w)", said) for h in head_forms):
                return k  # "the general" -> Gen. ...; "the official" -> "a UN official in Damascus"
    key = _name_key(mention, vocab)
    if key and (person or _is_proper(ann, frame.speaker)):
        for k in range(len(clusters) - 1, -1, -1):
            known = [_name_key(n, vocab) for n in clusters[k].names] if clusters[k].person else []
            if any(other and key[-1] == other[-1] and set(key) <= set(other) | {key[-1]} for other in known):
                return k
    norm = " ".join(key)
    for k, cluster in enumerate(clusters):
        if not cluster.person and norm and any(" ".join(_name_key(n, vocab)) == norm for n in cluster.names):
            return k
    return None


# ---------------------------------------------------------------- the source record


def _source(ann: Annotation, chain: list[Frame], frames: list[Frame], clusters: list[_Cluster], parties: set[str],
            vocab: Vocabulary) -> Source:
    """The source of a claim from its frames, innermost (the originator) first."""
    # An outlet that relays another frame is a link of the chain, not the speaker.
    people = [f for f in chain if not f.relay] or chain[:1]
    first = people[0]
    speaker_text = " and ".join([_speaker_name(ann, first, clusters), *first.co_speakers])
    links: list[str] = []
    if first.cited is not None:
        links.append(_text(ann, first.cited))
    for frame in chain:
        if frame is first:
            links.append(speaker_text)
        elif frame.speaker is not None and frame in people:
            links.append(_speaker_name(ann, frame, clusters))
        elif frame.relay:
            links.append(_text(ann, frame.speaker))
        if frame.channel is not None:
            links.append(_text(ann, frame.channel))
    if first.cited is not None:
        speaker_text = links[0]
    channel_frame = next((f for f in chain if f.channel is not None), None)
    channel = _text(ann, channel_frame.channel) if channel_frame else None
    if channel is None:
        relays = [f for f in chain if f.relay and f is not first]
        channel = _text(ann, relays[-1].speaker) if relays else None
    if channel is None and first.cited is not None and first.speaker is not None and _is_outlet(ann, first.speaker, vocab):
        channel = _text(ann, first.speaker)  # "Reuters reported, citing two police sources"
    if channel is None and first.speaker is not None and _is_outlet(ann, first.speaker, vocab):
        channel = speaker_text  # "state television reported": the outlet speaks and carries
    if channel is None and first.cluster is not None:
        inherited = _neighbour_channel(ann, first, frames)
        if inherited is not None:
            channel = inherited
            links.append(inherited)
    chain_names = list(dict.fromkeys(x for x in links if x))
    cluster = clusters[first.cluster] if first.cluster is not None else None
    words = " ".join([_speaker_name(ann, first, clusters), _text(ann, first.speaker), first.description,
                      *(cluster.names + cluster.descriptions if cluster else [])])
    kind, affiliation = classify(words, channel, vocab, outlet=_is_outlet(ann, first.speaker, vocab) if first.speaker else False)
    spans = [s for f in chain for s in (f.speaker, f.channel) if s is not None] + [(f.cue, f.cue + 1) for f in chain]
    start = min(ann.tokens[s[0]].idx for s in spans)
    end = max(ann.tokens[s[1] - 1].end for s in spans)
    return Source(
        speaker=speaker_text,
        mention=_text(ann, first.speaker) or None,
        description=first.description or (cluster.descriptions[0] if cluster and cluster.descriptions else None),
        kind=kind,
        affiliation=affiliation,
        channel=channel,
        chain=chain_names,
        span=(start, end),
        origin=origin_key(speaker_text, affiliation, vocab),
        partisan=partisan(kind, affiliation, parties, vocab, countries=vocab.country_names,
                          state_owned=bool(_STATE_OWNED_RE.search(words))),
    )


def _speaker_name(ann: Annotation, frame: Frame, clusters: list[_Cluster]) -> str:
    if frame.cluster is not None:
        return clusters[frame.cluster].canonical
    return _text(ann, frame.speaker)


def _neighbour_channel(ann: Annotation, frame: Frame, frames: list[Frame]) -> str | None:
    """The channel the same speaker used in a sentence close by ("Al-Maliki said in a
    video ... More than 20 gunships pursued them, Al-Maliki said")."""
    best = None
    for other in frames:
        if other is frame or other.cluster != frame.cluster or other.channel is None:
            continue
        distance = abs(other.sent - frame.sent)
        if distance <= _CHANNEL_REACH and (best is None or distance < best[0]):
            best = (distance, _text(ann, other.channel))
    return best[1] if best else None
