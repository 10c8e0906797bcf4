"""Every claim fogcount makes in the first articles of a half of a news
corpus, printed for reading by hand (claim precision on news without tolls).

Issue 15 asks for claim precision >= 0.95 on local news (LGL: articles about
anything, few of them about violence): a reader marks each printed claim
right or false. Articles are split once by
``fogcount.evaluation.half_of(<corpus name>, str(index))``, the index being the
article's position in the corpus file (``lgl`` for lgl.xml: the split the
notes in docs/benchmarks.md use). Rules may be written from what is read on
the study half; the measure half is read only to count the false claims, never
to write a rule from one.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/claims_by_hand.py ../shared/data/geoparsing/lgl.xml --half study [--limit 50] [--start 50]

``--sample N --seed S`` prints N articles of the half drawn at random (the same
N for the same seed) instead of the first ones: a fresh set once the first were
read.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import fogcount
from corpus import raw_texts
from fogcount.evaluation import half_of


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="fogcount's claims on a corpus's articles, for reading by hand")
    parser.add_argument("corpus", type=Path, help="an XML corpus such as lgl.xml (one <text> per article)")
    parser.add_argument("--half", choices=("study", "measure"), required=True)
    parser.add_argument("--limit", type=int, default=50, help="articles of the half to print (default 50)")
    parser.add_argument("--start", type=int, default=0,
                        help="articles of the half to pass over first (default 0): fresh ones once the first were read")
    parser.add_argument("--name", default="lgl", help="the corpus's name in the split (default lgl)")
    parser.add_argument("--sample", type=int, default=None,
                        help="print this many articles of the half drawn at random (with --seed), not the first ones")
    parser.add_argument("--seed", type=int, default=0, help="the seed of --sample's draw (default 0)")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"claims_by_hand: {args.corpus} does not exist", file=sys.stderr)
        return 2
    texts = [(index, text) for index, text in enumerate(raw_texts(args.corpus))
             if half_of(args.name, str(index)) == args.half]
    if args.sample is not None:
        drawn = sorted(random.Random(args.seed).sample(range(len(texts)), min(args.sample, len(texts))))
        texts = [texts[position] for position in drawn]
    shown = claims = passed = 0
    for index, text in texts:
        if shown >= args.limit:
            break
        if passed < args.start:
            passed += 1
            continue
        shown += 1
        report = fogcount.extract(text)
        print(f"## article {index}: {len(report.claims)} claims")
        for claim in report.claims:
            claims += 1
            value = claim.value
            marks = "".join([" negated" if claim.negated else "", f" part of {claim.part_of}" if claim.part_of else "",
                             f" {claim.scope}" if claim.scope else "", f" ({claim.evidence})" if claim.evidence else ""])
            print(f"  {claim.id} {claim.category} {value.text!r} [{value.low}, {value.high}]"
                  f"{marks} | {claim.subject.text} | {claim.sentence}")
    print(f"articles {shown}, claims {claims} (half: {args.half})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
