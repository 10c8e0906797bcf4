"""Telling an input's kind by its name, then by its first bytes."""

from __future__ import annotations

import gzip

import pytest

from fogcount.corpus.sniff import HEAD_BYTES, kind_of

WARC_HEAD = b"WARC/1.0\r\nWARC-Type: warcinfo\r\n"


@pytest.mark.parametrize(
    "name, head, kind",
    [
        ("batch.jsonl", b'{"text": "x"}', "jsonl"),
        ("page.HTML", b"plain words", "html"),  # the name settles it, in any case
        ("feed.rss", b"", "feed"),
        ("news.warc.gz", b"", "warc"),
        ("news.warc", b"", "warc"),
        ("feed.xml", b'<?xml version="1.0"?>\n<rss version="2.0"><channel>', "feed"),
        ("atom.xml", b'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        ("rdf.xml", b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">', "feed"),
        ("saved.txt", b"\n  <!DOCTYPE html>\n<html lang=en>", "html"),
        ("index", b"\xef\xbb\xbf<html><head>", "html"),
        ("fragment", b"<body><p>Hi</p>", "html"),
        ("capture", WARC_HEAD, "warc"),
        ("capture.bin", gzip.compress(WARC_HEAD + b"x" * 100), "warc"),
        ("notes.gz", gzip.compress(b"just text"), "text"),  # decoding refuses it as binary
        ("article.txt", b"At least 12 soldiers were killed <sic> on Tuesday.", "text"),
        ("data.xml", b"<?xml version='1.0'?><articles><article>", "text"),
        ("utf16", "<html><body>".encode("utf-16"), "html"),
        ("batch", b'\xef\xbb\xbf\n{"id": "a", "text": "x"}\n{"id": "b"', "jsonl"),  # by its first line
        ("one.txt", b'{ "text": "x" }', "jsonl"),
        ("cut", b'{"text": "' + b"word " * 900, "jsonl"),  # a first line longer than the head
        ("wiki.txt", b"{{Infobox military conflict}} The battle...", "text"),
        ("braces", b'{"text": not json}\n', "text"),
        ("short", b'{"text": "cut', "text"),  # all of the input, and not an object
        ("list", b'[{"text": "x"}]\n', "text"),
        ("wide", '{"text": "x"}\n'.encode("utf-16"), "text"),  # JSONL is read line by line, 8-bit only
    ],
)
def test_kind(name, head, kind):
    assert kind_of(name, head[:HEAD_BYTES]) == kind
