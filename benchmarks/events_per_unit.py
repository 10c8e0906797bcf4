"""Events per unit: how many events fogcount makes of texts that each report one happening.

One happening is one event within a report (the events issue). Each data set
here has units that report one happening each, so the figure to watch is the
number of events per unit, and with it that the toll still reaches an event:

- ``wad``: ``../shared/data/wad-dev/wad_dev.jsonl``, one excerpt one event:
  events per excerpt (target <= 1.1), and the share of excerpts whose largest
  killed figure equals the coder's ``deaths`` where that is a number.
- ``gva``: ``../shared/data/gva-dev/documents.jsonl`` with ``incidents.jsonl``
  beside it: events per report (target <= 1.5), each report on its own (no
  linking: the within-report count; benchmarks/gva_events.py measures linking).
- ``acled``: ``../shared/data/acled-2020-dev/acled_2020_dev.csv``: ACLED rows
  exported per note (target <= 1.05) and the fatalities of the note's event
  (the exported row with the most) exact (target stays >= 0.90), as
  benchmarks/acled_events.py reads them.
- ``article``: one text file (the example article) with ``--published``:
  its events, each with its sentences, type, date, place and killed figures.

Each published data set is split once (``fogcount.evaluation.half_of``);
``--half study|measure|all`` picks the units (wad by excerpt id, gva by
incident id, acled by event id).

    .venv/bin/python benchmarks/events_per_unit.py wad ../shared/data/wad-dev/wad_dev.jsonl --half study [--limit N]
    .venv/bin/python benchmarks/events_per_unit.py gva ../shared/data/gva-dev/documents.jsonl --half study
    .venv/bin/python benchmarks/events_per_unit.py acled ../shared/data/acled-2020-dev/acled_2020_dev.csv --half study
    .venv/bin/python benchmarks/events_per_unit.py article ../shared/samples/fallujah-2016-06.txt --published 2016-06-30
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import io
import json
import sys
from pathlib import Path

from corpus import acled_rows
from figures import toll_of
from fogcount.evaluation import half_of
from fogcount.export import read_acled, write_acled
from fogcount.pipeline import Failure, extract, pipe
from fogcount.settings import Settings
from fogcount.stages.ingest import Record


def _reports(records: list[Record]) -> dict[str, object]:
    return {r.document.id: r for r in pipe(records, settings=Settings()) if not isinstance(r, Failure)}


def _killed(report) -> int:
    """The largest killed best figure of any event (over roles, summed per event)."""
    return max((toll_of(event) for event in report.events), default=0)


def _spread(counts: list[int]) -> str:
    histogram = collections.Counter(min(c, 5) for c in counts)
    return "  ".join(f"{k if k < 5 else '5+'}:{histogram[k]}" for k in sorted(histogram))


def wad(path: Path, half: str, limit: int | None) -> None:
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    rows = [r for r in rows if half == "all" or half_of("wad-dev", r["id"]) == half][:limit]
    reports = _reports([Record(text=r["text"], origin=r["id"], id=r["id"]) for r in rows])
    counts = [len(reports[r["id"]].events) if r["id"] in reports else 0 for r in rows]
    numeric = [r for r in rows if isinstance(r.get("deaths"), int) and r["id"] in reports]
    exact = sum(_killed(reports[r["id"]]) == r["deaths"] for r in numeric)
    n = max(1, len(rows))
    print(f"wad-dev {half}: excerpts {len(rows)}")
    print(f"events per excerpt      {sum(counts) / n:.3f}   (target <= 1.1)")
    print(f"excerpts with 1 event   {sum(c == 1 for c in counts) / n:.3f}   spread {_spread(counts)}")
    print(f"killed exact (numeric)  {exact / max(1, len(numeric)):.3f}   of {len(numeric)}")


def gva(path: Path, half: str, limit: int | None) -> None:
    incidents = path.parent / "incidents.jsonl"
    if not incidents.exists():
        raise SystemExit(f"events_per_unit: {incidents} does not exist (it must be beside {path.name})")
    incident_of = {doc: i["incident_id"] for i in map(json.loads, incidents.open(encoding="utf-8"))
                   for doc in i["doc_ids"]}
    docs = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    docs = [d for d in docs if d["id"] in incident_of
            and (half == "all" or half_of("gva-dev", incident_of[d["id"]]) == half)][:limit]
    records = [Record(text=d["text"], origin=d["id"], id=d["id"], title=d.get("title"),
                      published=dt.date.fromisoformat(d["published"][:10]) if d.get("published") else None)
               for d in docs]
    reports = _reports(records)
    counts = [len(reports[d["id"]].events) if d["id"] in reports else 0 for d in docs]
    n = max(1, len(docs))
    print(f"gva-dev {half}: reports {len(docs)}")
    print(f"events per report       {sum(counts) / n:.3f}   (target <= 1.5)")
    print(f"reports with 1 event    {sum(c == 1 for c in counts) / n:.3f}   spread {_spread(counts)}")


def acled(path: Path, half: str, limit: int | None) -> None:
    rows = [r for r in acled_rows(path, None) if half == "all" or half_of("acled-2020-dev", r["event_id_cnty"]) == half]
    rows = rows[:limit]
    reports = _reports([Record(text=r["notes"], origin=r["event_id_cnty"], id=r["event_id_cnty"]) for r in rows])
    exported_rows = exact = extra = 0
    for row in rows:
        report = reports.get(row["event_id_cnty"])
        out = io.StringIO()
        write_acled([report] if report else [], out)
        exported = read_acled(out.getvalue())
        exported_rows += len(exported)
        extra += len(exported) > 1
        fatalities = max((int(e["fatalities"] or 0) for e in exported), default=None)
        exact += fatalities == int(row["fatalities"] or 0)
    n = max(1, len(rows))
    print(f"acled-2020-dev {half}: notes {len(rows)}")
    print(f"rows per note           {exported_rows / n:.3f}   (target <= 1.05)")
    print(f"notes with extra rows   {extra / n:.3f}")
    print(f"fatalities exact        {exact / n:.3f}   (target >= 0.90)")


def article(path: Path, published: str | None) -> None:
    text = path.read_text(encoding="utf-8")
    report = extract(text, published=published)
    by_id = {c.id: c for c in report.claims}
    print(f"{path.name}: {len(report.events)} events (target <= 6)")
    for event in report.events:
        killed = [by_id[c] for c in event.claims if c in by_id and by_id[c].category == "people.killed"]
        figures = ", ".join(text[c.span[0]:c.span[1]] for c in killed)
        print(f"{event.id} {event.sub_event_type} · {event.date_start} · "
              f"{event.place.text if event.place else '-'} · killed: {figures or '-'}")
        for line in event.why:
            print(f"      {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="events per unit of texts that report one happening each")
    parser.add_argument("kind", choices=("wad", "gva", "acled", "article"))
    parser.add_argument("path", type=Path)
    parser.add_argument("--half", choices=("study", "measure", "all"), default="study")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--published", default=None, help="the article's publication date (article only)")
    args = parser.parse_args(argv)
    if not args.path.exists():
        print(f"events_per_unit: {args.path} does not exist", file=sys.stderr)
        return 2
    if args.kind == "article":
        article(args.path, args.published)
    else:
        {"wad": wad, "gva": gva, "acled": acled}[args.kind](args.path, args.half, args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
