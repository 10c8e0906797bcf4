"""No runaway patterns (issue 17): every stage takes time linear in adversarial
lengths. Each case is run at n and 4n units in one run and each stage's time
compared: a stage passes when its time grows no faster than about linearly
(at most 10 times for 4 times the text; quadratic is 16) or when, at 4n, it
is small beside the spaCy parse of the same text (linear: the baseline). No
absolute times."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from fogcount.pipeline import run_stages
from fogcount.settings import Settings
from fogcount.stages.ingest import Record

N = 150  # units of each case at the smaller size

CASES = {
    # a long number before a clock time: the dates stage's age pattern tried every digit (10 s at 9,000 digits)
    "digits before a.m.": lambda n: "It happened at " + "1" * (4 * n) + " a.m. when 3 people were killed.",
    "digits and commas": lambda n: "Officials said " + "1," * (4 * n) + "000 people were killed.",
    "long number": lambda n: "Officials said " + "9" * (20 * n) + " people were killed.",
    "numbers in a row": lambda n: "Officials said " + "12 " * n + "people were killed.",
    "number words": lambda n: "Officials said " + "one hundred " * n + "people were killed.",
    "repeated verbs": lambda n: "Officials said " + "killed " * n + "3 people.",
    "qualifiers": lambda n: "Officials said at least " + "at least " * n + "3 people were killed.",
    "capitalised names": lambda n: "Three people were killed in " + "Abc " * n + "on Monday.",
    # names after commas: the places stage went over every name once per name added (cubic)
    "names after commas": lambda n: "Three people were killed in " + "Abc, " * n + "on Monday.",
    # a hyphen chain: an event-type cue's gap could split it at its hyphens in exponentially many ways
    "hyphen chain": lambda n: "Three people were killed in Al-" + "Ab-" * n + "x in an air strike.",
    "weekdays": lambda n: "Three people were killed on " + "Monday, " * n + "police said.",
    "months": lambda n: "Three people were killed on " + "January " * n + "1.",
    "initials": lambda n: "Three people were killed in " + "A. " * n + "x.",
    "distances": lambda n: "Three people were killed " + "20 miles " * n + "west of Mosul.",
    "brackets": lambda n: "Three people " + "(" * n + "were killed" + ")" * n + ".",
    "quotes": lambda n: '"' * n + 'Three people were killed," he said.',
    "spaces": lambda n: "Three people were" + " " * (20 * n) + "killed.",
    "unicode marks": lambda n: "Three\u200f people\u200d were killed" + "\u0301\u200b" * n + " in Mosul.",
}


def _stage_times(text: str) -> dict[str, float]:
    times: dict[str, float] = {}
    mark = [time.perf_counter()]

    def after(stage, state):
        now = time.perf_counter()
        times[stage.name] = now - mark[0]
        mark[0] = now

    mark[0] = time.perf_counter()
    run_stages(Record(text=text, origin="t", published=dt.date(2020, 1, 1)), Settings(), after=after)
    return times


@pytest.fixture(scope="module", autouse=True)
def warm():
    _stage_times("Two soldiers were killed in Mosul on Monday, the army said.")


@pytest.mark.parametrize("case", list(CASES))
def test_every_stage_is_linear_in_adversarial_lengths(case):
    # each stage's least time over three interleaved runs: a shared machine's pauses only ever add time
    runs = [(_stage_times(CASES[case](N)), _stage_times(CASES[case](4 * N))) for _ in range(3)]
    small = {stage: min(r[0][stage] for r in runs) for stage in runs[0][0]}
    large = {stage: min(r[1][stage] for r in runs) for stage in runs[0][1]}
    parse = large["annotate"]
    for stage, spent in large.items():
        growth = spent / max(small[stage], 1e-9)
        assert growth <= 10 or spent <= 0.5 * parse, (
            f"{stage}: {small[stage]:.3f} s at n={N}, {spent:.3f} s at 4n (x{growth:.0f}; the parse: {parse:.3f} s)")
