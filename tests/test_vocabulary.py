"""The rule tables: consistent, and answering look-ups."""

from __future__ import annotations

import pytest

from fogcount.rules import build
from fogcount.vocabulary import ClaimsVocabulary, NameRegistry, SourceVocabulary, noncount_rules, vocabulary

# DESIGN.md's units, and families (households of the displaced: extended in data/vocabulary.toml)
UNITS = {"people", "vehicles", "aircraft", "buildings", "weapons", "strikes", "families"}
OUTCOMES = {"killed", "injured", "captured", "abducted", "surrendered", "fled", "displaced", "present",
            "destroyed", "damaged", "seized", "conducted"}


def test_vocabulary_covers_the_design_categories():
    vocab = vocabulary()
    assert set(vocab.units) == UNITS
    assert OUTCOMES <= set(vocab.outcomes)
    for outcome in vocab.outcomes.values():
        assert set(outcome.units) <= UNITS, outcome.name
        assert set(outcome.zero_means) <= set(vocab.outcomes)


def test_a_verb_gives_the_outcome_that_fits_the_unit():
    vocab = vocabulary()
    assert vocab.verb_outcome(["capture"], ["people"], as_subject=False)[:2] == ("people", "captured")
    assert vocab.verb_outcome(["capture"], ["vehicles"], as_subject=False)[:2] == ("vehicles", "seized")
    assert vocab.verb_outcome(["kill"], ["vehicles"], as_subject=False) is None


def test_active_subjects_only_undergo_intransitive_outcomes():
    vocab = vocabulary()
    assert vocab.verb_outcome(["kill"], ["people"], as_subject=True) is None  # "5 soldiers killed 3 militants"
    assert vocab.verb_outcome(["flee"], ["people"], as_subject=True)[:2] == ("people", "fled")


def test_phrasal_verbs_are_tried_first():
    vocab = vocabulary()
    assert vocab.verb_outcome(["shoot down", "shoot"], ["aircraft"], as_subject=False)[:2] == ("aircraft", "destroyed")
    assert vocab.verb_outcome(["take hostage", "take"], ["people"], as_subject=False)[:2] == ("people", "abducted")


def test_roles_and_hedges():
    vocab = vocabulary()
    assert vocab.role_of("civilian") == "civilian"
    assert vocab.role_of("militant") == "combatant"
    assert vocab.role_of("soldier") == "security_forces"
    assert vocab.role_of("people") is None
    assert vocab.hedge_of("suspected") == "suspected"
    assert vocab.hedge_of("reportedly") == "reportedly"


def test_sets_of_people_have_their_size():
    v = vocabulary()
    assert v.set_nouns["couple"] == 2 and v.set_nouns["pair"] == 2
    assert "family" not in v.set_nouns  # a family has no known size


def test_actor_aliases():
    vocab = vocabulary()
    assert vocab.find_actor("Daesh terrorists").name == "Islamic State"
    assert vocab.find_actor("Kataib Hezbollah fighters").name == "Kata'ib Hezbollah"
    assert vocab.find_actor("the Hashd al-Shaabi units").name == "Popular Mobilization Forces"
    assert vocab.find_actor("this is it") is None  # "IS" only in capitals
    assert vocab.find_actor("IS fighters").name == "Islamic State"


def test_noncount_rules():
    vocab = vocabulary()
    assert vocab.noncount_reason("20", "west, ", " miles from") == "distance"
    assert vocab.noncount_reason("1", "at ", ":20 a.m.") == "clock time"
    assert vocab.noncount_reason("12", "a ", "-year-old boy") == "age"
    assert vocab.noncount_reason("40", "killed ", " fighters") is None
    # rules that ask the parse: an age in apposition to a person, a number on a singular noun
    assert vocab.noncount_reason("48", "Valmir de Campos, ", ", was", facts=frozenset({"apposed to a person"})) == "age"
    assert vocab.noncount_reason("62", "a farmer, ", ", was") is None  # a name needs no parse: below
    assert vocab.noncount_reason("2010", "a ", " raid", facts=frozenset({"counts a singular noun"})) \
        == "year, model or name"
    assert vocab.noncount_reason("2017", "since ", ", when a general was killed") == "year"
    # rules for other kinds of figure: a word of quantity in a question, a "No." that opens a rank
    assert vocab.noncount_reason("many", "unclear how ", " died", kind="word") == "question"
    assert vocab.noncount_reason("many", "unclear how ", " died") is None  # a number is never asked so
    assert vocab.noncount_reason("No", "the ", ". 2 leader", kind="zero") == "rank or number in a series"
    assert vocab.noncount_reason("No", "", " soldiers were hurt", kind="zero") is None
    # a house number before a numbered road; a district's, a ward's or a grade's number; a capacity
    assert vocab.noncount_reason("11690", "a farm at ", " U.S. 36 burned") == "address"
    assert vocab.noncount_reason("12", "killed ", " U.S. soldiers") is None
    assert vocab.noncount_reason("7", "Districts 4, 5, and ", " incumbents") == "name or identifier"
    assert vocab.noncount_reason("4", "the District ", " councilman") == "name or identifier"
    assert vocab.noncount_reason("12", "in the district ", " people were killed") is None
    # a count after a district's number and a comma; an ordinal after "US" is no road (review of f060ed3, #3)
    assert vocab.noncount_reason("12", "In District 5, ", " people were shot") is None
    assert vocab.noncount_reason("7", "Grade 6 and ", " students") == "name or identifier"
    assert vocab.noncount_reason("3", "killed ", " US 101st Airborne soldiers") is None
    assert vocab.noncount_reason("300", "was built to hold ", " soldiers") == "capacity"
    assert vocab.noncount_reason("20", "built in 1942 to hold 300 soldiers and ", " tanks") == "capacity"
    # a number with decimals counts no whole people, unless a multiplier follows
    assert vocab.noncount_reason("3.5", "there were ", " deaths on average") == "average or measure"
    assert vocab.noncount_reason("3.5", "displaced ", " million people") is None
    # bare numbers alone in brackets are ages; a bracket of people is not
    assert vocab.noncount_reason("11", "Two brothers (", " and 15) were killed") == "age"
    assert vocab.noncount_reason("15", "Two brothers (11 and ", ") were killed") == "age"
    assert vocab.noncount_reason("5", "six people (", " civilians and one soldier)") is None
    assert vocab.noncount_reason("20", "gunmen continue to hold ", " hostages") is None


def test_ages_in_lists_are_no_counts():
    vocab = vocabulary()
    # a number whose hyphen waits for the "-year-old" of the last one in its list
    assert vocab.noncount_reason("6", "their ", "- and 10-year-old sons") == "age"
    assert vocab.noncount_reason("8", "the ", "-, 9- and 12-year-old girls") == "age"
    assert vocab.noncount_reason("6", "police said ", "- and 10-member teams") is None
    # the later numbers of a list after "ages", a comma after it or not; never one a noun follows
    assert vocab.noncount_reason("20", "two men, ages, ", " and 31, were hurt") == "age"
    assert vocab.noncount_reason("31", "two men, ages, 20 and ", ", were hurt") == "age"
    assert vocab.noncount_reason("25", "aged 19, 22 and ", ".") == "age"
    assert vocab.noncount_reason("3", "a man aged 20 and ", " others were hurt") is None
    # the earlier numbers of a list of ages told after the last
    assert vocab.noncount_reason("20", "two men, ", " and 31 years old, were hurt") == "age"
    assert vocab.noncount_reason("4", "the children, ", ", 7 and 9 years of age") == "age"
    assert vocab.noncount_reason("20", "killed ", " and wounded 31 in the years after") is None
    # a number set off by commas right after a capitalised name, whatever the parse says
    assert vocab.noncount_reason("27", "Adarrius Doe, ", ", was dead") == "age"
    assert vocab.noncount_reason("12", "In Chicago, ", " people were shot") is None
    assert vocab.noncount_reason("12", "in the city, ", ", police said, died") is None


def test_a_noncount_rule_judges_only_kinds_of_figure_it_knows():
    with pytest.raises(ValueError, match="figures must be some of"):
        noncount_rules({"rule": [{"reason": "x", "before": "y", "figures": ["numbers"]}]})


def test_a_noun_the_table_lacks_is_people_where_the_lexicon_says_so():
    vocab = vocabulary()
    assert vocab.units_of("muezzin") == ["people"]  # from WordNet
    assert vocab.units_of("head") == ["people"]  # the project's table, where WordNet's first sense is a body part
    assert vocab.units_of("cow") == []
    assert vocab.units_of("tank") == ["vehicles"]  # the table first
    # a plural the tagger left whole (a proper noun): its singular, as WordNet lists it
    assert vocab.units_of("sheikhs") == vocab.units_of("witnesses") == vocab.units_of("clergymen") == ["people"]
    assert vocab.units_of("cows") == []


def test_actor_registry_is_large_consistent_and_resolvable():
    vocab = vocabulary()
    assert len(vocab.actors) >= 150
    kinds = {"armed_group", "militia", "state_forces", "coalition", "peacekeeping", "pmc"}
    seen: dict[str, str] = {}
    for actor in vocab.actors:
        assert actor.kind in kinds, actor.name
        assert actor.conflicts, actor.name
        for alias in (actor.name, *actor.aliases):
            key = alias if alias.isupper() else alias.lower()
            assert seen.setdefault(key, actor.name) == actor.name, f"{alias} is under two actors"
            found = vocab.find_actor(f"Reports said {alias} fighters moved in.")
            assert found is not None and found.name == actor.name, alias


def test_a_users_actor_file_adds_and_overrides(tmp_path):
    extra = tmp_path / "mine.toml"
    extra.write_text(
        '[[actor]]\nname = "Black Banner Brigade"\naliases = ["Black Banner Brigade", "BBB"]\n'
        'kind = "armed_group"\ncountry = ""\nconflicts = ["Testland"]\n',
        encoding="utf-8",
    )
    vocab = vocabulary((str(extra),))
    assert vocab.find_actor("the Black Banner Brigade said").name == "Black Banner Brigade"
    assert vocab.find_actor("Daesh fighters").name == "Islamic State"  # the shipped registry stays


def test_a_bad_actor_file_is_a_settings_error(tmp_path):
    import pytest

    from fogcount.errors import SettingsError

    bad = tmp_path / "bad.toml"
    bad.write_text("[[actor]\nname = ", encoding="utf-8")
    with pytest.raises(SettingsError, match="not a valid actors file"):
        vocabulary((str(bad),))
    with pytest.raises(SettingsError, match="cannot read"):
        vocabulary((str(tmp_path / "missing.toml"),))


def test_actor_files_with_wrong_types_are_refused(tmp_path):
    import pytest

    from fogcount.errors import SettingsError

    for body, message in [
        ('[[actor]]\nname = "X"\naliases = "abc"\n', "'aliases' must be a list"),
        ('actor = 5\n', "must be a list"),
        ('[[actor]]\nname = "X"\nkind = "spaceship"\n', "kind must be one of"),
    ]:
        path = tmp_path / "a.toml"
        path.write_text(body, encoding="utf-8")
        with pytest.raises(SettingsError, match=message):
            build((str(path),))  # uncached: the same path holds another body each time


def test_coordinators_are_read_from_the_vocabulary():
    vocab = vocabulary()
    assert vocab.conjunction_kind(["and"]) == "additive"
    assert vocab.conjunction_kind(["as", "well", "as"]) == "additive"
    assert vocab.conjunction_kind(["woman", "or"]) == "alternative"
    assert vocab.conjunction_kind(["nor"]) == "negative"
    assert vocab.conjunction_kind(["but"]) is None


def test_the_vocabulary_is_one_per_stage_composed():
    vocab = vocabulary()
    assert isinstance(vocab.claims, ClaimsVocabulary)
    assert isinstance(vocab.names, NameRegistry)
    assert isinstance(vocab.sources, SourceVocabulary)
    assert vocab.copulas is vocab.claims.copulas
    assert vocab.find_actor is not None and vocab.find_country("Iraqi forces") == vocab.names.find_country("Iraqi forces")
    assert vocab.source_kind("a hospital doctor") == vocab.sources.source_kind("a hospital doctor") == "medical"


def test_the_three_vocabularies_share_no_attribute_name():
    """The composed Vocabulary looks an attribute up in each in turn: a name
    in two of them would hide one."""
    vocab = vocabulary()
    claims, names, sources = ({n for n in dir(part) if not n.startswith("__")}
                              for part in (vocab.claims, vocab.names, vocab.sources))
    assert not (claims & names) and not (claims & sources) and not (names & sources)


def test_an_actors_kind_gives_its_role_source_kind_and_side():
    vocab = vocabulary()
    assert (vocab.find_actor("Daesh").role, vocab.find_actor("Daesh").source_kind) == ("combatant", "armed_group")
    iraqi_army = vocab.find_actor("the Iraqi Army")
    assert (iraqi_army.role, iraqi_army.source_kind, iraqi_army.side) == ("security_forces", "military", "state")


def test_attribution_words_are_read_from_the_sources_table():
    vocab = vocabulary()
    assert vocab.person_pronouns == {"he", "she"} and vocab.person_pronouns <= vocab.pronouns
    assert vocab.quote_verbs <= vocab.relay_verbs
    assert "which" in vocab.relative_pronouns and "you" in vocab.quoted_pronouns
