"""Scorers shared by the test gates and the benchmarks: one definition of
"right" for each measured stage, so a floor in a test and a figure in the
README measure the same thing."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable
from pathlib import Path

from .pipeline import extract


def _norm(text: str | None) -> str | None:
    """Compare names as people would: no case, no leading article, plain spacing."""
    if text is None:
        return None
    words = re.sub(r"[\s\u00a0]+", " ", text).strip(" ,.;:").lower().split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


@dataclasses.dataclass
class AttributionCase:
    id: str
    pattern: str
    text: str
    figure: str
    category: str | None
    speaker: str | None
    channel: str | None
    chain: list[str]
    kind: str | None


@dataclasses.dataclass
class AttributionResult:
    case: AttributionCase
    found: bool  # the extractor found the figure at all
    speaker: str | None
    mention: str | None
    channel: str | None
    kind: str | None

    @property
    def speaker_right(self) -> bool:
        expected = _norm(self.case.speaker)
        return expected == _norm(self.speaker) or (expected is not None and expected == _norm(self.mention))

    @property
    def channel_right(self) -> bool:
        return _norm(self.case.channel) == _norm(self.channel)

    @property
    def right(self) -> bool:
        return self.found and self.speaker_right and self.channel_right


@dataclasses.dataclass
class AttributionScore:
    results: list[AttributionResult]

    def share(self, attribute: str) -> float:
        return sum(getattr(r, attribute) for r in self.results) / max(1, len(self.results))

    @property
    def accuracy(self) -> float:
        """Speaker and channel both right."""
        return self.share("right")

    def by_pattern(self) -> dict[str, tuple[int, int]]:
        out: dict[str, tuple[int, int]] = {}
        for r in self.results:
            right, total = out.get(r.case.pattern, (0, 0))
            out[r.case.pattern] = (right + r.right, total + 1)
        return out


def load_attribution_cases(path: str | Path) -> list[AttributionCase]:
    cases = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                raw = json.loads(line)
                cases.append(AttributionCase(**{f.name: raw.get(f.name) for f in dataclasses.fields(AttributionCase)}))
    return cases


def score_attribution(cases: Iterable[AttributionCase]) -> AttributionScore:
    results = []
    for case in cases:
        report = extract(case.text)
        claim = next(
            (c for c in report.claims if c.value.text == case.figure and case.category in (None, c.category)), None
        )
        source = claim.source if claim else None
        results.append(
            AttributionResult(
                case=case,
                found=claim is not None,
                speaker=source.speaker if source else None,
                mention=source.mention if source else None,
                channel=source.channel if source else None,
                kind=source.kind if source else None,
            )
        )
    return AttributionScore(results)
