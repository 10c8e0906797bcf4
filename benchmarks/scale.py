"""Scale-out: `fogcount ingest` on 1 and on 2 Dask workers, over the same corpus.

What is measured
----------------
The same records (the corpus's texts) are ingested twice, each time into a
fresh temporary SQLite store, through ``fogcount.batch.ingest`` on a local
Dask cluster (``DaskRunner``: processes of one thread each): once with 1
worker, once with N (default 2). The clock runs from the first record sent to
the last document stored; starting the cluster and loading the spaCy
pipeline in each worker (the worker plugin) are outside it, as they are paid
once per run whatever the corpus. The script prints documents per second for
each, the speed-up (target >= 1.5 with 2 workers on 2 cores), and checks that
the two stores hold identical events: every linked event with its figures and
the claims behind it, as the store returns them.

The store is written by the one client process in input order, as in
``fogcount ingest``; its share of the work bounds the speed-up (Amdahl), so
the script also reports the time the client spent in ``store.add``.

Shared machines are noisy: with ``--rounds R`` the two runs alternate which
goes first and the verdict uses the median speed-up; other people's work on
the same cores moves the figures a lot, so each run prints the machine's
1-minute load average before and after it (on 2 cores, a load above 2 means
the runs shared the cores with other work).

Running it
----------
CORPUS is a path: the geoparsing XML (``<articles><article><text>``), a
directory of ``.txt`` files, one ``.txt`` file or a ``.jsonl`` file with a
``"text"`` field on each line (``benchmarks/corpus.py``)::

    .venv/bin/python benchmarks/scale.py ../shared/data/geoparsing/lgl.xml [--limit N] [--workers 2] [--rounds 1] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

from corpus import CorpusError, corpus_texts

TARGET = 1.5


def stored_events(store) -> list[dict]:
    """Every linked event in the store, with its claims, as plain data (sorted by id)."""
    events = sorted(store.events(), key=lambda e: e.id)
    claims = store.claims_of([e.id for e in events])
    return [{"event": json.loads(e.model_dump_json()),
             "claims": [json.loads(c.model_dump_json()) for c in claims.get(e.id, [])]} for e in events]


class _TimedStore:
    """The store, with the time spent adding to it counted."""

    def __init__(self, store):
        self.store = store
        self.adding = 0.0

    def known(self, sha256: str) -> bool:
        return self.store.known(sha256)

    def add(self, report, **options):
        start = time.perf_counter()
        try:
            return self.store.add(report, **options)
        finally:
            self.adding += time.perf_counter() - start


def one_run(records, workers: int, folder: Path, partition_size: int) -> dict:
    from fogcount.batch import DaskRunner, Tally, ingest
    from fogcount.settings import Settings
    from fogcount.store import Store

    settings = Settings()
    db = folder / f"workers-{workers}-{time.monotonic_ns()}.db"
    store = Store.open(str(db))
    timed = _TimedStore(store)
    tally = Tally()
    load_before = os.getloadavg()[0]
    try:
        started = time.perf_counter()
        with DaskRunner(settings, workers=workers, partition_size=partition_size) as run:
            ready = time.perf_counter()
            for outcome in ingest(records, store=timed, run=run, settings=settings):
                tally.count(outcome)
            elapsed = time.perf_counter() - ready
        events = stored_events(store)
    finally:
        store.close()
    return {
        "workers": workers, "seconds": elapsed, "startup_seconds": ready - started,
        "docs_per_s": tally.documents / elapsed, "store_seconds": timed.adding,
        "new": tally.new, "known": tally.known, "failed": tally.failed, "events": events,
        "load_before": load_before, "load_after": os.getloadavg()[0],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="only the first N texts")
    parser.add_argument("--workers", type=int, default=2, help="workers of the second run (default 2)")
    parser.add_argument("--rounds", type=int, default=1, help="pairs of runs, alternating which goes first")
    parser.add_argument("--partition-size", type=int, default=8, help="documents per Dask task (default 8)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    from fogcount.stages.ingest import Record

    try:
        texts = list(corpus_texts(args.corpus, args.limit))
    except CorpusError as exc:
        print(f"scale: {exc}", file=sys.stderr)
        return 1
    records = [Record(text=t, origin=f"{args.corpus.name}#{i}") for i, t in enumerate(texts)]
    words = sum(len(t.split()) for t in texts)
    rounds = []
    identical = True
    with tempfile.TemporaryDirectory(prefix="fogcount-scale-") as folder:
        for number in range(args.rounds):
            order = (1, args.workers) if number % 2 == 0 else (args.workers, 1)
            runs = {w: one_run(records, w, Path(folder), args.partition_size) for w in order}
            same = runs[1]["events"] == runs[args.workers]["events"]
            identical = identical and same
            rounds.append({
                "order": list(order), "speedup": runs[1]["seconds"] / runs[args.workers]["seconds"],
                "identical_events": same, "events": len(runs[1]["events"]),
                "runs": {str(w): {k: v for k, v in r.items() if k != "events"} for w, r in runs.items()},
            })
    speedup = statistics.median(r["speedup"] for r in rounds)
    result = {
        "corpus": str(args.corpus), "documents": len(records), "words": words, "workers": args.workers,
        "partition_size": args.partition_size, "cpus": os.cpu_count(), "python": platform.python_version(),
        "speedup_median": speedup, "target": TARGET, "identical_events": identical, "rounds": rounds,
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{len(records)} documents, {words:,} words, {os.cpu_count()} CPUs, partitions of {args.partition_size}")
        for number, r in enumerate(rounds, start=1):
            for w in r["order"]:
                run = r["runs"][str(w)]
                print(f"round {number}: {w} worker{'s' if w > 1 else ''}: {run['docs_per_s']:.1f} docs/s "
                      f"({run['seconds']:.1f} s; cluster start {run['startup_seconds']:.1f} s; "
                      f"store writes {run['store_seconds']:.1f} s; {run['new']} new, {run['failed']} failed; "
                      f"load average {run['load_before']:.1f} before, {run['load_after']:.1f} after)")
            print(f"round {number}: speed-up {r['speedup']:.2f}; {r['events']} events, "
                  f"{'identical' if r['identical_events'] else 'DIFFERENT'} in both stores")
        print(f"speed-up (median of {len(rounds)}): {speedup:.2f} (target >= {TARGET} with 2 workers on 2 cores); "
              f"stored events {'identical' if identical else 'DIFFER'}")
    if not identical:
        return 1
    return 0 if speedup >= TARGET else 2


if __name__ == "__main__":
    sys.exit(main())
