"""The web page under a store of many events: how long the events page takes
to load in a real browser, and what 20 concurrent clients get.

What is measured
----------------
A store of N linked events (default 10,000) of synthetic reports (one short
report of one event each, made by this script, spread over six countries,
five years, the six event types and tolls from 0 to a few thousand; reports
are added until the store has linked them into N events; written once to
--store and reused) is served
by ``fogcount serve`` (``--workers`` processes, default 1) in a separate
process on 127.0.0.1 (a free port).

* page load: Debian's Chromium (Playwright) opens /events in a fresh context
  (nothing cached) and the clock runs until the map has drawn every event of
  the store and the countries (the map element's ``data-ready`` and
  ``data-countries``), i.e. the HTML, the scripts, the 1:50m countries and
  /api/points with every point; ``--loads`` times, median and worst reported,
  three ways: by this script's clock until Playwright sees it (``wall``: what
  the figures before 2026-12-06 are), by the page's own clock from the
  navigation's start (``page``: without the harness's own latency, which grows
  when the page's main thread is busy), and by the page's clock until the
  first-level borders and town labels of the fitted view are drawn too
  (``complete``; the map reads them a tile at a time after its events and
  countries). Target: under 1 s.
* one request at a time, in-process (FastAPI's test client, no network, no
  other client): each path of --paths and /api/points drawn (the first
  request of a query: what a request costs when the store has just changed)
  and kept (the median of 5 more: the page kept for the store's revision).
* load: ``--clients`` (20) threads each send ``--requests`` (10) GET requests
  one after another (closed loop) to each path of --paths (/events,
  /api/events, and the same two with ``{n}`` in the query: every request a
  page of its own, none of them kept), with a 30-second timeout per request
  and a 300-second cap on the whole run; p50, p95, max and errors per path.
  Target: /events p95 under 1 s.

Only 127.0.0.1 is ever addressed; every loop is bounded in count and time.
The synthetic text is the script's own (no dataset is read).

Running it
----------
::

    nice -n 10 .venv/bin/python benchmarks/web.py --store /tmp/web-10k.sqlite [--events 10000] [--clients 20]
        [--requests 10] [--loads 5] [--skip-browser] [--paths /events,/api/events,...] [--workers 1]

With ``--skip-browser`` it measures only the load, and runs against any
fogcount whose app has /events and /api/events (``PYTHONPATH=/path/to/other/src``
serves that one: how the figures before a change were taken).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

COUNTRIES = {  # code: (lat, lon) of the box's south-west corner; boxes 4 by 5 degrees
    "SY": (32.5, 36.0), "IQ": (30.5, 40.5), "YE": (13.0, 43.5), "AF": (31.0, 64.0), "ML": (12.0, -8.0),
    "NG": (8.0, 5.0),
}
TYPES = [("Battles", "Armed clash", "clash"), ("Explosions/Remote violence", "Air/drone strike", "air strike"),
         ("Violence against civilians", "Attack", "attack"), ("Protests", "Peaceful protest", "protest"),
         ("Riots", "Violent demonstration", "riot"), ("Strategic developments", "Arrests", "arrest")]


def synthetic_report(number: int, rng: random.Random):
    """One short report of one event: "<Action> killed K people in Town N, the mayor said."."""
    from fogcount.models import Claim, Document, Event, Figure, PlaceRef, Report, Source, Subject, TimeRef, Value

    country = list(COUNTRIES)[number % len(COUNTRIES)]
    south, west = COUNTRIES[country]
    event_type, sub_type, action = TYPES[rng.randrange(len(TYPES))]
    killed = int(rng.paretovariate(1.2)) - 1 if rng.random() < 0.85 else None
    day = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(5 * 365))
    place = PlaceRef(text=f"Town {number}", name=f"Town {number}", lat=round(south + 4 * rng.random(), 4),
                     lon=round(west + 5 * rng.random(), 4), precision=3, country=country, admin1=f"Province {number % 14}")
    sentence = (f"The {action} killed {killed} people in Town {number}, the mayor said." if killed is not None
                else f"There was an {action} in Town {number}, the mayor said.")
    text = sentence
    claims = []
    if killed is not None:
        written = f"{killed} people"
        at = text.index(written)
        claims.append(Claim(id="c1", sentence=sentence, span=(at, at + len(written)), category="people.killed",
                            value=Value(text=written, low=killed, high=killed), subject=Subject(text="people"),
                            source=Source(speaker="the mayor", kind="government", origin=f"mayor {number}"),
                            time=TimeRef(start=day, end=day, precision="day"), place=place, event="e1"))
    figures = [Figure(category="people.killed", low=killed, best=killed, high=killed, claims=["c1"],
                      best_claims=["c1"], independent_sources=1)] if killed is not None else []
    event = Event(id="e1", event_type=event_type, sub_event_type=sub_type, action=action, date_start=day,
                  date_end=day, place=place, claims=[c.id for c in claims], sentence=sentence, figures=figures,
                  actors=[f"Group {number}"])
    return Report(document=Document(id=f"synthetic-{number}", sha256=hashlib.sha256(text.encode() + str(number).encode()).hexdigest(),
                                    title=f"{action.title()} in Town {number}", outlet=f"Wire {number % 7}",
                                    published=day + dt.timedelta(days=1)),
                  places=[place.model_copy(update={"span": (text.index(place.text), text.index(place.text) + len(place.text))})],
                  claims=claims, events=[event])


def build_store(path: Path, events: int) -> None:
    """A store of at least ``events`` linked events at ``path``, of synthetic reports (a report may join
    another's event, as the store links them: reports are added until there are that many events); kept when it
    holds that many already."""
    from fogcount.store import Store

    store = Store.open(str(path))
    try:
        rng = random.Random(18)  # the same reports in the same order every time: a rerun goes on where one stopped
        have, number, started = store.counts()["documents"], 0, time.monotonic()
        while store.counts()["events"] < events:
            for _ in range(500):
                number += 1
                report = synthetic_report(number, rng)
                if number > have:
                    store.add(report)
        print(f"store {path}: {store.counts()['documents']:,} reports, {store.counts()['events']:,} events "
              f"({time.monotonic() - started:.0f} s to build)", file=sys.stderr)
    finally:
        store.close()


def serve(path: Path, workers: int = 1) -> tuple[subprocess.Popen, str]:
    """``fogcount serve`` over the store on a free port of 127.0.0.1 (``--workers`` only where more than 1: a
    fogcount from before the option serves with one)."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "fogcount", "serve", "--db", str(path), "--port", str(port)]
    process = subprocess.Popen(command + (["--workers", str(workers)] if workers > 1 else []), env=os.environ.copy(),
                               stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/api/openapi.json", timeout=2).status_code == 200:
                return process, base
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("web benchmark: the server did not start")


MARKS = """
window.__fogcountMarks = {};
document.addEventListener("DOMContentLoaded", function () {
  var element = document.querySelector("[data-map]");
  if (!element) return;
  new MutationObserver(function (changes) {
    changes.forEach(function (change) {
      if (!(change.attributeName in window.__fogcountMarks)) window.__fogcountMarks[change.attributeName] = performance.now();
    });
  }).observe(element, {attributes: true});
});
"""


def page_loads(base: str, loads: int, expected: int) -> list[dict[str, float]]:
    """Per fresh browser context (no cache): seconds from navigating to /events to the map holding every
    event and the countries, by this script's clock (``wall``: until Playwright sees it) and by the page's own
    (``page``: from the navigation's start to the moment the map set its last mark), and by the page's clock
    again until the borders and towns of the fitted view are drawn too (``complete``, where the map draws them
    a tile at a time: data-basemap-drawn)."""
    from playwright.sync_api import sync_playwright

    times = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium",
                                             args=["--headless", "--no-sandbox", "--disable-gpu"])
        try:
            for _ in range(loads + 1):  # the first warms the server (and the OS's file cache): not counted
                context = browser.new_context(viewport={"width": 1300, "height": 900})
                context.add_init_script(MARKS)
                page = context.new_page()
                started = time.monotonic()
                page.goto(base + "/events")
                page.wait_for_selector("[data-map][data-ready][data-countries]", timeout=30_000)
                wall = time.monotonic() - started
                drawn = int(page.locator("[data-map]").get_attribute("data-events"))
                if drawn != expected:
                    raise SystemExit(f"web benchmark: the map drew {drawn:,} events, not {expected:,}")
                tiled = page.locator("[data-map][data-basemap]").count() > 0
                if tiled:
                    page.wait_for_selector("[data-map][data-basemap-drawn]", timeout=30_000)
                marks = page.evaluate("window.__fogcountMarks")
                times.append({"wall": wall, "page": max(marks["data-ready"], marks["data-countries"]) / 1000,
                              "complete": marks["data-basemap-drawn"] / 1000 if tiled else None})
                context.close()
        finally:
            browser.close()
    return times[1:]


def in_process(path: Path, paths: list[str]) -> dict[str, tuple[float, float]]:
    """Per path (``{n}`` as 1): seconds of its first request in a fresh app (drawn) and the median of 5 more
    (kept), one at a time, in this process."""
    from fastapi.testclient import TestClient

    from fogcount.store import Store
    from fogcount.web import create_app

    store = Store.open(str(path), create=False)
    try:
        client = TestClient(create_app(store), headers={"accept-encoding": "gzip"})
        client.get("/api/openapi.json")  # the app's own start-up, not a page's
        results = {}
        for shown in paths:
            url = shown.replace("{n}", "1")
            started = time.perf_counter()
            client.get(url).raise_for_status()
            drawn = time.perf_counter() - started
            kept = []
            for _ in range(5):
                started = time.perf_counter()
                client.get(url).raise_for_status()
                kept.append(time.perf_counter() - started)
            results[shown] = (drawn, statistics.median(kept))
        return results
    finally:
        store.close()


def load(base: str, paths: list[str], clients: int, requests: int, cap: float = 300.0) -> dict[str, dict]:
    """Per path: latencies (s) of ``clients`` concurrent closed-loop clients of ``requests`` requests each
    (``{n}`` in a path: the request's number, 1 to clients x requests, so that no two ask for the same)."""
    import httpx

    results = {}
    for path in paths:
        latencies: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()
        stop = time.monotonic() + cap
        numbers = iter(range(1, clients * requests + 1))

        def client():
            with httpx.Client(base_url=base, timeout=30, headers={"accept-encoding": "gzip"}) as http:
                for _ in range(requests):
                    if time.monotonic() > stop:
                        return
                    with lock:
                        url = path.replace("{n}", str(next(numbers)))
                    started = time.monotonic()
                    try:
                        answer = http.get(url)
                        answer.raise_for_status()
                    except httpx.HTTPError as exc:
                        with lock:
                            errors.append(type(exc).__name__)
                        continue
                    with lock:
                        latencies.append(time.monotonic() - started)

        started = time.monotonic()
        threads = [threading.Thread(target=client) for _ in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.monotonic() - started
        latencies.sort()
        results[path] = {"n": len(latencies), "errors": len(errors), "wall": wall,
                         "p50": statistics.median(latencies) if latencies else None,
                         "p95": latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))] if latencies else None,
                         "max": latencies[-1] if latencies else None}
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True, help="SQLite store to build (or reuse) and serve")
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=10, help="requests per client and path")
    parser.add_argument("--paths", default="/events,/api/events,/events?page={n},/api/events?offset={n}",
                        help="paths to load; {n}: each request's own number (a page of its own, not kept)")
    parser.add_argument("--loads", type=int, default=5, help="page loads in the browser")
    parser.add_argument("--skip-browser", action="store_true")
    parser.add_argument("--workers", type=int, default=1, help="server processes (fogcount serve --workers)")
    args = parser.parse_args(argv)
    if not 1 <= args.clients <= 100 or not 1 <= args.requests <= 100:
        parser.error("--clients and --requests: 1 to 100")
    build_store(args.store, args.events)
    from fogcount.store import Store

    store = Store.open(str(args.store), create=False)
    events = store.counts()["events"]
    placed = None if args.skip_browser else len(store.event_points(placed=True))
    store.close()
    print(f"store: {args.store} ({events:,} events); load average {os.getloadavg()[0]:.2f}")
    paths = args.paths.split(",")
    for path, (drawn, kept) in in_process(args.store, paths + ["/api/points"]).items():
        print(f"{path}: one request in-process: drawn {drawn * 1000:.0f} ms, kept {kept * 1000:.1f} ms")
    process, base = serve(args.store, args.workers)
    try:
        if not args.skip_browser:
            if not Path("/usr/bin/chromium").exists():
                print("page load: /usr/bin/chromium is absent (Debian's chromium): skipped", file=sys.stderr)
            else:
                loads = page_loads(base, args.loads, placed)
                for name, what in (("wall", "to the map with every event and the countries, as the script sees it"),
                                   ("page", "the same by the page's clock (from the navigation's start)"),
                                   ("complete", "by the page's clock until the view's borders and towns are drawn too")):
                    times = [load[name] for load in loads if load[name] is not None]
                    if times:
                        print(f"page load /events, {what}: median {statistics.median(times):.2f} s, worst "
                              f"{max(times):.2f} s over {len(times)} fresh loads (target: under 1 s)")
        for path, r in load(base, paths, args.clients, args.requests).items():
            if r["n"] == 0:
                print(f"{path}: no answer ({r['errors']} errors)")
                continue
            print(f"{path}: {args.clients} clients x {args.requests}: p50 {r['p50']:.2f} s, p95 {r['p95']:.2f} s, "
                  f"max {r['max']:.2f} s, {r['errors']} errors, {r['n'] / r['wall']:.1f} requests/s")
        print(f"load average after: {os.getloadavg()[0]:.2f}")
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:  # still busy with the requests the clients gave up on
            process.kill()
            process.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
