"""Places: mentions found (also names the model calls people), resolved in
context, described by other places, and tied to figures."""

from __future__ import annotations

import pytest

import fogcount
from fogcount.gazetteer import build, read_geonames
from fogcount.settings import Settings
from fogcount.stages.places import destination

# GeoNames-format rows the project writes (coordinates as GeoNames gives them, rounded).
ROWS = [
    ("99454", "Al Fallūjah", "Al Fallujah", "Falluja,Fallujah", "33.34913", "43.78599", "P", "PPLA2", "IQ", "01", "190159"),
    ("98717", "Ramadi", "Ramadi", "Ar Ramadi", "33.42056", "43.30778", "P", "PPLA", "IQ", "01", "223500"),
    ("98182", "Baghdad", "Baghdad", "Bagdad", "33.34058", "44.40088", "P", "PPLC", "IQ", "07", "7216000"),
    ("250441", "Al Khālidīyah", "Al Khalidiyah", "Khalidiya", "32.179", "36.30326", "P", "PPL", "JO", "", "4000"),
    ("170063", "Aleppo", "Aleppo", "Halab", "36.20124", "37.16117", "P", "PPLA", "SY", "09", "2098210"),
    ("4140963", "Washington", "Washington", "Washington D.C.", "38.89511", "-77.03637", "P", "PPLC", "US", "DC", "689545"),
]


def _line(r):
    gid, name, ascii_, alts, lat, lon, fclass, fcode, cc, admin1, pop = r
    return "\t".join([gid, name, ascii_, alts, lat, lon, fclass, fcode, cc, "", admin1, "", "", "", pop, "", "50",
                      "Asia/Baghdad", "2024-01-01"])


def _settings_with(rows_of_places, folder) -> Settings:
    """Settings whose gazetteer is built from these GeoNames-format rows."""
    rows = folder / "rows.txt"
    rows.write_text("\n".join(_line(r) for r in rows_of_places) + "\n", encoding="utf-8")
    path = folder / "gazetteer.sqlite"
    build(path, cities=list(read_geonames(rows)))
    return Settings(gazetteer=str(path))


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    return _settings_with(ROWS, tmp_path_factory.mktemp("gaz"))


def places_of(text: str, settings: Settings, published: str = "2016-06-30"):
    return fogcount.extract(text, published=published, settings=settings)


def test_a_described_unknown_place_takes_the_derived_point(settings):
    report = places_of("Warplanes destroyed another 60 vehicles near Jazeera Khalidiya, 20 miles west of Fallujah.",
                       settings)
    place = report.claims[0].place
    assert place.text == "Jazeera Khalidiya" and place.precision == 2 and place.derived_from == "Al Fallūjah"
    assert place.lat == pytest.approx(33.349, abs=0.01) and place.lon == pytest.approx(43.44, abs=0.01)


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


def test_a_namesake_abroad_is_not_taken(settings):
    report = places_of("Iraqi forces captured 20 fighters near Khalidiya.", settings)
    khalidiya = next(p for p in report.places if p.text == "Khalidiya")
    assert khalidiya.lat is None  # the Jordanian village of that name is not the place meant


def test_country_words_resolve_to_countries(settings):
    report = places_of("U.S. officials said 40 vehicles were destroyed near Ramadi.", settings)
    us = next(p for p in report.places if p.text == "U.S.")
    assert us.country == "US" and us.precision == 3
    assert report.claims[0].place.name == "Ramadi"


def test_a_figure_takes_the_place_of_its_paragraph(settings):
    text = "Clashes broke out in Ramadi on Monday.\n\nTwelve soldiers were killed.\n\nThe army said 30 fighters fled."
    report = places_of(text, settings)
    assert [c.place.name if c.place else None for c in report.claims] == ["Ramadi", "Ramadi"]
    assert all(c.place.precision == 2 for c in report.claims)  # the document's place, not the figure's own


def test_destination_on_the_sphere():
    lat, lon = destination(33.34913, 43.78599, 270, 20 * 1.609344)
    assert lat == pytest.approx(33.3487, abs=0.001) and lon == pytest.approx(43.4394, abs=0.001)
    lat, lon = destination(0.0, 0.0, 0, 111.195)
    assert lat == pytest.approx(1.0, abs=0.001) and lon == pytest.approx(0.0, abs=1e-6)


def test_fallujah_places(fallujah):
    places = {p.text: p for p in fallujah.places}
    assert places["Fallujah"].country == "IQ" and places["Fallujah"].admin1 == "Anbar"
    jazeera = places["Jazeera Khalidiya"]
    assert jazeera.derived_from == "Al Fallūjah" and jazeera.precision == 2
    another_60 = next(c for c in fallujah.claims if c.value.text == "60")
    assert another_60.place.text == "Jazeera Khalidiya"
    assert places["Anbar"].precision == 3


def test_a_dateline_names_the_documents_place_and_particles_start_names(settings):
    text = ("RAMADI, Iraq — Clashes broke out in the village of al-Hamra, 5 km north of Ramadi.\n\n"
            "Twelve soldiers were killed.")
    report = places_of(text, settings)
    hamra = next(p for p in report.places if p.text == "al-Hamra")
    assert hamra.derived_from == "Ramadi" and hamra.precision == 2
    assert report.claims[0].place.name == "Ramadi"  # the dateline's place, for a figure with none of its own


def test_a_place_inside_an_attribution_is_the_speakers_not_the_figures(settings):
    text = "Fighting spread near Ramadi.\n\nA UN official in Baghdad said 300 families fled."
    claim = places_of(text, settings).claims[0]
    assert claim.place.name == "Ramadi"


def test_a_trailing_cue_word_is_not_part_of_the_name(settings):
    report = places_of("Gunmen killed 3 people in Ramadi district on Monday.", settings)
    ramadi = next(p for p in report.places if p.text.startswith("Ramadi"))
    assert ramadi.name == "Ramadi" and ramadi.precision == 2


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


def test_news_abbreviations_of_divisions_are_looked_up_as_their_names():
    from fogcount.stages.places import _spelled_out, rules

    assert _spelled_out("Ga.") == "Georgia" and _spelled_out("W.Va") == "West Virginia"  # its period taken
    assert _spelled_out("GA") == "GA" and _spelled_out("Ramadi") == "Ramadi"
    assert all(name and short.endswith(".") for short, name in rules().abbreviations.items())


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
    from fogcount.stages.places import rules

    assert {"tal", "bab", "colonia", "southern"} <= rules().name_heads
    assert "university" in rules().facility_nouns and "lga" in rules().cue_nouns


# Namesakes: towns of the same name in several countries, a division that is
# also a country, country words that are also towns, and counties.
NAMESAKE_ROWS = [
    ("2988507", "Paris", "Paris", "", "48.85341", "2.3488", "P", "PPLC", "FR", "11", "2138551"),
    ("4647963", "Paris", "Paris", "", "36.302", "-88.32671", "P", "PPLA2", "US", "TN", "10156"),
    ("4649018", "Puryear", "Puryear", "", "36.4448", "-88.3345", "P", "PPL", "US", "TN", "671"),
    ("4628829", "Henry County", "Henry County", "", "36.32", "-88.3", "A", "ADM2", "US", "TN", "0"),
    ("4259671", "Lebanon", "Lebanon", "", "40.04837", "-86.46917", "P", "PPLA2", "US", "IN", "15792"),
    ("4267336", "Zionsville", "Zionsville", "", "39.95087", "-86.26194", "P", "PPL", "US", "IN", "28000"),
    ("4254080", "Boone County", "Boone County", "", "40.05", "-86.47", "A", "ADM2", "US", "IN", "0"),
    ("276781", "Beirut", "Beirut", "Beyrouth", "33.89332", "35.50157", "P", "PPLC", "LB", "04", "1916100"),
    ("611717", "Tbilisi", "Tbilisi", "Tiflis", "41.69411", "44.83368", "P", "PPLC", "GE", "TB", "1049498"),
    ("4180439", "Atlanta", "Atlanta", "", "33.749", "-84.38798", "P", "PPLA", "US", "GA", "463878"),
    ("264371", "Athens", "Athens", "Athina", "37.98376", "23.72784", "P", "PPLC", "GR", "ESYE31", "664046"),
    ("4671654", "Athens", "Athens", "", "32.20487", "-95.85552", "P", "PPL", "US", "TX", "12710"),
    ("4696233", "Henderson County", "Henderson County", "", "32.21", "-95.85", "A", "ADM2", "US", "TX", "0"),
    ("2427123", "N'Djamena", "N'Djamena", "Ndjamena", "12.10672", "15.0444", "P", "PPLC", "TD", "13", "721081"),
    ("3530240", "Ciudad del Carmen", "Ciudad del Carmen", "", "18.64592", "-91.82991", "P", "PPLA2", "MX", "04", "169466"),
    ("1609350", "Don Mueang", "Don Mueang", "DMK", "13.9126", "100.6067", "P", "PPL", "TH", "40", "166000"),
    ("1712961", "Guihulngan", "Guihulngan", "", "10.11696", "123.27139", "P", "PPL", "PH", "07", "95969"),
    ("3998655", "León de los Aldama", "Leon de los Aldama", "", "21.12183", "-101.67331", "P", "PPLA2", "MX", "11", "1238962"),
    ("3998657", "León", "Leon", "", "12.43787", "-86.87804", "P", "PPLA", "NI", "07", "144538"),
    ("3687925", "Cali", "Cali", "Kali", "3.43722", "-76.5225", "P", "PPLA", "CO", "29", "2392877"),
    ("2361135", "Boundoré", "Boundore", "", "12.9", "0.95", "P", "PPL", "BF", "77", "3000"),
    ("2350841", "Auchi", "Auchi", "", "7.06709", "6.26376", "P", "PPL", "NG", "37", "42249"),
    ("53654", "Mogadishu", "Mogadishu", "Muqdisho", "2.03711", "45.34375", "P", "PPLC", "SO", "02", "2587183"),
    ("166365", "Al-Tabqa", "Al-Tabqa", "al Tabqa,Tabqa", "35.83727", "38.54811", "P", "PPL", "SY", "04", "69425"),
    ("163915", "Ar Raqqah", "Ar Raqqah", "Ar-Raqqa,Raqqa", "35.95283", "39.00788", "P", "PPLA", "SY", "04", "177636"),
    ("4013708", "Celaya", "Celaya", "", "20.52353", "-100.8157", "P", "PPLA2", "MX", "11", "340387"),
    ("4012176", "Camargo", "Camargo", "", "27.69075", "-105.17267", "P", "PPLA2", "MX", "06", "40221"),
    ("1138958", "Kabul", "Kabul", "", "34.52813", "69.17233", "P", "PPLC", "AF", "13", "3043532"),
    ("1141269", "Ghazni", "Ghazni", "", "33.55391", "68.42096", "P", "PPLA", "AF", "08", "143379"),
    ("1138336", "Kandahār", "Kandahar", "Kandahar", "31.61332", "65.71013", "P", "PPLA", "AF", "23", "391190"),
    ("1127768", "Spīn Bōldak", "Spin Boldak", "Spin Boldak", "31.00575", "66.40003", "P", "PPL", "AF", "23", "14000"),
    ("1206295", "Helmand", "Helmand", "", "31.2", "64.1", "A", "ADM1", "AF", "10", "0"),
    ("1714733", "Nato", "Nato", "", "13.60389", "123.26", "P", "PPL", "PH", "05", "5000"),
    ("4691930", "Fort Worth", "Fort Worth", "", "32.72541", "-97.32085", "P", "PPLA2", "US", "TX", "918915"),
    ("2453866", "Mali", "Mali", "", "12.6", "-8.0", "P", "PPL", "ML", "08", "1000"),
    ("524901", "Moscow", "Moscow", "Moskva", "55.75222", "37.61556", "P", "PPLC", "RU", "48", "10381222"),
]


@pytest.fixture(scope="module")
def namesakes(tmp_path_factory):
    return _settings_with(NAMESAKE_ROWS, tmp_path_factory.mktemp("namesakes"))


def _place(report, text):
    return next(p for p in report.places if p.text == text)


def test_a_namesake_is_the_one_near_the_documents_other_places(namesakes):
    local = places_of("Paris police arrested two men Tuesday. The Henry County sheriff said a third man was "
                      "found near Puryear.", namesakes)
    assert _place(local, "Paris").country == "US" and _place(local, "Paris").admin1 == "Tennessee"
    abroad = places_of("French police arrested two men in Paris on Tuesday.", namesakes)
    assert _place(abroad, "Paris").country == "FR"


def test_a_country_word_is_the_town_of_that_name_amid_its_neighbours(namesakes):
    local = places_of("The road between Zionsville and Lebanon, in Boone County, will close for a week.", namesakes)
    assert _place(local, "Lebanon").country == "US"
    abroad = places_of("Israeli jets struck targets in southern Lebanon, 20 km from Beirut.", namesakes)
    assert _place(abroad, "Lebanon").country == "LB"


def test_a_name_that_is_a_state_and_a_country_follows_the_other_places(namesakes):
    country = places_of("Georgia's president spoke in Tbilisi on Monday, and Georgian troops stayed on alert.",
                        namesakes)
    assert _place(country, "Georgia").country == "GE"
    state = places_of("Storms hit Atlanta, Georgia, on Monday.", namesakes)
    assert _place(state, "Georgia").country == "US"
    # the country beside one the text names
    border = places_of("Five soldiers were killed in Georgia, near the border with Russia.", namesakes)
    assert _place(border, "Georgia").country == "GE"


def test_a_place_that_begins_a_facilitys_name_and_a_first_name_that_is_a_country(namesakes):
    report = places_of("The Athens Police Department arrested a man Monday. Officer Chad Walker took him to "
                       "the Henderson County Jail.", namesakes)
    county = _place(report, "Henderson County")  # the jail's place, found inside its name
    assert county.country == "US" and county.precision == 2
    # Athens beside Henderson County is the Texan town; "Chad" is a man, not a country that makes it foreign
    athens = _place(report, "Athens")
    assert athens.country == "US" and athens.admin1 == "Texas"


def test_a_part_of_a_place_is_placed_at_the_place(namesakes):
    report = places_of("Storms hit Northeast Georgia and Atlanta on Monday.", namesakes)
    part = _place(report, "Northeast Georgia")
    assert part.country == "US" and part.admin1 == "Georgia" and part.precision >= 2
    named_as = places_of("Officials of the City of Celaya met on Monday.", namesakes)
    assert _place(named_as, "City of Celaya").name == "Celaya"


def test_a_dateline_in_capitals_is_a_place_and_context(namesakes):
    report = places_of("Man held after theft. ATHENS — Police arrested a man on Monday, the Henderson County "
                       "sheriff said.", namesakes)
    athens = _place(report, "ATHENS")
    assert athens.country == "US" and athens.admin1 == "Texas"
    # an agency's dateline, at the start of the text: where the report is from, no government
    wire = places_of("BEIRUT (Reuters) - Two soldiers were killed on Tuesday.", namesakes)
    beirut = _place(wire, "BEIRUT")
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
    place = _place(report, "Ciudad del Carmen")  # tagged ORG, joined across "del"
    assert place.country == "MX" and place.precision == 1


def test_a_short_word_is_no_place_by_an_alternate_name(namesakes):
    report = places_of("On 7 May 2020, members of the DMK held a protest in Tenkasi.", namesakes)
    assert all(p.country != "TH" for p in report.places)  # DMK is Don Mueang's airport code, and a party


def test_rural_x_is_the_countryside_of_x(settings):
    report = places_of("On 9 May 2020, rebels looted wheat crops in rural Aleppo.", settings)
    aleppo = _place(report, "Aleppo")
    assert aleppo.country == "SY" and aleppo.precision == 2


def test_a_barangay_is_in_the_town_after_it(namesakes):
    report = places_of("On 7 May 2020, a man was shot dead in Barangay Basak, Guihulngan, Negros Oriental.", namesakes)
    barangay = _place(report, "Barangay Basak")
    assert barangay.country == "PH" and barangay.precision == 2 and barangay.derived_from == "Guihulngan"


def test_a_known_name_that_goes_on_past_the_models_entity(namesakes):
    report = places_of("Around 6 May 2020, in Leon de los Aldama, Guanajuato, a person was found dead.", namesakes)
    assert _place(report, "Leon de los Aldama").country == "MX"


def test_a_town_abroad_matched_by_an_alternate_spelling_is_not_taken(namesakes):
    report = places_of("On 7 May 2020, soldiers shot a man near the Kali forest, in the area of Boundore, Burkina "
                       "Faso.", namesakes)
    assert _place(report, "Kali").lat is None  # not Cali, Colombia, which some spell Kali


def test_containers_after_in_and_in_lists_that_end_with_a_cue(namesakes):
    lga = places_of("On 8 May 2020, police in Auchi (Etsako West LGA, Edo) were attacked. 1 officer was killed.",
                    namesakes)
    assert lga.claims[0].place.name == "Auchi"  # Edo, after "Etsako West LGA,", only says where Auchi lies
    within = places_of("On 8 May 2020, several explosions took place in al Tabqa city in Ar-Raqqa. "
                       "Neither fatalities nor injuries were reported.", namesakes)
    assert _place(within, "Ar-Raqqa").container_for == "al Tabqa"
    assert within.claims[0].place.name == "Al-Tabqa"


def test_a_capital_joined_to_its_district_is_a_place_not_a_government(namesakes):
    report = places_of("On 9 May 2020, militants fired mortar rounds in Mogadishu-Wadajir district.", namesakes)
    mogadishu = _place(report, "Mogadishu")
    assert mogadishu.modifies is None and report.events[0].place.name == "Mogadishu"


def test_a_neighbourhoods_namesake_far_from_the_other_places_is_not_taken(namesakes):
    report = places_of("On 9 May 2020, in Celaya, armed men attacked a police patrol in Camargo community. "
                       "Three officers died.", namesakes)
    assert _place(report, "Camargo").lat is None  # not Camargo, Chihuahua, 800 km away
    assert report.claims[0].place.name == "Celaya"


def test_lower_case_articles_start_a_name_only_when_arabic(settings):
    report = places_of("Two soldiers were killed at Ramadi on Monday.", settings)
    assert report.claims[0].place.name == "Ramadi"  # "at" is English here
    report = places_of("Clashes continued as Hassi village came under fire, killing 3.", settings)
    assert [p.text for p in report.places] == ["Hassi"]  # not "as Hassi"
    report = places_of("Gunmen killed 2 civilians in al Bab on Monday.", settings)
    assert [p.text for p in report.places] == ["al Bab"]  # the Arabic article in lower case


def test_a_communitys_name_is_people_not_a_place(namesakes):
    report = places_of("Two members of the Muslim community were killed in the attack.", namesakes)
    assert report.places == []


def test_a_continent_is_no_figures_place_where_a_country_is_named(namesakes):
    report = places_of("Two people were killed in Africa's deadliest attack this year, in Mali, on Monday.",
                       namesakes)
    assert report.claims[0].place.country == "ML" and report.events[0].place.country == "ML"


def test_a_city_has_the_support_of_the_places_in_its_division(namesakes):
    report = places_of("Five people were killed in Kandahar on Monday. Fighting was also reported in Spin Boldak.",
                       namesakes)
    assert _place(report, "Kandahar").precision == 1  # the city, not Kandahar province


def test_an_abbreviated_word_split_from_its_full_stop(namesakes):
    report = places_of("A man was killed in Ft. Worth on Monday.", namesakes)
    assert _place(report, "Ft. Worth").name == "Fort Worth"
