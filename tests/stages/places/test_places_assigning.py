"""Each figure's place and the document's place (``stages/places/assigning.py``),
and the canonical article."""

from __future__ import annotations

from pathlib import Path

import pytest

from fogcount.gazetteer import Gazetteer
from fogcount.stages.annotate import annotate
from fogcount.stages.places import care_place, event_mention, origin_place, place_mentions
from fogcount.vocabulary import vocabulary
from places_rows import places_of


def test_a_figure_takes_the_place_of_its_paragraph(settings):
    text = "Clashes broke out in Ramadi on Monday.\n\nTwelve soldiers were killed.\n\nThe army said 30 fighters fled."
    report = places_of(text, settings)
    assert [c.place.name if c.place else None for c in report.claims] == ["Ramadi", "Ramadi"]
    assert all(c.place.precision == 2 for c in report.claims)  # the document's place, not the figure's own


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


def test_an_offset_set_off_after_a_name_says_where_the_name_is(settings):
    # "from Albu Aifan" is a place of origin; the offset after it describes it and ranks
    # as it does, so the named place the reader knows is the figure's place
    text = "Troops destroyed 30 trucks on Friday as they tried to escape from Albu Aifan, 8 miles south of Ramadi."
    claim = places_of(text, settings).claims[0]
    assert claim.place.text == "Albu Aifan"


def test_a_place_inside_an_attribution_is_the_speakers_not_the_figures(settings):
    text = "Fighting spread near Ramadi.\n\nA UN official in Baghdad said 300 families fled."
    claim = places_of(text, settings).claims[0]
    assert claim.place.name == "Ramadi"


def test_a_continent_is_no_figures_place_where_a_country_is_named(namesakes):
    report = places_of("Two people were killed in Africa's deadliest attack this year, in Mali, on Monday.",
                       namesakes)
    assert report.claims[0].place.country == "ML" and report.events[0].place.country == "ML"


def _event_place(text: str, settings) -> str | None:
    gazetteer = Gazetteer.open(Path(settings.gazetteer))
    ann = annotate(text, settings=settings)
    found = event_mention(ann, place_mentions(ann, gazetteer, vocabulary()))
    return found.text if found is not None else None


def test_the_events_place_is_the_one_the_text_puts_in_its_divisions(villages):
    text = "Gunmen from Baghdad attacked farmers in Dar Salim (Wadi Qarmun, Idlib) on Monday."
    assert _event_place(text, villages) == "Dar Salim"


def test_a_place_people_came_from_or_stood_at_is_not_the_events(villages):
    assert _event_place("Fighters from Aleppo shelled the town of Idlib on Monday.", villages) == "Idlib"
    assert _event_place("Forces located at Aleppo shelled positions near Idlib on Monday.", villages) == "Idlib"
    # else the first named
    assert _event_place("Fighters shelled positions in Aleppo and in Idlib on Monday.", villages) == "Aleppo"


def test_a_place_people_came_from_is_not_the_events_even_where_the_text_puts_it_in_a_division(villages):
    # "from X, in Y district" and "from X (Y, Z)" say where the fighters came from, not where they shelled
    assert _event_place("Fighters who came from Dar Salim village, in Wadi Qarmun district, shelled "
                        "positions near Aleppo on Monday.", villages) == "Aleppo"
    assert _event_place("Fighters from Dar Salim (Wadi Qarmun, Idlib) shelled positions near Aleppo on Monday.",
                        villages) == "Aleppo"
    # "from the village of X": the name is "of" a cue noun that is the object of "from"
    assert _event_place("Fighters who came from the village of Dar Salim, in Wadi Qarmun district, shelled "
                        "positions near Aleppo on Monday.", villages) == "Aleppo"


def test_a_place_that_names_a_thing_is_not_the_events(villages):
    assert _event_place("Protesters gathered outside the Aleppo office in Idlib on Monday.", villages) == "Idlib"


def test_a_figures_place_in_its_sentence_is_ranked_as_the_events_place(villages):
    # a district named with its cue before a town that is no container of it: the district,
    # nearer the figure, not the finer town ("in Chora district, Urozgan")
    report = places_of("On Monday, nine fighters were killed in Wadi Qarmun district, Aleppo.", villages)
    assert report.claims[0].place.text == "Wadi Qarmun"
    # a name that describes a thing is not where the figure's people acted
    report = places_of("About 50 residents of the Aleppo complex in Idlib city protested on Monday.", villages)
    assert report.claims[0].place.text == "Idlib"


def test_a_figure_carries_the_place_ranked_first_in_the_sentence_before(villages):
    # not the last one named there: where the gunmen came from is not where the figure is
    report = places_of("Gunmen shelled Dar Salim (Wadi Qarmun, Idlib) on Monday, after driving from Aleppo. "
                       "Two men were killed.", villages)
    assert report.claims[0].place.text == "Dar Salim"


def test_origin_place_is_a_place_after_a_preposition_of_origin(settings):
    text = "Farmers from Tikrit were killed near Mosul."
    ann = annotate(text, settings=settings)
    tikrit, mosul = text.index("Tikrit"), text.index("Mosul")
    assert origin_place(ann, (tikrit, tikrit + len("Tikrit")))
    assert not origin_place(ann, (mosul, mosul + len("Mosul")))
    # a distance from a place is no origin, whatever cue noun the name is "of"
    for text in ("Gunmen killed two men not far from the town of Tikrit.", "Gunmen killed two men not far from Tikrit."):
        ann = annotate(text, settings=settings)
        tikrit = text.index("Tikrit")
        assert not origin_place(ann, (tikrit, tikrit + len("Tikrit")))


def test_an_end_of_a_road_ranks_after_the_place_its_sentence_names(settings):
    # "the Fallujah-Ramadi road" names two towns as its ends; the event was in the district the
    # sentence names, not at the far end of the road where an earlier killing happened
    report = places_of("Four people were killed in Fallujah district as gunmen avenged the death of a farmer "
                       "on the Fallujah-Ramadi road.", settings)
    assert report.events[0].place.text == "Fallujah" and report.events[0].place.precision == 2
    assert all(c.place.text == "Fallujah" for c in report.claims)


def test_a_road_named_only_by_its_ends_is_still_the_place(settings):
    report = places_of("Gunmen killed four travellers on the Ramadi-Fallujah road on Monday.", settings)
    assert report.events[0].place.name == "Ramadi"  # no other place: its first end, as before


@pytest.fixture
def at(settings):
    """``at(text, name)``: is the mention of ``name`` in ``text`` a place where the hurt were taken or cared
    for? (the four care_place tests' one look-up)"""
    def care_place_at(text: str, name: str) -> bool:
        start = text.index(name)
        return care_place(annotate(text, settings=settings), (start, start + len(name)))
    return care_place_at


def test_care_place_is_the_object_of_a_preposition_on_a_verb_of_care(at):
    assert at("Militiamen injured in fighting were hospitalized in the town of Ramadi.", "Ramadi")
    assert at("The wounded were treated in Baghdad.", "Baghdad")
    assert not at("Gunmen attacked a hospital in Baghdad.", "Baghdad")
    assert not at("Five people were wounded in Ramadi.", "Ramadi")


def test_care_place_is_a_facility_of_care_the_hurt_were_taken_to(at):
    # a facility of care the hurt were taken to or died at, named by its place or holding it
    assert at("The boy was taken to Silver Cross Hospital in Joliet with a wound to his back.", "Joliet")
    assert at("The victim was rushed to Grant Medical Center in Columbus, where he died.", "Columbus")
    assert at("She died at Springfield General Hospital on Monday.", "Springfield")
    assert at("One of the wounded was flown to Dallas on Friday night.", "Dallas")
    # must not fire: a facility the happening struck, a place beside a hospital, a trip told
    # in the active voice, a worker of a hospital
    assert not at("The blast at the hospital in Kunduz killed 19 people.", "Kunduz")
    assert not at("Gunmen stormed a clinic in Kunduz on Monday.", "Kunduz")
    assert not at("Fighting in Gaza, where the hospital is, killed three people.", "Gaza")
    assert not at("The gunman drove to Dallas on Friday and opened fire.", "Dallas")
    assert not at("A nurse at Memorial Hospital in Tulsa was shot in the parking lot.", "Tulsa")
    # a hospital near where it happened
    assert not at("The girl died at a nearby hospital in Calcasieu Parish on Monday.", "Calcasieu Parish")


def test_care_place_taken_in_the_passive_only_where_who_is_taken_is_hurt(at):
    # who is taken is hurt: a word of the hurt, a verb of harm beside it, an injury
    assert at("A man was shot and was flown to Dallas, police in Tyler said.", "Dallas")
    assert at("The victim was airlifted to Dallas, police in Tyler said.", "Dallas")
    assert at("He was flown to Dallas after being shot, police in Tyler said.", "Dallas")
    assert at("A woman was flown to Dallas with gunshot wounds, police in Tyler said.", "Dallas")
    assert at("Three wounded soldiers were flown to Bamako after the attack in Kidal.", "Bamako")
    # must not fire: troops and reinforcements flown to where the fighting is, a verb of harm
    # of others ("killing 12 peacekeepers")
    assert not at("Troops were flown from Bamako to Kidal after rebels attacked the town, killing 12 "
                  "peacekeepers.", "Kidal")
    assert not at("Reinforcements were airlifted to Gao after jihadists killed eight soldiers, the army in "
                  "Bamako said.", "Gao")
    assert not at("Soldiers were rushed to Baga on Monday after Boko Haram fighters killed 20 people there, a "
                  "resident of Maiduguri said.", "Baga")


def test_a_facility_of_care_where_the_harm_was_told_is_the_happenings_place(at):
    # the harm inside the facility: a part of it, the facility itself
    assert not at("A doctor died at Christus Spohn Hospital in Corpus Christi after a patient shot him in the "
                  "emergency room, police in Nueces County said.", "Corpus Christi")
    assert not at("A man died at the VA Medical Center in Dayton after a gunman opened fire in the lobby; the "
                  "suspect, from Xenia, was arrested.", "Dayton")
    assert not at("A guard died at Mercy Hospital in Joliet after a man opened fire inside the hospital.", "Joliet")
    # must not fire: a harm told elsewhere, or in a room of a home
    assert at("A man died at Grady Memorial Hospital in Atlanta after being shot in Decatur.", "Atlanta")
    assert at("A man died at Grady Memorial Hospital in Atlanta after he was shot in his living room, police "
              "in Fulton County said.", "Atlanta")
    assert at("A man died at Grady Memorial Hospital in Atlanta after a shooting, police in Fulton County "
              "said.", "Atlanta")
