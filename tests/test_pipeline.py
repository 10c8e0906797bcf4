"""The ordered stages over one text and over a stream of records."""

from __future__ import annotations

import datetime as dt

import pytest

import fogcount
from fogcount.errors import InputError, RecordError
from fogcount.pipeline import Failure, pipe
from fogcount.settings import Settings
from fogcount.stages.ingest import Record


def test_extract_fills_the_document():
    report = fogcount.extract("Five soldiers were killed.", published="2020-05-09", id="x1", outlet="Wire")
    assert report.document.id == "x1" and report.document.outlet == "Wire"
    assert report.document.published == dt.date(2020, 5, 9)
    assert [c.id for c in report.claims] == ["c1"]


def test_extract_refuses_empty_and_oversized_text():
    with pytest.raises(InputError, match="empty"):
        fogcount.extract("  \n")
    with pytest.raises(InputError, match="size limit of 10 bytes"):
        fogcount.extract("Five soldiers were killed.", settings=Settings(max_bytes=10))


def test_pipe_keeps_input_order_and_passes_failures_through():
    items = [
        Record(text="Five soldiers were killed.", origin="a"),
        RecordError("b.jsonl:2: record has no 'text'"),
        Record(text="Two hundred residents fled.", origin="c"),
        RecordError("b.jsonl:4: not valid JSON"),
    ]
    out = list(pipe(items, settings=Settings(batch_size=2)))
    kinds = [type(x).__name__ for x in out]
    assert kinds == ["Report", "Failure", "Report", "Failure"]
    assert out[1].origin == "b.jsonl:2" and isinstance(out[3], Failure)
    assert out[2].claims[0].category == "people.fled"


def test_pipe_handles_many_documents_in_batches():
    records = [Record(text=f"{n} soldiers were killed.", origin=str(n)) for n in range(2, 40)]
    reports = list(pipe(records, settings=Settings(batch_size=8)))
    assert [r.claims[0].value.low for r in reports] == list(range(2, 40))
