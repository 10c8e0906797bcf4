"""Web archives with warcio: HTML responses read, the rest passed over,
truncated and broken records named one by one."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from fogcount.corpus.warc import read_warc
from fogcount.errors import RecordError
from fogcount.settings import Settings


def page(n: int) -> bytes:
    return (f"<html><head><title>Report {n}</title></head><body><article>"
            f"<p>At least {n + 10} soldiers were killed near the border, the army said on Tuesday.</p>"
            f"<p>Residents said {n + 2} houses were destroyed in the shelling that followed.</p>"
            "</article></body></html>").encode()


def build_warc(gzip: bool = True) -> bytes:
    """warcinfo, then per page: a request and its 200 HTML response; plus an
    image, a 404 page and a redirect, which are not documents."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "fogcount tests"}))

    def response(uri, status, content_type, body, date="2016-06-30T10:00:00Z"):
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers,
                                           warc_headers_dict={"WARC-Date": date})
        writer.write_record(record)

    for n in range(3):
        uri = f"https://news.example/story/{n}"
        request = StatusAndHeaders(f"GET /story/{n} HTTP/1.1", [("Host", "news.example")], is_http_request=True)
        writer.write_record(writer.create_warc_record(uri, "request", http_headers=request))
        response(uri, "200 OK", "text/html; charset=utf-8", page(n))
        if n == 0:
            response("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
            response("https://news.example/gone", "404 Not Found", "text/html", page(99))
            response("https://news.example/old", "301 Moved Permanently", "text/html", b"")
    return out.getvalue()


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("gzip, name", [(True, "news.warc.gz"), (False, "news.warc")])
def test_html_responses_are_pages_with_uri_and_capture_date(tmp_path, gzip, name):
    path = write(tmp_path, name, build_warc(gzip))
    records = list(read_warc(path, origin=name, settings=Settings()))
    assert [r.url for r in records] == [f"https://news.example/story/{n}" for n in range(3)]
    assert all(not isinstance(r, RecordError) for r in records)
    assert records[0].text.startswith("At least 10 soldiers were killed")
    assert records[0].published == dt.date(2016, 6, 30)  # the capture date: the page gives none
    assert records[0].outlet == "news.example"
    assert records[0].origin.startswith(f"{name}@") and records[0].origin.endswith("(https://news.example/story/0))"[:-1])


def test_truncated_last_record_is_named_and_the_rest_read(tmp_path):
    data = build_warc(gzip=True)
    path = write(tmp_path, "cut.warc.gz", data[:-60])  # the last response's gzip member is cut
    records = list(read_warc(path, origin="cut.warc.gz", settings=Settings()))
    assert [r.url for r in records[:2]] == ["https://news.example/story/0", "https://news.example/story/1"]
    (error,) = records[2:]
    assert isinstance(error, RecordError)
    assert error.origin.startswith("cut.warc.gz@")
    assert "truncated record" in error.message and "https://news.example/story/2" in error.message


def test_plain_warc_cut_inside_a_payload(tmp_path):
    data = build_warc(gzip=False)
    cut = data.index(b"Residents said 4 houses")  # inside story 2's payload
    path = write(tmp_path, "cut.warc", data[:cut])
    records = list(read_warc(path, origin="cut.warc", settings=Settings()))
    assert len(records) == 3 and isinstance(records[2], RecordError)
    assert "bytes of its declared length are missing" in records[2].message


@pytest.mark.parametrize(
    "cut_in, extra, fragment",
    [
        ("request", 100, "the archive is truncated or corrupt here"),  # warcio cannot parse what is left
        ("response", 30, "the archive ends inside a record"),  # warcio stops silently; the size tells
    ],
)
def test_archive_cut_between_pages(tmp_path, cut_in, extra, fragment):
    from warcio.archiveiterator import ArchiveIterator

    data = build_warc(gzip=True)
    records = ArchiveIterator(io.BytesIO(data))
    offsets = {(r.rec_type, r.rec_headers.get_header("WARC-Target-URI")): records.offset for r in records}
    at = offsets[(cut_in, "https://news.example/story/2")]
    path = write(tmp_path, "b.warc.gz", data[: at + extra])
    first, second, error = read_warc(path, origin="b.warc.gz", settings=Settings())
    assert [first.url, second.url] == ["https://news.example/story/0", "https://news.example/story/1"]
    assert isinstance(error, RecordError) and fragment in error.message
    name, offset = error.origin.split("@")
    assert name == "b.warc.gz" and abs(int(offset) - at) <= 1  # warcio's offset of a cut gzip member


def test_not_an_archive_is_one_error(tmp_path):
    path = write(tmp_path, "fake.warc", b"this is not a web archive at all\n" * 3)
    (error,) = read_warc(path, origin="fake.warc", settings=Settings())
    assert isinstance(error, RecordError) and error.origin == "fake.warc@0"


def overlong_record(tmp_path: Path) -> Path:
    """A plain archive whose warcinfo record runs past its declared length
    (warcio warns on standard error and counts an error)."""
    data = build_warc(gzip=False)
    second = data.index(b"WARC/1.0", 10)
    return write(tmp_path, "long.warc", data[: second - 4] + b"junk left over\r\n" + data[second - 4:])


def test_warcio_warnings_are_errors_and_nothing_is_printed(tmp_path, capfd, monkeypatch):
    import sys

    from warcio.archiveiterator import ArchiveIterator

    from fogcount.corpus import count_inputs

    seen = []  # the process's standard error at the moment warcio writes its warning
    consume = ArchiveIterator._consume_blanklines

    def watched(self):
        seen.append(sys.stderr)
        return consume(self)

    monkeypatch.setattr(ArchiveIterator, "_consume_blanklines", watched)
    stderr = sys.stderr
    path = overlong_record(tmp_path)
    error, *pages = read_warc(path, origin="long.warc", settings=Settings())
    assert isinstance(error, RecordError) and "longer than its declared length" in error.message
    assert [p.url for p in pages] == [f"https://news.example/story/{n}" for n in range(3)]
    assert count_inputs([str(path)]) == 3  # the background counter reads it too, as quietly
    assert seen and all(s is stderr for s in seen)  # sys.stderr is never swapped (a progress bar writes there)
    out, err = capfd.readouterr()
    assert "Content-Length" not in out + err and err == ""
