"""The web page in a real browser: Debian's Chromium (/usr/bin/chromium) driven
by Playwright, against the app served by uvicorn on a free localhost port.
Screenshots are saved under the test's temporary folder (the path is printed).

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


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    folder = tmp_path_factory.mktemp("screenshots")
    print(f"\nscreenshots: {folder}")
    return folder


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1300, "height": 900})
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
    assert page.locator("svg.map circle.marker").count() == 3
    assert page.locator("svg.map .land path").count() > 20
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
    page.wait_for_url(re.compile(r"/documents/fallujah$"))
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
