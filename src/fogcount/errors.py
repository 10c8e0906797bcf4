"""Coded errors. The library raises these and never prints or exits; the CLI
turns each into one line on stderr and an exit status, the web page into an
HTTP status.

``ERRORS`` is the one table of codes (as spaCy's ``Errors``): for each, the
exception class, what it means, the HTTP status the web page answers with and
the exit status of the CLI. The front ends read their statuses from it
(:func:`row_of`) rather than keeping mappings of their own, so a new code is
one class and one row.
"""

from __future__ import annotations

import dataclasses


class FogcountError(Exception):
    """Base class: ``code`` is stable, ``message`` is one line for people."""

    code = "E000"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"{self.code} {self.message}"


class InputError(FogcountError):
    """An input cannot be read as a document (missing, a directory, binary, empty, too large)."""

    code = "E100"


class RecordError(InputError):
    """One record of a batch is malformed; the rest of the batch goes on.
    ``origin`` names the record ("batch.jsonl:12")."""

    code = "E101"

    def __init__(self, message: str, *, origin: str | None = None):
        super().__init__(message)
        self.origin = origin or message.split(": ", 1)[0]


class ModelError(FogcountError):
    """The spaCy English pipeline is missing, or its files differ from the pinned ones."""

    code = "E200"


class SettingsError(FogcountError):
    """An option has a value fogcount cannot use."""

    code = "E300"


class GazetteerFailure(FogcountError):
    """The place index cannot be built, opened or added to. The gazetteer
    package raises its own subclass, :class:`fogcount.gazetteer.GazetteerError`."""

    code = "E400"


class StoreError(FogcountError):
    """The store cannot be opened, upgraded or written: a bad URL, an unreachable
    server, a file that is not a store, a store written by a newer fogcount."""

    code = "E500"


class BatchError(FogcountError):
    """A batch run on Dask cannot start or lost work: no scheduler at the
    address, a local cluster that cannot start, a task that failed on a worker."""

    code = "E600"


class StageError(FogcountError):
    """A stage broke the stage contract (:mod:`fogcount.stages.base`): it
    required what no earlier stage assigns (E700), returned something other
    than its state (E701), assigned what it did not declare (E702), or
    declared a path the state does not have (E703). A fault in fogcount's
    code or in a stage added to it, never in the input."""

    code = "E700"

    def __init__(self, message: str, *, code: str | None = None):
        super().__init__(message)
        if code is not None:
            self.code = code


class DocumentFault(FogcountError):
    """An unexpected fault (a bug in fogcount, or in a library it calls) while
    extracting or storing one document. That document fails, named with the
    fault; a batch goes on with the next one. ``origin`` names the document."""

    code = "E800"

    def __init__(self, message: str, *, origin: str | None = None):
        super().__init__(message)
        self.origin = origin or message.split(": ", 1)[0]

    @classmethod
    def of(cls, exc: BaseException, *, origin: str, doing: str = "extracting") -> "DocumentFault":
        """The fault ``exc`` raised while ``doing`` one document, as one line."""
        reason = " ".join(str(exc).split()) or "no message"
        return cls(f"{origin}: internal error while {doing} this document ({type(exc).__name__}: {reason}); "
                   "the rest of the batch goes on", origin=origin)


@dataclasses.dataclass(frozen=True)
class ErrorCode:
    """One row of :data:`ERRORS`. ``http_status`` tells the caller of the web page
    whose side the fault is on (4xx: the request; 5xx: the server's model,
    place index, store or code); ``exit_status`` is the CLI's (2: the command line is
    wrong, 1: nothing could be processed). ``template`` is the form every
    message of the code takes, where there is one."""

    code: str
    kind: type[FogcountError]
    description: str
    http_status: int
    exit_status: int
    template: str | None = None


ERRORS: dict[str, ErrorCode] = {row.code: row for row in (
    ErrorCode("E000", FogcountError, "A request the web page cannot answer (a query parameter that is not a date, "
              "no text).", 400, 1),
    ErrorCode("E100", InputError, "An input cannot be read as a document: missing, a directory, binary, empty, "
              "too large.", 400, 1, "{origin}: {reason}"),
    ErrorCode("E101", RecordError, "One record of a batch is malformed; the rest of the batch goes on.",
              400, 1, "{origin}: {reason}"),
    ErrorCode("E200", ModelError, "The spaCy English pipeline is missing, or its files differ from the pinned ones.",
              500, 1),
    ErrorCode("E300", SettingsError, "An option has a value fogcount cannot use.", 400, 2),
    ErrorCode("E400", GazetteerFailure, "The place index cannot be built, opened or added to.", 500, 1),
    ErrorCode("E500", StoreError, "The store cannot be opened, upgraded or written.", 503, 1),
    ErrorCode("E600", BatchError, "A batch run on Dask cannot start (no scheduler, no workers) or lost work.",
              503, 1),
    ErrorCode("E700", StageError, "A stage requires what no earlier stage assigns.", 500, 1),
    ErrorCode("E701", StageError, "A stage returned something other than the state it was given.", 500, 1,
              "stage {name} returned {kind}, not the state it was given"),
    ErrorCode("E702", StageError, "A stage assigned what it did not declare.", 500, 1,
              "stage {name} assigned {paths} without declaring it"),
    ErrorCode("E703", StageError, "A stage declared a path the state does not have.", 500, 1,
              "stage {name}: unknown paths {paths}"),
    ErrorCode("E800", DocumentFault, "An unexpected fault (a bug) while extracting or storing one document: that "
              "document fails, the rest of a batch goes on.", 500, 70,
              "{origin}: internal error while {doing} this document ({kind}: {reason}); the rest of the batch goes on"),
)}


def row_of(error: FogcountError) -> ErrorCode:
    """The table's row for ``error``'s code (a subclass without a code of its
    own, such as the gazetteer's GazetteerError, has its parent's)."""
    return ERRORS[error.code]
