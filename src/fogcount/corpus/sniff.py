"""What kind of input a file is: by its name first, then by its first bytes.

Kinds: ``text``, ``jsonl``, ``html``, ``feed`` (RSS or Atom), ``warc``
(WARC, plain or gzipped). A name that says what the file is wins
(``.jsonl``, ``.html``, ``.rss``, ``.warc.gz``...), except ``.xml``, which may
be a feed or a page, and names that say nothing (``.txt`` saved pages, no
suffix), whose first bytes decide: ``WARC/`` (or a gzip stream that opens
with it) is an archive, ``<rss``, ``<feed`` or ``<rdf:RDF`` a feed,
``<!doctype html`` or ``<html`` a page, a first line that is a JSON object
(``{"``..., one too long to see whole in the first bytes taken as one) a
JSONL batch; anything else is plain text. Standard input, which has no name,
is told by its first bytes alone.

Needs: a path and the file's first bytes. Fills: the kind's name.
"""

from __future__ import annotations

import json
import re
import zlib
from pathlib import Path

KINDS = ("text", "jsonl", "html", "feed", "warc")

# Name endings (lower case) of documents, compound endings first, with the
# kind each settles (None: the first bytes decide). The one table of
# document names: a directory walk takes these (``paths.DOCUMENT_SUFFIXES``).
SUFFIXES = (
    (".warc.gz", "warc"), (".warc", "warc"), (".arc.gz", "warc"), (".jsonl", "jsonl"),
    (".html", "html"), (".htm", "html"), (".xhtml", "html"), (".shtml", "html"),
    (".rss", "feed"), (".atom", "feed"), (".rdf", "feed"), (".feed", "feed"),
    (".txt", None), (".text", None), (".xml", None),
)
_BY_SUFFIX = tuple((suffix, kind) for suffix, kind in SUFFIXES if kind is not None)
HEAD_BYTES = 4096

_FEED = re.compile(rb"<(?:rss|feed|rdf:rdf)[\s>]", re.IGNORECASE)
_HTML = re.compile(rb"<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE)
_GZIP = b"\x1f\x8b"
_JSON_OBJECT = re.compile(rb"\{\s*\"")


def kind_of(path: Path | str, head: bytes) -> str:
    """The kind of the file at ``path`` whose first bytes are ``head``."""
    name = str(path).lower()
    for suffix, kind in _BY_SUFFIX:
        if name.endswith(suffix):
            return kind
    return kind_of_content(head)


def kind_of_content(head: bytes) -> str:
    if head.startswith(_GZIP):
        try:
            opened = zlib.decompressobj(31).decompress(head, 64)
        except zlib.error:
            return "text"  # decoding refuses it as binary, with the reason
        return "warc" if opened.lstrip().startswith((b"WARC/", b"filedesc://")) else "text"
    start = _text_start(head)
    if start.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    if start.startswith(b"<"):
        if _FEED.search(start):
            return "feed"
        if _HTML.search(start) or start[:40].lower().startswith((b"<head", b"<body", b"<meta", b"<title")):
            return "html"
    utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))  # JSONL is read line by line: 8-bit encodings only
    if _JSON_OBJECT.match(start) and not utf16 and _json_line(start, cut=len(head) >= HEAD_BYTES):
        return "jsonl"
    return "text"


def _json_line(start: bytes, cut: bool) -> bool:
    """Whether the first line is a JSON object, or too long to tell from the
    first bytes (``cut``: they are not all of the input)."""
    line, newline, _ = start.partition(b"\n")
    if not newline and cut:
        return True  # a long first record, cut by the head
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _text_start(head: bytes) -> bytes:
    """The first bytes as 8-bit text: BOM, leading space dropped; UTF-16 read as such."""
    for bom, codec in ((b"\xef\xbb\xbf", None), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            head = head[len(bom):]
            if codec:
                head = head.decode(codec, errors="ignore").encode("utf-8", errors="ignore")
            break
    return head.lstrip()
