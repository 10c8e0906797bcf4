"""Web pages: the main text and its metadata, with trafilatura.

trafilatura finds the article's text among the navigation, adverts and
comments of a page, and its title, publication date, site name and canonical
URL. Paragraphs come out one per line; they are written here with a blank
line between them, the paragraph break the annotate stage reads (a headline
with no full stop then does not run into the first sentence).

A page's own date wins over ``--published``; its outlet is the site's name,
else its host name. Feed entries' HTML fragments are turned into text by
:func:`fragment_text` (lxml), which trafilatura's page heuristics would
throw away as too short.

Needs: a page's bytes. Fills: :class:`~fogcount.stages.ingest.Record`.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from ..errors import InputError, RecordError
from ..settings import Settings
from ..stages.ingest import Record, check_size, decode, normalise, parse_date

# Media types of HTML (a feed entry's content type, feedparser's mapping of
# Atom's "html"/"xhtml"; an archived response's Content-Type).
HTML_TYPES = ("text/html", "application/xhtml+xml")

# Markup is heavy: a page of this many times the document size limit is refused
# before parsing (its text is then checked against the limit itself).
MARKUP_FACTOR = 20

_BLOCK_TAGS = frozenset(
    "p div section article header footer aside blockquote pre ul ol li dl dt dd table tr h1 h2 h3 h4 h5 h6 "
    "figure figcaption address hr".split()
)
_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object")


def read_html(
    data: bytes,
    *,
    origin: str,
    settings: Settings,
    url: str | None = None,
    published: dt.date | None = None,
) -> Record:
    """One page as a record. ``url`` and ``published`` (from a web archive)
    stand in where the page itself has none. Raises RecordError where no main
    text can be found."""
    try:
        check_size(len(data), origin=origin, settings=settings.replace(max_bytes=settings.max_bytes * MARKUP_FACTOR))
        markup = decode(data, origin=origin)
    except InputError as exc:
        raise as_record_error(exc, origin) from None
    page = _extract(markup, url)
    if page is None or not (page.text or "").strip():
        raise RecordError(f"{origin}: no main text found in the page", origin=origin)
    text = paragraphs(page.text)
    try:
        check_size(len(text.encode("utf-8")), origin=origin, settings=settings)
    except InputError as exc:
        raise as_record_error(exc, origin) from None
    page_url = page.url or url
    return Record(
        text=text,
        origin=origin,
        published=_date(page.date) or published or settings.published,
        title=(page.title or None),
        url=url or page_url,
        outlet=page.sitename or _host(page_url),
    )


def _extract(markup: str, url: str | None):
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            markup, url=url, with_metadata=True, include_comments=False, include_tables=True, favor_recall=True,
        )
    except Exception:  # trafilatura raises many types on broken markup; the caller names the page
        return None


def paragraphs(text: str) -> str:
    """trafilatura's text (one paragraph a line) with a blank line between paragraphs."""
    lines = [" ".join(line.split()) for line in normalise(text).split("\n")]
    return "\n\n".join(line for line in lines if line)


def fragment_text(markup: str) -> str:
    """An HTML fragment (a feed entry's content) as text: block elements become
    paragraphs, ``<br>`` a line break, scripts and styles are dropped."""
    if "<" not in markup:
        return paragraphs(markup)
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return paragraphs(re.sub(r"<[^<>]*>", " ", markup))  # [^<>]: each "<" scans to the next, never to the end
    for bad in root.xpath("|".join(f"//{tag}" for tag in _DROP_TAGS)):
        bad.drop_tree()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        if tag == "br":
            element.tail = "\n" + (element.tail or "")
        elif tag in _BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
            element.text = "\n" + (element.text or "")
    return paragraphs(root.text_content())


def as_record_error(error: InputError, origin: str) -> RecordError:
    """An input's error as the error of one record of a corpus (the run goes on)."""
    return error if isinstance(error, RecordError) else RecordError(error.message, origin=origin)


def reason(exc: BaseException | None) -> str:
    """A library's exception as one line for a message (SAX errors by their message)."""
    if exc is None:
        return "unknown reason"
    message = exc.getMessage() if callable(getattr(exc, "getMessage", None)) else exc
    return " ".join(str(message).split()) or type(exc).__name__


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return parse_date(value, origin="page")
    except RecordError:
        return None


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None
