"""Accuracy gates: each gold set under tests/data/gold/ (and the attribution
cases beside it) scored by fogcount.evaluation, the scorer the benchmarks
use, against the floor pinned for it in floors.toml with the hash of the
gold file it was measured on.

One module for every stage, not one gate per stage module: the gates are one
rule applied to a table (floors.toml), so adding a gold set is one table
entry and ``pytest tests/test_gates.py --update-floors`` re-pins them all;
the stages' own tests stay about behaviour. A gate fails when the score falls
under its floor, and when the gold file no longer has the pinned hash (the
cases changed: the floor must be measured again). ``--update-floors`` pins
today's scores (rounded down); lowering one also takes ``--allow-lower``."""

from __future__ import annotations

from pathlib import Path

import pytest

from fogcount.evaluation import (
    SCORERS,
    FloorLowered,
    check_floor,
    gold_sha256,
    load_cases,
    pin,
    read_floors,
    score_gold,
    write_floors,
)

GOLD = Path(__file__).resolve().parent / "data" / "gold"
FLOORS = GOLD / "floors.toml"


@pytest.mark.parametrize("name", sorted(read_floors(FLOORS)))
def test_gate(name, request):
    floor = read_floors(FLOORS)[name]  # read again: --update-floors rewrites the file as it goes
    path = FLOORS.parent / floor.gold
    score = score_gold(floor.kind, path)
    if request.config.getoption("--update-floors"):
        floors = read_floors(FLOORS)
        try:
            floors[name] = pin(floor, gold_sha256(path), score.score,
                               allow_lower=request.config.getoption("--allow-lower"))
        except FloorLowered as exc:
            pytest.fail(str(exc) + "\n" + "\n".join(f"  {c.case}: {c.what}: expected {c.expected!r}, got {c.got!r}"
                                                     for c in score.wrong()))
        write_floors(FLOORS, floors)
        return
    check_floor(floor, gold_sha256(path), score.score)


def test_every_gold_file_has_a_floor_and_a_scorer():
    floors = read_floors(FLOORS)
    pinned = {(FLOORS.parent / f.gold).resolve() for f in floors.values()}
    unpinned = sorted(p.name for p in GOLD.glob("*.jsonl") if p.resolve() not in pinned)
    assert not unpinned, (f"{unpinned} have no table in {FLOORS.name}: add one (kind, gold, sha256 = \"\", "
                          f"floor = 0.0) and run pytest tests/test_gates.py --update-floors")
    assert {f.kind for f in floors.values()} == set(SCORERS)


@pytest.mark.parametrize("name", sorted(p.stem for p in GOLD.glob("*.jsonl")))
def test_gold_sets_are_small_and_hold_cases_to_miss(name):
    """15 to 40 cases with unique ids, some of them must-not-find cases (ids
    "no-..." or "not-...", or a ``not_find`` list)."""
    cases = load_cases(GOLD / f"{name}.jsonl")
    assert 15 <= len(cases) <= 40
    assert len({c["id"] for c in cases}) == len(cases)
    assert any(c.get("not_find") or c["id"].startswith(("no-", "not-", "none-")) for c in cases)
