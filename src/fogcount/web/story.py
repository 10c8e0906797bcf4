"""An event's story for its page: the reports that joined it, in the order the
store reads them (by publication day, then as stored), what each said, and the
figures as they stood after each report (the event's claims up to that report
reconciled as the store reconciles them all); the notes of a figure with the
claims they cite made links.

Document text is untrusted: what is not escaped by the templates is escaped
here (``linked_notes`` returns ``Markup``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from ..models import Claim, Document, Event, Figure
from ..settings import Settings
from ..stages.link import linked_figures


@dataclass
class Report:
    """One document of an event: its metadata (None when the store lost it), its claims about the event, and
    the event's figures once its claims were counted (category, role) -> Figure."""

    document_id: str
    document: Document | None
    claims: list[Claim] = field(default_factory=list)
    figures: dict[tuple[str, str], Figure] = field(default_factory=dict)


def _document_of(claim: Claim) -> str | None:
    return claim.id.rsplit(":", 1)[0] if ":" in claim.id else None


def reports_of(event: Event, claims: list[Claim], documents: dict[str, Document | None]) -> list[Report]:
    """The event's documents, in the order its claims are read (documents without a claim after them), each
    with its claims."""
    order = list(dict.fromkeys([d for d in map(_document_of, claims) if d] + list(event.documents)))
    reports = {d: Report(d, documents.get(d)) for d in order}
    for claim in claims:
        document_id = _document_of(claim)
        if document_id in reports:
            reports[document_id].claims.append(claim)
    return list(reports.values())


def figures_as_reports_arrived(event: Event, claims: list[Claim], documents: dict[str, Document | None],
                               settings: Settings) -> list[Report]:
    """:func:`reports_of`, each with the event's figures over the claims of it and the reports before it: the
    toll as it rose (or fell), report by report. The policy is the one the event's figures were reconciled
    under (the server's where the event has none)."""
    reports = reports_of(event, claims, documents)
    policy = event.figures[0].policy if event.figures else settings.policy
    so_far: list[Claim] = []
    for report in reports:
        so_far += report.claims
        if not report.claims:
            continue
        report.figures = {(f.category, f.role): f for f in
                          linked_figures(so_far, policy=policy, discount_partisan=settings.discount_partisan)}
    return reports


def short_claim_id(claim_id: str, width: int = 12) -> str:
    """'<64-character document id>:c3' -> '1f3a9c0b2e4d…:c3'; ids that are short already stay."""
    document_id, _, local = claim_id.rpartition(":")
    if not document_id or len(document_id) <= width:
        return claim_id
    return f"{document_id[:width]}…:{local}"


def linked_notes(notes: list[str], claim_ids: list[str]) -> list[Markup]:
    """Each note escaped, the claim ids it cites (of ``claim_ids``) made links to the claim's row on the page
    ('#claim-<id>'), shown short (:func:`short_claim_id`)."""
    if not claim_ids:
        return [escape(note) for note in notes]
    cited = re.compile("|".join(re.escape(i) for i in sorted(set(claim_ids), key=len, reverse=True)))
    out = []
    for note in notes:
        parts, at = [], 0
        for found in cited.finditer(note):
            parts.append(escape(note[at:found.start()]))
            parts.append(Markup('<a class="claim-id" href="#claim-{}" title="{}">{}</a>').format(
                found.group(0), found.group(0), short_claim_id(found.group(0))))
            at = found.end()
        parts.append(escape(note[at:]))
        out.append(Markup("").join(parts))
    return out


__all__ = ["Report", "figures_as_reports_arrived", "linked_notes", "reports_of", "short_claim_id"]
