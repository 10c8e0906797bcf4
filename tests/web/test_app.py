"""The web app in-process (FastAPI's test client) over a store built by hand
(conftest.py): pages, filters, the JSON API and its OpenAPI schema, read-only
refusals, the token, the body limit, escaping, and the serve command."""

from __future__ import annotations

import datetime as dt
import json
import re
import socket
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient

from fogcount.cli import main
from fogcount.errors import SettingsError
from fogcount.models import Report
from fogcount.store import Store
from fogcount.settings import Settings
from fogcount.stages.ingest import normalise
from fogcount.web import create_app
from fogcount.web.app import DEFAULT_MAX_BODY, max_body_for
from web_reports import extracted, fallujah_report, idlib_report, numbered_report

TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def client(store):
    return TestClient(create_app(store))


@pytest.fixture
def writable(tmp_path):
    """A fresh store behind an app that allows writes, extracting with a stand-in that returns the Idlib report."""
    store = Store.open(str(tmp_path / "w.sqlite"))
    calls = []

    def extractor(text, **options):
        calls.append((text, options))
        return extracted(text, idlib_report())

    yield TestClient(create_app(store, allow_writes=True, token=TOKEN, extractor=extractor)), store, calls
    store.close()


def _rows(html: str) -> list[str]:
    """The events table's rows."""
    return re.findall(r'<tr data-event="[^"]+">.*?</tr>', html, flags=re.S)


# ---------------------------------------------------------------- the events page


def test_events_page_lists_every_event_with_figures_sources_and_independence(client):
    page = client.get("/events")
    assert page.status_code == 200
    rows = _rows(page.text)
    assert len(rows) == 3
    hassi = next(r for r in rows if "Al Hassi" in r)
    assert "2016-06-29" in hassi and "Battles" in hassi and "Armed clash" in hassi
    assert "20–250–250" in hassi  # low–best–high of people.killed (low: the general's "tens")
    for speaker in ("U.S. officials", "Gen. Hamed Al-Maliki", "Karim al-Nuri"):
        assert speaker in hassi
    assert re.search(r'<td class="num" data-label="Independent sources">3</td>', hassi)  # three independent sources
    idlib = next(r for r in rows if "Idlib" in r)
    # the White Helmets' nine is the low; the best is the monitor's 12
    assert "9–12–12" in idlib and "Syrian Observatory for Human Rights" in idlib


def test_events_page_has_the_map_of_its_filters_and_draws_the_timeline_without_script(client):
    html = client.get("/events?type=Battles").text
    assert '<div class="leaflet-map" id="map" data-map data-points="/api/points?type=Battles"' in html
    assert "data-tile-url" not in html  # no tile layer unless configured
    for asset in ("vendor/leaflet/leaflet.js", "fogcount-map.js", "vendor/leaflet/leaflet.css"):
        assert f"/static/{asset}" in html
    assert "markercluster" not in html  # the map gathers overlapping points itself, at the zoom shown
    assert "Killed (best):" in html and "Violence against civilians" in html  # the legend: sizes and colours
    timeline = re.search(r'<svg class="timeline".*?</svg>', client.get("/events").text, flags=re.S).group(0)
    assert len(re.findall(r'<rect class="span"', timeline)) == 3
    assert "Explosions/Remote violence" in timeline and "Battles" in timeline


@pytest.mark.parametrize("query, places", [
    ("country=IQ", ["Al Hassi"]),
    ("country=sy", ["Idlib"]),
    ("type=Battles", ["Al Hassi", "Mopti"]),
    ("words=market", ["Idlib"]),
    ("since=2019-01-01", ["Idlib", "Mopti"]),
    ("until=2019-01-01", ["Al Hassi"]),
    ("since=2019-05-01&until=2019-05-31&type=Explosions/Remote+violence", ["Idlib"]),
    ("country=FR", []),
])
def test_events_page_filters(client, query, places):
    page = client.get(f"/events?{query}")
    assert page.status_code == 200
    rows = _rows(page.text)
    assert len(rows) == len(places)
    for place in places:
        assert any(place in row for row in rows)
    if not places:
        assert "No event matches these filters" in page.text


def test_events_page_keeps_the_filters_in_the_form(client):
    html = client.get("/events?country=IQ&words=fighters&since=2016-01-01").text
    assert '<option value="IQ" selected>' in html
    assert 'name="words" value="fighters"' in html and 'name="since" value="2016-01-01"' in html


def test_the_country_choice_lists_names_and_keeps_a_name_typed_in_the_query(client):
    html = client.get("/events?country=Syria").text
    assert '<option value="SY" selected>Syria</option>' in html and '<option value="IQ">Iraq</option>' in html


def test_a_bad_date_is_a_bad_request_with_the_reason(client):
    page = client.get("/events?since=yesterday")
    assert page.status_code == 400
    assert "since: &#39;yesterday&#39; is not a date" in page.text
    assert client.get("/api/events?since=yesterday").status_code == 422
    missing = client.get("/events?until=2016-02-30")  # of the right form, but no such day: said so
    assert missing.status_code == 400 and "that day does not exist (February 2016 has 29 days)" in missing.text


@pytest.mark.parametrize("query, places", [
    ("country=Syria", ["Idlib"]),
    ("country=iraq", ["Al Hassi"]),
    ("country=SYR", ["Idlib"]),
    ("type=battles", ["Al Hassi", "Mopti"]),
    ("type=explosions", ["Idlib"]),
])
def test_events_page_filters_take_names_and_documented_spellings(client, query, places):
    """?country= and ?type= read values as the command line's --country and --type do (fogcount.filters)."""
    rows = _rows(client.get(f"/events?{query}").text)
    assert len(rows) == len(places) and all(any(place in row for row in rows) for place in places)
    api = client.get(f"/api/events?{query}").json()["events"]
    assert len(api) == len(places)


def test_an_unknown_country_or_type_is_a_bad_request_that_lists_the_valid_ones(client):
    page = client.get("/events?country=Narnia")
    assert page.status_code == 400 and page.headers["content-type"].startswith("text/html")
    assert "&#39;Narnia&#39; is not a country" in page.text
    api = client.get("/api/events?type=Bombs")
    assert api.status_code == 400
    assert "'Bombs' is not an event type; give one of: Battles, Explosions/Remote violence" in api.json()["detail"]


def test_api_points_has_every_placed_event_of_the_filters(client):
    data = client.get("/api/points").json()
    assert data["columns"] == ["id", "lat", "lon", "killed", "type", "date", "place"]
    assert data["events"] == 3 and len(data["points"]) == 3
    hassi = next(p for p in data["points"] if p[6].startswith("Hassi"))
    assert hassi[1:6] == [33.1, 43.7, 250, "Battles", "2016-06-29"]
    assert hassi[6] == "Hassi (Al Hassi)"  # the text's spelling, the gazetteer's beside it
    assert [p[4] for p in client.get("/api/points?country=SY").json()["points"]] == ["Explosions/Remote violence"]


@pytest.mark.parametrize("spelling", ["Hassi", "Al+Hassi"])
def test_the_word_search_finds_the_texts_spelling_and_the_gazetteers(client, spelling):
    rows = _rows(client.get(f"/events?words={spelling}").text)
    assert len(rows) == 1 and "Hassi (Al Hassi)" in rows[0]


@pytest.mark.parametrize("words", ["a" * 50_000, "x " * 30])
def test_words_past_the_bound_are_a_bad_request_with_the_headers(client, words):
    for path in ("/events", "/api/events", "/api/points"):
        answer = client.get(path, params={"words": words})
        assert answer.status_code == 400, path
        assert "words: at most 20 words of 500 characters" in answer.text
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert answer.headers["content-security-policy"].startswith("default-src 'none'")


@pytest.mark.parametrize("query", ["page=0", "page=two", "page=99999999999999999999"])
def test_an_invalid_query_value_is_the_error_page_and_json_under_api(client, query):
    page = client.get(f"/events?{query}")
    assert page.status_code == 422 and page.headers["content-type"].startswith("text/html")
    assert "<h1>Error 422</h1>" in page.text and '<p class="error">page: ' in page.text
    api = client.get("/api/events?limit=0")
    assert api.status_code == 422 and api.headers["content-type"] == "application/json"
    assert api.json()["detail"][0]["loc"] == ["query", "limit"]  # FastAPI's own JSON, unchanged


# ---------------------------------------------------------------- many events: pages and capped charts


def _numbered_store(path, count: int) -> Store:
    store = Store.open(str(path))
    for number in range(1, count + 1):
        assert store.add(numbered_report(number)).new
    assert len(store.events()) == count  # none linked to another
    return store


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """23 events (5 of them without coordinates) behind pages of 5 rows and charts of at most 7 events."""
    store = _numbered_store(tmp_path_factory.mktemp("many") / "many.sqlite", 23)
    yield TestClient(create_app(store, page_size=5, map_points=7)), store
    store.close()


def _ids(html: str) -> list[str]:
    return re.findall(r'<tr data-event="([^"]+)">', html)


def _marks(html: str, chart: str) -> list[str]:
    drawn = re.search(rf'<svg class="{chart}".*?</svg>', html, flags=re.S).group(0)
    return re.findall(r'<a href="[^"]*" data-event="([^"]+)">', drawn)


class CountingStore:
    """A store that counts the calls of each of its methods."""

    def __init__(self, store):
        self.store, self.calls = store, {}

    def __getattr__(self, name):
        method = getattr(self.store, name)

        def counted(*args, **kwargs):
            self.calls[name] = self.calls.get(name, 0) + 1
            return method(*args, **kwargs)
        return counted


@pytest.mark.parametrize("query", ["", "?country=IQ&page=2", "?words=Shelling&since=2020-02-01"])
def test_events_page_reads_only_its_rows(many, query):
    counting = CountingStore(many[1])
    page = TestClient(create_app(counting, page_size=5, map_points=7)).get(f"/events{query}")
    assert page.status_code == 200 and _ids(page.text)
    assert "events" not in counting.calls  # never every event
    assert counting.calls["events_page"] == 1  # the page's rows, paged in SQL
    assert counting.calls["event_days"] == 1 and "event_points" not in counting.calls  # the timeline: counts
    assert counting.calls["facets"] == 1  # the filters' choices, without reading the events again
    assert counting.calls["speakers_of"] == 1 and "claims_of" not in counting.calls  # the rows' sources, at once


def test_events_pages_say_which_rows_they_show_and_link_to_the_next(many):
    client, store = many
    newest_first = [e.id for e in sorted(store.events(), key=lambda e: e.date_start, reverse=True)]
    seen = []
    for number in range(1, 6):
        html = client.get(f"/events?page={number}").text
        seen += _ids(html)
        first, last = 5 * number - 4, min(5 * number, 23)
        shown = f"Showing {first}–{last} of 23 events" if last > first else f"Showing {first} of 23 events"
        assert html.count(f'<span class="showing">{shown}</span> · page {number} of 5') == 2  # above and below
        assert ('rel="prev" href="/events?page=%d"' % (number - 1) in html) == (number > 1)
        assert ('rel="next" href="/events?page=%d"' % (number + 1) in html) == (number < 5)
    assert seen == newest_first  # every event once, in the table's order
    assert len(_ids(client.get("/events?page=5").text)) == 3


def test_events_page_links_keep_the_filters_and_the_choices_stay_whole(many):
    client, _ = many
    html = client.get("/events?country=IQ&page=2").text  # the odd numbers: 12 events
    assert '<span class="showing">Showing 6–10 of 12 events</span> · page 2 of 3' in html
    assert 'rel="prev" href="/events?country=IQ&amp;page=1"' in html
    assert 'rel="next" href="/events?country=IQ&amp;page=3"' in html
    assert '<option value="SY">Syria</option>' in html  # the store's countries, not only the filtered events'
    assert all(int(store_id[1:]) % 2 for store_id in _ids(html))


def test_a_page_past_the_last_is_the_last(many):
    client, _ = many
    page = client.get("/events?page=99")
    assert page.status_code == 200
    assert '<span class="showing">Showing 21–23 of 23 events</span> · page 5 of 5' in page.text
    assert _ids(page.text) == _ids(client.get("/events?page=5").text)


def test_the_timeline_counts_every_dated_event_past_its_cap_marks_this_pages_and_the_map_every_placed_event(many):
    client, store = many
    html = client.get("/events?page=3").text
    assert _marks(html, "timeline") == _ids(html)  # the page's 5 events marked, over the counts
    timeline = re.search(r'<svg class="timeline".*?</svg>', html, flags=re.S).group(0)
    lanes = dict(re.findall(r'<path class="counts" d="[^"]+"><title>([^:]+): (\d+) events? ', timeline))
    assert sum(map(int, lanes.values())) == 23 and set(lanes) == {e.event_type for e in store.events()}
    assert '<strong class="counted">The timeline counts all 23 dated events</strong>' in html
    placed = {e.id for e in store.events() if e.place.lat is not None}
    assert len(placed) == 18
    assert "18 of the 23 events have a known place: all of them are on the map" in html
    points = client.get("/api/points").json()
    assert {p[0] for p in points["points"]} == placed and points["events"] == 23


def test_a_timeline_under_its_cap_says_nothing_of_one(many, client):
    html = many[0].get("/events?country=IQ&since=2020-02-20").text  # IQ from 2020-02-21 (number 17): 17, 19, 21, 23
    assert len(_marks(html, "timeline")) == 4 and 'class="counted"' not in html and 'class="counts"' not in html
    assert 'class="counted"' not in client.get("/events").text


def test_the_default_caps_with_more_events_than_they_hold(tmp_path):
    from fogcount.web.app import MAP_POINTS, PAGE_SIZE

    assert (PAGE_SIZE, MAP_POINTS) == (100, 500)  # as docs/store.md says
    store = _numbered_store(tmp_path / "crowded.sqlite", 680)  # 510 with coordinates
    try:
        client = TestClient(create_app(store))
        html = client.get("/events").text
        points = client.get("/api/points").json()["points"]
        api = client.get("/api/events")
        last = client.get("/api/events?limit=1000&offset=600")
    finally:
        store.close()
    assert len(_ids(html)) == 100 and '<span class="showing">Showing 1–100 of 680 events</span> · page 1 of 7' in html
    assert len(_marks(html, "timeline")) == 100  # the page's, over the counts of all 680
    assert "The timeline counts all 680 dated events" in html
    assert len(points) == 510  # the map: every event with a place, not the first 500
    assert len(api.json()["events"]) == 100 and api.headers["x-total-count"] == "680"  # the API's default limit
    assert "offset=100" in api.headers["link"] and 'rel="next"' in api.headers["link"]
    assert len(last.json()["events"]) == 80 and "link" not in last.headers


def test_page_size_and_map_points_must_be_positive(store):
    with pytest.raises(SettingsError, match="page_size and map_points"):
        create_app(store, page_size=0)
    with pytest.raises(SettingsError, match="page_size and map_points"):
        create_app(store, map_points=0)


# ---------------------------------------------------------------- an event


def test_event_page_has_a_range_chart_per_figure_and_the_provenance(client, event_id_of):
    page = client.get(f"/events/{event_id_of('fallujah')}")
    assert page.status_code == 200
    html = page.text
    chart = re.search(r'<svg class="range".*?</svg>', html, flags=re.S).group(0)
    bars = re.findall(r'<rect class="bar ([^"]+)"', chart)
    assert sorted(bars) == ["kind-government partisan", "kind-military partisan", "kind-militia"]
    assert 'class="reconciled best high"' in chart and "best = high 250" in chart
    assert 'class="reconciled low"' in chart  # the low, 20, is the general's "tens"
    assert chart.count('class="open"') == 2  # "at least 250" and "more than 60" have no upper bound
    provenance = re.search(r'<table class="claims" id="provenance">.*?</table>', html, flags=re.S).group(0)
    rows = re.findall(r"<tr id=\"claim-[^\"]+\".*?</tr>", provenance, flags=re.S)
    assert len(rows) == 3
    us = next(r for r in rows if "U.S. officials" in r)
    assert "≥250" in us and "Reuters" in us and "2016-06-29" in us and "partisan" in us
    assert '<mark class="claim" title="people.killed">At least 250</mark>' in us
    assert 'href="/documents/fallujah#text-c1"' in us and "Iraqi forces retake Hassi" in us  # at the sentence
    assert "Test Wire · 2016-06-30" in us  # the outlet and day of the report
    maliki = next(r for r in rows if "Al-Maliki" in r)
    assert "20–99" in maliki and "a Ministry of Defense video" in maliki
    # each bar names its outlet and day beside the speaker, whole in its tooltip
    assert re.search(r'<text class="who"[^>]*>U\.S\. officials ⚑<title>U\.S\. officials ⚑ · Test Wire · 2016-06-30</title>', chart)
    assert chart.count('<text class="outlet"') == 3 and "Test Wire · 2016-06-30</text>" not in chart.split("<title>")[0]


def test_event_page_tells_how_the_reports_arrived(client, event_id_of):
    html = client.get(f"/events/{event_id_of('fallujah')}").text
    story = re.search(r'<table class="story" id="story">.*?</table>', html, flags=re.S).group(0)
    rows = re.findall(r'<tr id="report-\d+">.*?</tr>', story, flags=re.S)
    assert len(rows) == 1
    assert "2016-06-30" in rows[0] and "Iraqi forces retake Hassi" in rows[0] and "Test Wire" in rows[0]
    assert rows[0].count('href="/documents/fallujah#text-c') == 3  # each figure links to its sentence
    # low: the lowest credible origin's figure (the general's "tens"), DESIGN.md's reconciliation
    assert "<b>20–250–250</b>" in rows[0] and "the first report" in rows[0]
    assert 'data-point="[&#34;' in html or "data-point='[" in html or 'data-point="[' in html  # its map


def test_each_figures_notes_link_the_claims_they_cite(tmp_path):
    from fogcount.web.story import linked_notes, short_claim_id

    long_id = "a" * 64 + ":c2"
    notes = linked_notes([f"best <from> {long_id}, low from x:c1"], [long_id, "x:c1"])
    assert str(notes[0]) == (f'best &lt;from&gt; <a class="claim-id" href="#claim-{long_id}" title="{long_id}">'
                             f'{"a" * 12}…:c2</a>, low from <a class="claim-id" href="#claim-x:c1" title="x:c1">x:c1</a>')
    assert short_claim_id("fallujah:c1") == "fallujah:c1"


def test_the_story_counts_each_report_with_those_before_it(tmp_path):
    store = Store.open(str(tmp_path / "two.sqlite"))
    try:
        first = fallujah_report()
        later = first.model_copy(deep=True)
        later.document = later.document.model_copy(update={"id": "fallujah-later", "sha256": "f" * 64,
                                                           "published": dt.date(2016, 7, 2), "outlet": "Later Wire",
                                                           "url": "https://later.example/fallujah"})
        later.claims = [later.claims[0].model_copy(update={"value": later.claims[0].value.model_copy(
            update={"text": "At least 300", "low": 300})}, deep=True)]
        later.events[0].claims = ["c1"]
        assert store.add(first).new and store.add(later).new
        event = next(e for e in store.events() if "fallujah-later" in e.documents)
        html = TestClient(create_app(store)).get(f"/events/{event.id}").text
    finally:
        store.close()
    rows = re.findall(r'<tr id="report-\d+">.*?</tr>', html, flags=re.S)
    assert [("Later Wire" in r) for r in rows] == [False, True]
    assert "<b>20–250–250</b>" in rows[0] and "the first report" in rows[0]
    assert "joins fallujah:e1: " in rows[1] and "2016-06-29" in rows[1]  # why, from the linked event's links


def test_a_documents_events_link_to_the_stored_events(client, event_id_of):
    html = client.get("/documents/fallujah").text
    assert f'<a href="/events/{event_id_of("fallujah")}">{event_id_of("fallujah")}</a> (e1)' in html


def test_documents_are_paged(tmp_path):
    store = Store.open(str(tmp_path / "docs.sqlite"))
    try:
        for number in range(1, 106):
            store.add(numbered_report(number))
        client = TestClient(create_app(store))
        first, second = client.get("/documents").text, client.get("/documents?page=2").text
        api = client.get("/api/documents?limit=10&offset=100")
    finally:
        store.close()
    assert '<span class="showing">Showing 1–100 of 105</span> · page 1 of 2' in first
    assert 'rel="next" href="/documents?page=2"' in first
    assert '<span class="showing">Showing 101–105 of 105</span> · page 2 of 2' in second
    assert second.count('<tr><td class="date">') == 5
    assert len(api.json()) == 5 and api.headers["x-total-count"] == "105"


def test_pages_are_compressed_for_clients_that_take_it(client):
    answer = client.get("/events", headers={"accept-encoding": "gzip"})
    assert answer.headers["content-encoding"] == "gzip" and answer.headers["content-security-policy"]
    assert client.get("/static/vendor/natural-earth/countries-50m.geojson",
                      headers={"accept-encoding": "gzip"}).headers["content-encoding"] == "gzip"


def test_event_page_says_why_its_reports_are_one_event(tmp_path):
    """Two outlets' reports of the Idlib strike: the page names both and why the second joins the first."""
    from web_reports import IDLIB, IDLIB_TEXT, SOHR, _sentence_report

    store = Store.open(str(tmp_path / "linked.sqlite"))
    store.add(idlib_report())
    store.add(_sentence_report("idlib-2", "Idlib market strike", dt.date(2019, 5, 3), IDLIB_TEXT[:1], IDLIB,
                               dt.date(2019, 5, 2), "Explosions/Remote violence", "Air/drone strike",
                               [("12", 12, 12, SOHR, "civilians")], role="civilian"))
    [event] = store.events()
    html = TestClient(create_app(store)).get(f"/events/{event.id}").text
    store.close()
    section = re.search(r"<h2>Why these reports are one event</h2>.*?</ul>", html, flags=re.S).group(0)
    assert 'href="/documents/idlib"' in section and "the first report" in section
    assert "joins idlib:e1: same day (2019-05-02), same place (Idlib)" in section


def test_an_unknown_event_is_not_found(client):
    assert client.get("/events/E999").status_code == 404
    assert client.get("/events/nonsense").status_code == 404
    assert client.get("/api/events/E999").json() == {"detail": "no event 'E999'"}


@pytest.mark.parametrize("path", ["/no-such-page", "/events-old", "/paste/more", "/apis", "/a/b/c.html"])
def test_an_unknown_page_is_the_html_error_page(client, path):
    page = client.get(path)
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "<h1>Error 404</h1>" in page.text and f'<p class="error">there is no page at {path}</p>' in page.text
    assert 'href="/events"' in page.text and '<link rel="stylesheet" href="/static/fogcount.css">' in page.text
    assert "default-src 'none'" in page.headers["content-security-policy"]  # the security headers too


def test_the_api_root_names_its_paths(client):
    answer = client.get("/api", follow_redirects=False)
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/json"
    assert answer.json()["openapi"] == "/api/openapi.json"
    assert answer.json()["paths"] == ["/api/documents", "/api/documents/{document_id}", "/api/events",
                                      "/api/events/{event_id}", "/api/points"]
    assert set(answer.json()["paths"]) == set(client.get("/api/openapi.json").json()["paths"])  # as OpenAPI names them


@pytest.mark.parametrize("path", ["/api/", "/api/nothing", "/api/events/E999/claims/x"])
def test_an_unknown_api_path_stays_json(client, path):
    answer = client.get(path)
    assert answer.status_code == 404 and answer.headers["content-type"] == "application/json"
    assert set(answer.json()) == {"detail"}


def test_a_method_a_page_does_not_take_is_the_html_error_page_and_json_under_api(client):
    page = client.post("/events", data={"x": "1"})
    assert page.status_code == 405 and page.headers["content-type"].startswith("text/html")
    assert '<p class="error">POST is not allowed at /events</p>' in page.text
    assert page.headers["allow"] == "GET"
    api = client.delete("/api/events")
    assert api.status_code == 405 and api.json() == {"detail": "Method Not Allowed"} and api.headers["allow"] == "GET"


def test_the_unknown_path_is_escaped_on_the_error_page(client):
    page = client.get("/%3Cscript%3Ewindow.__pwned=1%3C/script%3E")
    assert page.status_code == 404
    assert "<script>window.__pwned" not in page.text and "&lt;script&gt;window.__pwned=1" in page.text


def test_a_missing_static_file_is_no_page(client):
    answer = client.get("/static/missing.css")
    assert answer.status_code == 404 and answer.headers["content-type"] == "application/json"


# ---------------------------------------------------------------- documents


def test_documents_page_lists_the_stored_documents(client):
    html = client.get("/documents").text
    for title in ("Iraqi forces retake Hassi", "Air strike on Idlib market"):
        assert title in html
    assert 'href="/documents/idlib"' in html


def test_document_page_highlights_claims_sources_and_places(client):
    html = client.get("/documents/fallujah").text
    text = re.search(r'<div class="doctext excerpts">.*?</div>', html, flags=re.S).group(0)
    assert re.findall(r'<mark class="claim"[^>]*>([^<]+)</mark>', text) == ["At least 250", "tens", "more than 60"]
    assert re.findall(r'<mark class="source"[^>]*>([^<]+)</mark>', text) == [
        "U.S. officials", "Gen. Hamed Al-Maliki", "Karim al-Nuri"]
    assert re.findall(r'<mark class="place"[^>]*>([^<]+)</mark>', text) == ["Hassi"]
    assert "[…]" not in text  # the three sentences follow one another
    assert html.count('<tr id="claim-') == 3


def test_an_unknown_document_is_not_found(client):
    assert client.get("/documents/nope").status_code == 404
    assert client.get("/api/documents/nope").status_code == 404


# ---------------------------------------------------------------- the JSON API


def test_api_events_is_what_the_events_command_prints(client, store):
    payload = client.get("/api/events").json()
    assert payload["schema"] == "fogcount/2"
    assert len(payload["events"]) == 3 and len(payload["claims"]) == 6
    hassi = next(e for e in payload["events"] if e["documents"] == ["fallujah"])
    assert {k: hassi["figures"][0][k] for k in ("low", "best", "high", "independent_sources")} == {
        "low": 20, "best": 250, "high": 250, "independent_sources": 3}
    assert hassi == json.loads(store.event(hassi["id"]).model_dump_json())
    assert {c["id"] for c in payload["claims"]} >= {"fallujah:c1", "fallujah:c2", "fallujah:c3", "idlib:c1"}


def test_api_events_filters_and_pages(client):
    assert [e["place"]["country"] for e in client.get("/api/events?country=SY").json()["events"]] == ["SY"]
    assert len(client.get("/api/events?type=battles").json()["events"]) == 2
    assert len(client.get("/api/events?words=Observatory").json()["events"]) == 1
    first = client.get("/api/events?limit=1").json()["events"]
    second = client.get("/api/events?limit=1&offset=1").json()["events"]
    assert len(first) == len(second) == 1 and first[0]["id"] != second[0]["id"]
    assert first[0]["date_start"] == "2021-03-09"  # newest first


def test_api_event_and_document_give_the_contract(client, store, event_id_of):
    one = client.get(f"/api/events/{event_id_of('idlib')}").json()
    assert [e["documents"] for e in one["events"]] == [["idlib"]]
    assert [c["id"] for c in one["claims"]] == ["idlib:c1", "idlib:c2"]
    report = client.get("/api/documents/fallujah").json()
    assert report["schema"] == "fogcount/2"
    assert Report.model_validate(report) == store.report("fallujah")
    documents = client.get("/api/documents").json()
    assert {d["id"] for d in documents} == {"fallujah", "idlib", "hostile"}
    assert len(client.get("/api/documents?limit=1").json()) == 1


def test_openapi_schema_describes_the_api_only(client):
    schema = client.get("/api/openapi.json").json()
    assert set(schema["paths"]) == {"/api/events", "/api/events/{event_id}", "/api/documents",
                                    "/api/documents/{document_id}", "/api/points"}
    assert "post" in schema["paths"]["/api/documents"]
    assert {"Event", "Claim", "Report", "Document"} <= set(schema["components"]["schemas"])
    assert client.get("/docs").status_code == 404  # the Swagger page would load scripts from a CDN


def test_every_page_pulls_scripts_and_styles_from_the_package_only(client, event_id_of):
    for path in ("/events", f"/events/{event_id_of('fallujah')}", "/documents", "/documents/idlib", "/paste"):
        html = client.get(path).text
        for url in re.findall(r'<(?:script|link)[^>]*?(?:src|href)="([^"]+)"', html):
            assert url.startswith("/") or url.startswith("data:"), f"{path} loads {url}"
    for asset in ("/static/fogcount.css", "/static/fogcount.js", "/static/fogcount-map.js",
                  "/static/vendor/leaflet/leaflet.js", "/static/vendor/leaflet/leaflet.css",
                  "/static/vendor/natural-earth/countries-50m.geojson", "/static/vendor/natural-earth/admin1-tiles.json",
                  "/static/vendor/natural-earth/countries-50m-overview.geojson",
                  "/static/vendor/geonames/places.json"):
        assert client.get(asset).status_code == 200, asset
    policy = client.get("/events").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "default-src 'none'" in policy


# ---------------------------------------------------------------- safety


def test_article_text_is_escaped_everywhere(client, event_id_of):
    for path in (f"/events/{event_id_of('hostile')}", "/documents/hostile", "/events", "/documents"):
        html = client.get(path).text
        assert "<script>window.__pwned" not in html, path
        assert "<img src=x" not in html, path
        assert "onerror=\"window" not in html, path
    html = client.get("/documents/hostile").text
    assert "&lt;script&gt;window.__pwned = 1;" in html and "&lt;img src=x onerror=" in html
    assert 'href="javascript:' not in html  # a document's URL is a link only when it is http(s)


def test_read_only_by_default(client):
    assert client.post("/api/documents", json={"text": "Ten people died."}).status_code == 403
    assert client.post("/paste", data={"text": "Ten people died.", "token": "x"}).status_code == 403
    page = client.get("/paste")
    assert page.status_code == 403 and "read-only" in page.text and "<form" not in page.text
    assert 'href="/paste"' not in client.get("/events").text


def test_writes_need_the_token(writable):
    web, store, calls = writable
    body = {"text": "An air strike killed 12 civilians.", "published": "2019-05-03"}
    assert web.post("/api/documents", json=body).status_code == 401
    assert web.post("/api/documents", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert calls == [] and store.documents() == []
    added = web.post("/api/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert added.status_code == 201 and added.headers["location"] == "/api/documents/idlib"
    assert added.json()["document"]["id"] == "idlib"
    assert calls[0][0] == body["text"] and calls[0][1]["published"] == dt.date(2019, 5, 3)
    again = web.post("/api/documents", json=body, headers={"X-Fogcount-Token": TOKEN})
    assert again.status_code == 200  # the same text: stored already, nothing changed
    assert [d.id for d in store.documents()] == ["idlib"]


def test_api_documents_answers_with_the_id_and_location_it_stored(tmp_path):
    import hashlib
    from urllib.parse import quote

    def extractor(text, **options):
        report = idlib_report()
        report.document = report.document.model_copy(update={
            "id": options["id"] or "unnamed", "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()})
        return extracted(text, report)

    store = Store.open(str(tmp_path / "ids.sqlite"))
    try:
        web = TestClient(create_app(store, allow_writes=True, token=TOKEN, extractor=extractor))
        auth = {"Authorization": f"Bearer {TOKEN}"}
        first = web.post("/api/documents", json={"text": "One text.", "id": "story"}, headers=auth)
        assert first.status_code == 201 and first.headers["location"] == "/api/documents/story"
        other = web.post("/api/documents", json={"text": "Another text.", "id": "story"}, headers=auth)  # id taken
        stored = other.json()["document"]["id"]
        assert other.status_code == 201 and stored != "story" and stored.startswith("story@")
        assert other.headers["location"] == "/api/documents/" + quote(stored, safe="")
        assert web.get(other.headers["location"]).json()["document"]["id"] == stored
        same = web.post("/api/documents", json={"text": "One text.", "id": "new-name"}, headers=auth)  # text known
        assert same.status_code == 200 and same.headers["location"] == "/api/documents/story"
        assert same.json()["document"]["id"] == "story" and web.get(same.headers["location"]).status_code == 200
    finally:
        store.close()


def test_paste_form_extracts_stores_and_shows_the_result(writable):
    web, store, calls = writable
    assert "<form" in web.get("/paste").text and 'href="/paste"' in web.get("/events").text
    refused = web.post("/paste", data={"text": "Twelve died.", "token": "wrong", "title": "<b>t</b>"})
    assert refused.status_code == 401 and "valid token" in refused.text
    assert "&lt;b&gt;t&lt;/b&gt;" in refused.text  # the form comes back filled in, escaped
    shown = web.post("/paste", data={"text": "An air strike killed 12 civilians, the Syrian Observatory for Human "
                                             "Rights said.", "token": TOKEN, "published": "2019-05-03"})
    assert shown.status_code == 201
    assert "Stored as a new document" in shown.text and "Syrian Observatory for Human Rights" in shown.text
    assert [d.id for d in store.documents()] == ["idlib"]
    bad = web.post("/paste", data={"text": "x", "token": TOKEN, "published": "soon"})
    assert bad.status_code == 400 and "published: &#39;soon&#39; is not a date" in bad.text


def test_paste_form_runs_the_real_extraction(tmp_path):
    with Store.open(str(tmp_path / "real.sqlite")) as store:
        web = TestClient(create_app(store, allow_writes=True, token=TOKEN))
        text = "At least 12 people were killed in Mosul on Tuesday, police said. <script>window.__x = 1</script>"
        shown = web.post("/paste", data={"text": text, "token": TOKEN, "published": "2017-03-02"})
        assert shown.status_code == 201
        assert '<mark class="claim"' in shown.text and "&lt;script&gt;" in shown.text and "<script>window" not in shown.text
        [document] = store.documents()
        assert store.report(document.id).claims[0].value.low == 12
        empty = web.post("/paste", data={"text": "   ", "token": TOKEN})
        assert empty.status_code == 400 and "empty input" in empty.text


def test_a_pasted_crlf_article_is_highlighted_at_the_claims_figures(tmp_path):
    """Browsers send a textarea's line breaks as CRLF; the report's spans point into the text with LF."""
    with Store.open(str(tmp_path / "crlf.sqlite")) as store:
        web = TestClient(create_app(store, allow_writes=True, token=TOKEN))
        text = ("Residents of Mosul gathered at dawn.\r\nThe market was crowded.\r\n\r\n"
                "At least 12 people were killed in Mosul on Tuesday, police said.\r\n"
                "Later, rescuers found 3 more bodies in Mosul, a doctor said.\r\n")
        shown = web.post("/paste", data={"text": text, "token": TOKEN, "published": "2017-03-02"})
        assert shown.status_code == 201
        [document] = store.documents()
        figures = [claim.value.text for claim in store.report(document.id).claims]
        assert "12" in " ".join(figures) and "3" in figures
        def marked(html: str) -> list[str]:
            body = re.search(r'<div class="doctext">.*?</div>', html, flags=re.S).group(0)
            return re.findall(r'<mark class="claim"[^>]*>([^<]+)</mark>', body)

        assert marked(shown.text) == figures
        assert marked(web.get(f"/documents/{document.id}").text) == figures  # the stored page agrees


def test_a_700_kb_arabic_paste_fits_the_default_body_limit(writable):
    web, store, calls = writable
    text = "قال المرصد السوري لحقوق الإنسان إن غارة جوية قتلت 12 مدنياً في إدلب يوم الخميس.\r\n" * 5_100
    assert 700_000 < len(text.encode("utf-8")) < 750_000  # with CRLF line breaks, as a browser sends them
    assert len(urlencode({"text": text})) > 2_000_000  # three bytes a letter, form-encoded: over the old limit
    assert web.post("/paste", data={"text": text, "token": TOKEN}).status_code == 201
    assert calls[0][0] == text
    over = web.post("/api/documents", content=b"x" * (DEFAULT_MAX_BODY + 1),
                    headers={"Authorization": f"Bearer {TOKEN}"})
    assert over.status_code == 413 and f"{DEFAULT_MAX_BODY:,} bytes" in over.text


@pytest.mark.parametrize("unit", [
    "مدني",  # Arabic: 3 form-encoded bytes per UTF-8 byte
    "\r\n",  # a CRLF line break, 6 bytes, stored as one
    "\u1100\u1161\u11a8",  # Hangul conjoining jamo, 27 bytes, one 3-byte syllable under NFC
    "\u03b9\u0308\u0301",  # iota, diaeresis, acute, 18 bytes, one 2-byte letter under NFC
])
def test_the_body_limit_follows_the_size_limit_with_room_for_form_encoding(tmp_path, unit):
    settings = Settings(max_bytes=100_000)  # large enough that the room for other fields is small beside it
    with Store.open(str(tmp_path / "limit.sqlite")) as store:
        def extractor(text, **options):  # the size check the real extraction makes, on the normalised text
            assert len(normalise(text).encode("utf-8")) <= settings.max_bytes
            return extracted(text, idlib_report())

        web = TestClient(create_app(store, allow_writes=True, token=TOKEN, settings=settings, extractor=extractor))
        text = "x" + unit * ((settings.max_bytes - 1) // len(normalise(unit).encode("utf-8")))
        sent = web.post("/paste", data={"text": text, "token": TOKEN, "title": "A title", "outlet": "An outlet"})
        assert sent.status_code == 201
        over = web.post("/paste", data={"text": "y" * max_body_for(settings.max_bytes), "token": TOKEN})
        assert over.status_code == 413  # the limit is this store's, not the default's


def test_request_bodies_are_size_limited(store):
    web = TestClient(create_app(store, allow_writes=True, token=TOKEN, max_body=1000,
                                extractor=lambda text, **options: extracted(text, fallujah_report())))
    headers = {"Authorization": f"Bearer {TOKEN}"}
    declared = web.post("/api/documents", content=json.dumps({"text": "x" * 2000}), headers=headers)
    assert declared.status_code == 413
    streamed = web.post("/api/documents", content=(b"x" * 400 for _ in range(5)), headers=headers)
    assert streamed.status_code == 413  # no Content-Length: counted as it arrives
    assert web.post("/paste", data={"text": "y" * 5000, "token": TOKEN}).status_code == 413


def test_writes_without_a_token_and_bad_tile_urls_are_refused(store):
    with pytest.raises(SettingsError, match="token"):
        create_app(store, allow_writes=True)
    for bad in ("ftp://tiles.example.org/{z}/{x}/{y}.png", "https://tiles.example.org/tile.png"):
        with pytest.raises(SettingsError, match="tile URL"):
            create_app(store, tile_url=bad)


def test_a_tile_layer_only_where_a_tile_url_is_configured(store):
    web = TestClient(create_app(store, tile_url="https://tiles.example.org/{z}/{x}/{y}.png"))
    page = web.get("/events")
    assert 'data-tile-url="https://tiles.example.org/{z}/{x}/{y}.png"' in page.text
    assert "img-src 'self' data: https://tiles.example.org" in page.headers["content-security-policy"]


# ---------------------------------------------------------------- the serve command


def test_serve_refuses_writes_without_a_token(store_path, monkeypatch, capsys):
    monkeypatch.delenv("FOGCOUNT_TOKEN", raising=False)
    assert main(["serve", "--db", str(store_path), "--allow-writes", "--port", str(_free_port())]) == 2
    assert "writes need a token" in capsys.readouterr().err


def test_serve_a_missing_store_is_one_line(tmp_path, capsys):
    assert main(["serve", "--db", str(tmp_path / "none.sqlite"), "--port", str(_free_port())]) == 1
    err = capsys.readouterr().err
    assert err.startswith("fogcount: E500") and "Traceback" not in err


def test_serve_a_busy_port_is_one_line(store_path, capsys):
    with socket.create_server(("127.0.0.1", 0)) as busy:
        assert main(["serve", "--db", str(store_path), "--port", str(busy.getsockname()[1])]) == 2
    assert "cannot listen on 127.0.0.1" in capsys.readouterr().err


def test_serve_builds_the_app_from_its_options(store_path, monkeypatch):
    import uvicorn

    started = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: started.update(app=app, **options))
    monkeypatch.setenv("FOGCOUNT_TOKEN", TOKEN)
    port = _free_port()
    assert main(["serve", "--db", str(store_path), "--allow-writes", "--port", str(port)]) == 0
    assert started["host"] == "127.0.0.1" and started["port"] == port
    assert TestClient(started["app"]).get("/paste").status_code == 200  # writes on, with the token from the environment
    started.clear()
    assert main(["serve", "--db", str(store_path), "--port", str(port)]) == 0
    assert TestClient(started["app"]).get("/paste").status_code == 403
    too_large = TestClient(started["app"]).post("/api/documents", content=b"x" * (DEFAULT_MAX_BODY + 1))
    assert too_large.status_code == 413  # the app's default limit, not a second number in the command
    started.clear()
    assert main(["serve", "--db", str(store_path), "--port", str(port), "--max-bytes", "1000"]) == 0
    bounded = TestClient(started["app"]).post("/api/documents", content=b"x" * (max_body_for(1000) + 1))
    assert bounded.status_code == 413 and f"over {max_body_for(1000):,} bytes" in bounded.text  # --max-bytes exists


def test_serve_with_workers_gives_each_process_the_checked_options(store_path, monkeypatch):
    import uvicorn

    from fogcount.web import worker

    started = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: started.update(app=app, **options))
    monkeypatch.setenv("FOGCOUNT_TOKEN", TOKEN)
    monkeypatch.setenv(worker.OPTIONS_VARIABLE, "")  # restored after the test: the command sets it
    assert main(["serve", "--db", str(store_path), "--allow-writes", "--workers", "2", "--max-bytes", "1000",
                 "--port", str(_free_port())]) == 0
    assert (started["app"], started["factory"], started["workers"]) == ("fogcount.web.worker:app", True, 2)
    client = TestClient(worker.app())  # what each process builds
    assert client.get("/paste").status_code == 200 and client.get("/events").status_code == 200
    assert client.post("/api/documents", content=b"x" * (max_body_for(1000) + 1)).status_code == 413


def _free_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return probe.getsockname()[1]


def test_a_pasted_articles_page_shows_its_whole_text_after_storing(tmp_path):
    """The store keeps the pasted text; the document page shows all of it, not only the figures' sentences."""
    from fastapi.testclient import TestClient

    from fogcount.store import Store
    from fogcount.web.app import create_app

    with Store.open(str(tmp_path / "paste.db")) as store:
        client = TestClient(create_app(store, allow_writes=True, token="t0ken"))
        text = ("Residents of Ramadi gathered at dawn.\n\nGunmen killed 4 villagers in Ramadi on Monday, "
                "police said. Nobody has claimed the attack.")
        made = client.post("/api/documents", json={"text": text, "published": "2020-05-12", "id": "pasted"},
                           headers={"Authorization": "Bearer t0ken"})
        assert made.status_code == 201
        page = client.get("/documents/pasted")
        assert page.status_code == 200
        assert "gathered at dawn." in page.text and "Nobody has claimed the attack." in page.text  # unmarked sentences too
        assert store.text("pasted").startswith("Residents of Ramadi")


class UnreachableStore:
    """A store whose server went away after the app started: every read is a StoreError."""

    def revision(self):
        from fogcount.errors import StoreError

        raise StoreError("cannot reach the store at postgresql://db.example/news")


def test_a_broken_store_is_the_servers_fault_not_a_bad_request():
    web = TestClient(create_app(UnreachableStore()))
    page = web.get("/events")
    assert page.status_code == 503 and "<h1>Error 503</h1>" in page.text
    assert "E500 cannot reach the store" in page.text
    api = web.get("/api/events")
    assert api.status_code == 503
    assert api.json() == {"detail": "E500 cannot reach the store at postgresql://db.example/news"}


def test_an_event_dated_on_or_before_a_day_says_so_on_its_pages(tmp_path):
    """An event whose report gives only a later act's day ("on or before", Event.date_qualifier) is not
    shown as happening that day: the list and its page say "on or before"."""
    report = idlib_report()
    for event in report.events:
        event.date_qualifier = "on or before"
    with Store.open(str(tmp_path / "q.sqlite")) as store:
        store.add(report)
        web = TestClient(create_app(store))
        [event] = store.events()[:1]
        listed = web.get("/events").text
        shown = web.get(f"/events/{event.id}").text
    assert f"on or before {event.date_start}" in listed
    assert f"on or before {event.date_start}" in shown and "a later act" in shown
