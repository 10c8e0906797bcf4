"""Ingest: bytes from files, standard input or JSONL records into documents.

Decodes text in any common encoding (BOM, UTF-8, then detection with
charset-normalizer, then cp1252 as the last resort), drops NUL bytes,
normalises to NFC with Unix newlines, refuses what cannot be a document
(binary data, empty text, over the size limit) with a coded error, and reads
JSONL batches record by record so that one bad line does not stop the rest.

Needs: paths or bytes. Fills: :class:`Record` (text and metadata) and
:class:`~fogcount.models.Document`.
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import hashlib
import json
import unicodedata
from collections.abc import Iterator

from ..errors import InputError, RecordError
from ..models import Document
from ..settings import Settings

_BINARY_MAGIC = (
    b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF", b"BZh", b"\xfd7zXZ",
    b"Rar!", b"7z\xbc\xaf", b"OggS", b"ID3", b"\x00\x00\x01\x00", b"MZ", b"SQLite format 3",
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclasses.dataclass
class Record:
    """One document to extract from, as read from its input."""

    text: str
    origin: str  # where it came from, for messages: "file.txt", "batch.jsonl:12", "<stdin>"
    id: str | None = None
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None


def decode(data: bytes, *, origin: str) -> str:
    """Bytes to normalised text, or InputError for binary data."""
    if any(data.startswith(magic) for magic in _BINARY_MAGIC):
        raise InputError(f"{origin}: binary data, not text")
    text = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom):].decode(encoding, errors="replace")
            break
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _detect(data)
    if text is None:
        raise InputError(f"{origin}: binary data, not text in any known encoding")
    text = normalise(text)
    if _looks_binary(text):
        raise InputError(f"{origin}: binary data, not text")
    return text


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    western = _as_western(data)
    sample = data[:200_000]
    best = from_bytes(sample).best()
    if best is not None and best.encoding:
        if western is not None and best.encoding.startswith(("cp12", "cp7", "cp8", "iso8859", "latin", "mac")):
            # Single-byte code pages tie on short texts (cp1250 "ŕ" for cp1252 "à"):
            # text that reads as plain Western European in cp1252 is taken as such.
            return western
        try:
            return data.decode(best.encoding, errors="replace")
        except LookupError:
            pass
    if data.count(b"\x00") > len(data) // 10:
        return None  # NUL-heavy with no UTF-16/32 reading: binary
    return data.decode("cp1252", errors="replace")


_WESTERN_EXTRA = set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ")


def _as_western(data: bytes) -> str | None:
    """``data`` as cp1252 when every non-ASCII character it gives is a Latin-1
    letter or Windows punctuation; else None."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    for ch in text:
        if ord(ch) > 127 and not ("\u00c0" <= ch <= "\u00ff" or "\u00a0" <= ch <= "\u00bf" or ch in _WESTERN_EXTRA):
            return None
    return text


def _looks_binary(text: str) -> bool:
    sample = text[:20_000]
    if not sample:
        return False
    control = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\t\f\v") or ch == "\ufffd")
    return control > len(sample) * 0.05


def normalise(text: str) -> str:
    """The text all offsets refer to: NUL bytes dropped, NFC, Unix newlines, no lone surrogates."""
    text = text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    text = text.encode("utf-8", "replace").decode("utf-8")  # a lone surrogate from JSON ("\ud800") becomes "?"
    return unicodedata.normalize("NFC", text)


def check_size(size: int, *, origin: str, settings: Settings) -> None:
    if size > settings.max_bytes:
        raise InputError(
            f"{origin}: {size:,} bytes is over the size limit of {settings.max_bytes:,} bytes (raise it with --max-bytes)"
        )


def parse_date(value: str | None, *, origin: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise RecordError(f"{origin}: 'published' is not a date (YYYY-MM-DD): {value!r}", origin=origin) from None


def read_text(data: bytes, *, origin: str, settings: Settings) -> Record:
    check_size(len(data), origin=origin, settings=settings)
    text = decode(data, origin=origin)
    if not text.strip():
        raise InputError(f"{origin}: empty input, no text to read")
    return Record(text=text, origin=origin, published=settings.published, title=headline(text))


# A headline is no longer than this; a longer first line is the body's first paragraph.
_HEADLINE_CHARS = 300


def headline(text: str) -> str | None:
    """The title a plain text gives itself, as a page or a feed entry gives
    one: its first line where that stands alone as a paragraph (a blank line
    after it), is short and does not end as a sentence does ("Dozens killed as
    fighting spreads ..."); else None (a text that starts with its body)."""
    lines = text.lstrip().split("\n")
    first = lines[0].strip()
    if (len(lines) < 3 or lines[1].strip() or not first or len(first) > _HEADLINE_CHARS
            or first.endswith((".", ":", ";", ","))):
        return None
    return " ".join(first.split())


def read_jsonl(lines: Iterator[bytes], *, origin: str, settings: Settings) -> Iterator[Record | RecordError]:
    """One record per line: ``id``, ``text`` and optional ``published``, ``title``,
    ``url``, ``outlet``. A bad line yields a RecordError naming its line number."""
    for number, raw in enumerate(lines, start=1):
        where = f"{origin}:{number}"
        if not raw.strip():
            continue
        try:
            check_size(len(raw), origin=where, settings=settings)
            line = _utf8_line(raw, where, first=number == 1)
            try:
                obj = json.loads(line)  # on the line as written: the error's column is the one an editor shows
            except json.JSONDecodeError as exc:
                raise RecordError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})", origin=where) from None
            if not isinstance(obj, dict):
                raise RecordError(f"{where}: a record must be a JSON object with a 'text' field", origin=where)
            text = obj.get("text")
            if text is not None and not isinstance(text, str):
                raise RecordError(f"{where}: 'text' is not a string but {_json_kind(text)}", origin=where)
            if text is None or not text.strip():
                raise RecordError(f"{where}: record has no 'text'", origin=where)
            published = parse_date(obj.get("published"), origin=where) or settings.published
            yield Record(
                text=normalise(text),
                origin=where,
                id=_str(obj.get("id")),
                published=published,
                title=_str(obj.get("title")),
                url=_str(obj.get("url")),
                outlet=_str(obj.get("outlet")),
            )
        except InputError as exc:
            yield exc if isinstance(exc, RecordError) else RecordError(exc.message, origin=where)


def _utf8_line(raw: bytes, where: str, *, first: bool) -> str:
    """One JSONL line as text: JSON Lines are UTF-8, so bytes that are not
    (a Latin-1 "é" in a UTF-8 file) are that line's error, never guessed
    into mojibake. The first line may begin with a byte-order mark."""
    if first:
        raw = raw.removeprefix(codecs.BOM_UTF8)
    try:
        return raw.decode("utf-8").rstrip("\r\n")
    except UnicodeDecodeError as exc:
        column = len(raw[:exc.start].decode("utf-8", "replace")) + 1
        raise RecordError(f"{where}: not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {column}); "
                          "a JSONL file must be UTF-8", origin=where) from None


def _json_kind(value) -> str:
    """What a JSON value is, for a message: "a number (12345)", "a list"."""
    if isinstance(value, bool):
        return f"{str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    return "a list" if isinstance(value, list) else "an object"


def _str(value) -> str | None:
    return None if value in (None, "") else normalise(str(value))


def content_hash(text: str) -> str:
    """The document's identity: sha256 of its normalised text (``Document.sha256``)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def make_document(record: Record) -> Document:
    sha = content_hash(record.text)
    return Document(
        id=record.id or sha,
        sha256=sha,
        title=record.title,
        url=record.url,
        outlet=record.outlet,
        published=record.published,
    )
