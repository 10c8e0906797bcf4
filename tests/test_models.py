"""The data model is the JSON contract of DESIGN.md."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pydantic import ValidationError

from fogcount.models import SCHEMA, Claim, Document, PlaceRef, Report, Subject, Value, json_schema


def sample_report() -> Report:
    claim = Claim(
        id="c1",
        sentence="At least 250 suspected fighters were killed.",
        span=(0, 12),
        category="people.killed",
        value=Value(text="At least 250", low=250, high=None, qualifier="at least"),
        subject=Subject(text="suspected fighters", role="combatant"),
        hedge="suspected",
    )
    doc = Document(id="d1", sha256="0" * 64, published=dt.date(2016, 6, 30))
    return Report(document=doc, claims=[claim])


def test_json_uses_the_contract_field_names():
    data = json.loads(sample_report().to_json())
    assert data["schema"] == SCHEMA == "fogcount/2"
    assert set(data) >= {"schema", "document", "places", "claims", "events"}
    assert set(data["document"]) >= {"id", "sha256", "title", "url", "outlet", "published", "language"}
    claim = data["claims"][0]
    assert set(claim) >= {"id", "sentence", "span", "category", "value", "subject", "negated", "hedge", "source",
                          "time", "place", "event"}
    assert set(claim["value"]) >= {"text", "low", "high", "qualifier", "vague"}
    assert set(claim["subject"]) >= {"text", "actor", "role"}
    assert claim["value"]["high"] is None and claim["span"] == [0, 12]
    assert data["document"]["published"] == "2016-06-30"


def test_round_trip():
    report = sample_report()
    again = Report.model_validate_json(report.to_json())
    assert again == report


def test_unknown_fields_and_bad_values_are_refused():
    with pytest.raises(ValidationError):
        Subject(text="x", role="bystander")
    with pytest.raises(ValidationError):
        Value(text="x", low=1, high=2, colour="red")


def test_json_schema_names_every_model():
    schema = json_schema()
    assert {"Claim", "Value", "Subject", "Source", "TimeRef", "PlaceRef", "Event", "Figure", "Document"} <= set(
        schema["$defs"]
    )


def test_a_place_named_twice_is_one_identity_and_its_spellings_are_both_names():
    in_text = PlaceRef(text="Saraqeb", span=(10, 17), name="Saraqib", lat=35.86412, lon=36.80481, gazetteer_id="g1")
    again = PlaceRef(text="Saraqeb", span=(90, 97), name="Saraqib", lat=35.864124, lon=36.804809, gazetteer_id="g1")
    other = PlaceRef(text="Saraqib", name="Saraqib", lat=35.2, lon=36.8, gazetteer_id="g2")
    assert in_text.identity() == again.identity()
    assert in_text.identity() != other.identity()
    assert in_text.spellings() == {"saraqeb", "saraqib"}
    assert in_text.spellings() & other.spellings() == {"saraqib"}
    unresolved = PlaceRef(text="Kafr Nabl")
    assert unresolved.identity() == ("", "Kafr Nabl", None, None)
    assert unresolved.spellings() == {"kafr nabl"}
