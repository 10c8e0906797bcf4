"""Attribution: every reporting pattern, quoting chains, one speaker under many
names, kinds, affiliations and partisanship. The project's attribution cases
(tests/data/attribution_*.jsonl) are gated in tests/test_gates.py."""

from __future__ import annotations

import pytest

import fogcount


def source_of(text: str, figure: str):
    claims = [c for c in fogcount.extract(text).claims if c.value.text == figure]
    assert claims, [c.value.text for c in fogcount.extract(text).claims]
    return claims[0].source


@pytest.mark.parametrize(
    "text, figure, speaker, channel",
    [
        # according to X
        ("At least 12 civilians were killed in the raid, according to the provincial health directorate.",
         "At least 12", "the provincial health directorate", None),
        # X said (that)
        ("The Interior Ministry said that 30 suspects were arrested overnight.", "30", "The Interior Ministry", None),
        # said X (inverted)
        ("Militants destroyed four armoured vehicles, said Col. Faris Al-Azzawi, a spokesman for the army.",
         "four", "Col. Faris Al-Azzawi", None),
        # X told Y
        ("At least 250 fighters were killed, U.S. officials told Reuters.", "At least 250", "U.S. officials", "Reuters"),
        # Y reported
        ("Gunmen kidnapped 14 passengers on the highway, state television reported.", "14", "state television",
         "state television"),
        # X announced
        ("The army announced that 45 insurgents had surrendered.", "45", "The army", None),
        # X said in a statement / in a video / on social media
        ("The monitor said in a statement that 19 civilians died.", "19", "The monitor", "a statement"),
        ("Gen. Hamed Al-Maliki said in a Ministry of Defense video that 130 vehicles were destroyed.", "130",
         "Gen. Hamed Al-Maliki", "a Ministry of Defense video"),
        ("In a post on Telegram, the group said its fighters killed 9 soldiers.", "9", "the group", "Telegram"),
        # a video posted by X shows
        ("A video posted by the defence ministry shows dozens of vehicles burned out.", "dozens",
         "the defence ministry", "A video"),
        # in a tweet
        ("In a tweet, the embassy said 3 strikes were conducted near the border.", "3", "the embassy", "a tweet"),
        # X claimed
        ("The rebels claimed they had shot down two helicopters.", "two", "The rebels", None),
        # X put the toll at N
        ("Local officials put the death toll at 27.", "27", "Local officials", None),
        # citing X
        ("Reuters reported, citing two police sources, that 11 soldiers were wounded.", "11", "two police sources",
         "Reuters"),
        # X was quoted as saying
        ("Brig. Gen. Saad Mohsen was quoted by the state news agency as saying that 19 militants were killed.", "19",
         "Brig. Gen. Saad Mohsen", "the state news agency"),
        # nested reporting
        ("The news site Maalomah reported that the chairman of the district council said more than 200 fighters "
         "were captured.", "more than 200", "the chairman of the district council", "The news site Maalomah"),
    ],
)
def test_reporting_patterns(text, figure, speaker, channel):
    source = source_of(text, figure)
    assert source is not None
    assert source.speaker.lower() == speaker.lower()
    assert (source.channel or "").lower() == (channel or "").lower()


def test_quotation_over_several_sentences_takes_the_closing_attribution():
    text = ('"We advanced from the north. The enemy had no way out. More than 40 of them surrendered by noon," '
            "said Col. Hussein Al-Tamimi.")
    assert source_of(text, "More than 40").speaker == "Col. Hussein Al-Tamimi"


def test_same_speaker_continues_under_a_shorter_name_and_keeps_the_channel():
    text = ("Iraqi Army aviation commander Gen. Hamed Al-Maliki said Wednesday in a Ministry of Defense video that "
            "more than 130 vehicles were destroyed. More than 20 Iraqi gunships pursued the rest, Al-Maliki said.")
    source = source_of(text, "More than 20")
    assert source.speaker == "Gen. Hamed Al-Maliki" and source.mention == "Al-Maliki"
    assert source.channel == "a Ministry of Defense video"


def test_unattributed_claim_has_no_source():
    assert source_of("Many were killed in the strikes on Tuesday.", "Many") is None


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The patrol reported to its base after two of its vehicles were destroyed by a bomb.", "two"),
        ("The provincial council announced a curfew after at least 22 people were killed in clashes.", "at least 22"),
        ("The minister, speaking hours after a bomb killed four soldiers, said the army would respond.", "four"),
        ("Residents were told to leave before the army shelled the district, where at least 7 houses were destroyed.",
         "at least 7"),
        ("According to plan, engineers blew up the bridge after 30 fighters had fled across it.", "30"),
        # a verb of saying that, with its object, names an outcome ("claim life") tells no one's words
        ("The explosion claimed the lives of five civilians in the market.", "five"),
        ("The fighting has claimed 37 lives in two days.", "37"),
        # a verb of saying whose subject is a zero word: no one speaks
        ("No one claimed responsibility for the attack that killed three farmers.", "three"),
        ("Nobody has said that 40 fighters died in the raid.", "40"),
        ("No group claimed the bombing that wounded 12 shoppers.", "12"),
    ],
)
def test_attribution_words_that_attribute_nothing(text, figure):
    assert source_of(text, figure) is None


def test_a_verb_of_saying_that_names_an_outcome_leaves_the_sentences_source():
    # the figure is the speaker's who tells the outcome, not the blast's
    assert source_of("The blast claimed the lives of five soldiers, police said.", "five").speaker == "police"
    assert source_of("The group claimed that 12 soldiers were killed.", "12").speaker == "The group"


def test_a_denied_claim_keeps_its_author():
    source = source_of("The army denied claims by residents that 25 civilians were killed.", "25")
    assert source.speaker == "residents"


def test_fallujah_sources(fallujah):
    def who(text, category=None):
        claim = next(c for c in fallujah.claims if c.value.text.lower() == text.lower()
                     and (category is None or c.category == category))
        s = claim.source
        return (s.speaker, s.channel) if s else None

    assert who("At least 250") == ("U.S. officials", "Reuters")
    for figure in ("more than 130", "more than 700", "More than 20"):
        assert who(figure) == ("Gen. Hamed Al-Maliki", "a Ministry of Defense video"), figure
    assert who("tens", "people.killed") == ("Gen. Hamed Al-Maliki", "a Ministry of Defense video")
    for figure, category in (("more than 100", None), ("more than 60", None), ("Tens", "people.fled")):
        assert who(figure, category) == ("Jaafer Al-Husseini", "the Al-Mada newspaper"), figure
    assert who("more than 200") == ("The chairman of the Khalidiya district council", "the news site Maalomah")
    first_two = [c for c in fallujah.claims if c.value.text in ("As many as 2,000", "up to 700")]
    assert all(c.source.speaker == "front-line Iraqi military officials" for c in first_two)
    assert who("any") == ("An Iraqi pilot", "the same video")
    speaker, channel = who("dozens", "vehicles.destroyed")
    assert speaker.startswith("the Iraqi defense ministry") and "tribal fighters" in speaker and channel == "A video"


def test_fallujah_one_speaker_many_names(fallujah):
    mahalawi = [c.source for c in fallujah.claims if c.source and "Mahalawi" in c.source.speaker]
    assert {s.mention for s in mahalawi} >= {"Al-Mahalawi", "Mahalawi", "the general"}
    assert {s.speaker for s in mahalawi} == {"Gen. Ismail Al-Mahalawi"}
    assert len({s.origin for s in mahalawi}) == 1


def test_fallujah_kinds_affiliations_and_partisans(fallujah):
    by_speaker = {c.source.speaker: c.source for c in fallujah.claims if c.source}
    us = by_speaker["U.S. officials"]
    assert (us.kind, us.affiliation, us.origin, us.partisan) == (
        "government", "United States", "u.s. officials|united states", True)
    assert us.chain == ["U.S. officials", "Reuters"]
    husseini = by_speaker["Jaafer Al-Husseini"]
    assert (husseini.kind, husseini.affiliation, husseini.partisan) == ("militia", "Kata'ib Hezbollah", True)
    maliki = by_speaker["Gen. Hamed Al-Maliki"]
    assert (maliki.kind, maliki.affiliation, maliki.partisan) == ("military", "Iraq", True)
    sada = by_speaker["Ali Sada"]
    assert (sada.kind, sada.partisan) == ("media", False)  # "editor of Daesh Daily" is not Daesh




def test_it_stands_for_the_organisation_quoted_last():
    claims = fogcount.extract("The army said none of its soldiers were killed. It said 12 militants died.").claims
    assert [c.source.speaker for c in claims] == ["The army", "The army"]
    assert fogcount.extract("It said 12 militants died.").claims[0].source is None


def test_the_official_is_the_official_quoted_before():
    text = ("Some 3,000 residents have fled, a UN official in Damascus said. "
            "Nearly 200 families were sleeping in the open, the official added.")
    claims = fogcount.extract(text).claims
    assert [c.source.speaker for c in claims] == ["a UN official in Damascus"] * 2
