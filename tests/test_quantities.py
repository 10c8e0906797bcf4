"""The interval table, row by row, and the number grammar."""

from __future__ import annotations

import pytest

import re

from fogcount.quantities import format_interval, increment, number_value, read_quantity, scan, table


def quantity(text: str):
    """The first figure in ``text``, as the claims stage finds it."""
    found = scan(text, [m.start() for m in re.finditer(r"\S+", text)])
    return found[0] if found else None


# DESIGN.md "Interval semantics", one row per line.
@pytest.mark.parametrize(
    "text, low, high, qualifier, vague",
    [
        ("250", 250, 250, None, False),
        ("at least 250", 250, None, "at least", False),
        ("more than 60", 61, None, "more than", False),
        ("up to 700", None, 700, "up to", False),
        ("as many as 2,000", None, 2000, "up to", False),
        ("nearly 100", 80, 99, "nearly", False),
        ("about 2,000", 1800, 2200, "about", False),
        ("about 15", 13, 17, "about", False),  # 13.5 -> 13, 16.5 -> 17: rounded outward
        ("between 50 and 60", 50, 60, "between", False),
        ("50-60", 50, 60, "between", False),
        ("tens", 20, 99, None, True),
        ("dozens", 24, 99, None, True),
        ("scores", 40, 99, None, True),
        ("hundreds", 200, 999, None, True),
        ("thousands", 2000, 9999, None, True),
        ("tens of thousands", 20000, 99999, None, True),
        ("a few", 2, 5, None, True),
        ("several", 3, 9, None, True),
        ("many", None, None, None, True),
        ("a large number", None, None, None, True),
    ],
)
def test_design_table_row(text, low, high, qualifier, vague):
    q = quantity(text)
    assert (q.low, q.high, q.qualifier, q.vague) == (low, high, qualifier, vague)
    assert q.text == text


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("no fewer than 30", 30, None),
        ("over 100", 101, None),
        ("fewer than 10", None, 9),
        ("almost 50", 40, 49),
        ("some 200", 180, 220),
        ("an estimated 1.5 million", 1350000, 1650000),
        ("50 or more", 50, None),
        ("50-plus", 50, None),
        ("200 or so", 180, 220),
        ("two or three", 2, 3),
        ("50 to 60", 50, 60),
        ("more than a dozen", 13, None),
        ("up to hundreds", None, 999),
        ("at least dozens", 24, None),
    ],
)
def test_other_qualifiers(text, low, high):
    q = quantity(text)
    assert (q.low, q.high) == (low, high), q


@pytest.mark.parametrize(
    "text, value",
    [
        ("2,000", 2000),
        ("2000", 2000),
        ("1,250,000", 1250000),
        ("1.5 million", 1500000),
        ("3 thousand", 3000),
        ("two hundred", 200),
        ("two hundred and fifty", 250),
        ("twenty-five", 25),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("two dozen", 24),
        ("a hundred", 100),
        ("eleven", 11),
    ],
)
def test_number_values(text, value):
    assert number_value(text) == value
    q = quantity(text + " soldiers")
    assert q.low == q.high == value and q.text == text


def test_qualifier_as_its_own_word_only():
    # "cover" ends in "over": not the qualifier "over".
    q = quantity("take cover 50 metres away")
    assert q.text == "50"
    assert q.qualifier is None and q.low == 50


def test_a_qualifier_after_a_stop_without_its_space():
    # "violence.About 100": the sentence's stop lost its space; "About" still qualifies the number
    q = quantity("turned to violence.About 100 people died")
    assert (q.text, q.low, q.high) == ("About 100", 90, 110)


def test_range_needs_a_higher_second_number():
    q = quantity("the 20-3 vote")
    assert (q.low, q.high) == (20, 20)


def test_increment_cues():
    text = "destroyed another 60 vehicles"
    start = text.index("60")
    assert increment(text, start, start + 2) == (True, False)
    text = "the death toll rose to 45"
    start = text.index("45")
    assert increment(text, start, start + 2) == (False, True)
    text = "killed 12 people"
    start = text.index("12")
    assert increment(text, start, start + 2) == (False, False)


def test_every_row_has_valid_bounds():
    tbl = table()
    for row in tbl.qualifiers:
        low, high = row.interval(100, 100)
        assert low is None or high is None or low <= high, row.name


def test_thousands_of_qualifiers_in_a_row(no_runaway):
    text = "at least more than up to nearly about " * 5000 + "250 fighters"
    with no_runaway(5):
        # Every pattern looks inside a bounded window, whatever the length of the text.
        q = read_quantity(text, text.index("250"))
    assert (q.low, q.high, q.qualifier) == (225, 275, "about")
    assert q.text == "about 250"


@pytest.mark.parametrize(
    "low, high, shown",
    [(250, None, "≥250"), (None, 700, "≤700"), (20, 99, "20–99"), (5, 5, "5"), (None, None, "?"), (2000, 2000, "2,000")],
)
def test_format_interval(low, high, shown):
    """As the command line's table and the web page show a figure."""
    assert format_interval(low, high) == shown


@pytest.mark.parametrize(
    "text, figure, expected",
    [
        ("A fourth person died later", "A", (True, False)),  # an ordinal after a figure of one
        ("two additional soldiers", "two", (True, False)),
        ("Another man died", "Another", (True, False)),  # the figure's own word
        ("A man died", "A", (False, False)),
        ("the second day of fighting killed 3", "3", (False, False)),
    ],
)
def test_issue5_ordinal_and_another_increments(text, figure, expected):
    start = text.index(figure)
    assert increment(text, start, start + len(figure)) == expected


@pytest.mark.parametrize("text, low, high", [
    ("nearly 0", 0, 0),             # was -1: a count is never below 0
    ("fewer than 0", None, 0),      # was high -1 under low 0
    ("almost 1", 0, 0),
    ("999999999999999", 999999999999999, 999999999999999),  # 15 digits, exact (was through a float)
    ("at least 123456789012345", 123456789012345, None),
    ("1.5 million", 1_500_000, 1_500_000),
])
def test_counts_are_exact_integers_never_below_zero(text, low, high):
    q = quantity(text)
    assert (q.low, q.high) == (low, high)
    assert all(type(b) is int for b in (q.low, q.high) if b is not None)


def test_numbers_are_read_exactly_and_a_number_past_any_count_is_no_figure():
    assert number_value("12345678901234567890") == 12345678901234567890  # was 12345678901234567168
    assert number_value("2.3 million") == 2_300_000 and type(number_value("2.3 million")) is int
    assert read_quantity("12345678901234567890 people", 0) is None
    assert read_quantity("1000000000000001 people", 0) is None


@pytest.mark.parametrize("text, shown, low, high", [
    # "all over" ends a clause ("when it was all over, one person was killed", its comma lost): no bound
    ("WHEN IT WAS ALL OVER ONE PERSON WAS KILLED", "ONE", 1, 1),
    ("when it was all over two people were dead", "two", 2, 2),
    # must still bound: "over" alone, "well over"
    ("over 20 people were killed", "over 20", 21, None),
    ("well over 20 people were killed", "well over 20", 21, None),
])
def test_all_over_before_a_number_bounds_nothing(text, shown, low, high):
    q = quantity(text)
    assert (q.text, q.low, q.high) == (shown, low, high)
