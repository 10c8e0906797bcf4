"""Locations on the World Atrocities Dataset's excerpts (wad-dev): hand-geocoded points.

Each excerpt is one event with the coder's ``lat``/``lon``. This runs
fogcount's stages on each excerpt's parse and prints the share whose main
event's place as fogcount outputs it (``Event.place``; the main event as
wad_claims.py takes it: the one with the most people killed, the first of
those tied; no event: no place) lies within 25 km of the coded point, within
100 km, and the misses by kind (see places_check.py); beside it, as a
diagnostic only, the share for the places stage's own ``event_mention``,
which no stage outputs. Excerpts without a coded point are left out.

``--gazetteer PATH`` the place index (default: fogcount's own); ``--half``
the half of the excerpts (``half_of("wad-dev", id)``); ``--misses FILE`` the
study half's misses, for reading.

Target (issue 16): within 25 km >= 0.65.

    .venv/bin/python benchmarks/wad_places.py ../shared/data/wad-dev/wad_dev.jsonl \
        [--gazetteer /tmp/wof.db] [--half study] [--limit N] [--misses FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from figures import toll_of
from places_check import PlaceScore, add_place_options, annotated, open_for, pipeline_reports
from fogcount.evaluation import half_of
from fogcount.stages.places import place_mentions
from fogcount.vocabulary import vocabulary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="fogcount places on wad-dev's hand-geocoded excerpts")
    parser.add_argument("jsonl", type=Path)
    add_place_options(parser, "excerpts")
    args = parser.parse_args(argv)
    gazetteer = open_for(args, args.jsonl, "wad_places")
    if gazetteer is None:
        return 2
    with args.jsonl.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    records = [r for r in records if r.get("lat") is not None and r.get("lon") is not None and r.get("text")
               and (args.half == "all" or half_of("wad-dev", r["id"]) == args.half)][:args.limit]
    vocab = vocabulary()
    score = PlaceScore(gazetteer)
    anns = annotated([r["text"] for r in records], args.annotations)
    reports = pipeline_reports([r["id"] for r in records], anns, args.gazetteer)
    for record, ann, report in zip(records, anns, reports):
        mentions = place_mentions(ann, gazetteer, vocab)
        gold = record.get("locality") or record.get("district") or record.get("region") or ""
        main = max(report.events, key=toll_of, default=None)
        score.add(record["id"], main.place if main else None, ann, mentions, float(record["lat"]), float(record["lon"]), gold, record["text"])
    print(f"index                 {gazetteer.path}")
    print(f"half                  {args.half}")
    print(f"excerpts              {score.n}")
    score.print(target=0.65)
    if args.misses is not None:
        score.write_misses(args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
