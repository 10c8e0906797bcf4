"""The web page: a FastAPI app over a store. Each page has a JSON twin under
``/api`` (the same contract as the command line: Event, Claim, Document and
Report objects), described by ``/api/openapi.json``.

Safe by default: read-only unless built with ``allow_writes``, and writes
then need the token; request bodies are size-limited; every script and
style sheet comes from the package; document text is escaped everywhere
(templates autoescape; ``svg`` and ``text`` escape what they draw) and a
Content-Security-Policy forbids inline script besides.
"""

from __future__ import annotations

import datetime as dt
import functools
import gzip
import hmac
import json
import re
import stat
from http import HTTPStatus
from collections.abc import Callable
from importlib import resources
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

from fastapi import Body, FastAPI, HTTPException, Query, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import FogcountError, SettingsError, row_of
from ..filters import countries, country_of, day_of, event_type_of
from ..models import SCHEMA, Claim, Document, Event, Report
from ..quantities import format_interval
from ..settings import DEFAULT_SETTINGS, Settings
from ..store import EventPoint
from ..stages.base import DocumentState
from . import basemap, svg
from .cache import GzipWhereTaken, ResponseCache, RevisionMemo, key_of, respond, takes_gzip
from .story import figures_as_reports_arrived, linked_notes, short_claim_id
from .text import (bound, document_marks, highlight, highlight_excerpts, place_text, sentence_with_figure, text_anchor,
                   through, when, where, who)

FORM_FACTOR = 9  # form-encoded bytes per byte of normalised text, at most (see max_body_for)
FIELDS_MARGIN = 65_536  # bytes for the form's or the JSON's other fields (token, title, URL, ...)


def max_body_for(max_bytes: int) -> int:
    """The request-body limit under which any article of ``max_bytes`` (Settings.max_bytes: UTF-8 bytes of the
    normalised text) still arrives, pasted in the form or posted as JSON.

    Form encoding writes each UTF-8 byte outside ASCII as %XX, 3 bytes (an Arabic article of 700 KB is 2.1 MB
    form-encoded); a CRLF line break, 6 bytes (%0D%0A), becomes one byte; a Hangul syllable typed as three
    conjoining jamo, 27 bytes, becomes one of 3 bytes under NFC: 9 at most, measured over every character (NUL
    bytes, which normalising drops, aside). JSON's escapes are at most 6 ("\\u0001" for one byte). Larger bodies
    are refused (413) before anything reads them; the text itself is then held to ``max_bytes`` by the extraction.
    """
    return FORM_FACTOR * max_bytes + FIELDS_MARGIN


DEFAULT_MAX_BODY = max_body_for(Settings().max_bytes)  # 9,065,536 bytes
PAGE_SIZE = DEFAULT_SETTINGS["page_size"]  # rows of the events table per page
MAP_POINTS = DEFAULT_SETTINGS["map_points"]  # dated events the timeline marks one by one at most (beyond: counts)
API_LIMIT = 100  # /api/events and /api/documents: rows when no limit is given
API_MAX_LIMIT = 1000  # ... and the most one request may ask for
DOCUMENTS_PAGE = 100  # rows of the documents page
MAX_WORDS = 20  # ?words=: at most this many words ...
MAX_WORDS_CHARS = 500  # ... of at most this many characters in all (SQLite refuses long LIKE patterns)
MAX_OFFSET = 2**31  # offsets past this are no page of any store (and overflow SQLite's integers)
TOKEN_HEADER = "x-fogcount-token"


class EventsPayload(BaseModel):
    """Linked events and their claims, as `fogcount events --format json` prints them."""

    schema_: str = Field(SCHEMA, alias="schema")
    events: list[Event]
    claims: list[Claim] = Field(description="The events' claims; ids are '<document id>:<claim id>'.")


class Paste(BaseModel):
    """An article to extract and store (POST /api/documents)."""

    text: str = Field(description="The article's text.")
    published: dt.date | None = Field(default=None, description="Publication date, for relative dates.")
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    id: str | None = Field(default=None, description="The document's own id; default: the sha256 of its text.")


# ---------------------------------------------------------------- middleware


class LimitBody:
    """Refuses (413) a request whose body is larger than ``max_body`` bytes, before the app reads it."""

    def __init__(self, app, max_body: int):
        self.app, self.max_body = app, max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                too_large = int(declared) > self.max_body
            except ValueError:
                return await _plain(send, 400, "bad Content-Length")
            if too_large:
                return await _plain(send, 413, f"request body over {self.max_body:,} bytes")
        messages, size = [], 0
        if scope.get("method") in ("POST", "PUT", "PATCH"):
            while True:
                message = await receive()
                messages.append(message)
                if message["type"] != "http.request":
                    break
                size += len(message.get("body", b""))
                if size > self.max_body:
                    return await _plain(send, 413, f"request body over {self.max_body:,} bytes")
                if not message.get("more_body"):
                    break

        async def replay():
            return messages.pop(0) if messages else await receive()

        return await self.app(scope, replay, send)


async def _plain(send, status: int, text: str) -> None:
    body = text.encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    """A strict Content-Security-Policy (scripts, styles and fonts only from this server) and friends."""

    def __init__(self, app, tile_origin: str | None):
        self.app = app
        images = "'self' data:" + (f" {tile_origin}" if tile_origin else "")
        policy = (f"default-src 'none'; script-src 'self'; style-src 'self'; img-src {images}; font-src 'self'; "
                  "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
        self.headers = [(b"content-security-policy", policy.encode()), (b"x-content-type-options", b"nosniff"),
                        (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY")]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message):
            if message["type"] == "http.response.start":
                message = dict(message)
                message["headers"] = list(message.get("headers") or []) + self.headers
            await send(message)

        return await self.app(scope, receive, with_headers)


COMPRESSED = {".geojson": "application/json", ".json": "application/json", ".js": "text/javascript; charset=utf-8",
              ".css": "text/css; charset=utf-8"}  # static files kept gzipped, and their media types


class Static(StaticFiles):
    """The package's static files. The scripts, style sheets and the map's layers are gzipped once per process
    and sent so to the clients that take gzip, rather than compressed again on every request (Leaflet: 150 kB,
    the countries: 0.5 MB)."""

    async def get_response(self, path: str, scope) -> Response:
        accepts = Headers(scope=scope).get("accept-encoding", "")
        media_type = COMPRESSED.get("." + path.rsplit(".", 1)[-1]) if "." in path else None
        if media_type and takes_gzip(accepts) and scope["method"] in ("GET", "HEAD"):
            try:
                full_path, found = self.lookup_path(path)
            except (OSError, ValueError):
                full_path, found = None, None
            if found is not None and stat.S_ISREG(found.st_mode):
                body, etag = _gzipped(full_path, found.st_mtime_ns, found.st_size)
                headers = {"etag": etag, "vary": "Accept-Encoding", "cache-control": "public, max-age=3600"}
                if Headers(scope=scope).get("if-none-match") == etag:
                    return Response(status_code=304, headers=headers)
                return Response(body if scope["method"] == "GET" else b"", media_type=media_type,
                                headers={**headers, "content-encoding": "gzip", "content-length": str(len(body))})
        return await super().get_response(path, scope)


@functools.lru_cache(maxsize=32)
def _gzipped(path: str, mtime_ns: int, size: int) -> tuple[bytes, str]:
    """A file's bytes gzipped, and an ETag for them (the file's time and size: a new file, a new key)."""
    with open(path, "rb") as file:
        return gzip.compress(file.read(), compresslevel=6, mtime=0), f'"{mtime_ns:x}-{size:x}-gz"'


# ---------------------------------------------------------------- helpers


def event_url(event_id: str) -> str:
    return "/events/" + quote(event_id, safe="")


def document_url(document_id: str) -> str:
    return "/documents/" + quote(document_id, safe="")


def claim_document(claim_id: str) -> str | None:
    """'<document id>:<claim id>' -> the document id (document ids may hold ':' themselves)."""
    return claim_id.rsplit(":", 1)[0] if ":" in claim_id else None


def is_api(path: str) -> bool:
    """Whether a request path is the JSON API's (its errors are JSON; the pages' are the HTML error page)."""
    return path == "/api" or path.startswith("/api/")


def _date(value: str | None, name: str) -> dt.date | None:
    """A form's day (blank: none), read as the command line reads one: a day that does not exist (2016-02-30)
    is told apart from a value that is no date."""
    if value is None or not value.strip():
        return None
    return day_of(value, option=name)


def _clean(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def _words(value: str | None) -> str | None:
    """The ``words`` filter, held to MAX_WORDS words of MAX_WORDS_CHARS characters (a 400, not the store's error)."""
    value = _clean(value)
    if value is not None and (len(value) > MAX_WORDS_CHARS or len(value.split()) > MAX_WORDS):
        raise FogcountError(f"words: at most {MAX_WORDS} words of {MAX_WORDS_CHARS:,} characters in all, "
                            f"not {len(value.split()):,} words of {len(value):,} characters")
    return value


def point_row(point) -> list:
    """An EventPoint as a row of /api/points (POINT_COLUMNS)."""
    return [point.id, round(point.lat, 5), round(point.lon, 5), point.killed, point.event_type,
            point.date_start.isoformat() if point.date_start else None, place_text(point.place_text, point.place_name)]


POINT_COLUMNS = ["id", "lat", "lon", "killed", "type", "date", "place"]


def event_point(event: Event) -> EventPoint:
    """An event (of a page's rows) as Store.event_points gives it, for the timeline."""
    place = event.place
    killed = max((f.best for f in event.figures if f.category == "people.killed" and f.best is not None), default=None)
    return EventPoint(event.id, event.date_start, event.date_end, event.event_type, event.sub_event_type,
                      place.text if place else None, place.name if place else None, place.country if place else None,
                      place.lat if place else None, place.lon if place else None, killed)


def figure_claims(figure, claims_by_id: dict[str, Claim]) -> list[Claim]:
    """The figure's claims among the event's (ids may be document-qualified or not)."""
    found = []
    for cid in figure.claims:
        claim = claims_by_id.get(cid)
        if claim is None and ":" not in cid:
            matches = [c for k, c in claims_by_id.items() if k.endswith(":" + cid)]
            claim = matches[0] if len(matches) == 1 else None
        if claim is not None and claim not in found:
            found.append(claim)
    return found


def _tile_origin(tile_url: str | None) -> str | None:
    if tile_url is None:
        return None
    parts = urlsplit(tile_url)
    if parts.scheme not in ("http", "https") or not parts.netloc or not all(k in tile_url for k in ("{z}", "{x}", "{y}")):
        raise SettingsError(f"tile URL must be http(s) with {{z}}, {{x}} and {{y}}, not {tile_url!r}")
    return f"{parts.scheme}://{parts.netloc}"


# ---------------------------------------------------------------- the app


def create_app(store, *, allow_writes: bool = False, token: str | None = None, max_body: int | None = None,
               tile_url: str | None = None, settings: Settings | None = None,
               extractor: Callable[..., DocumentState] | None = None, page_size: int = PAGE_SIZE,
               map_points: int = MAP_POINTS) -> FastAPI:
    """The web page over ``store`` (a fogcount.store.Store or anything with its methods).

    ``allow_writes`` enables the paste form and POST /api/documents, which then need ``token``;
    ``max_body`` bounds request bodies (default: max_body_for the settings' max_bytes); ``tile_url``
    (https://host/{z}/{x}/{y}.png) adds a tile layer under the maps' shipped layers; ``settings`` are the
    extraction's; ``extractor`` (text and options to a DocumentState) defaults to fogcount.pipeline.extract_state; ``page_size`` is the events table's rows per page
    and ``map_points`` the most events the events page's timeline draws (its map draws every event).
    """
    if allow_writes and not token:
        raise SettingsError("writes need a token: give --token or set FOGCOUNT_TOKEN")
    settings = settings or Settings()
    if max_body is None:
        max_body = max_body_for(settings.max_bytes)
    if max_body < 1:
        raise SettingsError(f"max_body must be at least 1 byte, not {max_body!r}")
    if page_size < 1 or map_points < 1:
        raise SettingsError(f"page_size and map_points must be at least 1, not {page_size!r} and {map_points!r}")
    tile_origin = _tile_origin(tile_url)
    if extractor is None:
        from ..pipeline import extract_state as extractor

    app = FastAPI(title="fogcount", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="Source-attributed claims, events and reconciled figures from conflict reporting.")
    app.state.store = store
    kept = ResponseCache(store.revision)  # the events pages and their JSON, drawn once per query and revision

    def cached(request: Request, draw: Callable[[], Response]) -> Response:
        return respond(request, kept.get(key_of(request), draw))

    shared = RevisionMemo(store.revision)  # what the pages of a query share, read again when the store changes

    def facets() -> dict[str, list[str]]:
        return shared.get("facets", store.facets)

    def counts_of(chosen: dict) -> dict[str, int]:
        return shared.get(("counts", tuple(sorted(chosen.items()))), lambda: store.event_counts(**chosen))

    static = resources.files("fogcount.web").joinpath("static")
    app.mount("/static", Static(directory=str(static)), name="static")
    templates = Environment(loader=PackageLoader("fogcount.web", "templates"),
                            autoescape=select_autoescape(default=True, default_for_string=True))
    templates.globals.update(event_url=event_url, document_url=document_url, interval=format_interval, bound=bound,
                             who=who, through=through, when=when, where=where, sentence=sentence_with_figure,
                             claim_document=claim_document, allow_writes=allow_writes, version=__version__,
                             text_anchor=text_anchor, short_claim_id=short_claim_id,
                             basemap=json.dumps(basemap.client_settings(), separators=(",", ":")))

    def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        context.setdefault("json_url", None)
        context.setdefault("map", False)
        body = templates.get_template(name).render(request_path=request.url.path, **context)
        return HTMLResponse(body, status_code=status)

    def check_token(given: str | None) -> None:
        if not allow_writes:
            raise HTTPException(403, "read-only: start fogcount serve with --allow-writes to add documents")
        if not given or not hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8")):
            raise HTTPException(401, "a valid token is needed to write")

    def request_token(request: Request) -> str | None:
        header = request.headers.get("authorization", "")
        if header.lower().startswith("bearer "):
            return header[7:].strip()
        return request.headers.get(TOKEN_HEADER)

    def filters(since, until, country, event_type, words) -> dict:
        """The store's filters from a request's values (``words`` checked, blanks dropped)."""
        # A country's name or code, an event type's documented spellings (fogcount.filters, as the CLI's
        # --country and --type): an unknown value is a 400 that lists the valid ones, not an empty page.
        country, event_type = _clean(country), _clean(event_type)
        return {"since": since, "until": until,
                "country": country_of(country, present=lambda: facets()["countries"]) if country else None,
                "event_type": event_type_of(event_type) if event_type else None, "words": _words(words)}

    @app.exception_handler(FogcountError)
    async def fogcount_error(request: Request, exc: FogcountError):
        status = row_of(exc).http_status  # the request's fault (4xx) or the server's: its model, index, store
        if is_api(request.url.path):
            return JSONResponse({"detail": str(exc)}, status_code=status)
        title = "Bad request" if status == 400 else f"Error {status}"
        return page(request, "error.html", status, title=title, message=str(exc))

    # Starlette's class, not only FastAPI's subclass: the router's own 404 (no route) and 405 (a method the
    # route does not take) are raised as Starlette's and would otherwise get the default JSON.
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        path = request.url.path
        if is_api(path) or path.startswith(("/static/", "/map/")) or path == "/static":  # not pages: JSON
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        message = str(exc.detail)
        if exc.status_code == 404 and message == HTTPStatus.NOT_FOUND.phrase:  # the router's: no page there
            message = f"there is no page at {path}"
        elif exc.status_code == 405 and message == HTTPStatus.METHOD_NOT_ALLOWED.phrase:
            message = f"{request.method} is not allowed at {path}"
        response = page(request, "error.html", exc.status_code, title=f"Error {exc.status_code}", message=message)
        response.headers.update(exc.headers or {})  # 405's Allow, 401's WWW-Authenticate
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError):
        if is_api(request.url.path):
            return await request_validation_exception_handler(request, exc)  # FastAPI's 422 JSON
        message = "; ".join(f"{_field(error.get('loc'))}: {error.get('msg', 'invalid')}" for error in exc.errors())
        return page(request, "error.html", 422, title="Error 422", message=message or "invalid request")

    # ------------------------------------------------------------ pages

    @app.get("/", include_in_schema=False)
    def home():
        return RedirectResponse("/events", status_code=302)

    @app.get("/events", include_in_schema=False, response_class=HTMLResponse)
    def events_page(request: Request, since: str | None = None, until: str | None = None, country: str | None = None,
                    type: str | None = None, words: str | None = None,
                    page_number: int = Query(1, alias="page", ge=1, le=MAX_OFFSET)):
        return cached(request, lambda: draw_events_page(request, since, until, country, type, words, page_number))

    def draw_events_page(request: Request, since, until, country, type, words, page_number: int) -> HTMLResponse:
        query = {"since": since or "", "until": until or "", "country": country or "", "type": type or "",
                 "words": words or ""}
        chosen = filters(_date(since, "since"), _date(until, "until"), country, type, words)
        total, shown = store.events_page(limit=page_size, offset=(page_number - 1) * page_size, **chosen)
        pages = max(1, -(-total // page_size))
        if page_number > pages:  # past the last page (a stale link): the last page
            page_number = pages
            total, shown = store.events_page(limit=page_size, offset=(page_number - 1) * page_size, **chosen)
        first = (page_number - 1) * page_size
        choices = facets()
        counts = counts_of(chosen)  # every page of these filters has the same counts and newest events
        on_page = [event_point(e) for e in shown if e.date_start is not None]
        if counts["dated"] <= map_points:  # few: each dated event its own mark
            on_timeline = shared.get(("dated", tuple(sorted(chosen.items()))),
                                     lambda: store.event_points(**chosen, dated=True, limit=map_points))
            counted = None
        else:  # many: every dated event counted by type and day (drawn once per query), this page's marked over
            on_timeline = on_page
            counted = shared.get(("counted", tuple(sorted(chosen.items()))),
                                 lambda: svg.counts(store.event_days(**chosen)))
        speakers = store.speakers_of([e.id for e in shown])
        rows = [{"event": event, "sources": speakers.get(event.id, []),
                 "independent": max((f.independent_sources for f in event.figures), default=0)} for event in shown]
        qs = "&".join(f"{k}={quote(v)}" for k, v in query.items() if v)
        return page(request, "events.html", title="Events", total=total, rows=rows, query=query,
                    countries=[(code, countries()[code].name if code in countries() else code)
                               for code in choices["countries"]],
                    country=chosen["country"], types=choices["types"], page=page_number, pages=pages,
                    first=first + 1, last=first + len(shown), qs=qs, json_url="/api/events" + (f"?{qs}" if qs else ""),
                    points_url="/api/points" + (f"?{qs}" if qs else ""), tile_url=tile_url, map=True,
                    placed=counts["placed"], dated=counts["dated"], counted=counted is not None, marks=len(on_page),
                    timeline=svg.timeline(on_timeline, counted=counted, href=lambda e: event_url(e.id)))

    @app.get("/events/{event_id:path}", include_in_schema=False, response_class=HTMLResponse)
    def event_page(request: Request, event_id: str):
        return cached(request, lambda: draw_event_page(request, event_id))

    def draw_event_page(request: Request, event_id: str) -> HTMLResponse:
        event = store.event(event_id)
        if event is None:
            raise HTTPException(404, f"no event {event_id!r}")
        claims = store.claims(event_id)
        by_id = {c.id: c for c in claims}
        documents = {d: store.document(d) for d in dict.fromkeys(event.documents + [d for d in map(claim_document, by_id) if d])}
        point = json.dumps(point_row(event_point(event))) if event.place and event.place.lat is not None else None
        figures = []
        for figure in event.figures:
            theirs = figure_claims(figure, by_id)
            figures.append({"figure": figure, "claims": theirs,
                            "notes": linked_notes(figure.notes, [c.id for c in claims]),
                            "chart": svg.range_chart(figure, theirs, label=lambda c: svg.claim_label(c, documents))})
        return page(request, "event.html", title=f"Event {event.id}", event=event, figures=figures, claims=claims,
                    documents=documents, story=figures_as_reports_arrived(event, claims, documents, settings),
                    json_url="/api/events/" + quote(event.id, safe=""), tile_url=tile_url, map=point is not None,
                    point=point)

    @app.get("/documents", include_in_schema=False, response_class=HTMLResponse)
    def documents_page(request: Request, page_number: int = Query(1, alias="page", ge=1, le=MAX_OFFSET)):
        total = store.counts()["documents"]
        pages = max(1, -(-total // DOCUMENTS_PAGE))
        page_number = min(page_number, pages)
        first = (page_number - 1) * DOCUMENTS_PAGE
        documents = store.documents(limit=DOCUMENTS_PAGE, offset=first)
        return page(request, "documents.html", title="Documents", documents=documents, total=total,
                    page=page_number, pages=pages, first=first + 1, last=first + len(documents),
                    json_url=f"/api/documents?limit={DOCUMENTS_PAGE}&offset={first}")

    def render_document(request: Request, report: Report, text: str | None, status: int = 200, *,
                        linked: dict[str, str], **extra):
        marks = document_marks(text, report) if text else []
        body = highlight(text, marks) if text else None
        counts = {kind: sum(1 for m in marks if m.kind == kind) for kind in ("claim", "source", "time", "place")}
        return page(request, "document.html", status, title=report.document.title or report.document.id,
                    report=report, body=body, counts=counts, excerpts=None if text else highlight_excerpts(report),
                    linked=linked,
                    json_url="/api/documents/" + quote(report.document.id, safe=""), **extra)

    @app.get("/documents/{document_id:path}", include_in_schema=False, response_class=HTMLResponse)
    def document_page(request: Request, document_id: str):
        report = store.report(document_id)
        if report is None:
            raise HTTPException(404, f"no document {document_id!r}")
        return render_document(request, report, store.text(document_id), linked=store.linked_events(document_id))

    @app.get("/paste", include_in_schema=False, response_class=HTMLResponse)
    def paste_page(request: Request):
        return page(request, "paste.html", 200 if allow_writes else 403, title="Paste an article", form={})

    @app.post("/paste", include_in_schema=False, response_class=HTMLResponse)
    async def paste_submit(request: Request):
        if not allow_writes:
            raise HTTPException(403, "read-only: start fogcount serve with --allow-writes to add documents")
        if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            raise HTTPException(415, "the form is sent as application/x-www-form-urlencoded")
        fields = {k: v[-1] for k, v in parse_qs((await request.body()).decode("utf-8", "replace"),
                                                 keep_blank_values=True).items()}
        form = {k: fields.get(k, "") for k in ("text", "published", "title", "url", "outlet")}
        try:
            check_token(fields.get("token"))
        except HTTPException as exc:
            return page(request, "paste.html", exc.status_code, title="Paste an article", form=form, error=exc.detail)
        try:
            report, added, text = await run_in_threadpool(
                _extract_and_add, store, extractor, settings, text=form["text"], published=_date(form["published"], "published"),
                title=_clean(form["title"]), url=_clean(form["url"]), outlet=_clean(form["outlet"]), id=None)
        except FogcountError as exc:
            return page(request, "paste.html", row_of(exc).http_status, title="Paste an article", form=form,
                        error=str(exc))
        # the normalised text (CRLF from the browser's textarea now LF): the one the report's spans point into
        return render_document(request, report, text, 201 if added.new else 200, added=added,
                               linked=store.linked_events(added.document_id))

    @app.get("/map/{layer}/{zoom}/{x}/{y}.json", include_in_schema=False)
    def map_tile(request: Request, layer: str, zoom: str, x: str, y: str):
        """A tile of the map's first-level borders or town labels (web/basemap.py), gzipped once per process; the
        browser keeps it for a day (it changes only with the package)."""
        try:
            where = int(zoom), int(x), int(y)
        except ValueError:
            where = None
        if where is None or not basemap.valid(layer, *where):
            raise HTTPException(404, f"no map tile {layer}/{zoom}/{x}/{y}")
        found = basemap.tile(layer, *where)
        headers = {"etag": found.etag, "vary": "Accept-Encoding", "cache-control": "public, max-age=86400"}
        if found.etag in [tag.strip() for tag in request.headers.get("if-none-match", "").split(",")]:
            return Response(status_code=304, headers=headers)
        if takes_gzip(request.headers.get("accept-encoding", "")):
            return Response(found.gzipped, media_type="application/json", headers={**headers, "content-encoding": "gzip"})
        return Response(gzip.decompress(found.gzipped), media_type="application/json", headers=headers)

    # ------------------------------------------------------------ the JSON API

    def payload(events: list[Event]) -> dict:
        """What `fogcount events --format json` prints: the events and their claims."""
        claims = store.claims_of([e.id for e in events])
        return {"schema": SCHEMA, "events": [e.model_dump(mode="json") for e in events],
                "claims": [c.model_dump(mode="json") for e in events for c in claims.get(e.id, [])]}

    @app.get("/api", include_in_schema=False)
    def api_index():
        """What the API has: its paths and where its OpenAPI description is."""
        return JSONResponse({"openapi": "/api/openapi.json", "version": __version__,
                             "paths": sorted({re.sub(r":\w+}", "}", r.path) for r in app.routes  # as OpenAPI names them
                                              if getattr(r, "include_in_schema", False) and r.path.startswith("/api/")})})

    @app.get("/api/events", response_model=EventsPayload, tags=["events"])
    def api_events(request: Request,
                   since: dt.date | None = Query(None, description="Events ending on or after this day."),
                   until: dt.date | None = Query(None, description="Events starting on or before this day."),
                   country: str | None = Query(None, description="The event's country: a name or ISO 3166 code "
                                                         "('Syria', 'SY')."),
                   type: str | None = Query(None, description="ACLED event type, any case ('Battles', 'explosions')."),
                   words: str | None = Query(None, description="Words the event's or a claim's sentence, or its "
                                             "place's name (either spelling), holds."),
                   limit: int = Query(API_LIMIT, ge=1, le=API_MAX_LIMIT, description="Events per response."),
                   offset: int = Query(0, ge=0, le=MAX_OFFSET)):
        """Linked events across the store's documents, newest first, with their reconciled figures and their
        claims: what `fogcount events --format json` prints, ``limit`` at a time (header X-Total-Count: how many
        the filters keep; Link: the next page)."""
        return cached(request, lambda: draw_api_events(request, since, until, country, type, words, limit, offset))

    def draw_api_events(request: Request, since, until, country, type, words, limit: int, offset: int) -> JSONResponse:
        total, events = store.events_page(limit=limit, offset=offset, **filters(since, until, country, type, words))
        headers = {"x-total-count": str(total)}
        if offset + len(events) < total:
            headers["link"] = f'<{request.url.include_query_params(offset=offset + limit)}>; rel="next"'
        return JSONResponse(payload(events), headers=headers)

    @app.get("/api/points", tags=["events"])
    def api_points(request: Request, since: dt.date | None = Query(None), until: dt.date | None = Query(None),
                   country: str | None = Query(None), type: str | None = Query(None),
                   words: str | None = Query(None)):
        """Every event the filters of /api/events keep that has a place on the map, one row each
        (``columns``: id, lat, lon, the largest best number killed, type, first day, place as the text spells
        it with the gazetteer's name beside it): what the events page's map draws."""
        return cached(request, lambda: draw_api_points(since, until, country, type, words))

    def draw_api_points(since, until, country, type, words) -> JSONResponse:
        chosen = filters(since, until, country, type, words)
        placed = store.event_points(**chosen, placed=True)
        return JSONResponse({"schema": SCHEMA, "columns": POINT_COLUMNS, "events": counts_of(chosen)["events"],
                             "points": [point_row(p) for p in placed]})

    @app.get("/api/events/{event_id:path}", response_model=EventsPayload, tags=["events"])
    def api_event(request: Request, event_id: str):
        """One linked event and its claims (ids '<document id>:<claim id>'), in the layout of /api/events."""
        return cached(request, lambda: draw_api_event(event_id))

    def draw_api_event(event_id: str) -> JSONResponse:
        event = store.event(event_id)
        if event is None:
            raise HTTPException(404, f"no event {event_id!r}")
        return JSONResponse(payload([event]))

    @app.get("/api/documents", response_model=list[Document], tags=["documents"])
    def api_documents(limit: int = Query(API_LIMIT, ge=1, le=API_MAX_LIMIT), offset: int = Query(0, ge=0, le=MAX_OFFSET)):
        """The stored documents, newest first, ``limit`` at a time (header X-Total-Count: how many in all)."""
        return JSONResponse([d.model_dump(mode="json") for d in store.documents(limit=limit, offset=offset)],
                            headers={"x-total-count": str(store.counts()["documents"])})

    @app.get("/api/documents/{document_id:path}", response_model=Report, tags=["documents"])
    def api_document(document_id: str):
        """A document's report: what `fogcount extract --format json` prints for it."""
        report = store.report(document_id)
        if report is None:
            raise HTTPException(404, f"no document {document_id!r}")
        return JSONResponse(report.model_dump(mode="json", by_alias=True))

    @app.post("/api/documents", response_model=Report, status_code=201, tags=["documents"],
              responses={200: {"description": "Already stored (same text)"}, 401: {"description": "No or wrong token"},
                         403: {"description": "Read-only server"}, 413: {"description": "Body too large"}})
    async def api_add(request: Request, paste: Paste = Body(...)):
        """Extract an article and store it (needs --allow-writes and the token: `Authorization: Bearer TOKEN`
        or `X-Fogcount-Token: TOKEN`)."""
        check_token(request_token(request))
        _, added, _ = await run_in_threadpool(_extract_and_add, store, extractor, settings, text=paste.text,
                                              published=paste.published, title=paste.title, url=paste.url,
                                              outlet=paste.outlet, id=paste.id)
        stored = store.report(added.document_id)  # as stored: its id may not be the one asked for (see Store.add)
        return JSONResponse(stored.model_dump(mode="json", by_alias=True), status_code=201 if added.new else 200,
                            headers={"location": "/api/documents/" + quote(added.document_id, safe="")})

    @app.get("/api/{rest:path}", include_in_schema=False)
    def api_unknown(rest: str):
        raise HTTPException(404, f"no such API path: /api/{rest}")

    return _wrap(app, max_body, tile_origin)


def _wrap(app: FastAPI, max_body: int, tile_origin: str | None) -> FastAPI:
    """The app, with the body limit and the security headers outermost (before FastAPI reads anything) and
    responses compressed (gzip, where the client takes it) inside them."""
    app.add_middleware(GzipWhereTaken, minimum_size=1024, compresslevel=6)
    app.add_middleware(LimitBody, max_body=max_body)
    app.add_middleware(SecurityHeaders, tile_origin=tile_origin)
    return app


def _extract_and_add(store, extractor, settings: Settings, *, text: str, published, title, url, outlet, id):
    """Extract and store ``text``; the report, the store's answer, and the normalised text the spans point into."""
    if not text or not text.strip():
        raise FogcountError("text: empty input, no text to read")
    state = extractor(text, published=published, settings=settings, title=title, url=url, outlet=outlet, id=id)
    added = store.add(state.report, policy=settings.policy, discount_partisan=settings.discount_partisan,
                      text=state.text)
    return state.report, added, state.text


def _field(loc) -> str:
    """A validation error's place, as the page names it: the query or form field ('page'), not ('query', 'page')."""
    parts = [str(part) for part in (loc or ()) if part not in ("query", "path", "body", "header", "cookie")]
    return ".".join(parts) or "request"


__all__ = ["create_app", "Paste", "LimitBody", "SecurityHeaders", "event_url", "document_url", "max_body_for",
           "DEFAULT_MAX_BODY", "PAGE_SIZE", "MAP_POINTS"]
