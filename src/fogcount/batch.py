"""Batch runs: documents already stored are skipped, the rest extracted here
or on a Dask distributed cluster, and stored one by one in input order.

    with runner(settings, workers=4) as run:          # or scheduler="tcp://host:8786", or neither
        for outcome in ingest(read_inputs(paths, settings), store=store, run=run, settings=settings):
            ...                                         # new, known or failed, with the reason

Two runners with one method, ``run(records) -> Report | Failure`` in input order:

* :class:`LocalRunner` runs :func:`fogcount.pipeline.pipe` in this process;
* :class:`DaskRunner` sends the same function over partitions of records to
  Dask workers: a local cluster of ``workers`` processes of one thread each,
  or the scheduler at ``scheduler`` (a cluster of many machines, started
  with ``dask scheduler`` / ``dask worker``, or by dask-kubernetes,
  dask-jobqueue...), which must have a worker within ``worker_timeout``
  seconds (an address Dask cannot parse, a scheduler it cannot reach, or
  one with no workers is one :class:`~fogcount.errors.BatchError`, and
  whatever was started is closed). A run that loses every worker (killed,
  out of memory, a cluster scaled down) waits ``lost_workers_timeout``
  seconds for one to come back, then stops with a BatchError; what was
  stored is kept, and running the command again resumes. Each worker loads the spaCy pipeline, the place index
  and the actor registry once (:class:`LoadPipeline`, a worker plugin). At
  most ``in_flight`` partitions are out at a time, so a corpus of any size
  runs in flat memory, and results come back in input order.

The store is written in one place, the caller's process, in input order, so
a run on many workers stores exactly what a run on one does. Each document
is one transaction: a run killed part-way is resumed by running it again
(what was stored is skipped as known). This is the only module that imports
dask, and only when a :class:`DaskRunner` is made.
"""

from __future__ import annotations

import collections
import dataclasses
import functools
import logging
import time
from collections.abc import Iterable, Iterator
from typing import Any

from .errors import BatchError, DocumentFault, FogcountError
from .models import Report
from .pipeline import Failure, headlined, open_gazetteer, pipe
from .settings import DEFAULT_SETTINGS, Settings
from .stages.ingest import Record, content_hash

PARTITION_SIZE = 8  # documents per task sent to a worker


@dataclasses.dataclass
class Outcome:
    """What became of one input document."""

    origin: str
    status: str  # "new" | "known" (stored before, or met earlier in this run) | "failed"
    error: FogcountError | None = None
    added: Any = None  # the store's AddResult for a document extracted and stored


@dataclasses.dataclass
class Tally:
    """Counts over a run, for the summary."""

    new: int = 0
    known: int = 0
    failed: int = 0
    events_new: int = 0
    events_updated: int = 0

    def count(self, outcome: Outcome) -> None:
        if outcome.status == "failed":
            self.failed += 1
        elif outcome.status == "known" or not getattr(outcome.added, "new", True):
            self.known += 1
        else:
            self.new += 1
            self.events_new += getattr(outcome.added, "events_new", 0)
            self.events_updated += getattr(outcome.added, "events_updated", 0)

    @property
    def documents(self) -> int:
        return self.new + self.known + self.failed


@dataclasses.dataclass
class Skipped:
    """A record passed over before extraction, in its place in the stream."""

    origin: str


def ingest(records: Iterable[Record | FogcountError], *, store, run, settings: Settings) -> Iterator[Outcome]:
    """Store what ``records`` hold that ``store`` does not: each record whose
    content hash the store knows (or that repeats one met earlier in this run)
    is skipped before extraction; the others are extracted by ``run`` and
    added to the store, with their text, one transaction each, in input order. Yields an
    :class:`Outcome` per record, in input order."""
    seen: set[str] = set()  # the texts met in this run (a record's own text: not its headlined twin, see below)
    # sha256 -> the records out for extraction (the store keeps their text), in input order. A record with a
    # title is out under two hashes: its text's, and that of its text read with its headline
    # (pipeline.headlined), the document the pipeline returns when the text alone tells no happening; which of
    # the two is stored is known only when its result comes back, so a later record whose text is the twin's is
    # extracted too (the store then answers it known, or new where the first was stored under its own text).
    out: dict[str, list[dict[str, Record]]] = {}

    def unknown(items):
        for item in items:
            if isinstance(item, Record):
                headed = headlined(item)
                shas = [content_hash(item.text)] + ([content_hash(headed.text)] if headed is not None else [])
                if shas[0] in seen or any(store.known(sha) for sha in shas):
                    yield Skipped(origin=item.origin)
                    continue
                seen.add(shas[0])
                readings = dict(zip(shas, (item, headed)))
                for sha in shas:
                    out.setdefault(sha, []).append(readings)
            yield item

    def let_go(readings: dict[str, Record]) -> None:
        for sha in readings:
            out[sha] = [held for held in out[sha] if held is not readings]
            if not out[sha]:
                del out[sha]

    def taken(sha: str) -> Record | None:
        """The first record out under ``sha``, let go of under both its hashes."""
        if not out.get(sha):
            return None
        readings = out[sha][0]
        let_go(readings)
        return readings[sha]

    for result in run.run(unknown(records)):
        if isinstance(result, Skipped):
            yield Outcome(origin=result.origin, status="known")
        elif isinstance(result, Failure):
            # let go of its text (a short scan: only the records in flight are held)
            failed = [readings for held in out.values() for readings in held
                      if next(iter(readings.values())).origin == result.origin]
            if failed:
                let_go(failed[0])
            yield Outcome(origin=result.origin, status="failed", error=result.error)
        else:
            record = taken(result.document.sha256)
            origin = record.origin if record is not None else _origin(result)
            try:
                added = store.add(result, policy=settings.policy, discount_partisan=settings.discount_partisan,
                                  text=record.text if record is not None else None)
            except FogcountError:
                raise  # the store cannot be written (E500): no later document could be either
            except Exception as exc:  # a bug met by this document alone (its transaction rolled back)
                yield Outcome(origin=origin, status="failed", error=DocumentFault.of(exc, origin=origin, doing="storing"))
                continue
            yield Outcome(origin=_origin(result), status="new" if added.new else "known", added=added)


def _origin(report: Report) -> str:
    doc = report.document
    return doc.url or doc.title or doc.id


# ---------------------------------------------------------------- runners


class LocalRunner:
    """The pipeline in this process, no Dask."""

    workers = 1

    def __init__(self, settings: Settings):
        self.settings = settings

    def run(self, records: Iterable[Record | FogcountError | Skipped]) -> Iterator[Report | Failure | Skipped]:
        """Results in input order, extracted ``batch_size`` records at a time."""
        for part in _partitions(records, self.settings.batch_size):
            if isinstance(part, list):
                yield from _merge(part, pipe(_records_of(part), settings=self.settings))
            else:
                yield part

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def extract_partition(records: list[Record], settings: Settings) -> list[Report | Failure]:
    """What a worker runs: the pipeline over one partition."""
    return list(pipe(records, settings=settings))


def load_models(settings: Settings) -> None:
    """Load what every document needs, once per process: the spaCy pipeline,
    the actor registry and the place index."""
    from .rules import load
    from .stages.annotate import load_pipeline

    load_pipeline(settings.model, settings.verify_model)
    load(settings.actors)
    open_gazetteer(settings)


@functools.cache
def _plugin_class():
    from distributed.diagnostics.plugin import WorkerPlugin

    class LoadPipeline(WorkerPlugin):
        """Loads the models once in each worker as it joins (workers that join later too)."""

        name = "fogcount-load-pipeline"

        def __init__(self, settings: Settings):
            self.settings = settings

        def setup(self, worker) -> None:
            load_models(self.settings)

    return LoadPipeline


def LoadPipeline(settings: Settings):
    """The worker plugin that loads the models once per worker."""
    return _plugin_class()(settings)


def _check_scheduler_address(scheduler: str) -> None:
    """Refuse an address Dask cannot use before any client is made: a client
    started on a bad address fails in its event-loop thread, which on a busy
    machine can give up before the address error surfaces."""
    from distributed.comm import registry
    from distributed.comm.addressing import parse_address, parse_host_port

    try:
        scheme, location = parse_address(scheduler)
        registry.get_backend(scheme)
        if scheme != "inproc":
            parse_host_port(location)
    except ValueError as exc:
        raise _not_an_address(scheduler, exc) from None


def _not_an_address(scheduler: str, exc: Exception) -> BatchError:
    return BatchError(f"{scheduler!r} is not a Dask scheduler address ({_one_line(exc)}); give one as tcp://HOST:PORT")


class DaskRunner:
    """The pipeline on Dask workers: a local cluster of ``workers`` processes
    (one thread each), or an existing cluster at ``scheduler``."""

    def __init__(
        self,
        settings: Settings,
        *,
        workers: int | None = None,
        scheduler: str | None = None,
        partition_size: int = PARTITION_SIZE,
        in_flight: int | None = None,
        connect_timeout: float = DEFAULT_SETTINGS["connect_timeout"],
        worker_timeout: float = DEFAULT_SETTINGS["worker_timeout"],
        lost_workers_timeout: float = DEFAULT_SETTINGS["lost_workers_timeout"],
    ):
        if (workers is None) == (scheduler is None):
            raise BatchError("give either a number of local workers or a scheduler address, not both or neither")
        if workers is not None and workers < 1:
            raise BatchError(f"workers must be at least 1, not {workers}")
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - a dependency
            raise BatchError(f"Dask distributed is not installed ({exc})") from None
        if scheduler is not None:
            _check_scheduler_address(scheduler)
        self.settings = settings
        self.partition_size = partition_size
        self.lost_workers_timeout = lost_workers_timeout
        self.cluster = None
        try:
            if scheduler is None:
                # The scheduler's HTTP routes on a free port of this machine only (8787 may be taken).
                self.cluster = LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0",
                    silence_logs=logging.ERROR,
                )
                self.client = Client(self.cluster)
            else:
                self.client = Client(scheduler, timeout=connect_timeout)
        except (OSError, TimeoutError, ValueError) as exc:  # ValueError: an address Dask cannot parse
            self.close()
            if scheduler is None:
                raise BatchError(f"cannot start a local Dask cluster: {_one_line(exc)}") from None
            if isinstance(exc, ValueError):
                raise _not_an_address(scheduler, exc) from None
            raise BatchError(f"cannot reach the Dask scheduler at {scheduler}: {_one_line(exc)}") from None
        try:
            self._start_workers(scheduler, worker_timeout)
        except BaseException:
            self.close()  # the cluster and the client started above, whatever stopped the start
            raise
        self.in_flight = in_flight or 2 * self.workers

    def _start_workers(self, scheduler: str | None, timeout: float) -> None:
        """Wait for a worker (a scheduler may have none yet), then load the models on every worker."""
        try:
            self.client.wait_for_workers(1, timeout=timeout)
        except TimeoutError:
            where = f"on the scheduler {scheduler}" if scheduler else "in the local Dask cluster"
            raise BatchError(f"no workers {where} after {timeout:g} s"
                             + (f" (start some with 'dask worker {scheduler}')" if scheduler else "")) from None
        try:
            self.client.register_plugin(LoadPipeline(self.settings))
        except FogcountError:
            raise  # a model or place index that cannot load, as in-process
        except Exception as exc:
            raise BatchError(f"the Dask workers cannot load the pipeline: {type(exc).__name__}: "
                             f"{_one_line(exc)}") from None
        self.workers = max(1, sum(self.client.nthreads().values()))

    def run(self, records: Iterable[Record | FogcountError | Skipped]) -> Iterator[Report | Failure | Skipped]:
        """Results in input order; errors in the stream come back as Failures in their place."""
        slots: collections.deque = collections.deque()  # Failure or Skipped, or (future, records)
        out = 0
        for item in _partitions(records, self.partition_size):
            if not isinstance(item, list):
                slots.append(item)
            else:
                future = self.client.submit(extract_partition, _records_of(item), self.settings, pure=False)
                slots.append((future, item))
                out += 1
            while out >= self.in_flight or (slots and _ready(slots[0])):
                out -= _is_task(slots[0])
                yield from self._settle(slots.popleft())
        while slots:
            yield from self._settle(slots.popleft())

    def _settle(self, slot) -> Iterator[Report | Failure | Skipped]:
        if not isinstance(slot, tuple):
            yield slot
            return
        future, part = slot
        try:
            results = self._result(future)
        except FogcountError:
            raise  # a model or place index that cannot load stops the run, as in-process
        except Exception as exc:
            from distributed import KilledWorker

            if not isinstance(exc, KilledWorker):
                raise BatchError(f"a Dask task failed: {type(exc).__name__}: {_one_line(exc)}") from None
            error = BatchError("the worker processing this document died (out of memory?); "
                               "run the command again to retry it")
            results = [Failure(origin=r.origin, error=error) for r in _records_of(part)]
        finally:
            future.release()
        yield from _merge(part, results)

    def _result(self, future):
        """The task's result, waiting as long as the cluster has a worker; once it
        has had none for ``lost_workers_timeout`` seconds, a BatchError (the
        scheduler keeps a task whose workers all died, and would wait forever)."""
        poll = min(1.0, max(self.lost_workers_timeout / 4, 0.05))
        alone_since = None
        while True:
            try:
                return future.result(timeout=poll)
            except TimeoutError:
                pass
            if self.client.nthreads():
                alone_since = None
            elif alone_since is None:
                alone_since = time.monotonic()
            elif time.monotonic() - alone_since >= self.lost_workers_timeout:
                raise BatchError(f"no Dask worker left for {self.lost_workers_timeout:g} s (every worker died or "
                                 "left); what was stored is kept: run the command again to resume")

    def close(self) -> None:
        client, cluster = getattr(self, "client", None), self.cluster
        self.client, self.cluster = None, None  # closed once, whoever asks again
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _partitions(
    records: Iterable[Record | FogcountError | Skipped], size: int
) -> Iterator[list[Record | Failure | Skipped] | Failure | Skipped]:
    """The stream cut into partitions of ``size`` records each (the last may
    be smaller), with the errors (as Failures) and skipped records that come
    between them kept in their places; those that come before any record of
    a partition come out on their own at once, so that a stream of skipped
    records is never held back waiting for records to extract."""
    part: list = []
    count = 0
    for item in records:
        if isinstance(item, FogcountError):
            item = Failure(origin=getattr(item, "origin", None) or "input", error=item)
        if not isinstance(item, Record):
            if part:
                part.append(item)
            else:
                yield item
            continue
        part.append(item)
        count += 1
        if count >= size:
            yield part
            part, count = [], 0
    if part:
        yield part


def _merge(part: list, results: Iterable[Report | Failure]) -> Iterator[Report | Failure | Skipped]:
    """A partition's results (one per record, in order) with its other items in their places."""
    results = iter(results)
    for item in part:
        yield next(results) if isinstance(item, Record) else item


def _records_of(part: list) -> list[Record]:
    return [item for item in part if isinstance(item, Record)]


def _is_task(slot) -> bool:
    return isinstance(slot, tuple)


def _ready(slot) -> bool:
    return not isinstance(slot, tuple) or slot[0].done()


def runner(settings: Settings, *, workers: int | None = None, scheduler: str | None = None,
           lost_workers_timeout: float = DEFAULT_SETTINGS["lost_workers_timeout"]):
    """The runner for these options: in-process without ``workers`` or
    ``scheduler``, else on Dask. Use it as a context manager."""
    if workers is None and scheduler is None:
        return LocalRunner(settings)
    return DaskRunner(settings, workers=workers, scheduler=scheduler, lost_workers_timeout=lost_workers_timeout)
