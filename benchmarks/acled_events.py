"""The ACLED export against ACLED's own coding of the same notes.

Each row of the ACLED development set has the coder's ``notes`` and the coded
``event_date``, coordinates and ``fatalities``. This runs the whole fogcount
pipeline on each note (no publication date: the notes carry their own dates),
exports it with ``--format acled`` (``fogcount.export.write_acled``), takes the
event with the most fatalities (else the first) as the note's event, and
prints the share of notes whose fatalities, event date and location (within
25 km) match the coded row, with the commonest kinds of miss.

Targets (the events issue): fatalities >= 0.90, date >= 0.95, location >= 0.75.

    .venv/bin/python benchmarks/acled_events.py ../shared/data/acled-2020-dev/acled_2020_dev.csv [--limit N]
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import io
import sys
from pathlib import Path

from corpus import acled_rows
from fogcount.export import read_acled, write_acled
from fogcount.gazetteer.query import haversine_km
from fogcount.pipeline import Failure, pipe
from fogcount.settings import Settings
from fogcount.stages.ingest import Record


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="fogcount's ACLED export against ACLED's coding")
    parser.add_argument("csv", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    if not args.csv.exists():
        print(f"acled_events: {args.csv} does not exist", file=sys.stderr)
        return 2
    rows = acled_rows(args.csv, args.limit)
    records = [Record(text=r["notes"], origin=r["event_id_cnty"], id=r["event_id_cnty"]) for r in rows]
    reports = {}
    for result in pipe(records, settings=Settings()):
        if not isinstance(result, Failure):
            reports[result.document.id] = result
    fatal = dates = near = 0
    misses: collections.Counter = collections.Counter()
    for row in rows:
        report = reports.get(row["event_id_cnty"])
        out = io.StringIO()
        write_acled([report] if report else [], out)
        exported = read_acled(out.getvalue())
        if not exported:
            misses["no event found"] += 1
            continue
        event = max(exported, key=lambda e: int(e["fatalities"] or 0))
        if int(event["fatalities"] or 0) == int(row["fatalities"] or 0):
            fatal += 1
        else:
            misses["fatalities " + ("too high" if int(event["fatalities"] or 0) > int(row["fatalities"] or 0)
                                    else "too low")] += 1
        gold_date = dt.datetime.strptime(row["event_date"], "%d-%b-%y").date().isoformat()
        if event["event_date"] == gold_date:
            dates += 1
        else:
            misses["date " + ("missing" if not event["event_date"] else "different")] += 1
        if event["latitude"] and event["longitude"]:
            km = haversine_km(float(event["latitude"]), float(event["longitude"]),
                              float(row["latitude"]), float(row["longitude"]))
            if km <= 25:
                near += 1
            else:
                misses["location farther than 25 km"] += 1
        else:
            misses["location missing"] += 1
    n = max(1, len(rows))
    print(f"notes              {len(rows)}")
    print(f"fatalities exact   {fatal / n:.3f}   (target 0.90)")
    print(f"event date exact   {dates / n:.3f}   (target 0.95)")
    print(f"location <= 25 km  {near / n:.3f}   (target 0.75)")
    print("commonest misses:")
    for kind, count in misses.most_common(8):
        print(f"  {count:5d}  {kind}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
