"""Giving each claim its event's time (``stages/dates/assigning.py``), a statement's
only when nothing else dates it; the canonical article, and what it costs."""

from __future__ import annotations

import datetime as dt

import pytest

from fogcount.settings import Settings
from fogcount.stages.annotate import annotate
from fogcount.stages.attribution import attribute
from fogcount.stages.claims import extract_claims
from fogcount.stages.dates import assign_times, find_times
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


def test_a_pages_stamp_dates_no_figure_and_anchors_no_relative_day():
    """The stamp "Updated: Monday, March 8" is the page's: "Tuesday" is read
    against the publication date (Wednesday 3 March 2021), and the headline's
    figure told beside the stamp takes no date from it."""
    text = ("Four men shot in Tawila Posted: Wednesday, March 3, 2021 Updated: Monday, March 8, 2021\n\n"
            "Two men were shot in Tawila on Tuesday night, police said.")
    published = D(2021, 3, 3)
    assert time_of(text, "Two", published).start == D(2021, 3, 2)
    assert time_of(text, "Four", published) is None


def test_a_clock_time_alone_dates_no_figure_with_the_publication_day():
    """ "about 9:10 p.m." names no day: the figure takes the day the account gives."""
    text = "Four men were shot in a drive-by in Tawila on Wednesday night. Two more were wounded about 9:10 p.m."
    assert time_of(text, "Two", D(2021, 3, 4)).start == D(2021, 3, 3)
