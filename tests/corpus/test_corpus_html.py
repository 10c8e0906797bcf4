"""Web pages: main text and metadata with trafilatura; feed fragments with lxml."""

from __future__ import annotations

import datetime as dt

import pytest

from fogcount.corpus.html import fragment_text, paragraphs, read_html
from fogcount.errors import RecordError
from fogcount.settings import Settings

PAGE = """<!doctype html>
<html><head><title>Clashes in Hassi | The Daily Courier</title>
<meta charset="utf-8">
<meta property="og:site_name" content="The Daily Courier">
<meta property="article:published_time" content="2016-06-30T08:00:00Z">
<link rel="canonical" href="https://courier.example/2016/06/hassi">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | Subscribe now for 99 cents</nav>
<article><h1>Clashes in Hassi</h1>
<p>At least 12 soldiers were killed and dozens of fighters fled, the army said on Tuesday.</p>
<p>A convoy left at 1:20 a.m., 20 miles from the border, officials said, adding that 40 vehicles were destroyed.</p>
</article>
<footer>Copyright 2016 The Daily Courier. All rights reserved.</footer>
<script>var tracking = 250;</script>
</body></html>"""

UNDATED = """<html><head><title>Strike</title></head><body><article>
<p>Five civilians were killed when an air strike hit a market in the town, residents told reporters by phone.</p>
<p>Two houses were destroyed and the market was closed for the rest of the week, they said.</p>
</article></body></html>"""


def test_main_text_paragraphs_and_metadata():
    record = read_html(PAGE.encode(), origin="hassi.html", settings=Settings())
    assert record.text.split("\n\n") == [
        "Clashes in Hassi",
        "At least 12 soldiers were killed and dozens of fighters fled, the army said on Tuesday.",
        "A convoy left at 1:20 a.m., 20 miles from the border, officials said, adding that 40 vehicles were destroyed.",
    ]
    assert "Subscribe" not in record.text and "Copyright" not in record.text and "tracking" not in record.text
    assert record.title == "Clashes in Hassi"
    assert record.published == dt.date(2016, 6, 30)
    assert record.outlet == "The Daily Courier"
    assert record.url == "https://courier.example/2016/06/hassi"
    assert record.origin == "hassi.html"


def test_page_date_wins_over_published_and_archive_stands_in_where_the_page_says_nothing():
    settings = Settings(published=dt.date(2020, 1, 1))
    assert read_html(PAGE.encode(), origin="p", settings=settings).published == dt.date(2016, 6, 30)
    record = read_html(UNDATED.encode(), origin="p", settings=settings, url="https://www.wire.example/a/1",
                       published=dt.date(2016, 7, 2))
    assert record.published == dt.date(2016, 7, 2)
    assert record.url == "https://www.wire.example/a/1"
    assert record.outlet == "wire.example"  # no site name: the host
    assert read_html(UNDATED.encode(), origin="p", settings=settings).published == dt.date(2020, 1, 1)


def test_archive_url_wins_over_canonical():
    record = read_html(PAGE.encode(), origin="p", settings=Settings(), url="https://courier.example/?p=7")
    assert record.url == "https://courier.example/?p=7"


def test_legacy_encoding_is_decoded():
    page = UNDATED.replace("Five civilians", "Five civilians in Bal\u00e2d").encode("cp1252")
    assert "Bal\u00e2d" in read_html(page, origin="p", settings=Settings()).text


@pytest.mark.parametrize(
    "data, fragment",
    [
        (b"<html><head><title>App</title></head><body><div id=app></div><script>render()</script></body></html>",
         "no main text"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary data"),
    ],
)
def test_pages_without_text_are_record_errors(data, fragment):
    with pytest.raises(RecordError) as caught:
        read_html(data, origin="bad.html", settings=Settings())
    assert fragment in caught.value.message and caught.value.origin == "bad.html"


def test_size_limits_apply_to_markup_and_to_text():
    with pytest.raises(RecordError, match="size limit of 100 bytes"):
        read_html(PAGE.encode(), origin="p", settings=Settings(max_bytes=100))  # its text is over 100 bytes
    with pytest.raises(RecordError, match="size limit"):
        read_html(PAGE.encode() * 200, origin="p", settings=Settings(max_bytes=1000))  # markup over 20 x the limit


def test_fragment_text():
    assert fragment_text("<p>Five were <b>killed</b>.</p><p>Two fled.<br>One hid.</p><script>x=1</script>") == (
        "Five were killed.\n\nTwo fled.\n\nOne hid."
    )
    assert fragment_text("No markup at all.") == "No markup at all."
    assert fragment_text("<div><ul><li>one</li><li>two</li></ul></div>") == "one\n\ntwo"


def test_paragraphs():
    assert paragraphs("Title\nFirst  para.\n\n\nSecond\r\npara.") == "Title\n\nFirst para.\n\nSecond\n\npara."
