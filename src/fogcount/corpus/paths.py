"""Which files a command line names: files, directories (recursively), globs.

A file named on the command line (or matched by a glob) is always read,
whatever its name; in a directory, only files whose name says they may be
documents (:data:`DOCUMENT_SUFFIXES`, or no suffix at all) are read, so that
the stylesheets and images of a folder of saved pages are not reported as
failures one by one. Hidden files and directories (a leading dot) are left
out of directory walks. A file reached twice is read once.

Needs: command-line arguments. Fills: paths, in order, and a
:class:`~fogcount.errors.RecordError` for each argument that names nothing.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import RecordError
from .sniff import SUFFIXES

# Suffixes (lower case) of files taken from directories: every name ending
# the kind detection knows (one table, in sniff).
DOCUMENT_SUFFIXES = tuple(suffix for suffix, _ in SUFFIXES)
_GLOB_CHARS = frozenset("*?[")


def is_glob(argument: str) -> bool:
    return any(ch in _GLOB_CHARS for ch in argument)


def takes(path: Path) -> bool:
    """Whether a file met in a directory walk is read: a document suffix or none."""
    name = path.name.lower()
    if name.endswith(DOCUMENT_SUFFIXES):
        return True
    return "." not in name


def walk(directory: Path) -> Iterator[Path]:
    """Document files under ``directory``, in sorted order, hidden ones left out."""
    for root, dirs, files in os.walk(directory, onerror=None):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root) / name
            if takes(path):
                yield path


def expand(arguments: Iterable[str]) -> Iterator[Path | str | RecordError]:
    """Each argument's files in order: a file as itself, a directory walked,
    a glob (``**`` for any depth) expanded in sorted order; ``-`` (standard
    input) passes through as the string ``"-"``. An argument that names
    nothing yields a RecordError."""
    seen: set[Path] = set()

    def once(path: Path) -> bool:
        try:
            key = path.resolve()
        except OSError:
            key = path.absolute()
        if key in seen:
            return False
        seen.add(key)
        return True

    for argument in arguments:
        if argument == "-":
            yield argument
            continue
        path = Path(argument)
        if path.is_dir():
            yield from (p for p in walk(path) if once(p))
        elif path.exists():
            if once(path):
                yield path
        elif is_glob(argument):
            matches = sorted(glob.glob(argument, recursive=True))
            if not matches:
                yield RecordError(f"{argument}: no file matches this pattern", origin=argument)
            for match in matches:
                found = Path(match)
                if found.is_dir():
                    yield from (p for p in walk(found) if once(p))
                elif found.is_file() and once(found):
                    yield found
        else:
            yield RecordError(f"{argument}: no such file or directory", origin=argument)
