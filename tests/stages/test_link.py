"""Link: the events of many documents that report one happening are one
event, whatever the order; different days, undated or unplaced events stay
apart unless something ties them."""

from __future__ import annotations

import fogcount


def test_link_events_across_documents():
    from fogcount.stages.link import link_events

    wire = fogcount.extract("At least 12 civilians were killed in an air strike on the market in Ramadi on Monday, "
                            "the provincial health directorate said.", published="2020-05-12", id="wire-1")
    local = fogcount.extract("An air strike hit the market in Ramadi on Monday. A local monitor said 19 civilians "
                             "were killed.", published="2020-05-12", id="local-2")
    elsewhere = fogcount.extract("Police arrested 30 protesters on Tuesday.", published="2020-05-12", id="other-3")
    linked = link_events([wire, local, elsewhere])
    strike = next(e for e in linked if e.action == "air_strike")
    assert strike.documents == ["wire-1", "local-2"]
    killed = next(f for f in strike.figures if f.category == "people.killed")
    assert killed.independent_sources == 2 and set(killed.claims) == {"wire-1:c1", "local-2:c1"}
    assert all(e.documents == ["other-3"] for e in linked if e is not strike)


def test_link_events_keeps_different_days_apart():
    from fogcount.stages.link import link_events

    a = fogcount.extract("An air strike in Ramadi on Monday killed 5 civilians.", published="2020-05-12", id="a")
    b = fogcount.extract("An air strike in Ramadi on Monday killed 7 civilians.", published="2020-05-20", id="b")
    assert len(link_events([a, b])) == 2


def _event(id, day, *, place=None, actors=(), action="air_strike", end=None):
    import datetime as dt

    from fogcount.models import Event, PlaceRef

    where = {"ramadi": PlaceRef(text="Ramadi", lat=33.42, lon=43.31, precision=1, country="IQ"),
             "mosul": PlaceRef(text="Mosul", lat=36.34, lon=43.12, precision=1, country="IQ")}.get(place)
    start = dt.date(2020, 5, day) if day else None
    return Event(id=id, action=action, date_start=start, date_end=dt.date(2020, 5, end) if end else start,
                 place=where, actors=list(actors), documents=[id])


def test_daily_reports_do_not_chain_into_one_long_event():
    from fogcount.stages.link import join_event, rules

    linked = []
    for day in range(1, 21):  # an air strike in Ramadi reported every day
        join_event(linked, _event(f"d{day}", day, place="ramadi"))
    spans = [(e.date_end - e.date_start).days + 1 for e in linked]
    assert max(spans) <= rules().link_max_span_days and len(linked) >= 20 // rules().link_max_span_days


def test_an_undated_event_links_to_nothing():
    from fogcount.stages.link import join_event

    linked = [_event("a", 4, place="ramadi", actors=["Iraqi Army"])]
    join_event(linked, _event("b", None, place="ramadi", actors=["Iraqi Army"]))
    assert len(linked) == 2


def test_an_unplaced_event_needs_a_shared_actor():
    from fogcount.stages.link import join_event

    linked = [_event("a", 4, place="ramadi", actors=["Iraqi Army"])]
    join_event(linked, _event("b", 4))  # same day, same action, no place, no actor
    assert len(linked) == 2
    join_event(linked, _event("c", 4, actors=["Iraqi Army"]))
    assert linked[0].documents == ["a", "c"]
    join_event(linked, _event("d", 4, place="mosul", actors=["Iraqi Army"]))  # 340 km away
    assert len(linked) == 3


def test_an_origins_later_figure_is_the_later_report_not_the_later_position():
    """Two days' reports of one army statement: the second day's figure is the
    later one, wherever each sits in its article."""
    from fogcount.stages.link import link_events

    filler = "Residents described a night of fear. " * 8
    first = fogcount.extract(filler + "Twelve soldiers were killed in an air strike in Ramadi on 3 May 2020, "
                             "the army said.", published="2020-05-04", id="first")
    second = fogcount.extract("Fifteen soldiers were killed in an air strike in Ramadi on 3 May 2020, the army said.",
                              published="2020-05-05", id="second")
    for order in ([first, second], [second, first]):
        [strike] = [e for e in link_events(order) if e.action == "air_strike"]
        killed = next(f for f in strike.figures if f.category == "people.killed")
        assert (killed.low, killed.best, killed.high) == (15, 15, 15), order[0].document.id
