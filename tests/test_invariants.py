"""The contract's invariants on any input (issue 17), checked by a
property-based test (hypothesis) over mutated sentences: figures, qualifiers,
times and places, with unicode oddities (right-to-left marks, zero-width
joiners, combining marks, Arabic and full-width digits), very long numbers,
deep nesting and blank lines.

On every claim, figure and span of the report: no count below 0; low <= high
(and best between them); counts are exact integers (never floats); every span
is inside the text, not empty, without surrounding whitespace, its text the
text at that span, inside its sentence. The run is kept modest: a settings
profile of 100 examples, no deadline (the parse's time varies on a busy machine)."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fogcount
from fogcount.pipeline import extract_state

settings.register_profile("invariants", max_examples=100, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

SENTENCES = [
    "At least 12 soldiers were killed in an ambush near Mosul on Tuesday, the army said.",
    "Nearly 0 civilians died in the shelling of Aleppo.",
    "Fewer than 0 homes were destroyed in Homs, residents said.",
    "Between 20 and 30 people were wounded in Kabul on Monday.",
    "Some 1,500 families fled the town of Marib last week, the UN said.",
    "Police said 12345678901234567890 people were killed.",
    "The explosion in Macon, Ga. After that, three people were killed.",
    "Dozens of fighters died in clashes near Idlib early Wednesday.",
    "Two children were among the 7 dead in Deir ez-Zor on 3 March 2020, according to the Syrian Observatory.",
    "More than a hundred people were killed in Mogadishu (Somalia) on Saturday.",
    "An air strike killed 4 civilians in Maarat al-Numan at 3 a.m., the White Helmets said.",
]
ODDITIES = ["\u200f", "\u200e", "\u200d", "\u200b", "\u0301", "\u0308", "\ufeff", "\u00a0", "\u2009", "\n\n", "  ",
            "٣", "١٢", "３", "１２", "9" * 25, "((((", "))))", "[", "\"", "—", "-", "…", ", ", "No. ", "0", "-1 "]


def _mutated(sentence: str, edits: list[tuple[int, str]]) -> str:
    for at, oddity in edits:
        at = at % (len(sentence) + 1)
        sentence = sentence[:at] + oddity + sentence[at:]
    return sentence


texts = st.lists(
    st.tuples(st.sampled_from(SENTENCES),
              st.lists(st.tuples(st.integers(0, 200), st.sampled_from(ODDITIES)), max_size=4),
              st.sampled_from([" ", "\n\n", "\n", " \u200f"])),
    min_size=1, max_size=4,
).map(lambda parts: "".join(_mutated(s, edits) + sep for s, edits, sep in parts))


def _count(value, what: str) -> None:
    if value is None:
        return
    assert type(value) is int, f"{what}: {value!r} is not an exact integer"
    assert value >= 0, f"{what}: {value} is below 0"


def _span(text: str, span, what: str, *, equals: str | None = None, sentence: str | None = None) -> None:
    if span is None:
        return
    start, end = span
    assert 0 <= start < end <= len(text), f"{what}: span {span} is empty, reversed or outside the text"
    at = text[start:end]
    assert at == at.strip(), f"{what}: span {span} takes surrounding whitespace: {at!r}"
    if equals is not None:
        assert equals == at, f"{what}: its text {equals!r} is not the text at its span {at!r}"
    if sentence is not None:
        starts = [i for i in range(len(text)) if text.startswith(sentence, i)]
        assert any(i <= start and end <= i + len(sentence) for i in starts), \
            f"{what}: span {span} ({at!r}) is not inside its sentence {sentence!r}"


def check_invariants(text: str, report: fogcount.Report) -> None:
    for claim in report.claims:
        what = f"claim {claim.id} {claim.value.text!r}"
        _count(claim.value.low, what + " low")
        _count(claim.value.high, what + " high")
        if claim.value.low is not None and claim.value.high is not None:
            assert claim.value.low <= claim.value.high, f"{what}: low {claim.value.low} > high {claim.value.high}"
        _span(text, claim.span, what, sentence=claim.sentence)
        if claim.source is not None:
            _span(text, claim.source.span, what + " source")
        if claim.cue is not None:
            _span(text, claim.cue.span, what + " cue", equals=claim.cue.text)
    for place in report.places:
        _span(text, place.span, f"place {place.text!r}", equals=place.text)
    for skipped in report.skipped:
        _span(text, skipped.span, f"skipped {skipped.text!r}", equals=skipped.text)
    for event in report.events:
        _span(text, event.span, f"event {event.id}", sentence=event.sentence)
        for figure in event.figures:
            what = f"event {event.id} {figure.category}"
            for bound in ("low", "best", "high"):
                _count(getattr(figure, bound), f"{what} {bound}")
            bounds = [b for b in (figure.low, figure.best, figure.high) if b is not None]
            assert bounds == sorted(bounds), f"{what}: low/best/high {figure.low}/{figure.best}/{figure.high}"


@settings(settings.get_profile("invariants"))
@given(texts)
def test_the_contracts_invariants_hold_on_mutated_sentences(text):
    state = extract_state(text, published=dt.date(2020, 3, 5))
    check_invariants(state.text, state.report)
