"""Filter values (fogcount.filters): the countries and event types a person may name, as the CLI's --country and
--type and the web page's ?country= and ?type= read them."""

from __future__ import annotations

import pytest

from fogcount.errors import SettingsError
from fogcount.filters import countries, country_of, day_of, event_type_of, event_types


@pytest.mark.parametrize("value, code", [
    ("SY", "SY"), ("sy", "SY"), (" Syria ", "SY"), ("SYRIA", "SY"), ("SYR", "SY"),
    ("Democratic Republic of the Congo", "CD"),  # GeoNames' name
    ("DR Congo", "CD"), ("Burma", "MM"), ("Türkiye", "TR"),  # data/gazetteer.toml's and countries.toml's names
    ("UK", "GB"), ("U.S.", "US"), ("USA", "US"), ("UAE", "AE"),  # countries.toml's abbreviations
    ("Bosnia & Herzegovina", "BA"), ("guinea-bissau", "GW"),  # punctuation and case aside
    ("Palestine", "PS"), ("State of Palestine", "PS"), ("Iran", "IR"),  # ISO 3166's names (pycountry)
])
def test_a_country_by_its_name_or_code(value, code):
    assert country_of(value) == code


def test_a_name_iso_gives_two_countries_is_refused():
    with pytest.raises(SettingsError, match="is not a country"):
        country_of("Virgin Islands")  # British (VG) or U.S. (VI)


@pytest.mark.parametrize("value", ["Damascus", "Syrian", "Baghdad", "Iraqis"])
def test_capitals_and_demonyms_are_not_countries_here(value):
    """countries.toml lists them to read texts ("Damascus said"); as a filter they would widen a city to a country."""
    with pytest.raises(SettingsError, match="is not a country"):
        country_of(value)


def test_an_unknown_country_names_the_nearest_and_the_stores_when_asked():
    with pytest.raises(SettingsError) as caught:
        country_of("Syrai", option="--country", present=lambda: ["SY", "IQ"])
    message = caught.value.message
    assert message.startswith("--country: 'Syrai' is not a country; did you mean Syria (SY)?")
    assert message.endswith("the store's events are in: Iraq (IQ), Syria (SY)")
    assert caught.value.code == "E300"  # exit status 2, HTTP 400


def test_the_stores_countries_are_read_only_for_the_message():
    asked = []
    assert country_of("IQ", present=lambda: asked.append(1) or ["IQ"]) == "IQ"
    assert asked == []


def test_countries_have_geonames_names():
    table = countries()
    assert table["SY"].name == "Syria" and table["IQ"].name == "Iraq" and len(table) > 240


def test_the_event_types_are_acleds_six():
    assert event_types() == ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
                             "Riots", "Strategic developments"]


@pytest.mark.parametrize("value, kind", [
    ("Battles", "Battles"), ("battles", "Battles"), ("Explosions/Remote violence", "Explosions/Remote violence"),
    ("explosions", "Explosions/Remote violence"), ("Remote-Violence", "Explosions/Remote violence"),
    ("explosions_remote_violence", "Explosions/Remote violence"),
    ("violence against civilians", "Violence against civilians"), ("STRATEGIC DEVELOPMENTS", "Strategic developments"),
])
def test_an_event_type_by_its_documented_spellings(value, kind):
    assert event_type_of(value) == kind


def test_an_unknown_event_type_lists_the_valid_ones():
    with pytest.raises(SettingsError) as caught:
        event_type_of("Bombs", option="--type")
    assert caught.value.message == ("--type: 'Bombs' is not an event type; give one of: Battles, Explosions/Remote "
                                    "violence, Violence against civilians, Protests, Riots, Strategic developments")


def test_a_sub_event_type_is_refused_with_its_event_type():
    with pytest.raises(SettingsError, match="'shelling/artillery/missile attack' is a sub-event type of "
                                            "Explosions/Remote violence; give an event type: Battles"):
        event_type_of("shelling/artillery/missile attack")


@pytest.mark.parametrize("value, message", [
    ("2016-02-30", "since: '2016-02-30': that day does not exist (February 2016 has 29 days)"),
    ("2100-02-29", "since: '2100-02-29': that day does not exist (February 2100 has 28 days)"),
    ("2016-00-10", "since: '2016-00-10': that day does not exist (there is no month 0)"),
    ("2016-04-31", "since: '2016-04-31': that day does not exist (April 2016 has 30 days)"),
    ("last week", "since: 'last week' is not a date (YYYY-MM-DD)"),
    ("30/02/2016", "since: '30/02/2016' is not a date (YYYY-MM-DD)"),
])
def test_a_day_that_does_not_exist_is_told_from_a_value_that_is_not_a_date(value, message):
    with pytest.raises(SettingsError) as caught:
        day_of(value, option="since")
    assert caught.value.message == message


def test_a_day():
    import datetime as dt

    assert day_of(" 2016-02-29 ") == dt.date(2016, 2, 29)
