"""Corpora: every kind of input fogcount reads, as one stream of records.

    read_inputs(["feeds/", "saved/*.html", "news.warc.gz"], settings)

walks the arguments (:mod:`.paths`: files, directories recursively, globs),
tells each file's kind (:mod:`.sniff`) and reads it: plain text and JSONL
batches (:mod:`fogcount.stages.ingest`), web pages (:mod:`.html`,
trafilatura), RSS and Atom feeds (:mod:`.feeds`, feedparser) and web
archives (:mod:`.warc`, warcio). Standard input (``-``) is told by its
first bytes alone, the same way (:func:`read_stdin`). What cannot be read is a
:class:`~fogcount.errors.RecordError` in the stream, naming the file, the
line, the entry or the archive record, with the reason; the rest is read.

A record's identity is the sha256 of its normalised text
(:func:`~fogcount.stages.ingest.content_hash`, the ``document.sha256`` of
its report), so a caller can skip documents it already holds before
extracting from them.

Needs: command-line arguments. Fills: :class:`~fogcount.stages.ingest.Record`.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError, RecordError
from ..settings import Settings
from ..stages.ingest import Record, check_size, content_hash, read_jsonl, read_text
from .html import MARKUP_FACTOR, as_record_error
from .paths import expand
from .sniff import HEAD_BYTES, kind_of, kind_of_content

__all__ = ["read_inputs", "read_file", "read_stdin", "count_inputs", "content_hash", "Record", "RecordError",
           "BATCH_KINDS"]

# Kinds of input that hold any number of documents (the others hold one).
BATCH_KINDS = frozenset({"jsonl", "feed", "warc"})


def read_inputs(paths: Iterable[str], settings: Settings | None = None) -> Iterator[Record | RecordError]:
    """Every document of every input, in order, with an error in the stream
    for each input, line, entry or record that cannot be read."""
    settings = settings or Settings()
    for item in expand(paths):
        if isinstance(item, RecordError):
            yield item
        elif item == "-":
            yield from read_stdin(settings=settings)
        else:
            yield from read_file(item, settings=settings)


def read_stdin(*, settings: Settings, stdin: BinaryIO | None = None) -> Iterator[Record | RecordError]:
    """The documents on standard input (or ``stdin``), whatever its kind, told
    by its first bytes: a JSONL batch is read line by line as it comes, an
    archive is spooled to a temporary file (warcio needs to seek), a text,
    page or feed is read whole up to its size limit.

    The generator returns the kind it read (``kind = yield from
    read_stdin(...)``), for a caller that lays its output out by it: one of
    :data:`BATCH_KINDS` may hold any number of documents; None where not
    even its first bytes could be read."""
    from .warc import read_warc

    origin = "<stdin>"
    stream = stdin if stdin is not None else sys.stdin.buffer
    kind = None
    try:
        head = stream.read(HEAD_BYTES)
        kind = kind_of_content(head)
        if kind == "jsonl":
            yield from read_jsonl(_lines(head, stream), origin=origin, settings=settings)
        elif kind == "warc":
            with tempfile.NamedTemporaryFile(prefix="fogcount-stdin-", suffix=".warc") as spool:
                spool.write(head)
                shutil.copyfileobj(stream, spool)
                spool.flush()
                yield from read_warc(Path(spool.name), origin=origin, settings=settings)
        else:
            limit = _limit(kind, settings)
            data = head + stream.read(max(limit + 1 - len(head), 0))
            check_size(len(data), origin=origin, settings=settings.replace(max_bytes=limit))
            yield from _read_whole(kind, data, origin=origin, settings=settings)
    except RecordError as exc:
        yield exc
    except InputError as exc:
        yield as_record_error(exc, origin)
    except OSError as exc:
        yield RecordError(f"{origin}: cannot read ({exc.strerror or exc})", origin=origin)
    return kind


def _lines(head: bytes, stream: BinaryIO) -> Iterator[bytes]:
    """The lines of ``head`` followed by the rest of ``stream``, the line cut by the head made whole."""
    lines = head.splitlines(keepends=True)
    if lines and not lines[-1].endswith(b"\n"):
        lines[-1] += stream.readline()
    yield from lines
    yield from stream


def _limit(kind: str, settings: Settings) -> int:
    """The size limit of a document of this kind: markup (pages, feeds) may be many times the size of its text."""
    return settings.max_bytes if kind == "text" else settings.max_bytes * MARKUP_FACTOR


def _read_whole(kind: str, data: bytes, *, origin: str, settings: Settings) -> Iterator[Record | RecordError]:
    """The documents of a text, a page (one each) or a feed (its entries) read whole."""
    from .feeds import read_feed
    from .html import read_html

    if kind == "html":
        yield read_html(data, origin=origin, settings=settings)
    elif kind == "feed":
        yield from read_feed(data, origin=origin, settings=settings)
    else:
        yield read_text(data, origin=origin, settings=settings)


def read_file(path: Path, *, settings: Settings) -> Iterator[Record | RecordError]:
    """The documents of one file, whatever its kind, told by its name, else
    by its first bytes as :func:`read_stdin` tells them.

    Like :func:`read_stdin`, the generator returns the kind it read (one of
    :data:`BATCH_KINDS` may hold any number of documents); None where not
    even its first bytes could be read."""
    from .warc import read_warc

    origin = str(path)
    kind = None
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
            kind = kind_of(path, head)
            if kind == "jsonl":
                handle.seek(0)
                yield from read_jsonl(handle, origin=origin, settings=settings)
                return kind
        if kind == "warc":
            yield from read_warc(path, origin=origin, settings=settings)
            return kind
        limit = _limit(kind, settings)
        check_size(path.stat().st_size, origin=origin, settings=settings.replace(max_bytes=limit))
        yield from _read_whole(kind, path.read_bytes(), origin=origin, settings=settings)
    except RecordError as exc:
        yield exc
    except InputError as exc:
        yield as_record_error(exc, origin)
    except PermissionError:
        yield RecordError(f"{origin}: permission denied", origin=origin)
    except OSError as exc:
        yield RecordError(f"{origin}: cannot read ({exc.strerror or exc})", origin=origin)
    return kind


def count_inputs(paths: Iterable[str]) -> int:
    """About how many documents the inputs hold, cheaply (for a progress bar):
    a text or page is one, a JSONL batch its non-blank lines, a feed its
    ``<item>``/``<entry>`` tags, an archive its HTML responses."""
    total = 0
    for item in expand(paths):
        if isinstance(item, RecordError):
            total += 1
        elif item == "-":
            total += 1
        else:
            total += _count_file(item)
    return total


def _count_file(path: Path) -> int:
    try:
        with path.open("rb") as handle:
            kind = kind_of(path, handle.read(HEAD_BYTES))
            handle.seek(0)
            if kind == "jsonl":
                return sum(1 for line in handle if line.strip())
            if kind == "feed":
                data = handle.read().lower()
                return max(1, data.count(b"<item") + data.count(b"<entry"))
            if kind == "warc":
                return _count_warc(handle)
    except OSError:
        pass
    return 1


def _count_warc(handle) -> int:
    from warcio.archiveiterator import ArchiveIterator

    from .warc import _page, quiet_warcio

    quiet_warcio()
    count = 0
    try:
        for record in ArchiveIterator(handle):
            count += _page(record) is not None
    except Exception:  # the reader names what is broken; this is an estimate
        pass
    return max(count, 1)
