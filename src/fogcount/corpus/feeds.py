"""RSS and Atom feeds, with feedparser: one document per entry.

An entry's text is its full content where the feed carries it (the longest
``content`` value), else its summary, with the HTML stripped
(:func:`~fogcount.corpus.html.fragment_text`); its date is its publication
date, else its update date (UTC), else ``--published``; its title and link
are the entry's, its outlet the feed's title. feedparser reads broken feeds
leniently: a feed it can read no entry from is one error with feedparser's
reason; an entry with no text is one error naming the entry (``feed.xml#3``,
counting from 1) and the others go on.

Needs: a feed's bytes. Fills: one :class:`~fogcount.stages.ingest.Record` per entry.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..errors import InputError, RecordError
from ..settings import Settings
from ..stages.ingest import Record, check_size
from .html import HTML_TYPES, as_record_error, fragment_text, paragraphs, reason


def read_feed(data: bytes, *, origin: str, settings: Settings) -> Iterator[Record | RecordError]:
    """Each entry of the feed in ``data``, in feed order."""
    import feedparser

    if _declares_entities(data):
        yield RecordError(f"{origin}: the feed declares its own XML entities (<!ENTITY in its DOCTYPE); refused: "
                          "expanding them is how an entity-expansion ('billion laughs') attack works, and a feed "
                          "needs none", origin=origin)
        return
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            why = reason(parsed.get("bozo_exception"))
            yield RecordError(f"{origin}: not a readable RSS or Atom feed ({why})", origin=origin)
        elif not parsed.get("version"):
            yield RecordError(f"{origin}: not an RSS or Atom feed", origin=origin)
        else:
            yield RecordError(f"{origin}: the feed has no entries", origin=origin)
        return
    outlet = (parsed.get("feed") or {}).get("title") or None
    for number, entry in enumerate(entries, start=1):
        where = f"{origin}#{number}"
        try:
            yield _record(entry, origin=where, outlet=outlet, settings=settings)
        except InputError as exc:
            yield as_record_error(exc, where)


# An entity declaration in the document type's internal subset, which comes before
# the root element: the prolog is searched, in UTF-8/ASCII or UTF-16 bytes alike.
_ENTITY_DECLARATION = re.compile(rb"<!DOCTYPE[^>\[]*\[[^\]]*<!ENTITY", re.IGNORECASE)
_PROLOG_BYTES = 1 << 16


def _declares_entities(data: bytes) -> bool:
    head = data[:_PROLOG_BYTES]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or head[1:2] == b"\x00" or head[:1] == b"\x00":
        head = head.replace(b"\x00", b"")  # UTF-16: its ASCII as single bytes
    return _ENTITY_DECLARATION.search(head) is not None


def _record(entry, *, origin: str, outlet: str | None, settings: Settings) -> Record:
    text = _entry_text(entry)
    if not text.strip():
        raise RecordError(f"{origin}: the entry has no text or summary", origin=origin)
    check_size(len(text.encode("utf-8")), origin=origin, settings=settings)
    title = entry.get("title") or None
    return Record(
        text=text,
        origin=origin,
        published=_date(entry) or settings.published,
        title=" ".join(title.split()) if title else None,
        url=entry.get("link") or None,
        outlet=outlet,
    )


def _entry_text(entry) -> str:
    """The longest content value, else the summary, as text."""
    candidates = [(c.get("value") or "", c.get("type") or "") for c in entry.get("content") or []]
    if not any(value.strip() for value, _ in candidates):
        detail = entry.get("summary_detail") or {}
        candidates = [(entry.get("summary") or "", detail.get("type") or "text/html")]
    value, kind = max(candidates, key=lambda c: len(c[0]))
    if kind in HTML_TYPES or "<" in value:
        return fragment_text(value)
    return paragraphs(value)


def _date(entry) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            except (ValueError, AttributeError):
                continue
    return None

