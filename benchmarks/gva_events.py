"""Linked events against the Gun Violence Archive's incidents (gva-dev).

gva-dev holds news reports of gun-violence incidents and the Archive's coding
of each incident (its killed and injured, date, place, and the ids of the
reports that tell of it; 1,220 incidents are told by 2-12 outlets). This
ingests every report of the chosen half (``--half``, split by incident with
:func:`fogcount.evaluation.half_of`: a report goes with its incident; the 23
reports of two incidents go wherever either incident goes, and are scored
against the first one of that half) into a fresh store, publication dates
given, and reads the linked events back. Then:

* each report's *main event* is the stored event holding most of its
  killed/injured claims, else most of its claims, else the first that lists
  it (a report with no event has none: a cluster of its own);
* B-cubed precision, recall and F1 of the reports' main events against the
  incidents (per report: of the reports sharing its main event, the share of
  its incident; of its incident's reports, the share sharing its main event);
* per incident, its event is the main event of most of its reports (ties:
  the first report's). killed = the sum over roles of ``people.killed`` best,
  injured likewise, each exact against ``num_killed``/``num_injured``; the
  Archive's date inside the event's dates; the event's place within 25 km of
  the Archive's point; an incident with no event is wrong on every count;
* events per report: each report's own events (before linking), and the
  store's linked events over the reports;
* incidents told by several outlets (reports) that come out as one event
  (every report's main event the same) with both counts right.

Targets (issue 14): B-cubed F1 >= 0.92, killed exact >= 0.85, injured exact
>= 0.80, several-outlet incidents wholly right >= 0.70, events per report
<= 1.5.

    PYTHONPATH=src .venv/bin/python benchmarks/gva_events.py ../shared/data/gva-dev --half study
    ... --limit 100            # the first 100 incidents of the half, for quick runs
    ... --reports /tmp/r.jsonl # keep the extracted reports there, and reuse them
                                # when the file exists (re-links and re-reconciles without
                                # re-extracting: delete it after changes to extraction)
    ... --shuffle 7            # add the reports in a shuffled order (seed 7)
    ... --misses 80 --several  # only the several-outlet incidents not wholly right (study half)
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import random
import sys
import tempfile
from pathlib import Path

from figures import toll_of
from fogcount.evaluation import half_of
from fogcount.gazetteer.query import haversine_km
from fogcount.models import SCHEMA, Event, Report
from fogcount.pipeline import Failure, pipe_states
from fogcount.settings import Settings
from fogcount.stages.reconcile import reconcile
from fogcount.stages.ingest import Record
from fogcount.store import Store

TOLL = ("people.killed", "people.injured")


def load(folder: Path, half: str, limit: int | None) -> tuple[list[dict], dict[str, dict], dict[str, str]]:
    """The half's incidents (in file order, the first ``limit``), the documents
    they cite by id, and each document's incident (the first of the half)."""
    incidents = []
    with (folder / "incidents.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                incident = json.loads(line)
                if half == "all" or half_of("gva-dev", incident["incident_id"]) == half:
                    incidents.append(incident)
    incidents = incidents[:limit] if limit is not None else incidents
    incident_of: dict[str, str] = {}
    for incident in incidents:
        for doc_id in incident["doc_ids"]:
            incident_of.setdefault(doc_id, incident["incident_id"])
    documents: dict[str, dict] = {}
    with (folder / "documents.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                doc = json.loads(line)
                if doc["id"] in incident_of:
                    documents[doc["id"]] = doc
    return incidents, documents, incident_of


def extracted(documents: dict[str, dict], cache: Path | None) -> dict[str, tuple[Report, str]]:
    """Each document's report and its normalised text: read from ``cache``
    when it exists (written by an earlier run), else extracted (and written
    to ``cache`` when given)."""
    if cache is not None and cache.exists():
        out = {}
        with cache.open(encoding="utf-8") as lines:
            for line in lines:
                row = json.loads(line)
                if row["id"] in documents:
                    out[row["id"]] = (refigured(row["report"]), row["text"])
        missing = set(documents) - set(out)
        if missing:
            print(f"gva_events: {cache} lacks {len(missing)} of the documents; delete it to extract again",
                  file=sys.stderr)
            raise SystemExit(2)
        return out
    records = [Record(text=d["text"], origin=d["id"], id=d["id"], title=d.get("title"), url=d.get("url"),
                      published=dt.date.fromisoformat(d["published"]) if d.get("published") else None)
               for d in documents.values()]
    out = {}
    for result in pipe_states(records, settings=Settings()):
        if isinstance(result, Failure):
            print(f"gva_events: {result.origin}: {result.error}", file=sys.stderr)
            continue
        # the text the spans point into: a page read with its headline holds it too
        out[result.report.document.id] = (result.report, result.text)
    if cache is not None:
        with cache.open("w", encoding="utf-8") as handle:
            for doc_id, (report, text) in out.items():
                handle.write(json.dumps({"id": doc_id, "text": text,
                                         "report": report.model_dump(mode="json", by_alias=True)}) + "\n")
    return out


def refigured(data: dict) -> Report:
    """A cached report as this version would make it, as far as linking and
    reconciliation go: its schema this version's, each event's figures
    reconciled again over its claims. (A cache is for re-linking after changes
    to linking and reconciliation; after changes to extraction, delete it.)"""
    data = {**data, "schema": SCHEMA}
    report = Report.model_validate(data)
    settings = Settings()
    by_id = {c.id: c for c in report.claims}
    for event in report.events:
        claims = [by_id[c] for c in event.claims if c in by_id]
        event.figures = reconcile(claims, policy=settings.policy,
                                  discount_partisan=settings.discount_partisan) if claims else []
    return report


def main_events(reports: dict[str, Report], stored_id: dict[str, str], events: list[Event]) -> dict[str, str | None]:
    """Each report's main event id (see the module's docstring)."""
    held: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)  # doc -> event -> claims
    listed: dict[str, str] = {}
    for event in events:
        for claim_id in event.claims:
            held[claim_id.rpartition(":")[0]][event.id] += 1
        for doc in event.documents:
            listed.setdefault(doc, event.id)
    categories = {}
    for doc_id, report in reports.items():
        categories[stored_id[doc_id]] = {c.id: c.category for c in report.claims}
    toll: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for event in events:
        for claim_id in event.claims:
            doc, _, claim = claim_id.rpartition(":")
            if categories.get(doc, {}).get(claim) in TOLL:
                toll[doc][event.id] += 1
    out: dict[str, str | None] = {}
    for doc_id in reports:
        doc = stored_id[doc_id]
        if toll[doc]:
            out[doc_id] = toll[doc].most_common(1)[0][0]
        elif held[doc]:
            out[doc_id] = held[doc].most_common(1)[0][0]
        else:
            out[doc_id] = listed.get(doc)
    return out


def bcubed(gold: dict[str, str], system: dict[str, str | None]) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 of ``system`` clusters against ``gold``
    (item -> cluster); an item with no system cluster is a cluster of its own."""
    system = {item: (cluster if cluster is not None else f"alone:{item}") for item, cluster in system.items()}
    gold_members = collections.defaultdict(set)
    system_members = collections.defaultdict(set)
    for item in system:
        gold_members[gold[item]].add(item)
        system_members[system[item]].add(item)
    precision = recall = 0.0
    for item in system:
        both = len(gold_members[gold[item]] & system_members[system[item]])
        precision += both / len(system_members[system[item]])
        recall += both / len(gold_members[gold[item]])
    n = max(1, len(system))
    precision, recall = precision / n, recall / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="fogcount's linked events against the Gun Violence Archive")
    parser.add_argument("folder", type=Path, help="the gva-dev folder (documents.jsonl, incidents.jsonl)")
    parser.add_argument("--half", choices=("study", "measure", "all"), default="study")
    parser.add_argument("--limit", type=int, default=None, help="the first N incidents of the half")
    parser.add_argument("--reports", type=Path, default=None,
                        help="a JSONL file of extracted reports: reused when it exists, else written")
    parser.add_argument("--shuffle", type=int, default=None, help="add the reports in an order shuffled by this seed")
    parser.add_argument("--db", type=Path, default=None, help="keep the store here (a new file) instead of a temporary one")
    parser.add_argument("--misses", type=int, default=0, help="print this many wrong incidents (study half only)")
    parser.add_argument("--several", action="store_true",
                        help="with --misses: only incidents told by several reports that are not wholly right")
    args = parser.parse_args(argv)
    for name in ("incidents.jsonl", "documents.jsonl"):
        if not (args.folder / name).is_file():
            print(f"gva_events: {args.folder / name} does not exist", file=sys.stderr)
            return 2
    if args.misses and args.half != "study":
        print("gva_events: --misses only on the study half (the measure half is scored, never read)", file=sys.stderr)
        return 2
    incidents, documents, incident_of = load(args.folder, args.half, args.limit)
    done = extracted(documents, args.reports)
    order = [doc_id for doc_id in documents if doc_id in done]
    if args.shuffle is not None:
        random.Random(args.shuffle).shuffle(order)
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or Path(folder) / "gva.db"
        if db.exists():
            print(f"gva_events: {db} exists; the benchmark fills a fresh store", file=sys.stderr)
            return 2
        settings = Settings()
        stored_id: dict[str, str] = {}
        with Store.open(str(db)) as store:
            for doc_id in order:
                report, text = done[doc_id]
                added = store.add(report, policy=settings.policy, discount_partisan=settings.discount_partisan,
                                  text=text)
                stored_id[doc_id] = added.document_id
            events = store.events()
    reports = {doc_id: done[doc_id][0] for doc_id in order}
    by_id = {e.id: e for e in events}
    main = main_events(reports, stored_id, events)
    p, r, f1 = bcubed({d: incident_of[d] for d in reports}, main)

    killed = injured = dated = placed = several = several_right = 0
    misses = []
    for incident in incidents:
        docs = [d for d in incident["doc_ids"] if d in reports]
        mains = [main[d] for d in docs]
        votes = collections.Counter(m for m in mains if m is not None)
        event = by_id[max(votes, key=lambda m: (votes[m], -mains.index(m)))] if votes else None
        right_k = event is not None and toll_of(event, "people.killed") == incident["num_killed"]
        right_i = event is not None and toll_of(event, "people.injured") == incident["num_injured"]
        killed += right_k
        injured += right_i
        date = dt.datetime.strptime(incident["date"], "%B %d, %Y").date()
        if event is not None and event.date_start is not None and event.date_start <= date <= (event.date_end or event.date_start):
            dated += 1
        if (event is not None and event.place is not None and event.place.lat is not None
                and incident.get("lat") is not None
                and haversine_km(event.place.lat, event.place.lon, incident["lat"], incident["lon"]) <= 25):
            placed += 1
        one = len(set(mains)) == 1 and mains[0] is not None
        if len(docs) > 1:
            several += 1
            several_right += one and right_k and right_i
        wrong = not (one and right_k and right_i) if args.several else not (right_k and right_i)
        if (len(docs) > 1 or not args.several) and wrong and len(misses) < args.misses:
            misses.append((incident, event, docs, mains))
    n = max(1, len(incidents))
    own = sum(len(rep.events) for rep in reports.values())
    print(f"half               {args.half}" + (f" (first {args.limit} incidents)" if args.limit else "")
          + (f", shuffled (seed {args.shuffle})" if args.shuffle is not None else ""))
    print(f"incidents          {len(incidents)} ({several} told by several reports)")
    print(f"reports            {len(reports)}")
    print(f"B-cubed P / R / F1 {p:.3f} / {r:.3f} / {f1:.3f}   (target F1 0.92)")
    print(f"killed exact       {killed / n:.3f}   (target 0.85)")
    print(f"injured exact      {injured / n:.3f}   (target 0.80)")
    print(f"date inside        {dated / n:.3f}")
    print(f"place within 25 km {placed / n:.3f}")
    print(f"events per report  {own / max(1, len(reports)):.2f} own, {len(events) / max(1, len(reports)):.2f} linked"
          f" ({len(events)} linked events)   (target 1.5)")
    print(f"several-outlet incidents wholly right {several_right / max(1, several):.3f}   (target 0.70)")
    for incident, event, docs, mains in misses:
        got = (f"{event.id}: killed {toll_of(event, 'people.killed')}, injured {toll_of(event, 'people.injured')}, "
               f"{event.date_start}..{event.date_end}, {event.place.text if event.place else None}"
               if event else "no event")
        print(f"- {incident['incident_id']} {incident['date']} {incident['city_or_county']}: killed "
              f"{incident['num_killed']}, injured {incident['num_injured']}; got {got}; mains {mains}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
