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
"""

from __future__ import annotations

import argparse
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
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"claims_by_hand: {args.corpus} does not exist", file=sys.stderr)
        return 2
    shown = claims = passed = 0
    for index, text in enumerate(raw_texts(args.corpus)):
        if shown >= args.limit:
            break
        if half_of(args.name, str(index)) != args.half:
            continue
        if passed < args.start:
            passed += 1
            continue
        shown += 1
        report = fogcount.extract(text)
        print(f"## article {index}: {len(report.claims)} claims")
        for claim in report.claims:
            claims += 1
            value = claim.value
            print(f"  {claim.id} {claim.category} {value.text!r} [{value.low}, {value.high}]"
                  f"{' negated' if claim.negated else ''} | {claim.subject.text} | {claim.sentence}")
    print(f"articles {shown}, claims {claims} (half: {args.half})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
