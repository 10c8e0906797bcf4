"""The shared scorers and the floors: each kind of case scored on a text the
test writes, and pinning that raises a floor freely, lowers one only when
asked, and a gate that notices a changed gold file."""

from __future__ import annotations

import pytest

from fogcount import evaluation

from fogcount.evaluation import (
    Floor,
    FloorLowered,
    GateFailed,
    check_floor,
    floor_of,
    gold_sha256,
    pin,
    read_floors,
    score_attribution,
    score_claims,
    score_dates,
    score_event_types,
    score_events,
    score_gold,
    score_places,
    score_reconcile,
    write_floors,
)

KANDAHAR = "Gunmen killed six people at a market in Kandahar on Tuesday, police said."


def test_claims_find_not_find_and_only():
    score = score_claims([{"id": "a", "text": KANDAHAR, "find": [["people.killed", 6, 6], ["people.injured", 2, 2]],
                           "not_find": ["six", "Tuesday"], "only": True}])
    assert [(c.what, c.right) for c in score.checks] == [
        ("find ['people.killed', 6, 6]", True), ("find ['people.injured', 2, 2]", False),
        ("not find 'six'", False), ("not find 'Tuesday'", True), ("number of claims", False)]
    assert score.score == 0.4
    assert [c.case for c in score.wrong()] == ["a"] * 3


def test_attribution_speaker_channel_and_kind():
    score = score_attribution([{"id": "a", "pattern": "X said", "text": KANDAHAR, "figure": "six",
                                "speaker": "police", "channel": None, "kind": "military"}])
    assert [(c.what, c.got, c.right) for c in score.checks] == [
        ("found", True, True), ("speaker", "police", True), ("channel", None, True), ("kind", "police", False)]
    assert score.accuracy == 1.0 and score.share("kind_right") == 0.0


def test_dates_start_end_precision():
    case = {"id": "a", "text": KANDAHAR, "published": "2024-03-15", "figure": "six",
            "start": "2024-03-12", "end": "2024-03-12", "precision": "day"}
    assert score_dates([case]).score == 1.0
    undated = dict(case, start=None, end=None, precision=None)
    assert score_dates([undated]).score == 0.0


def test_places_country_precision_and_words_that_are_no_place():
    score = score_places([{"id": "a", "text": KANDAHAR, "find": [{"text": "Kandahar", "country": "AF", "precision": 1}],
                           "not_find": ["market", "Kandahar"]}])
    assert [c.right for c in score.checks] == [True, True, True, False]


def test_events_count_and_types():
    score = score_events([{"id": "a", "text": KANDAHAR, "published": "2024-03-15", "events": 1, "types": ["Attack"]},
                          {"id": "b", "text": KANDAHAR, "events": 2}])
    assert [c.right for c in score.checks] == [True, True, False]


def test_event_types_of_the_main_happening():
    score = score_event_types([{"id": "a", "text": KANDAHAR, "event_type": "Violence against civilians",
                                "sub_event_type": "Attack"}])
    assert score.score == 1.0


def test_reconcile_bounds_and_no_figure():
    cases = [{"id": "a", "text": KANDAHAR, "category": "people.killed", "role": "unknown", "low": 6, "best": 6, "high": 6},
             {"id": "b", "text": KANDAHAR, "category": "people.injured", "role": "unknown",
              "low": None, "best": None, "high": None}]
    assert score_reconcile(cases).score == 1.0


def test_score_gold_reads_a_file(tmp_path):
    path = tmp_path / "claims.jsonl"
    path.write_text('{"id": "a", "text": "%s", "find": [["people.killed", 6, 6]]}\n\n' % KANDAHAR, encoding="utf-8")
    assert score_gold("claims", path).score == 1.0


# ---------------------------------------------------------------- floors


FLOOR = Floor(name="claims", kind="claims", gold="claims.jsonl", sha256="abc", floor=0.8)


def test_floor_of_rounds_down():
    assert floor_of(25 / 30) == 0.833
    assert floor_of(0.7) == 0.7
    assert floor_of(1.0) == 1.0


def test_raising_a_floor_is_always_allowed():
    assert pin(FLOOR, "def", 0.9129) == Floor("claims", "claims", "claims.jsonl", "def", 0.912)


def test_lowering_a_floor_takes_allow_lower():
    with pytest.raises(FloorLowered, match="--allow-lower"):
        pin(FLOOR, "abc", 0.79)
    assert pin(FLOOR, "abc", 0.79, allow_lower=True).floor == 0.79
    assert pin(FLOOR, "abc", 0.8).floor == 0.8  # the same score is no lowering


def test_gate_fails_under_the_floor_and_on_a_changed_gold_file(tmp_path):
    check_floor(FLOOR, "abc", 0.8)
    with pytest.raises(GateFailed, match="fell below"):
        check_floor(FLOOR, "abc", 0.799)
    gold = tmp_path / "claims.jsonl"
    gold.write_text('{"id": "a"}\n', encoding="utf-8")
    pinned = pin(FLOOR, gold_sha256(gold), 0.8)
    check_floor(pinned, gold_sha256(gold), 0.8)
    gold.write_text('{"id": "a", "note": "edited"}\n', encoding="utf-8")
    with pytest.raises(GateFailed, match="changed since its floor was measured"):
        check_floor(pinned, gold_sha256(gold), 1.0)


def test_floors_round_trip_through_toml(tmp_path):
    floors = {"claims": FLOOR, "attribution": Floor("attribution", "attribution", "../a.jsonl", "0f", 0.933)}
    write_floors(tmp_path / "floors.toml", floors)
    assert read_floors(tmp_path / "floors.toml") == floors
    assert (tmp_path / "floors.toml").read_text(encoding="utf-8").index("[attribution]") < \
        (tmp_path / "floors.toml").read_text(encoding="utf-8").index("[claims]")


def test_halves_are_stable_about_even_and_per_dataset():
    keys = [f"doc{i}" for i in range(2000)]
    halves = [evaluation.half_of("wad-dev", k) for k in keys]
    assert set(halves) == {"study", "measure"}
    assert 900 < halves.count("study") < 1100
    assert halves == [evaluation.half_of("wad-dev", k) for k in keys]
    # Another dataset's split is drawn independently of this one's.
    other = [evaluation.half_of("gva-dev", k) for k in keys]
    assert 0.4 < sum(a == b for a, b in zip(halves, other)) / len(keys) < 0.6
    # Pinned: the salt, and so every half, never moves once chosen.
    assert [evaluation.half_of("gva-dev", k) for k in ("95579", "1", "2")] == ["study", "measure", "measure"]
