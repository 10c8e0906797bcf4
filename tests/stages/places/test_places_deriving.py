"""Places described by other places (``stages/places/deriving.py``): bearings and
distances, "near X", and a place within its container."""

from __future__ import annotations

import pytest

from fogcount.stages.places import destination
from places_rows import place_named, places_of


def test_a_described_unknown_place_takes_the_derived_point(settings):
    report = places_of("Warplanes destroyed another 60 vehicles near Jazeera Khalidiya, 20 miles west of Fallujah.",
                       settings)
    place = report.claims[0].place
    assert place.text == "Jazeera Khalidiya" and place.precision == 2 and place.derived_from == "Al Fallūjah"
    assert place.lat == pytest.approx(33.349, abs=0.01) and place.lon == pytest.approx(43.44, abs=0.01)


def test_destination_on_the_sphere():
    lat, lon = destination(33.34913, 43.78599, 270, 20 * 1.609344)
    assert lat == pytest.approx(33.3487, abs=0.001) and lon == pytest.approx(43.4394, abs=0.001)
    lat, lon = destination(0.0, 0.0, 0, 111.195)
    assert lat == pytest.approx(1.0, abs=0.001) and lon == pytest.approx(0.0, abs=1e-6)


def test_an_unknown_place_takes_the_point_of_its_container(settings):
    report = places_of("On 1 May, gunmen kidnapped two civilians from Zaidan village (Ramadi, Anbar).", settings)
    by_text = {p.text: p for p in report.places}
    zaidan = by_text["Zaidan"]
    assert zaidan.derived_from == "Ramadi" and zaidan.precision == 2
    assert (zaidan.lat, zaidan.lon) == (by_text["Ramadi"].lat, by_text["Ramadi"].lon)
    assert zaidan.gazetteer_id is None  # not Ramadi's own entry
    assert report.claims[0].place.text == "Zaidan"  # the place, not the container


def test_a_list_of_places_is_not_a_chain_of_containers(settings):
    report = places_of("Gunmen killed 3 people in Zaidan, Ramadi and Baghdad on Monday.", settings)
    assert next(p for p in report.places if p.text == "Zaidan").lat is None


def test_a_known_name_after_a_place_is_its_container(settings):
    report = places_of("On Monday gunmen killed 4 people in Zaidan, Anbar.", settings)
    by_text = {p.text: p for p in report.places}
    assert by_text["Anbar"].container_for == "Zaidan" and by_text["Anbar"].precision == 3
    zaidan = by_text["Zaidan"]
    assert zaidan.derived_from == by_text["Anbar"].name and zaidan.precision == 3
    assert report.claims[0].place.text == "Zaidan" and report.events[0].place.text == "Zaidan"


def test_a_barangay_is_in_the_town_after_it(namesakes):
    report = places_of("On 7 May 2020, a man was shot dead in Barangay Basak, Guihulngan, Negros Oriental.", namesakes)
    barangay = place_named(report, "Barangay Basak")
    assert barangay.country == "PH" and barangay.precision == 2 and barangay.derived_from == "Guihulngan"


def test_containers_after_in_and_in_lists_that_end_with_a_cue(namesakes):
    lga = places_of("On 8 May 2020, police in Auchi (Etsako West LGA, Edo) were attacked. 1 officer was killed.",
                    namesakes)
    assert lga.claims[0].place.name == "Auchi"  # Edo, after "Etsako West LGA,", only says where Auchi lies
    within = places_of("On 8 May 2020, several explosions took place in al Tabqa city in Ar-Raqqa. "
                       "Neither fatalities nor injuries were reported.", namesakes)
    assert place_named(within, "Ar-Raqqa").container_for == "al Tabqa"
    assert within.claims[0].place.name == "Al-Tabqa"


def test_a_country_or_its_people_before_a_place_makes_it_no_container(namesakes):
    """ "the Afghan city of Kabul", "a university of Afghanistan in Kabul": the
    country's name or its people's says whose the place is; the place after it
    is the place itself, not a container ranked after the country."""
    report = places_of("Gunmen killed 4 students in the Afghan city of Kabul in Afghanistan on Monday.", namesakes)
    kabul = place_named(report, "Kabul")
    assert kabul.container_for is None and report.events[0].place.name == "Kabul"
    campus = places_of("Gunmen killed 7 students at the American University of Afghanistan in Kabul on Monday.",
                       namesakes)
    assert place_named(campus, "Kabul").container_for is None and campus.events[0].place.name == "Kabul"


def test_a_bearing_from_the_capital_or_the_city_of_a_place_is_taken_from_that_place(settings):
    """ "20 miles west of the capital Baghdad", "20 miles west of the city of
    Fallujah": the noun between the bearing and the name does not stop the
    point being that far from the name, and an unknown name before it takes the point."""
    for anchor, name in (("the city of Fallujah", "Al Fallūjah"), ("the capital Baghdad", "Baghdad")):
        report = places_of(f"Gunmen killed 3 farmers in Jazeera Khalidiya, 20 miles west of {anchor}, on Monday.",
                           settings)
        place = report.claims[0].place
        assert place.text == "Jazeera Khalidiya" and place.precision == 2 and place.derived_from == name
        anchor_place = next(p for p in report.places if p.name == name)
        assert (place.lat, place.lon) != (anchor_place.lat, anchor_place.lon)  # 20 miles off, not the anchor


def test_a_container_given_its_containers_point_gives_it_on(villages):
    """ "Gwagwarwa, Nasarawa LGA of Kano State", with no Nasarawa of Kano State in
    the index: the LGA takes Kano's point, and the village the LGA's."""
    report = places_of("Gunmen killed 5 people in Gwagwarwa, Nasarawa LGA of Kano State on Monday.", villages)
    village, kano = place_named(report, "Gwagwarwa"), place_named(report, "Kano")
    assert (village.derived_from, village.lat, village.lon) == ("Nasarawa", kano.lat, kano.lon)


@pytest.mark.parametrize("text", [
    # "the" and no noun before the name, the name describing what follows it: no bearing from the name
    "Gunmen killed 3 farmers on Monday in a village 20 miles west of the Fallujah dam.",
    "Gunmen killed 3 farmers on Monday in a village 20 miles west of the Fallujah border crossing.",
    "Gunmen killed 3 farmers on Monday 20 miles north of the Ramadi-Baghdad road.",
    "Gunmen killed 3 farmers on Monday in a village 20 miles west of Fallujah road.",
    # a country (precision 3): a point that far from its middle is nowhere the text means
    "Gunmen killed 3 farmers on Monday in a village 20 miles west of Iraq.",
])
def test_no_bearing_from_a_name_before_a_border_or_a_road_or_from_a_country(settings, text):
    place = places_of(text, settings).claims[0].place
    assert place is not None and place.derived_from is None


def test_a_bearing_from_the_capital_a_country_names_is_taken_from_its_capital(settings):
    """ "20 miles west of the Iraqi capital": the mention is the word "capital" itself (places 15),
    so "the" and the country's adjective before it are no name of their own."""
    place = places_of("Gunmen killed 3 farmers on Monday 20 miles west of the Iraqi capital.", settings).claims[0].place
    assert place.precision == 2 and place.derived_from == "Baghdad"
    assert place.lon < 44.4  # west of Baghdad's point


def test_a_name_put_in_its_divisions_keeps_that_place_where_it_recurs_bare(namesakes):
    report = places_of("Six civilians were killed in an air strike in Qalat Murgha district of Helmand province. "
                       "A spokesman said the strike hit a mosque in Qalat Murgha.", namesakes)
    named = [p for p in report.places if p.text == "Qalat Murgha"]
    assert len(named) == 2 and all(p.admin1 == named[0].admin1 and p.lat == named[0].lat for p in named)
    assert named[0].lat == pytest.approx(31.9)  # Helmand's district, not the town of the name near Kabul
    assert report.events[0].place.lat == pytest.approx(31.9)


def test_a_bare_name_alone_keeps_its_own_resolution(namesakes):
    report = places_of("Gunmen killed two men in Qalat Murgha on Monday.", namesakes)
    assert place_named(report, "Qalat Murgha").lat == pytest.approx(34.9)  # no division named: the bigger town
