"""Dates and locations on ACLED's coded notes.

ACLED coders write a note per event ("On 9 May 2020, clashes erupted between
... in Nihm, Sanaa ...") and code its ``event_date`` and coordinates. This runs
fogcount's time and place stages on each note (no publication date is given:
absolute dates must resolve on their own) and prints:

* dates exact: the share of notes whose first resolved date (day precision
  or finer) is ACLED's ``event_date``;
* locations within 25 km: the share of notes whose main place (the first
  resolved town-level place, else the first resolved place; never a country
  named to describe a thing, "the US dollar", which the pipeline never uses
  for a figure or an event either) lies within 25 km
  of ACLED's coordinates; also within 100 km, and the share with any place.

Targets (the issue): dates >= 0.95, locations >= 0.75.

    .venv/bin/python benchmarks/acled_notes.py ../shared/data/acled-2020-dev/acled_2020_dev.csv [--limit N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from corpus import acled_rows
from fogcount.evaluation import within_km
from fogcount.gazetteer import Gazetteer
from fogcount.settings import Settings
from fogcount.stages.annotate import annotate_many
from fogcount.stages.dates import find_times, resolve
from fogcount.stages.places import place_mentions
from fogcount.vocabulary import vocabulary


def note_location(mentions):
    # not a country that only describes a thing ("the US dollar exchange rate"), as the pipeline
    resolved = [m.place for m in mentions if m.place is not None and m.place.lat is not None and not m.place.modifies]
    towns = [p for p in resolved if (p.precision or 3) <= 2]
    return (towns or resolved or [None])[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="fogcount dates and places on ACLED notes")
    parser.add_argument("csv", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    if not args.csv.exists():
        print(f"acled_notes: {args.csv} does not exist", file=sys.stderr)
        return 2
    rows = acled_rows(args.csv, args.limit)
    gazetteer, vocab = Gazetteer.open(), vocabulary()
    dates_right = located = within25 = within100 = 0
    for row, ann in zip(rows, annotate_many([r["notes"] for r in rows], settings=Settings())):
        gold_date = dt.datetime.strptime(row["event_date"], "%d-%b-%y").date()
        times = [resolve(t.text, None) for t in find_times(ann)]
        days = [t for t in times if t.start is not None and t.precision in ("day", "hour")]
        if days and days[0].start == gold_date:
            dates_right += 1
        mentions = place_mentions(ann, gazetteer, vocab)
        place = note_location(mentions)
        if place is not None:
            located += 1
            gold = float(row["latitude"]), float(row["longitude"])
            within25 += within_km(place, *gold, 25)
            within100 += within_km(place, *gold, 100)
    n = max(1, len(rows))
    print(f"notes                 {len(rows)}")
    print(f"dates exact           {dates_right / n:.3f}   (target 0.95)")
    print(f"locations <= 25 km    {within25 / n:.3f}   (target 0.75)")
    print(f"locations <= 100 km   {within100 / n:.3f}")
    print(f"notes with a place    {located / n:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
