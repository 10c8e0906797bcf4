"""Store fixtures: every store test runs on SQLite (a file in tmp_path) and on
PostgreSQL (the server named by FOGCOUNT_TEST_POSTGRES, a fresh schema per
test). Without a reachable server the PostgreSQL cases are skipped with how to
start one, or fail where FOGCOUNT_REQUIRE_POSTGRES=1 (CI)."""

from __future__ import annotations

import os
import uuid

import pytest

NO_SERVER = ("no PostgreSQL server: run scripts/postgres-test-server.sh and set "
             "FOGCOUNT_TEST_POSTGRES=postgresql+psycopg://fogcount@127.0.0.1:55432/fogcount")


def _postgres_unavailable(reason: str):
    if os.environ.get("FOGCOUNT_REQUIRE_POSTGRES") == "1":
        pytest.fail(f"{reason} (FOGCOUNT_REQUIRE_POSTGRES=1: the PostgreSQL store tests must run)")
    pytest.skip(f"{NO_SERVER} ({reason})")


@pytest.fixture(scope="session")
def postgres_engine():
    """An engine on the test server, or a skip (a failure in CI)."""
    url = os.environ.get("FOGCOUNT_TEST_POSTGRES")
    if not url:
        _postgres_unavailable("FOGCOUNT_TEST_POSTGRES is not set")
    from sqlalchemy import create_engine, text

    from fogcount.store import database_url

    engine = create_engine(database_url(url), connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # unreachable, refused, wrong credentials, no driver
        _postgres_unavailable(f"{url} is unreachable: {str(exc).strip().splitlines()[0]}")
    yield engine
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    """The ``--db`` value of a fresh, empty store."""
    if request.param == "sqlite":
        yield str(tmp_path / "fogcount.db")
        return
    engine = request.getfixturevalue("postgres_engine")
    from sqlalchemy import text

    schema = f"test_{uuid.uuid4().hex[:12]}"
    with engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = engine.url.update_query_dict({"options": f"-csearch_path={schema}"})
    yield url.render_as_string(hide_password=False)
    with engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


@pytest.fixture
def store(db):
    from fogcount.store import Store

    opened = Store.open(db)
    yield opened
    opened.close()
