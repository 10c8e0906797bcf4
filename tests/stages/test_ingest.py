"""Ingest: encodings, NUL bytes, binary and empty input, size limits, JSONL batches."""

from __future__ import annotations

import json

import pytest

from fogcount.errors import InputError, RecordError
from fogcount.settings import Settings
from fogcount.stages.ingest import Record, decode, make_document, normalise, read_jsonl, read_text

TEXT = "Qal'at al-Ḥiṣn: at least 12 soldiers were killed — officials said, “tens” more fled."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
def test_unicode_encodings_are_decoded(encoding):
    assert decode(TEXT.encode(encoding), origin="t") == TEXT


def test_legacy_single_byte_encoding_is_detected():
    text = "Les forces ont tué au moins 12 soldats à Kidal, a déclaré l'armée malienne à l'aube. " * 3
    assert decode(text.encode("cp1252"), origin="t") == text


def test_undecodable_bytes_fall_back_without_failing():
    data = b"At least 12 soldiers were killed \xe9\xe8 in the raid."
    out = decode(data, origin="t")
    assert "At least 12 soldiers were killed" in out


def test_nul_bytes_are_dropped():
    assert decode(b"12 killed\x00 in\x00 the raid", origin="t") == "12 killed in the raid"


def test_newlines_and_unicode_are_normalised():
    assert normalise("a\r\nb\rc") == "a\nb\nc"
    assert normalise("e\u0301") == "\u00e9"


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, b"\x1f\x8b\x08\x00" + bytes(200), bytes(range(256)) * 40],
)
def test_binary_data_is_refused(data):
    with pytest.raises(InputError, match="binary"):
        decode(data, origin="blob")


@pytest.mark.parametrize("data", [b"", b"   \n\t  ", b"\x00\x00"])
def test_empty_input_is_refused(data):
    with pytest.raises(InputError, match="empty"):
        read_text(data, origin="e.txt", settings=Settings())


def test_size_limit_names_the_limit():
    with pytest.raises(InputError, match="size limit of 100 bytes"):
        read_text(b"x" * 101, origin="big.txt", settings=Settings(max_bytes=100))


def test_jsonl_bad_lines_are_named_and_the_rest_goes_through():
    lines = [
        json.dumps({"id": "a", "text": "12 soldiers were killed.", "published": "2020-05-09", "outlet": "X"}),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps(["a list"]),
        "",
        json.dumps({"id": "c", "text": "Two civilians died.", "published": "May 9"}),
        json.dumps({"text": "Five were wounded.", "title": "T", "url": "http://example.org/5"}),
    ]
    out = list(read_jsonl([line.encode() + b"\n" for line in lines], origin="b.jsonl", settings=Settings()))
    good = [r for r in out if isinstance(r, Record)]
    bad = [r for r in out if isinstance(r, RecordError)]
    assert [r.id for r in good] == ["a", None]
    assert good[0].published.isoformat() == "2020-05-09" and good[0].outlet == "X"
    assert good[1].url == "http://example.org/5"
    assert [e.message.split(":")[1] for e in bad] == ["2", "3", "4", "6"]
    assert "not valid JSON" in bad[0].message and "no 'text'" in bad[1].message
    assert "not a date" in bad[3].message


def test_document_id_is_the_input_id_or_the_hash():
    with_id = make_document(Record(text="x", origin="o", id="doc-1"))
    without = make_document(Record(text="x", origin="o"))
    assert with_id.id == "doc-1" and with_id.sha256 == without.sha256 == without.id
    assert len(without.sha256) == 64
