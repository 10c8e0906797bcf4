"""Throughput of the whole extraction against the bare spaCy parse.

What is measured
----------------
Two sides, over the same texts and the same spaCy pipeline object
(``fogcount.stages.annotate.load_pipeline()``, with the same batch size):

* bare: ``nlp.pipe(texts, batch_size=...)`` and nothing else;
* pipeline: ``fogcount.pipeline.pipe`` over the texts as records, which parses
  with spaCy, turns each parse into an ``Annotation`` and runs the claims stage;
* imported (with ``--gazetteer PATH``): the pipeline again with that place
  index (one with countries imported, ``fogcount gazetteer import``), whose
  ratio to the bare parse is set beside the default index's (issue 16: within
  0.05 of it).

For each side the script reports words per second (words are the
whitespace-split words of the texts, the same count for both), the ratio
pipeline / bare, and the peak resident memory. Targets: the pipeline at no
less than 0.75 of the bare parse's words per second, and under 1.5 GB peak
(MB and GB here are decimal: 10**6 and 10**9 bytes).

Beside the verdict it reports the same ratio in CPU seconds (the timed pass's
``time.process_time``, which other processes' load on a shared machine
disturbs far less than the clock), the CPU seconds of the pipeline's parse
(with the copy of spaCy's parse into fogcount's tokens) and of each stage
(timed through ``pipeline.pipe_states``' ``after`` hook), and each side's
first text: the warm-up, which loads what is loaded once per process.

How it is measured
------------------
Shared machines are noisy, so only ratios within one run are meaningful. Each
round runs the bare parse and the pipeline one after the other, alternating
which goes first; the verdict uses the median of the per-round ratios.

Every measured run is a fresh child process started from a 'forkserver'
context, which loads the corpus and the model, warms up on one short text and
then times one pass over the corpus. The warm-up text has a figure, a
weekday and a written date, so the one-time loads of the stages (dateparser's
import and English tables, about 0.4 CPU seconds, which the weekday alone
does not need) happen in it and not in the timed pass; its seconds are
reported per side. The child's
``resource.getrusage(RUSAGE_SELF).ru_maxrss`` is then that side's own peak.
('spawn' would not do on Linux: a process started by exec inherits its
parent's peak resident size.) The parent reads the corpus once, streaming, to
check it and count it, and otherwise only collects numbers.

Running it
----------
CORPUS is a path: the geoparsing XML (``<articles><article><text>``), a
directory of ``.txt`` files (searched recursively), one ``.txt`` file, or a
``.jsonl`` file with a ``"text"`` field on each line. Texts are normalised as
fogcount normalises its input; blank texts are left out. The data stays where
it is::

    make bench CORPUS=../shared/data/geoparsing/lgl.xml
    .venv/bin/python benchmarks/throughput.py CORPUS [--limit N] [--rounds R] [--batch-size B] [--json]
        [--gazetteer /tmp/wof.db]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import resource
import statistics
import sys
import time
from pathlib import Path

from corpus import CorpusError, corpus_texts
from fogcount.settings import Settings

MIN_RATIO = 0.75
MAX_PEAK_MB = 1500.0
SIDES = ("bare", "pipeline")
IMPORTED = "imported"  # the pipeline with the place index given by --gazetteer
MAX_IMPORTED_GAP = 0.05  # its ratio at most this far below the default index's
# a figure, a weekday and a date only dateparser reads: what the stages load once per process
WARM_UP_TEXT = ("Two people were killed and 14 injured when a car bomb exploded in the market on Tuesday. "
                "Police said a third man died on 9 May 2020.")


def word_count(text: str) -> int:
    return len(text.split())


def describe_corpus(corpus: Path, limit: int | None) -> tuple[int, int]:
    """(documents, words), read in one streaming pass; raises CorpusError."""
    documents = words = 0
    for text in corpus_texts(corpus, limit):
        documents += 1
        words += word_count(text)
    if documents == 0:
        raise CorpusError(f"{corpus}: no non-blank texts")
    return documents, words


# ---------------------------------------------------------------- one measured run (in a child process)


def peak_memory_mb() -> float:
    """This process's peak resident size in decimal MB (ru_maxrss is KiB on Linux, bytes on macOS)."""
    max_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return max_rss / 1e6 if sys.platform == "darwin" else max_rss * 1024 / 1e6


def time_bare_parse(texts: list[str], settings: Settings) -> dict:
    """The timed pass's wall and CPU seconds, and the warm-up's."""
    from fogcount.stages.annotate import load_pipeline

    nlp = load_pipeline(settings.model, settings.verify_model)
    warm_up = time.perf_counter()
    for _doc in nlp.pipe([WARM_UP_TEXT]):
        pass
    warm_up = time.perf_counter() - warm_up
    started, cpu = time.perf_counter(), time.process_time()
    for _doc in nlp.pipe(texts, batch_size=settings.batch_size):
        pass
    return {"seconds": time.perf_counter() - started, "cpu_seconds": time.process_time() - cpu,
            "warm_up_seconds": warm_up, "stage_cpu_seconds": {}}


def time_pipeline(texts: list[str], settings: Settings) -> dict:
    """As :func:`time_bare_parse`, and the CPU seconds of each stage: the time
    up to the end of the annotate stage is the parse (spaCy's, in batches, and
    the copy into fogcount's tokens)."""
    from fogcount.pipeline import Failure, open_gazetteer, pipe_states
    from fogcount.stages.annotate import load_pipeline
    from fogcount.stages.ingest import Record

    load_pipeline(settings.model, settings.verify_model)
    open_gazetteer(settings)
    warm_up = time.perf_counter()
    for _state in pipe_states([Record(text=WARM_UP_TEXT, origin="warm-up")], settings=settings):
        pass
    warm_up = time.perf_counter() - warm_up
    records = [Record(text=text, origin=f"document {number}") for number, text in enumerate(texts, start=1)]
    stage_cpu: dict[str, float] = {}
    last_cpu = [time.process_time()]

    def after(stage, _state) -> None:
        now = time.process_time()
        stage_cpu[stage.name] = stage_cpu.get(stage.name, 0.0) + now - last_cpu[0]
        last_cpu[0] = now

    failures = []
    started, cpu = time.perf_counter(), time.process_time()
    last_cpu[0] = cpu
    for result in pipe_states(records, settings=settings, after=after):
        if isinstance(result, Failure):
            failures.append(result)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    if failures:
        raise RuntimeError(f"the pipeline failed on {len(failures)} documents, first: {failures[0].error}")
    return {"seconds": elapsed, "cpu_seconds": cpu, "warm_up_seconds": warm_up, "stage_cpu_seconds": stage_cpu}


def measure_side(side: str, corpus: str, limit: int | None, batch_size: int, gazetteer: str | None = None) -> dict:
    """Run one side once over the corpus; its words/s, peak memory and versions."""
    import spacy

    from fogcount.stages.annotate import load_pipeline

    settings = Settings(batch_size=batch_size, gazetteer=gazetteer if side == IMPORTED else None)
    texts = list(corpus_texts(Path(corpus), limit))
    timed_run = time_bare_parse if side == "bare" else time_pipeline
    timing = timed_run(texts, settings)
    seconds = timing["seconds"]
    words = sum(word_count(text) for text in texts)
    model_meta = load_pipeline(settings.model, settings.verify_model).meta
    return {
        "side": side,
        "documents": len(texts),
        "words": words,
        "seconds": seconds,
        "words_per_second": words / seconds,
        "cpu_seconds": timing["cpu_seconds"],
        "warm_up_seconds": timing["warm_up_seconds"],
        "stage_cpu_seconds": timing["stage_cpu_seconds"],
        "peak_mb": peak_memory_mb(),
        "spacy_version": spacy.__version__,
        "model": f"{model_meta['lang']}_{model_meta['name']} {model_meta['version']}",
    }


def run_in_child(context, side: str, corpus: Path, limit: int | None, batch_size: int,
                 gazetteer: Path | None = None) -> dict:
    with context.Pool(processes=1) as pool:
        return pool.apply(measure_side, (side, str(corpus), limit, batch_size, str(gazetteer) if gazetteer else None))


# ---------------------------------------------------------------- rounds and the report


def measure(corpus: Path, limit: int | None, rounds: int, batch_size: int,
            gazetteer: Path | None = None) -> list[dict]:
    """Per round: the bare and pipeline runs (and the pipeline with the
    ``gazetteer`` index), alternating which goes first."""
    context = multiprocessing.get_context("forkserver")
    sides = SIDES + (IMPORTED,) if gazetteer is not None else SIDES
    results = []
    for round_number in range(1, rounds + 1):
        order = sides if round_number % 2 == 1 else tuple(reversed(sides))
        runs = {}
        for side in order:
            runs[side] = run_in_child(context, side, corpus, limit, batch_size, gazetteer)
            print(f"round {round_number}/{rounds}: {side:<8} {runs[side]['words_per_second']:>10,.0f} words/s "
                  f"in {runs[side]['seconds']:.1f} s, peak {runs[side]['peak_mb']:,.0f} MB", file=sys.stderr)
        results.append({
            "round": round_number,
            "first": order[0],
            "bare": runs["bare"],
            "pipeline": runs["pipeline"],
            "ratio": runs["pipeline"]["words_per_second"] / runs["bare"]["words_per_second"],
            "cpu_ratio": runs["bare"]["cpu_seconds"] / runs["pipeline"]["cpu_seconds"],
            **({IMPORTED: runs[IMPORTED],
                "imported_ratio": runs[IMPORTED]["words_per_second"] / runs["bare"]["words_per_second"]}
               if IMPORTED in runs else {}),
        })
    return results


def summarise(corpus: Path, documents: int, words: int, batch_size: int, rounds: list[dict]) -> dict:
    environment = rounds[0]["bare"]
    for result in rounds:
        for side in SIDES:
            if (result[side]["documents"], result[side]["words"]) != (documents, words):
                raise RuntimeError(f"round {result['round']}: the {side} run read a different corpus")
    ratio = statistics.median(result["ratio"] for result in rounds)
    peak_mb = {side: max(result[side]["peak_mb"] for result in rounds) for side in SIDES}
    imported = {}
    if IMPORTED in rounds[0]:
        # judged round by round (the two pipeline runs of a round share the machine's load of
        # that moment): the median of the per-round differences between the two ratios
        gap = statistics.median(result["imported_ratio"] - result["ratio"] for result in rounds)
        imported = {
            "imported_words_per_second": statistics.median(r[IMPORTED]["words_per_second"] for r in rounds),
            "imported_ratio": statistics.median(result["imported_ratio"] for result in rounds),
            "imported_gap": gap,
            "imported_peak_mb": max(r[IMPORTED]["peak_mb"] for r in rounds),
            "imported_pass": gap >= -MAX_IMPORTED_GAP,
        }
    return {
        "corpus": str(corpus),
        "documents": documents,
        "words": words,
        "batch_size": batch_size,
        "python": platform.python_version(),
        "spacy": environment["spacy_version"],
        "model": environment["model"],
        "cpus": os.cpu_count(),
        "rounds": [
            {
                "round": result["round"],
                "first": result["first"],
                "bare_words_per_second": result["bare"]["words_per_second"],
                "pipeline_words_per_second": result["pipeline"]["words_per_second"],
                "ratio": result["ratio"],
                "cpu_ratio": result["cpu_ratio"],
                "bare_cpu_seconds": result["bare"]["cpu_seconds"],
                "pipeline_cpu_seconds": result["pipeline"]["cpu_seconds"],
                "bare_warm_up_seconds": result["bare"]["warm_up_seconds"],
                "pipeline_warm_up_seconds": result["pipeline"]["warm_up_seconds"],
                **({"imported_words_per_second": result[IMPORTED]["words_per_second"],
                    "imported_ratio": result["imported_ratio"]} if IMPORTED in result else {}),
            }
            for result in rounds
        ],
        "bare_words_per_second": statistics.median(result["bare"]["words_per_second"] for result in rounds),
        "pipeline_words_per_second": statistics.median(result["pipeline"]["words_per_second"] for result in rounds),
        "ratio": ratio,
        "cpu_ratio": statistics.median(result["cpu_ratio"] for result in rounds),
        "stage_cpu_seconds": {
            name: statistics.median(result["pipeline"]["stage_cpu_seconds"].get(name, 0.0) for result in rounds)
            for name in rounds[0]["pipeline"]["stage_cpu_seconds"]
        },
        "bare_cpu_seconds": statistics.median(result["bare"]["cpu_seconds"] for result in rounds),
        "pipeline_cpu_seconds": statistics.median(result["pipeline"]["cpu_seconds"] for result in rounds),
        "bare_warm_up_seconds": statistics.median(result["bare"]["warm_up_seconds"] for result in rounds),
        "pipeline_warm_up_seconds": statistics.median(result["pipeline"]["warm_up_seconds"] for result in rounds),
        "bare_peak_mb": peak_mb["bare"],
        "pipeline_peak_mb": peak_mb["pipeline"],
        "ratio_pass": ratio >= MIN_RATIO,
        "memory_pass": peak_mb["pipeline"] < MAX_PEAK_MB,
        **imported,
    }


def verdict(passed: bool) -> str:
    return "PASS" if passed else "FAIL"


def print_summary(summary: dict) -> None:
    print(f"corpus     {summary['corpus']}")
    print(f"versions   Python {summary['python']}, spaCy {summary['spacy']}, model {summary['model']}")
    print(f"machine    {summary['cpus']} CPUs; batch size {summary['batch_size']}")
    print(f"documents  {summary['documents']:,}")
    print(f"words      {summary['words']:,}")
    print()
    print(f"{'round':<7}{'first':<10}{'bare words/s':>14}{'pipeline words/s':>18}{'ratio':>8}{'CPU ratio':>11}")
    for result in summary["rounds"]:
        print(f"{result['round']:<7}{result['first']:<10}{result['bare_words_per_second']:>14,.0f}"
              f"{result['pipeline_words_per_second']:>18,.0f}{result['ratio']:>8.3f}{result['cpu_ratio']:>11.3f}")
    print(f"{'median':<17}{summary['bare_words_per_second']:>14,.0f}"
          f"{summary['pipeline_words_per_second']:>18,.0f}{summary['ratio']:>8.3f}{summary['cpu_ratio']:>11.3f}")
    print()
    print(f"CPU seconds (median of the rounds): bare parse {summary['bare_cpu_seconds']:.2f}, "
          f"pipeline {summary['pipeline_cpu_seconds']:.2f}, of which")
    stages = summary["stage_cpu_seconds"]
    for name, seconds in stages.items():
        label = "parse and annotate" if name == "annotate" else name
        print(f"  {label:<20}{seconds:>8.2f} s  {seconds / summary['bare_cpu_seconds']:>6.1%} of the bare parse")
    print(f"first text (warm-up, wall): bare {summary['bare_warm_up_seconds']:.2f} s, "
          f"pipeline {summary['pipeline_warm_up_seconds']:.2f} s")
    print()
    print(f"peak memory  bare {summary['bare_peak_mb']:,.0f} MB, pipeline {summary['pipeline_peak_mb']:,.0f} MB")
    print()
    print(f"{'target':<32}{'measured':>10}  result")
    print(f"{'ratio pipeline/bare >= ' + format(MIN_RATIO, '.2f'):<32}{summary['ratio']:>10.3f}  "
          f"{verdict(summary['ratio_pass'])}")
    print(f"{'pipeline peak < ' + format(MAX_PEAK_MB, ',.0f') + ' MB':<32}{summary['pipeline_peak_mb']:>10,.0f}  "
          f"{verdict(summary['memory_pass'])}")
    if "imported_ratio" in summary:
        print()
        print("with the --gazetteer index, the same rounds (ratio to the bare parse):")
        print("  " + ", ".join(f"{r['imported_ratio']:.3f}" for r in summary["rounds"]))
        print(f"  median {summary['imported_words_per_second']:,.0f} words/s, peak {summary['imported_peak_mb']:,.0f} MB")
        print(f"  median ratio {summary['imported_ratio']:.3f}")
        print(f"{'ratio - default ratio >= -' + format(MAX_IMPORTED_GAP, '.2f'):<32}{summary['imported_gap']:>+10.3f}  "
              f"{verdict(summary['imported_pass'])}   (median of the rounds' differences)")


# ---------------------------------------------------------------- command line


def positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Words per second of fogcount's whole extraction against the bare spaCy parse, and peak memory.")
    parser.add_argument("corpus", type=Path, metavar="CORPUS",
                        help="geoparsing .xml, .jsonl with a \"text\" field, a .txt file, or a directory of .txt files")
    parser.add_argument("--limit", type=positive_int, metavar="N", help="only the first N documents")
    parser.add_argument("--rounds", type=positive_int, default=3, metavar="R", help="rounds of both runs (default 3)")
    parser.add_argument("--batch-size", type=positive_int, default=Settings().batch_size, metavar="B",
                        help=f"texts per spaCy batch, for both runs (default {Settings().batch_size})")
    parser.add_argument("--json", action="store_true", help="also print the results as one JSON line")
    parser.add_argument("--gazetteer", type=Path, default=None, metavar="INDEX",
                        help="also run the pipeline with this place index (e.g. one with countries imported)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    try:
        documents, words = describe_corpus(arguments.corpus, arguments.limit)
    except (CorpusError, OSError) as exc:
        print(f"throughput: {exc}", file=sys.stderr)
        return 2
    if arguments.gazetteer is not None and not arguments.gazetteer.exists():
        print(f"throughput: no gazetteer index at {arguments.gazetteer}", file=sys.stderr)
        return 2
    rounds = measure(arguments.corpus, arguments.limit, arguments.rounds, arguments.batch_size, arguments.gazetteer)
    summary = summarise(arguments.corpus, documents, words, arguments.batch_size, rounds)
    print_summary(summary)
    if arguments.json:
        print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
