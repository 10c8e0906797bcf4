"""Web archives (WARC, plain or gzipped, as in Common Crawl's news archive), with warcio.

Each ``response`` record whose HTTP status is 200 and whose payload is HTML
(``text/html``, ``application/xhtml+xml``) is a page, read by
:func:`~fogcount.corpus.html.read_html` with the record's target URI as its
URL and the capture date where the page gives none. Other records (requests,
metadata, redirects, images) are not documents and are passed over.

A record is named by the archive and its byte offset, with its URI:
``news.warc.gz@1234 (https://...)``. A record whose payload is shorter than
its declared length (a truncated download), a record warcio cannot parse,
and an archive that ends inside a record are each one error; every record
before them is read, and after a parse error reading goes on only where
warcio can find the next record.

Needs: an archive's path. Fills: one :class:`~fogcount.stages.ingest.Record` per page.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

from ..errors import RecordError
from ..settings import Settings
from ..stages.ingest import Record
from .html import HTML_TYPES, read_html, reason
from .sniff import HEAD_BYTES, kind_of_content


def read_warc(path: Path, *, origin: str, settings: Settings) -> Iterator[Record | RecordError]:
    """Each HTML page archived in ``path``, in archive order."""
    from warcio.archiveiterator import ArchiveIterator

    quiet_warcio()
    size = path.stat().st_size
    with path.open("rb") as stream:
        if not _opens_as_archive(stream):
            yield RecordError(f"{origin}@0: not a WARC or ARC archive (it does not begin with 'WARC/')",
                              origin=f"{origin}@0")
            return
        records = ArchiveIterator(stream)
        while True:
            warnings = records.err_count
            try:
                record = next(records)
            except StopIteration:
                break
            except Exception as exc:  # warcio's parse errors are of many types
                yield RecordError(f"{origin}@{records.offset}: the record cannot be parsed, the archive is truncated "
                                  f"or corrupt here ({reason(exc)}); the rest of it cannot be read",
                                  origin=f"{origin}@{records.offset}")
                return
            if records.err_count > warnings:  # warcio found the previous record longer than declared
                yield RecordError(f"{origin}@{records.offset}: the record before this offset is longer than its "
                                  "declared length (a corrupt Content-Length?)", origin=f"{origin}@{records.offset}")
            offset = records.offset
            page = _page(record)
            if page is None:
                continue
            uri, captured = page
            where = f"{origin}@{offset}"
            named = f"{where} ({uri})" if uri else where
            try:
                payload = record.content_stream().read()
            except Exception as exc:  # a broken gzip member, a bad chunked encoding
                yield RecordError(f"{named}: the record cannot be read ({reason(exc)})", origin=where)
                continue
            if getattr(record.raw_stream, "limit", 0):
                missing = record.raw_stream.limit
                yield RecordError(f"{named}: truncated record ({missing:,} bytes of its declared length are missing)",
                                  origin=where)
                continue
            try:
                yield read_html(payload, origin=named, settings=settings, url=uri, published=captured)
            except RecordError as exc:
                exc.origin = where
                yield exc
        end = records.offset
        if end < size and stream.seek(end) >= 0 and stream.read().strip():
            yield RecordError(f"{origin}@{end}: the archive ends inside a record (truncated after byte {end:,} "
                              f"of {size:,})", origin=f"{origin}@{end}")


def _opens_as_archive(stream) -> bool:
    head = stream.read(HEAD_BYTES)
    stream.seek(0)
    return kind_of_content(head) == "warc"


class _Sink:
    """A standard error that keeps nothing."""

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass


class _SysWithoutStderr:
    """:mod:`sys` as warcio's modules see it: the same, but for a standard
    error that keeps nothing."""

    stderr = _Sink()

    def __getattr__(self, name: str):
        return getattr(sys, name)


# warcio's modules that write warnings with ``sys.stderr.write``.
_WARCIO_PRINTERS = ("warcio.archiveiterator", "warcio.bufferedreaders", "warcio.digestverifyingreader")


@functools.cache
def quiet_warcio() -> None:
    """Silence warcio, once per process: its modules write warnings to
    standard error (a record longer than declared, a bad gzip member) and log
    one (a target URI with spaces); fogcount never prints from its readers,
    it turns what they say into errors (``err_count``, exceptions). Only
    warcio's own name ``sys`` is replaced, in its modules, so that the
    process's standard error (a progress bar's) is never swapped, in any
    thread; its logger gets a handler that drops records unless the
    application configures logging."""
    import importlib

    for name in _WARCIO_PRINTERS:
        module = importlib.import_module(name)
        if getattr(module, "sys", None) is sys:
            module.sys = _SysWithoutStderr()
    logging.getLogger("warcio").addHandler(logging.NullHandler())


def _page(record) -> tuple[str | None, dt.date | None] | None:
    """(target URI, capture date) of a record holding an HTML page, else None."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    content_type = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if content_type not in HTML_TYPES:
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI")
    return uri, _capture_date(record.rec_headers.get_header("WARC-Date"))


def _capture_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None

