"""Shared fixtures and options. Tests build their own inputs; the one outside
text they read, ../shared/samples/fallujah-2016-06.txt, is optional and its
tests skip with a reason where it is absent (a fresh clone has no ../shared);
tests/data/tawila-2024-03.txt, an article the project wrote, stands in for it
on a fresh clone.

``--update-floors`` makes the accuracy gates (tests/test_gates.py) re-measure
and re-pin their floors instead of checking them; ``--allow-lower`` lets that
lower a floor."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import fogcount

REPO = Path(__file__).resolve().parents[1]
FALLUJAH = REPO.parent / "shared" / "samples" / "fallujah-2016-06.txt"
TAWILA = REPO / "tests" / "data" / "tawila-2024-03.txt"


def pytest_addoption(parser):
    group = parser.getgroup("fogcount accuracy gates")
    group.addoption("--update-floors", action="store_true",
                    help="re-measure the gold sets and pin their scores and hashes in tests/data/gold/floors.toml")
    group.addoption("--allow-lower", action="store_true", help="with --update-floors: a floor may go down")


@pytest.fixture(scope="session")
def fallujah_text() -> str:
    if not FALLUJAH.exists():
        pytest.skip(f"{FALLUJAH} is absent (it lives in ../shared, which a fresh clone does not have)")
    return FALLUJAH.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def fallujah(fallujah_text):
    return fogcount.extract(fallujah_text, published=dt.date(2016, 6, 30))


@pytest.fixture(scope="session")
def tawila_text() -> str:
    return TAWILA.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def tawila(tawila_text):
    """An invented wire story: one toll from a monitor through two agencies, a
    rescue group's, a government's "dozens"."""
    return fogcount.extract(tawila_text, published=dt.date(2024, 3, 14))


def claims_of(text: str):
    """(category, low, high) of every claim in ``text``."""
    return [(c.category, c.value.low, c.value.high) for c in fogcount.extract(text).claims]


class _TookTooLong(Exception):
    pass


@pytest.fixture
def no_runaway():
    """A guard against runaway patterns, not a speed measurement (benchmarks/
    measure speed): fails the test if the block has not finished after
    ``seconds`` of wall time, where a linear pass takes a small fraction of it."""
    import contextlib
    import signal

    @contextlib.contextmanager
    def guard(seconds: int):
        def expire(signum, frame):
            raise _TookTooLong(f"did not finish within {seconds} s: a pattern ran away")

        previous = signal.signal(signal.SIGALRM, expire)
        signal.alarm(seconds)
        try:
            yield
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)

    return guard
