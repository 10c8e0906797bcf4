"""What the steps of the places stage share: a place mention as it goes
through them, the rule table (``data/places.toml``, read once by
:func:`fogcount.rules.load`) and name keys."""

from __future__ import annotations

import dataclasses
import functools
import math
import re

from ...gazetteer import name_key as _gazetteer_key
from ...models import PlaceRef
from ...rules import alternation, load, phrase_alternation

# Names are compared many times over (each candidate against the text and
# the divisions): their keys are made once.
name_key = functools.lru_cache(maxsize=1 << 16)(_gazetteer_key)


@dataclasses.dataclass(frozen=True)
class FrontLine:
    """A line a regional body watches or fights along (``[front_lines]``)."""

    actors: frozenset[str]
    reach_km: float
    points: tuple[tuple[float, float], ...]

    def distance_km(self, lat: float, lon: float) -> float:
        """From (lat, lon) to the nearest point of the line (its segments, on a
        local flat projection: the lines are short)."""
        scale = math.cos(math.radians(lat))
        best = math.inf
        for (lat1, lon1), (lat2, lon2) in zip(self.points, self.points[1:]):
            ax, ay = (lon1 - lon) * scale, lat1 - lat
            bx, by = (lon2 - lon) * scale, lat2 - lat
            dx, dy = bx - ax, by - ay
            t = max(0.0, min(1.0, -(ax * dx + ay * dy) / ((dx * dx + dy * dy) or 1.0)))
            best = min(best, math.hypot(ax + t * dx, ay + t * dy) * 111.2)
        return best


@dataclasses.dataclass(frozen=True)
class PlaceRules:
    """``data/places.toml``, with the patterns built from it."""

    cue_nouns: dict[str, int]
    admin1_cues: frozenset[str]
    seat_cues: frozenset[str]  # "Herat province": at its capital of the same name
    division_cues: frozenset[str]
    division_phrases: dict[str, str]
    leading_cues: frozenset[str]
    part_of_town_cues: frozenset[str]
    town_cues: frozenset[str]  # "Idleb city": a container that is a town, not a district named like one
    settlement_cues: frozenset[str]  # "the town of Uri": a populated place before a division of the name
    route_cues: frozenset[str]  # "Murree road in Rawalpindi": named for where it leads, it lies in its container
    water_cues: frozenset[str]
    locative: frozenset[str]
    strong_locative: frozenset[str]
    origin_locative: frozenset[str]  # "an attack from Al Maqani": where it came from, not where it happened
    destination_locative: frozenset[str]  # "fled to X" on a verb: where people went, not where it happened
    care_verbs: frozenset[str]  # "hospitalized in X": where the hurt were taken, not where it happened
    care_facilities: frozenset[str]  # "hospital", "medical center": "taken to X Hospital" is where the hurt were taken
    conveying_verbs: frozenset[str]  # "taken", "rushed", "flown" (to a facility of care, or "was flown to X")
    care_frame_verbs: frozenset[str]  # "died at", "pronounced dead at" a facility of care
    near_care_words: frozenset[str]  # "a nearby hospital in X": near where it happened
    care_holding_prepositions: frozenset[str]  # "Silver Cross Hospital in X"
    care_destination_prepositions: frozenset[str]  # "was flown to X"
    hurt_words: frozenset[str]  # "the wounded were flown to X": who is taken is hurt
    hurt_pronouns: frozenset[str]  # "he was flown to X"
    harm_verbs: frozenset[str]  # "was shot and flown to X"; "shot him in the emergency room"
    injury_words: frozenset[str]  # "was flown to X with gunshot wounds"
    care_facility_parts: frozenset[str]  # "opened fire in the lobby": the harm was at the facility
    harm_inside_prepositions: frozenset[str]  # "shot him in the emergency room"
    not_placing_a_name: frozenset[str]  # "fired a handgun at Jane Roe"
    person_object_words: frozenset[str]  # "officers found Roe", "the killing of Roe": Roe is a person
    person_possessed_words: frozenset[str]  # "Roe's son", "Roe's rampage": Roe is a person
    inside_locative: frozenset[str]  # "protested in Mogilev": inside the place named after it
    bearings: dict[str, float]
    units: dict[str, float]
    abbreviations: dict[str, str]
    regional_actors: dict[str, tuple[str, ...]]  # a body's name -> its country and divisions
    front_lines: tuple["FrontLine", ...]  # the lines regional bodies watch or fight along
    facility_nouns: frozenset[str]
    office_nouns: frozenset[str]
    name_heads: frozenset[str]
    part_words: frozenset[str]
    connectors: frozenset[str]
    ezafe: frozenset[str]  # "e" of "Mazar-e Sharif": joins a name's halves after a hyphen
    articles: frozenset[str]
    capital_articles: frozenset[str]  # "At Tuhayat": a capitalised article inside a sentence begins a name
    group_nouns: frozenset[str]  # "Al Hayash tribesmen": a place's name describes people
    ethnic_words: frozenset[str]  # "ethnic Dogon", "Mossi ethnicity": the name is a people's
    currency_nouns: frozenset[str]  # "the US dollar": a country that sets no context
    capitals: dict[str, tuple[str, str]]  # a country of the vocabulary -> its code and its capital's name
    cue_adjectives: dict[str, str]
    cue_alternation: str  # the cue nouns as a regular expression, longest first
    derivation: re.Pattern  # "about 20 miles west of " before a place
    anchor_nouns: frozenset[str]  # "the capital", "the Nigerian capital": a mention that is the noun takes a bearing
    not_before: re.Pattern  # " border", "-Katsina road" after a name: no bearing from the name
    near: re.Pattern  # "on the outskirts of the town of " before a place
    described: re.Pattern  # ", 20 miles west" or ", near" after a place's name


def rules() -> PlaceRules:
    """The places table, read once by :func:`fogcount.rules.load`."""
    return load().places


def build_place_rules(raw: dict) -> PlaceRules:
    """``data/places.toml`` (parsed) as the typed table, its patterns compiled."""
    cues, near = raw["cue_nouns"], raw["near"]
    bearings = {k.lower(): float(v) for k, v in raw["bearings"].items()}
    units = {k.lower(): float(v) for k, v in raw["distance_units"].items()}
    about = phrase_alternation(near["approximately"])
    anchor_nouns = [*near["towns"], *near["anchor_nouns"]]
    number = r"(?P<dist>\d+(?:[.,]\d+)?|[a-z]+(?:[- ][a-z]+)?)"
    derivation = re.compile(
        rf"(?:(?:{about})\s+)?(?:{number}\s*-?\s*(?P<unit>{alternation(units)})\s+"
        rf"(?:\(\s*[\d.,]+\s*\w+\s*\)\s+)?(?:to\s+the\s+)?)?(?P<dir>{alternation(bearings)})(?:ern)?\s+of\s+"
        # "east of the capital X", "south of the city of X", "north of the provincial capital, X"; "of
        # the " (and a word: "the Nigerian ") before a name that is itself one of the nouns ("capital":
        # places 15-16), which apply_derivations checks (the group "bare")
        rf"(?:the\s+(?:[a-z-]+\s+)?(?:{phrase_alternation(anchor_nouns)})\s*(?:,\s*|of\s+)?"
        rf"|(?P<bare>the\s+(?:[a-z-]+\s+)?))?$",
        re.IGNORECASE)
    not_before = re.compile(rf"(?:\s*[-\u2013]\s*[\w'.]+)*\s+(?:{phrase_alternation(near['not_before'])})\b",
                            re.IGNORECASE)
    near_re = re.compile(rf"(?:{phrase_alternation(near['before'])})\s+"
                         rf"(?:the\s+(?:{phrase_alternation(near['towns'])})\s+of\s+)?$",
                         re.IGNORECASE)
    described = re.compile(
        rf",\s*(?:(?:{phrase_alternation(near['after_name_approximately'])})\s+)?(?:[\d.,]+|[a-z]+)?\s*-?\s*"
        rf"(?:{alternation(near['after_name_units'])})?\s*(?:to\s+the\s+)?"
        rf"(?:{alternation(bearings)}|{phrase_alternation(near['after_name'])})", re.IGNORECASE)
    return PlaceRules(
        anchor_nouns=frozenset(n.lower() for n in anchor_nouns),
        not_before=not_before,
        cue_nouns={k: int(v) for k, v in cues.items() if isinstance(v, int)},
        admin1_cues=frozenset(cues.get("admin1_cues", [])),
        seat_cues=frozenset(cues.get("seat_cues", [])),
        division_cues=frozenset(cues.get("division_cues", [])),
        division_phrases={k.lower(): v for k, v in cues.get("division_phrases", {}).items()},
        leading_cues=frozenset(cues.get("leading_cues", [])),
        part_of_town_cues=frozenset(cues.get("part_of_town_cues", [])),
        town_cues=frozenset(cues.get("town_cues", [])),
        settlement_cues=frozenset(cues.get("settlement_cues", [])),
        route_cues=frozenset(cues.get("route_cues", [])),
        water_cues=frozenset(cues.get("water_cues", [])),
        locative=frozenset(cues.get("locative", [])),
        strong_locative=frozenset(cues.get("strong_locative", [])),
        origin_locative=frozenset(cues.get("origin_locative", [])),
        destination_locative=frozenset(cues.get("destination_locative", [])),
        care_verbs=frozenset(cues.get("care_verbs", [])),
        care_facilities=frozenset(cues.get("care_facilities", [])),
        conveying_verbs=frozenset(cues.get("conveying_verbs", [])),
        care_frame_verbs=frozenset(cues.get("care_frame_verbs", [])),
        near_care_words=frozenset(cues.get("near_care_words", [])),
        care_holding_prepositions=frozenset(cues.get("care_holding_prepositions", [])),
        care_destination_prepositions=frozenset(cues.get("care_destination_prepositions", [])),
        hurt_words=frozenset(cues.get("hurt_words", [])),
        hurt_pronouns=frozenset(cues.get("hurt_pronouns", [])),
        harm_verbs=frozenset(cues.get("harm_verbs", [])),
        injury_words=frozenset(cues.get("injury_words", [])),
        care_facility_parts=frozenset(cues.get("care_facility_parts", [])),
        harm_inside_prepositions=frozenset(cues.get("harm_inside_prepositions", [])),
        not_placing_a_name=frozenset(cues.get("not_placing_a_name", [])),
        person_object_words=frozenset(cues.get("person_object_words", [])),
        person_possessed_words=frozenset(cues.get("person_possessed_words", [])),
        inside_locative=frozenset(cues.get("inside_locative", [])),
        bearings=bearings,
        units=units,
        abbreviations=dict(raw.get("abbreviations", {})),
        regional_actors={k: tuple(v) for k, v in raw.get("regional_actors", {}).items()},
        front_lines=tuple(FrontLine(frozenset(line["actors"]), float(line["reach_km"]),
                                    tuple((float(lat), float(lon)) for lat, lon in line["points"]))
                          for line in raw.get("front_lines", {}).values()),
        facility_nouns=frozenset(raw["organisations"]["facility_nouns"]),
        office_nouns=frozenset(raw["organisations"]["office_nouns"]),
        name_heads=frozenset(raw["organisations"]["name_heads"]),
        part_words=frozenset(raw["parts"]["words"]),
        connectors=frozenset(raw["particles"]["connectors"]),
        ezafe=frozenset(raw["particles"].get("ezafe", [])),
        articles=frozenset(raw["particles"]["articles"]),
        capital_articles=frozenset(raw["particles"]["capital_articles"]),
        group_nouns=frozenset(raw["organisations"]["group_nouns"]),
        ethnic_words=frozenset(raw["organisations"].get("ethnic_words", [])),
        currency_nouns=frozenset(raw["organisations"]["currency_nouns"]),
        capitals={k: (v[0], v[1]) for k, v in raw.get("capitals", {}).items()},
        cue_adjectives=dict(raw["cue_adjectives"]),
        cue_alternation=alternation(k for k, v in cues.items() if isinstance(v, int)),
        derivation=derivation,
        near=near_re,
        described=described,
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
    within: list["Mention"] = dataclasses.field(default_factory=list)  # the divisions the text puts it in, nearest first
    modifies: str | None = None  # what the name describes ("dollar" in "the US dollar", "Forest Service")
    organisation: bool = False  # begins an organisation's name ("Damascus University")
    dateline: bool = False  # the place a report was filed from ("BEIRUT (Reuters) -")
    country_word: bool = False  # a whole country's name or demonym ("Lebanon", "Iraqi")
    # a country's name: read as the first-level division of that name the word after it
    # calls it ("Niger state": True), as the country (False); None for any other name
    as_division: bool | None = None
    borrowed: bool = False  # read off the front of a name the index lacks ("Lamar County Commissioners"): lends no context
    shadowed: set = dataclasses.field(default_factory=set)  # ids of towns named like a division they are not in
    capital_of: str | None = None  # "capital" in "Somalia's capital", "the Afghan capital": that country's
    road_end: bool = False  # one of the two ends a route is named by ("Takum" in "the Takum-Wukari road")
    held: bool = False  # its candidates are those in a division the text names it with ("Kodomun (Demsa LGA)")
