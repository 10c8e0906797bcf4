"""The stage contract: a stage runs only after what it requires, must return
its state, may change only what it declares, and is recorded in the report."""

from __future__ import annotations

import pytest

import fogcount
from fogcount.errors import StageError
from fogcount.models import Claim, Report, Subject, Value
from fogcount.pipeline import STAGES, run_stages
from fogcount.settings import Settings
from fogcount.stages.base import DocumentState, Stage, check_order
from fogcount.stages.ingest import Record, make_document


def _state(text: str = "Two people were killed.") -> DocumentState:
    record = Record(text=text, origin="test")
    return DocumentState(record=record, report=Report(document=make_document(record)))


def _claim(id: str = "c1") -> Claim:
    return Claim(id=id, sentence="Two people were killed.", span=(0, 3), category="people.killed",
                 value=Value(text="Two", low=2, high=2), subject=Subject(text="people"))


def test_a_stage_that_returns_something_else_is_refused():
    stage = Stage("broken", "1", requires=(), assigns=(), run=lambda state, settings: None)
    with pytest.raises(StageError) as caught:
        stage(_state(), Settings())
    assert caught.value.code == "E701" and "returned NoneType" in caught.value.message


def test_a_stage_that_assigns_what_it_did_not_declare_is_refused():
    def fill_claims(state, settings):
        state.report.claims = [_claim()]
        state.times = []
        return state

    with pytest.raises(StageError) as caught:
        Stage("sloppy", "1", requires=(), assigns=("report.claims",), run=fill_claims)(_state(), Settings())
    assert caught.value.code == "E702" and "times" in caught.value.message
    # declared, the same run passes, and a new list's claims need no declaration of their own
    state = Stage("tidy", "1", requires=(), assigns=("report.claims", "times"), run=fill_claims)(_state(), Settings())
    assert [c.id for c in state.report.claims] == ["c1"]


def test_changing_a_field_of_every_claim_needs_its_declaration():
    def date_claims(state, settings):
        for claim in state.report.claims:
            claim.event = "e1"
        return state

    state = _state()
    state.report.claims = [_claim()]
    with pytest.raises(StageError, match="claims.event"):
        Stage("events", "1", requires=(), assigns=("claims.time",), run=date_claims)(state, Settings())


def test_growing_a_list_in_place_is_a_change():
    def append(state, settings):
        state.report.claims.append(_claim("c2"))
        return state

    with pytest.raises(StageError, match="report.claims"):
        Stage("grower", "1", requires=(), assigns=(), run=append)(_state(), Settings())


def test_a_stage_that_requires_what_nothing_assigned_is_refused():
    needs_times = Stage("events", "1", requires=("times",), assigns=(), run=lambda state, settings: state)
    with pytest.raises(StageError) as caught:
        needs_times(_state(), Settings())
    assert caught.value.code == "E700"
    with pytest.raises(StageError, match="requires times"):
        check_order((needs_times,))
    finds_times = Stage("dates", "1", requires=(), assigns=("times",), run=lambda state, settings: state)
    check_order((finds_times, needs_times))  # in this order it is fine, even if the value stays None


def test_a_declared_path_the_state_does_not_have_is_refused():
    with pytest.raises(StageError) as caught:
        Stage("typo", "1", requires=("report.claim",), assigns=(), run=lambda state, settings: state)
    assert caught.value.code == "E703" and "report.claim" in caught.value.message


def test_the_pipeline_order_is_valid_and_every_stage_is_named_and_versioned():
    check_order(STAGES)
    names = [stage.name for stage in STAGES]
    assert names == ["annotate", "claims", "attribution", "dates", "places", "events", "event_types"]
    assert all(stage.version for stage in STAGES) and len(set(names)) == len(names)


def test_the_report_records_each_stage_with_its_counts():
    report = fogcount.extract("Gunmen killed six people at a market in Kandahar on Tuesday, police said. "
                              "Separately, 12 protesters were arrested.", published="2020-05-08")
    assert [run.name for run in report.stages] == [stage.name for stage in STAGES]
    counts = {run.name: run.counts for run in report.stages}
    assert counts["claims"]["claims"] == len(report.claims) == 2
    assert counts["events"]["events"] == len(report.events)
    assert counts["places"]["places_unresolved"] == sum(p.lat is None for p in report.places)
    assert counts["annotate"]["sentences"] == 2


def test_adding_a_stage_is_one_line_and_it_runs_in_order():
    seen = []

    def note(state, settings):
        seen.append(len(state.report.events))
        state.count("looked_at", 1)
        return state

    audit = Stage("audit", "1", requires=("report.events",), assigns=(), run=note)
    state = run_stages(Record(text="An air strike killed 4 people in Ramadi on Monday.", origin="test"), Settings(),
                       stages=(*STAGES, audit))
    assert seen == [len(state.report.events)] and state.report.stages[-1].counts == {"looked_at": 1}
