"""The ordered stages over one text and over a stream of records."""

from __future__ import annotations

import datetime as dt
import io

import pytest

import fogcount
from fogcount.errors import InputError, RecordError
from fogcount.export import read_acled, write_acled
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


def test_pipe_states_calls_after_once_per_stage_of_each_document():
    from fogcount.pipeline import STAGES, pipe_states

    seen = []
    records = [Record(text=f"{n} soldiers were killed.", origin=str(n)) for n in (2, 3)]
    states = list(pipe_states(records, settings=Settings(batch_size=2), after=lambda stage, state: seen.append(
        (stage.name, state.record.origin))))
    names = [stage.name for stage in STAGES]
    assert seen == [(name, origin) for origin in ("2", "3") for name in names]
    assert [state.report.claims[0].value.low for state in states] == [2, 3]


def test_a_page_whose_text_tells_nothing_is_read_with_its_headline():
    """A page whose text is a sign-up box tells its incident in its title only:
    the title is read as its first paragraph (the text its spans point into).
    A text that tells a happening is read alone, as is a text that begins with its title."""
    box = "Just one more thing. We have sent you a verification email. Please check your email."
    title = "Two men killed in shooting in Tawila"
    [report] = pipe([Record(text=box, origin="a", title=title, published=dt.date(2021, 3, 2))])
    [event] = report.events
    [claim] = report.claims
    assert claim.value.low == 2 and event.claims == [claim.id]
    [plain] = pipe([Record(text=box, origin="b", published=dt.date(2021, 3, 2))])
    assert plain.events == [] and plain.document.sha256 != report.document.sha256
    told = "A man was wounded in a shooting in Tawila on Monday."
    [alone] = pipe([Record(text=told, origin="c", title=title, published=dt.date(2021, 3, 2))])
    assert [c.value.low for c in alone.claims] == [1]
    # a title as a browser or a page gives it (a line break, decomposed accents) is read as one normalised line
    [accented] = pipe([Record(text=box, origin="d", title="Two men killed\r\nin shooting in Tawila\u0301",
                              published=dt.date(2021, 3, 2))])
    assert fogcount.stages.ingest.content_hash(f"Two men killed in shooting in Tawil\u00e1\n\n{box}") \
        == accented.document.sha256



def test_a_text_that_counts_no_one_is_read_with_the_headline_that_does():
    """A text that tells the happening without a toll ("police responded to a
    shooting") under a title that counts it ("4-year-old fatally shoots
    himself") is read with its title: the title's toll is the report's. A text
    with a toll of its own, or a title with none, is read alone."""
    text = ("Police responded to a shooting at a home on Elm Street on Sunday afternoon. "
            "The boy had found a handgun in a bedroom, police said.")
    title = "4-year-old boy fatally shoots himself in Dayton"
    [report] = pipe([Record(text=text, origin="a", title=title, published=dt.date(2021, 3, 2))])
    assert report.document.sha256 == fogcount.stages.ingest.content_hash(f"{title}\n\n{text}")
    assert [(c.category, c.value.low) for c in report.claims if c.category == "people.killed"] == [
        ("people.killed", 1)]
    [untitled] = pipe([Record(text=text, origin="b", title="Police called to Elm Street home",
                              published=dt.date(2021, 3, 2))])
    assert untitled.document.sha256 == fogcount.stages.ingest.content_hash(text)
    counted = "Two men were wounded in a shooting on Elm Street on Sunday, police said."
    [alone] = pipe([Record(text=counted, origin="c", title=title, published=dt.date(2021, 3, 2))])
    assert [c.value.low for c in alone.claims] == [2]


# ---------------------------------------------------------------- issue 5: tolls end to end


def _acled_fatalities(report) -> list[str]:
    out = io.StringIO()
    write_acled([report], out)
    return [row["fatalities"] for row in read_acled(out.getvalue())]


def _toll(text: str) -> tuple[tuple[int | None, int | None, int | None], list[str]]:
    """The people.killed figures of the text's events (low, best, high) and their ACLED fatalities."""
    report = fogcount.extract(text, published="2020-05-04")
    killed = [(f.low, f.best, f.high) for e in report.events for f in e.figures if f.category == "people.killed"]
    return killed, _acled_fatalities(report)


@pytest.mark.parametrize(
    "text, figure, fatalities",
    [
        ("Three people were killed in the strike on Monday. A fourth person died later in hospital.", (4, 4, 4), "4"),
        ("Three people were killed in the strike on Monday. Another two died in hospital.", (5, 5, 5), "5"),
        ("Gunmen killed a man and a woman in the market on Monday.", (2, 2, 2), "2"),
        ("Two men and a boy were killed when a shell hit their house.", (3, 3, 3), "3"),
        ("A man or a woman was killed in the market on Monday, witnesses said.", (1, 1, 1), "1"),
    ],
)
def test_issue5_increments_and_coordinated_people_reach_the_toll(text, figure, fatalities):
    assert _toll(text) == ([figure], [fatalities])


def test_issue5_a_total_restated_by_its_parts_counts_once():
    report = fogcount.extract("Two people, a man and a woman, were killed in the attack on Monday.")
    assert _acled_fatalities(report) == ["2"]


def test_a_stage_whose_output_changed_has_a_new_version():
    """What each stage assigns over the project's own texts is pinned beside
    its version (tests/golden/stage_versions.json): a stage whose output can
    change must say so by its version. Re-pin with tests/golden/pin_stages.py."""
    import json
    from pathlib import Path

    from golden.stage_texts import stage_records

    from fogcount.pipeline import STAGES, stage_digests

    pinned = json.loads((Path(__file__).parent / "golden" / "stage_versions.json").read_text())
    digests = stage_digests(stage_records())
    for stage in STAGES:
        assert stage.name in pinned, f"stage {stage.name} is not pinned: run tests/golden/pin_stages.py"
        pin = pinned[stage.name]
        assert pin["version"] == stage.version, (
            f"stage {stage.name} is version {stage.version}, pinned as {pin['version']}: run tests/golden/pin_stages.py")
        assert pin["output"] == digests[stage.name], (
            f"stage {stage.name}'s output changed under version {stage.version}: bump its VERSION, "
            "then run tests/golden/pin_stages.py")


def test_the_pipeline_page_lists_every_stage_as_declared():
    from pathlib import Path

    from fogcount.pipeline import STAGES

    page = (Path(__file__).parents[1] / "docs" / "pipeline.md").read_text()
    for stage in STAGES:
        requires = ", ".join(f"`{p}`" for p in stage.requires)
        assigns = ", ".join(f"`{p}`" for p in stage.assigns)
        row = f"| `{stage.name}` | {stage.version} | {requires} | {assigns} |".replace("|  |", "| |")
        assert row in page, f"docs/pipeline.md does not list stage {stage.name} as declared: {row}"
