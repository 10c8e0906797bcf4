"""The time stage: reading expressions against the publication date, finding
them in a parse, giving each claim its event's time (and a statement's only
when nothing else dates it), the canonical article, and what it costs."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from importlib import resources

import pytest

from fogcount.settings import Settings
from fogcount.stages import dates
from fogcount.stages.annotate import annotate
from fogcount.stages.attribution import attribute
from fogcount.stages.claims import extract_claims
from fogcount.stages.dates import TimeMention, assign_times, find_times, resolve
from fogcount.vocabulary import vocabulary

THURSDAY = dt.date(2016, 6, 30)  # publication date of the examples: a Thursday
D = dt.date


def parsed(text: str):
    ann = annotate(text, settings=Settings())
    claims, _ = extract_claims(ann)
    attribute(ann, claims, vocabulary())
    return ann, claims


def time_of(text: str, figure: str, published: dt.date | None = THURSDAY):
    ann, claims = parsed(text)
    assign_times(ann, claims, published)
    found = [c for c in claims if c.value.text == figure]
    assert found, [c.value.text for c in claims]
    return found[0].time


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
    monkeypatch.setattr(dates, "_dateparse", _forbidden)
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
    monkeypatch.setattr(dates, "_dateparse", _forbidden)
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
    dates._dateparse.cache_clear()
    for _ in range(3):
        assert resolve("9 May 2020", THURSDAY).start == D(2020, 5, 9)
        assert resolve("May 9", THURSDAY).start == D(2016, 5, 9)
    info = dates._dateparse.cache_info()
    assert (info.misses, info.hits) == (2, 4)


def test_dateparser_is_imported_only_when_needed():
    code = "import sys, fogcount.stages.dates as d; d.find_times; print('dateparser' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_rule_table_is_read_once_and_documented():
    assert dates.rules() is dates.rules()
    text = resources.files("fogcount.data").joinpath("times.toml").read_text("utf-8")
    sections = re.split(r"^\[(\w+)\]\s*$", text, flags=re.M)[1:]
    assert sections, "no tables in times.toml"
    for name, body in zip(sections[::2], sections[1::2]):
        assert re.search(r"^#", body, flags=re.M), f"[{name}] in times.toml has no comment saying what it is"


def test_stage_names_itself():
    assert (dates.NAME, dates.VERSION) == ("dates", "1")


# ---------------------------------------------------------------- finding expressions


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gunmen killed 12 villagers early Wednesday morning, police said.", ["early Wednesday morning"]),
        ("Overnight, airstrikes killed 9 civilians in the old city.", ["Overnight"]),
        ("Rebels shot down two helicopters late on Tuesday.", ["late on Tuesday"]),
        ("Wednesday night, a car bomb killed 14 people at a market.", ["Wednesday night"]),
        ("At 1:20 a.m. Wednesday, gunmen attacked the prison.", ["1:20 a.m. Wednesday"]),
        ("On 9 May 2020 soldiers killed 4 militants.", ["9 May 2020"]),  # the model tags only "May 2020"
        ("On the 9th, 21 prisoners escaped.", ["the 9th"]),
        ("Between Monday and Wednesday, 40 strikes were conducted.", ["Between Monday and Wednesday"]),
        ("Since Tuesday, more than 80 people have been killed.", ["Since Tuesday"]),
        ("From Monday to Wednesday, 40 strikes were conducted.", ["From Monday to Wednesday"]),
        ("The market was shut from 9 to 11 May.", ["from 9 to 11 May"]),
        ("Reports from Tuesday said 5 people died.", ["Tuesday"]),  # "from" alone opens no span
        ("In the past 24 hours, 16 people were killed.", ["the past 24 hours"]),
        ("The shelling went on from 6 to 10 p.m. Wednesday.", ["from 6 to 10 p.m. Wednesday"]),
        # "We" is not Wednesday
        ("We started to chase ISIS convoys.", []),
        ("We started to chase ISIS convoys on Tuesday.", ["Tuesday"]),
        # durations and ages are dropped
        ("The siege lasted for two days and 40 people died.", []),
        ("Police arrested 5 men during a 24-hour curfew.", []),
        ("A 12-year-old boy was among 7 people killed.", []),
        ("The 9th Division lost 40 soldiers.", []),
    ],
)
def test_find_times(text, expected):
    assert [m.text for m in find_times(annotate(text, settings=Settings()))] == expected


@pytest.mark.parametrize(
    "text, statements",
    [
        ("The army said Thursday that it had captured 40 fighters.", {"Thursday": True}),
        ("The ministry told Reuters on Tuesday that 15 soldiers were wounded.", {"Tuesday": True}),
        ("The group said in a statement on Monday that 4 soldiers were killed.", {"Monday": True}),
        ("On Wednesday, Jaafer Al-Husseini, the spokesman for a Shia militia called Kata'eb Hezbollah, said "
         "Iraqi forces destroyed more than 100 vehicles.", {"Wednesday": True}),
        ("Al-Mahalawi announced that warplanes destroyed another 60 vehicles Thursday.", {"Thursday": False}),
        ("On Wednesday, militants attacked the base and killed 7 soldiers, police said.", {"Wednesday": False}),
        ("Twelve people were reported killed on Monday.", {"Monday": False}),  # a passive is not a statement
        ("Three soldiers died on Friday, the army said on Sunday.", {"Friday": False, "Sunday": True}),
    ],
)
def test_statement_times(text, statements):
    found = {m.text: m.statement for m in find_times(annotate(text, settings=Settings()))}
    assert found == statements


def test_a_mention_knows_where_it_is():
    text = "Fighting broke out on Monday. Rebels shot down two helicopters late on Tuesday."
    ann = annotate(text, settings=Settings())
    mentions = find_times(ann)
    assert all(isinstance(m, TimeMention) for m in mentions)
    late = mentions[1]
    assert text[late.start:late.end] == late.text == "late on Tuesday"
    assert late.sentence == 1 and ann.tokens[late.head].text in ("late", "Tuesday", "on")


# ---------------------------------------------------------------- which time belongs to which figure


@pytest.mark.parametrize(
    "text, figure, when, precision",
    [
        # the expression in the figure's own sentence
        ("Gunmen killed 12 villagers early Wednesday morning, police said.", "12", D(2016, 6, 29), "day"),
        ("Late Tuesday, militants attacked a checkpoint, killing 5 soldiers.", "5", D(2016, 6, 28), "day"),
        ("Overnight, airstrikes killed 9 civilians in the old city.", "9", D(2016, 6, 29), "day"),
        ("At 1:20 a.m. Wednesday, gunmen attacked the prison and freed 30 inmates.", "30", D(2016, 6, 29), "hour"),
        ("A week ago, 300 families fled the village.", "300", D(2016, 6, 20), "week"),
        ("Yesterday, 6 policemen were killed.", "6", D(2016, 6, 29), "day"),
        ("Last month, 200 people were displaced by the fighting.", "200", D(2016, 5, 1), "month"),
        ("Earlier this week, 11 civilians were killed in shelling.", "11", D(2016, 6, 27), "week"),
        ("Police arrested 17 protesters on May 9.", "17", D(2016, 5, 9), "day"),
        ("On the 9th, 21 prisoners escaped.", "21", D(2016, 6, 9), "day"),
        ("In the past 24 hours, 16 people were killed in the province.", "16", D(2016, 6, 29), "day"),
        ("Since Tuesday, more than 80 people have been killed.", "more than 80", D(2016, 6, 28), "day"),
        ("In 2014, militants killed 1,700 cadets at Camp Speicher.", "1,700", D(2014, 1, 1), "year"),
        # the one attached to the figure's verb, when a sentence has two
        ("Three soldiers died on Friday and two more were wounded on Saturday, the army said on Sunday.",
         "Three", D(2016, 6, 24), "day"),
        ("Three soldiers died on Friday and two more were wounded on Saturday, the army said on Sunday.",
         "two", D(2016, 6, 25), "day"),
        # the event's own time wins over the statement's
        ("The army said Thursday that 40 fighters were captured on Tuesday.", "40", D(2016, 6, 28), "day"),
        # carried from the sentence before in the same paragraph
        ("Fighting broke out on Monday in the north of the town. At least 30 militants were killed, the governor "
         "said.", "At least 30", D(2016, 6, 27), "day"),
        # carried across paragraphs from the same speaker
        ("Gen. Ali Hamdan said troops entered the village on Monday.\n\nThe army killed 15 militants there, "
         "Hamdan said.", "15", D(2016, 6, 27), "day"),
        # "two days earlier" counts from the date mentioned before it
        ("Rebels seized the town on 12 March 2019. Two days earlier, 20 soldiers had been killed nearby.", "20",
         D(2019, 3, 10), "day"),
        # "the same day" after "on Tuesday"
        ("We started to chase ISIS convoys on Tuesday. On the same day, the coalition destroyed 14 vehicles.", "14",
         D(2016, 6, 28), "day"),
        # a carried clock time keeps only its day
        ("A convoy left Hassi at 1:20 a.m. Wednesday. Gunships destroyed 130 vehicles, the general said.", "130",
         D(2016, 6, 29), "day"),
    ],
)
def test_claim_times(text, figure, when, precision):
    ref = time_of(text, figure)
    assert (ref.start, ref.precision) == (when, precision)


def test_statement_time_only_when_nothing_else_and_marked():
    ref = time_of("The army said Thursday that it had captured 40 fighters.", "40")
    assert (ref.start, ref.end, ref.precision, ref.text) == (THURSDAY, THURSDAY, "day", "said Thursday")
    ref = time_of("The ministry told Reuters on Tuesday that 15 soldiers were wounded.", "15")
    assert (ref.start, ref.text) == (D(2016, 6, 28), "told Reuters on Tuesday")


def test_statement_time_is_not_carried_over_an_event_time():
    text = ("Troops entered the village on Monday.\n\nOn Wednesday, the governor said 15 militants were killed. "
            "He said 3 soldiers died.")
    assert time_of(text, "15").text == "Wednesday, the governor said"
    assert time_of(text, "3").start == D(2016, 6, 29)


def test_other_speaker_in_another_paragraph_carries_nothing():
    text = ("Gen. Ali Hamdan said troops entered the village on Monday.\n\nThe army killed 15 militants there, a "
            "police officer said.")
    assert time_of(text, "15") is None


def test_main_date_of_the_document_when_nothing_closer():
    text = ("Rebels attacked the base early Wednesday. The fighting went on until Wednesday night.\n\n"
            "Officials said 40 rebels were killed in the battle.")
    ref = time_of(text, "40")
    assert (ref.start, ref.precision) == (D(2016, 6, 29), "day")


def test_no_time_in_the_text_leaves_none():
    assert time_of("The siege lasted for two days and 40 people died.", "40") is None
    assert time_of("A 12-year-old boy was among 7 people killed in the blast.", "7") is None


def test_without_publication_relative_times_keep_their_text():
    ref = time_of("Yesterday, 6 policemen were killed.", "6", published=None)
    assert (ref.text, ref.start, ref.end, ref.precision) == ("Yesterday", None, None, None)
    ref = time_of("On 9 May 2020 soldiers killed 4 militants.", "4", published=None)
    assert (ref.start, ref.precision) == (D(2020, 5, 9), "day")
    ref = time_of("Rebels seized the town on 12 March 2019. Two days earlier, 20 soldiers had been killed.", "20",
                  published=None)
    assert ref.start == D(2019, 3, 10)


def test_no_claims_no_work():
    ann = annotate("Nothing happened on Tuesday.", settings=Settings())
    assert assign_times(ann, [], THURSDAY) == []


# ---------------------------------------------------------------- the canonical article


def test_fallujah(fallujah_text):
    ann = annotate(fallujah_text, settings=Settings())
    claims, _ = extract_claims(ann)
    attribute(ann, claims, vocabulary())
    assign_times(ann, claims, THURSDAY)

    def claim(figure, nth=0):
        found = [c for c in claims if c.value.text == figure]
        assert len(found) > nth, [c.value.text for c in claims]
        return found[nth]

    assert "We" not in [m.text for m in find_times(ann)]
    # Wednesday's engagement: nothing closer dates it, the article's main date does
    assert claim("At least 250").time.start == D(2016, 6, 29)
    # "destroyed another 60 vehicles Thursday"
    t = claim("60").time
    assert (t.start, t.end, t.precision) == (THURSDAY, THURSDAY, "day")
    # "at 1:20 a.m. Wednesday" in the same sentence
    t = claim("more than 130").time
    assert (t.start, t.precision) == (D(2016, 6, 29), "hour")
    # "said Thursday": a statement time, the only one; day precision, the verb in its text
    t = claim("more than 200").time
    assert (t.start, t.precision, t.text) == (THURSDAY, "day", "said Thursday")
    # "A week ago" in the sentence before, same paragraph
    t = claim("as many as 2,000").time
    assert t.precision == "week" and t.start <= D(2016, 6, 23) <= t.end
    # "After Wednesday's deadly attack on hundreds of jihadists"
    assert claim("hundreds").time.start == D(2016, 6, 29)


# ---------------------------------------------------------------- cost


def test_cost_is_small_beside_the_parse(no_runaway):
    """A guard against runaway patterns, not a benchmark: a long text of dates,
    figures and near-misses goes through in a fraction of its parse time."""
    sentence = ("On Wednesday, the army said 40 fighters were killed early Tuesday morning, 3 days ago, on 9 May 2020 "
                "and between Monday and Wednesday, over two days, as a 12-year-old watched. We left. ")
    ann = annotate(sentence * 60, settings=Settings())
    claims, _ = extract_claims(ann)
    with no_runaway(10):
        assign_times(ann, claims, THURSDAY)
    assert all(c.time is not None for c in claims)


def test_a_date_followed_by_other_words_reads_as_its_leading_part_also_without_publication():
    from fogcount.stages.dates import resolve_prefix

    ref = resolve_prefix("30 April 2020, daily", None)
    assert (ref.start.isoformat(), ref.precision) == ("2020-04-30", "day")
    assert resolve_prefix("Monday, daily", None).start is None  # relative: never guessed without a publication date
