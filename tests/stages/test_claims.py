"""The claims stage: categories in any voice, intervals, negation, subjects,
hedges, numbers that are not counts, and golden output on texts we wrote."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import fogcount
from fogcount.settings import Settings
from fogcount.stages.annotate import Annotation, Token
from fogcount.stages.claims import extract_claims

GOLDEN = Path(__file__).resolve().parents[1] / "golden"


def only_claim(text: str):
    claims = fogcount.extract(text).claims
    assert len(claims) == 1, [(c.category, c.value.text) for c in claims]
    return claims[0]


@pytest.mark.parametrize(
    "sentence, category, low, high",
    [
        # people, every outcome, active and passive, participle and noun
        ("Five soldiers were killed in the ambush.", "people.killed", 5, 5),
        # coordinated verbs: the graver outcome; "to death" after any verb
        ("Two soldiers were shot and killed at the checkpoint.", "people.killed", 2, 2),
        ("Gunmen shot and killed three villagers.", "people.killed", 3, 3),
        ("Two men were attacked and killed near the market.", "people.killed", 2, 2),
        ("Two people were shot and wounded.", "people.injured", 2, 2),
        # killed and hurt, not told apart (combined_outcomes): an alternative, or the death told first
        ("The militants said they killed or injured about 40 soldiers.", "people.casualties", 36, 44),
        ("A rocket killed and wounded at least 30 people in the square.", "people.casualties", 30, None),
        ("Seven villagers were killed or wounded in the raid.", "people.casualties", 7, 7),
        ("Gunmen wounded or killed nine farmers on Monday.", "people.casualties", 9, 9),
        ("Three men were beaten to death by a mob.", "people.killed", 3, 3),
        ("Four prisoners were tortured to death.", "people.killed", 4, 4),
        ("The attack killed five soldiers.", "people.killed", 5, 5),
        ("12 killed in Baghdad blast", "people.killed", 12, 12),
        ("Dozens killed as fighting spreads along the river.", "people.killed", 24, 99),
        ("Rescuers pulled 23 bodies from the rubble.", "people.killed", 23, 23),
        ("The death toll rose to 45 on Friday.", "people.killed", 45, 45),
        ("Militants reportedly executed 20 prisoners.", "people.killed", 20, 20),
        ("Two children died in the fire.", "people.killed", 2, 2),
        # "pass away" is "die" (WordNet's first sense of both)
        ("Two of the wounded men passed away at the hospital.", "people.killed", 2, 2),
        ("Several soldiers were injured.", "people.injured", 3, 9),
        ("The blast wounded between 50 and 60 people.", "people.injured", 50, 60),
        ("Police arrested 30 protesters outside the ministry.", "people.captured", 30, 30),
        ("A dozen militants were captured.", "people.captured", 12, 12),
        ("Troops took 15 fighters prisoner near the border.", "people.captured", 15, 15),
        ("Gunmen kidnapped 14 passengers from a bus.", "people.abducted", 14, 14),
        ("The group took 12 aid workers hostage.", "people.abducted", 12, 12),
        ("At least 300 fighters surrendered to Kurdish forces.", "people.surrendered", 300, None),
        ("Two hundred residents fled the village.", "people.fled", 200, 200),
        ("Thousands of civilians fled the town.", "people.fled", 2000, 9999),
        ("More than 5,000 people have been displaced by the fighting.", "people.displaced", 5001, None),
        ("Some 2,000 troops were deployed to the city.", "people.present", 1800, 2200),
        # things
        ("The rebels seized 40 rifles.", "weapons.seized", 40, 40),
        ("Two drones were shot down over the base.", "aircraft.destroyed", 2, 2),
        ("Warplanes carried out 25 air strikes overnight.", "strikes.conducted", 25, 25),
        ("Nearly 100 houses were damaged by shelling.", "buildings.damaged", 80, 99),
        ("Fighters captured two tanks.", "vehicles.seized", 2, 2),
        ("The raid destroyed more than 100 vehicles.", "vehicles.destroyed", 101, None),
        ("A convoy of up to 40 vehicles left the village.", "vehicles.present", None, 40),
    ],
)
def test_category_and_interval(sentence, category, low, high):
    claim = only_claim(sentence)
    assert (claim.category, claim.value.low, claim.value.high) == (category, low, high)


def test_one_claim_per_figure_and_outcome():
    claims = fogcount.extract("Iraqi forces destroyed more than 100 vehicles, killing more than 60 terrorists.").claims
    assert [(c.category, c.value.low, c.value.high) for c in claims] == [
        ("vehicles.destroyed", 101, None),
        ("people.killed", 61, None),
    ]


def test_coordinated_figures_keep_their_own_subjects():
    claims = fogcount.extract("The attack killed five soldiers and two civilians.").claims
    assert [(c.value.low, c.subject.text, c.subject.role) for c in claims] == [
        (5, "soldiers", "security_forces"),
        (2, "civilians", "civilian"),
    ]


@pytest.mark.parametrize("text", [
    "Eight people were killed and several wounded in the blast.",
    "The gunmen killed 20 people and wounded 7-10 in the north.",
    "A bomb went off, killing at least six people, and wounding at least 30.",
])
def test_coordinated_verbs_with_figures_of_their_own_are_no_casualties(text):
    claims = fogcount.extract(text).claims
    assert "people.casualties" not in {c.category for c in claims}
    assert claims[0].category == "people.killed"


def test_a_title_the_parser_calls_a_name_opening_its_sentence_is_one_person():
    claims = fogcount.extract("Secretary-General of the Traders Union was shot dead by gunmen.").claims
    assert [(c.category, c.value.low, c.subject.text) for c in claims] == [("people.killed", 1, "General")]
    assert fogcount.extract("General Motors was hit by a strike.").claims == []


def test_a_name_the_tagger_misses_beside_his_kin_is_a_person():
    """ "Mbeki and his cousin": the tagger gives "Mbeki" no entity; "his cousin" (a kin noun, WordNet) says
    the name is a person's: two dead. "The party and its leader": no person by "its"."""
    report = fogcount.extract("Mbeki and his cousin, Sipho Dlamini, were shot dead on Sunday night.")
    assert [(c.category, c.value.low, c.value.text) for c in report.claims if c.part_of is None] == [
        ("people.killed", 2, "Mbeki and his cousin")]
    assert [(f.category, f.best) for f in report.events[0].figures] == [("people.killed", 2)]
    assert fogcount.extract("The party and its leader were attacked.").claims == []
    # a nationality names people (NORP is no entity of _NO_PERSON_ENTITIES; review of the merge, finding F)
    claims = fogcount.extract("An Afghan and his cousin were shot dead.").claims
    assert [(c.category, c.value.low) for c in claims] == [("people.killed", 2)]


def test_an_equal_number_is_the_count_of_the_verb_before_again():
    """ "Killed at least nine people and injured an equal number": at least nine hurt (equal_words);
    "the same number" likewise; "an equal number of suspects" counts its own noun (no figure here)."""
    claims = fogcount.extract("Air strikes killed at least nine people and injured an equal number on Monday.").claims
    assert [(c.category, c.value.low, c.value.high, c.value.text) for c in claims] == [
        ("people.killed", 9, None, "at least nine"), ("people.injured", 9, None, "an equal number")]
    claims = fogcount.extract("The blast killed 12 people and wounded the same number.").claims
    assert [(c.category, c.value.low, c.value.high) for c in claims] == [
        ("people.killed", 12, 12), ("people.injured", 12, 12)]
    claims = fogcount.extract("The army killed 20 militants and arrested an equal number of suspects.").claims
    assert [(c.category, c.value.low) for c in claims] == [("people.killed", 20)]
    # the first verb counted houses: the equal number is of houses, no people (review of the merge, finding E)
    claims = fogcount.extract("The storm destroyed 20 houses in Kano and damaged an equal number.").claims
    assert [c.category for c in claims if c.category.startswith("people.")] == []
    # a similar number is near the first, not it: no exact copy
    claims = fogcount.extract("The blast killed 12 people and wounded a similar number.").claims
    assert [(c.category, c.value.low) for c in claims] == [("people.killed", 12)]


def test_both_as_the_subject_standing_for_people_told_before_is_two():
    """ "Both were killed on the spot" after people told before: a figure of two (dual_determiners), as
    "both men were killed" is; not after two attacks ("Both were carried out"), not as an object."""
    report = fogcount.extract("Gunmen shot dead a party leader in his car on Wednesday. The two men were travelling "
                              "when armed men opened fire at them. Both were killed on the spot.")
    both = [c for c in report.claims if c.value.text == "Both"]
    assert [(c.category, c.value.low, c.value.high) for c in both] == [("people.killed", 2, 2)]
    claims = fogcount.extract("Two attacks hit the city on Monday. Both were carried out at night.").claims
    assert [c.value.text for c in claims] == ["Two"]
    claims = fogcount.extract("A man killed his wife and son. Police said the man shot both of them.").claims
    assert "both" not in [c.value.text for c in claims]
    # the nearest plural or coordinated phrase is what "both" stands for: two things, no people, however
    # a man is told before them (review of the merge, finding D)
    assert fogcount.extract("The man had a rifle and a pistol in his car. Both were seized by police.").claims == []
    claims = fogcount.extract("John Smith and Ali Musa were shot on Monday. Both died in hospital.").claims
    assert [(c.category, c.value.low) for c in claims] == [("people.injured", 2), ("people.killed", 2)]


def test_a_noun_coordinated_with_a_verb_before_a_verb_of_its_own_takes_no_outcome_of_the_first():
    claims = fogcount.extract("At least 12 miners have died and a dozen more are missing after the collapse.").claims
    assert [(c.category, c.value.low) for c in claims] == [("people.killed", 12)]
    claims = fogcount.extract("The attack killed 12 and wounded 30.").claims
    assert [(c.category, c.value.low) for c in claims] == [("people.killed", 12), ("people.injured", 30)]


def test_gapped_second_figure_takes_its_own_participle():
    claims = fogcount.extract("At least 34 people were killed and more than 50 wounded.").claims
    assert [(c.category, c.value.low) for c in claims] == [("people.killed", 34), ("people.injured", 51)]


def test_incremental_and_cumulative():
    first = only_claim("Warplanes destroyed another 60 vehicles on Thursday.")
    assert first.value.incremental and not first.value.cumulative
    toll = only_claim("The toll has climbed to at least 70, officials said.")
    assert toll.value.cumulative and (toll.value.low, toll.value.high) == (70, None)
    bringing = fogcount.extract("Seven more civilians died, bringing the death toll in the area to 41.").claims[-1]
    assert bringing.category == "people.killed" and bringing.value.cumulative


def test_subset_points_to_the_larger_figure():
    claims = fogcount.extract("The airstrike killed 3 civilians, including 2 women.").claims
    assert [(c.id, c.category, c.value.low, c.part_of) for c in claims] == [
        ("c1", "people.killed", 3, None),
        ("c2", "people.killed", 2, "c1"),
    ]
    # after a passive verb, the subset is part of the verb's subject
    claims = fogcount.extract("Six civilians were killed, including two children, in the strike.").claims
    assert [(c.id, c.value.low, c.part_of) for c in claims] == [("c1", 6, None), ("c2", 2, "c1")]


@pytest.mark.parametrize(
    "sentence, category",
    [
        ("An Iraqi pilot said Iraqi forces had not hurt any women or children in the attack.", ["people.injured"]),
        ("No casualties were reported.", ["people.killed", "people.injured"]),
        ("Nobody was hurt in the explosion.", ["people.injured"]),
        ("It said none of its soldiers were killed.", ["people.killed"]),
    ],
)
def test_negation_is_a_zero_claim(sentence, category):
    claims = fogcount.extract(sentence).claims
    assert [c.category for c in claims] == category
    assert all(c.negated and (c.value.low, c.value.high) == (0, 0) for c in claims)


def test_any_without_negation_is_not_a_figure():
    assert fogcount.extract("Any soldiers who were killed will be honoured.").claims == []


def test_negated_verb_keeps_the_figure_and_marks_it():
    claim = only_claim("Israeli forces did not kill 20 protesters, the army said.")
    assert claim.negated and claim.value.low == 20


@pytest.mark.parametrize(
    "text, expected",
    [
        # the people counted are the subject of a negated passive outcome: the ones it missed, no figure
        ("The four crew members were not hurt.", []),
        ("The pair were not injured when the shell landed, a neighbour said.", []),
        ("Six workers were never harmed during the siege.", []),
        ("The three guards were not seriously wounded.", []),
        # the other figures of the sentence stay
        ("Four policemen were killed and two were not hurt.", [("people.killed", 4, False)]),
        ("Gunmen killed five villagers; the two children were not hurt.", [("people.killed", 5, False)]),
        # a zero stays a zero; a denial through another verb or of an object stays a denial
        ("Nobody was hurt in the explosion.", [("people.injured", 0, True)]),
        ("The governor denied that 15 prisoners were killed.", [("people.killed", 15, True)]),
        ("Troops did not kill 12 farmers, the ministry said.", [("people.killed", 12, True)]),
        # a number denied is a negated figure; "not less than" is a floor
        ("At least 12 people, not 10, were killed.", [("people.killed", 12, False), ("people.killed", 10, True)]),
        ("Not less than 25 people were killed in the raid.", [("people.killed", 25, False)]),
        # a "not" after the verb sets another figure against it: the subject's figure is no unharmed people
        ("Police said 14 people were killed, not the 30 the rebels claimed.",
         [("people.killed", 14, True), ("people.killed", 30, True)]),
        # "not only" adds to the outcome; it denies nothing
        ("Eight soldiers were not only wounded in the attack, they were also robbed.",
         [("people.injured", 8, False)]),
    ],
)
def test_a_negated_outcome_of_its_passive_subject_is_no_figure(text, expected):
    assert [(c.category, c.value.low, c.negated) for c in fogcount.extract(text).claims] == expected


def test_not_only_before_a_number_is_no_adding_not_only():
    """ "not only" before a number sets it against another ("not only two but five"): the two is no figure
    that stands (it stays a negated one), unlike "were not only wounded", which negates nothing."""
    claims = fogcount.extract("Not only two but five people were killed.").claims
    assert not any(c.value.low == 2 and not c.negated for c in claims)


def test_subject_actor_role_and_hedge():
    claim = only_claim("At least 250 suspected Islamic State fighters were killed.")
    assert claim.subject.text == "suspected Islamic State fighters"
    assert (claim.subject.actor, claim.subject.role, claim.hedge) == ("Islamic State", "combatant", "suspected")
    vehicles = only_claim("Helicopters destroyed dozens of Daesh vehicles.")
    assert (vehicles.subject.actor, vehicles.subject.role) == ("Islamic State", "combatant")
    assert only_claim("The army claimed to have killed 70 insurgents.").hedge == "claimed"
    assert only_claim("Militants reportedly executed 20 prisoners.").hedge == "reportedly"
    displaced = only_claim("Tens of thousands of displaced persons reached the camp.")
    assert (displaced.category, displaced.subject.role) == ("people.displaced", "civilian")


def test_acronym_actor_matches_its_own_case_only():
    claim = only_claim("The leader said 40 fighters were killed, which is a lie.")
    assert claim.subject.actor is None
    assert only_claim("Troops killed 40 IS fighters.").subject.actor == "Islamic State"


@pytest.mark.parametrize(
    "sentence, reason",
    [
        ("The convoy set out at 1:20 a.m. on Wednesday.", "clock time"),
        ("The attack began at 10 p.m. local time.", "clock time"),
        ("Fighting was reported 20 miles west of the city.", "distance"),
        ("A 12-year-old boy was seen near the market.", "age"),
        ("The soldiers fired 82mm mortars at the hill.", None),  # "82mm" is one word, not a number
        ("The soldiers fired 120 mm shells at the hill.", "calibre"),
        ("Prices rose 3 percent in the town.", "percentage"),
        ("The ransom was $5 million.", "money"),
        ("Soldiers of the 9th Division moved in.", None),  # an ordinal is never a figure
        ("Soldiers of Brigade 93 moved in.", "name or identifier"),
        ("The siege began in 2014.", "year"),
        ("Talks were held on 9 May 2020.", "date"),
        ("The fighting lasted two days.", "duration"),
        # a gallery's caption or a series' part: a position in a sequence
        ("Image 1 of 3 Mourners gather outside the church.", "position in a sequence"),
        ("Photo 4 of 12: neighbours stand behind the tape.", "position in a sequence"),
        ("This is part 2 of 5 in our series on the border.", "position in a sequence"),
    ],
)
def test_numbers_that_are_not_counts(sentence, reason):
    report = fogcount.extract(sentence)
    assert report.claims == []
    if reason:
        assert reason in {s.reason for s in report.skipped}


@pytest.mark.parametrize("sentence, present", [
    # a workforce taken on or let go: no one present at a happening
    ("The firm opened a plant 15 km north of the city on Monday, hiring 400 workers.", []),
    ("The union said at least 650 workers were laid off.", []),
    ("A new mill opened in the town on Monday, employing 120 people.", []),
    ("The bakery fired 40 workers at its shop in Leeds on Friday.", []),
    # ... people shot at or gathered are
    ("About 300 people gathered in the square on Monday.", [270]),
    ("Gunmen fired on 30 people at a wedding in Kaduna on Sunday, killing four.", [30]),
    # ... and so are people "fired upon" or "fired at" in the passive (review C, finding 6)
    ("Two soldiers were fired upon at a checkpoint in Kandahar on Monday.", [2]),
    ("Five protesters were fired at by police in Lagos on Tuesday.", [5]),
    # ... and a force hired is a force's size (finding 7)
    ("The militia hired 200 fighters from across the border before the offensive on Monday.", [200]),
    # not a workforce at a place, nor one let go on a day
    ("The company fired 300 workers on Monday.", []),
])
def test_a_workforce_is_no_one_present(sentence, present):
    report = fogcount.extract(sentence)
    assert [c.value.low for c in report.claims if c.category == "people.present"] == present


@pytest.mark.parametrize("sentence, killed", [
    # a year as a determiner of a death or a violent act: the act's year, not how many died
    ("A jury acquitted the former officer in the 2019 death of a driver.", [1]),
    ("He was sentenced on Monday for his 2017 killing of a neighbour.", [1]),
    ("Police reopened the 2015 shooting of a teenager on Friday.", []),
    ("The 2,020 deaths were recorded in the province in May.", [2020]),  # a count has its comma
])
def test_a_year_before_a_death_noun_is_no_count(sentence, killed):
    report = fogcount.extract(sentence)
    assert [c.value.low for c in report.claims if c.category == "people.killed"] == killed


def test_figures_in_fallujah_sample(fallujah):
    found = {(c.category, c.value.low, c.value.high, c.value.text.lower()) for c in fallujah.claims}
    assert ("people.killed", 250, None, "at least 250") in found
    assert ("vehicles.destroyed", 131, None, "more than 130") in found
    assert ("people.killed", 20, 99, "tens") in found
    assert ("people.captured", 201, None, "more than 200") in found
    assert ("vehicles.present", None, 700, "up to 700") in found
    hurt = [c for c in fallujah.claims if c.negated]
    assert [(c.category, c.value.low, c.value.high) for c in hurt] == [("people.injured", 0, 0)]


def test_no_claim_for_times_and_distances_in_fallujah(fallujah, fallujah_text):
    for figure in ("1:20 a.m.", "20 miles", "five miles"):
        at = fallujah_text.index(figure)
        assert not any(c.span[0] <= at < c.span[1] for c in fallujah.claims), figure
    reasons = {s.text: s.reason for s in fallujah.skipped}
    assert reasons["five"] == "distance" and reasons["1"] == "clock time"




@pytest.mark.parametrize("article", ["fallujah", "tawila"])
def test_spans_point_at_the_figure_text(article, request):
    text = fogcount.stages.ingest.normalise(request.getfixturevalue(f"{article}_text"))
    report = request.getfixturevalue(article)
    assert report.claims
    for claim in report.claims:
        assert text[claim.span[0] : claim.span[1]] == claim.value.text


def test_golden_example():
    """Golden output of the shipped example: any change of model or rules that
    moves a figure shows up here (regenerate deliberately, see the file)."""
    from importlib import resources

    text = resources.files("fogcount.data").joinpath("example.txt").read_text("utf-8")
    report = fogcount.extract(text, published="2018-06-14")
    got = [
        [c.category, c.value.text, c.value.low, c.value.high, c.subject.role, c.negated, c.part_of]
        for c in report.claims
    ]
    expected = json.loads((GOLDEN / "example_claims.json").read_text())["claims"]
    assert got == expected


def _annotation(words: list[str]) -> Annotation:
    """A hand-built annotation with a flat parse (every word its own head)."""
    tokens, pos = [], 0
    for i, word in enumerate(words):
        tokens.append(Token(i=i, text=word, lower=word.lower(), lemma=word.lower(), tag="X", pos="X", dep="ROOT",
                            head=i, ent="", idx=pos, sent=0))
        pos += len(word) + 1
    return Annotation(text=" ".join(words), tokens=tokens, sentences=[(0, len(tokens))])


def _extract_counting_calls(repetitions: int) -> tuple[int, int]:
    """extract_claims over one line of ``repetitions`` times five figures with
    no parse: (the figures it read, the function calls it made, counted by a
    profiler: the work done, whatever the machine's load)."""
    words = ("at least 250 fighters and more than 1,000 tens of dozens killed no one 1:20 " * repetitions).split()
    ann = _annotation(words)
    calls = 0

    def count(frame, event, arg):
        nonlocal calls
        calls += event in ("call", "c_call")

    sys.setprofile(count)
    try:
        claims, skipped = extract_claims(ann)
    finally:
        sys.setprofile(None)
    return len(claims) + len(skipped), calls


def test_a_long_line_takes_work_linear_in_its_length():
    # A line four times as long takes about four times the work (quadratic: sixteen). Work, not
    # time: the calls made, which a loaded machine does not change. Every repetition holds five
    # figures ("at least 250", "more than 1,000", "tens", "dozens", "no one", and "1" of "1:20");
    # with no parse none counts anything, and each is read and named.
    extract_claims(_annotation("killed 3 people".split()))  # the tables, loaded once
    (read, calls), (read4, calls4) = _extract_counting_calls(250), _extract_counting_calls(1000)
    assert read >= 5 * 250 and read4 >= 5 * 1000
    assert calls4 <= 5 * calls, f"{calls} calls for 250 repetitions, {calls4} for 1000"


def test_thousands_of_qualifiers_through_the_pipeline(no_runaway):
    text = "At least " * 4000 + "250 fighters were killed."
    with no_runaway(60):
        report = fogcount.extract(text, settings=Settings())
    assert [(c.category, c.value.low) for c in report.claims] == [("people.killed", 250)]


def test_a_sentence_without_end_is_cut_around_the_figure():
    text = "Fighting went on " + "and on " * 400 + "and at least 12 soldiers were killed " + "and so on " * 400
    claim = only_claim(text)
    assert claim.value.low == 12
    assert len(claim.sentence) <= 700 and "at least 12 soldiers were killed" in claim.sentence
    assert claim.sentence.startswith("…") and claim.sentence.endswith("…")


# Regressions found in review (2026-11-24): each sentence once gave a wrong or missing claim.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("No one was killed.", [("people.killed", 0, 0)]),  # not also a "one" killed
        ("Not one soldier was killed.", [("people.killed", 0, 0)]),
        ("No hostages were released.", []),  # a zero says nothing about an outcome it does not state
        ("None of the hostages were harmed.", [("people.injured", 0, 0)]),
        ("The monitor put the death toll at between 9 and 11.", [("people.killed", 9, 11)]),
        ("Several hundred people were killed.", [("people.killed", 300, 900)]),
        ("A few dozen fighters surrendered.", [("people.surrendered", 24, 60)]),
        ("Two to three hundred people fled.", [("people.fled", 200, 300)]),
        ("Between 2 and 3 million people fled.", [("people.fled", 2_000_000, 3_000_000)]),
        ("The death toll rose to 2000.", [("people.killed", 2000, 2000)]),
        ("Between 1900 and 2000 people fled.", [("people.fled", 1900, 2000)]),
        ("Inside the camp 300 people died.", [("people.killed", 300, 300)]),
        ("Near the base 12 soldiers were killed.", [("people.killed", 12, 12)]),
        ("A total of 45 soldiers were killed.", [("people.killed", 45, 45)]),
        ("A group of 30 fighters surrendered.", [("people.surrendered", 30, 30)]),
        ("At least 2\u00a0000 people were killed.", [("people.killed", 2000, None)]),
        ("Three buildings collapsed.", [("buildings.destroyed", 3, 3)]),
        ("Two helicopters crashed.", [("aircraft.destroyed", 2, 2)]),
        ("Israeli strikes killed 30 Palestinians.", [("people.killed", 30, 30)]),
        ("Gunmen kidnapped 30 schoolgirls.", [("people.abducted", 30, 30)]),
    ],
)
def test_review_regressions(sentence, expected):
    assert [(c.category, c.value.low, c.value.high) for c in fogcount.extract(sentence).claims] == expected


def test_zero_words_are_always_negated():
    claim = only_claim("Zero civilians were killed.")
    assert claim.negated and (claim.value.low, claim.value.high) == (0, 0)


def test_hedges_from_the_governing_verb():
    assert only_claim("12 people are feared dead.").hedge == "reportedly"
    assert only_claim("500,000 people are believed to have fled.").hedge == "reportedly"


def test_others_are_not_an_increment():
    claims = fogcount.extract("The attack killed 12 people and wounded 30 others.").claims
    assert [c.value.incremental for c in claims] == [False, False]


def test_a_lone_surrogate_is_replaced_not_fatal():
    report = fogcount.extract("Twelve soldiers were killed \ud800 near the border.")
    assert [c.value.low for c in report.claims] == [12]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("A man was killed in a drive-by shooting.", [("people.killed", 1, "man")]),
        ("Gunmen shot and killed an army officer in his office.", [("people.killed", 1, "army officer")]),
        ("Police arrested a man near the market.", [("people.captured", 1, "man")]),
        ("A soldier said the convoy left at dawn.", []),  # an article, not a figure
    ],
)
def test_one_person_named_with_an_article(sentence, expected):
    got = [(c.category, c.value.low, c.subject.text) for c in fogcount.extract(sentence).claims]
    assert got == expected


def test_the_speakers_of_a_report_are_not_its_victims():
    claims = fogcount.extract("Twelve officials said five soldiers were killed.").claims
    # the twelve are counted as present (the default of a counted noun), not killed
    assert [(c.category, c.value.low) for c in claims] == [("people.present", 12), ("people.killed", 5)]


# ---------------------------------------------------------------- issue 5: coordinated people, ordinal increments


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("A man and a woman were killed in the attack.",
         [("people.killed", "A man and a woman", 2, 2, "man and a woman", "civilian")]),
        ("Two men and a boy were wounded.", [("people.injured", "Two men and a boy", 3, 3, "men and a boy", "civilian")]),
        ("Gunmen killed a woman and her son.",
         [("people.killed", "a woman and her son", 2, 2, "woman and her son", "civilian")]),
        ("Gunmen shot dead four men, a woman and a boy in the village.",  # the parser's apposition in a list
         [("people.killed", "four men, a woman and a boy", 6, 6, "men, a woman and a boy", "civilian")]),
        ("At least two soldiers and a policeman were killed.",
         [("people.killed", "At least two soldiers and a policeman", 3, None, "soldiers and a policeman",
           "security_forces")]),
        # roles are never added together: one claim per role
        ("A soldier and two civilians died in the shelling.",
         [("people.killed", "A", 1, 1, "soldier", "security_forces"),
          ("people.killed", "two", 2, 2, "civilians", "civilian")]),
        ("Two armed men were killed by police.", [("people.killed", "Two", 2, 2, "armed men", "combatant")]),
    ],
)
def test_issue5_coordinated_people_are_one_figure_per_role(sentence, expected):
    got = [(c.category, c.value.text, c.value.low, c.value.high, c.subject.text, c.subject.role)
           for c in fogcount.extract(sentence).claims]
    assert got == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # persons of a kind with no role beside civilians: other people hit beside them, one count; the
        # civilians stay a civilian figure, part of it (as "including" tells)
        ("Soldiers opened fire, killing two shop owners and four protesters.",
         [("people.killed", 6, "unknown", None), ("people.killed", 4, "civilian", "c1")]),
        ("Gunmen killed three officials and five villagers in the attack.",
         [("people.killed", 8, "unknown", None), ("people.killed", 5, "civilian", "c1")]),
        ("The strike killed two commanders and four civilians.",
         [("people.killed", 6, "unknown", None), ("people.killed", 4, "civilian", "c1")]),
        # the last one is the subject of a verb of its own the parser ran on: no one count, and its own
        # verb's outcome (claims 100)
        ("Gunmen killed two drivers and four passengers were hurt.",
         [("people.killed", 2, "unknown", None), ("people.injured", 4, "civilian", None)]),
        ("Troops killed two shop owners and four protesters were wounded.",
         [("people.killed", 2, "unknown", None), ("people.injured", 4, "civilian", None)]),
        ("Troops killed two shop owners, and four protesters were wounded.",
         [("people.killed", 2, "unknown", None), ("people.injured", 4, "civilian", None)]),
        # an armed role stays apart
        ("Gunmen killed four policemen and ten farmers.",
         [("people.killed", 4, "security_forces", None), ("people.killed", 10, "civilian", None)]),
        # people at large, persons of some whole and forces are no persons of a kind: apart
        ("Thirty civilians and two unidentified people were killed.",
         [("people.killed", 30, "civilian", None), ("people.killed", 2, "unknown", None)]),
        ("Fifteen civilians and 42 members of the security forces were injured.",
         [("people.injured", 15, "civilian", None), ("people.injured", 42, "unknown", None)]),
        ("Ten commando forces and fifteen civilians were killed.",
         [("people.killed", 10, "unknown", None), ("people.killed", 15, "civilian", None)]),
    ],
)
def test_civilians_and_persons_of_no_role_coordinated_add_up(sentence, expected):
    got = [(c.category, c.value.low, c.subject.role, c.part_of) for c in fogcount.extract(sentence).claims]
    assert got == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The club signed two defenders and four young players on Monday.",
        "Two officials and four teachers attended the ceremony.",
        "The firm hired three managers and five engineers last year.",
    ],
)
def test_civilians_and_persons_of_no_role_in_ordinary_news_are_no_toll(sentence):
    result = fogcount.extract(sentence)
    assert not [c for c in result.claims if c.category in ("people.killed", "people.injured")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("A newly-wedded couple died in an explosion on the road.", [("people.killed", 2, 2)]),
        ("An elderly couple was shot dead in their home.", [("people.killed", 2, 2)]),
        ("Gunmen killed a young couple near the market.", [("people.killed", 2, 2)]),
        ("Police arrested the couple on Monday.", [("people.captured", 2, 2)]),
        # a bare "a couple" is the vague figure; "a couple of" counts what it is of
        ("A couple died in an explosion on the road.", [("people.killed", 2, 3)]),
        ("A couple of men were injured.", [("people.injured", 2, 3)]),
        # the couple told again after its own count is held in it: two, not four
        ("Gunmen shot dead a man and his wife on Monday. The couple were killed in their home.",
         [("people.killed", 2, 2), ("people.killed", 2, 2)]),
    ],
)
def test_a_couple_or_a_pair_is_a_set_of_two_people(sentence, expected):
    report = fogcount.extract(sentence)
    assert [(c.category, c.value.low, c.value.high) for c in report.claims] == expected
    killed = [f.best for e in report.events for f in e.figures if f.category == "people.killed"]
    assert killed in ([], [2])  # one event's best of two at most, never four


@pytest.mark.parametrize(
    "sentence",
    [
        "The couple married in June and moved to Paris.",
        "The pair won the doubles title on Sunday.",
        "A young couple bought the house last year.",
        "She bought a pair of shoes and a couple of books.",
    ],
)
def test_a_couple_or_a_pair_in_ordinary_news_is_no_claim(sentence):
    assert fogcount.extract(sentence).claims == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The pair were sentenced to death.",
        "The couple were sentenced to death by hanging for the murder.",
        "Two men were sentenced to death on Monday.",
        "Three men were condemned to death for the robbery.",
        "A court sentenced four militants to death in absentia.",
    ],
)
def test_a_sentence_of_death_is_no_killing(sentence):
    report = fogcount.extract(sentence)
    assert not [c for c in report.claims if c.category == "people.killed"]
    assert not [f for e in report.events for f in e.figures if f.category == "people.killed"]


@pytest.mark.parametrize(
    "sentence, killed",
    [
        ("The pair were executed on Tuesday.", [2]),
        ("Two men were put to death on Tuesday.", [2]),
        ("Two men were beaten to death by a mob.", [2]),
        ("Militants stoned three women to death.", [3]),
        ("The pair was sentenced to death for killing five people.", [5]),
    ],
)
def test_an_execution_or_a_killing_to_death_is_still_a_killing(sentence, killed):
    report = fogcount.extract(sentence)
    assert [c.value.low for c in report.claims if c.category == "people.killed"] == killed


@pytest.mark.parametrize(
    "sentence, category, value",
    [
        # a later verb whose object (or passive subject) is a pronoun takes up the counted phrase before it
        ("Militants abducted two teachers and later killed them.", "people.killed", 2),
        ("The group condemned four hostages to death and killed them.", "people.killed", 4),
        ("A rebel court sentenced two spies to death and they were executed the next day.", "people.killed", 2),
        ("Three men were captured and they were beheaded.", "people.killed", 3),
        ("The rebels stormed the village, seized five men and shot them dead.", "people.killed", 5),
        # after a sentence of death, the harm done to the condemned carries it out
        ("The militants sentenced three men to death and shot them in public.", "people.killed", 3),
        ("The rebels condemned two captured soldiers to death and shot them.", "people.killed", 2),
        # "shot" alone is a wound (as in "Gunmen shot three villagers"): graver than captured
        ("The militants captured three men and shot them in public.", "people.injured", 3),
    ],
)
def test_a_later_verb_on_a_pronoun_tells_what_happened_to_the_counted(sentence, category, value):
    claim = only_claim(sentence)
    assert (claim.category, claim.value.low, claim.value.high) == (category, value, value)


@pytest.mark.parametrize(
    "sentence, categories",
    [
        ("Police arrested three men and questioned them.", ["people.captured"]),
        ("Police arrested two suspects and charged them with murder.", ["people.captured"]),
        ("The court sentenced two men to death.", ["people.present"]),
        ("The court sentenced two men to death and fined them.", ["people.present"]),
        ("The court sentenced three men to death and they were released on appeal.", ["people.present"]),
        ("The club signed two players and loaned them out.", ["people.present"]),
        ("The company hired four engineers and sent them to Texas.", []),
        ("Gunmen kidnapped three men and did not kill them.", ["people.abducted"]),
    ],
)
def test_a_later_verb_on_a_pronoun_without_harm_changes_nothing(sentence, categories):
    report = fogcount.extract(sentence)
    assert [c.category for c in report.claims] == categories
    assert not [f for e in report.events for f in e.figures if f.category == "people.killed"]


@pytest.mark.parametrize(
    "pair, numeral",
    [
        ("The pair were injured in training and will miss the final.",
         "Two players were injured in training and will miss the final."),
        ("The couple died of natural causes.", "Two men died of natural causes."),
        ("The couple were evacuated from the town.", "Two men were evacuated from the town."),
    ],
)
def test_a_couple_or_a_pair_in_ordinary_news_is_read_no_worse_than_a_numeral(pair, numeral):
    def tolls(text):
        return sorted((c.category, c.value.low) for c in fogcount.extract(text).claims)
    assert len(tolls(pair)) <= len(tolls(numeral))


def test_issue5_coordinated_vague_figure_stays_vague():
    claim = only_claim("Dozens of men and a woman were killed.")
    assert (claim.value.low, claim.value.high, claim.value.vague) == (25, 100, True)


def test_issue5_coordinated_figure_spans_the_whole_phrase():
    text = "On Monday a man and a woman were killed."
    claim = only_claim(text)
    assert text[claim.span[0]:claim.span[1]] == "a man and a woman" == claim.value.text


def test_issue5_an_apposition_that_restates_the_total_is_part_of_it():
    claims = fogcount.extract("Two people, a man and a woman, were killed.").claims
    assert [(c.id, c.value.low, c.subject.role, c.part_of) for c in claims] == [
        ("c1", 2, "unknown", None),
        ("c2", 2, "civilian", "c1"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the parser coordinates the parts with their total, no "and" before them: they restate it
        ("Police found four bodies, two males and two females.", [(4, None), (4, "c1")]),
        ("Three children, two boys and a girl, were wounded at the park.", [(3, None), (3, "c1")]),
        # a noun no general one, or parts that do not add up to it: a list, every figure counted
        ("Four men, a woman and a boy were killed.", [(6, None)]),
    ],
)
def test_a_breakdown_the_parser_coordinates_with_its_total_is_part_of_it(text, expected):
    claims = fogcount.extract(text).claims
    assert [(c.value.low, c.part_of) for c in claims] == expected


def test_an_age_set_off_by_commas_after_a_name_is_no_toll():
    report = fogcount.extract("Adarrius Doe, 27, was dead at the scene, police said.")
    assert [c.value.low for c in report.claims if c.category == "people.killed"] != [27]
    assert "age" in {s.reason for s in report.skipped}


def test_issue5_a_family_of_three_counts_three_and_holds_its_members():
    claims = fogcount.extract("Shells killed a family of three, including a child and a woman.").claims
    assert [(c.id, c.value.low, c.subject.text, c.part_of) for c in claims] == [
        ("c1", 3, "family", None),
        ("c2", 2, "child and a woman", "c1"),
    ]


# ---------------------------------------------------------------- coordinators: only additive ones add up


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # one person, whichever it was: the interval spans the alternatives
        ("A man or a woman was killed, witnesses said.",
         [("people.killed", "A man or a woman", 1, 1, "man or a woman", "civilian", False)]),
        ("Either a man or a woman was killed.",
         [("people.killed", "a man or a woman", 1, 1, "man or a woman", "civilian", False)]),
        ("Two soldiers or three soldiers were killed.",
         [("people.killed", "Two soldiers or three soldiers", 2, 3, "soldiers or three soldiers", "security_forces",
           False)]),
        # no one: a zero, as "no one was hurt"
        ("Neither a man nor a woman was hurt.",
         [("people.injured", "Neither", 0, 0, "a man nor a woman", "civilian", True)]),
        # additive words from the vocabulary
        ("Two men plus a boy were killed.",
         [("people.killed", "Two men plus a boy", 3, 3, "men plus a boy", "civilian", False)]),
        # a coordinator outside the tables leaves the figures apart
        ("Two men but not a woman were killed.",
         [("people.killed", "Two", 2, 2, "men", "civilian", False),
          ("people.killed", "a", 1, 1, "woman", "civilian", True)]),
    ],
)
def test_only_additive_coordinators_sum_figures(sentence, expected):
    got = [(c.category, c.value.text, c.value.low, c.value.high, c.subject.text, c.subject.role, c.negated)
           for c in fogcount.extract(sentence, published="2020-05-09").claims]
    assert got == expected


# ---------------------------------------------------------------- a party's own men


@pytest.mark.parametrize(
    "sentence, role",
    [
        ("The army said two of its men were killed in the ambush.", "unknown"),
        ("The rebel commander said three of his men were killed.", "unknown"),
        ("Two of our men were killed, the commander said.", "unknown"),
        ("Two of Hezbollah's men were killed.", "combatant"),  # the possessor names an actor
        ("Three of their armed men were killed.", "combatant"),
        ("Two men were killed in the market.", "civilian"),
        ("A man was killed in the market.", "civilian"),
        ("Two armed men were killed by police.", "combatant"),
    ],
)
def test_a_partys_own_men_are_not_civilians(sentence, role):
    assert only_claim(sentence).subject.role == role


@pytest.mark.parametrize(
    "sentence, low",
    [
        ("Another soldier died of his wounds.", 1),
        ("Two additional soldiers were wounded on Friday.", 2),
    ],
)
def test_issue5_another_is_an_increment(sentence, low):
    claim = only_claim(sentence)
    assert (claim.value.low, claim.value.high, claim.value.incremental, claim.value.cumulative) == (low, low, True, False)


@pytest.mark.parametrize(
    "text, incremental",
    [
        # "another" on the object of a verb whose doer is of the same noun sets it apart from the doer
        ("A man shot another man in the leg.", False),
        ("The boy found a pistol before he accidentally shot another boy.", False),
        # ... and from the victims told before where the doer is someone else
        ("The gunman killed a woman and wounded another woman.", True),
        ("A man was killed. Another man was shot in the leg.", True),
    ],
)
def test_another_beside_a_doer_of_its_own_noun_is_no_increment(text, incremental):
    claim = fogcount.extract(text).claims[-1]
    assert (claim.category, claim.value.low, claim.value.incremental) == ("people.injured", 1, incremental)


@pytest.mark.parametrize(
    "sentence, low",
    [
        ("A fourth person died later in hospital.", 4),
        ("A fifth victim died on Tuesday.", 5),
        ("Police said a 17th person died on Sunday.", 17),
        ("A twenty-first man was found wounded.", 21),
    ],
)
def test_an_ordinal_on_one_person_is_the_count_reached(sentence, low):
    claim = only_claim(sentence)
    assert (claim.value.low, claim.value.high, claim.value.incremental, claim.value.cumulative) == (low, low, False, True)


@pytest.mark.parametrize(
    "text, expected",
    [
        # one of those already counted: the toll stays five
        ("Five people were wounded in the shooting. A fifth person, who had also been shot, drove to a hospital.", 5),
        # one more than those counted: the toll becomes four
        ("Three people were killed on the bridge. A fourth person died later in hospital.", 4),
        # one of the five told before, whatever smaller figure came between
        ("Five people were shot on Elm Street. Officers found three people shot at the scene. "
         "A fourth victim had driven himself to a hospital.", 5),
    ],
)
def test_an_ordinal_person_after_a_toll(text, expected):
    report = fogcount.extract(text)
    assert [f.best for e in report.events for f in e.figures if f.category.startswith("people.")] == [expected]


def test_a_ranked_victim_counts_on_from_a_later_figure_of_another_role():
    # the two civilians are other people than the five soldiers: the third victim is the third of the hurt
    # counted on from them, no part of the five (review of the merge: the largest figure held it)
    claims = fogcount.extract("Gunmen attacked a checkpoint in Kano on Monday, wounding five soldiers. "
                              "Two civilians were also shot. A third victim was wounded by a stray bullet.").claims
    assert [(c.category, c.value.low, c.value.cumulative, c.part_of) for c in claims] == [
        ("people.injured", 5, False, None), ("people.injured", 2, False, None), ("people.injured", 3, True, None)]


@pytest.mark.parametrize(
    "text, killed, injured",
    [
        # the third of the victims, the first two dead: one wounded, not three
        ("Two men were shot and killed on Elm Street. A third man was wounded and taken to a hospital.", 2, 1),
        # the fourth of the victims, three wounded before: one dead
        ("Three people were wounded in the attack. A fourth person was killed, police said.", 1, 3),
        # one of the two wounded already counted: the wounded stay two
        ("Two men were killed and two were wounded. The fourth victim was shot in the leg.", 2, 2),
    ],
)
def test_an_ordinal_person_ranks_the_victims_of_every_harm(text, killed, injured):
    report = fogcount.extract(text)
    best = {f.category: f.best for e in report.events for f in e.figures}
    assert (best.get("people.killed"), best.get("people.injured")) == (killed, injured)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the taken are of the same series of victims: the sixth, after five dead, is one taken
        ("Five guards were killed at the depot. A sixth guard was kidnapped during the raid.",
         [("people.killed", 5), ("people.abducted", 1)]),
        # the third, after two taken, is one dead
        ("Two farmers were abducted from the village. A third farmer was killed.",
         [("people.abducted", 2), ("people.killed", 1)]),
        # with no other harm before it, the rank is the running total of its own
        ("Gunmen abducted four traders on the road. A fifth trader was kidnapped on Monday.",
         [("people.abducted", 4), ("people.abducted", 5)]),
    ],
)
def test_an_ordinal_person_ranks_the_taken_with_the_victims(text, expected):
    assert [(c.category, c.value.low) for c in fogcount.extract(text).claims] == expected


@pytest.mark.parametrize(
    "sentence",
    ["A second lieutenant was killed in the ambush.", "A first responder was shot in the arm.",
     # a school grade: one pupil, not the eighth person hurt (branch ages)
     "An 8th grader was shot outside the school.", "A fifth-grader was killed by a stray bullet."],
)
def test_an_ordinal_that_names_a_kind_of_person_is_one(sentence):
    claim = only_claim(sentence)
    assert (claim.value.low, claim.value.cumulative) == (1, False)


@pytest.mark.parametrize(
    "text, reason",
    [
        ("Nobody could say how many people were killed.", "question"),
        ("No matter how many are hurt, the march will go on.", "question"),
        ("The No. 2 commander of the militia was wounded.", "rank or number in a series"),
    ],
)
def test_questions_and_ranks_are_no_figures(text, reason):
    report = fogcount.extract(text)
    assert all(c.value.low in (None, 1) and c.value.high in (None, 1) for c in report.claims), report.claims
    assert not any(c.negated for c in report.claims)
    assert reason in {s.reason for s in report.skipped}


@pytest.mark.parametrize(
    "text",
    [
        "There are no suspects in custody yet.",
        "The shop owner is no stranger to trouble.",
        "No relatives of the driver were at the hearing.",
    ],
)
def test_a_zero_with_nothing_said_of_what_happened_is_no_figure(text):
    assert fogcount.extract(text).claims == []


def test_issue5_a_noun_that_names_the_outcome_is_the_cue():
    claims = fogcount.extract("Two armed men shot and killed a man in Zona 12. 1 fatality.").claims
    toll = claims[-1]
    assert (toll.value.low, toll.cue.rule) == (1, "noun:fatality")


def _killed_and_injured(text: str) -> list[tuple[str, int | None, int | None, str | None]]:
    return [(c.category, c.value.low, c.value.high, c.part_of) for c in fogcount.extract(text).claims
            if c.category in ("people.killed", "people.injured")]


def test_a_verb_denying_its_own_act_on_known_victims_denies_no_victims():
    """ "Police are not naming the three victims": the victims are there; only the naming is denied.
    "Police did not find any victims" still denies them."""
    named = only_claim("Police are not yet naming the three victims.")
    assert (named.category, named.value.low, named.negated) == ("people.casualties", 3, False)
    assert all(c.negated for c in fogcount.extract("Police did not find any victims.").claims)


@pytest.mark.parametrize(
    "text, expected",
    [
        # one person named by a role noun the table lacks (WordNet's noun.person), a definite role, a name
        ("A bomb killed the provincial custodian near the shrine.", [("people.killed", 1, 1, None)]),
        ("An electoral delegate has been shot and killed by two men.", [("people.killed", 1, 1, None)]),
        ("The head of a local radio station was found stabbed to death.", [("people.killed", 1, 1, None)]),
        ("Local activist Maria Tolen was murdered in her home on Friday.", [("people.killed", 1, 1, None)]),
        # a name and a possessive: they add up
        ("Party leader Omar Selby and his brother were killed in a car explosion.", [("people.killed", 2, 2, None)]),
        # a list of names restating the figure: a part of it, counted once
        ("Soldiers killed three teachers, Amos Reed, Carl Benn and Dan Ortiz, in the raid.",
         [("people.killed", 3, 3, None), ("people.killed", 3, 3, "c1")]),
        # the clause's verb outweighs a modifier's lesser outcome
        ("Militants executed six people captured during the raid.", [("people.killed", 6, 6, None)]),
        ("Gunmen killed six people attending a wedding.", [("people.killed", 6, 6, None)]),
        # a light verb's complement before a coordinated verb; the modifier of the second object
        ("The bombs left nine people dead and 33 wounded across the city.",
         [("people.killed", 9, 9, None), ("people.injured", 33, 33, None)]),
        ("The blast hit the camp, leaving 58 people dead and 78 others injured.",
         [("people.killed", 58, 58, None), ("people.injured", 78, 78, None)]),
        # the last conjunct's own phrase under a light verb is its complement: left in hospital is hurt
        ("The crash left four people dead and two others in the hospital.",
         [("people.killed", 4, 4, None), ("people.injured", 2, 2, None)]),
        ("The explosion left one miner dead and a second miner in critical condition.",
         [("people.killed", 1, 1, None), ("people.injured", 1, 1, None)]),
        ("The fire left five residents in the hospital.", [("people.injured", 5, 5, None)]),
        # frames of the injured
        ("Eight people were killed and five others sustained injuries.",
         [("people.killed", 8, 8, None), ("people.injured", 5, 5, None)]),
        ("Ninety six people were detained in hospital after the blast.", [("people.injured", 96, 96, None)]),
        ("Officials said 11 people were taken to hospital.", [("people.injured", 11, 11, None)]),
        # a listed condition, a trip to the hospital after a harm
        ("All four victims are listed in stable condition at local hospitals.", [("people.injured", 4, 4, None)]),
        ("Five people on the bus went to the hospital after the shooting.", [("people.injured", 5, 5, None)]),
        # the light verb's subject, hurt in its complement, then dead in a verb coordinated with it
        ("The girl was alive when she was taken to a hospital, but died from her wounds hours later.",
         [("people.killed", 1, 1, None)]),
        # a wound graded as one that killed; the hurt told by where they went or how they fare
        ("One man suffered fatal injuries in the crash.", [("people.killed", 1, 1, None)]),
        ("Two men suffered serious injuries in the crash.", [("people.injured", 2, 2, None)]),
        # any of fatal_adjectives on a wound or an injury (review of this session)
        ("One man suffered deadly injuries in the crash.", [("people.killed", 1, 1, None)]),
        ("Two soldiers sustained lethal wounds in the ambush.", [("people.killed", 2, 2, None)]),
        ("A man received mortal wounds in the attack.", [("people.killed", 1, 1, None)]),
        ("Three others showed up at a hospital with gunshot wounds.", [("people.injured", 3, 3, None)]),
        # a verb of going with a reflexive object: the subject went to hospital, hurt
        ("Two victims drove themselves to Mercy Hospital after the shooting.", [("people.injured", 2, 2, None)]),
        ("Three others took themselves to the hospital.", [("people.injured", 3, 3, None)]),
        # "itself" is a thing's reflexive, no one's going (people_reflexives; review of the merge, finding F)
        ("The group of five men took itself to the hospital.", []),
        ("Two officers took the three men to the hospital.", [("people.injured", 3, 3, None)]),
        # carried to hospital by others
        ("Three men were transported to Mercy Hospital after the shooting.", [("people.injured", 3, 3, None)]),
        ("Two victims were airlifted to a hospital in Riverton.", [("people.injured", 2, 2, None)]),
        ("Four people are dead and another is fighting for her life.",
         [("people.killed", 4, 4, None), ("people.injured", 1, 1, None)]),
    ],
)
def test_people_as_news_counts_them(text, expected):
    assert _killed_and_injured(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He moved to the city so that he can make a better life for his family.",  # "life" counts only in the plural
        "The village was hit in a 2010 commando raid.",  # a year on a singular noun
        "It was the worst since a nineteen ninety-seven attack on the town.",
        "The militia killed a farmer, Tom Reyes, 48, on Monday.",  # the age in apposition is no figure
        "Land-rights activist Ana Ruiz was shot dead, the fifth community leader killed this year.",
        "The victim was a teacher, the soldier said.",  # "the victim": the noun names the outcome
    ],
)
def test_what_is_no_figure_of_its_own(text):
    claims = fogcount.extract(text).claims
    assert all(c.value.low in (None, 1) and c.value.high in (None, 1) for c in claims), \
        [(c.category, c.value.text) for c in claims]
    # a name restating the person ("a farmer, Tom Reyes") is a part of that figure, not a second one
    assert sum(c.value.low or 0 for c in claims if c.category == "people.killed" and c.part_of is None) <= 1


def test_a_year_that_opens_a_clause_is_no_figure():
    claims = fogcount.extract("The area has been calm since 2017, when a lieutenant general was killed.").claims
    assert [(c.category, c.value.low) for c in claims] == [("people.killed", 1)]


def test_a_definite_person_already_counted_is_not_counted_again():
    text = "The clash left at least one student injured. The student appears to have been shot with rubber bullets."
    assert _killed_and_injured(text) == [("people.injured", 1, None, None)]


def test_none_of_a_known_group_is_no_zero_toll():
    assert fogcount.extract("As far as she knew, none of the victims had met the men.").claims == []
    assert [c.category for c in fogcount.extract("No casualties were reported.").claims] == [
        "people.killed", "people.injured"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nine civilians were killed and at least 23 injured Monday morning in the market.",
         [("people.killed", 9, 9, None), ("people.injured", 23, None, None)]),
        ("A bomber killed six civilians and wounded 22 Tuesday near a clinic.",
         [("people.killed", 6, 6, None), ("people.injured", 22, 22, None)]),
    ],
)
def test_a_bare_figure_the_parser_hangs_on_a_time_word(text, expected):
    assert _killed_and_injured(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a pronoun of one person counts one where nothing before counted people ...
        ("Masked men stopped the bus near the bridge and shot him dead.", [("people.killed", 1, 1, None)]),
        # ... and none where a figure before did: he is one of them
        ("Two guards were shot on the road. He died later in the night.", [("people.injured", 2, 2, None)]),
        # ... nor as one who does something himself
        ("A thief was hit by a van as he fled the shop.", []),
        # nouns of what was done to them, over "of"; "lives" only as what a verb takes
        ("The execution of nine prisoners was filmed by the militia.", [("people.killed", 9, 9, None)]),
        ("The flood took the lives of 12 people.", [("people.killed", 12, 12, None)]),
        ("The singer touched the lives of countless thousands.", []),
        ("The lynching of Ana and Tomas Ruiz shocked the town.", []),  # how many names, the parse does not say
        ("Villagers mourned the murder of the headmaster.", [("people.killed", 1, 1, None)]),
        # not quite to death
        ("A man stabbed the shopkeeper nearly to death.", [("people.injured", 1, 1, None)]),
        # a comparative for the people counted, a figure that is the subject of an adjective in a gapped list
        ("The bomb killed 12 people and injured at least 48 more.",
         [("people.killed", 12, 12, None), ("people.injured", 48, None, None)]),
        ("Nine people were killed, four wounded and three others kidnapped.",
         [("people.killed", 9, 9, None), ("people.injured", 4, 4, None), ("people.abducted", 3, 3, None)]),
    ],
)
def test_frames_of_one_person_and_of_lists(text, expected):
    assert [(c.category, c.value.low, c.value.high, c.part_of) for c in fogcount.extract(text).claims] == expected


@pytest.mark.parametrize(
    "text, reason",
    [
        ("The girl could have drowned in the canal.", "hypothetical"),
        ("Twenty people would have been killed if the device had gone off.", "hypothetical"),
        ("Okonkwo, 58, was taken to a hospital.", "age"),
        ("The second boy, also 14, was treated at the scene.", "age"),
        # the closing comma left out: the parser makes the age a second subject of the name's verb
        ("Dorian Mays, 24 was shot in the arm on Friday.", "age"),
        ("Police said Ellen Coyle, 31 was killed.", "age"),
        # whatever the parser makes of the name, a bare number its verb agrees with in the singular is an age
        ("Karl Burns, 27 was shot in the hip and Rosa lind, 19 was shot in the foot.", "age"),
        ("The agency asked 2-1-1 callers to be patient.", "code or phone number"),
    ],
)
def test_what_did_not_happen_ages_and_codes_are_no_figures(text, reason):
    report = fogcount.extract(text)
    assert all(c.value.low in (None, 1) and c.value.high in (None, 1) for c in report.claims), report.claims
    assert reason in {s.reason for s in report.skipped}


@pytest.mark.parametrize("text", ["Two brothers, both 19, were wounded.",
                                  "Two sisters, each 23, were taken to a hospital."])
def test_a_number_after_both_or_each_beside_people_is_their_age(text):
    report = fogcount.extract(text)
    assert [(c.category, c.value.low, c.value.high) for c in report.claims] == [("people.injured", 2, 2)]
    assert "age" in {s.reason for s in report.skipped}


def _counts(text: str) -> list[tuple[str, int | None]]:
    """Each claim of a text as its category and low: what most frame tests below assert."""
    return [(c.category, c.value.low) for c in fogcount.extract(text).claims]


def _figures(text: str) -> list[tuple]:
    return [(c.category, c.value.low, c.value.high, c.subject.role, c.part_of) for c in fogcount.extract(text).claims]


@pytest.mark.parametrize(
    "text, expected",
    [
        # people who accompany others share their fate and add up with them
        ("The district governor was killed along with eight others in an ambush.",
         [("people.killed", 9, 9, "unknown", None)]),
        ("A reporter was shot dead at her home along with her partner.", [("people.killed", 2, 2, "unknown", None)]),
        ("The vendor, who was killed together with three other people, sold bread.",
         [("people.killed", 4, 4, "unknown", None)]),
        # a conjunct the parser hung inside a modifier of the verb's argument belongs with that argument
        ("An air strike killed a local judge allied with the rebels and seven members of his family.",
         [("people.killed", 8, 8, "unknown", None)]),
        # a pronoun coordinated with others
        ("The bomb killed him and three other worshippers.", [("people.killed", 4, 4, "unknown", None)]),
        # one person coordinated with others of unknown role is never one of them: the sum, of unknown role
        ("A village chief, his wife and three sons were shot dead.", [("people.killed", 5, 5, "unknown", None)]),
        # two figures of different roles stay apart ("along with two suicide bombers")
        ("Ten people were killed along with two suicide bombers.",
         [("people.killed", 10, 10, "unknown", None), ("people.killed", 2, 2, "combatant", None)]),
        # a companion whose own phrase says what happened to it keeps its own fate: victims named after a
        # harm ("shooting victims"), people an outcome word modifies ("the wounded driver")
        ("One man was found dead on Elm Street, along with two other shooting victims.",
         [("people.killed", 1, 1, "civilian", None), ("people.casualties", 2, 2, "unknown", None)]),
        ("A guard was shot dead along with the wounded driver.", [("people.killed", 1, 1, "security_forces", None)]),
        # victims named after no harm share it: "killed along with two other victims" is three dead
        ("A woman was killed along with two other victims.", [("people.killed", 3, 3, "unknown", None)]),
        # a compound of no harm names no fate of its own ("child", "family"): they share the one they accompany
        ("A farmer was shot dead along with three child victims.", [("people.killed", 4, 4, "unknown", None)]),
        # a compound that tells an outcome of its own gives it ("murder victims" are dead)
        ("A porter was wounded along with two murder victims.",
         [("people.injured", 1, 1, "unknown", None), ("people.killed", 2, 2, "unknown", None)]),
    ],
)
def test_people_in_company_add_up(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a subject among the people a participle or a noun of the outcome names is part of them
        ("At least 10 people died in the blast. Two police officers were among those killed.",
         [("people.killed", 10, None, "unknown", None), ("people.killed", 2, 2, "security_forces", "c1")]),
        ("Four farmers were among six people shot and killed in the valley.",
         [("people.killed", 4, 4, "civilian", "c2"), ("people.killed", 6, 6, "unknown", None)]),
        ("The raid killed 12 people. Among the dead were three children.",
         [("people.killed", 12, 12, "unknown", None), ("people.killed", 3, 3, "civilian", "c1")]),
        # "the dead included": parts of the toll told before; none before, no whole
        ("Nine people were killed. The dead included six men and a boy.",
         [("people.killed", 9, 9, "unknown", None), ("people.killed", 7, 7, "civilian", "c1")]),
        ("The dead included six civilians and four police.",
         [("people.killed", 6, 6, "civilian", None), ("people.killed", 4, 4, "security_forces", None)]),
        # "the injured", "the wounded": a participle the parser tags a verb, standing as a noun after "the"
        ("Two people were killed. The injured included five children.",
         [("people.killed", 2, 2, "unknown", None), ("people.injured", 5, 5, "civilian", None)]),
        ("Gunmen raided the village on Friday. The wounded were 23.", [("people.injured", 23, 23, "unknown", None)]),
        # no figure, no claim
        ("The wounded were taken to a hospital in the town.", []),
    ],
)
def test_parts_named_by_the_group_they_are_among(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the graver of coordinated participles on the counted noun; a modifier of its apposition
        ("Six people shot and killed on the highway were buried on Monday.", [("people.killed", 6, 6)]),
        # a bare figure the parser hangs on an adverb in its place
        ("Altogether 47 were killed in the violence.", [("people.killed", 47, 47)]),
        ("The raid left at least 40 people, mostly women and children killed by the gunmen.",
         [("people.killed", 40, None)]),
        # coordinated verbs share the subject: the gunman did the shooting
        ("A gunman in the market shot and killed the former headmaster.", [("people.killed", 1, 1)]),
        ("The lives of seven people were lost in the fire.", [("people.killed", 7, 7)]),
        ("The local imam was blown up in his car.", [("people.killed", 1, 1)]),
        # a singular role noun opening a headline-style sentence is one person; "police" is not
        ("Muslim cleric working for the radio was shot dead on Friday.", [("people.killed", 1, 1)]),
        ("Police were attacked near the market.", []),
        # a headline drops the "was" and capitalises its noun: still one person; a sentence that
        # ends with a full stop is no headline, so its bare participle keeps its usual reading
        ("Woman wounded in drive-by shooting", [("people.injured", 1, 1)]),
        ("Man killed in shooting on Elm Street\n\nPolice are looking for a gray sedan.", [("people.killed", 1, 1)]),
        ("Man charged in Elm Street shooting", []),
        # a plural the tagger leaves whole, a noun the table adds where WordNet's first sense is an animal
        ("Six Sheikhs of the camp were killed.", [("people.killed", 6, 6)]),
        ("The bodies of nine males were found by the road.", [("people.killed", 9, 9)]),
        # an inverted passive: the figure after the copula is the participle's subject, ranked or not
        ("Wounded in the blast were 7 policemen.", [("people.injured", 7, 7)]),
        ("Killed in the raid was one of the militia's top commanders, the army said.", [("people.killed", 1, 1)]),
        # a participle on the light verb's "as": what the report says became of them
        ("Separately, seven were noted as being wounded.", [("people.injured", 7, 7)]),
        ("Nine villagers were reported as killed in the raid.", [("people.killed", 9, 9)]),
        ("Twelve people were described as seriously injured.", [("people.injured", 12, 12)]),
        # an adjective that tells no outcome gives none
        ("Six men were described as armed.", [("people.present", 6, 6)]),
        # a clause with its own subject under the light verb is no complement: its outcome is its own people's
        ("Four guards were described as heroes after the blast killed three workers.",
         [("people.present", 4, 4), ("people.killed", 3, 3)]),
        ("Three officers were noted as brave when gunmen wounded two drivers.",
         [("people.present", 3, 3), ("people.injured", 2, 2)]),
        ("Two teachers were reported as heroes after soldiers killed five pupils.",
         [("people.present", 2, 2), ("people.killed", 5, 5)]),
        # ... and a participle on its "as" still is
        ("Two teachers were reported as wounded after soldiers killed five pupils.",
         [("people.injured", 2, 2), ("people.killed", 5, 5)]),
    ],
)
def test_frames_of_killing_in_wire_news(text, expected):
    assert [(c.category, c.value.low, c.value.high) for c in fogcount.extract(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name after one person counted of the same outcome is that person, named: a part of that figure
        ("A local reporter was killed on Monday. Juan Ortega, who wrote for a weekly, was shot dead at home.",
         [("people.killed", 1, 1, None), ("people.killed", 1, 1, "c1")]),
        # ... not when a sentence says its happening is another one, nor when the name is "also" killed
        ("A local reporter was killed on Monday. In a separate attack, robbers shot dead Pedro Lima in the port.",
         [("people.killed", 1, 1, None), ("people.killed", 1, 1, None)]),
        ("A policeman was killed at the gate. Neighbours said Karim Nasser was also shot dead.",
         [("people.killed", 1, 1, None), ("people.killed", 1, 1, None)]),
        # a name apposed to a plural says what they were; a list of names restates the figure it follows
        ("The militia killed 37 civilians, mostly Hutus, on Sunday.", [("people.killed", 37, 37)]),
        ("Troops killed three religious scholars, Mawlawi Rahim, Mullah Gholam and Mullah Saif, last night.",
         [("people.killed", 3, 3), ("people.killed", 3, 3)]),
        # names coordinated in one sentence are two people
        ("The band said bass player Carlos Ruiz and drummer Elias Hernandez were found murdered.",
         [("people.killed", 2, 2)]),
    ],
)
def test_a_name_is_not_a_second_person(text, expected):
    claims = fogcount.extract(text).claims
    assert [(c.category, c.value.low, c.value.high, c.part_of)[: len(expected[0])] for c in claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a determiner of one standing for its noun is one more person
        ("Gunmen killed a health worker and injured another in the village.",
         [("people.killed", 1, 1, "civilian", None), ("people.injured", 1, 1, "unknown", None)]),
        ("The rivals accused one another of the attack.", []),
        # company before the verb goes with its subject: the soldiers did the detaining, they were not detained
        ("Troops, along with 12 policemen, detained 6 suspects near the border.",
         [("people.present", 12, 12, "security_forces", None), ("people.captured", 6, 6, "unknown", None)]),
        # ... of the noun before it: "another" after "one drone" is a drone, "another" after "a nurse" a person
        ("Gunners shot down one drone over the base and shot another.",
         [("aircraft.destroyed", 1, 1, "unknown", None)]),
        ("A sniper killed a nurse at the clinic and wounded another.",
         [("people.killed", 1, 1, "civilian", None), ("people.injured", 1, 1, "unknown", None)]),
        # the text's first word has no word before it (not the last one: "... was one")
        ("Another was wounded. The final count was one", [("people.injured", 1, 1, "unknown", None)]),
        # a number of a group named by what happened to it is part of the figure told before
        ("Five others were injured. Two of the injured were aid workers.",
         [("people.injured", 5, 5, "unknown", None), ("people.injured", 2, 2, "unknown", "c1")]),
        ("Gunmen killed nine people. Three of those killed were policemen.",
         [("people.killed", 9, 9, "unknown", None), ("people.killed", 3, 3, "unknown", "c1")]),
        # the kind's noun after the verb's object: "sustained various degrees of injuries"
        ("Ten persons sustained various degrees of injuries in the attack.",
         [("people.injured", 10, 10, "civilian", None)]),
    ],
)
def test_ellipses_and_groups_named_by_their_fate(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text, expected, skipped",
    [
        # an adverb of death on the figure
        ("Four teenagers were shot, one fatally, near the park.",
         [("people.injured", 4, 4), ("people.killed", 1, 1)], set()),
        # ... or beside the verb of the hurt, the number alone (claims._fatal_shares); not a grave wound
        ("Police say four male teenagers were shot, one fatally, Tuesday afternoon.",
         [("people.injured", 4, 4), ("people.killed", 1, 1)], set()),
        ("Two women were wounded, one critically.", [("people.injured", 2, 2), ("people.injured", 1, 1)], set()),
        # a word that multiplies a harm counts the people it struck (claims._multiplied_harms)
        ("Three people have died in a quadruple shooting near the campus.",
         [("people.killed", 3, 3), ("people.injured", 4, 4)], set()),
        ("Police are investigating a double homicide on the East Side.", [("people.killed", 2, 2)], set()),
        ("He was charged in the double-homicide case.", [("people.killed", 2, 2)], set()),
        ("He was hit by a double-decker bus.", [], set()),
        # hit in a part of the body is hurt; a thing hit there is not a person
        ("Two men were hit twice in the stomach on Tuesday.", [("people.injured", 2, 2)], set()),
        ("Two trucks were hit in the side by rockets.", [("vehicles.damaged", 2, 2)], set()),
        # grazed by a bullet is hurt: "winged"
        ("Two men were winged by stray bullets on Tuesday.", [("people.injured", 2, 2)], set()),
        # a determiner of two; an age that stands for its person
        ("Both men inside the car were killed.", [("people.killed", 2, 2)], set()),
        ("A 9-year-old was shot and killed on Sunday.", [("people.killed", 1, 1)], {"age"}),
        ("The 3-year-old died at the hospital.", [("people.killed", 1, 1)], {"age"}),
        # ages in a range and how often are never how many
        ("Six people, ages 14 to 52, were shot near the club.", [("people.injured", 6, 6)], {"age"}),
        ("The suspect fired about 10 times into the crowd.", [], {"frequency"}),
    ],
)
def test_victims_told_by_age_pairs_and_fatal_wounds(text, expected, skipped):
    report = fogcount.extract(text)
    assert [(c.category, c.value.low, c.value.high) for c in report.claims] == expected
    assert skipped <= {s.reason for s in report.skipped}


@pytest.mark.parametrize(
    "text, reason",
    [
        # what a possessor has is counted, not the possessor: "one men's room"
        ("The new hall will have one men's room and one women's room.", "not a counted thing: room"),
        ("Every one of the vendors has been helpful.", "distributive"),
        ("She was one of the first nurses in the county.", "rank or number in a series"),
        ("The firm was one of the main sponsors of the fair.", "rank or number in a series"),
        ("The driver was in a 2004 Ford Ranger when it was stopped.", "year, model or name"),
        ("The hearing is at the town hall, 1450 Market Street, on Monday.", "address"),
        ("It takes 300 hogs to fill the barn.", "not a counted thing: hogs"),
        ("One person a year is killed on that road.", "rate"),
        ("The war kills 10 people a day.", "rate"),
    ],
)
def test_local_news_numbers_that_count_no_people(text, reason):
    report = fogcount.extract(text)
    assert report.claims == [], report.claims
    assert reason in {s.reason for s in report.skipped}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb that names no outcome with its preposition, though alone it would
        ("The retired engineer was treated to a ride in a vintage car.", []),
        ("Three people were treated at the scene.", [("people.injured", 3, 3)]),
        # the possessed noun counts people: "three men's bodies"
        ("Three men's bodies were found by the river.", [("people.killed", 3, 3)]),
        # ... only a noun that is them ("bodies"): "the four boys' uncle" is another person
        ("Gunmen killed the four boys' uncle in the village on Sunday.", []),
        ("Troops shot dead the 10 prisoners' guards at the camp.", []),
    ],
)
def test_outcomes_of_local_news(text, expected):
    assert [(c.category, c.value.low, c.value.high) for c in fogcount.extract(text).claims] == expected


@pytest.mark.parametrize(
    "text, reason",
    [
        # wanted, not there
        ("The club needs 40 volunteers for the fair.", "hypothetical"),
        ("Hundreds of volunteers are needed for the cleanup.", "hypothetical"),
        ("The target is 500 new members this year.", "hypothetical"),
    ],
)
def test_people_wanted_are_not_there(text, reason):
    report = fogcount.extract(text)
    assert report.claims == []
    assert reason in {s.reason for s in report.skipped}


def test_a_day_after_is_no_rate():
    claims = fogcount.extract("Gunmen killed two people a day after the attack.").claims
    assert [(c.category, c.value.low) for c in claims] == [("people.killed", 2)]


@pytest.mark.parametrize("text, low", [
    # "in a day of ...", "in a day": the day the toll happened in, not a rate
    ("Rockets killed 30 people in a day of shelling in the city, officials said.", 30),
    ("Fighting killed 14 people during a day of clashes near the port.", 14),
    ("Gunmen killed 8 people on a day of unrest in the capital.", 8),
])
def test_a_day_of_something_is_no_rate(text, low):
    assert [(c.category, c.value.low) for c in fogcount.extract(text).claims] == [("people.killed", low)]


@pytest.mark.parametrize("text, low", [
    # a demonym before a lower-case "road", "court": people of that work, not a street's house number
    ("Bandits killed 6 Turkish road builders near the pass on Sunday.", 6),
    ("Gunmen shot dead 3 Egyptian court clerks in the city.", 3),
])
def test_a_demonym_and_a_common_noun_is_no_address(text, low):
    assert [(c.category, c.value.low) for c in fogcount.extract(text).claims] == [("people.killed", low)]


def test_one_of_a_group_in_an_event_is_still_one():
    # the rank rule judges "was one of the first ...", never one of a group that something happened to
    claims = fogcount.extract("The council said that one of its most senior members had been killed.").claims
    assert [(c.category, c.value.low) for c in claims] == [("people.killed", 1)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "other" people after a figure of the same outcome are more of them ...
        ("Troops killed a family of four, then shot and killed two other civilians.",
         [("people.killed", 4, False), ("people.killed", 2, True)]),
        # ... not where a total told before holds them and the figure before ("four ..., eight others")
        ("Clashes left 12 people dead. Four were killed first, whereas eight others were killed later.",
         [("people.killed", 12, False), ("people.killed", 4, False), ("people.killed", 8, False)]),
        # ... not after a figure of another outcome
        ("The attack killed 12 people and wounded 30 others.",
         [("people.killed", 12, False), ("people.injured", 30, False)]),
        # ... not where "other" sets them apart from a person named with them ("the bomber and six others")
        ("A car bomb killed 9 people near the bridge. The driver and 8 other people died in the blast.",
         [("people.killed", 9, False), ("people.killed", 9, False)]),
    ],
)
def test_other_people_after_a_figure_of_their_outcome_are_more(text, expected):
    assert [(c.category, c.value.low, c.value.incremental) for c in fogcount.extract(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # one person told hurt, then dead by a pronoun or the same noun again: the wound killed
        ("A man was shot in the chest on Friday. He died at the hospital.", [("people.killed", 1, 1)]),
        ("A woman was shot on Main Street. She later died of her wounds.", [("people.killed", 1, 1)]),
        ("The man was taken to a hospital where he died.", [("people.killed", 1, 1)]),
        ("Gunmen shot a police officer on Monday. The officer died on the way to hospital.",
         [("people.killed", 1, 1)]),
        # a figure of several is not the one who died; a death of no one counted is no figure
        ("Two men were shot on Friday. He died at the hospital.", [("people.injured", 2, 2)]),
        ("He died of an illness last year.", []),
        # a death of an illness or of another time is not the one just hurt's
        ("A man was shot in Dayton on Monday. He died in 1998 of cancer, his brother said.",
         [("people.injured", 1, 1)]),
        ("A man was shot on Monday. He died last year from pneumonia.", [("people.injured", 1, 1)]),
        ("A man was shot on Monday. He died in January 1998.", [("people.injured", 1, 1)]),
        # a year inside the full date of the day he died is that day, not another time (review of f060ed3, #2)
        ("A man was shot in Dayton on Monday. He died at the hospital on Tuesday, Jan. 5, 2021.",
         [("people.killed", 1, 1)]),
        # "pronounced dead" is dead
        ("The driver was pulled from the car and was pronounced dead.", [("people.killed", 1, 1)]),
    ],
)
def test_one_person_hurt_and_then_dead_is_dead(text, expected):
    assert [(c.category, c.value.low, c.value.high) for c in fogcount.extract(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb with an object that the parser hung on its doer: the doer is no victim
        ("A gunman killed at least 10 civilians before he was wounded and arrested.", [("people.killed", 10, None)]),
        # an age written without hyphens stands for its person, and is no count
        ("The 13 year old died at the scene.", [("people.killed", 1, 1)]),
        ("A 20 year old man and a 16 year old were wounded.", [("people.injured", 2, 2)]),
        # a coordinated verb with its own object or subject is a clause of its own, about other people
        ("The blast wounded 20 people and killed 14 others.", [("people.injured", 20, 20), ("people.killed", 14, 14)]),
        ("Gunmen stormed the village, injured six people and killed seven people.",
         [("people.injured", 6, 6), ("people.killed", 7, 7)]),
        ("A man was shot and he died later.", [("people.killed", 1, 1)]),
        # the dead are buried
        ("Gravediggers said they had buried 86 people.", [("people.killed", 86, 86)]),
        # the rest of those counted before are more of them
        ("Twelve bodies were thrown into the river, while the remaining four bodies were taken away.",
         [("people.killed", 12, 12), ("people.killed", 4, 4)]),
    ],
)
def test_doers_ages_and_the_rest(text, expected):
    assert [(c.category, c.value.low, c.value.high) for c in fogcount.extract(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a figure the parser hangs on the date before it counts the noun after it
        ("On 12 March four people were killed in an attack on the village.", [("people.killed", 4, 4)]),
        ("In March four soldiers died in the region.", [("people.killed", 4, 4)]),
        ("The March 3 attack killed nine people.", [("people.killed", 9, 9)]),
        # "put the number killed at": the light verb's phrase the parser hangs on the participle
        ("Villagers put the number killed at 35.", [("people.killed", 35, 35)]),
        ("Residents put the number of people killed at 40.", [("people.killed", 40, 40)]),
        # the object's complement the parser makes a clause of its own
        ("Soldiers shot three protesters dead in the capital on Friday.", [("people.killed", 3, 3)]),
        # the verb's object the parser makes the subject of the participle after it
        ("The army on Monday killed at least six men trying to cross the frontier.", [("people.killed", 6, None)]),
        ("The army said 12 people fleeing the town were killed.", [("people.killed", 12, 12)]),
        # ... not where the participle tells an outcome of its own, nor a clause with its own auxiliary
        ("Police later found two women suffering gunshot wounds to their legs.", [("people.injured", 2, 2)]),
        ("He was shot in the chest when he and two other friends were playing with a handgun.",
         [("people.injured", 1, 1), ("people.present", 2, 2)]),
    ],
)
def test_frames_the_parser_breaks_in_wire_copy(text, expected):
    assert [(c.category, c.value.low, c.value.high) for c in fogcount.extract(text).claims] == expected


@pytest.mark.parametrize(
    "text, incremental",
    [
        # a figure whose verb says "also" after one of the same outcome is more of them
        ("A city councillor was shot and killed on Wednesday. Her driver also died in the attack.", True),
        ("Gunmen killed 14 residents. About 20 militiamen were also gunned down.", True),
        # "also" on another verb is not
        ("Five people were killed in the blast. Police also said five people died.", False),
        # a breakdown of a total told before is not
        ("Twelve were killed: eight in the market, and four were also killed at the gate.", False),
        # the hurt are all hurt at once: "also wounded" after those shot is some of them
        ("Five people were shot and one was killed. Two men and two women were also wounded.", False),
    ],
)
def test_a_figure_told_also_is_more_of_them(text, incremental):
    claims = [c for c in fogcount.extract(text).claims if c.category in ("people.killed", "people.injured")]
    assert claims[-1].value.incremental is incremental


@pytest.mark.parametrize(
    "text, died",
    [
        # a death in a relative clause on the hurt just told is a death of some of them
        ("Two of the guards were injured, one of whom later died in the district hospital.", True),
        ("Twelve were taken to the city hospital, where one victim died.", True),
        # the parser's inversion (the death the root, the harm a clause before it); a word of the death on its
        # verb ("pronounced deceased"); "declared dead"
        ("Two of the guards were injured, one of whom later died.", True),
        ("Three men were taken to a hospital, where one was pronounced deceased.", True),
        ("Three men were wounded, one of whom was later declared dead.", True),
        # a death in a clause of its own is none of them
        ("Three men were wounded and one later died.", False),
        ("Police said three men were wounded and that one of the gunmen died.", False),
        ("Three people were injured and one was killed when the bomb exploded.", False),
        ("Three people were injured. One man died in the blast.", False),
        # ... nor a death in a relative clause on the harm's noun, its place or its doers (review of this session)
        ("Five people were injured in the blast, which killed two soldiers.", False),
        ("Four policemen were wounded in the attack on the market, where two civilians were killed.", False),
        ("Five people were wounded in an attack by gunmen who killed two soldiers.", False),
    ],
)
def test_a_death_in_a_relative_clause_on_the_hurt_is_one_of_them(text, died):
    death = next(c for c in fogcount.extract(text).claims if c.category == "people.killed")
    assert (death.value.incremental, death.cue.rule.startswith("hurt:")) == (died, died)


def test_the_rest_is_an_increment():
    claims = fogcount.extract("Twelve bodies were found, while the remaining four bodies were taken away.").claims
    assert [c.value.incremental for c in claims] == [False, True]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a figure before "of them" with no outcome of its own is a part of the figure before it
        ("By the end of the year, 496 had been killed, 258 of them civilians.",
         [("people.killed", 496, None), ("people.killed", 258, "c1")]),
        # ... also where the verb comes before the whole
        ("An air strike on the town killed 496 people, 258 of them civilians.",
         [("people.killed", 496, None), ("people.killed", 258, "c1")]),
        # a noun of a more particular outcome than its verb's is what happened
        ("They seized hundreds of hostages in the town.", [("people.abducted", 200, None)]),
        # one "body" that acts is a body of people, no dead person; bodies that lie are dead
        ("In August, an Islamic body declared an independent state.", []),
        ("Twelve bodies lay in the street.", [("people.killed", 12, None)]),
    ],
)
def test_parts_of_them_particular_nouns_and_bodies_that_act(text, expected):
    assert [(c.category, c.value.low, c.part_of) for c in fogcount.extract(text).claims] == expected


@pytest.mark.parametrize(
    "text, reason",
    [
        # how many could be there; the ages of people named just before
        ("The hall has a capacity of 400 people.", "capacity"),
        ("Children between 11 and 15 can join for free.", "age"),
    ],
)
def test_capacities_and_ages_after_their_people_are_no_counts(text, reason):
    report = fogcount.extract(text)
    assert report.claims == []
    assert reason in {s.reason for s in report.skipped}


def test_a_particle_verb_takes_no_key_of_its_preposition():
    # "turned out in search of": not "turn in" (surrender)
    claims = fogcount.extract("Sixty residents turned out in search of answers.").claims
    assert [c.category for c in claims] == ["people.present"]


@pytest.mark.parametrize(
    "text, reason",
    [
        # wanted, not done; possible or required, not there; a ratio; a noun WordNet gives people
        ("Why would anyone want to kill the handsome husband?", "hypothetical"),
        ("Police plan to arrest 20 people.", "hypothetical"),
        ("Under the law, more than 350 people must sign up for a plate.", "hypothetical"),
        ("One out of every five patients does not carry insurance.", "ratio"),
        ("Nine out of ten patients were struck this winter.", "ratio"),
        ("For every person receiving treatment, four others are newly infected.", "ratio"),
        ("Nurses could not stop the germ spreading from one baby to another.", "idiom"),
        ("Her car plowed through three concrete planters.", "not a counted thing: planters"),
    ],
)
def test_wanted_possible_ratios_and_planters_are_no_figures(text, reason):
    report = fogcount.extract(text)
    assert report.claims == []
    assert reason in {s.reason for s in report.skipped}


def test_a_figure_after_one_in_is_a_ratio_only_after_one():
    claims = fogcount.extract("Gunmen killed 12 people in three villages.").claims
    assert [(c.category, c.value.low) for c in claims] == [("people.killed", 12)]


def test_a_figure_after_out_of_is_a_ratio_only_when_small_or_round():
    claims = fogcount.extract("Two out of 12 victims were children.").claims
    assert [(c.category, c.value.low) for c in claims] == [("people.casualties", 12)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the subject of "shot at" people fired: it was not hit
        ("Johnson shot at deputies as they pursued him.", []),
        ("Two men shot at police officers on Friday.", [("people.present", 2)]),
        # a bare participle of a headline is still what happened to its subject
        ("Dozens killed as fighting spreads.", [("people.killed", 24)]),
    ],
)
def test_the_shooter_at_people_is_no_victim(text, expected):
    assert [(c.category, c.value.low) for c in fogcount.extract(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the shooter's own death: one more person, marked as his act on himself
        ("The father killed his two sons before killing himself.",
         [("people.killed", 2, "verb:kill"), ("people.killed", 1, "self:kill")]),
        ("A gunman killed five people and then shot and killed himself.",
         [("people.killed", 5, "verb:kill"), ("people.killed", 1, "self:kill")]),
        ("He then turned the gun on himself.", [("people.killed", 1, "self:turn")]),
        ("She fatally shot herself.", [("people.killed", 1, "self:shoot")]),
        ("Police say the man took his own life.", [("people.killed", 1, "self:take")]),
        ("The suspect committed suicide.", [("people.killed", 1, "self:commit")]),
        # a headline's "self" is a reflexive too
        ("Boy, 6, fatally shoots self with uncle's rifle", [("people.killed", 1, "self:shoot")]),
        ("Hunter accidentally shoots self in foot", [("people.injured", 1, "self:shoot")]),
        # a wound to oneself is a wound
        ("A boy accidentally shot himself in the hand.", [("people.injured", 1, "self:shoot")]),
        # a death by its words, a wound where the clause says he lived (review of f060ed3, #5)
        ("He then turned the gun on himself and survived.", [("people.injured", 1, "self:turn")]),
        ("He then turned the gun on himself and was hospitalized in critical condition.",
         [("people.injured", 1, "self:turn")]),
        # no act on oneself that harms: a suicide bomber's, a surrender, a threat
        ("The bomber blew himself up at the gate.", []),
        ("He turned himself in to police on Monday.", []),
        ("He threatened to kill himself.", []),
        ("He did not kill himself.", []),
    ],
)
def test_the_shooters_own_death_is_a_claim_of_one(text, expected):
    claims = fogcount.extract(text).claims
    assert [(c.category, c.value.low, c.cue.rule) for c in claims] == expected


@pytest.mark.parametrize("text", ["A boy was killed when he accidentally shot himself.",
                                  "A 3-year-old boy who apparently shot himself with a gun has died, police said."])
def test_the_shooter_counted_in_his_sentence_is_a_part_of_that_figure(text):
    claims = fogcount.extract(text).claims
    assert [(c.category, c.subject.text.split()[-1], c.part_of) for c in claims] == [
        ("people.killed", "boy", None), ("people.injured", "himself", "c1")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a plural name spaCy tags a person's, under a number, is a group: its figure, and no person of it
        ("Nine ethnic Oromos were killed in the district.", [("people.killed", 9, 9)]),
        # an age between a name spaCy tags an organisation and a people noun in apposition is an age
        ("Martello, 64, a retired Naval officer, was arrested.", [("people.captured", 1, 1)]),
    ],
)
def test_groups_by_name_and_ages_before_an_apposition(text, expected):
    assert [(c.category, c.value.low, c.value.high) for c in fogcount.extract(text).claims] == expected


@pytest.mark.parametrize(
    "text",
    [
        # what a hope or an attempt takes is wanted, not done; a kind of person one may become is no one
        "The plant has hopes of hiring 50 to 70 workers.",
        "The center hopes to hire 50 to 70 workers.",
        "Gunmen tried to kill 12 villagers but were repelled.",
        "Residents face the risk of becoming a victim.",
    ],
)
def test_hopes_attempts_and_kinds_of_person_are_no_figures(text):
    assert fogcount.extract(text).claims == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # the subject of an active shooting verb with its own target is the one who shot
        ("Williams is believed to have shot about 10 times at the occupants of a silver Toyota Camry, killing Jacinta "
         "Walker, 18.",
         [("people.killed", "Walker")]),
        ("A Bedford woman appears to have shot and killed her two daughters.", [("people.killed", "daughters")]),
        # a passive subject is hit; "at" a place is where, not whom
        ("John Smith was shot in the leg.", [("people.injured", "Smith")]),
        ("Five civilians were killed and six others seriously injured at an attack by gunmen.",
         [("people.killed", "civilians"), ("people.injured", "others")]),
    ],
)
def test_the_subject_of_an_active_shooting_is_not_hit(text, expected):
    assert [(c.category, c.subject.text.split()[-1]) for c in fogcount.extract(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a headline's verb the tagger reads as an adjective still says what happened
        ("At least 2 crew drown as boat sinks off coast", [("people.killed", 2, None)]),
        # people in a hospital's condition are hurt
        ("Officials say 69 were killed and 20 are in critical condition with gunshot wounds.",
         [("people.killed", 69, 69), ("people.injured", 20, 20)]),
        ("Two men remain in serious condition.", [("people.injured", 2, 2)]),
        # people who did not do something are no figure; a negated outcome keeps its figure, marked
        ("Many inhabitants of the town haven't registered to vote.", []),
        ("Two men did not attend the rally.", []),
    ],
)
def test_headline_verbs_conditions_and_negated_presence(text, expected):
    assert [(c.category, c.value.low, c.value.high) for c in fogcount.extract(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # after harming others his own death is one more than theirs: an increment
        ("The father killed his two sons before killing himself.", [(2, False), (1, True)]),
        ("The man shot his wife and then himself.", [(1, False), (1, True)]),
        # told in the next sentence by a pronoun: he harmed others just before (review of f060ed3, #1)
        ("A man fatally shot his wife on Monday. He then killed himself.", [(1, False), (1, True)]),
        ("A man fatally shot his wife on Monday. He then turned the gun on himself.", [(1, False), (1, True)]),
        # a passive wound before: the one hurt is the one who shot himself
        ("A boy was shot in the arm on Monday. He accidentally shot himself.", [(1, False), (1, False)]),
        # alone, his act on himself is the figure of the one hurt
        ("The toddler accidentally shot and killed himself while playing with the gun.", [(1, False)]),
    ],
)
def test_the_shooters_own_death_adds_only_after_he_harmed_others(text, expected):
    assert [(c.value.low, c.value.incremental) for c in fogcount.extract(text).claims] == expected


def test_a_wound_to_oneself_the_clause_says_killed_is_a_death():
    claims = fogcount.extract("The child accidentally shot himself and ended up dying from that.").claims
    assert [(c.category, c.cue.rule) for c in claims] == [("people.killed", "self:shoot")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # what a reward or a tip seeks did not happen
        ("Police offered a reward for the arrest of three suspects.", []),
        ("Crime Stoppers pays for information leading to the arrest of the two killers.", []),
        # ... an arrest told as done did
        ("Police announced the arrest of three suspects.", [("people.captured", 3)]),
        # "leading to" an estimate of a toll is no reward
        ("Some victims were blown to pieces, leading to initial estimates of a death toll of 11.",
         [("people.killed", 11)]),
    ],
)
def test_what_a_reward_seeks_is_no_figure(text, expected):
    assert [(c.category, c.value.low) for c in fogcount.extract(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what is imagined did not happen
        ("Can you imagine nine people dying from another cause in one day?", []),
        # "not clear whether" makes the clause uncertain, not untrue: no negation
        ("Five people were killed, though it was not clear whether all five were killed at the castle.",
         [("people.killed", 5, False), ("people.killed", 5, False)]),
        ("The rebels did not kill 12 soldiers, the army said.", [("people.killed", 12, True)]),
    ],
)
def test_imagined_figures_and_uncertain_clauses(text, expected):
    assert [(c.category, c.value.low, c.negated) for c in fogcount.extract(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what one is able to do, a condition, a manner ("treated him like ...") is no figure
        ("Two milligrams of fentanyl is enough to kill an average adult.", []),
        ("If you go home to a house where there are 15 people, you get in mischief.", []),
        ("She treated Shayne like she was his mom.", []),
        # ... what was done while something else happened is
        ("Gunmen killed 12 people as they fled.", [("people.killed", 12)]),
        ("Two men were treated at the hospital.", [("people.injured", 2)]),
    ],
)
def test_abilities_conditions_and_manners_are_no_figures(text, expected):
    assert [(c.category, c.value.low) for c in fogcount.extract(text).claims] == expected


def test_a_year_after_a_before_a_people_noun_is_a_year():
    report = fogcount.extract("He was a 1966 graduate of the high school.")
    assert report.claims == []
    assert "year, model or name" in {s.reason for s in report.skipped}


def test_people_sent_to_hospital_are_hurt():
    claims = fogcount.extract("The shooting sent four people to the hospital.").claims
    assert [(c.category, c.value.low) for c in claims] == [("people.injured", 4)]


def test_an_if_of_whether_is_no_condition():
    text = "Police are waiting on tests to determine if the shooting death of a 17-year-old was an accident."
    assert [(c.category, c.value.low) for c in fogcount.extract(text).claims] == [("people.killed", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Health officials believe the region will have zero deaths from the fever by 2030.",
        "Health officials believe the region will have zero deaths or near zero deaths by 2030.",
        "The new strain could infect a million people and cause up to 2,000 deaths.",
        "The figure is below his earlier prediction of 900 cases and 300 deaths.",
    ],
)
def test_what_will_or_could_happen_or_is_predicted_is_no_figure(text):
    report = fogcount.extract(text)
    assert [c for c in report.claims if c.category.startswith("people.")] == []
    assert "hypothetical" in {s.reason for s in report.skipped}


@pytest.mark.parametrize(
    "text, low",
    [
        ("The raid may have killed 20 people.", 20),  # "may" hedges a count, it does not foretell one
        ("The shelling killed 12 people and the toll could rise.", 12),
        ("Police will investigate the deaths of 40 people in the blast.", 40),  # the deaths happened
    ],
)
def test_a_hedging_modal_or_a_modal_elsewhere_keeps_the_figure(text, low):
    claims = fogcount.extract(text).claims
    assert [(c.category, c.value.low) for c in claims] == [("people.killed", low)]


@pytest.mark.parametrize(
    "text",
    [
        "The school's director said that eight people died of an unknown disease at the clinic.",
        "Health officials reported 40 deaths from cholera in the camps.",
        "Five people died of the virus last week.",
        "Four prisoners died of tuberculosis in the jail, the group said.",
        "Two patients, a woman dying of diabetes and a boy from leukemia, were named.",  # the lemma is "diabete"
    ],
)
def test_a_death_of_an_illness_is_no_toll(text):
    assert [c.category for c in fogcount.extract(text).claims if c.category == "people.killed"] == []


@pytest.mark.parametrize(
    "text, low",
    [
        ("Three soldiers died of their wounds on Tuesday.", 3),
        ("Two men died from gunshot injuries after the raid.", 2),
        ("Twelve people died of hunger in the besieged town.", 12),  # hunger is no illness in WordNet's sense
        ("A blast at a clinic for cholera patients killed 12 people.", 12),  # the illness is not the death's cause
        ("Three protesters died of tear gas poisoning, medics said.", 3),  # violent_causes: no illness of the toll
        ("Two detainees died of torture in the prison.", 2),
    ],
)
def test_a_death_of_wounds_or_want_stays_a_toll(text, low):
    assert [(c.category, c.value.low) for c in fogcount.extract(text).claims] == [("people.killed", low)]


@pytest.mark.parametrize(
    "text",
    [
        "Nine pupils fell ill with measles last week. Four children have been hospitalised.",
        "Doctors said both patients are in stable condition after they were infected abroad.",
    ],
)
def test_care_for_an_illness_is_no_wound(text):
    claims = fogcount.extract(text).claims
    assert "people.injured" not in {c.category for c in claims}


def test_a_number_cared_for_an_illness_is_of_people_there():
    claims = fogcount.extract("Nine pupils fell ill with measles last week. Four children have been hospitalised.").claims
    assert ("people.present", 4) in [(c.category, c.value.low) for c in claims]


@pytest.mark.parametrize(
    "text",
    [
        "Nine pupils fell ill with measles last week. Four children were hospitalised after the blast.",
        "A bomb went off in the square. Four children have been hospitalised.",
    ],
)
def test_care_after_harm_is_a_wound(text):
    claims = fogcount.extract(text).claims
    assert [(c.category, c.value.low) for c in claims if c.value.low == 4] == [("people.injured", 4)]


@pytest.mark.parametrize(
    "text, subject",
    [
        ("A prominent religious figure was killed in the capital on Monday.", "prominent religious figure"),
        ("Gunmen killed a close ally of the governor outside his home.", "close ally"),
    ],
)
def test_a_noun_a_killing_verb_takes_is_a_person_if_any_sense_is_one(text, subject):
    claims = fogcount.extract(text).claims
    assert [(c.category, c.value.low, c.subject.text) for c in claims] == [("people.killed", 1, subject)]


def test_a_noun_that_cannot_be_a_person_is_no_one_killed():
    assert fogcount.extract("The quarrel killed the momentum of the peace talks.").claims == []


def test_a_name_beside_a_noun_of_an_animal_is_no_person():
    text = ("Bruno, the old elephant that escaped from the city zoo, was found alive on Monday. "
            "Bruno escaped by pushing through a fence.")
    assert fogcount.extract(text).claims == []


def test_a_name_beside_a_noun_of_a_person_stays_a_person():
    claims = fogcount.extract("Rosa Diaz, the queen of the carnival, was shot dead on Sunday.").claims
    assert [(c.category, c.value.low) for c in claims if c.part_of is None] == [("people.killed", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "While 61 deaths have been confirmed, the number of cases is not known.",
        "Troops did not withdraw after killing 61 villagers.",
    ],
)
def test_a_negation_does_not_reach_into_a_marked_adverbial_clause(text):
    claims = fogcount.extract(text).claims
    assert [(c.category, c.value.low, c.negated) for c in claims] == [("people.killed", 61, False)]


@pytest.mark.parametrize(
    "text",
    ["Police said 12 bodies were recovered from the river.", "The bodies of 12 people were found in a ditch."],
)
def test_bodies_found_are_a_killed_figure_of_their_own_kind(text):
    claims = fogcount.extract(text).claims
    assert [(c.category, c.value.low, c.evidence) for c in claims] == [("people.killed", 12, "bodies")]


def test_people_said_to_be_killed_are_no_bodies():
    claims = fogcount.extract("Twelve people were killed and their bodies dumped in a ditch.").claims
    assert [(c.category, c.value.low, c.evidence) for c in claims] == [("people.killed", 12, None)]


@pytest.mark.parametrize("text", ["Five people were placed under arrest.", "Police put five men under arrest on Monday."])
def test_placed_under_arrest_is_captured(text):
    claims = fogcount.extract(text).claims
    assert [(c.category, c.value.low) for c in claims] == [("people.captured", 5)]


@pytest.mark.parametrize("text", ["The flood caused the loss of 40 lives.", "She mourned the loss of 40 lives."])
def test_the_loss_of_lives_is_killed(text):
    claims = fogcount.extract(text).claims
    assert [(c.category, c.value.low) for c in claims] == [("people.killed", 40)]


def test_what_a_noun_under_no_is_of_is_negated():
    claims = fogcount.extract("Officials found no evidence of 12 more deaths.").claims
    assert [(c.category, c.value.low, c.negated) for c in claims] == [("people.killed", 12, True)]


def test_a_known_group_under_no_sign_is_not_negated():
    claims = fogcount.extract("There was no sign of the 12 missing fishermen.").claims
    assert [(c.value.low, c.negated) for c in claims] == [(12, False)]


def test_numbers_between_after_people_are_their_ages():
    report = fogcount.extract("Thirty men and one woman between 19 and 97 were admitted to hospital after the blast.")
    assert [(c.category, c.value.low) for c in report.claims] == [("people.injured", 31)]
    assert "age" in {s.reason for s in report.skipped}


def test_a_distance_between_after_people_is_no_age():
    report = fogcount.extract("Fighting killed people between 20 and 30 kilometres from the city.")
    assert "age" not in {s.reason for s in report.skipped}


@pytest.mark.parametrize(
    "text, value",
    [
        ("Eight other people were wounded across the city overnight.", 8),  # an area wider than one happening
        ("At least 22 others have been wounded in shootings since Friday evening.", 22),  # a period up to now
        ("Eight people were injured in two separate shootings on Monday.", 8),  # happenings counted apart
        ("The slaying was the first in a string of three shooting deaths this spring.", 3),  # a series
        ("A spate of shootings left five people dead.", 5),  # the series is the subject
        ("Police said 40 people have been killed in the city this year.", 40),  # the period so far
        ("Six people have been shot in the county since January.", 6),
        ("Police counted 40 people killed in shootings across the county.", 40),  # on the participle
        # a province, a district or a governorate is an area as a county is (claims 82)
        ("Police said at least 25 people were killed in attacks across the province on Monday.", 25),
        ("Nine farmers were abducted in raids throughout the district last week.", 9),
        ("Officers said 12 people who were wounded in shootings across the county were treated.", 12),  # a relative clause
        # the period on the participle that tells the happenings
        ("More than 100 people have died in assaults blamed on the rebels since November.", 101),
        # a span of years or months up to now that "recent" tells
        ("The feud has left dozens of herders dead in recent years.", 24),
        ("At least 300 people have been killed in the region over recent months.", 300),
        # a superlative on people ranks no happening
        ("The biggest gang in the port has killed 40 traders in recent years.", 40),
    ],
)
def test_a_figure_over_a_wider_area_or_period_is_a_tally(text, value):
    claims = fogcount.extract(text).claims
    assert [(c.value.low, c.scope) for c in claims] == [(value, "tally")]


@pytest.mark.parametrize(
    "text",
    [
        "Two men were shot across the street from the school on Friday.",  # "street" is no area of several
        "Gunmen killed six villagers in a district north of the capital.",  # a district as where, not across
        "A man was arrested after a series of shootings in the city.",  # the series is when, not what he counts
        "Five people were shot at a party over the weekend.",  # one happening in a period
        "Three people were wounded in a shooting at a bar.",  # one happening
        "Two men were shot at a bar earlier this year.",  # a point in the period
        "Four people were wounded in early morning shootings downtown.",  # a bare plural: one spree
        "Four people were killed in an attack carried out by gunmen on Sunday.",  # a participle with a day
        # a participle's area or period on a single happening tells of it, not of several
        "Four people died in an explosion heard across the town.",
        "Nine people were killed in a raid prepared since March.",
        # "recent" on one happening, and a past year without "recent", tell one happening
        "Five people were killed in a recent attack on the market.",
        "Two men were shot in the past year at the same corner.",
        # a span of years on a noun of the happening, or beside a superlative, ranks this one happening
        "The bloodiest ambush in recent years killed nine soldiers near the pass.",
        "A bomb killed 15 pilgrims on Sunday in the worst bombing the province had seen in recent months.",
    ],
)
def test_a_figure_of_one_happening_is_no_tally(text):
    claims = fogcount.extract(text).claims
    assert claims and all(c.scope is None for c in claims)


def test_a_ranked_happening_keeps_its_toll_and_its_ranked_victims():
    """ "the bloodiest raid in recent years" is one raid: its toll is the event's wherever it is told,
    and "a fourth" after it is one more of the hurt, not four."""
    report = fogcount.extract("Soldiers surrounded the village on Monday. The bloodiest raid in recent years killed "
                              "three guards, officials said. A fourth guard was wounded.", published="2024-03-15")
    assert [(f.category, f.best) for e in report.events for f in e.figures if f.category == "people.killed"] == \
        [("people.killed", 3)]
    assert [(c.category, c.value.low) for c in report.claims if c.category == "people.injured"] == \
        [("people.injured", 1)]


def test_a_scope_at_the_end_of_a_coordination_is_of_the_conjuncts_before_it():
    claims = fogcount.extract("Two men were killed and six others were wounded in shootings across the city.").claims
    assert [(c.value.low, c.scope) for c in claims] == [(2, "tally"), (6, "tally")]
    claims = fogcount.extract("Two people were killed in shootings across the city and a man was wounded at a bar.").claims
    assert [(c.value.low, c.scope) for c in claims] == [(2, "tally"), (1, None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the parser hangs the verb's complement on the day after it: "dead" still says what happened
        ("A trader was shot dead Sunday in the eastern town of Goma.", [("people.killed", 1, None)]),
        # a bare figure the parser makes a modifier of the participle after it
        ("The explosion killed nine people and left at least 40 injured, officials said.",
         [("people.killed", 9, None), ("people.injured", 40, None)]),
        # a second clause without its verb: the participle after its last subject is all of theirs
        ("Three guards were killed and two nurses and a cook injured Monday night when the camp was attacked.",
         [("people.killed", 3, None), ("people.injured", 3, None)]),
        # a bare figure with its whole's verb is still a part where "of them" says so
        ("In all, 180 people were hurt -- 60 of them by rubber bullets, the hospital said.",
         [("people.injured", 180, None), ("people.injured", 60, "c1")]),
    ],
)
def test_wire_frames_the_parser_breaks(text, expected):
    assert [(c.category, c.value.low, c.part_of) for c in fogcount.extract(text).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "up" the particle of the verb of a running total: the toll now stands at the figure, no bound
        ("Three more people died on Tuesday, taking the death toll up to 140 people.",
         [("people.killed", 3, 3), ("people.killed", 140, 140)]),
        ("Two more patients died, pushing the toll up to 57.", [("people.killed", 2, 2), ("people.killed", 57, 57)]),
        ("The death toll rose up to 33 on Sunday.", [("people.killed", 33, 33)]),
        ("Four more died, taking the number of deaths up to 90.", [("people.killed", 4, 4), ("people.killed", 90, 90)]),
        # "up to" of the figure itself stays a bound
        ("The flood killed up to 140 people.", [("people.killed", None, 140)]),
    ],
)
def test_a_total_taken_up_to_a_figure_stands_at_it(text, expected):
    claims = fogcount.extract(text).claims
    assert [(c.category, c.value.low, c.value.high) for c in claims] == expected


def test_a_total_taken_up_to_a_figure_is_cumulative():
    claims = fogcount.extract("Three more people died on Tuesday, taking the death toll up to 140 people.").claims
    assert (claims[-1].value.text, claims[-1].value.qualifier, claims[-1].value.cumulative) == ("140", None, True)


@pytest.mark.parametrize(
    "text",
    [
        "The clinic recorded 31 deaths among 260 patients.",
        "Officials recorded 31 reported deaths from a total of 260 patients.",
        "The outbreak has caused 31 deaths of 260 patients.",
    ],
)
def test_the_whole_a_counted_outcome_is_of_shares_no_outcome(text):
    claims = fogcount.extract(text).claims
    # the patients are the whole the dead are of: present, not dead ("31 reported" the parser may leave unhung)
    assert [(c.category, c.value.low) for c in claims if c.value.low == 260] == [("people.present", 260)]
    assert [c.value.low for c in claims if c.category == "people.killed"] in ([31], [])


def test_the_deaths_of_people_are_still_deaths():
    claims = fogcount.extract("The deaths of 4 patients were reported on Monday.").claims
    assert [(c.category, c.value.low) for c in claims] == [("people.killed", 4)]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry counts 14 confirmed dead, but 30 are still missing.",
        "Officials say there are 14 confirmed dead and 6 injured.",
    ],
)
def test_confirmed_dead_after_a_figure_are_dead(text):
    claims = fogcount.extract(text).claims
    assert ("people.killed", 14) in [(c.category, c.value.low) for c in claims]
    assert not any(c.value.low == 14 and c.category != "people.killed" for c in claims)


def test_a_coordinated_clause_with_its_own_subject_is_no_complement():
    claims = fogcount.extract("The ministry counts 14 dead, but 30 are still missing.").claims
    assert not any(c.value.low == 14 and c.category == "people.abducted" for c in claims)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Troops seized 36 rifles, 13 grenades and 900 rounds of ammunition.",
         [("weapons.seized", 36), ("weapons.seized", 13), ("weapons.seized", 900)]),
        ("Rebels destroyed two tanks and three trucks.", [("vehicles.destroyed", 2), ("vehicles.destroyed", 3)]),
        # things of one kind, and people, still add up
        ("Police seized 20 rifles and 5 rifles.", [("weapons.seized", 25)]),
        ("Gunmen killed two men and a woman.", [("people.killed", 3)]),
    ],
)
def test_things_of_different_kinds_are_not_added(text, expected):
    assert _counts(text) == expected


def test_what_an_arsenal_is_seized_with_its_contents():
    claims = fogcount.extract("Troops seized a huge arsenal of 36 rifles near the border.").claims
    assert [(c.category, c.value.low) for c in claims] == [("weapons.seized", 36)]


def test_a_name_that_modifies_the_counted_noun_is_not_counted():
    text = "Two years later, seven rural Lutheran and Greene County parishes merged."
    assert not [c for c in fogcount.extract(text).claims if c.value.low == 7]
    assert [c.value.low for c in fogcount.extract("Gunmen killed three Hezbollah fighters.").claims] == [3]


@pytest.mark.parametrize(
    "text",
    [
        "At least four of the patients known to have committed suicide at the clinic were young.",  # many
        "Nobody should have to seek help committing suicide.",  # what is done, by no one
        "The two brothers took their own lives.",  # not one
    ],
)
def test_a_suicide_of_many_or_of_no_one_is_no_death_of_one(text):
    assert not [c for c in fogcount.extract(text).claims if c.cue and c.cue.rule.startswith("self:")]


@pytest.mark.parametrize(
    "text",
    ["The gunman later committed suicide.", "A man who committed suicide was found on the shore.",
     "The shooter is believed to have committed suicide."],
)
def test_one_persons_suicide_is_still_a_death(text):
    assert [(c.category, c.value.low) for c in fogcount.extract(text).claims
            if c.cue and c.cue.rule.startswith("self:")] == [("people.killed", 1)]


def test_what_a_verb_of_hoping_in_ing_takes_is_wanted():
    # spaCy's lemma of "hoping" is "hop"
    assert fogcount.extract("Next year the club is hoping to draw about 60 members.").claims == []


def test_a_capitalised_road_before_a_number_names_the_road():
    claims = fogcount.extract("Drivers say current Route 12 commuters face long delays.").claims
    assert not [c for c in claims if c.value.low == 12]
    claims = fogcount.extract("On Route 12, three people were hurt.").claims
    assert [(c.category, c.value.low) for c in claims] == [("people.injured", 3)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # families, vague or exact, are households (claims 77)
        # (in the past: "there are many, many families" in the present is what the world holds, _there_are_many)
        ("There were many, many families who lived near the plant.", [("families.present", None, None)]),
        ("Dozens and dozens of people were hurt.", [("people.injured", 24, 99)]),
    ],
)
def test_a_vague_word_said_twice_is_one_figure(text, expected):
    claims = fogcount.extract(text).claims
    assert [(c.category, c.value.low, c.value.high) for c in claims] == expected


def test_the_last_of_a_long_list_shares_its_verb():
    text = "Troops seized 12 rifles, two launchers, 13 grenades, 300 rounds of ammunition, 180 magazines and eight trucks."
    claims = fogcount.extract(text).claims
    assert ("vehicles.seized", 8) in [(c.category, c.value.low) for c in claims]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gunmen killed a farmer, teacher and a nurse.", [("people.killed", 3)]),
        ("Police arrested a man, woman and a boy.", [("people.captured", 3)]),
        # no "a" after it: "a husband and father" may be one person
        ("A husband and father of three was killed.", [("people.killed", 1)]),
    ],
)
def test_a_bare_noun_inside_a_list_of_ones_is_one(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text",
    ["The gunman killed two guards and wounded five before taking his own life.",
     "He shot his neighbour, before committing suicide in his car."],
)
def test_one_persons_suicide_after_a_preposition_is_a_death(text):
    assert [(c.category, c.value.low) for c in fogcount.extract(text).claims
            if c.cue and c.cue.rule.startswith("self:")] == [("people.killed", 1)]


def test_a_date_before_a_death_is_no_figure_of_its_own():
    claims = fogcount.extract("Police have not arrested any suspects in the May 12 death of Darnell Brooks near the park.").claims
    assert ("people.killed", 1, "Darnell Brooks") in [(c.category, c.value.low, c.value.text) for c in claims]


def test_a_light_participle_with_an_act_of_its_own_gives_no_outcome():
    # "believed to have shot the victim": what the sibling did, not what happened to him
    claims = fogcount.extract("The case involves a sibling who is believed to have shot the victim.").claims
    assert not [c for c in claims if c.value.text.lower() == "a"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # two nouns of kinship or sex under one "a" or one possessive: two people
        ("A man and woman were wounded outside the bar.", [("people.injured", 2)]),
        ("A mother and son were killed in the fire.", [("people.killed", 2)]),
        ("Gunmen killed her father and daughter on Sunday.", [("people.killed", 2)]),
        # a singular verb: one person with two kin words
        ("A husband and father was killed in the crash.", [("people.killed", 1)]),
        # titles, not kin: maybe one person
        ("Her assistant and spokesman were killed in the blast.", [("people.killed", 1)]),
        # a subject's verb of no number: two only for two sexes; "of three": what one man is to his family
        ("A man and woman died in the attack.", [("people.killed", 2)]),
        ("A husband and father died in the crash on Sunday.", [("people.killed", 1)]),
        # kin whose sex only WordNet's gloss tells ("a male parent", "a female human offspring")
        ("A father and daughter died in the fire on Sunday.", [("people.killed", 2)]),
        ("A brother and sister died in the blaze.", [("people.killed", 2)]),
        ("A cousin and uncle died in the crash.", [("people.killed", 1)]),
        ("Gunmen killed a husband and father of three on Sunday.", [("people.killed", 1)]),
        ("A wife and mother of two died in the attack.", [("people.killed", 1)]),
    ],
)
def test_two_kin_nouns_under_one_determiner_are_two_people(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The fallen mayor will be remembered by thousands of people.",  # the agent's "by"
        "The coach said fans will see him beat many of his rivals.",  # a bare infinitive's time is its governor's
        "Fans will see Michael Carter doing the same thing to many of his rivals.",  # "to" a dative,
        "The city will try to hire 20 new officers.",
        "The club is going to hire 20 coaches next spring.",
        "You better have 14 players ready to run.",  # "(had) better": required, not there
    ],
)
def test_a_future_through_an_agent_a_complement_or_going_to_is_no_figure(text):
    report = fogcount.extract(text)
    assert [c for c in report.claims if c.category.startswith("people.")] == []
    assert "hypothetical" in {s.reason for s in report.skipped}


@pytest.mark.parametrize(
    "text, category, low",
    [
        ("The man will face charges in the killing of two women.", "people.killed", 2),  # the killing's own time
        ("Police will question a man holding two hostages.", "people.abducted", 2),  # a noun's modifier keeps its time
        ("The team played better with 14 players.", "people.present", 14),
    ],
)
def test_a_future_elsewhere_keeps_the_figure(text, category, low):
    claims = fogcount.extract(text).claims
    assert [(c.category, c.value.low) for c in claims if c.value.low == low] == [(category, low)]


@pytest.mark.parametrize(
    "text, whole",
    [
        ("The 12 killed included three children and two women.", ("people.killed", 12)),
        ("The 30 people wounded in the attack included two police officers.", ("people.injured", 30)),
    ],
)
def test_what_a_counted_toll_includes_are_its_parts(text, whole):
    claims = fogcount.extract(text).claims
    assert (claims[0].category, claims[0].value.low) == whole
    assert [(c.category, c.part_of) for c in claims[1:]] == [(whole[0], claims[0].id)]


def test_what_people_at_a_place_include_stays_there():
    claims = fogcount.extract("The 40 people at the rally included six children.").claims
    assert [c.category for c in claims] == ["people.present", "people.present"]


@pytest.mark.parametrize(
    "text",
    [
        "Two men suffered broken bones in the crash.",  # a part of the body a word of breaking modifies
        "One passenger sustained a fractured skull.",
        "One woman suffered cuts and bruises.",  # a conjunct WordNet files under injury
        "Two firefighters suffered burns in the blaze.",
        "Forty soldiers sought treatment for burns after the blast.",
        "Three firefighters received treatment for smoke inhalation after the fire.",
        "The woman cut one of the men on his thigh.",  # cut on a part of the body
    ],
)
def test_people_who_suffer_an_injury_or_are_cut_on_the_body_are_hurt(text):
    claims = fogcount.extract(text).claims
    assert [c.category for c in claims] == ["people.injured"]


def test_treatment_for_an_illness_is_no_wound():
    claims = fogcount.extract("Five patients received treatment for cancer at the clinic.").claims
    assert [c.category for c in claims] == ["people.present"]


@pytest.mark.parametrize(
    "text",
    [
        "Investigators did not determine how long ago the man had died.",
        "Police did not say when the two men were killed.",
        "Police have not determined who killed the two men.",
    ],
)
def test_a_negation_over_an_indirect_question_leaves_what_it_asks_about(text):
    claims = fogcount.extract(text).claims
    assert [(c.category, c.negated) for c in claims] == [("people.killed", False)]


@pytest.mark.parametrize(
    "text",
    [
        "Police would not confirm whether five people were killed.",
        "The army did not say if 20 soldiers were killed in the ambush.",
    ],
)
def test_a_negation_over_whether_leaves_the_outcome_in_doubt(text):
    """ "whether" asks if it happened at all, not when or who: the denial reaches the outcome."""
    claims = fogcount.extract(text).claims
    assert [(c.category, c.negated) for c in claims if c.category.startswith("people.")] == [("people.killed", True)]


def test_a_negation_over_a_that_clause_still_reaches_it():
    claims = fogcount.extract("The army did not say that it killed 20 people.").claims
    assert [(c.category, c.negated) for c in claims] == [("people.killed", True)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The 2009 pageant contestants met the judges on Friday.", []),  # a year before the occasion's noun
        ("The 2010 festival volunteers were thanked.", []),
        ("The 2000 police officers were deployed downtown.", [("people.present", 2000)]),  # a group's noun
    ],
)
def test_a_dated_year_before_a_noun_of_an_occasion_counts_no_one(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The letter was one of five sent to the mayor.", []),  # "five" letters, no people
        ("His car was one of three damaged in the blast.", [("vehicles.damaged", 1)]),
        ("The victim was one of three killed.", [("people.killed", 1)]),
    ],
)
def test_a_bare_figure_after_a_copula_counts_what_its_subject_is(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "That is our theme for the cleanup because our goal is 20,000 volunteers region-wide.",  # hung on "wide"
        "This is a big county, and we need that many volunteers to make it shine.",  # hung on "that"
        "Our goal is to feed 200 families.",  # what a goal is: an infinitive
    ],
)
def test_what_a_goal_is_or_a_need_takes_is_wanted_whatever_the_parse_hangs_it_on(text):
    report = fogcount.extract(text)
    assert report.claims == []
    assert "hypothetical" in {s.reason for s in report.skipped}


@pytest.mark.parametrize(
    "text, low",
    [
        ("The goal of the 20 volunteers was clear.", 20),  # a phrase of its own under the goal
        ("The problem is that 20 soldiers died.", 20),
        ("The number of people who were killed is 86.", 86),  # no "one of": the copula's figure is the toll
    ],
)
def test_a_figure_beside_a_copula_or_a_goal_noun_of_its_own_stays(text, low):
    assert [c.value.low for c in fogcount.extract(text).claims] == [low]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The lodge will host a comedy show featuring three comedians on Saturday.", []),
        ("The club will hold a dinner honoring 12 veterans.", []),
        ("The lodge hosted a show featuring three comedians.", [("people.present", 3)]),  # it happened
        ("Police will investigate an attack killing 20 people.", [("people.killed", 20)]),  # an outcome's own time
    ],
)
def test_people_a_future_occasion_features_are_not_there_yet(text, expected):
    assert _counts(text) == expected


def test_the_same_count_of_the_same_definite_noun_in_one_sentence_is_told_again():
    report = fogcount.extract("With the two wrestlers splitting their matches, Smith widened the gap "
                              "between the two wrestlers.")
    assert [(c.category, c.value.low) for c in report.claims] == [("people.present", 2)]
    assert "the same people again" in {s.reason for s in report.skipped}


def test_the_same_count_in_another_role_or_indefinite_is_told_apart():
    claims = fogcount.extract("The two men were shot and two men were arrested.").claims
    assert [c.category for c in claims] == ["people.injured", "people.captured"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The boat is big enough to carry 40 people.", []),  # a capacity
        ("He found a shop that was large enough to work on several trucks at once.", []),
        ("He was brave enough to rescue three children.", [("people.present", 3)]),  # no size: it happened
    ],
)
def test_what_a_thing_is_big_enough_for_is_a_capacity(text, expected):
    assert _counts(text) == expected


def test_the_full_stop_of_a_suffix_is_no_name():
    claims = fogcount.extract("A fire killed a man on Monday. The body of John Smith Sr., 84, was found.").claims
    assert [c.value.text for c in claims] == ["a", "John Smith Sr"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two sailors drowned and 14 others remained missing when the ship sank.",
         [("people.killed", 2), ("people.present", 14)]),  # lost in a mishap, not taken
        ("Gunmen attacked the village and 14 people remain missing.", [("people.abducted", 14)]),
        ("The ferry sank after gunmen seized it, and 14 passengers remain missing.", [("people.abducted", 14)]),
        # "storm" as a verb is an assault, as a noun weather (mishap_nouns_only)
        ("Bandits stormed a boarding school in Kaduna state, and 30 students are missing.",
         [("people.abducted", 30)]),
        ("Armed men stormed a boarding school on Monday, and 30 students are missing.", [("people.abducted", 30)]),
        ("Fourteen people remain missing after the storm hit the coast.", [("people.present", 14)]),
    ],
)
def test_people_missing_in_a_mishap_are_lost_not_taken(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("There is still a demand but not enough to support a shop of several employees.", []),
        ("The charity was able to feed 300 people.", [("people.present", 300)]),  # "was able to": it did (not "families": groups)
        ("The school is looking for 10 families to pay the tuition.", []),  # sought, as with "seek"
        ("Police seek two men who robbed a bank.", []),
    ],
)
def test_what_could_be_or_is_sought_is_no_figure(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The victim sustained a gunshot wound to the back and one in the leg.", []),  # one more wound
        ("Gunmen killed a policeman and two in the market.", [("people.killed", 1), ("people.killed", 2)]),
    ],
)
def test_a_bare_figure_coordinated_with_a_noun_counts_its_kind(text, expected):
    claims = fogcount.extract(text).claims
    assert [(c.category, c.value.low) for c in claims if c.category.startswith("people.")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two missing teenagers found unharmed.", [("people.present", 2)]),  # found safe
        ("Police found a hiker who had been reported missing.", []),  # one person lost, no figure
        ("Rebels raided the camp and two hikers were reported missing.", [("people.abducted", 2)]),  # a taking
    ],
)
def test_people_reported_missing_or_found_safe_are_lost_not_taken(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A small earthquake that was not felt by many people struck overnight.", []),  # the agent did not
        ("The quake was felt by many people.", [("people.present", None)]),
    ],
)
def test_the_agent_of_a_negated_passive_is_no_figure_of_people_there(text, expected):
    assert _counts(text) == expected


def test_a_sentence_told_again_word_for_word_is_told_once():
    text = ("Neither of the two hikers was hurt and both are safe, the ranger said. Rescuers found them on "
            "Monday. Neither of the two hikers was hurt and both are safe, the ranger said.")
    claims = fogcount.extract(text).claims
    assert [(c.category, c.value.low) for c in claims if c.category == "people.injured"] == [("people.injured", 0)]
    # a short formula two happenings share is no sentence told again
    claims = fogcount.extract("A man was shot on Elm Street. He died. A woman was shot on Oak Street. He died.").claims
    assert [c.category for c in claims] == ["people.killed", "people.killed"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a clause of time in the present under a future: a future
        ("The mayor believes the ratio will stay the same when as many as 850 volunteers take part in the "
         "cleanup.", []),
        ("The ship will sail once 40 passengers board.", []),
        # under a past verb it tells what happened
        ("Police arrived when two men fired shots at the crowd.", [("people.present", 2)]),
    ],
)
def test_a_clause_of_time_takes_its_governors_time(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The fund needs enough money to cover a large number of uninsured people.", []),
        ("The group has enough money to feed 300 families this winter.", []),
        ("They brought enough food to feed a large number of people.", []),
        ("There are enough beds to house 40 people.", []),
        ("They brought food to feed 300 people.", [("people.present", 300)]),  # fed, no "enough"
    ],
)
def test_what_a_thing_is_enough_for_is_no_figure(text, expected):
    assert _counts(text) == expected


def test_a_conjunct_joined_to_the_same_name_twice_is_the_same_people():
    text = "When Smith and two other men were charged, prosecutors said Smith and two other men had robbed four stores."
    assert [(c.category, c.value.low) for c in fogcount.extract(text).claims] == [("people.present", 2)]
    text = ("At the time Smith and two other men were charged in 2006, prosecutors said that during a ten-day "
            "period Smith and two other men robbed a series of stores.")  # the second time parsed otherwise
    assert [(c.category, c.value.low) for c in fogcount.extract(text).claims] == [("people.present", 2)]
    text = "Smith and two other men were shot, and Jones and two other men were arrested."
    assert [c.category for c in fogcount.extract(text).claims] == ["people.injured", "people.captured"]
    text = "Two men were shot and two men were arrested."  # no word they are joined to: other people
    assert [c.category for c in fogcount.extract(text).claims] == ["people.injured", "people.captured"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A rumor that three women were killed at the mall spread on Monday.", []),
        ("A rumour warning shoppers that a gang is going to take part in the killing of three women has no "
         "credibility, police said.", []),
        ("Three people were killed after a rumor spread in the village.", [("people.killed", 3)]),
        ("The rumour sparked riots that killed 12 people.", [("people.killed", 12)]),
        # a relative clause opened by "in which" tells what happened (review of this session)
        ("The 2017 hoax, in which police shot and killed a 28-year-old man, led to charges.", [("people.killed", 1)]),
    ],
)
def test_what_a_rumour_tells_is_no_figure(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("She is so scared she can't even hold her own little baby, he said.", []),
        ("The city cannot be responsible for damage to a resident's vehicle.", []),
        ("The virus can kill 20 people a day.", []),
        # the modal of another verb than the figure's
        ("Police can confirm that 20 people were killed on Monday.", [("people.killed", 20)]),
        ("Gunmen killed 20 people, police said.", [("people.killed", 20)]),
        # "can" on a passive verb of seeing or confirming reports what is there (review of this session)
        ("At least 10 people can be confirmed dead, officials said.", [("people.killed", 10)]),
        ("Officials say 30 bodies can be seen lying in the street.", [("people.killed", 30)]),
    ],
)
def test_what_one_can_or_cannot_do_is_no_figure(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Smith disappeared but was arrested this month after a long search.", []),  # a fugitive: no figure
        ("Two men disappeared after gunmen attacked the village.", [("people.abducted", 2)]),
        ("Fourteen sailors disappeared when the ship sank.", [("people.present", 14)]),  # lost in a mishap
    ],
)
def test_one_who_disappears_and_is_arrested_is_no_one_taken(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A permit must be obtained for any event with 50 or more people on public property.", []),
        ("Every home with more than two children gets a grant.", []),
        ("Gunmen attacked a bus with 40 passengers.", [("people.present", 40)]),  # a bus, no rule of any
    ],
)
def test_a_figure_on_any_one_of_a_kind_is_no_count(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the one named as killed, told hurt by name elsewhere: the wound that killed, the same person
        ("A van was seen leaving seconds after John Smith was shot. Smith was killed in the parking lot on Monday.",
         [("people.killed", None), ("people.killed", "c1")]),
        ("The engineer was gunned down in the parking lot. A van left seconds after Harlow was shot. Victim "
         "Peter Harlow was killed in 1994.",
         [("people.killed", None), ("people.killed", "c1"), ("people.killed", "c1")]),
        # two people of one family name, or two names: as they are
        ("John Smith was shot in the leg on Monday. His brother Mike Smith was killed.",
         [("people.injured", None), ("people.killed", None), ("people.killed", "c2")]),
        ("John Smith was shot in the leg on Monday. Mary Jones was killed.",
         [("people.injured", None), ("people.killed", None)]),
        # one of that name who lives on, one of a separate shooting, one with a title (review of this session)
        ("Jose Martinez, 34, was killed. Martinez's son was shot in the arm. Police said Martinez was wounded and "
         "is expected to survive.",
         [("people.killed", None), ("people.injured", None)]),
        ("Garcia was shot in the leg Monday. In a separate attack, Maria Garcia was killed on Tuesday.",
         [("people.injured", None), ("people.killed", None)]),
        ("The victim, Lee, was shot and killed. Officer Lee was wounded.",
         [("people.killed", None), ("people.injured", None)]),
    ],
)
def test_one_named_as_killed_and_told_hurt_by_name_is_one_death(text, expected):
    claims = fogcount.extract(text).claims
    assert [(c.category, c.part_of) for c in claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "dead" parsed as a clause of its own after "found": the subject's complement all the same
        ("The two Denver women found dead this past weekend in their home died hours apart, the coroner said.",
         [("people.killed", 2)]),
        ("Police found two men dead in a car.", [("people.killed", 2)]),
        ("Two men found guilty of the murder were jailed.", [("people.present", 2)]),
    ],
)
def test_found_dead_parsed_as_a_clause_is_dead(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the parser's participle subject of "included": its outcome is the toll's, the parts are of it
        ("Officials said the 20 killed included four children and four women.",
         [("people.killed", 20, None), ("people.killed", 8, "c1")]),
    ],
)
def test_parts_of_a_toll_under_a_verb_of_saying(text, expected):
    claims = fogcount.extract(text).claims
    assert [(c.category, c.value.low if not c.negated else 0, c.part_of) for c in claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Crews restored power at a rate of 11 to 12 customers per mile.", []),
        ("Twelve people were killed per police reports.", [("people.killed", 12)]),  # "per" a source: a count
        ("Two killed per state police.", [("people.killed", 2)]),
        ("Four wounded per local media reports.", [("people.injured", 4)]),
        ("The plant needs two officers per shift.", []),
    ],
)
def test_a_figure_per_unit_is_a_rate(text, expected):
    assert _counts(text) == expected


def test_a_death_at_an_age_after_a_sentence_of_harm_is_a_toll():
    # the attack is told in the sentence before: no obituary's deaths (review of the merge, finding B)
    claims = fogcount.extract("Gunmen attacked a village near Kaduna on Monday. "
                              "Aisha Musa died at age 9 and her brother died at age 12.").claims
    assert [(c.category, c.value.low) for c in claims] == [("people.killed", 1), ("people.killed", 1)]
    # two sentences of no harm: still an obituary's
    assert fogcount.extract("Jane Doe taught at the school for 40 years. She died at age 81.").claims == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We'd hate to take on 30 new staff.", []),  # "'d" before a bare verb: would
        ("They said they'd hire 20 officers.", []),
        ("He'd killed two men before he was caught.", [("people.killed", 2)]),  # "'d" before a participle: had
    ],
)
def test_a_contracted_would_is_a_future(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe, a longtime fixture in county politics, has died at age 81.",  # a death at an age: an obituary's
        "The retired judge died at the age of 90 on Monday.",
        "The bishop died on Sunday of a long battle with cancer.",  # through "with" to the illness
        "The former senator died of complications of diabetes.",  # through "of"
        "Ms. Roe died Saturday of complications from a stroke.",  # illness_words: WordNet's stroke is a swing first
        "The former mayor died of a heart attack at his home.",  # a compound of illness_words
        # no cause preposition, but an illness named in a sentence of no violence (_death_in_illness_news)
        "Mary Roe died Monday at a hospice following a long illness.",
    ],
)
def test_a_natural_death_is_no_toll(text):
    assert [c.category for c in fogcount.extract(text).claims if c.category == "people.killed"] == []


@pytest.mark.parametrize(
    "text, low",
    [
        ("The soldier died at age 22 in the bombing.", 1),  # a word of harm in its sentence: a toll
        ("A man shot on Friday died at 3 a.m. Sunday.", 1),  # a clock time, no age
        ("Two men died of a battle with the militants.", 2),  # no illness the battle is with
        ("A woman died from complications of gunshot wounds.", 1),
        ("Three people died after the attack on the village.", 3),
    ],
)
def test_a_death_at_an_age_or_after_a_harm_stays_a_toll(text, low):
    claims = [c for c in fogcount.extract(text).claims if c.category == "people.killed"]
    assert [c.value.low for c in claims] == [low]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Of the state's population of 3.5 million people, a tenth live in the capital.", []),
        ("The law covers towns with as few as 300 people.", []),  # the parser hangs "with" on the verb
        ("Smalltown is a village of 300 people near the border.", []),
        ("The city of 40,000 residents voted on Tuesday.", []),
        ("Soldiers filled the town with 300 troops.", [("people.present", 300)]),  # who is there, not who lives
        ("A fire broke out in a home with six people inside.", [("people.present", 6)]),  # a home: no population
    ],
)
def test_the_population_of_a_place_is_no_count(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Missing Elm Park woman is found.", []),  # the one missing found: lost, not taken
        ("Police said a missing hiker was located on Monday.", []),
        ("Gunmen stormed the village and a missing woman was found in the forest.", [("people.abducted", 1)]),
    ],
)
def test_one_missing_and_found_is_lost_not_taken(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Maybe one of those is guilt.", []),  # a pronoun's figure: what the copula says it is
        ("The town was one of seven finalists.", []),  # towns, not people
        ("Smith was one of seven finalists.", [("people.present", 1), ("people.present", 7)]),
        ("Two of the others were children.", [("people.present", 2)]),
        # people at large are people whatever the subject, and a shooter (first a marble) is a person
        # (review of the merge, finding C)
        ("The shooter was one of five people killed in the attack at a market in Kano on Monday.",
         [("people.killed", 1), ("people.killed", 5)]),
        ("The shooter was one of five victims.", [("people.casualties", 1), ("people.casualties", 5)]),
    ],
)
def test_what_a_copula_says_a_figure_is_decides_what_it_counts(text, expected):
    assert _counts(text) == expected


def test_what_may_be_is_no_figure():
    assert fogcount.extract("Police raised the possibility of a lot of suspects.").claims == []


def test_those_who_report_their_injuries_are_hurt():
    claims = fogcount.extract("Three people reported minor injuries.").claims
    assert [(c.category, c.value.low) for c in claims] == [("people.injured", 3)]
    assert fogcount.extract("Police reported no injuries.").claims == []  # no one counted: none of theirs


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Three doctors were flown to the hospital to help with the surgery.", []),
        ("Police drove the two suspects to the hospital for blood tests.", []),
        ("Three men were transported to a hospital after the shooting.", [("people.injured", 3)]),  # a harm
        ("A gunman opened fire at a bar. Three men were transported to a hospital.", [("people.injured", 3)]),
        ("The two wounded men were flown to the hospital.", [("people.injured", 2)]),  # hurt, by their adjective
        # a grade of the hurt's condition, a harm no other rule reads ("struck"), a harm told in the sentence after
        ("Four workers were flown to the hospital in serious condition.", [("people.injured", 4)]),
        ("Two cyclists were driven to a hospital after being hit by a bus.", [("people.injured", 2)]),
        ("Five hikers were carried to a hospital. A rock slide had buried the trail.", []),
        ("Five hikers were carried to a hospital. A gunman had opened fire on the trail.", [("people.injured", 5)]),
        ("Two guards were brought to a hospital. A nurse said they were in critical condition.",
         [("people.injured", 2)]),
    ],
)
def test_the_carried_to_care_are_hurt_only_where_a_harm_is_told(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two witnesses reported minor injuries among the protesters.", []),  # the protesters' injuries
        ("Firefighters reported injuries to two officers.", [("people.injured", 2)]),  # the officers hurt
        ("Three people reported minor injuries after the crash.", [("people.injured", 3)]),  # their own
        ("Three people reported minor injuries to their legs.", [("people.injured", 3)]),  # a part of the body
        # a part of the body with no possessive is no person, whatever the table of units says ("per head")
        ("Four riders reported injuries to the head.", [("people.injured", 4)]),
    ],
)
def test_injuries_reported_among_others_are_not_the_reporters(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a military vehicle (WordNet's hyponyms of vehicle_roots, vehicle_nouns, an arming adjective), a
        # vehicle of a convoy or a patrol, or vehicles taking part in an action
        ("Five armoured vehicles were seen near the town.", [("vehicles.present", 5)]),
        ("A convoy of 30 trucks crossed the border.", [("vehicles.present", 30)]),
        ("Two military trucks blocked the road.", [("vehicles.present", 2)]),
        # vehicles told with a force in one coordination are the force's (the example article's "terrorists
        # and up to 700 vehicles"); two kinds of car alone are not
        ("Three hundred soldiers and 40 trucks crossed the river.", [("people.present", 300), ("vehicles.present", 40)]),
        ("Two cars and three vans were parked outside.", []),
        # a crash's vehicles, cars passing by, a company's fleet: no force, no action (claims._licensed_presence)
        ("Two cars drove past his house.", []),
        ("The crash involved three vehicles on Route 9.", []),
        ("The company runs 800 trucks across the state.", []),
        # a force's own vehicles: held by a preposition on a force noun or on a verb whose subject is a force
        ("Militiamen in four trucks attacked the convoy.", [("vehicles.present", 4)]),
        ("The rebels fled aboard six motorcycles.", [("vehicles.present", 6)]),
        ("Our neighbours arrived in two cars.", []),  # no force
        # a vehicle armed with a weapon (WordNet's nouns under weapon_roots)
        ("Eight pickups mounted with heavy machine guns crossed the bridge.", [("vehicles.present", 8)]),
        ("Three vans loaded with furniture crossed the bridge.", []),  # no weapon
        # people ask no licence: they keep the default outcome
        ("That was news to two aldermen.", [("people.present", 2)]),
    ],
)
def test_a_presence_of_vehicles_needs_a_force_or_an_action(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # people set on fire are killed; the same verbs on houses or cars destroy them (the unit chooses)
        ("At least seven men were set ablaze at the market on Wednesday.", [("people.killed", 7)]),
        ("Attackers set four women on fire.", [("people.killed", 4)]),
        ("The mob torched three suspects.", [("people.killed", 3)]),
        ("Gunmen set ablaze 20 houses in the village.", [("buildings.destroyed", 20)]),
        ("Rioters set two cars alight.", [("vehicles.destroyed", 2)]),
    ],
)
def test_people_set_on_fire_are_killed_and_houses_destroyed(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # set on fire and told to have lived (survival_words): hurt, not dead
        ("Three traders were set alight by the mob but survived.", [("people.injured", 3)]),
        ("The crowd torched two thieves, who were rescued by soldiers.", [("people.injured", 2)]),
    ],
)
def test_people_set_on_fire_who_lived_are_hurt(text, expected):
    assert _counts(text) == expected


def test_the_word_classes_are_loaded_with_the_first_document():
    from fogcount.lexicon import nouns_under
    from fogcount.stages import claims as claims_stage
    from fogcount.vocabulary import vocabulary

    vocab = vocabulary()
    extract_claims(_annotation("nothing was counted here".split()), vocab)  # no figure asks for any class
    loads = claims_stage._load_word_classes.cache_info()
    claims_stage._load_word_classes(vocab)  # this vocabulary's classes: loaded by the extraction above
    assert claims_stage._load_word_classes.cache_info().hits == loads.hits + 1
    hits = nouns_under.cache_info().hits
    nouns_under(*vocab.vehicle_roots)  # a vehicle's licence: already loaded
    assert nouns_under.cache_info().hits == hits + 1


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Officers said the blaze began at dawn. One family was moved out of the burning building.",
         [("families.present", 1)]),  # a family, not one person: families are a unit of their own
        ("Officers said the blaze began at dawn. The storm displaced two families and injured a firefighter.",
         [("families.displaced", 2), ("people.injured", 1)]),
        ("Officers said the blaze began at dawn. Three crews fought the fire through the night.", []),  # no one counted
        ("Officers said the blaze began at dawn. The crew was injured when the boat capsized.",
         [("people.injured", 1)]),  # at least one of the crew (test_a_harm_to_groups_is_a_lower_bound_of_people)
        ("At least 2 crew drowned when the ferry sank off the coast.", [("people.killed", 2)]),  # members
        ("Raiders killed a family of five in the hamlet.", [("people.killed", 5)]),  # "of five" counts people
    ],
)
def test_a_figure_of_a_group_noun_counts_groups_not_people(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a harm to families or crews: at least one person each, no upper bound, so the toll keeps it
        ("Mortars fell on the camp at noon. Four families were killed in the shelling.",
         [("people.killed", 4, None)]),
        ("Mortars fell on the camp at noon. Scores of families were wounded in the shelling.",
         [("people.injured", 40, None)]),
        ("Mortars fell on the camp at noon. Two ambulance crews were wounded by the second shell.",
         [("people.injured", 2, None)]),
        ("Mortars fell on the camp at noon. Four crews of medics were killed near the gate.",
         [("people.killed", 4, None)]),
        # households only where the outcome counts them; vague as exact
        ("Mortars fell on the camp at noon. Hundreds of families fled the camp.", [("families.fled", 200, 999)]),
        ("Mortars fell on the camp at noon. Dozens of families were displaced by the fire.",
         [("families.displaced", 24, 99)]),
        ("Mortars fell on the camp at noon. Two crews put out the fire.", []),  # no harm: no one counted
    ],
)
def test_a_harm_to_groups_is_a_lower_bound_of_people(text, expected):
    assert [(c.category, c.value.low, c.value.high) for c in fogcount.extract(text).claims] == expected


def test_a_harm_to_families_stays_in_the_events_toll():
    report = fogcount.extract("Mortars fell on the camp at noon. Three families were killed in the shelling.")
    assert [(f.category, f.low) for e in report.events for f in e.figures] == [("people.killed", 3)]


def test_group_count_nouns_are_groups_in_wordnet():
    from fogcount.lexicon import group_nouns
    from fogcount.vocabulary import vocabulary
    assert vocabulary().group_count_nouns <= group_nouns()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The mayor spoke on Tuesday. Many drivers ignore the stop sign at the corner.", []),
        ("The clinic opened in May. It turns away hundreds of people every week.", []),
        ("The mayor spoke on Tuesday. Many voters say the tax is too high.", [("people.present", None)]),
        ("The mayor spoke on Tuesday. Many neighbours were upset about the fire.", [("people.present", None)]),
        ("The mayor spoke on Tuesday. About 40 people work at the firm.", [("people.present", 36)]),
        ("The mayor spoke on Tuesday. The firm employs about 40 people.", []),  # a workforce (_employed)
        ("Thousands attend vigil for a teacher", [("people.present", 2000)]),  # a headline's present
        ("The mayor spoke on Tuesday. Many tenants often complain about the noise.", []),  # a frequency
        # a force's size or a present state, no habit
        ("Shelling went on overnight. Dozens of rebels hold the bridge.", [("people.present", 24)]),
        ("Shelling went on overnight. Hundreds of villagers now camp beside the river.", [("people.present", 200)]),
        ("Shelling went on overnight. Hundreds of residents sleep in the mosque.", [("people.present", 200)]),
        ("Shelling went on overnight. Scores of troops patrol the market.", [("people.present", 40)]),
    ],
)
def test_a_habit_of_people_in_the_simple_present_is_no_happening(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an exact figure with a frequency: a rate (_a_rate)
        ("The mayor spoke on Tuesday. The shelter turns away 40 people a night.", []),
        ("The mayor spoke on Tuesday. More than 3 million adults are infected every year.", []),
        ("The mayor spoke on Tuesday. The clinic sees 25 children who need surgery every month.", []),
        ("The mayor spoke on Tuesday. The bakery serves 200 customers per day.", []),
        ("The mayor spoke on Tuesday. The annual county fair, which draws 90,000 people, was cancelled.", []),
        # no frequency, or a past: a count
        ("The mayor spoke on Tuesday. The annual county fair, which drew 90,000 people, was cancelled.",
         [("people.present", 90000)]),
        ("The mayor spoke on Tuesday. The shelter turned away 40 people on Monday night.", [("people.present", 40)]),
        ("The mayor spoke on Tuesday. The bakery fed 12 people.", [("people.present", 12)]),
        ("The mayor spoke on Tuesday. The bakery employs 12 people.", []),  # a workforce (_employed)
        ("The mayor spoke on Tuesday. Twelve volunteers cleaned the park.", [("people.present", 12)]),
    ],
)
def test_an_exact_figure_with_a_frequency_is_a_rate(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a vague figure reads frequency as an exact one does (_a_rate for both): "per week", "a day"
        ("The mayor spoke on Tuesday. The shelter takes in hundreds of people per week.", []),
        ("The mayor spoke on Tuesday. The ferry carries thousands of passengers a day.", []),
        # no frequency: a count
        ("The mayor spoke on Tuesday. Hundreds of people gathered in the square on Monday.",
         [("people.present", 200)]),
    ],
)
def test_a_vague_figure_with_a_frequency_is_a_rate(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a death in news of an illness, no word of the death taking it for a cause (_death_in_illness_news)
        ("An outbreak of measles has killed 12 children in the province.", []),
        ("The flu virus, which has killed 30 people in the region, is spreading.", []),
        ("Two people have died after contracting the virus, officials said.", []),
        ("Another patient infected with the virus died on Monday.", []),
        ("The first death from the flu was confirmed on Monday. The man, 41, died at a city hospital.", []),
        ("The virus has reached three provinces. Schools were closed. Officials said four villagers died.", []),
        ("Farmers culled 500 infected pigs on Sunday. Two farm workers who caught the virus died.", []),
        # a violence, a poisoning, an accident or a disaster: a toll
        ("Gunmen killed 12 health workers at a measles vaccination centre.", [("people.killed", 12)]),
        ("Three nurses were shot dead at a cholera clinic.", [("people.killed", 3)]),
        ("Two children died after eating sweets laced with poison, and six others fell ill.",
         [("people.killed", 2), ("people.present", 6)]),
        ("Floods have killed 40 people and cholera cases are rising.", [("people.killed", 40)]),
        ("The ward had a flu outbreak. Two patients were executed by the militia.", [("people.killed", 2)]),
        ("The virus has reached three provinces. A bus crash killed nine people.", [("people.killed", 9)]),
        # the found dead keep their toll unless their own sentence names the illness
        ("A cholera outbreak spread through the camp. Three refugees were found dead in a ditch.",
         [("people.killed", 3)]),
        ("The virus has reached three provinces. Schools were closed. The bodies of two men were recovered.",
         [("people.killed", 2)]),
        # what the noun of an illness is "of" says what it is: no illness
        ("At least 10 people were feared dead in an outbreak of fresh hostilities between two villages.",
         [("people.killed", 10)]),
    ],
)
def test_a_death_in_news_of_an_illness_is_no_toll(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a pathogen (WordNet's microorganisms) as the doer of a killing: an illness's dead
        ("A deadly bacteria that has killed 12 patients and infected 300 others at a city hospital may have come "
         "from abroad.", [("people.present", 300)]),
        ("A gang that has killed 12 people and robbed 30 others at a city market may have come from abroad.",
         [("people.killed", 12), ("people.present", 30)]),
        # a population: a peopled place's people, or those living with an illness
        ("The mayor spoke. The virus could infect as many as five million of the country's 80 million people.", []),
        ("The mayor spoke. The city's 40,000 residents were told to boil water.", []),
        ("The mayor spoke. There are estimated to be 700,000 people living with AIDS in the country.", []),
        ("The mayor spoke. The town's 300 soldiers were on alert.", [("people.present", 300)]),
        ("The mayor spoke. Three of the city's residents were arrested.", [("people.captured", 3)]),
        ("The mayor spoke. Two people living with the family were questioned.", [("people.present", 2)]),
    ],
)
def test_a_pathogens_dead_and_a_population_are_no_counts(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # violence is read from the project's own tables (_violence_words: the events table's violent actions,
        # the nouns of strikes, taking_words, two-word verbs of killing), not from harm_words alone
        ("A typhoid outbreak had spread through the town for a month. On Friday the town was shelled and "
         "9 residents died.", [("people.killed", 9)]),
        ("Eight traders, already sick with typhoid, died when the market was shelled.",
         [("people.killed", 8)]),
        ("A rocket hit a clinic treating patients with the flu, leaving 15 dead.", [("people.killed", 15)]),
        ("Four nurses were gunned down outside a typhoid ward.", [("people.killed", 4)]),
        ("Typhoid swept the district. Hours later a suicide bomber struck a bus station, and 10 people died.",
         [("people.killed", 10)]),
        ("The war has brought typhoid to the valley. Fighting near the port left 25 people dead.",
         [("people.killed", 25)]),
        ("Measles is spreading in the north. Soldiers raided a village there and 6 people died.",
         [("people.killed", 6)]),
        # a word of violence whose object is the illness tells none: the illness's dead
        ("Health teams are fighting a typhoid outbreak in the north. The disease has killed 14 people.", []),
        ("Doctors battled the fever for weeks, but 5 patients died.", []),
        # a noun of strikes only as a noun, a verb whose doer is the illness, one's own fight: no violence
        ("A typhoid outbreak has hit the north. The disease has struck two towns. Nine people died there.", []),
        ("The flu reached the town in May. Despite her long fight, the teacher passed away on Sunday.", []),
        # what a person did, told in a relative clause on them, is no violence of the news
        ("The old sailor, who fought in two wars, died on Friday after a long illness, his son said.", []),
        ("Nine patients who were shot by the guards died in the cholera ward.", [("people.killed", 9)]),
    ],
)
def test_violence_in_news_of_an_illness_keeps_its_toll(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # no illness: a verb ("plagued"), a compound WordNet files elsewhere ("computer virus"), a copula's
        # predicate with an article ("is a cancer"), the first half of a hyphenated word ("ill-prepared")
        ("Poverty has plagued the valley for decades. Six miners died underground on Monday.",
         [("people.killed", 6)]),
        ("A computer virus shut down the port's cranes. Two dock workers died on Monday.", [("people.killed", 2)]),
        ("Corruption is a cancer, the mayor said. Two guards died at the prison on Monday.",
         [("people.killed", 2)]),
        ("Ill-prepared rescuers reached the mine late, and 7 miners died.", [("people.killed", 7)]),
        # an illness: a noun, an adjective, a verb whose subject is an illness
        ("Five villagers fell ill last week. Two of them died on Monday.", [("people.present", 5)]),
        ("The fever sickened dozens in the camp. Four children died on Monday.", []),
        # a compound WordNet files under a pathogen is an illness's agent
        ("Gangs attacked a convoy in the south. Ebola virus is spreading in the east, and 30 are now dead.", []),
    ],
)
def test_only_an_illness_makes_news_of_one(text, expected):
    assert _counts(text) == expected


def test_a_death_whose_own_sentence_tells_violence_keeps_its_toll():
    text = ("Troops attacked the village on Monday. A measles outbreak had already weakened residents. "
            "Nine villagers died in the ambush.")
    assert _counts(text) == [("people.killed", 9)]


@pytest.mark.parametrize(
    "text, expected, reach",
    [
        ("A measles outbreak has killed 12 children in the province.", [], "its sentence"),
        ("The first death from the flu was confirmed on Monday. The man, 41, died at a city hospital.", [],
         "the sentence before"),
        ("The flu has reached three provinces. Schools were closed. Officials said four villagers died.", [],
         "the text"),
        # the text's reach needs the illness in its first sentence (its topic), not anywhere
        ("The mayor opened a new school on Monday. Residents worry about the flu. The council met on Tuesday. "
         "Three pupils died at the school on Wednesday.", [("people.killed", 3)], None),
    ],
)
def test_the_reach_that_makes_a_death_an_illnesss_is_its_reason(text, expected, reach):
    report = fogcount.extract(text)
    assert [(c.category, c.value.low) for c in report.claims] == expected
    reasons = {s.reason for s in report.skipped}
    if reach is None:
        assert not any(r.startswith("a death of an illness") for r in reasons)
    else:
        assert f"a death of an illness ({reach})" in reasons


def test_one_test_of_an_illness_reads_what_a_noun_is_of_for_care_too():
    # "an epidemic of violence" is no illness in _illness_care either (one _an_illness for every rule)
    text = "An epidemic of violence gripped the city. Four people were admitted to hospital on Sunday."
    assert _counts(text) == [("people.injured", 4)]


def test_news_of_an_illness_is_read_once_per_document_into_its_annotation():
    from fogcount.stages.annotate import annotate
    from fogcount.vocabulary import vocabulary
    ann = annotate("A measles outbreak has killed 12 children in the province.", settings=Settings())
    extract_claims(ann)
    stored_vocab, (ill, violent) = ann.memo["illness_news"]
    assert stored_vocab is vocabulary() and ill == [True] and violent == [False]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a prevalence frame (prevalence_frames) through a clause on the noun, whatever its dependency
        ("The mayor spoke. The program helped 900 people living with AIDS last year.", []),
        ("The mayor spoke. The floods reached 3,000 people suffering from tuberculosis.", []),
        ("The mayor spoke. Police questioned 4 people living with the suspect.", [("people.present", 4)]),
    ],
)
def test_a_prevalence_is_read_whatever_the_figures_dependency(text, expected):
    assert _counts(text) == expected


def test_care_in_news_of_an_illness_is_no_wound():
    text = "The virus has reached three provinces. Schools were closed. A woman was admitted to hospital on Sunday."
    assert [c for c in fogcount.extract(text).claims if c.category == "people.injured"] == []



@pytest.mark.parametrize(
    "text, expected",
    [
        ("The mayor spoke on Tuesday. The man faces charges in two sexual assaults on teenagers.", []),
        ("The mayor spoke on Tuesday. She is a suspect in three aggravated assaults.", []),  # "aggravated": VBN
        ("The mayor spoke on Tuesday. Deputies logged four aggravated assaults last month.", []),
        ("The mayor spoke on Tuesday. Rebels carried out four assaults on army posts.", [("strikes.conducted", 4)]),
        ("The mayor spoke on Tuesday. Jets flew six air raids over the valley.", [("strikes.conducted", 6)]),
    ],
)
def test_a_crime_in_wordnet_is_no_strike(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The mayor spoke on Tuesday. The town had more than 800 retirees at the time.", []),
        ("The mayor spoke on Tuesday. The three counties grew by 9,120 people in a decade.", []),
        ("The mayor spoke on Tuesday. The city's population fell by 400 people last year.", []),
        ("The mayor spoke on Tuesday. The town has 300 police officers.", [("people.present", 300)]),  # a force
        ("The mayor spoke on Tuesday. The crowd grew to 500 people by noon.", [("people.present", 500)]),
        # a force, told by a vague head's "of" or in a growth: who is there, not who lives there
        ("The mayor spoke on Tuesday. The village had dozens of gunmen.", [("people.present", 24)]),
        ("The mayor spoke on Tuesday. The town has hundreds of troops.", [("people.present", 200)]),
        ("The mayor spoke on Tuesday. The town grew by 2,000 soldiers after the offensive.",
         [("people.present", 2000)]),
    ],
)
def test_the_people_a_place_has_or_grows_by_are_its_population(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # WordNet's infections under no illness (illness_roots: "HIV", "malaria", "Ebola") are illnesses
        ("The mayor spoke on Tuesday. The charity supports 40,000 people living with HIV in the province.", []),
        ("The mayor spoke on Tuesday. Malaria has killed 40 children in the district this year.", []),
        ("The mayor spoke on Tuesday. Ebola has killed 200 people in the region.", []),
        # violence keeps its toll, an illness or not
        ("The mayor spoke on Tuesday. Gunmen killed 12 people in a village where malaria is common.",
         [("people.killed", 12)]),
        ("The mayor spoke on Tuesday. Gunmen shot dead 12 HIV patients at a clinic.", [("people.killed", 12)]),
        ("The mayor spoke on Tuesday. Two people living with the family were questioned.", [("people.present", 2)]),
    ],
)
def test_an_infection_wordnet_files_under_no_illness_is_one(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an infection as the modifier of people or of a place ("Ebola health workers", "a malaria clinic")
        # names a kind of them, no news of an illness: their deaths keep their toll
        ("Two Ebola health workers died in Butembo on Sunday after armed men stopped their car.",
         [("people.killed", 2)]),
        ("A malaria clinic in Taiz was hit on Tuesday. Four people died, medics said.", [("people.killed", 4)]),
        ("The HIV clinic in Kabul was hit on Sunday. Two nurses died and five were hospitalized.",
         [("people.killed", 2), ("people.injured", 5)]),
        # the roots of illness_roots are narrower than "infection": "a boil" is no illness
        ("Tensions came to a boil in the city on Sunday. Three protesters died, medics said.",
         [("people.killed", 3)]),
        # an infection of illness_roots makes news of an illness of its own sentence only
        ("Ebola has spread to the camp. On Sunday, three aid workers died after armed men stopped their car.",
         [("people.killed", 3)]),
        ("The clinic treats 500 people living with HIV. On Sunday, two nurses died when the building was hit.",
         [("people.killed", 2)]),
        # as the modifier of the ill (sick_roots), it is their illness
        ("The mayor spoke on Tuesday. Two malaria patients died at the district hospital last week.", []),
    ],
)
def test_an_infection_as_a_modifier_or_an_everyday_word_keeps_a_conflict_toll(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a thing of peace (_a_thing_of_peace): a mine WordNet's compound or a substance says is dug, no blast
        ("The mayor spoke on Tuesday. Cholera has killed 30 workers at a diamond mine in the east.", []),
        ("The mayor spoke on Tuesday. An outbreak of cholera near a coal mine has killed 30 people.", []),
        # a mine alone, a land mine, a suicide bomber: violence, whatever illness is near
        ("The mayor spoke on Tuesday. A mine exploded near a cholera clinic, killing 12 people.",
         [("people.killed", 12)]),
        ("The mayor spoke on Tuesday. A land mine killed 12 people near a camp where cholera had spread.",
         [("people.killed", 12)]),
        # a substance as the modifier makes no thing of peace of a weapon (dug_things: "a chlorine rocket")
        ("Cholera has spread in Douma. Forty people died after a chlorine rocket landed in the town.",
         [("people.killed", 40)]),
    ],
)
def test_a_mine_that_is_dug_is_no_violence_in_news_of_an_illness(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a population whose relative clause of place tells what happened there: the clause's people only
        ("The mayor spoke on Tuesday. Rebels attacked Ghor, a town of 5,000 people where 12 were killed last year.",
         [("people.killed", 12)]),
        ("The mayor spoke on Tuesday. Fighters shelled the village where 30 people were killed.",
         [("people.killed", 30)]),
        ("The mayor spoke on Tuesday. The rebels stormed Marib, where 12 soldiers were killed.",
         [("people.killed", 12)]),
        ("The mayor spoke on Tuesday. A town of 5,000 people was shelled and 12 were killed.",
         [("people.killed", 12)]),
    ],
)
def test_a_population_is_no_toll_of_what_happened_where_it_lives(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # found hanged: dead, whatever the noun says of them (a refugee, a prisoner)
        ("The mayor spoke on Tuesday. Three refugees were found hanged in the camp.", [("people.killed", 3)]),
        ("The mayor spoke on Tuesday. Two prisoners were found hanged in their cells.", [("people.killed", 2)]),
        # "hung", "hanging": things hung, people hanging around
        ("The mayor spoke on Tuesday. Two men were found hanging around the station.", [("people.present", 2)]),
        ("The mayor spoke on Tuesday. The museum has 2,000 paintings, and 40 were found hung upside down.", []),
    ],
)
def test_the_found_hanged_are_dead(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a named person is no part of an earlier claim of another named person
        ("Barbara Roe was killed in the crash. Chandler, who was driving, later died from his injuries.",
         [("people.killed", 1, 1, "unknown", None), ("people.killed", 1, 1, "unknown", None)]),
        # the same name again, in part: the same person
        ("John Roe was killed in the crash. John, 45, died at the scene, his wife said.",
         [("people.killed", 1, 1, "unknown", None), ("people.killed", 1, 1, "unknown", "c1")]),
        # one counted, then named: a part of that figure
        ("A woman was killed in the crash. Barbara Roe, 60, died at the scene.",
         [("people.killed", 1, 1, "civilian", None), ("people.killed", 1, 1, "unknown", "c1")]),
    ],
)
def test_a_name_is_no_part_of_another_named_person(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # care of the mind (mind_care_words) is no wound: the one cared for is there, not hurt
        ("The mayor spoke on Tuesday. The man had not yet received the mental-health treatment the court ordered.",
         []),
        ("The mayor spoke on Tuesday. The suspect is receiving psychiatric treatment at a state hospital.", []),
        ("The mayor spoke on Tuesday. Three inmates were taken to a psychiatric hospital.", [("people.present", 3)]),
        # care of a wound, or care in a sentence of harm: hurt
        ("The mayor spoke on Tuesday. The officer received treatment for a gunshot wound at a hospital.",
         [("people.injured", 1)]),
        ("The mayor spoke on Tuesday. Two soldiers were taken to a military hospital after the blast.",
         [("people.injured", 2)]),
    ],
)
def test_care_of_the_mind_is_no_wound(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a vague figure of no bounds that "there is" or "there are" says exists: what the world holds
        ("The mayor spoke on Tuesday. There are many, many people who are doomed to suffer for years.", []),
        ("The mayor spoke on Tuesday. There's a lot of good kids there.", []),
        # the past, a bounded vague figure, an outcome, no "there": kept
        ("The mayor spoke on Tuesday. There were many people at the rally on Sunday.", [("people.present", None)]),
        ("The mayor spoke on Tuesday. There are dozens of soldiers in the town.", [("people.present", 24)]),
        ("The mayor spoke on Tuesday. There are many wounded in the hospital.", [("people.injured", None)]),
        ("The mayor spoke on Tuesday. Many people are trapped under the rubble.", [("people.present", None)]),
    ],
)
def test_many_that_there_are_is_no_count(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "one of" a kind a place has, said of someone: a description, no count
        ("The mayor spoke on Tuesday. Speakers included Ann Roe, a consultant and one of this country's engaging "
         "thinkers.", []),
        ("The mayor spoke on Tuesday. He is one of the country's most curious political actors.", []),
        # one of a counted group, one of a place's people under an outcome: counts
        ("The mayor spoke on Tuesday. Johnson was one of four inductees welcomed into the club.",
         [("people.present", 1), ("people.present", 4)]),
        ("The mayor spoke on Tuesday. Smith, one of the city's firefighters, was killed in the blast.",
         [("people.killed", 1)]),
        ("The mayor spoke on Tuesday. One of the city's residents was arrested on Monday.", [("people.captured", 1)]),
    ],
)
def test_one_of_a_kind_a_place_has_is_a_description(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "sentence, killed",
    [
        # a couple coordinated with others, or a verb's object, is the two of them, not "a couple" 2-3
        ("A couple and their four children were killed in the air strike.", 6),
        ("The couple and their two children were killed in the shelling.", 4),
        ("Rebels killed a couple and their son.", 3),
        ("Gunmen killed a couple near the market.", 2),
    ],
)
def test_a_couple_with_their_children_is_counted_with_them(sentence, killed):
    report = fogcount.extract(sentence)
    assert [f.best for e in report.events for f in e.figures if f.category == "people.killed"] == [killed]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a bare "a couple" as a subject, and "a couple of", stay the vague figure
        ("A couple were hurt in the blast.", [("people.injured", 2, 3)]),
        ("Gunmen killed a couple of men.", [("people.killed", 2, 3)]),
        # the parser's "couple" as a number of the children: the vague figure, as before
        ("A couple and three children were killed.", [("people.killed", 2, 3)]),
    ],
)
def test_a_bare_couple_as_a_subject_stays_vague(sentence, expected):
    assert [(c.category, c.value.low, c.value.high) for c in fogcount.extract(sentence).claims] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "A couple and their two children moved into the house next door.",
        "The couple and their three children attended the wedding.",
        "The club signed a couple of defenders and a goalkeeper.",
    ],
)
def test_a_couple_with_their_children_in_ordinary_news_is_no_toll(sentence):
    report = fogcount.extract(sentence)
    assert not [c for c in report.claims if c.category in ("people.killed", "people.injured")]
    assert not [f for e in report.events for f in e.figures]


# --- false claims of local news (branch precision9) ---

@pytest.mark.parametrize("text", [
    "The 2008 graduates were honored at the ceremony.",
    "Two of the 2007 winners returned to the stage.",
])
def test_a_year_on_people_after_the_counts_no_one(text):
    # _a_year_on_people: a year the tagger dates right before a plural people noun after "the"
    assert not any(c.value.low in (2007, 2008) for c in fogcount.extract(text).claims)


@pytest.mark.parametrize("text, low", [
    ("The 1500 soldiers were sent to the front.", 1500),  # the tagger reads a number
    ("About 2000 protesters marched in the city.", 1800),  # a word of its own
    ("The 2000 police officers were deployed.", 2000),  # another word before the noun
])
def test_a_figure_of_four_digits_that_is_no_year_on_people_stays_a_count(text, low):
    assert only_claim(text).value.low == low


@pytest.mark.parametrize("text", [
    "None of the 30 miners was hurt.",
    "Neither of the two drivers was injured.",
])
def test_the_whole_of_a_zero_is_no_presence(text):
    # _whole_of_a_zero: the zero's group is its subject; no one is told present
    claim = only_claim(text)
    assert (claim.category, claim.value.low, claim.negated) == ("people.injured", 0, True)


def test_the_whole_of_one_stays_present():
    claims = fogcount.extract("One of the 30 miners was hurt.").claims
    assert [(c.category, c.value.low) for c in claims] == [("people.injured", 1), ("people.present", 30)]


@pytest.mark.parametrize("text", [
    "The man who was stabbed died at his home.",  # a harm in its sentence
    "Two people died at home after the storm.",  # a mishap
    "Mr. Roe died Tuesday at the hospital.",  # no word of a death in peace
])
def test_a_death_at_home_after_a_harm_keeps_its_toll(text):
    assert any(c.category == "people.killed" for c in fogcount.extract(text).claims)


def test_a_name_told_again_in_its_sentence_is_one_person():
    # _named_again: "Poe" after "Jim Poe" with the same outcome in one sentence
    claims = fogcount.extract("Jim Poe, 31, and his son were hurt; Poe was flown to a hospital.").claims
    assert [(c.category, c.value.text) for c in claims] == [("people.injured", "Jim Poe"), ("people.injured", "his")]


def test_two_names_of_one_surname_are_two_people():
    claims = fogcount.extract("Patrick Roe, 8; Breonna Roe, 10; and Ann Poe, 9, died in a fire on Saturday.").claims
    assert sum(c.value.low for c in claims if c.category == "people.killed" and c.part_of is None) == 3


@pytest.mark.parametrize("text", [
    "He left early. When two people marry, they share their property.",
    "He left early. Once three members sign, the board must meet.",
])
def test_a_figure_of_a_clause_of_any_time_is_generic(text):
    # _whenever: "when" and the simple present on both verbs, or a modal on the second
    assert fogcount.extract(text).claims == []


def test_a_figure_of_a_clause_of_a_past_time_is_there():
    claims = fogcount.extract("He left early. When two men entered the store, they took the cash.").claims
    assert [(c.category, c.value.low) for c in claims] == [("people.present", 2)]


def test_a_bare_complement_takes_the_modal_of_its_verb():
    # _bare_complement_head: "support" has no time of its own; "can help" is what could be
    assert fogcount.extract("A new job can help two parents support their kids.").claims == []


@pytest.mark.parametrize("text", [
    "He left. The cost of recycling green waste is set to double, affecting more than 10,000 residents.",
    "He left. The new rules are set to affect 5,000 drivers.",
    "He left. The rebels will storm the town, killing 12 people.",
])
def test_a_future_of_a_set_date_or_of_a_participle_after_a_future_is_no_figure(text):
    # _set_to (future_participles), and a participle's clause takes its verb's time
    assert fogcount.extract(text).claims == []


def test_a_participle_after_a_past_keeps_its_figure():
    claims = fogcount.extract("He left. Gunmen stormed the village, killing 12 people.").claims
    assert [(c.category, c.value.low) for c in claims] == [("people.killed", 12)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the subject the parser left off a verb run on after a coordinated object: its own verb's outcome
        ("Gunmen killed two drivers and four passengers were hurt.",
         [("people.killed", 2), ("people.injured", 4)]),
        ("Rebels killed three guards and five villagers were wounded in the raid.",
         [("people.killed", 3), ("people.injured", 5)]),
        # a conjunct with no verb of its own shares the first verb's outcome (one count: claims 87)
        ("Gunmen killed two drivers and four passengers on the road.", [("people.killed", 6)]),
    ],
)
def test_a_conjunct_takes_the_outcome_of_the_verb_run_on_after_it(sentence, expected):
    got = [(c.category, c.value.low) for c in fogcount.extract(sentence).claims if c.part_of is None]
    assert sorted(got) == sorted(expected)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Gunmen stormed the stadium during the match, killing four fans.", [("people.killed", 4)]),
        ("The blast wounded three stewards at the gate.", [("people.injured", 3)]),
    ],
)
def test_a_plural_noun_with_a_person_sense_is_people_a_verb_killed_or_wounded(sentence, expected):
    got = [(c.category, c.value.low) for c in fogcount.extract(sentence).claims]
    assert got == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The hunters killed two birds near the lake.",  # an animal first
        "Doctors treated 40 cases at the clinic.",  # care, no wound
        "The shop sold four fans on Monday.",  # no harm
        # a person only in a rare sense (review J finding 3): the usual senses are a thing
        "Russian strikes hurt three power plants in the east.",
        "The frost killed 300 plants.",
        "The fire killed 40 plants in the nursery.",
        "The photographer shot 40 models.",
        "The fire killed 30 models.",
        "The judge killed two suits.",
    ],
)
def test_a_plural_noun_with_a_person_sense_is_no_person_elsewhere(sentence):
    got = [c for c in fogcount.extract(sentence).claims if c.category in ("people.killed", "people.injured")]
    assert got == []


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Not only two but five villagers were killed in the attack.", 5),
        ("Not just three but seven soldiers were wounded.", 7),
    ],
)
def test_a_number_corrected_by_another_counts_the_second(sentence, figure):
    claims = fogcount.extract(sentence).claims
    kept = [c.value.low for c in claims if not c.negated]
    assert kept == [figure]
    assert all(c.negated for c in claims if c.value.low != figure)  # the first stays denied


@pytest.mark.parametrize(
    "sentence",
    [
        # a denial above the corrected numbers denies both: only the first number's own "not" is cleared
        # (review J finding 4)
        "The army denied that not two but five villagers were killed.",
        "The army denied that not only two but five villagers were killed.",
    ],
)
def test_a_denial_above_a_corrected_number_stays(sentence):
    claims = fogcount.extract(sentence).claims
    assert not [c.value.low for c in claims if c.category == "people.killed" and not c.negated]


@pytest.mark.parametrize(
    "sentence, kept, skipped",
    [
        ("Local militia executed nine civilians in retribution for the rebels killing a policeman.", [9], ["a"]),
        ("Gunmen killed five villagers in revenge for the killing of two herders.", [5], ["two"]),
        ("The army shelled the town in retaliation for an attack that killed 12 soldiers.", [], ["12"]),
        ("Youths went on a rampage to avenge the killing of a man, killing eight people.", [8], ["a"]),
        # a reprisal's own toll stays
        ("Militants killed four soldiers in a reprisal attack on Monday.", [4], []),
        # the reprisal's own toll, set off by a comma, where the parser hangs it on the relative clause
        # inside the "for" phrase (review J finding 1)
        ("The army shelled the village in retaliation for an attack that killed three soldiers, killing 12 "
         "civilians.", [12], ["three"]),
        ("Rebels attacked the base in retaliation for airstrikes that killed 12 civilians, killing eight soldiers.",
         [8], ["12"]),
        ("Militants attacked a checkpoint in revenge for a raid which killed their commander, killing 6 "
         "policemen.", [6], ["their"]),
        ("Gunmen killed three men in revenge attacks in the village.", [3], []),
    ],
)
def test_the_harm_a_reprisal_answers_is_an_earlier_happening(sentence, kept, skipped):
    result = fogcount.extract(sentence)
    assert [c.value.low for c in result.claims if c.category == "people.killed"] == kept
    assert [s.text for s in result.skipped if s.reason.startswith("an earlier happening")] == skipped


@pytest.mark.parametrize(
    "sentence",
    [
        # "beat", with or without a word of degree, is how matches and votes are told: no harm, and a
        # score no count (claims 103 takes back 102's "beat badly" frames)
        "Spain badly beat Italy 4-1 on Sunday.",
        "Liverpool were badly beaten 5-0 by City.",
        "Our team beat them badly, 4-1.",
        "Three candidates were badly beaten in the runoff.",
        "Brazil badly beat two rivals.",
        "The champion was beaten severely in the final.",
        "Spain beat two rivals in the group.",
    ],
)
def test_beat_tells_no_harm(sentence):
    got = [c for c in fogcount.extract(sentence).claims if c.category in ("people.killed", "people.injured")]
    assert got == []


# --- review of precision9's rules (branch fixprec9) ---

@pytest.mark.parametrize("text, low", [
    ("Two children died in their sleep when a missile hit the building in Kharkiv on Monday.", 2),
    ("An elderly couple died in their sleep in the airstrike on Rafah.", 2),
    ("Two civilians died at their home during the overnight raid, the village head said.", 2),
    ("The Ukrainian military said two civilians died at home when a drone struck their building in Kherson.", 2),
    ("Villagers said the militia torched houses. Four people died at their homes.", 4),
    ("Hamas fighters overran the kibbutz. Ten residents died at their homes.", 10),
    ("Israeli warplanes struck a residential building in Gaza City overnight. "
     "Ahmed Saleh, 34, died at his home when the missile hit.", 1),
    ("Gunmen broke into the house of Ahmed Saleh late on Tuesday. Saleh, 34, died at his home.", 1),
    ("Ali Hassan, 40, died at his home on Monday. Witnesses said soldiers had fired tear gas into the house.", 1),
    ("Ali Hassan, 40, died in his sleep. Relatives said he had been beaten by police the day before.", 1),
    ("Three elderly residents died at their homes when the Russian forces cut off heating in the besieged city.", 3),
    ("A man died at his home in Kibera after a brawl outside a bar, police said.", 1),
    # review L #1: a death in custody, in smoke or in a heat wave, its cause in no word list
    ("Journalist Tom Roe died in his sleep in detention, his lawyer said.", 1),
    ("Ali Hassan died in his sleep from smoke inhalation, firefighters said.", 1),
    ("Tom Roe, 54, died at his home in the heat wave that has gripped Spain.", 1),
])
def test_a_death_at_home_in_a_text_of_violence_keeps_its_toll(text, low):
    # no rule of a "death in peace" (claims 100's, taken back in 113): a death at home or in sleep is a death
    killed = [c for c in fogcount.extract(text).claims if c.category == "people.killed" and c.part_of is None]
    assert [c.value.low for c in killed] == [low]


@pytest.mark.parametrize("text, total, part", [
    ("Hussein Ali, 30, and his nephew Ali, 12, were killed when the shell hit their house.", 2, None),
    ("Mohammed Ali and his son Ali were wounded when the shell struck.", 2, "Ali"),
])
def test_a_relative_of_the_same_single_name_is_another_person(text, total, part):
    # _named_again: a relation noun or an age of its own makes the second name another person
    claims = fogcount.extract(text).claims
    assert sum(c.value.low for c in claims if c.part_of is None) == total
    if part is not None:
        assert part in [c.value.text for c in claims if c.part_of is not None]


@pytest.mark.parametrize("text, low", [
    ("The five soldiers were scheduled to leave the base on Friday but were killed in an ambush on Thursday.", 5),
    ("The bomb was set to explode during rush hour and killed 12 people.", 12),
    ("The convoy was scheduled to leave at dawn but came under fire, killing three aid workers.", 3),
    ("The UN will send aid to the region, where an earthquake struck on Monday, killing 2,000 people.", 2000),
    ("Aid groups will deliver food to the town, which was shelled on Monday, killing 15 residents.", 15),
])
def test_a_past_event_near_a_future_keeps_its_toll(text, low):
    # _set_to: a past "was set to" is no future; _foretold: a verb of its own tense, and a participle
    # across a past verb or a relative clause, keep their own time
    assert [c.value.low for c in fogcount.extract(text).claims if c.category == "people.killed"] == [low]


@pytest.mark.parametrize("text, category, low", [
    ("The 1900 protesters who were detained have been released.", "people.captured", 1900),
    ("The ministry said the 2000 refugees who arrived on Monday were moved to a camp.", "people.present", 2000),
    ("Rescuers searched for the 1800 migrants missing at sea.", "people.present", 1800),
    # review L #3: recruits are trainees of an army, no year's cohort
    ("The 1800 recruits were abducted from the training camp on Monday.", "people.abducted", 1800),
])
def test_a_round_count_without_a_comma_on_people_of_no_cohort_stays_a_count(text, category, low):
    # _a_year_on_people: only a cohort noun of year_cohort_nouns takes a year
    assert (category, low) in [(c.category, c.value.low) for c in fogcount.extract(text).claims]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a number of those hit "of them" with an adverb of death: how many of them died, a killed figure and
        # no part of the hit one (reconcile reads the hit less the dead, as for "four were shot, one fatally")
        ("Nine people were shot, three of them fatally, at the fair.",
         [("people.injured", 9, 9, "unknown", None), ("people.killed", 3, 3, "unknown", None)]),
        # review M3: parses that only _part_of_them's share reaches ("three of them" hung on the comma or the
        # verb of saying, not on the figure of the hit): a part of the hurt without it
        ("Nine people were shot on Sunday night, three of them fatally, police said.",
         [("people.injured", 9, 9, "unknown", None), ("people.killed", 3, 3, "unknown", None)]),
        ("Eleven people were shot late on Friday, four of them fatally, officers said.",
         [("people.injured", 11, 11, "unknown", None), ("people.killed", 4, 4, "unknown", None)]),
        ("Twenty soldiers were wounded in the attack, five of them fatally, the army said.",
         [("people.injured", 20, 20, "security_forces", None), ("people.killed", 5, 5, "security_forces", None)]),
        # not a grave wound, nor a place of the wound, nor a part of the dead: still parts of the whole
        ("Twelve people were wounded, two of them critically.",
         [("people.injured", 12, 12, "unknown", None), ("people.injured", 2, 2, "unknown", "c1")]),
        ("Six people were shot, two of them in the legs.",
         [("people.injured", 6, 6, "unknown", None), ("people.injured", 2, 2, "unknown", "c1")]),
        ("Police said 300 were killed, 258 of them civilians.",
         [("people.killed", 300, 300, "unknown", None), ("people.killed", 258, 258, "civilian", "c1")]),
    ],
)
def test_a_share_of_those_hit_told_dead_by_its_adverb_is_killed(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # review M1: a fatal adverb hedged, nearly so, or denied (fatal_adverb_hedges) is no death, on the share
        # "of them" (_part_of_them), on the bare share (_fatal_shares) and on the verb ("shoot fatally")
        ("Six people were shot, two of them potentially fatally, officials said.",
         [("people.injured", 6, 6, "unknown", None), ("people.injured", 2, 2, "unknown", "c1")]),
        ("Four people were shot on Saturday, one of them possibly fatally.",
         [("people.injured", 4, 4, "unknown", None), ("people.injured", 1, 1, "unknown", "c1")]),
        ("Four people were shot on Saturday, one of them critically, possibly fatally.",
         [("people.injured", 4, 4, "unknown", None), ("people.injured", 1, 1, "unknown", "c1")]),
        ("Three miners were injured, one of them probably fatally, in the collapse.",
         [("people.injured", 3, 3, "unknown", None), ("people.injured", 1, 1, "unknown", "c1")]),
        ("Six people were shot, two of them not fatally, police said.",
         [("people.injured", 6, 6, "unknown", None), ("people.injured", 2, 2, "unknown", "c1")]),
        ("Six people were shot, one of them nearly fatally.",
         [("people.injured", 6, 6, "unknown", None), ("people.injured", 1, 1, "unknown", "c1")]),
        ("Six people were shot, two of them non-fatally, police said.",
         [("people.injured", 6, 6, "unknown", None), ("people.injured", 2, 2, "unknown", "c1")]),
        ("Four people were shot on Saturday, one possibly fatally.",
         [("people.injured", 4, 4, "unknown", None), ("people.injured", 1, 1, "unknown", None)]),
        # must still fire: the adverb on its own, beside another adverb of the wound
        ("Four people were shot on Saturday, one of them critically, one fatally.",
         [("people.injured", 4, 4, "unknown", None), ("people.injured", 1, 1, "unknown", "c1"),
          ("people.killed", 1, 1, "unknown", None)]),
        ("Four teenagers were shot, one fatally.",
         [("people.injured", 4, 4, "civilian", None), ("people.killed", 1, 1, "unknown", None)]),
    ],
)
def test_a_hedged_or_denied_adverb_of_death_is_no_death(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a figure after "including" on a verb whose object is a bare number is a part of that number's figure
        ("The attacker shot eight people, killing three, including a guard and two shoppers.",
         [("people.injured", 8, 8, "unknown", None), ("people.killed", 3, 3, "unknown", None),
          ("people.killed", 1, 1, "security_forces", "c2"), ("people.killed", 2, 2, "civilian", "c2")]),
        ("The attacker shot eight people, killing three of them, including a guard and several shoppers.",
         [("people.injured", 8, 8, "unknown", None), ("people.killed", 3, 3, "unknown", None),
          ("people.killed", 1, 1, "security_forces", "c2"), ("people.killed", 3, 9, "civilian", "c2")]),
        ("Gunmen wounded 11, including three children.",
         [("people.injured", 11, 11, "unknown", None), ("people.injured", 3, 3, "civilian", "c1")]),
        # as before: a noun's figure, and figures of other verbs, are not touched
        ("Police arrested 12 people, including four women.",
         [("people.captured", 12, 12, "unknown", None), ("people.captured", 4, 4, "civilian", "c1")]),
        ("Gunmen killed four soldiers. Police arrested two men, including a teenager.",
         [("people.killed", 4, 4, "security_forces", None), ("people.captured", 2, 2, "civilian", None),
          ("people.captured", 1, 1, "civilian", "c2")]),
    ],
)
def test_a_part_after_including_of_a_bare_number(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text, expected, skipped",
    [
        # an age after a name that is itself in apposition to a people noun, whatever entity the tagger gives
        # the name (here an organisation): no count
        ("The man killed his daughter; his girlfriend; and her mother, Viola Grant, 62.",
         [("people.killed", 3, 3)], {"age"}),
        ("Police said the gunman shot his wife and her mother, Viola Grant, 62.",
         [("people.injured", 2, 2)], {"age"}),
        # must not fire: a name apposed to no people noun, a count coordinated with a name
        ("The village chief, Omar Hadi, and 12 villagers were killed.", "counted", set()),
    ],
)
def test_an_age_after_a_name_apposed_to_a_people_noun(text, expected, skipped):
    report = fogcount.extract(text)
    if expected == "counted":  # review L6: the twelve villagers counted, the chief's name no age
        assert ("people.killed", 12, 12) in [(c.category, c.value.low, c.value.high) for c in report.claims]
        assert "age" not in {s.reason for s in report.skipped}
        return
    assert [(c.category, c.value.low, c.value.high) for c in report.claims] == expected
    assert skipped <= {s.reason for s in report.skipped}


# --- issue 15: reviewers' sentences read wrongly (branch claimfix10) ---

@pytest.mark.parametrize("text, low", [
    ("There is no doubt that five villagers were killed.", 5),
    ("It is no secret that 12 soldiers were killed in the raid.", 12),
    ("The army confirmed reports that 200 civilians were killed.", 200),
    ("The reports that 20 people were killed in the raid were confirmed.", 20),
    ("The army denied reports, but witnesses said 200 civilians were killed.", 200),
    ("The army, which denied reports, said 20 soldiers were killed.", 20),
])
def test_a_content_clause_of_a_noun_not_denied_stays(text, low):
    assert [(c.value.low, c.negated) for c in fogcount.extract(text).claims] == [(low, False)]


@pytest.mark.parametrize("text, low", [
    # review O, H1: only an affirmed verb of denial denies the noun's content (branch fixclaims10)
    ("The army would neither confirm nor deny reports that 20 soldiers were killed.", 20),
    ("The army did not deny reports that 20 civilians were killed.", 20),
    ("Reports that 20 people were killed were never denied by the army.", 20),
    ("The report that 20 civilians were killed has not been denied.", 20),
    ("Police did not immediately confirm reports that 20 people were killed.", 20),
    ("Hamas did not confirm Israeli claims that 20 of its fighters were killed.", 20),
    ("Officials could not confirm reports that 15 civilians were killed in the strike.", 15),
    ("Reports that 20 people were killed could not be verified.", 20),
    ("The army has not ruled out reports that 20 soldiers were killed.", 20),
    ("Residents did not believe reports that only 20 people were killed.", 20),
    ("The ministry did not reject claims that its troops killed 30 protesters.", 30),
    # H2: "no confirmation" is unconfirmed, not untrue
    ("There was no immediate confirmation that 20 people had been killed.", 20),
    ("There was no confirmation that 20 people had been killed.", 20),
    # H3: a definite figure with a clause of its own is given, not what is denied
    ("The army denied reports that the 20 civilians who died in the strike were killed by its shells.", 20),
    ("Witnesses said there was no sign that the 12 bodies found on Monday had been shot.", 12),
    # review Q, H2: a denial of the cause or the doer leaves the dead it takes for granted (claims 122 takes
    # the denial through a noun of content back: "denied reports that 200 civilians were killed" is told)
    ("The commander rejected suggestions that 14 soldiers died because they lacked body armour.", 14),
    ("The ministry rejected claims that 40 people died because of delays at checkpoints.", 40),
    ("The army denied reports that 200 civilians were killed.", 200),
])
def test_a_content_clause_not_denied_by_an_affirmed_denial_stays(text, low):
    assert [(c.value.low, c.negated) for c in fogcount.extract(text).claims] == [(low, False)]


def test_dismissing_soldiers_denies_nothing():
    claims = fogcount.extract("The commander dismissed 20 soldiers who had been wounded.").claims
    assert claims and not any(c.negated for c in claims)


@pytest.mark.parametrize("text, total", [
    ("Hussein Ali and Ali were killed.", 2),
    ("Gunmen killed Hussein Ali and Ali.", 2),
    ("Hussein Ali, Omar Ali and Ali were killed in the raid.", 3),
])
def test_coordinated_names_are_two_people_even_where_one_holds_the_other(text, total):
    # _named_again: not the same person again where the later name is a conjunct of the first (_conjuncts)
    claims = fogcount.extract(text).claims
    assert sum(c.value.low for c in claims if c.category == "people.killed" and c.part_of is None) == total


@pytest.mark.parametrize("text", [
    "Jim Poe and his son were wounded; Poe was flown to a hospital.",
    "Tom Roe, 45, and his wife were hurt; Roe was taken to a hospital.",
])
def test_a_name_told_again_after_its_coordination_is_the_same_person(text):
    claims = fogcount.extract(text).claims
    assert sum(c.value.low for c in claims if c.category == "people.injured" and c.part_of is None) == 2


@pytest.mark.parametrize("sentence, expected", [
    ("The sniper shot four fans outside the stadium.", [("people.injured", 4)]),
    ("Gunmen killed two high-value targets in the raid.", [("people.killed", 2)]),
    ("Gunmen shot three guards at the gate.", [("people.injured", 3)]),
    ("The gunman shot 12 people.", [("people.injured", 12)]),
    # a tagged-count rule for what a shooting aims at was taken back: it dropped these (review of claims 116)
    ("A gunman shot 12 commuters on a train on Tuesday.", [("people.injured", 12)]),
    ("Gunmen shot two agents in the city.", [("people.injured", 2)]),
])
def test_people_shot_or_killed_stay(sentence, expected):
    assert [(c.category, c.value.low) for c in fogcount.extract(sentence).claims] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The bomb wounded five people and two children died.", [("people.injured", 5), ("people.killed", 2)]),
    ("The shelling wounded 12 civilians and three soldiers died.", [("people.injured", 12), ("people.killed", 3)]),
    ("The attack killed five people and two children were hurt.", [("people.injured", 2), ("people.killed", 5)]),
    # not a run-on: coordinated verbs of one argument, and a verb of saying
    ("Two soldiers were shot and killed.", [("people.killed", 2)]),
    ("Gunmen shot three villagers and killed them.", [("people.killed", 3)]),
    ("The bomb wounded five people and killed two children.", [("people.injured", 5), ("people.killed", 2)]),
    ("Five people were wounded and later died.", [("people.killed", 5)]),
    ("Police said five people and two children died.", [("people.killed", 2), ("people.killed", 5)]),
])
def test_a_later_verb_with_its_own_subject_gives_the_first_conjunct_no_outcome(sentence, expected):
    # _object_read_as_a_subject: the parser's complement clause whose subject is the first verb's object
    assert sorted((c.category, c.value.low) for c in fogcount.extract(sentence).claims) == expected


@pytest.mark.parametrize("sentence, kept, skipped", [
    ("In retaliation for the bombing that killed 20 people the militants executed four hostages.", [4], ["20"]),
    ("In retaliation for the raid that left 20 people dead the rebels killed six soldiers.", [6], ["20"]),
    ("In retaliation for the bombing that killed 20 people, the militants executed four hostages.", [4], ["20"]),
    ("In retaliation for an attack in which gunmen killed 12 soldiers, troops killed 30 militants.", [30], ["12"]),
])
def test_a_clause_the_parser_hangs_as_a_relative_inside_a_reprisal_is_the_reprisal(sentence, kept, skipped):
    # _cause_of_a_reprisal stops at _a_clause_run_on: a "relative clause" with no relative word and no gap
    result = fogcount.extract(sentence)
    assert [c.value.low for c in result.claims if c.category == "people.killed"] == kept
    assert [s.text for s in result.skipped if s.reason.startswith("an earlier happening")] == skipped


@pytest.mark.parametrize("sentence, kept", [
    # review O, H4: a relative clause whose gap is a time or a manner is the answered harm, not the reprisal
    ("In retaliation for the day the army killed 20 of their comrades, the militants executed four hostages.", [4]),
    ("In revenge for the way soldiers killed 15 villagers, the militants executed two hostages.", [2]),
    ("In retaliation for the time police shot 12 protesters, rioters burned the station.", []),
])
def test_a_relative_clause_of_time_or_manner_in_a_reprisal_is_the_answered_harm(sentence, kept):
    result = fogcount.extract(sentence)
    assert [c.value.low for c in result.claims if c.category.startswith("people.")] == kept


@pytest.mark.parametrize("sentence, expected", [
    ("Four soldiers who were hired as guards were killed.", ("people.killed", 4)),
    ("Two soldiers who served as guards died in the blast.", ("people.killed", 2)),
    ("Three men who were recruited as drivers were wounded.", ("people.injured", 3)),
    ("Four men who worked as drivers were killed on Monday.", ("people.killed", 4)),
])
def test_the_verb_after_a_relative_clause_of_as_is_the_phrase_own(sentence, expected):
    # _verb_read_into_a_relative
    assert [(c.category, c.value.low) for c in fogcount.extract(sentence).claims] == [expected]


@pytest.mark.parametrize("sentence, expected", [
    # review O, H5: the relative clause's graver outcome outweighs the later verb's
    ("Three soldiers who were wounded as guards were evacuated.", ("people.injured", 3)),
    ("Three soldiers who were wounded as civilians were evacuated by helicopter.", ("people.injured", 3)),
    ("Two soldiers who were wounded as guards were killed.", ("people.killed", 2)),
])
def test_the_graver_of_a_relative_clause_and_the_verb_after_it_holds(sentence, expected):
    assert [(c.category, c.value.low) for c in fogcount.extract(sentence).claims] == [expected]


def test_a_clause_of_time_in_a_relative_clause_stays_its_own():
    claims = fogcount.extract("Four soldiers who were hired as the guards were killed stayed.").claims
    assert [(c.category, c.value.low) for c in claims] == [("people.present", 4)]


@pytest.mark.parametrize("sentence, expected", [
    ("Smith and two other men were wounded.", ("people.injured", 3)),
    ("Gunmen shot Smith and two other men.", ("people.injured", 3)),
    ("Smith and three other people were injured in the crash.", ("people.injured", 4)),
])
def test_a_name_coordinated_with_other_people_is_a_person(sentence, expected):
    # _named_among_others: "other" makes the name one of the people beside it
    assert [(c.category, c.value.low) for c in fogcount.extract(sentence).claims] == [expected]


@pytest.mark.parametrize("sentence", [
    "Acme and two other companies were fined.",
    "Iraq and two other countries condemned the attack.",
])
def test_a_name_coordinated_with_other_things_is_no_person(sentence):
    assert [c for c in fogcount.extract(sentence).claims if c.category.startswith("people.")] == []


@pytest.mark.parametrize("sentence, expected", [
    # a name the actor registry knows is a group, even beside "other" people: no person
    ("Al-Shabaab and two other militants were killed in the raid.", [("people.killed", 2)]),
    ("Hamas and two other militants were killed.", [("people.killed", 2)]),
    # must still fire: a person's name
    ("Okafor and two other militants were killed in the raid.", [("people.killed", 3)]),
])
def test_a_named_group_beside_other_people_is_no_person(sentence, expected):
    assert [(c.category, c.value.low) for c in fogcount.extract(sentence).claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb's bare object coordinated by the parser with the number of the next clause's subject: the
        # first number is the verb's, the second the noun's with its own verb
        ("The strike wounded 20 and three children died.",
         [("people.injured", 20, 20, "unknown", None), ("people.killed", 3, 3, "civilian", None)]),
        ("The blast injured 14 and two soldiers died later.",
         [("people.injured", 14, 14, "unknown", None), ("people.killed", 2, 2, "security_forces", None)]),
        ("Gunmen killed 20 and three children were wounded.",
         [("people.killed", 20, 20, "unknown", None), ("people.injured", 3, 3, "civilian", None)]),
        ("The rebels killed 20 and 30 soldiers were captured.",
         [("people.killed", 20, 20, "unknown", None), ("people.captured", 30, 30, "security_forces", None)]),
        # must not fire: a verb of saying before the numbers, a range, no verb after the noun, the verb's
        # own object ("and fled": the gunmen fled)
        ("Police said 20 and three children died.", [("people.killed", 20, 20, "civilian", None)]),
        ("Between 20 and 30 children died.", [("people.killed", 20, 30, "civilian", None)]),
        ("Gunmen killed two and wounded three children.",
         [("people.killed", 2, 2, "unknown", None), ("people.injured", 3, 3, "civilian", None)]),
    ],
)
def test_a_bare_object_coordinated_with_the_next_subjects_number_is_the_verbs(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize("sentence, expected", [
    # under a possessive a child is one's offspring, kin beside a spouse: two people (possessed_kin_nouns)
    ("Investigators suspect the man shot his wife and child before killing himself.",
     [("people.injured", 2), ("people.killed", 1)]),
    ("He killed his wife and baby on Sunday.", [("people.killed", 2)]),
    # must not fire: no possessive, a subject whose verb shows no number and a noun of no sex
    ("A child and a dog were hurt.", [("people.injured", 1)]),
    ("Her husband and child died.", [("people.killed", 1)]),
])
def test_a_child_owned_beside_kin_is_another_person(sentence, expected):
    assert [(c.category, c.value.low) for c in fogcount.extract(sentence).claims] == expected


@pytest.mark.parametrize("sentence, expected", [
    # an apposition after a semicolon is an item of a list, no restatement of the noun before it
    ("The guard had killed his 7-year-old daughter, Kayla Walker; his 31-year-old girlfriend, Shantai Hale.",
     2),
    # must not fire: an apposition after a comma restates its noun
    ("Gunmen killed two people, a man and a woman.", 2),
    ("The guard had killed his daughter, Kayla Walker, on Sunday.", 1),
])
def test_an_apposition_after_a_semicolon_is_a_list_item(sentence, expected):
    report = fogcount.extract(sentence)
    assert [f.best for e in report.events for f in e.figures if f.category == "people.killed"] == [expected]


@pytest.mark.parametrize("sentence, expected", [
    # "one of 40 inmates": a figure "of" a noun with a figure of its own is a part of that figure's claim
    ("Kemp was one of 40 tenants in the building who had missed a payment.",
     [("people.present", 1, "c2"), ("people.present", 40, None)]),
    ("The delay angered many of the 80 parents who came to the meeting.",
     [("people.present", None, "c2"), ("people.present", 80, None)]),
    ("Three of the 14 miners killed were brothers.",
     [("people.killed", 3, "c2"), ("people.killed", 14, None)]),
    # must not fire: another outcome than the whole's, and a whole with no figure of its own
    ("Officers arrested four of the nine suspects.",
     [("people.captured", 4, None), ("people.present", 9, None)]),
    ("One of the gunmen was arrested.", [("people.captured", 1, None)]),
    ("At least 12 were injured when the bus overturned.", [("people.injured", 12, None)]),
])
def test_a_part_of_a_whole_counted_in_its_own_phrase(sentence, expected):
    claims = fogcount.extract(sentence).claims
    assert [(c.category, c.value.low, c.part_of) for c in claims] == expected


@pytest.mark.parametrize("sentence, expected", [
    # "one of" said of someone: what one is, no count
    ("She was one of the volunteers who felt let down by the decision.", []),
    ("The new coach brings to the club one of the league's most gifted young players.", []),
    ("He is one of the best surgeons in the state.", []),
    # must not fire: an outcome of its own, a part of a counted whole, a subject that does something
    ("One of the most wanted militants was killed in the raid.", [("people.killed", 1)]),
    ("He was one of three people killed in the crash.", [("people.killed", 1), ("people.killed", 3)]),
    ("One of the robbers held a knife to the driver's throat.", [("people.present", 1)]),
    ("The boat had about 120 people when it capsized.", [("people.present", 108)]),
    ("The militia claims 3,000 members.", [("people.present", 3000)]),
])
def test_one_of_a_kind_said_of_someone_is_no_count(sentence, expected):
    assert [(c.category, c.value.low) for c in fogcount.extract(sentence).claims] == expected


@pytest.mark.parametrize("text, expected", [
    # a definite figure of presence that repeats an earlier sentence's count of the same noun: the same people
    ("Three nurses stayed behind at the clinic. Reporters later spoke to the three nurses.",
     [("people.present", 3)]),
    # must not fire: an outcome told of them, an indefinite figure, another count, one sentence's own reading
    ("Three nurses stayed behind at the clinic. The three nurses were arrested on Friday.",
     [("people.present", 3), ("people.captured", 3)]),
    ("Three nurses stayed behind. Three nurses from another town joined them.",
     [("people.present", 3), ("people.present", 3)]),
    ("Three nurses stayed behind. The four nurses of the night shift left.",
     [("people.present", 3), ("people.present", 4)]),
    ("Two more guards died in the raid. The two guards who were killed were brothers.",
     [("people.killed", 2), ("people.killed", 2)]),
])
def test_the_same_people_there_told_again_in_a_later_sentence(text, expected):
    assert [(c.category, c.value.low) for c in fogcount.extract(text).claims] == expected


@pytest.mark.parametrize("sentence, category", [
    # a manner between the verb and "to death" is no degree short of it
    ("Two men were stabbed brutally to death in the market.", "people.killed"),
    ("A farmer was hacked savagely to death by the attackers.", "people.killed"),
    # must not fire: a degree short of death
    ("A guard was stabbed nearly to death.", "people.injured"),
    ("The mob beat the driver practically to death.", "people.injured"),
    ("A teenager was beaten virtually to death outside the club.", "people.injured"),
])
def test_a_manner_before_to_death_is_still_death(sentence, category):
    assert [c.category for c in fogcount.extract(sentence).claims] == [category]


def _event_toll(text: str) -> tuple[int, int]:
    """(killed, injured) of a one-event text: the best of each figure, summed over roles."""
    events = fogcount.extract(text).events
    assert len(events) == 1, [(e.type, [(f.category, f.best) for f in e.figures]) for e in events]
    return tuple(sum(f.best or 0 for f in events[0].figures if f.category == category)
                 for category in ("people.killed", "people.injured"))


def test_the_adverb_after_a_share_set_off_by_a_comma_grades_the_share_not_the_verb():
    # the parser hangs "fatally" on the verb: the 30 were wounded, four of them died (no "wound fatally")
    assert _figures("The attackers wounded 30, four of them fatally, at the market.") == [
        ("people.injured", 30, 30, "unknown", None), ("people.killed", 4, 4, "unknown", None)]


@pytest.mark.parametrize(
    "text, toll",
    [
        # the share's adverb no longer makes the verb's 30 dead (the four dead are not yet added to the 14:
        # a dead share beside its sentence's dead, tried in branch gvatolls12, was taken back after review B)
        ("The gunmen killed 14 and wounded 30, four of them fatally, in the assault on Monday.", (14, 30)),
        # must not fire: no comma, the verb's own object graded by the adverb; a share of the hit as before
        ("The attacker stabbed three of them fatally in the kitchen.", (3, 0)),
        ("Nine people were shot, three of them fatally, at the fair.", (3, 6)),
        # must not fire: an adverb of another grade
        ("The bomb wounded 12, four of them critically, at the market.", (0, 12)),
    ],
)
def test_a_fatal_share_set_off_by_a_comma_leaves_the_verb_its_outcome(text, toll):
    assert _event_toll(text) == toll


@pytest.mark.xfail(strict=True, reason="known wrong (issue 15): a relative clause whose subject is a share "
                   "('12 of whom') gives its outcome to the whole; a happening that 'claimed' people is no verb "
                   "of the dead (tried in branch gvatolls12, taken back: each lost a wad-dev study excerpt)")
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The gunman opened fire at a college that has 900 students, 15 of whom were injured.",
         ("people.injured", 15)),
        ("The bombing claimed 23 people on Sunday.", ("people.killed", 23)),
    ],
)
def test_known_wrong_shares_in_a_relative_clause_and_people_claimed(text, expected):
    claims = fogcount.extract(text).claims
    assert [(c.category, c.value.low) for c in claims if c.category != "people.present"] == [expected]
