"""Rendered responses kept per store revision (web/cache.py): drawn once per query, dropped when the store
changes (a write of this process or another's), 304 for a client that holds the page, never a stale page."""

from __future__ import annotations

import gzip
import threading
import time

from fastapi.testclient import TestClient
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse

from fogcount.store import Store
from fogcount.web import create_app
from fogcount.web.cache import ResponseCache, RevisionMemo, key_of, respond, takes_gzip
from web_reports import fallujah_report, idlib_report, numbered_report


def _request(path: str = "/events", query: str = "", headers: dict | None = None) -> Request:
    return Request({"type": "http", "method": "GET", "path": path, "query_string": query.encode(), "scheme": "http",
                    "server": ("127.0.0.1", 8000), "root_path": "",
                    "headers": [(k.encode(), v.encode()) for k, v in (headers or {}).items()]})


def test_a_page_is_drawn_once_per_revision_and_again_after_a_change():
    revision, drawn = [1], []
    kept = ResponseCache(lambda: revision[0])

    def draw():
        drawn.append(revision[0])
        return HTMLResponse(f"<p>revision {revision[0]}</p>")

    first = kept.get("k", draw)
    assert kept.get("k", draw) is first and drawn == [1]
    revision[0] = 2
    assert gzip.decompress(kept.get("k", draw).gzipped) == b"<p>revision 2</p>" and drawn == [1, 2]


def test_concurrent_requests_for_one_page_wait_for_one_drawing():
    drawn = []

    def draw():
        drawn.append(1)
        time.sleep(0.2)  # long enough for every thread to ask while it draws
        return JSONResponse({"points": list(range(1000))})

    kept = ResponseCache(lambda: 7)
    answers = []
    threads = [threading.Thread(target=lambda: answers.append(kept.get("points", draw))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(drawn) == 1 and len(answers) == 8 and len({a.etag for a in answers}) == 1


def test_a_shared_value_is_computed_once_per_revision_and_the_oldest_keys_go_first():
    revision, computed = [1], []
    memo = RevisionMemo(lambda: revision[0], size=2)

    def compute(key):
        computed.append((revision[0], key))
        return f"{key}@{revision[0]}"

    assert [memo.get(k, lambda k=k: compute(k)) for k in "aab"] == ["a@1", "a@1", "b@1"]
    memo.get("c", lambda: compute("c"))  # a third key: a, the oldest, goes
    assert memo.get("a", lambda: compute("a")) == "a@1" and computed[-1] == (1, "a")
    revision[0] = 2
    assert memo.get("b", lambda: compute("b")) == "b@2"
    assert computed == [(1, "a"), (1, "b"), (1, "c"), (1, "a"), (2, "b")]


def test_only_a_200_is_kept():
    drawn = []

    def draw():
        drawn.append(1)
        return HTMLResponse("gone", status_code=404)

    kept = ResponseCache(lambda: 1)
    assert kept.get("k", draw).status_code == 404 and kept.get("k", draw).status_code == 404
    assert len(drawn) == 2


def test_the_least_recently_used_go_first_past_the_byte_bound():
    import os

    kept = ResponseCache(lambda: 1, max_bytes=1500)
    noise = {key: HTMLResponse(os.urandom(600).hex()) for key in "abc"}  # hex of random bytes: about 620 bytes gzipped
    drawn = []

    def draw(key):
        drawn.append(key)
        return noise[key]

    for key in "aba":
        kept.get(key, lambda: draw(key))
    kept.get("c", lambda: draw("c"))  # over 1,500 bytes: b (the least recently used) goes
    kept.get("a", lambda: draw("a"))
    kept.get("b", lambda: draw("b"))
    assert drawn == ["a", "b", "c", "b"]


def test_the_answer_is_gzipped_plain_or_not_modified_as_the_client_asks():
    kept = ResponseCache(lambda: 3).get("k", lambda: JSONResponse({"n": 1}, headers={"x-total-count": "1"}))
    zipped = respond(_request(headers={"accept-encoding": "gzip, br"}), kept)
    assert zipped.headers["content-encoding"] == "gzip" and gzip.decompress(zipped.body) == b'{"n":1}'
    assert zipped.headers["x-total-count"] == "1" and zipped.headers["content-type"] == "application/json"
    plain = respond(_request(), kept)
    assert plain.body == b'{"n":1}' and "content-encoding" not in plain.headers
    assert plain.headers["etag"] == kept.etag and plain.headers["cache-control"] == "no-cache"
    held = respond(_request(headers={"if-none-match": kept.etag}), kept)
    assert held.status_code == 304 and held.body == b""


def test_a_query_is_one_key_in_any_order():
    assert key_of(_request(query="since=2020-01-01&country=SY")) == key_of(_request(query="country=SY&since=2020-01-01"))
    assert key_of(_request(query="page=2")) != key_of(_request(query="page=3"))


def test_the_pages_show_a_document_stored_after_they_were_drawn(tmp_path):
    """The events page, its JSON and the map's points, asked for again after another writer (here the store
    itself, as `fogcount ingest` in another process would) stored a document: the new event is there."""
    path = str(tmp_path / "w.sqlite")
    with Store.open(path) as store:
        store.add(fallujah_report())
        client = TestClient(create_app(store))
        before = {p: client.get(p) for p in ("/events", "/api/events", "/api/points")}
        etag = before["/events"].headers["etag"]
        assert client.get("/events", headers={"if-none-match": etag}).status_code == 304
        with Store.open(path) as writer:
            writer.add(idlib_report())
        after = {p: client.get(p) for p in ("/events", "/api/events", "/api/points")}
    assert "Idlib" not in before["/events"].text and "Idlib" in after["/events"].text
    assert [len(before["/api/events"].json()["events"]), len(after["/api/events"].json()["events"])] == [1, 2]
    assert [len(before["/api/points"].json()["points"]), len(after["/api/points"].json()["points"])] == [1, 2]
    assert after["/events"].headers["etag"] != etag


def test_each_page_of_a_query_is_its_own(tmp_path):
    with Store.open(str(tmp_path / "p.sqlite")) as store:
        for number in range(1, 8):
            store.add(numbered_report(number))
        client = TestClient(create_app(store, page_size=3))
        pages = [client.get(f"/events?page={n}").text for n in (1, 2, 3, 1)]
        api = [client.get(f"/api/events?limit=3&offset={n}").json()["events"] for n in (0, 3)]
    assert "Town 7" in pages[0] and "Town 4" in pages[1] and "Town 1" in pages[2] and pages[3] == pages[0]
    assert [e["id"] for e in api[0]] != [e["id"] for e in api[1]]


def test_a_request_that_read_an_older_revision_neither_drops_the_newer_pages_nor_is_kept():
    """A request that read the revision just before a write, and reaches the cache after a request that read the
    write's: the pages of the newer revision stay, and its own page (drawn, not older than what it read) is not
    kept under the older revision."""
    revisions, drawn = iter([2, 1, 2]), []
    kept = ResponseCache(lambda: next(revisions))

    def draw():
        drawn.append(1)
        return HTMLResponse(f"<p>{len(drawn)}</p>")

    newer = kept.get("k", draw)  # revision 2
    late = kept.get("k", draw)  # read revision 1: drawn for itself
    assert late is not newer and gzip.decompress(late.gzipped) == b"<p>2</p>"
    assert kept.get("k", draw) is newer and len(drawn) == 2  # revision 2 again: still kept

    memo, computed = RevisionMemo(iter([5, 4, 5]).__next__), []
    assert memo.get("facets", lambda: computed.append(5) or 5) == 5
    assert memo.get("facets", lambda: computed.append(4) or 4) == 4  # the late reader's own
    assert memo.get("facets", lambda: computed.append(6) or 6) == 5 and computed == [5, 4]


def test_the_cache_holds_at_most_its_entries_however_small_they_are():
    kept = ResponseCache(lambda: 1, max_entries=3)
    for number in range(10):
        kept.get(("offset", number), lambda: JSONResponse({"events": []}))
    assert len(kept._entries) == 3 and list(kept._entries) == [("offset", n) for n in (7, 8, 9)]


def test_gzip_is_sent_to_those_that_take_it_and_not_when_refused():
    assert takes_gzip("gzip, deflate, br") and takes_gzip("br;q=1.0, gzip;q=0.8") and takes_gzip("*")
    assert not takes_gzip("gzip;q=0") and not takes_gzip("identity") and not takes_gzip("")
    assert takes_gzip("*;q=0, gzip") and not takes_gzip("gzip;q=0, *") and not takes_gzip("gzip;q=zero")
    kept = ResponseCache(lambda: 1).get("k", lambda: HTMLResponse("<p>x</p>" * 100))
    refused = respond(_request(headers={"accept-encoding": "gzip;q=0, identity"}), kept)
    assert "content-encoding" not in refused.headers and refused.body == b"<p>x</p>" * 100


def test_the_app_sends_no_gzip_to_a_client_that_refuses_it(store):
    client = TestClient(create_app(store))
    for path in ("/events", "/api/events", "/map/borders/3/4/3.json", "/static/vendor/leaflet/leaflet.js"):
        refused = client.get(path, headers={"accept-encoding": "gzip;q=0, identity"})
        assert refused.status_code == 200 and "content-encoding" not in refused.headers, path
        taken = client.get(path, headers={"accept-encoding": "gzip"})
        assert taken.headers["content-encoding"] == "gzip" and taken.content == refused.content, path
