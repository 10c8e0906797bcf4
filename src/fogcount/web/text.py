"""Text for the pages: highlighted document text and sentences, intervals,
who said it. Document text is untrusted: every piece of it goes through
``markupsafe.escape`` here, and the functions return ``Markup``."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from ..gazetteer.labels import spelled as place_text  # the one rule for the text's and the gazetteer's spelling
from ..models import Claim, PlaceRef, Report
from ..quantities import format_interval

# Which highlight wins where two overlap: lower first.
PRIORITY = {"claim": 0, "source": 1, "time": 2, "place": 3}


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # claim | source | time | place
    title: str
    href: str | None = None
    anchor: str | None = None  # the mark's id, for links to it from other pages


def highlight(text: str, marks: list[Mark]) -> Markup:
    """``text`` escaped, with each mark wrapped in <mark class="kind">; overlapping marks give way by PRIORITY."""
    taken: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (PRIORITY.get(m.kind, 9), m.start, -(m.end - m.start))):
        if not (0 <= mark.start < mark.end <= len(text)):
            continue
        if any(mark.start < t.end and t.start < mark.end for t in taken):
            continue
        taken.append(mark)
    out, at = [], 0
    for mark in sorted(taken, key=lambda m: m.start):
        out.append(escape(text[at:mark.start]))
        if mark.anchor:
            inner = Markup('<mark class="{}" id="{}" title="{}">{}</mark>').format(
                mark.kind, mark.anchor, mark.title, text[mark.start:mark.end])
        else:
            inner = Markup('<mark class="{}" title="{}">{}</mark>').format(mark.kind, mark.title, text[mark.start:mark.end])
        if mark.href:
            inner = Markup('<a href="{}">{}</a>').format(mark.href, inner)
        out.append(inner)
        at = mark.end
    out.append(escape(text[at:]))
    return Markup("").join(out)


def sentence_with_figure(claim: Claim) -> Markup:
    """The claim's sentence, the figure as written highlighted."""
    sentence = claim.sentence
    at = sentence.find(claim.value.text)
    if at < 0:
        at = sentence.lower().find(claim.value.text.lower())
    if at < 0:
        return escape(sentence)
    return highlight(sentence, [Mark(at, at + len(claim.value.text), "claim", claim.category)])


def document_marks(text: str, report: Report, *, claim_href=lambda claim: f"#claim-{claim.id}") -> list[Mark]:
    """Claims (their figures), sources, times and places of ``report`` as marks over ``text``."""
    marks: list[Mark] = []
    for claim in report.claims:
        marks.append(Mark(*claim.span, "claim", f"{claim.id} · {claim.category} · {format_interval(claim.value.low, claim.value.high)}",
                          claim_href(claim), text_anchor(claim.id)))
        if claim.source is not None and claim.source.span is not None:
            marks.append(Mark(*claim.source.span, "source", who(claim)))
        if claim.time is not None and claim.time.text:
            at = _nearest(text, claim.time.text, claim.span[0])
            if at is not None:
                marks.append(Mark(at, at + len(claim.time.text), "time", _when(claim)))
    for place in report.places:
        if place.span is not None:
            marks.append(Mark(*place.span, "place", where(place)))
    return marks


def _nearest(text: str, needle: str, near: int, reach: int = 600) -> int | None:
    """Where ``needle`` occurs closest to ``near`` within ``reach`` characters, if it does."""
    best = None
    start = max(0, near - reach)
    while True:
        at = text.find(needle, start, near + reach + len(needle))
        if at < 0:
            return best
        if best is None or abs(at - near) < abs(best - near):
            best = at
        start = at + 1


def text_anchor(claim_id: str) -> str:
    """The id of a claim's figure in its document's text ('text-c3'), for links from an event's page; the
    claim's own id, without the document's ('doc:c3' -> 'c3')."""
    return "text-" + claim_id.rsplit(":", 1)[-1]


def bound(value: int | None) -> str:
    return "?" if value is None else f"{value:,}"


def who(claim: Claim) -> str:
    """'U.S. officials (government, United States, partisan)'; the channel is shown apart."""
    source = claim.source
    if source is None:
        return "—"
    facts = [source.kind if source.kind != "unknown" else None, source.affiliation,
             "partisan" if source.partisan else None]
    facts = [f for f in facts if f]
    return f"{source.speaker} ({', '.join(facts)})" if facts else source.speaker


def through(claim: Claim) -> str:
    """The quoting chain after the speaker: 'Reuters', 'a video → Al-Sabah'."""
    source = claim.source
    if source is None:
        return "—"
    chain = [c for c in source.chain if c.lower() != source.speaker.lower()]
    if not chain and source.channel and source.channel.lower() != source.speaker.lower():
        chain = [source.channel]
    return " → ".join(chain) if chain else "—"


def _when(claim: Claim) -> str:
    time = claim.time
    if time is None:
        return "—"
    if time.start and time.end and time.start != time.end:
        dates = f"{time.start.isoformat()} to {time.end.isoformat()}"
    else:
        dates = time.start.isoformat() if time.start else "date unknown"
    return f"{dates} ({time.text})" if time.text else dates


when = _when


def where(place: PlaceRef | None) -> str:
    if place is None:
        return "—"
    name = place_text(place.text, place.name)
    extra = [x for x in (place.admin1, place.country) if x and x != (place.name or place.text)]
    if place.lat is None:
        extra.append("not on the map")
    elif place.derived_from:
        extra.append(f"near {place.derived_from}")
    if not extra:
        return name
    return f"{name}, {', '.join(extra)}" if name.endswith(")") else f"{name} ({', '.join(extra)})"


def excerpts(report: Report) -> list[tuple[int, str]]:
    """(document offset, sentence) of the sentences that hold the claims, in text order, without overlaps:
    what of a document's text its report keeps."""
    found: dict[int, str] = {}
    for claim in report.claims:
        at = claim.sentence.find(claim.value.text)
        if at < 0 or claim.span[1] - claim.span[0] != len(claim.value.text):
            continue
        found.setdefault(claim.span[0] - at, claim.sentence)
    out: list[tuple[int, str]] = []
    end = -1
    for start in sorted(found):
        if start >= end and start >= 0:
            out.append((start, found[start]))
            end = start + len(found[start])
    return out


def highlight_excerpts(report: Report) -> Markup:
    """The report's sentences at their places in the text, highlighted as the whole text would be, with
    '[…]' where text is left out."""
    parts = excerpts(report)
    if not parts:
        return Markup("")
    length = max(start + len(sentence) for start, sentence in parts)
    canvas = [" "] * length
    for start, sentence in parts:
        canvas[start:start + len(sentence)] = sentence
    virtual = "".join(canvas)
    marks = document_marks(virtual, report)
    out = []
    previous_end = None
    for start, sentence in parts:
        if previous_end is not None and start > previous_end + 2:
            out.append(Markup('<p class="gap">[…]</p>'))
        inside = [Mark(m.start - start, m.end - start, m.kind, m.title, m.href, m.anchor) for m in marks
                  if start <= m.start and m.end <= start + len(sentence)]
        out.append(Markup('<p class="excerpt" data-offset="{}">{}</p>').format(start, highlight(sentence, inside)))
        previous_end = start + len(sentence)
    return Markup("").join(out)
