"""Finding time expressions in a parse (``stages/dates/finding.py``): entities and
patterns joined, durations and ages dropped, statement times told from event times."""

from __future__ import annotations

import pytest

from fogcount.settings import Settings
from fogcount.stages.annotate import annotate
from fogcount.stages.dates import TimeMention, find_times


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
        # named days: written with capitals; a name of one word only after a preposition of time
        ("Five people were wounded in a New Year's Eve shooting on a party bus.", ["New Year's Eve"]),
        ("A boy was shot on Thanksgiving in Macon.", ["Thanksgiving"]),
        ("Thieves stole a Christmas tree and 3 bicycles.", []),
        # must not fire: another country's or church's day (the table holds United States dates), a deadline
        ("Three men were stabbed on Orthodox Christmas Eve in the old town.", []),
        ("Crowds marched on Ukraine's Independence Day.", []),
        ("A car bomb went off on Independence Day near the stadium.", []),
        ("Two were shot on Canadian Thanksgiving near the lake.", []),
        ("The soldiers hoped to be home by Christmas.", []),
        ("Gunmen attacked a church on Christmas Day.", ["Christmas Day"]),
        ("He was shot over the Fourth of July weekend.", ["the Fourth of July weekend"]),
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


@pytest.mark.parametrize(
    "text, acts",
    [
        # a later act about a happening: passive or not, a noun of one, a verb whose subject or object is one
        ("A Denver man was sentenced Wednesday to 30 years in prison for a shooting.", {"Wednesday": "sentenced"}),
        ("Police arrested a man Friday in the shooting death of a teenager.", {"Friday": "arrested"}),
        ("Sentencing was postponed Tuesday for the woman.", {"Tuesday": "postponed"}),
        ("The prosecutor filed charges Friday against two brothers in a shooting last month.",
         {"Friday": "filed", "last month": None}),
        ("He appeared in court Monday on murder charges.", {"Monday": "appeared"}),
        ("A vigil was held Sunday for the two teenagers.", {"Sunday": "held"}),
        # not: the happening's own day; a day of being there; a court as a place; a statement's (its own kind)
        ("Two men were shot Tuesday night in Denver.", {"Tuesday night": None}),
        ("Police responded to a shooting Tuesday night on Elm Street.", {"Tuesday night": None}),
        ("Protesters gathered outside the court on Monday.", {"Monday": None}),
        ("The man was killed Friday, police said Saturday.", {"Friday": None, "Saturday": None}),
        ("Police had not arrested anyone by Friday.", {"Friday": None}),  # an act not done
        # "charge" as a charge, not a rush: with a crime, in a death, with a gerund, or bare
        ("A woman was charged Thursday with murder in the stabbing.", {"Thursday": "charged"}),
        ("Prosecutors charged a man Friday in the death of his neighbour.", {"Friday": "charged"}),
        ("A man was charged on Sunday with shooting his cousin.", {"Sunday": "charged"}),
        ("A teenager was charged Wednesday.", {"Wednesday": "charged"}),
        ("Mounted officers charged at the marchers on Tuesday in Lagos.", {"Tuesday": None}),
        ("Soldiers charged into the square on Tuesday, scattering the crowd.", {"Tuesday": None}),
        ("The cavalry charged down the hill on Tuesday.", {"Tuesday": None}),
        # verbs whose commoner sense is no later act
        ("The club named a new coach on Monday.", {"Monday": None}),
        ("The band booked a hall in Leeds on Friday.", {"Friday": None}),
        ("Forty fighters surrendered to the army on Saturday.", {"Saturday": None}),
    ],
)
def test_a_later_acts_time(text, acts):
    ann = annotate(text, settings=Settings())
    found = {m.text: ann.tokens[m.act].text if m.act is not None else None for m in find_times(ann)}
    assert found == acts


def test_a_mention_knows_where_it_is():
    text = "Fighting broke out on Monday. Rebels shot down two helicopters late on Tuesday."
    ann = annotate(text, settings=Settings())
    mentions = find_times(ann)
    assert all(isinstance(m, TimeMention) for m in mentions)
    late = mentions[1]
    assert text[late.start:late.end] == late.text == "late on Tuesday"
    assert late.sentence == 1 and ann.tokens[late.head].text in ("late", "Tuesday", "on")


# ---------------------------------------------------------------- times that date no happening


def test_a_pages_stamp_is_marked():
    """ "Posted: ..." and "Updated on ..." date the page; a date in the story does not."""
    text = ("Posted: Tuesday, March 2, 2021 10:21 PM EST Updated on March 4, 2021\n\n"
            "Two men were shot in Tawila on Saturday night, police said.")
    found = {m.text: m.page for m in find_times(annotate(text, settings=Settings()))}
    assert [page for text, page in found.items() if "Saturday" in text] == [False]
    assert sum(found.values()) == 1, found  # the stamps, read as one expression


@pytest.mark.parametrize("text, alone", [
    ("about 9:10 p.m.", True),
    ("after 4 p.m.", True),
    ("9:10 p.m. Wednesday", False),
    ("Wednesday night", False),
    ("January 10 at 9 p.m.", False),
    ("June 20", False),
])
def test_a_clock_time_alone_names_no_day(text, alone):
    from fogcount.stages.dates.finding import clock_alone
    assert clock_alone(text) is alone


@pytest.mark.parametrize("text, future", [
    ("His wife is scheduled for trial June 6 on a count of child endangerment.", {"June 6": True}),
    ("He is expected to be sentenced Monday.", {"Monday": True}),
    ("The two men will appear in court Friday.", {"Friday": True}),
    ("Two men are due in court Monday.", {"Monday": True}),
    # must not fire: what happened, and "set fire", which is no scheduling
    ("Gunmen set fire to 30 houses on Monday.", {"Monday": False}),
    ("Police said the shooting happened Monday.", {"Monday": False}),
    ("He was sentenced Monday to 20 years.", {"Monday": False}),
    ("He faces a hearing scheduled for June 6.", {"June 6": True}),
    ("He is due to be released Monday.", {"Monday": True}),
    ("The guard, who was expected to testify Monday, was shot dead Sunday.", {"Monday": True, "Sunday": False}),
    # must not fire: a happening told beside a word of scheduling or of the future
    ("He was set to be released when he was shot Monday.", {"Monday": False}),
    ("A planned attack Monday killed four soldiers.", {"Monday": False}),
    ("A rally scheduled for Monday turned violent when police fired on it.", {"Monday": False}),
    ("He said he will never forget Monday's attack.", {"Monday's": False}),
    ("The death toll is expected to rise after the attack on Monday.", {"Monday": False}),
    ("He will appear in court after his arrest on Monday.", {"Monday": False}),
    ("Roads were closed due to heavy fighting on Monday.", {"Monday": False}),
    ("Police will release the names of the men killed Monday.", {"Monday": False}),
])
def test_times_to_come(text, future):
    assert {m.text: m.future for m in find_times(annotate(text, settings=Settings()))} == future
