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


def _read_lines(*lines: bytes) -> list:
    return list(read_jsonl([line + b"\n" for line in lines], origin="b.jsonl", settings=Settings()))


def test_a_jsonl_line_that_is_not_utf8_is_that_lines_error():
    """Before: the line was guessed as Latin-1 and stored as mojibake, silently."""
    good, bad, after = _read_lines(b'{"id": "a", "text": "caf\xc3\xa9: two died"}',
                                   b'{"id": "b", "text": "caf\xe9: three died"}',
                                   b'{"id": "c", "text": "four died"}')
    assert good.text == "café: two died" and after.id == "c"
    assert isinstance(bad, RecordError)
    assert bad.message == "b.jsonl:2: not valid UTF-8 (byte 0xe9 at column 25); a JSONL file must be UTF-8"


@pytest.mark.parametrize("value, said", [
    (12345, "a number (12345)"), (1.5, "a number (1.5)"), (True, "true"), (["a"], "a list"), ({"a": 1}, "an object"),
])
def test_a_text_that_is_not_a_string_says_so(value, said):
    (error,) = _read_lines(json.dumps({"id": "n", "text": value}).encode())
    assert error.message == f"b.jsonl:1: 'text' is not a string but {said}"


def test_json_errors_give_the_column_of_the_line_as_written():
    """Columns count the characters of the line as written: before, they were
    counted after NFC had joined "e" and a combining accent into one."""
    (error,) = _read_lines('{"id": "c", "text": "e\u0301e\u0301", oops}'.encode())
    assert error.message.endswith("at column 29)")
    assert '{"id": "c", "text": "e\u0301e\u0301", oops}'.index("oops") + 1 == 29
    (first,) = _read_lines(b'\xef\xbb\xbf{"id": "d", "text": "Two died."}')  # a byte-order mark may open the file
    assert first.id == "d"


@pytest.mark.parametrize(
    "text, title",
    [
        ("Six killed at a market in Kandahar\n\nGunmen killed six people on Tuesday.", "Six killed at a market in Kandahar"),
        # a text that starts with its body, or a first line that runs on: no title
        ("Gunmen killed six people on Tuesday.\n\nPolice said so.", None),
        ("Gunmen killed six people\nat a market on Tuesday.\n\nPolice said so.", None),
        ("Six killed at a market in Kandahar", None),
    ],
)
def test_a_plain_texts_headline_is_its_title(text, title):
    assert read_text(text.encode("utf-8"), origin="a.txt", settings=Settings()).title == title

