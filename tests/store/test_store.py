"""The store (issue 7): reports in and out as the same contract, once per text,
events linked on arrival and reconciled over all their claims, atomic adds,
migrations equal to the tables; and ``fogcount events`` reading it out. Every
test that takes ``store`` or ``db`` runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import json

import pytest

import fogcount
from fogcount.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from fogcount.errors import StoreError
from fogcount.store import Store

PUBLISHED = dt.date(2020, 3, 5)  # a Thursday: "Wednesday" is 4 March
# Four reports of one air strike (two outlets repeating one monitor's figure, a
# rescue group's higher figure with the army's figure for fighters) and a second
# strike 300 km away. Written for this test; the events are invented.
TEXTS = {
    "outlet-a": "The Syrian Observatory for Human Rights said an air strike killed 12 civilians in "
                "Maarat al-Numan on Wednesday.",
    "outlet-b": "Twelve civilians were killed in Maarat al-Numan on Wednesday when warplanes struck the town, "
                "according to the Syrian Observatory for Human Rights.",
    "rescue": "The White Helmets said 19 civilians were killed in Wednesday's air strike on Maarat al-Numan. "
              "The Syrian army said it killed 30 terrorists in Maarat al-Numan on Wednesday.",
    "second": "The Syrian Observatory for Human Rights said 7 civilians were killed in a separate air strike "
              "on Deir ez-Zor on Wednesday.",
}


@pytest.fixture(scope="module")
def reports() -> dict[str, fogcount.Report]:
    return {key: fogcount.extract(text, published=PUBLISHED, id=key) for key, text in TEXTS.items()}


def _figure(event, role):
    found = [f for f in event.figures if f.category == "people.killed" and f.role == role]
    assert len(found) == 1, event.figures
    return found[0]


def _strike_and_second(store):
    events = store.events()
    assert len(events) == 2, [(e.id, e.documents) for e in events]
    strike = next(e for e in events if "outlet-a" in e.documents)
    second = next(e for e in events if "second" in e.documents)
    return strike, second


# ---------------------------------------------------------------- linking on arrival


def test_four_reports_one_toll_from_two_origins(store, reports):
    results = [store.add(reports[key], policy="conservative") for key in TEXTS]
    assert [(r.document_id, r.new, r.events_new, r.events_updated) for r in results] == [
        ("outlet-a", True, 1, 0), ("outlet-b", True, 0, 1), ("rescue", True, 0, 1), ("second", True, 1, 0)]
    strike, second = _strike_and_second(store)
    assert strike.documents == ["outlet-a", "outlet-b", "rescue"]
    civilians = _figure(strike, "civilian")
    assert sorted(civilians.claims) == ["outlet-a:c1", "outlet-b:c1", "rescue:c1"]
    assert civilians.independent_sources == 2  # the two outlets repeat one monitor
    assert (civilians.low, civilians.high) == (12, 19)
    assert sorted(civilians.low_claims) == ["outlet-a:c1", "outlet-b:c1"] and civilians.high_claims == ["rescue:c1"]
    assert civilians.policy == "conservative"
    fighters = _figure(strike, "combatant")  # the government's figure stays apart
    assert (fighters.low, fighters.high, fighters.claims) == (30, 30, ["rescue:c2"])
    assert second.documents == ["second"] and second.place.country == "SY"
    assert (_figure(second, "civilian").best, _figure(second, "civilian").claims) == (7, ["second:c1"])


def test_order_of_arrival_does_not_change_the_events(store, reports):
    for key in reversed(list(TEXTS)):
        store.add(reports[key])
    strike, second = _strike_and_second(store)
    civilians = _figure(strike, "civilian")
    assert sorted(strike.documents) == ["outlet-a", "outlet-b", "rescue"] and second.documents == ["second"]
    assert (civilians.high, civilians.independent_sources, civilians.policy) == (19, 2, "ucdp")
    assert sorted(civilians.claims) == ["outlet-a:c1", "outlet-b:c1", "rescue:c1"]


def _hand_report(id, day, place, action, killed, published):
    """A report by hand: one event on 2020-05-<day> (None: undated) at ``place``
    (Columbus, Hilltop 6 km from it, Delaware 38 km north), with ``killed``."""
    import datetime as dt

    from fogcount.models import Document, Event, Figure, PlaceRef, Report

    where = {"columbus": (39.96, -83.00), "hilltop": (39.95, -83.07), "delaware": (40.30, -83.07)}[place]
    figures = [Figure(category="people.killed", role="civilian", low=killed, best=killed, high=killed)] if killed else []
    start = dt.date(2020, 5, day) if day else None
    event = Event(id="e1", action=action, date_start=start, date_end=start, figures=figures, documents=[id],
                  place=PlaceRef(text=place.title(), lat=where[0], lon=where[1], precision=1, country="US"))
    return Report(document=Document(id=id, sha256=id * 8, published=dt.date(2020, 5, published)), events=[event])


_HAND = [("h1", 4, "columbus", "attack", 1, 5), ("h2", None, "hilltop", "attack", None, 5),
         ("h3", 4, "columbus", "attack", 40, 5), ("h4", 4, "delaware", "attack", 3, 6),
         ("h5", None, "delaware", "attack", 3, 6), ("h6", 9, "columbus", "attack", 2, 10)]


@pytest.mark.parametrize("seed", range(4))
def test_any_order_of_arrival_gives_the_same_linked_events(tmp_path, seed):
    """The stored linked events are the same whatever order the reports come in
    (an undated report joins by its window; 1 killed and 40 killed stay apart)."""
    import random

    from fogcount.store import Store

    def shown(events):
        return sorted((e.documents, str(e.date_start), str(e.date_end), e.place.text, e.dated_by,
                       [(link.document, link.joins, link.reasons) for link in e.links]) for e in events)

    results = []
    for order in (list(_HAND), random.Random(seed).sample(_HAND, len(_HAND))):
        with Store.open(str(tmp_path / f"{len(results)}.db")) as store:
            for row in order:
                store.add(_hand_report(*row))
            results.append(shown(store.events()))
    assert results[0] == results[1]
    assert [r[0] for r in results[0]] == [["h1", "h2"], ["h3"], ["h4", "h5"], ["h6"]]


@pytest.mark.parametrize("order", [(0, 1, 2), (0, 2, 1), (2, 0, 1), (1, 2, 0)])
def test_the_linked_events_a_new_reports_matches_reach_are_clustered_again_too(tmp_path, order):
    """A report of two shootings (Hilltop on the 5th, Columbus on the 4th, one
    killed each), another outlet's Columbus shooting of the 5th (which fits
    either) and an earlier report of a Hilltop killing on the 3rd (which fits
    only the 4th): the earlier report, arriving last, changes which of the two
    the other outlet joins, though it matches none of its members. The same
    linked events as all at once, in any order."""
    from fogcount.stages.link import link_events
    from fogcount.store import Store

    two = _hand_report("r0", 5, "hilltop", "attack", 1, 5)
    two.events.append(_hand_report("r0", 4, "columbus", "attack", 1, 5).events[0].model_copy(update={"id": "e2"}))
    reports = [two, _hand_report("r1", 5, "columbus", "attack", 1, 5), _hand_report("r2", 3, "hilltop", "attack", 1, 4)]

    def groups(events):
        return sorted(sorted((link.document, link.event) for link in e.links) for e in events)

    with Store.open(str(tmp_path / "s.db")) as store:
        for i in order:
            store.add(reports[i].model_copy(deep=True))
        stored = groups(store.events())
    assert stored == groups(link_events(reports)) == [[("r0", "e1")], [("r0", "e2"), ("r1", "e1"), ("r2", "e1")]]


def test_a_towns_daily_reports_are_not_all_clustered_again_at_every_report(tmp_path, monkeypatch):
    """Forty daily reports of shelling in one town, each matching the next
    day's (each linked event spans at most a week): a new report clusters
    again the linked events around its day, not the whole chain."""
    import datetime as dt

    from fogcount.models import Document, Event, Figure, PlaceRef, Report
    from fogcount.store import Store
    from fogcount.store import store as store_module

    def daily(i):
        day = dt.date(2020, 1, 1) + dt.timedelta(days=i)
        event = Event(id="e1", action="shelling", date_start=day, date_end=day, documents=[f"d{i}"],
                      figures=[Figure(category="people.killed", role="civilian", low=1, best=1, high=1)],
                      place=PlaceRef(text="Columbus", name="Columbus", lat=39.96, lon=-83.0, precision=1,
                                     country="US", admin1="Ohio"))
        return Report(document=Document(id=f"d{i}", sha256=f"{i:064d}", published=day), events=[event])

    sizes = []
    clustered = store_module.cluster
    monkeypatch.setattr(store_module, "cluster", lambda members: sizes.append(len(members)) or clustered(members))
    with Store.open(str(tmp_path / "daily.db")) as store:
        for i in range(40):
            store.add(daily(i))
        assert len(store.events()) == 6  # a week each (the last five days: a sixth)
    assert max(sizes) <= 25


def test_a_stored_reports_places_say_its_events_place_is_an_outlier(store):
    """A report whose event the map placed in another state ("Home", Washington)
    while its other places, named more often, are in Columbus links with a
    Columbus report of that day, whichever comes first: the stored report's
    places are read back."""
    from fogcount.models import PlaceRef

    home = PlaceRef(text="Home", name="Home", lat=47.27, lon=-122.76, precision=1, country="US", admin1="Washington")
    columbus = PlaceRef(text="Columbus", name="Columbus", lat=39.96, lon=-83.00, precision=1, country="US",
                        admin1="Ohio", span=(0, 8))
    outlier = _hand_report("o1", 4, "columbus", "attack", 2, 5)
    outlier.events[0].place = home
    outlier.places = [home.model_copy(update={"span": (20, 24)}), columbus, columbus.model_copy(update={"span": (30, 38)})]
    city = _hand_report("c1", 4, "columbus", "attack", 2, 5)
    city.events[0].place = columbus
    store.add(outlier)
    store.add(city)
    [event] = store.events()
    assert sorted(event.documents) == ["c1", "o1"]
    assert any("far from its report's other places" in r for link in event.links for r in link.reasons)


@pytest.mark.parametrize("order", [(0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0)])
def test_a_report_naming_only_a_town_elsewhere_stays_apart_through_a_third_in_the_store(tmp_path, order):
    """A Columbus shooting, an unplaced report of the same day and toll that
    names only a town of another state (read back from the store with its
    places), and a third report that names no town: the third ties to both,
    but the one placed elsewhere never joins the Columbus event, in every
    order of arrival, as with all at once."""
    from fogcount.models import PlaceRef
    from fogcount.stages.link import link_events
    from fogcount.store import Store

    shooting = _hand_report("p1", 4, "columbus", "attack", 1, 5)
    shooting.places = [shooting.events[0].place]
    elsewhere = _hand_report("p2", 4, "columbus", "attack", 1, 5)
    elsewhere.events[0].place = None
    elsewhere.places = [PlaceRef(text="Macon", name="Macon", lat=32.84, lon=-83.63, precision=1, country="US",
                                 admin1="Georgia", span=(0, 5))]
    silent = _hand_report("p3", 4, "columbus", "attack", 1, 5)
    silent.events[0].place = None
    reports = [shooting, elsewhere, silent]

    def groups(events):
        return sorted(sorted(e.documents) for e in events)

    with Store.open(str(tmp_path / "e.db")) as store:
        for i in order:
            store.add(reports[i].model_copy(deep=True))
        stored = groups(store.events())
    assert stored == groups(link_events(reports)) and ["p2"] in stored


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)])
def test_a_follow_up_naming_the_victim_weeks_later_joins_the_stored_event(tmp_path, order):
    """An arrest report published weeks after the shooting names the victim
    that one of the shooting's reports names: it joins the linked event,
    whichever comes first (the store reads stored members naming a person the
    new report names from the wider reach); the event keeps the shooting's day."""
    from fogcount.store import Store

    shooting = _hand_report("s1", 4, "columbus", "attack", 1, 5)
    shooting.events[0].people = ["jane roe"]
    unnamed = _hand_report("s2", 4, "hilltop", "attack", 1, 5)
    arrest = _hand_report("s3", 28, "columbus", "arrest", 1, 29)
    arrest.events[0].people = ["mark smith", "jane roe"]
    reports = [shooting, unnamed, arrest]
    with Store.open(str(tmp_path / "f.db")) as store:
        for i in order:
            store.add(reports[i])
        [event] = store.events()
    assert event.documents == ["s1", "s2", "s3"] and (event.date_start.day, event.date_end.day) == (4, 4)
    assert event.people == ["jane roe", "mark smith"]


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_court_report_on_or_before_a_day_joins_the_stored_shooting_in_either_order(tmp_path, order):
    """A court report dated only "on or before" May 20 (``Event.date_qualifier``) with the shooting's
    place and whole toll (killed and injured) joins the shooting of May 4 whichever is stored first: the
    store reads stored members dated "on or before" up to ``bound_days`` after a new report's events.
    The event keeps the shooting's day."""
    from fogcount.models import Figure

    shooting = _hand_report("s1", 4, "columbus", "attack", 2, 5)
    court = _hand_report("s2", 20, "columbus", "attack", 2, 20)
    for report in (shooting, court):
        report.events[0].figures.append(Figure(category="people.injured", low=3, best=3, high=3))
    court.events[0].date_qualifier = "on or before"
    reports = [shooting, court]
    with Store.open(str(tmp_path / "f.db")) as store:
        for i in order:
            store.add(reports[i])
        [event] = store.events()
    assert event.documents == ["s1", "s2"] and (event.date_start.day, event.date_end.day) == (4, 4)


def test_the_store_reads_ahead_only_members_dated_on_or_before(tmp_path):
    """The reach of ``bound_days`` after a new report's events is read for stored members dated "on or
    before" a day only: a member of May 20 with no qualifier is no candidate of a report of May 4
    (one of May 21 "on or before" is)."""
    from fogcount.stages.link import member
    from fogcount.store.store import _Adding

    later = _hand_report("s2", 20, "delaware", "attack", 40, 20)  # (not linked with s3)
    bound = _hand_report("s3", 21, "columbus", "attack", 2, 21)
    bound.events[0].date_qualifier = "on or before"
    new = _hand_report("s1", 4, "columbus", "attack", 2, 5)
    with Store.open(str(tmp_path / "f.db")) as store:
        store.add(later)
        store.add(bound)
        with store.engine.connect() as conn:
            adding = _Adding(conn, new, "latest", False)
            adding.doc_pk = -1
            found = adding._stored_members([member(new.events[0], "s1", new.document.published, 0)])
    assert sorted(m.document for m in found) == ["s3"]


def test_a_follow_up_naming_an_accented_victim_joins_on_every_backend(store):
    """The far candidates are found by the name as the extra column's JSON
    writes it ("jos\\u00e9"): on PostgreSQL a backslash is LIKE's escape, so it
    must be escaped (as "_" and "%" are) for the follow-up to be found at all."""
    shooting = _hand_report("s1", 4, "columbus", "attack", 1, 5)
    shooting.events[0].people = ["josé núñez"]
    arrest = _hand_report("s3", 28, "columbus", "arrest", 1, 29)
    arrest.events[0].people = ["josé núñez"]
    store.add(shooting)
    store.add(arrest)
    assert [sorted(e.documents) for e in store.events()] == [["s1", "s3"]]


def test_a_follow_up_does_not_split_a_later_report_of_the_shooting_from_it(tmp_path):
    """The shooting (May 4, naming the victim) and a report of it naming nobody
    published May 29 are one stored event; the arrest (May 28, naming the
    victim) joins them, it does not take the shooting away from that report."""
    from fogcount.store import Store

    shooting = _hand_report("s1", 4, "columbus", "attack", 1, 4)
    shooting.events[0].people = ["jane roe"]
    late = _hand_report("s2", 5, "columbus", "attack", 1, 29)
    arrest = _hand_report("s3", 28, "columbus", "arrest", 1, 28)
    arrest.events[0].people = ["jane roe"]
    with Store.open(str(tmp_path / "f.db")) as store:
        store.add(shooting)
        store.add(late)
        store.add(arrest)
        [event] = store.events()
    assert sorted(event.documents) == ["s1", "s2", "s3"]


def test_writers_in_parallel_give_the_same_events(store, reports):
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        results = list(pool.map(store.add, reports.values()))
    assert all(r.new for r in results)
    assert sum(r.events_new for r in results) == 2
    strike, _ = _strike_and_second(store)
    assert _figure(strike, "civilian").independent_sources == 2


# ---------------------------------------------------------------- once per text, versions


def test_the_same_text_again_changes_nothing(store, reports):
    first = store.add(reports["outlet-a"])
    before = store.counts()
    again = store.add(reports["outlet-a"])
    assert (again.document_id, again.new, again.events_new, again.events_updated) == ("outlet-a", False, 0, 0)
    assert store.counts() == before and before["documents"] == 1 and first.new
    assert store.known(reports["outlet-a"].document.sha256) and not store.known("0" * 64)


def test_the_revision_moves_on_with_every_change_and_only_then(store, reports):
    assert store.revision() == 0
    store.add(reports["outlet-a"])
    first = store.revision()
    store.add(reports["outlet-a"])  # the same text again: nothing changed
    assert store.revision() == first > 0
    store.add(reports["outlet-b"])  # joins the stored event: its figures change
    assert store.revision() > first


def test_the_revision_moves_on_a_write_that_stores_no_new_document(store, reports):
    """A known text given again under another id records that id (no document row): the revision moves all the
    same (the documents' largest key, the revision before, did not)."""
    store.add(reports["outlet-a"])
    before = store.revision()
    again = fogcount.extract(TEXTS["outlet-a"], published=PUBLISHED, id="outlet-a-again")
    assert store.add(again).alias == "outlet-a-again"
    assert store.revision() == before + 1


def test_the_revision_moves_with_every_write_of_writers_in_parallel(store, reports):
    """Four writers at once and a reader: the revision the reader sees never goes back, each writer finds it moved
    once its write is done, and it ends one step per write further on."""
    import threading

    start, seen, stop = store.revision(), [], threading.Event()

    def read():
        while not stop.is_set():
            seen.append(store.revision())

    def write(report):
        before = store.revision()
        store.add(report)
        return before, store.revision()

    reader = threading.Thread(target=read)
    reader.start()
    try:
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            moved = list(pool.map(write, reports.values()))
    finally:
        stop.set()
        reader.join()
    assert all(after > before for before, after in moved)
    assert seen == sorted(seen) and store.revision() == start + len(reports)


def test_a_new_version_of_a_url_points_to_the_old(store):
    url = "https://example.org/strike"
    old = fogcount.extract(TEXTS["outlet-a"], published=PUBLISHED, url=url)
    new = fogcount.extract(TEXTS["outlet-a"] + " The toll later rose to 15.", published=PUBLISHED, url=url)
    assert store.add(old).new and store.add(new).new
    newest, oldest = store.documents()
    assert (newest.id, newest.previous, oldest.previous) == (new.document.id, old.document.id, None)
    assert store.document(new.document.id).previous == old.document.id
    assert store.documents(limit=1) == [newest]


def test_an_id_another_text_has_gets_the_hash(store):
    one = fogcount.extract(TEXTS["outlet-a"], published=PUBLISHED, id="same")
    other = fogcount.extract(TEXTS["second"], published=PUBLISHED, id="same")
    assert store.add(one).document_id == "same"
    second_id = store.add(other).document_id
    assert second_id == f"same@{other.document.sha256[:12]}"
    assert store.report(second_id).document.id == second_id
    assert [e.claims for e in store.events() if second_id in e.documents] == [[f"{second_id}:c1"]]


# ---------------------------------------------------------------- the same contract back


def test_what_goes_in_comes_out(store, reports):
    for report in reports.values():
        store.add(report)
    for key, report in reports.items():
        back = store.report(key)
        assert back == report
        assert back.to_json() == report.to_json()
    assert store.report("no-such-document") is None


def test_a_stored_events_claims_are_document_qualified(store, reports):
    for report in reports.values():
        store.add(report)
    strike, _ = _strike_and_second(store)
    claims = store.claims(strike.id)
    assert [c.id for c in claims] == strike.claims == ["outlet-a:c1", "outlet-b:c1", "rescue:c1", "rescue:c2"]
    assert {c.event for c in claims} == {strike.id}
    assert claims[2].source.speaker == "The White Helmets" and claims[2].value.low == 19
    assert store.event(strike.id) == strike
    assert store.event("E999999") is None and store.event("e1") is None and store.claims("nonsense") == []


def test_events_are_filtered_by_date_country_type_and_words(store, reports):
    for report in reports.values():
        store.add(report)
    strike, second = _strike_and_second(store)
    ids = lambda **kw: sorted(e.id for e in store.events(**kw))  # noqa: E731
    both = sorted([strike.id, second.id])
    assert ids(since=dt.date(2020, 3, 4), until=dt.date(2020, 3, 4)) == both
    assert ids(since=dt.date(2020, 3, 5)) == [] and ids(until=dt.date(2020, 3, 3)) == []
    assert ids(country="sy") == both and ids(country="IQ") == []
    assert ids(event_type="explosions/remote violence") == both and ids(event_type="Battles") == []
    assert ids(words="Deir") == [second.id] and ids(words="white helmets") == [strike.id]


def test_facets_are_the_countries_and_types_of_the_events(store, reports):
    assert store.facets() == {"countries": [], "types": []}
    for report in reports.values():
        store.add(report)
    events = store.events()
    assert store.facets() == {"countries": sorted({e.place.country for e in events if e.place and e.place.country}),
                              "types": sorted({e.event_type for e in events if e.event_type})}
    assert store.facets() == {"countries": ["SY"], "types": ["Explosions/Remote violence"]}


def test_the_words_filter_takes_percent_and_underscore_literally(store, reports):
    share = fogcount.extract("An air strike killed 40 civilians in Aleppo on Wednesday, 50% of them children, "
                             "the Syrian Observatory for Human Rights said.", published=PUBLISHED, id="share")
    store.add(share)
    store.add(reports["second"])
    [aleppo] = [e.id for e in store.events() if "share" in e.documents]
    ids = lambda words: sorted(e.id for e in store.events(words=words))  # noqa: E731
    assert ids("50%") == [aleppo] and ids("%") == [aleppo]  # not every event, as a bare LIKE '%%%' would be
    assert ids("_") == [] and ids("4_") == [] and ids("Deir_ez") == []  # '_' is no wildcard


def test_a_page_of_events_is_read_in_sql_newest_first_with_the_total(store, reports):
    for report in reports.values():
        store.add(report)
    strike, second = _strike_and_second(store)
    total, first = store.events_page(limit=1)
    assert total == 2 and [e.model_dump() for e in first] == [store.event(second.id).model_dump()]  # same day: newest id
    assert [e.id for e in store.events_page(limit=1, offset=1)[1]] == [strike.id]
    assert store.events_page(limit=5, offset=2) == (2, [])
    assert store.events_page(limit=5, words="Deir") == (1, [store.event(second.id)])


def test_event_points_and_counts_follow_the_filters(store, reports):
    for report in reports.values():
        store.add(report)
    strike, second = _strike_and_second(store)
    points = {p.id: p for p in store.event_points()}
    assert set(points) == {strike.id, second.id}
    point = points[strike.id]
    assert (point.lat, point.lon, point.country) == (strike.place.lat, strike.place.lon, strike.place.country)
    assert point.place_text == strike.place.text and point.place_name == strike.place.name
    assert point.killed == max(f.best for f in strike.figures if f.category == "people.killed")  # civilians 12..19
    assert point.date_start == strike.date_start and point.event_type == strike.event_type
    assert [p.id for p in store.event_points(words="Deir")] == [second.id]
    assert len(store.event_points(limit=1)) == 1 and store.event_points(placed=True, country="IQ") == []
    assert store.event_counts() == {"events": 2, "placed": 2, "dated": 2}
    assert store.event_counts(words="Deir") == {"events": 1, "placed": 1, "dated": 1}
    # the timeline's counts: every dated event, by type and first day (here both strikes on one day, one type)
    assert store.event_days() == [(strike.event_type, strike.date_start, 2)] and strike.date_start == second.date_start
    assert store.event_days(words="Deir") == [(second.event_type, second.date_start, 1)]
    assert store.event_days(since=strike.date_start + dt.timedelta(days=1)) == []


def test_the_words_filter_finds_a_place_by_the_texts_spelling_or_the_gazetteers(store, reports):
    store.add(reports["second"])
    [event] = store.events()
    assert event.place.text and event.place.name
    for spelling in {event.place.text, event.place.name}:
        assert [e.id for e in store.events(words=spelling)] == [event.id]


def test_a_documents_events_name_the_linked_events_they_joined(store, reports):
    store.add(reports["outlet-a"])
    store.add(reports["outlet-b"])
    [event] = store.events()
    assert store.linked_events("outlet-b") == {"e1": event.id}
    assert store.linked_events("nothing") == {}


def test_the_speakers_of_events_are_those_of_their_claims(store, reports):
    for report in reports.values():
        store.add(report)
    strike, second = _strike_and_second(store)
    found = store.speakers_of([strike.id, second.id, "E999999", "nonsense"])
    for event in (strike, second):
        assert found[event.id] == list(dict.fromkeys(c.source.speaker for c in store.claims(event.id) if c.source))
    assert found["E999999"] == [] and "nonsense" not in found


def test_documents_are_paged_newest_first(store, reports):
    for key in TEXTS:
        store.add(reports[key])
    assert [d.id for d in store.documents(limit=2, offset=1)] == ["rescue", "outlet-b"]
    assert [d.id for d in store.documents(offset=3)] == ["outlet-a"]


# ---------------------------------------------------------------- atomic adds


def test_a_crash_mid_document_leaves_nothing(store, reports, monkeypatch):
    from fogcount.store import store as module

    def crash(self):
        raise RuntimeError("killed while linking")

    with monkeypatch.context() as patch:
        patch.setattr(module._Adding, "_link", crash)
        with pytest.raises(RuntimeError):
            store.add(reports["rescue"])
    assert set(store.counts().values()) == {0}
    assert not store.known(reports["rescue"].document.sha256)
    result = store.add(reports["rescue"])  # running it again finishes the job
    assert result.new and result.events_new == 1 and store.report("rescue") == reports["rescue"]


# ---------------------------------------------------------------- migrations


def test_upgrading_again_is_a_no_op_and_migrations_equal_the_tables(db):
    from importlib import resources

    from alembic.autogenerate import compare_metadata
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from fogcount.store.schema import metadata

    Store.open(db).close()
    store = Store.open(db)
    config = Config()
    config.set_main_option("script_location", str(resources.files("fogcount.store").joinpath("migrations")))
    try:
        with store.engine.connect() as conn:
            context = MigrationContext.configure(conn)
            assert context.get_current_revision() == ScriptDirectory.from_config(config).get_current_head()
            assert compare_metadata(context, metadata) == []
    finally:
        store.close()


def test_a_store_of_the_revision_before_gains_the_day_indexes_and_linking_uses_them(tmp_path):
    """A store written at revision 0004 is upgraded with indexes on its
    document events' days, and the query for the members a new report may
    link with searches them (SQLite's plan) instead of every linked member."""
    import sqlite3
    from importlib import resources

    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine
    from sqlalchemy import event as sql_event

    path = tmp_path / "f.db"
    config = Config()
    config.set_main_option("script_location", str(resources.files("fogcount.store").joinpath("migrations")))
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0004")
    engine.dispose()
    queries = []

    def keep(conn, cursor, statement, parameters, context, executemany):
        if "UNION" in statement and "document_events.date_start" in statement:
            queries.append((statement, parameters))

    with Store.open(str(path)) as store:
        sql_event.listen(store.engine, "before_cursor_execute", keep)
        for i in range(3):
            store.add(_hand_report(f"s{i}", 4 + 10 * i, "columbus", "attack", 1, 5 + 10 * i))
    with sqlite3.connect(path) as conn:
        indexes = {row[1] for row in conn.execute("PRAGMA index_list(document_events)")}
        assert {"ix_document_events_date_start", "ix_document_events_date_end"} <= indexes
        statement, parameters = queries[-1]
        plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + statement, parameters)]
    searches = [step for step in plan if step.startswith("SEARCH document_events")]
    assert searches and all("ix_document_events_date" in step for step in searches), plan


# ---------------------------------------------------------------- opening


@pytest.mark.parametrize("db, fragment", [
    ("mysql://user@localhost/fogcount", "SQLite (a file path) or PostgreSQL"),
    ("/no/such/folder/fogcount.db", "does not exist"),
    ("postgresql://nobody@127.0.0.1:9/none", "127.0.0.1"),
])
def test_a_store_that_cannot_be_opened_is_one_line(db, fragment):
    with pytest.raises(StoreError) as caught:
        Store.open(db)
    assert fragment in str(caught.value) and "\n" not in str(caught.value)
    assert str(caught.value).startswith("E500 ")


def test_a_file_that_is_not_a_store_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("not a database, just notes\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError, match="notes.db"):
        Store.open(str(path))
    with pytest.raises(StoreError, match="no store at"):
        Store.open(str(tmp_path / "missing.db"), create=False)
    assert not (tmp_path / "missing.db").exists()


def test_sqlite_store_is_in_wal_mode(tmp_path):
    with Store.open(str(tmp_path / "w.db")) as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_postgres_urls_get_the_psycopg_driver():
    from fogcount.store import database_url

    assert database_url("postgresql://u@h/d") == "postgresql+psycopg://u@h/d"
    assert database_url("postgres://u@h/d") == "postgresql+psycopg://u@h/d"
    assert database_url("sqlite:///x.db") == "sqlite:///x.db"
    assert database_url("x.db").startswith("sqlite:////") and database_url("x.db").endswith("/x.db")


# ---------------------------------------------------------------- fogcount events


@pytest.fixture
def filled(tmp_path, reports) -> str:
    path = str(tmp_path / "filled.db")
    with Store.open(path) as store:
        for report in reports.values():
            store.add(report)
    return path


def test_events_command_json(filled, capsys):
    assert main(["events", "--db", filled, "--format", "json"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "fogcount/2" and len(data["events"]) == 2
    strike = next(e for e in data["events"] if "rescue" in e["documents"])
    assert {c["id"] for c in data["claims"]} >= set(strike["claims"])
    assert main(["events", "--db", filled, "--format", "json", "--country", "IQ"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["events"] == []


def test_events_command_layouts(filled, capsys):
    from fogcount.export import read_acled, read_geojson, read_ucdp

    assert main(["events", "--db", filled, "--format", "acled"]) == EXIT_OK
    rows = read_acled(capsys.readouterr().out)
    assert sorted(r["document_id"] for r in rows) == ["outlet-a; outlet-b; rescue", "second"]
    assert all(r["event_id_cnty"].startswith("E") for r in rows)
    assert main(["events", "--db", filled, "--format", "ucdp", "--since", "2020-03-04"]) == EXIT_OK
    ged = {r["document_id"]: r for r in read_ucdp(capsys.readouterr().out)}
    assert ged["outlet-a; outlet-b; rescue"]["high"] == "49" and ged["second"]["best"] == "7"
    assert main(["events", "--db", filled, "--format", "geojson"]) == EXIT_OK
    assert len(read_geojson(capsys.readouterr().out)["features"]) == 2


def test_events_command_table(filled, capsys):
    assert main(["events", "--db", filled, "--type", "Explosions/Remote violence"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "2 events" in out and "3 documents: [1] outlet-a; [2] outlet-b; [3] rescue" in out and "White Helmets" in out


def test_events_command_explains_why_reports_are_one_event(filled, capsys):
    assert main(["events", "--db", filled, "--type", "Explosions/Remote violence", "--explain"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "outlet-a e1: the first report" in out
    assert "outlet-b e1 joins outlet-a:e1: same action (air strike), same day (2020-03-04)" in out
    assert "same toll (12 killed)" in out
    assert "low 12: " in out  # which claim sets each bound


def test_events_command_errors_are_one_line(tmp_path, filled, capsys):
    assert main(["events", "--db", str(tmp_path / "typo.db")]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert "E500 no store at" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "typo.db").exists()
    assert main(["events", "--db", filled, "--since", "March"]) == EXIT_USAGE
    assert "not a date" in capsys.readouterr().err


def test_the_text_stored_with_a_document_comes_back(store):
    text = "Gunmen killed 4 villagers in Ramadi on Monday."
    report = fogcount.extract(text, published="2020-05-12", id="with-text")
    bare = fogcount.extract("Police arrested 30 protesters on Tuesday.", published="2020-05-12", id="bare")
    added = store.add(report, text=text)
    store.add(bare)
    assert store.text(added.document_id) == text
    assert store.text("bare") is None and store.text("nobody") is None
    claim = store.report(added.document_id).claims[0]
    assert store.text(added.document_id)[claim.span[0]:claim.span[1]] == claim.value.text


def test_an_origins_later_figure_is_the_later_report_in_the_store(store):
    filler = "Residents described a night of fear. " * 8
    first = fogcount.extract(filler + "Twelve soldiers were killed in an air strike in Ramadi on 3 May 2020, "
                             "the army said.", published="2020-05-04", id="first")
    second = fogcount.extract("Fifteen soldiers were killed in an air strike in Ramadi on 3 May 2020, the army said.",
                              published="2020-05-05", id="second")
    store.add(second)
    store.add(first)  # arrives later, but was published earlier
    [strike] = [e for e in store.events() if e.action == "air_strike"]
    killed = next(f for f in strike.figures if f.category == "people.killed")
    assert (killed.low, killed.best, killed.high) == (15, 15, 15)
