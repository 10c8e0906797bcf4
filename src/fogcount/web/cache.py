"""Rendered responses kept per store revision: the events pages and their JSON
twins are drawn once for each query while the store stays as it is.

Under 20 clients asking for the same page, a server that draws it for each of
them does 20 times the work of one (one process, one core's worth of Python);
with the page kept, each answer is a dictionary look-up and one query of the
store's revision (:meth:`fogcount.store.Store.revision`, which any process's
write moves on). The first request of a query draws it while the others that
ask for it meanwhile wait for that drawing, not start their own. Responses are
kept gzipped (what browsers and the benchmark take; decompressed for the rare
client that does not), with an ETag, so that a browser's second visit is a 304.
"""

from __future__ import annotations

import gzip
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import NamedTuple

from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import Response

MAX_BYTES = 64 * 2**20  # gzipped bytes kept at most (the 10,000 events' map points are about 150 kB) ...
MAX_ENTRIES = 4096  # ... in at most this many responses (an empty page past the last is a few bytes, its key not)
KEPT_HEADERS = ("x-total-count", "link")  # a response's own headers that the kept copy answers with again


class Rendered(NamedTuple):
    """A response as kept: its gzipped body, media type, own headers and ETag."""

    gzipped: bytes
    media_type: str
    headers: dict[str, str]
    etag: str


class ResponseCache:
    """Responses by (revision, key), for the newest revision ``revision()`` has read (the store's revision only
    grows): a newer revision drops every response of the one before; a request that read an older one, just
    before a write, is drawn and not kept. At most ``max_bytes`` of gzipped bodies in ``max_entries``
    responses, the least recently used dropped first.

    A response is drawn after the revision was read, so what is kept under a revision is never older than it
    (it may be newer: a write that lands while it is drawn moves the revision on, and the next request drops it).
    """

    def __init__(self, revision: Callable[[], int], max_bytes: int = MAX_BYTES, max_entries: int = MAX_ENTRIES):
        self.revision, self.max_bytes, self.max_entries = revision, max_bytes, max_entries
        self._lock = threading.Lock()
        self._entries: OrderedDict[Hashable, Rendered] = OrderedDict()
        self._drawing: dict[Hashable, threading.Lock] = {}
        self._revision: int | None = None
        self._bytes = 0

    def get(self, key: Hashable, draw: Callable[[], Response]) -> Rendered | Response:
        """The kept response for ``key`` under the store's current revision, or ``draw()``'s, kept when it is
        a 200 (another status is returned as drawn, not kept). ``draw`` runs once per key and revision however
        many requests ask at the same time."""
        revision = self.revision()
        with self._lock:
            if self._revision is None or revision > self._revision:
                self._entries.clear()
                self._revision, self._bytes = revision, 0
            found = self._entries.get(key) if revision == self._revision else None
            if found is not None:
                self._entries.move_to_end(key)
                return found
            drawing = self._drawing.setdefault((revision, key), threading.Lock())
        with drawing:
            with self._lock:
                found = self._entries.get(key) if revision == self._revision else None
            if found is not None:
                return found
            try:
                response = draw()
                if response.status_code != 200:
                    return response
                rendered = rendered_of(response, revision)
                with self._lock:
                    if revision == self._revision:
                        self._entries[key] = rendered
                        self._bytes += len(rendered.gzipped)
                        while (self._bytes > self.max_bytes or len(self._entries) > self.max_entries) and \
                                len(self._entries) > 1:
                            _, dropped = self._entries.popitem(last=False)
                            self._bytes -= len(dropped.gzipped)
                return rendered
            finally:
                with self._lock:
                    self._drawing.pop((revision, key), None)


class RevisionMemo:
    """Values by key for the store's current revision (what every page of a query shares: the store's facets,
    a filter's counts and the timeline's newest events), computed again after the store changes. At most
    ``size`` keys, the oldest dropped first."""

    def __init__(self, revision: Callable[[], int], size: int = 256):
        self.revision, self.size = revision, size
        self._lock = threading.Lock()
        self._values: OrderedDict[Hashable, object] = OrderedDict()
        self._revision: int | None = None

    def get(self, key: Hashable, compute: Callable[[], object]):
        """The value for ``key`` under the store's current revision, computed (after the revision was read) when
        there is none; a request that read an older revision than the newest seen computes its own, not kept."""
        revision = self.revision()
        with self._lock:
            if self._revision is None or revision > self._revision:
                self._values.clear()
                self._revision = revision
            if revision == self._revision and key in self._values:
                return self._values[key]
        value = compute()  # two requests at once may both compute it: the same value, kept once
        with self._lock:
            if revision == self._revision:
                self._values[key] = value
                while len(self._values) > self.size:
                    self._values.popitem(last=False)
        return value


def rendered_of(response: Response, revision: Hashable) -> Rendered:
    """A drawn response as kept: gzipped once, its ETag the revision and a digest of the body."""
    body = bytes(response.body)
    digest = hashlib.blake2b(body, digest_size=8).hexdigest()
    headers = {name: response.headers[name] for name in KEPT_HEADERS if name in response.headers}
    media_type = response.headers.get("content-type", response.media_type or "application/octet-stream")
    return Rendered(gzip.compress(body, compresslevel=6, mtime=0), media_type, headers, f'"{revision}-{digest}"')


def respond(request: Request, kept: Rendered | Response) -> Response:
    """The answer to ``request`` from a kept response: 304 when the client holds it (If-None-Match), the
    gzipped body when the client takes gzip, else the plain body. A response that was not kept, as it is."""
    if isinstance(kept, Response):
        return kept
    headers = {**kept.headers, "etag": kept.etag, "cache-control": "no-cache", "vary": "Accept-Encoding"}
    if kept.etag in [tag.strip() for tag in request.headers.get("if-none-match", "").split(",")]:
        return Response(status_code=304, headers=headers)
    if takes_gzip(request.headers.get("accept-encoding", "")):
        return Response(kept.gzipped, headers={**headers, "content-encoding": "gzip", "content-type": kept.media_type})
    return Response(gzip.decompress(kept.gzipped), headers={**headers, "content-type": kept.media_type})


def takes_gzip(accept_encoding: str) -> bool:
    """Whether an Accept-Encoding header takes gzip ("gzip", "gzip;q=0.8", "*"; not "gzip;q=0"): gzip's own entry
    decides, else "*"'s (RFC 9110, 12.5.3)."""
    qualities: dict[str, float] = {}
    for part in accept_encoding.lower().split(","):
        name, _, params = part.strip().partition(";")
        params = params.strip()
        try:
            quality = float(params.removeprefix("q=").strip()) if params.startswith("q=") else 1.0
        except ValueError:
            quality = 0.0
        qualities.setdefault(name.strip(), quality)
    return qualities.get("gzip", qualities.get("*", 0.0)) > 0


class GzipWhereTaken:
    """Starlette's GZipMiddleware, asked only where the client takes gzip: it compresses wherever the header
    merely mentions "gzip" (so "gzip;q=0" got gzip)."""

    def __init__(self, app, **options):
        self.app = app
        self.gzipping = GZipMiddleware(app, **options)

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            accept = next((value.decode("latin-1") for name, value in scope["headers"] if name == b"accept-encoding"), "")
            if takes_gzip(accept):
                return await self.gzipping(scope, receive, send)
        return await self.app(scope, receive, send)


def key_of(request: Request) -> tuple:
    """What a kept response is found by: the host (the Link header names it), the path and the query's values
    (in any order)."""
    return request.url.netloc, request.url.path, tuple(sorted(request.query_params.multi_items()))


__all__ = ["GzipWhereTaken", "ResponseCache", "RevisionMemo", "Rendered", "respond", "key_of", "takes_gzip", "MAX_BYTES", "MAX_ENTRIES"]
