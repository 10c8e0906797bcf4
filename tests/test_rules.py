"""The rule tables: every one loads, a malformed one is refused by name, and
they are read once per set of actor files."""

from __future__ import annotations

import re
import shutil
from importlib import resources
from pathlib import Path

import pytest

from fogcount.errors import SettingsError
from fogcount.models import SourceKind
from fogcount.rules import Rules, build, load
from fogcount.settings import Settings


def _data_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(Path(str(resources.files("fogcount.data"))), folder)
    return folder


def test_every_table_loads_into_its_typed_object():
    rules = load()
    assert isinstance(rules, Rules)
    assert rules.claims.outcomes["killed"].units == ("people",)
    assert rules.names.find_actor("Daesh fighters").name == "Islamic State"
    assert rules.sources.source_kind("the observatory said") == "monitor"
    assert set(rules.actor_kinds) == {"armed_group", "militia", "pmc", "state_forces", "coalition", "peacekeeping"}
    assert rules.qualifiers.exact.name == "exact"
    assert rules.events.actions["air_strike"].violent
    assert rules.event_types.event_type["Armed clash"] == "Battles"
    assert rules.gazetteer.name_abbreviations["mt"] == "mount"
    assert ("IQ", "01", "IQ-AN", "Anbar") == tuple(rules.admin1[0][:4])
    assert rules.times.weekdays["wednesday"] == 2 and rules.times.months["sept"] == 9
    assert rules.times.patterns["duration"].fullmatch("more than two days")
    assert rules.places.cue_nouns["province"] == 3 and rules.places.units["miles"] == 1.609344
    assert rules.places.derivation.search("about 20 miles north-west of ")["dir"] == "north-west"
    assert rules.places.near.search("on the outskirts of the town of ")


def test_the_same_inputs_give_the_same_rules(tmp_path):
    assert load() is load(()) is Settings().rules
    assert load().vocabulary is load().vocabulary
    extra = tmp_path / "mine.toml"
    extra.write_text('[[actor]]\nname = "Black Banner Brigade"\nconflicts = ["Testland"]\n', encoding="utf-8")
    mine = load((str(extra),))
    assert mine is Settings(actors=(str(extra),)).rules and mine is not load()
    assert mine.names.find_actor("the Black Banner Brigade").name == "Black Banner Brigade"


def test_build_gives_fresh_rules_to_pass_explicitly():
    fresh = build()
    assert fresh is not load() and fresh.claims.copulas == load().claims.copulas


def test_a_table_that_is_not_toml_is_refused(tmp_path):
    folder = _data_copy(tmp_path)
    (folder / "sources.toml").write_text("[verbs\n", encoding="utf-8")
    with pytest.raises(SettingsError, match=r"^E300 data/sources.toml: not a valid TOML table"):
        build(data=folder)


def test_a_short_admin1_row_is_refused_with_its_line(tmp_path):
    folder = _data_copy(tmp_path)
    with (folder / "admin1.tsv").open("a", encoding="utf-8") as handle:
        handle.write("IQ\t99\tIQ-XX\n")
    with pytest.raises(SettingsError, match=r"data/admin1.tsv: line \d+ needs 5 or 6 tab-separated columns"):
        build(data=folder)


def test_source_kinds_are_the_models():
    """Every kind the sources table names, and every actor kind's source kind, is a SourceKind."""
    kinds = set(SourceKind.__args__)
    assert {kind for kind, _pattern in load().sources.source_kinds} <= kinds
    assert {kind.source_kind for kind in load().actor_kinds.values()} <= kinds
    assert set(load().sources.source_standing) == kinds
    assert load().sources.country_actor_kinds <= set(load().actor_kinds)


@pytest.mark.parametrize("table, written, changed, message", [
    ("events.toml", "[grouping]", "[grouped]", re.escape("E300 data/events.toml: missing key 'grouping'") + "$"),
    ("sources.toml", "\nmonitor = [", "\nwatcher = [", "data/sources.toml: malformed table .*watcher"),
    ("sources.toml", '\nwitness = { rank = 1, party = "outlet" }', "",
     r"^E300 data/sources.toml: malformed table \(standing: .* witness\)"),
    ("sources.toml", 'police = { rank = 2, party = "state" }', 'police = { rank = 2, party = "sometimes" }',
     r"^E300 data/sources.toml: malformed table \(standing.police.party "),
    ("times.toml", "\nquantities = [", "\nquantity = [", re.escape("E300 data/times.toml: missing key 'quantities'") + "$"),
    ("places.toml", "\nafter_name = [", "\nafter = [", re.escape("E300 data/places.toml: missing key 'after_name'") + "$"),
], ids=["missing key", "unknown source kind", "kind without standing", "unknown party rule", "times key",
        "places key"])
def test_a_malformed_table_is_refused_with_its_file_and_key(tmp_path, table, written, changed, message):
    folder = _data_copy(tmp_path)
    path = folder / table
    text = path.read_text("utf-8")
    assert written in text  # the table as shipped has what the case breaks
    path.write_text(text.replace(written, changed), encoding="utf-8")
    with pytest.raises(SettingsError, match=message):
        build(data=folder)
