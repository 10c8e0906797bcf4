"""RSS and Atom feeds with feedparser: one document per entry."""

from __future__ import annotations

import datetime as dt

from fogcount.corpus.feeds import read_feed
from fogcount.errors import RecordError
from fogcount.settings import Settings

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Wire Desk</title><link>https://wire.example/</link><description>News</description>
<item><title>Strike hits  market</title><link>https://wire.example/1</link>
<pubDate>Wed, 29 Jun 2016 23:30:00 -0300</pubDate>
<description>Five civilians were killed.</description>
<content:encoded><![CDATA[<p>Five civilians were killed in an air strike on a market, residents said.</p>
<p>Two houses were <em>destroyed</em>.</p>]]></content:encoded></item>
<item><title>No body</title><link>https://wire.example/2</link></item>
<item><title>Summary only</title><link>https://wire.example/3</link>
<description>&lt;p&gt;Three soldiers were wounded, the army said.&lt;/p&gt;</description></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Monitor</title><id>urn:monitor</id>
<updated>2016-07-01T00:00:00Z</updated>
<entry><title>Clashes</title><id>urn:1</id><link href="https://monitor.example/clashes"/>
<updated>2016-07-01T09:00:00Z</updated><published>2016-06-30T12:00:00Z</published>
<content type="html">&lt;p&gt;At least 12 fighters were killed.&lt;/p&gt;</content></entry>
<entry><title>Update</title><id>urn:2</id><link href="https://monitor.example/update"/>
<updated>2016-07-01T10:00:00Z</updated>
<summary type="text">Dozens of families fled the village.</summary></entry>
</feed>"""


def test_rss_entries_with_content_summary_date_link_and_outlet():
    items = list(read_feed(RSS, origin="wire.xml", settings=Settings(published=dt.date(2016, 7, 5))))
    first, missing, third = items
    assert first.text == "Five civilians were killed in an air strike on a market, residents said.\n\nTwo houses were destroyed."
    assert first.title == "Strike hits market"
    assert first.url == "https://wire.example/1"
    assert first.outlet == "Wire Desk"
    assert first.published == dt.date(2016, 6, 30)  # 23:30 at -03:00 is the 30th in UTC
    assert first.origin == "wire.xml#1"
    assert isinstance(missing, RecordError) and missing.origin == "wire.xml#2"
    assert "no text or summary" in missing.message
    assert third.text == "Three soldiers were wounded, the army said."
    assert third.published == dt.date(2016, 7, 5)  # no date in the entry: --published


def test_atom_published_before_updated_and_plain_summaries():
    clashes, update = read_feed(ATOM, origin="monitor.atom", settings=Settings())
    assert (clashes.text, clashes.published, clashes.url, clashes.outlet) == (
        "At least 12 fighters were killed.", dt.date(2016, 6, 30), "https://monitor.example/clashes", "Monitor")
    assert (update.text, update.published) == ("Dozens of families fled the village.", dt.date(2016, 7, 1))


def test_broken_feed_with_entries_is_read_leniently():
    truncated = RSS[: RSS.index(b"<item><title>No body")]
    (only,) = read_feed(truncated, origin="cut.xml", settings=Settings())
    assert only.url == "https://wire.example/1"


def test_unreadable_feeds_are_one_error_each():
    (error,) = read_feed(b"<rss><channel><title>x</ti", origin="bad.xml", settings=Settings())
    assert isinstance(error, RecordError) and error.origin == "bad.xml"
    assert "not a readable RSS or Atom feed" in error.message
    (empty,) = read_feed(b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>',
                         origin="empty.xml", settings=Settings())
    assert "no entries" in empty.message


def test_entry_size_limit():
    items = list(read_feed(RSS, origin="wire.xml", settings=Settings(max_bytes=60)))
    assert isinstance(items[0], RecordError) and "size limit of 60 bytes" in items[0].message
    assert items[2].text == "Three soldiers were wounded, the army said."


LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
<!ENTITY lol "lol">
<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<rss version="2.0"><channel><title>T</title>
<item><title>Strike</title><description>Three people were killed. &lol3;</description></item>
</channel></rss>
"""


def test_an_entity_expansion_feed_is_refused_as_such():
    """Before: stored as a 9-character document, exit 0."""
    for data in (LAUGHS, LAUGHS.decode().encode("utf-16")):
        (error,) = list(read_feed(data, origin="laughs.xml", settings=Settings()))
        assert isinstance(error, RecordError)
        assert error.message.startswith("laughs.xml: the feed declares its own XML entities (<!ENTITY in its "
                                        "DOCTYPE); refused: expanding them is how an entity-expansion")
