"""Reading a benchmark corpus: the geoparsing XML (``<articles><article><text>``),
a directory of ``.txt`` files (searched recursively), one ``.txt`` file, or a
``.jsonl`` file with a ``"text"`` field on each line. Shared by the benchmarks;
the data stays where it is (a path given on the command line)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path


class CorpusError(Exception):
    """The corpus path cannot be read as documents; the message is one line for people."""


# ---------------------------------------------------------------- reading the corpus


def texts_from_xml(path: Path) -> Iterator[str]:
    try:
        for _event, element in ElementTree.iterparse(path, events=("end",)):
            if element.tag == "text":
                yield element.text or ""
            elif element.tag == "article":
                element.clear()
    except ElementTree.ParseError as exc:
        raise CorpusError(f"{path}: not well-formed XML ({exc})") from None


def texts_from_jsonl(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8", errors="replace") as lines:
        for line_number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{path}:{line_number}: not valid JSON ({exc.msg})") from None
            text = record.get("text") if isinstance(record, dict) else None
            if not isinstance(text, str):
                raise CorpusError(f"{path}:{line_number}: no \"text\" field")
            yield text


def texts_from_txt_files(paths: list[Path]) -> Iterator[str]:
    for path in paths:
        yield path.read_text(encoding="utf-8", errors="replace")


def raw_texts(corpus: Path) -> Iterator[str]:
    """The corpus's texts in order, as stored."""
    if not corpus.exists():
        raise CorpusError(f"{corpus}: no such file or directory")
    if corpus.is_dir():
        return texts_from_txt_files(sorted(corpus.rglob("*.txt")))
    suffix = corpus.suffix.lower()
    if suffix == ".xml":
        return texts_from_xml(corpus)
    if suffix == ".jsonl":
        return texts_from_jsonl(corpus)
    if suffix == ".txt":
        return texts_from_txt_files([corpus])
    raise CorpusError(f"{corpus}: not a corpus this script reads (a .xml, .jsonl or .txt file, or a directory of .txt)")


def corpus_texts(corpus: Path, limit: int | None) -> Iterator[str]:
    """The first ``limit`` non-blank texts, normalised as fogcount normalises input."""
    from fogcount.stages.ingest import normalise

    count = 0
    for text in raw_texts(corpus):
        if limit is not None and count >= limit:
            return
        text = normalise(text)
        if text.strip():
            count += 1
            yield text


def acled_rows(path: Path, limit: int | None) -> list[dict[str, str]]:
    """The rows of an ACLED export that have a note, the first ``limit`` of them."""
    import csv

    with path.open(encoding="utf-8") as handle:
        return [row for row in csv.DictReader(handle) if row.get("notes")][:limit]
