"""Reading time expressions against the publication date (``stages/dates/grammar.py``):
our rules first, dateparser only for what they leave, the rule table read once."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from importlib import resources

import pytest

from fogcount.stages import dates
from fogcount.stages.dates import grammar, resolve, resolve_prefix

THURSDAY = dt.date(2016, 6, 30)  # publication date of the examples: a Thursday
D = dt.date


# ---------------------------------------------------------------- reading one expression


@pytest.mark.parametrize(
    "expression, start, end, precision",
    [
        # weekdays: the latest such day on or before publication
        ("Wednesday", D(2016, 6, 29), D(2016, 6, 29), "day"),
        ("Thursday", D(2016, 6, 30), D(2016, 6, 30), "day"),  # the publication day itself
        ("Friday", D(2016, 6, 24), D(2016, 6, 24), "day"),
        ("last Wednesday", D(2016, 6, 29), D(2016, 6, 29), "day"),
        ("last Thursday", D(2016, 6, 23), D(2016, 6, 23), "day"),  # strictly before publication
        ("Wednesday's", D(2016, 6, 29), D(2016, 6, 29), "day"),
        ("Wed.", D(2016, 6, 29), D(2016, 6, 29), "day"),
        # named days: the latest on or before publication (Thursday 30 June 2016)
        ("New Year's Eve", D(2015, 12, 31), D(2015, 12, 31), "day"),
        ("New Year’s Day", D(2016, 1, 1), D(2016, 1, 1), "day"),
        ("Christmas night", D(2015, 12, 25), D(2015, 12, 25), "day"),
        ("the Fourth of July", D(2015, 7, 4), D(2015, 7, 4), "day"),
        ("Father's Day", D(2016, 6, 19), D(2016, 6, 19), "day"),  # the third Sunday of June
        ("Memorial Day", D(2016, 5, 30), D(2016, 5, 30), "day"),  # the last Monday of May
        ("Memorial Day weekend", D(2016, 5, 28), D(2016, 6, 1), "week"),
        # parts of a day keep the day
        ("early Wednesday morning", D(2016, 6, 29), D(2016, 6, 29), "day"),
        ("Early Wednesday morning", D(2016, 6, 29), D(2016, 6, 29), "day"),
        ("late Tuesday", D(2016, 6, 28), D(2016, 6, 28), "day"),
        ("late on Tuesday", D(2016, 6, 28), D(2016, 6, 28), "day"),
        ("Wednesday night", D(2016, 6, 29), D(2016, 6, 29), "day"),
        ("in the early hours of Thursday", D(2016, 6, 30), D(2016, 6, 30), "day"),
        ("last night", D(2016, 6, 29), D(2016, 6, 29), "day"),
        ("this morning", D(2016, 6, 30), D(2016, 6, 30), "day"),
        # overnight: the night before publication, or before the day named
        ("overnight", D(2016, 6, 29), D(2016, 6, 30), "day"),
        ("overnight into Wednesday", D(2016, 6, 28), D(2016, 6, 29), "day"),
        # clock times
        ("1:20 a.m. Wednesday", D(2016, 6, 29), D(2016, 6, 29), "hour"),
        ("Wednesday at 1:20 a.m.", D(2016, 6, 29), D(2016, 6, 29), "hour"),
        ("at 5 p.m. on June 28, 2016", D(2016, 6, 28), D(2016, 6, 28), "hour"),
        # relative to publication
        ("yesterday", D(2016, 6, 29), D(2016, 6, 29), "day"),
        ("Yesterday", D(2016, 6, 29), D(2016, 6, 29), "day"),
        ("today", D(2016, 6, 30), D(2016, 6, 30), "day"),
        ("three days ago", D(2016, 6, 27), D(2016, 6, 27), "day"),
        ("a week ago", D(2016, 6, 20), D(2016, 6, 26), "week"),
        ("A week ago", D(2016, 6, 20), D(2016, 6, 26), "week"),
        ("a few days ago", D(2016, 6, 25), D(2016, 6, 28), "week"),
        ("two months ago", D(2016, 4, 1), D(2016, 4, 30), "month"),
        ("last week", D(2016, 6, 20), D(2016, 6, 26), "week"),
        ("earlier this week", D(2016, 6, 27), D(2016, 6, 29), "week"),
        ("this week", D(2016, 6, 27), D(2016, 6, 30), "week"),
        ("last month", D(2016, 5, 1), D(2016, 5, 31), "month"),
        ("late last month", D(2016, 5, 1), D(2016, 5, 31), "month"),
        ("earlier this month", D(2016, 6, 1), D(2016, 6, 29), "month"),
        ("last year", D(2015, 1, 1), D(2015, 12, 31), "year"),
        ("last weekend", D(2016, 6, 25), D(2016, 6, 26), "week"),
        # counted from the date mentioned before; with none given, from publication
        ("two days earlier", D(2016, 6, 28), D(2016, 6, 28), "day"),
        ("the same day", D(2016, 6, 30), D(2016, 6, 30), "day"),
        # absolute dates
        ("9 May 2020", D(2020, 5, 9), D(2020, 5, 9), "day"),
        ("May 9, 2020", D(2020, 5, 9), D(2020, 5, 9), "day"),
        ("May 9", D(2016, 5, 9), D(2016, 5, 9), "day"),
        ("July 9", D(2015, 7, 9), D(2015, 7, 9), "day"),  # the latest July 9 on or before publication
        ("June 28th, 2016", D(2016, 6, 28), D(2016, 6, 28), "day"),
        ("28/06/2016", D(2016, 6, 28), D(2016, 6, 28), "day"),
        ("Thursday, June 30", D(2016, 6, 30), D(2016, 6, 30), "day"),
        ("2020-05-09", D(2020, 5, 9), D(2020, 5, 9), "day"),
        ("on the 9th", D(2016, 6, 9), D(2016, 6, 9), "day"),
        ("the 30th", D(2016, 6, 30), D(2016, 6, 30), "day"),
        ("the 31st", D(2016, 5, 31), D(2016, 5, 31), "day"),  # June has no 31st
        ("May 2020", D(2020, 5, 1), D(2020, 5, 31), "month"),
        ("mid-June", D(2016, 6, 1), D(2016, 6, 30), "month"),
        ("2014", D(2014, 1, 1), D(2014, 12, 31), "year"),
        ("the 1990s", D(1990, 1, 1), D(1999, 12, 31), "year"),
        # spans
        ("between Monday and Wednesday", D(2016, 6, 27), D(2016, 6, 29), "day"),
        ("since Tuesday", D(2016, 6, 28), D(2016, 6, 30), "day"),
        ("the past 24 hours", D(2016, 6, 29), D(2016, 6, 30), "day"),
        ("the last two days", D(2016, 6, 28), D(2016, 6, 30), "day"),
        ("May 9-11", D(2016, 5, 9), D(2016, 5, 11), "day"),
        ("from 9 to 11 May", D(2016, 5, 9), D(2016, 5, 11), "day"),
        ("between May 9 and 11", D(2016, 5, 9), D(2016, 5, 11), "day"),
        ("recent days", D(2016, 6, 23), D(2016, 6, 30), "week"),
        ("the past year", D(2015, 6, 30), D(2016, 6, 30), "year"),
        # clock ranges are hours of one day, not days of a month
        ("from 6 to 10 p.m.", D(2016, 6, 30), D(2016, 6, 30), "hour"),
        ("between 9 a.m. and 2 p.m. Monday", D(2016, 6, 27), D(2016, 6, 27), "hour"),
        # a weekday beside a date picks the year in which they agree
        ("Friday, July 1", D(2016, 7, 1), D(2016, 7, 1), "day"),
        ("Jan. 1 this year", D(2016, 1, 1), D(2016, 1, 1), "day"),
    ],
)
def test_resolve_against_publication(expression, start, end, precision):
    ref = resolve(expression, THURSDAY)
    assert (ref.text, ref.start, ref.end, ref.precision) == (expression, start, end, precision)


@pytest.mark.parametrize(
    "expression, anchor, start, end",
    [
        ("two days earlier", D(2019, 3, 12), D(2019, 3, 10), D(2019, 3, 10)),
        ("the next day", D(2019, 3, 12), D(2019, 3, 13), D(2019, 3, 13)),
        ("the same day", D(2016, 6, 28), D(2016, 6, 28), D(2016, 6, 28)),
        ("a week later", D(2019, 3, 12), D(2019, 3, 16), D(2019, 3, 22)),
        ("overnight", D(2016, 6, 28), D(2016, 6, 27), D(2016, 6, 28)),  # the night before the event day
    ],
)
def test_anaphoric_expressions_count_from_the_date_before(expression, anchor, start, end):
    ref = resolve(expression, THURSDAY, anchor=anchor)
    assert (ref.start, ref.end) == (start, end)


@pytest.mark.parametrize(
    "expression, start, precision",
    [
        ("9 May 2020", D(2020, 5, 9), "day"),
        ("2020-05-09", D(2020, 5, 9), "day"),
        ("May 2020", D(2020, 5, 1), "month"),
        ("2014", D(2014, 1, 1), "year"),
        ("between 9 and 11 May 2020", D(2020, 5, 9), "day"),
        ("28/06/2016", D(2016, 6, 28), "day"),
    ],
)
def test_absolute_dates_resolve_without_publication(expression, start, precision):
    ref = resolve(expression, None)
    assert (ref.start, ref.precision) == (start, precision)


@pytest.mark.parametrize(
    "expression",
    ["Wednesday", "early Wednesday morning", "yesterday", "a week ago", "last month", "earlier this week", "May 9",
     "on the 9th", "since Tuesday", "overnight", "1:20 a.m. Wednesday", "two days earlier", "the past 24 hours",
     "June"],
)
def test_relative_expressions_without_publication_keep_only_their_text(expression, monkeypatch):
    # nothing to count from, and never today's date: dateparser is not even asked
    monkeypatch.setattr(grammar, "_dateparse", _forbidden)
    ref = resolve(expression, None)
    assert (ref.text, ref.start, ref.end, ref.precision) == (expression, None, None, None)


def _forbidden(*args):
    raise AssertionError(f"dateparser asked about {args}")


@pytest.mark.parametrize(
    "expression",
    ["early Wednesday morning", "late Tuesday", "Wednesday night", "overnight", "1:20 a.m. Wednesday", "a week ago",
     "yesterday", "last month", "two days earlier", "earlier this week", "2020-05-09", "on the 9th", "May 2020", "2014",
     "since Tuesday", "between Monday and Wednesday", "the past 24 hours", "Thursday"],
)
def test_our_rules_do_not_call_dateparser(expression, monkeypatch):
    monkeypatch.setattr(grammar, "_dateparse", _forbidden)
    assert resolve(expression, THURSDAY).start is not None


def test_dateparser_alone_misses_what_the_rules_read():
    """Why the rules exist (dateparser 1.5.0, pinned): it misses "early Wednesday
    morning" and reads "We" as Wednesday. Ours does neither."""
    import dateparser

    base = {"RELATIVE_BASE": dt.datetime(2016, 6, 30, 12), "PREFER_DATES_FROM": "past"}
    assert dateparser.parse("early Wednesday morning", languages=["en"], settings=base) is None
    assert dateparser.parse("We", languages=["en"], settings=base).date() == D(2016, 6, 29)
    assert resolve("early Wednesday morning", THURSDAY).start == D(2016, 6, 29)
    assert resolve("We", THURSDAY).start is None


@pytest.mark.parametrize("expression", ["We", "we", "sun", "sat", "Daily", "the day", "two days",
                                        "decades", "early", "12-year-old"])
def test_words_that_are_not_times(expression):
    assert resolve(expression, THURSDAY).start is None


def test_dateparser_is_cached_per_expression_and_date():
    # expressions and a date no other test asks about, so the counts are this test's own
    published = D(2011, 4, 7)
    before = grammar._dateparse.cache_info()
    for _ in range(3):
        assert resolve("17 March 2011", published).start == D(2011, 3, 17)
        assert resolve("March 17", published).start == D(2011, 3, 17)
    after = grammar._dateparse.cache_info()
    assert (after.misses - before.misses, after.hits - before.hits) == (2, 4)


def test_dateparser_is_imported_only_when_needed():
    code = "import sys, fogcount.stages.dates as d; d.find_times; print('dateparser' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_rule_table_is_read_once_and_documented():
    assert grammar.rules() is grammar.rules()
    text = resources.files("fogcount.data").joinpath("times.toml").read_text("utf-8")
    sections = re.split(r"^\[(\w+)\]\s*$", text, flags=re.M)[1:]
    assert sections, "no tables in times.toml"
    for name, body in zip(sections[::2], sections[1::2]):
        assert re.search(r"^#", body, flags=re.M), f"[{name}] in times.toml has no comment saying what it is"


def test_stage_names_itself():
    assert (dates.NAME, dates.VERSION) == ("dates", "7")



def test_a_date_followed_by_other_words_reads_as_its_leading_part_also_without_publication():
    ref = resolve_prefix("30 April 2020, daily", None)
    assert (ref.start.isoformat(), ref.precision) == ("2020-04-30", "day")
    assert resolve_prefix("Monday, daily", None).start is None  # relative: never guessed without a publication date


@pytest.mark.parametrize("expression, published", [
    ("this week", dt.date(9999, 12, 31)), ("the next day", dt.date(9999, 12, 31)), ("next year", dt.date(9999, 6, 1)),
    ("yesterday", dt.date(1, 1, 1)), ("last week", dt.date(1, 1, 3)), ("three days ago", dt.date(1, 1, 1)),
])
def test_counting_past_the_ends_of_the_calendar_gives_no_date(expression, published):
    ref = resolve(expression, published)
    assert ref.text == expression and ref.start is None and ref.end is None


def test_a_span_is_counted_from_a_time_without_writing_it_as_english():
    """ "a week after", "three days before", "weeks after": the count, the unit and the direction
    read directly (no "a weeks earlier" built and parsed again)."""
    monday = resolve("Monday", dt.date(2024, 5, 1))
    week = grammar.count_from(monday, None, "week", earlier=True)
    assert (week.start, week.end) == (dt.date(2024, 4, 19), dt.date(2024, 4, 25))
    days = grammar.count_from(monday, "three", "day", earlier=False)
    assert (days.start, days.end) == (dt.date(2024, 5, 2), dt.date(2024, 5, 2))
    some = grammar.count_from(monday, "some", "week", earlier=True)
    assert some.start < week.start and some.end <= week.end
    assert grammar.count_from(monday, "many", "century", earlier=True) is None
    assert grammar.count_from(resolve("", None), "two", "day", earlier=True) is None
