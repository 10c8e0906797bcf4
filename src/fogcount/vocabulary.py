"""The category vocabulary and the rule tables that read it.

``data/vocabulary.toml`` holds units (what is counted), outcomes (what
happened to it), roles, hedges and negation words; ``data/noncount.toml`` the
numbers that are not counts; ``data/actors.toml`` the seed actor registry.
This module loads them once and answers look-ups; it knows nothing of parses.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import tomllib
from importlib import resources

from .errors import SettingsError


def _load(name: str) -> dict:
    return tomllib.loads(resources.files("fogcount.data").joinpath(name).read_text("utf-8"))


def _norm(word: str) -> str:
    return " ".join(word.lower().split())


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
    def _words(text: str) -> list[tuple[str, int, int]]:
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
        return out

    def finditer(self, text: str):
        words = self._words(text)
        i = 0
        while i < len(words):
            entries = self._by_first.get(words[i][0].lower())
            matched = None
            for key_words, name, exact in entries or ():
                n = len(key_words)
                if i + n > len(words):
                    continue
                got = tuple(w for w, _, _ in words[i : i + n])
                if (got if exact else tuple(w.lower() for w in got)) == key_words:
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


@dataclasses.dataclass(frozen=True)
class NonCountRule:
    reason: str
    number: re.Pattern | None
    before: re.Pattern | None
    after: re.Pattern | None
    weak: bool = False  # judged on the words before the number only: asked when it counts nothing

    def matches(self, number: str, before: str, after: str) -> bool:
        return (
            (self.number is None or bool(self.number.search(number)))
            and (self.before is None or bool(self.before.search(before)))
            and (self.after is None or bool(self.after.match(after)))
        )


@dataclasses.dataclass(frozen=True)
class Actor:
    name: str
    aliases: tuple[str, ...]
    kind: str
    country: str | None
    conflicts: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()

    @property
    def role(self) -> str:
        """The role of people counted under this actor's name."""
        return _ACTOR_ROLES.get(self.kind, "unknown")

    @property
    def source_kind(self) -> str:
        """The kind of a source that speaks for this actor."""
        return _ACTOR_SOURCE_KINDS.get(self.kind, "unknown")


_ACTOR_ROLES = {"armed_group": "combatant", "militia": "combatant", "pmc": "combatant",
                "state_forces": "security_forces", "coalition": "security_forces", "peacekeeping": "security_forces"}
_ACTOR_SOURCE_KINDS = {"armed_group": "armed_group", "militia": "militia", "pmc": "armed_group",
                       "state_forces": "military", "coalition": "military", "peacekeeping": "international_org"}


class Vocabulary:
    """Look-ups over the rule tables. Build once with :func:`vocabulary`."""

    def __init__(self, raw: dict, noncount: dict, actors: list[dict], sources: dict, countries: dict):
        self.units: tuple[str, ...] = tuple(raw["unit"])
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
        self.running_total_verbs = frozenset(grammar["running_total_verbs"])
        self.tally_nouns = frozenset(grammar["tally_nouns"])
        self.collective_nouns = frozenset(grammar["collective_nouns"])
        self.single_determiners = frozenset(grammar["single_determiners"])
        self.subset_words = frozenset(grammar["subset_words"])
        self.graver_outcomes = list(grammar["graver_outcomes"])
        self.conjunctions: dict[str, str] = {
            _norm(word): kind
            for kind in ("additive", "alternative", "negative")
            for word in grammar[f"{kind}_conjunctions"]
        }
        self.hedges: dict[str, str] = {
            _norm(word): hedge for hedge, words in raw["hedge"].items() for word in words
        }
        neg = raw["negation"]
        self.zero_words = frozenset(_norm(w) for w in neg["zero_words"])
        self.negative_polarity = frozenset(_norm(w) for w in neg["negative_polarity"])
        self.negators = frozenset(_norm(w) for w in neg["negators"])
        self.people_pronouns = frozenset(_norm(w) for w in neg["people_pronouns"])
        self.zero_first_words = frozenset(w.split()[0] for w in self.zero_words | self.negative_polarity)
        flags = re.IGNORECASE
        self.noncount = tuple(
            NonCountRule(
                reason=rule["reason"],
                number=re.compile(rule["number"], flags) if "number" in rule else None,
                before=re.compile(rule["before"], flags) if "before" in rule else None,
                after=re.compile(rule["after"], flags) if "after" in rule else None,
                weak=bool(rule.get("weak", False)),
            )
            for rule in noncount["rule"]
        )
        self.actors: tuple[Actor, ...] = tuple(
            Actor(
                name=a["name"],
                aliases=tuple(a.get("aliases", [])),
                kind=a.get("kind", "armed_group"),
                country=a.get("country") or None,
                conflicts=tuple(a.get("conflicts", [])),
                affiliations=tuple(a.get("affiliations", [])),
            )
            for table in actors
            for a in table.get("actor", [])
        )
        self._actor_by_alias: dict[str, Actor] = {}
        for actor in reversed(self.actors):  # a user's file, read last, wins over the shipped one
            for alias in (actor.name, *actor.aliases):
                self._actor_by_alias[alias if alias.isupper() else alias.lower()] = actor
        self._actor_index = NameIndex([a for actor in self.actors for a in (actor.name, *actor.aliases)])

        verbs = sources["verbs"]
        self.speech_verbs = frozenset(verbs["speech"])
        self.relay_verbs = frozenset(verbs["relay"])
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
        self.source_kinds: tuple[tuple[str, re.Pattern], ...] = tuple(
            (kind, re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w.strip()) for w in sorted(words, key=len, reverse=True)) + r")(?![\w-])", re.IGNORECASE))
            for kind, words in sources["kinds"].items()
        )
        self.pronouns = frozenset(sources["pronouns"]["people"])
        self.name_particles = frozenset(sources["titles"]["name_particles"])
        parties = sources["parties"]
        force = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(parties["force_words"], key=len, reverse=True))
        between = "|".join(map(re.escape, parties["between"]))
        # after a country word: up to four joining words, then a force word ("Iraqi and coalition warplanes")
        self.party_force_re = re.compile(
            rf"(?:[\s,-]+(?:{between}|[A-Z][\w.-]*)){{0,4}}[\s-]+(?:{force}|F-\d+s?)\b")
        self._country_by_name: dict[str, str] = {}
        for country, names in countries["country"].items():
            for name in names:
                self._country_by_name[name if name.isupper() else name.lower()] = country
        self._country_index = NameIndex([name for names in countries["country"].values() for name in names])
        self.country_names = frozenset(name.lower() for name in countries["country"])

    # -- units and outcomes ------------------------------------------------
    def units_of(self, noun: str) -> list[str]:
        return self.noun_units.get(_norm(noun), [])

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

    # -- roles, hedges, actors, non-counts ---------------------------------
    def role_of(self, noun: str) -> str | None:
        return self.roles.get(_norm(noun))

    def hedge_of(self, word: str) -> str | None:
        return self.hedges.get(_norm(word))

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

    def _country(self, name: str) -> str | None:
        return self._country_by_name.get(name) or self._country_by_name.get(" ".join(name.lower().split()))

    def find_country(self, text: str) -> str | None:
        match = self._country_index.first(text)
        return self._country(match.key) if match else None

    def find_countries(self, text: str) -> list[tuple[str, int, int]]:
        """(country, start, end) of every country word in ``text``."""
        return [(self._country(m.key), m.start, m.end) for m in self._country_index.finditer(text) if self._country(m.key)]

    def source_kind(self, text: str) -> str | None:
        """The first kind (in table order) with a word in ``text``."""
        for kind, pattern in self.source_kinds:
            if pattern.search(text):
                return kind
        return None

    def noncount_reason(self, number: str, before: str, after: str, *, weak: bool = True) -> str | None:
        """The first rule that says the number is not a count; ``weak`` rules only when asked."""
        for rule in self.noncount:
            if (weak or not rule.weak) and rule.matches(number, before, after):
                return rule.reason
        return None


ACTOR_KINDS = frozenset(_ACTOR_ROLES)


def _check_actors(path: str, table: dict) -> None:
    """Refuse an actors file whose entries would be read wrongly."""
    entries = table.get("actor", [])
    if not isinstance(entries, list):
        raise SettingsError(f"{path}: 'actor' must be a list of [[actor]] tables")
    for number, entry in enumerate(entries, start=1):
        where = f"{path}: actor {number}"
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
            raise SettingsError(f"{where} needs a name")
        for key in ("aliases", "conflicts", "affiliations"):
            value = entry.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise SettingsError(f"{where} ({entry['name']}): '{key}' must be a list of strings")
        if entry.get("kind", "armed_group") not in ACTOR_KINDS:
            raise SettingsError(f"{where} ({entry['name']}): kind must be one of {', '.join(sorted(ACTOR_KINDS))}")


@functools.lru_cache(maxsize=8)
def vocabulary(actor_files: tuple[str, ...] = ()) -> Vocabulary:
    """The rule tables, loaded once; ``actor_files`` are users' actor registries
    (same TOML layout as data/actors.toml) added to the shipped one."""
    actors = [_load("actors.toml")]
    for path in actor_files:
        try:
            with open(path, "rb") as handle:
                actors.append(tomllib.load(handle))
        except OSError as exc:
            raise SettingsError(f"{path}: cannot read the actors file ({exc.strerror or exc})") from None
        except tomllib.TOMLDecodeError as exc:
            raise SettingsError(f"{path}: not a valid actors file ({exc})") from None
        _check_actors(path, actors[-1])
    return Vocabulary(_load("vocabulary.toml"), _load("noncount.toml"), actors, _load("sources.toml"),
                      _load("countries.toml"))
