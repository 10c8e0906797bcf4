"""The grammar of figures: numbers, number words, ranges, qualifiers and vague
quantities, turned into intervals under the table in ``data/qualifiers.toml``.

This module works on plain text, not on parses, so it can be tested row by
row. Every pattern is matched inside a bounded window of text around a
starting position: no pattern can run away on pathological input.
"""

from __future__ import annotations

import bisect
import dataclasses
import decimal
import fractions
import functools
import math
import re

from number_parser import parse_number

# How far around a number the qualifier and postfix patterns look.
_WINDOW_BEFORE = 48
_WINDOW_AFTER = 80

_UNIT_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
).split()
_SCALE_WORDS = ("hundred", "thousand", "million", "billion")
_NUMBER_WORD = "(?:" + "|".join(_UNIT_WORDS + list(_SCALE_WORDS) + ["dozen"]) + ")"
_DIGITS = r"\d{1,3}(?:[,\u00a0\u202f]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:\s*(?:hundred|thousand|million|billion|mn|bn)\b)?"
# "two hundred and fifty", "twenty-five", "a dozen", "half a dozen", "two dozen".
_UNIT_WORD = "(?:" + "|".join(w for w in _UNIT_WORDS if w != "zero") + ")"
# A word number starts with a unit word ("two hundred") or with "a"/"one"/"half a"
# before a scale ("a dozen", "a hundred"); a bare "hundred" after "several" is
# that vague word's scale, not a number of its own.
_WORDS = (
    rf"(?:(?:half\s+a|a|one)\s+(?:hundred|thousand|million|billion|dozen)|{_UNIT_WORD})"
    rf"(?:(?:[\s-]+(?:and[\s-]+)?){_NUMBER_WORD}){{0,8}}"
)
_SCALE_AFTER_RE = re.compile(r"\s+(?P<scale>hundred|thousand|million|billion|dozen)\b(?!s)", re.IGNORECASE)
NUMBER_RE = re.compile(rf"(?:(?<![\w.,])(?<![A-Za-z]-)(?:{_DIGITS})(?![\w]|[.,]\d){_SCALE}|\b{_WORDS}\b)", re.IGNORECASE)
_RANGE_RE = re.compile(
    rf"\s*(?:-|–|—|to|and|or)\s*((?:{_DIGITS})(?![\w]|[.,]\d){_SCALE}|\b{_WORDS}\b)", re.IGNORECASE
)
# The largest figure read as a count (a quadrillion): beyond anything counted in
# conflict reporting, and below 2**53, so that every count is exact for any JSON
# reader and fits the store's 64-bit integers. A larger number is not a figure.
MAX_COUNT = 10**15

_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000, "mn": 1_000_000,
           "bn": 1_000_000_000}


@dataclasses.dataclass(frozen=True)
class Qualifier:
    """A row of the interval table."""

    name: str
    phrases: tuple[str, ...]
    low: str
    high: str
    position: str = "before"

    def interval(self, low: float, high: float) -> tuple[int | None, int | None]:
        """Apply the row to a base interval [low, high] (equal for an exact number)."""
        return _bound(self.low, low, outward=math.floor), _bound(self.high, high, outward=math.ceil)


@dataclasses.dataclass(frozen=True)
class VagueQuantity:
    phrases: tuple[str, ...]
    low: int | None
    high: int | None
    acled: int | None = None  # the number the ACLED convention codes for it


_EXPR_RE = re.compile(r"^(?:(?P<factor>\d+(?:\.\d+)?)\s*\*?\s*)?N(?:\s*(?P<sign>[+-])\s*(?P<offset>\d+))?$")


def _bound(expr: str, n: float, *, outward) -> int | None:
    """One bound of a row for the number ``n``: exact (fractions, never floats,
    so that a 20-digit number comes out as written) and never below 0 (a count:
    "nearly 0" is 0, not -1)."""
    expr = expr.strip()
    if expr == "none":
        return None
    if expr.isdigit():
        return int(expr)
    match = _EXPR_RE.match(expr)
    if not match:
        raise ValueError(f"bad bound expression in qualifiers.toml: {expr!r}")
    value = _exact(n) * fractions.Fraction(match["factor"] or 1)
    if match["offset"]:
        value += int(match["offset"]) * (1 if match["sign"] == "+" else -1)
    return max(0, int(outward(value)))


def _exact(n: float) -> fractions.Fraction:
    """``n`` as an exact fraction: an int as it is, a float as written in decimal ("1.5")."""
    return fractions.Fraction(n) if isinstance(n, int) else fractions.Fraction(repr(n))


def _phrase_regex(phrases, *, anchor: str) -> re.Pattern | None:
    """One alternation, longest phrase first, anchored at the end or start of a window."""
    if not phrases:
        return None
    ordered = sorted(set(phrases), key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(word) for word in p.split()) for p in ordered)
    if anchor == "end":
        # after a space, a quote or a bracket, or after a sentence's stop with its space lost ("violence.About 100")
        return re.compile(rf"(?<=[\s\"'“‘(.;:,])(?P<phrase>{body})\s*[\"'“‘]?\s*$", re.IGNORECASE)
    return re.compile(rf"\s*(?P<phrase>{body})(?![\w])", re.IGNORECASE)


@dataclasses.dataclass(frozen=True)
class Table:
    """The interval table and the phrase patterns built from it."""

    qualifiers: tuple[Qualifier, ...]
    vague: tuple[VagueQuantity, ...]
    number_words: dict
    incremental: tuple[str, ...]
    incremental_after: tuple[str, ...]
    ordinals: tuple[str, ...]
    cumulative: tuple[str, ...]
    window: int

    @functools.cached_property
    def exact(self) -> Qualifier:
        return next(q for q in self.qualifiers if q.name == "exact")

    @functools.cached_property
    def _by_phrase(self) -> dict[tuple[str, str], Qualifier]:
        return {(q.position, " ".join(p.lower().split())): q for q in self.qualifiers for p in q.phrases}

    @functools.cached_property
    def prefix_re(self):
        return _phrase_regex([p for q in self.qualifiers if q.position == "before" for p in q.phrases], anchor="end")

    @functools.cached_property
    def postfix_re(self):
        return _phrase_regex([p for q in self.qualifiers if q.position == "after" for p in q.phrases], anchor="start")

    @functools.cached_property
    def vague_re(self):
        return _phrase_regex([p for v in self.vague for p in v.phrases], anchor="start")

    @functools.cached_property
    def vague_first_words(self) -> frozenset[str]:
        return frozenset(p.split()[0].lower() for v in self.vague for p in v.phrases)

    @functools.cached_property
    def _vague_by_phrase(self) -> dict[str, VagueQuantity]:
        return {" ".join(p.lower().split()): v for v in self.vague for p in v.phrases}

    @functools.cached_property
    def acled_vague(self) -> dict[str, int]:
        """Phrase -> the number the ACLED convention codes for it."""
        return {p: v.acled for v in self.vague if v.acled is not None for p in v.phrases}

    @functools.cached_property
    def acled_vague_re(self) -> re.Pattern:
        return re.compile(
            r"\b(" + "|".join(re.escape(p) for p in sorted(self.acled_vague, key=len, reverse=True)) + r")\b",
            re.IGNORECASE)

    @functools.cached_property
    def cumulative_re(self):
        return _phrase_regex(self.cumulative, anchor="end")

    @functools.cached_property
    def incremental_re(self):
        return _phrase_regex(self.incremental, anchor="end")

    @functools.cached_property
    def incremental_after_re(self):
        return _phrase_regex(self.incremental_after + self.ordinals, anchor="start")

    def qualifier(self, phrase: str, position: str = "before") -> Qualifier:
        return self._by_phrase[(position, " ".join(phrase.lower().split()))]

    def vague_quantity(self, phrase: str) -> VagueQuantity:
        return self._vague_by_phrase[" ".join(phrase.lower().split())]


def table() -> Table:
    """The interval table, read once by :func:`fogcount.rules.load`."""
    from .rules import load  # the rules import this module

    return load().qualifiers


def build_table(raw: dict) -> Table:
    """The interval table of ``data/qualifiers.toml``."""
    qualifiers = tuple(
        Qualifier(row["name"], tuple(row["phrases"]), row["low"], row["high"], row.get("position", "before"))
        for row in raw["qualifier"]
    )
    vague = tuple(VagueQuantity(tuple(row["phrases"]), row.get("low"), row.get("high"), row.get("acled"))
                  for row in raw["vague"])
    inc = raw["increment"]
    return Table(
        qualifiers=qualifiers,
        vague=vague,
        number_words={k.lower(): v for k, v in raw["number_words"].items()},
        incremental=tuple(inc["incremental"]),
        incremental_after=tuple(inc["incremental_after"]),
        ordinals=tuple(inc["ordinals"]),
        cumulative=tuple(inc["cumulative"]),
        window=int(inc["window"]),
    )


@functools.lru_cache(maxsize=4096)
def number_value(text: str) -> int | float | None:
    """The value of one number as written: '2,000', '1.5 million', 'two hundred and fifty', 'a dozen'."""
    text = re.sub(r"(?<=\d)[,\u00a0\u202f](?=\d{3}(?!\d))", "", text)  # "2,000", "2\u00a0000"
    words = " ".join(text.lower().replace("-", " ").split())
    if not words:
        return None
    if words[0].isdigit():
        match = re.match(r"([\d,\u00a0\u202f.]+)\s*(\w+)?$", words)
        if not match:
            return None
        try:
            value = decimal.Decimal(match[1])  # exact: "12345678901234567890", "1.5" (a float would round them)
        except decimal.InvalidOperation:
            return None
        with decimal.localcontext(prec=len(match[1]) + 12):  # room for every digit and a scale's
            value *= _SCALES.get(match[2], 1) if match[2] else 1
        return int(value) if value == value.to_integral_value() else float(value)
    known = table().number_words
    if words in known:
        return known[words]
    if words.startswith("half a "):
        rest = number_value(words[len("half a "):])
        return rest / 2 if rest is not None else None
    if words.startswith("a "):
        words = "one " + words[2:]
    if words.endswith(" dozen"):
        rest = number_value(words[: -len(" dozen")])
        return rest * 12 if rest is not None else None
    parsed = parse_number(words)
    return parsed if parsed is not None else None


@dataclasses.dataclass(frozen=True)
class Quantity:
    """A figure found in text: where it is, and its interval."""

    start: int
    end: int
    text: str
    low: int | None
    high: int | None
    qualifier: str | None
    vague: bool
    numeric: bool  # written as a number (vague words and zero words are not)
    core_start: int  # the number or vague phrase itself, without qualifiers
    core_end: int


def match_number(text: str, pos: int) -> re.Match | None:
    """A number starting exactly at ``pos``, or None."""
    window_end = min(len(text), pos + _WINDOW_AFTER)
    return NUMBER_RE.match(text[:window_end], pos)


def read_quantity(text: str, pos: int) -> Quantity | None:
    """Read the figure that starts at ``pos`` (a number or a vague quantity),
    with the qualifier before it, a range after it, and a postfix qualifier."""
    tbl = table()
    window_end = min(len(text), pos + _WINDOW_AFTER)
    window = text[:window_end]
    vague_row = None
    number = NUMBER_RE.match(window, pos)
    if number:
        base_low = base_high = number_value(number.group(0))
        if base_low is None:
            return None
        end = number.end()
    else:
        vague = tbl.vague_re.match(window, pos)
        if not vague:
            return None
        vague_row = tbl.vague_quantity(vague["phrase"])
        pos = vague.start("phrase")  # the figure begins at its phrase, not at the blank before it
        base_low, base_high = vague_row.low, vague_row.high
        end = vague.end("phrase")
        scale = _SCALE_AFTER_RE.match(window, end)
        if scale and base_low is not None and base_high is not None and base_high < 100:
            # "several hundred" -> [300, 900]; "a few dozen" -> [24, 60]
            factor = _SCALES.get(scale["scale"].lower()) or table().number_words.get(scale["scale"].lower(), 1)
            base_low, base_high, end = base_low * factor, base_high * factor, scale.end()

    # Qualifier before: the longest table phrase that ends right before pos.
    start = pos
    qualifier = tbl.exact if vague_row is None else None
    before = _before(text, pos)
    prefix = tbl.prefix_re.search(before)
    if prefix:
        qualifier = tbl.qualifier(prefix["phrase"])
        if qualifier.name != "exact":  # a phrase of the exact row ("all over") bounds nothing and is no part of it
            start = pos - len(before) + prefix.start("phrase")

    # Range after a number: "50-60", "50 to 60", "between 50 and 60", "two or three".
    if number:
        rng = _RANGE_RE.match(window, end)
        if rng and (not rng.group(0).strip().lower().startswith("and") or (qualifier and qualifier.name == "between")):
            high = number_value(rng.group(1))
            scale = re.search(r"(hundred|thousand|million|billion|dozen|mn|bn)\s*$", rng.group(1), re.IGNORECASE)
            if high is not None and scale and not re.search(
                    r"(hundred|thousand|million|billion|dozen|mn|bn)\s*$", number.group(0), re.IGNORECASE):
                factor = _SCALES.get(scale.group(1).lower()) or tbl.number_words.get(scale.group(1).lower(), 1)
                if base_low * factor <= high:
                    base_low = base_low * factor  # "two to three hundred": the scale is both numbers'
            if high is not None and high >= base_low:
                base_high, end = high, rng.end()
                if qualifier is None or qualifier.name == "exact":
                    qualifier = tbl.qualifier("between")
    if qualifier is not None and qualifier.name == "between" and base_low == base_high and number:
        # "between" with no second number, or "from 20" without "to": the exact number.
        qualifier, start = tbl.exact, pos

    core_end = end
    # Postfix qualifier: "50 or more", "50-plus", "200 or so".
    postfix = tbl.postfix_re.match(window, end)
    if postfix and (qualifier is None or qualifier.name == "exact"):
        qualifier = tbl.qualifier(postfix["phrase"], "after")
        end = postfix.end("phrase")

    if qualifier is None:  # a vague quantity on its own
        low, high = base_low, base_high
        name = None
    else:
        low, high = qualifier.interval(
            base_low if base_low is not None else 0, base_high if base_high is not None else 0
        )
        if base_low is None and qualifier.low != "none":
            low = None
        if base_high is None and qualifier.high != "none":
            high = None
        name = None if qualifier.name == "exact" else qualifier.name.replace(" (after)", "")
    if low is not None and high is not None and low > high:
        low = high
    if max(low or 0, high or 0) > MAX_COUNT:
        return None  # no count: a serial number, a phone number, a sum of money written out
    return Quantity(
        start=start,
        end=end,
        text=text[start:end],
        low=low,
        high=high,
        qualifier=name,
        vague=vague_row is not None,
        numeric=number is not None,
        core_start=pos,
        core_end=core_end,
    )


def _before(text: str, pos: int) -> str:
    """The window of text that ends at ``pos``; a space stands for the start of the text."""
    begin = pos - _WINDOW_BEFORE
    return text[begin:pos] if begin > 0 else " " + text[:pos]


def increment(text: str, start: int, end: int) -> tuple[bool, bool]:
    """(incremental, cumulative) from the words just before ``start`` ("another
    60"), the figure's own words ("another" before a single noun: "another man
    died") and the words just after ``end`` ("60 more", "a fourth person")."""
    tbl = table()
    before = _before(text, start)
    after = text[end : end + 24]
    cumulative = bool(tbl.cumulative_re.search(before))
    incremental = (bool(tbl.incremental_re.search(before)) or bool(tbl.incremental_re.search(_before(text, end)))
                   or bool(tbl.incremental_after_re.match(after)))
    return incremental, cumulative and not incremental


def scan(text: str, word_starts: list[int]) -> list[Quantity]:
    """Every figure that starts at one of ``word_starts`` (sorted character
    offsets), without overlaps. Written numbers are read first and win over
    vague words inside or around them ("as many as 2,000" is not "many")."""
    tbl = table()
    numbers: list[Quantity] = []
    until = -1
    for start in word_starts:
        if start >= until and _starts_number(text, start):
            q = read_quantity(text, start)
            if q is not None:
                numbers.append(q)
                until = q.end
    taken_starts = [q.start for q in numbers]

    def taken(pos: int) -> bool:
        at = bisect.bisect_right(taken_starts, pos) - 1
        return at >= 0 and pos < numbers[at].end

    found = list(numbers)
    until = -1
    for start in word_starts:
        if start < until or taken(start):
            continue
        word = text[start : start + 16].split(None, 1)
        if not word or word[0].strip("\"'“”‘’,.;:").lower() not in tbl.vague_first_words:
            continue
        q = read_quantity(text, start)
        if q is not None and not q.numeric and not taken(q.core_end - 1):
            found.append(q)
            until = q.end
    found.sort(key=lambda q: q.start)
    return found


def _starts_number(text: str, start: int) -> bool:
    return NUMBER_RE.match(text, start, min(len(text), start + _WINDOW_AFTER)) is not None


def format_interval(low: int | None, high: int | None) -> str:
    """An interval for people: [250, null] -> '≥250'; [20, 99] -> '20–99';
    [5, 5] -> '5'; [null, null] -> '?'. The command line's table and the web
    page both show figures this way."""
    if low is None and high is None:
        return "?"
    if high is None:
        return f"≥{low:,}"
    if low is None:
        return f"≤{high:,}"
    return f"{low:,}" if low == high else f"{low:,}–{high:,}"
