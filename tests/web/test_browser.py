"""The web page in a real browser: Debian's Chromium (/usr/bin/chromium) driven
by Playwright, against the app served by uvicorn on a free localhost port.
Screenshots, at a desktop's size and a phone's (390 px), are saved under
tmp/artifacts/browser/ of the checkout (ignored by git; the path is printed).

Skips where /usr/bin/chromium is absent, unless FOGCOUNT_REQUIRE_BROWSER=1
(CI), where that fails instead."""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _require_browser():
    missing = None
    if not CHROMIUM.exists():
        missing = f"{CHROMIUM} is absent (Debian's chromium package; .ci/run installs it)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            missing = "Playwright for Python is not installed (requirements/test.txt)"
    if missing:
        if os.environ.get("FOGCOUNT_REQUIRE_BROWSER") == "1":
            pytest.fail(f"FOGCOUNT_REQUIRE_BROWSER=1 but {missing}")
        pytest.skip(missing)


@pytest.fixture(scope="module")
def server(store):
    """The app over the hand-built store, served by uvicorn in a thread; yields its base URL."""
    _require_browser()
    yield from _serving(store)


def _serving(store):
    import uvicorn

    from fogcount.web import create_app

    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


ARTIFACTS = Path(__file__).resolve().parents[2] / "tmp" / "artifacts" / "browser"
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}


@pytest.fixture(scope="module")
def shots():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots: {ARTIFACTS}")
    return ARTIFACTS


@pytest.fixture(params=["desktop"])
def size(request):
    return request.param


@pytest.fixture
def page(browser, server, size):
    context = browser.new_context(**(PHONE if size == "phone" else {"viewport": {"width": 1300, "height": 900}}))
    opened = context.new_page()
    outside = []  # every request that leaves the server: there must be none
    opened.on("request", lambda request: None if request.url.startswith(server) or request.url.startswith("data:")
              else outside.append(request.url))
    errors = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    yield opened
    context.close()
    assert outside == [], f"requests outside the server: {outside}"
    assert errors == [], f"script errors: {errors}"


def test_events_filter_open_an_event_and_see_its_figures_and_sources(page, server, shots):
    page.goto(f"{server}/events")
    rows = page.locator("table.events tbody tr")
    assert rows.count() == 3
    _map_ready(page)
    # the map fits its points with an animated zoom after it is ready: the clusters open when it ends
    from playwright.sync_api import expect  # imported where a browser is known to be there

    expect(page.locator("#map .leaflet-marker-icon.event")).to_have_count(3, timeout=10_000)
    assert page.locator("svg.timeline rect.span").count() == 3
    page.screenshot(path=str(shots / "events.png"), full_page=True)

    page.select_option("select[name=country]", "IQ")
    page.fill("input[name=words]", "fighters")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"country=IQ"))
    assert rows.count() == 1
    assert "Al Hassi" in rows.first.inner_text()
    page.screenshot(path=str(shots / "events-filtered.png"), full_page=True)

    rows.first.locator("td.date a").click()
    page.wait_for_url(re.compile(r"/events/E\d+$"))
    heading = page.locator("h1").inner_text()
    assert "Battles" in heading and "Armed clash" in heading
    figure = page.locator("section.figure h3").first
    assert figure.locator("b.low").inner_text() == "20"  # the general's "tens": the lowest figure
    assert figure.locator("b.best").inner_text() == "250"
    assert figure.locator("b.high").inner_text() == "250"
    chart = page.locator("svg.range").first
    assert chart.is_visible()
    assert chart.locator("rect.bar").count() == 3
    assert chart.locator("rect.bar.partisan").count() == 2
    provenance = page.locator("#provenance tbody")
    for speaker, channel in (("U.S. officials", "Reuters"), ("Gen. Hamed Al-Maliki", "a Ministry of Defense video"),
                             ("Karim al-Nuri", "Al-Sabah")):
        row = provenance.locator("tr", has_text=speaker)
        assert row.is_visible() and channel in row.inner_text()
    assert provenance.locator("mark.claim", has_text="At least 250").is_visible()
    page.screenshot(path=str(shots / "event.png"), full_page=True)

    provenance.locator("a", has_text="Iraqi forces retake Hassi").first.click()
    page.wait_for_url(re.compile(r"/documents/fallujah#text-c\d$"))  # at the claim's sentence
    assert page.locator(".doctext mark.claim").count() == 3
    assert page.locator(".doctext mark.source", has_text="U.S. officials").is_visible()
    page.screenshot(path=str(shots / "document.png"), full_page=True)


def test_an_article_with_script_runs_nothing(page, server, shots, event_id_of):
    for path in ("/documents/hostile", f"/events/{event_id_of('hostile')}", "/events", "/documents"):
        page.goto(f"{server}{path}")
        page.wait_for_load_state("load")
        assert page.evaluate("window.__pwned") is None, path
        assert page.title() != "pwned", path
    # The payload is on screen as text, not as elements.
    page.goto(f"{server}/documents/hostile")
    assert "<script>window.__pwned = 1;" in page.locator("h1").inner_text()
    assert page.locator("main img").count() == 0 and page.locator("main script").count() == 0
    assert "onerror=" in page.locator(".doctext").inner_text()
    page.screenshot(path=str(shots / "hostile.png"), full_page=True)


def _map_ready(page, events: int | None = None):
    """Wait until the map has drawn its events (and, with ``events``, that many)."""
    page.wait_for_selector("[data-map][data-ready]", timeout=20_000)
    page.wait_for_selector("[data-map][data-countries]", timeout=20_000)
    if events is not None:
        assert page.locator("[data-map]").get_attribute("data-events") == str(events)


def _scale(page) -> str:
    return page.locator(".leaflet-control-scale-line").inner_text()


def test_the_map_zooms_shows_borders_and_towns_and_a_click_opens_the_event(page, server, shots):
    asked = []
    page.on("request", lambda request: asked.append(request.url[len(server):]))
    page.goto(f"{server}/events")
    _map_ready(page, events=3)
    the_map = page.locator("#map")
    assert int(the_map.get_attribute("data-countries")) > 200  # Natural Earth 1:50m: every country
    assert the_map.locator(".leaflet-control-scale-line").is_visible()
    assert page.locator(".map-legend").is_visible() and "Killed (best):" in page.locator(".map-legend").inner_text()
    # sized by killed, coloured by type: Hassi (250, Battles), Idlib (12, explosions), Mopti (7, Battles)
    hassi = the_map.locator(".leaflet-marker-icon.event[title*='Hassi']")
    assert "t-battles" in hassi.get_attribute("class") and "k3" in hassi.get_attribute("class")
    assert "t-explosions" in the_map.locator(".leaflet-marker-icon.event[title*='Idlib']").get_attribute("class")
    page.screenshot(path=str(shots / "map-desktop.png"))

    before = _scale(page)
    box = hassi.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for _ in range(2):  # the wheel zooms in around Hassi, as a reader would (60 px a zoom level)
        page.mouse.wheel(0, -120)
        page.wait_for_timeout(600)
    assert _scale(page) != before  # zoomed in: the scale bar says so
    page.wait_for_selector("#map[data-admin1]", timeout=20_000)  # first-level borders as you zoom in
    page.wait_for_selector("#map .town span", timeout=20_000)  # and town labels
    assert int(the_map.get_attribute("data-labels")) > 0
    page.wait_for_selector("#map[data-basemap-drawn]", timeout=20_000)
    # the borders and towns of the view, a tile at a time: never the whole world's files
    tiles = [path for path in asked if path.startswith("/map/")]
    assert any(path.startswith("/map/borders/") for path in tiles) and any(path.startswith("/map/towns/") for path in tiles)
    assert not [path for path in asked if "admin1-tiles" in path or "places.json" in path]
    page.screenshot(path=str(shots / "map-zoomed-desktop.png"))

    zoom_out = the_map.locator(".leaflet-control-zoom-out")
    while "leaflet-disabled" not in zoom_out.get_attribute("class"):  # out to the world: Hassi and Idlib cluster
        zoom_out.click()
        page.wait_for_timeout(300)
    page.wait_for_selector("#map .leaflet-marker-icon.cluster", timeout=10_000)
    assert "2" in the_map.locator(".leaflet-marker-icon.cluster").first.inner_text()
    the_map.locator(".leaflet-marker-icon.cluster").first.click()  # a click on the gathering zooms in to its events
    page.wait_for_selector("#map .leaflet-marker-icon.event[title*='Idlib']", timeout=10_000)

    page.goto(f"{server}/events")
    _map_ready(page, events=3)
    the_map.locator(".leaflet-marker-icon.event[title*='Hassi']").click()
    page.wait_for_url(re.compile(r"/events/E\d+$"))
    assert "Battles" in page.locator("h1").inner_text()
    _map_ready(page, events=1)  # the event's own map, its one point
    page.screenshot(path=str(shots / "event-desktop.png"), full_page=True)


def test_a_tile_that_fails_is_asked_for_again_and_the_rest_of_the_view_is_drawn(page, server):
    refused = []

    def refuse_each_towns_tile_once(route):
        if "/map/towns/" in route.request.url and route.request.url not in refused:
            refused.append(route.request.url)
            return route.fulfill(status=503, body="busy")
        return route.continue_()

    page.route("**/map/**", refuse_each_towns_tile_once)
    asked = []
    page.on("request", lambda request: asked.append(request.url))
    page.goto(f"{server}/events")
    _map_ready(page, events=3)
    the_map = page.locator("#map")
    hassi = the_map.locator(".leaflet-marker-icon.event[title*='Hassi']").bounding_box()
    x, y = hassi["x"] + hassi["width"] / 2, hassi["y"] + hassi["height"] / 2
    page.mouse.move(x, y)
    for _ in range(2):
        page.mouse.wheel(0, -120)
        page.wait_for_timeout(600)
    page.wait_for_selector("#map[data-tile-error]", timeout=20_000)
    # the failed tiles did not stop the view, but it is not marked drawn: tiles of it are missing
    page.wait_for_selector("#map[data-basemap-missing]", timeout=20_000)
    assert the_map.get_attribute("data-basemap-drawn") is None
    assert refused and the_map.get_attribute("data-error") is None
    page.mouse.move(x + 5, y)
    page.mouse.down()
    page.mouse.move(x + 25, y, steps=4)
    page.mouse.up()  # a small pan at the same zoom: the tiles that failed are asked for again
    for _ in range(40):
        if any(asked.count(url) >= 2 for url in refused):
            break
        page.wait_for_timeout(250)
    assert any(asked.count(url) >= 2 for url in refused)
    page.wait_for_selector("#map .town span", timeout=20_000)  # and their towns are labelled this time
    page.mouse.move(x + 25, y)
    page.mouse.down()
    page.mouse.move(x + 5, y, steps=4)
    page.mouse.up()  # back to the first view: each of its tiles asked again, none refused twice
    page.wait_for_selector("#map[data-basemap-drawn]", timeout=20_000)  # every tile of the view is drawn now
    assert the_map.get_attribute("data-basemap-missing") is None


def test_the_map_follows_the_filters(page, server):
    page.goto(f"{server}/events?type=Battles")
    _map_ready(page, events=2)
    page.goto(f"{server}/events?country=SY")
    _map_ready(page, events=1)


def test_the_articles_spelling_is_on_the_page_and_finds_the_event(page, server, shots):
    page.goto(f"{server}/events")
    assert page.locator("table.events", has_text="Hassi (Al Hassi)").is_visible()  # the article's, the gazetteer's
    for spelling in ("Hassi", "Al Hassi"):
        page.fill("input[name=words]", spelling)
        page.click("form.filters button[type=submit]")
        page.wait_for_url(re.compile(r"words="))
        rows = page.locator("table.events tbody tr")
        assert rows.count() == 1 and "Hassi (Al Hassi)" in rows.first.inner_text()
        _map_ready(page, events=1)


def test_a_claim_opens_its_document_at_the_sentence(page, server, event_id_of):
    page.goto(f"{server}/events/{event_id_of('fallujah')}")
    story = page.locator("#story")
    assert story.is_visible() and "the first report" in story.inner_text()
    story.locator("a", has_text="more than 60").click()
    page.wait_for_url(re.compile(r"/documents/fallujah#text-c3$"))
    target = page.locator("mark#text-c3")
    assert target.inner_text() == "more than 60" and target.is_visible()  # scrolled to, in view
    assert page.evaluate("document.querySelector(':target').id") == "text-c3"


@pytest.mark.parametrize("size", ["phone"], indirect=True)
def test_pages_fit_a_phone(page, server, shots, event_id_of):
    for name, path in (("events", "/events"), ("event", f"/events/{event_id_of('fallujah')}"),
                       ("document", "/documents/fallujah"), ("documents", "/documents")):
        page.goto(f"{server}{path}")
        if page.locator("[data-map]").count():
            _map_ready(page)
            assert page.locator("[data-map]").bounding_box()["width"] <= 390
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{path} is {width} px wide on a 390 px screen"
        for chart in page.locator("svg.range, svg.timeline").all():  # readable: charts scroll, never shrink
            assert chart.bounding_box()["width"] >= 600
        page.screenshot(path=str(shots / f"{name}-phone.png"), full_page=True)


def test_events_at_one_place_are_listed_when_their_gathering_is_opened(browser, tmp_path):
    """Three events in one town (three shellings, a week apart): one disc saying 3; a click lists them, since no
    zoom parts them; a link of the list opens its event."""
    import datetime as dt

    from fogcount.models import PlaceRef, Source
    from fogcount.store import Store
    from web_reports import _sentence_report

    town = PlaceRef(text="Kafr Nabl", name="Kafranbel", lat=35.61, lon=36.56, precision=3, country="SY")
    mayor = Source(speaker="the mayor", kind="government", origin="mayor of Kafr Nabl", partisan=False)
    with Store.open(str(tmp_path / "one-town.sqlite")) as store:
        for week in range(3):
            day = dt.date(2020, 2, 1) + dt.timedelta(days=7 * week)
            store.add(_sentence_report(f"shelling-{week}", f"Shelling {week}", day, [
                f"Shelling killed {week + 2} people in Kafr Nabl, the mayor said."], town, day,
                "Explosions/Remote violence", "Shelling/artillery/missile attack",
                [(f"{week + 2} people", week + 2, week + 2, mayor, "people")]))
        assert store.counts()["events"] == 3
        for base in _serving(store):
            context = browser.new_context(viewport={"width": 1300, "height": 900})
            page = context.new_page()
            errors = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(f"{base}/events")
            _map_ready(page, events=3)
            gathering = page.locator("#map .leaflet-marker-icon.cluster")
            assert gathering.count() == 1 and gathering.inner_text() == "3"
            gathering.click()
            listed = page.locator("#map .leaflet-popup ul.gathered a")
            listed.first.wait_for(timeout=10_000)
            assert listed.count() == 3 and "Kafr Nabl (Kafranbel)" in listed.first.inner_text()
            listed.first.click()
            page.wait_for_url(re.compile(r"/events/E\d+$"))
            context.close()
            assert errors == []
