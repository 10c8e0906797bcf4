"""Event types: each of ACLED's 24 sub-event types and Other from sentences we
wrote, the near misses that must not change a type (a drone strike reported by
a ministry, civilians killed in the crossfire of a clash), UCDP's type of
violence, and the stage in the pipeline."""

from __future__ import annotations

import pytest

import fogcount
from fogcount.pipeline import type_snippet
from fogcount.stages.event_types import Evidence, classify, compile_cue, find_cues, rules, set_score

EXAMPLES = [
    # Battles
    ("Armed clash", "Government troops and rebels clashed for several hours near the river crossing on Monday."),
    ("Armed clash", "Insurgents attacked an army checkpoint outside the town, and soldiers returned fire."),
    ("Government regains territory", "The army recaptured the town of Barikot from the insurgents after a week-long operation."),
    ("Government regains territory", "Government forces liberated three villages that had been held by the militants since May."),
    ("Non-state actor overtakes territory", "Rebel fighters seized control of the district headquarters after government troops fled."),
    ("Non-state actor overtakes territory", "The town fell to the militants on Tuesday, a local official said."),
    # Explosions/Remote violence
    ("Chemical weapon", "Residents said a shell released chlorine gas over the neighbourhood, leaving dozens struggling to breathe."),
    ("Air/drone strike", "Warplanes struck a fuel depot on the edge of the city overnight."),
    ("Suicide bomb", "A suicide bomber blew himself up at the entrance of a mosque during Friday prayers."),
    ("Shelling/artillery/missile attack", "Artillery and mortar shells hit residential areas of the city throughout the night."),
    ("Remote explosive/landmine/IED", "A roadside bomb exploded as a minibus passed, killing four passengers."),
    ("Remote explosive/landmine/IED", "Two shepherds were killed when they stepped on a landmine near the border."),
    ("Grenade", "An unknown man threw a grenade into a crowded bar late on Saturday."),
    # Violence against civilians
    ("Sexual violence", "Soldiers raped two women in the village, a local rights group reported."),
    ("Attack", "Gunmen shot dead five farmers working in their fields on Sunday."),
    ("Attack", "Militiamen stormed the village and killed twelve civilians, residents said."),
    ("Abduction/forced disappearance", "Armed men kidnapped a priest and two teachers on the road to the capital."),
    # Protests
    ("Peaceful protest", "Hundreds of teachers staged a peaceful protest outside the ministry to demand unpaid salaries."),
    ("Protest with intervention", "Police fired tear gas to disperse students who had gathered to protest tuition fees."),
    ("Excessive force against protesters", "Security forces opened fire on demonstrators with live ammunition, killing three."),
    # Riots
    ("Violent demonstration", "Rioters threw stones at police and set cars on fire in the city centre."),
    ("Mob violence", "An angry mob lynched a man accused of stealing a motorcycle."),
    # Strategic developments
    ("Agreement", "The two militias signed a ceasefire agreement brokered by tribal elders."),
    ("Arrests", "Police arrested seven members of the opposition party at their homes on Thursday."),
    ("Change to group/activity", "Two armed factions announced a merger and named a new commander."),
    ("Disrupted weapons use", "Bomb disposal experts defused an explosive device found under a bridge."),
    ("Disrupted weapons use", "Security forces seized a cache of rifles and ammunition during a search of the farm."),
    ("Headquarters or base established", "The armed group set up a new base in the hills above the valley."),
    ("Looting/property destruction", "Armed men looted shops and burned houses in the market town."),
    ("Non-violent transfer of territory", "The rebels withdrew from the town and handed over control to the local council without a fight."),
    # Not political violence
    ("Other", "Heavy flooding after torrential rain forced thousands from their homes."),
]

NEAR_MISSES = [
    # Who reports it does not change what it was.
    ("Air/drone strike", "The defence ministry said a drone strike destroyed a rebel command post near the border."),
    # Civilians caught in the crossfire of two armed groups: still a clash.
    ("Armed clash", "Two civilians were killed in the crossfire as rival militias clashed in the market."),
    # Tear gas is crowd control, not a chemical weapon.
    ("Protest with intervention", "Police used tear gas and water cannon against protesters blocking the square."),
    # A rocket-propelled grenade is fighting, not a hand grenade.
    ("Armed clash", "Fighters fired rocket-propelled grenades at an army patrol and a gunfight followed."),
    # A suicide car bomb is a suicide bomb, not a car bomb.
    ("Suicide bomb", "A suicide car bomb exploded at a checkpoint on the highway."),
    # A bomb defused never went off.
    ("Disrupted weapons use", "Police defused a roadside bomb planted near the school."),
    # Protesters' own violence makes a riot even when police intervene.
    ("Violent demonstration", "Protesters hurled stones at police, who fired tear gas to disperse them."),
    # An attack on soldiers is fighting.
    ("Armed clash", "Militants attacked a military convoy, killing three soldiers."),
    # State forces killing civilians is an attack.
    ("Attack", "Soldiers opened fire on a bus, killing six passengers."),
    # Recaptured by a non-state group: the taker decides.
    ("Non-state actor overtakes territory", "Insurgents recaptured the village from the army after heavy fighting."),
    # A ceasefire mentioned beside an air strike does not make the strike an agreement.
    ("Air/drone strike", "Warplanes bombed the town hours after a ceasefire was announced."),
    # A missile from a drone is a drone strike.
    ("Air/drone strike", "A drone fired two missiles at a car on the coastal road."),
]


@pytest.mark.parametrize("expected, text", EXAMPLES + NEAR_MISSES)
def test_sub_event_type(expected, text):
    typing = classify(text)
    assert typing is not None, text
    assert typing.sub_event_type == expected, (text, typing.evidence)
    assert typing.event_type == rules().event_type[expected]


def test_every_sub_event_type_has_an_example():
    assert {e for e, _ in EXAMPLES} == set(rules().event_type)
    assert len(rules().event_type) == 25 and set(rules().precedence) == set(rules().event_type)


def test_every_cue_set_is_documented_and_compiles():
    for name, cue_set in rules().sets.items():
        assert cue_set.doc and cue_set.cues, name
        if cue_set.sub_event_type is not None:
            assert cue_set.sub_event_type in rules().event_type, name


def test_cue_syntax_inflects_gaps_and_alternatives():
    assert compile_cue("shell", 6).search("the town was shelled")
    assert compile_cue("lob ~ grenade", 6).search("militants lobbed a hand grenade")
    assert compile_cue("(seize|recover) ~ weapon", 6).search("police recovered a cache of weapons")
    assert not compile_cue("=mine", 6).search("they mined the road")
    assert not compile_cue("shell", 6).search("a shellfish market")


def test_nothing_to_type_is_none():
    assert classify("The committee met on Tuesday to discuss the budget.") is None


def test_claims_victims_decide_the_target():
    text = "Gunmen attacked the area on Monday."
    assert classify(text, Evidence(victims={"combatant": 2})).sub_event_type == "Armed clash"
    assert classify(text, Evidence(victims={"civilian": 2})).sub_event_type == "Attack"


@pytest.mark.parametrize("text, expected", [
    ("Soldiers clashed with rebels near the border.", 1),
    ("Two rival militias clashed over the control of the market.", 2),
    ("Gunmen shot dead five farmers in their fields.", 3),
    ("Warplanes struck a rebel position outside the city.", 1),
    ("Hundreds of teachers staged a peaceful protest.", None),
])
def test_type_of_violence(text, expected):
    assert classify(text).type_of_violence == expected


def test_every_event_of_a_report_is_typed():
    report = fogcount.extract(
        "Warplanes struck the town on Monday, killing 7 civilians, a local monitor said.\n\n"
        "On Tuesday, police arrested 12 people in the capital.", published="2020-05-06")
    types = [(e.sub_event_type, e.type_of_violence) for e in report.events]
    assert ("Air/drone strike", 3) in types and ("Arrests", None) in types
    assert all(e.event_type for e in report.events)


def test_a_snippet_without_an_event_is_other():
    assert type_snippet("The weather was mild and the shops were open.").sub_event_type == "Other"
    assert type_snippet("A suicide bomber killed 9 people at a wedding.").sub_event_type == "Suicide bomb"


def test_cue_needles_name_what_every_match_contains():
    from fogcount.stages.event_types import cue_needles

    assert cue_needles("strike") == ("strik",)  # "striking" drops the e
    assert cue_needles("=IED") == ("ied",)
    assert cue_needles("(drone|uav) strike") == ("dron", "uav")  # "droning"
    assert cue_needles("self-detonat*") == ("self",)
    assert cue_needles("fire ~ at") == ("fir",)


def test_skipping_cues_by_their_needles_changes_no_hit():
    """The needle pre-check only saves time: every text gives the same hits with it and without it."""
    import dataclasses

    from fogcount.stages import event_types

    texts = [
        "Warplanes struck a fuel depot; a drone strike killed two. Shelling and mortar fire hit the town.",
        "A suicide bomber self-detonated at a checkpoint; an IED and a roadside bomb exploded nearby.",
        "Protesters blocked roads and hurled stones; police fired tear gas and arrested 12 demonstrators.",
        "Rebels seized control of the base, looted shops and abducted three aid workers.",
    ]
    with_needles = [event_types.find_cues(t) for t in texts]
    plain = event_types.rules()
    bare = dataclasses.replace(plain, sets={n: dataclasses.replace(s, needles=((),) * len(s.cues))
                                            for n, s in plain.sets.items()})
    assert [event_types.find_cues(t, bare) for t in texts] == with_needles


def test_actors_and_cues_are_found_in_the_same_rewritten_text():
    """The rewrites shorten the text ("rocket-propelled grenades" -> "rpgs"): the
    actors' positions must be read in that text too, or the side that took the
    village is read off the wrong words."""
    long = type_snippet("Rocket-propelled grenades and land mines were used by Hayat Tahrir al-Sham before it "
                        "recaptured the village, Russian forces said.")
    short = type_snippet("RPGs and landmines were used by Hayat Tahrir al-Sham before it recaptured the village, "
                         "Russian forces said.")
    assert long.sub_event_type == short.sub_event_type == "Non-state actor overtakes territory"


def test_action_words_that_report_no_happening_are_no_evidence_of_type():
    """ "refused to surrender" is no Agreement, "according to" no accord: the
    events stage read them as no happening, and the types read no cue from them."""
    fled = fogcount.extract("Insurgents refused to surrender and fled toward the border near Gao on Monday.",
                            published="2024-03-15")
    assert [e.sub_event_type for e in fled.events] == ["Other"]
    killed = fogcount.extract("According to the mayor, gunmen killed 5 villagers in Gao on Monday.",
                              published="2024-03-15")
    assert [e.sub_event_type for e in killed.events] == ["Attack"]


@pytest.mark.parametrize("text, sub_event_type", [
    # the happening condemned is typed by its own words, not by the condemning (no diplomatic "Other")
    ("The army condemned the killing of four soldiers near the border on Tuesday.", "Armed clash"),
    ("A statement by the bishops condemned the massacre of 30 villagers.", "Attack"),
])
def test_a_condemned_happening_is_typed_by_its_own_words(text, sub_event_type):
    events = fogcount.extract(text, published="2024-03-15").events
    assert [e.sub_event_type for e in events] == [sub_event_type]


def test_a_sets_score_is_its_weight_per_distinct_cue():
    """set_score weighs one set's hits as classify does: each distinct cue once, weak cues half."""
    _text, hits = find_cues("Teachers took to the streets, chanting, and chanting again, with their demands.")
    weight = rules().sets["protest"].weight
    assert set_score(hits, "protest") == weight * 2 + weight / 2  # two strong cues, one weak
    assert set_score(hits, "riot") == 0


@pytest.mark.parametrize("text", [
    # ordinary news gets no type of political violence: it makes no event (issue 14; newsev8)
    "Microsoft struck a deal with the union on Monday.",
    "The Democrats captured the Senate in November.",
    "The senator attacked the proposal on Tuesday.",
    "The government fell after a vote of no confidence.",
    "Chelsea beat Arsenal on Saturday.",
    "Fans stormed the pitch after the final whistle.",
    "The striker fired a shot over the bar.",
    "The bakery fired 40 workers at its shop.",
    "Djokovic beat Nadal in the final on Sunday.",  # fixnews8
])
def test_ordinary_news_is_typed_other(text):
    assert type_snippet(text, published="2024-03-15").sub_event_type == "Other"


@pytest.mark.parametrize("text, sub_event_type", [
    # ... while conflict news beside it keeps its type (review C of merge27)
    ("The capital fell to the rebels on Sunday.", "Non-state actor overtakes territory"),
    ("The jihadists executed a group of villagers on Monday.", "Attack"),
    ("A company of paratroopers attacked the village on Monday.", "Attack"),
    ("Protesters stormed the parliament building on Tuesday.", "Violent demonstration"),
    ("Police fired tear gas at the crowd on Friday.", "Protest with intervention"),
    ("The two sides signed a ceasefire agreement in Doha on Monday.", "Agreement"),
    # review D of newsev8 (fixnews8)
    ("Thugs seized ballot boxes during the election in Rivers State on Saturday.", "Non-state actor overtakes territory"),
    ("Coup leaders seized power in Ouagadougou on Friday.", "Non-state actor overtakes territory"),
    ("A bystander shot the shooter at the store on Monday.", "Attack"),
])
def test_conflict_news_beside_ordinary_news_keeps_its_type(text, sub_event_type):
    assert type_snippet(text, published="2024-03-15").sub_event_type == sub_event_type
