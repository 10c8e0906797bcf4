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


def _load(name: str) -> dict:
    return tomllib.loads(resources.files("fogcount.data").joinpath(name).read_text("utf-8"))


def _norm(word: str) -> str:
    return " ".join(word.lower().split())


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

    @property
    def role(self) -> str:
        return {"armed_group": "combatant", "militia": "combatant", "state_forces": "security_forces"}.get(
            self.kind, "unknown"
        )


class Vocabulary:
    """Look-ups over the rule tables. Build once with :func:`vocabulary`."""

    def __init__(self, raw: dict, noncount: dict, actors: dict):
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
            )
            for rule in noncount["rule"]
        )
        self.actors = tuple(
            Actor(a["name"], tuple(a["aliases"]), a["kind"], a.get("country") or None) for a in actors["actor"]
        )
        self._actor_by_alias = {}
        acronyms, words = [], []
        for actor in self.actors:
            for alias in (actor.name, *actor.aliases):
                key = alias if alias.isupper() else alias.lower()
                self._actor_by_alias.setdefault(key, actor)
                (acronyms if alias.isupper() else words).append(alias)

        def alternation(names):
            ordered = sorted(set(names), key=len, reverse=True)
            return "|".join(r"\s*".join(re.escape(part) for part in n.split()) for n in ordered)

        # Acronyms (ISIS, IS, SDF) match in their own case only: "IS" is not "is".
        self._acronym_re = re.compile(rf"(?<![\w'-])(?:{alternation(acronyms)})(?![\w'-])")
        self._actor_re = re.compile(rf"(?<![\w'-])(?:{alternation(words)})(?![\w'-])", re.IGNORECASE)

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

    def is_outcome_noun(self, noun: str) -> bool:
        noun = _norm(noun)
        return any(noun in o.nouns for o in self.outcomes.values())

    # -- roles, hedges, actors, non-counts ---------------------------------
    def role_of(self, noun: str) -> str | None:
        return self.roles.get(_norm(noun))

    def hedge_of(self, word: str) -> str | None:
        return self.hedges.get(_norm(word))

    def find_actor(self, text: str) -> Actor | None:
        """The first registry actor named in ``text``."""
        found = [m for m in (self._acronym_re.search(text), self._actor_re.search(text)) if m]
        if not found:
            return None
        match = min(found, key=lambda m: m.start())
        name = match.group(0)
        return self._actor_by_alias.get(name) or self._actor_by_alias.get(" ".join(name.lower().split()))

    def noncount_reason(self, number: str, before: str, after: str) -> str | None:
        for rule in self.noncount:
            if rule.matches(number, before, after):
                return rule.reason
        return None


@functools.lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    return Vocabulary(_load("vocabulary.toml"), _load("noncount.toml"), _load("actors.toml"))
