"""Sources: the partisanship rule, origin keys, and a rank for every source kind."""

from __future__ import annotations

import pytest

from fogcount.models import Source
from fogcount.rules import load
from fogcount.stages.sources import classify, origin_key, partisan, source_rank
from fogcount.vocabulary import vocabulary


@pytest.mark.parametrize(
    "kind, affiliation, expected",
    [
        ("armed_group", None, True),
        ("militia", "Kata'ib Hezbollah", True),
        ("military", "Iraq", True),
        ("military", "France", False),
        ("government", None, None),
        ("monitor", None, False),
        ("monitor", "Syria", False),  # "the Syrian Observatory for Human Rights" is not the Syrian state
        ("media", "Islamic State", True),  # an armed group's own news agency
        ("media", "Syria", False),  # ... but state media of a country at war is partisan (below)
        ("unknown", None, None),
    ],
)
def test_partisan_rule(kind, affiliation, expected):
    parties = {"iraq", "syria", "islamic state", "kata'ib hezbollah"}
    vocab = load().vocabulary
    assert partisan(kind, affiliation, parties, vocab, countries=frozenset({"iraq", "syria", "france"})) is expected
    if kind == "media" and affiliation == "Syria":
        assert partisan(kind, affiliation, parties, vocab, countries=frozenset({"syria"}), state_owned=True) is True


def test_origin_key_drops_titles_and_articles():
    vocab = vocabulary()
    assert origin_key("Gen. Hamed Al-Maliki", "Iraq", vocab) == "hamed al-maliki|iraq"
    assert origin_key("the Syrian Observatory", None, vocab) == "syrian observatory|"


def test_every_source_kind_has_a_rank():
    kinds = Source.model_fields["kind"].annotation.__args__
    assert set(kinds) == set(load().sources.source_standing)
    assert source_rank("monitor") < source_rank("media") < source_rank("military") < source_rank("armed_group")
    assert source_rank("not a kind") == source_rank("unknown")


def test_state_forces_speak_for_their_country():
    vocab = load().vocabulary
    assert classify("Iraqi security forces", None, vocab) == ("military", "Iraq")


@pytest.mark.parametrize(
    "words, kind",
    [
        ("medics", "medical"),  # the table lists "medic"
        ("nurses at the clinic", "medical"),
        ("local journalists", "media"),
        ("monitors", "monitor"),
        ("the medication", "unknown"),  # a longer word is not a plural
    ],
)
def test_a_kind_word_matches_its_plural(words, kind):
    assert classify(words, None, load().vocabulary)[0] == kind
