"""Link: the events of many documents that report one happening are one
event, whatever the order; an undated event takes its report's window; places
link by identity or containment; contradicting tolls keep events apart; each
report says why it joined."""

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
    assert strike.documents == ["local-2", "wire-1"]  # same publication day: by id
    killed = next(f for f in strike.figures if f.category == "people.killed")
    assert killed.independent_sources == 2 and set(killed.claims) == {"wire-1:c1", "local-2:c1"}
    assert all(e.documents == ["other-3"] for e in linked if e is not strike)


def test_link_events_keeps_different_days_apart():
    from fogcount.stages.link import link_events

    a = fogcount.extract("An air strike in Ramadi on Monday killed 5 civilians.", published="2020-05-12", id="a")
    b = fogcount.extract("An air strike in Ramadi on Monday killed 7 civilians.", published="2020-05-20", id="b")
    assert len(link_events([a, b])) == 2


def _report(id, day, *, place=None, actors=(), action="air_strike", published=None, killed=None, role="civilian",
            end=None, people=(), injured=None):
    """A report by hand with one event: dated 2020-05-<day> by its text (None: undated), published on
    2020-05-<published>, at a place of PLACES, with a killed figure of ``killed`` (and of injured, ``injured``)."""
    import datetime as dt

    from fogcount.models import Document, Event, Figure, Report

    start = dt.date(2020, 5, day) if day else None
    figures = [Figure(category="people.killed", role=role, low=killed, best=killed, high=killed)] if killed else []
    if injured:
        figures.append(Figure(category="people.injured", low=injured, best=injured, high=injured))
    event = Event(id="e1", action=action, date_start=start, date_end=dt.date(2020, 5, end) if end else start,
                  place=PLACES.get(place), actors=list(actors), figures=figures, documents=[id], people=list(people))
    return Report(document=Document(id=id, sha256=id, published=dt.date(2020, 5, published) if published else None),
                  events=[event])


def _place(text, lat, lon, precision=1, admin1="Ohio", country="US"):
    from fogcount.models import PlaceRef

    return PlaceRef(text=text, name=text, lat=lat, lon=lon, precision=precision, country=country, admin1=admin1)


PLACES = {
    "ramadi": _place("Ramadi", 33.42, 43.31, admin1="Anbar", country="IQ"),
    "mosul": _place("Mosul", 36.34, 43.12, admin1="Nineveh", country="IQ"),
    "columbus": _place("Columbus", 39.96, -83.00),
    "hilltop": _place("Hilltop", 39.95, -83.07),  # a neighbourhood of Columbus, 6 km from its centre
    "delaware": _place("Delaware", 40.30, -83.07),  # a town 38 km north of Columbus
    "ohio": _place("Ohio", 40.25, -82.79, precision=3),
    "franklin": _place("Franklin County", 39.97, -83.01, precision=2),
}


def _groups(linked):
    return sorted(sorted(e.documents) for e in linked)


def test_daily_reports_do_not_chain_into_one_long_event():
    from fogcount.stages.link import link_events, rules

    linked = link_events([_report(f"d{day:02}", day, place="ramadi") for day in range(1, 21)])
    spans = [(e.date_end - e.date_start).days + 1 for e in linked]
    assert max(spans) <= rules().max_span_days and len(linked) >= 20 // rules().max_span_days


def test_an_undated_event_takes_its_reports_window():
    """Not "date unknown" and unlinkable: an event whose text gives no date
    happened in the days before its report's publication."""
    from fogcount.stages.link import link_events

    linked = link_events([_report("a", 4, place="columbus", published=5),
                          _report("b", None, place="columbus", published=5)])
    [event] = linked
    assert event.documents == ["a", "b"] and event.dated_by == "text"
    assert (str(event.date_start), str(event.date_end)) == ("2020-05-04", "2020-05-04")
    assert "dates within the reports' publication windows" in event.links[1].reasons
    [alone] = link_events([_report("b", None, place="columbus", published=5)])
    assert (alone.dated_by, str(alone.date_start), str(alone.date_end)) == ("publication", "2020-05-03", "2020-05-05")
    # published a week later, the window does not reach the 4th
    assert len(link_events([_report("a", 4, place="columbus"), _report("c", None, place="columbus",
                                                                       published=12)])) == 2
    # no date in the text and no publication date: nothing to link by
    assert len(link_events([_report("a", 4, place="columbus"), _report("d", None, place="columbus")])) == 2


def test_an_unplaced_event_needs_a_shared_actor_or_the_same_toll_on_the_same_day():
    from fogcount.stages.link import link_events

    placed = _report("a", 4, place="ramadi", actors=["Iraqi Army"], killed=5)
    assert len(link_events([placed, _report("b", 4)])) == 2  # same day, same action, no place, no actor
    assert _groups(link_events([placed, _report("c", 4, actors=["Iraqi Army"])])) == [["a", "c"]]
    assert _groups(link_events([placed, _report("e", 4, killed=5)])) == [["a", "e"]]
    # the same toll a day apart, with nothing else in common, is not the same happening
    # (two shootings that each left five dead on consecutive days)
    assert len(link_events([placed, _report("f", 5, killed=5)])) == 2
    far = _report("d", 4, place="mosul", actors=["Iraqi Army"])  # 340 km away
    assert len(link_events([placed, far])) == 2


def test_an_unplaced_event_with_the_same_toll_links_across_one_night():
    """The same toll ties an unplaced event on the same night, not only the
    same day: "overnight into Tuesday" (Monday and Tuesday) holds the other's
    Monday. Two single days a day apart stay apart, even "late Monday" and
    "early Tuesday" (a day's common toll, four hurt, on consecutive nights is
    as often two shootings); so does a two-day span that misses the day."""
    from fogcount.stages.link import link_events

    def told(id, day, sentence, end=None, place=None):
        report = _report(id, day, end=end, place=place, killed=5)
        report.events[0].sentence = sentence
        return report

    placed = told("a", 4, "Five people were shot dead in Ramadi late Monday.", place="ramadi")
    [event] = link_events([placed, told("b", 4, "Five were killed overnight into Tuesday.", end=5)])
    assert "same toll (5 killed)" in event.links[1].reasons
    assert len(link_events([placed, told("c", 5, "Five were killed early Tuesday.")])) == 2
    assert len(link_events([placed, told("d", 5, "Five were killed overnight into Wednesday.", end=6)])) == 2


def test_an_unplaced_event_whose_report_names_only_towns_elsewhere_needs_more_than_the_toll():
    """A report that gives its event no place but names only a town of
    another state ("Macon police said a man was shot dead on Monday") does
    not join a Columbus shooting of the same day by the same toll alone (one
    killed is met daily in a country); a report naming Columbus (or a town
    near it) or naming no town at all still does, and the person both reports
    name still ties it."""
    from fogcount.stages.link import link_events

    placed = _report("a", 4, place="columbus", action="attack", killed=1, published=5)

    def unplaced(id, towns, **kw):
        report = _report(id, 4, action="attack", killed=1, published=5, **kw)
        report.places = list(towns)
        return report

    macon = _place("Macon", 32.84, -83.63, admin1="Georgia")
    assert len(link_events([placed, unplaced("b", [macon])])) == 2
    assert len(link_events([placed, unplaced("c", [macon, PLACES["hilltop"]])])) == 1
    assert len(link_events([placed, unplaced("d", [])])) == 1
    # a region (a state) is no town: it does not say where the event is
    assert len(link_events([placed, unplaced("e", [PLACES["ohio"]])])) == 1
    named = _report("f", 4, place="columbus", action="attack", killed=1, published=5, people=["jane roe"])
    assert len(link_events([named, unplaced("g", [macon], people=["jane roe"])])) == 1


def _unplaced(id, towns, **kw):
    """A report by hand whose event (one killed on 2020-05-04) gives no place, naming only ``towns``."""
    report = _report(id, 4, action="attack", killed=1, published=5, **kw)
    report.places = list(towns)
    return report


def _placed(id, place, towns=None):
    """A report by hand of one killed on 2020-05-04 at ``place`` (a PlaceRef), naming ``towns`` (its place)."""
    report = _report(id, 4, action="attack", killed=1, published=5)
    report.events[0].place = place
    report.places = list(towns if towns is not None else [place])
    return report


def test_an_unplaced_report_naming_a_town_within_the_linkers_reach_still_links_by_the_toll():
    """The towns where the other's event can be are read as the linker reads
    places, with the reach of link.toml's ``[[reach]]`` rows that need no
    person: a neighbouring town 34 km off, a county whose centre lies 100 km
    off, the big city beside its suburb (all in the same state) still link
    by the same toll on the same day; a town of another state, or one beyond
    every row's reach, does not."""
    from fogcount.stages.link import link_events, rules

    suburb = _place("Elmwood", 40.50, -81.50)
    neighbour = _place("Brookfield", 40.80, -81.50)  # 33 km north
    county = _place("Marsh County", 39.60, -81.50, precision=2)  # its centre 100 km south
    city = _place("Harbor City", 40.70, -81.70)  # 28 km: the big city the suburb lies beside
    across = _place("Weston", 40.50, -81.05, admin1="Pennsylvania")  # 38 km, another state
    farthest = max(row.km for row in rules().reach if "person" not in row.shares)
    beyond = _place("Far Point", 40.50 + (farthest + 30) / 111, -81.50)  # the same state, out of reach
    for town in (neighbour, county, city):
        for order in ((0, 1), (1, 0)):
            reports = [_placed("a", suburb), _unplaced("b", [town])]
            assert len(link_events([reports[i] for i in order])) == 1, town.name
    for town in (across, beyond):
        assert len(link_events([_placed("a", suburb), _unplaced("b", [town])])) == 2, town.name


def test_an_unplaced_report_is_read_against_the_place_its_others_give_an_outlier():
    """A report whose event the map placed in a namesake of another state
    (Dayton, Texas) while its other places are in Ohio (``report_place``):
    an unplaced report naming only an Ohio town near those places still links
    by the same toll on the same day, in either order."""
    from fogcount.stages.link import link_events

    texas = _place("Dayton", 30.05, -94.89, admin1="Texas")
    near = _place("Oakwood", 39.70, -84.17)
    misread = _placed("a", texas, [texas, near, _place("Centerville", 39.63, -84.16), near])
    other = _unplaced("b", [_place("Vandalia", 39.89, -84.20)])  # 22 km from Oakwood, in Ohio
    assert len(link_events([misread, other])) == 1
    assert len(link_events([other, misread])) == 1


def test_a_third_report_naming_no_town_does_not_rejoin_a_report_placed_elsewhere():
    """A shooting placed in one town, an unplaced report naming only a town
    of another state, and a third report naming no town, each with one
    killed on the same day: the third ties to both by the toll, but the
    merge check reads the same rule as the pair match (:func:`_placed_elsewhere`),
    so the report placed elsewhere stays apart in every order."""
    import itertools

    from fogcount.stages.link import link_events

    reports = [_placed("a", PLACES["columbus"]), _unplaced("b", [_place("Macon", 32.84, -83.63, admin1="Georgia")]),
               _unplaced("c", [])]
    found = {tuple(map(tuple, _groups(link_events(list(order))))) for order in itertools.permutations(reports)}
    assert len(found) == 1 and ("b",) in found.pop()


def test_places_link_by_identity_or_containment():
    from fogcount.stages.link import link_events

    city = _report("a", 4, place="columbus", action="attack")
    for inside in ("hilltop", "franklin", "ohio", "columbus"):
        [event] = link_events([city, _report("b", 4, place=inside, action="attack")])
        assert event.documents == ["a", "b"], inside
        assert event.place.text == "Columbus" or (inside == "hilltop" and event.place.text in ("Columbus", "Hilltop"))
    [event] = link_events([city, _report("b", 4, place="hilltop", action="attack")])
    assert any("km apart" in r for r in event.links[1].reasons)
    [event] = link_events([city, _report("b", 4, place="ohio", action="attack")])
    assert "Columbus is in Ohio" in event.links[1].reasons
    # two reports name the same town and the map chose other namesakes for it: the name ties them
    lexington_sc = _place("Lexington", 33.98, -81.24, admin1="South Carolina")
    lexington_mo = _place("Lexington", 39.18, -93.88, admin1="Missouri")
    a, b = _report("a", 4, action="attack"), _report("b", 4, action="attack")
    a.events[0].place, b.events[0].place = lexington_sc, lexington_mo
    [event] = link_events([a, b])
    assert "same place name (Lexington)" in event.links[1].reasons
    # another town 38 km away, another day and another action: two happenings
    assert len(link_events([city, _report("c", 5, place="delaware", action="arrest")])) == 2
    # even the same day and action: two named towns that far apart are two places
    assert len(link_events([city, _report("c", 4, place="delaware", action="attack")])) == 2


def test_a_place_far_from_its_reports_other_places_does_not_keep_reports_apart():
    """A word the map found in another state ("Home" in Washington, a street's
    name) is the place of a report's event while the report's other places are
    all in Ohio: the report's places stand for it. A report whose places agree
    with its event's keeps it."""
    from fogcount.stages.link import link_events, outlier_place

    home = _place("Home", 47.27, -122.76, admin1="Washington")
    columbus, hilltop = PLACES["columbus"], PLACES["hilltop"]
    assert outlier_place(home, [home, columbus, columbus, hilltop]) == columbus
    assert outlier_place(home, [home]) is None  # no other place: nothing says it is wrong
    assert outlier_place(home, [home, columbus, _place("Seattle", 47.6, -122.33, admin1="Washington")]) is None
    city = _report("a", 4, place="columbus", action="attack")
    outlier = _report("b", 4, action="attack")
    outlier.events[0].place = home
    assert len(link_events([city, outlier])) == 2  # the report names no other place
    outlier.places = [home, columbus, hilltop]
    [event] = link_events([city, outlier])
    assert any("Home far from its report's other places" in r for r in event.links[1].reasons)
    # a report placed in Washington with a Washington event is not an outlier: two happenings
    seattle = _report("c", 4, action="attack")
    seattle.events[0].place = home
    seattle.places = [home, _place("Seattle", 47.6, -122.33, admin1="Washington"), columbus]
    assert len(link_events([city, seattle])) == 2


def test_a_city_named_as_a_modifier_says_where_the_report_is():
    """ "Columbus police said ... on Lincoln Avenue": the only town-level place
    of the report's event is a word the map found in another state, and the
    city is named only as the police's: that is where the report is."""
    from fogcount.stages.link import link_events, outlier_place

    lincoln = _place("Lincoln", 40.81, -96.68, admin1="Nebraska")
    police = PLACES["columbus"].model_copy(update={"modifies": "police"})
    assert outlier_place(lincoln, [lincoln, police, police]) == police
    city = _report("a", 4, place="columbus", action="attack", killed=1)
    street = _report("b", 4, action="attack", killed=1)
    street.events[0].place, street.places = lincoln, [lincoln, police, police]
    [event] = link_events([city, street])
    assert any("Lincoln far from its report's other places" in r for r in event.links[1].reasons)


def test_a_town_read_as_another_namesake_than_the_other_reports_is_read_as_it_does():
    """One report's places all went to Georgia namesakes (its event in
    "Columbus", Georgia), the other report names Columbus too and reads it in
    Ohio, next to its event in Hilltop: the same town, the same happening. A
    report that does not name Columbus, or reads it far from its event, keeps
    the two apart."""
    from fogcount.stages.link import link_events

    georgia = _place("Columbus", 32.46, -84.99, admin1="Georgia")
    misread = _report("a", 4, action="attack", killed=1)
    misread.events[0].place, misread.places = georgia, [georgia, _place("Macon", 32.84, -83.63, admin1="Georgia")]
    local = _report("b", 4, place="hilltop", action="attack", killed=1)
    local.places = [PLACES["hilltop"], PLACES["columbus"]]
    [event] = link_events([misread, local])
    assert any("Columbus read as the other report's, in Ohio" in r for r in event.links[1].reasons)
    local.places = [PLACES["hilltop"]]
    assert len(link_events([misread, local])) == 2
    far = _report("c", 4, place="delaware", action="attack", killed=1)
    far.places = [PLACES["delaware"], PLACES["columbus"].model_copy(update={"lat": 41.5, "lon": -81.7})]
    assert len(link_events([misread, far])) == 2


def test_a_place_named_as_often_as_the_reports_other_places_is_no_outlier():
    """ "A man was shot dead in Dayton ... the suspect, who lives in Fort Wayne": the event's town is
    named as often as the other state's, so nothing says the map got it wrong; a killing in Fort Wayne
    that day is another happening."""
    from fogcount.stages.link import link_events, outlier_place

    dayton = _place("Dayton", 39.76, -84.19)
    fort_wayne = _place("Fort Wayne", 41.08, -85.14, admin1="Indiana")
    assert outlier_place(dayton, [dayton, fort_wayne]) is None
    here = _report("a", 4, action="attack", killed=1)
    here.events[0].place, here.places = dayton, [dayton, fort_wayne]
    there = _report("b", 4, action="attack", killed=1)
    there.events[0].place, there.places = fort_wayne, [fort_wayne]
    assert len(link_events([here, there])) == 2


def test_a_town_one_report_names_ties_a_report_whose_own_place_is_in_doubt():
    """A report whose event the map put in another state ("Rome", Georgia, for
    a word of its text) while most of its places are elsewhere, and which names
    the town the other report's event is in (Columbus): the map, not the
    reports, put them apart; they are as if one gave no place, and the same
    toll (or the same day) ties them. Without either, or where the doubtful
    report does not name the town, they stay apart."""
    from fogcount.stages.link import link_events

    rome = _place("Rome", 34.26, -85.16, admin1="Georgia")
    macon = _place("Macon", 32.84, -83.63, admin1="Georgia")
    city = _report("a", 4, place="columbus", action="attack", killed=1)

    def doubtful(id, named, killed=1, day=4):
        report = _report(id, day, action="attack", killed=killed)
        report.events[0].place = rome
        # Ohio three times, Georgia twice (so Rome is no outlier of its report: outlier_place)
        report.places = [named, rome, macon, PLACES["franklin"], PLACES["delaware"]]
        return report

    [event] = link_events([city, doubtful("b", PLACES["columbus"])])
    assert "Columbus named in both reports" in event.links[1].reasons
    assert "same toll (1 killed)" in event.links[1].reasons
    assert len(link_events([city, doubtful("c", PLACES["columbus"], killed=None)])) == 1  # the same day
    assert len(link_events([city, doubtful("c", PLACES["columbus"], killed=None, day=5)])) == 2
    assert len(link_events([city, doubtful("d", PLACES["hilltop"])])) == 2
    # most of its places near Rome: nothing says the map got it wrong
    sure = doubtful("e", PLACES["columbus"])
    sure.places = [PLACES["columbus"], rome, _place("Cartersville", 34.17, -84.80, admin1="Georgia")]
    assert len(link_events([city, sure])) == 2


def test_a_place_both_reports_name_ties_an_unplaced_event_with_the_same_toll():
    """An event the map could not place ("Mason County" unresolved in its
    report) and another report's event in the county both reports name: the
    same toll within the publication window ties them; a name only one report
    gives, or one only the unplaced report resolves nowhere, does not."""
    from fogcount.stages.link import link_events

    county = PLACES["franklin"]
    placed = _report("a", 4, place="franklin", action="attack", killed=1)
    placed.places = [county]
    unplaced = _report("b", None, action="attack", killed=1, published=5)
    unplaced.places = [county.model_copy(update={"lat": None, "lon": None, "name": None})]
    [event] = link_events([placed, unplaced])
    assert "Franklin County named in both reports" in event.links[1].reasons
    unplaced.places = [PLACES["delaware"].model_copy(update={"lat": None, "lon": None, "name": None})]
    assert len(link_events([placed, unplaced])) == 2


def test_a_coarse_date_links_only_the_same_place_and_the_same_toll():
    """A trial report recalls "the May shooting": its month holds the day of the
    shooting's reports when both name the same place and give the same toll;
    another toll or a nearby place keeps it apart, and it never joins days a
    week apart into one event."""
    from fogcount.stages.link import link_events

    month = _report("m", 1, end=31, place="columbus", action="attack", killed=2, published=28)
    [event] = link_events([month, _report("a", 4, place="columbus", action="attack", killed=2)])
    assert "same place (Columbus)" in event.links[1].reasons and "same toll (2 killed)" in event.links[1].reasons
    assert len(link_events([month, _report("b", 4, place="columbus", action="attack", killed=3)])) == 2
    assert len(link_events([month, _report("c", 4, place="hilltop", action="attack", killed=2)])) == 2
    early, late = (_report(x, day, place="columbus", action="attack", killed=2) for x, day in (("d", 4), ("e", 20)))
    assert len(link_events([month, early, late])) == 2


def test_a_coarse_date_links_a_town_the_other_report_names_with_the_whole_toll():
    """A plea recalls "a 2014 shooting that left one dead and four hurt" in
    Columbus; the shooting's own report names its neighbourhood, which the map
    put in another state, and Columbus too: the whole toll and the town the
    other report names tie them. Only the killed agreeing, or no town named by
    the other, keeps them apart."""
    import datetime as dt

    from fogcount.models import Figure
    from fogcount.stages.link import link_events

    far = _place("Elmwood", 33.47, -86.80, admin1="Alabama")  # a namesake 700 km away

    def toll(report, killed, injured):
        report.events[0].figures = [Figure(category=f"people.{what}", role="civilian", low=n, best=n, high=n)
                                    for what, n in (("killed", killed), ("injured", injured)) if n]
        return report

    plea = toll(_report("p", 1, place="columbus", action="attack", published=28), 1, 4)
    plea.events[0].date_start, plea.events[0].date_end = dt.date(2020, 1, 1), dt.date(2020, 12, 31)
    plea.places = [PLACES["columbus"]]
    shooting = toll(_report("s", 4, action="attack", published=5), 1, 4)
    shooting.events[0].place = far
    shooting.events[0].sentence = "One man died and four were hurt when gunfire broke out in Elmwood, Columbus."
    shooting.places = [far, PLACES["columbus"]]
    [event] = link_events([plea, shooting])
    assert "Columbus named by the other report" in event.links[1].reasons
    assert "same toll (4 injured)" in event.links[1].reasons
    assert len(link_events([plea, toll(shooting.model_copy(deep=True), 1, 0)])) == 2
    alone = shooting.model_copy(deep=True)
    alone.places = [far]
    assert len(link_events([plea, alone])) == 2


def test_a_coarse_date_links_only_a_town_the_other_report_tells_its_event_at():
    """The other report must name the town where it tells of its event (its
    sentence, its headline or lead), not in passing: a shooting in Macon whose
    report says, sentences later, that the suspect came from Columbus is no
    plea's Columbus shooting, the same whole toll or not, in either order."""
    import datetime as dt

    from fogcount.models import Figure
    from fogcount.stages.link import link_events

    macon = _place("Macon", 32.84, -83.63, admin1="Georgia")

    def report(id, day, published, place, places, sentence, span):
        made = _report(id, day, action="attack", published=published)
        made.events[0].figures = [Figure(category=f"people.{what}", role="civilian", low=1, best=1, high=1)
                                  for what in ("killed", "injured")]
        made.events[0].place, made.events[0].sentence, made.events[0].span = place, sentence, span
        made.places = places
        return made

    plea = report("p", 1, 28, PLACES["columbus"], [PLACES["columbus"].model_copy(update={"span": (40, 48)})],
                  "A man pleaded guilty on Friday to a 2020 shooting in Columbus.", (0, 62))
    plea.events[0].date_start, plea.events[0].date_end = dt.date(2020, 1, 1), dt.date(2020, 12, 31)
    here = macon.model_copy(update={"span": (38, 43)})
    passing = PLACES["columbus"].model_copy(update={"span": (420, 428)})
    shooting = report("s", 4, 5, macon, [here, passing],
                      "One man died and another was hurt in Macon on Monday night.", (0, 59))
    for order in ([plea, shooting], [shooting, plea]):
        assert len(link_events([r.model_copy(deep=True) for r in order])) == 2
    # told in its lead (the first place it names), the town ties them
    lead = PLACES["columbus"].model_copy(update={"span": (10, 18)})
    recalled = report("t", 4, 5, macon, [lead, here.model_copy(update={"span": (80, 85)})],
                      "One man died and another was hurt on Monday night.", (60, 110))
    for order in ([plea, recalled], [recalled, plea]):
        [event] = link_events([r.model_copy(deep=True) for r in order])
        assert any("Columbus named by the other report" in r for link in event.links for r in link.reasons)


def test_a_bare_headline_links_by_the_town_it_names():
    """A page that holds only its headline ("Columbus shooting victims
    named": no figure, no day, no place the map read) joins the event in its
    window at the town its headline names; another town's event stays apart."""
    from fogcount.stages.link import link_events

    shooting = _report("a", 4, place="columbus", action="attack", killed=2, published=5)
    shooting.places = [PLACES["columbus"]]

    def headline(id, sentence):
        report = _report(id, None, action="attack", published=5)
        report.events[0].sentence = sentence
        return report

    [event] = link_events([shooting, headline("b", "Columbus shooting victims named")])
    assert "Columbus named in the other's headline" in event.links[1].reasons
    assert len(link_events([shooting, headline("c", "Delaware shooting victims named")])) == 2
    assert len(link_events([shooting, headline("d", "Shooting victims named")])) == 2
    assert len(link_events([shooting, headline("e", "shooting victims named in columbus")])) == 2
    [event] = link_events([shooting, headline("f", "Police: Two Killed In Columbus Shooting")])
    assert "Columbus named in the other's headline" in event.links[1].reasons


def test_a_bare_headlines_town_is_no_persons_name_and_ties_no_one_of_two_events():
    """"Family Of Troy Jenkins Speaks Out": "Troy" begins a man's name (a word
    that is no common noun follows it), no town. A headline whose town names
    two shootings in its window that cannot be one (one killed, forty killed)
    joins neither, in every order and whatever the documents' ids."""
    import itertools

    from fogcount.stages.link import link_events

    troy = _report("a", 4, action="attack", killed=2, published=5)
    troy.events[0].place = _place("Troy", 40.04, -84.20)
    troy.places = [troy.events[0].place]

    def headline(id, sentence):
        report = _report(id, None, action="attack", published=5)
        report.events[0].sentence = sentence
        return report

    assert len(link_events([troy, headline("b", "Family Of Troy Jenkins Speaks Out")])) == 2
    [event] = link_events([troy, headline("c", "Troy Shooting Leaves Two Dead")])
    assert "Troy named in the other's headline" in event.links[1].reasons
    small = _report("m", 4, place="columbus", action="attack", killed=1, published=5)
    large = _report("n", 4, place="columbus", action="attack", killed=40, published=5)
    small.places, large.places = [PLACES["columbus"]], [PLACES["columbus"]]
    for ids in (("h", "m", "n"), ("a", "m", "n"), ("z", "m", "n"), ("h", "z", "a")):
        reports = [headline(ids[0], "Columbus shooting victims named"),
                   small.model_copy(deep=True, update={"document": small.document.model_copy(
                       update={"id": ids[1], "sha256": ids[1]})}),
                   large.model_copy(deep=True, update={"document": large.document.model_copy(
                       update={"id": ids[2], "sha256": ids[2]})})]
        for order in itertools.permutations(reports):
            assert _groups(link_events([r.model_copy(deep=True) for r in order])) == sorted([[i] for i in ids])
    # one shooting only in the window: the headline joins it
    [event] = link_events([headline("h", "Columbus shooting victims named"), small])
    assert "Columbus named in the other's headline" in event.links[1].reasons


def test_a_bare_headlines_hyphenated_word_names_its_town():
    """"Ex-Columbus officer held after shooting": the town is a part of a
    hyphenated word after an English prefix; a hyphenated town is read whole."""
    from fogcount.stages.link import _capitalised_runs, link_events

    shooting = _report("a", 4, place="columbus", action="attack", killed=2, published=5)
    shooting.places = [PLACES["columbus"]]
    page = _report("b", None, action="attack", published=5)
    page.events[0].sentence = "Ex-Columbus officer held after shooting"
    [event] = link_events([shooting, page])
    assert "Columbus named in the other's headline" in event.links[1].reasons
    runs = _capitalised_runs("Two Hurt In Winston-Salem Shooting")
    assert {"winston-salem", "winston-salem shooting"} <= runs and "two hurt in winston-salem" in runs
    assert "columbus" in _capitalised_runs("Mid-Columbus rally after shooting")
    assert "columbus" in _capitalised_runs("ex-Columbus officer held")


def test_a_bare_headlines_hyphenated_name_or_street_names_no_town():
    """Only a prefix comes off a hyphenated word: a compound town ("Winston-Salem")
    names neither half, a double surname ("Lewis-Jackson") not the town of its
    second half; a street ("Mid-Jackson Avenue", "Jackson Avenue") is no town:
    none of these headlines joins a shooting in Jackson."""
    from fogcount.stages.link import _capitalised_runs, link_events

    runs = _capitalised_runs("Two Hurt In Winston-Salem Shooting")
    assert not {"salem", "winston"} & runs
    assert not {"jackson", "lewis"} & _capitalised_runs("Suspect named in shooting of Lewis-Jackson")
    jackson = _place("Jackson", 32.30, -90.18, admin1="Mississippi")
    shooting = _report("a", 4, action="attack", killed=1, published=5)
    shooting.events[0].place = jackson
    shooting.places = [jackson]

    def headline(id, sentence):
        report = _report(id, None, action="attack", published=5)
        report.events[0].sentence = sentence
        return report

    for sentence in ("Suspect named in shooting of Lewis-Jackson", "Lewis-Jackson shooting suspect arrested",
                     "Mid-Jackson Avenue shooting suspect arrested", "Jackson Avenue shooting suspect arrested"):
        assert len(link_events([shooting, headline("b", sentence)])) == 2, sentence
    [event] = link_events([shooting, headline("c", "Jackson shooting suspect arrested")])
    assert "Jackson named in the other's headline" in event.links[1].reasons


def test_only_a_capitalised_street_word_ends_a_headlines_town():
    """A street word ends a town's run only where it is capitalised as a
    street's name is, and never a word that is also a title or a common noun
    ("St." of a saint, "Dr.", "court"): the town stays a town."""
    from fogcount.stages.link import _capitalised_runs

    names = frozenset({"houston", "detroit", "denver", "jackson"})
    assert "houston" in _capitalised_runs("Houston road rage shooting leaves one hurt", names=names)
    assert "detroit" in _capitalised_runs("Detroit St. Patrick's parade shooting", names=names)
    assert "denver" in _capitalised_runs("Denver court hears shooting case", names=names)
    assert "jackson" not in _capitalised_runs("Jackson Avenue shooting suspect arrested", names=names)
    assert "jackson" not in _capitalised_runs("Shooting On Jackson Road Leaves Two Hurt", names=names)


def test_one_reports_toll_told_twice_does_not_make_a_headline_ambiguous():
    """A report whose caption gives "four dead" and whose lead gives "four
    dead, two hurt" has two tolled events linking keeps apart; a headline
    naming their town is not torn between two happenings: it joins the
    linked event of the report's fuller account, with the other outlet's
    report. Two events of one report with different killed still make it ambiguous."""
    import itertools

    from fogcount.models import Event, Figure
    from fogcount.stages.link import link_events

    def figures(killed, injured=None):
        return [Figure(category=f"people.{what}", role="unknown", low=n, best=n, high=n)
                for what, n in (("killed", killed), ("injured", injured)) if n is not None]

    def told_twice(id, killed=4, other_killed=4):
        report = _report(id, 4, place="columbus", action="attack", published=5)
        report.events[0].figures = figures(killed, 2)
        report.events.append(Event(id="e2", action="attack", date_start=report.events[0].date_start,
                                   date_end=report.events[0].date_start, place=PLACES["columbus"],
                                   figures=figures(other_killed), documents=[id]))
        report.places = [PLACES["columbus"]]
        return report

    other = _report("o", 4, place="columbus", action="attack", published=5)
    other.events[0].figures = figures(4, 0)
    other.places = [PLACES["columbus"]]
    page = _report("h", None, action="attack", published=5)
    page.events[0].sentence = "Columbus shooting victims named"
    for order in itertools.permutations([told_twice("t"), other, page]):
        linked = link_events([r.model_copy(deep=True) for r in order])
        assert ["h", "o", "t"] in _groups(linked)
    linked = link_events([told_twice("t", killed=4, other_killed=9), page])
    assert ["h"] in _groups(linked)


def test_one_reports_injured_told_twice_does_not_make_a_headline_ambiguous():
    """The same with no one killed: a caption's "three hurt" and a lead's
    "three bystanders hurt" (the same injured, told with another role) are one
    shooting told twice; the headline joins it. Three hurt and nine hurt in
    one report, or three hurt beside one dead and three hurt, still make it ambiguous."""
    import itertools

    from fogcount.models import Event, Figure
    from fogcount.stages.link import link_events

    def told_twice(id, injured=3, other_injured=3, other_killed=None):
        report = _report(id, 4, place="columbus", action="attack", published=5)
        report.events[0].figures = [Figure(category="people.injured", role="unknown", low=injured, best=injured,
                                           high=injured)]
        other = [Figure(category="people.injured", role="civilian", low=other_injured, best=other_injured,
                        high=other_injured)]
        if other_killed:
            other.append(Figure(category="people.killed", role="unknown", low=other_killed, best=other_killed,
                                high=other_killed))
        report.events.append(Event(id="e2", action="attack", date_start=report.events[0].date_start,
                                   date_end=report.events[0].date_start, place=PLACES["columbus"],
                                   figures=other, documents=[id]))
        report.places = [PLACES["columbus"]]
        return report

    outlet = _report("o", 4, place="columbus", action="attack", published=5)
    outlet.events[0].figures = [Figure(category="people.injured", role="unknown", low=3, best=3, high=3)]
    outlet.places = [PLACES["columbus"]]
    page = _report("h", None, action="attack", published=5)
    page.events[0].sentence = "Columbus shooting victims named"
    for order in itertools.permutations([told_twice("t"), outlet, page]):
        linked = link_events([r.model_copy(deep=True) for r in order])
        assert ["h", "o", "t"] in _groups(linked)
    assert ["h"] in _groups(link_events([told_twice("t", other_injured=9), page.model_copy(deep=True)]))
    assert ["h"] in _groups(link_events([told_twice("t", other_killed=1), page.model_copy(deep=True)]))


def test_a_day_inside_the_other_reports_window_is_the_same_day_for_the_reach():
    """An outlet that gives no day ("the two dead of the
    Columbus gunfire named") and one that places the shooting in Delaware, 38 km away, on a
    day inside the first's window, naming Columbus too, with the same toll:
    the town, the toll and the day widen the reach. Another toll keeps them apart."""
    from fogcount.stages.link import link_events

    undated = _report("a", None, place="columbus", action="attack", killed=2, published=5)
    undated.places = [PLACES["columbus"]]
    dated = _report("b", 4, place="delaware", action="attack", killed=2, published=5)
    dated.events[0].sentence = "Two men were shot dead in Delaware, a suburb of Columbus, on Monday."
    dated.places = [PLACES["delaware"], PLACES["columbus"]]
    [event] = link_events([undated, dated])
    assert "Columbus named where the other report tells of its event" in event.links[1].reasons
    assert "the day one text gives (2020-05-04) inside the other report's publication window" \
        in event.links[1].reasons
    # the town named only in passing, elsewhere in the report ("the suspect lives in Columbus"), in either order
    passing = dated.model_copy(deep=True)
    passing.events[0].sentence = "Two men were shot dead in Delaware on Monday."
    for order in ([undated, passing], [passing, undated]):
        assert len(link_events([r.model_copy(deep=True) for r in order])) == 2
    other = _report("c", 4, place="delaware", action="attack", killed=3, published=5)
    other.places = dated.places
    assert len(link_events([undated, other])) == 2


def _told_by(id, day, **kw):
    """A report whose event is dated only "on or before" 2020-05-<day> (a sentencing, an arrest, a
    statement about a shooting it gives no day of: ``Event.date_qualifier``)."""
    report = _report(id, day, **{"place": "columbus", "action": "attack", "published": day, **kw})
    report.events[0].date_qualifier = "on or before"
    return report


def test_an_event_dated_on_or_before_a_day_links_a_shooting_before_it():
    """A court report gives only the day of its act (May 20) for a shooting
    that killed two and wounded three in Columbus: as "on or before May 20" it joins the
    shooting of May 4 with the same place and the whole toll, and the linked
    event keeps the shooting's day, not the act's. Dated May 20 as its own day
    (no qualifier), it stays apart, as before; with the killed alone (no injured told), the same
    town and toll are too common to tie it over its open start."""
    from fogcount.stages.link import link_events

    shooting = _report("a", 4, place="columbus", action="attack", killed=2, injured=3, published=5)
    [event] = link_events([shooting, _told_by("c", 20, killed=2, injured=3)])
    assert (event.date_start.day, event.date_end.day) == (4, 4) and event.date_qualifier is None
    link = next(x for x in event.links if x.document == "c")
    assert "on or before 2020-05-20 by its report" in link.reasons and "same place (Columbus)" in link.reasons
    assert "same toll (2 killed)" in link.reasons and "same toll (3 injured)" in link.reasons
    own_day = _told_by("d", 20, killed=2, injured=3)
    own_day.events[0].date_qualifier = None
    assert len(link_events([shooting, own_day])) == 2
    killed_only = _report("e", 4, place="columbus", action="attack", killed=2, published=5)
    assert len(link_events([killed_only, _told_by("c", 20, killed=2)])) == 2
    # alone, it keeps the day its report gives, and says it is a bound
    [alone] = link_events([_told_by("c", 20, killed=2)])
    assert (alone.date_start.day, alone.date_qualifier) == (20, "on or before")


def test_an_undated_follow_up_on_or_before_its_publication_links_a_shooting_before_it():
    """A page published May 25 gives no day ("Man charged with shooting baby") and tells a
    later act: "on or before" its publication, it joins the shooting of May 4 with the same place
    and whole toll. Without the qualifier an undated page keeps its two-day window; and it joins no
    shooting with another toll or in another town, nor lends its wide days to a headline."""
    from fogcount.stages.link import link_events

    shooting = _report("a", 4, place="columbus", action="attack", killed=1, injured=1, published=5)
    follow = _report("c", None, place="columbus", action="attack", killed=1, injured=1, published=25)
    follow.events[0].date_qualifier = "on or before"
    [event] = link_events([shooting, follow])
    assert (event.date_start.day, event.date_end.day) == (4, 4)
    assert "on or before 2020-05-25 by its report" in event.links[1].reasons
    assert len(link_events([shooting, _report("d", None, place="columbus", action="attack", killed=1,
                                              injured=1, published=25)])) == 2
    other = _report("e", 4, place="columbus", action="attack", killed=3, published=5)
    assert len(link_events([other, follow])) == 2
    alone = link_events([follow])
    assert (alone[0].date_start.day, alone[0].date_end.day) == (23, 25)  # its window, as an undated event's


def test_an_event_dated_on_or_before_a_day_still_links_as_of_that_day():
    """An arrest "Friday" for a shooting the same Friday: as an event of that
    day it links as any event of that day does (the same day and place, no toll
    needed)."""
    from fogcount.stages.link import link_events

    shooting = _report("a", 15, place="columbus", action="attack", killed=1, published=16)
    [event] = link_events([shooting, _told_by("c", 15)])
    assert "same day (2020-05-15)" in event.links[1].reasons


def test_a_court_report_joins_the_shooting_of_its_day_before_one_through_its_open_start():
    """A report "on or before May 20" matches a shooting of May 20 by its day
    and one of May 10 through its open start (the same place and toll): the
    two cannot be one (ten days apart), and the day told comes first, in any order. (Linking is
    greedy in the canonical order: a shooting of May 20 published after the report would come too late.)"""
    from fogcount.stages.link import link_events

    for order in ((0, 1, 2), (2, 1, 0), (1, 2, 0)):
        reports = [_report("a", 10, place="columbus", action="attack", killed=1, injured=1, published=10),
                   _report("b", 20, place="columbus", action="attack", killed=1, injured=1, published=20),
                   _told_by("c", 20, killed=1, injured=1)]
        assert _groups(link_events([reports[i] for i in order])) == [["a"], ["b", "c"]], order


def test_two_shootings_in_one_city_stay_apart_from_a_court_report_of_one():
    """Two shootings in Columbus a week apart (two killed on May 4, one killed
    on May 11) and a court report "on or before May 20" of a shooting that
    killed one there: it joins the one whose toll it gives, not the other, and
    the two shootings stay apart. Another toll, another town nearby (Hilltop),
    no toll, a shooting after its day, or one more than ``bound_days`` before
    it, keep it apart from both."""
    import datetime as dt

    from fogcount.stages.link import link_events, rules

    first = _report("a", 4, place="columbus", action="attack", killed=2, published=5)
    second = _report("b", 11, place="columbus", action="attack", killed=1, injured=1, published=12)
    assert _groups(link_events([first, second, _told_by("c", 20, killed=1, injured=1)])) == [["a"], ["b", "c"]]
    for court in (_told_by("d", 20, killed=3), _told_by("e", 20, killed=1, injured=1, place="hilltop"),
                  _told_by("f", 20)):
        assert _groups(link_events([first, second, court])) == [["a"], ["b"], [court.document.id]]
    after = _report("g", 25, place="columbus", action="attack", killed=1, injured=1, published=26)
    assert len(link_events([after, _told_by("c", 20, killed=1, injured=1)])) == 2
    long_before = _report("h", 4, place="columbus", action="attack", killed=1, injured=1, published=5)
    long_before.events[0].date_start = long_before.events[0].date_end = \
        dt.date(2020, 5, 20) - dt.timedelta(days=rules().bound_days + 5)
    assert len(link_events([long_before, _told_by("c", 20, killed=1, injured=1)])) == 2


def test_a_sentencing_report_joins_the_shooting_whose_toll_it_tells_not_another_in_the_city():
    """From the texts: two shootings in Columbus a week apart (two dead on
    Saturday, a woman killed and a man wounded on Friday), and a sentencing report that gives no
    day of its shooting. It joins the woman's shooting (the whole toll); telling three killed,
    it joins neither."""
    from fogcount.stages.link import link_events

    a = fogcount.extract("Two men were shot dead Saturday night on Elm Street in Columbus, Ohio, police said.",
                         published="2020-05-03", id="a")
    b = fogcount.extract("A woman was shot and killed and a man was wounded Friday on Main Street in Columbus, Ohio.",
                         published="2020-05-09", id="b")
    told = "A Columbus, Ohio, man was sentenced Wednesday for the shooting that killed {} and wounded a man."
    c = fogcount.extract(told.format("a woman"), published="2020-05-20", id="c")
    d = fogcount.extract(told.format("three people"), published="2020-05-20", id="d")
    assert [e.date_qualifier for e in c.events] == ["on or before"]
    assert _groups(link_events([a, b, c])) == [["a"], ["b", "c"]]
    assert _groups(link_events([a, b, d])) == [["a"], ["b"], ["d"]]


def _linked(*texts):
    """Link reports written as (id, publication day in May 2024, text)."""
    from fogcount.stages.link import link_events

    return _groups(link_events([fogcount.extract(text, published=f"2024-05-{day:02d}", id=id)
                                for id, day, text in texts]))


def test_a_statement_day_is_no_open_start_for_two_shootings_in_one_city():
    """"Police said Monday" dates a report by its statement: the happening is that day or the day before,
    not any of the weeks before it. Two shootings in one city with one dead each, on different streets,
    two days or three weeks apart, stay apart."""
    two_days = _linked(("a", 4, "A man was shot and killed Friday in Dayton. He was found in a car on Third Street."),
                       ("b", 6, "Police said Monday that a man was shot and killed in Dayton. He was found in a "
                                "house on Salem Avenue."))
    assert two_days == [["a"], ["b"]]
    weeks = _linked(("a", 1, "Police said Wednesday that a man was shot and killed in Dayton. He was found on "
                              "Third Street."),
                    ("b", 22, "Police said Wednesday that a man was shot and killed in Dayton. He was found in "
                              "an alley off Salem Avenue."))
    assert weeks == [["a"], ["b"]]


def test_a_court_report_does_not_absorb_a_new_shooting_in_its_city():
    """A sentencing in Dayton for a killing outside a bar, and a new killing outside a shop there two
    days before the sentencing's report: the same town and one dead are too common to tie a court
    report to a shooting over its open start."""
    assert _linked(("court", 8, "A Dayton man was sentenced Tuesday to life in prison for shooting and killing a "
                                "man outside a bar in Dayton."),
                   ("new", 6, "A man was shot and killed Sunday night outside a shop in Dayton, police said.")) \
        == [["court"], ["new"]]


def test_two_on_or_before_members_conflict_when_their_days_are_further_apart_than_the_bound():
    """Two reports "on or before" a day each (a charge, a sentencing) tell one happening only where
    their open starts meet: days more than ``bound_days`` apart cannot be one. A member "on or
    before" a day is also apart from a happening more than ``bound_days`` before it."""
    import datetime as dt

    from fogcount.stages.link import _conflict, member, rules

    near, far = _told_by("a", 20, killed=1, injured=1), _told_by("b", 20, killed=1, injured=1)
    far.events[0].date_start = far.events[0].date_end = dt.date(2020, 5, 20) + dt.timedelta(days=rules().bound_days + 3)
    first, second = (member(r.events[0], r.document.id, r.document.published, 0) for r in (near, far))
    assert _conflict(first, second) and _conflict(second, first)
    close = _told_by("c", 30, killed=1, injured=1)
    assert not _conflict(first, member(close.events[0], "c", close.document.published, 0))
    long_before = _report("h", 1, place="columbus", action="attack", killed=1, injured=1, published=1)
    long_before.events[0].date_start = long_before.events[0].date_end = \
        dt.date(2020, 5, 20) - dt.timedelta(days=rules().bound_days + 3)
    assert _conflict(first, member(long_before.events[0], "h", long_before.document.published, 0))


def test_a_court_report_on_or_before_a_day_links_the_same_in_any_order():
    import random

    from fogcount.stages.link import link_events

    reports = [_report("a", 4, place="columbus", action="attack", killed=2, published=5),
               _report("b", 11, place="columbus", action="attack", killed=1, injured=2, published=12),
               _told_by("c", 20, killed=1, injured=2), _report("d", 12, place="hilltop", action="attack", killed=1, published=12)]
    expected = _groups(link_events(reports))
    assert expected == [["a"], ["b", "c", "d"]]
    for seed in range(8):
        order = [r.model_copy(deep=True) for r in reports]
        random.Random(seed).shuffle(order)
        assert _groups(link_events(order)) == expected, seed


def test_a_person_both_reports_name_widens_the_reach():
    """A follow-up weeks later (an arrest, a funeral) that names the victim
    joins the shooting's reports, even those that do not name him; the linked
    event keeps the shooting's days. Without the name, or with contradicting
    tolls, it stays apart; a suburb 38 km from the city another outlet names
    links with the name, not without it."""
    from fogcount.stages.link import link_events

    shooting = _report("a", 4, place="columbus", action="attack", killed=1, people=["jane roe"])
    unnamed = _report("b", 5, place="hilltop", action="attack", killed=1)
    arrest = _report("c", 28, place="columbus", action="arrest", killed=1, people=["mark smith", "jane roe"])
    [event] = link_events([shooting, unnamed, arrest])
    assert event.documents == ["a", "b", "c"] and (event.date_start.day, event.date_end.day) == (4, 5)
    link = next(x for x in event.links if x.document == "c")
    assert link.joins == "a:e1" and "same person (Jane Roe)" in link.reasons and "dates 24 days apart" in link.reasons
    assert len(link_events([shooting, _report("d", 28, place="columbus", action="arrest", killed=1)])) == 2
    assert len(link_events([shooting, _report("e", 28, place="columbus", action="arrest", killed=9,
                                               people=["jane roe"])])) == 2
    assert len(link_events([shooting, _report("f", 4, place="delaware", action="attack", killed=1)])) == 2
    [event] = link_events([shooting, _report("g", 4, place="delaware", action="attack", killed=1,
                                             people=["jane roe"])])
    assert any("38 km apart" in r for r in event.links[1].reasons)
    # a town in another state: the person does not tie it
    far = _report("i", 4, action="attack", killed=1, people=["jane roe"])
    far.events[0].place = _place("Macon", 32.84, -83.63, admin1="Georgia")
    assert len(link_events([shooting, far])) == 2
    # months later, the person alone is beyond reach; the person and the same toll tie a trial or a
    # sentencing (up to two years later), not a toll that differs
    assert len(link_events([shooting, _late(people=["jane roe"], killed=None)])) == 2
    [event] = link_events([shooting, _late(people=["jane roe"])])
    assert "dates 123 days apart" in event.links[1].reasons and "same toll (1 killed)" in event.links[1].reasons
    assert len(link_events([shooting, _late(people=["jane roe"], killed=3)])) == 2


def test_a_town_the_other_report_names_with_the_same_toll_and_day_widens_the_reach():
    """Another outlet places the shooting in the next town (Marion, 70 km from
    Columbus) and names Columbus: with the same toll on the same day, one
    happening. Without the name, with another toll or on the next day, two."""
    from fogcount.stages.link import link_events

    marion = _place("Marion", 40.59, -83.13)
    city = _report("a", 4, place="columbus", action="attack", killed=1)

    def nearby(id, day=4, killed=1, places=(PLACES["columbus"],)):
        report = _report(id, day, action="attack", killed=killed)
        report.events[0].place = marion
        report.places = [marion, *places]
        return report

    [event] = link_events([city, nearby("b")])
    assert "Columbus named by the other report" in event.links[1].reasons
    assert any("71 km apart" in r for r in event.links[1].reasons)
    assert len(link_events([city, nearby("c", places=())])) == 2
    assert len(link_events([city, nearby("d", killed=3)])) == 2
    assert len(link_events([city, nearby("e", day=5)])) == 2


def test_a_person_the_same_toll_and_the_same_day_reach_the_county_town():
    """A township 70 km from the city another outlet names: the victim's name
    alone reaches 65 km; with the same toll on the same day, further."""
    from fogcount.stages.link import link_events

    marion = _place("Marion", 40.59, -83.13)
    city = _report("a", 4, place="columbus", action="attack", killed=1, people=["jane roe"])
    township = _report("b", 4, action="attack", killed=1, people=["jane roe"])
    township.events[0].place = marion
    [event] = link_events([city, township])
    assert "same person (Jane Roe)" in event.links[1].reasons
    township.events[0].date_start = township.events[0].date_end = township.events[0].date_start.replace(day=5)
    assert len(link_events([city, township])) == 2


def test_a_later_report_of_the_shooting_joins_it_after_the_follow_up():
    """A report of the shooting itself (May 5, naming nobody) published after
    the arrest (May 28, naming the victim) is checked against the arrest with
    the reach the arrest came in by: one event, as when it comes first; a
    shooting of May 27 at the same place, naming nobody, stays apart."""
    from fogcount.stages.link import link_events

    shooting = _report("a", 4, place="columbus", action="attack", killed=1, people=["jane roe"], published=4)
    arrest = _report("c", 28, place="columbus", action="arrest", killed=1, people=["jane roe"], published=28)
    late = _report("b", 5, place="columbus", action="attack", killed=1, published=29)
    [event] = link_events([shooting, arrest, late])
    assert sorted(event.documents) == ["a", "b", "c"]
    other = _report("d", 27, place="columbus", action="attack", killed=1, published=29)
    assert sorted(sorted(e.documents) for e in link_events([shooting, arrest, other])) == [["a", "c"], ["d"]]


def _late(**kw):
    """A report of the same place and toll, dated four months after May 2020's."""
    import datetime as dt

    late = _report("z", 4, **{"place": "columbus", "action": "attack", "killed": 1, **kw})
    late.events[0].date_start = late.events[0].date_end = dt.date(2020, 9, 4)
    return late


def test_contradicting_tolls_weigh_against_a_link_agreeing_ones_for_it():
    from fogcount.models import Figure
    from fogcount.stages.link import link_events

    one = _report("a", 4, place="columbus", action="attack", killed=1)
    assert len(link_events([one, _report("b", 4, place="columbus", action="attack", killed=40)])) == 2
    [event] = link_events([one, _report("b", 4, place="columbus", action="attack", killed=2)])  # an early count
    [event] = link_events([one, _report("b", 4, place="columbus", action="attack", killed=1)])
    assert "same toll (1 killed)" in event.links[1].reasons
    # the wounded are counted again as victims come forward: an early 1 and a later 7 are one shooting
    hurt = _report("f", 4, place="columbus", action="attack")
    hurt.events[0].figures = [Figure(category="people.injured", role="civilian", low=7, best=7, high=7)]
    early = _report("g", 4, place="columbus", action="attack")
    early.events[0].figures = [Figure(category="people.injured", role="civilian", low=1, best=1, high=1)]
    assert len(link_events([hurt, early])) == 1
    # a monitor's civilians against another report's fighters: different roles, no contradiction
    assert len(link_events([one, _report("c", 4, place="columbus", action="attack", killed=40,
                                         role="combatant")])) == 1


def test_two_happenings_one_report_separates_stay_two():
    """A report tells of two shootings in Columbus that day, each with its toll:
    another report of one of them does not join them into one. A mention
    without figures ("the shooting") may be the same happening told again."""
    from fogcount.stages.link import link_events

    both = _report("a", 4, place="columbus", action="attack", killed=1)
    both.events.append(both.events[0].model_copy(update={"id": "e2"}, deep=True))
    linked = link_events([both, _report("b", 4, place="columbus", action="attack", killed=1)])
    assert _groups(linked) == [["a"], ["a", "b"]]
    mention = _report("c", 4, place="columbus", action="attack", killed=1)
    mention.events.append(mention.events[0].model_copy(update={"id": "e2", "figures": []}))
    [event] = link_events([mention, _report("d", 4, place="columbus", action="attack", killed=1)])
    assert [(link.document, link.event) for link in event.links] == [("c", "e1"), ("c", "e2"), ("d", "e1")]


def _corpus():
    return [
        _report("w1", 4, place="columbus", action="attack", killed=1, published=5),
        _report("w2", None, place="hilltop", action="attack", published=5),
        _report("w3", 4, place="franklin", action="attack", killed=1, published=6),
        _report("w4", 4, place="delaware", action="attack", killed=3, published=5),
        _report("w5", None, place="delaware", action="attack", killed=3, published=6),
        _report("w6", 9, place="columbus", action="attack", killed=2, published=10),
        _report("w7", 8, place="columbus", action="attack", published=9, end=9),
        _report("w8", 4, place="ramadi", killed=12, published=5),
        _report("w9", 4, place="ramadi", killed=40, published=5),
        _report("w10", 4, place="columbus", action="attack", killed=40, published=5),
    ]


def test_a_reports_account_of_the_toll_takes_the_linked_event_before_its_passing_mentions():
    """A report tells a shooting first in passing with a figure ("a man died"),
    then in full (one killed, four wounded, several claims): another outlet's
    report of the shooting joins its full account, which the report's passing
    mention (a second tolled event of the same report) cannot share."""
    from fogcount.models import Figure
    from fogcount.stages.link import link_events

    def figure(category, n, claims):
        return Figure(category=category, role="civilian", low=n, best=n, high=n, claims=claims)

    local = _report("a", 4, place="columbus", action="attack", killed=1)
    full = local.events[0].model_copy(update={"id": "e2", "figures": [
        figure("people.killed", 1, ["c2", "c3"]), figure("people.injured", 4, ["c4", "c5"])]})
    local.events[0].figures = [figure("people.killed", 1, ["c1"])]
    local.events.append(full)
    wire = _report("b", 4, place="columbus", action="attack", killed=1)
    [joined] = [e for e in link_events([local, wire]) if "b" in e.documents]
    assert [(link.document, link.event) for link in joined.links] == [("a", "e2"), ("b", "e1")]


def test_the_same_reports_give_the_same_linked_events_in_any_order():
    import random

    from fogcount.stages.link import link_events

    def shown(linked):
        return sorted((e.documents, str(e.date_start), str(e.date_end), e.place.text if e.place else None,
                       [(f.category, f.role, f.low, f.best, f.high) for f in e.figures],
                       [(link.document, link.joins, link.reasons) for link in e.links]) for e in linked)

    reports = _corpus()
    expected = shown(link_events(reports))
    assert _groups(link_events(reports)) == [["w1", "w2", "w3"], ["w10"], ["w4", "w5"], ["w6", "w7"], ["w8"], ["w9"]]
    for seed in range(12):
        order = list(reports)
        random.Random(seed).shuffle(order)
        assert shown(link_events(order)) == expected, seed


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


def test_a_sentencing_naming_the_victim_a_year_on_still_joins_the_shooting():
    """An "on or before" member more than ``bound_days`` after a shooting is apart from it, unless the
    evidence tying them reaches that far: a sentencing a year on that names the victim and gives the
    toll joins the shooting's report (the person-and-toll reach), as an undated court report would."""
    from fogcount.stages.link import link_events

    shooting = _report("a", 4, place="columbus", action="attack", killed=1, published=5, people=["jane roe"])
    court = _told_by("c", 20, killed=1, people=["jane roe"])
    court.events[0].date_start = court.events[0].date_end = shooting.events[0].date_start.replace(year=2021)
    assert _groups(link_events([shooting, court])) == [["a", "c"]]
