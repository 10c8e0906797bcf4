"""Coded errors. The library raises these and never prints or exits; the CLI
turns each into one line on stderr and an exit status."""

from __future__ import annotations


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
    """The place index cannot be built, opened or added to."""

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
