"""The project's own gold sets, scored as the test gates score them.

For each gold set pinned in a floors file (tests/data/gold/floors.toml: per
set, its scorer, its file, the sha256 the floor was measured on and the
floor), the share of its checks that pass (``fogcount.evaluation``, the
scorer of tests/test_gates.py), the floor, and whether the file is still the
one pinned; with ``--failures``, each check that fails. To move a floor, run
``pytest tests/test_gates.py --update-floors`` (``--allow-lower`` to lower one).

    .venv/bin/python benchmarks/gold.py tests/data/gold/floors.toml [--only claims dates] [--failures]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fogcount.evaluation import gold_sha256, read_floors, score_gold


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("floors", type=Path, help="the floors file (tests/data/gold/floors.toml)")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="these gold sets only")
    parser.add_argument("--failures", action="store_true", help="list the checks that fail")
    args = parser.parse_args(argv)
    if not args.floors.exists():
        print(f"gold.py: {args.floors} does not exist", file=sys.stderr)
        return 2
    floors = read_floors(args.floors)
    unknown = set(args.only or ()) - set(floors)
    if unknown:
        print(f"gold.py: no gold set named {', '.join(sorted(unknown))} in {args.floors}", file=sys.stderr)
        return 2
    print(f"{'gold set':22} {'checks':>6} {'score':>6} {'floor':>6}  gold file")
    below = False
    for name in args.only or sorted(floors):
        floor = floors[name]
        path = args.floors.parent / floor.gold
        score = score_gold(floor.kind, path)
        same = gold_sha256(path) == floor.sha256
        below |= score.score < floor.floor or not same
        print(f"{name:22} {len(score.checks):6d} {score.score:6.3f} {floor.floor:6.3f}  "
              f"{'as pinned' if same else 'CHANGED since pinned'}{'' if score.score >= floor.floor else '  BELOW FLOOR'}")
        if args.failures:
            for check in score.wrong():
                print(f"    {check.case}: {check.what}: expected {check.expected!r}, got {check.got!r}")
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
