"""Event types on CASE 2021 Task 2 snippets and on ACLED's coded notes.

CASE 2021 Task 2 gives news snippets with an ACLED-derived sub-event label
(``AIR_STRIKE``, ``ARMED_CLASH``...; 24 ACLED sub-types and ``OTHER`` are the
25 "seen" types; five more, such as ``NATURAL_DISASTER``, lie outside ACLED).
Each snippet goes through :func:`fogcount.extract`; its main event is typed
(:func:`fogcount.stages.event_types.type_report_text`), ``Other`` when
fogcount finds no event; fogcount's sub-type is mapped to the CASE label. It
prints, on the snippets whose label is one of the 25 seen types, the
weighted F1 over those types (the shared task's measure; the best published
system reached 0.839 on the test set) and the accuracy; the share of the
other snippets typed ``Other``; and the most frequent confusions.

With ``--acled``, ACLED's coder notes are typed the same way and compared
with the coded ``sub_event_type`` and ``event_type``.

    .venv/bin/python benchmarks/event_typing.py ../shared/data/case2021-task2-dev [--acled ../shared/data/acled-2020-dev] [--half study]

``--half study|measure|all`` types only a half of each set
(``fogcount.evaluation.half_of``: a CASE snippet by its row's position in
``dev.tsv``, an ACLED note by its ``event_id_cnty``); ``--errors`` prints the
study half's errors only.

The issue asked for ``benchmarks/typing.py``; a file of that name in this
folder shadows the standard ``typing`` module for *every* script run from it
(the script's folder comes first on sys.path), so it is ``event_typing.py``.
"""

import argparse
import collections
import csv
import importlib.util
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def _sibling(name: str):
    spec = importlib.util.spec_from_file_location(f"_benchmarks_{name}", _HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# fogcount's sub-event type -> the CASE 2021 Task 2 label.
CASE_LABELS = {
    "Armed clash": "ARMED_CLASH",
    "Government regains territory": "GOV_REGAINS_TERIT",
    "Non-state actor overtakes territory": "NON_STATE_ACTOR_OVERTAKES_TER",
    "Chemical weapon": "CHEM_WEAP",
    "Air/drone strike": "AIR_STRIKE",
    "Suicide bomb": "SUIC_BOMB",
    "Shelling/artillery/missile attack": "ART_MISS_ATTACK",
    "Remote explosive/landmine/IED": "REM_EXPLOS",
    "Grenade": "GRENADE",
    "Sexual violence": "SEX_VIOL",
    "Attack": "ATTACK",
    "Abduction/forced disappearance": "ABDUCT_DISSAP",
    "Peaceful protest": "PEACE_PROTEST",
    "Protest with intervention": "PROTEST_WITH_INTER",
    "Excessive force against protesters": "FORCE_AGAINST_PROTEST",
    "Violent demonstration": "VIOL_DEMONSTR",
    "Mob violence": "MOB_VIOL",
    "Agreement": "AGREEMENT",
    "Arrests": "ARREST",
    "Change to group/activity": "CHANGE_TO_GROUP_ACT",
    "Disrupted weapons use": "DISR_WEAP",
    "Headquarters or base established": "HQ_ESTABLISHED",
    "Looting/property destruction": "PROPERTY_DISTRUCT",
    "Non-violent transfer of territory": "NON_VIOL_TERRIT_TRANSFER",
    "Other": "OTHER",
}
SEEN = frozenset(CASE_LABELS.values())


def weighted_f1(gold: list[str], predicted: list[str], labels) -> float:
    """F1 of each label, weighted by its support in ``gold`` (labels with no
    gold example weigh nothing)."""
    total = 0.0
    support = collections.Counter(gold)
    for label in labels:
        tp = sum(1 for g, p in zip(gold, predicted) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, predicted) if g != label and p == label)
        fn = support[label] - tp
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        total += support[label] * f1
    return total / len(gold) if gold else 0.0


def _progress(quiet: bool):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    disable=quiet, transient=True, console=Console(stderr=True))


def _type_texts(texts: list[str], description: str, quiet: bool):
    from fogcount.pipeline import type_snippet  # the event-types gate types a text the same way

    out = []
    with _progress(quiet) as progress:
        task = progress.add_task(description, total=len(texts))
        for text in texts:
            out.append(type_snippet(text))
            progress.advance(task)
    return out


def case_rows(path: Path) -> list[dict[str, str]]:
    path = path / "dev.tsv" if path.is_dir() else path
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _in_half(dataset: str, key: str, half: str) -> bool:
    from fogcount.evaluation import half_of

    return half == "all" or half_of(dataset, key) == half


def run_case(path: Path, *, quiet: bool, errors: bool, half: str = "all") -> None:
    rows = [r for i, r in enumerate(case_rows(path)) if _in_half("case2021-task2-dev", str(i), half)]
    typings = _type_texts([r["EventSnippet"] for r in rows], "CASE 2021 snippets", quiet)
    predicted = [CASE_LABELS.get(t.sub_event_type or "Other", "OTHER") for t in typings]
    gold = [r["SubType"] for r in rows]
    seen = [i for i, g in enumerate(gold) if g in SEEN]
    g_seen, p_seen = [gold[i] for i in seen], [predicted[i] for i in seen]
    accuracy = sum(g == p for g, p in zip(g_seen, p_seen)) / len(seen)
    unseen = [i for i, g in enumerate(gold) if g not in SEEN]
    print(f"CASE 2021 Task 2 dev ({path}, half {half}): {len(rows)} snippets, {len(seen)} with one of the 25 seen "
          "types")
    print(f"  weighted F1 (25 seen types): {weighted_f1(g_seen, p_seen, sorted(SEEN)):.3f}")
    print(f"  accuracy (25 seen types):    {accuracy:.3f}")
    if unseen:
        other = sum(predicted[i] == "OTHER" for i in unseen) / len(unseen)
        print(f"  outside ACLED ({len(unseen)} snippets: disasters, diplomacy, crime, attribution) typed Other: "
              f"{other:.3f}")
    confusions = collections.Counter((g, p) for g, p in zip(g_seen, p_seen) if g != p)
    print("  most frequent confusions (gold -> fogcount):")
    for (g, p), n in confusions.most_common(12):
        print(f"    {n:3d}  {g} -> {p}")
    if errors:
        for i in seen:
            if gold[i] != predicted[i]:
                print(f"  [{gold[i]} -> {predicted[i]}] {typings[i].evidence[:4]} {rows[i]['EventSnippet'][:200]}")


def run_acled(path: Path, *, limit: int | None, quiet: bool, errors: bool, half: str = "all") -> None:
    corpus = _sibling("corpus")
    files = sorted(path.glob("*.csv")) if path.is_dir() else [path]
    if not files:
        raise FileNotFoundError(f"{path}: no .csv file in it")
    rows = [r for r in corpus.acled_rows(files[0], None) if _in_half("acled-2020-dev", r["event_id_cnty"], half)][:limit]
    typings = _type_texts([r["notes"] for r in rows], "ACLED notes", quiet)
    sub_ok = sum(t.sub_event_type == r["sub_event_type"] for t, r in zip(typings, rows))
    type_ok = sum(t.event_type == r["event_type"] for t, r in zip(typings, rows))
    print(f"ACLED notes ({files[0]}, half {half}): {len(rows)} notes")
    print(f"  sub-event type accuracy: {sub_ok / len(rows):.3f}")
    print(f"  event type accuracy:     {type_ok / len(rows):.3f}")
    confusions = collections.Counter((r["sub_event_type"], t.sub_event_type) for t, r in zip(typings, rows)
                                     if t.sub_event_type != r["sub_event_type"])
    print("  most frequent confusions (ACLED -> fogcount):")
    for (g, p), n in confusions.most_common(12):
        print(f"    {n:4d}  {g} -> {p}")
    if errors:
        for t, r in zip(typings, rows):
            if t.sub_event_type != r["sub_event_type"]:
                print(f"  [{r['sub_event_type']} -> {t.sub_event_type}] {t.evidence[:4]} {r['notes'][:200]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="fogcount event types on CASE 2021 Task 2 and ACLED notes")
    parser.add_argument("case", type=Path, help="the case2021-task2-dev directory (or its dev.tsv)")
    parser.add_argument("--acled", type=Path, default=None, help="the acled-2020-dev directory (or its .csv)")
    parser.add_argument("--limit", type=int, default=None, help="at most this many ACLED notes")
    parser.add_argument("--errors", action="store_true", help="print each wrongly typed text (for development)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.add_argument("--half", choices=("study", "measure", "all"), default="all",
                        help="type only this half of each set (fogcount.evaluation.half_of; default all)")
    args = parser.parse_args(argv)
    if args.errors and args.half != "study":
        print("typing: --errors prints the study half's errors only (--half study)", file=sys.stderr)
        return 2
    for given in (args.case, args.acled):
        if given is not None and not given.exists():
            print(f"typing: {given} does not exist", file=sys.stderr)
            return 2
    try:
        run_case(args.case, quiet=args.quiet, errors=args.errors, half=args.half)
        if args.acled is not None:
            run_acled(args.acled, limit=args.limit, quiet=args.quiet, errors=args.errors, half=args.half)
    except (OSError, KeyError, csv.Error) as exc:
        print(f"typing: cannot read the data: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
