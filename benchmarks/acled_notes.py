"""Dates and locations on ACLED's coded notes.

ACLED coders write a note per event ("On 9 May 2020, clashes erupted between
... in Nihm, Sanaa ...") and code its ``event_date`` and coordinates. This runs
fogcount's stages on each note (no publication date is given: absolute dates
must resolve on their own) and prints:

* dates exact: the share of notes whose first resolved date (day precision
  or finer) is ACLED's ``event_date``;
* locations within 25 km: the share of notes whose main event's place as
  fogcount outputs it (``Event.place`` from the events stage, every stage after
  annotate run on the note's parse) lies within 25 km of ACLED's
  coordinates; also within 100 km, and the share with any place. One note is
  one event: the main event is the one with the most people killed, else the
  one with the most claims, else the first (no event: no place);
* the misses by kind (places_check.py), on that place;
* as a diagnostic only, the same share for the place the places stage alone
  tells by structure (:func:`fogcount.stages.places.event_mention`), which no
  stage outputs.

``--gazetteer PATH`` takes the place index to use (default: fogcount's own,
cities500); ``--half study|measure|all`` the half of the notes
(``fogcount.evaluation.half_of("acled-2020-dev", event_id_cnty)``);
``--misses FILE`` writes the study half's misses (never the measured half's)
for reading.

Targets (issue 16): locations within 25 km >= 0.78 with gazetteer-wof imported.

    .venv/bin/python benchmarks/acled_notes.py ../shared/data/acled-2020-dev/acled_2020_dev.csv \
        [--gazetteer /tmp/wof.db] [--half study] [--limit N] [--misses /tmp/misses.tsv]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from corpus import acled_rows
from figures import toll_of
from places_check import PlaceScore, add_place_options, annotated, open_for, pipeline_reports
from fogcount.evaluation import half_of
from fogcount.stages.dates import find_times, resolve
from fogcount.stages.places import place_mentions
from fogcount.vocabulary import vocabulary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="fogcount dates and places on ACLED notes")
    parser.add_argument("csv", type=Path)
    add_place_options(parser, "notes")
    args = parser.parse_args(argv)
    gazetteer = open_for(args, args.csv, "acled_notes")
    if gazetteer is None:
        return 2
    rows = [r for r in acled_rows(args.csv, None)
            if args.half == "all" or half_of("acled-2020-dev", r["event_id_cnty"]) == args.half][:args.limit]
    vocab = vocabulary()
    score = PlaceScore(gazetteer)
    dates_right = 0
    anns = annotated([r["notes"] for r in rows], args.annotations)
    reports = pipeline_reports([r["event_id_cnty"] for r in rows], anns, args.gazetteer)
    for row, ann, report in zip(rows, anns, reports):
        gold_date = dt.datetime.strptime(row["event_date"], "%d-%b-%y").date()
        times = [resolve(t.text, None) for t in find_times(ann)]
        days = [t for t in times if t.start is not None and t.precision in ("day", "hour")]
        if days and days[0].start == gold_date:
            dates_right += 1
        mentions = place_mentions(ann, gazetteer, vocab)
        main = max(report.events, key=lambda e: (toll_of(e), len(e.claims)), default=None)
        score.add(row["event_id_cnty"], main.place if main else None, ann, mentions,
                  float(row["latitude"]), float(row["longitude"]), row["location"], row["notes"])
    n = max(1, len(rows))
    print(f"index                 {gazetteer.path}")
    print(f"half                  {args.half}")
    print(f"notes                 {len(rows)}")
    print(f"dates exact           {dates_right / n:.3f}   (target 0.95)")
    score.print(target=0.78)
    if args.misses is not None:
        score.write_misses(args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
