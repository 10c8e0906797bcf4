"""The vocabularies the stages read, one per stage, and their look-ups.

:class:`ClaimsVocabulary` (``data/vocabulary.toml``: units, outcomes, roles,
grammar words, hedges, negation; ``data/noncount.toml``: numbers that are not
counts), :class:`NameRegistry` (``data/actors.toml`` and the users' actor
files, ``data/countries.toml``: names every stage looks for) and
:class:`SourceVocabulary` (``data/sources.toml``: what attribution reads).
:mod:`fogcount.rules` reads the tables once and builds these; this module
answers look-ups and knows nothing of parses or files.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable


def _norm(word: str) -> str:
    return " ".join(word.lower().split())


# Plural endings and their singulars, longest first: "sheikhs", "bodies" -> "body", "clergymen".
_PLURAL_ENDINGS = (("men", "man"), ("ies", "y"), ("es", ""), ("s", ""))
_EDGE_PUNCT = "\"'“”‘’()[]{},;:!?."
_POSSESSIVE = ("'s", "’s")


@dataclasses.dataclass(frozen=True)
class NameMatch:
    start: int
    end: int
    text: str
    key: str  # the table entry it matched


class NameIndex:
    """Whole-word look-up of many names (actors, countries, outlets) in a text,
    in one pass over its words: a dictionary from first word to names. Names in
    capitals of up to six letters (acronyms: "IS", "SDF") match in their own
    case only, so "is" is not the Islamic State; other names in any case."""

    def __init__(self, names):
        self._by_first: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
        for name in set(names):
            words = tuple(w for w, _, _ in self._words(name))  # split as texts are: "People's", "(Maoist)"
            if not words:
                continue
            exact = name.isupper() and len(name.replace(".", "")) <= 6
            key_words = words if exact else tuple(w.lower() for w in words)
            self._by_first.setdefault(key_words[0].lower(), []).append((key_words, name, exact))
        for entries in self._by_first.values():
            entries.sort(key=lambda e: -len(e[0]))

    @staticmethod
    @functools.lru_cache(maxsize=256)
    def _words(text: str) -> tuple[tuple[str, int, int], ...]:
        """The words of ``text`` with their offsets, edge punctuation and
        possessives cut off. Cached: the stages look for countries, actors and
        outlets in the same document and sentences many times over."""
        out = []
        for m in re.finditer(r"\S+", text):
            word, start, end = m.group(0), m.start(), m.end()
            while word and word[0] in _EDGE_PUNCT:
                word, start = word[1:], start + 1
            for suffix in _POSSESSIVE:
                if word.endswith(suffix) and len(word) > 2:
                    word, end = word[: -len(suffix)], end - len(suffix)
            while word and word[-1] in _EDGE_PUNCT and not (word[-1] == "." and len(word) <= 4 and word.isupper()):
                word, end = word[:-1], end - 1
            if word:
                out.append((word, start, end))
        return tuple(out)

    @staticmethod
    @functools.lru_cache(maxsize=256)
    def _lowered(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The words of ``text`` (:meth:`_words`) as written and lower-cased."""
        written = tuple(w for w, _, _ in NameIndex._words(text))
        return written, tuple(w.lower() for w in written)

    def finditer(self, text: str):
        words = self._words(text)
        written, lowered = self._lowered(text)
        i = 0
        while i < len(words):
            entries = self._by_first.get(lowered[i])
            matched = None
            for key_words, name, exact in entries or ():
                n = len(key_words)
                if i + n > len(words):
                    continue
                if (written if exact else lowered)[i : i + n] == key_words:
                    matched = NameMatch(words[i][1], words[i + n - 1][2], text[words[i][1] : words[i + n - 1][2]], name)
                    break
            if matched:
                yield matched
                i += len(matched.key.split())
            else:
                i += 1

    def first(self, text: str) -> NameMatch | None:
        return next(self.finditer(text), None)


@dataclasses.dataclass(frozen=True)
class Outcome:
    name: str
    units: tuple[str, ...]
    verbs: frozenset[str]
    subject_verbs: frozenset[str]
    adjectives: frozenset[str]
    nouns: frozenset[str]
    zero_means: tuple[str, ...] = ()


#: The kinds of figure a rule of data/noncount.toml may judge (its ``figures``):
#: a number written in digits or words ("12", "twelve"), a word of quantity
#: ("many", "dozens"), a word that makes its noun one person ("a man",
#: "another victim", a name) and a zero word ("no", "none", "nobody").
FIGURE_KINDS = ("number", "word", "single", "zero")


@dataclasses.dataclass(frozen=True)
class NonCountRule:
    reason: str
    number: re.Pattern | None
    before: re.Pattern | None
    after: re.Pattern | None
    weak: bool = False  # judged on the words before the number only: asked when it counts nothing
    # a fact of the parse the rule needs ("apposed to a person", "counts a singular noun"), if any
    parse: str | None = None
    figures: frozenset[str] = frozenset({"number"})  # the kinds of figure it judges (FIGURE_KINDS)

    def matches(self, number: str, before: str, after: str,
                facts: frozenset[str] | Callable[[], frozenset[str]] = frozenset(), kind: str = "number") -> bool:
        """``facts`` may be a function that reads them from the parse: asked last, only when the text matches."""
        return (
            kind in self.figures
            and (self.number is None or bool(self.number.search(number)))
            and (self.before is None or bool(self.before.search(before)))
            and (self.after is None or bool(self.after.match(after)))
            and (self.parse is None or self.parse in (facts() if callable(facts) else facts))
        )


def noncount_rules(raw: dict) -> tuple[NonCountRule, ...]:
    """The rules of data/noncount.toml, in table order."""
    flags = re.IGNORECASE
    rules = []
    for rule in raw["rule"]:
        figures = frozenset(rule.get("figures", ["number"]))
        if not figures or figures - set(FIGURE_KINDS):
            raise ValueError(f"rule {rule['reason']!r}: figures must be some of {', '.join(FIGURE_KINDS)}")
        rules.append(NonCountRule(
            reason=rule["reason"],
            number=re.compile(rule["number"], flags) if "number" in rule else None,
            before=re.compile(rule["before"], flags) if "before" in rule else None,
            after=re.compile(rule["after"], flags) if "after" in rule else None,
            weak=bool(rule.get("weak", False)),
            parse=rule.get("parse"),
            figures=figures,
        ))
    return tuple(rules)


@dataclasses.dataclass(frozen=True)
class Actor:
    name: str
    aliases: tuple[str, ...]
    kind: str
    country: str | None
    conflicts: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()
    role: str = "unknown"  # of people counted under this actor's name ([kind] of actors.toml)
    source_kind: str = "unknown"  # of a source that speaks for this actor
    side: str | None = None  # "state" or "nonstate"


@dataclasses.dataclass(frozen=True)
class ActorKind:
    """A row of ``[kind]`` in data/actors.toml: what an actor's kind says of it."""

    name: str
    role: str
    source_kind: str
    side: str  # "state" or "nonstate", for event typing


@dataclasses.dataclass(frozen=True)
class SourceStanding:
    """A row of ``[standing]`` in data/sources.toml: how far a kind of source
    is trusted and when it is a party to the fighting."""

    rank: int  # lower is more reliable
    party: str  # "always", "outlet", "state" or "unknown"


class ClaimsVocabulary:
    """What the claims stage reads: units, outcomes, roles, grammar words,
    hedges, negation and the numbers that are not counts
    (data/vocabulary.toml, data/noncount.toml)."""

    def __init__(self, raw: dict, noncount: tuple[NonCountRule, ...],
                 person_nouns: Callable[[], frozenset[str]] = frozenset):
        self.units: tuple[str, ...] = tuple(raw["unit"])
        # Nouns the table does not list name people when the lexical resource says
        # so (fogcount.lexicon, asked lazily: only for a noun the table lacks);
        # ``not_nouns`` of [unit.people] are where it is wrong for news.
        self._person_nouns = person_nouns
        self.not_people = frozenset(_norm(n) for n in raw["unit"]["people"].get("not_nouns", []))
        self.default_outcome: dict[str, str | None] = {
            unit: spec.get("default_outcome") for unit, spec in raw["unit"].items()
        }
        self.noun_units: dict[str, list[str]] = {}
        for unit, spec in raw["unit"].items():
            for noun in spec["nouns"]:
                self.noun_units.setdefault(_norm(noun), []).append(unit)
        self.outcomes: dict[str, Outcome] = {
            name: Outcome(
                name=name,
                units=tuple(spec["units"]),
                verbs=frozenset(_norm(v) for v in spec.get("verbs", [])),
                subject_verbs=frozenset(_norm(v) for v in spec.get("subject_verbs", [])),
                adjectives=frozenset(_norm(a) for a in spec.get("adjectives", [])),
                nouns=frozenset(_norm(n) for n in spec.get("nouns", [])),
                zero_means=tuple(spec.get("zero_means", [])),
            )
            for name, spec in raw["outcome"].items()
        }
        self.roles: dict[str, str] = {}
        for role in ("civilian", "combatant", "security_forces"):
            for noun in raw["role"][role]:
                self.roles[_norm(noun)] = role
        self.civilian_modifiers = frozenset(_norm(w) for w in raw["role"]["civilian_modifiers"])
        self.combatant_modifiers = frozenset(_norm(w) for w in raw["role"]["combatant_modifiers"])
        self.possessed_nouns = frozenset(_norm(w) for w in raw["role"]["possessed_nouns"])
        grammar = raw["grammar"]
        self.light_verbs = frozenset(grammar["light_verbs"])
        self.copulas = frozenset(grammar["copulas"])
        self.running_total_verbs = frozenset(grammar["running_total_verbs"])
        self.tally_nouns = frozenset(grammar["tally_nouns"])
        self.collective_nouns = frozenset(grammar["collective_nouns"])
        self.single_determiners = frozenset(grammar["single_determiners"])
        self.definite_determiners = frozenset(grammar["definite_determiners"])
        self.plural_only_nouns = frozenset(grammar["plural_only_nouns"])
        self.group_count_nouns = frozenset(grammar["group_count_nouns"])
        self.family_nouns = frozenset(grammar["family_nouns"])
        self.household_outcomes = frozenset(grammar["household_outcomes"])
        self.member_harm_outcomes = frozenset(grammar["member_harm_outcomes"])
        self.habit_adverbs = frozenset(grammar["habit_adverbs"])
        self.whenever_adverbs = frozenset(grammar["whenever_adverbs"])
        self.habit_determiners = frozenset(grammar["habit_determiners"])
        self.rate_determiners = frozenset(grammar["rate_determiners"])
        self.rate_words = frozenset(grammar["rate_words"])
        self.period_roots = tuple(grammar["period_roots"])
        self.anchor_adverbs = frozenset(grammar["anchor_adverbs"])
        self.anchor_prepositions = frozenset(grammar["anchor_prepositions"])
        self.subset_words = frozenset(grammar["subset_words"])
        self.accompanying_prepositions = frozenset(grammar["accompanying_prepositions"])
        self.breakdown_verbs = frozenset(grammar["breakdown_verbs"])
        self.one_person_pronouns = frozenset(grammar["one_person_pronouns"])
        self.plural_possessives = frozenset(grammar["plural_possessives"])
        self.one_person_possessives = frozenset(grammar["one_person_possessives"])
        self.possessed_kin_nouns = frozenset(_norm(n) for n in grammar["possessed_kin_nouns"])
        self.singular_auxiliaries = frozenset(grammar["singular_auxiliaries"])
        self.plural_auxiliaries = frozenset(grammar["plural_auxiliaries"])
        self.not_outcome_verbs = frozenset(_norm(v) for v in grammar["not_outcome_verbs"])
        self.elliptic_determiners = frozenset(grammar["elliptic_determiners"])
        self.ordinal_kind_nouns = frozenset(grammar["ordinal_kind_nouns"])
        self.breakdown_whole_nouns = frozenset(grammar["breakdown_whole_nouns"])
        self.group_pronouns = frozenset(grammar["group_pronouns"])
        self.dual_determiners = frozenset(grammar["dual_determiners"])
        self.set_nouns: dict[str, int] = {_norm(k): int(v) for k, v in grammar["set_nouns"].items()}
        self.equal_words = frozenset(grammar.get("equal_words", ()))
        self.other_words = frozenset(grammar["other_words"])
        self.others_determiners = frozenset(grammar["others_determiners"])
        self.additive_adverbs = frozenset(grammar["additive_adverbs"])
        self.fatal_adverbs = frozenset(grammar["fatal_adverbs"])
        self.fatal_adverb_hedges = frozenset(grammar.get("fatal_adverb_hedges", ()))
        self.fatal_adjectives = frozenset(grammar["fatal_adjectives"])
        self.multiplying_words = {_norm(k): int(v) for k, v in grammar["multiplying_words"].items()}
        self.multiplied_nouns = {_norm(k): str(v) for k, v in grammar["multiplied_nouns"].items()}
        self.counterfactual_modals = frozenset(grammar["counterfactual_modals"])
        self.possibility_modals = frozenset(grammar["possibility_modals"])
        self.future_modals = frozenset(grammar["future_modals"])
        self.future_participles = frozenset(grammar["future_participles"])
        self.corpse_nouns = frozenset(grammar["corpse_nouns"])
        self.care_cues = frozenset(grammar["care_cues"])
        self.reprisal_nouns = frozenset(_norm(w) for w in grammar["reprisal_nouns"])
        self.reprisal_verbs = frozenset(_norm(w) for w in grammar["reprisal_verbs"])
        self.reprisal_prepositions = frozenset(_norm(w) for w in grammar["reprisal_prepositions"])
        self.illness_words = frozenset(grammar["illness_words"])
        self.illness_adjectives = frozenset(grammar["illness_adjectives"])
        self.illness_verbs = frozenset(grammar["illness_verbs"])
        self.figurative_determiners = frozenset(grammar["figurative_determiners"])
        self.violence_action_kinds = tuple(grammar["violence_action_kinds"])
        self.neutral_death_verbs = frozenset(_norm(v) for v in grammar["neutral_death_verbs"])
        self.relative_pronoun_tags = frozenset(grammar["relative_pronoun_tags"])
        self.prevalence_frames = tuple(tuple(f.split()) for f in grammar["prevalence_frames"])
        self.harm_words = frozenset(grammar["harm_words"])
        self.forecast_nouns = frozenset(grammar["forecast_nouns"])
        self.wanting_verbs = frozenset(grammar["wanting_verbs"])
        self.goal_nouns = frozenset(grammar["goal_nouns"])
        self.ability_words = frozenset(grammar["ability_words"])
        self.employment_verbs = frozenset(grammar.get("employment_verbs", ()))
        self.size_adjectives = frozenset(grammar["size_adjectives"])
        self.lost_words = frozenset(grammar["lost_words"])
        self.mishap_words = frozenset(grammar["mishap_words"])
        self.mishap_nouns_only = frozenset(grammar["mishap_nouns_only"])
        self.taking_words = frozenset(grammar["taking_words"])
        self.lost_verbs = frozenset(grammar["lost_verbs"])
        self.found_verbs = frozenset(grammar["found_verbs"])
        self.safe_words = frozenset(grammar["safe_words"])
        self.condition_marks = frozenset(grammar["condition_marks"])
        self.time_marks = frozenset(grammar["time_marks"])
        self.generic_determiners = frozenset(grammar["generic_determiners"])
        self.ability_modals = frozenset(grammar["ability_modals"])
        self.evidence_verbs = frozenset(grammar["evidence_verbs"])
        self.rumour_nouns = frozenset(grammar["rumour_nouns"])
        self.time_nouns = frozenset(_norm(w) for w in grammar["time_nouns"])
        self.back_pronouns = frozenset(grammar["back_pronouns"])
        self.other_time_nouns = frozenset(grammar["other_time_nouns"])
        self.cause_prepositions = frozenset(grammar["cause_prepositions"])
        self.illness_of_prepositions = frozenset(grammar["illness_of_prepositions"])
        self.age_nouns = frozenset(grammar["age_nouns"])
        self.dying_verbs = frozenset(grammar["dying_verbs"])
        self.year_on_people_range = tuple(grammar["year_on_people_range"])
        self.year_cohort_nouns = frozenset(grammar["year_cohort_nouns"])
        self.carried_to_care = frozenset(_norm(v) for v in grammar["carried_to_care"])
        self.carried_harm_words = frozenset(grammar["carried_harm_words"])
        self.hurt_conditions = frozenset(grammar["hurt_conditions"])
        self.others_injury_prepositions = frozenset(grammar["others_injury_prepositions"])
        self.person_injury_prepositions = frozenset(grammar["person_injury_prepositions"])
        self.dweller_nouns = frozenset(grammar["dweller_nouns"])
        self.population_change_verbs = frozenset(grammar["population_change_verbs"])
        self.population_change_prepositions = frozenset(grammar["population_change_prepositions"])
        self.place_relatives = frozenset(grammar["place_relatives"])
        self.mind_care_words = frozenset(grammar["mind_care_words"])
        self.care_places = frozenset(grammar["care_places"])
        self.violent_causes = frozenset(grammar["violent_causes"])
        self.pathogen_roots = tuple(grammar["pathogen_roots"])
        self.illness_roots = tuple(grammar["illness_roots"])
        self.dug_things = frozenset(grammar["dug_things"])
        self.sick_roots = tuple(grammar["sick_roots"])
        self.explosive_roots = tuple(grammar["explosive_roots"])
        self.graver_outcomes = list(grammar["graver_outcomes"])
        self.combined_outcomes = {frozenset(row[:2]): row[2] for row in grammar["combined_outcomes"]}
        self.reflexive_pronouns = frozenset(grammar["reflexive_pronouns"])
        self.people_reflexives = frozenset(grammar["people_reflexives"])
        self.distributive_words = frozenset(grammar["distributive_words"])
        self.self_turning_verbs = frozenset(grammar["self_turning_verbs"])
        self.self_killing_phrases = frozenset(_norm(v) for v in grammar["self_killing_phrases"])
        self.not_self_harm_verbs = frozenset(_norm(v) for v in grammar["not_self_harm_verbs"])
        self.self_attempt_verbs = frozenset(grammar["self_attempt_verbs"])
        self.shooting_at_verbs = frozenset(grammar["shooting_at_verbs"])
        self.surviving_verbs = frozenset(grammar["surviving_verbs"])
        self.survival_words = frozenset(grammar["survival_words"])
        self.burning_verbs = frozenset(_norm(v) for v in grammar["burning_verbs"])
        self.conjunctions: dict[str, str] = {
            _norm(word): kind
            for kind in ("additive", "alternative", "negative")
            for word in grammar[f"{kind}_conjunctions"]
        }
        self.hedges: dict[str, str] = {
            _norm(word): hedge for hedge, words in raw["hedge"].items() for word in words
        }
        frame = raw["present_frame"]  # claims._licensed_presence
        self.force_roots = tuple(frame["force_roots"])
        self.force_nouns = frozenset(_norm(n) for n in frame["force_nouns"])
        self.harm_outcomes = tuple(frame["harm_outcomes"])
        self.gathering_object_verbs = frozenset(_norm(v) for v in frame["gathering_object_verbs"])
        self.vehicle_roots = tuple(frame["vehicle_roots"])
        self.military_vehicle_nouns = frozenset(_norm(n) for n in frame["vehicle_nouns"])
        self.vehicle_groups = frozenset(frame["vehicle_groups"])
        self.vehicle_adjectives = frozenset(frame["vehicle_adjectives"])
        self.gathering_roots = tuple(frame["gathering_roots"])
        self.gathering_nouns = frozenset(_norm(n) for n in frame["gathering_nouns"])
        self.force_vehicle_prepositions = frozenset(frame["force_vehicle_prepositions"])
        self.arming_prepositions = frozenset(frame["arming_prepositions"])
        self.weapon_roots = tuple(frame["weapon_roots"])
        self.participation_verbs = frozenset(_norm(v) for v in frame["participation_verbs"])
        self.gathering_prepositions = frozenset(frame["gathering_prepositions"])
        tally = raw["tally"]
        self.tally_area_prepositions = frozenset(tally["area_prepositions"])
        self.tally_area_nouns = frozenset(tally["area_nouns"])
        self.tally_since_prepositions = frozenset(tally["since_prepositions"])
        self.tally_since_nouns = frozenset(tally["since_nouns"])
        self.tally_span_prepositions = frozenset(tally["span_prepositions"])
        self.tally_span_nouns = frozenset(tally["span_nouns"])
        self.tally_span_words = frozenset(tally["span_words"])
        self.tally_period_nouns = frozenset(tally["period_nouns"])
        self.tally_period_determiners = frozenset(tally["period_determiners"])
        self.tally_point_words = frozenset(tally["point_words"])
        self.tally_series_nouns = frozenset(tally["series_nouns"])
        self.tally_happening_nouns = frozenset(tally["happening_nouns"])
        self.tally_apart_words = frozenset(tally["apart_words"])
        self.tally_happening_prepositions = frozenset(tally["happening_prepositions"])
        neg = raw["negation"]
        self.zero_words = frozenset(_norm(w) for w in neg["zero_words"])
        self.negative_polarity = frozenset(_norm(w) for w in neg["negative_polarity"])
        self.negators = frozenset(_norm(w) for w in neg["negators"])
        self.additive_words = frozenset(_norm(w) for w in neg["additive_words"])
        self.corrective_conjunctions = frozenset(_norm(w) for w in neg["corrective_conjunctions"])
        self.people_pronouns = frozenset(_norm(w) for w in neg["people_pronouns"])
        self.knowing_adjectives = frozenset(_norm(w) for w in neg["knowing_adjectives"])
        self.zero_first_words = frozenset(w.split()[0] for w in self.zero_words | self.negative_polarity)
        self.noncount = noncount
        # each kind of figure's rules, in table order: most rules judge numbers only
        self._noncount_of_kind = {kind: tuple(r for r in noncount if kind in r.figures) for kind in FIGURE_KINDS}

    # -- units and outcomes ------------------------------------------------
    def units_of(self, noun: str) -> list[str]:
        """The units a noun counts: the table's, else people where the lexical
        resource names it a person ("20 devotees", "the muezzin")."""
        noun = _norm(noun)
        units = self.noun_units.get(noun)
        if units is not None:
            return units
        persons = self._person_nouns()
        # a plural the tagger left as it is (a proper noun: "Six Sheikhs"): its singular, as WordNet lists it
        forms = [noun] + [noun[: len(noun) - len(end)] + base for end, base in _PLURAL_ENDINGS if noun.endswith(end)]
        if any(form in self.not_people for form in forms):
            return []
        return ["people"] if any(form in persons for form in forms) else []

    def _outcome_for(self, names, units) -> tuple[str, str] | None:
        for name in names:
            outcome = self.outcomes[name]
            for unit in units:
                if unit in outcome.units:
                    return unit, name
        return None

    def verb_outcome(self, keys: list[str], units: list[str], *, as_subject: bool) -> tuple[str, str, str] | None:
        """(unit, outcome, key) for the first verb key (longest first) that fits one of ``units``.
        ``as_subject``: the counted thing is the verb's active subject, so only
        verbs that happen *to* their subject count ("fled", "died")."""
        for key in keys:
            key = _norm(key)
            if key in self.not_outcome_verbs:
                return None  # "treated to a trip": the verb names no outcome here, whatever it alone would
            names = [
                name
                for name, o in self.outcomes.items()
                if key in (o.subject_verbs if as_subject else o.verbs)
            ]
            found = self._outcome_for(names, units)
            if found:
                return (*found, key)
        return None

    def adjective_outcome(self, word: str, units: list[str]) -> tuple[str, str] | None:
        word = _norm(word)
        return self._outcome_for([n for n, o in self.outcomes.items() if word in o.adjectives], units)

    def noun_outcome(self, noun: str, units: list[str]) -> tuple[str, str] | None:
        noun = _norm(noun)
        return self._outcome_for([n for n, o in self.outcomes.items() if noun in o.nouns], units)

    def conjunction_kind(self, words: list[str]) -> str | None:
        """'additive', 'alternative' or 'negative' for the coordinator that ends
        ``words`` (the parser's coordinator word and the words before it, which
        multi-word entries such as "as well as" need), else None."""
        words = [_norm(w) for w in words]
        for size in range(min(len(words), 3), 0, -1):
            kind = self.conjunctions.get(" ".join(words[-size:]))
            if kind:
                return kind
        return None

    # -- roles, hedges, non-counts ----------------------------------------
    def role_of(self, noun: str) -> str | None:
        return self.roles.get(_norm(noun))

    def hedge_of(self, word: str) -> str | None:
        return self.hedges.get(_norm(word))

    def noncount_reason(self, number: str, before: str, after: str, *, weak: bool = True,
                        facts: frozenset[str] | Callable[[], frozenset[str]] = frozenset(),
                        kind: str = "number") -> str | None:
        """The first rule that says the figure is not a count; ``weak`` rules only when asked;
        ``facts``: what the parse says of it (claims.PARSE_FACTS); ``kind``: what
        kind of figure it is (FIGURE_KINDS: a number unless said)."""
        for rule in self._noncount_of_kind[kind]:
            if (weak or not rule.weak) and rule.matches(number, before, after, facts, kind):
                return rule.reason
        return None


class NameRegistry:
    """The actors and countries named in texts (data/actors.toml and the
    users' actor files, data/countries.toml): read by claims, attribution,
    places, events and event types alike."""

    def __init__(self, actors: tuple[Actor, ...], countries: dict):
        self.actors = actors
        self._actor_by_alias: dict[str, Actor] = {}
        for actor in reversed(self.actors):  # a user's file, read last, wins over the shipped one
            for alias in (actor.name, *actor.aliases):
                self._actor_by_alias[alias if alias.isupper() else alias.lower()] = actor
        self._actor_index = NameIndex([a for actor in self.actors for a in (actor.name, *actor.aliases)])
        self._country_by_name: dict[str, str] = {}
        for country, names in countries["country"].items():
            for name in names:
                self._country_by_name[name if name.isupper() else name.lower()] = country
        self._country_index = NameIndex([name for names in countries["country"].values() for name in names])
        self.country_names = frozenset(name.lower() for name in countries["country"])

    def find_actor(self, text: str) -> Actor | None:
        """The first registry actor named in ``text``."""
        match = self._actor_index.first(text)
        return self.actor_named(match.key) if match else None

    def find_actors(self, text: str) -> list[Actor]:
        """Every registry actor named in ``text``, in order, once each."""
        found: dict[str, Actor] = {}
        for match in self._actor_index.finditer(text):
            actor = self.actor_named(match.key)
            if actor is not None:
                found.setdefault(actor.name, actor)
        return list(found.values())

    def actor_mentions(self, text: str) -> list[NameMatch]:
        """Where registry actors are named in ``text``."""
        return list(self._actor_index.finditer(text))

    def actor_named(self, name: str) -> Actor | None:
        return self._actor_by_alias.get(name) or self._actor_by_alias.get(" ".join(name.lower().split()))

    def _country(self, name: str) -> str | None:
        return self._country_by_name.get(name) or self._country_by_name.get(" ".join(name.lower().split()))

    def find_country(self, text: str) -> str | None:
        match = self._country_index.first(text)
        return self._country(match.key) if match else None

    def find_countries(self, text: str) -> list[tuple[str, int, int]]:
        """(country, start, end) of every country word in ``text``."""
        return [(self._country(m.key), m.start, m.end) for m in self._country_index.finditer(text) if self._country(m.key)]


class SourceVocabulary:
    """What the attribution stage reads (data/sources.toml): reporting verbs,
    channels and outlets, titles, the words of each source kind, pronouns and
    the words that name a side's forces."""

    def __init__(self, sources: dict):
        verbs = sources["verbs"]
        self.speech_verbs = frozenset(verbs["speech"])
        self.relay_verbs = frozenset(verbs["relay"])
        self.quote_verbs = frozenset(verbs["quote"])
        self.quoting_words = frozenset(verbs["quoting"])
        self.show_verbs = frozenset(verbs["show"])
        self.post_verbs = frozenset(verbs["post"])
        self.put_objects = frozenset(verbs["put_objects"])
        self.according_not_sources = frozenset(verbs["according_not_sources"])
        self.statement_nouns = frozenset(verbs["statement_nouns"])
        self.channel_participles = frozenset(verbs["channel_participles"])
        channels = sources["channels"]
        self.medium_nouns = frozenset(_norm(n) for n in channels["media"])
        self.outlet_nouns = frozenset(_norm(n) for n in channels["outlet_nouns"])
        self._outlet_noun_re = re.compile(
            r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(self.outlet_nouns, key=len, reverse=True)) + r")(?![\w-])",
            re.IGNORECASE)
        self.group_nouns = frozenset(_norm(n) for n in channels["group_nouns"])
        self.channel_prepositions = frozenset(channels["prepositions"])
        self.carried_by = {medium: tuple(preps) for medium, preps in channels["carried_by"].items()}
        self.outlet_index = NameIndex(channels["outlets"])
        self.titles = frozenset(_norm(t) for t in sources["titles"]["words"])
        self.source_standing = {kind: SourceStanding(int(row["rank"]), str(row["party"]))
                                for kind, row in sources["standing"].items()}
        self.country_actor_kinds = frozenset(sources["affiliation"]["country_actor_kinds"])
        self.source_kinds: tuple[tuple[str, re.Pattern], ...] = tuple(
            (kind, re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w.strip()) for w in sorted(words, key=len, reverse=True)) + r")(?:e?s)?(?![\w-])", re.IGNORECASE))
            for kind, words in sources["kinds"].items()
        )
        pronouns = sources["pronouns"]
        self.pronouns = frozenset(pronouns["people"])
        self.person_pronouns = frozenset(pronouns["person"])
        self.relative_pronouns = frozenset(pronouns["relative"])
        self.quoted_pronouns = frozenset(pronouns["quoted"])
        self.name_particles = frozenset(sources["titles"]["name_particles"])
        self.abbreviated_titles = tuple(sources["titles"]["abbreviated"])
        parties = sources["parties"]
        force = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(parties["force_words"], key=len, reverse=True))
        between = "|".join(map(re.escape, parties["between"]))
        # after a country word: up to four joining words, then a force word ("Iraqi and coalition warplanes")
        self.party_force_re = re.compile(
            rf"(?:[\s,-]+(?:{between}|[A-Z][\w.-]*)){{0,4}}[\s-]+(?:{force}|F-\d+s?)\b")

    def find_outlet(self, text: str) -> NameMatch | None:
        return self.outlet_index.first(text)

    def names_outlet(self, text: str) -> bool:
        """Does the phrase name a news outlet ("the Al-Mada newspaper", "Reuters", "state media")?"""
        return self.find_outlet(text) is not None or self._outlet_noun_re.search(text) is not None

    def without_outlets(self, text: str) -> str:
        """``text`` with the names of known outlets blanked out."""
        for match in reversed(list(self.outlet_index.finditer(text))):
            text = text[: match.start] + " " + text[match.end :]
        return text

    def source_kind(self, text: str) -> str | None:
        """The first kind (in table order) with a word in ``text``."""
        for kind, pattern in self.source_kinds:
            if pattern.search(text):
                return kind
        return None


class Vocabulary:
    """The three vocabularies in one, for the stages that still take one
    object: it answers every attribute and look-up of the claims', the
    names' and the sources' vocabulary (their names do not overlap), copied
    once so that the stages' many look-ups cost no more than before. Build
    with :func:`vocabulary` or take ``Rules.vocabulary``."""

    def __init__(self, claims: ClaimsVocabulary, names: NameRegistry, sources: SourceVocabulary):
        for part in (claims, names, sources):
            for name in dir(part):
                if not name.startswith("__"):
                    setattr(self, name, getattr(part, name))
        self.claims, self.names, self.sources = claims, names, sources


def vocabulary(actor_files: tuple[str, ...] = ()) -> Vocabulary:
    """The rule tables' look-ups, with ``actor_files`` (users' actor
    registries, the layout of data/actors.toml) added to the shipped one;
    read once by :func:`fogcount.rules.load`."""
    from .rules import load

    return load(tuple(actor_files)).vocabulary
