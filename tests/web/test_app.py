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
    assert re.search(r'<td class="num">3</td>', hassi)  # three independent sources
    idlib = next(r for r in rows if "Idlib" in r)
    # the White Helmets' nine is the low; the best is the monitor's 12
    assert "9–12–12" in idlib and "Syrian Observatory for Human Rights" in idlib


def test_events_page_draws_the_map_and_the_timeline_without_script(client):
    html = client.get("/events").text
    svg_map = re.search(r'<svg class="map".*?</svg>', html, flags=re.S).group(0)
    assert len(re.findall(r'<circle class="marker"', svg_map)) == 3
    assert svg_map.count("<path d=") > 20  # the country outlines around the events
    assert "<image" not in svg_map  # no tile layer unless configured
    timeline = re.search(r'<svg class="timeline".*?</svg>', html, flags=re.S).group(0)
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


def test_a_bad_date_is_a_bad_request_with_the_reason(client):
    page = client.get("/events?since=yesterday")
    assert page.status_code == 400
    assert "since: &#39;yesterday&#39; is not a date" in page.text
    assert client.get("/api/events?since=yesterday").status_code == 422


@pytest.mark.parametrize("query", ["page=0", "page=two"])
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
def test_events_page_reads_the_events_once(many, query):
    counting = CountingStore(many[1])
    page = TestClient(create_app(counting, page_size=5, map_points=7)).get(f"/events{query}")
    assert page.status_code == 200 and _ids(page.text)
    assert counting.calls["events"] == 1
    assert counting.calls["facets"] == 1  # the filters' choices, without reading the events again
    assert counting.calls["claims_of"] == 1  # the claims of the page's rows only, at once


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
    assert '<option value="SY">SY</option>' in html  # the store's countries, not only the filtered events'
    assert all(int(store_id[1:]) % 2 for store_id in _ids(html))


def test_a_page_past_the_last_is_the_last(many):
    client, _ = many
    page = client.get("/events?page=99")
    assert page.status_code == 200
    assert '<span class="showing">Showing 21–23 of 23 events</span> · page 5 of 5' in page.text
    assert _ids(page.text) == _ids(client.get("/events?page=5").text)


def test_the_map_and_timeline_draw_at_most_their_cap_this_pages_events_first(many):
    client, store = many
    html = client.get("/events?page=3").text
    on_map, on_timeline = _marks(html, "map"), _marks(html, "timeline")
    assert len(on_map) == len(on_timeline) == 7 and len(set(on_map)) == 7
    placed = {e.id for e in store.events() if e.place.lat is not None}
    assert len(placed) == 18 and set(on_map) <= placed
    rows = _ids(html)
    assert {i for i in rows if i in placed} <= set(on_map) and set(rows) <= set(on_timeline)
    assert ('<strong class="capped">The map draws 7 of the 18 events with a known place</strong>\n'
            "    (at most 7: this page's, then the newest others; narrow the filters to see the rest)") in html
    assert '<strong class="capped">The timeline draws 7 of the 23 dated events</strong>' in html


def test_a_map_under_its_cap_says_nothing_of_one(many, client):
    html = many[0].get("/events?country=IQ&since=2020-02-20").text  # IQ from 2020-02-21 (number 17): 17, 19, 21, 23
    assert len(_marks(html, "map")) == 4 and 'class="capped"' not in html
    assert "<figcaption>Events with a known place; the outline" in html
    assert 'class="capped"' not in client.get("/events").text


def test_the_default_caps_with_more_events_than_they_hold(tmp_path):
    from fogcount.web.app import MAP_POINTS, PAGE_SIZE

    assert (PAGE_SIZE, MAP_POINTS) == (100, 500)  # as docs/store.md says
    store = _numbered_store(tmp_path / "crowded.sqlite", 680)  # 510 with coordinates
    try:
        html = TestClient(create_app(store)).get("/events").text
    finally:
        store.close()
    assert len(_ids(html)) == 100 and '<span class="showing">Showing 1–100 of 680 events</span> · page 1 of 7' in html
    assert len(_marks(html, "map")) == 500 and len(_marks(html, "timeline")) == 500
    assert "The map draws 500 of the 510 events with a known place" in html
    assert "The timeline draws 500 of the 680 dated events" in html


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
    assert 'href="/documents/fallujah"' in us and "Iraqi forces retake Hassi" in us
    maliki = next(r for r in rows if "Al-Maliki" in r)
    assert "20–99" in maliki and "a Ministry of Defense video" in maliki


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


@pytest.mark.parametrize("path", ["/api", "/api/", "/api/nothing", "/api/events/E999/claims/x"])
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
                                    "/api/documents/{document_id}"}
    assert "post" in schema["paths"]["/api/documents"]
    assert {"Event", "Claim", "Report", "Document"} <= set(schema["components"]["schemas"])
    assert client.get("/docs").status_code == 404  # the Swagger page would load scripts from a CDN


def test_every_page_pulls_scripts_and_styles_from_the_package_only(client, event_id_of):
    for path in ("/events", f"/events/{event_id_of('fallujah')}", "/documents", "/documents/idlib", "/paste"):
        html = client.get(path).text
        for url in re.findall(r'<(?:script|link)[^>]*?(?:src|href)="([^"]+)"', html):
            assert url.startswith("/") or url.startswith("data:"), f"{path} loads {url}"
    for asset in ("/static/fogcount.css", "/static/fogcount.js", "/static/vendor/world-atlas/countries-110m.json"):
        assert client.get(asset).status_code == 200
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
    tiles = re.findall(r'<image href="https://tiles\.example\.org/(\d+)/(\d+)/(\d+)\.png"', page.text)
    assert tiles and len({z for z, _, _ in tiles}) == 1
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

    def events(self, **filters):
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
