"""Every rule table, read and checked once.

The word lists and patterns fogcount follows live in ``data/`` (TOML tables
and ``admin1.tsv``), not in code. :func:`build` reads them all, with the
users' actor files, checks them (a malformed table is a coded
:class:`~fogcount.errors.SettingsError` naming the file and the key) and
returns one frozen :class:`Rules`, each table turned into the typed object
the stage that follows it reads. :func:`load` is :func:`build` cached by its
inputs: the only cache of rule tables. Code holding a Settings takes
``settings.rules``. A test that needs rules of its own (a malformed table, an
actor file) calls :func:`build` and passes the result explicitly; no module
cache is monkeypatched or cleared.

``data/places.toml`` is still read by the places stage itself.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import tomllib
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, get_args

from .errors import SettingsError
from .lexicon import person_nouns
from .models import SourceKind
from .quantities import Table, build_table
from .vocabulary import (Actor, ActorKind, ClaimsVocabulary, NameRegistry, SourceVocabulary, Vocabulary,
                         noncount_rules)

if TYPE_CHECKING:
    from .stages.event_types import TypeRules
    from .stages.dates.grammar import TimeRules
    from .stages.events import EventRules
    from .stages.link import LinkRules
    from .stages.places.mention import PlaceRules



def alternation(words) -> str:
    """A regular-expression alternation of ``words`` as written, longest first
    (so a longer word wins over its prefix): how the tables' word lists become patterns."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def phrase_alternation(phrases) -> str:
    """As :func:`alternation`, with any spacing between a phrase's words."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


class Admin1Row(NamedTuple):
    """A row of ``data/admin1.tsv`` (its header says what each column is)."""

    country: str
    code: str
    iso: str | None
    name: str
    witness: str
    aliases: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class GazetteerCorrections:
    """The project's corrections to the packaged place sources (``data/gazetteer.toml``)."""

    country_points: dict[str, tuple[float, float]]
    country_names: dict[str, tuple[str, ...]]
    name_abbreviations: dict[str, str]


@dataclasses.dataclass(frozen=True, eq=False)
class Rules:
    """The rule tables, one typed object per stage or table."""

    claims: ClaimsVocabulary  # vocabulary.toml, noncount.toml
    names: NameRegistry  # actors.toml and the users' actor files, countries.toml
    sources: SourceVocabulary  # sources.toml
    actor_kinds: dict[str, ActorKind]  # [kind] of actors.toml
    qualifiers: Table  # qualifiers.toml
    events: EventRules  # events.toml
    link: LinkRules  # link.toml
    event_types: TypeRules  # event_types.toml
    times: TimeRules  # times.toml
    places: PlaceRules  # places.toml
    gazetteer: GazetteerCorrections  # gazetteer.toml
    admin1: tuple[Admin1Row, ...]  # admin1.tsv

    @functools.cached_property
    def vocabulary(self) -> Vocabulary:
        """The claims', names' and sources' vocabularies as one object, for the stages that take one."""
        return Vocabulary(self.claims, self.names, self.sources)


def _data(folder: Path | None):
    return Path(folder) if folder is not None else resources.files("fogcount.data")


def _read(folder, name: str) -> dict:
    try:
        return tomllib.loads(folder.joinpath(name).read_text("utf-8"))
    except OSError as exc:
        raise SettingsError(f"data/{name}: cannot read the table ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"data/{name}: not a valid TOML table ({exc})") from None


def _checked(name: str, build: Callable, *raw):
    """``build(*raw)``, with a table's missing key or wrong value reported as
    a SettingsError that names the file and the key."""
    try:
        return build(*raw)
    except KeyError as exc:
        raise SettingsError(f"data/{name}: missing key {exc.args[0]!r}") from None
    except (TypeError, ValueError, AttributeError, IndexError, re.error) as exc:
        raise SettingsError(f"data/{name}: malformed table ({exc})") from None


def _actor_kinds(raw: dict) -> dict[str, ActorKind]:
    kinds = {name: ActorKind(name, spec["role"], spec["source_kind"], spec["side"]) for name, spec in raw["kind"].items()}
    for kind in kinds.values():
        if kind.source_kind not in get_args(SourceKind):
            raise ValueError(f"kind.{kind.name}.source_kind {kind.source_kind!r} is not a source kind")
        if kind.side not in ("state", "nonstate"):
            raise ValueError(f"kind.{kind.name}.side must be state or nonstate")
    return kinds


def _check_actors(path: str, table: dict, kinds: dict[str, ActorKind]) -> None:
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
        if entry.get("kind", "armed_group") not in kinds:
            raise SettingsError(f"{where} ({entry['name']}): kind must be one of {', '.join(sorted(kinds))}")


def _read_actor_file(path: str) -> dict:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise SettingsError(f"{path}: cannot read the actors file ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: not a valid actors file ({exc})") from None


def _actors(tables: list[tuple[str, dict]], kinds: dict[str, ActorKind]) -> tuple[Actor, ...]:
    out = []
    for path, table in tables:
        _check_actors(path, table, kinds)
        for a in table.get("actor", []):
            kind = kinds[a.get("kind", "armed_group")]
            out.append(Actor(name=a["name"], aliases=tuple(a.get("aliases", [])), kind=kind.name,
                             country=a.get("country") or None, conflicts=tuple(a.get("conflicts", [])),
                             affiliations=tuple(a.get("affiliations", [])), role=kind.role,
                             source_kind=kind.source_kind, side=kind.side))
    return tuple(out)


_PARTY_RULES = ("always", "outlet", "state", "unknown")  # how fogcount.stages.sources.partisan reads [standing]


def _sources(raw: dict, actor_kinds: dict[str, ActorKind]) -> SourceVocabulary:
    kinds = set(get_args(SourceKind))
    unknown = set(raw["kinds"]) - kinds
    if unknown:
        raise ValueError(f"kinds: {', '.join(sorted(unknown))} not among the source kinds of fogcount.models")
    if set(raw["standing"]) != kinds:
        odd = sorted(set(raw["standing"]) ^ kinds)
        raise ValueError(f"standing: needs one row for each source kind of fogcount.models, not {', '.join(odd)}")
    for kind, row in raw["standing"].items():
        if row["party"] not in _PARTY_RULES:
            raise ValueError(f"standing.{kind}.party must be one of {', '.join(_PARTY_RULES)}")
    odd = set(raw["affiliation"]["country_actor_kinds"]) - set(actor_kinds)
    if odd:
        raise ValueError(f"affiliation.country_actor_kinds: {', '.join(sorted(odd))} not a [kind] of actors.toml")
    return SourceVocabulary(raw)


def _gazetteer(raw: dict) -> GazetteerCorrections:
    return GazetteerCorrections(
        country_points={iso: (float(lat), float(lon)) for iso, (lat, lon) in raw["country_points"].items()},
        country_names={iso: tuple(names) for iso, names in raw["country_names"].items()},
        name_abbreviations={short: str(word) for short, word in raw["name_abbreviations"].items()},
    )


def _admin1(folder) -> tuple[Admin1Row, ...]:
    try:
        text = folder.joinpath("admin1.tsv").read_text("utf-8")
    except OSError as exc:
        raise SettingsError(f"data/admin1.tsv: cannot read the table ({exc.strerror or exc})") from None
    out = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) not in (5, 6) or not all(cols[:5]):
            raise SettingsError(f"data/admin1.tsv: line {number} needs 5 or 6 tab-separated columns")
        country, code, iso, name, witness = cols[:5]
        aliases = tuple(a for a in cols[5].split("|") if a) if len(cols) > 5 else ()
        out.append(Admin1Row(country, code, None if iso == "-" else iso, name, witness, aliases))
    return tuple(out)


def build(actor_files: tuple[str, ...] = (), *, data: Path | None = None) -> Rules:
    """Read and check every rule table (from ``data``, a folder laid out as
    ``fogcount/data``, by default the shipped one) and the users'
    ``actor_files`` (the layout of data/actors.toml, added to the shipped
    registry; an alias in them wins). Uncached: see :func:`load`."""
    from .stages.dates.grammar import build_time_rules  # the stages import this module
    from .stages.event_types import build_type_rules
    from .stages.events import build_event_rules
    from .stages.link import build_link_rules
    from .stages.places.mention import build_place_rules

    folder = _data(data)
    shipped_actors = _read(folder, "actors.toml")
    kinds = _checked("actors.toml", _actor_kinds, shipped_actors)
    actors = _actors([("data/actors.toml", shipped_actors)] + [(p, _read_actor_file(p)) for p in actor_files], kinds)
    noncount = _checked("noncount.toml", noncount_rules, _read(folder, "noncount.toml"))
    return Rules(
        claims=_checked("vocabulary.toml", ClaimsVocabulary, _read(folder, "vocabulary.toml"), noncount, person_nouns),
        names=_checked("countries.toml", NameRegistry, actors, _read(folder, "countries.toml")),
        sources=_checked("sources.toml", _sources, _read(folder, "sources.toml"), kinds),
        actor_kinds=kinds,
        qualifiers=_checked("qualifiers.toml", build_table, _read(folder, "qualifiers.toml")),
        events=_checked("events.toml", build_event_rules, _read(folder, "events.toml")),
        link=_checked("link.toml", build_link_rules, _read(folder, "link.toml")),
        event_types=_checked("event_types.toml", build_type_rules, _read(folder, "event_types.toml")),
        times=_checked("times.toml", build_time_rules, _read(folder, "times.toml")),
        places=_checked("places.toml", build_place_rules, _read(folder, "places.toml")),
        gazetteer=_checked("gazetteer.toml", _gazetteer, _read(folder, "gazetteer.toml")),
        admin1=_admin1(folder),
    )


def load(actor_files: tuple[str, ...] = ()) -> Rules:
    """The shipped rule tables with ``actor_files``, built once per set of
    files (the same object for the same files)."""
    return _cached(tuple(actor_files))


@functools.lru_cache(maxsize=8)
def _cached(actor_files: tuple[str, ...]) -> Rules:
    return build(actor_files)
