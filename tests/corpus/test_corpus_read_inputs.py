"""Every kind of input as one stream of records, errors in their place."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from test_corpus_feeds import RSS
from test_corpus_html import PAGE
from test_corpus_warc import build_warc

from fogcount.corpus import BATCH_KINDS, content_hash, count_inputs, read_file, read_inputs, read_stdin
from fogcount.errors import RecordError
from fogcount.settings import Settings
from fogcount.stages.ingest import make_document


def corpus(root: Path) -> Path:
    (root / "feeds").mkdir(parents=True)
    (root / "a.txt").write_text("At least 12 soldiers were killed on Tuesday, the army said.\n")
    (root / "b.jsonl").write_text(json.dumps({"id": "j1", "text": "Three civilians were wounded.",
                                              "published": "2016-06-01"}) + "\n{broken\n")
    (root / "c.html").write_text(PAGE)
    (root / "feeds" / "wire.xml").write_bytes(RSS)
    (root / "feeds" / "news.warc.gz").write_bytes(build_warc(gzip=True))
    (root / "feeds" / "photo.jpg").write_bytes(b"\xff\xd8\xff" + b"\0" * 32)  # not taken from a directory
    return root


def test_a_mixed_corpus(tmp_path):
    root = corpus(tmp_path / "in")
    items = list(read_inputs([str(root)], Settings(published=dt.date(2016, 7, 1))))
    origins = [item.origin.replace(str(root) + "/", "") for item in items]
    assert origins == [
        "a.txt", "b.jsonl:1", "b.jsonl:2", "c.html",
        *(o for o in origins if o.startswith("feeds/news.warc.gz@")),
        "feeds/wire.xml#1", "feeds/wire.xml#2", "feeds/wire.xml#3",
    ]
    assert sum(o.startswith("feeds/news.warc.gz@") for o in origins) == 3
    errors = [item.origin.replace(str(root) + "/", "") for item in items if isinstance(item, RecordError)]
    assert errors == ["b.jsonl:2", "feeds/wire.xml#2"]
    by_origin = dict(zip(origins, items))
    assert by_origin["a.txt"].published == dt.date(2016, 7, 1)
    assert (by_origin["b.jsonl:1"].id, by_origin["b.jsonl:1"].published) == ("j1", dt.date(2016, 6, 1))
    assert by_origin["c.html"].title == "Clashes in Hassi"


def test_unreadable_inputs_are_named_one_by_one_and_the_rest_read(tmp_path):
    root = corpus(tmp_path / "in")
    (root / "empty.txt").write_text("  \n")
    items = list(read_inputs([str(tmp_path / "missing"), str(root / "feeds" / "photo.jpg"), str(root / "empty.txt"),
                              str(root / "a.txt")], Settings()))
    messages = [item.message for item in items[:3]]
    assert "no such file or directory" in messages[0]
    assert "binary data" in messages[1]
    assert "empty input" in messages[2]
    assert all(isinstance(item, RecordError) for item in items[:3])
    assert items[3].text.startswith("At least 12 soldiers")


def test_content_hash_is_the_documents_sha256(tmp_path):
    root = corpus(tmp_path / "in")
    for item in read_inputs([str(root)], Settings()):
        if not isinstance(item, RecordError):
            assert content_hash(item.text) == make_document(item).sha256


def test_standard_input():
    import io
    import sys

    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(b"Five people were killed."))
    try:
        (record,) = read_inputs(["-"], Settings())
    finally:
        sys.stdin = saved
    assert (record.text, record.origin) == ("Five people were killed.", "<stdin>")


JSONL = (json.dumps({"id": "long", "text": "Twelve soldiers were killed. " + "The army said so. " * 300}) + "\n"
         + json.dumps({"id": "j2", "text": "Three civilians were wounded."}) + "\n{broken\n").encode()


@pytest.mark.parametrize(
    "data, origins, first",
    [
        (b"Five people were killed.", ["<stdin>"], "Five people were killed."),
        (JSONL, ["<stdin>:1", "<stdin>:2", "<stdin>:3"], "Twelve soldiers were killed."),  # a first line past the head
        (PAGE.encode(), ["<stdin>"], "Clashes in Hassi\n\nAt least 12 soldiers"),
        (RSS, ["<stdin>#1", "<stdin>#2", "<stdin>#3"], None),
        (build_warc(gzip=True), ["<stdin>@"] * 3, "At least 10 soldiers were killed"),
        (build_warc(gzip=False), ["<stdin>@"] * 3, "At least 10 soldiers were killed"),
    ],
    ids=["text", "jsonl", "html", "feed", "warc.gz", "warc"],
)
def test_standard_input_is_read_by_its_kind(data, origins, first):
    assert len(data) > 4096 or origins[0] != "<stdin>:1"  # the JSONL case crosses the sniffed head
    items = list(read_stdin(settings=Settings(), stdin=io.BytesIO(data)))
    assert [item.origin[: len(o)] for item, o in zip(items, origins)] == origins and len(items) == len(origins)
    records = [item for item in items if not isinstance(item, RecordError)]
    if first is not None:
        assert records[0].text.startswith(first)
    if origins[0] == "<stdin>:1":
        assert records[0].id == "long" and isinstance(items[2], RecordError) and "not valid JSON" in items[2].message
    if origins[0] == "<stdin>@":
        assert [r.url for r in records] == [f"https://news.example/story/{n}" for n in range(3)]


def test_standard_input_size_limit_and_empty_input():
    (error,) = read_stdin(settings=Settings(max_bytes=10), stdin=io.BytesIO(b"Five people were killed."))
    assert isinstance(error, RecordError) and "over the size limit" in error.message and error.origin == "<stdin>"
    assert len(PAGE) > 300
    (page,) = read_stdin(settings=Settings(max_bytes=300), stdin=io.BytesIO(PAGE.encode()))  # markup may be 20x
    assert not isinstance(page, RecordError)
    (empty,) = read_stdin(settings=Settings(), stdin=io.BytesIO(b""))
    assert isinstance(empty, RecordError) and "empty input" in empty.message


def test_count_inputs_estimates_documents(tmp_path):
    root = corpus(tmp_path / "in")
    # a.txt 1, b.jsonl 2 lines, c.html 1, news.warc.gz 3 pages, wire.xml 3 items
    assert count_inputs([str(root)]) == 10
    assert count_inputs([str(root / "nothing-*.txt")]) == 1  # the error is one line of the run too


def _returned(reader):
    """What a reader generator returns (``kind = yield from reader``), once its items are all read."""
    with pytest.raises(StopIteration) as stop:
        while True:
            next(reader)
    return stop.value.value


@pytest.mark.parametrize("data, kind", [
    (b"Five people were killed.", "text"),
    (JSONL, "jsonl"),
    (PAGE.encode(), "html"),
    (RSS, "feed"),
    (build_warc(gzip=True), "warc"),
    (b"", "text"),  # empty: the error is in the stream, the kind is still told
])
def test_standard_input_and_a_file_return_the_kind_they_read(tmp_path, data, kind):
    """The generators' return value (``kind = yield from read_stdin(...)``): what `extract` lays its output out by.
    A file whose name says nothing is told by the same first bytes as standard input."""
    file = tmp_path / "input"
    file.write_bytes(data)
    assert _returned(read_stdin(settings=Settings(), stdin=io.BytesIO(data))) == kind
    assert _returned(read_file(file, settings=Settings())) == kind


@pytest.mark.parametrize("name, data, batch", [
    ("one.jsonl", JSONL.splitlines(keepends=True)[1], True),  # one document, but a batch of one
    ("wire.xml", RSS, True),
    ("news.warc.gz", build_warc(gzip=True), True),
    ("page.html", PAGE.encode(), False),
    ("article.txt", b"Five people were killed.", False),
])
def test_a_batch_is_told_by_its_kind_not_by_how_many_documents_it_holds(tmp_path, name, data, batch):
    file = tmp_path / name
    file.write_bytes(data)
    assert (_returned(read_file(file, settings=Settings())) in BATCH_KINDS) is batch
    assert (_returned(read_stdin(settings=Settings(), stdin=io.BytesIO(data))) in BATCH_KINDS) is batch


def test_a_file_that_cannot_be_opened_returns_no_kind(tmp_path):
    reader = read_file(tmp_path / "missing.txt", settings=Settings())
    (error,) = [next(reader)]
    assert isinstance(error, RecordError) and "cannot read" in error.message
    assert _returned(reader) is None
