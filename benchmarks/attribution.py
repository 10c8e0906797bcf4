"""Attribution accuracy on the project's own cases, and its cost in time.

Accuracy: for each case file (JSON lines: text, figure, speaker, channel...;
see tests/data/), the share of cases whose claim gets the right speaker and
the right channel, scored by ``fogcount.evaluation.score_attribution`` (the
same scorer as the test gate), overall and per reporting pattern, with the
cases it gets wrong; also the share whose speaker's kind is right. The gate
(tests/test_gates.py) guards the share of all these checks on the same files.

Cost: with ``--corpus PATH`` (the geoparsing XML, a directory of .txt files or
a .jsonl), the time the attribution stage takes as a share of the whole
pipeline over the same texts, measured stage by stage in one run. The issue's
bound: attribution at most a tenth of the pipeline's time.

    .venv/bin/python benchmarks/attribution.py tests/data/attribution_cases.jsonl tests/data/attribution_heldout.jsonl \\
        --corpus ../shared/data/geoparsing/lgl.xml
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from corpus import corpus_texts
from fogcount.evaluation import load_attribution_cases, score_attribution
from fogcount.settings import Settings
from fogcount.stages.annotate import annotate_many, load_pipeline
from fogcount.stages.attribution import attribute
from fogcount.stages.claims import extract_claims
from fogcount.vocabulary import vocabulary


def report_accuracy(path: Path, *, show_failures: bool) -> float:
    score = score_attribution(load_attribution_cases(path))
    print(f"{path}: {len(score.results)} cases")
    print(f"  speaker and channel right  {score.accuracy:.3f}")
    print(f"  speaker right              {score.share('speaker_right'):.3f}")
    print(f"  channel right              {score.share('channel_right'):.3f}")
    print(f"  kind right                 {score.share('kind_right'):.3f}   (cases that name a speaker and a kind)")
    print(f"  figure found               {score.share('found'):.3f}")
    for pattern, (right, total) in sorted(score.by_pattern().items()):
        print(f"    {right:3d}/{total:<3d} {pattern}")
    if show_failures:
        for r in score.results:
            if not r.right:
                print(f"  wrong {r.case.id}: expected ({r.case.speaker!r}, {r.case.channel!r}), "
                      f"got ({r.speaker!r}, {r.channel!r})")
    return score.accuracy


def report_cost(path: Path) -> float:
    texts = list(corpus_texts(path, None))
    settings = Settings()
    vocab = vocabulary()
    load_pipeline()
    annotate_s = claims_s = attribution_s = 0.0
    started = time.perf_counter()
    stream = annotate_many(texts, settings=settings)
    n_claims = n_sourced = 0
    while True:
        t0 = time.perf_counter()
        ann = next(stream, None)
        t1 = time.perf_counter()
        if ann is None:
            break
        claims, _ = extract_claims(ann, vocab)
        t2 = time.perf_counter()
        attribute(ann, claims, vocab)
        t3 = time.perf_counter()
        annotate_s += t1 - t0
        claims_s += t2 - t1
        attribution_s += t3 - t2
        n_claims += len(claims)
        n_sourced += sum(c.source is not None for c in claims)
    total = time.perf_counter() - started
    share = attribution_s / total
    print(f"{path}: {len(texts)} documents, {n_claims} claims, {n_sourced} with a source")
    print(f"  annotate (spaCy)  {annotate_s:8.2f} s")
    print(f"  claims            {claims_s:8.2f} s")
    print(f"  attribution       {attribution_s:8.2f} s   {share:.1%} of the pipeline  "
          f"({'PASS' if share <= 0.10 else 'FAIL'}: at most 10%)")
    return share


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cases", nargs="*", type=Path, help="attribution case files (JSON lines)")
    parser.add_argument("--corpus", type=Path, help="texts to time the stage on")
    parser.add_argument("--failures", action="store_true", help="list the cases it gets wrong")
    args = parser.parse_args(argv)
    for path in [*args.cases, *([args.corpus] if args.corpus else [])]:
        if not path.exists():
            print(f"attribution.py: {path} does not exist", file=sys.stderr)
            return 2
    for path in args.cases:
        report_accuracy(path, show_failures=args.failures)
    if args.corpus:
        report_cost(args.corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main())
