"""Every kind of input as one stream of records, errors in their place."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from test_corpus_feeds import RSS
from test_corpus_html import PAGE
from test_corpus_warc import build_warc

from fogcount.corpus import content_hash, count_inputs, read_inputs
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


def test_count_inputs_estimates_documents(tmp_path):
    root = corpus(tmp_path / "in")
    # a.txt 1, b.jsonl 2 lines, c.html 1, news.warc.gz 3 pages, wire.xml 3 items
    assert count_inputs([str(root)]) == 10
    assert count_inputs([str(root / "nothing-*.txt")]) == 1  # the error is one line of the run too
