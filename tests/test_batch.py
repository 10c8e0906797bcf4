"""Batch runs: in-process and on a 2-worker local Dask cluster, the same
reports in the same order; known documents skipped; the store written once."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from fogcount.batch import DaskRunner, LocalRunner, Skipped, Tally, _partitions, ingest, runner
from fogcount.errors import BatchError, RecordError
from fogcount.pipeline import Failure
from fogcount.settings import Settings
from fogcount.stages.ingest import Record

TEXTS = [
    "At least {n} soldiers were killed in an ambush near Mosul on Tuesday, the army said.",
    "Dozens of families fled the village of Hassi after {n} houses were destroyed, residents said.",
    "A suicide bomber killed {n} people at a market in Baghdad on Monday, police said.",
]


def records(count: int, *, errors_at=()) -> list[Record | RecordError]:
    out: list[Record | RecordError] = []
    for i in range(count):
        if i in errors_at:
            out.append(RecordError(f"bad{i}.txt: not valid", origin=f"bad{i}.txt"))
            continue
        out.append(Record(text=TEXTS[i % 3].format(n=i + 2), origin=f"doc{i}.txt", published=dt.date(2016, 6, 30)))
    return out


def dumped(results) -> list[str]:
    return [r.model_dump_json() if not isinstance(r, Failure) else f"failure {r.origin}: {r.error.message}"
            for r in results]


@pytest.fixture(scope="module")
def dask_runner():
    with DaskRunner(Settings(), workers=2, partition_size=3) as run:
        yield run


def test_two_workers_give_the_same_reports_in_the_same_order(dask_runner):
    batch = records(20, errors_at=(0, 7, 8, 19))
    with LocalRunner(Settings()) as local:
        expected = dumped(local.run(batch))
    got = dumped(dask_runner.run(batch))
    assert got == expected
    assert len(got) == 20 and got[7] == "failure bad7.txt: bad7.txt: not valid"


def test_each_worker_loads_the_pipeline_once(dask_runner):
    def loaded():
        from fogcount.stages.annotate import load_pipeline

        return load_pipeline.cache_info().currsize

    per_worker = dask_runner.client.run(loaded)
    assert len(per_worker) == 2 and set(per_worker.values()) == {1}


def test_work_in_flight_is_bounded(dask_runner):
    pulled = 0

    def stream():
        nonlocal pulled
        for record in records(60):
            pulled += 1
            yield record

    results = dask_runner.run(stream())
    next(results)
    # in_flight (2 x 2 workers) partitions of 3 are out when the first comes back, and one more is being filled.
    assert pulled <= (dask_runner.in_flight + 1) * dask_runner.partition_size
    assert len(list(results)) == 59


def test_partitions_keep_errors_and_skipped_records_in_place():
    batch = [Skipped("k0"), *records(7, errors_at=(1, 4)), Skipped("k1")]
    parts = list(_partitions(batch, 2))
    shown = [[getattr(i, "origin", None) for i in p] if isinstance(p, list) else p.origin for p in parts]
    # before a partition opens, a skipped record or a failure comes out on its own; inside one, it rides along.
    assert shown == ["k0", ["doc0.txt", "bad1.txt", "doc2.txt"], ["doc3.txt", "bad4.txt", "doc5.txt"], ["doc6.txt", "k1"]]
    assert isinstance(parts[1][1], Failure) and isinstance(parts[2][1], Failure)


def test_skipped_records_are_not_held_back():
    """A re-run where everything is known reports each record at once, not at the end."""
    pulled = 0

    def stream():
        nonlocal pulled
        for i in range(1000):
            pulled += 1
            yield Skipped(f"k{i}")

    with LocalRunner(Settings()) as local:
        results = local.run(stream())
        assert next(results).origin == "k0" and pulled == 1


def test_an_existing_cluster_by_its_scheduler_address():
    import logging

    from distributed import LocalCluster

    batch = records(5, errors_at=(3,))
    with LocalRunner(Settings()) as local:
        expected = dumped(local.run(batch))
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0",
                      silence_logs=logging.ERROR) as cluster:
        with DaskRunner(Settings(), scheduler=cluster.scheduler_address) as remote:
            assert remote.workers == 1 and remote.cluster is None  # not ours to start or stop
            assert dumped(remote.run(batch)) == expected
        assert len(cluster.scheduler_info["workers"]) == 1  # still running after the runner closed


def test_runner_options():
    assert isinstance(runner(Settings()), LocalRunner)
    with pytest.raises(BatchError, match="not both"):
        DaskRunner(Settings(), workers=2, scheduler="tcp://127.0.0.1:1")
    with pytest.raises(BatchError, match="at least 1"):
        DaskRunner(Settings(), workers=0)


def test_an_unreachable_scheduler_is_one_error():
    with pytest.raises(BatchError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:1"):
        DaskRunner(Settings(), scheduler="tcp://127.0.0.1:1", connect_timeout=1)


@pytest.mark.parametrize("address", ["nonsense", "tcp://", "foo://host:8786"])
def test_a_bad_scheduler_address_is_one_error(address):
    with pytest.raises(BatchError, match=f"^E600 {re.escape(repr(address))} is not a Dask scheduler address .*; give one as tcp://"):
        DaskRunner(Settings(), scheduler=address, connect_timeout=1)


@pytest.fixture
def started(monkeypatch):
    """The Dask clusters and clients the runners start, to see that they are closed."""
    import distributed

    made = []

    def recording(cls):
        class Recorded(cls):
            def __init__(self, *args, **kwargs):
                made.append(self)
                super().__init__(*args, **kwargs)

        return Recorded

    monkeypatch.setattr(distributed, "LocalCluster", recording(distributed.LocalCluster))
    monkeypatch.setattr(distributed, "Client", recording(distributed.Client))
    return made


def test_a_scheduler_with_no_workers_is_one_error_after_the_timeout(started):
    import logging

    from distributed import LocalCluster

    with LocalCluster(n_workers=0, processes=False, dashboard_address="127.0.0.1:0",
                      silence_logs=logging.ERROR) as cluster:
        address = cluster.scheduler_address
        with pytest.raises(BatchError, match=f"^E600 no workers on the scheduler {re.escape(address)} after 0.5 s"):
            DaskRunner(Settings(), scheduler=address, worker_timeout=0.5)
        client = started[-1]
        assert type(client).__name__ == "Recorded" and client.status == "closed"


def test_workers_that_cannot_load_the_model_stop_the_run_and_the_cluster(started):
    from distributed.core import Status

    from fogcount.errors import FogcountError

    with pytest.raises(FogcountError, match="no_such_model"):
        DaskRunner(Settings(model="no_such_model"), workers=1)
    cluster, client = started[-2:]
    assert client.status == "closed" and cluster.status == Status.closed


def test_ingest_stores_once_and_skips_what_is_known(tmp_path):
    from fogcount.store import Store

    settings = Settings()
    batch = records(6, errors_at=(4,))
    batch.append(Record(text=batch[1].text, origin="copy-of-doc1.txt"))  # the same text again in this run
    store = Store.open(str(tmp_path / "s.db"))
    try:
        with LocalRunner(settings) as run:
            first = list(ingest(batch, store=store, run=run, settings=settings))
            counts = store.counts()
            second = list(ingest(batch, store=store, run=run, settings=settings))
        assert store.counts() == counts
        stored = {o.added.document_id: o for o in first if o.status == "new"}
        by_origin = {r.origin: r.text for r in batch if isinstance(r, Record)}
        texts = {store.text(doc_id) for doc_id in stored}
        assert texts == {by_origin[f"doc{i}.txt"] for i in (0, 1, 2, 3, 5)}  # each with the text its spans point into
    finally:
        store.close()
    tally = Tally()
    for outcome in first:
        tally.count(outcome)
    assert (tally.new, tally.known, tally.failed) == (5, 1, 1)
    assert tally.events_new >= 1
    assert counts["documents"] == 5
    assert [o.status for o in second].count("known") == 6 and [o.status for o in second].count("failed") == 1
    failed = next(o for o in first if o.status == "failed")
    assert failed.origin == "bad4.txt" and isinstance(failed.error, RecordError)


def test_an_unexpected_fault_on_a_dask_worker_fails_that_document_alone(monkeypatch):
    """On Dask too (threads in this process, so that the fault can be planted),
    a bug met by one document fails it alone, in its place."""
    import logging

    from distributed import LocalCluster

    import fogcount.pipeline as pipeline
    from fogcount.errors import DocumentFault

    real = pipeline.run_stages

    def faulty(record, *args, **kwargs):
        if record.origin == "doc2.txt":
            raise KeyError("boom")
        return real(record, *args, **kwargs)

    monkeypatch.setattr(pipeline, "run_stages", faulty)
    batch = records(5)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address="127.0.0.1:0",
                      silence_logs=logging.ERROR) as cluster:
        with DaskRunner(Settings(), scheduler=cluster.scheduler_address, partition_size=2) as remote:
            got = list(remote.run(batch))
    assert [type(r).__name__ for r in got] == ["Report", "Report", "Failure", "Report", "Report"]
    assert isinstance(got[2].error, DocumentFault) and got[2].error.code == "E800"
    assert str(got[2].error) == ("E800 doc2.txt: internal error while extracting this document (KeyError: 'boom'); "
                                 "the rest of the batch goes on")


def test_a_cluster_that_loses_every_worker_stops_and_a_rerun_resumes(tmp_path):
    """Before: a run whose workers all died waited forever. Now it waits
    ``lost_workers_timeout`` seconds for one to come back, then stops with
    E600; what was stored is kept and a rerun stores the rest."""
    import logging

    from distributed import LocalCluster

    from fogcount.store import Store

    settings = Settings()
    batch = records(8)
    with Store.open(str(tmp_path / "s.db")) as store:
        with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address="127.0.0.1:0",
                          silence_logs=logging.ERROR) as cluster:
            with DaskRunner(settings, scheduler=cluster.scheduler_address, partition_size=1, in_flight=1,
                            lost_workers_timeout=1) as run:
                outcomes = ingest(batch, store=store, run=run, settings=settings)
                assert next(outcomes).status == "new"
                cluster.scale(0)  # every worker gone, none coming back
                with pytest.raises(BatchError, match=r"^E600 no Dask worker left for 1 s \(every worker died or "
                                                     r"left\); what was stored is kept: run the command again"):
                    list(outcomes)
        stored = store.counts()["documents"]
        assert 1 <= stored < 8
        with LocalRunner(settings) as run:
            again = list(ingest(batch, store=store, run=run, settings=settings))
        assert [o.status for o in again].count("known") == stored
        assert store.counts()["documents"] == 8


def test_a_page_read_with_its_headline_is_stored_with_it_and_then_known(tmp_path):
    """A page whose text tells no happening is read with its title
    (pipeline.headlined): the store keeps the text its spans point into,
    and a second run skips the page before extracting it."""
    from fogcount.store import Store

    settings = Settings()
    page = Record(text="Sign up for our newsletter to get the news every morning.", origin="page.html",
                  title="Two soldiers killed in an ambush near Mosul", published=dt.date(2016, 6, 30))
    store = Store.open(str(tmp_path / "s.db"))
    try:
        with LocalRunner(settings) as run:
            first = list(ingest([page], store=store, run=run, settings=settings))
            second = list(ingest([page], store=store, run=run, settings=settings))
        assert [o.status for o in first] == ["new"] and first[0].added.events_new >= 1
        assert store.text(first[0].added.document_id) == f"{page.title}\n\n{page.text}"
        assert [o.status for o in second] == ["known"] and second[0].added is None
    finally:
        store.close()


def test_a_text_that_is_another_records_headlined_reading_is_stored_when_that_record_was_not(tmp_path):
    """A titled record is out under two hashes until its result says which one
    it is stored under: a later record whose text is the unused one is
    extracted and stored, not skipped as known."""
    from fogcount.store import Store

    settings = Settings()
    body = "Gunmen killed two soldiers in an ambush near Mosul on Tuesday, the army said."
    titled = Record(text=body, origin="a.json", title="Ambush near Mosul", published=dt.date(2016, 6, 30))
    untitled = Record(text=f"Ambush near Mosul\n\n{body}", origin="b.json", published=dt.date(2016, 6, 30))
    store = Store.open(str(tmp_path / "s.db"))
    try:
        with LocalRunner(settings) as run:
            first = list(ingest([titled, untitled], store=store, run=run, settings=settings))
            again = list(ingest([titled, untitled], store=store, run=run, settings=settings))
        assert [o.status for o in first] == ["new", "new"] and store.counts()["documents"] == 2
        assert store.text(first[1].added.document_id) == untitled.text
        assert [o.status for o in again] == ["known", "known"]
    finally:
        store.close()
