"""Tolls on the World Atrocities Dataset's news excerpts (wad-dev).

Each line of ``wad_dev.jsonl`` is one wire excerpt about one event, with the
coder's ``deaths`` (a number) and ``injured`` (a number, null when not
reported, or a vague word such as "dozens"). No publication date is given.
This runs the whole fogcount pipeline on each excerpt, takes its main event
(the event with the most people killed; killed = the sum over roles of the
``people.killed`` figures' best, low and high) and prints:

* deaths exact: the share of excerpts whose main event's killed best is the
  coded deaths (no event, or no killed figure, reads as 0);
* deaths in range: the coded deaths inside the main event's low..high;
* injured exact: among excerpts whose injured is coded as a number, the share
  whose main event's ``people.injured`` best (summed over roles) is it.

Deaths and injured exact are printed a second time "as written": WAD's coders code the
number a report writes ("more than 100 killed" is 100, "about 40" is 40),
while fogcount's interval for "more than N" is [N+1, open] (DESIGN.md's
interval table, the contract) and an event's best is the low of one
source's interval ("about 40": 36). That reading takes, for each figure
whose best rests on one qualified claim (or on reprints of one), the number
the claim writes; every other figure keeps its best. It is a comparison
under the coders' convention, as an export to a standard applies that
standard's convention; the pipeline's figures are the same in both, and the
targets are read on the first lines.

Deaths and injured exact are printed a third time "non-combatants": WAD
codes atrocities, whose victims are non-combatants (each row's ``victim``
says "Noncombatant Status Asserted"), so where the main event's figures tell
civilians apart from security forces or combatants ("11 civilians and a
soldier were killed": 11), the coders count the civilians. That reading sums
the main event's civilian and unknown-role figures only where it has a
civilian figure beside a security-forces or combatant one, and takes the
security-forces and combatant parts out of a total of unknown role ("10
people were killed, including two policemen": 8); every other event keeps
its sum over roles. Like "as written", a comparison under the coders'
convention, not the target.

Units are excerpts, split once by ``fogcount.evaluation.half_of("wad-dev", id)``:
``--half study`` reads the half rules may be written from, and only there
``--misses`` prints the excerpts missed; ``--half measure`` only scores.
Targets (issue 15): deaths exact >= 0.88, injured exact >= 0.88.

    .venv/bin/python benchmarks/wad_claims.py ../shared/data/wad-dev/wad_dev.jsonl --half study [--limit N] [--misses]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from figures import toll_of
from fogcount.evaluation import half_of
from fogcount.models import Claim, Figure, Report
from fogcount.pipeline import Failure, pipe
from fogcount.quantities import NUMBER_RE, number_value
from fogcount.settings import Settings
from fogcount.stages.ingest import Record


def excerpts(path: Path, half: str, limit: int | None) -> list[dict]:
    """The excerpts of ``half`` ("all" for both), the first ``limit`` of them."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            if half == "all" or half_of("wad-dev", row["id"]) == half:
                rows.append(row)
    return rows[:limit]


def _sum(values: list[int | None]) -> int | None:
    return None if any(v is None for v in values) else sum(values)


def written(figure: Figure, claims: dict[str, Claim]) -> int | None:
    """The number the claims under a figure's best write ("more than 100":
    100, "about 40": 40) where they are one qualified, non-vague number (or
    reprints of one), else the figure's best: the coders' convention."""
    numbers = set()
    for cid in figure.best_claims:
        claim = claims.get(cid)
        if claim is None or claim.value.qualifier in (None, "exact") or claim.value.vague:
            return figure.best
        match = NUMBER_RE.search(claim.value.text)
        numbers.add(number_value(match.group(0)) if match else None)
    if len(numbers) != 1 or not isinstance(next(iter(numbers)), int):
        return figure.best
    return numbers.pop()


def toll(report: Report | None, category: str, *, as_written: bool = False,
         noncombatants: bool = False) -> tuple[int, int, int | None]:
    """(best, low, high) of the main event's figures of ``category``, summed
    over roles: the main event is the one with the most people killed.
    ``as_written``: each figure's best read as the number its claim writes;
    ``noncombatants``: only the civilian and unknown-role figures where a
    civilian figure stands beside a security-forces or combatant one, else
    less the armed parts of a total of unknown role."""
    if report is None or not report.events:
        return 0, 0, 0
    claims = {c.id: c for c in report.claims}

    def best(figure: Figure) -> int:
        return (written(figure, claims) if as_written else figure.best) or 0

    event = max(report.events, key=lambda e: toll_of(e, best=best))
    figures = [f for f in event.figures if f.category == category]
    roles = {f.role for f in figures}
    armed = 0
    if noncombatants and "civilian" in roles and roles & {"security_forces", "combatant"}:
        figures = [f for f in figures if f.role in ("civilian", "unknown")]
    elif noncombatants:  # "10 killed, including two policemen": the armed parts of a total of unknown role
        armed = sum(c.value.low or 0 for c in report.claims if c.event == event.id and c.category == category
                    and c.subject.role in ("security_forces", "combatant") and c.part_of in claims
                    and claims[c.part_of].subject.role == "unknown" and claims[c.part_of].part_of is None)
    if not figures:
        return 0, 0, 0
    return (sum(best(f) for f in figures) - armed, sum(f.low or 0 for f in figures), _sum([f.high for f in figures]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="fogcount's tolls on wad-dev excerpts")
    parser.add_argument("jsonl", type=Path)
    parser.add_argument("--half", choices=("study", "measure", "all"), default="study")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--misses", action="store_true", help="print the excerpts missed (study half only)")
    args = parser.parse_args(argv)
    if not args.jsonl.exists():
        print(f"wad_claims: {args.jsonl} does not exist", file=sys.stderr)
        return 2
    if args.misses and args.half != "study":
        print("wad_claims: --misses only on the study half (the measure half is never read)", file=sys.stderr)
        return 2
    rows = excerpts(args.jsonl, args.half, args.limit)
    records = [Record(text=r["text"], origin=r["id"], id=r["id"]) for r in rows]
    reports = {}
    for result in pipe(records, settings=Settings()):
        if not isinstance(result, Failure):
            reports[result.document.id] = result
    n = max(1, len(rows))
    coded = [row for row in rows if isinstance(row["injured"], int)]
    print(f"excerpts                    {len(rows)}   (half: {args.half})")
    for reading in ("", "as written", "non-combatants"):
        as_written, noncombatants = reading == "as written", reading == "non-combatants"
        exact = in_range = injured_exact = 0
        for row in rows:
            report = reports.get(row["id"])
            best, low, high = toll(report, "people.killed", as_written=as_written, noncombatants=noncombatants)
            deaths = row["deaths"]
            exact += best == deaths
            in_range += low <= deaths and (high is None or deaths <= high)
            hurt = toll(report, "people.injured", as_written=as_written, noncombatants=noncombatants)[0]
            injured_exact += isinstance(row["injured"], int) and hurt == row["injured"]
            if args.misses and not reading and (
                    best != deaths or isinstance(row["injured"], int) and hurt != row["injured"]):
                print(f"{row['id']}: deaths {best} ({deaths}), injured {hurt} ({row['injured']}): {row['text']}\n")
        if reading:  # as written, the bounds are the same: only the best is read otherwise
            print(f"{'deaths exact, ' + reading:<27} {exact / n:.3f}")
            print(f"{'injured exact, ' + reading:<27} {injured_exact / max(1, len(coded)):.3f}")
            continue
        print(f"deaths exact                {exact / n:.3f}   (target 0.88)")
        print(f"deaths in range             {in_range / n:.3f}")
        print(f"injured exact               {injured_exact / max(1, len(coded)):.3f}   "
              f"(target 0.88; {len(coded)} coded as a number)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
