"""Finding place mentions (``stages/places/finding.py``): the model's places, names
it calls people or organisations that a cue or the gazetteer marks as places,
datelines, and names that describe a thing rather than place it."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

import fogcount

from fogcount.stages.places.finding import _cue_before, _mention, _peoples_names
from fogcount.stages.places.mention import Mention
from fogcount.stages.places.mention import rules
from places_rows import place_named, places_of


def test_cue_words_find_names_the_model_calls_people(settings):
    report = places_of("Fighters broke out of a trap in the Hassi area south of Fallujah, killing 12 soldiers.",
                       settings)
    texts = [p.text for p in report.places]
    assert "Hassi" in texts and "Fallujah" in texts
    hassi = next(p for p in report.places if p.text == "Hassi")
    assert hassi.derived_from == "Al Fallūjah" and hassi.precision == 2


def test_every_mention_is_listed_resolved_or_not(settings):
    report = places_of("Gunmen killed 12 people as they fled toward Thirthar from Ramadi.", settings)
    by_text = {p.text: p for p in report.places}
    assert by_text["Ramadi"].lat == pytest.approx(33.42, abs=0.01) and by_text["Ramadi"].country == "IQ"
    assert by_text["Thirthar"].lat is None  # found by its preposition, unknown to the gazetteer


def test_a_trailing_cue_word_is_not_part_of_the_name(settings):
    report = places_of("Gunmen killed 3 people in Ramadi district on Monday.", settings)
    ramadi = next(p for p in report.places if p.text.startswith("Ramadi"))
    assert ramadi.name == "Ramadi" and ramadi.precision == 2


def test_a_name_with_a_cue_noun_of_its_own_takes_none_from_the_noun_before_of():
    # "the Nar district of Hama province": the district is Nar; the province is no district
    ann = SimpleNamespace(tokens=[SimpleNamespace(lower=w.lower()) for w in "the Nar district of Hama province".split()])
    assert _cue_before(ann, 4, 6) is None
    assert _cue_before(ann, 4, 5) == "district"  # "the district of Hama"
    assert _cue_before(ann, 4) == "district"


def test_a_name_an_ethnic_word_stands_beside_is_a_peoples_wherever_it_is_used():
    words = "Gunmen burned an ethnic Tallu village near Ramadi . The Tallu and the Bero of Vell ethnicity clashed".split()
    ann = SimpleNamespace(tokens=[SimpleNamespace(lower=w.lower()) for w in words])
    at = {i: w for i, w in enumerate(words)}
    mentions = [Mention(start=i, end=i + 1, text=at[i], sent=0, first=i, last=i + 1) for i in (4, 7, 10, 13, 15)]
    _peoples_names(ann, mentions)
    assert [m.modifies for m in mentions] == ["people", None, "people", None, "people"]  # Ramadi, Bero: places


def test_a_peoples_name_leaves_the_place_of_the_name_named_with_a_cue_or_after_in_alone():
    words = ("Raiders shot 9 herders of Kessa ethnicity at dawn in Kessa state . "
             "Kessa elders fled near Kessa and the Kessa wept").split()
    ann = SimpleNamespace(tokens=[SimpleNamespace(lower=w.lower()) for w in words])
    firsts = [i for i, w in enumerate(words) if w == "Kessa"]
    mentions = [Mention(start=i, end=i + 1, text="Kessa", sent=0, first=i, last=i + 1) for i in firsts]
    mentions[1].cue = "state"  # "in Kessa state"
    _peoples_names(ann, mentions)
    # the ethnic one and the bare ones are the people's; "in Kessa state" and "near Kessa" the place
    assert [m.modifies for m in mentions] == ["people", None, "people", None, "people"]


def test_the_province_a_people_is_named_after_is_still_where_it_happened(namesakes):
    report = places_of("Militiamen killed 14 villagers of Helmand ethnicity on Tuesday in Helmand province.", namesakes)
    named = [(p.text, p.modifies) for p in report.places if p.text.startswith("Helmand")]
    assert named == [("Helmand", "people"), ("Helmand province", None)]
    assert place_named(report, "Helmand province").country == "AF"


def test_herders_are_a_group_a_name_describes(settings):
    report = places_of("Clashes between Fallujah herdsmen and police in Ramadi killed 3 people.", settings)
    assert place_named(report, "Fallujah").modifies == "herdsmen"
    assert report.claims[0].place is None or report.claims[0].place.text != "Fallujah"


def test_a_country_name_that_describes_a_thing_is_listed_but_places_nothing(settings):
    report = places_of("Three protesters were hurt at a rally against the U.S. dollar rate.", settings)
    us = next(p for p in report.places if p.text == "U.S.")
    assert us.country == "US" and us.modifies in ("dollar", "rate")
    assert report.claims[0].place is None or report.claims[0].place.text != "U.S."
    assert all(e.place is None or e.place.text != "U.S." for e in report.events)


def test_a_demonym_names_its_country_but_places_nothing(settings):
    report = places_of("Iraqi refugees fled toward Ramadi; 12 were hurt.", settings)
    iraqi = next(p for p in report.places if p.text == "Iraqi")
    assert iraqi.country == "IQ" and iraqi.modifies == "refugees"
    assert report.claims[0].place.text == "Ramadi"


def test_a_place_that_begins_an_organisations_name(settings):
    """ "The Baghdad Provincial Council said ...": Baghdad is listed as where the
    council is (`modifies`), not the figure's place; a facility named after a
    town ("Ramadi University") is a building there and can be the place."""
    report = places_of("The Baghdad Provincial Council said 12 people were killed in Ramadi.", settings)
    baghdad = next(p for p in report.places if p.text == "Baghdad")
    assert baghdad.modifies == "Provincial Council" and report.claims[0].place.text == "Ramadi"
    report = places_of("Ramadi University was shelled on Monday, killing 4 students.", settings)
    ramadi = next(p for p in report.places if p.text == "Ramadi")
    assert ramadi.modifies is None and report.events[0].place.text == "Ramadi"


def test_compound_names_and_cued_names_are_not_taken_for_organisations():
    assert {"tal", "bab", "colonia", "southern"} <= rules().name_heads
    assert "university" in rules().facility_nouns and "lga" in rules().cue_nouns


def test_a_place_that_begins_a_facilitys_name_and_a_first_name_that_is_a_country(namesakes):
    report = places_of("The Athens Police Department arrested a man Monday. Officer Chad Walker took him to "
                       "the Henderson County Jail.", namesakes)
    county = place_named(report, "Henderson County")  # the jail's place, found inside its name
    assert county.country == "US" and county.precision == 2
    # Athens beside Henderson County is the Texan town; "Chad" is a man, not a country that makes it foreign
    athens = place_named(report, "Athens")
    assert athens.country == "US" and athens.admin1 == "Texas"


def test_a_dateline_in_capitals_is_a_place_and_context(namesakes):
    report = places_of("Man held after theft. ATHENS — Police arrested a man on Monday, the Henderson County "
                       "sheriff said.", namesakes)
    athens = place_named(report, "ATHENS")
    assert athens.country == "US" and athens.admin1 == "Texas"
    # an agency's dateline, at the start of the text: where the report is from, no government
    wire = places_of("BEIRUT (Reuters) - Two soldiers were killed on Tuesday.", namesakes)
    beirut = place_named(wire, "BEIRUT")
    assert beirut.country == "LB" and beirut.modifies is None and wire.claims[0].place.name == "Beirut"
    assert all(p.text != "Reuters" for p in wire.places)
    # a place the sentence names is the figure's before the dateline's
    kabul = places_of("KABUL (AP) — Five soldiers died in Ghazni on Monday.", namesakes)
    assert kabul.claims[0].place.name == "Ghazni" and all(p.text != "AP" for p in kabul.places)
    # not further in: "NATO —" after the second sentence is no dateline, and places nothing
    later = places_of("Taliban attacked a post in Helmand, officials said. Fighting went on. NATO — which has "
                      "troops there — said 3 soldiers died.", namesakes)
    assert all(p.name != "Nato" for p in later.places) and later.claims[-1].place.name == "Helmand"


def test_romance_particles_and_names_the_model_calls_works_of_art(namesakes):
    report = places_of("On 8 May 2020, in Ciudad del Carmen, Campeche, two armed men shot and killed a man.", namesakes)
    place = place_named(report, "Ciudad del Carmen")  # tagged ORG, joined across "del"
    assert place.country == "MX" and place.precision == 1


def test_rural_x_is_the_countryside_of_x(settings):
    report = places_of("On 9 May 2020, rebels looted wheat crops in rural Aleppo.", settings)
    aleppo = place_named(report, "Aleppo")
    assert aleppo.country == "SY" and aleppo.precision == 2


def test_a_known_name_that_goes_on_past_the_models_entity(namesakes):
    report = places_of("Around 6 May 2020, in Leon de los Aldama, Guanajuato, a person was found dead.", namesakes)
    assert place_named(report, "Leon de los Aldama").country == "MX"


def test_a_capital_joined_to_its_district_is_a_place_not_a_government(namesakes):
    report = places_of("On 9 May 2020, militants fired mortar rounds in Mogadishu-Wadajir district.", namesakes)
    mogadishu = place_named(report, "Mogadishu")
    assert mogadishu.modifies is None and report.events[0].place.name == "Mogadishu"


def test_a_country_before_a_hyphen_and_a_participle_places_nothing(settings):
    # "Iran-backed", "Iraqi-led": who backs or leads, not where the attack was
    report = places_of("Iran-backed rebels killed 12 people in Ramadi.", settings)
    assert next(p for p in report.places if p.text == "Iran").modifies == "backed"
    assert report.claims[0].place.text == "Ramadi" and report.events[0].place.text == "Ramadi"
    led = places_of("An Iraqi-led force shelled Ramadi; 4 were hurt.", settings)
    assert next(p for p in led.places if p.text == "Iraqi").modifies == "led"


def test_a_division_phrase_past_the_models_name_makes_a_lower_division(villages):
    # "X Local area", "X Local Area" (Nigeria's LGAs): the division of the name, not the
    # place of an organisation or of a group called "Local"
    for text in ("Gunmen attacked three villages in Wuradi Local area of the state, killing 5 people.",
                 "Gunmen attacked three villages in Wuradi Local Area, killing 5 people."):
        report = places_of(text, villages)
        wuradi = next(p for p in report.places if p.text.startswith("Wuradi"))
        assert (wuradi.name, wuradi.precision, wuradi.modifies) == ("Wuradi", 2, None)
        assert report.events[0].place.name == "Wuradi"


def test_lower_case_articles_start_a_name_only_when_arabic(settings):
    report = places_of("Two soldiers were killed at Ramadi on Monday.", settings)
    assert report.claims[0].place.name == "Ramadi"  # "at" is English here
    report = places_of("Clashes continued as Hassi village came under fire, killing 3.", settings)
    assert [p.text for p in report.places] == ["Hassi"]  # not "as Hassi"
    report = places_of("Gunmen killed 2 civilians in al Bab on Monday.", settings)
    assert [p.text for p in report.places] == ["al Bab"]  # the Arabic article in lower case


def test_a_communitys_name_is_people_not_aplace_named(namesakes):
    report = places_of("Two members of the Muslim community were killed in the attack.", namesakes)
    assert report.places == []


def test_an_abbreviated_word_split_from_its_full_stop(namesakes):
    report = places_of("A man was killed in Ft. Worth on Monday.", namesakes)
    assert place_named(report, "Ft. Worth").name == "Fort Worth"


def test_a_place_before_a_group_of_people_says_whose_they_are(settings):
    report = places_of("Clashes between Fallujah tribesmen and police in Ramadi killed 3 people.", settings)
    assert place_named(report, "Fallujah").modifies == "tribesmen"
    report = places_of("Baghdad militias attacked a checkpoint in Ramadi, killing 3 soldiers.", settings)
    assert place_named(report, "Baghdad").modifies == "militias"
    assert report.claims[0].place.text == "Ramadi"
    # a family's name coordinated with another before the group noun (the parse makes the noun its conjunct)
    report = places_of("An armed fight broke out between the Al Ramadi and Al Fallujah families in Baghdad.", settings)
    assert place_named(report, "Al Ramadi").modifies == "families"
    assert place_named(report, "Baghdad").modifies is None


def test_an_actors_name_inside_a_hyphenated_word_is_no_place(settings):
    report = places_of("A prisoner died in the Houthi-controlled prison in Ramadi on Monday.", settings)
    assert [p.text for p in report.places] == ["Ramadi"]


def test_a_name_the_words_after_it_put_in_a_division_is_a_place(villages):
    report = places_of("Regime forces shelled Khirbat Nur in the southern countryside of Idlib on Monday.", villages)
    assert place_named(report, "Khirbat Nur").gazetteer_id == "geonames:900107"


def test_a_place_and_its_division_in_parentheses_are_places_after_any_words(villages):
    report = places_of("Gunmen fired at houses in the east of the harbour city (Dar Salim, Idlib) on Monday.",
                       villages)
    assert place_named(report, "Dar Salim").country == "SY" and place_named(report, "Idlib").country == "SY"
    words = places_of("The council met (Monday, Tuesday) to talk about roads.", villages)
    assert not {"Monday", "Tuesday"} & {p.text for p in words.places}  # no division: no places


def test_a_name_in_parentheses_is_no_place_of_a_division_it_does_not_lie_in(villages):
    # "(Democrat, Ohio)": the index knows the first name, but only elsewhere (review of f060ed3, #4)
    report = places_of("Gunmen fired at houses in the east of the harbour city (Khirbat Nur, Aleppo) on Monday.",
                       villages)
    assert "Khirbat Nur" not in {p.text for p in report.places}


def test_a_taluka_is_a_division_cue():
    assert "taluka" in rules().division_cues and rules().cue_nouns["taluka"] == 2


def test_an_entity_run_across_a_parenthesis_or_comma_is_two_names(settings):
    # the model runs a place and the division after it into one entity
    report = places_of("Drivers near Penas Blancas (Alajuela) blocked the road on Monday.", settings)
    assert [p.text for p in report.places] == ["Penas Blancas", "Alajuela"]


def test_a_place_before_words_for_kinds_of_things_is_the_place_of_an_organisations_name(namesakes):
    # the whole name is unknown; its first words are a county the index knows, the rest common nouns
    report = places_of("The Henry County Common Pleas Court heard the case on Monday.", namesakes)
    county = next(p for p in report.places if p.text.startswith("Henry County"))
    assert county.text == "Henry County" and county.country == "US"
    assert county.modifies == "Common Pleas Court"  # an organisation's place, not where anything happened
    # a later word that is a name, not a common noun: the name stays whole and unknown
    unknown = places_of("Police searched Puryear Khalidiya on Monday.", namesakes)
    assert all(p.text != "Puryear" for p in unknown.places)


def test_a_place_named_with_its_cue_words_is_no_organisations_name(namesakes):
    report = places_of("Gunmen attacked Puryear Village on Monday.", namesakes)
    village = next(p for p in report.places if p.text.startswith("Puryear"))
    assert village.text == "Puryear Village" and village.modifies is None and village.name == "Puryear"


def test_a_road_named_by_its_two_ends_names_two_places(settings):
    report = places_of("Protesters blocked the Ramadi-Fallujah road on Monday.", settings)
    texts = [p.text for p in report.places]
    assert "Ramadi" in texts and "Fallujah" in texts and "Ramadi-Fallujah" not in texts
    assert place_named(report, "Ramadi").name == "Ramadi"


def test_a_road_the_text_puts_in_a_place_stays_one_name(settings):
    report = places_of("Protesters blocked the Fallujah-Ramadi road in Baghdad.", settings)
    road = place_named(report, "Fallujah-Ramadi")  # where on the road: the text says
    assert road.derived_from == "Baghdad" and "Fallujah" not in [p.text for p in report.places]


def test_a_capital_before_a_building_is_where_the_building_stands(namesakes):
    """A capital the vocabulary reads as its country ("Moscow said") names no
    government before a facility's noun: "a Moscow restaurant" is in Moscow."""
    report = places_of("On Friday a gunman shot dead two diners at a busy Moscow restaurant.", namesakes)
    moscow = place_named(report, "Moscow")
    assert moscow.modifies is None and moscow.country == "RU"
    assert report.events[0].place.name == "Moscow"
    officials = places_of("On Friday Moscow officials said a gunman shot dead two diners.", namesakes)
    assert place_named(officials, "Moscow").modifies == "officials"


def test_a_known_name_beside_a_towns_noun_is_a_place(namesakes):
    """ "in the capital Sanaa": the model leaves the name untagged; in apposition to
    "capital", "city" or "town" and known to the index, it is a place."""
    report = places_of("An air strike killed a judge and seven members of his family in the capital Sanaa on "
                       "Sunday, residents said.", namesakes)
    assert place_named(report, "Sanaa").country == "YE"
    # after a comma ("the rebel-held capital, Sanaa"), which the model takes for a person
    comma = places_of("Officials say an airstrike has killed six people near the rebel-held capital, Sanaa.",
                      namesakes)
    assert place_named(comma, "Sanaa").country == "YE"


def test_a_name_joined_by_a_hyphen_and_a_persian_particle_is_one_name(namesakes):
    """ "Mazar-e Sharif": the model tags "Mazar" and "Sharif" apart; the index knows the whole."""
    report = places_of("A suicide bomber killed five people in Mazar-e Sharif on Monday.", namesakes)
    assert [p.text for p in report.places] == ["Mazar-e Sharif"]
    assert place_named(report, "Mazar-e Sharif").country == "AF"
    both = places_of("A suicide bomber killed five people in Mazar-e Sharif city on Monday.", namesakes)
    assert [p.text for p in both.places] == ["Mazar-e Sharif"]  # the model tags both halves here


def test_a_countrys_capital_named_by_the_country_is_the_capital(namesakes):
    """ "Somalia's capital", "the Afghan capital": the word is a place, the
    country's capital by the ``[capitals]`` table; not a province's capital."""
    report = places_of("A car bomb exploded in Somalia's capital on Monday, killing 8 people.", namesakes)
    capital = place_named(report, "capital")
    assert capital.name == "Mogadishu" and report.events[0].place.name == "Mogadishu"
    afghan = places_of("Gunmen attacked a hospital in the rebel-held Afghan capital on Wednesday, killing 5.", namesakes)
    assert afghan.events[0].place.name == "Kabul"
    province = places_of("A bomb killed 3 people in Helmand's provincial capital on Monday.", namesakes)
    assert all(p.text != "capital" for p in province.places)


def test_the_capital_alone_is_the_capital_of_the_one_country_the_text_names(namesakes):
    """ "killed in the capital": in a text whose words for countries all name one
    country, its capital; not where two countries are named, nor where another
    name follows the word ("the capital Hadibu" of an island is Hadibu)."""
    one = places_of("A Somali journalist was killed by a car bomb in the capital on Monday.", namesakes)
    assert one.events[0].place.name == "Mogadishu"
    two = places_of("A Somali journalist and a Kenyan driver were killed in the capital on Monday.", namesakes)
    assert all(p.text != "capital" for p in two.places)
    other = places_of("Somali forces took the capital Baidoa, where 2 people were killed.", namesakes)
    assert all(p.text != "capital" for p in other.places)



def _tokens(text):
    """Stub tokens of ``text``: words and hyphens, as the model splits "D-Fort Worth"."""
    out = []
    for match in re.finditer(r"[A-Za-z]+|-", text):
        out.append(SimpleNamespace(text=match[0], idx=match.start(), end=match.end(), pos="PROPN", dep="compound",
                                   lower=match[0].lower(), sent=0))
    return SimpleNamespace(tokens=out, text=text)


def test_a_partys_initial_before_a_legislators_town_is_no_part_of_its_name():
    ann = _tokens("D-Fort Worth")
    assert _mention(ann, 0, 4).text == "Fort Worth"  # "Rep. Ann Lee, D-Fort Worth": the member's party
    assert _mention(_tokens("Al-Fallujah"), 0, 3).text == "Al-Fallujah"  # a word, not an initial
    assert _mention(_tokens("R-Elbow"), 0, 3).text == "Elbow"  # a one-word town too ("R-Elbow Lake")


@pytest.mark.parametrize("text, person, place", [
    # a person's first or last name, or a name told with an age, then told again
    ("Police said Dallas Bidwell was shot dead Saturday in Stockton.", "Dallas", "Stockton"),
    ("Jane Milner, 22, was killed Tuesday in Rome, Ga. The gunman fired a handgun at Milner.", "Milner", "Rome"),
    ("A 34-year-old Annette Ponce was shot dead on Monday in Pocatello. Officers found Ponce in the kitchen.",
     "Ponce", "Pocatello"),
    # told again as the owner of a person's thing, or after an age alone, or beside another word of the name
    ("Spc. Ivan Lopez, 34, opened fire at Fort Hood. Four months before Lopez's rampage, he bought a gun in Killeen.",
     "Lopez", "Killeen"),
    ("A 34-year-old Annette Ponce was shot dead in Pocatello. He fled with Ponce's son to California.",
     "Ponce", "Pocatello"),
    ("The gunman shot Milner, 22, late Tuesday in Rome, Ga. He had demanded cash from Milner.", "Milner", "Rome"),
])
def test_a_persons_name_is_no_place(text, person, place):
    report = fogcount.extract(text, published="2016-06-30")
    names = [p.text for p in report.places]
    assert not any(n == person for n in names) and place in names


@pytest.mark.parametrize("text, place", [
    # must not fire: the name the text places ("in Jackson", "Jackson, Miss."), a name with its cue
    ("Police said Jesse Jackson, 20, was killed Sunday in Jackson after a fight.", "Jackson"),
    ("Police said Jesse Jackson, 20, was killed Sunday. Jackson, Miss., police are investigating.", "Jackson"),
    ("Sheriff Tom Houston said two people were shot in Harris County on Monday.", "Harris County"),
    # an age before a town's name that describes a person ("a 27-year-old Columbus woman")
    ("A 27-year-old Columbus woman was fined on Monday. She told McMahon she drove to Columbus.", "Columbus"),
])
def test_a_place_the_text_places_stays_though_a_person_bears_its_name(text, place):
    names = [p.text for p in fogcount.extract(text, published="2016-06-30").places]
    assert place in names


@pytest.mark.parametrize("text, place", [
    # only the mention that is part of the person's name goes: the town named again, untagged, stays
    ("Tiara Jackson, 19, was shot Tuesday. It was the third homicide this month on the west side of Jackson.",
     "Jackson"),
    ("Marcus Houston, 22, was killed Saturday. Houston's police chief said the shooting followed an argument.",
     "Houston"),
    ("James Dallas, 40, was shot and killed. The Dallas shooting is the city's 100th homicide.", "Dallas"),
    ("Houston Johnson was shot and killed outside his home. Houston police arrested a suspect.", "Houston"),
    ("Orlando Martinez, 20, was shot and killed Saturday. Orlando police said the gunman fled.", "Orlando"),
    # a happening a town owns as often as a person does: the town's again
    ("Houston Johnson, 30, was shot and killed. It was Houston's deadliest shooting this year.", "Houston"),
    ("Marcus Houston, 22, was killed Saturday. It was Houston's 200th killing of the year, police said.",
     "Houston"),
    # the first word of a run the model tags a person ("Huntsville Fire Chief Tom Roe") names no person
    ("Huntsville Fire Chief Tom Grisham lifted the ban Monday. Residents of Huntsville can get a permit.",
     "Huntsville"),
])
def test_a_town_named_again_after_a_person_of_its_name_stays(text, place):
    report = fogcount.extract(text, published="2016-06-30")
    assert [p.text for p in report.places] == [place]
    assert report.places[0].span[0] > text.index(".")  # the town's mention, not the name's


def test_a_name_a_town_noun_is_a_compound_of_is_a_place(namesakes):
    # the model leaves "Taez" untagged and parses "city" as its compound
    report = places_of("Six civilians were killed on Friday as forces gained ground around third city Taez, "
                       "officials said.", namesakes)
    assert place_named(report, "Taez").country == "YE"
    # must not fire: a word for a kind of thing after the noun is the noun's own ("the city Council")
    report = places_of("The city Council of Taez met on Monday to discuss the budget.", namesakes)
    assert "Council" not in [p.text for p in report.places]
