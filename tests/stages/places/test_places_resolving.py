"""Resolving mentions against the gazetteer (``stages/places/resolving.py``):
namesakes, countries, divisions and the support of the document's other places."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from fogcount.stages.places.mention import Mention, rules
from fogcount.stages.places.resolving import (
    _name_extends, _own_names_first, _spelled_out, _Support, _town_of_division,
)
from places_rows import place_named, places_of


def test_a_namesake_abroad_is_not_taken(settings):
    report = places_of("Iraqi forces captured 20 fighters near Khalidiya.", settings)
    khalidiya = next(p for p in report.places if p.text == "Khalidiya")
    assert khalidiya.lat is None  # the Jordanian village of that name is not the place meant


def test_country_words_resolve_to_countries(settings):
    report = places_of("U.S. officials said 40 vehicles were destroyed near Ramadi.", settings)
    us = next(p for p in report.places if p.text == "U.S.")
    assert us.country == "US" and us.precision == 3
    assert report.claims[0].place.name == "Ramadi"


def test_news_abbreviations_of_divisions_are_looked_up_as_their_names():
    assert _spelled_out("Ga.") == "Georgia" and _spelled_out("W.Va") == "West Virginia"  # its period taken
    assert _spelled_out("GA") == "GA" and _spelled_out("Ramadi") == "Ramadi"
    assert _spelled_out("UP") == "Uttar Pradesh" and _spelled_out("KPK") == "Khyber Pakhtunkhwa"
    # a period the sentence may take, or a code in capitals; never a US state's or a country's code
    assert all(name and (short.endswith(".") or short.isupper()) for short, name in rules().abbreviations.items())
    assert not {"TN", "GA", "UK", "GB", "US"} & set(rules().abbreviations)


def test_a_namesake_is_the_one_near_the_documents_other_places(namesakes):
    local = places_of("Paris police arrested two men Tuesday. The Henry County sheriff said a third man was "
                      "found near Puryear.", namesakes)
    assert place_named(local, "Paris").country == "US" and place_named(local, "Paris").admin1 == "Tennessee"
    abroad = places_of("French police arrested two men in Paris on Tuesday.", namesakes)
    assert place_named(abroad, "Paris").country == "FR"


def test_a_namesake_is_in_the_country_the_documents_other_towns_lean_to(namesakes):
    # no country named: Dallas, whose namesake abroad is a fiftieth of it at most, puts the text in the US
    local = places_of("Police in Paris said a man from Dallas was hurt on Friday.", namesakes)
    assert place_named(local, "Paris").country == "US" and place_named(local, "Paris").admin1 == "Texas"
    # a name does not lean its own way: alone, Paris is the capital
    alone = places_of("A man from Paris was taken to a hospital on Friday.", namesakes)
    assert place_named(alone, "Paris").country == "FR"


def test_a_states_name_is_the_state_before_a_small_town_of_its_name_in_another_state(namesakes):
    report = places_of("Officers in Lexington Park said the fireball was also seen in California.", namesakes)
    assert place_named(report, "California").admin1 == "California"  # not the Maryland town beside Lexington Park


def test_a_country_word_is_the_town_of_that_name_amid_its_neighbours(namesakes):
    local = places_of("The road between Zionsville and Lebanon, in Boone County, will close for a week.", namesakes)
    assert place_named(local, "Lebanon").country == "US"
    abroad = places_of("Israeli jets struck targets in southern Lebanon, 20 km from Beirut.", namesakes)
    assert place_named(abroad, "Lebanon").country == "LB"


def test_a_name_that_is_a_state_and_a_country_follows_the_other_places(namesakes):
    country = places_of("Georgia's president spoke in Tbilisi on Monday, and Georgian troops stayed on alert.",
                        namesakes)
    assert place_named(country, "Georgia").country == "GE"
    state = places_of("Storms hit Atlanta, Georgia, on Monday.", namesakes)
    assert place_named(state, "Georgia").country == "US"
    # the country beside one the text names
    border = places_of("Five soldiers were killed in Georgia, near the border with Russia.", namesakes)
    assert place_named(border, "Georgia").country == "GE"


def test_a_divisions_bare_name_that_is_a_big_town_abroad_sets_no_context(namesakes):
    # "Beni" is the Congolese town and, without its article, Bolivia's El Beni: the division
    # does not make the text Bolivian and then win by the country it set
    report = places_of("Rebels killed six farmers near Beni on Monday, officials said.", namesakes)
    assert place_named(report, "Beni").country == "CD"
    named = places_of("Rebels killed six farmers in the Congo town of Beni on Monday.", namesakes)
    assert place_named(named, "Beni").country == "CD"


def test_a_part_of_a_place_is_placed_at_theplace_named(namesakes):
    report = places_of("Storms hit Northeast Georgia and Atlanta on Monday.", namesakes)
    part = place_named(report, "Northeast Georgia")
    assert part.country == "US" and part.admin1 == "Georgia" and part.precision >= 2
    named_as = places_of("Officials of the City of Celaya met on Monday.", namesakes)
    assert place_named(named_as, "City of Celaya").name == "Celaya"


def test_a_division_named_with_its_designator_is_the_division(namesakes):
    county = places_of("The Douglas County sheriff said the road was closed on Monday.", namesakes)
    assert place_named(county, "Douglas County").country == "US"  # not the Isle of Man's Douglas, so named too


def test_a_short_word_is_no_place_by_an_alternate_name(namesakes):
    report = places_of("On 7 May 2020, members of the DMK held a protest in Tenkasi.", namesakes)
    assert all(p.country != "TH" for p in report.places)  # DMK is Don Mueang's airport code, and a party


def test_a_town_abroad_matched_by_an_alternate_spelling_is_not_taken(namesakes):
    report = places_of("On 7 May 2020, soldiers shot a man near the Kali forest, in the area of Boundore, Burkina "
                       "Faso.", namesakes)
    assert place_named(report, "Kali").lat is None  # not Cali, Colombia, which some spell Kali


def test_a_big_town_by_an_alternate_spelling_is_taken_beside_a_neighbouring_country(namesakes):
    # Yemen borders Saudi Arabia: Hodeida is the Yemeni port, though the text names only its neighbours
    report = places_of("On 7 May 2020, eleven civilians were killed south of Hodeida by forces backed by Saudi "
                       "Arabia and the UAE.", namesakes)
    assert place_named(report, "Hodeida").country == "YE"
    # must not fire: a country the text names that does not border the town's
    for text in ("On 7 May 2020, Iraqi officials said a man from Hodeida was arrested in Baghdad.",
                 "On 7 May 2020, Colombian police said a man from Hodeida was arrested in Cali."):
        assert place_named(places_of(text, namesakes), "Hodeida").lat is None, text
    # nor where the text names another place the index knows: "Madinat" of a Yemeni name is not Medina
    report = places_of("On 5 May 2020, two unidentified forces clashed in Madinat as Saleh (Al Buraiqeh, Aden) "
                       "for unknown reasons.", namesakes)
    assert all(p.country != "SA" for p in report.places)


def test_a_neighbourhoods_namesake_far_from_the_other_places_is_not_taken(namesakes):
    report = places_of("On 9 May 2020, in Celaya, armed men attacked a police patrol in Camargo community. "
                       "Three officers died.", namesakes)
    assert place_named(report, "Camargo").lat is None  # not Camargo, Chihuahua, 800 km away
    assert report.claims[0].place.name == "Celaya"


def test_a_name_a_cue_noun_calls_a_town_is_a_town_before_a_division_of_its_name(namesakes):
    # "the town of X", "the city of X": the populated place, not the canton or the department
    uri = places_of("Soldiers killed eight men near the town of Uri, officials in India said.", namesakes)
    assert place_named(uri, "Uri").country == "IN" and place_named(uri, "Uri").precision == 1


def test_a_name_no_cue_noun_calls_a_town_keeps_its_division(namesakes):
    # must not fire: the division's own cue, another cue, or none at all
    canton = places_of("Four climbers were killed in the canton of Uri on Monday.", namesakes)
    assert place_named(canton, "Uri").country == "CH"
    department = places_of("Gunmen killed five people in Copan department, Honduras, on Friday.", namesakes)
    assert next(p for p in department.places if p.text.startswith("Copan")).precision == 3
    bare = places_of("Gunmen killed five people in Copan, Honduras, on Friday.", namesakes)
    assert place_named(bare, "Copan").precision == 3  # the department, as the text leaves it
    district = places_of("Five people were killed in the district of Copan, Honduras.", namesakes)
    # review L6: the department itself, not merely "not the town"
    assert (place_named(district, "Copan").name, place_named(district, "Copan").precision) == ("Copán", 3)
    # a lower division near the text's other places is not given up for a far village of the name
    strike = places_of("An air strike near the village of Bilad al-Rus, around 40 km south of Sanaa, "
                       "killed 15 civilians.", namesakes)
    assert (place_named(strike, "Bilad al-Rus").name, place_named(strike, "Bilad al-Rus").country) == (
        "Bilad Ar Rus", "YE")


def test_a_city_has_the_support_of_the_places_in_its_division(namesakes):
    report = places_of("Five people were killed in Kandahar on Monday. Fighting was also reported in Spin Boldak.",
                       namesakes)
    assert place_named(report, "Kandahar").precision == 1  # the city, not Kandahar province


def test_the_province_the_text_names_picks_among_same_named_villages(villages):
    report = places_of("Shelling killed four civilians in Tell Harun in Idlib province on Monday.", villages)
    harun = place_named(report, "Tell Harun")
    assert (harun.gazetteer_id, harun.admin1) == ("geonames:900102", "Idlib")  # not the far bigger one in Aleppo


def test_a_village_named_with_its_district_is_the_one_in_that_district(villages):
    report = places_of("Gunmen killed two farmers in Dar Salim (Wadi Qarmun District, Idlib) on Monday.", villages)
    assert place_named(report, "Dar Salim").gazetteer_id == "geonames:900104"  # beside the district, not the bigger one


def test_the_country_the_text_names_keeps_namesakes_abroad_out(villages):
    report = places_of("In Syria, an airstrike killed three people in Khirbat Nur on Monday.", villages)
    assert place_named(report, "Khirbat Nur").gazetteer_id == "geonames:900107"  # thirty bigger ones in Egypt


def test_a_name_spelled_otherwise_is_found_by_its_consonants_in_the_documents_country(villages):
    report = places_of("An airstrike killed three people in Kafr Nabl, in southern Idlib, Syria.", villages)
    kafr_nabl = place_named(report, "Kafr Nabl")
    assert (kafr_nabl.text, kafr_nabl.name, kafr_nabl.precision) == ("Kafr Nabl", "Kafranbel", 1)
    abroad = places_of("An airstrike killed three people in Kafr Nabl.", villages)
    assert place_named(abroad, "Kafr Nabl").lat is None  # no country named: consonants alone say too little


def test_a_village_the_index_lacks_falls_back_to_its_named_container(villages):
    report = places_of("Two people were killed in Zawiyat Qarmun village, Idlib, on Monday.", villages)
    village = place_named(report, "Zawiyat Qarmun")
    assert (village.name, village.gazetteer_id, village.derived_from) == (None, None, "Idlib")
    assert village.precision in (2, 3) and village.lat is not None
    assert report.claims[0].place.text == "Zawiyat Qarmun"


def test_a_consonant_match_without_support_does_not_replace_the_names_own_places(villages):
    report = places_of("Syrian officials travelled to Qarmasa on Monday.", villages)
    assert place_named(report, "Qarmasa").gazetteer_id == "geonames:900111"  # not Qurmusa, a lone Syrian village


def test_a_consonant_match_beyond_a_towns_reach_of_the_town_the_text_puts_it_by_falls_back_to_the_town(villages):
    far = places_of("In Syria, shelling hit Kafr Nubl village (Tall Marun, Idlib) on Monday.", villages)
    village = place_named(far, "Kafr Nubl")
    assert (village.name, village.derived_from) == (None, "Tall Marun")  # Kafranbel lies 58 km off: another place
    near = places_of("In Syria, shelling hit Kafr Nubl village (Ain Qasr, Idlib) on Monday.", villages)
    assert place_named(near, "Kafr Nubl").name == "Kafranbel"  # 5 km from the town: the guess stands


def test_a_place_beyond_a_districts_reach_of_the_lower_division_the_text_names_falls_back_to_it(villages):
    """ "X village, Y Local Government Area", "the X area of Y District": a
    lower division the text calls one after a comma, "in" or "of" bounds the
    place as a district's reach (45 km); the name's far namesake is another place."""
    far = places_of("Gunmen killed 5 people in Kofan Dalo village, Wuradi Local Government Area, on Monday.",
                    villages)
    village = place_named(far, "Kofan Dalo")
    assert (village.name, village.derived_from) == (None, "Wuradi")  # the index's Kofan Dalo lies 300 km off
    near = places_of("Gunmen killed 5 people in Kofan Dalo village, Gindiri Kasa Local Government Area, on Monday.",
                     villages)
    assert place_named(near, "Kofan Dalo").name == "Kofan Dalo"  # 15 km from the LGA's point: it stands
    bare = places_of("Gunmen killed 5 people in Kofan Dalo village, Wuradi, on Monday.", villages)
    assert place_named(bare, "Kofan Dalo").name == "Kofan Dalo"  # a bare name after a comma sets no bound
    # none within reach of the LGA's point: the namesake in its state (a district's point is the
    # middle of a district that may be 100 km across), not a bigger one of another state
    wide = places_of("Gunmen killed 5 people in Dutsen Mari village, Gindiri Kasa Local Government Area, on Monday.",
                     villages)
    assert place_named(wide, "Dutsen Mari").lat == 12.90


def test_a_name_the_country_has_once_is_that_place_though_the_index_puts_it_in_the_next_province(villages):
    report = places_of("Two people were killed in Kafranbel, Aleppo, on Monday.", villages)
    assert place_named(report, "Kafranbel").name == "Kafranbel"  # the index has it in Idlib, the text in Aleppo
    several = places_of("Two people were killed in Dar Salim, Aleppo, on Monday.", villages)
    assert place_named(several, "Dar Salim").derived_from == "Aleppo"  # Idlib's two are not the one meant


def test_a_place_in_the_area_of_a_district_lies_in_it(villages):
    report = places_of("Shelling hit the Dar Salim area of Wadi Qarmun District on Monday.", villages)
    assert place_named(report, "Dar Salim").gazetteer_id == "geonames:900104"  # beside the district


def test_a_district_is_placed_at_the_town_of_its_name(villages):
    report = places_of("Clashes were reported in Wadi Qarmun district on Monday.", villages)
    district = place_named(report, "Wadi Qarmun")
    assert (district.gazetteer_id, district.precision) == ("geonames:900110", 2)


def test_a_district_is_not_placed_at_a_village_of_its_name_beyond_its_reach(villages):
    # the governorate's other Jabal Sim lies 90 km off: a village of another district, no seat
    report = places_of("Clashes were reported in Jabal Sim district on Monday.", villages)
    assert place_named(report, "Jabal Sim").gazetteer_id == "geonames:900140"


def test_a_lower_division_in_parentheses_after_a_province_is_the_part_meant(villages):
    # "X province (Y district)": the district lies in the province, not the province in it
    report = places_of("Gunmen killed five villagers in Idlib province (Wadi Qarmun district) on Monday.", villages)
    assert report.events[0].place.text == "Wadi Qarmun"
    assert place_named(report, "Wadi Qarmun").lat is not None


def test_the_central_district_of_a_city_is_the_city_not_its_province(villages):
    report = places_of("A bomb exploded in the central district of Aleppo on Monday.", villages)
    assert place_named(report, "Aleppo").precision <= 2


def test_a_body_that_works_in_one_region_puts_the_text_there(villages):
    report = places_of("On Monday, the OSCE SMM recorded 12 explosions near Zelenopil.", villages)
    # the Donetsk one on the contact line the OSCE SMM watches, not the bigger ones in Zaporizhzhia
    # oblast or farther from the line
    assert place_named(report, "Zelenopil").gazetteer_id == "geonames:900114"


def test_a_front_line_is_measured_to_its_nearest_segment():
    line = rules().front_lines[0]
    assert line.distance_km(48.10, 37.70) < 5  # beside the line near Avdiivka
    assert line.distance_km(48.90, 37.00) > line.reach_km


def test_a_village_in_the_district_the_text_names_first_beats_a_bigger_one_in_the_province(villages):
    report = places_of("Shelling hit farms in Dar Salim area (At Qarmun, Idlib) on Monday.", villages)
    assert place_named(report, "At Qarmun").name == "At Qarmun"  # the article begins the district's name
    assert place_named(report, "Dar Salim").gazetteer_id == "geonames:900104"


def test_a_province_named_with_its_cue_word_is_placed_at_its_capital_of_that_name(villages):
    report = places_of("Clashes were reported in Idlib province on Monday.", villages)
    province = place_named(report, "Idlib")
    assert (province.lat, province.lon, province.precision) == (35.93062, 36.63393, 3)


def test_a_place_near_another_is_a_namesake_near_it_or_takes_its_point(villages):
    report = places_of("Shelling killed two people in Khirbat Nur near the city of Aleppo on Monday.", villages)
    village = place_named(report, "Khirbat Nur")  # Idlib's, 75 km away, is not the one meant
    assert (village.lat, village.lon, village.precision) == (36.20124, 37.16117, 2)


def test_a_place_far_from_the_town_the_text_puts_it_in_falls_back_to_that_town(villages):
    report = places_of("Shelling hit farms in Tall Harun (Baghdad) on Monday.", villages)
    village = place_named(report, "Tall Harun")  # both Syrian ones lie hundreds of km from Baghdad
    assert (village.name, village.lat, village.lon) == (None, 33.34058, 44.40088)
    assert (village.precision, village.derived_from) == (2, "Baghdad")


def test_an_armed_group_that_fights_in_one_country_sets_it(villages):
    report = places_of("Hayat Tahrir al-Sham fighters attacked farmers in Dar Salim on Monday.", villages)
    assert place_named(report, "Dar Salim").country == "SY"  # not the bigger Iraqi one
    alone = places_of("Gunmen attacked farmers in Dar Salim on Monday.", villages)
    assert place_named(alone, "Dar Salim").country == "IQ"



def test_what_a_name_is_comes_from_the_index_as_it_is_after_an_import(tmp_path):
    """Whether a word names a town, and a country's code, are asked of the
    gazetteer again after another connection imports (Gazetteer.lookup forgets
    its answers then); no cache keyed on the Gazetteer keeps the old answer."""
    from pathlib import Path

    from fogcount.gazetteer import Gazetteer, import_geonames
    from fogcount.stages.places.resolving import _country_code, _names_a_town
    from places_rows import ROWS, _line, settings_with

    path = Path(settings_with(ROWS, tmp_path).gazetteer)
    rows = tmp_path / "new.txt"
    rows.write_text(_line(("9900001", "Tawila", "Tawila", "", "13.5", "24.2", "P", "PPL", "SD", "", "30000")) + "\n"
                    + _line(("9900002", "Wadiya", "Wadiya", "", "15.0", "30.0", "A", "PCLI", "ZZ", "", "1000000")) + "\n",
                    encoding="utf-8")
    with Gazetteer.open(path) as gaz:
        assert not _names_a_town(gaz, "Tawila") and _country_code(gaz, "Wadiya") is None
        import_geonames(path, rows)
        assert _names_a_town(gaz, "Tawila") and _country_code(gaz, "Wadiya") == "ZZ"


def test_a_road_the_text_puts_in_a_town_lies_there_not_where_it_leads(villages):
    report = places_of("Protesters blocked the Aleppo road in Idlib city on Monday.", villages)
    road = place_named(report, "Aleppo")  # the road to Aleppo, in Idlib
    assert (road.lat, road.lon, road.derived_from) == (35.93062, 36.63393, "Idlib")


def _candidate(name, kind, population, admin1_code="06", match="exact"):
    return SimpleNamespace(name=name, kind=kind, population=population, country="BY", admin1_code=admin1_code,
                           feature_class="A" if kind == "admin1" else "P", match=match, lat=53.9, lon=30.3,
                           precision=3 if kind == "admin1" else 1, admin1="Mogilev", gazetteer_id=name)


def _division_named_after(word, text="Mogilev"):
    ann = SimpleNamespace(tokens=[SimpleNamespace(lower="protested"), SimpleNamespace(lower=word)])
    m = Mention(start=0, end=len(text), text=text, sent=0, first=2, last=3)
    division = _candidate(text, "admin1", 821_640)
    m.place = SimpleNamespace()
    return ann, m, {id(m): division}


def test_a_division_named_bare_after_in_is_its_big_town_by_any_spelling():
    town = _candidate("Mahilyow", "city", 352_896, match="alternate")
    village = _candidate("Mogilev", "city", 900)
    ann, m, chosen = _division_named_after("in")
    _town_of_division(ann, m, chosen, [chosen[id(m)], village, town])
    assert chosen[id(m)] is town and m.place.name == "Mahilyow"
    ann, m, chosen = _division_named_after("near")  # "near Oaxaca": the state
    _town_of_division(ann, m, chosen, [chosen[id(m)], town])
    assert chosen[id(m)].kind == "admin1"


def test_a_town_whose_own_name_sets_it_apart_is_not_its_divisions_bare_name():
    assert _name_extends("New York City", "New York") and _name_extends("Rio Grande", "Rio Grande do Sul")
    assert not _name_extends("Mahilyow", "Mogilev") and not _name_extends("Victoria de Durango", "Durango")
    ann, m, chosen = _division_named_after("in", "New York")
    _town_of_division(ann, m, chosen, [chosen[id(m)], _candidate("New York City", "city", 8_804_190)])
    assert chosen[id(m)].kind == "admin1"


def test_divisions_in_parentheses_after_a_country_place_the_name_before_it(villages):
    # a country lies in no district: "(Wadi Qarmun, Idlib)" says where the village lies
    report = places_of("Gunmen shelled Dar Salim village in northern Syria (Wadi Qarmun, Idlib) on Monday.", villages)
    village = place_named(report, "Dar Salim")
    assert (village.lat, village.lon) == (35.93, 36.41)  # the namesake near the district, not the bigger one
    assert place_named(report, "Syria").country == "SY"


def test_a_name_placed_in_a_district_in_parentheses_is_no_province(namesakes):
    # Helmand is a province to the index; "(Spin Boldak, Kandahar)" puts this one inside a
    # district of Kandahar, where no province lies: it takes the district's point
    report = places_of("Shelling hit the Helmand area (Spin Boldak, Kandahar) on Monday.", namesakes)
    helmand = place_named(report, "Helmand")
    assert helmand.derived_from == "Spīn Bōldak" and helmand.precision == 2
    # one name alone in parentheses may be no division at all ("MAINEVILLE, Ohio (AP)")
    report = places_of("Shelling hit Helmand (Kandahar) on Monday.", namesakes)
    assert place_named(report, "Helmand").name == "Helmand"


def _us(name, kind, population, admin1_code, match="exact"):
    return SimpleNamespace(name=name, kind=kind, population=population, country="US", admin1_code=admin1_code,
                           feature_class="A" if kind == "admin1" else "P", match=match)


def test_a_town_once_called_by_a_name_gives_way_to_the_towns_so_called():
    bigger = _us("Oakvale", "city", 28_000, "TN")
    smaller = _us("Oakvale", "city", 7_900, "IL")
    renamed = _us("Birchton", "city", 1_300, "TX", match="alternate")
    assert _own_names_first([renamed, bigger, smaller], "Oakvale") == [bigger, smaller]
    # a renamed town of the size of the towns still so called may be meant (Pervomaisk, Sokolohirsk now)
    town = _us("Birchton", "city", 13_000, "TX", match="alternate")
    assert town in _own_names_first([bigger, town], "Oakvale")
    # villages so called are no towns: a town once so called keeps the name beside them
    assert renamed in _own_names_first([smaller, renamed], "Oakvale")
    # a town once so called, and no town of the country so called by its own name: kept
    assert _own_names_first([renamed], "Oakvale") == [renamed]


def test_a_town_named_like_a_division_by_an_alternate_name_lies_in_it_or_gives_way():
    state = _us("California", "admin1", 37_691_912, "CA")
    elsewhere = _us("Spencerville", "city", 2_000, "WV", match="alternate")
    assert _own_names_first([state, elsewhere], "California") == [state]
    # in the division of its name it stays ("Mogilev" may be Mahilyow, in Mogilev province) ...
    inside = _us("Mahilyow", "city", 352_896, "CA", match="alternate")
    assert inside in _own_names_first([state, inside], "California")
    # ... unless its own name is the division's with words added (the state's bare name is the state)
    city = _us("California City", "city", 8_000_000, "CA", match="alternate")
    assert _own_names_first([state, city], "California") == [state]
    # ... and unless a cue noun calls the name a town ("the city of Copan" may be Copan Ruinas)
    assert city in _own_names_first([state, city], "California", settlement=True)


def test_a_town_is_the_one_in_the_county_the_text_names(namesakes):
    # two Richmonds, each with a Madison County in reach: the one the county holds, in its state
    report = places_of("Richmond police said the man was taken to the Madison County jail.", namesakes)
    assert place_named(report, "Richmond").admin1 == "Kentucky"
    assert place_named(report, "Madison County").admin1 == "Kentucky"



def _placed(name, state, lat, lon, kind="city"):
    return SimpleNamespace(name=name, kind=kind, population=0, country="US", admin1_code=state, admin1=state,
                           feature_class="A" if kind == "admin" else "P", match="exact", lat=lat, lon=lon,
                           gazetteer_id=f"{name}/{state}")


def test_a_country_word_that_is_a_town_of_a_country_the_text_names_lends_its_support():
    in_town, oh_town = _placed("Lebanon", "IN", 40.05, -86.47), _placed("Lebanon", "OH", 39.44, -84.2)
    in_county, ky_county = _placed("Boone County", "IN", 40.05, -86.47, "admin"), \
        _placed("Boone County", "KY", 38.97, -84.73, "admin")
    country = SimpleNamespace(name="Lebanon", kind="country", country="LB", lat=33.9, lon=35.9, population=0)
    lebanon = Mention(start=0, end=7, text="Lebanon", sent=0, first=0, last=1)
    lebanon.candidates, lebanon.country_word = [country, oh_town, in_town], True
    boone = Mention(start=20, end=32, text="Boone County", sent=0, first=4, last=6)
    boone.candidates = [ky_county, in_county]
    support = _Support([lebanon, boone], {"US", "LB"})
    # the town in the county (Indiana's) supports its county twice as much as Ohio's town supports Kentucky's
    assert support.score(boone, in_county) > support.score(boone, ky_county) > 0
    # the text names no country the towns are in: the country's name lends nothing
    alone = _Support([lebanon, boone], {"LB"})
    assert alone.score(boone, in_county) == alone.score(boone, ky_county) == 0


def test_a_country_name_the_text_calls_a_state_is_that_state(villages):
    # "Niger state": Nigeria's state, whose village is the one meant, not the country
    report = places_of("Bandits raided a village in central Nigeria's Niger state. They killed nine people "
                       "in Tunga Dabo village.", villages)
    niger = place_named(report, "Niger")
    assert (niger.country, niger.precision, niger.admin1) == ("NG", 3, "Niger")
    assert place_named(report, "Tunga Dabo").lat == 10.10
    # a division word before the name, or a state "of" another name: the country's name (this
    # index has no row for the country), never the state
    for text in ("Bandits killed nine people in the West African state of Niger.",
                 "Bandits killed nine people in the Niger state of Tillaberi."):
        assert place_named(places_of(text, villages), "Niger").country != "NG"


def test_a_division_word_modifying_a_noun_after_it_calls_no_name_a_state(villages):
    # "Niger state radio": "state" is an adjective of "radio" (the country's state radio),
    # not the word that calls the name a state; no mention of the name is the state
    for text in ("Soldiers died in an ambush near Tunga Dabo, Niger state radio reported on Sunday.",
                 "Niger state media said that soldiers died in an ambush in western Niger."):
        report = places_of(text, villages)
        assert all(p.country != "NG" or p.text != "Niger" for p in report.places), text
    # a state the text calls one leaves the country's bare name elsewhere in the text alone
    report = places_of("Bandits killed nine people in Niger state on Monday. The gunmen later crossed "
                       "into Niger, officials said.", villages)
    assert [p.country == "NG" for p in report.places if p.text == "Niger"][:1] == [True]
    assert all(p.country != "NG" for p in report.places if p.text == "Niger" and p.span[0] > 60)


def test_a_divisions_possessive_before_a_place_puts_the_place_in_it(villages):
    # "X district's Y village": the namesake near the district, not the bigger one of the province
    for text in ("Shelling hit Wadi Qarmun district's Dar Salim village on Monday.",
                 "Shelling in Wadi Qarmun district's western Dar Salim village killed two."):
        village = place_named(places_of(text, villages), "Dar Salim")
        assert (village.lat, village.lon) == (35.93, 36.41)


def test_a_consonant_match_needs_another_names_place_within_a_towns_reach(villages):
    """A guess by consonants is taken beside a place of another name, found by
    that name's own keys, within a town's reach (30 km); one 58 km from the
    only town the text names is another place, and the name stays unresolved."""
    far = places_of("In Syria, shelling hit the village of Kafr Nubl on Monday, and families fled to Tall Marun.",
                    villages)
    assert place_named(far, "Kafr Nubl").name is None  # Kafranbel lies 58 km from Tall Marun
    near = places_of("In Syria, shelling hit the village of Kafr Nubl on Monday, and families fled to Ain Qasr.",
                     villages)
    assert place_named(near, "Kafr Nubl").name == "Kafranbel"  # 5 km from Ain Qasr: the guess stands


def test_a_lower_division_after_a_comma_and_in_holds_the_place_and_its_province_when_placed_at_a_town(villages):
    """ "the commune of X, in Y territory": a lower division the text calls one
    after ", in" is where the place lies; the index has the division as its town,
    and a place none of whose namesakes lies within a district's reach of that
    town is the name's own namesake in the town's first-level division."""
    none_there = places_of("Gunmen killed 5 people in the village of Tunga Dabo, in Ruvuma territory, on Monday.",
                           villages)
    assert place_named(none_there, "Tunga Dabo").derived_from == "Ruvuma"  # both namesakes lie in other states
    in_state = places_of("Gunmen killed 5 people in the village of Dutsen Mari, in Ruvuma territory, on Monday.",
                         villages)
    assert place_named(in_state, "Dutsen Mari").lat == 12.90  # 70 km from the town, in its state


def test_a_lower_division_after_a_comma_and_in_holds_only_a_name_the_text_calls_a_place(villages):
    """ ", in Y district" holds the name before it only where the text calls that
    name a place ("the village of X", "X village"): after a bare name it is where
    people came from or one item in a list of places, and holds nothing."""
    cued = places_of("Shelling hit the village of Dar Salim, in Wadi Qarmun district, on Monday.", villages)
    assert place_named(cued, "Wadi Qarmun").container_for == "Dar Salim"
    bare = places_of("Fighters who came from Dar Salim, in Wadi Qarmun district, shelled Idlib on Monday.", villages)
    assert not place_named(bare, "Wadi Qarmun").container_for
    listed = places_of("Clashes were reported in the village of Dar Salim, in Wadi Qarmun district and in Idlib "
                       "on Monday.", villages)
    assert not place_named(listed, "Wadi Qarmun").container_for  # the list goes on: no town is put in it


def test_a_division_the_index_has_only_as_a_mountain_holds_no_namesake_of_its_province(villages):
    """A district the text names that the index has only as a mountain says
    nothing of the district's province: a namesake 111 km from the mountain is
    not taken, and the place falls back to the container."""
    report = places_of("Gunmen killed 5 people in Tunga Dabo village, Gurara district, on Monday.", villages)
    assert place_named(report, "Tunga Dabo").derived_from == "Gurara"


def test_a_lower_division_spelled_otherwise_is_found_by_its_consonants_without_its_phrase(villages):
    """ "Chukun Local Government Area": the consonant look-up asks for the name
    before the division's phrase ("Chukun"), not for "Chukun Local"."""
    report = places_of("In Nigeria, gunmen killed 5 people in Chukun Local Government Area on Monday, and residents "
                       "fled to Kujama.", villages)
    lga = place_named(report, "Chukun Local Government")
    assert (lga.name, lga.precision) == ("Chikun", 2)


@pytest.mark.parametrize("text, name", [
    ("Gunmen killed 5 people in Nasarawa LGA of Kano State on Monday.", "Nasarawa"),
    ("Gunmen killed 5 people in Nasarawa Local Government Area of Kano State on Monday.",
     "Nasarawa Local Government"),
])
def test_a_lower_division_named_with_its_state_lies_in_that_state(villages, text, name):
    """ "X LGA of Y State": the unit lies in Y by the text's own words. Neither the
    state of its name nor a town of its name in that other state is it; with no
    place of its name in Y the index knows, it falls back to Y."""
    place = place_named(places_of(text, villages), name)
    assert (place.admin1, place.derived_from) == ("Kano", "Kano")


def test_a_lower_division_named_with_its_state_keeps_its_one_namesake_by_the_border(villages):
    """The one place of the name in the country, within a container's reach of the
    state's point, is the index putting a border place in the next state."""
    place = place_named(places_of("Gunmen killed 5 people in Tudun Kaya LGA of Kano State on Monday.", villages),
                        "Tudun Kaya")
    assert (place.name, place.derived_from) == ("Tudun Kaya", None)


def test_a_country_the_vocabulary_does_not_list_is_the_country_not_its_town_of_that_name(namesakes):
    report = places_of("At least ten people were killed on Sunday in southern Nicaragua. The dead included six "
                       "civilians in Masayita.", namesakes)
    place = place_named(report, "Nicaragua")
    assert place.country == "NI" and place.precision == 3  # not Rivasita, which bears the name as an alternate
    assert report.events[0].place.text == "Masayita"
    abroad = places_of("Police shot two men in Nicaragua, Colombia on Sunday.", namesakes)
    assert place_named(abroad, "Nicaragua").country == "CO"  # a town of the name abroad stays


def test_a_country_word_that_is_its_countrys_town_keeps_the_country_reading(namesakes):
    # "Gaza" alone is the Strip (the country word), not Mozambique's province of its
    # name nor the city's point; "Palestinians" in the text makes no difference
    for text in ("Israeli strikes on Gaza killed 50 people on Saturday, the health ministry said.",
                 "An Israeli strike killed eight people in southern Gaza, Palestinian medics said.",
                 "Israeli troops shot dead seven Palestinians during protests in Gaza on Friday."):
        gaza = place_named(places_of(text, namesakes), "Gaza")
        assert gaza.country == "PS" and gaza.precision == 3, text


def test_congo_bare_is_not_forced_to_the_democratic_republic():
    from fogcount.settings import Settings

    # "Congo" beside a town of the Republic of the Congo is not the DR Congo
    report = places_of("Clashes in the Pool region of Congo killed 12 people on Monday, officials in "
                       "Brazzaville said.", Settings())
    assert place_named(report, "Congo").country != "CD"


def test_a_latin_american_demonym_sets_the_country(namesakes):
    report = places_of("Honduran police said six farmers were shot dead in Trujillo on Sunday.", namesakes)
    assert place_named(report, "Trujillo").country == "HN"


def test_a_village_named_like_a_demonym_does_not_unname_the_country(namesakes):
    # a Turkish village called Yemeni is no reason to read "Yemeni" as a town's name: the
    # text is about Yemen, and Hodeida (an alternate spelling) is the Yemeni port
    report = places_of("Yemeni officials said Saudi-led coalition airstrikes killed 23 people in the port city "
                       "of Hodeida.", namesakes)
    assert place_named(report, "Hodeida").country == "YE"


@pytest.fixture(scope="module")
def common_name(tmp_path_factory):
    from places_rows import settings_with

    # an invented name that 30 towns of another province bear, each bigger than the
    # village of the name in the district the text names
    rows = [(str(910000 + i), "Sanrovia", "Sanrovia", "", f"{13.0 + i * 0.1:.2f}", "121.9", "P", "PPL", "PH", "40",
             str(5000 + i)) for i in range(30)]
    rows += [("910100", "Caviota", "Caviota", "", "14.48", "120.90", "A", "ADM2", "PH", "40", "0"),
             ("910101", "Sanrovia", "Sanrovia", "", "14.59", "121.09", "P", "PPL", "PH", "40", "0"),
             ("910102", "Sanrovia", "Sanrovia", "", "14.42", "120.86", "P", "PPL", "PH", "40", "0")]
    return settings_with(rows, tmp_path_factory.mktemp("common"))


def test_a_district_holds_a_common_names_village_beyond_its_first_places(common_name):
    # (a province that the index has as a lower division, as the Philippines' are) the
    # province's village is found among all the name's places fetched, not only its 25
    # biggest; of two in its reach, the nearer its point
    report = places_of("Seven people were killed in an ambush in Sanrovia town in Caviota Province.", common_name)
    sanrovia = place_named(report, "Sanrovia")
    assert (sanrovia.lat, sanrovia.lon) == (14.42, 120.86)
