"""The grammar of time expressions: one expression read against the publication date.

In :func:`resolve`, our own rules come first, then dateparser for the absolute
dates they leave (day-month forms such as "9 May 2020", "May 9",
"28/06/2016"). dateparser is never asked about an expression our rules read,
nor about one without a month name or a numeric date: it misses "early
Wednesday morning" and reads "We" as Wednesday. Its answers are cached per
(expression, publication date); it is imported only when first needed. The
rule words are ``data/times.toml``.

* Weekdays are the latest such day on or before publication ("Thursday" in
  a Thursday paper is that day); "last Wednesday" is strictly before it.
* Parts of a day ("early", "late", "morning", "Wednesday night", "in the
  early hours of Thursday") keep the day, at day precision. "overnight" is
  the night before a day: the day named, else the event day of its sentence,
  else publication; it runs from the day before to that day.
* A clock time with a day ("1:20 a.m. Wednesday") has hour precision; start
  and end stay dates (``TimeRef`` holds dates).
* Relative expressions count from publication: "yesterday", "a week ago"
  (week precision, the seven days around publication − 7), "last month" (the
  calendar month before), "earlier this week" (Monday to the day before).
  "Two days earlier", "the next day", "the same day" count from the date
  mentioned before them in the text, else from publication.
* Absolute dates: "9 May 2020", "May 9" and "on the 9th" (the latest such
  day on or before publication), "2020-05-09", "May 2020" (month), "2014"
  (year), "the 1990s".
* Spans: "since Tuesday" runs from Tuesday to publication; "between Monday
  and Wednesday", "from 9 to 11 May" from the first to the second; "the past
  24 hours" ends at publication.
* Without a publication date, absolute dates still resolve; relative ones
  (weekdays, "yesterday", "May 9" without a year) keep their text with
  ``start`` null. Today's date is never used.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import functools
import re

from ...models import TimeRef
from ...rules import alternation, load

_PRECISIONS = ("hour", "day", "week", "month", "year")


# ---------------------------------------------------------------- the rule table


@dataclasses.dataclass(frozen=True)
class TimeRules:
    """``data/times.toml``, with the patterns built from it."""

    weekdays: dict[str, int]  # full lower-case name -> 0 (Monday) .. 6
    weekday_abbreviations: dict[str, str]  # "Wed" -> "wednesday"
    months: dict[str, int]  # every lower-case spelling -> 1..12
    month_abbreviations: dict[str, str]  # "Sept" -> "september"
    numbers: dict[str, int]
    vague: dict[str, tuple[int, int]]
    units: dict[str, str]
    parts: frozenset[str]
    modifiers: frozenset[str]
    connectors: frozenset[str]
    overnight: frozenset[str]
    relative_days: dict[str, int]
    anaphoric_days: dict[str, int]
    ago: frozenset[str]
    back: frozenset[str]
    forward: frozenset[str]
    cal_last: frozenset[str]
    cal_this: frozenset[str]
    cal_next: frozenset[str]
    cal_earlier: frozenset[str]
    cal_later: frozenset[str]
    span_words: frozenset[str]
    recent: frozenset[str]
    since: frozenset[str]
    open: frozenset[str]
    close: tuple[str, ...]
    duration_lead: tuple[str, ...]
    duration_units: tuple[str, ...]
    duration_quantities: tuple[str, ...]
    age_after: tuple[str, ...]
    age_before: tuple[str, ...]
    statement_verbs: frozenset[str]
    statement_nouns: frozenset[str]
    paragraph_reach: int
    source_reach: int
    main_date_mentions: int
    stamp_words: frozenset[str] = frozenset()  # a time after one of these dates the page ("Posted: ...")
    stamp_between: frozenset[str] = frozenset()  # ... with these words between ("Updated on March 4")
    act_verbs: frozenset[str] = frozenset()  # a later act about a happening ("sentenced Wednesday")
    act_nouns: frozenset[str] = frozenset()  # "at a hearing on Monday", "sentencing was delayed Thursday"
    act_in_nouns: frozenset[str] = frozenset()  # "appeared in court Tuesday"
    act_framed: frozenset[str] = frozenset()  # a later act only where it is no rush ("charged at protesters" is one)
    act_motion_preps: frozenset[str] = frozenset()  # ... not with one of these ("charged at protesters")
    holidays: dict[str, tuple[int, ...]] = dataclasses.field(default_factory=dict)  # normalised name -> day rule
    future_verbs: frozenset[str] = frozenset()  # "is scheduled for trial June 6": a time to come
    future_adjectives: frozenset[str] = frozenset()  # "due in court Monday"
    future_auxiliaries: frozenset[str] = frozenset()  # "will appear Friday"
    future_sequence: frozenset[str] = frozenset()  # "will appear in court after his arrest Monday": the arrest's time
    holiday_prepositions: frozenset[str] = frozenset()  # "on Christmas": a name of one word is a day after one
    holiday_not_qualifiers: frozenset[str] = frozenset()  # "The Christmas Eve shooting": no other country's day
    patterns: dict[str, re.Pattern] = dataclasses.field(default_factory=dict)

    @functools.cached_property
    def abbreviations(self) -> dict[str, str]:
        return {**self.weekday_abbreviations, **self.month_abbreviations}


def rules() -> TimeRules:
    """The time table, read once by :func:`fogcount.rules.load`."""
    return load().times


def build_time_rules(data: dict) -> TimeRules:
    """``data/times.toml`` (parsed) as the typed table, its patterns compiled."""
    weekdays, weekday_abbr = {}, {}
    for number, spellings in enumerate(data["weekdays"].values()):
        weekdays[spellings[0]] = number
        for short in spellings[1:]:
            weekday_abbr[short.capitalize()] = spellings[0]
    months, month_abbr = {}, {}
    for number, spellings in enumerate(data["months"].values(), start=1):
        for spelling in spellings:
            months[spelling] = number
        for short in spellings[1:]:
            month_abbr[short.capitalize()] = spellings[0]
    parts, cal, directions = data["parts_of_day"], data["calendar"], data["directions"]
    r = TimeRules(
        weekdays=weekdays,
        weekday_abbreviations=weekday_abbr,
        months=months,
        month_abbreviations=month_abbr,
        numbers=dict(data["numbers"]),
        vague={k: (v[0], v[1]) for k, v in data["vague_numbers"].items()},
        units=dict(data["units"]),
        parts=frozenset(parts["words"]),
        modifiers=frozenset(parts["modifiers"]),
        connectors=frozenset(parts["connectors"]),
        overnight=frozenset(parts["overnight"]),
        relative_days=dict(data["relative_days"]),
        anaphoric_days=dict(data["anaphoric_days"]),
        ago=frozenset(directions["ago"]),
        back=frozenset(directions["back"]),
        forward=frozenset(directions["forward"]),
        cal_last=frozenset(cal["last"]),
        cal_this=frozenset(cal["this"]),
        cal_next=frozenset(cal["next"]),
        cal_earlier=frozenset(cal["earlier"]),
        cal_later=frozenset(cal["later"]),
        span_words=frozenset(cal["span"]),
        recent=frozenset(cal["recent"]),
        since=frozenset(data["spans"]["since"]),
        open=frozenset(data["spans"]["open"]),
        close=tuple(data["spans"]["close"]),
        duration_lead=tuple(data["durations"]["lead"]),
        duration_units=tuple(data["durations"]["units"]),
        duration_quantities=tuple(data["durations"]["quantities"]),
        age_after=tuple(data["ages"]["after"]),
        age_before=tuple(data["ages"]["before"]),
        statement_verbs=frozenset(data["statements"]["verbs"]),
        statement_nouns=frozenset(data["statements"]["nouns"]),
        paragraph_reach=int(data["carry"]["paragraph_reach"]),
        source_reach=int(data["carry"]["source_reach"]),
        main_date_mentions=int(data["carry"]["main_date_mentions"]),
        stamp_words=frozenset(data["stamps"]["words"]),
        stamp_between=frozenset(data["stamps"]["between"]),
        act_verbs=frozenset(data["later_acts"]["verbs"]),
        act_nouns=frozenset(data["later_acts"]["nouns"]),
        act_in_nouns=frozenset(data["later_acts"]["in_nouns"]),
        act_framed=frozenset(data["later_acts"]["framed"]),
        act_motion_preps=frozenset(data["later_acts"]["motion_preps"]),
        future_verbs=frozenset(data.get("future", {}).get("verbs", ())),
        future_adjectives=frozenset(data.get("future", {}).get("adjectives", ())),
        future_auxiliaries=frozenset(data.get("future", {}).get("auxiliaries", ())),
        future_sequence=frozenset(data.get("future", {}).get("sequence", ())),
        holiday_prepositions=frozenset(data.get("holiday_context", {}).get("prepositions", ())),
        holiday_not_qualifiers=frozenset(data.get("holiday_context", {}).get("not_qualifiers", ())),
        holidays={_holiday_key(name): tuple(int(v) for v in rule) for name, rule in data.get("holidays", {}).items()},
    )
    _compile(r)
    return r


def _holiday_key(name: str) -> str:
    """A holiday's name as :func:`_normal` leaves an expression: lower case, no possessive."""
    return re.sub(r"'s\b", "", " ".join(name.replace("’", "'").lower().split()))


def _compile(r: TimeRules) -> None:
    p = r.patterns
    # a holiday in running text, capitalised: "New Year's Eve", "Christmas night" (its part of a day joins
    # it); a name of one word only after a preposition of time ("on Christmas", not "a Christmas tree")
    names = sorted(r.holidays, key=len, reverse=True)
    several = "|".join(r"\s+".join(_capitalised_word(w) for w in n.split()) for n in names if " " in n)
    single = "|".join(_capitalised_word(n) for n in names if " " not in n)
    after = "|".join(rf"(?<=\b{w} )" for p in sorted(r.holiday_prepositions) for w in (p, p.capitalize()))
    p["holiday"] = re.compile(rf"\b(?:{several})(?![\w-])|(?:{after})(?:{single or '(?!x)x'})(?![\w-])")
    weekday = alternation(w.capitalize() for w in r.weekdays)
    number = alternation(list(r.numbers) + list(r.vague))
    unit = alternation(r.units)
    month_names = alternation(m.capitalize() for m in r.months if len(m) > 3 or m == "may")
    month_short = alternation(r.month_abbreviations)
    month_any = rf"(?:{month_names}|(?:{month_short})\.?)"
    ordinal = r"\d{1,2}(?:st|nd|rd|th)?"
    # --- patterns over running text (case-sensitive: names are capitalised)
    p["weekday_phrase"] = re.compile(
        rf"\b(?:(?:[Ee]arly|[Ll]ate|[Ll]ater)\s+(?:on\s+)?)?(?:(?:[Ll]ast|[Nn]ext|[Tt]his)\s+)?"
        rf"(?:{weekday})(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night|overnight)\b)?\b")
    p["early_hours"] = re.compile(rf"\b[Tt]he\s+early\s+hours\s+of\s+(?:{weekday})\b")
    p["overnight"] = re.compile(rf"\b(?:{alternation(w.capitalize() for w in r.overnight)}|"
                                rf"{alternation(r.overnight)})\b|\b[Ll]ast\s+night\b")
    p["month_date"] = re.compile(
        rf"\b(?:{ordinal}\s+(?:of\s+)?{month_any}(?:,?\s+\d{{4}})?"
        rf"|{month_any}\s+{ordinal}(?:\s*[-–]\s*{ordinal})?(?:,?\s+\d{{4}})?"
        rf"|{month_any}\s+\d{{4}})(?![\w-])")
    p["iso"] = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
    p["nth"] = re.compile(rf"(?<=[Oo]n )the\s+\d{{1,2}}(?:st|nd|rd|th)\b(?=\s*[,.;:)]|\s*$|\s+of\s+{month_any})")
    # --- patterns over one normalised (lower-case) expression
    day_names = alternation(r.weekdays)
    months_lower = alternation(r.months)
    p["weekday"] = re.compile(rf"(?:({alternation(r.cal_last | r.cal_this | r.cal_next | {'past'})}) )?({day_names})")
    p["counted"] = re.compile(
        rf"(\d+|{number}) ({unit})s? ({alternation(r.ago | r.back | r.forward)})")
    p["past_span"] = re.compile(
        rf"(the )?({alternation(r.span_words)}) (?:(\d+|{number}) )?({unit})(s?)")
    p["recent"] = re.compile(rf"(?:the )?(?:past |last )?(?:{alternation(r.recent)}) (day|week|month)s")
    p["calendar"] = re.compile(
        rf"(?:({alternation(r.cal_earlier | r.cal_later | {'mid'})}) )?"
        rf"({alternation(r.cal_last | r.cal_this | r.cal_next)}) (week|weekend|month|year)")
    one_clock = r"\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\b\.?"
    p["clock"] = re.compile(
        # a range first: "from 6 to 10 p.m.", "9 a.m. to 2 p.m."
        rf"\b\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:[ap]\.?\s?m\b\.?)?\s*(?:-|–|to|until|till|and)\s*{one_clock}"
        rf"|\b{one_clock}|\b\d{{1,2}}:\d{{2}}\b(?:\s*(?:gmt|utc|hrs|hours|local time)\b)?"
        r"|\b\d{4}\s*(?:gmt|utc|hrs|hours|local time)\b|\b\d{1,2} o'clock\b")
    p["abbreviation"] = re.compile(rf"\b({alternation(r.abbreviations)})\b\.?")
    p["iso_lower"] = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
    p["year"] = re.compile(r"(1[89]\d\d|20\d\d)")
    p["decade"] = re.compile(r"(?:the )?(1[89]\d|20\d)0'?s")
    p["month_year"] = re.compile(rf"({months_lower})\.?,? (\d{{4}})")
    p["month"] = re.compile(rf"({months_lower})\.?")
    p["nth_lower"] = re.compile(r"(?:the )?(\d{1,2})(?:st|nd|rd|th)")
    p["month_range"] = re.compile(
        rf"(?:({months_lower})\.? (\d{{1,2}})(?:st|nd|rd|th)? ?[-–] ?(\d{{1,2}})(?:st|nd|rd|th)?"
        rf"|(\d{{1,2}})(?:st|nd|rd|th)? ?[-–] ?(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({months_lower})\.?)"
        rf"(?:,? (\d{{4}}))?")
    p["named_year"] = re.compile(
        rf",?\s*(?:of\s+)?(?:the\s+)?({alternation(r.cal_last | r.cal_this | r.cal_next)})\s+year\b")
    p["has_month"] = re.compile(rf"\b(?:{months_lower})\b")
    p["numeric_date"] = re.compile(r"\b\d{1,4}[/.]\d{1,2}[/.]\d{2,4}\b")
    p["explicit_year"] = re.compile(r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")
    p["close_gap"] = re.compile(rf"\s*(?:{alternation(r.close)})\s*")
    p["close_word"] = re.compile(rf"(?:^|\s|\d)(?:{alternation(r.close)})(?:\s|\d|$)", re.I)
    p["split_span"] = re.compile(rf"(.+?) ?(?:{alternation(r.close)}) ?(.+)")
    lead = alternation(r.duration_lead)
    dunit = alternation(r.duration_units)
    quantity = rf"(?<!\d)\d{{1,9}}(?:[.,]\d{{1,9}})?|{number}|{alternation(r.duration_quantities)}"
    p["duration"] = re.compile(
        rf"(?:(?:{lead}) )*(?:the )?(?:(?:{quantity})[ -])*(?:{dunit})s?(?:[- ]long)?")
    # (?<!\d) and a bound on the digits: one try per run of digits, never one per digit of it
    p["age_after"] = re.compile(rf"(?<!\d)\d{{1,3}}\s*-?\s*(?:{alternation(r.age_after)})", re.I)
    p["age_follow"] = re.compile(r"\s*-?\s*old\b", re.I)
    p["age_before"] = re.compile(rf"\b(?:{alternation(r.age_before)})\s*$", re.I)


# ---------------------------------------------------------------- reading one expression


@dataclasses.dataclass(frozen=True)
class _Reading:
    """What an expression means: dates and precision, or, with ``start`` None,
    a time expression that cannot be placed without a reference date."""

    start: dt.date | None
    end: dt.date | None
    precision: str | None


_UNPLACED = _Reading(None, None, None)


@dataclasses.dataclass(frozen=True)
class _Context:
    published: dt.date | None
    anchor: dt.date | None = None  # the date mentioned before, for "two days earlier"
    anchor_precision: str = "day"
    parse: bool = True  # False: only say whether this is a time expression (no dateparser call)


def _coarser(a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return a or b
    return a if _PRECISIONS.index(a) >= _PRECISIONS.index(b) else b


def _coarsen(precision: str) -> str:
    return _PRECISIONS[min(_PRECISIONS.index(precision) + 1, len(_PRECISIONS) - 1)]


def _day(d: dt.date | None, precision: str = "day") -> _Reading:
    return _UNPLACED if d is None else _Reading(d, d, precision)


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _shift_month(d: dt.date, months: int) -> tuple[int, int]:
    index = d.year * 12 + d.month - 1 + months
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _capitalised_word(word: str) -> str:
    """A word of a holiday's name as written in running text: capitalised
    (small words as they are: "of"), its possessive written or not."""
    stem = re.escape(word if word in ("of",) or word[0].isdigit() else word[0].upper() + word[1:])
    return rf"{stem}(?:['’]s)?"


def _holiday(s: str, ctx: _Context, r: TimeRules, depth: int) -> _Reading | None:
    """A holiday of ``[holidays]`` ("new year eve", "christmas"): the latest such day on or before publication."""
    s = s.removeprefix("the ")
    weekend = s.endswith(" weekend")  # "Memorial Day weekend", "July 4th weekend": the days around it
    rule = r.holidays.get(s.removesuffix(" weekend"))
    if rule is None:
        return None
    if ctx.published is None:
        return _UNPLACED
    for year in range(ctx.published.year, ctx.published.year - 3, -1):
        day = _holiday_day(year, rule)
        if day is not None and day <= ctx.published:
            if weekend:
                return _Reading(day - dt.timedelta(days=2), min(ctx.published, day + dt.timedelta(days=2)), "week")
            return _day(day)
    return None


def _holiday_day(year: int, rule: tuple[int, ...]) -> dt.date | None:
    """The day of a holiday rule in ``year``: [month, day], or [month, weekday, n] (n -1: the last)."""
    if len(rule) == 2:
        return _safe_date(year, rule[0], rule[1])
    month, weekday, n = rule
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1) if dt.date(year, month, d).weekday() == weekday]
    if not days or not -len(days) <= (n - 1 if n > 0 else n) < len(days):
        return None
    return dt.date(year, month, days[n - 1 if n > 0 else n])


def _latest(published: dt.date, month: int, day: int) -> dt.date | None:
    """The latest ``month``-``day`` on or before ``published``."""
    for year in range(published.year, published.year - 5, -1):
        d = _safe_date(year, month, day)
        if d is not None and d <= published:
            return d
    return None


def _latest_nth(published: dt.date, day: int) -> dt.date | None:
    """The latest ``day``th of a month on or before ``published``."""
    year, month = published.year, published.month
    for _ in range(13):
        d = _safe_date(year, month, day)
        if d is not None and d <= published:
            return d
        year, month = _shift_month(dt.date(year, month, 1), -1)
    return None


def _anaphoric_base(ctx: _Context) -> tuple[dt.date | None, str]:
    if ctx.anchor is not None:
        return ctx.anchor, _coarser("day", ctx.anchor_precision) or "day"
    return ctx.published, "day"


@functools.lru_cache(maxsize=8192)
def _normal(expression: str) -> str:
    """Lower case, plain spacing, abbreviations spelt out, no possessive, no leading preposition."""
    r = rules()
    s = expression.replace("’", "'").replace("‘", "'").replace("\u2014", "-")
    # capitalised abbreviations only: "Wed." is Wednesday, "we" never
    s = r.patterns["abbreviation"].sub(lambda m: r.abbreviations[m.group(1)], s)
    s = " ".join(s.lower().split()).strip(" ,;:()[]\"“”")
    if s.endswith(".") and not re.search(r"\b[ap]\.\s?m\.$", s):
        s = s[:-1].rstrip()
    s = s.replace("mid-", "mid ").replace("pre dawn", "pre-dawn")
    s = re.sub(r"'s\b", "", s)
    while True:
        stripped = re.sub(r"^(?:on|in|at|by|during|as of|of)\s+", "", s)
        if stripped == s:
            return s
        s = stripped


def _amount(word: str, r: TimeRules) -> tuple[int, int] | None:
    if word.isdigit():
        return int(word), int(word)
    if word in r.numbers:
        return r.numbers[word], r.numbers[word]
    return r.vague.get(word)


def _read(s: str, ctx: _Context, depth: int = 0) -> _Reading | None:
    """The meaning of a normalised expression, or None when it is not one we know."""
    if not s or depth > 4:
        return None
    r = rules()
    for rule in (_clock, _span, _table, _overnight, _counted, _calendar, _weekday, _holiday, _absolute, _parts_of_day,
                 _dateparser_rule):
        found = rule(s, ctx, r, depth)
        if found is not None:
            return found
    return None


def _span(s: str, ctx: _Context, r: TimeRules, depth: int) -> _Reading | None:
    head, _, rest = s.partition(" ")
    if not rest:
        return None
    if head in r.since:
        first = _read(rest, ctx, depth + 1)
        if first is None:
            return None
        if first.start is None:
            return _UNPLACED
        return _Reading(first.start, ctx.published if ctx.published and ctx.published >= first.start else None,
                        first.precision)
    if head not in r.open:
        return None
    m = r.patterns["split_span"].fullmatch(rest)
    if m is None:  # "from Tuesday" runs to publication; a lone "between July 1" (the rest cut off) is that day
        return _span(f"{min(r.since)} {rest}", ctx, r, depth) if head == "from" else _read(rest, ctx, depth + 1)
    left, right = m.group(1), m.group(2)
    bare_day = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", left)
    if bare_day:  # "from 9 to 11 May": the first day takes the second's month
        second = _read(right, ctx, depth + 1)
        if second is None:
            return None
        if second.start is None:
            return _UNPLACED
        start = _safe_date(second.end.year, second.end.month, int(bare_day.group(1)))
        if start is None or start > second.end:
            return None
        return _Reading(start, second.end, _coarser("day", second.precision))
    first = _read(left, ctx, depth + 1)
    if first is None:
        return None
    second = _read(right, ctx, depth + 1)
    if second is None and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", right) and first.start is not None:
        d = _safe_date(first.start.year, first.start.month, int(re.match(r"\d+", right).group(0)))
        second = _day(d) if d else None
    if second is None:
        return None
    if first.start is None or second.end is None:
        return _UNPLACED
    return _Reading(first.start, max(first.start, second.end), _coarser(first.precision, second.precision))


def _clock(s: str, ctx: _Context, r: TimeRules, depth: int) -> _Reading | None:
    m = r.patterns["clock"].search(s)
    if m is None:
        return None
    rest = " ".join((s[: m.start()] + " " + s[m.end():]).replace(",", " ").split())
    ranged = re.search(r"\d\D*?(?:-|–|\bto\b|\buntil\b|\btill\b|\band\b)", m.group(0)) is not None
    # "from 6 to 10 p.m.", "between 9 a.m. and 2 p.m. Monday": the span was the clock's
    words = [w for w in rest.split() if w not in r.connectors and not (ranged and w in r.open)]
    if not words:  # a bare clock time: the day mentioned before, else publication
        base, precision = _anaphoric_base(ctx)
        return _day(base, "hour" if precision == "day" else precision)
    found = _read(" ".join(words), ctx, depth + 1)
    if found is None or found.start is None:
        return found
    if found.precision == "day" and found.start == found.end:
        return _Reading(found.start, found.end, "hour")
    return found


def _table(s: str, ctx: _Context, r: TimeRules, depth: int) -> _Reading | None:
    if s in r.relative_days:
        if ctx.published is None:
            return _UNPLACED
        return _day(ctx.published + dt.timedelta(days=r.relative_days[s]))
    if s in r.anaphoric_days:
        base, precision = _anaphoric_base(ctx)
        return _day(base + dt.timedelta(days=r.anaphoric_days[s]) if base else None, precision)
    return None


def _overnight(s: str, ctx: _Context, r: TimeRules, depth: int) -> _Reading | None:
    words = s.replace(",", " ").split()
    if not any(w in r.overnight for w in words):
        return None
    rest = [w for w in words if w not in r.overnight and w not in r.connectors]
    if rest:
        found = _read(" ".join(rest), ctx, depth + 1)
        if found is None or found.start is None:
            return found
        day = found.end
    else:
        day = ctx.anchor if ctx.anchor is not None else ctx.published
        if day is None:
            return _UNPLACED
    return _Reading(day - dt.timedelta(days=1), day, "day")


def _count_back(base: dt.date, low: int, high: int, unit: str, sign: int) -> _Reading:
    """``low``..``high`` ``unit``s before (sign -1) or after (+1) ``base``."""
    exact = low == high
    if unit == "hour":
        near, far = base + dt.timedelta(days=sign * (low // 24)), base + dt.timedelta(days=sign * (high // 24))
        precision = "day"
    elif unit in ("day", "night"):
        near, far = base + dt.timedelta(days=sign * low), base + dt.timedelta(days=sign * high)
        precision = "day" if exact else "week"
    elif unit == "week":
        near = base + dt.timedelta(days=sign * 7 * low - sign * 3)
        far = base + dt.timedelta(days=sign * 7 * high + sign * 3)
        precision = "week" if exact else "month"
    elif unit == "month":
        near_month, far_month = _shift_month(base, sign * low), _shift_month(base, sign * high)
        near_span, far_span = _month_span(*near_month), _month_span(*far_month)
        near, far = (near_span[1], far_span[0]) if sign < 0 else (near_span[0], far_span[1])
        precision = "month" if exact else "year"
    else:  # year
        near_year, far_year = base.year + sign * low, base.year + sign * high
        near = dt.date(near_year, 12, 31) if sign < 0 else dt.date(near_year, 1, 1)
        far = dt.date(far_year, 1, 1) if sign < 0 else dt.date(far_year, 12, 31)
        precision = "year"
    start, end = min(near, far), max(near, far)
    if unit == "month" and exact:
        start, end = _month_span(*_shift_month(base, sign * low))
    return _Reading(start, end, precision)


def _counted(s: str, ctx: _Context, r: TimeRules, depth: int) -> _Reading | None:
    p = r.patterns
    m = p["counted"].fullmatch(s)
    if m:
        amount = _amount(m.group(1), r)
        if amount is None:
            return None
        unit, direction = m.group(2), m.group(3)
        if direction in r.ago:
            base, precision = ctx.published, "day"
            sign = -1
        else:
            base, precision = _anaphoric_base(ctx)
            sign = -1 if direction in r.back else 1
        if base is None:
            return _UNPLACED
        found = _count_back(base, amount[0], amount[1], unit, sign)
        return _Reading(found.start, found.end, _coarser(found.precision, precision))
    m = p["past_span"].fullmatch(s)
    if m:
        the, _word, count, unit, plural = m.groups()
        if not (the or count or plural):
            return None  # "last week": a calendar week, read by _calendar
        amount = _amount(count, r) if count else (1, 1)
        if amount is None:
            return None
        if ctx.published is None:
            return _UNPLACED
        precision = r.units[unit] if amount[0] == amount[1] else _coarsen(r.units[unit])
        if unit in ("month", "year"):
            year, month = _shift_month(ctx.published, -amount[1] * (12 if unit == "year" else 1))
            start = dt.date(year, month, min(ctx.published.day, calendar.monthrange(year, month)[1]))
        elif unit == "week":
            start = ctx.published - dt.timedelta(days=7 * amount[1])
        elif unit in ("day", "night"):
            start = ctx.published - dt.timedelta(days=amount[1])
        elif unit == "hour":
            start = ctx.published - dt.timedelta(days=-(-amount[1] // 24))
        return _Reading(start, ctx.published, precision)
    m = p["recent"].fullmatch(s)
    if m:
        if ctx.published is None:
            return _UNPLACED
        days, precision = {"day": (7, "week"), "week": (31, "month"), "month": (183, "year")}[m.group(1)]
        return _Reading(ctx.published - dt.timedelta(days=days), ctx.published, precision)
    return None


def _calendar(s: str, ctx: _Context, r: TimeRules, depth: int) -> _Reading | None:
    m = r.patterns["calendar"].fullmatch(s)
    if m is None:
        return None
    modifier, which, unit = m.groups()
    p = ctx.published
    if p is None:
        return _UNPLACED
    offset = -1 if which in r.cal_last else 1 if which in r.cal_next else 0
    if unit == "week":
        monday = p - dt.timedelta(days=p.weekday()) + dt.timedelta(days=7 * offset)
        start, end = monday, monday + dt.timedelta(days=6)
        precision = "week"
    elif unit == "weekend":
        saturday = p - dt.timedelta(days=(p.weekday() - 5) % 7)
        if offset < 0:
            saturday = (p - dt.timedelta(days=2)) - dt.timedelta(days=((p - dt.timedelta(days=2)).weekday() - 5) % 7)
        elif offset > 0:
            saturday = p + dt.timedelta(days=(5 - p.weekday()) % 7 or 7)
        start, end, precision = saturday, saturday + dt.timedelta(days=1), "week"
    elif unit == "month":
        start, end = _month_span(*_shift_month(p, offset))
        precision = "month"
    else:
        start, end, precision = dt.date(p.year + offset, 1, 1), dt.date(p.year + offset, 12, 31), "year"
    if offset == 0 and unit != "weekend":
        if modifier in r.cal_earlier:
            end = max(start, p - dt.timedelta(days=1))
        elif modifier in r.cal_later:
            start = p
        else:
            end = p
    return _Reading(start, end, precision)


def _weekday(s: str, ctx: _Context, r: TimeRules, depth: int) -> _Reading | None:
    m = r.patterns["weekday"].fullmatch(s)
    if m is None:
        return None
    which, name = m.groups()
    p = ctx.published
    if p is None:
        return _UNPLACED
    target = r.weekdays[name]
    if which in r.cal_next:
        return _day(p + dt.timedelta(days=(target - p.weekday() - 1) % 7 + 1))
    if which in r.cal_last or which == "past":
        return _day(p - dt.timedelta(days=(p.weekday() - target - 1) % 7 + 1))
    return _day(p - dt.timedelta(days=(p.weekday() - target) % 7))


def _absolute(s: str, ctx: _Context, r: TimeRules, depth: int) -> _Reading | None:
    p, pat = ctx.published, r.patterns
    m = pat["iso_lower"].fullmatch(s)
    if m:
        d = _safe_date(*(int(g) for g in m.groups()))
        return _day(d) if d else None
    m = pat["year"].fullmatch(s)
    if m:
        year = int(m.group(1))
        return _Reading(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    m = pat["decade"].fullmatch(s)
    if m:
        first = int(m.group(1)) * 10
        return _Reading(dt.date(first, 1, 1), dt.date(first + 9, 12, 31), "year")
    m = pat["month_year"].fullmatch(s)
    if m:
        return _Reading(*_month_span(int(m.group(2)), r.months[m.group(1)]), "month")
    m = pat["month"].fullmatch(s)
    if m:
        if p is None:
            return _UNPLACED
        month = r.months[m.group(1)]
        return _Reading(*_month_span(p.year if month <= p.month else p.year - 1, month), "month")
    m = pat["nth_lower"].fullmatch(s)
    if m:
        if p is None:
            return _UNPLACED
        d = _latest_nth(p, int(m.group(1)))
        return _day(d) if d else None
    m = pat["month_range"].fullmatch(s)
    if m:
        month = r.months[m.group(1) or m.group(6)]
        first, last = (int(m.group(2)), int(m.group(3))) if m.group(1) else (int(m.group(4)), int(m.group(5)))
        if m.group(7):
            start, end = _safe_date(int(m.group(7)), month, first), _safe_date(int(m.group(7)), month, last)
        elif p is None:
            return _UNPLACED
        else:
            end = _latest(p, month, last)
            start = _safe_date(end.year, month, first) if end else None
        if start is None or end is None or end < start:
            return None
        return _Reading(start, end, "day")
    return None


def _parts_of_day(s: str, ctx: _Context, r: TimeRules, depth: int) -> _Reading | None:
    words = s.replace(",", " ").split()
    rest = [w for w in words if w not in r.parts and w not in r.modifiers and w not in r.connectors]
    if len(rest) == len(words):
        return None
    if rest:
        found = _read(" ".join(rest), ctx, depth + 1)
        if found is None or found.start is None or found.precision != "hour":
            return found
        return _Reading(found.start, found.end, "day")
    if not any(w in r.parts for w in words):
        return None  # "early", "late" alone place nothing
    base, precision = _anaphoric_base(ctx)  # "at dawn", "that evening": the day mentioned before
    return _day(base, precision)


def _dateparser_rule(s: str, ctx: _Context, r: TimeRules, depth: int) -> _Reading | None:
    """Day-month dates our rules leave ("9 may 2020", "may 9", "28/06/2016"), through dateparser."""
    pat = r.patterns
    has_month = pat["has_month"].search(s) is not None and re.search(r"\d", s) is not None
    if not has_month and pat["numeric_date"].search(s) is None:
        return None
    weekday = next((r.weekdays[w.strip(",")] for w in s.split() if w.strip(",") in r.weekdays), None)
    words = [w for w in s.replace(",", " , ").split() if w.strip(",") not in r.weekdays]
    cleaned = re.sub(r"\s+,", ",", " ".join(words).strip(" ,"))
    if ctx.published is not None:  # "Jan. 1 this year", "Oct. 1 of the previous year"
        cleaned = pat["named_year"].sub(
            lambda m: " " + str(ctx.published.year + (0 if m.group(1) in r.cal_this else
                                                      1 if m.group(1) in r.cal_next else -1)), cleaned)
    explicit_year = pat["explicit_year"].search(cleaned) is not None
    if not explicit_year and ctx.published is None:
        return _UNPLACED  # "May 9" with no publication date: which year is unknown, never today's
    if not ctx.parse:
        return _UNPLACED
    found = _dateparse(cleaned, None if explicit_year else ctx.published)
    if found is None:
        return None
    day, period = found
    if period == "month":
        return _Reading(*_month_span(day.year, day.month), "month")
    if period == "year":
        return _Reading(dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), "year")
    if period == "week":
        return _Reading(day - dt.timedelta(days=3), day + dt.timedelta(days=3), "week")
    if weekday is not None and not explicit_year and day.weekday() != weekday:
        # "Tuesday, April 14" in a March paper: the coming one, when only it is a Tuesday
        later = _safe_date(day.year + 1, day.month, day.day)
        if later is not None and later.weekday() == weekday:
            day = later
    return _day(day, "hour" if period == "time" else "day")


@functools.lru_cache(maxsize=8)
def _date_parser(published: dt.date | None):
    from dateparser.date import DateDataParser  # slow to import: only when first needed

    # A fixed base when there is no publication date: results that would depend on
    # it (no year written) are refused before dateparser is asked.
    base = dt.datetime.combine(published or dt.date(2000, 1, 1), dt.time(12))
    return DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True,
        "PREFER_DAY_OF_MONTH": "first"})


@functools.lru_cache(maxsize=4096)
def _dateparse(expression: str, published: dt.date | None) -> tuple[dt.date, str] | None:
    """dateparser's reading of one expression: (date, period), cached."""
    try:
        data = _date_parser(published).get_date_data(expression)
    except Exception:  # dateparser raises several types on odd input; such input is simply not a date
        return None
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), data.period or "day"


def resolve(expression: str, published: dt.date | None, *, anchor: dt.date | TimeRef | None = None) -> TimeRef:
    """One time expression read against the publication date, its text kept as
    written. ``anchor`` is the date mentioned before it in the text, which
    "two days earlier" or "the same day" count from (default: publication).
    An expression that is not a time, or a relative one with nothing to count
    from, keeps only its text."""
    reading = _resolve_reading(expression, published, anchor)
    if reading is None or reading.start is None:
        return TimeRef(text=expression)
    return TimeRef(text=expression, start=reading.start, end=reading.end, precision=reading.precision)


def _resolve_reading(expression: str, published: dt.date | None, anchor=None, parse: bool = True) -> _Reading | None:
    anchor_precision = "day"
    if isinstance(anchor, TimeRef):
        anchor, anchor_precision = anchor.start, anchor.precision or "day"
    ctx = _Context(published=published, anchor=anchor, anchor_precision=anchor_precision, parse=parse)
    try:
        return _read(_normal(expression), ctx)
    except (OverflowError, ValueError):
        # Counting past the ends of the calendar (year 1, year 9999: "the next day"
        # after 31 December 9999) gives no date; the expression keeps its text.
        return None


@functools.lru_cache(maxsize=8192)
def is_time(expression: str) -> bool:
    """Whether ``expression`` is a time expression the rules can read (without asking dateparser)."""
    return _resolve_reading(expression, None, None, parse=False) is not None



def count_from(base: TimeRef, count: str | None, unit: str, earlier: bool) -> TimeRef | None:
    """A span of ``count`` ``unit``s (a number word, digits, a vague word of ``[vague_numbers]``, or
    None for one) before (``earlier``) or after ``base``'s start, as "a week earlier" or "three days
    later" counts from the time mentioned before it: the words of a phrase of another time ("a week
    after the massacre") read without writing them out again as English. None where ``base`` has no
    day, the unit is none of ``[units]`` or the count none of the numbers."""
    r = rules()
    if base.start is None or unit not in r.units:
        return None
    amount = _amount(" ".join(count.lower().split()), r) if count else (1, 1)
    if amount is None:
        return None
    try:
        found = _count_back(base.start, amount[0], amount[1], unit, -1 if earlier else 1)
    except (OverflowError, ValueError):
        return None
    return TimeRef(text="", start=found.start, end=found.end,
                   precision=_coarser(found.precision, _coarser("day", base.precision or "day")))


def resolve_prefix(text: str, published: dt.date | None, anchor: TimeRef | None = None) -> TimeRef:
    """A mention read whole, else its longest leading part before a comma that reads
    ("Aug. 28, 2008, a few days" -> "Aug. 28, 2008"), with the text of that part."""
    ref = resolve(text, published, anchor=anchor)
    if ref.start is not None:
        return ref
    cuts = [m.start() for m in re.finditer(",", text)]
    for cut in reversed(cuts):
        part = resolve(text[:cut], published, anchor=anchor)
        if part.start is not None:
            return part
    return ref
